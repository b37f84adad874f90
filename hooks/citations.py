"""MkDocs hook: citation notes, numbered across the article, and the bibliography page.

Thin wiring only; the work is done by the plain modules of the ``explainer`` package:
``bibtex`` (load), ``markdown_notes`` (convert), ``site_notes`` (check and number, and make
ready the writers of the lists of notes and of the bibliography, which run in forked
processes), ``notes`` (write). Hook modules are imported once per ``mkdocs serve``
process, so all per-build state lives in `BuildState`, replaced in ``on_config``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from explainer import notes, spliced
from explainer.bibliography_listing import marked_search_copy, search_copy_replaced
from explainer.bibtex import shared_cache
from explainer.config import ExplainerConfig, absolute_paths, missing_bib_files
from explainer.errors import ExplainerErrors
from explainer.forked import Forked, collector_held
from explainer.markdown_notes import NotesExtension, footnotes_clash
from explainer.search_index import set_page_section_text
from explainer.site_notes import check_site_citations, note_labels, notes_to_write, unpacked_notes
from explainer.site_pages import (
    as_build_error,
    config_path,
    config_text,
    ensure_page,
    fill_slot,
    load_options,
    project_root,
    refuse_dirty_builds,
    render_last,
    report_errors_again,
    slot,
    source_path,
)
from explainer.watched_files import WatchedFiles

# Messages start with the file they are about, so no plugin-name prefix.
log = logging.getLogger("mkdocs.plugins.explainer")


@dataclass
class BuildState:
    """Everything one build learns; a new one for every build."""

    options: ExplainerConfig
    extension: NotesExtension
    project_root: str
    nav_pages: list[Page] = field(default_factory=list)
    #: Each converted page, and its notes packed until they are numbered (`PageNotes.packed`).
    pages: dict[str, tuple[Page, bytes]] = field(default_factory=dict)
    #: Each page's list of notes, out of its HTML until the search plugin has indexed the page.
    lists: dict[str, str] = field(default_factory=dict)
    #: The prose of each page's notes, for its Notes section in the search index.
    prose: dict[str, str] = field(default_factory=dict)
    #: Each page's list of notes, filled, by page: written in a forked process while the pages render.
    written: Forked[str, str] | None = None
    #: The bibliography page's list, written by a forked process of its own to a file
    #: that goes into the written page at the end of the build (`spliced`), and the
    #: list's text for the search index.
    listing: Forked[str, str] | None = None
    #: Where the list goes in the page, once the search index has read its text.
    listing_placeholder: str = ""
    bibliography_page: str | None = None

    def close(self) -> None:
        """Collect the forked processes; one whose parts the build did not all take is stopped."""
        for forked in (self.written, self.listing):
            if forked is not None:
                forked.close()


state: BuildState | None = None
#: The .bib files ``mkdocs serve`` watches: this module lives as long as the server, and
#: each build names the files its ``mkdocs.yml`` lists.
bib_files_watched = WatchedFiles()


def on_startup(command: str, dirty: bool) -> None:
    refuse_dirty_builds(dirty)


@event_priority(1000)  # first: any hook's `on_config` may stop the build with an error
def _report_errors_again(config: MkDocsConfig) -> MkDocsConfig:
    report_errors_again()
    return config


def _start_build(config: MkDocsConfig) -> MkDocsConfig:
    global state
    if state is not None:
        state.close()  # a serve rebuild after a build that stopped early
    spliced.parts.discard()
    root = project_root(config)
    options = load_options(config)
    if clash := footnotes_clash(config.markdown_extensions, config_text(config), config_path(config)):
        raise PluginError(clash)
    bib_files_watched.update(absolute_paths(options.bib_files, root))  # a missing file too: writing it rebuilds
    # Stop at the line that lists a file not there, before any parse begins.
    if missing := missing_bib_files(options.bib_files, root, config_path(config), lambda: config_text(config)):
        raise PluginError(str(ExplainerErrors(missing)))
    shared_cache.start(list(options.bib_files), root)
    extension = NotesExtension(notes_title=options.notes_title)
    config.markdown_extensions.append(extension)
    state = BuildState(options, extension, root)
    return config


on_config = CombinedEvent(_report_errors_again, _start_build)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    assert state is not None
    options = state.options
    ensure_page(files, config, options.bibliography_page, options.bibliography_title, "bibliography")
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    assert state is not None
    state.nav_pages = list(nav.pages)
    render_last(files, [state.options.bibliography_page])
    return nav


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    assert state is not None
    state.pages[page.file.src_uri] = (page, state.extension.take_page().packed())
    html, listing = notes.split_list(html)
    if listing:
        state.lists[page.file.src_uri] = listing
    return html


def _number_notes(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    # Every page is converted, and the build holds them to its end: the collector need
    # not walk them while the notes are numbered (`hold_collector`).
    with collector_held():
        return _number_and_write_notes(env, config, files)


@event_priority(-100)  # last: every hook has read the bibliography (`article_meta` too)
def _let_go_of_entries(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    shared_cache.let_go()
    return env


on_env = CombinedEvent(_number_notes, _let_go_of_entries)


def _number_and_write_notes(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    assert state is not None
    with as_build_error():
        bibliography = shared_cache.get()  # parsed while the pages were read (`on_config`)
    converted = unpacked_notes(state.pages)
    state.pages = {}  # read once, here
    checks = check_site_citations(converted, bibliography, state.options, config)
    for warning in checks.warnings:
        log.warning(warning)
    if checks.errors:
        raise PluginError(str(ExplainerErrors(checks.errors)))
    ready = notes_to_write(converted, state.lists, state.nav_pages, bibliography, state.options, files, env)
    del converted
    state.lists = {}  # from here on, the writers' own: each part is read once, then let go
    state.prose = ready.prose
    state.bibliography_page = ready.bibliography_page
    state.listing_placeholder = ready.listing_placeholder
    # The lists of notes and the bibliography need nothing more from the build: they are
    # written beside it, each in a forked process. A child runs at most its pipe's buffer
    # (`forked.PIPE_BYTES`) ahead of the pages that take its parts, so the bibliography,
    # one long part rendered last (`on_nav`), has a child of its own and is ready by then.
    # Once forked, the build lets go of what the children write from (`redo=False`).
    listed = [ready.bibliography_page] if ready.bibliography_page else []
    state.listing = Forked(listed, ready.listing.write, redo=False)
    state.written = Forked(ready.render_order, ready.lists.write, redo=False)
    for warning in ready.uncited_warnings:
        log.warning(warning)
    return env


@event_priority(50)  # before the search plugin (0) indexes the page
def _fill_bibliography(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    assert state is not None
    src = page.file.src_uri
    if src != state.bibliography_page or state.listing is None:
        return context
    # The search index reads each reference as a paragraph: the same words as the list,
    # without the links, spans and links back that would cost its parser thousands of tags.
    search_copy = state.listing.get(src)
    if not fill_slot(page, "bibliography", marked_search_copy(search_copy)):
        log.warning(
            f"{source_path(page, config)}: no {slot('bibliography')} on the page; the bibliography went at its end"
        )
    return context


@event_priority(-50)  # after the search plugin (0) has indexed the page without its list of notes
def _write_notes(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    assert state is not None
    if not page.content:
        return context
    labels = note_labels(state.options)
    src = page.file.src_uri
    page.content = notes.expand_calls(page.content, labels)
    if src == state.bibliography_page:
        # In place of its search copy, the list's placeholder: the list goes into the
        # written page at the end of the build (`spliced`), its markers taken out in the child.
        page.content = search_copy_replaced(page.content, state.listing_placeholder)
    if state.written is None or src not in state.written:
        return context
    page.content = notes.insert_list(page.content, state.written.get(src))
    notes_location = f"{page.url}#{state.extension.getConfig('notes_id')}"
    set_page_section_text(config.plugins, page.url, notes_location, state.prose.pop(src, ""))
    return context


on_page_context = CombinedEvent(_fill_bibliography, _write_notes)


@event_priority(90)  # first: every page is written, and later hooks may read the files
def _splice_parts(config: MkDocsConfig) -> None:
    spliced.parts.splice()


@event_priority(-100)  # last: the forked processes hold the collector (`hold_collector`) until then
def _close(config: MkDocsConfig) -> None:
    assert state is not None
    state.close()


on_post_build = CombinedEvent(_splice_parts, _close)


def on_build_error(error: Exception) -> None:
    # `mkdocs serve` lives on after a failed build: its children and their hold on the
    # collector must not wait for the next one, nor its parts' files stay behind.
    if state is not None:
        state.close()
    shared_cache.stop_unread()
    spliced.parts.discard()


def on_serve(server, config: MkDocsConfig, builder):
    """Rebuild when a BibTeX file changes, not only the docs; a file listed later too."""
    assert state is not None
    bib_files_watched.serve(server, absolute_paths(state.options.bib_files, state.project_root))
    return server
