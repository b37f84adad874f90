"""Parts of generated pages held back from the search index and put back for the page."""

from __future__ import annotations

import markdown

from explainer import notes
from explainer.unindexed import END, START, HeldBack, without_unindexed_markers


def test_held_parts_leave_a_comment_and_come_back_in_place_without_markers():
    held = HeldBack("test")
    html = f"<p>Kept.</p>{START}<p>One</p>{END}<p>Between.</p>{START}<p>Two</p>{END}"
    indexed = held.hold("page.md", html)
    assert "One" not in indexed and "Two" not in indexed
    assert indexed.startswith("<p>Kept.</p><!--") and "<p>Between.</p>" in indexed
    assert held.release("page.md", indexed) == "<p>Kept.</p><p>One</p><p>Between.</p><p>Two</p>"


def test_two_holders_of_one_page_release_only_their_own_parts():
    first, second = HeldBack("a"), HeldBack("b")
    html = second.hold("p.md", first.hold("p.md", f"x{START}A{END}") + f"{START}B{END}")
    assert "A" not in html and "B" not in html
    partly = first.release("p.md", html)
    assert partly.startswith("xA<!--") and "B" not in partly
    assert second.release("p.md", partly) == "xAB"
    assert HeldBack("c").release("p.md", "unchanged") == "unchanged"


def test_the_list_of_notes_is_cut_out_and_put_back_where_it_was():
    from explainer.markdown_notes import LIST_END, LIST_START

    html = f"<p>Text.</p><div><h2>Notes</h2>{LIST_START}<ol><li>n</li></ol>{LIST_END}</div><p>After.</p>"
    indexed, listing = notes.split_list(html)
    assert listing == "<ol><li>n</li></ol>"
    assert "<li>" not in indexed
    assert notes.insert_list(indexed, listing) == html.replace(LIST_START, "").replace(LIST_END, "")
    assert notes.split_list("<p>No notes.</p>") == ("<p>No notes.</p>", "")


def test_the_search_text_of_a_list_of_notes_is_the_prose_the_author_wrote():
    from explainer.markdown_notes import NotesExtension

    extension = NotesExtension()
    html = markdown.markdown(
        "Text.[@brown2017] More.[^strike]\n\n[^strike]: Workers went on *strike* in 2011; see [@odihr].",
        extensions=[extension],
    )
    _, listing = notes.split_list(html)
    assert notes.prose_text(listing) == "Workers went on strike in 2011; see ."


def test_a_citation_inside_a_prose_note_is_searched_as_its_short_form_and_the_sentence_reads_whole(tmp_path):
    from explainer import bibtex
    from explainer.markdown_notes import NotesExtension

    (tmp_path / "refs.bib").write_text(
        "@book{brown, author = {Brown, Kerry}, title = {China's World}, publisher = {Tauris}, date = {2017}}\n"
        "@article{smith, author = {Smith, Ann}, title = {Low Dams}, journaltitle = {Rivers}, date = {2020}}\n"
        "@book{doe, author = {Doe, Jo}, title = {Dams, Weirs, etc.}, date = {2021}}\n",
        encoding="utf-8",
    )
    bibliography = bibtex.load(["refs.bib"], str(tmp_path))
    extension = NotesExtension()
    html = markdown.markdown(
        "Text.[@brown, p. 3] More.[^strike]\n\n"
        "[^strike]: Workers went on *strike*; for more, see [@brown, p. 7; cf. @smith]. Also [@smith]. And [@doe].\n",
        extensions=[extension],
    )
    _, listing = notes.split_list(html)
    page = notes.PageRef("p.md", "p/")
    resolved = notes.resolve([(page, extension.take_page())], bibliography, notes.StyleOptions(), "bibliography/")
    # The note prints Ibid. for Brown's book, after note 1, and Smith's article in full, then
    # short: the index names each source as a later note would, the author's words around it,
    # and the editor's full stop as the house style places it: inside a closing quotation
    # mark, and not after another (etc.).
    assert notes.prose_text(listing, resolved.pages["p.md"].inline_search_text) == (
        "Workers went on strike; for more, see Brown, China's World, p. 7; cf. Smith, “Low Dams.”"
        " Also Smith, “Low Dams.” And Doe, Dams, Weirs, etc."
    )
    # Not the full reference: the bibliography holds it once.
    assert "Tauris" not in notes.prose_text(listing, resolved.pages["p.md"].inline_search_text)


def test_the_search_text_of_a_list_of_notes_names_its_numbers_each_findable():
    prose = "Workers went on strike in 2011; see ."
    # The range shown; the numbers between it, hidden, in the same block of the result, and
    # each number as a word of its own, which a query for a note asks for (explainer-search.js).
    assert notes.notes_search_text(prose, [22, 23, 24, 25], "note", "notes") == (
        f"Notes 22–25<span hidden> 23 24 note22 note23 note24 note25</span> {prose}"
    )
    # A page whose notes all cite sources is found by them too; the order of calls is not the order of numbers.
    assert notes.notes_search_text("", [5, 4], "note", "notes") == "Notes 4–5<span hidden> note4 note5</span>"
    assert notes.notes_search_text("", [9], "n.", "nn.") == "N. 9<span hidden> note9</span>"
    assert notes.notes_search_text("", [3, 7], "note", "notes") == "Notes 3, 7<span hidden> note3 note7</span>"
    # A page that numbers no notes in the article's sequence (a glossary entry): its prose alone.
    assert notes.notes_search_text(prose, [], "note", "notes") == prose


def test_markers_go_when_the_part_goes_in_after_indexing():
    html = f"<p>Kept.</p>{START}<p>Links back</p>{END}<p>After.</p>"
    assert without_unindexed_markers(html) == "<p>Kept.</p><p>Links back</p><p>After.</p>"


def test_an_unclosed_marker_leaves_the_rest_of_the_page_as_it_is():
    held = HeldBack("open")
    html = f"<p>A</p>{START}<p>held</p>{END}<p>B</p>{START}<p>never closed</p>"
    indexed = held.hold("page.md", html)
    assert "held</p>" not in indexed and indexed.endswith(f"<p>B</p>{START}<p>never closed</p>")
    assert held.release("page.md", indexed) == f"<p>A</p><p>held</p><p>B</p>{START}<p>never closed</p>"
