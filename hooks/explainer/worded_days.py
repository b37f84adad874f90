"""Where a text writes a day and its month in words, in the languages its site's text is in:
``11 October``, ``January 29``, ``11 octobre``, ``1er mai``, ``11. Oktober``, ``11 de
octubre``, ``11 октября``, ``október 11``.

A line that ends on "11" and starts the next with "October 2020" reads as two things, so
the notes, the bibliography and the editors' prose keep the two together (`richtext`). A
language's month names (wide and abbreviated, as a date writes them and standing alone,
so Russian's genitive ``октября`` and its ``октябрь``) and the orders it writes a day and
its month in (``d MMMM``, ``d. MMMM``, ``d 'de' MMMM``, ``MMMM d``) are CLDR's, read
through Babel (Material's own dependency), which English, known here, never loads. A
number counts as a day only if it may be one (1 to 31), beside a month in one of its
language's orders: ``3 set`` is an Italian date only where Italian is read.

Chinese and Japanese write a date in numbers, each with its unit (``10月11日``,
``2020年10月11日``: CLDR's ``M月d日`` and ``y年M月d日``), and a browser breaks their lines
between any two characters, so inside such a date too ("2020年10月" at a line's end, "11日"
at the next line's start): those shapes are read from CLDR as well, the year with them.
Korean writes them with spaces (``2020년 10월 11일``: CLDR's ``y년 MMMM d일``, whose
months are named ``10월``), and a browser breaks a Korean line between any two syllables
too, a number from its unit ("11" at a line's end, "일" at the next line's start). Their
digits may be full-width (``２０２０年１０月１１日``, as Japanese text often writes them),
which a line breaks between as between ideographs.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable

from .dates import FIRST_OF_THE_MONTH, MONTH_NAMES
from .languages import language_tag

#: A day of a month as a number: 1 to 31, written with a leading zero or not.
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
#: English's months shortened, as CLDR (en, en-GB) and, with a stop, Chicago write them.
_ENGLISH_SHORT = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
#: English, the house style's language, in both orders: ``11 October 2020``, ``Oct. 11, 2020``.
ENGLISH_MONTHS = (*MONTH_NAMES, *_ENGLISH_SHORT, *(f"{name}." for name in _ENGLISH_SHORT))
#: The date formats (CLDR skeletons and lengths) read for the orders a language writes a
#: day and its month in: a day and month alone, and a whole date, long and short.
_SKELETONS = ("MMMMd", "MMMd")
_LENGTHS = ("full", "long", "medium")


def _alternatives(words: Iterable[str]) -> str:
    """``words`` as a regex alternation, branched letter by letter as a trie (``J(?:an(?:uary|…)|u…)``):
    the regex engine tries one branch per first letter at each position of a text, not
    one per word (English's 36 forms in a flat list: 24 ms for the site's texts that hold
    a digit, 20 so), and a longer word before its start (``Sept`` before ``Sep``)."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}  # a word ends here
    return _branches(trie)


def _branches(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(letter) + _branches(child) for letter, child in sorted(node.items()) if letter]
    if not branches:
        return ""
    group = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{group})?" if ends else group


#: (day first, what stands between, the day's own forms) -> month names in that shape.
Shapes = dict[tuple[bool, str, tuple[str, ...]], set[str]]
#: Each number of a date written in numbers with units (``y年M月d日``), as a pattern: in
#: ASCII digits or their full-width twins (``１０月１１日``, CLDR's ``fullwide`` digits).
_MONTH_NUMBER = "(?:[1１][0-2０-２]|[0０]?[1-9１-９])"
_NUMBERS = {
    "y": r"\d{1,4}",
    "M": _MONTH_NUMBER,
    "L": _MONTH_NUMBER,
    "d": "(?:[0０]?[1-9１-９]|[12１２][0-9０-９]|[3３][01０１])",
}
#: What may stand between two numbers with units: the space CLDR writes (Korean
#: ``10월 11일``), a no-break one, or none (``10월11일``).
_UNIT_SPACE = "[ \u00a0]?"


def _english_shapes(shapes: Shapes) -> None:
    for day_first in (True, False):
        shapes[(day_first, " ", ())].update(ENGLISH_MONTHS)


def _numbered_shape(tokens: list[tuple[str, tuple[str, int] | str]], month_unit: str | None) -> str | None:
    """The pattern of a date written in numbers, each followed by its unit (``y年M月d日``,
    ``M月d日``, Korean ``y년 MMMM d일`` whose months are named with ``month_unit``: ``10월``),
    if ``tokens`` (a CLDR pattern's) hold one with a day after its month; None for numbers
    set apart by marks (``d.M.``, ``y/M/d``), which no browser breaks a line in."""
    pieces: list[str] = []
    fields = ""
    for (kind, value), (next_kind, next_value) in itertools.pairwise([*tokens, ("chars", "")]):
        if kind != "field":
            continue
        field, width = value
        chars = next_value if next_kind == "chars" else ""
        if field in "ML" and width > 2 and month_unit:  # a month's name that is its number and unit
            unit, after = month_unit, chars
        else:
            found = re.match(r"([^\W\d_]+)(.*)", chars, re.DOTALL)
            if field not in _NUMBERS or (field != "y" and width > 2) or found is None:
                pieces, fields = [], ""  # not a number with its unit: such a date starts after it
                continue
            unit, after = found.groups()
        pieces.append(_NUMBERS[field] + re.escape(unit))
        fields += field.replace("L", "M")
        if fields.endswith("Md"):
            return "".join(pieces)
        if after and not after.isspace():
            pieces, fields = [], ""  # the next number is set apart by more than a space
        elif after:
            pieces.append(_UNIT_SPACE)
    return None


