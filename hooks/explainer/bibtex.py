"""Load BibTeX files into typed entries.

bibtexparser 2 splits the file into blocks; a pipeline of small middlewares then
normalises each entry, one transformation each, in the spirit of bibtexparser's own
middlewares: field names, BibTeX-to-biblatex aliases, ``crossref`` inheritance,
LaTeX to Unicode, person names, dates. What comes out is a `Bibliography` of frozen
`Entry` objects that remember the file and line they came from, so every later
error can point an editor at the right place.
"""

from __future__ import annotations

import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import bibtexparser
from bibtexparser import model
from bibtexparser.middlewares import NormalizeFieldKeys, RemoveEnclosingMiddleware, ResolveStringReferencesMiddleware
from bibtexparser.middlewares.middleware import BlockMiddleware, LibraryMiddleware
from bibtexparser.middlewares.names import parse_single_name_into_parts, split_multiple_persons_names
from pylatexenc.latex2text import LatexNodes2Text
from pylatexenc.latexwalker import get_default_latex_context_db

from .errors import ExplainerError, ExplainerErrors
from .forked import Forked

# bibtexparser logs each broken block itself, with 0-based lines; our errors say it better.
logging.getLogger("bibtexparser").addHandler(logging.NullHandler())
logging.getLogger("bibtexparser").propagate = False

#: Fields whose value is taken verbatim: LaTeX decoding would eat `_`, `%` and `~`.
VERBATIM_FIELDS = frozenset({"url", "doi", "eprint", "file", "urldate"})
#: Fields no part of the site shows: neither decoded nor kept (a reference manager's
#: abstracts and keywords are most of its export; the BibTeX download is the file as written).
UNSHOWN_FIELDS = frozenset({"abstract", "keywords", "file", "annote", "annotation"})
#: Fields holding lists of people.
NAME_FIELDS = ("author", "editor")
#: BibTeX names and their biblatex equivalents, which the style reads.
FIELD_ALIASES = MappingProxyType(
    {
        "journal": "journaltitle",
        "address": "location",
        "school": "institution",
        "annote": "annotation",
        "key": "sortkey",
    }
)
MONTHS = MappingProxyType(
    {
        name: number
        for number, names in enumerate(
            (
                ("jan", "january"),
                ("feb", "february"),
                ("mar", "march"),
                ("apr", "april"),
                ("may",),
                ("jun", "june"),
                ("jul", "july"),
                ("aug", "august"),
                ("sep", "sept", "september"),
                ("oct", "october"),
                ("nov", "november"),
                ("dec", "december"),
            ),
            start=1,
        )
        for name in names
    }
)
_ISO_DATE = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")
_BRACED_WHOLE = re.compile(r"^\{(?P<inner>.*)\}$", re.DOTALL)


@dataclass(frozen=True)
class Person:
    """One author or editor.

    A *literal* name (written ``{Zhang Wei}`` or ``{UNESCO}`` in BibTeX) is printed whole,
    never abbreviated or inverted: organisations, and names printed in natural order.
    """

    family: str
    given: str = ""
    particle: str = ""
    suffix: str = ""
    literal: bool = False

    @property
    def initials(self) -> str:
        """``J. P.`` for ``Jean Pierre`` or ``J. P.``; ``J.-P.`` for ``Jean-Pierre``."""
        words = []
        for word in self.given.split():
            parts = [part for part in word.split("-") if part]
            words.append("-".join(part[0] + "." for part in parts))
        return " ".join(words)

    @property
    def family_with_particle(self) -> str:
        return f"{self.particle} {self.family}".strip()

    def sort_key(self) -> str:
        return fold(f"{self.family} {self.given}")


@dataclass(frozen=True)
class Date:
    """A publication date as precise as the source gives it."""

    year: int
    month: int | None = None
    day: int | None = None


@dataclass(frozen=True)
class SourceLocation:
    """Where a thing was written: a path relative to the project, and a 1-based line."""

    path: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass(frozen=True)
