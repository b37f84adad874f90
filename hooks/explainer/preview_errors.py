"""A failed ``mkdocs serve`` rebuild shown in the browser, not only in the terminal.

After a rebuild fails, MkDocs serves nothing until one succeeds: the open tab stays on the
last good version with no sign of the error, and a reload, or a link to another page,
waits without an answer. An editor who saved and looked at the preview saw no change, and
no reason for it. So the server's rebuild is wrapped (`show_errors_in_browser`, called
from ``on_serve``): when it fails, the errors the build printed are written as a page in
place of each page of the last good build, and the rebuild ends as one that succeeded,
so that MkDocs reloads the open tabs, which show the errors. The next rebuild writes the
site again, and the tabs reload to it.

The page is as tall as a long page of the site: the browser keeps the place a reader had
in the page through its reload to the errors and back, and the errors stay in view.
A broken ``mkdocs.yml``, which MkDocs reads before any hook, is printed as its message
alone, without the lines of Python that MkDocs printed above it under ``serve``. A build
that succeeds with warnings has them noted on its pages (`preview_warnings`).
"""

from __future__ import annotations

import html
import logging
import os
import sys
import traceback
from collections.abc import Callable
from typing import Any

from mkdocs.exceptions import ConfigurationError

from .preview_warnings import add_notice, warnings_notice

log = logging.getLogger("mkdocs.plugins.explainer")

#: What the terminal says once the errors are printed. Its first words are MkDocs' own.
FAILED = "An error happened during the rebuild: the open pages show it, and reload by themselves once it is fixed."
#: px. The page's height: as tall as a long page, so that a reader's place in one is kept.
PAGE_HEIGHT = 200_000

_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Preview: the build stopped</title>
<link rel="icon" href="data:,">
<style>
  :root {{ color-scheme: light dark; }}
  body {{ margin: 0; height: {height}px; font-family: system-ui, sans-serif; line-height: 1.5; }}
  main {{ position: fixed; inset: 0; overflow: auto; padding: 2rem max(1rem, calc(50vw - 28rem)); }}
  h1 {{ font-size: 1.5rem; margin: 0 0 1rem; }}
  pre {{ white-space: pre-wrap; overflow-wrap: anywhere; padding: 1rem; border-left: 4px solid #c62828;
         background: rgba(198, 40, 40, 0.08); font-size: 0.95rem; }}
</style>
</head>
<body>
<main>
<h1>The preview could not be rebuilt</h1>
<p>The last save stopped the build. The terminal that runs the preview says the same:</p>
<pre>{errors}</pre>
<p>Fix it and save: this page reloads by itself, at the place you were.</p>
</main>
</body>
</html>
"""


def error_page(errors: list[str]) -> str:
    """The page that stands for every page of the site while its rebuild fails."""
    return _PAGE.format(height=PAGE_HEIGHT, errors=html.escape("\n\n".join(errors), quote=False))


class _Collected(logging.Handler):
    """The messages a build logs, errors and warnings apart."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:  # a message that cannot be formatted is MkDocs' handler's to report
            return
        (self.errors if record.levelno >= logging.ERROR else self.warnings).append(message)


def _failure_messages(error: Exception, collected: _Collected) -> list[str]:
    """What the page says: the errors the build logged; a failure that logged none (a
    broken ``mkdocs.yml``, a ``--strict`` build's warnings, a Python error) by its own
    message, after the warnings, if it is about them."""
    if collected.errors:
        return collected.errors
    if isinstance(error, SystemExit):  # MkDocs' `Abort`: "Aborted with 2 warnings in strict mode!"
        return [*collected.warnings, str(error)]
    if isinstance(error, ConfigurationError):
        return [str(error)]
    # A Python error: where it was raised, a template's line for a template's error.
    frames = traceback.extract_tb(error.__traceback__)
    where = f"{_shown_path(frames[-1].filename)}:{frames[-1].lineno}: " if frames else ""
    return [f"{where}{type(error).__name__}: {error}", "The terminal shows the lines of Python that led there."]


