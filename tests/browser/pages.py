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
