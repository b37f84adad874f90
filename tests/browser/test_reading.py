"""What readers touch, where they touch it: hovers, keyboard, taps, phones, search, print."""

from __future__ import annotations

import contextlib
import re
from io import BytesIO
from pathlib import Path

import pytest
from browsing import DESKTOP, PHONE
from pages import all_pages, opened_cite_box, search_for
from playwright.sync_api import BrowserContext, Locator, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from pypdf import PdfReader

TOOLTIP = ".md-tooltip2--active"
SCREENSHOTS = Path(__file__).resolve().parents[2] / ".artifacts" / "screenshots"


def tooltip_text(page: Page) -> str:
    page.wait_for_selector(TOOLTIP, state="visible", timeout=5000)
    return page.inner_text(TOOLTIP)


def tooltip_fits(page: Page) -> None:
    box = page.locator(TOOLTIP).bounding_box()
    viewport = page.viewport_size
    assert box is not None and viewport is not None
    assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"] + 0.5, box
    assert box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"] + 0.5, box


def settled_card_boxes(page: Page, link: Locator) -> tuple[dict, dict, dict]:
    """The open card's text box, its link's and the header's, once the card has slid into place."""
    tooltip_text(page)
    boxes = (
        settled_box(page, page.locator(TOOLTIP + " .md-tooltip2__inner")),
        link.bounding_box(),
        page.locator("header.md-header").bounding_box(),
    )
    assert None not in boxes, boxes
    return boxes  # type: ignore[return-value]


def settled_box(page: Page, element: Locator) -> dict:
    """``element``'s box once it has stopped moving: a card slides into place as it opens,
    more slowly on a loaded machine, and a drag over where it was selects something else."""
    box = element.bounding_box()
    for _ in range(50):
        page.wait_for_timeout(100)
        moved, box = box, element.bounding_box()
        if box == moved:
            break
    assert box is not None
    return box


def reset_pointer(page: Page) -> None:
    page.mouse.move(0, 0)
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.wait_for_selector(TOOLTIP, state="detached", timeout=5000)


def test_hovering_a_note_call_shows_the_note(page, base_url):
    page.goto(base_url + "part-1/western-values/")
    page.hover("#note-ref-8 a")
    assert tooltip_text(page).startswith("Den Hao, “Transformatsiya Tsentral’noy Azii")
    tooltip_fits(page)


@pytest.mark.parametrize(
    "note",
    [
        17,  # a source cited in full
        18,  # a short citation, whose source's full reference the page prints under the note
    ],
)
def test_a_note_s_card_has_as_much_room_below_its_text_as_above(page, base_url, note):
    # The card of a note with a short citation had 13px more room below its text than above.
    page.goto(base_url + "part-1/new-paradigm/")
    page.hover(f"#note-ref-{note} a")
    tooltip_text(page)
    page.wait_for_timeout(600)
    room = page.eval_on_selector(
        TOOLTIP + " .md-tooltip2__inner",
        """card => {
            const shown = [...card.children].filter(child => child.checkVisibility());
            const box = card.getBoundingClientRect();
            const [first, last] = [shown[0], shown.at(-1)].map(child => child.getBoundingClientRect());
            return [first.top - box.top, box.bottom - last.bottom];
        }""",
    )
    above, below = room
    assert abs(above - below) <= 1, room


def test_focusing_a_note_call_with_the_keyboard_shows_the_note(page, base_url):
    page.goto(base_url + "part-1/western-values/")
    page.focus("#note-ref-7 a")  # where a Tab lands: the call is a link
    assert tooltip_text(page).startswith("M. Lanteigne, Chinese Foreign Policy")
    reset_pointer(page)
    # Tab from the call before reaches this one, and shows it.
    page.focus("#note-ref-9 a")
    assert tooltip_text(page).startswith("Ibid.; National Office")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('sup').id") == "note-ref-10"
    # Note 9's tooltip fades out as note 10's comes in: wait for the new one.
    page.locator(TOOLTIP, has_text="Jǐ'ěrxī sītǎn").wait_for(state="visible", timeout=5000)


def test_hovering_a_short_form_or_ibid_shows_the_full_reference(page, base_url):
    page.goto(base_url + "part-1/western-values/#notes")
    page.hover('#note-9 .citation[data-position="ibid"] a.citation-ref')
    assert tooltip_text(page).startswith("Den Hao, “Transformatsiya Tsentral’noy Azii pod vliyaniem")
    tooltip_fits(page)
    reset_pointer(page)
    page.hover('#note-13 .citation[data-position="subsequent"] a.citation-ref')
    assert tooltip_text(page).startswith(
        "M. Lanteigne, Chinese Foreign Policy. An introduction, London, Routledge, 2013."
    )


def test_hovering_a_glossary_term_shows_its_definition(page, base_url):
    page.goto(base_url + "part-1/new-paradigm/")
    term = page.locator('a.glossary-term[data-glossary="tianxia"]')
    definition = term.get_attribute("title")
    term.hover()
    assert tooltip_text(page) == definition
    tooltip_fits(page)
    reset_pointer(page)
    term.focus()
    assert tooltip_text(page) == definition


