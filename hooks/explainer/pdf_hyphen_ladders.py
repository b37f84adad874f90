"""At most two lines in a row of the PDF end on a hyphen.

Lines that end hyphenated one under another (a "ladder") read as a stammer down the right
margin, and house styles allow two in a row at most; TeX discourages even two
(``\\doublehyphendemerits``). CSS has ``hyphenate-limit-lines`` for it, which WeasyPrint 70
does not have: it breaks each line as soon as the next word does not fit, hyphenating
that word where it can, and the article had four lines in a row ending "illus-", "ex-",
"exam-", "soft-".

So while WeasyPrint lays a paragraph out, line after line, the lines that ended on a hyphen
are counted; after two in a row, the next line is laid out with its words' hyphenation off
(``hyphens: manual``: the editors' soft hyphens still break), so that its last word goes
whole to the line after. The line is spaced a little wider, as justified text is. A hyphen
the text itself has ("non-" of "non-interference") counts as one, though it still breaks.

This reaches into WeasyPrint's layout (the names its block layout and its line breaking
call), written for the pinned version; where another one lays lines out otherwise
(`missing_layout_internals`), lines are left as WeasyPrint breaks them.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

#: How many lines in a row may end on a hyphen.
MOST_IN_A_ROW = 2


class _Hyphenation:
    """Whether the line being laid out may hyphenate its words (one layout at a time)."""

    allowed = True


def _last_text(box: Any) -> str:
    """The text a laid-out line ends with: its last text box's, inside inline elements."""
    for child in reversed(getattr(box, "children", ())):
        if (text := getattr(child, "text", None)) is not None:
            if text:
                return text
            continue
        if found := _last_text(child):
            return found
    return ""


def ends_on_a_hyphen(line: Any) -> bool:
    """Whether ``line`` (a laid-out line box) ends on a hyphen after a letter."""
    text = _last_text(line).rstrip()
    return len(text) > 1 and text[-1] in "-\u2010\u00ad" and text[-2].isalpha()


def missing_layout_internals() -> str | None:
    """What this WeasyPrint lacks of the names `hyphen_ladders_limited` replaces; None for 70."""
    from weasyprint.layout import block, inline

    if not callable(getattr(block, "iter_line_boxes", None)):
        return "its block layout calls no iter_line_boxes"
    split = getattr(inline, "split_first_line", None)
    if not callable(split) or list(inspect.signature(split).parameters)[:2] != ["text", "style"]:
        return "its inline layout calls no split_first_line(text, style, …)"
    return None


@contextmanager
def hyphen_ladders_limited() -> Iterator[None]:
    """While WeasyPrint lays a document out in this block, no more than `MOST_IN_A_ROW`
    lines of a paragraph in a row end on a hyphen (where `missing_layout_internals` finds
    none missing)."""
    if missing_layout_internals() is not None:
        yield
        return
    from weasyprint.layout import block, inline

    iter_line_boxes, split_first_line = block.iter_line_boxes, inline.split_first_line

    def lines_of_a_paragraph(*args: Any, **kwargs: Any) -> Iterator[Any]:
        lines = iter_line_boxes(*args, **kwargs)
        in_a_row = 0
        while True:
            # A footnote called in the line is laid out with it, its own lines counted apart.
            outer, _Hyphenation.allowed = _Hyphenation.allowed, in_a_row < MOST_IN_A_ROW
            try:
                line, resume_at = next(lines)
            except StopIteration:
                return
            finally:
                _Hyphenation.allowed = outer
            in_a_row = in_a_row + 1 if ends_on_a_hyphen(line) else 0
            yield line, resume_at

    def first_line(text: str, style: Any, *args: Any, **kwargs: Any) -> Any:
        if not _Hyphenation.allowed and style["hyphens"] == "auto":
            style = style.copy()
            style["hyphens"] = "manual"
        return split_first_line(text, style, *args, **kwargs)

    block.iter_line_boxes, inline.split_first_line = lines_of_a_paragraph, first_line
    try:
        yield
    finally:
        block.iter_line_boxes, inline.split_first_line = iter_line_boxes, split_first_line
