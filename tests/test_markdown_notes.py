"""Markdown in, HTML out: the citation syntax, notes, and their resolution across pages."""

from __future__ import annotations

import markdown
import pytest
from bs4 import BeautifulSoup
from textforms import html_text

from explainer import notes, style
from explainer.bibtex import Bibliography
from explainer.bibtex_parsing import parse_text
from explainer.markdown_notes import NotesExtension, PageNotes

BIB = Bibliography(
    entries={
        entry.key: entry
        for entry in parse_text(
            """
@book{brown2017, author={Brown, K.}, title={China's World}, location={London}, publisher={I.B. Tauris}, date={2017}}
@article{nathan2015, author={Nathan, A. J.}, title={China’s Challenge},
  journaltitle={Journal of Democracy}, volume={26}}
@report{odihr, author={{OSCE}}, title={Final Report}}
@book{carvalho2019, author={de Carvalho, Ana}, title={Exports}, date={2019}}
@article{wang2016, author={Wang, L.}, title={Borders}, journaltitle={Asian Survey}, volume={7}, pages={14--23}}
""",
            "test.bib",
        ).entries
    }
)


def convert(source: str) -> tuple[str, PageNotes]:
    """A page's HTML and its notes, packed and unpacked as the hook holds them until all pages are read."""
    extension = NotesExtension()
    html = markdown.markdown(source, extensions=[extension])
    return html, PageNotes.unpacked(extension.take_page().packed())


def test_packed_notes_come_back_the_same():
    extension = NotesExtension()
    markdown.markdown(
        "One.[@brown2017, p. 5] Two.[^a] Three.[^missing] Four.[^a]\n\n[^a]: See [see @brown2017; @cooley2015].\n"
        "\n[^lonely]: Never called.\n",
        extensions=[extension],
    )
    page = extension.take_page()
    assert len(page.notes) == 2 and page.inline_groups and page.problems
    assert page.undefined_labels == ["missing"] and page.uncalled_labels == ["lonely"]
    assert PageNotes.unpacked(page.packed()) == page


def render(
    pages: list[str], options: notes.StyleOptions | None = None, words: style.StyleWords = style.ENGLISH
) -> list[BeautifulSoup]:
    """Convert pages, resolve their notes in order as the hook does, return each page's HTML."""
    converted = [convert(source) for source in pages]
    refs = [(notes.PageRef(f"p{i}", f"p{i}/"), page_notes) for i, (_, page_notes) in enumerate(converted)]
    resolution = notes.resolve(refs, BIB, options or notes.StyleOptions(), "bibliography/", words)
    labels = {"call": "Note {number}", "backref": "Back to note {number}"}
    out = []
    for (html, _), (ref, _) in zip(converted, refs, strict=True):
        out.append(BeautifulSoup(notes.fill(html, resolution.pages[ref.id], labels), "html.parser"))
    return out


def note_texts(soup: BeautifulSoup) -> dict[int, str]:
    result = {}
    for item in soup.select("li[id^=note-]"):
        for backref in item.select(".footnote-backref"):
            backref.decompose()
        result[int(item["value"])] = html_text(item, emphasis=True)
    return result


def test_a_citation_makes_a_numbered_note_linked_both_ways():
    (page,) = render(["Text.[@brown2017, p. 5]"])
    call = page.select_one("sup.note-call")
    assert call["id"] == "note-ref-1"
    assert call.a["href"] == "#note-1" and call.a.text == "1"
    assert page.select_one("#note-1 .footnote-backref")["href"] == "#note-ref-1"
    assert page.select_one("#note-1 a.citation-ref")["href"] == "../bibliography/#brown2017"
    assert note_texts(page) == {1: "K. Brown, *China's World*, London, I.B. Tauris, 2017, p. 5."}


def test_full_then_ibid_then_short():
    (page,) = render(["A.[@brown2017] B.[@brown2017, p. 7] C.[@nathan2015] D.[@brown2017]"])
    assert note_texts(page) == {
        1: "K. Brown, *China's World*, London, I.B. Tauris, 2017.",
        2: "Ibid., p. 7.",
        3: "A. J. Nathan, “China’s Challenge,” *Journal of Democracy*, vol. 26.",
        4: "Brown, *China's World*.",
    }
    ibid = page.select_one("#note-2 a.citation-ref")
    assert ibid["title"] == "K. Brown, China's World, London, I.B. Tauris, 2017."  # the full reference on hover


