"""A tiny rich-text model for generated references: plain, italic and linked runs.

The formatter builds references as runs, not HTML strings, so that the same reference
renders as escaped HTML for the site, as plain text for hover titles and search, and
so that punctuation can be placed by rule (a comma goes inside a closing quote).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from html import escape
from typing import NamedTuple

from .deferred_patterns import DeferredPattern
from .hyphenation import WORD_JOINER
from .smart_quotes import keep_marks_with_words
from .url_breaks import url_breaks_html
from .worded_days import dates_hold_a_space, day_and_month_pattern

#: Control characters (line breaks and tabs included): a reference is one line of text,
#: and HTML has no place for the others.
_CONTROL = DeferredPattern(r"[\x00-\x1f\x7f]")

#: The closing quotation mark the formatter puts around titles; punctuation goes inside it.
CLOSING_QUOTE = "”"
#: Marks that end a sentence: no full stop is added after them.
TERMINAL_MARKS = ".?!"
#: Between words no line may break between, where plain text has no markup to keep them.
NO_BREAK_SPACE = "\u00a0"


class Run(NamedTuple):
    """A piece of text with one style: ``em`` for italics, ``href`` for a link, ``lang`` for
    its language, ``unbroken`` for words no line may break between (``May 20``), ``name``
    for a name's initials and the word after them (``P. Durand``), which a line breaks on
    the site only where they would not fit on one."""

    # A named tuple, not a dataclass: notes are made of tens of thousands of runs.
    text: str
    em: bool = False
    href: str | None = None
    lang: str | None = None
    unbroken: bool = False
    name: bool = False


#: Where italics start and end in a source's field (``\emph{…}`` in BibTeX): characters of
#: Unicode's private use area, which no text holds.
ITALIC_START, ITALIC_END = "\ue002", "\ue003"
_ITALIC_MARK = DeferredPattern(f"([{ITALIC_START}{ITALIC_END}])")


def unmarked(text: str) -> str:
    """``text`` without the marks of where italics start and end."""
    return text.replace(ITALIC_START, "").replace(ITALIC_END, "") if ITALIC_START in text else text


#: Words set in italics by asterisks, as in Markdown: ``*et al.*``.
_MARKED_ITALIC = DeferredPattern(r"\*([^*\s](?:[^*]*[^*\s])?)\*")


def plain_words(text: str) -> str:
    """The notes' words as an author types them: ``*p.*`` as ``p.``, without the asterisks
    that set them in italics (`RichText.add_words`)."""
    return _MARKED_ITALIC.sub(r"\1", text) if "*" in text else text


class RichText:
    """An editable sequence of runs with typographic punctuation rules."""

    def __init__(self, runs: list[Run] | None = None) -> None:
        self.runs: list[Run] = list(runs or [])

    def add(
        self,
        text: str,
        *,
        em: bool = False,
        href: str | None = None,
        lang: str | None = None,
        unbroken: bool = False,
        name: bool = False,
    ) -> RichText:
        if not text.isprintable():  # cheap test first: control characters are rare
            text = _CONTROL.sub(" ", text)
        if text:
            self.runs.append(Run(text, em=em, href=href, lang=lang, unbroken=unbroken, name=name))
        return self

    def add_words(self, text: str) -> RichText:
        """Add ``text`` that holds the notes' words (`style.StyleWords`), where an editor may
        set a word in italics as Markdown does: ``*Ibid.*``, ``*et al.*``."""
        if "*" not in text:
            return self.add(text)
        done = 0
        for marked in _MARKED_ITALIC.finditer(text):
            self.add(text[done : marked.start()]).add(marked[1], em=True)
            done = marked.end()
        return self.add(text[done:])

    def add_names(self, text: str) -> RichText:
        """Add a list of names with the notes' words (`add_words`: ``J. Smith et al.``, ``trans.
        M. Dubois``), each name's initials and the word after them in a run of their own
        (`Run.name`): "P." at a line's end and "Durand" below read as two names."""
        done = 0
        for found in _INITIALLED.finditer(text):
            if len(found[0]) <= NAME_KEPT_UP_TO:
                self.add_words(text[done : found.start()]).add(found[0], name=True)
                done = found.end()
        return self.add_words(text[done:])

    def add_marked(self, text: str, *, em: bool = False, lang: str | None = None) -> RichText:
        """Add a source's field where italics are marked (`ITALIC_START`): the marked words
        are set in italics, or in roman within a title set in italics (``em``), as a
        book's title within another's is."""
        if ITALIC_START not in text and ITALIC_END not in text:
            return self.add(text, em=em, lang=lang)
        # Marks nest as ``\emph`` does: each level within another turns italics back.
        pieces: list[tuple[str, bool]] = []
        depth = 0
        for piece in _ITALIC_MARK.split(text):
            if piece == ITALIC_START:
                depth += 1
            elif piece == ITALIC_END:
                depth = max(depth - 1, 0)
            elif piece:
                italic = em != (depth % 2 == 1)
                if pieces and pieces[-1][1] == italic:
                    pieces[-1] = (pieces[-1][0] + piece, italic)
                else:
                    pieces.append((piece, italic))
        for piece, italic in pieces:
            self.add(piece, em=italic, lang=lang)
        return self

    def extend(self, other: RichText) -> RichText:
        self.runs.extend(other.runs)
        return self

    @property
    def plain(self) -> str:
        return "".join(run.text for run in self.runs)

    @property
    def plain_unbroken(self) -> str:
        """`plain`, with the spaces of each unbroken run made no-break (``May 20`` on one
        line): for text no markup can keep on a line, a hover card's, drawn from a ``title``."""
        return "".join(run.text.replace(" ", NO_BREAK_SPACE) if run.unbroken else run.text for run in self.runs)

    def __bool__(self) -> bool:
        return any(run.text for run in self.runs)

    def punctuate(self, mark: str) -> RichText:
        """Add ``mark`` (``,``, ``;``, ``.``) the way the house style does.

        The mark goes inside a closing quotation mark (``“Title,”``); a full stop is
        not doubled after a sentence-ending mark (``?”`` stays ``?”``).
        """
        if not self.runs:
            return self
        last = self.runs[-1]
        text = last.text
        quoted = text.endswith(CLOSING_QUOTE) and not last.em and not last.href
        body = text[: -len(CLOSING_QUOTE)] if quoted else text
        quotes = CLOSING_QUOTE if quoted else ""
        if mark == "." and body.endswith(tuple(TERMINAL_MARKS)):
            return self
        if quotes:
            self.runs[-1] = last._replace(text=body + mark + quotes)
        else:
            self.add(mark)
        return self

    def join_after(self, separator: str = ", ") -> RichText:
        """Add a separator such as ``, `` whose punctuation obeys `punctuate`."""
        mark, rest = separator[:1], separator[1:]
        if mark in ",;.:":
            self.punctuate(mark)
            return self.add(rest)
        return self.add(separator)

    def html(self, language: str = "en") -> str:
        """Escaped HTML: ``<em>`` for italics, ``<a>`` for links; dates kept whole as
        ``language`` (the article's) writes them (`runs_html`)."""
        return runs_html(self.runs, language)

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages its runs are marked with (a title's ``langid``), each once."""
        return tuple(dict.fromkeys(run.lang for run in self.runs if run.lang))


#: A name's initials (``J.``, ``J.-P.``, ``R. A.``), each with the space after it, and the
#: word after them (``Durand``, ``O'Brien``, ``de``): not an initial that ends a name
#: (``Smith, J.,``), which no word follows.
_INITIALLED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.(?:-[^\W\d_]\.)* )+[^\W\d_][^\s,;()]*")
#: The longest initials and word kept on one line, in characters: more would not fit a
#: phone's line of notes (320 pixels), where a line that cannot break runs off the screen.
NAME_KEPT_UP_TO = 24


