"""`make new-article`: a new article's folder that builds in strict mode as it is written."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from project import PROJECT, edit, line_number, run_build
from pypdf import PdfReader
from test_site import body_paragraphs, content, notes_on
from textforms import html_text


def new_article(folder, *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "explainer.new_article", str(folder), *arguments],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(PROJECT / "hooks")},
        timeout=60,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("new") / "rivers"
    written = new_article(folder, "--title", "Rivers Between States", "--author", "Ana Exemplar")
    assert written.returncode == 0, written.stderr
    build = run_build(folder, folder / "site", pdf=True)
    assert build.returncode == 0, build.output
    return folder, build


def test_the_new_article_builds_with_a_note_a_glossary_link_and_a_timeline(built):
    _, build = built
    page = build.page("introduction/")
    assert notes_on(page)[1] == "A. Exemplar, *An Example Book*, London, Example Press, 2020, p. 12."
    assert content(page).select_one('a.glossary-term[href="../glossary/example-term/"]') is not None
    events = content(build.page("timeline/")).select("li.explainer-timeline__event")
    assert len(events) == 1
    # The event names no country: its source line starts with the section, no separator before it.
    assert html_text(events[0].select_one(".explainer-timeline__source")).startswith("Introduction, note 1")
    assert "Rivers Between States" in html_text(content(build.page("")).select_one("h1"))
    assert PdfReader(build.site / "exemplar-rivers-between-states.pdf").pages


def test_a_glossary_entry_s_note_numbered_as_an_article_s_note_is_listed_in_the_bibliography(built):
    # The entry's note 1 and the article's note 1 cite the same book: the entry's was taken
    # for the article's, and the bibliography did not name the entry at all.
    _, build = built
    entry = content(build.page("bibliography/")).select_one("li#example2020")
    assert html_text(entry.select_one(".explainer-bibliography__cited-in")) == "Cited in note 1"
    also = entry.select_one(".explainer-bibliography__also-in")
    assert also is not None and html_text(also) == "Also cited in: example term, note 1"
    assert also.select("a")[-1]["href"] == "../glossary/example-term/#note-1"


def test_its_configuration_names_this_project_s_hooks_and_overrides_relative_to_it(built):
    folder, _ = built
    config = (folder / "mkdocs.yml").read_text(encoding="utf-8")
    hooks = [line.strip()[2:] for line in config.splitlines() if line.strip().startswith("- ") and "hooks/" in line]
    assert [os.path.basename(hook) for hook in hooks] == [
        os.path.basename(line.strip()[2:])
        for line in (PROJECT / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("- hooks/")
    ]
    assert all((folder / hook).resolve().is_file() for hook in hooks)
    assert "font: false" in config
    assert "site/" in (folder / ".gitignore").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("author", ["Mara Quillon and Per Lind", "Mara Quillon, Per Lind"])
def test_an_article_by_two_authors_names_both_and_is_keyed_by_the_first(tmp_path, author):
    # "and" made one author of the two, "M. Q. and Per Lind" in the cite box; with a comma,
    # the citation key and the PDF took the last author's name, "lind-lighthouses".
    folder = tmp_path / "lights"
    assert new_article(folder, "--title", "Lighthouses", "--author", author).returncode == 0
    build = run_build(folder, folder / "site", pdf=True)
    assert build.returncode == 0, build.output
    reference = html_text(build.page("").select_one(".explainer-cite__reference"))
    assert reference.startswith("M. Quillon, P. Lind, “Lighthouses"), reference
    assert "@misc{quillon-lighthouses," in build.page("").select_one("code.language-bibtex").text
    assert (build.site / "quillon-lighthouses.pdf").is_file()


def test_a_folder_that_holds_files_is_left_as_it_is(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    refused = new_article(tmp_path, "--title", "T", "--author", "A")
    assert refused.returncode != 0
    assert "already holds files" in refused.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["notes.txt"]


def outline(reader: PdfReader) -> list[tuple[int, str]]:
    """The PDF's bookmarks, each with its depth."""
    found: list[tuple[int, str]] = []

    def walk(items, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title))

    walk(reader.outline, 0)
    return found


def test_a_nav_of_parts_within_parts_is_all_in_the_pdf(tmp_path):
    # The PDF read one level of the nav: the chapters of a part's section were left out.
    folder = tmp_path / "book"
    assert new_article(folder, "--title", "Rivers", "--author", "Ana Exemplar").returncode == 0
    (folder / "docs" / "part-1").mkdir()
    (folder / "docs" / "part-1" / "chapter-a.md").write_text(
        "# Chapter A\n\nThe text of chapter A, two levels down.[@example2020, p. 2]\n", encoding="utf-8"
    )
    (folder / "docs" / "part-1" / "chapter-b.md").write_text(
        "# Chapter B\n\nThe text of chapter B.\n", encoding="utf-8"
    )
    config = folder / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "  - Introduction: introduction.md\n",
            "  - Introduction: introduction.md\n  - Part One:\n      - Section I:\n"
            "          - part-1/chapter-a.md\n          - part-1/chapter-b.md\n",
        ),
        encoding="utf-8",
    )
    build = run_build(folder, folder / "site", pdf=True)
    assert build.returncode == 0, build.output
    reader = PdfReader(build.site / "exemplar-rivers.pdf")
    assert outline(reader)[:7] == [
        (0, "Rivers"),  # the title page
        (0, "Contents"),
        (0, "Introduction"),
        (0, "Part One"),
        (1, "Section I"),
        (2, "Chapter A"),
        (2, "Chapter B"),
    ]
    text = "".join(page.extract_text() for page in reader.pages).replace("\xa0", " ")
    assert "The text of chapter A, two levels down." in text
    assert "Ibid., p. 2." in text  # its note, as a footnote


def test_an_article_in_another_language_lists_every_interface_word_to_translate(tmp_path):
    folder = tmp_path / "etude"
    written = new_article(folder, "--title", "Die Flüsse", "--author", "Jeanne Exemple", "--language", "de")
    assert written.returncode == 0, written.stderr
    assert "translate them there" in written.stdout
    config = (folder / "mkdocs.yml").read_text(encoding="utf-8")
    listed = ("notes_title: Notes", "    words:", "      all_countries: All", "        law or norm: law or norm")
    words = (
        "    glossary_plurals: [s, es, y>ies]",
        "    note_words:",
        "      ibid: Ibid.",
        "      quoted_title: “{title}”",
        "      permalink_title: Permanent link",
    )
    for option in (*listed, *words):
        assert option in config, option
    config = config.replace("notes_title: Notes", "notes_title: Renvois").replace("ibid: Ibid.", "ibid: Ibidem")
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    with (folder / "docs" / "introduction.md").open("a", encoding="utf-8") as page:
        page.write("\nDieselbe Quelle.[@example2020, p. 13]\n")
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output
    notes = content(build.page("introduction/")).select_one(".explainer-notes")
    assert html_text(notes.select_one("h2")).startswith("Renvois")
    assert "Ibidem, p. 13." in html_text(notes)


def test_every_option_of_the_interface_has_its_french_words():
    from explainer.config import ExplainerConfig, NoteWordsConfig, WordsConfig
    from explainer.glossary import CATEGORIES
    from explainer.interface_words import FRENCH, interface_words

    assert set(FRENCH.labels) == {name for name, _ in ExplainerConfig._schema if name.endswith(("_title", "_label"))}
    assert set(FRENCH.words) | {"categories"} == {name for name, _ in WordsConfig._schema}
    assert set(FRENCH.categories) == set(CATEGORIES) and set(FRENCH.note_words) == {
        n for n, _ in NoteWordsConfig._schema
    }
    assert interface_words("fr-CA") is FRENCH and interface_words("de") is None


