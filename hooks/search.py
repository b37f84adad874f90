"""MkDocs hook: the search index, and pages that keep what it read.

Folding: Material's search (lunr) does not fold diacritics, so a reader who types
``Dvorak`` would not find ``Dvořák``. Before the search plugin writes its index, each
entry's text gets the folded form of every word that has diacritics.

Speed: the pages the search plugin reads carry the other hooks' comments (note calls,
glossary terms, held-back parts) until they are rendered, and inline markup its parser
only steps through: the plugin reads a copy of each page without either
(`search_copy`), and the page gets its HTML back once it is indexed.

Memory: MkDocs holds every page's HTML until the build ends. The other hooks add some
of a page's HTML only to render it, after the search plugin has read the page (the list
of notes, the bibliography's links back, "where it appears"). Once a page is written,
its HTML goes back to what the search index read, so a build never holds all of that at
once. The PDF, which needs the rendered HTML, keeps its own copy (see ``pdf``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from explainer.search_index import add_folded_words, index_entries, search_copy


@dataclass
class SearchState:
    """One build's pages as the search index read them, until each is written."""

    indexed: dict[str, str] = field(default_factory=dict)
    #: Each page's HTML, while the search plugin reads its `search_copy`.
    page_html: dict[str, str] = field(default_factory=dict)


state = SearchState()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global state
    state = SearchState()
    return config


@event_priority(10)  # after the hooks have filled the page (50), before the search plugin reads it (0)
def _give_search_a_copy(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    if page.content is not None:
        state.page_html[page.file.src_uri] = page.content
        page.content = search_copy(page.content)
    return context


@event_priority(-40)  # after the search plugin (0) has read the page, before the hooks add to it (-50)
def _keep_indexed(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    marked = state.page_html.pop(page.file.src_uri, None)
    if page.content is not None and marked is not None:
        state.indexed[page.file.src_uri] = page.content
        page.content = marked
    return context


on_page_context = CombinedEvent(_give_search_a_copy, _keep_indexed)


@event_priority(-100)  # after every other hook has seen the rendered page
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    indexed = state.indexed.pop(page.file.src_uri, None)
    if indexed is not None:
        page.content = indexed
    return output


@event_priority(50)  # before the search plugin (0) writes the index it holds in memory
def on_post_build(config: MkDocsConfig) -> None:
    entries = index_entries(config.plugins)
    if entries is not None:
        add_folded_words(entries)
