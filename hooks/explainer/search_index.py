"""Diacritic folding for a lunr search index as Material for MkDocs writes it."""

from __future__ import annotations

import re

from .term_matcher import fold

_WORD = re.compile(r"[^\W_]+")


def folded_words(text: str) -> list[str]:
    """The folded form of each word of ``text`` that changes when folded, once each, in order."""
    extra = {}
    for word in _WORD.findall(text):
        if word.isascii():
            continue  # nothing to fold
        plain = fold(word)
        if plain != word.casefold():
            extra.setdefault(plain, None)
    return list(extra)


def add_folded_words(index: dict) -> dict:
    """Append to each document's text the folded forms of the accented words of its title and text.

    The title is left as it is, since the search shows it; the text is what lunr matches.
    """
    for document in index.get("docs", []):
        words = folded_words(f"{document.get('title', '')} {document.get('text', '')}")
        if words:
            document["text"] = f"{document.get('text', '')} {' '.join(words)}"
    return index
