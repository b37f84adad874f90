"""A Python-Markdown extension for notes: citation notes ``[@key]`` and prose notes ``[^label]``.

Like Python-Markdown's footnotes extension, the state lives on the extension and is
reset for each document. Unlike it, the notes are not numbered here: numbers, and the
text of each citation (full, short or Ibid.), depend on every page that comes before,
which a single page cannot know. So the extension leaves small placeholders in the
HTML and records what each note cites in a `PageNotes`; once all pages are converted,
`explainer.notes` numbers the notes across the article and fills the placeholders in.

Placeholders (attributes are indexes into the page's `PageNotes`)::

    <sup data-explainer-call="0"></sup>            the call of note 0 in the text
    <li data-explainer-cited-note="0"></li>        note 0, made of citations only: written whole
    <li data-explainer-note="0">…</li>             note 0, a prose note, in the page's list of notes
    <span data-explainer-cite="0"></span>          a citation written inside a prose note
    <span data-explainer-backref="0"></span>       the link from a prose note back to its call
    <span data-explainer-list="start|end"></span>  around the list of notes (see `LIST_START`)
"""

from __future__ import annotations

import pickle
import re
import xml.etree.ElementTree as etree
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from markdown import Extension, Markdown, util
from markdown.blockprocessors import BlockProcessor
from markdown.extensions.attr_list import AttrListTreeprocessor
from markdown.inlinepatterns import InlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from .citation_syntax import (
    BARE_KEY,
    GROUP,
    KEY,
    NOT_LINK_TEXT,
    CitationItem,
    keys_with_empty_locators,
    locator_problem,
    opens_as_citation,
    parse_group,
    repeated_item,
    unread_group,
)
from .deferred_patterns import DeferredPattern

CitationGroup = tuple[CitationItem, ...]

# Processor priorities, named for why they are what they are.
#: Above 'reference' (170) and 'link' (160): ``[@key]`` must not be read as a reference
#: link; below 'backtick' (190) and 'escape' (180): code and ``\[`` are left alone.
CITATION_PRIORITY = 175
#: Same band as the citation: ``[^label]`` must win over 'reference'.
NOTE_CALL_PRIORITY = 176
#: Beside the note call, whose pattern takes no space: ``[^a b]`` must not reach 'reference' either.
SPACED_LABEL_PRIORITY = 177
#: Before 'reference' (15): a ``[^label]: text`` block would otherwise read as a link definition.
NOTE_DEFINITION_PRIORITY = 17
#: Before 'inline' (20): the note bodies join the tree so inline markup in them is processed.
ATTACH_BODIES_PRIORITY = 50
#: After 'inline' (20) sees every citation, before 'toc' (5) so the Notes heading is listed.
ASSEMBLE_PRIORITY = 12
#: Before 'normalize_whitespace' (30) and 'html_block' (20): the page's Markdown as written.
SUPERSCRIPTS_PRIORITY = 35
#: Below every other inline pattern: what reaches it is plain text, not code, a link's
#: address, an autolink or a citation.
BARE_KEY_PRIORITY = 30

CALL_TAG = "explainer-call"
#: Markers around the list of notes in the HTML, so that `explainer.notes.split_list` can cut it out.
LIST_START = '<span data-explainer-list="start"></span>'
LIST_END = '<span data-explainer-list="end"></span>'
PROSE_CALL_TAG = "explainer-prose-call"
BODIES_CLASS = "explainer-note-bodies"


#: Markdown extensions that read ``[^label]`` notes themselves (``extra`` holds
#: ``footnotes``): beside them, a prose note's definition never reaches this extension.
FOOTNOTE_EXTENSIONS = frozenset(
    {"footnotes", "markdown.extensions.footnotes", "extra", "markdown.extensions.extra", "pymdownx.extra"}
)


def footnotes_clash(extensions: Sequence[object], config_text: str, config_path: str) -> str | None:
    """The error for an extension of ``extensions`` that reads ``[^label]`` notes itself,
    placed on its line of the configuration file; None if there is none."""
    name = next((name for name in extensions if isinstance(name, str) and name in FOOTNOTE_EXTENSIONS), None)
    if name is None:
        return None
    listed = re.compile(rf"^\s*-\s*{re.escape(name)}\s*:?\s*$")
    line = next((number for number, text in enumerate(config_text.splitlines(), 1) if listed.match(text)), None)
    where = f"{config_path}:{line}" if line else config_path
    return (
        f"{where}: markdown_extensions lists {name}, which takes the texts of [^label] notes before the"
        " explainer reads them; remove it: the explainer numbers every note across the article"
    )


#: Where in a page's Markdown a problem is, for its line: the first occurrence of a text,
#: or of a pattern (at its group ``at`` if it has one); or, a tuple, the first of these found.
Place = str | re.Pattern[str] | tuple[str | re.Pattern[str], ...]


