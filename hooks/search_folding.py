"""MkDocs hook: make the search find words written with diacritics when typed without them.

Material's search (lunr) does not fold diacritics: a reader who types ``Dvorak`` would
not find ``Dvořák``. Before the search plugin writes its index, each entry's text gets
the folded form of every word that has diacritics, so both spellings match.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from explainer.search_index import add_folded_words, index_entries


@event_priority(50)  # before the search plugin (0) writes the index it holds in memory
def on_post_build(config: MkDocsConfig) -> None:
    entries = index_entries(config.plugins)
    if entries is not None:
        add_folded_words(entries)
