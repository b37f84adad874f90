"""Headings' permalinks named for a screen reader.

Python-Markdown's ``toc`` ends each heading with a link whose text is a pilcrow (¶):
a screen reader reads it out as "¶" or "pilcrow", in the list of links and after
every heading. The link's ``title`` (``permalink_title``, "Permanent link" unless the
site's ``mkdocs.yml`` words it otherwise, as a new article in French does) is made its
accessible name too; sighted readers see the same pilcrow.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown.treeprocessors import Treeprocessor

#: After ``toc`` (5), which writes the permalinks; before MkDocs reads the page's title (1).
PERMALINKS_PRIORITY = 4


class PermalinkNames(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for link in root.iter("a"):
            title = link.get("title")
            if title and "headerlink" in (link.get("class") or "").split() and not link.get("aria-label"):
                link.set("aria-label", title)
