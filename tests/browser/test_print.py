"""A page printed from the browser (Chromium's print, A4): what lands on the paper."""

from __future__ import annotations

import re
import unicodedata
from io import BytesIO

import pytest
from pages import all_pages
from playwright.sync_api import Page
from pypdf import PdfReader


def printed_pages(page: Page, path: str, base_url: str, *, navigate: bool = True, paper: str = "A4") -> list[str]:
    """The text of each sheet of ``path`` printed on ``paper`` (A4), each run of spaces one space.

    As the browser's Print does, the page is printed as it stands: a card the reader opened
    stays open (switching the page to print media first would close it)."""
    if navigate:
        page.goto(base_url + path)
    reader = PdfReader(BytesIO(page.pdf(format=paper)))
    return [" ".join(sheet.extract_text().split()) for sheet in reader.pages]


def test_a_page_that_fits_on_one_sheet_prints_no_blank_sheet_after_it(page, base_url):
    sheets = printed_pages(page, "", base_url)
    assert len(sheets) == 1, [sheet[:60] for sheet in sheets]
    assert sheets[0].startswith("China's Impact on Democracy")


def test_a_card_open_when_the_reader_prints_is_not_printed_over_the_text(page, base_url):
    page.goto(base_url + "part-1/western-values/")
    page.focus("a.glossary-term[data-glossary=china]")  # a tap on a phone opens it so too
    page.wait_for_selector(".md-tooltip2--active", state="visible", timeout=5000)
    sheets = printed_pages(page, "part-1/western-values/", base_url, navigate=False)
    assert "The People’s Republic of China, whose policy" not in " ".join(sheets)
    assert "Beijing has used the structures" in sheets[0]


#: What the reader reads as one piece: a timeline's event, a source with the notes citing
#: it, a glossary entry with its definition, a passage quoted on a glossary entry's page.
CARDS = ", ".join(
    (
        ".explainer-timeline__event",
        ".explainer-bibliography__entry",
        ".explainer-glossary-index__entry",
        ".explainer-glossary-uses > li",
    )
)


def solid(text: str) -> str:
    """Text as compared across the page and its printout: a line break (in an address too)
    is no character, and a ligature is its letters."""
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("path", ["timeline/", "bibliography/", "glossary/", "glossary/kyrgyzstan/"])
def test_a_card_is_not_cut_between_two_sheets_nor_a_heading_left_at_a_sheet_s_foot(page, base_url, path):
    sheets = printed_pages(page, path, base_url)
    assert len(sheets) > 1  # else nothing is tested
    solid_sheets = [solid(sheet) for sheet in sheets]
    cards = [solid(text) for text in page.locator(f"article :is({CARDS})").all_inner_texts()]
    assert cards
    cut = [card[:50] for card in cards if not any(card in sheet for sheet in solid_sheets)]
    assert not cut, f"printed across two sheets: {cut}"
    headings = {solid(text) for text in page.locator("article :is(h2, h3)").all_inner_texts()}
    stranded = [sheet[-50:] for sheet in solid_sheets[:-1] if any(sheet.endswith(heading) for heading in headings)]
    assert not stranded, f"a heading ends a sheet: {stranded}"


@pytest.mark.parametrize(
    ("path", "choice", "first_entry"),
    [("timeline/", "Kazakhstan", "May 2011 Local oil"), ("glossary/", "Organization", "O OSCE/ODIHR")],
)
def test_a_filter_prints_as_the_choice_made_not_as_buttons(page, base_url, path, choice, first_entry):
    page.goto(base_url + path)
    legend = page.locator("article fieldset legend").inner_text()
    buttons = " ".join(" ".join(page.locator("article fieldset label").all_inner_texts()).split())  # All China…
    printed = " ".join(printed_pages(page, path, base_url, navigate=False))
    assert buttons not in printed and legend not in printed.split()  # all shown: the filter says nothing
    page.get_by_label(choice, exact=True).check()
    printed = " ".join(printed_pages(page, path, base_url, navigate=False))
    assert f"{legend} {choice} " in printed and buttons not in printed  # the reader sees the list is a part
    assert printed.index(f"{legend} {choice} ") < printed.index(first_entry)


