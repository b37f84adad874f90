"""The search's results set in italics what the pages set in italics: a book's title, a word in another language."""

from __future__ import annotations

from playwright.sync_api import Page

#: The words set in italics in a result (an ``article``), in its title and in its text.
ITALICS = """result => {
    const italic = element => [...element.querySelectorAll(':scope *')]
        .filter(child => child.textContent.trim() && getComputedStyle(child).fontStyle === 'italic'
                 && getComputedStyle(child.parentElement).fontStyle !== 'italic')
        .map(child => child.textContent.trim());
    const text = [...result.querySelectorAll(':scope > :not(h1, h2)')];
    return {title: italic(result.querySelector('h1, h2')), text: text.flatMap(italic)};
}"""


def search(page: Page, base_url: str, query: str) -> None:
    page.goto(base_url)
    page.click(".md-search__input")
    page.keyboard.type(query, delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=10000)


def test_a_source_s_result_sets_its_book_s_title_in_italics(page: Page, base_url):
    # The index held the bibliography's references as plain text: "Brown, The World According
    # to Xi: …" read as one run of roman words, author and title alike.
    search(page, base_url, "According to Xi")
    result = page.locator(".md-search-result__link[href*='#brown2018xi'] > article")
    shown = result.evaluate(ITALICS)
    title = "The World According to Xi: Everything You Need to Know about the New China"
    assert shown["title"] == [title], shown
    assert shown["text"] == [title], shown
    # The words searched are marked within the italics, as anywhere else.
    assert result.locator("em mark").count() >= 2


def test_a_section_s_result_sets_the_author_s_italics_in_italics(page: Page, base_url):
    search(page, base_url, "Zheltoksan")
    result = page.locator(".md-search-result__link[href*='part-1/opposition-and-separatism/'] > article").first
    shown = result.evaluate(ITALICS)
    assert "Zheltoksan" in shown["text"] and "Azat" in shown["text"], shown
