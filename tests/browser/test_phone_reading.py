"""A reader on a phone: search results as shown, what a finger can tap."""

from __future__ import annotations

from playwright.sync_api import BrowserContext, Page


def search_on_a_phone(page: Page, base_url: str, query: str) -> None:
    page.goto(base_url)
    page.tap('label.md-header__button[for="__search"]')
    page.keyboard.type(query, delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=10000)


def test_a_search_without_diacritics_shows_the_author_s_sentence_not_folded_words(phone: BrowserContext, base_url):
    page = phone.new_page()
    search_on_a_phone(page, base_url, "qiaowu")
    result = page.locator(".md-search-result__item", has=page.locator("a[href*='part-2/?h=qiaowu']"))
    shown = result.inner_text()
    # The result shows section 2's paragraph that writes the word, with the word marked,
    # rather than a line of the index's folded words ("qiaowu huaqiao shiwu").
    assert "known as qiáowù (huáqiáo shìwù)" in shown, shown
    assert "qiaowu huaqiao" not in shown, shown
    marked = result.locator("mark").evaluate_all(
        "marks => marks.filter(m => m.checkVisibility()).map(m => m.textContent)"
    )
    assert "qiáowù" in marked, marked
    page.click(".md-search-result__more summary")  # the glossary entry's sections
    assert "huaqiao" not in page.inner_text(".md-search-result__list")
