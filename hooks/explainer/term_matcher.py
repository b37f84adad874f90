"""Find glossary terms in running text: one pass over the words, one index of all terms.

Matching is case-insensitive, ignores tone marks and other diacritics, takes whole
words, accepts a plural on the last word, and prefers the longest term that starts
at a word ("Silk Road Economic Belt" over "Silk Road"). The index is keyed by a
term's first word, so the cost per word of text does not grow with the number of
entries: each word looks up one short list of candidates.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

_WORD = re.compile(r"[^\W_]+")
#: What may stand between two words of one term: spaces and hyphens.
_JOINER = re.compile(r"[\s\-\u2010\u2011\u00a0]+")


def _fold_char(char: str) -> str:
    parts = (part for part in unicodedata.normalize("NFKD", char) if not unicodedata.combining(part))
    return "".join(part.casefold() for part in parts)


class _FoldTable(dict):
    """Each character's folded form, by code point, made the first time it is met (for `str.translate`).

    Names repeat the same few accented letters; most characters fold to one character.
    Those that do not (``ß`` to ``ss``, a combining accent to nothing) are kept in `uneven`.
    """

    def __init__(self) -> None:
        super().__init__()
        self.uneven: set[str] = set()

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = self[code] = _fold_char(char)
        if len(folded) != 1:
            self.uneven.add(char)
        return folded


_FOLD_TABLE = _FoldTable()


def fold_with_offsets(text: str) -> tuple[str, Sequence[int]]:
    """``text`` without diacritics and case, and for each folded character its index in ``text``."""
    if text.isascii():
        # Most text is plain ASCII: folding is lower-casing, and offsets are unchanged.
        return text.lower(), range(len(text))
    folded = text.translate(_FOLD_TABLE)
    if _FOLD_TABLE.uneven.isdisjoint(text):
        return folded, range(len(text))  # one folded character for each: offsets are unchanged
    offsets: list[int] = []
    for index, char in enumerate(text):
        offsets.extend([index] * len(_FOLD_TABLE[ord(char)]))
    return folded, offsets


def fold(text: str) -> str:
    return fold_with_offsets(text)[0]


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def plural_forms(word: str) -> set[str]:
    """The word and its English plurals: -s, -es, -y to -ies."""
    forms = {word, word + "s", word + "es"}
    if word.endswith("y"):
        forms.add(word[:-1] + "ies")
    return forms


class TermMatch(NamedTuple):
    """A term found in text: ``text[start:end]`` names the entry ``slug``."""

    # A named tuple: made once per match, it must cost little more than a tuple.
    start: int
    end: int
    slug: str


class _Node:
    """A word in the trie of terms: the words that may follow it, and the entry a term ending here names."""

    __slots__ = ("next", "slug")

    def __init__(self) -> None:
        self.next: dict[str, _Node] = {}
        self.slug: str | None = None


class TermMatcher:
    """All terms and aliases of a glossary in one trie of words.

    Matching walks the trie from each word of the text: the work per word is the length
    of the longest term that starts there, whatever the number of entries.
    """

    def __init__(self, terms: Iterable[tuple[str, str]]) -> None:
        """``terms``: (text of a term or alias, entry slug) pairs; the first pair for a name wins."""
        self._root = _Node()
        self.size = 0
        #: Trie steps taken by `find` so far: what matching costs, for tests and benchmarks.
        self.steps = 0
        for text, slug in terms:
            term_words = words(text)
            if term_words:
                self._insert(term_words, slug)

    def _insert(self, term_words: list[str], slug: str) -> None:
        nodes = [self._root]
        for word in term_words[:-1]:
            nodes = [node.next.setdefault(word, _Node()) for node in nodes]
        for node in nodes:
            for form in plural_forms(term_words[-1]):  # a plural on the last word
                end = node.next.setdefault(form, _Node())
                if end.slug is None:
                    end.slug = slug
                    self.size += 1

    def __len__(self) -> int:
        return self.size

    def find(self, text: str) -> Iterator[TermMatch]:
        """Every term in ``text``, left to right, longest first, never overlapping."""
        folded, offsets = fold_with_offsets(text)
        tokens = list(_WORD.finditer(folded))
        first_words = self._root.next
        count = len(tokens)
        self.steps += count  # one look-up per word; longer terms add theirs below
        position = 0
        while position < count:
            token = tokens[position]
            node = first_words.get(token.group())
            if node is None:
                position += 1
                continue
            best = (node.slug, 1) if node.slug is not None else None
            # Walk on while the next words continue a term (most words are one space apart).
            index, previous_end = position + 1, token.end()
            while node.next and index < count:
                following = tokens[index]
                start = following.start()
                if (start != previous_end + 1 or folded[previous_end] != " ") and not _JOINER.fullmatch(
                    folded, previous_end, start
                ):
                    break
                self.steps += 1
                node = node.next.get(following.group())
                if node is None:
                    break
                index += 1
                if node.slug is not None:
                    best = (node.slug, index - position)
                previous_end = following.end()
            if best is None:
                position += 1
                continue
            slug, length = best
            last = tokens[position + length - 1]
            # The match ends where the next folded character starts: a combining accent
            # written after the last letter (it folds to nothing) stays inside the match.
            end = offsets[last.end()] if last.end() < len(folded) else len(text)
            yield TermMatch(offsets[token.start()], end, slug)
            position += length
