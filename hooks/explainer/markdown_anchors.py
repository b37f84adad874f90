"""Paragraph anchors: every top-level paragraph of a page gets ``id="pN"`` (N from 1).

Summaries, the timeline and the glossary's "where it appears" link to a passage, not
just to a page; a stable id per paragraph is what they link to. Paragraphs that already
have an id keep it. The same extension names each heading's permalink for a screen
reader (`markdown_permalinks`).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE

from .deferred_patterns import DeferredPattern
from .markdown_permalinks import PERMALINKS_PRIORITY, PermalinkNames

#: After the notes are assembled (12), so the list of notes is not counted; before the
#: glossary linker (8), which reuses these ids for the passages it reports.
ANCHORS_PRIORITY = 10


def paragraph_id(index: int) -> str:
    """The id of the ``index``-th (1-based) paragraph of a page."""
    return f"p{index}"


_PARAGRAPH_WITH_ID = re.compile(r'<p id="p\d+"')


def anchored_paragraphs(html: str) -> int:
    """How many paragraphs of a converted page have an id of `paragraph_id`'s: those a
    summary's point may name."""
    return len(_PARAGRAPH_WITH_ID.findall(html))


def is_raw_html(paragraph: etree.Element) -> bool:
    """Whether a paragraph only holds the placeholder of a raw HTML block.

    Python-Markdown puts each raw HTML block in a paragraph of its own and unwraps it
    when the page is serialised, only if that paragraph has no attributes: given an id,
    it would wrap the author's ``<p>`` or ``<div>`` in a ``<p>``.
    """
    return len(paragraph) == 0 and HTML_PLACEHOLDER_RE.fullmatch((paragraph.text or "").strip()) is not None


class ParagraphAnchors(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        count = 0
        for child in root:
            if child.tag == "p":
                count += 1  # raw HTML blocks count too, so the ids do not move when one is added
                if not child.get("id") and not is_raw_html(child):
                    child.set("id", paragraph_id(count))


class AnchorsExtension(Extension):
    """Gives each top-level paragraph an id, and each heading's permalink a name (`markdown_permalinks`)."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(ParagraphAnchors(md), "explainer_paragraph_anchors", ANCHORS_PRIORITY)
        md.treeprocessors.register(PermalinkNames(md), "explainer_permalink_names", PERMALINKS_PRIORITY)


#: An element's id in written HTML (attributes in double quotes, as the build writes them),
#: after any of HTML's spaces.
_ID = DeferredPattern(r'[\t\n\f\r ]id="([^"]+)"')
#: The same after a plain space, as nearly every attribute is written: a pattern that
#: starts with a literal is searched for at C speed, three times faster over a page.
_ID_AFTER_SPACE = re.compile(r' id="([^"]+)"')


def written_ids(html: str) -> list[str]:
    """The ids of the elements of a written page."""
    ids = _ID_AFTER_SPACE.findall(html)
    # Every id="..." of the page was after a space (one count, at C speed, says so): else an
    # id after another space, or an attribute whose name ends in "id", is read the slow way.
    if html.count('id="') == len(ids):
        return ids
    return _ID.findall(html)


class PageAnchors(set):
    """The ids MkDocs found on a page, and those of the page as written: what a link's
    ``#fragment`` may name there.

    MkDocs only asks ``anchor in page.present_anchor_ids``. A large site's pages hold
    hundreds of ids each (paragraphs, notes, their calls), kept for every page until
    the end of the build: as sets of strings they raised the 16x build's peak by 4 MB,
    so the written page's ids are kept as one string instead, and looked up in it.
    """

    __slots__ = ("_written",)

    def __init__(self, found: set[str], html: str) -> None:
        super().__init__(found)
        self._written = "\n" + "\n".join(written_ids(html)) + "\n"

    def __contains__(self, anchor: object) -> bool:
        if set.__contains__(self, anchor):
            return True
        return isinstance(anchor, str) and "\n" not in anchor and f"\n{anchor}\n" in self._written
