"""The glossary matcher on hard cases: diacritics, plurals, overlaps, word boundaries."""

import re
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.term_matcher import (
    _FOLD_TABLE,
    _JOINER,
    _SPACED_TABLE,
    EveryWordPlurals,
    TermMatcher,
    _translated,
    fold,
    fold_with_offsets,
    plural_forms,
    plural_names,
    spaced,
)

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
        ("Côte d'Ivoire", "ci"),
        ("U.S.", "us"),
        ("OSCE/ODIHR", "odihr"),
        ("law and order", "law"),
    ]
)


def found(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], slug) for start, end, slug in MATCHER.find(text)]


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
        # A name with punctuation between its words is found written so, apostrophes alike.
        ("in Côte d’Ivoire, and Côte d'Ivoire", [("Côte d’Ivoire", "ci"), ("Côte d'Ivoire", "ci")]),
        ("the U.S. said", [("U.S", "us")]),
        ("the OSCE/ODIHR mission, not OSCE / ODIHR", [("OSCE/ODIHR", "odihr")]),
        ("law/and order", []),  # and a name without punctuation is not found across it
        ("", []),
    ],
)
def test_matches(text, expected):
    assert found(text) == expected


def test_a_name_wins_over_another_names_plural():
    # "RAAs", the plural of one entry's "RAA", is another entry's name: it links there.
    matcher = TermMatcher([("RAA", "raa"), ("RAAS", "raas")])
    assert [slug for *_span, slug in matcher.find("The RAAS and two RAA.")] == ["raas", "raa"]
    matcher = TermMatcher([("three evil", "other"), ("three evils", "three-evils")])
    assert [slug for *_span, slug in matcher.find("the three evils")] == ["three-evils"]


@pytest.mark.parametrize(
    ("plurals", "text", "found"),
    [
        ((), "a river and two rivers", ["river"]),  # no rules: the name as written only
        (("s", "x", "al>aux"), "un journal, des journaux, un bateau, des bateaux, des rivières", None),
        (("e", "en", "n"), "ein Fluss, zwei Flusse; eine Brücke, zwei Brücken", None),
    ],
)
def test_plurals_follow_the_articles_language(plurals, text, found):
    names = {"river": "river", "journal": "journal", "bateau": "bateau", "rivière": "riviere", "Fluss": "fluss"}
    matcher = TermMatcher([*names.items(), ("Brücke", "bruecke")], plurals)
    words = [text[start:end] for start, end, _slug in matcher.find(text)]
    if found is None:  # every word that names an entry, in the singular and the plural
        found = [word for word in re.findall(r"\w+", text) if word not in ("un", "des", "ein", "zwei", "eine")]
    assert words == found


def test_plural_forms_add_an_ending_or_replace_one():
    assert plural_forms("party") == {"party", "partys", "partyes", "parties"}
    assert plural_forms("journal", ("s", "al>aux")) == {"journal", "journals", "journaux"}
    assert plural_forms("bateau", ("al>aux",)) == {"bateau"}  # the ending is not there


def test_offsets_map_back_through_decomposed_characters():
    text = "x qiáowù y"
    ((start, end, _slug),) = MATCHER.find(text)
    assert text[start:end] == "qiáowù"


@pytest.mark.parametrize(
    "text",
    [
        "Straße and qiáowù",  # ß folds to two letters, before the term
        "Strasse and qiao\u0301wu\u0300",  # combining accents fold to nothing, inside the term
        "ﬁne “qiáowù”",  # a ligature, and quotation marks
    ],
)
def test_offsets_map_back_when_folding_changes_the_length(text):
    ((start, end, _slug),) = MATCHER.find(text)
    assert fold(text[start:end]) == "qiaowu"
    assert text[end:].strip("”") == "" or text[end] in " ”"


def test_cost_does_not_depend_on_the_number_of_entries():
    # One automaton reads the text: what Python then steps through (the terms found) stays
    # the same with 5,000 more entries, even entries that share their first words with the
    # text's terms.
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
    assert [slug for *_span, slug in small.find(text)] == [slug for *_span, slug in large.find(text)]
    assert small.steps == large.steps
    assert len(large) > 5000


def test_fold():
    assert fold("Jǐ'ěrxī sītǎn Čapek ÉCOLE") == "ji'erxi sitan capek ecole"


# --- The same matches as a plain reading of the rules ------------------------------------

_TOKEN = re.compile(r"[^\W_]+")


def between(folded: str, run: list[re.Match]) -> tuple[str, ...]:
    """What stands between the words of ``run``: a run of joiners as one space, an apostrophe as '."""
    gaps = (folded[a.end() : b.start()].replace("\u2019", "'").replace("\u2018", "'") for a, b in pairwise(run))
    return tuple(_JOINER.sub(" ", gap) for gap in gaps)


def reference_find(terms: list[tuple[str, str]], text: str) -> list[tuple[int, int, str]]:
    """The matcher's rules read plainly: every word of the text, each term tried whole, longest first;
    a term's words in the text have between them what its name has, joiners and apostrophes taken alike."""
    names: dict[tuple[tuple[str, ...], tuple[str, ...]], str] = {}
    keys = []
    for name, slug in terms:
        run = list(_TOKEN.finditer(fold(name)))
        if run:
            keys.append(((*(token.group() for token in run),), between(fold(name), run), slug))
    for term_words, gaps, slug in keys:  # the names first: a name wins over another name's plural
        names.setdefault((term_words, gaps), slug)
    for term_words, gaps, slug in keys:
        for last in plural_forms(term_words[-1]):
            names.setdefault(((*term_words[:-1], last), gaps), slug)
    folded, offsets = fold_with_offsets(text)
    tokens = list(_TOKEN.finditer(folded))
    longest = max((len(key) for key, _gaps in names), default=0)
    found, position = [], 0
    while position < len(tokens):
        match = None
        for length in range(min(longest, len(tokens) - position), 0, -1):
            run = tokens[position : position + length]
            slug = names.get((tuple(token.group() for token in run), between(folded, run)))
            if slug is not None:
                end = run[-1].end()
                match = (offsets[run[0].start()], offsets[end] if end < len(folded) else len(text), slug)
                position += length
                break
        if match is None:
            position += 1
        else:
            found.append(match)
    return found


