"""Names and places as databases and catalogues export them, which the notes printed otherwise
than meant: initials run together (``Smith, JA``), a family name in capitals (``Moustapha KA``),
an organisation's name without braces (``World Bank``), places joined with ``and``."""

from pathlib import Path

import pytest
from project import PROJECT, run_build
from test_notes_aside import second_article
from test_site import notes_on

from explainer import bibtex, style
from explainer.article_meta import csl_item


def load(tmp_path: Path, field: str) -> bibtex.Entry:
    """A book whose third line is ``field``, with an author, a title and a year where it gives none."""
    author = "" if field.startswith(("author", "editor")) else "  author = {Roe, A.},\n"
    (tmp_path / "refs.bib").write_text(
        f"@book{{k,\n  title = {{T}},\n  {field},\n{author}  year = {{2020}},\n}}\n", encoding="utf-8"
    )
    return bibtex.load(["refs.bib"], str(tmp_path))


@pytest.mark.parametrize(
    ("names", "note", "listed"),
    [
        # Web of Science, Scopus and PubMed: each capital an initial, without its full stop.
        ("Smith, JA and Lee, K", "J. A. Smith, K. Lee", "Smith, J. A., K. Lee"),
        ("Lee, KM", "K. M. Lee", "Lee, K. M."),
        ("Tolkien, JRR", "J. R. R. Tolkien", "Tolkien, J. R. R."),
        ("Kim, JH and Park, SY and Ng, AL", "J. H. Kim, S. Y. Park, A. L. Ng", "Kim, J. H., S. Y. Park, A. L. Ng"),
        ("SMITH, JM", "J. M. SMITH", "SMITH, J. M."),
        # A given name written as a name is one, however short; and a family name first, in capitals.
        ("Li, Yu", "Y. Li", "Li, Y."),
        ("Ng, Al and Chen, Bo", "A. Ng, B. Chen", "Ng, A., B. Chen"),
        ("KA, Moustapha", "M. KA", "KA, M."),
        ("Smith, J. A.", "J. A. Smith", "Smith, J. A."),
    ],
)
def test_initials_run_together_are_each_printed_and_names_as_written(tmp_path, names, note, listed):
    # `Smith, JA` was printed "J. Smith", its second initial lost, in the notes and the bibliography.
    bib = load(tmp_path, f"author = {{{names}}}")
    assert style.full(bib["k"]).plain == f"{note}, T, 2020"
    assert style.bibliography_entry(bib["k"]).plain == f"{listed}, T, 2020."
    assert style.style_warnings(bib) == []


@pytest.mark.parametrize(
    ("names", "given"),
    [
        ("Smith, JA and Lee, K", ["J. A.", "K"]),
        ("Tolkien, JRR", ["J. R. R."]),
        ("SMITH, JM", ["J. M."]),
        ("Ng, Al and Li, Yu", ["Al", "Yu"]),  # names, however short, as typed
        ("LI, YU", ["YU"]),  # may be a name: printed as one, and kept as typed
        ("Smith, John JA", ["John J. A."]),
    ],
)
def test_the_csl_json_download_gives_initials_run_together_as_the_notes_print_them(tmp_path, names, given):
    # It gave `given: "JA"`, which a reference manager reads as a name and cites "J. Smith",
    # where the notes print "J. A. Smith".
    bib = load(tmp_path, f"author = {{{names}}}")
    assert [name["given"] for name in csl_item(bib["k"])["author"]] == given


