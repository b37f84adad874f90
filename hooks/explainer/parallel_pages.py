"""Pages converted by a forked child while the build converts others, each from its own end.

MkDocs converts pages one after another, in one process, and a build has a second core.
Once the navigation is known, `PagesConverted` forks a child that converts pages from
the end of MkDocs' order backwards, as MkDocs would (``pre_page`` and ``page_markdown``
events, then `Page.render`), while MkDocs converts from the start; each takes the next
page from its own end until they meet (`Meeting`), so the two shares balance whatever
the pages and the machine. When MkDocs comes to a page the child converted, the page's
``render`` puts back, for that one call, what the child made of it (`hand_over`): what
conversion set on the page (its HTML, table of contents, title, anchors), each
Markdown extension's state for it (`CarriesPageState`), and what the conversion
logged, logged again in the build where it would have been. Every ``page_content``
handler, the hooks' included, then runs in the build as always. The child writes each
page to an unlinked temporary file and tells the build where: the pages it has ready
do not wait in the build's memory (5.6 MB at 4x) until MkDocs comes to them.

Nothing depends on the child: where it cannot be forked, or fails on a page, the build
converts the page itself, so the page, or the error the editor sees, is the same.
"""

from __future__ import annotations

import fcntl
import functools
import io
import logging
import mmap
import os
import pickle
import struct
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import BinaryIO, Protocol, runtime_checkable

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from .forked import Forked, NoMoreWork, can_fork

#: Fewer pages than this are all converted by the build: a fork costs more than they do.
FEWEST_PAGES = 2


@runtime_checkable
class CarriesPageState(Protocol):
    """A Markdown extension that keeps what it learns of the page being converted.

    The hooks read that state in ``page_content`` handlers. For a page the child
    converted, the build did not convert it: it puts the child's state into the
    extension before those handlers run.
    """

    def page_state(self) -> object:
        """What the extension knows of the page just converted."""
        ...

    def restore_page_state(self, state: object) -> None:
        """Set the state `page_state` gave, as if this process had converted the page."""
        ...


@dataclass
class ConvertedPage:
    """What the child made of one page."""

    #: The page's attributes the conversion set or changed, by name (``content``, ``toc``...).
    attributes: dict[str, object]
    #: Each `CarriesPageState` extension's `page_state`, in the order of ``markdown_extensions``.
    extension_states: list[object]
    #: What the conversion logged, to be logged again in the build.
    records: list[logging.LogRecord]


