"""The house style's forms, held against the manuscript's own printed notes."""

import json
import re
from pathlib import Path

import pytest

from explainer import bibtex, richtext, style
from explainer.article_meta import csl_item, csl_json
from explainer.config import load_config
from explainer.ordinals import ordinal_suffix
from explainer.richtext import RichText, Run

BIB = bibtex.load(["bib/article.bib"], str(Path(__file__).resolve().parent.parent))


def load_bib(tmp_path, text: str) -> bibtex.Bibliography:
    """The entries of a .bib file holding ``text``."""
    (tmp_path / "refs.bib").write_text(text, encoding="utf-8")
    return bibtex.load(["refs.bib"], str(tmp_path))


def marked(text: RichText, *, final_stop: bool = True) -> str:
    """Rich text as the manuscript writes it: ``*italics*``, links as their text."""
    if final_stop:
        text.punctuate(".")
    return "".join(f"*{run.text}*" if run.em else run.text for run in text.runs)


# (note, key, locator, printed text of that citation in the manuscript)
FULL_FORMS = [
    (1, "brown2017world", "", "K. Brown, *China's World. What Does China Want?*, London, New York, I.B. Tauris, 2017."),
    (
        1,
        "cabestan2010diplomacy",
        "",
        "J. P. Cabestan, “China's new diplomacy: old wine in a new bottle?,” in S. Breslin (ed.), "
        "*Handbook of China's International Relations*, London and New York, Routledge, 2010, pp. 1–10.",
    ),
    (
        2,
        "omelicheva2015democracy",
        "p. 59",
        "M. Omelicheva, *Democracy in Central Asia. Competing Perspectives and Alternative Strategies*, "
        "Lexington, University Press of Kentucky, 2015, p. 59.",
    ),
    (
        6,
        "nathan2015challenge",
        "",
        "A. J. Nathan, “China’s Challenge,” *Journal of Democracy*, vol. 26, no. 1, January 2015, pp. 156–170.",
    ),
    (
        8,
        "denhao2021transformation",
        "",
        "Den Hao, “Transformatsiya Tsentral’noy Azii pod vliyaniem vneshnikh i vnutrennikh faktorov – kitayskaya "
        "ekspertnaya otsenka,” [Transformation of Central Asia Under the Influence of External and Internal "
        "Factors – A Chinese Expert Assessment], *Central Asian Analytical Network*, April 20, 2021, "
        "https://www.caa-network.org/archives/21730/transformatsiya-czentralnoj-azii-pod-vliyaniem-vneshnikh-i-"
        "vnutrennikh-faktorov-kitayskaya-ekspertnaya-ocenka.",
    ),
    (
        10,
        "ciis2020kyrgyzstan",
        "",
        "“Jǐ'ěrxī sītǎn yìhuì xuǎnjǔ wéijī tǒushì,” [Perspectives on Kyrgyzstan's Parliamentary Election Crisis], "
        "China Institute of International Studies, October 14, 2020, "
        "https://www.cis.org.cn/yjcg/sspl/202010/t20201014_7556.html.",
    ),
    (
        36,
        "regnum2018vopros",
        "",
        "“‘Vopros na million»: Poluchala li partiya vlasti Kirgizii den’gi ot Kitaya?,” [The Million Dollar "
        "Question: Did Kyrgyzstan’s ruling party receive money from China?], *Regnum*, March 24, 2018, "
        "https://regnum.ru/news/2395627.html.",
    ),
    (
        41,
        "hoagland-surveillance",
        "p. 8",
        "R. Hoagland, N. Wolkov, A. Karibayeva, “China's Growing Influence in Central Asia through Surveillance "
        "Systems,” *Caspian Policy Center*, p. 8.",
    ),
    (
        49,
        "fidh2012sco",
        "p. 10",
        "*Shanghai Cooperation Organisation: a vehicle for human rights violation*, FIDH, August 2012, p. 10, "
        "https://www.fidh.org/IMG/pdf/sco_report.pdf.",
    ),
    (
        56,
        "hardsoftpower2021",
        "",
        "“An Increasingly Hard Chinese Soft Power in Central Asia? Reshaping Joseph Nye’s Concept under "
        "Authoritarianism,” in K. Nourzhanov, S. Peyrouse (eds.), *Soft Power in Central Asia. The Politics of "
        "Influence and Seduction*, Lanham, Lexington Books, 2021, pp. 85–116.",
    ),
]

SHORT_FORMS = [
    (12, "denhao2021transformation", "", "Den Hao, “Transformatsiya Tsentral’noy Azii pod vliyaniem vneshnikh i "
     "vnutrennikh faktorov – kitayskaya ekspertnaya otsenka.”"),
    (13, "lanteigne2013policy", "p. 7", "Lanteigne, *Chinese Foreign Policy. An introduction*, p. 7."),
    (51, "fidh2012sco", "p. 10", "*Shanghai Cooperation Organisation: a vehicle for human rights violation*, p. 10."),
    (53, "brook2019state", "", "Brook, *Great State. China and the World*."),
    # A title ending with a question mark takes no full stop after it.
    (57, "tendrakona2021", "", "“Ten’ drakona. Kitay nachal aktivno vmeshivat’sya v dela byvshikh sovetskikh "
     "respublik. Chem eto grozit Rossii?”"),
    (60, "ambrosio2016sco", "", "Ambrosio, “Shanghai Cooperation Organization: An architecture of authoritarianism.”"),
]  # fmt: skip


@pytest.mark.parametrize(("note", "key", "locator", "printed"), FULL_FORMS)
def test_full_form_matches_the_printed_note(note, key, locator, printed):
    assert marked(style.full(BIB[key], locator)) == printed


@pytest.mark.parametrize(("note", "key", "locator", "printed"), SHORT_FORMS)
def test_short_form_matches_the_printed_note(note, key, locator, printed):
    assert marked(style.short(BIB[key], locator)) == printed


@pytest.mark.parametrize(
    ("locator", "printed"), [("", "Ibid."), ("p. 7", "Ibid., p. 7."), ("pp. 3-4", "Ibid., pp. 3–4.")]
)
def test_ibid(locator, printed):
    assert marked(style.ibid(locator)) == printed


@pytest.mark.parametrize(
    ("locator", "shown"),
    [
        ("pp. 3-4", "pp. 3–4"),
        ("pp. 3--4", "pp. 3–4"),
        ("pp. 3 - 4, 7-9", "pp. 3–4, 7–9"),
        ("s.v. well-being", "s.v. well-being"),
    ],
)
def test_a_range_of_numbers_in_a_locator_takes_an_en_dash(locator, shown):
    assert style.short(BIB["brown2017world"], locator).plain.endswith(shown)


@pytest.mark.parametrize(
    ("locator", "shown"),
    [
        ("59", "p. 59"),
        ("3-4", "pp. 3–4"),
        ("50, 53", "pp. 50, 53"),
        ("xii", "p. xii"),
        ("ii-iv, 7", "pp. ii–iv, 7"),
        # Anything else is the author's locator, printed as written.
        ("chap. 3", "chap. 3"),
        ("7f", "7f"),
        ("mix", "mix"),
        ("12 n. 3", "12 n. 3"),
    ],
)
def test_pages_without_a_label_are_read_as_pandoc_reads_them(locator, shown):
    # Pandoc takes a locator with no label for a page; the note prints the label the
    # house style prints for a page the editor labelled.
    assert style.short(BIB["brown2017world"], locator).plain.endswith(f", {shown}")
    assert style.ibid(locator).plain == f"Ibid., {shown}"


def test_bibliography_form_inverts_the_first_name_only():
    assert marked(style.bibliography_entry(BIB["satpayev2015protests"]), final_stop=False) == (
        "Satpayev, D., T. Umbe, “The protests in Zhanaozen and the Kazakh oil sector: Conflicting interests in a "
        "rentier state,” *Journal of Eurasian Studies*, no. 6, 2015, pp. 122–129."
    )


def test_and_others_is_printed_et_al_in_every_form(tmp_path):
    bib = load_bib(
        tmp_path,
        "@book{k, author = {Smith, John and Doe, Jane and others}, title = {A Book by Many},"
        " publisher = {Routledge}, location = {London}, year = {2020}}\n"
        "@book{one, author = {Ng, Ann and others}, title = {Alone}, year = {2021}}\n",
    )
    assert (
        marked(style.full(bib["k"], "p. 3"))
        == "J. Smith, J. Doe et al., *A Book by Many*, London, Routledge, 2020, p. 3."
    )
    assert marked(style.short(bib["k"], "p. 4")) == "Smith, Doe et al., *A Book by Many*, p. 4."
    assert (
        marked(style.bibliography_entry(bib["k"]))
        == "Smith, J., J. Doe et al., *A Book by Many*, London, Routledge, 2020."
    )
    assert marked(style.short(bib["one"])) == "Ng et al., *Alone*."
    assert style.style_warnings(bib) == []
    # One name and "and others": the bibliography inverts it, and "et al." after its initials
    # takes a comma, as a suffix does ("Ng, A. et al." read as the initials' own).
    assert marked(style.bibliography_entry(bib["one"])) == "Ng, A., et al., *Alone*, 2021."
    assert marked(style.full(bib["one"])) == "A. Ng et al., *Alone*, 2021."
    # CSL-JSON has no form for "and others": the named people only.
    assert csl_item(bib["k"])["author"] == [{"family": "Smith", "given": "John"}, {"family": "Doe", "given": "Jane"}]


