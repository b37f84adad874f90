"""Keep every footnote on the page of its call.

WeasyPrint (70) sets a footnote under its call, and with ``footnote-policy: line`` moves
the call's line to the next page when the note does not fit. But where a later paragraph
reaches the foot of the page with too few lines for its ``orphans``, WeasyPrint moves the
page's last footnotes to the next page to make room for that paragraph's lines, whatever
the policy: the note then prints a page after its call. A reader of the PDF turns the
page to read it.

So each page is checked as soon as it is laid out (`pdf_page_remake`): where a note
called on it was moved on, the paragraph that ends it is asked for one line more on that
page (``orphans``) than it has, and the page is made again: the paragraph no longer fits
there, so it goes on to the next page whole, as its ``orphans`` would have it, and the
note stays with its call. Where the next page starts with a block whole (a heading kept
with the list after it, which WeasyPrint tried on the page and moved on), no paragraph
can be asked for a line more: the page is made again with a break before that block. The
pages after it are then laid out from there, once. Were a
note still printed after its call's page, the document is laid out again with the same
paragraphs asked, a few times at most. A WeasyPrint without the layout internals that
making a page again needs (another version than the pinned one) gets that alone: the
whole document laid out again for a moved note, the notes as well kept.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

from .pdf_page_remake import MadePage, PageCheck, missing_layout_internals, pages_checked_as_made

log = logging.getLogger("mkdocs.plugins.explainer")

#: How many times the document is laid out again at most; each fix can move the pages
#: after it, and so another note, so the count is small but not one.
MOST_LAYOUTS = 6


@dataclass(frozen=True)
class FootnoteCall:
    """A footnote's id in the document and the id of the anchor at its call."""

    footnote_id: str
    call_id: str


def footnote_calls(root: Any) -> list[FootnoteCall]:
    """Each footnote of the document's element tree with its call's anchor, which
    `pdf_document` sets just before it (``a.note-anchor`` then ``span.footnote``)."""
    calls: list[FootnoteCall] = []
    for parent in root.iter():
        for anchor, footnote in itertools.pairwise(parent):
            if _has_class(anchor, "note-anchor") and _has_class(footnote, "footnote") and footnote.get("id"):
                calls.append(FootnoteCall(footnote.get("id"), anchor.get("id")))
    return calls


def _has_class(element: Any, name: str) -> bool:
    return name in (element.get("class") or "").split()


def moved_footnotes(document: Any, calls: list[FootnoteCall]) -> list[tuple[FootnoteCall, int]]:
    """The footnotes printed on another page than their call, each with its call's page (0-based)."""
    page_of: dict[str, int] = {}
    for index, page in enumerate(document.pages):
        for anchor in page.anchors:
            page_of.setdefault(anchor, index)
    return [
        (call, page_of[call.call_id])
        for call in calls
        if call.call_id in page_of and page_of.get(call.footnote_id) != page_of[call.call_id]
    ]


def _last_lines(box: Any, parent: Any = None) -> tuple[Any, int] | None:
    """The block whose lines end the page's flow, and how many of its lines the page holds;
    None where that text is not a paragraph of its own element."""
    from weasyprint.formatting_structure import boxes

    lines = sum(isinstance(child, boxes.LineBox) for child in box.children)
    if lines:
        # An anonymous block (text beside blocks) shares its parent's element, which
        # holds more than this text: a style set there would reach all of it. But a list
        # item's text is such a block beside its marker, which is not in the flow: there
        # the element's style reaches these lines alone.
        anonymous = parent is not None and box.element is parent.element
        if anonymous and any(child is not box and child.is_in_normal_flow() for child in parent.children):
            return None
        return None if box.element_tag in ("html", "body") else (box, lines)
    for child in reversed(box.children):
        if not child.is_in_normal_flow():
            continue
        if not isinstance(child, boxes.BlockContainerBox):
            return None  # a table, a flex box: not a paragraph that orphans can move
        if found := _last_lines(child, box):
            return found
    return None  # blocks with no line: nothing to move


def _page_flow(page_box: Any) -> Iterator[Any]:
    """The page's own content: not its footnote area, nor its margin boxes (running heads)."""
    from weasyprint.formatting_structure import boxes

    for child in page_box.children:
        if not isinstance(child, (boxes.FootnoteAreaBox, boxes.MarginBox)):
            yield child


#: An ``orphans`` the engine has set in an element's style.
_ORPHANS = re.compile(r"(?:^|;)\s*orphans:\s*(\d+)")


