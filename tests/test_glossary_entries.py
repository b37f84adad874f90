"""Glossary entries and the timeline: their YAML, and errors an editor can act on."""

import dataclasses

import pytest

from explainer.errors import ExplainerErrors
from explainer.glossary import GlossaryEntry, build_glossary
from explainer.term_matcher import ENGLISH_PLURALS


def entry(term="Tianxia", definition="All under Heaven.", category="concept", aliases=(), related=()) -> str:
    lines = ["---"]
    if term is not None:
        lines.append(f"term: {term}")
    if aliases:
        lines.append("aliases:")
        lines += [f"  - {alias}" for alias in aliases]
    if definition is not None:
        lines.append(f"definition: {definition}")
    if category is not None:
        lines.append(f"category: {category}")
    if related:
        lines.append("related:")
        lines += [f"  - {slug}" for slug in related]
    lines += ["---", "", "Body."]
    return "\n".join(lines)


def build(**pages: str):
    return build_glossary((f"glossary/{slug}.md", f"docs/glossary/{slug}.md", text) for slug, text in pages.items())


@pytest.mark.parametrize(
    "name", ["Kazakh Lawyers Assoc.", "Sinopec Intl.", "Xinjiang Production Inst.", "Natl.", "Acme Corp.", "U.S."]
)
def test_a_term_or_an_alias_ending_with_an_abbreviation_s_full_stop_is_kept(name):
    # The full stop of `Assoc.`, `Intl.` or `Inst.` stopped the build, and the hint asked to
    # delete the abbreviation's own stop.
    assert build(x=entry(term=name))["x"].term == name
    assert build(x=entry(term="Other", aliases=[name]))["x"].aliases == (name,)


def test_an_alias_typed_with_a_full_stop_is_named_at_its_line():
    # `aliases: [East Turkestan.]` was taken without a word, where `term: China.` is named; line
    # 5 is its `- ` line.
    with pytest.raises(ExplainerErrors) as raised:
        build(x=entry(term="Xinjiang", aliases=["Sinkiang", "East Turkestan."]))
    assert (
        "docs/glossary/x.md:5: `aliases`: 'East Turkestan.' ends with a full stop, which is no part of the name\n"
        "    Delete it: `East Turkestan`."
    ) in str(raised.value)


def test_entries_are_read_and_sorted():
    glossary = build(
        tianxia=entry(aliases=["Tiānxià"], related=["sco"]),
        sco=entry(term="Shanghai Cooperation Organization", category="organisation", aliases=["SCO"]),
    )
    assert list(glossary.entries) == ["sco", "tianxia"]
    assert glossary["tianxia"].aliases == ("Tiānxià",)
    assert glossary["tianxia"].related == ("sco",)
    assert glossary.by_src_uri("glossary/sco.md").term == "Shanghai Cooperation Organization"


def test_two_entries_claiming_one_alias_name_both_files():
    with pytest.raises(ExplainerErrors) as raised:
        build(qiaowu=entry(term="qiaowu", aliases=["qiáowù"]), other=entry(term="Other", aliases=["QIAOWU"]))
    message = str(raised.value)
    assert "docs/glossary/qiaowu.md" in message and "docs/glossary/other.md" in message
    assert "belongs to two entries" in message


def test_entry_without_definition():
    with pytest.raises(ExplainerErrors) as raised:
        build(tianxia=entry(definition=None))
    assert "docs/glossary/tianxia.md:1: glossary entry has no `definition`" in str(raised.value)


@pytest.mark.parametrize(
    ("related", "message"),
    [("nowhere", "related entry 'nowhere' does not exist"), ("tianxia", "an entry cannot be related to itself")],
)
def test_a_related_entry_that_is_missing_or_the_entry_itself(related, message):
    with pytest.raises(ExplainerErrors) as raised:
        build(tianxia=entry(related=[related]))
    assert f"docs/glossary/tianxia.md:5: {message}" in str(raised.value)


def test_an_entry_with_errors_of_its_own_is_not_reported_again_as_missing_by_those_related_to_it():
    with pytest.raises(ExplainerErrors) as raised:
        build(bad="---\nterm: [unclosed\ndefinition: x\n---\n", tianxia=entry(related=["bad"]))
    message = str(raised.value)
    assert "docs/glossary/bad.md:" in message and "not valid YAML" in message
    assert "related entry 'bad' does not exist" not in message
    assert "1 error" in message


