"""Number the notes across the article and write each citation in the house style.

Runs once every page is converted. Pages are taken in reading order (the navigation);
a `CitationTracker` knows, for each citation, whether it is the first of its source
(full form), a later one (short form) or a repeat of the note just before (Ibid.).
The result fills the placeholders that `markdown_notes` left in each page's HTML, and
records which notes cite each source, for the bibliography's links back.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from html import escape, unescape
from urllib.parse import quote

from . import style
from .bibtex import Bibliography, no_entries_warning
from .citation_syntax import CitationItem, locator_label_problem
from .deferred_patterns import DeferredPattern
from .errors import ExplainerError
from .invisible_characters import PASTED, invisible_problem, without_invisible
from .markdown_notes import LIST_END, LIST_START, CitationGroup, Note, PageNotes, Place
from .richtext import (
    TERMINAL_MARKS,
    RichText,
    Run,
    days_unbroken_text,
    labels_kept_with_numbers,
    plain_words,
    ranges_unbroken_text,
    runs_html,
)
from .smart_quotes import keep_marks_with_words


class Position(Enum):
    """Where a citation stands relative to earlier citations of the same source."""

    FIRST = "first"
    SUBSEQUENT = "subsequent"
    #: The source cited alone in the note just before, at the same place (or no place): ``Ibid.``
    IBID = "ibid"
    #: The same, at another place: ``Ibid., p. 7``.
    IBID_WITH_LOCATOR = "ibid-with-locator"


@dataclass(frozen=True)
class StyleOptions:
    """The choices a note style makes about positions."""

    #: ``article``: the first citation in the whole article is full; ``page``: on each page.
    positions: str = "article"
    #: Write ``Ibid.`` for a source cited alone in the note just before.
    ibid: bool = True
    #: A prose note that cites nothing stands between two notes, so no ``Ibid.`` across it.
    prose_breaks_ibid: bool = True


class CitationTracker:
    """Decides full, short or Ibid. for each citation, note after note."""

    def __init__(self, options: StyleOptions) -> None:
        self.options = options
        self.seen: set[str] = set()
        self.previous_note: tuple[str, ...] = ()
        #: Where the note just before cited its source last (its locator).
        self.previous_locator = ""

    def start_page(self) -> None:
        if self.options.positions == "page":
            self.seen.clear()
            self.previous_note = ()

    def positions(self, items: Sequence[CitationItem], *, prose: bool = False) -> list[Position]:
        """Positions of the citations of one note, in order; then remember the note.

        As CSL decides them: ``Ibid.`` alone repeats the place the note before cited too,
        so after a note that named a place, a citation of the whole source is short.
        """
        result = []
        for index, (key, locator, *_) in enumerate(items):
            if self.options.ibid and index == 0 and self.previous_note == (key,):
                if locator == self.previous_locator:
                    result.append(Position.IBID)
                elif locator:
                    result.append(Position.IBID_WITH_LOCATOR)
                else:
                    result.append(Position.SUBSEQUENT)
            elif key in self.seen:
                result.append(Position.SUBSEQUENT)
            else:
                result.append(Position.FIRST)
            self.seen.add(key)
        if items:
            self.previous_note = tuple(dict.fromkeys(item.key for item in items))
            self.previous_locator = items[-1].locator
        elif prose and self.options.prose_breaks_ibid:
            self.previous_note = ()
        return result


@dataclass(frozen=True)
class PageRef:
    """A page as the resolver needs it: a stable id (the hook gives its source path), its URL and title.

    A *separate* page (an appendix such as a glossary entry) numbers its notes from 1
    and cites each source in full first, without touching the article's sequence.
    """

    id: str
    url: str
    title: str = ""
    separate: bool = False


@dataclass(frozen=True)
class PlannedGroup:
    """A citation group with the position of each of its citations, ready to be written."""

    items: CitationGroup
    positions: tuple[Position, ...]
    #: A note made of the group ends with a full stop; a group inside a prose note does not.
    final_stop: bool


@dataclass
class ResolvedPage:
    """A page's note numbers and what each of its groups cites where; the HTML is written on demand.

    Numbering needs every page, writing a note needs only its page: the text of a page's
    notes is made when the page is filled, so a build never holds every page's notes at once.
    """

    page: PageRef
    writer: NoteWriter
    numbers: list[int] = field(default_factory=list)
    note_groups: dict[int, PlannedGroup] = field(default_factory=dict)
    inline_groups: dict[int, PlannedGroup] = field(default_factory=dict)

    def note_text(self, index: int) -> str:
        """The citations that make note ``index`` of the page."""
        return self._write(self.note_groups[index])

    def inline_text(self, index: int, *, opens_sentence: bool) -> str:
        """The citations of group ``index`` written inside a prose note; ``opens_sentence``
        if no words of the note's sentence come before them."""
        return self._write(self.inline_groups[index], opens_sentence=opens_sentence)

    def inline_search_text(self, index: int, stop: str = "") -> str:
        """The citations of group ``index`` inside a prose note, for the search index: each
        source's short form as plain text (`NoteWriter.short_text`), then the note's ``stop``."""
        return self.writer.short_text(self.inline_groups[index].items, stop)

    def _write(self, group: PlannedGroup, *, opens_sentence: bool = True) -> str:
        return self.writer.group_html(
            group.items, group.positions, self.page, final_stop=group.final_stop, opens_sentence=opens_sentence
        )


@dataclass(frozen=True)
class Backlink:
    """A note that cites a source: its number and the page it is on."""

    number: int
    page: PageRef


@dataclass
class Resolution:
    """Notes of the whole article: each page's numbers and citations, which write its
    notes on demand (`ResolvedPage`), and, per source, the notes that cite it."""

    pages: dict[str, ResolvedPage] = field(default_factory=dict)
    backlinks: dict[str, list[Backlink]] = field(default_factory=dict)


def relative_url(target: str, from_url: str) -> str:
    """The URL of ``target`` relative to the page at ``from_url`` (both site-relative)."""
    from_parts = from_url.split("/")[:-1] if from_url else []
    to_parts = target.split("/")
    common = 0
    while common < len(from_parts) and common < len(to_parts) - 1 and from_parts[common] == to_parts[common]:
        common += 1
    relative = "/".join([".."] * (len(from_parts) - common) + to_parts[common:])
    return relative or "./"


