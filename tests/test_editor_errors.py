"""What an editor sees when they get something wrong: the file, the line, what to do; no traceback."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from project import edit, line_number, run_build

from explainer.config import missing_bib_files


def build(project: Path, *, strict: bool = True):
    result = run_build(project, project / "site", strict=strict)
    assert "Traceback" not in result.output, result.output
    return result


def test_unknown_key_names_page_line_key_and_closest_keys(project_copy):
    page = project_copy / "docs" / "introduction.md"
    edit(page, "@omelicheva2015democracy, p. 59", "@omelicheva2015democrcy, p. 59")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(page, "@omelicheva2015democrcy")
    assert f"docs/introduction.md:{line}: unknown citation key 'omelicheva2015democrcy'" in result.output
    assert "Did you mean omelicheva2015democracy" in result.output


def test_an_unknown_key_in_other_capitals_names_the_key_meant(project_copy):
    # `[@OMELICHEVA2015DEMOCRACY]` was told to add an entry with that key: difflib, which
    # compares letters as typed, found no key close to it.
    page = project_copy / "docs" / "introduction.md"
    edit(page, "@omelicheva2015democracy, p. 59", "@OMELICHEVA2015DEMOCRACY, p. 59")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(page, "@OMELICHEVA2015DEMOCRACY")
    assert (
        f"docs/introduction.md:{line}: unknown citation key 'OMELICHEVA2015DEMOCRACY'\n"
        "    Did you mean omelicheva2015democracy?"
    ) in result.output


def test_a_locator_with_a_stray_comma_stops_the_build_at_its_line(project_copy):
    # The note printed the comma as written: "Omelicheva, Democracy in Central Asia, , p. 59."
    page = project_copy / "docs" / "introduction.md"
    edit(page, "@omelicheva2015democracy, p. 59", "@omelicheva2015democracy, , p. 59")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(page, "@omelicheva2015democracy, , p. 59")
    assert (
        f"docs/introduction.md:{line}: the locator ', p. 59' of @omelicheva2015democracy starts with a comma: delete it"
    ) in result.output


def test_malformed_bibtex_names_file_and_line(project_copy):
    bib = project_copy / "bib" / "article.bib"
    edit(
        bib,
        "  title     = {China's World. What Does China Want?},",
        "  title     = {China's World. What Does China Want?,",
    )
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "  title     = {China's World. What Does China Want?,")
    assert f"bib/article.bib:{line}: entry 'brown2017world': the value of title opens a brace it never closes" in (
        result.output
    )
    assert f"Close it before location = on line {line + 1}." in result.output


def test_a_field_name_with_two_letters_swapped_stops_the_build_at_its_line(project_copy):
    # `yaer` was kept as a field no one reads: the note lost its year without a word.
    bib = project_copy / "bib" / "article.bib"
    tauris = "  publisher = {I.B. Tauris},\n"
    edit(bib, tauris + "  date      = {2017},", tauris + "  yaer      = {2017},")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "  yaer      = {2017},")
    assert f"bib/article.bib:{line}: entry 'brown2017world': yaer is no field the notes read; did you mean year?" in (
        result.output
    )


def test_every_misspelt_field_of_every_entry_is_named_at_its_line_in_one_build(project_copy):
    # Only the first was named: an editor found an entry's slips one rebuild at a time.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "  author    = {Brown, K.},", "  autor     = {Brown, K.},")
    edit(bib, "  title     = {China's World.", "  titel     = {China's World.")
    edit(
        bib,
        "  publisher = {I.B. Tauris},\n  date      = {2017},",
        "  publisher = {I.B. Tauris},\n  yaer      = {2017},",
    )
    edit(bib, "  publisher = {University Press of Kentucky},", "  pubisher  = {University Press of Kentucky},")
    result = build(project_copy)
    assert result.returncode != 0
    assert "4 errors in the sources:" in result.output
    for written, meant, entry in [
        ("autor     = {Brown, K.}", "author", "brown2017world"),
        ("titel     = {China's World.", "title", "brown2017world"),
        ("yaer      = {2017}", "year", "brown2017world"),
        ("pubisher  = {University Press", "publisher", "omelicheva2015democracy"),
    ]:
        name = written.split()[0]
        line = line_number(bib, written)
        assert (
            f"bib/article.bib:{line}: entry '{entry}': {name} is no field the notes read; did you mean {meant}?"
        ) in result.output
    # Put right, the entries build with no word about their fields.
    for slip, field in [("autor    ", "author   "), ("titel    ", "title    "), ("yaer     ", "date     ")]:
        edit(bib, f"  {slip} = ", f"  {field} = ")
    edit(bib, "  pubisher  = ", "  publisher = ")
    fixed = build(project_copy)
    assert fixed.returncode == 0, fixed.output
    assert "WARNING" not in fixed.output


def test_a_comma_missing_after_a_key_is_one_error_at_the_entry_not_a_brace_too_many(project_copy):
    # The parser stops at the key and leaves the entry's other fields as text: they are that
    # entry's, not fields a } too many closed out of the entry above, which has none.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "@book{omelicheva2015democracy,", "@book{omelicheva2015democracy")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "@book{omelicheva2015democracy")
    assert "1 error in the sources:" in result.output
    # The parser's own words, "Expected comma after entry key, but found =", named no key.
    assert (
        f"bib/article.bib:{line}: entry 'omelicheva2015democracy': the key has no comma after it, so BibTeX cannot"
        " read author =\n    Write @book{omelicheva2015democracy, with a comma after the key."
    ) in result.output, result.output
    assert "outside any entry" not in result.output


def test_a_not_in_name_no_article_page_writes_is_a_warning_at_its_line(project_copy):
    # A slip in copying the name hides nothing: "China" would be linked inside the name meant.
    entry = project_copy / "docs" / "glossary" / "china.md"
    edit(entry, "  - Communist Youth League of China\n", "  - Comunist Youth League of China\n")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(entry, "Comunist Youth League of China")
    assert (
        f"docs/glossary/china.md:{line}: `not_in`: 'Comunist Youth League of China' is on no article page,"
        " so it hides nothing; copy the name as the article writes it, or delete the line"
    ) in result.output
    # Written in other case, or with a hyphen for a space, the name is found, as terms are.
    edit(entry, "  - Comunist Youth League of China\n", "  - communist youth league-of China\n")
    assert build(project_copy).returncode == 0


def test_duplicate_key_names_both_places(project_copy):
    bib = project_copy / "bib" / "article.bib"
    with bib.open("a", encoding="utf-8") as handle:
        handle.write("\n@book{brook2019state,\n  title = {Another},\n}\n")
    result = build(project_copy)
    assert result.returncode != 0
    last = len(bib.read_text(encoding="utf-8").splitlines()) - 2
    first = line_number(bib, "@book{brook2019state")
    assert f"bib/article.bib:{last}: duplicate key 'brook2019state'" in result.output
    assert f"first used at bib/article.bib:{first}" in result.output


def test_uncited_entry_is_a_warning(project_copy):
    bib = project_copy / "bib" / "article.bib"
    with bib.open("a", encoding="utf-8") as handle:
        handle.write("\n@book{uncited2020,\n  title = {Never Cited},\n}\n")
    line = line_number(bib, "@book{uncited2020")
    message = f"WARNING -  bib/article.bib:{line}: entry 'uncited2020' is not cited in any note"
    relaxed = build(project_copy, strict=False)
    assert relaxed.returncode == 0
    assert message in relaxed.output
    strict = build(project_copy)
    assert strict.returncode != 0
    assert message in strict.output


def test_the_book_a_cited_chapter_names_as_its_crossref_is_no_uncited_entry(project_copy):
    # The chapter took its book's fields from a @collection by `crossref`, as JabRef and
    # Zotero's users write one: the book was warned of as cited by no note ("cite it or
    # remove it"), so `make build` stopped, and removed, it stopped the build as well.
    bib = project_copy / "bib" / "article.bib"
    edit(
        bib,
        "  editor    = {Breslin, S.},\n  booktitle = {Handbook of China's International Relations},\n"
        "  location  = {London and New York},\n  publisher = {Routledge},\n  date      = {2010},\n",
        "  crossref  = {breslin2010handbook},\n",
    )
    with bib.open("a", encoding="utf-8") as handle:
        handle.write(
            "\n@collection{breslin2010handbook,\n  editor    = {Breslin, S.},\n"
            "  title     = {Handbook of China's International Relations},\n  location  = {London and New York},\n"
            "  publisher = {Routledge},\n  date      = {2010},\n}\n"
        )
    strict = build(project_copy)
    assert strict.returncode == 0, strict.output
    assert "not cited in any note" not in strict.output
    note = strict.page("introduction/").find("li", id="note-1").get_text(" ", strip=True)
    assert (
        "in S. Breslin (ed.), Handbook of China's International Relations , London and New York, Routledge, 2010"
        in note
    )


def test_a_warning_about_a_field_names_the_field_s_line(project_copy):
    # The entries cross from the process that parses them: where each field is crosses too.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "  publisher = {I.B. Tauris},\n", "  publisher = {I.B. Tauris},\n  annotator = {Doe, J.},\n")
    line = line_number(bib, "  annotator = {Doe, J.},")
    result = build(project_copy, strict=False)
    assert f"WARNING -  bib/article.bib:{line}: entry 'brown2017world': annotator is not printed" in result.output


def test_citation_in_code_and_email_address_are_left_alone(project_copy):
    page = project_copy / "docs" / "conclusion.md"
    with page.open("a", encoding="utf-8") as handle:
        handle.write("\nWrite `[@nosuchkey]` for a note; ask speyrouse@gwu.edu or [me@example.org].\n")
        # An address whose domain is a key was named as `[see@k]`, a citation missing its space.
        handle.write("\nWrite [Brown, at brown@brown2017world].\n")
        handle.write("\n```\n[@nosuchkey, p. 1]\n```\n")
    result = build(project_copy)
    assert result.returncode == 0, result.output
    html = (project_copy / "site" / "conclusion" / "index.html").read_text(encoding="utf-8")
    assert "<code>[@nosuchkey]</code>" in html
    assert "[@nosuchkey, p. 1]" in html
    assert "speyrouse@gwu.edu or [me@example.org]" in html
    assert "[Brown, at brown@brown2017world]" in html


def test_prose_note_called_but_not_defined(project_copy):
    page = project_copy / "docs" / "introduction.md"
    edit(page, "[^sreb]:", "[^sreb-renamed]:")
    result = build(project_copy)
    assert result.returncode != 0
    assert (
        f"docs/introduction.md:{line_number(page, '[^sreb]')}: note [^sreb] is called but never defined"
        in result.output
    )


def test_a_prose_note_moved_to_another_page_names_where_it_belongs(project_copy):
    introduction = project_copy / "docs" / "introduction.md"
    conclusion = project_copy / "docs" / "conclusion.md"
    text = next(line for line in introduction.read_text(encoding="utf-8").splitlines() if line.startswith("[^sreb]:"))
    edit(introduction, text + "\n", "")
    conclusion.write_text(conclusion.read_text(encoding="utf-8") + "\n" + text + "\n", encoding="utf-8")
    result = build(project_copy)
    assert result.returncode != 0
    call = f"docs/introduction.md:{line_number(introduction, '[^sreb]')}"
    definition = f"docs/conclusion.md:{line_number(conclusion, '[^sreb]:')}"
    assert f"{call}: note [^sreb] is called but never defined\n    Its text is in {definition};" in result.output
    assert f"{definition}: note [^sreb] is defined but never called\n    It is called in {call};" in result.output


def test_a_note_label_with_a_space_names_page_and_line_once(project_copy):
    # "[^s reb]" is neither a call nor a definition: both would print as typed.
    page = project_copy / "docs" / "introduction.md"
    page.write_text(page.read_text(encoding="utf-8").replace("[^sreb]", "[^s reb]"), encoding="utf-8")
    result = build(project_copy)
    assert result.returncode != 0
    message = "note label [^s reb] holds a space; a label is one word: [^s-reb]"
    assert f"docs/introduction.md:{line_number(page, '[^s reb]')}: {message}" in result.output
    assert result.output.count(message) == 1
    assert "1 error in the sources" in result.output


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        # Left as text, it printed "[^]" where a note was meant, and nothing said so.
        ("[^sreb]\n", "[^]\n", "note call [^] has no label"),
        ("[^sreb]\n", "[^ ]\n", "note call [^ ] has no label"),
        # Read as a link's definition, the note's text vanished without a word.
        ("[^sreb]: The Silk Road", "[^]: The Silk Road", "note definition [^]: has no label"),
        ("[^sreb]: The Silk Road", "[^]: Silk", "note definition [^]: has no label"),
    ],
)
def test_a_note_with_no_label_names_page_and_line(project_copy, old, new, message):
    page = project_copy / "docs" / "introduction.md"
    edit(page, old, new)
    # A sample in code higher on the page is not taken for the place.
    first = page.read_text(encoding="utf-8").split("\n")[13]
    edit(page, first + "\n", first + " Samples: `[^]`, `[^ ]`.\n")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(page, new)
    advice = "name the note in one word, [^label], at its call and before its text: [^label]: …"
    assert f"docs/introduction.md:{line}: {message}; {advice}" in result.output
    assert result.output.count(message) == 1
    assert "holds a space" not in result.output


def test_a_note_call_with_no_label_in_code_is_left_alone(project_copy):
    page = project_copy / "docs" / "conclusion.md"
    with page.open("a", encoding="utf-8") as handle:
        handle.write("\nA class that matches nothing is `[^]` or `[^ ]`.\n")
        handle.write("\n```\n/[^]/ and [^]: as typed\n```\n")
    result = build(project_copy)
    assert result.returncode == 0, result.output
    html = (project_copy / "site" / "conclusion" / "index.html").read_text(encoding="utf-8")
    assert "<code>[^]</code> or <code>[^ ]</code>" in html
    assert "/[^]/ and [^]: as typed" in html


@pytest.mark.parametrize(
    ("citation", "message"),
    [
        ("[@brook2019state, p.]", "the locator 'p.' of @brook2019state names no place"),
        ("[@brook2019state, pp. 30-12]", "the locator 'pp. 30-12' of @brook2019state has a range that runs backwards"),
        # Left as text, it would print "[@brook2019state p. 5]" where a note was meant.
        (
            "[@brook2019state p. 5]",
            "[@brook2019state p. 5] opens as a citation but is not one: "
            "the item '@brook2019state p. 5' has words after its key",
        ),
        ("[@brook2019state; @brook2019state]", "the note cites @brook2019state twice; cite it once"),
        # These printed as typed, or with brackets around the note's number, without a word.
        ("[@]", "[@] opens as a citation but is not one: an @ has no key after it"),
        (
            "[@@brook2019state]",
            "[@@brook2019state] opens as a citation but is not one: the item '@@brook2019state' has two @ before"
            " its key; write @brook2019state",
        ),
        (
            "[＠brook2019state]",
            "[＠brook2019state] writes its @ as the full-width '＠', so it is text, not a citation\n"
            "    Write [@brook2019state] for a note citing it",
        ),
        (
            "[[@brook2019state]]",
            "the citation [@brook2019state] is in brackets of its own, [[@brook2019state]], which the text shows"
            " around its note's number ([1]); write [@brook2019state]",
        ),
        (
            "[see@brook2019state, p. 4]",
            "[see@brook2019state, p. 4] has no space before the @ of @brook2019state, so it is text, not a citation\n"
            "    Write a space before it: [see @brook2019state, p. 4].",
        ),
        (
            "[^@brook2019state]",
            "note [^@brook2019state] is called but never defined\n    A citation is written without the ^:"
            " [@brook2019state].",
        ),
        # It was said to be "in an image's description", with no line.
        (
            "[as Brook writes](https://example.org/[@brook2019state])",
            "the citation [@brook2019state] is in a link's address, where no note can go; put it after the link",
        ),
    ],
)
def test_a_citation_an_editor_mistyped_names_page_and_line(project_copy, citation, message):
    page = project_copy / "docs" / "part-1" / "new-paradigm.md"
    edit(page, "[@brook2019state]", citation)
    result = build(project_copy)
    assert result.returncode != 0
    assert f"docs/part-1/new-paradigm.md:{line_number(page, citation)}: {message}" in result.output


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "    paragraph: 2\n",
            "    paragraph: 9\n",
            "summary point 2: `paragraph: 9` is not a paragraph of this page (1 to 4)",
        ),
        (
            "  - point: According",
            "  - pont: According",
            "summary point 2: `pont` is not a field of a point; did you mean `point`?\n    Write `point:`.",
        ),
        (
            "    paragraph: 2\n",
            "    note: 3\n    paragraph: 2\n",
            "summary point 2: `note` is not a field of a point\n    A point has `point:` (its text) and",
        ),
        ("    paragraph: 2\n", "    paragraph: yes\n", "summary point 2: `paragraph: True` is not a paragraph"),
        (
            "    paragraph: 2\n",
            '    paragraph: "2"\n',
            "summary point 2: `paragraph: '2'` is not a paragraph number; write it without quotes",
        ),
        (
            "  - point: According",
            "  - point: As [@brook2019state] says, according",
            "summary point 2 holds markup ('[@'), which would show as typed",
        ),
        ("summary:\n", "summery:\n", "`summery` is not read; did you mean `summary`?"),
    ],
)
def test_a_summary_point_names_its_line(project_copy, old, new, message):
    page = project_copy / "docs" / "introduction.md"
    edit(page, old, new)
    line = line_number(page, new.strip())
    result = build(project_copy)
    assert result.returncode != 0
    assert f"docs/introduction.md:{line}: {message}" in result.output


def test_a_front_matter_key_close_to_one_a_page_is_read_for_is_named_at_its_line(project_copy):
    # MkDocs keeps any key: the page would lose its title without a word.
    page = project_copy / "docs" / "conclusion.md"
    text = page.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    page.write_text("---\ntitel: The End\n" + text[4:], encoding="utf-8")
    result = build(project_copy)
    assert result.returncode != 0
    assert "docs/conclusion.md:2: `titel` is not read; did you mean `title`?" in result.output
    assert "Write `title:`; until then the page has no `title`." in result.output


def test_every_summary_point_that_names_a_paragraph_no_longer_there_is_named_at_once(project_copy):
    # As after a paragraph moved to another page: two points named the paragraph it was.
    page = project_copy / "docs" / "part-2" / "extradition.md"
    text = page.read_text(encoding="utf-8")
    last = text.rstrip("\n").rsplit("\n\n", 1)[1]
    page.write_text(text.replace("\n\n" + last, ""), encoding="utf-8")
    result = build(project_copy)
    assert result.returncode != 0
    lines = [number for number, line in enumerate(text.split("\n"), start=1) if line == "    paragraph: 2"]
    assert len(lines) == 2
    assert "2 errors in the sources:" in result.output
    for point, line in zip((2, 3), lines, strict=True):
        assert (
            f"docs/part-2/extradition.md:{line}: summary point {point}: `paragraph: 2` is not a paragraph of this page"
            " (1 to 1)"
        ) in result.output
    # What to do: the paragraphs after one moved are renumbered, and its point goes with it.
    assert (
        "    Count the page's paragraphs again. A paragraph moved to another page or removed changes the numbers of"
        " those after it, so a point that names one of them may now name the next: check every point. If this"
        " point's paragraph left the page, move the point to that page's summary, or delete it."
    ) in result.output


@pytest.mark.parametrize("item", [{"paragraph": 1}, {"point": " ", "paragraph": 1}, "A point without its field"])
def test_a_summary_point_without_its_text(item):
    from explainer.errors import ExplainerError
    from explainer.summaries import parse_summary

    source = "---\nsummary:\n  - point: One.\n    paragraph: 1\n  - ...\n---\n"
    with pytest.raises(ExplainerError) as raised:
        parse_summary({"summary": [{"point": "One.", "paragraph": 1}, item]}, "docs/x.md", 1, source)
    assert str(raised.value) == "docs/x.md:5: summary point 2 needs `point: text`"


@pytest.mark.parametrize("text", ["[]\n", "\n", "# events to come\n"])
def test_a_timeline_with_no_events_is_a_warning_and_leaves_no_slot(project_copy, text):
    (project_copy / "docs" / "timeline.yml").write_text(text, encoding="utf-8")
    result = build(project_copy)
    assert result.returncode != 0  # strict: a page with no events is a slip until the file goes
    assert "docs/timeline.yml: the timeline has no events, so its page is empty;" in result.output
    relaxed = build(project_copy, strict=False)
    assert relaxed.returncode == 0, relaxed.output
    page = (relaxed.site / "timeline" / "index.html").read_text(encoding="utf-8")
    assert "data-explainer-timeline" not in page and "explainer-timeline__event" not in page


def test_a_timeline_quote_two_paragraphs_hold_is_a_warning(project_copy):
    # The event would link to the first, which may not be the passage meant.
    quote = "Akayev's decision to transfer some portions of Kyrgyzstan's territory to China"
    with (project_copy / "docs" / "conclusion.md").open("a", encoding="utf-8") as page:
        page.write(f"\nA paragraph added later repeats it: {quote}.\n")
    result = build(project_copy)
    assert result.returncode != 0  # strict
    assert (
        f"docs/timeline.yml:10: the quote is in 2 paragraphs of conclusion.md, and the event links to the first:"
        f" {quote!r}; quote more of its words, so that they name one passage"
    ) in result.output


def test_two_timeline_events_may_quote_one_passage(project_copy):
    # The passage is in one paragraph, however many events quote it.
    quote = "Akayev's decision to transfer some portions of Kyrgyzstan's territory to China"
    with (project_copy / "docs" / "timeline.yml").open("a", encoding="utf-8") as timeline:
        timeline.write(
            '\n- date: "2005"\n  event: Another event of the same passage.\n  countries: [Kyrgyzstan]\n'
            f'  page: conclusion.md\n  quote: "{quote}"\n'
        )
    result = build(project_copy)
    assert result.returncode == 0, result.output
    assert "paragraphs of conclusion.md" not in result.output
    events = result.page("timeline/").select(".explainer-timeline__event")
    first, added = (
        next(event for event in events if words in event.get_text()).select_one(".explainer-timeline__source a")["href"]
        for words in ("the Tulip Revolution that overthrows him", "Another event of the same passage")
    )
    assert first == added and first.startswith("../conclusion/#p")


def timeline_link(result, words: str) -> str:
    """The link of the timeline's event whose text holds ``words`` to its passage."""
    events = result.page("timeline/").select(".explainer-timeline__event")
    event = next(event for event in events if words in event.get_text())
    return event.select_one(".explainer-timeline__source a")["href"]