def test_a_term_yaml_reads_as_a_number_says_to_quote_it():
    with pytest.raises(ExplainerErrors) as raised:
        build(year=entry(term="1984"), other=entry(term="Other", aliases=["1991"]))
    message = str(raised.value)
    assert "docs/glossary/year.md:2: `term: 1984` is not text to YAML" in message and 'term: "…"' in message
    assert "docs/glossary/other.md:3: `aliases`: item 1 is not text" in message and '("1991")' in message
    assert "has no `term`" not in message
    build(year=entry(term='"1984"'))  # quoted, it is a name


@pytest.mark.parametrize(
    ("aliases", "related", "message"),
    [
        (["Tiānxià", ""], (), "docs/glossary/t.md:3: `aliases`: item 2 is empty"),
        (["Tiānxià", "~"], (), "docs/glossary/t.md:3: `aliases`: item 2 is empty"),
        (["[Tiānxià, All]"], (), "docs/glossary/t.md:3: `aliases`: item 1 is not text"),
        ((), ["other", "yes"], "docs/glossary/t.md:5: `related`: item 2 is not text"),
        ((), [""], "docs/glossary/t.md:5: `related`: item 1 is empty"),
    ],
)
def test_a_list_item_that_is_empty_or_not_text_is_named_by_its_place(aliases, related, message):
    with pytest.raises(ExplainerErrors) as raised:
        build(t=entry(aliases=aliases, related=related), other=entry(term="Other"))
    assert message in str(raised.value)


def test_a_list_field_written_as_a_mapping_is_an_error():
    with pytest.raises(ExplainerErrors) as raised:
        build(t=entry().replace("category: concept", "category: concept\naliases: {a: b}"))
    assert "docs/glossary/t.md:5: `aliases` must be a list, one name a line after `- `" in str(raised.value)


def test_front_matter_with_no_closing_line():
    with pytest.raises(ExplainerErrors) as raised:
        build(open="---\nterm: X\ndefinition: D.\ncategory: concept\n\n## What it is\n")
    message = str(raised.value)
    assert "docs/glossary/open.md:1: the front matter that starts here has no closing `---`" in message
    assert "has no `term`" not in message


def test_a_file_with_no_front_matter_is_one_error():
    with pytest.raises(ExplainerErrors) as raised:
        build(bare="## What it is\n\nText.\n")
    message = str(raised.value)
    assert "docs/glossary/bare.md:1: glossary entry has no front matter" in message
    assert "then `term:`, `definition:` and `category:` lines" in message
    assert "1 error" in message


def test_a_missing_category_is_named_as_missing():
    with pytest.raises(ExplainerErrors) as raised:
        build(plain=entry(category=None))
    message = str(raised.value)
    assert "docs/glossary/plain.md:1: glossary entry has no `category`" in message
    assert "Add `category:` with one of: concept," in message


def test_unknown_category_and_missing_term_reported_together():
    with pytest.raises(ExplainerErrors) as raised:
        build(a=entry(category="idea"), b=entry(term=None))
    message = str(raised.value)
    assert "docs/glossary/a.md:4: category 'idea' is not one of" in message
    assert "docs/glossary/b.md:1: glossary entry has no `term`" in message


def test_bad_yaml_names_the_line():
    with pytest.raises(ExplainerErrors) as raised:
        build(bad="---\nterm: [unclosed\ndefinition: x\n---\n")
    assert "docs/glossary/bad.md:" in str(raised.value)
    assert "not valid YAML" in str(raised.value)


def test_bad_yaml_names_the_line_where_an_unclosed_bracket_opened_and_what_to_do():
    with pytest.raises(ExplainerErrors) as raised:
        build(bad="---\nterm: [unclosed\ndefinition: x\n---\n")
    message = str(raised.value)
    assert "docs/glossary/bad.md:3: front matter is not valid YAML" in message  # where the parser gave up
    assert "that starts on line 2" in message  # where the list opened
    assert "Close every bracket and quote" in message


def test_a_bracket_opened_and_closed_wrong_on_the_line_named_is_not_said_to_start_on_that_line_again():
    with pytest.raises(ExplainerErrors) as raised:
        build(bad="---\nterm: T\naliases: [A, B}\ndefinition: x\n---\n")
    message = str(raised.value)
    assert "docs/glossary/bad.md:3: front matter is not valid YAML: " in message
    assert "starts on line" not in message


