"""Braces that give a language where attr_list never reads them, so that a page shows them as typed.

attr_list reads an attribute list in a paragraph only right after an inline element:
``*Heimat*{lang=de}`` marks the emphasis, but ``Heimat{lang=de}`` is plain text followed by
braces, which Markdown leaves as they are, as it does ``*Heimat* {lang=de}`` (a space
before the braces) in a paragraph, and so is ``[Heimat]{lang=de}`` unless
``pymdownx.bracketspan`` (which reads it as a span) is enabled or ``[Heimat]`` is a link. A
warning, not an error: the author's pages are never changed, and a strict build stops on it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .deferred_patterns import DeferredPattern
from .markdown_languages import markdown_read

#: An attribute list that gives a language, as `markdown_languages` finds one (``{LANG=de}`` too).
_LANG_LIST = DeferredPattern(r"\{:?[^{}\n]*?(?<![\w-])(?i:lang)=[^{}\n]*\}")
#: What `_LANG_LIST` needs in a page: the cheap test.
_MAY_GIVE_LANGUAGE = re.compile(r"(?i)lang=")
#: The characters that close an inline element attr_list reads braces after: emphasis, strong,
#: and pymdownx's ~~, ==, ^^ (left alone: whether they are enabled is not told here).
_CLOSES_ELEMENT = frozenset("*_~=^")
#: An HTML tag just before the braces, which Markdown passes on as text, not as an element
#: (an autolink, ``<https://…>``, is one).
_TAG_BEFORE = DeferredPattern(r"<(/?)([A-Za-z][\w-]*)(?:\s[^<>]*)?>$")
#: A link or an image just before the braces: ``[words](address)``, an address with a pair of
#: parentheses in it too (``…/wiki/Heimat_(Film)``), as Wikipedia's often hold.
_LINK_BEFORE = DeferredPattern(r"\]\((?:[^()\n]|\([^()\n]*\))*\)$")
#: How far before the braces the checks look: the element they follow, never the page up to them
#: (a copy of which, for each list, made a page of thousands of lists take seconds).
_LOOK_BACK = 1000
#: The bracketed words just before the braces, and a reference's label after them: ``[a]``, ``[a][b]``.
_BRACKETS_BEFORE = DeferredPattern(r"\[([^\[\]\n]+)\](?:\[([^\[\]\n]*)\])?$")
#: The plain words the braces follow, to name them.
_WORD_BEFORE = DeferredPattern(r"[^\s*_\[\](){}<>`]+$")
#: A word, for the example of what to write: not the marks around it (``(Heimat)``, ``"Heimat``, ``word:``).
_A_WORD = DeferredPattern(r"[^\W_][\w'’-]*")
#: The names under which mkdocs.yml enables pymdownx's bracketed spans.
BRACKET_SPAN_EXTENSIONS = frozenset({"pymdownx.bracketspan"})


def reads_bracket_spans(extensions: Sequence[object]) -> bool:
    """Whether ``extensions`` (a configuration's ``markdown_extensions``) hold pymdownx.bracketspan."""
    return any(
        (extension if isinstance(extension, str) else type(extension).__module__).split(":")[0]
        in BRACKET_SPAN_EXTENSIONS
        for extension in extensions
    )


def unread_attribute_list_warnings(source: str, path: str, *, bracket_spans: bool = False) -> list[str]:
    """A warning for each attribute list giving a language that ``source`` (the Markdown of
    the page at ``path``) writes right after plain words, where attr_list does not read it."""
    if not _MAY_GIVE_LANGUAGE.search(source):
        return []
    text = markdown_read(source)
    references = None
    warnings = []
    line, counted = 1, 0
    for found in _LANG_LIST.finditer(text):
        start = found.start()
        line += text.count("\n", counted, start)
        counted = start
        if start and source[start - 1] == "`":
            continue  # after a code span, which markdown_read blanks: an element attr_list reads
        before = text[max(0, start - _LOOK_BACK) : start]
        braces = found.group(0)
        if before and before[-1] in " \t":
            if spaced := _after_a_space(text, found, path, line):
                warnings.append(spaced)
            continue
        if (
            not before
            or before[-1].isspace()
            or before[-1] in _CLOSES_ELEMENT
            or (before[-1] == ")" and _LINK_BEFORE.search(before))
        ):
            continue  # a block's list, or one after an element
        if before[-1] == ">":
            if tag := _TAG_BEFORE.search(before):
                name = tag.group(2)
                warnings.append(
                    f"{path}:{line}: the attribute list {braces!r} follows the HTML tag {tag.group(0)!r}, so it would"
                    " show as typed: attr_list reads braces only after Markdown's own elements."
                    f' Give the tag its language itself: `<{name} lang="…">`.'
                )
            continue
        if brackets := _BRACKETS_BEFORE.search(before):
            if references is None:
                references = _reference_labels(text)
            label = brackets.group(2) or brackets.group(1)
            if bracket_spans or _label(label) in references:
                continue  # a span, or a link
            words = brackets.group(1)
            warnings.append(
                f"{path}:{line}: the attribute list {braces!r} follows [{words}], which is no link,"
                " so it would show as typed, brackets and all: attr_list reads braces only after an element."
                f" Write `*{words}*{braces}`, in italics; or, to keep the words upright, list"
                " `- pymdownx.bracketspan` under `markdown_extensions` in mkdocs.yml, which reads"
                f" `[{words}]{braces}` as a span."
            )
            continue
        word = _WORD_BEFORE.search(before)
        words = word.group(0) if word else before[-1]
        warnings.append(
            f"{path}:{line}: the attribute list {braces!r} follows plain text ({words!r}), so it would show"
            " as typed: attr_list reads braces only after an element."
            f" Set the words it is for in emphasis, right before it, with no space: `*{_last_word(before)}*{braces}`."
        )
    return warnings


#: The line under a Setext heading, or a definition's after its term (blank lines may come
#: between them): the list ends the heading or the term.
_UNDER_TERM = DeferredPattern(r"[ \t]*(?:=+|-+)[ \t]*(?:\n|$)|(?:[ \t]*\n)*:[ \t]")
#: Emphasis just before the space: its words.
_EMPHASIS_BEFORE = DeferredPattern(r"(\*{1,2}|_{1,2})([^*_\n]+?)\1[ \t]+$")


def _after_a_space(text: str, found: re.Match[str], path: str, line: int) -> str | None:
    """The warning for an attribute list after a space, which attr_list reads only at the end of
    a heading, a table's cell or a definition's term, or alone on its line after a block."""
    start = text.rfind("\n", 0, found.start()) + 1
    end = text.find("\n", found.end())
    written = text[start : end if end >= 0 else None]
    before = text[start : found.start()]
    if not before.strip() or written.lstrip().startswith("#") or "|" in written:
        return None
    if end >= 0 and _UNDER_TERM.match(text, end + 1) and not text[found.end() : end].strip():
        return None
    braces = found.group(0)
    if emphasis := _EMPHASIS_BEFORE.search(before):
        example = f"{emphasis.group(0).rstrip()}{braces}"
    else:
        example = f"*{_last_word(before)}*{braces}"
    return (
        f"{path}:{line}: the attribute list {braces!r} follows a space, so it would show as typed: attr_list reads"
        " braces in a paragraph only right after an element. Write them right after the emphasis, with no space:"
        f" `{example}`."
    )


def _last_word(text: str) -> str:
    """The last word of ``text`` (a line up to the braces), without the marks around it; "…" if none."""
    words = _A_WORD.findall(text[-80:])
    return words[-1] if words else "…"


_DEFINITION = DeferredPattern(r"^ {0,3}\[([^\[\]\n]+)\]:", re.M)


def _reference_labels(text: str) -> set[str]:
    """The labels of the page's link references (``[label]: address``), as Markdown matches them."""
    return {_label(found.group(1)) for found in _DEFINITION.finditer(text)}


def _label(label: str) -> str:
    return " ".join(label.split()).casefold()
