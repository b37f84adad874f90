"""The timeline: dated events that the article states, from a YAML file in ``docs/``.

```yaml
- date: "2005"                   # YYYY, YYYY-MM or YYYY-MM-DD, as precise as the article,
                                  # or a span: "2019/2020" (ISO 8601's interval), read 2019–2020
  event: One sentence in the editors' words.
  countries: [Austria, Hungary]
  page: conclusion.md             # the page that states it
  quote: "the two states signed the treaty"   # words of one paragraph of that page
  note: 59                        # the note that supports it (optional)
```

The ``quote`` ties each event to the passage that states it: the build fails if the
words are not on the page, so an event cannot drift from the article. They are the words
as a reader reads them: a line break in the page's Markdown is a space, and emphasis
marks, citations, note calls and a link's address are no part of them.

The events read in date order; where one date holds another ("2011" holds "2011-05"),
which the dates do not tell, in the file's order (`timeline_order`). Every list of the
events (the timeline's page, a place's events on its glossary entry, the PDF's timeline,
which is the page's) takes them in this order from `parse_timeline`.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from html import escape

import yaml
from mkdocs.structure.files import File, Files

from .curly_quoted_values import curly_quoted, curly_quoted_values
from .dates import (
    DateFormatError,
    PartialDate,
    dates_meant,
    month_then_day,
    parse_partial_date,
    reader_date,
    reader_span,
    written_as_date,
)
from .errors import ExplainerError, ExplainerErrors, yaml_error
from .inline_text import emphasis_forms, language_problem, markup_in, with_emphasis_languages
from .markdown_passages import PassageNotes, reader_words
from .notes import note_numbers, relative_url
from .page_front_matter import misspelt_fields
from .richtext import days_and_months
from .smart_quotes import educate
from .timeline_date_slips import date_slip
from .timeline_order import timeline_order
from .yaml_loading import load_with_nodes
from .yaml_run_ons import run_on_lines, unindented_text_lines

FIELDS = ("date", "event", "countries", "page", "quote", "note")
#: Between a span's first and last dates, as ISO 8601 writes a time interval.
SPAN = "/"


@dataclass(frozen=True)
class TimelineEvent:
    """One dated event, tied to the passage and note that state it."""

    date: str
    event: str
    countries: tuple[str, ...]
    page: str
    quote: str
    note: int | None
    line: int
    #: The event as HTML: its emphasis in ``<em>``; ``event`` is the plain text.
    event_html: str = ""
    #: The line of each of its fields, where it is not the event's first line.
    field_lines: Mapping[str, int] = dataclasses.field(default_factory=dict, compare=False)

    def line_of(self, name: str) -> int:
        """The line of the field ``name`` (``quote``), for an error about it."""
        return self.field_lines.get(name, self.line)

    @property
    def dates(self) -> tuple[str, ...]:
        """The date, or a span's first and last dates (``2019/2020``)."""
        return tuple(self.date.split(SPAN, 1))

    def reader_dates(self, language: str) -> tuple[str, ...]:
        """`dates` as readers of ``language`` write them (``May 2021``, ``mai 2021``)."""
        dates = [parse_partial_date(date) for date in self.dates]  # checked when read
        if len(dates) == 2:
            first, _, last = reader_span(dates[0], dates[1], language)
            return (first, last)
        return tuple(reader_date(date, language) for date in dates)

    def reader_dates_html(self, language: str) -> tuple[str, ...]:
        """`reader_dates` as HTML, each month kept with its day (`unbroken_date_html`)."""
        dates = [parse_partial_date(date) for date in self.dates]
        return tuple(
            unbroken_date_html(shown, date, language)
            for shown, date in zip(self.reader_dates(language), dates, strict=True)
        )

    def display_date_html(self, language: str) -> str:
        """`display_date` as HTML, each month kept with its day (`unbroken_date_html`);
        a span's dates in ``.explainer-dates``, which breaks a line only inside a date: a
        line ending on the dash ("May 3–", then "9, 2021") reads as two dates."""
        shown = self.reader_dates_html(language)
        if len(shown) == 1:
            return shown[0]
        separator = escape(self.span_separator(language), quote=False)
        return f'<span class="explainer-dates">{separator.join(f"<span>{date}</span>" for date in shown)}</span>'

    def span_separator(self, language: str) -> str:
        """What stands between a span's two dates, as ``language`` writes the span."""
        dates = [parse_partial_date(date) for date in self.dates]
        return reader_span(dates[0], dates[1], language)[1] if len(dates) == 2 else ""

    def display_date(self, language: str) -> str:
        """The date as readers of ``language`` write it; a span says once what its dates
        share (``2019–2020``, ``May–September 1960``, ``mai – septembre 1960``)."""
        return self.span_separator(language).join(self.reader_dates(language))