def test_a_tab_that_does_not_indent_its_line_is_not_blamed_for_the_yaml_error():
    # Text after a closing quote, and a tab inside the quoted string: the parser's own problem is the error.
    import yaml

    line = 'updated: "2021-05-03\tby JD" (checked)'
    with pytest.raises(ExplainerErrors) as raised:
        build(qiaowu=entry().replace("category: concept\n", f"category: concept\n{line}\n"))
    message = str(raised.value)
    parser_said = "did not find expected key" if yaml.__with_libyaml__ else "expected <block end>, but found"
    assert f"docs/glossary/qiaowu.md:5: front matter is not valid YAML: {parser_said}" in message
    assert "tab" not in message
    assert "Close every bracket and quote" in message


@pytest.mark.parametrize("line", ["\t- BRI", "  -\tBRI", " \t- BRI"])
def test_a_tab_that_indents_a_list_item_is_named(line):
    with pytest.raises(ExplainerErrors) as raised:
        build(bri=entry(term="Belt and Road Initiative", aliases=["OBOR"]).replace("  - OBOR", f"  - OBOR\n{line}"))
    message = str(raised.value)
    assert "docs/glossary/bri.md:5: front matter is not valid YAML: the line is indented with a tab" in message


def test_bad_yaml_in_the_timeline_names_its_line_and_what_to_do():
    from explainer.errors import ExplainerError
    from explainer.timeline import parse_timeline

    with pytest.raises(ExplainerError) as raised:
        parse_timeline('- date: "2005"\n  countries: [Kyrgyzstan, China\n  page: conclusion.md\n', "docs/timeline.yml")
    message = str(raised.value)
    assert message.startswith("docs/timeline.yml:3: not valid YAML")
    assert "that starts on line 2" in message and "Close every bracket and quote" in message


@pytest.mark.parametrize(
    ("date", "problem"),
    [("2005-13", "has no month 13"), ("2005-04-31", "has no day 31 in April 2005"), ("May 2005", "is not YYYY")],
)
def test_a_timeline_date_that_is_not_in_the_calendar_names_its_line(date, problem):
    from explainer.timeline import parse_timeline

    record = "  event: E.\n  page: p.md\n  quote: q\n"
    text = f'- date: "2004"\n{record}- date: "{date}"\n{record}'
    with pytest.raises(ExplainerErrors) as raised:
        parse_timeline(text, "docs/timeline.yml")
    assert f"docs/timeline.yml:5: date '{date}' {problem}" in str(raised.value)
    # A date written in words is given back as the timeline writes it.
    assert ('Write "2005-05".' in str(raised.value)) == (problem == "is not YYYY")


@pytest.mark.parametrize(
    ("written", "iso"),
    [("March 2005", "2005-03"), ("5 March 2005", "2005-03-05"), ("Dec. 31, 2019", "2019-12-31"), ("Spring 2005", None)],
)
def test_a_date_written_in_words_is_read_as_the_timeline_writes_dates(written, iso):
    from explainer.dates import written_as_date

    assert written_as_date(written) == iso


@pytest.mark.parametrize(
    ("field", "misspelt", "line"), [("date", "dte", 4), ("event", "evnt", 5), ("quote", "qoute", 7)]
)
def test_a_timeline_field_misspelt_is_one_error_on_its_own_line(field, misspelt, line):
    # Not also "`date` is missing": the editor wrote it, under another name.
    from explainer.timeline import parse_timeline

    record = '- date: "2005"\n  event: E.\n  page: p.md\n  quote: q\n'
    text = '- date: "2004"\n  event: E.\n  page: p.md\n' + record.replace(f"{field}:", f"{misspelt}:")
    with pytest.raises(ExplainerErrors) as raised:
        parse_timeline(text, "docs/timeline.yml")
    assert str(raised.value).splitlines()[1:] == [
        "  docs/timeline.yml:1: `quote` is missing",
        f"  docs/timeline.yml:{line}: `{misspelt}` is not a field of an event; did you mean `{field}`?",
        f"    Write `{field}:`.",
    ]