def anchor(key: str) -> str:
    """The fragment of a source on the bibliography page: its key."""
    return quote(key, safe=":-._~!$&'()*+,;=@")


def _capitalized(text: str) -> str:
    """``text`` with its first letter upper-cased, as a note starts (``See``, ``De Carvalho``)."""
    return text[:1].upper() + text[1:] if text[:1].islower() else text


class NoteWriter:
    """Writes citation HTML in the house style for one page at a time."""

    def __init__(
        self, bibliography: Bibliography, bibliography_url: str, words: style.StyleWords = style.ENGLISH
    ) -> None:
        self.bibliography = bibliography
        self.bibliography_url = bibliography_url
        #: The full reference of each source as plain text, for hover titles: made once per key.
        self._full_text: dict[str, str] = {}
        #: By key: the escaped title attribute of its short forms, and its escaped fragment.
        self._title_attributes: dict[str, str] = {}
        self._anchors: dict[str, str] = {}
        self._forms = style.EntryForms(words)

    def full_text(self, key: str) -> str:
        if key not in self._full_text:
            # The card shows the title attribute's text: a label keeps its number there
            # too, a range its second number, and a month the day after it (May 20).
            full = self._forms.full(self.bibliography[key]).punctuate(".")
            self._full_text[key] = days_unbroken_text(
                ranges_unbroken_text(labels_kept_with_numbers(keep_marks_with_words(full.plain_unbroken))),
                (self._forms.words.language, *full.languages),
            )
        return self._full_text[key]

    def short_text(self, items: Sequence[CitationItem], stop: str = "") -> str:
        """``items`` as plain text (escaped for HTML), each source in its short form, with its
        words before it and its place: ``see Brown, Deltas, p. 7; Smith, Rivers``,
        and the mark that ends the author's sentence after them, ``stop``, placed as the house
        style places it (`RichText.punctuate`: inside a closing quotation mark).

        For the search index, which holds the prose of the notes and not the citations the
        hooks write (`prose_text`): the author's sentence reads whole ("For more details,
        see …"), and names each source as briefly as a later note would; the full
        reference stays the bibliography's.
        """
        texts = [
            self._forms.short(self.bibliography[item.key], item.locator, suppress_author=item.suppress_author)
            for item in items
        ]
        for text in texts[:-1]:
            text.punctuate(self._forms.words.semicolon)
        if texts and stop:
            texts[-1].punctuate(stop)
        pieces = (
            f"{item.prefix} {text.plain}" if item.prefix else text.plain
            for item, text in zip(items, texts, strict=True)
        )
        return escape(" ".join(pieces), quote=False)

    def group_html(
        self,
        items: Sequence[CitationItem],
        positions: Sequence[Position],
        page: PageRef,
        *,
        final_stop: bool,
        opens_sentence: bool = True,
    ) -> str:
        texts: list[RichText] = []
        # Ibid. after words of its sentence, a prefix's or a prose note's: "voir ibid.".
        in_sentence = bool(items and items[0].prefix) or not opens_sentence
        for item, position in zip(items, positions, strict=True):
            entry = self.bibliography[item.key]
            if position is Position.IBID:
                texts.append(self._forms.ibid(in_sentence=in_sentence))
            elif position is Position.IBID_WITH_LOCATOR:
                texts.append(self._forms.ibid(item.locator, in_sentence=in_sentence))
            elif position is Position.SUBSEQUENT:
                texts.append(self._forms.short(entry, item.locator, suppress_author=item.suppress_author))
            else:
                texts.append(self._forms.full(entry, item.locator, suppress_author=item.suppress_author))
        for text in texts[:-1]:
            text.punctuate(self._forms.words.semicolon)
        if final_stop and texts:  # the group is the whole note: a sentence
            texts[-1].punctuate(".")
            if items[0].prefix:
                items = [items[0]._replace(prefix=_capitalized(items[0].prefix)), *items[1:]]
            elif texts[0].runs:
                first = texts[0].runs[0]
                texts[0].runs[0] = first._replace(text=_capitalized(first.text))
        base = escape(relative_url(self.bibliography_url, page.url) + "#")
        pieces = []
        for item, position, text in zip(items, positions, texts, strict=True):
            # A short form or Ibid. carries the full reference, shown on hover, focus or tap.
            title_attr = self._title_attribute(item.key) if position is not Position.FIRST else ""
            pieces.append(self._citation_html(item, text, base + self._anchor(item.key), title_attr, position))
        return " ".join(pieces)

    def _title_attribute(self, key: str) -> str:
        """`full_text` as a link's escaped ``title`` attribute (none if empty), made once per key."""
        if key not in self._title_attributes:
            title = self.full_text(key)
            self._title_attributes[key] = f' title="{escape(title)}"' if title else ""
        return self._title_attributes[key]

    def _anchor(self, key: str) -> str:
        """`anchor`, escaped for an ``href``, made once per key."""
        if key not in self._anchors:
            self._anchors[key] = escape(anchor(key))
        return self._anchors[key]

    def _citation_html(self, item: CitationItem, text: RichText, href: str, title_attr: str, position: Position) -> str:
        """Link the runs of a citation to its bibliography entry (``href``, escaped); a URL run
        keeps its own link. ``title_attr``, for a short form or Ibid., is its escaped title."""
        opening = f'<a class="{"citation-ref citation-ref--short" if title_attr else "citation-ref"}" href="{href}"'
        opening += f"{title_attr}>"
        out = []
        pending: list[Run] = []
        language = self._forms.words.language

        def flush() -> None:
            # Separators and the final stop stay outside the link: only words are linked.
            end = len(pending)
            while end and not pending[end - 1].text.strip(" ,;:."):
                end -= 1
            if end:
                out.append(f"{opening}{runs_html(pending[:end], language)}</a>")
            out.append(runs_html(pending[end:], language))
            pending.clear()

        for run in text.runs:
            if run.href:
                flush()
                out.append(runs_html([run], language))
            else:
                pending.append(run)
        flush()
        prefix = f"{escape(item.prefix)} " if item.prefix else ""
        attributes = f'class="citation" data-citation-key="{escape(item.key)}" data-position="{position.value}"'
        return f"<span {attributes}>{prefix}{''.join(out)}</span>"


