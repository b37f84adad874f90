"""Paragraph anchors: an id for every top-level paragraph, and raw HTML left as written."""

import markdown

from explainer.markdown_anchors import AnchorsExtension


def convert(source: str) -> str:
    return markdown.markdown(source, extensions=[AnchorsExtension()])


def test_each_top_level_paragraph_gets_an_id():
    html = convert("One.\n\n- a list item\n\nTwo.\n")
    assert '<p id="p1">One.</p>' in html and '<p id="p2">Two.</p>' in html
    assert "<li>a list item</li>" in html


def test_a_raw_html_block_is_not_wrapped_in_a_paragraph():
    html = convert('# Title\n\n<p class="lead">A definition.</p>\n\nText.\n')
    assert '<p class="lead">A definition.</p>' in html
    assert "<p><p" not in html and '<p id="p1"><p' not in html
    assert '<p id="p2">Text.</p>' in html  # the block counts: ids do not move when one is added


def test_a_pages_anchors_are_those_mkdocs_found_and_those_of_the_written_page():
    from explainer.markdown_anchors import PageAnchors

    written = '<h1 id="title">T</h1>\n<p id="p1">One</p> <p id="p10">Ten</p> <li id="note-3">N</li> <a href="#x">x</a>'
    anchors = PageAnchors({"from-markdown"}, written)
    for anchor in ("from-markdown", "title", "p1", "p10", "note-3"):
        assert anchor in anchors, anchor
    for anchor in ("p", "p0", "note-", "x", "title\np1", "", 3):
        assert anchor not in anchors, anchor


def test_an_id_after_any_of_htmls_spaces_is_an_anchor_and_a_data_id_is_not():
    from explainer.markdown_anchors import PageAnchors

    written = '<div\nid="after-newline"><span\tid="after-tab" data-id="data"></span></div> <p id="p1">x</p>'
    anchors = PageAnchors(set(), written)
    for anchor in ("after-newline", "after-tab", "p1"):
        assert anchor in anchors, anchor
    assert "data" not in anchors
    assert "data" not in PageAnchors(set(), '<p id="p1" data-id="data">x</p>')
