"""What the glossary's own pages show: each entry's uses and related entries, and the index."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from html import escape

from .glossary import CATEGORIES, Glossary, GlossaryEntry, markdown_literal
from .markdown_glossary import PageTerms, TermUse
from .notes import relative_url
from .quoted_emphasis import emphasis_html
from .site_pages import slot
from .term_matcher import ENGLISH_PLURALS, NOT_A_USE, TermMatcher, fold
from .timeline import TimelineEvent

#: A top-level paragraph's id (`markdown_anchors.paragraph_id`), and its number.
PARAGRAPH_ID = re.compile(r"p([0-9]+)")


@dataclass(frozen=True)
class UsedOn:
    """A page that uses an entry: its title, a link to the block, the sentence (HTML), the
    count, and the number of the note whose own words the sentence is, if it is a note's."""

    title: str
    href: str
    sentence: str
    count: int
    note: int | None = None
    #: How many of the uses the sentence marks: fewer than ``count`` where the passage it is
    #: quoted from uses the entry in other sentences too.
    quoted: int = 1
    #: The section's other passages that use the entry, after the quoted one's.
    also: tuple[OtherPassage, ...] = ()
    #: How many of the uses are in the quoted sentence's passage.
    count_in_passage: int = 1


@dataclass(frozen=True)
class OtherPassage:
    """Another passage of a section that uses an entry: a link to it, and what names it, its
    paragraph's number (``¶ 4``, the number a summary's point gives it), its note's, or else
    its place among the section's passages that use the entry (the quoted one the first);
    and how many times it uses the entry."""

    href: str
    paragraph: int | None = None
    note: int | None = None
    place: int = 0
    count: int = 1


@dataclass(frozen=True)
class EntryLink:
    """A link to an entry, as the related list and the index show it."""

    slug: str
    term: str
    definition: str
    #: The definition with its emphasis in ``<em>`` (escaped HTML).
    definition_html: str
    category: str
    href: str
    letter: str
    #: The term's language, where it has one of its own (`GlossaryEntry.lang`).
    lang: str = ""


@dataclass(frozen=True)
class PageUses:
    """One converted page as the glossary sees it: where it is, and the terms it uses."""

    title: str
    url: str
    terms: PageTerms


def highlight(
    sentence: str, words: str, names: TermMatcher | None = None, language_of: Callable[[str], str] | None = None
) -> str:
    """The sentence, escaped, with the words that name the entry in ``<mark>``: ``words``,
    the use the linker found, and every other use ``names`` finds there (`entry_names`: the
    entry's names and their plurals, whatever their case, none inside a ``not_in`` name, as
    the linker counts them); the author's italics and bold, marked in the sentence, in their
    tags. ``language_of`` (`glossary.language_finder`) gives a mark its words' language, where
    they name the entry in a language of their own, as the linked use in the text has it."""
    return marked_sentence(sentence, words, names, language_of)[0]


def marked_sentence(
    sentence: str, words: str, names: TermMatcher | None = None, language_of: Callable[[str], str] | None = None
) -> tuple[str, int]:
    """`highlight`'s sentence, and how many uses it marks."""
    spans = []
    if words and (first := sentence.find(words)) >= 0:
        spans.append((first, first + len(words)))
    if names is not None:
        spans += [(start, end) for start, end, _slug in names.find(sentence)]
    pieces, at, marked = [], 0, 0
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if start >= at:  # the longest of those that start together; none inside another
            lang = language_of(sentence[start:end]) if language_of is not None else ""
            mark = f'<mark lang="{escape(lang)}">' if lang else "<mark>"
            pieces += (escape(sentence[at:start]), f"{mark}{escape(sentence[start:end])}</mark>")
            at = end
            marked += 1
    return emphasis_html("".join(pieces) + escape(sentence[at:])), marked


