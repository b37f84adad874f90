"""MkDocs hook: the search index, and pages that keep what it read.

Folding: Material's search (lunr) does not fold diacritics, so a reader who types
``Dvorak`` would not find ``Dvořák``. Before the search plugin writes its index, each
entry's text gets the folded form of every word that has diacritics, hidden in the
paragraph that writes the word, which a result then shows.

Punctuation: the search finds a word only by its start, and its index keeps the
punctuation against a word, so "(khuligany)" or "“socialist" would not be found as
typed. An article may also write both "state’s" and "state's", and phones type the
curly one. Unless the site sets its own, the search splits words at punctuation and
at either apostrophe (`WORD_SEPARATOR`).

Phrases: Material's search makes each word of a phrase in quotation marks required,
and lunr then finds nothing if one is a common word it leaves out ("Belt and Road").
Unless the site sets its own pipeline, the search keeps common words (`keep_common_words`).

Entries: a result for one source of the bibliography or one event of the timeline
opened the page at its top. The hooks mark each such entry (`explainer.search_entries`):
the copy the plugin reads has a heading there, so the entry is a result of its own at
its anchor, and the page gets its HTML back without the marks.

Italics: the search plugin keeps no inline markup, and a result showed a book's title in
roman. The copy it reads marks italics with characters it keeps (`search_copy`), and the
index's entries get them back as ``<em>`` (`restore_emphasis`), which the results show.

Speed: the pages the search plugin reads carry the other hooks' comments (note calls,
glossary terms, held-back parts) until they are rendered, and inline markup its parser
only steps through: the plugin reads a copy of each page without either
(`search_copy`), and the page gets its HTML back once it is indexed.

Speed, again: the search plugin's parsing of each page is done in a forked process
as the build renders the pages (`IndexBuiltAside`); the child writes the index to a
file, which goes over the stand-in the plugin writes in ``on_post_build``.

Memory: MkDocs holds every page's HTML until the build ends. The other hooks add some
of a page's HTML only to render it, after the search plugin has read the page (the list
of notes, the bibliography's links back, "where it appears"). Once a page is written,
its HTML goes back to what the search index read, so a build never holds all of that at
once. The PDF, which needs the rendered HTML, keeps its own copy (see ``pdf``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from explainer.search_entries import without_search_entry_marks
from explainer.search_index import (
    IndexBuiltAside,
    add_folded_words,
    index_built_aside,
    index_entries,
    index_path,
    keep_common_words,
    restore_emphasis,
    search_copy,
    search_plugin,
    search_plugins_without_a_pipeline,
    separate_words_at_punctuation,
)

#: Whether the index is built in a forked process where the platform can fork (tests turn it off).
FORK_INDEX = True


@dataclass
class SearchState:
    """One build's pages as the search index read them, until each is written."""

    indexed: dict[str, str] = field(default_factory=dict)
    #: Each page's HTML, while the search plugin reads its `search_copy`.
    page_html: dict[str, str] = field(default_factory=dict)
    #: The plugin's index while it is built in a forked process.
    aside: IndexBuiltAside | None = None
    #: The search plugins whose pipeline the site leaves to their language's default.
    default_pipelines: list[Any] = field(default_factory=list)

    def close(self) -> None:
        if self.aside is not None:
            self.aside.close()
            self.aside = None


state = SearchState()


@event_priority(100)  # before the search plugin fills in its default separator and pipeline (0)
def _set_search_defaults(config: MkDocsConfig) -> MkDocsConfig:
    global state
    state.close()  # a serve rebuild after a build that stopped early
    state = SearchState()
    separate_words_at_punctuation(config.plugins)
    state.default_pipelines = search_plugins_without_a_pipeline(config.plugins)
    return config


@event_priority(-100)  # after the search plugin has filled in its default pipeline (0)
def _keep_common_words(config: MkDocsConfig) -> MkDocsConfig:
    keep_common_words(state.default_pipelines)
    return config


on_config = CombinedEvent(_set_search_defaults, _keep_common_words)


@event_priority(-100)  # last: the search plugin has made its index (0)
def on_pre_build(config: MkDocsConfig) -> None:
    plugin = search_plugin(config.plugins)
    # Under `serve --dirty` the plugin merges each rebuild into the index it kept.
    if plugin is not None and not getattr(plugin, "is_dirty", False):
        state.aside = index_built_aside(plugin, fork=FORK_INDEX)


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
        page.content = without_search_entry_marks(marked)
    return context


on_page_context = CombinedEvent(_give_search_a_copy, _keep_indexed)


@event_priority(-100)  # after every other hook has seen the rendered page
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    indexed = state.indexed.pop(page.file.src_uri, None)
    if indexed is not None:
        page.content = indexed
    return output


@event_priority(50)  # before the search plugin (0) writes the index it holds in memory
def _finish_index(config: MkDocsConfig) -> None:
    if state.aside is not None:
        state.aside.finish()  # with the folded words, written by the child
        return
    entries = index_entries(config.plugins)
    if entries is not None:
        add_folded_words(restore_emphasis(entries))


@event_priority(-10)  # after the search plugin (0) has written its stand-in for the child's index
def _put_index_in_place(config: MkDocsConfig) -> None:
    if state.aside is not None:
        state.aside.put_in_place(index_path(config.site_dir))
        state.aside = None


on_post_build = CombinedEvent(_finish_index, _put_index_in_place)


def on_build_error(error: Exception) -> None:
    # `mkdocs serve` lives on after a failed build: the child must not wait for the next.
    state.close()
