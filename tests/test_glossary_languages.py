"""A glossary term in another language than the article's (`lang` in its front matter, and
an alias's own): marked where the term is shown as a term, on the site and in the PDF."""

from __future__ import annotations

import re

import pytest
from project import edit, line_number, run_build
from pypdf import PdfReader
from test_new_article import new_article
from test_site import content

ENTRY = """---
term: tianxiaweigong
lang: zh-Latn
aliases:
  - {text: 天下为公, lang: zh-Hans}
  - the world shared by all
definition: A phrase of Chinese political thought, in the words of the article.
category: concept
---

## What it is

The entry's text.
"""
#: Pages that each use the entry once, by a name of its own language or of the article's.
PAGES = {
    "pinyin.md": "# Pinyin\n\nThe writers called it tianxiaweigong in their letters.\n",
    "hanzi.md": "# Hanzi\n\nThe writers called it 天下为公 in their letters.\n",
    "english.md": "# English\n\nThe writers called it the world shared by all in their letters.\n",
}
#: Before the term, a run of short words, one more on each page: on one page or another
#: the term falls at a line's end in the PDF, where English patterns would break it
#: (``tianx-i-aweigong``).
SHIFTS = range(8, 26)


def write_site(folder, pages: dict[str, str]):
    written = new_article(folder, "--title", "Shared Words", "--author", "Ana Exemplar")
    assert written.returncode == 0, written.stderr
    (folder / "docs" / "glossary" / "tianxiaweigong.md").write_text(ENTRY, encoding="utf-8")
    edit(
        folder / "docs" / "glossary" / "example-term.md",
        "category: concept\n",
        "category: concept\nrelated: [tianxiaweigong]\n",
    )
    for name, text in pages.items():
        (folder / "docs" / name).write_text(text, encoding="utf-8")
    nav = "".join(f"  - {name}\n" for name in pages)
    edit(folder / "mkdocs.yml", "  - Introduction: introduction.md\n", f"  - Introduction: introduction.md\n{nav}")
    return folder


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = write_site(tmp_path_factory.mktemp("languages") / "shared", PAGES)
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output
    return build


def linked(page, slug: str = "tianxiaweigong"):
    link = content(page).select_one(f'a.glossary-term[data-glossary="{slug}"]')
    assert link is not None
    return link


@pytest.mark.parametrize(
    ("url", "words", "lang"), [("pinyin/", "tianxiaweigong", "zh-Latn"), ("hanzi/", "天下为公", "zh-Hans")]
)
def test_a_linked_term_is_marked_with_the_language_of_the_name_it_writes(site, url, words, lang):
    link = linked(site.page(url))
    marked = link.select_one("span[lang]")
    assert marked is not None and marked["lang"] == lang and marked.get_text() == words
    # The link's title, the definition its card shows, is in the page's language: not the link.
    assert not link.has_attr("lang") and link["title"].startswith("A phrase of Chinese")


def test_an_alias_given_without_a_language_is_the_article_s(site):
    link = linked(site.page("english/"))
    assert link.get_text() == "the world shared by all" and link.select_one("[lang]") is None


def test_the_entry_s_title_the_index_and_the_related_list_mark_the_term(site):
    entry = site.page("glossary/tianxiaweigong/")
    title = content(entry).select_one("h1")
    assert title.select_one("span[lang]")["lang"] == "zh-Latn" and not title.has_attr("lang")
    assert entry.title.get_text().startswith("tianxiaweigong - ")  # the tab's title, as before
    index = content(site.page("glossary/")).select_one('dt a[href="tianxiaweigong/"]')
    assert index.select_one("span[lang]")["lang"] == "zh-Latn"
    related = content(site.page("glossary/example-term/")).select_one(
        '.explainer-glossary-related a[href="../tianxiaweigong/"]'
    )
    assert related.select_one("span[lang]")["lang"] == "zh-Latn" and not related.has_attr("lang")
    # A term without a language is as it was.
    assert content(site.page("glossary/")).select_one('dt a[href="example-term/"] [lang]') is None


def test_where_the_entry_appears_each_quoted_use_is_marked_with_its_name_s_language(site):
    # The quotations under "In the article" mark the words that name the entry: a name of
    # the entry's own language is marked with it, as the linked use in the text is.
    marks = {
        mark.get_text(): mark.get("lang")
        for mark in content(site.page("glossary/tianxiaweigong/")).select(".explainer-glossary-uses mark, li mark")
    }
    assert marks == {"tianxiaweigong": "zh-Latn", "天下为公": "zh-Hans", "the world shared by all": None}, marks


def test_a_language_that_is_no_code_stops_the_build_at_its_line(tmp_path):
    folder = write_site(tmp_path / "shared", PAGES)
    entry = folder / "docs" / "glossary" / "tianxiaweigong.md"
    edit(entry, "lang: zh-Latn", "lang: pinyin")
    build = run_build(folder, tmp_path / "site")
    assert build.returncode != 0
    line = line_number(entry, "lang: pinyin")
    assert f"docs/glossary/tianxiaweigong.md:{line}: `lang: pinyin` names a language, not its code" in build.output
    assert "Write its code: `lang: zh-Latn-pinyin`." in build.output


def test_the_pdf_does_not_hyphenate_a_term_in_a_language_it_has_no_patterns_for(tmp_path):
    # Each page uses the term twice: linked first, with its language, then as words of the
    # article's (only a page's first use is linked). The second, in English, shows where
    # English patterns break it; the first must never break.
    pages = {
        f"shift-{shift}.md": f"# Shift {shift}\n\nFirst {shift}: {'word ' * shift}tianxiaweigong and more words.\n\n"
        f"Again {shift}: {'word ' * shift}tianxiaweigong and more words.\n"
        for shift in SHIFTS
    }
    folder = write_site(tmp_path / "shared", pages)
    build = run_build(folder, tmp_path / "site", pdf=True)
    assert build.returncode == 0, build.output
    (pdf,) = build.site.glob("*.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)

    def use(paragraph: str, shift: int) -> str:  # the term as the paragraph's lines set it, on the article's page
        found = re.search(rf"{paragraph}\s{shift}:\s+(?:word\s+)+(tianx\S*?(?:-\n\S*)?)\s+and\s+more", text)
        assert found is not None, (paragraph, shift)
        return found[1]

    english_uses = [use("Again", shift) for shift in SHIFTS]
    assert any("-\n" in words for words in english_uses), english_uses  # English patterns break it
    assert [use("First", shift) for shift in SHIFTS] == ["tianxiaweigong"] * len(SHIFTS)
