"""Pages converted by a forked child: the same site, the same warnings; the build converts what the child did not."""

from __future__ import annotations

import errno
import gc
import multiprocessing
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.process import BaseProcess
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import get_files
from mkdocs.structure.pages import Page
from project import copy_project, run_build, run_in_one_process

from explainer.parallel_pages import Meeting, PagesConverted

#: Builds the project in one process, as `mkdocs serve` does, in several ways; prints
#: each build's files (path and bytes, as hex digests) and the pages the child converted.
BUILD_SEVERAL_WAYS = r"""
import hashlib, json, os, sys, tempfile
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

temporary_file = tempfile.TemporaryFile
def no_temporary_file(*args, **kwargs):
    raise PermissionError("no temporary directory one may write in")

site = Path(sys.argv[1])
ways = sys.argv[2:]
results = []
for number, way in enumerate(ways):
    config = load_config(config_file="mkdocs.yml", site_dir=str(site / str(number)))
    import explainer.parallel_pages as parallel
    taken, order = [], []
    hand_over = parallel.PagesConverted.__dict__.get("original_hand_over", parallel.PagesConverted.hand_over)
    def ordering(self, markdown, page, hand_over=hand_over):
        order.append(page.file.src_uri)
        return hand_over(self, markdown, page)
    parallel.PagesConverted.original_hand_over = hand_over
    parallel.PagesConverted.hand_over = ordering
    put_back = parallel.PagesConverted.__dict__.get("original_put_back", parallel.PagesConverted._put_back)
    def recording(self, page, *args, put_back=put_back):
        taken.append(page.file.src_uri)
        return put_back(self, page, *args)
    parallel.PagesConverted.original_put_back = put_back
    parallel.PagesConverted._put_back = recording
    convert = parallel.PagesConverted.__dict__.get("original_convert", parallel.PagesConverted._convert)
    parallel.PagesConverted.original_convert = convert
    def failing(self, src_uri, convert=convert, way=way):
        if way == "child-fails" and src_uri.endswith("tianxia.md"):
            raise RuntimeError("a failure in the child")
        if way == "child-dies" and src_uri.endswith("tianxia.md"):
            os._exit(3)
        return convert(self, src_uri)
    parallel.PagesConverted._convert = failing
    if way == "one-process":
        config.extra["explainer"]["convert_in_parallel"] = False
    tempfile.TemporaryFile = no_temporary_file if way == "no-temporary-file" else temporary_file
    config.plugins.on_startup(command="serve", dirty=False)
    build(config)
    files = {
        str(path.relative_to(site / str(number))): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted((site / str(number)).rglob("*")) if path.is_file()
    }
    results.append({"way": way, "taken": taken, "files": files, "order": order})
print(json.dumps(results))
"""


def test_the_build_and_the_child_each_take_pages_from_their_end_until_they_meet():
    meeting = Meeting(6)
    assert meeting.child_takes(5) and meeting.child_takes(4)
    assert meeting.build_takes(0) and meeting.build_takes(1) and meeting.build_takes(2)
    assert not meeting.build_takes(4)  # the child's
    assert meeting.child_takes(3)
    assert not meeting.child_takes(2)  # the build's: the child's share ends there
    assert not meeting.build_takes(3)


def test_the_meeting_is_shared_with_a_forked_child():
    meeting = Meeting(10)
    child = multiprocessing.get_context("fork").Process(target=_take_back_to, args=(meeting, 6))
    child.start()
    child.join()
    assert child.exitcode == 0
    assert [meeting.build_takes(place) for place in range(10)] == [True] * 6 + [False] * 4


def _take_back_to(meeting: Meeting, lowest: int) -> None:
    for place in range(9, lowest - 1, -1):
        assert meeting.child_takes(place)


def test_a_child_killed_while_it_holds_the_meeting_does_not_hang_the_build():
    # Killed between taking the ends and giving them back (out of memory, a crash): the
    # build waited for ever for a token the dead child would never give back.
    meeting = Meeting(10)
    held_out, held_in = os.pipe()
    child = os.fork()
    if child == 0:  # the child: holds the ends, says so, and waits to be killed
        try:
            with meeting._ends_held():
                os.write(held_in, b"h")
                signal.pause()
        finally:
            os._exit(1)
    try:
        assert os.read(held_out, 1) == b"h"
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        with _given_up_after(seconds=20):
            assert meeting.build_takes(0)
            assert [meeting.build_takes(place) for place in range(1, 10)] == [True] * 9
    finally:
        os.close(held_out)
        os.close(held_in)
        meeting.close()


class _Hung(Exception):
    pass


@contextmanager
def _given_up_after(seconds: float) -> Iterator[None]:
    """A block that raises `_Hung` if it is still waiting after ``seconds``: the test fails, not hangs."""

    def hung(_signal, _frame):
        raise _Hung(f"still waiting after {seconds} s")

    before = signal.signal(signal.SIGALRM, hung)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)