# "дом" keeps its letters when folded: text that is not ASCII once folded takes other paths.
_VOCABULARY = ["ab", "abs", "b", "by", "bies", "ça", "e\u0301t", "straße", "x1", "дом"]
_SEPARATORS = [" ", "  ", "-", " - ", "\u2011", "\u00a0", "\n", ". ", ", ", "_", "’", "\u0301 "]


@st.composite
def terms_and_text(draw: st.DrawFn) -> tuple[list[tuple[str, str]], str]:
    """Terms of one to three words, and a text that names them (in other cases, with plurals,
    joined otherwise) among other words, between separators the rules treat differently."""
    # Names of words one space apart, and some with punctuation between them ("U.S.", "d'Ivoire").
    name = st.lists(st.sampled_from(_VOCABULARY), min_size=1, max_size=3).map(" ".join) | st.lists(
        st.sampled_from(_VOCABULARY), min_size=2, max_size=3
    ).flatmap(lambda parts: st.sampled_from([".", "'", "/", ". "]).map(lambda gap: gap.join(parts)))
    terms = draw(st.lists(st.tuples(name, st.sampled_from(["one", "two", "three"])), min_size=1, max_size=6))
    names = [text for text, _slug in terms]
    named = st.tuples(
        st.sampled_from(names), st.sampled_from(_SEPARATORS), st.sampled_from(["", "s", "es", "upper", "curly"])
    )
    pieces = []
    for term_name, joiner, change in draw(
        st.lists(named | st.tuples(st.sampled_from(["zz", "AB", "Straße"]), st.just(" "), st.just("")), max_size=10)
    ):
        piece = term_name.replace(" ", joiner)
        changed = {"curly": piece.replace("'", "\u2019"), "upper": piece.upper()}
        piece = changed.get(change, piece + change)
        pieces.append(piece + draw(st.sampled_from(_SEPARATORS)))
    return terms, "".join(pieces)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(
    st.one_of(
        terms_and_text(),
        st.tuples(
            st.just([("ab b", "one"), ("b", "two")]),
            st.text(alphabet="abyçsteEST\u0301ß1 -\n.,_’\u00a0\u2011", max_size=60),
        ),
    )
)
def test_matches_follow_the_rules_read_plainly(terms_text):
    terms, text = terms_text
    matcher = TermMatcher(terms)
    assert matcher.find(text) == reference_find(terms, text)


_LONG_TEXT_CHARS = st.one_of(
    st.sampled_from("Aa Bz?.,-\n1"),  # ASCII, the question mark the fast path stands in for others with
    st.characters(min_codepoint=0x80, max_codepoint=0x2FFF),
    st.sampled_from("\u2019\u201c\u201d\u00a0\u2011\u0301ßÆﬁİ"),  # quotes, joiners, uneven folds
)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 200), _LONG_TEXT_CHARS), max_size=12), st.text(max_size=30))
def test_a_long_text_is_folded_and_spaced_as_translating_each_character_would(scattered, tail):
    # Long text mostly in ASCII: only the other characters are looked up one by one (`_translated`).
    text = "Belt and Road, Kazakhstan's 2019 elections? " * 4 + tail
    for at, char in scattered:
        text = text[:at] + char + text[at:]
    folded, offsets = fold_with_offsets(text)
    assert folded == text.translate(_FOLD_TABLE)
    assert list(offsets) == [index for index, char in enumerate(text) for _ in _FOLD_TABLE[ord(char)]]
    assert spaced(folded) == folded.translate(_SPACED_TABLE)


def test_a_long_text_in_ascii_but_for_a_few_characters_looks_up_only_those() -> None:
    # str.translate looked up every character of a text with one curly quote: 1 ms a page.
    looked_up = []

    class Table(dict):
        def __missing__(self, code: int) -> str:
            looked_up.append(chr(code))
            return chr(code).upper()

    text = "China\u2019s \u201cBelt and Road\u201d in Central Asia, a policy? " * 3
    assert _translated(text, bytes(range(256)).upper(), Table()) == text.upper()
    assert sorted(set(looked_up)) == ["\u2019", "\u201c", "\u201d"]
    # Text in another script is translated as before, a character at a time.
    assert _translated("Казахстан " * 10, bytes(range(256)).upper(), Table()) == "КАЗАХСТАН " * 10


def test_a_name_of_up_to_256_forms_takes_the_plural_on_any_of_its_words():
    # Eight words of two forms each: 256 names, each found; a ninth word would give 512,
    # and only the last word's plural is made.
    every = EveryWordPlurals(("s",))
    eight = "bassin versant du fleuve et lac de montagne"
    matcher = TermMatcher([(eight, "eight")], every)
    text = "Les bassins versants du fleuve et lac de montagne."
    assert [(text[start:end], slug) for start, end, slug in matcher.find(text)] == [(text[4:-1], "eight")]
    nine = f"{eight} haute"
    assert plural_names(nine, every) == [nine, f"{nine}s"]
