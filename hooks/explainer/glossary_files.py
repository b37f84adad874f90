"""The glossary as the site's files hold it: the entries' pages found among the
documentation files, left out of the nav's check, and read into a `Glossary`."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel

from .config import ExplainerConfig
from .errors import ExplainerErrors
from .glossary import Glossary, build_glossary, names_language_in_pages
from .glossary_timeline import misspelt_timeline_places
from .nav_lines import nav_place
from .plural_aliases import plural_alias_warnings
from .site_pages import docs_path, nav_lists, project_root, refuse_missing
from .smart_quotes import sets_quotes
from .source_text import editor_path, source_text


def glossary_entry_files(files: Files, options: ExplainerConfig) -> list[File]:
    """The entries' pages: the documentation pages in ``glossary_dir``."""
    return [file for file in files.documentation_pages() if options.is_glossary_entry(file.src_uri)]


def no_entries_warning(config: MkDocsConfig, options: ExplainerConfig) -> str | None:
    """For a site whose ``glossary_dir`` holds no entry: a warning if the nav lists the
    glossary's index, of which MkDocs would only say that the page is not found.

    Stops the build (`PluginError`) if ``glossary_dir`` is named on purpose: a typo.
    """
    folder = f"{docs_path(config, options.glossary_dir.strip('/'))}/"
    refuse_missing(
        config,
        "glossary_dir",
        f"{folder} holds no glossary entry",
        "Check the folder's name, relative to the docs folder; each entry is a .md file in it.",
    )
    if not nav_lists(config, options.glossary_index_page()):
        return None
    return (
        f"{folder} holds no glossary entry, so there is no glossary page for the nav's"
        f" {options.glossary_index_page()}; add an entry, or take the glossary out of the nav"
        f" ({nav_place(config.config_file_path, project_root(config), options.glossary_index_page())})"
    )


def read_glossary(entry_files: list[File], files: Files, config: MkDocsConfig, options: ExplainerConfig) -> Glossary:
    """The glossary of the entries' pages, each entry's warnings in its ``warnings``; the
    entries left out of the nav's check of pages missing from it.

    Raises `ExplainerErrors` naming every problem in the entries, and the timeline's
    countries written otherwise than the glossary's places.
    """
    if config.nav is not None:
        # The glossary's index lists its entries: left out of a written nav, they are not
        # a slip, and MkDocs' list of pages missing from it would bury one that is.
        for file in entry_files:
            if file.inclusion is InclusionLevel.UNDEFINED or file.inclusion is InclusionLevel.INCLUDED:
                file.inclusion = InclusionLevel.NOT_IN_NAV
    root = project_root(config)
    typographic = sets_quotes(options.article.language)
    pages = []
    for file in sorted(entry_files, key=lambda file: file.src_uri):
        path = editor_path(file, root)
        pages.append((file.src_uri, path, source_text(file, path)))
    glossary = build_glossary(
        pages,
        typographic=typographic,
        language=options.article.language,
        categories=options.glossary_categories,
        category_names=options.words.categories,
        emphasis_languages=options.glossary_emphasis_languages,
    )
    # An alias that is only its term's plural, which the matcher finds by itself (the guide's rule).
    texts = {path: text for _, path, text in pages}
    plural_aliases = plural_alias_warnings(glossary.entries.values(), texts, options.glossary_plurals)
    if plural_aliases:
        glossary = dataclasses.replace(glossary, warnings=(*glossary.warnings, *plural_aliases))
    misspelt = misspelt_timeline_places(
        glossary, files, options.timeline_file, root, typographic=typographic, language=options.article.language
    )
    if misspelt:
        raise ExplainerErrors(misspelt)
    return glossary


def links_terms(options: ExplainerConfig, glossary: Glossary, src_uri: str) -> bool:
    """Whether terms are linked on the page: not on an entry's, nor on the lists the hooks
    generate from the sources and the entries (the bibliography, the glossary's index), nor on
    a page that numbers its notes on its own (`separate_notes`).

    Not the cite box's rule for the article's sections (`shows_cite_box` in
    ``explainer/cite_box.py``): on the timeline's page, what an editor writes in its
    Markdown (an introduction in a ``timeline.md`` of their own) has its terms linked as the
    article's pages do, though the page is no section of the article to cite.
    """
    generated_lists = {options.glossary_index_page(), options.bibliography_page}
    is_entry = glossary.by_src_uri(src_uri) is not None
    return not is_entry and src_uri not in generated_lists and not options.is_separate(src_uri)


def glossary_names_language(files: Files, config: MkDocsConfig, options: ExplainerConfig) -> Callable[[str], str]:
    """The language the glossary gives words that are a name of one of its entries ("" for
    the article's, and for every word with `glossary_emphasis_languages` off), for the hooks
    that set the editors' short texts (summaries, the timeline) and do not build the
    glossary. The entries are read when first asked: a text without emphasis never asks."""
    if not options.glossary_emphasis_languages:
        return lambda words: ""

    @functools.cache
    def language_of() -> Callable[[str], str] | None:
        root = project_root(config)
        pages = []
        for file in sorted(glossary_entry_files(files, options), key=lambda file: file.src_uri):
            path = editor_path(file, root)
            pages.append((path, source_text(file, path)))
        return names_language_in_pages(tuple(pages))

    return lambda words: found(words) if (found := language_of()) is not None else ""
