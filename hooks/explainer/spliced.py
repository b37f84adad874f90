"""Long generated parts of a page, kept in a file and spliced into the page MkDocs wrote.

A bibliography of thousands of sources is megabytes of HTML. Given to MkDocs as the
page's content, it is held several times over while the page renders: the content, the
rendered page, its bytes. Written by the process that makes it straight to a file, with
a placeholder in the page, and copied into the written page once the build is done with
the pages (`SplicedParts.splice`), it never is. A copy of the page made in memory, such
as the PDF's, takes the part back with `SplicedParts.expand`.

Where the system names open files (Linux's ``/proc/self/fd``), a part's file is
unlinked as it is made, and known by its descriptor's name, which the build's forked
processes inherit: the system deletes it with the last process that holds it, so a
build killed outright leaves nothing in the temporary folder. Elsewhere it is a named
temporary file that `SplicedParts.splice` or `SplicedParts.discard` deletes.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterable

#: Where a part goes in a page; the token is random, so an author's text never matches it.
PLACEHOLDER = "<!--explainer:spliced:{token}-->"
#: The folder where this process's open files are named by their descriptors (Linux).
OPEN_FILES = "/proc/self/fd"


def write_part(path: str, chunks: Iterable[str]) -> None:
    """Write ``chunks`` to the part's file ``path`` as MkDocs writes a page (UTF-8)."""
    with open(path, "w", encoding="utf-8", errors="xmlcharrefreplace", newline="") as handle:
        handle.writelines(chunks)


class SplicedParts:
    """The parts of this build's pages that wait in files, by placeholder."""

    def __init__(self) -> None:
        #: Placeholder to (the part's file, the written page it goes into).
        self._parts: dict[str, tuple[str, str]] = {}
        #: The descriptors that keep unlinked parts' files, by placeholder (`_part_file`).
        self._held: dict[str, int] = {}

    def reserve(self, page_path: str) -> tuple[str, str]:
        """A placeholder for a part of the page written to ``page_path``, and the file to
        write the part to (`write_part`): made here, before any process is forked to write
        it, so that the process inherits it and `discard` finds it whatever becomes of the build."""
        part_path, descriptor = _part_file()
        placeholder = PLACEHOLDER.format(token=secrets.token_hex(8))
        self._parts[placeholder] = (part_path, page_path)
        if descriptor is not None:
            self._held[placeholder] = descriptor
        return placeholder, part_path

    def expand(self, html: str) -> str:
        """``html`` with the parts in place of their placeholders."""
        for placeholder, (part_path, _page_path) in self._parts.items():
            if placeholder in html:
                with open(part_path, encoding="utf-8", newline="") as handle:
                    html = html.replace(placeholder, handle.read(), 1)
        return html

    def splice(self) -> None:
        """Copy each part into the written page in place of its placeholder, then forget it.

        A page is rewritten whole under a new name and renamed over the old, so a reader
        never sees half of one.
        """
        for placeholder, (part_path, page_path) in list(self._parts.items()):
            marker = placeholder.encode("ascii")
            try:
                with open(page_path, "rb") as handle:
                    page = handle.read()
            except FileNotFoundError:  # the page was not written: nothing to put the part in
                page = b""
            at = page.find(marker)
            if at >= 0:
                partial = f"{page_path}.explainer-splice"
                with open(partial, "wb") as out, open(part_path, "rb") as part:
                    out.write(page[:at])
                    shutil.copyfileobj(part, out, 1 << 20)
                    out.write(page[at + len(marker) :])
                os.replace(partial, page_path)
            del self._parts[placeholder]
            self._let_go(placeholder, part_path)

    def discard(self) -> None:
        """Forget every part and delete its file (a new build, or a failed one)."""
        for placeholder, (part_path, _page_path) in list(self._parts.items()):
            self._let_go(placeholder, part_path)
        self._parts.clear()

    def _let_go(self, placeholder: str, part_path: str) -> None:
        descriptor = self._held.pop(placeholder, None)
        with contextlib.suppress(OSError):
            if descriptor is not None:
                os.close(descriptor)  # the file goes with the last process that holds it
            else:
                os.unlink(part_path)


def _part_file() -> tuple[str, int | None]:
    """A new part's file: the path to open it by, and the descriptor that keeps it if it
    is unlinked (None for a named file, deleted by path)."""
    if os.path.isdir(OPEN_FILES):
        with contextlib.suppress(OSError):  # none can be made: a named one, as elsewhere
            with tempfile.TemporaryFile(prefix="explainer-part-", suffix=".html") as unlinked:
                descriptor = os.dup(unlinked.fileno())  # kept open once the file object is closed
            return os.path.join(OPEN_FILES, str(descriptor)), descriptor
    descriptor, part_path = tempfile.mkstemp(prefix="explainer-part-", suffix=".html")
    os.close(descriptor)
    return part_path, None


#: The build's parts: the hooks that make them and those that copy pages share them.
parts = SplicedParts()
