"""Dates as editors write them: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, as precise as the source."""

from __future__ import annotations

import calendar
import re
from typing import NamedTuple

from .deferred_patterns import DeferredPattern

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

_ISO_DATE = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")


class DateFormatError(ValueError):
    """The text is not written as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` at all."""


class PartialDate(NamedTuple):
    """A year, and a month and day where the source gives them."""

    year: int
    month: int | None = None
    day: int | None = None


def reader_date(date: PartialDate, language: str) -> str:
    """``date`` as readers of ``language`` (a BCP 47 tag) write it, as precise as it is:
    ``May 2021`` or ``May 20, 2021`` in English, ``mai 2021`` or ``20 mai 2021`` in French.
    An unknown language gets English."""
    if date.month is None:
        return str(date.year)
    if language.casefold() in ("en", "en-us"):  # the house style's own form, without loading Babel's data
        month = MONTH_NAMES[date.month - 1]
        return f"{month} {date.year}" if date.day is None else f"{month} {date.day}, {date.year}"
    import datetime

    from babel import Locale, UnknownLocaleError  # Material's own dependency; only dates with a month need it
    from babel.dates import format_skeleton

    try:
        locale = Locale.parse(language, sep="-")
    except (UnknownLocaleError, ValueError):
        locale = Locale("en")
    skeleton = "yMMMM" if date.day is None else "yMMMMd"
    text = format_skeleton(skeleton, datetime.date(date.year, date.month, date.day or 1), locale=locale)
    text = day_kept_with_month(text, date, locale.months["format"]["wide"][date.month])
    if date.day == 1 and (first := FIRST_OF_THE_MONTH.get(locale.language)):
        text = re.sub(r"(?<!\d)1(?!\d)", first, text, count=1)
    return text


#: Between a day and its month, as French typography sets it (``15 mars``): no line break.
DAY_MONTH_SPACE = "\u00a0"
#: What may stand between a day and its month: spaces, the day's stop, a short word
#: (German ``15. März``, Spanish ``15 de marzo``).
_BETWEEN_DAY_AND_MONTH = r"\.?\s+(?:[^\W\d_]{1,3}\s+)?"


def day_kept_with_month(text: str, date: PartialDate, month_name: str) -> str:
    """``text``, a date in words, with the spaces between its day and the month after it
    made no-break (``15 mars 2022``, ``15. März``): French typography, and a
    line that ends with the day and starts the next with its month reads as two dates.
    A month written first (English ``March 15, 2022``) is left as the house style sets it."""
    if date.day is None:
        return text
    joined = re.compile(rf"(?<!\d){date.day}(?!\d){_BETWEEN_DAY_AND_MONTH}{re.escape(month_name)}", re.IGNORECASE)
    return joined.sub(lambda found: re.sub(r"\s+", DAY_MONTH_SPACE, found[0]), text, count=1)


def month_then_day(text: str, date: PartialDate) -> tuple[int, int] | None:
    """Where ``text``, a date in words, writes its month and then its day after a space
    (English ``May 20, 2021``, Hungarian ``2021. május 20.``), as ``(start, end)``: a line
    that ends with the month and starts the next with its day reads as two dates, but the
    house style's text is kept as it is, so markup keeps them together. None if the day
    comes first or there is none (`day_kept_with_month` joins those)."""
    if date.day is None:
        return None
    # The month's whole word, with any number it holds (Korean ``5월 20일``).
    found = re.search(rf"\S*[^\W\d_]\.?[ \t]+{date.day}(?!\d)", text)
    return found.span() if found else None


#: The first day of a month where a language writes it as an ordinal, which CLDR's
#: formats do not: French ``1er mars 2019``.
FIRST_OF_THE_MONTH = {"fr": "1er"}


#: A date written in words, as English writes it: "March 2005", "5 March 2005", "March 5, 2005".
_WORDED_DATE = DeferredPattern(
    r"^(?:(?P<day>\d{1,2})\s+)?(?P<month>[A-Za-z]+)\.?\s+(?:(?P<day_after>\d{1,2}),?\s+)?(?P<year>\d{4})$"
)


def written_as_date(text: str) -> str | None:
    """``text``, a date written in English words ("March 2005"), as ``YYYY-MM`` or
    ``YYYY-MM-DD`` ("2005-03"); None if it is not one."""
    found = _WORDED_DATE.match(" ".join(text.split()))
    if not found:
        return None
    month = next(
        (
            index
            for index, name in enumerate(MONTH_NAMES, 1)
            if len(found["month"]) >= 3 and name.lower().startswith(found["month"].lower())
        ),
        None,
    )
    if month is None:
        return None
    day = found["day"] or found["day_after"]
    return f"{found['year']}-{month:02d}" + (f"-{int(day):02d}" if day else "")


def parse_partial_date(text: str) -> PartialDate:
    """The date ``text`` names; ValueError, with a message fit for an editor, if it names none
    (`DateFormatError` if it is not written as a date at all).

    A month must be 01 to 12 and a day must exist in its month ("2017-02-30" does not).
    """
    found = _ISO_DATE.match(text.strip())
    if not found:
        raise DateFormatError(f"{text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(found["year"])
    month = int(found["month"]) if found["month"] else None
    day = int(found["day"]) if found["day"] else None
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"{text!r} has no month {month:02d}")
    if month is not None and day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise ValueError(f"{text!r} has no day {day:02d} in {calendar.month_name[month]} {year}")
    return PartialDate(year, month, day)


