"""The theme's language beside the article's: the languages a theme has its words in, the one
of them that an article's language is written in, and what an editor is told where
``theme.language`` and ``article.language`` part.

Material keeps one template of words per language (``partials/languages/fr.html``) and
imports the one ``theme.language`` names as the build starts: a language it has no
template for (``en-GB``, ``ky``) stopped the build with Jinja's traceback, and a new
article's folder written for such a language did not build. The theme's language also
marks every page (``<html lang>``) and gives the theme's own words (the search, the
navigation), while ``article.language`` gives the notes' words and dates, the PDF's and the
metadata's language: a French article that sets only the theme's is French in the theme's
words and English in the engine's, and said nothing of it.

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


def languages_apart(theme_language: str, article_language: str, dirs: Iterable[str], config_file: str) -> str | None:
    """The warning for a theme's language and an article's that are not one language (``fr``
    beside ``en``; ``en-GB`` beside ``en`` is one), where the theme has the article's: the
    pages would be marked with the one, and the notes and the PDF written in the other.
    None where they agree, or where the theme has no words in the article's language, so
    that its pages are in another as the only choice (``ky``)."""
    if primary_subtag(theme_language) == primary_subtag(article_language):
        return None
    known = theme_languages(dirs)
    if known is None or (meant := theme_language_for(article_language, known)) is None:
        return None
    article_path, article_line = _place(config_file, ["extra", "explainer", "article", "language"])
    path, line = _place(config_file, ["theme", "language"])
    if line is None:  # the theme's default: the article's line is the one written
        path, line = article_path, article_line
    if article_line is not None:
        what = f"theme.language is '{theme_language}', and article.language '{article_language}'"
        hint = (
            f"The pages are marked as {theme_language}, and the theme's words (the search, the navigation) are in"
            f" it; the notes' words and dates, the PDF and the metadata in {article_language}. Give both the"
            f" article's language: `language: {meant}` under `theme:` for an article in {article_language}, or"
            f" `language: {theme_language}` under `article:` in `extra: explainer:`, with the interface's words"
            f" in it, for one in {theme_language}."
        )
    else:
        what = f"theme.language is '{theme_language}', and article.language is not written: it is 'en'"
        hint = (
            f"The pages are marked as {theme_language}, and the theme's words are in it, but the notes' words"
            " and dates, the PDF and the metadata are English. Write the article's language under `article:`"
            f" in `extra: explainer:` too (`language: {theme_language}`), and the interface's words in it"
            " (`words`, `note_words`, the titles: `make new-article` writes them for some languages)."
        )
    where = f"{path}:{line}: " if line else f"{path}: "
    return f"{where}{what}\n    {hint}"
