"""The house citation style: full note, short note, Ibid., and bibliography entry.

One formatter, driven by entry type. A *template* lists, for each type, the parts of
a full reference in order; each part reads fields of the entry and returns rich text
or nothing. Parts are joined with commas; a page locator goes before the URL.

The rules were read off the journal's printed notes::

    J. Dvořák, *Rivers and Borders*, Praha, Příklad, 2001.
    S. Müller, “Dams, Deals and Diplomacy,” *Journal of Hydrology*, vol. 12, no. 3, March 2010, pp. 45–67.
    Dvořák, *Rivers and Borders*, p. 7.
    Ibid., p. 10.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from .bibtex import FACTS_NOT_PRINTED, FIELD_ALIASES, Bibliography, Date, Entry, Person, SourceLocation, fold
from .bibtex_field_slips import (
    TEXT_FIELDS,
    braced_person_problem,
    capitals_problem,
    end_mark_problem,
    note_problem,
    place_in_publisher_problem,
)
from .citation_syntax import page_parts
from .conference_fields import unprinted_meeting
from .dates import DateFormatError, PartialDate, month_then_day, parse_partial_date, reader_date, written_as_date
from .deferred_patterns import DeferredPattern
from .final_full_stop import word_and_stop
from .inner_quotes import with_inner_quotes
from .languages import language_tag, same_language
from .name_capitals import (
    ambiguous_capitals,
    as_initials,
    as_name,
    family_in_capitals,
    in_upper_and_lower,
    number_or_family,
    regnal_number,
    whole_name_in_capitals,
)
from .ordinals import ordinal_suffix
from .richtext import ITALIC_END, ITALIC_START, RichText, Run, days_and_months, plain_words, unmarked
from .scripts import has_cjk
from .vancouver_names import ambiguous_rewrite, initials_not_family_name
from .worded_days import dates_hold_a_space


@dataclass(frozen=True)
class StyleWords:
    """The words the style sets around an entry's fields, and the language of its dates.

    English by default, as the journal prints them; an article in another language sets
    its own (``extra.explainer.note_words``). A phrase keeps its placeholder.
    """

    ibid: str = "Ibid."
    #: ``ibid`` after words of its own sentence (a prefix's, a prose note's): French sets
    #: ``voir ibid.``; empty, ``ibid`` as it is (the journal's ``see Ibid.``).
    ibid_in_sentence: str = ""
    #: Before a single page of an entry's ``pages``, and before a range or list of them.
    page: str = "p."
    pages: str = "pp."
    #: Before an article's number in its journal or proceedings (``articleno``, ``eid``).
    article_number: str = "article"
    volume: str = "vol."
    number: str = "no."
    #: After the editors' names: one editor, several.
    editor: str = "(ed.)"
    editors: str = "(eds.)"
    #: After the names of a list that ends ``and others``.
    et_al: str = "et al."
    #: Before the book a chapter belongs to.
    in_book: str = "in"
    #: Before the translators' names, after the title (Chicago's ``trans.``).
    translated_by: str = "trans."
    #: A numbered edition: ``{number}`` is its number, ``{suffix}`` its ordinal's ending in
    #: the article's language (English ``nd``, French ``re``: `ordinals`).
    edition: str = "{number}{suffix} ed."
    #: A title set in quotation marks (an article's, a chapter's). A comma or full stop
    #: after it goes inside a closing ``”``, as in American print, and after any other mark.
    quoted_title: str = "“{title}”"
    #: A quotation inside such a title, between marks of ``quoted_title``'s kind: the
    #: journal's double marks within double; French ``“{quote}”`` within ``« »`` (`inner_quotes`).
    quote_in_title: str = "“{quote}”"
    #: A source's ``pubstate``: not yet published, accepted and in print.
    forthcoming: str = "forthcoming"
    in_press: str = "in press"
    #: Where the date goes for a source with none (and no ``pubstate``): nothing, as the
    #: journal prints it; Chicago's ``n.d.`` (14.145) for a journal that sets it.
    no_date: str = ""
    #: A thesis's kind, as its entry type or biblatex's ``type`` key gives it: a doctoral
    #: thesis, a master's (Chicago's words).
    phd_thesis: str = "PhD diss."
    masters_thesis: str = "MA thesis"
    #: The mark after each source but the last that one note cites (French: `` ;`` with
    #: a space before it).
    semicolon: str = ";"
    #: The language dates are written in (BCP 47): ``March 5, 2019``, ``5 mars 2019``.
    language: str = "en"


#: The journal's own words.
ENGLISH = StyleWords()

#: How each type sets its title: in italics (a whole work, published), in quotation marks
#: (a part of a work: article, chapter, web page; and a thesis, unpublished, as Chicago
#: sets it) or plain (a hearing, a speech).
TITLE_FORMS = {
    "book": "italic",
    "collection": "italic",
    "proceedings": "italic",
    "report": "italic",
    "thesis": "quoted",
    "phdthesis": "quoted",
    "mastersthesis": "quoted",
    "techreport": "italic",
    "manual": "italic",
    "misc": "plain",
}
DEFAULT_TITLE_FORM = "quoted"

Part = Callable[[Entry, StyleWords], RichText | None]

#: The fields each part reads: what an entry's type prints (`printed_fields`).
_READS: dict[Part, frozenset[str]] = {}


def _reads(*fields: str) -> Callable[[Part], Part]:
    def register(part: Part) -> Part:
        _READS[part] = frozenset(fields)
        return part

    return register


def format_date(date: Date | None, language: str = "en") -> str:
    """``April 5, 2018``, ``January 2015`` or ``2015``; in another language, as it writes them."""
    if date is None:
        return ""
    return reader_date(_partial_date(date), language)


def _partial_date(date: Date) -> PartialDate:
    return PartialDate(date.year, date.month or None, (date.day or None) if date.month else None)


def person_name(person: Person, *, inverted: bool = False) -> str:
    """``J. Dvořák`` (or ``Dvořák, J.`` inverted); a literal name stays as written.

    A suffix follows the family name (``M. L. King Jr.``), and, inverted, the given
    name, set off by commas, as Chicago's bibliography sets it (``King, M. L., Jr.``).
    """
    if person.literal:
        return person.family
    if has_cjk(person.family + person.given):
        # Chinese, Japanese and Korean names are written whole, family name first, with no
        # space and no initials (an initial of 小明 would read "小.").
        return person.family_with_particle + person.given
    family = person.family_with_particle
    initials = person.initials
    if inverted and initials:
        return f"{family}, {initials}, {person.suffix}" if person.suffix else f"{family}, {initials}"
    if person.suffix:
        family = f"{family} {person.suffix}"
    return f"{initials} {family}" if initials else family


#: Chicago (17th ed., 14.76), where the journal, whose sources have three authors at most,
#: is silent: a note names the first of four or more authors and adds "et al."; a
#: bibliography names up to ten, and the first seven of more.
NOTE_NAMES_IN_FULL = 3
BIBLIOGRAPHY_NAMES_IN_FULL = 10
BIBLIOGRAPHY_NAMES_SHORTENED = 7


def named_shown(people: Sequence[Person], *, in_note: bool) -> list[Person]:
    """The people a list names before any "et al.": all, or the first of a list Chicago shortens."""
    named = [person for person in people if not person.others]
    if in_note and len(named) > NOTE_NAMES_IN_FULL:
        return named[:1]
    if len(named) > BIBLIOGRAPHY_NAMES_IN_FULL:
        return named[:BIBLIOGRAPHY_NAMES_SHORTENED]
    return named


def name_list(
    people: Sequence[Person], *, invert_first: bool = False, words: StyleWords = ENGLISH, in_note: bool = False
) -> str:
    """``J. Smith, A. Ng`` (the first inverted for a bibliography); ``J. Smith et al.`` for a
    list that ends ``and others``, or, in a note, of four names or more (`named_shown`).

    "et al." straight after an inverted name is set off by a comma, as a suffix is and as
    Chicago sets it (``Smith, J., et al.``): ``Smith, J. et al.`` read as the initials' own."""
    named = named_shown(people, in_note=in_note)
    shown = [person_name(person, inverted=invert_first and index == 0) for index, person in enumerate(named)]
    names = ", ".join(shown)
    if len(named) == len(people):
        return names
    inverted_last = len(named) == 1 and invert_first and shown[0] != person_name(named[0])
    return f"{names}{',' if inverted_last else ''} {words.et_al}"


def family_names(people: Sequence[Person], words: StyleWords = ENGLISH) -> str:
    """``Smith, Ng`` for a short form; ``Smith et al.``, as in a note (`named_shown`)."""
    named = named_shown(people, in_note=True)
    names = ", ".join(person.family if person.literal else person.family_with_particle for person in named)
    return f"{names} {words.et_al}" if len(named) < len(people) else names


