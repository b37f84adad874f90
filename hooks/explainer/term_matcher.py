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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

_WORD = re.compile(r"[^\W_]+")
#: What may stand between two words of one term: spaces and hyphens.
_JOINER = re.compile(r"[\s\-\u2010\u2011\u00a0]+")


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """``text`` without diacritics and case, and for each folded character its index in ``text``."""
    folded: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char):
            if unicodedata.combining(part):
                continue
            for lowered in part.casefold():
                folded.append(lowered)
                offsets.append(index)
    return "".join(folded), offsets


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


@dataclass(frozen=True)
class TermMatch:
    """A term found in text: ``text[start:end]`` names the entry ``slug``."""

    start: int
    end: int
    slug: str


@dataclass(frozen=True)
class _Term:
    words: tuple[str, ...]
    slug: str
    length: int


class TermMatcher:
    """All terms and aliases of a glossary, indexed by first word."""

    def __init__(self, terms: Iterable[tuple[str, str]]) -> None:
        """``terms``: (text of a term or alias, entry slug) pairs."""
        index: dict[str, list[_Term]] = {}
        for text, slug in terms:
            term_words = tuple(words(text))
            if not term_words:
                continue
            term = _Term(term_words, slug, len(fold(text)))
            keys = plural_forms(term_words[0]) if len(term_words) == 1 else {term_words[0]}
            for key in keys:
                index.setdefault(key, []).append(term)
        for candidates in index.values():
            candidates.sort(key=lambda term: (-len(term.words), -term.length))
        self._index = index

    def __len__(self) -> int:
        return len(self._index)

    def find(self, text: str) -> Iterator[TermMatch]:
        """Every term in ``text``, left to right, longest first, never overlapping."""
        folded, offsets = fold_with_offsets(text)
        tokens = list(_WORD.finditer(folded))
        position = 0
        while position < len(tokens):
            matched = self._match_at(tokens, position, folded)
            if matched is None:
                position += 1
                continue
            term, count = matched
            first, last = tokens[position], tokens[position + count - 1]
            yield TermMatch(offsets[first.start()], offsets[last.end() - 1] + 1, term.slug)
            position += count

    def _match_at(self, tokens: list[re.Match[str]], position: int, folded: str) -> tuple[_Term, int] | None:
        word = tokens[position].group()
        for term in self._index.get(word, ()):
            count = len(term.words)
            if position + count > len(tokens):
                continue
            if self._words_match(term, tokens, position, folded):
                return term, count
        return None

    @staticmethod
    def _words_match(term: _Term, tokens: list[re.Match[str]], position: int, folded: str) -> bool:
        last = len(term.words) - 1
        for offset, expected in enumerate(term.words):
            token = tokens[position + offset]
            word = token.group()
            if offset == last:
                if word not in plural_forms(expected):
                    return False
            elif word != expected:
                return False
            if offset:
                gap = folded[tokens[position + offset - 1].end() : token.start()]
                if not _JOINER.fullmatch(gap):
                    return False
        return True