@pytest.mark.parametrize(
    ("names", "printed", "initials", "name"),
    [
        ("LI, YU", "Y. LI", "LI, Y. U.", "LI, Yu"),
        ("NG, AL", "A. NG", "NG, A. L.", "NG, Al"),
        ("Smith, IAN", "I. Smith", "Smith, I. A. N.", "Smith, Ian"),
        ("Smith, JAM", "J. Smith", "Smith, J. A. M.", "Smith, Jam"),
    ],
)
def test_a_given_name_in_capitals_that_may_be_initials_is_a_warning_saying_what_to_write(
    tmp_path, names, printed, initials, name
):
    # Beside a family name in capitals, or of three letters with a vowel, capitals may be a name:
    # it is printed as one, as before, and the editor told both ways to write it.
    bib = load(tmp_path, f"author = {{{names}}}")
    assert style.full(bib["k"]).plain == f"{printed}, T, 2020"
    word = names.split(", ")[1]
    assert style.style_warnings(bib) == [
        f"refs.bib:3: entry 'k': the name '{names}' has the given name {word} in capitals, which may be initials"
        f" run together, as Web of Science writes them, or a name, and the notes print it as a name ({printed});"
        f" if they are initials, write {initials}; if it is a name, write {name}"
    ]


@pytest.mark.parametrize(
    ("names", "printed", "meant", "kept"),
    [
        ("Moustapha KA", "M. KA", ("Ka, Moustapha", "M. Ka"), ("KA, Moustapha", "M. KA")),
        ("Xiaoming LI", "X. LI", ("Li, Xiaoming", "X. Li"), ("LI, Xiaoming", "X. LI")),
        (
            "Jean-Luc DE LA FONTAINE",
            "J.-L. D. L. FONTAINE",
            ("De La Fontaine, Jean-Luc", "J.-L. De La Fontaine"),
            ("DE LA FONTAINE, Jean-Luc", "J.-L. DE LA FONTAINE"),
        ),
        (
            "Ana O'BRIEN-SMITH",
            "A. O'BRIEN-SMITH",
            ("O'Brien-Smith, Ana", "A. O'Brien-Smith"),
            ("O'BRIEN-SMITH, Ana", "A. O'BRIEN-SMITH"),
        ),
    ],
)
def test_a_family_name_in_capitals_after_the_given_name_is_a_warning_saying_what_to_write(
    tmp_path, names, printed, meant, kept
):
    # French sources and HAL set a family name in capitals to mark it: the notes printed "M. KA"
    # without a word, and particles in capitals as initials ("J.-L. D. L. FONTAINE").
    bib = load(tmp_path, f"author = {{{names}}}")
    assert style.full(bib["k"]).plain == f"{printed}, T, 2020"
    assert style.style_warnings(bib) == [
        f"refs.bib:3: entry 'k': the name '{names}' has its family name in capitals, which the notes print as"
        f" written ({printed}); if the capitals only mark the family name, as many French sources write it,"
        f" write the name as the person does, family name first: {meant[0]}; to print the capitals, write {kept[0]}"
    ]
    # Written either way, the name is printed as written, without a word.
    for written, note in (meant, kept):
        bib = load(tmp_path, f"author = {{{written}}}")
        assert style.style_warnings(bib) == []
        assert style.full(bib["k"]).plain == f"{note}, T, 2020"


@pytest.mark.parametrize("names", ["Leo XIV", "Malcolm X", "Nguyen Van A", "{World Bank}", "JOHN SMITH", "Smith JA"])
def test_capitals_that_are_no_family_name_in_capitals_are_not_warned_of_as_one(tmp_path, names):
    # A regnal number, a letter, a name in braces or all in capitals (warned of as such, below);
    # `Smith JA` is Vancouver style's.
    bib = load(tmp_path, f"author = {{{names}}}")
    assert not any("family name in capitals" in warning for warning in style.style_warnings(bib))