class PagesConverted:
    """The pages a forked child converts for this build, and what it made of them."""

    def __init__(self, config: MkDocsConfig, files: Files) -> None:
        self._config = config
        self._files = files
        self._build_process = os.getpid()
        self._carriers = [ext for ext in config.markdown_extensions if isinstance(ext, CarriesPageState)]
        self._pages = {page.file.src_uri: page for page in _conversion_order(files)}
        #: Each page's place in MkDocs' order.
        self._places = {src_uri: place for place, src_uri in enumerate(self._pages)}
        # The child offers to take every page but the first, from the last backwards.
        keys = list(reversed(list(self._pages)[1:])) if can_fork() and len(self._pages) >= FEWEST_PAGES else []
        self._meeting: Meeting | None = Meeting(len(self._pages)) if keys else None
        #: Where the child writes what it made of each page, and the pipe says where:
        #: held there, not in the build's memory, until the build comes to the page.
        self._spool: BinaryIO | None = _temporary_file() if keys else None
        if self._spool is None:  # nowhere to put them: the build converts every page
            keys = []
        self._spool_end = 0  # in the child: where its next page goes
        self._child: Forked[str, tuple[int, int] | None] | None = None
        try:
            self._child = Forked(keys, self._convert, instead=_none) if keys else None
        except BaseException:  # no child (the fork failed): let go of what was made for it
            self.close()
            raise

    def hand_over(self, markdown: str, page: Page) -> str:
        """In ``page_markdown``, after every other handler: if the child converted the page, MkDocs takes that.

        MkDocs converts the page next (`Page.render`): for this one call, the page's
        ``render`` puts back what the child made of it instead (`_put_back`), so the
        build does not even set up a conversion.
        """
        src_uri = page.file.src_uri
        if self._child is None or os.getpid() != self._build_process:
            return markdown
        place = self._places.get(src_uri)
        if place is None or self._meeting is None or self._meeting.build_takes(place):
            self._child.collect()  # the build converts this one; what the child sent so far is taken in
            return markdown
        where = self._child.get(src_uri)
        if where is None or self._spool is None:  # the child failed on it: the build converts it, and reports why
            return markdown
        offset, length = where
        try:
            sent = os.pread(self._spool.fileno(), length, offset)
            converted = _Unpickler(io.BytesIO(sent), self._config, self._files).load()
        except Exception:  # what it sent does not fit this build: the build converts the page
            return markdown
        page.render = functools.partial(self._put_back, page, converted)  # type: ignore[method-assign]
        return markdown

    def _put_back(self, page: Page, converted: ConvertedPage, config: MkDocsConfig, files: Files) -> None:
        """In place of ``page.render``: the page as the child converted it, and its log logged here."""
        del page.render  # the page's own method again, for a later build of it
        for name, value in converted.attributes.items():
            setattr(page, name, value)
        for extension, state in zip(self._carriers, converted.extension_states, strict=True):
            extension.restore_page_state(state)
        for record in converted.records:
            logging.getLogger(record.name).handle(record)

    def close(self) -> None:
        if self._child is not None:
            self._child.close()
            self._child = None
        if self._meeting is not None:
            self._meeting.close()
            self._meeting = None
        if self._spool is not None:
            self._spool.close()
            self._spool = None

    def _convert(self, src_uri: str) -> tuple[int, int]:
        """In the child: the page converted as MkDocs' `_populate_page` would, to its ``page_content`` events.

        Once the build has come to the page first, the child's share ends there, and the child with it.
        """
        assert self._meeting is not None
        if not self._meeting.child_takes(self._places[src_uri]):
            raise NoMoreWork
        config, files = self._config, self._files
        page = self._pages[src_uri]
        config._current_page = page
        with _logged():  # the build runs these events too, and logs what they log itself
            page = config.plugins.on_pre_page(page, config=config, files=files)
            page.read_source(config)
            page.markdown = config.plugins.on_page_markdown(page.markdown, page=page, config=config, files=files)
        before = dict(vars(page))
        with _logged() as records:
            page.render(config, files)
        attributes = {
            name: value for name, value in vars(page).items() if name not in before or before[name] is not value
        }
        converted = ConvertedPage(attributes, [extension.page_state() for extension in self._carriers], records)
        buffer = io.BytesIO()
        _Pickler(buffer, config, files).dump(converted)
        page.content = page.markdown = None  # the build holds the page now: the child need not
        assert self._spool is not None
        sent, offset = buffer.getbuffer(), self._spool_end
        written = 0
        while written < len(sent):
            written += os.pwrite(self._spool.fileno(), sent[written:], offset + written)
        self._spool_end += len(sent)
        return offset, len(sent)


class Meeting:
    """Where the build's pages end and the child's begin, in memory the two processes share.

    The build converts pages from the first on, the child from the last back; each
    takes its next page only if the other has not taken it, so every page is converted
    by one of them and the two finish about together.

    The two ends lie in a memory file (``memfd``) both processes map, and a lock on that
    file (``lockf``) lets one of them at a time read and move them. The kernel lets go of
    a process's lock as it dies: a child killed while it held the ends (out of memory,
    a crash) leaves the build to go on, where a token passed in a pipe left it waiting for
    ever. multiprocessing's `Lock` and `RawArray` did the same, but importing them
    (ctypes' shared types among them) and setting up their heap took about 2 ms of every
    build's start.
    """

    def __init__(self, count: int) -> None:
        self._file = os.memfd_create("explainer-meeting", os.MFD_CLOEXEC)
        try:
            os.ftruncate(self._file, _ENDS.size)
            #: The place after the last page the build took, and the place of the last page the child took.
            self._ends = mmap.mmap(self._file, _ENDS.size)
        except BaseException:
            os.close(self._file)
            raise
        _ENDS.pack_into(self._ends, 0, 0, count)

    def build_takes(self, place: int) -> bool:
        """Whether the build converts the page at ``place`` (MkDocs comes to the pages in order)."""
        with self._ends_held() as (build_end, child_end):
            if place < child_end:
                _ENDS.pack_into(self._ends, 0, max(build_end, place + 1), child_end)
                return True
            return False

    def child_takes(self, place: int) -> bool:
        """Whether the child converts the page at ``place`` (it goes back from the last page)."""
        with self._ends_held() as (build_end, child_end):
            if place >= build_end:
                _ENDS.pack_into(self._ends, 0, build_end, min(child_end, place))
                return True
            return False

    def close(self) -> None:
        """Let go of the file and the mapping (the build's; a child's go as it exits)."""
        if not self._ends.closed:
            self._ends.close()
            os.close(self._file)

    @contextmanager
    def _ends_held(self) -> Iterator[tuple[int, int]]:
        # A POSIX lock is the process's, not the descriptor's: the child forked with the
        # same descriptor waits for the build's, and the build for the child's.
        fcntl.lockf(self._file, fcntl.LOCK_EX)  # waits while the other process holds it
        try:
            yield _ENDS.unpack_from(self._ends)
        finally:
            fcntl.lockf(self._file, fcntl.LOCK_UN)