def editor_label(editors: Sequence[Person], words: StyleWords = ENGLISH) -> str:
    return words.editors if len(editors) > 1 else words.editor


def title_form(entry: Entry) -> str:
    return TITLE_FORMS.get(entry.type, DEFAULT_TITLE_FORM)


def styled_title(entry: Entry, title: str, words: StyleWords = ENGLISH) -> RichText:
    """``title`` (its italics marked, `Entry.marked`) set as the entry's type sets titles,
    marked with its language where the entry's ``langid`` names another than the article's."""
    form, lang = title_form(entry), title_language(entry, words)
    if form == "italic":
        return RichText().add_marked(title, em=True, lang=lang)
    if form == "quoted":
        inner = with_inner_quotes(title, words.quoted_title, words.quote_in_title)
        quoted = words.quoted_title.replace("{title}", inner)
        return RichText().add_marked(quoted, lang=lang)
    return RichText().add_marked(title, lang=lang)


def title_language(entry: Entry, words: StyleWords = ENGLISH) -> str | None:
    """The language of the entry's title (BCP 47), if its ``langid`` names one other than
    the article's (``words.language``)."""
    tag = language_tag(entry.get("langid")) if entry.get("langid") else None
    return tag if tag and not same_language(tag, words.language) else None


# --- Parts -------------------------------------------------------------------------
# Each part returns the text of one comma-separated element of a reference, or None.


def _text(name: str, *, em: bool = False, prefix: str = "") -> Part:
    def part(entry: Entry, words: StyleWords) -> RichText | None:
        value = entry.marked(name)
        return RichText().add_marked(f"{prefix}{value}", em=em) if value else None

    part.__name__ = f"field_{name}"
    return _reads(name)(part)


def leading_people(entry: Entry) -> tuple[Person, ...]:
    """The people a reference starts with: its authors, or else its editors, unless they are
    the editors of the larger work a part is in (a chapter's are its book's, named after its
    title). The notes' short forms and the bibliography's order go by them too."""
    return entry.authors or (entry.editors if entry.type not in IN_WORK_TYPES else ())


@_reads("author", "editor")
def creators(entry: Entry, words: StyleWords, *, invert_first: bool = False) -> RichText | None:
    # A bibliography's entry, its first name inverted, names more people than a note.
    in_note = not invert_first
    people = leading_people(entry)
    if not people:
        return None
    names = name_list(people, invert_first=invert_first, words=words, in_note=in_note)
    if entry.authors:
        return RichText().add_names(names)
    return RichText().add_names(f"{names} {editor_label(entry.editors, words)}")


def full_title(entry: Entry, *, marked: bool = False) -> str:
    """The title, and its subtitle after a full stop, as the journal prints the subtitles
    its titles hold ("Rivers. A History"); no stop after a title that ends in punctuation.
    ``marked``: where italics start and end in them marked, for the notes (`Entry.marked`)."""
    read = entry.marked if marked else entry.get
    return with_subtitle(read("title"), read("subtitle"))


def with_subtitle(value: str, subtitle: str) -> str:
    """A title and its subtitle after a full stop ("Rivers. A History"); no stop after a
    title that ends in punctuation."""
    if not (value and subtitle):
        return value or subtitle
    return f"{value} {subtitle}" if unmarked(value)[-1] in ".?!:" else f"{value}. {subtitle}"


@_reads("title", "subtitle")
def title(entry: Entry, words: StyleWords) -> RichText | None:
    value = full_title(entry, marked=True)
    return styled_title(entry, value, words) if value else None


@_reads("translatedtitle")
def translated_title(entry: Entry, words: StyleWords) -> RichText | None:
    value = entry.get("translatedtitle")
    return RichText().add(f"[{value}]") if value else None


@_reads("translator")
def translators(entry: Entry, words: StyleWords, *, in_note: bool = True) -> RichText | None:
    """``trans. M. Dubois``, after the title it translates, as Chicago (14.103) sets it."""
    if not entry.translators:
        return None
    return RichText().add_names(f"{words.translated_by} {name_list(entry.translators, words=words, in_note=in_note)}")


@_reads("booktitle", "booksubtitle", "editor")
def in_book(entry: Entry, words: StyleWords, *, in_note: bool = True) -> RichText | None:
    """``in A. Exemplar (ed.), *Handbook…*``: the book a chapter belongs to, its subtitle
    after its title, as the book's own reference prints them."""
    book = entry.get("booktitle")
    if not book:
        return None
    text = RichText().add_words(f"{words.in_book} ")
    if entry.editors:
        names = name_list(entry.editors, words=words, in_note=in_note)
        text.add_names(f"{names} {editor_label(entry.editors, words)}, ")
    return text.add_marked(with_subtitle(entry.marked("booktitle"), entry.marked("booksubtitle")), em=True)


@_reads("edition")
def edition(entry: Entry, words: StyleWords) -> RichText | None:
    """``2nd ed.`` for ``edition = {2}``; a worded edition (``Revised``) as written."""
    value = entry.get("edition")
    if not value:
        return None
    if not value.isdigit():
        return RichText().add(value)
    number = int(value)
    if number == 1:
        # A first edition is no edition a reader must look for (Chicago, 17th ed., 14.113): Zotero
        # and library catalogues give `edition = {1}`, which printed "1st ed."
        return None
    suffix = ordinal_suffix(number, words.language)
    return RichText().add_words(words.edition.replace("{number}", str(number)).replace("{suffix}", suffix))


@_reads("volume")
def volume(entry: Entry, words: StyleWords) -> RichText | None:
    """``vol. 3``: a journal's volume, or a book's in a work of several (not one of a
    series, which `series_volume` reads as printed after the series' name)."""
    value = entry.get("volume")
    return RichText().add_words(f"{words.volume} {value}") if value and not series_volume(entry) else None


@_reads("number")
def number(entry: Entry, words: StyleWords) -> RichText | None:
    value = entry.get("number")
    return RichText().add_words(f"{words.number} {value}") if value else None


def series_volume(entry: Entry) -> bool:
    """Whether a book's ``volume`` is its number in its ``series``: where the entry gives no
    ``number``, as BibTeX's own styles read it ("volume 12 of Studies in Legal History") and
    publishers export a series' volumes (Springer's ``series = {Lecture Notes in Computer
    Science}, volume = {1234}``). Beside a ``number``, the series' number as biblatex has it,
    the volume is the book's own, in a work of several volumes. Only for a type that prints
    its series: an article's ``series`` is its journal's (biblatex's "new series"), and its
    volume the journal's."""
    if not (entry.get("series") and entry.get("volume")) or entry.get("number"):
        return False
    return series in TEMPLATES.get(entry.type, FALLBACK_TEMPLATE)


@_reads("series", "number", "volume")
def series(entry: Entry, words: StyleWords) -> RichText | None:
    """A book's series, then its number in it, in Chicago's order (17th ed., 14.123: the series'
    name first) and with the notes' label, as they label every number: ``Water Studies, no. 5``,
    or for a volume of the series (`series_volume`) ``Studies in Legal History, vol. 12``, where
    the volume before the series' name read as the book's. A ``number`` with no series alone."""
    name = entry.marked("series")
    if not name:
        return number(entry, words)
    text = RichText().add_marked(name)
    if series_volume(entry):
        return text.add_words(f", {words.volume} {entry.get('volume')}")
    if value := entry.get("number"):
        text.add_words(f", {words.number} {value}")
    return text


@_reads("type", "number")
def report_number(entry: Entry, words: StyleWords) -> RichText | None:
    """A report's kind and number: ``Working Paper no. 12``, ``Policy Brief``, ``no. 12``."""
    kind, value = entry.get("type"), entry.get("number")
    if kind and value:
        return RichText().add_words(f"{kind} {words.number} {value}")
    return RichText().add(kind) if kind else number(entry, words)


@_reads("date", "year", "month", "day")
def date(entry: Entry, words: StyleWords) -> RichText | None:
    text = format_date(entry.date, words.language)
    if not text:
        # A source with no date: ``n.d.`` where the article's words give it, but not beside
        # the ``forthcoming`` that stands in the date's place.
        return RichText().add_words(words.no_date) if words.no_date and not entry.get("pubstate") else None
    kept = month_then_day(text, _partial_date(entry.date)) if entry.date else None
    if not dates_hold_a_space((words.language,)):  # its lines break inside a date: kept whole (2021년 5월 20일)
        kept = next(iter(days_and_months(text, (words.language,))), kept)
    if kept is None:
        return RichText().add(text)
    start, end = kept
    return RichText().add(text[:start]).add(text[start:end], unbroken=True).add(text[end:])


#: biblatex's keys for a publication's state that the notes' words name; others as written.
PUBLICATION_STATES = {"forthcoming": "forthcoming", "inpress": "in_press"}


