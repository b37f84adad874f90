"""The tagged PDF's structure, corrected where WeasyPrint's says less than the document.

WeasyPrint (70) names each structure element after its HTML element alone
(``weasyprint/pdf/tags.py``, ``_get_pdf_tag``), and no HTML element gives some of the
elements a screen reader needs. The PDF is finished here, through WeasyPrint's hook for
that (``write_pdf``'s ``finisher``, called once the structure is made and before the file
is written). Nothing here changes what the pages show: text, pages and links stay.

The one link WeasyPrint keeps between a laid-out box and its structure element is the
link annotation (``box.link_annotation``, which the link's element holds): an element is
found from a link it holds, or that its child holds. What each element was made from is
noted besides, as it is made, for one purpose: joining the parts of an element that page
breaks part (`pdf_fragments`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pydyf

from .pdf_fragments import Fragments, join_fragments
from .pdf_line_parts import join_line_parts
from .pdf_structure_tree import NO_HOLDER, StructureTree

#: The class `pdf_document` gives each footnote, and the one of the number in it that
#: links back to its call (the footnote's first link).
FOOTNOTE_CLASS = "footnote"
FOOTNOTE_NUMBER_CLASS = "footnote-number"
#: The class of the element that holds the contents (`pdf_document`), a list of links.
CONTENTS_CLASS = "contents"


def finish_structure(document: Any, pdf: Any, fragments: Fragments | None = None) -> None:
    """Correct the structure of ``pdf`` (a ``pydyf.PDF``) made from ``document`` (the
    laid-out WeasyPrint ``Document``): WeasyPrint's ``finisher``. ``fragments``, noted as
    the structure was made (`pdf_fragments`), tells which elements are parts of one.

    The parts are joined first, those page breaks make, then those lines make: what follows
    finds elements by the parent tree and by each element's parent, which joining changes,
    and lists the notes in the ID tree, which must name the element joined, not a part left
    empty.
    """
    if "StructTreeRoot" not in pdf.catalog:
        return  # an untagged PDF: nothing to correct
    structure = _Structure(pdf)
    if fragments is not None:
        join_fragments(structure, fragments)
        join_line_parts(structure, fragments)
    _footnotes_as_notes(document, structure)
    _contents_as_toc(document, structure)
    _page_margins_as_artifacts(structure)
    _links_described_by_their_names(document)
    structure.write_ids()


class _Structure(StructureTree):
    """The PDF's structure elements, reached from the link annotations they hold."""

    def __init__(self, pdf: Any) -> None:
        super().__init__(pdf)
        self.ids: dict[str, bytes] = {}

    def element_of_link(self, box: Any) -> Any | None:
        """The structure element of a link's box, or None if it has none."""
        annotation = box.link_annotation
        if annotation is None or "StructParent" not in annotation:
            return None
        holder = self.annotation_holder(annotation["StructParent"])
        return None if holder is None else self.resolve(holder)

    def parent(self, element: Any) -> Any:
        return self.resolve(element["P"])

    def name(self, element: Any, identifier: str) -> None:
        """Give ``element`` the ID ``identifier``, listed in the structure's ID tree."""
        element["ID"] = pydyf.String(identifier)
        self.ids[identifier] = element.reference

    def write_ids(self) -> None:
        """The ID tree, by which a reader finds an element from its ID (a name tree: sorted):
        those given here, and those WeasyPrint gives a table's header cells, which the
        table's other cells name (``Headers``)."""
        for element in self.descendants(self.document):
            if "ID" in element:
                self.ids.setdefault(element["ID"].string, element.reference)
        if not self.ids:
            return
        names = pydyf.Array()
        for identifier in sorted(self.ids):
            names.extend([pydyf.String(identifier), self.ids[identifier]])
        tree = pydyf.Dictionary({"Names": names})
        self.pdf.add_object(tree)
        self.root["IDTree"] = tree.reference


def _boxes_of_class(document: Any, name: str) -> Iterator[Any]:
    """Every laid-out box, on every page, whose element has the class ``name``."""
    for page in document.pages:
        # WeasyPrint keeps the laid-out page box there; the structure is made from it.
        for box in page._page_box.descendants():
            element = box.element
            # A pseudo-element's box (``::footnote-marker``) has its element's class too.
            if element is not None and "::" not in box.element_tag and name in _classes(element):
                yield box


