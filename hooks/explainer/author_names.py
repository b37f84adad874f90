"""Authors written on one line, as editors type them: ``Ana Exemplar and Jean Dupont``.

The option ``article.authors`` in ``mkdocs.yml`` (`config`) and ``make new-article``'s
``AUTHOR`` (`new_article`) read the same marks between names and the same suffixes.
"""

from __future__ import annotations

from .deferred_patterns import DeferredPattern

#: A suffix an author signs with after a comma (``Martin Luther King, Jr.``): part of the name.
_SUFFIX = r"(?:Jr|Sr)\.?|II|III|IV"
SUFFIX = DeferredPattern(_SUFFIX)
#: A name's suffix after its comma, at the end of what is written.
SUFFIX_AFTER_COMMA = DeferredPattern(rf",\s*(?:{_SUFFIX})$")
#: "and" (or "&") between two names, as BibTeX joins them.
AND_BETWEEN_NAMES = DeferredPattern(r"\s+(?:and|&)\s+")
#: Between two names on one line: a comma, "and" or "&".
_BETWEEN_NAMES = DeferredPattern(r"\s*,\s*|\s+(?:and|&)\s+")


def split_names(text: str) -> list[str]:
    """The names ``text`` writes, in its order, each given name first: ``Ana Exemplar, Jean
    Dupont`` (or ``… and …``) is two; a suffix after a comma stays with its name (``Martin
    King, Jr.``); one word, a comma and a name (``Exemplar, Ana``) is one name written
    family name first, as a library lists it."""
    parts = _BETWEEN_NAMES.split(text.strip())
    if (
        len(parts) == 2
        and len(parts[0].split()) == 1
        and parts[1]
        and not SUFFIX.fullmatch(parts[1])
        and not AND_BETWEEN_NAMES.search(text)
    ):
        return [f"{parts[1]} {parts[0]}"]
    names: list[str] = []
    for part in parts:
        if names and SUFFIX.fullmatch(part):
            names[-1] += f", {part}"
        elif part:
            names.append(part)
    return names
