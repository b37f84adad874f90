"""MkDocs' warnings about a page's links, given the line of the link in the page.

MkDocs names the page and the link ("Doc file 'glossary/china.md' contains a link
'../conclusion.md', but the target 'conclusion.md' is not found among documentation
files."), but no line: after a page is renamed or deleted, an editor is left to search each
file. `LinkLines` puts the page's path and the link's line in front, as every other message
of the build has them, and keeps MkDocs' words.
"""

from __future__ import annotations

import logging
import os
import re
from collections import Counter

from .deferred_patterns import DeferredPattern
from .source_text import text_or_empty

#: MkDocs' words for a link it cannot follow, in `mkdocs.structure.pages`.
_LINK_WARNING = DeferredPattern(r"Doc file '(?P<page>[^']+)' contains a link '(?P<link>[^']+)'")


class LinkLines(logging.Filter):
    """A filter for MkDocs' page logger: each warning about a link starts with
    ``docs/page.md:LINE:``; the n-th warning about one link of a page names its n-th place."""

    def __init__(self, docs_dir: str, root: str) -> None:
        super().__init__()
        self.docs_dir = docs_dir
        self.root = root
        self._seen: Counter[tuple[str, str]] = Counter()

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "explainer_line_given", False):  # logged again (`parallel_pages`)
            return True
        found = _LINK_WARNING.match(record.getMessage())
        if found is None:
            return True
        page, link = found["page"], found["link"]
        path = os.path.join(self.docs_dir, page)
        lines = link_lines(text_or_empty(path), link)
        if lines:
            place = self._seen[(page, link)]
            self._seen[(page, link)] += 1
            shown = os.path.relpath(path, self.root)
            record.msg, record.args = f"{shown}:{lines[min(place, len(lines) - 1)]}: {record.getMessage()}", None
            record.explainer_line_given = True
        return True


def link_lines(text: str, link: str) -> list[int]:
    """The lines of ``text`` (Markdown) where ``link`` is written as a link's address: after
    ``](``, ``<``, ``]:`` or in an ``href``/``src`` attribute."""
    before = r"(?:\]\(\s*<?|<|\]:\s*|(?:href|src)\s*=\s*[\"']?)"
    pattern = re.compile(before + re.escape(link) + r"(?=[\s)>\"'#]|$)")
    return [text.count("\n", 0, found.start()) + 1 for found in pattern.finditer(text)]
