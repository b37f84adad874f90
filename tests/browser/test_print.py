"""A page printed from the browser (Chromium's print, A4): what lands on the paper."""

from __future__ import annotations

from io import BytesIO

from playwright.sync_api import Page
from pypdf import PdfReader


def printed_pages(page: Page, path: str, base_url: str) -> list[str]:
    """The text of each sheet of ``path`` printed on A4, each run of spaces one space."""
    page.goto(base_url + path)
    page.emulate_media(media="print")
    reader = PdfReader(BytesIO(page.pdf(format="A4")))
    return [" ".join(sheet.extract_text().split()) for sheet in reader.pages]


def test_a_page_that_fits_on_one_sheet_prints_no_blank_sheet_after_it(page, base_url):
    sheets = printed_pages(page, "", base_url)
    assert len(sheets) == 1, [sheet[:60] for sheet in sheets]
    assert sheets[0].startswith("China's Impact on Democracy")
