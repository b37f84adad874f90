"""The cite box's forms on each page (`explainer.cite_box`): the section's reference and address."""

from __future__ import annotations

import dataclasses

from explainer import article_meta, style
from explainer.cite_box import CiteBox, shows_cite_box
from explainer.config import load_config

ARTICLE = article_meta.Article(title="Rivers Between States", authors=("Ana Exemplar",), key="exemplar-rivers")


def cite_box(article: article_meta.Article) -> CiteBox:
    words = load_config({"explainer": {}}, "mkdocs.yml").words
    return CiteBox(article, "Cite", words, style.ENGLISH, "bibliography.bib", "bibliography.json")


def test_a_section_s_reference_names_the_section_and_gives_its_address():
    box = cite_box(dataclasses.replace(ARTICLE, url="https://example.org/rivers/"))
    section = box.context("part-1/dams/", "1.2 Dams")
    assert section["reference_text"] == (
        "A. Exemplar, “Rivers Between States,” section “1.2 Dams,” https://example.org/rivers/part-1/dams/."
    )
    assert 'href="https://example.org/rivers/part-1/dams/">' in section["reference"]
    home = box.context("")
    assert home["reference_text"] == "A. Exemplar, “Rivers Between States,” https://example.org/rivers/."
    # With the site's address known, no form waits for the reader's browser to fill it in.
    assert "at_page" not in section and "at_page" not in home


def test_a_section_s_records_name_the_section_and_give_its_address_as_its_reference_does():
    # They gave the home page's address and no section, where the text reference beside
    # them named the section: a reader importing one cited another thing than the text.
    box = cite_box(dataclasses.replace(ARTICLE, url="https://example.org/rivers/"))
    section = box.context("part-1/dams/", "1.2 Dams")
    assert section["bibtex"] == (
        "@misc{exemplar-rivers,\n  author = {Exemplar, Ana},\n  title = {{Rivers Between States}},\n"
        "  note = {section “1.2 Dams”},\n  langid = {english},\n  url = {https://example.org/rivers/part-1/dams/}\n}\n"
    )
    assert "\nSE  - section “1.2 Dams”\n" in section["ris"]
    assert "\nUR  - https://example.org/rivers/part-1/dams/\n" in section["ris"]
    # Without the site's address, the section's token, which the browser fills in.
    at_page = cite_box(ARTICLE).context("part-1/dams/", "1.2 Dams")
    for form in ("bibtex", "ris"):
        assert "section “1.2 Dams”" in at_page[form] and "section “1.2 Dams”" in at_page["at_page"][form]
        assert article_meta.SECTION_URL_TOKEN in at_page["at_page"][form]
        assert article_meta.PAGE_URL_TOKEN not in at_page["at_page"][form]


def test_the_home_page_s_records_are_the_article_s_and_every_box_links_to_the_bibliography_from_where_it_is():
    box = cite_box(dataclasses.replace(ARTICLE, url="https://example.org/rivers/"))
    home, section = box.context(""), box.context("part-1/dams/", "1.2 Dams")
    assert home["bibtex"] == article_meta.bibtex_record(box.article)
    assert home["ris"] == article_meta.ris_record(box.article)
    assert "note" not in home["bibtex"] and "SE  -" not in home["ris"]
    assert (home["bibtex_href"], home["csl_href"]) == ("bibliography.bib", "bibliography.json")
    assert (section["bibtex_href"], section["csl_href"]) == ("../../bibliography.bib", "../../bibliography.json")
    assert section["title"] == "Cite" and section["words"].cite_section == "section “{section}”"


def test_without_the_site_s_address_each_form_has_a_token_the_browser_replaces():
    box = cite_box(ARTICLE)
    section = box.context("part-1/dams/", "1.2 Dams")
    assert section["reference_text"] == "A. Exemplar, “Rivers Between States,” section “1.2 Dams.”"
    at_page = section["at_page"]
    assert at_page["reference_text"] == (
        f"A. Exemplar, “Rivers Between States,” section “1.2 Dams,” {article_meta.SECTION_URL_TOKEN}."
    )
    assert (at_page["home"], at_page["section"]) == ("../../", "./")
    assert article_meta.SECTION_URL_TOKEN in at_page["bibtex"] and article_meta.SECTION_URL_TOKEN in at_page["ris"]
    home = box.context("")["at_page"]
    assert article_meta.PAGE_URL_TOKEN in home["bibtex"] and article_meta.PAGE_URL_TOKEN in home["ris"]
    assert home["reference_text"] == f"A. Exemplar, “Rivers Between States,” {article_meta.PAGE_URL_TOKEN}."


def test_only_the_article_s_sections_show_the_cite_box_whatever_the_generated_pages_are_called():
    options = load_config(
        {
            "explainer": {
                "bibliography_page": "sources.md",
                "timeline_page": "dates.md",
                "glossary_dir": "terms/",
                "separate_notes": ["appendix/"],
            }
        },
        "mkdocs.yml",
    )
    sections = ["index.md", "part-1/index.md", "conclusion.md", "bibliography.md", "timeline.md"]
    not_sections = ["sources.md", "dates.md", "terms/index.md", "terms/dam.md", "appendix/tables.md"]
    assert [src for src in sections + not_sections if shows_cite_box(src, options)] == sections
