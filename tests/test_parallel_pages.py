"""Pages converted by a forked child: the same site, the same warnings; the build converts what the child did not."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from project import copy_project, run_build, run_in_one_process

from explainer.parallel_pages import BYTES_PER_PAGE, CHILD_SHARE, child_pages

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
    taken = []
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
    results.append({"way": way, "taken": taken, "files": files})
print(json.dumps(results))
"""


def fake_page(src_uri: str, size: int) -> SimpleNamespace:
    return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri, abs_src_path=None, content_string="x" * size))


def test_the_child_takes_the_last_pages_its_share_of_the_weight():
    sizes = [8000, 3000, 8000, 500, 8000, 8000, 100, 100]
    pages = [fake_page(f"{number}.md", size) for number, size in enumerate(sizes)]
    taken = child_pages(pages)
    weights = [size + BYTES_PER_PAGE for size in sizes]
    first = len(pages) - len(taken)
    assert taken == [page.file.src_uri for page in pages[first:]]  # the last ones, in order
    # Its share, to the nearest page: the page before its first would have taken it
    # further from the share, and its first page brought it nearer.
    wanted = sum(weights) * CHILD_SHARE
    assert abs(sum(weights[first:]) - wanted) <= abs(sum(weights[first - 1 :]) - wanted)
    assert abs(sum(weights[first:]) - wanted) <= abs(sum(weights[first + 1 :]) - wanted)
    assert child_pages(pages[:1]) == []  # one page: not worth a fork
    assert child_pages(pages[:2]) == ["1.md"]  # the build always keeps the first page


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
    # The child converted the last pages, the glossary's entries among them.
    taken = builds[0]["taken"]
    assert len(taken) > 5 and "glossary/tianxia.md" in taken and "introduction.md" not in taken
    assert builds[-1]["taken"] == taken
    # A page the child failed on, the build converted; the child went on with the next.
    failed = by_way["child-fails"]["taken"]
    assert "glossary/tianxia.md" not in failed and set(failed) == set(taken) - {"glossary/tianxia.md"}
    # The child died there: the build converted that page and every one after it.
    died = by_way["child-dies"]["taken"]
    assert died == taken[: taken.index("glossary/tianxia.md")]


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
    entry = project / "docs" / "glossary" / "zhanaozen-events.md"  # the last page MkDocs converts
    entry.write_text(entry.read_text(encoding="utf-8") + "\nSee [the report](no-such-page.md).\n", encoding="utf-8")
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
