"""Loading BibTeX: normalisation, and errors that name the file and line."""

import gc
import os
import re
import weakref
from pathlib import Path

import pytest
from bib_exports import ACM_PAPER, ACM_PAPER_WITH_PAGES

from explainer import bibtex, style
from explainer.article_meta import csl_item
from explainer.errors import ExplainerError, ExplainerErrors


def write(tmp_path: Path, text: str, name: str = "refs.bib") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def load_one(tmp_path: Path, text: str) -> bibtex.Bibliography:
    write(tmp_path, text)
    return bibtex.load(["refs.bib"], str(tmp_path))


def test_the_article_bib_has_one_entry_per_source():
    project = Path(__file__).resolve().parent.parent
    bib = bibtex.load(["bib/article.bib"], str(project))
    assert len(bib) == 50
    assert bib["ciis2020kyrgyzstan"].get("title") == "Jǐ'ěrxī sītǎn yìhuì xuǎnjǔ wéijī tǒushì"  # tone marks kept
    assert bib["denhao2021transformation"].authors[0].literal
    assert bib["denhao2021transformation"].get("translatedtitle").startswith("Transformation of Central Asia")


def test_latex_and_bibtex_field_names(tmp_path):
    bib = load_one(
        tmp_path,
        r"""
@string{jes = {Journal of Eurasian Studies}}
@article{k,
  author = {Peyrouse, S{\'e}bastien and {\v{C}}apek, Karel},
  title = {Sinophilia {\&} {S}inophobia},
  journal = jes,
  address = {Paris},
  year = 2016, month = jan,
  pages = {14--23},
}
""",
    )
    entry = bib["k"]
    assert [p.given for p in entry.authors] == ["Sébastien", "Karel"]
    assert entry.authors[1].family == "Čapek"
    assert entry.get("title") == "Sinophilia & Sinophobia"
    assert entry.get("journaltitle") == "Journal of Eurasian Studies"
    assert entry.get("location") == "Paris"
    assert entry.date == bibtex.Date(2016, 1)
    assert entry.get("pages") == "14–23"


@pytest.mark.parametrize(
    ("field", "shown"),
    [
        (r"The \LaTeX{} Companion", "The LaTeX Companion"),  # pylatexenc alone drops \LaTeX and \TeX
        (r"Article \S 3 of the {\em Code}", "Article §3 of the Code"),
        (r"\mbox{Central Asia} and \texttt{xinjiang.gov.cn}", "Central Asia and xinjiang.gov.cn"),  # dropped whole
        (r"Prices in \euro{} and \pounds", "Prices in € and £"),
        (r"See \url{https://x.org/a_b%20c~d}", "See https://x.org/a_b%20c~d"),  # printed as written, not <…>
        (r"See \href{https://x.org/a%20b}{the ministry's site}", "See the ministry's site"),  # an IndexError before
        (r"\foreignlanguage{french}{Le Monde}", "Le Monde"),  # not "frenchLe Monde"
        (r"The 19\textsuperscript{th} century", "The 19th century"),
        (r"{\noopsort{a}}Zhang", "Zhang"),  # a sorting trick prints nothing
        (r"Rivers\\and Borders", "Rivers and Borders"),  # a line break, then "and": no command \and
    ],
)
def test_latex_commands_bibliographies_use_print_what_they_stand_for(tmp_path, field, shown):
    bib = load_one(tmp_path, f"@misc{{k, title = {{{field}}}, author = {{{field}}}, year = 2020}}")
    assert bib["k"].get("title") == shown


@pytest.mark.parametrize(
    ("field", "problem"),
    [
        (r"As argued in \cite{other}", r"title holds \cite, which points into a LaTeX document and cannot be printed"),
        (r"Title\footnote{Translated.}", r"title holds \footnote, which points into a LaTeX document"),
        (r"\enquote{Quoted} words", r"title holds \enquote, a LaTeX command the notes cannot print; write the text"),
    ],
)
def test_latex_a_note_cannot_print_names_the_command(tmp_path, field, problem):
    # pylatexenc would print "<cit.>", "[Translated.]" and "Quoted words" without a word.
    with pytest.raises(ExplainerErrors) as raised:
        load_one(
            tmp_path, f"@misc{{ok, title = {{Fine}}, year = 2020}}\n@misc{{k,\n  title = {{{field}}}, year = 2020}}"
        )
    assert f"refs.bib:3: entry 'k': {problem}" in str(raised.value)  # the field's line, not the entry's


def test_latex_a_name_cannot_print_names_the_field(tmp_path):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, r"@misc{k, title = {T}, author = {Doe, J\unknowncommand{}ane}, year = 2020}")
    assert r"refs.bib:1: entry 'k': author holds \unknowncommand, a LaTeX command the notes cannot print" in str(
        raised.value
    )


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        # LaTeX reads ~ as a space: the mark of an approximate date would vanish without a word.
        ("date = {2019-03~}", "date '2019-03~' is not YYYY, YYYY-MM or YYYY-MM-DD; a date marked approximate"),
        ("date = {2019?}", "date '2019?' is not YYYY, YYYY-MM or YYYY-MM-DD; a date marked approximate"),
        ("year = {forthcoming}", "year 'forthcoming' is not a four-digit year; for a source with no date,"),
        ("year = {n.d.}", "year 'n.d.' is not a four-digit year; for a source with no date, leave the field out"),
        ("date = {5 March 2019}", "date '5 March 2019' is not YYYY, YYYY-MM or YYYY-MM-DD; write date = {2019-03-05}"),
        ("day = 5", "day is given without a year and month; write the date as date = {YYYY-MM-DD}"),
        ("year = 2019, day = 5", "day '5' is given without a month"),
        ("year = 2019, month = mar, day = {5th}", "day '5th' is not a number"),
        ("year = 2019, month = feb, day = 30", "year, month and day: '2019-02-30' has no day 30 in February 2019"),
        (
            "date = {2019-03-05}, year = 2019, month = mar, day = 6",
            "date '2019-03-05' and year, month and day disagree",
        ),
    ],
)
def test_a_date_that_cannot_be_printed_as_given_says_what_to_write(tmp_path, fields, problem):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, f"@misc{{k, title = {{T}}, {fields}}}")
    assert f"refs.bib:1: entry 'k': {problem}" in str(raised.value)


def test_a_day_beside_year_and_month_is_printed(tmp_path):
    # biblatex's `day`, which the notes left out without a word.
    bib = load_one(tmp_path, "@misc{k, title = {T}, year = 2019, month = mar, day = 5}")
    assert bib["k"].date == bibtex.Date(2019, 3, 5)


def test_a_year_in_braces_is_still_a_year(tmp_path):
    assert load_one(tmp_path, "@misc{k, title = {T}, year = {{2019}}, month = {{mar}}}")["k"].date == bibtex.Date(
        2019, 3
    )


def test_url_is_verbatim(tmp_path):
    bib = load_one(tmp_path, "@online{k, title={T}, url={https://x.org/a_b%20c#_ftn1}}")
    assert bib["k"].get("url") == "https://x.org/a_b%20c#_ftn1"


def test_a_value_wrapped_over_lines_is_read_as_bibtex_reads_it(tmp_path):
    # Each run of spaces and line breaks is one space, in every field; the CSL-JSON
    # download and the notes gave the break and the next line's indentation.
    bib = load_one(
        tmp_path,
        "@report{k,\n  title = {Authoritarian Learning\n               in Central Asia},\n"
        "  author = {{United Nations\n     Development Programme}},\n"
        "  institution = {University\tof  Amsterdam},\n  date = {2015},\n}\n",
    )
    entry = bib["k"]
    assert entry.get("title") == "Authoritarian Learning in Central Asia"
    assert entry.authors[0].family == "United Nations Development Programme"
    assert entry.get("institution") == "University of Amsterdam"
    assert csl_item(entry)["title"] == "Authoritarian Learning in Central Asia"
    assert style.bibliography_entry(entry).plain == (
        "United Nations Development Programme, Authoritarian Learning in Central Asia, University of Amsterdam, 2015."
    )


def test_a_url_wrapped_over_lines_is_named_with_its_space(tmp_path):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, "@online{k, title={T}, url={https://x.org/a/\n    b}}")
    assert "refs.bib:1: entry 'k': url 'https://x.org/a/ b' holds a space; write the address without spaces" in str(
        raised.value
    )


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("date = {2015-13}", "date '2015-13' has no month 13"),
        ("year = {15}", "year '15' is not a four-digit year"),
        ("year = 2015, month = {Smarch}", "month 'Smarch' is not a month"),
        ("pages = {14--12}", "pages '14–12' runs backwards (14–12)"),
        ("shcool = {Harvard}", "shcool is no field the notes read; did you mean school?"),
        ("editor = {Doe, J. and}", "editor 'Doe, J. and' has an 'and' with no name after it"),
        ("url = {x.org}", "url 'x.org' is not an http(s) address"),
        ("url = {https://x.org/<a>}", "url 'https://x.org/<a>' holds <, which an address cannot; write it as %3C"),
        ("doi = {xyz}", "doi 'xyz' is not a DOI"),
        ("volume = {}", "volume is empty"),
        ("location = ibt", "location = ibt names no @string"),
        ("note = {\\cite{a}}", "note holds \\cite"),
        ("crossref = {nowhere}", "crossref 'nowhere' names no entry in this file"),
        ("note = {A} series = {B}", "note runs on into series = …"),
    ],
)
def test_a_field_s_problem_names_the_field_s_line(tmp_path, field, message):
    # An editor goes to the line named: the entry's first line is several lines above
    # the field in an entry written one field a line.
    with pytest.raises(ExplainerErrors) as raised:
        load_one(
            tmp_path,
            f"@misc{{ok, title = {{Fine}}}}\n\n@book{{k,\n  title = {{T}},\n  {field},\n  publisher = {{P}}\n}}\n",
        )
    assert f"refs.bib:5: entry 'k': {message}" in str(raised.value)