def test_escape_closes_a_card_and_focus_stays(page, base_url):
    page.goto(base_url + "part-1/new-paradigm/")
    term = page.locator('a.glossary-term[data-glossary="tianxia"]').first
    term.focus()
    tooltip_text(page)
    page.keyboard.press("Escape")
    page.wait_for_selector(TOOLTIP, state="hidden", timeout=5000)
    assert page.evaluate("document.activeElement.dataset.glossary") == "tianxia"
    page.goto(base_url + "part-1/western-values/")
    page.hover("#note-ref-8 a")
    tooltip_text(page)
    page.keyboard.press("Escape")
    page.wait_for_selector(TOOLTIP, state="hidden", timeout=5000)


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("part-1/new-paradigm/", 'a.glossary-term[data-glossary="tianxia"]'),
        ("part-1/western-values/", "#note-ref-8 a"),
        ("part-1/western-values/", "a.citation-ref--short"),
    ],
    ids=["term", "note call", "short citation"],
)
def test_after_escape_the_pointer_over_the_still_focused_link_shows_its_card_again(page, base_url, url, link):
    """Escape closed the card and left the focus on its link; Material, which saw the focus
    still there, opened it no more when the mouse came over the link."""
    page.goto(base_url + url)
    page.mouse.move(0, 0)
    focused = page.locator(link).first
    focused.focus()
    shown = tooltip_text(page)
    page.keyboard.press("Escape")
    page.wait_for_selector(TOOLTIP, state="hidden", timeout=5000)
    page.wait_for_timeout(700)  # it stays closed by itself
    assert page.locator(TOOLTIP).count() == 0
    focused.hover()
    assert tooltip_text(page) == shown
    assert focused.evaluate("link => link === document.activeElement")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_definition_s_card_is_set_as_a_note_s_and_stands_out_from_the_page(browser, base_url, scheme):
    context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
    page = context.new_page()
    page.goto(base_url + "part-1/new-paradigm/")
    if scheme == "dark":  # the site follows the system's scheme
        assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    page.locator('a.glossary-term[data-glossary="tianxia"]').first.hover()
    tooltip_text(page)
    style = page.evaluate(
        """() => {
        const inner = getComputedStyle(document.querySelector('.md-tooltip2--active .md-tooltip2__inner'));
        const text = getComputedStyle(document.querySelector('article p'));
        return {size: parseFloat(inner.fontSize), text: parseFloat(text.fontSize), weight: inner.fontWeight,
                edge: inner.borderTopWidth, edgeColor: inner.borderTopColor, back: inner.backgroundColor,
                page: getComputedStyle(document.body).backgroundColor};
    }"""
    )
    context.close()
    assert style["weight"] == "400" and style["size"] >= 0.75 * style["text"], style
    assert style["edge"] != "0px" and style["edgeColor"] != style["back"], style


@pytest.mark.parametrize(("fragment", "target"), [("#note-ref-38", "sup#note-ref-38 > a"), ("#p2", "p#p2")])
def test_a_link_back_lands_below_the_header_with_its_target_marked(phone: BrowserContext, base_url, fragment, target):
    page = phone.new_page()
    page.goto(base_url + "part-2/surveillance/" + fragment)
    page.wait_for_timeout(300)
    header = page.locator("header.md-header").bounding_box()
    box = page.locator(target).bounding_box()
    assert header is not None and box is not None
    if fragment.startswith("#note-ref"):  # a line or more of the sentence above the call
        assert box["y"] >= header["y"] + header["height"] + 40, (header, box)
    else:
        assert box["y"] >= header["y"] + header["height"], (header, box)
    marked = page.evaluate(
        f"""() => {{
        const style = getComputedStyle(document.querySelector('{target}'));
        return style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.outlineStyle !== 'none';
    }}"""
    )
    assert marked


@pytest.mark.parametrize(
    ("url", "selector", "expected", "target"),
    [
        ("part-1/western-values/", "#note-ref-9 a", "Ibid.; National Office", "#note-9"),
        (
            "part-1/new-paradigm/",
            'a.glossary-term[data-glossary="tianxia"]',
            "A concept, rendered in the article as",
            "glossary/tianxia/",
        ),
        (
            "part-1/western-values/",
            "#note-13 a.citation-ref--short",
            "M. Lanteigne, Chinese Foreign Policy",
            "bibliography/#lanteigne2013policy",
        ),
    ],
)
def test_on_a_phone_a_tap_shows_and_a_second_tap_follows(
    phone: BrowserContext, base_url, url, selector, expected, target
):
    page = phone.new_page()
    page.goto(base_url + url)
    element = page.locator(selector).first
    element.scroll_into_view_if_needed()
    element.tap()
    assert tooltip_text(page).startswith(expected)
    tooltip_fits(page)
    assert page.url == base_url + url  # the first tap did not navigate
    element.tap()
    page.wait_for_url(re.compile(re.escape(target) + "$"))


@pytest.mark.parametrize("width", [PHONE["width"], 320], ids=["phone", "small-phone"])
def test_no_page_scrolls_sideways_on_a_phone(browser, base_url, site, width):
    phone = browser.new_context(viewport={**PHONE, "width": width}, is_mobile=True, has_touch=True)
    page = phone.new_page()
    for url in all_pages(site.site):
        page.goto(base_url + url)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{url} scrolls sideways by {overflow}px at {width}px"
    phone.close()


def test_navigation_works_on_a_phone(phone: BrowserContext, base_url):
    page = phone.new_page()
    page.goto(base_url)
    page.click('label.md-header__button[for="__drawer"]')  # the menu button
    page.locator(".md-nav--primary").get_by_role("link", name="Conclusion", exact=True).click()
    page.wait_for_url(re.compile(r"conclusion/$"))
    assert page.inner_text("h1").startswith("Conclusion")


