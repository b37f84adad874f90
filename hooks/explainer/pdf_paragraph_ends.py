"""No paragraph of the PDF ends on a line that holds only the end of a word.

A paragraph's last word hyphenated leaves its tail alone on the paragraph's last line
("the narra-", then "tive."): the shortest, emptiest line a paragraph can end on,
which print avoids (TeX's ``\\finalhyphendemerits``; CSS's ``hyphenate-limit-last``,
which WeasyPrint 70 does not have). So each paragraph's last word is set as a word the
editors keep whole (`hyphenation.kept_whole`): it goes whole to the last line if it must.
A compound ends it whole too ("co-existence", never "co-" and then "existence."): a line
may end on its own hyphen, as on a hyphenation's.

Only the PDF's HTML is marked: the site's pages and its search are not changed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .hyphenation import KEPT_WHOLE, SOFT_HYPHEN, kept_whole, left_as_written
from .pdf_proper_names import SHORTEST_HYPHENATED

if TYPE_CHECKING:  # imported by `pdf_document`, which a PDF alone needs
    from bs4 import BeautifulSoup, NavigableString, Tag

#: The blocks whose last line is a paragraph's: a list's item is one too.
_PARAGRAPHS = ("p", "li", "dd")
#: A word: its letters (a soft hyphen is the editors' place to break it).
_WORD = re.compile(rf"(?:[^\W\d_]|{SOFT_HYPHEN})+")
#: A word, or a compound of words joined by hyphens (``co-existence``); after its first
#: hyphen, a part may hold digits (``COVID-19``, ``G-20``).
_WORD_OR_COMPOUND = re.compile(rf"{_WORD.pattern}(?:[-\u2010](?:[^\W_]|{SOFT_HYPHEN})+)*")
#: pdf.css: a compound kept on one line (its hyphens are places a line may break).
COMPOUND_KEPT_WHOLE = "compound-kept-whole"
#: What is set apart from the paragraph's lines: its footnotes, and the calls' numbers.
_SET_APART = ("footnote", "note-anchor")


def _last_text(paragraph: Tag) -> NavigableString | None:
    """The paragraph's last text with a letter in it, of its own lines (not a footnote's,
    nor a paragraph's inside it)."""
    from bs4 import NavigableString

    for text in reversed(paragraph.find_all(string=True)):
        if type(text) is not NavigableString or not _WORD.search(text):
            continue
        owner = text.find_parent(lambda tag: tag.name in _PARAGRAPHS or _classed(tag, _SET_APART))
        if owner is paragraph:
            return text
        if owner is not None and _classed(owner, _SET_APART):
            continue
        return None  # a paragraph or a list inside it ends it: that one's last word is its own
    return None


def _classed(tag: Tag, names: tuple[str, ...]) -> bool:
    return any(name in tag.get("class", ()) for name in names)


def keep_last_words_whole(soup: BeautifulSoup) -> None:
    """Set the last word of each paragraph of ``soup`` whole."""
    for paragraph in soup.find_all(_PARAGRAPHS):
        text = _last_text(paragraph)
        if text is None or left_as_written(text) or any(_classed(parent, (KEPT_WHOLE,)) for parent in text.parents):
            continue
        word = list(_WORD_OR_COMPOUND.finditer(text))[-1]
        compound = not _WORD.fullmatch(word[0])
        if SOFT_HYPHEN in word[0] or (not compound and len(word[0]) < SHORTEST_HYPHENATED):
            continue  # the editors say where it breaks, a compound too; or too short to break (pdf.css)
        # A link is marked whole, not given an element inside it (`pdf_proper_names`).
        if (link := text.find_parent("a")) is not None:
            link["class"] = [*link.get("class", []), KEPT_WHOLE]
            continue
        whole = kept_whole(soup, word[0])
        if compound:
            whole["class"] = [KEPT_WHOLE, COMPOUND_KEPT_WHOLE]
        pieces = [text[: word.start()], whole, text[word.end() :]]
        text.replace_with(*(piece for piece in pieces if piece))
