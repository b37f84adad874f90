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


def test_every_page_s_box_has_the_same_records_and_links_to_the_bibliography_from_where_it_is():
    box = cite_box(dataclasses.replace(ARTICLE, url="https://example.org/rivers/"))
    home, section = box.context(""), box.context("part-1/dams/", "1.2 Dams")
    assert home["bibtex"] == section["bibtex"] == article_meta.bibtex_record(box.article)
    assert home["ris"] == section["ris"] == article_meta.ris_record(box.article)
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
    assert article_meta.PAGE_URL_TOKEN in at_page["bibtex"] and article_meta.PAGE_URL_TOKEN in at_page["ris"]
    home = box.context("")["at_page"]
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
