"""Work done ahead in a forked process gives what the build's own process would, errors included."""

from __future__ import annotations

import errno
import gc
import os
import signal
import time
import weakref
from multiprocessing.process import BaseProcess

import pytest
from mkdocs.structure.files import File, Files

import explainer.forked as forked_module
from explainer.forked import Forked, ForkedAccumulator, ForkedPrepared, can_fork
from explainer.site_pages import render_last


def test_this_machine_forks():
    # The build machine is Linux: the tests below exercise the child, not only the fallback.
    assert can_fork()


def test_results_come_back_in_any_order_from_the_child():
    parent = os.getpid()
    work = Forked(["a", "b", "c"], lambda key: (key.upper(), os.getpid()))
    assert work.forked
    assert work.get("c")[0] == "C"  # asked out of order: "a" and "b" wait in the parent
    assert work.get("a")[0] == "A"
    text, pid = work.get("b")
    assert text == "B" and pid != parent  # written by the child
    work.close()


def test_the_child_works_ahead_of_the_build_by_more_than_a_large_part(tmp_path):
    # Parts of 100 kB, more than a default pipe holds: the child must still finish all
    # eight before the build reads the first (and so never waits for work it could have
    # done while the build rendered other pages).
    def work(key: int) -> str:
        (tmp_path / f"done-{key}").touch()
        return str(key) * 100_000

    ahead = Forked(list(range(8)), work)
    deadline = time.monotonic() + 30
    while not (tmp_path / "done-7").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    finished = sorted(path.name for path in tmp_path.iterdir())
    assert [ahead.get(key)[:1] for key in range(8)] == [str(key) for key in range(8)]
    ahead.close()
    assert finished == [f"done-{key}" for key in range(8)]


def test_without_fork_the_work_is_done_when_asked_for():
    calls = []
    work = Forked(["a", "b"], lambda key: calls.append(key) or key * 2, fork=False)
    assert not work.forked and calls == []
    assert work.get("b") == "bb" and calls == ["b"]
    assert "a" in work and "z" not in work


def test_an_error_in_the_child_is_raised_by_the_parent_as_itself():
    def work(key: str) -> str:
        if key == "bad":
            raise ValueError(f"cannot write {key}")
        return key

    forked = Forked(["good", "bad", "after"], work)
    assert forked.get("good") == "good"
    with pytest.raises(ValueError, match="cannot write bad"):
        forked.get("bad")
    assert forked.get("after") == "after"  # the child went on
    forked.close()


def test_a_result_that_cannot_cross_processes_is_made_in_the_parent():
    forked = Forked(["lock"], lambda key: lambda: key)  # a closure cannot be pickled
    assert forked.get("lock")() == "lock"
    forked.close()


def test_if_the_child_dies_the_parent_does_the_rest():
    forked = Forked(["a", "b"], lambda key: os.kill(os.getpid(), signal.SIGKILL) if key == "a" else key)
    # In the child, "a" kills it; in the parent, "a" is computed on demand: keep the parent alive.
    forked._work = lambda key: key  # type: ignore[attr-defined]
    assert forked.get("a") == "a"
    assert forked.get("b") == "b"
    forked.close()


def test_collect_takes_results_in_so_a_full_pipe_does_not_hold_the_child_up():
    # 3 MB of results, three times what the pipe holds: without `collect`, the child
    # would wait for the build to read them.
    forked = Forked(list(range(30)), lambda key: bytes([key]) * 100_000)
    process = forked._process  # type: ignore[attr-defined]
    deadline = time.monotonic() + 30
    while process.is_alive() and time.monotonic() < deadline:
        forked.collect()
        time.sleep(0.01)
    assert not process.is_alive()  # it sent every result before the build asked for one
    assert [forked.get(key) for key in range(30)] == [bytes([key]) * 100_000 for key in range(30)]
    forked.close()


def test_a_failure_met_by_collect_is_done_again_when_asked_for():
    parent = os.getpid()

    def work(key: str) -> str:
        if key == "bad" and os.getpid() != parent:
            raise ValueError("not in the child")
        return key

    forked = Forked(["bad", "good"], work)
    process = forked._process  # type: ignore[attr-defined]
    deadline = time.monotonic() + 30
    while process.is_alive() and time.monotonic() < deadline:
        forked.collect()
        time.sleep(0.01)
    assert forked.get("good") == "good"
    assert forked.get("bad") == "bad"  # done again in the build's process
    forked.close()


def test_instead_is_what_the_build_does_for_what_the_child_did_not_deliver():
    parent = os.getpid()
    forked = Forked(["a", "b"], lambda key: os.getpid(), instead=lambda key: f"{key} here")
    assert forked.get("a") != parent  # from the child
    forked.close()  # as if the child had died
    assert forked.get("b") == "b here"
    without_fork = Forked(["a"], lambda key: "work", fork=False, instead=lambda key: "instead")
    assert without_fork.get("a") == "instead"


