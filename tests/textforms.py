"""Comparable text forms of HTML and Markdown, for tests that hold the site against the manuscript."""

from __future__ import annotations

import re

import markdown
from bs4 import BeautifulSoup, NavigableString, Tag

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def html_text(element: Tag, *, emphasis: bool = False) -> str:
    """The text of an element; with ``emphasis``, italics are kept as ``*…*``."""
    parts: list[str] = []

    def visit(node) -> None:
        if isinstance(node, NavigableString):
            parts.append(str(node))
            return
        if not isinstance(node, Tag):
            return
        if emphasis and node.name in ("em", "i"):
            parts.append("*")
            for child in node.children:
                visit(child)
            parts.append("*")
            return
        for child in node.children:
            visit(child)

    visit(element)
    return " ".join("".join(parts).split())


def markdown_text(source: str, *, emphasis: bool = False) -> str:
    """The text a Markdown snippet renders to."""
    soup = BeautifulSoup(markdown.markdown(source), "html.parser")
    return html_text(soup, emphasis=emphasis)


def comparable_note(text: str) -> str:
    """A note's text with the typesetting noise of the manuscript folded away.

    Declared in bib/ERRATA.md ("Throughout"): straight and curly quotation marks are
    one character; ``\\_`` escapes are underscores; runs of spaces are one space;
    italics directly next to each other are one run.
    """
    text = text.translate(_QUOTES).replace("\\_", "_").replace("**", "")
    return re.sub(r"\s+", " ", text).strip()
