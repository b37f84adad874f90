"""A note's card, as a reader on a phone sees it."""

from __future__ import annotations

from pages import all_pages
from playwright.sync_api import BrowserContext, Page

SECTION = "part-2/surveillance/"

#: The ↩ links in the open card that a reader can see and tap.
SHOWN_WAYS_BACK = """() => [...document.querySelectorAll('.md-tooltip2--active .footnote-backref')]
    .filter(link => link.getClientRects().length && getComputedStyle(link).opacity !== '0'
                    && getComputedStyle(link).visibility !== 'hidden').length"""


def test_on_a_phone_a_note_s_card_has_no_way_back_to_the_call_it_stands_over(phone: BrowserContext, base_url):
    # On a touch screen the note's ↩ is always shown: in the card, a copy of the note, it
    # showed too, and led back to the call the card stood over.
    page = phone.new_page()
    page.goto(base_url + SECTION)
    call = page.locator("a.footnote-ref").first
    call.scroll_into_view_if_needed()
    call.tap()
    page.wait_for_selector(".md-tooltip2--active .md-tooltip2__inner", state="visible", timeout=5000)
    assert "cfr.org/china-digital-silk-road" in page.inner_text(".md-tooltip2--active")
    assert page.evaluate(SHOWN_WAYS_BACK) == 0
    # The note itself, at the page's end, keeps its way back.
    assert page.locator("li#note-38 a.footnote-backref").is_visible()


#: The sources a note's open card gives in full: each line's words (a date's no-break space read
#: as a space) and its link's address.
CARD_SOURCES = """() => [...document.querySelectorAll('.md-tooltip2--active .explainer-note-source')]
    .filter(line => line.checkVisibility())
    .map(line => [line.innerText.replace(/\\u00a0/g, ' '),
                  [...line.querySelectorAll('a[href]')].map(link => link.href)])"""


def test_a_note_s_card_gives_in_full_each_source_the_note_cites_in_short(page: Page, base_url):
    # No card opens inside a card: a short citation there showed its short form alone.
    page.goto(base_url + "part-1/opposition-and-separatism/")
    page.hover("#note-ref-29 a")  # two sources cited in full on another page, in short here
    page.wait_for_selector(".md-tooltip2--active .md-tooltip2__inner", state="visible", timeout=5000)
    assert page.evaluate(CARD_SOURCES) == [
        [
            "Den Hao, “Transformatsiya Tsentral’noy Azii pod vliyaniem vneshnikh i vnutrennikh faktorov – "
            "kitayskaya ekspertnaya otsenka,” [Transformation of Central Asia Under the Influence of External "
            "and Internal Factors – A Chinese Expert Assessment], Central Asian Analytical Network, April 20, "
            "2021, https://www.caa-network.org/archives/21730/transformatsiya-czentralnoj-azii-pod-vliyaniem-"
            "vneshnikh-i-vnutrennikh-faktorov-kitayskaya-ekspertnaya-ocenka.",
            [
                "https://www.caa-network.org/archives/21730/transformatsiya-czentralnoj-azii-pod-vliyaniem-"
                "vneshnikh-i-vnutrennikh-faktorov-kitayskaya-ekspertnaya-ocenka"
            ],
        ],
        [
            "“Jǐ'ěrxī sītǎn yìhuì xuǎnjǔ wéijī tǒushì,” [Perspectives on Kyrgyzstan's Parliamentary Election "
            "Crisis], China Institute of International Studies, October 14, 2020, "
            "https://www.cis.org.cn/yjcg/sspl/202010/t20201014_7556.html.",
            ["https://www.cis.org.cn/yjcg/sspl/202010/t20201014_7556.html"],
        ],
    ]
    # The list of notes does not repeat it: there, each short citation has its own card.
    assert not page.locator("#note-29 .explainer-note-source").first.is_visible()
    page.mouse.move(0, 0)
    page.wait_for_selector(".md-tooltip2--active", state="detached", timeout=5000)
    # A note that cites its one source in full gives it once.
    page.hover("#note-ref-22 a")
    page.wait_for_selector(".md-tooltip2--active .md-tooltip2__inner", state="visible", timeout=5000)
    assert page.evaluate(CARD_SOURCES) == []