def test_a_subtitle_a_doi_and_a_books_url(tmp_path):
    bib = load_bib(
        tmp_path,
        "@article{a, author = {Smith, John}, title = {Rivers}, subtitle = {A History}, journaltitle = {J},"
        " date = {2020}, doi = {https://doi.org/10.1000/xyz#2}}\n"
        "@book{b, author = {Ng, Ann}, title = {Why?}, subtitle = {Answers}, shorttitle = {Why}, publisher = {P},"
        " location = {L}, date = {2019}, url = {https://example.org/book}, doi = {10.1000/abc}}\n",
    )
    # The subtitle after a full stop, as the journal prints one; the DOI linked where there is no url.
    article = style.full(bib["a"])
    assert article.plain == "J. Smith, “Rivers. A History,” J, 2020, https://doi.org/10.1000/xyz#2"
    assert [run.href for run in article.runs if run.href] == ["https://doi.org/10.1000/xyz%232"]
    assert style.short(bib["a"]).plain == "Smith, “Rivers. A History”"
    # No stop after a question mark; the short title where one is given; a book's url.
    assert style.full(bib["b"]).plain == "A. Ng, Why? Answers, L, P, 2019, https://example.org/book"
    assert style.short(bib["b"]).plain == "Ng, Why"
    assert csl_item(bib["a"])["title"] == "Rivers. A History" and csl_item(bib["a"])["DOI"] == "10.1000/xyz#2"


#: Entries the house style sets in full: ``{}`` takes the fields each case adds.
BOOK = "@book{{e, author = {{Ng, Ann}}, title = {{Rivers}}, publisher = {{P}}, location = {{L}}, date = {{2019}}, {}}}"
REPORT = (
    "@techreport{{e, author = {{Poe, P.}}, title = {{Flows}}, institution = {{Water Agency}}, year = {{2017}}, {}}}"
)


@pytest.mark.parametrize(
    ("entry", "shown"),
    [
        # A book's edition and volume.
        (BOOK.format("edition = {2}"), "A. Ng, *Rivers*, 2nd ed., L, P, 2019."),
        (BOOK.format("edition = {13}, volume = {3}"), "A. Ng, *Rivers*, 13th ed., vol. 3, L, P, 2019."),
        (BOOK.format("edition = {21}"), "A. Ng, *Rivers*, 21st ed., L, P, 2019."),
        (BOOK.format("edition = {Revised and expanded}"), "A. Ng, *Rivers*, Revised and expanded, L, P, 2019."),
        # A report's kind and number.
        (
            REPORT.format("type = {Working Paper}, number = {12}"),
            "P. Poe, *Flows*, Working Paper no. 12, Water Agency, 2017.",
        ),
        (REPORT.format("number = {12}"), "P. Poe, *Flows*, no. 12, Water Agency, 2017."),
        (REPORT.format("type = {Policy Brief}"), "P. Poe, *Flows*, Policy Brief, Water Agency, 2017."),
        # A note for every type; a book's or chapter's series number.
        (
            "@article{e, author = {Ng, Ann}, title = {Rivers}, journal = {Water}, year = {2019}, note = {In Russian}}",
            "A. Ng, “Rivers,” *Water*, 2019, In Russian.",
        ),
        (
            "@book{e, author = {Ng, Ann}, title = {Rivers}, series = {Water Studies}, number = {5}, publisher = {P},"
            " year = {2019}}",
            "A. Ng, *Rivers*, Water Studies, no. 5, P, 2019.",
        ),
        (
            "@incollection{e, author = {Ng, Ann}, title = {Rivers}, booktitle = {Water}, series = {Water Studies},"
            " number = {5}, publisher = {P}, year = {2019}, pages = {1--9}}",
            "A. Ng, “Rivers,” in *Water*, Water Studies, no. 5, P, 2019, pp. 1–9.",
        ),
        # A volume beside a series and no number is the series' (BibTeX's "volume 45 of"), printed
        # after its name: it printed "vol. 45, Beacon Paperbacks", as if the book had 45 volumes.
        (
            BOOK.format("series = {Beacon Paperbacks}, volume = {45}"),
            "A. Ng, *Rivers*, Beacon Paperbacks, vol. 45, L, P, 2019.",
        ),
        (
            "@inproceedings{e, author = {Ng, Ann}, title = {Rivers}, booktitle = {Water}, series = {Lecture Notes in"
            " Computer Science}, volume = {1234}, publisher = {Springer}, year = {2019}, pages = {1--9}}",
            "A. Ng, “Rivers,” in *Water*, Lecture Notes in Computer Science, vol. 1234, Springer, 2019, pp. 1–9.",
        ),
        # Beside the series' number (biblatex's number), the volume is the book's own, before the series.
        (
            BOOK.format("volume = {2}, series = {Water Studies}, number = {5}"),
            "A. Ng, *Rivers*, vol. 2, Water Studies, no. 5, L, P, 2019.",
        ),
        (BOOK.format("volume = {2}"), "A. Ng, *Rivers*, vol. 2, L, P, 2019."),
        (BOOK.format("number = {5}"), "A. Ng, *Rivers*, no. 5, L, P, 2019."),
    ],
)
def test_the_fields_each_type_prints(tmp_path, entry, shown):
    bib = load_bib(tmp_path, entry)
    assert marked(style.full(bib["e"])) == shown
    assert style.style_warnings(bib) == []


THESIS = "author = {{van der Berg, A.}}, title = {{Authoritarian Learning}}, {}, date = {{2015}}"


@pytest.mark.parametrize(
    ("entry", "kind", "genre"),
    [
        # biblatex's key for the kind, not "phdthesis".
        (
            "@thesis{e, " + THESIS.format("type = {phdthesis}, institution = {Amsterdam}") + "}",
            "PhD diss., Amsterdam",
            "PhD diss.",
        ),
        # BibTeX's types, which say the kind themselves: not left out.
        ("@phdthesis{e, " + THESIS.format("school = {Harvard}") + "}", "PhD diss., Harvard", "PhD diss."),
        ("@mastersthesis{e, " + THESIS.format("school = {Leiden}") + "}", "MA thesis, Leiden", "MA thesis"),
        ("@thesis{e, " + THESIS.format("type = {mathesis}") + "}", "MA thesis", "MA thesis"),
        # A kind that is no key, as written, even where the entry type names one.
        (
            "@phdthesis{e, " + THESIS.format("type = {Habilitation thesis}") + "}",
            "Habilitation thesis",
            "Habilitation thesis",
        ),
        ("@thesis{e, " + THESIS.format("institution = {Leiden}") + "}", "Leiden", None),
    ],
)
def test_a_thesis_is_set_with_its_kind_in_words_and_its_title_in_quotation_marks(tmp_path, entry, kind, genre):
    # Chicago's forms: "A. van der Berg, “Authoritarian Learning,” PhD diss., Amsterdam, 2015."
    bib = load_bib(tmp_path, entry)
    assert marked(style.full(bib["e"])) == f"A. van der Berg, “Authoritarian Learning,” {kind}, 2015."
    assert marked(style.short(bib["e"])) == "van der Berg, “Authoritarian Learning.”"
    assert csl_item(bib["e"])["type"] == "thesis"
    assert csl_item(bib["e"]).get("genre") == genre
    assert style.style_warnings(bib) == []


def test_a_field_the_entry_s_type_does_not_print_is_named(tmp_path):
    bib = load_bib(
        tmp_path,
        "@online{e, author = {Ng, Ann}, title = {Rivers}, journal = {Water}, publisher = {P}, address = {L},"
        " year = {2019}}\n"
        # Without its journal, an article's publisher may be a book's, typed @article.
        "@article{a, author = {Ng, Ann}, title = {Rivers}, publisher = {P}, year = {2019}}",
    )
    assert style.unprinted_fields(bib["e"]) == ["publisher", "location"]
    assert style.style_warnings(bib) == [
        "refs.bib:1: entry 'e': publisher is not printed for an @online; @book, @incollection and @misc print it."
        " Change the type if another fits the source, or remove the field",
        "refs.bib:1: entry 'e': location or address is not printed for an @online; @book, @incollection, @report"
        " and @thesis print it. Change the type if another fits the source, or remove the field",
        "refs.bib:2: entry 'a': publisher is not printed for an @article; @book, @incollection and @misc print it."
        " Change the type if another fits the source, or remove the field",
    ]