def publication_state(entry: Entry, words: StyleWords = ENGLISH) -> str:
    """``forthcoming``, ``in press``: a source not yet published, as its ``pubstate`` says; "" if none."""
    value = entry.get("pubstate")
    if not value:
        return ""
    word = PUBLICATION_STATES.get(value.casefold())
    return getattr(words, word) if word else value


@_reads("pubstate")
def pubstate(entry: Entry, words: StyleWords) -> RichText | None:
    """Where a source not yet published has its date, or after it."""
    value = publication_state(entry, words)
    return RichText().add_words(value) if value else None


#: biblatex's keys for a thesis's kind, and BibTeX's entry types for one, that the notes'
#: words name (`StyleWords`); another ``type`` is printed as written.
THESIS_TYPES = {"phdthesis": "phd_thesis", "mathesis": "masters_thesis", "mastersthesis": "masters_thesis"}


def thesis_kind(entry: Entry, words: StyleWords = ENGLISH) -> str:
    """``PhD diss.``, ``MA thesis``: a thesis's kind, as its ``type`` says, or else its entry
    type (``@phdthesis``); a ``type`` that is no key as written; "" if neither says."""
    value = entry.get("type") or (entry.type if entry.type in THESIS_TYPES else "")
    word = THESIS_TYPES.get(value.casefold())
    return getattr(words, word) if word else value


#: biblatex's other keys for a report's or a thesis's kind, which its styles put in words
#: ("Tech. rep.") and the notes would print as typed ("techreport"): the words to write.
UNWORDED_TYPE_KEYS = {
    "techreport": ("a technical report", "Technical Report"),
    "resreport": ("a research report", "Research Report"),
    "candthesis": ("a candidate's thesis", "Candidate thesis"),
}


def type_key_problem(entry: Entry) -> str | None:
    """For a ``type`` that is one of biblatex's keys the notes have no words for
    (`UNWORDED_TYPE_KEYS`), what it is and what to write; None for any other."""
    value = entry.get("type")
    if value.casefold() not in UNWORDED_TYPE_KEYS or "type" not in printed_fields(entry.type):
        return None
    what, words = UNWORDED_TYPE_KEYS[value.casefold()]
    return (
        f"type {value!r} is biblatex's key for {what}, which the notes print as typed ({value}); write the words"
        f" a note should print, type = {{{words}}}, or remove it"
    )


@_reads("type")
def thesis_type(entry: Entry, words: StyleWords) -> RichText | None:
    value = thesis_kind(entry, words)
    return RichText().add_words(value) if value else None


@_reads("pages")
def pages(entry: Entry, words: StyleWords) -> RichText | None:
    value = entry.get("pages")
    if not value:
        return None
    return RichText().add_words(f"{words.pages} {value}" if "–" in value or "," in value else f"{words.page} {value}")


@_reads("eid", "articleno")
def article_number(entry: Entry, words: StyleWords) -> RichText | None:
    """``article 42``: an article's or a paper's number in its journal or proceedings, which
    journals that number articles, not pages, give instead of pages (biblatex's ``eid``, the
    ACM Digital Library's ``articleno``), where its pages would go, as Chicago sets such a
    number (its "eLocator": ``e84832``). Beside pages, before them: an article's pages may be numbered from 1
    in each, so that the number alone finds it; and a note that cites one of its pages
    keeps it (``article 42, p. 3``)."""
    value = entry.get("eid") or entry.get("articleno")
    return RichText().add_words(f"{words.article_number} {value}") if value else None


def article_number_problem(entry: Entry) -> str | None:
    """An entry that gives its number in its journal or proceedings twice, as biblatex's ``eid``
    and as the ACM Digital Library's ``articleno``, and two numbers: the notes print ``eid``
    (`article_number`), and the other was lost without a word. None where they agree."""
    eid, articleno = entry.get("eid").strip(), entry.get("articleno").strip()
    if not eid or not articleno or eid == articleno:
        return None
    work = "paper" if entry.type == "inproceedings" else "article"
    return (
        f"eid {eid!r} and articleno {articleno!r} both give the {work}'s"
        f" number, and the notes print eid's, {eid}, without a word of the other; keep the number the source"
        " gives and delete the other field"
    )


#: Where a DOI is linked when an entry has no url.
DOI_RESOLVER = "https://doi.org/"


@_reads("url", "doi")
def url(entry: Entry, words: StyleWords) -> RichText | None:
    """The entry's url; failing that, its DOI as a link (``https://doi.org/10.…``)."""
    value = entry.get("url")
    if value:
        return RichText().add(value, href=value)
    doi = entry.get("doi")
    return RichText().add(DOI_RESOLVER + doi, href=doi_link(doi)) if doi else None


def doi_link(doi: str) -> str:
    """The address of a DOI, escaped where a URL would read a character otherwise (``#``, ``?``)."""
    return DOI_RESOLVER + quote(doi, safe="/:;()._-~")


#: The types of a part of a larger work, printed "in" it (`in_book`): what each is, and the
#: work its booktitle names.
_IN_WORKS = {
    "incollection": ("a chapter of a book", "book", "the book's"),
    "inbook": ("a part of a book", "book", "the book's"),
    "inproceedings": ("a paper in a conference's proceedings", "proceedings", "the proceedings'"),
}
IN_WORK_TYPES = frozenset(_IN_WORKS)

#: A note the entry gives (``In Russian``), last before its link, as BibTeX's styles set it.
_note = _text("note")

#: The parts of a full reference, by entry type, in order.
TEMPLATES: dict[str, tuple[Part, ...]] = {
    "book": (
        creators, title, translated_title, translators, edition, volume, series,
        _text("location"), _text("publisher"), date, pubstate, _note, url,
    ),
    "incollection": (
        creators, title, translated_title, translators, in_book, edition, volume, series,
        _text("location"), _text("publisher"), date, pubstate, article_number, pages, _note, url,
    ),
    "article": (
        creators, title, translated_title, translators, _text("journaltitle", em=True),
        volume, number, date, pubstate, article_number, pages, _note, url,
    ),
    "online": (
        creators, title, translated_title, translators, _text("journaltitle", em=True),
        _text("organization"), date, pubstate, _note, url,
    ),
    "report": (
        creators, title, translated_title, translators, report_number, _text("location"),
        _text("institution"), date, pubstate, _note, url,
    ),
    "thesis": (
        creators, title, translated_title, translators, thesis_type, _text("institution"), _text("location"),
        date, pubstate, _note, url,
    ),
    "misc": (
        creators, title, translated_title, translators, _text("howpublished"), _text("organization"),
        _text("publisher"), date, pubstate, _note, url,
    ),
}  # fmt: skip
TEMPLATES["collection"] = TEMPLATES["book"]
TEMPLATES["proceedings"] = TEMPLATES["book"]
TEMPLATES["inbook"] = TEMPLATES["incollection"]
TEMPLATES["inproceedings"] = TEMPLATES["incollection"]
TEMPLATES["techreport"] = TEMPLATES["report"]
TEMPLATES["phdthesis"] = TEMPLATES["thesis"]
TEMPLATES["mastersthesis"] = TEMPLATES["thesis"]
TEMPLATES["unpublished"] = TEMPLATES["misc"]
TEMPLATES["manual"] = TEMPLATES["report"]
#: Used, with a warning, for a type the style has no template for.
FALLBACK_TEMPLATE = TEMPLATES["misc"]
#: BibTeX's names of the fields the style reads by biblatex's (``location``: ``address``).
_BIBTEX_NAMES = {biblatex: bibtex for bibtex, biblatex in FIELD_ALIASES.items()}
#: The types with a template of their own; the others share one of theirs.
_MAIN_TYPES = ("book", "incollection", "article", "online", "report", "thesis", "misc")
#: Fields read beside the templates: the short form's title, and what BibTeX merges in.
_READ_ELSEWHERE = frozenset({"shorttitle", "crossref"})
#: Every field some type prints: one that an entry's own type leaves out is lost (`unprinted_fields`).
STYLE_FIELDS = frozenset().union(*(_READS[part] for template in TEMPLATES.values() for part in template))


@functools.cache  # a handful of types, asked for every entry
def printed_fields(entry_type: str) -> frozenset[str]:
    """The fields the notes print for an entry of this type."""
    template = TEMPLATES.get(entry_type, FALLBACK_TEMPLATE)
    return _READ_ELSEWHERE.union(*(_READS[part] for part in template))


def unprinted_fields(entry: Entry) -> list[str]:
    """The fields of ``entry`` that another type prints and its own leaves out (``publisher``
    on an ``@online``): an editor's fact the notes would drop without a word."""
    printed = printed_fields(entry.type)
    return [
        name for name in entry.fields if name in STYLE_FIELDS and name not in printed and not _the_whole_s(entry, name)
    ]


