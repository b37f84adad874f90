"""Editors' short texts that the build sets outside Markdown: glossary definitions, summary points, timeline events.

Such a text is plain but for emphasis (``*qiaowu*``), which is set in ``<em>``, or dropped
where only plain text can go (a hover); its quotation marks are set as print sets them
(`smart_quotes`), and a day stays on one line with its month, as in the notes
(`richtext.days_unbroken_html`). Anything else Markdown or HTML would do there
(a link, code, a tag, a citation) would show as typed, so it is an error.
"""

from __future__ import annotations

import html
import re

from .richtext import days_unbroken_html
from .smart_quotes import educate, keep_marks_with_words

#: Markup such a text cannot hold: code, a link, a citation or note call, a tag.
_MARKUP = re.compile(r"`|\[[^\]]*\]\(|\[[@^]|</?[A-Za-z][^>]*>")
#: Emphasis as Markdown writes it: ``*words*`` or ``_words_``.
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)([^_]+?)(?<=\S)_(?!\w)")

#: What an error about such markup tells the editor to do.
MARKUP_HINT = "Write it as text, with *emphasis* at most: links, code, HTML and citations go in the page's body."


def markup_in(text: str, *, emphasis: bool = False) -> str | None:
    """The first markup in ``text`` that would show as typed (emphasis too if ``emphasis``), if any."""
    found = _MARKUP.search(text) or (_EMPHASIS.search(text) if emphasis else None)
    return found.group(0) if found else None


def emphasis_forms(text: str, *, typographic: bool = True, language: str = "en") -> tuple[str, str]:
    """``text`` as plain text and as HTML, its emphasis dropped or set in ``<em>``, and if
    ``typographic`` its quotation marks set as print sets them (`smart_quotes.educate`); in
    any language, a space beside a mark as French sets it is non-breaking. In the HTML, a
    day and its month (``11 October``, or as ``language`` writes them: ``11 octobre``) are
    set in a span no line breaks; the text is the same."""
    text = keep_marks_with_words(educate(text) if typographic else text)
    plain, marked, cursor = [], [], 0
    for found in _EMPHASIS.finditer(text):
        words = found.group(1) or found.group(2)
        before = text[cursor : found.start()]
        plain += (before, words)
        marked += (html.escape(before), f"<em>{html.escape(words)}</em>")
        cursor = found.end()
    plain.append(text[cursor:])
    marked.append(html.escape(text[cursor:]))
    return "".join(plain), days_unbroken_html("".join(marked), (language,))
