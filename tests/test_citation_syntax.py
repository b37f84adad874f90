"""The citation syntax: what is a citation group and what is left as text."""

import pytest

from explainer.citation_syntax import (
    CitationItem,
    keys_with_empty_locators,
    locator_label_problem,
    locator_problem,
    parse_group,
    repeated_item,
    unread_group,
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("@brown2017world", (CitationItem("brown2017world"),)),
        ("@omelicheva2015democracy, p. 59", (CitationItem("omelicheva2015democracy", "p. 59"),)),
        (
            "@a; @b, pp. 3–4; @c",
            (CitationItem("a"), CitationItem("b", "pp. 3–4"), CitationItem("c")),
        ),
        ("See the @aceproject-dop", (CitationItem("aceproject-dop", prefix="See the"),)),
        (
            "For more information and details, see @kassenova2021dsr",
            (CitationItem("kassenova2021dsr", prefix="For more information and details, see"),),
        ),
        ("@doe:2020.a_b-c", (CitationItem("doe:2020.a_b-c"),)),
        ("@key.", None),  # a key does not end with punctuation, and "." is no locator
        ("-@key", (CitationItem("key", suppress_author=True),)),  # pandoc's "suppress author"
        ("  @spaced ,  p. 1 ", (CitationItem("spaced", "p. 1"),)),
    ],
)
def test_citation_groups(body, expected):
    assert parse_group(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "write to speyrouse@gwu.edu",  # an e-mail address
        "speyrouse@gwu.edu",
        "in Central Asia",  # the author's own brackets
        "...",
        "see @a; and more",  # every item must be a citation
        "@",
        "follow @ once",
    ],
)
def test_not_citations(body):
    assert parse_group(body) is None


@pytest.mark.parametrize("locator", ["p.", "pp", "Vol.", "chap.", "s.v.", "notes"])
def test_a_locator_that_is_a_label_alone_is_a_problem(locator):
    (item,) = parse_group(f"@k, {locator}")
    problem = locator_problem(item)
    assert problem is not None and f"the locator '{locator}' of @k names no place" in problem


@pytest.mark.parametrize(
    ("locator", "backwards"), [("pp. 30-12", "30-12"), ("pp. 10–1", "10–1"), ("chap. 2, pp. 105-3", "105-3")]
)
def test_a_locator_whose_range_runs_backwards_is_a_problem(locator, backwards):
    (item,) = parse_group(f"@k, {locator}")
    problem = locator_problem(item)
    assert problem is not None and f"has a range that runs backwards ({backwards})" in problem


@pytest.mark.parametrize(
    ("locator", "whole"), [("pp. 52-3", "52-53"), ("52–3", "52-53"), ("10-1", "10-11"), ("pp. 3-5, 97-9", "97-99")]
)
def test_a_locator_whose_range_below_100_cuts_its_last_page_short_is_told_the_range_to_write(locator, whole):
    # "pp. 52-3", as British print shortens a range, was told to write "the first page first",
    # which it had: the message now gives the range with its last page whole.
    (item,) = parse_group(f"@k, {locator}")
    problem = locator_problem(item)
    assert problem is not None and "cuts its last page short, which print writes whole below page 100" in problem
    assert problem.endswith(f"write {whole}, or the first page first")


@pytest.mark.parametrize("locator", ["pp. 30-12", "pp. 25-3", "chap. 2, pp. 105-3"])
def test_a_locator_whose_range_runs_backwards_read_either_way_is_told_to_write_the_first_page_first(locator):
    (item,) = parse_group(f"@k, {locator}")
    problem = locator_problem(item)
    assert problem is not None and problem.endswith(
        "runs backwards ({}): write the first page first".format(locator.rsplit(" ", 1)[-1])
    )


@pytest.mark.parametrize("locator", ["p. 4-", "pp. 12–", "pp. –14", "pp. 3-5, 9-", "p. -5"])
def test_a_locator_whose_range_misses_an_end_is_a_problem(locator):
    (item,) = parse_group(f"@k, {locator}")
    problem = locator_problem(item)
    assert problem is not None and f"the locator {locator!r} of @k has a dash with no page on one side" in problem


@pytest.mark.parametrize(
    ("locator", "problem"),
    [
        ("59,", "ends with a comma: delete it, or write what follows it"),
        (", 59", "starts with a comma: delete it"),
        ("pp. 3,, 5", "has two commas with nothing between them: delete one"),
        ("p, 59", "has a comma after its label 'p': delete the comma"),
    ],
)
def test_a_locator_with_a_stray_comma_is_a_problem(locator, problem):
    # The note printed it as written: "Brown, China's World, 59,." or "…, , 59."
    (item,) = parse_group(f"@k, {locator}")
    assert f"the locator {locator!r} of @k {problem}" in (locator_problem(item) or "")