def _the_whole_s(entry: Entry, name: str) -> bool:
    """Whether the field ``name``, which ``entry``'s type does not print, is a fact of the
    whole its type names instead, which Chicago's note leaves out too: an article's
    ``publisher`` and its place, beside its journal, are the journal's (JSTOR, Google Scholar
    and the ACM Digital Library export them; 17th ed., 14.171); a conference paper's or its
    proceedings' ``organization`` is the conference's sponsor, as biblatex has it (Google
    Scholar's ``organization={IEEE}``)."""
    if entry.type == "article":
        return name in ("publisher", "location") and bool(entry.get("journaltitle"))
    return name == "organization" and entry.type in ("inproceedings", "proceedings")


def has_template(entry_type: str) -> bool:
    return entry_type in TEMPLATES


#: Words that name organisations rather than people, and are nobody's name, in the
#: languages sources are most often in: an author written ``Human Rights Watch``, ``World
#: Bank`` or ``Agence fictive de bassin`` without braces would be set as "H. R. Watch", "W.
#: Bank" or "A. fictive de bassin". Matched whole, without case or accents (`fold`). A word
#: that is someone's family name too is listed where an organisation's name ends in it
#: more often than a person's written given name first does (English "Bank", "Service",
#: "Watch": ``Robert Service`` is warned of, and written ``Service, Robert``); one that is
#: mostly a family name (Italian "Consiglio") is left out.
ORGANISATION_WORDS = {
    "en": "watch council committee commission organization organisation institute ministry agency association"
    " foundation nations international centre center bureau department programme program network forum"
    " federation society university parliament government observatory coalition initiative office fund union"
    " secretariat bank group service",
    "fr": "agence conseil ministère observatoire institut fondation comité université fédération gouvernement"
    " assemblée secrétariat société académie réseau banque groupe",
    "de": "ministerium stiftung institut verband verein gesellschaft kommission universität hochschule amt behörde"
    " regierung akademie zentrum",
    "es": "ministerio fundación universidad instituto comisión consejo agencia observatorio organización"
    " asociación federación gobierno secretaría sociedad",
    "it": "ministero fondazione università istituto commissione comitato agenzia osservatorio organizzazione"
    " associazione federazione governo",
    "pt": "ministério fundação universidade comissão conselho agência observatório organização associação",
    "nl": "ministerie stichting universiteit instituut vereniging commissie",
    "pl": "ministerstwo fundacja uniwersytet instytut komisja stowarzyszenie agencja",
    "ru": "ministerstvo komitet agentstvo universitet sovet komissiya obshchestvo"
    " министерство институт фонд комитет агентство университет совет комиссия центр общество ассоциация"
    " правительство служба управление академия",
}
_ORGANISATION_WORDS = frozenset(fold(word) for words in ORGANISATION_WORDS.values() for word in words.split())
#: Particles of family names, capitalised or not (``Van der Bank``, ``De La Cruz``).
_PARTICLES = frozenset({
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "les", "ten", "ter", "bin",
    "ibn", "al", "el", "dos", "das",
})  # fmt: skip
#: Beginnings of words that name organisations: German's federal bodies (Bundesamt, Bundesministerium).
_ORGANISATION_PREFIXES = ("bundes",)


#: An initial, as a given name is written (``J.``, ``J.-P.``): no organisation's name has one.
_INITIAL = DeferredPattern(r"[^\W\d_]\.(?:-[^\W\d_]\.)*")


def looks_like_organisation(person: Person) -> bool:
    """Whether a name not in braces holds a word that names an organisation (`ORGANISATION_WORDS`).

    A name written as only a person's is, family name first with a comma (``Office, John``),
    or with initials for its given name (``J. Office``), is a person's, whatever its words,
    unless what comes before its comma is two capitalised words or more, besides particles,
    one of them an organisation's (``Department for Business, Energy``, ``Ministry of Foreign
    Affairs, Ghana``): no person's family name is so written (``Van der Bank, Jan``).
    """
    if person.literal or person.others:
        return False
    if person.inverted:
        before = [word for word in person.family_with_particle.split() if fold(word) not in _PARTICLES]
        capitalised = [word for word in before if word[:1].isupper()]
        return len(capitalised) >= 2 and not _ORGANISATION_WORDS.isdisjoint(fold(word) for word in before)
    if person.given and all(_INITIAL.fullmatch(word) for word in person.given.split()):
        return False
    words = [fold(word) for word in f"{person.given} {person.particle} {person.family}".replace("-", " ").split()]
    return not _ORGANISATION_WORDS.isdisjoint(words) or any(word.startswith(_ORGANISATION_PREFIXES) for word in words)


def written_given_first(person: Person) -> str:
    """A name as it is written given name first, without braces (``Human Rights Watch``)."""
    return " ".join(part for part in (person.given, person.particle, person.family) if part)


def written_as_given(person: Person) -> str:
    """A name as it was written, without braces: given name first (``Human Rights Watch``), or
    family name first with its comma (``Department for Business, Energy``)."""
    return f"{person.family_with_particle}, {person.given}" if person.inverted else written_given_first(person)


def name_parted_by_its_comma(people: Sequence[Person]) -> str | None:
    """The list ``people`` written whole (``Department for Business, Energy and Industrial
    Strategy``), where one organisation's name, which BibTeX read as a person's, family name
    first, at its comma, and as two people, at its "and", may be all of it: the rest are
    written given name first and none in braces. None for any other list."""
    if len(people) < 2 or not any(person.inverted and looks_like_organisation(person) for person in people):
        return None
    if any(
        person.literal
        or person.others
        or (person.inverted and not looks_like_organisation(person))
        or (not person.inverted and "." in person.given)  # `J. Smith`: a person's
        for person in people
    ):
        return None
    return " and ".join(written_as_given(person) for person in people)


def one_name_parted_by_and(people: Sequence[Person]) -> str | None:
    """The list ``people`` written whole (``Food and Agriculture Organization``), where it may be
    one organisation's name that its "and" parted, which BibTeX reads as two or more people:
    none of them in braces or written family name first, and one a single word, as no
    person in a list of several is named, and no organisation's either (``Food``,
    ``Development``, not ``Bureau``). None for any other list."""
    if len(people) < 2 or any(person.literal or person.inverted or person.others for person in people):
        return None
    if not any(
        not person.given and not person.particle and " " not in person.family and not looks_like_organisation(person)
        for person in people
    ):
        return None
    return " and ".join(written_given_first(person) for person in people)


#: A name's suffixes, which BibTeX reads as one only after a second comma (``Smith, Jr., John``):
#: ``John Smith Jr.`` has the family name "Jr.", and ``Smith Jr., John`` the family name "Smith Jr.".
#: In capitals too, as a name all in capitals writes them (``SMITH, JOHN, JR.``).
NAME_SUFFIXES = frozenset({
    "Jr.", "Jr", "jr.", "jr", "JR.", "Sr.", "Sr", "sr.", "sr", "SR.", "II", "III", "IV",
})  # fmt: skip


def misplaced_suffix(person: Person) -> tuple[str, str, str] | None:
    """For a name whose suffix BibTeX reads as part of its family or given name: the name
    as written, which part holds the suffix ("family", "given"), and how to write the name
    (``Smith, Jr., John``). None for every other name.

    ``Smith, John, III``, the suffix last, is read as BibTeX reads a third part: the given
    name "III", and the suffix "John".
    """
    if person.literal or person.others:
        return None
    if person.suffix:
        if person.given in NAME_SUFFIXES and person.suffix not in NAME_SUFFIXES:
            family = person.family_with_particle
            return f"{family}, {person.suffix}, {person.given}", "given", f"{family}, {person.given}, {person.suffix}"
        return None
    family, given = person.family.split(), person.given.split()
    if family and family[-1] in NAME_SUFFIXES:
        part, suffix = "family", family.pop()
    elif given and given[-1] in NAME_SUFFIXES:
        part, suffix = "given", given.pop()
    else:
        return None
    written = f"{person.family_with_particle}, {person.given}"
    if not family:  # John Smith Jr.: the family name is the given name's last word
        written = f"{person.given} {person.family_with_particle}"
        family, given = given[-1:], given[:-1]
        if not given and regnal_number([*family, suffix]):
            return None  # `Henry IV`, a regnal number, not a suffix (`_regnal_problem`)
    elif not given:  # John Smith, Jr.: the given name is before the family name's last word
        family, given = family[-1:], family[:-1]
    if not family:  # the suffix alone
        return None
    return written, part, f"{' '.join([person.particle, *family]).strip()}, {suffix}, {' '.join(given)}".strip()


#: A field that holds a web address and nothing else (``howpublished = {\url{…}}``).
_ADDRESS_ALONE = re.compile(r"\s*(https?://|www\.)\S+\s*")


