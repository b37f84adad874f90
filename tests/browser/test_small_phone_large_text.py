"""A 320px phone whose reader set the text at 200%: the room each line leaves for words."""

from __future__ import annotations

import pytest
from pages import all_pages
from playwright.sync_api import Browser
from test_large_text import DEFAULT_TEXT, phone_page

#: A JavaScript function: each word of ``element``'s text (``words``, a regular expression
#: with the g flag; a text whose element ``skip`` matches left out) that runs from one line to
#: the next, as ``{word, width}``, its width as it would be on one line.
WORDS_BROKEN_IN = """function wordsBrokenIn(element, words, skip) {
    const broken = [], walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (skip && text.parentElement.closest(skip)) continue;
        for (const word of text.data.matchAll(words)) {
            const tops = new Set(), letters = document.createRange();
            let width = 0;
            for (let i = word.index; i < word.index + word[0].length; i++) {
                letters.setStart(text, i);
                letters.setEnd(text, i + 1);
                const box = letters.getBoundingClientRect();
                tops.add(Math.round(box.top));
                width += box.width;
            }
            if (tops.size > 1) broken.push({word: word[0], width});
        }
    }
    return broken;
}"""

#: The references' words (an address left out, which breaks anywhere by design; a line may
#: end on a word's hyphen): each one that runs from one line to the next, with its width on
#: one line, and the list's width.
BROKEN_REFERENCE_WORDS = f"""() => {{
    {WORDS_BROKEN_IN}
    const list = document.querySelector('ul.explainer-bibliography');
    const broken = [...list.querySelectorAll('.explainer-bibliography__reference')].flatMap(reference =>
        wordsBrokenIn(reference, /[^\\s\\-‐]+[\\-‐]?/g, '.citation-url'));
    return {{broken, column: list.getBoundingClientRect().width}};
}}"""


@pytest.mark.parametrize("width", [320, 360])
def test_at_200_percent_text_a_reference_s_word_breaks_only_where_the_default_indent_would_break_it(
    browser: Browser, base_url, width
):
    # The hanging indent, 1.5em, took 48px of the 256px a 320px phone's line has at 200%:
    # 37 words broke mid-word ("politichesko|go", "Developmen|t"). It is the default text's
    # 24px there, and a word breaks only where it is wider than the line that leaves.
    with phone_page(browser, width, 2 * DEFAULT_TEXT) as page:
        page.goto(base_url + "bibliography/")
        shown = page.evaluate(BROKEN_REFERENCE_WORDS)
    room = shown["column"] - 1.5 * DEFAULT_TEXT
    assert not [word for word in shown["broken"] if word["width"] <= room], shown


#: The bibliography's first entry: where its first and its second line start.
HANGING_INDENT = """() => {
    const reference = document.querySelector('.explainer-bibliography__reference');
    const range = document.createRange();
    range.selectNodeContents(reference);
    const boxes = [...range.getClientRects()].filter(box => box.width > 1);
    const firstTop = boxes[0].top;
    const second = boxes.find(box => box.top > firstTop + 3);
    return {first: boxes[0].left, second: second.left};
}"""


@pytest.mark.parametrize(
    ("viewport", "text_size"), [(320, 2 * DEFAULT_TEXT), (320, DEFAULT_TEXT), (1280, 2 * DEFAULT_TEXT)]
)
def test_each_reference_still_hangs(browser: Browser, base_url, viewport, text_size):
    # Where an entry starts shows by its first line, set out from the others: at the default
    # text 24px (1.5em), and on a wide screen at 200% 48px, as before.
    with phone_page(browser, viewport, text_size) as page:
        page.goto(base_url + "bibliography/")
        shown = page.evaluate(HANGING_INDENT)
    expected = 48 if viewport == 1280 else 24
    assert shown["second"] - shown["first"] == pytest.approx(expected, abs=0.5), shown


