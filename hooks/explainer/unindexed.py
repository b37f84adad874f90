"""Generated HTML that the search index should not read, held back until the page is indexed.

The hooks add cross-references to pages: the notes that cite each source on the
bibliography page, the article's sentences quoted under "Where it appears" on a
glossary entry. They repeat text that is indexed where it belongs, and they are most of
the tags the search plugin would have to parse. A template marks such a part::

    <!--explainer:unindexed--> … <!--/explainer:unindexed-->

`HeldBack.hold` replaces each marked part with a comment placeholder (the search
plugin's HTML parser skips comments) and keeps it; `HeldBack.release`, once the search
plugin has indexed the page, puts the parts back without their markers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

START = "<!--explainer:unindexed-->"
END = "<!--/explainer:unindexed-->"
_MARKER = re.compile(re.escape(START) + "|" + re.escape(END))


def without_unindexed_markers(html: str) -> str:
    """``html`` as the page shows it: the marked parts kept, the markers gone.

    For generated HTML that goes into a page only after the search index has read it.
    """
    return _MARKER.sub("", html)


def stream_without_unindexed_markers(chunks: Iterable[str], run: int = 1 << 16) -> Iterator[str]:
    """`without_unindexed_markers` over HTML that comes in pieces (a template's ``generate``).

    The pieces are given out joined in runs of at least ``run`` characters, each cut
    before its last ``<``: a marker holds one ``<``, its first character, so no marker
    is ever cut in two.

    The pieces of a run are gathered in a list and joined once. A string grown by ``+=``
    is moved by each realloc to another free block of the heap: in a forked writer whose
    heap the pages' text left full of free blocks given back to the system
    (`allocator.give_back_free_pages`), the 16x corpus's bibliography touched them all
    again, 60 MB.
    """
    pending: list[str] = []
    size = 0
    for chunk in chunks:
        pending.append(chunk)
        size += len(chunk)
        if size < run:
            continue
        joined = "".join(pending)
        cut = joined.rfind("<")
        if cut > 0:
            yield _MARKER.sub("", joined[:cut])
            joined = joined[cut:]
        pending, size = [joined], len(joined)
    if rest := "".join(pending):
        yield _MARKER.sub("", rest)


class HeldBack:
    """The parts of pages held back from the search index, by page, for one build."""

    def __init__(self, name: str) -> None:
        #: Names the placeholders, so that two holders can hold parts of the same page.
        self.name = name
        self._held: dict[str, list[str]] = {}
        self._placeholder = re.compile(f"<!--explainer:held:{re.escape(name)}:(\\d+)-->")

    def hold(self, page_key: str, html: str) -> str:
        """``html`` with each marked part replaced by a placeholder; the parts are kept for the page."""
        start = html.find(START)
        if start < 0:
            return html
        parts = self._held.setdefault(page_key, [])
        # String searches, not a pattern: the parts are long, and a lazy ``.*?`` would test
        # for the end marker at every character of them.
        kept, cursor = [], 0
        while start >= 0:
            end = html.find(END, start + len(START))
            if end < 0:
                break  # an unclosed marker: the rest stays as it is
            kept.append(html[cursor:start])
            parts.append(html[start + len(START) : end])
            kept.append(f"<!--explainer:held:{self.name}:{len(parts) - 1}-->")
            cursor = end + len(END)
            start = html.find(START, cursor)
        kept.append(html[cursor:])
        return "".join(kept)

    def release(self, page_key: str, html: str) -> str:
        """``html`` with the page's held parts back in their places."""
        parts = self._held.pop(page_key, None)
        if not parts:
            return html
        return self._placeholder.sub(lambda found: parts[int(found.group(1))], html)
