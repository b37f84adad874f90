"""A source file's text as MkDocs reads it, or an error naming the first line that is not UTF-8.

MkDocs reads pages as UTF-8 and, on a byte that is not, stops with a traceback that names
no line. A page pasted from a word processor in another encoding is an editor's slip,
found by the line that holds it.
"""

from __future__ import annotations

import os

from mkdocs.structure.files import File

from .errors import not_utf8_error


def editor_path(file: File, root: str) -> str:
    """Where an editor finds ``file``: its path relative to ``root``, the project's folder
    (``docs/timeline.yml``); a file MkDocs holds in memory only is named by its URI."""
    return os.path.relpath(file.abs_src_path, root) if file.abs_src_path else file.src_uri


def source_text(file: File, path: str) -> str:
    """``file``'s text, as `File.content_string` gives it; ``path`` is the file as an editor finds it."""
    try:
        return file.content_string
    except UnicodeDecodeError:
        if file.abs_src_path is None:
            raise
        with open(file.abs_src_path, "rb") as handle:
            raw = handle.read()
        raise not_utf8_error(raw, path, first_bad_line(raw)) from None


def first_bad_line(raw: bytes) -> int | None:
    """The line of the first byte in ``raw`` that UTF-8 cannot read, or None if it reads."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return raw.count(b"\n", 0, error.start) + 1
    return None


def text_or_empty(path: str) -> str:
    """The text of the file at ``path``, or "" if it cannot be read: for placing a message
    at its line, where a file gone or garbled only loses the line, not the message."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError):
        return ""
