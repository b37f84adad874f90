"""MkDocs' warning about an option of ``mkdocs.yml`` it does not know, given its line and
the option meant.

MkDocs says only "Config value 'markdown_extension': Unrecognised configuration name:
markdown_extension", builds as if the line were not there, and stops a strict build at
once. `UnknownOptionLines` puts ``mkdocs.yml:LINE:`` in front, keeps MkDocs' words, and
names the closest option MkDocs knows.
"""

from __future__ import annotations

import logging
import os
import re
import sys

from .source_text import text_or_empty

#: MkDocs' words for a top-level option it does not know, in `mkdocs.config.base.load_config`.
_UNKNOWN_OPTION = re.compile(r"Config value '(?P<name>[^']+)': Unrecognised configuration name: (?P=name)$")


class UnknownOptionLines(logging.Filter):
    """A filter for MkDocs' config logger: each warning about an unknown option starts with
    ``mkdocs.yml:LINE:`` and ends with the option meant and what to do."""

    def filter(self, record: logging.LogRecord) -> bool:
        found = _UNKNOWN_OPTION.match(record.getMessage())
        loaded = _config_being_loaded() if found else None
        if found is None or loaded is None:
            return True
        config_file, known = loaded
        name = found["name"]
        where = ""
        if placed := option_place(config_file, name):
            written, line = placed
            where = f"{os.path.relpath(written, os.path.dirname(os.path.abspath(config_file)))}:{line}: "
        record.msg, record.args = f"{where}{record.getMessage()}\n    {_hint(name, known)}", None
        return True


def _config_being_loaded() -> tuple[str, list[str]] | None:
    """The file of the configuration MkDocs (or ProperDocs) is loading, and its options' names.

    MkDocs logs the warning from ``load_config`` before any event, with nothing of the
    file in the record, and stops a strict build right after: the configuration is that
    call's own ``cfg``. None if it cannot be found there (another version's code)."""
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_name == "load_config":
            config = frame.f_locals.get("cfg")
            path = getattr(config, "config_file_path", None)
            schema = getattr(config, "_schema", None)
            if isinstance(path, str) and schema is not None:
                return path, [known for known, _ in schema]
            return None
        frame = frame.f_back
    return None


def option_place(config_file: str, name: str) -> tuple[str, int] | None:
    """The file and line where the top-level option ``name`` is written: ``config_file``, or
    a file its ``INHERIT:`` names (and so on up), as MkDocs reads them; None if neither."""
    seen: set[str] = set()
    while config_file not in seen:
        seen.add(config_file)
        text = text_or_empty(config_file)
        if line := top_level_line(text, name):
            return config_file, line
        parent = _INHERIT.search(text)
        if parent is None:
            return None
        config_file = os.path.normpath(os.path.join(os.path.dirname(config_file), parent["path"]))
    return None


#: The line of a configuration file that names the file it builds on.
_INHERIT = re.compile(r"^INHERIT[ \t]*:[ \t]*([\"']?)(?P<path>[^\"'#\n]+?)\1[ \t]*(?:#.*)?$", re.MULTILINE)


def top_level_line(text: str, name: str) -> int | None:
    """The line of ``text`` (``mkdocs.yml``) where the top-level option ``name`` is written."""
    found = re.search(rf"^([\"']?){re.escape(name)}\1[ \t]*:", text, re.MULTILINE)
    return text.count("\n", 0, found.start()) + 1 if found else None


def _hint(name: str, known: list[str]) -> str:
    import difflib  # only for an editor's slip

    closest = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    meant = f"Did you mean {closest[0]}? " if closest else ""
    return f"{meant}MkDocs builds the site as if the line were not there: fix the option's name, or delete it."
