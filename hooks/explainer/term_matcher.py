"""Find glossary terms in running text: one pass, one compiled matcher for all terms.

Matching is case-insensitive, ignores tone marks and other diacritics, takes whole
words, accepts a plural on the last word (English's by default), and prefers the longest term that starts
at a word ("Silk Road Economic Belt" over "Silk Road"). Between a term's words the text
must have what the name has: spaces and hyphens alike, apostrophes alike, other
punctuation as written ("U.S. Army", "Côte d'Ivoire", but not "and/or" for "and or").

All terms are compiled into one Aho-Corasick automaton (``ahocorasick_rs``, Rust's
``aho-corasick``), which reads the text once whatever the number of entries: Python
steps only through what it finds.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from operator import itemgetter

import ahocorasick_rs

from .scripts import written_without_spaces

_WORD = re.compile(r"[^\W_]+")
#: What may stand between two words of one term: spaces and hyphens.
_JOINER_CHARACTER = r"[\s\-\u2010\u2011\u00a0]"
_JOINER = re.compile(_JOINER_CHARACTER + "+")
#: Two joiners or more in a row: the automaton reads them as one space.
_JOINER_RUN = re.compile(_JOINER_CHARACTER + "{2,}")


def _fold_char(char: str) -> str:
    parts = (part for part in unicodedata.normalize("NFKD", char) if not unicodedata.combining(part))
    return "".join(part.casefold() for part in parts)


def _spaced_end(char: str) -> bool:
    """Whether a term ending in ``char`` ends at a word boundary: not in a script written
    without spaces."""
    return not written_without_spaces(char)


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
#: For `bytes.translate`: each ASCII character folded (lower-cased), as `_FOLD_TABLE` folds it.
_ASCII_FOLDED = bytes(range(256)).lower()


def _translated(text: str, ascii_table: bytes, table: Mapping[int, str]) -> str:
    """``text.translate(table)``, where ``ascii_table`` (for `bytes.translate`) maps every
    ASCII character as ``table`` does.

    `str.translate` reads each character of a text that is not all ASCII through the
    mapping, some 25 ns a character: a page's text with a curly quote in it took 1 ms to
    fold. Most such text is ASCII but for a few characters: the ASCII is translated as
    bytes, at C speed, and only the others through ``table``."""
    if len(text) < 64:
        return text.translate(table)
    encoded = text.encode("ascii", "replace")  # each other character as one ``?``
    if encoded.count(b"?") * 8 > len(text):  # another script than Latin's, most likely
        return text.translate(table)
    done = encoded.translate(ascii_table).decode("ascii")
    pieces: list[str] = []
    last = 0
    at = encoded.find(b"?")
    while at >= 0:
        char = text[at]
        if char != "?":
            pieces += (done[last:at], table[ord(char)])
            last = at + 1
        at = encoded.find(b"?", at + 1)
    if not pieces:
        return done
    pieces.append(done[last:])
    return "".join(pieces)


def fold_with_offsets(text: str) -> tuple[str, Sequence[int]]:
    """``text`` without diacritics and case, and for each folded character its index in ``text``."""
    if text.isascii():
        # Most text is plain ASCII: folding is lower-casing, and offsets are unchanged.
        return text.lower(), range(len(text))
    folded = _translated(text, _ASCII_FOLDED, _FOLD_TABLE)
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
    return _translated(folded, _ASCII_SPACED, _SPACED_TABLE)


def fold(text: str) -> str:
    return fold_with_offsets(text)[0]


#: What may stand for an apostrophe: the straight one and the typographic ones.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


def _separators_alike(folded: str) -> str:
    """``folded`` with each run of joiners as one space and each apostrophe as ``'``."""
    return _JOINER.sub(" ", folded.translate(_APOSTROPHES))


def name_form(text: str) -> str:
    """A term's name as the matcher compares it: folded, from its first letter or digit to
    its last, each run of spaces and hyphens as one space, each apostrophe as ``'``; "" if
    it has no word."""
    folded = fold(text)
    found = [word.span() for word in _WORD.finditer(folded)]
    return _separators_alike(folded[found[0][0] : found[-1][1]]) if found else ""


#: How an English word makes its plural: an ending added (``s``), or one replaced (``y>ies``).
ENGLISH_PLURALS = ("s", "es", "y>ies")


def plural_forms(word: str, rules: Sequence[str] = ENGLISH_PLURALS) -> set[str]:
    """The word and its plurals by ``rules``: an ending added (``s``: river, rivers), or one
    ending replaced by another (``y>ies``: party, parties; ``al>aux``: journal, journaux)."""
    forms = {word}
    for rule in rules:
        ending, _, plural = rule.rpartition(">")
        if word.endswith(ending):
            forms.add(word[: len(word) - len(ending)] + plural)
    return forms


