"""The built site, read as HTML: the article verbatim, its 60 notes, and the bibliography."""

from __future__ import annotations

import json
import re
import subprocess
from urllib.parse import urljoin

import manuscript
import pytest
from bs4 import BeautifulSoup
from project import PROJECT, edit, run_build
from textforms import comparable_note, html_text, markdown_text

#: The article's pages in reading order (the navigation).
READING_ORDER = [
    "",
    "introduction/",
    "part-1/western-values/",
    "part-1/new-paradigm/",
    "part-1/opposition-and-separatism/",
    "part-2/",
    "part-2/surveillance/",
    "part-2/narrative-and-repression/",
    "part-2/extradition/",
    "conclusion/",
]
MANUSCRIPT = manuscript.read()


def content(page: BeautifulSoup) -> BeautifulSoup:
    return page.select_one("article.md-content__inner")


def body_paragraphs(page: BeautifulSoup) -> list[str]:
    """The text paragraphs of a page: no headings, notes, note calls or permalinks."""
    article = content(page)
    for removed in article.select(".explainer-notes, sup.note-call, a.headerlink"):
        removed.decompose()
    return [html_text(paragraph) for paragraph in article.find_all("p", recursive=False)]


def notes_on(page: BeautifulSoup) -> dict[int, str]:
    found = {}
    for item in content(page).select(".explainer-notes li[id^=note-]"):
        item = BeautifulSoup(str(item), "html.parser").li
        for backref in item.select(".footnote-backref"):
            backref.decompose()
        found[int(item["value"])] = html_text(item, emphasis=True)
    return found


def errata() -> dict[int, tuple[str, str]]:
    """Note number: (printed, generated), as bib/ERRATA.md lists them."""
    text = (PROJECT / "bib" / "ERRATA.md").read_text(encoding="utf-8")
    listed = {}
    for found in re.finditer(
        r"^### Note (?P<n>\d+)\n\n- Printed: (?P<printed>.+)\n- Generated: (?P<generated>.+)\n- Why: \S",
        text,
        re.MULTILINE,
    ):
        listed[int(found["n"])] = (found["printed"], found["generated"])
    return listed


def test_navigation_lists_the_sections_in_reading_order(site):
    nav = site.page("").select(".md-nav--primary a.md-nav__link[href]")
    hrefs = [urljoin("https://x.org/", link["href"]).removeprefix("https://x.org/") for link in nav]
    order = [href for href in dict.fromkeys(hrefs) if href in READING_ORDER]
    assert order == READING_ORDER
    labels = [html_text(item) for item in site.page("").select(".md-nav--primary > ul > .md-nav__item--section")]
    assert any(label.startswith("1 Chinese Strategies") for label in labels)
    assert any(label.startswith("2 Chinese Efforts in Practice") for label in labels)


def test_home_page_has_title_author_affiliation_abstract_keywords(site):
    text = html_text(content(site.page("")))
    for expected in (
        "China's Impact on Democracy and Human Rights in Central Asia",
        "Sebastien Peyrouse",
        "Research Professor, Central Asia Program, Institute for European, Russian and Eurasian Studies",
        "Abstract",
        "This article analyzes the impact of China's policy",
        "Keywords",
        "Central Asia – China – authoritarianism – human rights – democratization",
    ):
        assert expected in text


def test_every_paragraph_of_the_manuscript_appears_once_in_order_verbatim(site):
    built = [paragraph for url in READING_ORDER for paragraph in body_paragraphs(site.page(url))]
    expected = [markdown_text(paragraph) for paragraph in MANUSCRIPT.paragraphs]
    assert len(expected) == 36
    assert built == expected


def test_notes_are_numbered_1_to_60_in_reading_order(site):
    numbers = []
    for url in READING_ORDER:
        page = site.page(url)
        calls = [int(call.a.text) for call in content(page).select("sup.note-call")]
        assert calls == sorted(notes_on(page)), url
        numbers += calls
        for call in content(page).select("sup.note-call"):
            number = call.a.text
            assert call["id"] == f"note-ref-{number}"
            assert call.a["href"] == f"#note-{number}"
            note = content(page).select_one(f"li#note-{number}")
            assert note.select_one(".footnote-backref")["href"] == f"#note-ref-{number}"
    assert numbers == list(range(1, 61))


