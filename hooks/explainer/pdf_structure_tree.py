"""The tagged PDF's structure as WeasyPrint writes it (a ``pydyf.PDF``), read once for
those that correct it (`pdf_fragments`, `pdf_tagging`): its references resolved, and its
parent tree, which says which structure element holds each page's marked content and each
annotation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pydyf

#: The parent tree's entry for marked content that no element holds (an artifact's).
NO_HOLDER = b"null"


class StructureTree:
    """The structure of a tagged ``pydyf.PDF``, and its parent tree's entries, in place:
    what is written through them is written in the PDF."""

    def __init__(self, pdf: Any) -> None:
        self.pdf = pdf
        self.root = self.resolve(pdf.catalog["StructTreeRoot"])
        #: The ``Document`` element, which holds every other (WeasyPrint's ``tags.py``).
        self.document = self.resolve(self.root["K"][0])
        #: The parent tree's entries: a page's number, then its array; an annotation's
        #: ``StructParent``, then the element that holds it.
        self._numbers = self.resolve(self.root["ParentTree"])["Nums"]
        pairs = list(zip(self._numbers[::2], self._numbers[1::2], strict=True))
        #: Each page's marked content: its ``MCID``s, in order, to the elements that hold them.
        self.page_contents: dict[int, list] = {key: value for key, value in pairs if isinstance(value, list)}
        #: Where, among the entries, the holder of each annotation is (by its ``StructParent``).
        self._annotation_places = {
            key: 2 * index + 1 for index, (key, value) in enumerate(pairs) if not isinstance(value, list)
        }
        #: Each page's reference, to its number (from 0).
        self.pages = {reference: number for number, reference in enumerate(pdf.page_references)}

    def resolve(self, reference: Any) -> Any:
        """The object a reference (``b"12 0 R"``) names, or the object itself."""
        if isinstance(reference, bytes) and reference.endswith(b" R"):
            return self.pdf.objects[int(reference.split()[0])]
        return reference

    def element(self, kid: Any) -> Any | None:
        """The structure element ``kid`` (a child, as an element lists it) is, or None (a
        marked content's id, a reference to marked content or to an annotation)."""
        kid = self.resolve(kid)
        return kid if isinstance(kid, dict) and kid.get("Type") == "/StructElem" else None

    def descendants(self, element: Any) -> Iterator[Any]:
        """The structure elements under ``element``, in reading order."""
        for kid in element["K"]:
            if (child := self.element(kid)) is not None:
                yield child
                yield from self.descendants(child)

    def annotation_holder(self, struct_parent: int) -> Any | None:
        """The reference of the element that holds the annotation whose ``StructParent`` is
        ``struct_parent``, or None."""
        place = self._annotation_places.get(struct_parent)
        return None if place is None else self._numbers[place]

    def hold_annotation(self, struct_parent: int, holder: Any) -> None:
        """Make ``holder`` (a reference) the element that holds that annotation."""
        self._numbers[self._annotation_places[struct_parent]] = holder

    def moved(self, kid: Any, part: Any, whole: Any) -> Any:
        """``kid``, a child of the element ``part``, made a child of the element ``whole``:
        what holds it (the parent tree, its ``P``) names ``whole``. Returns it as ``whole``
        lists it: a marked content's id, on another page than ``whole``'s, as a reference
        to it on its page."""
        if isinstance(kid, int):
            self.page_contents[self.pages[part["Pg"]]][kid] = whole.reference
            if part["Pg"] == whole["Pg"]:
                return kid
            return pydyf.Dictionary({"Type": "/MCR", "Pg": part["Pg"], "MCID": kid})
        held = self.resolve(kid)
        if held.get("Type") == "/MCR":
            self.page_contents[self.pages[held["Pg"]]][held["MCID"]] = whole.reference
        elif held.get("Type") == "/OBJR":
            self.hold_annotation(self.resolve(held["Obj"])["StructParent"], whole.reference)
        else:
            held["P"] = whole.reference
        return kid

    def make_artifacts(self, page: int, mcids: set[int]) -> None:
        """Mark the marked content ``mcids`` of the page numbered ``page`` (from 0) as
        artifacts of the pages' layout, which no element holds: text a reader of the
        structure passes over, though the page shows it."""
        holders = self.page_contents[page]
        # pydyf lists each page as its number, 0 and "R", three items.
        operations = self.resolve(self.pdf.objects[self.pdf.pages["Kids"][3 * page]]["Contents"]).stream
        for index, operation in enumerate(operations[:-1]):
            if (
                isinstance(operation, pydyf.Dictionary)
                and operation.get("MCID") in mcids
                and operations[index + 1] == b"BDC"
            ):
                # "/Span <</MCID 3>> BDC" becomes "/Artifact <</Type /Pagination>> BDC".
                operations[index - 1] = "/Artifact"
                operations[index] = pydyf.Dictionary({"Type": "/Pagination"})
                holders[operation["MCID"]] = NO_HOLDER
