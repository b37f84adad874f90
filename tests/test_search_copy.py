"""The copy of a page the search plugin reads indexes the same words as the page itself."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from material.plugins.search.plugin import Parser, SearchIndex
from project import copy_project, run_in_one_process
from test_notes_aside import second_article

from explainer.search_entries import (
    EMPHASIS_END,
    EMPHASIS_START,
    search_entry,
    search_entry_mark,
    without_search_entry_marks,
)
from explainer.search_index import (
    IndexBuiltAside,
    add_folded_words,
    restore_emphasis,
    search_copy,
    set_page_section_text,
    set_section_text,
)

PERMALINK = '<a aria-label="Permanent link" class="headerlink" href="#{}" title="Permanent link">&para;</a>'
PAGE = f"""<h1 id="title">Title <em>with</em> emphasis{PERMALINK.format("title")}</h1>
<p id="p1">The <a href="../glossary/sco/" class="glossary-term" title="A body > another" data-glossary="sco">SCO</a>
met in <strong>Astana</strong>, <span class="x">2001</span>.<sup class="note-call"><a href="#note-1">1</a></sup></p>
<!--explainer:term:sco-->SCO<!--/explainer:term-->
<h2 id="part">Part <code>two</code>{PERMALINK.format("part")}</h2>
<ul>
  <li><p>An <abbr title="Shanghai Cooperation Organisation">SCO</abbr> item, <q>quoted</q>,<br>broken</p></li>
  <li><a href="x/">Link</a> <em> </em> <b>bold</b> and <img alt="a picture" src="i.png"> after</li>
</ul>
<div class="admonition"><p class="admonition-title">Note</p><p>Inside &amp; <i>out</i>.</p></div>
<form><label><input type="radio" name="c" value="a"> A</label></form>
<style>.filter:has(input[value="a"]:checked) li {{ display: none; }}</style>
<script>var notText = "<em>";</script>
<p>Last.</p>
"""
#: An inline element the plugin skips whole: its closing tag must stay for the plugin to see it end.
SKIPPING = (
    PAGE
    + """<p>Before <span data-search-exclude>hidden <em>words</em></span> after.</p>
<script>var notText = "<em>";</script>
"""
)


def sections(html: str, *, italics: bool = False) -> list[tuple[str | None, str, str]]:
    """The search plugin's sections of ``html``: (id, title, text), runs of spaces made one;
    the copy's marks of italics left out, unless ``italics``."""
    parser = Parser()
    parser.feed(html)
    parser.close()
    marks = {} if italics else {ord(EMPHASIS_START): None, ord(EMPHASIS_END): None}
    squeeze = lambda parts: re.sub(r"\s+", " ", "".join(parts).translate(marks)).strip()  # noqa: E731
    return [(section.id, squeeze(section.title), squeeze(section.text)) for section in parser.data]


def test_the_search_plugin_reads_the_same_sections_titles_and_words_from_the_copy():
    copy = search_copy(PAGE)
    assert sections(copy) == sections(PAGE)
    assert copy.count("<") < PAGE.count("<") * 0.6  # the point of the copy: far fewer tags to parse


def test_the_copy_keeps_what_the_plugin_reads_structure_from():
    copy = search_copy(PAGE)
    for kept in ('<h1 id="title">', "<p", "<li>", "<ul>", "<sup", "<code>", "<div"):
        assert kept in copy, kept
    assert "headerlink" not in copy and "&para;" not in copy and "<em>" not in copy and "<a " not in copy
    assert "explainer:" not in copy  # the hooks' own comments
    assert "<style>" in copy and "</script>" in copy  # skipped whole by the plugin, they stay
    assert sections(copy)[0][1] == "Title with emphasis"


def as_marked(html: str) -> str:
    """``html`` with its italics marked as the copy marks them."""
    return re.sub(r"<(/?)(em|i)>", lambda tag: EMPHASIS_END if tag[1] else EMPHASIS_START, html)