#: The open drawer's top title (the site's name): its height, and whether its words are whole.
DRAWER_TITLE = """() => {
    const title = document.querySelector('.md-sidebar--primary .md-nav--primary > .md-nav__title');
    const words = document.createRange();
    words.setStartAfter(title.querySelector('.md-logo'));
    words.setEndAfter(title.lastChild);
    const lines = new Set([...words.getClientRects()].filter(box => box.width > 1 && box.bottom
        <= title.getBoundingClientRect().bottom).map(box => Math.round(box.top)));
    return {height: title.getBoundingClientRect().height, screen: innerHeight, lines: lines.size,
            cut: title.scrollHeight > title.clientHeight + 1};
}"""


@pytest.mark.parametrize("text_size", [DEFAULT_TEXT, 2 * DEFAULT_TEXT], ids=["100%", "200%"])
def test_the_drawer_s_site_name_leaves_room_for_the_links(browser: Browser, base_url, text_size):
    # At 200% on a 320px phone the site's name, wrapped under its logo, took 512px of the
    # 800px screen (7 lines) before the first link. It keeps to 3 lines, cut with "…", and
    # the logo to its size at the default text, where the name is whole, as it was.
    with phone_page(browser, 320, text_size) as page:
        page.goto(base_url)
        page.click('.md-header label[for="__drawer"]')
        page.wait_for_function(
            "Math.abs(document.querySelector('.md-sidebar--primary').getBoundingClientRect().left) < 0.5", timeout=5000
        )
        title = page.evaluate(DRAWER_TITLE)
    assert title["height"] <= title["screen"] / 3, title
    assert title["lines"] == 3, title
    assert title["cut"] == (text_size > DEFAULT_TEXT), title


#: A filter's box (inside its border and padding) and each choice: its right edge and its button's width.
FILTER_BOX = """() => {
    const fieldset = document.querySelector('form fieldset'), style = getComputedStyle(fieldset);
    const inner = fieldset.getBoundingClientRect().right - parseFloat(style.borderRightWidth)
        - parseFloat(style.paddingRight);
    return {inner, choices: [...fieldset.querySelectorAll('label')].map(label => ({
        choice: label.textContent.trim(), right: label.getBoundingClientRect().right,
        button: label.querySelector('input').getBoundingClientRect().width}))};
}"""


@pytest.mark.parametrize("url", ["glossary/", "timeline/"])
@pytest.mark.parametrize("width", [320, 360])
def test_at_200_percent_text_a_filter_s_choices_stay_in_its_box(browser: Browser, base_url, url, width):
    # At 200% on a 320px phone "Organization" and "Turkmenistan" ran 44 and 30px past the
    # box's right edge, over its border; and the button beside "Policy or / program",
    # shrunk to make its words room, was 14px beside the others' 23px.
    with phone_page(browser, width, 2 * DEFAULT_TEXT) as page:
        page.goto(base_url + url)
        shown = page.evaluate(FILTER_BOX)
    assert not [choice for choice in shown["choices"] if choice["right"] > shown["inner"] + 0.5], shown
    assert len({round(choice["button"]) for choice in shown["choices"]}) == 1, shown


@pytest.mark.parametrize(
    ("viewport", "text_size", "indent"),
    [(320, 2 * DEFAULT_TEXT, 30), (360, 2 * DEFAULT_TEXT, 30), (320, DEFAULT_TEXT, 30), (1280, 2 * DEFAULT_TEXT, 60)],
)
def test_a_glossary_definition_is_set_in_from_its_name_as_at_the_default_text(
    browser: Browser, base_url, viewport, text_size, indent
):
    # At 200% on a 320px phone a definition stood 60px in from its entry's name, a quarter of
    # the line, and its lines held two or three words (625 lines in all; now 536). On a
    # phone it is set in by the default text's 30px; on a wide screen as before.
    with phone_page(browser, viewport, text_size) as page:
        page.goto(base_url + "glossary/")
        shown = page.evaluate(
            """() => [...document.querySelectorAll('.explainer-glossary-index__entry')].map(entry =>
                entry.querySelector('dd').getBoundingClientRect().left
                - entry.querySelector('dt').getBoundingClientRect().left)"""
        )
    assert shown and {round(left) for left in shown} == {indent}, shown


