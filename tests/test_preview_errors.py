"""The page a failed `mkdocs serve` rebuild shows in place of the site (`explainer.preview_errors`)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from jinja2 import Environment, FileSystemLoader

from explainer.preview_errors import ErrorsInBrowser, error_page


def test_the_errors_are_shown_as_written_even_with_markup_in_them():
    page = BeautifulSoup(error_page(["docs/a.md:3: unknown citation key 'x<y>'", "Did you mean x&y?"]), "html.parser")
    assert page.h1.get_text() == "The preview could not be rebuilt"
    assert page.pre.get_text() == "docs/a.md:3: unknown citation key 'x<y>'\n\nDid you mean x&y?"


def test_a_template_slip_is_shown_at_its_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # A Python error: the page said only "TemplateSyntaxError: …", and the editor had to
    # find the template's name in the terminal's lines of Python.
    (tmp_path / "overrides").mkdir()
    (tmp_path / "overrides" / "main.html").write_text("<p>\n{% if %}\n</p>\n", encoding="utf-8")
    site = tmp_path / "site"
    (site / "intro").mkdir(parents=True)
    (site / "intro" / "index.html").write_text("<p>The last good page</p>", encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def rebuild() -> None:
        Environment(loader=FileSystemLoader("overrides")).get_template("main.html")

    ErrorsInBrowser(rebuild, str(site), "mkdocs")()
    shown = BeautifulSoup((site / "intro" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert shown.pre.get_text().startswith("overrides/main.html:2: TemplateSyntaxError: Expected an expression")


def test_the_first_build_s_warnings_are_kept_from_that_build_alone(monkeypatch: pytest.MonkeyPatch):
    # A process that builds as `mkdocs serve` does without a server (a serve-like script)
    # kept every later build's warnings too.
    from explainer import preview_errors

    monkeypatch.setattr(preview_errors, "_first_build", None)
    logger = logging.getLogger("mkdocs")
    preview_errors.collect_first_build("serve")
    kept = preview_errors._first_build
    assert kept is not None
    logger.warning("docs/a.md: in the first build")
    preview_errors.first_build_ended()
    logger.warning("docs/a.md: in a later build")
    assert kept.warnings == ["docs/a.md: in the first build"]
    assert kept not in logger.handlers
