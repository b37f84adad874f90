"""Ranges of pages (or other numbers) that run backwards: "pp. 30–12" is a slip for "12–30"."""

from __future__ import annotations

import re

from .deferred_patterns import DeferredPattern

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
        if int(start) >= 100:
            end = completed_end(start, end)
        if int(end) < int(start):
            return found.group(0)
    return None


def completed_end(start: str, end: str) -> str:
    """A range's last page with the digits print cut from it taken from the first page's:
    ``completed_end("112", "13")`` is ``"113"``; a last page written whole is kept."""
    return start[: len(start) - len(end)] + end if len(end) < len(start) else end


def shortened_range(backwards: str) -> tuple[str, str] | None:
    """A range below 100 written with its last page cut short, as British print writes one
    ("52–3"), as its first page and its last written whole (``("52", "53")``); None for one
    that runs backwards whichever way it is read ("30–12", "25–3").

    ``backwards`` is a range `backwards_range` names. The house style writes both pages
    whole below 100, so the range is not read so: its message says what to write instead.
    """
    found = _RANGE.fullmatch(backwards)
    if found is None:
        return None
    start, end = found.group(1), found.group(2)
    if len(end) >= len(start):
        return None
    whole = completed_end(start, end)
    return (start, whole) if int(whole) > int(start) else None


def whole_ranges(pages: str) -> str:
    """A ``pages`` field (as `pages_dashes` leaves it) with each range whose last page is cut
    short written whole, as the house style prints a range: ``112–13`` is 112–113, ``1102–5``
    1102–1105, and, as British print shortens one below 100 too, ``12–3`` is 12–13. The last
    page takes its missing digits from the first's; a range that still runs backwards so
    completed (``45–12``, ``25–3``) is left as written, for `backwards_pages` to name. A part
    whose pages are numbered by chapter (``3-1–3-15``) is left as written."""
    if "–" not in pages:
        return pages

    def whole(found: re.Match[str]) -> str:
        start, end = found.group(1), found.group(2)
        if len(end) >= len(start):
            return found.group(0)
        completed = completed_end(start, end)
        return f"{start}–{completed}" if int(completed) > int(start) else found.group(0)

    return ",".join(part if "-" in part else _RANGE.sub(whole, part) for part in pages.split(","))


