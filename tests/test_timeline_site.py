"""The timeline checked against the site's converted pages (`explainer.timeline.check_against_site`,
`shared_quotes`): the notes each page's HTML calls, each quoted paragraph's notes by those numbers,
and a quote that several paragraphs hold."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from explainer.markdown_passages import PassageNotes
from explainer.notes import CALL_MARKER
from explainer.timeline import check_against_site, parse_timeline

#: Each page's Markdown, and the numbers of the notes its HTML calls, in order.
PAGES = {
    "part-1/dams.md": ("The states signed the treaty.[@a]\n\nThe river flooded.[@b][@c]\n", (12, 13, 14)),
    "conclusion.md": ("In the end they met.[@d]\n", (30,)),
}
#: Where the passage finder found each quote: its paragraph's notes by their place on the page.
PASSAGES = {
    "part-1/dams.md": {"signed the treaty": PassageNotes((0,)), "The river flooded": PassageNotes((1, 2))},
    "conclusion.md": {"they met": PassageNotes((0,))},
}
NAV = ("part-1/dams.md", "conclusion.md")


def event(page: str, quote: str, note: int) -> str:
    return f'- date: "2019"\n  event: E.\n  page: {page}\n  quote: {quote}\n  note: {note}\n'


def site_files(tmp_path: Path) -> Files:
    """The pages as MkDocs holds them once converted, their note calls numbered (`CALL_MARKER`)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    config = MkDocsConfig()
    config.load_dict({"site_name": "Rivers", "docs_dir": str(docs)})
    assert not config.validate()[0]
    files = []
    for src_uri, (text, numbers) in PAGES.items():
        (docs / src_uri).parent.mkdir(parents=True, exist_ok=True)
        (docs / src_uri).write_text(text, encoding="utf-8")
        file = File(src_uri, str(docs), str(tmp_path / "site"), True)
        page = Page(None, file, config)
        page.content = "".join(f"<p>{CALL_MARKER.format(number=number)}</p>" for number in numbers)
        files.append(file)
    # A file with no page (a data file), which has no text to check.
    (docs / "timeline.yml").write_text("", encoding="utf-8")
    files.append(File("timeline.yml", str(docs), str(tmp_path / "site"), True))
    return Files(files)


def errors(tmp_path: Path, timeline: str, nav=NAV) -> list[str]:
    events = parse_timeline(timeline, "docs/timeline.yml")
    return [
        str(error) for error in check_against_site(events, site_files(tmp_path), PASSAGES, "docs/timeline.yml", nav)
    ]


def test_each_event_s_note_called_in_its_quoted_paragraph_is_no_error(tmp_path):
    timeline = event("part-1/dams.md", "signed the treaty", 12) + event("part-1/dams.md", "The river flooded", 14)
    assert errors(tmp_path, timeline + event("conclusion.md", "they met", 30)) == []


def test_a_note_of_the_page_outside_the_quoted_paragraph_is_named_with_the_paragraph_s_notes(tmp_path):
    assert errors(tmp_path, event("part-1/dams.md", "The river flooded", 12)) == [
        "docs/timeline.yml:5: note 12 is not called in the quoted paragraph of part-1/dams.md,"
        " which calls notes 13 and 14\n"
        "    Give the note of the quoted passage, or quote the words of the passage that note 12 supports."
        " Notes are numbered across the article: a note added or removed before it changes its number."
    ]


def test_a_note_another_page_calls_is_not_called_on_the_event_s_page(tmp_path):
    (error,) = errors(tmp_path, event("part-1/dams.md", "signed the treaty", 30))
    assert error.startswith("docs/timeline.yml:5: note 30 is not called on part-1/dams.md\n")
    assert error.endswith("The quoted paragraph calls note 12.")


def test_a_quote_not_on_its_page_but_on_another_names_the_other(tmp_path):
    (error,) = errors(tmp_path, event("part-1/dams.md", "they met", 30))
    assert error.startswith("docs/timeline.yml:4: the quote is not in part-1/dams.md: 'they met'\n")
    assert "The words are in conclusion.md" in error


