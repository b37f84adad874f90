"""The theme's language beside the article's: a new team's article in a region's language
builds as `make new-article` writes it, a theme language the theme lacks is named at its
line, and a theme in one language over an article in another is said to be so."""

from __future__ import annotations

import pytest
from project import edit, line_number, run_build
from test_new_article import new_article


def written_article(folder, language: str):
    written = new_article(folder, "--title", "Lighthouses", "--author", "Maren Holt", "--language", language)
    assert written.returncode == 0, written.stderr
    return folder


@pytest.mark.parametrize(
    ("language", "theme", "article"),
    [("en-GB", "en", "en-GB"), ("en_GB", "en", "en-GB"), ("zh-Hant-TW", "zh-Hant", "zh-Hant-TW"), ("ky", "en", "ky")],
)
def test_a_new_article_in_a_region_s_or_a_script_s_language_builds_as_it_is_written(tmp_path, language, theme, article):
    # The theme was given `language: en-GB`, which Material has no words for: the folder
    # `make new-article LANGUAGE=en-GB` wrote stopped the build with Jinja's traceback.
    folder = written_article(tmp_path / "lights", language)
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output
    home = build.page("")
    assert home.html["lang"] == theme
    assert home.select_one('meta[name="citation_language"]')["content"] == article


def test_a_theme_language_the_theme_has_no_words_in_is_named_at_its_line(tmp_path):
    folder = written_article(tmp_path / "lights", "en")
    config = folder / "mkdocs.yml"
    edit(config, "  language: en\n", "  language: en-GB\n")
    build = run_build(folder, folder / "site")
    assert build.returncode != 0
    line = line_number(config, "  language: en-GB")
    assert f"mkdocs.yml:{line}: theme.language 'en-GB' is no language the theme has words in" in build.output
    assert "Write `language: en` under `theme:`, the theme's words for en-GB." in build.output
    assert "Traceback" not in build.output


def test_a_theme_in_french_over_an_article_left_in_english_says_what_to_write(tmp_path):
    # The English folder with `theme.language: fr`, as a French team sets a MkDocs site's
    # language: the search and the navigation were French, the notes, the cite box, the
    # PDF and its metadata English, and the build said nothing.
    folder = written_article(tmp_path / "phares", "en")
    config = folder / "mkdocs.yml"
    edit(config, "  language: en\n", "  language: fr\n")
    edit(config, "      language: en\n", "")
    build = run_build(folder, folder / "site")
    assert build.returncode != 0
    line = line_number(config, "  language: fr")
    assert f"mkdocs.yml:{line}: theme.language is 'fr', and article.language is not written: it is 'en'" in (
        build.output
    )
    assert "(`language: fr`)" in build.output


def test_an_article_in_french_under_a_theme_left_in_english_is_named_at_the_article_s_line(tmp_path):
    folder = written_article(tmp_path / "phares", "fr")
    config = folder / "mkdocs.yml"
    edit(config, "  language: fr\n", "")  # the theme's own default, English
    build = run_build(folder, folder / "site")
    assert build.returncode != 0
    line = line_number(config, "      language: fr")
    assert f"mkdocs.yml:{line}: theme.language is 'en', and article.language 'fr'" in build.output
    assert "`language: fr` under `theme:`" in build.output
