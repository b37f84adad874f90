"""Spaces that no line of the PDF breaks at ("ties", as TeX calls them).

Print keeps together what reads as one: an initial and the name after it ("J. Smith",
not "see J." at a line's end and "Smith" below); an abbreviation and its number ("p. 59",
"vol. 12"); a number and the word it counts or measures ("2,000 employees", "34 other
countries"); a label and its number ("section 2.2,", "note 27."). A number is tied to one
side only, so no tie makes a run of three words that no line can break: "more than / 2,000
employees" may break before the number, as Chicago and Bringhurst let an ordinary word go.

Which side, where the passage's language (its nearest ``lang``, else the article's) has
lists of the words that hold their number (`number_labels`: "article", "p.", "n°"): such
a word holds the number after it, even where more words follow ("article 11 of the law");
a word that ends on a full stop and is not listed ends a sentence ("in Baku. 12 people"),
and no tie crosses it. Without lists, by the words' form: a word of at most
`ABBREVIATION_LETTERS` letters that ends on a full stop is an abbreviation ("p.", "vol.",
"para.", "S."), and holds the number after it; a longer one ends a sentence ("in Almaty.
12 people"). A label followed by more words ("section 2 cites") is then not told from an
ordinary word, nor a short word that ends a sentence ("in Baku. 12 people") from an
abbreviation. Either way, a number followed by a word in lower case (in German, whose
nouns have a capital, any word: "2.000 Beschäftigte") is otherwise tied to that word;
otherwise (a punctuation mark, a capital or the text's end follows) the number closes a
label's phrase and is tied to the word before it. A year is left free ("in / 2013"), as
are code, addresses and titles. The spaces are made no-break spaces, in the PDF's HTML
alone: the site's text is not changed.

A number written in groups of three digits parted by spaces ("2 000", "10 000", as French
and SI write them, with a space, a thin or a narrow no-break space) is one number, tied as
one, and no line breaks between its groups: a word joiner follows each space a line could
break at, so that the number copies from the PDF as it is written.

A label the lists hold to its number is not hyphenated either ("arti-" / "cle 11 of"): the
tie leaves the line no break between the two words, and WeasyPrint found one inside the
label instead. The label is set as a word the editors keep whole (`hyphenation.kept_whole`),
so the line breaks before it; a label too short to hyphenate is left as it is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .hyphenation import KEPT_WHOLE, WORD_JOINER, kept_whole, left_as_written
from .number_labels import PassageLabels
from .pdf_proper_names import SHORTEST_HYPHENATED

if TYPE_CHECKING:  # imported by `pdf_document`, which a PDF alone needs
    from bs4 import BeautifulSoup, NavigableString, Tag

    from .number_labels import NumberLabels

NO_BREAK_SPACE = "\u00a0"
# A number's digit groups parted by a space ("2 000") are kept on one line by a
# `WORD_JOINER` after the space, so that the number copies as written: a no-break space
# there instead would copy as one.
#: The spaces a number's digit groups may be parted by, as French and SI write them: a space,
#: a thin space, and the no-break and narrow no-break spaces, at which no line breaks already.
_GROUP_SPACES = " \u2009\u00a0\u202f"
#: The spaces of those a line may break at: each is followed by a `WORD_JOINER`.
_BREAKING_GROUP_SPACES = " \u2009"
#: A number written in groups of three digits parted by spaces ("2 000", "10\u2009000", "1 000 000,5").
_GROUPED = rf"\d{{1,3}}(?:[{_GROUP_SPACES}]{WORD_JOINER}?\d{{3}})+(?:[.,]\d+)?(?!\d)"
#: A number as the text writes it: "34", "2,000", "2.1", "2 000".
_NUMBER = rf"(?:{_GROUPED}|\d+(?:[.,]\d+)*)"
#: A number in groups parted by spaces, not part of a longer number ("2013 250" is two).
_GROUPED_NUMBER = re.compile(rf"(?<![\w.,]){_GROUPED}")
#: A space a line may break at between two groups of a number, not yet followed by a joiner.
_GROUP_BREAK = re.compile(rf"[{_BREAKING_GROUP_SPACES}](?!{WORD_JOINER})")
#: An initial (a capital and its full stop, not ending a word), a space, and a capital.
_INITIAL = re.compile(r"(?<![^\W\d_])([^\W\d_]\.) (?=[^\W\d_])")
#: A number (not part of a longer one), with the word before it and the space between
#: (an abbreviation: "p.", "e.g.", "n°", Spanish "n.º", or a sign: "§", "№"), and the space
#: and the word after it, each if there is one. The space before may be a tie already: the
#: text after an element is tied again with it.
_NUMBER_IN_WORDS = re.compile(
    rf"(?:(?<![\w.])((?:[^\W\d_]+\.){{2,}}|[^\W\d_]\.[ºª]|[^\W\d_]+[.°]?|[§№]{{1,2}})([ {NO_BREAK_SPACE}]))?"
    rf"(?<![\w.,])({_NUMBER})(?![.,]?\d)(?:( )(?=([^\W\d_])))?"
)
#: Titles, never broken but by their length: a bookmark reads as the title is written.
_NOT_TIED = ("h1", "h2", "h3", "h4", "h5", "h6")
#: The elements whose text runs as one: no tie across their edges.
_BLOCKS = ("p", "li", "dd", "dt", "td", "th", "div", "section", "blockquote", "figcaption", "nav", "body")
#: The most letters of an abbreviation that holds its number ("para. 4"); a longer word
#: before a full stop ends a sentence.
ABBREVIATION_LETTERS = 4
#: A sign that holds the number after it in every language: "§ 5", "№ 3".
_SIGN = re.compile(r"[§№]{1,2}")
#: A year, which is not tied: "in 2013".
_YEAR = re.compile(r"1\d{3}|20\d{2}")
#: A word long enough to be hyphenated, tied to the number after it ("article\u00a011").
_WORD_TIED_TO_A_NUMBER = re.compile(rf"(?<![\w.])[^\W\d_]{{{SHORTEST_HYPHENATED},}}(?={NO_BREAK_SPACE}\d)")


def _initial(match: re.Match[str]) -> str:
    initial, after = match[1], match.string[match.end()]
    tied = initial[0].isupper() and after.isupper()
    return initial + (NO_BREAK_SPACE if tied else " ")


def _number_tied_to_one_side(match: re.Match[str], labels: NumberLabels | None) -> str:
    before, space_before, number, space_after, after = match.groups()
    if _YEAR.fullmatch(number) or space_before == NO_BREAK_SPACE:
        return match[0]  # a year, or a number tied already (the text after an element, tied again)
    counted = after is not None and (after.islower() or (labels is not None and labels.nouns_capitalised))
    if before is not None and (_SIGN.fullmatch(before) or (labels is not None and labels.holds(before))):
        return before + NO_BREAK_SPACE + number + (space_after or "")  # "p. 59", "article 11 of", "§ 5 of"
    if before is not None and _ends_a_sentence(before, labels):
        # A sentence's last word: the number opens the next sentence, with the word it counts.
        return before + space_before + number + (NO_BREAK_SPACE if counted else (space_after or ""))
    if before is not None and (before.endswith(".") or not counted):
        return before + NO_BREAK_SPACE + number + (space_after or "")  # "p. 59", "section 2.2,"
    if counted:
        return (before or "") + (space_before or "") + number + NO_BREAK_SPACE  # "2,000 employees"
    return match[0]


def _ends_a_sentence(word: str, labels: NumberLabels | None) -> bool:
    """Whether ``word``, before a number, ends a sentence: any word on a full stop that the
    language's lists do not hold, or else one longer than an abbreviation is."""
    if labels is not None:
        return word.endswith(".")
    return word.endswith(".") and len(word) > ABBREVIATION_LETTERS + 1