def resolve(
    pages: Sequence[tuple[PageRef, PageNotes]],
    bibliography: Bibliography,
    options: StyleOptions,
    bibliography_url: str,
    words: style.StyleWords = style.ENGLISH,
) -> Resolution:
    """Number every note in reading order and decide the form of every citation, in ``words``."""
    article_tracker = CitationTracker(options)
    writer = NoteWriter(bibliography, bibliography_url, words)
    resolution = Resolution()
    article_number = 0
    for page, page_notes in pages:
        if page.separate:
            tracker, number = CitationTracker(options), 0
        else:
            tracker, number = article_tracker, article_number
            tracker.start_page()
        resolved = ResolvedPage(page, writer)
        for index, note in enumerate(page_notes.notes):
            number += 1
            resolved.numbers.append(number)
            groups = _note_groups(note, page_notes)
            items = [item for group in groups for item in group]
            positions = tracker.positions(items, prose=note.group is None)
            for key in (item.key for item in items):
                links = resolution.backlinks.setdefault(key, [])
                if not links or (links[-1].number, links[-1].page.id) != (number, page.id):
                    links.append(Backlink(number, page))
            offset = 0
            for group_index, group in zip([index] if note.group else note.inline, groups, strict=True):
                planned = PlannedGroup(group, tuple(positions[offset : offset + len(group)]), note.group is not None)
                offset += len(group)
                if note.group is not None:
                    resolved.note_groups[group_index] = planned
                else:
                    resolved.inline_groups[group_index] = planned
        resolution.pages[page.id] = resolved
        if not page.separate:
            article_number = number
    return resolution


def _note_groups(note: Note, page_notes: PageNotes) -> list[CitationGroup]:
    if note.group is not None:
        return [note.group]
    return [page_notes.inline_groups[index] for index in note.inline]


_PLACEHOLDER = re.compile(
    r"<sup data-explainer-call=\"(?P<call>\d+)\"></sup>"
    r"|<li data-explainer-cited-note=\"(?P<cited>\d+)\"></li>"
    r"|<li data-explainer-note=\"(?P<note>\d+)\">"
    # A citation in a prose note, with the editor's full stop after it, if one is there.
    r"|<span data-explainer-cite=\"(?P<cite>\d+)\"></span>(?P<stop>\.(?!\.))?"
    r"|<span data-explainer-backref=\"(?P<backref>\d+)\"></span>"
    r"|(?P<marker>" + re.escape(LIST_START) + "|" + re.escape(LIST_END) + ")"
)


_TAG = DeferredPattern(r"<[^>]*>")
#: What may close a sentence after its full stop: a quotation mark, a bracket.
_AFTER_SENTENCE = " \t\n\u00a0\u202f»”’\"')]"


#: Abbreviations that notes use before a source, the same in every language (Latin).
_LATIN_ABBREVIATIONS = ("cf.", "viz.", "vs.", "ca.")
#: Words a note writes before a source (``[see @k]``), in a few languages, without their full
#: stops: glued to the @ of a key (``[see@k]``), the space was left out. Any other word so glued
#: is an address's name (``[Brown, at brown@brown2017world]``), and the bracket text.
_PREFIX_WORDS = frozenset(
    {"see", "also", "cf", "compare", "eg", "esp", "contra", "pace", "viz", "vgl", "siehe", "voir", "ver", "vedi"}
)
#: Lower-case letters each with its full stop: ``p.``, ``e.g.``, ``i.e.``, ``z.B.``.
_LETTERS_ABBREVIATED = re.compile(r"(?:[^\W\d_]\.)+")
#: Letters and one full stop: a word, or a word cut short (``vgl.``).
_WORD_WITH_STOP = re.compile(r"[^\W\d_]+\.")
#: The vowels of the Latin, Greek and Cyrillic alphabets, without their accents.
_VOWELS = frozenset("aeiouyæøœαεηιουωаеиоуыэюяіє")


def _has_no_vowel(word: str) -> bool:
    """Whether ``word`` lacks a vowel, as a word cut short does in any language (``vgl.``,
    ``bzw.``, ``cfr.``, ``см.``) and a whole word of these alphabets hardly ever does."""
    return not any(letter in _VOWELS for letter in unicodedata.normalize("NFD", word.casefold()))


def _ends_with_abbreviation(text: str) -> bool:
    """Whether ``text`` ends with an abbreviation's full stop rather than a sentence's."""
    words = text.split()
    word = words[-1].lstrip("([«“‘\"'") if words else ""
    if word.casefold() in _LATIN_ABBREVIATIONS:
        return True
    cut_short = bool(_WORD_WITH_STOP.fullmatch(word)) and _has_no_vowel(word)
    if word[:1].islower():
        return cut_short or bool(_LETTERS_ABBREVIATED.fullmatch(word))
    # "J." or "U.S." may close a sentence, so a capital's abbreviation ("Vgl.") counts
    # only where it opens its sentence, as no sentence's last word would.
    if not (cut_short and word[1:] == word[1:].lower()):
        return False
    before = text[: text.rindex(words[-1])].rstrip(_AFTER_SENTENCE)
    return not before or (before.endswith((".", "?", "!", "…")) and not _ends_with_abbreviation(before))


def _opens_sentence(html: str, end: int) -> bool:
    """Whether a citation at ``end`` of ``html``, in a prose note, starts a sentence: the
    note holds no words before it, or they end with a full stop, ``?`` or ``!`` (not an
    abbreviation's: ``cf. ibid.``)."""
    note_start = html.rfind('<li data-explainer-note="', 0, end)
    before = unescape(_TAG.sub("", html[max(note_start, 0) : end])).rstrip(_AFTER_SENTENCE)
    if _ends_with_abbreviation(before):
        return False
    return not before or before.endswith((".", "?", "!", "…"))


