r"""LaTeX in a BibTeX field as Unicode text: pylatexenc, taught the commands bibliographies use.

pylatexenc reads accents, dashes, ties and text styles. Left to itself, it drops some
commands together with their text (``\mbox{…}``, ``\texttt{…}``, ``\LaTeX``, ``\S``),
prints placeholders (``<cit.>``), and stops with an IndexError on ``\href``. Here each
of those prints what it stands for; a command that still cannot be printed is a
`LatexProblem` that names it, never a silent loss.
"""

from __future__ import annotations

import re

from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec
from pylatexenc.latex2text import get_default_latex_context_db as text_context
from pylatexenc.latexwalker import get_default_latex_context_db as parse_context
from pylatexenc.macrospec import MacroSpec

from .deferred_patterns import DeferredPattern
from .richtext import ITALIC_END, ITALIC_START


class LatexProblem(ValueError):
    """A field's LaTeX that cannot be printed as text; the message says what to write instead."""


#: Commands that stand for a character or a word.
SYMBOLS = {
    "LaTeX": "LaTeX", "TeX": "TeX", "BibTeX": "BibTeX", "LaTeXe": "LaTeX2e",
    "S": "§", "P": "¶", "copyright": "©", "textcopyright": "©", "euro": "€", "texteuro": "€",
    "pounds": "£", "textsterling": "£", "textdollar": "$", "dag": "†", "ddag": "‡",
    "textdagger": "†", "textdaggerdbl": "‡", "textbullet": "•", "textdegree": "°",
}  # fmt: skip
#: Commands whose argument is set in italics: a book's title inside an article's title. The
#: text read keeps where italics start and end (`richtext.ITALIC_START`, `richtext.ITALIC_END`).
ITALIC = ("emph", "textit")
#: Commands whose argument is printed as it is: boxes and type styles the notes do not set.
PRINT_ARGUMENT = (
    "mbox", "hbox", "textup", "texttt", "textmd", "textrm", "textsf", "textnormal", "textsl",
    "textsuperscript", "textsubscript",
)  # fmt: skip
#: Commands whose last argument is the text, in another language: ``\foreignlanguage{french}{mot}``.
FOREIGN = {"foreignlanguage": "[{{", "textlang": "{{"}
#: Commands that rightly print nothing, their argument included: sorting tricks and struts.
HIDE_ARGUMENT = ("noopsort", "nocite", "phantom", "vphantom", "hphantom")
#: Commands that rightly print nothing themselves: spacing, and type switches (``{\em …}``),
#: whose text follows and is printed.
HIDE = (
    "relax", "newblock", "protect", "unskip", "nobreak", "allowbreak", "null",
    "em", "it", "bf", "sc", "sl", "rm", "sf", "tt", "upshape", "itshape", "slshape", "scshape",
    "bfseries", "mdseries", "normalfont", "small", "footnotesize", "large", "normalsize",
)  # fmt: skip
#: Commands that point elsewhere in a LaTeX document, which a note cannot follow.
POINTERS = frozenset({
    "cite", "citet", "citep", "citeauthor", "citeyear", "parencite", "textcite", "autocite",
    "footcite", "ref", "pageref", "eqref", "autoref", "label", "footnote",
})  # fmt: skip

#: ``\url{…}``: the address, read as it is written (a ``%`` or ``~`` in it is no LaTeX).
_URL = re.compile(r"\\url\s*\{([^{}]*)\}")
#: ``{\em …}``, ``{\it …}``: italics switched on for the rest of a group, read as ``\emph{…}``
#: up to the group's own closing brace (`_switched_italics_as_emph`).
_SWITCHED_ITALIC = re.compile(r"\{\\(?:em|it|itshape)(?![A-Za-z])\s*")
#: ``\href{address}``: the address of a link, whose text (the next group) is printed.
_HREF_ADDRESS = re.compile(r"\\href\s*\{[^{}]*\}")
#: A command's name; a line break (two backslashes) is matched whole, so that it is no command.
_COMMAND = re.compile(r"\\\\|\\([A-Za-z]+)")
_MATH = re.compile(r"(?<!\\)\$[^$]*\$")
#: ``&`` and ``%`` typed without a backslash of their own (``\\&`` is a line break, then one):
#: the characters, as a field without LaTeX reads them. LaTeX would read an alignment tab,
#: which prints nothing, and a comment, which loses the rest of the field.
_BARE_SPECIAL = re.compile(r"(?<!\\)((?:\\\\)*)([&%])")
#: ``\~{}`` and ``\^{}``: LaTeX's way to print a tilde or a caret (an address's ``~user``).
_SPACING_ACCENT = DeferredPattern(r"(?<!\\)\\([~^])\{\}")
#: An accent with no letter after it: ``{\'}e`` or ``\'{}e`` (the accent inside a group of
#: its own, the letter outside), ``\'?``, or ``\'`` at the field's end. LaTeX sets the accent
#: alone, and pylatexenc drops it or puts it on the mark: the name would lose its accent.
_ACCENT_ON_NOTHING = re.compile(
    r"""(?<!\\)\\(['`^"~=.]|[uvHcdbrkt](?![A-Za-z]))[ \t]*(\{[ \t]*\}|(?=\})|$|(?=[^\sA-Za-z{\\]))"""
)
#: Stands in for a ``\url``'s address while the rest is read: private-use characters.
_KEPT = "\ue000{}\ue001"
_KEPT_BACK = DeferredPattern("\ue000(\\d+)\ue001")