def paragraph_id(result, url: str, words: str) -> str:
    """The id of the paragraph of the page at ``url`` whose text, without its note calls, holds ``words``."""
    page = result.page(url)
    for call in page.select("p[id] sup"):
        call.decompose()
    return next(p["id"] for p in page.select("p[id]") if words in " ".join(p.get_text().split()))


def test_a_timeline_quote_over_a_line_break_is_the_reader_s_words(project_copy):
    # A paragraph hard-wrapped in the Markdown reads as one line: a line break is a space, both ways.
    page = project_copy / "docs" / "part-1" / "western-values.md"
    edit(page, "led to the Tulip revolution in Kyrgyzstan", "led to the Tulip revolution\nin Kyrgyzstan")
    timeline = project_copy / "docs" / "timeline.yml"
    edit(
        timeline,
        '  quote: "to the riots and second revolution in 2010"',
        "  quote: |-\n    to the riots and second\n    revolution in 2010",
    )
    result = build(project_copy)
    assert result.returncode == 0, result.output
    passage = f"../part-1/western-values/#{paragraph_id(result, 'part-1/western-values/', 'the Tulip revolution in')}"
    assert timeline_link(result, "The Tulip Revolution takes place") == passage
    assert timeline_link(result, "Riots and a second revolution") == passage


def add_event(project: Path, page: str, quote: str) -> str:
    """Add an event of ``page`` quoting ``quote`` to the timeline; its text, to find it by."""
    with (project / "docs" / "timeline.yml").open("a", encoding="utf-8") as timeline:
        timeline.write(
            f'\n- date: "2020"\n  event: An event added to quote {page}.\n  countries: [China]\n'
            f'  page: {page}\n  quote: "{quote}"\n'
        )
    return f"An event added to quote {page}."


@pytest.mark.parametrize(
    ("page", "markup", "quote", "read"),
    [
        (  # the page writes *qiáowù* (*huáqiáo shìwù*)
            "part-2/index.md",
            None,
            "known as qiáowù (huáqiáo shìwù), which consists of",
            "known as qiáowù (huáqiáo shìwù), which consists of",
        ),
        ("part-2/index.md", None, "known as *qiáowù* (*huáqiáo shìwù*), which consists of", "known as qiáowù"),
        (  # Heaven.[@brook2019state] As a result
            "part-1/new-paradigm.md",
            None,
            "under the Mandate of Heaven. As a result, China promotes",
            "under the Mandate of Heaven. As a result, China promotes",
        ),
        (  # 2011.[^zhanaozen] Although
            "part-1/opposition-and-separatism.md",
            None,
            "in Zhanaozen in 2011. Although there are still significant gaps",
            "in Zhanaozen in 2011. Although there are still significant gaps",
        ),
        (  # a word's language, given with attr_list: its braces are no words either
            "part-1/western-values.md",
            ("a think tank which", "a *think tank*{lang=en-GB} which"),
            "a think tank which is administered by the Chinese Ministry",
            "a think tank which is administered by the Chinese Ministry",
        ),
        (  # a link: its text is read, its address is not
            "part-1/western-values.md",
            (
                "the China Institute of International Studies",
                "the [China Institute of International *Studies*](https://www.ciis.org.cn/)",
            ),
            "According to the China Institute of International Studies, a think tank",
            "According to the China Institute of International Studies, a think tank",
        ),
    ],
)
def test_a_timeline_quote_is_the_words_a_reader_reads_not_the_page_s_markup(project_copy, page, markup, quote, read):
    # Emphasis marks, citations, note calls and a link's address are no words of the paragraph.
    if markup:
        edit(project_copy / "docs" / page, *markup)
    event = add_event(project_copy, page, quote)
    result = build(project_copy)
    assert result.returncode == 0, result.output
    url = page.removesuffix("index.md").removesuffix(".md").removesuffix("/") + "/"
    assert timeline_link(result, event) == f"../{url}#{paragraph_id(result, url, read)}"


def test_a_timeline_quote_over_two_paragraphs_or_not_on_the_page_is_named_so_markup_or_not(project_copy):
    # The first paragraph ends with a citation: its words and the next one's are on the page, not in one paragraph.
    over_two = "second revolution in 2010. China has set Kyrgyzstan as an example"
    marked = "known as *qiáowù*, which the article never wrote"
    add_event(project_copy, "part-1/western-values.md", over_two)
    add_event(project_copy, "part-2/index.md", marked)
    result = build(project_copy)
    assert result.returncode != 0
    timeline = project_copy / "docs" / "timeline.yml"
    assert (
        f"docs/timeline.yml:{line_number(timeline, over_two)}: the quote is in part-1/western-values.md but not in one"
        f" paragraph of its text: {over_two!r}\n    Quote words that stand together in one paragraph."
    ) in result.output
    assert f"docs/timeline.yml:{line_number(timeline, marked)}: the quote is not in part-2/index.md" in result.output


