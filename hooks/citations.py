"""MkDocs hook: citation notes, numbered across the article, and the bibliography page.

Thin wiring only; the work is done by the plain modules of the ``explainer`` package:
``bibtex`` (load), ``markdown_notes`` (convert), ``site_notes`` (check and number, and
write the lists of notes and of the bibliography, in forked processes), ``notes``
(write). Hook modules are imported once per ``mkdocs serve`` process, so all per-build
state lives in `BuildState`, replaced in ``on_config``.
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
from explainer.forked import Forked, ForkedPrepared, collector_held
from explainer.markdown_notes import NotesExtension, footnotes_clash
from explainer.note_numbering import mark_page_calls
from explainer.preview_errors import collect_first_build, first_build_ended, show_errors_in_browser
from explainer.search_index import set_page_section_text
from explainer.site_notes import LISTING, LISTS, NumberedNotes, note_labels, notes_aside
from explainer.site_pages import (
    as_build_error,
    config_path,
    config_text,
    ensure_page,
    fill_slot,
    load_options,
    missing_separate_folders,
    missing_slot,
    project_root,
    refuse_dirty_builds,
    render_last,
    report_errors_again,
    source_path,
)
from explainer.unprinted_field_notes import unprinted_field_notes
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
    #: Each page's note numbers, which its Notes section in the search index names.
    note_numbers: dict[str, list[int]] = field(default_factory=dict)
    #: The process that checks and numbers the notes, then writes their lists (`site_notes.NotesAside`).
    numbering: ForkedPrepared[NumberedNotes] | None = None
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
        for forked in (self.written, self.listing, self.numbering):
            if forked is not None:
                forked.close()


state: BuildState | None = None
#: The .bib files ``mkdocs serve`` watches: this module lives as long as the server, and
#: each build names the files its ``mkdocs.yml`` lists.
bib_files_watched = WatchedFiles()


def on_startup(command: str, dirty: bool) -> None:
    refuse_dirty_builds(dirty)
    collect_first_build(command)  # its warnings, for the preview's pages (`on_serve`)


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
    if missing := missing_separate_folders(files, config, options.separate_notes):
        with as_build_error():
            raise ExplainerErrors(missing)
    if warning := ensure_page(files, config, options, options.bibliography_page, "bibliography_title", "bibliography"):
        log.warning(warning)
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
    # Once a build, not a warning for each entry: a reference manager writes them in every one.
    for note in unprinted_field_notes(bibliography.entries.values()):
        log.info(note)
    # Checked, numbered and written in a forked process: the build gets the numbers, the
    # warnings and the errors, then each list when its page renders. A child runs at most
    # its pipe's buffer (`forked.PIPE_BYTES`) ahead of the pages that take its lists, so the
    # bibliography, one long part rendered last (`on_nav`), is written by a process of its own.
    aside = notes_aside(state.pages, state.lists, state.nav_pages, bibliography, state.options, config, files, env)
    state.pages, state.lists = {}, {}  # read once, by the child
    state.numbering = aside.numbering
    numbered = aside.numbering.result()
    for warning in numbered.warnings:
        log.warning(warning)
    if numbered.errors:
        raise PluginError(numbered.errors)
    # The calls now, as markers other hooks can read; written out, with the list, when each page renders.
    mark_page_calls(aside.pages, numbered.numbers)
    state.prose = numbered.prose
    state.note_numbers = numbered.numbers
    state.bibliography_page = aside.bibliography_page
    state.listing_placeholder = aside.listing_placeholder
    state.written = aside.numbering.parts(LISTS)
    state.listing = aside.numbering.parts(LISTING)
    for warning in numbered.uncited_warnings:
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
        log.warning(missing_slot(source_path(page, config), "bibliography", "the bibliography"))
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
    # The article's notes are named by their numbers, which the PDF prints and a work that
    # cites the article gives; a page that numbers its own from 1 (a glossary entry) would
    # only be found by every small number.
    numbers = state.note_numbers.pop(src, [])
    if state.options.is_separate(src):
        numbers = []
    words = state.options.words
    text = notes.notes_search_text(state.prose.pop(src, ""), numbers, words.note, words.notes)
    set_page_section_text(config.plugins, page.url, notes_location, text)
    return context


on_page_context = CombinedEvent(_fill_bibliography, _write_notes)


@event_priority(90)  # first: every page is written, and later hooks may read the files
def _splice_parts(config: MkDocsConfig) -> None:
    spliced.parts.splice()


@event_priority(-100)  # last: the forked processes hold the collector (`hold_collector`) until then
def _close(config: MkDocsConfig) -> None:
    assert state is not None
    state.close()
    first_build_ended()


on_post_build = CombinedEvent(_splice_parts, _close)


def on_build_error(error: Exception) -> None:
    # `mkdocs serve` lives on after a failed build: its children and their hold on the
    # collector must not wait for the next one, nor its parts' files stay behind.
    if state is not None:
        state.close()
    shared_cache.stop_unread()
    spliced.parts.discard()
    first_build_ended()


def on_serve(server, config: MkDocsConfig, builder):
    """Rebuild when a BibTeX file changes, not only the docs; a file listed later too.
    A rebuild that fails shows its errors in the open pages, and one that warns a notice of
    its warnings on them, not only in the terminal."""
    assert state is not None
    bib_files_watched.serve(server, absolute_paths(state.options.bib_files, state.project_root))
    show_errors_in_browser(server)
    return server
