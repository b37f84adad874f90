"""An article whose text, sources and glossary are in other scripts: Cyrillic, Chinese."""

from __future__ import annotations

import pytest
from project import run_build
from test_new_article import new_article
from test_site import content, notes_on

CHINESE_ENTRY = """---
term: 一带一路
aliases: [Belt and Road]
definition: China's Belt and Road Initiative.
category: policy or programme
---

## What it is

China's programme.
"""

CYRILLIC_ENTRY = """---
term: Степь
definition: The grasslands of Central Asia.
category: concept
---

## What it is

The Russian word.
"""


def write_article(tmp_path_factory, name: str, paragraph: str, *, entries: bool = True):
    folder = tmp_path_factory.mktemp(name) / "steppe"
    written = new_article(folder, "--title", "Steppe Scripts", "--author", "Ana Exemplar")
    assert written.returncode == 0, written.stderr
    if entries:
        (folder / "docs" / "glossary" / "belt-and-road.md").write_text(CHINESE_ENTRY, encoding="utf-8")
        (folder / "docs" / "glossary" / "steppe.md").write_text(CYRILLIC_ENTRY, encoding="utf-8")
    section = folder / "docs" / "introduction.md"
    section.write_text(section.read_text(encoding="utf-8") + "\n" + paragraph + "\n", encoding="utf-8")
    return folder


CHINESE_SOURCE = """
@book{wang2017silu,
  author          = {王, 小明 and Li, Hua},
  title           = {丝绸之路经济带研究},
  translatedtitle = {Research on the Silk Road Economic Belt},
  location        = {北京},
  publisher       = {社会科学文献出版社},
  date            = {2017},
  langid          = {chinese},
}

@book{abdurehim2014,
  author          = {Abdurehim, Ehmet},
  title           = {ئۇيغۇر تارىخى},
  translatedtitle = {Uyghur History},
  location        = {Almaty},
  date            = {2014},
  langid          = {uyghur},
}
"""


@pytest.fixture(scope="module")
def glossary_site(tmp_path_factory):
    paragraph = (
        "Planners speak of 推进一带一路倡议 as a priority, not of the степной Степь.[@wang2017silu, 3]"
        " Uyghur history.[@abdurehim2014]"
    )
    folder = write_article(tmp_path_factory, "scripts", paragraph)
    with (folder / "bib" / "article.bib").open("a", encoding="utf-8") as bib:
        bib.write(CHINESE_SOURCE)
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output
    return build


def test_a_chinese_term_is_linked_inside_a_run_of_characters_without_spaces(glossary_site):
    # Chinese writes no space between words: "一带一路" inside "推进一带一路倡议" was never
    # linked, and the build warned that the article never uses the entry.
    links = content(glossary_site.page("introduction/")).select('a.glossary-term[href="../glossary/belt-and-road/"]')
    assert [link.get_text() for link in links] == ["一带一路"]


def test_a_cyrillic_term_is_matched_as_a_whole_word_only(glossary_site):
    links = content(glossary_site.page("introduction/")).select('a.glossary-term[href="../glossary/steppe/"]')
    assert [link.get_text() for link in links] == ["Степь"]


def test_characters_no_font_has_make_one_warning_that_says_what_to_do_and_no_pdf(tmp_path_factory):
    # A Private Use character stands for a script no font on the machine has (Chinese on a
    # machine with only Charis SIL): WeasyPrint drew each as an empty box and logged one
    # warning per character, naming no remedy, and the strict build that then stopped
    # left the PDF of boxes behind.
    paragraph = "Two unknown characters, \ue000 and \ue001, twice: \ue000\ue001, beside Cyrillic: Степь."
    folder = write_article(tmp_path_factory, "boxes", paragraph, entries=False)
    strict = run_build(folder, folder / "site", pdf=True)
    assert strict.returncode != 0
    warnings = [line for line in strict.output.splitlines() if line.startswith("WARNING")]
    assert len(warnings) == 1, strict.output
    assert "no font on this machine has 2 of its characters, which it would print as empty boxes" in warnings[0]
    assert "\ue000 (U+E000), \ue001 (U+E001); install a font that has them" in warnings[0]
    assert "PDF not written" in strict.output
    assert not list((folder / "site").glob("*.pdf"))
    # Without --strict the PDF is written, with the same warning.
    lenient = run_build(folder, folder / "lenient", strict=False, pdf=True)
    assert lenient.returncode == 0, lenient.output
    assert lenient.output.count("empty boxes") == 1
    assert list((folder / "lenient").glob("*.pdf"))


def test_a_chinese_name_in_characters_is_printed_whole_family_name_first(glossary_site):
    # 王, 小明 was printed "小. 王" in the note and "王, 小." in the bibliography: an
    # initial of a name in characters, which no one writes.
    note = notes_on(glossary_site.page("introduction/"))[2]
    assert note.startswith("王小明, H. Li, *丝绸之路经济带研究*, [Research on the Silk Road Economic Belt]"), note
    entry = content(glossary_site.page("bibliography/")).select_one("li#wang2017silu")
    # The text as read, its spaces as written: a separator would add one at each element's edge.
    assert " ".join(entry.get_text().split()).startswith("王小明, H. Li, 丝绸之路经济带研究")


def test_a_uyghur_title_named_by_babel_s_name_is_marked_as_uyghur(glossary_site):
    # langid = {uyghur}, babel's name, made a warning that it names no language.
    title = content(glossary_site.page("introduction/")).select_one('.explainer-notes [lang="ug"]')
    assert title is not None and title.get_text() == "ئۇيغۇر تارىخى"
