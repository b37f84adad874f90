"""MkDocs hook: citation notes, numbered across the article, and the bibliography page.

Thin wiring only; the work is done by the plain modules of the ``explainer`` package:
``bibtex`` (load), ``markdown_notes`` (convert), ``notes`` (number and write),
``bibliography`` (the page). Hook modules are imported once per ``mkdocs serve``
process, so all per-build state lives in `BuildState`, replaced in ``on_config``.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from explainer import notes
from explainer.bibliography import bibliography_items
from explainer.bibtex import Bibliography, BibliographyCache
from explainer.config import ExplainerConfig, load_config
from explainer.errors import ExplainerError, ExplainerErrors
from explainer.markdown_notes import NotesExtension, PageNotes

# Messages start with the file they are about, so no plugin-name prefix.
log = logging.getLogger("mkdocs.plugins.explainer")

TEMPLATES = os.path.join(os.path.dirname(notes.__file__), "templates")
BIBLIOGRAPHY_SLOT = "<div data-explainer-bibliography></div>"

#: Parsed BibTeX, kept across ``mkdocs serve`` rebuilds while the files are unchanged.
_bib_cache = BibliographyCache()


@dataclass
class BuildState:
    """Everything one build learns; a new one for every build."""

    options: ExplainerConfig
    bibliography: Bibliography
    extension: NotesExtension
    project_root: str
    reading_order: list[str] = field(default_factory=list)
    pages: dict[str, tuple[Page, PageNotes]] = field(default_factory=dict)
    errors: list[ExplainerError] = field(default_factory=list)


state: BuildState | None = None


def _fail(error: ExplainerError) -> PluginError:
    return PluginError(str(error))


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global state
    root = os.path.dirname(os.path.abspath(config.config_file_path))
    try:
        options = load_config(config.extra, os.path.relpath(config.config_file_path, root))
        bibliography = _bib_cache.load(list(options.bib_files), root)
    except ExplainerError as error:
        raise _fail(error) from None
    extension = NotesExtension(notes_title=options.notes_title)
    config.markdown_extensions.append(extension)
    state = BuildState(options, bibliography, extension, root)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    assert state is not None
    page_path = state.options.bibliography_page
    if files.get_file_from_path(page_path) is None:
        content = f"# {state.options.bibliography_title}\n\n{BIBLIOGRAPHY_SLOT}\n"
        files.append(File.generated(config, page_path, content=content))
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    assert state is not None
    state.reading_order = [page.file.src_uri for page in nav.pages]
    return nav


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    assert state is not None
    page_notes = state.extension.take_page()
    path = _source_path(page, config)
    state.errors += notes.unknown_keys(page_notes, state.bibliography, page.file.content_string, path)
    state.pages[page.file.src_uri] = (page, page_notes)
    return html


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    assert state is not None
    if state.errors:
        raise _fail(ExplainerErrors(state.errors))
    order = {src: index for index, src in enumerate(state.reading_order)}
    in_order = sorted(
        state.pages.values(), key=lambda pair: (order.get(pair[0].file.src_uri, len(order)), pair[0].file.src_uri)
    )
    refs = [
        (notes.PageRef(page.file.src_uri, page.url, page.file.src_uri), page_notes) for page, page_notes in in_order
    ]
    bib_file = files.get_file_from_path(state.options.bibliography_page)
    bib_url = bib_file.url if bib_file else ""
    resolution = notes.resolve(refs, state.bibliography, state.options.style_options(), bib_url)
    labels = {"call": state.options.call_label, "backref": state.options.backref_label}
    for page, _page_notes in in_order:
        resolved = resolution.pages[page.file.src_uri]
        if page.content:
            page.content = notes.fill(page.content, resolved, labels)

    env.loader = ChoiceLoader([env.loader, FileSystemLoader(TEMPLATES)]) if env.loader else FileSystemLoader(TEMPLATES)
    if bib_file and bib_file.page and bib_file.page.content:
        items = bibliography_items(state.bibliography, resolution.backlinks, bib_url)
        listing = env.get_template("explainer/bibliography.html").render(
            items=items, cited_in_label=state.options.cited_in_label
        )
        if BIBLIOGRAPHY_SLOT not in bib_file.page.content:
            log.warning(
                f"{_source_path(bib_file.page, config)}: no {BIBLIOGRAPHY_SLOT} on the page; the list goes at the end"
            )
            bib_file.page.content += listing
        else:
            bib_file.page.content = bib_file.page.content.replace(BIBLIOGRAPHY_SLOT, listing)

    if state.options.warn_uncited:
        for key, entry in state.bibliography.entries.items():
            if key not in resolution.backlinks:
                log.warning(f"{entry.location}: entry '{key}' is not cited in any note; cite it or remove it")
    return env


def on_serve(server, config: MkDocsConfig, builder):
    """Rebuild when a BibTeX file changes, not only the docs."""
    assert state is not None
    for path in state.options.bib_files:
        server.watch(path if os.path.isabs(path) else os.path.join(state.project_root, path))
    return server


def _source_path(page: Page, config: MkDocsConfig) -> str:
    """The page's source as an editor finds it: relative to the project, e.g. ``docs/intro.md``."""
    root = os.path.dirname(os.path.abspath(config.config_file_path))
    if page.file.abs_src_path:
        return os.path.relpath(page.file.abs_src_path, root)
    return os.path.join(os.path.relpath(config.docs_dir, root), page.file.src_uri)
