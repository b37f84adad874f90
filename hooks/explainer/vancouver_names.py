"""Names written as Vancouver style writes them (``Smith J, Doe KA``), which BibTeX misreads.

Medicine's databases (PubMed, Vancouver style) write a name as its family name, then the
initials with no comma, and join names with commas: ``Smith J., Doe K.``. BibTeX reads
``Smith J`` as the given name Smith and the family name J, and ``Smith J., Doe K.`` as one
person, Doe K. Smith J.: the notes would print and sort the names wrong without a word.
`vancouver_rewrite` finds such a list where it can be nothing else (names joined with commas,
or initials with full stops: ``Smith J.A.``) and writes it as BibTeX reads names, ``Smith, J.
and Doe, K.``. ``Smith JA and Doe K`` may also be two people written given name first with
the family name in capitals (``Xiaoming LI``): `ambiguous_rewrite` gives the Vancouver reading
only where a family name no one has makes it the likely one: one letter (``K``), two that no
family name spells (``JA``, ``KM``: `initials_not_family_name`), or three without a vowel
(``JMS``). A name in braces
(``{World Bank}``), one given name first (``Xi Jinping``, ``A. J. Smith``) or with a
particle (``van der Berg, J.``) is no such name, nor one ending in a regnal number (``Leo XIV``).
"""

from __future__ import annotations

import re

from .deferred_patterns import DeferredPattern

#: Roman numerals, which end a name (``Henry VIII``, ``Leo XIV``, ``Malcolm X``): never initials.
_ROMAN = DeferredPattern(r"[IVX]+")
#: "et al." at the end of a list, which Vancouver style writes after the names it gives.
_ET_AL_END = DeferredPattern(r"[\s,]*\bet\.?\s*al\.?\s*$", re.IGNORECASE)
#: What every such list holds and nearly no other: a word, a space, then initials ending a name
#: (``Smith J,``, ``Doe KA``); ``Smith, J.`` has a comma before them.
_MAYBE = re.compile(r"[^\W\d_]{2}\s+[A-Z][A-Z.\-]{0,5}(?=\s*(?:,|$)|\s+and\s)")
#: Family names of two letters, as a name written given name first with its family name in
#: capitals may end (``Xiaoming LI``, ``Thi LE``, ``Andrew NG``, ``Wei QU``, ``Jun GO``):
#: Chinese, Korean, Vietnamese, Japanese and Filipino ones in Latin letters, mostly, and
#: West Africa's (``Amadou BA``, ``Moustapha KA``, ``Ousmane SY``). Two other capitals
#: (``Smith JA``) are initials; a family name this list lacks is written first, with its
#: comma (``KA, Moustapha``), and read as written.
_TWO_LETTER_FAMILY_NAMES = frozenset(
    re.findall(
        r"[A-Z]{2}",
        "AI AN AO AU BA BI BO BU DI DO DU EE EK EU FU GE GO GU HA HE HO HU II IM IP JI JO JU KA KE KI KO KU LA LE"
        " LI LO LU LV LY MA MI MO MU NA NG NI NO OE OH OK OU OW PI PU QI QU RA RI RO RU SI SO SU SY TA TO TU UM"
        " VI VO VU VY WI WU XI XU YE YI YU ZU",
    )
)
#: ``and`` between two names, as BibTeX splits them.
_AND = DeferredPattern(r"\s+and\s+", re.IGNORECASE)


def _initials(token: str) -> str | None:
    """``token`` as initials with full stops (``JA``, ``J.A.``, ``J-P``: ``J. A.``, ``J.-P.``), or None."""
    letters = token.replace(".", "").replace("-", "")
    if token in ("JR.", "SR."):
        return None  # a suffix in capitals (`JOHN SMITH JR.`): `J.R.` has its two full stops
    if not 1 <= len(letters) <= 3 or not letters.isalpha() or not letters.isupper() or _ROMAN.fullmatch(letters):
        return None
    if "-" in token:
        return "-".join(f"{part.replace('.', '')}." for part in token.split("-") if part.replace(".", ""))
    return " ".join(f"{letter}." for letter in letters)