@dataclass
class Note:
    """One note of a page, in the order of its call: a citation group or a prose note."""

    group: CitationGroup | None = None
    label: str | None = None
    #: For a prose note: indexes into `PageNotes.inline_groups`, in order.
    inline: list[int] = field(default_factory=list)


@dataclass
class PageNotes:
    """What one page's notes cite, in the order of their calls."""

    notes: list[Note] = field(default_factory=list)
    #: Citation groups written inside prose notes.
    inline_groups: list[CitationGroup] = field(default_factory=list)
    #: Problems found while converting, as (message, where it is in the source) pairs.
    problems: list[tuple[str, Place]] = field(default_factory=list)
    #: Words written ``@word`` in the text, outside brackets: a citation without them, if
    #: the word is a key (`explainer.notes.unknown_keys` knows the keys).
    bare_keys: list[str] = field(default_factory=list)
    #: Words written ``[@word`` with the bracket never closed: a citation left open, if the
    #: word is a key.
    unclosed_keys: list[str] = field(default_factory=list)
    #: Words written ``[word]`` or ``[word, p. 4]``, each with the bracket as written: a
    #: citation with its ``@`` left out, if the word is a key.
    keys_without_at: list[tuple[str, str]] = field(default_factory=list)
    #: Labels of prose notes called on the page but not defined there, and defined but not
    #: called: errors, placed once every page is known (`explainer.notes.notes_apart`),
    #: since the other half is often on another page.
    undefined_labels: list[str] = field(default_factory=list)
    uncalled_labels: list[str] = field(default_factory=list)
    #: Each run of note calls with nothing but spaces or punctuation between them, as
    #: written, calls and what is between in turn (``[@a]``, ``, ``, ``[@b]``): two numbers
    #: at one place, which print never sets.
    side_by_side: list[tuple[str, ...]] = field(default_factory=list)
    #: Note numbers typed in the text after a sentence's mark, as (mark, number as written)
    #: (``.``, ``<sup>61</sup>``): pasted from a printed page, they look like note calls,
    #: and lead nowhere.
    typed_numbers: list[tuple[str, str]] = field(default_factory=list)
    #: Note calls written in a heading, as written (``[@a]``): print sets none there.
    in_headings: list[str] = field(default_factory=list)
    #: Citations inside a prose note's text written against the word before them, as
    #: (the word, the citation as written) (``deafening.``, ``[@k, p. 9]``): the reference
    #: would be printed run into the word ("deafening.K. Ostrand").
    glued_citations: list[tuple[str, str]] = field(default_factory=list)
    #: The page's notes as `packed` wrote them in the process that converted the page
    #: (`page_state`), where the fields above are left empty: "" for notes held as objects.
    packed_in_child: bytes = b""

    def groups(self) -> list[CitationGroup]:
        """Every citation group of the page (note groups and inline groups)."""
        found = [note.group for note in self.notes if note.group]
        return found + list(self.inline_groups)

    def packed(self) -> bytes:
        """The page's notes as one object, to hold until every page is converted.

        A large site's pages cite tens of thousands of sources, each a few small objects
        that would wait for the numbering scattered among the short-lived objects of the
        pages' conversion, where the allocator could give none of their memory back.
        Pickled as plain tuples: twice as fast to write as the dataclasses.
        """
        if self.packed_in_child:
            return self.packed_in_child
        notes = [(note.group and _plain(note.group), note.label, note.inline) for note in self.notes]
        inline_groups = [_plain(group) for group in self.inline_groups]
        found_in_text = (
            self.undefined_labels,
            self.uncalled_labels,
            self.side_by_side,
            self.keys_without_at,
            self.typed_numbers,
            self.in_headings,
            self.glued_citations,
        )
        record = (notes, inline_groups, self.problems, self.bare_keys, self.unclosed_keys, found_in_text)
        return pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def unpacked(packed: bytes) -> PageNotes:
        """The notes `packed` holds."""
        notes, inline_groups, problems, bare_keys, unclosed_keys, found_in_text = pickle.loads(packed)
        undefined, uncalled, side_by_side, keys_without_at, typed_numbers, in_headings, glued = found_in_text
        return PageNotes(
            notes=[Note(group and _items(group), label, inline) for group, label, inline in notes],
            inline_groups=[_items(group) for group in inline_groups],
            problems=problems,
            bare_keys=bare_keys,
            unclosed_keys=unclosed_keys,
            keys_without_at=keys_without_at,
            undefined_labels=undefined,
            uncalled_labels=uncalled,
            side_by_side=side_by_side,
            typed_numbers=typed_numbers,
            in_headings=in_headings,
            glued_citations=glued,
        )


def _plain(group: CitationGroup) -> tuple[tuple[str, ...], ...]:
    return tuple(map(tuple, group))


