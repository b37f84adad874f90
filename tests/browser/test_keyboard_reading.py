"""A keyboard reader's pass over the cards: where the focus goes, and what covers it."""

from __future__ import annotations

import contextlib

import pytest
from browsing import DESKTOP, PHONE
from pages import all_pages
from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

TOOLTIP = ".md-tooltip2--active"
SECTION = "part-1/western-values/"

#: Whether Material has taken in where the Tab key put the focus. It sees the focus move a
#: timer after the key (a 1ms debounce), and shows or hides a card in the frame after that:
#: on a loaded machine that timer came after the two frames the check waited, which then
#: read the cards before Material had moved them, and the next Tab came before it had
#: (which no reader's hand does). Taken in: no link but the focused one names its card
#: (Material names it while the card shows), and the focused link, if it has a card (a
#: note call, or a link whose title Material makes one), shows it.
FOCUS_TAKEN_IN = """() => {
    const focused = document.activeElement;
    const cardsNamed = link => ['aria-controls', 'aria-describedby']
        .map(name => link.getAttribute(name)).filter(id => id && id.startsWith('__tooltip2_'));
    const naming = document.querySelectorAll('[aria-controls^="__tooltip2_"], [aria-describedby^="__tooltip2_"]');
    if ([...naming].some(link => link !== focused)) return false;
    if (!focused.matches('a.footnote-ref, [title]') && !cardsNamed(focused).length) return true;
    return cardsNamed(focused).some(id => document.getElementById(id)?.classList.contains('md-tooltip2--active'));
}"""

#: Two frames after Material took in the focus, within the 250ms over which it fades a card
#: out: the focused element, and every card but its own that is seen (not hidden, not faded
#: out) over it.
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


def focused(page: Page) -> dict:
    return page.evaluate(
        """() => {
        const element = document.activeElement;
        return {tag: element.tagName, call: element.closest('sup.note-call')?.id ?? null,
                className: element.className, hash: location.hash};
    }"""
    )


def focus_on_call(page: Page, call: str) -> None:
    """Wait (up to 5 s) for the focus to reach the note call ``call``; the assertion after it says what it reached."""
    with contextlib.suppress(PlaywrightTimeoutError):
        page.wait_for_function(
            "(call) => document.activeElement?.closest('sup.note-call')?.id === call", arg=call, timeout=5000
        )


def card_shown(page: Page) -> bool:
    """Whether a card is open once Material's delay and its slide have passed."""
    page.wait_for_timeout(700)
    return page.locator(TOOLTIP).count() > 0


def follow_call_by_keyboard(page: Page, number: int) -> None:
    """Tab to the call of note ``number`` from the link before it, and follow it with Enter."""
    page.goto(page.url.split("#")[0])
    page.locator(f"#note-ref-{number} a").evaluate(
        """call => {
        const links = Array.from(document.querySelectorAll('article a[href]'));
        links[links.indexOf(call) - 1].focus();
    }"""
    )
    page.keyboard.press("Tab")
    assert focused(page)["call"] == f"note-ref-{number}"
    page.wait_for_selector(TOOLTIP, state="visible")
    page.keyboard.press("Enter")
    page.wait_for_function(f"location.hash === '#note-{number}'")


def test_back_from_a_note_by_its_link_the_focus_is_on_the_call_and_its_card_stays_closed(page, base_url):
    page.goto(base_url + SECTION)
    follow_call_by_keyboard(page, 7)
    # To the note's ↩, past the source it cites, and back with Enter.
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert "footnote-backref" in focused(page)["className"]
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#note-ref-7'")
    # The focus is put back as the hashchange event runs, a moment after the hash changes.
    focus_on_call(page, "note-ref-7")
    assert focused(page)["call"] == "note-ref-7"
    assert not card_shown(page)
    assert popup_told(page) == {"popup": None, "controls": []}  # nor does the call say it opens one
    # Reading goes on from the call: the next Tab reaches the link after it, not the call.
    page.keyboard.press("Tab")
    after = page.evaluate("document.activeElement.dataset.glossary")
    assert after == "china", focused(page)


def test_back_from_a_note_by_the_browser_s_back_the_focus_is_on_the_call_and_its_card_stays_closed(page, base_url):
    page.goto(base_url + SECTION)
    follow_call_by_keyboard(page, 8)
    page.go_back()
    page.wait_for_function("location.hash === ''")
    focus_on_call(page, "note-ref-8")
    assert focused(page)["call"] == "note-ref-8"
    assert not card_shown(page)
    # The pointer still opens it.
    page.hover("#note-ref-8 a")
    page.wait_for_selector(TOOLTIP, state="visible", timeout=5000)
    assert page.inner_text(TOOLTIP).startswith("Den Hao")