def test_italics_are_marked_in_the_copy_and_reach_the_index_as_em():
    # The plugin keeps no inline markup: a book's title showed in a result in roman.
    entries = [
        {"location": f"#{id}", "title": title, "text": text}
        for id, title, text in sections(search_copy(PAGE), italics=True)
    ]
    restore_emphasis(entries)
    assert entries[0]["title"] == "Title <em>with</em> emphasis"
    assert "<p>Inside &amp; <em>out</em>.</p>" in entries[1]["text"]
    assert EMPHASIS_START not in str(entries) and EMPHASIS_END not in str(entries)
    # Outside a paragraph or a list (a table's cell), an element is a block of a result of
    # its own, which would show apart from the words around it: there the marks go.
    (_page, (_id, title, text)) = sections(search_copy(TABLE), italics=True)
    (cell,) = restore_emphasis([{"location": "#t", "title": title, "text": text}])
    assert cell == {"location": "#t", "title": "A <em>table</em>", "text": "Cell Title, <p>a <em>x</em></p>"}
    plain = [{"location": "#x", "title": "Title", "text": "<p>No italics.</p>"}]
    assert restore_emphasis(plain) == [{"location": "#x", "title": "Title", "text": "<p>No italics.</p>"}]


TABLE = '<h2 id="t">A <em>table</em></h2><table><tr><td>Cell <em>Title</em>, <p>a <i>x</i></p></td></tr></table>'


def test_a_page_with_elements_the_plugin_skips_keeps_its_tags_and_loses_only_the_comments():
    copy = search_copy(SKIPPING)
    assert copy == as_marked(SKIPPING.replace("<!--explainer:term:sco-->", "").replace("<!--/explainer:term-->", ""))
    assert sections(copy) == sections(SKIPPING)
    words = " ".join(text for _id, _title, text in sections(copy))
    assert "hidden" not in words and "notText" not in words and "display" not in words
    assert "Before after." in words and "Last." in words


def test_a_permalink_written_another_way_keeps_the_page_as_it_is():
    html = '<h2 id="x">X<a title="Permanent link" class="headerlink" href="#x">&para;</a></h2><p><em>Y</em></p>'
    assert search_copy(html) == as_marked(html)
    assert sections(search_copy(html))[-1] == ("x", "X", "<p>Y</p>")


#: A generated list on a page with words of its own before and after it.
LISTED = f"""<h1 id="sources">Sources{PERMALINK.format("sources")}</h1>
<p>Works the article cites.</p>
<ul class="list">
  <li id="smith:2001">{search_entry_mark("smith:2001", 'Smith, "Dams" & <Deltas>')}<p>Smith, <em>Dams</em>.</p></li>
  <li id="event-2">{search_entry_mark("event-2", "May 2011")}<p>Strikes begin.</p><!--explainer:held:x:0--></li>
</ul>
<p>Editors' words after the list.</p>
"""


def test_a_marked_entry_is_a_search_document_of_its_own_at_its_anchor():
    # A result for a word of an entry opened the page at its top, however far down the entry was.
    assert sections(search_copy(LISTED)) == [
        (None, "Sources", "<p>Works the article cites.</p> <p>Editors' words after the list.</p>"),
        ("smith:2001", 'Smith, "Dams" &amp; &lt;Deltas&gt;', "<p>Smith, Dams.</p>"),
        ("event-2", "May 2011", "<p>Strikes begin.</p>"),
    ]
    # The page itself shows no heading, and keeps no mark.
    shown = without_search_entry_marks(LISTED)
    assert "<h6" not in shown and "search-entry" not in shown
    assert '<li id="smith:2001"><p>Smith' in shown


def test_entries_written_for_the_index_alone_are_documents_the_parser_never_steps_back_through():
    # Each source in an element of its own: at each element's end the plugin looked back
    # through every section before, the square of the number of sources (5 s at 16,000).
    entries = "".join(search_entry(f"s{n}", f"Source {n}", f"Author {n} & co, <Title>.") for n in range(300))
    html = f'<h1 id="sources">Sources</h1><p>Before.</p><div class="slot">{entries}</div><p>After.</p>'
    parser = Parser()
    parser.feed(search_copy(html))
    parser.close()
    found = sections(search_copy(html))
    assert found[0] == (None, "Sources", "<p>Before.</p><p>After.</p>")  # the page's own words, together
    assert found[1] == ("s0", "Source 0", "<p>Author 0 &amp; co, &lt;Title&gt;.</p>")
    assert len(found) == 301 and found[-1][0] == "s299"
    exited = [section for section in parser.data if section.depth == float("inf")]
    assert len(exited) <= 1  # the last entry, once, where the element around them all ends


