"""A reader with forced colours (Windows' contrast themes): the browser sets every colour
from the reader's few, and draws no background of the page's and no shadow."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from browsing import DESKTOP
from pages import search_for
from playwright.sync_api import Browser, Locator, Page
from test_accessibility import text_contrast
from test_forced_colours_edges import shown_back_to_top
from test_large_text import phone_page
from test_reading import settled_box

SCHEMES = ["light", "dark"]

#: Takes out the pseudo-elements Material draws its icons with, to see what they drew.
NO_ICONS = "*::before, *::after { visibility: hidden !important; }"


@contextmanager
def forced(browser: Browser, scheme: str) -> Iterator[Page]:
    context = browser.new_context(
        viewport=DESKTOP, color_scheme=scheme, forced_colors="active", reduced_motion="reduce"
    )
    yield context.new_page()
    context.close()


def drawn(page: Page, element: Locator, hidden: str, around: int = 8) -> bool:
    """Whether ``element`` and ``around`` pixels about it (where an outline is drawn) look
    different with the CSS rules ``hidden`` added: whether what they hide was drawn."""
    element.scroll_into_view_if_needed()
    box = element.bounding_box()
    assert box is not None
    clip = {
        "x": box["x"] - around,
        "y": box["y"] - around,
        "width": box["width"] + 2 * around,
        "height": box["height"] + 2 * around,
    }
    shown = page.screenshot(clip=clip, animations="disabled")
    style = page.add_style_tag(content=hidden)
    without = page.screenshot(clip=clip, animations="disabled")
    style.evaluate("style => style.remove()")
    return shown != without


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_cite_box_s_icons_and_its_copy_button_show(browser: Browser, base_url, scheme):
    # Material draws its icons as a mask over a background, which the forced colours made
    # the page's: the cite box's forms showed no quotation mark, no chevron to unfold them,
    # and, unfolded, no button to copy them by.
    with forced(browser, scheme) as page:
        page.goto(base_url + "part-2/surveillance/")
        form = page.locator("section.explainer-cite details").first
        summary = form.locator("summary")
        summary.click()
        page.hover("section.explainer-cite details[open] pre")  # Material shows the button on hover
        button = form.locator(".md-code__button[data-md-type=copy]")
        assert button.is_visible()
        assert drawn(page, summary, NO_ICONS), "the form's quotation mark and chevron"
        assert drawn(page, button, NO_ICONS), "the copy button"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_drawer_s_way_back_and_chevrons_show(browser: Browser, base_url, scheme):
    with phone_page(browser, 390, 16) as page:
        page.emulate_media(color_scheme=scheme, forced_colors="active")
        page.goto(base_url + "part-2/surveillance/")
        page.click('.md-header label[for="__drawer"]')
        page.wait_for_function(
            "Math.abs(document.querySelector('.md-sidebar--primary').getBoundingClientRect().left) < 0.5", timeout=5000
        )
        icons = page.locator(".md-sidebar--primary .md-nav__icon:visible")
        shown = [icon for icon in icons.all() if icon.evaluate("icon => !icon.closest('[inert]')")]
        assert len(shown) >= 2  # the panel's way back, and the current page's contents
        assert all(drawn(page, icon, NO_ICONS) for icon in shown)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_search_result_the_arrow_keys_reach_is_marked(browser: Browser, base_url, scheme):
    # Material marks it with a tint alone (it takes the outline off), which the forced
    # colours take away: nothing showed which result Enter would open (WCAG 2.4.7).
    with forced(browser, scheme) as page:
        page.goto(base_url)
        search_for(page, "surveillance")
        page.keyboard.press("ArrowDown")
        result = page.locator(".md-search-result__link:focus")
        assert result.count() == 1
        assert drawn(page, result, ".md-search-result__link { outline: none !important; }")


@pytest.mark.parametrize("scheme", SCHEMES)
def test_back_to_top_shows_when_it_has_the_keyboard_s_focus(browser: Browser, base_url, scheme):
    # Material marks it with the accent's background alone (it takes the outline off),
    # which the forced colours take away.
    with forced(browser, scheme) as page:
        page.goto(base_url + "part-1/western-values/")
        shown_back_to_top(page)
        page.focus(".md-top")
        button = page.locator(".md-top:focus-visible")
        assert button.count() == 1
        assert drawn(page, button, ".md-top { outline: none !important; }")


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("target", ["note", "source"])
def test_the_note_or_source_a_link_leads_to_is_marked(browser: Browser, base_url, scheme, target):
    # A tint marked it, which the forced colours take away: the page scrolled to the notes,
    # but which of them the call led to did not show.
    url = "part-2/surveillance/#note-38" if target == "note" else "bibliography/#brown2017world"
    with forced(browser, scheme) as page:
        page.goto(base_url + url)
        reached = page.locator(":target")
        assert reached.evaluate("element => element.tagName") == "LI"
        # The note's ↩, which shows on the note reached, left out: the mark is the question.
        page.add_style_tag(content=".footnote-backref { visibility: hidden !important; }")
        assert drawn(page, reached, ":target { outline: none !important; }")


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_words_a_search_found_can_be_read(browser: Browser, base_url, scheme):
    # Material's marks are translucent, and the forced colours keep their alpha: in the dark
    # theme, the mark's black text stood on a tenth of its yellow over black, 1.1:1.
    with forced(browser, scheme) as page:
        page.goto(base_url)
        search_for(page, "surveillance")
        in_result = text_contrast(page, page.locator(".md-search-result__article p mark").first)
        page.goto(base_url + "part-2/surveillance/?h=surveillance")
        page.wait_for_selector("article mark[data-md-highlight]", timeout=5000)
        on_page = text_contrast(page, page.locator("article mark[data-md-highlight]").first)
    assert in_result >= 4.5 and on_page >= 4.5, (in_result, on_page)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_a_note_s_card_has_no_block_beside_its_call(browser: Browser, base_url, scheme):
    # A card's tail is drawn with borders, three of them transparent, which the forced
    # colours made opaque: a block in the text's colour over the words beside the call.
    with phone_page(browser, 390, 32) as page:
        page.emulate_media(color_scheme=scheme, forced_colors="active")
        page.goto(base_url + "part-2/surveillance/")
        call = page.locator(".md-typeset .note-call a").first
        call.scroll_into_view_if_needed()
        call.tap()
        card = page.locator(".md-tooltip2--active")
        card.wait_for(state="visible")
        settled_box(page, card)  # Material places the card after it shows
        assert not drawn(page, card, ".md-tooltip2::before { visibility: hidden !important; }", around=24)


#: How the navigation's link to the page open looks, and how the other pages' links do.
NAVIGATION_LOOKS = """() => {
    const looks = link => { const style = getComputedStyle(link);
        return [style.color, style.fontWeight, style.textDecorationLine, style.backgroundColor].join(' '); };
    const links = [...document.querySelectorAll('.md-sidebar--primary a.md-nav__link')]
        .filter(link => link.checkVisibility());
    const place = '.md-nav__item--active:not(.md-nav__item--nested)';
    const current = links.filter(link => link.closest('li').matches(place));
    return {current: current.map(looks), others: [...new Set(links.filter(l => !current.includes(l)).map(looks))]};
}"""


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("url", ["part-2/surveillance/", "glossary/tianxia/"])
def test_the_navigation_shows_the_page_one_is_on(browser: Browser, base_url, scheme, url):
    # Material sets its link apart by colour alone, which the forced colours made every
    # link's; on a glossary entry's page, the glossary's index is the reader's place.
    with forced(browser, scheme) as page:
        page.goto(base_url + url)
        looks = page.evaluate(NAVIGATION_LOOKS)
    assert len(looks["current"]) == 1 and looks["others"], looks
    assert not set(looks["current"]) & set(looks["others"]), looks
