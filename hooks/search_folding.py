"""MkDocs hook: make the search find words written with diacritics when typed without them.

Material's search (lunr) does not fold diacritics: a reader who types ``Dvorak`` would
not find ``Dvořák``. After the search plugin has written its index, each document's
text gets the folded form of every word that has diacritics, so both spellings match.
"""

from __future__ import annotations

import json
import os

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from explainer.search_index import add_folded_words


@event_priority(-100)  # after the search plugin has written the index
def on_post_build(config: MkDocsConfig) -> None:
    path = os.path.join(config.site_dir, "search", "search_index.json")
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as handle:
        index = json.load(handle)
    add_folded_words(index)
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(index, handle, ensure_ascii=False, separators=(",", ":"))
    os.replace(temporary, path)