@pytest.mark.parametrize(
    ("names", "printed", "meant", "note"),
    [
        ("JOHN SMITH", "J. SMITH", "Smith, John", "J. Smith"),
        ("SMITH, JOHN", "J. SMITH", "Smith, John", "J. Smith"),
        ("JOHN A. SMITH", "J. A. SMITH", "Smith, John A.", "J. A. Smith"),
        ("WEI LI", "W. LI", "Li, Wei", "W. Li"),
        ("KA, MOUSTAPHA", "M. KA", "Ka, Moustapha", "M. Ka"),
        ("ANA O'BRIEN-SMITH", "A. O'BRIEN-SMITH", "O'Brien-Smith, Ana", "A. O'Brien-Smith"),
        # Capitals hide a particle from BibTeX, which read it as a given name and printed an initial.
        ("JEAN-LUC DE LA FONTAINE", "J.-L. D. L. FONTAINE", "de la Fontaine, Jean-Luc", "J.-L. de la Fontaine"),
        ("VAN DER BERG, PIETER", "P. VAN DER BERG", "van der Berg, Pieter", "P. van der Berg"),
        ("SMITH, JR., JOHN", "J. SMITH JR.", "Smith, Jr., John", "J. Smith Jr."),
        ("SMITH, III, JOHN", "J. SMITH III", "Smith, III, John", "J. Smith III"),
    ],
)
def test_a_name_all_in_capitals_is_printed_as_written_with_a_warning_giving_it_in_upper_and_lower_case(
    tmp_path, names, printed, meant, note
):
    # Library catalogues write names so: the notes printed "J. SMITH" without a word. Only the
    # editor knows the case the person writes the name in (`McDonald`, `de La Fontaine`): the
    # name is printed as typed, and the warning gives it capitalised word by word, to check.
    bib = load(tmp_path, f"author = {{{names}}}")
    assert style.full(bib["k"]).plain == f"{printed}, T, 2020"
    assert style.style_warnings(bib) == [
        f"refs.bib:3: entry 'k': the name '{names}' is all in capitals, as library catalogues write names, which"
        f" the notes print as written ({printed}); write it as the person does, in upper and lower case, family"
        f" name first: {meant}"
    ]
    # Written so, the name is printed as written, without a word.
    bib = load(tmp_path, f"author = {{{meant}}}")
    assert style.full(bib["k"]).plain == f"{note}, T, 2020"
    assert style.style_warnings(bib) == []


@pytest.mark.parametrize("names", ["SMITH, JM", "SMITH, J.", "LI, YU", "SMITH, IAN", "{JOHN SMITH}"])
def test_initials_and_capitals_that_may_be_initials_are_not_warned_of_as_a_name_all_in_capitals(tmp_path, names):
    # A family name in capitals before initials is printed as typed (`KA, Moustapha`'s way); `LI, YU`
    # and `SMITH, IAN` keep their own warning, which gives both readings; braces keep a name as typed.
    bib = load(tmp_path, f"author = {{{names}}}")
    assert not any("all in capitals" in warning for warning in style.style_warnings(bib))


@pytest.mark.parametrize(
    ("names", "number", "family", "braced"),
    [
        ("Jinping XI", "XI", "Xi, Jinping", "author = {{Jinping XI}}"),
        ("Yu VI", "VI", "Vi, Yu", "author = {{Yu VI}}"),
        ("Smith, J. and Jinping XI", "XI", "Xi, Jinping", "{Jinping XI}"),
    ],
)
def test_a_two_letter_number_after_a_name_is_a_warning_giving_both_readings(tmp_path, names, number, family, braced):
    # `Jinping XI` was read as a name and a regnal number, like `Henry VIII`, and not warned of
    # as a family name in capitals: printed "J. XI" without a word, whichever was meant.
    bib = load(tmp_path, f"author = {{{names}}}")
    written = names.split(" and ")[-1]
    printed = f"{written[0]}. {number}"
    assert style.full(bib["k"]).plain.endswith(f"{printed}, T, 2020")
    assert style.style_warnings(bib) == [
        f"refs.bib:3: entry 'k': the name '{written}' ends in {number}, which may be a family name in capitals or"
        f" a regnal number (as in Henry VIII), and the notes print it as a family name ({printed}); if {number} is"
        f" the family name, write the name as the person does, family name first: {family} (to print the"
        f" capitals, {number}, {family.split(', ')[1]}); if it is a regnal number, put the name in braces, to print"
        f" it whole: {braced}"
    ]
    # Written either way, it is printed as meant, without a word.
    for meant, note in ((family, printed.replace(number, family.split(",")[0])), (f"{{{written}}}", written)):
        bib = load(tmp_path, f"author = {{{meant}}}")
        assert style.full(bib["k"]).plain == f"{note}, T, 2020"
        assert style.style_warnings(bib) == []