def access_date_problem(urldate: str) -> str | None:
    """What is wrong with an access date (``urldate``) that names no day, None if nothing is.

    The notes leave it out, but the CSL-JSON download gives it as ``accessed``: one it cannot
    read was dropped without a word, and a reference manager got no access date."""
    try:
        parse_partial_date(urldate)
    except DateFormatError as error:
        written = written_as_date(urldate)
        fix = f"write {written}" if written else "write it as YYYY-MM-DD"
        return f"urldate {error}, so the CSL-JSON download gives no access date; {fix}"
    except ValueError as error:  # a month or a day that does not exist
        return f"urldate {error}, so the CSL-JSON download gives no access date; check the day the page was read"
    return None


#: An article's fields that are its journal's: printed without the journal, they say "vol. 26,
#: no. 1" of none. An article with none of them, its title alone, is a note the manuscript may
#: print so, and is left alone.
_JOURNAL_PARTS = ("volume", "number", "pages")


#: The fields the notes print with a comma or a full stop of their own after them: a title
#: typed with its full stop ends "Lakes., London" ("Rivers.,”), a series "Studies in Labour.,
#: Paris", a note "In Russian., p. 5". Not ``journaltitle``, which reference managers
#: abbreviate by convention (ISO 4: ``Am. J. Sociol.``), nor ``location`` (``Cambridge, Mass.``).
_STOPPED_FIELDS = (
    "title", "subtitle", "shorttitle", "booktitle", "publisher", "institution", "organization", "series",
    "edition", "type", "howpublished", "note",
)  # fmt: skip


def missing_field(entry: Entry) -> str | None:
    """What the entry lacks that its type's notes cannot do without, and what to write; None
    if nothing. Only where the note names a part of a work it does not name, which no
    catalogue lists alone: a chapter without the book it is in, an article's volume or pages
    without the journal. A book's or a report's publisher, a thesis's university, a web
    page's address are left to the source: its author and title still find it, and a
    manuscript's notes may print it without."""
    if entry.type in _IN_WORKS and not entry.get("booktitle"):
        what, whole, whose = _IN_WORKS[entry.type]
        editors = " (its editors are printed with it)" if entry.editors else ""
        other = "@misc, for a paper given and not published" if whole == "proceedings" else "@book"
        return (
            f"an @{entry.type} is {what}, and the entry has no booktitle, so its notes do not say which {whole}"
            f" it is in; add booktitle = {{…}}, {whose} title{editors}, or use {other}"
        )
    given = [name for name in _JOURNAL_PARTS if entry.get(name)] if entry.type == "article" else []
    if given and not entry.get("journaltitle"):
        return (
            f"an @article with {' and '.join(given)} but no journaltitle prints them as of no journal"
            " (vol. 26, no. 1); add journaltitle = {…} (BibTeX's journal), or use the type that fits a work"
            " not in a journal (@report, @online)"
        )
    return None


@dataclass(frozen=True)
class _FieldWarning:
    """A warning about a field of an entry, as `style_warnings` finds it: where the field is
    written, the entry's key, what is wrong, and, for a field the entry has from its
    ``crossref``, that entry's key (the field is written there, and the warning names its line)."""

    at: SourceLocation
    key: str
    text: str
    parent: str | None = None

    @classmethod
    def of(cls, entry: Entry, name: str, text: str) -> _FieldWarning:
        return cls(entry.field_location(name), entry.key, text, entry.crossref_fields.get(name))

    def __str__(self) -> str:
        return f"{self.at}: entry '{self.key}': {self.text}"


def _once_at_the_parent(found: list[str | _FieldWarning]) -> list[str]:
    """The warnings as an editor reads them, a field that entries have from their ``crossref``
    warned of once, at its line in the parent: not at all where the parent is warned of at
    that line itself (the same value: a chapter's booktitle is its book's title), else once for
    all the entries that have it, as the first of them was found. Each was said once for
    each chapter of the book, and again for the book."""
    parents_own = {(said.key, said.at) for said in found if isinstance(said, _FieldWarning) and not said.parent}
    children: dict[tuple[SourceLocation, str, str], list[str]] = {}
    for said in found:
        if isinstance(said, _FieldWarning) and said.parent and (said.parent, said.at) not in parents_own:
            children.setdefault((said.at, said.text, said.parent), []).append(said.key)
    warnings = []
    for said in found:
        if not isinstance(said, _FieldWarning) or not said.parent:
            warnings.append(str(said))
            continue
        keys = children.get((said.at, said.text, said.parent))
        if not keys or keys[0] != said.key:
            continue  # the parent's own warning says it, or the first entry's
        entries = f"entry '{keys[0]}'" if len(keys) == 1 else "entries " + _listed([f"'{key}'" for key in keys])
        whose = "its" if len(keys) == 1 else "their"
        warnings.append(f"{said.at}: {entries}: {said.text} (given by {whose} crossref, {said.parent!r})")
    return warnings


def _listed(items: list[str]) -> str:
    """``'a'``, ``'a' and 'b'``, ``'a', 'b' and 'c'``."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _vancouver_reading(field: str, people: tuple[Person, ...]) -> str | None:
    """Names BibTeX read given name first (``Smith JA and Doe K``: the family names JA and K)
    which may be written as Vancouver style writes them, family name then initials; both readings."""
    # The cheap test first: nearly no one's family name ends in initials (`K`, `JA`). A name
    # written family name first, with a comma (`KA, Moustapha`), says which is the family name.
    if not any(_may_be_initials(person) for person in people):
        return None
    written = [
        f"{{{person.family}}}"
        if person.literal
        else f"{person.family_with_particle}, {person.given}"
        if person.inverted
        else " ".join(p for p in (person.given, person.particle, person.family) if p)
        for person in people
        if not person.others
    ]
    if (meant := ambiguous_rewrite(written)) is None:
        return None
    meant += " and others" if people[-1].others else ""
    families = [f"{person.family_with_particle}" for person in people if not person.literal and not person.others]
    listed = " and ".join(written) + (" and others" if people[-1].others else "")
    are = "names are" if len(families) > 1 else "name is"
    # `Ka`, `Sy` or `Eu` may be a family name the list of them lacks: written first, with a
    # comma, it is one. A letter alone (`K`), or three without a vowel, is nobody's.
    flagged = [person for person in people if _may_be_initials(person)]
    family_first = ""
    if all(len(person.family) == 2 for person in flagged):
        each = [
            f"{person.family_with_particle}, {person.given}" if _may_be_initials(person) else name
            for person, name in zip((person for person in people if not person.others), written, strict=True)
        ]
        names = " and ".join(person.family for person in flagged)
        they = f"{names} is the family name, write it" if len(flagged) == 1 else f"{names} are family names, write each"
        family_first = f"; if {they} first, with a comma: {' and '.join(each)}"
    # `Oxfam GB` alone may be an organisation's name with a country's letters, as well.
    organisation = (
        f"; if it is an organisation's name, put it in braces: {field} = {{{{{written[0]}}}}}"
        if len(written) == 1 and len(written[0].split()[-1]) > 1 and not people[0].literal
        else ""
    )
    return (
        f"{field} {listed!r} is read given name first, so the family {are} {' and '.join(families)};"
        f" if it is written as Vancouver style writes names, the family name then initials, write {meant}"
        + family_first
        + organisation
    )


def _may_be_initials(person: Person) -> bool:
    """Whether BibTeX read initials as ``person``'s family name: its last word is initials no
    family name is (`initials_not_family_name`), and it was not written first, with a comma."""
    return (
        not person.literal
        and not person.others
        and not person.inverted
        and initials_not_family_name(person.family.rsplit(" ", 1)[-1])
    )


def _in_upper_and_lower(person: Person) -> str:
    """A name all in capitals (`whole_name_in_capitals`) written family name first in upper and
    lower case, each word capitalised (``Smith, John``); its particles in small letters, as
    BibTeX reads one (``JEAN-LUC DE LA FONTAINE``: ``de la Fontaine, Jean-Luc``). Initials and
    a regnal suffix are kept as typed (``SMITH, III, J.``: ``Smith, III, J.``)."""
    given = person.given.split()
    family = person.family_with_particle.split()
    if not person.inverted:
        # Capitals hide the particles from BibTeX, which read `DE LA` as given names.
        cut = next((index for index, word in enumerate(given) if index and fold(word) in _PARTICLES), len(given))
        given, family = given[:cut], given[cut:] + family
    lead = 0
    while lead < len(family) - 1 and fold(family[lead]) in _PARTICLES:
        lead += 1
    written = [word.lower() for word in family[:lead]] + [as_name(word) for word in family[lead:]]
    suffix = person.suffix if not person.suffix or _REGNAL_SUFFIX.fullmatch(person.suffix) else as_name(person.suffix)
    return ", ".join(
        part
        for part in (
            " ".join(written),
            suffix,
            " ".join(in_upper_and_lower(word, given_first=not person.inverted) for word in given),
        )
        if part
    )


#: A suffix that is a number (``III``), kept in capitals.
_REGNAL_SUFFIX = DeferredPattern(r"[IVX]+")


def _capitals_problem(person: Person, *, read_otherwise: bool) -> str | None:
    """A name with a word in capitals the notes may print otherwise than meant: the whole name
    (``JOHN SMITH``: `whole_name_in_capitals`), a given name that may be initials run together
    or a name (``LI, YU``: `ambiguous_capitals`), or a family name in capitals after the given
    name (``Moustapha KA``: `family_in_capitals`),
    unless the field is warned of as Vancouver style's names (``read_otherwise``), or the
    name as an organisation's (``WHO Council``)."""
    if person.literal or person.others or looks_like_organisation(person):
        return None
    written = written_as_given(person)
    if whole_name_in_capitals(
        person.given, person.family_with_particle, given_first=not person.inverted
    ) and not misplaced_suffix(person):  # `JOHN SMITH JR.`: the suffix's warning first, naming the family name
        if read_otherwise:
            return None
        if person.inverted and person.suffix:
            written = f"{person.family_with_particle}, {person.suffix}, {person.given}"
        # `JOHN SMITH`: printed as written, since only the editor knows the case the person
        # writes the name in (`McDonald`, `de La Fontaine`), and warned of with the name to check.
        return (
            f"the name '{written}' is all in capitals, as library catalogues write names, which the notes print as"
            f" written ({person_name(person)}); write it as the person does, in upper and lower case, family name"
            f" first: {_in_upper_and_lower(person)}"
        )
    found = None if person.inverted else family_in_capitals(written.split())
    # `Jean-Luc DE LA FONTAINE`: the capitals after the given name are the family name's, not initials.
    if word := ambiguous_capitals(found[0] if found else person.given, person.family):
        given = person.given.split()
        initials = " ".join(as_initials(part) if part == word else part for part in given)
        name = " ".join(as_name(part) if part == word else part for part in given)
        family = person.family_with_particle
        meant = (
            (f"{family}, {initials}", f"{family}, {name}")
            if person.inverted
            else (f"{initials} {family}", f"{name} {family}")
        )
        return (
            f"the name '{written}' has the given name {word} in capitals, which may be initials run together, as"
            f" Web of Science writes them, or a name, and the notes print it as a name ({person_name(person)});"
            f" if they are initials, write {meant[0]}; if it is a name, write {meant[1]}"
        )
    if found and not read_otherwise:
        given, capitals = found
        return (
            f"the name '{written}' has its family name in capitals, which the notes print as written"
            f" ({person_name(person)}); if the capitals only mark the family name, as many French sources write it,"
            f" write the name as the person does, family name first: {' '.join(map(as_name, capitals.split()))},"
            f" {given}; to print the capitals, write {capitals}, {given}"
        )
    return None