@pytest.mark.parametrize(
    "locator",
    [
        "p. 59",
        "pp. 3–4",
        "pp. 3 - 4",
        "fig. A-5",
        "n. 12-a",
        "chap. 3",
        "passim",
        "n. 5",
        "s.v. Tianxia",
        "",
        "pp. 321–28",
        "pp. 7–7",
        "fig. 2.10–2.3",
        "pp. 3, 7",
        "p. 1,000",
        "chap. 3, p. 4",
    ],
)
def test_a_locator_with_what_it_points_to_is_fine(locator):
    (item,) = parse_group(f"@k, {locator}" if locator else "@k")
    assert locator_problem(item) is None


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("@k; ", "a semicolon has no item after it"),
        ("@k; see", "the item 'see' has no @key"),
        ("@k p. 5", "the item '@k p. 5' has words after its key; a locator goes after a comma (@key, p. 5)"),
        ("@a @b", "the item '@a @b' holds two keys; put a semicolon between them"),
        ("-@k;", "a semicolon has no item after it"),
        ("@ k", "the item '@ k' has a space after its @; write @k"),
        ("@a; @ b, p. 4", "the item '@ b, p. 4' has a space after its @; write @b"),
        # A key left out, or an @ typed twice: printed as typed, where a note was meant.
        ("@", "an @ has no key after it; write the key right after it: @key"),
        ("@a; @", "an @ has no key after it; write the key right after it: @key"),
        ("@@k", "the item '@@k' has two @ before its key; write @k"),
    ],
)
def test_a_bracket_that_opens_as_a_citation_and_is_not_one_is_a_problem(body, reason):
    problem = unread_group(body)
    assert problem == f"[{body}] opens as a citation but is not one: {reason} (or, for text, write \\[ for its bracket)"


@pytest.mark.parametrize("body", ["@k", "@a; @b, p. 7", "see @k", "write to me@x.org", "see @a; or not"])
def test_a_citation_or_a_bracket_that_does_not_open_as_one_is_no_problem(body):
    assert unread_group(body) is None


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("@k; @k", "the note cites @k twice; cite it once"),
        ("@a; see @k, p. 5; @k, p.  5", "the note cites @k at p.  5 twice; cite it once"),
        ("@a; @k; @b", None),
        ("@k, p. 5; @k, p. 7", None),  # two places in one source
    ],
)
def test_a_note_that_cites_one_place_twice_is_a_problem(body, problem):
    assert repeated_item(parse_group(body)) == problem


@pytest.mark.parametrize(
    ("locator", "problem"),
    [
        ("pg. 5", "starts with 'pg.', which is no label; did you mean 'p.'?"),
        ("chapetr 3", "starts with 'chapetr', which is no label; did you mean 'chapter'?"),
        ("page5", "has no space after its label; write page 5"),
        ("p 5", "has no full stop after its label; write p. 5"),
        ("p. 4-5", "names several pages after 'p.'; write pp. 4-5"),
        ("p. 3, 7", "names several pages after 'p.'; write pp. 3, 7"),
        ("pp. 5", "names one page after 'pp.'; write p. 5"),
        # Spelt out, it printed "page 45" where the notes' own pages read "p. 45".
        ("page 45", "spells out 'page', where this article's notes write 'p.'; write p. 45"),
        ("pages 4-5", "spells out 'pages', where this article's notes write 'pp.' before several pages; write pp. 4-5"),
    ],
)
def test_a_locator_label_that_looks_like_a_slip_is_named(locator, problem):
    assert locator_label_problem(locator) == f"the locator {locator!r} {problem}"


@pytest.mark.parametrize(
    "locator",
    ["p. 59", "pp. 3–4", "pp. 3, 7", "chap. 3", "ch. 3", "sect. 2", "para. 4", "n. 5", "fig. 2", "p. xii", "59",
     "5 and passim", "map 2", "Appendix A", "table 2", "line 4", "vol. 2, p. 5", "art. 5",
     # One page and a note, a figure or a line in it; not several pages.
     "p. 45, n. 3", "p. 59, fig. 2", "p. 12 & n. 3", "p. 59, line 4", "pp. 45ff", "pp. 45f.",
     # CSL's short forms, and other fields' labels ("at" in law, "cl." a clause).
     "bks. 2", "arts. 3–5", "pars. 3–4", "chs. 2-3", "tabs. 2", "tbl. 3", "eqs. 4-5", "at 45", "cl. 4",
     "sch. 2", "cap. 4", "fn. 3", "loc. 345", "min. 12",
     # CSL's long plurals.
     "articles 3-5", "acts 2-3", "rules 4", "titles 2", "equations 1-2", "scenes 3"],
)  # fmt: skip
def test_a_locator_as_notes_write_them_is_left_alone(locator):
    assert locator_label_problem(locator) is None


