"""Parse BibTeX source into `Entry` objects: bibtexparser 2 and a middleware pipeline.

bibtexparser 2 splits the file into blocks; a pipeline of small middlewares then
normalises each entry, one transformation each, in the spirit of bibtexparser's own
middlewares: field names, BibTeX-to-biblatex aliases, ``crossref`` inheritance,
LaTeX to Unicode, person names, dates. Every problem is an `ExplainerError` with the
file and line.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

import bibtexparser
from bibtexparser import model
from bibtexparser.middlewares import NormalizeFieldKeys, RemoveEnclosingMiddleware, ResolveStringReferencesMiddleware
from bibtexparser.middlewares.middleware import BlockMiddleware, LibraryMiddleware
from bibtexparser.middlewares.names import parse_single_name_into_parts, split_multiple_persons_names

from .bibtex import (
    DATE_FIELDS,
    FACTS_NOT_PRINTED,
    FIELD_ALIASES,
    LEFT_ALONE_FIELDS,
    MONTHS,
    NAME_FIELDS,
    UNSHOWN_FIELDS,
    VERBATIM_FIELDS,
    Date,
    Entry,
    Person,
    SourceLocation,
    missing_bib_file_hint,
)
from .bibtex_field_slips import (
    TEXT_FIELDS,
    entity_problem,
    name_list_problem,
)
from .citation_syntax import KEY
from .conference_fields import meeting_fields
from .dates import dates_meant, parse_partial_date, written_as_date
from .deferred_patterns import DeferredPattern
from .errors import ExplainerError, ExplainerErrors, not_utf8_error
from .field_labels import edition_problem, label_problem
from .invisible_characters import PASTED, invisible_problem, without_invisible
from .latex_text import LatexProblem, LatexText
from .page_ranges import backwards_pages, pages_dashes, unreadable_pages, whole_ranges
from .place_lists import PLACE_FIELDS, places_listed
from .richtext import ITALIC_START, unmarked
from .vancouver_names import vancouver_rewrite

# bibtexparser logs each broken block itself, with 0-based lines; our errors say it better.
logging.getLogger("bibtexparser").addHandler(logging.NullHandler())
logging.getLogger("bibtexparser").propagate = False

_BRACED_WHOLE = re.compile(r"^\{(?P<inner>.*)\}$", re.DOTALL)


# --- Middlewares -------------------------------------------------------------------
# Each one takes the library from the one before and changes one thing.


def _field_value(entry: model.Entry, key: str) -> str | None:
    found = entry.fields_dict.get(key)
    return None if found is None else found.value


class UndefinedStrings(BlockMiddleware):
    """Notes the fields whose bare word named no ``@string`` (``publisher = ibt``), as
    (field, the value as written, the words that name no string, its line in the parsed text).

    After `ResolveStringReferencesMiddleware`, a value neither in braces nor in quotes
    nor a number is a reference to a string that is not defined: BibTeX would print it
    empty, and without this the word itself would reach the notes. A value joined with
    ``#`` (``publisher = ibt # { Ltd}``, ``month = jan # "~15"``), which that middleware
    leaves as written, is joined here, or its undefined names noted.
    """

    KEY = "explainer_undefined_strings"

    def transform_entry(self, entry: model.Entry, library: bibtexparser.Library) -> model.Block:
        undefined = []
        strings: dict[str, str] | None = None
        for bib_field in entry.fields:
            value = bib_field.value.strip() if isinstance(bib_field.value, str) else ""
            if not value or value.isdigit() or (value[0] in '{"' and "#" not in value):
                continue
            parts = _joined_parts(value)
            if parts is None:  # one bare word, or quotes and braces that do not pair
                if value[0] not in '{"':
                    undefined.append((bib_field.key, value, (value,), bib_field.start_line))
                continue
            if strings is None:
                strings = {string.key.casefold(): _unenclosed(string.value) for string in library.strings}
            names = [part for part in parts if part[0] not in '{"' and not part.isdigit()]
            if missing := tuple(name for name in names if name.casefold() not in strings):
                undefined.append((bib_field.key, value, missing, bib_field.start_line))
                continue
            texts = (strings.get(part.casefold(), _unenclosed(part)) for part in parts)
            bib_field.value = "{" + "".join(texts) + "}"
        if undefined:
            entry.parser_metadata[self.KEY] = undefined
        return entry


def _joined_parts(value: str) -> list[str] | None:
    """The parts of a value joined with ``#`` outside braces and quotes, each stripped;
    None for a value that is one part."""
    parts, depth, quoted, start = [], 0, False, 0
    for at, char in enumerate(value):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == '"' and not depth:
            quoted = not quoted
        elif char == "#" and not depth and not quoted:
            parts.append(value[start:at].strip())
            start = at + 1
    parts.append(value[start:].strip())
    return parts if len(parts) > 1 and all(parts) else None


def _unenclosed(value: str) -> str:
    """A string's or a part's text, without the braces or quotes around it."""
    value = value.strip()
    if len(value) > 1 and (value[0], value[-1]) in (("{", "}"), ('"', '"')):
        return value[1:-1]
    return value


class RunOnFields(BlockMiddleware):
    """Notes the fields whose value runs on into the next field: ``title = {T} author = {A}``.

    Without the comma between them, bibtexparser reads the rest as part of the first
    value, and the note would print "T author=A" as the title. Noted as (field, the next
    field, the first's line in the parsed text).
    """

    KEY = "explainer_run_on_fields"
    #: After a value's closing brace or quote: a field name and ``=``, then a value.
    _NEXT_FIELD = re.compile(r'[}"]\s*([A-Za-z][\w-]*)\s*=\s*[{"\d]')

    def transform_entry(self, entry: model.Entry, library: bibtexparser.Library) -> model.Block:
        run_on = []
        for bib_field in entry.fields:
            value = bib_field.value
            if type(value) is not str or "=" not in value:  # nearly every value: nothing can run on
                continue
            for found in self._NEXT_FIELD.finditer(value):
                before = value[: found.start() + 1]
                if before.count("{") == before.count("}"):  # outside every brace: a field's end
                    run_on.append((bib_field.key, found.group(1), bib_field.start_line))
                    break
        if run_on:
            entry.parser_metadata[self.KEY] = run_on
        return entry


class QuotesInQuotes(BlockMiddleware):
    """Notes the fields whose value, in quotation marks, holds one more: ``title = "On "X" today"``.

    BibTeX ends the value at the second mark; bibtexparser reads on to the last, and the
    note would print the marks inside as straight ones, and one more at the end. Noted as
    (field, its line in the parsed text).
    """

    KEY = "explainer_quotes_in_quotes"

    def transform_entry(self, entry: model.Entry, library: bibtexparser.Library) -> model.Block:
        quoted = []
        for bib_field in entry.fields:
            value = bib_field.value
            if type(value) is str and value.startswith('"') and len(_QUOTE.findall(value)) > 2:
                inside = value[1:-1]
                if _depth(inside) == 0 and _QUOTE.search(inside.replace("{", " ").replace("}", " ")):
                    quoted.append((bib_field.key, bib_field.start_line))
        if quoted:
            entry.parser_metadata[self.KEY] = quoted
        return entry


#: The fields the notes print that BibTeX names otherwise (``journal``): one given under
#: both names loses one of its values. (``annote`` and ``key``, which no note prints, are left.)
_PRINTED_UNDER_TWO_NAMES = frozenset({"journaltitle", "location", "institution"})


def _plain(value: str) -> str:
    """A value as compared with another: its words, whatever the spaces between them."""
    return " ".join(value.split())


class BiblatexFieldNames(BlockMiddleware):
    """Renames BibTeX fields to their biblatex names (``journal`` becomes ``journaltitle``).

    A printed field given under both names (``journal`` and ``journaltitle``) is noted under `KEY`,
    as (its biblatex name, its BibTeX name, the line of each): one of the two values would
    be dropped without a word."""

    KEY = "explainer_given_twice"
    #: ``address`` beside a ``location`` that differs from it, in an entry of a type that
    #: has one place, its place of publication, as (the address, the location, the line of
    #: each): one of the two is a slip. (In a published work of a meeting, `meeting_fields`
    #: reads the location as the meeting's venue.)
    VENUE_KEY = "explainer_location_beside_address"
    #: The fields renamed, as (biblatex's name, the name written), which a message names.
    RENAMED_KEY = "explainer_renamed"

    def transform_entry(self, entry: model.Entry, library: bibtexparser.Library) -> model.Block:
        twice, venues, same, renamed = [], [], [], []
        entry.entry_type = entry.entry_type.lower()
        written = {bib_field.key: str(bib_field.value) for bib_field in entry.fields}
        for written_name, name in meeting_fields(entry.entry_type, written).items():
            entry.fields_dict[written_name].key = name
            renamed.append((name, written_name))
        for bib_field in entry.fields:
            canonical = FIELD_ALIASES.get(bib_field.key)
            if canonical and canonical not in entry.fields_dict:
                renamed.append((canonical, bib_field.key))
                bib_field.key = canonical
            elif canonical in _PRINTED_UNDER_TWO_NAMES:
                other = entry.fields_dict[canonical]
                if _plain(str(other.value)) == _plain(str(bib_field.value)):
                    same.append(bib_field)  # one value under two names: nothing is lost
                elif canonical == "location":
                    venues.append((str(bib_field.value), str(other.value), bib_field.start_line, other.start_line))
                else:
                    twice.append((canonical, bib_field.key, other.start_line, bib_field.start_line))
        for bib_field in same:
            entry.fields.remove(bib_field)
        if twice:
            entry.parser_metadata[self.KEY] = twice
        if venues:
            entry.parser_metadata[self.VENUE_KEY] = venues
        if renamed:
            entry.parser_metadata[self.RENAMED_KEY] = tuple(renamed)
        return entry


#: The fields that name a parent, which its children have under the names of the book they are
#: in, as biblatex gives them to a chapter of a collection (`InheritCrossref`).
_PARENT_TITLES = MappingProxyType({"title": "booktitle", "subtitle": "booksubtitle", "titleaddon": "booktitleaddon"})
#: The fields a child does not have from its parent, as biblatex has it: its short and sorting
#: titles (a chapter's short form is the chapter's), and the links and options of the parent itself.
_NOT_INHERITED = frozenset({
    "crossref", "shorttitle", "sorttitle", "indextitle", "indexsorttitle", "ids", "xref", "entryset",
    "entrysubtype", "execute", "label", "options", "presort", "related", "relatedoptions", "relatedstring",
    "relatedtype", "shorthand", "shorthandintro", "sortkey",
})  # fmt: skip


class InheritCrossref(LibraryMiddleware):
    """Copies into an entry the fields it lacks from the entry its ``crossref`` names.

    A parent's ``title`` and ``subtitle`` become the child's ``booktitle`` and
    ``booksubtitle``, and its short title is not the child's, as biblatex does for chapters
    in a collection. The line of each field copied, the parent's, is noted under `KEY`: a
    message about it names the line where its value is written.
    """

    KEY = "explainer_inherited_lines"

    def transform(self, library: bibtexparser.Library) -> bibtexparser.Library:
        by_key = {entry.key: entry for entry in library.entries}
        for entry in library.entries:
            parent_key = _field_value(entry, "crossref")
            parent = by_key.get(parent_key) if parent_key else None
            if parent is None:
                continue
            inherited = {}
            for parent_field in parent.fields:
                key = _PARENT_TITLES.get(parent_field.key, parent_field.key)
                if key not in entry.fields_dict and parent_field.key not in _NOT_INHERITED:
                    entry.set_field(model.Field(key, parent_field.value))
                    if parent_field.start_line is not None:
                        inherited[key] = parent_field.start_line
            if inherited:
                entry.parser_metadata[self.KEY] = inherited
        return library


class LatexToUnicode(BlockMiddleware):
    """Decodes LaTeX (``{\\'e}``, ``\\v{c}``, ``\\&``, ``--``) to Unicode in every text field.

    Names are decoded later, once split, so that braces can still mark a literal name;
    verbatim fields (``url``) are left alone. A field whose LaTeX cannot be printed
    (`LatexProblem`) keeps its value and is noted under `KEY`, as (field, problem, its line).
    """

    KEY = "explainer_latex_problems"
    #: The fields written wholly in a brace group of their own (``title = {{“Dear Leader”}}``),
    #: which the editor asks to be printed as written: `Entry.as_written`.
    AS_WRITTEN_KEY = "explainer_as_written"

    def __init__(self) -> None:
        super().__init__()
        #: Built on first need: most UTF-8 bibliographies never need it.
        self._latex: LatexText | None = None
        #: Journal names, publishers and places repeat across entries: each is decoded once.
        self._decoded: dict[str, str] = {}
        #: One object for each distinct text (`share`).
        self._shared: dict[str, str] = {}

    def share(self, text: str) -> str:
        """``text``, as the one object kept for every equal text of this parse.

        Field names, names of people, journals and publishers repeat across entries. The
        entries reach the build pickled, and pickle writes an object it has already
        written as a reference to it: the build then holds each repeated text once.
        """
        return self._shared.setdefault(text, text)

    def decode(self, text: str) -> str:
        """``text`` as Unicode text."""
        return unmarked(self.decode_marked(text))

    def decode_marked(self, text: str) -> str:
        """``text`` as Unicode text, where italics start and end marked (`latex_text.ITALIC`)."""
        if not any(mark in text for mark in ("\\", "$", "~", "``")):
            # No command, math or tie: at most dashes, and braces that protect case, which go.
            if "--" in text:
                text = " ".join(text.replace("---", "\u2014").replace("--", "\u2013").split())
            if "{" in text or "}" in text:
                text = " ".join(text.replace("{", "").replace("}", "").split())
            return self.share(text)
        decoded = self._decoded.get(text)
        if decoded is None:
            decoded = self._decoded[text] = self.share(self._decode_latex(text))
        return decoded

    def _decode_latex(self, text: str) -> str:
        if self._latex is None:
            self._latex = LatexText()
        return self._latex.text(text)

    def transform_entry(self, entry: model.Entry, library: bibtexparser.Library) -> model.Block:
        problems = []
        as_written = [
            bib_field.key
            for bib_field in entry.fields
            if isinstance(bib_field.value, str)
            and bib_field.value.startswith("{")  # nearly every value does not: no further look
            and (braced := _BRACED_WHOLE.match(bib_field.value))
            and _balanced(braced["inner"])
        ]
        if as_written:
            entry.parser_metadata[self.AS_WRITTEN_KEY] = frozenset(as_written)
        for bib_field in entry.fields:
            if bib_field.key in VERBATIM_FIELDS or bib_field.key in NAME_FIELDS or bib_field.key in UNSHOWN_FIELDS:
                continue
            if bib_field.key in DATE_FIELDS and isinstance(bib_field.value, str):
                bib_field.value = bib_field.value.replace("{", "").replace("}", "")  # braces, and nothing else
                continue
            if isinstance(bib_field.value, str):
                if bib_field.key in PLACE_FIELDS:
                    # `London and New York and Delhi`, a list to biblatex, while braces still guard an "and".
                    bib_field.value = places_listed(bib_field.value)
                try:
                    bib_field.value = self.decode_marked(bib_field.value)
                except LatexProblem as problem:
                    problems.append((bib_field.key, str(problem), bib_field.start_line))
        if problems:
            entry.parser_metadata[self.KEY] = problems
        return entry


class FieldProblem(ValueError):
    """A value that cannot be printed as written: the message names the field, and the
    error is placed at the field's line."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def collapse_spaces(value: str) -> str:
    """``value`` as BibTeX reads it: each run of spaces, tabs and line breaks is one space.

    A value wrapped over several lines keeps neither the line break nor the indentation
    of the next line (``{Rivers and⏎      Borders}``), in every field.
    """
    if "\n" in value or "\t" in value or "  " in value:  # nearly every value is on one line: three scans
        return " ".join(value.split())
    return value.strip()


def parse_people(value: str, decode: LatexToUnicode, field: str = "author") -> tuple[Person, ...]:
    """Split ``Exemplar, A. and {UNESCO}`` into people; a name wholly in braces is literal,
    and a last ``and others`` stands for the people the list does not name (et al.)."""
    if problem := name_list_problem(value, field):
        raise ValueError(problem)
    if (meant := vancouver_rewrite(value)) is not None:
        # `Smith J., Doe K.` is one person to BibTeX, Doe K. Smith J.; `Smith J`, the family name J.
        raise ValueError(
            f"{value!r} writes names as Vancouver style does, the family name then bare initials, which BibTeX"
            " reads otherwise (the initials as a family name, a comma as the one between a person's Last and First);"
            f" write Last, First, joined with and: {meant}"
        )
    people = []
    names = split_multiple_persons_names(value)
    for index, raw in enumerate(names):
        raw = raw.strip()
        if raw == "others":
            if not people:
                raise ValueError(f"{value!r} starts with 'others'; name at least one person before 'and others'")
            if index != len(names) - 1:
                raise ValueError(f"{value!r} has names after 'and others'; put 'and others' last")
            people.append(Person(family="others", others=True))
            continue
        if not raw or raw.split()[0].casefold() == "and":  # "A and and B", or an "and" first
            raise ValueError(f"{value!r} has an 'and' with no name before it; one 'and' goes between two names")
        # The cheap test first: nearly every name holds neither mark, and blanking what braces
        # hold (`M{\"u}ller`) and HTML entities reads the name a character at a time.
        if ("&" in raw or ";" in raw) and (joined := _JOINED_OTHERWISE.search(_marks_between_names(raw))):
            # `Ng, A. & Roe, R.` is one name, "A. Ng A. & Roe", to BibTeX.
            mark = joined.group(0).strip()
            meant = _joined_with_and(value)
            alone = ";" not in mark and "," not in value  # no one's name written Last, First
            braced = f"{field} = {{{{{value}}}}}"
            organisation = f", or put an organisation's name in braces of its own: {braced}" if alone else ""
            raise ValueError(
                f"{value!r} has {mark.lstrip(chr(92))!r} between names, which BibTeX reads as one person's name;"
                f" join people's names with and: {meant}{organisation}"
            )
        if raw.split()[-1].casefold() == "and":  # "A and", which the splitter leaves on the last name
            raise ValueError(f"{value!r} has an 'and' with no name after it; one 'and' goes between two names")
        braced = _BRACED_WHOLE.match(raw)
        if braced and _balanced(braced.group("inner")):
            inner = braced.group("inner")
            while (again := _BRACED_WHOLE.match(inner)) and _balanced(again.group("inner")):
                inner = again.group("inner")
            people.append(Person(family=decode.decode(inner), literal=True))
            continue
        if _ET_AL.search(raw):
            # Read as a name, "et al." became the initials "e. a.": `K. e. a. Brown`.
            meant = re.sub(r"[\s,]*(?:\band\s+)?$", "", _ET_AL.split(value)[0]) + " and others"
            raise ValueError(
                f"{value!r} writes 'et al.' as a name; after the names it gives, write 'and others': {meant}"
            )
        commas = _commas_outside_braces(raw)
        if commas > 2:
            raise ValueError(f"{raw!r} has too many commas; write Last, First (or Last, Jr., First)")
        parts = parse_single_name_into_parts(raw, strict=False)
        if commas == 2 and _INITIALS.fullmatch(" ".join(parts.jr)):
            # `Brown, K., Smith`: two people joined with a comma, read as Smith Brown, suffix K.
            raise ValueError(
                f"{raw!r} reads {' '.join(parts.jr)} as a suffix (Jr.), between two commas;"
                " join two people's names with and: Last, First and Last, First"
            )
        if commas == 1 and (given_first := _GIVEN_FIRST.match(raw)):
            # `A. J. Exemplar, Ana Roe`: two people, each given name first, read as Last,
            # First: the family name "A. J. Exemplar", printed "A. R. A. J. Exemplar".
            meant = value.replace(raw, f"{given_first['before']} and {given_first['after']}")
            raise ValueError(
                f"{value!r} has a comma between two names written given name first, which BibTeX reads as one"
                f" name, Last, First (the family name {given_first['before']!r}); join people's names with and: {meant}"
            )
        if not parts.last:
            raise ValueError(f"{raw!r} has no family name; write Last, First, or brace a name: {{UNESCO}}")
        people.append(
            Person(
                family=decode.decode(" ".join(parts.last)),
                given=decode.decode(" ".join(parts.first)),
                particle=decode.decode(" ".join(parts.von)),
                suffix=decode.decode(" ".join(parts.jr)),
                inverted=commas > 0,
            )
        )
    return tuple(people)


#: "et al." written in a list of names, in any of its spellings (``et al``, ``et. al.``).
_ET_AL = re.compile(r"(?<!\w)et\.?\s*al(?:\.|(?!\w))", re.IGNORECASE)
#: Initials alone (``K.``, ``J. P.``, ``J.-P.``), which no suffix is.
_INITIALS = re.compile(r"[^\W\d_]\.(?:[ -]?[^\W\d_]\.)*")
#: A name given first, its initials then a family name (``A. J. Exemplar``), before a comma
#: and another name that is no suffix (``A. J. Exemplar, Jr.`` is one person's).
_GIVEN_FIRST = re.compile(
    rf"(?P<before>{_INITIALS.pattern}\s+[^\s,.][^,]*?)\s*,\s*(?P<after>(?!(?:[JjSs]r\.?|I{{2,3}}|IV)\s*$)\S.*)"
)


#: A mark typed between two names in place of ``and``: an ampersand, or a semicolon before
#: a space or the name's end.
_JOINED_OTHERWISE = DeferredPattern(r"\s\\?&\s|;(?=\s|$)")
#: What ends on a semicolon and is no mark between names: an HTML entity (``&#252;``, from a
#: web page's export) and LaTeX's thin space ``\;``.
_NOT_A_MARK = DeferredPattern(r"&#?\w+;|\\;")


def _marks_between_names(text: str) -> str:
    """``text`` with what braces hold, HTML entities and ``\\;`` blanked, each kept at its length,
    so that a `_JOINED_OTHERWISE` found in it is a mark between names, at its place in ``text``."""
    return _NOT_A_MARK.sub(lambda found: " " * len(found.group(0)), _outside_braces(text))


def _joined_with_and(value: str) -> str:
    """``value`` with each mark between names replaced by ``and``; what braces hold is kept as
    typed (``{Procter & Gamble}`` is one name)."""
    names, at = [], 0
    for joined in _JOINED_OTHERWISE.finditer(_marks_between_names(value)):
        names.append(value[at : joined.start()].strip())
        at = joined.end()
    return " and ".join([*names, value[at:].strip()])


def _outside_braces(text: str) -> str:
    """``text`` with what its braces hold left out (``{Procter & Gamble}`` is one name)."""
    if "{" not in text:
        return text
    depth, kept = 0, []
    for char in text:
        depth += char == "{"
        kept.append(char if depth == 0 else " ")
        depth -= char == "}" and depth > 0
    return "".join(kept)


def _commas_outside_braces(text: str) -> int:
    return _outside_braces(text).count(",")


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def parse_date(fields: Mapping[str, str]) -> Date | None:
    """The entry's date from biblatex ``date`` (ISO 8601) or BibTeX ``year``, ``month`` and ``day``.

    Raises `FieldProblem` with a message fit for an editor when the value is not a date.
    """
    year_and_month = _year_and_month(fields)
    if year_and_month is None and "month" in fields:
        _month_without_year(fields)
    if year_and_month is None and "day" in fields:
        raise FieldProblem("day", "day is given without a year and month; write the date as date = {YYYY-MM-DD}")
    day = _day(fields, *year_and_month) if year_and_month is not None else None
    if "date" in fields:
        try:
            date = parse_partial_date(fields["date"])
        except ValueError as problem:
            raise FieldProblem("date", f"date {problem}{_undated_hint(fields['date'])}") from None
        if year_and_month is not None:
            # Both, from a merge or an export: the note would print the date and drop the year.
            year, month = year_and_month
            if year != date.year or month not in (None, date.month) or day not in (None, date.day):
                given = "year, month and day" if day is not None else "year and month" if month is not None else "year"
                raise FieldProblem("date", f"date {fields['date']!r} and {given} disagree; keep one of them")
        return Date(date.year, date.month, date.day)
    if year_and_month is not None:
        return Date(*year_and_month, day)
    return None


def _month_without_year(fields: Mapping[str, str]) -> None:
    """Raises `FieldProblem` for BibTeX's ``month`` in an entry with no ``year``, which the
    notes would drop without a word: beside a ``date`` that gives another month or none, or
    alone. The same month as the date's is left alone: nothing is lost."""
    month = _month(fields)
    if "date" not in fields:
        raise FieldProblem("month", "month is given without a year; write the date as date = {YYYY-MM}")
    try:
        date = parse_partial_date(fields["date"])
    except ValueError:
        return  # the date's own error is the one to fix
    if date.month != month:
        raise FieldProblem("month", f"date {fields['date']!r} and month disagree; keep one of them")


def _day(fields: Mapping[str, str], year: int, month: int | None) -> int | None:
    """biblatex's ``day``, beside ``year`` and ``month``: the notes print it with them."""
    if "day" not in fields:
        return None
    day = fields["day"].strip()
    if month is None:
        raise FieldProblem(
            "day", f"day {fields['day']!r} is given without a month; write the date as date = {{YYYY-MM-DD}}"
        )
    if not day.isdigit():
        raise FieldProblem("day", f"day {fields['day']!r} is not a number; write the day as a number (day = 5)")
    try:
        return parse_partial_date(f"{year}-{month:02d}-{day.zfill(2)}").day
    except ValueError as problem:
        raise FieldProblem("day", f"year, month and day: {problem}") from None


def _undated_hint(value: str) -> str:
    """What to write instead of a date that is words, or a date marked uncertain."""
    if iso := written_as_date(value):
        return f"; write date = {{{iso}}}"
    if meant := dates_meant(value):
        if not meant.dates:  # `2015-1-32`, `31/31/2019`: no reading of it exists
            return "; it names no date that exists: check the date in the source"
        why = "ISO 8601 writes " + ("the year first" if meant.year_last else "a month and a day in two figures")
        if len(meant.dates) == 1:
            return f"; write date = {{{meant.dates[0]}}}: {why}"
        first = int(re.match(r"\s*(\d+)", value)[1])
        day_first, month_first = meant.dates
        return (
            f"; write date = {{{day_first}}} if {first} is the day, date = {{{month_first}}} if it is the month: {why}"
        )
    if re.search(r"[~?%]", value):
        return "; a date marked approximate or uncertain (~, ?) is not printed as such: give the date the notes print"
    if re.search(r"[A-Za-z]", value) and not re.search(r"\d", value):
        return (
            "; for a source with no date, leave the field out; for one not yet published, write"
            " pubstate = {forthcoming} (or {inpress}) instead"
        )
    return ""


def _year_and_month(fields: Mapping[str, str]) -> tuple[int, int | None] | None:
    """BibTeX ``year`` and ``month``, if the entry gives a year."""
    if "year" not in fields:
        return None
    year = fields["year"].strip()
    if not re.fullmatch(r"\d{4}", year):
        raise FieldProblem("year", f"year {year!r} is not a four-digit year{_undated_hint(year)}")
    return int(year), _month(fields)


def _month(fields: Mapping[str, str]) -> int | None:
    """BibTeX's ``month``, a number or an English name, if the entry gives one."""
    month_text = fields.get("month", "").strip().casefold()
    if month_text.isdigit() and 1 <= int(month_text) <= 12:
        return int(month_text)
    if month_text:
        if month_text not in MONTHS:
            # BibTeX's month names are English (`may`, `May`): another language's (`Mai`) is none.
            raise FieldProblem(
                "month",
                f"month {fields['month']!r} is not a month; write its number, 1 to 12, or its English name (May, may)",
            )
        return MONTHS[month_text]
    return None


def _parse_stack() -> list:
    return [
        ResolveStringReferencesMiddleware(),
        UndefinedStrings(),
        RunOnFields(),
        QuotesInQuotes(),
        RemoveEnclosingMiddleware(),
        NormalizeFieldKeys(),
        BiblatexFieldNames(),
        InheritCrossref(),
    ]


#: A field's start at the start of a line, as editors and reference managers write them.
_FIELD_LINE = re.compile(r"^[ \t]*([A-Za-z][\w:.+-]*)[ \t]*=", re.MULTILINE)
#: A brace that is not escaped (``\{`` is a literal brace).
_BRACE = DeferredPattern(r"(?<!\\)[{}]")
#: A quotation mark that is not escaped and not in braces (``{"}`` is a literal one).
_QUOTE = DeferredPattern(r'(?<![\\{])"')
#: The line that closes an entry, alone on it.
_CLOSING_LINE = DeferredPattern(r"\n[ \t]*[})]\s*$")
#: What the parser says when an entry runs on into the next one, or to the file's end:
#: a value or the entry left open.
_RUNS_ON = ("Unexpected block start", "Unexpectedly reached end of file", "after entry key, but found `@")


def _depth(text: str) -> int:
    """How many more braces ``text`` opens than it closes."""
    return sum(1 if brace.group() == "{" else -1 for brace in _BRACE.finditer(text))


def open_part(raw: str, first_line: int) -> tuple[int, str, str] | None:
    """In an entry BibTeX gave up on at the next entry or the file's end, starting on line
    ``first_line``: the field whose value leaves a brace or a quotation mark open, or else
    the entry itself, (its line, the message, the hint). None if there is no such field
    and the entry's braces close, or its fields are not written one a line.
    """
    starts = list(_FIELD_LINE.finditer(raw))
    if not starts:
        return None
    for field, after in zip(starts, [*starts[1:], None], strict=True):
        value = raw[field.end() : after.start() if after else len(raw)]
        if after is None:  # the last field: a brace on a line of its own closes the entry
            value = _CLOSING_LINE.sub("", value)
        value_start = field.end() + len(value) - len(value.lstrip())
        value = value.strip()
        opens = "a brace" if _depth(value) > 0 else None
        if value.startswith('"') and len(_QUOTE.findall(value)) % 2:
            opens = "a quotation mark"
        if opens == "a brace" and (stray := _stray_brace(value)) is not None:
            # `title = {A {new bottle? Old wine},`: the value ends with a }, and a { inside it is
            # the likelier slip; "close it before editor =" alone sent the editor to the line's end.
            words = value[stray + 1 :].split("\n", 1)[0].rstrip(" \t,}")
            words = words if len(words) <= 30 else words[:30].rsplit(" ", 1)[0] + "…"
            close = "close the value"
            if after is not None:
                next_line = first_line + raw.count("\n", 0, after.start())
                close += f" before {after.group(1)} = on line {next_line}"
            return (
                first_line + raw.count("\n", 0, value_start + stray),
                f"the value of {field.group(1)} opens a brace it never closes: the {{ before {words!r},"
                " or the value's own",
                "If that { is a slip, delete it, or put its } after the words it keeps as written ({UN}); if it is"
                f" meant, {close}.",
            )
        if opens:
            line = first_line + raw.count("\n", 0, field.start())
            hint = "Close it."
            if after is not None:
                next_line = first_line + raw.count("\n", 0, after.start())
                hint = f"Close it before {after.group(1)} = on line {next_line}."
            return line, f"the value of {field.group(1)} opens {opens} it never closes", hint
    if _depth(raw) > 0:
        last = starts[-1]
        closing = _closing_brace_line(raw[last.end() :])
        if closing is not None:
            # `date = {2017,` then `}`: the value takes the entry's } as its own.
            line = first_line + raw.count("\n", 0, last.start())
            closed_at = first_line + raw.count("\n", 0, last.end()) + closing
            return (
                line,
                f"the value of {last.group(1)} opens a brace it never closes, so it takes the entry's last }}"
                f" (line {closed_at}) as its own",
                f"Close it at the end of line {line}: {last.group(1)} = {{…}},",
            )
        return first_line, "the entry never closes: its last } is missing", "Put } after its last field."
    return None


def _stray_brace(value: str) -> int | None:
    """In a value written in braces and closed at its end (``{A {new bottle? Old wine},``)
    whose braces do not balance: the place of the first ``{`` inside it that the value's
    last ``}`` does not leave closed, the likelier slip than a missing last ``}``. None for
    a value that does not end with its ``}`` (``{River Law,``: its last brace is missing)."""
    closed = value.rstrip(", \t\n")
    if not (closed.startswith("{") and closed.endswith("}")) or closed.endswith("\\}"):
        return None
    opened: list[int] = []
    for brace in _BRACE.finditer(closed, 1, len(closed) - 1):
        if brace.group() == "{":
            opened.append(brace.start())
        elif opened:
            opened.pop()
        else:
            return None  # a } too many inside: not a stray {
    return opened[0] if opened else None


def _closing_brace_line(value: str) -> int | None:
    """If ``value`` opens with a brace closed by a ``}`` alone on a later line, the
    number of lines from the value's first to that one; else None."""
    value_start = len(value) - len(value.lstrip())
    if not value[value_start:].startswith("{"):
        return None
    depth = 0
    for brace in _BRACE.finditer(value, value_start):
        depth += 1 if brace.group() == "{" else -1
        if not depth:
            line_start = value.rfind("\n", 0, brace.start()) + 1
            line_end = value.find("\n", brace.end())
            alone = not value[line_start : brace.start()].strip()
            alone = alone and not value[brace.end() : len(value) if line_end < 0 else line_end].strip()
            return value.count("\n", 0, brace.start()) if alone and line_start > value_start else None
    return None


#: An entry's head without its ``@`` (``book{key,``), in text outside any entry.
_HEAD_WITHOUT_AT = re.compile(r"^[ \t]*([A-Za-z]+)[ \t]*[{(][ \t]*([^,\s{}()]+)[ \t]*,", re.MULTILINE)
#: A field and the start of its value, in text outside any entry.
_FIELD_VALUE = re.compile(_FIELD_LINE.pattern + r"[ \t]*[{\"\d]", re.MULTILINE)


def _field_outside_entries(
    comment: model.ImplicitComment, field: re.Match[str], entry: model.Entry, shown: str, offset: int
) -> ExplainerError:
    """BibTeX reads text between entries as a comment: a field there was meant for the entry
    above, which a brace too many closed early. Left alone, the field would be lost without a word."""
    line = comment.start_line + 1 - offset + comment.raw.count("\n", 0, field.start())
    closed = entry.start_line + 1 - offset + entry.raw.count("\n")
    return ExplainerError(
        f"{field.group(1)} = … is outside any entry, so BibTeX drops it: entry {entry.key!r} ends before it,"
        f" on line {closed}",
        path=shown,
        line=line,
        hint="Remove the } too many that ends the entry there; for a comment, write @comment{…}.",
    )


def _runs_on(block: model.ParsingFailedBlock) -> bool:
    reason = getattr(block.error, "abort_reason", "")
    return any(words in reason for words in _RUNS_ON)


_FAILED_KEY = DeferredPattern(r"\s*@\s*\w+\s*[{(]\s*([^,\s]+)\s*,")
#: A field's name and its value's opening brace or quote with no ``=`` between them, at
#: the start of a line or of a ``@string{``: ``location {London}``.
_FIELD_WITHOUT_EQUALS = DeferredPattern(r"(?:^|[,{(])[ \t]*([A-Za-z][\w-]*)[ \t]*([{\"]?)\s*\Z", re.MULTILINE)
#: A ``%`` comment inside an entry: a line of its own, or after a value's comma (``{T}, % checked``).
_COMMENT_LINE = DeferredPattern(r"(?:^[ \t]*|,[ \t]*)(%[^\n]*)$", re.MULTILINE)
_COMMENT_HINT = "Inside an entry BibTeX has no comments: move the line above the entry's @, or delete it."
#: From a comment to the block's end, nothing but comments and blank lines: no } closed the entry.
_ENDS_IN_COMMENTS = DeferredPattern(r"(?:%[^\n]*)?(?:\s*%[^\n]*)*\s*")
#: The parser's words for a value with no ``=`` before it, in an entry and in a ``@string``.
_NO_EQUALS = DeferredPattern(r"Expected (?:a `=`|equals sign)")
#: An entry whose key has no comma after it (``@book{k`` and the first field on the next line).
_KEY_WITHOUT_COMMA = DeferredPattern(r"\s*@\s*(\w+)\s*[{(]\s*([^,\s=]+)\s+(\w[\w-]*)\s*=")


def _failed_block_error(
    block: model.ParsingFailedBlock, shown: str, offset: int, first_line: Mapping[str, int]
) -> ExplainerError:
    """The error for a block the parser could not read, at the line that is wrong where it can tell."""
    line = (block.start_line or 0) + 1 - offset
    message = _describe_failure(block)
    hint = ""
    if isinstance(block, model.DuplicateBlockKeyBlock) and block.raw.lstrip()[:7].casefold() == "@string":
        # `@string{ibt = …}` twice: it was "duplicate key 'ibt'", first used "at bib/x.bib:?".
        first = first_line.get(f"@string {block.key}")
        if first is not None and first < 1:
            # `@string{jan = …}`: the first is `_month_macros`, above the file; it said "line -11".
            message = f"@string {block.key} names a month, which BibTeX defines itself"
            hint = f"Delete this definition: month = {block.key} is read as the month without it."
        else:
            message = f"@string {block.key} is defined twice" + (f", first on line {first}" if first else "")
            hint = "Keep one definition, or give the other another name (and write that name where it is meant)."
    elif isinstance(block, model.DuplicateBlockKeyBlock):
        hint = f"The key is first used at {shown}:{first_line.get(block.key, '?')}; keys must be unique."
    elif isinstance(block, model.DuplicateFieldKeyBlock) and (again := _given_again(block, offset)):
        line, hint = again
    elif (
        type(block) is model.ParsingFailedBlock
        and "comma after entry key" in getattr(block.error, "abort_reason", "")
        and (unparted := _KEY_WITHOUT_COMMA.match(block.raw))
    ):
        # The parser's words ("Expected comma after entry key, but found =") name no key.
        kind, key, first_field = unparted.groups()
        message = f"entry {key!r}: the key has no comma after it, so BibTeX cannot read {first_field} ="
        hint = f"Write @{kind}{{{key}, with a comma after the key."
    elif (
        type(block) is model.ParsingFailedBlock
        and _NO_EQUALS.search(getattr(block.error, "abort_reason", ""))
        and (comment := _COMMENT_LINE.search(block.raw))
    ):
        # `% end` before the entry's }: read as a field's name with no value.
        comment_line = line + block.raw.count("\n", 0, comment.start(1))
        key = _FAILED_KEY.match(block.raw)
        message = f"entry {key.group(1)!r}: " if key else ""
        if _ENDS_IN_COMMENTS.fullmatch(block.raw, comment.start(1)):
            # No } after the comment: the next entry's @ ended the block, and the comment
            # above it (`% note 2`) is where it stands right; the } before it is missing.
            message += f"the entry never closes: its last }} is missing before the comment {comment.group(1).strip()!r}"
            message += f" (line {comment_line})"
            hint = "Put } after its last field."
        else:
            line = comment_line
            message += f"the comment {comment.group(1).strip()!r} is read as a field's name, with no value"
            hint = _COMMENT_HINT
    elif (
        type(block) is model.ParsingFailedBlock
        and _NO_EQUALS.search(getattr(block.error, "abort_reason", ""))
        and (early := _closed_early(block.raw))
    ):
        # `author = {Ng}, A.},`: the parser's words ("Expected a `=` after entry key `A.`")
        # took what follows the value for a field's name.
        at, name, inside, after = early
        line += block.raw.count("\n", 0, at)
        key = _FAILED_KEY.match(block.raw)
        message = f"entry {key.group(1)!r}: " if key else ""
        message += f"the value of {name} ends at the }} after {inside[-20:]!r}, and {after!r} follows it"
        meant = inside + after.rstrip().rstrip(",").rstrip()[:-1] if after.rstrip().rstrip(",").endswith("}") else ""
        hint = f"Remove the }} too many: {name} = {{{meant}}}," if meant else "Remove the } too many."
    elif (
        type(block) is model.ParsingFailedBlock
        and _NO_EQUALS.search(getattr(block.error, "abort_reason", ""))
        and (unequal := _FIELD_WITHOUT_EQUALS.search(block.raw))
    ):
        # The parser's words ("Expected a `=` after entry key, but found `{`") name neither
        # the field nor its line.
        line += block.raw.count("\n", 0, unequal.start(1))
        key = _FAILED_KEY.match(block.raw)
        string = block.raw.lstrip().lower().startswith("@string")
        name = unequal.group(1)
        problem = f"{name} has no = before its value"
        message = f"entry {key.group(1)!r}: {problem}" if key and not string else f"@string {problem}"
        hint = (
            f"Write {name} = "
            + ('"…"' if unequal.group(2) == '"' else "{…}")
            + ", with = between the name and its value."
        )
    elif type(block) is model.ParsingFailedBlock and _runs_on(block) and (found := open_part(block.raw, line)):
        # The parser says where it gave up, often at the next entry: name the brace left open.
        line, problem, hint = found
        key = _FAILED_KEY.match(block.raw)
        message = f"entry {key.group(1)!r}: {problem}" if key else problem
    return ExplainerError(message, path=shown, line=line, hint=hint)


#: A field's name, ``=`` and the opening brace of its value, at the start of a line.
_BRACED_FIELD = DeferredPattern(r"^[ \t]*([A-Za-z][\w-]*)[ \t]*=[ \t]*\{", re.MULTILINE)


#: What may follow a value on its line: a comma, a }, a joined value (`# {…}`), the next
#: field (`, year = …`), or a comment (`, % checked`, which `_COMMENT_LINE` names).
_VALUE_ENDS_ITS_LINE = DeferredPattern(r"\s*(?:[,})]?\s*(?:#.*)?|,\s*[A-Za-z][\w-]*\s*=.*|,?\s*%.*)")


def _closed_early(raw: str) -> tuple[int, str, str, str] | None:
    """For a braced value that a } too many closes before its line ends (``{Ng}, A.},``):
    where its field starts in ``raw``, its name, what the braces hold, and the rest of the
    line after them; None if every value ends its line (or runs on over lines)."""
    for field in _BRACED_FIELD.finditer(raw):
        depth, start = 1, field.end()
        for index in range(start, len(raw)):
            char = raw[index]
            if char == "\n" and depth:
                break  # a value over several lines: no slip of this kind
            depth += {"{": 1, "}": -1}.get(char, 0) if raw[index - 1] != "\\" else 0
            if depth == 0:
                after = raw[index + 1 : raw.find("\n", index) if "\n" in raw[index:] else len(raw)]
                if after.strip() and not _VALUE_ENDS_ITS_LINE.fullmatch(after):
                    return field.start(1), field.group(1), raw[start:index], after.strip()
                break
    return None


def _given_again(block: model.DuplicateFieldKeyBlock, offset: int) -> tuple[int, str] | None:
    """The line of the first field an entry gives a second time, and the hint naming the first."""
    first: dict[str, int] = {}
    for bib_field in block.ignore_error_block.fields:
        if bib_field.start_line is None:
            continue
        line = bib_field.start_line + 1 - offset
        if bib_field.key in first:
            return line, f"{bib_field.key} is first given on line {first[bib_field.key]}."
        first[bib_field.key] = line
    return None


def _describe_failure(block: model.ParsingFailedBlock) -> str:
    if isinstance(block, model.DuplicateBlockKeyBlock):
        return f"duplicate key {block.key!r}"
    if isinstance(block, model.DuplicateFieldKeyBlock):
        fields = ", ".join(sorted(block.duplicate_keys))
        return f"entry {block.ignore_error_block.key!r} gives {fields} more than once; keep one"
    detail = getattr(block.error, "abort_reason", "") or str(block.error)
    detail = " ".join(detail.split()).rstrip(".")
    return f"this entry is not valid BibTeX ({detail or 'unreadable block'}); check its braces and commas"


class ParsedFile(NamedTuple):
    """A ``.bib`` file's entries, and those written without their ``@`` (`Bibliography.without_at`)."""

    entries: list[Entry]
    without_at: dict[str, tuple[str, str]]


def load_file(path: str, display_path: str | None = None) -> ParsedFile:
    """Parse one ``.bib`` file into entries; raise `ExplainerErrors` listing every problem."""
    shown = display_path or path
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except FileNotFoundError:
        # Listed files are checked when the build starts (the hook); this one went since.
        hint = missing_bib_file_hint(path, shown)
        raise ExplainerError("bibliography file not found", path=shown, hint=hint) from None
    except IsADirectoryError:
        inside = sorted(name for name in os.listdir(path) if name.endswith(".bib"))
        hint = "List the .bib files themselves under `bib_files`" + (
            f": {', '.join(os.path.join(shown, name) for name in inside)}." if inside else "; it holds none."
        )
        raise ExplainerError("is a folder, not a .bib file", path=shown, hint=hint) from None
    except OSError as error:
        raise ExplainerError(f"the file cannot be read ({error.strerror})", path=shown) from None
    except UnicodeDecodeError as error:
        with open(path, "rb") as handle:
            raw = handle.read()
        raise not_utf8_error(raw, shown, raw.count(b"\n", 0, error.start) + 1) from None
    return parse_text(text, shown)


#: A key a citation can name (`citation_syntax.KEY`).
_CITABLE_KEY = re.compile(KEY)


def parse_text(text: str, shown: str) -> ParsedFile:
    """Parse BibTeX source; ``shown`` is the path that error messages give."""
    library = bibtexparser.parse_string(_month_macros() + text, parse_stack=_parse_stack())
    offset = _month_macros().count("\n")
    errors: list[ExplainerError] = []
    first_line: dict[str, int] = {}
    last_entry: model.Entry | None = None
    without_at: dict[str, tuple[str, str]] = {}
    for block in library.blocks:
        if isinstance(block, model.Entry):
            first_line.setdefault(block.key, block.start_line + 1 - offset)
            last_entry = block
        elif isinstance(block, model.String) and block.start_line is not None:
            first_line.setdefault(f"@string {block.key}", block.start_line + 1 - offset)
        elif type(block) is model.ParsingFailedBlock:
            # The parser stops inside an entry it cannot read (no comma after its key) and leaves
            # the rest of that entry as text: those fields are its own, which its error names.
            last_entry = None
        elif isinstance(block, model.ImplicitComment):
            head = _HEAD_WITHOUT_AT.search(block.raw)
            if head:
                line = block.start_line + 1 - offset + block.raw.count("\n", 0, head.start())
                without_at.setdefault(head.group(2), (f"{shown}:{line}", head.group(1).lower()))
            # Fields before any entry's head: a } too many closed the entry above early.
            field = _FIELD_VALUE.search(block.raw, 0, head.start() if head else len(block.raw))
            if field and last_entry:
                errors.append(_field_outside_entries(block, field, last_entry, shown, offset))
    errors += (_failed_block_error(block, shown, offset, first_line) for block in library.failed_blocks)

    decode = LatexToUnicode()
    entries = []
    keys_folded: dict[str, str] = {}
    #: The entries' `Entry.field_lines`, one mapping for the entries written alike.
    layouts: dict[tuple[tuple[str, int], ...], dict[str, int]] = {}
    #: Likewise the names written for biblatex's (``journal``): one mapping for each way.
    renamings: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}
    for block in library.entries:
        line = block.start_line + 1 - offset

        def line_of(start_line: int | None, line: int = line) -> int:
            """A field's line in the file, from bibtexparser's in the parsed text; the entry's if none."""
            return line if start_line is None else start_line + 1 - offset

        if not _CITABLE_KEY.fullmatch(block.key):
            message = f"entry key {block.key!r} cannot be cited" if block.key else "this entry has no key"
            hint = "A key starts with a letter, digit or _, and holds no space: write @type{key, …}."
            visible = without_invisible(block.key)
            if visible != block.key and _CITABLE_KEY.fullmatch(visible):
                # `@book{doe2020­rivers,`: the message showed the key as the editor meant it, and the key escaped.
                message = f"entry key '{visible}' holds {invisible_problem(block.key)}, {PASTED}"
                hint = (
                    f"Type the key again without it, @{block.entry_type}{{{visible}, …}}: no citation can name it now."
                )
            errors.append(ExplainerError(message, path=shown, line=line, hint=hint))
        elif keys_folded.setdefault(block.key.casefold(), block.key) != block.key:
            other = keys_folded[block.key.casefold()]
            errors.append(
                ExplainerError(
                    f"key {block.key!r} differs from {other!r} only in case",
                    path=shown,
                    line=line,
                    hint=f"{other!r} is at {shown}:{first_line.get(other, '?')}; BibTeX reads both as one key.",
                )
            )
        for field_key, next_field, at in block.parser_metadata.get(RunOnFields.KEY, ()):
            errors.append(
                ExplainerError(
                    f"entry {block.key!r}: {field_key} runs on into {next_field} = …; a comma is missing between them",
                    path=shown,
                    line=line_of(at),
                    hint="Put a comma after each field's value.",
                )
            )
        for field_key, at in block.parser_metadata.get(QuotesInQuotes.KEY, ()):
            errors.append(
                ExplainerError(
                    f'entry {block.key!r}: the value of {field_key}, in quotation marks, holds another ",'
                    " where BibTeX ends the value",
                    path=shown,
                    line=line_of(at),
                    hint=f"Put the value in braces, {field_key} = {{…}}, where a quotation mark is text.",
                )
            )
        for name, bibtex_name, first, then in block.parser_metadata.get(BiblatexFieldNames.KEY, ()):
            errors.append(
                ExplainerError(
                    f"entry {block.key!r} gives {name} twice, as {name} and as {bibtex_name}, BibTeX's name for it;"
                    " keep one",
                    path=shown,
                    line=line_of(max(first, then)),
                    hint=f"The other is on line {line_of(min(first, then))}.",
                )
            )
        for address, location, address_at, location_at in block.parser_metadata.get(BiblatexFieldNames.VENUE_KEY, ()):
            errors.append(
                ExplainerError(
                    f"entry {block.key!r} gives address {address!r} and location {location!r}, biblatex's name for"
                    f" address: {_one_place(block)}, so one of them is a slip",
                    path=shown,
                    line=line_of(location_at),
                    hint=f"Keep the place of publication and delete the other (address is on line"
                    f" {line_of(address_at)}); a place where the work was given or held goes in note, as the note"
                    " should read it.",
                )
            )
        for field_key, value, words, at in block.parser_metadata.get(UndefinedStrings.KEY, ()):
            errors.append(_undefined_string_error(block.key, field_key, value, words, library, shown, line_of(at)))
        parent = _field_value(block, "crossref")
        if parent is not None and parent not in first_line:
            errors.append(
                ExplainerError(
                    f"entry {block.key!r}: crossref {parent!r} names no entry in this file",
                    path=shown,
                    line=line_of(block.fields_dict["crossref"].start_line),
                    hint="Fix the key, or add that entry to the same file.",
                )
            )
        decode.transform_entry(block, library)
        # A field from the crossref is the parent's, whose own error names it, at its line:
        # said again for each entry that names the parent, it was one slip told many times.
        inherited = block.parser_metadata.get(InheritCrossref.KEY, {})
        for field_key, problem, at in block.parser_metadata.get(LatexToUnicode.KEY, ()):
            if field_key not in inherited:
                errors.append(
                    ExplainerError(f"entry {block.key!r}: {field_key} {problem}", path=shown, line=line_of(at))
                )
        fields = {}
        layout = []
        for bib_field in block.fields:
            if bib_field.key in UNSHOWN_FIELDS:
                continue
            key = decode.share(bib_field.key)
            value = bib_field.value if isinstance(bib_field.value, str) else str(bib_field.value)
            fields[key] = collapse_spaces(value)
            # A field from the crossref is placed at the parent's line, where its value is written.
            if (at := bib_field.start_line if bib_field.start_line is not None else inherited.get(key)) is not None:
                layout.append((key, at - block.start_line))
        field_lines = layouts.get(written := tuple(layout)) or layouts.setdefault(written, dict(written))
        location = SourceLocation(shown, line)
        if commented := [name for name in fields if name.startswith("%")]:
            errors += (
                # bibtexparser places the field at its name's last line: the comment is above it.
                _comment_in_entry(block.key, name, shown, line + field_lines.get(name, 0) - name.count("\n"))
                for name in commented
                if name not in inherited
            )
            continue
        if misspelt := _misspelt_fields(fields):
            errors += (
                ExplainerError(
                    f"entry {block.key!r}: {problem}", path=shown, line=line + field_lines.get(problem.field, 0)
                )
                for problem in misspelt
                if problem.field not in inherited
            )
            continue
        try:
            as_written = block.parser_metadata.get(LatexToUnicode.AS_WRITTEN_KEY, frozenset())
            renamed = block.parser_metadata.get(BiblatexFieldNames.RENAMED_KEY, ())
            written_names = renamings.get(renamed) or renamings.setdefault(renamed, dict(renamed))
            entries.append(
                _make_entry(
                    block.key,
                    block.entry_type,
                    fields,
                    location,
                    field_lines,
                    decode,
                    as_written,
                    written_names,
                    dict.fromkeys(inherited, parent) if inherited else None,
                )
            )
        except FieldProblem as problem:
            if problem.field not in inherited:
                at = line + field_lines.get(problem.field, 0)
                errors.append(ExplainerError(f"entry {block.key!r}: {problem}", path=shown, line=at))
    if errors:
        raise ExplainerErrors(errors)
    return ParsedFile(entries, without_at)


def _one_place(block: model.Entry) -> str:
    """Why an entry's address and location, two places, can only be one, the place where it was published."""
    if "venue" in block.fields_dict:  # the meeting's place is given: neither of them is it
        return "beside venue, the meeting's place, both name where the work was published"
    return f"an @{block.entry_type} has one place, where it was published"


def _undefined_string_error(
    key: str, field: str, value: str, words: tuple[str, ...], library: bibtexparser.Library, shown: str, line: int
) -> ExplainerError:
    """The error for a value whose bare words name no ``@string``: the value alone, or the
    names of a value joined with ``#``, with the defined string closest to each."""
    if words == (value,):
        return ExplainerError(
            f"entry {key!r}: {field} = {value} names no @string",
            path=shown,
            line=line,
            hint=f"Put the value in braces ({field} = {{{value}}}), or define @string{{{value} = {{...}}}}.",
        )
    import difflib  # only for an editor's slip

    defined = [string.key for string in library.strings if string.key not in _MONTH_ABBREVIATIONS]
    named = " and ".join(words)
    close = [found for word in words for found in difflib.get_close_matches(word, defined, n=1, cutoff=0.6)]
    meant = f"Did you mean {' and '.join(close)}? " if close else ""
    return ExplainerError(
        f"entry {key!r}: {field} = {value} joins {named}, which names no @string",
        path=shown,
        line=line,
        hint=f"{meant}Define each name with @string{{name = {{...}}}} before the entry, or put its text in braces.",
    )


def _comment_in_entry(key: str, name: str, shown: str, line: int) -> ExplainerError:
    """The error for a ``%`` line inside an entry, which BibTeX reads as (part of) the next
    field's name: ``name`` is that name, as read. The field would be lost without a word."""
    *comments, field = [part.strip() for part in name.split("\n")]
    hint = _COMMENT_HINT
    if comments:  # `% checked` on a line of its own, then `location = …`
        field = field.lstrip("%").strip()
        return ExplainerError(
            f"entry {key!r}: the comment {comments[0]!r} is read as part of the name of {field}, which the notes lose",
            path=shown,
            line=line,
            hint=hint,
        )
    return ExplainerError(
        f"entry {key!r}: {field!r} is read as a field's name: a % does not set a field aside inside an entry",
        path=shown,
        line=line,
        hint=hint,
    )


def _month_macros() -> str:
    # Month macros (``month = jan``) are @string references that BibTeX predefines;
    # declaring them keeps bibtexparser from reporting them as undefined.
    return "".join(f"@string{{{abbr} = {{{abbr}}}}}\n" for abbr in _MONTH_ABBREVIATIONS)


_MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


#: The fields the notes and the bibliography read (BibTeX's names and biblatex's).
_READ_FIELDS = (
    "address", "articleno", "author", "booksubtitle", "booktitle", "crossref", "date", "day", "doi", "edition",
    "editor", "eid", "howpublished", "institution", "journal", "journaltitle", "location", "month", "note",
    "number", "organization", "pages", "publisher", "pubstate", "school", "series", "shorttitle",
    "subtitle", "title", "translatedtitle", "type", "url", "volume", "year",
)  # fmt: skip
#: Every field of BibTeX, biblatex and the reference managers: one the notes read, a fact
#: they do not print (warned of in `style`) or one left alone, never a slip.
_KNOWN_FIELDS = FACTS_NOT_PRINTED.union(LEFT_ALONE_FIELDS, _READ_FIELDS)


def _misspelt_fields(fields: Mapping[str, str]) -> list[FieldProblem]:
    """The problems of the fields that no one reads but are close to one the notes read
    (``autor``, ``organisation``): the notes would leave them out without a word. All of
    them, so that an editor fixes an entry's slips in one rebuild."""
    if _KNOWN_FIELDS.issuperset(fields):  # nearly always: one set operation
        return []
    import difflib  # only for an editor's slip

    problems = []
    for name in fields:
        if name in _KNOWN_FIELDS:
            continue
        # Two letters typed the wrong way round (``yaer``) count as one slip, though on a
        # short name they change too much of it for difflib's ratio.
        close = [field for field in _READ_FIELDS if _swaps_two_letters(name, field)]
        if close or (close := difflib.get_close_matches(name, _READ_FIELDS, n=1, cutoff=0.8)):
            problems.append(FieldProblem(name, f"{name} is no field the notes read; did you mean {close[0]}?"))
    return problems


def _swaps_two_letters(written: str, meant: str) -> bool:
    """Whether ``written`` is ``meant`` with two neighbouring letters swapped (``yaer``, ``year``)."""
    if len(written) != len(meant):
        return False
    differ = [at for at, (one, other) in enumerate(zip(written, meant, strict=True)) if one != other]
    if len(differ) != 2:
        return False
    first, second = differ
    return second == first + 1 and written[first] == meant[second] and written[second] == meant[first]


#: A semicolon between two places of publication, with the spaces around it.
_PLACES_APART = DeferredPattern(r"\s*;\s*(?=\S)")
_DOI_PREFIX = DeferredPattern(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
#: A DOI: the directory's "10.", a registrant's number, a slash and a suffix without spaces.
_DOI = DeferredPattern(r"^10\.\d{4,9}(\.\d+)*/\S+$")


def _make_entry(
    key: str,
    entry_type: str,
    fields: dict[str, str],
    location: SourceLocation,
    field_lines: Mapping[str, int],
    decode: LatexToUnicode,
    as_written: frozenset[str] = frozenset(),
    written_names: Mapping[str, str] | None = None,
    crossref_fields: Mapping[str, str] | None = None,
) -> Entry:
    if "" in fields.values():  # the values come stripped
        empty = [name for name, value in fields.items() if not value]
        are = "is" if len(empty) == 1 else "are"
        raise FieldProblem(empty[0], f"{', '.join(empty)} {are} empty; fill it in or remove it")
    url = fields.get("url")
    if url is not None and " " in url:
        raise FieldProblem(
            "url", f"url {url!r} holds a space; write the address without spaces, on one line (%20 for a space in it)"
        )
    if url is not None and not re.match(r"^https?://\S+$", url):
        raise FieldProblem("url", f"url {url!r} is not an http(s) address; only http:// and https:// links are allowed")
    # An apostrophe is a character of addresses (RFC 3986), written into links escaped;
    # these three are not, and a browser would change them when it follows the link.
    if url is not None and (unsafe := next((char for char in url if char in '"<>'), None)):
        raise FieldProblem(
            "url",
            f"url {url!r} holds {unsafe}, which an address cannot; write it as %{ord(unsafe):02X}, as a browser does",
        )
    if url is not None and "\\" in url:
        raise FieldProblem(
            "url", f"url '{url}' holds a backslash; a url is copied as it is, so write _ and % without one"
        )
    doi = fields.get("doi")
    if doi is not None:
        # Reference managers write it bare, as a link or with "doi:"; the notes link it.
        bare = _DOI_PREFIX.sub("", doi)
        if not _DOI.match(bare):
            raise FieldProblem(
                "doi", f"doi {doi!r} is not a DOI; write it as 10.1234/abc, with or without https://doi.org/"
            )
        fields["doi"] = bare
    for name in sorted(TEXT_FIELDS.intersection(fields)):
        if problem := entity_problem(name, fields[name]):
            raise FieldProblem(name, problem)
    people = {}
    for name in NAME_FIELDS:
        if name in fields:
            try:
                people[name] = parse_people(fields.pop(name), decode, name)
            except ValueError as problem:
                raise FieldProblem(name, f"{name} {problem}") from None
    date = parse_date(fields)
    for name in ("year", "month", "day"):
        fields.pop(name, None)
    if ";" in fields.get("location", ""):
        # Places as a library catalogue writes them, and Zotero from it (`Oxford ; New York`):
        # the notes join places with a comma, as the journal prints them (`London, New York`).
        fields["location"] = _PLACES_APART.sub(", ", fields["location"])
    if "pages" in fields:
        fields["pages"] = pages_dashes(re.sub(r"\s*(?:--|–)\s*", "–", fields["pages"]))
        if re.search(r"(^|,)\s*–|–\s*($|,)", fields["pages"]):
            raise FieldProblem("pages", f"pages {fields['pages']!r} has a dash with no page on one side")
        if unreadable := unreadable_pages(fields["pages"]):
            raise FieldProblem("pages", f"pages {fields['pages']!r} {unreadable}")
        # A range with its last page cut short (`112--13`, British `12--3`), printed whole.
        fields["pages"] = whole_ranges(fields["pages"])
        if backwards := backwards_pages(fields["pages"]):
            raise FieldProblem(
                "pages", f"pages {fields['pages']!r} runs backwards ({backwards}); write the first page first"
            )
    for name in ("volume", "number"):
        if name in fields and (problem := label_problem(name, fields[name])):
            raise FieldProblem(name, problem)
    if "edition" in fields and (problem := edition_problem(fields["edition"])):
        raise FieldProblem("edition", problem)
    # A field with italics in it (``\emph{…}``) is kept so for the notes; plain everywhere else.
    marked = {name: value for name, value in fields.items() if ITALIC_START in value}
    for name, value in marked.items():
        fields[name] = unmarked(value)
    return Entry(
        key=key,
        type=decode.share(entry_type.lower()),
        fields=MappingProxyType(fields),
        marked_fields=marked,
        as_written=as_written,
        written_names=written_names or {},
        authors=people.get("author", ()),
        editors=people.get("editor", ()),
        translators=people.get("translator", ()),
        date=date,
        location=location,
        field_lines=field_lines,
        crossref_fields=crossref_fields or {},
    )
