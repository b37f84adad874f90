"""No request leaves the site's own origin: pages, search, the PDF link."""

from __future__ import annotations

from pages import all_pages
from playwright.sync_api import Page


def test_no_request_goes_to_a_third_party(browser, base_url, site):
    context = browser.new_context(accept_downloads=True)
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    for url in all_pages(site.site):
        page.goto(base_url + url, wait_until="networkidle")
    page.goto(base_url)
    page.click(".md-search__input")
    page.keyboard.type("qiaowu", delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=10000)
    page.keyboard.press("Escape")
    with page.expect_download() as download:
        page.click("a.explainer-pdf-link")
    assert download.value.suggested_filename.endswith(".pdf")
    context.close()

    assert len(requests) > 40
    outside = sorted({url for url in requests if not url.startswith((base_url, "data:", "blob:"))})
    assert outside == []


def test_pages_name_no_third_party_host(site):
    for url in all_pages(site.site):
        html = (site.site / url / "index.html").read_text(encoding="utf-8")
        for host in ("fonts.googleapis.com", "fonts.gstatic.com", "cdn.jsdelivr.net", "unpkg.com", "googletagmanager"):
            assert host not in html, (url, host)


def search_and_open(page: Page, base_url: str, query: str, result: str) -> None:
    page.goto(base_url)
    page.click(".md-search__input")
    page.keyboard.type(query, delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=10000)
    link = page.locator(f".md-search-result__link[href*='{result}']").first
    assert "h=" in link.get_attribute("href")  # Material's search.highlight, which the site keeps
    link.click()
    page.wait_for_selector("mark[data-md-highlight]", timeout=10000)


def test_the_words_searched_are_marked_on_the_page_a_result_opens_and_leave_its_address(page: Page, base_url):
    # The result's link carried them as "?h=surveillance": they stayed in the address bar,
    # the tab's history and any address the reader copied.
    search_and_open(page, base_url, "surveillance", "#hoagland-surveillance")
    assert page.locator("mark[data-md-highlight]").count() > 0
    assert page.evaluate("location.href") == base_url + "bibliography/#hoagland-surveillance"
    assert page.evaluate("location.hash") == "#hoagland-surveillance"
    # Back and Forward still go between the pages, and neither address holds the words.
    page.go_back()
    assert page.url == base_url
    page.go_forward()
    assert page.url == base_url + "bibliography/#hoagland-surveillance"


def test_a_word_searched_without_its_diacritics_is_marked_as_written_though_the_address_drops_it(page: Page, base_url):
    search_and_open(page, base_url, "qiaowu", "glossary/qiaowu/")
    marked = page.locator(".md-content mark[data-md-highlight]").all_inner_texts()
    assert "qiáowù" in [text.lower() for text in marked], marked
    assert "h=" not in page.evaluate("location.href")