def _groups_joined(match: re.Match[str]) -> str:
    return _GROUP_BREAK.sub(lambda space: space[0] + WORD_JOINER, match[0])


def tied(text: str, labels: NumberLabels | None = None) -> str:
    """``text`` with its ties made no-break spaces, and the digit groups of a number parted
    by spaces ("2 000") kept on one line; ``labels``: the words of the article's language
    that hold their number, if it has lists (`number_labels`)."""
    text = _INITIAL.sub(_initial, text)
    text = _NUMBER_IN_WORDS.sub(lambda match: _number_tied_to_one_side(match, labels), text)
    return _GROUPED_NUMBER.sub(_groups_joined, text)


def _place(text: NavigableString) -> tuple[bool, Tag | None, str | None]:
    """Whether ``text`` is tied (not a title's, nor a call's number), the element its text
    runs on with (its block, or its footnote), and its language: its nearest ``lang``, if
    any. One walk up the tree (`find_parent`, a search each, took a third of a second for
    the article's 9,000 texts)."""
    run = language = None
    for parent in text.parents:
        classes = parent.get("class", ())
        if parent.name in _NOT_TIED or "note-anchor" in classes:
            return False, None, None
        if run is None and (parent.name in _BLOCKS or "footnote" in classes):
            run = parent
        if language is None:
            language = parent.get("lang")
            if language is None and "footnote" in classes:
                # A note is set at its call, maybe in a passage in another language: its
                # words are the article's, and its notes' words ("no. 3") the style's.
                language = ""
    return True, run, language


