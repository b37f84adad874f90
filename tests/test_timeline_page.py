"""The timeline's page once every page is converted (`explainer.timeline_page`): the events
checked against the site, and their list as the page shows it."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from jinja2 import Environment
from test_timeline_site import NAV, PASSAGES, event, site_files

from explainer.config import load_config
from explainer.errors import ExplainerErrors
from explainer.site_pages import with_engine_templates
from explainer.timeline import parse_timeline
from explainer.timeline_page import site_warnings, timeline_html

TIMELINE = event("part-1/dams.md", "signed the treaty", 12).replace("E.", "The states *signed* the treaty.")


def test_an_event_the_site_contradicts_stops_the_build_naming_its_line(tmp_path):
    events = parse_timeline(event("part-1/dams.md", "they met", 30), "docs/timeline.yml")
    with pytest.raises(ExplainerErrors) as raised:
        site_warnings(events, site_files(tmp_path), PASSAGES, {}, "docs/timeline.yml", NAV)
    assert "  docs/timeline.yml:4: the quote is not in part-1/dams.md: 'they met'\n" in str(raised.value)


def test_a_quote_that_two_paragraphs_hold_is_a_warning(tmp_path):
    events = parse_timeline(TIMELINE, "docs/timeline.yml")
    files = site_files(tmp_path)
    assert site_warnings(events, files, PASSAGES, {"part-1/dams.md": {"signed the treaty": 1}}, "p.yml", NAV) == []
    (warning,) = site_warnings(events, files, PASSAGES, {"part-1/dams.md": {"signed the treaty": 2}}, "p.yml", NAV)
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
