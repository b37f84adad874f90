"""A keyboard reader's pass over the cards: where the focus goes, and what covers it."""

from __future__ import annotations

import pytest
from browsing import DESKTOP, PHONE

SECTION = "part-1/western-values/"

#: Two frames after a key: the focused element, and every card but its own that is seen
#: (not hidden, not faded out) over it.
COVERING_CARDS = """() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => {
    const focused = document.activeElement, box = focused.getBoundingClientRect();
    const covering = [];
    for (const card of document.querySelectorAll('.md-tooltip2')) {
        const host = document.querySelector(`[aria-describedby="${card.id}"], [aria-controls="${card.id}"]`);
        const style = getComputedStyle(card);
        if (host === focused || card.contains(focused) || style.visibility === 'hidden'
            || parseFloat(style.opacity) < 0.05) continue;
        const inner = card.querySelector('.md-tooltip2__inner').getBoundingClientRect();
        if (inner.left < box.right && inner.right > box.left && inner.top < box.bottom && inner.bottom > box.top) {
            covering.push(card.innerText.slice(0, 40));
        }
    }
    done({tag: focused.tagName, name: focused.getAttribute('aria-label') || focused.textContent.slice(0, 40),
          hasCard: focused.matches('a.footnote-ref, a.glossary-term, a.citation-ref--short'),
          inText: !!focused.closest('article'), covering});
})))"""


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_tabbing_through_a_section_no_card_covers_the_focused_link(browser, base_url, viewport):
    """WCAG 2.4.11: the card of the link the focus left does not stay over the one it reached."""
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(base_url + SECTION)
    page.focus("article a[href]")
    stops, covered = [], []
    for _ in range(200):
        page.keyboard.press("Tab")
        stop = page.evaluate(COVERING_CARDS)
        if not stop["inText"]:
            break
        stops.append(stop)
        if stop["covering"]:
            covered.append(stop)
    context.close()
    # The text's calls and terms were reached, and the notes' short citations after them.
    assert sum(stop["hasCard"] for stop in stops) > 15, stops
    assert any(stop["name"] == "Ibid." for stop in stops), stops
    assert not covered, covered
