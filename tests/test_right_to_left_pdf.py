"""The PDF of an article written right to left (tests/fixtures/rtl-article, in Persian) sets
its lines from the right edge, its words in the order they are read, as the site does."""

from __future__ import annotations

import subprocess

import pytest
from bs4 import BeautifulSoup
from project import PROJECT, run_build

FIXTURE = PROJECT / "tests" / "fixtures" / "rtl-article"


@pytest.fixture(scope="module")
def words(tmp_path_factory) -> list[list[tuple[str, float, float, float]]]:
    """Each page's words, as read, with where each starts and ends and its top."""
    build = run_build(FIXTURE, tmp_path_factory.mktemp("rtl") / "site", pdf=True)
    assert build.returncode == 0, build.output
    layout = subprocess.run(
        ["pdftotext", "-bbox", str(build.site / "rivers.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for page in BeautifulSoup(layout, "html.parser").find_all("page"):
        pages.append(
            [
                (as_read(word.get_text()), float(word["xmin"]), float(word["xmax"]), float(word["ymin"]))
                for word in page.find_all("word")
            ]
        )
    return pages


def as_read(drawn: str) -> str:
    """A word's letters in the order they are read, from pdftotext's order of their glyphs,
    right to left; lam and alef drawn as one glyph come out in their order, "لا"."""
    return drawn.replace("لا", "\0")[::-1].replace("\0", "لا")


def page_opened_by(words, heading: str) -> list[tuple[str, float, float, float]]:
    """The page that ``heading`` opens: its first word, above any other (not the contents
    page, which names the section by its heading too)."""
    return next(page for page in words if page and min(page, key=lambda word: word[3])[0] == heading)


def test_a_section_s_heading_stands_at_the_right_edge(words):
    page = page_opened_by(words, "بالادست")
    heading = next(word for word in page if word[0] == "بالادست")
    right_edge = max(word[2] for word in page)
    assert heading[2] == pytest.approx(right_edge, abs=1)


def test_a_paragraph_s_first_line_reads_from_the_right(words):
    # "یک کشور بالادست می‌تواند…": its words, the glossary's terms among them, from the right
    # edge leftwards. Set left to right, the line began at the left with the words after
    # the term "سد", and "یک کشور" stood in the middle.
    page = page_opened_by(words, "بالادست")
    heading_top = next(word[3] for word in page if word[0] == "بالادست")
    first_line_top = min(word[3] for word in page if word[3] > heading_top + 5)
    # The line's words; its note call and the full stop before it stand a little higher.
    line = [word for word in page if abs(word[3] - first_line_top) < 4 and word[0].isalpha()]
    line.sort(key=lambda word: -word[2])
    assert [word[0] for word in line[:3]] == ["یک", "کشور", "بالادست"]
    assert line[0][2] == pytest.approx(max(word[2] for word in page), abs=1)
