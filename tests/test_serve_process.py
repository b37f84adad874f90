"""What one `mkdocs serve` process keeps between builds: no forked children, no frozen
objects, the collector's own thresholds; and what it prints for each build."""

from __future__ import annotations

import socket
import subprocess
import urllib.request
from pathlib import Path

import pytest
from project import copy_project, copy_project_for_make, edit, line_number, preview, run_in_one_process

#: Builds a project in one process, as `mkdocs serve` does: twice as it is, once broken
#: (`LATE` or `EARLY`), once mended. After each: the children still alive, the
#: objects the collector was told to leave alone (`explainer.forked.hold_collector`) and
#: whether its thresholds are those the process started with.
SERVE_LIKE = """
import gc, json, multiprocessing, sys
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

THRESHOLDS = gc.get_threshold()

def once(site):
    config = load_config(config_file="mkdocs.yml", site_dir=site)
    config.plugins.on_startup(command="serve", dirty=False)
    try:
        build(config, serve_url="http://127.0.0.1:8000/")
        outcome = "built"
    except Exception as error:
        outcome = type(error).__name__
    return {
        "outcome": outcome,
        "frozen": gc.get_freeze_count(),
        "children": len(multiprocessing.active_children()),
        "thresholds": gc.get_threshold() == THRESHOLDS,
    }

report = [once(sys.argv[1]), once(sys.argv[1])]
timeline = Path("docs/timeline.yml")
text = timeline.read_text(encoding="utf-8")
timeline.write_text(text.replace(BREAK[0], BREAK[1], 1), encoding="utf-8")
if BIB_EDITED:
    bib = Path("bib/article.bib")
    bib.write_text(bib.read_text(encoding="utf-8") + "\\n% edited\\n", encoding="utf-8")
report.append(once(sys.argv[1]))
timeline.write_text(text, encoding="utf-8")
report.append(once(sys.argv[1]))
print(json.dumps(report))
"""
#: A timeline quote no page has: the build fails once the notes and glossary have forked.
LATE = """
BREAK = ("decision to transfer some portions", "choice to transfer some portions")
BIB_EDITED = False
"""
#: A timeline that is not YAML, in the rebuild that follows an edit of the BibTeX: the build
#: fails while the BibTeX is parsed in a forked process, before the notes are numbered.
EARLY = """
BREAK = ("countries: [Kyrgyzstan, China]", "countries: [Kyrgyzstan, China")
BIB_EDITED = True
"""


@pytest.mark.parametrize("broken_at", [LATE, EARLY], ids=["late", "early"])
def test_a_serve_process_holds_nothing_between_builds_after_success_or_failure(tmp_path: Path, broken_at: str):
    script = broken_at + SERVE_LIKE
    report = run_in_one_process(script, copy_project(tmp_path / "project"), str(tmp_path / "site"))
    first, second, broken, mended = report
    assert first == second == mended == {"outcome": "built", "frozen": 0, "children": 0, "thresholds": True}
    assert broken == {"outcome": "Abort", "frozen": 0, "children": 0, "thresholds": True}


def test_a_rebuild_that_fails_as_the_last_one_did_prints_the_error_again(tmp_path: Path):
    # MkDocs drops a message its process has printed before: the second failed rebuild
    # printed "Aborted with a BuildError!" alone, not what to fix.
    with preview(tmp_path) as running:
        conclusion = running.project / "docs" / "conclusion.md"
        edit(conclusion, "[@ambrosio2016sco]", "[@ambrosio2016sc]")
        running.wait_for_log("An error happened during the rebuild")
        (running.project / "docs" / "introduction.md").touch()  # another edit; the slip is still there
        output = running.wait_for_log("An error happened during the rebuild", 2)
        line = conclusion.read_text(encoding="utf-8").split("[@ambrosio2016sc]")[0].count("\n") + 1
        error = f"docs/conclusion.md:{line}: unknown citation key 'ambrosio2016sc'"
        assert output.count(error) == 2, output
        edit(conclusion, "[@ambrosio2016sc]", "[@ambrosio2016sco]")
        assert "Traceback" not in running.wait_for_log("Reloading browsers")


def test_a_mkdocs_yml_that_is_not_yaml_is_printed_without_a_traceback_and_served_in_its_place(tmp_path: Path):
    # MkDocs read the broken file before any hook, and printed its message at the end of a
    # traceback of its own; every page asked for then waited, without an answer, for the fix.
    with preview(tmp_path) as running:
        config = running.project / "mkdocs.yml"
        edit(config, "  - Timeline: timeline.md\n", "  - Timeline: timeline.md\n - Oops: [\n")
        output = running.wait_for_log("An error happened during the rebuild")
        line = line_number(config, " - Oops: [")
        assert "MkDocs encountered an error parsing the configuration file" in output
        assert f'mkdocs.yml", line {line}, column 2' in output
        assert "Traceback" not in output
        with urllib.request.urlopen(running.url + "introduction/", timeout=30) as answer:
            shown = answer.read().decode("utf-8")
        assert "The preview could not be rebuilt" in shown
        assert f'mkdocs.yml", line {line}, column 2' in shown
        edit(config, "  - Timeline: timeline.md\n - Oops: [\n", "  - Timeline: timeline.md\n")
        running.wait_for_log("Documentation built", 2)
        with urllib.request.urlopen(running.url + "introduction/", timeout=30) as answer:
            assert "The preview could not be rebuilt" not in answer.read().decode("utf-8")


def test_make_serve_on_a_taken_port_says_which_port_to_use_instead(tmp_path: Path):
    # MkDocs built the whole site, then stopped with a traceback ending in
    # "OSError: [Errno 98] Address already in use", and nothing said how to pick another port.
    project = copy_project_for_make(tmp_path / "project")
    with socket.socket() as other_server:
        other_server.bind(("127.0.0.1", 0))
        other_server.listen()
        port = other_server.getsockname()[1]
        done = subprocess.run(
            ["make", "serve", f"PORT={port}"], cwd=project, capture_output=True, text=True, timeout=120
        )
    output = done.stdout + done.stderr
    assert done.returncode != 0
    assert f"port {port} on 127.0.0.1 is already in use" in output
    assert f"make serve PORT={port + 1}" in output
    assert "Traceback" not in output
    assert "Building documentation" not in output  # said at once, not after a build
