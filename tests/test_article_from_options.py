"""The article as the cite box and the metadata give it (`explainer.article_meta.article_from_options`):
the options' facts, else the site's own settings; the site's and the PDF's addresses."""

from __future__ import annotations

import json

from explainer.article_meta import (
    Article,
    FromBibliography,
    article_from_options,
    bibtex_record,
    cite_as,
    write_downloads,
)
from explainer.bibtex import Bibliography
from explainer.bibtex_parsing import parse_text
from explainer.config import load_config

SITE = {"site_name": "Rivers site", "site_author": "Site Author", "site_description": "About rivers."}


def article(explainer: dict, site_url: str | None) -> Article:
    return article_from_options(load_config({"explainer": explainer}, "mkdocs.yml"), site_url=site_url, **SITE)


def test_the_article_s_options_give_its_facts_and_the_site_its_addresses():
    options = {
        "article": {
            "title": "Rivers Between States",
            "authors": ["Ana Exemplar", "Jean de La Rivière"],
            "affiliation": "University of Example",
            "keywords": ["rivers", "borders"],
            "language": "fr",
            "citation_key": "exemplar2024rivers",
        },
        "pdf_file": "rivers.pdf",
    }
    cited = article(options, "https://example.org/rivers/")
    assert cited == Article(
        title="Rivers Between States",
        authors=("Ana Exemplar", "Jean de La Rivière"),
        affiliation="University of Example",
        keywords=("rivers", "borders"),
        language="fr",
        description="About rivers.",
        url="https://example.org/rivers/",
        pdf_url="https://example.org/rivers/rivers.pdf",
        key="exemplar2024rivers",
    )
    # As the cite box's BibTeX gives it: the key, and the authors as BibTeX splits them.
    assert bibtex_record(cited).startswith(
        "@misc{exemplar2024rivers,\n  author = {Exemplar, Ana and de La Rivière, Jean},"
    )


def test_without_them_the_site_s_name_and_author_and_without_a_site_url_no_address():
    cited = article({}, None)
    assert (cited.title, cited.authors, cited.url, cited.key) == ("Rivers site", ("Site Author",), "", "article")
    # Relative to the home page, where reference managers read it.
    assert cited.pdf_url == "article.pdf"


def test_without_a_pdf_no_pdf_address_and_without_any_author_none():
    cited = article_from_options(
        load_config({"explainer": {"pdf": False}}, "mkdocs.yml"),
        site_name="R",
        site_author=None,
        site_description=None,
        site_url="https://example.org",
    )
    assert (cited.url, cited.pdf_url, cited.authors, cited.description) == ("https://example.org/", "", (), "")


def test_the_home_page_s_json_ld_goes_to_its_part_and_the_csl_json_holds_every_source(tmp_path):
    bibliography = Bibliography(
        entries={
            entry.key: entry
            for entry in parse_text(
                "@book{dvorak2001, author={Dvořák, J.}, title={Rivers and Borders}, date={2001}}\n", "a.bib"
            ).entries
        }
    )
    cited = article({"article": {"title": "Rivers Between States", "authors": ["Ana Exemplar"]}}, None)
    part = tmp_path / "json-ld.part"
    made = FromBibliography(cited, bibliography, str(part))
    assert made.make("json_ld") == ""
    graph = json.loads(part.read_text(encoding="utf-8"))
    assert graph["name"] == "Rivers Between States"
    assert [work["name"] for work in graph["citation"]] == ["Rivers and Borders"]
    (item,) = json.loads(made.make("csl"))
    assert item["id"] == "dvorak2001" and item["title"] == "Rivers and Borders"


def test_the_downloads_hold_every_bib_file_as_written_one_after_another_and_the_csl_json(tmp_path):
    (tmp_path / "bib").mkdir()
    (tmp_path / "bib" / "a.bib").write_text("@book{a, title={Á}}\n\n\n", encoding="utf-8")
    (tmp_path / "bib" / "b.bib").write_text("% Zotero\n@book{b, title={B}}", encoding="utf-8")
    site = tmp_path / "site"
    site.mkdir()
    options = load_config(
        {"explainer": {"bib_files": ["bib/a.bib", "bib/b.bib"], "bibtex_download": "sources.bib"}}, "mkdocs.yml"
    )
    write_downloads(options, str(tmp_path), str(site), '[{"id": "a"}]')
    assert (site / "sources.bib").read_text(encoding="utf-8") == (
        "@book{a, title={Á}}\n\n% Zotero\n@book{b, title={B}}\n"
    )
    assert (site / "bibliography.json").read_text(encoding="utf-8") == '[{"id": "a"}]'
    assert sorted(path.name for path in site.iterdir()) == ["bibliography.json", "sources.bib"]  # no .tmp left


def test_a_site_author_that_names_two_people_is_two_authors_in_the_cite_box():
    # `site_author: Ana Exemplar and Jean Dupont`, with no article.authors, as an editor
    # writes it in a mkdocs.yml of their own: read as one person, the cite box's reference
    # printed "A. E. a. J. Dupont" and its BibTeX named one author.
    for written in ("Ana Exemplar and Jean Dupont", "Ana Exemplar, Jean Dupont", "Ana Exemplar & Jean Dupont"):
        cited = article_from_options(
            load_config({"explainer": {}}, "mkdocs.yml"),
            site_name="Rivers site",
            site_author=written,
            site_description=None,
            site_url=None,
        )
        assert cited.authors == ("Ana Exemplar", "Jean Dupont")
        assert cite_as(cited).plain == "A. Exemplar, J. Dupont, “Rivers site.”"
        assert "author = {Exemplar, Ana and Dupont, Jean}" in bibtex_record(cited)


def test_a_site_author_written_family_name_first_is_one_author():
    # `site_author: Exemplar, Ana`, as a library lists a name: one person, not "Exemplar"
    # and "Ana".
    cited = article_from_options(
        load_config({"explainer": {}}, "mkdocs.yml"),
        site_name="Rivers site",
        site_author="Exemplar, Ana",
        site_description=None,
        site_url=None,
    )
    assert cited.authors == ("Ana Exemplar",)
    assert cite_as(cited).plain == "A. Exemplar, “Rivers site.”"