@pytest.mark.parametrize(("size_name", "viewport"), [("phone", PHONE), ("desktop", DESKTOP)])
def test_screenshots_for_a_person_to_look_at(browser, base_url, size_name, viewport):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport=viewport, is_mobile=size_name == "phone", has_touch=size_name == "phone")
    page = context.new_page()
    for name, url in (("home", ""), ("section", "part-1/western-values/"), ("glossary-entry", "glossary/qiaowu/")):
        page.goto(base_url + url)
        path = SCREENSHOTS / f"{name}-{size_name}.png"
        page.screenshot(path=str(path))
        assert path.stat().st_size > 10_000
    context.close()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("qiaowu", ["glossary/qiaowu/", "part-2/"]),
        ("tianxia", ["glossary/tianxia/", "part-1/new-paradigm/"]),
        ("Zheenbekov", ["part-1/western-values/", "part-2/narrative-and-repression/"]),
        # Part 2 writes "party’s", the qiaowu entry "party's": typed either way, as a
        # desktop keyboard or a phone's types it, the search finds both.
        ("party's", ["part-2/", "glossary/qiaowu/"]),
        ("party\u2019s", ["part-2/", "glossary/qiaowu/"]),
        # Words against punctuation, found as typed: note 27's "(khuligany)", 1.2's
        # “socialist democracy”.
        ("khuligany", ["part-1/opposition-and-separatism/"]),
        ("socialist", ["part-1/new-paradigm/"]),
        # A phrase in quotation marks, with a common word in it.
        ('"Belt and Road"', ["glossary/belt-and-road-initiative/"]),
        ('"all under Heaven"', ["glossary/tianxia/", "part-1/new-paradigm/"]),
    ],
)
def test_search_lists_the_right_pages(page, base_url, query, expected):
    page.goto(base_url)
    search_for(page, query)
    hrefs = page.eval_on_selector_all(".md-search-result__item > a", "links => links.map(a => a.getAttribute('href'))")
    found = {re.sub(r"[?#].*$", "", href).removeprefix(base_url).removeprefix("./") for href in hrefs}
    for url in expected:
        assert url in found, (query, sorted(found))


@pytest.mark.parametrize(
    ("query", "url", "anchor", "shown"),
    [
        ("note 27", "part-1/opposition-and-separatism/", "#note-27", "Notes 22–31"),
        ("27", "part-1/opposition-and-separatism/", "#notes", "Notes 22–31"),
        # One digit: "5" starts 50 to 59 too, and the conclusion's notes (53–60), the
        # extradition's (49–52) and a source's title ("22 vs. 50") came first.
        ("note 5", "part-1/western-values/", "#note-5", "Notes 4–14"),
        ("Note 2", "introduction/", "#note-2", "Notes 1–3"),
        # A bare number of one digit: "5" ranked the page of note 5 fourth, after the
        # bibliography (a title's "50") and the pages of notes 50 to 59; "1" fifth.
        ("5", "part-1/western-values/", "#notes", "Notes 4–14"),
        ("1", "introduction/", "#notes", "Notes 1–3"),
    ],
)
def test_a_search_for_a_note_s_number_finds_the_page_that_holds_it_first(page, base_url, query, url, anchor, shown):
    # A reader with a note's number, from the PDF or from a work that cites the article,
    # found every page's notes but that one, whose words hold no number.
    page.goto(base_url)
    search_for(page, query)
    first = page.locator(".md-search-result__item").first
    links = [link.get_attribute("href") for link in first.locator("a").all()]
    # Asked for as a note ("note 27"), the result opens the page at the note itself.
    assert any(url in href and href.endswith(anchor) for href in links), links
    # The result says which notes the page holds; the numbers between are not shown.
    assert shown in first.inner_text()
    assert "23 24" not in first.inner_text() and "note2" not in first.inner_text()


@pytest.mark.parametrize(
    ("query", "first", "also"),
    [
        # The note's page first, then every page the number finds as Material ranks them.
        ("5", "part-1/western-values/", ["bibliography/", "conclusion/", "part-2/extradition/"]),
        # No note is numbered 2019: the year is found where the text gives it, as before.
        ("2019", "timeline/", ["part-2/narrative-and-repression/", "conclusion/", "part-2/surveillance/"]),
    ],
)
def test_a_bare_number_lists_every_page_that_gives_it(page, base_url, query, first, also):
    page.goto(base_url)
    search_for(page, query)
    hrefs = page.eval_on_selector_all(".md-search-result__item > a", "links => links.map(a => a.getAttribute('href'))")
    found = [re.sub(r"[?#].*$", "", href).removeprefix(base_url).removeprefix("./") for href in hrefs]
    assert found[0] == first, found
    assert all(url in found for url in also), found


def test_a_search_typed_without_diacritics_highlights_the_words_on_the_page_it_opens(page, base_url):
    page.goto(base_url)
    page.click(".md-search__input")
    page.keyboard.type("qiaowu", delay=20)
    page.click(".md-search-result__item > a[href*='glossary/qiaowu/']")
    page.wait_for_url("**/glossary/qiaowu/**")
    page.wait_for_selector("article mark[data-md-highlight]", timeout=5000)  # Material marks once the page is in
    marked = page.eval_on_selector_all("article mark[data-md-highlight]", "marks => marks.map(m => m.textContent)")
    # The entry writes the word with its tone marks: those are what the reader looked for.
    assert "qiáowù" in marked, marked
    assert "huáqiáo" not in marked  # a word with diacritics that was not searched