#: A journal article as JSTOR exports it, as Google Scholar does, and as Zotero's Better BibTeX
#: does for biblatex; a conference paper as Google Scholar exports it.
EXPORTS = r"""@article{10.2307/41403939,
 ISSN = {00044687, 1533838X},
 URL = {http://www.jstor.org/stable/41403939},
 abstract = {The article traces how the republics of Central Asia came to independence.},
 author = {Martha Brill Olcott},
 journal = {Asian Survey},
 number = {3},
 pages = {227--238},
 publisher = {[University of California Press, Asian Survey]},
 title = {Central Asia's Catapult to Independence},
 urldate = {2024-02-11},
 volume = {71},
 year = {1992}
}

@article{cooley2017whose,
  title={Whose rules, whose sphere? Russian governance and influence in post-Soviet states},
  author={Cooley, Alexander},
  journal={Carnegie Endowment for International Peace},
  volume={30},
  pages={1--19},
  year={2017},
  publisher={Taylor \& Francis}
}

@inproceedings{ng2019dams,
  title={Dams and diplomacy on the Syr Darya},
  author={Ng, Ann and Roe, Rob},
  booktitle={2019 IEEE International Conference on Water Resources},
  pages={3--9},
  year={2019},
  organization={IEEE}
}

@article{laruelleKazakhstanNation2015,
  title = {In Search of {{Kazakhness}}: {{The}} Televisual Landscape and Screening of Nation in {{Kazakhstan}}},
  shorttitle = {In Search of {{Kazakhness}}},
  author = {Laruelle, Marlene and Royce, Dylan and Beyssembayev, Serik},
  date = {2015-09-03},
  journaltitle = {Demokratizatsiya},
  shortjournal = {Demokratizatsiya},
  volume = {23},
  number = {3},
  pages = {321--340},
  issn = {1074-6846},
  doi = {10.1353/dem.2015.0019},
  urldate = {2024-02-11},
  langid = {english},
  keywords = {Kazakhstan,television},
  file = {/home/editor/Zotero/storage/QX7F2K1A/Laruelle et al. - 2015 - In Search of Kazakhness.pdf}
}
"""


def test_journal_articles_and_a_paper_as_jstor_google_scholar_and_better_bibtex_export_them_build(tmp_path):
    # JSTOR and Google Scholar give every article its journal's publisher, and Scholar a
    # paper its conference's sponsor, as organization: each stopped a strict build ("publisher
    # is not printed for an @article"), though Chicago's note on an article names no publisher.
    bib = load_bib(tmp_path, EXPORTS)
    assert style.style_warnings(bib) == []
    assert style.full(bib["10.2307/41403939"]).plain == (
        "M. B. Olcott, “Central Asia's Catapult to Independence,” Asian Survey, vol. 71, no. 3, 1992,"
        " pp. 227–238, http://www.jstor.org/stable/41403939"
    )
    assert style.full(bib["ng2019dams"], "p. 4").plain == (
        "A. Ng, R. Roe, “Dams and diplomacy on the Syr Darya,” in 2019 IEEE International Conference on Water"
        " Resources, 2019, p. 4"
    )
    assert style.full(bib["laruelleKazakhstanNation2015"]).plain == (
        "M. Laruelle, D. Royce, S. Beyssembayev, “In Search of Kazakhness: The Televisual Landscape and"
        " Screening of Nation in Kazakhstan,” Demokratizatsiya, vol. 23, no. 3, September 3, 2015, pp. 321–340,"
        " https://doi.org/10.1353/dem.2015.0019"
    )
    assert (
        style.short(bib["laruelleKazakhstanNation2015"]).plain
        == "Laruelle, Royce, Beyssembayev, “In Search of Kazakhness”"
    )
    assert csl_item(bib["10.2307/41403939"])["publisher"] == "[University of California Press, Asian Survey]"


def test_a_warning_about_a_field_names_the_field_s_line(tmp_path):
    # Not the entry's first line: in an entry written one field a line, the field's.
    bib = load_bib(
        tmp_path,
        "@online{e,\n  author = {Human Rights Watch},\n  title = {Rivers},\n  journal = {Water},\n"
        "  publisher = {P},\n  annotator = {Doe, Jane},\n  editor = {Roe, Rob},\n  note = {https://x.org},\n"
        "  year = {2019},\n}\n",
    )
    assert [warning.split(": entry")[0] for warning in style.style_warnings(bib)] == [
        "refs.bib:2",  # the name set as a person's
        "refs.bib:5",  # publisher, not printed for an @online
        "refs.bib:8",  # a web address as the note
        "refs.bib:7",  # editor, not printed beside an author
        "refs.bib:6",  # annotator, printed by no type
    ]


@pytest.mark.parametrize(
    ("author", "printed"),
    [
        ("United Nations Development Programme", "U. N. D. Programme"),
        ("Agence fictive de bassin", "A. fictive de bassin"),
        ("Bundesministerium für Bildung", "B. für Bildung"),
        ("Robert-Koch-Institut", "Robert-Koch-Institut"),
        ("Ministerio de Cultura", "M. de Cultura"),
        ("Fondazione Giangiacomo Feltrinelli", "F. G. Feltrinelli"),
        ("Министерство иностранных дел", "М. иностранных дел"),
    ],
)
def test_an_organisation_s_name_in_single_braces_is_told_to_take_double_braces(tmp_path, author, printed):
    # The field's braces are already there: the hint gave {Name}, which is the same field.
    bib = load_bib(tmp_path, f"@online{{e,\n  title = {{T}},\n  author = {{{author}}},\n  date = {{2020}},\n}}\n")
    (warning,) = style.style_warnings(bib)
    assert warning.startswith(
        f"refs.bib:3: entry 'e': the name '{author}' is set as a person's ({printed}); if it is an organisation,"
        f" put it in braces: author = {{{{{author}}}}}"
    )
    assert style.full(bib["e"]).plain.startswith(printed)


def test_people_whose_names_hold_no_organisation_s_word_are_set_without_a_warning(tmp_path):
    people = "Dvořák, Antonín and van der Berg, A. and Bundy, T. and Consiglio, Maria and John Unger"
    bib = load_bib(tmp_path, f"@online{{e, title = {{T}}, author = {{{people}}}, date = {{2020}}}}")
    assert style.style_warnings(bib) == []


def test_a_name_written_family_name_first_or_with_initials_is_a_person_s_whatever_its_words(tmp_path):
    # Office and Bureau are family names as well as words of organisations' names. A name
    # written family name first, with the comma only a person's name takes (bracing the
    # family name or not), or with initials for its given name, is a person's: a strict
    # build stopped on it, and bracing the family name did not help.
    people = "Office, John and Bureau, Jacques and {Office}, John and Rivière, Agence and J. Office and J.-P. Bureau"
    bib = load_bib(tmp_path, f"@online{{e, title = {{T}}, author = {{{people}}}, date = {{2020}}}}")
    assert style.style_warnings(bib) == []
    # The bibliography names all six (a note, the first and "et al.").
    names = "Office, J., J. Bureau, J. Office, A. Rivière, J. Office, J.-P. Bureau"
    assert style.bibliography_entry(bib["e"]).plain == f"{names}, “T,” 2020."


def test_a_person_s_name_in_natural_order_that_holds_an_organisation_s_word_is_told_how_to_mark_it(tmp_path):
    # "John Office" may be an organisation's name or a person's: the warning gives the way
    # to write each, so that a strict build can pass with either.
    bib = load_bib(tmp_path, "@online{e, title = {T}, author = {John Office and Bureau}, date = {2020}}")
    assert style.style_warnings(bib) == [
        "refs.bib:1: entry 'e': the name 'John Office' is set as a person's (J. Office); if it is an organisation,"
        " put it in braces: {John Office}; if it is a person's, write the family name first: Office, John",
        "refs.bib:1: entry 'e': the name 'Bureau' is set as a person's (Bureau); if it is an organisation,"
        " put it in braces: {Bureau}",
    ]


@pytest.mark.parametrize(
    ("author", "name", "printed"),
    [
        ("Food and Agriculture Organization", "Agriculture Organization", "A. Organization"),
        ("Bill and Melinda Gates Foundation", "Melinda Gates Foundation", "M. G. Foundation"),
        (
            "Organisation for Economic Co-operation and Development",
            "Organisation for Economic Co-operation",
            "O. for Economic Co-operation",
        ),
    ],
)
def test_an_organisation_s_name_that_holds_and_is_told_to_go_all_in_braces(tmp_path, author, name, printed):
    # BibTeX reads its "and" as two people's ("Food, A. Organization"), and the warning said
    # to brace the part with the organisation's word, {Agriculture Organization}: followed,
    # the note printed "Food, Agriculture Organization", two authors.
    bib = load_bib(tmp_path, f"@report{{e, title = {{T}}, author = {{{author}}}, date = {{2020}}}}")
    (warning,) = style.style_warnings(bib)
    assert warning.startswith(
        f"refs.bib:1: entry 'e': the name '{name}' is set as a person's ({printed}); if '{author}' is one"
        f" organisation's name, put it all in braces: author = {{{{{author}}}}}"
    )
    braced = load_bib(tmp_path, f"@report{{e, title = {{T}}, author = {{{{{author}}}}}, date = {{2020}}}}")
    assert style.style_warnings(braced) == []
    assert marked(style.full(braced["e"])) == f"{author}, *T*, 2020."


def test_a_suffix_bibtex_reads_as_part_of_a_name_is_named_with_the_form_that_keeps_it(tmp_path):
    # BibTeX reads "John Smith Jr." as the family name "Jr.": the notes printed "J. S. Jr."
    # and the short form "Jr.", without a word. "Smith Jr., John" prints, but its short
    # form keeps the suffix, which "Smith, Jr., John" leaves out.
    bib = load_bib(
        tmp_path,
        "@book{a,\n  title = {M},\n  author = {John Smith Jr. and Ludwig van Beethoven},\n  date = {2020},\n}\n"
        "@book{b, title = {M}, author = {Smith Jr., John}, date = {2020}}\n"
        "@book{c, title = {M}, editor = {Martin Luther King, Jr.}, date = {2020}}\n"
        "@book{d, title = {M}, author = {Smith, Jr., John and King, Jr., Martin Luther}, date = {2020}}\n",
    )
    assert style.full(bib["a"]).plain == "J. S. Jr., L. van Beethoven, M, 2020"
    assert style.short(bib["d"]).plain == "Smith, King, M"
    assert style.style_warnings(bib) == [
        "refs.bib:3: entry 'a': the name 'John Smith Jr.' is set with Jr. as its family name (J. S. Jr.; short form"
        " Jr.); write Smith, Jr., John",
        "refs.bib:6: entry 'b': the name 'Smith Jr., John' is set with Smith Jr. as its family name (J. Smith Jr.;"
        " short form Smith Jr.); write Smith, Jr., John",
        "refs.bib:7: entry 'c': the name 'Martin Luther King, Jr.' is set with Jr. as its given name"
        " (J. Martin Luther King; short form Martin Luther King); write King, Jr., Martin Luther",
    ]


