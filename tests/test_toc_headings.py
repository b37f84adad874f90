"""The sections written into a page after its Markdown, listed in its table of contents."""

from __future__ import annotations

import markdown
import pytest
from mkdocs.structure.toc import get_toc

from explainer.toc_headings import list_last_section, list_unlisted_sections

ENTRY = "# three evils\n\n## What it is\n\nText.\n\n## Read more\n\nMore.\n\n## Notes\n\nNotes.\n"
#: What the hooks write in before the notes: its headings as the templates write them.
ENDS = '<h2 id="where-it-appears">Where it appears</h2><ul></ul><h2 id="related-entries">Law &amp; <em>Order</em></h2>'


def converted(text: str, ends: str) -> tuple:
    md = markdown.Markdown(extensions=["toc"])
    html = md.convert(text)
    html = html.replace('<h2 id="notes">', ends + '<h2 id="notes">')
    return get_toc(md.toc_tokens), html


@pytest.mark.parametrize("title", [True, False], ids=["under-the-title", "no-title"])
def test_a_section_written_in_is_listed_where_it_stands(title):
    toc, html = converted(ENTRY if title else ENTRY.replace("# three evils\n\n", ""), ENDS)
    list_unlisted_sections(toc, html)
    sections = toc.items[0].children if title else toc.items
    assert [(link.id, link.title, link.level) for link in sections] == [
        ("what-it-is", "What it is", 2),
        ("read-more", "Read more", 2),
        ("where-it-appears", "Where it appears", 2),
        ("related-entries", "Law &amp; Order", 2),  # as toc gives a title: HTML, without its tags
        ("notes", "Notes", 2),
    ]


def test_a_listed_section_is_not_listed_twice_and_a_page_without_new_ones_is_unchanged():
    toc, html = converted(ENTRY, "")
    before = str(toc)
    list_unlisted_sections(toc, html)
    list_unlisted_sections(toc, html)
    assert str(toc) == before
    toc, html = converted(ENTRY, ENDS)
    list_unlisted_sections(toc, html)
    list_unlisted_sections(toc, html)
    assert [link.id for link in toc.items[0].children].count("where-it-appears") == 1


def test_a_section_a_template_writes_after_the_page_is_listed_last_as_text_and_once():
    toc, _html = converted(ENTRY, "")
    list_last_section(toc, "cite-this", "Cite R&D's article")
    list_last_section(toc, "cite-this", "Cite R&D's article")
    assert [(link.id, link.title) for link in toc.items[0].children][-2:] == [
        ("notes", "Notes"),
        ("cite-this", "Cite R&amp;D's article"),
    ]