def searched(page: Page, query: str) -> dict:
    """The search's answer to ``query``, typed in one go: its count, and each result's link and text."""
    page.fill(".md-search__input", query)
    page.keyboard.press("End")  # Material reads the field as a key is let go
    # Material shows its first answer to the query, which is the last: one query was sent.
    page.wait_for_function(
        "() => /matching document/i.test(document.querySelector('.md-search-result__meta').textContent)",
        timeout=10000,
    )
    return page.evaluate(
        """() => ({count: document.querySelector('.md-search-result__meta').textContent,
                   results: [...document.querySelectorAll('.md-search-result__item > a')]
                       .map(a => [a.getAttribute('href'), a.innerText])})"""
    )


def test_a_search_typed_with_a_slip_finds_the_word_meant(page, base_url):
    """Material's search finds a word by its start: "Tianxai" found nothing. A query that
    finds nothing is asked again, each word of three letters or more allowed one letter
    wrong, missing, added or swapped, in the same search in the browser."""
    page.goto(base_url)
    page.click(".md-search__input")
    found = searched(page, "Tianxai")
    assert any("glossary/tianxia/" in href for href, _ in found["results"]), found
    result = page.locator(".md-search-result__item > a[href*='glossary/tianxia/']").first
    # Not "Missing: tianxai" under the results, which are for the word they mark.
    assert page.locator(".md-search-result__terms").count() == 0
    assert "Tianxia" in page.locator(".md-search-result__item mark").all_inner_texts()
    # The page it opens highlights the word found.
    result.click()
    page.wait_for_url("**/glossary/tianxia/**")
    page.wait_for_selector("article mark[data-md-highlight]", timeout=5000)  # Material marks once the page is in
    marked = page.eval_on_selector_all("article mark[data-md-highlight]", "marks => marks.map(m => m.textContent)")
    assert "Tianxia" in marked, marked


@pytest.mark.parametrize(
    ("typed", "meant", "page_of_it"),
    [
        ("BIR", "bri", "glossary/belt-and-road-initiative/"),
        ("CPC", "ccp", "part-1/western-values/"),
        ("SCP", "sco", "part-2/"),
    ],
)
def test_an_acronym_typed_with_a_slip_finds_the_acronym_meant(page, base_url, typed, meant, page_of_it):
    """Only words of four letters or more were asked again: "BIR" for BRI, "CPC" for the
    article's CCP, "SCP" for the SCO found nothing. A word of three that finds nothing, not
    even as the start of a longer one, is asked again one letter off, and said to be close."""
    page.goto(base_url)
    page.click(".md-search__input")
    found = searched(page, typed)
    assert found["count"] != "No matching documents", found
    assert any(href.split("?")[0].endswith("/" + page_of_it) for href, _ in found["results"]), found
    marked = {mark.lower() for mark in page.locator(".md-search-result__item mark").all_inner_texts()}
    assert meant in marked, marked
    assert (
        page.inner_text(".explainer-search-close") == f"No exact match; showing results for words close to “{typed}”."
    )
    # Two letters are not asked again: every word of one to three letters is one letter from them.
    assert answered(page, "XQ")["count"] == "No matching documents"


@pytest.mark.parametrize(
    ("typed", "stem", "page_of_it"),
    [
        ("monitored", "monitor", "part-2/"),  # the text writes "monitor", "monitoring", "monitorings"
        ("repressed", "repress", "part-2/narrative-and-repression/"),
        ("surveilled", "surveill", "part-2/surveillance/"),
    ],
)
def test_a_search_for_another_form_of_a_word_finds_the_forms_the_text_writes(page, base_url, typed, stem, page_of_it):
    """The index keeps words as written and finds a word by its start: "monitored" found no
    page where the text writes "monitor" and "monitoring", nor "repressed" "repression". A
    query that finds nothing is asked again with each word's stem as a word's start, in the
    article's language, beside the words one letter away, and said to be close."""
    page.goto(base_url)
    page.click(".md-search__input")
    found = searched(page, typed)
    assert found["count"] != "No matching documents", found
    assert any(href.split("?")[0].endswith("/" + page_of_it) for href, _ in found["results"]), found
    marked = {mark.lower() for mark in page.locator(".md-search-result__item mark").all_inner_texts() if mark}
    assert marked and all(word.startswith(stem) for word in marked), marked
    assert (
        page.inner_text(".explainer-search-close") == f"No exact match; showing results for words close to “{typed}”."
    )
    # Not "Missing: monitor*" under a result that marks "monitoring": the stem is the query's.
    assert page.locator(".md-search-result__terms").count() == 0


def test_a_search_typed_with_tone_marks_finds_a_word_the_text_writes_without_them(page, base_url):
    """Pinyin is written with its tone marks ("Tiānxià"), as a reader may type it; the article
    and its glossary write "Tianxia". The index holds the folded form of the text's words,
    and the query was not folded: it found nothing, even loosely (two letters off)."""
    page.goto(base_url)
    page.click(".md-search__input")
    found = searched(page, "Tiānxià")
    assert any("glossary/tianxia/" in href for href, _ in found["results"]), found
    assert page.locator(".md-search-result__terms").count() == 0  # not "Missing: tiānxià"
    assert page.inner_text(".explainer-search-close") == ""  # the word itself, not one close to it
    assert "Tianxia" in page.locator(".md-search-result__item mark").all_inner_texts()
    # A word the text writes with its marks is found as typed first: its entry comes first, as before.
    answered(page, "qiáowù")
    first = page.locator(".md-search-result__item > a").first.get_attribute("href")
    assert "glossary/qiaowu/" in first, first


