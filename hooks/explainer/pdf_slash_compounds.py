"""Short compounds joined by a slash, which no line of the PDF breaks at their slash.

The PDF's text engine (Pango) may break a line after any slash, and set "AC/" at a line's
end with "DC" below: one name read as two. A compound of letters or digits joined by
slashes ("AC/DC", "and/or", "km/h", "1998/99") of at most `LONGEST_KEPT_WHOLE`
characters is set whole: a word joiner after each slash, invisible and not copied from the
PDF, so the text copies as written. A longer one ("Danube/Rhine/Elbe/Oder") may
still break after a slash, so that it never runs past the margin, and so may an address,
code, and a title (whose bookmark reads as the title is written). Only the PDF's HTML
changes: the site's text is not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .hyphenation import WORD_JOINER, left_as_written

if TYPE_CHECKING:  # imported by `pdf_document`, which a PDF alone needs
    from bs4 import BeautifulSoup

#: The longest compound kept on one line, a word's length: at A5 a line holds 60 to 70
#: characters. "UNESCO/UNICEF", of 13, may break.
LONGEST_KEPT_WHOLE = 12
#: Letters or digits joined by slashes, not part of an address ("example.org/a/123")
#: nor of a path ("/a/b", "a/b/"), nor of a longer word.
_COMPOUND = re.compile(r"(?<![\w./:\-])[^\W_]+(?:/[^\W_]+)+(?![\w/]|[.:\-][^\W_])")
#: Titles, set as written: their text is their bookmark's.
_NOT_JOINED = ("h1", "h2", "h3", "h4", "h5", "h6")


def _joined(match: re.Match[str]) -> str:
    compound = match[0]
    return compound.replace("/", "/" + WORD_JOINER) if len(compound) <= LONGEST_KEPT_WHOLE else compound


def slash_compounds_kept_whole(soup: BeautifulSoup) -> None:
    """Put a word joiner after each slash of ``soup``'s short slash compounds (not in
    code, addresses or titles)."""
    from bs4 import NavigableString

    for text in list(soup.find_all(string=re.compile("/"))):
        if type(text) is not NavigableString or left_as_written(text) or text.find_parent(_NOT_JOINED):
            continue
        new = _COMPOUND.sub(_joined, text)
        if new != text:
            text.replace_with(NavigableString(new))