def test_every_note_matches_the_printed_note_or_is_in_the_errata(site):
    generated = {}
    for url in READING_ORDER:
        generated.update(notes_on(site.page(url)))
    listed = errata()
    assert set(listed) <= set(range(1, 61))
    for number in range(1, 61):
        printed = comparable_note(markdown_text(MANUSCRIPT.notes[number], emphasis=True))
        built = comparable_note(generated[number])
        if number in listed:
            errata_printed, errata_generated = listed[number]
            assert comparable_note(markdown_text(errata_printed, emphasis=True)) == printed, f"note {number}"
            assert comparable_note(markdown_text(errata_generated, emphasis=True)) == built, f"note {number}"
            assert printed != built, f"note {number} is listed in ERRATA.md but no longer differs"
        else:
            assert built == printed, f"note {number}"


def test_the_errata_name_the_test_that_holds_the_notes_to_them():
    """An editor who adds a difference to ERRATA.md is sent to the test that reads it."""
    text = (PROJECT / "bib" / "ERRATA.md").read_text(encoding="utf-8")
    found = re.search(r"the test\s+`(?P<test>test_\w+)`\s+in\s+`(?P<file>tests/\w+\.py)`", text)
    assert found, "ERRATA.md does not name the test that compares the notes"
    test_file = PROJECT / found["file"]
    assert test_file.is_file(), found["file"]
    assert f"def {found['test']}(" in test_file.read_text(encoding="utf-8"), found["test"]


def test_short_forms_and_ibid_show_the_full_reference_on_hover(site):
    page = site.page("part-1/western-values/")
    ibid = page.select_one('#note-9 .citation[data-position="ibid"] a.citation-ref')
    assert ibid.text == "Ibid."
    assert ibid["title"].startswith("Den Hao, “Transformatsiya Tsentral’noy Azii")
    short = page.select_one('#note-13 .citation[data-position="subsequent"] a.citation-ref')
    assert short["title"].startswith("M. Lanteigne, Chinese Foreign Policy. An introduction, London, Routledge, 2013")


def test_note_calls_use_material_footnote_tooltips(site):
    page = site.page("introduction/")
    assert page.select_one("sup.note-call a.footnote-ref")["href"] == "#note-1"
    assert '"content.footnote.tooltips"' in str(page.select_one("script#__config") or page)


def test_bibliography_lists_every_source_sorted_with_links_back(site):
    page = site.page("bibliography/")
    entries = content(page).select("ul.explainer-bibliography > li")
    assert len(entries) == 50
    texts = [html_text(entry.select_one(".explainer-bibliography__reference")) for entry in entries]
    # By first author, works without one by title (opening quotation marks ignored); numbers first.
    starts = [text[:12] for text in texts]
    assert starts.index("Ambrosio, T.") < starts.index("“Anti-China ") < starts.index("Aris, S., “T")
    assert texts.index(next(t for t in texts if "China's World" in t)) < texts.index(
        next(t for t in texts if "The World According to Xi" in t)
    )
    assert texts[0].startswith("“30 let politicheskogo")
    den_hao = content(page).select_one("li#denhao2021transformation")
    assert html_text(den_hao.select_one(".explainer-bibliography__cited-in")) == "Cited in notes 8, 9, 12, 29, 30"
    links = [a["href"] for a in den_hao.select(".explainer-bibliography__cited-in a")]
    assert links == [
        "../part-1/western-values/#note-8",
        "../part-1/western-values/#note-9",
        "../part-1/western-values/#note-12",
        "../part-1/opposition-and-separatism/#note-29",
        "../part-1/opposition-and-separatism/#note-30",
    ]


@pytest.mark.parametrize(
    ("url", "words", "language"),
    [
        ("part-1/western-values/", "méiyǒu xiāoyān de zhànzǐng", "zh-Latn-pinyin"),
        ("part-2/", "qiáowù", "zh-Latn-pinyin"),
        ("part-2/", "huáqiáo shìwù", "zh-Latn-pinyin"),
        ("part-1/opposition-and-separatism/", "khuligany", "ru-Latn"),
    ],
)
def test_the_author_s_words_in_chinese_and_russian_are_marked_with_their_language(site, url, words, language):
    # A screen reader read them as English, on the site and in the PDF's structure, which
    # takes its languages from the pages: only a term the glossary links (Tianxia) said its own.
    marked = [em for em in content(site.page(url)).select("em") if em.get_text() == words]
    assert marked, words
    assert {em.get("lang") for em in marked} == {language}


