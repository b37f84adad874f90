"""Words of another language in the editors' own text: marked with their language, written
so (``*Heimat*{lang=de}``) or found in the glossary (``*tianxiaweigong*``, whose entry gives
``lang: zh-Latn``), wherever that text goes; never shown as typed; a language that is no
code stops the build at its line. The author's pages are left as written."""

from __future__ import annotations

import json
import re

import pytest
from project import edit, line_number, run_build
from pypdf import PdfReader
from test_glossary_languages import SHIFTS, write_site
from test_site import content

#: An example entry whose text holds a word marked by hand and one the glossary knows.
ENTRY_FIELDS = (
    "definition: A term the article uses, explained for a reader who does not know it.\n",
    "definition: A term (the *Heimat*{lang=de} of *tianxiaweigong*) the article uses.\n",
)
ENTRY_BODY = "\nThe editors write *Heimat*{lang=de}, then *tianxiaweigong* and *other words*.\n"
EVENT = ("An example book appears.", "An example book on *Heimat*{lang=de} and *tianxiaweigong* appears.")
POINT = (
    "point: The editors' summary of the section, one point per paragraph.",
    "point: The editors' summary of *Heimat*{lang=de} and *tianxiaweigong*.",
)
#: An article page: its first use of the term is linked, its second is the author's emphasis.
ARTICLE = {"pinyin.md": "# Pinyin\n\nIn Ruritania they called it tianxiaweigong; *tianxiaweigong* again.\n"}
#: A place, whose page lists the timeline's events in it.
PLACE = "---\nterm: Ruritania\ndefinition: A country.\ncategory: place\n---\n\n## What it is\n\nA country.\n"


def write_marked_site(folder):
    folder = write_site(folder, ARTICLE)
    entry = folder / "docs" / "glossary" / "example-term.md"
    edit(entry, *ENTRY_FIELDS)
    entry.write_text(entry.read_text(encoding="utf-8") + ENTRY_BODY, encoding="utf-8")
    edit(folder / "docs" / "timeline.yml", *EVENT)
    edit(folder / "docs" / "timeline.yml", "countries: []", "countries: [Ruritania]")
    (folder / "docs" / "glossary" / "ruritania.md").write_text(PLACE, encoding="utf-8")
    edit(folder / "docs" / "introduction.md", *POINT)
    return folder


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = write_marked_site(tmp_path_factory.mktemp("emphasis") / "shared")
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output
    return build


def languages(element) -> list[tuple[str, str | None]]:
    return [(em.get_text(), em.get("lang")) for em in element.select("em")]


def test_an_entry_s_definition_marks_its_words_on_the_entry_and_in_the_index(site):
    marked = [("Heimat", "de"), ("tianxiaweigong", "zh-Latn")]
    entry = content(site.page("glossary/example-term/")).select_one(".explainer-glossary-definition")
    assert languages(entry) == marked
    index = content(site.page("glossary/")).select_one('dt:has(a[href="example-term/"]) + dd')
    assert languages(index) == marked


def test_an_attribute_list_shows_nowhere_as_text(site):
    # The hover's title, the search index and every page's text are the words alone.
    link = content(site.page("introduction/")).select_one('a.glossary-term[data-glossary="example-term"]')
    assert link["title"] == "A term (the Heimat of tianxiaweigong) the article uses."
    index = (site.site / "search" / "search_index.json").read_text(encoding="utf-8")
    texts = " ".join(doc["text"] for doc in json.loads(index)["docs"]).replace("<em>", "").replace("</em>", "")
    assert "{lang" not in index and "A term (the Heimat of tianxiaweigong) the article uses." in texts
    for page in site.site.rglob("*.html"):
        assert "{lang" not in page.read_text(encoding="utf-8"), page


def test_an_entry_s_body_marks_emphasis_written_so_or_named_in_the_glossary(site):
    body = content(site.page("glossary/example-term/"))
    paragraph = next(p for p in body.select("p") if p.get_text().startswith("The editors write"))
    assert languages(paragraph) == [("Heimat", "de"), ("tianxiaweigong", "zh-Latn"), ("other words", None)]


def test_the_timeline_and_a_summary_mark_their_emphasis_written_so_or_named_in_the_glossary(site):
    marked = [("Heimat", "de"), ("tianxiaweigong", "zh-Latn")]
    event = content(site.page("timeline/")).select_one(".explainer-timeline__text")
    assert event.get_text() == "An example book on Heimat and tianxiaweigong appears." and languages(event) == marked
    point = content(site.page("introduction/")).select_one(".explainer-summary li")
    assert point.get_text().startswith("The editors’ summary of Heimat and tianxiaweigong.")
    assert languages(point) == marked
    # A place's page lists its events as the timeline sets them.
    listed = content(site.page("glossary/ruritania/")).select_one(".explainer-glossary-events li")
    assert "An example book on Heimat and tianxiaweigong appears." in listed.get_text() and languages(listed) == marked


