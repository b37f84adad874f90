"""What one `mkdocs serve` process keeps between builds: no forked children, no frozen objects."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from project import copy_project

#: Builds a project in one process, as `mkdocs serve` does: twice as it is, once broken
#: late (after the forks), once mended. After each: the children still alive and the
#: objects the collector was told to leave alone (`explainer.forked.hold_collector`).
SERVE_LIKE = """
import gc, json, multiprocessing, sys
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

def once(site):
    config = load_config(config_file="mkdocs.yml", site_dir=site)
    config.plugins.on_startup(command="serve", dirty=False)
    try:
        build(config, serve_url="http://127.0.0.1:8000/")
        outcome = "built"
    except Exception as error:
        outcome = type(error).__name__
    return {"outcome": outcome, "frozen": gc.get_freeze_count(), "children": len(multiprocessing.active_children())}

report = [once(sys.argv[1]), once(sys.argv[1])]
# A timeline quote no page has: the build fails once the notes and glossary have forked.
timeline = Path("docs/timeline.yml")
text = timeline.read_text(encoding="utf-8")
timeline.write_text(text.replace("Akayev's decision", "Akayev's choice", 1), encoding="utf-8")
report.append(once(sys.argv[1]))
timeline.write_text(text, encoding="utf-8")
report.append(once(sys.argv[1]))
print(json.dumps(report))
"""


def test_a_serve_process_holds_nothing_between_builds_after_success_or_failure(tmp_path: Path):
    project = copy_project(tmp_path / "project")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "EXPLAINER_PDF": "0"}
    done = subprocess.run(
        [sys.executable, "-c", SERVE_LIKE, str(tmp_path / "site")],
        cwd=project, capture_output=True, text=True, env=env, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    first, second, broken, mended = json.loads(done.stdout.strip().splitlines()[-1])
    assert first == second == mended == {"outcome": "built", "frozen": 0, "children": 0}
    assert broken == {"outcome": "Abort", "frozen": 0, "children": 0}, done.stderr[-2000:]
