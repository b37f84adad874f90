"""A day kept with its month in the languages a site is written in (`explainer.worded_days`):
the article's own (a French site's ``11 octobre 2020``) and its sources' (``langid``:
``11 октября``, ``11. Oktober``, ``11 de octubre``), in the notes, the bibliography, the
editors' prose and a glossary term's hover definition."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from project import Build, run_build
from test_new_article import new_article
from test_site import content

from explainer.richtext import days_and_months, days_unbroken_text
from explainer.worded_days import day_and_month_pattern

#: Each language's dates as it writes them, and the day and month found in each.
DATES = [
    ("fr", "Élection du 11 octobre 2020", "11 octobre"),
    ("fr", "le 1er mai 2019", "1er mai"),
    ("fr", "Rapport du 3 Octobre 2020", "3 Octobre"),  # a title's capital
    ("french", "le 11 oct. 2020", "11 oct."),
    ("de", "Die Wahl vom 11. Oktober 2020", "11. Oktober"),
    ("es", "las elecciones del 11 de octubre de 2020", "11 de octubre"),
    ("pt", "em 11 de outubro de 2020", "11 de outubro"),
    ("ru", "Выборы 11 октября 2020 года", "11 октября"),  # the genitive a date takes
    ("russian", "от 11 окт. 2020", "11 окт."),
    ("hu", "2020. október 11-én", "október 11"),  # the month first
    ("it", "il 3 set 2020", "3 set"),
    ("en", "Election, 11 October 2020", "11 October"),
    ("en", "dated Oct. 11, 2020", "Oct. 11"),
]


@pytest.mark.parametrize(("language", "text", "date"), DATES)
def test_a_day_and_its_month_as_each_language_writes_them(language, text, date):
    found = days_and_months(text, (language,))
    assert [text[start:end] for start, end in found] == [date]
    assert days_unbroken_text(text, (language,)) == text.replace(date, date.replace(" ", "\u00a0"))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "le 32 octobre, le 0 mai"),  # no such day
        ("fr", "3 set de tennis, 11 de octubre"),  # Italian's and Spanish's words, not French's
        ("de", "am 11 Oktober"),  # German writes the day's stop
        ("en", "11 octobre, 11 октября, 3 set"),  # only English where the site reads no other language
        ("fr", "en 2020, mai 68, page 12 et 31 janvier2020"),
    ],
)
def test_a_number_beside_a_month_word_is_no_date_outside_its_language_s_shapes(language, text):
    assert days_and_months(text, (language,)) == []


#: Chinese, Japanese and Korean dates in numbers with units, CLDR's ``M月d日``, ``y年M月d日``
#: and Korean ``y년 MMMM d일`` (its months named ``10월``), found whole: a browser breaks their
#: lines between any two characters or syllables, inside them too, a number from its unit.
NUMBERED_DATES = [
    ("ja", "選挙は2020年10月11日に行われた", "2020年10月11日"),
    ("japanese", "10月11日の選挙", "10月11日"),
    ("zh", "2020年10月1日举行，10月11日结束", "2020年10月1日"),
    ("zh-Hant", "選舉於10月11日舉行", "10月11日"),
    ("ko", "선거는 2020년 10월 11일에 치러졌다", "2020년 10월 11일"),
    ("korean", "10월 11일 선거", "10월 11일"),
    ("ko", "2020년10월11일 선거", "2020년10월11일"),  # without its spaces
    # Full-width digits, which a line breaks between as between ideographs.
    ("ja", "選挙は２０２０年１０月１１日に行われた", "２０２０年１０月１１日"),
    ("zh", "１０月１１日举行", "１０月１１日"),
]


@pytest.mark.parametrize(("language", "text", "date"), NUMBERED_DATES)
def test_a_chinese_japanese_or_korean_date_in_numbers_is_found_whole(language, text, date):
    found = days_and_months(text, (language,))
    assert text[slice(*found[0])] == date
    # Not where the site reads neither language, nor a month without its day, nor no day.
    assert days_and_months(text, ("ru",)) == days_and_months("2020年10月に、13月11日", (language,)) == []
    assert days_and_months("2020년 10월에, 13월 11일, 1월 32일", (language,)) == []


#: Hover cards' text, where no markup keeps a date on a line: a word joiner (U+2060) where a
#: line would break, and the characters the text holds, not U+2011 for its hyphen.
JOINED = [
    ("ky", "Шайлоо 11-октябрь 2020", "11-\u2060октябрь"),
    ("uz", "Saylov 11-oktabr, 2020", "11-\u2060oktabr"),
    ("ja", "選挙は2020年10月11日に行われた", "2020\u2060年\u206010\u2060月\u206011\u2060日"),
    (
        "ja",
        "選挙は２０２０年１０月１１日に",
        "２\u2060０\u2060２\u2060０\u2060年\u2060１\u2060０\u2060月\u2060１\u2060１\u2060日",
    ),
    ("ko", "선거는 2020년 10월 11일에", "2020\u2060년\u00a010\u2060월\u00a011\u2060일"),
]


@pytest.mark.parametrize(("language", "text", "joined"), JOINED)
def test_a_hover_card_s_date_held_by_no_space_is_joined_where_a_line_would_break(language, text, joined):
    unbroken = days_unbroken_text(text, (language,))
    assert joined in unbroken and unbroken.replace("\u2060", "").replace("\u00a0", " ") == text


def test_the_pattern_is_made_once_per_set_of_languages():
    assert day_and_month_pattern(("fr", "ru")) is day_and_month_pattern(("russian", "fr", "en", "fr"))
    assert day_and_month_pattern(("en",)) is day_and_month_pattern(()) is not day_and_month_pattern(("fr",))


def test_a_text_without_a_digit_is_passed_as_it_is():
    text = "le onze octobre"
    assert days_unbroken_text(text, ("fr",)) is text and days_and_months(text, ("fr",)) == []


#: The French site's sources, titles with a date in their own language's words, cited twice.
SOURCES = {
    "cec2020": ("french", "Élection présidentielle du 11 octobre 2020 : rapport final", "11 octobre"),
    "ria2020": ("russian", "Выборы 11 октября 2020 года", "11 октября"),
    "dw2020": ("ngerman", "Die Wahl vom 11. Oktober 2020", "11. Oktober"),
    "pais2020": ("spanish", "Las elecciones del 11 de octubre de 2020", "11 de octubre"),
}
#: A definition and an entry's prose that date the same election, with a number that is no day.
DEFINITION = "Le scrutin du 11 octobre 2020, dont le rapport parut le 1er mai 2021."
PROSE = "Le scrutin du 11 octobre 2020, et non du 32 octobre, fut observé par 3 set d’observateurs."


def source(key: str, langid: str, title: str) -> str:
    fields = f"  author = {{{{Agence}}}},\n  title = {{{title}}},\n  date = {{2021}},\n  langid = {{{langid}}},\n"
    return f"@report{{{key},\n{fields}}}\n"


def build_dated_site(
    folder: Path,
    sources: dict[str, tuple[str, str, str]],
    definitions: list[str],
    *,
    language: str = "fr",
    prose: str = PROSE,
    events: tuple[str, ...] = (),
) -> Build:
    """A site in ``language`` (French) made by ``make new-article``, citing each of
    ``sources`` twice, with a glossary entry (``terme daté N``, its text ``prose``) for
    each of ``definitions``, used in its text, and a timeline event on each of ``events``."""
    written = new_article(folder, "--title", "Rivières", "--author", "Ana Exemplar", "--language", language)
    assert written.returncode == 0, written.stderr
    timeline = folder / "docs" / "timeline.yml"
    quote = "A citation makes a numbered note"  # in the English example's introduction
    dated = "".join(
        f'- date: "{date}"\n  event: An election.\n  countries: []\n  page: introduction.md\n  quote: "{quote}"\n'
        for date in events
    )
    timeline.write_text(timeline.read_text(encoding="utf-8") + dated, encoding="utf-8")
    bib = folder / "bib" / "article.bib"
    entries = "".join(source(key, langid, title) for key, (langid, title, _) in sources.items())
    bib.write_text(bib.read_text(encoding="utf-8") + entries, encoding="utf-8")
    for count, definition in enumerate(definitions):
        (folder / "docs" / "glossary" / f"terme-date-{count}.md").write_text(
            f"---\nterm: terme daté {count}\ndefinition: {definition}\ncategory: concept\n---\n\n{prose}\n",
            encoding="utf-8",
        )
    section = folder / "docs" / "introduction.md"
    uses = " ".join(f"Un terme daté {count}." for count in range(len(definitions)))
    calls = " ".join(f"Un fait.[@{key}] Encore.[@{key}]" for key in sources)
    section.write_text(section.read_text(encoding="utf-8") + f"\n{uses}\n\n{calls}\n", encoding="utf-8")
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output
    return build


@pytest.fixture(scope="module")
def french_dated_site(tmp_path_factory) -> Build:
    return build_dated_site(tmp_path_factory.mktemp("french-dated") / "rivieres", SOURCES, [DEFINITION])


def kept(element) -> list[str]:
    return [span.get_text() for span in element.select(".explainer-unbroken")]


def test_a_source_s_title_keeps_its_date_whole_in_its_language(french_dated_site):
    page = content(french_dated_site.page("introduction/"))
    for key, (_, title, date) in SOURCES.items():
        (first,) = page.select(f'.citation[data-citation-key="{key}"][data-position="first"]')
        assert title in first.get_text().replace("\u00a0:", " :")  # the words as the source gives them
        assert date in kept(first), key
        (short,) = page.select(f'.citation[data-citation-key="{key}"]:not([data-position="first"]) a[title]')
        assert date.replace(" ", "\u00a0") in short["title"], key  # the card Material draws from it
    listing = content(french_dated_site.page("bibliography/")).select_one(".explainer-bibliography")
    assert all(date in kept(listing) for _, _, date in SOURCES.values())


def test_a_glossary_term_s_hover_keeps_its_dates_whole_and_its_words(french_dated_site):
    (link,) = content(french_dated_site.page("introduction/")).select("a.glossary-term[data-glossary=terme-date-0]")
    assert link["title"] == DEFINITION.replace("11 octobre", "11\u00a0octobre").replace("1er mai", "1er\u00a0mai")
    # Shown as written on the glossary's page, each date in markup that keeps it whole.
    (definition,) = [
        dd for dd in content(french_dated_site.page("glossary/")).select("dd") if "scrutin" in dd.get_text()
    ]
    assert definition.get_text() == DEFINITION and kept(definition) == ["11 octobre", "1er mai"]


def test_an_entry_s_prose_keeps_its_french_date_whole_and_no_other_number(french_dated_site):
    paragraphs = content(french_dated_site.page("glossary/terme-date-0/")).select("p")
    (prose,) = [paragraph for paragraph in paragraphs if "observé" in paragraph.get_text()]
    assert prose.get_text() == PROSE and kept(prose) == ["11 octobre"]


def test_the_search_index_holds_the_words_as_written(french_dated_site):
    index = json.loads((french_dated_site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    texts = " ".join(document["text"] for document in index["docs"])
    assert "11 octobre 2020" in texts and "11\u00a0octobre" not in texts


#: A Japanese site's sources: a Japanese title dated in numbers, a Kyrgyz one with a hyphen.
UNSPACED_SOURCES = {
    "senkyo2020": ("japanese", "2020年10月11日の総選挙", "2020年10月11日"),
    "shailoo2020": ("kyrgyz", "Шайлоо 11-октябрь 2020", "11-октябрь"),
    "senkyo2020w": ("japanese", "２０２０年１０月１１日の総選挙", "２０２０年１０月１１日"),  # full-width digits
}
#: A Japanese definition and entry's prose, each with two dates, and a number that is no day.
JAPANESE_DEFINITION = "選挙は2020年10月11日に行われ、報告は10月1日に出た。"
JAPANESE_PROSE = "選挙は2020年10月11日に行われ、13月11日ではない。"
#: A Japanese definition dated in full-width digits, as Japanese text often writes them.
WIDE_DEFINITION = "報告は２０２０年１０月１１日に出た。"


@pytest.fixture(scope="module")
def japanese_dated_site(tmp_path_factory) -> Build:
    folder = tmp_path_factory.mktemp("japanese-dated") / "kawa"
    return build_dated_site(
        folder,
        UNSPACED_SOURCES,
        [JAPANESE_DEFINITION, WIDE_DEFINITION],
        language="ja",
        prose=JAPANESE_PROSE,
        events=("2020-10-11",),
    )


def test_a_date_with_no_space_in_a_source_s_title_is_kept_whole(japanese_dated_site):
    page = content(japanese_dated_site.page("introduction/"))
    for key, (_, title, date) in UNSPACED_SOURCES.items():
        (first,) = page.select(f'.citation[data-citation-key="{key}"][data-position="first"]')
        assert title in first.get_text() and date in kept(first), key
        (short,) = page.select(f'.citation[data-citation-key="{key}"]:not([data-position="first"]) a[title]')
        # The card's text: joined where a line would break (U+2060), its characters the title's.
        assert title not in short["title"] and title in short["title"].replace("\u2060", ""), key
    listing = content(japanese_dated_site.page("bibliography/")).select_one(".explainer-bibliography")
    assert all(date in kept(listing) for _, _, date in UNSPACED_SOURCES.values())


def test_a_japanese_definition_s_dates_are_kept_whole_in_its_hover_and_on_the_glossary(japanese_dated_site):
    (link,) = content(japanese_dated_site.page("introduction/")).select("a.glossary-term[data-glossary=terme-date-0]")
    assert link["title"] == JAPANESE_DEFINITION.replace(
        "2020年10月11日", "2020\u2060年\u206010\u2060月\u206011\u2060日"
    ).replace("10月1日", "10\u2060月\u20601\u2060日")
    definitions = content(japanese_dated_site.page("glossary/")).select("dd")
    (definition,) = [dd for dd in definitions if "選挙" in dd.get_text()]
    assert definition.get_text() == JAPANESE_DEFINITION and kept(definition) == ["2020年10月11日", "10月1日"]
    paragraphs = content(japanese_dated_site.page("glossary/terme-date-0/")).select("p")
    (prose,) = [paragraph for paragraph in paragraphs if "13月" in paragraph.get_text()]
    assert prose.get_text() == JAPANESE_PROSE and kept(prose) == ["2020年10月11日"]


def test_a_japanese_timeline_date_is_kept_whole(japanese_dated_site):
    dates = content(japanese_dated_site.page("timeline/")).select("p.explainer-timeline__date")
    (dated,) = [date for date in dates if "2020年" in date.get_text()]
    assert dated.get_text().strip() == "2020年10月11日" and kept(dated) == ["2020年10月11日"]


def test_the_search_index_holds_a_japanese_date_as_written(japanese_dated_site):
    index = json.loads((japanese_dated_site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    texts = " ".join(document["text"] for document in index["docs"])
    assert "2020年10月11日" in texts and "\u2060" not in texts


def test_a_date_in_full_width_digits_is_kept_whole_in_its_hover_and_on_the_glossary(japanese_dated_site):
    (link,) = content(japanese_dated_site.page("introduction/")).select("a.glossary-term[data-glossary=terme-date-1]")
    assert link["title"] == WIDE_DEFINITION.replace("２０２０年１０月１１日", "\u2060".join("２０２０年１０月１１日"))
    definitions = content(japanese_dated_site.page("glossary/")).select("dd")
    (definition,) = [dd for dd in definitions if "２０２０" in dd.get_text()]
    assert definition.get_text() == WIDE_DEFINITION and kept(definition) == ["２０２０年１０月１１日"]


#: A Korean site's source, titled with a date in Korean's numbers with units and spaces.
KOREAN_SOURCES = {"seongeo2020": ("korean", "2020년 10월 11일 총선 보고서", "2020년 10월 11일")}
#: A Korean definition and entry's prose, with a number beside a unit that is no day.
KOREAN_DEFINITION = "선거는 2020년 10월 11일에 치러졌고, 보고서는 10월 1일에 나왔다."
KOREAN_PROSE = "선거는 2020년 10월 11일에 치러졌고, 13월 11일은 없다."


@pytest.fixture(scope="module")
def korean_dated_site(tmp_path_factory) -> Build:
    folder = tmp_path_factory.mktemp("korean-dated") / "gang"
    return build_dated_site(
        folder, KOREAN_SOURCES, [KOREAN_DEFINITION], language="ko", prose=KOREAN_PROSE, events=("2020-10-11",)
    )


def test_a_korean_date_in_a_source_s_title_is_kept_whole(korean_dated_site):
    """A browser breaks a Korean line between any two syllables: "11" at a line's end, "일"
    at the next line's start."""
    page = content(korean_dated_site.page("introduction/"))
    for key, (_, title, date) in KOREAN_SOURCES.items():
        (first,) = page.select(f'.citation[data-citation-key="{key}"][data-position="first"]')
        assert title in first.get_text() and date in kept(first), key
        (short,) = page.select(f'.citation[data-citation-key="{key}"]:not([data-position="first"]) a[title]')
        assert "2020\u2060년\u00a010\u2060월\u00a011\u2060일" in short["title"], key
        assert title in short["title"].replace("\u2060", "").replace("\u00a0", " "), key
    listing = content(korean_dated_site.page("bibliography/")).select_one(".explainer-bibliography")
    assert all(date in kept(listing) for _, _, date in KOREAN_SOURCES.values())


