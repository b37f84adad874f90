"""The timeline's page once every page is converted (`explainer.timeline_page`): the events
checked against the site, and their list as the page shows it."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import get_navigation
from test_timeline_site import NAV, PASSAGES, event, site_files

from explainer.config import load_config
from explainer.errors import ExplainerErrors
from explainer.site_pages import with_engine_templates
from explainer.timeline import parse_timeline
from explainer.timeline_page import pages_numbered_in_order, site_warnings, timeline_html

TIMELINE = event("part-1/dams.md", "signed the treaty", 12).replace("E.", "The states *signed* the treaty.")


def test_an_event_the_site_contradicts_stops_the_build_naming_its_line(tmp_path):
    events = parse_timeline(event("part-1/dams.md", "they met", 30), "docs/timeline.yml")
    with pytest.raises(ExplainerErrors) as raised:
        site_warnings(events, site_files(tmp_path), PASSAGES, {}, "docs/timeline.yml", NAV, [].append)
    assert "  docs/timeline.yml:4: the quote is not in part-1/dams.md: 'they met'\n" in str(raised.value)


def test_a_quote_that_two_paragraphs_hold_is_a_warning(tmp_path):
    events = parse_timeline(TIMELINE, "docs/timeline.yml")
    files = site_files(tmp_path)
    warned: list[str] = []
    site_warnings(events, files, PASSAGES, {"part-1/dams.md": {"signed the treaty": 1}}, "p.yml", NAV, warned.append)
    assert warned == []
    site_warnings(events, files, PASSAGES, {"part-1/dams.md": {"signed the treaty": 2}}, "p.yml", NAV, warned.append)
    (warning,) = warned
    assert warning.startswith("p.yml:4: ") and "2 paragraphs" in warning


def test_the_list_links_each_event_to_its_passage_and_note_under_its_section_s_title(tmp_path):
    events = parse_timeline(TIMELINE, "docs/timeline.yml")
    files = site_files(tmp_path)
    files.get_file_from_path("part-1/dams.md").page.title = "1.2 Dams &amp; Rivers"
    options = load_config({"explainer": {}}, "mkdocs.yml")
    env = with_engine_templates(Environment())
    html = timeline_html(events, files, {"part-1/dams.md": {"signed the treaty": "p3"}}, "timeline/", options, env)
    page = BeautifulSoup(html, "html.parser")
    (item,) = page.select("li.explainer-timeline__event")
    assert item.select_one(".explainer-timeline__text").decode_contents() == "The states <em>signed</em> the treaty."
    links = {link.get_text(" ", strip=True): link["href"] for link in item.select("a")}
    assert links["1.2 Dams & Rivers"] == "../part-1/dams/#p3"
    assert "../part-1/dams/#note-12" in links.values()


def test_an_event_s_note_is_checked_on_the_nav_s_pages_those_it_names_and_the_glossary_s_not_on_a_page_outside(
    tmp_path,
):
    docs = tmp_path / "docs"
    docs.mkdir()
    config = MkDocsConfig()
    nav_written = [{"Home": "index.md"}, {"Dams": "part-1/dams.md"}, {"Gone": "part-1/gone.md"}]
    config.load_dict({"site_name": "Rivers", "nav": nav_written, "docs_dir": str(docs)})
    assert not config.validate()[0]
    paths = ["index.md", "part-1/dams.md", "aside.md", "glossary/basin.md", "appendix/tables.md"]
    files = Files([File(path, str(docs), "site", True) for path in paths])
    options = load_config({"explainer": {"separate_notes": ["appendix/"]}}, "mkdocs.yml")
    pages = pages_numbered_in_order(get_navigation(files, config), files, config, options)
    assert pages == {"index.md", "part-1/dams.md", "part-1/gone.md", "glossary/basin.md", "appendix/tables.md"}