#: The open drawer's width, and each word of its shown links that runs from one line to the
#: next (a line may end on a word's hyphen), with its width on one line.
BROKEN_DRAWER_WORDS = """() => {
    const drawer = document.querySelector('.md-sidebar--primary'), broken = [];
    for (const words of drawer.querySelectorAll('.md-nav__link .md-ellipsis')) {
        if (!words.getClientRects().length || words.closest('[inert]')) continue;
        const walker = document.createTreeWalker(words, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
            for (const word of text.data.matchAll(/[^\\s\\-‐]+[\\-‐]?/g)) {
                const tops = new Set(), letters = document.createRange();
                let width = 0;
                for (let i = word.index; i < word.index + word[0].length; i++) {
                    letters.setStart(text, i);
                    letters.setEnd(text, i + 1);
                    const box = letters.getBoundingClientRect();
                    tops.add(Math.round(box.top));
                    width += box.width;
                }
                if (tops.size > 1) broken.push({word: word[0], width});
            }
        }
    }
    return {broken, drawer: drawer.getBoundingClientRect().width};
}"""


@pytest.mark.parametrize("url", ["", "part-1/western-values/", "part-2/surveillance/"])
def test_at_200_percent_text_a_drawer_link_s_word_breaks_only_where_wider_than_its_line(
    browser: Browser, base_url, url
):
    # A link's padding, a section's chevron and the gap before it grew with the text: at
    # 200% on a 320px phone a link's words had 152px of the drawer's 272px, and six words
    # broke mid-word ("Strategie|s", "Surveillan|ce"). With them at the default text's
    # size (16px a side, a 24px chevron, 8px before it), a word breaks only where it is
    # wider than the line they leave.
    with phone_page(browser, 320, 2 * DEFAULT_TEXT) as page:
        page.goto(base_url + url)
        page.click('.md-header label[for="__drawer"]')
        page.wait_for_function(
            "Math.abs(document.querySelector('.md-sidebar--primary').getBoundingClientRect().left) < 0.5", timeout=5000
        )
        shown = page.evaluate(BROKEN_DRAWER_WORDS)
    room = shown["drawer"] - 2 * 16 - 8 - 24 + 4  # the chevron's margin of -4px
    assert not [word for word in shown["broken"] if word["width"] <= room], shown


#: The timeline's events: each word of an event's date, text and small print that runs from
#: one line to the next (a line may end on a hyphen or a dash), with its width on one line;
#: and the events' width, their rule with them.
BROKEN_EVENT_WORDS = f"""() => {{
    {WORDS_BROKEN_IN}
    const events = [...document.querySelectorAll('.explainer-timeline__event')];
    const broken = events.flatMap(event => wordsBrokenIn(event, /[^\\s\\-‐–]+[\\-‐–]?/g));
    return {{broken, events: events[0].getBoundingClientRect().width}};
}}"""


@pytest.mark.parametrize("width", [320, 360])
def test_at_200_percent_text_an_event_s_word_breaks_only_where_wider_than_the_default_indent_leaves(
    browser: Browser, base_url, width
):
    # An event's rule and the room after it grew with the text: at 200% on a 360px phone
    # 35px of the line's 296px, and "“Westernization”" broke mid-word; at 320px eleven
    # words did ("Discriminatio|n", "parliamentar|y"). They keep the default text's 3px and
    # 14.4px, and a word breaks only where it is wider than the line they leave.
    with phone_page(browser, width, 2 * DEFAULT_TEXT) as page:
        page.goto(base_url + "timeline/")
        shown = page.evaluate(BROKEN_EVENT_WORDS)
    room = shown["events"] - 3 - 0.9 * DEFAULT_TEXT
    assert not [word for word in shown["broken"] if word["width"] <= room], shown


