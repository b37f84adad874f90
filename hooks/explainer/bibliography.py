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
    #: Notes of the article that cite a chapter of it (an entry whose ``crossref`` names it),
    #: which it is listed for: cited only so, it had no link back to any note.
    chapter_cited_in: tuple[CitingNote, ...] = ()


@dataclass(frozen=True)
class NotesOnPage:
    """The notes of one separate page that cite an entry: "three evils, notes 3, 7"."""

    page_title: str
    #: The page's address, relative to the bibliography's.
    href: str
    notes: tuple[CitingNote, ...]


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
            chapter_cited_in=_article_notes(chapters.get(entry.key, ()), backlinks, page_url),
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


def _article_notes(keys: Iterable[str], backlinks: dict[str, list[Backlink]], page_url: str) -> tuple[CitingNote, ...]:
    """The notes of the article (not of separate pages) that cite any of ``keys``, each once,
    in the article's order: they are numbered through it."""
    numbers = {
        link.number: f"{relative_url(link.page.url, page_url)}#note-{link.number}"
        for key in keys
        for link in backlinks.get(key, ())
        if not link.page.separate
    }
    return tuple(CitingNote(number, numbers[number]) for number in sorted(numbers))
