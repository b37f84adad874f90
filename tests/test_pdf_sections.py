"""The site's pages as the PDF's sections (`explainer.pdf_sections`): order, kinds and parts."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation, get_navigation

from explainer.config import ExplainerConfig, load_config
from explainer.pdf_sections import pdf_sections

#: A small site: a home page, a nav section with a page of its own, one without, the
#: bibliography, and glossary entries outside the nav.
NAV = [
    {"Home": "index.md"},
    {"Introduction": "introduction.md"},
    {"Part One": [{"Part One": "part-1/index.md"}, {"Rivers": "part-1/rivers.md"}]},
    {"Part Two": [{"Dams": "part-2/dams.md"}, {"Floods": "part-2/floods.md"}]},
    {"Bibliography": "bibliography.md"},
    {"Glossary": "glossary/index.md"},
]
#: Glossary entries by source path, with their terms.
ENTRIES = {"glossary/b.md": "Basin", "glossary/a.md": "“Zone” of flooding", "glossary/c.md": "Aquifer"}


def site(docs: Path, extra: list[str] = ()) -> tuple[Navigation, Files, ExplainerConfig]:
    """The small site's navigation and files, with ``extra`` files in the docs folder too."""
    docs.mkdir(exist_ok=True)
    config = MkDocsConfig()
    config.load_dict({"site_name": "Rivers", "nav": NAV, "docs_dir": str(docs)})
    assert not config.validate()[0]
    paths = [*(next(iter(item.values())) for item in NAV[:2]), "part-1/index.md", "part-1/rivers.md"]
    paths += ["part-2/dams.md", "part-2/floods.md", "bibliography.md", "glossary/index.md", *ENTRIES, *extra]
    files = Files([File(path, str(docs), "site", True) for path in paths])
    nav = get_navigation(files, config)
    for path, term in ENTRIES.items():  # as MkDocs reads a page's title from its first heading
        page = files.get_file_from_path(path).page
        page.markdown, page.meta = f"# {term}\n", {"title": term}
    return nav, files, load_config({"explainer": {}}, "mkdocs.yml")


def rendered(files: Files) -> dict[str, str]:
    return {file.src_uri: f"<p>{file.src_uri}</p>" for file in files.documentation_pages()}


def test_the_pages_follow_the_nav_and_the_glossary_s_entries_follow_by_term(tmp_path):
    nav, files, options = site(tmp_path / "docs")
    sections = pdf_sections(nav, files, options, rendered(files))
    assert [(section.url, section.kind) for section in sections] == [
        ("", "front"),
        ("introduction/", "article"),
        ("part-1/", "article"),
        ("part-1/rivers/", "article"),
        ("part-2/dams/", "article"),
        ("part-2/floods/", "article"),
        ("bibliography/", "back"),
        # By term, whatever quotation mark opens it; the glossary's index is not printed.
        ("glossary/c/", "appendix"),
        ("glossary/b/", "appendix"),
        ("glossary/a/", "appendix"),
    ]
    assert sections[3].title == "Rivers" and sections[3].html == "<p>part-1/rivers.md</p>"


def test_a_nav_section_without_a_page_of_its_own_is_a_part_its_first_page_opens(tmp_path):
    nav, files, options = site(tmp_path / "docs")
    by_url = {section.url: section for section in pdf_sections(nav, files, options, rendered(files))}
    # Part One's own page stands for it; its other pages sit one level down.
    assert (by_url["part-1/"].parts, by_url["part-1/"].depth) == ((), 0)
    assert (by_url["part-1/rivers/"].parts, by_url["part-1/rivers/"].depth) == ((), 1)
    assert (by_url["part-2/dams/"].parts, by_url["part-2/dams/"].depth) == (("Part Two",), 1)
    assert (by_url["part-2/floods/"].parts, by_url["part-2/floods/"].depth) == ((), 1)
    # The glossary's pages number their notes on their own (`separate_notes`); the article's do not.
    assert by_url["glossary/a/"].own_notes and not by_url["part-1/rivers/"].own_notes


def test_a_page_not_rendered_is_left_out(tmp_path):
    nav, files, options = site(tmp_path / "docs")
    pages = rendered(files)
    del pages["part-2/dams.md"], pages["glossary/b.md"]
    urls = [section.url for section in pdf_sections(nav, files, options, pages)]
    assert "part-2/dams/" not in urls and "glossary/b/" not in urls
    assert "part-2/floods/" in urls and "glossary/a/" in urls


def test_only_the_glossary_s_entries_are_its_appendix_not_another_file_in_its_folder(tmp_path):
    # The site takes only a .md file there as an entry; MkDocs reads a .markdown one as a
    # page of its own, outside the nav, which the PDF leaves out as it does any other.
    nav, files, options = site(tmp_path / "docs", extra=["glossary/aside.markdown", "glossary/notes.mdown"])
    appendix = [
        section.url for section in pdf_sections(nav, files, options, rendered(files)) if section.kind == "appendix"
    ]
    assert appendix == ["glossary/c/", "glossary/b/", "glossary/a/"]