def test_back_soon_after_following_a_call_the_pointer_still_opens_its_card(page, base_url):
    """A quick Back can bring two hashchange events: the note's address's, late, then the return's."""
    page.goto(base_url + SECTION)
    follow_call_by_keyboard(page, 8)
    page.go_back()
    page.wait_for_function("location.hash === ''")
    focus_on_call(page, "note-ref-8")
    page.evaluate("window.dispatchEvent(new HashChangeEvent('hashchange'))")
    assert focused(page)["call"] == "note-ref-8"
    assert not card_shown(page)
    page.hover("#note-ref-8 a")
    page.wait_for_selector(TOOLTIP, state="visible", timeout=5000)
    assert page.inner_text(TOOLTIP).startswith("Den Hao")


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
        page.wait_for_function(FOCUS_TAKEN_IN, timeout=10000)
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


def test_a_note_s_card_is_a_dialog_named_as_its_call(page, base_url):
    """A screen reader names the card it is told the call opens: "Note 7, dialog", not "dialog"."""
    page.goto(base_url + SECTION)
    page.focus("#note-ref-7 a")
    page.wait_for_selector(TOOLTIP, state="visible")
    session = page.context.new_cdp_session(page)
    nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    card = page.locator(TOOLTIP).get_attribute("id")
    call = [node for node in nodes if node.get("name", {}).get("value") == "Note 7" and node["role"]["value"] == "link"]
    controls = [prop["value"] for prop in call[0].get("properties", []) if prop["name"] == "controls"]
    dialogs = [node.get("name", {}).get("value") for node in nodes if node["role"]["value"] == "dialog"]
    assert controls and card, (controls, card)  # the call tells of the card it opens
    assert "Note 7" in dialogs, dialogs


def spoken(page: Page) -> dict:
    """What Chromium gives a screen reader for the focused element: its role, name and description."""
    session = page.context.new_cdp_session(page)
    nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    session.detach()
    for node in nodes:
        states = {prop["name"]: prop["value"].get("value") for prop in node.get("properties", [])}
        if states.get("focused") and node["role"]["value"] != "RootWebArea":
            return {
                "role": node["role"]["value"],
                "name": node.get("name", {}).get("value"),
                "description": node.get("description", {}).get("value"),
            }
    return {}


#: Each note's text as the page shows it, without its ↩, then the sources its card gives in full,
#: by the number its call links to.
NOTE_TEXTS = """() => Object.fromEntries(Array.from(document.querySelectorAll('a.footnote-ref'), call => {
    const note = document.getElementById(call.hash.slice(1));
    const back = note.querySelector('.footnote-backref');
    const text = note.innerText.replace(back ? back.innerText : '', '');
    // The sources it cites in short, which its card gives in full after it.
    const sources = Array.from(note.querySelectorAll('.explainer-note-source'), line => line.textContent);
    return [call.getAttribute('aria-label'), [text, ...sources].join(' ').replace(/\\s+/g, ' ').trim()];
}))"""


def test_a_note_call_reached_by_the_keyboard_is_described_by_its_note(page, base_url):
    """A screen reader reads the note with its call ("Note 7, M. Lanteigne, …"), as the eye
    reads it in the card; also once the card has closed and the focus comes back."""
    page.goto(base_url + SECTION)
    note = page.evaluate(NOTE_TEXTS)["Note 7"]
    page.locator("#note-ref-7 a").evaluate(
        """call => {
        const links = Array.from(document.querySelectorAll('article a[href]'));
        links[links.indexOf(call) - 1].focus();
    }"""
    )
    page.keyboard.press("Tab")
    page.wait_for_selector(TOOLTIP, state="visible")
    assert note.startswith("M. Lanteigne, Chinese Foreign Policy")
    assert spoken(page) == {"role": "link", "name": "Note 7", "description": note}
    # Away, until Material has closed the card (which takes the description off), and back.
    page.keyboard.press("Tab")
    page.wait_for_function("!document.querySelector('#note-ref-7 a').hasAttribute('aria-controls')")
    page.keyboard.press("Shift+Tab")
    assert spoken(page) == {"role": "link", "name": "Note 7", "description": note}
    page.keyboard.press("Escape")
    assert not card_shown(page)
    assert spoken(page)["description"] == note


