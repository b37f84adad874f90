"""A page of a WeasyPrint layout checked as soon as it is made, and made again at once where
the check changed what it is made from.

WeasyPrint (70) lays a document out one page at a time (`weasyprint.layout.page.remake_page`),
and keeps where each page starts (``context.page_maker``) so that its own repagination can
make one page again. A correction that only the laid-out page shows (the paragraph that ends
it) then costs that page made again, before the pages after it are made: not the whole
document laid out a second time.

This reaches into WeasyPrint's layout, not its API: it is written for the pinned version
(requirements.txt). Making a page again restores what making it changed in the layout's
state, as WeasyPrint's repagination finds it before it makes a page. Another version may
keep that state otherwise (69 has no ``rendered_notes``; 66's ``remake_page`` takes the page
groups too): `missing_layout_internals` tells, before the layout, whether this one has them.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class MadePage:
    """A page WeasyPrint has just made, and what it was made from."""

    #: The laid-out page box: its children are the page's flow (its root box), its footnote
    #: area and its note area; no margin boxes yet.
    box: Any
    #: Where in ``root_box`` the next page starts (a skip stack), None after the last page.
    resume_at: dict[int, Any] | None
    #: The box tree of the whole document that every page is laid out from.
    root_box: Any
    #: WeasyPrint's layout context (footnotes moved on: ``reported_footnotes``).
    context: Any


#: Reads a page as soon as it is made; whether it changed the boxes or styles the page is
#: made from, so that the page must be made again.
PageCheck = Callable[[MadePage], bool]


@dataclass(frozen=True)
class _PageStart:
    """What making a page changes in WeasyPrint's layout context, as it was before."""

    footnotes: tuple[Any, ...]
    reported_footnotes: tuple[Any, ...]
    broken_out_of_flow: dict[Any, Any]
    rendered_notes: int

    @classmethod
    def of(cls, context: Any) -> _PageStart:
        return cls(
            tuple(context.footnotes),
            tuple(context.reported_footnotes),
            dict(context.broken_out_of_flow),
            len(context.rendered_notes),
        )

    def restore(self, context: Any, index: int) -> None:
        context.footnotes = list(self.footnotes)
        context.reported_footnotes = list(self.reported_footnotes)
        context.broken_out_of_flow = dict(self.broken_out_of_flow)
        del context.rendered_notes[self.rendered_notes :]
        # As `make_all_pages` resets it before it makes a page.
        context.page_maker[index][-1].update(content_changed=False, pages_wanted=False, anchors=[], content_lookups=[])


#: The arguments `remake_page` is given (by ``make_all_pages``) and passes on.
_REMAKE_PAGE_PARAMETERS = ["index", "context", "root_box", "html"]
#: What `_PageStart` saves and restores, as WeasyPrint's layout context sets it up.
_CONTEXT_STATE = ("footnotes", "reported_footnotes", "broken_out_of_flow", "rendered_notes")
#: What `_PageStart.restore` resets in a page's ``page_maker`` entry, as ``make_all_pages`` does.
_REMAKE_STATE = ("content_changed", "pages_wanted", "anchors", "content_lookups")


def missing_layout_internals() -> str | None:
    """What this WeasyPrint lacks of the layout internals `pages_checked_as_made` needs, in
    a few words; None where it has them all (70's). Read from the functions' signatures and
    the names their code uses, not by laying anything out: cheap enough for every PDF."""
    from weasyprint import layout
    from weasyprint.layout import page as page_layout

    remake = getattr(page_layout, "remake_page", None)
    if remake is None:
        return "its layout has no weasyprint.layout.page.remake_page"
    if (parameters := list(inspect.signature(remake).parameters)) != _REMAKE_PAGE_PARAMETERS:
        return f"its remake_page takes ({', '.join(parameters)})"
    # The function the layout calls must find remake_page in the module where it is replaced.
    make_all = getattr(getattr(layout, "make_all_pages", None), "__code__", None)
    if make_all is None or layout.make_all_pages.__globals__ is not vars(page_layout):
        return "its layout makes its pages without weasyprint.layout.page.make_all_pages"
    if "remake_page" not in make_all.co_names or "page_maker" not in make_all.co_names:
        return "its make_all_pages makes each page otherwise"
    if missing := [key for key in _REMAKE_STATE if key not in make_all.co_consts]:
        return f"its make_all_pages resets no {missing[0]} before it makes a page"
    set_up = layout.LayoutContext.__init__.__code__.co_names
    if missing := [name for name in _CONTEXT_STATE if name not in set_up]:
        return f"its layout context has no {missing[0]}"
    return None


@contextmanager
def pages_checked_as_made(check: PageCheck, most_remakes: int) -> Iterator[None]:
    """While WeasyPrint lays a document out in this block, each page is given to ``check``
    as soon as it is made, and made again, up to ``most_remakes`` times, while ``check``
    changes what it is made from. Blocks may nest: the inner check reads a page that the
    outer one has settled, and a page it makes again is checked by the outer one again.

    Only where `missing_layout_internals` finds none missing."""
    from weasyprint.layout import page as page_layout

    make = page_layout.remake_page

    def remake_page(index: int, context: Any, root_box: Any, html: Any) -> tuple[Any, Any]:
        start = _PageStart.of(context)
        page, resume_at = make(index, context, root_box, html)
        for _ in range(most_remakes):
            if not check(MadePage(page, resume_at, root_box, context)):
                break
            start.restore(context, index)
            page, resume_at = make(index, context, root_box, html)
        return page, resume_at

    page_layout.remake_page = remake_page
    try:
        yield
    finally:
        page_layout.remake_page = make
