"""Editors' short texts set outside Markdown: emphasis kept or dropped, other markup refused."""

import pytest

from explainer.errors import ExplainerErrors
from explainer.inline_text import emphasis_forms, language_problem, markup_in
from explainer.summaries import parse_summary
from explainer.timeline import parse_timeline


@pytest.mark.parametrize(
    ("text", "plain", "html"),
    [
        ("short for *huaqiao shiwu*", "short for huaqiao shiwu", "short for <em>huaqiao shiwu</em>"),
        ("the _party's_ policy", "the party\u2019s policy", "the <em>party\u2019s</em> policy"),
        ("2*3*4, a snake_case name, 5 * 3", "2*3*4, a snake_case name, 5 * 3", "2*3*4, a snake_case name, 5 * 3"),
    ],
)
def test_emphasis_is_set_in_em_or_dropped(text, plain, html):
    assert emphasis_forms(text) == (plain, html)


@pytest.mark.parametrize(
    ("text", "markup"),
    [
        ("as [@key] says", "[@"),
        ("a note[^1]", "[^"),
        ("[the report](https://example.org)", "[the report]("),
        ("the `x` field", "`"),
        ("<em>x</em>", "<em>"),
        ("3 < 4, a [sic] remark, *fine*", None),
    ],
)
def test_markup_that_would_show_as_typed_is_found(text, markup):
    assert markup_in(text) == markup


def test_emphasis_counts_as_markup_only_where_asked():
    assert markup_in("*Tianxia*") is None and markup_in("*Tianxia*", emphasis=True) == "*Tianxia*"


def test_a_summary_point_keeps_its_emphasis_as_html():
    (point,) = parse_summary({"summary": [{"point": "The *qiaowu* policy.", "paragraph": 1}]}, "docs/x.md", 1)
    assert point.text == "The qiaowu policy." and point.html == "The <em>qiaowu</em> policy."


def test_a_timeline_event_keeps_its_emphasis_and_refuses_a_citation():
    record = '- date: "2004"\n  event: {}\n  page: p.md\n  quote: q\n'
    (event,) = parse_timeline(record.format("The *qiaowu* office opens."), "docs/timeline.yml")
    assert event.event == "The qiaowu office opens." and event.event_html == "The <em>qiaowu</em> office opens."
    with pytest.raises(ExplainerErrors) as raised:
        parse_timeline(record.format("It opens [@key]."), "docs/timeline.yml")
    assert "docs/timeline.yml:2: the event holds markup ('[@'), which would show as typed" in str(raised.value)


@pytest.mark.parametrize(
    ("text", "plain", "html"),
    [
        ("the *Heimat*{lang=de} of", "the Heimat of", 'the <em lang="de">Heimat</em> of'),
        ('the _Heimat_{: lang="de" } of', "the Heimat of", 'the <em lang="de">Heimat</em> of'),
        ("*a* and *b*{lang=zh-latn}", "a and b", '<em>a</em> and <em lang="zh-Latn">b</em>'),
    ],
)
def test_emphasis_gives_its_words_language_in_the_html_only(text, plain, html):
    assert emphasis_forms(text) == (plain, html)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("*Heimat*{lang=de}, *Dorf*{lang=de}", None),
        ("a {brace} in words", None),
        ("*Heimat*{lang=deutsch}", "`{lang=deutsch}` is not a language code (BCP 47)"),
        ("*Heimat*{lang=}", "`{lang=}` is empty"),
        ("*Heimat*{#id}", "the attribute list '{#id}' gives something other than a language"),
        ("Heimat{lang=de}", "the attribute list '{lang=de}' follows no *emphasis*"),
    ],
)
def test_an_attribute_list_that_is_no_lone_language_code_is_named(text, problem):
    found = language_problem(text)
    assert (found is None) if problem is None else (found is not None and found[0].startswith(problem)), found


def test_a_term_holds_no_attribute_list():
    assert markup_in("Heimat{lang=de}", emphasis=True) == "{lang=de}"
