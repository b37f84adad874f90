"""The article's PDF on A5 paper (`pdf_paper: A5`), the page a phone shows whole: what the
A4 PDF guarantees holds there too, and nothing stands outside the smaller page's text.

The A4 PDF's checks are imported below: pytest runs them here with this module's fixtures,
the article built at A5, as well as in their own modules with the A4 build's. Left out are
those that read where A4's pages end (which section follows on below another).
"""

from __future__ import annotations

import re
import subprocess
from typing import NamedTuple

import pytest
from project import Build, copy_project, edit, run_build
from pypdf import PdfReader
from test_pdf import (  # noqa: F401 (collected here, on the A5 PDF)
    PDF_NAME,
    destination_page,
    lines_left_blank_above_the_notes,
    test_a_list_of_short_items_leaves_none_alone_at_a_page_s_foot_or_top,
    test_a_page_a_section_opens_has_no_running_head_and_the_next_page_has_it,
    test_a_passage_a_glossary_entry_quotes_is_printed_on_the_page_of_its_section_s_title,
    test_a_title_that_opens_a_page_has_no_running_head_above_it_and_a_page_that_goes_on_has_one,
    test_bookmarks_for_every_section,
    test_contents_page_numbers_are_right,
    test_every_address_copies_from_the_pdf_as_its_source_gives_it,
    test_every_footnote_prints_on_the_page_of_its_call,
    test_every_note_is_a_footnote_on_the_page_of_its_call,
    test_glossary_footnotes_are_numbered_through_the_glossary,
    test_links_to_a_glossary_note_name_its_printed_number_and_land_on_it,
    test_no_entry_of_the_contents_runs_into_its_leader_s_dots,
    test_no_link_annotation_in_the_article_s_pdf_is_of_zero_width,
    test_no_note_call_starts_a_line,
    test_no_page_ends_on_a_hyphenated_word,
    test_no_paragraph_of_the_article_sets_its_first_word_alone_on_a_line,
    test_no_proper_name_is_hyphenated_in_the_article_s_pdf,
    test_the_glossary_s_first_page_has_no_running_head_and_its_entries_run_on,
    test_the_names_the_article_lists_break_only_where_it_says,
    test_the_text_of_every_section_is_there_in_order,
    test_title_page,
    test_words_break_at_line_ends_as_american_dictionaries_break_them,
)
from test_pdf_structure import (  # noqa: F401 (collected here, on the A5 PDF)
    test_every_footnote_is_a_note_named_by_its_id,
    test_running_heads_and_page_numbers_are_artifacts_and_all_other_text_is_in_the_structure,
)
from test_pdf_typesetting import (  # noqa: F401 (collected here, on the A5 PDF)
    test_no_line_parts_an_initial_from_its_name_or_a_number_from_its_word,
    test_no_more_than_two_lines_in_a_row_end_on_a_hyphen,
    test_no_paragraph_ends_on_a_line_that_holds_only_the_end_of_a_word,
    test_the_bibliography_s_lists_of_notes_are_set_with_plain_spaces,
)

from explainer.pdf_document import PdfMetadata, PdfSection, assemble
from explainer.pdf_render import render_pdf
from explainer.pdf_settings import pdf_stylesheet

#: A millimetre, in PDF points.
MM = 72 / 25.4
#: The A5 page, and the margins pdf-a5.css gives it at its sides.
A5_WIDTH, A5_HEIGHT, A5_SIDE_MARGIN = 148 * MM, 210 * MM, 15 * MM


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The article with ``pdf_paper: A5``, built in strict mode with its PDF."""
    project = copy_project(tmp_path_factory.mktemp("a5") / "project")
    edit(project / "mkdocs.yml", "    pdf_paper: A4\n", "    pdf_paper: A5\n")
    build = run_build(project, project / "site", pdf=True)
    assert build.returncode == 0, build.output
    return build


@pytest.fixture(scope="module")
def pdf(site) -> PdfReader:
    return PdfReader(site.site / PDF_NAME)


@pytest.fixture(scope="module")
def page_texts(pdf) -> list[str]:
    return [page.extract_text().replace("\xa0", " ") for page in pdf.pages]


@pytest.fixture(scope="module")
def page_lines(pdf) -> list[list[str]]:
    return [[line.strip() for line in page.extract_text().replace("\xa0", " ").splitlines()] for page in pdf.pages]


class Word(NamedTuple):
    """A word of the PDF as Poppler places it: its page (from 1), its box in points from the
    page's top left corner, its text."""

    page: int
    left: float
    top: float
    right: float
    bottom: float
    text: str


