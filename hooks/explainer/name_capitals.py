"""A name's words typed in capitals: initials run together, or a family name set so.

Web of Science, Scopus and PubMed write a given name's initials run together, without
full stops (``Smith, JA``): each capital is an initial, printed ``J. A. Smith`` as the house
style writes initials (`run_initials`). A given name typed in capitals (``LI, YU``, ``Smith,
IAN``) may be initials or a name, and is printed as a name, its first letter, with a warning
(`ambiguous_capitals`). A name written given name first with its family name in capitals
(``Moustapha KA``, as many French sources and HAL write it) is printed as typed, capitals and
all, with a warning saying how to write it (`family_in_capitals`): only the editor knows the
case the person writes it in (``Ka``, ``McDonald``, ``de La Fontaine``). So is a name all in
capitals, as library catalogues write names (``JOHN SMITH``, ``SMITH, JOHN``:
`whole_name_in_capitals`), and the warning offers it capitalised word by word
(`in_upper_and_lower`). Capitals after one name that spell a Roman number (``Henry VIII``,
``Jinping XI``: `regnal_number`) may be a monarch's number or, two of them that spell a
syllable too (``XI``, ``VI``: `number_or_family`), a family name in capitals.
"""

from __future__ import annotations

import re
import unicodedata

from .deferred_patterns import DeferredPattern