INDEX_THREE_WAYS = """
import json, sys
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

forked, indexes = [], []
for fork in (True, False, None):
    config = load_config(config_file="mkdocs.yml", site_dir=sys.argv[1])
    hook = sys.modules["hooks/search.py"]
    hook.FORK_INDEX = bool(fork)
    if fork is None:  # no stand-in: the plugin indexes each page itself
        hook.search_plugin = lambda plugins: None
    aside = sys.modules["explainer.search_index"].IndexBuiltAside
    made = aside.__dict__.get("made_here", aside.__init__)
    def recorded(self, *args, made=made, **kwargs):
        made(self, *args, **kwargs)
        forked.append(self.forked)
    aside.made_here, aside.__init__ = made, recorded
    config.plugins.on_startup(command="serve", dirty=False)
    build(config)
    indexes.append(Path(sys.argv[1], "search", "search_index.json").read_text(encoding="utf-8"))
print(json.dumps({"forked": forked, "indexes": indexes}))
"""


def test_the_index_built_beside_the_build_is_the_index_the_plugin_builds_itself(tmp_path):
    # Three builds in one process, as `mkdocs serve` makes them: the pages indexed in a
    # forked child, in the build's own process through the same stand-in, and by the
    # search plugin itself.
    done = run_in_one_process(INDEX_THREE_WAYS, copy_project(tmp_path / "project"), str(tmp_path / "site"))
    assert done["forked"] == [True, False]
    forked, in_build, by_plugin = done["indexes"]
    assert forked == in_build == by_plugin
    docs = json.loads(forked)["docs"]
    # The notes' sections get their text (`set_section_text`), the words their folded forms.
    notes = [entry for entry in docs if entry["location"].endswith("#notes")]
    # Tags only in the span that hides the numbers between a range's ends (`notes.notes_search_text`).
    assert notes and all("<" not in re.sub(r"<span hidden>[\w ]*</span>", "", entry["text"]) for entry in notes)
    assert any("qiáowù" in entry["text"] and "qiaowu" in entry["text"] for entry in docs)


def fake_page(url: str, content: str, **meta: object) -> SimpleNamespace:
    return SimpleNamespace(url=url, content=content, title=url.strip("/").title(), toc=[], meta=meta)


class EntriesFirst(SearchIndex):
    """An index that writes its entries before its config: another shape than Material's."""

    def generate_search_index(self, prev):
        return json.dumps({"docs": self.entries, "config": self.config}, separators=(",", ":"), default=str)


