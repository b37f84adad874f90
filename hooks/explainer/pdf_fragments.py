"""An element a page break parts is one element of the tagged PDF's structure, not one a page.

WeasyPrint (70) makes the structure page by page (``weasyprint/pdf/tags.py``, ``add_tags``):
each page's boxes become structure elements of their own, so a paragraph, a list or a
section that runs onto the next page is two elements, siblings, one per page (WeasyPrint
issue #2903). A screen reader then announces the paragraph's end mid-sentence at the foot
of the page, and two lists where there is one.

So once the structure is made (`pdf_tagging`'s finisher), the parts of one element are
joined: the later part's children go to the first, which then holds marked content on
both pages, as a structure element may. The joined element's last child and the next
part's first child may be parts of one element too (a paragraph in a section): they are
joined in turn. Two elements are parts of one only where they were made from boxes of the
same HTML element; the structure does not say so (two paragraphs, one ending a page and
the next starting the next page, look alike), so `fragments_recorded` notes it as each
element is made, by wrapping WeasyPrint's function that makes them while the PDF is
written, as `pdf_languages` does. Only block boxes are joined here: WeasyPrint tags an
inline element (a link) once a line, on one page as across two, each with its own
annotation, and those parts, noted too, are joined by `pdf_line_parts`.

A table's header and footer rows, which WeasyPrint draws on each page the table runs onto,
are the table's once: those drawn again become artifacts, as the running heads are (the
page shows them, a screen reader passes over them), and a cell that names its header cell
(``Headers``) names the one kept. A list that a list item holds is, in WeasyPrint's
structure, the outer list's child, after the item: a page break inside the inner list
parts the item and the inner list both, and each joins its own part.

This reaches into WeasyPrint's tagging, not its API: where it is not as 70 has it
(`pdf_languages.missing_tagging_internals`), the PDF is written with the parts as
WeasyPrint tags them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import wraps
from typing import Any

import pydyf

from .pdf_languages import missing_tagging_internals
from .pdf_structure_tree import StructureTree

log = logging.getLogger("mkdocs.plugins.explainer")


@dataclass
class Fragments:
    """For each structure element made while the PDF is written (by its object number),
    what it was made from: its box's HTML element and the box's tag (``p``, ``li::marker``),
    which tells a pseudo-element's box from its element's. Elements made from no HTML
    element's block box (a page's footnote area, an inline element) are not in ``sources``;
    an inline element's are in ``inline``."""

    sources: dict[int, tuple[Any, str]] = field(default_factory=dict)
    #: The elements made from a table's header or footer (its ``thead``, its ``tfoot``),
    #: which WeasyPrint draws again on each page the table runs onto.
    repeated: set[int] = field(default_factory=set)
    #: Those of them made from a footer, which ends its table's part on each page.
    footers: set[int] = field(default_factory=set)
    #: The elements made from an inline box (a link's, one a line), with what it was made
    #: from, as ``sources`` gives it: joined apart from the blocks (`pdf_line_parts`).
    inline: dict[int, tuple[Any, str]] = field(default_factory=dict)


def _source(box: Any) -> tuple[Any, str] | None:
    """What a structure element made from ``box`` stands for, if it may be joined as a block."""
    from weasyprint.formatting_structure import boxes

    if box.element is None or isinstance(box, (boxes.PageBox, boxes.InlineBox)):
        return None
    if box.element_tag in ("html", "body"):
        return None  # WeasyPrint makes no element of these: it passes on their children's
    return box.element, box.element_tag


def _is_line_part(box: Any) -> bool:
    """Whether ``box`` is an inline element's box, one of those its lines make."""
    from weasyprint.formatting_structure import boxes

    return box.element is not None and isinstance(box, boxes.InlineBox)


@contextmanager
def fragments_recorded() -> Iterator[Fragments]:
    """While WeasyPrint writes a tagged PDF in this block, note what each structure element
    is made from, for `join_fragments`. Where this WeasyPrint's tagging is not 70's, one
    INFO line says so, and nothing is noted."""
    import weasyprint
    from weasyprint.pdf import tags

    fragments = Fragments()
    if missing := missing_tagging_internals():
        log.info(
            f"PDF: WeasyPrint {weasyprint.__version__} is not the version the structure is joined across "
            f"pages for (requirements.txt): {missing}. The PDF tags each page's part of an element that runs "
            "onto the next page as an element of its own"
        )
        yield fragments
        return

    build = tags._build_box_tree

    @wraps(build)  # its signature is the wrapped one's, which `pdf_languages` checks
    def build_noting_sources(box: Any, *rest: Any) -> Iterator[Any]:
        # Every call, the recursive ones too, comes here: WeasyPrint calls the function by
        # its module's name. A box yields the elements made for it; the html, body and page
        # boxes pass on their children's, which those calls have noted already.
        source = _source(box)
        line_part = (box.element, box.element_tag) if _is_line_part(box) else None
        footer = getattr(box, "is_footer", False)
        drawn_again = footer or getattr(box, "is_header", False)
        for element in build(box, *rest):
            if line_part is not None:
                fragments.inline.setdefault(element.number, line_part)
            if source is not None:
                fragments.sources.setdefault(element.number, source)
                if drawn_again:
                    fragments.repeated.add(element.number)
                if footer:
                    fragments.footers.add(element.number)
            yield element

    tags._build_box_tree = build_noting_sources
    try:
        yield fragments
    finally:
        tags._build_box_tree = build