def test_a_label_keeps_its_number_on_its_line_in_the_note_and_on_its_card():
    (page,) = render(["A.[@nathan2015, p. 7] B.[@nathan2015]"])
    assert "vol.\u00a026" in str(page.select_one("#note-1")) and "p.\u00a07" in str(page.select_one("#note-1"))
    assert "vol.\u00a026" in page.select_one("#note-2 a.citation-ref")["title"]  # the card's text


def test_several_sources_in_one_note_are_joined_by_semicolons():
    (page,) = render(["A.[@nathan2015; @brown2017, p. 3]"])
    assert note_texts(page) == {
        1: "A. J. Nathan, “China’s Challenge,” *Journal of Democracy*, vol. 26; K. Brown, *China's World*, "
        "London, I.B. Tauris, 2017, p. 3."
    }


def test_a_citation_that_suppresses_the_author_leaves_the_names_out():
    # Pandoc's [-@key], for a sentence that has just named the author.
    (page,) = render(["Brown argues.[-@brown2017, p. 5] Nathan too.[@nathan2015] Brown again.[-@brown2017, p. 6]"])
    assert note_texts(page) == {
        1: "*China's World*, London, I.B. Tauris, 2017, p. 5.",
        2: "A. J. Nathan, “China’s Challenge,” *Journal of Democracy*, vol. 26.",
        3: "*China's World*, p. 6.",
    }
    # The reference on hover is whole.
    assert page.select_one("#note-3 a.citation-ref")["title"] == "K. Brown, China's World, London, I.B. Tauris, 2017."


def test_ibid_needs_the_source_alone_in_the_note_before():
    (page,) = render(["A.[@nathan2015; @brown2017] B.[@brown2017]"])
    assert note_texts(page)[2] == "Brown, *China's World*."


def test_ibid_alone_repeats_the_place_of_the_note_before():
    # As CSL decides: "Ibid." alone means the same place; after a note that named a
    # place, the whole source is cited in its short form, not "Ibid.".
    (page,) = render(["A.[@brown2017, p. 7] B.[@brown2017, p. 7] C.[@brown2017] D.[@brown2017] E.[@brown2017, p. 9]"])
    assert note_texts(page) == {
        1: "K. Brown, *China's World*, London, I.B. Tauris, 2017, p. 7.",
        2: "Ibid.",
        3: "Brown, *China's World*.",
        4: "Ibid.",
        5: "Ibid., p. 9.",
    }


def test_ibid_alone_repeats_the_place_the_note_before_cited_last():
    # A note that cites one source at two places: "Ibid." alone is the second place.
    (page,) = render(["A.[@brown2017, p. 5; @brown2017, p. 9] B.[@brown2017, p. 9] C.[@brown2017, p. 5]"])
    assert note_texts(page)[2] == "Ibid."
    assert note_texts(page)[3] == "Ibid., p. 5."


def backlinks(pages: list[tuple[str, str, bool]]) -> dict[str, list[tuple[str, int]]]:
    """The notes that cite each source, as the bibliography links back to them: (page, number)
    for ``pages`` given as (id, Markdown, whether its notes are numbered apart)."""
    refs = [
        (notes.PageRef(page_id, f"{page_id}/", page_id.title(), separate), convert(source)[1])
        for page_id, source, separate in pages
    ]
    resolution = notes.resolve(refs, BIB, notes.StyleOptions(), "bibliography/")
    return {key: [(link.page.id, link.number) for link in links] for key, links in resolution.backlinks.items()}


def test_a_note_that_cites_a_source_twice_is_one_link_back_and_each_page_s_note_is_its_own():
    found = backlinks(
        [
            ("intro", "A.[@brown2017, p. 5; @brown2017, p. 9] B.[@nathan2015]", False),
            # Two glossary entries, each numbering its notes from 1: two notes 1, on two pages.
            ("basin", "A basin.[@brown2017]", True),
            ("dam", "A dam.[@brown2017]", True),
        ]
    )
    assert found == {"brown2017": [("intro", 1), ("basin", 1), ("dam", 1)], "nathan2015": [("intro", 2)]}


def test_a_note_of_citations_starts_with_a_capital_letter():
    # The note is a sentence: its first word is capitalised, be it a prefix or a particle;
    # a citation inside a prose note is left as it comes.
    source = "A.[see @brown2017, p. 5] B.[see @brown2017] C.[@carvalho2019] D.[@brown2017] E.[@carvalho2019] F.[^p]"
    source += "\n\n[^p]: As [see @carvalho2019, p. 2] argues."
    (page,) = render([source])
    assert note_texts(page) == {
        1: "See K. Brown, *China's World*, London, I.B. Tauris, 2017, p. 5.",
        2: "See Brown, *China's World*.",
        3: "A. de Carvalho, *Exports*, 2019.",
        4: "Brown, *China's World*.",
        5: "De Carvalho, *Exports*.",
        6: "As see Ibid., p. 2 argues.",
    }


