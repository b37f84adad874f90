"""Characters that show as nothing, which pasted text brings into a key or a label.

A word processor keeps the soft hyphens it breaks words with, and a web page or a PDF
may hold zero-width spaces, joiners and direction marks: pasted into a citation's key
(``[@doe2020­rivers]``) or a note's label, such a character makes the key another one,
while the editor sees the key as it should be. The messages that refuse the key name
the character, where it is, and the key to write.
"""

from __future__ import annotations

#: Each character that shows as nothing, by its name in Unicode's charts.
INVISIBLE = {
    "\u00ad": "soft hyphen",
    "\u180e": "Mongolian vowel separator",
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u200e": "left-to-right mark",
    "\u200f": "right-to-left mark",
    "\u2060": "word joiner",
    "\u2061": "function application",
    "\u2062": "invisible times",
    "\u2063": "invisible separator",
    "\ufeff": "zero-width no-break space",
}
_NONE = str.maketrans(dict.fromkeys(INVISIBLE, None))


def without_invisible(text: str) -> str:
    """``text`` without the characters that show as nothing."""
    return text.translate(_NONE)


def invisible_problem(text: str) -> str | None:
    """Where ``text`` holds a character that shows as nothing, said for an editor (``an
    invisible soft hyphen (U+00AD) after 'doe2020'``); None if it holds none."""
    at = next((index for index, character in enumerate(text) if character in INVISIBLE), None)
    if at is None:
        return None
    character = text[at]
    before = without_invisible(text[:at])
    where = f"after '{before}'" if before else "before its first letter"
    return f"an invisible {INVISIBLE[character]} (U+{ord(character):04X}) {where}"


#: Where such a character comes from, for the hints.
PASTED = "as text pasted from a word processor, a web page or a PDF may"
