"""The ends of the glossary's pages (`explainer.glossary_page_ends`): an entry's uses,
related entries, a place's events and notes; the index."""

from __future__ import annotations

import os
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import get_files
from mkdocs.structure.nav import get_navigation
from project import copy_project, run_in_one_process

from explainer.config import load_config
from explainer.forked import Forked
from explainer.glossary import build_glossary
from explainer.glossary_page_ends import GlossaryPageEnds, SitePageEnds, site_page_ends
from explainer.glossary_pages import PageUses, unused_entry_warnings
from explainer.markdown_anchors import AnchorsExtension
from explainer.markdown_glossary import GlossaryExtension
from explainer.markdown_notes import NotesExtension
from explainer.notes import CALL_MARKER
from explainer.site_pages import with_engine_templates
from explainer.timeline import parse_timeline

GLOSSARY_SOURCES = [
    (
        "glossary/kazakhstan.md",
        "docs/glossary/kazakhstan.md",
        "---\nterm: Kazakhstan\ndefinition: A state of Central Asia.\ncategory: place\nrelated: [three-evils]\n---\n",
    ),
    (
        "glossary/three-evils.md",
        "docs/glossary/three-evils.md",
        "---\nterm: three evils\ndefinition: Terrorism, extremism, separatism.\ncategory: concept\n---\n",
    ),
]
GLOSSARY = build_glossary(GLOSSARY_SOURCES)
URLS = {
    "glossary/index.md": "glossary/",
    "glossary/kazakhstan.md": "glossary/kazakhstan/",
    "glossary/three-evils.md": "glossary/three-evils/",
}
TIMELINE = """\
- date: "2019"
  event: Kazakhstan signed.
  countries: [Kazakhstan]
  page: part-1/dams.md
  quote: Kazakhstan signed
- date: "2020"
  event: Others met.
  countries: [China]
  page: part-1/dams.md
  quote: The three evils
"""


def page_ends() -> GlossaryPageEnds:
    """The ends of a small glossary's pages, whose terms one page of the article uses."""
    glossary = GlossaryExtension()
    glossary.set_glossary(GLOSSARY)
    glossary.start_page(enabled=True)
    source = "Kazakhstan signed.[@k]\n\nThe three evils returned.\n"
    markdown.markdown(source, extensions=[AnchorsExtension(), NotesExtension(), glossary])
    page = PageUses("1.2 Dams", "part-1/dams/", glossary.take_page())
    return GlossaryPageEnds(
        GLOSSARY,
        load_config({"explainer": {}}, "mkdocs.yml"),
        with_engine_templates(Environment()),
        [page],
        # The page's first note call is numbered 7 across the article.
        contents={"part-1/dams/": f"<p>Kazakhstan signed.{CALL_MARKER.format(number=7)}</p>"},
        urls=URLS,
        events=parse_timeline(TIMELINE, "docs/timeline.yml"),
        timeline_url="timeline/",
    )


def links(html: str, selector: str) -> list[tuple[str, str]]:
    return [
        (link.get_text(" ", strip=True), link["href"]) for link in BeautifulSoup(html, "html.parser").select(selector)
    ]


def test_an_entry_s_page_ends_with_where_the_article_uses_it_and_its_related_entries():
    end = page_ends().write("glossary/kazakhstan.md")
    assert links(end, ".explainer-glossary-uses a") == [("1.2 Dams", "../../part-1/dams/#p1")]
    assert "Kazakhstan signed." in BeautifulSoup(end, "html.parser").select_one("blockquote").get_text()
    assert ("three evils", "../three-evils/") in links(end, "a")


def test_a_place_s_page_lists_the_events_and_the_notes_that_concern_it():
    end = page_ends().write("glossary/kazakhstan.md")
    assert links(end, ".explainer-glossary-events a") == [("2019", "../../timeline/#event-1")]
    assert links(end, ".explainer-glossary-notes a") == [("7", "../../part-1/dams/#note-7")]
    # A concept lists neither.
    concept = page_ends().write("glossary/three-evils.md")
    assert not links(concept, ".explainer-glossary-events a, .explainer-glossary-notes a")