def test_a_note_s_card_sets_its_sources_in_full_close_under_the_note(page: Page, base_url):
    # The note's text kept the margin of a paragraph before them, about 20px of empty card
    # between the note and its sources, more than between two of the sources.
    page.goto(base_url + "part-1/opposition-and-separatism/")
    page.hover("#note-ref-29 a")
    page.wait_for_selector(".md-tooltip2--active .md-tooltip2__inner", state="visible", timeout=5000)
    gaps = page.evaluate(
        """() => {
            const card = document.querySelector('.md-tooltip2--active .md-tooltip2__inner');
            const shown = [...card.children].filter(child => child.checkVisibility());
            const gaps = [];
            for (let index = 1; index < shown.length; index++) {
                gaps.push(shown[index].getBoundingClientRect().top - shown[index - 1].getBoundingClientRect().bottom);
            }
            return gaps;
        }"""
    )
    assert len(gaps) == 2, gaps  # the note, then its two sources
    assert gaps[0] <= gaps[1] + 1, gaps


def test_on_a_phone_a_short_citation_in_a_note_s_card_is_followed_at_the_first_tap(phone: BrowserContext, base_url):
    # Its first tap was kept for a card of its own, which never opens in a card: it did nothing.
    page = phone.new_page()
    page.goto(base_url + "part-1/opposition-and-separatism/")
    call = page.locator("#note-ref-23 a")
    call.scroll_into_view_if_needed()
    call.tap()
    short = page.locator(".md-tooltip2--active a.citation-ref--short")
    short.wait_for(state="visible", timeout=5000)
    short.tap()
    page.wait_for_url(base_url + "bibliography/#ciis2020kyrgyzstan", timeout=5000)


#: The open card's text box: how tall its text is, and how tall the card shows it.
CARD_HEIGHTS = """() => { const inner = document.querySelector('.md-tooltip2--active .md-tooltip2__inner');
    return [inner.scrollHeight, inner.clientHeight]; }"""

#: Scrolls the page so that an element stands in the window's middle, where a reader's eyes are.
TO_THE_MIDDLE = "id => window.scrollBy(0, document.getElementById(id).getBoundingClientRect().top - innerHeight / 2)"

#: A note taller than half the window at a card's width (a paragraph of the author's with two
#: sources in full: 480px at 400px wide) cannot fit on either side of a call in the window's
#: middle; the keyboard, which scrolls its card into view, gets it whole (below).
TALLER_THAN_HALF_THE_WINDOW = {("part-1/opposition-and-separatism/", "note-ref-27")}


def test_on_a_laptop_a_note_s_card_shows_the_note_whole(page: Page, base_url, site):
    # Material's card is at most 40% of the window (360px at 1280x900): note 9 of 1.1, with
    # two sources given in full under it, scrolled inside its card, with room to spare.
    sections = [
        url
        for url in all_pages(site.site)
        if not url.startswith("glossary/")
        and 'class="footnote-ref"' in (site.site / url / "index.html").read_text(encoding="utf-8")
    ]
    assert "part-1/western-values/" in sections
    scrolled, opened = [], 0
    for url in sections:
        page.goto(base_url + url)
        for call in page.eval_on_selector_all("a.footnote-ref", "links => links.map(a => a.closest('sup').id)"):
            page.evaluate(TO_THE_MIDDLE, call)
            page.hover(f"#{call} a")
            page.wait_for_selector(".md-tooltip2--active .md-tooltip2__inner", state="visible", timeout=5000)
            opened += 1
            text, shown = page.evaluate(CARD_HEIGHTS)
            if text > shown + 1 and (url, call) not in TALLER_THAN_HALF_THE_WINDOW:
                scrolled.append((url, call, text, shown))
            page.mouse.move(0, 0)
            page.wait_for_selector(".md-tooltip2--active", state="detached", timeout=5000)
    assert opened > 50
    assert scrolled == []


def test_by_keyboard_a_note_taller_than_half_the_window_is_scrolled_into_view_whole(page: Page, base_url):
    # Its call in the window's middle, the card has no room on either side: the page moves
    # for the reader who came with the Tab key, and the card shows the note whole.
    for url, call in TALLER_THAN_HALF_THE_WINDOW:
        page.goto(base_url + url)
        page.evaluate(TO_THE_MIDDLE, call)
        page.keyboard.press("Shift")  # the keyboard was used last: the focus is seen
        page.focus(f"#{call} a")
        assert page.evaluate(f"() => document.querySelector('#{call} a').matches(':focus-visible')")
        page.wait_for_selector(".md-tooltip2--active .md-tooltip2__inner", state="visible", timeout=5000)
        text, shown = page.evaluate(CARD_HEIGHTS)
        assert text <= shown + 1, (url, call, text, shown)