def test_a_child_whose_work_says_no_more_ends_and_the_build_does_the_rest():
    parent = os.getpid()

    def work(key: int) -> tuple[int, int]:
        if key >= 2 and os.getpid() != parent:
            raise forked_module.NoMoreWork
        return key, os.getpid()

    forked = Forked(list(range(5)), work)
    process = forked._process  # type: ignore[attr-defined]
    process.join(30)
    assert process.exitcode == 0  # it ended at key 2, sending nothing for the rest
    forked.collect()
    assert sorted(forked._received) == [0, 1]  # type: ignore[attr-defined]
    assert forked.get(1)[1] != parent
    assert forked.get(3) == (3, parent)  # asked all the same: done here
    forked.close()


def test_close_stops_a_child_nobody_reads():
    forked = Forked([str(index) for index in range(50)], lambda key: "x" * 1_000_000)  # fills the pipe, then waits
    process = forked._process  # type: ignore[attr-defined]
    assert process is not None and process.is_alive()
    forked.close()
    assert not process.is_alive()


def test_a_stuck_child_does_not_hang_the_build(monkeypatch):
    monkeypatch.setattr(forked_module, "STALLED_AFTER_SECONDS", 0.2)
    parent = os.getpid()
    forked = Forked(["a"], lambda key: time.sleep(30) if os.getpid() != parent else key)
    assert forked.get("a") == "a"
    assert forked._process is None  # type: ignore[attr-defined]  # stopped


def test_pages_whose_parts_are_written_beside_the_build_render_last():
    files = Files([File(path, "docs", "site", True) for path in ("index.md", "bibliography.md", "a.md", "b.md")])
    render_last(files, ["bibliography.md", "missing.md"])
    assert [file.src_uri for file in files.documentation_pages()] == ["index.md", "a.md", "b.md", "bibliography.md"]


class PageInputs:
    """Stands for what a writer reads from: held by the work function alone."""

    def __init__(self) -> None:
        self.pages = {"a": "A", "b": "B"}


def writer_and_its_inputs():
    inputs = PageInputs()

    def work(key: str) -> str:
        if key == "b":
            raise KeyError("no page b here")
        return inputs.pages[key]

    return work, weakref.ref(inputs)


def test_without_redo_the_build_lets_go_of_the_inputs_and_a_failure_carries_the_childs_traceback():
    work, inputs = writer_and_its_inputs()
    forked = Forked(["a", "b"], work, redo=False)
    del work
    gc.collect()
    assert inputs() is None  # only the child holds them now
    assert forked.get("a") == "A"
    with pytest.raises(forked_module.ForkedWorkFailed, match=r"(?s)'b'.*KeyError: 'no page b here'"):
        forked.get("b")
    forked.close()


def test_the_collector_is_given_back_only_when_its_last_holder_lets_go():
    assert gc.get_freeze_count() == 0
    forked = Forked(["a"], str.upper)
    with forked_module.collector_held():
        held = [object() for _ in range(3)]  # noqa: F841 (held while frozen)
        forked_module.hold_collector()
        assert gc.get_freeze_count() > 0
        forked.close()
        forked.close()  # a second close does not release a second time
        assert gc.get_freeze_count() > 0
        forked_module.release_collector()
        assert gc.get_freeze_count() > 0  # the `with` block still holds it
    assert gc.get_freeze_count() == 0


def test_full_collections_are_spread_out_while_the_collector_is_held_and_restored_after():
    before = gc.get_threshold()
    spread = (before[0], before[1], before[2] * forked_module.FULL_COLLECTIONS_SPREAD)
    with forked_module.collector_held():
        assert gc.get_threshold() == spread
        with forked_module.collector_held():
            assert gc.get_threshold() == spread  # a second holder does not spread them further
        assert gc.get_threshold() == spread
    assert gc.get_threshold() == before
    forked_module.release_collector()  # one release too many changes nothing
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


@pytest.mark.parametrize(
    "make",
    [
        lambda: Forked(["a"], str.upper),
        lambda: ForkedAccumulator(list.append, list),
        lambda: ForkedPrepared(lambda: ({}, []), [["a"], ["b"]]),
    ],
    ids=["Forked", "ForkedAccumulator", "ForkedPrepared"],
)
def test_a_fork_that_fails_gives_the_collector_back_and_closes_its_pipes(monkeypatch, make):
    # A fork refused (EAGAIN): the maker's object never exists, so nothing would close it.
    def refused(_process):
        raise OSError(errno.EAGAIN, "Resource temporarily unavailable")

    monkeypatch.setattr(BaseProcess, "start", refused)
    open_before = sorted(os.listdir("/proc/self/fd"))
    with pytest.raises(OSError, match="temporarily unavailable"):
        make()
    assert gc.get_freeze_count() == 0
    assert sorted(os.listdir("/proc/self/fd")) == open_before