def test_a_fork_that_fails_leaves_no_descriptor_open_and_the_collector_free(tmp_path, monkeypatch):
    # A fork refused (EAGAIN: too many processes) fails the build; under `mkdocs serve`
    # every such rebuild left the meeting's descriptors open.
    (tmp_path / "docs").mkdir()
    for name in ("a", "b", "c"):
        (tmp_path / "docs" / f"{name}.md").write_text(f"# {name}\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: T\n", encoding="utf-8")
    config = load_config(config_file=str(tmp_path / "mkdocs.yml"))
    files = get_files(config)
    for file in files.documentation_pages():
        Page(None, file, config)

    def refused(_process):
        raise OSError(errno.EAGAIN, "Resource temporarily unavailable")

    monkeypatch.setattr(BaseProcess, "start", refused)
    open_before = sorted(os.listdir("/proc/self/fd"))
    for _rebuild in range(3):
        with pytest.raises(OSError, match="temporarily unavailable"):
            PagesConverted(config, files)
    assert sorted(os.listdir("/proc/self/fd")) == open_before
    assert gc.get_freeze_count() == 0


def test_pages_converted_by_the_child_make_the_same_site(tmp_path):
    # As `mkdocs serve` builds: one process, one build after another, the hooks' state
    # carried from one to the next.
    ways = ["two-processes", "one-process", "child-fails", "child-dies", "no-temporary-file", "two-processes"]
    builds = run_in_one_process(BUILD_SEVERAL_WAYS, copy_project(tmp_path / "project"), str(tmp_path / "site"), *ways)
    by_way = {build["way"]: build for build in builds}
    one_process = by_way["one-process"]
    assert one_process["taken"] == by_way["no-temporary-file"]["taken"] == []
    assert len(one_process["files"]) > 50
    for build in builds:
        assert build["files"] == one_process["files"], build["way"]
    # The child converted pages from the last back, MkDocs' from the first on: the
    # child's are the last ones (where they met depends on the two processes' speeds).
    order = builds[0]["order"]
    assert len(order) > 40 and order[0] == "index.md"
    for build in builds:
        taken = build["taken"]
        assert taken == sorted(taken, key=order.index)  # in MkDocs' order, as put back
    taken = builds[0]["taken"]
    assert taken and taken == order[len(order) - len(taken) :]
    assert "index.md" not in taken  # the build always converts the first page
    # A page the child failed on, the build converted; the child went on back from it.
    assert "glossary/tianxia.md" not in by_way["child-fails"]["taken"]
    # The child died there: the build converted that page and every one before it.
    after = order[order.index("glossary/tianxia.md") + 1 :]
    assert set(by_way["child-dies"]["taken"]) <= set(after)


WARN_EARLY = """
import logging

log = logging.getLogger("mkdocs.plugins.warn_early")


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri == "glossary/zhanaozen-events.md":
        log.warning("before converting %s", page.file.src_uri)
    return markdown
"""


def warnings(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("WARNING")]


def test_a_warning_on_a_page_the_child_converted_is_logged_once_and_fails_strict(tmp_path):
    project = copy_project(tmp_path / "project")
    entry = project / "docs" / "glossary" / "zhanaozen-events.md"  # the last page: the child's first
    links = "\nSee [the report](no-such-page.md) and [the start](../introduction.md#no-such-anchor).\n"
    entry.write_text(entry.read_text(encoding="utf-8") + links, encoding="utf-8")
    # A hook of the editor's that warns before the page converts: the child runs it too.
    (project / "hooks" / "warn_early.py").write_text(WARN_EARLY, encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("\nhooks:\n", "\nhooks:\n  - hooks/warn_early.py\n", 1)
    )
    in_two = run_build(project, tmp_path / "two")
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("\n  explainer:\n", "\n  explainer:\n    convert_in_parallel: false\n", 1))
    in_one = run_build(project, tmp_path / "one")
    assert in_two.returncode == in_one.returncode == 1
    broken = [line for line in warnings(in_two.output) if "no-such-page.md" in line]
    assert len(broken) == 1 and "glossary/zhanaozen-events.md" in broken[0]
    assert [line for line in warnings(in_two.output) if "before converting" in line] == [
        "WARNING -  before converting glossary/zhanaozen-events.md"
    ]
    assert warnings(in_two.output) == warnings(in_one.output)
    # Links to anchors in other pages are checked once every page is converted, against
    # the build's own pages: the child's links come back keyed by them.
    anchors = [[line for line in build.output.splitlines() if "#no-such-anchor" in line] for build in (in_two, in_one)]
    assert anchors[0] == anchors[1] and len(anchors[0]) == 1 and "does not contain an anchor" in anchors[0][0]


def test_a_site_of_one_page_is_converted_by_the_build(tmp_path):
    project = tmp_path / "one-page"
    (project / "docs").mkdir(parents=True)
    (project / "docs" / "index.md").write_text("# Only\n\nOne page.\n", encoding="utf-8")
    hooks = Path(__file__).resolve().parent.parent / "hooks"
    (project / "mkdocs.yml").write_text(
        f"site_name: One page\nhooks:\n  - {hooks / 'parallel_pages.py'}\n", encoding="utf-8"
    )
    build = run_build(project, tmp_path / "site")
    assert build.returncode == 0, build.output
    assert "One page." in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
