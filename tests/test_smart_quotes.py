"""The editors' text gets typographic quotation marks; code and the author's text keep theirs."""

from __future__ import annotations

import markdown
import pytest

from explainer.smart_quotes import QuotesExtension, educate, keep_marks_with_words, sets_quotes


@pytest.mark.parametrize(
    ("typed", "set"),
    [
        ('The "three evils" are', "The \u201cthree evils\u201d are"),
        ("China's policy, the states' view", "China\u2019s policy, the states\u2019 view"),
        ("He said 'no' twice.", "He said \u2018no\u2019 twice."),
        ('("quoted") and ["x"]', "(\u201cquoted\u201d) and [\u201cx\u201d]"),
        ("in the '90s", "in the \u201990s"),
        ('"Yes," he said: "it\'s done."', "\u201cYes,\u201d he said: \u201cit\u2019s done.\u201d"),
        ("No marks at all.", "No marks at all."),
    ],
)
def test_marks_open_after_a_space_or_bracket_and_close_elsewhere(typed, set):
    assert educate(typed) == set


def test_the_character_before_a_text_decides_its_first_mark():
    assert educate('"', before="a") == "\u201d"
    assert educate('"', before=" ") == "\u201c"


@pytest.mark.parametrize(
    ("typed", "before", "set"),
    [
        # Each mark is decided from the text as typed: the straight mark before it, not
        # the curly one it becomes, is what it follows.
        ('"\'Tis"', "", "\u201c\u2019Tis\u201d"),
        ("''", "", "\u2018\u2019"),
        ("'9", "", "\u20199"),
        ("'9", "a", "\u20199"),
        ("\u2014'x'", "", "\u2014\u2018x\u2019"),
        ("'x'", "(", "\u2018x\u2019"),
        ("'", "", "\u2018"),
    ],
)
def test_each_mark_reads_the_typed_characters_around_it(typed, before, set):
    assert educate(typed, before=before) == set


def convert(source: str, *, enabled: bool) -> str:
    extension = QuotesExtension()
    md = markdown.Markdown(extensions=[extension])
    extension.start_page(enabled=enabled)
    return md.convert(source)


def test_a_page_of_the_editors_is_set_across_its_elements_and_code_is_left_alone():
    html = convert('The *"smokeless* war" and `"code"` and "after code".\n\n    "block"\n', enabled=True)
    assert "The <em>\u201csmokeless</em> war\u201d" in html
    assert '<code>"code"</code>' in html
    assert "and \u201cafter code\u201d" in html
    assert '<pre><code>"block"' in html


def test_a_mark_just_after_code_reads_the_code_s_last_character():
    # An apostrophe after `code` is a possessive, closed as after any letter, not opened
    # as after the space before the code.
    assert "<code>mkdocs</code>\u2019s build" in convert("The `mkdocs`'s build.", enabled=True)


def test_french_spaces_inside_guillemets_and_before_a_colon_never_break():
    assert keep_marks_with_words("« Partie » : vu ; non ! oui ?") == (
        "«\u00a0Partie\u00a0»\u00a0: vu\u00a0; non\u00a0! oui\u00a0?"
    )


def test_any_other_page_keeps_the_marks_it_was_written_with():
    assert convert('The "three evils" and China\'s policy.', enabled=False) == (
        '<p>The "three evils" and China\'s policy.</p>'
    )


@pytest.mark.parametrize(
    ("language", "sets"), [("en", True), ("en-GB", True), ("EN-us", True), ("fr", False), ("de-CH", False)]
)
def test_only_english_marks_are_set_other_languages_keep_what_the_editors_typed(language, sets):
    assert sets_quotes(language) is sets


def test_a_glossary_summary_and_timeline_of_another_language_keep_their_marks():
    from explainer.glossary import build_glossary
    from explainer.summaries import parse_summary
    from explainer.timeline import parse_timeline

    entry = "---\nterm: l'État\ndefinition: Le \"tianxia\", l'idée.\ncategory: concept\n---\n\nCorps.\n"
    glossary = build_glossary([("glossary/etat.md", "docs/glossary/etat.md", entry)], typographic=False)
    (found,) = glossary.entries.values()
    assert (found.term, found.definition) == ("l'État", 'Le "tianxia", l\'idée.')
    (point,) = parse_summary({"summary": [{"point": "L'idée.", "paragraph": 1}]}, "p.md", 1, typographic=False)
    assert point.text == "L'idée."
    text = '- date: "2005"\n  event: L\'accord.\n  countries: ["Côte d\'Ivoire"]\n  page: p.md\n  quote: q\n'
    (event,) = parse_timeline(text, "docs/timeline.yml", typographic=False)
    assert (event.event, event.countries) == ("L'accord.", ("Côte d'Ivoire",))


def test_headings_reach_the_table_of_contents_set_and_attribute_lists_are_read_first():
    extension = QuotesExtension()
    md = markdown.Markdown(extensions=["toc", "attr_list", extension])
    extension.start_page(enabled=True)
    html = md.convert('## The "three evils" {: title="as typed" }\n')
    assert html == '<h2 id="the-three-evils" title="as typed">The \u201cthree evils\u201d</h2>'
    assert md.toc_tokens[0]["name"] == "The \u201cthree evils\u201d"
