"""The project as tests use it: copies that may be broken, and builds run as `make build` does."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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


def copy_project_for_make(target: Path) -> Path:
    """A copy of the project with its Makefile, whose targets run in the venv the tests run in."""
    project = copy_project(target)
    for name in ("Makefile", "requirements.txt", "requirements-test.txt"):
        (project / name).write_bytes((PROJECT / name).read_bytes())
        os.utime(project / name, (0, 0))  # older than the venv's install stamps: make installs nothing
    (project / ".venv").symlink_to(Path(sys.prefix))
    return project


def run_in_one_process(script: str, project: Path, *args: str) -> Any:
    """Run ``script`` (Python that builds ``project`` in its own process, as `mkdocs serve`
    does) and return the JSON it prints last; the test fails with its traceback if it fails."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "EXPLAINER_PDF": "0"}
    done = subprocess.run(
        [sys.executable, "-c", script, *args], cwd=project, capture_output=True, text=True, env=env, timeout=600
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def edit(path: Path, old: str, new: str) -> None:
    """Replace the first ``old`` in ``path`` with ``new``, as an editor saves a change."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_number(path: Path, text: str) -> int:
    """The line of ``path`` (1 for the first) on which ``text`` starts, as an error names it."""
    written = path.read_text(encoding="utf-8")
    return written[: written.index(text)].count("\n") + 1


@dataclass
class Preview:
    """`make serve` running on a copy of the project."""

    project: Path
    url: str
    log: Path
    server: subprocess.Popen

    def wait_for_log(self, words: str, count: int = 1) -> str:
        """The server's output once it holds ``words`` ``count`` times; the test fails if it never does."""
        deadline = time.monotonic() + 60
        while (output := self.log.read_text()).count(words) < count:
            assert self.server.poll() is None, output
            assert time.monotonic() < deadline, output
            time.sleep(0.3)
        return output


@contextmanager
def preview(folder: Path, prepare: Callable[[Path], None] | None = None) -> Iterator[Preview]:
    """`make serve` on a copy of the project in ``folder``, until the block ends;
    ``prepare`` changes the copy before the server starts."""
    project = copy_project_for_make(folder / "project")
    if prepare is not None:
        prepare(project)
    port = free_port()
    log = folder / "serve.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            ["make", "serve", f"PORT={port}"],
            cwd=project,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env={key: value for key, value in os.environ.items() if key != "EXPLAINER_PDF"},
        )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(url, timeout=2).read()
                break
            except OSError:
                assert server.poll() is None, log.read_text()
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.5)
        yield Preview(project, url, log, server)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
