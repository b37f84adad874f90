"""Proper names kept whole at a line's end in the PDF.

House style never hyphenates a proper name ("Dages-tan", "Mont-real"), and the
hyphenation dictionaries cannot tell a name from a word. A name here is a capitalised word
that does not open a sentence, wherever in the document it is found (the text, the notes,
the bibliography); the same word opening a sentence is then a name too. A note's call
after a sentence's end is not read as a word of it: the word after the call opens the next. Each is set as a
word the editors keep whole (`hyphenation.kept_whole`); a sentence's first word that is
found nowhere else capitalised ("Nevertheless") still breaks, as does every other word. A word
the editors list (``pdf_hyphenation``) breaks where they say: `hyphenation` sets it.

Only the PDF's HTML is marked: the site's pages and its search are not changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from .hyphenation import KEPT_WHOLE, ListedWords, kept_whole, left_as_written

if TYPE_CHECKING:  # imported by `pdf_document`, which a PDF alone needs
    from bs4 import BeautifulSoup, NavigableString, Tag

#: A word: letters only, so "Brazil's" gives "Brazil" and "Austro-Hungarian" two words.
_WORD = re.compile(r"[^\W\d_]+")
#: pdf.css's ``hyphenate-limit-chars``: a shorter word never breaks, and needs no mark.
SHORTEST_HYPHENATED = 6
#: The elements whose text runs as one: a sentence opens no later than their start. A
#: footnote is set apart from the text that calls it.
_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "body", "caption", "dd", "div", "dt", "figcaption"),
        *("footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "li", "main", "nav", "ol", "p", "pre"),
        *("section", "table", "td", "th", "tr", "ul"),
    }
)
#: What may stand between a sentence's end and its next word: spaces, an opening quotation
#: mark or bracket, a dash.
_BEFORE_A_WORD = " \t\r\n\u00a0\u201c\u2018\"'([\u2014\u2013"
#: A sentence's end, with any closing quotation mark or bracket after it; a colon, after
#: which a quotation opens, and a list's bullet or middle dot, after which an item does.
_SENTENCE_END = re.compile(r"[.!?\u2026:\u00b7\u2022][\"'\u201d\u2019)\]]*$")
#: Text that pdf.css sets with ``hyphens: manual`` already (headings, footnotes): read for
#: names, but not marked.
_NEVER_HYPHENATED_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_NEVER_HYPHENATED_CLASSES = ("footnote", KEPT_WHOLE)


def _in_heading(text: NavigableString) -> bool:
    return any(parent.name in _NEVER_HYPHENATED_TAGS for parent in text.parents)


def _never_hyphenated(text: NavigableString) -> bool:
    for parent in text.parents:
        if parent.name in _NEVER_HYPHENATED_TAGS:
            return True
        if any(name in parent.get("class", ()) for name in _NEVER_HYPHENATED_CLASSES):
            return True
    return False


def _block_of(text: NavigableString) -> Tag:
    for parent in text.parents:
        if parent.name in _BLOCKS or "footnote" in parent.get("class", ()):
            return parent
    return text.parent


def _texts(soup: BeautifulSoup) -> Iterator[tuple[NavigableString, bool]]:
    """Each text of ``soup`` (not a comment), with whether its words are a language's: not
    code or an address."""
    from bs4 import NavigableString

    for text in soup.find_all(string=True):
        if type(text) is NavigableString:
            yield text, not left_as_written(text)


#: The classes of a note's call: its number is no word of the sentence, and the word after
#: it may open the next one. ``note-call`` is the site's, ``note-anchor`` the PDF's (`pdf_document`).
_NOTE_CALLS = ("note-call", "note-anchor")


def _is_a_note_call(text: NavigableString) -> bool:
    """Whether ``text`` is a note call's number (its link's text, in the call's element)."""
    return any(name in element.get("class", ()) for element in islice(text.parents, 2) for name in _NOTE_CALLS)


def _capitalised(word: str) -> bool:
    return len(word) >= SHORTEST_HYPHENATED and word[0].isupper()


def names_in(soups: Iterable[BeautifulSoup]) -> frozenset[str]:
    """Every capitalised word, as written, that some sentence of ``soups`` has after its start."""
    names: set[str] = set()
    for soup in soups:
        before: dict[int, str] = {}  # each block's text so far, its last characters
        for text, words in _texts(soup):
            if _is_a_note_call(text):
                continue  # "…territory.⁷ According to": the sentence ended before the call
            block = id(_block_of(text))
            so_far = before.get(block, "")
            # A title's words are capitalised as titles are, names or not.
            for match in _WORD.finditer(text) if words and not _in_heading(text) else ():
                if _capitalised(match[0]):
                    preceding = (so_far + text[: match.start()]).rstrip(_BEFORE_A_WORD)
                    if preceding and not _SENTENCE_END.search(preceding):
                        names.add(match[0])
            before[block] = (so_far + text)[-8:]
    return frozenset(names)


def keep_names_whole(soup: BeautifulSoup, names: frozenset[str], listed: ListedWords) -> None:
    """Set each of ``names`` in ``soup``'s text whole, but the editors' listed words; a run
    of names with single spaces between them ("Western Australian Museum") as one."""
    for text, words in list(_texts(soup)):
        if not words or _never_hyphenated(text):
            continue
        runs: list[list[int]] = []  # [start, end] of each run of names
        for match in _WORD.finditer(text):
            word = match[0]
            if word not in names or word.lower() in listed.places:
                continue
            if runs and text[runs[-1][1] : match.start()] == " ":
                runs[-1][1] = match.end()
            else:
                runs.append([match.start(), match.end()])
        if not runs:
            continue
        # A link with a name in it is marked whole (a glossary entry's, "Convention on
        # Biological Diversity"): WeasyPrint tags an element's text inside a link apart from
        # it, and the part of a link that a line holds was a Link without text.
        whole = text.find_parent("a")
        if whole is None and runs == [[0, len(text)]] and len(text.parent.contents) == 1:
            whole = text.parent  # an element that is all names: marked itself, with no more elements
        if whole is not None and whole.name not in ("html", "body"):
            if KEPT_WHOLE not in whole.get("class", ()):
                whole["class"] = [*whole.get("class", []), KEPT_WHOLE]
            continue
        pieces, cursor = [], 0
        for start, end in runs:
            pieces += [text[cursor:start], kept_whole(soup, text[start:end])]
            cursor = end
        pieces.append(text[cursor:])
        text.replace_with(*(piece for piece in pieces if piece))
