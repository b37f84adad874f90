"""A title an editor writes, in a page's front matter or in the nav, shown as text.

MkDocs gives the title it takes from a page's first heading as text, in HTML (its
markup dropped: ``Law &amp; Order``), but one written in the front matter or the nav as
it is typed, and Material prints that as HTML: ``title: "The *Tianxia* idea"`` showed
its asterisks in the nav and the header, and ``Western <em>values</em>`` its tag in the
browser's tab. Such a title is read as Markdown, as a heading's words are, and reduced
to text the same way, once, where MkDocs reads it: the theme, the search index and the
engine then all show the same text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from markdown import Markdown
from mkdocs.structure.pages import Page

from .deferred_patterns import DeferredPattern

#: Python-Markdown's block processors but for paragraphs: a title is one line of words,
#: and ``2. Rivers`` is not a list, nor ``# 1`` a heading.
_BLOCKS = ("indent", "code", "hashheader", "setextheader", "hr", "olist", "ulist", "quote", "reference")
_TAG_OR_COMMENT = DeferredPattern(r"<!--.*?-->|<[^>]*>", re.DOTALL)


@cache
def _title_markdown() -> Markdown:
    markdown = Markdown()
    for name in _BLOCKS:
        markdown.parser.blockprocessors.deregister(name, strict=False)
    return markdown


#: What Python-Markdown reads as markup in a line of words (code, an escape, emphasis, a
#: link, a tag, an entity) or holds as its own placeholder: a title with none is its words.
_MARKUP = re.compile(r"[\\`*_\[<>&\x02\x03]")


def title_text(title: str) -> str:
    """``title``, Markdown and HTML, as HTML text: its emphasis and tags dropped, ``&`` and
    ``<`` escaped (``The *Tianxia* idea`` → ``The Tianxia idea``)."""
    title = str(title)
    if not _MARKUP.search(title):  # most titles: what converting them would give, without converting
        return " ".join(title.split())
    markdown = _title_markdown()
    markdown.reset()
    # Python-Markdown escapes the text and keeps tags: what is between ``<`` and ``>`` is markup.
    return " ".join(_TAG_OR_COMMENT.sub("", markdown.convert(title)).split())


def titles_as_text(page: Page) -> None:
    """Set the title the editors wrote for ``page``, in its front matter or the nav, as
    text (`title_text`); a title MkDocs takes from the page's first heading is text already.
    Once the page's front matter is read (``page_markdown``), before any template shows it."""
    if "title" in vars(page):  # given by the nav, which sets it on the page
        page.title = title_text(page.title or "")
    elif isinstance(page.meta.get("title"), str):
        page.meta["title"] = title_text(page.meta["title"])


def nav_titles_as_text(items: Iterable[object]) -> None:
    """Set the titles the nav gives its sections and links as text (`title_text`); the
    pages' own are set when each is read (`titles_as_text`)."""
    for item in items:
        if not isinstance(item, Page) and isinstance(title := getattr(item, "title", None), str):
            item.title = title_text(title)  # type: ignore[attr-defined]
        nav_titles_as_text(getattr(item, "children", None) or ())