def unbroken_date_html(shown: str, date: PartialDate, language: str = "en") -> str:
    """``shown``, ``date`` as readers of ``language`` write it, as escaped HTML whose month
    and the day after it (``May 3``, `month_then_day`) are set in ``.explainer-unbroken``:
    a line ending with "May" and the next starting "3, 2021" reads as two dates, and the
    text itself is the house style's. A day written first is already joined to its month
    by a no-break space, but for one that holds none, joined by a hyphen (Kyrgyz
    ``11-октябрь``) or written in numbers with units (``2020年10月11日``): markup keeps
    those. The language's own shapes first: Kyrgyz ``2020-ж. 11-октябрь``'s ``ж. 11`` is a
    year's word and a day."""
    kept = next(iter(days_and_months(shown, (language,))), None) or month_then_day(shown, date)
    if kept is None:
        return escape(shown, quote=False)
    start, end = kept
    return (
        escape(shown[:start], quote=False)
        + f'<span class="explainer-unbroken">{escape(shown[start:end], quote=False)}</span>'
        + escape(shown[end:], quote=False)
    )


def _line_numbers(text: str) -> list[int]:
    """The line on which each top-level list item starts."""
    return [index + 1 for index, line in enumerate(text.splitlines()) if line.startswith("- ")]


def _key_line(lines: Sequence[str], first: int, key: str) -> int:
    """The line of ``key:`` in the event that starts on line ``first``; ``first`` if not found."""
    for number in range(first, len(lines) + 1):
        line = lines[number - 1]
        if number > first and line.startswith("- "):
            break  # the next event
        if line.removeprefix("- ").lstrip().startswith(f"{key}:"):
            return number
    return first