def test_a_timeline_page_renamed_names_the_page_that_now_holds_the_quote(project_copy):
    # conclusion.md renamed closing.md, in the nav too: too far apart for a slip's "did you mean".
    (project_copy / "docs" / "conclusion.md").rename(project_copy / "docs" / "closing.md")
    edit(project_copy / "mkdocs.yml", "  - Conclusion: conclusion.md", "  - Conclusion: closing.md")
    result = build(project_copy)
    assert result.returncode != 0
    timeline = project_copy / "docs" / "timeline.yml"
    line = line_number(timeline, "  page: conclusion.md")
    assert (
        f"docs/timeline.yml:{line}: page 'conclusion.md' does not exist\n"
        "    The quoted words are in closing.md: write `page: closing.md`."
    ) in result.output


def test_a_timeline_quote_on_another_page_names_that_page_and_not_the_note(project_copy):
    # As after a paragraph moved to another page: the event's page is the old one. Its note,
    # called on the new page, is no second error: on the old page no note of it is called.
    timeline = project_copy / "docs" / "timeline.yml"
    quote = "in 2007, the Committee on the Elimination of Racial Discrimination expressed its"
    edit(timeline, f'  page: part-2/extradition.md\n  quote: "{quote}"', f'  page: conclusion.md\n  quote: "{quote}"')
    result = build(project_copy)
    assert result.returncode != 0
    assert (
        f"docs/timeline.yml:{line_number(timeline, quote)}: the quote is not in conclusion.md: {quote!r}\n"
        "    The words are in part-2/extradition.md: if the passage moved, write `page: part-2/extradition.md`."
    ) in result.output
    assert "1 error in the sources" in result.output
    assert "is not called on conclusion.md" not in result.output


@pytest.mark.parametrize(
    ("quote", "note", "message"),
    [
        (
            "the demonstrations that took place during the events in Zhanaozen in 2011",
            26,
            "note 26 is not called in the quoted paragraph of part-1/opposition-and-separatism.md,"
            " which calls notes 27 and 28",
        ),
        (  # a paragraph of note 27's own text
            "clashes between protesters and police attempting to disperse them resulted in the deaths of 11 people",
            28,
            "note 28 is not called in the quoted paragraph of part-1/opposition-and-separatism.md,"
            " which is the text of note 27",
        ),
    ],
)
def test_a_timeline_note_the_quoted_paragraph_does_not_call_names_the_notes_it_does(project_copy, quote, note, message):
    # The note is on the page, but supports another passage: the event would link it.
    timeline = project_copy / "docs" / "timeline.yml"
    edit(timeline, f'  quote: "{quote}"\n  note: 27\n', f'  quote: "{quote}"\n  note: {note}\n')
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(timeline, f'  quote: "{quote}"') + 1
    assert f"docs/timeline.yml:{line}: {message}\n    Give the note of the quoted passage" in result.output


@pytest.mark.parametrize("written", ["date:\n", 'date: ""\n'])
def test_a_timeline_date_left_empty_is_named_as_empty(project_copy, written):
    # YAML reads `date:` alone as None, which the message quoted: "date 'None' is not YYYY…".
    timeline = project_copy / "docs" / "timeline.yml"
    edit(timeline, 'date: "2005"\n', written)
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(timeline, written)
    assert f"docs/timeline.yml:{line}: `date` is empty\n    Write the date after it, in quotes" in result.output
    assert "None" not in result.output


@pytest.mark.parametrize(
    ("entry", "slip", "meant"),
    [
        ("  - Conclusion: conclusion.md\n", "  - Conclusion: conclusions.md\n", "conclusion.md"),
        ("      - part-1/new-paradigm.md\n", "      - part-1/new-paradigms.md\n", "part-1/new-paradigm.md"),
    ],
)
def test_a_nav_entry_whose_page_is_not_there_names_its_line_in_mkdocs_yml(project_copy, entry, slip, meant):
    # MkDocs alone says "A reference to 'conclusions.md' is included in the 'nav' configuration,
    # which is not found in the documentation files": no file, no line, no page meant.
    config = project_copy / "mkdocs.yml"
    edit(config, entry, slip)
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(config, slip)
    missing = slip.split()[-1]
    assert f"mkdocs.yml:{line}: A reference to '{missing}' is included in the 'nav' configuration" in result.output
    assert f"Did you mean {meant}? Write the page's path inside the docs folder, or create the page." in result.output


def test_a_nav_entry_written_with_a_slash_before_its_page_names_its_line(project_copy):
    # MkDocs took `/conclusion.md` for an address and said so in a note: the only warning was
    # that conclusion.md is not in the nav, where the editor sees it listed.
    config = project_copy / "mkdocs.yml"
    edit(config, "  - Conclusion: conclusion.md\n", "  - Conclusion: /conclusion.md\n")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(config, "  - Conclusion: /conclusion.md")
    assert (
        f"WARNING -  mkdocs.yml:{line}: '/conclusion.md' starts with /, so the nav links to an address on the server,"
        " not to the page conclusion.md\n"
        "    Write conclusion.md: a page is named by its path inside the docs folder, with no / before it."
    ) in result.output


@pytest.mark.parametrize(
    ("entry", "twice"),
    [
        # Listed again beside itself: the build passed, its nav listed the page twice, and the
        # page's "previous" link led to itself.
        ("  - Conclusion: conclusion.md\n", "  - Conclusion: conclusion.md\n  - Again: conclusion.md\n"),
        # Listed again in another section: 21 errors about the timeline's notes, none naming the nav.
        ("      - part-2/extradition.md\n", "      - part-2/extradition.md\n      - part-1/western-values.md\n"),
        # Written otherwise, the same page to MkDocs.
        ("  - Conclusion: conclusion.md\n", "  - Conclusion: conclusion.md\n  - Again: ./conclusion.md\n"),
    ],
)
def test_a_page_the_nav_lists_twice_names_both_lines(project_copy, entry, twice):
    config = project_copy / "mkdocs.yml"
    edit(config, entry, twice)
    result = build(project_copy)
    assert result.returncode != 0
    page = twice.split()[-1].removeprefix("./")
    first, second = (index + 1 for index, line in enumerate(config.read_text().splitlines()) if line.endswith(page))
    assert (
        f"mkdocs.yml:{second}: {page} is in the nav twice (lines {first} and {second}), so the article's order holds"
        " it more than once and its notes are numbered at one place only\n"
        "    Keep the line where the page belongs in the article's order, and delete the rest."
    ) in result.output
    assert "is not called on" not in result.output


@pytest.mark.parametrize(
    ("old", "new", "meant"),
    [
        ("markdown_extensions:\n", "markdown_extension:\n", "markdown_extensions"),
        ("plugins:\n", "extra_cs:\n  - assets/extra.css\nplugins:\n", "extra_css"),
    ],
)
@pytest.mark.parametrize("strict", [True, False])
def test_an_option_mkdocs_does_not_know_names_its_line_and_the_option_meant(project_copy, old, new, meant, strict):
    # MkDocs alone says "Config value 'markdown_extension': Unrecognised configuration name:
    # markdown_extension", and builds without the option: no line, no option meant.
    config = project_copy / "mkdocs.yml"
    edit(config, old, new)
    result = build(project_copy, strict=strict)
    name = new.split(":")[0]
    line = line_number(config, f"{name}:")
    assert (
        f"mkdocs.yml:{line}: Config value '{name}': Unrecognised configuration name: {name}\n"
        f"    Did you mean {meant}? MkDocs builds the site as if the line were not there"
    ) in result.output
    if meant == "markdown_extensions" and not strict:
        # Built as if the line were not there, the article's pages have no attr_list for the
        # author's foreign words' `{lang=…}`: an error, which says what to add where.
        assert "mkdocs.yml does not enable attr_list, which reads it" in result.output
    else:
        assert (result.returncode != 0) == strict


@pytest.mark.parametrize(
    ("old", "new", "slip", "warning", "meant"),
    [
        (
            "  anchors: warn\n",
            "  link:\n    anchors: warn\n  anchors: warn\n",
            "  link:",
            "Config value 'validation': Sub-option 'link': Unrecognised configuration name: link",
            "links",
        ),
        (
            "    omitted_files: warn\n",
            "    omited_files: warn\n",
            "    omited_files:",
            "Config value 'validation': Sub-option 'nav': Sub-option 'omited_files': "
            "Unrecognised configuration name: omited_files",
            "omitted_files",
        ),
        (
            "plugins:\n  - search\n",
            "plugins:\n  - search:\n      lng: en\n",
            "      lng:",
            "Config value 'plugins': Plugin 'material/search' option 'lng': Unrecognised configuration name: lng",
            "lang",
        ),
    ],
)
@pytest.mark.parametrize("strict", [True, False])
def test_a_sub_option_mkdocs_does_not_know_names_its_line_and_the_option_meant(
    project_copy, old, new, slip, warning, meant, strict
):
    # MkDocs alone gives the words below, with no line, and builds without the sub-option.
    config = project_copy / "mkdocs.yml"
    edit(config, old, new)
    result = build(project_copy, strict=strict)
    line = line_number(config, f"\n{slip}") + 1
    assert (
        f"mkdocs.yml:{line}: {warning}\n    Did you mean {meant}? MkDocs builds the site as if the line were not there"
    ) in result.output
    assert (result.returncode != 0) == strict


def test_an_unknown_sub_option_in_the_file_inherit_names_is_placed_there(project_copy):
    (project_copy / "mkdocs.yml").rename(project_copy / "base.yml")
    edit(project_copy / "base.yml", "    omitted_files: warn\n", "    omited_files: warn\n")
    (project_copy / "mkdocs.yml").write_text(
        "INHERIT: base.yml\nvalidation:\n  links:\n    anchors: warn\n", encoding="utf-8"
    )
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(project_copy / "base.yml", "omited_files:")
    assert f"base.yml:{line}: Config value 'validation': Sub-option 'nav': Sub-option 'omited_files'" in result.output
    assert "Did you mean omitted_files?" in result.output


def test_an_unknown_option_in_the_file_inherit_names_is_placed_there(project_copy):
    (project_copy / "mkdocs.yml").rename(project_copy / "base.yml")
    edit(project_copy / "base.yml", "markdown_extensions:\n", "markdown_extension:\n")
    (project_copy / "mkdocs.yml").write_text("INHERIT: base.yml\nsite_author: Sebastien Peyrouse\n", encoding="utf-8")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(project_copy / "base.yml", "markdown_extension:")
    assert f"base.yml:{line}: Config value 'markdown_extension': Unrecognised" in result.output
    assert "Did you mean markdown_extensions?" in result.output


@pytest.mark.parametrize(
    ("old", "new", "slip", "message", "meant"),
    [
        (
            "  features:\n",
            "  featurs:\n",
            "featurs:",
            "theme: 'featurs' is no option of the theme 'material'",
            "Did you mean features? The theme ignores it: fix the name, or delete the line.",
        ),
        (
            "      scheme: slate\n      primary: blue grey\n",
            "      scheme: slate\n      primery: blue grey\n",
            "primery:",
            "theme.palette: 'primery' is no palette option of the theme 'material'",
            "Did you mean primary? The theme ignores it: fix the name, or delete the line.",
        ),
        (
            "        name: Switch to light mode\n",
            "        nmae: Switch to light mode\n",
            "nmae:",
            "theme.palette.toggle: 'nmae' is no palette option of the theme 'material'",
            "Did you mean name? The theme ignores it: fix the name, or delete the line.",
        ),
        (
            "    - navigation.top\n",
            "    - navigation.top\n    - navigation.instnat\n",
            "navigation.instnat",
            "theme.features: 'navigation.instnat' is no feature of the theme 'material'",
            "Did you mean navigation.instant? The theme ignores it: fix its name, or delete the line.",
        ),
        (
            "  font: false\n",
            "  font: false\n  icon:\n    repo: fontawesome/brands/git-alt\n    logoo: material/library\n",
            "logoo:",
            "theme.icon: 'logoo' is no icon option of the theme 'material'",
            "Did you mean logo? The theme ignores it: fix the name, or delete the line.",
        ),
    ],
)
@pytest.mark.parametrize("strict", [True, False])
def test_a_name_under_theme_the_theme_does_not_know_names_its_line_and_the_name_meant(
    project_copy, old, new, slip, message, meant, strict
):
    # Neither MkDocs nor Material said a word: the feature, the option or the colour just did not apply.
    config = project_copy / "mkdocs.yml"
    edit(config, old, new)
    result = build(project_copy, strict=strict)
    line = line_number(config, slip)
    assert f"WARNING -  mkdocs.yml:{line}: {message}\n    {meant}" in result.output
    assert len(re.findall(r"is no (?:feature|[a-z]* ?option) of", result.output)) == 1
    # the other names of this mkdocs.yml are all the theme's
    assert (result.returncode != 0) == strict
    if strict:
        assert not (project_copy / "site").exists()  # nothing half-written
    assert [path.name for path in project_copy.iterdir() if path.name.startswith(".site")] == []


def test_a_misspelt_font_is_named_at_its_line_and_the_fonts_are_still_refused(project_copy):
    # Material read `font.text`, found none, and fetched Roboto from Google: the editor's font
    # did not apply, and `font: false` is still what the build asks for.
    config = project_copy / "mkdocs.yml"
    edit(config, "  font: false\n", "  font:\n    txet: Charis SIL\n")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(config, "txet:")
    message = "theme.font: 'txet' is no font option of the theme 'material'"
    meant = "Did you mean text? The theme ignores it: fix the name, or delete the line."
    assert f"mkdocs.yml:{line}: {message}\n    {meant}" in result.output
    assert f"mkdocs.yml:{line - 1}: theme.font: Material fetches the theme's fonts" in result.output
    assert "Add `font: false` under `theme:`" in result.output