class EveryWordPlurals(tuple[str, ...]):
    """Plural rules for a language whose names take the plural on each word, not only on
    the last (French: "bassin versant", "bassins versants"; "droit de l'homme", "droits
    de l'homme"): `glossary_plural_words: every`."""


#: A name's forms with a plural on any of its words, beyond which only its last word's
#: are made: a long name would otherwise give thousands.
_MOST_PLURAL_FORMS = 256


def plural_names(name: str, rules: Sequence[str]) -> list[str]:
    """``name``'s plurals: on its last word, or on any of its words by `EveryWordPlurals`."""
    words = list(_WORD.finditer(name))
    choices = [sorted(plural_forms(word.group(), rules)) for word in words]
    if isinstance(rules, EveryWordPlurals) and math.prod(map(len, choices)) <= _MOST_PLURAL_FORMS:
        forms = []
        for chosen in itertools.product(*choices):
            pieces, end = [], 0
            for word, form in zip(words, chosen, strict=True):
                pieces += [name[end : word.start()], form]
                end = word.end()
            forms.append("".join(pieces) + name[end:])
        return forms
    last = words[-1]
    return [name[: last.start()] + form + name[last.end() :] for form in choices[-1]]


#: The slug of a longer name given only so that a term inside it is not found there (an
#: entry's ``not_in``: "England" in "Bank of England"): `TermMatcher.find`
#: passes over its words and reports nothing.
NOT_A_USE = ""

#: A term found in text: ``(start, end, slug)``, ``text[start:end]`` naming the entry
#: ``slug``. A plain tuple: a named one costs five times as much to make, and a large
#: glossary finds a term every dozen words.
TermMatch = tuple[int, int, str]

#: A pattern's shape, by the byte `TermMatcher` keeps for it: whether it has a space before
#: the name, whether it has one after it, and whether what stands between the name's words
#: is checked in the text (the name holds more than letters, digits and spaces).
_SHAPES = tuple((lead, trail, checked) for checked in (False, True) for trail in (0, 1) for lead in (0, 1))
_SHAPE_BYTES = {shape: byte for byte, shape in enumerate(_SHAPES)}
#: The key that sorts the automaton's matches by where they start.
_START = itemgetter(1)


class TermMatcher:
    """All terms and aliases of a glossary in one compiled Aho-Corasick automaton.

    Each term is stored as its folded words between single spaces, with a space on either
    side (but at an end in a script written without spaces, "一带一路倡议" holding
    "一带一路"); the automaton reads the text with every character that is not a letter or digit
    as a space (`spaced`), so a term only ever matches whole words. It reads the text once,
    in compiled code, whatever the number of entries; Python steps only through the terms
    it finds.
    """

    def __init__(self, terms: Iterable[tuple[str, str]], plurals: Sequence[str] = ENGLISH_PLURALS) -> None:
        """``terms``: (text of a term or alias, entry slug) pairs; the first pair for a name wins.
        A pair whose slug is `NOT_A_USE` names words in which no term is found.

        A name wins over another name's plural too. ``plurals``: how a name's last word makes
        its plural (`plural_forms`), in the article's language.
        """
        folded_rules = [fold(rule) for rule in plurals]
        plurals = EveryWordPlurals(folded_rules) if isinstance(plurals, EveryWordPlurals) else folded_rules
        slugs: dict[str, str] = {}  # each name as `name_form` gives it
        named = [(name, slug) for text, slug in terms if (name := name_form(text))]
        for name, slug in named:
            slugs.setdefault(name, slug)
        # Then a plural on the last word, where no name has those words: "RAAs", the plural
        # of one entry's "RAA", must not take "RAAS" from the entry of that name.
        for name, slug in named:
            for form in plural_names(name, plurals):
                slugs.setdefault(form, slug)
        #: By pattern: the name if anything but letters and digits is in it (what stands
        #: between its words, to check in the text), else None; and the entry it names.
        self._checked = [None if name.isalnum() else name for name in slugs]
        self._slugs = list(slugs.values())
        # Standard matching: every term found, overlapping ones too; `find` picks among them.
        # A name is spaced as the text is (`automaton_text`), so "U.S. Army" finds "U.S. Army".
        spaced_ends = [(_spaced_end(name[0]), _spaced_end(name[-1])) for name in slugs]
        #: By pattern, its index in `_SHAPES`: one byte, where `find` read a tuple of its own
        #: for each match. A large glossary's objects do not stay in the processor's caches
        #: from one match to the next, and each one `find` reads for a match may wait on
        #: memory; the bytes of 10,000 entries' 51,000 patterns take 51 KB.
        self._shapes = bytes(
            _SHAPE_BYTES[lead, trail, checked is not None]
            for (lead, trail), checked in zip(spaced_ends, self._checked, strict=True)
        )
        ends = zip(slugs, spaced_ends, strict=True)
        patterns = [" " * lead + spaced(name) + " " * trail for name, (lead, trail) in ends]
        standard = ahocorasick_rs.MatchKind.Standard
        self._automaton = ahocorasick_rs.AhoCorasick(patterns, matchkind=standard) if patterns else None
        #: Matches looked at in Python by `find` so far: what matching costs beyond the
        #: automaton's pass over the text, for tests and benchmarks.
        self.steps = 0

    def __len__(self) -> int:
        return len(self._slugs)

    def find(self, text: str) -> list[TermMatch]:
        """Every term in ``text``, left to right, longest first, never overlapping; none
        inside a name given as `NOT_A_USE`."""
        if self._automaton is None:
            return []
        folded, offsets = fold_with_offsets(text)
        haystack, collapsed = automaton_text(folded)
        found = self._automaton.find_matches_as_indexes(haystack, overlapping=True)
        if not found:
            return []
        self.steps += len(found)
        # Every term found, overlapping ones too, in the order their ends were read: by
        # where each starts, and at each start the longest first (it ends last).
        found.reverse()
        found.sort(key=_START)
        shapes, checked, slugs = self._shapes, self._checked, self._slugs
        startswith = folded.startswith
        resume = 0
        terms: list[TermMatch] = []  # in ``folded``'s indices until mapped below
        append = terms.append
        for index, start, end in found:
            if start < resume:  # inside the term just taken, or shorter where it starts
                continue
            # The name is in the haystack from start + lead to end - trail; the haystack's
            # index i is the folded text's i - 1.
            lead, trail, check = _SHAPES[shapes[index]]
            if collapsed is None:
                first, after = start + lead - 1, end - trail - 1
            else:
                first, after = collapsed.original(start + lead) - 1, collapsed.original(end - trail - 1)
            # Between its words the text has what the name has, joiners and apostrophes
            # taken alike: "and/or" is not the name "and or". Most are written as the name is.
            if check:
                name = checked[index]
                if not startswith(name, first) and _separators_alike(folded[first:after]) != name:
                    continue
            slug = slugs[index]
            if slug != NOT_A_USE:  # a longer name that is no use: its words are passed over
                append((first, after, slug))
            resume = end - trail  # the space after a term may be the space before the next
        if type(offsets) is range:  # one folded character for each of the text's: nothing to map
            return terms
        # The match ends where the next folded character starts: a combining accent
        # written after the last letter (it folds to nothing) stays inside the match.
        length = len(folded)
        return [(offsets[first], offsets[after] if after < length else len(text), slug) for first, after, slug in terms]