def fill(html: str, resolved: ResolvedPage, labels: dict[str, str]) -> str:
    """Replace a page's placeholders with numbered calls, notes and citations."""

    def replace(found: re.Match[str]) -> str:
        if found["call"] is not None:
            return call_html(resolved.numbers[int(found["call"])], labels)
        if found["cited"] is not None:
            index = int(found["cited"])
            number = resolved.numbers[index]
            text = resolved.note_text(index)
            return f'<li id="note-{number}" value="{number}">\n<p>{text}{backref_html(number, labels)}</p>\n</li>'
        if found["note"] is not None:
            number = resolved.numbers[int(found["note"])]
            return f'<li id="note-{number}" value="{number}">'
        if found["cite"] is not None:
            text = resolved.inline_text(int(found["cite"]), opens_sentence=_opens_sentence(html, found.start()))
            # One stop where the citation ends with one ("Ibid.", "2nd ed."), as Chicago sets it.
            stop = found["stop"] or ""
            if stop and unescape(_TAG.sub("", text)).endswith(tuple(TERMINAL_MARKS)):
                stop = ""
            return text + stop
        if found["marker"] is not None:
            return ""
        return backref_html(resolved.numbers[int(found["backref"])], labels)

    return _PLACEHOLDER.sub(replace, html)


#: A note call in the text as Markdown left it, with the call's order on the page.
_CALL_PLACEHOLDER = re.compile(r"<sup data-explainer-call=\"(\d+)\"></sup>")


def mark_calls(html: str, numbers: Sequence[int]) -> str:
    """Number the note calls of a page's text (its list of notes taken out), as `CALL_MARKER`
    comments, from ``numbers``: the page's, in the order of its calls (`ResolvedPage.numbers`).

    Other hooks can read the numbers (`note_numbers`) while the search index reads the
    text without them; `expand_calls` writes the calls out. (`fill` would do as well,
    but the text is most of a page, and a pattern that starts with one literal string
    scans it many times faster than `fill`'s.)
    """
    return _CALL_PLACEHOLDER.sub(lambda found: CALL_MARKER.format(number=numbers[int(found[1])]), html)


def backref_html(number: int, labels: dict[str, str]) -> str:
    """The link at the end of note ``number`` back to its call."""
    label = escape(labels["backref"].format(number=number))
    return f' <a class="footnote-backref" href="#note-ref-{number}" title="{label}" aria-label="{label}">↩</a>'


#: A note call until the page is indexed: a comment with the note's number.
CALL_MARKER = "<!--explainer:note-call:{number}-->"
_CALL_MARKER = re.compile(r"<!--explainer:note-call:(\d+)-->")
_CALL_ANY = DeferredPattern(r'<!--explainer:note-call:(\d+)-->|id="note-ref-(\d+)"')


def call_html(number: int, labels: dict[str, str]) -> str:
    """The call of note ``number`` in the text: a superscript link to the note."""
    label = escape(labels["call"].format(number=number))
    return (
        f'<sup class="note-call" id="note-ref-{number}">'
        f'<a class="footnote-ref" href="#note-{number}" aria-label="{label}">{number}</a></sup>'
    )


def expand_calls(html: str, labels: dict[str, str]) -> str:
    """Write out the calls that `fill` left as markers."""
    return _CALL_MARKER.sub(lambda found: call_html(int(found.group(1)), labels), html)


def note_numbers(html: str) -> list[int]:
    """The numbers of the notes called in a page's HTML, in order (calls written out or still markers)."""
    if 'id="note-ref-' not in html:  # the usual case, before pages render: one literal pattern, a fast scan
        return [int(number) for number in _CALL_MARKER.findall(html)]
    return [int(marker or written) for marker, written in _CALL_ANY.findall(html)]


#: Where the list of notes stood in a page's HTML once `split_list` took it out.
LIST_SLOT = '<span data-explainer-list="slot"></span>'


def split_list(html: str) -> tuple[str, str]:
    """Take the list of notes out of a page's HTML: (the HTML with `LIST_SLOT` in its place, the list).

    The search index reads a page's HTML before it is rendered; without the list, it
    indexes the text the author wrote, not a tag-heavy list of references (the hook
    gives it the notes as plain text). `insert_list` puts the list back, filled.
    """
    start = html.find(LIST_START)
    end = html.find(LIST_END, start + 1)
    if start < 0 or end < 0:
        return html, ""
    return html[:start] + LIST_SLOT + html[end + len(LIST_END) :], html[start + len(LIST_START) : end]


def insert_list(html: str, listing: str) -> str:
    """Put a filled list of notes back where `split_list` took it from."""
    return html.replace(LIST_SLOT, listing, 1)


_BLOCK_TAG = re.compile(r"</?(?:li|p|ol|ul|div|blockquote|br)\b[^>]*>")
_TAG = re.compile(r"<[^>]*>")


def prose_text(listing: str, cited: Callable[[int, str], str] | None = None) -> str:
    """The words the author wrote in a page's notes, for a search index, from the list not yet filled.

    Prose notes keep their text; the notes the hooks write whole are left out: the
    bibliography page indexes each source in full, and links to every note that cites
    it. A citation inside a prose note is ``cited(index, stop)`` (`ResolvedPage.inline_search_text`:
    its sources' short forms, and the mark after it), so that the author's sentence does not
    end on a dangling "see ."; without ``cited``, it is left out.
    """

    def replace(found: re.Match[str]) -> str:
        stop = found["stop"] or ""
        if found["cite"] is None or cited is None:
            return stop
        return cited(int(found["cite"]), stop)

    text = _TAG.sub("", _BLOCK_TAG.sub(" ", _PLACEHOLDER.sub(replace, listing)))
    return " ".join(text.split())


#: Before a note's number, a word the search index holds for the page that holds the note
#: (``note5``), hidden. Material's search finds a word by its start: "note 5" found the
#: pages of notes 50 to 59 before the page of note 5, and prose that writes "5". The site's
#: script (`overrides/assets/explainer-search.js`) asks for this word where a query is a
#: note's number after the word for a note ("note 5", "n. 5"), and opens the result at the note.
NOTE_TOKEN = "note"