class LatexText:
    """Reads the LaTeX of BibTeX fields as text: `text` for one field's value."""

    def __init__(self) -> None:
        parsing = parse_context()
        parsing.add_context_category(
            "explainer-bibliography",
            macros=[
                *(MacroSpec(name, "") for name in (*SYMBOLS, *HIDE)),
                *(MacroSpec(name, "{") for name in (*PRINT_ARGUMENT, *HIDE_ARGUMENT)),
                *(MacroSpec(name, arguments) for name, arguments in FOREIGN.items()),
            ],
            prepend=True,
        )
        texts = text_context()
        texts.add_context_category(
            "explainer-bibliography",
            macros=[
                *(MacroTextSpec(name, simplify_repl=_constant(symbol)) for name, symbol in SYMBOLS.items()),
                *(MacroTextSpec(name, discard=False) for name in PRINT_ARGUMENT),
                *(MacroTextSpec(name, simplify_repl=_italic) for name in ITALIC),
                *(MacroTextSpec(name, simplify_repl=_last_argument) for name in FOREIGN),
                *(MacroTextSpec(name, discard=True) for name in (*HIDE_ARGUMENT, *HIDE)),
            ],
            prepend=True,
        )
        self._parsing = parsing
        self._texts = texts
        self._decoder = LatexNodes2Text(latex_context=texts, math_mode="verbatim", strict_latex_spaces=True)

    def text(self, latex: str) -> str:
        """``latex`` as Unicode text, its runs of spaces as one, where italics start and
        end marked (`richtext.unmarked` takes the marks out); `LatexProblem` if a command in it
        cannot be printed."""
        addresses: list[str] = []

        def keep(found: re.Match) -> str:
            addresses.append(found.group(1).strip())
            return _KEPT.format(len(addresses) - 1)

        latex = _switched_italics_as_emph(_HREF_ADDRESS.sub("", _URL.sub(keep, latex)))
        if "{}" in latex:
            latex = _SPACING_ACCENT.sub(lambda found: keep(_Kept(found.group(1))), latex)
        latex = _BARE_SPECIAL.sub(r"\1\\\2", latex)
        self._check_commands(latex)
        _check_accents(latex)
        try:
            decoded = self._decoder.latex_to_text(latex, latex_context=self._parsing)
        except Exception as error:  # pylatexenc raises what its parser meets: IndexError, its own errors
            raise LatexProblem(
                f"its LaTeX cannot be read ({type(error).__name__}: {error}); write the text as Unicode characters"
            ) from None
        decoded = re.sub(r"\s+", " ", decoded).strip()
        return _KEPT_BACK.sub(lambda found: addresses[int(found.group(1))], decoded) if addresses else decoded

    def _check_commands(self, latex: str) -> None:
        for found in _COMMAND.finditer(_MATH.sub("", latex)):
            name = found.group(1)
            if name is None:  # a line break
                continue
            if name in POINTERS:
                raise LatexProblem(
                    f"holds \\{name}, which points into a LaTeX document and cannot be printed in a note;"
                    " write the text it stands for, or remove it"
                )
            if self._texts.get_macro_spec(name) is None:
                raise LatexProblem(
                    f"holds \\{name}, a LaTeX command the notes cannot print; write the text it stands for,"
                    " in Unicode characters"
                )


class _Kept:
    """A character to keep as it is, in the place of the match `LatexText.text`'s ``keep`` takes."""

    def __init__(self, text: str) -> None:
        self._text = text

    def group(self, index: int) -> str:
        return self._text


def _check_accents(latex: str) -> None:
    """`LatexProblem` for an accent with no letter to set it on (`_ACCENT_ON_NOTHING`)."""
    if (found := _ACCENT_ON_NOTHING.search(latex)) is None:
        return
    accent = "\\" + found.group(1)
    grouped = found.group(2).startswith("{") or latex[found.end() : found.end() + 1] == "}"
    end = found.end() + (latex[found.end() : found.end() + 1] == "}")
    after = latex[end : end + 1]
    if grouped and after.isalpha():
        start = found.start() - latex[: found.start()].endswith("{")
        written, meant = latex[start:end] + after, f"{{{accent}{after}}}"
        problem = f"puts the accent {accent} on no letter ({written}): the letter {after} is outside its group"
        raise LatexProblem(f"{problem}; write {meant}, or the accented letter itself")
    raise LatexProblem(
        f"holds the accent {accent} with no letter after it; write the letter after it ({{{accent}e}}), or the"
        " accented letter itself"
    )


def _switched_italics_as_emph(latex: str) -> str:
    """``{\\em Das {Kapital}}`` as ``\\emph{Das {Kapital}}``: the group's braces are counted, so
    that one holding a group of its own (a capital kept by braces) is in italics too."""
    while found := _SWITCHED_ITALIC.search(latex):
        depth, end = 1, found.end()
        while end < len(latex) and depth:
            if latex[end] == "\\":
                end += 1  # an escaped brace (``\\{``) opens no group
            elif latex[end] in "{}":
                depth += 1 if latex[end] == "{" else -1
            end += 1
        if depth:  # never closed: the parser names the field's unbalanced braces
            return latex
        latex = f"{latex[: found.start()]}\\emph{{{latex[found.end() : end - 1]}}}{latex[end:]}"
    return latex


def _italic(node, l2tobj: LatexNodes2Text) -> str:
    arguments = [argument for argument in node.nodeargd.argnlist if argument is not None]
    text = l2tobj.nodelist_to_text(arguments[-1:])
    return f"{ITALIC_START}{text}{ITALIC_END}" if text.strip() else text


def _constant(text: str):
    return lambda node: text


def _last_argument(node, l2tobj: LatexNodes2Text) -> str:
    arguments = [argument for argument in node.nodeargd.argnlist if argument is not None]
    return l2tobj.nodelist_to_text(arguments[-1:])
