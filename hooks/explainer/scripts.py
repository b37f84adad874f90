"""Writing systems whose conventions the notes and the PDF follow: Chinese, Japanese, Korean."""

from __future__ import annotations

import re

#: Han characters, kana and Hangul: the scripts of Chinese, Japanese and Korean.
_CJK = re.compile(
    "[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003ffff]"
)


def has_cjk(text: str) -> bool:
    """Whether ``text`` has a Chinese, Japanese or Korean character."""
    return _CJK.search(text) is not None