def test_prefix_and_prose_note_with_citations_inside():
    source = "A.[See the @odihr] B.[^p]\n\n[^p]: Some *prose*, see [@brown2017; @odihr]."
    (page,) = render([source])
    assert note_texts(page) == {
        1: "See the OSCE, *Final Report*.",
        2: "Some *prose*, see K. Brown, *China's World*, London, I.B. Tauris, 2017; OSCE, *Final Report*.",
    }


def test_notes_are_numbered_across_pages_and_positions_span_the_article():
    first, second = render(["A.[@brown2017] B.[@nathan2015]", "C.[@brown2017]"])
    assert list(note_texts(first)) == [1, 2]
    assert note_texts(second) == {3: "Brown, *China's World*."}
    assert second.select_one("sup.note-call").a.text == "3"


def test_positions_can_restart_on_each_page():
    _, second = render(["A.[@brown2017]", "C.[@brown2017]"], notes.StyleOptions(positions="page"))
    assert note_texts(second) == {2: "K. Brown, *China's World*, London, I.B. Tauris, 2017."}


def test_ibid_can_be_turned_off():
    (page,) = render(["A.[@brown2017] B.[@brown2017]"], notes.StyleOptions(ibid=False))
    assert note_texts(page)[2] == "Brown, *China's World*."


@pytest.mark.parametrize(("breaks", "expected"), [(True, "Brown, *China's World*."), (False, "Ibid.")])
def test_a_prose_note_without_citations_breaks_ibid_by_default(breaks, expected):
    source = "A.[@brown2017] B.[^p] C.[@brown2017]\n\n[^p]: Just prose."
    (page,) = render([source], notes.StyleOptions(prose_breaks_ibid=breaks))
    assert note_texts(page)[3] == expected


@pytest.mark.parametrize(
    "source",
    [
        "Code `[@brown2017]` stays.",
        "```\n[@brown2017]\n```",
        "    [@brown2017] in an indented code block",
        "Write to [speyrouse@gwu.edu] or speyrouse@gwu.edu.",
        r"Escaped \[@brown2017] stays.",
        "A link [@brown2017](https://example.org) stays a link.",
        "The author's [in Central Asia] and [...] stay.",
    ],
)
def test_left_alone(source):
    html, page_notes = convert(source)
    assert page_notes.notes == []
    assert "data-explainer" not in html
    assert "note-call" not in html


def test_citation_in_a_table_list_and_heading():
    source = "# Title[@odihr]\n\n- item[@brown2017]\n\n| a |\n|---|\n| cell[@nathan2015] |\n"
    extension = NotesExtension()
    html = markdown.markdown(source, extensions=["tables", extension])
    assert len(extension.take_page().notes) == 3
    assert html.index("Title") < html.index("item") < html.index("cell")


def test_a_cited_entry_written_without_its_at_is_named_where_it_is():
    from types import MappingProxyType

    bib = Bibliography(BIB.entries, ("test.bib",), MappingProxyType({"set2019": ("test.bib:12", "book")}))
    source = "Text[@set2019].\n"
    _, page_notes = convert(source)
    (error,) = notes.unknown_keys(page_notes, bib, lambda: source, lambda: "docs/page.md")
    assert str(error) == (
        "docs/page.md:1: unknown citation key 'set2019'\n    test.bib:12 writes it without the @ before its type,"
        " so BibTeX reads it as a comment; write @book{set2019, …}."
    )


