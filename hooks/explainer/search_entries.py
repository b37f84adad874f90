"""Entries of a generated list that the search index holds as documents of their own.

Material's search plugin makes a document of the page's top and one of each heading with
an id, up to the next heading or the end of the element that holds the heading. A list
with no headings (a bibliography's sources, a timeline's events) is one document: its
result opened the page at its top, however far down the entry was. A template marks an
entry with a comment, first thing inside the element that holds it::

    <li id="event-3"><!--explainer:search-entry id="event-3" title="May 2011"--> … </li>

In the copy of the page the plugin reads, `as_search_headings` makes the mark a heading:
the entry is then a document, titled ``title``, at the page's address with ``#event-3``,
holding the words of the element the mark is in, and no longer the page's. The page
itself shows no heading: `without_search_entry_marks` takes the marks out once it is indexed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape
from typing import Protocol

#: Values are written escaped (`search_entry_mark`, or Jinja's ``| e``): no ``"`` or ``>`` in them.
_MARK = re.compile(r'<!--explainer:search-entry id="([^"<>]*)" title="([^"<>]*)"-->')


#: Italics in what the search plugin reads: it keeps no inline markup, and a book's title
#: showed in a result in roman. Two characters of Unicode's private use, which it keeps
#: as text, stand for ``<em>`` and ``</em>`` until the index is written
#: (`search_index.restore_emphasis`); Material's results show the tags as italics.
EMPHASIS_START, EMPHASIS_END = "\ue000", "\ue001"


class _Run(Protocol):
    text: str
    em: bool


def with_emphasis_marks(runs: Iterable[_Run]) -> str:
    """The text of ``runs`` (a `richtext.RichText`'s), its italics marked for the search index."""
    return "".join(f"{EMPHASIS_START}{run.text}{EMPHASIS_END}" if run.em else run.text for run in runs)


def search_entry_mark(anchor: str, title: str) -> str:
    """The mark that makes the element it opens a search document, found at ``#anchor``."""
    return f'<!--explainer:search-entry id="{escape(anchor)}" title="{escape(title)}"-->'


def search_entry(anchor: str, title: str, text: str) -> str:
    """A search document written for the index alone: the mark, then ``text`` as a paragraph.

    With no element around it: the entry runs to the next mark. At the end of an element
    that holds a heading, the search plugin looks back through every section before it for
    the one it returns to, so thousands of entries each in an element of its own would
    cost it the square of their number (16,000 sources: 5 s of a 40 s build). Put the
    entries in one element together: where it ends, what follows goes back to the section
    before them.
    """
    return f"{search_entry_mark(anchor, title)}<p>{escape(text)}</p>\n"


def as_search_headings(html: str) -> str:
    """``html`` with each mark a heading, which the search plugin makes a document of.

    An ``h6``: the plugin reads any heading with an id alike, and the page's table of
    contents, made before, never sees it.
    """
    if "<!--explainer:search-entry" not in html:
        return html
    return _MARK.sub(r'<h6 id="\1">\2</h6>', html)


def without_search_entry_marks(html: str) -> str:
    """``html`` as the page shows it: no marks."""
    if "<!--explainer:search-entry" not in html:
        return html
    return _MARK.sub("", html)
