"""Ranges of pages (or other numbers) that run backwards: "pp. 30–12" is a slip for "12–30"."""

from __future__ import annotations

import re

#: Two numbers with a hyphen or dash between them, as BibTeX and locators write a range
#: (not parts of a time or a volume and page: ``00:12:30–00:14:05``, ``2:45–3:10``).
_RANGE = re.compile(r"(?<![\w.:])(\d+)\s*(?:-{1,2}|[–—])\s*(\d+)(?![\w.:])")


def backwards_range(text: str) -> str | None:
    """The first range in ``text`` whose end comes before its start, as written, if any.

    A shortened end is read as the house styles write it, from 100 on: in "321–28" it
    is 328, so only an end still lower once its missing digits are taken from the start
    ("105–3", 105 to 103) runs backwards. Below 100 no digit is left out: "10–1" runs
    backwards.
    """
    if "-" not in text and "–" not in text and "—" not in text:  # most locators: one page, or none
        return None
    for found in _RANGE.finditer(text):
        start, end = found.group(1), found.group(2)
        if len(end) < len(start) and int(start) >= 100:
            end = start[: len(start) - len(end)] + end
        if int(end) < int(start):
            return found.group(0)
    return None


#: A hyphen or dash after a number with nothing after it but a comma, or after a label
#: or the start with a number after it: a range missing one end.
_OPEN_END = re.compile(r"\d\s*(?:-{1,2}|[–—])\s*(?=$|[,;])")
_OPEN_START = re.compile(r"(?:^|(?<=[.,;]))\s*(?:-{1,2}|[–—])\s*\d")


def open_range(text: str) -> bool:
    """Whether ``text`` has a range missing one of its ends ("p. 12–", "pp. –14")."""
    if "-" not in text and "–" not in text and "—" not in text:
        return False
    return bool(_OPEN_END.search(text) or _OPEN_START.search(text))
