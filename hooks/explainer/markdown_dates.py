"""A Python-Markdown extension that keeps a day and its month on one line in the editors' pages.

The notes and the bibliography set ``11 October 2020`` and ``January 29`` in
``.explainer-unbroken`` (`richtext.days_unbroken_html`); the editors' own Markdown (a
glossary entry's body, any page that is not a section of the article) gets the same here.
The author's sections keep their markup as written.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from .cite_box import shows_cite_box
from .config import ExplainerConfig
from .richtext import days_and_months
from .worded_days import day_and_month_pattern

#: Elements whose text is never set: links, headings, code, and what is not prose.
SKIP_TAGS = frozenset({"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd", "samp", "script", "style"})
#: The class that no line breaks inside (the engine's stylesheet and the PDF's).
UNBROKEN = "explainer-unbroken"
#: After the glossary's linker (4), whose marked uses it leaves whole; before 'unescape' (0).
DATES_PRIORITY = 3


def is_editors_page(src_uri: str, options: ExplainerConfig) -> bool:
    """Whether a page's Markdown is the editors' own: any page but a section of the article."""
    return not shows_cite_box(src_uri, options)


class DaysUnbroken(Treeprocessor):
    """Sets each day and its month of an editors' page in a span no line breaks."""

    def __init__(self, md: Markdown, extension: DaysUnbrokenExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        if self.extension.enabled:
            self._visit(root, self.extension.languages)

    def _visit(self, element: etree.Element, languages: tuple[str, ...]) -> None:
        children = list(element)  # the spans inserted below hold text already set
        if element.text:
            element.text = self._set(element.text, element, None, languages)
        for child in children:
            if isinstance(child.tag, str) and child.tag not in SKIP_TAGS and child.get("class") != UNBROKEN:
                self._visit(child, languages)
            if child.tail:
                child.tail = self._set(child.tail, element, child, languages)

    @staticmethod
    def _set(text: str, parent: etree.Element, after: etree.Element | None, languages: tuple[str, ...]) -> str:
        """``text`` (``parent.text`` or ``after.tail``) with its dates moved into spans; what stays in place."""
        if isinstance(text, AtomicString):  # generated words (a glossary use): left whole
            return text
        dates = days_and_months(text, languages)
        if not dates:
            return text
        insert_at = 0 if after is None else list(parent).index(after) + 1
        for offset, (start, end) in enumerate(dates):
            span = etree.Element("span", {"class": UNBROKEN})
            span.text = AtomicString(text[start:end])
            span.tail = text[end : dates[offset + 1][0]] if offset + 1 < len(dates) else text[end:]
            parent.insert(insert_at + offset, span)
        return text[: dates[0][0]]


class DaysUnbrokenExtension(Extension):
    """Days kept with their months on the pages the hook marks as the editors' (`start_page`)."""

    def __init__(self, language: str = "en", **kwargs) -> None:
        super().__init__(**kwargs)
        self.enabled = False
        #: The languages whose dates are kept whole: English's, and the article's.
        self.languages = (language,)
        # Made now, before the build forks the children that convert pages and write the
        # notes: each would otherwise make it again (Babel's data for French: 36 ms).
        day_and_month_pattern(self.languages)

    def start_page(self, *, enabled: bool) -> None:
        """Before a page converts: whether its text is the editors' own (`is_editors_page`)."""
        self.enabled = enabled

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(DaysUnbroken(md, self), "explainer_days", DATES_PRIORITY)
