"""The bibliography page's list, written beside the build once every note is numbered, and
the copy of it that the search index reads in its place.

The list goes straight to a file of its own, a piece at a time (`spliced`): with thousands
of sources it is megabytes, which neither the process that writes it nor the page need
ever hold whole. Until the search plugin has indexed the page, the page holds the search
copy instead: each reference as a paragraph, a result of its own (`search_entries`),
without the links, spans and links back that would cost the plugin's parser thousands of
tags; then the list's placeholder takes its place, and the list goes into the written page
at the end of the build.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jinja2 import Environment
from mkdocs.structure.pages import Page

from .bibtex import Bibliography
from .config import ExplainerConfig
from .notes import Backlink, relative_url
from .search_entries import search_entry
from .spliced import write_part
from .unindexed import stream_without_unindexed_markers

if TYPE_CHECKING:
    from .bibliography import BibliographyItem

#: The search copy as it stands in the page, between markers that find it again.
SEARCH_COPY = "<!--explainer:search-copy-->{}<!--/explainer:search-copy-->"
_SEARCH_COPY = re.compile(r"<!--explainer:search-copy-->.*?<!--/explainer:search-copy-->", re.DOTALL)


def marked_search_copy(search_copy: str) -> str:
    """The search copy (`BibliographyListing.write`) as it goes into the page, marked."""
    return SEARCH_COPY.format(search_copy)


def search_copy_replaced(html: str, placeholder: str) -> str:
    """The page's ``html`` with the list's ``placeholder`` in place of its (first) search copy."""
    return _SEARCH_COPY.sub(lambda _found: placeholder, html, count=1)


def add_entry_anchors(page: Page, bibliography: Bibliography) -> None:
    """Each entry's id among the page's anchors, for MkDocs' check of links to anchors: the
    list is written beside the build, so the page MkDocs renders never holds it."""
    if page.present_anchor_ids is not None:
        page.present_anchor_ids.update(bibliography.entries)


@dataclass
class BibliographyListing:
    """The bibliography page's list, and what it is written from."""

    bibliography: Bibliography
    #: Each source's notes, by its key.
    backlinks: dict[str, list[Backlink]]
    #: The bibliography page's URL, which the links back are relative to.
    page_url: str
    options: ExplainerConfig
    #: An environment that finds the engine's templates (`site_pages.with_engine_templates`).
    env: Environment
    #: The file the list is written to, whose placeholder the page holds (`spliced.parts.reserve`).
    part_file: str

    def write(self, src_uri: str) -> str:
        """Write the list as the page shows it to `part_file`; give its search copy: each
        reference as a paragraph, a result of its own titled with its short form."""
        # Imported where the list is written, beside the build: the build's own process
        # never needs the items (1.8 ms of every build's start).
        from .bibliography import bibliography_items

        options, style_words = self.options, self.options.style_words()
        references: list[str] = []

        def items() -> Iterator[BibliographyItem]:
            for item in bibliography_items(self.bibliography, self.backlinks, self.page_url, style_words):
                references.append(search_entry(item.anchor, item.short, item.text))
                yield item

        html = self.env.get_template("explainer/bibliography.html").generate(
            items=items(),
            cited_in_label=options.cited_in_label,
            also_in_label=options.also_in_label,
            parts_cited_in_labels={
                "chapter": options.chapter_cited_in_label,
                "paper": options.paper_cited_in_label,
            },
            words=options.words,
            semicolon=style_words.semicolon,
            downloads={
                "label": options.words.article_sources,
                "bibtex_href": relative_url(options.bibtex_download, self.page_url),
                "csl_href": relative_url(options.csl_download, self.page_url),
            },
        )
        write_part(self.part_file, stream_without_unindexed_markers(html))
        # One element around them all: the page's words after it go back to the page's own
        # result, and the search plugin looks back through the sources once, not once each.
        return f"<div>{''.join(references)}</div>"
