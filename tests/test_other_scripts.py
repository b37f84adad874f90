"""An article whose text, sources and glossary are in other scripts: Cyrillic, Chinese."""

from __future__ import annotations

import pytest
from project import run_build
from test_new_article import new_article
from test_site import content

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


def write_article(tmp_path_factory, name: str, paragraph: str):
    folder = tmp_path_factory.mktemp(name) / "steppe"
    written = new_article(folder, "--title", "Steppe Scripts", "--author", "Ana Exemplar")
    assert written.returncode == 0, written.stderr
    (folder / "docs" / "glossary" / "belt-and-road.md").write_text(CHINESE_ENTRY, encoding="utf-8")
    (folder / "docs" / "glossary" / "steppe.md").write_text(CYRILLIC_ENTRY, encoding="utf-8")
    section = folder / "docs" / "introduction.md"
    section.write_text(section.read_text(encoding="utf-8") + "\n" + paragraph + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def glossary_site(tmp_path_factory):
    paragraph = "Planners speak of 推进一带一路倡议 as a priority, not of the степной Степь."
    folder = write_article(tmp_path_factory, "scripts", paragraph)
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
