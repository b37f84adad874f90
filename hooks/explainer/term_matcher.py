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
from itertools import accumulate, compress, count
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


#: For `bytes.translate`: each ASCII letter and digit as itself, every other byte as a space.
_ASCII_SPACED = bytes(code if chr(code).isalnum() else 32 for code in range(128)) + b" " * 128


class _SpacedTable(dict):
    """Each character as itself if it is a letter or digit, else as a space (for `str.translate`)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        value = self[code] = char if char.isalnum() else " "
        return value


_SPACED_TABLE = _SpacedTable()


def spaced(folded: str) -> str:
    r"""``folded`` with every character that is not a letter or digit turned into a space.

    The same length, so an index into it is an index into ``folded``; ``str.split`` on it
    gives the words ``[^\W_]+`` would find, at C speed (a letter or digit is what
    ``str.isalnum`` says, as for the regular expression).
    """
    if folded.isascii():
        return folded.encode("ascii").translate(_ASCII_SPACED).decode("ascii")
    return folded.translate(_SPACED_TABLE)


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
        # Everything done for every word runs at C speed: the split, the test of each
        # word against the terms' first words, the words' places. Python steps only
        # through the words that can start a term, and looks up the next word in the
        # trie before it checks what stands between the two (most starts stop there).
        folded, offsets = fold_with_offsets(text)
        words_only = spaced(folded)
        # Split at each space: a run of n spaces leaves n - 1 empty parts, so part i
        # starts at the length of the parts before it plus i.
        parts = words_only.split(" ")
        first_words = self._root.next
        self.steps += len(parts) - parts.count("")  # one look-up per word; longer terms add theirs below
        starts = list(compress(count(), map(first_words.__contains__, parts)))
        if not starts:
            return
        before = list(accumulate(map(len, parts), initial=0))
        last = len(parts)
        resume = 0
        for position in starts:
            if position < resume:  # inside the term just found
                continue
            word = parts[position]
            node = first_words[word]
            start = before[position] + position
            end = start + len(word)
            best = (node.slug, end, position + 1) if node.slug is not None else None
            index, previous_end = position + 1, end
            while node.next:
                while index < last and not parts[index]:
                    index += 1
                if index == last:
                    break
                self.steps += 1
                node = node.next.get(parts[index])
                if node is None:
                    break
                following = before[index] + index
                # Most words of a term are one space apart; anything else must be a joiner.
                if (following != previous_end + 1 or folded[previous_end] != " ") and not _JOINER.fullmatch(
                    folded, previous_end, following
                ):
                    break
                previous_end = following + len(parts[index])
                index += 1
                if node.slug is not None:
                    best = (node.slug, previous_end, index)
            if best is None:
                continue
            slug, stop, resume_at = best
            # The match ends where the next folded character starts: a combining accent
            # written after the last letter (it folds to nothing) stays inside the match.
            yield TermMatch(offsets[start], offsets[stop] if stop < len(folded) else len(text), slug)
            resume = resume_at