def test_an_article_in_french_starts_with_the_interface_in_french(tmp_path):
    from test_other_language import shown_text

    from explainer.config import ExplainerConfig, WordsConfig

    folder = tmp_path / "fleuves"
    written = new_article(folder, "--title", "Les fleuves", "--author", "Jean de La Rivière", "--language", "fr")
    assert written.returncode == 0, written.stderr
    config = (folder / "mkdocs.yml").read_text(encoding="utf-8")
    for option in (
        "  - Bibliographie: bibliography.md",
        "    glossary_title: Glossaire",
        "      colon: ' : '",
        "    glossary_plurals: [s, x, al>aux]",
        "      quoted_title: « {title} »",
        "      ibid: '*Ibid.*'",  # quoted: a YAML value that starts with * would be an alias
        "      permalink_title: Lien permanent",
    ):
        assert option in config, option
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output
    english = [option.default for name, option in ExplainerConfig._schema if name.endswith(("_title", "_label"))]
    english += [option.default for _, option in WordsConfig._schema if isinstance(option.default, str)]
    english = [word for word in english if len(word) > 5 and word not in ("Introduction",)]
    for page in build.site.rglob("*.html"):
        text = shown_text(page.read_text(encoding="utf-8"))
        assert not [word for word in english if word in text], page
    assert "J. de La Rivière, « Les fleuves »" in html_text(build.page("").select_one(".explainer-cite__reference"))


#: The English examples' sentences and words, which a French article's first build showed.
ENGLISH_EXAMPLES = (
    "This is the home page",
    "Replace this paragraph",
    "This is the first section",
    "The editors' summary",
    "example term",
    "An Example Book",
    "Example Press",
    "London",
    "What it is",
    "The entry's text",
    "A term the article uses",
    "An example book appears",
)


def test_an_article_in_french_starts_with_its_examples_in_french(tmp_path):
    # The interface was French and the examples English: the first build showed English
    # prose in pages marked as French, which a screen reader reads with a French voice.
    from test_other_language import shown_text

    folder = tmp_path / "fleuves"
    written = new_article(folder, "--title", "Les fleuves", "--author", "Ana Exemplar", "--language", "fr")
    assert written.returncode == 0, written.stderr
    assert "The examples are in the article's language too." in written.stdout
    build = run_build(folder, folder / "site")  # strict: any warning fails it
    assert build.returncode == 0, build.output
    section = build.page("introduction/")
    assert body_paragraphs(build.page("introduction/"))[0] == (
        "Ceci est la première partie de l’article. Une citation fait une note numérotée avec la référence"
        " complète de la source, et une page après une virgule. Un terme du glossaire, tel ce terme"
        " d’exemple, renvoie à sa fiche."
    )
    assert html_text(content(section).select_one("a.glossary-term")) == "terme d’exemple"
    # The entry's address and the source's key, which the editor may keep, are French too.
    assert content(section).select_one("a.glossary-term")["href"] == "../glossary/terme-d-exemple/"
    written_files = [path for path in folder.rglob("*") if path.is_file() and "site" not in path.parts]
    # example.org, the address mkdocs.yml offers for site_url, is no English: a domain kept for examples.
    assert not [
        path
        for path in written_files
        if "example" in path.name or "example" in path.read_text("utf-8").replace("https://example.org/", "")
    ]
    # The notes in French house style, and the bibliography's words around them.
    assert notes_on(section) == {1: "A. Exemplar, *Un livre d’exemple*, Paris, Éditions Exemple, 2020, p. 12."}
    also = content(build.page("bibliography/")).select_one("li#exemple2020 .explainer-bibliography__also-in")
    assert html_text(also) == "Cité aussi dans : terme d’exemple, note 1"
    (event,) = content(build.page("timeline/")).select("li.explainer-timeline__event")
    assert "Parution d’un livre d’exemple." in html_text(event)
    for page in build.site.rglob("*.html"):
        text = shown_text(page.read_text(encoding="utf-8"))
        assert not [words for words in ENGLISH_EXAMPLES if words in text], page


@pytest.fixture(scope="module")
def french_first_edition(tmp_path_factory):
    """A new French article, as written, its example book a first edition, and a thesis cited."""
    folder = tmp_path_factory.mktemp("nouveau") / "fleuves"
    written = new_article(folder, "--title", "Les fleuves", "--author", "Ana Exemplar", "--language", "fr")
    assert written.returncode == 0, written.stderr
    bib = folder / "bib" / "article.bib"
    text = bib.read_text(encoding="utf-8")
    assert "  date      = {2020},\n" in text
    text = text.replace("  date      = {2020},\n", "  edition   = {1},\n  date      = {2020},\n")
    thesis = "@thesis{roux2017, author = {Roux, Claire}, title = {Les « canaux » d’Aral}, type = {phdthesis},"
    thesis += " date = {2017}}\n"
    bib.write_text(f"{text}\n{thesis}", encoding="utf-8")
    with (folder / "docs" / "introduction.md").open("a", encoding="utf-8") as page:
        page.write("\nUne thèse.[@roux2017]\n")
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output
    return build


def test_a_french_bibliography_says_in_which_notes_a_source_is_cited_as_french_does(french_first_edition):
    # It read "Cité dans note 1": French says "cité en note 1" (or "dans la note 1").
    entry = content(french_first_edition.page("bibliography/")).select_one("li#exemple2020")
    assert html_text(entry.select_one(".explainer-bibliography__cited-in")) == "Cité en note 1"


def test_a_french_article_s_first_edition_is_not_printed(french_first_edition):
    # It read "1e éd.", then "1re éd.": a first edition is not named, as Chicago has it (a
    # second is "2e éd.", and French's first "1re", in test_style).
    section = french_first_edition.page("introduction/")
    assert notes_on(section)[1] == "A. Exemplar, *Un livre d’exemple*, Paris, Éditions Exemple, 2020, p. 12."
    entry = content(french_first_edition.page("bibliography/")).select_one("li#exemple2020")
    assert "Un livre d’exemple, Paris" in html_text(entry)


def test_a_french_article_s_csl_json_gives_a_thesis_s_kind_in_french(french_first_edition):
    # Its notes print "thèse de doctorat"; the download gave reference managers "PhD diss.".
    assert "thèse de doctorat" in notes_on(french_first_edition.page("introduction/"))[2]
    items = json.loads((french_first_edition.site / "bibliography.json").read_text(encoding="utf-8"))
    (thesis,) = [item for item in items if item["id"] == "roux2017"]
    assert (thesis["type"], thesis["genre"]) == ("thesis", "thèse de doctorat")


def test_a_french_article_s_quoted_title_sets_a_quotation_inside_it_in_the_second_kind(french_first_edition):
    # It read « Les « canaux » d’Aral »: French print sets a quotation inside « » in “ ”.
    assert notes_on(french_first_edition.page("introduction/"))[2].startswith("C. Roux, « Les “canaux” d’Aral »,")
    entry = content(french_first_edition.page("bibliography/")).select_one("li#roux2017")
    assert html_text(entry).startswith("Roux, C., « Les “canaux” d’Aral », thèse de doctorat, 2017.")


def test_every_language_with_interface_words_has_examples_that_show_every_feature():
    from explainer.article_examples import ENGLISH, LANGUAGES, examples
    from explainer.interface_words import LANGUAGES as WORDED

    def marks(text: str) -> list[str]:  # citations, notes, fields and keys, and headings filled in
        return re.findall(r"\[@[^]]*\]|\[\^[^]]*\]|^\s*-?\s*[a-z]+:|^@\w+\{+\w+|^\s*\w+\s*=|^#+ \{", text, re.M)

    def shape(texts: dict[str, str]) -> list[tuple[str, list[str]]]:
        """Each file's folder and marks, in order, the example source's key written `key`."""
        key = re.search(r"^@\w+\{+(\w+),", texts["bib/article.bib"], re.M)[1]
        keyed = {path: [mark.replace(key, "key") for mark in marks(text)] for path, text in texts.items()}
        return [(os.path.dirname(path), found) for path, found in keyed.items()]

    assert set(LANGUAGES) == set(WORDED)
    for language, texts in LANGUAGES.items():
        assert shape(texts) == shape(ENGLISH), language
    assert examples("fr-CA")["docs/index.md"] == LANGUAGES["fr"]["docs/index.md"]
    assert examples("de")["docs/index.md"] == ENGLISH["docs/index.md"]


