"""The ``extra.explainer`` block of ``mkdocs.yml``: typed, documented, validated.

MkDocs hooks take no configuration of their own, so the options live under ``extra``
(which MkDocs leaves alone) and are validated here with MkDocs' own config machinery,
as a plugin's would be: a wrong value stops the build with the option's name.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence

from mkdocs.config import base
from mkdocs.config import config_options as c

from .author_names import AND_BETWEEN_NAMES, SUFFIX_AFTER_COMMA
from .bibtex import missing_bib_file_hint
from .citation_syntax import KEY
from .curly_quoted_options import curly_quoted_options
from .deferred_patterns import DeferredPattern
from .empty_options import empty_options, without_empty
from .errors import ExplainerError, ExplainerErrors, did_you_mean
from .glossary import CATEGORIES
from .hyphenation import LISTED_WORD
from .languages import language_tag
from .notes import StyleOptions
from .smart_quotes import keep_marks_with_words
from .style import ENGLISH, StyleWords
from .term_matcher import ENGLISH_PLURALS, EveryWordPlurals

#: The paper sizes the PDF's stylesheet is set for (`pdf_settings`), by their CSS names.
PDF_PAPERS = ("A4", "A5", "letter")


class OneOrMany(c.ListOfItems):
    """A list of items; one item written alone (``bib_files: refs.bib``) is a list of one."""

    def run_validation(self, value: object) -> list:
        if isinstance(value, str):
            value = [value]
        elif value is not None and not isinstance(value, list):
            raise c.ValidationError(f"expected a list, or one item, not {value!r} (quote a name YAML reads otherwise)")
        return super().run_validation(value)


class OneOrManyNames(OneOrMany):
    """`OneOrMany` for names or words (``authors``, ``keywords``): one written alone with a
    comma in it (``authors: Ana Exemplar, Jean Dupont``) is a slip for a list, which YAML
    would read as one name, commas and all. A suffix after a comma (``Martin King, Jr.``) is one."""

    def run_validation(self, value: object) -> list:
        if isinstance(value, str) and "," in value and not SUFFIX_AFTER_COMMA.search(value):
            raise c.ValidationError(f"{value!r} is one item, commas and all; for several, write a list: [{value}]")
        return super().run_validation(value)


class AuthorNames(OneOrManyNames):
    """`OneOrManyNames` for the article's authors, each a person given name first: one
    written with "and" (``[Ana Exemplar and Jean Dupont]``, as BibTeX joins names) is two, which
    the cite box and the metadata read as one ("A. E. and Jean Dupont")."""

    def run_validation(self, value: object) -> list:
        names = super().run_validation(value)
        for name in names:
            if found := AND_BETWEEN_NAMES.search(name):
                listed = ", ".join(part.strip() for each in names for part in AND_BETWEEN_NAMES.split(each))
                raise c.ValidationError(
                    f"{name!r} joins names with {found.group(0).strip()!r}, which the cite box would print as one"
                    f" person's; write each name as an item of the list: [{listed}]"
                )
        return names


class FilePaths(OneOrMany):
    """Paths of files, each listed once: ``refs.bib`` and ``./refs.bib`` are one file, and
    read twice, every entry of it would be reported as its own duplicate."""

    def __init__(self, default: list[str]) -> None:
        super().__init__(c.Type(str), default=default)

    def run_validation(self, value: object) -> list:
        paths = super().run_validation(value)
        seen: set[str] = set()
        for path in paths:
            normal = os.path.normpath(path)
            if normal in seen:
                raise c.ValidationError(f"{path!r} is listed twice; list each file once")
            seen.add(normal)
        return paths


class Matching(c.Type):
    """Text that must match a pattern; the error says what the pattern stands for."""

    def __init__(self, pattern: str, what: str, default: str, meant: Callable[[str], str | None] | None = None) -> None:
        super().__init__(str, default=default)
        self._pattern = re.compile(pattern)
        self._what = what
        #: The value meant by one that does not match, to name in the error, if it can tell.
        self._meant = meant

    def run_validation(self, value: object) -> str:
        value = super().run_validation(value)
        if not self._pattern.fullmatch(value):
            meant = self._meant(value) if self._meant is not None else None
            raise c.ValidationError(f"{value!r} is not {self._what}" + (f"; write {meant}" if meant else ""))
        return value


class Printed(c.Type):
    """A number or a label as the journal prints it (``12``, ``3-4``, ``Spring``), written bare
    in YAML or quoted; read as text. ``pattern``, if given, is the form it must have."""

    def __init__(self, pattern: str = "", what: str = "") -> None:
        super().__init__(str, default="")
        self._pattern = re.compile(pattern) if pattern else None
        self._what = what

    def run_validation(self, value: object) -> str:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        value = super().run_validation(value).strip()
        if value and self._pattern is not None and not self._pattern.fullmatch(value):
            raise c.ValidationError(f"{value!r} is not {self._what}")
        return value


def _bare_doi(value: str) -> str | None:
    """The DOI an address or a ``doi:`` gives (``https://doi.org/10.1/x``: ``10.1/x``), else None."""
    bare = re.sub(r"(?i)^(https?://(dx\.)?doi\.org/|doi:\s*)", "", value.strip())
    return bare if bare != value and bare.startswith("10.") else None


class PathInside(c.Type):
    """A path relative to the docs folder or the built site, that stays inside it.

    ``..``, an absolute path or a drive would write a file elsewhere, or read one the
    site does not hold; ``suffixes`` (if any) are the endings the file may have.
    """

    def __init__(self, where: str, suffixes: tuple[str, ...], default: str) -> None:
        super().__init__(str, default=default)
        self._where, self._suffixes = where, suffixes

    def run_validation(self, value: object) -> str:
        value = super().run_validation(value)
        parts = value.replace("\\", "/").split("/")
        outside = value.startswith(("/", "\\")) or ":" in value or ".." in parts
        if outside or (self._suffixes and not value.endswith(self._suffixes)):
            kind = f"a {' or '.join(self._suffixes)} file's path" if self._suffixes else "a path"
            raise c.ValidationError(f"{value!r} is not {kind} inside {self._where} (like {self.default})")
        return value


class PaperSize(c.Type):
    """One of ``papers``, as CSS names page sizes: in any case (``a5`` is ``A5``), as CSS reads it."""

    def __init__(self, papers: tuple[str, ...], default: str) -> None:
        super().__init__(str, default=default)
        self._papers = papers
        #: What an editor may write (`empty_options`).
        self.choices = papers

    def run_validation(self, value: object) -> str:
        value = super().run_validation(value)
        for paper in self._papers:
            if paper.casefold() == value.strip().casefold():
                return paper
        *others, last = self._papers
        raise c.ValidationError(f"{value!r} is no paper size the PDF is set for; write {', '.join(others)} or {last}")


#: A placeholder, as a phrase holds one (``{number}``).
_PLACEHOLDER = re.compile(r"\{(\w*)\}")


class Words(c.Type):
    """Interface text: a space beside a mark, as French sets it, never breaks a line
    (`keep_marks_with_words`)."""

    #: The placeholders the text may hold, which the hooks fill in.
    fills: tuple[str, ...] = ()

    def __init__(self, default: str = "", *, marks_meant: bool = False) -> None:
        super().__init__(str, default=default)
        #: Whether the text may be wholly in quotation marks (``“{title}”``): otherwise a
        #: label so written is a word processor's slip (`curly_quoted_options`).
        self.marks_meant = marks_meant

    def run_validation(self, value: object) -> str:
        text = super().run_validation(value)
        # As the editor typed it, which is what an error quotes.
        if stray := next((name for name in _PLACEHOLDER.findall(text) if name not in self.fills), None):
            # `note: "note {number}"` printed "note {number} 28"; `call_label: "Note {n}"` stopped
            # the build with Python's KeyError.
            filled = " and ".join(f"{{{name}}}" for name in self.fills)
            raise c.ValidationError(
                f"{text!r} holds {{{stray}}}, which this option does not fill in"
                + (f" (only {filled})" if filled else "")
                + f"; write it without {{{stray}}}"
                + (f" (like {self.default!r})" if self.default else "")  # not "(like '')"
            )
        self.check(text)
        return keep_marks_with_words(text)

    def check(self, text: str) -> None:
        """Raise `ValidationError` if ``text`` cannot be used; any text can, here."""


class Heading(Words):
    """A heading or a link's text the hooks write: never empty, which would show a blank
    heading (``timeline_title: ""``) or a link with nothing to click."""

    def check(self, text: str) -> None:
        if not text.strip():
            raise c.ValidationError(
                f"{text!r} is empty, so a reader would find no words there; write them, or delete the line to keep"
                f" {self.default!r}"
            )


class Phrase(Words):
    """Interface text that must hold its placeholders (``{number}``): without one, the
    text would lose the number or name it stands for."""

    def __init__(
        self, default: str, *placeholders: str, optional: tuple[str, ...] = (), marks_meant: bool = False
    ) -> None:
        super().__init__(default, marks_meant=marks_meant)
        self._placeholders = placeholders
        self.fills = (*placeholders, *optional)

    def check(self, text: str) -> None:
        missing = [name for name in self._placeholders if "{" + name + "}" not in text]
        if missing:
            raise c.ValidationError(
                f"{text!r} lacks {{{missing[0]}}}, where the {missing[0]} goes (like {self.default!r})"
            )


def check_italics(text: str) -> None:
    """Raise `ValidationError` if the asterisks that set a note's word in italics are not in pairs."""
    if text.count("*") % 2 or "**" in text:
        word = text.replace("*", "").strip()
        raise c.ValidationError(
            f"{text!r} has an asterisk without its pair; write one on each side of the words in italics"
            f" ({'*' + word + '*'!r}), or none"
        )


class NoteWords(Words):
    """A word of the notes, which asterisks may set in italics (``*Ibid.*``)."""

    def check(self, text: str) -> None:
        check_italics(text)


class NotePhrase(Phrase):
    """A phrase of the notes with its placeholders, which asterisks may set in italics."""

    def check(self, text: str) -> None:
        super().check(text)
        check_italics(text)


class PluralRules(OneOrMany):
    """Rules that make a plural: an ending added (``s``), or ``ending>plural`` (``y>ies``)."""

    _RULE = re.compile(r"[^\W\d_]*>[^\W\d_]+|[^\W\d_]+")

    def __init__(self) -> None:
        super().__init__(c.Type(str), default=list(ENGLISH_PLURALS))

    def run_validation(self, value: object) -> list[str]:
        rules = super().run_validation(value)
        for rule in rules:
            if not self._RULE.fullmatch(rule):
                raise c.ValidationError(
                    f"{rule!r} is not a plural rule: write an ending to add (s) or an ending and what"
                    " replaces it (y>ies), in letters"
                )
        return rules

    def post_validation(self, config: base.Config, key_name: str) -> None:
        # The rules carry where they apply, so that every glossary matcher reads them alike.
        if config.get("glossary_plural_words") == "every":
            config[key_name] = EveryWordPlurals(config[key_name])


class CategoryNames(c.DictOfItems):
    """The glossary's categories as the site names them: keys are the categories' own names
    (checked against ``glossary_categories`` once both are read: `_unknown_category_names`)."""

    def __init__(self) -> None:
        super().__init__(Words(), default={})


class Categories(OneOrManyNames):
    """The glossary's categories: names, each once (one written alone with commas is a list
    without its brackets, which the check of ``words.categories`` would misname)."""

    def __init__(self) -> None:
        super().__init__(c.Type(str), default=list(CATEGORIES))

    def run_validation(self, value: object) -> list[str]:
        categories = [category.strip() for category in super().run_validation(value)]
        if not categories or not all(categories):
            raise c.ValidationError("list the categories, one name each (concept, place, person…)")
        folded = [category.casefold() for category in categories]
        if twice := next((name for name, fold in zip(categories, folded, strict=True) if folded.count(fold) > 1), None):
            raise c.ValidationError(f"{twice!r} is listed twice; list each category once")
        return categories


class WordsConfig(base.Config):
    """The interface's other words, for an article in another language (the titles of
    the pages and sections the hooks write are options of their own)."""

    note = Words("note")
    """The word before a note's number in lists of notes: the bibliography's links back, the timeline."""

    notes = Words("notes")
    """The same word before several numbers."""

    reference_as_text = Words("Reference as text")
    """In the cite box, the heading of the reference as plain text."""

    article_sources = Words("The article’s sources:")
    """In the cite box, the words before the links to the whole bibliography (BibTeX, CSL-JSON)."""

    copy_reference_as_text = Words("Copy the reference as text")
    """In the cite box, the name a screen reader gives the button that copies the reference as text."""

    copy_bibtex = Words("Copy the BibTeX record")
    """In the cite box, the name a screen reader gives the button that copies the BibTeX."""

    copy_ris = Words("Copy the RIS record")
    """In the cite box, the name a screen reader gives the button that copies the RIS."""

    cite_section = Phrase("section “{section}”", "section", marks_meant=True)
    """In the cite box's reference to a section, the words around the section's title."""

    from_paragraph = Phrase("From paragraph {number}", "number")
    """What a screen reader says for a summary point's link to its paragraph."""

    uses_count = Phrase("({count} uses in this passage)", "count")
    """On a glossary entry, after a section that uses the term more than once, all in the
    sentence quoted."""

    uses_in_sentence = Phrase("({count} uses in the passage, {quoted} in this sentence)", "count", "quoted")
    """The same, after a section whose uses are all in one passage (a paragraph, a note),
    some of them in other sentences than the one quoted: the section's title links to the
    passage, where the reader finds them all."""

    uses_in_passages = Phrase("({count} uses in {passages} passages)", "count", "passages")
    """The same, after a section that uses the term in several passages: the quoted one
    and those linked under it (`uses_also`), which the reader counts."""

    passage_uses = Phrase("{count} uses", "count")
    """After such a passage's link (`uses_also`), in parentheses, where it uses the term more
    than once (``¶ 3 (2 uses)``); in the PDF, after the passage's page (``¶ 3 (p. 14, 2 uses)``)."""

    uses_also = Words("Also in")
    """On a glossary entry, before the links to a section's other passages that use the
    term, after the one quoted (``Also in ¶ 4, note 12``)."""

    use_paragraph = Phrase("{section}, paragraph {number}", "section", "number")
    """What a screen reader says for such a link to a paragraph (shown ``¶ 4``)."""

    use_passage = Phrase("passage {number}", "number")
    """Such a link's words where the passage is neither a paragraph of the text nor a
    note's (a list's item): its place among the section's passages that use the term."""

    timeline_events = Words("On the timeline")
    """On a glossary entry for a place, the heading of its timeline events."""

    notes_concerning = Words("Notes that concern it")
    """On a glossary entry for a place, the heading of the article's notes about it."""

    colon = Words(": ")
    """Between a label and what it introduces on a glossary entry: an event's date and the
    event, a section and its notes (French sets a space before it: ``" : "``)."""

    category = Words("Category")
    """The glossary's filter: its heading."""

    category_filter = Words("Show entries of one category")
    """The glossary's filter: what a screen reader says of it."""

    all_categories = Words("All")
    """The glossary's filter: the choice that shows every entry."""

    entry_shown = Phrase("{count} entry shown", "count")
    """The glossary's filter: what a screen reader is told after a choice that leaves one
    entry (or any count the article's language says as one: French says 0 so too)."""

    entries_shown = Phrase("{count} entries shown", "count")
    """The glossary's filter: what a screen reader is told after a choice, for other counts."""

    categories = CategoryNames()
    """The categories as the site names them (``place: Lieu``); a category left out keeps its own name."""

    country = Words("Country")
    """The timeline's filter: its heading."""

    country_filter = Words("Show the events of one country")
    """The timeline's filter: what a screen reader says of it."""

    all_countries = Words("All")
    """The timeline's filter: the choice that shows every event (a word of its own: some
    languages say "all" otherwise of countries than of categories)."""

    event_shown = Phrase("{count} event shown", "count")
    """The timeline's filter: what a screen reader is told after a choice that leaves one
    event (or any count the article's language says as one)."""

    events_shown = Phrase("{count} events shown", "count")
    """The timeline's filter: what a screen reader is told after a choice, for other counts."""

    contents = Words("Contents")
    """The PDF's table of contents: its heading; and the heading of the home page's list of
    the site's pages, shown where the navigation is behind the menu button (a phone)."""

    contents_name = Words("Sections and pages")
    """The name a screen reader gives that list on the home page, among the page's other
    navigation: one the theme's table of contents of the page ("Table of contents",
    "Table des matières") does not sound like."""

    not_found = Words("Page not found")
    """The heading of the page a broken link leads to (Material's own is in English whatever the site's language)."""

    not_found_home = Words("Go to the start of the article")
    """On that page, the link to the home page."""

    pdf_size = Phrase("({megabytes} MB)", "megabytes")
    """After the PDF link's label, the PDF's size, for readers who pay for their data
    (``{megabytes}``: millions of bytes, to a tenth below ten, written with ``decimal_mark``)."""

    decimal_mark = Words(".")
    """The mark between a number's whole part and its tenths (the PDF's size): French ``","``."""

    search_close_words = Phrase("No exact match; showing results for words close to “{query}”.", "query")
    """Above the search's results, where a query found nothing as typed and the results
    shown are for words one letter away from its own (``{query}``, as the reader typed it)."""


class NoteWordsConfig(base.Config):
    """The words the notes and the bibliography set around a source's fields, for an
    article in another language; the defaults are the journal's (`style.ENGLISH`). Dates
    follow ``article.language``. Asterisks set a word in italics, as in Markdown, in all
    but ``quoted_title`` and ``semicolon``: French journals set Latin so (``ibid: "*Ibid.*"``,
    ``et_al: "*et al.*"``)."""

    ibid = NoteWords(ENGLISH.ibid)
    """For the source cited alone in the note just before."""

    ibid_in_sentence = NoteWords(ENGLISH.ibid_in_sentence)
    """``ibid`` after words of its own sentence, a prefix's or a prose note's (French:
    ``*ibid.*``, in ``voir ibid.``); left empty, ``ibid`` as it is."""

    page = NoteWords(ENGLISH.page)
    """Before a single page of an entry's ``pages``, and of a locator without a label
    (``[@key, 7]``); a locator with a label (``p. 7``, ``chap. 3``) is printed as written.
    In the PDF, also before the page of each passage a glossary entry lists: after its
    section's title (``1.2 Dams (p. 9)``) and under ``Also in`` (``¶ 2 (p. 14)``,
    `pdf_passage_pages`)."""

    pages = NoteWords(ENGLISH.pages)
    """Before a range or list of pages."""

    article_number = NoteWords(ENGLISH.article_number)
    """Before an article's number in its journal or proceedings (``articleno``, ``eid``)."""

    volume = NoteWords(ENGLISH.volume)
    """Before a volume's number."""

    number = NoteWords(ENGLISH.number)
    """Before an issue's, a report's or a series' number."""

    editor = NoteWords(ENGLISH.editor)
    """After the name of a book's one editor."""

    editors = NoteWords(ENGLISH.editors)
    """After the names of a book's editors."""

    et_al = NoteWords(ENGLISH.et_al)
    """After the names of a list that ends ``and others``."""

    in_book = NoteWords(ENGLISH.in_book)
    """Before the book a chapter belongs to."""

    translated_by = NoteWords(ENGLISH.translated_by)
    """Before the translators' names, after the title they translated."""

    edition = NotePhrase(ENGLISH.edition, "number", optional=("suffix",))
    """A numbered edition: ``{number}`` is its number, ``{suffix}`` its ordinal's ending in
    the article's language (English ``st``, ``nd``, ``rd``, ``th``; French ``re``, ``e``;
    another language gets English's, and leaves it out)."""

    quoted_title = Phrase(ENGLISH.quoted_title, "title", marks_meant=True)
    """A title set in quotation marks (an article's, a chapter's). A comma or full stop after
    it goes inside a closing ``”``, as American print sets it, and after any other mark."""

    quote_in_title = Phrase(ENGLISH.quote_in_title, "quote", marks_meant=True)
    """A quotation inside a title set in ``quoted_title``'s marks, where the title quotes it
    between marks of that same kind: French ``“{quote}”`` (« Le “miracle” économique »). The
    journal's sets double marks within double, as it prints them."""

    forthcoming = NoteWords(ENGLISH.forthcoming)
    """For a source whose ``pubstate`` is ``forthcoming``; another ``pubstate`` is printed as written."""

    in_press = NoteWords(ENGLISH.in_press)
    """For a source whose ``pubstate`` is ``inpress``."""

    no_date = NoteWords(ENGLISH.no_date)
    """Where the date goes, for a source with none: nothing, as the journal prints it, by
    default; Chicago's ``n.d.`` for a journal that sets it (French ``s.d.``)."""

    phd_thesis = NoteWords(ENGLISH.phd_thesis)
    """A doctoral thesis's kind: an ``@phdthesis``, or a ``@thesis`` with ``type = {phdthesis}``."""

    masters_thesis = NoteWords(ENGLISH.masters_thesis)
    """A master's thesis's kind: an ``@mastersthesis``, or a ``@thesis`` with ``type = {mathesis}``
    (or ``{mastersthesis}``); another ``type`` is printed as written."""

    semicolon = Words(ENGLISH.semicolon)
    """The mark after each source but the last that one note cites, and between the pages
    of the bibliography's "Also cited in" list; French writes ``" ;"``, a space before it."""


class ArticleConfig(base.Config):
    """What the article says about itself: for the cite box, the PDF and the metadata tags.

    Only what the manuscript states: no journal, year, volume or DOI unless it gives them
    (each is empty by default, and an empty one is left out everywhere).
    """

    title = c.Optional(c.Type(str))
    """The article's title; by default, the site's name."""

    authors = AuthorNames(c.Type(str), default=[])
    """Authors as they sign, given name first (``Ana Exemplar``); a particle in lower case
    goes with the family name (``Jean de La Rivière``). By default, the site's author."""

    affiliation = c.Type(str, default="")
    """The authors' affiliation, as printed."""

    keywords = OneOrManyNames(c.Type(str), default=[])
    """The article's keywords, as printed."""

    # `en_GB`, `English`: the tag meant is named (`languages.language_tag`).
    language = Matching(
        r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", "a BCP 47 language tag (en, fr, en-GB)", "en", meant=language_tag
    )
    """The language of the article (BCP 47), for the PDF and the metadata; in English the
    editors' quotation marks are set as print sets them (“ ” ‘ ’), in others left as typed."""

    citation_key = Matching(KEY, "a BibTeX key (letters, digits, and - _ : . /, no space)", "article")
    """The key of the article's own BibTeX record in the cite box."""

    # Where the article was published, if it was: none by default, as a manuscript states none.
    journal = c.Type(str, default="")
    """The journal that published the article, as it prints its name; with it, the cite box
    gives the article as a journal's (BibTeX ``@article``, RIS ``JOUR``)."""

    volume = Printed()
    """The journal's volume the article is in (``12``)."""

    issue = Printed()
    """The volume's issue the article is in (``3``; ``3-4``)."""

    year = Printed(r"\d{4}", "a year of four digits (2021)")
    """The year the article was published (``2021``)."""

    pages = Printed(r"[^\s,]+([-–]+[^\s,]+)?", "a page or a range of pages (45–67)")
    """The article's pages in the journal (``45–67``; ``45-67`` is read the same)."""

    doi = Matching(r"(10\.\d{4,}(\.\d+)*/\S+)?", "a DOI (10.1234/example), without its address", "", meant=_bare_doi)
    """The article's DOI, bare (``10.1234/example``): the cite box links it at ``https://doi.org/``."""


class ExplainerConfig(base.Config):
    """Options of the explainer hooks, under ``extra: explainer:`` in ``mkdocs.yml``."""

    bib_files = FilePaths(default=["bib/article.bib"])
    """BibTeX files, relative to ``mkdocs.yml`` (one may be written alone). A key may appear in only one of them.
    The default is the file ``make new-article`` writes (`new_article`)."""

    bibliography_page = PathInside("the docs folder", (".md",), default="bibliography.md")
    """Where the generated bibliography page lives, relative to ``docs/``. If the file
    exists, it is used as the page (put ``<div data-explainer-bibliography></div>`` where
    the list goes); if not, a page with just the title and the list is generated."""

    bibliography_title = Heading("Bibliography")
    """Title of the generated bibliography page."""

    positions = c.Choice(("article", "page"), default="article")
    """``article``: a source is cited in full at its first citation in the whole article,
    in short form after that, as printed journals do. ``page``: in full at its first
    citation on each page, for sites whose pages are read on their own."""

    ibid = c.Type(bool, default=True)
    """Write ``Ibid.`` when a note cites the one source cited alone in the note before."""

    prose_breaks_ibid = c.Type(bool, default=True)
    """A prose note that cites nothing breaks the chain, so the note after it does not
    say ``Ibid.``; set to false to look past such notes."""

    note_calls_side_by_side = c.Type(bool, default=False)
    """Keep two note calls written side by side (``[@a], [@b]``) without a warning: for an
    edition that reproduces a printed original's, where merging them into one note would
    change the numbering. Print sets one note at one place; by default, each such run warns."""

    note_calls_in_headings = c.Type(bool, default=False)
    """Keep a note call written in a heading (``## Origins[@a]``) without a warning: for an
    edition that reproduces a printed original that has one. Print sets none there; by
    default, each warns. The contents, the bookmarks and the running heads leave its number out
    either way."""

    warn_uncited = c.Type(bool, default=True)
    """Warn (a failure under ``--strict``) about a bibliography entry that no note cites."""

    notes_title = Heading("Notes")
    """Heading of the list of notes at the end of each page."""

    call_label = Phrase("Note {number}", "number")
    """What a screen reader says for a note call; ``{number}`` is the note's number."""

    backref_label = Phrase("Back to the call of note {number}", "number")
    """Label of the link from a note back to its call."""

    cited_in_label = Words("Cited in")
    """Words before the list of notes that cite a source, on the bibliography page."""

    also_in_label = Words("Also cited in:")
    """Words before the notes of separate pages (the glossary) that cite a source."""

    chapter_cited_in_label = Words("A chapter in it is cited in")
    """Words before the list of notes that cite a chapter of a book (an entry that names the
    book as its ``crossref``), under the book, on the bibliography page."""

    paper_cited_in_label = Words("A paper in it is cited in")
    """Words before the list of notes that cite a paper in proceedings (an ``@inproceedings``
    that names them as its ``crossref``), under the proceedings, on the bibliography page."""

    separate_notes = c.ListOfItems(c.Type(str), default=["glossary/"])
    """Folders (relative to ``docs/``) whose pages number their notes from 1, each on its
    own, and cite every source in full first: appendices such as the glossary, whose
    notes must not shift the article's numbering. In the PDF, where such pages run on
    one after another, their notes are numbered through the run. The glossary's folder
    (`glossary_dir`) is always one."""

    glossary_dir = PathInside("the docs folder", (), default="glossary")
    """Folder of glossary entries, relative to ``docs/``: one page per entry, its data in
    front matter. Its ``index.md`` is the glossary's index page (generated if absent)."""

    glossary_title = Heading("Glossary")
    """Title of the generated glossary index page."""

    glossary_categories = Categories()
    """The categories of glossary entries, in the order the glossary's filter lists them.
    An entry of the category ``place`` is a place: the timeline's countries are checked
    against the places' names, and a place's entry lists its events and notes."""

    glossary_plurals = PluralRules()
    """How a term's last word makes its plural, for finding terms in the text: an ending
    added (``s``), or one ending replaced by another (``y>ies``, ``al>aux``). English's by
    default; another language lists its own, and ``[]`` finds the names as written only."""

    glossary_plural_words = c.Choice(("last", "every"), default="last")
    """Which words of a name take the plural: the ``last`` (English: "human rights"), or
    ``every`` one, each alone or with others (French: "bassins versants", "droits de l'homme")."""

    link_terms = c.Type(bool, default=True)
    """Link the first use of each glossary term on each article page to its entry."""

    glossary_emphasis_languages = c.Type(bool, default=True)
    """In the editors' text (glossary entries, summaries, the timeline's events, the pages
    that are no section of the article), mark emphasis whose words are a glossary name in a
    language of its own (``*Heimat*``, where an entry gives ``Heimat`` ``lang: de``) with
    that language, as ``*Heimat*{lang=de}`` would. The author's sections are left as written."""

    uses_title = Heading("Where it appears")
    """Heading, on each entry page, of the list of sections that use the term."""

    related_title = Heading("Related entries")
    """Heading, on each entry page, of the list of related entries."""

    warn_unused_terms = c.Type(bool, default=True)
    """Warn (a failure under ``--strict``) about a glossary entry no article page uses."""

    article = c.SubConfig(ArticleConfig)
    """The article's own metadata (title, authors, affiliation, keywords, language), and
    where it was published if it was (journal, volume, issue, year, pages, DOI)."""

    words = c.SubConfig(WordsConfig)
    """The interface's other words, for an article in another language."""

    note_words = c.SubConfig(NoteWordsConfig)
    """The notes' and the bibliography's words, for an article in another language."""

    timeline_file = PathInside("the docs folder", (".yml", ".yaml"), default="timeline.yml")
    """The timeline's events, relative to ``docs/``; without this file there is no timeline."""

    timeline_page = PathInside("the docs folder", (".md",), default="timeline.md")
    """Where the generated timeline page lives, relative to ``docs/``."""

    timeline_title = Heading("Timeline")
    """Title of the generated timeline page."""

    summary_title = Heading("In brief — the editors’ summary")
    """Heading of the box of summary points at the top of a section."""

    bibtex_download = PathInside("the site", (".bib",), default="bibliography.bib")
    """File name, in the site, of the whole bibliography as BibTeX (the source files as written)."""

    csl_download = PathInside("the site", (".json",), default="bibliography.json")
    """File name, in the site, of the whole bibliography as CSL-JSON."""

    cite_title = Heading("Cite this article")
    """Heading of the box with the article's reference, BibTeX and RIS."""

    pdf = c.Type(bool, default=True)
    """Write the whole article as a PDF with ``mkdocs build``. ``mkdocs serve`` skips it
    unless the environment sets ``EXPLAINER_PDF=1``; ``EXPLAINER_PDF=0`` skips it anywhere."""

    pdf_file = PathInside("the site", (".pdf",), default="article.pdf")
    """The PDF's file name, relative to the site's root (inside it: no ``..``)."""

    pdf_paper = PaperSize(PDF_PAPERS, default="A4")
    """Paper size of the PDF: ``A4``, ``A5`` (a page a phone shows whole) or US ``letter``."""

    pdf_link_label = Heading("Download PDF")
    """Text of the link to the PDF on every page."""

    pdf_hyphenation = OneOrMany(
        Matching(LISTED_WORD, "a word with a hyphen where a line may break it (Da-ge-stan)", default=""),
        default=[],
    )
    """Words the PDF breaks at line ends only where their hyphens are (``[Da-ge-stan]``),
    in any case and with an ending after them (``Dagestan's``); a word with no hyphen is
    never broken. For names the language's dictionary breaks wrongly ("Dages-tan")."""

    pdf_description = c.Type(str, default="")
    """What the PDF holds, in its properties (its Subject), where it differs from the site:
    a site's summaries, for one, are not in the PDF. Empty: the site's ``site_description``."""

    template_cache = c.Type(bool, default=True)
    """Keep the theme's compiled templates between builds (Jinja's bytecode cache, in a
    directory of the user's in the system's temporary directory), so that a build, and
    each ``mkdocs serve`` rebuild, does not compile them again. The pages are the same
    either way; set to false to compile them every build."""

    return_freed_memory = c.Type(bool, default=True)
    """Give large blocks of memory (128 KiB or more: pages' HTML, a long bibliography) back
    to the system as soon as the build frees them, so that its peak memory is what it holds
    at once (glibc's malloc only; elsewhere nothing changes). The pages are the same either
    way; set to false to keep glibc's own behaviour, which may keep such blocks for reuse.
    Once set, it holds for the rest of the ``mkdocs serve`` process."""

    convert_in_parallel = c.Type(bool, default=True)
    """Convert the last pages in a second process while MkDocs converts the first ones,
    where the system forks processes cheaply (Linux), so that a build of many pages uses
    a second core. The pages, and any warning or error, are the same either way; set to
    false to convert every page in the build's own process."""

    def style_options(self) -> StyleOptions:
        return StyleOptions(positions=self.positions, ibid=self.ibid, prose_breaks_ibid=self.prose_breaks_ibid)

    def style_words(self) -> StyleWords:
        """The notes' words (`note_words`), their dates in the article's language."""
        return StyleWords(
            **{name: self.note_words[name] for name, _ in NoteWordsConfig._schema}, language=self.article.language
        )

    def glossary_index_page(self) -> str:
        """The glossary's index page: ``index.md`` in `glossary_dir`."""
        return f"{self.glossary_dir.strip('/')}/index.md"

    def is_glossary_entry(self, src_uri: str) -> bool:
        """Whether a page is a glossary entry: a ``.md`` file in `glossary_dir`, not its index.

        The one rule for the site and the PDF: another file there (``notes.markdown``) is
        a page of its own, which MkDocs reports as missing from the nav."""
        folder = self.glossary_dir.strip("/") + "/"
        return src_uri.startswith(folder) and src_uri.endswith(".md") and src_uri != self.glossary_index_page()

    def is_separate(self, src_uri: str) -> bool:
        """Whether a page numbers its notes on its own (see `separate_notes`); the glossary's
        entries always do, wherever `glossary_dir` puts them."""
        folders = (*self.separate_notes, self.glossary_dir)
        return any(src_uri.startswith(folder.strip("/") + "/") for folder in folders)


def load_config(
    extra: dict,
    config_path: str,
    config_text: Callable[[], str] = str,
    config_sources: Callable[[], Sequence[tuple[str, str]]] | None = None,
) -> ExplainerConfig:
    """Validate ``extra.explainer``; raise `ExplainerErrors` naming each wrong option and its line.

    ``config_text`` gives the configuration file's text, read only to place an error;
    ``config_sources`` the files MkDocs merged, as (path, text): that file, then each one
    its ``INHERIT:`` names (by default, that file alone).
    """
    if "explainer" not in extra and (misspelt := _misspelt_explainer(extra)):
        lines = key_lines(config_text().splitlines(), ["extra", misspelt])
        raise ExplainerError(
            f"extra.{misspelt} is not read: did you mean explainer?",
            path=config_path,
            line=lines[-1] + 1 if len(lines) == 2 else None,
            hint=f"Write `explainer:`: until then no option under `{misspelt}:` is read, and the build takes the"
            " defaults (bib_files: bib/article.bib).",
        )
    if "explainer" in extra and extra["explainer"] is None:
        raise _no_options_under_explainer(extra, config_path, config_text)
    raw = extra.get("explainer") or {}
    if not isinstance(raw, dict):
        raise ExplainerError(
            "`extra.explainer` must be a mapping of options", path=config_path, line=option_line(config_text(), "")
        )
    # An option with nothing after its colon would take its default without a word.
    empty = empty_options(raw, ExplainerConfig._schema, {key: sub._schema for key, sub in SUB_CONFIGS.items()})
    raw = without_empty(raw, empty)
    config = ExplainerConfig(config_file_path=config_path)
    config.load_dict(raw)
    failed, warnings = config.validate()
    if failed:
        # MkDocs stops at the first option that fails; the options here do not depend on
        # one another, so each is checked alone and the editor sees every mistake at once.
        # (The one check across options, of the categories' names, waits for all to be valid.)
        failed, warnings = [], []
        for key, value in raw.items():
            alone = ExplainerConfig(config_file_path=config_path)
            alone.load_dict({key: value})
            key_failed, key_warnings = alone.validate()
            failed += key_failed
            warnings += key_warnings
    else:
        failed = _unknown_category_names(config)
    problems = [(key, f"extra.explainer.{key}: {_in_words(str(error))}") for key, error in [*failed, *warnings]]
    if problems or empty:
        text = config_text()
        errors = [
            ExplainerError(option.message, path=config_path, line=option_line(text, option.name), hint=option.hint)
            for option in empty
        ]
        for key, message in problems:
            if (grouped := _written_with_its_group(key, message)) is not None:
                group, name = grouped
                errors.append(
                    ExplainerError(
                        f"extra.explainer.{key}: the option `{name}` of `{group}` is written with a dot,"
                        " which YAML reads as one name",
                        path=config_path,
                        line=_literal_option_line(text, key),
                        hint=f"Write `{name}:` on a line of its own under `{group}:`, two spaces further in."
                        ' See "All the options" in CONTRIBUTING.md.',
                    )
                )
                continue
            errors.append(
                ExplainerError(
                    message,
                    path=config_path,
                    line=option_line(text, _option_named(key, message)),
                    hint=_closest_option(_option_named(key, message), message)
                    + 'See "All the options" in CONTRIBUTING.md.',
                )
            )
        raise ExplainerErrors(errors)
    sources = config_sources or (lambda: [(config_path, config_text())])
    if curly := curly_quoted_options(raw, _labels(), sources=sources):
        raise ExplainerErrors(curly)
    return config


def _labels() -> dict[str, list[str]]:
    """The options that are labels and titles, by group (``""``: the top level): interface
    text never meant wholly in quotation marks. Not the notes' quotation marks themselves
    (``quoted_title``), nor prose (``pdf_description``, ``article.affiliation``), nor the
    article's title, which may be a quotation (“Dear Leader”)."""
    schemas = {"": ExplainerConfig._schema, **{group: sub._schema for group, sub in SUB_CONFIGS.items()}}
    return {
        group: [name for name, option in schema if isinstance(option, Words) and not option.marks_meant]
        for group, schema in schemas.items()
    }


#: MkDocs' words for a value of another type than the option's (`mkdocs.config.config_options.Type`).
_WRONG_TYPE = DeferredPattern(r"Expected type: <class '(\w+)'> but received: <class '(\w+)'>")
#: MkDocs' words for one value where an option takes a list (`mkdocs.config.config_options.ListOfItems`).
_NOT_A_LIST = DeferredPattern(r"Expected a list of items, but a <class '(\w+)'> was given\.?")
#: MkDocs' words for a value not among an option's choices (`mkdocs.config.config_options.Choice`).
_NOT_A_CHOICE = DeferredPattern(r"Expected one of: \((?P<choices>[^)]*)\) but received: (?P<received>.+?)$")
#: What a value of each type is, in YAML's and an editor's words.
_TYPE_WORDS = {
    "bool": "true or false", "str": "text", "int": "a whole number", "float": "a number",
    "list": "a list", "dict": "a mapping (options indented under it)", "NoneType": "nothing",
}  # fmt: skip


def _in_words(message: str) -> str:
    """MkDocs' ``Expected type: <class 'bool'> but received: <class 'str'>`` in an editor's
    words, with what to write: ``expects true or false, not text; write it without quotes``."""
    if choice := _NOT_A_CHOICE.search(message):
        choices = [each.strip().strip("'\"") for each in choice.group("choices").split(",") if each.strip()]
        said = f"{choice.group('received')} is not one of: {', '.join(choices)}"
        received = choice.group("received")
        meant = [each for each in choices if each.casefold() == received.strip("'\"").casefold()]
        # `[article]`: a list of the one choice, which is "not one of: article, page".
        listed = re.fullmatch(r"\[.*\]", received)
        if listed:
            meant = [each for each in choices if f"'{each}'" == received[1:-1].strip()]
            write = meant[0] if meant else f"one of {', '.join(choices)}"
            said = f"{received} is a list; write the value without brackets: {write}"
        else:
            said += f"; the case counts: write {meant[0]}" if meant else ""
        return message[: choice.start()] + said + message[choice.end() :]
    if listed := _NOT_A_LIST.search(message):
        received = listed.group(1)
        said = f"expects a list, not {_TYPE_WORDS.get(received, received)}; write its items in brackets, [a, b]"
        return message[: listed.start()] + said + message[listed.end() :]
    found = _WRONG_TYPE.search(message)
    if found is None:
        return message
    expected, received = found.groups()
    said = f"expects {_TYPE_WORDS.get(expected, expected)}, not {_TYPE_WORDS.get(received, received)}"
    if expected == "bool" and received == "str":
        said += " in quotes; write true or false without quotes"
    elif expected == "str" and received in ("int", "float", "bool"):
        said += " (YAML reads the value so); put it in quotes"
    elif received == "list" and expected == "str":
        said += "; write the value without brackets (in quotes, for a text that holds a comma)"
    elif received == "list" and expected in ("int", "float", "bool"):
        said += "; write the value without brackets"  # quoted, it would be text, the next error
    elif received == "dict" and expected in ("str", "int", "float", "bool"):
        said += "; write the value after the option's colon, on its line, with nothing indented under it"
    elif received == "NoneType":
        said += " (the option has no value after its colon); write one, or delete the line"
    return message[: found.start()] + said + message[found.end() :]


def _no_options_under_explainer(extra: dict, config_path: str, config_text: Callable[[], str]) -> ExplainerError:
    """The error for ``explainer:`` with nothing under it: most often its options written at
    its own level, which YAML reads as ``extra``'s, and the build would take the defaults
    (bib_files: bib/article.bib) without a word of them."""
    known = {name for name, _ in ExplainerConfig._schema}
    beside = [str(key) for key in extra if key in known]
    lines = key_lines(config_text().splitlines(), ["extra", "explainer"])
    if beside:
        named = ", ".join(beside[:3]) + (" and the others" if len(beside) > 3 else "")
        hint = (
            f"{named} {'is' if len(beside) == 1 else 'are'} written at its level, so YAML reads them as options of"
            " extra, not of explainer: indent them under `explainer:`, by two more spaces."
        )
    else:
        hint = "Write its options under it, indented by two more spaces, or delete the line."
    return ExplainerError(
        "extra.explainer has no options under it",
        path=config_path,
        line=lines[-1] + 1 if len(lines) == 2 else None,
        hint=hint,
    )


def _misspelt_explainer(extra: dict) -> str | None:
    """A key of ``extra`` that is ``explainer`` misspelt (``explainr``, ``Explainer``), if any:
    its options would be left unread, and the defaults taken without a word."""
    import difflib  # only where `extra` has no `explainer`

    names = [str(key) for key, value in extra.items() if isinstance(value, dict)]
    close = difflib.get_close_matches("explainer", [name.casefold() for name in names], n=1, cutoff=0.75)
    return next((name for name in names if close and name.casefold() == close[0]), None)


def pdf_wanted(options: ExplainerConfig, command: str, environment: str | None) -> bool:
    """Whether a build makes the PDF: the `pdf` option, which ``EXPLAINER_PDF`` (``environment``,
    ``0`` or ``1``) overrides; off in ``serve`` (``command``) by default."""
    if environment in ("0", "1"):
        return environment == "1"
    return options.pdf and command != "serve"


def absolute_paths(paths: Iterable[str], root: str) -> list[str]:
    """Each of ``paths`` as written in ``mkdocs.yml``, made absolute from the project's folder."""
    return [path if os.path.isabs(path) else os.path.join(root, path) for path in paths]


def missing_bib_files(
    bib_files: Sequence[str], root: str, config_path: str, config_text: Callable[[], str]
) -> list[ExplainerError]:
    """An error at the line of ``mkdocs.yml`` that lists each ``bib_files`` file not there,
    for the build to stop before any parse begins.

    ``config_text`` gives the configuration file's text, read only to place an error.
    """
    missing = [
        (path, absolute)
        for path, absolute in zip(bib_files, absolute_paths(bib_files, root), strict=True)
        if not os.path.exists(absolute)
    ]
    if not missing:
        return []
    text = config_text()
    return [
        ExplainerError(
            f"extra.explainer.bib_files: {path!r} is one item, commas and all; for several files, write a list:"
            f" [{path}]"
            if _files_with_commas(path)
            else f"extra.explainer.bib_files: bibliography file {os.path.relpath(absolute, root)} not found",
            path=config_path,
            line=option_item_line(text, "bib_files", path),
            hint="" if _files_with_commas(path) else missing_bib_file_hint(absolute, os.path.relpath(absolute, root)),
        )
        for path, absolute in missing
    ]


def _files_with_commas(path: str) -> bool:
    """Whether ``path`` is several files written with commas (``bib_files: a.bib, b.bib``),
    which YAML reads as one name, commas and all."""
    return "," in path and all(part.strip().endswith(".bib") for part in path.split(","))


def _unknown_category_names(config: ExplainerConfig) -> list[tuple[str, str]]:
    """A problem, MkDocs' way, if ``words.categories`` names a category that ``glossary_categories`` has not."""
    known = config.glossary_categories
    unknown = [category for category in config.words.categories if category not in known]
    if not unknown:
        return []
    return [
        ("words", f"Sub-option 'categories': {unknown[0]!r} is not a category; the categories are: {', '.join(known)}")
    ]


#: The sub-configurations, by the option that holds them.
SUB_CONFIGS: dict[str, type[base.Config]] = {
    "article": ArticleConfig,
    "words": WordsConfig,
    "note_words": NoteWordsConfig,
}


def _closest_option(name: str, message: str) -> str:
    """``Did you mean notes? `` for a misspelt option (``words.notse``), or nothing; every
    option the name begins (``all`` for ``all_categories or all_countries``)."""
    if "Unrecognised configuration name" not in message:
        return ""
    parent, _, option = name.rpartition(".")
    schema = SUB_CONFIGS[parent]._schema if parent in SUB_CONFIGS else ExplainerConfig._schema
    return did_you_mean(option, [known for known, _ in schema])


def _written_with_its_group(key: str, message: str) -> tuple[str, str] | None:
    """The group and option of an unknown option written as the guide names it,
    ``article.title: …``, where YAML wants ``title:`` under ``article:``; None otherwise."""
    if "Unrecognised configuration name" not in message:
        return None
    group, dot, name = key.partition(".")
    if not dot or group not in SUB_CONFIGS or name not in {known for known, _ in SUB_CONFIGS[group]._schema}:
        return None
    return group, name


def _literal_option_line(text: str, key: str) -> int | None:
    """The line of ``key`` written as it is, dot and all, quoted or not, under ``extra.explainer``."""
    for written in (key, f'"{key}"', f"'{key}'"):
        if len(found := key_lines(text.splitlines(), ["extra", "explainer", written])) == 3:
            return found[-1] + 1
    return option_line(text, "")


def _option_named(key: str, message: str) -> str:
    """``article.language`` for an error of MkDocs' about the sub-option ``language`` of ``article``."""
    sub_option = re.search(r"Sub-option '(\w+)'", message)
    return f"{key}.{sub_option[1]}" if sub_option else key


def option_line(text: str, key: str) -> int | None:
    """The line of ``extra.explainer.KEY`` in a configuration file's text (of ``extra.explainer``
    if no key); for ``article.language``, of ``language`` under ``article`` (or of ``article``)."""
    found = key_lines(text.splitlines(), ["extra", "explainer", *key.split(".")] if key else ["extra", "explainer"])
    return found[-1] + 1 if len(found) >= 2 else None


def option_item_line(text: str, key: str, item: str) -> int | None:
    """The line of ``item`` in the list ``extra.explainer.KEY`` (the option's line if the
    item is not written apart: ``bib_files: [a.bib, b.bib]``, or no line)."""
    lines = text.splitlines()
    found = key_lines(lines, ["extra", "explainer", key])
    if len(found) < 3:
        return None
    option = found[-1]
    depth = len(lines[option]) - len(lines[option].lstrip())
    for index in range(option + 1, len(lines)):
        line = lines[index]
        if line.strip() and len(line) - len(line.lstrip()) <= depth and not line.lstrip().startswith("-"):
            break
        if re.fullmatch(rf"\s*-\s*([\"']?){re.escape(item)}\1\s*(#.*)?", line):
            return index + 1
    return option + 1


def key_lines(lines: list[str], keys: Sequence[str]) -> list[int]:
    """The indices of the lines of ``keys`` in turn, nested (``theme``, then ``font`` under it),
    as far as they are written: ``[]`` if the first is not."""
    top = next((index for index, line in enumerate(lines) if re.match(rf"{re.escape(keys[0])}:(\s|$)", line)), None)
    found = [] if top is None else [top]
    for key in keys[1:]:
        if not found or (child := _child_line(lines, found[-1], key)) is None:
            break
        found.append(child)
    return found


def _child_line(lines: list[str], parent: int, name: str) -> int | None:
    """The index of ``name:`` among the lines indented under ``lines[parent]`` (the last, as
    YAML keeps the last of a repeated key)."""
    depth = len(lines[parent]) - len(lines[parent].lstrip())
    child_depth: int | None = None  # the children's indentation: their first line's
    found = None
    for index in range(parent + 1, len(lines)):
        line = lines[index]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = len(line) - len(line.lstrip())
        if indent <= depth:
            break
        child_depth = indent if child_depth is None else child_depth
        if indent == child_depth and line.lstrip().startswith(f"{name}:"):
            found = index
    return found
