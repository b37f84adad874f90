"""The PDF opens with its bookmarks shown beside the first page.

The outline (the title, the contents, each section and glossary entry) is how a reader
finds a place in a long PDF; a viewer shows it only if the document asks, with the
catalog's ``/PageMode /UseOutlines``, which WeasyPrint does not write. A finisher sets
it, for a PDF that has an outline.
"""

from __future__ import annotations

from typing import Any


def outline_shown(pdf: Any) -> None:
    """Ask the viewer to open ``pdf`` (a ``pydyf.PDF`` WeasyPrint is about to write) with its
    outline shown, if it has one; a PDF without bookmarks would open on an empty panel."""
    if "Outlines" in pdf.catalog:
        pdf.catalog["PageMode"] = "/UseOutlines"
