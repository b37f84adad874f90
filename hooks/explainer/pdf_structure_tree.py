"""The tagged PDF's structure as WeasyPrint writes it (a ``pydyf.PDF``), read once for
those that correct it (`pdf_fragments`, `pdf_tagging`): its references resolved, and its
parent tree, which says which structure element holds each page's marked content and each
annotation."""

from __future__ import annotations

from typing import Any


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

    def resolve(self, reference: Any) -> Any:
        """The object a reference (``b"12 0 R"``) names, or the object itself."""
        if isinstance(reference, bytes) and reference.endswith(b" R"):
            return self.pdf.objects[int(reference.split()[0])]
        return reference

    def annotation_holder(self, struct_parent: int) -> Any | None:
        """The reference of the element that holds the annotation whose ``StructParent`` is
        ``struct_parent``, or None."""
        place = self._annotation_places.get(struct_parent)
        return None if place is None else self._numbers[place]

    def hold_annotation(self, struct_parent: int, holder: Any) -> None:
        """Make ``holder`` (a reference) the element that holds that annotation."""
        self._numbers[self._annotation_places[struct_parent]] = holder