#: The line over the results of a query asked again loosely, and Material's count above it:
#: their text, what Chromium tells a screen reader of the line, and how each is set.
CLOSE_WORDS_LINE = """() => {
    const line = document.querySelector('.explainer-search-close');
    const count = document.querySelector('.md-search-result__meta');
    const set = element => {
        const style = getComputedStyle(element), box = element.getBoundingClientRect();
        return {size: style.fontSize, color: style.color, background: style.backgroundColor,
                left: box.left + parseFloat(style.paddingLeft), top: box.top, bottom: box.bottom,
                height: box.height, width: box.width};
    };
    return {text: line.textContent, count: count.textContent, line: set(line), countSet: set(count),
            firstResultTop: document.querySelector('.md-search-result__item')?.getBoundingClientRect().top ?? null};
}"""


def answered(page: Page, query: str) -> dict:
    """The search's answer to ``query``, typed in one go after another query: the line over
    loose results and the count, once Material has shown its answer to this one (it writes
    its count anew with each answer)."""
    page.evaluate("window.countBefore = document.querySelector('.md-search-result__meta').firstChild")
    page.fill(".md-search__input", query)
    page.keyboard.press("End")  # Material reads the field as a key is let go
    page.wait_for_function("document.querySelector('.md-search-result__meta').firstChild !== window.countBefore")
    # Material may ask for one query twice (as the field changes, and as the key is let go):
    # the first answer can be shown before the loose one that follows it. The answer read is
    # the one that stays, unchanged over a quarter of a second.
    shown = page.evaluate(CLOSE_WORDS_LINE)
    for _ in range(20):
        page.wait_for_timeout(250)
        again = page.evaluate(CLOSE_WORDS_LINE)
        if again == shown:
            break
        shown = again
    return shown


def told_as_status(page: Page, text: str) -> dict:
    """What Chromium gives a screen reader for the element holding ``text``: its role and whether it is live."""
    session = page.context.new_cdp_session(page)
    nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    session.detach()
    by_id = {node["nodeId"]: node for node in nodes}
    for node in nodes:
        if node.get("name", {}).get("value") == text and node["role"]["value"] in ("StaticText", "text"):
            holder = by_id.get(node.get("parentId"))
            while holder and holder["role"]["value"] in ("generic", "none", "StaticText"):
                holder = by_id.get(holder.get("parentId"))
            if holder:
                states = {prop["name"]: prop["value"].get("value") for prop in holder.get("properties", [])}
                return {"role": holder["role"]["value"], "live": states.get("live")}
    return {}


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_a_search_answered_with_words_close_to_the_query_says_so(browser, base_url, viewport):
    """The loose search showed Tianxia for "Tianxai" without a word: a reader took it for
    what they typed, or for a search that had read their mind. A line under Material's
    count says so, as a status a screen reader reads out, set as that count is; it goes
    once the query finds something as typed, or nothing at all."""
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(base_url)
    if viewport == PHONE:
        page.click('label.md-header__button[for="__search"]')  # the search button
    else:
        page.click(".md-search__input")
    shown = answered(page, "Tianxai")
    said = "No exact match; showing results for words close to “Tianxai”."
    assert shown["text"] == said
    assert told_as_status(page, said) == {"role": "status", "live": "polite"}
    line, count = shown["line"], shown["countSet"]
    # Under the count, on its bar, in its size and colours, from the same left edge, over the results.
    assert count["bottom"] <= line["top"] + 0.5 and line["bottom"] <= shown["firstResultTop"] + 0.5, shown
    assert line["height"] > 0 and line["width"] == count["width"], shown
    for key in ("size", "color", "background", "left"):
        assert line[key] == count[key], (key, shown)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"search-close-words-{viewport['width']}.png"))
    # The reader mends the slip: the results are for the word as typed, and the line goes.
    mended = answered(page, "Tianxia")
    assert mended["count"] != "No matching documents"
    assert mended["text"] == "" and mended["line"]["height"] == 0, mended
    # Nor is it said of a query that finds nothing, even loosely.
    assert answered(page, "Tianxai")["text"] == said
    nothing = answered(page, "zzqxw")
    assert nothing["count"] == "No matching documents" and nothing["text"] == "", nothing
    context.close()


@pytest.mark.parametrize("query", ["Tianxia", "Belt and Road", '"all under Heaven"', "Kazakh", "zzqxw"])
def test_a_search_that_finds_something_or_nothing_at_all_is_answered_as_material_answers_it(browser, base_url, query):
    """A query that finds anything lists what Material's search lists, and one that finds
    nothing even loosely says so, as without the script that asks again."""
    answers = []
    for with_script in (True, False):
        context = browser.new_context(viewport=DESKTOP)
        if not with_script:
            context.route("**/assets/explainer-search.js", lambda route: route.abort())
        page = context.new_page()
        page.goto(base_url)
        page.click(".md-search__input")
        answers.append(searched(page, query))
        context.close()
    assert answers[0] == answers[1]
    assert answers[0]["results"] or answers[0]["count"] == "No matching documents", answers[0]


