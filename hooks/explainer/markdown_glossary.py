"""A Python-Markdown extension that links glossary terms in a page to their entries.

Modelled on Python-Markdown's abbr extension: a treeprocessor that runs after inline
processing and walks the text of the tree once, with an explicit set of elements it
never enters (links, headings, code, note calls, citations): a prose note's own words
are read as the page's text, which they follow. The first use of
each entry on a page becomes a link whose ``title`` is the short definition; every use
is recorded, with its paragraph and sentence, for the entry's "Where it appears".

Like mkdocs-autorefs, the link is written in two phases: while the page converts, the
words are wrapped in comments that name the entry (``<!--explainer:term:sco-->SCO
<!--/explainer:term-->``); `expand_terms` makes them links once the entries' URLs are
known. The search index reads the page in between, so it indexes the words alone.
"""

from __future__ import annotations

import bisect
import pickle
import re
import xml.etree.ElementTree as etree
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from html import escape, unescape
from typing import NamedTuple

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE, ETX, STX, AtomicString

from .deferred_patterns import DeferredPattern
from .glossary import Glossary, language_finder
from .markdown_notes import CODE_IN_HTML
from .quoted_emphasis import CLOSING_MARKS, EMPHASIS_MARKS, OPENING_MARKS
from .term_matcher import ENGLISH_PLURALS, TermMatcher

#: Elements whose text is never linked.
SKIP_TAGS = frozenset({"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd", "abbr", "sup", "script", "style"})
#: Classes of elements never entered: citations, generated from the bibliography.
SKIP_CLASSES = frozenset({"citation"})
#: The one mark of the notes (`markdown_notes`) whose element is entered: a prose note's
#: item, whose text is the author's own; its citations and back link are marks too, skipped.
PROSE_NOTE = "data-explainer-note"
#: Blocks a use is reported in: "where it appears" links to the block and quotes its sentence.
BLOCK_TAGS = frozenset({"p", "li", "td", "th", "dd", "dt", "blockquote"})
#: After 'inline' (20), the notes (12) and the paragraph ids (10), so calls and notes are in
#: place to be skipped; after 'toc' (5), which reads elements' tags as strings and so
#: cannot meet the comments that mark a use; before 'unescape' (0) and MkDocs' links (0).
LINKER_PRIORITY = 4

#: The comments around a linked use until `expand_terms` makes it a link; a use of a
#: name in a language of its own (`GlossaryEntry.name_langs`) names it: ``term@zh-Latn:``.
TERM_START = "explainer:term:{slug}"
TERM_IN_LANGUAGE_START = "explainer:term@{lang}:{slug}"
TERM_END = "/explainer:term"
_TERM = re.compile(
    r"<!--explainer:term(?:@(?P<lang>[A-Za-z0-9-]+))?:(?P<slug>[^>]+?)-->(?P<words>.*?)<!--/explainer:term-->",
    re.DOTALL,
)

#: A sentence's last mark with the closing quotes after it (group 1, which ends the
#: sentence: a quotation the author closes after the full stop is quoted whole), and the
#: space before the next one. Written to start with the mark (not a look-behind): the
#: engine then skips ahead to each ``.``, ``!`` or ``?`` instead of trying the pattern
#: at every character. The marks of italics (`quoted_emphasis`) may stand beside the quotes.
#: French sets its guillemets apart from the words with a space, often a non-breaking one
#: (``pieux.\u00a0»``, ``«\u00a0Qui``), so a closing ``»`` may follow the mark after a space,
#: and an opening ``«`` precede the next sentence's first word. That word starts with a
#: capital (or a digit) of any alphabet, ``À`` and ``É`` as ``A``: `sentence_breaks` checks
#: the ``initial`` the pattern finds.
_SENTENCE_END = re.compile(
    rf"([.!?](?:[\"”’)\]{CLOSING_MARKS}]|[ \u00a0\u202f]?[»›])*)\s+"
    rf"(?=[{OPENING_MARKS}]*(?:[\"“‘(\[]|[«‹][ \u00a0\u202f]?)?[{OPENING_MARKS}]*(?P<initial>[^\W_]))"
)
#: The spaces a sentence's words are joined by when it is quoted: every run of white space
#: but the non-breaking ones an author typed (before ``»``, after ``«``), which stay.
_BREAKING_SPACE = re.compile(r"[^\S\u00a0\u202f\u2007]+")
#: What Python-Markdown leaves in the tree's text until the page is serialized: raw inline
#: HTML and entities (``\x02wzxhzdk:0\x03``, numbered in its ``htmlStash``), a character
#: escaped with a backslash (``\x0242\x03``, its code) and an ``&`` (``\x02amp\x03``).
_PLACEHOLDER = re.compile(f"{STX}(?:(wzxhzdk:)?([0-9]+)|[^{STX}{ETX}]*){ETX}")
#: In raw HTML, what a reader does not read: comments, and tags (a line break reads as a space).
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HTML_BREAK = DeferredPattern(r"<br\b[^>]*>", re.IGNORECASE)
_HTML_TAG = DeferredPattern(r"""<(?:[^>"']|"[^"]*"|'[^']*')*>""")
#: The start of a tag of raw HTML: ``/`` if it closes, and its name.
_HTML_TAG_START = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")