def test_the_author_s_emphasis_is_left_as_written(site):
    page = content(site.page("pinyin/"))
    assert languages(page) == [("tianxiaweigong", None)]
    assert page.select_one("a.glossary-term span[lang]")["lang"] == "zh-Latn"  # the linked use, as before


def test_the_glossary_s_languages_on_emphasis_can_be_switched_off(tmp_path):
    folder = write_marked_site(tmp_path / "shared")
    edit(folder / "mkdocs.yml", "  explainer:\n", "  explainer:\n    glossary_emphasis_languages: false\n")
    build = run_build(folder, tmp_path / "site")
    assert build.returncode == 0, build.output
    body = content(build.page("glossary/example-term/"))
    paragraph = next(p for p in body.select("p") if p.get_text().startswith("The editors write"))
    assert languages(paragraph) == [("Heimat", "de"), ("tianxiaweigong", None), ("other words", None)]
    definition = body.select_one(".explainer-glossary-definition")
    assert languages(definition) == [("Heimat", "de"), ("tianxiaweigong", None)]
    for url, where in (("timeline/", ".explainer-timeline__text"), ("introduction/", ".explainer-summary li")):
        assert languages(content(build.page(url)).select_one(where)) == [("Heimat", "de"), ("tianxiaweigong", None)]


@pytest.mark.parametrize(
    ("file", "old", "new", "at", "message", "hint"),
    [
        (
            "glossary/example-term.md",
            "*Heimat*{lang=de} of",
            "*Heimat*{lang=german} of",
            "definition:",
            "the definition: `{lang=german}` names a language, not its code",
            "Write its code: `{lang=de}`.",
        ),
        (
            "glossary/example-term.md",
            "*Heimat*{lang=de} of",
            "Heimat{lang=de} of",
            "definition:",
            "the definition: the attribute list '{lang=de}' follows no *emphasis*, so it would show as typed",
            "Set the words it is for in emphasis",
        ),
        (
            "glossary/example-term.md",
            "The editors write *Heimat*{lang=de}",
            "The editors write *Heimat*{lang=zh_Latn}",
            "The editors write",
            "`{lang=zh_Latn}` is written with underscores",
            "Write it with hyphens: `{lang=zh-Latn}`.",
        ),
        (
            "glossary/example-term.md",
            "The editors write *Heimat*{lang=de}",
            "The editors write *Heimat*{lang=”de”}",
            "The editors write",
            "`{lang=”de”}` puts the code in typographic quotation marks, which attr_list keeps as part of it",
            "Write it without them: `{lang=de}`.",
        ),
        (
            "timeline.yml",
            "*Heimat*{lang=de}",
            "*Heimat*{lang=Deutsch}",
            "  event:",
            "the event: `{lang=Deutsch}` is not a language code (BCP 47)",
            "`{lang=zh-Latn}`, `{lang=ru}`, `{lang=pt-BR}`",
        ),
        (
            "introduction.md",
            "*Heimat*{lang=de}",
            "*Heimat*{.word}",
            "  - point:",
            "summary point 1: the attribute list '{.word}' gives something other than a language",
            "Give the words' language alone: `*Heimat*{lang=zh-Latn}`.",
        ),
        # attr_list reads `lang` in any case (HTML too), so its code is checked; with a space or a
        # colon by its `=`, it gives `lang` no value, and the words no language: both were silent.
        (
            "glossary/example-term.md",
            "The editors write *Heimat*{lang=de}",
            "The editors write *Heimat*{LANG=german}",
            "The editors write",
            "`{LANG=german}` names a language, not its code",
            "Write its code: `{lang=de}`.",
        ),
        # The message quotes the list as the editor typed it, so a search of the page finds it.
        (
            "glossary/example-term.md",
            "*Heimat*{lang=de} of",
            "*Heimat*{:LANG=german} of",
            "definition:",
            "the definition: `{:LANG=german}` names a language, not its code",
            "Write its code: `{lang=de}`.",
        ),
        (
            "glossary/example-term.md",
            "The editors write *Heimat*{lang=de}",
            "The editors write *Heimat*{ lang = de }",
            "The editors write",
            "`{ lang = de }` has a space beside the `=` of `lang`, where attr_list takes none, so the words get no"
            " language",
            "Write `{lang=de}`.",
        ),
        (
            "glossary/example-term.md",
            "The editors write *Heimat*{lang=de}",
            "The editors write *Heimat*{lang: german}",
            "The editors write",
            "`{lang: german}` joins `lang` to its code with a colon, as YAML does, where attr_list"
            " takes `=`, so the words get no language",
            "Write `{lang=de}`.",
        ),
        (
            "timeline.yml",
            "*Heimat*{lang=de}",
            "*Heimat*{lang =de}",
            "  event:",
            "the event: `{lang =de}` has a space beside the `=` of `lang`",
            "Write `{lang=de}`.",
        ),
    ],
)
def test_a_language_that_is_no_code_stops_the_build_at_its_line(tmp_path, file, old, new, at, message, hint):
    # At the line of the field that holds it, or in a page's Markdown, at its own.
    folder = write_marked_site(tmp_path / "shared")
    path = folder / "docs" / file
    edit(path, old, new)
    build = run_build(folder, tmp_path / "site")
    assert build.returncode != 0
    assert f"docs/{file}:{line_number(path, at)}: {message}" in build.output, build.output
    assert hint in build.output


