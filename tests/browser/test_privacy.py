"""No request leaves the site's own origin: pages, search, the PDF link."""

from __future__ import annotations

from pages import all_pages


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
