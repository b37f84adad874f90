"""Each passage in another language than the document's carries its ``/Lang`` in the tagged PDF.

A source's title in its own language (``langid``) is a ``<span lang>`` in the page; a
screen reader reads it in that language only where the PDF says which, in the ``Lang`` of
the structure element that holds it (or of an ancestor: descendants inherit it), as
PDF/UA asks of every change of language. WeasyPrint (70) writes the document's language
alone (the catalog's ``/Lang``, from ``<html lang>``): its structure elements
(``weasyprint/pdf/tags.py``, ``_build_box_tree``) hold no ``Lang``, and once the PDF is
made nothing links an element back to the box it was made from but a link annotation
(`pdf_tagging`). So the ``Lang`` is given as each element is made, from its box's HTML
element, by wrapping the function that makes it while the PDF is written.

This reaches into WeasyPrint's tagging, not its API: where it is not as 70 has it
(`missing_tagging_internals`), the PDF is written without the passages' languages.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any

import pydyf

log = logging.getLogger("mkdocs.plugins.explainer")

#: The first arguments of ``_build_box_tree``: the box, its parent's structure element, the PDF.
_BUILD_PARAMETERS = ["box", "parent", "pdf"]


def missing_tagging_internals() -> str | None:
    """What this WeasyPrint lacks of the tagging `languages_tagged` wraps, in a few words;
    None where it has it (70's): read from the function's signature, before anything is written."""
    from weasyprint.pdf import tags

    build = getattr(tags, "_build_box_tree", None)
    if build is None or not inspect.isgeneratorfunction(build):
        return "its tagging has no weasyprint.pdf.tags._build_box_tree"
    if (parameters := list(inspect.signature(build).parameters))[:3] != _BUILD_PARAMETERS:
        return f"its _build_box_tree takes ({', '.join(parameters)})"
    return None


def _own_language(box: Any) -> str | None:
    """The ``lang`` of the HTML element ``box`` is made for, where the element has one;
    not ``html``'s and ``body``'s, whose elements stand for the whole document."""
    element = box.element
    if element is None or box.element_tag in ("html", "body"):
        return None
    return element.get("lang") or None


@contextmanager
def languages_tagged() -> Iterator[None]:
    """While WeasyPrint writes a tagged PDF in this block, each structure element made for
    an HTML element with a ``lang`` of its own carries it as its ``Lang``, unless its
    parent says the same. Where this WeasyPrint's tagging is not 70's, one INFO line says so."""
    import weasyprint
    from weasyprint.formatting_structure import boxes
    from weasyprint.pdf import tags

    if missing := missing_tagging_internals():
        version = weasyprint.__version__
        log.info(
            f"PDF: WeasyPrint {version} is not the version passages in other languages are tagged for "
            f"(requirements.txt): {missing}. The PDF declares the document's language alone"
        )
        yield
        return

    build = tags._build_box_tree

    @wraps(build)  # its signature is the wrapped one's: another wrapper's check finds it
    def build_with_languages(box: Any, parent: Any, *rest: Any) -> Iterator[Any]:
        # A page box yields the structure of its children, each made (and given its
        # language) by this function in turn.
        language = None if isinstance(box, boxes.PageBox) else _own_language(box)
        inherited = getattr(parent.get("Lang"), "string", None)
        for element in build(box, parent, *rest):
            if language and language != inherited:
                element["Lang"] = pydyf.String(language)
            yield element

    tags._build_box_tree = build_with_languages
    try:
        yield
    finally:
        tags._build_box_tree = build
