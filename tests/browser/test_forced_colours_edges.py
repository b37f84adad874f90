"""Forced colours (Windows' contrast themes) draw no background or shadow of the page's:
the header, the open drawer, the search's results and "Back to top" need an edge of their
own against the page, and the sidebar's title something in place of the shadow that hid
the links scrolled under it."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from pages import search_for
from PIL import Image
from playwright.sync_api import Browser, Page

SCHEMES = ["light", "dark"]


@contextmanager
def forced_phone(browser: Browser, scheme: str) -> Iterator[Page]:
    context = browser.new_context(
        viewport={"width": 390, "height": 600},
        is_mobile=True,
        has_touch=True,
        color_scheme=scheme,
        forced_colors="active",
        reduced_motion="reduce",
    )
    yield context.new_page()
    context.close()


def lines_drawn(page: Page, clip: dict, across: str) -> int:
    """How many rows (``across="rows"``) or columns of ``clip`` are drawn, over nine tenths
    of their length, in another colour than the page's, which the clip's last row or column
    shows."""
    image = Image.open(io.BytesIO(page.screenshot(clip=clip, animations="disabled"))).convert("RGB")
    width, height = image.size
    pixels = image.load()
    if across == "rows":
        lines = [[pixels[x, y] for x in range(width)] for y in range(height)]
    else:
        lines = [[pixels[x, y] for y in range(height)] for x in range(width)]
    page_colour = lines[-1][len(lines[-1]) // 2]
    return sum(1 for line in lines[:-1] if sum(pixel != page_colour for pixel in line) > 0.9 * len(line))


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_header_has_an_edge_against_the_page(browser: Browser, base_url, scheme):
    # The header's colour and its shadow are gone in forced colours: its title and icons
    # stood on the page's colour, and the text scrolled up under them with no line between.
    with forced_phone(browser, scheme) as page:
        page.goto(base_url + "part-2/surveillance/")
        bottom = page.evaluate("document.querySelector('.md-header').getBoundingClientRect().bottom")
        # Across the header's middle, under its title, down to the page's margin below it.
        clip = {"x": 100, "y": bottom - 3, "width": 150, "height": 8}
        assert lines_drawn(page, clip, "rows") >= 1


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_open_drawer_has_an_edge_against_the_page(browser: Browser, base_url, scheme):
    with forced_phone(browser, scheme) as page:
        page.goto(base_url + "part-2/surveillance/")
        page.click('.md-header label[for="__drawer"]')
        page.wait_for_function(
            "Math.abs(document.querySelector('.md-sidebar--primary').getBoundingClientRect().left) < 0.5", timeout=5000
        )
        right = page.evaluate("document.querySelector('.md-sidebar--primary').getBoundingClientRect().right")
        # The drawer's side, below its title, against the page's margin beside it.
        clip = {"x": right - 3, "y": 520, "width": 20, "height": 60}
        assert lines_drawn(page, clip, "columns") >= 1


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_drawer_s_site_name_has_no_bar_below_it(browser: Browser, base_url, scheme):
    # The room below the name is a transparent border, which forced colours drew in the
    # text's colour: a black bar across the drawer.
    with forced_phone(browser, scheme) as page:
        page.goto(base_url)
        page.click('.md-header label[for="__drawer"]')
        page.wait_for_function(
            "Math.abs(document.querySelector('.md-sidebar--primary').getBoundingClientRect().left) < 0.5", timeout=5000
        )
        box = page.evaluate(
            "document.querySelector('.md-sidebar--primary .md-nav--primary > .md-nav__title')"
            ".getBoundingClientRect().toJSON()"
        )
        # The title's last 12px, under its words, are of the colour of its top right
        # corner, beside the logo: the title's background.
        below = {"x": box["left"] + 20, "y": box["bottom"] - 12, "width": box["width"] - 40, "height": 12}
        corner = {"x": box["right"] - 12, "y": box["top"] + 4, "width": 8, "height": 8}
        colours = [
            {colour for _, colour in Image.open(io.BytesIO(page.screenshot(clip=clip))).convert("RGB").getcolors()}
            for clip in (below, corner)
        ]
        assert len(colours[0]) == 1 and colours[0] == colours[1], colours


@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_link_shows_cut_under_the_sidebar_s_title(browser: Browser, base_url, scheme):
    # On a wide screen the links scroll under the sidebar's title, which Material's shadow
    # in the page's colour, gone in forced colours, extended over the line half under it:
    # the lower half of "1.2 Promoting a New" showed under the site's name.
    # A window of a laptop's height less the browser's bars, where the page's link is not
    # among the sidebar's first.
    context = browser.new_context(viewport={"width": 1280, "height": 500}, color_scheme=scheme, forced_colors="active")
    page = context.new_page()
    page.goto(base_url + "part-2/surveillance/")
    # Material scrolls the sidebar to the page's link once the page has loaded.
    page.wait_for_function(
        "document.querySelector('.md-sidebar--primary .md-sidebar__scrollwrap').scrollTop > 0", timeout=5000
    )
    box = page.evaluate(
        """() => {
            const title = document.querySelector('.md-sidebar--primary .md-nav--primary > .md-nav__title');
            const words = document.createRange();
            words.selectNodeContents(title);
            const lines = [...words.getClientRects()].filter(line => line.width > 1);
            return {left: title.getBoundingClientRect().left, width: title.getBoundingClientRect().width,
                    words: Math.max(...lines.map(line => line.bottom))};
        }"""
    )
    # The 8px under the name's words: the page's colour alone.
    clip = {"x": box["left"], "y": box["words"] + 1, "width": box["width"], "height": 8}
    colours = Image.open(io.BytesIO(page.screenshot(clip=clip))).convert("RGB").getcolors()
    context.close()
    assert len(colours) == 1, colours


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_search_s_results_have_an_edge_against_the_page(browser: Browser, base_url, scheme):
    # On a small laptop (and wider) the results open over the page in a panel that only
    # Material's shadow set apart: the page's lines ran on beside the results' and under
    # the panel's foot, where the last result is cut, with nothing between.
    context = browser.new_context(
        viewport={"width": 1024, "height": 600}, color_scheme=scheme, forced_colors="active", reduced_motion="reduce"
    )
    page = context.new_page()
    page.goto(base_url + "part-1/western-values/")
    search_for(page, "extradition")
    box = page.evaluate("document.querySelector('.md-search__output').getBoundingClientRect().toJSON()")
    # The panel's left side, below the field, from the page beside it into the panel's
    # margin before the results' icons.
    left = {"x": box["left"] - 4, "y": box["top"] + 40, "width": 10, "height": box["height"] - 60}
    assert lines_drawn(page, left, "columns") >= 1
    context.close()


#: Whether the page has scrolled down and stood still over three frames (asked each frame).
SCROLLED_DOWN_AND_AT_REST = """() => {
    const rest = window.scrolledDown ??= {y: 0, still: 0};
    rest.still = scrollY > 0 && scrollY === rest.y ? rest.still + 1 : 0;
    rest.y = scrollY;
    return rest.still >= 3;
}"""


def shown_back_to_top(page: Page) -> dict:
    """Scrolls the open page down, then a little up, which shows "Back to top"; its box."""
    page.mouse.move(500, 300)
    page.mouse.wheel(0, 2500)
    # Material shows the button as the page goes up: the way up starts once the way down,
    # which a loaded machine begins late, has ended.
    page.wait_for_function(SCROLLED_DOWN_AND_AT_REST, timeout=5000)
    page.mouse.wheel(0, -300)
    page.wait_for_selector(".md-top:not([hidden])", timeout=5000)
    return page.evaluate("document.querySelector('.md-top').getBoundingClientRect().toJSON()")


@pytest.mark.parametrize("scheme", SCHEMES)
def test_back_to_top_has_an_edge_against_the_text_it_stands_over(browser: Browser, base_url, scheme):
    # Material sets the button apart by its background and shadow alone: its words stood in
    # a line of the notes, which it cut, with no edge.
    context = browser.new_context(
        viewport={"width": 1024, "height": 600}, color_scheme=scheme, forced_colors="active", reduced_motion="reduce"
    )
    page = context.new_page()
    page.goto(base_url + "part-1/western-values/")
    box = shown_back_to_top(page)
    # Across the straight middle of its top side, from the text above into its padding.
    top = {"x": box["left"] + 20, "y": box["top"] - 3, "width": box["width"] - 40, "height": 7}
    assert lines_drawn(page, top, "rows") >= 1
    context.close()
