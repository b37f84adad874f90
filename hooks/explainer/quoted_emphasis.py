"""The italics and bold of a sentence quoted from the article, through its plain text.

A glossary entry quotes the sentence that uses its term (`markdown_glossary`), found in
the plain text of the block, where the author's ``<em>`` would be lost. Each emphasised
run is held there between two private-use characters, which no page writes and no
sentence break or term match reads as a letter; `emphasis_html` makes them tags again
once the sentence is escaped.
"""

from __future__ import annotations

import re

#: Tag: (mark before the run, mark after it); apart from the private-use characters that
#: `latex_text` and `richtext` use for marks of their own.
EMPHASIS_MARKS: dict[str, tuple[str, str]] = {"em": ("\ue010", "\ue011"), "strong": ("\ue012", "\ue013")}
OPENING_MARKS = "".join(opening for opening, _ in EMPHASIS_MARKS.values())
CLOSING_MARKS = "".join(closing for _, closing in EMPHASIS_MARKS.values())
_TAG_OF = {mark: tag for tag, marks in EMPHASIS_MARKS.items() for mark in marks}
#: The marks, each kept as a piece of its own when a sentence is split on them.
_MARKS = re.compile(f"([{OPENING_MARKS}{CLOSING_MARKS}])")


def emphasis_html(html: str) -> str:
    """``html`` with each marked run in its tag. A run the sentence cuts (a title in
    italics over two sentences) is opened at the sentence's start or closed at its end."""
    # Most sentences quote no italics: one scan at C speed, not a loop over characters.
    if _MARKS.search(html) is None:
        return html
    out: list[str] = []
    opened_before: list[str] = []  # runs closed here that opened before the sentence
    open_tags: list[str] = []
    for piece in _MARKS.split(html):
        tag = _TAG_OF.get(piece)
        if tag is None:
            out.append(piece)
        elif piece in OPENING_MARKS:
            open_tags.append(tag)
            out.append(f"<{tag}>")
        elif tag in open_tags:
            # Close the runs opened inside this one too, so the tags nest.
            while (inner := open_tags.pop()) != tag:
                out.append(f"</{inner}>")
            out.append(f"</{tag}>")
        else:
            opened_before.insert(0, tag)
            out.append(f"</{tag}>")
    closing = "".join(f"</{tag}>" for tag in reversed(open_tags))
    return "".join(f"<{tag}>" for tag in opened_before) + "".join(out) + closing
