"""A note's card, as a reader on a phone sees it."""

from __future__ import annotations

from playwright.sync_api import BrowserContext

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