@pytest.mark.parametrize(
    ("names", "braced"), [("Henry IV", "author = {{Henry IV}}"), ("Roe, A. and Louis II", "{Louis II}")]
)
def test_a_name_and_a_number_that_is_also_a_suffix_is_told_to_go_in_braces(tmp_path, names, braced):
    # Warned of as a suffix misplaced, `Henry IV` was told to write "Henry, IV,", which prints "I. Henry".
    bib = load(tmp_path, f"author = {{{names}}}")
    written = names.split(" and ")[-1]
    number = written.split()[-1]
    assert style.style_warnings(bib) == [
        f"refs.bib:3: entry 'k': the name '{written}' is set with {number} as its family name"
        f" ({written[0]}. {number}; short form {number}); if it is a regnal number, put the name in braces, to"
        f" print it whole: {braced}"
    ]
    bib = load(tmp_path, f"author = {{{{{written}}}}}")
    assert style.full(bib["k"]).plain == f"{written}, T, 2020"
    assert style.short(bib["k"]).plain == f"{written}, T"


@pytest.mark.parametrize(
    ("names", "suffix", "printed", "braced"),
    [
        ("John Paul II", "Paul, II, John", "J. Paul II", "author = {{John Paul II}}"),
        ("Roe, A. and Robert Smith III", "Smith, III, Robert", "R. Smith III", "{Robert Smith III}"),
    ],
)
def test_two_names_and_a_number_that_is_also_a_suffix_are_warned_of_with_both_readings(
    tmp_path, names, suffix, printed, braced
):
    # `John Paul II` was told to write "Paul, II, John", which prints "J. Paul II" (short form
    # "Paul"): the pope's number was read as a suffix, as `Robert Smith III`'s is.
    bib = load(tmp_path, f"author = {{{names}}}")
    written = names.split(" and ")[-1]
    number = written.split()[-1]
    assert style.style_warnings(bib) == [
        f"refs.bib:3: entry 'k': the name '{written}' is set with {number} as its family name"
        f" ({written[0]}. {written.split()[1][0]}. {number}; short form {number}); if {number} is a suffix, write"
        f" {suffix} (printed {printed}); if it is a regnal number, a pope's or a monarch's, put the name in braces,"
        f" to print it whole: {braced}"
    ]
    # Written either way, it is printed as meant, without a word.
    for meant, note in ((suffix, printed), (f"{{{written}}}", written)):
        bib = load(tmp_path, f"author = {{{meant}}}")
        assert style.full(bib["k"]).plain == f"{note}, T, 2020"
        assert style.style_warnings(bib) == []
    # With an initial, the number is a suffix: one reading.
    bib = load(tmp_path, "author = {J. Smith III}")
    assert style.style_warnings(bib) == [
        "refs.bib:3: entry 'k': the name 'J. Smith III' is set with III as its family name (J. S. III; short form"
        " III); write Smith, III, J."
    ]


@pytest.mark.parametrize(
    ("names", "printed"),
    [("{Henry VIII}", "Henry VIII"), ("Smith, III, John", "J. Smith III"), ("Keqiang LI", "K. LI")],
)
def test_numbers_written_as_bibtex_reads_them_and_a_family_name_no_number_spells_are_read_as_before(
    tmp_path, names, printed
):
    # A number in braces or after a second comma is read as one; LI (51) numbers no king: a family name.
    bib = load(tmp_path, f"author = {{{names}}}")
    assert style.full(bib["k"]).plain == f"{printed}, T, 2020"
    assert not any("regnal" in warning for warning in style.style_warnings(bib))