def test_a_note_call_whose_note_cites_in_short_is_described_with_the_source_in_full(page, base_url):
    """A screen reader read "see Ibid." and named no source: the card gives it in full, and
    the call's description too, after the note."""
    page.goto(base_url + "part-2/surveillance/")
    page.focus("#note-ref-40 a")
    page.wait_for_selector(TOOLTIP, state="visible")
    description = spoken(page)["description"]
    assert description.startswith(
        "For more information and details, see Ibid. N. Kassenova, B. Duprey (eds.), Digital Silk Road in Central"
        " Asia: Present and Future, Davis Center for Russian and Eurasian Studies, June"
    ), description
    assert description.endswith("2021-06/Digital_Silk_Road_Report.pdf."), description


def test_every_note_call_is_described_by_its_own_note(page, base_url, site):
    """On every page, prose notes and a glossary entry's notes too: each call by its note's text alone."""
    differing, calls = {}, 0
    for url in all_pages(site.site):
        page.goto(base_url + url)
        notes = page.evaluate(NOTE_TEXTS)
        session = page.context.new_cdp_session(page)
        nodes = session.send("Accessibility.getFullAXTree")["nodes"]
        session.detach()
        described = {
            node["name"]["value"]: node.get("description", {}).get("value")
            for node in nodes
            if node["role"]["value"] == "link" and node.get("name", {}).get("value") in notes
        }
        calls += len(notes)
        if described != notes:
            differing[url] = {name: described.get(name) for name in notes if described.get(name) != notes[name]}
    assert calls > 200  # the article's 60, and the glossary's
    assert not differing, differing


@pytest.mark.parametrize(
    ("number", "passage"),
    [
        (
            7,
            "Beijing saw in the so-called color revolutions in the post-Soviet space a Western advance on its own"
            " doorstep, and in the Arab springs in the 2010s, the risk of a domino effect capable of impacting its"
            " territory.",
        ),
        # A call inside a sentence: the sentence as far as the call.
        (
            5,
            "It has accused the United States and the European Union of contaminating foreign policy with ideology,"
            " using the promotion of democracy and human rights as a tool to interfere in the internal affairs of"
            " other countries",
        ),
    ],
)
def test_a_note_s_way_back_shows_and_tells_the_passage_it_leads_to(page, base_url, number, passage):
    """The ↩'s card showed its own name again, and a screen reader read it twice ("Back to
    the call of note 7, Back to the call of note 7"): it shows the author's sentence the
    reader goes back to, which the screen reader reads as the link's description."""
    page.goto(base_url + SECTION)
    # From the note's last link before its ↩ (a source's title, or its address).
    page.locator(f"#note-{number} a:not(.footnote-backref)").last.focus()
    page.keyboard.press("Tab")
    assert "footnote-backref" in focused(page)["className"]
    page.wait_for_selector(TOOLTIP, state="visible")
    assert page.inner_text(TOOLTIP).strip() == passage
    assert spoken(page) == {"role": "link", "name": f"Back to the call of note {number}", "description": passage}


def popup_told(page: Page) -> dict:
    """What Chromium tells a screen reader the focused link opens: the kind of pop-up, and
    the role and name of what it controls."""
    session = page.context.new_cdp_session(page)
    nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    session.detach()
    by_dom = {node.get("backendDOMNodeId"): node for node in nodes}
    for node in nodes:
        states = {prop["name"]: prop["value"] for prop in node.get("properties", [])}
        if states.get("focused", {}).get("value") and node["role"]["value"] != "RootWebArea":
            controlled = [
                by_dom.get(related["backendDOMNodeId"])
                for related in states.get("controls", {}).get("relatedNodes", [])
            ]
            return {
                "popup": states.get("hasPopup", {}).get("value"),
                "controls": [(item["role"]["value"], item.get("name", {}).get("value")) for item in controlled if item],
            }
    return {}


def test_a_note_call_whose_card_escape_closed_no_longer_says_it_opens_a_dialog(page, base_url):
    """Escape closed the card and left the focus on its call, which still told a screen
    reader that it opens a dialog, and controls it, hidden. It is told as Material tells a
    call whose card closed; the pointer over it opens the card, and it is told again."""
    page.goto(base_url + SECTION)
    page.mouse.move(0, 0)
    page.focus("#note-ref-7 a")
    page.wait_for_selector(TOOLTIP, state="visible")
    assert popup_told(page) == {"popup": "dialog", "controls": [("dialog", "Note 7")]}
    page.keyboard.press("Escape")
    assert not card_shown(page)  # after Material's own delays
    assert popup_told(page) == {"popup": None, "controls": []}
    page.hover("#note-ref-7 a")
    page.wait_for_selector(TOOLTIP, state="visible")
    assert popup_told(page) == {"popup": "dialog", "controls": [("dialog", "Note 7")]}


