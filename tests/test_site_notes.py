"""The site's notes from the converted pages to their writers (`explainer.site_notes`):
checked at each page's source file, numbered, and the lists made ready to write."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import get_navigation
from test_note_numbering import BIBLIOGRAPHY

from explainer import notes, spliced
from explainer.bibtex import Bibliography, Entry, SourceLocation
from explainer.config import load_config
from explainer.markdown_notes import NotesExtension
from explainer.note_numbering import mark_page_calls
from explainer.site_notes import LISTING, LISTS, check_site_citations, notes_aside, unpacked_notes

NAV = [{"Home": "index.md"}, {"Dams": "dams.md"}, {"Sources": "bibliography.md"}]


def converted_site(project: Path, pages: dict[str, str]) -> tuple[MkDocsConfig, Files, dict, dict, list]:
    """The pages written in ``project/docs`` and converted as the hook holds them: each with
    its notes packed, its list of notes taken out of its HTML; and the nav's pages."""
    docs = project / "docs"
    docs.mkdir()
    pages = {**pages, "bibliography.md": "# Sources\n"}
    for path, source in pages.items():
        (docs / path).write_text(source, encoding="utf-8")
    config = MkDocsConfig(config_file_path=str(project / "mkdocs.yml"))
    config.load_dict({"site_name": "Rivers", "nav": NAV, "docs_dir": str(docs)})
    assert not config.validate()[0]
    files = Files([File(path, str(docs), str(project / "site"), True) for path in pages])
    nav = get_navigation(files, config)
    packed, lists = {}, {}
    for path, source in pages.items():
        page = files.get_file_from_path(path).page
        extension = NotesExtension()
        page.markdown, page.content = source, markdown.markdown(source, extensions=[extension])
        page.content, listing = notes.split_list(page.content)
        if listing:
            lists[path] = listing
        packed[path] = (page, extension.take_page().packed())
    return config, files, packed, lists, nav.pages


def test_a_citation_of_no_entry_and_a_note_defined_on_another_page_are_named_at_their_source_files(tmp_path):
    pages = {
        "index.md": "# Home\n\nRivers.[@brown]\n\n[^weir]: A low dam.\n",
        "dams.md": "# Dams\n\nA dam.[@browne]\n\nA weir.[^weir]\n",
    }
    config, _files, packed, _lists, _nav = converted_site(tmp_path, pages)
    options = load_config({"explainer": {}}, "mkdocs.yml")

    checks = check_site_citations(unpacked_notes(packed), BIBLIOGRAPHY, options, config)
    assert [str(error) for error in checks.errors] == [
        "docs/dams.md:3: unknown citation key 'browne'\n    Did you mean brown?",
        "docs/dams.md:5: note [^weir] is called but never defined\n"
        "    Its text is in docs/index.md:5; a note's text goes on the page of its call: move it here.",
        "docs/index.md:5: note [^weir] is defined but never called\n"
        "    It is called in docs/dams.md:5; a note's text goes on the page of its call: move it there.",
    ]