def _items(group: tuple[tuple[str, ...], ...]) -> CitationGroup:
    return tuple(map(CitationItem._make, group))


def walk(parent: etree.Element) -> Iterator[tuple[etree.Element, int, etree.Element]]:
    """Every element below ``parent`` in document order, with its parent and index.

    The caller may replace ``parent[index]``: the walk goes on into the element it yielded.
    """
    for index, child in enumerate(list(parent)):
        yield parent, index, child
        yield from walk(child)


class CitationInlineProcessor(InlineProcessor):
    """Turns ``[@a; @b, p. 7]`` into a placeholder element holding the parsed group."""

    def __init__(self, extension: NotesExtension) -> None:
        super().__init__(GROUP.pattern + NOT_LINK_TEXT)
        self.extension = extension

    def handleMatch(self, m: re.Match[str], data: str):  # noqa: N802 (Python-Markdown's name)
        group = parse_group(m.group("body"))
        if group is None:
            problem = unread_group(m.group("body"))
            if problem:
                self.extension.page.problems.append((problem, m.group(0)))
            return None, None, None
        if (
            data[m.start() - 1 : m.start()] == "["
            and data[m.end() : m.end() + 1] == "]"
            and data[m.end() + 1 : m.end() + 2] not in ("(", "[")
        ):
            # `[[@k]]`, a wiki's link or a reference manager's field: the outer pair showed
            # around the note's number, "[1]". (`[[@k]](…)` is a link's text: its own error.)
            problem = (
                f"the citation {m.group(0)} is in brackets of its own, [{m.group(0)}], which the text shows around"
                f" its note's number ([1]); write {m.group(0)}"
            )
            self.extension.page.problems.append((problem, f"[{m.group(0)}]"))
        for problem in map(locator_problem, group):
            if problem:
                self.extension.page.problems.append((problem, m.group(0)))
        for key in keys_with_empty_locators(m.group("body")):
            # No example of a page: its label ("p.", "S.") is the article's, not known here.
            problem = (
                f"{m.group(0)} has a comma after @{key} and no locator: write the page after the comma, or delete it"
            )
            self.extension.page.problems.append((problem, m.group(0)))
        problem = repeated_item(group) if len(group) > 1 else None  # most groups cite one source
        if problem:
            self.extension.page.problems.append((problem, m.group(0)))
        element = etree.Element(CALL_TAG)
        element.set("group", str(len(self.extension.groups)))
        element.set("source", m.group(0))
        self.extension.groups.append(group)
        self.extension.group_sources.append(m.group(0))
        return element, m.start(0), m.end(0)


class NoteCallInlineProcessor(InlineProcessor):
    """Turns ``[^label]`` into a placeholder element for a prose note."""

    def __init__(self, extension: NotesExtension) -> None:
        super().__init__(r"\[\^(?P<label>[^\]\s]+)\](?!:)")
        self.extension = extension

    def handleMatch(self, m: re.Match[str], data: str):  # noqa: N802
        element = etree.Element(PROSE_CALL_TAG)
        element.set("label", m.group("label"))
        element.set("source", m.group(0))
        return element, m.start(0), m.end(0)


#: What to do about a note's call or definition with no label (``[^]``, ``[^ ]``).
EMPTY_LABEL_ADVICE = "name the note in one word, [^label], at its call and before its text: [^label]: …"


class SpacedNoteLabelProcessor(InlineProcessor):
    """Reports ``[^a b]`` and ``[^]``: with a space in its label, or none, it is neither a
    note call nor a definition.

    Left alone, the call and the definition would both print as typed. The text stays as it
    is; the page's problems stop the build.
    """

    def __init__(self, extension: NotesExtension) -> None:
        super().__init__(r"\[\^(?P<label>[^\]\s]*\s[^\]]*|)\]")
        self.extension = extension

    def handleMatch(self, m: re.Match[str], data: str):  # noqa: N802
        label = " ".join(m.group("label").split())
        if not label:  # a definition with no label is `NoteDefinitionProcessor`'s
            written = m.group(0)
            # Placed where no code span holds it (an even number of backticks after it on its
            # line): a sample such as `[^]` higher on the page is code, left alone.
            place = re.compile(rf"{re.escape(written)}(?=(?:[^`\n]*`[^`\n]*`)*[^`\n]*$)", re.MULTILINE)
            self.extension.page.problems.append((f"note call {written} has no label; {EMPTY_LABEL_ADVICE}", place))
            return None, None, None
        one_word = label.replace(" ", "-")
        # Named as written: a space only after the ^ (`[^ dispute]`) would otherwise read as
        # the label it should be, `[^dispute]`.
        written = "[^" + re.sub(r"\s+", " ", m.group("label")) + "]"
        problem = (f"note label {written} holds a space; a label is one word: [^{one_word}]", m.group(0))
        if problem not in self.extension.page.problems:  # the call and the definition: one error
            self.extension.page.problems.append(problem)
        # Nor is the other half of the note, `[^dispute]` or `[^dispute]:`, also named as
        # never defined or never called: one slip, one error.
        self.extension.spaced_labels.update((one_word, label.replace(" ", "")))
        return None, None, None


