"""The theme's language beside the article's: the languages a theme has its words in, and
the one of them that an article's language is written in.

Material keeps one template of words per language (``partials/languages/fr.html``) and
imports the one ``theme.language`` names as the build starts: a language it has no
template for (``en-GB``, ``ky``) stopped the build with Jinja's traceback, and a new
article's folder written for such a language did not build.

Read from the theme's template folders, so that another release's languages are known
with it; a theme that keeps no such folder is not looked into.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable

from .errors import ExplainerError
from .interface_words import primary_subtag
from .option_lines import option_place

#: Where, in a theme's template folder, its words in each language are: ``fr.html``.
LANGUAGES_FOLDER = os.path.join("partials", "languages")


def theme_languages(dirs: Iterable[str]) -> frozenset[str] | None:
    """The languages the theme's template folders ``dirs`` hold words for (``fr``, ``pt-BR``),
    or None where none of them keeps a folder of languages (a theme that names them otherwise)."""
    found: set[str] = set()
    kept = False
    for folder in dirs:
        languages = os.path.join(folder, LANGUAGES_FOLDER)
        if not os.path.isdir(languages):
            continue
        kept = True
        found.update(name[: -len(".html")] for name in os.listdir(languages) if name.endswith(".html"))
    return frozenset(found) if kept else None


def theme_language_for(language: str, known: Collection[str]) -> str | None:
    """The language of ``known`` (the theme's) that ``language`` (a BCP 47 tag) is written in,
    as the theme names it: the tag itself, else the longest run of its first subtags the
    theme has (``en`` for ``en-GB``, ``zh-Hant`` for ``zh-Hant-TW``), in any case; None if
    the theme has none of them (``ky``)."""
    by_case = {name.casefold(): name for name in known}
    subtags = language.replace("_", "-").split("-")
    for count in range(len(subtags), 0, -1):
        if (name := by_case.get("-".join(subtags[:count]).casefold())) is not None:
            return name
    return None


def _place(config_file: str, keys: list[str]) -> tuple[str, int | None]:
    """``mkdocs.yml`` (or the file its ``INHERIT:`` names) and the line of ``keys``, as the
    editor finds it, relative to the project; the line is None where it is not written."""
    base = os.path.dirname(os.path.abspath(config_file))
    placed = option_place(config_file, keys)
    if placed is None:
        return os.path.basename(config_file), None
    return os.path.relpath(placed[0], base), placed[1]


def unknown_theme_language(
    theme_language: str, article_language: str, dirs: Iterable[str], config_file: str
) -> ExplainerError | None:
    """The error for a ``theme.language`` the theme has no words for, naming what to write:
    the theme's language that the article's is written in (``en`` for ``en-GB``), or English,
    the theme's own default; None where the theme has it, or keeps no folder of languages."""
    known = theme_languages(dirs)
    if known is None or theme_language in known:
        return None
    meant = theme_language_for(theme_language, known) or theme_language_for(article_language, known)
    path, line = _place(config_file, ["theme", "language"])
    if meant is not None and primary_subtag(meant) == primary_subtag(theme_language):
        write = f"Write `language: {meant}` under `theme:`, the theme's words for {theme_language}."
    else:
        write = "Write `language: en` under `theme:`: the theme's own words (the search, the navigation) are English."
    return ExplainerError(
        f"theme.language '{theme_language}' is no language the theme has words in: it could not show a page",
        path=path,
        line=line,
        hint=(
            f"{write} The article's own language ({theme_language}) goes in `language:` under `article:` in"
            " `extra: explainer:`, for the notes, the PDF and the metadata."
        ),
    )
