"""Where an address shown on the site may break across lines: after its punctuation.

A browser breaks an address after a hyphen or a question mark of its own accord, and
nowhere else: "https://www.example-press.org/archives/21861/…" had its first break after
"example-", and a reader's larger text on a phone made the browser break the rest between
any two letters ("https://www.e" / "xample-press.org"). A ``<wbr>`` after each run
of slashes and after each full stop lets a line end there too ("https://", "www.",
"archives/"); a piece between them wider than the line still breaks where it must. A
``<wbr>`` holds no text: the address copies, and the search reads it, as written.
"""

from __future__ import annotations

import re

#: A place after a run of slashes or a full stop, where more of the address follows
#: (not before another slash or full stop, nor at its end).
_AFTER_PUNCTUATION = re.compile(r"(?<=[/.])(?=[^/.])")
#: A tag in an address's HTML: its characters are not the address's.
_TAG = re.compile(r"(<[^>]*>)")


def url_breaks_html(address_html: str) -> str:
    """``address_html`` (an address, escaped, perhaps inside tags) with a ``<wbr>`` where a
    line may break (`_AFTER_PUNCTUATION`), in its text only, never inside a tag."""
    return "".join(
        piece if piece.startswith("<") else _AFTER_PUNCTUATION.sub("<wbr>", piece) for piece in _TAG.split(address_html)
    )