def test_an_article_in_a_language_without_interface_words_is_told_its_examples_are_english(tmp_path):
    written = new_article(tmp_path / "fluesse", "--title", "Die Flüsse", "--author", "Ana Exemplar", "--language", "de")
    assert written.returncode == 0, written.stderr
    assert "The examples are in English, to replace." in written.stdout
    assert "This is the first section" in (tmp_path / "fluesse" / "docs" / "introduction.md").read_text("utf-8")


def test_what_a_build_stopped_halfway_leaves_is_kept_out_of_version_control(tmp_path):
    # `make build` writes site.new/ and keeps site.old/ beside site/; killed halfway, it
    # left them, and `git status` listed the whole built site to commit.
    folder = tmp_path / "rivers"
    assert new_article(folder, "--title", "Rivers", "--author", "Ana Exemplar").returncode == 0
    for left in ("site", "site.new", "site.old", ".site.building-k3j9x_2a", ".site.starting-p8q2w_4c"):
        (folder / left).mkdir()
        (folder / left / "index.html").write_text("<p>built</p>", encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=folder, check=True)
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"], cwd=folder, capture_output=True, text=True
    )
    assert status.returncode == 0, status.stderr
    assert not [line for line in status.stdout.splitlines() if "index.html" in line], status.stdout


def test_a_language_that_is_not_a_code_is_refused_before_anything_is_written(tmp_path):
    refused = new_article(tmp_path / "x", "--title", "T", "--author", "A", "--language", "fr; rm -rf")
    assert refused.returncode != 0
    assert "is not a language code" in refused.stderr
    assert not (tmp_path / "x").exists()


def test_an_article_whose_sources_are_all_removed_is_told_its_bibliography_is_empty(tmp_path):
    folder = tmp_path / "essay"
    assert new_article(folder, "--title", "An Essay", "--author", "Ana Exemplar").returncode == 0
    for path in (folder / "docs" / "introduction.md", folder / "docs" / "glossary" / "example-term.md"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("[@example2020, p. 12]", "").replace("[@example2020, p. 3]", ""), "utf-8")
    timeline = folder / "docs" / "timeline.yml"
    timeline.write_text(timeline.read_text(encoding="utf-8").replace("  note: 1\n", ""), encoding="utf-8")
    (folder / "bib" / "article.bib").write_text("", encoding="utf-8")
    build = run_build(folder, folder / "site")
    assert build.returncode != 0  # strict
    assert "bib/article.bib: no entries, so the bibliography page lists nothing; add the article's sources" in (
        build.output
    )
    assert run_build(folder, folder / "site", strict=False).returncode == 0


def test_an_article_with_categories_of_its_own(tmp_path):
    # A glossary of people and rivers: no code change, one option.
    folder = tmp_path / "rivers"
    assert new_article(folder, "--title", "Rivers", "--author", "Ana Exemplar").returncode == 0
    config = folder / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("  explainer:\n", "  explainer:\n    glossary_categories: [person, concept]\n"), "utf-8"
    )
    (folder / "docs" / "glossary" / "ana-river.md").write_text(
        "---\nterm: Ana River\ndefinition: A hydrologist the article quotes.\ncategory: person\n---\n\nA person.\n",
        encoding="utf-8",
    )
    with (folder / "docs" / "introduction.md").open("a", encoding="utf-8") as page:
        page.write("\nAna River measured the flow.\n")
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output
    labels = [
        label.get_text(" ", strip=True) for label in build.page("glossary/").select(".explainer-glossary-filter label")
    ]
    assert labels == ["All", "Person", "Concept"]
    assert content(build.page("introduction/")).select_one('a.glossary-term[href$="ana-river/"]') is not None
    # An entry of a category the article did not list says where categories are added.
    entry = folder / "docs" / "glossary" / "example-term.md"
    entry.write_text(entry.read_text(encoding="utf-8").replace("category: concept", "category: river"), "utf-8")
    refused = run_build(folder, folder / "site")
    assert refused.returncode != 0
    assert "docs/glossary/example-term.md:5: category 'river' is not one of: person, concept" in refused.output
    assert "Another category is added in mkdocs.yml, under `glossary_categories`." in refused.output


def test_a_title_with_an_ampersand_is_printed_once_escaped(tmp_path):
    # MkDocs gives a page's title as HTML (Law &amp; Order); the lists the engine writes
    # printed "Law &amp; Order" to the reader, and a screen reader read "amp".
    folder = tmp_path / "courts"
    assert new_article(folder, "--title", "Courts", "--author", "Ana Exemplar").returncode == 0
    page = folder / "docs" / "introduction.md"
    page.write_text(
        page.read_text(encoding="utf-8")
        .replace("# Introduction", "# Law & Order")
        .replace("such as an example term", "such as the bench & bar"),
        encoding="utf-8",
    )
    entry = folder / "docs" / "glossary" / "example-term.md"
    entry.write_text(
        re.sub(r"(?m)^term: .*$", "term: bench & bar", re.sub(r"(?m)^aliases: .*\n", "", entry.read_text())),
        encoding="utf-8",
    )
    config = folder / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("- Introduction: introduction.md", "- introduction.md")
    )
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output
    also = content(build.page("bibliography/")).select_one("li#example2020 .explainer-bibliography__also-in")
    assert html_text(also) == "Also cited in: bench & bar, note 1"
    assert also.select("a")[-1]["aria-label"] == "bench & bar, note 1"
    uses = content(build.page("glossary/example-term/")).select_one(".explainer-glossary-uses a")
    assert html_text(uses) == "Law & Order"
    source = content(build.page("timeline/")).select_one(".explainer-timeline__source a")
    assert html_text(source) == "Law & Order"
    assert build.page("introduction/").select_one('meta[property="og:title"]')["content"] == "Law & Order"
    cite = content(build.page("introduction/")).select_one(".explainer-cite__reference")
    assert "section “Law & Order" in html_text(cite) and "amp;" not in html_text(cite)


@pytest.mark.parametrize(
    ("note_words", "citation", "warning"),
    [
        # French sets one page and several alike (p.); a page word in italics is the same label.
        ("      page: '*p.*'\n      pages: p.", "[@example2020, p. 12]", None),
        # The labels in italics are still checked: p. before a range is named.
        (
            "      page: '*p.*'\n      pages: '*pp.*'",
            "[@example2020, p. 12-14]",
            "the locator 'p. 12-14' of @example2020 names several pages after 'p.'; write pp. 12-14",
        ),
    ],
)
def test_a_page_word_set_in_italics_is_read_as_its_label_in_a_locator(tmp_path, note_words, citation, warning):
    folder = tmp_path / "rivers"
    assert new_article(folder, "--title", "Rivers", "--author", "Ana Exemplar").returncode == 0
    config = folder / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("    article:\n", f"    note_words:\n{note_words}\n    article:\n", 1), encoding="utf-8"
    )
    section = folder / "docs" / "introduction.md"
    section.write_text(section.read_text(encoding="utf-8").replace("[@example2020, p. 12]", citation), encoding="utf-8")
    build = run_build(folder, folder / "site")
    if warning is None:
        assert build.returncode == 0, build.output
    else:
        assert build.returncode != 0
        line = next(number for number, text in enumerate(section.read_text().splitlines(), 1) if citation in text)
        assert f"docs/introduction.md:{line}: {warning}" in build.output, build.output


