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