def test_crossref_fills_missing_fields(tmp_path):
    bib = load_one(
        tmp_path,
        "@incollection{ch, title={Chapter}, crossref={book}}\n"
        "@book{book, title={The Book}, publisher={Brill}, date={2015}}\n",
    )
    assert bib["ch"].get("booktitle") == "The Book"
    assert bib["ch"].get("publisher") == "Brill"
    assert bib["ch"].get("title") == "Chapter"


CHAPTER_AND_BOOK = (
    "@incollection{ch,\n  title = {Chapter},\n  crossref = {book},\n}\n\n"
    "@book{book,\n  title = {The Book},\n  publisher = {Brill},\n  date = {DATE},\n}\n"
)


def test_a_field_from_the_crossref_is_named_at_the_line_of_its_value(tmp_path):
    # It was named at the child's first line, where the editor found nothing of it.
    bib = load_one(tmp_path, CHAPTER_AND_BOOK.replace("DATE", "2015"))
    assert str(bib["ch"].field_location("publisher")) == "refs.bib:8"
    assert str(bib["ch"].field_location("booktitle")) == "refs.bib:7"  # the book's title
    assert str(bib["ch"].field_location("title")) == "refs.bib:2"


#: Two chapters of one book, which their crossref names: its fields are theirs.
TWO_CHAPTERS = (
    "@incollection{ch,\n  title = {Chapter},\n  crossref = {book},\n}\n\n"
    "@incollection{ch2,\n  title = {Another},\n  crossref = {book},\n}\n\n"
    "@book{book,\n  title = {TITLE},\n  publisher = {Brill},\n  date = {DATE},\n}\n"
)


@pytest.mark.parametrize(
    ("title", "date", "said"),
    [
        ("The Book", "2015-13", "refs.bib:14: entry 'book': date '2015-13'"),
        (r"The \cite{x} Book", "2015", "refs.bib:12: entry 'book': title holds \\cite"),
        ("The Book},\n  publsher = {Brill", "2015", "refs.bib:13: entry 'book': publsher is no field"),
    ],
)
def test_an_error_in_a_crossref_s_field_is_named_once_in_its_entry(tmp_path, title, date, said):
    # It was named once for each chapter, "(given by its crossref, 'book')", and again for the book.
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, TWO_CHAPTERS.replace("TITLE", title).replace("DATE", date))
    assert [str(error).split("\n")[0][: len(said)] for error in raised.value.errors] == [said]


def test_a_warning_about_a_field_from_the_crossref_is_given_once_in_its_entry(tmp_path):
    # At the parent's line, "entry 'ch': booktitle …" and "entry 'ch2': booktitle …", then
    # "entry 'book': title …": one value, three warnings for one fix.
    text = TWO_CHAPTERS.replace("TITLE", "CHINA AND CENTRAL ASIA").replace("Brill", "Leiden: Brill")
    bib = load_one(tmp_path, text.replace("DATE", "2015"))
    assert [warning.split(" may ")[0].split(" is ")[0] for warning in style.style_warnings(bib)] == [
        "refs.bib:13: entry 'book': publisher 'Leiden: Brill'",
        "refs.bib:12: entry 'book': title 'CHINA AND CENTRAL ASIA'",
    ]


def test_a_warning_only_the_entries_that_name_a_crossref_have_is_given_once_for_all(tmp_path):
    # A booktitle all in \emph is set upright in a chapter's italics; the @misc whose title it
    # is sets its title plain, and is not warned of: the chapters are, once, at its line.
    text = TWO_CHAPTERS.replace("@book", "@misc").replace("TITLE", r"\emph{Water}")
    bib = load_one(tmp_path, text.replace("DATE", "2015"))
    [warning] = [warning for warning in style.style_warnings(bib) if "italics" in warning]
    assert warning.startswith("refs.bib:12: entries 'ch' and 'ch2': booktitle is all in italics")
    assert warning.endswith("which is for a title within the title (given by their crossref, 'book')")


def test_malformed_entry_names_file_and_line(tmp_path):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, "@book{a, title={A}}\n\n@book{b,\n  title = {B\n}\n@book{c, title={C}}\n")
    assert str(raised.value).endswith(
        "refs.bib:4: entry 'b': the value of title opens a brace it never closes\n    Close it."
    )


@pytest.mark.parametrize(
    ("text", "error"),
    [
        (
            "@book{a,\n  title = {A},\n}\n\n@book{b,\n  title = {The {NATO} Story,\n  year = {2000},\n}\n",
            "refs.bib:6: entry 'b': the value of title opens a brace it never closes\n"
            "    Close it before year = on line 7.",
        ),
        (
            # A { inside a value closed at its end: the likelier slip, named with its words and line.
            "@book{a,\n  title = {A},\n}\n\n@incollection{b,\n  title = {A {new bottle? Old wine},\n"
            "  editor = {Doe, B.},\n}\n",
            "refs.bib:6: entry 'b': the value of title opens a brace it never closes: the { before 'new bottle? Old"
            " wine', or the value's own\n    If that { is a slip, delete it, or put its } after the words it keeps as"
            " written ({UN}); if it is meant, close the value before editor = on line 7.",
        ),
        (
            # Wrapped over lines: the line of the {, not the field's.
            "@book{a,\n  title = {A {new bottle? Old wine and an even older\n    {bottle} of it},\n}\n"
            "@book{b, title={B}}\n",
            "refs.bib:2: entry 'a': the value of title opens a brace it never closes: the { before 'new bottle? Old"
            " wine and an…', or the value's own\n    If that { is a slip, delete it, or put its } after the words it"
            " keeps as written ({UN}); if it is meant, close the value.",
        ),
        (
            "@book{a,\n  title = {An old title wrapped over\n    a {new bottle? Old wine},\n  year = {2000},\n}\n"
            "@book{b, title={B}}\n",
            "refs.bib:3: entry 'a': the value of title opens a brace it never closes: the { before 'new bottle? Old"
            " wine', or the value's own\n    If that { is a slip, delete it, or put its } after the words it keeps as"
            " written ({UN}); if it is meant, close the value before year = on line 4.",
        ),
        (
            '@book{a,\n  title = "A,\n  year = {2000},\n}\n@book{b, title={B}}\n',
            "refs.bib:2: entry 'a': the value of title opens a quotation mark it never closes\n"
            "    Close it before year = on line 3.",
        ),
        (
            "@book{a,\n  title = {A},\n  year = {2000},\n\n@book{b,\n  title = {B},\n}\n",
            "refs.bib:1: entry 'a': the entry never closes: its last } is missing\n    Put } after its last field.",
        ),
        (
            "@book{a,\n  title = {A},\n}\n@book{b,\n  title = {B},\n  year = {2000},\n",
            "refs.bib:4: entry 'b': the entry never closes: its last } is missing\n    Put } after its last field.",
        ),
        (
            "@book{a,\n  title = {A},\n}\n@book{b,\n  title = {B},\n  year = {2000}\n",
            "refs.bib:4: entry 'b': the entry never closes: its last } is missing\n    Put } after its last field.",
        ),
        (
            "@book{a,\n  title = {A}},\n  year = {2000},\n}\n@book{b, title={B}}\n",
            "refs.bib:3: year = … is outside any entry, so BibTeX drops it: entry 'a' ends before it, on line 2\n"
            "    Remove the } too many that ends the entry there; for a comment, write @comment{…}.",
        ),
    ],
)
def test_a_brace_left_open_or_one_too_many_is_named_where_it_is(tmp_path, text, error):
    # BibTeX's parser gives up where the next entry starts, or reads a field after an
    # early } as a comment and drops it: the error names the field and its line.
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, text)
    assert str(raised.value) == f"1 error in the sources:\n  {error}"


def test_an_entry_without_its_at_is_text_and_no_error_but_remembered(tmp_path):
    # Deleting the @ is an old way to set an entry aside: BibTeX reads it as a comment.
    text = "@book{a,\n  title = {A},\n}\n\nbook{b,\n  author = {Ng, Ann},\n  title = {B},\n}\n"
    bib = load_one(tmp_path, text)
    assert list(bib.keys()) == ["a"]
    assert dict(bib.without_at) == {"b": ("refs.bib:5", "book")}


def test_text_between_entries_that_is_no_field_stays_a_comment(tmp_path):
    text = "% Encoding: UTF-8\n@book{a, title={A}}\nA note to myself: x = 1.\n@Comment{jabref-meta: x;}\n"
    bib = load_one(tmp_path, text)
    assert "a" in bib and len(bib) == 1


def test_duplicate_key_names_both_places(tmp_path):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, "@book{same, title={A}}\n\n\n@book{same, title={B}}\n")
    message = str(raised.value)
    assert "refs.bib:4: duplicate key 'same'" in message
    assert "first used at refs.bib:1" in message


def test_duplicate_key_across_files_names_both_files(tmp_path):
    write(tmp_path, "@book{same, title={A}}\n", "one.bib")
    write(tmp_path, "\n@book{same, title={B}}\n", "two.bib")
    with pytest.raises(ExplainerErrors) as raised:
        bibtex.load(["one.bib", "two.bib"], str(tmp_path))
    assert "two.bib:2: duplicate key 'same'" in str(raised.value)
    assert "one.bib:1" in str(raised.value)


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://x.org/f", "x.org", 'https://x.org/"onmouseover='])
def test_only_http_urls(tmp_path, url):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, f"@online{{k, title={{T}}, url={{{url}}}}}")
    assert "refs.bib:1:" in str(raised.value)
    assert "http" in str(raised.value)


def test_bad_date(tmp_path):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, "@book{k, title={T}, date={May 2020}}")
    assert "refs.bib:1: entry 'k': date 'May 2020' is not YYYY, YYYY-MM or YYYY-MM-DD" in str(raised.value)


