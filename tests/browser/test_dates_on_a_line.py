"""A timeline's dates, on its page and in a place's list of events: a month written before
its day ("November 15, 2020") ends no line with the day on the next, and a span of dates
ends no line on its dash ("May 3–", then "9, 2021"), on a 320 px phone."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from browsing import serve
from playwright.sync_api import Browser, Page
from project import run_build
from test_keyboard_reading import spoken
from test_new_article import new_article
from test_site import content
from test_worded_days import build_dated_site

from explainer.dates import MONTH_NAMES

#: Spans of two years, written whole ("September 30, 2019–November 15, 2020"): long
#: enough to wrap on a phone, at every width a line may end.
SPANS = [
    (f"2019-{first:02d}-{first + 10}", f"2020-{last:02d}-{last + 3:02d}")
    for first in range(1, 13)
    for last in (2, 9, 11, 12)
]
#: Spans within a month, written "May 3–9, 2021": short, so they wrap only in large text.
SAME_MONTH_SPANS = [
    (f"2021-{month:02d}-03", f"2021-{month:02d}-{last:02d}") for month in range(1, 13) for last in (9, 28)
]


#: Sources dated May 20, 2021, their titles of every length: in some card, a line would end
#: on "May", and the next start "20, 2021".
DATED_SOURCES = [f"report{count}" for count in range(24)]


def dated_source(key: str) -> str:
    """A source dated May 20, 2021, whose title's length grows with ``key``'s number."""
    count = int(key.removeprefix("report"))
    title = " ".join(["Report", *["on rivers"] * (count // 2), *["now"] * (1 + count % 2)])
    return f"@online{{{key},\n  author = {{Agency, Press}},\n  title = {{{title}}},\n  date = {{2021-05-20}},\n}}\n"


#: Sources whose titles hold a date in words, the day first ("Election, 11 October 2020
#: Final Report"), their titles of every length.
REPORTS_OF_A_DAY = [f"election{count}" for count in range(24)]


def report_of_a_day(key: str) -> str:
    """A source whose title holds "11 October 2020" further on as ``key``'s number grows."""
    count = int(key.removeprefix("election"))
    title = " ".join(["Presidential", *["Rivers"] * count, "Election, 11 October 2020 Final Report"])
    return f"@report{{{key},\n  author = {{{{OSCE}}}},\n  title = {{{title}}},\n  date = {{2021}},\n}}\n"


@pytest.fixture(scope="module")
def dated_site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dated") / "rivers"
    written = new_article(folder, "--title", "Rivers", "--author", "Ana Exemplar")
    assert written.returncode == 0, written.stderr
    (folder / "docs" / "glossary" / "kyrgyzstan.md").write_text(
        "---\nterm: Kyrgyzstan\ndefinition: A country of Central Asia.\ncategory: place\n---\n\nA place.\n",
        encoding="utf-8",
    )
    section = folder / "docs" / "introduction.md"
    section.write_text(section.read_text(encoding="utf-8") + "\nKyrgyzstan held elections.\n", encoding="utf-8")
    events = "".join(
        f'- date: "{first}/{last}"\n  event: Elections were held.\n  countries: [Kyrgyzstan]\n'
        f"  page: introduction.md\n  quote: held elections\n"
        for first, last in SPANS + SAME_MONTH_SPANS
    )
    timeline = folder / "docs" / "timeline.yml"
    timeline.write_text(timeline.read_text(encoding="utf-8") + events, encoding="utf-8")
    # Each source cited twice: the second citation is a short form, whose card gives it in full.
    bib = folder / "bib" / "article.bib"
    sources = "".join(map(dated_source, DATED_SOURCES)) + "".join(map(report_of_a_day, REPORTS_OF_A_DAY))
    bib.write_text(bib.read_text(encoding="utf-8") + sources, encoding="utf-8")
    calls = " ".join(f"Claim.[@{key}] Again.[@{key}]" for key in DATED_SOURCES + REPORTS_OF_A_DAY)
    section.write_text(section.read_text(encoding="utf-8") + f"\n{calls}\n", encoding="utf-8")
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output
    return build


