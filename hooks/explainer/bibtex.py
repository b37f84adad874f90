"""BibTeX sources as typed entries, and loading them once per build.

A `Bibliography` holds frozen `Entry` objects that remember the file and line they
came from, so every later error can point an editor at the right place. Parsing is in
`bibtex_parsing`, imported only when a file is parsed: where the platform forks, that
happens in a forked process (`PendingLoad`), and the build's own process never loads
bibtexparser and pylatexenc at all.
"""

from __future__ import annotations

import os
import pickle
import re
import unicodedata
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from .errors import ExplainerError, ExplainerErrors
from .forked import Forked
from .name_capitals import run_initials

#: Fields whose value is taken verbatim: LaTeX decoding would eat `_`, `%` and `~`.
VERBATIM_FIELDS = frozenset({"url", "doi", "eprint", "file", "urldate"})
#: Fields that hold a date: read without LaTeX, whose tie (``~``) would eat a date's mark
#: of approximation (biblatex's ``2019-03~``).
DATE_FIELDS = frozenset({"date", "year", "month", "day"})
#: Fields holding lists of people.
NAME_FIELDS = ("author", "editor", "translator")
#: Fields of BibTeX and biblatex that state a fact a reader of a note could want (a
#: chapter's number, the conference a paper was given at, a second editor)
#: and that the house style never prints: an entry that gives one is told so (`style`).
FACTS_NOT_PRINTED = frozenset({
    "addendum", "afterword", "annotator", "bookauthor", "booktitleaddon", "chapter",
    "commentator", "editora", "editorb", "editorc", "eventdate", "eventtitle", "eventtitleaddon",
    "foreword", "introduction", "issue", "issuesubtitle", "issuetitle", "issuetitleaddon",
    "journalsubtitle", "journaltitleaddon", "mainsubtitle", "maintitle", "maintitleaddon", "nameaddon",
    "origdate", "origlanguage", "origlocation", "origpublisher", "origtitle", "part", "related",
    "reprinttitle", "titleaddon", "venue", "version", "volumes",
})  # fmt: skip
#: Fields of BibTeX, biblatex and the reference managers (Zotero, JabRef) that no note
#: prints and no reader misses: left alone, never taken for a slip of a field's name.
LEFT_ALONE_FIELDS = frozenset({
    # Identifiers, and the kinds of some (the ACM Digital Library's ``acmid``). Not an article's
    # number, ``articleno`` or biblatex's ``eid``, which the notes print where its pages go.
    "acmid", "archiveprefix", "eprint", "eprintclass", "eprinttype", "isan", "isbn",
    "ismn", "isrn", "issn", "iswc", "primaryclass",
    # A reader's or a reference manager's own: summaries, notes, files, tags, access dates.
    "abstract", "annotation", "annote", "file", "keywords", "library", "pdf", "timestamp", "urldate",
    # What a style sorts, indexes, labels and abbreviates by.
    "indexsorttitle", "indextitle", "key", "label", "labelname", "labeltitle", "presort",
    "shortauthor", "shorteditor", "shorthand", "shorthandintro", "shortjournal", "shortseries",
    "sortkey", "sortname", "sortshorthand", "sorttitle", "sortyear",
    # Languages, and how pages and names are set (``numpages``, the ACM Digital Library's ``pagetotal``).
    "gender", "hyphenation", "langid", "langidopts", "language", "bookpagination", "numpages", "pagination",
    "pagetotal",
    # The date of a journal's issue, as the ACM Digital Library writes it beside the entry's date.
    "issue_date",
    # The roles of the people another field names, and an entry's subtype.
    "authortype", "editortype", "editoratype", "editorbtype", "editorctype", "entrysubtype", "holder",
    # Links between entries, and a style's options and code.
    "entryset", "execute", "ids", "options", "relatedoptions", "relatedstring", "relatedtype", "xdata",
    "xref",
    # biblatex's custom fields, which only a style of one's own prints.
    "lista", "listb", "listc", "listd", "liste", "listf", "namea", "nameb", "namec", "nameatype",
    "namebtype", "namectype", "usera", "userb", "userc", "userd", "usere", "userf", "verba", "verbb",
    "verbc",
})  # fmt: skip
#: Fields no part of the site shows: neither decoded nor kept, nor checked. A reference
#: manager's abstracts and keywords are most of its export; biblatex's ``execute`` holds
#: TeX code, ``verba`` a verbatim text, a custom field what its own style reads, which no
#: note could print. The BibTeX download is the file as written. Of the fields left alone,
#: ``urldate`` and ``entrysubtype`` (a newspaper's article) are read for the CSL-JSON
#: download, ``langid`` for the language of a title (`languages`), and ``urldate`` and
#: ``language``, which biblatex's styles print, to say once a build that these notes do not
#: (`unprinted_field_notes`).
UNSHOWN_FIELDS = LEFT_ALONE_FIELDS - {"urldate", "entrysubtype", "langid", "language"}
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


