"""A build's warnings noted in the ``mkdocs serve`` preview, not only in the terminal.

The preview shows a site whose build warned (a source no note cites, a glossary entry the
article never uses) as if nothing were amiss, and ``make build``, which is strict, then
stops on each warning: an editor who watched the preview and not the terminal found out
there. So, in the preview only, each page of a build that warned gets a small notice in a
corner of the window, closed until opened, that counts the warnings and gives them as the
terminal does (`add_notice`). The published site never has it: only the files the
preview serves are written to, after the build (`preview_errors`).
"""

from __future__ import annotations

import html
import logging
import os

log = logging.getLogger("mkdocs.plugins.explainer")

#: Where a page's own markup ends: the notice goes just before it.
_BODY_END = "</body>"

_NOTICE = """<aside class="explainer-preview-warnings" aria-label="Preview: the build's warnings"
  style="position: fixed; left: 0.5rem; bottom: 0.5rem; z-index: 100; max-width: min(40rem, calc(100vw - 1rem));
  padding: 0.3rem 0.7rem;
  border-left: 4px solid #f9a825; background: #fff8e1; color: #3e2723; font: 0.8rem/1.4 system-ui, sans-serif;
  box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3);">
<details><summary style="cursor: pointer;">{count}: a strict build (<code>make build</code>) stops on {them}</summary>
<pre style="max-height: 50vh; overflow: auto; white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.4rem 0;
  font-size: 0.75rem;">{warnings}</pre>
</details></aside>
"""


def warnings_notice(warnings: list[str]) -> str:
    """The notice of ``warnings``, as the terminal printed them; none for a build without any."""
    if not warnings:
        return ""
    one = len(warnings) == 1
    return _NOTICE.format(
        count="1 warning in this build" if one else f"{len(warnings)} warnings in this build",
        them="it" if one else "them",
        warnings=html.escape("\n\n".join(warnings), quote=False),
    )


def add_notice(root: str, pages: list[str], notice: str) -> None:
    """Put ``notice`` at the end of each of ``pages`` (relative to ``root``)."""
    if not notice:
        return
    for relative in pages:
        path = os.path.join(root, relative)
        try:
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
            end = text.rfind(_BODY_END)
            if end < 0:
                continue
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text[:end] + notice + text[end:])
        except (OSError, UnicodeDecodeError) as error:  # the terminal has the warnings: the notice is a convenience
            log.debug("Preview: could not note the warnings in %s: %s", path, error)
