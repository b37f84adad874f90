"""Find the paragraph that holds a quoted passage, once the page is converted.

The timeline names each event's passage by its exact words; this treeprocessor finds the
block whose text holds them and reports its id (from the paragraph anchors), so the
timeline can link to the passage itself.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from .markdown_glossary import block_text

#: After paragraph anchors (10) give paragraphs ids, and after the note assembly (12) has
#: put prose notes in the list of notes, where a quote may also be found.
PASSAGES_PRIORITY = 9
#: Blocks a quote may lie in (paragraphs of the text, and of prose notes).
BLOCKS = ("p",)


class PassageFinder(Treeprocessor):
    def __init__(self, md: Markdown, extension: PassagesExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        wanted = self.extension.wanted
        if not wanted:
            return
        found, holders = self.extension.found, self.extension.holders
        for element in root.iter():
            if element.tag not in BLOCKS:
                continue
            text = " ".join(block_text(element).split())
            for quote in wanted:
                if " ".join(quote.split()) not in text:
                    continue
                holders[quote] = holders.get(quote, 0) + 1
                if quote not in found:  # the first paragraph that holds it
                    if not element.get("id"):
                        element.set("id", f"passage-{len(found) + 1}")
                    found[quote] = element.get("id", "")


class PassagesExtension(Extension):
    """The hook sets ``wanted`` (quotes on this page) before a page converts; ``found`` maps each to the
    id of the first paragraph that holds it, and ``holders`` to how many paragraphs hold it."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.wanted: list[str] = []
        self.found: dict[str, str] = {}
        self.holders: dict[str, int] = {}

    def start_page(self, quotes: list[str]) -> None:
        # Each quote once: two events may quote one passage, which is still one paragraph.
        self.wanted = list(dict.fromkeys(quotes))
        self.found = {}
        self.holders = {}

    def page_state(self) -> tuple[dict[str, str], dict[str, int]]:
        """The passages found on the page just converted, for another process (`explainer.parallel_pages`)."""
        return self.found, self.holders

    def restore_page_state(self, state: object) -> None:
        assert isinstance(state, tuple)
        self.found, self.holders = state

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(PassageFinder(md, self), "explainer_passages", PASSAGES_PRIORITY)