def test_a_timeline_note_on_a_page_left_out_of_the_nav_is_named_as_outside_it(tmp_path):
    # Out of the nav, the page's notes are numbered after the last page's. The event's
    # note 3 (the page's second paragraph) became the number of its first paragraph's
    # note, and the build said to give the note of the quoted passage: note 4.
    folder = tmp_path / "rivers"
    assert new_article(folder, "--title", "Rivers", "--author", "Ana Exemplar").returncode == 0
    (folder / "docs" / "dams.md").write_text(
        "# Dams\n\nThe first dam.[@example2020, p. 4]\n\nThe second dam was built in 1990.[@example2020, p. 5]\n",
        encoding="utf-8",
    )
    (folder / "docs" / "conclusion.md").write_text("# Conclusion\n\nThe end.[@example2020, p. 9]\n", encoding="utf-8")
    (folder / "docs" / "timeline.yml").write_text(
        '- date: "1990"\n  event: The second dam is built.\n  countries: []\n  page: dams.md\n'
        '  quote: "The second dam was built in 1990."\n  note: 3\n',
        encoding="utf-8",
    )
    config = folder / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    sections = "  - Introduction: introduction.md\n  - Dams: dams.md\n  - Conclusion: conclusion.md\n"
    config.write_text(text.replace("  - Introduction: introduction.md\n", sections), encoding="utf-8")
    in_nav = run_build(folder, folder / "site")
    assert in_nav.returncode == 0, in_nav.output  # in the nav, note 3 is right
    config.write_text(
        text.replace("  - Introduction: introduction.md\n", sections.replace("  - Dams: dams.md\n", "")),
        encoding="utf-8",
    )
    build = run_build(folder, folder / "site")
    assert build.returncode != 0
    assert (
        "docs/timeline.yml:6: dams.md is not in the nav, so its notes are not numbered in the article's order"
        " (note 3 cannot be checked)\n    Add the page to `nav` in mkdocs.yml"
    ) in build.output
    assert "Give the note of the quoted passage" not in build.output


@pytest.mark.parametrize(("typed", "problem"), [("p 12", "no full stop"), ("p12", "no full stop or space")])
def test_a_french_page_label_typed_without_its_full_stop_is_named(tmp_path, typed, problem):
    # A note prints its locator as typed: "p 12" was printed, with no warning, in French.
    folder = tmp_path / "fleuves"
    assert new_article(folder, "--title", "Fleuves", "--author", "Ana Exemplar", "--language", "fr").returncode == 0
    section = folder / "docs" / "introduction.md"
    text = section.read_text(encoding="utf-8")
    section.write_text(text.replace("[@exemple2020, p. 12]", f"[@exemple2020, {typed}]"), encoding="utf-8")
    build = run_build(folder, folder / "site")
    assert build.returncode != 0
    line = next(number for number, line in enumerate(section.read_text().splitlines(), 1) if typed + "]" in line)
    assert (
        f"docs/introduction.md:{line}: the locator '{typed}' of @exemple2020 has {problem} after its label; write p. 12"
    ) in build.output, build.output


def test_a_page_without_a_title_is_named_at_its_first_line(tmp_path):
    # MkDocs named it after its file: "Index" in the nav, the page's tab, the PDF's
    # contents and the cite box, in English whatever the article's language.
    folder = tmp_path / "fleuves"
    assert new_article(folder, "--title", "Fleuves", "--author", "Ana Exemplar", "--language", "fr").returncode == 0
    (folder / "docs" / "partie-1").mkdir()
    page = folder / "docs" / "partie-1" / "index.md"
    body = "Le texte de la partie.[@exemple2020, p. 4]\n"
    config = folder / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "  - Introduction: introduction.md\n",
            "  - Introduction: introduction.md\n  - Première partie :\n      - partie-1/index.md\n",
        ),
        encoding="utf-8",
    )
    page.write_text("# Première partie\n\n" + body, encoding="utf-8")
    titled = run_build(folder, folder / "site", pdf=True)
    assert titled.returncode == 0, titled.output
    assert "no title" not in titled.output
    page.write_text("---\nsummary:\n  - point: Un point.\n    paragraph: 1\n---\n\n" + body, encoding="utf-8")
    untitled = run_build(folder, folder / "site")
    assert untitled.returncode != 0
    assert (
        "docs/partie-1/index.md:7: the page has no title, so the site, the PDF's contents and the cite box call it"
        " 'Index', after its file; start it with a heading (`# Its title`), or give it a title in the nav"
        " (`- Its title: partie-1/index.md`)"
    ) in untitled.output, untitled.output


def test_a_category_written_as_the_site_shows_it_is_named_with_its_own_name(tmp_path):
    # A French site shows the category `place` as "Lieu"; an editor who wrote what the
    # site shows was told only that 'lieu' is not one of the categories.
    folder = tmp_path / "fleuves"
    assert new_article(folder, "--title", "Fleuves", "--author", "Ana Exemplar", "--language", "fr").returncode == 0
    entry = folder / "docs" / "glossary" / "terme-d-exemple.md"
    entry.write_text(entry.read_text(encoding="utf-8").replace("category: concept", "category: lieu"), "utf-8")
    build = run_build(folder, folder / "site")
    assert build.returncode != 0
    line = next(number for number, text in enumerate(entry.read_text().splitlines(), 1) if text == "category: lieu")
    assert f"docs/glossary/terme-d-exemple.md:{line}: category 'lieu' is not one of: concept," in build.output
    assert "The site shows the category 'place' as 'Lieu': write `category: place`." in build.output, build.output


def test_make_builds_the_new_article_in_its_folder_and_a_failed_build_keeps_the_last_site(tmp_path):
    folder = tmp_path / "rivers"
    written = new_article(folder, "--title", "Rivers Between States", "--author", "Ana Exemplar")
    assert f"make build ARTICLE={folder}" in written.stdout  # what to run next, from the project

    def make_build() -> subprocess.CompletedProcess:
        return subprocess.run(
            ["make", "build", f"ARTICLE={folder}"], cwd=PROJECT, capture_output=True, text=True, timeout=600
        )

    first = make_build()
    assert first.returncode == 0, first.stdout + first.stderr
    pdf = folder / "site" / "exemplar-rivers-between-states.pdf"
    before = {path: path.read_bytes() for path in (folder / "site" / "index.html", pdf)}
    assert not (PROJECT / "site.new").exists()
    bib = folder / "bib" / "article.bib"
    bib.write_text(bib.read_text(encoding="utf-8").replace("},", "", 1), encoding="utf-8")  # a field left open
    second = make_build()
    assert second.returncode != 0
    assert "bib/article.bib:2: entry 'example2020'" in second.stdout + second.stderr
    assert {path: path.read_bytes() for path in before} == before
    assert not (folder / "site.new").exists()  # nothing half-written left behind


def test_make_pdf_and_make_serve_run_in_the_new_article_s_own_folder(tmp_path):
    # The editor's guide says to run `make serve` in the folder that holds mkdocs.yml: in a
    # new article's, make said "No rule to make target 'serve'".
    folder = tmp_path / "rivers"
    assert new_article(folder, "--title", "Rivers Between States", "--author", "Ana Exemplar").returncode == 0
    made = subprocess.run(["make", "pdf"], cwd=folder, capture_output=True, text=True, timeout=600)
    assert made.returncode == 0, made.stdout + made.stderr
    pdf = folder / "site" / "exemplar-rivers-between-states.pdf"
    assert f"PDF: {pdf}" in made.stdout.splitlines() and PdfReader(pdf).pages
    # A port given on the command line reaches the preview (-n: the command, not run).
    serve = subprocess.run(["make", "-n", "serve", "PORT=8123"], cwd=folder, capture_output=True, text=True, timeout=60)
    assert f"mkdocs serve --livereload --config-file {folder}/mkdocs.yml --dev-addr 127.0.0.1:8123" in serve.stdout