def join_fragments(structure: StructureTree, fragments: Fragments) -> None:
    """Join, in ``structure``, the parts of each element that page breaks part, from the
    ``Document`` down."""
    if fragments.sources:
        _Joiner(structure, fragments).join_children(structure.document)


@dataclass
class _Last:
    """The last element seen among a parent's children that a later one may continue."""

    element: Any
    source: tuple[Any, str]
    #: The page of its last part.
    page: int


@dataclass
class _Join:
    """How a later part of an element joins the element (its parts so far, the whole)."""

    #: The part's table header and footer groups, each with the whole's that it draws again.
    again: list[tuple[Any, Any]]
    #: The part's first children that go on with the whole's last ones: each child as the
    #: part lists it, its element, the whole's child it goes on with, and how it joins that
    #: one (None: it may not, and follows it as an element of its own).
    continuing: list[tuple[Any, Any, Any, _Join | None]]
    #: The part's other children, which go after the whole's.
    rest: list[Any]
    #: Where, among the whole's children, the part's go: before the table footer it ends with.
    place: int
    #: The IDs of the header cells drawn again, to the IDs of those they draw again.
    header_ids: dict[str, Any]


class _Joiner:
    def __init__(self, structure: StructureTree, fragments: Fragments) -> None:
        self.structure = structure
        self.resolve = structure.resolve
        self.element = structure.element
        self.descendants = structure.descendants
        self.sources = fragments.sources
        self.repeated = fragments.repeated
        self.footers = fragments.footers
        self.pages = structure.pages

    def source(self, element: Any | None) -> tuple[Any, str] | None:
        return None if element is None else self.sources.get(element.number)

    def join_children(self, parent: Any) -> None:
        """Join the parts among ``parent``'s children (the ``Document``'s: each page's
        elements in turn). Their children are joined as they are: a part's first children
        may go on with the element's last ones."""
        kept = []
        last: _Last | None = None
        for kid in parent["K"]:
            element = self.element(kid)
            if element is None:
                last = None  # content of the parent's own between two elements: they are two
                kept.append(kid)
                continue
            page = self.pages.get(element.get("Pg"))
            source = self.sources.get(element.number) if page is not None else None
            if source is None:
                # A page's footnote area lies, in the structure, between the part of an
                # element on that page and the part on the next: it parts nothing there.
                if last is not None and (page is None or page != last.page):
                    last = None
                kept.append(kid)
                continue
            if (
                last is not None
                and last.source == source
                and page > last.page
                and (join := self.plan(element, last.element)) is not None
            ):
                self.join(element, last.element, join)
                last.page = page
                continue
            last = _Last(element, source, page)
            kept.append(kid)
        parent["K"][:] = kept

    def plan(self, part: Any, whole: Any) -> _Join | None:
        """How ``part``, a later part of the element ``whole`` holds so far, joins it; None
        if it may not: where, besides going on with the whole's last children, it holds
        again one the whole holds (other than a table's header or footer drawn again), the
        structure would hold that one twice."""
        kids = list(whole["K"])
        place = len(kids)  # after the whole's children, but before a table's footer
        while place and (element := self.element(kids[place - 1])) is not None and element.number in self.footers:
            place -= 1
        drawn = {
            self.source(element): element
            for kid in kids
            if (element := self.element(kid)) is not None and element.number in self.repeated
        }
        # A table's caption may end a page that its rows, with its header, start the next of.
        captioned = all(self.element(kid)["S"] == "/Caption" for kid in kids if self.element(kid) is not None)
        again, others = [], []
        for kid in part["K"]:
            element = self.element(kid)
            if element is None or element.number not in self.repeated:
                others.append(kid)
            elif (first := drawn.get(self.source(element))) is None:
                if not captioned:
                    return None  # a header that the rows before it went without
                others.append(kid)
            elif self.holds_annotation(element):
                return None  # a link's annotation would be held by no element
            else:
                again.append((element, first))
        header_ids: dict[str, Any] = {}
        for group, first in again:
            if (ids := self.header_ids(group, first)) is None:
                return None
            header_ids.update(ids)
        own = self.source(whole)
        continuing = self.continuing(kids[:place], others, own)
        rest = others[len(continuing) :]
        # An anonymous box (the text around a block in a ``div``) stands for its parent's
        # element, as its parent does: it may be there more than once.
        held = {self.source(self.element(kid)) for kid in kids[:place]} - {None, own}
        if any(self.source(self.element(kid)) in held for kid in rest):
            return None
        return _Join(again, continuing, rest, place, header_ids)

    def continuing(self, kids: list[Any], others: list[Any], own: Any) -> list[tuple[Any, Any, Any, _Join | None]]:
        """Which of a part's first children (``others``) go on with the whole's last ones
        (``kids``), each with how it joins.

        Mostly the part's first child goes on with the whole's last one (a paragraph in a
        section), or none does. Where a list item holds a list, WeasyPrint makes the inner
        list the outer one's child, after the item: a page break inside the inner list
        parts both the item and the inner list, and the part's first two children go on
        with the whole's last two."""
        for count in range(min(len(kids), len(others)), 0, -1):
            wholes = [self.element(kid) for kid in kids[len(kids) - count :]]
            parts = [self.element(kid) for kid in others[:count]]
            sources = [self.source(element) for element in wholes]
            if None in sources or sources != [self.source(element) for element in parts]:
                continue
            if count == 1:
                return [(others[0], parts[0], wholes[0], self.plan(parts[0], wholes[0]))]
            if own in sources:
                continue  # an anonymous box's text, which is no element of its own to go on
            plans = [self.plan(part, whole) for part, whole in zip(parts, wholes, strict=True)]
            if None not in plans:
                return list(zip(others[:count], parts, wholes, plans, strict=True))
        return []

    def join(self, part: Any, whole: Any, join: _Join) -> None:
        """Join ``part`` to ``whole`` as ``join`` says, and leave ``part`` empty, held by nothing."""
        for group, _ in join.again:
            self.make_artifact(group)
        moved = []
        for kid, element, into, how in join.continuing:
            if how is None:
                moved.append(kid)
            else:
                self.join(element, into, how)
        moved.extend(join.rest)
        whole["K"][join.place : join.place] = [self.structure.moved(kid, part, whole) for kid in moved]
        if join.header_ids:
            self.point_headers(whole, join.header_ids)
        part.clear()  # an empty dictionary, which nothing points to

    def holds_annotation(self, element: Any) -> bool:
        return any(
            not isinstance(kid, int) and self.resolve(kid).get("Type") == "/OBJR"
            for held in (element, *self.descendants(element))
            for kid in held["K"]
        )

    def header_ids(self, group: Any, first: Any) -> dict[str, Any] | None:
        """The IDs of the header cells in ``group``, a table's header or footer that a page
        draws again, to those of the cells they draw again, in ``first``; None if one has none."""
        firsts = {self.source(cell): cell["ID"] for cell in self.descendants(first) if "ID" in cell}
        ids = {}
        for cell in self.descendants(group):
            if "ID" in cell:
                if (self.source(cell)) not in firsts:
                    return None
                ids[cell["ID"].string] = firsts[self.source(cell)]
        return ids

    def point_headers(self, whole: Any, ids: dict[str, Any]) -> None:
        """Make the table cells in ``whole`` that name a header cell drawn again by its ID
        (WeasyPrint's ``Headers`` attribute) name the one it draws again."""
        for cell in self.descendants(whole):
            attributes = cell.get("A")
            if isinstance(attributes, dict) and "Headers" in attributes:
                attributes["Headers"] = pydyf.Array(ids.get(name.string, name) for name in attributes["Headers"])

    def make_artifact(self, group: Any) -> None:
        """Take ``group`` (a table's header drawn again) out of the structure: its marked
        content becomes an artifact, as a running head is, and its elements are left empty."""
        elements = [group, *self.descendants(group)]
        content: dict[int, set[int]] = {}
        for element in elements:
            for kid in element["K"]:
                if isinstance(kid, int):
                    content.setdefault(self.pages[element["Pg"]], set()).add(kid)
                elif (held := self.resolve(kid)).get("Type") == "/MCR":
                    content.setdefault(self.pages[held["Pg"]], set()).add(held["MCID"])
        for page, mcids in content.items():
            self.structure.make_artifacts(page, mcids)
        for element in elements:
            element.clear()