@pytest.mark.parametrize("fork", [True, False])
@pytest.mark.parametrize("index_class", [SearchIndex, EntriesFirst])
def test_the_stand_in_gives_the_plugin_the_index_it_would_have_made(fork, index_class, tmp_path):
    pages = [
        fake_page("one/", '<h1 id="one">Ürümqi</h1><p>First.</p><h2 id="notes">Notes</h2><p>x</p>', tags=["A"]),
        fake_page("hidden/", "<p>Not indexed.</p>", search={"exclude": True}),
        fake_page("two/", '<p>Qiáowù, last.</p><h2 id="notes">Notes</h2><p>y</p>', title="Given", search={"boost": 2}),
    ]
    config = {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": [], "fields": {}}
    by_plugin = index_class(**config)
    for page in pages:
        by_plugin.add_entry_from_context(page)
        set_section_text(by_plugin.entries, page.url, f"{page.url}#notes", f"notes of {page.url}")
    add_folded_words(by_plugin.entries)

    plugin = SimpleNamespace(search_index=index_class(**config))
    aside = IndexBuiltAside(plugin, fork=fork)
    assert plugin.search_index is aside and aside.forked == fork
    for page in pages:
        plugin.search_index.add_entry_from_context(page)
        set_page_section_text({"search": plugin}, page.url, f"{page.url}#notes", f"notes of {page.url}")
    aside.finish()
    # The plugin writes a stand-in; the child's file goes over it, the build's process never holding the JSON.
    index = tmp_path / "search_index.json"
    index.write_text(plugin.search_index.generate_search_index(None), encoding="utf-8")
    aside.put_in_place(str(index))
    # Byte for byte the file the plugin writes, though the child encodes each page's entries as they come.
    assert index.read_text(encoding="utf-8") == by_plugin.generate_search_index(None)
    written = json.loads(index.read_text(encoding="utf-8"))
    assert [(entry["location"], entry["text"]) for entry in written["docs"]] == [
        ("one/", "<p>First.</p><span hidden> urumqi</span>"),
        ("one/#notes", "notes of one/"),
        ("two/", "<p>Qiáowù, last.<span hidden> qiaowu</span></p>"),  # the last page's words are folded too
        ("two/#notes", "notes of two/"),
    ]
    assert written["docs"][2]["title"] == "Given" and written["docs"][2]["boost"] == 2


#: One build, recording what the search plugin writes from the build's own process.
INDEX_WRITTEN = """
import json, sys
from pathlib import Path
from mkdocs import utils
from mkdocs.commands.build import build
from mkdocs.config import load_config

written_here = []
write_file = utils.write_file
def recorded(output, output_path):
    if output_path.endswith("search_index.json"):
        written_here.append(len(output))
    write_file(output, output_path)
utils.write_file = recorded
config = load_config(config_file="mkdocs.yml", site_dir=sys.argv[1])
config.plugins.on_startup(command="build", dirty=False)
build(config)
index = Path(sys.argv[1], "search", "search_index.json").read_text(encoding="utf-8")
print(json.dumps({"written_here": written_here, "docs": len(json.loads(index)["docs"])}))
"""


def test_the_index_s_json_never_passes_through_the_build_s_process(tmp_path):
    # The child writes the index to a file of its own: the plugin writes an empty stand-in,
    # which the child's file replaces, so the build never receives nor encodes the JSON.
    done = run_in_one_process(INDEX_WRITTEN, second_article(tmp_path / "project"), str(tmp_path / "site"))
    assert done["written_here"] == [0]
    assert done["docs"] > 10


#: A hook that kills the build outright (SIGKILL: no handler runs) at its first page's
#: event named in ``KILLED_AT``: as it converts it, once the search index's child is at
#: work; or once it is rendered, the parts written beside the build reserved too.
KILLED_AT = """
import os, signal

def on_{event}(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)
"""


def processes_in_group(group: int) -> list[int]:
    """The live (not yet reaped or zombie) processes of process group ``group``."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[0] != "Z" and int(fields[2]) == group:
            found.append(int(entry.name))
    return found


@pytest.mark.parametrize("event", ["page_markdown", "post_page"])
def test_a_build_killed_midway_leaves_no_file_of_its_own_in_the_temporary_folder(tmp_path, event):
    # The index's child writes the index to a temporary file, and the bibliography's list
    # and the home page's JSON-LD go to files too (`spliced`); a build killed before it
    # could remove them left them (27 MB and 4 MB at 16x) in the system's temporary
    # folder for good. They are unlinked from the start: the system drops each with the
    # last process that holds it.
    project = copy_project(tmp_path / "project")
    (project / "hooks" / "killed.py").write_text(KILLED_AT.format(event=event), encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("hooks:\n", "hooks:\n  - hooks/killed.py\n", 1))
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "EXPLAINER_PDF": "0", "TMPDIR": str(temporary)}
    build = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(tmp_path / "site")],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: the children it forked are found by it
    )
    _output, errors = build.communicate(timeout=600)
    assert build.returncode == -signal.SIGKILL, errors.decode()[-3000:]
    deadline = time.monotonic() + 60
    while processes_in_group(build.pid) and time.monotonic() < deadline:
        time.sleep(0.1)  # the children see the build gone and end
    assert not processes_in_group(build.pid)
    # The theme's compiled templates are kept there on purpose (`template_cache`).
    assert [path.name for path in temporary.iterdir() if path.name.startswith("explainer-")] == []