def _shown_path(path: str) -> str:
    """``path`` relative to the folder the preview runs in, when it is inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # on another drive (Windows)
        return path
    return path if relative.startswith(os.pardir) else relative


def _print_failure(error: Exception) -> None:
    """Print the failure as MkDocs' server does, but a broken ``mkdocs.yml`` without a traceback."""
    if isinstance(error, SystemExit):
        print(error, file=sys.stderr)  # as MkDocs prints it: "Aborted with a BuildError!"
    elif isinstance(error, ConfigurationError):
        log.error(str(error))
    else:
        traceback.print_exception(error)


def _site_pages(root: str) -> list[str]:
    """The HTML files of the site in ``root``, relative to it."""
    found = []
    for folder, _folders, names in os.walk(root):
        found.extend(os.path.relpath(os.path.join(folder, name), root) for name in names if name.endswith(".html"))
    return sorted(found)


class ErrorsInBrowser:
    """The rebuild of one ``mkdocs serve`` server, whose failures its pages show."""

    def __init__(self, rebuild: Callable[[], Any], root: str, logger_name: str) -> None:
        self._rebuild = rebuild
        self._root = root
        self._logger = logging.getLogger(logger_name)
        #: The pages of the last good build, which the errors stand in for.
        self._pages = _site_pages(root)

    def __call__(self) -> None:
        collected = _Collected()
        self._logger.addHandler(collected)
        try:
            self._rebuild()
        except Exception as error:
            failure: Exception | None = error
        else:
            failure = None
        finally:
            self._logger.removeHandler(collected)
        if failure is None:
            self._pages = _site_pages(self._root)
            self.note_warnings(collected.warnings)
            return
        _print_failure(failure)
        self._write(error_page(_failure_messages(failure, collected)))
        log.error(FAILED)
        # Returns as a rebuild that succeeded: MkDocs reloads the open pages, which show the errors.

    def note_warnings(self, warnings: list[str]) -> None:
        """Note ``warnings`` in the pages of the last good build (the first build's)."""
        add_notice(self._root, self._pages, warnings_notice(warnings))

    def _write(self, page: str) -> None:
        for relative in self._pages:
            path = os.path.join(self._root, relative)
            try:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(page)
            except OSError as error:  # the terminal has the errors: the page is a convenience
                log.debug("Preview: could not write the errors' page %s: %s", path, error)


#: The warnings of a ``mkdocs serve`` process's first build, which runs before ``on_serve``.
_first_build: _Collected | None = None


def collect_first_build(command: str) -> None:
    """From ``on_startup``: under ``serve``, keep the first build's warnings, which
    `show_errors_in_browser` notes in its pages (MkDocs' logger; another's are not kept)."""
    global _first_build
    if command == "serve" and _first_build is None:
        _first_build = _Collected()
        logging.getLogger("mkdocs").addHandler(_first_build)


def first_build_ended() -> None:
    """From ``on_post_build`` and ``on_build_error``: the first build's warnings are all
    kept; the rebuilds' are the server's to keep (`ErrorsInBrowser`)."""
    if _first_build is not None:
        logging.getLogger("mkdocs").removeHandler(_first_build)


def show_errors_in_browser(server: Any) -> None:
    """Wrap the rebuild of ``server`` (MkDocs' `LiveReloadServer`, given to ``on_serve``)
    so that its failures show in the open pages, and its warnings in a notice on them;
    a server without a rebuild and a site folder of its own (another MkDocs) is left as it is."""
    global _first_build
    first, _first_build = _first_build, None
    if first is not None:
        logging.getLogger("mkdocs").removeHandler(first)
    rebuild, root = getattr(server, "builder", None), getattr(server, "root", None)
    if not callable(rebuild) or not isinstance(root, str) or isinstance(rebuild, ErrorsInBrowser):
        return
    # MkDocs', or ProperDocs', messages: the logger named after the package that serves.
    logger_name = type(server).__module__.split(".")[0]
    server.builder = rebuilds = ErrorsInBrowser(rebuild, root, logger_name)
    if first is not None:
        rebuilds.note_warnings(first.warnings)
