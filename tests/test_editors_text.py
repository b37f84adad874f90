"""The editors' own words (summaries, timeline, glossary) say what the article says, no more."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from jinja2 import Environment
from test_site import content
from textforms import html_text

from explainer.config import load_config
from explainer.page_front_matter import misspelt_page_keys
from explainer.site_pages import with_engine_templates
from explainer.summaries import SummaryBox, parse_summary


def test_akayevs_decision_is_not_dated_to_2005(site):
    # The article dates the upheaval and the Tulip Revolution it fed to 2005 ("in 2005, …
    # Akayev's decision to transfer … created an upheaval … contributing to the 'Tulip
    # Revolution'"), not the decision: the editors' words must not date the decision.
    summary = html_text(content(site.page("conclusion/")).select_one("aside.explainer-summary"))
    assert "Akayev's 2005" not in summary.replace("’", "'")
    assert "contributed to the 2005 Tulip Revolution that overthrew him" in summary
    timeline = content(site.page("timeline/"))
    akayev = [
        html_text(event.select_one(".explainer-timeline__text"))
        for event in timeline.select(".explainer-timeline__event")
        if "Akayev" in html_text(event)
    ]
    assert akayev, "the timeline's event of the territorial decision"
    for text in akayev:
        assert "decides" not in text
        assert "contributes to the Tulip Revolution that overthrows him" in text


def test_the_timeline_says_its_events_are_the_editors_words_telling_the_article_s(site):
    # Printed after the article, in its type, the timeline read as the author's: it says
    # whose words its events are, on the site and in the PDF (which prints the page whole).
    timeline = content(site.page("timeline/"))
    before_the_events = " ".join(html_text(paragraph) for paragraph in timeline.select("h1 ~ p"))
    assert "a reading of it, the author’s or someone else’s, is given as theirs" in before_the_events
    assert "written for this site by its editors; they are not part of the article" in before_the_events


def test_the_timeline_gives_the_article_s_reading_of_an_event_as_the_article_s(site):
    # An event's cause or its motive is the article's reading, or the analysts' it quotes,
    # not a fact the editors state: "helps undermine his regime's legitimacy".
    timeline = content(site.page("timeline/"))
    events = [
        html_text(event.select_one(".explainer-timeline__text"))
        for event in timeline.select(".explainer-timeline__event")
    ]
    readings = {
        "helps undermine his regime’s legitimacy": "According to the article,",
        "allowed Chinese analysts": "the article argues",
        "caught": "the article says",
    }
    for reading, attributed in readings.items():
        told = [event for event in events if reading in event]
        assert len(told) == 1, reading
        assert attributed in told[0], told[0]


def test_the_sreb_entry_says_the_introduction_expects_trade_to_grow_through_it(site):
    # The introduction: trade and investment "are likely to increase further through
    # China's Silk Road Economic Belt initiative", not that the SREB is a reason to protect them.
    entry = html_text(content(site.page("glossary/silk-road-economic-belt/")))
    assert "one reason why China wants to protect" not in entry
    assert "are likely to increase further through the SREB" in entry


def test_the_summary_of_2_2_does_not_call_the_states_silent_on_xinjiang(site):
    # The article: none "has publicly condemned or criticized" them, "arguing instead that
    # these issues are internal Chinese affairs": they speak, to side with Beijing.
    summary = html_text(content(site.page("part-2/narrative-and-repression/")).select_one("aside.explainer-summary"))
    assert "silent" not in summary
    assert "Hong Kong's security laws and Xinjiang internal Chinese affairs" in summary.replace("’", "'")


def test_the_three_evils_entry_does_not_read_the_phrase_into_sections_the_article_does_not_use_it_in(site):
    entry = html_text(content(site.page("glossary/three-evils/")))
    assert "The framing returns" not in entry
    assert "The article does not name the three evils again" in entry


def test_a_front_matter_key_close_to_summary_is_named_with_its_line_and_the_key_meant():
    source = "---\ntitle: T\nsumary:\n  - point: P\n    paragraph: 1\n---\n# T\n"
    (error,) = misspelt_page_keys({"title": "T", "sumary": []}, "docs/p.md", source)
    assert str(error).startswith("docs/p.md:3: `sumary` is not read; did you mean `summary`?")
    assert misspelt_page_keys({"title": "T", "summary": []}, "docs/p.md", source) == []


def test_a_summary_s_box_names_its_title_and_links_each_point_to_its_paragraph_in_the_article_s_words():
    options = load_config({"explainer": {"words": {"from_paragraph": "Du paragraphe {number}"}}}, "mkdocs.yml")
    points = parse_summary({"summary": [{"point": "Dams *first*.", "paragraph": 2}]}, "docs/p.md", 3, typographic=False)
    box = BeautifulSoup(
        SummaryBox(with_engine_templates(Environment()), "En bref", options.words).html(points), "html.parser"
    )
    assert box.aside["aria-label"] == "En bref"
    assert html_text(box.select_one(".explainer-summary__title")) == "En bref"
    (point,) = box.select("li")
    assert point.em.get_text() == "first"
    link = point.select_one("a.explainer-summary__source")
    assert (link["href"], link["aria-label"]) == ("#p2", "Du paragraphe 2")


def test_the_sinophobia_entry_gives_whom_it_worries_as_the_article_s_claim(site):
    # "This growing Sinophobia is what worries both China and the region's governments" was
    # said in the editors' voice, where the entries give the article's claims as its own.
    entry = content(site.page("glossary/sinophobia/"))
    lead = html_text(entry.select_one(".explainer-glossary-definition"))
    text = html_text(entry).replace("’", "'")
    assert "It says that this worries Beijing, and also the region's governments" in lead.replace("’", "'")
    assert "This growing Sinophobia, the article says, is what worries both China" in text
    assert "It adds that part of the population sees" in text
    assert "This growing Sinophobia is what worries" not in text


def test_the_glossary_gives_the_article_s_claims_as_the_article_s(site):
    # Claims the article makes, stated in the editors' voice, read as the editors' own.
    claims = {
        "one-china-principle": [
            "It says China has pushed the region to back its narrative on it.",
            "It says that, thanks to its strong economic leverage, China has pushed",
            "caught, the article says, between pressure from China",
        ],
        "neo-patrimonialism": [
            "In its account, since independence",
            "Their leaders, it adds, have also been receptive",
        ],
        "non-interference": ["The same leaders, it adds, object to what they see as Western interference"],
        "smokeless-war": ["The section adds that China, considering"],
        "russia": ["and which, it says, also questions Western promotion"],
    }
    for entry, said in claims.items():
        text = html_text(content(site.page(f"glossary/{entry}/"))).replace("’", "'")
        for words in said:
            assert words in text, (entry, words)


def _entry_paragraphs(page: BeautifulSoup) -> dict[str, list[str]]:
    """An entry's own text by heading, each link to a page of the article written `[[words]]`."""
    article = content(page)
    for call in article.select("sup"):
        call.decompose()
    for link in article.select("a[href]"):
        href = link["href"]
        if not href.startswith(("#", "http")) and not any(
            place in href for place in ("glossary/", "bibliography/", "timeline/")
        ):
            link.replace_with(f"[[{html_text(link)}]]")
    paragraphs: dict[str, list[str]] = {}
    heading = None
    for element in article.find_all(["h2", "p"]):
        if element.name == "h2":
            heading = element.get("id")
        elif heading in ("what-it-is", "in-the-article", "read-more"):
            paragraphs.setdefault(heading, []).append(html_text(element).replace("’", "'"))
    return paragraphs