def test_a_timeline_field_left_out_or_unknown():
    from explainer.timeline import parse_timeline

    text = "- event: E.\n  page: p.md\n  quote: q\n  source: an interview\n"
    with pytest.raises(ExplainerErrors) as raised:
        parse_timeline(text, "docs/timeline.yml")
    assert str(raised.value).splitlines()[1:] == [
        "  docs/timeline.yml:1: unknown field(s) source; an event has date, event, countries, page, quote, note",
        "  docs/timeline.yml:1: `date` is missing",
        '    Add `date: "YYYY-MM-DD"`, as precise as the article.',
    ]


@pytest.mark.parametrize(
    ("note", "message"),
    [
        ('"59"', "`note: '59'` is not a note number; write it without quotes"),
        ("fifty", "`note: 'fifty'` is not a note number"),
        ("yes", "`note: True` is not a note number"),
    ],
)
def test_a_timeline_note_that_is_not_a_number(note, message):
    from explainer.timeline import parse_timeline

    text = f'- date: "2004"\n  event: E.\n  page: p.md\n  quote: q\n  note: {note}\n'
    with pytest.raises(ExplainerErrors) as raised:
        parse_timeline(text, "docs/timeline.yml")
    assert f"docs/timeline.yml:5: {message}" in str(raised.value)  # the note's own line
    assert ("without quotes" in str(raised.value)) == note.startswith('"')


@pytest.mark.parametrize(
    ("country", "place"),
    [
        ("Kyrgystan", "Kyrgyzstan"),
        # Two letters off: difflib scores it 0.8, exactly the cutoff of a near match, so a
        # higher cutoff stops naming it.
        pytest.param("Kirgizstan", "Kyrgyzstan", id="Kirgizstan-at-the-cutoff"),
        ("china", "China"),
        ("PRC", "China"),
    ],
)
def test_a_timeline_country_written_otherwise_than_a_glossary_place_names_its_line(country, place):
    from explainer.timeline import misspelt_places, parse_timeline

    record = "  event: E.\n  page: p.md\n  quote: q\n"
    first = f'- date: "2004"\n  countries: [Kyrgyzstan]\n{record}'
    text = first + f'- date: "2005"\n  countries: [{country}, Austria]\n{record}'
    events = parse_timeline(text, "docs/timeline.yml")
    places = {"Kyrgyzstan": (), "China": ("PRC", "People's Republic of China")}
    (error,) = misspelt_places(events, places, "docs/timeline.yml")
    assert str(error).startswith(
        f"docs/timeline.yml:7: country '{country}' is written otherwise than the glossary's place '{place}'"
    )
    assert f"Write '{place}'" in str(error)


def test_the_world_s_country_names_are_read_once_for_all_the_near_matches(monkeypatch):
    import babel

    import explainer.timeline as timeline

    # Read again for every near match: CLDR's territories, in two languages, each time.
    getattr(timeline._country_names, "cache_clear", lambda: None)()  # a build before this one read them
    parsed: list[str] = []
    parse = babel.Locale.parse
    monkeypatch.setattr(babel.Locale, "parse", lambda tag, *args: parsed.append(tag) or parse(tag, *args))
    record = "  event: E.\n  page: p.md\n  quote: q\n"
    text = "".join(
        f'- date: "200{n}"\n  countries: [{country}]\n{record}'
        for n, country in enumerate(["Kyrgystan", "Kirgizstan", "Kyrgyztan", "Ireland", "Kyrgyzstan"])
    )
    events = timeline.parse_timeline(text, "docs/timeline.yml")
    places = {"Kyrgyzstan": (), "Iceland": ()}
    errors = timeline.misspelt_places(events, places, "docs/timeline.yml", language="fr")
    assert len(errors) == 3
    assert sorted(parsed) == ["en", "fr"]


def test_timeline_countries_that_are_places_or_no_place_at_all_are_fine():
    from explainer.timeline import misspelt_places, parse_timeline

    # Ireland is one letter from Iceland, and North Korea two from South Korea: but each is
    # a country's name, which the build stopped at as a slip for the place's.
    countries = "China, Austria, Sudan, Iraq, Gambia, Ireland, North Korea"
    text = f'- date: "2004"\n  countries: [{countries}]\n  event: E.\n  page: p.md\n  quote: q\n'
    events = parse_timeline(text, "docs/timeline.yml")
    places = {
        "China": (),
        "Australia": (),
        "South Sudan": (),
        "Iran": (),
        "Zambia": (),
        "Iceland": (),
        "South Korea": (),
    }
    assert misspelt_places(events, places, "docs/timeline.yml") == []


