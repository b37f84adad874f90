"""Find the paragraph that holds a quoted passage, once the page is converted.

The timeline names each event's passage by its words, as a reader reads them; this
treeprocessor finds the block whose text holds them and reports its id (from the
paragraph anchors), so the timeline can link to the passage itself, and the notes of
that block, so the timeline can check the note an event gives.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from .citation_syntax import GROUP, NOT_LINK_TEXT
from .deferred_patterns import DeferredPattern
from .markdown_glossary import block_text, block_text_and_starts

#: After paragraph anchors (10) give paragraphs ids, and after the note assembly (12) has
#: put prose notes in the list of notes, where a quote may also be found; after attr_list
#: (8) too, which takes a word's language out of its text (``*qiáowù*{lang=zh-Latn}`` reads
#: ``qiáowù``); before the editors' quotation marks are made typographic (7).
PASSAGES_PRIORITY = 7.8
#: Blocks a quote may lie in (paragraphs of the text, and of prose notes).
BLOCKS = ("p",)

#: Markdown that a reader does not read as words: an escape's backslash (``\*``: the mark is
#: read), a citation group and a note call (a note number, which a quote leaves out), a
#: link's address (its text is read) and an image, and emphasis marks (``*``, ``**``, ``_``
#: at a word's edge).
_UNREAD = DeferredPattern(
    r"\\(?P<escaped>[!-/:-@\[-`{-~])"
    rf"|{GROUP.pattern}{NOT_LINK_TEXT}"
    r"|\[\^[^\]\s]+\](?!:)"
    r"|(?P<image>!?)\[(?P<text>[^\[\]]*)\](?:\([^()]*\)|\[[^\[\]]*\])"
    r"|\*+|(?<!\w)_+|_+(?!\w)"
)


def _read(found: re.Match[str]) -> str:
    if found.group("escaped"):
        return found.group("escaped")
    if found.group("text") is not None and not found.group("image"):
        return _UNREAD.sub(_read, found.group("text"))  # a link's text may hold emphasis
    return ""


def reader_words(markdown: str) -> str:
    """The words of ``markdown`` as a reader reads them, each run of spaces and line breaks
    one space: ``*dam*`` is ``dam``, ``rivers.[@smith2020] As`` is ``rivers. As``."""
    return " ".join(_UNREAD.sub(_read, markdown).split())


class PassageNotes(NamedTuple):
    """The notes of the paragraph that holds a quote: the notes it calls, and the prose
    note whose text it is (a paragraph of the list of notes calls none).

    As the page's placeholders give them, by their place on the page (0 for its first
    note), until `numbered` gives the article's numbers.
    """

    calls: tuple[int, ...] = ()
    within: int | None = None
    #: The first of ``calls`` after the quote's last word: the note an event that quotes it
    #: most likely gives, which a message about a note renumbered names (None if none follows).
    following: int | None = None

    def numbered(self, numbers: Sequence[int]) -> PassageNotes:
        """The same notes by their numbers; ``numbers``: the page's, in the order of its calls
        (`explainer.notes.note_numbers`), which is the order of the placeholders."""

        def number(index: int | None) -> int | None:
            return numbers[index] if index is not None and index < len(numbers) else None

        return PassageNotes(
            tuple(numbers[index] for index in self.calls if index < len(numbers)),
            number(self.within),
            number(self.following),
        )


def _blocks(parent: etree.Element, within: int | None = None) -> Iterator[tuple[etree.Element, int | None]]:
    """The blocks below ``parent`` in document order, each with the prose note it is in."""
    for child in parent:
        note = child.get("data-explainer-note")
        inside = int(note) if child.tag == "li" and note is not None else within
        if child.tag in BLOCKS:
            yield child, inside
        yield from _blocks(child, inside)


class PassageFinder(Treeprocessor):
    def __init__(self, md: Markdown, extension: PassagesExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        wanted = self.extension.wanted
        if not wanted:
            return
        written = {quote: " ".join(quote.split()) for quote in wanted}
        self._find(root, written)
        # A quote not found as written may hold markup of the page's source that its reader
        # does not read (`*dam*`, a citation): its reader's words are looked for, in a
        # second walk, which a page whose quotes are all found does not take.
        unread = {}
        for quote in wanted:
            if quote not in self.extension.found and (words := reader_words(quote)) not in ("", written[quote]):
                unread[quote] = words
        if unread:
            self._find(root, unread)

    def _find(self, root: etree.Element, wanted: dict[str, str]) -> None:
        """Record the blocks that hold each quote of ``wanted``, given with the words looked for."""
        found, holders, notes = self.extension.found, self.extension.holders, self.extension.notes
        for element, within in _blocks(root):
            text = " ".join(block_text(element).split())
            for quote, words in wanted.items():
                if words not in text:
                    continue
                holders[quote] = holders.get(quote, 0) + 1
                if quote not in found:  # the first paragraph that holds it
                    if not element.get("id"):
                        element.set("id", f"passage-{len(found) + 1}")
                    found[quote] = element.get("id", "")
                    calls = (call.get("data-explainer-call") for call in element.iter("sup"))
                    notes[quote] = PassageNotes(
                        tuple(int(call) for call in calls if call is not None),
                        within,
                        _call_after(element, text.index(words) + len(words)),
                    )


def _call_after(element: etree.Element, end: int) -> int | None:
    """The note (its place on the page) of the first call in ``element`` at or after ``end``,
    a place in its text with each run of spaces one space, as a quote is looked for."""
    text, starts = block_text_and_starts(element)
    after = []
    for parent in element.iter():
        for child in parent:
            if child.tag != "sup" or (call := child.get("data-explainer-call")) is None:
                continue
            # A call adds no text: where its tail starts is where it stands.
            at = starts.get((id(parent), id(child)))
            if at is not None and len(" ".join(text[:at].split())) >= end:
                after.append((at, int(call)))
    return min(after)[1] if after else None


class PassagesExtension(Extension):
    """The hook sets ``wanted`` (quotes on this page) before a page converts; ``found`` maps each to the
    id of the first paragraph that holds it, ``holders`` to how many paragraphs hold it, and
    ``notes`` to the notes of the first."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.wanted: list[str] = []
        self.found: dict[str, str] = {}
        self.holders: dict[str, int] = {}
        self.notes: dict[str, PassageNotes] = {}

    def start_page(self, quotes: list[str]) -> None:
        # Each quote once: two events may quote one passage, which is still one paragraph.
        self.wanted = list(dict.fromkeys(quotes))
        self.found = {}
        self.holders = {}
        self.notes = {}

    def page_state(self) -> tuple[dict[str, str], dict[str, int], dict[str, PassageNotes]]:
        """The passages found on the page just converted, for another process (`explainer.parallel_pages`)."""
        return self.found, self.holders, self.notes

    def restore_page_state(self, state: object) -> None:
        assert isinstance(state, tuple)
        self.found, self.holders, self.notes = state

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(PassageFinder(md, self), "explainer_passages", PASSAGES_PRIORITY)
