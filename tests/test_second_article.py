"""A second, different article builds with the same hooks and no code change.

tests/fixtures/second-article has its own BibTeX (exported the way Zotero does, with
LaTeX escapes), three pages, three glossary entries, other names for its pages, and a
note style set differently: positions counted per page, and no Ibid.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from project import PROJECT, run_build
from pypdf import PdfReader
from test_site import notes_on
from textforms import html_text

FIXTURE = PROJECT / "tests" / "fixtures" / "second-article"


@pytest.fixture(scope="module")
def second(tmp_path_factory):
    build = run_build(FIXTURE, tmp_path_factory.mktemp("second") / "site", pdf=True)
    assert build.returncode == 0, build.output
    return build


def all_notes(second) -> dict[int, str]:
    found = {}
    for url in ("", "upstream/", "downstream/"):
        found.update(notes_on(second.page(url)))
    return found


def first_article_source_hosts() -> set[str]:
    """The hosts of the first article's sources' addresses, read from its BibTeX."""
    bibtex = (PROJECT / "bib" / "article.bib").read_text(encoding="utf-8")
    return set(re.findall(r"(?i)\burl\s*=\s*[{\"]\s*https?://(?:www\.)?([^/\s}\"]+)", bibtex))


def first_article_section_titles() -> list[str]:
    """The titles of the first article's sections and parts (not its glossary's), read from
    its pages (their headings and front matter's titles) and its nav, without their numbers."""
    title = r"[ \t]+(?:[\d.]+[ \t]+)?(.+?)[ \t]*$"
    titles = []
    for page in (PROJECT / "docs").rglob("*.md"):
        if "glossary" not in page.relative_to(PROJECT / "docs").parts:
            titles += re.findall(rf"(?m)^(?:#{{1,6}}|title:){title}", page.read_text(encoding="utf-8"))
    config = (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = re.search(r"(?ms)^nav:\n(.*?)^\S", config)
    assert nav is not None
    titles += re.findall(r"(?m)^[ \t]*-[ \t]+(?:[\d.]+[ \t]+)?([^:\n]+):", nav[1])
    return titles


def test_hooks_know_nothing_of_the_first_article():
    code = "\n".join(path.read_text(encoding="utf-8") for path in (PROJECT / "hooks").rglob("*.py"))
    for word in ("Peyrouse", "China", "Central Asia", "Kazakhstan", "peyrouse-china"):
        assert word not in code, word
    hosts = first_article_source_hosts()
    assert "rferl.org" in hosts  # read as the article gives them
    for host in hosts:
        assert host not in code, host
    # A comment quotes a title in part, and may wrap it across lines: no three words in a
    # row of a title, nor its last two ("…and Beyond"). One or two words ("Human Rights",
    # "Introduction") may be anyone's.
    prose = " ".join(code.split())
    titles = first_article_section_titles()
    assert "The Chinese Approach to Western Values in Asia and Beyond" in titles
    assert "Chinese Efforts in Practice in Central Asia" in titles  # a part's, from the nav
    for title in titles:
        words = title.split()
        runs = [" ".join(words[start : start + 3]) for start in range(len(words) - 2)]
        for run in [*runs, " ".join(words[-2:])] if len(words) > 2 else []:
            assert run not in prose, (title, run)


def test_notes_numbered_across_pages_with_full_forms_restarting_on_each_page(second):
    notes = all_notes(second)
    assert sorted(notes) == list(range(1, 9))
    assert notes[1] == "J. Dvořák, *Rivers and Borders*, Praha, Nakladatelství Příklad, 2001, p. 3."
    # positions: page: the first citation on the next page is full again
    assert notes[4] == "J. Dvořák, *Rivers and Borders*, Praha, Nakladatelství Příklad, 2001."
    assert notes[6].startswith("J. Dvořák, *Rivers and Borders*")
    # ibid: false: the note after a single-source note gives the short form
    assert notes[3] == "Müller, Garçon, “Dams, Deals and Diplomacy,” p. 52."
    assert notes[5].startswith("The figures come from an agency, see Fictional Water Agency, “Annual Flow Report,”")
    assert "Ibid" not in " ".join(notes.values())


def test_its_bibliography_page_and_heading(second):
    page = second.page("sources/")
    assert html_text(page.select_one("article h1")).startswith("Sources")
    entries = page.select("ul.explainer-bibliography > li")
    assert [entry["id"] for entry in entries] == [
        "dvorak_rivers_2001",
        "water_agency_2020",
        "mueller_dams_2010",
        "ivanova_reki_2015",  # Cyrillic sorts after Latin
    ]
    assert html_text(entries[0].select_one(".explainer-bibliography__cited-in")) == "Cited in notes 1, 4, 6"
    assert html_text(second.page("upstream/").select_one(".explainer-notes h2")).startswith("Endnotes")


def test_a_search_for_one_of_its_sources_opens_its_bibliography_at_that_source(second):
    docs = json.loads((Path(second.site) / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    sources = {doc["location"]: doc for doc in docs if doc["location"].startswith("sources/#")}
    assert list(sources) == [
        "sources/#dvorak_rivers_2001",
        "sources/#water_agency_2020",
        "sources/#mueller_dams_2010",
        "sources/#ivanova_reki_2015",
    ]
    assert sources["sources/#dvorak_rivers_2001"]["title"] == "Dvořák, <em>Rivers and Borders</em>"  # as set
    assert "Nakladatelství Příklad" in sources["sources/#dvorak_rivers_2001"]["text"]


def test_its_glossary_links_and_terms_page(second):
    downstream = second.page("downstream/")
    links = {link["data-glossary"]: link.text for link in downstream.select("a.glossary-term")}
    assert links == {"dam": "Dams", "water-treaty": "Water treaties"}
    index = second.page("glossary/")
    assert html_text(index.select_one("article h1")).startswith("Terms")
    assert len(index.select(".explainer-glossary-index dt")) == 3


def test_it_has_the_engine_s_stylesheet_and_touch_script_without_listing_them(second):
    # They come with the theme's overrides, not from the article's own docs/ or mkdocs.yml.
    config = (FIXTURE / "mkdocs.yml").read_text(encoding="utf-8")
    assert "explainer.css" not in config and not (FIXTURE / "docs" / "assets").exists()
    page = second.page("downstream/")
    assert page.select_one('link[rel="stylesheet"][href="../assets/explainer.css"]') is not None
    assert page.select_one('script[src="../assets/explainer.js"]') is not None
    css = (second.site / "assets" / "explainer.css").read_text(encoding="utf-8")
    assert ".md-typeset a.glossary-term" in css
    assert "(hover: none)" in (second.site / "assets" / "explainer.js").read_text(encoding="utf-8")


def test_its_pdf_is_us_letter_with_footnotes(second):
    pdf = PdfReader(Path(second.site) / "rivers.pdf")
    width, height = float(pdf.pages[0].mediabox.width), float(pdf.pages[0].mediabox.height)
    assert (round(width), round(height)) == (612, 792)
    text = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
    assert "2. S. Müller, A. Garçon, “Dams, Deals and Diplomacy,”" in text
    assert pdf.metadata.author == "Ana Exemplar"
    # Cyrillic, from a Cyrillic title, in the same embedded serif face: no glyph missing.
    assert "М. Иванова, Реки и границы Центральной Азии" in text
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in pdf.pages
        for font in (page["/Resources"].get("/Font") or {}).values()
    }
    assert fonts and all("Charis-SIL" in name for name in fonts), fonts


def test_no_timeline_file_means_no_timeline(second):
    assert not (Path(second.site) / "timeline").exists()