def notes_search_text(prose: str, numbers: Sequence[int], note_word: str, notes_word: str) -> str:
    """The search index's text for a page's list of notes: which notes it holds ("Notes 22–28"),
    then the prose the author wrote in them (`prose_text`).

    A reader who has a note's number (from the PDF, or from a work that cites the article,
    "note 27") finds the page that holds it: each number between the first and the last
    is there too, hidden, as `search_index.add_folded_words` hides a word's folded form,
    in the block that names the range, which the result shows. A page whose notes all
    cite sources is found so too, by its numbers alone.
    """
    held = sorted(set(numbers))
    if not held:
        return prose
    word = note_word if len(held) == 1 else notes_word
    if held == list(range(held[0], held[-1] + 1)):
        shown = f"{held[0]}" if len(held) == 1 else f"{held[0]}–{held[-1]}"
        between = held[1:-1]
    else:
        shown, between = ", ".join(str(number) for number in held), []
    # The span ends the block even with nothing in it: the prose is a block of its own,
    # which a search for its words shows without the numbers. Each number is there as a
    # word of its own too (`NOTE_TOKEN`), which only this page holds.
    hidden = "".join(f" {number}" for number in between) + "".join(f" {NOTE_TOKEN}{number}" for number in held)
    heading = f"{word[:1].upper()}{word[1:]} {shown}<span hidden>{hidden}</span>"
    return f"{heading} {prose}" if prose else heading


class _PageMarkdown:
    """A page's Markdown and its path as an editor finds it, each read once, when first
    asked for: a page with nothing to report is never read again."""

    def __init__(self, read_source: Callable[[], str], path_of: Callable[[], str]) -> None:
        self._read_source = read_source
        self._path_of = path_of

    @cached_property
    def text(self) -> str:
        return self._read_source()

    @cached_property
    def path(self) -> str:
        return self._path_of()


def _add_entry_hint(files: Sequence[str]) -> str:
    """Where to add an entry a note cites: the ``.bib`` file ``bib_files`` lists, or its files."""
    if len(files) == 1:
        return f"Add an entry with this key to {files[0]}, or fix the key."
    if files:
        return f"Add an entry with this key to one of {', '.join(files)}, or fix the key."
    return "Add an entry with this key to a .bib file that bib_files lists in mkdocs.yml, or fix the key."


def unknown_keys(
    page_notes: PageNotes,
    bibliography: Bibliography,
    read_source: Callable[[], str],
    path_of: Callable[[], str],
    bib_files: Sequence[str] = (),
) -> list[ExplainerError]:
    """An error for each citation of a key that is not in the bibliography, with its line.

    ``read_source`` gives the page's Markdown and ``path_of`` its path as an editor finds
    it; each is asked for only when there is an error to place. ``bib_files``, as
    ``mkdocs.yml`` lists them, are named where the entry is to be added.
    """
    page = _PageMarkdown(read_source, path_of)
    errors = []
    unknown: Counter[str] = Counter()  # a key cited twice is an error at each citation
    for group in page_notes.groups():
        for item in group:
            if item.key in bibliography:
                continue
            unknown[item.key] += 1
            import difflib  # here, not above: only an editor's mistake needs it, and it takes a while to import

            # A key in other capitals (`BROWN2017WORLD`) first: difflib compares letters as typed.
            known = list(bibliography.keys())
            close = [key for key in known if key.casefold() == item.key.casefold()]
            close = close or difflib.get_close_matches(item.key, known, n=3, cutoff=0.6)
            hint = f"Did you mean {', '.join(close)}?" if close else _add_entry_hint(bib_files)
            if item.key in bibliography.without_at:  # set aside, or its @ deleted by a slip
                where, entry_type = bibliography.without_at[item.key]
                hint = (
                    f"{where} writes it without the @ before its type, so BibTeX reads it as a comment;"
                    f" write @{entry_type}{{{item.key}, …}}."
                )
            errors.append(
                ExplainerError(
                    f"unknown citation key '{item.key}'",
                    path=page.path,
                    line=line_of(page.text, "@" + item.key, unknown[item.key] - 1),
                    hint=hint,
                )
            )
    # The same mistake written twice is two problems alike: each is placed at its own occurrence.
    occurrences: Counter[tuple[str, Place]] = Counter()
    for message, place in page_notes.problems:
        nth = occurrences[message, place]
        occurrences[message, place] += 1
        errors.append(ExplainerError(message, path=page.path, line=line_of(page.text, place, nth)))
    for key in dict.fromkeys(page_notes.bare_keys):
        if key not in bibliography:  # a handle, a word: text
            continue
        if linked := _linked_key(page.text, key):
            problem, line, hint = linked
            errors.append(ExplainerError(problem, path=page.path, line=line, hint=hint))
            continue
        errors.append(
            ExplainerError(
                f"@{key} is written without brackets, so it is text, not a citation",
                path=page.path,
                line=_line_outside_brackets(page.text, "@" + key),
                hint=f"Write [@{key}] for a note citing it, or `@{key}` to show the key as code.",
            )
        )
    for key, written in dict.fromkeys(page_notes.keys_without_at):
        if key not in bibliography:  # a word in brackets: text
            continue
        if "@" in written:
            # `[see@k]`: glued to the word before it, the @ reads as an address's; an address
            # it is, text as meant, unless that word is one a note writes before a source.
            glued = re.search(rf"([^\W\d_]+)@{re.escape(key)}", written)
            if glued is None or glued[1].casefold() not in _PREFIX_WORDS:
                continue
            message = f"{written} has no space before the @ of @{key}, so it is text, not a citation"
            spaced = re.sub(rf"(?<=\w)@{re.escape(key)}", f" @{key}", written, count=1)
            hint = f"Write a space before it: {spaced}."
        elif written[1] in "＠﹫":
            # `[＠k]`: typed with a Chinese or Japanese keyboard's @, which reads as one.
            message = f"{written} writes its @ as the full-width {written[1]!r}, so it is text, not a citation"
            hint = f"Write [@{written[2:]} for a note citing it: the @ of a Latin keyboard."
        else:
            message = f"{written} has no @ before its key, so it is text, not a citation"
            hint = f"Write [@{written[1:]} for a note citing it, or \\{written} to keep the brackets as text."
        errors.append(ExplainerError(message, path=page.path, line=line_of(page.text, written), hint=hint))
    for key in dict.fromkeys(page_notes.unclosed_keys):
        if key not in bibliography:
            continue
        errors.append(
            ExplainerError(
                f"the [ before @{key} is never closed, so the citation is text",
                path=page.path,
                # The bracket with no ] before the next [ or the paragraph's end, not the
                # key cited properly elsewhere on the page.
                line=line_of(
                    page.text,
                    (re.compile(rf"\[[^\[\]]*?(?P<at>@{re.escape(key)})[^\[\]]*?(?=\[|\n\s*\n|\Z)"), "@" + key),
                ),
                hint=f"Close it after the citation: [@{key}] or [@{key}, p. 4].",
            )
        )
    return errors