#: Once the page has scrolled from ``before`` and come to rest (the same over three frames),
#: with Material having looked at the focused link again (in the frame after each scroll).
SCROLLED_AND_SETTLED = """(before) => new Promise(done => {
    let last = window.scrollY, still = 0;
    const frame = () => {
        still = window.scrollY === last && last !== before ? still + 1 : 0;
        last = window.scrollY;
        if (still >= 3) done(last); else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
})"""


@pytest.mark.parametrize("closed_by", ["way back", "Escape"])
def test_a_call_whose_card_stays_closed_still_says_so_once_the_page_scrolls(page, base_url, closed_by):
    """Material tells a screen reader that a focused link opens its card (aria-haspopup) each
    time it looks at the link, as on every scroll, not only as the card opens. On a loaded
    machine the page's scroll to the call reached it after the card had been kept closed,
    and the call came back saying it opened a dialog, with none shown. Here, on a processor
    slowed sixfold, the reader scrolls on with the arrow keys, the focus still on the call."""
    session = page.context.new_cdp_session(page)
    session.send("Emulation.setCPUThrottlingRate", {"rate": 6})
    page.goto(base_url + SECTION)
    page.mouse.move(0, 0)
    if closed_by == "way back":
        follow_call_by_keyboard(page, 7)
        page.keyboard.press("Tab")
        page.keyboard.press("Tab")
        assert "footnote-backref" in focused(page)["className"]
        page.keyboard.press("Enter")
        focus_on_call(page, "note-ref-7")
    else:
        page.focus("#note-ref-7 a")
        page.wait_for_selector(TOOLTIP, state="visible")
        page.keyboard.press("Escape")
    assert not card_shown(page)
    assert popup_told(page) == {"popup": None, "controls": []}
    before = page.evaluate("window.scrollY")
    page.keyboard.press("ArrowDown")
    assert page.evaluate(SCROLLED_AND_SETTLED, before) > before
    assert focused(page)["call"] == "note-ref-7"
    assert not card_shown(page)
    assert popup_told(page) == {"popup": None, "controls": []}
    session.detach()


#: The focused element: a glossary term's entry, or the link's words, and whether a focus ring is drawn.
FOCUSED_LINK = """() => { const element = document.activeElement;
    return {glossary: element.dataset.glossary ?? null, text: element.textContent.trim(),
            ring: element.matches(':focus-visible')}; }"""


def test_back_from_a_glossary_term_followed_by_keyboard_the_focus_is_on_the_term(page, base_url):
    # With no back/forward cache (Playwright's Chromium has none; a browser short of memory
    # or a page with an unload handler neither) the page came back scrolled where it was,
    # the focus on the page: the next Tab went to "Skip to content", at its top.
    page.goto(base_url + SECTION)
    term = page.locator('a.glossary-term[data-glossary="tulip-revolution"]').first
    term.evaluate(
        """term => { const links = Array.from(document.querySelectorAll('article a[href]'));
        links[links.indexOf(term) - 1].focus(); }"""
    )
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED_LINK)["glossary"] == "tulip-revolution"
    page.keyboard.press("Enter")
    page.wait_for_url(base_url + "glossary/tulip-revolution/")
    page.go_back()
    page.wait_for_url(base_url + SECTION)
    with contextlib.suppress(PlaywrightTimeoutError):
        page.wait_for_function("document.activeElement?.dataset?.glossary === 'tulip-revolution'", timeout=5000)
    assert page.evaluate(FOCUSED_LINK) == {"glossary": "tulip-revolution", "text": "Tulip revolution", "ring": True}
    # Where it stands: the page is not scrolled to it, and it is in the window.
    box = term.bounding_box()
    assert box is not None and 0 < box["y"] < DESKTOP["height"]
    # Reading goes on from the term: the next Tab reaches the link after it.
    after = term.evaluate(
        """term => { const links = Array.from(document.querySelectorAll('article a[href]'));
        return links[links.indexOf(term) + 1].textContent.trim(); }"""
    )
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED_LINK)["text"] == after


def test_back_from_a_glossary_term_followed_with_the_mouse_no_focus_ring_is_drawn(page, base_url):
    page.goto(base_url + SECTION)
    term = page.locator('a.glossary-term[data-glossary="tulip-revolution"]').first
    term.scroll_into_view_if_needed()
    term.click()
    page.wait_for_url(base_url + "glossary/tulip-revolution/")
    page.go_back()
    page.wait_for_url(base_url + SECTION)
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    assert page.evaluate("document.activeElement === document.body")
