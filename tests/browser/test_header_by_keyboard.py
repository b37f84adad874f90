"""The header as the keyboard meets it, in the light scheme and the dark: the link that skips
to the text, and the switch between the two schemes."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

SECTION = "part-2/surveillance/"


def tab_to(page: Page, selector: str, most: int = 10) -> None:
    """Press Tab from the top of the page until the focus is on ``selector``."""
    for _ in range(most):
        page.keyboard.press("Tab")
        if page.evaluate("selector => document.activeElement.matches(selector)", selector):
            return
    raise AssertionError(f"{most} Tabs never reached {selector}")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_skip_link_s_words_are_not_crossed_by_the_header_under_it(browser: Browser, base_url, scheme):
    # In the dark scheme the link was set on a translucent grey: the header's logo (white)
    # and the first letters of the title showed through "Skip to content".
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme, reduced_motion="reduce")
    page = context.new_page()
    try:
        page.goto(base_url + SECTION)
        tab_to(page, ".md-skip")
        page.wait_for_function("getComputedStyle(document.querySelector('.md-skip')).opacity === '1'")
        box = page.locator(".md-skip").bounding_box()
        assert box is not None
        over_header = page.screenshot(clip=box, animations="disabled")
        page.add_style_tag(content=".md-header__button.md-logo, .md-header__title { visibility: hidden; }")
        over_nothing = page.screenshot(clip=box, animations="disabled")
        assert over_header == over_nothing, "what lies under the skip link shows through it"
    finally:
        context.close()


@pytest.mark.parametrize(("scheme", "after"), [("light", "slate"), ("dark", "default")])
def test_the_scheme_switch_shows_the_focus_and_switches_with_space(browser: Browser, base_url, scheme, after):
    # Material's switch is two radio buttons, neither checked: Tab stopped at the first, the
    # light scheme's, whose label is hidden in the dark scheme (no focus to be seen, and
    # named "Switch to dark mode" on a dark page); in the light scheme Space chose the
    # light scheme again, and nothing changed.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    try:
        page.goto(base_url + SECTION)
        page.wait_for_selector('form[data-md-component="palette"] label:not([hidden])')
        tab_to(page, "input.md-option")
        focused = page.evaluate(
            """() => {
                const radio = document.activeElement;
                const label = radio.nextElementSibling;
                const shown = label.getClientRects().length > 0 && !label.hidden;
                return {shown, outline: shown ? getComputedStyle(label).outlineStyle : 'none',
                        name: radio.getAttribute('aria-label'), title: label.title};
            }"""
        )
        assert focused["shown"], "the focus is on the radio of a hidden label"
        assert focused["outline"] != "none"
        assert focused["name"] == focused["title"]  # what a screen reader says is what the switch does
        page.keyboard.press("Space")
        page.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') === '{after}'", timeout=5000)
        # The focus is on the switch now shown, and Space switches back.
        assert page.evaluate("!document.activeElement.nextElementSibling.hidden")
        page.keyboard.press("Space")
        before = "default" if after == "slate" else "slate"
        page.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') === '{before}'", timeout=5000)
    finally:
        context.close()


@pytest.mark.parametrize("width", [390, 320])
def test_on_a_narrow_screen_tab_goes_past_the_closed_search(browser: Browser, base_url, width):
    # On a phone, or a desktop zoomed to 400%, the search opens with its button; the Tab
    # after the button went into the field, out of sight, which opened the search over the
    # whole screen, and the next Tab closed it again.
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    try:
        page.goto(base_url + SECTION)
        tab_to(page, '.md-header__button[for="__search"]')
        page.keyboard.press("Tab")
        assert not page.evaluate("document.getElementById('__search').checked"), "Tab opened the search"
        assert page.evaluate("document.activeElement.matches('.md-content a.explainer-pdf-link')")
        # Back to the button, which opens the search with the focus in its field, where a
        # query is typed as before.
        page.keyboard.press("Shift+Tab")
        assert page.evaluate("""document.activeElement.matches('.md-header__button[for="__search"]')""")
        page.keyboard.press(" ")
        page.wait_for_function("document.activeElement.matches('input.md-search__input')", timeout=5000)
        page.keyboard.type("Tianxia")
        page.wait_for_function(
            "document.querySelector('.md-search-result__meta').textContent.includes('matching')", timeout=5000
        )
    finally:
        context.close()
