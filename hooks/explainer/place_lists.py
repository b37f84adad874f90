"""Places joined with "and", as biblatex lists them in ``location``: ``London and New York and Delhi``.

biblatex reads ``location`` (BibTeX's ``address``) as a list, its items joined with ``and``
as names are; the notes printed the value as typed, "London and New York and Delhi". Three
places or more so joined are printed as the journal lists places, with commas ("London, New
York, Delhi"), as places a library catalogue parts with a semicolon are. Two are left as
typed, as one place's own name may hold an "and" (``Trinidad and Tobago``), and "London and
New York" reads as Chicago writes two places; an "and" in braces (``{Trinidad and Tobago}``)
joins no places.
"""

from __future__ import annotations

import re

from .deferred_patterns import DeferredPattern

#: The fields that give places: biblatex's name, and BibTeX's.
PLACE_FIELDS = frozenset({"location", "address"})
#: "and" between two places, as biblatex splits a list (any case, spaces on each side).
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
#: A brace group, innermost first.
_BRACE_GROUP = DeferredPattern(r"\{[^{}]*\}")


def places_listed(value: str) -> str:
    """``value``, a place field as written, with each "and" outside braces written as a
    semicolon (``London ; New York ; Delhi``), where three places or more are so joined; as
    written otherwise. The semicolons are then printed as commas, as a catalogue's are."""
    if " and " not in value.replace("\n", " ").replace("\t", " ").casefold():  # nearly every value: one scan
        return value
    blanked = value
    while "{" in blanked and (again := _BRACE_GROUP.sub(lambda group: "_" * len(group[0]), blanked)) != blanked:
        blanked = again
    found = list(_AND.finditer(blanked))
    if len(found) < 2:
        return value
    parts, start = [], 0
    for joining in found:
        parts.append(value[start : joining.start()])
        start = joining.end()
    parts.append(value[start:])
    return " ; ".join(parts)
