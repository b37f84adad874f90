"""A published conference paper's meeting, as exporters write it, and what the notes print of it.

Chicago (17th ed., 14.217) cites a paper published in a conference's proceedings as a chapter
of the book the proceedings are: the notes name the proceedings, their place of publication
and their publisher, not the meeting. The meeting's name, days and place (biblatex's
``eventtitle``, ``eventdate`` and ``venue``) are then no fact a note lacks: they are kept for
the CSL-JSON download, without a word. Of a paper given and not published (``@misc``,
``@unpublished``), the meeting is what a note would say, and a warning names it (`style`).

The ACM Digital Library exports such a work (``@inproceedings``, and ``@book`` and
``@article``) with ``address`` the publisher's place and ``location`` the meeting's
(``address = {New York, NY, USA}``, ``location = {Yokohama, Japan}``), though biblatex reads
both names as one field; and ``series`` as the meeting's short name and year (``CHI '21``),
which is no series of books. `meeting_fields` reads them as what they are.
"""

from __future__ import annotations

import re

#: The types whose notes cite the published work, not the meeting it comes from: a paper in
#: proceedings, the proceedings, and the book or journal a meeting's papers are published in.
PUBLISHED_MEETING_TYPES = frozenset({"inproceedings", "proceedings", "book", "article"})
#: biblatex's fields of a meeting: its name, days and place.
MEETING_FIELDS = frozenset({"eventtitle", "eventtitleaddon", "eventdate", "venue"})
#: A meeting's short name and the last two digits of its year, as the ACM Digital Library
#: writes ``series``: ``CHI '21``, ``EuroSys ’20``, ``SIGMOD/PODS '20``. A series of books
#: ends in no year.
_SHORT_NAME_AND_YEAR = re.compile(r"[^\W_][\w/&.+-]*(?: [^\W_][\w/&.+-]*){0,2} ['’]\d{2}")


def unprinted_meeting(entry_type: str, field: str) -> bool:
    """Whether ``field`` of an entry of ``entry_type`` is its meeting's, which the notes of a
    published work leave out as Chicago does, and no warning names."""
    return field in MEETING_FIELDS and entry_type in PUBLISHED_MEETING_TYPES


def names_a_meeting(series: str) -> bool:
    """Whether a ``series`` is a meeting's short name and year (``CHI '21``), not books'."""
    return _SHORT_NAME_AND_YEAR.fullmatch(" ".join(series.split())) is not None


def meeting_fields(entry_type: str, fields: dict[str, str]) -> dict[str, str]:
    """By the names the exporter wrote them under (``location``, ``series``), biblatex's names
    of the fields of an entry of ``entry_type`` that name its meeting: ``venue`` for a
    ``location`` beside a different ``address`` (which is then the place of publication), and
    ``eventtitle`` for a ``series`` that is the meeting's short name. ``fields`` are the
    values as written, by name; nothing for a type that is no published work of a meeting,
    where two places can only be a slip."""
    if entry_type not in PUBLISHED_MEETING_TYPES:
        return {}
    renamed = {}
    address, location = fields.get("address"), fields.get("location")
    if address is not None and location is not None and "venue" not in fields and address.split() != location.split():
        renamed["location"] = "venue"  # two places: the publisher's, and the meeting's
    series = fields.get("series")
    if series is not None and "eventtitle" not in fields and names_a_meeting(series):
        renamed["series"] = "eventtitle"
    return renamed
