"""MkDocs' warnings about a page's links, given the line of the link in the page.

MkDocs names the page and the link ("Doc file 'glossary/china.md' contains a link
'../conclusion.md', but the target 'conclusion.md' is not found among documentation
files."), but no line: after a page is renamed or deleted, an editor is left to search each
file. `LinkLines` puts the page's path and the link's line in front, as every other message
of the build has them, and keeps MkDocs' words. A link to an anchor the page it leads to
lacks, as after a heading is renamed, is told the page's headings and the one meant.
"""

from __future__ import annotations

import logging
import os
import posixpath
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence

from .deferred_patterns import DeferredPattern
from .source_text import text_or_empty

#: MkDocs' words for a link it cannot follow, in `mkdocs.structure.pages`.
_LINK_WARNING = DeferredPattern(r"Doc file '(?P<page>[^']+)' contains a link '(?P<link>[^']+)'")
#: The end of MkDocs' words for a link to an anchor that the page it leads to lacks.
_NO_ANCHOR = DeferredPattern(r"the doc '(?P<target>[^']+)' does not contain an anchor '#(?P<anchor>[^']+)'")
#: The end of MkDocs' words for a link to a page that is not in the docs folder.
_NO_PAGE = DeferredPattern(r"but the target '(?P<target>[^']+)' is not found among documentation files")
#: A page's headings, as (anchor, title), in the page's order, and all its anchors; None
#: for a page not built.
AnchorsOf = Callable[[str], tuple[Sequence[tuple[str, str]], Collection[str]] | None]
#: A paragraph's anchor, which `markdown_anchors` writes: ``p12``.
_PARAGRAPH = DeferredPattern(r"p(\d+)")


class LinkLines(logging.Filter):
    """A filter for MkDocs' page logger: each warning about a link starts with
    ``docs/page.md:LINE:``; the n-th warning about one link of a page names its n-th place."""

    def __init__(self, docs_dir: str, root: str, anchors_of: AnchorsOf | None = None) -> None:
        super().__init__()
        self.docs_dir = docs_dir
        self.root = root
        #: The anchors of the page a link leads to, to name the one a broken link meant.
        self.anchors_of = anchors_of
        self._seen: Counter[tuple[str, str]] = Counter()

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "explainer_line_given", False):  # logged again (`parallel_pages`)
            return True
        found = _LINK_WARNING.match(record.getMessage())
        if found is None:
            return True
        record.explainer_line_given = True
        page, link = found["page"], found["link"]
        path = os.path.join(self.docs_dir, page)
        lines = link_lines(text_or_empty(path), link)
        if lines:
            place = self._seen[(page, link)]
            self._seen[(page, link)] += 1
            shown = os.path.relpath(path, self.root)
            record.msg, record.args = f"{shown}:{lines[min(place, len(lines) - 1)]}: {record.getMessage()}", None
        missing = _NO_ANCHOR.search(record.getMessage())
        anchors = self.anchors_of(missing["target"]) if missing and self.anchors_of else None
        if missing and anchors and (hint := anchor_hint(missing["anchor"], *anchors)):
            record.msg, record.args = f"{record.getMessage()}\n    {hint}", None
        if gone := _NO_PAGE.search(record.getMessage()):
            record.msg, record.args = f"{record.getMessage()}\n    {self._page_hint(page, gone['target'])}", None
        return True

    def _page_hint(self, page: str, target: str) -> str:
        """What to write for a link from ``page`` to ``target``, a page not in the docs folder:
        after a page is renamed, the link to it under its new name."""
        from .nav_lines import closest_page  # only for a broken link

        closest = closest_page(target, self.docs_dir)
        if closest is None:
            return "No page of the docs folder has that path: link to the page that holds it now, or remove the link."
        link = posixpath.relpath(closest, posixpath.dirname(page) or ".")
        return f"Did you mean {closest}? Write the link as {link}, from this page, or remove the link."


def anchor_hint(anchor: str, headings: Sequence[tuple[str, str]], present: Collection[str]) -> str | None:
    """What to write for a link to ``#anchor``, which the page it leads to lacks: after a
    heading is renamed, its new anchor; for a paragraph past the last, how many the page
    has. ``headings``: the page's, as (anchor, title); ``present``: all its anchors."""
    import difflib  # only for a broken link

    if _PARAGRAPH.fullmatch(anchor):
        last = max((int(found[1]) for name in present if (found := _PARAGRAPH.fullmatch(name))), default=0)
        return f"The page's paragraphs are #p1 to #p{last}, counted from its first." if last else None
    if not headings:
        return None
    ids = [heading for heading, _ in headings]
    close = difflib.get_close_matches(anchor, ids, n=1, cutoff=0.4)
    listed = ", ".join(f"#{heading} ({title})" for heading, title in headings[:12])
    more = f" and {len(headings) - 12} more" if len(headings) > 12 else ""
    meant = f"Did you mean #{close[0]}? " if close else ""
    return (
        f"{meant}A heading's anchor is made from its words: renamed, it changes. The page's headings: {listed}{more}."
        " A paragraph's anchor is #p1, #p2… in its order."
    )


def link_lines(text: str, link: str) -> list[int]:
    """The lines of ``text`` (Markdown) where ``link`` is written as a link's address: after
    ``](``, ``<``, ``]:`` or in an ``href``/``src`` attribute."""
    before = r"(?:\]\(\s*<?|<|\]:\s*|(?:href|src)\s*=\s*[\"']?)"
    pattern = re.compile(before + re.escape(link) + r"(?=[\s)>\"'#]|$)")
    return [text.count("\n", 0, found.start()) + 1 for found in pattern.finditer(text)]


def page_headings(toc: Iterable) -> list[tuple[str, str]]:
    """(anchor, title) of each heading in a page's table of contents (MkDocs' ``page.toc``), in order."""
    headings = []
    for item in toc:
        headings.append((item.id, item.title))
        headings += page_headings(item.children)
    return headings