def test_ibid_after_words_of_its_sentence_is_in_lower_case_in_french(tmp_path):
    # "Voir aussi Ibid., p. 9": the capital that opens a note was kept after a prefix and
    # inside a prose note's sentence, where French and Chicago write "ibid.".
    folder = tmp_path / "fleuves"
    assert new_article(folder, "--title", "Fleuves", "--author", "Ana Exemplar", "--language", "fr").returncode == 0
    section = folder / "docs" / "introduction.md"
    section.write_text(
        section.read_text(encoding="utf-8") + "\nDeux.[voir @exemple2020, p. 12] Trois.[^a] Quatre.[^b] Cinq.[^c]\n\n"
        "[^a]: Voir aussi [@exemple2020, p. 9], et la suite.\n"
        "[^b]: [@exemple2020, p. 11], pour la suite.\n"
        "[^c]: C’est « dit ». [@exemple2020, p. 10] le dit aussi.\n",
        encoding="utf-8",
    )
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output
    notes = notes_on(build.page("introduction/"))
    assert notes[2] == "Voir *ibid.*"
    assert notes[3] == "Voir aussi *ibid.*, p. 9, et la suite."
    assert notes[4] == "*Ibid.*, p. 11, pour la suite."
    assert notes[5] == "C’est « dit ». *Ibid.*, p. 10 le dit aussi."


def test_a_french_term_of_several_words_is_found_with_each_word_in_the_plural(tmp_path):
    # French puts each word of "bassin versant" in the plural, and the head noun of "droit
    # de l'homme": found only on the last word, neither use was linked or listed.
    folder = tmp_path / "fleuves"
    assert new_article(folder, "--title", "Fleuves", "--author", "Ana Exemplar", "--language", "fr").returncode == 0
    assert "    glossary_plural_words: every\n" in (folder / "mkdocs.yml").read_text(encoding="utf-8")
    glossary = folder / "docs" / "glossary"
    (glossary / "bassin-versant.md").write_text(
        "---\nterm: bassin versant\ndefinition: Les terres drainées par un fleuve.\ncategory: concept\n---\n",
        encoding="utf-8",
    )
    (glossary / "droit-de-l-homme.md").write_text(
        "---\nterm: droit de l’homme\ndefinition: Un droit de chaque personne.\ncategory: concept\n---\n",
        encoding="utf-8",
    )
    section = folder / "docs" / "introduction.md"
    section.write_text(
        section.read_text(encoding="utf-8") + "\nLes bassins versants partagés. Les droits de l’homme.\n",
        encoding="utf-8",
    )
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output
    links = content(build.page("introduction/")).select("a.glossary-term")
    assert {html_text(link): link["href"] for link in links} == {
        "terme d’exemple": "../glossary/terme-d-exemple/",
        "bassins versants": "../glossary/bassin-versant/",
        "droits de l’homme": "../glossary/droit-de-l-homme/",
    }
    uses = content(build.page("glossary/bassin-versant/")).select_one(".explainer-glossary-uses")
    assert "Les bassins versants partagés." in html_text(uses)


