"""MkDocs' warning about a nav entry whose page is not there, given its line in ``mkdocs.yml``
and what to do.

MkDocs says only "A reference to 'conclusions.md' is included in the 'nav' configuration,
which is not found in the documentation files.": no file, no line, no page meant. After a
page is renamed, or with a slip in its path, `NavLines` puts ``mkdocs.yml:LINE:`` in front,
as every other message of the build has it, keeps MkDocs' words, and names the closest page.
"""

from __future__ import annotations

import logging
import os
import posixpath
import re
from collections import Counter
from collections.abc import Iterable

from .deferred_patterns import DeferredPattern
from .errors import ExplainerError
from .source_text import text_or_empty

#: The loggers that warn of a nav entry whose page is not there: MkDocs', and ProperDocs'.
NAV_LOGGERS = ("mkdocs.structure.nav", "properdocs.structure.nav")

#: MkDocs' words for a nav entry it cannot find, in `mkdocs.structure.nav`.
_NAV_WARNING = DeferredPattern(
    r"A reference to '(?P<path>[^']+)' is included in the 'nav' configuration, which is not found"
)


#: MkDocs' words, as a note, for a nav entry that starts with ``/``, which it takes for an address on the server.
_ABSOLUTE_NOTE = DeferredPattern(
    r"An absolute path to '(?P<path>/[^']+)' is included in the 'nav' configuration",
)

#: MkDocs' words for pages of the docs folder that the nav leaves out (``omitted_files``).
_OMITTED_WARNING = DeferredPattern(
    r"The following pages exist in the docs directory, but are not included in the \"nav\"",
)

#: What to do about a page the nav leaves out, and why it matters to a reader.
OMITTED_HINT = (
    "Add each page to `nav` in mkdocs.yml, where it belongs in the article's order: outside it, readers"
    " would not find it, the PDF would leave it out, and its notes would be numbered after the last page's."
)


class NavLines(logging.Filter):
    """A filter for MkDocs' nav logger: each warning about a missing page starts with
    ``mkdocs.yml:LINE:`` and ends with what to write instead; the warning about pages the
    nav leaves out starts with the line of ``nav:`` and ends with what to do."""

    def __init__(self, config_file: str, docs_dir: str, root: str) -> None:
        super().__init__()
        self.config_file = config_file
        self.docs_dir = docs_dir
        self.root = root
        #: The nav's pages that a hook has warned of already, with why and what to do (`explained`).
        self.explained: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if (absolute := _ABSOLUTE_NOTE.match(record.getMessage())) and os.path.isfile(
            os.path.join(self.docs_dir, absolute["path"].lstrip("/"))
        ):
            # `/conclusion.md`: a page of the docs folder, written with a / before it. MkDocs
            # notes an address and links to it; the nav has no page there, and only the warning
            # that the page is left out of the nav, whose line names it, says anything.
            self._absolute_page(record, absolute["path"])
            return True
        found = _NAV_WARNING.match(record.getMessage())
        if found is None:
            if _OMITTED_WARNING.match(record.getMessage()):
                record.msg, record.args = f"{self._nav_place()}: {record.getMessage()}\n    {OMITTED_HINT}", None
            return True
        path = found["path"]
        if path in self.explained:
            # A page the hooks write (the timeline's) from a file that is not there: their
            # warning says so; MkDocs' would add "or create the page", which is not the fix.
            return False
        line = nav_line(text_or_empty(self.config_file), path)
        shown = os.path.relpath(self.config_file, self.root)
        where = f"{shown}:{line}" if line else shown
        record.msg, record.args = f"{where}: {record.getMessage()} {_hint(path, self.docs_dir)}", None
        return True

    def _absolute_page(self, record: logging.LogRecord, path: str) -> None:
        """``record``, MkDocs' note of an address ``path`` that is a page's path after its ``/``,
        made a warning at the entry's line, with what to write."""
        line = nav_line(text_or_empty(self.config_file), path)
        shown = os.path.relpath(self.config_file, self.root)
        where = f"{shown}:{line}" if line else shown
        page = path.lstrip("/")
        record.msg, record.args = (
            f"{where}: '{path}' starts with /, so the nav links to an address on the server, not to the page"
            f" {page}\n    Write {page}: a page is named by its path inside the docs folder, with no / before it.",
            None,
        )
        record.levelno, record.levelname = logging.WARNING, logging.getLevelName(logging.WARNING)

    def _nav_place(self) -> str:
        """``mkdocs.yml:LINE`` of the ``nav:`` key, or the file alone if it is not found."""
        shown = os.path.relpath(self.config_file, self.root)
        text = text_or_empty(self.config_file)
        found = re.search(r"^nav\s*:", text, re.MULTILINE)
        return f"{shown}:{text.count(chr(10), 0, found.start()) + 1}" if found else shown