def _by_fields(self) -> tuple:
    """Pickle a slotted frozen dataclass as its class and its fields' values, in order.

    Unpickling then calls the class. The dataclass's own `__setstate__` looks its fields
    up again for every object, which made unpickling a large bibliography twice as slow.
    """
    return (type(self), tuple(getattr(self, name) for name in self.__slots__))


#: Initials typed without a space between them (``A.J.``, ``J.R.R.``).
_INITIALS_RUN = re.compile(r"(?:[^\W\d_]\.){2,}")


@dataclass(frozen=True, slots=True)
class Person:
    """One author or editor.

    A *literal* name (written ``{Zhang Wei}`` or ``{UNESCO}`` in BibTeX) is printed whole,
    never abbreviated or inverted: organisations, and names printed in natural order.
    BibTeX's ``and others`` is a person too, the last of the list, with `others` set:
    more people than the list names, printed "et al.". `inverted` is set for a name
    written family name first, with a comma (``Office, John``), as only a person's is:
    how it was written, so it takes no part in comparing two people.
    """

    family: str
    given: str = ""
    particle: str = ""
    suffix: str = ""
    literal: bool = False
    others: bool = False
    inverted: bool = field(default=False, compare=False)

    @property
    def initials(self) -> str:
        """``J. P.`` for ``Jean Pierre`` or ``J. P.``; ``J.-P.`` for ``Jean-Pierre``; ``J. A.`` for
        ``JA``, initials run together as Web of Science writes them (`run_initials`)."""
        words = []
        for word in self.given.split():
            if _INITIALS_RUN.fullmatch(word):  # A.J., typed without its space: two initials, not A.
                words += [f"{letter}." for letter in word.split(".") if letter]
                continue
            if (run := run_initials(word, self.family)) is not None:  # `Smith, JA`: two initials, not J.
                words += run
                continue
            parts = [part for part in word.split("-") if part]
            words.append("-".join(part[0] + "." for part in parts))
        return " ".join(words)

    @property
    def given_spelt(self) -> str:
        """The given name with initials run together spelt out as the notes print them (``JA``:
        ``J. A.``, `run_initials`), each other word as typed: a reference manager reading ``JA``
        takes it for a name, and cites "J. Smith" where the notes print "J. A. Smith"."""
        words = self.given.split()
        spelt = [" ".join(run) if (run := run_initials(word, self.family)) else word for word in words]
        return " ".join(spelt) if spelt != words else self.given

    @property
    def family_with_particle(self) -> str:
        return f"{self.particle} {self.family}".strip()

    def sort_key(self) -> str:
        return fold(f"{self.family} {self.given}")

    __reduce__ = _by_fields


@dataclass(frozen=True, slots=True)
class Date:
    """A publication date as precise as the source gives it."""

    year: int
    month: int | None = None
    day: int | None = None

    __reduce__ = _by_fields


@dataclass(frozen=True, slots=True)
class SourceLocation:
    """Where a thing was written: a path relative to the project, and a 1-based line."""

    path: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    __reduce__ = _by_fields


