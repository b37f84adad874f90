"""An ordinal number's ending, as a language writes it after the digits: ``2nd``, ``1re``.

A note's edition is numbered so (``note_words.edition``, ``{number}{suffix} éd.``). French
writes the first ``1re`` (``1er`` for a masculine word) and every other ``e``: an edition
(``édition``, feminine) written ``{number}e`` read ``1e éd.``, which French does not write.
"""

from __future__ import annotations

from .interface_words import primary_subtag


def english_suffix(number: int) -> str:
    """``st``, ``nd``, ``rd`` or ``th``: ``1st``, ``12th``, ``22nd``."""
    if 10 <= number % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def french_suffix(number: int) -> str:
    """``re`` for the first (an edition is feminine: ``1re éd.``), ``e`` for the others."""
    return "re" if number == 1 else "e"


#: By the language's primary subtag; any other language gets English's.
_SUFFIXES = {"fr": french_suffix}


def ordinal_suffix(number: int, language: str) -> str:
    """The ending of ``number`` as an ordinal of an edition in ``language`` (a BCP 47 tag)."""
    return _SUFFIXES.get(primary_subtag(language), english_suffix)(number)
