"""Words the PDF breaks at line ends where the editors say, as TeX's ``\\hyphenation``.

Hyphenation dictionaries guess at names they do not hold: Pyphen's American English
breaks "Dagestan" as "Dages-tan". An editor lists such words with a hyphen at each
place a line may break (``Da-ge-stan``), or with none to keep the word whole. In the
PDF's text, each listed word, in any case and with anything after it that is not a
letter ("Dagestan's"), gets a soft hyphen at each of its places: a word that holds one
breaks there only (CSS Text 3, ``hyphens: auto``), and an unbroken soft hyphen is
neither set nor copied. A word kept whole is set with ``hyphens: manual``.

Each word given soft hyphens is set in an element of its own (`LISTED`): WeasyPrint (70)
breaks a text at its soft hyphens alone wherever the rest of that text holds one, so a
listed word ("Da\u00adge\u00adstan") left every other word of its text before it
unhyphenated ("the govern-" / "ment of Dagestan" was "the" / "government of
Dagestan", and a loose line above it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the options read `LISTED_WORD` on every build; BeautifulSoup is for a PDF's
    from bs4 import BeautifulSoup, NavigableString, Tag

#: A listed word: letters, with single hyphens between them.
LISTED_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"

SOFT_HYPHEN = "\u00ad"
#: What holds two characters together at a line's end: U+2060 WORD JOINER, invisible, and
#: not copied from the site's hover cards nor from the PDF.
WORD_JOINER = "\u2060"
#: The class of an element whose words pdf.css never hyphenates.
KEPT_WHOLE = "hyphenation-kept-whole"
#: The class of an element that holds a listed word with its soft hyphens, and nothing else.
LISTED = "hyphenation-listed"

#: Text left as it is: code, and addresses, which break at their punctuation only.
_NOT_WORDS = ("code", "pre", "kbd", "samp", "script", "style")
_NOT_WORDS_CLASSES = ("citation-url",)


@dataclass(frozen=True)
class ListedWords:
    """The editors' words: each, lowercased without its hyphens, to the letter counts its
    breaks come after, and one pattern that finds them all, compiled once per PDF."""

    places: Mapping[str, tuple[int, ...]]
    pattern: re.Pattern[str] | None


def listed_words(listed: Iterable[str]) -> ListedWords:
    """``Da-ge-stan``: ``{"dagestan": (2, 4)}``; ``Tbilisi`` (kept whole): ``{"tbilisi": ()}``."""
    places: dict[str, tuple[int, ...]] = {}
    for word in listed:
        parts = word.split("-")
        offsets, at = [], 0
        for part in parts[:-1]:
            at += len(part)
            offsets.append(at)
        places["".join(parts).lower()] = tuple(offsets)
    if not places:
        return ListedWords(places, None)
    # Longest first: a listed word that another listed word starts with does not cut it.
    names = sorted(places, key=len, reverse=True)
    pattern = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, names)) + r")(?![^\W\d_])", re.IGNORECASE)
    return ListedWords(places, pattern)


def hyphenate_listed_words(soup: BeautifulSoup, words: ListedWords) -> None:
    """Give each listed word in ``soup``'s text its soft hyphens, or keep it whole."""
    if words.pattern is None:
        return
    from bs4 import NavigableString

    for text in list(soup.find_all(string=words.pattern)):
        if type(text) is not NavigableString or left_as_written(text):
            continue
        pieces: list[str | Tag] = []  # text, and each listed word in its element
        # Not in a link: WeasyPrint (70) tags an element's text inside a link apart from it,
        # and each part of the link a line holds would be a link of its own to a screen reader.
        in_a_link = text.find_parent("a") is not None
        cursor = 0
        for match in words.pattern.finditer(text):
            word = match.group()
            offsets = words.places[word.lower()]  # as re.IGNORECASE matched it
            pieces.append(text[cursor : match.start()])
            if offsets and in_a_link:
                pieces.append(_with_soft_hyphens(word, offsets))
            elif offsets:
                listed = soup.new_tag("span", attrs={"class": LISTED})
                listed.string = _with_soft_hyphens(word, offsets)
                pieces.append(listed)
            else:
                pieces.append(kept_whole(soup, word))
            cursor = match.end()
        pieces.append(text[cursor:])
        text.replace_with(*(piece for piece in pieces if piece))


def _with_soft_hyphens(word: str, offsets: tuple[int, ...]) -> str:
    cuts = (0, *offsets, len(word))
    return SOFT_HYPHEN.join(word[start:end] for start, end in pairwise(cuts))


def kept_whole(soup: BeautifulSoup, word: str):
    """``word`` in an element that pdf.css never hyphenates."""
    span = soup.new_tag("span", attrs={"class": KEPT_WHOLE})
    span.string = word
    return span


def left_as_written(text: NavigableString) -> bool:
    """Whether ``text`` is code or an address, whose words are not a language's."""
    for parent in text.parents:
        if parent.name in _NOT_WORDS or any(name in parent.get("class", ()) for name in _NOT_WORDS_CLASSES):
            return True
    return False