@pytest.mark.parametrize(
    ("date", "problem"),
    [("2017-13", "has no month 13"), ("2017-02-30", "has no day 30 in February 2017"), ("2017-00", "has no month 00")],
)
def test_a_date_that_is_not_in_the_calendar(tmp_path, date, problem):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, f"@book{{k, title={{T}}, date={{{date}}}}}")
    assert f"refs.bib:1: entry 'k': date '{date}' {problem}" in str(raised.value)


def test_a_leap_day_is_a_date(tmp_path):
    entry = load_one(tmp_path, "@book{k, title={T}, date={2020-02-29}}")["k"]
    assert (entry.date.year, entry.date.month, entry.date.day) == (2020, 2, 29)


@pytest.mark.parametrize("authors", ["Brown, K. and and Smith, J.", "and Brown, K."])
def test_an_and_with_no_name_before_it(tmp_path, authors):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, f"@book{{k, title={{T}}, author={{{authors}}}}}")
    assert f"refs.bib:1: entry 'k': author '{authors}' has an 'and' with no name before it" in str(raised.value)


def test_and_in_braces_is_part_of_a_name(tmp_path):
    bib = load_one(tmp_path, "@book{k, title={T}, author={{Barnes and Noble} and Smith, J.}}")
    assert [person.family for person in bib["k"].authors] == ["Barnes and Noble", "Smith"]


@pytest.mark.parametrize(
    ("author", "mark"),
    [
        ("Ng, A. & Roe, R.", "&"),
        ("Ng, A. \\& Roe, R.", "&"),
        ("Ng, A.; Roe, R.", ";"),
        (r"M{\"u}ller, A.; Roe, R.", ";"),
    ],
)
def test_names_joined_otherwise_than_with_and_are_named(tmp_path, author, mark):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, f"@book{{k, title={{T}}, author={{{author}}}}}")
    assert f"has '{mark}' between names, which BibTeX reads as one person's name" in str(raised.value)


@pytest.mark.parametrize(
    ("author", "families"),
    [
        (r"{Procter & Gamble} and M{\"u}ller, Ann", ["Procter & Gamble", "Müller"]),
        ("{Ng; Roe} and Smith, J.", ["Ng; Roe", "Smith"]),
        (r"M{\"u}ller, Ann and Brown, K.", ["Müller", "Brown"]),
    ],
)
def test_an_ampersand_or_a_semicolon_in_braces_is_part_of_a_name(tmp_path, author, families):
    bib = load_one(tmp_path, f"@book{{k, title={{T}}, author={{{author}}}}}")
    assert [person.family for person in bib["k"].authors] == families


def test_a_field_given_twice(tmp_path):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, "\n@book{k,\n  title = {T},\n  title = {U},\n}")
    assert "refs.bib:4: entry 'k' gives title more than once; keep one\n    title is first given on line 3." in str(
        raised.value
    )
    assert "ignore_error_block" not in str(raised.value)


def test_a_bare_word_that_names_no_string(tmp_path):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, "@book{k, title={T}, publisher = ibt, date = 2017}")
    assert "refs.bib:1: entry 'k': publisher = ibt names no @string" in str(raised.value)
    assert "publisher = {ibt}" in str(raised.value)


def test_strings_months_and_numbers_are_not_bare_words(tmp_path):
    bib = load_one(
        tmp_path, "@string{ibt = {I.B. Tauris}}\n@book{k, title={T}, publisher = ibt, year = 2017, month = may}"
    )
    assert bib["k"].fields["publisher"] == "I.B. Tauris" and bib["k"].date.month == 5


def test_a_month_s_string_defined_in_the_file_is_named_as_bibtex_s_own(tmp_path):
    # The build defines jan … dec before the file, as BibTeX does: the message said "@string
    # jan is defined twice, first on line -11", a line no file has.
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, "@string{jan = {January}}\n@book{k, title={T}, year = 2017, month = jan}")
    assert str(raised.value).splitlines()[1:] == [
        "  refs.bib:1: @string jan names a month, which BibTeX defines itself",
        "    Delete this definition: month = jan is read as the month without it.",
    ]


@pytest.mark.parametrize(
    ("date", "others", "given"),
    [("2019", "year = {2018}", "year"), ("2019-05", "year = {2019}, month = jun", "year and month")],
)
def test_a_date_and_a_year_that_disagree(tmp_path, date, others, given):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, f"@book{{k, title={{T}}, date = {{{date}}}, {others}}}")
    assert f"refs.bib:1: entry 'k': date '{date}' and {given} disagree; keep one" in str(raised.value)


@pytest.mark.parametrize("fields", ["date = {2019-05-02}, year = {2019}", "date = {2019-05}, year = 2019, month = may"])
def test_a_date_and_a_year_that_agree(tmp_path, fields):
    assert load_one(tmp_path, f"@book{{k, title={{T}}, {fields}}}")["k"].date.month == 5


@pytest.mark.parametrize(
    ("author", "problem"),
    [
        ("Smith, John and", "author 'Smith, John and' has an 'and' with no name after it"),
        ("Doe, Ann and Smith, John,, Jr", "author 'Smith, John,, Jr' has too many commas"),
        (", John", "author ', John' has no family name"),
        ("others", "author 'others' starts with 'others'; name at least one person before 'and others'"),
        (
            "Smith, John and others and Doe, Jane",
            "author 'Smith, John and others and Doe, Jane' has names after 'and others'; put 'and others' last",
        ),
    ],
)
def test_a_name_list_that_would_print_garbled(tmp_path, author, problem):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, f"@book{{k, title={{T}}, author = {{{author}}}}}")
    assert f"refs.bib:1: entry 'k': {problem}" in str(raised.value)


@pytest.mark.parametrize("doi", ["10.1000/xyz", "https://doi.org/10.1000/xyz", "doi:10.1000/xyz"])
def test_a_doi_is_kept_bare(tmp_path, doi):
    assert load_one(tmp_path, f"@book{{k, title={{T}}, doi={{{doi}}}}}")["k"].fields["doi"] == "10.1000/xyz"


def test_a_doi_that_is_not_one(tmp_path):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, "@book{k, title={T}, doi={xyz}}")
    assert "refs.bib:1: entry 'k': doi 'xyz' is not a DOI; write it as 10.1234/abc" in str(raised.value)


def test_and_others_stands_for_the_people_not_named(tmp_path):
    bib = load_one(tmp_path, "@book{k, title={T}, author={Smith, John and Doe, Jane and others}}")
    assert [(person.family, person.others) for person in bib["k"].authors] == [
        ("Smith", False),
        ("Doe", False),
        ("others", True),
    ]


@pytest.mark.parametrize(
    ("fields", "empty"), [("volume = {}", "volume is"), ("note = { }, volume = {}", "note, volume are")]
)
def test_an_empty_field(tmp_path, fields, empty):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, f"@book{{k, title={{T}}, {fields}}}")
    assert f"refs.bib:1: entry 'k': {empty} empty; fill it in or remove it" in str(raised.value)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("@book{k, title={T} author={Smith, J.}}", "refs.bib:1: entry 'k': title runs on into author = …"),
        ('@book{k, title = "T" year = 2019}', "refs.bib:1: entry 'k': title runs on into year = …"),
        ("@book{key with space, title={T}}", "refs.bib:1: entry key 'key with space' cannot be cited"),
        ("@book{, title={T}}", "refs.bib:1: this entry has no key"),
        ("@book{K1, title={T}}\n@book{k1, title={U}}", "refs.bib:2: key 'k1' differs from 'K1' only in case"),
    ],
)
def test_an_entry_bibtexparser_would_read_wrongly(tmp_path, source, message):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, source)
    assert message in str(raised.value)


def test_braces_and_equals_signs_inside_a_value_are_not_a_missing_comma(tmp_path):
    bib = load_one(tmp_path, "@book{k:2020-a/b, title={E {=} mc {x} = {y}}, note={see {x} y=z}}")
    assert bib["k:2020-a/b"].fields["title"] == "E = mc x = y"


def test_a_crossref_to_no_entry(tmp_path):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, "@incollection{k, title={T}, crossref={nowhere2020}}")
    assert "refs.bib:1: entry 'k': crossref 'nowhere2020' names no entry in this file" in str(raised.value)


def test_a_url_with_a_latex_escape(tmp_path):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, r"@online{k, title={T}, url={https://example.org/a\_b}}")
    assert r"refs.bib:1: entry 'k': url 'https://example.org/a\_b' holds a backslash" in str(raised.value)


@pytest.mark.parametrize("pages", ["12--", "--12", "12--14, 20--"])
def test_pages_with_a_dash_and_no_page_on_one_side(tmp_path, pages):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, f"@article{{k, title={{T}}, pages={{{pages}}}}}")
    assert "has a dash with no page on one side" in str(raised.value)


@pytest.mark.parametrize(
    ("pages", "backwards"),
    [
        ("14--12", "14–12"),
        # Backwards still once its last page takes the first's missing digits (12, 23, 107).
        ("45--12", "45–12"),
        ("25--3", "25–3"),
        ("12--2", "12–2"),
        ("3--5, 109--7", "109–7"),
        # Roman pages (a book's front matter) printed "pp. xii–ix" without a word.
        ("xii--ix", "xii–ix"),
        ("v, XIV--XI", "XIV–XI"),
        # Within one chapter; from one chapter to the next (`3-15--4-1`) runs forwards.
        ("3-15--3-1", "3-15–3-1"),
    ],
)
def test_pages_that_run_backwards(tmp_path, pages, backwards):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, f"@article{{k, title={{T}}, pages={{{pages}}}}}")
    shown = pages.replace("--", "–")
    assert f"refs.bib:1: entry 'k': pages '{shown}' runs backwards ({backwards})" in str(raised.value)


