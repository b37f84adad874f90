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
