"""Headings written into a page after its Markdown is converted, in its table of contents.

Python-Markdown's ``toc`` lists the headings of a page's Markdown. The end of a glossary
entry's page ("Where it appears", a place's events and notes, "Related entries";
`glossary_page_ends`) is written into the page once every page is converted, and the cite
box by the theme's template, after the page's text: the table of contents beside the page
(and in the drawer, on a phone) left those sections out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import escape

from mkdocs.structure.toc import AnchorLink, TableOfContents

#: A section's heading as the engine's templates write one: its ``id`` first.
_HEADING = re.compile(r'<h2 id="(?P<id>[^"]+)"[^>]*>(?P<title>.*?)</h2>', re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def list_unlisted_sections(toc: TableOfContents, html: str) -> None:
    """Adds to ``toc`` each section's heading (``<h2 id>``) of ``html``, the page's content,
    that it does not list: among the sections it lists, in the page's order.

    A title is kept as HTML, its tags dropped, as ``toc`` gives one (``Law &amp; Order``).
    """
    sections = _sections(toc)
    listed = {link.id for link in _links(toc)}
    found = list(_HEADING.finditer(html))
    place = {match["id"]: match.start() for match in found}
    for match in found:
        if match["id"] in listed:
            continue
        link = AnchorLink(_TAG.sub("", match["title"]).strip(), match["id"], 2)
        after = [i for i, section in enumerate(sections) if place.get(section.id, -1) > match.start()]
        sections.insert(after[0] if after else len(sections), link)
        listed.add(link.id)


def list_last_section(toc: TableOfContents, heading_id: str, title: str) -> None:
    """Lists last in ``toc`` the section that a template writes after the page's content:
    its heading's ``heading_id``, and its ``title`` as text. Listed once."""
    if heading_id not in {link.id for link in _links(toc)}:
        _sections(toc).append(AnchorLink(escape(title, quote=False), heading_id, 2))


def _sections(toc: TableOfContents) -> list[AnchorLink]:
    """The list that holds the page's sections, as Material reads it: under the first item
    where that is the page's title, else the table's own."""
    items = toc.items
    if items and items[0].level == 1:
        return items[0].children
    return items


def _links(toc: TableOfContents) -> Iterator[AnchorLink]:
    stack = list(toc.items)
    while stack:
        link = stack.pop()
        yield link
        stack.extend(link.children)