def test_a_suffix_written_last_after_a_second_comma_is_named_with_the_form_that_keeps_it(tmp_path):
    # BibTeX reads the third part as the given name: "Smith, John, III" is John Smith's
    # name with the given name "III" and the suffix "John", printed "I. Smith John"
    # without a word.
    bib = load_bib(
        tmp_path,
        "@book{a,\n  title = {M},\n  author = {Smith, John, III and King, Martin Luther, Jr.},\n  date = {2020},\n}\n",
    )
    assert style.full(bib["a"]).plain == "I. Smith John, J. King Martin Luther, M, 2020"
    assert style.style_warnings(bib) == [
        "refs.bib:3: entry 'a': the name 'Smith, John, III' is set with III as its given name (I. Smith John;"
        " short form Smith); write Smith, III, John",
        "refs.bib:3: entry 'a': the name 'King, Martin Luther, Jr.' is set with Jr. as its given name"
        " (J. King Martin Luther; short form King); write King, Jr., Martin Luther",
    ]


def test_a_name_s_suffix_follows_the_given_name_in_the_bibliography_and_the_family_name_in_a_note(tmp_path):
    # The bibliography printed "King Jr., M. L.", the suffix inside the name it sorts by;
    # Chicago's bibliography sets it after the given name, set off by commas.
    bib = load_bib(
        tmp_path,
        "@book{k, title = {Stride Toward Freedom}, author = {King, Jr., Martin Luther and Smith, III, John},"
        " date = {1958}}",
    )
    assert style.bibliography_entry(bib["k"]).plain == "King, M. L., Jr., J. Smith III, Stride Toward Freedom, 1958."
    assert style.full(bib["k"]).plain == "M. L. King Jr., J. Smith III, Stride Toward Freedom, 1958"
    assert style.short(bib["k"]).plain == "King, Smith, Stride Toward Freedom"
    assert style.style_warnings(bib) == []


def test_a_name_s_suffix_goes_into_the_csl_json_download(tmp_path):
    # The download dropped "Jr.": CSL-JSON names it apart from the family and given names.
    bib = load_bib(tmp_path, "@book{k, title = {T}, editor = {King, Jr., Martin Luther and Ng, Ann}, date = {1958}}")
    assert csl_item(bib["k"])["editor"] == [
        {"family": "King", "given": "Martin Luther", "suffix": "Jr."},
        {"family": "Ng", "given": "Ann"},
    ]


def test_a_field_one_type_alone_prints_is_named_with_that_type(tmp_path):
    bib = load_bib(tmp_path, "@book{e, author = {Ng, Ann}, title = {Rivers}, howpublished = {Leaflet}, year = {2019}}")
    assert style.style_warnings(bib) == [
        "refs.bib:1: entry 'e': howpublished is not printed for an @book; @misc prints it. Change the type if another"
        " fits the source, or remove the field"
    ]


def test_a_fact_no_note_prints_is_named_and_identifiers_are_left_alone(tmp_path):
    # An annotator or a chapter's number would be dropped without a word; an ISBN, a
    # language id or an access date, which no note prints, are a reference manager's.
    bib = load_bib(
        tmp_path,
        "@book{b, author = {Ng, Ann}, title = {Rivers}, annotator = {Doe, Jane}, chapter = {3},"
        " isbn = {978-0-00-000000-0}, langid = {english}, urldate = {2020-01-01}, year = {2019}}",
    )
    assert style.style_warnings(bib) == [
        f"refs.bib:1: entry 'b': {name} is not printed in the notes; if a note should say it, write it in `note`,"
        " as the note should read"
        for name in ("annotator", "chapter")
    ]


def test_zotero_s_biblatex_export_of_a_contributor_and_a_series_editor_is_named_as_not_printed(tmp_path):
    # Zotero's BibLaTeX export writes a contributor as editora and a series editor as
    # editorb: the build stopped on them as slips of "editor", and on sorttitle as one
    # of "shorttitle". They are people a note could name, as an annotator is.
    bib = load_bib(
        tmp_path,
        "@book{b,\n  author = {Ng, Ann},\n  title = {Rivers},\n  editora = {Roe, Rob},\n"
        "  editoratype = {collaborator},\n  editorb = {Doe, Jane},\n  editorbtype = {redactor},\n"
        "  sorttitle = {Rivers},\n  year = {2019},\n}\n",
    )
    assert style.full(bib["b"]).plain == "A. Ng, Rivers, 2019"
    assert style.style_warnings(bib) == [
        f"refs.bib:{line}: entry 'b': {name} is not printed in the notes; if a note should say it, write it in"
        " `note`, as the note should read"
        for line, name in ((4, "editora"), (6, "editorb"))
    ]


#: biblatex's data and special fields that no note prints: a fact a reader could want, or
#: a field for sorting, indexing, linking entries, a style's options or its own use.
BIBLATEX_FACTS = (
    "editora", "editorb", "editorc", "eventdate", "eventtitleaddon", "issuetitleaddon", "journaltitleaddon",
    "maintitleaddon", "nameaddon", "origdate", "origlanguage", "origlocation", "origpublisher", "related",
    "reprinttitle", "venue", "version",
)  # fmt: skip
BIBLATEX_LEFT_ALONE = (
    "annotation", "annote", "bookpagination", "editoratype", "editorbtype", "editorctype", "entryset",
    "execute", "gender", "hyphenation", "ids", "indexsorttitle", "indextitle", "keywords", "labelname",
    "labeltitle", "language", "library", "lista", "listb", "listc", "listd", "liste", "listf", "namea",
    "options", "pagetotal", "pagination", "presort", "relatedstring", "relatedtype", "shorthand",
    "shorthandintro", "sortkey", "sortname", "sorttitle", "sortyear", "usera", "userb", "userc", "userd",
    "usere", "userf", "verba", "verbb", "verbc", "xdata", "xref",
)  # fmt: skip


def test_biblatex_s_fields_are_read_as_facts_not_printed_or_left_alone_never_as_slips(tmp_path):
    fields = ",\n".join(f"  {name} = {{x}}" for name in (*BIBLATEX_FACTS, *BIBLATEX_LEFT_ALONE))
    # On a @misc (a talk given, say), whose notes would say where and when, as Chicago's do.
    bib = load_bib(tmp_path, f"@misc{{b,\n  author = {{Ng, Ann}},\n  title = {{Rivers}},\n{fields}\n}}\n")
    warned = [warning.split(": entry 'b': ")[1].split(" is not printed")[0] for warning in style.style_warnings(bib)]
    assert warned == sorted(BIBLATEX_FACTS)


@pytest.mark.parametrize("kind", ["inproceedings", "proceedings", "book", "article"])
def test_the_meeting_of_a_published_paper_is_left_out_without_a_warning(tmp_path, kind):
    # Chicago cites a paper in published proceedings as a chapter of a book, without the
    # meeting: its name, days and place stopped a strict build, though no note lacked them.
    meeting = "eventtitle = {Water Forum}, eventdate = {2019-05-12/2019-05-14}, venue = {Almaty}"
    bib = load_bib(
        tmp_path,
        f"@{kind}{{c, author = {{Ng, Ann}}, title = {{Dams}}, booktitle = {{Proceedings of the Water Forum}},"
        f" journal = {{Water}}, {meeting}, year = {{2019}}}}\n"
        f"@misc{{m, author = {{Ng, Ann}}, title = {{Dams}}, {meeting}, year = {{2019}}}}\n",
    )
    assert "Almaty" not in style.full(bib["c"]).plain
    warned = [warning for warning in style.style_warnings(bib) if "not printed in the notes" in warning]
    assert [warning.split(" is not printed")[0] for warning in warned] == [
        "refs.bib:2: entry 'm': eventdate",
        "refs.bib:2: entry 'm': eventtitle",
        "refs.bib:2: entry 'm': venue",
    ]


def test_the_editor_of_a_work_that_has_an_author_is_named_as_not_printed(tmp_path):
    # The notes name a book's editors only where it has no author, and a chapter's as the
    # editors of the book it is in: an editor beside an author would be dropped without a word.
    bib = load_bib(
        tmp_path,
        "@book{b, author = {Marx, Karl}, editor = {Engels, Friedrich}, title = {Das Kapital}, year = {1885}}\n"
        "@book{e, editor = {Engels, Friedrich}, title = {Briefe}, year = {1890}}\n"
        "@incollection{c, author = {Ng, Ann}, editor = {Roe, Rob}, title = {A}, booktitle = {B}, year = {2019}}\n"
        "@incollection{n, author = {Ng, Ann}, editor = {Roe, Rob}, title = {A}, year = {2019}}\n",
    )
    assert style.full(bib["b"]).plain == "K. Marx, Das Kapital, 1885"
    assert style.style_warnings(bib) == [
        "refs.bib:1: entry 'b': editor is not printed in the notes of a work that has an author; if a note should"
        " say it, write it in `note`, as the note should read",
        "refs.bib:4: entry 'n': an @incollection is a chapter of a book, and the entry has no booktitle, so its notes"
        " do not say which book it is in; add booktitle = {…}, the book's title (its editors are printed with it),"
        " or use @book",
    ]