@pytest.mark.parametrize(
    ("pages", "whole"),
    [
        ("12-3", "12–13"),
        ("45--7", "45–47"),
        ("3--5, 97--9", "3–5, 97–99"),
        ("10--1", "10–11"),
        ("112-13", "112–113"),
        ("321--28", "321–328"),
        ("100--3", "100–103"),
        ("1102-5", "1102–1105"),
        ("12--14, 118--19", "12–14, 118–119"),
    ],
)
def test_a_range_whose_last_page_is_cut_short_is_printed_whole(tmp_path, pages, whole):
    # British exports shorten a range as print does (`12-3`, `112-13`): below 100 the build
    # stopped ("runs backwards"), and from 100 on the note printed "pp. 112–13", where the
    # journal prints its ranges whole. The last page takes the first's missing digits.
    bib = load_one(tmp_path, f"@article{{k, title={{T}}, journaltitle={{J}}, pages={{{pages}}}}}")
    assert bib["k"].fields["pages"] == whole
    assert style.full(bib["k"]).plain == f"“T,” J, pp. {whole}"
    assert csl_item(bib["k"])["page"] == whole


@pytest.mark.parametrize(
    ("pages", "shown"),
    [
        ("12--14", "12–14"),
        ("xii--xv", "xii–xv"),
        ("ix--xii", "ix–xii"),
        ("12-14, 18", "12–14, 18"),
        # Pages numbered by chapter, as reports and manuals number them, keep their hyphens
        # where the field joins its ranges with `--`, as biblatex prints them: `3-1--3-15` was
        # read as four pages and stopped the build.
        ("3-1--3-15", "3-1–3-15"),
        ("A-1--A-12", "A-1–A-12"),
        ("S1-3--S1-9", "S1-3–S1-9"),
        ("3-1 -- 3-15, 4-2", "3-1–3-15, 4-2"),
        # One page so numbered: no range starts and ends on one page.
        ("1-1", "1-1"),
        ("1-1, 5-9", "1-1, 5–9"),
        # A field that joins one range with `--` and another with a hyphen, no page numbered
        # by chapter in it: the hyphen's range printed "pp. 123–145, 150-155".
        ("123--145, 150-155", "123–145, 150–155"),
        ("3-1--3-15, 4-2", "3-1–3-15, 4-2"),
    ],
)
def test_page_ranges_take_an_en_dash(tmp_path, pages, shown):
    assert load_one(tmp_path, f"@article{{k, title={{T}}, pages={{{pages}}}}}")["k"].fields["pages"] == shown


def test_a_range_joined_by_a_hyphen_beside_one_joined_by_two_is_read_as_a_range(tmp_path):
    # No page numbered by chapter in the field: `20-18` is a range, and it runs backwards. It
    # passed unnamed, and printed "pp. 12–14, 20-18".
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, "@article{k, title={T}, pages={12--14, 20-18}}")
    assert "refs.bib:1: entry 'k': pages '12–14, 20–18' runs backwards (20–18)" in str(raised.value)


def test_pages_from_one_chapter_to_the_next_run_forwards(tmp_path):
    assert load_one(tmp_path, "@article{k, title={T}, pages={3-15--4-1}}")["k"].fields["pages"] == "3-15–4-1"


@pytest.mark.parametrize(
    ("pages", "problem"),
    [
        # Three pages joined by hyphens are still a slip, as with `--`.
        ("12-14-16", "joins 3 pages with dashes (12–14–16), where a range has two ends; write one range, 12--16"),
        # Pages numbered by chapter joined by a hyphen alone: the message says how to join them.
        (
            "3-1-3-15",
            "joins 4 pages with dashes (3–1–3–15), where a range has two ends; for pages numbered by chapter"
            " (page 1 of chapter 3), join the two with --: 3-1--3-15; else write one range, 3--15",
        ),
    ],
)
def test_pages_joined_by_hyphens_alone_are_named(tmp_path, pages, problem):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, f"@article{{k, title={{T}}, pages={{{pages}}}}}")
    assert problem in str(raised.value)


def test_missing_file(tmp_path):
    with pytest.raises(ExplainerErrors) as raised:
        bibtex.load(["nowhere.bib"], str(tmp_path))
    assert "nowhere.bib: bibliography file not found" in str(raised.value)


def test_not_utf8(tmp_path):
    (tmp_path / "refs.bib").write_bytes(b"@book{k,\n title={Caf\xe9}}\n")
    with pytest.raises(ExplainerErrors) as raised:
        bibtex.load(["refs.bib"], str(tmp_path))
    assert "refs.bib:2: the file is not UTF-8" in str(raised.value)


def test_cache_reuses_unchanged_files(tmp_path):
    write(tmp_path, "@book{k, title={T}}")
    cache = bibtex.BibliographyCache()
    first = cache.load(["refs.bib"], str(tmp_path))
    assert cache.load(["refs.bib"], str(tmp_path)) is first
    write(tmp_path, "@book{k, title={Changed title}}")
    assert cache.load(["refs.bib"], str(tmp_path))["k"].get("title") == "Changed title"


def test_cache_reads_again_a_file_edited_to_the_same_size_or_given_back_its_time(tmp_path):
    # An edit that changes one letter keeps the file's size; a copy that keeps the file's
    # time (cp -p, rsync -t, an archive) changes its size only: serve's rebuild sees both.
    path = write(tmp_path, "@book{k, title={Tea}}")
    cache = bibtex.BibliographyCache()
    assert cache.load(["refs.bib"], str(tmp_path))["k"].get("title") == "Tea"
    times = path.stat()
    write(tmp_path, "@book{k, title={Tan}}")
    os.utime(path, ns=(times.st_atime_ns, times.st_mtime_ns + 1_000_000_000))
    assert cache.load(["refs.bib"], str(tmp_path))["k"].get("title") == "Tan"
    times = path.stat()
    write(tmp_path, "@book{k, title={Tanks}}")
    os.utime(path, ns=(times.st_atime_ns, times.st_mtime_ns))
    assert cache.load(["refs.bib"], str(tmp_path))["k"].get("title") == "Tanks"


def test_error_type():
    assert issubclass(ExplainerErrors, ExplainerError)


def large_bib(count: int) -> str:
    """A file of many entries, each with a name, a LaTeX accent, a month macro and pages."""
    return "".join(
        f'@article{{key{index},\n  author = {{M{{\\"u}}ller, Anna and {{Office of Statistics}}}},\n'
        f"  title = {{Title number {index}: {'a long subtitle ' * 6}}},\n  journal = {{Journal}},\n"
        f"  year = {{2001}}, month = mar, pages = {{10--20}},\n  url = {{https://example.org/{index}}}\n}}\n\n"
        for index in range(count)
    )


def test_a_large_file_parsed_in_a_process_of_its_own_gives_the_same_entries(tmp_path):
    write(tmp_path, large_bib(400))
    pending = bibtex.begin_load(["refs.bib"], str(tmp_path))
    in_worker = pending.result()
    direct = bibtex.load(["refs.bib"], str(tmp_path))
    assert in_worker == direct
    assert in_worker["key7"].authors[0].family == "Müller" and in_worker["key7"].get("pages") == "10–20"
    # Where each field is: the entry's line and the field's, one mapping for entries written alike.
    assert str(in_worker["key7"].field_location("pages")) == f"refs.bib:{8 * 7 + 5}"
    assert in_worker["key7"].field_lines is in_worker["key8"].field_lines
    with pytest.raises(TypeError):  # still read-only after crossing processes
        in_worker["key7"].fields["title"] = "changed"  # type: ignore[index]
    assert pending.result() is in_worker  # asked again: no second parse


def test_a_file_parsed_in_a_process_of_its_own_keeps_its_entries_without_their_at(tmp_path):
    write(tmp_path, large_bib(400) + "\nbook{gone,\n  title = {Set aside},\n}\n")
    bib = bibtex.begin_load(["refs.bib"], str(tmp_path)).result()
    assert list(bib.without_at) == ["gone"] and "gone" not in bib


def test_errors_from_a_process_of_its_own_name_file_and_line(tmp_path):
    text = large_bib(400) + "@book{broken,\n  title = {No closing brace,\n"
    write(tmp_path, text)
    with pytest.raises(ExplainerErrors) as raised:
        bibtex.begin_load(["refs.bib"], str(tmp_path)).result()
    with pytest.raises(ExplainerErrors) as direct:
        bibtex.load(["refs.bib"], str(tmp_path))
    assert str(raised.value) == str(direct.value)
    assert f"refs.bib:{text.count(chr(10))}: entry 'broken': the value of title opens a brace" in str(raised.value)


def test_the_cache_starts_a_parse_once_and_gives_it_when_asked(tmp_path, monkeypatch):
    write(tmp_path, large_bib(400))
    started = []
    real_begin = bibtex.begin_load
    monkeypatch.setattr(bibtex, "begin_load", lambda *args: started.append(args) or real_begin(*args))
    cache = bibtex.BibliographyCache()
    cache.start(["refs.bib"], str(tmp_path))
    cache.start(["refs.bib"], str(tmp_path))  # a second hook asks for the same files
    first = cache.get()
    assert cache.load(["refs.bib"], str(tmp_path)) is first
    assert len(started) == 1


def test_between_builds_the_cache_holds_the_parse_as_bytes_not_entries(tmp_path, monkeypatch):
    """A build holds the entries until every hook has read them (`let_go`), then while
    anyone still uses them; the next build gets them back from the kept parse, not by
    parsing again."""
    write(tmp_path, large_bib(400))
    started = []
    real_begin = bibtex.begin_load
    monkeypatch.setattr(bibtex, "begin_load", lambda *args: started.append(args) or real_begin(*args))
    cache = bibtex.BibliographyCache()
    first = cache.load(["refs.bib"], str(tmp_path))
    held = weakref.ref(first)
    del first
    gc.collect()
    assert held() is not None  # a hook done with them does not free them for the next
    assert cache.get() is held()  # every hook of one build shares the same entries
    in_use = cache.get()
    cache.let_go()
    gc.collect()
    assert held() is in_use  # still used by someone: kept, and still shared
    assert cache.get() is in_use
    cache.let_go()
    del in_use
    gc.collect()
    assert held() is None
    again = cache.load(["refs.bib"], str(tmp_path))
    assert again == bibtex.load(["refs.bib"], str(tmp_path))
    assert len(started) == 1


