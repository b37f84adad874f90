"""Regular expressions compiled on their first use, not as their module is imported.

Most of a module's patterns find an editor's slips, which a build seldom meets: compiling
the 109 that the article's build never used took about 63 M instructions as the hooks
loaded, 1.6% of that build (a test in ``tests/test_build_start.py`` names any new one). A
`DeferredPattern` is written where ``re.compile`` was and used as the pattern it stands
for (``_ROLE.search(text)``).
"""

from __future__ import annotations

import re
from typing import Any


class DeferredPattern:
    """``re.compile(source, flags)``, done when one of its attributes is first asked for."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for what the instance does not hold yet: each of the pattern's methods
        # is kept once asked for, so a later call costs what a compiled pattern's does.
        # A private name is none of the pattern's: a copy or an unpickled one, made without
        # `__init__`, asks for `__setstate__` before it holds `_source`.
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(re.compile(self._source, self._flags), name)
        setattr(self, name, value)
        return value