def test_an_entry_without_the_field_its_type_is_found_by_is_named_with_the_field(tmp_path):
    # A paper without its proceedings, an article's volume without its journal: the notes
    # printed what was there, and a reader could not find the source. An article with its
    # title alone, as the manuscript prints one, and a thesis without its university, which
    # its author and title find, are left alone.
    bib = load_bib(
        tmp_path,
        "@inproceedings{p, author = {Ng, Ann}, title = {Rivers}, location = {Oslo}, year = {2019}}\n"
        "@article{a, author = {Ng, Ann}, title = {Rivers}, volume = {3}, pages = {4--9}, year = {2019}}\n"
        "@phdthesis{h, author = {Ng, Ann}, title = {Rivers}, year = {2019}}\n"
        "@article{t, author = {Ng, Ann}, title = {Rivers}}\n"
        "@thesis{s, author = {Ng, Ann}, title = {Rivers}, type = {phdthesis}, school = {MIT}, year = {2019}}\n"
        "@incollection{c, author = {Ng, Ann}, title = {A}, crossref = {b}}\n"
        "@book{b, editor = {Roe, Rob}, title = {Water}, year = {2019}}\n",
    )
    assert style.full(bib["p"]).plain == "A. Ng, “Rivers,” Oslo, 2019"
    assert style.style_warnings(bib) == [
        "refs.bib:1: entry 'p': an @inproceedings is a paper in a conference's proceedings, and the entry has no"
        " booktitle, so its notes do not say which proceedings it is in; add booktitle = {…}, the proceedings' title,"
        " or use @misc, for a paper given and not published",
        "refs.bib:2: entry 'a': an @article with volume and pages but no journaltitle prints them as of no journal"
        " (vol. 26, no. 1); add journaltitle = {…} (BibTeX's journal), or use the type that fits a work not in a"
        " journal (@report, @online)",
    ]


def test_a_web_address_given_as_howpublished_is_pointed_to_url(tmp_path):
    # Older BibTeX styles had no url field: the address went in howpublished, as text.
    bib = load_bib(tmp_path, "@misc{m, title = {Data}, howpublished = {\\url{https://x.org/data}}, year = {2019}}")
    assert style.full(bib["m"]).plain == "Data, https://x.org/data, 2019"
    assert style.style_warnings(bib) == [
        "refs.bib:1: entry 'm': howpublished is a web address, which the notes print as text; put it in url,"
        " where the note links it"
    ]


def test_csl_json_keeps_the_note_the_edition_and_what_a_number_is(tmp_path):
    bib = load_bib(
        tmp_path,
        "@book{b, author = {Ng, Ann}, title = {Rivers}, translatedtitle = {Streams}, edition = {2},"
        " series = {Water Studies}, number = {5}, note = {In Russian}, year = {2019}}\n"
        "@article{a, author = {Ng, Ann}, title = {Rivers}, journal = {Water}, number = {3}, year = {2019}}\n"
        "@report{r, author = {Ng, Ann}, title = {Rivers}, institution = {I}, number = {12}, year = {2019}}",
    )
    book = csl_item(bib["b"])
    assert (book["edition"], book["collection-title"], book["collection-number"]) == ("2", "Water Studies", "5")
    assert book["note"] == "[Streams]; In Russian"
    assert csl_item(bib["a"])["issue"] == "3"
    assert csl_item(bib["r"])["number"] == "12"
    # A volume of the series, as the notes read it, is its number there too.
    bib = load_bib(tmp_path, "@book{b, title = {Rivers}, series = {Water Studies}, volume = {45}, year = {2019}}")
    book = csl_item(bib["b"])
    assert (book["collection-title"], book["collection-number"], "volume" in book) == ("Water Studies", "45", False)


def test_csl_json_gives_a_report_s_kind_and_a_newspaper_s_article_its_type(tmp_path):
    # A report's kind ("Working Paper", printed in its notes) was left out of the download,
    # and a newspaper's article (Zotero's export: @article, entrysubtype newspaper) was a
    # journal's, which reference managers then cite with a volume and pages.
    bib = load_bib(
        tmp_path,
        "@report{r, author = {{World Bank}}, title = {Water}, type = {Working Paper}, number = {12},"
        " institution = {World Bank}, date = {2019}}\n"
        # BibTeX's @techreport, as BibTeX styles and older exports write a report, is one too.
        "@techreport{t, author = {{World Bank}}, title = {Water}, type = {Working Paper}, number = {12},"
        " institution = {World Bank}, year = {2019}}\n"
        "@article{n, author = {Dupont, Hélène}, title = {Aral}, journaltitle = {Le Monde},"
        " entrysubtype = {newspaper}, date = {2019-03-05}}\n"
        "@article{m, author = {Ng, Ann}, title = {Dams}, journaltitle = {Time}, entrysubtype = {Magazine}}\n"
        "@article{j, author = {Ng, Ann}, title = {Rivers}, journaltitle = {Water}, date = {2019}}",
    )
    report = csl_item(bib["r"])
    assert (report["type"], report["genre"], report["number"]) == ("report", "Working Paper", "12")
    assert csl_item(bib["t"]) == {**report, "id": "t"}
    assert marked(style.full(bib["r"])).startswith("World Bank, *Water*, Working Paper no. 12")
    assert csl_item(bib["n"])["type"] == "article-newspaper"
    assert csl_item(bib["m"])["type"] == "article-magazine"
    assert csl_item(bib["j"])["type"] == "article-journal" and "genre" not in csl_item(bib["j"])
    assert style.style_warnings(bib) == []


def test_csl_json_types_a_conference_paper_proceedings_a_manuscript_and_a_manual(tmp_path):
    # The four, which the notes set as a chapter, a book, a misc and a report, were typed
    # "document" in the download: a reference manager lost the proceedings and conference
    # a paper was given at, and cited a manual's organisation as no publisher's.
    bib = load_bib(
        tmp_path,
        "@inproceedings{c, author = {Ng, Ann}, title = {Dams}, booktitle = {Proceedings of the Water Forum},"
        " eventtitle = {Water Forum}, venue = {Almaty}, eventdate = {2019-05-12/2019-05-14}, publisher = {P},"
        " location = {L}, pages = {3--9}, year = {2019}}\n"
        "@proceedings{p, editor = {Ng, Ann}, title = {Proceedings of the Water Forum}, publisher = {P},"
        " year = {2019}}\n"
        "@unpublished{u, author = {Ng, Ann}, title = {Rivers}, note = {Draft}, year = {2020}}\n"
        "@manual{m, author = {{Water Agency}}, title = {Gauges}, organization = {Water Agency}, year = {2018}}",
    )
    paper = csl_item(bib["c"])
    assert paper["type"] == "paper-conference"
    assert (paper["container-title"], paper["publisher"], paper["page"]) == (
        "Proceedings of the Water Forum",
        "P",
        "3–9",
    )
    assert (paper["event-title"], paper["event-place"]) == ("Water Forum", "Almaty")
    assert paper["event-date"] == {"date-parts": [[2019, 5, 12], [2019, 5, 14]]}
    proceedings = csl_item(bib["p"])
    assert (proceedings["type"], proceedings["editor"]) == ("book", [{"family": "Ng", "given": "Ann"}])
    assert (csl_item(bib["u"])["type"], csl_item(bib["u"])["note"]) == ("manuscript", "Draft")
    assert (csl_item(bib["m"])["type"], csl_item(bib["m"])["publisher"]) == ("report", "Water Agency")


def test_bibliography_keeps_literal_names_whole():
    assert marked(style.bibliography_entry(BIB["osce2021tajikistan"]), final_stop=False).startswith("OSCE, *Republic")


@pytest.mark.parametrize(
    ("text", "mark", "expected"),
    [
        ("“Title”", ",", "“Title,”"),
        ("“Title?”", ",", "“Title?,”"),
        ("“Title?”", ".", "“Title?”"),
        ("Ibid.", ".", "Ibid."),
        ("2017", ";", "2017;"),
        ("“Title”", ";", "“Title;”"),
    ],
)
def test_punctuation_goes_inside_the_closing_quote(text, mark, expected):
    assert RichText().add(text).punctuate(mark).plain == expected


def test_punctuation_stays_outside_italics():
    assert marked(RichText().add("Title", em=True).punctuate(","), final_stop=False) == "*Title*,"


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (bibtex.Date(2018, 4, 5), "April 5, 2018"),
        (bibtex.Date(2015, 1), "January 2015"),
        (bibtex.Date(2015), "2015"),
        (None, ""),
    ],
)
def test_dates(date, expected):
    assert style.format_date(date) == expected


