"""The glossary in the built site: entries, term links in the article, index, search."""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin

import pytest
import yaml
from project import PROJECT, copy_project, edit, run_build
from test_site import READING_ORDER, content
from textforms import html_text

from explainer.smart_quotes import educate

GLOSSARY_DIR = PROJECT / "docs" / "glossary"
ENTRY_FILES = sorted(path for path in GLOSSARY_DIR.glob("*.md") if path.name != "index.md")
REQUIRED = [
    "tianxia", "three-evils", "qiaowu", "shanghai-cooperation-organization", "silk-road-economic-belt",
    "belt-and-road-initiative", "digital-silk-road", "safe-city", "color-revolutions", "tulip-revolution",
    "zhanaozen-events", "five-principles-of-peaceful-coexistence", "smokeless-war", "double-criminality",
    "non-interference", "osce-odihr-election-observation", "declaration-of-principles",
    "market-authoritarianism", "neo-patrimonialism", "sinophobia", "one-china-principle", "refoulement",
    "kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan",
]  # fmt: skip


def front_matter(path):
    _, meta, body = path.read_text(encoding="utf-8").split("---", 2)
    return yaml.safe_load(meta), body


def test_at_least_24_entries_including_the_required_ones():
    slugs = [path.stem for path in ENTRY_FILES]
    assert len(slugs) >= 24
    assert set(REQUIRED) <= set(slugs)


@pytest.mark.parametrize("path", ENTRY_FILES, ids=lambda path: path.stem)
def test_entry_has_its_data_and_a_body_of_80_to_300_words(path):
    meta, body = front_matter(path)
    assert meta["term"] and meta["definition"]
    assert len(meta["definition"].split()) <= 45
    assert meta["category"] in ("concept", "organisation", "policy or programme", "event", "place", "law or norm")
    prose = re.sub(r"^#.*$", "", body, flags=re.MULTILINE)
    prose = re.sub(r"\[@[^\]]*\]", "", prose)
    assert 80 <= len(prose.split()) <= 300
    assert [line for line in body.splitlines() if line.startswith("#")] == [
        "## What it is",
        "## In the article",
        "## Read more",
    ]


def test_first_use_on_each_article_page_is_linked_with_its_definition(site):
    linked_somewhere = set()
    for url in READING_ORDER[1:]:
        article = content(site.page(url))
        slugs = [link["data-glossary"] for link in article.select("a.glossary-term")]
        assert len(slugs) == len(set(slugs)), f"{url}: an entry linked twice"
        for link in article.select("a.glossary-term"):
            meta, _ = front_matter(GLOSSARY_DIR / f"{link['data-glossary']}.md")
            # Emphasis dropped, quotation marks set as print sets them.
            assert link["title"] == educate(" ".join(meta["definition"].split()).replace("*", ""))
            assert link["href"].endswith(f"glossary/{link['data-glossary']}/")
            assert link.find_parent(["h1", "h2", "h3", "code", "pre", "sup"]) is None
            assert link.find_parent(class_="citation") is None
            assert link.find_parent("a") is None
        linked_somewhere.update(slugs)
    assert set(REQUIRED) <= linked_somewhere


def test_a_term_in_a_note_s_own_words_is_linked_and_listed_where_it_appears(site):
    # Note 3 is the author's prose; the Belt and Road Initiative is named nowhere else on the page.
    note = content(site.page("introduction/")).select_one("#note-3")
    (link,) = note.select("a.glossary-term")
    assert (link.text, link["data-glossary"]) == ("Belt and Road Initiative", "belt-and-road-initiative")
    uses = content(site.page("glossary/belt-and-road-initiative/")).select(".explainer-glossary-uses > li")
    # Named by its page and its note: the sentence quoted is the note's, not the text's.
    (in_introduction,) = [use for use in uses if html_text(use.a).startswith("Introduction")]
    assert in_introduction.a.get_text() == "Introduction: note\u00a03"
    assert in_introduction.a["href"] == f"../../introduction/#{note.p['id']}"
    assert html_text(in_introduction.blockquote).startswith("The Silk Road Economic Belt or SREB consists")