def entry_names(entry: GlossaryEntry, plurals: Sequence[str] = ENGLISH_PLURALS) -> TermMatcher:
    """What finds an entry's uses in a quoted sentence as the linker finds them in the page:
    its names and their plurals by ``plurals``, and nothing inside its ``not_in`` names."""
    names = [(name, entry.slug) for name in entry.names] + [(name, NOT_A_USE) for name in entry.not_in]
    return TermMatcher(names, plurals)


def back_to_index(index_url: str, from_url: str, title: str) -> str:
    """The way back from an entry to the glossary's index, above the entry's title.

    An entry is not in the navigation, so the theme marks no place for it."""
    href = escape(relative_url(index_url, from_url))
    return (
        f'<nav class="explainer-glossary-back" aria-label="{escape(title)}"><ol><li>'
        f'<a class="explainer-glossary-back__link" href="{href}">{escape(title)}</a></li></ol></nav>'
    )


def entry_page_markdown(entry: GlossaryEntry, markdown: str) -> str:
    """An entry's page as Markdown: its title (the term, unless the page starts with a
    heading of its own) and definition from its front matter, its text, and the slot where
    "where it appears" goes."""
    title = markdown_literal(entry.term)
    if entry.lang:
        # In the heading, not on it: its permalink's title is in the page's language.
        title = f'<span lang="{escape(entry.lang)}">{title}</span>'
    head = f"# {title}\n\n" if not markdown.lstrip().startswith("# ") else ""
    lead = f'<p class="explainer-glossary-definition">{entry.definition_html}</p>\n\n'
    return f"{head}{lead}{markdown}\n\n{slot('glossary-uses')}\n"


def index_letter(term: str) -> str:
    """The A-Z heading a term files under (``#`` for one that starts with no letter)."""
    folded = fold(term).lstrip("“\"'‘")
    return folded[:1].upper() if folded[:1].isalpha() else "#"


def uses_by_entry(pages: Sequence[PageUses]) -> dict[str, list[tuple[PageUses, TermUse]]]:
    """For each entry, the pages (in reading order) that use it and their first use: one pass."""
    found: dict[str, list[tuple[PageUses, TermUse]]] = {}
    for page in pages:
        for use in page.terms.uses:
            found.setdefault(use.slug, []).append((page, use))
    return found


def uses_of(
    uses: Sequence[tuple[PageUses, TermUse]],
    from_url: str,
    names: TermMatcher | None = None,
    note_numbers: Mapping[str, Sequence[int]] | None = None,
    language_of: Callable[[str], str] | None = None,
) -> list[UsedOn]:
    """The uses of one entry (from `uses_by_entry`), linked from the page at ``from_url``;
    ``names`` (`entry_names`) finds the entry's other uses in a quoted sentence, to mark them;
    ``note_numbers`` (each page's, by URL, in the order of their calls) number a use in a note;
    ``language_of`` (`glossary.language_finder`) gives each mark its words' language."""

    def number(page: PageUses, note: int | None) -> int | None:
        numbers = (note_numbers or {}).get(page.url, ())
        return numbers[note] if note is not None and note < len(numbers) else None

    def others(page: PageUses, use: TermUse) -> tuple[OtherPassage, ...]:
        url = relative_url(page.url, from_url)
        return tuple(
            OtherPassage(
                f"{url}#{block_id}",
                paragraph=int(found[1]) if note is None and (found := PARAGRAPH_ID.fullmatch(block_id)) else None,
                note=number(page, note),
                place=place,
                count=count,
            )
            for place, (block_id, note, count) in enumerate(use.others, start=2)
        )

    def used_on(page: PageUses, use: TermUse) -> UsedOn:
        sentence, marked = marked_sentence(use.sentence, use.words, names if use.count > 1 else None, language_of)
        return UsedOn(
            title=page.title,
            href=f"{relative_url(page.url, from_url)}#{use.block_id}",
            sentence=sentence,
            count=use.count,
            note=number(page, use.note),
            also=others(page, use),
            count_in_passage=use.count_in_block,
            # At least the use the linker found, at most those it counted.
            quoted=min(max(marked, 1), use.count),
        )

    return [used_on(page, use) for page, use in uses]