def test_the_keys_of_font_and_icon_are_read_from_the_theme_s_templates_and_the_site_s_own(tmp_path):
    from mkdocs.theme import Theme

    from explainer.theme_options import unknown_theme_names

    def slips(custom_dir: str | None = None, **options) -> list[tuple[tuple[str, ...], str]]:
        theme = Theme(name="material", custom_dir=custom_dir, **options)
        return [(slip.keys, slip.kind) for slip in unknown_theme_names(theme, theme.dirs, custom_dir)]

    # Every key Material's documentation (setup/changing-the-fonts, changing-the-logo-and-icons,
    # adding-a-git-repository, ...) names, and what a mapping under one holds, are known.
    icons = ["logo", "repo", "edit", "view", "menu", "alternate", "search", "share", "close", "top", "previous", "next"]
    icon = {name: "material/library" for name in icons} | {"admonition": {"note": "x"}, "tag": {"html": "x"}}
    assert slips(font={"text": "Charis SIL", "code": "Fira Code"}, icon=icon) == []
    assert slips(font=False) == []
    assert slips(font={"txet": "Charis SIL", "code": "Fira Code"}) == [(("theme", "font", "txet"), "font option")]
    assert slips(icon={"repo": "x", "logoo": "x"}) == [(("theme", "icon", "logoo"), "icon option")]
    custom = tmp_path / "custom"
    (custom / "partials").mkdir(parents=True)
    (custom / "partials" / "banner.html").write_text("{{ config.theme.icon.banner }}", encoding="utf-8")
    assert slips(str(custom), icon={"banner": "x"}) == []  # a key the site's own template reads


def test_every_feature_material_documents_is_known():
    # Material's documentation, setup/*.md, names these (9.x); its templates are read as well.
    import material
    from mkdocs.theme import Theme

    from explainer.theme_options import unknown_theme_names

    documented = {
        "announce.dismiss",
        "content.action.edit",
        "content.action.view",
        "content.code.annotate",
        "content.code.copy",
        "content.code.select",
        "content.footnote.tooltips",
        "content.tabs.link",
        "content.tooltips",
        "header.autohide",
        "navigation.expand",
        "navigation.footer",
        "navigation.indexes",
        "navigation.instant",
        "navigation.instant.prefetch",
        "navigation.instant.preview",
        "navigation.instant.progress",
        "navigation.path",
        "navigation.prune",
        "navigation.sections",
        "navigation.tabs",
        "navigation.tabs.sticky",
        "navigation.top",
        "navigation.tracking",
        "search.highlight",
        "search.share",
        "search.suggest",
        "toc.follow",
        "toc.integrate",
    }
    templates = Path(material.__file__).parent / "templates"
    tested = {
        name
        for path in templates.rglob("*.html")
        for name in re.findall(
            r"[\"']([a-z]+(?:\.[a-z]+)+)[\"'] (?:not )?in features", path.read_text(encoding="utf-8")
        )
    }
    assert tested and tested <= documented | tested
    features = sorted(documented | tested)
    palette = [{"media": "(prefers-color-scheme)", "scheme": "slate", "primary": "teal", "accent": "lime"}]
    palette[0]["toggle"] = {"icon": "material/brightness-auto", "name": "Switch"}
    theme = Theme(name="material", features=features, palette=palette, logo="x.svg", favicon="x.png", direction="ltr")
    assert unknown_theme_names(theme, theme.dirs, None) == []


@pytest.mark.parametrize("name", ["mkdocs", "readthedocs"])
def test_another_theme_s_names_are_read_from_it_and_a_theme_not_named_is_not_checked(name, tmp_path):
    from mkdocs.theme import Theme

    from explainer.theme_options import unknown_theme_names

    theme = Theme(name=name, navigation_depth=3, highlightjs=False, features=["navigation.tabs"], colour_mode="x")
    assert sorted(slip.name for slip in unknown_theme_names(theme, theme.dirs, None)) == ["colour_mode", "features"]
    custom = tmp_path / "custom"
    custom.mkdir()
    (custom / "main.html").write_text("{{ config.theme.banner }}", encoding="utf-8")
    assert unknown_theme_names(Theme(name=None, custom_dir=str(custom), featurs=[]), [str(custom)], str(custom)) == []
    theme = Theme(name=name, custom_dir=str(custom), banner="Hello")  # an option the site's own template reads
    assert unknown_theme_names(theme, theme.dirs, str(custom)) == []


def test_a_configuration_that_inherits_one_and_reads_the_environment_builds_with_no_warning(project_copy):
    (project_copy / "mkdocs.yml").rename(project_copy / "base.yml")
    (project_copy / "mkdocs.yml").write_text(
        "INHERIT: base.yml\nsite_author: !ENV [EXPLAINER_TEST_NO_SUCH_VARIABLE, Sebastien Peyrouse]\n",
        encoding="utf-8",
    )
    result = build(project_copy)
    assert result.returncode == 0, result.output
    assert "WARNING" not in result.output


def test_a_page_the_nav_lists_that_will_not_be_written_says_why(project_copy):
    # MkDocs alone says only that the nav's page "is not found in the documentation files".
    for entry in (project_copy / "docs" / "glossary").glob("*.md"):
        entry.unlink()
    (project_copy / "docs" / "timeline.yml").unlink()
    result = build(project_copy)
    assert result.returncode != 0
    assert (
        "docs/glossary/ holds no glossary entry, so there is no glossary page for the nav's glossary/index.md;"
        " add an entry, or take the glossary out of the nav"
    ) in result.output
    assert (
        "docs/timeline.yml does not exist, so there is no timeline page for the nav's timeline.md;"
        " add the file, or take the timeline out of the nav"
    ) in result.output


def test_front_matter_mkdocs_cannot_read_stops_the_build_instead_of_showing_as_text(project_copy):
    page = project_copy / "docs" / "introduction.md"
    edit(page, "    paragraph: 1\n", "    paragraph: [1\n")
    result = build(project_copy)
    assert result.returncode != 0
    assert "docs/introduction.md:" in result.output and "front matter is not valid YAML" in result.output
    assert "that starts on line " + str(line_number(page, "paragraph: [1")) in result.output


@pytest.mark.parametrize(
    ("source", "old", "new", "message"),
    [
        (
            "timeline.yml",
            'date: "2005"\n',
            "date: 2005-02-30\n",
            "2005-02-30 is not a date: February 2005 has no day 30",
        ),
        (
            "glossary/belt-and-road-initiative.md",
            "  - BRI\n",
            "  - 2019-02-30\n",
            "2019-02-30 is not a date: February 2019 has no day 30",
        ),
        (
            "conclusion.md",
            "    paragraph: 1\n",
            "    paragraph: 2019-02-30\n",
            "2019-02-30 is not a date: February 2019 has no day 30",
        ),
        (
            "introduction.md",
            "    paragraph: 1\n",
            "    paragraph: 2019-13-01\n",
            "2019-13-01 is not a date: there is no month 13",
        ),
    ],
)
def test_a_date_yaml_reads_that_is_not_in_the_calendar_names_its_line(project_copy, source, old, new, message):
    # PyYAML stops on it with a bare ValueError; MkDocs, reading a page's front matter, with a traceback.
    path = project_copy / "docs" / source
    edit(path, old, new)
    result = build(project_copy)  # no traceback
    assert result.returncode != 0
    line = line_number(path, new)
    assert f"docs/{source}:{line}: {message}" in result.output
    written = message.split(" ")[0]
    assert f'YAML reads YYYY-MM-DD as a date unless it is in quotes: "{written}"' in result.output


@pytest.mark.parametrize(
    ("source", "key", "old", "new", "second"),
    [
        (
            "glossary/belt-and-road-initiative.md",
            "related",
            "  - safe-city\n",
            "  - safe-city\nrelated:\n  - china\n",
            "related:\n  - china",
        ),
        ("timeline.yml", "note", "  note: 59\n", "  note: 59\n  note: 58\n", "  note: 58"),
    ],
)
def test_a_key_given_twice_in_one_record_names_both_lines(project_copy, source, key, old, new, second):
    # PyYAML keeps the second value and drops the first without a word: the entry would lose related entries.
    path = project_copy / "docs" / source
    first_line = line_number(path, f"{key}:")
    edit(path, old, new)
    result = build(project_copy)
    assert result.returncode != 0
    what = "not valid YAML" if source.endswith(".yml") else "front matter is not valid YAML"
    message = f"{what}: `{key}` is given twice in one record, first on line {first_line}"
    assert f"docs/{source}:{line_number(path, second)}: {message}" in result.output
    assert f"keep the second `{key}:` and drop the first without a word: keep one" in result.output


#: The last line of the front matter of docs/introduction.md.
_LAST_POINT = "    paragraph: 4\n"


@pytest.mark.parametrize(
    ("key", "edits", "first", "second"),
    [
        (
            "title",
            [
                ("---\nsummary:\n", "---\ntitle: Introduction\nsummary:\n"),
                (_LAST_POINT, _LAST_POINT + "title: Second\n"),
            ],
            "title: Introduction",
            "title: Second",
        ),
        (
            "summary",
            [(_LAST_POINT, _LAST_POINT + "summary:\n  - point: Again.\n    paragraph: 1\n")],
            "summary:",
            "summary:\n  - point: Again",
        ),
        ("paragraph", [("    paragraph: 2\n", "    paragraph: 2\n    paragraph: 3\n")], "paragraph: 2", "paragraph: 3"),
        # In a flow mapping, both on one line: that page's key lines were no more than its keys.
        (
            "paragraph",
            [(_LAST_POINT, _LAST_POINT + "  - {point: A closing point., paragraph: 2, paragraph: 3}\n")],
            "{point: A closing point.",
            "{point: A closing point.",
        ),
        # An alias repeats a point's keys with no lines of their own, as many as the title's second line.
        (
            "title",
            [
                ("---\nsummary:\n  - point: The", "---\ntitle: Introduction\nsummary:\n  - &first\n    point: The"),
                (_LAST_POINT, _LAST_POINT + "  - *first\ntitle: Second\n"),
            ],
            "title: Introduction",
            "title: Second",
        ),
    ],
)
def test_a_key_given_twice_in_a_page_s_front_matter_names_both_lines(project_copy, key, edits, first, second):
    # MkDocs keeps the second value: the page lost its first title, or summary, without a word.
    page = project_copy / "docs" / "introduction.md"
    for old, new in edits:
        edit(page, old, new)
    result = build(project_copy)
    assert result.returncode != 0
    twice = f"`{key}` is given twice in one record, first on line {line_number(page, first)}"
    message = f"front matter is not valid YAML: {twice}"
    assert f"docs/introduction.md:{line_number(page, second)}: {message}" in result.output
    assert f"keep the second `{key}:` and drop the first without a word: keep one" in result.output


def test_a_star_a_brace_or_an_ampersand_in_a_point_s_text_costs_no_second_parse(monkeypatch):
    # Only a flow mapping, an anchor or an alias (at a value's start) makes the page's YAML read again.
    from explainer import page_front_matter

    def parsed(text):
        raise AssertionError("front matter parsed again")

    monkeypatch.setattr(page_front_matter, "load_with_nodes", parsed)
    point = "China's *Belt & Road* plan {so named}, and *more*."
    source = f"---\nsummary:\n  - point: {point}\n    paragraph: 1\n---\n# A\n"
    meta = {"summary": [{"point": "…", "paragraph": 1}]}
    assert page_front_matter.key_given_twice(meta, "docs/a.md", source) is None
    with pytest.raises(AssertionError, match="parsed again"):
        page_front_matter.key_given_twice(meta, "docs/a.md", source.replace("  - point:", "  - &p\n    point:"))


def test_front_matter_whose_long_values_hold_what_looks_like_a_key_builds(project_copy):
    # A point's text run on over two lines, the second starting `stability: `, is no key.
    page = project_copy / "docs" / "introduction.md"
    edit(
        page,
        "  - point: The author writes that China backs the region's authoritarian governments as a source of stability,"
        " through supportive rhetoric and exports of monitoring technology.\n",
        "  - point: \"The author writes that China backs the region's authoritarian governments as a source of\n"
        '      stability: through supportive rhetoric and exports of monitoring technology."\n',
    )
    result = build(project_copy)
    assert result.returncode == 0, result.output
    assert "WARNING" not in result.output
    html = (project_copy / "site" / "introduction" / "index.html").read_text(encoding="utf-8")
    assert "as a source of stability: through supportive rhetoric" in html


def test_a_key_a_record_gives_again_over_a_merged_one_is_meant():
    from explainer.yaml_loading import load_with_nodes

    text = "base: &base {country: China, note: 1}\nevent:\n  <<: *base\n  note: 2\nagain: *base\n"
    assert load_with_nodes(text)[0] == {
        "base": {"country": "China", "note": 1},
        "event": {"country": "China", "note": 2},
        "again": {"country": "China", "note": 1},
    }


@pytest.mark.parametrize(
    ("source", "old", "new", "what"),
    [
        ("glossary/belt-and-road-initiative.md", "  - BRI\n", "\t- BRI\n", "front matter is not valid YAML"),
        ("timeline.yml", "  countries: [Kyrgyzstan, China]\n", "\tcountries: [Kyrgyzstan, China]\n", "not valid YAML"),
        ("conclusion.md", "    paragraph: 1\n", "\tparagraph: 1\n", "front matter is not valid YAML"),
    ],
)
def test_a_tab_in_yaml_is_named_on_its_line(project_copy, source, old, new, what):
    # PyYAML says only that a character "cannot start any token".
    path = project_copy / "docs" / source
    edit(path, old, new)
    result = build(project_copy)
    assert result.returncode != 0
    assert (
        f"docs/{source}:{line_number(path, new)}: {what}: the line is indented with a tab, and YAML allows only"
        " spaces there\n    YAML forbids tabs for indentation: replace the tab with spaces."
    ) in result.output


