"""Link annotations only where a link is set on the page, one for each part of a link.

WeasyPrint (70) makes a link annotation of each of a link's boxes, one a line. Where a
line ends just inside a link, after the space that `pdf_document` moves into an inline
element (a line may end there), the link's part on that line holds nothing but that space,
which the line's end drops (or an element in the link, emptied so: a label kept whole,
`pdf_ties`): a box of zero width, and an annotation and a structure
element of zero width, one more link to a screen reader or a PDF reader's list of links,
that no one can click.

It also gives every box inside a link the link again (CSS's ``-weasy-link`` is inherited):
a title in italics inside a reference's link, or the leader and page number after a
contents entry, is a second annotation on the same spot, which a screen reader lists as
a link of its own, tagged as no link at all (an annotation in a ``NonStruct`` element).
"""

from __future__ import annotations

from typing import Any


def drop_empty_link_parts(document: Any) -> None:
    """Remove from each page of ``document`` (a laid-out WeasyPrint ``Document``) the parts
    of links that are of zero width and hold nothing, and their annotations."""
    from weasyprint.formatting_structure import boxes

    for page in document.pages:
        empty = {
            id(box)
            for _, _, (left, _, right, _), box in page.links
            if right <= left and isinstance(box, boxes.ParentBox) and _holds_nothing(box)
        }
        if not empty:
            continue
        page.links = [link for link in page.links if id(link[3]) not in empty]
        # WeasyPrint keeps the laid-out page box there; the PDF's structure is made from it.
        holders = [
            box
            for box in page._page_box.descendants()
            if isinstance(box, boxes.ParentBox) and any(id(child) in empty for child in box.children)
        ]
        for box in holders:
            box.children = [child for child in box.children if id(child) not in empty]


def _holds_nothing(box: Any) -> bool:
    """Whether ``box`` holds nothing but inline boxes that hold nothing."""
    from weasyprint.formatting_structure import boxes

    return all(isinstance(child, boxes.InlineBox) and _holds_nothing(child) for child in box.children)


def drop_links_inside_their_own_link(document: Any) -> None:
    """Remove from each page of ``document`` the annotation of every box that lies inside a
    box of the same link on that page: the link's own part already covers it."""
    for page in document.pages:
        targets = {id(box): (kind, target) for kind, target, _, box in page.links}
        repeated: set[int] = set()
        # The page's boxes, each with the links of the boxes around it (depth first).
        pending: list[tuple[Any, frozenset]] = [(page._page_box, frozenset())]
        while pending:
            box, around = pending.pop()
            target = targets.get(id(box))
            if target is not None:
                if target in around:
                    repeated.add(id(box))
                around = around | {target}
            pending.extend((child, around) for child in box.all_children())
        if repeated:
            page.links = [link for link in page.links if id(link[3]) not in repeated]
