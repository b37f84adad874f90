"""The search index gets the folded form of each accented word, as a reader types it."""

from __future__ import annotations

import re

import pytest

from explainer.search_index import WORD_SEPARATOR, add_folded_words, folded_words, result_blocks
from explainer.term_matcher import fold


def every_word_folded(text: str) -> list[str]:
    """The plain definition: each word of the text, folded, where folding changes it, once each."""
    found: dict[str, None] = {}
    for word in re.findall(r"[^\W_]+", text):
        if fold(word) != word.casefold():
            found.setdefault(fold(word), None)
    return list(found)


@pytest.mark.parametrize(
    "text",
    [
        "Dvořák met Zhuként in Almaty.",
        "Škoda, Öcalan and Ürümqi",  # accented first letters
        "snake_case_Dvořák and Dvořák_2",  # an underscore ends a word
        "Dvor\u030cák written with a combining caron",  # the mark splits the word, as for the index
        "“Qiaowu” — l’État’s “tianxia”; naïve café",  # typographic punctuation is not a letter
        "Straße and STRASSE and ß",  # a letter that folds to two
        "Ürümqi Ürümqi ürümqi",  # once each
        "",
        "ASCII only, with no accent at all.",
    ],
)
def test_every_accented_word_is_folded_once(text: str) -> None:
    assert folded_words(text) == every_word_folded(text)


def test_an_entry_with_accents_gets_its_folded_words_and_keeps_its_title() -> None:
    entries = [
        {"location": "a/", "title": "Ürümqi", "text": "Talks in Dvořák’s hall."},
        {"location": "b/", "title": "Plain", "text": "Nothing to fold."},
    ]
    add_folded_words(entries)
    assert entries[0] == {
        "location": "a/",
        "title": "Ürümqi",
        "text": "Talks in Dvořák’s hall.<span hidden> dvorak</span><span hidden> urumqi</span>",
    }
    assert entries[1]["text"] == "Nothing to fold."


def test_folded_words_go_hidden_into_the_paragraph_that_writes_them() -> None:
    # A result shows the paragraphs where the search found the words: the folded form
    # must be in the paragraph of the word it stands for, not in a line of its own.
    entries = [{"location": "a/", "title": "Plain", "text": "<p>Known as qiáowù.</p> <ul><li>In Ürümqi</li></ul>"}]
    add_folded_words(entries)
    assert entries[0]["text"] == (
        "<p>Known as qiáowù.<span hidden> qiaowu</span></p> <ul><li>In Ürümqi</li><span hidden> urumqi</span></ul>"
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Material's search splits an entry's text with the separator and finds a word by its
        # start: each word must come out without the punctuation against it.
        ("(khuligany) [sic] {x}", ["khuligany", "sic", "x"]),
        ("“socialist democracy” „Belt“ «Tianxia» ‘all under Heaven’", [
            "socialist", "democracy", "Belt", "Tianxia", "all", "under", "Heaven"
        ]),
        ("the party’s line, the party's line; the party‘s line", ["the", "party", "line"] * 3),
        ("l’État, l'État", ["l", "État"] * 2),
        ("Rivers/Dams: 2010–2011—then what? Stop! And… on", [
            "Rivers", "Dams", "2010", "2011", "then", "what", "Stop", "And", "on"
        ]),
        ("I.B. Tauris, caa-network.org, 4.5.", ["I.B", "Tauris", "caa", "network.org", "4.5"]),
    ],
)  # fmt: skip
def test_the_search_separates_words_from_the_punctuation_against_them(text, words):
    assert [word for word in re.split(WORD_SEPARATOR, text) if word] == words


def test_a_self_closing_tag_opens_no_block_in_a_search_result():
    # Material's search counts <br/> as no element opened: the paragraph still ends at </p>.
    text = "<p>First line<br/>known as qiáowù.</p><p>In Ürümqi</p>"
    assert result_blocks(text) == [(0, text.index("</p>")), (text.index("</p>") + 4, text.rindex("</p>"))]
