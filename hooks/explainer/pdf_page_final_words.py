"""No page of the PDF ends on a hyphenated word.

A word hyphenated at a page's foot is read across the page's notes ("gen-", the notes,
"eral" overleaf), and a text extractor (Poppler's pdftotext) copies the notes between its
halves. Print avoids it (TeX's ``\\brokenpenalty``; CSS's ``hyphenate-limit-last: always``,
which WeasyPrint 70 does not have).

So each page is checked as soon as it is laid out (`pdf_page_remake`): where the next page
starts inside a word, that word is set in a text box of its own that never hyphenates, in
the box tree the layout is made from (the PDF's alone: the site's HTML is not changed), and
the page is made again: its last line ends before the word, which opens the next page.
"""

from __future__ import annotations

import re
from typing import Any

from .hyphenation import SOFT_HYPHEN
from .pdf_page_remake import MadePage

#: A word's letters, soft hyphens among them, at the end and at the start of a text.
_WORD_END = re.compile(rf"(?:[^\W\d_]|{SOFT_HYPHEN})+\Z")
_WORD_START = re.compile(rf"\A(?:[^\W\d_]|{SOFT_HYPHEN})+")


def _text_resumed_in(root_box: Any, resume_at: dict[int, Any] | None) -> tuple[Any, int, int] | None:
    """Where the next page starts inside a text box: the box's parent, the box's index
    there, and the offset (in bytes of UTF-8, as WeasyPrint counts) in its text; None where
    it starts elsewhere (between boxes, in a table's cells)."""
    from weasyprint.formatting_structure import boxes

    parent, index, box, skip = None, 0, root_box, resume_at
    while skip is not None and len(skip) == 1:
        ((key, inner),) = skip.items()
        if isinstance(box, boxes.TextBox):
            return (parent, index, key) if parent is not None and inner is None else None
        children = getattr(box, "children", ())
        if not 0 <= key < len(children):
            return None
        parent, index, box, skip = box, key, children[key], inner
    return None


def keep_page_final_word_whole(page: MadePage) -> bool:
    """Where the page ends inside a word, set that word whole on the next page: whether the
    page must be made again."""
    found = _text_resumed_in(page.root_box, page.resume_at)
    if found is None:
        return False
    parent, index, offset = found
    box = parent.children[index]
    encoded = box.text.encode()
    try:
        before, after = encoded[:offset].decode(), encoded[offset:].decode()
    except UnicodeDecodeError:
        return False  # not an offset in bytes of UTF-8 (another WeasyPrint than 70's): leave the page
    head, tail = _WORD_END.search(before), _WORD_START.search(after)
    if head is None or tail is None or head.start() == 0:
        # Not inside a word (a break at a space, or after a word's own hyphen); or a word
        # that opens its text box, where a break in it came from another box.
        return False
    # Without its soft hyphens (a word the editors list, `hyphenation`): the text engine
    # (Pango) breaks a line at a soft hyphen whatever ``hyphens`` says, and the page ended
    # on the word's first syllables again, the word alone in its box.
    whole = box.copy_with_text((head[0] + tail[0]).replace(SOFT_HYPHEN, ""))
    whole.style = box.style.copy()  # a text's anonymous style is its element's other texts' too
    whole.style["hyphens"] = "none"
    pieces = [box.copy_with_text(before[: head.start()]), whole]
    if rest := after[tail.end() :]:
        pieces.append(box.copy_with_text(rest))
    # The pieces hold the box's text as it was, whatever the offset: at worst another word is kept whole.
    # The pages before start no later than this text box, whose offsets the first piece keeps.
    parent.children = [*parent.children[:index], *pieces, *parent.children[index + 1 :]]
    return True
