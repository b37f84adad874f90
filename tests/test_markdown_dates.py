"""A day kept with its month in the editors' Markdown (`explainer.markdown_dates`), not in the author's."""

from __future__ import annotations

import re

import markdown
from bs4 import BeautifulSoup

from explainer.config import load_config
from explainer.markdown_dates import DaysUnbrokenExtension, is_editors_page

OPTIONS = load_config({"explainer": {}}, "mkdocs.yml")
#: A paragraph with a date each way, as the OSCE/ODIHR entry writes them.
DATED = "A report on the election of 11 October 2020, dated January 29, 2021."


def convert(source: str, src_uri: str) -> str:
    """``source`` converted as the hook converts the page at ``src_uri``."""
    days = DaysUnbrokenExtension()
    days.start_page(enabled=is_editors_page(src_uri, OPTIONS))
    return markdown.markdown(source, extensions=[days])


def test_an_article_section_s_paragraph_is_untouched():
    for section in ("index.md", "introduction.md", "part-2/index.md"):
        assert convert(DATED, section) == markdown.markdown(DATED)


def test_an_entry_s_day_and_month_are_kept_together_its_text_the_same():
    html = convert(DATED, "glossary/osce-odihr-election-observation.md")
    kept = BeautifulSoup(html, "html.parser").select("span.explainer-unbroken")
    assert [span.get_text() for span in kept] == ["11 October", "January 29"]
    assert re.sub(r"</?span[^>]*>", "", html) == markdown.markdown(DATED)


def test_a_timeline_introduction_is_the_editors_too():
    assert convert(DATED, OPTIONS.timeline_page).count('class="explainer-unbroken"') == 2


def test_links_code_and_headings_keep_their_dates_as_written():
    source = "## On 11 October\n\nSee [May 3](https://example.org/), `June 4` and **on 5 May**."
    html = convert(source, "glossary/x.md")
    soup = BeautifulSoup(html, "html.parser")
    assert [span.get_text() for span in soup.select(".explainer-unbroken")] == ["5 May"]
    assert soup.select_one("strong").decode_contents() == 'on <span class="explainer-unbroken">5 May</span>'
    assert re.sub(r"</?span[^>]*>", "", html) == markdown.markdown(source)
