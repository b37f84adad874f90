"""The copy of a page the search plugin reads indexes the same words as the page itself."""

from __future__ import annotations

import re

from material.plugins.search.plugin import Parser

from explainer.search_index import search_copy

PERMALINK = '<a class="headerlink" href="#{}" title="Permanent link">&para;</a>'
PAGE = f"""<h1 id="title">Title <em>with</em> emphasis{PERMALINK.format("title")}</h1>
<p id="p1">The <a href="../glossary/sco/" class="glossary-term" title="A body > another" data-glossary="sco">SCO</a>
met in <strong>Astana</strong>, <span class="x">2001</span>.<sup class="note-call"><a href="#note-1">1</a></sup></p>
<!--explainer:term:sco-->SCO<!--/explainer:term-->
<h2 id="part">Part <code>two</code>{PERMALINK.format("part")}</h2>
<ul>
  <li><p>An <abbr title="Shanghai Cooperation Organisation">SCO</abbr> item, <q>quoted</q>,<br>broken</p></li>
  <li><a href="x/">Link</a> <em> </em> <b>bold</b> and <img alt="a picture" src="i.png"> after</li>
</ul>
<div class="admonition"><p class="admonition-title">Note</p><p>Inside &amp; <i>out</i>.</p></div>
<form><label><input type="radio" name="c" value="a"> A</label></form>
<style>.filter:has(input[value="a"]:checked) li {{ display: none; }}</style>
<script>var notText = "<em>";</script>
<p>Last.</p>
"""
#: An inline element the plugin skips whole: its closing tag must stay for the plugin to see it end.
SKIPPING = (
    PAGE
    + """<p>Before <span data-search-exclude>hidden <em>words</em></span> after.</p>
<script>var notText = "<em>";</script>
"""
)


def sections(html: str) -> list[tuple[str | None, str, str]]:
    """The search plugin's sections of ``html``: (id, title, text), runs of spaces made one."""
    parser = Parser()
    parser.feed(html)
    parser.close()
    squeeze = lambda parts: re.sub(r"\s+", " ", "".join(parts)).strip()  # noqa: E731
    return [(section.id, squeeze(section.title), squeeze(section.text)) for section in parser.data]


def test_the_search_plugin_reads_the_same_sections_titles_and_words_from_the_copy():
    copy = search_copy(PAGE)
    assert sections(copy) == sections(PAGE)
    assert copy.count("<") < PAGE.count("<") * 0.6  # the point of the copy: far fewer tags to parse


def test_the_copy_keeps_what_the_plugin_reads_structure_from():
    copy = search_copy(PAGE)
    for kept in ('<h1 id="title">', "<p", "<li>", "<ul>", "<sup", "<code>", "<div"):
        assert kept in copy, kept
    assert "headerlink" not in copy and "&para;" not in copy and "<em>" not in copy and "<a " not in copy
    assert "explainer:" not in copy  # the hooks' own comments
    assert "<style>" in copy and "</script>" in copy  # skipped whole by the plugin, they stay
    assert sections(copy)[0][1] == "Title with emphasis"


def test_a_page_with_elements_the_plugin_skips_keeps_its_tags_and_loses_only_the_comments():
    copy = search_copy(SKIPPING)
    assert copy == SKIPPING.replace("<!--explainer:term:sco-->", "").replace("<!--/explainer:term-->", "")
    assert sections(copy) == sections(SKIPPING)
    words = " ".join(text for _id, _title, text in sections(copy))
    assert "hidden" not in words and "notText" not in words and "display" not in words
    assert "Before after." in words and "Last." in words


def test_a_permalink_written_another_way_keeps_the_page_as_it_is():
    html = '<h2 id="x">X<a title="Permanent link" class="headerlink" href="#x">&para;</a></h2><p><em>Y</em></p>'
    assert search_copy(html) == html
    assert sections(search_copy(html))[-1] == ("x", "X", "<p>Y</p>")