@functools.lru_cache(maxsize=4)
def parse_timeline(
    text: str, path: str, *, typographic: bool = True, language: str = "en"
) -> tuple[TimelineEvent, ...]:
    """Events from the YAML text; `ExplainerErrors` names the file and line of each bad record.

    Cached: the timeline's page and the glossary's places read the same file in one build.
    ``typographic``: set the events' and countries' quotation marks as print does;
    ``language``: the article's, whose dates an event's words keep whole.
    """
    if unindented := unindented_text_lines(text, path=path, first_line=1):
        raise ExplainerErrors(unindented)
    try:
        data, root = load_with_nodes(text)
        data = data or []
    except yaml.YAMLError as error:
        raise yaml_error(error, what="not valid YAML", path=path, first_line=1, text=text) from None
    if not isinstance(data, list):
        raise ExplainerError("the timeline must be a list of events", path=path, line=1)
    if run_ons := run_on_lines(text, root, FIELDS, path=path, first_line=1):
        raise ExplainerErrors(run_ons)
    if curly := curly_quoted_values(root, ("date", "countries", "page", "note"), path=path, first_line=1):
        raise ExplainerErrors(curly)
    lines = _line_numbers(text)
    text_lines = text.splitlines()
    events, errors = [], []
    for index, record in enumerate(data):
        line = lines[index] if index < len(lines) else None

        def fail(message: str, line: int | None = line, hint: str = "") -> None:
            errors.append(ExplainerError(message, path=path, line=line, hint=hint))

        def line_of(key: str, first: int | None = line) -> int | None:
            return _key_line(text_lines, first, key) if first else None

        if not isinstance(record, dict):
            fail("an event must be a mapping with date, event, countries, page, quote")
            continue
        errors_before = len(errors)
        # A field written under another name is one error, not another for the field's absence.
        misspelt = dict(misspelt_fields(record, FIELDS))
        for key, field in misspelt.items():
            fail(f"`{key}` is not a field of an event; did you mean `{field}`?", line_of(key), f"Write `{field}:`.")
        unknown = sorted(str(key) for key in record if key not in FIELDS and str(key) not in misspelt)
        if unknown:
            fail(f"unknown field(s) {', '.join(unknown)}; an event has {', '.join(FIELDS)}")
        meant = set(misspelt.values())
        date = str(record.get("date", ""))
        if "date" not in record:
            if "date" not in meant:
                fail("`date` is missing", hint='Add `date: "YYYY-MM-DD"`, as precise as the article.')
        elif record["date"] is None or not date.strip():  # YAML reads `date:` with nothing after it as None
            fail(
                "`date` is empty",
                line_of("date"),
                'Write the date after it, in quotes, as precise as the article: "2005".',
            )
        else:
            for problem, hint in _date_problems(date):
                fail(f"date {problem}", line_of("date"), hint)
        countries = record.get("countries") or []
        if isinstance(countries, str) and "," in countries and not _quoted(text_lines, line_of("countries")):
            # YAML reads `countries: Austria, Hungary` as one name: one box "Austria, Hungary".
            fail(
                f"`countries: {countries}` is one name, commas and all",
                line_of("countries"),
                f"For several countries, write a list: `countries: [{countries}]`; for one name with a comma,"
                f' quote it: `countries: "{countries}"`.',
            )
        if isinstance(countries, str):  # one country written alone, as a glossary entry's `related` may be
            countries = [countries]
        if not isinstance(countries, list) or not all(isinstance(country, str) for country in countries):
            fail("`countries` must be a list of names", line_of("countries"))
            countries = []
        for country in sorted({country for country in countries if countries.count(country) > 1}):
            # `[Kyrgyzstan, Kyrgyzstan]`: most often another country was meant.
            fail(f"country {country!r} is listed twice; keep one", line_of("countries"))
        for field in ("event", "page", "quote"):
            value = record.get(field)
            if field in meant or (isinstance(value, str) and value.strip()):
                continue
            if field not in record:
                fail(f"`{field}` is missing")
            elif value is None or isinstance(value, str):  # `quote:` or `quote: ""`: it was said to be missing
                fail(f"`{field}` is empty", line_of(field), f"Write the {field} after the colon.")
            elif isinstance(value, list):  # it was said to be missing
                fail(f"`{field}` is a list, not text", line_of(field), f"Write one {field} after the colon.")
            elif isinstance(value, dict):  # `event: {The revolution}`: braces, which YAML reads as a mapping
                fail(
                    f"`{field}` is a mapping (braces, or lines of `key: value` under it), not text",
                    line_of(field),
                    f'Write the {field} as text after the colon, in quotes if it holds braces or ": ": {field}: "…".',
                )
            else:  # `quote: 2005`: it was said to be missing
                fail(f"`{field}: {value}` is not text to YAML", line_of(field), f'Put it in quotes: {field}: "…".')
        markup = markup_in(record["event"]) if isinstance(record.get("event"), str) else None
        if markup:
            fail(
                f"the event holds markup ({markup!r}), which would show as typed; write it as text, *emphasis* at most",
                line_of("event"),
            )
        elif isinstance(record.get("event"), str) and (problem := language_problem(record["event"])):
            fail(f"the event: {problem[0]}", line_of("event"), problem[1])
        note = record.get("note")
        if note is not None and (not isinstance(note, int) or isinstance(note, bool)):  # YAML reads "yes" as True
            quoted = isinstance(note, str) and note.strip().isdigit()
            numbers = isinstance(note, list) and note and all(isinstance(each, int) for each in note)
            fail(
                f"`note: {note!r}` is not a note number"
                + ("; write it without quotes" if quoted else "")
                # `[59, 60]`: an event links to one note, as a summary's point to one paragraph.
                + (f"; an event links to one note: write the first, note: {note[0]}" if numbers else ""),
                line_of("note"),
            )
            note = None
        if len(errors) > errors_before:
            continue
        event, event_html = emphasis_forms(
            " ".join(record["event"].split()), typographic=typographic, language=language
        )
        events.append(
            TimelineEvent(
                date=date,
                event=event,
                event_html=event_html,
                # Set as the glossary sets its terms, so that a place is one place in both.
                countries=tuple(educate(country) if typographic else country for country in countries),
                page=record["page"].strip(),
                quote=record["quote"],
                note=note,
                line=line or 0,
                field_lines={name: at for name in ("countries", "page", "quote", "note") if (at := line_of(name))},
            )
        )
    if errors:
        raise ExplainerErrors(errors)
    # By date; where one date holds another (2011, May 2011), in the file's order.
    order = timeline_order([[parse_partial_date(date) for date in event.dates] for event in events])
    return tuple(events[place] for place in order)