def _linked_key(source: str, key: str) -> tuple[str, int, str] | None:
    """For a key written as a link's text (``[@key](https://…)``), which Markdown reads as a
    link and shows as typed: the problem, its line and what to write; None if it is not one."""
    link = re.compile(
        rf"\[(?P<text>[^\[\]\n]*@{re.escape(key)}(?![\w:.#$%&\-+?<>~/]*\w)[^\[\]\n]*)\]\((?P<address>[^)\s]*)"
    )
    found = link.search(source)
    if found is None:
        return None
    address = found["address"] if len(found["address"]) <= 40 else "…"
    return (
        f"[{found['text']}]({address}) is a link, not a citation: Markdown shows its text, @{key}, as typed",
        source.count("\n", 0, found.start()) + 1,
        f"Write the citation after the link, [the words]({address})[@{key}], or [{found['text']}] alone: its"
        " note links the source's url.",
    )


_COUNTS = ("", "one", "two", "three", "four", "five")


class _PageWarnings:
    """A page's warnings, each at its line: the page's source is read, and its path named,
    only if there is one; the same text found again is placed at its next occurrence."""

    def __init__(self, read_source: Callable[[], str], path_of: Callable[[], str]) -> None:
        self._page = _PageMarkdown(read_source, path_of)
        self._seen: Counter[Hashable] = Counter()
        self.warnings: list[str] = []

    def add(self, problem: str, place: Place, same: Hashable) -> None:
        """Warn of ``problem`` at ``place``'s next occurrence not yet named for ``same``."""
        line = line_of(self._page.text, place, self._seen[same])
        self._seen[same] += 1
        path = self._page.path
        self.warnings.append(f"{path}:{line}: {problem}" if line else f"{path}: {problem}")


def locator_warnings(
    page_notes: PageNotes,
    words: style.StyleWords,
    read_source: Callable[[], str],
    path_of: Callable[[], str],
) -> list[str]:
    """A warning for each locator whose label looks like a slip (`locator_label_problem`),
    at its line; the note prints it as written. The page's source is read only if one does."""
    english = words.language.casefold().split("-")[0] == "en"
    # The labels as an author types them: the asterisks that set a note word in italics
    # (``*p.*``) are no part of the label.
    page, pages = plain_words(words.page), plain_words(words.pages)
    found = _PageWarnings(read_source, path_of)
    for group in page_notes.groups():
        for item in group:
            if not item.locator:
                continue
            problem = locator_label_problem(item.locator, page, pages, english=english, key=item.key)
            if problem is None:
                continue
            citation = re.compile(rf"(?P<at>@{re.escape(item.key)})\s*,\s*{re.escape(item.locator.strip())}")
            found.add(problem, (citation, "@" + item.key), (item.key, item.locator))
    return found.warnings


def side_by_side_warnings(
    page_notes: PageNotes, read_source: Callable[[], str], path_of: Callable[[], str]
) -> list[str]:
    """A warning, at its line, for each run of note calls written side by side (``[@a], [@b]``):
    the text would show two numbers at one place ("¹²"), which print never does (Chicago
    14.26): one note says it all. A run of three is one warning, with its one note."""
    found = _PageWarnings(read_source, path_of)
    for run in page_notes.side_by_side:
        calls, written = run[::2], "".join(run)
        # Each piece as written, with any spaces between: `[@a], [@b]` is `[@a]`, `,`, `[@b]`.
        pieces = [piece for index, piece in enumerate(run) for piece in ([piece] if index % 2 == 0 else piece.split())]
        place = re.compile(r"\s*".join(map(re.escape, pieces)))
        count = _COUNTS[len(calls)] if len(calls) < len(_COUNTS) else str(len(calls))
        if all(call.startswith("[@") for call in calls):
            both = "both" if len(calls) == 2 else "them"
            what = f"cite {both} in one note: [" + "; ".join(call[1:-1] for call in calls) + "]"
        else:
            what = "make them one note: a citation goes inside the prose note's text, two texts under one label"
        problem = (
            f"{count} note calls side by side, {written}: the text shows {count} note numbers at one place,"
            f" which print never does; {what}"
        )
        found.add(problem, (place, calls[0]), written)
    return found.warnings


def heading_call_warnings(
    page_notes: PageNotes, read_source: Callable[[], str], path_of: Callable[[], str]
) -> list[str]:
    """A warning, at its heading's line, for each note call written in a heading (``## Origins[@a]``):
    print sets none there, as the Chicago Manual advises. The site, the PDF's contents, bookmarks and running
    heads leave its number out of the heading's title; the warning is for the page's reader,
    who meets a note where print has none."""
    found = _PageWarnings(read_source, path_of)
    for source in page_notes.in_headings:
        # The heading's line, as Python-Markdown reads one: after a `#` at the line's start, or
        # one line underlined with `===` or `---`. One pattern for both, so that the nth call
        # is the nth heading's in the page's order, whichever kind each heading is.
        heading = re.compile(
            rf"^(?P<atx>#{{1,6}}[ \t])?[^\n]*?(?P<at>{re.escape(source)})(?(atx)|[^\n]*\n[ ]{{0,3}}(?:=+|-+)[ \t]*$)",
            re.MULTILINE,
        )
        problem = (
            f"the note call {source} is in a heading, where print sets none; move it into the text under the"
            " heading, after the sentence it supports"
        )
        found.add(problem, (heading, source), source)
    return found.warnings


def typed_number_warnings(
    page_notes: PageNotes, read_source: Callable[[], str], path_of: Callable[[], str]
) -> list[str]:
    """A warning, at its line, for each note number typed in the text (``<sup>61</sup>``,
    ``¹``) after a sentence's mark: it looks like a note call, and leads to no note."""
    found = _PageWarnings(read_source, path_of)
    for mark, written in page_notes.typed_numbers:
        # The mark, then the number, with any emphasis closed between (`*training.*¹`): not
        # the same number written elsewhere on the page (in a code sample, an exponent).
        place = re.compile(rf"{re.escape(mark)}[*_]*(?P<at>{re.escape(written)})")
        problem = (
            f"{written} is a note number typed in the text: it leads to no note, and the notes are numbered"
            " for you; write the note where it is called, [^label] with its text as [^label]: …, or cite with"
            " [@key]; a superscript meant as one is written as its entity, &sup1;"
        )
        found.add(problem, (place, written), (mark, written))
    return found.warnings


