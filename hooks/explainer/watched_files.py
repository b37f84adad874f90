"""Files a build reads from outside ``docs/`` (the .bib files), watched by ``mkdocs serve``
as each rebuild's configuration lists them.

MkDocs watches ``docs/`` and ``mkdocs.yml``; a hook's ``on_serve`` runs once, after the
first build. A file listed in ``mkdocs.yml`` after that would not be watched: its edits
would not rebuild the site, and the open page would keep its old text. So each build
names its files again (`WatchedFiles.update`), and the server watches the new ones and
stops watching those no longer listed.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Protocol


class Watcher(Protocol):
    """What ``mkdocs serve`` gives ``on_serve``: its `LiveReloadServer`."""

    def watch(self, path: str, func: None = None, *, recursive: bool = True) -> None: ...

    def unwatch(self, path: str) -> None: ...


class WatchedFiles:
    """The files the server watches for the hooks; nothing until ``mkdocs serve`` gives its server."""

    def __init__(self) -> None:
        self._server: Watcher | None = None
        self._watched: set[str] = set()

    def serve(self, server: Watcher, paths: Iterable[str]) -> None:
        """Start watching ``paths`` (absolute) with ``server``, and watch what later builds name."""
        self._server = server
        self._watched = set()
        self.update(paths)

    def update(self, paths: Iterable[str]) -> None:
        """Watch ``paths`` (absolute) from now on, instead of those named before."""
        if self._server is None:
            return
        wanted = {_watchable(path) for path in paths}
        for path in sorted(wanted - self._watched):
            # Not a folder's files below it: a file not yet written is waited for in its folder.
            self._server.watch(path, recursive=False)
        for path in sorted(self._watched - wanted):
            self._server.unwatch(path)
        self._watched = wanted


def _watchable(path: str) -> str:
    """``path``, or, for a file not written yet, the nearest folder above it that exists.

    The watcher refuses a path that does not exist; its folder's changes include the
    file's creation, which rebuilds the site, and the next build watches the file itself.
    """
    path = os.path.abspath(path)
    while not os.path.exists(path) and os.path.dirname(path) != path:
        path = os.path.dirname(path)
    return path
