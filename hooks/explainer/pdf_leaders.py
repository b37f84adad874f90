"""No leader of the PDF's contents is shorter than a few dots.

A leader (``leader(". ")`` in pdf.css) fills what its line leaves between a title and its
page number; WeasyPrint (70) breaks the line first, and keeps a title's last word on it as
long as one dot still fits: a title that all but filled its last line read "…and Elsewhere
. 5", a leader of one dot where the others have dozens, read as a full stop. No CSS gives a
leader a least width that it then fills with dots: room kept for it shows blank.

So while WeasyPrint lays lines out, a line whose leader would hold fewer than `FEWEST_DOTS`
dots is laid out again a little narrower, which moves the title's last word to the next
line, where the leader runs long, as a typesetter would set it. A title that cannot break
earlier (one word) keeps its line as it was. This reaches into WeasyPrint's layout (the
names its line layout calls), written for the pinned version; where another one lays lines
out otherwise (`missing_layout_internals`), leaders are left as WeasyPrint sets them.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

#: The fewest dots a leader holds.
FEWEST_DOTS = 3


def _narrower(block: Any, by: float) -> Any:
    """A copy of the containing block ``block``, ``by`` narrower, for laying out one line."""
    narrower = block.copy()
    narrower.width = block.width - by
    return narrower


def _dots(context: Any, line: Any, containing_block: Any) -> tuple[int, float] | None:
    """How many dots ``line``'s leader will hold, and the width of one; None if it has no
    leader.

    Counted as WeasyPrint's ``handle_leader`` sets them: on a grid of the pattern's width
    from the line's right edge, keeping only the copies wholly inside the leader's room. A
    room of n patterns' width holds n or n + 1 of them, as the grid falls, so the room alone
    does not tell whether a leader holds two dots or three.
    """
    from weasyprint.layout.leader import leader_index

    _, leader = leader_index(line)
    if leader is None or len(leader.children) != 1 or leader.children[0].width <= 0:
        return None
    width = leader.children[0].width
    used = sum(child.margin_width() for child in line.children if child.is_in_normal_flow())
    room = containing_block.width - used + width  # handle_leader's available_width
    for shape in context.excluded_shapes:  # a float beside the line narrows it
        if shape.position_y + shape.height > line.position_y:
            room -= shape.width
    right = line.position_x + containing_block.width
    dots = 0
    for index in range(1, int(containing_block.width // width) + 1):
        x = right - index * width
        if leader.position_x <= x and x + width <= leader.position_x + room:
            dots += 1
    return dots, width


def missing_layout_internals() -> str | None:
    """What this WeasyPrint lacks of the names `leaders_kept_long` replaces; None for 70."""
    from weasyprint.layout import inline, leader

    if not callable(getattr(leader, "leader_index", None)):
        return "its layout has no leader_index"
    lines = getattr(inline, "get_next_linebox", None)
    if not callable(lines) or list(inspect.signature(lines).parameters)[:6] != [
        "context",
        "linebox",
        "position_y",
        "bottom_space",
        "skip_stack",
        "containing_block",
    ]:
        return "its inline layout calls no get_next_linebox(context, linebox, …, containing_block, …)"
    return None


@contextmanager
def leaders_kept_long() -> Iterator[None]:
    """While WeasyPrint lays a document out in this block, no leader holds fewer than
    `FEWEST_DOTS` dots where its title can break earlier (where `missing_layout_internals`
    finds none missing)."""
    if missing_layout_internals() is not None:
        yield
        return
    from weasyprint.layout import inline

    get_next_linebox = inline.get_next_linebox

    def next_line(context: Any, linebox: Any, position_y: Any, bottom_space: Any, skip_stack: Any, *rest: Any) -> Any:
        line, resume_at = get_next_linebox(context, linebox, position_y, bottom_space, skip_stack, *rest)
        dots = None if line is None else _dots(context, line, rest[0])
        if dots is None or dots[0] >= FEWEST_DOTS:
            return line, resume_at
        # A leader of fewer dots has less room than FEWEST_DOTS patterns: this much narrower,
        # the line cannot hold its leader and breaks before the title's last word.
        narrower = _narrower(rest[0], FEWEST_DOTS * dots[1])
        shorter, shorter_resume_at = get_next_linebox(
            context, linebox, position_y, bottom_space, skip_stack, narrower, *rest[1:]
        )
        if shorter is None or shorter_resume_at is None or _dots(context, shorter, narrower) is not None:
            return line, resume_at  # no break before the leader: the line stays as it was
        return shorter, shorter_resume_at

    inline.get_next_linebox = next_line
    try:
        yield
    finally:
        inline.get_next_linebox = get_next_linebox
