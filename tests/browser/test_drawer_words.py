"""The words of the navigation's drawer on a phone: read whole, at any text size."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser
from test_large_text import phone_page

#: Each title and link of the drawer's panel shown: whether its words run past its box
#: (cut, with Material's "…"), and each word that runs from one line to the next though
#: the word is narrower than the line (a hyphen ends a word).
DRAWER_WORDS = """() => {
    const shown = [...document.querySelectorAll(
        '.md-sidebar--primary :is(.md-nav__title, .md-nav__link .md-ellipsis)')]
        .filter(box => box.checkVisibility() && !box.closest('[inert]'))
        .filter(box => box.getBoundingClientRect().left >= -0.5 && box.getBoundingClientRect().right <= innerWidth);
    return shown.map(box => {
        const letters = [];
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
            for (let i = 0; i < text.length; i++) {
                const range = document.createRange();
                range.setStart(text, i);
                range.setEnd(text, i + 1);
                const rect = range.getBoundingClientRect();
                letters.push({letter: text.data[i], top: rect.top, width: rect.width});
            }
        }
        const style = getComputedStyle(box);
        const line = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const words = [];
        let word = [];
        for (const letter of [...letters, {letter: ' '}]) {
            if (/\\S/.test(letter.letter)) word.push(letter);
            if (/[^\\s\\-\u2010]/.test(letter.letter)) continue;
            if (word.length) words.push(word);
            word = [];
        }
        const split = words
            .filter(word => word.some(letter => letter.top > word[0].top + 3))
            .filter(word => word.reduce((sum, letter) => sum + letter.width, 0) <= line)
            .map(word => word.map(letter => letter.letter).join(''));
        return {text: box.textContent.trim().replace(/\\s+/g, ' '),
                siteName: box.matches('.md-nav--primary > .md-nav__title[for="__drawer"]'),
                cut: box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1,
                split};
    });
}"""


@pytest.mark.parametrize("url", ["", "part-2/surveillance/"], ids=["home", "section"])
@pytest.mark.parametrize("text_size", [16, 32], ids=["100%", "200%"])
def test_the_drawer_s_titles_and_links_read_whole(browser: Browser, base_url, url, text_size):
    # The panel's title was one line, cut even at the default text ("China's Impact on
    # De…", "2 Chinese Efforts in P…"); at 200% on a 360px phone, so was the current
    # page's link, beside its icon ("2.1 Selling Surveillan… Technolo…"), and
    # "Democrat…" in part 1's link.
    with phone_page(browser, 360, text_size) as page:
        page.goto(base_url + url)
        page.click('.md-header label[for="__drawer"]')
        page.wait_for_function(
            "Math.abs(document.querySelector('.md-sidebar--primary').getBoundingClientRect().left) < 0.5", timeout=5000
        )
        boxes = page.evaluate(DRAWER_WORDS)
    assert len(boxes) >= 4, boxes
    # But the site's name at the top, which keeps to 3 lines in larger text, cut with "…"
    # (test_small_phone_large_text.py): whole on the home page, as its title.
    assert not [box["text"] for box in boxes if box["cut"] and not (box["siteName"] and text_size > 16)]
    # Lines break between words: a word breaks only where it is wider than the line.
    assert not [box for box in boxes if box["split"]]


#: The words' left edge and the chevron's right edge of each item of the drawer's first
#: panel, and the smaller side of the box that takes the chevron's taps.
DRAWER_EDGES = """() => [...document.querySelectorAll('.md-nav--primary > .md-nav__list > .md-nav__item')]
    .map(item => {
        const chevron = item.querySelector(':scope > :is(.md-nav__link, .md-nav__container) .md-nav__icon');
        const tapped = chevron && chevron.closest('label').getBoundingClientRect();
        return {item: item.querySelector('.md-ellipsis').textContent.trim(),
                words: item.querySelector('.md-ellipsis').getBoundingClientRect().left,
                chevron: chevron && chevron.getBoundingClientRect().right,
                tapped: tapped && Math.min(tapped.width, tapped.height)};
    })"""


@pytest.mark.parametrize("width", [360, 768], ids=["phone", "tablet"])
@pytest.mark.parametrize("text_size", [16, 32], ids=["100%", "200%"])
def test_the_drawer_s_links_stand_in_line(browser: Browser, base_url, width, text_size):
    # A part that has a page of its own ("2 Chinese Efforts in Practice in Central Asia")
    # is a link inside a box that is itself styled as one: the drawer's padding, set on
    # every link, was set on both, and its words stood 16px in from the other links'
    # (wrapped on four lines, not three), its chevron 16px in from the one above it.
    with phone_page(browser, width, text_size) as page:
        page.goto(base_url)
        page.click('.md-header label[for="__drawer"]')
        page.wait_for_function(
            "Math.abs(document.querySelector('.md-sidebar--primary').getBoundingClientRect().left) < 0.5", timeout=5000
        )
        items = page.evaluate(DRAWER_EDGES)
    assert len(items) >= 8 and len([item for item in items if item["chevron"] is not None]) >= 2, items
    assert len({round(item["words"]) for item in items}) == 1, items
    assert len({round(item["chevron"]) for item in items if item["chevron"] is not None}) == 1, items
    # Each chevron takes a finger's taps, on a 24px square at least (WCAG 2.5.8).
    assert min(item["tapped"] for item in items if item["tapped"] is not None) >= 24, items