@pytest.mark.parametrize(
    ("field", "meant"),
    [
        ("autor", "author"),
        ("titel", "title"),
        ("organisation", "organization"),
        ("pubisher", "publisher"),
        ("yaer", "year"),  # two letters swapped: too much of a short name for difflib's ratio
        ("ulr", "url"),
    ],
)
def test_a_misspelt_field_the_notes_read_is_named_with_the_field_meant(tmp_path, field, meant):
    write(tmp_path, f"@misc{{k,\n  title = {{T}},\n  {field} = {{X}}\n}}\n")
    with pytest.raises(ExplainerErrors) as raised:
        bibtex.load(["refs.bib"], str(tmp_path))
    assert f"refs.bib:3: entry 'k': {field} is no field the notes read; did you mean {meant}?" in str(raised.value)


def test_a_field_left_alone_may_hold_what_its_own_reader_reads_tex_code_a_path_a_style_s_macro(tmp_path):
    # No part of the site shows them: the build stopped on LaTeX "the notes cannot print",
    # in biblatex's execute (TeX code by definition), a file's path, a custom style's field.
    write(
        tmp_path,
        "@book{k,\n  author = {Ng, Ann},\n  title = {T},\n  execute = {\\renewcommand{\\foo}{bar}},\n"
        "  pdf = {C:\\Users\\ng\\my_file.pdf},\n  usera = {\\mystyleword{x}},\n  verba = {50% of a_b},\n"
        "  urldate = {2020-05-01},\n  date = {2019},\n}\n",
    )
    entry = bibtex.load(["refs.bib"], str(tmp_path))["k"]
    assert sorted(entry.fields) == ["date", "title", "urldate"]  # the one read, for the CSL-JSON download
    assert style.full(entry).plain == "A. Ng, T, 2019"


def test_fields_of_reference_managers_that_the_notes_do_not_read_are_left_alone(tmp_path):
    fields = "abstract = {A}, keywords = {k}, file = {f.pdf}, mendeley-tags = {t}, langid = {english}, urldate = {2020}"
    write(tmp_path, f"@misc{{k, title = {{T}}, {fields}}}\n")
    assert bibtex.load(["refs.bib"], str(tmp_path))["k"].get("title") == "T"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        # Zotero's Issue field holds the months: "No" of "November" was read as a label,
        # and the build stopped on "write the number alone: vember/December".
        ("number", "November/December"),
        ("number", "Nov.-Dec."),
        ("number", "Noviembre"),
        ("volume", "Volcanoes"),
    ],
)
def test_a_number_that_starts_with_a_label_s_letters_is_no_label(tmp_path, field, value):
    entry = load_one(tmp_path, f"@article{{k, title = {{T}}, journal = {{J}}, {field} = {{{value}}}, year = 2020}}")
    assert entry["k"].get(field) == value


@pytest.mark.parametrize(
    ("field", "value", "label", "alone"),
    [("volume", "т. 2", "т.", "2"), ("volume", "Том 3", "Том", "3"), ("number", "вып. 3", "вып.", "3")],
)
def test_a_label_in_russian_is_named_as_a_label(tmp_path, field, value, label, alone):
    # "vol. т. 2" was printed without a word.
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, f"@article{{k, title = {{T}}, journal = {{J}}, year = 2020,\n  {field} = {{{value}}}}}")
    assert (
        f"refs.bib:2: entry 'k': {field} {value!r} starts with {label!r}, where the notes print their own label;"
        f" write the {field} alone: {alone}"
    ) in str(raised.value)


@pytest.mark.parametrize(
    ("field", "value", "labels", "write"),
    [
        ("volume", "第2卷", "('第…卷')", "the volume alone: 2"),
        ("number", "第3期", "('第…期')", "the number alone: 3"),
        ("volume", "第2巻", "('第…巻')", "the volume alone: 2"),
        ("number", "3号", "('…号')", "the number alone: 3"),
        ("volume", "제2권", "('제…권')", "the volume alone: 2"),
        ("volume", "第２卷", "('第…卷')", "the volume alone: 2"),
        ("volume", "第二十六卷", "('第…卷')", "the volume alone: 26"),
        ("volume", "第一百卷", "('第…卷')", "the volume alone, in figures"),
        ("number", "2020年第3期", "('第…期')", "the number alone: 3, and the year in date = {2020}"),
    ],
)
def test_a_label_in_chinese_japanese_or_korean_is_named_as_a_label(tmp_path, field, value, labels, write):
    # `volume = {第2卷}` printed "vol. 第2卷", `number = {第3期}` "no. 第3期", without a word.
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, f"@article{{k, title = {{T}}, journal = {{J}}, year = 2020,\n  {field} = {{{value}}}}}")
    assert (
        f"refs.bib:2: entry 'k': {field} {value!r} writes its label with the number {labels}, where the notes print"
        f" their own; write {write}"
    ) in str(raised.value)


@pytest.mark.parametrize(
    ("value", "write"),
    [
        ("第26卷第3期", "('第…卷', '第…期'), where the notes print their own; write volume = {26} and number = {3}"),
        ("26巻3号", "('…巻', '…号'), where the notes print their own; write volume = {26} and number = {3}"),
        ("제26권 제3호", "('제…권', '제…호'), where the notes print their own; write volume = {26} and number = {3}"),
    ],
)
def test_a_volume_and_issue_written_in_one_cjk_field_are_split_in_the_hint(tmp_path, value, write):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, f"@article{{k, title = {{T}}, journal = {{J}}, year = 2020,\n  volume = {{{value}}}}}")
    assert f"refs.bib:2: entry 'k': volume {value!r} writes its labels with the numbers {write}" in str(raised.value)


@pytest.mark.parametrize(("field", "value"), [("volume", "26"), ("number", "03"), ("volume", "第2卷 (上)")])
def test_a_cjk_volume_without_a_label_or_with_more_than_one_is_left_as_written(tmp_path, field, value):
    # CNKI's exports through Zotero give the figures alone; a part's name after the label is
    # not a bare label, and prints as written.
    entry = load_one(tmp_path, f"@article{{k, title = {{T}}, journal = {{J}}, {field} = {{{value}}}, year = 2020}}")
    assert entry["k"].get(field) == value


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("volume", "26 (3-4)", "volume '26 (3-4)' holds the issue's number too, which the notes print after their own"
         " label; write volume = {26} and number = {3-4}"),
        ("volume", "26, no. 1", "volume '26, no. 1' holds the issue's number too, which the notes print after their"
         " own label; write volume = {26} and number = {1}"),
        ("volume", "No. 3", "volume 'No. 3' starts with 'No.', an issue's label; write it in the number field, alone:"
         " number = {3}"),
        ("edition", "second edition", "edition 'second edition' writes its label, 'edition', which the notes print"
         " themselves, in the article's words; write the number alone, 2"),
        ("edition", "2. Aufl.", "edition '2. Aufl.' writes its label, 'Aufl.', which the notes print themselves, in"
         " the article's words; write the number alone, 2"),
        ("edition", "Deuxième", "edition 'Deuxième' is written as a word, which the notes print alone, with no 'ed.';"
         " write the number alone, 2, which they print as an edition, in the article's words"),
    ],
)  # fmt: skip
def test_a_field_that_holds_another_s_value_or_label_is_named(tmp_path, field, value, problem):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, f"@book{{k, title = {{T}}, year = 2020,\n  {field} = {{{value}}}}}")
    assert f"refs.bib:2: entry 'k': {problem}" in str(raised.value)


@pytest.mark.parametrize(
    ("field", "value", "problem", "write"),
    [
        ("volume", "38 (2019)", "ends with the year in parentheses, which is the date",
         {"volume": "38", "date": "2019"}),
        ("volume", "12, no. 3 (2019)", "holds the issue's number too, which the notes print after their own label,"
         " and ends with the year in parentheses, which is the date", {"volume": "12", "number": "3", "date": "2019"}),
        ("volume", "Vol. 26, No. 1", "starts with 'Vol.', where the notes print their own label, and holds the"
         " issue's number too", {"volume": "26", "number": "1"}),
        ("volume", "vol. 26(1)", "starts with 'vol.', where the notes print their own label, and holds the issue's"
         " number too", {"volume": "26", "number": "1"}),
        ("number", "Vol. 12, No. 3", "starts with 'Vol.', a volume's label, and holds the issue's number too",
         {"volume": "12", "number": "3"}),
    ],
)  # fmt: skip
def test_a_volume_copied_as_a_reference_prints_it_is_split_into_every_field_it_holds(
    tmp_path, field, value, problem, write
):
    # `38 (2019)` was read as volume 38, issue 2019, and the advice followed printed "vol. 38,
    # no. 2019"; `Vol. 26, No. 1` was told "write the volume alone: 26, No. 1", which the next
    # build stopped on in turn.
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, f"@article{{k, title = {{T}}, journal = {{J}},\n  {field} = {{{value}}}}}")
    advice = re.search(
        rf"refs\.bib:2: entry 'k': {field} {re.escape(repr(value))} (.*?); write (.*)", str(raised.value)
    )
    assert advice is not None, str(raised.value)
    assert advice[1] == problem
    written = dict(re.findall(r"(\w+) = \{([^}]*)\}", advice[2]))
    assert written == write
    # The advice followed loads without a word, and each number lands in its own field.
    fields = ", ".join(f"{name} = {{{figure}}}" for name, figure in written.items())
    entry = load_one(tmp_path, f"@article{{k, title = {{T}}, journal = {{J}}, {fields}}}")["k"]
    assert entry.get("volume") == write["volume"]
    assert entry.get("number") == write.get("number", "")
    assert entry.date == (bibtex.Date(int(write["date"])) if "date" in write else None)