def test_terms_are_matched_across_diacritics_and_longest_first(site):
    part_2 = content(site.page("part-2/"))
    links = {link["data-glossary"]: link.text for link in part_2.select("a.glossary-term")}
    assert links["qiaowu"] == "Extra-Territorial Policies of the Overseas Chinese"
    introduction = content(site.page("introduction/"))
    links = {link["data-glossary"]: link.text for link in introduction.select("a.glossary-term")}
    assert links["silk-road-economic-belt"] == "Silk Road Economic Belt"


def test_a_definitions_emphasis_is_dropped_in_the_hover_and_kept_in_the_index(site):
    links = content(site.page("part-2/")).select('a.glossary-term[data-glossary="qiaowu"]')
    (hover,) = {link["title"] for link in links}
    assert hover.startswith("The Chinese name (also huáqiáo shìwù) of") and "*" not in hover
    index = content(site.page("glossary/"))
    (definition,) = [dd for dd in index.select("dd") if "Extra-Territorial Policies of the Overseas Chinese" in dd.text]
    assert html_text(definition.em) == "huáqiáo shìwù"


def test_entry_page_shows_definition_uses_and_related(site):
    page = site.page("glossary/qiaowu/")
    article = content(page)
    assert html_text(article.select_one("h1")).startswith("qiáowù")  # as the article writes it
    definition = article.select_one(".explainer-glossary-definition")
    assert "Overseas Chinese" in html_text(definition)
    # Emphasis in the YAML definition: italics on the page, plain text in the hover and the index.
    assert html_text(definition.em) == "huáqiáo shìwù" and "*" not in html_text(definition)
    uses = article.select(".explainer-glossary-uses > li")
    assert [html_text(use.a) for use in uses] == ["2 Chinese Efforts in Practice in Central Asia"]
    assert "qiáowù" in html_text(uses[0].select_one(".explainer-glossary-uses__sentence"))
    assert article.select(".explainer-glossary-related a")


@pytest.mark.parametrize("slug", REQUIRED)
def test_where_it_appears_links_land_on_the_paragraph(site, slug):
    page = site.page(f"glossary/{slug}/")
    uses = content(page).select(".explainer-glossary-uses > li")
    assert uses, slug
    for use in uses:
        target = urljoin(f"https://x.org/glossary/{slug}/", use.a["href"]).removeprefix("https://x.org/")
        path, _, fragment = target.partition("#")
        paragraph = site.page(path).find(id=fragment)
        assert paragraph is not None, target
        for call in paragraph.select("sup.note-call"):
            call.decompose()
        sentence = html_text(use.select_one(".explainer-glossary-uses__sentence"), emphasis=True)
        # Whole, as the author wrote it: not cut before a quotation mark closed after its
        # full stop, and with its italics (*qiáowù*, *Tianxia*).
        assert re.search(rf"(?:^|\s){re.escape(sentence)}(?:\s|$)", html_text(paragraph, emphasis=True)), sentence


def test_index_lists_every_entry_a_to_z_with_category_filter(site):
    article = content(site.page("glossary/"))
    terms = [html_text(dt.a) for dt in article.select(".explainer-glossary-index dt")]
    assert len(terms) == len(ENTRY_FILES)
    letters = [html_text(heading) for heading in article.select("h2.explainer-glossary-letter")]
    assert letters == sorted(letters)
    assert article.select_one('.explainer-glossary-filter input[value="event"]')
    labels = [label.get_text(" ", strip=True) for label in article.select(".explainer-glossary-filter label")]
    # Each a capital, the renamed ones in the article's spelling too.
    assert labels[0] == "All" and "Organization" in labels and "Policy or program" in labels
    assert all(label[:1].isupper() for label in labels), labels
    for entry in article.select(".explainer-glossary-index__entry"):
        assert entry["data-category"] and html_text(entry.dd)