def test_a_korean_definition_s_dates_are_kept_whole_in_its_hover_on_the_glossary_and_in_prose(korean_dated_site):
    (link,) = content(korean_dated_site.page("introduction/")).select("a.glossary-term[data-glossary=terme-date-0]")
    assert link["title"] == KOREAN_DEFINITION.replace(
        "2020년 10월 11일", "2020\u2060년\u00a010\u2060월\u00a011\u2060일"
    ).replace("10월 1일", "10\u2060월\u00a01\u2060일")
    definitions = content(korean_dated_site.page("glossary/")).select("dd")
    (definition,) = [dd for dd in definitions if "선거" in dd.get_text()]
    assert definition.get_text() == KOREAN_DEFINITION and kept(definition) == ["2020년 10월 11일", "10월 1일"]
    paragraphs = content(korean_dated_site.page("glossary/terme-date-0/")).select("p")
    (prose,) = [paragraph for paragraph in paragraphs if "13월" in paragraph.get_text()]
    assert prose.get_text() == KOREAN_PROSE and kept(prose) == ["2020년 10월 11일"]


def test_a_korean_timeline_date_is_kept_whole(korean_dated_site):
    dates = content(korean_dated_site.page("timeline/")).select("p.explainer-timeline__date")
    (dated,) = [date for date in dates if "2020년" in date.get_text()]
    assert dated.get_text().strip() == "2020년 10월 11일" and kept(dated) == ["2020년 10월 11일"]