@dataclass(frozen=True, slots=True)
class Entry:
    """One source, normalised: biblatex field names, Unicode text, parsed names and date."""

    key: str
    type: str
    fields: Mapping[str, str]
    authors: tuple[Person, ...] = ()
    editors: tuple[Person, ...] = ()
    date: Date | None = None
    location: SourceLocation = field(default_factory=lambda: SourceLocation("?"))
    #: By field (biblatex's name, ``author`` and ``year`` too), how many lines after the
    #: entry's first its ``=`` is. One mapping for all the entries written the same way,
    #: one field a line in the same order, as reference managers write them: never changed.
    field_lines: Mapping[str, int] = field(default_factory=dict, compare=False)
    translators: tuple[Person, ...] = ()
    #: The fields with words in italics (``\emph{…}``), with where the italics start and
    #: end marked (`richtext.ITALIC_START`): few, or none.
    marked_fields: Mapping[str, str] = field(default_factory=dict, compare=False)
    #: The fields written wholly in a brace group of their own (``{{“Dear Leader”}}``): as
    #: written, which the style checks leave alone (a title that is itself a quotation).
    as_written: frozenset[str] = field(default=frozenset(), compare=False)
    #: The BibTeX names written for biblatex's (``journaltitle``: ``journal``), which a
    #: message about the field names: `written_name`.
    written_names: Mapping[str, str] = field(default_factory=dict, compare=False)
    #: The fields it has from its ``crossref``, each with the parent's key, which a message names.
    crossref_fields: Mapping[str, str] = field(default_factory=dict, compare=False)

    def get(self, name: str, default: str = "") -> str:
        return self.fields.get(name, default)

    def marked(self, name: str) -> str:
        """The field ``name`` as `get` gives it, where italics start and end marked."""
        return self.marked_fields.get(name) or self.fields.get(name, "")

    def written_name(self, name: str) -> str:
        """The name the field ``name`` (biblatex's) is written under: ``journal`` for ``journaltitle``."""
        return self.written_names.get(name, name)

    def field_location(self, name: str) -> SourceLocation:
        """Where the field ``name`` is written (for a field it has from its ``crossref``, the
        parent's line); the entry's first line for a field it does not have."""
        below = self.field_lines.get(name)
        if not below or self.location.line is None:
            return self.location
        return SourceLocation(self.location.path, self.location.line + below)

    def __reduce__(self) -> tuple:
        # A mapping proxy cannot be pickled; entries cross from the process that parses them.
        return (
            _entry,
            (
                self.key,
                self.type,
                dict(self.fields),
                self.authors,
                self.editors,
                self.date,
                self.location,
                self.field_lines,
                self.translators,
                self.marked_fields,
                self.as_written,
                self.written_names,
                self.crossref_fields,
            ),
        )


def _entry(
    key: str,
    type: str,
    fields: dict[str, str],
    authors: tuple[Person, ...],
    editors: tuple[Person, ...],
    date: Date | None,
    location: SourceLocation,
    field_lines: Mapping[str, int],
    translators: tuple[Person, ...] = (),
    marked_fields: Mapping[str, str] | None = None,
    as_written: frozenset[str] = frozenset(),
    written_names: Mapping[str, str] | None = None,
    crossref_fields: Mapping[str, str] | None = None,
) -> Entry:
    return Entry(
        key,
        type,
        MappingProxyType(fields),
        authors,
        editors,
        date,
        location,
        field_lines,
        translators,
        marked_fields or {},
        as_written,
        written_names or {},
        crossref_fields or {},
    )


@dataclass(frozen=True)
class Bibliography:
    """All entries of the configured files, by key, in file order."""

    entries: Mapping[str, Entry]
    files: tuple[str, ...] = ()
    #: Entries written without the ``@`` before their type, which BibTeX reads as text
    #: between entries (a way to set one aside): by key, where each is and its type, to
    #: name if a note cites it.
    without_at: Mapping[str, tuple[str, str]] = field(default_factory=lambda: MappingProxyType({}))

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def __getitem__(self, key: str) -> Entry:
        return self.entries[key]

    def __len__(self) -> int:
        return len(self.entries)

    def keys(self) -> list[str]:
        return list(self.entries)

    def __reduce__(self) -> tuple:
        return (_bibliography, (dict(self.entries), self.files, dict(self.without_at)))


def _bibliography(
    entries: dict[str, Entry], files: tuple[str, ...], without_at: dict[str, tuple[str, str]]
) -> Bibliography:
    return Bibliography(MappingProxyType(entries), files, MappingProxyType(without_at))


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form of ``text``, for sorting and matching."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return stripped.casefold()


# --- Loading -------------------------------------------------------------------------


def missing_bib_file_hint(path: str, shown: str) -> str:
    """What to check for a missing file, with the ``.bib`` files beside where it was looked for."""
    hint = "Create it, or list the article's .bib files as `bib_files` under `extra: explainer:` in mkdocs.yml."
    if "\\" in shown and os.path.isfile(path.replace("\\", "/")):
        # `bib\article.bib`, as Windows writes a path: a file name with a backslash in it, elsewhere.
        return f"Write / between the folders, as in {shown.replace(chr(92), '/')}: the file is there."
    folder = os.path.dirname(path)
    try:
        present = sorted(name for name in os.listdir(folder or ".") if name.endswith(".bib"))
    except OSError:
        present = []
    if present:
        shown_folder = os.path.dirname(shown)
        hint += " Found there: " + ", ".join(os.path.join(shown_folder, name) for name in present) + "."
    return hint