def with_names_languages(
    events: Sequence[TimelineEvent], language_of: Callable[[str], str] | None
) -> tuple[TimelineEvent, ...]:
    """``events``, each emphasis of their text that gives no language marked with the one
    ``language_of`` (the glossary's: `glossary_files.glossary_names_language`) finds, if any."""
    if language_of is None:
        return tuple(events)
    return tuple(
        dataclasses.replace(event, event_html=with_emphasis_languages(event.event_html, language_of))
        for event in events
    )


def _quoted(lines: Sequence[str], line: int | None) -> bool:
    """Whether the value on ``line`` (a field's, 1 for the first line) is written in quotes."""
    if line is None or not 0 < line <= len(lines):
        return False
    return lines[line - 1].partition(":")[2].strip()[:1] in ("'", '"')


def _year_last_problem(date: str) -> tuple[str, str] | None:
    """For a date written with its year last, what to write: ISO 8601's order, year first."""
    meant = dates_meant(date)
    if meant is None or not meant.year_last:
        return None
    day_too = len(re.findall(r"[/.-]", date)) == 2  # 31/12/2019, not 12/2019
    if not meant.dates:
        # `13/2019`, `31/31/2019`: no reading of it is a date, so none is offered.
        return (
            f"{date!r} is no date: read with its year last, it has no month or day that exists",
            "Check the date in the source, and write it year first: YYYY-MM-DD.",
        )
    problem = f"{date!r} writes its year last" + (", after a day and a month" if day_too else "")
    write = "Write the year first, then the month and the day:" if day_too else "Write the year first:"
    if len(meant.dates) == 1:
        return (problem, f'{write} "{meant.dates[0]}".')
    day_first, month_first = meant.dates
    first = int(re.match(r"\s*(\d+)", date)[1])
    return (problem, f'{write} "{day_first}" if {first} is the day, "{month_first}" if it is the month.')


def _date_problems(date: str) -> list[tuple[str, str]]:
    """What is wrong with an event's date or span, with what to write instead."""
    if year_last := _year_last_problem(date):
        return [year_last]
    parts = date.split(SPAN, 1)
    problems: list[tuple[str, str]] = []
    parsed = []
    for part in parts:
        try:
            parsed.append(parse_partial_date(part))
        except DateFormatError as problem:
            meant = dates_meant(part)
            iso = written_as_date(part) or (meant.dates[0] if meant and len(meant.dates) == 1 else None)
            hint = f'Write "{iso}".' if iso else 'Write it in quotes, as precise as the article: "2005" or "2005-03".'
            if len(parts) > 1 and not iso:
                hint += ' A span is two dates with a slash: "2019/2020".'
            problems.append((str(problem), hint))
        except ValueError as problem:
            problems.append((str(problem), ""))
    if problems and (slip := date_slip(date)):
        return [slip]  # `2019-2020`, `Spring 2019`: the problem is the way of writing it
    if not problems and len(parsed) == 2 and not _before(parsed[0], parsed[1]):
        problems.append(
            (
                f"{date!r} is not a span that runs forwards",
                'Write the first date first, and a last date after it: "2019/2020", "2011-05/2011-12".',
            )
        )
    return problems


def _before(first: PartialDate, last: PartialDate) -> bool:
    """Whether a span from ``first`` to ``last`` runs forwards: the last begins after the
    first ends (``2011/2011-05`` does not: May 2011 is inside 2011)."""
    first_ends = (first.year, first.month or 12, first.day or 31)
    last_begins = (last.year, last.month or 1, last.day or 1)
    return last_begins > first_ends