def test_unknown_key_is_reported_with_line_and_suggestion():
    source = "Intro.\n\nText[@brown2071] and more.\n"
    _, page_notes = convert(source)
    errors = notes.unknown_keys(page_notes, BIB, lambda: source, lambda: "docs/page.md")
    assert [str(error) for error in errors] == [
        "docs/page.md:3: unknown citation key 'brown2071'\n    Did you mean brown2017?"
    ]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("A.[^n] B.[^n]\n\n[^n]: Twice.", "docs/p.md:1: note [^n] is called twice; a note has one call"),
        ("A.[^n]\n\n[^n]:\n", "docs/p.md:3: note [^n] has no text; write it after the colon"),
        ("A.[^n]\n\n[^n]: One.\n\n[^n]: Two.", "docs/p.md:5: note [^n] is defined twice; keep one definition"),
        (
            "A.\n\nSee [the report[@odihr]](https://example.org).",
            "docs/p.md:3: the note call [@odihr] is inside a link's text; put it after the link",
        ),
        (
            "See [a *report*[^n]](https://example.org).\n\n[^n]: Text.",
            "docs/p.md:1: the note call [^n] is inside a link's text; put it after the link",
        ),
        (
            "A.[@odihr]\n\n![The map [@odihr] shows](map.png)",
            "docs/p.md:3: the citation [@odihr] is in an image's description, where no note can go;"
            " put it after the image",
        ),
        # Each placed where it is, not where the same call is written first.
        (
            "A.[@odihr]\n\nB.\n\nSee [the [full] report[@odihr]](https://example.org).",
            "docs/p.md:5: the note call [@odihr] is inside a link's text; put it after the link",
        ),
        ("A.[^n]\n\n[^n]: Text.\n\nB.\n\nC.[^n]", "docs/p.md:7: note [^n] is called twice; a note has one call"),
        (
            "A.[@odihr]\n\nB.\n\n<div>\nAn aside.\n<p>C.[@odihr]</p>\n</div>\n",
            "docs/p.md:7: the note call [@odihr] is inside raw HTML, which Markdown does not read, so it would print"
            " as typed; write the passage in Markdown, or mark its element <div markdown> (the md_in_html extension)",
        ),
    ],
)
def test_note_problems(source, message):
    _, page_notes = convert(source)
    errors = notes.unknown_keys(page_notes, BIB, lambda: source, lambda: "docs/p.md")
    assert [str(error) for error in errors] == [message]


def test_the_same_mistake_written_twice_is_placed_at_each_line():
    source = "A.[@brown2071]\n\nB.[@odihr, p.]\n\nC.[@brown2071]\n\nD.[@odihr, p.]\n"
    _, page_notes = convert(source)
    errors = notes.unknown_keys(page_notes, BIB, lambda: source, lambda: "docs/p.md")
    assert sorted((error.line, error.message.split()[0]) for error in errors) == [
        (1, "unknown"),
        (3, "the"),
        (5, "unknown"),
        (7, "the"),
    ]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("A.\n\nB.[@odihr]{.x} C.", "docs/p.md:3: the note call [@odihr] takes no attributes; remove {.x} after it"),
        (
            "A.[^n]{: #here } B.\n\n[^n]: Text.",
            "docs/p.md:1: the note call [^n] takes no attributes; remove {: #here } after it",
        ),
    ],
)
def test_attributes_after_a_note_call_are_an_error_not_a_lost_call(source, message):
    # attr_list would set them on the call's placeholder, which then no longer reads as one.
    extension = NotesExtension()
    html = markdown.markdown(source, extensions=[extension, "attr_list"])
    page_notes = PageNotes.unpacked(extension.take_page().packed())
    errors = notes.unknown_keys(page_notes, BIB, lambda: source, lambda: "docs/p.md")
    assert [str(error) for error in errors] == [message]
    assert 'class="x"' not in html and 'id="here"' not in html


def test_a_call_in_raw_html_is_an_error_not_text_printed_as_typed():
    source = (
        '<div class="box">A claim.[@odihr, p. 2]</div>\n\n<p>Prose.[^n]</p>\n\n[^n]: Text.\n\n'
        "<div markdown>\nRead as Markdown.[@odihr, p. 3]\n</div>\n\n"
        "```\nA sample: [@odihr] and [^m].\n```\n\n<span>Write to me@example.org [at home]</span>\n\n"
        "<script>\nconst word = /[^a-z]/;\n</script>\n"
    )
    extension = NotesExtension()
    markdown.markdown(source, extensions=[extension, "md_in_html", "fenced_code"])
    page_notes = PageNotes.unpacked(extension.take_page().packed())
    errors = notes.unknown_keys(page_notes, BIB, lambda: source, lambda: "docs/p.md")
    hint = (
        "is inside raw HTML, which Markdown does not read, so it would print as typed; write the passage in"
        " Markdown, or mark its element <div markdown> (the md_in_html extension)"
    )
    assert [str(error) for error in errors] == [
        f"docs/p.md:1: the note call [@odihr, p. 2] {hint}",
        f"docs/p.md:3: the note call [^n] {hint}",
    ]  # and not "[^n] is defined but never called"; the <div markdown> and the code are fine
    assert len(page_notes.notes) == 1


