"""The glossary as the site's files hold it (`explainer.glossary_files`): its entries'
pages found, left out of the nav's check, and read; a folder without entries; the pages
whose terms are linked; and an entry's page as Markdown (`explainer.glossary_pages`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import InclusionLevel, get_files

from explainer.errors import ExplainerErrors
from explainer.glossary_files import glossary_entry_files, links_terms, no_entries_warning, read_glossary
from explainer.glossary_pages import entry_page_markdown
from explainer.site_pages import load_options, slot

ENTRY = "---\nterm: Kazakhstan\ndefinition: A state of Central Asia.\ncategory: place\naliases: [Qazaqstan]\n---\n"


def project(tmp_path: Path, entries: dict[str, str], *, extra: str = "", nav: str = "") -> tuple:
    """The config, files and options of a site with a home page and ``entries`` in docs/glossary/."""
    docs = tmp_path / "docs"
    (docs / "glossary").mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n", encoding="utf-8")
    for name, text in entries.items():
        (docs / "glossary" / name).write_text(text, encoding="utf-8")
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(f"site_name: S\n{nav}extra:\n  explainer:\n    bib_files: []\n{extra}", encoding="utf-8")
    config = load_config(config_file=str(config_file))
    return config, get_files(config), load_options(config)


def test_the_entries_are_read_and_left_out_of_the_nav_s_check(tmp_path):
    config, files, options = project(tmp_path, {"kazakhstan.md": ENTRY}, nav="nav:\n  - index.md\n")
    entry_files = glossary_entry_files(files, options)
    assert [file.src_uri for file in entry_files] == ["glossary/kazakhstan.md"]
    glossary = read_glossary(entry_files, files, config, options)
    assert list(glossary.entries) == ["kazakhstan"] and glossary["kazakhstan"].term == "Kazakhstan"
    assert entry_files[0].inclusion is InclusionLevel.NOT_IN_NAV  # not reported as missing from the nav
    assert files.get_file_from_path("index.md").inclusion is not InclusionLevel.NOT_IN_NAV


def test_an_entry_s_mistake_is_raised_with_its_file(tmp_path):
    config, files, options = project(tmp_path, {"kazakhstan.md": "# No front matter\n"})
    with pytest.raises(ExplainerErrors) as raised:
        read_glossary(glossary_entry_files(files, options), files, config, options)
    assert "  docs/glossary/kazakhstan.md:1: glossary entry has no front matter\n" in str(raised.value)


def test_no_entries_is_a_warning_only_where_the_nav_lists_the_glossary(tmp_path):
    config, files, options = project(tmp_path / "a", {}, nav="nav:\n  - index.md\n  - glossary/index.md\n")
    assert glossary_entry_files(files, options) == []
    assert no_entries_warning(config, options) == (
        "docs/glossary/ holds no glossary entry, so there is no glossary page for the nav's glossary/index.md;"
        " add an entry, or take the glossary out of the nav (mkdocs.yml:4)"  # the nav's line of glossary/index.md
    )
    config, files, options = project(tmp_path / "b", {}, nav="nav:\n  - index.md\n")
    assert no_entries_warning(config, options) is None


def test_a_glossary_dir_named_on_purpose_without_entries_stops_the_build(tmp_path):
    config, _files, options = project(tmp_path, {}, extra="    glossary_dir: glosary\n")
    with pytest.raises(PluginError, match=r"extra\.explainer\.glossary_dir: docs/glosary/ holds no glossary entry"):
        no_entries_warning(config, options)


def test_terms_are_linked_on_the_article_s_pages_and_the_timeline_s_not_on_the_lists_or_entries(tmp_path):
    config, files, options = project(tmp_path, {"kazakhstan.md": ENTRY})
    glossary = read_glossary(glossary_entry_files(files, options), files, config, options)
    pages = ("index.md", "part-1/index.md", "timeline.md", "glossary/kazakhstan.md", "glossary/index.md")
    linked = {src_uri: links_terms(options, glossary, src_uri) for src_uri in (*pages, "bibliography.md")}
    assert linked == {
        "index.md": True,
        "part-1/index.md": True,
        "timeline.md": True,
        "glossary/kazakhstan.md": False,
        "glossary/index.md": False,
        "bibliography.md": False,
    }


def test_an_entry_s_page_is_titled_with_its_term_and_defined_unless_it_has_a_heading(tmp_path):
    config, files, options = project(tmp_path, {"kazakhstan.md": ENTRY})
    entry = read_glossary(glossary_entry_files(files, options), files, config, options)["kazakhstan"]
    written = entry_page_markdown(entry, "Its text.")
    assert written == (
        '# Kazakhstan\n\n<p class="explainer-glossary-definition">A state of Central Asia.</p>\n\n'
        f"Its text.\n\n{slot('glossary-uses')}\n"
    )
    assert entry_page_markdown(entry, "# Its own title\n\nText.").startswith(
        '<p class="explainer-glossary-definition">A state of Central Asia.</p>\n\n# Its own title\n'
    )