def _page_hint(page: str, pages: Mapping[str, str]) -> str:
    import difflib  # only for an editor's slip

    hint = "A page is named by its path inside the docs folder, as in the nav (`part-2/index.md`)."
    # Close, as a slip is (`conclusions.md`): a page deleted is not "meant" as the one whose path is nearest.
    closest = difflib.get_close_matches(page, list(pages), n=1, cutoff=0.8)
    return f"Did you mean {closest[0]}? {hint}" if closest else hint


#: Characters an editor may type for the page's own: quotation marks, apostrophes and
#: dashes, each read as one plain form (one character for one, so places match).
_TYPED_FORMS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def quote_on_page(quote: str, page: str) -> bool:
    """Whether the Markdown ``page`` holds the words of ``quote``: as written, or as a
    reader reads both (`markdown_passages.reader_words`: a line break is a space, and
    ``*dam*`` is ``dam``)."""
    if quote in page:
        return True
    words = reader_words(quote)
    return bool(words) and words in reader_words(page)


def _quote_hint(quote: str, page: str) -> str:
    """What to do about a quote not on its page: the page's own words, if only typing differs."""
    words, read = reader_words(quote), reader_words(page)
    at = read.translate(_TYPED_FORMS).find(words.translate(_TYPED_FORMS)) if words else -1
    if at >= 0:
        written = read[at : at + len(words)]
        return f"The page writes these words with other quotation marks or dashes: {written!r}. Copy them."
    if curly_quoted(quote) and (inner := reader_words(quote[1:-1])) and inner in read:
        return (
            f"The quote is in curly quotation marks ({quote[0]}…{quote[-1]}), which YAML reads as part of it: write"
            ' straight ones, "…", around it (a word processor turns " into “ and ”).'
        )
    return "Copy the exact words of one paragraph of the page that states the event."


def _notes_named(numbers: Sequence[int]) -> str:
    """``note 5``, ``notes 5 and 6``, ``notes 5, 6 and 7``."""
    if len(numbers) == 1:
        return f"note {numbers[0]}"
    return f"notes {', '.join(map(str, numbers[:-1]))} and {numbers[-1]}"


def _paragraph_notes(passage: PassageNotes) -> str:
    """What the quoted paragraph is to the notes: ``calls notes 5 and 6``, ``is the text of note 7``."""
    if passage.within is not None:
        return f"is the text of note {passage.within}"
    return f"calls {_notes_named(passage.calls)}" if passage.calls else "calls no note"


def _following_hint(passage: PassageNotes | None) -> str:
    """The note to write, where the quoted paragraph calls one right after the quoted words."""
    if passage is None or passage.following is None:
        return ""
    return (
        f" The note called right after the quoted words is note {passage.following}: write `note: {passage.following}`."
    )


