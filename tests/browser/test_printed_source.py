"""A page printed from the browser names the article it is from: the header, which holds
the article's title, is not printed, and a section's sheets named no article, author or address."""

from __future__ import annotations

import pytest
from test_print import printed_pages


@pytest.mark.parametrize(
    ("path", "section"),
    [
        ("", ""),
        ("introduction/", " section “Introduction,”"),
        ("part-2/surveillance/", " section “2.1 Selling Surveillance Technologies,”"),
    ],
)
def test_a_printed_page_ends_with_the_article_s_reference(page, base_url, path, section):
    sheets = printed_pages(page, path, base_url)
    reference = (
        f"S. Peyrouse, “China's Impact on Democracy and Human Rights in Central Asia,”{section} {base_url}{path}."
    )
    assert sheets[-1].endswith(f"Cite this article {reference}"), sheets[-1][-300:]
    # The reference once, as text: not the forms to copy, nor the files to download.
    text = " ".join(sheets)
    for screen_only in ("Reference as text", "BibTeX", "RIS", "CSL-JSON"):
        assert screen_only not in text
    assert text.count("S. Peyrouse, “China's Impact") == 1
