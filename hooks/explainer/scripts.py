"""Writing systems whose conventions the notes and the PDF follow: Chinese, Japanese, Korean."""

from __future__ import annotations

from bisect import bisect_right

#: Han characters and kana: Chinese and Japanese, written without spaces between words.
_HAN_KANA = (
    (0x3040, 0x30FF),
    (0x31F0, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFF66, 0xFF9F),
    (0x20000, 0x3FFFF),
)
#: Hangul: Korean, written with spaces.
_HANGUL = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF))
#: Thai, Lao, Myanmar and Khmer, written without spaces between words too.
_SOUTHEAST_ASIAN = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF))


class _CodePoints:
    """Characters by ranges of code points, looked up by bisection. Not a regular
    expression's class: compiling one over these ranges costs some 2.5 ms each, at every
    build's start (the compiler maps each character of the ranges below U+FFFF)."""

    def __init__(self, *ranges: tuple[int, int]) -> None:
        ordered = sorted(ranges)
        self._firsts = [first for first, _last in ordered]
        self._lasts = [last for _first, last in ordered]
        #: The first character of the ranges: none before it is one of them.
        self.first = chr(self._firsts[0])

    def __contains__(self, char: str) -> bool:
        code = ord(char)
        index = bisect_right(self._firsts, code) - 1
        return index >= 0 and code <= self._lasts[index]


_CJK = _CodePoints(*_HAN_KANA, *_HANGUL)
_UNSPACED = _CodePoints(*_HAN_KANA, *_SOUTHEAST_ASIAN)


def has_cjk(text: str) -> bool:
    """Whether ``text`` has a Chinese, Japanese or Korean character."""
    if text.isascii() or max(text) < _CJK.first:  # a Latin, Greek or Cyrillic name: nearly every one
        return False
    return any(char in _CJK for char in text)


def written_without_spaces(char: str) -> bool:
    """Whether ``char`` is of a script written without spaces between words (Chinese,
    Japanese, Thai, Lao, Khmer, Myanmar), where a word has no boundary to find."""
    return bool(char) and char[0] in _UNSPACED
