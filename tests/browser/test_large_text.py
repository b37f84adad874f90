"""A reader on a phone who has set the text larger: nothing cut off, nothing to scroll sideways."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from pages import all_pages
from playwright.sync_api import Browser, Page

#: Chromium's default text size, and the reader's at 150% and 200% of it.
DEFAULT_TEXT = 16


@contextmanager
def phone_page(browser: Browser, width: int, text_size: int) -> Iterator[Page]:
    """A page on a phone ``width`` CSS pixels wide whose reader set the text to ``text_size`` px."""
    context = browser.new_context(viewport={"width": width, "height": 800}, is_mobile=True, has_touch=True)
    page = context.new_page()
    session = context.new_cdp_session(page)
    session.send("Page.enable")
    session.send("Page.setFontSizes", {"fontSizes": {"standard": text_size, "fixed": text_size}})
    yield page
    context.close()


#: The title's words (its ¶ left out): how far they reach past the title's right edge, and
#: each word that runs from one line to the next, but after a hyphen.
TITLE_WORDS = """() => {
    const title = document.querySelector('.md-typeset h1');
    if (!title) return null;
    const right = title.getBoundingClientRect().right, letters = [];
    const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (text.parentElement.closest('.headerlink')) continue;
        for (let i = 0; i < text.length; i++) {
            const range = document.createRange();
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            const box = range.getBoundingClientRect();
            letters.push({letter: text.data[i], top: box.top, right: box.right});
        }
    }
    const broken = letters.filter((now, i) => i > 0 && /\\S/.test(now.letter)
        && /[^\\s\\-‐]/.test(letters[i - 1].letter) && now.top > letters[i - 1].top + 3);
    return {title: title.textContent.trim(), past: Math.max(...letters.map(l => l.right)) - right,
            broken: broken.length};
}"""


@pytest.mark.parametrize("text_size", [24, 32], ids=["150%", "200%"])
def test_with_larger_text_no_title_is_cut_off(browser: Browser, base_url, site, text_size):
    # At 150% text on a 360px phone, "market authoritarianism" read "market authoritarianis":
    # the word, wider than the room beside the PDF link, and at 200% than the line, was
    # clipped at the title's edge; at 200%, so were 28 of the 36 pages' titles.
    titles = {}
    with phone_page(browser, 360, text_size) as page:
        for url in all_pages(site.site):
            page.goto(base_url + url)
            titles[url] = page.evaluate(TITLE_WORDS)
    titles = {url: words for url, words in titles.items() if words}
    assert len(titles) > 30
    assert not {url: words for url, words in titles.items() if words["past"] > 1}


@pytest.mark.parametrize("width", [390, 320])
def test_at_the_default_text_size_no_title_s_word_breaks_beside_the_pdf_link(browser: Browser, base_url, site, width):
    # A word wider than the room left beside the PDF link goes to the next line whole: only
    # a word wider than the line, with larger text, may break.
    titles = {}
    with phone_page(browser, width, DEFAULT_TEXT) as page:
        for url in all_pages(site.site):
            page.goto(base_url + url)
            titles[url] = page.evaluate(TITLE_WORDS)
    titles = {url: words for url, words in titles.items() if words}
    assert len(titles) > 30
    assert not {url: words for url, words in titles.items() if words["broken"] or words["past"] > 1}


#: Each choice of a filter: its button's top and its words' first line's, and the page's width.
FILTER_CHOICES = """() => ({
    pageWidth: document.documentElement.scrollWidth,
    fieldsetRight: document.querySelector('form fieldset').getBoundingClientRect().right,
    choices: [...document.querySelectorAll('form fieldset label')].map(label => {
        const button = label.querySelector('input').getBoundingClientRect();
        const words = document.createRange();
        words.selectNodeContents(label);
        words.setStartAfter(label.querySelector('input'));
        const first = [...words.getClientRects()].filter(box => box.width > 1)[0];
        return {choice: label.textContent.trim(), buttonBottom: button.bottom, wordsTop: first.top,
                wordsBottom: first.bottom, right: label.getBoundingClientRect().right};
    }),
})"""


@pytest.mark.parametrize("url", ["glossary/", "timeline/"])
@pytest.mark.parametrize("width", [390, 360])
def test_at_200_percent_text_a_filter_keeps_to_the_screen(browser: Browser, base_url, url, width):
    # The filter's box was as wide as its widest choice: "Policy or program" took it 9 to
    # 39px past a phone's right edge, and the whole page scrolled sideways.
    with phone_page(browser, width, 2 * DEFAULT_TEXT) as page:
        page.goto(base_url + url)
        shown = page.evaluate(FILTER_CHOICES)
    assert shown["pageWidth"] <= width and shown["fieldsetRight"] <= width, shown
    assert not [choice for choice in shown["choices"] if choice["right"] > width]
    # A choice wider than a line wraps its words, the first beside its button, as a radio
    # button alone at a line's end, its name below, would be read as another's.
    assert not [
        choice["choice"]
        for choice in shown["choices"]
        if not choice["wordsTop"] < choice["buttonBottom"] <= choice["wordsBottom"] + 1
    ], shown["choices"]


@pytest.mark.parametrize("url", ["glossary/", "timeline/"])
def test_a_filter_s_buttons_grow_with_the_text(browser: Browser, base_url, url):
    # A radio button is 13px at any text size: at 200%, a dot beside words 32px high, whose
    # choice could hardly be seen. At the default size it stays as it was.
    sizes = {}
    for text_size in (DEFAULT_TEXT, 2 * DEFAULT_TEXT):
        with phone_page(browser, 390, text_size) as page:
            page.goto(base_url + url)
            sizes[text_size] = page.evaluate(
                """() => [...document.querySelectorAll('form fieldset label')].map(label => ({
                    button: label.querySelector('input').getBoundingClientRect().height,
                    text: parseFloat(getComputedStyle(label).fontSize)}))"""
            )
    assert {choice["button"] for choice in sizes[DEFAULT_TEXT]} == {13}
    assert all(choice["button"] >= 0.7 * choice["text"] for choice in sizes[2 * DEFAULT_TEXT]), sizes


#: The header's title and icon buttons: their boxes, and the title's first letter.
HEADER = """() => {
    const box = element => element.getBoundingClientRect();
    const title = box(document.querySelector('.md-header__title'));
    const buttons = [...document.querySelectorAll('.md-header .md-header__button.md-icon')]
        .map(box).filter(button => button.width > 0);
    return {title: {left: title.left, right: title.right, width: title.width},
            buttons: buttons.map(button => ({left: button.left, right: button.right, width: button.width}))};
}"""


@pytest.mark.parametrize("text_size", [DEFAULT_TEXT, 24, 32], ids=["100%", "150%", "200%"])
def test_with_larger_text_the_header_leaves_its_title_room(browser: Browser, base_url, text_size):
    # The header's icons (menu, light and dark, search) grew with the text: at 200% on a
    # 360px phone, three buttons of 80px left the site's title 0px, and at 150%, 90px
    # ("Chi…"). Icons, not text, they keep their default size, and the title its 180px.
    with phone_page(browser, 360, text_size) as page:
        page.goto(base_url + "part-1/western-values/")
        header = page.evaluate(HEADER)
    title, buttons = header["title"], header["buttons"]
    assert len(buttons) == 3 and {button["width"] for button in buttons} == {40}, header
    assert title["width"] >= 180, header
    assert buttons[0]["right"] <= title["left"] and title["right"] <= buttons[1]["left"], header


#: The root's font size and each shown header icon's button and drawing, in px.
HEADER_ICONS = """() => ({
    root: parseFloat(getComputedStyle(document.documentElement).fontSize),
    icons: [...document.querySelectorAll('.md-header .md-header__button.md-icon')]
        .filter(button => button.getBoundingClientRect().width > 0)
        .map(button => ({button: button.getBoundingClientRect().width,
                         svg: button.querySelector('svg').getBoundingClientRect().width}))})"""


@pytest.mark.parametrize("width", [1280, 1680, 2000])
def test_on_a_wide_screen_at_the_default_text_the_header_icons_are_material_s(browser: Browser, base_url, width):
    # Material sets its root at 137.5% of the text from 100em (1,600px) and 150% from
    # 125em: the caps for larger text, at 24px, drew the icons smaller than its own there.
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(base_url + "part-1/western-values/")
    header = page.evaluate(HEADER_ICONS)
    context.close()
    root = {1280: 20, 1680: 22, 2000: 24}[width]
    assert header["root"] == root and header["icons"], header
    # Material's: a 1.2rem icon in a 2rem button (0.4rem of padding on each side).
    assert all(
        icon["svg"] == pytest.approx(1.2 * root, abs=0.1) and icon["button"] == pytest.approx(2 * root, abs=0.1)
        for icon in header["icons"]
    ), header