def word_boxes(pdf_path) -> list[Word]:
    """Each word of the PDF, page by page."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf_path), "-"], capture_output=True, text=True, check=True)
    box = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
    return [
        Word(number, *(float(value) for value in edges), text)
        for number, page in enumerate(out.stdout.split("<page ")[1:], start=1)
        for *edges, text in box.findall(page)
    ]


def outside_the_text(pdf_path) -> list[tuple[int, str]]:
    """The words that stand, even in part, in the side margins of an A5 page: (page, word)."""
    return [
        (word.page, word.text)
        for word in word_boxes(pdf_path)
        if word.left < A5_SIDE_MARGIN - 0.5 or word.right > A5_WIDTH - A5_SIDE_MARGIN + 0.5
    ]


def test_the_pages_are_a5(pdf):
    sizes = {(round(float(page.mediabox.width)), round(float(page.mediabox.height))) for page in pdf.pages}
    assert sizes == {(round(A5_WIDTH), round(A5_HEIGHT))}


def test_no_word_stands_in_the_margins(site):
    # The justified lines end at the text's right edge: the edge the check measures from is it.
    boxes = word_boxes(site.site / PDF_NAME)
    ends = [round(word.right) for word in boxes]
    assert max(set(ends), key=ends.count) == round(A5_WIDTH - A5_SIDE_MARGIN)
    assert not outside_the_text(site.site / PDF_NAME)


def test_every_running_head_is_one_line_and_a_long_title_runs_its_main_title(pdf, site):
    # The conclusion's title and subtitle took two lines in the head's margin, at A5.
    heads: dict[int, list[tuple[int, str]]] = {}
    for word in word_boxes(site.site / PDF_NAME):
        if word.top < 10 * MM:  # in the head's margin, above the text's first line
            heads.setdefault(word.page, []).append((round(word.top), word.text))
    assert len(heads) > len(pdf.pages) / 2
    assert not {page: words for page, words in heads.items() if len({top for top, _ in words}) > 1}
    conclusion = [" ".join(word for _, word in words) for words in heads.values() if words[0][1] == "Conclusion"]
    assert conclusion and set(conclusion) == {"Conclusion"}


def test_every_page_of_the_article_runs_down_to_its_notes_but_where_a_long_note_cannot(pdf):
    # As on A4, where less than 2.5 lines are ever left blank; but a note is a larger part of
    # an A5 page, and WeasyPrint cannot break one across two pages: on one page, a
    # paragraph's last two lines (its widows) call a note of four lines, and together they
    # need 4.5 lines where 3.9 are left. Lines are left blank so on that page alone.
    blank = lines_left_blank_above_the_notes(pdf)
    assert len(blank) > 10
    assert max(blank.values()) < 4.5, blank
    assert len([lines for lines in blank.values() if lines >= 2.5]) <= 1, blank


def test_every_page_of_the_bibliography_but_its_last_runs_down_to_the_foot(pdf, site):
    # Each source was kept whole on a page: where the next, with the notes that cite it, took
    # eight lines, 4.7 lines were left blank (its first page, at A5).
    first, after = destination_page(pdf, "bibliography"), destination_page(pdf, "timeline")
    foot = A5_HEIGHT - 18 * MM  # pdf-a5.css: the text's lowest line ends there, at most
    lowest: dict[int, float] = {}
    last_page_lines: set[int] = set()
    for word in word_boxes(site.site / PDF_NAME):
        if first <= word.page < after - 1 and word.bottom < foot + 1:  # not the page's number, below
            lowest[word.page] = max(lowest.get(word.page, 0), word.bottom)
        elif word.page == after - 1 and word.bottom < foot + 1:
            last_page_lines.add(round(word.bottom))
    assert len(lowest) == after - 1 - first
    blank = {page: round((foot - bottom) / (10.5 * 1.42), 1) for page, bottom in lowest.items()}
    # The last source's lists of notes go on with its reference's last lines (pdf-a5.css),
    # so that the last page names a source: the page before it may keep less than they take.
    before_last = blank.pop(after - 2)
    assert before_last < len(last_page_lines), (before_last, len(last_page_lines))
    # Less than what the next source's first two lines (orphans) and the space above it
    # need may be left: 2.25 lines, where "Lanteigne, M., …, London, / Routledge, 2013."
    # did not fit in 1.8 (page 28).
    assert max(blank.values()) < 2.25, blank


def test_the_bibliography_s_last_page_holds_more_than_the_notes_of_a_source(tmp_path):
    # A second article's bibliography ended with its last source's "Cited in note 10" on a
    # page of its own, naming no source. The bibliography is moved down the page a little at
    # a time, so that its last source falls across the page's foot at every line.
    def source(number: int, also: str = "") -> str:
        return (
            f'<li id="s{number}" class="explainer-bibliography__entry">'
            f'<p class="explainer-bibliography__reference">Author{number}, A., “A Title of Some Length for'
            f" Source Number {number} on the Lights,” <em>Journal of the Coast</em>, vol. 3, 2001, pp. 1–20.</p>"
            f'<p class="explainer-bibliography__cited-in">Cited in note&nbsp;<a href="#s1">{number}</a></p>{also}</li>'
        )

    also = '<p class="explainer-bibliography__also-in">Also cited in: lighthouse, note&nbsp;<a href="#s1">1</a></p>'
    alone = []
    for last in ("", also):
        sources = "".join(source(number) for number in range(1, 5)) + source(5, last)
        for space in range(70, 100, 2):
            spaced = f'<div style="height: {space}mm"></div><ul class="explainer-bibliography">{sources}</ul>'
            html = f"<h1>Bibliography</h1>{spaced}"
            document = assemble(
                [PdfSection("b/", "Bibliography", html, kind="back")], PdfMetadata("T"), pdf_stylesheet("A5")
            )
            render_pdf(document, str(tmp_path / "t.pdf"), str(tmp_path))
            pages: dict[int, list[str]] = {}
            for word in word_boxes(tmp_path / "t.pdf"):
                if 10 * MM < word.top < A5_HEIGHT - 18 * MM:  # not the running head, nor the page's number
                    pages.setdefault(word.page, []).append(word.text)
            lists = [words for words in pages.values() if words[:2] in (["Cited", "in"], ["Also", "cited"])]
            alone += [(space, words) for words in lists if not any(word.startswith("Author") for word in words)]
    assert not alone


def test_the_title_page_holds_on_one_page(page_texts):
    assert "KEYWORDS" in page_texts[0] and page_texts[1].lstrip().startswith("Contents")


def test_a_table_a_long_address_and_code_stay_inside_the_text(tmp_path):
    # An editor's table of six columns, an address in the text and a line of code: each
    # wider than the 118 mm the A5 page leaves.
    cells = ("Intergovernmental", "telecommunications", "counterterrorism", "authoritarianism", "extraterritoriality")
    row = "<tr>" + "".join(f"<td>{cell}</td>" for cell in (*cells, "2019")) + "</tr>"
    html = (
        "<p>The agreements.</p><table><thead><tr>"
        + "".join(f"<th>Column {number}</th>" for number in range(6))
        + f"</tr></thead><tbody>{row * 3}</tbody></table>"
        "<p>See https://www.example.org/archive/records/2019/agreements-between-the-states-of-the-region/index.html"
        " for the text.</p>"
        "<pre><code>curl https://example.org/api/v1/agreements?region=central-asia&amp;year=2019&amp;format=json"
        "&amp;fields=parties,date,text</code></pre>"
    )
    document = assemble([PdfSection("p/", "P", html)], PdfMetadata("T"), pdf_stylesheet("A5"))
    render_pdf(document, str(tmp_path / "t.pdf"), str(tmp_path))
    assert {word.text for word in word_boxes(tmp_path / "t.pdf")} >= {"2019", "text.", "curl"}
    assert not outside_the_text(tmp_path / "t.pdf")


def test_a_running_head_too_long_for_the_page_takes_one_line_inside_it(tmp_path):
    # A title with no subtitle to leave out, longer than the page is wide: it took two
    # lines in the head's margin, or with no line break, ran off both sides of the page.
    title = "The Agreements Between the States of the Region on the Waters of Their Rivers and Their Dams"
    text = "<p>The waters of the region are shared by its states, which have agreed on little.</p>" * 40
    document = assemble([PdfSection("p/", title, f"<h1>{title}</h1>{text}")], PdfMetadata("T"), pdf_stylesheet("A5"))
    render_pdf(document, str(tmp_path / "t.pdf"), str(tmp_path))
    heads: dict[int, set[float]] = {}
    for word in word_boxes(tmp_path / "t.pdf"):
        if word.top < 10 * MM:
            heads.setdefault(word.page, set()).add(round(word.top))
    assert len(heads) >= 2  # the pages the section goes on to
    assert all(len(tops) == 1 for tops in heads.values()), heads
    assert not outside_the_text(tmp_path / "t.pdf")


@pytest.mark.parametrize(
    ("title", "head"),
    [
        ("Dams and Floods: A Century of the Basin", "Dams and Floods"),
        ("Le titre\u00a0: sous-titre", "Le titre"),  # French: a no-break space before the colon
        ("Le titre\u202f: sous-titre", "Le titre"),
        ("Le titre : sous-titre", "Le titre"),
        ("Le titre\u00a0:\u00a0sous-titre", "Le titre"),
        ("Meeting at 12:30: The Minutes", "Meeting at 12:30"),  # a time's colon has no space after it
    ],
)
def test_a_running_head_shortened_to_its_main_title_ends_on_its_last_word(title, head):
    document = assemble([PdfSection("p/", title, f"<h1>{title}</h1><p>Text.</p>")], PdfMetadata("T"), "")
    assert f'data-short-running-head="{head}"' in document


#: A title for the contents, cut short one letter at a time so that its end falls at every
#: place of a line, by fractions of a leader's dot.
LONG_TITLE = (
    "1.1 The Approach of the States to the Waters of the Region and of the Lands Around "
    "Them, with Notes on the Harbours"
)


@pytest.mark.parametrize("paper", ["A4", "A5"])
def test_no_leader_of_the_contents_is_of_a_dot_or_two(tmp_path, paper):
    # A title that all but filled its last line kept a leader of one dot: "…and Elsewhere .
    # 5"; then, where the dots' grid fell badly, one of two. Its last word goes on to the
    # next line with the leader instead. Each title, cut one letter shorter at a time, is set
    # with a page number of one, two and three digits and on lines of three widths a fifth
    # of a dot apart, so that its end falls everywhere against the dots' grid.
    cut = [LONG_TITLE[:length] for length in range(40, len(LONG_TITLE) + 1) if LONG_TITLE[length - 1].isalpha()]
    settings = [(number, step) for number in ("1", "12", "123") for step in range(3)]
    titles = [title for title in cut for _ in settings]
    stylesheet = pdf_stylesheet(paper) + "".join(
        f".contents li:nth-child({len(settings)}n+{place + 1}) {{ padding-right: {step * 0.1}em; }}\n"
        f".contents li:nth-child({len(settings)}n+{place + 1}) .toc-page::after"
        f' {{ content: leader(". ") "{number}"; }}\n'
        for place, (number, step) in enumerate(settings)
    )
    sections = [PdfSection(f"s{index}/", title, "") for index, title in enumerate(titles)]
    render_pdf(assemble(sections, PdfMetadata("T"), stylesheet), str(tmp_path / "t.pdf"), str(tmp_path))
    contents = [word for word in word_boxes(tmp_path / "t.pdf") if word.page > 1]
    lines: dict[tuple[int, float], list[Word]] = {}
    for word in contents:
        lines.setdefault((word.page, round(word.bottom)), []).append(word)
    entries = [words for words in lines.values() if words[-1].text in {"1", "12", "123"} and len(words) > 1]
    assert len(entries) == len(titles)
    short = [" ".join(word.text for word in words) for words in entries if sum(w.text == "." for w in words) < 3]
    assert not short
    assert len({round(words[-1].right) for words in entries}) == 3  # in one column for each width
    if paper == "A5":
        assert not outside_the_text(tmp_path / "t.pdf")


def test_another_weasyprint_s_leaders_are_left_as_it_sets_them(monkeypatch):
    from weasyprint.layout import inline

    from explainer.pdf_leaders import leaders_kept_long, missing_layout_internals

    assert missing_layout_internals() is None  # the pinned WeasyPrint: its lines are checked
    monkeypatch.setattr(inline, "get_next_linebox", lambda linebox, context, *rest: None)  # its arguments otherwise
    assert "get_next_linebox" in missing_layout_internals()
    lines = inline.get_next_linebox
    with leaders_kept_long():
        assert inline.get_next_linebox is lines
