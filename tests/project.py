"""The project as tests use it: copies that may be broken, and builds run as `make build` does."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup

PROJECT = Path(__file__).resolve().parent.parent
#: What a copy of the project needs in order to build.
PROJECT_PARTS = ("mkdocs.yml", "docs", "bib", "hooks", "overrides")


@dataclass
class Build:
    """The outcome of one `mkdocs build`, as an editor would see it."""

    returncode: int
    output: str
    site: Path

    def page(self, url: str) -> BeautifulSoup:
        path = self.site / url.strip("/") / "index.html" if not url.endswith(".html") else self.site / url
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def run_build(project: Path, site: Path, *, strict: bool = True, pdf: bool = False) -> Build:
    """Build ``project`` into ``site`` with the MkDocs of this environment, as `make build` does.

    The PDF takes seconds: only the builds that check it ask for it.
    """
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site)]
    if strict:
        command.append("--strict")
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "EXPLAINER_PDF": "1" if pdf else "0",
    }
    done = subprocess.run(command, cwd=project, capture_output=True, text=True, env=env, timeout=600)
    return Build(done.returncode, done.stdout + done.stderr, site)


def copy_project(target: Path) -> Path:
    """A copy of the project that a test may break without touching the real one."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = PROJECT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)
    return target


def run_in_one_process(script: str, project: Path, *args: str) -> Any:
    """Run ``script`` (Python that builds ``project`` in its own process, as `mkdocs serve`
    does) and return the JSON it prints last; the test fails with its traceback if it fails."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "EXPLAINER_PDF": "0"}
    done = subprocess.run(
        [sys.executable, "-c", script, *args], cwd=project, capture_output=True, text=True, env=env, timeout=600
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