@contextmanager
def on_a_small_phone(browser: Browser, site, url: str) -> Iterator[Page]:
    """``url`` of the built ``site``, open on a 320 px phone."""
    server, base_url = serve(site.site)
    context = browser.new_context(viewport={"width": 320, "height": 640}, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        page.goto(base_url + url)
        yield page
    finally:
        context.close()
        server.shutdown()


DATES = {"timeline/": "p.explainer-timeline__date", "glossary/kyrgyzstan/": ".explainer-glossary-events a"}


@pytest.mark.parametrize("url", DATES)
def test_a_date_s_month_is_marked_to_stay_with_its_day(dated_site, url):
    dates = content(dated_site.page(url)).select(DATES[url])
    assert len(dates) >= len(SPANS)
    spans = [date for date in dates if "–" in date.get_text() and date.get_text().count(",") == 2]
    assert len(spans) == len(SPANS)
    assert spans[0].get_text() == "January 11, 2019–February 5, 2020"  # the text as it was
    for date in spans:
        assert [kept.get_text() for kept in date.select(".explainer-unbroken")] == [
            " ".join(part.split(",")[0].split()[:2]) for part in date.get_text().split("–")
        ]


#: Each month written before its day in ``selector``'s elements, as the top of the month's
#: last letter and of the day's first digit: equal where they share a line.
MONTH_AND_DAY_TOPS = """selector => [...document.querySelectorAll(selector)].flatMap(element => {
    const nodes = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    // The text shown: not a line kept for a note's card or for print.
    while (walker.nextNode()) if (walker.currentNode.parentElement.checkVisibility()) nodes.push(walker.currentNode);
    const text = nodes.map(node => node.data).join('');
    const at = offset => {
        for (const node of nodes) {
            if (offset < node.data.length) return [node, offset];
            offset -= node.data.length;
        }
    };
    const top = (start, end) => {
        const range = document.createRange();
        range.setStart(...at(start));
        range.setEnd(...at(end - 1));
        range.setEnd(range.endContainer, range.endOffset + 1);
        return range.getClientRects()[0].top;
    };
    return [...text.matchAll(/([A-Z][a-z]+)[ \\u00a0](\\d{1,2})\\b/g)].map(found => {
        const dayAt = found.index + found[1].length + 1;
        return [found[0], top(dayAt - 2, dayAt - 1), top(dayAt, dayAt + 1)];
    });
})"""


@pytest.mark.parametrize("url", DATES)
def test_on_a_phone_no_date_s_month_ends_a_line_before_its_day(browser: Browser, dated_site, url):
    with on_a_small_phone(browser, dated_site, url) as page:
        tops = page.evaluate(MONTH_AND_DAY_TOPS, DATES[url])
        # Every event's two dates are measured, and some spans do wrap on a phone.
        assert len(tops) == 2 * len(SPANS) + len(SAME_MONTH_SPANS)
        wrapped = page.evaluate(
            """selector => [...document.querySelectorAll(selector)].filter(date => {
                const range = document.createRange();
                range.selectNodeContents(date);
                return new Set([...range.getClientRects()].map(box => box.top)).size > 1;
            }).length""",
            DATES[url],
        )
        assert wrapped > 0
        assert [date for date, month_top, day_top in tops if month_top != day_top] == []


#: A script's function that reads an element's text across its elements, and the top of
#: the character at each offset: ``const [text, top] = textAndTop(element)``.
TEXT_AND_TOP = """const textAndTop = element => {
    const nodes = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    // The text shown: not a line kept for a note's card or for print.
    while (walker.nextNode()) if (walker.currentNode.parentElement.checkVisibility()) nodes.push(walker.currentNode);
    const top = offset => {
        for (const node of nodes) {
            if (offset < node.data.length) {
                const range = document.createRange();
                range.setStart(node, offset);
                range.setEnd(node, offset + 1);
                return range.getClientRects()[0].top;
            }
            offset -= node.data.length;
        }
    };
    return [nodes.map(node => node.data).join(''), top];
};"""
#: Each span's dash in ``selector``'s elements, as the span's text, the top of the dash and
#: of the character after it (equal where they share a line), and whether the span wraps.
DASH_TOPS = (
    "selector => {"
    + TEXT_AND_TOP
    + """
    return [...document.querySelectorAll(selector)].flatMap(element => {
        const [text, top] = textAndTop(element);
        const dash = text.indexOf('\u2013');
        const whole = document.createRange();
        whole.selectNodeContents(element);
        const wraps = new Set([...whole.getClientRects()].map(box => box.top)).size > 1;
        return dash < 0 ? [] : [[text, top(dash), top(dash + 1), wraps]];
    });
}"""
)


@pytest.mark.parametrize("url", DATES)
def test_on_a_phone_no_span_of_dates_ends_a_line_on_its_dash(browser: Browser, dated_site, url):
    with on_a_small_phone(browser, dated_site, url) as page:
        texts_before = page.evaluate(
            "selector => [...document.querySelectorAll(selector)].map(date => date.textContent)", DATES[url]
        )
        assert "May 3–9, 2021" in texts_before  # the text as it was
        wrapped = set()
        # The reader's text size, from the default up to one at which "May 3–9, 2021" wraps too.
        for text_size in ("100%", "200%", "300%", "400%"):
            page.evaluate("size => { document.documentElement.style.fontSize = size; }", text_size)
            dashes = page.evaluate(DASH_TOPS, DATES[url])
            assert len(dashes) == len(SPANS) + len(SAME_MONTH_SPANS)
            wrapped |= {text for text, _, _, wraps in dashes if wraps}
            assert [text for text, dash_top, next_top, _ in dashes if dash_top != next_top] == [], text_size
        # Both kinds of span do wrap: "September 30, 2019–…" on a phone, "May 3–9, 2021" in large text.
        assert "May 3–9, 2021" in wrapped
        assert "January 11, 2019–February 5, 2020" in wrapped
        assert (
            page.evaluate(
                "selector => [...document.querySelectorAll(selector)].map(date => date.textContent)", DATES[url]
            )
            == texts_before
        )


CARD = ".md-tooltip2--active .md-tooltip2__inner"


@pytest.mark.parametrize("viewport", [{"width": 320, "height": 640}, {"width": 1280, "height": 900}])
def test_a_short_citation_s_card_never_ends_a_line_on_a_date_s_month(browser: Browser, dated_site, viewport):
    """The card Material draws from a short citation's title is plain text, where no markup
    keeps "May 20, 2021" together: a line of it ended on "May", the next began "20, 2021";
    so with a date in a title's words ("11 October 2020")."""
    references = {  # as the note that cites each first gives it
        citation["data-citation-key"]: citation.get_text()
        for citation in content(dated_site.page("introduction/")).select(".citation[data-position=first]")
    }
    assert references["report0"] == "P. Agency, “Report now,” May 20, 2021."  # the text as it was
    server, base_url = serve(dated_site.site)
    context = browser.new_context(viewport=viewport)
    try:
        page = context.new_page()
        page.goto(base_url + "introduction/")
        tops, wrapped, heard = [], 0, {}
        for key in DATED_SOURCES + REPORTS_OF_A_DAY:
            link = page.locator(f'.md-content a.citation-ref--short[href$="#{key}"]')
            link.evaluate("link => link.scrollIntoView({block: 'center'})")
            link.evaluate(
                """link => {
                const links = [...document.querySelectorAll('a[href]')];
                links[links.indexOf(link) - 1].focus({preventScroll: true});
            }"""
            )
            page.keyboard.press("Tab")  # from the keyboard: the card describes the link
            page.wait_for_selector(CARD, state="visible", timeout=5000)
            tops += page.evaluate(MONTH_AND_DAY_TOPS, CARD) + page.evaluate(DAY_AND_MONTH_TOPS, CARD)
            wrapped += page.evaluate(
                """selector => {
                const range = document.createRange();
                range.selectNodeContents(document.querySelector(selector));
                return new Set([...range.getClientRects()].map(box => Math.round(box.top))).size > 1;
            }""",
                CARD,
            )
            heard[key] = spoken(page)["description"]
            page.keyboard.press("Escape")
            page.wait_for_selector(CARD, state="hidden", timeout=5000)
    finally:
        context.close()
        server.shutdown()
    # "May 20" and "11 October" on every card, and the cards do wrap.
    assert len(tops) == len(heard) == len(DATED_SOURCES) + len(REPORTS_OF_A_DAY) and wrapped > len(heard) // 2
    assert [date for date, first_top, next_top in tops if first_top != next_top] == []
    # A screen reader hears the reference, its date's space a space.
    assert {key: text.replace("\u00a0", " ") for key, text in heard.items()} == {key: references[key] for key in heard}


#: Each day written before its month in ``selector``'s elements, as the top of the day's last
#: digit and of the month's first letter: equal where they share a line.
DAY_AND_MONTH_TOPS = MONTH_AND_DAY_TOPS.replace(
    "/([A-Z][a-z]+)[ \\u00a0](\\d{1,2})\\b/g", "/\\b(\\d{1,2})[ \\u00a0]([A-Z][a-z]+)/g"
)


@pytest.mark.parametrize(
    ("url", "selector"),
    [("introduction/", ".explainer-notes li"), ("bibliography/", "ul.explainer-bibliography > li")],
)
def test_on_a_phone_a_date_in_a_source_s_title_ends_no_line_before_its_month(browser, dated_site, url, selector):
    """A title's own date ("Election, 11 October 2020 Final Report"): a line ended on "11"."""
    assert DAY_AND_MONTH_TOPS != MONTH_AND_DAY_TOPS
    with on_a_small_phone(browser, dated_site, url) as page:
        texts = page.eval_on_selector_all(selector, "items => items.map(item => item.textContent)")
        assert any("OSCE, Presidential Election, 11 October 2020 Final Report, 2021." in text for text in texts)
        tops = page.evaluate(DAY_AND_MONTH_TOPS, selector)
    assert len([date for date, _, _ in tops if date.endswith("October")]) >= len(REPORTS_OF_A_DAY)
    assert [date for date, day_top, month_top in tops if day_top != month_top] == []


#: A glossary entry whose editors' prose dates a report "of 11 October 2020, dated January 29, 2021".
DATED_ENTRY = "glossary/osce-odihr-election-observation/"
#: The entry's own paragraphs (not its notes, whose dates the notes' generator keeps).
ENTRY_PROSE = ".md-content article > p[id]"


@pytest.mark.parametrize("width", [320, 360])
def test_on_a_phone_an_entry_s_own_dates_end_no_line_on_a_month_or_a_day(browser: Browser, base_url, width):
    """The editors' Markdown: at 320 px a line ended on "January", the next began "29, 2021";
    at 360 px one ended on "11", the next began "October 2020"."""
    context = browser.new_context(viewport={"width": width, "height": 640}, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        page.goto(base_url + DATED_ENTRY)
        texts = page.eval_on_selector_all(ENTRY_PROSE, "paragraphs => paragraphs.map(p => p.textContent)")
        found = page.evaluate(MONTH_AND_DAY_TOPS, ENTRY_PROSE) + page.evaluate(DAY_AND_MONTH_TOPS, ENTRY_PROSE)
    finally:
        context.close()
    # Only dates: a note's call before a capital ("quotes.2 The") is none.
    dates = [(date, first_top, next_top) for date, first_top, next_top in found if set(date.split()) & set(MONTH_NAMES)]
    # The text as the editors wrote it, and each of its three dates measured.
    assert any("of 11 October 2020, dated January 29, 2021." in text for text in texts)
    assert [date for date, _, _ in dates] == ["January 29", "11 October", "11 October"]
    assert [date for date, first_top, next_top in dates if first_top != next_top] == []


def dated_words(count: int) -> str:
    """An editors' text that dates a report further on as ``count`` grows."""
    return " ".join(["A", *["river"] * count, "report of 11 October 2020, dated January 29, 2021."])


#: The editors' short texts, set outside Markdown: summary points, timeline events, definitions.
EDITORS_TEXTS = {
    "introduction/": ".explainer-summary li",
    "timeline/": "p.explainer-timeline__text",
    "glossary/": ".md-content dd",
}


@pytest.fixture(scope="module")
def editors_dated_site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("editors-dated") / "rivers"
    written = new_article(folder, "--title", "Rivers", "--author", "Ana Exemplar")
    assert written.returncode == 0, written.stderr
    section = folder / "docs" / "introduction.md"
    body = section.read_text(encoding="utf-8").split("---\n", 2)[2]
    points = "".join(f'  - point: "{dated_words(count)}"\n    paragraph: 1\n' for count in range(24))
    uses = " ".join(f"A river term {count}." for count in range(24))  # each entry used, as a build requires
    section.write_text(f"---\nsummary:\n{points}---\n{body}\n{uses}\n", encoding="utf-8")
    events = "".join(
        f'- date: "2020"\n  event: "{dated_words(count)}"\n  countries: []\n'
        f'  page: introduction.md\n  quote: "A citation makes a numbered note"\n  note: 1\n'
        for count in range(24)
    )
    timeline = folder / "docs" / "timeline.yml"
    timeline.write_text(timeline.read_text(encoding="utf-8") + events, encoding="utf-8")
    for count in range(24):
        (folder / "docs" / "glossary" / f"river-{count}.md").write_text(
            f"---\nterm: river term {count}\ndefinition: {dated_words(count)}\ncategory: concept\n---\n\nA term.\n",
            encoding="utf-8",
        )
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output
    return build


@pytest.mark.parametrize("url", EDITORS_TEXTS)
def test_an_editors_text_keeps_its_days_with_their_months_and_its_words(editors_dated_site, url):
    texts = content(editors_dated_site.page(url)).select(EDITORS_TEXTS[url])
    dated = [text for text in texts if "October" in text.get_text()]
    assert len(dated) == 24
    for count, text in enumerate(sorted(dated, key=lambda text: len(text.get_text()))):
        assert text.get_text().startswith(dated_words(count))  # the text as the editors wrote it
        assert [kept.get_text() for kept in text.select(".explainer-unbroken")] == ["11 October", "January 29"]


@pytest.mark.parametrize("width", [320, 360])
@pytest.mark.parametrize("url", EDITORS_TEXTS)
def test_on_a_phone_an_editors_text_ends_no_line_on_a_month_or_a_day(browser: Browser, editors_dated_site, url, width):
    server, base_url = serve(editors_dated_site.site)
    context = browser.new_context(viewport={"width": width, "height": 640}, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        page.goto(base_url + url)
        found = page.evaluate(MONTH_AND_DAY_TOPS, EDITORS_TEXTS[url])
        found += page.evaluate(DAY_AND_MONTH_TOPS, EDITORS_TEXTS[url])
    finally:
        context.close()
        server.shutdown()
    dates = [(date, first_top, next_top) for date, first_top, next_top in found if set(date.split()) & set(MONTH_NAMES)]
    assert sorted({date for date, _, _ in dates}) == ["11 October", "January 29"] and len(dates) == 48
    assert [date for date, first_top, next_top in dates if first_top != next_top] == []


#: Each French day before its month ("11 octobre", "1er mai") in ``selector``'s elements, as
#: the top of the day's last character and of the month's first: equal where they share a line.
FRENCH_DAY_AND_MONTH_TOPS = MONTH_AND_DAY_TOPS.replace(
    "/([A-Z][a-z]+)[ \\u00a0](\\d{1,2})\\b/g", "/(\\d{1,2}|1er)[ \\u00a0](octobre|mai)/g"
)
#: French sources' titles and glossary definitions with a date further on as their number grows.
FRENCH_DATED = 24


@pytest.fixture(scope="module")
def french_dated_site(tmp_path_factory):
    sources = {
        f"scrutin{count}": ("french", " ".join(["Élection", *["fluviale"] * count, "du 11 octobre 2020"]), "")
        for count in range(FRENCH_DATED)
    }
    definitions = [
        " ".join(["Un", *["fleuve"] * count, "scrutin du 11 octobre 2020, dont le rapport parut le 1er mai 2021."])
        for count in range(FRENCH_DATED)
    ]
    return build_dated_site(tmp_path_factory.mktemp("french-dated") / "rivieres", sources, definitions)


#: Whether the card's text takes more than one line.
CARD_WRAPS = """selector => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(selector));
    return new Set([...range.getClientRects()].map(box => Math.round(box.top))).size > 1;
}"""


def each_card_opened_on_a_phone(browser: Browser, site, link: str, count: int) -> Iterator[Page]:
    """The introduction at 320 px, with the card of each of ``count`` links (``link`` with
    ``{N}`` their index) opened from the keyboard in turn: the page, while it is open."""
    server, base_url = serve(site)
    context = browser.new_context(viewport={"width": 320, "height": 640})
    try:
        page = context.new_page()
        page.goto(base_url + "introduction/")
        for index in range(count):
            page.locator(".md-content " + link.replace("{N}", str(index))).evaluate(
                """link => {
                link.scrollIntoView({block: 'center'});
                const links = [...document.querySelectorAll('a[href]')];
                links[links.indexOf(link) - 1].focus({preventScroll: true});
            }"""
            )
            page.keyboard.press("Tab")  # from the keyboard: the card describes the link
            page.wait_for_selector(CARD, state="visible", timeout=5000)
            yield page
            page.keyboard.press("Escape")
            page.wait_for_selector(CARD, state="hidden", timeout=5000)
    finally:
        context.close()
        server.shutdown()


#: The links whose ``title`` Material draws as a card, N of each: a glossary term's, a short citation's.
HOVERED = ["a.glossary-term[data-glossary=terme-date-{N}]", 'a.citation-ref--short[href$="#scrutin{N}"]']


@pytest.mark.parametrize("link", HOVERED)
def test_on_a_phone_a_french_hover_card_never_ends_a_line_between_a_day_and_its_month(
    browser: Browser, french_dated_site, link
):
    """A glossary term's card and a short citation's are Material's tooltips, drawn from the
    link's ``title``: plain text, where a line of a definition ended on "11" and the next
    began "octobre 2020" at 320 px; so with a French source's title (langid french)."""
    tops, wrapped, cards = [], 0, []
    for page in each_card_opened_on_a_phone(browser, french_dated_site.site, link, FRENCH_DATED):
        cards.append(page.inner_text(CARD))
        tops += page.evaluate(FRENCH_DAY_AND_MONTH_TOPS, CARD)
        wrapped += page.evaluate(CARD_WRAPS, CARD)
    # Each card's "11 octobre" (and a definition's "1er mai") measured, and the cards do wrap.
    expected = FRENCH_DATED * (2 if "glossary" in link else 1)
    assert len(tops) == expected and wrapped > FRENCH_DATED // 2, cards
    assert [date for date, day_top, month_top in tops if day_top != month_top] == []


#: Each date held by no space in ``selector``'s elements (``2020年10月11日``, ``10月1日``,
#: ``11-октябрь``, in full-width digits ``２０２０年１０月１１日``) or by Korean's spaces
#: (``2020년 10월 11일``), as its text and the distinct tops of its characters: one where it is on a line.
UNSPACED_DATE_TOPS = """selector => [...document.querySelectorAll(selector)].flatMap(element => {
    const nodes = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    // The text shown: not a line kept for a note's card or for print.
    while (walker.nextNode()) if (walker.currentNode.parentElement.checkVisibility()) nodes.push(walker.currentNode);
    const text = nodes.map(node => node.data).join('');
    const top = offset => {
        for (const node of nodes) {
            if (offset < node.data.length) {
                const range = document.createRange();
                range.setStart(node, offset);
                range.setEnd(node, offset + 1);
                return Math.round(range.getClientRects()[0].top);
            }
            offset -= node.data.length;
        }
    };
    const j = '\\u2060?';  // a word joiner, in a card's text
    const d = `(?:[0-9\\uff10-\\uff19]${j})`;  // a digit, ASCII or full-width (joined to the next in a card)
    const s = '[ \\u00a0]?';  // Korean's space, no-break in a card's text
    const numbered = new RegExp(`(${d}{4}年${j})?${d}{1,2}月${j}${d}{1,2}日`, 'g');
    const korean = new RegExp(`(${d}{4}년${s})?${d}{1,2}월${s}${d}{1,2}일`, 'g');
    const hyphened = new RegExp(`\\\\d{1,2}-${j}октябрь`, 'g');
    const dates = [...text.matchAll(numbered), ...text.matchAll(korean), ...text.matchAll(hyphened)];
    return dates.map(found => {
        const tops = new Set();
        for (let at = found.index; at < found.index + found[0].length; at++) {
            if (found[0][at - found.index] !== '\\u2060') tops.add(top(at));
        }
        return [found[0].replaceAll('\\u2060', ''), tops.size];
    });
})"""
#: Japanese definitions and sources' titles, and Kyrgyz titles, with a date further on as their number grows.
UNSPACED_DATED = 24


@pytest.fixture(scope="module")
def unspaced_dated_site(tmp_path_factory):
    sources = {
        f"senkyo{count}": ("japanese", "川" * count + "2020年10月11日の総選挙", "") for count in range(UNSPACED_DATED)
    } | {
        f"shailoo{count}": ("kyrgyz", " ".join(["Шайлоо", *["дарыя"] * count, "11-октябрь 2020"]), "")
        for count in range(UNSPACED_DATED)
    }
    definition = "選挙は2020年10月11日に行われ、報告は10月1日に出た。"
    definitions = ["川" * count + definition for count in range(UNSPACED_DATED)]
    folder = tmp_path_factory.mktemp("unspaced-dated") / "kawa"
    return build_dated_site(folder, sources, definitions, language="ja", prose="選挙。")


@pytest.fixture(scope="module")
def korean_dated_site(tmp_path_factory):
    """A Korean site: Korean definitions and sources' titles, and Japanese titles in full-width
    digits, with a date further on as their number grows."""
    sources = {
        f"seongeo{count}": ("korean", "강 " * count + "2020년 10월 11일 총선", "") for count in range(UNSPACED_DATED)
    } | {
        f"senkyow{count}": ("japanese", "川" * count + "２０２０年１０月１１日の総選挙", "")
        for count in range(UNSPACED_DATED)
    }
    definition = "선거는 2020년 10월 11일에 치러졌고, 보고서는 10월 1일에 나왔다."
    definitions = ["강 " * count + definition for count in range(UNSPACED_DATED)]
    folder = tmp_path_factory.mktemp("korean-dated") / "gang"
    return build_dated_site(folder, sources, definitions, language="ko", prose="선거.")


#: The links whose card is drawn from their ``title``, on each site: a glossary term's, and
#: short citations' (Japanese and Kyrgyz; Korean and Japanese in full-width digits).
UNSPACED_HOVERED = [
    ("unspaced_dated_site", "a.glossary-term[data-glossary=terme-date-{N}]"),
    ("unspaced_dated_site", 'a.citation-ref--short[href$="#senkyo{N}"]'),
    ("unspaced_dated_site", 'a.citation-ref--short[href$="#shailoo{N}"]'),
    ("korean_dated_site", "a.glossary-term[data-glossary=terme-date-{N}]"),
    ("korean_dated_site", 'a.citation-ref--short[href$="#seongeo{N}"]'),
    ("korean_dated_site", 'a.citation-ref--short[href$="#senkyow{N}"]'),
]


@pytest.mark.parametrize(("site", "link"), UNSPACED_HOVERED)
def test_on_a_phone_a_hover_card_never_breaks_a_date_held_by_no_space(browser: Browser, request, site, link):
    """Chinese and Japanese lines break between any two characters, inside a date too
    ("2020年10月" at a line's end, "11日" at the next line's start; between full-width digits,
    "２０２" and "０年"), Korean ones between any two syllables, a number from its unit ("11",
    then "일"), and a Kyrgyz date's at its hyphen ("11-", then "октябрь 2020"): in a card,
    plain text, at 320 px."""
    dates, wrapped = [], 0
    for page in each_card_opened_on_a_phone(browser, request.getfixturevalue(site).site, link, UNSPACED_DATED):
        dates += page.evaluate(UNSPACED_DATE_TOPS, CARD)
        wrapped += page.evaluate(CARD_WRAPS, CARD)
    # Each card's dates measured (a definition's two), and the cards do wrap.
    expected = UNSPACED_DATED * (2 if "glossary" in link else 1)
    assert len(dates) == expected and wrapped > UNSPACED_DATED // 2
    assert [date for date, lines in dates if lines != 1] == []


#: The site's own text: the glossary's definitions, the notes, the bibliography.
UNSPACED_TEXTS = {
    "glossary/": ".md-content dd",
    "introduction/": ".explainer-notes li",
    "bibliography/": "ul.explainer-bibliography > li",
}


@pytest.mark.parametrize("site", ["unspaced_dated_site", "korean_dated_site"])
@pytest.mark.parametrize("url", UNSPACED_TEXTS)
def test_on_a_phone_the_text_never_breaks_a_date_held_by_no_space(browser: Browser, request, site, url):
    with on_a_small_phone(browser, request.getfixturevalue(site), url) as page:
        dates = page.evaluate(UNSPACED_DATE_TOPS, UNSPACED_TEXTS[url])
    assert len(dates) >= 2 * UNSPACED_DATED
    assert [date for date, lines in dates if lines != 1] == []
