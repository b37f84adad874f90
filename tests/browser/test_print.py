"""A page printed from the browser (Chromium's print, A4): what lands on the paper."""

from __future__ import annotations

from io import BytesIO

from playwright.sync_api import Page
from pypdf import PdfReader


def printed_pages(page: Page, path: str, base_url: str, *, navigate: bool = True) -> list[str]:
    """The text of each sheet of ``path`` printed on A4, each run of spaces one space.

    As the browser's Print does, the page is printed as it stands: a card the reader opened
    stays open (switching the page to print media first would close it)."""
    if navigate:
        page.goto(base_url + path)
    reader = PdfReader(BytesIO(page.pdf(format="A4")))
    return [" ".join(sheet.extract_text().split()) for sheet in reader.pages]


def test_a_page_that_fits_on_one_sheet_prints_no_blank_sheet_after_it(page, base_url):
    sheets = printed_pages(page, "", base_url)
    assert len(sheets) == 1, [sheet[:60] for sheet in sheets]
    assert sheets[0].startswith("China's Impact on Democracy")


def test_a_card_open_when_the_reader_prints_is_not_printed_over_the_text(page, base_url):
    page.goto(base_url + "part-1/western-values/")
    page.focus("a.glossary-term[data-glossary=china]")  # a tap on a phone opens it so too
    page.wait_for_selector(".md-tooltip2--active", state="visible", timeout=5000)
    sheets = printed_pages(page, "part-1/western-values/", base_url, navigate=False)
    assert "The People’s Republic of China, whose policy" not in " ".join(sheets)
    assert "Beijing has used the structures" in sheets[0]
