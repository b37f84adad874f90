"""A page printed from the browser names the article it is from: the header, which holds
the article's title, is not printed, and a section's sheets named no article, author or address."""

from __future__ import annotations

import pytest
from test_print import printed_pages

SITE_NAME = "China's Impact on Democracy and Human Rights in Central Asia"


@pytest.mark.parametrize(
    ("path", "title", "section"),
    [
        ("", SITE_NAME, ""),
        ("introduction/", "Introduction", " section “Introduction,”"),
        (
            "part-2/surveillance/",
            "2.1 Selling Surveillance Technologies",
            " section “2.1 Selling Surveillance Technologies,”",
        ),
    ],
)
def test_a_printed_page_ends_with_the_article_s_reference(page, base_url, path, title, section):
    sheets = printed_pages(page, path, base_url)
    # The title opens the first sheet: no line names the site above it, as on the pages
    # without a reference (below); the home page's title is the site's name.
    assert sheets[0].startswith(f"{title} ") and not sheets[0].startswith(f"{SITE_NAME} {SITE_NAME}")
    title_cited = "“China's Impact on Democracy and Human Rights in Central Asia,”"
    reference = f"Cite this article S. Peyrouse, {title_cited}{section} "
    ending = sheets[-1][sheets[-1].rfind(reference) :]
    # The address may break after its punctuation ("127.0." / "0.1"), which reads as a space.
    assert ending.startswith(reference) and ending[len(reference) :].replace(" ", "") == f"{base_url}{path}.", ending
    # The reference once, as text: not the forms to copy, nor the files to download.
    text = " ".join(sheets)
    for screen_only in ("Reference as text", "BibTeX", "RIS", "CSL-JSON"):
        assert screen_only not in text
    assert text.count("S. Peyrouse, “China's Impact") == 1


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("bibliography/", "Bibliography"),
        ("glossary/", "Glossary"),
        ("glossary/tianxia/", "Tianxia"),
        ("timeline/", "Timeline"),
    ],
)
def test_a_printed_page_without_the_cite_box_names_the_site_above_its_title(page, base_url, path, title):
    # The bibliography, the glossary and the timeline have no cite box: printed, they
    # named nothing of where they were from.
    sheets = printed_pages(page, path, base_url)
    assert sheets[0].startswith(f"{SITE_NAME} {title} "), sheets[0][:120]
    # On screen the header names the site: the line is not shown there.
    assert not page.locator(".explainer-print-site").is_visible()
