"""axe-core on every page, light and dark: no WCAG 2.1 A or AA violation."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import axe_playwright_python
import pytest
from browsing import serve
from pages import all_pages, opened_cite_box
from playwright.sync_api import expect
from test_other_language import build_french

#: axe-core as the pinned PyPI package ships it: nothing is downloaded at test time.
AXE_SOURCE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def describe(violation: dict) -> str:
    node, count = violation["nodes"][0], len(violation["nodes"])
    return f"{violation['id']} ({violation['impact']}, {count}x): {node['target']} {node['failureSummary']}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_wcag_violation_on_any_page(browser, base_url, site, scheme):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    failures = {}
    for url in all_pages(site.site):
        page.goto(base_url + url)
        page.evaluate(AXE_SOURCE)
        results = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
            WCAG_21_AA,
        )
        if results["violations"]:
            failures[url] = [describe(violation) for violation in results["violations"]]
    context.close()
    assert len(all_pages(site.site)) > 30
    assert not failures, failures


def test_the_dark_scheme_is_really_applied(browser, base_url):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(base_url)
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    context.close()


#: Contrast of a colour over a background, as WCAG computes it; a translucent colour is
#: first laid over the background, as the browser paints it.
CONTRAST = """([color, background]) => {
    const parse = text => {
        const p = text.match(/[\\d.]+/g).map(Number);
        return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    };
    const [f, b] = [parse(color), parse(background)];
    const over = f.slice(0, 3).map((value, i) => value * f[3] + b[i] * (1 - f[3]));
    const luminance = rgb => rgb.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    const [l1, l2] = [luminance(over), luminance(b.slice(0, 3))];
    return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_card_s_edge_and_a_citation_s_underline_can_be_seen(browser, base_url, scheme):
    """WCAG 1.4.11: the edge that sets a card apart from the text it covers, and the only
    mark that a citation in a note is a link, stand 3:1 against the page."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    page.goto(base_url + "part-1/western-values/")
    page.hover('a.glossary-term[data-glossary="china"]')
    page.wait_for_selector(".md-tooltip2--active", state="visible")
    colours = page.evaluate(
        """() => {
        const card = getComputedStyle(document.querySelector('.md-tooltip2--active .md-tooltip2__inner'));
        const citation = getComputedStyle(document.querySelector('#note-4 a.citation-ref'));
        return {edge: card.borderTopColor, card: card.backgroundColor, underline: citation.textDecorationColor,
                page: getComputedStyle(document.body).backgroundColor};
    }"""
    )
    edge = page.evaluate(CONTRAST, [colours["edge"], colours["page"]])
    underline = page.evaluate(CONTRAST, [colours["underline"], colours["page"]])
    context.close()
    assert colours["card"] == colours["page"], colours  # the edge alone tells the card from the page
    assert edge >= 3 and underline >= 3, (edge, underline, colours)


@pytest.mark.parametrize("url", ["timeline/", "glossary/"])
def test_a_filter_s_choices_show_where_the_keyboard_is(page, base_url, url):
    """WCAG 2.4.7: arrowing through the filter's choices, the reader sees which one has focus."""
    page.goto(base_url + url)
    page.focus("form[class$='-filter'] input[type=radio]")
    page.keyboard.press("ArrowRight")
    focus = page.evaluate(
        """() => {
        const element = document.activeElement, style = getComputedStyle(element);
        return {name: element.name, checked: element.checked, outline: style.outlineStyle,
                width: parseFloat(style.outlineWidth)};
    }"""
    )
    assert focus["checked"] and focus["name"], focus  # the arrow moved to the next choice
    assert focus["outline"] != "none" and focus["width"] >= 1, focus


def test_a_source_s_links_back_to_its_notes_are_named_as_notes(page, base_url):
    """A screen reader's list of links reads "note 28", not a bare "28"."""
    page.goto(base_url + "bibliography/")
    cited_in = page.locator(".explainer-bibliography__cited-in").first
    links = cited_in.get_by_role("link")
    numbers = [link.inner_text() for link in links.all()]
    assert numbers and all(number.isdigit() for number in numbers)  # as printed: the numbers alone
    for number in numbers:
        assert cited_in.get_by_role("link", name=f"note {number}", exact=True).count() == 1, number


#: The colour a text is read against: the first opaque background behind it, with the
#: translucent ones between laid over it (a target's tint), as the browser paints them.
BACKGROUND = """element => {
    const parse = text => {
        const p = text.match(/[\\d.]+/g).map(Number);
        const scale = text.startsWith('color(') ? 255 : 1;  // color-mix() computes to color(srgb 0-1)
        return [p[0] * scale, p[1] * scale, p[2] * scale, p.length > 3 ? p[3] : 1];
    };
    const layers = [];
    for (let e = element; e; e = e.parentElement) {
        const colour = parse(getComputedStyle(e).backgroundColor);
        if (colour[3] > 0) layers.push(colour);
        if (colour[3] >= 1) break;
    }
    let base = layers.length && layers[layers.length - 1][3] >= 1 ? layers.pop().slice(0, 3) : [255, 255, 255];
    for (const layer of layers.reverse()) base = base.map((v, i) => layer[i] * layer[3] + v * (1 - layer[3]));
    return `rgb(${base.map(Math.round).join(', ')})`;
}"""


def text_contrast(page, locator) -> float:
    colour = locator.evaluate("element => getComputedStyle(element).color")
    return page.evaluate(CONTRAST, [colour, locator.evaluate(BACKGROUND)])


#: The engine's links, each on a page that has it.
ENGINE_LINKS = [
    ("part-1/western-values/", "a.glossary-term"),
    ("part-1/western-values/", "a.footnote-ref"),
    ("part-1/western-values/", ".explainer-notes a.citation-ref"),
    ("part-1/western-values/", ".explainer-notes a.footnote-backref"),
    ("glossary/china/", "a.explainer-glossary-back__link"),
    ("timeline/", ".explainer-timeline__source a"),
]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_link_under_the_keyboard_or_the_pointer_stays_readable(browser, base_url, scheme):
    """WCAG 1.4.3: a note call, a term, a citation, a way back, focused or hovered, stands
    4.5:1 on the page, as it does at rest (Material's accent, indigo, did not)."""
    # Without motion the colours are read as they end, not halfway through a transition.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme, reduced_motion="reduce")
    page = context.new_page()
    faint = {}
    for url, selector in ENGINE_LINKS:
        page.goto(base_url + url)
        link = page.locator(selector).first
        link.focus()
        faint[f"{selector} focused"] = text_contrast(page, link)
        link.hover()
        faint[f"{selector} hovered"] = text_contrast(page, link)
        page.mouse.move(0, 0)
    context.close()
    faint = {name: round(ratio, 2) for name, ratio in faint.items() if ratio < 4.5}
    assert not faint, faint


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_heading_s_permalink_stays_readable_wherever_it_shows(browser, base_url, scheme):
    """WCAG 1.4.3: the ¶ after a heading, shown while the heading is hovered or the heading
    is the page's target, and focused or hovered itself, stands 4.5:1 on the page (Material
    set it in a light grey, then in its accent: indigo, 4.3:1 on white, 3.8:1 on slate)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme, reduced_motion="reduce")
    page = context.new_page()
    page.goto(base_url + "part-2/surveillance/")
    heading = page.locator("article h1")
    permalink = heading.locator("a.headerlink")
    states = {
        "heading hovered": lambda: heading.hover(position={"x": 5, "y": 5}),
        "focused": permalink.focus,
        "hovered": permalink.hover,
    }
    faint = {}
    for state, bring_about in states.items():
        bring_about()
        assert permalink.evaluate("element => getComputedStyle(element).opacity") == "1", state  # it shows
        faint[state] = text_contrast(page, permalink)
        permalink.evaluate("element => element.blur()")
        page.mouse.move(0, 0)
    page.goto(base_url + "part-2/surveillance/#" + heading.get_attribute("id"))
    faint["target"] = text_contrast(page, permalink)
    context.close()
    faint = {state: round(ratio, 2) for state, ratio in faint.items() if ratio < 4.5}
    assert not faint, faint


#: Where a link lands, and the texts of the marked target.
TARGETS = [
    ("part-1/western-values/#note-4", "#note-4 :is(a.citation-url, a.footnote-backref, a.citation-ref)"),
    ("part-1/western-values/#note-ref-4", "#note-ref-4 > a"),
    ("part-1/western-values/#p2", "#p2, #p2 a.footnote-ref"),
    (
        "bibliography/#brown2017world",
        "#brown2017world :is(.explainer-bibliography__reference, .explainer-bibliography__cited-in, a)",
    ),
    ("timeline/#event-3", "#event-3 :is(p, a)"),
]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_text_of_a_marked_target_stays_readable(browser, base_url, scheme):
    """WCAG 1.4.3: the note, call, paragraph, source or event a link leads to is marked, and
    its text and links still stand 4.5:1 on the mark."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme, reduced_motion="reduce")
    page = context.new_page()
    faint, unmarked = {}, []
    for url, selector in TARGETS:
        page.goto(base_url + url)
        if not page.evaluate(
            """() => {
            const target = document.querySelector(':target'), mark = target.matches('sup') ? target.firstChild : target;
            const style = getComputedStyle(mark);
            return style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.outlineStyle !== 'none';
        }"""
        ):
            unmarked.append(url)
        texts = page.locator(selector)
        assert texts.count() > 0, (url, selector)
        for index in range(texts.count()):
            ratio = text_contrast(page, texts.nth(index))
            if ratio < 4.5:
                faint[f"{url} {selector} #{index}"] = round(ratio, 2)
    context.close()
    assert not unmarked, unmarked
    assert not faint, faint


def test_a_glossary_entry_s_links_to_notes_are_named_as_notes(page, base_url):
    """A screen reader's list of links reads "Introduction, note 2", not a bare "2"."""
    page.goto(base_url + "glossary/china/")
    group = page.locator(".explainer-glossary-notes > li").first
    section = group.inner_text().split(":")[0]
    numbers = [link.inner_text() for link in group.get_by_role("link").all()]
    assert numbers and all(number.isdigit() for number in numbers)  # as shown: the numbers alone
    for number in numbers:
        assert group.get_by_role("link", name=f"{section}, note {number}", exact=True).count() == 1, number


def focused_node(page) -> dict:
    """The focused element as Chromium's accessibility tree holds it: what a screen reader reads."""
    session = page.context.new_cdp_session(page)
    nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    session.detach()
    # The document, which holds the focus, is marked focused too.
    focused = [
        node
        for node in nodes
        if node["role"]["value"] != "RootWebArea"
        and any(property["name"] == "focused" and property["value"]["value"] for property in node.get("properties", []))
    ]
    assert len(focused) == 1, focused
    return {
        "role": focused[0]["role"]["value"],
        "name": focused[0].get("name", {}).get("value", ""),
        "description": focused[0].get("description", {}).get("value", ""),
    }


def test_a_cite_box_s_copy_buttons_are_named_by_what_they_copy(page, base_url):
    """WCAG 4.1.2: Material's tooltip moves the icon button's title ("Copy to clipboard") into
    a description, which left it no name while focused."""
    page.goto(base_url + "part-1/new-paradigm/")
    box, _buttons = opened_cite_box(page)
    heard = []
    for button in box.locator("button[data-clipboard-target]").all():
        button.focus()
        heard.append(focused_node(page))
    assert [(node["role"], node["name"]) for node in heard] == [
        ("button", "Copy the reference as text"),
        ("button", "Copy the BibTeX record"),
        ("button", "Copy the RIS record"),
    ], heard


#: Each filter's page, the elements it filters, and how one choice's elements are found.
FILTERS = {
    "glossary/": (".explainer-glossary-index__entry", "[data-category={value}]"),
    "timeline/": (".explainer-timeline__event", "[data-countries~={value}]"),
}


def choose_the_next(page) -> tuple[str, int]:
    """Press → in the filter (focus on its checked choice), as a keyboard user chooses; the
    choice made, and how many elements it keeps (counted from their data, not their display)."""
    page.focus("form[class$='-filter'] input[type=radio]:checked")
    page.keyboard.press("ArrowRight")
    value = page.evaluate("document.activeElement.value")
    items, of_one = FILTERS[page.url.split("/", 3)[3]]
    kept = items + (of_one.format(value=json.dumps(value.replace(" ", "_"))) if value else "")
    return value, page.locator(kept).count()


@pytest.mark.parametrize(("url", "noun"), [("glossary/", "entries"), ("timeline/", "events")])
def test_a_filter_s_choice_tells_a_screen_reader_how_many_show(page, base_url, url, noun):
    """WCAG 4.1.3: a filter hides with CSS, of which a screen reader says nothing; a polite
    live region says how many entries or events a choice leaves."""
    page.goto(base_url + url)
    status = page.locator("form[class$='-filter'] [role=status]")
    assert status.get_attribute("aria-live") == "polite"
    assert status.inner_text() == ""  # nothing is announced as the page opens
    total = page.locator(FILTERS[url][0]).count()
    value, kept = choose_the_next(page)
    assert value and 1 < kept < total, (value, kept)
    expect(status).to_have_text(f"{kept} {noun} shown")
    page.keyboard.press("ArrowLeft")  # back to all
    expect(status).to_have_text(f"{total} {noun} shown")


def test_a_language_tag_the_browser_refuses_still_gets_its_count_said(page, base_url):
    """A tag the build takes but Intl does not (``en-1a``, as a config may name the article's
    language: the page and its interface words are marked with it) is read as its language alone."""
    page.route(
        base_url + "glossary/",
        lambda route: route.fulfill(
            response=(response := route.fetch()),
            body=response.text().replace(' lang="en"', ' lang="en-1a"'),
        ),
    )
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(base_url + "glossary/")
    status = page.locator("form[class$='-filter'] [role=status]")
    assert status.get_attribute("lang") == page.evaluate("document.documentElement.lang") == "en-1a"
    _value, kept = choose_the_next(page)
    expect(status).to_have_text(f"{kept} entries shown")
    assert errors == []


@pytest.fixture(scope="module")
def french_url(tmp_path_factory) -> Iterator[str]:
    """The small French article of test_other_language, served."""
    build = build_french(tmp_path_factory.mktemp("french"), pdf=False)
    server, url = serve(build.site)
    yield url
    server.shutdown()


@pytest.mark.parametrize(
    ("url", "announced"),
    [
        ("glossary/", ["2 entrées affichées", "1 entrée affichée"]),  # Notion, then Lieu
        ("timeline/", ["1 événement affiché"]),  # Côte d’Ivoire
    ],
)
def test_a_filter_s_count_is_said_in_the_article_s_language(page, french_url, url, announced):
    page.goto(french_url + url)
    status = page.locator("form[class$='-filter'] [role=status]")
    for words in announced:
        choose_the_next(page)
        expect(status).to_have_text(words)


def test_the_cite_box_has_its_copy_buttons_on_a_site_that_does_not_turn_them_on_for_all_code(browser, french_url):
    # The French article, as `make new-article` wrote one, lists no `content.code.copy`:
    # Material gave its cite box no button, though the box names each in French.
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(french_url + "partie/")
    box, buttons = opened_cite_box(page)
    expect(buttons).to_have_count(3)
    names = [buttons.nth(index).get_attribute("aria-label") for index in range(3)]
    assert names == ["Copier la référence en texte", "Copier la notice BibTeX", "Copier la notice RIS"]
    buttons.nth(1).click()
    assert page.evaluate("navigator.clipboard.readText()") == box.locator("pre code").nth(1).text_content()
    context.close()


def test_without_javascript_a_filter_still_filters(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "glossary/")
    value, kept = choose_the_next(page)
    shown = page.eval_on_selector_all(FILTERS["glossary/"][0], "items => items.filter(i => i.checkVisibility()).length")
    status = page.locator("form[class$='-filter'] [role=status]").inner_text()
    context.close()
    assert value and shown == kept, (value, shown, kept)
    assert status == ""


def accessible_tree(page) -> list[dict]:
    """Chromium's accessibility tree of the page open in ``page``: what a screen reader reads."""
    session = page.context.new_cdp_session(page)
    nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    session.detach()
    return [
        {"role": node["role"]["value"], "name": node.get("name", {}).get("value", "")}
        for node in nodes
        if not node.get("ignored")
    ]


@pytest.mark.parametrize("width", [390, 1000], ids=["phone", "tablet"])
@pytest.mark.parametrize(
    ("served", "heading", "name"),
    [("base_url", "Contents", "Sections and pages"), ("french_url", "Table des matières", "Parties et pages")],
)
def test_the_home_page_s_list_of_pages_is_a_landmark_named_apart_from_the_table_of_contents(
    browser, request, served, heading, name, width
):
    """The home page's list of the site's pages was a landmark named "Contents" beside the
    theme's "Table of contents" (in French, "Table des matières" twice): a screen reader's
    list of landmarks gave two that sound alike. It is named for what it lists; the heading
    a sighted reader sees is unchanged."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(request.getfixturevalue(served))
    expect(page.locator("nav.explainer-home-contents h2")).to_have_text(heading)
    landmarks = [node["name"] for node in accessible_tree(page) if node["role"] == "navigation"]
    assert name in landmarks, landmarks
    if width == 1000:  # beside the theme's table of contents of the page
        assert any(other.lower().startswith("table") for other in landmarks), landmarks
    words = {word for word in name.lower().split() if len(word) > 3}
    alike = [other for other in landmarks if other != name and words & set(other.lower().split())]
    assert not alike and landmarks.count(name) == 1, landmarks
    context.close()


@pytest.mark.parametrize("url", ["part-1/western-values/", "bibliography/", "timeline/"])
def test_a_heading_s_permalink_is_named_in_words(page, base_url, url):
    """A screen reader read Python-Markdown's permalink as "¶" ("pilcrow"), in the list of
    links and in every heading's name; it reads the link's title, as the toc words it."""
    page.goto(base_url + url)
    permalinks = page.locator("article a.headerlink")
    assert permalinks.count() >= 1
    assert {permalinks.nth(index).inner_text() for index in range(permalinks.count())} == {"¶"}  # as seen
    tree = accessible_tree(page)
    links = [node["name"] for node in tree if node["role"] == "link"]
    headings = [node["name"] for node in tree if node["role"] == "heading"]
    assert links.count("Permanent link") == permalinks.count(), links
    assert not [name for name in links + headings if "¶" in name], (links, headings)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_search_s_count_and_matched_words_stay_readable(browser, base_url, scheme):
    """WCAG 1.4.3: axe reads pages with the search closed. Open, its count of results on
    its grey bar and a word a result's text matched, on its tint, stand 4.5:1."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme, reduced_motion="reduce")
    page = context.new_page()
    page.goto(base_url + "part-1/western-values/")
    page.focus("input.md-search__input")
    page.keyboard.type("Tianxia ideas")
    count = page.locator(".md-search-result__meta")
    expect(count).to_contain_text("matching documents")
    matched = page.locator(".md-search-result__article p mark:visible")
    expect(matched.first).to_be_visible()
    faint = {"count": text_contrast(page, count)}
    for index in range(3):
        faint[f"{matched.nth(index).inner_text()} #{index}"] = text_contrast(page, matched.nth(index))
    context.close()
    faint = {name: round(ratio, 2) for name, ratio in faint.items() if ratio < 4.5}
    assert not faint, faint


@pytest.mark.parametrize("query", ["", "Tianxia"])
def test_the_tab_after_the_search_field_lands_on_something_seen(page, base_url, query):
    """WCAG 2.4.7: Tab from the search field closes the search; the next stop was its list
    of results, then with no height, and the keyboard's place was seen nowhere."""
    page.goto(base_url + "part-1/western-values/")
    page.focus("input.md-search__input")
    if query:
        page.keyboard.type(query)
        expect(page.locator(".md-search-result__meta")).to_contain_text("matching")
    page.keyboard.press("Tab")
    focused = page.evaluate(
        """() => {
        const element = document.activeElement, box = element.getBoundingClientRect();
        return {className: String(element.className), width: box.width, height: box.height,
                shown: element.checkVisibility({visibilityProperty: true})};
    }"""
    )
    assert focused["shown"] and focused["width"] > 0 and focused["height"] > 0, focused


def tab_until(page, wanted: str, stops: int = 40) -> list[dict]:
    """Press Tab until the focus is on ``wanted`` (a selector); each stop on the way, where it is on screen."""
    seen = []
    for _ in range(stops):
        page.keyboard.press("Tab")
        seen.append(
            page.evaluate(
                """wanted => {
                const element = document.activeElement, box = element.getBoundingClientRect();
                return {wanted: element.matches(wanted), inDrawer: !!element.closest('.md-sidebar--primary'),
                        onScreen: box.right > 0 && box.left < innerWidth && box.width > 0};
            }""",
                wanted,
            )
        )
        if seen[-1]["wanted"]:
            return seen
    raise AssertionError(f"{wanted} never took the focus in {stops} Tabs")


def test_on_a_phone_the_keyboard_opens_and_closes_the_navigation_and_the_search(browser, base_url):
    """WCAG 2.1.1 and 2.4.3: on a narrow screen (a phone, or a desktop zoomed to 400%)
    Material's menu button was a label no key reached, while Tab went through the closed
    drawer's links, out of sight; the search button likewise took no key."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(base_url + "part-1/western-values/")
    menu = page.locator('.md-header__button[for="__drawer"]')
    expect(menu).to_have_attribute("aria-expanded", "false")
    stops = tab_until(page, '.md-header__button[for="__drawer"]')
    # No stop before it was in the closed drawer or out of sight.
    assert not [stop for stop in stops if stop["inDrawer"] or not stop["onScreen"]], stops
    assert focused_node(page) == {"role": "button", "name": "Navigation", "description": ""}
    page.keyboard.press("Enter")
    expect(page.locator("#__drawer")).to_be_checked()
    expect(menu).to_have_attribute("aria-expanded", "true")
    # The button is under the drawer now: the focus goes into the drawer it opened.
    assert focused_node(page)["role"] == "button"
    assert tab_until(page, ".md-sidebar--primary a.md-nav__link")[-1]["inDrawer"]
    page.keyboard.press("Escape")
    expect(page.locator("#__drawer")).not_to_be_checked()
    expect(menu).to_be_focused()
    # The search button: Space opens the search, with the focus in its field.
    tab_until(page, '.md-header__button[for="__search"]')
    assert focused_node(page)["name"] == "Search"
    page.keyboard.press(" ")
    expect(page.locator("#__search")).to_be_checked()
    expect(page.locator("input.md-search__input")).to_be_focused()
    context.close()


@pytest.mark.parametrize(("served", "name"), [("base_url", "Search"), ("french_url", "Rechercher")])
def test_the_open_search_is_a_dialog_named_in_the_site_s_language(request, page, served, name):
    """WCAG 4.1.2: Material's search is a dialog with no name: as it opened, a screen reader
    said "dialog" alone. It is named as Material names its field, in the site's language."""
    page.goto(request.getfixturevalue(served))
    page.focus("input.md-search__input")
    expect(page.locator("#__search")).to_be_checked()
    dialogs = [node for node in accessible_tree(page) if node["role"] == "dialog"]
    assert dialogs == [{"role": "dialog", "name": name}]


def drawer_tab_stops(page) -> list[dict]:
    """Tab from the focus round to it again: each stop's name, and whether it is in the drawer and on top
    (what the eye finds at its centre is it, or inside it). The browser's own stop, out of the page, is left out."""
    stops: list[dict] = []
    page.evaluate("window.explainerStops = new Map()")
    for _ in range(40):
        page.wait_for_function("() => document.getAnimations().length === 0")  # panels slide
        stop = page.evaluate(
            """() => {
            const element = document.activeElement;
            if (element === document.body) return null;
            if (explainerStops.has(element)) return 'again';
            explainerStops.set(element, true);
            const box = element.getBoundingClientRect();
            const seen = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            return {name: (element.getAttribute('aria-label') || element.textContent).replace(/\\s+/g, ' ').trim(),
                    inDrawer: !!element.closest('.md-sidebar--primary'),
                    onTop: !!seen && element.contains(seen)};
        }"""
        )
        if stop == "again":
            return stops
        if stop is not None:
            stops.append(stop)
        page.keyboard.press("Tab")
    raise AssertionError(f"the focus never came round in 40 Tabs: {stops}")


def test_on_a_phone_the_open_drawer_s_tab_stops_are_what_it_shows(browser, base_url):
    """WCAG 2.4.3, 2.4.7, 2.4.11 and 2.1.1: with a section's panel shown in the drawer, Tab went
    through the top-level panel's links beneath it (Home, Introduction…), the closed panels'
    and the page's under the overlay, all out of sight; the back arrow (a label) and the
    arrows that open a panel took no key."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(base_url + "part-1/western-values/")
    tab_until(page, '.md-header__button[for="__drawer"]')
    page.keyboard.press("Enter")
    # The section's panel is shown, over the top level: its stops are the back arrow and its pages.
    back = focused_node(page)
    assert back["role"] == "button" and back["name"].startswith("1 Chinese Strategies"), back
    stops = drawer_tab_stops(page)
    assert [stop["name"][:3] for stop in stops] == ["1 C", "1.1", "1.2", "1.3"], stops
    assert all(stop["inDrawer"] and stop["onTop"] for stop in stops), stops
    # Enter on the back arrow goes up a level, to the arrow of the section just left.
    page.keyboard.press("Enter")
    expect(page.locator("#__nav_3")).not_to_be_checked()
    assert focused_node(page)["name"].startswith("1 Chinese Strategies")
    stops = drawer_tab_stops(page)
    names = [stop["name"] for stop in stops]
    assert "Home" in names and "Timeline" in names and not [name for name in names if name.startswith("1.")], names
    assert all(stop["inDrawer"] and stop["onTop"] for stop in stops), stops
    # Space on the next section's arrow opens its panel, the focus on its way back.
    tab_until(page, 'label[for="__nav_4"].md-nav__link')
    arrow = focused_node(page)
    assert arrow == {"role": "button", "name": "2 Chinese Efforts in Practice in Central Asia", "description": ""}
    page.keyboard.press(" ")
    expect(page.locator("#__nav_4")).to_be_checked()
    stops = drawer_tab_stops(page)
    assert [stop["name"][:3] for stop in stops] == ["2 C", "2.1", "2.2", "2.3"], stops
    assert all(stop["inDrawer"] and stop["onTop"] for stop in stops), stops
    # A pointer works the arrows as before.
    page.locator('label.md-nav__title[for="__nav_4"]').click()
    expect(page.locator("#__nav_4")).not_to_be_checked()
    page.locator('label.md-nav__link[for="__nav_3"]').click()
    expect(page.locator("#__nav_3")).to_be_checked()
    context.close()


@pytest.mark.parametrize("url", ["part-1/new-paradigm/", "glossary/tianxia/"])
def test_a_page_s_notes_are_a_landmark_named_notes(page, base_url, url):
    # A screen reader's list of a page's landmarks named its summary and its cite box, not
    # its notes: a reader who went from the text to the notes by landmark could not.
    page.goto(base_url + url)
    regions = [node["name"] for node in accessible_tree(page) if node["role"] == "region"]
    assert "Notes" in regions, regions
    notes = page.get_by_role("region", name="Notes", exact=True)
    assert notes.get_by_role("heading", level=2).first.inner_text().startswith("Notes")
    assert notes.get_by_role("listitem").count() >= 5