#: The space after a short label before its number (``p. 59``, ``vol. 26``, ``n° 3``,
#: ``§ 4``): a line must not end on the label.
_LABEL_SPACE = re.compile(r"(?<![^\W\d_])((?:[^\W\d_]{1,5}\.)|n°|§§?) (?=[\divxlc]+\b|\d)")


def labels_kept_with_numbers(text: str) -> str:
    """``text`` with a non-breaking space between each short label and its number."""
    return _LABEL_SPACE.sub("\\1\u00a0", text) if " " in text else text


#: A range of numbers (pages, years): a line may break after an en dash, but not in
#: ``156–170``; nor, in a range of pages numbered by chapter (``3-1–3-15``, ``A-1–A-12``),
#: after a hyphen, which would cut a page's number in two.
_NUMBER_RANGE = re.compile(
    r"(?<![\w–-])(?:[A-Za-z]{1,2}\d{0,4}|\d{1,4})-\d+–(?:[A-Za-z]{1,2}\d{0,4}|\d{1,4})-\d+(?![\w–-])"
    r"|(?<![\w–])\d+[a-z]?–\d+[a-z]?(?![\w–])"
)
# The en dash of a range is bound to the number after it by a `WORD_JOINER` in plain text,
# where no markup can (a hover card's text).


