"""The site's notes from the converted pages to their writers (`explainer.site_notes`):
checked at each page's source file, numbered, and the lists made ready to write."""

from __future__ import annotations

from pathlib import Path

import markdown
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
from explainer.site_notes import check_site_citations, notes_to_write, unpacked_notes

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


def test_the_notes_are_numbered_and_their_lists_and_the_bibliography_made_ready_to_write(tmp_path):
    pages = {
        "dams.md": "# Dams\n\nA dam.[@brown, p. 7] A weir.[^weir]\n\n[^weir]: A low dam.\n",
        "index.md": "# Home\n\nRivers.[@brown]\n",
    }
    _config, files, packed, lists, nav_pages = converted_site(tmp_path, pages)
    options = load_config({"explainer": {}}, "mkdocs.yml")  # uncited entries warned of
    bibliography = Bibliography(
        entries={
            **BIBLIOGRAPHY.entries,
            "lost": Entry(
                key="lost", type="book", fields={"title": "Lost"}, location=SourceLocation("bib/rivers.bib", 4)
            ),
        }
    )
    try:
        ready = notes_to_write(unpacked_notes(packed), lists, nav_pages, bibliography, options, files, Environment())
        # Numbered in the nav's order, though the files list the dams first.
        dams = BeautifulSoup(ready.lists.write("dams.md"), "html.parser")
        assert [item["id"] for item in dams.select("li")] == ["note-2", "note-3"]
        assert dams.select_one("#note-2 a[href='#note-ref-2']")["aria-label"] == "Back to the call of note 2"
        assert notes.note_numbers(files.get_file_from_path("dams.md").page.content) == [2, 3]
        # Written in the order the pages render; the search index gets the prose notes' words only.
        assert ready.render_order == ["dams.md", "index.md"]
        assert ready.prose == {"dams.md": "A low dam.", "index.md": ""}

        assert ready.bibliography_page == "bibliography.md"
        assert ready.listing_placeholder
        ready.listing.write("bibliography.md")
        written = BeautifulSoup(Path(ready.listing.part_file).read_text(encoding="utf-8"), "html.parser")
        cited_in = written.select_one("#brown .explainer-bibliography__cited-in")
        assert " ".join(cited_in.get_text(" ", strip=True).split()) == "Cited in notes 1 , 2"
        assert ready.uncited_warnings == [
            "bib/rivers.bib:4: entry 'lost' is not cited in any note; cite it or remove it"
        ]
    finally:
        spliced.parts.discard()


def test_no_warning_of_uncited_entries_when_turned_off_and_no_listing_without_the_bibliography_page(tmp_path):
    _config, files, packed, lists, nav_pages = converted_site(
        tmp_path, {"index.md": "# Home\n\nRivers.\n", "dams.md": "# Dams\n"}
    )
    files.remove(files.get_file_from_path("bibliography.md"))
    options = load_config({"explainer": {"warn_uncited": False}}, "mkdocs.yml")
    ready = notes_to_write(unpacked_notes(packed), lists, nav_pages, BIBLIOGRAPHY, options, files, Environment())
    assert ready.uncited_warnings == []
    assert (ready.bibliography_page, ready.listing_placeholder) == (None, "")
    assert ready.render_order == []