def test_a_place_with_an_apostrophe_is_the_same_place_in_the_glossary_and_the_timeline():
    from explainer.timeline import misspelt_places, parse_timeline

    glossary = build(ivory=entry(term="Côte d'Ivoire", category="place"))
    (place,) = glossary.entries.values()
    assert place.term == "Côte d\u2019Ivoire"
    text = '- date: "2004"\n  countries: ["Côte d\'Ivoire"]\n  event: E.\n  page: p.md\n  quote: q\n'
    events = parse_timeline(text, "docs/timeline.yml")
    assert events[0].countries == (place.term,)
    assert misspelt_places(events, {place.term: place.aliases}, "docs/timeline.yml") == []


@pytest.mark.parametrize(
    ("field", "value", "markup"),
    [
        ("definition", "A policy, as [@brown2017world] says.", "[@"),
        ("definition", "See [the report](https://example.org).", "[the report]("),
        ("definition", "The `qiaowu` policy.", "`"),
        ("term", "<em>Tianxia</em>", "<em>"),
        ("term", "*Tianxia*", "*Tianxia*"),
    ],
)
def test_markup_in_a_term_or_definition_is_an_error(field, value, markup):
    with pytest.raises(ExplainerErrors) as raised:
        build(bad=entry(**{field: f'"{value}"'}))
    message = str(raised.value)
    line = 2 if field == "term" else 3
    assert f"docs/glossary/bad.md:{line}: the {field} holds markup ({markup!r}), which would show as typed" in message
    hint = "Write the term as plain text." if field == "term" else "citations go in the page's body"
    assert hint in message


def test_emphasis_in_a_definition_is_set_in_italics_and_dropped_in_plain_text():
    definition = '"Short for *huaqiao shiwu*, the _party\'s_ policy & more."'
    glossary = build(qiaowu=entry(term="qiaowu", definition=definition))
    (found,) = glossary.entries.values()
    assert found.definition == "Short for huaqiao shiwu, the party\u2019s policy & more."
    assert found.definition_html == "Short for <em>huaqiao shiwu</em>, the <em>party\u2019s</em> policy &amp; more."


def test_plain_text_that_looks_a_little_like_markup_is_fine():
    glossary = build(fine=entry(definition="Five * three; a snake_case name; 3 < 4; a [sic] remark; 2*3*4."))
    (found,) = glossary.entries.values()
    assert (
        found.definition
        == found.definition_html.replace("&lt;", "<")
        == ("Five * three; a snake_case name; 3 < 4; a [sic] remark; 2*3*4.")
    )


def test_two_names_the_matcher_reads_as_the_same_words_belong_to_one_entry():
    # A hyphen reads as a space: "neo-patrimonial" and "Neo patrimonial" name the same words.
    with pytest.raises(ExplainerErrors) as raised:
        build(a=entry(term="neo-patrimonial"), b=entry(term="Neo patrimonial"))
    assert "docs/glossary/b.md:2: the name 'neo patrimonial' belongs to two entries" in str(raised.value)


def test_a_field_misspelt_is_named_and_a_key_for_the_theme_is_left_alone():
    text = entry(aliases=["Tiānxià"]).replace("aliases:", "alias:").replace("category:", "tags: [a]\ncategory:")
    with pytest.raises(ExplainerErrors) as raised:
        build(t=text, other=entry(term="Other"))
    assert str(raised.value).splitlines()[1:] == [
        "  docs/glossary/t.md:3: `alias` is not a field of an entry; did you mean `aliases`?",
        "    Write `aliases:`.",
    ]


@pytest.mark.parametrize(
    ("field", "misspelt", "line"), [("term", "trem", 2), ("definition", "defnition", 3), ("category", "categroy", 4)]
)
def test_a_required_field_misspelt_is_one_error_not_two(field, misspelt, line):
    # Not also "glossary entry has no `definition`": the editor wrote it, under another name.
    with pytest.raises(ExplainerErrors) as raised:
        build(t=entry().replace(f"{field}:", f"{misspelt}:"), other=entry(term="Other"))
    assert str(raised.value).splitlines()[1:] == [
        f"  docs/glossary/t.md:{line}: `{misspelt}` is not a field of an entry; did you mean `{field}`?",
        f"    Write `{field}:`.",
    ]