def check_against_pages(
    events: Sequence[TimelineEvent],
    pages: Mapping[str, str],
    notes_on_page: Mapping[str, Sequence[int]],
    path: str,
    passage_notes: Mapping[tuple[str, str], PassageNotes] | None = None,
    nav: Collection[str] | None = None,
) -> list[ExplainerError]:
    """Errors for events whose page does not exist, whose quote is not on it, or whose note is elsewhere.

    ``pages``: page source path to its text (Markdown); ``notes_on_page``: page to its note numbers;
    ``passage_notes``: (page, quote) to the notes of the paragraph that holds the quote, by
    their numbers, where it is known: an event's note must be one of them, a quote a
    paragraph holds is on its page (its text is not read again), and a quote on its page
    that no paragraph holds runs across paragraphs. ``nav``: the pages
    the nav lists (and those that number their notes on their own), where it is known: the
    notes of a page outside it are numbered after the last page's, which moves the numbers
    of the pages after its place; and a page it lists that does not exist was deleted, not misnamed.
    """
    errors = []
    outside = [page for page in pages if nav is not None and page not in nav and notes_on_page.get(page)]
    # Their notes come after the last page's, so the notes of the pages after their place move.
    renumbered = (
        f" The nav leaves out {', '.join(outside)}, whose notes are numbered after the last page's:"
        f" add {'it' if len(outside) == 1 else 'them'} to the nav first."
        if outside
        else ""
    )

    def page_quoting(event: TimelineEvent) -> str | None:
        """The one page other than the event's that holds its quote, an article page rather
        than an entry's that quotes it; None if none does, or several do (no guess then)."""
        elsewhere = [other for other in pages if other != event.page and quote_on_page(event.quote, pages[other])]
        elsewhere = [other for other in elsewhere if nav is None or other in nav] or elsewhere
        return elsewhere[0] if len(elsewhere) == 1 else None

    for event in events:
        if event.page not in pages:
            line = event.line_of("page")
            if nav is not None and event.page in nav:
                message = f"page {event.page!r} does not exist, though the nav lists it"
                hint = "Restore the page in the docs folder, or name the page that states the event now."
            else:
                message, hint = f"page {event.page!r} does not exist", _page_hint(event.page, pages)
            # Renamed, or the passage moved, rather than a slip in the name, which the hint names.
            if not hint.startswith("Did you mean") and (elsewhere := page_quoting(event)):
                hint = f"The quoted words are in {elsewhere}: write `page: {elsewhere}`."
            errors.append(ExplainerError(message, path=path, line=line, hint=hint))
            continue
        found = passage_notes is not None and (event.page, event.quote) in passage_notes
        if not found and not quote_on_page(event.quote, pages[event.page]):
            # A passage moved to another page: name it there, and leave the note to be
            # checked on it, since on the old page every note would be "not called".
            elsewhere = page_quoting(event)
            hint = _quote_hint(event.quote, pages[event.page])
            if elsewhere:
                hint = f"The words are in {elsewhere}: if the passage moved, write `page: {elsewhere}`."
            errors.append(
                ExplainerError(
                    f"the quote is not in {event.page}: {event.quote!r}",
                    path=path,
                    line=event.line_of("quote"),
                    hint=hint,
                )
            )
            if elsewhere:
                continue
        elif not found and passage_notes is not None:  # its words run across paragraphs
            errors.append(
                ExplainerError(
                    f"the quote is in {event.page} but not in one paragraph of its text: {event.quote!r}",
                    path=path,
                    line=event.line_of("quote"),
                    hint="Quote words that stand together in one paragraph.",
                )
            )
        if event.note is None:
            continue
        passage = (passage_notes or {}).get((event.page, event.quote))
        on_page = event.note in notes_on_page.get(event.page, ())
        in_passage = passage is None or event.note in passage.calls or event.note == passage.within
        # Outside the nav, the page's notes are numbered after the last page's: a number
        # that is called elsewhere on the page, under its new numbering, is no clue either.
        if not (on_page and in_passage) and nav is not None and event.page not in nav:
            errors.append(
                ExplainerError(
                    f"{event.page} is not in the nav, so its notes are not numbered in the article's order"
                    f" (note {event.note} cannot be checked)",
                    path=path,
                    line=event.line_of("note"),
                    hint="Add the page to `nav` in mkdocs.yml, where it belongs in the article's order.",
                )
            )
        elif not on_page:
            hint = "Notes are numbered across the article: a note added or removed before it changes its number."
            hint += renumbered
            if passage is not None and (passage.calls or passage.within is not None):
                hint += f" The quoted paragraph {_paragraph_notes(passage)}."
            hint += _following_hint(passage)
            errors.append(
                ExplainerError(
                    f"note {event.note} is not called on {event.page}", path=path, line=event.line_of("note"), hint=hint
                )
            )
        elif not in_passage:
            assert passage is not None  # in_passage holds without a passage
            errors.append(
                ExplainerError(
                    f"note {event.note} is not called in the quoted paragraph of {event.page},"
                    f" which {_paragraph_notes(passage)}",
                    path=path,
                    line=event.line_of("note"),
                    hint="Give the note of the quoted passage, or quote the words of the passage"
                    f" that note {event.note} supports. Notes are numbered across the article: a note added"
                    " or removed before it changes its number." + renumbered + _following_hint(passage),
                )
            )
    return errors


