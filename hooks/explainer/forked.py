"""Work done ahead in a forked process while the build goes on; each result handed back when asked for.

A build has a second core and stretches of work that need nothing it learns later:
parsing the BibTeX while MkDocs reads the pages, writing each page's notes while MkDocs
renders the pages before it. `Forked` runs such work in a child forked from the build,
which inherits everything the build knows so far (nothing is sent to it), and gives
each result back when the build asks for it.

Nothing depends on the child: where forking is not the platform's way (Windows, macOS),
the work is done in the build's own process when asked for. When the child fails or
dies, the build does the part again itself, so the result, or the error an editor
sees, is the same; or, for work whose inputs the build lets go of once the child has
them (``redo=False``, to keep the build's memory down), it stops with the child's
traceback.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import pickle
import signal
import sys
import traceback
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

#: How long the build waits for the child's next result before doing the rest itself.
STALLED_AFTER_SECONDS = 120.0
#: The pipe's buffer (`_widen`): Linux's largest for an unprivileged process by default.
PIPE_BYTES = 1 << 20
#: Items a `ForkedAccumulator` sends to its child at once: one write, and one wake-up of
#: the child, for several (the build's time per item was mostly those).
BATCH_ITEMS = 16

Key = TypeVar("Key", bound=Hashable)
Item = TypeVar("Item")
Result = TypeVar("Result")


#: How many holders want the collector to leave alone what the build held when they
#: asked (`hold_collector`); the last one to let go thaws it.
_collector_holders = 0
#: The collector's thresholds before the first holder (`gc.get_threshold`), restored by the last.
_thresholds_before: tuple[int, ...] = ()
#: While the collector is held, how many times further apart its full collections are.
FULL_COLLECTIONS_SPREAD = 3


def hold_collector() -> None:
    """Move every object the build holds now out of the cyclic collector's reach, until `release_collector`.

    Before a fork, as Python's documentation advises: the child's collections then do
    not copy the pages the objects sit on. In the build too: its later collections stop
    walking the pages it holds, which at scale made full collections a tenth of the
    hooks' cost. Objects freed by their last reference go as always; only cycles among
    held objects wait for the release.

    Full collections are spread out meanwhile (`FULL_COLLECTIONS_SPREAD`). CPython makes
    one when the objects that outlived the young collections have grown by a quarter of
    those the last one kept, and frozen objects are not counted: with most of the build
    frozen, that held at every tenth middle collection, and each walked everything made
    since the freeze: 26 full collections in a 16x build, 1.2 s, against plain MkDocs' 6.
    Three times further apart, 12 take 0.4 s; ten times, 2 took 0.15 s but let the 4x
    build's peak grow by 9 MB, as cycles waited longer to be freed.
    """
    global _collector_holders, _thresholds_before
    _collector_holders += 1
    gc.freeze()
    if _collector_holders == 1:
        _thresholds_before = gc.get_threshold()
        young, middle, full = _thresholds_before
        gc.set_threshold(young, middle, full * FULL_COLLECTIONS_SPREAD)


def release_collector() -> None:
    """Let go of one `hold_collector`; the last release gives the collector back every held object."""
    global _collector_holders
    if _collector_holders == 0:
        return
    _collector_holders -= 1
    if _collector_holders == 0:
        gc.unfreeze()
        gc.set_threshold(*_thresholds_before)


@contextlib.contextmanager
def collector_held() -> Iterator[None]:
    """`hold_collector` for the length of a ``with`` block."""
    hold_collector()
    try:
        yield
    finally:
        release_collector()


def can_fork() -> bool:
    """Whether a child can be forked cheaply: Linux, where fork is the default way to start one."""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _start(process: BaseProcess, ends: Iterable[Connection]) -> None:
    """Fork ``process``, holding the collector (`hold_collector`) until its maker's ``close``.

    If the fork fails (EAGAIN, ENOMEM), its maker has no object to close: the collector
    is given back and ``ends``, the pipes made for the child, are closed here, or each
    failed rebuild of ``mkdocs serve`` would leave them open."""
    hold_collector()
    try:
        process.start()
    except BaseException:
        release_collector()
        for end in ends:
            end.close()
        raise


class Forked(Generic[Key, Result]):
    """``work(key)`` for each of ``keys``, computed in that order by a forked child.

    `get` returns a key's result, waiting for the child if it is not there yet; each
    key is asked for once. `close` stops the child if the build ends early.
    """

    def __init__(
        self,
        keys: Sequence[Key],
        work: Callable[[Key], Result],
        *,
        fork: bool = True,
        redo: bool = True,
        instead: Callable[[Key], Result] | None = None,
        first_in_child: Callable[[], object] | None = None,
    ) -> None:
        """``redo=False``: once the child is forked, the build lets go of ``work`` and what it
        holds (the child has its own copy), and a part the child fails to deliver is an
        error that carries the child's traceback, rather than work done again here.
        ``instead``: what the build's process does for a key the child did not deliver,
        when that is not ``work`` itself. ``first_in_child``: run in the child before the
        first key, to let go of what the child inherited and needs not (never run in the
        build's process); if it fails, so does every key."""
        self._work: Callable[[Key], Result] | None = work
        self._instead = instead
        self._keys = frozenset(keys)
        self._received: dict[Key, Result] = {}
        #: Keys the child failed on, met before the build asked for them, with the child's traceback.
        self._failed: dict[Key, str] = {}
        self._connection: Connection | None = None
        self._process: BaseProcess | None = None
        #: Whether a child was forked to do the work.
        self.forked = bool(fork and keys and can_fork())
        #: Whether this holds the collector (`hold_collector`), until `close`.
        self._holds_collector = self.forked
        if self.forked:
            context = multiprocessing.get_context("fork")
            receiver, sender = context.Pipe(duplex=False)
            _widen(sender)
            self._process = context.Process(
                target=_work_through, args=(keys, work, sender, first_in_child), daemon=True
            )
            _start(self._process, (receiver, sender))
            sender.close()
            self._connection = receiver
            if not redo:
                self._work = None

    @classmethod
    def receiving(cls, keys: Sequence[Key], connection: Connection) -> Forked[Key, Result]:
        """The results another process sends on ``connection`` (`_work_through`), for ``keys``:
        the process is its maker's to stop (`ForkedPrepared`), and a part it fails to deliver
        is an error, as with ``redo=False``."""
        receiver: Forked[Key, Result] = cls([], _no_work, fork=False, redo=False)
        receiver._keys = frozenset(keys)
        receiver._work = None
        receiver._connection = connection
        receiver.forked = True
        return receiver

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def get(self, key: Key) -> Result:
        if key in self._received:
            return self._received.pop(key)
        failure = self._failed.pop(key, "")
        while self._connection is not None and not failure:
            try:
                if not self._connection.poll(STALLED_AFTER_SECONDS):
                    raise EOFError  # stuck: the build must not hang on it
                sent_key, done, value = self._connection.recv()
            except (EOFError, OSError):  # the child is gone: the rest is done here
                self.close()
                break
            if sent_key == key:
                if done:
                    return value
                failure = value
                break  # it failed there: fail here, with the real error
            self._keep(sent_key, done, value)
        if self._instead is not None:
            return self._instead(key)
        if self._work is None:
            raise ForkedWorkFailed(f"the forked process did not deliver {key!r}: {failure or 'it stopped'}")
        return self._work(key)

    def collect(self) -> None:
        """Take in every result the child has sent so far, without waiting for more.

        For a child that runs far ahead of what the build asks for: the pipe holds only
        `PIPE_BYTES`, and a child whose results fill it waits for the build to read them.
        """
        while self._connection is not None:
            try:
                if not self._connection.poll(0):
                    return
                sent_key, done, value = self._connection.recv()
            except (EOFError, OSError):  # the child is gone: `get` does the rest here
                self.close()
                return
            self._keep(sent_key, done, value)

    def _keep(self, key: Key, done: bool, value: object) -> None:
        """A result received before the build asks for it; or the child's traceback, if it failed there."""
        if done:
            self._received[key] = value  # type: ignore[assignment]
        else:
            self._failed[key] = str(value)

    def close(self) -> None:
        if self._holds_collector:
            self._holds_collector = False
            release_collector()
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        _stop(self._process)
        self._process = None


def _stop(process: BaseProcess | None) -> None:
    """End a child: at once if it is still working (the build no longer wants its work)."""
    if process is not None:
        if process.is_alive():
            process.terminate()
        process.join()


def _widen(connection: Connection) -> None:
    """Let the child write up to `PIPE_BYTES` ahead of what the build has read.

    With Linux's default pipe (64 kB) a child ran a page or two ahead, and work that
    came just after a large part (the glossary's index) waited for the build to read it.
    The buffer is the kernel's; where the size cannot be set, the pipe stays as it is.
    """
    import fcntl  # Linux only, as forking here is

    with contextlib.suppress(OSError, AttributeError):
        fcntl.fcntl(connection.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)


class ForkedAccumulator(Generic[Item, Result]):
    """A forked child that takes the build's items one by one and gives back what it made of them.

    The build sends each item as it comes (`add`), in batches of `BATCH_ITEMS`, and goes
    on; the child handles them in that order (``handle(item)``), and gives back
    ``finish()`` when the build asks for the `result`. Where no child can be forked, each
    item is handled in the build's own process as it is added, and ``finish()`` runs
    there. The build keeps no item, so a child that fails or dies is an error that
    carries the child's traceback.
    """

    def __init__(self, handle: Callable[[Item], None], finish: Callable[[], Result], *, fork: bool = True) -> None:
        self._handle = handle
        self._finish = finish
        self._items: Connection | None = None
        self._results: Connection | None = None
        self._process: BaseProcess | None = None
        #: Items added and not yet sent.
        self._batch: list[Item] = []
        #: Whether a child was forked to do the work.
        self.forked = bool(fork and can_fork())
        self._holds_collector = self.forked
        if self.forked:
            context = multiprocessing.get_context("fork")
            items_in, items_out = context.Pipe(duplex=False)
            results_in, results_out = context.Pipe(duplex=False)
            _widen(items_out)  # the build runs ahead of the child, not held by it
            child_ends, build_ends = (items_in, results_out), (items_out, results_in)
            self._process = context.Process(
                target=_accumulate, args=(handle, finish, *child_ends, build_ends), daemon=True
            )
            _start(self._process, (*child_ends, *build_ends))
            for end in child_ends:
                end.close()
            self._items, self._results = build_ends

    def add(self, item: Item) -> None:
        if not self.forked:
            self._handle(item)
            return
        self._batch.append(item)
        if len(self._batch) >= BATCH_ITEMS:
            self._send_batch()

    def _send_batch(self) -> None:
        batch, self._batch = self._batch, []
        if self._items is not None and batch:
            try:
                self._items.send((True, batch))
            except OSError:  # the child is gone; `result` says why
                self._items.close()
                self._items = None

    def result(self) -> Result:
        """What the child made of every item; an error with its traceback if it failed."""
        if not self.forked:
            return self._finish()
        if self._results is None:
            raise ForkedWorkFailed("the forked process was closed before its work was done")
        self._send_batch()
        if self._items is not None:
            # An end of its own: a child forked later holds this pipe open too, so the
            # child would never read the pipe's end.
            with contextlib.suppress(OSError):
                self._items.send((False, None))
        try:
            done, value = _received(self._results)
        finally:
            self.close()
        if not done:
            raise ForkedWorkFailed(f"the forked process did not finish its work: {value}")
        return value

    def close(self) -> None:
        if self._holds_collector:
            self._holds_collector = False
            release_collector()
        for end in (self._items, self._results):
            if end is not None:
                end.close()
        self._items = self._results = None
        self._batch = []
        _stop(self._process)
        self._process = None


def _accumulate(
    handle: Callable[[Item], None],
    finish: Callable[[], Result],
    items: Connection,
    results: Connection,
    build_ends: tuple[Connection, Connection],
) -> None:
    """In the child: each item handled in turn until the build says it sent the last, then ``finish()`` sent back."""
    for end in build_ends:
        end.close()
    # An OSError means the build stopped listening: there is nothing left to do.
    with contextlib.suppress(OSError), results:
        try:
            while True:
                more, batch = items.recv()
                if not more:
                    break
                for item in batch:
                    handle(item)
            value = finish()
        except EOFError:  # the build closed the pipe before its end: it stopped early
            return
        except Exception:  # the build reports it, with this traceback
            results.send((False, traceback.format_exc()))
        else:
            results.send((True, value))


Small = TypeVar("Small")
#: What a `ForkedPrepared` child's ``prepare`` gives: the build's small result, and the work
#: of each stream of parts (None: nothing to write, as when the result is an error to report).
Prepared = tuple[Small, Sequence[Callable[[Any], Any]] | None]


class ForkedPrepared(Generic[Small]):
    """Work whose bulk stays in a forked child: it gives the build a small result, then writes parts from what it made.

    ``prepare()`` runs in the child and returns ``(small, works)``: ``small`` goes back to
    the build (`result`); then each of ``works`` writes its stream's parts, for the keys
    the build named (``streams``), as a `Forked` child would (`parts`): the first in the
    child itself, each other one in a process the child forks, so that a long part does
    not wait behind another stream's (a stream runs at most its pipe's buffer ahead of
    what the build takes). The build's own process never allocates what ``prepare``
    makes, and so never keeps the allocator's arenas its many small objects would fill.

    `close` stops the child, which stops the processes it forked. Where no child can be
    forked, ``prepare`` and the works run in the build's process.
    """

    def __init__(
        self,
        prepare: Callable[[], Prepared[Small]],
        streams: Sequence[Sequence[Hashable]],
        *,
        fork: bool = True,
        first_in_child: Callable[[], object] | None = None,
    ) -> None:
        """``first_in_child``: run in the child before ``prepare``, to let go of what the child
        inherited and needs not (never run in the build's process)."""
        self._streams = [list(keys) for keys in streams]
        self._prepare: Callable[[], Prepared[Small]] | None = prepare
        self._works: Sequence[Callable[[Any], Any]] | None = None
        self._result: Connection | None = None
        self._parts: list[Connection] = []
        self._process: BaseProcess | None = None
        #: Whether a child was forked to do the work.
        self.forked = bool(fork and can_fork())
        self._holds_collector = self.forked
        if self.forked:
            context = multiprocessing.get_context("fork")
            result_in, result_out = context.Pipe(duplex=False)
            parts = [context.Pipe(duplex=False) for _ in self._streams]
            for _receiver, sender in parts:
                _widen(sender)
            child_ends = (result_out, [sender for _receiver, sender in parts])
            build_ends = (result_in, *(receiver for receiver, _sender in parts))
            self._process = context.Process(
                target=_prepare_then_write,
                args=(prepare, self._streams, *child_ends, build_ends, first_in_child),
                daemon=True,
            )
            _start(self._process, (result_in, result_out, *(end for pipe in parts for end in pipe)))
            result_out.close()
            for _receiver, sender in parts:
                sender.close()
            self._result = result_in
            self._parts = [receiver for receiver, _sender in parts]
            self._prepare = None  # the child has its own: the build lets go of what it holds

    def result(self) -> Small:
        """The child's small result, waiting for it; the child's error, raised as itself if it can cross."""
        if not self.forked:
            assert self._prepare is not None, "result is asked for once"
            small, self._works = self._prepare()
            self._prepare = None
            return small
        if self._result is None:
            raise ForkedWorkFailed("the forked process was closed before its result was read")
        try:
            done, value = _received(self._result)
        finally:
            self._result.close()
            self._result = None
        if done:
            return value
        self.close()
        if isinstance(value, BaseException):
            raise value
        raise ForkedWorkFailed(f"the forked process did not finish its work: {value}")

    def parts(self, stream: int) -> Forked[Any, Any]:
        """Stream ``stream``'s parts, by key, once `result` has been read."""
        keys = self._streams[stream]
        if not self.forked:
            work = self._works[stream] if self._works is not None else _no_work
            return Forked(keys, work, fork=False)
        return Forked.receiving(keys, self._parts[stream])

    def close(self) -> None:
        """Stop the child (and so the processes it forked) if it is still working; give the collector back."""
        if self._holds_collector:
            self._holds_collector = False
            release_collector()
        for end in (self._result, *self._parts):
            if end is not None:
                end.close()
        self._result, self._parts = None, []
        _stop(self._process)
        self._process = None


def _prepare_then_write(
    prepare: Callable[[], Prepared[Any]],
    streams: list[list[Hashable]],
    result: Connection,
    senders: list[Connection],
    build_ends: tuple[Connection, ...],
    first_in_child: Callable[[], object] | None = None,
) -> None:
    """In the child: ``first_in_child()``, ``prepare()``, its small result sent, then each stream of parts written."""
    for end in build_ends:
        end.close()
    try:
        if first_in_child is not None:
            first_in_child()
        small, works = prepare()
    except Exception as error:  # the build raises it, as itself if it can be pickled
        with contextlib.suppress(OSError), result:
            result.send((False, _crossing(error, traceback.format_exc())))
        return
    with contextlib.suppress(OSError), result:
        result.send((True, small))
    if works is None:
        return
    del small
    writers: list[int] = []
    # `close` stops this process with SIGTERM: the writers it forked go with it.
    signal.signal(signal.SIGTERM, lambda _signal, _frame: _end_writers(writers))
    streams_to_write = list(zip(streams, works, senders, strict=True))
    for keys, work, sender in streams_to_write[1:]:
        pid = os.fork()
        if pid == 0:  # a writer: it sends its own stream's parts, and nothing else
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            try:
                for other in senders:
                    if other is not sender:
                        other.close()
                _work_through(keys, work, sender)
            finally:
                os._exit(0)
        writers.append(pid)
        sender.close()
    try:
        _work_through(*streams_to_write[0])
    finally:
        for pid in writers:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)