def _failed_after_edit(project_copy, source: str, old: str, new: str):
    """Edit ``docs/source``, build, see the build fail: the file, the result, the edit's last line."""
    path = project_copy / "docs" / source
    edit(path, old, new)
    result = build(project_copy)
    assert result.returncode != 0
    return path, result, line_number(path, new) + new.rstrip("\n").count("\n")


@pytest.mark.parametrize(
    ("source", "old", "new", "message"),
    [
        (  # a field indented one space too far, in a record of the timeline
            "timeline.yml",
            '- date: "2005"\n  event:',
            '- date: "2005"\n   event:',
            "not valid YAML: `event:` is indented by 3 spaces, and `date:` on line {above} is indented by 2 spaces\n"
            "    YAML reads what belongs together from its indentation: indent `event:` by 2 spaces, as `date:`.",
        ),
        (  # a field written at the start of its line, out of its record
            "timeline.yml",
            "  countries: [Kyrgyzstan, China]\n",
            "countries: [Kyrgyzstan, China]\n",
            "not valid YAML: `countries:` is not indented, and `event:` on line {above} is indented by 2 spaces",
        ),
        (  # a field indented as if it went on with the value above
            "glossary/three-evils.md",
            "category: concept\nrelated:\n",
            "category: concept\n  related:\n",
            "front matter is not valid YAML: `related:` is indented by 2 spaces, and `category:` on line {above}"
            " is not indented\n    YAML reads what belongs together from its indentation: start `related:` at the"
            " line's start, as `category:`.",
        ),
        (  # a list item indented less than the one above
            "glossary/three-evils.md",
            "  - zhanaozen-events\n",
            " - zhanaozen-events\n",
            "front matter is not valid YAML: `- zhanaozen-events` is indented by 1 space, and"
            " `- shanghai-cooperation-organization` on line {above} is indented by 2 spaces\n"
            "    YAML reads what belongs together from its indentation: indent `- zhanaozen-events` by 2 spaces,",
        ),
    ],
)
def test_a_line_indented_otherwise_than_its_record_or_list_names_both_lines(project_copy, source, old, new, message):
    # The parser says it "did not find expected key" or "'-' indicator", and the hint was to close brackets.
    path, result, line = _failed_after_edit(project_copy, source, old, new)
    above = line_number(path, new) if new.count("\n") > 1 else line - 1
    assert f"docs/{source}:{line}: {message.format(above=above)}" in result.output
    assert "Close every bracket" not in result.output


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("event: {The revolution}", "`event` is a mapping (braces, or lines of `key: value` under it), not text"),
        ("quote:\n    words: Akayev", "`quote` is a mapping (braces, or lines of `key: value` under it), not text"),
        ("quote: [Akayev, decision]", "`quote` is a list, not text"),
    ],
)
def test_an_event_s_text_written_as_a_mapping_is_named_a_mapping_not_a_list(written, message):
    # `event: {The revolution}`, braces around the words, was said to be "a list", which the
    # editor could not see: YAML reads the braces as a mapping.
    from explainer.errors import ExplainerErrors
    from explainer.timeline import parse_timeline

    field = written.split(":")[0]
    fields = {"event": "E", "countries": "[Kyrgyzstan]", "page": "conclusion.md", "quote": "q"}
    text = '- date: "2005"\n' + "".join(
        f"  {written}\n" if name == field else f"  {name}: {value}\n" for name, value in fields.items()
    )
    with pytest.raises(ExplainerErrors) as raised:
        parse_timeline(text, "docs/timeline.yml")
    line = 1 + text.splitlines().index(f"  {written.splitlines()[0]}")
    assert f"docs/timeline.yml:{line}: {message}" in str(raised.value)


def test_a_record_indented_otherwise_is_compared_with_its_sibling_not_a_closed_list_s_item():
    # The next event's dash, one space in after an event whose countries are a block list:
    # the message named `- Kyrgyzstan` and told the editor to indent the event by 4 spaces.
    from explainer.errors import ExplainerError
    from explainer.timeline import parse_timeline

    text = (
        '- date: "2005"\n  countries:\n    - Kyrgyzstan\n  event: A revolution.\n - date: "2010"\n  event: Another.\n'
    )
    with pytest.raises(ExplainerError) as raised:
        parse_timeline(text, "docs/timeline.yml")
    assert str(raised.value) == (
        'docs/timeline.yml:5: not valid YAML: `- date: "2010"` is indented by 1 space, and'
        ' `- date: "2005"` on line 1 is not indented\n'
        '    YAML reads what belongs together from its indentation: start `- date: "2010"` at the line\'s'
        ' start, as `- date: "2005"`. The fields of one record, and the `- ` items of one list, start in one column.'
    )


@pytest.mark.parametrize(
    ("source", "old", "new", "message"),
    [
        (  # one space too many before an alias's dash: without an error, the entry loses the alias
            "glossary/three-evils.md",
            "  - three evil forces\n",
            "  - three evil forces\n   - three evil\n",
            "`- three evil` is indented further than the item on line {above}, so YAML reads it as more of that item:"
            " 'three evil forces - three evil'\n    Indent its `-` as the `-` on line {above}.",
        ),
        (  # a field indented as the text of a `>-` definition: the hover would show "category: concept"
            "glossary/three-evils.md",
            "category: concept\n",
            "  category: concept\n",
            "`category:` is indented as the text of `definition:` (line {above}), so YAML reads it as more of that"
            " text, and the record has no `category`\n    Start `category:` at the line's start, as `definition:`."
            " If the words are the text's own, wrap the text so that no line of it starts with `category:`.",
        ),
        (  # the same in the timeline, a country's dash one space too far: the event would name one country
            "timeline.yml",
            "  countries: [Kyrgyzstan]\n",
            "  countries:\n    - Kyrgyzstan\n     - China\n",
            "`- China` is indented further than the item on line {above}, so YAML reads it as more of that item:"
            " 'Kyrgyzstan - China'",
        ),
    ],
)
def test_a_line_yaml_reads_as_more_of_the_value_above_it_is_named(project_copy, source, old, new, message):
    # Valid YAML, so the parser says nothing: the alias would be lost, or the definition hold the field.
    path, result, line = _failed_after_edit(project_copy, source, old, new)
    above = line_number(path, "definition:") if "definition" in message else line - 1
    assert f"docs/{source}:{line}: {message.format(above=above)}" in result.output
    assert result.output.count("error in the sources") == 1  # once: not the entry's errors as one of the build's
    assert "has no `category`\n    Add `category:`" not in result.output  # the cause, not its consequence


@pytest.mark.parametrize(
    ("source", "old", "new", "message"),
    [
        (
            "safe-city.md",
            "aliases: []\n",
            "aliases: face recognition system, FinFisher\n",
            "`aliases: face recognition system, FinFisher` is one name, commas and all;"
            " for several names, write a list: `aliases: [face recognition system, FinFisher]`;"
            ' for one, quote it: `aliases: "face recognition system, FinFisher"`',
        ),
        (
            "shanghai-cooperation-organization.md",
            "  - Shanghai Cooperation Organisation\n",
            "  - Shanghai Cooperation Organisation\n  - SCO\n",
            "the alias 'SCO' is listed twice; delete one",
        ),
        (
            "shanghai-cooperation-organization.md",
            "  - SCO\n",
            "  - SCO\n  - Shanghai Cooperation Organization\n",
            "the alias 'Shanghai Cooperation Organization' is the entry's term; delete it",
        ),
    ],
)
def test_an_alias_that_is_likely_a_slip_is_a_warning_on_its_line(project_copy, source, old, new, message):
    # Each was accepted without a word: one alias with commas in it, or a name that adds nothing.
    entry = project_copy / "docs" / "glossary" / source
    edit(entry, old, new)
    line = line_number(entry, new) + new.count("\n") - 1  # the last line written
    result = build(project_copy)
    assert result.returncode != 0  # strict
    assert f"WARNING -  docs/glossary/{source}:{line}: {message}\n" in result.output
    assert build(project_copy, strict=False).returncode == 0


def test_one_alias_with_a_comma_in_it_quoted_is_meant(project_copy):
    entry = project_copy / "docs" / "glossary" / "safe-city.md"
    edit(entry, "aliases: []\n", 'aliases: "Safe City, the programme"\n')
    result = build(project_copy)
    assert result.returncode == 0 and "commas and all" not in result.output, result.output


def test_a_link_to_an_anchor_that_is_not_there_fails_and_the_anchors_the_hooks_write_are_known(project_copy):
    entry = project_copy / "docs" / "glossary" / "three-evils.md"
    written = "[a paragraph](../part-2/extradition.md#p2), [a note](../part-2/extradition.md#note-50), "
    written += "[a source](../bibliography.md#barr2011afraid), [a section](tianxia.md#where-it-appears)"
    edit(entry, "[section 2.3](../part-2/extradition.md)", f"[section 2.3](../part-2/extradition.md) ({written})")
    assert build(project_copy).returncode == 0
    edit(entry, "#p2)", "#p9)")
    result = build(project_copy)
    assert result.returncode != 0
    assert "'../part-2/extradition.md#p9', but the doc 'part-2/extradition.md' does not contain an anchor '#p9'" in (
        result.output
    )


def test_a_link_to_a_page_renamed_or_an_anchor_not_there_names_the_link_s_line(project_copy):
    # MkDocs names the page, not the line: a page that links twice would leave the editor to search.
    (project_copy / "docs" / "conclusion.md").rename(project_copy / "docs" / "closing.md")
    edit(project_copy / "mkdocs.yml", "  - Conclusion: conclusion.md", "  - Conclusion: closing.md")
    timeline = project_copy / "docs" / "timeline.yml"
    timeline.write_text(timeline.read_text(encoding="utf-8").replace("page: conclusion.md", "page: closing.md"))
    entry = project_copy / "docs" / "glossary" / "neo-patrimonialism.md"
    edit(
        entry,
        "[the conclusion](../conclusion.md)",
        "[the conclusion](../conclusion.md) ([a passage](../part-1/new-paradigm.md#p99))",
    )
    result = build(project_copy, strict=False)
    lines = [number for number, line in enumerate(entry.read_text().split("\n"), 1) if "](../conclusion.md)" in line]
    assert len(lines) == 2
    for line in lines:
        assert (
            f"docs/glossary/neo-patrimonialism.md:{line}: Doc file 'glossary/neo-patrimonialism.md' contains a link"
            " '../conclusion.md', but the target 'conclusion.md' is not found among documentation files.\n"
            "    No page of the docs folder has that path: link to the page that holds it now, or remove the link."
        ) in result.output
    line = line_number(entry, "new-paradigm.md#p99")
    assert (
        f"docs/glossary/neo-patrimonialism.md:{line}: Doc file 'glossary/neo-patrimonialism.md' contains a link"
        " '../part-1/new-paradigm.md#p99', but the doc 'part-1/new-paradigm.md' does not contain an anchor '#p99'"
    ) in result.output


def test_a_link_to_a_page_renamed_names_the_page_s_new_name_and_the_link_to_write(project_copy):
    # MkDocs' words named the old path only; the nav's line named the new page, the links did not.
    docs = project_copy / "docs"
    (docs / "part-2" / "extradition.md").rename(docs / "part-2" / "extraditions.md")
    result = build(project_copy, strict=False)
    entry = docs / "glossary" / "china.md"
    line = line_number(entry, "](../part-2/extradition.md)")
    assert (
        f"docs/glossary/china.md:{line}: Doc file 'glossary/china.md' contains a link '../part-2/extradition.md',"
        " but the target 'part-2/extradition.md' is not found among documentation files.\n"
        "    Did you mean part-2/extraditions.md? Write the link as ../part-2/extraditions.md, from this page, or"
        " remove the link."
    ) in result.output


@pytest.mark.parametrize("source", ["docs/conclusion.md", "docs/glossary/tianxia.md", "docs/timeline.yml"])
def test_a_file_saved_in_another_encoding_names_its_line(project_copy, source):
    # A closing quotation mark as Windows-1252 writes it, pasted into the file's third line.
    path = project_copy / source
    lines = path.read_bytes().split(b"\n")
    lines[2] += b" \x92"
    path.write_bytes(b"\n".join(lines))
    result = build(project_copy)
    assert result.returncode != 0
    assert f"{source}:3: the file is not UTF-8" in result.output
    assert "Save the file as UTF-8" in result.output


@pytest.mark.parametrize(
    "source", ["docs/conclusion.md", "docs/glossary/tianxia.md", "docs/timeline.yml", "bib/article.bib"]
)
def test_a_file_saved_as_utf16_is_named_so(project_copy, source):
    # Saved as "Unicode" by Notepad or Word: it was said to hold, on line 1, "a character typed
    # or pasted in another encoding, often a quotation mark", where the whole file is in one.
    path = project_copy / source
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    result = build(project_copy)
    assert result.returncode != 0
    assert (
        f"{source}: the file is saved as UTF-16, not UTF-8\n"
        '    Save it as UTF-8: what Notepad and Word call "Unicode" is UTF-16, which the build does not read.'
    ) in result.output
    assert "quotation mark" not in result.output


