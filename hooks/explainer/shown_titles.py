"""A title an editor writes, in a page's front matter or in the nav, shown as text.

MkDocs gives the title it takes from a page's first heading as text, in HTML (its
markup dropped: ``Law &amp; Order``), but one written in the front matter or the nav as
it is typed, and Material prints that as HTML: ``title: "The *Tianxia* idea"`` showed
its asterisks in the nav and the header, and ``Western <em>values</em>`` its tag in the
browser's tab. Such a title is read as Markdown, as a heading's words are, and reduced
to text the same way.
"""

from __future__ import annotations

import re
from functools import cache

from markdown import Markdown
from mkdocs.structure.pages import Page

#: Python-Markdown's block processors but for paragraphs: a title is one line of words,
#: and ``2. Rivers`` is not a list, nor ``# 1`` a heading.
_BLOCKS = ("indent", "code", "hashheader", "setextheader", "hr", "olist", "ulist", "quote", "reference")
_TAG_OR_COMMENT = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)


@cache
def _title_markdown() -> Markdown:
    markdown = Markdown()
    for name in _BLOCKS:
        markdown.parser.blockprocessors.deregister(name, strict=False)
    return markdown


def title_text(title: str) -> str:
    """``title``, Markdown and HTML, as HTML text: its emphasis and tags dropped, ``&`` and
    ``<`` escaped (``The *Tianxia* idea`` → ``The Tianxia idea``)."""
    markdown = _title_markdown()
    markdown.reset()
    # Python-Markdown escapes the text and keeps tags: what is between ``<`` and ``>`` is markup.
    return " ".join(_TAG_OR_COMMENT.sub("", markdown.convert(str(title))).split())


def shown_title(item: object) -> str:
    """The title of ``item`` (a page, or a section or link of the nav) as HTML text, as
    MkDocs gives a heading's; a title MkDocs took from a heading is given as it is."""
    title = getattr(item, "title", None) or ""
    if isinstance(item, Page) and "title" not in vars(item) and "title" not in item.meta:
        return title  # from its first heading (or its file's name): text already
    return title_text(title)