def test_a_note_called_inside_another_is_one_error_not_also_an_uncalled_note():
    source = "A.[^a]\n\n[^a]: Text with a nested note.[^b]\n\n[^b]: The nested one.\n"
    _, page_notes = convert(source)
    errors = notes.unknown_keys(page_notes, BIB, lambda: source, lambda: "docs/p.md")
    assert [str(error) for error in errors] == [
        "docs/p.md:3: the note call [^b] is inside another note's text; notes do not nest:"
        " put its text in that note, and delete the call and its [^b]: line"
    ]
    assert page_notes.uncalled_labels == []


def page_source(source: str, path: str) -> notes.PageSource:
    return notes.PageSource(convert(source)[1], lambda: source, lambda: path)


def test_a_note_called_or_defined_alone_says_what_to_write():
    errors = notes.notes_apart(
        [page_source("Text.[^missing] Again.[^missing]\n\n[^lonely]: Never called.", "docs/p.md")]
    )
    assert [str(error) for error in errors] == [
        "docs/p.md:1: note [^missing] is called but never defined\n"
        "    Write its text on this page, on a line of its own: [^missing]: The note's text.",
        "docs/p.md:3: note [^lonely] is defined but never called\n"
        "    Call it with [^lonely] where the note belongs, or delete it.",
    ]


def test_a_note_whose_text_is_on_another_page_names_both_places():
    pages = [
        page_source("One.\n\nTwo.[^moved]", "docs/a.md"),
        page_source("Three.\n\n[^other]: Elsewhere.\n\n[^moved]: The text.", "docs/b.md"),
    ]
    assert [str(error) for error in notes.notes_apart(pages)] == [
        "docs/a.md:3: note [^moved] is called but never defined\n"
        "    Its text is in docs/b.md:5; a note's text goes on the page of its call: move it here.",
        "docs/b.md:3: note [^other] is defined but never called\n"
        "    Call it with [^other] where the note belongs, or delete it.",
        "docs/b.md:5: note [^moved] is defined but never called\n"
        "    It is called in docs/a.md:3; a note's text goes on the page of its call: move it there.",
    ]


def test_a_key_written_without_brackets_is_named_on_its_own_line():
    source = "One.[@brown2017]\n\nAs @brown2017 says, and @someone on social media, and me@brown2017.org.\n"
    html, page_notes = convert(source)
    assert "As @brown2017 says" in html  # the text is left as written
    errors = notes.unknown_keys(page_notes, BIB, lambda: source, lambda: "docs/p.md")
    assert [str(error) for error in errors] == [
        "docs/p.md:3: @brown2017 is written without brackets, so it is text, not a citation\n"
        "    Write [@brown2017] for a note citing it, or `@brown2017` to show the key as code."
    ]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        # A slip after a full stop, the bracket dropped: text, unless it is named.
        ("Last.@brown2017, pp. 3, 7]\n", "@brown2017 is written without brackets, so it is text, not a citation"),
        # The bracket opened and never closed; with another citation after it, too.
        ("A claim.[@brown2017, p. 4 more text.\n", "the [ before @brown2017 is never closed"),
        ("A claim.[see @brown2017, p. 4 more. B.[@nathan2015]\n", "the [ before @brown2017 is never closed"),
        # A prefix, and the locator's comma left out: the bracket is text, and named.
        ("A claim.[see @brown2017 p. 5]\n", "@brown2017 is written without brackets"),
    ],
)
def test_a_citation_missing_a_bracket_is_named_for_what_it_lacks(source, message):
    _, page_notes = convert(source)
    errors = [str(error) for error in notes.unknown_keys(page_notes, BIB, lambda: source, lambda: "docs/p.md")]
    assert len(errors) == 1 and errors[0].startswith(f"docs/p.md:1: {message}"), errors


def test_a_bracket_left_open_is_placed_at_its_own_line_not_at_the_key_cited_before():
    source = "One.[@brown2017]\n\nTwo.\n\nThree.[@brown2017, p. 4 and more.\n"
    _, page_notes = convert(source)
    errors = [str(error) for error in notes.unknown_keys(page_notes, BIB, lambda: source, lambda: "docs/p.md")]
    assert [error.partition(" the")[0] for error in errors] == ["docs/p.md:5:"]


def test_a_note_defined_three_times_is_placed_at_each_definition_after_the_first():
    source = "A.[^n] and a call: note[^m]: it says.\n\n[^m]: M.\n\n[^n]: One.\n\n[^n]: Two.\n\n[^n]: Three."
    _, page_notes = convert(source)
    errors = [str(error) for error in notes.unknown_keys(page_notes, BIB, lambda: source, lambda: "docs/p.md")]
    assert [error for error in errors if "[^n] is defined twice" in error] == [
        "docs/p.md:7: note [^n] is defined twice; keep one definition",
        "docs/p.md:9: note [^n] is defined twice; keep one definition",
    ]