#: The footer's link to the next page (a phone shows the previous page's arrow alone): the
#: width its title has, whether it takes more than one line, whether it is cut (Material's
#: "…", or past the link's edge), and each of its words that runs from one line to the
#: next, with its width on one line.
NEXT_PAGE_TITLE = f"""() => {{
    {WORDS_BROKEN_IN}
    const title = document.querySelector('.md-footer__link--next .md-footer__title .md-ellipsis');
    if (!title) return null;
    const link = title.closest('a').getBoundingClientRect(), box = title.getBoundingClientRect();
    const words = document.createRange();
    words.selectNodeContents(title);
    const lines = new Set([...words.getClientRects()].map(line => Math.round(line.top))).size;
    return {{width: title.clientWidth, lines, broken: wordsBrokenIn(title, /[^\\s\\-‐]+[\\-‐]?/g),
             cut: title.scrollWidth > title.clientWidth + 1 || box.left < link.left - 1 || box.right > link.right + 1}};
}}"""


@pytest.mark.parametrize("width", [320, 360])
def test_at_200_percent_text_the_footer_names_the_next_page_whole(browser: Browser, base_url, site, width):
    # The arrows, their padding and the title's sides grew with the text: at 200% on a
    # 320px phone the next page's title had 32px, and showed "1." of "1.2 Promoting a New
    # Paradigm of Democracy". It wraps, whole, in 176px; a word breaks only where it is
    # wider than that ("Authoritarian", at 36px a letter).
    cut, broken = {}, {}
    with phone_page(browser, width, 2 * DEFAULT_TEXT) as page:
        for url in all_pages(site.site):
            page.goto(base_url + url)
            if (shown := page.evaluate(NEXT_PAGE_TITLE)) is None:
                continue
            if shown["cut"] or (shown["lines"] > 1 and shown["width"] < width / 2):
                cut[url] = shown
            if narrower := [word for word in shown["broken"] if word["width"] <= shown["width"]]:
                broken[url] = narrower
    assert not cut, cut
    assert not broken, broken


#: The page's words (an address left out, tested apart below; a line may end on a word's
#: hyphen or a dash) that run from one line to the next, with their width on one line; the
#: cite box's forms unfolded first, and the page's width and the width it scrolls to.
BROKEN_PAGE_WORDS = f"""() => {{
    {WORDS_BROKEN_IN}
    document.querySelectorAll('.md-content details').forEach(details => details.open = true);
    const broken = wordsBrokenIn(document.querySelector('.md-content'), /[^\\s\\-‐–—]+[\\-‐–—]?/g,
        '.citation-url, .md-tooltip2, .explainer-note-reference, [hidden]');
    return {{broken, width: innerWidth, scrolled: document.documentElement.scrollWidth}};
}}"""


#: Pages whose narrowest text was a quoted sentence (a glossary entry's), or a summary's
#: point and the cite box's reference as text; and the widest word it leaves room for at
#: 200% on a 320px phone, once its sides are as at the default text (210px, 190 and 162).
NARROW_TEXT = {"glossary/kazakhstan/": 200, "conclusion/": 160, "part-2/surveillance/": 160}


@pytest.mark.parametrize("url", list(NARROW_TEXT))
def test_at_200_percent_text_a_word_of_a_quotation_a_summary_or_the_cite_box_is_not_split(
    browser: Browser, base_url, url
):
    # A list's indent, a quoted block's rule and padding, the editors' summary's sides and
    # the cite box's room for its icons and copy button grew with the text: at 200% on a
    # 320px phone a glossary entry's quoted sentence had 164px of the column's 256, a
    # summary's point 136px, the reference as text 80px, and 573 words broke mid-word
    # ("cooperatio|n", "involvem|ent", "Peyrou|se"). They keep what they are at the default
    # text, no word they have room for is split, and no page scrolls sideways.
    with phone_page(browser, 320, 2 * DEFAULT_TEXT) as page:
        page.goto(base_url + url)
        shown = page.evaluate(BROKEN_PAGE_WORDS)
    assert shown["scrolled"] <= shown["width"], shown
    assert not [word for word in shown["broken"] if word["width"] <= NARROW_TEXT[url]], shown["broken"]


