"""The one error type an editor sees: it names the file and line, and says what to do."""

from __future__ import annotations


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