def test_a_failing_block_still_gives_the_collector_back():
    with pytest.raises(ValueError), forked_module.collector_held():
        raise ValueError("stop")
    assert gc.get_freeze_count() == 0


# --- A child that takes the build's items (ForkedAccumulator) --------------------------


def accumulator(*, fork: bool = True) -> tuple[ForkedAccumulator[str, tuple[list[str], int]], list[str]]:
    """Items joined in order, and the process that joined them."""
    seen: list[str] = []
    return ForkedAccumulator(seen.append, lambda: (list(seen), os.getpid()), fork=fork), seen


def test_the_child_takes_every_item_in_order_and_gives_back_what_it_made():
    collected, seen_here = accumulator()
    assert collected.forked
    for item in ("a", "b", "c"):
        collected.add(item)
    items, pid = collected.result()
    assert items == ["a", "b", "c"] and pid != os.getpid()
    assert seen_here == []  # handled in the child only


def test_without_fork_each_item_is_handled_as_it_is_added():
    collected, seen_here = accumulator(fork=False)
    assert not collected.forked
    collected.add("a")
    assert seen_here == ["a"]
    assert collected.result() == (["a"], os.getpid())


def test_the_build_runs_ahead_of_a_slow_child():
    def slow(item: str) -> None:
        time.sleep(0.05)

    collected = ForkedAccumulator(slow, lambda: "done")
    items = 3 * forked_module.BATCH_ITEMS  # 480 kB: more than a default pipe holds, less than a widened one
    start = time.monotonic()
    for _ in range(items):
        collected.add("x" * 10_000)
    assert time.monotonic() - start < items * 0.05 / 2  # the pipe holds them: the build does not wait
    assert collected.result() == "done"


def test_a_child_forked_later_does_not_keep_the_first_from_finishing():
    # The later child holds a copy of the first one's pipe: the end is a message, not the pipe's close.
    collected, _seen = accumulator()
    collected.add("a")
    later = Forked(["x"], lambda key: time.sleep(30))
    start = time.monotonic()
    assert collected.result()[0] == ["a"]
    assert time.monotonic() - start < 10
    later.close()


def test_an_error_in_the_child_is_raised_at_the_result_with_its_traceback():
    def handle(item: str) -> None:
        if item.startswith("bad"):
            raise ValueError(f"cannot index {item[:3]}")

    collected = ForkedAccumulator(handle, lambda: "done")
    for item in ("good", "bad", *["after"] * 200):  # more items after the failure than its pipe holds
        collected.add(item * 10_000)
    with pytest.raises(forked_module.ForkedWorkFailed, match=r"(?s)ValueError: cannot index bad"):
        collected.result()


def test_a_child_that_dies_is_an_error_not_a_hang():
    collected = ForkedAccumulator(lambda item: os.kill(os.getpid(), signal.SIGKILL), lambda: "done")
    collected.add("a")
    with pytest.raises(forked_module.ForkedWorkFailed, match="it stopped"):
        collected.result()


def test_close_stops_the_child_and_lets_go_of_the_collector():
    frozen_before = gc.get_freeze_count()
    collected, _seen = accumulator()
    process = collected._process  # type: ignore[attr-defined]
    assert process is not None and process.is_alive()
    collected.close()
    assert not process.is_alive()
    assert gc.get_freeze_count() <= frozen_before


def test_items_go_to_the_child_a_batch_at_a_time_and_the_rest_at_the_end(tmp_path):
    def handle(item: int) -> None:
        (tmp_path / f"handled-{item}").touch()

    collected = ForkedAccumulator(handle, lambda: sorted(path.name for path in tmp_path.iterdir()))
    for item in range(forked_module.BATCH_ITEMS + 1):
        collected.add(item)
    deadline = time.monotonic() + 30
    while len(list(tmp_path.iterdir())) < forked_module.BATCH_ITEMS and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.2)
    assert len(list(tmp_path.iterdir())) == forked_module.BATCH_ITEMS  # the first batch; the last item waits
    assert len(collected.result()) == forked_module.BATCH_ITEMS + 1


