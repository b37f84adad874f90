"""A timeline's date written as prose writes one, with the date to write instead.

The article's prose dates events as "in 2019–20", "2019-2020" or "in spring 2019"; copied
into an event's ``date``, each was refused as "not YYYY, YYYY-MM or YYYY-MM-DD", with
``'20'`` named as the date at fault for ``2019/20``. These slips are named as such here.
"""

from __future__ import annotations

from .dates import written_as_date
from .deferred_patterns import DeferredPattern

#: Two years joined by a dash or a slash, the second perhaps cut to its last figures.
_YEARS = DeferredPattern(r"(?P<first>\d{4})\s*(?P<mark>[-‐‑‒–—/])\s*(?P<last>\d{2,4})")
#: Words before or after a year alone: a season, "early", "late", "mid-", "circa".
_WORDS_AND_YEAR = DeferredPattern(
    r"(?P<before>[^\W\d][^\d]*?)[\s-]*(?P<year>\d{4})|(?P<year2>\d{4})\s+(?P<after>[^\W\d].*)"
)


def date_slip(date: str) -> tuple[str, str] | None:
    """(what is wrong, what to write) for ``date``, a date the timeline cannot read, written
    as prose writes a span or a year with words; None for any other."""
    written = " ".join(date.split())
    if found := _YEARS.fullmatch(written):
        first, last = found["first"], found["last"]
        whole = first[: 4 - len(last)] + last
        if int(whole) <= int(first):
            return None  # no span that runs forwards: the reader of spans says so
        if found["mark"] == "-" and len(last) == 2:
            # `2005-13` is as likely a month mistyped as a span: the month is named first.
            return (f"{date!r} has no month {int(last)}", f'If it is a span of years, write "{first}/{whole}".')
        if found["mark"] == "/":
            return (
                f"{date!r} writes the span's last year with {len(last)} figures",
                f'Write it whole: "{first}/{whole}".',
            )
        return (
            f"{date!r} joins two years with a dash, where a span takes a slash, as ISO 8601 writes one",
            f'Write "{first}/{whole}"; the timeline prints it {first}–{whole}.',
        )
    if (found := _WORDS_AND_YEAR.fullmatch(written)) and not written_as_date(written):  # not "March 2019"
        year, words = found["year"] or found["year2"], (found["before"] or found["after"]).strip()
        return (
            f"{date!r} gives the year with words ({words!r}), which a date cannot hold",
            f'Write the year alone, "{year}", or the month or the day the article gives (YYYY-MM, YYYY-MM-DD);'
            f" words such as {words!r} go in the event's text.",
        )
    return None