def test_csl_json_gives_the_day_of_issue_the_publisher_before_the_organisation_and_sorts_as_the_bibliography(
    tmp_path,
):
    bib = load_bib(
        tmp_path,
        "@manual{m, author = {Ng, Ann}, title = {Gauges}, publisher = {State Press}, organization = {Water Agency},"
        " date = {2019-03-05}}\n"
        # A conference whose last day is not known: no day that is none.
        "@inproceedings{c, author = {Abe, Kō}, title = {Dams}, booktitle = {Forum}, eventdate = {2019-05-12/..}}\n",
    )
    manual = csl_item(bib["m"])
    assert manual["issued"] == {"date-parts": [[2019, 3, 5]]}
    assert manual["publisher"] == "State Press"
    assert "event-date" not in csl_item(bib["c"])
    assert [item["id"] for item in json.loads(csl_json(bib))] == ["c", "m"]  # Abe before Ng, as listed


def test_a_source_not_yet_published_has_its_state_where_its_date_goes(tmp_path):
    bib = load_bib(
        tmp_path,
        "@article{f, author = {Doe, Jane}, title = {Rivers}, journaltitle = {J}, pubstate = {forthcoming}}\n"
        "@book{p, author = {Doe, Jane}, title = {Dams}, publisher = {P}, date = {2024}, pubstate = {inpress}}\n",
    )
    assert marked(style.full(bib["f"], "p. 3")) == "J. Doe, “Rivers,” *J*, forthcoming, p. 3."
    assert marked(style.full(bib["p"])) == "J. Doe, *Dams*, P, 2024, in press."
    assert csl_item(bib["f"])["status"] == "forthcoming" and "issued" not in csl_item(bib["f"])
    assert csl_item(bib["p"])["status"] == "in press"


def test_the_day_a_web_page_was_read_goes_into_the_csl_json_and_not_the_note(tmp_path):
    bib = load_bib(
        tmp_path,
        "@online{w, author = {Doe, Jane}, title = {Rivers}, url = {https://example.org/r}, urldate = {2024-01-15}}\n"
        "@online{m, author = {Doe, Jane}, title = {Dams}, url = {https://example.org/d}, urldate = {2024-01}}\n",
    )
    assert csl_item(bib["w"])["accessed"] == {"date-parts": [[2024, 1, 15]]}
    assert csl_item(bib["m"])["accessed"] == {"date-parts": [[2024, 1]]}
    assert "2024" not in marked(style.full(bib["w"]))  # the journal's notes print no access date


def test_a_source_with_no_date_prints_none_or_the_words_the_article_gives_for_it(tmp_path):
    # The journal prints nothing where an undated source's date would go; a journal that
    # sets Chicago's "n.d." writes it in note_words.no_date, and had no way to.
    bib = load_bib(
        tmp_path,
        "@book{b, author = {{Trades Union Congress}}, title = {A Guide}, location = {London}, publisher = {TUC}}\n"
        "@book{f, author = {Ng, A.}, title = {Soon}, pubstate = {forthcoming}}\n",
    )
    assert marked(style.full(bib["b"], "p. 5")) == "Trades Union Congress, *A Guide*, London, TUC, p. 5."
    chicago = load_config({"explainer": {"note_words": {"no_date": "n.d."}}}, "mkdocs.yml").style_words()
    assert (
        marked(style.full(bib["b"], "p. 5", words=chicago))
        == "Trades Union Congress, *A Guide*, London, TUC, n.d., p. 5."
    )
    assert marked(style.bibliography_entry(bib["b"], chicago)) == "Trades Union Congress, *A Guide*, London, TUC, n.d."
    assert marked(style.short(bib["b"], words=chicago)) == "Trades Union Congress, *A Guide*."
    # "forthcoming" stands where the date goes: no "n.d." beside it.
    assert marked(style.full(bib["f"], words=chicago)) == "A. Ng, *Soon*, forthcoming."


GERMAN = style.StyleWords(
    ibid="Ebd.",
    page="S.",
    pages="S.",
    volume="Bd.",
    number="Nr.",
    editor="(Hrsg.)",
    editors="(Hrsg.)",
    et_al="u. a.",
    in_book="in",
    edition="{number}. Aufl.",
    quoted_title="„{title}“",
    language="de",
)


def test_another_languages_words_and_dates(tmp_path):
    # A German journal's words: each set where the English one was, dates in German, and
    # the comma after a quoted title outside its closing mark, as German sets it.
    bib = load_bib(
        tmp_path,
        "@incollection{c, author = {Weber, Max and others}, title = {Wasser}, booktitle = {Flüsse},"
        " editor = {Roth, Eva and Berg, Udo}, edition = {3}, volume = {2}, number = {7},"
        " location = {Berlin}, publisher = {V}, date = {2019-03-05}, pages = {4--9}}\n"
        "@article{a, author = {Weber, Max}, title = {Seen}, journaltitle = {Z}, number = {1}, pages = {12}}\n",
    )
    assert marked(style.full(bib["c"], "S. 5", words=GERMAN)) == (
        "M. Weber u. a., „Wasser“, in E. Roth, U. Berg (Hrsg.), *Flüsse*, 3. Aufl., Bd. 2, Nr. 7, Berlin, V,"
        " 5.\u00a0März 2019, S. 5."  # the day kept with its month
    )
    assert marked(style.short(bib["c"], words=GERMAN)) == "Weber u. a., „Wasser“."
    assert marked(style.ibid("S. 6", words=GERMAN)) == "Ebd., S. 6."
    assert marked(style.ibid("6-8", words=GERMAN)) == "Ebd., S. 6–8."
    assert (
        marked(style.bibliography_entry(bib["a"], GERMAN), final_stop=False) == "Weber, M., „Seen“, *Z*, Nr. 1, S. 12."
    )
    forms = style.EntryForms(GERMAN)
    assert forms.full(bib["a"]).plain == "M. Weber, „Seen“, Z, Nr. 1, S. 12"
    assert forms.ibid().plain == "Ebd."
    assert forms.short(bib["a"], "12").plain == "Weber, „Seen“, S. 12"
    # The journal's own form, for comparison: the comma inside the closing quotation mark.
    assert marked(style.short(bib["c"], "p. 5")) == "Weber et al., “Wasser,” p. 5."


@pytest.mark.parametrize(
    ("edition", "language", "words", "printed"),
    [
        ("2", "fr-CA", "{number}{suffix} éd.", "2e éd."),
        ("21", "fr", "{number}{suffix} éd.", "21e éd."),
        ("21", "en", "{number}{suffix} ed.", "21st ed."),
        ("22", "en-GB", "{number}{suffix} ed.", "22nd ed."),
        ("12", "en", "{number}{suffix} ed.", "12th ed."),
    ],
)
def test_an_edition_s_ordinal_ends_as_the_article_s_language_writes_it(tmp_path, edition, language, words, printed):
    bib = load_bib(tmp_path, f"@book{{b, author = {{Ng, Ann}}, title = {{Rivers}}, edition = {{{edition}}}}}")
    assert printed in marked(style.full(bib["b"], words=style.StyleWords(edition=words, language=language)))


@pytest.mark.parametrize(
    ("title", "quoted_title", "quote_in_title", "printed"),
    [
        ("Le « miracle » ouzbek", "«\u00a0{title}\u00a0»", "“{quote}”", "«\u00a0Le “miracle” ouzbek\u00a0»"),
        ("Le «\u00a0miracle\u00a0» et « crise »", "« {title} »", "“{quote}”", "« Le “miracle” et “crise” »"),
        ("Das „Wunder“ von Taschkent", "„{title}“", "‚{quote}‘", "„Das ‚Wunder‘ von Taschkent“"),
        # The journal's English: double within double, as printed; straight quotes as typed.
        ("The “22 vs. 50” Split", "“{title}”", "“{quote}”", "“The “22 vs. 50” Split,”"),
        ('Le "miracle" ouzbek', "« {title} »", "“{quote}”", '« Le "miracle" ouzbek »'),
        # English set with single marks outside: ’ is also the apostrophe, inside a word.
        ("‘Don’t tread on me’ revisited", "‘{title}’", "“{quote}”", "‘“Don’t tread on me” revisited’"),
        ("The ‘People’s Choice’ and its critics", "‘{title}’", "“{quote}”", "‘The “People’s Choice” and its critics’"),
        ("Rock ’n’ roll’s ‘other’ Asia", "‘{title}’", "“{quote}”", "‘Rock ’n’ roll’s “other” Asia’"),
        # French: an elided article before the marks, apostrophes inside the quotation.
        ("L’« aujourd’hui » d’Achgabat", "« {title} »", "“{quote}”", "« L’“aujourd’hui” d’Achgabat »"),
    ],
)
def test_a_quotation_inside_a_quoted_title_takes_the_marks_its_language_sets_there(
    tmp_path, title, quoted_title, quote_in_title, printed
):
    bib = load_bib(tmp_path, f"@article{{a, author = {{Ng, Ann}}, title = {{{title}}}, journaltitle = {{R}}}}")
    words = style.StyleWords(quoted_title=quoted_title, quote_in_title=quote_in_title, language="fr")
    assert marked(style.full(bib["a"], words=words)).startswith(f"A. Ng, {printed}")


def test_type_without_template_falls_back_to_misc():
    entry = bibtex.Entry(key="x", type="dataset", fields={"title": "Figures", "howpublished": "Online"})
    assert not style.has_template("dataset")
    assert marked(style.full(entry)) == "“Figures,” Online."  # an unknown type: its title is quoted


def test_bibliography_is_sorted_by_author_then_title():
    keys = [entry.key for entry in sorted(BIB.entries.values(), key=style.sort_key)]
    assert keys.index("brown2017world") < keys.index("brown2018xi")  # same author: by title
    assert keys.index("ambrosio2016sco") < keys.index("aris2009evils") < keys.index("barr2011afraid")