def _regnal_problem(field: str, person: Person, *, alone: bool) -> str | None:
    """A name written as a monarch's or a pope's is, one name and a regnal number (``Jinping
    XI``: `regnal_number`), whose number may also be a family name in capitals (``XI``:
    `number_or_family`): BibTeX reads it as a family name, and the notes print it so
    (``J. XI``). Both readings, and what to write for each. A number that is also a suffix
    (``Henry IV``) was warned of as one misplaced: the way to write it as a regnal number."""
    if person.literal or person.others or person.inverted or person.particle or person.suffix:
        return None
    written = written_given_first(person)
    number = regnal_number(written.split())
    if number is None:
        return None
    braced = f"{field} = {{{{{written}}}}}" if alone else f"{{{written}}}"
    if number in NAME_SUFFIXES:
        # `Henry IV` was warned of as a suffix misplaced, and told to write "Henry, IV,".
        return (
            f"the name '{written}' is set with {number} as its family name ({person_name(person)}; short form"
            f" {number}); if it is a regnal number, put the name in braces, to print it whole: {braced}"
        )
    if not number_or_family(number):
        return None
    return (
        f"the name '{written}' ends in {number}, which may be a family name in capitals or a regnal number"
        f" (as in Henry VIII), and the notes print it as a family name ({person_name(person)}); if {number} is"
        f" the family name, write the name as the person does, family name first: {as_name(number)},"
        f" {person.given} (to print the capitals, {number}, {person.given}); if it is a regnal number, put the"
        f" name in braces, to print it whole: {braced}"
    )


#: The suffixes that are regnal numbers too (``John Paul II``).
_ROMAN_SUFFIXES = frozenset({"II", "III", "IV"})


def _suffix_or_regnal(field: str, person: Person, written: str, suggested: str, *, alone: bool) -> str:
    """What to write for a name whose suffix BibTeX reads as its family name (`misplaced_suffix`):
    ``suggested``, the suffix's form. Where it is written given name first, names of two words
    or more and a roman number (``John Paul II``, ``Robert Smith III``), the number may be a
    pope's or a monarch's too, which that form printed otherwise ("J. Paul II"): both readings,
    each with what it prints. One with an initial (``J. Smith III``) is a suffix's."""
    words = written.split()
    if (
        person.inverted
        or len(words) < 3
        or words[-1] not in _ROMAN_SUFFIXES
        or not all(any(letter.islower() for letter in word) for word in words[:-1])
    ):
        return f"write {suggested}"
    family, number, given = (part.strip() for part in suggested.split(",", 2))
    as_suffix = person_name(Person(family=family, given=given, suffix=number))
    braced = f"{field} = {{{{{written}}}}}" if alone else f"{{{written}}}"
    return (
        f"if {number} is a suffix, write {suggested} (printed {as_suffix});"
        f" if it is a regnal number, a pope's or a monarch's, put the name in braces, to print it whole: {braced}"
    )