class _PageTexts(Mapping[str, str]):
    """Each page's Markdown by its source path, read from its file when first asked for:
    a quote the passage finder found on its page is not looked for in the text again,
    so a build whose every quote it found reads none of the pages a second time."""

    def __init__(self, files: Mapping[str, File]) -> None:
        self._files = files
        self._texts: dict[str, str] = {}

    def __getitem__(self, src_uri: str) -> str:
        if src_uri not in self._texts:
            self._texts[src_uri] = self._files[src_uri].content_string
        return self._texts[src_uri]

    def __contains__(self, src_uri: object) -> bool:
        return src_uri in self._files

    def __iter__(self) -> Iterator[str]:
        return iter(self._files)

    def __len__(self) -> int:
        return len(self._files)


def check_against_site(
    events: Sequence[TimelineEvent],
    files: Files,
    passage_notes: Mapping[str, Mapping[str, PassageNotes]],
    path: str,
    nav: Collection[str],
) -> list[ExplainerError]:
    """`check_against_pages` on the site's converted pages, once every note is numbered:
    each page's Markdown, the notes its HTML calls, and the notes of each quoted paragraph
    by those numbers.

    ``passage_notes``: page source path to {quote: the notes of the paragraph that holds it,
    by their place on the page}, as `PassagesExtension` found them while the page converted.
    """
    converted, called, numbered = _passages_numbered(files, passage_notes)
    return check_against_pages(events, _PageTexts(converted), called, path, numbered, nav)


def _passages_numbered(
    files: Files, passage_notes: Mapping[str, Mapping[str, PassageNotes]]
) -> tuple[dict[str, File], dict[str, list[int]], dict[tuple[str, str], PassageNotes]]:
    """The converted pages by source path, the notes each page's HTML calls (read once a
    page), and the notes of each quoted paragraph by those numbers, by (page, quote)."""
    converted = {file.src_uri: file for file in files.documentation_pages() if file.page is not None}
    called = {src_uri: note_numbers(file.page.content or "") for src_uri, file in converted.items()}
    numbered = {
        (src_uri, quote): passage.numbered(called[src_uri])
        for src_uri, passages in passage_notes.items()
        if src_uri in called
        for quote, passage in passages.items()
    }
    return converted, called, numbered


def notes_before_their_quote(
    events: Sequence[TimelineEvent],
    files: Files,
    passage_notes: Mapping[str, Mapping[str, PassageNotes]],
    path: str,
) -> list[str]:
    """A warning for each event whose note its quoted paragraph calls, but not right after
    the quoted words, where another note is called.

    An event's note is the one after its words (every event of the article so gives it).
    Notes added or removed before a passage renumber the notes after it, and an event's
    number may then name another note of the same paragraph: its link leads to the wrong
    source, and no error says so. ``passage_notes`` as for `check_against_site`."""
    _converted, _called, numbered = _passages_numbered(files, passage_notes)
    warnings = []
    for event in events:
        passage = numbered.get((event.page, event.quote))
        if passage is None or event.note is None or passage.within is not None:
            continue
        if passage.following is None or event.note == passage.following or event.note not in passage.calls:
            continue
        warnings.append(
            f"{path}:{event.line_of('note')}: note {event.note} is called in the quoted paragraph of {event.page},"
            f" but not right after the quoted words, where note {passage.following} is: write"
            f" `note: {passage.following}`, or, if note {event.note} is the one meant, quote the words it supports."
            " Notes are numbered across the article: a note added or removed before the passage changes its number"
        )
    return warnings


def shared_quotes(events: Sequence[TimelineEvent], holders: Mapping[str, Mapping[str, int]], path: str) -> list[str]:
    """A warning for each event whose quote more than one paragraph of its page holds.

    ``holders``: page source path to {quote: how many of the page's paragraphs hold it},
    as `PassagesExtension` counted them. The event links to the first, which may not be
    the passage meant.
    """
    return [
        f"{path}:{event.line_of('quote')}: the quote is in {count} paragraphs of {event.page},"
        f" and the event links to the first: {event.quote!r}; quote more of its words, so that they name"
        " one passage"
        for event in events
        if (count := holders.get(event.page, {}).get(event.quote, 0)) > 1
    ]


