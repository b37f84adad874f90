"""The timeline's order: by date, and by the editors' order where the dates do not tell.

A date is as precise as the article: a year, a month or a day. Two such dates are the
same, or apart (May and July 2011: the earlier first), or one holds the other: 2011
holds May 2011, and says nothing of which came first. Say a source dates clashes only
"2011", as following a strike of May 2011: "2011" sorts first as text, but only the
editors know the order, and they list the events in it. So:

- Years in date order. Within a year, its own events, dated by the year alone, in the
  file's order, then the spans that start in it (``2019/2020`` starts in 2019), by their
  last date; and apart from them, its months' events, month by month, each month's
  ordered in the same way down to its days.
- The year's own events and its months' events are merged as merge sort merges two
  lists, by their place in the file: each of the year's own goes before the first of
  the months' events, in date order, that the file lists after it (and after the
  year's own listed before it). Where the file lists a year's more precise events in
  date order, and its spans after its own events, the timeline keeps the file's order;
  where it does not, those still read in date order, and the rest merge around them:
  one order for any file, never a comparison that contradicts another.

Events of one date keep the file's order; a span goes by its first date, after that
date's own events, before any later date's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .dates import PartialDate


@dataclass
class _Period:
    """A year, a month or a day, and the events that start in it."""

    #: The events dated by this period alone, by place in the file.
    own: list[int] = field(default_factory=list)
    #: The spans that start in this period: (last date, place in the file).
    spans: list[tuple[tuple[int, int, int], int]] = field(default_factory=list)
    #: The months of a year, the days of a month, by their number.
    parts: dict[int, _Period] = field(default_factory=dict)

    def in_order(self) -> list[int]:
        """The places in the file of the period's events, in the timeline's order."""
        # sorted() is stable: spans with one last date keep the file's order.
        own = self.own + [place for _last, place in sorted(self.spans, key=lambda span: span[0])]
        parts = [place for number in sorted(self.parts) for place in self.parts[number].in_order()]
        return _merged(own, parts)


def _merged(first: Sequence[int], second: Sequence[int]) -> list[int]:
    """``first`` and ``second``, each kept in its own order, merged by place in the file."""
    merged: list[int] = []
    i = j = 0
    while i < len(first) and j < len(second):
        if first[i] < second[j]:
            merged.append(first[i])
            i += 1
        else:
            merged.append(second[j])
            j += 1
    return merged + list(first[i:]) + list(second[j:])


def _as_key(date: PartialDate) -> tuple[int, int, int]:
    """A date as numbers that sort it: a year before its months (as ``2020`` before ``2020-05``)."""
    return (date.year, date.month or 0, date.day or 0)


def timeline_order(dates: Sequence[Sequence[PartialDate]]) -> list[int]:
    """The places in the file (0 for the first) of events dated ``dates``, in the timeline's
    order; each is one date, or a span's first and last."""
    years = _Period()
    for place, (first, *last) in enumerate(dates):
        period = years.parts.setdefault(first.year, _Period())
        for number in (first.month, first.day):
            if number is None:
                break
            period = period.parts.setdefault(number, _Period())
        if last:
            period.spans.append((_as_key(last[0]), place))
        else:
            period.own.append(place)
    return years.in_order()