@pytest.mark.parametrize(
    "locator", ["p. 12 — cited in Olcott", "p. 4—italics in the original", "p. 7 — capitals in the original"]
)
def test_a_page_then_a_dash_and_words_is_no_range(locator):
    # The c of "cited", the i of "italics": a word, not a page a range ends at.
    assert locator_label_problem(locator) is None


@pytest.mark.parametrize(
    ("locator", "meant"), [("pp. 59—61", "pp. 59–61"), ("pp. xii—xiv", "pp. xii–xiv"), ("§ 12—14", "§ 12–14")]
)
def test_a_range_joined_with_an_em_dash_is_named_with_the_en_dash(locator, meant):
    assert locator_label_problem(locator) == (
        f"the locator {locator!r} joins a range with '—', not the en dash of a range; write {meant}"
    )


def test_another_language_s_labels_are_its_own():
    # French writes "p." before one page or several, and labels English does not list.
    assert locator_label_problem("p. 4-5", "p.", "p.", english=False) is None
    assert locator_label_problem("par. 3", "p.", "p.", english=False) is None
    assert locator_label_problem("chapitre 3", "p.", "p.", english=False) is None
    assert locator_label_problem("p.5", "p.", "p.", english=False) == (
        "the locator 'p.5' has no space after its label; write p. 5"
    )
    # Its own label without its full stop is printed as typed ("p 5"): it is named.
    assert locator_label_problem("p 5", "p.", "p.", english=False) == (
        "the locator 'p 5' has no full stop after its label; write p. 5"
    )
    assert locator_label_problem("p5", "p.", "p.", english=False) == (
        "the locator 'p5' has no full stop or space after its label; write p. 5"
    )


@pytest.mark.parametrize(
    ("locator", "problem"),
    [
        ("pp. 12", "starts with 'pp.', where this article's notes write 'p.'; write p. 12"),
        ("pp. 12-15", "starts with 'pp.', where this article's notes write 'p.'; write p. 12-15"),
        ("pp 12", "starts with 'pp', where this article's notes write 'p.'; write p. 12"),
    ],
)
def test_english_s_label_for_pages_is_named_where_the_article_s_notes_write_another(locator, problem):
    # A French note prints "p. 12–15" for the pages of a source, and a typed label as typed:
    # "pp. 12–15" in one note, "p. 45–67" in the next.
    assert locator_label_problem(locator, "p.", "p.", english=False) == f"the locator {locator!r} {problem}"
    # Where the notes write English's labels, in any language, they are left alone.
    assert locator_label_problem("pp. 12-15", "p.", "pp.", english=False) is None
    # An article whose notes write other labels for one page and for several is told which.
    assert locator_label_problem("pp. 12-15", "S.", "SS.", english=False) == (
        "the locator 'pp. 12-15' starts with 'pp.', where this article's notes write 'SS.' before several pages;"
        " write SS. 12-15"
    )


@pytest.mark.parametrize(
    "locator", ["00:12:30–00:14:05", "2:45–3:10", "fig. 3-1", "table 2-1", "art. 9-2", "fig. 3-1, p. 4-5"]
)
def test_numbers_that_are_not_pages_are_no_range_that_runs_backwards(locator):
    # A time, a volume and page, a figure of a chapter: their dashes join no range of pages.
    assert locator_problem(CitationItem("k", locator)) is None


def test_a_range_of_pages_after_another_language_s_page_label_runs_backwards_too():
    problem = locator_problem(CitationItem("k", "S. 30-12"))  # German's "Seite"
    assert problem is not None and "runs backwards (30-12)" in problem


def test_a_range_of_pages_after_another_label_still_runs_backwards():
    problem = locator_problem(CitationItem("k", "chap. 2, pp. 105-3"))
    assert problem is not None and "runs backwards (105-3)" in problem


@pytest.mark.parametrize(
    ("body", "keys"),
    [
        ("@k, ", ["k"]),
        ("see @k,", ["k"]),
        ("-@k ,\t\n", ["k"]),
        ("@a, ; @b, p. 4; @c,  ", ["a", "c"]),
        ("@k, p. 59", []),
        ("@k", []),
        ("@a; @b", []),
        ("@k, p. 5, ", []),  # a locator, with a comma too many after it: `locator_problem`'s
    ],
)
def test_a_key_with_a_comma_and_no_locator_is_found(body, keys):
    assert keys_with_empty_locators(body) == keys
