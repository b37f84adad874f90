"""`make new-article`: a new article's folder that builds in strict mode as it is written."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from project import PROJECT, run_build
from pypdf import PdfReader
from test_site import content, notes_on
from textforms import html_text


def new_article(folder, *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "explainer.new_article", str(folder), *arguments],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(PROJECT / "hooks")},
        timeout=60,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("new") / "rivers"
    written = new_article(folder, "--title", "Rivers Between States", "--author", "Ana Exemplar")
    assert written.returncode == 0, written.stderr
    build = run_build(folder, folder / "site", pdf=True)
    assert build.returncode == 0, build.output
    return folder, build


def test_the_new_article_builds_with_a_note_a_glossary_link_and_a_timeline(built):
    _, build = built
    page = build.page("introduction/")
    assert notes_on(page)[1] == "A. Exemplar, *An Example Book*, London, Example Press, 2020, p. 12."
    assert content(page).select_one('a.glossary-term[href="../glossary/example-term/"]') is not None
    events = content(build.page("timeline/")).select("li.explainer-timeline__event")
    assert len(events) == 1
    assert "Rivers Between States" in html_text(content(build.page("")).select_one("h1"))
    assert PdfReader(build.site / "exemplar-rivers-between-states.pdf").pages


def test_its_configuration_names_this_project_s_hooks_and_overrides_relative_to_it(built):
    folder, _ = built
    config = (folder / "mkdocs.yml").read_text(encoding="utf-8")
    hooks = [line.strip()[2:] for line in config.splitlines() if line.strip().startswith("- ") and "hooks/" in line]
    assert [os.path.basename(hook) for hook in hooks] == [
        os.path.basename(line.strip()[2:])
        for line in (PROJECT / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("- hooks/")
    ]
    assert all((folder / hook).resolve().is_file() for hook in hooks)
    assert "font: false" in config


def test_a_folder_that_holds_files_is_left_as_it_is(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    refused = new_article(tmp_path, "--title", "T", "--author", "A")
    assert refused.returncode != 0
    assert "already holds files" in refused.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["notes.txt"]