@pytest.mark.parametrize(
    ("names", "printed", "said"),
    [
        (
            "World Bank",
            "W. Bank",
            "the name 'World Bank' is set as a person's (W. Bank); if it is an organisation, put it in braces:"
            " author = {{World Bank}}; if it is a person's, write the family name first: Bank, World",
        ),
        (
            "Asian Development Bank",
            "A. D. Bank",
            "the name 'Asian Development Bank' is set as a person's (A. D. Bank); if it is an organisation, put it in"
            " braces: author = {{Asian Development Bank}}; if it is a person's, write the family name first: Bank,"
            " Asian Development",
        ),
        (
            "Department for Business, Energy and Industrial Strategy",
            "E. Department for Business, I. Strategy",
            "the name 'Department for Business, Energy' is set as a person's (E. Department for Business); if"
            " 'Department for Business, Energy and Industrial Strategy' is one organisation's name, put it all in"
            " braces: author = {{Department for Business, Energy and Industrial Strategy}}",
        ),
        (
            "Ministry of Health, Ghana",
            "G. Ministry of Health",
            "the name 'Ministry of Health, Ghana' is set as a person's (G. Ministry of Health); if it is an"
            " organisation, put it in braces: author = {{Ministry of Health, Ghana}}",
        ),
        (
            "International Crisis Group and Smith, J.",
            "I. C. Group, J. Smith",
            "the name 'International Crisis Group' is set as a person's (I. C. Group); if it is an organisation, put"
            " it in braces: {International Crisis Group}; if it is a person's, write the family name first: Group,"
            " International Crisis",
        ),
    ],
)
def test_an_organisation_written_without_braces_is_a_warning_giving_the_braced_text(tmp_path, names, printed, said):
    # `World Bank` was printed "W. Bank" (the bibliography "Bank, W."), and the department's name,
    # parted at its comma and its "and", as two people, without a word.
    bib = load(tmp_path, f"author = {{{names}}}")
    assert style.full(bib["k"]).plain == f"{printed}, T, 2020"
    assert style.style_warnings(bib) == [f"refs.bib:3: entry 'k': {said}"]


@pytest.mark.parametrize(
    "names",
    [
        "Bank, Jonathan",
        "J. Bank",
        "Van der Bank, Jan",
        "Service, Robert and R. Service",
        "Group-Smith, Ana",
        "Office, John",
        "{World Bank} and {Department for Business, Energy and Industrial Strategy}",
    ],
)
def test_a_person_whose_name_holds_a_word_of_an_organisation_is_not_warned_of(tmp_path, names):
    # A family name first, with its comma, or after initials, is a person's, whatever its words.
    assert style.style_warnings(load(tmp_path, f"author = {{{names}}}")) == []


@pytest.mark.parametrize(
    "path",
    [
        "bib/article.bib",
        "tests/fixtures/bibtex/zotero-export.bib",
        "tests/fixtures/rtl-article/bib/zotero.bib",
        "tests/fixtures/second-article/bib/zotero.bib",
    ],
)
def test_the_people_of_the_article_and_the_fixtures_are_read_as_before(path):
    # The words of organisations, initials and capitals warned of no one's name here.
    bib = bibtex.load([path], str(PROJECT))
    assert not [warning for warning in style.style_warnings(bib) if "name" in warning]