#: Vowels, without their accents: capitals without one (``JM``, ``JRR``) are initials.
_VOWELS = frozenset("AEIOUYАЕЁИОУЫЭЮЯ")
#: A name's suffixes, which a name written ``Smith, III`` puts where the given name goes: no initials.
_SUFFIXES = frozenset({"II", "III", "IV"})
#: Roman numerals, which end a name (``Leo XIV``): no family name.
_ROMAN = DeferredPattern(r"[IVX]+")
#: A regnal number of two letters or more, as it is written (``II`` to ``XXXIX``): ``IIV`` is none.
_REGNAL = DeferredPattern(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")
#: A word of a name, its letters in runs of two or more (``JOHN``, ``JEAN-LUC``, ``O'BRIEN``),
#: which no initials are (``J.``, ``J.-P.``).
_WHOLE_WORD = DeferredPattern(r"[^\W\d_]{2,}(?:[-'’][^\W\d_]{2,})*")


def _capitals(word: str) -> bool:
    """Whether ``word`` is two or three capitals and nothing else (``JA``, ``JRR``, ``YU``), or
    four without a vowel (``JMRK``): ``JOHN`` is a name in capitals."""
    if not 2 <= len(word) <= 4 or not word.isalpha() or not word.isupper() or word in _SUFFIXES:
        return False
    return len(word) < 4 or not _has_vowel(word)


def _has_vowel(word: str) -> bool:
    return not _VOWELS.isdisjoint(unicodedata.normalize("NFD", word).upper())


def run_initials(word: str, family: str) -> list[str] | None:
    """The initials ``word``, a word of a given name, runs together, each with its full stop
    (``JA``: ``J.``, ``A.``), where it can be nothing else: capitals without a vowel (``JM``,
    ``JRR``, ``JMRK``), or two capitals beside a family name written in upper and lower case (``Smith,
    JA``, as Web of Science writes it). None for a name (``Yu``) and for capitals that may be
    one (`ambiguous_capitals`)."""
    if not _capitals(word):
        return None
    if _has_vowel(word) and (len(word) > 2 or not any(letter.islower() for letter in family)):
        return None
    return [f"{letter}." for letter in word]


def ambiguous_capitals(given: str, family: str) -> str | None:
    """The word of ``given`` typed in capitals that may be a name or initials run together:
    with a vowel, beside a family name in capitals too (``LI, YU``, ``NG, AL``), or of three
    letters or more (``Smith, IAN``, ``Smith, JAM``). None if there is none."""
    for word in given.split():
        if _capitals(word) and run_initials(word, family) is None:
            return word
    return None


def as_initials(word: str) -> str:
    """``JAM`` as initials, each with its full stop: ``J. A. M.``."""
    return " ".join(f"{letter}." for letter in word)


def as_name(word: str) -> str:
    """``KA`` as a name is mostly written, a capital then small letters, each part of a
    hyphenated or apostrophed name so (``Ka``, ``Dupont-Aignan``, ``O'Brien``)."""
    return re.sub(r"[^\W\d_]+", lambda part: part[0][:1].upper() + part[0][1:].lower(), word)


def _all_capitals(word: str) -> bool:
    """Whether ``word`` has two letters or more, all capitals (``KA``, ``DUPONT-AIGNAN``, ``O'BRIEN``)."""
    letters = [character for character in word if character.isalpha()]
    return len(letters) >= 2 and all(letter.isupper() for letter in letters)


def family_in_capitals(words: list[str]) -> tuple[str, str] | None:
    """For a name written given name first (its ``words``, in order) whose last words are in
    capitals and its first not (``Moustapha KA``, ``Jean-Luc DE LA FONTAINE``): the given
    name and the words in capitals, which BibTeX may have read as the family name and part
    of the given name. None for another name: all in capitals, or ending in a regnal number
    (``Leo XIV``) or a letter (``Malcolm X``)."""
    if not words or not _all_capitals(words[-1]) or _ROMAN.fullmatch(words[-1]):
        return None
    start = len(words)
    while start > 0 and _all_capitals(words[start - 1]):
        start -= 1
    given = words[:start]
    if not given or not any(letter.islower() for letter in "".join(given)):
        return None
    return " ".join(given), " ".join(words[start:])


def regnal_number(words: list[str]) -> str | None:
    """For a name written given name first (its ``words``), one name and a number after it,
    as a monarch or a pope is named (``Henry VIII``, ``Jinping XI``): the number, which BibTeX
    reads as a family name. None for another name."""
    if len(words) != 2 or not any(letter.islower() for letter in words[0]) or not _REGNAL.fullmatch(words[1]):
        return None
    return words[1]


def number_or_family(word: str) -> bool:
    """Whether ``word``, a regnal number (`regnal_number`), may be a family name typed in
    capitals as well: two letters, a consonant then a vowel, a syllable as ``Xi`` is (``XI``,
    ``VI``). ``IV``, ``II`` or ``XV`` is nobody's."""
    return len(word) == 2 and not _has_vowel(word[0]) and _has_vowel(word[1])


def whole_name_in_capitals(given: str, family: str, *, given_first: bool) -> bool:
    """Whether a name is all in capitals (``JOHN SMITH``, ``SMITH, JOHN``), as library
    catalogues and some exports write names: no letter is small, and its given name holds a
    word of a name (``JOHN``, ``JEAN-LUC``, `_name_word`), not only initials (``SMITH, JM``)
    or capitals that may be initials run together (``LI, YU``: `ambiguous_capitals`)."""
    letters = [letter for letter in given + family if letter.isalpha()]
    if not letters or not all(letter.isupper() for letter in letters) or not _all_capitals(family):
        return False
    return any(_name_word(word, given_first=given_first) for word in given.split())


def _name_word(word: str, *, given_first: bool) -> bool:
    """Whether ``word``, in capitals, is a name's, not initials: four letters or more with a
    vowel, or a hyphen (``JOHN``, ``JEAN-LUC``); given name first, three with a vowel too
    (``WEI LI``, ``ANA SMITH``), where Web of Science, which runs initials together, never
    writes them (``SMITH, IAN`` may be ``I. A. N.``)."""
    if not _WHOLE_WORD.fullmatch(word) or not _has_vowel(word):
        return False
    return not _capitals(word) or (given_first and len(word) > 2)


def in_upper_and_lower(word: str, *, given_first: bool) -> str:
    """A word of a name in capitals as a name is mostly written (``JOHN``: ``John``, `as_name`);
    initials and capitals that may be initials as typed (``J.``, ``JA``; ``IAN`` after a
    family name)."""
    return as_name(word) if _name_word(word, given_first=given_first) else word