class BareKeyProcessor(InlineProcessor):
    """Records ``@word`` written in the text without brackets; the text stays as it is.

    Pandoc reads ``@key says`` as a citation; here only ``[@key]`` is one. Whether the
    word is a key is known once the bibliography is (`explainer.notes.unknown_keys`).
    """

    def __init__(self, extension: NotesExtension) -> None:
        super().__init__(BARE_KEY)
        self.extension = extension

    def handleMatch(self, m: re.Match[str], data: str):  # noqa: N802
        before = data[m.start() - 1] if m.start() else " "
        if before.isalnum() or before in "_@":  # me@example.org
            opened = data.rfind("[", 0, m.start())
            closing = data.find("]", m.end())
            if before.isalnum() and opened > data.rfind("]", 0, m.start()) and closing >= 0:
                # `[see@k]`: a citation if the word is a key (`explainer.notes` knows the keys),
                # the space before its @ left out; else an address in brackets, text.
                self.extension.page.keys_without_at.append((m.group("key"), data[opened : closing + 1]))
            return None, None, None
        opened = data.rfind("[", 0, m.start())
        if opened > data.rfind("]", 0, m.start()):
            # Inside a bracket: one never closed (another opens first, or none closes it)
            # is a citation left open; a closed one that opens as a citation and cannot be
            # read has its own problem (`unread_group`); any other is named as text.
            closing, opening = data.find("]", m.end()), data.find("[", m.end())
            if closing < 0 or 0 <= opening < closing:
                self.extension.page.unclosed_keys.append(m.group("key"))
                return None, None, None
            if opens_as_citation(data[opened + 1 : closing]):
                return None, None, None
        self.extension.page.bare_keys.append(m.group("key"))
        return None, None, None


class KeyWithoutAtProcessor(InlineProcessor):
    """Records ``[word]`` and ``[word, p. 4]``: no link (no address, no definition), and a
    citation if the word is a key and the ``@`` was left out. The text stays as it is."""

    def __init__(self, extension: NotesExtension) -> None:
        # A full-width ＠ (a Chinese or Japanese keyboard's) is no @ to the citations either.
        super().__init__(rf"\[[＠﹫]?(?P<key>{KEY})(?:,[^\[\]\n]*)?\]")
        self.extension = extension

    def handleMatch(self, m: re.Match[str], data: str):  # noqa: N802
        self.extension.page.keys_without_at.append((m.group("key"), m.group(0)))
        return None, None, None


class NoteDefinitionProcessor(BlockProcessor):
    """Takes ``[^label]: text`` blocks (with indented continuation blocks) out of the flow."""

    #: A label left blank is taken too: else ``[^]: Word`` would be read as a link's
    #: definition and vanish without a word.
    DEFINITION = re.compile(r"^[ ]{0,3}\[\^(?P<label>[^\]\s]+|[ \t]*)\]:[ ]*(?P<text>.*)$", re.MULTILINE)

    def __init__(self, parser, extension: NotesExtension) -> None:
        super().__init__(parser)
        self.extension = extension

    def test(self, parent, block: str) -> bool:
        return bool(self.DEFINITION.search(block))

    def run(self, parent, blocks: list[str]) -> bool:
        block = blocks.pop(0)
        found = self.DEFINITION.search(block)
        assert found is not None
        before = block[: found.start()].rstrip("\n")
        if before:
            # Text above the definition in the same block is an ordinary paragraph.
            self.parser.parseBlocks(parent, [before])
        lines = [found["text"]]
        rest = block[found.end() :].lstrip("\n")
        # Further definitions in the same block are handled on the next call.
        next_definition = self.DEFINITION.search(rest)
        if next_definition:
            lines.extend(rest[: next_definition.start()].splitlines())
            blocks.insert(0, rest[next_definition.start() :])
        elif rest:
            lines.extend(rest.splitlines())
        text = "\n".join(line[4:] if line.startswith("    ") else line for line in lines)
        # Following blocks indented by four spaces continue the note.
        while blocks and blocks[0].startswith("    "):
            text += "\n\n" + "\n".join(line[4:] for line in blocks.pop(0).splitlines())
        label = found["label"]
        if not label.strip():
            written = f"[^{label}]:"
            problem = f"note definition {written} has no label; {EMPTY_LABEL_ADVICE}"
            self.extension.page.problems.append((problem, written))
            return True
        self.extension.definition_counts[label] += 1
        if label in self.extension.definitions:
            # Placed at the new definition, the one an editor has just written: the
            # definition after as many as came before it, each at a line's start.
            before = self.extension.definition_counts[label] - 1
            definition = rf"^ {{0,3}}{re.escape(f'[^{label}]:')}"
            again = re.compile(
                rf"(?ms)\A(?:.*?{definition}){{{before}}}.*?^ {{0,3}}(?P<at>{re.escape(f'[^{label}]:')})"
            )
            self.extension.page.problems.append((f"note [^{label}] is defined twice; keep one definition", again))
        else:
            self.extension.definitions[label] = text
            if not text.strip():
                self.extension.page.problems.append(
                    (f"note [^{label}] has no text; write it after the colon", f"[^{label}]:")
                )
        return True