def test_an_example_in_code_or_a_comment_is_no_attribute_list(tmp_path):
    # Markdown reads none of these as an attribute list: the indented block is shown as code, the comment not at all.
    folder = write_marked_site(tmp_path / "shared")
    entry = folder / "docs" / "glossary" / "example-term.md"
    example = (
        "\nWrite `*Heimat*{lang=German}` as `*Heimat*{lang=de}`.\n\n```\n*Heimat*{lang=German}\n```\n"
        "\nOr, indented:\n\n    *Heimat*{lang=Deutsch}\n\n<!-- later: *Wehr*{lang=?} -->\n"
    )
    entry.write_text(entry.read_text(encoding="utf-8") + example, encoding="utf-8")
    build = run_build(folder, tmp_path / "site")
    assert build.returncode == 0, build.output
    codes = [code.get_text() for code in content(build.page("glossary/example-term/")).select("pre code")]
    assert "*Heimat*{lang=Deutsch}\n" in codes, codes


@pytest.mark.parametrize(
    ("listed", "read"),
    [("", False), ("  - markdown.extensions.attr_list\n", True), ("  - attr_list: {}\n", True)],
)
def test_an_attribute_list_that_markdown_would_not_read_stops_the_build_at_its_line(tmp_path, listed, read):
    # Without attr_list in mkdocs.yml, the page would show `{lang=de}` to its readers; with
    # it, however it is listed, the words show alone, marked.
    folder = write_site(tmp_path / "shared", ARTICLE)
    entry = folder / "docs" / "glossary" / "example-term.md"
    entry.write_text(entry.read_text(encoding="utf-8") + ENTRY_BODY, encoding="utf-8")
    edit(folder / "mkdocs.yml", "  - attr_list\n", listed)
    build = run_build(folder, tmp_path / "site")
    if read:
        assert build.returncode == 0, build.output
        body = content(build.page("glossary/example-term/"))
        assert ("Heimat", "de") in languages(body) and "{lang" not in body.get_text()
        return
    assert build.returncode != 0
    at = line_number(entry, "The editors write")
    message = "`{lang=de}` would show as typed: mkdocs.yml does not enable attr_list, which reads it"
    assert f"docs/glossary/example-term.md:{at}: {message}" in build.output, build.output
    assert "Add `- attr_list` under `markdown_extensions` in mkdocs.yml." in build.output