def test_each_glossary_entry_links_the_sections_whose_words_it_reports(site):
    # Turkmenistan's entry said what "the article describes" with no link to section 2, where
    # other entries link each section they report: a reader could not check the claim.
    entries = sorted(path.parent.name for path in (site.site / "glossary").glob("*/index.html"))
    assert len(entries) > 20
    unlinked = []
    for entry in entries:
        paragraphs = _entry_paragraphs(site.page(f"glossary/{entry}/"))
        if not any("[[" in paragraph for paragraph in paragraphs.get("in-the-article", [])):
            unlinked.append((entry, "In the article", "no link to a section"))
        for heading, texts in paragraphs.items():
            for number, paragraph in enumerate(texts):
                # A section named in words must be a link, unless the text above links it already.
                above = " ".join(texts[: number + 1]).lower()
                named = re.findall(
                    r"(?<!\[\[)\b(section \d+(?:\.\d+)*|the conclusion|the introduction)\b", paragraph, re.I
                )
                for words in named:
                    if f"[[{words.lower()}" not in above:
                        unlinked.append((entry, heading, words))
                # What the article describes or writes is told with the section that does so.
                for sentence in re.split(r"(?<=[.;])\s+", paragraph):
                    if re.search(r"\bthe article (describes|writes|renders|treats)\b", sentence, re.I) and (
                        "[[" not in sentence
                    ):
                        unlinked.append((entry, heading, sentence))
    assert not unlinked, unlinked