#: Python-Markdown's stash of raw HTML (``md.htmlStash.rawHtmlBlocks``): strings, or elements.
Stash = Sequence["str | etree.Element"]


#: One more block of a page that uses an entry, after the block of its first use: the
#: block's id, the note whose own words hold it (as `TermUse.note`), if one does, and how
#: many times the block uses the entry (known once the page is converted).
OtherBlock = tuple[str, int | None, int]


class TermUse(NamedTuple):
    """Where an entry is used on a page: the block's id, the sentence, the words used, how
    many times the page uses the entry in all (known once the page is converted), the
    note whose own words hold the block, if one does (its index on the page, as its call's),
    the page's other blocks that use it (`OtherBlock`s, in the page's order), and how many
    of the uses are in the first use's block."""

    # A named tuple: one is made per first use of an entry on a page, and a tuple costs a
    # fraction of a frozen dataclass to make.

    slug: str
    block_id: str
    sentence: str
    words: str
    count: int = 1
    note: int | None = None
    others: tuple[OtherBlock, ...] = ()
    count_in_block: int = 1


@dataclass
class PageTerms:
    """The glossary uses of one page, first use of each entry first.

    While the page converts the linker adds to it (`count_use`, `add_note_calls`, `add`);
    once it is converted, `pack` folds what it holds into one compressed object, which
    `uses` and `note_calls` read back.
    """

    _counts: dict[str, int] = field(default_factory=dict)
    _note_calls: dict[str, list[int]] = field(default_factory=dict)
    _others: dict[str, list[tuple[str, int | None]]] = field(default_factory=dict)
    #: For each entry, its uses in the first use's block, then in each of `_others`.
    _block_counts: dict[str, list[int]] = field(default_factory=dict)
    _adding: list[TermUse] = field(default_factory=list)
    _packed: bytes = b""
    #: The entries the page uses (those with a use in `uses`), once packed.
    used: tuple[str, ...] = ()

    def count_use(self, slug: str) -> int:
        """Count one more use of the entry; how many the page has made so far."""
        count = self._counts[slug] = self._counts.get(slug, 0) + 1
        return count

    def add_note_calls(self, slug: str, calls: Iterable[int]) -> None:
        """The note calls (their order on the page, from 0) of a block that uses the entry."""
        self._note_calls.setdefault(slug, []).extend(calls)

    def add(self, use: TermUse) -> None:
        self._adding.append(use)

    def add_other_block(self, slug: str, block: tuple[str, int | None]) -> int:
        """One more block that uses the entry, after its first use's (each block once): its
        id and its note (`OtherBlock`, without the count `count_in_block` makes); its place
        among them, from 1."""
        others = self._others.setdefault(slug, [])
        others.append(block)
        return len(others)

    def count_in_block(self, slug: str, place: int) -> None:
        """Count one more use of the entry in a block: the first use's (``place`` 0), or the
        ``place``-th of those `add_other_block` listed."""
        counts = self._block_counts.setdefault(slug, [])
        counts.extend([0] * (place + 1 - len(counts)))
        counts[place] += 1

    @property
    def uses(self) -> list[TermUse]:
        """The first use of each entry, with the page's count of its uses and its other blocks."""
        if self._packed:
            return [TermUse._make(fields) for fields in self._unpacked()[0]]
        return [self._counted(use) for use in self._adding]

    def _counted(self, use: TermUse) -> TermUse:
        """``use`` with the page's counts: of its uses, and of those in each block."""
        counts = self._block_counts.get(use.slug, [])

        def in_block(place: int) -> int:
            return counts[place] if place < len(counts) and counts[place] else 1

        others = self._others.get(use.slug, ())
        return use._replace(
            count=self._counts.get(use.slug, 1),
            others=tuple((block_id, note, in_block(place)) for place, (block_id, note) in enumerate(others, start=1)),
            count_in_block=in_block(0),
        )

    @property
    def note_calls(self) -> dict[str, list[int]]:
        """For each entry, the page's note calls in blocks that use it, each block's once."""
        return self._unpacked()[1] if self._packed else self._note_calls

    def _unpacked(self) -> tuple[list[tuple], dict[str, list[int]]]:
        return pickle.loads(zlib.decompress(self._packed))

    def pack(self) -> None:
        """Hold what the page recorded as one compressed object until the build reads it.

        A large site's pages make hundreds of thousands of uses, counts and note numbers
        that live to the end of the build, scattered among the short-lived objects of the
        pages' conversion: as small objects the allocator could give none of those pages
        of memory back. Sentences repeat the page's words, so they compress well.
        """
        if self._packed and not (
            self._adding or self._counts or self._note_calls or self._others or self._block_counts
        ):
            return  # packed already (in the process that converted the page), and nothing added since
        uses = self.uses
        self.used = tuple(dict.fromkeys(use.slug for use in uses))
        if uses or self._note_calls:
            record = ([tuple(use) for use in uses], self._note_calls)
            self._packed = zlib.compress(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL), 1)
        self._adding, self._counts, self._note_calls, self._others, self._block_counts = [], {}, {}, {}, {}