def test_a_file_saved_as_utf32_is_named_so(project_copy):
    # Its mark starts as UTF-16's does: it was said to be saved as UTF-16.
    path = project_copy / "bib" / "article.bib"
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-32"))
    result = build(project_copy)
    assert result.returncode != 0
    assert "bib/article.bib: the file is saved as UTF-32, not UTF-8\n    Save it as UTF-8." in result.output
    assert "UTF-16" not in result.output


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("positions: chapter", "extra.explainer.positions"),
        # It was "['article'] is not one of: article, page", where the editor saw article.
        (
            "positions: [article]",
            "extra.explainer.positions: ['article'] is a list; write the value without brackets: article",
        ),
        ("ibid: sometimes", "extra.explainer.ibid"),
        (
            "bib_files: [bib/missing.bib]",
            "extra.explainer.bib_files: bibliography file bib/missing.bib not found\n"
            "    Create it, or list the article's .bib files as `bib_files` under `extra: explainer:` in mkdocs.yml."
            " Found there: bib/article.bib.",
        ),
        # Written as Windows writes a path, it named no file beside it to write.
        (
            "bib_files: [bib\\article.bib]",
            "extra.explainer.bib_files: bibliography file bib\\article.bib not found\n"
            "    Write / between the folders, as in bib/article.bib: the file is there.",
        ),
        (
            "bib_files: [bib]",
            "bib: is a folder, not a .bib file\n    List the .bib files themselves under `bib_files`: bib/article.bib.",
        ),
        ("no_such_option: 1", "extra.explainer.no_such_option"),
        ("bib_files: 12", "extra.explainer.bib_files: expected a list, or one item, not 12"),
        # Read twice, every entry would be its own duplicate: one error instead of fifty.
        (
            "bib_files: [bib/article.bib, ./bib/article.bib]",
            "extra.explainer.bib_files: './bib/article.bib' is listed twice; list each file once",
        ),
        # A folder or file named on purpose and missing is a slip, not a site without one.
        ("glossary_dir: glosary", "extra.explainer.glossary_dir: docs/glosary/ holds no glossary entry"),
        ("timeline_file: timelines.yml", "extra.explainer.timeline_file: docs/timelines.yml does not exist"),
        # The PDF would be written outside the site, and its links would lead there.
        ("pdf_file: ../escaped.pdf", "extra.explainer.pdf_file: '../escaped.pdf' is not a .pdf file's path inside"),
        (
            "pdf_hyphenation: [Da ge-stan]",
            "extra.explainer.pdf_hyphenation: 'Da ge-stan' is not a word with a hyphen where a line may break it",
        ),
        ("timeline_page: ../x.md", "extra.explainer.timeline_page: '../x.md' is not a .md file's path inside the docs"),
        (
            "pdf_paper: A6",
            "extra.explainer.pdf_paper: 'A6' is no paper size the PDF is set for; write A4, A5 or letter",
        ),
    ],
)
def test_bad_options_are_named(project_copy, option, message):
    config = project_copy / "mkdocs.yml"
    assert config.read_text(encoding="utf-8").rstrip().splitlines()[-1].startswith("    ")  # explainer block last
    with config.open("a", encoding="utf-8") as handle:
        handle.write(f"    {option}\n")  # a repeated key: the last one wins
    result = build(project_copy)
    assert result.returncode != 0
    assert message in result.output
    if message.startswith("extra.explainer."):  # placed on the option's line, the file's last
        last_line = len(config.read_text(encoding="utf-8").splitlines())
        assert f"mkdocs.yml:{last_line}: {message}" in result.output


def test_a_missing_bib_file_is_named_at_its_line_in_the_list(project_copy):
    config = project_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "      - bib/article.bib\n" in text
    config.write_text(text.replace("      - bib/article.bib\n", "      - bib/article.bib\n      - bib/extra.bib\n"))
    line = config.read_text(encoding="utf-8").splitlines().index("      - bib/extra.bib") + 1
    result = build(project_copy)
    assert result.returncode != 0
    assert f"mkdocs.yml:{line}: extra.explainer.bib_files: bibliography file bib/extra.bib not found" in result.output
    assert "Found there: bib/article.bib." in result.output
    assert "Traceback" not in result.output


def test_missing_bib_files_are_named_at_their_lines_and_config_is_read_only_for_them(tmp_path):
    (tmp_path / "bib").mkdir()
    (tmp_path / "bib" / "article.bib").write_text("", encoding="utf-8")
    text = "extra:\n  explainer:\n    bib_files:\n      - bib/article.bib\n      - bib/extra.bib\n"
    (error,) = missing_bib_files(["bib/article.bib", "bib/extra.bib"], str(tmp_path), "mkdocs.yml", lambda: text)
    assert str(error).startswith("mkdocs.yml:5: extra.explainer.bib_files: bibliography file bib/extra.bib not found")
    assert "Found there: bib/article.bib." in str(error)

    def unread() -> str:
        raise AssertionError("the configuration's text is read only to place an error")

    assert missing_bib_files(["bib/article.bib"], str(tmp_path), "mkdocs.yml", unread) == []


def test_the_editors_guide_documents_every_option():
    from project import PROJECT

    from explainer.config import SUB_CONFIGS, ExplainerConfig

    guide = (PROJECT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for name, _ in ExplainerConfig._schema:
        if name != "article":
            assert f"`{name}`" in guide, name
    assert set(SUB_CONFIGS) == {"article", "words", "note_words"}
    for group, config in SUB_CONFIGS.items():
        for name, _ in config._schema:
            assert f"`{group}.{name}`" in guide, f"{group}.{name}"


def test_the_editors_guide_gives_each_options_default_as_mkdocs_yml_writes_it():
    # The table's defaults are what an editor would type back to restore one: `true`,
    # not Python's `True`, and the value the build takes when the option is left out.
    import json

    from mkdocs.config import config_options
    from project import PROJECT

    from explainer.config import SUB_CONFIGS, ExplainerConfig

    guide = (PROJECT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    options = [(name, option) for name, option in ExplainerConfig._schema]
    options += [(f"{group}.{name}", option) for group, config in SUB_CONFIGS.items() for name, option in config._schema]
    for name, option in options:
        if isinstance(option, config_options.SubConfig):
            continue
        default = option.default
        written = "none" if default is None else json.dumps(default, ensure_ascii=False)
        assert f"| `{name}` | `{written}` |" in guide, name


def test_every_option_the_guides_name_is_one_the_build_reads():
    # An editor copies a name written as code into mkdocs.yml: one that looks like an
    # option and is none ("`pdf_hyphen_ladders`", a module's name) stops the build.
    from mkdocs.config.defaults import MkDocsConfig
    from project import PROJECT

    from explainer.config import SUB_CONFIGS, ExplainerConfig
    from explainer.glossary import FIELDS as GLOSSARY_FIELDS

    readable = {name for name, _ in ExplainerConfig._schema}
    for group, config in SUB_CONFIGS.items():  # a group's option is named with or without it
        readable |= {name for name, _ in config._schema} | {f"{group}.{name}" for name, _ in config._schema}
    readable |= {name for name, _ in MkDocsConfig._schema} | set(GLOSSARY_FIELDS)
    # Names the guides give as what they are, not as the explainer's options.
    others = {
        "custom_dir": "Material's theme option",
        "attr_list": "a Markdown extension",
        "emoji_generator": "an option of pymdownx.emoji",
        "ahocorasick_rs": "a Python package",
        "extra_cs": "a misspelt option, as an error message quotes it",
        "omited_files": "a misspelt option, as an error message quotes it",
        "issue_date": "a BibTeX field of the ACM Digital Library's exports",
    }
    named = set()
    for guide in ("README.md", "CONTRIBUTING.md"):
        text = (PROJECT / guide).read_text(encoding="utf-8")
        # A file's name (`pdf_ties.py`) is no option's.
        named |= set(re.findall(r"`([a-z]+(?:_[a-z]+)+(?:\.[a-z]+(?:_[a-z]+)*)?)(?::[^`]*)?`", text))
        named -= {name for name in named if name.endswith(".py")}
    assert sorted(named - readable - set(others)) == []


@pytest.mark.parametrize("strict", [True, False])
def test_a_misspelt_markdown_extension_option_is_described_in_the_guide_as_printed(project_copy, strict):
    # MkDocs stops at the first option it cannot load, before it imports the hooks: its own
    # message, with the extension's Python lines, is what the editor sees; the guide says
    # that its last line names the option, and where to look.
    from project import PROJECT

    edit(project_copy / "mkdocs.yml", "      permalink: true\n", "      permalnk: true\n")
    result = build(project_copy, strict=strict)
    assert result.returncode != 0
    assert "Config value 'markdown_extensions': Failed to load extension 'toc'." in result.output
    assert "\nKeyError: 'permalnk'" in result.output
    guide = (PROJECT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert (
        "| `Config value 'markdown_extensions': Failed to load extension 'toc'.` / lines of Python / "
        "`KeyError: 'permalnk'` |"
    ) in guide


def test_an_option_indented_out_of_its_place_in_mkdocs_yml_is_described_in_the_guide_as_printed(project_copy):
    # MkDocs reads mkdocs.yml before any hook: its own message is what the editor sees, and
    # the guide must quote it as printed, with where to look.
    from project import PROJECT

    config = project_copy / "mkdocs.yml"
    edit(config, "  explainer:\n", "  explainer:\n  positons: page\n")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(config, "  positons: page")
    assert "MkDocs encountered an error parsing the configuration file: mapping values are not allowed here" in (
        result.output
    )
    # YAML finds out at the line after the slip, the first it cannot read: the guide says so.
    assert f'mkdocs.yml", line {line + 1}, column' in result.output
    guide = (PROJECT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert (
        "`Error: MkDocs encountered an error parsing the configuration file: mapping values are not allowed here`"
        ' / `in "mkdocs.yml", line 93, column 14`'
    ) in guide
    assert line + 1 == 93  # the guide's example is this very slip
    assert "or the line just above it" in guide


def test_a_large_bibtex_file_parsed_beside_the_build_reports_the_same_error(project_copy):
    # Above the size at which a forked process parses the file while MkDocs reads the pages.
    bib = project_copy / "bib" / "article.bib"
    filler = "".join(
        f"\n@misc{{filler{index},\n  author = {{Filler, Ann}},\n  title = {{{'A padded title ' * 8}{index}}},\n"
        f"  year = {{2020}},\n}}\n"
        for index in range(500)
    )
    with bib.open("a", encoding="utf-8") as handle:
        handle.write(filler + "\n@book{broken2020,\n  title = {Never closed,\n  year = {2020},\n}\n")
    assert bib.stat().st_size > 64 * 1024
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "  title = {Never closed,")
    assert f"bib/article.bib:{line}: entry 'broken2020': the value of title opens a brace" in result.output
    assert not (project_copy / "site" / "index.html").exists()  # nothing half-written


def test_a_dirty_build_is_refused_with_what_to_run_instead(project_copy):
    # A dirty rebuild converts only the edited pages; the notes' numbers and the
    # glossary's uses need every page, so it would report errors that are not there.
    assert build(project_copy).returncode == 0
    page = project_copy / "docs" / "introduction.md"
    edit(page, "@omelicheva2015democracy, p. 59", "@omelicheva2015democracy, p. 60")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "EXPLAINER_PDF": "0"}
    command = [sys.executable, "-m", "mkdocs", "build", "--dirty", "--site-dir", "site"]
    done = subprocess.run(command, cwd=project_copy, capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 1
    assert "--dirty is not supported" in done.stderr and "without --dirty" in done.stderr
    assert "Traceback" not in done.stderr and "errors in the sources" not in done.stderr
    assert "p. 60" not in (project_copy / "site" / "introduction" / "index.html").read_text(encoding="utf-8")


def test_every_wrong_option_is_reported_at_once(project_copy):
    config = project_copy / "mkdocs.yml"
    with config.open("a", encoding="utf-8") as handle:
        handle.write("    positions: chapter\n    ibid: sometimes\n    no_such_option: 1\n")
    result = build(project_copy)
    assert result.returncode != 0
    assert "3 errors in the sources" in result.output
    for option in ("positions", "ibid", "no_such_option"):
        assert f"extra.explainer.{option}:" in result.output


def test_a_timeline_country_spelt_otherwise_than_its_glossary_place_names_its_line(project_copy):
    timeline = project_copy / "docs" / "timeline.yml"
    edit(timeline, "countries: [Kazakhstan]", "countries: [Kazakstan]")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(timeline, "countries: [Kazakstan]")
    assert (
        f"docs/timeline.yml:{line}: country 'Kazakstan' is written otherwise than the glossary's place 'Kazakhstan'"
        in result.output
    )


def test_a_page_missing_from_the_nav_fails_the_build_and_is_the_only_one_listed(project_copy):
    # Readers would not find it and the PDF would leave it out, so the site's validation
    # makes it a warning. Glossary entries are listed by the glossary's index, not the
    # nav: MkDocs' list names the page an editor forgot, and nothing else.
    (project_copy / "docs" / "appendix.md").write_text("# Appendix\n\nText.[@brown2017world]\n", encoding="utf-8")
    result = build(project_copy)
    assert result.returncode != 0
    missing = result.output.split('not included in the "nav" configuration:')[1].split("Aborted")[0]
    # The list's lines only: the hooks' messages may follow it.
    assert [line.strip() for line in missing.splitlines() if line.startswith("  - ")] == ["- appendix.md"]


def test_a_timeline_note_on_a_page_outside_the_nav_says_the_page_is_not_in_the_nav(project_copy):
    # Its notes are numbered after the last page's: the note is called there, under another number.
    edit(project_copy / "mkdocs.yml", "      - part-2/extradition.md\n", "")
    timeline = project_copy / "docs" / "timeline.yml"
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(timeline, "  note: 51")
    assert (
        f"docs/timeline.yml:{line}: part-2/extradition.md is not in the nav, so its notes are not numbered in the"
        " article's order (note 51 cannot be checked)\n    Add the page to `nav` in mkdocs.yml"
    ) in result.output
    assert "note 51 is not called on part-2/extradition.md" not in result.output
    # The pages after its place have their notes moved: their errors say why.
    assert (
        "a note added or removed before it changes its number. The nav leaves out part-2/extradition.md,"
        " whose notes are numbered after the last page's: add it to the nav first."
    ) in result.output


def test_a_timeline_page_deleted_but_still_in_the_nav_is_not_taken_for_a_slip(project_copy):
    (project_copy / "docs" / "part-2" / "extradition.md").unlink()
    timeline = project_copy / "docs" / "timeline.yml"
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(timeline, "  page: part-2/extradition.md")
    assert (
        f"docs/timeline.yml:{line}: page 'part-2/extradition.md' does not exist, though the nav lists it\n"
        "    Restore the page in the docs folder, or name the page that states the event now."
    ) in result.output
    assert "Did you mean" not in result.output


def test_a_list_option_given_one_item_alone_is_a_list_of_one():
    from explainer.config import load_config

    explainer = {"bib_files": "refs.bib", "article": {"authors": "Ana Exemplar"}}
    options = load_config({"explainer": explainer}, "mkdocs.yml")
    assert options.bib_files == ["refs.bib"] and options.article.authors == ["Ana Exemplar"]


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("language", "english", "'english' is not a BCP 47 language tag (en, fr, en-GB); write en"),
        # A locale's underscore (`en_GB`, as a computer's settings write it): the tag meant is named.
        ("language", "en_GB", "'en_GB' is not a BCP 47 language tag (en, fr, en-GB); write en-GB"),
        ("language", "Klingonese", "'Klingonese' is not a BCP 47 language tag (en, fr, en-GB)\n"),
        ("citation_key", "peyrouse china", "'peyrouse china' is not a BibTeX key"),
    ],
)
def test_an_article_option_that_would_make_broken_metadata(option, value, message):
    # The language goes into the PDF and the pages' metadata, the key into the cite box's BibTeX.
    from explainer.config import load_config
    from explainer.errors import ExplainerErrors

    with pytest.raises(ExplainerErrors) as raised:
        load_config({"explainer": {"article": {option: value}}}, "mkdocs.yml")
    assert f"Sub-option '{option}': {message}" in str(raised.value)
    assert load_config({"explainer": {"article": {"language": "en-GB", "citation_key": "peyrouse:2021"}}}, "x")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"words": {"from_paragraph": "Du paragraphe"}}, "'Du paragraphe' lacks {number}, where the number goes"),
        (
            {"words": {"categories": {"lieu": "Lieu"}}},
            "'lieu' is not a category; the categories are: concept, organisation",
        ),
        ({"note_words": {"edition": "2e éd."}}, "'2e éd.' lacks {number}, where the number goes"),
        ({"note_words": {"quoted_title": "« »"}}, "'« »' lacks {title}, where the title goes"),
        # Asterisks set a note's word in italics, in pairs: one alone would be printed.
        (
            {"note_words": {"ibid": "*Ibid."}},
            "'*Ibid.' has an asterisk without its pair; write one on each side of the words in italics ('*Ibid.*')",
        ),
        ({"note_words": {"et_al": "**et al.**"}}, "'**et al.**' has an asterisk without its pair"),
        ({"note_words": {"edition": "{number}e *éd."}}, "'{number}e *éd.' has an asterisk without its pair"),
    ],
)
def test_interface_words_that_would_lose_a_number_or_name_no_category(raw, message):
    from explainer.config import load_config
    from explainer.errors import ExplainerErrors

    with pytest.raises(ExplainerErrors) as raised:
        load_config({"explainer": raw}, "mkdocs.yml")
    assert message in str(raised.value)


