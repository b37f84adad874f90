"""The site also builds with ProperDocs, the maintained fork of MkDocs 1.6.

`make test` installs ProperDocs in its own virtual environment (.venv-properdocs), with
the project's requirements; this builds the site with it, strict, and compares the
result with the MkDocs build.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

from project import PROJECT

PROPERDOCS = PROJECT / ".venv-properdocs" / "bin" / "properdocs"


def test_properdocs_builds_the_same_site(tmp_path):
    assert PROPERDOCS.exists(), "missing .venv-properdocs: `make test` installs it"
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "EXPLAINER_PDF": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    built = {}
    for name, command in (
        ("properdocs", [str(PROPERDOCS), "build", "-f", "mkdocs.yml", "--strict"]),
        ("mkdocs", [sys.executable, "-m", "mkdocs", "build", "--strict"]),
    ):
        target = tmp_path / name
        done = subprocess.run(
            [*command, "--site-dir", str(target)], cwd=PROJECT, env=environment, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stdout + done.stderr
        built[name] = target
    files = sorted(path.relative_to(built["mkdocs"]) for path in built["mkdocs"].rglob("*") if path.is_file())
    assert files == sorted(
        path.relative_to(built["properdocs"]) for path in built["properdocs"].rglob("*") if path.is_file()
    )
    different = []
    for relative in files:
        ours, theirs = ((built[name] / relative).read_bytes() for name in ("mkdocs", "properdocs"))
        # The one declared difference: each names itself in <meta name="generator">.
        ours, theirs = (re.sub(rb'<meta name="generator" content="[^"]*">', b"", data) for data in (ours, theirs))
        if ours != theirs:
            different.append(str(relative))
    assert different == []


def test_a_strict_properdocs_build_that_fails_on_a_warning_writes_no_pdf(tmp_path):
    # ProperDocs counts a strict build's warnings on its own logger, which MkDocs' reports to.
    from test_new_article import new_article

    folder = tmp_path / "rivers"
    assert new_article(folder, "--title", "Rivers", "--author", "Ana Exemplar").returncode == 0
    with next((folder / "bib").glob("*.bib")).open("a", encoding="utf-8") as handle:
        handle.write("\n@book{uncited2020,\n  title = {Never Cited},\n}\n")
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "EXPLAINER_PDF": "1"}
    command = [str(PROPERDOCS), "build", "-f", "mkdocs.yml", "--strict", "--site-dir", str(tmp_path / "site")]
    done = subprocess.run(command, cwd=folder, env=environment, capture_output=True, text=True)
    assert done.returncode != 0 and "PDF not written" in done.stdout + done.stderr, done.stdout + done.stderr
    assert not list((tmp_path / "site").glob("*.pdf"))


def test_a_properdocs_build_names_the_line_of_a_link_to_a_page_not_there(tmp_path):
    # ProperDocs warns of links from its own module's logger, which the line was not given to.
    from project import copy_project

    project = copy_project(tmp_path / "project")
    entry = project / "docs" / "glossary" / "china.md"
    entry.write_text(entry.read_text(encoding="utf-8") + "\nSee [the old page](../renamed.md).\n", encoding="utf-8")
    line = entry.read_text(encoding="utf-8").count("\n")
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "EXPLAINER_PDF": "0"}
    command = [str(PROPERDOCS), "build", "-f", "mkdocs.yml", "--site-dir", str(tmp_path / "site")]
    done = subprocess.run(command, cwd=project, env=environment, capture_output=True, text=True)
    assert (
        f"docs/glossary/china.md:{line}: Doc file 'glossary/china.md' contains a link '../renamed.md'"
        in done.stdout + done.stderr
    ), done.stdout + done.stderr


def test_a_properdocs_build_names_the_line_of_an_option_it_does_not_know(tmp_path):
    # ProperDocs warns of an unknown option from its own config logger, as it loads the file.
    from project import copy_project

    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("\nmarkdown_extensions:\n", "\nmarkdown_extension:\n", 1), encoding="utf-8")
    line = text[: text.index("\nmarkdown_extensions:\n")].count("\n") + 2
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "EXPLAINER_PDF": "0"}
    command = [str(PROPERDOCS), "build", "--strict", "-f", "mkdocs.yml", "--site-dir", str(tmp_path / "site")]
    done = subprocess.run(command, cwd=project, env=environment, capture_output=True, text=True)
    output = done.stdout + done.stderr
    assert done.returncode != 0
    assert f"mkdocs.yml:{line}: Config value 'markdown_extension': Unrecognised configuration name" in output, output
    assert "Did you mean markdown_extensions?" in output