#: Two roman numbers (a book's front matter: ``xii–xv``) with a dash between them, in one case.
_ROMAN_RANGE = re.compile(r"(?<![\w.])([ivxlc]+|[IVXLC]+)\s*[–—]\s*([ivxlc]+|[IVXLC]+)(?![\w.])")
#: A roman number as print writes one, up to 399 (``xcix``; not ``iiii`` or ``ic``).
_ROMAN_NUMBER = DeferredPattern(r"c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _roman_value(numeral: str) -> int | None:
    """The value of ``numeral`` (``xii``: 12), None if it is no roman number as print writes one."""
    numeral = numeral.casefold()
    if not numeral or not _ROMAN_NUMBER.fullmatch(numeral):
        return None
    values = [_ROMAN_VALUES[letter] for letter in numeral]
    return sum(-value if value < after else value for value, after in zip(values, [*values[1:], 0], strict=True))


def backwards_roman_range(text: str) -> str | None:
    """The first range of roman pages in ``text`` (a ``pages`` field, its hyphens made en
    dashes) whose end comes before its start (``xii–ix``), as written; None if none does."""
    for found in _ROMAN_RANGE.finditer(text):
        start, end = _roman_value(found.group(1)), _roman_value(found.group(2))
        if start is not None and end is not None and end < start:
            return found.group(0)
    return None


#: A hyphen or dash after a number with nothing after it but a comma, or after a label
#: or the start with a number after it: a range missing one end.
_OPEN_END = DeferredPattern(r"\d\s*(?:-{1,2}|[–—])\s*(?=$|[,;])")
_OPEN_START = DeferredPattern(r"(?:^|(?<=[.,;]))\s*(?:-{1,2}|[–—])\s*\d")


def open_range(text: str) -> bool:
    """Whether ``text`` has a range missing one of its ends ("p. 12–", "pp. –14")."""
    if "-" not in text and "–" not in text and "—" not in text:
        return False
    return bool(_OPEN_END.search(text) or _OPEN_START.search(text))


#: One page as a ``pages`` field writes it: a number with a letter or two before or after it
#: (``A12``, ``S3``, ``12a``, ``e1002``), numbered within its chapter or appendix as reports and
#: manuals number pages (``3-1``, ``A-12``, ``S1-9``), a roman number (``xii``), or a number and ``f.``/``ff.``.
_PAGE = re.compile(
    r"(?:(?:[A-Za-z]{1,2}\d{0,4}|\d{1,4})-)?[A-Za-z]{0,2}\d+[A-Za-z]{0,2}|[ivxlcdm]+|[IVXLCDM]+|\d+\s*ff?\."
)
#: A page numbered within its chapter (``3-1``, ``A-12``, ``S1-9``): the chapter, then the page.
_CHAPTER_PAGE = DeferredPattern(r"([A-Za-z]{1,2}\d{0,4}|\d{1,4})-(\d+)")


def pages_dashes(pages: str) -> str:
    """A ``pages`` field (its ``--`` already made en dashes) with its ranges' hyphens made en
    dashes. A field with a range of pages numbered by chapter in it (``3-1--3-15, 4-2``,
    each end of an en dash's range with a hyphen) keeps its hyphens as written, as biblatex
    prints them: they are within pages (pages 3-1 to 3-15, and page 4-2). So does a part
    (between commas) whose two ends are the same (``1-1``): a page so numbered, as no range
    starts and ends on one page. Elsewhere a hyphen joins a range (``12-14``, and the second
    range of ``123--145, 150-155``)."""
    if "-" not in pages or any(
        len(ends := part.split("–")) == 2 and all("-" in end for end in ends) for part in pages.split(",")
    ):
        return pages
    parts = []
    for part in pages.split(","):
        ends = re.split(r"\s*-\s*", part.strip())
        if not (len(ends) == 2 and ends[0] == ends[1] and ends[0]):
            part = re.sub(r"\s*-\s*", "–", part)
        parts.append(part)
    return ",".join(parts)


def backwards_pages(pages: str) -> str | None:
    """The first range of ``pages`` (a ``pages`` field, as `pages_dashes` leaves it) whose end
    comes before its start, as written (`backwards_range`, `backwards_roman_range`; pages
    numbered by chapter, ``3-15--3-1``, within one chapter); None if none does."""
    for part in (part.strip() for part in pages.split(",")):
        ends = part.split("–")
        if "-" not in part:
            if backwards := backwards_range(part) or backwards_roman_range(part):
                return backwards
            continue
        if len(ends) != 2:
            continue
        start, end = (_CHAPTER_PAGE.fullmatch(end.strip()) for end in ends)
        if start and end and start[1] == end[1] and int(end[2]) < int(start[2]):
            return part
    return None


#: A label a note prints itself before the pages (``pp. 12–14``).
_LABEL = DeferredPattern(r"(?:pp?|pg|pgs|pages?|S|s)\.?\s*(?=\d)")
#: Two numbers with words between them: a range or a list written in words (``1 to 10``).
_IN_WORDS = DeferredPattern(r"(\d+)\s+([^\d\s,–]+(?:\s+[^\d\s,–]+)*)\s+(\d+)")


#: The dashes a range of pages is mistyped with, and how a message names them.
_DASH_NAMES = {"—": "an em dash (--- in BibTeX)", "―": "a horizontal bar", "−": "a minus sign"}


def unreadable_pages(pages: str) -> str | None:
    """What is wrong with a ``pages`` field (its hyphens already made en dashes) that is not
    pages and ranges of them, parted by commas; None if it is. The notes print it as it is,
    after their own ``p.`` or ``pp.``, so ``1 to 10`` would print "p. 1 to 10"."""
    for part in (part.strip() for part in pages.split(",")):
        ends = [end.strip() for end in part.split("–")]
        if len(ends) > 2 and all(_PAGE.fullmatch(end) for end in ends):
            # `12--14--16` printed "pp. 12–14–16": a range has two ends.
            if len(ends) == 4 and ends[0] == ends[2]:
                # `3-1-3-15`: pages numbered by chapter, each with one hyphen, joined by one more.
                return (
                    f"joins {len(ends)} pages with dashes ({part}), where a range has two ends; for pages numbered"
                    f" by chapter (page {ends[1]} of chapter {ends[0]}), join the two with --:"
                    f" {ends[0]}-{ends[1]}--{ends[2]}-{ends[3]}; else write one range, {ends[0]}--{ends[-1]}"
                )
            return (
                f"joins {len(ends)} pages with dashes ({part}), where a range has two ends; write one range,"
                f" {ends[0]}--{ends[-1]}, or a list, {ends[0]}--{ends[1]}, {', '.join(ends[2:])}"
            )
        if not part or all(_PAGE.fullmatch(end) for end in ends):
            continue
        ends = re.split(r"\s*[—―−]\s*", part)
        if len(ends) == 2 and all(_PAGE.fullmatch(end) for end in ends):
            # `1---10` (an em dash to BibTeX), or a word processor's dash: it was "not a page".
            dash = next(mark for mark in "—―−" if mark in part)
            return (
                f"joins a range with {dash!r}, {_DASH_NAMES[dash]}, where a range takes --; write {ends[0]}--{ends[1]}"
            )
        if label := _LABEL.match(part):
            return f"starts with {label.group(0).strip()!r}, which the notes print themselves; write the pages alone"
        if words := _IN_WORDS.fullmatch(part):
            first, between, last = words.groups()
            return f"has {between!r} between two pages; write a range as {first}--{last}, a list as {first}, {last}"
        end = next(end.strip() for end in part.split("–") if not _PAGE.fullmatch(end.strip()))
        return f"holds {end!r}, which is not a page; write pages in figures, a range as 12--14"
    return None