@pytest.mark.parametrize(
    ("raw", "hint"),
    [
        ({"bibliography_titel": "Sources"}, "Did you mean bibliography_title?"),
        ({"article": {"autors": ["Ana Exemplar"]}}, "Did you mean authors?"),
        ({"words": {"contnets": "Table"}}, "Did you mean contents?"),
        ({"words": {"all": "Toutes"}}, "Did you mean all_categories or all_countries?"),
        ({"note_words": {"ibdi": "Id."}}, "Did you mean ibid?"),
    ],
)
def test_a_misspelt_option_names_the_option_meant(raw, hint):
    from explainer.config import load_config
    from explainer.errors import ExplainerErrors

    with pytest.raises(ExplainerErrors) as raised:
        load_config({"explainer": raw}, "mkdocs.yml")
    assert "Unrecognised configuration name" in str(raised.value)
    assert f'\n    {hint} See "All the options" in CONTRIBUTING.md.' in str(raised.value)


def test_an_option_written_with_its_group_and_a_dot_is_named_at_its_own_line():
    # The guide names options `article.title`; typed so, YAML reads one name, and MkDocs'
    # "Did you mean title?" at the line of `article:` led the editor to the wrong place.
    from explainer.config import load_config
    from explainer.errors import ExplainerErrors

    text = "site_name: x\nextra:\n  explainer:\n    article.title: My title\n    article:\n      language: en\n"
    raw = {"article.title": "My title", "article": {"language": "en"}}
    with pytest.raises(ExplainerErrors) as quoted:  # as YAML lets it be written too
        load_config({"explainer": raw}, "mkdocs.yml", lambda: text.replace("article.title", '"article.title"'))
    assert "mkdocs.yml:4: extra.explainer.article.title:" in str(quoted.value)
    with pytest.raises(ExplainerErrors) as raised:
        load_config({"explainer": raw}, "mkdocs.yml", lambda: text)
    assert str(raised.value) == "1 error in the sources:\n" + (
        "  mkdocs.yml:4: extra.explainer.article.title: the option `title` of `article` is written with a dot,"
        " which YAML reads as one name\n"
        "    Write `title:` on a line of its own under `article:`, two spaces further in."
        ' See "All the options" in CONTRIBUTING.md.'
    )


def test_a_note_label_that_would_lose_its_number():
    # A screen reader would say "Note" for every call, and the link back would not say which.
    from explainer.config import load_config
    from explainer.errors import ExplainerErrors

    with pytest.raises(ExplainerErrors) as raised:
        load_config({"explainer": {"call_label": "Note", "backref_label": "Retour"}}, "mkdocs.yml")
    assert "call_label: 'Note' lacks {number}" in str(raised.value)
    assert "backref_label: 'Retour' lacks {number}" in str(raised.value)


def test_an_options_line_is_found_under_extra_explainer_at_the_options_own_depth():
    from explainer.config import option_line

    text = "site_name: x\nextra:\n  analytics: 1\n  explainer:\n    # a comment\n    article:\n      language: en\n"
    text += "    language: fr\nnav: []\n"
    assert option_line(text, "language") == 8  # not the nested article.language on line 7
    assert option_line(text, "article.language") == 7
    assert option_line(text, "article.title") == 6  # not written: the sub-config's line
    assert option_line(text, "not_there") == 4  # the block, for an option it does not spell out
    assert option_line(text, "") == 4
    assert option_line("site_name: x\n", "ibid") is None


@pytest.mark.parametrize("extension", ["footnotes", "pymdownx.extra"])
def test_an_extension_that_reads_notes_itself_is_named_on_its_line(project_copy, extension):
    # Material's own examples list footnotes: beside it, a prose note's text never reaches
    # the explainer, which would then say the note is not defined.
    config = project_copy / "mkdocs.yml"
    edit(config, "  - md_in_html\n", f"  - md_in_html\n  - {extension}\n")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(config, f"  - {extension}\n")
    assert f"mkdocs.yml:{line}: markdown_extensions lists {extension}, which takes the texts of [^label] notes" in (
        result.output
    )
    assert "is called but never defined" not in result.output


def test_a_locator_label_that_looks_like_a_slip_is_a_warning_at_its_line(project_copy):
    page = project_copy / "docs" / "conclusion.md"
    text = page.read_text(encoding="utf-8") + "\nA claim.[@brown2017world, pg. 5] Another.[@brown2017world, p. 4-5]\n"
    page.write_text(text, encoding="utf-8")
    line = line_number(page, "pg. 5")
    result = build(project_copy, strict=False)
    assert result.returncode == 0
    assert (
        f"WARNING -  docs/conclusion.md:{line}: the locator 'pg. 5' of @brown2017world starts with 'pg.',"
        " which is no label; did you mean 'p.'?" in result.output
    )
    assert f"docs/conclusion.md:{line}: the locator 'p. 4-5' of @brown2017world names several pages" in result.output


def test_a_locator_warning_names_the_line_of_its_citation_not_of_the_same_words_elsewhere(project_copy):
    page = project_copy / "docs" / "conclusion.md"
    text = page.read_text(encoding="utf-8") + (
        "\nHe retired at 45 and wrote p 5 of his memoir.\n\nA claim.[@brown2017world, p 5]\n\n"
        "Another.[@brown2017world, p 5]\n"
    )
    page.write_text(text, encoding="utf-8")
    lines = [number for number, line in enumerate(text.splitlines(), 1) if "[@brown2017world, p 5]" in line]
    result = build(project_copy, strict=False)
    assert result.returncode == 0
    for line in lines:
        assert f"docs/conclusion.md:{line}: the locator 'p 5' of @brown2017world has no full stop" in result.output


def test_a_list_items_line_is_found_under_its_option():
    from explainer.config import option_item_line

    text = (
        "extra:\n  explainer:\n    bib_files:\n      - a.bib\n      # b.bib retired\n      - 'c.bib'\n    ibid: true\n"
    )
    assert option_item_line(text, "bib_files", "a.bib") == 4
    assert option_item_line(text, "bib_files", "c.bib") == 6  # quoted
    assert option_item_line(text, "bib_files", "b.bib") == 3  # only in a comment: the option's line
    flush = "extra:\n  explainer:\n    bib_files:\n    - a.bib\n    - b.bib\n    ibid: true\n"
    assert option_item_line(flush, "bib_files", "b.bib") == 5  # a list as deep as its key, as YAML allows
    assert option_item_line("extra:\n  explainer:\n    bib_files: [a.bib, b.bib]\n", "bib_files", "b.bib") == 3
    assert option_item_line("site_name: x\n", "bib_files", "a.bib") is None


def test_a_list_item_of_mkdocs_yml_is_placed_at_its_own_line():
    from explainer.option_lines import key_line

    text = "theme:\n  name: material\n  features:\n    - navigation.top\n    - 'navigation.instnat'\n"
    assert key_line(text, ["theme", "features"], "navigation.instnat") == 5
    assert key_line(text, ["theme", "features"], "search.share") == 3  # not there: the list's line
    assert key_line("theme:\n  features: [toc.follow, navigation.instnat]\n", ["theme", "features"], "toc.follow") == 2
    palettes = "theme:\n  palette:\n    - scheme: default\n    - scheme: slate\n      primery: teal\n"
    assert key_line(palettes, ["theme", "palette", "primery"]) == 5  # in the second palette


def test_a_new_glossary_entry_whose_term_is_another_s_is_named_once_at_the_new_file(project_copy):
    # It was named twice, both times at tianxia.md (its term and its alias Tiānxià read alike),
    # and never at the file just added.
    new = project_copy / "docs" / "glossary" / "tianxia-2.md"
    new.write_text(
        "---\nterm: Tianxia\ndefinition: All under Heaven.\ncategory: concept\n---\n\nBody.\n", encoding="utf-8"
    )
    result = build(project_copy)
    assert result.returncode != 0
    assert "1 error in the sources:" in result.output
    old_line = line_number(project_copy / "docs" / "glossary" / "tianxia.md", "term: Tianxia")
    assert (
        "docs/glossary/tianxia-2.md:2: the name 'tianxia' belongs to two entries: this one and"
        f" docs/glossary/tianxia.md:{old_line}"
    ) in result.output
    # A term of its own clashes with nothing.
    edit(new, "term: Tianxia", "term: Tianxia order")
    relaxed = build(project_copy, strict=False)
    assert relaxed.returncode == 0, relaxed.output
    assert "belongs to two entries" not in relaxed.output


def test_a_glossary_name_in_a_word_processor_s_quotation_marks_stops_the_build_at_its_line(project_copy):
    # `term: “three evils”` was read with its marks: the entry's title and the glossary's
    # list showed them, and an alias so written matched nothing, without a word.
    entry = project_copy / "docs" / "glossary" / "three-evils.md"
    edit(entry, "term: three evils", "term: “three evils”")
    edit(entry, "  - three evil forces", "  - “three evil forces”")
    result = build(project_copy)
    assert result.returncode != 0
    assert not (project_copy / "site").exists()  # nothing half-written
    term, alias = line_number(entry, "term:"), line_number(entry, "  - “three")
    assert (
        f"docs/glossary/three-evils.md:{term}: `term: “three evils”` is in curly quotation marks, which YAML reads"
        ' as part of the value\n    Write three evils without them, or in straight quotes: "three evils".'
    ) in result.output
    assert (
        f"docs/glossary/three-evils.md:{alias}: `aliases`: the item “three evil forces” is in curly quotation marks"
    ) in result.output
    # In YAML's own quotes, the marks are meant: no error names them.
    edit(entry, "term: “three evils”", "term: '“three evils”'")
    assert "`term: “three evils”`" not in build(project_copy).output


def test_a_label_option_in_a_word_processor_s_quotation_marks_is_named_at_its_line():
    # `bibliography_title: “Works cited”` was read with its marks, and the page's title and
    # the notes' links back showed them, without a word.
    from explainer.config import load_config
    from explainer.errors import ExplainerErrors

    text = (
        "site_name: x\nextra:\n  explainer:\n    bibliography_title: “Works cited”\n"
        "    words:\n      note: ‘nota’\n    note_words:\n      quoted_title: “{title}”\n"
    )
    raw = {
        "bibliography_title": "“Works cited”",
        "words": {"note": "‘nota’"},
        "note_words": {"quoted_title": "“{title}”"},
    }
    with pytest.raises(ExplainerErrors) as raised:
        load_config({"explainer": raw}, "mkdocs.yml", lambda: text)
    assert str(raised.value) == "2 errors in the sources:\n" + (
        "  mkdocs.yml:4: extra.explainer: `bibliography_title: “Works cited”` is in curly quotation marks, which YAML"
        " reads as part of the value\n"
        '    Write Works cited without them, or in straight quotes: "Works cited". A word processor turns the " you'
        " type into “ and ”; YAML reads only the straight ones as quotes.\n"
        "  mkdocs.yml:6: extra.explainer.words: `note: ‘nota’` is in curly quotation marks, which YAML reads as part of"
        " the value\n"
        '    Write nota without them, or in straight quotes: "nota". A word processor turns the " you'
        " type into “ and ”; YAML reads only the straight ones as quotes."
    )
    # In YAML's own quotes the marks are meant, as they are in the notes' own marks (`quoted_title`).
    quoted = text.replace("“Works cited”", "'“Works cited”'").replace("‘nota’", '"‘nota’"')
    assert load_config({"explainer": raw}, "mkdocs.yml", lambda: quoted).bibliography_title == "“Works cited”"