#: Each place where an address shown in the bibliography runs on to the next line: the
#: character before it, and the width on one line of the piece of the address it falls in
#: (the characters after one of / . - ? up to the next, that one with them); and the list's width.
ADDRESS_BREAKS = """() => {
    const list = document.querySelector('ul.explainer-bibliography'), breaks = [];
    const range = document.createRange();
    for (const link of list.querySelectorAll('a.citation-url')) {
        const letters = [];
        const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
            for (let i = 0; i < text.length; i++) {
                range.setStart(text, i);
                range.setEnd(text, i + 1);
                const box = range.getBoundingClientRect();
                letters.push({letter: text.data[i], top: box.top, width: box.width});
            }
        }
        const pieceWidth = at => {
            let start = at, end = at, width = 0;
            while (start > 0 && !'/.-?'.includes(letters[start - 1].letter)) start--;
            while (end < letters.length - 1 && !'/.-?'.includes(letters[end].letter)) end++;
            for (let i = start; i <= end; i++) width += letters[i].width;
            return width;
        };
        for (let i = 1; i < letters.length; i++) {
            if (letters[i].top > letters[i - 1].top + 3) {
                breaks.push({address: link.textContent, before: letters[i - 1].letter, piece: pieceWidth(i - 1)});
            }
        }
    }
    return {breaks, column: list.getBoundingClientRect().width};
}"""


def test_at_200_percent_text_an_address_breaks_after_its_punctuation(browser: Browser, base_url):
    # An address broke between any two letters ("https://www.c" / "aa-network.org",
    # "https://regnu" / "m.ru"): the browser breaks one after a hyphen or a question mark
    # only, and the rest of its 91 breaks in the bibliography fell where the line ended. It
    # breaks after a slash or a full stop too, and inside a piece between them only where
    # that piece is wider than the line.
    with phone_page(browser, 320, 2 * DEFAULT_TEXT) as page:
        page.goto(base_url + "bibliography/")
        shown = page.evaluate(ADDRESS_BREAKS)
    room = shown["column"] - 1.5 * DEFAULT_TEXT  # an entry's lines after its first are set in
    assert shown["breaks"]
    assert not [found for found in shown["breaks"] if found["before"] not in "/.-?" and found["piece"] <= room], shown[
        "breaks"
    ]


#: The computed ``hyphens`` of the first element each selector finds, and the page's language.
HYPHENS = """(selectors) => ({lang: document.documentElement.lang, hyphens: Object.fromEntries(selectors.map(
    selector => [selector, getComputedStyle(document.querySelector(selector)).hyphens]))})"""

#: Text of each kind, by a page that holds it: the author's, the notes', the editors'.
HYPHENATED_TEXT = {
    "conclusion/": [".md-content__inner > p", ".explainer-summary li", ".footnote li p", ".explainer-cite__reference"],
    "glossary/tianxia/": [".explainer-glossary-definition", ".explainer-glossary-uses__sentence"],
    "bibliography/": [".explainer-bibliography__reference"],
    "timeline/": [".explainer-timeline__text"],
}


@pytest.mark.parametrize("url", list(HYPHENATED_TEXT))
def test_at_200_percent_text_a_word_wider_than_its_line_is_hyphenated_in_the_page_s_language(
    browser: Browser, base_url, url
):
    # "authoritarianism", 265px at 200% on a 320px phone, is wider than the line's 256px,
    # and broke where the line ended ("authoritarianis|m"): only the bibliography asked
    # for hyphens. All the text does, in the page's language (Debian's Chromium has no
    # patterns and still breaks it so; a phone's browser hyphenates); addresses and code
    # keep their characters.
    with phone_page(browser, 320, 2 * DEFAULT_TEXT) as page:
        page.goto(base_url + url)
        shown = page.evaluate(HYPHENS, HYPHENATED_TEXT[url])
        kept = page.evaluate(HYPHENS, [".citation-url", "pre code"] if url == "conclusion/" else [])
    assert shown["lang"] == "en"
    assert set(shown["hyphens"].values()) == {"auto"}, shown
    assert set(kept["hyphens"].values()) <= {"manual"}, kept