class Entry:
    """One source, normalised: biblatex field names, Unicode text, parsed names and date."""

    key: str
    type: str
    fields: Mapping[str, str]
    authors: tuple[Person, ...] = ()
    editors: tuple[Person, ...] = ()
    date: Date | None = None
    location: SourceLocation = field(default_factory=lambda: SourceLocation("?"))

    def get(self, name: str, default: str = "") -> str:
        return self.fields.get(name, default)

    def __reduce__(self) -> tuple:
        # A mapping proxy cannot be pickled; entries cross from the process that parses them.
        return (_entry, (self.key, self.type, dict(self.fields), self.authors, self.editors, self.date, self.location))


def _entry(
    key: str,
    type: str,
    fields: dict[str, str],
    authors: tuple[Person, ...],
    editors: tuple[Person, ...],
    date: Date | None,
    location: SourceLocation,
) -> Entry:
    return Entry(key, type, MappingProxyType(fields), authors, editors, date, location)


@dataclass(frozen=True)
class Bibliography:
    """All entries of the configured files, by key, in file order."""

    entries: Mapping[str, Entry]
    files: tuple[str, ...] = ()

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def __getitem__(self, key: str) -> Entry:
        return self.entries[key]

    def __len__(self) -> int:
        return len(self.entries)

    def keys(self) -> list[str]:
        return list(self.entries)

    def __reduce__(self) -> tuple:
        return (_bibliography, (dict(self.entries), self.files))


def _bibliography(entries: dict[str, Entry], files: tuple[str, ...]) -> Bibliography:
    return Bibliography(MappingProxyType(entries), files)


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form of ``text``, for sorting and matching."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return stripped.casefold()


# --- Middlewares -------------------------------------------------------------------
# Each one takes the library from the one before and changes one thing.


def _field_value(entry: model.Entry, key: str) -> str | None:
    found = entry.fields_dict.get(key)
    return None if found is None else found.value


class BiblatexFieldNames(BlockMiddleware):
    """Renames BibTeX fields to their biblatex names (``journal`` becomes ``journaltitle``)."""

    def transform_entry(self, entry: model.Entry, library: bibtexparser.Library) -> model.Block:
        for bib_field in entry.fields:
            canonical = FIELD_ALIASES.get(bib_field.key)
            if canonical and canonical not in entry.fields_dict:
                bib_field.key = canonical
        entry.entry_type = entry.entry_type.lower()
        return entry


class InheritCrossref(LibraryMiddleware):
    """Copies into an entry the fields it lacks from the entry its ``crossref`` names.

    A parent's ``title`` becomes the child's ``booktitle``, as biblatex does for
    chapters in a collection.
    """

    def transform(self, library: bibtexparser.Library) -> bibtexparser.Library:
        by_key = {entry.key: entry for entry in library.entries}
        for entry in library.entries:
            parent_key = _field_value(entry, "crossref")
            parent = by_key.get(parent_key) if parent_key else None
            if parent is None:
                continue
            for parent_field in parent.fields:
                key = "booktitle" if parent_field.key == "title" else parent_field.key
                if key not in entry.fields_dict and key != "crossref":
                    entry.set_field(model.Field(key, parent_field.value))
        return library


