"""Quotation marks inside a title that the notes set in quotation marks.

A French article's title that quotes words (``Le « miracle » économique``) was set
inside marks of the same kind, « Le « miracle » économique », which French print does
not do: the inner ones take the second kind, « Le “miracle” économique »
(``note_words.quote_in_title``). The journal's English sets double marks within double
ones, as it prints them: “The “New Deal” Revisited,”.
"""

from __future__ import annotations

import re

#: What may stand between a mark and the words it quotes: French sets a space there.
_SPACES = " \u00a0\u202f"


def with_inner_quotes(title: str, quoted_title: str, quote_in_title: str) -> str:
    """``title`` as it goes inside ``quoted_title`` (``« {title} »``): each quotation in
    it between marks of that kind (``« miracle »``) set as ``quote_in_title`` sets one
    (``“{quote}”``: ``“miracle”``). Other marks, straight quotes among them, as written."""
    opening, closing = (part.strip(_SPACES) for part in quoted_title.split("{title}", 1))
    inner_opening, inner_closing = quote_in_title.split("{quote}", 1)
    if not (opening and closing) or (opening, closing) == (inner_opening, inner_closing) or opening not in title:
        return title
    # Written as text, compiled on first use by `re`'s cache: nothing at import. A mark
    # inside a word is no quotation's: with single marks, ’ is also the apostrophe (Don’t).
    quotation = f"(?<!\\w){re.escape(opening)}[{_SPACES}]?(.*?)[{_SPACES}]?{re.escape(closing)}(?!\\w)"
    return re.sub(quotation, lambda found: f"{inner_opening}{found[1]}{inner_closing}", title)