def ranges_unbroken_html(html: str) -> str:
    """``html`` with each range of numbers in a span no line breaks (``.explainer-range``)."""
    return _NUMBER_RANGE.sub(r'<span class="explainer-range">\g<0></span>', html) if "–" in html else html


def ranges_unbroken_text(text: str) -> str:
    """Plain ``text`` with each range's en dash (and a chapter's hyphen) joined to the number after it."""
    if "–" not in text:
        return text
    return _NUMBER_RANGE.sub(lambda m: m[0].replace("–", "–" + WORD_JOINER).replace("-", "-" + WORD_JOINER), text)


def holds_digit(text: str) -> bool:
    """Whether ``text`` holds an ASCII digit, as a day is written.

    Most runs and paragraphs hold none, and are passed without trying a day's pattern at
    each of their positions. Ten substring scans at memchr speed, written out: 155 ns for
    86 characters and 240 ns for 1,548, where a generator over the digits took 520 and 580
    and ``frozenset.isdisjoint``, which steps through the text's characters, 540 and 9,150.
    """
    return (
        "0" in text
        or "1" in text
        or "2" in text
        or "3" in text
        or "4" in text
        or "5" in text
        or "6" in text
        or "7" in text
        or "8" in text
        or "9" in text
    )


#: A full-width digit, as Japanese and Chinese text may write a date's (``１０月１１日``).
_WIDE_DIGIT = DeferredPattern("[\uff10-\uff19]")


def may_hold_a_day(text: str, languages: tuple[str, ...] = ()) -> bool:
    """Whether ``text`` may hold a day and its month as English or ``languages`` write
    them: it holds a digit, and a space unless one of them writes a date without
    (`worded_days.dates_hold_a_space`: ``2020年10月11日``, Kyrgyz ``11-октябрь``, Korean
    ``10월11일``). Such a text's digits may be full-width (``１０月１１日``); a text with
    a space is asked for ASCII digits only, so that one in English costs what it did (a
    text with a space whose only digits are full-width is passed by)."""
    if " " in text:
        return holds_digit(text)
    return not dates_hold_a_space(languages) and (holds_digit(text) or _WIDE_DIGIT.search(text) is not None)


def days_unbroken_html(html: str, languages: tuple[str, ...] = ()) -> str:
    """``html`` with each day and its month, as English or ``languages`` write them
    (`worded_days`), in a span no line breaks (``.explainer-unbroken``)."""
    if not may_hold_a_day(html, languages):
        return html
    return day_and_month_pattern(languages).sub(r'<span class="explainer-unbroken">\g<0></span>', html)


