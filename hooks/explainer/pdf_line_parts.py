"""An inline element that lines part is one element of the tagged PDF's structure, not one a line.

WeasyPrint (70) lays an inline element out as one box a line, and tags each box as an
element of its own (``weasyprint/pdf/tags.py``, ``_build_box_tree``): a link whose words
run onto the next line is two ``Link`` elements, side by side in its paragraph, and a
screen reader that goes from link to link announced two, the second with the link's last
words only ("of the river"). So once the structure is made (`pdf_tagging`'s finisher), and
the parts that page breaks make are joined (`pdf_fragments`), the parts of one inline
element that stand side by side are joined: the later ones' children go to the first,
which then holds each line's text and each line's link annotation (a link that lines part
needs each line's area to be clicked, and PDF/UA has one link hold them all). A link inside
another inline element that lines part (a title in another language, ``<span lang>``) is
joined once that element's parts are: its parts then stand side by side.

Two elements are parts of one only where they were made from boxes of the same HTML
element, which `pdf_fragments.fragments_recorded` notes as each is made (``inline``).
"""

from __future__ import annotations

from typing import Any

from .pdf_fragments import Fragments
from .pdf_structure_tree import StructureTree


def join_line_parts(structure: StructureTree, fragments: Fragments) -> None:
    """Join, in ``structure``, the parts of each inline element that stand side by side,
    from the ``Document`` down: an element's parts are joined before its children's."""
    if not fragments.inline:
        return
    # Read once: an element emptied by a join is passed over, one that took a part's
    # children joins them in its turn, as it comes after its parent.
    for element in [structure.document, *structure.descendants(structure.document)]:
        if "K" in element:
            _join_children(structure, element, fragments.inline)


def _join_children(structure: StructureTree, parent: Any, inline: dict[int, tuple[Any, str]]) -> None:
    """Join the parts of one inline element among ``parent``'s children that follow one another."""
    kept: list[Any] = []
    first: Any = None  # the first part of the element the last child was made from
    for kid in parent["K"]:
        element = structure.element(kid)
        source = None if element is None else inline.get(element.number)
        if source is not None and first is not None and _same(inline[first.number], source):
            first["K"].extend(structure.moved(held, element, first) for held in element["K"])
            element.clear()  # an empty dictionary, which nothing points to any longer
            continue
        first = element if source is not None else None
        kept.append(kid)
    parent["K"][:] = kept


def _same(one: tuple[Any, str], other: tuple[Any, str]) -> bool:
    """Whether two boxes were made for the same HTML element (and the same pseudo-element)."""
    return one[0] is other[0] and one[1] == other[1]
