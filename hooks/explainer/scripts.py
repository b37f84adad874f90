"""Writing systems whose conventions the notes and the PDF follow: Chinese, Japanese, Korean."""

from __future__ import annotations

import re

#: Han characters and kana: Chinese and Japanese, written without spaces between words.
_HAN_KANA = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003ffff"
#: Hangul: Korean, written with spaces.
_HANGUL = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"
#: Thai, Lao, Myanmar and Khmer, written without spaces between words too.
_SOUTHEAST_ASIAN = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_CJK = re.compile(f"[{_HAN_KANA}{_HANGUL}]")
_UNSPACED = re.compile(f"[{_HAN_KANA}{_SOUTHEAST_ASIAN}]")


def has_cjk(text: str) -> bool:
    """Whether ``text`` has a Chinese, Japanese or Korean character."""
    return _CJK.search(text) is not None


def written_without_spaces(char: str) -> bool:
    """Whether ``char`` is of a script written without spaces between words (Chinese,
    Japanese, Thai, Lao, Khmer, Myanmar), where a word has no boundary to find."""
    return _UNSPACED.match(char) is not None