@pytest.mark.parametrize(
    ("query", "page_url", "anchor", "title"),
    [
        ("Tauris", "bibliography/", "brown2017world", "Brown, China's World. What Does China Want?"),
        ("Akayev", "timeline/", "event-1", "2005"),
    ],
)
def test_a_search_result_for_a_source_or_an_event_scrolls_to_it_and_marks_it(
    page, base_url, query, page_url, anchor, title
):
    # It opened the bibliography or the timeline at its top, the entry pages further down.
    page.goto(base_url)
    page.click(".md-search__input")
    page.keyboard.type(query, delay=20)
    result = page.locator(f".md-search-result__item a[href$='#{anchor}']")
    result.wait_for(timeout=10000)
    assert result.locator("h2").inner_text() == title  # the result names the source or the event
    assert f"{page_url}?h=" in result.get_attribute("href")
    result.click()
    page.wait_for_url(f"**/{page_url}**#{anchor}")
    page.wait_for_function("() => window.scrollY > 0")
    landed = page.evaluate(
        """() => {
            const target = document.querySelector(":target");
            const header = document.querySelector(".md-header").getBoundingClientRect().bottom;
            const box = target.getBoundingClientRect();
            return {id: target.id, top: box.top, header, height: innerHeight,
                    marked: getComputedStyle(target).backgroundColor};
        }"""
    )
    assert landed["id"] == anchor
    # In view, below the header, and marked.
    assert landed["header"] <= landed["top"] < landed["height"] / 2, landed
    assert landed["marked"] not in ("rgba(0, 0, 0, 0)", "transparent"), landed
    assert query in page.locator(f"[id='{anchor}'] mark[data-md-highlight]").first.inner_text()


def test_printing_a_section_gives_its_text_and_notes_without_navigation(page, base_url):
    page.goto(base_url + "part-1/western-values/")
    page.emulate_media(media="print")
    text = " ".join(page_text.extract_text() for page_text in PdfReader(BytesIO(page.pdf(format="A4"))).pages)
    flat = " ".join(text.split())
    assert "Beijing has used the structures" in flat
    assert "Den Hao, “Transformatsiya" in flat  # the notes print with the page
    for chrome in ("Table of contents", "2.3 Extraditing Chinese Activists", "Download PDF", "Search"):
        assert chrome not in flat


def test_cite_box_forms_each_have_a_copy_button(browser, base_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(base_url + "part-1/new-paradigm/")
    _box, buttons = opened_cite_box(page)
    assert buttons.count() == 3  # text, BibTeX, RIS
    buttons.nth(1).click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("@misc{peyrouse-china-central-asia,")
    # The site has no site_url: read over the web, each form names the address it is read from.
    assert f"url = {{{base_url}part-1/new-paradigm/}}" in copied
    context.close()


def test_without_a_site_url_the_cite_box_names_the_address_the_reader_reads_from(page, base_url):
    page.goto(base_url + "part-1/new-paradigm/")
    box = page.locator("section.explainer-cite")
    reference = box.locator(".explainer-cite__reference")
    # The reference to a section, and its records, the section's address.
    section = base_url + "part-1/new-paradigm/"
    assert reference.inner_text().endswith(f"“1.2 Promoting a New Paradigm of Democracy,” {section}.")
    assert reference.locator("a").get_attribute("href") == section
    forms = [code.text_content() for code in box.locator("pre code").all()]
    assert forms[0].endswith(f"Democracy,” {section}.") and f"url = {{{section}}}" in forms[1]
    assert f"UR  - {section}\n" in forms[2]
    assert "page-url.invalid" not in box.inner_text() + "".join(forms)


def test_an_entry_s_way_back_stands_flush_with_its_title(page, base_url):
    page.goto(base_url + "glossary/qiaowu/")
    back = page.locator("nav.explainer-glossary-back a").bounding_box()
    title = page.locator("article h1").bounding_box()
    assert back is not None and title is not None and abs(back["x"] - title["x"]) < 1, (back, title)


@pytest.mark.parametrize("entry", ["three-evils", "kazakhstan"], ids=["concept", "place"])
def test_an_entry_s_table_of_contents_lists_each_of_its_sections(page, base_url, entry):
    # The sections written once every page is converted ("Where it appears", a place's
    # "On the timeline" and "Notes that concern it", "Related entries") were left out of
    # the table of contents beside the entry, between "Read more" and "Notes".
    page.goto(base_url + f"glossary/{entry}/")
    headings = page.eval_on_selector_all(
        "article h2", "hs => hs.map(h => [h.id, h.textContent.replace(/\u00b6$/, '').trim()])"
    )
    listed = page.eval_on_selector_all(
        ".md-sidebar--secondary .md-nav__link",
        "links => links.map(a => [a.getAttribute('href').slice(1), a.textContent.trim()])",
    )
    assert len(headings) >= (6 if entry == "three-evils" else 8), headings
    assert listed == headings
    page.click('.md-sidebar--secondary .md-nav__link[href="#related-entries"]')
    assert page.url.endswith("#related-entries")


def test_the_reference_as_text_wraps_on_a_phone(phone: BrowserContext, base_url):
    page = phone.new_page()
    page.goto(base_url + "part-2/extradition/")
    box = page.locator("section.explainer-cite")
    box.locator("summary").first.click()
    code = box.locator("pre code.language-text")
    assert code.evaluate("element => element.scrollWidth <= element.clientWidth + 1")


def test_on_a_phone_no_range_of_pages_is_broken_across_lines(phone: BrowserContext, base_url):
    page = phone.new_page()
    page.goto(base_url + "bibliography/")
    # An inline element has one box per line it is set on; the width decides where lines
    # break, so each range must also be set as one that cannot break.
    ranges = page.eval_on_selector_all(
        ".explainer-range", "ranges => ranges.map(r => [r.getClientRects().length, getComputedStyle(r).whiteSpace])"
    )
    assert len(ranges) > 3 and {tuple(each) for each in ranges} == {(1, "nowrap")}, ranges


@pytest.mark.parametrize("selector", ['a.glossary-term[data-glossary="china"]', "#note-9 a.citation-ref--short"])
def test_the_pointer_can_rest_on_a_definition_s_card(page, base_url, selector):
    """WCAG 1.4.13: a reader who magnifies the screen moves onto the card to read it; it stays."""
    page.goto(base_url + "part-1/western-values/")
    # In the middle of the window: at its foot, hovering scrolled the page under the pointer.
    page.locator(selector).first.evaluate("link => link.scrollIntoView({block: 'center'})")
    page.locator(selector).first.hover()
    tooltip_text(page)
    box = page.locator(TOOLTIP + " .md-tooltip2__inner").bounding_box()
    assert box is not None
    # Few steps: each is a round trip to the browser, and on a loaded machine eight of them
    # took longer than the 250 ms Material gives the pointer to cross from the term to the card.
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, steps=2)
    page.wait_for_timeout(600)  # Material closes a card 250 ms after the pointer leaves
    assert page.locator(TOOLTIP).is_visible()


