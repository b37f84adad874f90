"""The notes of the site's pages numbered in reading order, and their calls marked in each page.

MkDocs converts pages in file order; notes are numbered in the navigation's order, pages
outside it following (`site_pages.reading_order`). A page in a ``separate_notes`` folder
(the glossary's entries) numbers its own from 1. `notes.resolve` does the numbering on
plain page references; this module makes them from MkDocs' pages.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

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
    ``nav_pages``, and decide each citation's form (`mark_page_calls` puts the numbers in the pages)."""
    pages = [page for page, _notes in converted.values()]
    in_order = [converted[page.file.src_uri] for page in reading_order(pages, list(nav_pages))]
    refs = [
        (
            notes.PageRef(page.file.src_uri, page.url, page_title(page), options.is_separate(page.file.src_uri)),
            page_notes,
        )
        for page, page_notes in in_order
    ]
    return notes.resolve(refs, bibliography, options.style_options(), bibliography_url, options.style_words())


def mark_page_calls(pages: Iterable[Page], numbers: Mapping[str, Sequence[int]]) -> None:
    """Mark each page's note calls in its HTML with their ``numbers`` (by source path, as
    `number_notes` gave them), for other hooks to read (`notes.mark_calls`)."""
    for page in pages:
        if page.content:
            page.content = notes.mark_calls(page.content, numbers[page.file.src_uri])