@pytest.mark.parametrize(
    ("field", "value"),
    [("volume", "2 (Supplement)"), ("volume", "1-2"), ("edition", "Revised"), ("edition", "Revised edition"),
     ("edition", "2")],
)  # fmt: skip
def test_a_volume_or_an_edition_that_names_no_other_number_is_left_as_written(tmp_path, field, value):
    entry = load_one(tmp_path, f"@book{{k, title = {{T}}, {field} = {{{value}}}, year = 2020}}")
    assert entry["k"].get(field) == value


@pytest.mark.parametrize(
    "author",
    ["Nathan, A. J.", "A. J. Nathan", "A. J. Nathan, Jr.", "King, Jr., M. L.", "de la Fuente, J.", "Nathan, A.J."],
)
def test_a_name_with_its_initials_and_one_comma_is_one_person(tmp_path, author):
    entry = load_one(tmp_path, f"@book{{k, title = {{T}}, year = 2020, author = {{{author}}}}}")
    assert len(entry["k"].authors) == 1


@pytest.mark.parametrize(
    ("author", "meant"),
    [
        ("K. Brown, J. Smith", "K. Brown and J. Smith"),
        ("J.-P. Durand, Marie Curie and A. Roe", "J.-P. Durand and Marie Curie and A. Roe"),
    ],
)
def test_two_names_given_first_and_joined_with_a_comma_are_named(tmp_path, author, meant):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, f"@book{{k, title = {{T}}, year = 2020,\n  author = {{{author}}}}}")
    assert f"refs.bib:2: entry 'k': author {author!r} has a comma between two names written given name first" in str(
        raised.value
    )
    assert str(raised.value).endswith(f"join people's names with and: {meant}")


@pytest.mark.parametrize("edition", ["2e", "2.", "1ère", "2nd"])
def test_an_edition_as_an_ordinal_is_named_in_no_one_language_s_words(tmp_path, edition):
    # The hint promised "(2nd ed.)" to a French article, whose notes print "2e éd."; a German
    # "2." and a French "1ère" were not named at all.
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, f"@book{{k, title = {{T}}, year = 2020,\n  edition = {{{edition}}}}}")
    message = str(raised.value)
    number = edition[0]
    assert (
        f"refs.bib:2: entry 'k': edition {edition!r} is written as an ordinal, which the notes print alone, with no"
        f" 'ed.'; write the number alone, {number}, which they print as an edition, in the article's words"
    ) in message
    assert "ed.)" not in message


def test_a_comment_after_the_last_value_is_named_as_a_comment(tmp_path):
    # It was "the value of title ends at the } after 'T', and ', % checked' follows it: Remove
    # the } too many", where there was none.
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, "@book{k,\n  author = {Brown, K.},\n  title = {T}, % checked\n}\n")
    message = str(raised.value)
    assert (
        "refs.bib:3: entry 'k': the comment '% checked' is read as a field's name, with no value\n"
        "    Inside an entry BibTeX has no comments: move the line above the entry's @, or delete it."
    ) in message
    assert "too many" not in message


def test_an_entry_left_open_before_the_next_entrys_comment_is_named_as_never_closing(tmp_path):
    # An editor's `% note 2` above the next entry is where it belongs: the message said it
    # was read as a field's name and to move it above the entry's @, where it already was.
    text = "@book{k,\n  author = {Brown, K.},\n  year = {2017},\n\n% note 2\n@book{m,\n  title = {M},\n}\n"
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, text)
    message = str(raised.value)
    assert (
        "refs.bib:1: entry 'k': the entry never closes: its last } is missing before the comment '% note 2'"
        " (line 5)\n    Put } after its last field."
    ) in message
    assert "read as a field's name" not in message


#: The two papers as the ACM Digital Library exports them.
ACM_PAPERS = ACM_PAPER + "\n" + ACM_PAPER_WITH_PAGES


def test_a_conference_paper_as_the_acm_digital_library_exports_it_is_printed_as_chicago_prints_one(tmp_path):
    # address and location both: the build stopped until location, the conference's place, was
    # deleted. The notes print the proceedings, their place and publisher, as Chicago prints a
    # published paper; not the conference's place or its short name (series, printed "CHI '21"
    # as a series of books); its articleno, which finds it where it has no pages, is printed
    # where they would go, and kept beside the page a note cites; numpages and the rest are
    # left alone.
    bib = load_one(tmp_path, ACM_PAPERS)
    assert style.style_warnings(bib) == []
    assert style.full(bib["10.1145/3411764.3445488"], "p. 3").plain == (
        "H. Lee, A. Ng, M. Wu, “Reading Maps with a Screen Reader: A Study of Blind Users' Strategies,” in"
        " Proceedings of the 2021 CHI Conference on Human Factors in Computing Systems, New York, NY, USA,"
        " Association for Computing Machinery, 2021, article 42, p. 3, https://doi.org/10.1145/3411764.3445488"
    )
    assert style.full(bib["10.1145/3489517.3530572"]).plain == (
        "I. Dagli, M. E. Belviranli, “AxoNN: Energy-Aware Execution of Neural Network Inference,” in Proceedings"
        " of the 59th ACM/IEEE Design Automation Conference, New York, NY, USA, Association for Computing"
        " Machinery, 2022, pp. 1069–1074, https://doi.org/10.1145/3489517.3530572"
    )
    # A reference manager gets the conference as the conference.
    paper = csl_item(bib["10.1145/3411764.3445488"])
    assert (paper["publisher-place"], paper["event-place"], paper["event-title"]) == (
        "New York, NY, USA",
        "Yokohama, Japan",
        "CHI '21",
    )
    assert "collection-title" not in paper
    # A message about a field names it as written.
    assert bib["10.1145/3411764.3445488"].written_name("venue") == "location"


def test_a_series_of_books_in_an_acm_export_is_printed_as_one(tmp_path):
    # Only a conference's short name and year is read as the conference's.
    bib = load_one(tmp_path, ACM_PAPERS.replace("series = {CHI '21}", "series = {Lecture Notes in Computer Science}"))
    assert "Human Factors in Computing Systems, Lecture Notes in Computer Science, New York" in (
        style.full(bib["10.1145/3411764.3445488"]).plain
    )


@pytest.mark.parametrize(
    ("entry", "why"),
    [
        ("@incollection{k, title = {T}, booktitle = {B}", "an @incollection has one place, where it was published"),
        ("@report{k, title = {T}", "an @report has one place, where it was published"),
        (
            "@inproceedings{k, title = {T}, booktitle = {B}, venue = {Oslo}",
            "beside venue, the meeting's place, both name where the work was published",
        ),
    ],
)
def test_address_beside_a_location_is_a_slip_where_the_entry_has_one_place(tmp_path, entry, why):
    # A chapter or a report names no meeting: two places, one under each name, can only be a slip.
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, f"{entry}, year = 2020,\n  address = {{London}},\n  location = {{Oxford}}\n}}\n")
    assert (
        f"refs.bib:3: entry 'k' gives address 'London' and location 'Oxford', biblatex's name for address: {why},"
        " so one of them is a slip\n"
        "    Keep the place of publication and delete the other (address is on line 2); a place where the work was"
        " given or held goes in note, as the note should read it."
    ) in str(raised.value)


def test_the_same_place_as_address_and_location_is_left_alone(tmp_path):
    same = load_one(tmp_path, "@book{k, title = {T}, year = 2020,\n  address = {London},\n  location = {London}\n}")
    assert same["k"].get("location") == "London"
    assert "address" not in same["k"].fields


@pytest.mark.parametrize(
    ("author", "said"),
    [
        # The field's own braces were offered as the organisation's: "{Procter \& Gamble}".
        (
            r"Procter \& Gamble",
            r"join people's names with and: Procter and Gamble, or put an organisation's name in braces of its own:"
            r" author = {{Procter \& Gamble}}",
        ),
        # The & inside the braced organisation was rewritten too: "{Procter and Gamble}".
        ("{Procter & Gamble} & Smith, J.", "join people's names with and: {Procter & Gamble} and Smith, J."),
    ],
)
def test_an_ampersand_between_names_offers_what_to_write_keeping_braced_names(tmp_path, author, said):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, f"@misc{{k, title = {{T}}, year = 2020,\n  author = {{{author}}}}}")
    assert f"refs.bib:2: entry 'k': author {author!r} has '&' between names" in str(raised.value)
    assert said in str(raised.value)


@pytest.mark.parametrize("author", ["M&#252;ller, J.", r"Smith, J.\;and Roe, K."])
def test_a_semicolon_of_an_html_entity_or_a_thin_space_is_no_mark_between_names(tmp_path, author):
    # Both stopped the build: "has ';' between names …: M&#252 and ller, J.". An entity, which
    # the notes printed as typed, is named as such, with the character to write.
    text = f"@misc{{k, title = {{T}}, year = 2020, author = {{{author}}}}}"
    if "&#" in author:
        with pytest.raises(ExplainerErrors) as raised:
            load_one(tmp_path, text)
        assert "author holds the HTML entity '&#252;'" in str(raised.value) and "between names" not in str(raised.value)
        assert "write the character itself: ü" in str(raised.value)
        return
    entry = load_one(tmp_path, text)
    assert len(entry["k"].authors) == 1


@pytest.mark.parametrize(
    ("date", "hint"),
    [
        ("31/12/2019", "; write date = {2019-12-31}: ISO 8601 writes the year first"),
        (
            "3/4/2019",
            "; write date = {2019-04-03} if 3 is the day, date = {2019-03-04} if it is the month: ISO 8601 writes"
            " the year first",
        ),
        # "write date = {2015-01-32}" was offered.
        ("2015-1-32", "; it names no date that exists: check the date in the source"),
        ("2015-1", "; write date = {2015-01}: ISO 8601 writes a month and a day in two figures"),
    ],
)
def test_a_date_written_otherwise_than_iso_is_offered_as_the_dates_it_can_be(tmp_path, date, hint):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, f"@misc{{k, title = {{T}},\n  date = {{{date}}}}}")
    assert f"refs.bib:2: entry 'k': date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD{hint}" in str(raised.value)


