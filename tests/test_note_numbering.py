"""The site's notes numbered in reading order (`explainer.note_numbering`), whatever order MkDocs converts pages in."""

from __future__ import annotations

from pathlib import Path

import markdown
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import get_navigation

from explainer import notes
from explainer.bibtex import Bibliography, Entry
from explainer.config import load_config
from explainer.markdown_notes import NotesExtension
from explainer.note_numbering import mark_page_calls, number_notes

NAV = [{"Home": "index.md"}, {"Dams": "dams.md"}, {"Floods": "floods.md"}]
#: Each page's Markdown; ``outside.md`` is not in the nav, ``glossary/basin.md`` numbers its notes on its own.
PAGES = {
    "floods.md": "# Floods\n\nA flood.[@brown] Another.[@brown, p. 3]\n",
    "glossary/basin.md": "# Basin\n\nA basin.[@brown]\n",
    "index.md": "# Home\n\nRivers.[@brown]\n",
    "outside.md": "# Outside\n\nAside.[@brown]\n",
    "dams.md": "# Dams\n\nA dam.[@brown, p. 7]\n",
}
BIBLIOGRAPHY = Bibliography(entries={"brown": Entry(key="brown", type="book", fields={"title": "Rivers"})})


def converted(docs: Path) -> tuple[dict, list]:
    """Each page as MkDocs gives it once converted, in the order of `PAGES` (not the nav's), and the nav's pages."""
    docs.mkdir()
    config = MkDocsConfig()
    config.load_dict({"site_name": "Rivers", "nav": NAV, "docs_dir": str(docs)})
    assert not config.validate()[0]
    files = Files([File(path, str(docs), "site", True) for path in PAGES])
    nav = get_navigation(files, config)
    pages = {}
    for path, source in PAGES.items():
        page = files.get_file_from_path(path).page
        extension = NotesExtension()
        page.markdown, page.content = source, markdown.markdown(source, extensions=[extension])
        pages[path] = (page, extension.take_page())
    return pages, nav.pages


def test_notes_are_numbered_in_the_nav_s_order_then_the_pages_outside_it(tmp_path):
    pages, nav_pages = converted(tmp_path / "docs")
    options = load_config({"explainer": {}}, "mkdocs.yml")
    resolution = number_notes(pages, nav_pages, BIBLIOGRAPHY, options, "bibliography/")
    numbers = {src_uri: resolved.numbers for src_uri, resolved in resolution.pages.items()}
    assert numbers == {
        "index.md": [1],
        "dams.md": [2],
        "floods.md": [3, 4],
        "outside.md": [5],
        "glossary/basin.md": [1],
    }
    # Each page's calls carry their numbers in its HTML, for the other hooks to read.
    mark_page_calls([page for page, _notes in pages.values()], numbers)
    assert notes.note_numbers(pages["floods.md"][0].content) == [3, 4]
    assert notes.note_numbers(pages["glossary/basin.md"][0].content) == [1]


def test_the_first_citation_in_reading_order_is_the_full_one_and_a_separate_page_starts_again(tmp_path):
    pages, nav_pages = converted(tmp_path / "docs")
    options = load_config({"explainer": {"ibid": False}}, "mkdocs.yml")
    resolution = number_notes(pages, nav_pages, BIBLIOGRAPHY, options, "bibliography/")
    home, dams = resolution.pages["index.md"], resolution.pages["dams.md"]
    assert 'data-position="first"' in home.note_text(0)
    assert 'data-position="subsequent"' in dams.note_text(0)
    assert 'data-position="first"' in resolution.pages["glossary/basin.md"].note_text(0)
    assert [link.number for link in resolution.backlinks["brown"]] == [
        1,
        2,
        3,
        4,
        1,
        5,
    ]  # pages outside the nav by path
