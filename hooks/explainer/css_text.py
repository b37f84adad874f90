"""Editors' text inside a page's ``<style>``: written as CSS escapes it, not as HTML does."""

from __future__ import annotations

#: Kept as they are in a CSS string: nothing in them ends the string or the ``<style>``.
_PLAIN = frozenset(" _-.,")


def css_string(text: str) -> str:
    """``text`` as a double-quoted CSS string, for a selector such as ``[value="…"]``.

    A ``<style>`` reads no HTML escapes: ``&amp;`` there is five characters, and a
    selector holding it matches no value with ``&`` in it. CSS's own escape (``\\26 ``)
    is read; every ASCII character but letters, digits and ``_-., `` is written so, which
    also keeps a quotation mark, a backslash or ``</style>`` from ending anything.
    """
    return '"' + "".join(char if _kept(char) else f"\\{ord(char):x} " for char in text) + '"'


def _kept(char: str) -> bool:
    return char.isalnum() or char in _PLAIN or ord(char) >= 0xA0