def initials_not_family_name(word: str) -> bool:
    """Whether ``word``, the last of a name as BibTeX read it (its family name), is initials
    that no family name is: one capital (``K``, ``J-P`` too), two that no family name spells
    (``JA``, ``KM``; not ``LI``, ``NG``), or three without a vowel (``JMS``; not ``KIM``)."""
    letters = word.replace("-", "").replace(".", "")
    if not letters.isalpha() or not letters.isupper() or not letters.isascii():
        return False
    if "-" in word or len(letters) == 1:
        return len(letters) <= 3
    if len(letters) == 2:
        return letters not in _TWO_LETTER_FAMILY_NAMES
    return len(letters) == 3 and not set(letters) & set("AEIOUY")


def _vancouver_name(name: str) -> str | None:
    """``name`` (one person's, without a comma) as ``Last, I.`` if it is written
    ``Last I`` (family name, then initials with no comma); None if not."""
    tokens = name.split()
    if len(tokens) < 2 or "{" in name or "}" in name:
        return None
    given = []
    while tokens and (initials := _initials(tokens[-1])) is not None:
        given.insert(0, initials)
        tokens.pop()
    family = tokens
    capitalised = [word for word in family if word[:1].isupper()]
    if not given or not family or len(family[0]) < 2 or not 1 <= len(capitalised) <= 2:
        return None
    if any(_initials(word) is not None or word.endswith(".") for word in family):
        return None  # `A. Smith J.`: initials on both sides, no Vancouver name
    return f"{' '.join(family)}, {' '.join(given)}"


def _rewritten(value: str, *, unambiguous: bool) -> str | None:
    """``value``'s names written as BibTeX reads them, if one is written as Vancouver style
    writes them (with ``unambiguous``, in a form that can be no other: joined with commas, or
    initials with full stops); None if none is."""
    if not _MAYBE.search(value):
        return None
    if "{" in value and value.strip().startswith("{") and value.strip().endswith("}"):
        return None  # a name in braces, written as it is
    listed = _ET_AL_END.sub("", value)
    others = listed != value
    written, found = [], False
    for name in _AND.split(listed.strip()):
        pieces = [piece.strip() for piece in name.split(",")]
        rewritten = [_vancouver_name(piece) for piece in pieces]
        if all(rewritten) and (len(pieces) > 1 or "," not in name):
            written.extend(part for part in rewritten if part)
            # `Smith J, Doe K` or `Smith J.`: no one's given name and family name are written so.
            found = found or not unambiguous or len(pieces) > 1 or "." in name.split(None, 1)[-1]
        else:
            written.append(name.strip())
    if not found:
        return None
    return " and ".join([*written, *(["others"] if others else [])])


def vancouver_rewrite(value: str) -> str | None:
    """``value`` (a name field) written as BibTeX reads names (``Smith, J. and Doe, K.``) if
    any of its names is written as only Vancouver style writes them (``Smith J., Doe K.``,
    ``Smith J.A.``); None if none is."""
    return _rewritten(value, unambiguous=True)


def ambiguous_rewrite(names: list[str]) -> str | None:
    """The names of one field, each as BibTeX read it (given, then family name), written as
    BibTeX reads names if each may be written as Vancouver style writes them, one family
    word then initials, and one has a family name that no one has (``Smith JA and Doe K``,
    ``Smith JA`` alone: `initials_not_family_name`); None if not (``Xiaoming LI``, ``Kyung
    KIM and Jun MA``)."""
    if not names:
        return None
    for name in names:
        if name.startswith("{") or "," in name:
            continue  # an organisation, in braces, or a name written family name first, with its comma
        family = name.split()[:-1]
        if _vancouver_name(name) is None or sum(word[:1].isupper() for word in family) != 1:
            return None
    if not any(
        initials_not_family_name(name.split()[-1]) for name in names if not name.startswith("{") and "," not in name
    ):
        return None
    return _rewritten(" and ".join(names), unambiguous=False)