def _month_unit(months: Iterable[tuple[int, str]]) -> str | None:
    """The unit each month's name writes after its number (Korean ``10월``: ``월``), if every
    one of ``months`` (number, name) is so written; None for months named in words."""
    units = {found[1] if (found := re.fullmatch(rf"{number}([^\W\d_]+)", name)) else None for number, name in months}
    return units.pop() if len(units) == 1 else None


def _language_shapes(tag: str, shapes: Shapes, numbered: set[str]) -> None:
    """Adds the shapes ``tag``'s language writes a day and its month in (``numbered``: in
    numbers with units, `_numbered_shape`); none for a language CLDR lacks."""
    from babel import Locale, UnknownLocaleError  # only for a language other than English
    from babel.dates import tokenize_pattern

    try:
        locale = Locale.parse(tag, sep="-")
    except (UnknownLocaleError, ValueError):
        return
    months = {
        name
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for name in locale.months[context][width].values()
    }
    # A month that starts a sentence or a title in capitals (``Octobre 2020``).
    months |= {name[:1].upper() + name[1:] for name in months}
    days = tuple(filter(None, [FIRST_OF_THE_MONTH.get(locale.language)]))
    month_unit = _month_unit(
        month for width in ("wide", "abbreviated") for month in locale.months["format"][width].items()
    )
    patterns = [locale.datetime_skeletons[skeleton] for skeleton in _SKELETONS if skeleton in locale.datetime_skeletons]
    patterns += [locale.date_formats[length] for length in _LENGTHS]
    for pattern in patterns:
        tokens = tokenize_pattern(getattr(pattern, "pattern", str(pattern)))
        if shape := _numbered_shape(tokens, month_unit):
            numbered.add(shape)
        if month_unit:
            continue  # its months are numbers: its dates are numbered ones, whole (``10월 11일``)
        fields = [index for index, (kind, _) in enumerate(tokens) if kind == "field"]
        for first, second in itertools.pairwise(fields):
            (one, one_width), (other, other_width) = tokens[first][1], tokens[second][1]
            worded = {one: one_width, other: other_width}
            if set(worded) not in ({"d", "M"}, {"d", "L"}) or max(worded.values()) < 3:
                continue  # not a day beside a month in words (``d.M.``)
            between = "".join(chars for _, chars in tokens[first + 1 : second])
            # Written with a space, whatever space CLDR gives (a no-break one never breaks).
            between = re.sub(r"\s", " ", between)
            shapes[(one == "d", between, days)].update(months)


@functools.cache
def _shapes(tags: frozenset[str]) -> tuple[Shapes, frozenset[str]]:
    """English's shapes, with ``tags``' languages' (none English), and those in numbers."""
    shapes: Shapes = defaultdict(set)
    numbered: set[str] = set()
    _english_shapes(shapes)
    for tag in sorted(tags):
        _language_shapes(tag, shapes, numbered)
    return shapes, frozenset(numbered)


@functools.cache
def _pattern(tags: frozenset[str]) -> re.Pattern[str]:
    """English's pattern, with the shapes of ``tags``' languages (none English)."""
    shapes, numbered = _shapes(tags)
    pieces = []
    for (day_first, between, days), months in sorted(shapes.items(), key=lambda shape: (not shape[0][0], shape[0][1:])):
        day = f"(?:{_alternatives(days)}|{DAY}(?!\\d))" if days else f"{DAY}(?!\\d)"
        month = f"(?:{_alternatives(months)})"
        joined = re.escape(between).replace("\\ ", " ")
        pieces.append(f"{day}{joined}{month}(?!\\w)" if day_first else f"{month}{joined}{day}")
    # First a character a date may start with: one set tested at each position of a text,
    # before the branches (the site's 859 texts that hold a digit: 6.4 ms for English's 36
    # forms, 20 without it, 16 for its 12 names alone before); then not within a number or
    # a word (``3.11 October``, ``Gold 5``).
    starts = "".join(sorted({month[0] for months in shapes.values() for month in months}))
    worded = rf"(?<![\w.,])(?:{'|'.join(pieces)})"
    if numbered:  # within ideographs, which are letters to ``\w``: not within a number only
        # The longest first: ``2020年10月11日`` whole, not from its month on.
        worded += rf"|(?<![\d.,])(?:{'|'.join(sorted(numbered, key=len, reverse=True))})"
    return re.compile(rf"(?=[\d{re.escape(starts)}])(?:{worded})")


@functools.cache  # asked for by every text that holds a digit: a lookup, not a compilation
def day_and_month_pattern(languages: tuple[str, ...] = ()) -> re.Pattern[str]:
    """The pattern of a day and its month as English and each of ``languages`` (BCP 47
    tags or biblatex's names: ``fr``, ``russian``) write them; compiled once per set of
    languages, whatever their order or repetitions."""
    return _pattern(_tags(languages))


@functools.cache  # asked for by every text that holds a digit and no space
def dates_hold_a_space(languages: tuple[str, ...] = ()) -> bool:
    """Whether each day and its month as English and ``languages`` write them holds a
    space (``11 October``), so that a text without one holds none: a test of 30 ns that
    spares most texts a search of microseconds. Not so with Chinese's ``10月11日``, or
    Kyrgyz ``11-октябрь``."""
    shapes, numbered = _shapes(_tags(languages))
    return not numbered and all(" " in between for _, between, _ in shapes)


def _tags(languages: tuple[str, ...]) -> frozenset[str]:
    """``languages``' BCP 47 tags, but English's."""
    return frozenset(tag for tag in map(language_tag, languages) if tag and tag.split("-")[0].casefold() != "en")
