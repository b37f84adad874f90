"""The navigation's drawer on a phone whose reader set a larger text."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser
from test_large_text import phone_page

#: The open drawer's box, and each link of the panel shown whose text runs past the screen.
DRAWER = """() => {
    const drawer = document.querySelector('.md-sidebar--primary').getBoundingClientRect();
    const past = [...document.querySelectorAll('.md-sidebar--primary .md-nav__link')]
        .filter(link => link.getClientRects().length && !link.closest('[inert]'))
        .filter(link => link.getBoundingClientRect().right > innerWidth + 0.5)
        .map(link => link.textContent.trim().replace(/\\s+/g, ' '));
    return {left: drawer.left, right: drawer.right, screen: innerWidth, past};
}"""


@pytest.mark.parametrize("width", [360, 320])
@pytest.mark.parametrize("text_size", [16, 32], ids=["100%", "200%"])
def test_the_open_drawer_keeps_to_the_screen(browser: Browser, base_url, width, text_size):
    # Material's drawer is 12.1rem wide: at 200% on a 360px phone 484px, and the end of
    # each long title ("2.2 A China-Inspired Authoritarian Narrati") lay past the screen.
    with phone_page(browser, width, text_size) as page:
        page.goto(base_url + "part-2/surveillance/")
        page.click('.md-header label[for="__drawer"]')
        page.wait_for_function(
            "Math.abs(document.querySelector('.md-sidebar--primary').getBoundingClientRect().left) < 0.5", timeout=5000
        )
        drawer = page.evaluate(DRAWER)
        assert drawer["right"] <= drawer["screen"] - 40, drawer  # the page beside it, where a tap closes it
        assert not drawer["past"]