class LatexToUnicode(BlockMiddleware):
    """Decodes LaTeX (``{\\'e}``, ``\\v{c}``, ``\\&``, ``--``) to Unicode in every text field.

    Names are decoded later, once split, so that braces can still mark a literal name;
    verbatim fields (``url``) are left alone.
    """

    def __init__(self) -> None:
        super().__init__()
        self._decoder: LatexNodes2Text | None = None
        #: pylatexenc builds its table of macros for every walker unless it is given one.
        self._latex_context = None
        #: Journal names, publishers and places repeat across entries: each is decoded once.
        self._decoded: dict[str, str] = {}

    def decode(self, text: str) -> str:
        if not any(mark in text for mark in ("\\", "$", "~", "``")):
            # No command, math or tie: at most dashes, and braces that protect case, which go.
            if "--" in text:
                text = " ".join(text.replace("---", "\u2014").replace("--", "\u2013").split())
            if "{" in text or "}" in text:
                return " ".join(text.replace("{", "").replace("}", "").split())
            return text
        decoded = self._decoded.get(text)
        if decoded is None:
            decoded = self._decoded[text] = self._decode_latex(text)
        return decoded

    def _decode_latex(self, text: str) -> str:
        if self._decoder is None:  # built on first need: most UTF-8 bibliographies never need it
            self._decoder = LatexNodes2Text(math_mode="verbatim", strict_latex_spaces=True)
            self._latex_context = get_default_latex_context_db()
        decoded = self._decoder.latex_to_text(text, latex_context=self._latex_context)
        return re.sub(r"\s+", " ", decoded).strip()

    def transform_entry(self, entry: model.Entry, library: bibtexparser.Library) -> model.Block:
        for bib_field in entry.fields:
            if bib_field.key in VERBATIM_FIELDS or bib_field.key in NAME_FIELDS or bib_field.key in UNSHOWN_FIELDS:
                continue
            if isinstance(bib_field.value, str):
                bib_field.value = self.decode(bib_field.value)
        return entry