def test_notes_print_as_text_without_the_screen_s_links_back(page, base_url):
    page.goto(base_url + "part-1/western-values/")
    reader = PdfReader(BytesIO(page.pdf(format="A4")))
    destinations = [
        str(annotation.get_object().get("/Dest"))
        for sheet in reader.pages
        for annotation in sheet.get("/Annots", [])
        if annotation.get_object().get("/Dest")
    ]
    assert "/note-4" in destinations  # a note call still leads to its note in the PDF
    assert not [name for name in destinations if name.startswith("/note-ref-")]  # no ↩ on paper
    page.emulate_media(media="print")
    # Not the screen's grey. Material's colour transition runs when the media changes (a
    # printout has none), so the colours are compared once it is over.
    page.wait_for_function(
        "() => { const colour = selector => getComputedStyle(document.querySelector(selector)).color;"
        " return colour('article li#note-4 p') === colour('article p#p1'); }",
        timeout=5000,
    )
    citation = page.locator("article li#note-4 a.citation-ref")
    assert citation.evaluate("element => getComputedStyle(element).textDecorationLine") == "none"


def test_a_glossary_entry_prints_without_its_way_back_to_the_index(page, base_url):
    sheets = printed_pages(page, "glossary/china/", base_url)
    # The site's name, then the entry's title: no "← Glossary" (test_printed_source.py).
    site = "China's Impact on Democracy and Human Rights in Central Asia"
    assert sheets[0].startswith(f"{site} China The People’s Republic of China"), sheets[0][:140]


def test_a_printed_page_s_words_copy_as_letters_not_as_ligatures(page, base_url):
    # Chromium's PDF gives a ligature its own character (ﬂ for f-l): a quotation copied
    # from the printout would not be found by a search for "influence".
    printed = " ".join(printed_pages(page, "part-1/western-values/", base_url))
    assert "influence" in printed
    assert not re.findall("[\ufb00-\ufb06]", printed)


def test_a_short_citation_prints_its_source_in_full_where_no_note_of_the_sheet_gives_it(page, base_url):
    # On screen a short citation's card gives its source in full; paper has no card. Note
    # 53 cites Brook short: the Conclusion never gives the book in full, section 1.2 does.
    printed = " ".join(printed_pages(page, "conclusion/", base_url))
    assert (
        "53. Brook, Great State. China and the World. "
        "→ T. Brook, Great State. China and the World, London & New York, Profile Books, 2019. 54." in printed
    ), printed[printed.find("53. Brook") :][:200]
    assert "Profile Books" not in page.locator("article").inner_text()  # the screen has the card
    # Given once a page, where the source is first cited short (note 20, not 21 after it);
    # not at all where a note of the page gives it in full (Lanteigne's note 7 in 1.1).
    printed = " ".join(printed_pages(page, "part-1/new-paradigm/", base_url))
    assert printed.count("London, Routledge, 2013") == 1
    assert printed.index("London, Routledge, 2013") < printed.index("21. Lanteigne")
    assert "→" not in " ".join(printed_pages(page, "part-1/western-values/", base_url))


def test_a_glossary_term_prints_as_the_author_s_word_without_the_screen_s_dashed_line(page, base_url):
    # The accent's dashed line under "China" or "Safe City" says that a definition shows on
    # hover or tap: on paper it marked words that lead nowhere, in colour, as the notes'
    # citations no longer are.
    page.goto(base_url + "part-2/surveillance/")
    terms = page.locator("article p a.glossary-term")
    assert terms.count() > 5
    screen = terms.evaluate_all("terms => terms.map(term => getComputedStyle(term).textDecorationLine)")
    assert set(screen) == {"underline"}  # else nothing is tested
    page.emulate_media(media="print")
    printed = terms.evaluate_all("terms => terms.map(term => getComputedStyle(term).textDecorationLine)")
    assert set(printed) == {"none"}