def test_glossary_notes_are_numbered_on_their_own(site):
    page = site.page("glossary/qiaowu/")
    numbers = [int(item["value"]) for item in content(page).select(".explainer-notes li")]
    assert numbers[0] == 1


def test_entries_in_a_folder_of_another_name_still_number_their_notes_on_their_own(tmp_path):
    """`separate_notes` names the folder `glossary/` by default: an editor who moved the
    entries (`glossary_dir: terms`) got them numbered after the article's notes (61, 62…),
    each with a cite box citing it as a section of the article."""
    project = copy_project(tmp_path / "project")
    (project / "docs" / "glossary").rename(project / "docs" / "terms")
    edit(project / "mkdocs.yml", "  - Glossary: glossary/index.md", "  - Glossary: terms/index.md")
    edit(project / "mkdocs.yml", "  explainer:\n", "  explainer:\n    glossary_dir: terms\n")
    build = run_build(project, tmp_path / "site")
    assert build.returncode == 0, build.output
    page = build.page("terms/qiaowu/")
    assert content(page).select_one(".explainer-notes li")["value"] == "1"
    assert page.select_one(".explainer-cite") is None
    assert build.page("part-2/").select_one(".explainer-cite") is not None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("qiaowu", {"glossary/qiaowu/", "part-2/"}),
        ("tianxia", {"glossary/tianxia/", "part-1/new-paradigm/"}),
        ("zhanaozen", {"glossary/zhanaozen-events/", "part-1/opposition-and-separatism/"}),
        ("evils", {"glossary/three-evils/", "part-1/opposition-and-separatism/"}),
    ],
)
def test_search_index_finds_folded_spellings(site, query, expected):
    index = json.loads((site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages = {doc["location"].split("#")[0] for doc in index["docs"] if re.search(rf"\b{query}\b", doc["text"], re.I)}
    assert expected <= pages


#: The SCO's names, as its entry lists them.
SCO_NAMES = re.compile(r"\b(?:SCO|Shanghai Cooperation Organi[sz]ation)\b")


def test_every_passage_of_a_section_that_uses_an_entry_is_reached_from_where_it_appears(site):
    # "1.3 … (2 uses)" quoted the sentence of the first and linked nowhere else: the reader
    # could not reach the second, three paragraphs on. Each paragraph or note that names the
    # entry is linked, the first from the section's title, the others by "Also in ¶ 4".
    uses = content(site.page("glossary/shanghai-cooperation-organization/")).select(".explainer-glossary-uses > li")
    assert len(uses) == 5
    reached_beyond_the_quote = 0
    for use in uses:
        links = [use.a, *use.select(".explainer-glossary-uses__also a")]
        targets = [
            urljoin("https://x.org/glossary/sco/", link["href"]).removeprefix("https://x.org/") for link in links
        ]
        (path,) = {target.partition("#")[0] for target in targets}
        section = content(site.page(path))
        for removed in section.select(".citation, sup.note-call, .explainer-summary, a.headerlink"):
            removed.decompose()
        naming = [block for block in section.select("p") if SCO_NAMES.search(block.get_text())]
        assert [target.partition("#")[2] for target in targets] == [block.get("id") for block in naming], path
        for link, block in zip(links[1:], naming[1:], strict=True):
            # Named as a summary's point names a paragraph, and for a screen reader with its section.
            assert link.get_text() == f"¶\u00a0{block['id'].removeprefix('p')}"
            assert link["aria-label"] == f"{html_text(use.a)}, paragraph {block['id'].removeprefix('p')}"
            reached_beyond_the_quote += 1
    assert reached_beyond_the_quote >= 3


def test_a_sections_count_of_uses_says_in_how_many_of_the_passages_shown_they_are(site):
    # "2 Chinese Efforts … (6 uses)" stood above one quoted sentence and a single "Also in ¶ 3":
    # the reader looked for four more links. The count names the passages, which they can count.
    checked = 0
    for path in sorted((site.site / "glossary").glob("*/index.html")):
        for use in content(site.page(path.relative_to(site.site).as_posix())).select(".explainer-glossary-uses > li"):
            count = use.select_one(".explainer-glossary-uses__count")
            if count is None:
                continue
            said = re.fullmatch(
                r"\((\d+) uses in (\d+ passages|this passage|the passage), \d+ in this sentence\)", html_text(count)
            )
            said = said or re.fullmatch(r"\((\d+) uses in (\d+ passages|this passage)\)", html_text(count))
            uses, passages = said.groups()
            passages = "this passage" if passages == "the passage" else passages
            shown = 1 + len(use.select(".explainer-glossary-uses__also a"))
            assert passages == (f"{shown} passages" if shown > 1 else "this passage"), html_text(use)
            assert int(uses) >= shown
            checked += 1
    assert checked >= 20
    uses = content(site.page("glossary/shanghai-cooperation-organization/")).select(".explainer-glossary-uses > li")
    (efforts,) = [use for use in uses if html_text(use.a).startswith("2 Chinese Efforts")]
    assert html_text(efforts.select_one(".explainer-glossary-uses__count")) == "(6 uses in 2 passages)"
    assert [link.get_text() for link in efforts.select(".explainer-glossary-uses__also a")] == ["¶\u00a03"]


def test_each_other_passage_of_a_section_says_how_many_uses_it_holds(site):
    # "2 Chinese Efforts … (6 uses in 2 passages)" above a quoted sentence and "Also in ¶ 3":
    # the reader could not tell whether ¶ 3 held one use or five. A passage that holds more
    # than one says so after its link, "¶ 3 (3 uses)"; the quoted passage holds the rest.
    counted = 0
    for path in sorted((site.site / "glossary").glob("*/index.html")):
        for use in content(site.page(path.relative_to(site.site).as_posix())).select(".explainer-glossary-uses > li"):
            if not (links := use.select(".explainer-glossary-uses__also a")):
                continue
            total = int(re.match(r"\((\d+) uses", html_text(use.select_one(".explainer-glossary-uses__count")))[1])
            shown = []
            for link in links:
                count = link.find_next_sibling()
                if count is not None and "explainer-glossary-uses__passage-count" in count.get("class", ()):
                    shown.append(int(re.fullmatch(r"\((\d+) uses\)", html_text(count))[1]))
                else:
                    shown.append(1)
            assert all(count > 1 for count in shown if count != 1)
            assert sum(shown) < total, html_text(use)  # the quoted passage holds one at least
            counted += sum(count > 1 for count in shown)
    assert counted >= 10
    uses = content(site.page("glossary/shanghai-cooperation-organization/")).select(".explainer-glossary-uses > li")
    (efforts,) = [use for use in uses if html_text(use.a).startswith("2 Chinese Efforts")]
    assert html_text(efforts.select_one(".explainer-glossary-uses__also")) == "Also in ¶ 3 (3 uses)"
    # The paragraph the link leads to holds the three.
    (also,) = efforts.select(".explainer-glossary-uses__also a")
    path, _, block_id = (
        urljoin("https://x.org/glossary/sco/", also["href"]).removeprefix("https://x.org/").partition("#")
    )
    paragraph = content(site.page(path)).select_one(f"#{block_id}")
    for removed in paragraph.select(".citation, sup.note-call"):
        removed.decompose()
    assert len(SCO_NAMES.findall(paragraph.get_text())) == 3


def test_a_count_of_uses_in_one_passage_says_how_many_the_quoted_sentence_marks(site):
    # "1.1 … (3 uses in this passage)" stood above a quoted sentence that marks two: the third
    # is in another sentence of the same paragraph, which the section's title links to.
    said_so = 0
    for path in sorted((site.site / "glossary").glob("*/index.html")):
        for use in content(site.page(path.relative_to(site.site).as_posix())).select(".explainer-glossary-uses > li"):
            count = use.select_one(".explainer-glossary-uses__count")
            if count is None or use.select(".explainer-glossary-uses__also a"):
                continue
            marked = len(use.select(".explainer-glossary-uses__sentence mark"))
            if found := re.fullmatch(r"\((\d+) uses in the passage, (\d+) in this sentence\)", html_text(count)):
                assert int(found[2]) == marked < int(found[1]), html_text(use)
                said_so += 1
            else:
                assert html_text(count) == f"({marked} uses in this passage)", html_text(use)
    assert said_so >= 1
    uses = content(site.page("glossary/shanghai-cooperation-organization/")).select(".explainer-glossary-uses > li")
    (approach,) = [use for use in uses if html_text(use.a).startswith("1.1 The Chinese Approach")]
    assert (
        html_text(approach.select_one(".explainer-glossary-uses__count"))
        == "(3 uses in the passage, 2 in this sentence)"
    )
    # The passage the title links to holds the three.
    path, _, block_id = (
        urljoin("https://x.org/glossary/sco/", approach.a["href"]).removeprefix("https://x.org/").partition("#")
    )
    paragraph = content(site.page(path)).select_one(f"#{block_id}")
    for removed in paragraph.select(".citation, sup.note-call"):
        removed.decompose()
    assert len(SCO_NAMES.findall(paragraph.get_text())) == 3


def test_a_use_in_a_note_after_the_first_is_reached_by_its_note(site):
    # The Silk Road Economic Belt is named in the introduction's text, then in its note 3.
    uses = content(site.page("glossary/silk-road-economic-belt/")).select(".explainer-glossary-uses > li")
    (introduction,) = [use for use in uses if html_text(use.a).startswith("Introduction")]
    (also,) = introduction.select(".explainer-glossary-uses__also a")
    assert (also.get_text(), also["aria-label"]) == ("note\u00a03", "Introduction, note 3")
    note = content(site.page("introduction/")).select_one("#note-3")
    assert also["href"] == f"../../introduction/#{note.p['id']}"


def test_a_quoted_sentence_marks_the_uses_counted_not_the_words_of_a_not_in_name(project_copy):
    # "In 2021, lawyers from Uyghur groups ... extradite Uyghurs to China ... rendition of Uyghurs
    # from Turkey": two uses, the plural; "Uyghur groups" is listed as no use.
    (project_copy / "docs" / "glossary" / "uyghur.md").write_text(
        "---\nterm: Uyghur\ndefinition: A people.\ncategory: concept\nnot_in:\n  - Uyghur groups\n---\n\nBody.\n",
        encoding="utf-8",
    )
    result = run_build(project_copy, project_copy / "site")
    assert result.returncode == 0, result.output
    uses = result.page("glossary/uyghur/").select("li")
    (extradition,) = [use for use in uses if "lawyers from Uyghur groups" in use.get_text()]
    assert "(2 uses in this passage)" in extradition.get_text()
    sentence = extradition.select_one("blockquote") or extradition
    marked = [(mark.get_text(), mark.next_sibling.strip().split()[0]) for mark in sentence.select("mark")]
    assert marked == [("Uyghurs", "to"), ("Uyghurs", "from")]


def test_an_introduction_an_editor_writes_on_the_timeline_s_page_links_terms_and_has_no_cite_box(project_copy):
    # Two rules on purpose: the glossary links terms on the timeline's page, the cite box
    # shows on the article's sections only.
    (project_copy / "docs" / "timeline.md").write_text(
        "# Timeline\n\nEvents in Kazakhstan and elsewhere.\n\n<div data-explainer-timeline></div>\n", encoding="utf-8"
    )
    result = run_build(project_copy, project_copy / "site")
    assert result.returncode == 0, result.output
    timeline = result.page("timeline/")
    (introduction,) = [paragraph for paragraph in timeline.select("article p") if "Events in" in paragraph.get_text()]
    assert introduction.select_one("a.glossary-term")["href"] == "../glossary/kazakhstan/"
    assert timeline.select_one(".explainer-cite") is None
    assert result.page("conclusion/").select_one(".explainer-cite") is not None


def test_unused_entry_is_a_warning_and_shared_alias_an_error(project_copy):
    entry = project_copy / "docs" / "glossary" / "nowhere.md"
    entry.write_text(
        "---\nterm: Nowhere Land\ndefinition: A place the article never names.\ncategory: place\n---\n\nBody.\n",
        encoding="utf-8",
    )
    result = run_build(project_copy, project_copy / "site", strict=False)
    assert result.returncode == 0, result.output
    assert "docs/glossary/nowhere.md: glossary entry 'nowhere' is not used on any article page" in result.output

    entry.write_text(
        "---\nterm: Nowhere Land\naliases: [SCO]\ndefinition: A place.\ncategory: place\n---\n\nBody.\n",
        encoding="utf-8",
    )
    result = run_build(project_copy, project_copy / "site")
    assert result.returncode != 0
    assert "the name 'sco' belongs to two entries" in result.output
    assert "docs/glossary/nowhere.md" in result.output
    assert "docs/glossary/shanghai-cooperation-organization.md" in result.output
    assert "Traceback" not in result.output


def test_a_name_two_entries_share_is_named_at_the_alias_s_own_line_in_both(project_copy):
    # A long list of aliases: the line of `aliases:` would leave the editor to look for it.
    entry = project_copy / "docs" / "glossary" / "nowhere.md"
    entry.write_text(
        "---\nterm: Nowhere Land\naliases:\n  - Nowhere\n  - Shanghai Cooperation Organisation\n"
        "definition: A place.\ncategory: place\n---\n\nBody.\n",
        encoding="utf-8",
    )
    result = run_build(project_copy, project_copy / "site")
    assert result.returncode != 0
    sco = (project_copy / "docs" / "glossary" / "shanghai-cooperation-organization.md").read_text(encoding="utf-8")
    other_line = sco.split("\n").index("  - Shanghai Cooperation Organisation") + 1
    here, there = "docs/glossary/nowhere.md:5", f"docs/glossary/shanghai-cooperation-organization.md:{other_line}"
    shared = "the name 'shanghai cooperation organisation' belongs to two entries: this one and"
    assert f"{here}: {shared} {there}" in result.output or f"{there}: {shared} {here}" in result.output


def test_an_entry_shows_the_way_back_to_the_glossary(site):
    # An entry is not in the navigation: a link above its title leads to the index, and the
    # navigation marks the glossary as the reader's place while the entry is shown.
    page = site.page("glossary/tianxia/")
    back = content(page).select_one("nav.explainer-glossary-back a")
    assert back["href"] == "../" and html_text(back) == "Glossary"
    assert content(page).select_one("nav.explainer-glossary-back + h1") is not None
    marked = page.select(".md-nav--primary .md-nav__item--active > a.md-nav__link")
    assert [html_text(link) for link in marked] == ["Glossary"]
    # Only there: the next page rendered does not inherit the mark.
    for url in ("bibliography/", "introduction/", "timeline/"):
        marked = site.page(url).select(".md-nav--primary .md-nav__item--active > a.md-nav__link")
        assert "Glossary" not in [html_text(link) for link in marked], url


def test_china_inside_the_name_of_a_chinese_body_is_neither_linked_nor_counted(site):
    # "China" in "Communist Youth League of China" names a body, not the country: the
    # entry lists such names under `not_in`, and the page links the country's first use.
    western_values = content(site.page("part-1/western-values/"))
    link = western_values.select_one('a.glossary-term[data-glossary="china"]')
    assert str(link.previous_sibling).endswith("the United States will do its best to contain ")
    uses = {
        html_text(item.a): item
        for item in content(site.page("glossary/china/")).select(".explainer-glossary-uses > li")
    }
    section_1_1 = uses["1.1 The Chinese Approach to Western Values in Asia and Beyond"]
    # Five times "China" on the page, two of them in names (the league, the institute).
    assert html_text(section_1_1.select_one(".explainer-glossary-uses__count")) == "(3 uses in 3 passages)"
    assert "Youth League" not in html_text(section_1_1.blockquote)
    # 1.3 names the country once, and "the China's Institute for Social Development of Eurasia".
    assert (
        uses["1.3 Conflating Opposition with Separatism or Terrorism"].select_one(".explainer-glossary-uses__count")
        is None
    )
    surveillance = uses["2.1 Selling Surveillance Technologies"]  # and China National Electronics…
    assert html_text(surveillance.select_one(".explainer-glossary-uses__count")) == "(5 uses in 3 passages)"


def test_a_not_in_name_that_does_not_hold_the_term_stops_the_build_at_its_line(project_copy):
    entry = project_copy / "docs" / "glossary" / "china.md"
    text = entry.read_text(encoding="utf-8")
    slip = text.replace("  - China Institute of International Studies\n", "  - Institute of International Studies\n")
    entry.write_text(slip, encoding="utf-8")
    result = run_build(project_copy, project_copy / "site")
    assert result.returncode != 0
    line = slip.splitlines().index("  - Institute of International Studies") + 1
    assert (
        f"docs/glossary/china.md:{line}: `not_in`: 'Institute of International Studies'"
        " does not hold the entry's term or an alias"
    ) in result.output
    assert "Traceback" not in result.output

    entry.write_text(text.replace("  - China Institute of International Studies\n", "  - china\n"), encoding="utf-8")
    result = run_build(project_copy, project_copy / "site")
    assert result.returncode != 0
    assert f"docs/glossary/china.md:{line}: `not_in`: 'china' is the entry's own name" in result.output


def test_each_entrys_category_in_the_a_to_z_list_is_written_as_its_filter_button(site):
    # mkdocs.yml renames two categories ("Organization") and leaves the others to the engine,
    # which capitalized them on the buttons only: the list read "China place" under
    # "Belt and Road Initiative Policy or program".
    index = content(site.page("glossary/"))
    buttons = {label.input["value"]: html_text(label) for label in index.select("form.explainer-glossary-filter label")}
    for entry in index.select(".explainer-glossary-index__entry"):
        label = html_text(entry.select_one(".explainer-glossary-index__category"))
        assert label == buttons[entry["data-category"]], html_text(entry.dt)


def test_an_entrys_quote_reads_the_raw_html_of_its_paragraph_as_text(project_copy):
    # Raw HTML in a paragraph is held out of the page's text by Python-Markdown until the
    # page is written: the entry's quote gives what a reader reads there, tags left out.
    page = project_copy / "docs" / "conclusion.md"
    page.write_text(
        page.read_text(encoding="utf-8")
        + '\nAn aside. The <span class="x">old</span> idea of Tianxia, <abbr title="for example">e.g.</abbr>'
        " in <kbd>print</kbd>, AT&amp;T aside. The end.\n",
        encoding="utf-8",
    )
    result = run_build(project_copy, project_copy / "site")
    assert result.returncode == 0, result.output
    uses = {
        html_text(item.a): item
        for item in content(result.page("glossary/tianxia/")).select(".explainer-glossary-uses > li")
    }
    conclusion = uses["Conclusion"]
    sentence = html_text(conclusion.select_one(".explainer-glossary-uses__sentence"))
    assert sentence == "The old idea of Tianxia, e.g. in print, AT&T aside."
    assert conclusion.select_one(".explainer-glossary-uses__count") is None  # one use
    assert "wzxhzdk" not in result.page("glossary/tianxia/").decode()