def _push_last_paragraph(page_box: Any, root_box: Any = None) -> bool:
    """Ask the paragraph that ends the laid-out page for one line more there than it has;
    whether that asks for more than before (else a new layout would be the same).

    Asked in its element's style, which a new layout of the document reads, and, where the
    page is to be made again from ``root_box`` (the document's boxes), in the computed style
    of its box there, which the page made again reads."""
    for flow in _page_flow(page_box):
        if found := _last_lines(flow):
            block, lines = found
            style = (block.element.get("style") or "").rstrip("; ")
            asked = _ORPHANS.search(style)
            if asked and int(asked[1]) >= lines + 1:
                return False  # asked already, and it stayed: WeasyPrint would lay the page out alike
            block.element.set("style", f"{_ORPHANS.sub('', style).strip('; ')}; orphans: {lines + 1}".lstrip("; "))
            if root_box is not None:
                _restyle(root_box, block, orphans=lines + 1)
            return True
    return False


def _restyle(root_box: Any, laid_out: Any, **values: Any) -> None:
    """Give the box of ``root_box`` that ``laid_out`` (a box of a laid-out page) was made
    from a computed style of its own, with ``values`` in it.

    WeasyPrint (70) gives elements whose style is computed alike (siblings, and their
    cousins, matched by the same rules) one computed style object: a value set in it was
    set for each of them. ``orphans`` asked of one paragraph of a glossary entry held for
    every paragraph of every entry after it, and a break before one list item broke the
    page before each of its list's items, one a page."""
    shared = laid_out.style
    for box in (root_box, *root_box.descendants()):
        if box.element is laid_out.element and box.style is shared:
            box.style = _with(shared, values)


def _with(style: Any, values: dict[str, Any]) -> Any:
    """A copy of the computed ``style`` with ``values`` in it."""
    own = style.copy()
    own.update(values)
    return own


def _note_called_here_moved_on(page: MadePage) -> bool:
    """Whether WeasyPrint moved to the next page a footnote whose call this page holds."""
    moved = page.context.reported_footnotes
    return bool(moved) and any(getattr(box, "footnote", None) in moved for box in page.box.children[0].descendants())


def _break_before_the_next_page(page: MadePage) -> bool:
    """Break the page before the block the next page starts with, where that page starts
    with a block whole; whether that breaks it earlier than it is asked to.

    A paragraph whole on the page cannot be asked for a line more there: the note moved on
    for a block that WeasyPrint tried to start on the page and then moved on too (a
    heading kept with the list after it, whose second line asked for the note's room).
    With a break before that block, the page is made without trying it."""
    from weasyprint.formatting_structure import boxes

    parent, box, skip = None, page.root_box, page.resume_at
    while skip is not None and len(skip) == 1:
        ((index, skip),) = skip.items()
        if not isinstance(box, boxes.BlockContainerBox) or index >= len(box.children):
            return False
        parent, box = box, box.children[index]
    if skip is not None or not isinstance(box, boxes.BlockBox) or box.style["break_before"] == "page":
        return False  # the next page starts inside a block, or here already by a break
    if parent is None or box.element is parent.element:
        return False  # an anonymous block: a style set on its element would reach its parent's
    style = (box.element.get("style") or "").rstrip("; ")
    box.element.set("style", f"{style}; break-before: page".lstrip("; "))
    box.style = _with(box.style, {"break_before": "page"})  # its own (`_restyle`): not its siblings'
    return True


def _keep_notes_called_here(page: MadePage) -> bool:
    return _note_called_here_moved_on(page) and (
        _push_last_paragraph(page.box, page.root_box) or _break_before_the_next_page(page)
    )


def render_with_footnotes_at_calls(html: Any, then: Sequence[PageCheck] = (), **options: Any) -> Any:
    """``html`` (a WeasyPrint ``HTML``) laid out with every footnote on its call's page
    where WeasyPrint can set it there; the rendered document. Each page is checked by each
    of ``then`` once its notes are settled (and its notes again after such a check changed it):
    where this WeasyPrint lets a page be made again (`missing_layout_internals`), else not."""
    calls = footnote_calls(html.etree_element)
    missing = missing_layout_internals()
    if missing:
        import weasyprint

        log.info(
            f"PDF: WeasyPrint {weasyprint.__version__} is not the version the pages are checked for as "
            f"they are made (requirements.txt): {missing}. A note moved off its call's page costs the "
            "whole PDF laid out again, and a page may end on a hyphenated word"
        )
    with ExitStack() as checks:
        # Each block entered wraps the one before: the first reads the page as WeasyPrint made it.
        for check in () if missing else (_keep_notes_called_here, *then):
            checks.enter_context(pages_checked_as_made(check, most_remakes=MOST_LAYOUTS - 1))
        document = html.render(**options)
        for _ in range(MOST_LAYOUTS - 1):
            moved = moved_footnotes(document, calls)
            pages = sorted({page for _, page in moved})
            # A list, not a generator: every page's paragraph is pushed, not only the first.
            laid_out = [page._page_box for page in document.pages]  # WeasyPrint keeps the page box there
            if not pages or not any([_push_last_paragraph(laid_out[page]) for page in pages]):
                break
            document = html.render(**options)
    for call, page in moved_footnotes(document, calls):
        log.info(f"PDF: the footnote {call.footnote_id} prints after its call's page ({page + 1})")
    return document