@pytest.mark.parametrize("body", ["@brown2017.", "@brown2017; p. 2", "@brown2017: p. 2"])
def test_a_citation_that_cannot_be_read_is_one_error_not_two(body):
    source = f"A claim.[{body}]\n"
    _, page_notes = convert(source)
    errors = [str(error) for error in notes.unknown_keys(page_notes, BIB, lambda: source, lambda: "docs/p.md")]
    assert len(errors) == 1 and "opens as a citation but is not one" in errors[0], errors


def test_every_kind_of_citation_slip_on_one_page_is_named_at_its_own_line():
    # One page holding each kind `unknown_keys` reports: each at its file and line, word for
    # word, with the page's Markdown read and its path named once for all of them.
    source = (
        "A.[@brown2071]\n\n"  # an unknown key
        "B.[^n] C.[^n]\n\n[^n]: Twice.\n\n"  # a note's problem
        "As [@nathan2015](https://example.org/a) says.\n\n"  # a key as a link's text
        "As @odihr says.\n\n"  # a key without brackets
        "D.[carvalho2019, p. 4]\n\n"  # a key without its @
        "E.[@wang2016, p. 4 and more.\n"  # a bracket never closed
    )
    _, page_notes = convert(source)
    reads = []

    def read_source():
        reads.append("source")
        return source

    def path_of():
        reads.append("path")
        return "docs/p.md"

    errors = [str(error) for error in notes.unknown_keys(page_notes, BIB, read_source, path_of)]
    assert errors == [
        "docs/p.md:1: unknown citation key 'brown2071'\n    Did you mean brown2017?",
        "docs/p.md:3: note [^n] is called twice; a note has one call",
        "docs/p.md:7: [@nathan2015](https://example.org/a) is a link, not a citation: Markdown shows its text,"
        " @nathan2015, as typed\n    Write the citation after the link, [the words](https://example.org/a)[@nathan2015],"
        " or [@nathan2015] alone: its note links the source's url.",
        "docs/p.md:9: @odihr is written without brackets, so it is text, not a citation\n"
        "    Write [@odihr] for a note citing it, or `@odihr` to show the key as code.",
        "docs/p.md:11: [carvalho2019, p. 4] has no @ before its key, so it is text, not a citation\n"
        "    Write [@carvalho2019, p. 4] for a note citing it, or \\[carvalho2019, p. 4] to keep the brackets as text.",
        "docs/p.md:13: the [ before @wang2016 is never closed, so the citation is text\n"
        "    Close it after the citation: [@wang2016] or [@wang2016, p. 4].",
    ]
    assert sorted(reads) == ["path", "source"]


def test_a_key_in_code_or_a_link_address_is_no_citation_and_no_problem():
    source = "Write `@brown2017` or [a link](https://example.org/@brown2017), or <me@brown2017.org>."
    _, page_notes = convert(source)
    assert notes.unknown_keys(page_notes, BIB, lambda: source, lambda: "docs/p.md") == []


def test_relative_urls():
    assert notes.relative_url("bibliography/", "part-1/a/") == "../../bibliography/"
    assert notes.relative_url("bibliography/", "") == "bibliography/"
    assert notes.relative_url("part-2/b/", "part-2/") == "b/"
    assert notes.relative_url("bibliography.html", "part-1/a.html") == "../bibliography.html"


def test_calls_marked_before_rendering_carry_their_numbers_and_write_out_as_fill_writes_them():
    sources = ["One.[@brown2017] Two.[^a]\n\n[^a]: A prose note.", "Three.[@nathan2015] Four.[@odihr]"]
    converted = [convert(source) for source in sources]
    refs = [(notes.PageRef(f"p{i}", f"p{i}/"), page_notes) for i, (_, page_notes) in enumerate(converted)]
    resolution = notes.resolve(refs, BIB, notes.StyleOptions(), "bibliography/")
    labels = {"call": "Note {number}", "backref": "Back to note {number}"}
    numbers = []
    for (html, _), (ref, _) in zip(converted, refs, strict=True):
        text, listing = notes.split_list(html)
        marked = notes.mark_calls(text, resolution.pages[ref.id].numbers)
        assert "data-explainer-call" not in marked and "note-ref-" not in marked
        numbers.append(notes.note_numbers(marked))
        written = notes.expand_calls(marked, labels)
        assert notes.note_numbers(written) == numbers[-1]
        filled = notes.fill(html, resolution.pages[ref.id], labels)
        assert notes.insert_list(written, notes.fill(listing, resolution.pages[ref.id], labels)) == filled
    assert numbers == [[1, 2], [3, 4]]


