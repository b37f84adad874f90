"""An article written right to left (tests/fixtures/rtl-article, in Persian) reads from the
right edge: the rules beside a timeline's event and a glossary entry's definition stand on
the right, where each line starts, a bibliography entry's later lines are set in from the
right, and a note's card stays on the screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browsing import DESKTOP, PHONE, serve
from playwright.sync_api import Browser, Page
from project import PROJECT, run_build
from test_reading import settled_box

FIXTURE = PROJECT / "tests" / "fixtures" / "rtl-article"

#: An element's box, its rule on each side, and the right edge of the page's title, which
#: is where the text's lines start.
SIDES = """(selector) => {
    const element = document.querySelector(selector), style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
        left: box.left, right: box.right,
        ruleLeft: parseFloat(style.borderLeftWidth), ruleRight: parseFloat(style.borderRightWidth),
        titleRight: document.querySelector('.md-typeset h1').getBoundingClientRect().right,
    };
}"""

#: Where each line of a bibliography entry's reference ends on the right.
LINE_RIGHTS = """(selector) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(selector));
    const rights = new Map();
    for (const box of range.getClientRects()) {
        const top = Math.round(box.top);
        rights.set(top, Math.max(rights.get(top) ?? -Infinity, box.right));
    }
    return [...rights.entries()].sort((a, b) => a[0] - b[0]).map(([, right]) => right);
}"""


@pytest.fixture(scope="module")
def rtl_url(tmp_path_factory) -> Iterator[str]:
    build = run_build(FIXTURE, tmp_path_factory.mktemp("rtl") / "site")
    assert build.returncode == 0, build.output
    assert 'dir="rtl"' in (build.site / "index.html").read_text(encoding="utf-8")
    server, url = serve(build.site)
    yield url
    server.shutdown()


@pytest.fixture(params=[PHONE, DESKTOP], ids=["phone", "desktop"])
def rtl_page(browser: Browser, request) -> Iterator[Page]:
    phone = request.param == PHONE
    context = browser.new_context(viewport=request.param, is_mobile=phone, has_touch=phone)
    context.phone = phone
    yield context.new_page()
    context.close()


def test_a_timeline_event_s_rule_stands_on_the_right_where_its_lines_start(rtl_page: Page, rtl_url):
    rtl_page.goto(rtl_url + "timeline/")
    event = rtl_page.evaluate(SIDES, ".explainer-timeline__event")
    assert event["ruleRight"] > 0
    assert event["ruleLeft"] == 0
    # At the text's edge, as a left-to-right page sets it at the left: not set in by a list's indent.
    assert event["right"] == pytest.approx(event["titleRight"], abs=1)


def test_a_glossary_definition_s_rule_stands_on_the_right(rtl_page: Page, rtl_url):
    rtl_page.goto(rtl_url + "glossary/dam/")
    definition = rtl_page.evaluate(SIDES, ".explainer-glossary-definition")
    assert definition["ruleRight"] > 0
    assert definition["ruleLeft"] == 0


def test_a_bibliography_entry_starts_at_the_right_edge_and_hangs_its_later_lines_from_it(rtl_page: Page, rtl_url):
    rtl_page.goto(rtl_url + "sources/")
    # The longest entry, which wraps on a phone and on a wide screen.
    entry = rtl_page.evaluate(SIDES, "#mueller_dams_2010")
    lines = rtl_page.evaluate(LINE_RIGHTS, "#mueller_dams_2010 .explainer-bibliography__reference")
    assert len(lines) >= 2
    # The first line starts at the text's edge, inside the entry's box, not past it; the
    # lines after it are set in from the right.
    assert lines[0] == pytest.approx(entry["titleRight"], abs=1)
    assert lines[0] <= entry["right"] + 1
    for later in lines[1:]:
        assert lines[0] - later >= 15


def test_a_note_s_card_stays_on_the_screen(rtl_page: Page, rtl_url):
    rtl_page.goto(rtl_url + "upstream/")
    width = rtl_page.evaluate("innerWidth")
    calls = rtl_page.locator("a.footnote-ref")
    assert calls.count() >= 3
    for index in range(calls.count()):
        call = calls.nth(index)
        call.scroll_into_view_if_needed()
        if rtl_page.context.phone:
            call.tap()
        else:
            call.hover()
        card = rtl_page.locator(".md-tooltip2--active .md-tooltip2__inner")
        card.wait_for(state="visible", timeout=5000)
        box = settled_box(rtl_page, card)  # once Material's slide in has ended
        assert box["x"] >= 0, index
        assert box["x"] + box["width"] <= width, index
        rtl_page.locator("h1").click(position={"x": 1, "y": 1})
        # Material closes the card 250 ms after the pointer leaves, later on a loaded
        # machine: the next call's card is measured once this one has gone.
        rtl_page.locator(".md-tooltip2--active").wait_for(state="detached", timeout=5000)


def test_a_glossary_entry_s_way_back_points_to_the_right_where_the_text_starts(rtl_page: Page, rtl_url):
    rtl_page.goto(rtl_url + "glossary/dam/")
    arrow = rtl_page.evaluate(
        "getComputedStyle(document.querySelector('.explainer-glossary-back__link'), '::before').content"
    )
    assert arrow.startswith('"→')


def test_on_a_phone_a_note_s_way_back_is_drawn_inside_the_screen(browser: Browser, rtl_url):
    # After a note whose last line is full, the ↩ goes in the margin at the line's end: on
    # the left, where the page is written right to left.
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(rtl_url + "upstream/")
    arrows = page.evaluate(
        """() => [...document.querySelectorAll('.footnote-backref')].map(link => {
            const box = link.getBoundingClientRect(), style = getComputedStyle(link);
            return [link.closest('li').id, box.left + parseFloat(style.paddingLeft), box.right];
        })"""
    )
    context.close()
    assert len(arrows) >= 3
    assert [note for note, left, right in arrows if left < 0 or right > PHONE["width"]] == []