#: A word that ends a sentence: a citation after it opens the next one.
_SENTENCE_END = DeferredPattern(r"[.!?…][\"'”’»)\]]*$")


def glued_citation_warnings(
    page_notes: PageNotes, read_source: Callable[[], str], path_of: Callable[[], str]
) -> list[str]:
    """A warning, at its line, for each citation in a prose note's text written against the
    word before it (``deafening.[@k, p. 9]``), as a citation is written after the text's
    punctuation: inside a note, the reference is printed where it stands, and ran into the
    word ("deafening.K. Ostrand, …, p. 9", without a full stop)."""
    found = _PageWarnings(read_source, path_of)
    for word, source in page_notes.glued_citations:
        if _SENTENCE_END.search(word):
            write = f"a space before it, and a full stop after it: {word} {source}."
        else:
            write = f"a space and the words that lead to it: {word}; see {source}."
        problem = (
            f"the citation {source} in a note's text is written against '{word}': there the reference is printed"
            f" where it stands, run into the word; write {write}"
        )
        place = re.compile(rf"{re.escape(word)}(?P<at>{re.escape(source)})")
        found.add(problem, (place, source), (word, source))
    return found.warnings


@dataclass(frozen=True)
class PageSource:
    """A page's notes, with how to read its Markdown and name its path, each asked for
    only when there is an error to place."""

    notes: PageNotes
    read_source: Callable[[], str]
    path_of: Callable[[], str]


def notes_apart(pages: Sequence[PageSource]) -> list[ExplainerError]:
    """An error for each prose note called on a page that does not define it, and for each
    defined on a page that does not call it. A note's text belongs on the page of its call;
    where the two halves are on different pages, each error says where the other is."""
    calls: list[tuple[str, str, int | None]] = []  # (label, path, line) of a call without its text
    texts: list[tuple[str, str, int | None]] = []  # (label, path, line) of a text without its call
    colon_left_out: dict[tuple[str, str], str] = {}  # (path, label): the hint for a text written `[^n] …`
    for page in pages:
        if not (page.notes.undefined_labels or page.notes.uncalled_labels):
            continue
        source, path = page.read_source(), page.path_of()
        undefined = dict.fromkeys(page.notes.undefined_labels)
        page_calls = [(label, path, line_of(source, f"[^{label}]")) for label in undefined]
        for label, _, line in page_calls:
            if (hint := text_without_colon(source, label, path, line)) is not None:
                colon_left_out[path, label] = hint
        calls += page_calls
        texts += ((label, path, line_of(source, f"[^{label}]:")) for label in page.notes.uncalled_labels)
    call_of = {label: f"{path}:{line}" for label, path, line in reversed(calls)}  # the first, if several
    text_of = {label: f"{path}:{line}" for label, path, line in reversed(texts)}
    # Each half: where it is, where the other half is, what is wrong, and what to do.
    halves = (
        (calls, text_of, "is called but never defined",
         "Its text is in {elsewhere}; a note's text goes on the page of its call: move it here.",
         "Write its text on this page, on a line of its own: [^{label}]: The note's text."),
        (texts, call_of, "is defined but never called",
         "It is called in {elsewhere}; a note's text goes on the page of its call: move it there.",
         "Call it with [^{label}] where the note belongs, or delete it."),
    )  # fmt: skip
    # A half whose label differs from the other half's by a character that shows as nothing
    # (a soft hyphen pasted into it): the two errors named what looked like one label.
    pasted = {}  # label as typed: (its visible form, where the other half is)
    for found, other_half in ((calls, text_of), (texts, call_of)):
        for label, _, _ in found:
            if invisible_problem(label) and (visible := without_invisible(label)) in other_half:
                pasted[label] = (visible, other_half[visible])
    paired = {visible for visible, _ in pasted.values()}
    errors = []
    for found, other_half, problem, move_it, alone in halves:
        for label, path, line in found:
            if label in pasted:
                visible, other = pasted[label]
                message = f"note [^{visible}]: the label here holds {invisible_problem(label)}, {PASTED}"
                hint = f"Type the label again without it, as its other half at {other} writes it: [^{visible}]."
                errors.append(ExplainerError(message, path=path, line=line, hint=hint))
                continue
            if label in paired:
                continue  # named with its other half
            elsewhere = other_half.get(label)
            hint = move_it.format(elsewhere=elsewhere) if elsewhere else alone.format(label=label)
            if problem == halves[0][2] and (without_colon := colon_left_out.get((path, label))):
                hint = without_colon
            elif problem == halves[0][2] and not elsewhere and label.startswith(("@", "-@")):
                # `[^@k]`: a citation typed as a prose note's call; the hint said to write its text.
                hint = f"A citation is written without the ^: [{label}]."
            errors.append(ExplainerError(f"note [^{label}] {problem}", path=path, line=line, hint=hint))
    return errors


#: A line that starts as a note's text but has no colon after the label (`[^n] Text.`).
_TEXT_WITHOUT_COLON = r"^[ ]{{0,3}}{call}(?!:)[ \t]*\S"


def text_without_colon(source: str, label: str, path: str, call_line: int | None) -> str | None:
    """What to do about a note whose text was written ``[^label] Text.``, the colon left
    out: Markdown reads it as a second call of the note, so the note has no text. None if
    no line but the call's own starts so (a paragraph wrapped just before its call)."""
    starts = re.finditer(_TEXT_WITHOUT_COLON.format(call=re.escape(f"[^{label}]")), source, re.MULTILINE)
    lines = [source.count("\n", 0, found.start()) + 1 for found in starts]
    line = next((line for line in reversed(lines) if line != call_line), None)  # a note's text comes last
    if line is None:
        return None
    return (
        f"{path}:{line} starts with [^{label}] and no colon, so it is read as a second call:"
        f" write [^{label}]: there, the colon after the label."
    )


