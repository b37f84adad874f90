"""The PDF's size beside its link ("Download PDF (1.4 MB)"), for readers who pay for their data.

The PDF is written at the end of the build, after the pages that link to it: its size is
put into those pages then, in the link's text, and nowhere else, so a build without a PDF
writes the pages as before, and one with it changes only the link. Nothing is fetched
when the page opens (a script reading the size from another file would not work on a
site opened from files).
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

#: How the link opens in the written page (``overrides/main.html``): its size goes in
#: before the first ``</a>`` after it.
LINK_START = 'class="md-content__button explainer-pdf-link"'
#: Megabytes as a phone's data plan counts them.
MEGABYTE = 1_000_000


def size_text(size: int, phrase: str, decimal_mark: str) -> str:
    """``phrase`` (``"({megabytes} MB)"``) for a file of ``size`` bytes: to a tenth below ten
    megabytes and at least a tenth, else whole; its spaces never break (``1.4 MB`` stays one)."""
    # Tenths counted first, in whole numbers and halves up: 9.96 MB is 100 tenths, so it
    # reads "10", as 10.4 MB does, never "10.0".
    tenth = MEGABYTE // 10
    tenths = max(1, (size + tenth // 2) // tenth)
    whole = (size + MEGABYTE // 2) // MEGABYTE
    number = f"{tenths // 10}{decimal_mark}{tenths % 10}" if tenths < 100 else str(whole)
    return phrase.replace("{megabytes}", number).replace(" ", "\u00a0")


def with_size(html: str, size: str) -> str | None:
    """``html`` with ``size`` after the PDF link's label, or None where it has no such link."""
    start = html.find(LINK_START)
    end = html.find("</a>", start) if start >= 0 else -1
    if end < 0:
        return None
    return f"{html[:end]} {escape(size, quote=False)}{html[end:]}"


def add_size_to_pages(paths: Iterable[str], size: str) -> None:
    """Put ``size`` into the PDF link of each written page of ``paths`` that has one."""
    for path in paths:
        with open(path, encoding="utf-8", newline="") as handle:
            sized = with_size(handle.read(), size)
        if sized is not None:
            with open(path, "w", encoding="utf-8", newline="") as handle:
                handle.write(sized)
