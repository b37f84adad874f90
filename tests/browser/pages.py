"""The pages of a built site, for tests that visit them all."""

from __future__ import annotations

from pathlib import Path


def all_pages(site: Path) -> list[str]:
    """Every page's URL path, relative to the site's root (``""`` for the home page)."""
    urls = []
    for index in sorted(site.rglob("index.html")):
        relative = index.parent.relative_to(site).as_posix()
        urls.append("" if relative == "." else f"{relative}/")
    return urls


def opened_cite_box(page) -> tuple:
    """The cite box of the page open in ``page``, each form unfolded, and its copy buttons."""
    box = page.locator("section.explainer-cite")
    for summary in box.locator("summary").all():
        summary.click()
    return box, box.locator("button[data-md-type=copy]")


def search_for(page, query: str) -> None:
    """Types ``query`` into the open page's search and waits for the answer that stays.

    Material may answer a query more than once (as the field changes, and as a key is let
    go), and draws its results anew each time: a result focused, or read, before the last
    answer was gone once it came. The answer is read once its results are unchanged over a
    quarter of a second."""
    page.click(".md-search__input")
    page.fill(".md-search__input", query)
    page.keyboard.press("End")  # Material reads the field as a key is let go
    page.wait_for_selector(".md-search-result__item", timeout=10000)
    shown = page.inner_html(".md-search-result__list")
    for _ in range(20):
        page.wait_for_timeout(250)
        again = page.inner_html(".md-search-result__list")
        if again == shown:
            return
        shown = again