def shown_text(text: str, stash: Stash = ()) -> str:
    """``text``, a text of the tree before the page is serialized, as a reader reads it:
    each placeholder of Python-Markdown's replaced by what it stands for, raw HTML by its
    text (tags and comments dropped, entities read) from ``stash``, the page's htmlStash."""
    if STX not in text:
        return text

    def shown(found: re.Match[str]) -> str:
        if found[2] is None:
            return "&" if found[0] == AMP_SUBSTITUTE else ""
        number = int(found[2])
        if not found[1]:
            return chr(number)
        raw = stash[number] if number < len(stash) else ""
        if not isinstance(raw, str):
            return "".join(raw.itertext())
        return unescape(_HTML_TAG.sub("", _HTML_BREAK.sub(" ", _HTML_COMMENT.sub("", raw))))

    return _PLACEHOLDER.sub(shown, text)


def raw_skipped_spans(text: str, stash: Stash, open_before: int) -> tuple[list[tuple[int, int]], int]:
    """The spans of ``text`` inside elements of `SKIP_TAGS` typed as raw HTML (``<a href=…>``,
    ``<abbr>``), and how many of them are still open where ``text`` ends.

    Python-Markdown stashes each tag of raw inline HTML and leaves the words between them in
    the tree's text: the linker would link inside a typed link, where the tree's own links
    are never entered. ``open_before``: how many were open where ``text`` starts.
    """
    if not open_before and STX not in text:
        return [], 0
    spans: list[tuple[int, int]] = []
    open_now, start = open_before, 0
    for found in _PLACEHOLDER.finditer(text):
        raw = stash[int(found[2])] if found[1] and int(found[2]) < len(stash) else None
        if not isinstance(raw, str):
            continue
        # A script's code is no tag (``i<a.length`` would open an <a> that nothing closes).
        for tag in _HTML_TAG_START.finditer(CODE_IN_HTML.sub("", _HTML_COMMENT.sub("", raw))):
            if tag[2].lower() not in SKIP_TAGS:
                continue
            if not tag[1]:
                start = found.end() if not open_now else start
                open_now += 1
            elif open_now:
                open_now -= 1
                if not open_now:
                    spans.append((start, found.start()))
    if open_now:
        spans.append((start, len(text)))
    return spans, open_now