def misspelt_places(
    events: Sequence[TimelineEvent], places: Mapping[str, Sequence[str]], path: str, language: str = "en"
) -> list[ExplainerError]:
    """An error for each country written otherwise than a glossary place's term, with its first line.

    ``places``: each place entry's term, with its other names (aliases). A place's page
    lists the events that name its term, so a country that is one of its aliases, the
    term in other case, or a name of about the same length a letter or two astray
    ("Kyrgystan", "Kirgizstan") would leave that event off the page, and give the
    timeline's filter a second box for it. Countries that are no glossary place are fine,
    close ones too: a near match that is itself a country's name, in English or in the
    article's ``language`` ("Ireland" beside "Iceland", "North Korea" beside "South
    Korea"), is that country, and one of another length is another name ("Austria",
    "Australia")."""
    by_name = {name.casefold(): term for term, names in places.items() for name in (term, *names)}
    errors, seen = [], set(places)
    for event in events:
        for country in event.countries:
            if country in seen:
                continue
            seen.add(country)
            term = by_name.get(country.casefold())
            if term is None:
                import difflib  # here: only a country that no place's name matches needs it

                close = difflib.get_close_matches(country, places, n=1, cutoff=0.8)
                near = close and abs(len(close[0]) - len(country)) <= 1
                term = close[0] if near and country.casefold() not in _country_names(language) else None
            if term is not None:
                errors.append(
                    ExplainerError(
                        f"country {country!r} is written otherwise than the glossary's place {term!r}",
                        path=path,
                        line=event.line_of("countries"),
                        hint=f"Write {term!r}: the place's page lists the events that name it so, "
                        "and the timeline's filter has one box for it.",
                    )
                )
    return errors


@functools.cache  # asked once for each near match; CLDR's names do not change in a process
def _country_names(language: str) -> frozenset[str]:
    """The names of the world's countries and territories (CLDR's), in English and in
    ``language``, in lower case."""
    from babel import Locale, UnknownLocaleError  # Material's own dependency; only a near match needs it

    names: set[str] = set()
    for tag in dict.fromkeys(["en", language.replace("-", "_")]):
        try:
            territories = Locale.parse(tag).territories
        except (UnknownLocaleError, ValueError):
            continue
        names.update(name.casefold() for code, name in territories.items() if not code.isdigit())
    return frozenset(names)


def countries_of(events: Sequence[TimelineEvent]) -> list[str]:
    """Every country the events name, A to Z."""
    return sorted({country for event in events for country in event.countries})


@dataclass(frozen=True)
class TimelineRow:
    """One event as the timeline's page shows it: what the ``explainer/timeline.html``
    template reads, with its links relative to that page."""

    #: The event's anchor, ``event-1`` for the first: its place in the timeline.
    id: str
    date: str
    display_date: str
    #: Each date of a span (or the one date), and as readers write it, in HTML.
    times: list[tuple[str, str]]
    #: What stands between a span's dates; empty for one date.
    separator: str
    event: str
    event_html: str
    countries: tuple[str, ...]
    #: The title of the page that states the event, and the link to its passage.
    section: str
    passage: str
    note: int | None
    note_href: str


@dataclass(frozen=True)
class StatingPage:
    """The page an event quotes, as the timeline links to it."""

    url: str
    title: str


def timeline_rows(
    events: Sequence[TimelineEvent],
    pages: Mapping[str, StatingPage],
    passages: Mapping[str, Mapping[str, str]],
    here: str,
    language: str,
) -> list[TimelineRow]:
    """The events as rows of the timeline's page at the URL ``here``, in the timeline's order.

    ``pages`` gives each event's page by source path; ``passages``, for each page, the id of
    the paragraph that holds each quote. Events are checked against them first
    (`check_against_pages`), so every event's page and quote is there.
    """
    rows = []
    for index, event in enumerate(events, start=1):
        page = pages[event.page]
        page_url = relative_url(page.url, here)
        rows.append(
            TimelineRow(
                id=f"event-{index}",
                date=event.date,
                display_date=event.display_date(language),
                times=list(zip(event.dates, event.reader_dates_html(language), strict=True)),
                separator=event.span_separator(language),
                event=event.event,
                event_html=event.event_html,
                countries=event.countries,
                section=page.title,
                passage=f"{page_url}#{passages[event.page][event.quote]}",
                note=event.note,
                note_href=f"{page_url}#note-{event.note}" if event.note else "",
            )
        )
    return rows
