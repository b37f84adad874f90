"""A reader on a phone: search results as shown, what a finger can tap."""

from __future__ import annotations

import pytest
from browsing import CHROMIUM, CHROMIUM_ARGS, DESKTOP, PHONE
from pages import all_pages, opened_cite_box
from playwright.sync_api import Browser, BrowserContext, Page
from test_accessibility import text_contrast
from test_reading import settled_box


def search_on_a_phone(page: Page, base_url: str, query: str) -> None:
    page.goto(base_url)
    page.tap('label.md-header__button[for="__search"]')
    page.keyboard.type(query, delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=10000)


def test_a_search_without_diacritics_shows_the_author_s_sentence_not_folded_words(phone: BrowserContext, base_url):
    page = phone.new_page()
    search_on_a_phone(page, base_url, "qiaowu")
    result = page.locator(".md-search-result__item", has=page.locator("a[href*='part-2/?h=qiaowu']"))
    shown = result.inner_text()
    # The result shows section 2's paragraph that writes the word, with the word marked,
    # rather than a line of the index's folded words ("qiaowu huaqiao shiwu").
    assert "known as qiáowù (huáqiáo shìwù)" in shown, shown
    assert "qiaowu huaqiao" not in shown, shown
    marked = result.locator("mark").evaluate_all(
        "marks => marks.filter(m => m.checkVisibility()).map(m => m.textContent)"
    )
    assert "qiáowù" in marked, marked
    page.click(".md-search-result__more summary")  # the glossary entry's sections
    assert "huaqiao" not in page.inner_text(".md-search-result__list")


def test_on_a_phone_the_search_s_clear_label_shows_whole(phone: BrowserContext, base_url):
    # A tap on the search's ✕ shows Material's label for it ("Clear"), which it keeps in the
    # window by the label's width: measured as 0px, the label stood cut off at the right edge.
    page = phone.new_page()
    search_on_a_phone(page, base_url, "Tianxai")
    clear = page.locator(".md-search__form button[type=reset]")
    clear.tap()
    label = page.locator(".md-header .md-tooltip--inline.md-tooltip--active")
    label.wait_for(state="visible", timeout=5000)
    assert label.inner_text().strip() == clear.get_attribute("aria-label")
    box = settled_box(page, label)  # once Material's slide in, over 250ms, has ended
    assert box["width"] > 30
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box


#: Each glossary entry's name and category in the index: the category's first line box,
#: the name's last, and the left edge of the entry's line.
ENTRY_LINES = """() => [...document.querySelectorAll('.explainer-glossary-index dt')].map(dt => {
    const name = [...dt.querySelector('a').getClientRects()].at(-1);
    const category = dt.querySelector('.explainer-glossary-index__category').getClientRects()[0];
    return {entry: dt.textContent.trim(), left: dt.getBoundingClientRect().left, nameEnd: name.right,
            nameTop: name.top, categoryLeft: category.left, categoryTop: category.top};
})"""