def sentence_breaks(text: str) -> list[tuple[int, int]]:
    """Where ``text`` breaks between sentences: (end of one, start of the next) pairs, in order."""
    return [
        (found.end(1), found.end())
        for found in _SENTENCE_END.finditer(text)
        if found["initial"].isupper() or found["initial"].isdigit()
    ]


def sentence_around(text: str, start: int, end: int, breaks: list[tuple[int, int]] | None = None) -> str:
    """The sentence of ``text`` that holds ``text[start:end]``.

    ``breaks``: `sentence_breaks` of ``text``, when several terms of one block ask.
    """
    breaks = sentence_breaks(text) if breaks is None else breaks
    # The last break that ends before the words, and the first that starts after them.
    before = bisect.bisect_right(breaks, start, key=lambda span: span[1])
    begin = breaks[before - 1][1] if before else 0
    after = bisect.bisect_left(breaks, end, lo=before, key=lambda span: span[0])
    stop = breaks[after][0] if after < len(breaks) else len(text)
    return _BREAKING_SPACE.sub(" ", text[begin:stop]).strip(" ")


#: Where a text of the tree starts in `block_text`: ``(id(parent), None)`` for
#: ``parent.text``, ``(id(parent), id(child))`` for ``child.tail``.
TextStarts = dict[tuple[int, int | None], int]


def block_text(element: etree.Element, *, emphasis: bool = False, stash: Stash = ()) -> str:
    """The text of a block, without note calls; with ``emphasis``, its italic and bold
    runs between the marks of `quoted_emphasis`. Python-Markdown's placeholders are read
    (`shown_text`): raw HTML from ``stash``, the page's htmlStash, as its text."""
    return block_text_and_starts(element, emphasis=emphasis, stash=stash)[0]


def block_text_and_starts(
    element: etree.Element, *, emphasis: bool = False, stash: Stash = ()
) -> tuple[str, TextStarts]:
    """`block_text`, and where each text of the tree it holds starts in it (`TextStarts`):
    one walk gives both, so a use's place in the block is read, not walked to again."""
    parts: list[str] = []
    starts: TextStarts = {}
    length = 0

    def add(text: str) -> None:
        nonlocal length
        parts.append(text)
        length += len(text)

    def visit(node: etree.Element) -> None:
        if node.tag == "sup" or node.tag is etree.Comment:
            return
        opening, closing = EMPHASIS_MARKS.get(node.tag, ("", "")) if emphasis else ("", "")
        add(opening)
        starts[(id(node), None)] = length
        add(shown_text(node.text or "", stash))
        for child in node:
            visit(child)
            starts[(id(node), id(child))] = length
            add(shown_text(child.tail or "", stash))
        add(closing)

    visit(element)
    return "".join(parts), starts