def test_a_range_of_numbers_stays_on_one_line_in_the_note_and_on_its_card():
    (page,) = render(["A.[@wang2016, pp. 15–16] B.[@wang2016] C.[@brown2017, pp. 3-4] D.[@brown2017, p. 9]"])
    # The locator's pages (in place of the article's), and a hyphen written between pages
    # (an en dash in print).
    assert [span.text for span in page.select(".explainer-range")] == ["15–16", "3–4"]
    assert "vol.\u00a07, pp.\u00a015–16." in page.select_one("#note-1").get_text()
    # The card's plain text binds the en dash to the number after it, invisibly.
    assert page.select_one("#note-2 a.citation-ref")["title"].endswith("vol.\u00a07, pp.\u00a014–\u206023.")
    assert "–\u2060" not in page.select_one("#note-1").get_text()  # never in the note a reader copies


def test_the_checks_before_numbering_name_every_key_locator_and_note_apart_and_nothing_on_correct_pages():
    pages = [
        page_source("One.[@brown2017, p 5] Two.[@brown2071]\n\nThree.[^moved]\n", "docs/a.md"),
        page_source("Four.[@wang2016, p. 15]\n\n[^moved]: The text.\n", "docs/b.md"),
    ]
    checks = notes.check_citations(pages, BIB, style.ENGLISH, ["bib/a.bib"])
    assert [str(error).splitlines()[0] for error in checks.errors] == [
        "docs/a.md:1: unknown citation key 'brown2071'",
        "docs/a.md:3: note [^moved] is called but never defined",
        "docs/b.md:3: note [^moved] is defined but never called",
    ]
    assert checks.warnings == [
        "docs/a.md:1: the locator 'p 5' of @brown2017 has no full stop after its label; write p. 5"
    ]
    correct = [page_source("One.[@brown2017, p. 5]\n\nTwo.[^a]\n\n[^a]: See [@wang2016].\n", "docs/a.md")]
    assert notes.check_citations(correct, BIB, style.ENGLISH, ["bib/a.bib"]) == notes.CitationChecks([], [])


@pytest.mark.parametrize(
    ("bib_files", "where"),
    [(["bib/a.bib"], "to bib/a.bib"), (["bib/a.bib", "extra/b.bib"], "to one of bib/a.bib, extra/b.bib")],
)
def test_a_key_in_no_bib_file_names_the_files_mkdocs_yml_lists(bib_files, where):
    pages = [page_source("One.[@quillon1999lights]\n", "docs/a.md")]
    (error,) = notes.check_citations(pages, BIB, style.ENGLISH, bib_files).errors
    assert str(error) == (
        "docs/a.md:1: unknown citation key 'quillon1999lights'\n"
        f"    Add an entry with this key {where}, or fix the key."
    )


def test_a_french_page_whose_locator_writes_english_s_label_is_warned_at_its_line():
    french = style.StyleWords(language="fr", page="p.", pages="p.")
    pages = [page_source("Un.[@brown2017, p. 5]\n\nDeux.[@wang2016, pp. 15-16]\n", "docs/a.md")]
    checks = notes.check_citations(pages, BIB, french, ["bib/a.bib"])
    assert checks.warnings == [
        "docs/a.md:3: the locator 'pp. 15-16' of @wang2016 starts with 'pp.', where this article's notes write 'p.';"
        " write p. 15-16"
    ]
    # What the warning is about: the note prints the label as typed, where its own pages have "p.".
    (page,) = render(["Un.[@wang2016, pp. 15-16] Deux.[@brown2017]"], words=french)
    assert "pp.\u00a015–16" in page.select_one("#note-1").get_text()


def test_a_bibliography_without_entries_is_one_warning_naming_its_files():
    checks = notes.check_citations([], Bibliography(entries={}), style.ENGLISH, ["bib/a.bib", "bib/b.bib"])
    assert checks.errors == []
    assert checks.warnings == [
        "bib/a.bib and bib/b.bib: no entries, so the bibliography page lists nothing; add the article's sources"
        ' (CONTRIBUTING.md, "Add a source")'
    ]