@pytest.mark.parametrize("width", [PHONE["width"], 360], ids=["phone", "narrower-phone"])
def test_in_the_glossary_index_a_category_on_a_line_of_its_own_starts_at_the_margin(browser: Browser, base_url, width):
    # "Shanghai Cooperation Organization" fills a phone's line: its category went to the
    # next, set in 5px from the names' left edge by the room kept between name and category.
    context = browser.new_context(viewport={"width": width, "height": 800}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(base_url + "glossary/")
    entries = page.evaluate(ENTRY_LINES)
    context.close()
    below = [entry for entry in entries if entry["categoryTop"] > entry["nameTop"] + 5]
    beside = [entry for entry in entries if entry not in below]
    assert below and len(beside) > 10
    assert not [entry["entry"] for entry in below if abs(entry["categoryLeft"] - entry["left"]) > 0.5]
    # Beside its name, a category stands apart from it by more than a space.
    assert min(entry["categoryLeft"] - entry["nameEnd"] for entry in beside) >= 8


#: Each category in the glossary index whose words stand on more than one line.
CATEGORIES_ACROSS_LINES = """() => [...document.querySelectorAll('.explainer-glossary-index__category')]
  .filter(category => {
    const words = document.createRange();
    words.selectNodeContents(category);
    return new Set([...words.getClientRects()].map(box => Math.round(box.top))).size > 1;
}).map(category => category.closest('dt').textContent.trim())"""


@pytest.mark.parametrize("width", [360, 320], ids=["narrower-phone", "small-phone"])
def test_in_the_glossary_index_a_category_is_read_on_one_line(browser: Browser, base_url, width):
    # Beside "Belt and Road Initiative" on a 360px phone, "Policy or" ended the line and
    # "program" began the next, under the name.
    context = browser.new_context(viewport={"width": width, "height": 800}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(base_url + "glossary/")
    split = page.evaluate(CATEGORIES_ACROSS_LINES)
    below = page.evaluate(ENTRY_LINES)
    context.close()
    assert not split
    assert [entry for entry in below if entry["categoryTop"] > entry["nameTop"] + 5]  # else nothing is tested


def test_back_from_a_note_followed_by_a_tap_the_reading_place_shows_no_card(phone: BrowserContext, base_url):
    # A tap is a hover no pointer ends: the note's card stayed open while the reader read
    # the note at the page's end, and covered the text when the back button returned there.
    page = phone.new_page()
    page.goto(base_url + "part-1/opposition-and-separatism/")
    call = page.locator("#note-ref-27 a")
    call.scroll_into_view_if_needed()
    call.tap()
    page.locator(".md-tooltip2--active").wait_for(state="visible", timeout=5000)
    call.tap()  # the second tap follows the call to its note
    page.wait_for_url("**/opposition-and-separatism/#note-27")
    page.go_back()
    page.wait_for_url("**/opposition-and-separatism/")
    page.wait_for_function("document.activeElement && document.activeElement.closest('#note-ref-27')")
    page.locator(".md-tooltip2--active").wait_for(state="detached", timeout=3000)
    box, height = call.bounding_box(), page.viewport_size["height"]
    assert box is not None and 0 < box["y"] < height  # back at the reading place
    # A note's ↩, tapped, then the back button: the notes show without the ↩'s label over them.
    page.goto(base_url + "part-1/opposition-and-separatism/#note-27")
    page.tap("#note-27 a.footnote-backref")
    page.wait_for_url("**/opposition-and-separatism/#note-ref-27")
    page.go_back()
    page.wait_for_url("**/opposition-and-separatism/#note-27")
    page.locator(".md-tooltip2--active").wait_for(state="detached", timeout=3000)


#: What a link opens, and the part of it that must show: a paragraph's tint reaches 0.4rem
#: above it, a call's line is its link's.
LINK_TARGETS = {"#notes": "#notes", "#note-5": "#note-5", "#note-ref-5": "#note-ref-5 > a", "#p2": "p#p2"}

#: Follows a link to ``fragment`` written at the end of the page's text, as the reader
#: follows one (a note's ↩, the contents' Notes): by a click.
FOLLOW_LINK = """fragment => {
    const link = document.createElement('a');
    link.href = fragment;
    link.textContent = 'there';
    document.querySelector('article').append(link);
    link.click();
}"""

#: Where what a link opened stands (its tint's edge, if it has one), and where "Back to
#: top", the header and the text's column are.
OPENED_PLACE = """selector => {
    const target = document.querySelector(selector).getBoundingClientRect();
    const shadow = getComputedStyle(document.querySelector(':target')).boxShadow;
    const tint = parseFloat(shadow.split(' ').at(-1)) || 0;
    const button = document.querySelector('.md-top'), placed = button.getBoundingClientRect();
    const column = document.querySelector('article').getBoundingClientRect();
    return {top: target.top - Math.max(tint, 0), left: column.left, right: column.right,
            buttonBottom: placed.bottom, buttonLeft: placed.left, buttonRight: placed.right,
            buttonHidden: button.hidden, header: document.querySelector('.md-header').getBoundingClientRect().bottom,
            rem: parseFloat(getComputedStyle(document.documentElement).fontSize)};
}"""


@pytest.mark.parametrize("fragment", list(LINK_TARGETS))
def test_on_a_phone_what_a_link_up_the_page_opens_is_not_under_back_to_top(phone: BrowserContext, base_url, fragment):
    # A link that jumps up the page (the Notes in the contents, a note's ↩) scrolls up, which
    # shows Material's "Back to top": the Notes heading and note 5's first line were under it.
    page = phone.new_page()
    page.goto(base_url + "part-1/western-values/")
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    page.wait_for_function("() => window.scrollY > 0")
    page.evaluate(FOLLOW_LINK, fragment)
    page.wait_for_selector(".md-top:not([hidden])", timeout=5000)
    page.wait_for_timeout(300)  # the button's fade and slide in
    boxes = page.evaluate(OPENED_PLACE, LINK_TARGETS[fragment])
    assert boxes["buttonLeft"] < boxes["right"] and boxes["left"] < boxes["buttonRight"]  # over the text's column
    assert boxes["top"] >= boxes["buttonBottom"], boxes


#: How far below the header Material sets what a link opens, in rems: 1.2, a heading 0.2
#: less (its --md-scroll-offset); a paragraph's tint's edge stands there.
BELOW_THE_HEADER = {"#notes": 1.0, "#note-5": 1.2, "#p2": 1.2}


@pytest.mark.parametrize("fragment", list(BELOW_THE_HEADER))
def test_on_a_phone_what_a_link_down_the_page_opens_stands_under_the_header(phone: BrowserContext, base_url, fragment):
    # The margin that keeps what a link up the page opens below "Back to top" applied to
    # every link: one that jumps down, after which the button stays hidden, set a heading,
    # a note or a paragraph 44px lower than Material does, 64 to 68px below the header. It
    # stands where Material sets it, 20 to 24px below the header.
    page = phone.new_page()
    page.goto(base_url + "part-1/western-values/")
    page.evaluate(FOLLOW_LINK, fragment)
    page.wait_for_function("() => window.scrollY > 0")
    page.wait_for_timeout(500)  # the button would have shown by now
    boxes = page.evaluate(OPENED_PLACE, LINK_TARGETS[fragment])
    assert boxes["buttonHidden"], boxes
    assert boxes["top"] - boxes["header"] == pytest.approx(BELOW_THE_HEADER[fragment] * boxes["rem"], abs=2), boxes


def test_back_from_a_note_a_tap_on_its_call_shows_its_card_again(phone: BrowserContext, base_url):
    page = phone.new_page()
    page.goto(base_url + "part-1/opposition-and-separatism/")
    call = page.locator("#note-ref-27 a")
    call.scroll_into_view_if_needed()
    call.tap()
    call.tap()
    page.wait_for_url("**/opposition-and-separatism/#note-27")
    page.go_back()
    page.wait_for_url("**/opposition-and-separatism/")
    # The return is handled once the focus is back on the call (the page's hashchange can
    # come after the URL has changed): a tap before it would be a tap before the return.
    page.wait_for_function("document.activeElement && document.activeElement.closest('#note-ref-27')")
    page.locator(".md-tooltip2--active").wait_for(state="detached", timeout=3000)
    call.tap()  # one tap shows the note again, as anywhere else
    page.locator(".md-tooltip2--active").wait_for(state="visible", timeout=5000)
    assert page.url.endswith("/opposition-and-separatism/")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_on_a_phone_the_cite_box_s_copy_buttons_can_be_seen_and_tapped(browser: Browser, base_url, scheme):
    # Material shows a copy button in its faintest grey until the pointer is over the code,
    # which a finger never is: on a phone the buttons were all but invisible, and 19px.
    context = browser.new_context(
        viewport=PHONE,
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
        color_scheme=scheme,
        reduced_motion="reduce",
    )
    page = context.new_page()
    page.goto(base_url)
    _, buttons = opened_cite_box(page)
    assert buttons.count() == 3
    for button in buttons.all():
        box = button.bounding_box()
        assert box is not None and box["width"] >= 24 and box["height"] >= 24, box  # WCAG 2.5.8
        assert text_contrast(page, button) >= 3, text_contrast(page, button)  # WCAG 1.4.11
    context.close()


#: The links to notes in a timeline event's and a source's small print.
SMALL_PRINT_LINKS = {
    "timeline/": ".explainer-timeline__source a",
    "bibliography/": ":is(.explainer-bibliography__cited-in, .explainer-bibliography__also-in) a",
}

#: Each link's boxes (one a line it is on), its line's height, how far it reaches past its
#: text's ends, and whether a finger just outside its text (above, below, before, after)
#: lands on it, the page scrolled to it. Then the same links' text boxes with their padding and margin taken off.
TAP_TARGETS = """selector => {
    const links = [...document.querySelectorAll(selector)];
    const textBoxes = () => links.map(link => {
        const range = document.createRange();
        range.selectNodeContents(link);
        return [...range.getClientRects()].map(box => [box.left + scrollX, box.top + scrollY, box.width, box.height]);
    });
    const measured = links.map(link => {
        link.scrollIntoView({block: 'center'});
        const range = document.createRange();
        range.selectNodeContents(link);
        const [text, lastText] = [range.getClientRects()[0], [...range.getClientRects()].at(-1)];
        const [box, lastBox] = [link.getClientRects()[0], [...link.getClientRects()].at(-1)];
        // Halfway from the text's edge to the link's, and 1px from the text at least.
        const out = (textEdge, boxEdge, sign) => textEdge + sign * Math.max(1, sign * (boxEdge - textEdge) / 2);
        const [x, y] = [text.left + text.width / 2, text.top + text.height / 2];
        const hit = (px, py) => document.elementFromPoint(px, py)?.closest('a') === link;
        return {
            name: link.textContent, lineHeight: parseFloat(getComputedStyle(link.parentElement).lineHeight),
            boxes: [...link.getClientRects()].map(box =>
                [box.left + scrollX, box.top + scrollY, box.right + scrollX, box.bottom + scrollY]),
            widerBy: [text.left - box.left, lastBox.right - lastText.right],
            tapped: [hit(x, out(text.top, box.top, -1)), hit(x, out(text.bottom, box.bottom, 1)),
                     hit(out(text.left, box.left, -1), y),
                     hit(out(lastText.right, lastBox.right, 1), lastText.top + lastText.height / 2)],
        };
    });
    const before = textBoxes();
    const plain = document.createElement('style');
    plain.textContent = selector + ' { padding: 0 !important; margin: 0 !important; }';
    document.head.append(plain);
    const without = textBoxes();
    plain.remove();
    return {measured, textStays: JSON.stringify(before) === JSON.stringify(without)};
}"""


@pytest.mark.parametrize("url", list(SMALL_PRINT_LINKS))
def test_on_a_phone_the_links_to_notes_in_small_print_take_taps_around_their_text(phone: BrowserContext, base_url, url):
    """A finger missed "note 9" on the timeline and "Cited in notes 28, 30" in the
    bibliography: 9 to 17px wide, 16px tall, a few pixels apart. Each takes taps a little
    around its text, no target runs into its neighbour's, and the text stays where it was."""
    page = phone.new_page()
    page.goto(base_url + url)
    result = page.evaluate(TAP_TARGETS, SMALL_PRINT_LINKS[url])
    # The bibliography's note numbers are spread to 24px each (below): their text moves.
    assert result["textStays"] or url == "bibliography/"
    links = result["measured"]
    assert len(links) > 20
    small = [
        link["name"]
        for link in links
        if any(box[3] - box[1] < 0.95 * link["lineHeight"] for box in link["boxes"])
        or min(link["widerBy"]) < 3
        or not all(link["tapped"])
    ]
    assert not small, small
    boxes = [(link["name"], box) for link in links for box in link["boxes"]]
    overlapping = [
        (name, other)
        for index, (name, box) in enumerate(boxes)
        for other, next_box in boxes[index + 1 :]
        if name != other
        and box[0] < next_box[2]
        and next_box[0] < box[2]
        and box[1] < next_box[3]
        and next_box[1] < box[3]
    ]
    assert not overlapping, overlapping


#: Each note call's box that takes a tap, found by tapping (the first element at a point)
#: out from its number's centre; every other link's boxes near it; each call's text's
#: box and line; then the same text boxes and lines with the call's tap area taken off.
CALL_TAP_AREAS = """() => {
    const calls = [...document.querySelectorAll('article .note-call > a')];
    const others = [...document.querySelectorAll('.md-content :is(a[href], button, summary)')].filter(
        link => !link.closest('.note-call') && link.checkVisibility());
    const page = box => [box.left + scrollX, box.top + scrollY, box.right + scrollX, box.bottom + scrollY];
    const lines = () => calls.map(call => {
        const range = document.createRange();
        range.selectNodeContents(call.closest('p, li, dd, td, blockquote, h1, h2, h3, h4'));
        return [...range.getClientRects()].map(box => page(box).map(Math.round)).join(' ');
    });
    const measured = calls.map(call => {
        call.scrollIntoView({block: 'center'});
        const box = call.getBoundingClientRect();
        const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
        const takes = (px, py) => document.elementFromPoint(px, py)?.closest('a') === call;
        const reach = (dx, dy) => {
            let step = 0;
            while (step < 40 && takes(x + dx * (step + 1), y + dy * (step + 1))) step += 1;
            return step;
        };
        const [left, right, up, down] = [reach(-1, 0), reach(1, 0), reach(0, -1), reach(0, 1)];
        const area = [x - left + scrollX, y - up + scrollY, x + right + scrollX, y + down + scrollY];
        const near = others.flatMap(link => [...link.getClientRects()].map(page)
            .filter(other => other[0] < area[2] && area[0] < other[2] && other[1] < area[3] && area[1] < other[3])
            .map(() => link.textContent.trim().slice(0, 30)));
        return {name: call.textContent, width: left + right + 1, height: up + down + 1,
                glyphs: [box.width, box.height], near};
    });
    const before = lines();
    const plain = document.createElement('style');
    plain.textContent = '.note-call > a { position: static !important; } '
        + '.note-call > a::after { content: none !important; }';
    document.head.append(plain);
    const without = lines();
    plain.remove();
    return {measured, linesStay: JSON.stringify(before) === JSON.stringify(without)};
}"""


@pytest.mark.parametrize(
    "url",
    [
        "part-1/western-values/",
        "part-1/opposition-and-separatism/",  # a glossary term 6px before note 22
        "glossary/kyrgyzstan/",  # a link 5px after a note's number
    ],
)
def test_on_a_phone_a_note_call_takes_taps_on_its_line_s_height_and_beside_its_number(
    phone: BrowserContext, base_url, url
):
    """A note's number took taps on its glyphs alone, 7 x 11px: readers missed it. It takes
    them on its line's height (25.6px) and a little either side, without moving the text or
    its lines, and without taking a tap from a link beside it."""
    page = phone.new_page()
    page.goto(base_url + url)
    result = page.evaluate(CALL_TAP_AREAS)
    calls = result["measured"]
    assert calls and all(call["glyphs"][1] <= 12 for call in calls)  # the number as printed, small
    small = [call for call in calls if call["height"] < 24 or call["width"] < call["glyphs"][0] + 6]
    assert not small, small
    assert not [(call["name"], call["near"]) for call in calls if call["near"]]
    assert result["linesStay"]


#: Every link in a list of links to notes that is not a sentence: a source's notes, an
#: event's small print, a place's notes that concern it.
NOTE_LINK_LISTS = {
    "bibliography/": ":is(.explainer-bibliography__cited-in, .explainer-bibliography__also-in) a",
    "timeline/": ".explainer-timeline__source a",
    "glossary/china/": ".explainer-glossary-notes a",
    "glossary/kyrgyzstan/": ".explainer-glossary-notes a",
}

#: WCAG 2.5.8's measure of each link's boxes (one a line it is on): a box 24px wide and
#: tall, or a 24px circle on its centre that touches no other target nor another small
#: box's circle. What fails, with the box, the target it comes too near and how near.
TOO_SMALL_TO_TAP = """selector => {
    // A box's part off the screen's sides takes no tap.
    const boxesOf = element => [...element.getClientRects()]
        .map(box => ({left: Math.max(box.left, 0), right: Math.min(box.right, innerWidth),
                      top: box.top, bottom: box.bottom}))
        .filter(box => box.right > box.left && box.bottom > box.top)
        .map(box => ({left: box.left + scrollX, top: box.top + scrollY, right: box.right + scrollX,
                      bottom: box.bottom + scrollY, width: box.right - box.left, height: box.bottom - box.top}));
    const targets = [...document.querySelectorAll('a[href], button, input, summary, select, textarea, label[for]')]
        .filter(target => target.checkVisibility()).map(target => [target, boxesOf(target)]);
    const small = box => box.width < 24 || box.height < 24;
    const centre = box => [(box.left + box.right) / 2, (box.top + box.bottom) / 2];
    const toBox = ([x, y], box) =>
        Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));
    const failing = [];
    for (const link of document.querySelectorAll(selector)) {
        for (const box of boxesOf(link).filter(small)) {
            const [x, y] = centre(box);
            for (const [other, otherBoxes] of targets) {
                if (other === link || other.contains(link) || link.contains(other)) continue;
                for (const otherBox of otherBoxes) {
                    const [ox, oy] = centre(otherBox);
                    const distance = toBox([x, y], otherBox);
                    const between = small(otherBox) ? Math.hypot(x - ox, y - oy) : Infinity;
                    if (distance < 12 || between < 24) {
                        failing.push([link.textContent, Math.round(box.width), Math.round(box.height),
                                      other.textContent.trim().slice(0, 20), Math.round(distance),
                                      Math.round(between)]);
                    }
                }
            }
        }
    }
    return {count: document.querySelectorAll(selector).length, failing};
}"""


@pytest.mark.parametrize("width", [PHONE["width"], 320], ids=["phone", "small-phone"])
@pytest.mark.parametrize("url", list(NOTE_LINK_LISTS))
def test_on_a_phone_each_link_in_a_list_of_notes_is_a_finger_s_target(browser: Browser, base_url, url, width):
    """Not in a sentence, these links have no inline exemption: "Cited in notes 8, 9", a
    place's "notes 1, 2, 3" were 10 to 15px wide, 17 to 20px from centre to centre, and
    their lines 22px apart; each is now 24px square, or its 24px circle clear (WCAG 2.5.8)."""
    context = browser.new_context(
        viewport={"width": width, "height": 844}, is_mobile=True, has_touch=True, device_scale_factor=3
    )
    page = context.new_page()
    page.goto(base_url + url)
    result = page.evaluate(TOO_SMALL_TO_TAP, NOTE_LINK_LISTS[url])
    context.close()
    assert result["count"] >= 20
    assert not result["failing"], result["failing"][:10]


#: Each two numbers side by side in a bibliography's list of notes ("28, 30"): their texts'
#: widths, the room between them, what ", " takes set as text there, and how far the
#: second's target reaches before its text.
NUMBERS_SIDE_BY_SIDE = """() => {
    const textBox = node => { const range = document.createRange(); range.selectNodeContents(node);
                              return range.getBoundingClientRect(); };
    const pairs = [];
    for (const list of document.querySelectorAll(
            '.explainer-bibliography__cited-in, .explainer-bibliography__also-in')) {
        const probe = document.createElement('span');
        probe.style.whiteSpace = 'pre';
        probe.textContent = ', ';
        list.append(probe);
        const comma = probe.getBoundingClientRect().width;
        probe.remove();
        const numbers = [...list.querySelectorAll('a[aria-label]')];
        numbers.forEach((number, index) => {
            const next = numbers[index + 1];
            if (!next) return;
            const between = document.createRange();
            between.setStartAfter(number);
            between.setEndBefore(next);
            const [left, right] = [textBox(number), textBox(next)];
            if (between.toString() !== ', ' || Math.abs(left.top - right.top) > 1) return;
            pairs.push({pair: `${number.textContent}, ${next.textContent}`, widths: [left.width, right.width],
                        room: right.left - left.right, comma, padding: parseFloat(getComputedStyle(next).paddingLeft)});
        });
    }
    return pairs;
}"""

#: For each source's list of notes, the widths (in px, from 150 to its own) at which its
#: last number starts a line alone.
NUMBERS_PARTED = """() => {
    const top = node => { const range = document.createRange(); range.selectNodeContents(node);
                          return Math.round(range.getClientRects()[0].top); };
    const parted = [];
    for (const list of document.querySelectorAll('.explainer-bibliography__cited-in')) {
        const numbers = [...list.querySelectorAll('a[aria-label]')];
        const full = list.getBoundingClientRect().width;
        for (let width = 150; width <= full; width += 2) {
            list.style.width = `${width}px`;
            const last = numbers.at(-1), before = numbers.at(-2);
            if (before && top(last) !== top(before)) parted.push([list.textContent.trim(), width, 'last']);
        }
        list.style.width = '';
    }
    return parted;
}"""


def test_on_a_phone_a_source_s_notes_read_as_a_list_with_no_number_left_alone(phone: BrowserContext, base_url):
    """ "Cited in notes 28,   30": the room each number took for a finger set every number
    apart. Two numbers stand no further apart than a finger's 24px needs (two digits and
    ", " need nothing more), and the last number never starts a line of its own."""
    page = phone.new_page()
    page.goto(base_url + "bibliography/")
    pairs = page.evaluate(NUMBERS_SIDE_BY_SIDE)
    assert len(pairs) > 20

    def needed(pair: dict) -> float:
        """What ", " lacks for the centres to be 24px apart, and the second target 12px
        from the first's centre (WCAG 2.5.8's circle)."""
        first, second = pair["widths"]
        apart = 24 - (first + second) / 2 - pair["comma"]
        clear = 12 + pair["padding"] - first / 2 - pair["comma"]
        return max(0, apart, clear)

    # The room between two texts beyond what ", " takes: no more than a finger needs, and a pixel.
    spread = [
        (pair["pair"], round(pair["room"] - pair["comma"], 1), round(needed(pair), 1))
        for pair in pairs
        if pair["room"] - pair["comma"] > needed(pair) + 1.5
    ]
    assert not spread, spread
    assert page.evaluate(NUMBERS_PARTED) == []


#: How far a page's title reaches below its words' last line, its ¶ left out.
BLANK_UNDER_TITLE = """() => {
    const title = document.querySelector('h1'), permalink = title.querySelector('.headerlink');
    const words = document.createRange();
    words.selectNodeContents(title);
    if (permalink) words.setEndBefore(permalink);
    const lastLine = Math.max(...[...words.getClientRects()].map(box => box.bottom));
    return title.getBoundingClientRect().bottom - lastLine;
}"""


@pytest.mark.parametrize("width", [PHONE["width"], 320], ids=["phone", "small-phone"])
def test_on_a_phone_no_title_ends_in_a_blank_line(browser: Browser, base_url, site, width):
    # Beside the PDF link, a title whose last word just fits ("Glossary", "Tajikistan", at
    # 320px) sent its unseen ¶ to a line of its own: a blank line of 42px under the title.
    context = browser.new_context(viewport={**PHONE, "width": width}, is_mobile=True, has_touch=True)
    page = context.new_page()
    blank = {}
    for url in all_pages(site.site):
        page.goto(base_url + url)
        if page.locator("h1").count():
            blank[url] = page.evaluate(BLANK_UNDER_TITLE)
    context.close()
    assert len(blank) > 30
    # The last line's leading (3px), not a line (42px).
    assert all(height < 10 for height in blank.values()), {url: height for url, height in blank.items() if height >= 10}


#: What a click at the middle of the page's "Download PDF" link reaches.
CLICKED_AT_THE_PDF_LINK = """() => {
    const link = document.querySelector('a.explainer-pdf-link'), box = link.getBoundingClientRect();
    return link.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
}"""


@pytest.mark.parametrize("width", [1280, PHONE["width"], 320], ids=["desktop", "phone", "small-phone"])
def test_the_pdf_link_beside_a_title_takes_its_clicks(browser: Browser, base_url, site, width):
    # The title beside it, positioned to clip its ¶ (above), was drawn over the link and
    # took a click meant for it: the PDF could not be downloaded from the link.
    context = browser.new_context(viewport={**PHONE, "width": width}, is_mobile=width < 600, has_touch=width < 600)
    page = context.new_page()
    reached = {}
    for url in all_pages(site.site):
        page.goto(base_url + url)
        if page.locator("a.explainer-pdf-link").count():
            reached[url] = page.evaluate(CLICKED_AT_THE_PDF_LINK)
    context.close()
    assert len(reached) > 30
    assert all(reached.values()), [url for url, ok in reached.items() if not ok]


#: Each note's ↩ on the page: whether it can be seen, whether a tap on its arrow reaches it,
#: the other links its box covers (a tap there would go back instead; not the closed drawer's,
#: inert, whose panels lie over the page's left, clipped), whether it sits below its note's
#: last line of text, and whether its arrow leaves the screen.
NOTE_WAYS_BACK = """() => {
    const targets = [...document.querySelectorAll('a[href], button, input, summary, select, textarea, label[for]')]
        .filter(target => target.checkVisibility() && !target.matches('.footnote-backref'))
        .filter(target => !target.closest('[inert]'));
    return [...document.querySelectorAll('.explainer-notes a.footnote-backref')].map(back => {
        back.scrollIntoView({block: 'center'});
        const box = back.getBoundingClientRect(), style = getComputedStyle(back);
        const [left, right] = [box.left + parseFloat(style.paddingLeft), box.right - parseFloat(style.paddingRight)];
        const [top, bottom] = [box.top + parseFloat(style.paddingTop), box.bottom - parseFloat(style.paddingBottom)];
        const text = document.createRange();
        text.setStartBefore(back.parentElement.firstChild);
        text.setEndBefore(back);
        const lastLine = Math.max(...[...text.getClientRects()].filter(line => line.width).map(line => line.bottom));
        const covered = targets.flatMap(target => [...target.getClientRects()]
            .filter(other => other.left < box.right - 0.5 && box.left < other.right - 0.5
                             && other.top < box.bottom - 0.5 && box.top < other.bottom - 0.5)
            .map(() => target.textContent.trim().slice(0, 20)));
        return {
            note: back.closest('li').id,
            seen: back.checkVisibility({opacityProperty: true, visibilityProperty: true}),
            tapped: document.elementFromPoint((left + right) / 2, (top + bottom) / 2)?.closest('a') === back,
            covered, alone: top >= lastLine - 1, offScreen: right > innerWidth || left < 0,
        };
    });
}"""


@pytest.mark.parametrize("width", [PHONE["width"], 320], ids=["phone", "small-phone"])
def test_on_a_phone_each_note_s_way_back_is_seen_and_a_finger_s_target(browser: Browser, base_url, site, width):
    """A note's ↩, shown on hover, which a finger never gives, was unseen on a phone, yet
    took taps: 16px, its 24px circle within 12px of the note's last link (the line above's)
    (166 of 234 notes at 390px), and past a full line's end, in the page's margin, a tap on
    it reached nothing. It is shown, 24px square, covers no link, and is tapped where drawn."""
    context = browser.new_context(
        viewport={"width": width, "height": 844}, is_mobile=True, has_touch=True, device_scale_factor=3
    )
    page = context.new_page()
    ways_back, too_small, sideways = [], [], []
    for url in all_pages(site.site):
        page.goto(base_url + url)
        ways_back += [{**way_back, "url": url} for way_back in page.evaluate(NOTE_WAYS_BACK)]
        page.evaluate("window.scrollTo(0, 0)")
        too_small += page.evaluate(TOO_SMALL_TO_TAP, ".explainer-notes a.footnote-backref")["failing"]
        sideways += [url] if page.evaluate("document.documentElement.scrollWidth > innerWidth") else []
    context.close()
    assert len(ways_back) >= 60
    unseen = [f"{way_back['url']}#{way_back['note']}" for way_back in ways_back if not way_back["seen"]]
    assert not unseen, unseen[:10]
    assert not too_small, too_small[:10]  # WCAG 2.5.8
    untapped = [f"{way_back['url']}#{way_back['note']}" for way_back in ways_back if not way_back["tapped"]]
    assert not untapped, untapped
    covering = [
        (f"{way_back['url']}#{way_back['note']}", way_back["covered"]) for way_back in ways_back if way_back["covered"]
    ]
    assert not covering, covering[:10]
    # As before: never alone on a line, nor a page that scrolls sideways.
    misplaced = [
        f"{way_back['url']}#{way_back['note']}" for way_back in ways_back if way_back["alone"] or way_back["offScreen"]
    ]
    assert not misplaced, misplaced
    assert not sideways, sideways


#: What Chromium is told of the machine's pointers, as Blink's settings (pointers: 2 coarse,
#: 4 fine; hover: 1 none, 2 hover): the device's first pointer, and all it has.
POINTERS = {
    # A mouse alone, as the browser fixture's machine has.
    "mouse": None,
    # A touch laptop: a touchpad or a mouse first, and a touch screen.
    "touch laptop": "primaryPointerType=4,availablePointerTypes=6,primaryHoverType=2,availableHoverTypes=3",
    # A pen on a pen display or tablet: a fine pointer that does not hover.
    "pen": "primaryPointerType=4,availablePointerTypes=4,primaryHoverType=1,availableHoverTypes=1",
}


@pytest.mark.parametrize("device", list(POINTERS))
def test_where_a_pointer_taps_without_hovering_each_note_s_way_back_is_seen_and_a_target(browser, base_url, device):
    """A touch laptop's reader may tap the screen as well as use the mouse, and a pen may
    not hover at all: where no hover shows a note's ↩, it is shown, 24px square, and tapped
    where drawn, as on a phone (for a pen it was hidden, yet took taps). With a mouse alone
    it shows on hover only, as Material shows it."""
    settings = POINTERS[device]
    args = [*CHROMIUM_ARGS, f"--blink-settings={settings}"] if settings else CHROMIUM_ARGS
    launched = browser.browser_type.launch(executable_path=CHROMIUM, headless=True, args=args)
    try:
        page = launched.new_context(viewport=DESKTOP).new_page()
        page.goto(base_url + "part-1/western-values/")
        assert page.evaluate("matchMedia('(pointer: fine)').matches")  # the first pointer is no finger
        page.mouse.move(0, 0)
        ways_back = page.evaluate(NOTE_WAYS_BACK)
        page.evaluate("window.scrollTo(0, 0)")
        too_small = page.evaluate(TOO_SMALL_TO_TAP, ".explainer-notes a.footnote-backref")["failing"]
    finally:
        launched.close()
    assert len(ways_back) >= 10
    seen = [way_back["note"] for way_back in ways_back if way_back["seen"]]
    if device == "mouse":
        assert seen == []
        return
    assert len(seen) == len(ways_back), [way_back["note"] for way_back in ways_back if not way_back["seen"]]
    assert not too_small, too_small[:10]  # WCAG 2.5.8
    assert [way_back["note"] for way_back in ways_back if not way_back["tapped"] or way_back["covered"]] == []


@pytest.mark.parametrize("url", ["glossary/tianxia/", "glossary/shanghai-cooperation-organization/"])
def test_on_a_phone_a_glossary_entry_s_way_back_to_the_index_is_a_finger_s_target(phone: BrowserContext, base_url, url):
    # "← Glossary", a link on a line of its own in small type, took taps on a box 16px tall.
    page = phone.new_page()
    page.goto(base_url + url)
    back = page.locator(".explainer-glossary-back__link").bounding_box()
    title = page.locator("article h1").bounding_box()
    assert back is not None and title is not None
    assert back["height"] >= 24 and back["width"] >= 24, back
    assert back["y"] + back["height"] <= title["y"], (back, title)  # clear of the title below it
    # Where a tap at the box's top and bottom edges lands: on the link.
    for y in (back["y"] + 1, back["y"] + back["height"] - 1):
        assert page.evaluate(
            "([x, y]) => !!document.elementFromPoint(x, y)?.closest('.explainer-glossary-back__link')",
            [back["x"] + back["width"] / 2, y],
        )


def test_on_a_phone_the_home_page_lists_the_site_s_pages_and_beside_the_sidebar_it_does_not(
    browser: Browser, phone: BrowserContext, base_url
):
    # A first-time reader on a phone met the abstract, the cite box and "Next" alone: the
    # sections were behind the menu button. The home page lists them under its keywords.
    page = phone.new_page()
    page.goto(base_url)
    contents = page.get_by_role("navigation", name="Sections and pages", exact=True)
    assert contents.is_visible()
    links = contents.get_by_role("link")
    assert links.first.inner_text() == "Introduction" and links.last.inner_text() == "Timeline"
    # A part without a page of its own is named, and its sections listed under it.
    assert "1 Chinese Strategies to Influence Democratization" in contents.inner_text()
    contents.get_by_role("link", name="1.2 Promoting a New Paradigm of Democracy").tap()
    page.wait_for_url("**/part-1/new-paradigm/")
    page.close()
    # On a desktop the navigation's sidebar lists the same pages: not twice.
    desktop = browser.new_page(viewport=DESKTOP)
    desktop.goto(base_url)
    assert desktop.locator(".md-sidebar--primary").is_visible()
    assert not desktop.get_by_role("navigation", name="Sections and pages", exact=True).is_visible()
    desktop.close()
