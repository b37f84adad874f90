"""The notes checked and numbered in a forked process (`explainer.site_notes.NotesAside`): the
build's own process never unpacks them, a rebuild in the same process numbers them again,
an error found there stops the build at its file and line, and no process is left behind."""

from __future__ import annotations

import shutil
from pathlib import Path

from project import PROJECT, edit, run_build, run_in_one_process

#: Builds the project in one process, as `mkdocs serve` does: as it is, then after an edit,
#: then with a citation of no entry. After each: how many times the build's own process
#: unpacked a page's notes, the processes still below it (a writer forked by the child
#: included: the script adopts orphans, `PR_SET_CHILD_SUBREAPER`), and each page's calls.
SERVE_LIKE = """
import ctypes, json, os, re, sys
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

ctypes.CDLL(None).prctl(36, 1)  # PR_SET_CHILD_SUBREAPER: a forked writer left behind stays our child
BUILD_PROCESS = os.getpid()
unpacked_here = []

def descendants():
    found = []
    for task in os.listdir("/proc/self/task"):
        found += Path(f"/proc/self/task/{task}/children").read_text().split()
    return found

def once(site):
    config = load_config(config_file="mkdocs.yml", site_dir=site)
    import explainer.markdown_notes as markdown_notes  # importable once the hooks are loaded
    if not hasattr(markdown_notes.PageNotes, "original_unpacked"):
        markdown_notes.PageNotes.original_unpacked = markdown_notes.PageNotes.unpacked
        def unpacked(packed):
            if os.getpid() == BUILD_PROCESS:
                unpacked_here.append(1)
            return markdown_notes.PageNotes.original_unpacked(packed)
        markdown_notes.PageNotes.unpacked = staticmethod(unpacked)
    config.plugins.on_startup(command="serve", dirty=False)
    unpacked_here.clear()
    try:
        build(config, serve_url="http://127.0.0.1:8000/")
        outcome = "built"
    except Exception as error:
        outcome = type(error).__name__
    calls = {}
    for page in ("upstream", "downstream"):
        html = Path(site, page, "index.html").read_text(encoding="utf-8") if outcome == "built" else ""
        calls[page] = [int(number) for number in re.findall(r'id="note-ref-(\\d+)"', html)]
    return {"outcome": outcome, "unpacked_here": len(unpacked_here), "left": descendants(), "calls": calls}

report = [once(sys.argv[1])]
page = Path("docs/upstream.md")
text = page.read_text(encoding="utf-8")
page.write_text(text.replace("hold back water", "hold back water.[@dvorak_rivers_2001] It may", 1), encoding="utf-8")
report.append(once(sys.argv[1]))
page.write_text(text.replace("[@dvorak_rivers_2001]", "[@dvorak_rivers_2010]", 1), encoding="utf-8")
report.append(once(sys.argv[1]))
print(json.dumps(report))
"""


def second_article(target: Path) -> Path:
    """A copy of the second article, beside the hooks and overrides it names (``../../../hooks``)."""
    folder = target / "tests" / "fixtures" / "second-article"
    shutil.copytree(PROJECT / "tests" / "fixtures" / "second-article", folder)
    for part in ("hooks", "overrides"):
        (target / part).symlink_to(PROJECT / part)
    return folder


def test_notes_are_numbered_beside_the_build_in_every_rebuild_and_an_error_there_stops_it(tmp_path: Path):
    folder = second_article(tmp_path / "project")
    first, edited, broken = run_in_one_process(SERVE_LIKE, folder, str(tmp_path / "site"))
    # The build's process never unpacks a page's notes: the child checks and numbers them.
    assert first["unpacked_here"] == edited["unpacked_here"] == broken["unpacked_here"] == 0
    assert first["outcome"] == edited["outcome"] == "built"
    # Numbered across the article, the home page's first: a note added upstream moves
    # every later number, downstream's too.
    assert first["calls"] == {"upstream": [2, 3, 4, 5], "downstream": [6, 7, 8]}
    assert edited["calls"] == {"upstream": [2, 3, 4, 5, 6], "downstream": [7, 8, 9]}
    # A citation of no entry, found in the child, stops the build; no process is left behind.
    assert broken["outcome"] == "Abort"
    assert first["left"] == edited["left"] == broken["left"] == []


def test_a_citation_of_no_entry_found_beside_the_build_is_named_at_its_file_and_line(tmp_path: Path):
    folder = second_article(tmp_path / "project")
    edit(folder / "docs" / "upstream.md", "[@dvorak_rivers_2001]", "[@dvorak_rivers_2010]")
    built = run_build(folder, tmp_path / "site")
    assert built.returncode != 0
    assert "docs/upstream.md:4: unknown citation key 'dvorak_rivers_2010'" in built.output