def entry_links(entries: Sequence[GlossaryEntry], url_of: Callable[[str], str], from_url: str) -> list[EntryLink]:
    """Links to ``entries`` from the page at ``from_url``; ``url_of`` maps a source path to its URL."""
    return [
        EntryLink(
            slug=entry.slug,
            term=entry.term,
            definition=entry.definition,
            definition_html=entry.definition_html,
            category=entry.category,
            href=relative_url(url_of(entry.src_uri), from_url),
            letter=index_letter(entry.term),
            lang=entry.lang,
        )
        for entry in entries
    ]


def used_categories(glossary: Glossary, categories: Sequence[str] = CATEGORIES) -> list[str]:
    """The categories that have entries, in the order ``categories`` gives them."""
    present = {entry.category for entry in glossary.entries.values()}
    return [category for category in categories if category in present]


@dataclass(frozen=True)
class NoteLink:
    """A note of the article that concerns an entry: its number and where it is."""

    number: int
    href: str
    section: str


def notes_by_entry(
    pages: Sequence[PageUses], note_numbers: dict[str, list[int]]
) -> dict[str, list[tuple[PageUses, int]]]:
    """For each entry, the notes (page, number) called in the blocks that use it, in reading order: one pass.

    ``note_numbers``: each page's note numbers in the order of their calls (page URL to list).
    """
    found: dict[str, list[tuple[PageUses, int]]] = {}
    for page in pages:
        numbers = note_numbers.get(page.url, [])
        for slug, calls in page.terms.note_calls.items():
            found.setdefault(slug, []).extend(
                (page, numbers[index]) for index in sorted(set(calls)) if index < len(numbers)
            )
    return found


@dataclass(frozen=True)
class NotesInSection:
    """The notes of one section of the article that concern an entry."""

    section: str
    notes: list[NoteLink]


def notes_concerning(notes: Sequence[tuple[PageUses, int]], from_url: str) -> list[NotesInSection]:
    """The notes of one entry (from `notes_by_entry`), linked from the page at ``from_url``,
    by section in reading order: a bare list of numbers would read, on the entry's page,
    as the entry's own notes."""
    sections: dict[str, NotesInSection] = {}
    for page, number in notes:
        group = sections.setdefault(page.url, NotesInSection(page.title, []))
        group.notes.append(NoteLink(number, f"{relative_url(page.url, from_url)}#note-{number}", page.title))
    return list(sections.values())


@dataclass(frozen=True)
class EventLink:
    """An event of the timeline that concerns a place, linked from the place's entry."""

    href: str
    #: As readers write it, its month kept with its day (`TimelineEvent.display_date_html`).
    date_html: str
    event_html: str


def events_concerning(
    place: str, events: Sequence[TimelineEvent], timeline_url: str, from_url: str, language: str
) -> list[EventLink]:
    """The timeline's events that name ``place`` among their countries, in the timeline's
    order, each linked to its place on the timeline page (at ``timeline_url``)."""
    timeline = relative_url(timeline_url, from_url)
    return [
        EventLink(f"{timeline}#event-{index}", event.display_date_html(language), event.event_html)
        for index, event in enumerate(events, start=1)
        if place in event.countries
    ]


def unused_entry_warnings(glossary: Glossary, pages: Sequence[PageUses]) -> list[str]:
    """A warning for each entry that no page of ``pages`` (the article's) uses."""
    used = {slug for page in pages for slug in page.terms.used}
    return [
        f"{entry.path}: glossary entry '{entry.slug}' is not used on any article page;"
        " if the article writes the term otherwise, add that spelling to the entry's aliases, else delete the entry"
        for entry in glossary.entries.values()
        if entry.slug not in used
    ]