def _classes(element: Any) -> list[str]:
    return (element.get("class") or "").split()


def _footnotes_as_notes(document: Any, structure: _Structure) -> None:
    """Tag each footnote as a ``Note``, with its element's id as its ID (PDF/UA asks a
    note for one), so that a screen reader announces it as a note, not as more text.

    The footnote's element is the one that holds its number's link (`pdf_document`).
    """
    for footnote in _boxes_of_class(document, FOOTNOTE_CLASS):
        number = next(
            (
                box
                for box in footnote.descendants()
                if box.link_annotation is not None
                and box.element is not None
                and FOOTNOTE_NUMBER_CLASS in _classes(box.element)
            ),
            None,
        )
        if number is None:
            continue
        link = structure.element_of_link(number)
        if link is None:
            continue
        element = structure.parent(link)
        if element["S"] != "/Span":
            continue  # not the element WeasyPrint (70) makes of a footnote: leave it as it is
        element["S"] = "/Note"
        if footnote.element.get("id"):
            structure.name(element, footnote.element.get("id"))


def _contents_as_toc(document: Any, structure: _Structure) -> None:
    """Tag the contents as a table of contents (``TOC``, an entry a ``TOCI``, what it names
    a ``Reference``), not as a list, so that a screen reader offers it as one.

    Each entry is a list item whose link WeasyPrint tags ``LI`` > ``LBody`` > ``Link``: an
    entry whose title runs onto a second line is one link already, which holds each line's
    annotation (`pdf_line_parts`).
    """
    for contents in _boxes_of_class(document, CONTENTS_CLASS):
        for box in contents.descendants():
            if box.link_annotation is None or (link := structure.element_of_link(box)) is None:
                continue
            body = structure.parent(link)
            item = structure.parent(body)
            listing = structure.parent(item)
            # The list is the TOC already once its first entry is done.
            if (body["S"], item["S"]) != ("/LBody", "/LI") or listing["S"] not in ("/L", "/TOC"):
                continue  # not as WeasyPrint (70) tags a list's entry: leave it as it is
            body["S"], item["S"], listing["S"] = "/Reference", "/TOCI", "/TOC"


def _page_margins_as_artifacts(structure: _Structure) -> None:
    """Mark the text of the pages' margins (running heads, page numbers) as artifacts.

    WeasyPrint (70) tags it as any text, under elements it leaves out of the structure
    (``tags.py``: "It could be included in tree as Artifact, but that's only allowed in
    PDF 2.0"): content that is neither in the structure nor an artifact, which PDF/UA
    forbids and which a reader that reads the content itself reads, a running head
    between two halves of a sentence. Those elements are the only ones whose parent
    does not list them.
    """
    listed = set(structure.document["K"])
    for page_number, holders in structure.page_contents.items():
        in_margins = {
            mcid
            for mcid, holder in enumerate(holders)
            if holder != NO_HOLDER and not _in_structure(structure, structure.resolve(holder), listed)
        }
        if in_margins:
            structure.make_artifacts(page_number, in_margins)


def _in_structure(structure: _Structure, element: Any, listed: set[bytes]) -> bool:
    """Whether ``element`` is in the structure: it, or its ancestor just under the
    ``Document``, is one of the ``Document``'s elements (``listed``)."""
    while (parent := structure.resolve(element["P"])) is not structure.document:
        element = parent
    return element.reference in listed


#: Characters in a link's text that set it and say nothing (`pdf_document`'s marks for a
#: URL's line breaks, the soft hyphens of the listed words).
_SILENT = dict.fromkeys(map(ord, "\u200b\u2060\u00ad"))


def _links_described_by_their_names(document: Any) -> None:
    """Describe each link annotation by its link's name (``aria-label``, else its text).

    WeasyPrint (70) describes it by its target (``Contents``, which PDF/UA reads as the
    link's alternate description): for a link inside the document, an anchor's id, so a
    screen reader that goes from link to link read "part-1--note-5", not "Note 5", and a
    glossary term's link the entry's id, not the term.
    """
    for page in document.pages:
        for box in page._page_box.descendants():
            annotation = getattr(box, "link_annotation", None)
            if annotation is None or box.element is None or box.element.tag != "a":
                continue
            label = box.element.get("aria-label") or "".join(box.element.itertext())
            name = " ".join(label.translate(_SILENT).split())
            if name:
                annotation["Contents"] = pydyf.String(name)