class AttachBodiesTreeprocessor(Treeprocessor):
    """Parses each prose note's text into the tree so that inline processing reaches it."""

    def __init__(self, md: Markdown, extension: NotesExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        if not self.extension.definitions:
            return
        container = etree.SubElement(root, "div", {"class": BODIES_CLASS})
        for label, text in self.extension.definitions.items():
            body = etree.SubElement(container, "div", {"data-label": label})
            self.md.parser.parseChunk(body, text)


_CALL_TAGS = (CALL_TAG, PROSE_CALL_TAG)
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
#: A prose note's call, ``[^label]``, not its definition (``[^label]:``).
_PROSE_CALL = DeferredPattern(r"\[\^(?P<label>[^\]\s]+)\](?!:)")
#: Code, scripts and styles in raw HTML (a highlighted block is stashed as HTML): their
#: text is a sample or a program (``/[^a-z]/``, ``i<a.length``), not a call nor a tag.
CODE_IN_HTML = re.compile(r"<(pre|code|script|style)\b.*?</\1>", re.DOTALL | re.IGNORECASE)


#: A number set as a superscript: Unicode's superscript digits, or digits between two pieces
#: of raw HTML (``<sup>``, ``</sup>``, by their placeholders). Without a look behind, the
#: search skips to the first character that may start one.
_TYPED_NUMBER = DeferredPattern(
    r"(?P<superscript>[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+)"
    rf"|{util.STX}wzxhzdk:(?P<open>\d+){util.ETX}(?P<digits>\d+){util.STX}wzxhzdk:(?P<close>\d+){util.ETX}"
)
#: The marks that end a sentence or a clause, after which a number set higher is a note's.
#: Not a bracket: ``(a+b)²`` is an exponent.
_MARKS_BEFORE_A_NOTE = frozenset(".,;:!?\u201d\u2019\"'")
_SUP_OPEN = DeferredPattern(r"<sup\b[^>]*>", re.IGNORECASE)


def _typed_numbers(root: etree.Element, stash: Sequence[object]) -> Iterator[tuple[str, str]]:
    """Each note number typed after a sentence's mark (``region.<sup>60</sup>``, ``region.⁶⁰``,
    ``*region.*⁶⁰``), as (mark, number as written); code is left alone, and an exponent
    (``km<sup>2</sup>``, ``(a+b)²``) follows no mark."""
    for element in root.iter():
        texts = ((element.text, None), (element.tail, element))
        if element.tag in ("code", "pre"):
            texts = texts[1:]
        for text, ended in texts:
            if not text:
                continue
            for found in _TYPED_NUMBER.finditer(text):
                if found.start():
                    mark = text[found.start() - 1]
                elif ended is not None:  # the mark ends the element this text follows (`*training.*¹`)
                    mark = "".join(ended.itertext())[-1:]
                else:
                    continue
                if mark not in _MARKS_BEFORE_A_NOTE:
                    continue
                if found.group("superscript"):
                    yield mark, found.group("superscript")
                    continue
                opening, closing = (stash[int(found.group(name))] for name in ("open", "close"))
                if isinstance(opening, str) and _SUP_OPEN.fullmatch(opening) and str(closing).lower() == "</sup>":
                    yield mark, opening + found.group("digits") + str(closing)


def _groups_left_as_text(root: etree.Element) -> Iterator[tuple[str, Place]]:
    """A problem for each citation the text still holds as typed, not made a note: one a
    bracket follows that Markdown reads as a link's reference (``[@a][ref]``, no link
    defined) would print as typed without a word. Code is left alone."""
    for element in root.iter():
        texts = (element.tail,) if element.tag in ("code", "pre") else (element.text, element.tail)
        for text in texts:
            if not text or "@" not in text or "[" not in text:
                continue
            for found in GROUP.finditer(text):
                if parse_group(found.group("body")) is not None:
                    written = found.group(0)
                    yield (
                        f"the citation {written} is printed as typed, not as a note: a bracket after it reads"
                        f" as a link's; write the citation after that bracket, or a space between them",
                        written,
                    )


def _in_brackets(call: str) -> re.Pattern[str]:
    """Where ``call`` is inside the brackets of a link's text (``[the report[@key]](…)``), not
    where the same call stands in the text."""
    return re.compile(rf"\[(?:[^\[\]]|\[[^\[\]]*\])*{re.escape(call)}")


def _second(call: str) -> re.Pattern[str]:
    """Where ``call`` is written a second time (a note's definition, ``[^label]:``, aside)."""
    written = rf"{re.escape(call)}(?!:)"
    return re.compile(rf"{written}[\s\S]*?(?P<at>{written})")


class AssembleNotesTreeprocessor(Treeprocessor):
    """Replaces calls with placeholders, in document order, and builds the list of notes."""

    def __init__(self, md: Markdown, extension: NotesExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        page = self.extension.page
        bodies: dict[str, etree.Element] = {}
        for container in root.findall(f"div[@class='{BODIES_CLASS}']"):
            root.remove(container)
            bodies.update({body.get("data-label", ""): body for body in container})

        # A citation in an image's description is read, then only the description's text
        # is kept, which a call has none of: the note would be lost without a word.
        present = {call.get("group") for tree in (root, *bodies.values()) for call in tree.iter(CALL_TAG)}
        for index, source in enumerate(self.extension.group_sources):
            if str(index) not in present:
                # Or in a link's address (`[words](https://…/[@k])`), whose text it is not.
                in_image = re.compile(rf"!\[[^\]\n]*{re.escape(source)}")
                in_address = re.compile(rf"\]\([^)\n]*{re.escape(source)}")
                text = "\n".join(self.md.lines)  # the Markdown, as the preprocessors left it
                if in_image.search(text) or not in_address.search(text):
                    message = f"the citation {source} is in an image's description, where no note can go; put it after"
                    page.problems.append((f"{message} the image", in_image))
                else:
                    message = (
                        f"the citation {source} is in a link's address, where no note can go; put it after the link"
                    )
                    page.problems.append((message, in_address))
        # A call inside a link's text would put the note's link inside the other link: HTML
        # has no nested links, and browsers would cut the outer one short.
        for link in root.iter("a"):
            for call in (element for element in link.iter() if element.tag in _CALL_TAGS):
                source = call.get("source", "")
                message = f"the note call {source} is inside a link's text; put it after the link"
                page.problems.append((message, (_in_brackets(source), source)))
        for tree in (root, *bodies.values()):
            page.problems += _groups_left_as_text(tree)
        if self.extension.superscripts:
            page.typed_numbers += _typed_numbers(root, self.md.htmlStash.rawHtmlBlocks)
        page.in_headings += [
            call.get("source", "")
            for heading in root.iter()
            if heading.tag in _HEADINGS
            for call in heading.iter()
            if call.tag in _CALL_TAGS
        ]
        in_raw_html = self._calls_in_raw_html()
        attr_list = "attr_list" in self.md.treeprocessors
        called: set[str] = set()
        run_end: tuple[etree.Element, int] | None = None  # the last call of the last run side by side
        for parent, index, child in walk(root):
            if attr_list and child.tail and child.tag in _CALL_TAGS:
                self._refuse_attributes(child)
            if child.tag in _CALL_TAGS and self._beside_next_call(parent, index):
                # A run of three is one run, `[@a], [@b], [@c]`: one warning, one note to write.
                step = (child.tail or "", parent[index + 1].get("source", ""))
                if run_end is not None and run_end[0] is parent and run_end[1] == index:
                    page.side_by_side[-1] += step
                else:
                    page.side_by_side.append((child.get("source", ""), *step))
                run_end = (parent, index + 1)
            if child.tag == CALL_TAG:
                note = Note(group=self.extension.groups[int(child.get("group", "0"))])
                self._replace_call(parent, index, child, note)
            elif child.tag == PROSE_CALL_TAG:
                label = child.get("label", "")
                if label not in bodies or label in called:
                    source = child.get("source", "")
                    if label not in bodies:
                        if label not in self.extension.spaced_labels:  # its text is `[^ label]:`, named
                            page.undefined_labels.append(label)
                    else:
                        message = f"note [^{label}] is called twice; a note has one call"
                        page.problems.append((message, (_second(source), source)))
                    child.tag, child.attrib, child.text = "span", {}, source
                    continue
                called.add(label)
                self._replace_call(parent, index, child, Note(label=label))

        # A note called only from another note's text has its error there (`_collect_inline`).
        nested = {call.get("label") for body in bodies.values() for call in body.iter(PROSE_CALL_TAG)}
        spaced = self.extension.spaced_labels
        page.uncalled_labels += (
            label
            for label in bodies
            if label not in called and label not in nested and label not in in_raw_html and label not in spaced
        )
        if page.notes:
            root.append(self._notes_section(bodies))

    def _refuse_attributes(self, call: etree.Element) -> None:
        """attr_list would set ``{.x}`` written after a call on the call's placeholder, which
        then no longer reads as one: the call would vanish from the text. Report it, and take it out."""
        if attributes := AttrListTreeprocessor.INLINE_RE.match(call.tail or ""):
            source = call.get("source", "")
            message = f"the note call {source} takes no attributes; remove {attributes.group(0)} after it"
            self.extension.page.problems.append((message, source + attributes.group(0)))
            call.tail = call.tail[attributes.end() :]

    def _calls_in_raw_html(self) -> set[str]:
        """Report each citation or note call inside raw HTML, which Markdown does not read:
        it would be printed as typed. The labels of the notes called there."""
        labels: set[str] = set()
        for block in self.md.htmlStash.rawHtmlBlocks:
            if not isinstance(block, str) or "[" not in block:
                continue
            text = CODE_IN_HTML.sub("", block)  # a code sample may show the syntax
            opening = block.lstrip().partition("\n")[0]
            calls = [found.group(0) for found in GROUP.finditer(text) if parse_group(found.group("body"))]
            for found in _PROSE_CALL.finditer(text):
                labels.add(found.group("label"))
                calls.append(found.group(0))
            for call in calls:
                self.extension.page.problems.append(
                    (
                        f"the note call {call} is inside raw HTML, which Markdown does not read, so it would"
                        " print as typed; write the passage in Markdown, or mark its element <div markdown>"
                        " (the md_in_html extension)",
                        (re.compile(rf"(?={re.escape(opening)})[\s\S]*?(?P<at>{re.escape(call)})"), call),
                    )
                )
        return labels

    @staticmethod
    def _beside_next_call(parent: etree.Element, index: int) -> bool:
        """Whether the next element of ``parent`` is a call too, with nothing but spaces or
        punctuation between them: two numbers at one place."""
        following = parent[index + 1] if index + 1 < len(parent) else None
        return (
            following is not None
            and following.tag in _CALL_TAGS
            and not any(map(str.isalnum, parent[index].tail or ""))
        )

    def _replace_call(self, parent: etree.Element, index: int, element: etree.Element, note: Note) -> None:
        call = etree.Element("sup", {"data-explainer-call": str(len(self.extension.page.notes))})
        call.tail = element.tail
        parent[index] = call
        self.extension.page.notes.append(note)

    def _notes_section(self, bodies: dict[str, etree.Element]) -> etree.Element:
        page = self.extension.page
        title = self.extension.getConfig("notes_title")
        # A landmark, as the cite box after it is, for a screen reader's list of a page's
        # regions; named by its title alone, where its heading's name ends with its permalink's.
        section = etree.Element("div", {"class": "footnote explainer-notes", "role": "region", "aria-label": title})
        heading = etree.SubElement(section, "h2", {"id": self.extension.getConfig("notes_id")})
        heading.text = title
        etree.SubElement(section, "span", {"data-explainer-list": "start"})
        listing = etree.SubElement(section, "ol")
        for index, note in enumerate(page.notes):
            if note.group is not None:
                # A note that is only citations is written whole when filled: one element
                # instead of four, for the rest of the conversion to walk and serialise.
                etree.SubElement(listing, "li", {"data-explainer-cited-note": str(index)})
                continue
            item = etree.SubElement(listing, "li", {"data-explainer-note": str(index)})
            body = bodies[note.label or ""]
            self._collect_inline(body, note)
            item.extend(list(body))
            paragraph = item[-1] if len(item) and item[-1].tag == "p" else etree.SubElement(item, "p")
            backref = etree.SubElement(paragraph, "span", {"data-explainer-backref": str(index)})
            backref.tail = None
        etree.SubElement(section, "span", {"data-explainer-list": "end"})
        return section

    def _collect_inline(self, body: etree.Element, note: Note) -> None:
        page = self.extension.page
        for parent, index, child in walk(body):
            if child.tag == CALL_TAG:
                if (word := _word_against(parent, index)) is not None:
                    page.glued_citations.append((word, child.get("source", "")))
                group = self.extension.groups[int(child.get("group", "0"))]
                note.inline.append(len(page.inline_groups))
                child.tag = "span"
                child.attrib = {"data-explainer-cite": str(len(page.inline_groups))}
                page.inline_groups.append(group)
            elif child.tag == PROSE_CALL_TAG:
                source = child.get("source", "")
                page.problems.append(
                    (
                        f"the note call {source} is inside another note's text; notes do not nest:"
                        f" put its text in that note, and delete the call and its {source}: line",
                        source,
                    )
                )
                child.tag, child.attrib = "span", {}


#: What a word may end with and still leave the citation after it apart: an opening
#: bracket, quotation mark or dash, a slash (``([@k])``, ``“[@k]``, ``—[@k]``).
_OPENS = "([{“‘«„‚‹—–-/"


def _word_against(parent: etree.Element, index: int) -> str | None:
    """The word written against the element ``parent[index]`` (a citation in a note's text),
    with no space between (``deafening.`` in ``deafening.[@k]``), or None: a space, an
    opening mark, or nothing before it. The word may be an element's (``*Lights*[@k]``)."""
    before = parent.text if index == 0 else parent[index - 1].tail
    if not before and index > 0 and parent[index - 1].tag not in _CALL_TAGS:
        before = "".join(parent[index - 1].itertext())
    if not before or before[-1].isspace() or before[-1] in _OPENS:
        return None
    word = before.split()[-1]
    # A straight quotation mark alone opens a quotation; after a word, it closes one. Raw
    # HTML (`<b>x</b>[@k]`) is a placeholder of Markdown's here, no word to name.
    return None if word in ('"', "'") or util.STX in word else word


class SuperscriptsPreprocessor(Preprocessor):
    """Notes whether the page holds a number set higher (``<sup>``, ``¹``) at all: one search
    of its Markdown, so that the tree is walked for typed note numbers (`_typed_numbers`)
    only on the few pages that have one."""

    def __init__(self, md: Markdown, extension: NotesExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, lines: list[str]) -> list[str]:
        # Plain searches for each, a fifth of the time of one regular expression.
        text = "\n".join(lines)
        self.extension.superscripts = any(mark in text for mark in _SUPERSCRIPTS)
        return lines


#: What sets a number higher: a tag as HTML is written (a tag in mixed case is not looked
#: for), and the superscript digits.
_SUPERSCRIPTS = ("<sup", "<SUP", "<Sup", *"\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")


class NotesExtension(Extension):
    """Citation notes and prose notes, resolved across pages by `explainer.notes`."""

    def __init__(self, **kwargs) -> None:
        self.config = {
            "notes_title": ["Notes", "Heading of the list of notes at the end of a page."],
            "notes_id": ["notes", "HTML id of that heading."],
        }
        super().__init__(**kwargs)
        self.reset()

    def reset(self) -> None:
        self.page = PageNotes()
        self.groups: list[CitationGroup] = []
        #: Each group as written (``[@k, p. 4]``), to name one that is lost.
        self.group_sources: list[str] = []
        self.definitions: dict[str, str] = {}
        #: How many times each label is defined so far, to place a second definition.
        self.definition_counts: Counter[str] = Counter()
        #: Labels of calls written with a space (`[^ dispute]`), as one word: already an error.
        self.spaced_labels: set[str] = set()
        #: Whether the page's Markdown holds a number set higher (`SuperscriptsPreprocessor`).
        self.superscripts = False

    def take_page(self) -> PageNotes:
        """The notes of the document just converted; the state is cleared for the next one."""
        page = self.page
        self.reset()
        return page

    def page_state(self) -> PageNotes:
        """The notes of the document just converted, for another process (`explainer.parallel_pages`):
        packed here, as the build holds them (`PageNotes.packed`), so that it neither
        unpickles them one by one nor packs them again."""
        return PageNotes(packed_in_child=self.page.packed())

    def restore_page_state(self, state: object) -> None:
        assert isinstance(state, PageNotes)
        self.page = state

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802
        md.registerExtension(self)
        self.reset()
        md.parser.blockprocessors.register(
            NoteDefinitionProcessor(md.parser, self), "explainer_note_definition", NOTE_DEFINITION_PRIORITY
        )
        md.inlinePatterns.register(NoteCallInlineProcessor(self), "explainer_note_call", NOTE_CALL_PRIORITY)
        md.inlinePatterns.register(SpacedNoteLabelProcessor(self), "explainer_spaced_note_label", SPACED_LABEL_PRIORITY)
        md.inlinePatterns.register(CitationInlineProcessor(self), "explainer_citation", CITATION_PRIORITY)
        md.inlinePatterns.register(BareKeyProcessor(self), "explainer_bare_key", BARE_KEY_PRIORITY)
        md.inlinePatterns.register(KeyWithoutAtProcessor(self), "explainer_key_without_at", BARE_KEY_PRIORITY)
        md.preprocessors.register(SuperscriptsPreprocessor(md, self), "explainer_superscripts", SUPERSCRIPTS_PRIORITY)
        md.treeprocessors.register(AttachBodiesTreeprocessor(md, self), "explainer_note_bodies", ATTACH_BODIES_PRIORITY)
        md.treeprocessors.register(AssembleNotesTreeprocessor(md, self), "explainer_notes", ASSEMBLE_PRIORITY)