def test_an_apostrophe_is_not_sorted_by(tmp_path):
    # d'Hooghe stood before Den Hao, its apostrophe sorted before every letter.
    bib = load_bib(
        tmp_path,
        "@book{obrien, author = {O'Brien, A.}, title = {T}} @book{oakes, author = {Oakes, B.}, title = {T}}"
        " @book{dhooghe, author = {d'Hooghe, I.}, title = {T}} @book{denhao, author = {{Den Hao}}, title = {T}}"
        " @book{ten, title = {Ten' drakona}} @book{tend, title = {Tendencies}}",
    )
    keys = [entry.key for entry in sorted(bib.entries.values(), key=style.sort_key)]
    assert keys == ["denhao", "dhooghe", "oakes", "obrien", "ten", "tend"]


def test_a_title_sorts_without_the_initial_article_of_the_article_s_language_only():
    assert style.title_sort_key("The Archive") == "archive"
    assert style.title_sort_key("“A Registry,”") == "registry,”"
    assert style.title_sort_key("Theory of Courts") == "theory of courts"
    assert style.title_sort_key("A") == "a"  # a title that is only the word
    assert style.title_sort_key("L’Empire des juges", "fr") == "empire des juges"
    # "A" in a French title is "à" set without its accent, not an article.
    assert style.title_sort_key("A la recherche", "fr") == "a la recherche"
    assert style.title_sort_key("The Archive", "fr") == "the archive"


@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        # Pages numbered by chapter: a line broke after the hyphen of "3-" or "A-", and the
        # span held "1–3", a range that is not there.
        ("pp. 3-1–3-15", ["3-1–3-15"]),
        ("pp. A-1–A-12, S1-3–S1-9", ["A-1–A-12", "S1-3–S1-9"]),
        ("pp. 12–14", ["12–14"]),
        ("COVID-19–2020", ["19–2020"]),
    ],
)
def test_a_range_of_pages_is_kept_on_one_line_whole(text, ranges):
    html = richtext.ranges_unbroken_html(text)
    assert re.findall(r'<span class="explainer-range">([^<]*)</span>', html) == ranges
    # In plain text (a hover card's), an invisible joiner after each dash and hyphen of the range.
    joined = richtext.ranges_unbroken_text(text)
    for each in ranges:
        assert each.replace("–", "–\u2060").replace("-", "-\u2060") in joined


def test_a_run_that_recurs_is_written_as_html_once_and_alike_each_time():
    # A source's names and title come back in each of its notes: their HTML is made once.
    title = Run("Rivers of 11 October 2020, pp. 3–4", em=True, lang="fr")
    richtext.run_html.cache_clear()
    html = richtext.runs_html([title, Run(", "), title])
    once = (
        '<em><span lang="fr">Rivers of <span class="explainer-unbroken">11 October</span> 2020,'
        ' pp.\u00a0<span class="explainer-range">3–4</span></span></em>'
    )
    assert html == f"{once}, {once}"
    assert richtext.run_html.cache_info().misses == 2


def test_a_source_cited_again_is_written_from_its_parts_joined_once(monkeypatch):
    joins = []
    join = style._join
    monkeypatch.setattr(style, "_join", lambda parts: joins.append(len(parts)) or join(parts))
    forms = style.EntryForms()
    entry = BIB["cabestan2010diplomacy"]
    chapter = "J. P. Cabestan, “China's new diplomacy: old wine in a new bottle?,” in S. Breslin (ed.), *Handbook of"
    assert marked(forms.full(entry)).startswith(chapter)
    assert marked(forms.full(entry)).endswith("Routledge, 2010, pp. 1–10.")
    # A page cited gives that page in place of the range: the parts without the range, joined once too.
    assert marked(forms.full(entry, "p. 4")).endswith("Routledge, 2010, p. 4.")
    assert marked(forms.full(entry, "p. 5")).endswith("Routledge, 2010, p. 5.")
    title = "“China's new diplomacy: old wine in a new bottle?”"
    assert marked(forms.short(entry, "p. 6")) == f"Cabestan, {title[:-1]},” p. 6."
    assert marked(forms.short(entry)) == f"Cabestan, {title}"
    assert len(joins) == 3  # the whole, the whole less its range, the short form


@pytest.mark.parametrize(
    "fields",
    [
        # ISO 4 abbreviations, as JabRef's "Abbreviate journal names" writes them: the advice
        # was to delete the stop, which prints "Cent. Asian Surv, vol. 38".
        "@article journaltitle = {Cent. Asian Surv.}",
        "@article journaltitle = {J. Democr.}",
        "@article journaltitle = {Eur.-Asia Stud.}",
        "@inproceedings booktitle = {Proc. Natl. Acad.}",
        "@book publisher = {Lawrence Erlbaum Assoc.}",
    ],
)
def test_an_abbreviation_s_full_stop_is_left_alone(tmp_path, fields):
    kind, field = fields.split(" ", 1)
    bib = load_bib(tmp_path, f"{kind}{{k, author = {{Ng, A.}}, title = {{T}}, date = {{2020}}, {field}}}")
    assert style.style_warnings(bib) == []


@pytest.mark.parametrize(("title", "word"), [("Россия и Китай.", "Китай."), ("Rivers and Lakes.", "Lakes.")])
def test_a_title_typed_with_its_full_stop_is_named_in_any_alphabet(tmp_path, title, word):
    # A Cyrillic word was taken for an abbreviation: no Latin vowel in it.
    bib = load_bib(tmp_path, f"@book{{k, author = {{Ng, A.}}, date = {{2020}},\n  title = {{{title}}}}}")
    assert style.style_warnings(bib) == [
        f"refs.bib:2: entry 'k': title ends with a full stop, and the notes put their own comma after ({word}, …);"
        " delete it"
    ]


@pytest.mark.parametrize(
    ("title", "warned"),
    [
        ("Rivers and Lakes.", "Lakes."),
        ("Rivers and Lakes", None),
        ("Rivers of the U.S.A.", None),  # an abbreviation's full stop
        ("Acme Corp.", None),
        ("Why Rivers?", None),
        ("Rivers and Lakes. {}", "Lakes."),  # what follows the stop prints as nothing
    ],
)
def test_a_title_typed_with_its_full_stop_is_named_and_an_abbreviation_s_is_not(tmp_path, title, warned):
    bib = load_bib(tmp_path, f"@book{{e, author = {{Ng, Ann}}, title = {{{title}}}, year = {{2019}}}}")
    stops = [warning for warning in style.style_warnings(bib) if "ends with a full stop" in warning]
    expected = [
        f"refs.bib:1: entry 'e': title ends with a full stop, and the notes put their own comma after ({warned}, …);"
        " delete it"
    ]
    assert stops == (expected if warned else [])


@pytest.mark.parametrize(
    ("entry", "field", "printed"),
    [
        # A sentence's full stop typed after a field the notes set a comma after printed
        # "Studies in Labour., Paris", "In Russian., p. 5": named at its line, as a title's is.
        ("@book{k, title = {T},\n  series = {Studies in Labour.}, publisher = {P}}", "series", "Labour."),
        ("@book{k, title = {T},\n  note = {In Russian.}, url = {https://example.org/}}", "note", "Russian."),
        ("@misc{k, title = {T},\n  howpublished = {Printed leaflet.}, year = {2020}}", "howpublished", "leaflet."),
        ("@report{k, title = {T},\n  type = {Policy Brief.}, institution = {ILO}}", "type", "Brief."),
        (
            "@online{k, title = {T},\n  organization = {Trades Union Congress.}, url = {https://e.org/}}",
            "organization",
            "Congress.",
        ),
        ("@book{k, title = {T},\n  edition = {Revised.}, publisher = {P}}", "edition", "Revised."),
    ],
)
def test_a_full_stop_typed_at_the_end_of_a_field_the_notes_set_a_comma_after_is_named(tmp_path, entry, field, printed):
    bib = load_bib(tmp_path, entry)
    assert style.style_warnings(bib) == [
        f"refs.bib:2: entry 'k': {field} ends with a full stop, and the notes put their own comma after"
        f" ({printed}, …); delete it"
    ]


def test_an_abbreviation_s_full_stop_is_left_alone_in_a_thesis_s_kind_and_a_note(tmp_path):
    bib = load_bib(
        tmp_path,
        "@thesis{k, author = {Ng, A.}, title = {T}, type = {PhD diss.}, institution = {Univ. of Leeds},"
        " date = {2020}, note = {Repr. of the 1950 ed.}}",
    )
    assert style.style_warnings(bib) == []


@pytest.mark.parametrize(
    ("entry", "what", "words"),
    [
        (
            "@report{k, title = {T}, institution = {ILO},\n  type = {techreport}}",
            "a technical report",
            "Technical Report",
        ),
        ("@report{k, title = {T}, institution = {ILO},\n  type = {resreport}}", "a research report", "Research Report"),
        (
            "@thesis{k, title = {T}, institution = {U},\n  type = {candthesis}}",
            "a candidate's thesis",
            "Candidate thesis",
        ),
    ],
)
def test_a_type_written_as_biblatex_s_key_the_notes_have_no_words_for_is_named(tmp_path, entry, what, words):
    # biblatex's styles put these keys in words ("Tech. rep."); the notes printed the key,
    # "ILO, *T*, techreport, …".
    bib = load_bib(tmp_path, entry)
    key = entry.split("type = {")[1].rstrip("}")
    assert style.style_warnings(bib) == [
        f"refs.bib:2: entry 'k': type '{key}' is biblatex's key for {what}, which the notes print as typed"
        f" ({key}); write the words a note should print, type = {{{words}}}, or remove it"
    ]