def test_a_category_s_name_in_a_word_processor_s_quotation_marks_is_named_at_its_line():
    # `organisation: “Organization”` under `words.categories` was read with its marks, and the
    # glossary's filter and each entry's label showed them, without a word.
    from explainer.config import load_config
    from explainer.errors import ExplainerErrors

    text = "extra:\n  explainer:\n    words:\n      categories:\n        organisation: “Organization”\n"
    raw = {"words": {"categories": {"organisation": "“Organization”"}}}
    with pytest.raises(ExplainerErrors) as raised:
        load_config({"explainer": raw}, "mkdocs.yml", lambda: text)
    assert str(raised.value) == "1 error in the sources:\n" + (
        "  mkdocs.yml:5: extra.explainer.words.categories: `organisation: “Organization”` is in curly quotation marks,"
        " which YAML reads as part of the value\n"
        '    Write Organization without them, or in straight quotes: "Organization". A word processor turns the " you'
        " type into “ and ”; YAML reads only the straight ones as quotes."
    )
    quoted = text.replace("“Organization”", "'“Organization”'")
    assert load_config({"explainer": raw}, "mkdocs.yml", lambda: quoted).words.categories == raw["words"]["categories"]


def test_a_label_in_curly_quotation_marks_is_named_in_the_file_that_writes_it():
    # MkDocs merges the file `INHERIT:` names under mkdocs.yml: an option is read from
    # mkdocs.yml if it writes it, else from the inherited file, and named there.
    from explainer.config import load_config
    from explainer.errors import ExplainerErrors

    base = "extra:\n  explainer:\n    bibliography_title: “Works cited”\n    notes_title: “Notes”\n"
    child = "INHERIT: base.yml\nextra:\n  explainer:\n    notes_title: '“Notes”'\n"
    raw = {"bibliography_title": "“Works cited”", "notes_title": "“Notes”"}
    with pytest.raises(ExplainerErrors) as raised:
        load_config(
            {"explainer": raw}, "mkdocs.yml", lambda: child, lambda: [("mkdocs.yml", child), ("base.yml", base)]
        )
    # notes_title is mkdocs.yml's, in YAML's quotes: meant so, and not named in base.yml.
    assert str(raised.value).startswith(
        "1 error in the sources:\n  base.yml:3: extra.explainer: `bibliography_title: “Works cited”` is in curly"
    )


def test_a_category_in_curly_quotation_marks_in_the_file_inherit_names_is_placed_there(project_copy):
    (project_copy / "mkdocs.yml").rename(project_copy / "base.yml")
    edit(project_copy / "base.yml", "organisation: Organization", "organisation: “Organization”")
    (project_copy / "mkdocs.yml").write_text("INHERIT: base.yml\nsite_author: Sebastien Peyrouse\n", encoding="utf-8")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(project_copy / "base.yml", "organisation: “Organization”")
    assert (
        f"base.yml:{line}: extra.explainer.words.categories: `organisation: “Organization”` is in curly quotation"
        " marks, which YAML reads as part of the value"
    ) in result.output
    assert not (project_copy / "site").exists()


def test_a_summary_point_in_a_word_processor_s_quotation_marks_is_named_at_its_line():
    # `point: “…”` showed its marks in the box; a point that quotes words and goes on is the
    # editors' sentence, and `paragraph: “2”` was "not a paragraph of this page (1 to 3)".
    from explainer.errors import ExplainerError, ExplainerErrors
    from explainer.summaries import parse_summary

    source = "---\nsummary:\n  - point: “China acts.”\n    paragraph: 1\n---\n"
    meta = {"summary": [{"point": "“China acts.”", "paragraph": 1}]}
    with pytest.raises(ExplainerErrors) as raised:
        parse_summary(meta, "docs/x.md", 3, source)
    assert str(raised.value) == "1 error in the sources:\n" + (
        "  docs/x.md:3: `point: “China acts.”` is in curly quotation marks, which YAML reads as part of the value\n"
        '    Write China acts. without them, or in straight quotes: "China acts.". A word processor turns the " you'
        " type into “ and ”; YAML reads only the straight ones as quotes."
    )
    # A point's sentence is named by its first words, not quoted whole three times.
    long = "“China acts on its neighbours’ laws through treaties of extradition.”"
    with pytest.raises(ExplainerErrors) as whole:
        parse_summary(
            {"summary": [{"point": long, "paragraph": 1}]}, "docs/x.md", 3, source.replace("“China acts.”", long)
        )
    assert str(whole.value) == "1 error in the sources:\n" + (
        "  docs/x.md:3: `point: “China acts on its neighbours’ laws…”` is in curly quotation marks, which YAML reads"
        " as part of the value\n    Delete the “ and the ” around it, or write straight quotes in their place. A word"
        ' processor turns the " you type into “ and ”; YAML reads only the straight ones as quotes.'
    )
    meant = [{"point": "“Stability” first, then “growth”", "paragraph": 1}]
    assert parse_summary({"summary": meant}, "docs/x.md", 3, source.replace("“China acts.”", meant[0]["point"]))
    quoted = source.replace("“China acts.”", "'“China acts.”'")
    assert parse_summary(meta, "docs/x.md", 3, quoted)[0].text == "“China acts.”"
    with pytest.raises(ExplainerError) as number:
        parse_summary({"summary": [{"point": "One.", "paragraph": "“2”"}]}, "docs/x.md", 3, source)
    assert "summary point 1: `paragraph: '“2”'` is not a paragraph number; write it without quotes" in str(number.value)


def test_a_timeline_value_in_a_word_processor_s_quotation_marks_is_named_as_such(project_copy):
    # `date: “2015”` was refused as a date that "is not YYYY", with the advice to write it in
    # quotes, as the editor thought they had; a quote so written was "not in" its page.
    timeline = project_copy / "docs" / "timeline.yml"
    edit(timeline, 'date: "2015"', "date: “2015”")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(timeline, "date: “2015”")
    assert (
        f"docs/timeline.yml:{line}: `date: “2015”` is in curly quotation marks, which YAML reads as part of the value"
    ) in result.output
    assert "is not YYYY" not in result.output
    edit(timeline, "date: “2015”", 'date: "2015"')
    edit(
        timeline,
        'quote: "the establishment of the Digital Silk Road in 2015"',
        "quote: “the establishment of the Digital Silk Road in 2015”",
    )
    result = build(project_copy)
    line = line_number(timeline, "quote: “the establishment")
    assert f"docs/timeline.yml:{line}: the quote is not in part-2/surveillance.md" in result.output
    assert "The quote is in curly quotation marks (“…”), which YAML reads as part of it" in result.output


def test_a_yaml_value_that_holds_a_colon_in_a_word_processor_s_quotation_marks_says_so(project_copy):
    # YAML stops at the colon, and its advice was to quote such a value: the editor had,
    # with the curly marks YAML reads as text.
    timeline = project_copy / "docs" / "timeline.yml"
    edit(
        timeline,
        "event: The Digital Silk Road is established, a program",
        "event: “The Digital Silk Road is established: a program",
    )
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(timeline, "event: “The Digital Silk Road")
    assert f"docs/timeline.yml:{line}: not valid YAML: mapping values are not allowed" in result.output
    assert (
        "The value is in curly quotation marks (“…), which YAML reads as text, not as quotes: write straight ones"
    ) in result.output


def test_a_key_or_a_label_with_an_invisible_pasted_character_names_it_and_the_key_to_write(project_copy):
    # A soft hyphen pasted from a word processor shows as nothing: the messages quoted
    # '@omelicheva2015\xaddemocracy' ("has words after its key"), or named a note "called but
    # never defined" and the same-looking note "defined but never called".
    page = project_copy / "docs" / "introduction.md"
    edit(page, "@omelicheva2015democracy, p. 59", "@omelicheva2015\u00addemocracy, p. 59")
    result = build(project_copy)
    assert result.returncode != 0
    assert not (project_copy / "site").exists()  # nothing half-written
    line = line_number(page, "@omelicheva2015\u00addemocracy")
    assert (
        f"docs/introduction.md:{line}: [@omelicheva2015democracy, p. 59] is no citation: it holds an invisible soft"
        " hyphen (U+00AD) after '@omelicheva2015', as text pasted from a word processor, a web page or a PDF may;"
        " type the citation again without it: [@omelicheva2015democracy, p. 59]"
    ) in result.output
    edit(page, "@omelicheva2015\u00addemocracy", "@omelicheva2015democracy")

    bib = project_copy / "bib" / "article.bib"
    edit(bib, "@book{brown2017world,", "@book{brown2017\u200bworld,")
    result = build(project_copy)
    assert (
        f"bib/article.bib:{line_number(bib, '@book{brown2017')}: entry key 'brown2017world' holds an invisible"
        " zero-width space (U+200B) after 'brown2017'"
    ) in result.output
    assert "Type the key again without it, @book{brown2017world, …}" in result.output
    edit(bib, "@book{brown2017\u200bworld,", "@book{brown2017world,")


def test_a_note_label_with_an_invisible_pasted_character_is_one_error_at_that_half(project_copy):
    # The two halves' errors named what looked like one label, [^zhanaozen] and [^zhanaozen].
    page = project_copy / "docs" / "part-1" / "opposition-and-separatism.md"
    label = "zhanaozen"
    edit(page, f"[^{label}]:", f"[^{label[:2]}\u00ad{label[2:]}]:")
    result = build(project_copy)
    assert result.returncode != 0
    text_line, call_line = line_number(page, f"[^{label[:2]}\u00ad"), line_number(page, f"[^{label}]")
    assert (
        f"1 error in the sources:\n  docs/part-1/opposition-and-separatism.md:{text_line}: note [^{label}]: the"
        f" label here holds an invisible soft hyphen (U+00AD) after '{label[:2]}'"
    ) in result.output
    assert (
        f"as its other half at docs/part-1/opposition-and-separatism.md:{call_line} writes it: [^{label}]."
        in result.output
    )


def test_a_glossary_entry_whose_front_matter_is_empty_names_the_fields_to_write(project_copy):
    # `---` twice with nothing between them was told to add the closing `---` it had.
    entry = project_copy / "docs" / "glossary" / "new-entry.md"
    entry.write_text("---\n---\n\n## What it is\n\nText.\n", encoding="utf-8")
    result = build(project_copy)
    assert result.returncode != 0
    assert "no closing `---`" not in result.output
    assert "docs/glossary/new-entry.md:1: glossary entry has no `term`" in result.output
    assert "docs/glossary/new-entry.md:1: glossary entry has no `definition`" in result.output


@pytest.mark.parametrize(
    ("written", "message", "hint"),
    [
        # '20' was named as the date at fault, and the span's way of writing was left unsaid.
        ("2019/20", "'2019/20' writes the span's last year with 2 figures", 'Write it whole: "2019/2020".'),
        (
            "2019-2020",
            "'2019-2020' joins two years with a dash, where a span takes a slash, as ISO 8601 writes one",
            'Write "2019/2020"; the timeline prints it 2019–2020.',
        ),
        (
            "Spring 2015",
            "'Spring 2015' gives the year with words ('Spring'), which a date cannot hold",
            'Write the year alone, "2015", or the month or the day the article gives (YYYY-MM, YYYY-MM-DD);'
            " words such as 'Spring' go in the event's text.",
        ),
    ],
)
def test_a_timeline_date_written_as_prose_writes_one_is_named_with_the_date_to_write(
    project_copy, written, message, hint
):
    timeline = project_copy / "docs" / "timeline.yml"
    edit(timeline, 'date: "2015"', f'date: "{written}"')
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(timeline, f'date: "{written}"')
    assert f"docs/timeline.yml:{line}: date {message}\n    {hint}" in result.output


def test_a_link_to_a_renamed_heading_names_the_heading_s_new_anchor(project_copy):
    # MkDocs named the link and the anchor missing, not what the anchor is now: an editor who
    # renamed a heading was left to guess how its words become an anchor.
    entry = project_copy / "docs" / "glossary" / "safe-city.md"
    edit(entry, "](../part-2/surveillance.md)", "](../part-2/surveillance.md#21-selling-surveillance-technologies)")
    edit(
        project_copy / "docs" / "part-2" / "surveillance.md",
        "# 2.1 Selling Surveillance Technologies",
        "# 2.1 Selling Surveillance Tools",
    )
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(entry, "#21-selling-surveillance-technologies")
    assert (
        f"docs/glossary/safe-city.md:{line}: Doc file 'glossary/safe-city.md' contains a link"
        " '../part-2/surveillance.md#21-selling-surveillance-technologies', but the doc 'part-2/surveillance.md' does"
        " not contain an anchor '#21-selling-surveillance-technologies'.\n"
        "    Did you mean #21-selling-surveillance-tools? A heading's anchor is made from its words: renamed, it"
        " changes. The page's headings: #21-selling-surveillance-tools (2.1 Selling Surveillance Tools),"
    ) in result.output
    # A paragraph past the page's last is told how many the page has.
    edit(entry, "#21-selling-surveillance-technologies)", "#p99)")
    result = build(project_copy, strict=False)
    paragraphs = len(result.page("part-2/surveillance/").find_all("p", id=re.compile(r"^p\d+$")))
    assert (
        f"does not contain an anchor '#p99'.\n    The page's paragraphs are #p1 to #p{paragraphs}, counted from its"
        " first."
    ) in result.output
