"""A page's title on a phone whose reader set a larger text: its words read whole."""

from __future__ import annotations

import pytest
from pages import all_pages
from playwright.sync_api import Browser
from test_large_text import phone_page

#: Each word of the title (its ¶ left out) that runs from one line to the next but after a
#: hyphen, as its two parts; and the sizes of the title's and the first paragraph's text.
BROKEN_TITLE_WORDS = """() => {
    const title = document.querySelector('.md-typeset h1');
    if (!title) return null;
    const letters = [];
    const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (text.parentElement.closest('.headerlink')) continue;
        for (let i = 0; i < text.length; i++) {
            const range = document.createRange();
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            letters.push({letter: text.data[i], top: range.getBoundingClientRect().top});
        }
    }
    const words = [];
    let word = [];
    letters.forEach((now, i) => {
        if (/[\\s\\-‐]/.test(now.letter)) { if (word.length) words.push(word); word = []; }
        else word.push(now);
    });
    if (word.length) words.push(word);
    const broken = words.filter(w => w.some(l => l.top > w[0].top + 3)).map(w => w.map(l => l.letter).join(''));
    const text = document.querySelector('.md-typeset p:not([class])');
    return {broken, title: parseFloat(getComputedStyle(title).fontSize),
            text: text ? parseFloat(getComputedStyle(text).fontSize) : null};
}"""


@pytest.mark.parametrize(
    ("width", "text_size"), [(360, 24), (360, 32), (320, 24)], ids=["360-150%", "360-200%", "320-150%"]
)
def test_with_larger_text_on_a_phone_no_title_breaks_a_common_word(browser: Browser, base_url, site, width, text_size):
    # At twice the text's size, the title broke even "Introduction" and "Bibliography": at
    # 200% on a 360px phone, 29 of the 42 titles read "Bibliogra" above "phy". Words of 12
    # letters or fewer ("Surveillance", "Turkmenistan") read whole; a longer one may still
    # break ("authoritarianism"), as may "Turkmenistan" on a 320px phone at 200%.
    pages = {}
    with phone_page(browser, width, text_size) as page:
        for url in all_pages(site.site):
            page.goto(base_url + url)
            pages[url] = page.evaluate(BROKEN_TITLE_WORDS)
    pages = {url: title for url, title in pages.items() if title}
    assert len(pages) > 30
    broken = {url: title["broken"] for url, title in pages.items() if any(len(w) <= 12 for w in title["broken"])}
    assert not broken
    # The title is still larger than the text.
    smaller = {url: title for url, title in pages.items() if title["text"] and title["title"] < 1.2 * title["text"]}
    assert not smaller