def test_pages_that_cite_what_the_bibliography_holds_pass_without_a_word(tmp_path):
    pages = {"index.md": "# Home\n\nRivers.[@brown, p. 3]\n", "dams.md": "# Dams\n\nA dam.[^weir]\n\n[^weir]: Low.\n"}
    config, _files, packed, _lists, _nav = converted_site(tmp_path, pages)
    options = load_config({"explainer": {}}, "mkdocs.yml")

    checks = check_site_citations(unpacked_notes(packed), BIBLIOGRAPHY, options, config)
    assert (checks.errors, checks.warnings) == ([], [])


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "in the build"])
def test_the_notes_are_numbered_and_their_lists_and_the_bibliography_written_from_what_the_child_sends(tmp_path, fork):
    pages = {
        "dams.md": "# Dams\n\nA dam.[@brown, p. 7] A weir.[^weir]\n\n[^weir]: A low dam.\n",
        "index.md": "# Home\n\nRivers.[@brown]\n",
    }
    config, files, packed, lists, nav_pages = converted_site(tmp_path, pages)
    options = load_config({"explainer": {}}, "mkdocs.yml")  # uncited entries warned of
    bibliography = Bibliography(
        entries={
            **BIBLIOGRAPHY.entries,
            "lost": Entry(
                key="lost", type="book", fields={"title": "Lost"}, location=SourceLocation("bib/rivers.bib", 4)
            ),
        }
    )
    aside = notes_aside(packed, lists, nav_pages, bibliography, options, config, files, Environment(), fork=fork)
    try:
        assert aside.numbering.forked == fork
        numbered = aside.numbering.result()
        assert (numbered.warnings, numbered.errors) == ([], "")
        assert numbered.uncited_warnings == [
            "bib/rivers.bib:4: entry 'lost' is not cited in any note; cite it or remove it"
        ]
        # Numbered in the nav's order, though the files list the dams first; the build
        # marks each page's calls with the numbers the child sent.
        assert numbered.numbers == {"index.md": [1], "dams.md": [2, 3], "bibliography.md": []}
        mark_page_calls(aside.pages, numbered.numbers)
        assert notes.note_numbers(files.get_file_from_path("dams.md").page.content) == [2, 3]
        # Written in the order the pages render; the search index gets the prose notes' words only.
        assert aside.render_order == ["dams.md", "index.md"]
        assert numbered.prose == {"dams.md": "A low dam.", "index.md": ""}
        written = aside.numbering.parts(LISTS)
        dams = BeautifulSoup(written.get("dams.md"), "html.parser")
        assert [item["id"] for item in dams.select("li")] == ["note-2", "note-3"]
        assert dams.select_one("#note-2 a[href='#note-ref-2']")["aria-label"] == "Back to the call of note 2"

        assert aside.bibliography_page == "bibliography.md"
        assert aside.listing_placeholder
        aside.numbering.parts(LISTING).get("bibliography.md")
        listing = BeautifulSoup(spliced.parts.expand(aside.listing_placeholder), "html.parser")
        cited_in = listing.select_one("#brown .explainer-bibliography__cited-in")
        assert " ".join(cited_in.get_text(" ", strip=True).split()) == "Cited in notes 1 , 2"
    finally:
        aside.numbering.close()
        spliced.parts.discard()


def test_errors_found_in_the_child_come_back_as_the_message_that_stops_the_build(tmp_path):
    pages = {"index.md": "# Home\n\nRivers.[@browne]\n", "dams.md": "# Dams\n"}
    config, files, packed, lists, nav_pages = converted_site(tmp_path, pages)
    options = load_config({"explainer": {}}, "mkdocs.yml")
    aside = notes_aside(packed, lists, nav_pages, BIBLIOGRAPHY, options, config, files, Environment())
    try:
        numbered = aside.numbering.result()
    finally:
        aside.numbering.close()
        spliced.parts.discard()
    assert numbered.errors == (
        "1 error in the sources:\n  docs/index.md:3: unknown citation key 'browne'\n    Did you mean brown?"
    )
    assert numbered.numbers == {}


def test_no_warning_of_uncited_entries_when_turned_off_and_no_listing_without_the_bibliography_page(tmp_path):
    config, files, packed, lists, nav_pages = converted_site(
        tmp_path, {"index.md": "# Home\n\nRivers.\n", "dams.md": "# Dams\n"}
    )
    files.remove(files.get_file_from_path("bibliography.md"))
    options = load_config({"explainer": {"warn_uncited": False}}, "mkdocs.yml")
    aside = notes_aside(packed, lists, nav_pages, BIBLIOGRAPHY, options, config, files, Environment())
    try:
        assert aside.numbering.result().uncited_warnings == []
    finally:
        aside.numbering.close()
    assert (aside.bibliography_page, aside.listing_placeholder) == (None, "")
    assert aside.render_order == []