class GlossaryLinker(Treeprocessor):
    """Links the first use of each entry on a page and records every use."""

    def __init__(self, md: Markdown, extension: GlossaryExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        extension = self.extension
        if not extension.enabled or extension.matcher is None:
            return
        self.linked: set[str] = set()
        self.block_ids: dict[int, str] = {}
        #: Per block, read once: its note calls and its text (a block may use many terms).
        self._block_calls: dict[int, set[int]] = {}
        #: (entry, block) pairs whose calls are recorded: a block that uses a term twice adds them once.
        self._calls_recorded: set[tuple[str, int]] = set()
        #: (entry, block) pairs whose block is the first use's (0) or listed among the
        #: others, with its place among them (1 for the first other block).
        self._blocks_listed: dict[tuple[str, int], int] = {}
        self._block_text: dict[int, tuple[str, TextStarts]] = {}
        self._block_breaks: dict[int, list[tuple[int, int]]] = {}
        #: Blocks inside a prose note, with the note's index on the page (as its call's).
        self._note_of_block: dict[int, int] = {}
        #: Elements of `SKIP_TAGS` typed as raw HTML and open where the walk is (`raw_skipped_spans`).
        self._raw_open = 0
        self._visit(root, block=None)

    def _skipped(self, element: etree.Element) -> bool:
        if element.tag in SKIP_TAGS or element.tag is etree.Comment:
            return True
        classes = set((element.get("class") or "").split())
        return bool(classes & SKIP_CLASSES) or any(
            name.startswith("data-explainer") and name != PROSE_NOTE for name in element.attrib
        )

    def _visit(self, element: etree.Element, block: etree.Element | None, note: int | None = None) -> None:
        if element.tag in BLOCK_TAGS:
            block = element
            if (mark := element.get(PROSE_NOTE)) is not None:
                note = int(mark)
            if note is not None:
                self._note_of_block[id(block)] = note
        # The children as they were: links inserted below carry text already searched.
        children = list(element)
        if element.text:
            element.text = self._link(element.text, element, None, block)
        for child in children:
            if not self._skipped(child):
                self._visit(child, block, note)
            if child.tail:
                child.tail = self._link(child.tail, element, child, block)

    def _link(self, text: str, parent: etree.Element, after: etree.Element | None, block: etree.Element | None) -> str:
        """Link terms in ``text`` (``parent.text`` or ``after.tail``); return what stays in place."""
        if isinstance(text, AtomicString):
            return text
        matcher = self.extension.matcher
        assert matcher is not None
        pieces: list[tuple[str, tuple[etree.Element, etree.Element]]] = []
        cursor = 0
        skipped, self._raw_open = raw_skipped_spans(text, self.md.htmlStash.rawHtmlBlocks, self._raw_open)
        for start, end, slug in matcher.find(text):
            if skipped and any(begin <= start < stop for begin, stop in skipped):
                continue
            self._record(slug, text[start:end], block, (parent, after, text, start))
            if slug in self.linked:
                continue
            self.linked.add(slug)
            words = text[start:end]
            pieces.append((text[cursor:start], self._marked(slug, words, self.extension.language_of(slug, words))))
            cursor = end
        if not pieces:
            return text
        remainder = text[cursor:]
        head = pieces[0][0]
        insert_at = 0 if after is None else list(parent).index(after) + 1
        for offset, (_before, (start, end)) in enumerate(pieces):
            end.tail = pieces[offset + 1][0] if offset + 1 < len(pieces) else remainder
            parent.insert(insert_at + 2 * offset, start)
            parent.insert(insert_at + 2 * offset + 1, end)
        return head

    @staticmethod
    def _marked(slug: str, words: str, lang: str = "") -> tuple[etree.Element, etree.Element]:
        """The two comments around a linked use; the words are the first one's tail."""
        mark = TERM_IN_LANGUAGE_START.format(lang=lang, slug=slug) if lang else TERM_START.format(slug=slug)
        start = etree.Comment(mark)
        start.tail = AtomicString(words)
        return start, etree.Comment(TERM_END)

    def _record(
        self,
        slug: str,
        words: str,
        block: etree.Element | None,
        place: tuple[etree.Element, etree.Element | None, str, int],
    ) -> None:
        """Count a use; for the page's first, keep its block and sentence. ``place``: where
        the text it is in is (``parent.text``, or ``after.tail``), that text, and where in
        it the use starts."""
        page = self.extension.page
        count = page.count_use(slug)
        if block is not None:
            calls = self._block_calls.get(id(block))
            if calls is None:
                calls = self._block_calls[id(block)] = {
                    int(call) for sup in block.iter("sup") if (call := sup.get("data-explainer-call"))
                }
                # A use in a note's own text is a use in that note.
                if (note := self._note_of_block.get(id(block))) is not None:
                    calls.add(note)
            if calls and (slug, id(block)) not in self._calls_recorded:
                self._calls_recorded.add((slug, id(block)))
                page.add_note_calls(slug, calls)
        if block is None:
            return
        if count > 1:
            # A later use: its block is listed once, after the first use's, for the reader to
            # reach, with the count of its uses.
            place = self._blocks_listed.get((slug, id(block)))
            if place is None:
                place = page.add_other_block(slug, (self._block_id(block), self._note_of_block.get(id(block))))
                self._blocks_listed[(slug, id(block))] = place
            page.count_in_block(slug, place)
            return
        self._blocks_listed[(slug, id(block))] = 0
        page.count_in_block(slug, 0)
        block_id = self._block_id(block)
        stash = self.md.htmlStash.rawHtmlBlocks
        if id(block) not in self._block_text:
            self._block_text[id(block)] = block_text_and_starts(block, emphasis=True, stash=stash)
            self._block_breaks[id(block)] = sentence_breaks(self._block_text[id(block)][0])
        full, starts = self._block_text[id(block)]
        # The sentence of this use, not of the same words written earlier in the block
        # where they were no use (inside a link, or a longer name the entry lists in `not_in`).
        parent, after, text, start = place
        offset = starts.get((id(parent), None if after is None else id(after)))
        # Raw HTML before the use in its own text is read too, as its text.
        position = offset + len(shown_text(text[:start], stash)) if offset is not None else -1
        if not full.startswith(words, position):
            position = full.find(words)
        if position >= 0:
            sentence = sentence_around(full, position, position + len(words), self._block_breaks[id(block)])
        else:
            sentence = words
        page.add(TermUse(slug, block_id, sentence, words, note=self._note_of_block.get(id(block))))

    def _block_id(self, block: etree.Element) -> str:
        """The block's id, given one (`block_id_prefix` and a number) if it has none."""
        block_id = block.get("id")
        if not block_id:
            block_id = f"{self.extension.getConfig('block_id_prefix')}{len(self.block_ids) + 1}"
            block.set("id", block_id)
        self.block_ids[id(block)] = block_id
        return block_id


def expand_terms(html: str, glossary: Glossary, href_of: Callable[[str], str | None]) -> str:
    """Make each marked use a link to its entry (``href_of(slug)``); a use without an href stays words."""

    def link(found: re.Match[str]) -> str:
        slug, words = found["slug"], found["words"]
        href = href_of(slug)
        if href is None or slug not in glossary.entries:
            return words
        entry = glossary[slug]
        definition = escape(entry.definition_title or entry.definition)
        if found["lang"]:
            # On the words, not the link: its title, the definition the card shows, is in the page's language.
            words = f'<span lang="{found["lang"]}">{words}</span>'
        return f'<a href="{escape(href)}" class="glossary-term" title="{definition}" data-glossary="{slug}">{words}</a>'

    return _TERM.sub(link, html)


class GlossaryExtension(Extension):
    """Glossary term links; the hook sets the glossary, and the page before each conversion."""

    def __init__(self, **kwargs) -> None:
        self.config = {"block_id_prefix": ["use-", "Prefix of the ids given to blocks that use a term."]}
        super().__init__(**kwargs)
        self.glossary: Glossary = Glossary(entries={})
        self.matcher: TermMatcher | None = None
        #: For each entry with a name in a language of its own, what tells which language
        #: a linked use's words write (`glossary.language_finder`).
        self._languages_of: dict[str, Callable[[str], str]] = {}
        self.reset()

    def set_glossary(self, glossary: Glossary, plurals: Sequence[str] = ENGLISH_PLURALS) -> None:
        """The glossary to link, its names' plurals made by ``plurals`` (`term_matcher.plural_forms`)."""
        self.glossary = glossary
        self.matcher = glossary.matcher(plurals)
        self._languages_of = {
            entry.slug: finder
            for entry in glossary.entries.values()
            if (finder := language_finder(entry, plurals)) is not None
        }

    def language_of(self, slug: str, words: str) -> str:
        """The language of the name of entry ``slug`` that ``words`` write ("" for the article's)."""
        finder = self._languages_of.get(slug)
        return finder(words) if finder is not None else ""

    def start_page(self, *, enabled: bool) -> None:
        """Before a page converts: whether to link its terms (the links are written later,
        by `expand_terms`, once the entries' URLs are known)."""
        self.reset()
        self.enabled = enabled

    def reset(self) -> None:
        self.page = PageTerms()
        self.enabled = False

    def page_state(self) -> PageTerms:
        """The uses of the page just converted, for another process (`explainer.parallel_pages`):
        packed here, so that the build neither unpickles them one by one nor packs them again."""
        self.page.pack()
        return self.page

    def restore_page_state(self, state: object) -> None:
        assert isinstance(state, PageTerms)
        self.page = state

    def take_page(self) -> PageTerms:
        """The converted page's uses, packed (`PageTerms.pack`); the next page starts afresh."""
        page = self.page
        self.page = PageTerms()
        page.pack()
        return page

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(GlossaryLinker(md, self), "explainer_glossary", LINKER_PRIORITY)