#: A date written day first or month first, the year last (``31/12/2019``, ``31.12.2019``).
_YEAR_LAST = re.compile(r"(?P<first>\d{1,2})(?P<mark>[/.-])(?P<second>\d{1,2})(?P=mark)(?P<year>\d{4})")
#: A month before its year (``12/2019``).
_MONTH_YEAR = re.compile(r"(?P<month>\d{1,2})[/.-](?P<year>\d{4})")
#: A date with a month or a day in one figure (``2015-1``, ``2015-01-5``).
_UNPADDED = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?")


class MeantDates(NamedTuple):
    """What a date written otherwise than ISO 8601 stands for (`dates_meant`)."""

    #: Whether it is written with its year last (``31/12/2019``, ``12/2019``).
    year_last: bool
    #: The dates it can stand for, as ``YYYY-MM`` or ``YYYY-MM-DD``: two where its day and
    #: month could be either (``3/4/2019``), none where no reading is a date (``31/31/2019``).
    dates: tuple[str, ...]


def dates_meant(text: str) -> MeantDates | None:
    """The ISO 8601 dates ``text`` stands for, if it is a date written with its year last or
    with a month or a day in one figure; None if it is written otherwise. Only dates that
    exist are given: a reading with a month 13 or a 31 April is none."""
    text = text.strip()
    if found := _MONTH_YEAR.fullmatch(text):
        return MeantDates(True, _existing([(int(found["year"]), int(found["month"]), None)]))
    if found := _YEAR_LAST.fullmatch(text):
        year, first, second = int(found["year"]), int(found["first"]), int(found["second"])
        return MeantDates(True, _existing([(year, second, first), (year, first, second)]))
    if (found := _UNPADDED.fullmatch(text)) and (len(found["month"]) == 1 or len(found["day"] or "00") == 1):
        day = int(found["day"]) if found["day"] else None
        return MeantDates(False, _existing([(int(found["year"]), int(found["month"]), day)]))
    return None


def _existing(readings: list[tuple[int, int, int | None]]) -> tuple[str, ...]:
    """The readings (year, month, day) that are dates, as ISO 8601, each once."""
    dates: list[str] = []
    for year, month, day in readings:
        iso = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day is not None else "")
        try:
            parse_partial_date(iso)
        except ValueError:
            continue
        if iso not in dates:
            dates.append(iso)
    return tuple(dates)


#: Between the two dates of a span that share nothing, or that are not as precise as each other.
SPAN_DASH = "\u2013"
#: What stands between the two dates of a span in a language's own form of it (CLDR's).
_SPAN_SEPARATOR = DeferredPattern(r"[\s\u2009\u202f\u00a0]*[\u2013\u2014\-~\uff5e][\s\u2009\u202f\u00a0]*$")


def reader_span(first: PartialDate, last: PartialDate, language: str) -> tuple[str, str, str]:
    """A span's first date, the mark between, and its last date, as readers of ``language``
    write a span: what the two dates share is said once (``May–September 1960``,
    ``mai – septembre 1960``, ``3.–9. Mai 1960``), as CLDR's interval formats, or Chicago's
    for the house style's English, write it. Two dates of years only, or of unlike
    precision, are each written whole with an en dash between them (``1959–1961``)."""
    whole = (reader_date(first, language), SPAN_DASH, reader_date(last, language))
    if first.month is None or last.month is None or (first.day is None) != (last.day is None):
        return whole
    if first.year != last.year:
        differs = "y"
    elif first.month != last.month:
        differs = "M"
    elif first.day is not None:
        differs = "d"
    else:
        return whole
    if language.casefold() in ("en", "en-us"):  # Chicago: "May–September 1960", "May 3–9, 1960"
        if differs == "y":
            return whole
        month, last_month = MONTH_NAMES[first.month - 1], MONTH_NAMES[last.month - 1]
        if first.day is None:
            return month, SPAN_DASH, f"{last_month} {last.year}"
        if differs == "M":
            return f"{month} {first.day}", SPAN_DASH, f"{last_month} {last.day}, {last.year}"
        return f"{month} {first.day}", SPAN_DASH, f"{last.day}, {last.year}"
    import datetime

    from babel import Locale, UnknownLocaleError
    from babel.dates import parse_pattern

    try:
        locale = Locale.parse(language, sep="-")
    except (UnknownLocaleError, ValueError):
        locale = Locale("en")
    skeleton = "yMMMM" if first.day is None else "yMMMMd"
    patterns = locale.interval_formats.get(skeleton, {}).get(differs)
    first_day_worded = locale.language in FIRST_OF_THE_MONTH and 1 in (first.day, last.day)  # "1er": not in CLDR
    if not patterns or len(patterns) != 2 or first_day_worded:
        return whole
    start, end = (datetime.date(date.year, date.month, date.day or 1) for date in (first, last))
    opening, closing = (
        parse_pattern(pattern).apply(day, locale) for pattern, day in zip(patterns, (start, end), strict=True)
    )
    separator = _SPAN_SEPARATOR.search(opening)
    if separator is None or not opening[: separator.start()]:
        return whole
    months = locale.months["format"]["wide"]
    opening = day_kept_with_month(opening[: separator.start()], first, months[first.month])
    return opening, separator.group(), day_kept_with_month(closing, last, months[last.month])
