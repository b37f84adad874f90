"""Editors' short texts that the build sets outside Markdown: glossary definitions, summary points, timeline events.

Such a text is plain but for emphasis (``*qiaowu*``), which is set in ``<em>``, or dropped
where only plain text can go (a hover); emphasis may give its words' language as a page's
Markdown does (attr_list: ``*Heimat*{lang=de}``), set as ``<em lang>`` and
dropped from the plain text with the emphasis; its quotation marks are set as print sets them
(`smart_quotes`), and a day stays on one line with its month, as in the notes
(`richtext.days_unbroken_html`). Anything else Markdown or HTML would do there
(a link, code, a tag, a citation) would show as typed, so it is an error.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from .languages import language_tag, separator_problem, tag_problem
from .richtext import days_unbroken_html
from .smart_quotes import educate, keep_marks_with_words

#: Markup such a text cannot hold: code, a link, a citation or note call, a tag, and strong
#: emphasis (``**bold**``), which showed with its asterisks.
_MARKUP = re.compile(r"`|\[[^\]]*\]\(|\[[@^]|</?[A-Za-z][^>]*>|\*\*(?=\S)[^*]+?(?<=\S)\*\*|__(?=\S)[^_]+?(?<=\S)__")
#: Emphasis as Markdown writes it: ``*words*`` or ``_words_``, and the attribute list that
#: may follow it, as attr_list reads one: ``{lang=zh-Latn}``, ``{: lang="zh-Latn" }``.
_EMPHASIS = re.compile(
    r"(?:(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)([^_]+?)(?<=\S)_(?!\w))"
    r"(?:\{:?[ ]*([^{}\n]*?)[ ]*\})?"
)
#: An attribute list anywhere (attr_list's form): one that follows no emphasis shows as typed;
#: so does one meant to give a language, a space or a colon by its ``=`` (``{lang = de}``).
_ATTRIBUTES = re.compile(r"\{:?[ ]*(?:[.#][\w-]|[\w-]+=|(?i:lang)[ \t]*[=:])[^{}\n]*\}")
#: The one attribute these texts take, its value quoted or not; the quotes may have been set
#: as print sets them (`smart_quotes` runs first). Its name in any case, as attr_list writes it
#: and HTML reads it (``LANG``); a space or a colon by its ``=``, which attr_list reads as no
#: language, is named (`languages.separator_problem`).
_LANG = re.compile(r"(?i:lang)(?P<sign>[ \t]*[=:][ \t]*)(?:[\"'“”‘’]([^\"'“”‘’]*)[\"'“”‘’]|([^\s\"'“”‘’]*))")

#: What an error about such markup tells the editor to do.
MARKUP_HINT = "Write it as text, with *emphasis* at most: links, code, HTML and citations go in the page's body."


def markup_in(text: str, *, emphasis: bool = False) -> str | None:
    """The first markup in ``text`` that would show as typed (emphasis and an attribute list
    too if ``emphasis``), if any."""
    found = _MARKUP.search(text) or ((_EMPHASIS.search(text) or _ATTRIBUTES.search(text)) if emphasis else None)
    return found.group(0) if found else None


def language_problem(text: str) -> tuple[str, str] | None:
    """What is wrong with the first attribute list of ``text`` that is wrong, and what to
    write instead: one that follows no emphasis (it would show as typed), one that gives
    anything but a language, or a language that is no code (`languages.tag_problem`)."""
    after_emphasis = set()
    for found in _EMPHASIS.finditer(text):
        if found.group(3) is None:
            continue
        after_emphasis.add(found.start(3))
        written = found.group(0)[found.end(1 if found.group(1) else 2) + 1 - found.start() :]
        lang = _LANG.fullmatch(found.group(3))
        if lang is None:
            return (
                f"the attribute list {written!r} gives something other than a language, which this text cannot hold",
                f"Give the words' language alone: `*{found.group(1) or found.group(2)}*{{lang=zh-Latn}}`.",
            )
        if problem := separator_problem(written, lang["sign"], lang.group(2) or lang.group(3) or ""):
            return problem
        code = lang.group(2) or lang.group(3) or ""
        if problem := tag_problem(code, "lang", lambda code: f"{{lang={code}}}", quoted=written):
            return problem
    for found in _ATTRIBUTES.finditer(text):
        if not any(found.start() <= start < found.end() for start in after_emphasis):
            return (
                f"the attribute list {found.group(0)!r} follows no *emphasis*, so it would show as typed",
                "Set the words it is for in emphasis, right before it, with no space: `*Heimat*{lang=de}`.",
            )
    return None


def emphasis_forms(
    text: str, *, typographic: bool = True, language: str = "en", lang_of: Callable[[str], str] | None = None
) -> tuple[str, str]:
    """``text`` as plain text and as HTML, its emphasis dropped or set in ``<em>``, and if
    ``typographic`` its quotation marks set as print sets them (`smart_quotes.educate`); in
    any language, a space beside a mark as French sets it is non-breaking. In the HTML, a
    day and its month (``11 October``, or as ``language`` writes them: ``11 octobre``) are
    set in a span no line breaks; the text is the same. An emphasis's language is set as
    ``<em lang>``: the one its attribute list gives (`language_problem` has checked it), or
    else the one ``lang_of`` finds for its words (the glossary's: `glossary.names_language`)."""
    text = keep_marks_with_words(educate(text) if typographic else text)
    plain, marked, cursor = [], [], 0
    for found in _EMPHASIS.finditer(text):
        words = found.group(1) or found.group(2)
        before = text[cursor : found.start()]
        plain += (before, words)
        lang = _LANG.fullmatch(found.group(3) or "")
        code = (lang.group(2) or lang.group(3) or "") if lang else ""
        code = (language_tag(code) or code) if code else (lang_of(words) if lang_of is not None else "")
        opening = f'<em lang="{html.escape(code)}">' if code else "<em>"
        marked += (html.escape(before), f"{opening}{html.escape(words)}</em>")
        cursor = found.end()
    plain.append(text[cursor:])
    marked.append(html.escape(text[cursor:]))
    return "".join(plain), days_unbroken_html("".join(marked), (language,))


_BARE_EMPHASIS = re.compile(r"<em>([^<]*)</em>")


def with_emphasis_languages(marked: str, lang_of: Callable[[str], str]) -> str:
    """``marked`` (`emphasis_forms`' HTML) with the language ``lang_of`` finds for the words
    of each ``<em>`` that gives none."""

    def with_language(found: re.Match[str]) -> str:
        lang = lang_of(html.unescape(found.group(1)))
        return f'<em lang="{html.escape(lang)}">{found.group(1)}</em>' if lang else found.group(0)

    return _BARE_EMPHASIS.sub(with_language, marked) if "<em>" in marked else marked
