"""A full stop typed at the end of a name or a title (``Lakes.``, ``term: Iceland.``), told from
an abbreviation's (``U.S.A.``, ``Acme Corp.``, ``Natl.``), which is the name's own.

Plain `re` and `unicodedata`: the glossary reads it at config time, the BibTeX style checks
for every entry.
"""

from __future__ import annotations

import unicodedata

from .deferred_patterns import DeferredPattern

#: A word of four letters or more, then the value's last full stop (``Lakes.``): not an
#: initial's or a short abbreviation's (``U.S.A.``, ``Inc.``, ``Co.``).
_WORD_AND_STOP = DeferredPattern(r"(?<![\w.])([^\W\d_]{4,})\.$")
#: An abbreviated word of two to six letters before the last (an initial is a name's):
#: joined by a hyphen (``Eur.-Asia Stud.``), or one of two or more (``Proc. Natl. Acad.``).
#: One alone may end a sentence inside a title (``Rivers. A History``), so is not enough.
_ABBREVIATED_BEFORE = DeferredPattern(r"(?<![\w.])[^\W\d_]{2,6}\.(?:-|\s(?=.*(?<![\w.])[^\W\d_]{2,6}\.\s))")
#: Abbreviations of four letters or more that a title or a name ends with.
_ABBREVIATIONS = frozenset((
    "acad", "assn", "assoc", "bros", "comm", "corp", "dept", "diss", "govt", "inst", "intl", "ltda", "natl", "publ",
    "repr", "suppl", "trans", "univ",
))  # fmt: skip
#: A vowel of the Latin, Greek or Cyrillic alphabets, without its accent: a word of those
#: with none (``Natl``, ``Mfg``) is an abbreviation.
_VOWELS = frozenset("aeiouyαεηιουωаеёиоуыэюяієї")


def word_and_stop(value: str) -> str | None:
    """The last word and the full stop that ``value`` ends with (``Lakes.``), if it is a
    word's, not an abbreviation's; None otherwise."""
    value = value.rstrip()
    if not value.endswith("."):  # nearly every value: no search from each of its characters
        return None
    found = _WORD_AND_STOP.search(value)
    if found is None or _ABBREVIATED_BEFORE.search(value[: found.start()]):
        return None
    word = found.group(1).casefold()
    if word in _ABBREVIATIONS or not _VOWELS.intersection(unicodedata.normalize("NFD", word)):
        return None
    return found.group(0)
