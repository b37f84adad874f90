"""What the citations hook writes beside the build once the notes are numbered: each page's
list of notes (`explainer.note_lists`), the bibliography's list and the copy of it the
search index reads (`explainer.bibliography_listing`)."""

from __future__ import annotations

import logging

from bs4 import BeautifulSoup
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import get_files
from mkdocs.structure.nav import get_navigation
from test_note_numbering import BIBLIOGRAPHY, converted

from explainer import notes
from explainer.bibliography_listing import (
    BibliographyListing,
    add_entry_anchors,
    marked_search_copy,
    search_copy_replaced,
)
from explainer.bibtex import Bibliography, Entry, load
from explainer.config import load_config
from explainer.note_lists import NoteLists
from explainer.note_numbering import number_notes
from explainer.site_pages import converted_page, with_engine_templates

LABELS = {"call": "Note {number}", "backref": "Back to the call of note {number}"}


def numbered(tmp_path, options):
    """Each page's list of notes as it converted, and the notes numbered in the nav's order."""
    pages, nav_pages = converted(tmp_path / "docs")
    lists = {}
    for src_uri, (page, _page_notes) in pages.items():
        page.content, lists[src_uri] = notes.split_list(page.content)
    return lists, number_notes(pages, nav_pages, BIBLIOGRAPHY, options, "bibliography/")


def test_a_page_s_list_holds_its_notes_by_their_numbers_in_reading_order_each_written_once(tmp_path):
    lists, resolution = numbered(tmp_path, load_config({"explainer": {}}, "mkdocs.yml"))
    written = NoteLists(lists, resolution.pages, LABELS)
    floods = BeautifulSoup(written.write("floods.md"), "html.parser")
    assert [(item["id"], item["value"]) for item in floods.select("li")] == [("note-3", "3"), ("note-4", "4")]
    assert floods.select_one("li#note-4").get_text("", strip=True).startswith("Ibid., p.\xa03.")
    assert floods.select_one("#note-3 a[href='#note-ref-3']")["aria-label"] == "Back to the call of note 3"
    # Let go once written: the forked writer holds each page's list only until its page takes it.
    assert "floods.md" not in written.lists and "floods.md" not in written.pages


def test_the_bibliography_s_list_goes_to_its_file_and_its_search_copy_names_each_source_once(tmp_path):
    options = load_config({"explainer": {}}, "mkdocs.yml")
    _lists, resolution = numbered(tmp_path, options)
    part_file = tmp_path / "part.html"
    env = with_engine_templates(Environment())
    listing = BibliographyListing(BIBLIOGRAPHY, resolution.backlinks, "bibliography/", options, env, str(part_file))
    search_copy = listing.write("bibliography.md")

    written = BeautifulSoup(part_file.read_text(encoding="utf-8"), "html.parser")
    (entry,) = written.select("ul.explainer-bibliography > li")
    assert entry["id"] == "brown"
    cited_in = [link["href"] for link in entry.select(".explainer-bibliography__cited-in a")]
    assert cited_in == ["../#note-1", "../dams/#note-2", "../floods/#note-3", "../floods/#note-4", "../outside/#note-5"]
    assert "explainer:unindexed" not in part_file.read_text(encoding="utf-8")

    # For the search index: the reference as a paragraph of its own, titled with its short
    # form, and none of the links back.
    # Its italics marked, which the index keeps as <em> (`search_index.restore_emphasis`).
    assert search_copy.startswith('<div><!--explainer:search-entry id="brown" title="\ue000Rivers\ue001"--><p>')
    assert "<a " not in search_copy and search_copy.endswith("</p>\n</div>")


def test_the_search_copy_stands_in_the_page_until_the_list_s_placeholder_takes_its_place():
    page = f"<h1>Sources</h1>{marked_search_copy('<div><p>Rivers.</p></div>')}<p>After.</p>"
    assert search_copy_replaced(page, "<!--part-->") == "<h1>Sources</h1><!--part--><p>After.</p>"
    assert search_copy_replaced("<p>No list.</p>", "<!--part-->") == "<p>No list.</p>"


def test_a_link_to_a_source_on_the_bibliography_page_passes_mkdocs_check_of_anchors(tmp_path, caplog):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("See [Rivers](bibliography.md#brown).\n", encoding="utf-8")
    (docs / "bibliography.md").write_text("# Sources\n", encoding="utf-8")
    config = MkDocsConfig()
    config.load_dict({"site_name": "Rivers", "docs_dir": str(docs), "validation": {"anchors": "warn"}})
    assert not config.validate()[0]
    files = get_files(config)
    get_navigation(files, config)
    for file in files.documentation_pages():
        assert file.page is not None
        file.page.read_source(config)
        file.page.render(config, files)
    bib_page = converted_page(files.get_file_from_path("bibliography.md"))
    assert bib_page is not None and bib_page.file.src_uri == "bibliography.md"
    assert converted_page(None) is None
    home = files.get_file_from_path("index.md").page

    home.validate_anchor_links(files=files, log_level=logging.WARNING)
    assert "does not contain an anchor '#brown'" in caplog.text  # the list is not in the page
    caplog.clear()
    add_entry_anchors(bib_page, BIBLIOGRAPHY)
    home.validate_anchor_links(files=files, log_level=logging.WARNING)
    assert caplog.text == ""