def test_at_400_percent_zoom_a_long_reference_scrolls_inside_its_card(browser, base_url):
    """At 400% zoom (320 by 256 CSS pixels) a full reference is taller than the card may
    be: it scrolls inside the card, as a note does, rather than running out over the page."""
    context = browser.new_context(viewport={"width": 320, "height": 256})
    page = context.new_page()
    page.goto(base_url + "part-1/western-values/")
    page.locator("#note-9 a.citation-ref--short").hover()
    tooltip_text(page)
    inner = page.locator(TOOLTIP + " .md-tooltip2__inner")
    assert inner.evaluate("element => element.scrollHeight > element.clientHeight + 10")  # the case in point
    box = inner.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, steps=4)
    page.mouse.wheel(0, 200)
    # The wheel scrolls a moment after it turns, later on a loaded machine.
    with contextlib.suppress(PlaywrightTimeoutError):
        page.wait_for_function("inner => inner.scrollTop > 0", arg=inner.element_handle(), timeout=5000)
    scrolled = inner.evaluate("element => element.scrollTop")
    context.close()
    assert scrolled > 0


@pytest.mark.parametrize(
    ("viewport", "selector", "height"),
    [
        # Material sets a definition's card below its term, whatever the room there.
        (DESKTOP, 'a.glossary-term[data-glossary="kyrgyzstan"]', 0.98),
        # A note's card goes below a call in the window's upper half: at 400% zoom, the
        # room left there is less than the card's height.
        ({"width": 320, "height": 256}, "#note-ref-8 a", 0.45),
    ],
)
def test_a_card_opened_from_the_keyboard_is_brought_into_view(browser, base_url, viewport, selector, height):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(base_url + "part-1/western-values/")
    # The link that far down the window, the link before it focused: the reader presses Tab.
    target = page.locator(selector)
    target.evaluate(
        """(link, height) => {
        window.scrollBy(0, link.getBoundingClientRect().bottom - window.innerHeight * height);
        const links = [...document.querySelectorAll('a[href]')];
        links[links.indexOf(link) - 1].focus({preventScroll: true});
    }""",
        height,
    )
    page.keyboard.press("Tab")
    assert target.evaluate("link => link === document.activeElement")
    card, link, header = settled_card_boxes(page, target)
    context.close()
    assert header["y"] + header["height"] <= card["y"] and card["y"] + card["height"] <= viewport["height"], card
    assert header["y"] + header["height"] <= link["y"] and link["y"] + link["height"] <= viewport["height"], link


def test_a_reference_copied_from_its_card_has_no_invisible_character(browser, base_url):
    """A card's range holds a word joiner, which keeps it on one line: a reader who selects
    the reference in the card and pastes it into a search or a reference manager gets the
    characters of the text, with none unseen among them."""
    context = browser.new_context(viewport=DESKTOP)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    page = context.new_page()
    page.goto(base_url + "glossary/three-evils/")
    page.locator("#note-8 a.citation-ref--short").hover()
    assert "–\u2060" in tooltip_text(page)  # the case in point: a range, on one line
    box = settled_box(page, page.locator(TOOLTIP + " .md-tooltip2__inner"))
    page.mouse.move(box["x"] + 4, box["y"] + 4, steps=4)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 4, box["y"] + box["height"] - 4, steps=8)
    page.mouse.up()
    page.keyboard.press("Control+c")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    context.close()
    assert copied.startswith("S. Aris, “The") and re.search(r"\d–\d", copied), copied
    assert "\u2060" not in copied


@pytest.mark.parametrize("media", ["screen", "print"])
def test_a_glossary_filtered_by_category_shows_no_letter_without_an_entry(page, base_url, media):
    page.goto(base_url + "glossary/")
    page.get_by_label("Organization", exact=True).check()
    page.emulate_media(media=media)
    shown = page.eval_on_selector_all(
        "article h2.explainer-glossary-letter",
        """letters => letters.filter(h => h.checkVisibility()).map(h => [h.textContent.trim(),
            [...h.nextElementSibling.querySelectorAll('.explainer-glossary-index__entry')]
                .filter(entry => entry.checkVisibility()).length])""",
    )
    assert shown and all(count > 0 for _, count in shown), shown  # a letter alone, with nothing under it
    assert "O" in dict(shown)


