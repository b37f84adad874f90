"""Slips an editor makes in BibTeX, Markdown and YAML that gave no message, a wrong one or
a wrong site: each is now named at its file and line, with what to write instead."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bib_exports import ACM_PAPER
from project import edit, line_number, run_build


def build(project: Path):
    result = run_build(project, project / "site")
    assert "Traceback" not in result.output, result.output
    return result


BROWN = "% note 1\n@book{brown2017world,"
TAURIS = "  publisher = {I.B. Tauris},"


def test_a_string_joined_with_hash_is_printed_joined(project_copy):
    # `tauris # { Ltd}` was named as a string no one defined, though `tauris` was, and the
    # hint said to define `@string{tauris # { Ltd} = …}`.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, BROWN, "@string{tauris = {I.B. Tauris}}\n" + BROWN)
    edit(bib, TAURIS, "  publisher = tauris # { Ltd},")
    result = build(project_copy)
    assert result.returncode == 0, result.output
    note = result.page("introduction/").find("li", id="note-1").get_text(" ", strip=True)
    assert "London, New York, I.B. Tauris Ltd, 2017" in note


def test_a_string_defined_twice_names_both_lines(project_copy):
    # It was "duplicate key 'tauris'", first used "at bib/article.bib:?".
    bib = project_copy / "bib" / "article.bib"
    edit(bib, BROWN, "@string{tauris = {I.B. Tauris}}\n@string{tauris = {Tauris}}\n" + BROWN)
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "@string{tauris = {Tauris}}")
    assert (
        f"bib/article.bib:{line}: @string tauris is defined twice, first on line {line - 1}\n"
        "    Keep one definition, or give the other another name (and write that name where it is meant)."
    ) in result.output
    assert ":?" not in result.output


def test_a_joined_name_that_is_no_string_is_named_alone_with_the_closest(project_copy):
    bib = project_copy / "bib" / "article.bib"
    edit(bib, BROWN, "@string{tauris = {I.B. Tauris}}\n" + BROWN)
    edit(bib, TAURIS, "  publisher = taurus # { Ltd},")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "  publisher = taurus")
    assert (
        f"bib/article.bib:{line}: entry 'brown2017world': publisher = taurus # {{ Ltd}} joins taurus,"
        " which names no @string\n    Did you mean tauris?"
    ) in result.output


def test_a_last_value_left_open_is_named_not_the_entry(project_copy):
    # `date = {2017,` took the entry's closing } as its own: the message said the entry's
    # last } was missing, at the entry's first line, where the editor saw it was there.
    bib = project_copy / "bib" / "article.bib"
    next_entry = "}\n\n% note 1\n@incollection"
    edit(bib, "  date      = {2017},\n" + next_entry, "  date      = {2017,\n" + next_entry)
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "  date      = {2017,\n")
    assert (
        f"bib/article.bib:{line}: entry 'brown2017world': the value of date opens a brace it never closes,"
        f" so it takes the entry's last }} (line {line + 1}) as its own\n"
        f"    Close it at the end of line {line}: date = {{…}},"
    ) in result.output


def test_an_accent_typed_outside_its_letter_s_group_stops_the_build(project_copy):
    # `{\'}e` printed "e": the accent was dropped without a word; `\'` at a value's end
    # put a lone accent after a space.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "  title     = {China's World. What", "  title     = {China's W{\\'}orld. What")
    edit(bib, "  author    = {Omelicheva, M.},", "  author    = {Omelicheva\\', M.},")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "China's W{\\'}orld")
    assert (
        f"bib/article.bib:{line}: entry 'brown2017world': title puts the accent \\' on no letter ({{\\'}}o):"
        " the letter o is outside its group; write {\\'o}, or the accented letter itself"
    ) in result.output
    line = line_number(bib, "Omelicheva\\'")
    assert (
        f"bib/article.bib:{line}: entry 'omelicheva2015democracy': author holds the accent \\' with no letter after it"
    ) in result.output


def test_a_tilde_or_caret_typed_as_latex_prints_as_the_character(project_copy):
    # `\~{}` is LaTeX's tilde (an address's ~user): it printed nothing.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, TAURIS, TAURIS + "\n  note      = {See ma\\~{}in and x\\^{}2},")
    result = build(project_copy)
    assert result.returncode == 0, result.output
    note = result.page("introduction/").find("li", id="note-1").get_text(" ", strip=True)
    assert "See ma~in and x^2" in note


def test_pages_written_in_words_or_with_their_label_stop_the_build(project_copy):
    # `1 to 10` printed "p. 1 to 10", `1-ten` "pp. 1–ten", `pp. 1--10` "pp. pp. 1–10".
    bib = project_copy / "bib" / "article.bib"
    for written, problem in [
        ("1 to 10", "pages '1 to 10' has 'to' between two pages; write a range as 1--10, a list as 1, 10"),
        ("1-ten", "pages '1–ten' holds 'ten', which is not a page; write pages in figures, a range as 12--14"),
        ("pp. 1--10", "pages 'pp. 1–10' starts with 'pp.', which the notes print themselves; write the pages alone"),
        # `12--14--16` printed "pp. 12–14–16".
        (
            "12--14--16",
            "pages '12–14–16' joins 3 pages with dashes (12–14–16), where a range has two ends; write one range,"
            " 12--16, or a list, 12--14, 16",
        ),
        # `1---10` was said to hold "'1—10', which is not a page".
        (
            "1---10",
            "pages '1—10' joins a range with '—', an em dash (--- in BibTeX), where a range takes --; write 1--10",
        ),
    ]:
        edit(bib, "  pages     = {1--10},", f"  pages     = {{{written}}},")
        result = build(project_copy)
        assert result.returncode != 0
        line = line_number(bib, f"  pages     = {{{written}}},")
        assert f"bib/article.bib:{line}: entry 'cabestan2010diplomacy': {problem}" in result.output
        edit(bib, f"  pages     = {{{written}}},", "  pages     = {1--10},")


def test_pages_numbered_by_chapter_print_as_written(project_copy):
    # `3-1--3-15` (pages 3-1 to 3-15, as reports and manuals number them) stopped the build:
    # "joins 4 pages with dashes …; write one range, 3--15". `1-1` printed "pp. 1–1".
    bib = project_copy / "bib" / "article.bib"
    for written, printed in [("3-1--3-15", "pp. 3-1–3-15"), ("1-1", "p. 1-1")]:
        edit(bib, "  pages     = {1--10},", f"  pages     = {{{written}}},")
        result = build(project_copy)
        assert result.returncode == 0, result.output
        note = next(
            item.get_text()
            for item in result.page("introduction/").select("li[id^=note-]")
            if "Handbook of China" in item.get_text()
        )
        assert f"Routledge, 2010, {printed};" in " ".join(note.split()), note
        edit(bib, f"  pages     = {{{written}}},", "  pages     = {1--10},")


def test_countries_written_with_commas_and_no_list_stop_the_build(project_copy):
    # YAML reads `countries: Kyrgyzstan, China` as one name: the timeline's filter had a box
    # "Kyrgyzstan, China", and neither place's page listed the event.
    timeline = project_copy / "docs" / "timeline.yml"
    edit(timeline, "  countries: [Kyrgyzstan]", "  countries: Kyrgyzstan, China")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(timeline, "  countries: Kyrgyzstan, China")
    assert (
        f"docs/timeline.yml:{line}: `countries: Kyrgyzstan, China` is one name, commas and all\n"
        "    For several countries, write a list: `countries: [Kyrgyzstan, China]`"
    ) in result.output
    # Quoted, it is one name, as meant.
    edit(timeline, "  countries: Kyrgyzstan, China", '  countries: "Kyrgyzstan, China"')
    assert build(project_copy).returncode == 0


def test_the_explainer_s_options_under_a_misspelt_name_are_named(project_copy):
    # Under `explainr:`, no option was read: the build said only that bib/references.bib, the
    # default, was not found, with no line and no word of the misspelt name.
    config = project_copy / "mkdocs.yml"
    edit(config, "  explainer:\n", "  explainr:\n")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(config, "  explainr:")
    assert f"mkdocs.yml:{line}: extra.explainr is not read: did you mean explainer?" in result.output
    assert "references.bib" not in result.output.split("did you mean explainer?")[0]


def test_an_option_of_the_wrong_type_is_named_in_an_editor_s_words(project_copy):
    # MkDocs' words were Python's: "Expected type: <class 'bool'> but received: <class 'str'>".
    config = project_copy / "mkdocs.yml"
    edit(config, "    ibid: true", '    ibid: "false"')
    edit(config, "      language: en", "      language: en\n      title: 2024")
    edit(config, "    pdf_paper: A4", "    pdf_paper: A4\n    separate_notes: glossary/")
    result = build(project_copy)
    assert result.returncode != 0
    assert "<class" not in result.output
    line = line_number(config, '    ibid: "false"')
    assert (
        f"mkdocs.yml:{line}: extra.explainer.ibid: expects true or false, not text in quotes;"
        " write true or false without quotes"
    ) in result.output
    line = line_number(config, "      title: 2024")
    assert (
        f"mkdocs.yml:{line}: extra.explainer.article: Sub-option 'title': expects text, not a whole number"
        " (YAML reads the value so); put it in quotes"
    ) in result.output
    line = line_number(config, "    separate_notes: glossary/")
    assert (
        f"mkdocs.yml:{line}: extra.explainer.separate_notes: expects a list, not text; write its items in brackets,"
        " [a, b]"
    ) in result.output


def test_a_placeholder_an_option_does_not_fill_in_stops_the_build(project_copy):
    # `note: "note {number}"` printed "note {number} 28" on the bibliography and the timeline;
    # `call_label: "Note {number} of {total}"` stopped the build with Python's KeyError.
    config = project_copy / "mkdocs.yml"
    edit(config, "    words:\n", "    words:\n      note: note {number}\n")
    edit(config, "    pdf_paper: A4", "    pdf_paper: A4\n    call_label: Note {number} of {total}")
    result = build(project_copy)
    assert result.returncode != 0
    assert "Traceback" not in result.output and "KeyError" not in result.output
    line = line_number(config, "      note: note {number}")
    assert (
        f"mkdocs.yml:{line}: extra.explainer.words: Sub-option 'note': 'note {{number}}' holds {{number}}, which this"
        " option does not fill in; write it without {number} (like 'note')"
    ) in result.output
    line = line_number(config, "    call_label: Note {number} of {total}")
    assert (
        f"mkdocs.yml:{line}: extra.explainer.call_label: 'Note {{number}} of {{total}}' holds {{total}}, which this"
        " option does not fill in (only {number}); write it without {total} (like 'Note {number}')"
    ) in result.output


def test_a_placeholder_in_an_option_with_no_default_words_gives_no_empty_example(project_copy):
    # A category's name has no default words: the error ended "(like '')".
    config = project_copy / "mkdocs.yml"
    edit(
        config, "        organisation: Organization\n", "        organisation: Organization\n        place: Lieu {n}\n"
    )
    result = build(project_copy)
    assert result.returncode != 0
    message = next(line for line in result.output.splitlines() if "Lieu {n}" in line)
    assert message.endswith("'Lieu {n}' holds {n}, which this option does not fill in; write it without {n}"), message


def test_an_empty_title_stops_the_build(project_copy):
    # `timeline_title: ""` gave the timeline's page an empty heading, without a word.
    config = project_copy / "mkdocs.yml"
    edit(config, "    pdf_paper: A4", '    pdf_paper: A4\n    timeline_title: ""')
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(config, '    timeline_title: ""')
    assert (
        f"mkdocs.yml:{line}: extra.explainer.timeline_title: '' is empty, so a reader would find no words there;"
        " write them, or delete the line to keep 'Timeline'"
    ) in result.output


def test_authors_written_with_commas_and_no_list_stop_the_build(project_copy):
    # `authors: Sebastien Peyrouse, Ana Exemplar` was one author, "Sebastien Peyrouse, Ana
    # Exemplar", in the cite box and the metadata.
    config = project_copy / "mkdocs.yml"
    edit(config, "      authors: [Sebastien Peyrouse]", "      authors: Sebastien Peyrouse, Ana Exemplar")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(config, "      authors: Sebastien")
    assert (
        f"mkdocs.yml:{line}: extra.explainer.article: Sub-option 'authors': 'Sebastien Peyrouse, Ana Exemplar'"
        " is one item, commas and all; for several, write a list: [Sebastien Peyrouse, Ana Exemplar]"
    ) in result.output


@pytest.mark.parametrize(
    ("authors", "joined", "joiner", "listed"),
    [
        ("[Sebastien Peyrouse and Ana Exemplar]", "Sebastien Peyrouse and Ana Exemplar", "and", ""),
        ("[Ana Exemplar, Sebastien Peyrouse & Jean Dupont]", "Sebastien Peyrouse & Jean Dupont", "&", "Ana Exemplar, "),
    ],
)
def test_authors_joined_with_and_stop_the_build_with_the_list_to_write(project_copy, authors, joined, joiner, listed):
    # `authors: [Sebastien Peyrouse and Ana Exemplar]`, as BibTeX joins names, was one
    # author, "S. P. and Ana Exemplar" in the cite box.
    config = project_copy / "mkdocs.yml"
    edit(config, "      authors: [Sebastien Peyrouse]", f"      authors: {authors}")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(config, "      authors: [")
    names = {"and": "Sebastien Peyrouse, Ana Exemplar", "&": "Sebastien Peyrouse, Jean Dupont"}[joiner]
    assert (
        f"mkdocs.yml:{line}: extra.explainer.article: Sub-option 'authors': '{joined}' joins names with '{joiner}',"
        f" which the cite box would print as one person's; write each name as an item of the list: [{listed}{names}]"
    ) in result.output, result.output


TIANXIA_DEFINITION = "definition: >-\n  A concept, rendered in the article"


def test_a_definition_not_indented_under_its_field_is_named_as_such(project_copy):
    # With the colon further on the line, YAML read the text as a field of its own and the
    # build said "glossary entry has no `definition`"; without, that it "could not find
    # expected ':'", with a hint to close brackets and quotes.
    entry = project_copy / "docs" / "glossary" / "tianxia.md"
    text = entry.read_text(encoding="utf-8")
    for unindented in (
        "definition: >-\nA concept, rendered in the article",
        "definition:\nA concept, rendered in the article",
    ):
        entry.write_text(text.replace(TIANXIA_DEFINITION, unindented), encoding="utf-8")
        result = build(project_copy)
        assert result.returncode != 0
        line = line_number(entry, "\nA concept") + 1
        assert (
            f"docs/glossary/tianxia.md:{line}: the text after `definition:` (line {line - 1}) is not indented,"
            ' so YAML does not read it as the definition: `A concept, rendered in the article as "A…`\n'
            "    Indent each line of the text by 2 spaces, under `definition:`."
        ) in result.output
        assert "has no `definition`" not in result.output


def test_an_event_not_indented_under_its_field_is_named_as_such(project_copy):
    timeline = project_copy / "docs" / "timeline.yml"
    edit(timeline, "  event: The UN Committee on", "  event:\n  The UN Committee on")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(timeline, "\n  The UN Committee on") + 1
    assert (
        f"docs/timeline.yml:{line}: the text after `event:` (line {line - 1}) is not indented, so YAML does not"
        " read it as the event: `The UN Committee on the Elimination of R…`\n"
        "    Indent each line of the text by 4 spaces, under `event:`."
    ) in result.output


def test_an_empty_definition_is_named_empty_not_missing(project_copy):
    entry = project_copy / "docs" / "glossary" / "tianxia.md"
    text = entry.read_text(encoding="utf-8")
    start = text.index(TIANXIA_DEFINITION)
    end = text.index("\ncategory:")
    entry.write_text(text[:start] + "definition:" + text[end:], encoding="utf-8")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(entry, "definition:")
    assert (
        f"docs/glossary/tianxia.md:{line}: `definition` is empty\n"
        "    Write it after the colon: `definition: one or two sentences`."
    ) in result.output


@pytest.mark.parametrize(
    ("field", "written", "message"),
    [
        (
            "definition",
            "definition:\n  - A concept of the Zhou dynasty.\n",
            "`definition` is a list, not text\n    Write it as text: `definition: >-`, then its lines indented by two"
            " spaces, without `- `.",
        ),
        # Braces, which YAML reads as a mapping: it was said to be "lines of `key: value` under it".
        (
            "definition",
            "definition: {All under Heaven}\n",
            "`definition` is a mapping (braces, or lines of `key: value` under it), not text\n    Write it as text"
            ' after the colon, in quotes if it holds braces or ": ": `definition: "…"`.',
        ),
        (
            "term",
            "term: [Tianxia, All under Heaven]\n",
            "`term` is a list, not text\n    Write one name, as the article spells it; give the others under"
            " `aliases:`.",
        ),
    ],
)
def test_a_definition_or_a_term_written_as_a_list_is_named_a_list_not_empty(project_copy, field, written, message):
    # The message said the field was empty, where the editor saw its words.
    entry = project_copy / "docs" / "glossary" / "tianxia.md"
    text = entry.read_text(encoding="utf-8")
    if field == "definition":
        start, end = text.index(TIANXIA_DEFINITION), text.index("\ncategory:") + 1
    else:
        start = text.index("term: Tianxia\n")
        end = start + len("term: Tianxia\n")
    entry.write_text(text[:start] + written + text[end:], encoding="utf-8")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(entry, f"{field}:")
    assert f"docs/glossary/tianxia.md:{line}: {message}" in result.output, result.output


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ('  quote: ""', "`quote` is empty\n    Write the quote after the colon."),
        ("  quote: 2005", '`quote: 2005` is not text to YAML\n    Put it in quotes: quote: "…".'),
        ("  quote: [a, b]", "`quote` is a list, not text\n    Write one quote after the colon."),
        ("  countries: [Kyrgyzstan, Kyrgyzstan]", "country 'Kyrgyzstan' is listed twice; keep one"),
    ],
)
def test_an_event_s_field_written_empty_or_twice_is_named_so_at_its_line(project_copy, written, message):
    # An empty quote, or one YAML reads as a number, was said to be missing, at the event's
    # first line; a country listed twice (another one meant) was taken without a word.
    timeline = project_copy / "docs" / "timeline.yml"
    field = written.split(":")[0]
    old = next(line for line in timeline.read_text(encoding="utf-8").splitlines() if line.startswith(f"{field}:"))
    edit(timeline, old, written)
    result = build(project_copy)
    assert result.returncode != 0
    assert f"docs/timeline.yml:{line_number(timeline, written)}: {message}" in result.output, result.output


def test_an_event_without_its_dash_is_named_as_a_record_of_its_own(project_copy):
    # The message said to keep one `date:` and put all its values under it: the editor had
    # left out the `- ` that starts an event, and the event above lost its date.
    timeline = project_copy / "docs" / "timeline.yml"
    first = line_number(timeline, '- date: "2005"\n  event: The Tulip Revolution')
    edit(timeline, '- date: "2007"', '  date: "2007"')
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(timeline, '  date: "2007"')
    assert (
        f"docs/timeline.yml:{line}: not valid YAML: `date` is given twice in one record, first on line {first}\n"
        f"    If line {line} starts a record of its own, write `- ` before `date:`, as on line {first}: without it,"
        " YAML reads its lines as more of the record above. If not, keep one `date:`."
    ) in result.output


def test_a_locator_after_a_semicolon_or_a_full_stop_after_the_key_says_what_to_write(project_copy):
    # `[@k; p. 12]` was "the item 'p. 12' has no @key"; `[@k.]` "has words after its key".
    page = project_copy / "docs" / "conclusion.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text + "\nA claim.[@brown2017world; p. 12]\n\nAnother claim [@brown2018xi.]\n", encoding="utf-8")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(page, "[@brown2017world; p. 12]")
    assert (
        f"docs/conclusion.md:{line}: [@brown2017world; p. 12] opens as a citation but is not one: the item 'p. 12'"
        " has no @key; a locator goes after a comma, not a semicolon: [@brown2017world, p. 12]"
    ) in result.output
    line = line_number(page, "[@brown2018xi.]")
    assert (
        f"docs/conclusion.md:{line}: [@brown2018xi.] opens as a citation but is not one: the key @brown2018xi has"
        " a full stop after it; a note call goes after the punctuation: write .[@brown2018xi]"
    ) in result.output


def test_a_field_without_its_equals_sign_is_named_at_its_line(project_copy):
    # "this entry is not valid BibTeX (Expected a `=` after entry key, but found `{`)", at the
    # entry's first line: the parser's words name neither the field nor its line.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "  location  = {London, New York},", "  location  {London, New York},")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "  location  {London")
    assert (
        f"bib/article.bib:{line}: entry 'brown2017world': location has no = before its value\n"
        "    Write location = {…}, with = between the name and its value."
    ) in result.output


def test_a_quotation_mark_inside_a_value_in_quotation_marks_stops_the_build(project_copy):
    # The note printed `What Does "China" Want?"`, a mark too many at its end, where BibTeX
    # ends the value at the second mark.
    bib = project_copy / "bib" / "article.bib"
    edit(
        bib,
        "  title     = {China's World. What Does China Want?},",
        '  title     = "China\'s World. What Does "China" Want?",',
    )
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, 'What Does "China" Want?"')
    assert (
        f"bib/article.bib:{line}: entry 'brown2017world': the value of title, in quotation marks, holds another \","
        " where BibTeX ends the value\n    Put the value in braces, title = {…}, where a quotation mark is text."
    ) in result.output


def test_the_hooks_without_the_citations_hook_say_so(project_copy):
    # A line lost from `hooks:` in mkdocs.yml: the build gave twenty errors about the
    # timeline's notes, "note 27 is not called on …", and none about the hook.
    config = project_copy / "mkdocs.yml"
    line = line_number(config, "hooks:\n")
    edit(config, "  - hooks/citations.py\n", "")
    result = build(project_copy)
    assert result.returncode != 0
    assert (
        f"mkdocs.yml:{line}: hooks lists glossary.py but not hooks/citations.py, which reads the citations ([@key])"
        " and numbers the notes\n    Add `- hooks/citations.py` under `hooks:`"
    ) in result.output
    assert "is not called on" not in result.output


def test_a_percent_comment_inside_an_entry_is_named_at_its_line(project_copy):
    # `% checked` on a line of its own inside an entry became part of the next field's
    # name ("% checked\n  location"): the note lost its place of publication without a word.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "  location  = {London, New York},", "  % checked against the note\n  location  = {London, New York},")
    edit(bib, "  date      = {2015},\n}", "  date      = {2015},\n  % to check\n}")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "  % checked")
    assert (
        f"bib/article.bib:{line}: entry 'brown2017world': the comment '% checked against the note' is read as part"
        " of the name of location, which the notes lose\n"
        "    Inside an entry BibTeX has no comments: move the line above the entry's @, or delete it."
    ) in result.output
    line = line_number(bib, "  % to check")
    assert (
        f"bib/article.bib:{line}: entry 'omelicheva2015democracy': the comment '% to check' is read as a field's"
        " name, with no value"
    ) in result.output


def test_an_option_with_no_value_says_what_it_takes_and_its_default(project_copy):
    # YAML reads `ibid:` as no value, and the build took the default, true, without a word:
    # an editor who meant "no Ibid." got Ibid. in every note.
    config = project_copy / "mkdocs.yml"
    edit(config, "    ibid: true", "    ibid:")
    edit(config, "      language: en", "      language:")
    edit(config, "    pdf_paper: A4", "    pdf_paper: A4\n    glossary_plurals:")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(config, "    ibid:\n")
    assert (
        f"mkdocs.yml:{line}: extra.explainer.ibid has no value after its colon\n"
        "    Write true or false after the colon, or delete the line to keep the default, true."
    ) in result.output
    line = line_number(config, "      language:\n")
    assert (
        f"mkdocs.yml:{line}: extra.explainer.article.language has no value after its colon\n"
        "    Write its text after the colon, or delete the line to keep the default, en."
    ) in result.output
    line = line_number(config, "    glossary_plurals:\n")
    assert (
        f"mkdocs.yml:{line}: extra.explainer.glossary_plurals has no value after its colon\n"
        "    Write a list, in brackets ([a, b], or [] for none), after the colon, or delete the line to keep the"
        " default, [s, es, y>ies]."
    ) in result.output
    assert "Required configuration" not in result.output


def test_two_note_calls_side_by_side_are_named_with_the_one_note_to_write(project_copy):
    # `[@a], [@b]` printed "⁶¹,⁶²", two numbers at one place, without a word; `[@a][@b]`
    # printed the first citation as typed, "[@brown2017world]⁶¹", its note lost.
    page = project_copy / "docs" / "conclusion.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(
        text + "\nA claim.[@brown2017world], [@brown2018xi]\n\nAnother.[@brown2017world][@brown2018xi, p. 4]\n"
        "\nA third.[^side] [@brook2019state]\n\n[^side]: Words.\n",
        encoding="utf-8",
    )
    result = build(project_copy)
    assert result.returncode != 0
    print_never = "the text shows two note numbers at one place, which print never does"
    line = line_number(page, "A claim.[@brown2017world], [@brown2018xi]")
    assert (
        f"docs/conclusion.md:{line}: two note calls side by side, [@brown2017world], [@brown2018xi]: {print_never};"
        " cite both in one note: [@brown2017world; @brown2018xi]"
    ) in result.output
    line = line_number(page, "Another.[@brown2017world][@brown2018xi, p. 4]")
    assert (
        f"docs/conclusion.md:{line}: two note calls side by side, [@brown2017world][@brown2018xi, p. 4]:"
        f" {print_never}; cite both in one note: [@brown2017world; @brown2018xi, p. 4]"
    ) in result.output
    line = line_number(page, "A third.[^side] [@brook2019state]")
    assert (
        f"docs/conclusion.md:{line}: two note calls side by side, [^side] [@brook2019state]: {print_never};"
        " make them one note: a citation goes inside the prose note's text, two texts under one label"
    ) in result.output
    # Read as two notes, the second pair's first citation is no longer printed as typed.
    result = run_build(project_copy, project_copy / "site", strict=False)
    assert result.returncode == 0, result.output
    assert "[@brown2017world]" not in result.page("conclusion/").get_text()


def test_note_calls_with_words_between_them_are_not_side_by_side(project_copy):
    page = project_copy / "docs" / "conclusion.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text + "\nA claim,[@brown2017world] and another.[@brown2018xi]\n", encoding="utf-8")
    result = build(project_copy)
    assert result.returncode == 0, result.output


def test_a_citation_without_its_at_sign_is_named(project_copy):
    # `[brown2017world]` printed as typed, brackets and all, where a note was meant.
    page = project_copy / "docs" / "conclusion.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text + "\nA claim.[brown2017world, p. 4]\n\nA word [sic] and [1] in brackets.\n", encoding="utf-8")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(page, "[brown2017world, p. 4]")
    assert (
        f"docs/conclusion.md:{line}: [brown2017world, p. 4] has no @ before its key, so it is text, not a citation\n"
        "    Write [@brown2017world, p. 4] for a note citing it, or \\[brown2017world, p. 4] to keep the brackets"
        " as text."
    ) in result.output
    assert "[sic]" not in result.output and "[1]" not in result.output


def test_et_al_or_a_comma_between_two_authors_stops_the_build(project_copy):
    # `Brown, K. et al.` printed "K. e. a. Brown", and `Brown, K., Smith` "Smith Brown K.",
    # K. read as a suffix (Jr.).
    bib = project_copy / "bib" / "article.bib"
    edit(
        bib,
        "  author    = {Brown, K.},\n  title     = {China's",
        "  author    = {Brown, K. et al.},\n  title     = {China's",
    )
    edit(bib, "  author    = {Omelicheva, M.},", "  author    = {Omelicheva, M., Brown},")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "Brown, K. et al.")
    assert (
        f"bib/article.bib:{line}: entry 'brown2017world': author 'Brown, K. et al.' writes 'et al.' as a name;"
        " after the names it gives, write 'and others': Brown, K. and others"
    ) in result.output
    line = line_number(bib, "Omelicheva, M., Brown")
    assert (
        f"bib/article.bib:{line}: entry 'omelicheva2015democracy': author 'Omelicheva, M., Brown' reads M. as a"
        " suffix (Jr.), between two commas; join two people's names with and: Last, First and Last, First"
    ) in result.output


def test_a_separate_notes_folder_that_holds_no_page_is_named(project_copy):
    # `separate_notes: [appendix/]`, misspelt or moved, numbered the appendix's notes with the
    # article's without a word.
    config = project_copy / "mkdocs.yml"
    edit(config, "    pdf_paper: A4", "    pdf_paper: A4\n    separate_notes:\n      - glossary/\n      - apendix/")
    (project_copy / "docs" / "appendix").mkdir()
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(config, "      - apendix/")
    assert (
        f"mkdocs.yml:{line}: extra.explainer.separate_notes: docs/apendix/ holds no page\n"
        "    Name a folder of the docs folder, relative to it (appendix/); its pages number their notes on their own."
    ) in result.output
    assert "glossary/ holds no page" not in result.output


def test_a_separate_notes_folder_written_from_the_project_is_named_as_such(project_copy):
    # `separate_notes: [docs/glossary/]` was "docs/docs/glossary/ holds no page", the docs
    # folder named twice, where the pages are.
    config = project_copy / "mkdocs.yml"
    edit(config, "    pdf_paper: A4", "    pdf_paper: A4\n    separate_notes: [docs/glossary/]")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(config, "    separate_notes: [docs/glossary/]")
    assert (
        f"mkdocs.yml:{line}: extra.explainer.separate_notes: 'docs/glossary/' starts with docs/, the folder the path"
        " is relative to\n    Write 'glossary/'."
    ) in result.output
    assert "docs/docs" not in result.output


def test_bib_files_left_empty_is_one_error_at_its_line(project_copy):
    # `bib_files: []` gave 274 errors, one per citation ("unknown citation key … Add an entry
    # with this key to the bibliography"), and a warning that started ": no entries".
    config = project_copy / "mkdocs.yml"
    edit(config, "    bib_files:\n      - bib/article.bib", "    bib_files: []")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(config, "    bib_files: []")
    assert (
        f"mkdocs.yml:{line}: extra.explainer.bib_files lists no file, so no citation can be read\n"
        "    List the article's .bib files there: [bib/article.bib]."
    ) in result.output
    assert "unknown citation key" not in result.output
    assert ": no entries" not in result.output


def test_a_bib_file_emptied_is_one_error_naming_it_not_one_per_citation(project_copy):
    # An emptied bib/article.bib (a failed save, a sync conflict) gave 274 "unknown citation
    # key" errors, and the cause, a warning, among them.
    (project_copy / "bib" / "article.bib").write_text("", encoding="utf-8")
    result = build(project_copy)
    assert result.returncode != 0
    assert "1 error in the sources:\n  bib/article.bib: no entries, so none of the " in result.output
    assert "git checkout -- bib/article.bib" in result.output
    assert "unknown citation key" not in result.output


def test_a_month_in_another_language_says_what_to_write(project_copy):
    # "month 'Mai' is not a month" said nothing of what is one.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "  date      = {2017},\n}", "  year      = {2017},\n  month     = {Mai},\n}")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "  month     = {Mai}")
    assert (
        f"bib/article.bib:{line}: entry 'brown2017world': month 'Mai' is not a month; write its number, 1 to 12,"
        " or its English name (May, may)"
    ) in result.output


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("  month     = may,\n", "month is given without a year; write the date as date = {YYYY-MM}"),
        ("  date      = {2017-05},\n  month     = {6},\n", "date '2017-05' and month disagree; keep one of them"),
        ("  date      = {2017},\n  month     = jun,\n", "date '2017' and month disagree; keep one of them"),
    ],
)
def test_a_month_the_notes_would_drop_is_named_at_its_line(project_copy, written, problem):
    # A month with no year, or beside a date that gives another month or none, was dropped
    # without a word: the note printed no date, or the date's month.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "  date      = {2017},\n}", f"{written}}}")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "  month     =")
    assert f"bib/article.bib:{line}: entry 'brown2017world': {problem}" in result.output, result.output


def test_a_month_beside_a_date_of_the_same_month_is_no_slip(project_copy):
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "  date      = {2017},\n}", "  date      = {2017-05},\n  month     = may,\n}")
    result = build(project_copy)
    assert result.returncode == 0, result.output
    note = result.page("introduction/").find("li", id="note-1").get_text(" ", strip=True)
    assert "I.B. Tauris, May 2017" in note


def test_a_page_s_path_that_starts_with_the_docs_folder_is_named_at_the_option(project_copy):
    # `bibliography_page: docs/bibliography.md` gave MkDocs' two warnings, that the nav's
    # bibliography.md is not found and that a page docs/bibliography.md is not in the nav:
    # neither named the option.
    config = project_copy / "mkdocs.yml"
    edit(config, "    pdf_paper: A4", "    pdf_paper: A4\n    bibliography_page: docs/bibliography.md")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(config, "    bibliography_page: docs/")
    assert (
        f"mkdocs.yml:{line}: extra.explainer.bibliography_page: 'docs/bibliography.md' starts with docs/, the folder"
        " the path is relative to\n    Write 'bibliography.md'."
    ) in result.output
    assert "not included in the" not in result.output


def test_a_country_two_letters_from_a_place_s_name_is_named(project_copy):
    # `countries: [Kirgizstan]` gave the timeline's filter a box of its own, and Kyrgyzstan's
    # page lost the event, without a word: only one letter astray was caught.
    timeline = project_copy / "docs" / "timeline.yml"
    edit(timeline, "  countries: [Kyrgyzstan]", "  countries: [Kirgizstan]")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(timeline, "  countries: [Kirgizstan]")
    assert (
        f"docs/timeline.yml:{line}: country 'Kirgizstan' is written otherwise than the glossary's place 'Kyrgyzstan'"
    ) in result.output


def test_categories_written_with_commas_and_no_list_are_named_at_their_option(project_copy):
    # YAML read them as one category, and the build blamed `words.categories`: "'organisation'
    # is not a category; the categories are: concept, organisation, …", which it plainly was.
    config = project_copy / "mkdocs.yml"
    categories = "concept, organisation, policy or programme, event, place, law or norm"
    edit(config, "    pdf_paper: A4", f"    pdf_paper: A4\n    glossary_categories: {categories}")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(config, "    glossary_categories:")
    assert (
        f"mkdocs.yml:{line}: extra.explainer.glossary_categories: '{categories}' is one item, commas and all;"
        f" for several, write a list: [{categories}]"
    ) in result.output
    assert "is not a category" not in result.output


def test_a_note_number_typed_in_the_text_is_named(project_copy):
    # Pasted from the printed page, `region.<sup>61</sup>` looked like a note call on the site
    # and led nowhere, and `⁶²` too, without a word; an exponent (km²) is left alone.
    page = project_copy / "docs" / "conclusion.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(
        text + "\nA claim.<sup>61</sup> Another, quoted.”⁶² An area of 5 km<sup>2</sup>, or 5 km².\n", encoding="utf-8"
    )
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(page, "A claim.<sup>61</sup>")
    for written in ("<sup>61</sup>", "⁶²"):
        assert (
            f"docs/conclusion.md:{line}: {written} is a note number typed in the text: it leads to no note, and the"
            " notes are numbered for you; write the note where it is called, [^label] with its text as"
            " [^label]: …, or cite with [@key]"
        ) in result.output
    assert result.output.count("is a note number typed in the text") == 2


def test_options_written_at_explainer_s_level_are_named_as_not_indented(project_copy):
    # With `explainer:`'s options written at its own level, YAML read them as extra's, and the
    # build said only that bib/references.bib, the default, was not found.
    config = project_copy / "mkdocs.yml"
    lines = config.read_text(encoding="utf-8").split("\n")
    start = lines.index("  explainer:") + 1
    end = next(
        (index for index in range(start, len(lines)) if lines[index].strip() and not lines[index].startswith("    ")),
        len(lines),
    )
    lines[start:end] = [line[2:] for line in lines[start:end]]
    config.write_text("\n".join(lines), encoding="utf-8")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(config, "  explainer:")
    assert (
        f"mkdocs.yml:{line}: extra.explainer has no options under it\n"
        "    bib_files, positions, ibid and the others are written at its level, so YAML reads them as options of"
        " extra, not of explainer: indent them under `explainer:`, by two more spaces."
    ) in result.output
    assert "references.bib" not in result.output


def test_a_value_not_among_an_option_s_choices_is_named_in_an_editor_s_words(project_copy):
    # MkDocs' words were Python's: "Expected one of: ('article', 'page') but received: 'Article'".
    config = project_copy / "mkdocs.yml"
    edit(config, "    positions: article", "    positions: Article")
    edit(config, "    ibid: true", "    ibid: true\n    glossary_plural_words: all")
    result = build(project_copy)
    assert result.returncode != 0
    assert "Expected one of" not in result.output
    line = line_number(config, "    positions: Article")
    assert (
        f"mkdocs.yml:{line}: extra.explainer.positions: 'Article' is not one of: article, page;"
        " the case counts: write article"
    ) in result.output
    line = line_number(config, "    glossary_plural_words: all")
    assert f"mkdocs.yml:{line}: extra.explainer.glossary_plural_words: 'all' is not one of: last, every\n" in (
        result.output
    )


SIDE_BY_SIDE = "the text shows {count} note numbers at one place, which print never does"


def test_calls_side_by_side_are_named_at_their_own_line_once_for_a_run(project_copy):
    # `[@a], [@b]` with `[@a]` cited higher on the page was named at the first `[@a]`; a run
    # of three gave two warnings, with two notes to write that said different things.
    page = project_copy / "docs" / "conclusion.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(
        text + "\nEarlier.[@brown2017world]\n\nA claim.[@brown2017world], [@brown2018xi]\n"
        "\nThree.[@brown2017world], [@brown2018xi]; [@brook2019state]\n",
        encoding="utf-8",
    )
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(page, "A claim.[@brown2017world], [@brown2018xi]")
    assert (
        f"docs/conclusion.md:{line}: two note calls side by side, [@brown2017world], [@brown2018xi]:"
        f" {SIDE_BY_SIDE.format(count='two')}; cite both in one note: [@brown2017world; @brown2018xi]"
    ) in result.output
    line = line_number(page, "Three.")
    assert (
        f"docs/conclusion.md:{line}: three note calls side by side, [@brown2017world], [@brown2018xi];"
        f" [@brook2019state]: {SIDE_BY_SIDE.format(count='three')}; cite them in one note:"
        " [@brown2017world; @brown2018xi; @brook2019state]"
    ) in result.output
    assert result.output.count("note calls side by side") == 2


def test_calls_side_by_side_kept_as_a_printed_original_has_them_build_without_a_warning(project_copy):
    page = project_copy / "docs" / "conclusion.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text + "\nA claim.[@brown2017world], [@brown2018xi]\n", encoding="utf-8")
    edit(project_copy / "mkdocs.yml", "    pdf_paper: A4", "    pdf_paper: A4\n    note_calls_side_by_side: true")
    result = build(project_copy)
    assert result.returncode == 0, result.output
    assert "side by side" not in result.output
    paragraph = next(p for p in result.page("conclusion/").find_all("p") if p.get_text().startswith("A claim."))
    assert len(paragraph.find_all("sup")) == 2


def test_a_citation_after_another_or_before_a_colon_is_a_note_and_one_left_as_text_is_named(project_copy):
    # `[@a][see @b]` printed `[@a]` as typed, read as a link's text; `differ[@a]: some say`
    # gave no note at all; neither said a word.
    page = project_copy / "docs" / "conclusion.md"
    text = page.read_text(encoding="utf-8")
    edit(project_copy / "mkdocs.yml", "    pdf_paper: A4", "    pdf_paper: A4\n    note_calls_side_by_side: true")
    before = build(project_copy)
    assert before.returncode == 0, before.output
    count = len(before.page("conclusion/").select("li[id^=note-]"))
    page.write_text(
        text + "\nTwo.[@brown2017world][see @brown2018xi, p. 4]\n\nViews differ[@brook2019state]: some say so.\n",
        encoding="utf-8",
    )
    result = build(project_copy)
    assert result.returncode == 0, result.output
    site = result.page("conclusion/")
    assert "[@" not in site.get_text()
    assert len(site.select("li[id^=note-]")) == count + 3
    page.write_text(text + "\nA link.[@brown2017world][no such link]\n", encoding="utf-8")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(page, "A link.")
    assert (
        f"docs/conclusion.md:{line}: the citation [@brown2017world] is printed as typed, not as a note: a bracket"
        " after it reads as a link's; write the citation after that bracket, or a space between them"
    ) in result.output


TYPED = (
    " is a note number typed in the text: it leads to no note, and the notes are numbered for you; write the note"
    " where it is called, [^label] with its text as [^label]: …, or cite with [@key]; a superscript meant as one"
    " is written as its entity, &sup1;"
)


def test_a_typed_note_number_after_emphasis_is_named_at_its_line_and_an_exponent_is_not(project_copy):
    # `(a+b)²` was named a note number; `*training.*¹` and `**text.**<sup>3</sup>` were not;
    # and `¹` was placed at its first occurrence in the page, a code sample's.
    page = project_copy / "docs" / "conclusion.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(
        text + "\nA sample: `x¹`, and (a+b)², [a]², and one meant.&sup2;\n"
        "\nSome *training.*¹ And **text.**<sup>3</sup>\n",
        encoding="utf-8",
    )
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(page, "Some *training.*¹")
    for written in ("¹", "<sup>3</sup>"):
        assert f"docs/conclusion.md:{line}: {written}{TYPED}" in result.output
    assert result.output.count("is a note number typed in the text") == 2


def test_a_key_written_in_brackets_and_escaped_is_text(project_copy):
    page = project_copy / "docs" / "conclusion.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text + "\nA claim.[brown2017world]\n", encoding="utf-8")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(page, "A claim.[brown2017world]")
    assert (
        f"docs/conclusion.md:{line}: [brown2017world] has no @ before its key, so it is text, not a citation\n"
        "    Write [@brown2017world] for a note citing it, or \\[brown2017world] to keep the brackets as text."
    ) in result.output
    # As the hint says: escaped, the brackets are text, without a word.
    page.write_text(text + "\nA claim \\[brown2017world] in brackets.\n", encoding="utf-8")
    result = build(project_copy)
    assert result.returncode == 0, result.output
    assert "A claim [brown2017world] in brackets." in result.page("conclusion/").get_text()


def test_a_paper_size_left_empty_names_the_sizes(project_copy):
    config = project_copy / "mkdocs.yml"
    edit(config, "    pdf_paper: A4", "    pdf_paper:")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(config, "    pdf_paper:\n")
    assert (
        f"mkdocs.yml:{line}: extra.explainer.pdf_paper has no value after its colon\n"
        "    Write A4 or A5 or letter after the colon, or delete the line to keep the default, A4."
    ) in result.output


def test_a_chapter_without_its_book_is_named_at_its_entry(project_copy):
    # Without its booktitle, a chapter's note named no book ("“China's new diplomacy…,”
    # London and New York, Routledge"), and its editor no more: without a word.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "  booktitle = {Handbook of China's International Relations},\n", "")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "@incollection{cabestan2010diplomacy,")
    assert (
        f"bib/article.bib:{line}: entry 'cabestan2010diplomacy': an @incollection is a chapter of a book, and the entry"
        " has no booktitle, so its notes do not say which book it is in; add booktitle = {…}, the book's title"
        " (its editors are printed with it), or use @book"
    ) in result.output


HEADING_CALL = (
    "is in a heading, where print sets none; move it into the text under the heading, after the sentence it supports"
)


def test_a_note_call_in_a_heading_is_named_at_its_line_and_kept_out_of_the_contents(project_copy):
    # `## Origins[@a]` built without a word, where print sets no note call. Kept, as an
    # edition of an original that has one keeps it, its number stays out of the heading's
    # title in the contents and the search.
    page = project_copy / "docs" / "conclusion.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(
        text + "\n## Origins of the problem[@brown2017world]\n\nA claim.[@brown2018xi]\n"
        "\nOther origins[^o]\n-------------\n\nText.\n\n[^o]: A prose note.\n",
        encoding="utf-8",
    )
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(page, "## Origins of the problem")
    assert f"docs/conclusion.md:{line}: the note call [@brown2017world] {HEADING_CALL}" in result.output
    line = line_number(page, "Other origins[^o]")
    assert f"docs/conclusion.md:{line}: the note call [^o] {HEADING_CALL}" in result.output
    assert result.output.count("in a heading") == 2
    edit(project_copy / "mkdocs.yml", "    pdf_paper: A4", "    pdf_paper: A4\n    note_calls_in_headings: true")
    result = build(project_copy)
    assert result.returncode == 0, result.output
    site = result.page("conclusion/")
    assert site.find("h2", id="origins-of-the-problem").find("sup", class_="note-call") is not None
    contents = [link.get_text(strip=True) for link in site.select("nav.md-nav--secondary a")]
    assert "Origins of the problem" in contents and "Other origins" in contents
    index = json.loads((result.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles = {doc["title"] for doc in index["docs"] if doc["location"].startswith("conclusion/#")}
    assert {"Origins of the problem", "Other origins"} <= titles


def test_the_same_note_call_in_headings_of_both_kinds_is_named_at_each_heading_s_line(project_copy):
    # The `#` heading's line was looked for first: the underlined heading above it was named
    # at the `#` heading's line, and the `#` heading at a paragraph's.
    page = project_copy / "docs" / "conclusion.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(
        text + "\nOrigins of the problem[@brown2018xi]\n-------------\n\nA claim.[@brown2018xi]\n"
        "\n## Other origins[@brown2018xi]\n\nText.\n",
        encoding="utf-8",
    )
    result = build(project_copy)
    assert result.returncode != 0
    for heading in ("Origins of the problem[@brown2018xi]", "## Other origins[@brown2018xi]"):
        line = line_number(page, heading)
        assert f"docs/conclusion.md:{line}: the note call [@brown2018xi] {HEADING_CALL}" in result.output
    assert result.output.count("in a heading") == 2


def test_a_label_or_an_ordinal_typed_in_a_field_the_notes_label_stops_the_build(project_copy):
    # `volume = {vol. 26}` printed "vol. vol. 26", `number = {no. 3}` "no. no. 3", and
    # `edition = {2nd}` "2nd", without the "ed." that says what the number is.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "  volume       = {26},", "  volume       = {vol. 26},")
    edit(bib, "  number       = {3},", "  number       = {No. 3},")
    edit(bib, "  location  = {London, New York},", "  edition   = {2nd},\n  location  = {London, New York},")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "{vol. 26}")
    assert (
        f"bib/article.bib:{line}: entry 'nathan2015challenge': volume 'vol. 26' starts with 'vol.', where the notes"
        " print their own label; write the volume alone: 26"
    ) in result.output
    line = line_number(bib, "{No. 3}")
    assert (
        f"bib/article.bib:{line}: entry 'aris2009evils': number 'No. 3' starts with 'No.', where the notes print"
        " their own label; write the number alone: 3"
    ) in result.output
    line = line_number(bib, "{2nd}")
    assert (
        f"bib/article.bib:{line}: entry 'brown2017world': edition '2nd' is written as an ordinal, which the notes"
        " print alone, with no 'ed.'; write the number alone, 2, which they print as an edition, in the article's"
        " words"
    ) in result.output


def test_a_volume_copied_with_its_label_and_issue_builds_once_the_hint_is_followed(project_copy):
    # `Vol. 26, No. 1` was told "write the volume alone: 26, No. 1", which stopped the next
    # build in turn: the hint now names every field, and following it builds.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "  volume       = {26},\n  number       = {1},", "  volume       = {Vol. 26, No. 1},")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "{Vol. 26, No. 1}")
    hint = (
        f"bib/article.bib:{line}: entry 'nathan2015challenge': volume 'Vol. 26, No. 1' starts with 'Vol.', where the"
        " notes print their own label, and holds the issue's number too; write volume = {26} and number = {1}"
    )
    assert hint in result.output
    edit(bib, "  volume       = {Vol. 26, No. 1},", "  volume = {26},\n  number = {1},")
    result = build(project_copy)
    assert result.returncode == 0, result.output
    note = result.page("part-1/western-values/").find("li", id="note-6").get_text(" ", strip=True)
    assert "Journal of Democracy , vol.\xa026, no.\xa01, January 2015" in note


def test_a_chinese_or_japanese_label_typed_in_a_volume_or_number_stops_the_build(project_copy):
    # `volume = {第26卷}` printed "vol. 第26卷" and `number = {第3期}` "no. 第3期", as
    # `vol. 26` once printed "vol. vol. 26", without a word.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "  volume       = {26},", "  volume       = {第26卷},")
    edit(bib, "  number       = {3},", "  number       = {第3期},")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "{第26卷}")
    assert (
        f"bib/article.bib:{line}: entry 'nathan2015challenge': volume '第26卷' writes its label with the number"
        " ('第…卷'), where the notes print their own; write the volume alone: 26"
    ) in result.output
    line = line_number(bib, "{第3期}")
    assert (
        f"bib/article.bib:{line}: entry 'aris2009evils': number '第3期' writes its label with the number ('第…期'),"
        " where the notes print their own; write the number alone: 3"
    ) in result.output


def test_an_issue_in_the_volume_or_an_edition_in_words_stops_the_build(project_copy):
    # `volume = {26(1)}` printed "vol. 26(1)", `number = {vol. 3}` "no. vol. 3", `edition =
    # {Second}` "Second," with no "ed.", and `edition = {2nd ed.}` its English label in an
    # article of any language, and "2nd ed. ed." in any CSL style reading the download.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "  volume       = {26},\n  number       = {1},", "  volume       = {26(1)},")
    edit(bib, "  number       = {3},", "  number       = {vol. 3},")
    edit(bib, "  location  = {London, New York},", "  edition   = {Second},\n  location  = {London, New York},")
    edit(bib, "  location  = {Leiden Boston},", "  edition   = {2nd ed.},\n  location  = {Leiden Boston},")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "{26(1)}")
    assert (
        f"bib/article.bib:{line}: entry 'nathan2015challenge': volume '26(1)' holds the issue's number too, which the"
        " notes print after their own label; write volume = {26} and number = {1}"
    ) in result.output
    line = line_number(bib, "{vol. 3}")
    assert (
        f"bib/article.bib:{line}: entry 'aris2009evils': number 'vol. 3' starts with 'vol.', a volume's label; write"
        " it in the volume field, alone: volume = {3}"
    ) in result.output
    line = line_number(bib, "{Second}")
    assert (
        f"bib/article.bib:{line}: entry 'brown2017world': edition 'Second' is written as a word, which the notes print"
        " alone, with no 'ed.'; write the number alone, 2, which they print as an edition, in the article's words"
    ) in result.output
    line = line_number(bib, "{2nd ed.}")
    assert (
        f"bib/article.bib:{line}: entry 'dhooghe2015diplomacy': edition '2nd ed.' writes its label, 'ed.', which the"
        " notes print themselves, in the article's words; write the number alone, 2"
    ) in result.output


def test_names_written_given_name_first_and_joined_with_a_comma_stop_the_build(project_copy):
    # `A. J. Nathan, Andrew Scobell` is one name to BibTeX, Last, First: the note printed
    # "A. S. A. J. Nathan", without a word.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "  author       = {Nathan, A. J.},", "  author       = {A. J. Nathan, Andrew Scobell},")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "A. J. Nathan, Andrew Scobell")
    assert (
        f"bib/article.bib:{line}: entry 'nathan2015challenge': author 'A. J. Nathan, Andrew Scobell' has a comma"
        " between two names written given name first, which BibTeX reads as one name, Last, First (the family name"
        " 'A. J. Nathan'); join people's names with and: A. J. Nathan and Andrew Scobell"
    ) in result.output


def test_initials_typed_without_a_space_are_each_printed(project_copy):
    # `Nathan, A.J.` printed "A. Nathan": the J. was lost, without a word.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "  author       = {Nathan, A. J.},", "  author       = {Nathan, A.J.},")
    result = build(project_copy)
    assert result.returncode == 0, result.output
    note = result.page("part-1/western-values/").find("li", id="note-6").get_text(" ", strip=True)
    assert note.startswith("A. J. Nathan , “China’s Challenge,”"), note
    entry = result.page("bibliography/").find(id="nathan2015challenge").get_text(" ", strip=True)
    assert entry.startswith("Nathan, A. J. , “China’s Challenge,”"), entry


def test_a_title_typed_as_the_notes_set_it_is_warned_of(project_copy):
    # A title copied with its quotation marks printed ““China’s Challenge”,”, a book's
    # *“China's World…”*, and a journal's name wholly in \emph was set upright, in roman,
    # inside the notes' italics: each without a word.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "  title        = {China’s Challenge},", "  title        = {“China’s Challenge”},")
    edit(bib, "  journaltitle = {Journal of Democracy},", "  journaltitle = {\\emph{Journal of Democracy}},")
    edit(
        bib,
        "  title     = {China's World. What Does China Want?},",
        '  title     = {"China\'s World. What Does China Want?"},',
    )
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "{“China’s Challenge”}")
    assert (
        f"bib/article.bib:{line}: entry 'nathan2015challenge': title is written in quotation marks (“…”), and the"
        " notes set an @article's title in quotation marks of their own; delete them, or, if the title is itself a"
        " quotation, put it in braces of its own to keep them: title = {{“China’s Challenge”}}"
    ) in result.output
    line = line_number(bib, "\\emph{Journal of Democracy}")
    assert (
        f"bib/article.bib:{line}: entry 'nathan2015challenge': journaltitle is all in italics (\\emph{{…}},"
        " \\textit{…}), and the notes set it in italics themselves, where italics within it are set upright"
        " (Journal of Democracy, in roman); write it without the command, which is for a title within the title"
    ) in result.output
    line = line_number(bib, "{\"China's World")
    assert (
        f"bib/article.bib:{line}: entry 'brown2017world': title is written in quotation marks (\"…\"), and the notes"
        " set an @book's title in italics, without quotation marks; delete them"
    ) in result.output
    assert result.output.count("WARNING") == 3  # not the title that opens with a quotation (“Zhōngguó …” jùxíng…)


def test_a_journal_all_in_italics_is_named_by_the_field_name_written(project_copy):
    # `journal = {\emph{…}}` was warned of as "journaltitle is all in italics", a word the
    # editor would not find in the file.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "  journaltitle = {Journal of Democracy},", "  journal = {\\emph{Journal of Democracy}},")
    result = build(project_copy)
    line = line_number(bib, "\\emph{Journal of Democracy}")
    assert (
        f"bib/article.bib:{line}: entry 'nathan2015challenge': journal is all in italics (\\emph{{…}}, \\textit{{…}}),"
    ) in result.output
    assert "journaltitle" not in result.output


def test_a_title_that_is_itself_a_quotation_is_kept_in_a_brace_group_of_its_own(project_copy):
    # `title = {“Dear Leader”}` was warned of with "delete them", which failed the strict build
    # with no way to keep a title that is a quotation: a brace group of its own keeps it.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "  title        = {China’s Challenge},", "  title        = {{“Dear Leader”}},")
    edit(bib, "  title     = {China's World. What Does China Want?},", "  title     = {{“Dear Leader”}},")
    result = build(project_copy)
    assert result.returncode == 0, result.output
    assert "WARNING" not in result.output
    article = result.page("part-1/western-values/").find("li", id="note-6").get_text(" ", strip=True)
    # The quotation inside the notes' own marks, double within double as the journal sets them.
    assert article.startswith("A. J. Nathan , ““Dear Leader”,” Journal of Democracy"), article
    book = result.page("introduction/").find("li", id="note-1")
    assert book.get_text(" ", strip=True).startswith("K. Brown , “Dear Leader” , London"), book
    assert book.find("em").get_text() == "“Dear Leader”"  # the marks inside the book's italics


def test_names_joined_with_an_ampersand_or_a_semicolon_stop_the_build(project_copy):
    # `Nathan, A. J. & Scobell, A.` is one name to BibTeX: the note printed "A. Nathan A. J. &
    # Scobell", and `Brown, K.; Smith, J.` "K. Brown, K.; Smith", without a word.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "  author       = {Nathan, A. J.},", "  author       = {Nathan, A. J. & Scobell, A.},")
    edit(
        bib,
        "  author    = {Brown, K.},\n  title     = {China's",
        "  author    = {Brown, K.; Smith, J.},\n  title     = {China's",
    )
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "Nathan, A. J. & Scobell")
    assert (
        f"bib/article.bib:{line}: entry 'nathan2015challenge': author 'Nathan, A. J. & Scobell, A.' has '&' between"
        " names, which BibTeX reads as one person's name; join people's names with and: Nathan, A. J. and Scobell, A."
    ) in result.output
    line = line_number(bib, "Brown, K.; Smith")
    assert (
        f"bib/article.bib:{line}: entry 'brown2017world': author 'Brown, K.; Smith, J.' has ';' between names, which"
        " BibTeX reads as one person's name; join people's names with and: Brown, K. and Smith, J."
    ) in result.output


def test_a_field_given_under_its_bibtex_and_its_biblatex_name_stops_the_build(project_copy):
    # `journal` beside `journaltitle`: the notes printed one of the two, and dropped the other
    # without a word.
    bib = project_copy / "bib" / "article.bib"
    edit(
        bib,
        "  journaltitle = {Journal of Democracy},",
        "  journaltitle = {Journal of Democracy},\n  journal = {J. Democr.},",
    )
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "  journal = {J. Democr.}")
    assert (
        f"bib/article.bib:{line}: entry 'nathan2015challenge' gives journaltitle twice, as journaltitle and as journal,"
        f" BibTeX's name for it; keep one\n    The other is on line {line - 1}."
    ) in result.output


def test_a_timeline_date_with_its_year_last_is_named_once_with_the_date_to_write(project_copy):
    # `31/12/2007` was read as a span, and named as two dates, '31' and '12/2007'.
    timeline = project_copy / "docs" / "timeline.yml"
    edit(timeline, '- date: "2007"', '- date: "31/12/2007"')
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(timeline, '- date: "31/12/2007"')
    assert (
        f"docs/timeline.yml:{line}: date '31/12/2007' writes its year last, after a day and a month\n"
        '    Write the year first, then the month and the day: "2007-12-31".'
    ) in result.output
    assert "'31' is not" not in result.output


def test_a_citation_written_as_a_link_s_text_is_named_as_a_link(project_copy):
    # `[@k](https://…)` was named "@k is written without brackets", where the brackets were.
    page = project_copy / "docs" / "conclusion.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text + "\nA claim [see @brown2018xi, p. 4](https://example.org/a).\n", encoding="utf-8")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(page, "A claim [see @brown2018xi")
    assert (
        f"docs/conclusion.md:{line}: [see @brown2018xi, p. 4](https://example.org/a) is a link, not a citation:"
        " Markdown shows its text, @brown2018xi, as typed\n"
        "    Write the citation after the link, [the words](https://example.org/a)[@brown2018xi], or"
        " [see @brown2018xi, p. 4] alone: its note links the source's url."
    ) in result.output
    assert "without brackets" not in result.output


def test_an_option_given_a_list_or_the_bib_files_with_commas_say_what_to_write(project_copy):
    # "expects text, not a list" said nothing of what to write; `bib_files: a.bib, b.bib` that
    # a file "bib/article.bib, bib/extra.bib" was not found.
    config = project_copy / "mkdocs.yml"
    edit(config, "    pdf_paper: A4", "    pdf_paper: A4\n    bibliography_title: [Works cited]")
    edit(config, "    ibid: true", "    ibid: [true]")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(config, "    bibliography_title: [Works cited]")
    assert (
        f"mkdocs.yml:{line}: extra.explainer.bibliography_title: expects text, not a list; write the value without"
        " brackets (in quotes, for a text that holds a comma)"
    ) in result.output
    # Not "in quotes" for true or false: quoted, it is text, the next error.
    line = line_number(config, "    ibid: [true]")
    assert (
        f"mkdocs.yml:{line}: extra.explainer.ibid: expects true or false, not a list; write the value without"
        " brackets\n"
    ) in result.output
    edit(config, "    ibid: [true]", "    ibid: true")
    edit(config, "    bibliography_title: [Works cited]\n", "")
    edit(config, "    bib_files:\n      - bib/article.bib", "    bib_files: bib/article.bib, bib/extra.bib")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(config, "    bib_files: bib/article.bib, bib/extra.bib")
    assert (
        f"mkdocs.yml:{line}: extra.explainer.bib_files: 'bib/article.bib, bib/extra.bib' is one item, commas and all;"
        " for several files, write a list: [bib/article.bib, bib/extra.bib]"
    ) in result.output
    assert "not found" not in result.output


def test_a_title_typed_with_its_full_stop_and_a_date_in_one_figure_are_named(project_copy):
    # `title = {… Want.}` printed "Want., London"; `date = {2015-1}` was "not YYYY, YYYY-MM or
    # YYYY-MM-DD", without the date to write.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "What Does China Want?},", "What Does China Want.},")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "What Does China Want.}")
    assert (
        f"bib/article.bib:{line}: entry 'brown2017world': title ends with a full stop, and the notes put their own"
        " comma after (Want., …); delete it"
    ) in result.output
    edit(bib, "  date         = {2015-01},", "  date         = {2015-1},")
    result = build(project_copy)
    line = line_number(bib, "{2015-1}")
    assert (
        f"bib/article.bib:{line}: entry 'nathan2015challenge': date '2015-1' is not YYYY, YYYY-MM or YYYY-MM-DD;"
        " write date = {2015-01}: ISO 8601 writes a month and a day in two figures"
    ) in result.output


def test_a_brace_too_many_inside_a_value_is_named_at_its_field(project_copy):
    # `author = {Brown}, K.},` was "not valid BibTeX (Expected a `=` after entry key `K.`, but
    # found the end of the entry)", at the entry's first line: K. is no key.
    bib = project_copy / "bib" / "article.bib"
    edit(
        bib, "  author    = {Brown, K.},\n  title     = {China's", "  author    = {Brown}, K.},\n  title     = {China's"
    )
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "{Brown}, K.}")
    assert (
        f"bib/article.bib:{line}: entry 'brown2017world': the value of author ends at the }} after 'Brown', and"
        " ', K.}' follows it\n    Remove the } too many: author = {Brown, K.},"
    ) in result.output
    assert "entry key `K.`" not in result.output


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("[1, 2]", "`paragraph: [1, 2]` is several paragraphs; a point links to one: write the first, paragraph: 1"),
        # One number in brackets was "several paragraphs" too.
        ("[1]", "`paragraph: [1]` is a list; write the number without brackets, paragraph: 1"),
    ],
)
def test_a_summary_point_given_several_paragraphs_says_it_links_to_one(project_copy, given, said):
    # `paragraph: [1, 2]` was "not a paragraph of this page (1 to 6)", where both were.
    page = project_copy / "docs" / "conclusion.md"
    edit(page, "    paragraph: 1\n", f"    paragraph: {given}\n")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(page, f"    paragraph: {given}")
    assert f"docs/conclusion.md:{line}: summary point 1: {said}\n" in result.output


def test_a_summary_point_without_its_paragraph_is_named_in_the_editor_s_words(project_copy):
    # A point with no `paragraph:` line was "`paragraph: None` is not a paragraph of this page
    # (1 to 6)": None is Python's word, not the editor's, who wrote nothing.
    page = project_copy / "docs" / "conclusion.md"
    edit(page, "    paragraph: 2\n", "")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(page, '  - point: "The article stresses other actors')
    assert (
        f"docs/conclusion.md:{line}: summary point 2 has no `paragraph`\n"
        "    Add the number of the paragraph it sums up, 1 to 6: `paragraph: 1` for the first."
    ) in result.output
    assert "None" not in result.output


def test_a_glossary_term_typed_with_a_full_stop_stops_the_build(project_copy):
    # `term: China.` titled the entry "China.", in its page and in the glossary's list, without a
    # word: matching reads the name without the stop.
    entry = project_copy / "docs" / "glossary" / "china.md"
    edit(entry, "term: China\n", "term: China.\n")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(entry, "term: China.")
    assert (
        f"docs/glossary/china.md:{line}: `term: China.` ends with a full stop, which is no part of the name: the"
        " entry's title and the glossary's list show it\n"
        "    Delete it: `term: China`."
    ) in result.output


def test_a_glossary_entry_given_several_categories_is_told_it_has_one(project_copy):
    # `category: [place, concept]` was "category ['place', 'concept'] is not one of: concept, …,
    # place, …", a Python list, naming among the categories the very ones written.
    entry = project_copy / "docs" / "glossary" / "china.md"
    edit(entry, "category: place", "category: [place, concept]")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(entry, "category: [place, concept]")
    assert (
        f"docs/glossary/china.md:{line}: `category: [place, concept]` is a list; an entry has one category\n"
        "    Write the one that fits it best: `category: place`."
    ) in result.output
    assert "['place'" not in result.output


def test_a_timeline_event_given_several_notes_is_told_it_links_to_one(project_copy):
    # `note: [59, 60]` was "is not a note number", with nothing to say what to write.
    timeline = project_copy / "docs" / "timeline.yml"
    edit(timeline, "  note: 59\n", "  note: [59, 60]\n")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(timeline, "  note: [59, 60]")
    assert (
        f"docs/timeline.yml:{line}: `note: [59, 60]` is not a note number; an event links to one note: write the"
        " first, note: 59"
    ) in result.output


def test_a_citation_with_a_comma_and_no_locator_stops_the_build(project_copy):
    # `[@k, ]`, a page meant and not typed, printed the note without it, without a word,
    # where `[@k, p.]` stops the build.
    page = project_copy / "docs" / "conclusion.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text + "\nA claim.[see @brown2018xi, ; @brown2017world, p. 4]\n", encoding="utf-8")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(page, "A claim.[see @brown2018xi, ;")
    assert (
        f"docs/conclusion.md:{line}: [see @brown2018xi, ; @brown2017world, p. 4] has a comma after @brown2018xi and"
        " no locator: write the page after the comma, or delete it"
    ) in result.output
    assert "p. 59" not in result.output  # an example page in English words: an article may label it "S."


def test_months_in_number_and_abbreviated_names_build_clean_and_print_as_typed(project_copy):
    # `number = {November/December}` stopped the build ("starts with 'No' …: vember/December");
    # an abbreviated journal and publisher were each a full-stop warning, which fails --strict.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "  number       = {3},", "  number       = {November/December},")
    edit(bib, "  journaltitle = {Journal of Democracy},", "  journaltitle = {J. Democr.},")
    edit(bib, "  publisher = {Zed Books},", "  publisher = {Lawrence Erlbaum Assoc.},")
    result = build(project_copy)
    assert result.returncode == 0, result.output
    assert "WARNING" not in result.output
    notes = (project_copy / "site" / "bibliography" / "index.html").read_text(encoding="utf-8")
    assert "no. November/December" in notes
    assert "<em>J. Democr.</em>" in notes
    assert "Lawrence Erlbaum Assoc.," in notes


def test_names_written_as_vancouver_style_writes_them_stop_the_build_with_what_to_write(project_copy):
    # `Smith J., Doe K.` printed one person, "K. Doe Smith J."; `Brown K` the family name K.
    bib = project_copy / "bib" / "article.bib"
    edit(bib, "  author    = {Brown, K.},\n  title     = {China's", "  author    = {Brown K},\n  title     = {China's")
    edit(bib, "  author    = {Omelicheva, M.},", "  author    = {Omelicheva M., Brown KA},")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "Omelicheva M., Brown KA")
    assert f"bib/article.bib:{line}: entry 'omelicheva2015democracy': author 'Omelicheva M., Brown KA'" in result.output
    assert "joined with and: Omelicheva, M. and Brown, K. A.\n" in result.output
    # `Brown K` may be a given name and a family name, as `Xiaoming LI` is: a warning, once the error is gone.
    edit(bib, "Omelicheva M., Brown KA", "Omelicheva, M.")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(bib, "  author    = {Brown K},")
    assert (
        f"bib/article.bib:{line}: entry 'brown2017world': author 'Brown K' is read given name first, so the family"
        " name is K; if it is written as Vancouver style writes names, the family name then initials, write Brown, K."
    ) in result.output
    # `Brown KM` alone printed "B. KM", its short form "KM", without a word: KM is no family name
    # the list knows (`Moustapha KA`'s is one), and written first, with a comma, it would be read so.
    edit(bib, "  author    = {Brown K},", "  author    = {Brown KM},")
    result = build(project_copy)
    assert result.returncode != 0
    assert (
        f"bib/article.bib:{line}: entry 'brown2017world': author 'Brown KM' is read given name first, so the family"
        " name is KM; if it is written as Vancouver style writes names, the family name then initials, write"
        " Brown, K. M.; if KM is the family name, write it first, with a comma: KM, Brown; if it is an"
        " organisation's name, put it in braces: author = {{Brown KM}}"
    ) in result.output


@pytest.mark.parametrize(
    ("file", "old", "new", "at", "message"),
    [
        (
            "glossary/tianxia.md",
            "A concept, rendered",
            "A **concept**, rendered",
            "definition:",
            "the definition holds markup ('**concept**'), which would show as typed",
        ),
        (
            "timeline.yml",
            "creates an upheaval in",
            "creates an __upheaval__ in",
            "creates an __upheaval__",
            "the event holds markup ('__upheaval__'), which would show as typed",
        ),
        (
            "introduction.md",
            "China has contested universal",
            "China has **contested** universal",
            "China has **contested**",
            "summary point 1 holds markup ('**contested**'), which would show as typed",
        ),
    ],
)
def test_bold_in_a_definition_a_point_or_an_event_is_named_at_its_field(project_copy, file, old, new, at, message):
    # `**concept**` showed with its asterisks: only *emphasis* is set in these texts.
    path = project_copy / "docs" / file
    edit(path, old, new)
    result = build(project_copy)
    assert result.returncode != 0
    assert f"docs/{file}:{line_number(path, at)}: {message}" in result.output, result.output


def test_a_range_of_pages_joined_with_an_em_dash_is_a_warning_at_its_line(project_copy):
    # `pp. 59—61`, a word processor's dash, printed as typed where the notes set ranges with an en dash.
    page = project_copy / "docs" / "conclusion.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA claim.[@brown2017world, pp. 59—61]\n", encoding="utf-8")
    result = build(project_copy)
    assert result.returncode != 0
    line = line_number(page, "pp. 59—61")
    assert (
        f"WARNING -  docs/conclusion.md:{line}: the locator 'pp. 59—61' of @brown2017world joins a range with '—',"
        " not the en dash of a range; write pp. 59–61"
    ) in result.output


def test_a_conference_paper_pasted_from_the_acm_digital_library_builds_and_prints_as_chicago_prints_it(
    project_copy,
):
    # Its address and location stopped the build until location, the conference's place, was
    # deleted; its series, the conference's short name, was printed as a series of books. Its
    # articleno, the paper's number in the proceedings, which has no pages, is printed in their place.
    bib = project_copy / "bib" / "article.bib"
    bib.write_text(bib.read_text(encoding="utf-8") + "\n" + ACM_PAPER, encoding="utf-8")
    entry = project_copy / "docs" / "glossary" / "belt-and-road-initiative.md"
    entry.write_text(
        entry.read_text(encoding="utf-8") + "\nA study of maps read aloud.[@10.1145/3411764.3445488]\n",
        encoding="utf-8",
    )
    result = build(project_copy)
    assert result.returncode == 0, result.output
    assert "WARNING" not in result.output
    page = result.page("glossary/belt-and-road-initiative/")
    [note] = [item for item in page.find_all("li") if "Reading Maps" in item.get_text()]
    text = " ".join(note.get_text().split())
    assert text.startswith(
        "H. Lee, A. Ng, M. Wu, “Reading Maps with a Screen Reader: A Study of Blind Users' Strategies,” in"
        " Proceedings of the 2021 CHI Conference on Human Factors in Computing Systems, New York, NY, USA,"
        " Association for Computing Machinery, 2021, article 42, https://doi.org/10.1145/3411764.3445488."
    )
    assert "Yokohama" not in text and "CHI '21" not in text


def test_an_access_date_and_a_language_the_notes_leave_out_are_said_once_a_build(project_copy):
    # `urldate = {2024-02-11}` and `language = {russian}`, as Zotero exports them, printed
    # nothing and said nothing: a warning for each entry would be one for every entry exported.
    bib = project_copy / "bib" / "article.bib"
    for key in ("olmos2019pleasing", "brown2017world"):
        edit(bib, f"{{{key},\n", f"{{{key},\n  urldate      = {{2024-02-11}},\n  language     = {{russian}},\n")
    result = build(project_copy)
    assert result.returncode == 0, result.output
    line = line_number(bib, "  urldate      = {2024-02-11}")
    said = f"INFO    -  bib/article.bib:{line}: 2 entries give urldate, which the notes do not print:"
    assert result.output.count(said) == 1, result.output
    assert f"bib/article.bib:{line + 1}: 2 entries give language, which the notes do not print:" in result.output
    assert "WARNING" not in result.output
    entry = result.page("bibliography/").select_one("li#olmos2019pleasing").get_text()
    assert "2024" not in entry and "ussian" not in entry


def test_a_page_added_with_notes_names_every_timeline_note_it_renumbers_with_the_number_to_write(project_copy):
    # A section added before the conclusion, with two notes, renumbers the conclusion's. The
    # event whose note left its paragraph was an error that named no number to write; the
    # event whose old number is now another note of its paragraph linked that note, silently.
    (project_copy / "docs" / "part-3").mkdir()
    (project_copy / "docs" / "part-3" / "outlook.md").write_text(
        "# 3 Outlook\n\nSinophobia may grow.[^outlook] Observers expect more protests.[@tendrakona2021, p. 4]\n\n"
        "[^outlook]: An editors' note; see [@laruelle2012question].\n",
        encoding="utf-8",
    )
    config = project_copy / "mkdocs.yml"
    edit(
        config,
        "  - Conclusion: conclusion.md\n",
        "  - 3 Outlook:\n      - part-3/outlook.md\n  - Conclusion: conclusion.md\n",
    )
    timeline = project_copy / "docs" / "timeline.yml"
    akayev = line_number(timeline, "  quote: \"Akayev's decision") + 1
    protests = line_number(timeline, '  quote: "In 2019–2020 alone') + 1
    result = build(project_copy)
    assert result.returncode != 0
    assert (
        f"WARNING -  docs/timeline.yml:{akayev}: note 59 is called in the quoted paragraph of conclusion.md, but not"
        " right after the quoted words, where note 61 is: write `note: 61`, or, if note 59 is the one meant, quote"
        " the words it supports."
    ) in result.output
    assert (
        f"docs/timeline.yml:{protests}: note 57 is not called in the quoted paragraph of conclusion.md, which calls"
        " notes 58, 59, 60 and 61\n"
    ) in result.output
    assert "The note called right after the quoted words is note 59: write `note: 59`." in result.output
    assert not (project_copy / "site").exists()
    # As the messages say: the build passes, and each event links its note.
    edit(timeline, "  note: 59\n", "  note: 61\n")
    edit(timeline, "  note: 57\n", "  note: 59\n")
    result = build(project_copy)
    assert result.returncode == 0, result.output
    assert "WARNING" not in result.output


def test_a_generated_page_s_title_and_its_nav_title_agree_without_a_second_edit(project_copy):
    # After `bibliography_title: Works cited`, the nav and the browser's tab still said
    # "Bibliography", its line's title, above a page headed "Works cited".
    config = project_copy / "mkdocs.yml"
    edit(config, "    pdf_paper: A4", "    pdf_paper: A4\n    bibliography_title: Works cited")
    result = build(project_copy)
    assert result.returncode == 0, result.output
    page = (project_copy / "site" / "bibliography" / "index.html").read_text(encoding="utf-8")
    assert "<title>Works cited - " in page
    assert '<h1 id="works-cited">Works cited' in page
    nav = re.sub(r"<[^>]*>", " ", page.split('<div class="md-content"', 1)[0])
    assert "Works cited" in nav and "Bibliography" not in nav
    # A nav title of its own beside the option: only the editor knows which is meant.
    edit(config, "  - Bibliography: bibliography.md", "  - Sources: bibliography.md")
    result = build(project_copy)
    assert result.returncode != 0
    nav, option = line_number(config, "  - Sources: bibliography.md"), line_number(config, "bibliography_title:")
    assert (
        f"mkdocs.yml:{nav}: the nav calls bibliography.md 'Sources', and extra.explainer.bibliography_title"
        f" (mkdocs.yml:{option}) 'Works cited', its heading: a reader sees two names for one page; write the same"
        " words in both, or write the nav's line without a title, `- bibliography.md`, which takes the option's"
    ) in result.output
    # The nav's own title, the option left out: the page's heading takes it.
    edit(config, "    bibliography_title: Works cited\n", "")
    result = build(project_copy)
    assert result.returncode == 0, result.output
    page = (project_copy / "site" / "bibliography" / "index.html").read_text(encoding="utf-8")
    assert '<h1 id="sources">Sources' in page and "<title>Sources - " in page


def test_a_french_article_s_generated_page_titles_left_as_they_were_give_way_to_the_editor_s(tmp_path):
    # `make new-article` writes a French article's `bibliography_title: Bibliographie` and its
    # nav's `- Bibliographie: bibliography.md`: only English's "Bibliography" counted as left
    # as it was, so a title changed in either place made a warning of two names for one page.
    from test_new_article import new_article

    folder = tmp_path / "fleuves"
    written = new_article(folder, "--title", "Les fleuves", "--author", "Ana Exemplar", "--language", "fr")
    assert written.returncode == 0, written.stderr
    config = folder / "mkdocs.yml"
    edit(config, "    bibliography_title: Bibliographie", "    bibliography_title: Ouvrages cités")
    result = run_build(folder, folder / "site")
    assert result.returncode == 0, result.output
    page = (folder / "site" / "bibliography" / "index.html").read_text(encoding="utf-8")
    nav = re.sub(r"<[^>]*>", " ", page.split('<div class="md-content"', 1)[0])
    assert "Ouvrages cités" in nav and "Bibliographie" not in nav
    assert "<title>Ouvrages cités - " in page
    # The nav's title changed, the option left as new-article wrote it: the page takes the nav's.
    edit(config, "    bibliography_title: Ouvrages cités", "    bibliography_title: Bibliographie")
    edit(config, "  - Bibliographie: bibliography.md", "  - Sources: bibliography.md")
    result = run_build(folder, folder / "site")
    assert result.returncode == 0, result.output
    page = (folder / "site" / "bibliography" / "index.html").read_text(encoding="utf-8")
    assert '<h1 id="sources">Sources' in page and "<title>Sources - " in page
