"""A glossary entry's way back to the index, beside the PDF link, on a phone with larger text."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser
from test_large_text import DEFAULT_TEXT, phone_page

#: The way back's box, the height of one of its lines, and the PDF link's box.
WAY_BACK = """() => {
    const box = element => { const r = element.getBoundingClientRect();
                             return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
    const link = document.querySelector('.explainer-glossary-back__link');
    return {back: box(link), line: parseFloat(getComputedStyle(link).lineHeight),
            pdf: box(document.querySelector('.explainer-pdf-link'))};
}"""


@pytest.mark.parametrize("width", [390, 320])
@pytest.mark.parametrize("text_size", [DEFAULT_TEXT, 24, 32], ids=["100%", "150%", "200%"])
def test_the_way_back_reads_on_one_line_clear_of_the_pdf_link(browser: Browser, base_url, width, text_size):
    # At 200% on a 390px phone the way back was set beside the PDF link in the 16px left
    # there, one letter a line ("G l o s s a r y" down the page), its arrow under the link.
    with phone_page(browser, width, text_size) as page:
        page.goto(base_url + "glossary/tianxia/")
        boxes = page.evaluate(WAY_BACK)
    back, pdf = boxes["back"], boxes["pdf"]
    assert back["bottom"] - back["top"] < 2 * boxes["line"], boxes  # one line
    apart = back["right"] <= pdf["left"] or back["top"] >= pdf["bottom"] or back["bottom"] <= pdf["top"]
    assert apart, boxes


#: The title's lines, and the middles of the way back's words and of the PDF link's.
TITLE_AND_WAY_BACK = """() => {
    const words = element => { const range = document.createRange(); range.selectNodeContents(element);
                               return [...range.getClientRects()]; };
    const title = document.querySelector('.md-typeset h1');
    const middle = r => (r.top + r.bottom) / 2;
    return {titleLines: new Set(words(title.firstChild).map(r => Math.round(r.top))).size,
            back: middle(words(document.querySelector('.explainer-glossary-back__link'))[0]),
            pdf: middle(words(document.querySelector('.explainer-pdf-link'))[0])};
}"""


@pytest.mark.parametrize(
    ("width", "entry"),
    [(360, "three-evils"), (768, "shanghai-cooperation-organization"), (1280, "shanghai-cooperation-organization")],
)
def test_an_entrys_title_takes_the_whole_line_under_the_way_back_and_the_pdf_link(
    browser: Browser, base_url, width, entry
):
    # The way back stood 9px above the PDF link's words beside it, and the link's margin
    # below reached into the title's first line, set short beside it: "three / evils" on a
    # 360px phone, "Shanghai Cooperation / Organization" on a tablet and a desktop, the
    # room to the right of the first line empty.
    context = browser.new_context(
        viewport={"width": width, "height": 800}, is_mobile=width < 1000, has_touch=width < 1000
    )
    page = context.new_page()
    try:
        page.goto(base_url + f"glossary/{entry}/")
        shown = page.evaluate(TITLE_AND_WAY_BACK)
    finally:
        context.close()
    assert shown["titleLines"] == 1, shown
    assert abs(shown["back"] - shown["pdf"]) <= 1.5, shown