def test_the_pdf_does_not_hyphenate_a_word_the_glossary_marks_in_an_entry(tmp_path):
    # The entry's text writes the term in emphasis (marked by the glossary) and then as plain
    # words (English): the second shows where English patterns break it; the first never breaks.
    folder = write_site(tmp_path / "shared", ARTICLE)
    paragraphs = "".join(
        f"\nFirst {shift}: {'word ' * shift}*tianxiaweigong* and more words.\n"
        f"\nAgain {shift}: {'word ' * shift}tianxiaweigong and more words.\n"
        for shift in SHIFTS
    )
    entry = folder / "docs" / "glossary" / "example-term.md"
    entry.write_text(entry.read_text(encoding="utf-8") + paragraphs, encoding="utf-8")
    build = run_build(folder, tmp_path / "site", pdf=True)
    assert build.returncode == 0, build.output
    (pdf,) = build.site.glob("*.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)

    def use(paragraph: str, shift: int) -> str:
        found = re.search(rf"{paragraph}\s+{shift}:\s+(?:word\s+)+(tianx\S*?(?:-\n\S*)?)\s+and\s+more", text)
        assert found is not None, (paragraph, shift)
        return found[1]

    english_uses = [use("Again", shift) for shift in SHIFTS]
    assert any("-\n" in words for words in english_uses), english_uses
    assert [use("First", shift) for shift in SHIFTS] == ["tianxiaweigong"] * len(SHIFTS)


@pytest.mark.parametrize(
    ("written", "message", "hint"),
    [
        (
            "Heimat{lang=de}",
            "the attribute list '{lang=de}' follows plain text ('Heimat'), so it would show as typed",
            "Set the words it is for in emphasis, right before it, with no space: `*Heimat*{lang=de}`.",
        ),
        (
            "[Heimat]{lang=de}",
            "the attribute list '{lang=de}' follows [Heimat], which is no link, so it would show as typed",
            "Write `*Heimat*{lang=de}`, in italics; or, to keep the words upright, list `- pymdownx.bracketspan`",
        ),
        (
            "*Heimat* {lang=de}",
            "the attribute list '{lang=de}' follows a space, so it would show as typed",
            "Write them right after the emphasis, with no space: `*Heimat*{lang=de}`.",
        ),
        (
            # The example names the word, not the mark before the braces (it said `*)*{lang=de}`).
            "(Heimat){lang=de}",
            "the attribute list '{lang=de}' follows plain text (')'), so it would show as typed",
            "Set the words it is for in emphasis, right before it, with no space: `*Heimat*{lang=de}`.",
        ),
        (
            "Heimat{LANG=de}",
            "the attribute list '{LANG=de}' follows plain text ('Heimat'), so it would show as typed",
            "Set the words it is for in emphasis, right before it, with no space: `*Heimat*{LANG=de}`.",
        ),
        (
            "<b>Heimat</b>{lang=de}",
            "the attribute list '{lang=de}' follows the HTML tag '</b>', so it would show as typed",
            'Give the tag its language itself: `<b lang="…">`.',
        ),
    ],
)
def test_braces_after_plain_words_in_a_page_are_named_with_what_to_write(tmp_path, written, message, hint):
    # attr_list reads braces only right after an element: these showed as typed, silently,
    # and an attribute list read earlier on the line took them into its own.
    folder = write_marked_site(tmp_path / "shared")
    entry = folder / "docs" / "glossary" / "example-term.md"
    edit(entry, "The editors write *Heimat*{lang=de},", f"The editors write {written},")
    build = run_build(folder, tmp_path / "site")
    assert build.returncode != 0
    at = line_number(entry, "The editors write")
    assert f"WARNING -  docs/glossary/example-term.md:{at}: {message}" in build.output, build.output
    assert hint in build.output


def test_a_language_named_in_capitals_marks_the_words_as_attr_list_reads_it(tmp_path):
    # attr_list writes `{LANG=de}` as `LANG="de"`, which HTML reads as `lang`: good input, in a
    # page as in an event, where it was refused as "something other than a language".
    folder = write_marked_site(tmp_path / "shared")
    edit(folder / "docs" / "glossary" / "example-term.md", "write *Heimat*{lang=de}", "write *Heimat*{LANG=de}")
    edit(folder / "docs" / "timeline.yml", "*Heimat*{lang=de}", "*Heimat*{Lang=de}")
    build = run_build(folder, tmp_path / "site")
    assert build.returncode == 0, build.output
    paragraph = next(
        p for p in content(build.page("glossary/example-term/")).select("p") if "The editors write" in p.get_text()
    )
    assert languages(paragraph)[0] == ("Heimat", "de") and "{" not in paragraph.get_text()
    event = content(build.page("timeline/")).select_one(".explainer-timeline__text")
    assert languages(event)[0] == ("Heimat", "de")


def test_bracketed_words_with_a_language_are_a_span_where_bracketspan_is_enabled(tmp_path):
    folder = write_marked_site(tmp_path / "shared")
    entry = folder / "docs" / "glossary" / "example-term.md"
    edit(entry, "The editors write *Heimat*{lang=de},", "The editors write [Heimat]{lang=de},")
    edit(folder / "mkdocs.yml", "  - attr_list\n", "  - attr_list\n  - pymdownx.bracketspan\n")
    build = run_build(folder, tmp_path / "site")
    assert build.returncode == 0, build.output
    paragraph = next(
        p for p in content(build.page("glossary/example-term/")).select("p") if "The editors write" in p.get_text()
    )
    assert paragraph.select_one('span[lang="de"]').get_text() == "Heimat" and "{" not in paragraph.get_text()


def test_an_html_tag_s_language_that_is_no_code_stops_the_build_at_its_line(tmp_path):
    # Markdown passes `<span lang="…">` on as written: a name or a slip reached the reader's browser.
    folder = write_marked_site(tmp_path / "shared")
    entry = folder / "docs" / "glossary" / "example-term.md"
    example = '\nAs `<span lang="x">` writes: <span lang="de">Heimat</span>, <i lang="german">Wehr</i>.\n'
    entry.write_text(entry.read_text(encoding="utf-8") + example, encoding="utf-8")
    build = run_build(folder, tmp_path / "site")
    assert build.returncode != 0
    at = line_number(entry, "As `<span")
    assert f'docs/glossary/example-term.md:{at}: `<i lang="german">` names a language, not its code' in build.output
    assert 'Write its code: `<i lang="de">`.' in build.output
    assert '<span lang="de">' not in build.output and 'lang="x"' not in build.output


def test_an_html_tag_written_over_two_lines_is_quoted_on_one(tmp_path):
    # The message quoted the tag as typed, its line break and all: the rest of it stood on a
    # line of its own, indented as the advice is.
    folder = write_marked_site(tmp_path / "shared")
    entry = folder / "docs" / "glossary" / "example-term.md"
    example = '\nAs they write: <i class="word"\n   lang="german">Wehr</i>.\n'
    entry.write_text(entry.read_text(encoding="utf-8") + example, encoding="utf-8")
    build = run_build(folder, tmp_path / "site")
    assert build.returncode != 0
    at = line_number(entry, "As they write")
    assert (
        f'docs/glossary/example-term.md:{at}: `<i class="word" lang="german">` names a language, not its code\n'
        '    Write its code: `<i lang="de">`.'
    ) in build.output


def test_braces_attr_list_reads_after_a_space_are_no_slip(tmp_path):
    # At a heading's end, alone under a paragraph, in a table's cell: attr_list reads them there.
    folder = write_marked_site(tmp_path / "shared")
    entry = folder / "docs" / "glossary" / "example-term.md"
    # After a code span, a link whose address holds parentheses, and a definition's term with a
    # blank line before its definition, too.
    example = (
        "\n## Heimat {lang=de}\n\nA paragraph in German words.\n{: lang=de }\n"
        "\n| Word | Meaning |\n| --- | --- |\n| Heimat {lang=de} | home |\n"
        "\nThe code `Kiez`{lang=de} and the [film](https://de.wikipedia.org/wiki/Heimat_(Film)){lang=de}.\n"
        "\nHeimweh {lang=de}\n\n:   homesickness\n"
    )
    entry.write_text(entry.read_text(encoding="utf-8") + example, encoding="utf-8")
    edit(folder / "mkdocs.yml", "  - attr_list\n", "  - attr_list\n  - tables\n  - def_list\n")
    build = run_build(folder, tmp_path / "site")
    assert build.returncode == 0, build.output
    body = content(build.page("glossary/example-term/"))
    assert body.select_one("h2[lang=de]") and body.select_one("p[lang=de]") and body.select_one("td[lang=de]")
    assert body.select_one("code[lang=de]").get_text() == "Kiez"
    assert body.select_one('a[lang=de][href="https://de.wikipedia.org/wiki/Heimat_(Film)"]').get_text() == "film"
    assert body.select_one("dt[lang=de]").get_text().strip() == "Heimweh"
    assert "{lang" not in body.get_text()


def test_a_lang_in_another_attribute_s_value_or_an_empty_lang_in_html_is_no_slip(tmp_path):
    # `lang=` in an address or a title is no tag's language; `lang=""` is HTML's "language unknown".
    folder = write_marked_site(tmp_path / "shared")
    entry = folder / "docs" / "glossary" / "example-term.md"
    example = (
        '\nSee <a href="https://example.org/?lang=english">the page</a>, <span title="lang=german">a word</span>'
        ' and <span lang="">an unknown one</span>.\n'
    )
    entry.write_text(entry.read_text(encoding="utf-8") + example, encoding="utf-8")
    build = run_build(folder, tmp_path / "site")
    assert build.returncode == 0, build.output
    body = content(build.page("glossary/example-term/"))
    assert body.select_one('a[href="https://example.org/?lang=english"]') and body.select_one('span[lang=""]')