def days_and_months(text: str, languages: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """Where ``text`` writes a day and its month (``11 October``, ``January 29``, in
    ``languages`` too: ``11 octobre``): (start, end) pairs."""
    if not may_hold_a_day(text, languages):
        return []
    return [found.span() for found in day_and_month_pattern(languages).finditer(text)]


def days_unbroken_text(text: str, languages: tuple[str, ...] = ()) -> str:
    """Plain ``text`` with each day and its month (English's, or ``languages``') kept on a
    line (`kept_on_a_line`)."""
    if not may_hold_a_day(text, languages):
        return text
    return day_and_month_pattern(languages).sub(lambda found: kept_on_a_line(found[0]), text)


def _breaks_between(before: str, after: str) -> bool:
    """Whether a line may break between two characters of a word: after a hyphen
    (Kyrgyz ``11-октябрь``), and beside an ideograph or any wide character, between which
    Chinese and Japanese lines break (``2020年10月11日``)."""
    return (
        unicodedata.category(before) == "Pd"
        or unicodedata.east_asian_width(before) in "WF"
        or unicodedata.east_asian_width(after) in "WF"
    )


def kept_on_a_line(words: str) -> str:
    """Plain ``words`` that no line may break in, for a hover card's text, where no markup
    can keep them: each space no-break, and a `WORD_JOINER` where a line would break
    without one (`_breaks_between`), which a hyphen's no-break twin (U+2011) would do too,
    but as another character than the text's, to a reader who copies it."""
    joined = [words[:1]]
    for before, after in itertools.pairwise(words):
        if not before.isspace() and not after.isspace() and _breaks_between(before, after):
            joined.append(WORD_JOINER)
        joined.append(after)
    return "".join(joined).replace(" ", NO_BREAK_SPACE)


def runs_html(runs: list[Run], language: str = "en") -> str:
    """Escaped HTML for a sequence of runs: ``<em>`` for italics, ``<a>`` for links; a
    label keeps its number on its line (a non-breaking space between them), and a range
    of numbers, or an unbroken run, stays on one line, as does a day and its month in
    ``language`` (the article's) or the run's own. A space typed in a source's field
    beside a mark, as French sets it (``L'État : une histoire``), never breaks a line."""
    return "".join([run_html(run, language) for run in runs])


#: Runs recur: a source's names and title in each of its notes, the separators in all. At
#: 1x, the notes' 41,900 runs are about 4,250 different ones.
RUNS_REMEMBERED = 8192


@functools.lru_cache(maxsize=RUNS_REMEMBERED)
def run_html(run: Run, language: str = "en") -> str:
    """One run of `runs_html`, made once for each run that recurs (in the same ``language``)."""
    piece = ranges_unbroken_html(labels_kept_with_numbers(escape(keep_marks_with_words(run.text), quote=False)))
    if run.unbroken:  # markup, not a no-break space: the text stays as the style writes it
        piece = f'<span class="explainer-unbroken">{piece}</span>'
    elif run.name:  # the same, for an initial and its name, on the site (the PDF ties them: `pdf_ties`)
        piece = f'<span class="explainer-name">{piece}</span>'
    elif not run.href:  # a date in a title's words ("Election, 11 October 2020"), kept alike
        piece = days_unbroken_html(piece, (language, run.lang) if run.lang else (language,))
    if run.lang:
        piece = f'<span lang="{escape(run.lang)}">{piece}</span>'
    if run.em:
        piece = f"<em>{piece}</em>"
    if run.href:
        # An address shown as its own words breaks after its punctuation (`url_breaks`).
        shown = url_breaks_html(piece) if run.text == run.href else piece
        piece = f'<a class="citation-url" href="{escape(run.href)}">{shown}</a>'
    return piece
