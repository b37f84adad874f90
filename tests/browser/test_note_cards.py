"""A note's card, as a reader on a phone sees it."""

from __future__ import annotations

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
