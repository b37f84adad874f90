"""What the PDF says of itself and its paper (`explainer.pdf_settings`), from the options
and, where they say nothing, the site's own settings."""

from __future__ import annotations

import re

from explainer.config import load_config
from explainer.pdf_settings import pdf_metadata, pdf_stylesheet

SITE = {"site_name": "Rivers site", "site_author": "Site Author", "site_description": "The site's description."}


def test_the_article_s_options_give_the_pdf_s_title_authors_keywords_and_description():
    options = load_config(
        {
            "explainer": {
                "article": {
                    "title": "Rivers Between States",
                    "authors": ["Ana Exemplar", "Jean de La Rivière"],
                    "keywords": ["rivers", "borders"],
                    "language": "fr",
                },
                "pdf_description": "Un article sur les fleuves.",
                "glossary_title": "Lexique",
                "words": {"contents": "Table des matières"},
            }
        },
        "mkdocs.yml",
    )
    metadata = pdf_metadata(options, **SITE)
    assert (metadata.title, metadata.author) == ("Rivers Between States", "Ana Exemplar, Jean de La Rivière")
    assert (metadata.keywords, metadata.description, metadata.language) == (
        ("rivers", "borders"),
        "Un article sur les fleuves.",
        "fr",
    )
    assert (metadata.contents_title, metadata.appendix_title) == ("Table des matières", "Lexique")


def test_without_them_the_site_s_name_author_and_description():
    metadata = pdf_metadata(load_config({"explainer": {}}, "mkdocs.yml"), **SITE)
    assert (metadata.title, metadata.author, metadata.description) == (
        "Rivers site",
        "Site Author",
        "The site's description.",
    )
    assert (metadata.keywords, metadata.language) == ((), "en")
    bare = pdf_metadata(
        load_config({"explainer": {}}, "mkdocs.yml"), site_name="R", site_author=None, site_description=None
    )
    assert (bare.author, bare.description) == ("", "")


def test_the_stylesheet_sets_the_pages_at_the_configured_paper_size():
    for paper in ("A4", "A5", "letter"):
        stylesheet = pdf_stylesheet(paper)
        assert re.search(rf"@page\s*\{{[^}}]*size: {paper};", stylesheet)
        assert "PAGE_SIZE" not in stylesheet
    # A5 has margins of its own, read after A4's: the last @page margin is the one WeasyPrint sets.
    margins = {
        paper: re.findall(r"@page\s*\{[^}]*?margin: ([^;]+);", pdf_stylesheet(paper))[-1] for paper in ("A4", "A5")
    }
    assert margins == {"A4": "24mm 22mm 26mm 22mm", "A5": "16mm 15mm 18mm 15mm"}


def test_a_paper_is_read_in_any_case_as_css_reads_it():
    for written, read in (("a5", "A5"), ("Letter", "letter"), ("A4", "A4")):
        assert load_config({"explainer": {"pdf_paper": written}}, "mkdocs.yml").pdf_paper == read