@pytest.mark.parametrize(("written", "meant"), [("Concept", "concept"), ("organization", "organisation")])
def test_a_category_written_otherwise_gets_the_one_meant(written, meant):
    with pytest.raises(ExplainerErrors) as raised:
        build(t=entry(category=written))
    assert f"category {written!r} is not one of" in str(raised.value)
    assert f"Did you mean {meant!r}?" in str(raised.value)


def test_a_related_entry_misspelt_gets_the_closest_entry():
    with pytest.raises(ExplainerErrors) as raised:
        build(a=entry(related=["three-evil"]), **{"three-evils": entry(term="three evils")})
    assert "related entry 'three-evil' does not exist\n    Did you mean 'three-evils'?" in str(raised.value)


def test_a_related_entry_whose_file_was_renamed_gets_the_entry_it_names():
    # tianxia.md renamed all-under-heaven.md: no file name is close, but the term is.
    with pytest.raises(ExplainerErrors) as raised:
        build(a=entry(term="market", related=["tianxia"]), **{"all-under-heaven": entry(term="Tianxia")})
    assert "related entry 'tianxia' does not exist\n    Did you mean 'all-under-heaven'?" in str(raised.value)


def test_names_the_matcher_tells_apart_by_their_punctuation_are_no_clash():
    glossary = build(a=entry(term="law and order"), b=entry(term="law/and order"))  # no error: each finds its own
    text = "Of law and order, and of law/and order."
    found = [(text[start:end], slug) for start, end, slug in glossary.matcher(ENGLISH_PLURALS).find(text)]
    assert found == [("law and order", "a"), ("law/and order", "b")]


def test_a_name_that_is_another_names_plural_is_no_clash():
    # The matcher gives "three evils" to the entry of that name, not to the plural of "three evil".
    glossary = build(a=entry(term="three evil"), b=entry(term="three evils"))
    assert len(glossary.entries) == 2


def test_a_related_entry_listed_twice():
    with pytest.raises(ExplainerErrors) as raised:
        build(a=entry(term="A"), b=entry(term="B", related=["a", "a"]))
    assert "docs/glossary/b.md:5: related entry 'a' is listed twice" in str(raised.value)


@pytest.mark.parametrize(
    ("countries", "read"), [("Kyrgyzstan", ("Kyrgyzstan",)), ("[Kyrgyzstan, China]", ("Kyrgyzstan", "China"))]
)
def test_a_timeline_country_may_be_written_alone(countries, read):
    # As a glossary entry's `related` may: a list of one is what an editor means.
    from explainer.timeline import parse_timeline

    text = f'- date: "2004"\n  event: E.\n  countries: {countries}\n  page: p.md\n  quote: q\n'
    assert parse_timeline(text, "docs/timeline.yml")[0].countries == read


def test_timeline_countries_that_are_not_names():
    from explainer.timeline import parse_timeline

    with pytest.raises(ExplainerErrors) as raised:
        parse_timeline('- date: "2004"\n  event: E.\n  countries: [1991]\n  page: p.md\n  quote: q\n', "t.yml")
    assert "t.yml:3: `countries` must be a list of names" in str(raised.value)


def test_a_place_lists_the_timeline_s_events_that_name_it_linked_from_its_entry():
    from explainer.glossary_pages import EventLink, events_concerning
    from explainer.timeline import TimelineEvent

    def event(date: str, countries: tuple[str, ...], html: str) -> TimelineEvent:
        return TimelineEvent(date, html, countries, "p.md", "q", None, 1, html)

    events = [
        event("2005", ("Kyrgyzstan", "China"), "A border treaty."),
        event("2010-04", ("Kazakhstan",), "Elsewhere."),
        event("2021-05-03", ("Kyrgyzstan",), "An <em>election</em>."),
    ]
    assert events_concerning("Kyrgyzstan", events, "timeline/", "glossary/kyrgyzstan/", "en") == [
        EventLink("../../timeline/#event-1", "2005", "A border treaty."),
        EventLink(
            "../../timeline/#event-3", '<span class="explainer-unbroken">May 3</span>, 2021', "An <em>election</em>."
        ),
    ]
    # French keeps the day with its month.
    french = events_concerning("Kyrgyzstan", events, "timeline/", "glossary/kyrgyzstan/", "fr")
    assert french[1].date_html == "3\u00a0mai 2021"