def tie_numbers_and_initials(soup: BeautifulSoup, labels: NumberLabels | None = None) -> None:
    """Make the ties of ``soup``'s text (not code, addresses or titles) no-break spaces,
    within a text and just after an element ("<a>section 1.2</a> describes"); ``labels``:
    the words of the article's language that hold their number (`number_labels`). A
    passage in another language (``lang``) reads that language's lists."""
    from bs4 import NavigableString, Tag

    passages = PassageLabels(labels)
    previous: tuple[str, Tag | None] | None = None  # the text before, and its run
    for text in list(soup.find_all(string=True)):
        if type(text) is not NavigableString:
            continue  # a comment
        tied_here, run, language = _place(text)
        if not tied_here or left_as_written(text):
            previous = None  # a title (its bookmark reads as written), a call's number, code, an address
            continue
        here = passages.of(language)
        # A space just after an element's end ("<a>section 1.2</a> describes") may be a tie;
        # not one before an element's start, where WeasyPrint (70) then looks for a break in
        # the text before and may break the line at its first word (`pdf_document`).
        after_an_element = text[:1] == " " and isinstance(text.previous_sibling, Tag)
        if previous is not None and after_an_element and previous[1] is run:
            new = tied(previous[0] + text, here)[len(previous[0]) :]  # a tie keeps every character's place
        elif " " in text or "\u2009" in text:
            new = tied(text, here)
        else:
            new = text
        if new != text:
            replacement = NavigableString(new)
            text.replace_with(replacement)
            text = replacement
            if here is not None:
                _labels_kept_whole(soup, text, here)
        previous = new, run


def _labels_kept_whole(soup: BeautifulSoup, text: NavigableString, labels: NumberLabels) -> None:
    """Set each label of ``text`` that holds its number ("article\u00a011") as a word kept
    whole: a line breaks before it, not inside it."""
    held = [match for match in _WORD_TIED_TO_A_NUMBER.finditer(text) if labels.holds(match[0])]
    if not held or KEPT_WHOLE in text.parent.get("class", ()):
        return
    pieces, cursor = [], 0
    for match in held:
        pieces += [text[cursor : match.start()], kept_whole(soup, match[0])]
        cursor = match.end()
    pieces.append(text[cursor:])
    text.replace_with(*(piece for piece in pieces if piece))