def test_the_index_links_every_entry_from_its_own_page():
    index = page_ends().write("glossary/index.md")
    assert {("Kazakhstan", "kazakhstan/"), ("three evils", "three-evils/")} <= set(links(index, "a"))


def test_an_entry_no_page_of_the_article_uses_is_named_with_its_file():
    glossary = GlossaryExtension()
    glossary.set_glossary(GLOSSARY)
    glossary.start_page(enabled=True)
    markdown.markdown("Kazakhstan signed.\n", extensions=[glossary])
    pages = [PageUses("1.2 Dams", "part-1/dams/", glossary.take_page())]
    assert unused_entry_warnings(GLOSSARY, pages) == [
        "docs/glossary/three-evils.md: glossary entry 'three-evils' is not used on any article page;"
        " if the article writes the term otherwise, add that spelling to the entry's aliases, else delete the entry"
    ]


def converted_site(tmp_path: Path) -> SitePageEnds:
    """What the glossary's hook gathers from a small converted site: two article pages (the
    first in reading order converted second), one with a note, the entries and the timeline."""
    docs = tmp_path / "docs"
    (docs / "glossary").mkdir(parents=True)
    for src_uri, (_src, _path, text) in zip(URLS, [("", "", "# Glossary\n"), *GLOSSARY_SOURCES], strict=True):
        (docs / src_uri).write_text(text, encoding="utf-8")
    (docs / "part-1").mkdir()
    for name in ("dams.md", "floods.md"):
        (docs / "part-1" / name).write_text("# Page\n", encoding="utf-8")
    (docs / "timeline.yml").write_text(TIMELINE, encoding="utf-8")
    (docs / "timeline.md").write_text("# Timeline\n", encoding="utf-8")
    config = MkDocsConfig()
    config.load_dict(
        {"site_name": "Rivers", "docs_dir": str(docs), "nav": ["part-1/floods.md", "part-1/dams.md", "timeline.md"]}
    )
    assert not config.validate()[0]
    files = get_files(config)
    nav = get_navigation(files, config)
    converted = []
    for src_uri, title, source in (
        ("part-1/dams.md", "1.2 Dams", "Kazakhstan signed.[@k]\n"),  # converted first, read second
        ("part-1/floods.md", "1.1 Floods", "Kazakhstan flooded.\n"),
        ("glossary/kazakhstan.md", "Kazakhstan", ""),
        ("glossary/three-evils.md", "three evils", ""),
    ):
        glossary = GlossaryExtension()
        glossary.set_glossary(GLOSSARY)
        glossary.start_page(enabled=src_uri.startswith("part-1/"))
        page = files.get_file_from_path(src_uri).page
        html = markdown.markdown(source, extensions=[AnchorsExtension(), NotesExtension(), glossary])
        # The page's note call, numbered 7 across the article, as the notes' hook marks it.
        html = html.replace('<sup data-explainer-call="0"></sup>', CALL_MARKER.format(number=7))
        page.title, page.markdown, page.content = title, source, html
        converted.append((page, glossary.take_page()))
    options = load_config({"explainer": {}}, "mkdocs.yml")
    env = with_engine_templates(Environment())
    return site_page_ends(GLOSSARY, options, env, converted, nav.pages, files, str(tmp_path))


