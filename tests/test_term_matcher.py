"""The glossary matcher on hard cases: diacritics, plurals, overlaps, word boundaries."""

import pytest

from explainer.term_matcher import TermMatcher, fold

MATCHER = TermMatcher(
    [
        ("qiaowu", "qiaowu"),
        ("qiáowù", "qiaowu"),
        ("huáqiáo shìwù", "qiaowu"),
        ("Silk Road Economic Belt", "sreb"),
        ("SREB", "sreb"),
        ("Digital Silk Road", "dsr"),
        ("Silk Road", "silk-road"),
        ("colour revolution", "colour"),
        ("color revolution", "colour"),
        ("refoulement", "refoulement"),
        ("one-China principle", "one-china"),
        ("neo-patrimonialism", "neo"),
        ("neo-patrimonial", "neo"),
        ("three evils", "three-evils"),
        ("SCO", "sco"),
        ("Sinophobia", "sinophobia"),
        ("Tianxia", "tianxia"),
        ("policy", "policy"),
    ]
)


def found(text: str) -> list[tuple[str, str]]:
    return [(text[match.start : match.end], match.slug) for match in MATCHER.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("known as *qiáowù* (*huáqiáo shìwù*)", [("qiáowù", "qiaowu"), ("huáqiáo shìwù", "qiaowu")]),
        ("QIAOWU and Qiaowu", [("QIAOWU", "qiaowu"), ("Qiaowu", "qiaowu")]),
        ("the Silk Road Economic Belt, launched", [("Silk Road Economic Belt", "sreb")]),
        ("the Digital Silk Road in 2015", [("Digital Silk Road", "dsr")]),
        ("along the Silk Road.", [("Silk Road", "silk-road")]),
        ("the so-called color revolutions in", [("color revolutions", "colour")]),
        ("the refoulements and extraditions", [("refoulements", "refoulement")]),
        ("support the one-China principle and", [("one-China principle", "one-china")]),
        ("the neo-patrimonial nature", [("neo-patrimonial", "neo")]),
        ("the three evils of", [("three evils", "three-evils")]),
        ("the SCO’s Research Center", [("SCO", "sco")]),
        ("Sinophobic sentiment", []),  # a different word: only listed aliases match
        ("policies", [("policies", "policy")]),  # -y to -ies
        ("SCOPE and disco and TSCO", []),  # whole words only
        ("Tiānxià", [("Tiānxià", "tianxia")]),  # tone marks folded on either side
        ("three\nevils", [("three\nevils", "three-evils")]),  # a line break between words
        ("three. Evils", []),  # not across punctuation
        ("Silk. Road", []),
        ("", []),
    ],
)
def test_matches(text, expected):
    assert found(text) == expected


def test_offsets_map_back_through_decomposed_characters():
    text = "x qiáowù y"
    (match,) = MATCHER.find(text)
    assert text[match.start : match.end] == "qiáowù"


@pytest.mark.parametrize(
    "text",
    [
        "Straße and qiáowù",  # ß folds to two letters, before the term
        "Strasse and qiao\u0301wu\u0300",  # combining accents fold to nothing, inside the term
        "ﬁne “qiáowù”",  # a ligature, and quotation marks
    ],
)
def test_offsets_map_back_when_folding_changes_the_length(text):
    (match,) = MATCHER.find(text)
    assert fold(text[match.start : match.end]) == "qiaowu"
    assert text[match.end :].strip("”") == "" or text[match.end] in " ”"


def test_cost_does_not_depend_on_the_number_of_entries():
    # One trie of words: the steps per word of text stay the same with 5,000 more entries,
    # even entries that share their first words with the text's terms.
    text = "The Silk Road and the Silk Road Economic Belt, and silk roads, and policies. " * 20
    small = TermMatcher([("Silk Road", "a"), ("Silk Road Economic Belt", "b")])
    large = TermMatcher(
        [
            ("Silk Road", "a"),
            ("Silk Road Economic Belt", "b"),
            *((f"silk road term{number}", f"s{number}") for number in range(2500)),
            *((f"policy number{number}", f"p{number}") for number in range(2500)),
        ]
    )
    assert [m.slug for m in small.find(text)] == [m.slug for m in large.find(text)]
    assert small.steps == large.steps
    assert len(large) > 5000


def test_fold():
    assert fold("Jǐ'ěrxī sītǎn Čapek ÉCOLE") == "ji'erxi sitan capek ecole"
