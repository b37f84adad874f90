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
written, as `pdf_languages` does. Only block boxes are joined: WeasyPrint tags an inline
element (a link) once a line, on one page as across two, each with its own annotation. A
part that prints again what the first holds (a table's header, on each page the table
runs onto) is left as WeasyPrint tags it: a table has one header.

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
    element's block box (a page's footnote area, an inline element) are not listed."""

    sources: dict[int, tuple[Any, str]] = field(default_factory=dict)


def _source(box: Any) -> tuple[Any, str] | None:
    """What a structure element made from ``box`` stands for, if it may be joined."""
    from weasyprint.formatting_structure import boxes

    if box.element is None or isinstance(box, (boxes.PageBox, boxes.InlineBox)):
        return None
    if box.element_tag in ("html", "body"):
        return None  # WeasyPrint makes no element of these: it passes on their children's
    return box.element, box.element_tag


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
        for element in build(box, *rest):
            if source is not None:
                fragments.sources.setdefault(element.number, source)
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
        _Joiner(structure, fragments.sources).join_children(structure.document)


@dataclass
class _Last:
    """The last element seen among a parent's children that a later one may continue."""

    element: Any
    source: tuple[Any, str]
    #: The page of its last part.
    page: int


class _Joiner:
    def __init__(self, structure: StructureTree, sources: dict[int, tuple[Any, str]]) -> None:
        self.structure = structure
        self.resolve = structure.resolve
        self.sources = sources
        self.pages = {reference: number for number, reference in enumerate(structure.pdf.page_references)}

    def element(self, kid: Any) -> Any | None:
        """The structure element a kid of ``K`` is, or None (marked content, an annotation)."""
        kid = self.resolve(kid)
        return kid if isinstance(kid, dict) and kid.get("Type") == "/StructElem" else None

    def join_children(self, parent: Any) -> None:
        """Join the parts among ``parent``'s children, then among each child's."""
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
                and not self.repeats(element, last.element)
            ):
                self.move_children(element, last.element)
                last.page = page
                continue
            last = _Last(element, source, page)
            kept.append(kid)
        parent["K"][:] = kept
        for element in self.elements(parent):
            self.join_children(element)

    def repeats(self, part: Any, whole: Any) -> bool:
        """Whether ``part`` prints again what ``whole`` holds already (a table's header, on
        each page the table runs onto), besides going on with its last child."""
        held = [self.sources.get(element.number) for element in self.elements(whole)]
        again = [self.sources.get(element.number) for element in self.elements(part)]
        if held and again and held[-1] == again[0]:
            again = again[1:]  # the last child's part, which goes on with it
        # An anonymous box (the text around a block in a ``div``) stands for its parent's
        # element, as its parent does: it may be there more than once.
        own = self.sources.get(whole.number)
        return bool({source for source in again if source not in (None, own)} & set(held))

    def elements(self, parent: Any) -> list[Any]:
        """The structure elements among ``parent``'s children."""
        return [element for kid in parent["K"] if (element := self.element(kid)) is not None]

    def move_children(self, part: Any, whole: Any) -> None:
        """Give ``whole`` the children of ``part``, a later part of its element, and
        leave ``part`` empty, held by nothing."""
        for kid in part["K"]:
            if isinstance(kid, int):
                # A marked content's id on the part's page: the whole's is another.
                self.structure.page_contents[self.pages[part["Pg"]]][kid] = whole.reference
                kid = pydyf.Dictionary({"Type": "/MCR", "Pg": part["Pg"], "MCID": kid})
            else:
                held = self.resolve(kid)
                if held.get("Type") == "/MCR":
                    self.structure.page_contents[self.pages[held["Pg"]]][held["MCID"]] = whole.reference
                elif held.get("Type") == "/OBJR":
                    annotation = self.resolve(held["Obj"])
                    self.structure.hold_annotation(annotation["StructParent"], whole.reference)
                else:
                    held["P"] = whole.reference
            whole["K"].append(kid)
        part.clear()  # an empty dictionary, which nothing points to