def test_a_long_title_s_citation_key_and_pdf_name_end_on_a_whole_word(tmp_path):
    # Cut at 40 characters, "Les fleuves entre les États" gave the key and the PDF's
    # name "dupre-lefevre-les-fleuves-entre-les-etat", a word cut in two; cut after the
    # whole word, it ended "…-entre-les", mid-phrase: the small words go too.
    folder = tmp_path / "fleuves"
    written = new_article(
        folder, "--title", "Les fleuves entre les États", "--author", "Marie Dupré-Lefèvre", "--language", "fr"
    )
    assert written.returncode == 0, written.stderr
    config = (folder / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^\s*citation_key: dupre-lefevre-les-fleuves$", config, re.MULTILINE)
    assert re.search(r"^\s*pdf_file: dupre-lefevre-les-fleuves\.pdf$", config, re.MULTILINE)
    # A title whose words fit is kept whole, to the last letter of the limit.
    written = new_article(tmp_path / "rivers", "--title", "Rivers Between States of Europe", "--author", "Ana Exemplar")
    assert written.returncode == 0, written.stderr
    config = (tmp_path / "rivers" / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^\s*citation_key: exemplar-rivers-between-states-of-europe$", config, re.MULTILINE)


#: Two sources whose forms end with a full stop of their own: a publisher's "Inc.", and
#: a short title's "etc.".
SOURCES_ENDING_WITH_A_STOP = """
@book{durand2019,
  author    = {Durand, Paul},
  title     = {Les barrages},
  location  = {Paris},
  publisher = {Acme Inc.},
}

@book{martin2018,
  author     = {Martin, Luc},
  title      = {Les fleuves d'Europe, leurs ponts, etc.},
  shorttitle = {Fleuves, etc.},
  location   = {Lyon},
  publisher  = {PUL},
  date       = {2018},
}
"""


def notes_of_a_new_article(tmp_path, language: str, notes: str) -> dict[int, str]:
    """The notes of a new article in ``language`` with the two sources above and ``notes``
    (prose notes [^a] to [^g], called after its first note); in English, Ibid. inside a
    sentence is set as ``ibid.``, as a French article's is by default."""
    folder = tmp_path / "fleuves"
    written = new_article(folder, "--title", "Fleuves", "--author", "Ana Exemplar", "--language", language)
    assert written.returncode == 0, written.stderr
    if language == "en":  # the journal's English keeps "Ibid." everywhere; an article may not
        config = folder / "mkdocs.yml"
        text = config.read_text(encoding="utf-8")
        own_words = "    note_words:\n      ibid_in_sentence: ibid.\n    pdf_file:"
        config.write_text(text.replace("    pdf_file:", own_words, 1), encoding="utf-8")
    if language == "de":  # the German words, where the new article lists English's to translate
        config = folder / "mkdocs.yml"
        text = config.read_text(encoding="utf-8")
        english = "      ibid: Ibid.\n      ibid_in_sentence: ''\n"
        assert english in text
        config.write_text(text.replace(english, "      ibid: Ebd.\n      ibid_in_sentence: ebd.\n"), encoding="utf-8")
    bib = folder / "bib" / "article.bib"
    # The example source's key is in the article's language (exemple2020 in French).
    notes = notes.replace("@example2020", "@" + re.search(r"^@\w+\{(\w+),", bib.read_text(encoding="utf-8"))[1])
    bib.write_text(bib.read_text(encoding="utf-8") + SOURCES_ENDING_WITH_A_STOP, encoding="utf-8")
    section = folder / "docs" / "introduction.md"
    calls = "Deux.[^a] Trois.[^b] Quatre.[^c] Cinq.[^d] Six.[@martin2018] Sept.[^e] Huit.[^f] Neuf.[^g]"
    section.write_text(section.read_text(encoding="utf-8") + f"\n{calls}\n\n{notes}", encoding="utf-8")
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output
    return notes_on(build.page("introduction/"))


@pytest.mark.parametrize(
    ("language", "ibid", "separator", "example"),
    [("fr", "*ibid.*", " ;", "*Un livre d’exemple*"), ("en", "ibid.", ";", "*An Example Book*")],
)
def test_a_prose_note_s_stop_after_a_citation_that_ends_with_one_is_not_doubled(
    tmp_path, language, ibid, separator, example
):
    # "Comme le montre [@k]." printed "*ibid.*." and "… Acme Inc..": Chicago sets one stop.
    notes = notes_of_a_new_article(
        tmp_path,
        language,
        "[^a]: Comme le montre [@example2020, p. 12].\n"
        "[^b]: Comme le montre [@example2020, p. 9].\n"
        "[^c]: Tout est dans [@durand2019].\n"
        "[^d]: Voir [@example2020]...\n"
        "[^e]: Voir encore [@durand2019; @martin2018].\n"
        "[^f]: Voir [@martin2018, p. 3]!\n"
        "[^g]: Voir [@martin2018, p. 4].\n",
    )
    assert notes[2] == f"Comme le montre {ibid}"
    assert notes[3] == f"Comme le montre {ibid}, p. 9."  # a stop after a page is the editor's own
    assert notes[4] == "Tout est dans P. Durand, *Les barrages*, Paris, Acme Inc."
    assert notes[5] == f"Voir Exemplar, {example}..."  # an ellipsis is not a stop
    assert notes[7] == f"Voir encore Durand, *Les barrages*{separator} Martin, *Fleuves, etc.*"
    assert notes[8] == "Voir Martin, *Fleuves, etc.*, p. 3!"
    assert notes[9] == f"Voir {ibid}, p. 4."


@pytest.mark.parametrize(
    ("language", "in_sentence", "opening"), [("fr", "*ibid.*", "*Ibid.*"), ("en", "ibid.", "Ibid.")]
)
def test_ibid_after_an_abbreviation_is_inside_its_sentence(tmp_path, language, in_sentence, opening):
    # "Cf. [@k]" in a prose note printed "Cf. Ibid.": the abbreviation's stop was read
    # as the end of a sentence. A sentence's own stop still opens the next one.
    notes = notes_of_a_new_article(
        tmp_path,
        language,
        "[^a]: Cf. [@example2020, p. 9] pour la suite.\n"
        "[^b]: Voir aussi, e.g. [@example2020, p. 10], et la suite.\n"
        "[^c]: Voir p. [@example2020, p. 10] et la suite.\n"
        "[^d]: Voir [@durand2019].\n"
        "[^e]: Le texte est long (cf. [@martin2018], et la suite).\n"
        "[^f]: Il le dit ici. [@martin2018] le dit.\n"
        "[^g]: Il le dit à J. [@martin2018] le dit.\n",
    )
    assert notes[2] == f"Cf. {in_sentence}, p. 9 pour la suite."
    assert notes[3] == f"Voir aussi, e.g. {in_sentence}, p. 10, et la suite."
    assert notes[4] == f"Voir p. {in_sentence} et la suite."
    assert notes[7] == f"Le texte est long (cf. {in_sentence}, et la suite)."
    assert notes[8] == f"Il le dit ici. {opening} le dit."
    assert notes[9] == f"Il le dit à J. {opening} le dit."


def test_ibid_after_a_word_cut_short_in_the_article_s_language_is_inside_its_sentence(tmp_path):
    # "Vgl. [@k]" in a German prose note printed "Vgl. Ebd.": only Latin's abbreviations
    # and single letters were known, so "vgl." (vergleiche) was read as a sentence's end.
    notes = notes_of_a_new_article(
        tmp_path,
        "de",
        "[^a]: Vgl. [@example2020, p. 9].\n"
        "[^b]: Dazu vgl. [@example2020, p. 10] und weiter.\n"
        "[^c]: So auch bzw. [@example2020, p. 11].\n"
        "[^d]: Er sagt es. Vgl. [@example2020, p. 12].\n"
        "[^e]: Er sagt es hier. [@martin2018, p. 3] sagt es auch.\n"
        "[^f]: Er sagt es mit J. [@martin2018, p. 4] zusammen.\n"
        "[^g]: Wie der Text der USA. [@martin2018, p. 5] sagt es, wie [@durand2019].\n",
    )
    assert notes[2] == "Vgl. ebd., p. 9."
    assert notes[3] == "Dazu vgl. ebd., p. 10 und weiter."
    assert notes[4] == "So auch bzw. ebd., p. 11."
    assert notes[5] == "Er sagt es. Vgl. ebd., p. 12."
    # A sentence's last word, a name's initial or a capitals' abbreviation, still ends it.
    assert notes[7] == "Er sagt es hier. Ebd., p. 3 sagt es auch."
    assert notes[8] == "Er sagt es mit J. Ebd., p. 4 zusammen."
    assert notes[9] == "Wie der Text der USA. Ebd., p. 5 sagt es, wie P. Durand, *Les barrages*, Paris, Acme Inc."


def test_a_date_s_month_and_day_are_never_parted_at_a_line_s_end(tmp_path):
    # English writes "May 20, 2021", and the notes keep the journal's text exactly (no
    # no-break space): a line of the PDF ended with "May" and the next began with "20".
    folder = tmp_path / "dated"
    written = new_article(folder, "--title", "Dated", "--author", "Ana Exemplar")
    assert written.returncode == 0, written.stderr
    keys = [f"report{count}" for count in range(40)]
    bib = folder / "bib" / "article.bib"
    # Titles of every length, so that some note's line would end after the month.
    entries = "".join(
        f"@online{{{key},\n  author = {{Agency, Press}},\n  title = {{Report {'on rivers ' * count}now}},\n"
        f"  date = {{2021-05-20}},\n}}\n"
        for count, key in enumerate(keys)
    )
    bib.write_text(bib.read_text(encoding="utf-8") + entries, encoding="utf-8")
    section = folder / "docs" / "introduction.md"
    calls = " ".join(f"Claim.[@{key}]" for key in keys)
    section.write_text(section.read_text(encoding="utf-8") + f"\n{calls}\n", encoding="utf-8")
    build = run_build(folder, folder / "site", pdf=True)
    assert build.returncode == 0, build.output
    notes = notes_on(build.page("introduction/"))
    assert notes[2] == "P. Agency, “Report now,” May 20, 2021."  # the text as the house style sets it
    assert [span.get_text() for span in build.page("introduction/").select(".explainer-unbroken")][:2] == [
        "May 20",
        "May 20",
    ]
    text = "\n".join(page.extract_text() for page in PdfReader(next(build.site.glob("*.pdf"))).pages)
    assert text.count("May") >= 2 * len(keys)  # every note and its bibliography entry
    assert not re.search(r"May\s*\n\s*20", text)


def test_a_space_typed_before_a_mark_in_a_french_source_s_title_never_breaks_a_line(tmp_path):
    # French sets a space before ":", ";", "?" and "!": typed in a BibTeX title, it was a
    # plain space, so a line of a note could start with the colon alone.
    folder = tmp_path / "fleuves"
    written = new_article(folder, "--title", "Fleuves", "--author", "Ana Exemplar", "--language", "fr")
    assert written.returncode == 0, written.stderr
    bib = folder / "bib" / "article.bib"
    source = (
        "@book{karimov2005,\n  author = {Karimov, Islam},\n"
        "  title = {L'Ouzbékistan : vers le siècle ; un essai ?},\n"
        "  location = {Tachkent},\n  publisher = {Ouzbékistan},\n  date = {2005},\n}\n"
    )
    bib.write_text(bib.read_text(encoding="utf-8") + source, encoding="utf-8")
    section = folder / "docs" / "introduction.md"
    calls = "Un livre.[@karimov2005] Le même.[@exemple2020] Encore.[@karimov2005]"
    section.write_text(section.read_text(encoding="utf-8") + f"\n{calls}\n", encoding="utf-8")
    build = run_build(folder, folder / "site", pdf=True)
    assert build.returncode == 0, build.output
    kept = "L'Ouzbékistan\u00a0: vers le siècle\u00a0; un essai\u00a0?"
    page = build.page("introduction/")
    assert kept in page.select(".explainer-notes li")[1].get_text()
    assert kept in page.select(".citation-ref--short")[-1]["title"]  # the short form's hover card
    assert kept in build.page("bibliography/").select_one(".explainer-bibliography").get_text()
    text = "\n".join(pdf_page.extract_text() for pdf_page in PdfReader(next(build.site.glob("*.pdf"))).pages)
    assert text.count(kept) == 3 and " :" not in text  # the two notes and the bibliography


def article_with_a_prose_note(tmp_path, call: str, text: str):
    """A new article whose introduction ends with a prose note, its call and its text as typed."""
    folder = tmp_path / "rivers"
    assert new_article(folder, "--title", "Rivers Between States", "--author", "Ana Exemplar").returncode == 0
    section = folder / "docs" / "introduction.md"
    with section.open("a", encoding="utf-8") as handle:
        handle.write(f"\nThe idea remains disputed.{call}\n\n{text} Critics point to other cases.\n")
    return folder, section


def test_a_note_s_text_written_without_its_colon_is_named_at_its_line(tmp_path):
    # "[^dispute] Critics…" is read as a second call: the editor was told only to write
    # the note's text, which was already there, two lines down, without its colon.
    folder, section = article_with_a_prose_note(tmp_path, "[^dispute]", "[^dispute]")
    lines = section.read_text(encoding="utf-8").splitlines()
    call = next(number for number, line in enumerate(lines, 1) if line.endswith("disputed.[^dispute]"))
    text = next(number for number, line in enumerate(lines, 1) if line.startswith("[^dispute] Critics"))
    build = run_build(folder, folder / "site")
    assert build.returncode != 0
    assert (
        f"docs/introduction.md:{call}: note [^dispute] is called but never defined\n"
        f"    docs/introduction.md:{text} starts with [^dispute] and no colon, so it is read as a second call:"
        " write [^dispute]: there, the colon after the label."
    ) in build.output, build.output
    assert "1 error in the sources" in build.output


@pytest.mark.parametrize(
    ("call", "text", "written"),
    [("[^ dispute]", "[^dispute]:", "[^ dispute]"), ("[^dispute]", "[^ dispute]:", "[^ dispute]")],
)
def test_a_note_label_with_a_space_after_its_caret_is_named_as_typed_once(tmp_path, call, text, written):
    # Named "[^dispute] holds a space; … [^dispute]", the fix the message gave was what the
    # editor had typed; and the other half of the note was named a second error.
    folder, section = article_with_a_prose_note(tmp_path, call, text)
    build = run_build(folder, folder / "site")
    assert build.returncode != 0
    line = next(n for n, typed in enumerate(section.read_text(encoding="utf-8").splitlines(), 1) if written in typed)
    assert (
        f"docs/introduction.md:{line}: note label {written} holds a space; a label is one word: [^dispute]"
    ) in build.output, build.output
    assert "1 error in the sources" in build.output, build.output


def test_an_editor_s_own_bibliography_glossary_and_timeline_pages_are_told_where_their_lists_go(tmp_path):
    # A bibliography page with words of its own above the list stopped the build with "no
    # <div …> on the page; the bibliography went at its end": not a word of what to do.
    folder = tmp_path / "rivers"
    assert new_article(folder, "--title", "Rivers Between States", "--author", "Ana Exemplar").returncode == 0
    bibliography, glossary = folder / "docs" / "bibliography.md", folder / "docs" / "glossary" / "index.md"
    timeline = folder / "docs" / "timeline.md"
    bibliography.write_text("# Bibliography\n\nThe sources, in full.\n", encoding="utf-8")
    glossary.write_text("# Glossary\n\nThe words, explained.\n", encoding="utf-8")
    timeline.write_text("# Timeline\n\nThe events, in order.\n", encoding="utf-8")
    build = run_build(folder, folder / "site")
    assert build.returncode != 0
    for path, name, what in (
        ("docs/bibliography.md", "bibliography", "the bibliography"),
        ("docs/glossary/index.md", "glossary-index", "the glossary's index"),
        ("docs/timeline.md", "timeline", "the timeline"),
    ):
        assert (
            f"{path}: no <div data-explainer-{name}></div> on the page, so {what} went at its end; write that"
            f" line, on its own between blank lines, where {what} goes (below your own words), or delete the"
            " page to have it written for you"
        ) in build.output, build.output
    # Done as it says, the words stand above the list.
    bibliography.write_text(bibliography.read_text(encoding="utf-8") + "\n<div data-explainer-bibliography></div>\n")
    glossary.write_text(glossary.read_text(encoding="utf-8") + "\n<div data-explainer-glossary-index></div>\n")
    timeline.write_text(timeline.read_text(encoding="utf-8") + "\n<div data-explainer-timeline></div>\n")
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output
    text = html_text(content(build.page("bibliography/")))
    assert -1 < text.find("The sources, in full.") < text.find("Exemplar, A., An Example Book")
    assert "The words, explained." in html_text(content(build.page("glossary/")))
    assert "The events, in order." in html_text(content(build.page("timeline/")))


def test_a_page_left_out_of_the_nav_is_named_with_the_nav_s_line_and_what_to_do(tmp_path):
    # MkDocs listed the page with no file, no line and no word of what to do.
    folder = tmp_path / "rivers"
    assert new_article(folder, "--title", "Rivers Between States", "--author", "Ana Exemplar").returncode == 0
    (folder / "docs" / "appendix.md").write_text("# Appendix\n\nMore.[@example2020, p. 70]\n", encoding="utf-8")
    build = run_build(folder, folder / "site")
    assert build.returncode != 0
    config = (folder / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    line = config.index("nav:") + 1
    assert (
        f'mkdocs.yml:{line}: The following pages exist in the docs directory, but are not included in the "nav"'
        " configuration:\n  - appendix.md\n    Add each page to `nav` in mkdocs.yml, where it belongs in the"
        " article's order:"
    ) in build.output, build.output


def test_an_access_date_not_written_as_a_date_is_named_at_its_line(tmp_path):
    # The CSL-JSON download dropped "11 Feb 2024" without a word: a reference manager got
    # no access date, and the editor believed it recorded.
    folder = tmp_path / "rivers"
    assert new_article(folder, "--title", "Rivers Between States", "--author", "Ana Exemplar").returncode == 0
    bib = folder / "bib" / "article.bib"
    bib.write_text(
        bib.read_text(encoding="utf-8")
        + "\n@online{unece2021,\n  author  = {{UNECE}},\n  title   = {The Water Convention},\n"
        "  date    = {2021},\n  url     = {https://unece.org/water},\n  urldate = {11 Feb 2024},\n}\n",
        encoding="utf-8",
    )
    section = folder / "docs" / "introduction.md"
    section.write_text(section.read_text(encoding="utf-8") + "\nA convention.[@unece2021]\n", encoding="utf-8")
    build = run_build(folder, folder / "site")
    assert build.returncode != 0
    line = bib.read_text(encoding="utf-8").splitlines().index("  urldate = {11 Feb 2024},") + 1
    assert (
        f"bib/article.bib:{line}: entry 'unece2021': urldate '11 Feb 2024' is not YYYY, YYYY-MM or YYYY-MM-DD,"
        " so the CSL-JSON download gives no access date; write 2024-02-11"
    ) in build.output, build.output


def test_a_key_cut_short_is_named_at_its_own_line_not_at_the_key_it_starts(tmp_path):
    # "@example202" was placed at the line of "[@example2020, p. 12]", which holds it as a
    # prefix: the editor was sent to a citation that is right.
    folder = tmp_path / "rivers"
    assert new_article(folder, "--title", "Rivers Between States", "--author", "Ana Exemplar").returncode == 0
    section = folder / "docs" / "introduction.md"
    section.write_text(section.read_text(encoding="utf-8") + "\nAgain.[@example202, p. 14]\n", encoding="utf-8")
    build = run_build(folder, folder / "site")
    assert build.returncode != 0
    line = section.read_text(encoding="utf-8").splitlines().index("Again.[@example202, p. 14]") + 1
    assert f"docs/introduction.md:{line}: unknown citation key 'example202'" in build.output, build.output


def test_without_its_bib_files_line_the_new_article_reads_the_bib_file_it_was_given(tmp_path):
    # The default was bib/references.bib, a file `make new-article` never writes: an editor
    # who deleted the line (it names the default, after all) got "not found".
    folder = tmp_path / "rivers"
    assert new_article(folder, "--title", "Rivers Between States", "--author", "Ana Exemplar").returncode == 0
    config = folder / "mkdocs.yml"
    written = "    bib_files:\n      - bib/article.bib\n"
    assert written in config.read_text(encoding="utf-8")
    edit(config, written, "")
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output
    note = notes_on(build.page("introduction/"))[1]
    assert note == "A. Exemplar, *An Example Book*, London, Example Press, 2020, p. 12."


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_new_article_s_example_alias_is_another_name_not_the_term_s_plural(tmp_path, language):
    # `aliases: [example terms]` showed a new team the one alias the guide says not to write:
    # the glossary finds a term's plural by itself. Built strictly, a plural alias warns.
    folder = tmp_path / "rivers"
    assert new_article(folder, "--title", "Rivers", "--author", "Ana Exemplar", "--language", language).returncode == 0
    (entry,) = (folder / "docs" / "glossary").glob("*-*.md")
    front = entry.read_text(encoding="utf-8").split("---")[1]
    term = re.search(r"^term: (.+)$", front, re.M)[1]
    (alias,) = re.search(r"^aliases: \[(.+)\]$", front, re.M)[1].split(", ")
    assert alias.split()[0] != term.split()[0] + "s" and alias != term + "s"
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output


def test_an_alias_that_is_only_the_term_s_plural_is_a_warning_at_its_line(tmp_path):
    folder = tmp_path / "rivers"
    assert new_article(folder, "--title", "Rivers Between States", "--author", "Ana Exemplar").returncode == 0
    entry = folder / "docs" / "glossary" / "example-term.md"
    edit(entry, "aliases: [illustrative term]", "aliases:\n  - illustrative term\n  - Example Terms")
    build = run_build(folder, folder / "site", strict=False)
    assert build.returncode == 0, build.output
    line = line_number(entry, "  - Example Terms")
    assert (
        f"docs/glossary/example-term.md:{line}: the alias 'Example Terms' is the plural of the term 'example term',"
        " which the glossary finds by itself; delete it, and list as aliases only other names"
    ) in build.output, build.output
    assert "'illustrative term' is the plural" not in build.output


@pytest.mark.parametrize(
    ("title", "language", "key"),
    [
        ("The Lighthouse Keepers of the Northern Coasts", "en", "holt-the-lighthouse-keepers"),
        ("Les gardiens de phare des côtes de la Manche", "fr", "holt-les-gardiens-de-phare-des-cotes"),
    ],
)
def test_a_long_title_s_key_and_pdf_name_end_on_a_word_not_mid_phrase(tmp_path, title, language, key):
    # Cut at 40 characters, the key read "holt-the-lighthouse-keepers-of-the": the cite box
    # and the PDF's name broke off after "of the".
    folder = tmp_path / "lights"
    assert new_article(folder, "--title", title, "--author", "Mara Holt", "--language", language).returncode == 0
    config = (folder / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    assert f"      citation_key: {key}" in config
    assert f"    pdf_file: {key}.pdf" in config


def test_a_key_in_no_bib_file_is_named_with_the_file_to_add_it_to(tmp_path):
    # "Add an entry with this key to the bibliography" left a new team to find which file
    # that is: the message names the one mkdocs.yml lists.
    folder = tmp_path / "rivers"
    assert new_article(folder, "--title", "Rivers Between States", "--author", "Ana Exemplar").returncode == 0
    section = folder / "docs" / "introduction.md"
    section.write_text(section.read_text(encoding="utf-8") + "\nAgain.[@quillon1999lights]\n", encoding="utf-8")
    build = run_build(folder, folder / "site")
    assert build.returncode != 0
    line = section.read_text(encoding="utf-8").splitlines().index("Again.[@quillon1999lights]") + 1
    assert (
        f"docs/introduction.md:{line}: unknown citation key 'quillon1999lights'\n"
        "    Add an entry with this key to bib/article.bib, or fix the key."
    ) in build.output, build.output


def test_a_glossary_entry_the_article_never_uses_says_what_to_do(tmp_path):
    folder = tmp_path / "rivers"
    assert new_article(folder, "--title", "Rivers Between States", "--author", "Ana Exemplar").returncode == 0
    entry = folder / "docs" / "glossary" / "nowhere.md"
    entry.write_text(
        "---\nterm: Nowhere Land\ndefinition: A place the article never names.\ncategory: place\n---\n\nBody.\n",
        encoding="utf-8",
    )
    build = run_build(folder, folder / "site", strict=False)
    assert build.returncode == 0, build.output
    assert (
        "docs/glossary/nowhere.md: glossary entry 'nowhere' is not used on any article page; if the article"
        " writes the term otherwise, add that spelling to the entry's aliases, else delete the entry"
    ) in build.output, build.output


@pytest.mark.parametrize(
    ("typed", "instead"), [("ibid.", "[@example2020]"), ("op. cit., p. 14", "[@example2020, p. 14]")]
)
def test_ibid_typed_as_a_locator_is_a_warning_at_its_line(tmp_path, typed, instead):
    # "[@example2020, ibid.]" built without a word and printed "Exemplar, An Example Book, ibid."
    # where the notes write "Ibid." themselves.
    folder = tmp_path / "rivers"
    assert new_article(folder, "--title", "Rivers Between States", "--author", "Ana Exemplar").returncode == 0
    section = folder / "docs" / "introduction.md"
    section.write_text(section.read_text(encoding="utf-8") + f"\nAgain.[@example2020, {typed}]\n", encoding="utf-8")
    build = run_build(folder, folder / "site")
    assert build.returncode != 0
    line = section.read_text(encoding="utf-8").splitlines().index(f"Again.[@example2020, {typed}]") + 1
    assert (
        f"docs/introduction.md:{line}: the locator '{typed}' of @example2020 writes '{typed.split(',')[0]}', which"
        f" the note would print after the source; the notes write Ibid. or the short form themselves: write {instead}"
    ) in build.output, build.output


def test_a_timeline_whose_events_name_no_country_has_no_country_filter(built):
    # Its one choice, "All", filtered nothing: a reader saw a box of one button.
    folder, _ = built
    page = (folder / "site" / "timeline" / "index.html").read_text(encoding="utf-8")
    assert 'class="explainer-timeline__event"' in page
    assert "explainer-timeline-filter" not in page
    assert "<legend>Country</legend>" not in page


@pytest.mark.parametrize(
    ("removed", "page", "said"),
    [
        ("docs/timeline.yml", "timeline.md", "docs/timeline.yml does not exist, so there is no timeline page"),
        ("docs/glossary/example-term.md", "glossary/index.md", "docs/glossary/ holds no glossary entry"),
    ],
)
def test_a_new_article_without_a_timeline_or_a_glossary_is_told_once_what_to_do(tmp_path, removed, page, said):
    # A team whose article has no timeline deletes its file: MkDocs' warning followed the
    # hooks', at the nav's line, and said "Write the page's path inside the docs folder, or
    # create the page", where the page is the hooks' to write.
    folder = tmp_path / "lights"
    assert new_article(folder, "--title", "Lighthouses", "--author", "Maren Holt").returncode == 0
    (folder / removed).unlink()
    build = run_build(folder, folder / "site")
    assert build.returncode != 0
    line = next(number for number, text in enumerate((folder / "mkdocs.yml").read_text().splitlines(), 1)
                if text.endswith(f": {page}"))  # fmt: skip
    warnings = [text for text in build.output.splitlines() if text.startswith("WARNING")]
    assert len(warnings) == 1, build.output
    assert said in warnings[0] and warnings[0].endswith(f"out of the nav (mkdocs.yml:{line})")
    assert "create the page" not in build.output


def test_the_new_article_s_configuration_offers_its_description_address_affiliation_and_keywords(tmp_path):
    # The scaffold wrote none of them, and a new team found them only in the guide's table of
    # options: its site went out without a description, keywords or an affiliation in its
    # metadata, and its cite box without the site's address.
    folder = tmp_path / "lights"
    assert new_article(folder, "--title", "Lighthouses", "--author", "Maren Holt").returncode == 0
    config = folder / "mkdocs.yml"
    written = config.read_text(encoding="utf-8")
    offered = ("# site_description: ", "# site_url: ", "      # affiliation: ", "      # keywords: ")
    assert all(line in written for line in offered)
    for line in offered:  # as an editor takes the # off each, once it holds the article's own
        written = written.replace(line, line.replace("# ", "", 1))
    config.write_text(written, encoding="utf-8")
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output
    head = build.page("")
    meta = {tag.get("name") or tag.get("property"): tag["content"] for tag in head.select("meta[content]")}
    assert meta["citation_author_institution"] == "Department of Examples, University of Example"
    assert meta["citation_keywords"] == "first keyword; second keyword"
    assert meta["DC.description"] == "The article, with its notes, bibliography, glossary and timeline."
    assert meta["citation_pdf_url"] == "https://example.org/article/holt-lighthouses.pdf"