@pytest.mark.parametrize(
    ("entry", "warned"),
    [
        # A comma copied with a field from a printed reference printed "London,, Sage,, 2001".
        (
            "@book{k, author = {Ng, A.}, title = {Work},\n  location = {London,},\n"
            "  publisher = {Sage,}, date = {2001}}",
            [
                "refs.bib:2: entry 'k': location ends with a comma, and the notes set their own comma after it"
                " (London,, …); delete it",
                "refs.bib:3: entry 'k': publisher ends with a comma, and the notes set their own comma after it"
                " (Sage,, …); delete it",
            ],
        ),
        (
            "@book{k, author = {Ng, A.}, date = {2001},\n  title = {Rivers:}}",
            [
                "refs.bib:2: entry 'k': title ends with a colon, and the notes set their own comma after it"
                " (Rivers:, …); delete it, and write a subtitle in subtitle = {…}"
            ],
        ),
        (
            "@article{k, author = {Ng, A.}, title = {Dams;}, journaltitle = {Water}}",
            [
                "refs.bib:1: entry 'k': title ends with a semicolon, and the notes set their own comma after it"
                " (Dams;, …); delete it"
            ],
        ),
        # The title's colon before its subtitle is printed once: "Rivers: A History".
        ("@book{k, author = {Ng, A.}, title = {Rivers:}, subtitle = {A History}, date = {2001}}", []),
    ],
)
def test_a_comma_or_colon_typed_at_the_end_of_a_field_is_named_at_its_line(tmp_path, entry, warned):
    bib = load_bib(tmp_path, entry)
    assert style.style_warnings(bib) == warned
    if not warned:
        assert marked(style.full(bib["k"])) == "A. Ng, *Rivers: A History*, 2001."


def test_a_first_edition_is_not_printed_as_chicago_has_it(tmp_path):
    # (Its ordinal, were it printed, is a French edition's feminine "1re", not "1e".)
    assert ordinal_suffix(1, "fr") == "re"
    # Zotero's Better BibTeX export gives a catalogue's `edition = {1}`: printed "1st ed.".
    bib = load_bib(
        tmp_path,
        "@book{c, author = {Cooley, Alexander}, title = {Great Games, Local Rules}, edition = {1},"
        " publisher = {Oxford University Press}, location = {Oxford}, date = {2012}, pagetotal = {272},"
        " isbn = {978-0-19-992982-5}, langid = {english}, annotation = {Read for section 2.}}\n"
        "@book{s, author = {Cooley, Alexander}, title = {Great Games}, edition = {2}, date = {2014}}\n",
    )
    assert style.full(bib["c"]).plain == "A. Cooley, Great Games, Local Rules, Oxford, Oxford University Press, 2012"
    assert style.full(bib["s"]).plain == "A. Cooley, Great Games, 2nd ed., 2014"
    assert style.style_warnings(bib) == []


@pytest.mark.parametrize("places", ["Oxford ; New York", "Oxford; New York", "Oxford;New York"])
def test_places_a_catalogue_parts_with_a_semicolon_are_printed_as_the_journal_prints_them(tmp_path, places):
    # Zotero takes a book's places from a library catalogue's record, `Oxford ; New York`,
    # which the notes printed so, where the journal prints "London, New York".
    bib = load_bib(
        tmp_path,
        f"@book{{c, author = {{Cooley, Alexander}}, title = {{Great Games}}, location = {{{places}}},"
        " publisher = {Oxford University Press}, date = {2012}}",
    )
    assert style.full(bib["c"]).plain == "A. Cooley, Great Games, Oxford, New York, Oxford University Press, 2012"


def test_csl_json_gives_a_chapter_s_book_with_its_subtitle(tmp_path):
    # The notes print "in *Water. A Handbook*"; the CSL-JSON download gave the book as "Water"
    # alone, so a reference manager cited another title, whether the chapter gives the book's
    # subtitle itself or takes it from the book its crossref names.
    bib = load_bib(
        tmp_path,
        "@incollection{c, author = {Ng, Ann}, title = {Dams}, booktitle = {Water}, booksubtitle = {A Handbook},"
        " publisher = {P}, year = {2019}}\n"
        "@incollection{x, author = {Ng, Ann}, title = {Floods}, crossref = {b}}\n"
        "@book{b, editor = {Poe, P.}, title = {Rivers?}, subtitle = {Answers}, publisher = {P}, year = {2019}}\n",
    )
    assert "in *Water. A Handbook*," in marked(style.full(bib["c"]))
    assert csl_item(bib["c"])["container-title"] == "Water. A Handbook"
    assert "in P. Poe (ed.), *Rivers? Answers*," in marked(style.full(bib["x"]))
    assert csl_item(bib["x"])["container-title"] == "Rivers? Answers"


ARTICLE = (
    "@article{{e, author = {{Ng, Ann}}, title = {{Rivers}}, journaltitle = {{Water}}, volume = {{9}}, number = {{1}},"
    " date = {{2014}}, {}}}"
)


@pytest.mark.parametrize(
    ("entry", "locator", "shown"),
    [
        # An article that journals number, not paginate: its number where its pages would go.
        (ARTICLE.format("eid = {e84832}"), "", "A. Ng, “Rivers,” *Water*, vol. 9, no. 1, 2014, article e84832."),
        (ARTICLE.format("articleno = {12}"), "", "A. Ng, “Rivers,” *Water*, vol. 9, no. 1, 2014, article 12."),
        # A page cited in it keeps the number, which finds the article; it replaces its pages only.
        (
            ARTICLE.format("articleno = {12}"),
            "p. 3",
            "A. Ng, “Rivers,” *Water*, vol. 9, no. 1, 2014, article 12, p. 3.",
        ),
        (
            ARTICLE.format("articleno = {12}, pages = {1--15}"),
            "",
            "A. Ng, “Rivers,” *Water*, vol. 9, no. 1, 2014, article 12, pp. 1–15.",
        ),
        (
            ARTICLE.format("articleno = {12}, pages = {1--15}"),
            "p. 3",
            "A. Ng, “Rivers,” *Water*, vol. 9, no. 1, 2014, article 12, p. 3.",
        ),
        # A paper in proceedings, as the ACM Digital Library exports one.
        (
            "@inproceedings{e, author = {Ng, Ann}, title = {Rivers}, booktitle = {Proceedings of CHI},"
            " articleno = {42},"
            " numpages = {15}, publisher = {ACM}, location = {New York}, year = {2021}}",
            "",
            "A. Ng, “Rivers,” in *Proceedings of CHI*, New York, ACM, 2021, article 42.",
        ),
    ],
)
def test_an_article_s_number_is_printed_where_its_pages_would_go(tmp_path, entry, locator, shown):
    # articleno and eid were left alone: an article without pages had nothing a reader could find it by.
    bib = load_bib(tmp_path, entry)
    assert marked(style.full(bib["e"], locator)) == shown
    assert style.style_warnings(bib) == []
    assert csl_item(bib["e"])["number"] in ("e84832", "12", "42")


def test_an_article_s_number_takes_the_article_s_own_word(tmp_path):
    bib = load_bib(tmp_path, ARTICLE.format("articleno = {12}"))
    words = load_config({"explainer": {"note_words": {"article_number": "Artikel"}}}, "mkdocs.yml").style_words()
    assert marked(style.full(bib["e"], words=words)).endswith(", 2014, Artikel 12.")


def test_an_article_s_series_leaves_its_volume_the_journal_s(tmp_path):
    # biblatex's series of a journal (a "new series"), which the notes leave out and say so: the
    # volume beside it, no number, is still the journal's, not a series' printed with it.
    bib = load_bib(
        tmp_path,
        "@article{e, author = {Ng, Ann}, title = {Rivers}, journal = {Water}, series = {3}, volume = {12},"
        " year = {2019}}",
    )
    assert marked(style.full(bib["e"])) == "A. Ng, “Rivers,” *Water*, vol. 12, 2019."
    assert csl_item(bib["e"])["volume"] == "12"
    assert [warning.split(":", 2)[2].split(";")[0] for warning in style.style_warnings(bib)] == [
        " entry 'e': series is not printed for an @article"
    ]


@pytest.mark.parametrize(
    ("fields", "warned"),
    [
        (
            "eid = {e84832}, articleno = {12}",
            "eid 'e84832' and articleno '12' both give the article's number, and the notes print eid's, e84832,"
            " without a word of the other; keep the number the source gives and delete the other field",
        ),
        ("eid = {12}, articleno = { 12 }", None),
    ],
)
def test_an_article_number_given_twice_and_two_numbers_is_a_warning_at_the_one_not_printed(tmp_path, fields, warned):
    # eid was printed and articleno dropped, without a word: one of the two numbers finds no article.
    bib = load_bib(tmp_path, ARTICLE.replace(", {}}}", ",\n {}}}").format(fields.replace(", a", ",\n a")))
    assert marked(style.full(bib["e"])).endswith(f"article {bib['e'].get('eid')}.")
    assert style.style_warnings(bib) == ([f"refs.bib:3: entry 'e': {warned}"] if warned else [])