def test_the_site_gives_the_ends_their_pages_in_reading_order_the_timeline_and_the_warnings(tmp_path):
    site = converted_site(tmp_path)

    assert site.entry_urls == {"kazakhstan": "glossary/kazakhstan/", "three-evils": "glossary/three-evils/"}
    # The index is not converted here: only the entries' ends are written, in the files' order.
    assert site.render_order == ["glossary/kazakhstan.md", "glossary/three-evils.md"]
    assert site.warnings == [
        "docs/glossary/three-evils.md: glossary entry 'three-evils' is not used on any article page;"
        " if the article writes the term otherwise, add that spelling to the entry's aliases, else delete the entry"
    ]
    end = site.ends.write("glossary/kazakhstan.md")
    assert [title for title, _href in links(end, ".explainer-glossary-uses a")] == ["1.1 Floods", "1.2 Dams"]
    assert links(end, ".explainer-glossary-events a") == [("2019", "../../timeline/#event-1")]


@pytest.mark.parametrize("fork", [True, False])
def test_the_child_writing_the_ends_lets_go_of_the_pages_text_and_keeps_their_note_numbers(tmp_path, fork):
    # The child inherits every page's Markdown and HTML, most of what the build holds, and
    # needs only each page's note numbers: it reads them, then empties the pages, so that
    # its peak is the build's at the fork, not that plus its work. The build's own pages
    # keep their text, and a build that cannot fork writes the same ends from whole pages.
    site = converted_site(tmp_path)
    pages = [file.page for file in site.files.documentation_pages() if file.page and file.page.content is not None]
    kept = {page.file.src_uri: (page.markdown, page.content) for page in pages}

    def write(src_uri: str) -> tuple[str, dict, int]:
        seen = {page.file.src_uri: (page.markdown, page.content) for page in pages}
        return site.ends.write(src_uri), seen, os.getpid()

    ends = Forked(site.render_order, write, redo=False, fork=fork, first_in_child=site.let_go_in_child)
    try:
        end, seen, pid = ends.get("glossary/kazakhstan.md")
    finally:
        ends.close()
    assert links(end, ".explainer-glossary-notes a") == [("7", "../../part-1/dams/#note-7")]
    assert [title for title, _href in links(end, ".explainer-glossary-uses a")] == ["1.1 Floods", "1.2 Dams"]
    if fork:
        assert pid != os.getpid()
        assert set(seen.values()) == {("", "")}
    else:
        assert seen == kept
    assert {page.file.src_uri: (page.markdown, page.content) for page in pages} == kept
    assert "Kazakhstan" in kept["part-1/dams.md"][1]


#: Builds the project in one process and records, each time the glossary's ends are
#: written, the process that writes them and how many pages' HTML it still holds.
GLOSSARY_WRITER = r"""
import json, os, sys
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

site, seen = sys.argv[1], Path(sys.argv[2])
config = load_config(config_file="mkdocs.yml", site_dir=site)
import explainer.glossary_page_ends as page_ends  # importable once the hooks are loaded
write = page_ends.GlossaryPageEnds.write
def recorded(self, src_uri):
    with open(seen, "a", encoding="utf-8") as out:
        out.write(json.dumps([os.getpid(), len(self.contents)]) + "\n")
    return write(self, src_uri)
page_ends.GlossaryPageEnds.write = recorded
config.plugins.on_startup(command="build", dirty=False)
build(config)
print(json.dumps({"build": os.getpid(), "seen": [json.loads(line) for line in seen.read_text().splitlines()]}))
"""


def test_the_build_s_glossary_writer_holds_no_page_s_html_and_its_places_still_list_their_notes(tmp_path):
    project = copy_project(tmp_path / "project")
    done = run_in_one_process(GLOSSARY_WRITER, project, str(tmp_path / "site"), str(tmp_path / "seen.jsonl"))
    writers = {pid for pid, _held in done["seen"]}
    assert writers and done["build"] not in writers  # written beside the build
    assert {held for _pid, held in done["seen"]} == {0}  # no page's HTML kept once the numbers are read
    page = BeautifulSoup(
        (tmp_path / "site" / "glossary" / "kazakhstan" / "index.html").read_text("utf-8"), "html.parser"
    )
    notes = [link.get_text() for link in page.select(".explainer-glossary-notes a")]
    assert notes[:3] == ["24", "25", "26"]