def uncited_warnings(bibliography: Bibliography, backlinks: dict[str, list[Backlink]]) -> list[str]:
    """A warning, at its line of the .bib file, for each entry no note cites.

    Not for an entry that a cited one names as its ``crossref`` (the book a cited chapter is
    in), nor the one that entry names in turn: the chapter's notes print its fields, and
    removed, it would stop the build (``crossref … names no entry``)."""
    used = set(backlinks)
    pending = list(used)
    while pending:
        entry = bibliography.entries.get(pending.pop())
        parent = entry.get("crossref") if entry is not None else ""
        if parent and parent not in used:
            used.add(parent)
            pending.append(parent)
    return [
        f"{entry.location}: entry '{key}' is not cited in any note; cite it or remove it"
        for key, entry in bibliography.entries.items()
        if key not in used
    ]


@dataclass(frozen=True)
class CitationChecks:
    """What the checks run before the notes are numbered found: errors, which stop the
    build (each citation must name an entry, each prose note be where it is called), and
    warnings, in the order they are reported."""

    errors: list[ExplainerError]
    warnings: list[str]


def _nowhere() -> tuple[str | None, int | None]:
    return None, None


def check_citations(
    pages: Sequence[PageSource],
    bibliography: Bibliography,
    words: style.StyleWords,
    bib_files: Sequence[str],
    bib_files_at: Callable[[], tuple[str | None, int | None]] = _nowhere,
    *,
    calls_side_by_side: bool = False,
    calls_in_headings: bool = False,
) -> CitationChecks:
    """Every check of the bibliography and the pages' citations, each error and warning
    named at its file and line: the entries' style, an empty bibliography, the keys cited,
    the locators' labels, and prose notes called on one page and defined on another.

    ``bib_files_at`` gives where ``mkdocs.yml`` lists the files (path and line), asked only
    when they are none. ``calls_side_by_side``: calls written side by side are meant (an
    edition that reproduces a printed original's), not warned of; ``calls_in_headings`` the same,
    for note calls in headings."""
    warnings = list(style.style_warnings(bibliography))
    errors = []
    if not bib_files and any(page.notes.groups() for page in pages):
        # `bib_files: []`: one error there, not one for each citation ("unknown key").
        path, line = bib_files_at()
        errors.append(
            ExplainerError(
                "extra.explainer.bib_files lists no file, so no citation can be read",
                path=path,
                line=line,
                hint="List the article's .bib files there: [bib/article.bib].",
            )
        )
        return CitationChecks(errors, warnings)
    if bib_files and (emptied := _emptied_bibliography_error(pages, bibliography, bib_files)) is not None:
        # A file emptied by a failed save or a sync: one error, not one per citation ("unknown key").
        errors.append(emptied)
        return CitationChecks(errors, warnings)
    if bib_files and (empty := no_entries_warning(bibliography, bib_files)) is not None:
        warnings.append(empty)
    for page in pages:
        errors += unknown_keys(page.notes, bibliography, page.read_source, page.path_of, bib_files)
        warnings += locator_warnings(page.notes, words, page.read_source, page.path_of)
        if not calls_side_by_side:
            warnings += side_by_side_warnings(page.notes, page.read_source, page.path_of)
        if not calls_in_headings:
            warnings += heading_call_warnings(page.notes, page.read_source, page.path_of)
        warnings += typed_number_warnings(page.notes, page.read_source, page.path_of)
        warnings += glued_citation_warnings(page.notes, page.read_source, page.path_of)
    errors += notes_apart(pages)
    return CitationChecks(errors, warnings)


def _emptied_bibliography_error(
    pages: Sequence[PageSource], bibliography: Bibliography, bib_files: Sequence[str]
) -> ExplainerError | None:
    """One error if the files listed hold no entry while pages cite sources: each citation
    would otherwise be an error of its own, with the cause, the emptied files, a warning lost among them."""
    if bibliography.entries or bibliography.without_at:  # entries without their @ are named one by one
        return None
    cited = [page for page in pages if page.notes.groups()]
    if not cited:
        return None
    citations = sum(len(group) for page in cited for group in page.notes.groups())
    files = " and ".join(bib_files)
    them = "it" if len(bib_files) == 1 else "them"
    return ExplainerError(
        f"no entries, so none of the {citations} citation{'s' if citations != 1 else ''}"
        f" on {len(cited)} page{'s' if len(cited) != 1 else ''} can be read",
        path=files,
        hint=(
            f"If a failed save or a sync emptied {them}, restore {them} from the last saved version"
            f" (with git: git checkout -- {' '.join(bib_files)}); otherwise add the article's sources"
            ' (CONTRIBUTING.md, "Add a source").'
        ),
    )


def _line_outside_brackets(source: str, text: str) -> int | None:
    """The line of the first ``text`` in ``source`` that no open ``[`` comes before on its line."""
    for found in re.finditer(re.escape(text) + r"(?![\w:.#$%&\-+?<>~/]*\w)", source):
        line_start = source.rfind("\n", 0, found.start()) + 1
        if source.rfind("[", line_start, found.start()) <= source.rfind("]", line_start, found.start()):
            return source.count("\n", 0, found.start()) + 1
    return line_of(source, text)


def line_of(source: str, place: Place, nth: int = 0) -> int | None:
    """The 1-based line of ``place`` in ``source``, its ``nth`` occurrence counting from 0
    (None if it is not there)."""
    if isinstance(place, tuple):
        return next((line for candidate in place if (line := line_of(source, candidate, nth)) is not None), None)
    if isinstance(place, str):
        if not place:
            return None
        if place.startswith("@"):  # a key in a citation, not the start of a longer one
            whole = re.compile(re.escape(place) + r"(?![\w:.#$%&\-+?<>~/]*\w)")
            # `@zeitoun2008hegemon`, a key cut short, is first found in `@zeitoun2008hegemony`.
            line = line_of(source, whole, nth)
            return line if line is not None else line_of(source, re.compile(re.escape(place)), nth)
        place = re.compile(re.escape(place))
    match = next(itertools.islice(place.finditer(source), nth, None), None)
    if match is None:
        return None
    return source.count("\n", 0, match.start("at" if "at" in place.groupindex else 0)) + 1