def test_a_timeline_error_about_a_field_names_the_field_s_own_line():
    from explainer.timeline import check_against_pages, parse_timeline

    text = (
        '- date: "2004"\n  event: E.\n  page: p.md\n  quote: here\n'
        '- date: "2005"\n  event: F.\n  page: p.md\n  quote: not there\n  note: 7\n'
        '- date: "2006"\n  event: G.\n  page: q.md\n  quote: q\n'
    )
    errors = check_against_pages(parse_timeline(text, "t.yml"), {"p.md": "It is here."}, {"p.md": [1]}, "t.yml")
    assert [str(error).partition(" ")[0] for error in errors] == ["t.yml:8:", "t.yml:9:", "t.yml:12:"]


def test_a_quoted_sentence_marks_every_name_of_the_entry_it_writes():
    from explainer.glossary_pages import entry_names, highlight

    sco = GlossaryEntry(
        "sco", "glossary/sco.md", "docs/glossary/sco.md", "Shanghai Cooperation Organization", "D.", "x"
    )
    sco = dataclasses.replace(sco, aliases=("SCO",), not_in=("SCO Research Center",))
    # As the linker counts them: a plural is a use, the words of a `not_in` name are none.
    sentence = (
        "The Shanghai Cooperation Organization (SCO) met; the sco's members, SCOs and the SCO Research Center agreed."
    )
    marked = highlight(sentence, "Shanghai Cooperation Organization", entry_names(sco))
    assert marked == (
        "The <mark>Shanghai Cooperation Organization</mark> (<mark>SCO</mark>) met; the <mark>sco</mark>&#x27;s"
        " members, <mark>SCOs</mark> and the SCO Research Center agreed."
    )
    # Without the entry's names (a page that uses the term once), the use alone.
    assert highlight("A Tianxia and a tianxia.", "Tianxia") == "A <mark>Tianxia</mark> and a tianxia."


def test_a_timeline_note_is_checked_against_the_quoted_paragraph_s_notes():
    from explainer.markdown_passages import PassageNotes
    from explainer.timeline import check_against_pages, parse_timeline

    text = '- date: "2004"\n  event: E.\n  page: p.md\n  quote: here\n  note: {}\n'
    pages, on_page = {"p.md": "It is here."}, {"p.md": [4, 5, 6]}
    # Found by the passage finder as notes 1 and 2 of the page (0 is its first).
    passage = {("p.md", "here"): PassageNotes((1, 2)).numbered(on_page["p.md"])}

    def errors(note: int) -> list[str]:
        events = parse_timeline(text.format(note), "t.yml")
        return [str(error) for error in check_against_pages(events, pages, on_page, "t.yml", passage)]

    assert errors(5) == errors(6) == []
    assert errors(4) == [
        "t.yml:5: note 4 is not called in the quoted paragraph of p.md, which calls notes 5 and 6\n"
        "    Give the note of the quoted passage, or quote the words of the passage that note 4 supports."
        " Notes are numbered across the article: a note added or removed before it changes its number."
    ]
    assert errors(9)[0].endswith("changes its number. The quoted paragraph calls notes 5 and 6.")


def test_aliases_that_are_names_of_their_own_make_no_warning():
    # One name written alone, other spellings (tone marks, a hyphen), the same name in a flow list once.
    glossary = build(
        tianxia=entry(aliases=["Tiānxià", "All under Heaven"]),
        one=entry(term="one-China principle", aliases=["one China principle"]),
        sco=entry(term="Shanghai Cooperation Organization").replace("term:", "aliases: SCO\nterm:"),
    )
    assert glossary.warnings == ()
    assert glossary["sco"].aliases == ("SCO",)


def test_an_alias_listed_twice_in_a_flow_list_is_placed_on_the_list_s_line():
    glossary = build(sco=entry(term="SCO").replace("term: SCO", "term: SCO\naliases: [Shanghai, sco , Shanghai]"))
    assert glossary.warnings == (
        "docs/glossary/sco.md:3: the alias 'sco' is the entry's term; delete it",
        "docs/glossary/sco.md:3: the alias 'Shanghai' is listed twice; delete one",
    )