def style_warnings(bibliography: Bibliography) -> list[str]:
    """A warning, naming file and line, for each entry the house style cannot set as it should:
    a type it has no template for, a field its type does not print, a fact no type prints,
    an organisation's name set as a person's, or no title. A warning about a field names
    the field's line."""
    warnings: list[str | _FieldWarning] = []
    for entry in bibliography.entries.values():
        if not has_template(entry.type):
            import difflib  # here: only an unknown type needs it

            close = difflib.get_close_matches(entry.type, TEMPLATES, n=1, cutoff=0.75)
            kinds = [f"@{kind}" for kind in _MAIN_TYPES]
            use = f"did you mean @{close[0]}?" if close else f"use {', '.join(kinds[:-1])} or {kinds[-1]}"
            warnings.append(
                f"{entry.location}: entry '{entry.key}' has type @{entry.type}, which the house style has no template"
                f" for; it is set like @misc ({use})"
            )
        for field, people in (("author", entry.authors), ("editor", entry.editors), ("translator", entry.translators)):
            vancouver = _vancouver_reading(field, people) if people else None
            if vancouver:
                warnings.append(_FieldWarning.of(entry, field, vancouver))
            for person in people:
                if problem := _capitals_problem(person, read_otherwise=bool(vancouver)):
                    warnings.append(_FieldWarning.of(entry, field, problem))
                if problem := _regnal_problem(field, person, alone=len(people) == 1):
                    warnings.append(_FieldWarning.of(entry, field, problem))
                if (
                    person.literal
                    and (problem := braced_person_problem(field, person.family))
                    and _ORGANISATION_WORDS.isdisjoint(fold(word) for word in re.findall(r"[^\W\d_]+", person.family))
                ):
                    warnings.append(_FieldWarning.of(entry, field, problem))
                if looks_like_organisation(person):
                    name = written_as_given(person)
                    # The field's braces hold the list: a name alone needs a pair of its own inside them.
                    braced = f"{field} = {{{{{name}}}}}" if len(people) == 1 else f"{{{name}}}"
                    braced = f"if it is an organisation, put it in braces: {braced}"
                    if whole := one_name_parted_by_and(people) or name_parted_by_its_comma(people):
                        # `Food and Agriculture Organization`: "and" parted one name in two, and
                        # braces round its last part printed "Food, Agriculture Organization".
                        braced = (
                            f"if {whole!r} is one organisation's name, put it all in braces: {field} = {{{{{whole}}}}}"
                        )
                    # A person's name, written family name first with its comma, is never warned of.
                    inverted = f"{person.family_with_particle}, {person.given}"
                    warnings.append(
                        _FieldWarning.of(
                            entry,
                            field,
                            f"the name '{name}' is set as a person's ({person_name(person)}); {braced}"
                            + (
                                f"; if it is a person's, write the family name first: {inverted}"
                                if person.given and not person.inverted
                                else ""
                            ),
                        )
                    )
                if misplaced := misplaced_suffix(person):
                    written, part, suggested = misplaced
                    warnings.append(
                        _FieldWarning.of(
                            entry,
                            field,
                            f"the name '{written}' is set with"
                            f" {person.family if part == 'family' else person.given} as its {part} name"
                            f" ({person_name(person)}; short form {person.family_with_particle}); "
                            + _suffix_or_regnal(field, person, written, suggested, alone=len(people) == 1),
                        )
                    )
        if ":" in (publisher := entry.get("publisher")) and (
            problem := place_in_publisher_problem(publisher, entry.fields.get("location"))
        ):
            warnings.append(_FieldWarning.of(entry, "publisher", problem))
        if (langid := entry.get("langid")) and language_tag(langid) is None:
            warnings.append(
                _FieldWarning.of(
                    entry,
                    "langid",
                    f"langid {langid!r} names no language;"
                    " write babel's name for it (russian, french) or its code (ru, zh-Latn)",
                )
            )
        if (accessed := entry.get("urldate")) and (problem := access_date_problem(accessed)):
            warnings.append(_FieldWarning.of(entry, "urldate", problem))
        if problem := article_number_problem(entry):
            warnings.append(_FieldWarning.of(entry, "articleno", problem))
        for name in unprinted_fields(entry):
            printing = [f"@{kind}" for kind in _MAIN_TYPES if name in printed_fields(kind)]
            written = f"{name} or {_BIBTEX_NAMES[name]}" if name in _BIBTEX_NAMES else name
            warnings.append(
                _FieldWarning.of(
                    entry,
                    name,
                    f"{written} is not printed for an @{entry.type};"
                    f" {', '.join(printing[:-1])}{' and ' if len(printing) > 1 else ''}{printing[-1]}"
                    f" {'print' if len(printing) > 1 else 'prints'} it."
                    " Change the type if another fits the source, or remove the field",
                )
            )
        for name in ("howpublished", "note"):
            value = entry.fields.get(name, "")
            if _ADDRESS_ALONE.fullmatch(value):
                warnings.append(
                    _FieldWarning.of(
                        entry,
                        name,
                        f"{name} is a web address, which the notes"
                        " print as text; put it in url, where the note links it",
                    )
                )
            elif value and (problem := note_problem(name, value, url=entry.fields.get("url"))):
                warnings.append(_FieldWarning.of(entry, name, problem))
        if entry.authors and entry.editors and entry.type not in IN_WORK_TYPES:
            # The notes name a work's authors, or its editors where it has none (`creators`).
            warnings.append(
                _FieldWarning.of(
                    entry,
                    "editor",
                    "editor is not printed in the notes of a work"
                    " that has an author; if a note should say it, write it in `note`, as the note should read",
                )
            )
        for name in _STOPPED_FIELDS:
            if (value := entry.get(name)) and (last := word_and_stop(value)):
                warnings.append(
                    _FieldWarning.of(
                        entry,
                        name,
                        f"{name} ends with a full stop, and the notes put their own comma after ({last}, …); delete it",
                    )
                )
        for name in entry.fields:
            if name not in TEXT_FIELDS or not (value := entry.get(name)):
                continue
            if name == "title" and entry.get("subtitle") and value.rstrip().endswith(":"):
                continue  # "Rivers:" before its subtitle: printed "Rivers: A History" (`full_title`)
            if problem := end_mark_problem(name, value):
                warnings.append(_FieldWarning.of(entry, name, problem))
        for name, problem in _set_as_the_notes_set_it(entry):
            warnings.append(_FieldWarning.of(entry, name, problem))
        for name in ("title", "booktitle", "journaltitle"):
            if name in entry.as_written:
                continue  # in braces of its own (`{{USSR AND NATO}}`): kept as written, on purpose
            if (value := entry.get(name)) and (problem := capitals_problem(entry.written_name(name), value)):
                warnings.append(_FieldWarning.of(entry, name, problem))
        if problem := type_key_problem(entry):
            warnings.append(_FieldWarning.of(entry, "type", problem))
        if missing := missing_field(entry):
            warnings.append(f"{entry.location}: entry '{entry.key}': {missing}")
        for name in sorted(FACTS_NOT_PRINTED.intersection(entry.fields)):
            if unprinted_meeting(entry.type, name):
                continue  # a published paper's meeting, which Chicago leaves out of its notes
            warnings.append(
                _FieldWarning.of(
                    entry,
                    name,
                    f"{name} is not printed in the notes;"
                    " if a note should say it, write it in `note`, as the note should read",
                )
            )
        if not entry.fields.get("title", "").strip():
            warnings.append(
                f"{entry.location}: entry '{entry.key}' has no title; its notes and its bibliography entry"
                " go without one (add `title = {...}`)"
            )
    return _once_at_the_parent(warnings)


#: A title wholly in a pair of double quotation marks, as a reference list copied from
#: prints an article's: ``“The Archive as Courtroom”``, ``"…"``, ``«…»``, ``„…“``.
_QUOTED_WHOLE = re.compile(r'(?P<open>["“«„])[^"“”«»„]+(?P<close>["”»“])')
_QUOTE_PAIRS = frozenset({('"', '"'), ("“", "”"), ("«", "»"), ("„", "“"), ("„", "”")})


def _set_as_the_notes_set_it(entry: Entry) -> list[tuple[str, str]]:
    """The fields written as the notes print them, which then print it twice, or undone: a
    title in quotation marks (``““The Archive as Courtroom”,”``), and a field the notes set in italics
    wholly in ``\\emph``, which their italics then set upright. Each: (field, problem)."""
    found = []
    form = title_form(entry)
    # A title in a brace group of its own (`{{“Dear Leader”}}`) is itself a quotation: as written.
    quoted = None if "title" in entry.as_written else _QUOTED_WHOLE.fullmatch(entry.get("title"))
    if form != "plain" and quoted and (quoted["open"], quoted["close"]) in _QUOTE_PAIRS:
        how = "in quotation marks of their own" if form == "quoted" else "in italics, without quotation marks"
        found.append(
            (
                "title",
                f"title is written in quotation marks ({quoted['open']}…{quoted['close']}), and the notes set"
                f" an @{entry.type}'s title {how}; delete them, or, if the title is itself a quotation, put it in"
                f" braces of its own to keep them: title = {{{{{entry.get('title')}}}}}",
            )
        )
    for name in ("journaltitle", "booktitle", "title") if form == "italic" else ("journaltitle", "booktitle"):
        marked = entry.marked_fields.get(name, "")
        if marked.startswith(ITALIC_START) and marked.endswith(ITALIC_END) and marked.count(ITALIC_START) == 1:
            found.append(
                (
                    name,
                    f"{entry.written_name(name)} is all in italics (\\emph{{…}}, \\textit{{…}}), and the notes set it"
                    f" in italics themselves, where italics within it are set upright ({unmarked(marked)}, in roman);"
                    " write it without the command, which is for a title within the title",
                )
            )
    return found


def _join(parts: list[RichText]) -> RichText:
    out = RichText()
    for index, part in enumerate(parts):
        if index:
            out.join_after(", ")
        out.extend(part)
    return out


@dataclass(frozen=True)
class FullParts:
    """The parts of a full reference: its elements in order, the one that gives its range of
    pages (an article's, a chapter's), and its link, which goes after a locator."""

    parts: list[RichText]
    page_range: RichText | None = None
    link: RichText | None = None

    def cited_at(self, locator: str, words: StyleWords = ENGLISH) -> list[RichText]:
        """The elements a note prints with ``locator``: a note that cites a page of an article
        or chapter gives that page, not the range as well (Chicago, 17th ed., 14.112, 14.171),
        which the bibliography and a note citing the whole give. A locator that names no
        page (``chap. 3``, ``fig. 2``, ``n. 4``) keeps the range, which alone says where the
        part cited is."""
        if self.page_range is not None and names_pages(locator, words):
            return [part for part in self.parts if part is not self.page_range]
        return self.parts


def names_pages(locator: str, words: StyleWords = ENGLISH) -> bool:
    """Whether ``locator`` names a page (``p. 150``, ``150-151``, ``fig. 2, p. 14``), in a
    label of `citation_syntax.page_parts` or of the article's own (``words.page``)."""
    own = tuple(f"{plain_words(label)} " for label in (words.page, words.pages) if label)
    return any(pages or part.strip().startswith(own) for part, pages in page_parts(locator.strip()) if part.strip())


def full_parts(
    entry: Entry, words: StyleWords = ENGLISH, *, invert_first: bool = False, suppress_author: bool = False
) -> FullParts:
    """The parts of the full reference; without the authors' or editors' names if
    ``suppress_author`` (``[-@key]``)."""
    template = TEMPLATES.get(entry.type, FALLBACK_TEMPLATE)
    parts: list[RichText] = []
    link: RichText | None = None
    page_range: RichText | None = None
    for part in template:
        if part is creators and suppress_author:
            continue
        if part is creators:
            text = creators(entry, words, invert_first=invert_first)
        elif part is in_book or part is translators:
            text = part(entry, words, in_note=not invert_first)
        else:
            text = part(entry, words)
        if text is None or not text.plain.strip():
            continue  # an empty field makes no element, and no stray comma
        if part is url:
            link = text
        else:
            parts.append(text)
            if part is pages:
                page_range = text
    return FullParts(parts, page_range, link)