def automaton_text(folded: str) -> tuple[str, _Collapsed | None]:
    """What the automaton reads for ``folded`` (`fold_with_offsets`), and the map back if joiner runs were collapsed.

    Every character that is not a letter or digit is a space, with a space before and
    after, so that a term at either end is whole words too: index i in it is index i - 1
    in ``folded``, unless a run of joiners was read as one space (`_Collapsed`).
    """
    haystack = " " + spaced(folded) + " "
    if not _has_joiner_run(folded):
        return haystack, None
    collapsed = _Collapsed(folded, haystack)
    return collapsed.text, collapsed


#: For `bytes.translate`: each joiner as a space, every other byte as ``x``.
_ASCII_JOINERS = bytes(32 if _JOINER.fullmatch(chr(code)) else 120 for code in range(128)) + b"x" * 128


def _has_joiner_run(folded: str) -> bool:
    """Whether two joiners stand side by side somewhere in ``folded`` ("Silk - Road")."""
    if folded.isascii():  # nearly always: a byte translation and a search, at C speed
        return b"  " in folded.encode("ascii").translate(_ASCII_JOINERS)
    return _JOINER_RUN.search(folded) is not None


class _Collapsed:
    """The haystack of ``folded`` with each run of two or more joiners read as one space."""

    __slots__ = ("_breaks", "_removed", "text")

    def __init__(self, folded: str, haystack: str) -> None:
        pieces: list[str] = []
        #: Where, in ``text``, each collapsed run's one space is, and how many characters
        #: were taken out up to and including that run.
        self._breaks: list[int] = []
        self._removed: list[int] = []
        kept = removed = 0
        for run in _JOINER_RUN.finditer(folded):
            run_start, run_end = run.start() + 1, run.end() + 1  # in the haystack
            pieces += (haystack[kept:run_start], " ")
            self._breaks.append(run_start - removed)
            removed += run_end - run_start - 1
            self._removed.append(removed)
            kept = run_end
        pieces.append(haystack[kept:])
        self.text = "".join(pieces)

    def original(self, index: int) -> int:
        """The index in the uncollapsed haystack of ``text[index]``, a letter or digit."""
        run = bisect_right(self._breaks, index)
        return index + (self._removed[run - 1] if run else 0)
