"""Beyond the article: timeline, editors' summaries, cite box, scholarly metadata, downloads, countries."""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin

import bibtexparser
import pytest
import yaml
from bs4 import BeautifulSoup
from project import PROJECT, copy_project, run_in_one_process
from test_site import READING_ORDER, content
from textforms import html_text

SECTIONS = READING_ORDER[1:]
COUNTRIES = ["kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan", "china", "russia"]


def resolve(site, from_url: str, href: str):
    target = urljoin("https://x.org/" + from_url, href).removeprefix("https://x.org/")
    path, _, fragment = target.partition("#")
    page = site.page(path)
    return page, (page.find(id=fragment) if fragment else page)


# --- Timeline ------------------------------------------------------------------------


def test_timeline_lists_at_least_25_events_in_date_order(site):
    events = content(site.page("timeline/")).select("li.explainer-timeline__event")
    assert len(events) >= 25
    dates = [event.select_one("time")["datetime"] for event in events]
    # Never back in time: a date may hold the one above it ("2011" after "May 2011", where
    # the file lists them so), but no event's date ends before an earlier event's starts.
    first = [date + "-00-00"[len(date) - 4 :] for date in dates]
    last = [date + "-99-99"[len(date) - 4 :] for date in dates]
    assert all(last[later] >= first[earlier] for later in range(len(dates)) for earlier in range(later))
    for year in ("2005", "2010", "2011", "2013", "2015", "2019", "2020", "2021"):
        assert any(date.startswith(year) for date in dates), year


def test_every_event_links_to_the_passage_that_states_it_and_its_note(site):
    data = yaml.safe_load((PROJECT / "docs" / "timeline.yml").read_text(encoding="utf-8"))
    quotes = {" ".join(record["quote"].split()) for record in data}
    for event in content(site.page("timeline/")).select("li.explainer-timeline__event"):
        links = event.select(".explainer-timeline__source a")
        _, passage = resolve(site, "timeline/", links[0]["href"])
        assert passage is not None, links[0]["href"]
        text = " ".join(html_text(passage).split())
        assert any(quote in text for quote in quotes), text[:80]
        if len(links) > 1:
            _, note = resolve(site, "timeline/", links[1]["href"])
            assert note is not None and note.name == "li", links[1]["href"]


def test_the_timeline_is_a_page_and_its_yaml_is_not_published(site):
    # The file is the page's source, as a page's Markdown is: read at build time only.
    assert (site.site / "timeline" / "index.html").is_file()
    assert not (site.site / "timeline.yml").exists()