#: Names as reference managers and databases export them, none written as Vancouver style writes them.
EXPORTED_NAMES = (
    "Smith, John and Doe, Kate",  # Google Scholar, JabRef
    "Smith, J. and {World Bank} and {Human Rights Watch}",  # Zotero, an organisation in braces
    "van der Berg, Jan and de la Fontaine, Jean",  # particles
    "Xi Jinping and Mao Zedong",  # a Chinese name, family name first, written whole
    "Smith, J and Doe, KA",  # Web of Science: initials without stops, after a comma
    "A. J. Exemplar and J Smith",  # initials first
    "Malcolm X and King, Jr., Martin Luther and Henry VIII",
    "Smith, John and others",
    # A regnal number, a Vietnamese name ending in one letter: Vancouver style's form, but BibTeX
    # reads them right. (Given name first, the family name in capitals, as HAL writes it, is read
    # right too, and warned of for its capitals alone: `FAMILY_NAMES_IN_CAPITALS`.)
    "Nguyen Van A",
    "Benedict XVI and Leo XIV and Louis XIV",
)


@pytest.mark.parametrize("names", EXPORTED_NAMES)
def test_names_as_reference_managers_export_them_load(tmp_path, names):
    bib = load_one(tmp_path, f"@book{{k,\n  author = {{{names}}},\n  title = {{T}},\n  year = {{2020}},\n}}\n")
    assert bib["k"].authors
    assert style.style_warnings(bib) == []


def test_an_organisation_ending_in_capitals_is_named_as_an_organisation_not_as_vancouver_names(tmp_path):
    bib = load_one(tmp_path, "@book{k,\n  author = {Amnesty International USA},\n  title = {T},\n  year = {2020},\n}\n")
    [warning] = style.style_warnings(bib)
    assert "the name 'Amnesty International USA' is set as a person's" in warning
    assert "put it in braces: author = {{Amnesty International USA}}" in warning


@pytest.mark.parametrize(
    ("names", "meant"),
    [
        ("Smith J., Doe K.", "Smith, J. and Doe, K."),
        ("Smith JA, Doe K, Roe L, et al.", "Smith, J. A. and Doe, K. and Roe, L. and others"),
        ("Smith J.A.", "Smith, J. A."),
        ("van der Berg J. and Dupont J.-P.", "van der Berg, J. and Dupont, J.-P."),
        ("Wang Y., Li K and {UNESCO}", "Wang, Y. and Li, K. and {UNESCO}"),
    ],
)
def test_names_written_as_vancouver_style_writes_them_are_named_at_their_line(tmp_path, names, meant):
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, f"@article{{k,\n  title = {{T}},\n  author = {{{names}}},\n  year = {{2020}},\n}}\n")
    assert f"refs.bib:3: entry 'k': author {names!r} writes names as Vancouver style does" in str(raised.value)
    assert f"write Last, First, joined with and: {meant}" in str(raised.value)


@pytest.mark.parametrize(
    ("names", "families", "meant", "family_first"),
    [
        ("Smith J and Doe K", "J and K", "Smith, J. and Doe, K.", ""),
        ("Smith JA and Doe K", "JA and K", "Smith, J. A. and Doe, K.", ""),
        ("van der Berg J and Dupont J-P", "van der Berg J and J-P", "van der Berg, J. and Dupont, J.-P.", ""),
        ("Wang Y and {UNESCO}", "Y", "Wang, Y. and {UNESCO}", ""),
        (
            "Smith JA and Doe KM",
            "JA and KM",
            "Smith, J. A. and Doe, K. M.",
            "; if JA and KM are family names, write each first, with a comma: JA, Smith and KM, Doe",
        ),
    ],
)
def test_names_that_may_be_vancouver_names_are_a_warning_naming_both_readings(
    tmp_path, names, families, meant, family_first
):
    # `Smith JA` is also how `Xiaoming LI` is written: no error, but a family name no one has is named.
    bib = load_one(tmp_path, f"@article{{k,\n  title = {{T}},\n  author = {{{names}}},\n  year = {{2020}},\n}}\n")
    are = "names are" if " and " in families else "name is"
    assert style.style_warnings(bib) == [
        f"refs.bib:3: entry 'k': author {names!r} is read given name first, so the family {are} {families};"
        f" if it is written as Vancouver style writes names, the family name then initials, write {meant}"
        + family_first
    ]


@pytest.mark.parametrize(
    ("name", "meant"),
    [
        ("Smith JA", "Smith, J. A."),
        ("Smith KM", "Smith, K. M."),
        ("Smith JMS", "Smith, J. M. S."),
        ("Doe K", "Doe, K."),
    ],
)
def test_a_lone_name_ending_in_initials_is_a_warning_naming_both_readings(tmp_path, name, meant):
    # `Smith JA` alone was read without a word as the given name Smith and the family name JA:
    # the notes printed "S. JA", and the short form "JA". Alone, it may be an organisation's name too.
    bib = load_one(tmp_path, f"@book{{k,\n  title = {{T}},\n  author = {{{name}}},\n  year = {{2020}},\n}}\n")
    given, family = name.split()
    assert style.style_warnings(bib) == [
        f"refs.bib:3: entry 'k': author {name!r} is read given name first, so the family name is {family};"
        f" if it is written as Vancouver style writes names, the family name then initials, write {meant}"
        + (
            f"; if {family} is the family name, write it first, with a comma: {family}, {given}"
            if len(family) == 2
            else ""
        )
        + (f"; if it is an organisation's name, put it in braces: author = {{{{{name}}}}}" if len(family) > 1 else "")
    ]


#: Names written given name first with a family name in capitals that no initials are: of two
#: letters, or of three with a vowel. Read as written, they are warned of for their capitals
#: alone (`test_pasted_names`), never as Vancouver style's names.
FAMILY_NAMES_IN_CAPITALS = (
    "Xiaoming LI",
    "Wei QU",
    "Jun GO",
    "Fei MI",
    "Andrew NG",
    "Thi LE",
    "Moustapha KA",
    "Ousmane SY",
    "Hyun-woo WI",
    "Kyung KIM",
    "Jun MA",
    "Kyung KIM and Jun MA",
    "Xiaoming LI and Wei QU",
)


@pytest.mark.parametrize("names", FAMILY_NAMES_IN_CAPITALS)
def test_a_family_name_in_capitals_is_read_as_written_and_warned_of_for_its_capitals_alone(tmp_path, names):
    bib = load_one(tmp_path, f"@book{{k,\n  title = {{T}},\n  author = {{{names}}},\n  year = {{2020}},\n}}\n")
    written = names.split(" and ")
    assert [person.family for person in bib["k"].authors] == [name.split()[-1] for name in written]
    warnings = style.style_warnings(bib)
    assert [warning.split("'")[3] for warning in warnings] == written
    assert all("has its family name in capitals" in warning and "Vancouver" not in warning for warning in warnings)


#: A lone name whose last word is capitals, and is read given name first as written, without a
#: word: a regnal number, or a name written given name first.
LONE_NAMES_READ_AS_WRITTEN = (
    # A family name written first, with its comma, is read as written, whatever its letters.
    "KA, Moustapha",
    "ER, Ayşe",
    "AY, Mehmet",
    "JA, Smith",
    "Xi Jinping",
    "A. J. Smith",
    "Leo XIV",
    "Malcolm X",
    "{World Bank}",
    "U Thant",
    "Nguyen Van A",
)


def test_a_two_letter_family_name_the_list_lacks_is_warned_of_with_the_way_to_write_it(tmp_path):
    # `KA, Moustapha`, written family name first, was warned of as `Moustapha KA` all the
    # same: a real family name the list lacked could only be printed by putting it in braces,
    # an organisation's way, which the notes print whole and do not invert.
    name = "Ayşe ER and Mehmet AY"
    bib = load_one(tmp_path, f"@book{{k,\n  title = {{T}},\n  author = {{{name}}},\n  year = {{2020}},\n}}\n")
    assert style.style_warnings(bib) == [
        f"refs.bib:3: entry 'k': author {name!r} is read given name first, so the family names are ER and AY;"
        " if it is written as Vancouver style writes names, the family name then initials, write Ayşe, E. R. and"
        " Mehmet, A. Y.; if ER and AY are family names, write each first, with a comma: ER, Ayşe and AY, Mehmet"
    ]
    bib = load_one(tmp_path, "@book{k,\n  title = {T},\n  author = {ER, Ayşe and AY, Mehmet},\n  year = {2020},\n}\n")
    assert style.style_warnings(bib) == []
    assert style.full(bib["k"]).plain == "A. ER, M. AY, T, 2020"


@pytest.mark.parametrize("name", LONE_NAMES_READ_AS_WRITTEN)
def test_a_lone_name_that_may_be_written_given_name_first_gives_no_warning(tmp_path, name):
    bib = load_one(tmp_path, f"@book{{k,\n  title = {{T}},\n  author = {{{name}}},\n  year = {{2020}},\n}}\n")
    assert style.style_warnings(bib) == []


def book_with(field: str) -> str:
    """A book entry with ``field`` on its third line, and an author, a title and a year where it gives none."""
    given = {name: f"  {name} = {{{value}}},\n" for name, value in (("author", "Roe, A."), ("title", "T"))}
    given.pop(field.split("=")[0].strip(), None)
    return f"@book{{k,\n  year = {{2020}},\n  {field},\n{''.join(given.values())}}}\n"