def test_the_editors_summary_names_qiaowu_as_the_article_and_its_glossary_entry_write_it(site):
    # The summary wrote "qiaowu", in roman and without its tones, beside the article's
    # *qiáowù* and the entry's title: a reader could take them for two words.
    summary = content(site.page("part-2/")).select_one(".explainer-summary")
    marked = [em for em in summary.select("em") if em.get_text() == "qiáowù"]
    assert [em.get("lang") for em in marked] == ["zh-Latn-pinyin"]
    assert "qiaowu" not in summary.get_text()


def test_the_bibliography_page_offers_the_whole_bibliography_above_its_list(site):
    # A reader who came for the sources had to find the downloads in the cite box at the
    # foot of an article's page: the bibliography page itself offered neither.
    page = content(site.page("bibliography/"))
    downloads = page.select_one(".explainer-bibliography__downloads")
    assert downloads is not None
    assert html_text(downloads) == "The article’s sources: BibTeX · CSL-JSON"
    assert downloads.find_next("ul") is page.select_one("ul.explainer-bibliography")
    for link in downloads.select("a"):
        assert link.has_attr("download")
        assert (site.site / "bibliography" / link["href"]).resolve().is_file(), link["href"]
    # Not on paper: the PDF's bibliography holds the sources alone.
    pdf = next(site.site.glob("*.pdf"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "CSL-JSON" not in text


def test_a_glossary_entry_that_cites_a_source_twice_is_named_once_with_its_notes(site):
    page = content(site.page("bibliography/"))
    for also in page.select(".explainer-bibliography__also-in"):
        titles = [link.get_text() for link in also.select("a:not([href*='#'])")]
        assert len(titles) == len(set(titles)), html_text(also)
    also = page.select_one("li#thirtyyears2021 .explainer-bibliography__also-in")
    assert html_text(also) == "Also cited in: Kazakhstan, note 9; three evils, note 5; Zhanaozen events, notes 2, 5"
    assert [link["href"] for link in also.select("a")][-3:] == [
        "../glossary/zhanaozen-events/",
        "../glossary/zhanaozen-events/#note-2",
        "../glossary/zhanaozen-events/#note-5",
    ]
    # A number stays with its word: "notes 2" is held on one line (the browser test measures it).
    kept = [span.get_text() for span in also.select(".explainer-note-links__kept")]
    assert any(text.startswith("notes\u00a02") for text in kept), kept


def test_every_link_between_notes_and_bibliography_lands_on_an_anchor(site):
    pages = {url: site.page(url) for url in [*READING_ORDER, "bibliography/"]}

    def target_exists(from_url: str, href: str) -> bool:
        absolute = urljoin("https://x.org/" + from_url, href).removeprefix("https://x.org/")
        path, _, fragment = absolute.partition("#")
        if path not in pages:
            pages[path] = site.page(path)
        return pages[path].find(id=fragment) is not None if fragment else bool(pages[path].find("h1"))

    citations = 0
    for url in READING_ORDER:
        for link in content(pages[url]).select("a.citation-ref"):
            assert target_exists(url, link["href"]), link
            citations += 1
    assert citations >= 60
    bibliography = content(pages["bibliography/"])
    for link in bibliography.select(":is(.explainer-bibliography__cited-in, .explainer-bibliography__also-in) a"):
        assert target_exists("bibliography/", link["href"]), link


def test_a_broken_link_leads_to_a_page_that_says_so_and_leads_back_to_the_start(site):
    page = site.page("404.html")
    main = content(page)
    assert main.select_one("h1").get_text() == "Page not found"
    # The tab, the history and a screen reader name it so, not as the home page (the site's name alone).
    assert (
        page.select_one("title").get_text()
        == "Page not found - China's Impact on Democracy and Human Rights in Central Asia"
    )
    link = main.select_one("p a")
    assert link.get_text() == "Go to the start of the article" and link["href"] in ("/.", "/")


def test_a_build_without_site_url_says_what_the_404_page_needs_to_be_published_in_a_folder(site):
    # Its links are written from the root, "/" without site_url: in a folder they lead out of the site.
    said = next(line for line in site.output.splitlines() if "no site_url" in line)
    assert said.startswith("INFO") and "mkdocs.yml: no site_url: the page a broken link leads to (404.html)" in said
    assert "set site_url to its address" in said  # and the build goes on: a strict one passes


def test_pages_carry_no_placeholders(site):
    for url in [*READING_ORDER, "bibliography/"]:
        html = str(site.page(url))
        assert "data-explainer" not in html
        assert "explainer-call" not in html


@pytest.mark.parametrize("url", ["part-1/opposition-and-separatism/"])
def test_prose_note_keeps_its_text_and_cites_inline(site, url):
    note = notes_on(site.page(url))[27]
    assert note.startswith("In May 2011, local oil and gas workers went on strike")
    assert "For more details, see D. Satpayev, T. Umbe, “The protests in Zhanaozen" in note


def test_the_home_page_lists_the_site_s_pages_in_reading_order_after_the_title_page(site):
    home = site.page("")
    contents = home.select_one("nav.explainer-home-contents")
    assert contents["aria-label"] == "Sections and pages" and contents.h2.get_text() == "Contents"
    # Every page of the navigation but the home page itself, in its order.
    assert [link["href"] for link in contents.select("a")] == [url for url in READING_ORDER if url] + [
        "bibliography/",
        "glossary/",
        "timeline/",
    ]
    # A part that opens with its own page links to it by its title; one without names it.
    part_1, part_2 = (item for item in contents.select(":scope > ul > li") if item.ul)
    assert part_1.find(string=True, recursive=False).strip().startswith("1 Chinese Strategies")
    assert part_1.find("a", recursive=False) is None
    assert part_2.a["href"] == "part-2/" and part_2.a.get_text() == "2 Chinese Efforts in Practice in Central Asia"
    # After the author's title page (its keywords), before the cite box.
    article = content(home)
    order = [element.get("id") or element.name for element in article.select("h2, nav.explainer-home-contents")]
    assert order.index("keywords") < order.index("nav") < order.index("cite-this")
    # Neither the search index nor the PDF's title page holds it.
    index = json.loads((site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    home_entries = [doc for doc in index["docs"] if doc["location"].split("#")[0] == ""]
    assert home_entries and not any("Selling Surveillance" in doc["text"] for doc in home_entries)


def test_pages_send_no_referrer_to_the_sources_they_link(site):
    for url in ("", "part-1/western-values/", "bibliography/"):
        assert site.page(url).find("meta", attrs={"name": "referrer"})["content"] == "no-referrer"


def test_search_indexes_the_prose_of_the_notes_and_each_source_once_in_the_bibliography(site):
    index = json.loads((site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    notes_sections = {doc["location"]: doc["text"] for doc in index["docs"] if doc["location"].endswith("#notes")}
    # Note 27 is the author's prose: a reader searching its words finds it.
    assert "local oil and gas workers went on strike" in notes_sections["part-1/opposition-and-separatism/#notes"]
    # Its sources, cited inside it, are named as a later note names them: the sentence reads
    # whole, not "For more details, see ." as when they were left out.
    assert notes_sections["part-1/opposition-and-separatism/#notes"].endswith(
        "For more details, see Satpayev, Umbe, “The protests in Zhanaozen and the Kazakh oil sector: Conflicting"
        " interests in a rentier state;” “They shot to kill: the massacre of Kazakhstan's striking oil workers,"
        " eight years on.”"
    )
    for text in notes_sections.values():
        shown = re.sub(r"<span hidden>[\w ]*</span>", "", text)  # the numbers between a range's ends
        assert "<" not in shown and "↩" not in shown and "data-explainer" not in shown
        assert text.strip()  # a page whose notes all cite sources has no empty "Notes" result
    # Each section's notes are named by their numbers, which the PDF prints and a citation of the article gives.
    assert notes_sections["part-1/opposition-and-separatism/#notes"].startswith(
        "Notes 22–31<span hidden> 23 24 25 26 27 28 29 30 note22 note23 note24 note25 note26 note27 note28 note29"
        " note30 note31</span> In May 2011"
    )
    assert notes_sections["part-1/western-values/#notes"] == (
        "Notes 4–14<span hidden> 5 6 7 8 9 10 11 12 13"
        " note4 note5 note6 note7 note8 note9 note10 note11 note12 note13 note14</span>"
    )
    # A glossary entry's, numbered from 1 on its page, would be found by every small number.
    assert not any(text.startswith("Notes") for location, text in notes_sections.items() if "glossary/" in location)
    # Citations are not indexed note by note: each source is found once, in the bibliography.
    assert not any("Profile Books" in text for text in notes_sections.values())
    bibliography = [doc for doc in index["docs"] if doc["location"].startswith("bibliography/")]
    assert sum("Profile Books" in doc["text"] for doc in bibliography) >= 1


def test_search_does_not_index_generated_cross_references(site):
    index = json.loads((site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    for doc in index["docs"]:
        if doc["location"].startswith("bibliography/"):
            assert "Cited in" not in doc["text"], doc["location"]
        if doc["location"].startswith("glossary/"):
            assert "Where it appears" not in doc["title"], doc["location"]
        assert "explainer:" not in doc["text"], doc["location"]
    # Those parts are on the pages themselves.
    bibliography = (site.site / "bibliography" / "index.html").read_text(encoding="utf-8")
    assert "Cited in" in bibliography and "explainer:" not in bibliography
    entry = (site.site / "glossary" / "tianxia" / "index.html").read_text(encoding="utf-8")
    assert 'id="where-it-appears"' in entry and "explainer:" not in entry


def test_search_indexes_the_text_without_note_numbers_or_link_markup(site):
    index = json.loads((site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    article = [doc for doc in index["docs"] if doc["location"].split("#")[0] in READING_ORDER]
    assert article
    for doc in article:
        assert "<sup" not in doc["text"] and "explainer" not in doc["text"], doc["location"]
    # A glossary term linked in the text is indexed as the words the author wrote.
    page = " ".join(doc["text"] for doc in article if doc["location"].startswith("part-1/new-paradigm/"))
    assert "Tianxia" in page


def test_search_keeps_the_words_a_phrase_needs_unless_the_site_sets_its_own_options(site, project_copy, tmp_path):
    # Material's search needs every word of a quoted phrase: common words stay in the index.
    config = json.loads((site.site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
    assert "stopWordFilter" not in config["pipeline"]
    # A site that sets the search's options keeps them as it set them.
    edit(
        project_copy / "mkdocs.yml",
        "plugins:\n  - search\n",
        "plugins:\n  - search:\n      pipeline: [stopWordFilter]\n      separator: '[\\s]+'\n",
    )
    build = run_build(project_copy, tmp_path / "site")
    assert build.returncode == 0, build.output
    config = json.loads((build.site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
    assert config["pipeline"] == ["stopWordFilter"] and config["separator"] == "[\\s]+"


def test_search_finds_a_glossary_entry_and_a_timeline_event_once_without_the_lists_made_from_them(site):
    docs = json.loads((site.site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    text_of = {doc["location"]: doc["text"] for doc in docs}
    # The A to Z list repeats each entry's definition: a search for "Tianxia" found it
    # twice, on the entry and under "T" of the glossary, with the filter's words.
    definition = "A concept, rendered in the article as"
    assert [location for location, text in text_of.items() if definition in text] == ["glossary/tianxia/"]
    assert not any(location.startswith("glossary/#letter-") for location in text_of)
    assert "Policy or program" not in text_of["glossary/"]
    # The timeline's events are found; not its filter, nor the countries and links of each event.
    assert "contributes to the Tulip Revolution that overthrows him" in text_of["timeline/#event-1"]
    timeline_text = " ".join(text for location, text in text_of.items() if location.startswith("timeline/"))
    assert "note 59" not in timeline_text and "Country" not in timeline_text
    # The pages still show all of it.
    glossary = site.page("glossary/")
    assert glossary.select_one("#letter-t") and glossary.find(string=re.compile(definition))
    assert glossary.select("form.explainer-glossary-filter input")
    timeline = site.page("timeline/")
    assert timeline.select("form.explainer-timeline-filter input")
    assert any("note\u00a059" in p.get_text() for p in timeline.select(".explainer-timeline__source"))
    assert "explainer:" not in str(glossary) + str(timeline)


def test_a_search_result_for_a_source_or_an_event_opens_the_page_at_it(site):
    # A search matching one source or one event opened the bibliography or the timeline
    # at its top: the whole list was one result. Each is now a result of its own, at its anchor.
    docs = json.loads((site.site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    by_location = {doc["location"]: doc for doc in docs}
    for page_url, entries in (("bibliography/", "ul.explainer-bibliography > li"), ("timeline/", "ol > li")):
        ids = [entry["id"] for entry in site.page(page_url).select(entries)]
        assert len(ids) > 20, page_url
        on_page = [doc["location"] for doc in docs if doc["location"].startswith(page_url)]
        # The page's top keeps a result of its own, for the page's own words.
        assert on_page == [page_url] + [f"{page_url}#{anchor}" for anchor in ids]
        # Each entry's words are indexed once: in its own result, not also in the page's,
        # which holds the page's own words alone (the timeline's: what it lists, and whose they are).
        top = by_location[page_url]["text"]
        assert top == "" if page_url == "bibliography/" else top.startswith("<p>The events the article dates")
        assert "Akayev" not in top and "Zhanaozen" not in top
    source = by_location["bibliography/#brown2017world"]
    assert source["title"] == "Brown, <em>China's World. What Does China Want?</em>"  # its short form, as set
    assert "London, New York, I.B. Tauris, 2017." in source["text"]
    assert "Cited in" not in source["text"]
    event = by_location["timeline/#event-5"]
    assert event["title"] == "May 2011"
    assert event["text"].startswith("<p>Local oil and gas workers in Zhanaozen go on strike over unpaid danger pay")
    assert "May 2011" not in event["text"]  # in its title, not read twice
    # The pages show no heading for them, and no mark.
    for page_url in ("bibliography/", "timeline/"):
        article = content(site.page(page_url))
        assert not article.select("h6") and "search-entry" not in str(article)


def test_a_bibliography_page_with_words_of_its_own_keeps_them_in_its_top_result(project_copy, tmp_path):
    (project_copy / "docs" / "bibliography.md").write_text(
        "# Bibliography\n\nEvery source the notes cite.\n\n<div data-explainer-bibliography></div>\n\n"
        "Sources in Russian are transliterated.\n",
        encoding="utf-8",
    )
    build = run_build(project_copy, tmp_path / "site")
    assert build.returncode == 0, build.output
    docs = json.loads((build.site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    top = next(doc for doc in docs if doc["location"] == "bibliography/")
    assert top["text"] == "<p>Every source the notes cite.</p> <p>Sources in Russian are transliterated.</p>"
    last = [doc for doc in docs if doc["location"].startswith("bibliography/#")][-1]
    assert "transliterated" not in last["text"]


def test_search_reads_the_summary_points_without_their_links_to_paragraphs(site):
    docs = json.loads((site.site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    text = next(doc["text"] for doc in docs if doc["location"] == "part-1/new-paradigm/")
    # A result's snippet showed each point with its link glued on: "... Western hegemony. ¶ 2".
    assert "opposing Western hegemony." in text
    assert "¶" not in text and "editors’ summary" not in text
    # The page still links each point to its paragraph.
    box = site.page("part-1/new-paradigm/").select_one("aside.explainer-summary")
    assert "editors’ summary" in box.select_one(".explainer-summary__title").get_text()
    links = box.select("a.explainer-summary__source")
    assert links and all(link.get_text().startswith("¶") and link["href"].startswith("#p") for link in links)
    assert "explainer:" not in str(box)


def test_an_event_that_spans_two_years_shows_both_with_a_machine_readable_date_each(site):
    timeline = site.page("timeline/")
    event = next(item for item in timeline.select("ol > li") if "40 protest actions" in item.get_text())
    date = event.select_one(".explainer-timeline__date")
    assert date.get_text() == "2019\u20132020"
    assert [time["datetime"] for time in date.select("time")] == ["2019", "2020"]
    # The China entry, a place the event names, lists it with the same date.
    china = site.page("glossary/china/")
    assert any(
        item.get_text().startswith("2019\u20132020") and "40 protest actions" in item.get_text()
        for item in china.select("li")
    )