#: A hyphen or two between numbers in a locator ("pp. 3-4"): a range, set with an en dash
#: as the bibliography's pages are.
_LOCATOR_RANGE = re.compile(r"(?<=\d)\s*-{1,2}\s*(?=\d)")


#: A page number, arabic or lower-case roman ("59", "xii").
_PAGE_NUMBER = r"(?:\d+|(?=[ivxl])(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))"
#: A locator with no label, only pages: alone, in ranges or in lists ("59", "3–4", "xii, 7").
_BARE_PAGES = re.compile(rf"{_PAGE_NUMBER}(?:\s*(?:[–,&]|-{{1,2}})\s*{_PAGE_NUMBER})*")
#: A hyphen or two in a range of roman pages ("ii-iv").
_HYPHENS = DeferredPattern(r"\s*-{1,2}\s*")


def locator_text(locator: str, words: StyleWords = ENGLISH) -> str:
    """The locator as a note prints it: as written, with an en dash in a range of numbers.

    Pages with no label (``[@key, 59]``) get the page label, as Pandoc reads a locator
    without one: ``p. 59``, ``pp. 3–4``.
    """
    text = _LOCATOR_RANGE.sub("–", locator.strip())
    if _BARE_PAGES.fullmatch(text):
        return f"{words.page if text.isalnum() else words.pages} {_HYPHENS.sub('–', text)}"
    return text


def _with_locator(parts: list[RichText], locator: str, words: StyleWords, link: RichText | None = None) -> RichText:
    """The parts joined, the locator (``p. 7``) after them and before the link."""
    return _after_joined(_join(parts), len(parts), locator, words, link)


def _after_joined(
    joined: RichText, count: int, locator: str, words: StyleWords, link: RichText | None = None
) -> RichText:
    """`_with_locator` from ``count`` parts already joined: the locator and the link joined
    after them as `_join` would have joined them."""
    tail = []
    if locator.strip():
        tail.append(RichText().add_words(locator_text(locator, words)))
    if link is not None:
        tail.append(link)
    for part in tail:
        if count:
            joined.join_after(", ")
        joined.extend(part)
        count += 1
    return joined


def full(
    entry: Entry,
    locator: str = "",
    *,
    words: StyleWords = ENGLISH,
    invert_first: bool = False,
    suppress_author: bool = False,
) -> RichText:
    """The full reference, as in a first citation (no final full stop)."""
    parts = full_parts(entry, words, invert_first=invert_first, suppress_author=suppress_author)
    return _with_locator(parts.cited_at(locator, words), locator, words, parts.link)


def short_title(entry: Entry, *, marked: bool = False) -> str:
    """The title of a short form: the journal shortens only where ``shorttitle`` says how."""
    shortened = entry.marked("shorttitle") if marked else entry.get("shorttitle")
    return shortened or full_title(entry, marked=marked) or entry.key


def short_parts(entry: Entry, words: StyleWords = ENGLISH, *, suppress_author: bool = False) -> list[RichText]:
    """The parts of the short form: family names (unless ``suppress_author``) and short title."""
    parts = []
    people = () if suppress_author else leading_people(entry)
    if people and (names := family_names(people, words)).strip():
        parts.append(RichText().add_words(names))
    parts.append(styled_title(entry, short_title(entry, marked=True), words))
    return parts


def short(entry: Entry, locator: str = "", *, words: StyleWords = ENGLISH, suppress_author: bool = False) -> RichText:
    """The short form of a later citation: ``Dvořák, *Rivers and Borders*, p. 7``."""
    return _with_locator(short_parts(entry, words, suppress_author=suppress_author), locator, words)


class EntryForms:
    """`full` and `short`, with what does not depend on the locator made once per entry.

    A note style cites the same sources again and again; the parts of their references
    are read from the entry, and joined, once per build. Parts are never changed in place:
    `_join` copies their runs, and each form starts from a copy of the joined runs.
    """

    def __init__(self, words: StyleWords = ENGLISH) -> None:
        self.words = words
        #: By key, and whether the names are left out (``[-@key]``).
        self._full: dict[tuple[str, bool], FullParts] = {}
        self._short: dict[tuple[str, bool], list[RichText]] = {}
        #: The runs of the parts joined: by form, key, whether the names are left out, and
        #: for a full form whether it is given whole (a page cited leaves the range out).
        self._joined: dict[tuple[str, str, bool, bool], tuple[Run, ...]] = {}

    def full(self, entry: Entry, locator: str = "", *, suppress_author: bool = False) -> RichText:
        cached = (entry.key, suppress_author)
        if cached not in self._full:
            self._full[cached] = full_parts(entry, self.words, suppress_author=suppress_author)
        parts = self._full[cached]
        cited = parts.cited_at(locator, self.words)
        joined = self._joined_parts(("full", *cached, cited is parts.parts), cited)
        return _after_joined(joined, len(cited), locator, self.words, parts.link)

    def short(self, entry: Entry, locator: str = "", *, suppress_author: bool = False) -> RichText:
        cached = (entry.key, suppress_author)
        if cached not in self._short:
            self._short[cached] = short_parts(entry, self.words, suppress_author=suppress_author)
        parts = self._short[cached]
        return _after_joined(self._joined_parts(("short", *cached, True), parts), len(parts), locator, self.words)

    def _joined_parts(self, key: tuple[str, str, bool, bool], parts: list[RichText]) -> RichText:
        """A copy of ``parts`` joined (`_join`), joined once per key."""
        if key not in self._joined:
            self._joined[key] = tuple(_join(parts).runs)
        return RichText(self._joined[key])  # a list of its own: the runs are tuples, never changed

    def ibid(self, locator: str = "", *, in_sentence: bool = False) -> RichText:
        return ibid(locator, words=self.words, in_sentence=in_sentence)


def ibid(locator: str = "", *, words: StyleWords = ENGLISH, in_sentence: bool = False) -> RichText:
    """``Ibid.`` or ``Ibid., p. 7``; ``in_sentence``, after words of its sentence (``see ibid.``)."""
    text = RichText().add_words((in_sentence and words.ibid_in_sentence) or words.ibid)
    if locator:
        text.add_words(f", {locator_text(locator, words)}")
    return text


def bibliography_entry(entry: Entry, words: StyleWords = ENGLISH) -> RichText:
    """The bibliography form: the first name inverted for sorting, then as the full note."""
    return full(entry, words=words, invert_first=True).punctuate(".")


#: The articles a title's sort leaves out at its start, by the article's language (Chicago,
#: 17th ed., 14.67: "The Archive" is sorted as "Archive"). Only the title's own language's
#: (``langid``), or else the article's: a French "A" may be "à" set in capitals without its accent.
INITIAL_ARTICLES = {
    "en": ("the", "a", "an"),
    "fr": ("le", "la", "les", "l'", "l’", "un", "une"),
    "de": ("der", "die", "das", "ein", "eine"),
    "es": ("el", "la", "los", "las", "un", "una"),
    "it": ("il", "lo", "la", "i", "gli", "le", "l'", "l’", "un", "una", "uno"),
    "pt": ("o", "a", "os", "as", "um", "uma"),
    "nl": ("de", "het", "een"),
}


def title_sort_key(title: str, language: str = "en") -> str:
    """A title as it sorts: without case, accents, opening marks and an initial article."""
    key = fold(title).lstrip("“”\"'‘’«» [(")
    for article in INITIAL_ARTICLES.get(language.split("-")[0].casefold(), ()):
        elided = article.endswith(("'", "’"))
        if key.startswith(article if elided else f"{article} ") and len(key) > len(article) + (0 if elided else 1):
            return key[len(article) :].lstrip()
    return key


#: Apostrophes, which alphabetizing passes over: d'Hooghe files as dHooghe, after Den Hao,
#: and O'Brien after Oakes, not before every name of their letter.
UNSORTED_APOSTROPHES = str.maketrans("", "", "'’ʼ")


def sort_key(entry: Entry, language: str = "en") -> tuple[str, str, str]:
    """Sort by first creator (family name), then title; works with no creator sort by title.
    A title's initial article, in its own language (``langid``) or else the article's
    ``language``, is not sorted by, nor are apostrophes. The creators are those the
    reference starts with (`leading_people`): a chapter without an author sorts by its title,
    not by its book's editors."""
    people = leading_people(entry)
    first = people[0].sort_key().translate(UNSORTED_APOSTROPHES) if people else ""
    own = language_tag(entry.get("langid")) if entry.get("langid") else None
    title_key = title_sort_key(short_title(entry), own or language).translate(UNSORTED_APOSTROPHES)
    return (first or title_key, title_key, entry.key)
