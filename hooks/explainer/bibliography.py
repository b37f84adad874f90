"""The bibliography page: every entry in the house form, sorted, with links back to its notes."""

from __future__ import annotations

from collections.abc import Iterator
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
        )
