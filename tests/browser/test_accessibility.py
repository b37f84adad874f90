"""axe-core on every page, light and dark: no WCAG 2.1 A or AA violation."""

from __future__ import annotations

from pathlib import Path

import axe_playwright_python
import pytest
from pages import all_pages

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
