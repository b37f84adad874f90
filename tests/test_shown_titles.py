"""Titles the editors write in the nav or a page's front matter are shown as text."""

from mkdocs.structure.nav import Link, Section

from explainer import shown_titles
from explainer.shown_titles import nav_titles_as_text, title_text


def test_a_title_s_markdown_and_tags_are_dropped_and_its_text_kept_as_html():
    assert title_text("The *Tianxia* idea") == "The Tianxia idea"
    assert title_text("Western <em>values</em> & Asia") == "Western values &amp; Asia"
    # One line of words: not a list, a heading or code.
    assert title_text("2. Rivers") == "2. Rivers"
    assert title_text("# 1") == "# 1"


def test_a_title_of_words_alone_is_its_words_without_being_converted(monkeypatch):
    # Nothing in it that Markdown reads as markup: its words, one space between them, and
    # no conversion (a third of a millisecond a title).
    monkeypatch.setattr(shown_titles, "_title_markdown", None)
    assert title_text(' 2. Rivers:  who\u2019s "first"?\n#1 - (2020) ') == '2. Rivers: who\u2019s "first"? #1 - (2020)'
    assert title_text("") == ""


def test_the_nav_s_sections_and_links_are_titled_as_text_at_every_depth():
    link = Link("A <em>source</em> & more", "https://example.org/")
    inner = Section("The **second** part", [link])
    outer = Section("The *Tianxia* part", [inner])
    nav_titles_as_text([outer])
    assert (outer.title, inner.title, link.title) == ("The Tianxia part", "The second part", "A source &amp; more")