def no_entries_warning(bibliography: Bibliography, bib_files: Iterable[str]) -> str | None:
    """A warning if the files listed hold no entry (a file left empty, or one whose entries
    were all removed): the bibliography page would list nothing."""
    if bibliography.entries:
        return None
    files_named = " and ".join(bib_files)
    return (
        f"{files_named}: no entries, so the bibliography page lists nothing; add the article's sources"
        ' (CONTRIBUTING.md, "Add a source")'
    )


def load(paths: Iterable[str], root: str) -> Bibliography:
    """Load several files into one `Bibliography`; a key in two files is an error naming both."""
    # Imported here, not above: a build whose files parse in a forked process never needs it.
    from .bibtex_parsing import load_file

    entries: dict[str, Entry] = {}
    without_at: dict[str, tuple[str, str]] = {}
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
        without_at.update(loaded.without_at)
        for entry in loaded.entries:
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
    return Bibliography(MappingProxyType(entries), tuple(shown_paths), MappingProxyType(without_at))


class PendingLoad:
    """A `load` under way, in a forked process, while MkDocs reads and converts the pages.

    Parsing is the one part of the build that needs nothing else the build knows, so on
    a machine with a second core it runs beside page conversion (`Forked`), and the
    build's own process never imports bibtexparser. Where the platform does not fork,
    the files are parsed in this process when first needed. `result` gives the
    `Bibliography` or raises the same `ExplainerErrors` a direct `load` would.

    The parse is kept pickled. `result` unpickles it once and holds the `Bibliography`
    until `let_go`, which the build calls once every hook has read it; after that, it
    stays while any caller still holds it (a weak reference) and is freed with the last
    one. So a build holds the entries while it numbers and writes the notes, not to its
    end, and a ``mkdocs serve`` process holds only their bytes between rebuilds. With
    thousands of sources the entries are hundreds of thousands of small objects.
    """

    def __init__(self, paths: list[str], root: str) -> None:
        self._parse: Forked[str, bytes] = Forked(["bibliography"], lambda _: _pickled(load(paths, root)))
        self._pickled: bytes | None = None
        self._held: Bibliography | None = None
        self._given: weakref.ref[Bibliography] | None = None

    def result(self) -> Bibliography:
        bibliography = self._given() if self._given is not None else None
        if bibliography is None:
            if self._pickled is None:
                try:
                    self._pickled = self._parse.get("bibliography")
                finally:
                    self._parse.close()
            bibliography = pickle.loads(self._pickled)
            self._given = weakref.ref(bibliography)
        self._held = bibliography
        return bibliography

    def let_go(self) -> None:
        """Stop holding the entries: they go with the last caller that still holds them."""
        self._held = None

    @property
    def delivered(self) -> bool:
        """Whether the parse has been read from its process (`result` gave the entries)."""
        return self._pickled is not None

    def close(self) -> None:
        """Stop a parse no longer wanted (the files changed before it was read)."""
        self._parse.close()


def _pickled(bibliography: Bibliography) -> bytes:
    return pickle.dumps(bibliography, protocol=pickle.HIGHEST_PROTOCOL)


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
            if self._pending is not None:
                self._pending.close()
            self._pending = None  # the old entries go before the new child is forked
            self._pending = begin_load(list(paths), root)
            self._signature = signature

    def get(self) -> Bibliography:
        """The bibliography `start` asked for; raises `ExplainerErrors` for bad input."""
        if self._pending is None:
            raise RuntimeError("BibliographyCache.get called before start")
        return self._pending.result()

    def let_go(self) -> None:
        """Every hook has read the entries for this build (`PendingLoad.let_go`)."""
        if self._pending is not None:
            self._pending.let_go()

    def stop_unread(self) -> None:
        """A build stopped before it read the entries: stop their parse, which the next build starts again.

        Its process, and its hold on the collector (`Forked`), would otherwise last until
        the next ``mkdocs serve`` rebuild; with a large bibliography the process would wait
        there to send what the pipe cannot hold.
        """
        if self._pending is not None and not self._pending.delivered:
            self._pending.close()
            self._pending = None
            self._signature = None

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
