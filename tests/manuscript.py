"""Read the manuscript as the tests' reference: its body paragraphs and its printed notes.

`fixtures/manuscript/article.md` is a copy of the author's manuscript (see
``../shared/manuscript/README.md``), converted from a typeset PDF. The reading rules
here undo the page layout: notes sit between paragraphs in three shapes, a paragraph
split by a block of notes goes on in a block that starts in lower case, and the one
block after the stray ``---`` page break continues the note that the break cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

MANUSCRIPT = Path(__file__).parent / "fixtures" / "manuscript" / "article.md"

_NOTE = re.compile(r"^(?:- |<sup>)?(?P<number>\d{1,2})(?:</sup>)? (?P<text>\S.*)$", re.DOTALL)
_CALL = re.compile(r"<sup>\d+</sup>")


@dataclass
class Manuscript:
    paragraphs: list[str] = field(default_factory=list)
    notes: dict[int, str] = field(default_factory=dict)


def read(path: Path = MANUSCRIPT) -> Manuscript:
    text = path.read_text(encoding="utf-8")
    blocks = [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]
    result = Manuscript()
    last_note: int | None = None
    after_page_break = False
    for block in blocks:
        if block == "---":
            after_page_break = True
            continue
        if block.startswith("#"):
            continue
        if block.startswith("**Conclusion"):
            continue
        lines = block.splitlines()
        if all(_NOTE.match(line) for line in lines):
            for line in lines:
                found = _NOTE.match(line)
                assert found
                last_note = int(found["number"])
                result.notes[last_note] = found["text"].strip()
            continue
        if after_page_break and last_note is not None:
            result.notes[last_note] += " " + block
            after_page_break = False
            continue
        body = _CALL.sub("", block)
        if body[:1].islower() and result.paragraphs:
            result.paragraphs[-1] += " " + body
        else:
            result.paragraphs.append(body)
    return result