def test_a_timeline_event_may_span_two_dates():
    # The article gives "2019–2020" for the protests: one year alone says more than it does.
    from explainer.timeline import parse_timeline

    record = "  event: E.\n  page: p.md\n  quote: q\n"
    dates = ["2019-03", "2019/2020", "2019", "2011-05/2011-12"]
    events = parse_timeline("".join(f'- date: "{date}"\n{record}' for date in dates), "docs/timeline.yml")
    # By the first date: the span of 2019 and 2020 after 2019; March 2019, which 2019 holds,
    # where the file lists it (`test_timeline_order`).
    assert [event.date for event in events] == ["2011-05/2011-12", "2019-03", "2019", "2019/2020"]
    assert [event.display_date("en") for event in events] == [
        "May\u2013December 2011",  # the year once, as Chicago writes a span
        "March 2019",
        "2019",
        "2019\u20132020",
    ]
    assert events[0].display_date("fr") == "mai\u2009\u2013\u2009d\u00e9cembre 2011"


@pytest.mark.parametrize(
    ("date", "problem"),
    [
        ("2020/2019", "'2020/2019' is not a span that runs forwards"),
        ("2011/2011-05", "'2011/2011-05' is not a span that runs forwards"),  # May 2011 is in 2011
        ("2019/2019", "'2019/2019' is not a span that runs forwards"),
        ("2019/", "'' is not YYYY"),
        ("2019/2020-13", "'2020-13' has no month 13"),
    ],
)
def test_a_timeline_span_that_cannot_be_read_names_its_line(date, problem):
    from explainer.timeline import parse_timeline

    record = "  event: E.\n  page: p.md\n  quote: q\n"
    with pytest.raises(ExplainerErrors) as raised:
        parse_timeline(f'- date: "2004"\n{record}- date: "{date}"\n{record}', "docs/timeline.yml")
    assert f"docs/timeline.yml:5: date {problem}" in str(raised.value)


@pytest.mark.parametrize(
    ("written", "line", "message", "hint"),
    [
        ("lang: Chinese", 3, "`lang: Chinese` names a language, not its code", "Write its code: `lang: zh`."),
        ("lang: zh_Latn", 3, "`lang: zh_Latn` is written with underscores", "`lang: zh-Latn`"),
        ("lang: no", 3, "`lang` is not text to YAML", 'Put the code in quotes: `lang: "no"`.'),
        ("lang:", 3, "`lang` is empty", "`lang: zh-Latn`"),
        (
            "aliases:\n  - Tiānxià\n  - {text: 天下, lang: zh Hans}",
            5,
            "`aliases`: item 2: `lang: zh Hans` is not a language code (BCP 47)",
            "with hyphens",
        ),
        (
            "aliases:\n  - {txt: 天下, lang: zh-Hans}",
            4,
            "`aliases`: item 1 has 'txt', which an alias does not",
            "{text:",
        ),
        ("aliases:\n  - {lang: zh-Hans}", 4, "`aliases`: item 1 has no `text`", "{text:"),
    ],
)
def test_a_language_that_is_no_code_is_named_at_its_own_line(written, line, message, hint):
    with pytest.raises(ExplainerErrors) as raised:
        build(t=entry().replace("---\nterm: Tianxia\n", f"---\nterm: Tianxia\n{written}\n"))
    assert f"docs/glossary/t.md:{line}: {message}" in str(raised.value)
    assert hint in str(raised.value)


def test_the_term_and_each_alias_have_their_own_language_and_a_plain_alias_the_article_s():
    text = entry(aliases=["{text: 天下, lang: zh-hans}", "All under Heaven"]).replace(
        "term: Tianxia\n", "term: Tianxia\nlang: zh-latn\n"
    )
    read = build(t=text)["t"]
    assert read.aliases == ("天下", "All under Heaven")
    assert read.name_langs == ("zh-Latn", "zh-Hans", "")  # as tags are written


def test_not_in_names_are_looked_for_on_the_article_s_pages_only_until_each_is_found():
    from explainer.glossary import not_in_warnings

    text = entry(term="China") + "\n"
    text = text.replace("category: concept\n", "category: concept\nnot_in:\n  - Bank of China\n  - China Daily\n")
    glossary = build(china=text)

    def pages(*htmls):
        yield from htmls
        raise AssertionError("a page read after every name was found")

    found = "<p>The Bank of China and <em>China Daily</em>.</p>"
    assert not_in_warnings(glossary, pages(found), {}, ENGLISH_PLURALS) == []
    (warning,) = not_in_warnings(glossary, iter(["<p>The Bank of China.</p>", "<p>Nothing.</p>"]), {}, ENGLISH_PLURALS)
    assert warning.startswith("docs/glossary/china.md:") and "'China Daily' is on no article page" in warning