def _prepared(tmp_path, *, fork: bool = True) -> ForkedPrepared[dict]:
    """A child that makes a table, sends its size, then writes each stream's parts from it."""

    def prepare():
        table = {key: key.upper() for key in ("a", "b", "c")}
        (tmp_path / "prepared-in").write_text(str(os.getpid()))

        def first(key: str) -> tuple[str, int]:
            return table[key], os.getpid()

        def second(key: str) -> tuple[str, int]:
            return table[key] * 2, os.getpid()

        return {"size": len(table)}, [first, second]

    return ForkedPrepared(prepare, [["a", "b"], ["c"]], fork=fork)


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "in the build"])
def test_a_prepared_child_sends_its_small_result_then_each_stream_s_parts(tmp_path, fork):
    prepared = _prepared(tmp_path, fork=fork)
    try:
        assert prepared.forked == fork
        assert prepared.result() == {"size": 3}
        first, second = prepared.parts(0), prepared.parts(1)
        assert "a" in first and "c" not in first and "c" in second
        (b_part, b_pid), (a_part, a_pid), (c_part, c_pid) = first.get("b"), first.get("a"), second.get("c")
    finally:
        prepared.close()
    assert (a_part, b_part, c_part) == ("A", "B", "CC")
    preparer = int((tmp_path / "prepared-in").read_text())
    if fork:
        # Prepared and the first stream written in the child, the second in a process it forked.
        assert preparer == a_pid == b_pid != os.getpid()
        assert c_pid not in (os.getpid(), preparer)
    else:
        assert preparer == a_pid == c_pid == os.getpid()


def test_an_error_while_preparing_is_raised_by_the_build_as_itself():
    def prepare():
        raise ValueError("no table")

    prepared = ForkedPrepared(prepare, [["a"]])
    with pytest.raises(ValueError, match="no table"):
        prepared.result()
    prepared.close()


def test_close_stops_the_prepared_child_and_the_writer_it_forked():
    def prepare():
        def waits(key: str) -> int:
            if key == "wait":
                time.sleep(60)
            return os.getpid()

        return None, [waits, waits]

    prepared = ForkedPrepared(prepare, [["pid", "wait"], ["pid", "wait"]])
    prepared.result()
    pids = [prepared.parts(stream).get("pid") for stream in (0, 1)]
    assert len(set(pids)) == 2
    prepared.close()  # at once, though both still work
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert gc.get_freeze_count() == 0


@pytest.mark.parametrize("fork", [True, False])
def test_what_the_child_lets_go_of_first_is_gone_in_the_child_and_kept_in_the_build(fork):
    # The notes' child drops the pages' Markdown and HTML it inherited (its peak is then the
    # build's at the fork): the build's own pages must keep theirs, and so must a build that
    # cannot fork, which does the work itself.
    held = {"html": "<p>page</p>"}

    def let_go() -> None:
        held["html"] = None

    def prepare():
        return {"html": held["html"], "pid": os.getpid()}, None

    prepared = ForkedPrepared(prepare, [], fork=fork, first_in_child=let_go)
    try:
        small = prepared.result()
    finally:
        prepared.close()
    if fork:
        assert small["pid"] != os.getpid()
        assert small["html"] is None
    else:
        assert small == {"html": "<p>page</p>", "pid": os.getpid()}
    assert held["html"] == "<p>page</p>"


@pytest.mark.parametrize("fork", [True, False])
def test_what_a_forked_child_lets_go_of_first_is_gone_in_the_child_and_kept_in_the_build(fork):
    # The glossary's writer drops the pages' text it inherited before its first part: the
    # build's own pages must keep theirs, and a build that cannot fork does the work on them.
    held = {"html": "<p>page</p>"}

    def let_go() -> None:
        held["html"] = None

    forked = Forked(["a", "b"], lambda key: (key, held["html"], os.getpid()), fork=fork, first_in_child=let_go)
    try:
        parts = [forked.get("a"), forked.get("b")]
    finally:
        forked.close()
    if fork:
        assert [html for _key, html, _pid in parts] == [None, None]
        assert all(pid != os.getpid() for _key, _html, pid in parts)
    else:
        assert parts == [("a", "<p>page</p>", os.getpid()), ("b", "<p>page</p>", os.getpid())]
    assert held["html"] == "<p>page</p>"


def test_a_child_that_fails_to_let_go_first_fails_every_part_with_its_traceback():
    def let_go() -> None:
        raise ValueError("could not let go")

    redone = Forked(["a", "b"], lambda key: key.upper(), first_in_child=let_go)
    try:
        assert [redone.get("a"), redone.get("b")] == ["A", "B"]  # done again in the build
    finally:
        redone.close()
    failed = Forked(["a", "b"], lambda key: key.upper(), redo=False, first_in_child=let_go)
    try:
        for key in ("a", "b"):
            with pytest.raises(forked_module.ForkedWorkFailed, match="could not let go"):
                failed.get(key)
    finally:
        failed.close()
