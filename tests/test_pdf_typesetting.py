"""The PDF's lines as a typographer reads them: hyphens, the last line of a paragraph,
what stays together on a line, and lists of places set with plain spaces."""

from __future__ import annotations

import itertools

import pytest
from project import PROJECT
from pypdf import PdfReader
from test_pdf import ENDS_HYPHENATED, PDF_NAME

from explainer.pdf_document import PdfMetadata, PdfSection, assemble


@pytest.fixture(scope="module")
def pdf(site) -> PdfReader:
    return PdfReader(site.site / PDF_NAME)


@pytest.fixture(scope="module")
def page_lines(pdf) -> list[list[str]]:
    """Each page's lines, a no-break space read as a space."""
    return [[line.strip() for line in page.extract_text().replace("\xa0", " ").splitlines()] for page in pdf.pages]


def ladders(lines: list[str]) -> list[str]:
    """The third line of each run of lines in a row that end on a hyphen."""
    found, in_a_row = [], 0
    for line in lines:
        in_a_row = in_a_row + 1 if ENDS_HYPHENATED.search(line) else 0
        if in_a_row == 3:
            found.append(line[-30:])
    return found


def test_no_more_than_two_lines_in_a_row_end_on_a_hyphen(page_lines):
    # Pages 9, 13 and 45 had three and four: "illus-", "ex-", "exam-", "soft-" down page 13.
    assert sum(bool(ENDS_HYPHENATED.search(line)) for lines in page_lines for line in lines) > 150  # still hyphenated
    found = {number: ladder for number, lines in enumerate(page_lines, 1) if (ladder := ladders(lines))}
    assert not found, found


def test_no_paragraph_ends_on_a_line_that_holds_only_the_end_of_a_word(page_lines):
    # Ten did: "Beijing's nar-" and then "rative." alone (pages 13, 31, 33, 38, 39, 40, 59, 61, 63).
    tails = [
        (number, line, next_line)
        for number, lines in enumerate(page_lines, 1)
        for line, next_line in itertools.pairwise(lines)
        if ENDS_HYPHENATED.search(line) and len(next_line.split()) == 1
    ]
    assert not tails, tails


def test_a_paragraph_of_long_words_hyphenates_no_more_than_two_lines_in_a_row(tmp_path):
    from explainer.pdf_render import render_pdf

    stylesheet = (PROJECT / "hooks/explainer/templates/explainer/pdf.css").read_text(encoding="utf-8")
    words = ("international", "authoritarianism", "cooperation", "democratization", "surveillance")
    text = " ".join(words[index % len(words)] for index in range(120))
    lines: list[str] = []
    for width in (13, 15, 17):  # the text's width in em: where lines end varies
        html = assemble(
            [PdfSection("p/", "P", f"<p style='width: {width}em'>{text}</p>")], PdfMetadata("T"), stylesheet
        )
        render_pdf(html.replace("PAGE_SIZE", "A5"), str(tmp_path / "t.pdf"), str(tmp_path))
        pages = PdfReader(tmp_path / "t.pdf").pages
        lines += [line.strip() for page in pages for line in page.extract_text().splitlines()]
    assert sum(bool(ENDS_HYPHENATED.search(line)) for line in lines) > 40
    assert not ladders(lines)


def test_another_weasyprint_s_lines_are_left_as_it_breaks_them(monkeypatch):
    from weasyprint.layout import block, inline

    from explainer.pdf_hyphen_ladders import hyphen_ladders_limited, missing_layout_internals

    monkeypatch.setattr(inline, "split_first_line", lambda style, text, *rest: None)  # its arguments otherwise
    assert "split_first_line" in missing_layout_internals()
    lines, split = block.iter_line_boxes, inline.split_first_line
    with hyphen_ladders_limited():
        assert (block.iter_line_boxes, inline.split_first_line) == (lines, split)
