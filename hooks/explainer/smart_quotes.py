"""Typographic quotation marks, apostrophes and spaces in the text the editors write.

Editors type ``"`` and ``'``; in an English article (`sets_quotes`) the glossary's
entries, the summary points and the timeline's events are set with “ ” ‘ ’ as a printed
page would be. In any language, a space typed beside a mark as French sets it
(``« ainsi »``, ``voici :``) is made non-breaking (`keep_marks_with_words`). The
author's text is never touched: it keeps the manuscript's marks and spaces.

`educate` decides each mark from the character before it, as SmartyPants does: after the
start of a text, a space or an opening bracket, a mark opens; elsewhere it closes, and a
single one between two letters is an apostrophe. `educate_tree` does the same over a
converted page, reading across its elements and leaving code alone.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

#: After these a quotation mark opens; after anything else it closes.
_OPENS_AFTER = frozenset("([{\u2014\u2013-/\u201c\u2018")
#: Elements whose text is code or not prose: read for context, never changed.
SKIP_TAGS = frozenset({"code", "pre", "kbd", "samp", "script", "style"})

#: After this project's notes (12) have taken their bodies in and 'attr_list' (8) has read
#: its ``{: title="…"}``; before 'toc' (5) copies the headings into the table of contents.
QUOTES_PRIORITY = 7


#: A plain space after ``«`` or before ``:``, ``;``, ``!``, ``?`` or ``»``, as French sets
#: them (``Cité aussi dans :``, ``« Partie »``).
_SPACE_BESIDE_MARK = re.compile(r"(?<=«) | (?=[:;!?»])")


#: The marks of `_SPACE_BESIDE_MARK`: a text without any (nearly every run of a note) is
#: passed by one scan at C speed, not tried at each of its spaces.
_MARK_BESIDE_SPACE = re.compile(r"[«:;!?»]")


def keep_marks_with_words(text: str) -> str:
    """``text`` with each space that French typography sets beside a mark made non-breaking,
    so that a line never starts with ``»`` or ``:`` alone. English has no such space."""
    if " " not in text or not _MARK_BESIDE_SPACE.search(text):
        return text
    return _SPACE_BESIDE_MARK.sub("\u00a0", text)


def sets_quotes(language: str) -> bool:
    """Whether `educate` knows the marks of ``language`` (a BCP 47 tag): English's only.

    Other languages set other marks, and some a space inside them (« ainsi »): there the
    editors' marks stay as they typed them.
    """
    return language.split("-", 1)[0].lower() == "en"


def _opens(before: str) -> bool:
    return not before or before.isspace() or before in _OPENS_AFTER


#: The marks `educate` sets: found at C speed, so a text is read in Python only at its marks.
_STRAIGHT_QUOTE = re.compile("[\"']")


def educate(text: str, before: str = "") -> str:
    """``text`` with each ``"`` and ``'`` made typographic; ``before`` is the character that precedes it."""
    if '"' not in text and "'" not in text:
        return text

    def typographic(found: re.Match[str]) -> str:
        index = found.start()
        previous = text[index - 1] if index else before
        if found[0] == '"':
            return "\u201c" if _opens(previous) else "\u201d"
        # '90s, 'tis: an apostrophe even where a quotation would open.
        return "\u2018" if _opens(previous) and not text[index + 1 : index + 2].isdigit() else "\u2019"

    return _STRAIGHT_QUOTE.sub(typographic, text)


def educate_tree(root: etree.Element, *, quotes: bool = True) -> None:
    """Every text in ``root``, in reading order, code excepted, with its spaces beside marks
    kept with their words (`keep_marks_with_words`) and, if ``quotes``, its quotation marks
    made typographic (`educate`)."""
    last = ""

    def typeset(text: str) -> str:
        return keep_marks_with_words(educate(text, last) if quotes else text)

    def visit(element: etree.Element) -> None:
        nonlocal last
        if element.tag in SKIP_TAGS or not isinstance(element.tag, str):  # code, a comment
            last = element.text[-1] if element.text else last
            return
        if element.text:
            element.text = typeset(element.text)
            last = element.text[-1]
        for child in element:
            visit(child)
            if child.tail:
                child.tail = typeset(child.tail)
                last = child.tail[-1]

    visit(root)


class QuotesTreeprocessor(Treeprocessor):
    """Sets the quotation marks of a page its extension marks as the editors' (`educate_tree`)."""

    def __init__(self, md: Markdown, extension: QuotesExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        if self.extension.enabled:
            educate_tree(root, quotes=self.extension.quotes)


class QuotesExtension(Extension):
    """Typographic quotes and spaces on the pages the hook marks as the editors' (`start_page`), none elsewhere."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.enabled = False
        self.quotes = False

    def start_page(self, *, enabled: bool, quotes: bool = True) -> None:
        """Before a page converts: whether its text is the editors' own, and whether the
        article's language sets its quotation marks as English does (`sets_quotes`)."""
        self.enabled = enabled
        self.quotes = quotes

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(QuotesTreeprocessor(md, self), "explainer_quotes", QUOTES_PRIORITY)