def parse_people(value: str, decode: LatexToUnicode) -> tuple[Person, ...]:
    """Split ``Exemplar, A. and {UNESCO}`` into people; a name wholly in braces is literal."""
    people = []
    for raw in split_multiple_persons_names(value):
        raw = raw.strip()
        braced = _BRACED_WHOLE.match(raw)
        if braced and _balanced(braced.group("inner")):
            inner = braced.group("inner")
            while (again := _BRACED_WHOLE.match(inner)) and _balanced(again.group("inner")):
                inner = again.group("inner")
            people.append(Person(family=decode.decode(inner), literal=True))
            continue
        parts = parse_single_name_into_parts(raw, strict=False)
        people.append(
            Person(
                family=decode.decode(" ".join(parts.last)),
                given=decode.decode(" ".join(parts.first)),
                particle=decode.decode(" ".join(parts.von)),
                suffix=decode.decode(" ".join(parts.jr)),
            )
        )
    return tuple(people)


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def parse_date(fields: Mapping[str, str]) -> Date | None:
    """The entry's date from biblatex ``date`` (ISO 8601) or BibTeX ``year`` and ``month``.

    Raises ValueError with a message fit for an editor when the value is not a date.
    """
    if "date" in fields:
        found = _ISO_DATE.match(fields["date"].strip())
        if not found:
            raise ValueError(f"date {fields['date']!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        month = int(found["month"]) if found["month"] else None
        day = int(found["day"]) if found["day"] else None
        if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
            raise ValueError(f"date {fields['date']!r} has no such month or day")
        return Date(int(found["year"]), month, day)
    if "year" in fields:
        year = fields["year"].strip()
        if not re.fullmatch(r"\d{4}", year):
            raise ValueError(f"year {year!r} is not a four-digit year")
        month_text = fields.get("month", "").strip().casefold()
        if month_text.isdigit() and 1 <= int(month_text) <= 12:
            month = int(month_text)
        elif month_text:
            if month_text not in MONTHS:
                raise ValueError(f"month {fields['month']!r} is not a month")
            month = MONTHS[month_text]
        else:
            month = None
        return Date(int(year), month)
    return None


# --- Loading -------------------------------------------------------------------------


def _parse_stack() -> list:
    return [
        ResolveStringReferencesMiddleware(),
        RemoveEnclosingMiddleware(),
        NormalizeFieldKeys(),
        BiblatexFieldNames(),
        InheritCrossref(),
    ]


def _describe_failure(block: model.ParsingFailedBlock) -> str:
    if isinstance(block, model.DuplicateBlockKeyBlock):
        return f"duplicate key {block.key!r}"
    detail = getattr(block.error, "abort_reason", "") or str(block.error)
    detail = " ".join(detail.split()).rstrip(".")
    return f"this entry is not valid BibTeX ({detail or 'unreadable block'}); check its braces and commas"


def load_file(path: str, display_path: str | None = None) -> list[Entry]:
    """Parse one ``.bib`` file into entries; raise `ExplainerErrors` listing every problem."""
    shown = display_path or path
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except FileNotFoundError:
        raise ExplainerError("bibliography file not found", path=shown, hint="Check the `bib_files` setting.") from None
    except UnicodeDecodeError as error:
        line = text_line_of_offset_bytes(path, error.start)
        raise ExplainerError("the file is not UTF-8", path=shown, line=line, hint="Save the file as UTF-8.") from None
    return parse_text(text, shown)


def parse_text(text: str, shown: str) -> list[Entry]:
    """Parse BibTeX source; ``shown`` is the path that error messages give."""
    library = bibtexparser.parse_string(_month_macros() + text, parse_stack=_parse_stack())
    offset = _month_macros().count("\n")
    errors: list[ExplainerError] = []
    first_line: dict[str, int] = {}
    for block in library.blocks:
        if isinstance(block, model.Entry):
            first_line.setdefault(block.key, block.start_line + 1 - offset)
    for block in library.failed_blocks:
        line = (block.start_line or 0) + 1 - offset
        message = _describe_failure(block)
        hint = ""
        if isinstance(block, model.DuplicateBlockKeyBlock):
            hint = f"The key is first used at {shown}:{first_line.get(block.key, '?')}; keys must be unique."
        errors.append(ExplainerError(message, path=shown, line=line, hint=hint))

    decode = LatexToUnicode()
    entries = []
    for block in library.entries:
        line = block.start_line + 1 - offset
        decode.transform_entry(block, library)
        fields = {}
        for bib_field in block.fields:
            if bib_field.key in UNSHOWN_FIELDS:
                continue
            value = bib_field.value if isinstance(bib_field.value, str) else str(bib_field.value)
            fields[bib_field.key] = value.strip()
        try:
            entries.append(_make_entry(block.key, block.entry_type, fields, SourceLocation(shown, line), decode))
        except ValueError as error:
            errors.append(ExplainerError(f"entry {block.key!r}: {error}", path=shown, line=line))
    if errors:
        raise ExplainerErrors(errors)
    return entries


def _month_macros() -> str:
    # Month macros (``month = jan``) are @string references that BibTeX predefines;
    # declaring them keeps bibtexparser from reporting them as undefined.
    return "".join(f"@string{{{abbr} = {{{abbr}}}}}\n" for abbr in _MONTH_ABBREVIATIONS)


_MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def text_line_of_offset_bytes(path: str, offset: int) -> int:
    with open(path, "rb") as handle:
        return handle.read(offset).count(b"\n") + 1


def _make_entry(
    key: str, entry_type: str, fields: dict[str, str], location: SourceLocation, decode: LatexToUnicode
) -> Entry:
    url = fields.get("url")
    if url is not None and not re.match(r"^https?://[^\s<>\"']+$", url):
        raise ValueError(f"url {url!r} is not an http(s) address; only http:// and https:// links are allowed")
    people = {name: parse_people(fields.pop(name), decode) for name in NAME_FIELDS if name in fields}
    date = parse_date(fields)
    for name in ("year", "month"):
        fields.pop(name, None)
    if "pages" in fields:
        fields["pages"] = re.sub(r"\s*-{1,2}\s*", "–", fields["pages"])
    return Entry(
        key=key,
        type=entry_type.lower(),
        fields=MappingProxyType(fields),
        authors=people.get("author", ()),
        editors=people.get("editor", ()),
        date=date,
        location=location,
    )


def load(paths: Iterable[str], root: str) -> Bibliography:
    """Load several files into one `Bibliography`; a key in two files is an error naming both."""
    entries: dict[str, Entry] = {}
    errors: list[ExplainerError] = []
    shown_paths = []
    for path in paths:
        absolute = path if os.path.isabs(path) else os.path.join(root, path)
        shown = os.path.relpath(absolute, root)
        shown_paths.append(shown)
        try:
            loaded = load_file(absolute, shown)
        except ExplainerErrors as many:
            errors.extend(many.errors)
            continue
        except ExplainerError as one:
            errors.append(one)
            continue
        for entry in loaded:
            if entry.key in entries:
                first = entries[entry.key].location
                errors.append(
                    ExplainerError(
                        f"duplicate key {entry.key!r}",
                        path=entry.location.path,
                        line=entry.location.line,
                        hint=f"The key is first used at {first}; keys must be unique.",
                    )
                )
                continue
            entries[entry.key] = entry
    if errors:
        raise ExplainerErrors(errors)
    return Bibliography(entries=MappingProxyType(entries), files=tuple(shown_paths))


#: Files smaller than this, in bytes, together, are parsed in the build's own process:
#: they take less time to parse than a second process takes to start and hand them back.
WORKER_MIN_BYTES = 64 * 1024


class PendingLoad:
    """A `load` under way: large files are parsed in a forked process while MkDocs reads the pages.

    Parsing is the one part of the build that needs nothing else the build knows, so on
    a machine with a second core it runs beside page conversion (`Forked`). Small files
    are parsed in this process when first needed: they take less time than a child
    takes to start and hand them back. `result` gives the `Bibliography` or raises the same
    `ExplainerErrors` a direct `load` would.
    """

    def __init__(self, paths: list[str], root: str) -> None:
        absolute = [path if os.path.isabs(path) else os.path.join(root, path) for path in paths]
        large = sum(_size(path) for path in absolute) >= WORKER_MIN_BYTES
        self._parse: Forked[str, Bibliography] = Forked(["bibliography"], lambda _: load(paths, root), fork=large)
        self._bibliography: Bibliography | None = None

    def result(self) -> Bibliography:
        if self._bibliography is None:
            try:
                self._bibliography = self._parse.get("bibliography")
            finally:
                self._parse.close()
        return self._bibliography


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def begin_load(paths: list[str], root: str) -> PendingLoad:
    """Start loading ``paths``; the `PendingLoad` gives the bibliography when it is needed."""
    return PendingLoad(paths, root)


class BibliographyCache:
    """Keeps parsed files between ``mkdocs serve`` rebuilds while they are unchanged.

    `start` is called when the configuration is read; `get` when the entries are first
    needed, once the pages are read.
    """

    def __init__(self) -> None:
        self._signature: tuple | None = None
        self._pending: PendingLoad | None = None

    def start(self, paths: list[str], root: str) -> None:
        """Begin parsing ``paths``, unless they are the files parsed last time, unchanged."""
        absolute = [path if os.path.isabs(path) else os.path.join(root, path) for path in paths]
        signature = (root, *(_file_signature(path) for path in absolute))
        if self._pending is None or signature != self._signature:
            self._pending = None
            self._pending = begin_load(list(paths), root)
            self._signature = signature

    def get(self) -> Bibliography:
        """The bibliography `start` asked for; raises `ExplainerErrors` for bad input."""
        if self._pending is None:
            raise RuntimeError("BibliographyCache.get called before start")
        return self._pending.result()

    def load(self, paths: list[str], root: str) -> Bibliography:
        """`start` and `get` in one."""
        self.start(paths, root)
        return self.get()


def _file_signature(path: str) -> tuple:
    try:
        stat = os.stat(path)
    except OSError:
        return (path, None)
    return (path, stat.st_mtime_ns, stat.st_size)


#: One cache per process, shared by every hook that reads the bibliography: each file is
#: parsed once per build, and again only when it changes between ``mkdocs serve`` rebuilds.
shared_cache = BibliographyCache()