def test_an_emptied_bibliography_with_pages_that_cite_is_one_error_not_one_per_citation():
    # An emptied file (a failed save, a sync) gave an "unknown citation key" error for each
    # citation, the cause a warning among them.
    pages = [
        page_source("One.[@brown2017]\n\nTwo.[@wang2016; @brown2017, p. 5]\n", "docs/a.md"),
        page_source("Three.[@nathan2015]\n", "docs/b.md"),
        page_source("No citation.\n", "docs/c.md"),
    ]
    checks = notes.check_citations(pages, Bibliography(entries={}), style.ENGLISH, ["bib/a.bib"])
    assert [str(error) for error in checks.errors] == [
        "bib/a.bib: no entries, so none of the 4 citations on 2 pages can be read\n"
        "    If a failed save or a sync emptied it, restore it from the last saved version"
        " (with git: git checkout -- bib/a.bib); otherwise add the article's sources"
        ' (CONTRIBUTING.md, "Add a source").'
    ]
    assert checks.warnings == []


def test_each_entry_no_note_cites_is_named_at_its_line_of_the_bib_file():
    _html, page_notes = convert("One.[@brown2017] Two.[^a]\n\n[^a]: See [@nathan2015; @odihr; @carvalho2019].\n")
    resolution = notes.resolve([(notes.PageRef("p", "p/"), page_notes)], BIB, notes.StyleOptions(), "bibliography/")
    assert notes.uncited_warnings(BIB, resolution.backlinks) == [
        "test.bib:7: entry 'wang2016' is not cited in any note; cite it or remove it"
    ]
    _html, all_cited = convert("One.[@brown2017; @nathan2015; @odihr; @carvalho2019; @wang2016]\n")
    resolution = notes.resolve([(notes.PageRef("p", "p/"), all_cited)], BIB, notes.StyleOptions(), "bibliography/")
    assert notes.uncited_warnings(BIB, resolution.backlinks) == []


@pytest.mark.parametrize(
    ("language", "in_note", "on_card", "kept"),
    [
        # The month first: the note keeps it with its day by markup, the card by a no-break space.
        ("en", "May 20, 2021", "May\u00a020, 2021", ["May 20"]),
        ("hu", "2021. május 20.", "2021. május\u00a020.", ["május 20"]),
        # Korean lines break between any two syllables, a number from its unit too: kept whole,
        # joined on the card where a line would break (U+2060).
        ("ko", "2021년 5월 20일", "2021\u2060년\u00a05\u2060월\u00a020\u2060일", ["2021년 5월 20일"]),
        # A line breaks after a hyphen: the day and its month kept, not the year's word and the day.
        ("ky", "2021-ж. 20-май", "2021-ж.\u00a020-\u2060май", ["20-май"]),
        ("fr", "20\u00a0mai 2021", "20\u00a0mai 2021", []),  # the day first: a no-break space in both
    ],
)
def test_a_short_form_s_card_keeps_a_date_s_month_with_its_day_in_every_language(language, in_note, on_card, kept):
    # The card is the title attribute's plain text, where no markup keeps "May 20" on a line.
    source = "@online{dated, author={Agency, P.}, title={Report}, date={2021-05-20}}"
    bib = Bibliography(entries={entry.key: entry for entry in parse_text(source, "t.bib").entries})
    html, page_notes = convert("A.[@dated] B.[@dated]")
    words = style.StyleWords(language=language)
    resolution = notes.resolve([(notes.PageRef("p0", "p0/"), page_notes)], bib, notes.StyleOptions(), "bib/", words)
    labels = {"call": "Note {number}", "backref": "Back to note {number}"}
    page = BeautifulSoup(notes.fill(html, resolution.pages["p0"], labels), "html.parser")
    note = page.select_one("#note-1").get_text()
    assert f" {in_note}" in note and note.count("\u00a0") == in_note.count("\u00a0"), note
    assert [span.get_text() for span in page.select("#note-1 .explainer-unbroken")] == kept
    card = page.select_one("#note-2 a.citation-ref")["title"]
    assert card == note.replace(in_note, on_card).strip().removesuffix("↩").strip(), card


def test_bib_files_left_empty_is_named_in_the_error_s_own_place_looked_up_only_for_it():
    # The error held "mkdocs.yml:92" in its words, with no path nor line of its own, and the
    # line was looked up on every build.
    asked = []

    def bib_files_at() -> tuple[str, int]:
        asked.append("mkdocs.yml")
        return "mkdocs.yml", 92

    pages = [page_source("One.[@brown2017, p. 5]\n", "docs/a.md")]
    (error,) = notes.check_citations(pages, BIB, style.ENGLISH, [], bib_files_at).errors
    assert (error.path, error.line) == ("mkdocs.yml", 92)
    assert str(error).startswith("mkdocs.yml:92: extra.explainer.bib_files lists no file")
    assert notes.check_citations(pages, BIB, style.ENGLISH, ["bib/a.bib"], bib_files_at).errors == []
    assert asked == ["mkdocs.yml"]
