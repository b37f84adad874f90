"""An article that was published says where (``extra.explainer.article``'s journal, volume,
issue, year, pages, DOI): its cite box, its home page's metadata; one that was not says nothing."""

from __future__ import annotations

import json

import pytest
import yaml
from project import PROJECT, run_build
from test_new_article import new_article
from textforms import html_text

from explainer.article_meta import article_from_options, bibtex_record, ris_record
from explainer.config import load_config
from explainer.errors import ExplainerErrors

PUBLISHED = """\
      journal: Journal of River Studies
      volume: 12
      issue: 3
      year: 2021
      pages: 45-67
      doi: 10.1234/rivers.2021.3
"""


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    folder = tmp_path_factory.mktemp("published") / "rivers"
    written = new_article(folder, "--title", "Rivers Between States", "--author", "Ana Exemplar")
    assert written.returncode == 0, written.stderr
    config = folder / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "      citation_key:" in text
    config.write_text(text.replace("      citation_key:", PUBLISHED + "      citation_key:", 1), encoding="utf-8")
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output
    return build.page("")


def test_the_cite_box_cites_a_published_article_in_its_journal(published):
    box = published.select_one(".explainer-cite")
    reference = html_text(box.select_one(".explainer-cite__reference"))
    assert "Journal of River Studies, vol. 12, no. 3, 2021, pp. 45–67" in reference
    assert reference.endswith("https://doi.org/10.1234/rivers.2021.3.")
    assert box.select_one(".explainer-cite__reference em").get_text() == "Journal of River Studies"
    bibtex = box.select_one("code.language-bibtex").get_text()
    assert bibtex.startswith("@article{")
    for field in ("journal = {Journal of River Studies}", "volume = {12}", "number = {3}", "year = {2021}"):
        assert field in bibtex
    assert "pages = {45--67}" in bibtex and "doi = {10.1234/rivers.2021.3}" in bibtex
    ris = box.select_one("code.language-ris").get_text().splitlines()
    assert ris[0] == "TY  - JOUR"
    for line in ("T2  - Journal of River Studies", "VL  - 12", "IS  - 3", "PY  - 2021", "SP  - 45", "EP  - 67"):
        assert line in ris
    assert "DO  - 10.1234/rivers.2021.3" in ris


def test_the_home_page_s_metadata_name_the_journal(published):
    meta = {tag.get("name"): tag.get("content") for tag in published.select("meta[name]")}
    assert meta["citation_journal_title"] == "Journal of River Studies"
    assert (meta["citation_volume"], meta["citation_issue"]) == ("12", "3")
    assert meta["citation_publication_date"] == "2021"
    assert (meta["citation_firstpage"], meta["citation_lastpage"]) == ("45", "67")
    assert meta["citation_doi"] == "10.1234/rivers.2021.3"
    (script,) = published.select('script[type="application/ld+json"]')
    data = json.loads(script.string)
    assert data["isPartOf"]["issueNumber"] == "3"
    assert data["isPartOf"]["isPartOf"]["volumeNumber"] == "12"
    assert data["isPartOf"]["isPartOf"]["isPartOf"] == {"@type": "Periodical", "name": "Journal of River Studies"}
    assert data["datePublished"] == "2021" and data["sameAs"] == "https://doi.org/10.1234/rivers.2021.3"


def test_this_article_states_no_publication_and_its_records_say_none():
    # The manuscript states no journal, year or DOI: none is written, and none is made up.
    text = (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    extra = yaml.load(text, Loader=yaml.SafeLoader)["extra"]
    for field in ("journal", "volume", "issue", "year", "pages", "doi"):
        assert field not in extra["explainer"]["article"]
    options = load_config(extra, "mkdocs.yml")
    article = article_from_options(options, site_name="Site", site_author=None, site_description=None, site_url=None)
    record = bibtex_record(article)
    assert record.startswith("@misc{") and "year" not in record and "journal" not in record
    assert ris_record(article).startswith("TY  - GEN\n") and "PY  -" not in ris_record(article)


@pytest.mark.parametrize(
    ("option", "said"),
    [
        ("year: 21", "Sub-option 'year': '21' is not a year of four digits (2021)"),
        ("doi: https://doi.org/10.1234/x", "write 10.1234/x"),
    ],
)
def test_a_publication_written_otherwise_is_refused_at_its_line_with_what_to_write(option, said):
    text = f"extra:\n  explainer:\n    article:\n      {option}\n"
    with pytest.raises(ExplainerErrors) as raised:
        load_config(yaml.safe_load(text)["extra"], "mkdocs.yml", lambda: text)
    assert "mkdocs.yml:4:" in str(raised.value) and said in str(raised.value)
