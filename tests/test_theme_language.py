"""The theme's language beside the article's: a new team's article in a region's language
builds as `make new-article` writes it, and a theme language the theme lacks is named at its line."""

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