#: Each run of words the printed page sets in another colour than its text's, but the title
#: (in black) and the site's name above it (a running head's grey): the colour and a few words;
#: and each link's words that nothing but colour tells from the text around them (but a
#: note's call, a raised number, and a citation in a quoted note, printed as the notes' text).
PRINTED_COLOURS = """() => {
    const text = getComputedStyle(document.querySelector('article.md-typeset')).color;
    const coloured = [], plain = [];
    const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!node.data.trim() || !element.getClientRects().length) continue;
        if (element.closest('h1, .explainer-print-site')) continue;
        const colour = getComputedStyle(element).color;
        if (colour !== text) coloured.push(`${colour} ${node.data.trim().slice(0, 30)}`);
        const link = element.closest('a');
        if (link && !link.matches('.footnote-ref, .citation-ref')
            && !getComputedStyle(link).textDecorationLine.includes('underline'))
            plain.push(node.data.trim().slice(0, 30));
    }
    return {coloured, plain};
}"""


@pytest.mark.parametrize("path", ["bibliography/", "glossary/", "timeline/", "glossary/china/"])
def test_a_printed_list_s_words_and_links_are_in_the_text_s_colour_the_links_underlined(page, base_url, path):
    # Printed, the bibliography's "Cited in" lines were grey, and its links (to the notes, the
    # glossary, the sources) blue: pale on a printer's paper, and lost to a black-and-white
    # one's grey. Every word is in the text's colour; a link is told by its underline.
    page.emulate_media(media="print")  # before the page opens: no colour fades in from the screen's
    page.goto(base_url + path)
    printed = page.evaluate(PRINTED_COLOURS)
    assert not printed["coloured"], printed["coloured"][:10]
    assert not printed["plain"], printed["plain"][:10]


@pytest.mark.parametrize("path", ["", "part-1/western-values/", "bibliography/", "glossary/china/"])
def test_a_printed_page_s_title_is_in_black_not_the_screen_s_light_grey(page, base_url, path):
    # Material sets the title in its lighter grey (54% black), in a thin weight: printed,
    # it was the faintest line of the sheet.
    page.emulate_media(media="print")  # before the page opens: no colour fades in from the screen's
    page.goto(base_url + path)
    title = page.locator("article h1")
    assert title.evaluate("element => getComputedStyle(element).color") == "rgb(0, 0, 0)"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_printed_page_s_text_and_notes_are_in_black(page, base_url, scheme):
    # Material's text is 87% black: a PDF draws it as a transparency, a laser printer as a
    # screen of grey dots.
    page.emulate_media(media="print", color_scheme=scheme)
    page.goto(base_url + "part-1/western-values/")
    for text in ("article p#p1", "article .explainer-notes li", "article .citation-ref"):
        assert page.locator(text).first.evaluate("element => getComputedStyle(element).color") == "rgb(0, 0, 0)", text


def test_the_link_the_reader_tapped_last_prints_in_the_text_s_colour_not_the_accent_s(page, base_url):
    # A reader taps "China" to read its card, closes it and prints: the term kept the
    # focus, and Material's colour for a focused (or hovered) link, the accent's blue.
    page.emulate_media(media="print")  # before the page opens: no colour fades in from the screen's
    page.goto(base_url + "part-1/western-values/")
    text = page.locator("article p#p1").evaluate("element => getComputedStyle(element).color")
    for link in ("a.glossary-term[data-glossary=china]", "article p#p1 a.footnote-ref"):
        page.focus(link)
        # Once Material's colour transition (125ms, longer on a loaded machine) has ended.
        page.wait_for_function(
            "link => document.querySelector(link).getAnimations().length === 0", arg=link, timeout=5000
        )
        assert page.locator(link).first.evaluate("element => getComputedStyle(element).color") == text, link


@pytest.mark.parametrize("paper", ["Letter", "A4"])
def test_the_cite_box_is_printed_with_the_end_of_the_notes_not_alone_on_a_last_sheet(page, base_url, site, paper):
    # Section 2.1 on US Letter: its notes filled the second sheet to the foot, and the third
    # held "Cite this article" alone, as if the page had ended before it.
    title = "Cite this article"
    for path in all_pages(site.site):
        if 'class="explainer-cite"' not in (site.site / path / "index.html").read_text(encoding="utf-8"):
            continue
        sheets = printed_pages(page, path, base_url, paper=paper)
        assert title in sheets[-1], (path, sheets[-1][:80])
        assert not sheets[-1].startswith(title), (path, paper, len(sheets), sheets[-1][:120])
