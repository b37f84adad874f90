"""The bibliography page: every entry in the house form, sorted, with links back to its notes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from . import style
from .bibtex import Bibliography
from .notes import Backlink, anchor, relative_url
from .search_entries import with_emphasis_marks


@dataclass(frozen=True)
class CitingNote:
    """A link from a bibliography entry to a note that cites it."""

    number: int
    href: str
    #: For a note on a separate page (a glossary entry): that page's title.
    page_title: str = ""


@dataclass(frozen=True)
class BibliographyItem:
    """One entry as the bibliography template shows it."""

    key: str
    anchor: str
    html: str
    #: The text as the search index reads it, its italics marked (`search_entries.with_emphasis_marks`).
    text: str
    #: Notes of the article that cite the entry.
    cited_in: tuple[CitingNote, ...]
    #: Notes on separate pages (appendices) that cite it, a page's together.
    also_in: tuple[NotesOnPage, ...] = ()
    #: The short form (``Dvořák, Rivers and Borders``), its italics marked as `text`'s: the entry's
    #: search result is titled so.
    short: str = ""
    #: Notes that cite a part of it (an entry whose ``crossref`` names it), which it is listed
    #: for: cited only so, it had no link back to any note. Its chapters' first, then its papers'.
    parts_cited_in: tuple[PartsCitedIn, ...] = ()


@dataclass(frozen=True)
class NotesOnPage:
    """The notes of one separate page that cite an entry: "three evils, notes 3, 7"."""

    page_title: str
    #: The page's address, relative to the bibliography's.
    href: str
    notes: tuple[CitingNote, ...]


@dataclass(frozen=True)
class PartsCitedIn:
    """The notes that cite the parts of an entry of one kind, listed under it: a book's
    chapters, or the papers in proceedings (``@inproceedings``)."""

    #: ``"chapter"`` or ``"paper"``: the words before them (`chapter_cited_in_label`, `paper_cited_in_label`).
    kind: str
    #: Notes of the article, each once, in its order.
    notes: tuple[CitingNote, ...]
    #: Notes on separate pages (the glossary), a page's together.
    also_in: tuple[NotesOnPage, ...] = ()


def bibliography_items(
    bibliography: Bibliography,
    backlinks: dict[str, list[Backlink]],
    page_url: str,
    words: style.StyleWords = style.ENGLISH,
) -> Iterator[BibliographyItem]:
    """All entries sorted by author and title, in ``words``, each with the notes that cite it.

    One at a time, as the template renders them: a long bibliography is never held whole.
    """
    chapters = _chapters(bibliography)
    for entry in sorted(bibliography.entries.values(), key=lambda entry: style.sort_key(entry, words.language)):
        text = style.bibliography_entry(entry, words)
        cited_in: list[CitingNote] = []
        separate: dict[str, list[CitingNote]] = {}  # by page URL, in the order first met
        for link in backlinks.get(entry.key, []):
            note = CitingNote(
                link.number,
                f"{relative_url(link.page.url, page_url)}#note-{link.number}",
                link.page.title if link.page.separate else "",
            )
            if link.page.separate:
                separate.setdefault(relative_url(link.page.url, page_url), []).append(note)
            else:
                cited_in.append(note)
        also_in = tuple(NotesOnPage(notes[0].page_title, href, tuple(notes)) for href, notes in separate.items())
        yield BibliographyItem(
            entry.key,
            anchor(entry.key),
            text.html(words.language),
            with_emphasis_marks(text.runs),
            tuple(cited_in),
            also_in,
            with_emphasis_marks(style.short(entry, words=words).runs),
            parts_cited_in=_parts_cited_in(bibliography, chapters.get(entry.key, ()), backlinks, page_url),
        )


def _chapters(bibliography: Bibliography) -> dict[str, list[str]]:
    """The keys of the entries that take their fields from each entry (its chapters, by their
    ``crossref``), and theirs in turn (a book's in a work of several volumes), by its key."""
    direct: dict[str, list[str]] = {}
    for entry in bibliography.entries.values():
        if (parent := entry.get("crossref")) and parent != entry.key:
            direct.setdefault(parent, []).append(entry.key)
    found: dict[str, list[str]] = {}
    for parent in direct:
        keys, pending = [], list(direct[parent])
        while pending:
            key = pending.pop()
            if key not in keys and key != parent:
                keys.append(key)
                pending.extend(direct.get(key, ()))
        found[parent] = keys
    return found


#: The kind of part an entry is of the entry its ``crossref`` names, by its type: a paper in
#: proceedings; a chapter otherwise, as ``@incollection`` and ``@inbook`` are.
_PART_KINDS = {"inproceedings": "paper"}


def _parts_cited_in(
    bibliography: Bibliography, keys: Iterable[str], backlinks: dict[str, list[Backlink]], page_url: str
) -> tuple[PartsCitedIn, ...]:
    """The notes that cite any of ``keys``, an entry's parts, by kind (its chapters, then its
    papers): the article's each once, in its order, as they are numbered through it; then
    each separate page's (a glossary entry's, numbered from 1 on each), in the order of the
    pages' addresses, each note once. Cited only from the glossary, a book had no link back."""
    kinds: dict[str, tuple[dict[int, str], dict[str, tuple[str, dict[int, str]]]]] = {}
    for key in keys:
        kind = _PART_KINDS.get(bibliography.entries[key].type, "chapter")
        article, separate = kinds.setdefault(kind, ({}, {}))
        for link in backlinks.get(key, ()):
            href = relative_url(link.page.url, page_url)
            if link.page.separate:
                separate.setdefault(href, (link.page.title, {}))[1][link.number] = f"{href}#note-{link.number}"
            else:
                article[link.number] = f"{href}#note-{link.number}"
    found = []
    for kind in ("chapter", "paper"):
        if kind not in kinds or not any(kinds[kind]):
            continue
        article, separate = kinds[kind]
        pages = tuple(
            NotesOnPage(title, href, tuple(CitingNote(number, numbers[number], title) for number in sorted(numbers)))
            for href, (title, numbers) in sorted(separate.items())
        )
        found.append(
            PartsCitedIn(kind, tuple(CitingNote(number, article[number]) for number in sorted(article)), pages)
        )
    return tuple(found)
