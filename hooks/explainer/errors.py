"""The one error type an editor sees: it names the file and line, and says what to do."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .deferred_patterns import DeferredPattern
from .yaml_loading import KeyGivenTwice, NotADate

#: What to do about a source file that is not UTF-8 (a page, a glossary entry, a .bib file).
NOT_UTF8_HINT = (
    "Save the file as UTF-8. The line holds a character typed or pasted in another encoding,"
    " often a quotation mark from a word processor."
)
#: The marks a file saved as UTF-16 starts with: what Notepad and Word save as "Unicode".
_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")
#: What to do about a file saved as UTF-16.
UTF16_HINT = 'Save it as UTF-8: what Notepad and Word call "Unicode" is UTF-16, which the build does not read.'
#: The marks a file saved as UTF-32 starts with; the first, little-endian, starts as UTF-16's does.
_UTF32_MARKS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")


class ExplainerError(Exception):
    """An input error an editor can fix (bad BibTeX, unknown citation key, bad glossary entry).

    The message starts with ``path:line:`` so that editors and their tools can jump to it.
    """

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None, hint: str = "") -> None:
        self.message = message
        self.path = path
        self.line = line
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        text = f"{where}{self.message}"
        if self.hint:
            text += f"\n    {self.hint}"
        return text


class ExplainerErrors(ExplainerError):
    """Several input errors found in one pass, reported together so an editor fixes them at once."""

    def __init__(self, errors: list[ExplainerError]) -> None:
        self.errors = list(errors)
        Exception.__init__(self, str(self))

    def __str__(self) -> str:
        count = len(self.errors)
        head = f"{count} error{'s' if count != 1 else ''} in the sources:"
        return "\n".join([head, *(f"  {error}" for error in self.errors)])


#: What to do about most YAML errors an editor makes.
YAML_HINT = "Close every bracket and quote, and quote a value that holds ': ' or starts with [, {, *, & or !."
#: What to do about a value YAML reads as a date that is not in the calendar (`yaml_loading.NotADate`).
NOT_A_DATE_HINT = 'Check the date in the source. YAML reads YYYY-MM-DD as a date unless it is in quotes: "{value}".'


#: What to do about a key written twice in one record (`yaml_loading.KeyGivenTwice`).
KEY_GIVEN_TWICE_HINT = (
    "YAML would keep the second `{key}:` and drop the first without a word: keep one, and put"
    " all its values (the items of a list) under it."
)


def yaml_error(error: Exception, *, what: str, path: str, first_line: int, text: str = "") -> ExplainerError:
    """An editor's error for a YAML parser's (PyYAML's ``MarkedYAMLError``).

    ``first_line``: the file's line number of the YAML's first line; ``text``: the YAML.
    The line reported is where the parser gave up; where a bracket or quote opened on an
    earlier line is the cause, the message names that line too. A tab that indents the line
    where the parser gave up is named (PyYAML would say only that a character "cannot start
    any token"); a tab further on, in a quoted value, say, is no cause, and the parser's
    problem is told. So is a date not in the calendar, and a key given twice in one record
    with the line of its first: the YAML parses either way. A field or
    list item indented otherwise than the one above it is named with that one's line and
    indentation: the parser says only that it "did not find expected key".
    """
    problem_mark = getattr(error, "problem_mark", None)
    line = problem_mark.line + first_line if problem_mark is not None else first_line
    if isinstance(error, NotADate):
        hint = NOT_A_DATE_HINT.format(value=error.value)
        return ExplainerError(str(error.problem), path=path, line=line, hint=hint)
    if isinstance(error, KeyGivenTwice):
        first = error.context_mark.line + first_line if error.context_mark is not None else None
        message = f"{what}: `{error.key}` is given twice in one record, first on line {first}"
        hint = KEY_GIVEN_TWICE_HINT.format(key=error.key)
        if error.context_mark is not None and problem_mark is not None:
            opened = _line(text, error.context_mark.line).lstrip()
            again = _line(text, problem_mark.line).lstrip()
            if opened.startswith("-") and not again.startswith("-"):
                # `- date: …` opens each record of a list: without its dash, the next record
                # runs on into the one above, and YAML keeps the second of each field.
                hint = (
                    f"If line {line} starts a record of its own, write `- ` before `{error.key}:`, as on line"
                    f" {first}: without it, YAML reads its lines as more of the record above. If not, keep one"
                    f" `{error.key}:`."
                )
        return ExplainerError(message, path=path, line=line, hint=hint)
    if problem_mark is not None and "\t" in _indentation(_line(text, problem_mark.line))[: problem_mark.column + 1]:
        message = f"{what}: the line is indented with a tab, and YAML allows only spaces there"
        return ExplainerError(
            message, path=path, line=line, hint="YAML forbids tabs for indentation: replace the tab with spaces."
        )
    problem = str(getattr(error, "problem", None) or "")
    slip = _indentation_slip(text, problem_mark.line, problem_mark.column, problem) if problem_mark else None
    if problem_mark is not None and slip is not None:
        (shown, spaces), (sibling, sibling_spaces, sibling_index) = slip
        message = (
            f"{what}: `{shown}` is {_indented(spaces)},"
            f" and `{sibling}` on line {sibling_index + first_line} is {_indented(sibling_spaces)}"
        )
        hint = (
            f"YAML reads what belongs together from its indentation: {indent_advice(shown, sibling_spaces)},"
            f" as `{sibling}`."
            " The fields of one record, and the `- ` items of one list, start in one column."
        )
        return ExplainerError(message, path=path, line=line, hint=hint)
    context_mark = getattr(error, "context_mark", None)
    context = getattr(error, "context", None)
    message = f"{what}: {getattr(error, 'problem', None) or 'invalid YAML'}"
    if context and context_mark is not None and (problem_mark is None or context_mark.line != problem_mark.line):
        message += f", {context} that starts on line {context_mark.line + first_line}"
    from .curly_quoted_values import curly_quoted_value_hint  # which reports with this module's errors

    hint = curly_quoted_value_hint(_line(text, problem_mark.line)) if problem_mark is not None else None
    return ExplainerError(message, path=path, line=line, hint=hint or YAML_HINT)


#: A line's indentation: its leading spaces and tabs, and the dashes of the list items it
#: opens (``  -\tBRI``, whose item is indented with a tab); a tab after it is in a value.
_INDENTATION = DeferredPattern(r"(?:[ \t]*-(?=[ \t]))*[ \t]*")


def _indentation(line: str) -> str:
    found = _INDENTATION.match(line)
    return found.group(0) if found else ""


def _line(text: str, index: int) -> str:
    """Line ``index`` of ``text`` (0 for the first), or "" past its end."""
    lines = text.split("\n")
    return lines[index] if 0 <= index < len(lines) else ""


#: The parser's words where a line is indented otherwise than its record or list (libyaml's
#: and PyYAML's): the line is the one that does not fit.
_INDENTATION_PROBLEMS = (
    "did not find expected key",
    "did not find expected '-' indicator",
    "mapping values are not allowed",
    "expected <block end>",
)
#: A line that starts a list item (``  - SCO``): its dash's column, and the item.
_ITEM = DeferredPattern(r"( *)-(?: +|$)(.*)")
#: A line that holds a field, alone or as a list item's first (``  event: …``, ``- date: …``).
_FIELD = DeferredPattern(r"( *(?:- +)?)([A-Za-z_][\w-]*):(?: |$)")


def indent_advice(shown: str, spaces: int) -> str:
    """``indent `event:` by 2 spaces``, or ``start `event:` at the line's start``."""
    if not spaces:
        return f"start `{shown}` at the line's start"
    return f"indent `{shown}` by {spaces} space{'s' if spaces != 1 else ''}"


def _indented(spaces: int) -> str:
    """``indented by 3 spaces``, ``not indented``."""
    return f"indented by {spaces} space{'s' if spaces != 1 else ''}" if spaces else "not indented"


def _indentation_slip(
    text: str, index: int, column: int, problem: str
) -> tuple[tuple[str, int], tuple[str, int, int]] | None:
    """Line ``index``, where the parser gave up with ``problem`` at ``column``, if its field or
    list item is indented otherwise than the nearest field or item above it: what it starts
    with and its indentation, and the same for that line and its index. None where they line
    up, or the parser's problem is another (a colon in a value: ``event: A: b``)."""
    lines = text.split("\n")
    if not 0 <= index < len(lines) or not any(words in problem for words in _INDENTATION_PROBLEMS):
        return None
    shape = _FIELD if _FIELD.match(lines[index]) and not _ITEM.match(lines[index]) else _ITEM
    here = shape.match(lines[index])
    if here is None or ("mapping values" in problem and (shape is not _FIELD or column != here.end(2))):
        return None
    #: The least indentation between a line above and this one: a line indented further was
    #: in a list or record that line closed (``- Mali`` under ``countries:``), no sibling.
    least = len(text)
    for above in range(index - 1, -1, -1):
        line = lines[above]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indentation = len(line) - len(line.lstrip(" "))
        sibling = shape.match(line)
        if sibling is not None and indentation <= least:
            if len(sibling.group(1)) == len(here.group(1)):
                return None
            field = shape is _FIELD
            return (_shown(here, field), len(here.group(1))), (_shown(sibling, field), len(sibling.group(1)), above)
        least = min(least, indentation)
    return None


def _shown(line: re.Match[str], field: bool) -> str:
    """How a message names a line matched by `_FIELD` (``event:``) or by `_ITEM` (``- SCO``)."""
    if field:
        return f"{line.group(2)}:"
    return f"- {line.group(2)}".rstrip()


def did_you_mean(name: str, known: Sequence[str]) -> str:
    """``Did you mean notes? `` for a misspelt option's name, or nothing: every known name
    that ``name`` begins (``all`` for ``all_categories or all_countries``), else the closest."""
    import difflib  # only for an editor's slip

    close = [option for option in known if option.startswith(f"{name}_")]
    close = close or difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return f"Did you mean {' or '.join(close)}? " if close else ""


def not_utf8_error(raw: bytes, path: str, line: int | None) -> ExplainerError:
    """The error for the file at ``path`` whose bytes ``raw`` UTF-8 cannot read at ``line``: a
    file saved as UTF-16 (or UTF-32) whole is named so, as no one line of it is the slip."""
    if raw.startswith(_UTF32_MARKS):
        return ExplainerError("the file is saved as UTF-32, not UTF-8", path=path, hint="Save it as UTF-8.")
    if raw.startswith(_UTF16_MARKS):
        return ExplainerError("the file is saved as UTF-16, not UTF-8", path=path, hint=UTF16_HINT)
    return ExplainerError("the file is not UTF-8", path=path, line=line, hint=NOT_UTF8_HINT)