@pytest.mark.parametrize("how", ["tap", "keyboard"])
@pytest.mark.parametrize(
    ("url", "moved"),
    [
        # The last reference of the entry, in the page's last lines: no room below it.
        ("glossary/color-revolutions/", True),
        # Room enough below: the card stays where Material sets it.
        ("glossary/tianxia/", False),
    ],
)
def test_at_a_page_s_end_on_a_small_phone_a_card_stays_on_the_screen(browser, base_url, how, url, moved):
    """Material sets a reference's or a definition's card below its link, whatever the room:
    at the end of a page, which cannot scroll further, it ran 8 pixels off a 320 by 640 screen."""
    touch = how == "tap"
    context = browser.new_context(viewport={"width": 320, "height": 640}, is_mobile=touch, has_touch=touch)
    page = context.new_page()
    page.goto(base_url + url)
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    link = page.locator(".md-content a.citation-ref--short").last
    if touch:
        link.tap()
    else:
        link.evaluate(
            """link => {
            const links = [...document.querySelectorAll('a[href]')];
            links[links.indexOf(link) - 1].focus({preventScroll: true});
        }"""
        )
        page.keyboard.press("Tab")
    card, near, header = settled_card_boxes(page, link)
    context.close()
    assert header["y"] + header["height"] <= card["y"] and card["y"] + card["height"] <= 640, card
    # The link stays in sight, not under its card.
    assert near["y"] + near["height"] <= 640, near
    assert card["y"] + card["height"] <= near["y"] or card["y"] >= near["y"] + near["height"], (card, near)
    assert (card["y"] < near["y"]) is moved, (card, near)


NOTE_ENDS = """() => [...document.querySelectorAll("li[id^=note-] > p > .footnote-backref")].map((backref) => {
    const text = document.createRange();
    text.setStartBefore(backref.parentElement.firstChild);
    text.setEndBefore(backref);
    const lines = [...text.getClientRects()].filter((rect) => rect.width > 0);
    const last = lines.reduce((lowest, rect) => (rect.bottom > lowest.bottom ? rect : lowest));
    return { note: backref.closest("li").id, backrefTop: backref.getBoundingClientRect().top, textBottom: last.bottom };
})"""


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_a_notes_way_back_stays_on_its_last_line(browser, base_url, site, viewport):
    """The arrow back, shown on hover, never wraps alone: a note would seem to end in an empty line."""
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    wrapped = []
    for url in all_pages(site.site):
        page.goto(base_url + url)
        ends = page.evaluate(NOTE_ENDS)
        wrapped += [f"{url}#{end['note']}" for end in ends if end["backrefTop"] >= end["textBottom"] - 1]
    context.close()
    assert not wrapped, wrapped


#: The previous and next pages' titles in the footer that are cut (Material's "…"), and
#: whether the footer's links run past its edge.
FOOTER_TITLES = """() => {
    const footer = document.querySelector('.md-footer__inner');
    if (!footer) return null;
    return {cut: [...footer.querySelectorAll('.md-footer__title .md-ellipsis')]
                .filter(title => title.checkVisibility() && title.scrollWidth > title.clientWidth + 1)
                .map(title => title.textContent.trim()),
            past: footer.scrollWidth > footer.clientWidth + 1};
}"""


@pytest.mark.parametrize(
    "viewport",
    [{"width": 360, "height": 740}, {"width": 768, "height": 1024}, DESKTOP],
    ids=["phone", "tablet", "desktop"],
)
def test_the_footer_names_the_previous_and_next_pages_whole(browser, base_url, site, viewport):
    # Material cut a title too long for its line with "…": "1.3 Conflating Oppositio…" on
    # a phone, and beside a long title on a tablet, "Ho…" for the home page.
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    cut = {}
    for url in all_pages(site.site):
        page.goto(base_url + url)
        if (shown := page.evaluate(FOOTER_TITLES)) is not None and (shown["cut"] or shown["past"]):
            cut[url] = shown
    context.close()
    assert not cut


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_timeline_s_events_stand_at_the_text_s_left_edge(browser, base_url, viewport):
    # Material's indent for a list's items, more specific than the timeline's own rule, set
    # each event's line 20px in from the title and the filter above it.
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(base_url + "timeline/")
    lefts = page.evaluate(
        """() => ({
            title: document.querySelector('article h1').getBoundingClientRect().left,
            filter: document.querySelector('article fieldset').getBoundingClientRect().left,
            events: [...document.querySelectorAll('.explainer-timeline__event')]
                .map(event => event.getBoundingClientRect().left),
        })"""
    )
    page.goto(base_url + "glossary/")
    glossary_filter = page.evaluate(
        "() => document.querySelector('article fieldset').getBoundingClientRect().left"
        " - document.querySelector('article h1').getBoundingClientRect().left"
    )
    context.close()
    assert len(lefts["events"]) > 20
    assert {round(left - lefts["title"], 1) for left in lefts["events"]} == {0}, lefts
    # The filter's box too: a browser's margin for a fieldset set its border 2px in from the
    # events' bars below it.
    assert abs(lefts["filter"] - lefts["title"]) < 0.5, lefts
    assert abs(glossary_filter) < 0.5  # and the glossary's, the same box


def test_a_term_in_another_language_is_read_in_it_and_its_card_in_the_page_s(page: Page, base_url):
    # Tianxia is pinyin (its entry's `lang`): a screen reader reads the linked word as
    # Chinese, and the definition its card shows, in English, as the page's text.
    page.goto(base_url + "part-1/new-paradigm/")
    term = page.locator('a.glossary-term[data-glossary="tianxia"]').first
    assert term.evaluate("link => [link.innerText, link.querySelector('[lang]').lang]") == ["Tianxia", "zh-Latn-pinyin"]
    term.hover()
    assert tooltip_text(page).startswith("A concept, rendered in the article")
    languages = page.evaluate(
        """() => [document.querySelector('.md-tooltip2--active .md-tooltip2__inner'),
                  document.querySelector('a.glossary-term[data-glossary="tianxia"]')]
            .map(element => element.closest('[lang]').lang)"""
    )
    assert languages == ["en", "en"]