def test_timeline_filters_by_country(site):
    page = content(site.page("timeline/"))
    values = [radio["value"] for radio in page.select(".explainer-timeline-filter input")]
    assert {"Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "China"} <= set(values)
    tajik = page.select('li[data-countries~="Tajikistan"]')
    assert len(tajik) >= 3


def test_a_quote_that_is_not_on_the_page_fails_the_build(project_copy):
    from project import run_build

    timeline = project_copy / "docs" / "timeline.yml"
    text = timeline.read_text(encoding="utf-8")
    first_quote = re.search(r'quote: "?(.+?)"?\n', text).group(1)
    timeline.write_text(text.replace(first_quote, "words the article never wrote", 1), encoding="utf-8")
    result = run_build(project_copy, project_copy / "site")
    assert result.returncode != 0
    assert re.search(r"docs/timeline\.yml:\d+: the quote is not in \S+\.md", result.output)


def test_a_misnamed_page_or_a_quote_typed_with_other_marks_gets_what_to_write():
    from explainer.timeline import TimelineEvent, check_against_pages

    pages = {"conclusion.md": "Akayev’s decision – a “concession” – cost him.", "part-2/index.md": "x"}

    def event(page, quote):
        return TimelineEvent("2005", "E.", ("Kyrgyzstan",), page, quote, None, 4)

    errors = check_against_pages(
        [
            event("conclusions.md", "x"),
            event("conclusion.md", 'Akayev\'s decision - a "concession"'),
            event("conclusion.md", "Akayev resigned"),
        ],
        pages,
        {},
        "docs/timeline.yml",
    )
    messages = [str(error) for error in errors]
    assert "docs/timeline.yml:4: page 'conclusions.md' does not exist\n    Did you mean conclusion.md?" in messages[0]
    assert "other quotation marks or dashes: 'Akayev’s decision – a “concession”'" in messages[1]
    assert "Copy the exact words of one paragraph" in messages[2]


def test_a_quote_over_a_line_break_of_the_page_is_on_it_and_its_hint_gives_the_words_as_read():
    # A line break or a run of spaces, in the page's Markdown or in the quote, is one space.
    from explainer.timeline import TimelineEvent, check_against_pages

    pages = {"conclusion.md": "Akayev’s decision to transfer\nsome portions  of\n  Kyrgyzstan’s territory to China."}
    quotes = ["decision to transfer some portions of Kyrgyzstan", "to transfer  some\nportions", "Akayev's decision to"]
    events = [TimelineEvent("2005", "E.", ("Kyrgyzstan",), "conclusion.md", quote, None, 4) for quote in quotes]
    assert [str(error) for error in check_against_pages(events, pages, {}, "docs/timeline.yml")] == [
        'docs/timeline.yml:4: the quote is not in conclusion.md: "Akayev\'s decision to"\n'
        "    The page writes these words with other quotation marks or dashes: 'Akayev’s decision to'. Copy them."
    ]


def test_a_quote_is_the_words_a_reader_reads_with_or_without_the_page_s_markup():
    # Emphasis marks, a link's address, note calls and citations are no words; the hint quotes the words as read.
    from explainer.timeline import TimelineEvent, check_against_pages

    page = "Akayev’s *decision* to [transfer](https://x.org/a_b) some\nportions[^n] of __its__ territory.[@key, p. 5]"
    quotes = [
        "Akayev’s decision to transfer some portions of its territory.",
        "*decision* to [transfer](https://x.org/a_b) some portions[^n] of __its__ territory.[@key, p. 5]",
        "Akayev's decision to transfer some",
    ]
    events = [TimelineEvent("2005", "E.", ("Kyrgyzstan",), "p.md", quote, None, 4) for quote in quotes]
    assert [str(error) for error in check_against_pages(events, {"p.md": page}, {}, "docs/timeline.yml")] == [
        'docs/timeline.yml:4: the quote is not in p.md: "Akayev\'s decision to transfer some"\n'
        "    The page writes these words with other quotation marks or dashes: 'Akayev’s decision to transfer some'."
        " Copy them."
    ]


def test_a_page_far_from_every_page_s_path_gets_no_guess():
    # A page deleted is not a slip for the page whose path is nearest.
    from explainer.timeline import TimelineEvent, check_against_pages

    event = TimelineEvent("2007", "E.", ("Kyrgyzstan",), "part-2/extradition.md", "x", None, 4)
    (error,) = check_against_pages([event], {"part-2/index.md": "x", "conclusion.md": "x"}, {}, "docs/timeline.yml")
    assert str(error) == (
        "docs/timeline.yml:4: page 'part-2/extradition.md' does not exist\n"
        "    A page is named by its path inside the docs folder, as in the nav (`part-2/index.md`)."
    )


# --- Editors' summaries --------------------------------------------------------------


@pytest.mark.parametrize("url", SECTIONS)
def test_each_section_opens_with_an_editors_summary(site, url):
    article = content(site.page(url))
    box = article.select_one("aside.explainer-summary")
    assert box is not None
    assert box.find_previous_sibling("h1") is not None  # right under the title
    assert "editors’ summary" in html_text(box.select_one(".explainer-summary__title"))
    points = box.select("li")
    assert 2 <= len(points) <= 4
    for point in points:
        source = point.select_one("a.explainer-summary__source")
        paragraph = article.find(id=source["href"].lstrip("#"))
        assert paragraph is not None and paragraph.name == "p"
        assert paragraph.find_parent("aside") is None


# --- Cite this article ---------------------------------------------------------------


@pytest.mark.parametrize("url", ["", "part-1/new-paradigm/", "conclusion/"])
def test_cite_box_with_reference_bibtex_and_ris(site, url):
    box = site.page(url).select_one("section.explainer-cite")
    reference = html_text(box.select_one(".explainer-cite__reference"))
    assert reference.startswith("S. Peyrouse, “China's Impact on Democracy and Human Rights in Central Asia")
    if url:
        assert "section “1.2 Promoting a New Paradigm of Democracy" in reference or url != "part-1/new-paradigm/"
    record = box.select_one("code.language-bibtex").get_text()
    parsed = bibtexparser.parse_string(record)
    assert len(parsed.entries) == 1 and not parsed.failed_blocks
    assert (
        parsed.entries[0]["title"] == "{China's Impact on Democracy and Human Rights in Central Asia}"
    )  # braced: keeps its capitals
    assert parsed.entries[0]["langid"] == "english"  # as babel names it, which biblatex needs: not "en"
    ris = box.select_one("code.language-ris").get_text()
    assert ris.startswith("TY  - GEN") and "AU  - Peyrouse, Sebastien" in ris and ris.rstrip().endswith("ER  -")
    for forbidden in ("journal", "year", "doi", "volume"):  # facts the manuscript does not give
        assert forbidden not in record.lower()


def test_bibliography_downloads(site):
    bib = bibtexparser.parse_string((site.site / "bibliography.bib").read_text(encoding="utf-8"))
    assert len(bib.entries) == 50 and not bib.failed_blocks
    items = json.loads((site.site / "bibliography.json").read_text(encoding="utf-8"))
    assert len(items) == 50
    by_id = {item["id"]: item for item in items}
    assert by_id["nathan2015challenge"]["type"] == "article-journal"
    assert by_id["nathan2015challenge"]["container-title"] == "Journal of Democracy"
    assert by_id["nathan2015challenge"]["issued"] == {"date-parts": [[2015, 1]]}
    assert by_id["denhao2021transformation"]["author"] == [{"literal": "Den Hao"}]


# --- Metadata ------------------------------------------------------------------------


def test_scholarly_metadata_on_the_home_page(site):
    head = site.page("").head

    def values(attribute: str, name: str) -> list[str]:
        return [tag["content"] for tag in head.find_all("meta", attrs={attribute: name})]

    for name in ("citation_title", "citation_keywords", "citation_pdf_url", "DC.title", "DC.language"):
        assert len(values("name", name)) == 1, name
    for name in ("og:title", "og:type", "og:site_name"):
        assert len(values("property", name)) == 1, name
    assert values("name", "citation_title") == ["China's Impact on Democracy and Human Rights in Central Asia"]
    assert values("name", "citation_author") == ["Sebastien Peyrouse"]
    assert values("name", "citation_author_institution")[0].startswith("Research Professor, Central Asia Program")
    assert (site.site / values("name", "citation_pdf_url")[0]).exists()
    for made_up in ("citation_journal_title", "citation_date", "citation_publication_date", "citation_doi"):
        assert not values("name", made_up)


def test_json_ld_scholarly_article_cites_the_bibliography(site):
    scripts = site.page("").find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    data = json.loads(scripts[0].string)
    assert data["@type"] == "ScholarlyArticle"
    assert data["headline"] == "China's Impact on Democracy and Human Rights in Central Asia"
    assert data["author"][0]["name"] == "Sebastien Peyrouse"
    assert len(data["citation"]) == 50
    assert not {"datePublished", "isPartOf", "identifier"} & set(data)


#: The article built twice in one process, as `mkdocs serve` does: its JSON-LD made in a
#: forked process (as for 200 sources or more), then in the build's own.
JSON_LD_BOTH_WAYS = """
import json, sys
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

homes = []
for least_to_fork in (0, 10**9):
    config = load_config(config_file="mkdocs.yml", site_dir=sys.argv[1])
    sys.modules["hooks/article_meta.py"].CSL_CHILD_MIN_ENTRIES = least_to_fork
    config.plugins.on_startup(command="serve", dirty=False)
    build(config)
    homes.append(Path(sys.argv[1], "index.html").read_text(encoding="utf-8"))
print(json.dumps(homes))
"""


def test_the_json_ld_made_beside_the_build_is_in_the_home_page_as_when_made_in_it(tmp_path):
    homes = run_in_one_process(JSON_LD_BOTH_WAYS, copy_project(tmp_path / "project"), str(tmp_path / "site"))
    scripts = [BeautifulSoup(home, "html.parser").find_all("script", type="application/ld+json") for home in homes]
    assert [len(found) for found in scripts] == [1, 1]
    forked, in_build = (json.loads(found[0].string) for found in scripts)
    assert forked == in_build and len(forked["citation"]) == 50
    assert not any("explainer:spliced" in home for home in homes)


def test_section_pages_have_open_graph_but_not_the_article_tags(site):
    head = site.page("part-1/new-paradigm/").head
    assert head.find("meta", attrs={"property": "og:title"})["content"] == "1.2 Promoting a New Paradigm of Democracy"
    assert head.find("meta", attrs={"name": "citation_title"}) is None


# --- Countries -----------------------------------------------------------------------


@pytest.mark.parametrize("slug", COUNTRIES)
def test_country_entries_list_their_events_and_notes(site, slug):
    article = content(site.page(f"glossary/{slug}/"))
    events = article.select(".explainer-glossary-events a")
    notes = article.select(".explainer-glossary-notes a")
    assert events or slug == "russia", slug
    for link in events:
        _, event = resolve(site, f"glossary/{slug}/", link["href"])
        assert event is not None and slug.capitalize() in event["data-countries"]
    assert notes, slug
    for link in notes:
        _, note = resolve(site, f"glossary/{slug}/", link["href"])
        assert note is not None and note["id"].startswith("note-")
    # By section, named in words: bare numbers would read as the entry's own notes.
    for group in article.select(".explainer-glossary-notes li"):
        section, _, numbers = " ".join(group.get_text().split()).rpartition(": ")
        target, _ = resolve(site, f"glossary/{slug}/", group.a["href"])
        assert target.title.get_text().startswith(f"{section} - "), slug  # the section's name, as in the nav
        assert numbers.split(" ")[0] in ("note", "notes")


@pytest.mark.parametrize(
    ("signed", "reference", "bibtex", "ris"),
    [
        ("Ana Exemplar", "A. Exemplar", "Exemplar, Ana", "Exemplar, Ana"),
        ("Jean de La Rivière", "J. de La Rivière", "de La Rivière, Jean", "de La Rivière, Jean"),
        ("Ludwig van der Berg", "L. van der Berg", "van der Berg, Ludwig", "van der Berg, Ludwig"),
        ("Mary Ann Smith", "M. A. Smith", "Smith, Mary Ann", "Smith, Mary Ann"),
    ],
)
def test_an_author_s_particle_goes_with_the_family_name_in_the_cite_box(signed, reference, bibtex, ris):
    # As BibTeX splits "Jean de La Rivière": the cite box gave "J. d. L. Rivière".
    from explainer.article_meta import Article, bibtex_record, cite_as, ris_record

    article = Article(title="Rivers", authors=(signed,))
    assert cite_as(article).plain == f"{reference}, “Rivers.”"
    assert f"author = {{{bibtex}}}" in bibtex_record(article)
    assert f"AU  - {ris}" in ris_record(article)


@pytest.mark.parametrize(
    ("language", "langid"),
    [
        ("en", "english"),
        ("en-GB", "british"),
        ("en-IE", "english"),
        ("fr", "french"),
        ("zh-Latn", "chinese"),
        ("xx", None),
    ],
)
def test_the_cite_box_s_bibtex_names_the_article_s_language_as_babel_does(language, langid):
    from explainer.article_meta import Article, bibtex_record, ris_record

    article = Article(title="Rivers", authors=("Ana Exemplar",), language=language)
    field = bibtexparser.parse_string(bibtex_record(article)).entries[0].fields_dict.get("langid")
    assert (field.value if field else None) == langid
    assert f"LA  - {language}" in ris_record(article)  # RIS takes the code


def test_the_cite_box_s_bibtex_keeps_the_title_s_capitals():
    # BibTeX styles that set titles in sentence case lower every letter not in braces:
    # "Rivers of central asia". The title's second pair of braces keeps it as written.
    from explainer.article_meta import Article, bibtex_record

    record = bibtex_record(Article(title="Rivers of Central Asia & Beyond", authors=("Ana Exemplar",)))
    assert "  title = {{Rivers of Central Asia \\& Beyond}},\n" in record
    field = bibtexparser.parse_string(record).entries[0].fields_dict["title"]
    assert field.value == "{Rivers of Central Asia \\& Beyond}"
