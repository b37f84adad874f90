"""What a reader who quotes and cites the article gets: the words copied from a page, and
each form of the cite box as its copy button copies it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pages import opened_cite_box
from playwright.sync_api import Browser, BrowserContext, Page


@pytest.fixture
def clipboard(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    yield context
    context.close()


def copy_between(page: Page, first: str, last: str) -> tuple[str, str]:
    """Select from the start of ``first`` to the end of ``last`` and copy, as a reader does
    with the mouse and Ctrl+C: the text and the HTML put on the clipboard."""
    page.evaluate(
        """([first, last]) => {
        const range = document.createRange();
        range.setStartBefore(document.querySelector(first));
        range.setEndAfter(document.querySelector(last));
        getSelection().removeAllRanges();
        getSelection().addRange(range);
    }""",
        [first, last],
    )
    page.keyboard.press("Control+C")
    return page.evaluate(
        """async () => {
        const [item] = await navigator.clipboard.read();
        const read = async (type) => item.types.includes(type) ? await (await item.getType(type)).text() : "";
        return [await read("text/plain"), await read("text/html")];
    }"""
    )


def test_a_copied_passage_holds_the_author_s_words_without_note_numbers_or_marks(clipboard: BrowserContext, base_url):
    page = clipboard.new_page()
    page.goto(base_url + "part-1/new-paradigm/")
    text, html = copy_between(page, "h1", "#p1")
    # The heading's permalink, the summary's ¶ links and the note calls are left out.
    assert text.startswith("1.2 Promoting a New Paradigm of Democracy\n"), text[:80]
    assert "¶" not in text
    assert "context of each country. China's approach" in text
    assert "authoritarian capitalism, which materializes" in text
    assert text.rstrip().endswith("less permissive and more authoritarian.")
    assert 'class="note-call"' not in html and ">15<" not in html
    # Words a search or a word processor reads as they are: no joiner or hard space.
    assert not {"\u00a0", "\u200b", "\u2060", "\u00ad"} & set(text)


def test_a_copied_note_holds_its_reference_without_the_way_back(clipboard: BrowserContext, base_url):
    page = clipboard.new_page()
    page.goto(base_url + "part-1/new-paradigm/")
    text, _html = copy_between(page, "#note-16 p", "#note-17 p")
    assert "↩" not in text
    assert "Profile Books, 2019." in text and text.rstrip().endswith("Basic Books, 2010.")


def test_a_passage_pasted_into_a_word_processor_holds_no_links_to_the_site(clipboard: BrowserContext, base_url):
    # A word processor pastes the HTML: the glossary's terms stayed links to its entries,
    # set as the site sets them, in the middle of the author's sentence.
    page = clipboard.new_page()
    page.goto(base_url + "part-1/new-paradigm/")
    text, html = copy_between(page, "#p1", "#p2")
    assert "<a" not in html, html[:300]
    assert "countries, China has proposed" in html and "promotes market authoritarianism or" in html
    assert '<em><span lang="zh-Latn-pinyin">Tianxia</span></em>' in html  # its italics and language kept
    assert 'class="note-call"' not in html and ">15<" not in html
    assert (
        "context of each country. China's approach" in text and "Five Principles of Peaceful Coexistence which" in text
    )
    # A note copied keeps the link to its source, whole, not the link to the bibliography.
    page.goto(base_url + "part-1/opposition-and-separatism/")
    text, html = copy_between(page, "#note-28 p", "#note-28 p")
    assert 'href="https://www.caa-network.org/archives/21861/' in html
    assert "bibliography" not in html and "↩" not in html
    assert text.strip().startswith("“30 let politicheskogo razvitiya") and "Central Asian Analytical Network" in html


@pytest.mark.parametrize("path", ["", "part-2/surveillance/"])
def test_each_form_of_the_cite_box_is_copied_exactly_as_shown(clipboard: BrowserContext, base_url, path):
    page = clipboard.new_page()
    page.goto(base_url + path)
    box, buttons = opened_cite_box(page)
    forms = box.locator("pre code")
    assert forms.count() == buttons.count() == 3  # text, BibTeX, RIS
    for index in range(3):
        buttons.nth(index).click()
        assert page.evaluate("navigator.clipboard.readText()") == forms.nth(index).text_content()
    # RIS ends a record with "ER  - ", its space included, as EndNote requires.
    assert page.evaluate("navigator.clipboard.readText()").endswith("\nER  - \n")


#: The reader's day, as the browser's calendar gives it: [year, month, day], two digits each.
TODAY = """() => { const now = new Date();
    return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map(n => String(n).padStart(2, '0')); }"""


@pytest.mark.parametrize("path", ["", "part-2/surveillance/"], ids=["home", "section"])
def test_the_cite_box_s_records_give_the_day_the_page_is_read_as_their_access_date(
    clipboard: BrowserContext, base_url, path
):
    # A page without a date of its own is cited with the day it was read, which reference
    # managers take from BibTeX's urldate and RIS's Y2: the records named no day at all.
    page = clipboard.new_page()
    page.goto(base_url + path)
    days = [page.evaluate(TODAY)]
    box, buttons = opened_cite_box(page)
    days.append(page.evaluate(TODAY))  # a reader at midnight may have read it on either day
    bibtex, ris = (box.locator("pre code").nth(index).text_content() for index in (1, 2))
    assert any(
        bibtex.endswith(f"  url = {{{base_url}{path}}},\n  urldate = {{{'-'.join(day)}}}\n}}\n")
        and ris.endswith(f"UR  - {base_url}{path}\nY2  - {'/'.join(day)}\nER  - \n")
        for day in days
    ), (bibtex, ris)
    # The copy buttons copy them so.
    buttons.nth(2).click()
    assert page.evaluate("navigator.clipboard.readText()") == ris


def test_the_cite_box_s_forms_are_marked_as_quotations_not_with_an_editing_pencil(page, base_url):
    # Material marks a details block's title with a note's pencil, which reads as "edit this".
    page.goto(base_url + "part-2/surveillance/")
    icons = page.evaluate(
        """() => {
            const icon = name => {
                const probe = document.body.appendChild(document.createElement('div'));
                probe.style.maskImage = `var(${name})`;
                const image = getComputedStyle(probe).maskImage;
                probe.remove();
                return image;
            };
            return {marks: [...document.querySelectorAll('.explainer-cite summary')]
                        .map(summary => getComputedStyle(summary, '::before').maskImage),
                    quote: icon('--md-admonition-icon--quote'), pencil: icon('--md-admonition-icon--note')};
        }"""
    )
    assert len(icons["marks"]) == 3 and icons["quote"] != icons["pencil"]
    assert set(icons["marks"]) == {icons["quote"]}, icons["marks"][0][:80]


@pytest.mark.parametrize("path", ["", "part-1/western-values/"], ids=["home", "section"])
def test_the_table_of_contents_leads_to_the_cite_box(page, base_url, path):
    # Beside a section, the table of contents listed its notes only (the home page its
    # abstract and keywords): the box that gives the reference, below them, was not in it.
    page.goto(base_url + path)
    last = page.locator(".md-sidebar--secondary .md-nav__link").last
    assert last.inner_text().strip() == "Cite this article"
    last.click()
    assert page.url.endswith("#cite-this")
    # The box is near the page's end: the page scrolls as far as it goes, the heading in sight.
    top = page.locator("#cite-this").evaluate("h => h.getBoundingClientRect().top")
    assert 48 <= top <= page.viewport_size["height"] - 100, top


def test_a_section_s_bibtex_and_ris_name_the_section_and_its_address_as_its_reference_does(page, base_url):
    # The records gave the home page's address and no section, beside a text reference
    # that named the section and gave its address.
    page.goto(base_url + "part-2/surveillance/")
    box, _buttons = opened_cite_box(page)
    text, bibtex, ris = box.locator("pre code").all_text_contents()
    address = base_url + "part-2/surveillance/"
    assert "section “2.1 Selling Surveillance Technologies,” " + address in text, text
    assert "  note = {section “2.1 Selling Surveillance Technologies”},\n" in bibtex, bibtex
    assert f"\n  url = {{{address}}}" in bibtex, bibtex
    assert "\nSE  - section “2.1 Selling Surveillance Technologies”\n" in ris, ris
    assert f"\nUR  - {address}\n" in ris, ris