@pytest.mark.parametrize(
    ("field", "message"),
    [
        (
            "author = {Smith, J.and Doe, K.}",
            "author 'Smith, J.and Doe, K.' has an 'and' glued to a name ('J.and'), which BibTeX reads as part of it;"
            " put a space on each side: Smith, J. and Doe, K.",
        ),
        (
            "author = {Smith, J. (ed.)}",
            "author 'Smith, J. (ed.)' writes the role '(ed.)' after a name, which BibTeX reads as part of it, and the"
            " notes print the role from the field the name is in (editor, translator); write the name in"
            " editor = {Smith, J.}",
        ),
        ("editor = {Roe, A. (eds)}", "; write Roe, A."),
        ("editor = {Roe, A. (trans.)}", "; write the name in translator = {Roe, A.}"),
        (
            "title = {China &amp; Russia}",
            "title holds the HTML entity '&amp;', which the notes would print as typed;"
            " write the character itself: \\&",
        ),
        ("author = {M&#252;ller, A.}", "author holds the HTML entity '&#252;', which the notes would print as typed;"),
    ],
)
def test_a_value_pasted_as_a_web_page_or_a_printed_reference_writes_it_is_named_at_its_line(tmp_path, field, message):
    # Each printed as typed, without a word: "J. (. Smith", "China &amp; Russia", "London, London: Routledge".
    with pytest.raises(ExplainerErrors) as raised:
        load_one(tmp_path, book_with(field))
    assert "refs.bib:3: entry 'k': " in str(raised.value) and message in str(raised.value), str(raised.value)


@pytest.mark.parametrize(
    "field",
    [
        "author = {Smith, J. and Anderson, K. and Ferdinand, Ann}",
        "author = {{Human Rights Watch (HRW)}}",
        "title = {AT&T and M*A*S*H, &c.}",
        "publisher = {Association for Computing Machinery}",
        "publisher = {Routledge},\n  address = {London}",
        "title = {UN and NATO: WHO}",
        # An organisation's acronym in parentheses is no role; nor, braced, is anything.
        "author = {{U.S. Department of Education (ED)}}",
        "author = {{Direction de l'information (DIR)} and Roe, A.}",
        # An organisation and its division, and a publisher before a place: no place first.
        "publisher = {OSCE: Office for Democratic Institutions and Human Rights}",
        "publisher = {Routledge: London}",
        "publisher = {Brill: Leiden}",
        # A verb of reading with a number after it, but no date; and the note's link is another than url.
        "note = {Interview; the author visited Osh in 2010}",
        "note = {The author consulted 12 archives}",
        "note = {Report viewed by 3 ministries before release}",
        # A country's initials: an organisation, in braces of its own.
        "author = {{U.S. Congress} and {U.N. Secretariat} and {Home Office, U.K.} and {U.S. Army}}",
        # Capitals kept as written, in braces of their own.
        "title = {{USSR AND NATO}}",
        "title = {{NATO–CSTO–SCO AND THE EURASIAN UNION}}",
    ],
)
def test_values_as_sources_write_them_are_no_slip(tmp_path, field):
    assert style.style_warnings(load_one(tmp_path, book_with(field))) == []


@pytest.mark.parametrize(
    ("publisher", "hint"),
    [
        ("London: Routledge", "write publisher = {Routledge}, and write address = {London}"),
        ("New York: Zone Books", "write publisher = {Zone Books}, and write address = {New York}"),
        (
            "Bishkek Central Office: Ilim",
            "if Bishkek Central Office is the place of publication, write address = {Bishkek Central Office}"
            " and publisher = {Ilim}",
        ),
    ],
)
def test_a_place_before_the_publisher_is_a_warning_at_its_line(tmp_path, publisher, hint):
    # Printed "London: Routledge" as typed, with no place of its own: a warning, since the colon may be the name's.
    warnings = style.style_warnings(load_one(tmp_path, book_with(f"publisher = {{{publisher}}}")))
    assert warnings == [
        f"refs.bib:3: entry 'k': publisher {publisher!r} may give the place before a colon, as a printed reference"
        f" writes it, and the notes print the place from address themselves; {hint}"
    ]


def test_a_title_in_capitals_is_a_warning_at_its_line(tmp_path):
    bib = load_one(
        tmp_path, "@book{k,\n  author = {Roe, A.},\n  title = {CHINA AND CENTRAL ASIA},\n  year = {2020},\n}\n"
    )
    assert style.style_warnings(bib) == [
        "refs.bib:3: entry 'k': title 'CHINA AND CENTRAL ASIA' is all in capitals, as some databases export titles,"
        " and the notes print it as written; write it as the title page does, in upper and lower case"
    ]


@pytest.mark.parametrize(
    ("field", "warning"),
    [
        (
            "note = {Accessed 5 May 2020}",
            "note 'Accessed 5 May 2020' gives the date the source was read ('Accessed'), which the notes print as"
            " typed, though the journal's notes give none; write the date in urldate = {YYYY-MM-DD}, which the"
            " CSL-JSON download gives and the notes leave out, or delete it",
        ),
        (
            "note = {Available at https://example.org/report, in English}",
            "note holds the web address 'https://example.org/report' among its words, which the notes print as"
            " text; put it in url = {https://example.org/report}, where the note links it",
        ),
        (
            "note = {Last visited on March 5, 2020}",
            "note 'Last visited on March 5, 2020' gives the date the source was read ('Last visited on')",
        ),
        ("note = {Retrieved 2020-05-05}", "note 'Retrieved 2020-05-05' gives the date the source was read"),
        ("note = {consulté le 5 mai 2020}", "note 'consulté le 5 mai 2020' gives the date the source was read"),
        (
            "note = {See https://example.org/report},\n  url = {https://example.org/report}",
            "note holds the web address 'https://example.org/report' among its words, which the notes print as"
            " text; url holds the link already: delete it here, where the note links it",
        ),
        (
            "note = {Archived at https://web.archive.org/web/2019/https://example.org},\n  url = {https://example.org}",
            "note holds the web address 'https://web.archive.org/web/2019/https://example.org' among its words, which"
            " the notes print as text; url holds another (https://example.org); if this one is the link to give,"
            " put it in url instead, where the note links it",
        ),
    ],
)
def test_a_date_of_access_or_an_address_written_in_a_note_is_a_warning_at_its_line(tmp_path, field, warning):
    # Printed as typed: "…, 2020, Accessed 5 May 2020." and an address no one could follow.
    [written] = style.style_warnings(load_one(tmp_path, book_with(field)))
    assert written.startswith(f"refs.bib:3: entry 'k': {warning}")


def test_an_access_date_and_a_language_the_notes_do_not_print_are_said_once_each_with_what_to_write(tmp_path):
    # `urldate` and `language`, which biblatex's styles print ("visited on…", "In Russian"),
    # went without a word: an editor who wrote one found nothing in the note.
    from explainer.unprinted_field_notes import unprinted_field_notes

    bib = load_one(
        tmp_path,
        book_with("urldate = {2024-02-11},\n  language = {russian}")
        + "@online{o,\n  title = {T},\n  url = {https://example.org},\n  urldate = {2024-02-12},\n}\n",
    )
    assert [note.split(": ", 1)[0] for note in unprinted_field_notes(bib.entries.values())] == [
        "refs.bib:3",
        "refs.bib:4",
    ]
    urldate, language = unprinted_field_notes(bib.entries.values())
    assert urldate.startswith("refs.bib:3: 2 entries give urldate, which the notes do not print: the journal's notes")
    assert language.startswith(
        "refs.bib:4: 1 entry gives language, which the notes do not print: to say a source's language, write it in"
        " note (note = {In Russian})"
    )
    assert unprinted_field_notes(load_one(tmp_path, book_with("note = {In Russian}")).entries.values()) == []


def test_a_note_that_names_no_date_of_access_is_no_slip(tmp_path):
    bib = load_one(tmp_path, book_with("note = {Documents retrieved from the party's archive in 1991}"))
    assert style.style_warnings(bib) == []


def test_a_person_s_name_in_braces_of_its_own_is_a_warning_and_an_organisation_s_is_not(tmp_path):
    # `{{Smith, J.}}` printed "Smith, J." in a note, and sorted under S. as one word.
    bib = load_one(tmp_path, book_with("author = {{Smith, J.} and {World Bank} and {Xinhua, Beijing}}"))
    assert style.style_warnings(bib) == [
        "refs.bib:3: entry 'k': the name {Smith, J.} is in braces of its own, as an organisation's is, so the notes"
        " print it as written (Smith, J.) and sort it whole; if it is a person's, write it without the inner braces:"
        " Smith, J."
    ]


def test_a_chapter_has_its_book_s_subtitle_as_the_book_s_not_as_its_own(tmp_path):
    # The book's subtitle was the chapter's ("“Chapter. A History,” in … Water"), and its short
    # title the chapter's short form ("Roe, “Water”"), as biblatex has neither.
    bib = load_one(
        tmp_path,
        "@incollection{ch,\n  author = {Roe, Ann},\n  title = {Chapter},\n  crossref = {book},\n}\n\n"
        "@collection{book,\n  editor = {Poe, E.},\n  title = {Water},\n  subtitle = {A History},\n"
        "  shorttitle = {Water},\n  publisher = {Brill},\n  date = {2015},\n}\n\n"
        "@incollection{own,\n  author = {Roe, Ann},\n  title = {Dams},\n  booktitle = {Rivers},\n"
        "  booksubtitle = {An Atlas},\n  date = {2015},\n}\n",
    )
    assert style.full(bib["ch"]).plain == "A. Roe, “Chapter,” in E. Poe (ed.), Water. A History, Brill, 2015"
    assert style.short(bib["ch"]).plain == "Roe, “Chapter”"
    assert style.full(bib["book"]).plain == "E. Poe (ed.), Water. A History, Brill, 2015"
    # Written in the chapter's own entry, the book's subtitle is printed too: it was warned of.
    assert style.full(bib["own"]).plain == "A. Roe, “Dams,” in Rivers. An Atlas, 2015"
    assert style.style_warnings(bib) == []