@pytest.mark.parametrize(
    ("places", "printed"),
    [
        ("London and New York and Delhi", "London, New York, Delhi"),
        ("Paris AND Dakar AND Montréal", "Paris, Dakar, Montréal"),
        ("Cambridge, MA and London and New York", "Cambridge, MA, London, New York"),
        ("{Trinidad and Tobago} and London and Paris", "Trinidad and Tobago, London, Paris"),
        # Two places are printed as typed: one place's name may hold an "and".
        ("London and New York", "London and New York"),
        ("Port of Spain, Trinidad and Tobago", "Port of Spain, Trinidad and Tobago"),
        ("{London and New York and Delhi}", "London and New York and Delhi"),
    ],
)
@pytest.mark.parametrize("field", ["address", "location"])
def test_three_places_joined_with_and_are_printed_as_the_journal_lists_places(tmp_path, field, places, printed):
    # biblatex reads the "and" of a place field as one between items of a list, as of names:
    # the notes printed "London and New York and Delhi" as typed.
    bib = load(tmp_path, f"{field} = {{{places}}},\n  publisher = {{Zed}}")
    assert style.full(bib["k"]).plain == f"A. Roe, T, {printed}, Zed, 2020"
    assert style.bibliography_entry(bib["k"]).plain == f"Roe, A., T, {printed}, Zed, 2020."
    assert style.style_warnings(bib) == []


#: Sources pasted into the second article's BibTeX as Web of Science, a French source and a
#: catalogue write them.
PASTED = """
@book{wos_2019,
	author = {Smith, JA and Lee, K},
	title = {Rivers Measured},
	address = {London and New York and Delhi},
	publisher = {Zed},
	year = {2019},
}

@report{bank_2018,
	author = {World Bank},
	title = {Water for Growth},
	year = {2018},
}

@book{ka_2001,
	author = {Moustapha KA},
	title = {Le fleuve},
	year = {2001},
}
"""


def test_a_site_prints_pasted_names_and_places_as_meant_and_names_what_to_write(tmp_path):
    folder = second_article(tmp_path / "project")
    bib = folder / "bib" / "zotero.bib"
    bib.write_text(bib.read_text(encoding="utf-8") + PASTED, encoding="utf-8")
    text = bib.read_text(encoding="utf-8")
    bank, ka = (text[: text.index(name)].count("\n") + 1 for name in ("{World Bank}", "{Moustapha KA}"))
    page = folder / "docs" / "upstream.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nMore.[@wos_2019; @bank_2018; @ka_2001]\n", encoding="utf-8")
    build = run_build(folder, tmp_path / "site", strict=False)
    assert build.returncode == 0, build.output
    [note] = [text for text in notes_on(build.page("upstream/")).values() if "Rivers Measured" in text]
    assert note == (
        "J. A. Smith, K. Lee, *Rivers Measured*, London, New York, Delhi, Zed, 2019;"
        " W. Bank, *Water for Growth*, 2018; M. KA, *Le fleuve*, 2001."
    )
    # Each slip the notes cannot mend is named at its line, with what to write.
    assert f"bib/zotero.bib:{bank}: entry 'bank_2018': the name 'World Bank'" in build.output
    assert "author = {{World Bank}}" in build.output
    assert f"bib/zotero.bib:{ka}: entry 'ka_2001': the name 'Moustapha KA'" in build.output
    assert "family name first: Ka, Moustapha" in build.output


@pytest.mark.parametrize(
    ("names", "printed", "part"),
    [
        ("SMITH, JOHN, JR.", "J. SMITH JOHN; short form SMITH", "given"),
        ("JOHN SMITH JR.", "J. S. JR.; short form JR.", "family"),
    ],
)
def test_a_suffix_in_capitals_misplaced_is_warned_of_as_one_in_small_letters(tmp_path, names, printed, part):
    # `SMITH, JOHN, JR.` printed "J. SMITH JOHN" without a word; `JOHN SMITH JR.` stopped the build
    # as Vancouver style's initials, "write JOHN SMITH, J. R.".
    bib = load(tmp_path, f"author = {{{names}}}")
    assert style.style_warnings(bib) == [
        f"refs.bib:3: entry 'k': the name '{names}' is set with JR. as its {part} name ({printed});"
        " write SMITH, JR., JOHN"
    ]