def test_a_source_cited_again_and_again_has_its_link_and_title_made_once(monkeypatch):
    # Each short form and Ibid. links to the source and carries its full reference: made once a source.
    anchors = []
    anchor = notes.anchor
    monkeypatch.setattr(notes, "anchor", lambda key: anchors.append(key) or anchor(key))
    bibliography = Bibliography(entries={"r&d": Entry(key="r&d", type="book", fields={"title": "Rivers & Dams"})})
    writer = notes.NoteWriter(bibliography, "bibliography/")
    page = notes.PageRef("a.md", "a/")
    items = [notes.CitationItem("r&d", locator) for locator in ("p. 1", "p. 2", "p. 3")]
    short, ibid = notes.Position.SUBSEQUENT, notes.Position.IBID_WITH_LOCATOR
    html = writer.group_html(items, [notes.Position.FIRST, short, ibid], page, final_stop=True)
    href = 'href="../bibliography/#r&amp;d"'
    title = 'title="Rivers &amp; Dams."'  # a book with no author, place or publisher
    assert html.count(href) == 3 and html.count(title) == 2
    assert '<a class="citation-ref" href="../bibliography/#r&amp;d"><em>Rivers &amp; Dams</em>' in html
    assert anchors == ["r&d"]


def test_a_book_cited_only_through_its_chapters_links_back_to_their_notes(tmp_path):
    # A book that chapters name as their crossref is listed for them, but had no link back
    # to any note: a reader could not tell where the article uses it, nor, from the book,
    # that a glossary entry cites a chapter of it.
    (tmp_path / "refs.bib").write_text(
        "@incollection{dams, author = {Ng, Ann}, title = {Dams}, crossref = {book}, pages = {1--9}}\n"
        "@incollection{floods, author = {Poe, P.}, title = {Floods}, crossref = {book}, pages = {10--19}}\n"
        "@book{book, editor = {Brown, K.}, title = {Rivers}, publisher = {P}, date = {2019}}\n",
        encoding="utf-8",
    )
    bibliography = load(["refs.bib"], str(tmp_path))
    article, second, glossary = (
        notes.PageRef("index.md", ""),
        notes.PageRef("dams.md", "dams/"),
        notes.PageRef("glossary/dam.md", "glossary/dam/", "Dam", separate=True),
    )
    backlinks = {
        "dams": [notes.Backlink(2, article), notes.Backlink(5, second), notes.Backlink(1, glossary)],
        "floods": [notes.Backlink(3, second), notes.Backlink(5, second)],
    }
    options = load_config({"explainer": {}}, "mkdocs.yml")
    part_file = tmp_path / "part.html"
    env = with_engine_templates(Environment())
    BibliographyListing(bibliography, backlinks, "bibliography/", options, env, str(part_file)).write("bibliography.md")

    written = BeautifulSoup(part_file.read_text(encoding="utf-8"), "html.parser")
    book = written.select_one("li#book")
    [line] = book.select(".explainer-bibliography__cited-in")
    # Set as a source's own notes are, its words saying that they cite a chapter of it; each
    # note once, in the article's order; then a glossary entry's, as "Also cited in:" sets them.
    assert " ".join(line.get_text().split()) == "A chapter in it is cited in notes 2, 3, 5; Dam, note 1"
    assert [(link["href"], link.get("aria-label")) for link in line.select("a")] == [
        ("../#note-2", "note 2"),
        ("../dams/#note-3", "note 3"),
        ("../dams/#note-5", "note 5"),
        ("../glossary/dam/", None),
        ("../glossary/dam/#note-1", "Dam, note 1"),
    ]
    # The chapters keep their own.
    assert " ".join(written.select_one("li#floods .explainer-bibliography__cited-in").get_text().split()) == (
        "Cited in notes 3, 5"
    )


def write_listing(tmp_path, bib: str, backlinks) -> BeautifulSoup:
    """The bibliography's list as written beside the build, for ``bib`` and its ``backlinks``."""
    (tmp_path / "refs.bib").write_text(bib, encoding="utf-8")
    bibliography = load(["refs.bib"], str(tmp_path))
    options = load_config({"explainer": {}}, "mkdocs.yml")
    part_file = tmp_path / "part.html"
    env = with_engine_templates(Environment())
    BibliographyListing(bibliography, backlinks, "bibliography/", options, env, str(part_file)).write("bibliography.md")
    return BeautifulSoup(part_file.read_text(encoding="utf-8"), "html.parser")


def test_proceedings_and_a_glossary_s_notes_are_each_named_for_what_they_cite(tmp_path):
    # Under @proceedings the line said "A chapter in it is cited in", where the notes cite a
    # paper, and a chapter cited only in a glossary entry left its book without a link back.
    article, glossary = notes.PageRef("index.md", ""), notes.PageRef("glossary/dam.md", "glossary/dam/", "Dam", True)
    written = write_listing(
        tmp_path,
        "@inproceedings{talk, author = {Ng, Ann}, title = {Dams}, crossref = {proc}, pages = {1--9}}\n"
        "@proceedings{proc, editor = {Brown, K.}, title = {Proceedings of Rivers}, publisher = {P}, date = {2019}}\n"
        "@incollection{floods, author = {Poe, P.}, title = {Floods}, crossref = {book}, pages = {10--19}}\n"
        "@book{book, editor = {Brown, K.}, title = {Rivers}, publisher = {P}, date = {2019}}\n",
        {"talk": [notes.Backlink(4, article)], "floods": [notes.Backlink(2, glossary)]},
    )
    lines = {
        key: [
            " ".join(line.get_text().split()) for line in written.select(f"li#{key} .explainer-bibliography__cited-in")
        ]
        for key in ("proc", "book")
    }
    assert lines == {"proc": ["A paper in it is cited in note 4"], "book": ["A chapter in it is cited in Dam, note 2"]}
    assert [link["href"] for link in written.select("li#book a")] == ["../glossary/dam/", "../glossary/dam/#note-2"]
