"""Editors' text that holds markup characters (``<``, ``&``, quotation marks), in BibTeX,
glossary entries, the timeline and options, reads in the browser as typed, runs nothing,
and works as any other text does."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from browsing import serve
from playwright.sync_api import Page, expect
from project import copy_project, run_build

TOOLTIP = ".md-tooltip2--active"

#: A source whose title holds an image tag with code, as text a hostile or careless
#: editor may paste: the notes and cards must show it, not run it.
INJECTED_SOURCE = """
@misc{injected2021,
  author = {Doe, J.},
  title = {Rights & Wrongs <img src=x onerror=alert(1)> <b>bold</b>},
  date = {2021},
}
"""
#: A title with LaTeX (an umlaut) and a bare & and %, as BibTeX users type them.
LATEX_SOURCE = """
@misc{budget2020,
  author = {M{\\"u}ller, A.},
  title = {R&D in {\\"O}sterreich: 100% of the Budget, and More},
  date = {2020},
}
"""
#: An address with an apostrophe in it, which addresses may hold (RFC 3986).
APOSTROPHE_URL = "https://example.org/wiki/People's_Republic?a=1&b=2"
APOSTROPHE_SOURCE = f"""
@online{{apostrophe2020,
  title = {{A Page}},
  url = {{{APOSTROPHE_URL}}},
  date = {{2020}},
}}
"""
#: Front-matter titles of two sections, with Markdown and with HTML (as YAML, in quotes).
TITLES = {"new-paradigm.md": "'The *Tianxia* idea'", "western-values.md": "'Western <em>values</em> & Asia'"}
#: The reference the notes print for it, as a reader reads it.
INJECTED_REFERENCE = "J. Doe, Rights & Wrongs <img src=x onerror=alert(1)> <b>bold</b>, 2021."


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = copy_project(tmp_path_factory.mktemp("markup") / "project")
    with (project / "bib" / "article.bib").open("a", encoding="utf-8") as bib:
        bib.write(INJECTED_SOURCE + LATEX_SOURCE + APOSTROPHE_SOURCE)
    conclusion = project / "docs" / "conclusion.md"
    conclusion.write_text(
        conclusion.read_text(encoding="utf-8")
        # Cited in full, then another source, then in short form: the short form's card
        # holds the full reference.
        + "\nAn added sentence.[@injected2021] Another.[@brown2017world] A third.[@injected2021]\n"
        + "\nBosnia & Herzegovina, too, is a state.[@budget2020] So is another.[@apostrophe2020]\n",
        encoding="utf-8",
    )
    # The site is served where its address says, so that Material's navigation.instant
    # loads the pages it links to in place, as a theme may be set to.
    server, url = serve(project / "site")
    # A category and a country whose names hold an ampersand and quotation marks, and a
    # label of the link to the PDF with markup characters.
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8")
        .replace("    - navigation.indexes\n", "    - navigation.indexes\n    - navigation.instant\n")
        .replace("site_author:", f"site_url: {url}\nsite_author:")
        .replace(
            "    pdf_paper: A4\n",
            "    pdf_paper: A4\n    glossary_categories: [concept, organisation, policy or programme, event, place,"
            " law or norm, 'ideas & \"doctrines\"']\n    pdf_link_label: 'PDF <A4> & notes'\n",
        ),
        encoding="utf-8",
    )
    # Titles in front matter with Markdown's emphasis, and with a tag and an ampersand.
    for name, title in TITLES.items():
        section = project / "docs" / "part-1" / name
        section.write_text(f"---\ntitle: {title}\n" + section.read_text(encoding="utf-8").removeprefix("---\n"))
    tianxia = project / "docs" / "glossary" / "tianxia.md"
    tianxia.write_text(
        tianxia.read_text(encoding="utf-8").replace("category: concept", "category: 'ideas & \"doctrines\"'"),
        encoding="utf-8",
    )
    (project / "docs" / "glossary" / "bosnia.md").write_text(
        "---\nterm: Bosnia & Herzegovina\ndefinition: A state in the Balkans.\ncategory: place\n---\n\nA place.\n",
        encoding="utf-8",
    )
    with (project / "docs" / "timeline.yml").open("a", encoding="utf-8") as timeline:
        timeline.write(
            '\n- date: "2021"\n  event: An event in Bosnia & Herzegovina.\n'
            "  countries: [Bosnia & Herzegovina]\n  page: conclusion.md\n"
            '  quote: "Bosnia & Herzegovina, too"\n'
        )
    try:
        build = run_build(project, project / "site", pdf=True)  # the link to the PDF is there only with it
        assert build.returncode == 0, build.output
        yield url
    finally:
        server.shutdown()


@pytest.fixture
def page_with_dialogs(page: Page) -> Iterator[tuple[Page, list[str]]]:
    """A page that records any dialog a script opens (an injected ``alert``), and closes it."""
    opened: list[str] = []

    def record(dialog) -> None:
        opened.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", record)
    yield page, opened


def load_in_place(page: Page, site_url: str, path: str) -> None:
    """Open the introduction, then ``path`` through its nav link, as navigation.instant loads it."""
    page.goto(site_url + "introduction/")
    page.evaluate("window.loadedOnce = true")
    page.locator(f'.md-nav a[href$="{path}"]').first.click()
    page.wait_for_url(f"**/{path}")
    assert page.evaluate("window.loadedOnce") is True  # the page was loaded in place


def assert_injected_card_shows_text(page: Page) -> None:
    """The short citation's card of the source with markup in its title reads it as text."""
    short = page.locator('a.citation-ref--short[href$="#injected2021"]')
    short.scroll_into_view_if_needed()
    short.hover()
    page.wait_for_selector(TOOLTIP, state="visible", timeout=5000)
    assert page.inner_text(TOOLTIP) == INJECTED_REFERENCE
    assert page.locator(f"{TOOLTIP} img").count() == 0
    short.focus()


def test_a_short_citation_s_card_shows_the_source_s_markup_as_text_and_runs_none(page_with_dialogs, site_url):
    page, opened = page_with_dialogs
    page.goto(site_url + "conclusion/")
    assert_injected_card_shows_text(page)
    page.wait_for_timeout(300)  # an image that failed to load would have run its onerror by now
    assert opened == []


def test_a_card_on_a_page_loaded_in_place_shows_the_source_s_markup_as_text(page_with_dialogs, site_url):
    page, opened = page_with_dialogs
    load_in_place(page, site_url, "conclusion/")
    assert_injected_card_shows_text(page)
    page.wait_for_timeout(300)
    assert opened == []


def test_a_filter_on_a_page_loaded_in_place_says_its_count(page, site_url):
    """Scripts that work on a page's content run again on each page navigation.instant loads."""
    load_in_place(page, site_url, "glossary/")
    page.locator(".explainer-glossary-filter label", has_text="Ideas").click()
    expect(page.locator(".explainer-glossary-filter [role=status]")).to_have_text("1 entry shown")


def test_a_category_or_country_with_an_ampersand_or_quotation_marks_filters_as_any_other(page, site_url):
    page.goto(site_url + "glossary/")
    page.locator(".explainer-glossary-filter label", has_text="Ideas").click()
    entries = page.eval_on_selector_all(
        ".explainer-glossary-index__entry",
        "all => all.filter(e => e.offsetParent !== null).map(e => e.querySelector('dt a').textContent)",
    )
    assert entries == ["Tianxia"]
    page.goto(site_url + "timeline/")
    page.locator(".explainer-timeline-filter label", has_text="Bosnia").click()
    events = page.eval_on_selector_all(
        ".explainer-timeline__event",
        "all => all.filter(e => e.offsetParent !== null)"
        ".map(e => e.querySelector('.explainer-timeline__text').textContent)",
    )
    assert events == ["An event in Bosnia & Herzegovina."]


def test_the_pdf_link_s_label_reads_as_written_in_the_options(page, site_url):
    page.goto(site_url + "conclusion/")
    link = page.locator("a.explainer-pdf-link")
    # The label as written, then the PDF's size (`pdf_link_size`).
    assert re.fullmatch(r"PDF <A4> & notes \(\d+\.\d\u00a0MB\)", link.inner_text())
    # Where it leads (navigation.instant writes a site's links as full addresses).
    assert link.evaluate("a => a.href") == site_url + "peyrouse-china-central-asia.pdf"


def test_a_bare_ampersand_or_percent_sign_in_a_field_with_latex_is_printed(page, site_url):
    page.goto(site_url + "bibliography/")
    reference = page.inner_text("#budget2020 .explainer-bibliography__reference")
    assert reference == "Müller, A., R&D in Österreich: 100% of the Budget, and More, 2020."


def test_a_source_s_address_with_an_apostrophe_is_linked_as_written(page, site_url):
    page.goto(site_url + "bibliography/")
    link = page.locator("#apostrophe2020 a.citation-url")
    assert link.inner_text() == APOSTROPHE_URL
    assert link.get_attribute("href") == APOSTROPHE_URL


def test_a_title_written_with_markup_in_front_matter_shows_as_text(page, site_url):
    """Material printed a front-matter title as HTML: the nav and the header showed
    ``*Tianxia*`` with its asterisks, the tab, the cite box and the link to the next page
    (as a screen reader reads it) ``<em>`` as typed."""
    page.goto(site_url + "part-1/western-values/")
    site_name = "China's Impact on Democracy and Human Rights in Central Asia"
    assert page.title() == f"Western values & Asia - {site_name}"
    assert page.locator("[data-md-component=header-topic]").inner_text() == "Western values & Asia"
    nav = page.locator(".md-sidebar--primary")
    expect(nav.get_by_role("link", name="The Tianxia idea", exact=True)).to_have_count(1)
    expect(nav.get_by_role("link", name="Western values & Asia", exact=True)).to_have_count(1)
    expect(page.get_by_role("link", name="Next: The Tianxia idea", exact=True)).to_have_count(1)
    reference = page.locator(".explainer-cite__reference").inner_text()
    assert "section “Western values & Asia,”" in reference, reference
    page.goto(site_url + "part-1/new-paradigm/")
    assert page.title() == f"The Tianxia idea - {site_name}"
    assert page.locator("[data-md-component=header-topic]").inner_text() == "The Tianxia idea"
    expect(page.get_by_role("link", name="Previous: Western values & Asia", exact=True)).to_have_count(1)
