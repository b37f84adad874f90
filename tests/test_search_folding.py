"""The search index gets the folded form of each accented word, as a reader types it."""

from __future__ import annotations

import re

import pytest

from explainer.search_index import add_folded_words, folded_words
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
