"""The timeline as the site's files hold it (`explainer.timeline_files`): its file found,
read and left out of the site; a timeline without events; a site without the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import InclusionLevel, get_files

from explainer.errors import ExplainerErrors
from explainer.site_pages import load_options
from explainer.timeline_files import no_events_warning, no_timeline_warning, read_timeline

EVENT = (
    '- date: "2019-03-05"\n  event: A "treaty" is signed.\n  countries: [Austria]\n  page: index.md\n  quote: signed\n'
)


def project(tmp_path: Path, timeline: str | None, *, extra: str = "", nav: str = "") -> tuple:
    """The config, files and options of a site with a home page and, unless None, ``timeline`` in docs/timeline.yml."""
    docs = tmp_path / "docs"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n\nThe treaty was signed.\n", encoding="utf-8")
    if timeline is not None:
        (docs / "timeline.yml").write_text(timeline, encoding="utf-8")
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(f"site_name: S\n{nav}extra:\n  explainer:\n    bib_files: []\n{extra}", encoding="utf-8")
    config = load_config(config_file=str(config_file))
    return config, get_files(config), load_options(config)


def test_the_events_are_read_and_the_file_is_not_published(tmp_path):
    config, files, options = project(tmp_path, EVENT)
    source = files.get_file_from_path(options.timeline_file)
    path, events = read_timeline(source, config, options)
    assert path == "docs/timeline.yml"
    assert [(event.date, event.page, event.quote) for event in events] == [("2019-03-05", "index.md", "signed")]
    assert events[0].event == "A “treaty” is signed."  # the editors' words, with typographic quotes
    assert source.inclusion is InclusionLevel.EXCLUDED


def test_a_mistake_in_the_file_is_raised_with_its_line_and_the_file_is_left_as_it_was(tmp_path):
    config, files, options = project(tmp_path, EVENT.replace('"2019-03-05"', '"2019-13"'))
    source = files.get_file_from_path(options.timeline_file)
    with pytest.raises(ExplainerErrors) as raised:
        read_timeline(source, config, options)
    assert "docs/timeline.yml:1:" in str(raised.value)
    assert source.inclusion is not InclusionLevel.EXCLUDED


def test_a_timeline_without_events_is_named_with_what_to_do(tmp_path):
    config, files, options = project(tmp_path, "[]\n")
    path, events = read_timeline(files.get_file_from_path(options.timeline_file), config, options)
    assert events == ()
    assert no_events_warning(path) == (
        "docs/timeline.yml: the timeline has no events, so its page is empty;"
        " add events, or delete the file to have no timeline page"
    )


def test_no_file_is_a_warning_only_where_the_nav_lists_the_timeline(tmp_path):
    config, _files, options = project(tmp_path / "a", None, nav="nav:\n  - index.md\n  - timeline.md\n")
    assert no_timeline_warning(config, options) == (
        "docs/timeline.yml does not exist, so there is no timeline page for the nav's timeline.md;"
        " add the file, or take the timeline out of the nav (mkdocs.yml:4)"  # the nav's line of timeline.md
    )
    config, _files, options = project(tmp_path / "b", None, nav="nav:\n  - index.md\n")
    assert no_timeline_warning(config, options) is None


def test_a_timeline_file_named_on_purpose_that_is_not_there_stops_the_build(tmp_path):
    config, _files, options = project(tmp_path, None, extra="    timeline_file: timline.yml\n")
    with pytest.raises(PluginError, match=r"extra\.explainer\.timeline_file: docs/timline\.yml does not exist"):
        no_timeline_warning(config, options)
