"""The notes of the site's pages numbered in reading order, and their calls marked in each page.

MkDocs converts pages in file order; notes are numbered in the navigation's order, pages
outside it following (`site_pages.reading_order`). A page in a ``separate_notes`` folder
(the glossary's entries) numbers its own from 1. `notes.resolve` does the numbering on
plain page references; this module makes them from MkDocs' pages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from mkdocs.structure.pages import Page

from . import notes
from .bibtex import Bibliography
from .config import ExplainerConfig
from .markdown_notes import PageNotes
from .site_pages import page_title, reading_order


def number_notes(
    converted: Mapping[str, tuple[Page, PageNotes]],
    nav_pages: Sequence[Page],
    bibliography: Bibliography,
    options: ExplainerConfig,
    bibliography_url: str,
) -> notes.Resolution:
    """Number the notes of the ``converted`` pages (by source path) in the order of
    ``nav_pages``, and decide each citation's form; each page's note calls are marked with
    their numbers in its HTML (`notes.mark_calls`), for other hooks to read."""
    pages = [page for page, _notes in converted.values()]
    in_order = [converted[page.file.src_uri] for page in reading_order(pages, list(nav_pages))]
    refs = [
        (
            notes.PageRef(page.file.src_uri, page.url, page_title(page), options.is_separate(page.file.src_uri)),
            page_notes,
        )
        for page, page_notes in in_order
    ]
    resolution = notes.resolve(refs, bibliography, options.style_options(), bibliography_url, options.style_words())
    for page, _page_notes in in_order:
        if page.content:
            page.content = notes.mark_calls(page.content, resolution.pages[page.file.src_uri])
    return resolution