def test_a_page_outside_the_nav_has_its_notes_named_as_not_numbered_in_the_article_s_order(tmp_path):
    (error,) = errors(tmp_path, event("conclusion.md", "they met", 31), nav=("part-1/dams.md",))
    assert error.startswith(
        "docs/timeline.yml:5: conclusion.md is not in the nav, so its notes are not numbered in the article's order"
    )


def test_a_quote_that_several_paragraphs_of_its_page_hold_is_a_warning_naming_how_many():
    from explainer.timeline import shared_quotes

    events = parse_timeline(event("part-1/dams.md", "the treaty", 12), "docs/timeline.yml")
    # As the passage finder counted them, page by page.
    assert shared_quotes(events, {"part-1/dams.md": {"the treaty": 2}}, "docs/timeline.yml") == [
        "docs/timeline.yml:4: the quote is in 2 paragraphs of part-1/dams.md, and the event links to the first:"
        " 'the treaty'; quote more of its words, so that they name one passage"
    ]
    assert shared_quotes(events, {"part-1/dams.md": {"the treaty": 1}}, "docs/timeline.yml") == []
    assert shared_quotes(events, {"conclusion.md": {"the treaty": 2}}, "docs/timeline.yml") == []


def test_a_quote_the_passage_finder_found_is_not_looked_for_in_the_page_s_file_again(tmp_path):
    # The pages' files are gone once converted: the check must not need to read them back.
    files = site_files(tmp_path)
    for file in files.documentation_pages():
        Path(file.abs_src_path).unlink()
    timeline = event("part-1/dams.md", "signed the treaty", 12) + event("conclusion.md", "they met", 30)
    events = parse_timeline(timeline, "docs/timeline.yml")
    assert check_against_site(events, files, PASSAGES, "docs/timeline.yml", NAV) == []


def test_a_note_its_paragraph_calls_before_the_quoted_words_is_a_warning_naming_the_one_after_them(tmp_path):
    # After notes added before the passage, an event's old number named another note of
    # its paragraph: the event linked the wrong source, and no error said so.
    from explainer.timeline import notes_before_their_quote

    passages = {"part-1/dams.md": {"The river flooded": PassageNotes((1, 2), following=2)}}
    timeline = event("part-1/dams.md", "The river flooded", 13) + event("part-1/dams.md", "The river flooded", 14)
    events = parse_timeline(timeline, "docs/timeline.yml")
    assert notes_before_their_quote(events, site_files(tmp_path), passages, "docs/timeline.yml") == [
        "docs/timeline.yml:5: note 13 is called in the quoted paragraph of part-1/dams.md, but not right after the"
        " quoted words, where note 14 is: write `note: 14`, or, if note 13 is the one meant, quote the words it"
        " supports. Notes are numbered across the article: a note added or removed before the passage changes its"
        " number"
    ]


def test_a_note_not_in_its_quoted_paragraph_names_the_note_right_after_the_quoted_words(tmp_path):
    passages = {**PASSAGES, "part-1/dams.md": {"The river flooded": PassageNotes((1, 2), following=1)}}
    events = parse_timeline(event("part-1/dams.md", "The river flooded", 12), "docs/timeline.yml")
    (error,) = check_against_site(events, site_files(tmp_path), passages, "docs/timeline.yml", NAV)
    assert str(error).endswith("The note called right after the quoted words is note 13: write `note: 13`.")


def test_the_passage_finder_gives_the_note_called_right_after_the_quoted_words():
    import xml.etree.ElementTree as etree

    import markdown

    from explainer.markdown_passages import PassageFinder, PassagesExtension

    extension = PassagesExtension()
    finder = PassageFinder(markdown.Markdown(), extension)
    extension.start_page(["signed the treaty", "in June", "The states met", "treaty in June"])
    # A page's paragraph as the note calls leave it: each call a <sup> with its place on the page.
    finder.run(
        etree.fromstring(
            '<div><p>The states met.<sup data-explainer-call="0">1</sup> They signed the treaty'
            '<sup data-explainer-call="1">2</sup>\n  in <em>June</em>.<sup data-explainer-call="2">3</sup></p></div>'
        )
    )
    assert {quote: notes.following for quote, notes in extension.notes.items()} == {
        "signed the treaty": 1,
        "in June": 2,
        "The states met": 0,
        "treaty in June": 2,
    }