#: The two ends of a `Meeting`, as they lie in its shared mapping.
_ENDS = struct.Struct("qq")


def _conversion_order(files: Files) -> list[Page]:
    """The pages MkDocs will convert, in its order (pages outside the navigation get theirs later)."""
    return [file.page for file in files.documentation_pages() if file.page is not None]


def _none(_key: str) -> None:
    return None


def _temporary_file() -> BinaryIO | None:
    """An unlinked temporary file, or None where none can be made (no writable temporary directory)."""
    try:
        return tempfile.TemporaryFile()  # `PagesConverted.close` closes it
    except OSError:
        return None


@contextmanager
def _logged() -> Iterator[list[logging.LogRecord]]:
    """Every record logged in the block, kept instead of handled: the build logs them again.

    Each logger with handlers of its own (the root, MkDocs' ``mkdocs``) keeps the same
    capture instead of them while the block runs, so a record is kept once, whichever
    logger it reaches first.
    """
    records: list[logging.LogRecord] = []
    capture = _Capture(records)
    loggers = [
        logging.getLogger(),
        *(
            logger
            for logger in logging.Logger.manager.loggerDict.values()
            if isinstance(logger, logging.Logger) and logger.handlers
        ),
    ]
    saved = [(logger, logger.handlers) for logger in loggers]
    for logger in loggers:
        logger.handlers = [capture]
    try:
        yield records
    finally:
        for logger, handlers in saved:
            logger.handlers = handlers


class _Capture(logging.Handler):
    def __init__(self, records: list[logging.LogRecord]) -> None:
        super().__init__()
        self._records = records
        self._seen: set[int] = set()

    def emit(self, record: logging.LogRecord) -> None:
        if id(record) in self._seen:  # it reached a second logger with handlers
            return
        self._seen.add(id(record))
        # Sent to the build as text: the arguments and traceback need not be picklable.
        record.msg, record.args = record.getMessage(), None
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
        self._records.append(record)


class _Pickler(pickle.Pickler):
    """Pickles a converted page; its links to files, pages and the config go as names.

    The build holds its own `File` and `Page` objects for them: copies would not be the
    ones MkDocs compares and renders (`Page.links_to_anchors` is keyed by `File`).
    """

    def __init__(self, buffer: io.BytesIO, config: MkDocsConfig, files: Files) -> None:
        super().__init__(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        self._config, self._files = config, files

    def persistent_id(self, obj: object) -> object:
        if isinstance(obj, File):
            return ("file", obj.src_uri)
        if isinstance(obj, Page):
            return ("page", obj.file.src_uri)
        if obj is self._config:
            return ("config", "")
        if obj is self._files:
            return ("files", "")
        return None


class _Unpickler(pickle.Unpickler):
    def __init__(self, buffer: io.BytesIO, config: MkDocsConfig, files: Files) -> None:
        super().__init__(buffer)
        self._config, self._files = config, files

    def persistent_load(self, pid: object) -> object:
        kind, src_uri = pid  # type: ignore[misc]
        if kind == "config":
            return self._config
        if kind == "files":
            return self._files
        file = self._files.get_file_from_path(src_uri)
        if file is None:
            raise pickle.UnpicklingError(f"no file {src_uri!r} in this build")
        return file if kind == "file" else file.page