def explained(path: str) -> None:
    """Say no more of the nav's ``path`` not being found than a hook has said: the page it
    writes from a file or a folder that is not there (`NavLines`)."""
    for name in NAV_LOGGERS:
        for each in logging.getLogger(name).filters:
            if isinstance(each, NavLines):
                each.explained.add(path)


def nav_place(config_file: str, root: str, path: str) -> str:
    """``mkdocs.yml:LINE`` of the nav item that names ``path``, relative to ``root``; the
    file alone where no item names it."""
    shown = os.path.relpath(config_file, root)
    line = nav_line(text_or_empty(config_file), path)
    return f"{shown}:{line}" if line else shown


def nav_line(text: str, path: str) -> int | None:
    """The line of ``text`` (``mkdocs.yml``) where a nav item names ``path``, titled or not
    (``- conclusions.md``, ``- Conclusion: conclusions.md``, quoted or not)."""
    return next(iter(_nav_lines(text, path)), None)


def _nav_lines(text: str, path: str) -> list[int]:
    """Each line of ``text`` (``mkdocs.yml``) where a nav item names ``path`` (`nav_line`)."""
    item = re.compile(r"^\s*-\s*(?:[^\n]*:\s+)?([\"']?)" + re.escape(path) + r"\1\s*(?:#.*)?$", re.MULTILINE)
    return [text.count("\n", 0, found.start()) + 1 for found in item.finditer(text)]


def pages_listed_twice(
    pages: Iterable[str], written: Iterable[str], config_file: str, root: str
) -> list[ExplainerError]:
    """An error for each page that the nav of ``config_file`` names more than once, at the line
    of its second place: ``pages``, the source path of each page of the nav as MkDocs read it
    (``conclusion.md`` for ``./conclusion.md``); ``written``, each path as written there
    (`site_pages.nav_paths`), for the lines. MkDocs builds such a nav without a word, but the
    article's order then holds the page twice: the nav lists it twice, the page before it and
    after it loop, and its notes are numbered at one of its places only, so other checks fail
    (a timeline's note) with no word of the cause."""
    counts = Counter(pages)
    if max(counts.values(), default=0) < 2:
        return []
    text = text_or_empty(config_file)
    forms = {form: posixpath.normpath(form) for form in written if "://" not in form}
    shown = os.path.relpath(config_file, root)
    errors = []
    for page, count in counts.items():
        if count < 2:
            continue
        lines = sorted({line for form, path in forms.items() if path == page for line in _nav_lines(text, form)})
        places = f" (lines {', '.join(map(str, lines[:-1]))} and {lines[-1]})" if len(lines) == count else ""
        errors.append(
            ExplainerError(
                f"{page} is in the nav {'twice' if count == 2 else f'{count} times'}{places}, so the article's"
                " order holds it more than once and its notes are numbered at one place only",
                path=shown,
                line=lines[1] if places else None,
                hint="Keep the line where the page belongs in the article's order, and delete the rest.",
            )
        )
    return errors


def _hint(path: str, docs_dir: str) -> str:
    closest = closest_page(path, docs_dir)
    meant = f"Did you mean {closest}? " if closest else ""
    return f"{meant}Write the page's path inside the docs folder, or create the page."


def closest_page(path: str, docs_dir: str) -> str | None:
    """The page of ``docs_dir`` whose path (inside it) is close to ``path``, as a slip or a
    rename leaves it (``conclusions.md``, ``extraditions.md``); None if none is."""
    import difflib  # only for an editor's slip

    pages = sorted(
        os.path.relpath(os.path.join(folder, name), docs_dir).replace(os.sep, "/")
        for folder, _, names in os.walk(docs_dir)
        for name in names
        if name.endswith(".md")
    )
    # Close, as a slip is (`conclusions.md`): a page deleted is not "meant" as the one whose path is nearest.
    closest = difflib.get_close_matches(path, pages, n=1, cutoff=0.8)
    return closest[0] if closest else None
