"""No leader of the PDF's contents is shorter than a few dots.

A leader (``leader(". ")`` in pdf.css) fills what its line leaves between a title and its
page number; WeasyPrint (70) breaks the line first, and keeps a title's last word on it as
long as one dot still fits: a title that all but filled its last line read "…and Beyond .
5", a leader of one dot where the others have dozens, read as a full stop. No CSS gives a
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


def _room_left(line: Any, containing_block: Any) -> tuple[float, float] | None:
    """What ``line`` leaves its leader beyond one copy of its pattern, and the pattern's
    width (as WeasyPrint's ``handle_leader`` reckons them); None if it has no leader."""
    from weasyprint.layout.leader import leader_index

    _, leader = leader_index(line)
    if leader is None or len(leader.children) != 1 or leader.children[0].width <= 0:
        return None
    used = sum(child.margin_width() for child in line.children if child.is_in_normal_flow())
    return containing_block.width - used, leader.children[0].width


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
        room = None if line is None else _room_left(line, rest[0])
        if room is None or room[0] >= (FEWEST_DOTS - 1) * room[1]:
            return line, resume_at
        narrower = _narrower(rest[0], (FEWEST_DOTS - 1) * room[1])
        shorter, shorter_resume_at = get_next_linebox(
            context, linebox, position_y, bottom_space, skip_stack, narrower, *rest[1:]
        )
        if shorter is None or shorter_resume_at is None or _room_left(shorter, narrower) is not None:
            return line, resume_at  # no break before the leader: the line stays as it was
        return shorter, shorter_resume_at

    inline.get_next_linebox = next_line
    try:
        yield
    finally:
        inline.get_next_linebox = get_next_linebox
