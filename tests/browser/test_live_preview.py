"""`make serve` on a copy of the project: edits show in the open page without a reload.

Live reload has broken with some click releases (mkdocs issue 4032); this test is what
proves the pinned versions reload, for page, BibTeX and glossary edits, and that a broken
BibTeX edit is reported while the server keeps running.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from project import PROJECT, copy_project

#: ms. A rebuild takes a few seconds; the watcher waits for edits to settle. The bound is
#: generous: on a loaded machine (tests or builds beside it) one rebuild once took over 30 s.
EDIT_TIMEOUT = 90_000


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def preview(tmp_path: Path):
    """`make serve` running on a copy of the project; yields (project, url, log file)."""
    project = copy_project(tmp_path / "project")
    for name in ("Makefile", "requirements.txt", "requirements-test.txt"):
        (project / name).write_bytes((PROJECT / name).read_bytes())
        os.utime(project / name, (0, 0))  # older than the venv's install stamps: make installs nothing
    (project / ".venv").symlink_to(Path(sys.prefix))  # the venv the tests run in
    port = free_port()
    log = tmp_path / "serve.log"
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
    deadline = time.monotonic() + 120
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            break
        except OSError:
            assert server.poll() is None, log.read_text()
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.5)
    yield project, url, log, server
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=30)


def test_edits_appear_in_the_open_page_and_a_broken_bib_recovers(browser, preview):
    project, url, log, server = preview
    page = browser.new_page()
    page.goto(url + "part-1/new-paradigm/")
    reloads = []
    page.on("load", lambda: reloads.append(page.url))

    # 1. The page itself.
    edit(
        project / "docs" / "part-1" / "new-paradigm.md",
        "# 1.2 Promoting a New Paradigm of Democracy",
        "# 1.2 Promoting a New Paradigm of Democracy (edited)",
    )
    page.wait_for_function("document.querySelector('h1').innerText.includes('(edited)')", timeout=EDIT_TIMEOUT)

    # 2. A BibTeX entry: the note that cites it changes.
    bib = project / "bib" / "article.bib"
    edit(bib, "publisher = {Profile Books}", "publisher = {Profile Books Ltd}")
    page.wait_for_function(
        "document.querySelector('#note-16').innerText.includes('Profile Books Ltd')", timeout=EDIT_TIMEOUT
    )

    # 3. A glossary entry: the hover definition of its term changes.
    edit(project / "docs" / "glossary" / "tianxia.md", "definition: >-\n", "definition: >-\n  Edited definition.\n")
    # Material moves a title into its tooltip machinery, so look for the words in the link's markup.
    page.wait_for_function(
        "document.querySelector('a.glossary-term[data-glossary=tianxia]').outerHTML.includes('Edited definition')"
        " || document.body.innerHTML.includes('Edited definition')",
        timeout=EDIT_TIMEOUT,
    )

    # 4. A broken BibTeX edit: a clear error, and the server keeps serving.
    edit(bib, "publisher = {Profile Books Ltd}", "publisher = {Profile Books Ltd")
    deadline = time.monotonic() + EDIT_TIMEOUT / 1000
    while "opens a brace it never closes" not in log.read_text():
        assert time.monotonic() < deadline, log.read_text()
        time.sleep(0.3)
    output = log.read_text()
    line = bib.read_text(encoding="utf-8").split("publisher = {Profile Books Ltd,")[0].count("\n") + 1
    assert f"bib/article.bib:{line}: entry 'brook2019state': the value of publisher opens a brace" in output
    assert "Traceback" not in output
    assert server.poll() is None  # still running: MkDocs holds requests until the build is fixed
    assert "Profile Books Ltd" in page.inner_text("#note-16")  # the open page keeps the last good build

    # 5. Fixing it recovers, in the open page.
    edit(bib, "publisher = {Profile Books Ltd", "publisher = {Profile Books Fixed}")
    page.wait_for_function(
        "document.querySelector('#note-16').innerText.includes('Profile Books Fixed')", timeout=EDIT_TIMEOUT
    )
    assert len(reloads) >= 4  # every change came by live reload; the test never reloaded
    page.close()