def _received(connection: Connection) -> tuple[bool, Any]:
    """A child's last message, ``(done, value)``, waiting for it; ``(False, why)`` if the
    child stopped or stalled (`STALLED_AFTER_SECONDS`): the build must not hang on it."""
    try:
        if not connection.poll(STALLED_AFTER_SECONDS):
            return False, "it stopped"
        return connection.recv()
    except (EOFError, OSError):
        return False, "it stopped"


class ForkedWorkFailed(RuntimeError):
    """A part that a forked process was to write, and did not, with nothing to redo it here."""


class NoMoreWork(Exception):
    """Raised by a `Forked` child's work: the build wants none of the remaining keys, so the child ends.

    The build asks for none of them; one it asked for all the same would be done in its
    own process, as for a child that stopped.
    """


def _work_through(
    keys: Sequence[Key],
    work: Callable[[Key], Result],
    sender: Connection,
    first_in_child: Callable[[], object] | None = None,
) -> None:
    """In the child: ``first_in_child()``, then each key's result, in order; a failure is sent with its traceback."""
    # An OSError means the build stopped listening: there is nothing left to do.
    with contextlib.suppress(OSError), sender:
        if first_in_child is not None:
            try:
                first_in_child()
            except Exception:  # each key fails with it: the build reports it, or does the work itself
                failure = traceback.format_exc()
                for key in keys:
                    sender.send((key, False, failure))
                return
        for key in keys:
            try:
                sender.send((key, True, work(key)))
            except NoMoreWork:
                return
            except Exception:  # the build's process does it again, or reports this
                sender.send((key, False, traceback.format_exc()))


def _end_writers(writers: list[int]) -> None:
    """In a `ForkedPrepared` child stopped by the build: its writers stopped and collected, then itself."""
    for pid in writers:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)
    for pid in writers:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
    os._exit(1)


def _crossing(error: Exception, trace: str) -> object:
    """``error`` if it can be sent to the build as itself; else its traceback, ``trace``."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return trace
    return error


def _no_work(key: object) -> object:
    raise ForkedWorkFailed(f"nothing was prepared to write {key!r}")
