"""MkDocs hook: the timeline page, from ``docs/timeline.yml``, each event linked to its passage and note.

Thin wiring: ``explainer.timeline_files`` finds and reads the file, ``explainer.timeline``
parses and checks the events, and makes the page's rows (an emphasis that is a glossary
name of another language marked with it, by ``explainer.glossary_files``); ``explainer.markdown_passages``
finds the paragraph that holds each event's quoted words while pages convert;
``explainer.timeline_page`` checks the events against the site and writes their list
from the ``explainer/timeline.html`` template.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from explainer.config import ExplainerConfig
from explainer.glossary_files import glossary_names_language
from explainer.markdown_passages import PassageNotes, PassagesExtension
from explainer.nav_lines import explained
from explainer.site_pages import (
    as_build_error,
    converted_page,
    ensure_page,
    fill_slot,
    load_options,
    missing_slot,
    refuse_without_hook,
    source_path,
    with_engine_templates,
)
from explainer.timeline import TimelineEvent, with_names_languages
from explainer.timeline_files import no_events_warning, no_timeline_warning, read_timeline
from explainer.timeline_page import pages_numbered_in_order, site_warnings, timeline_html
from explainer.unindexed import HeldBack


@dataclass
class TimelineState:
    """One build's timeline."""

    options: ExplainerConfig
    extension: PassagesExtension
    path: str = ""
    events: tuple[TimelineEvent, ...] = ()
    #: Page source path to {quote: id of the paragraph that holds it}.
    passages: dict[str, dict[str, str]] = field(default_factory=dict)
    #: Page source path to {quote: how many of its paragraphs hold it}.
    holders: dict[str, dict[str, int]] = field(default_factory=dict)
    #: Page source path to {quote: the notes of the paragraph that holds it, by their place on the page}.
    passage_notes: dict[str, dict[str, PassageNotes]] = field(default_factory=dict)
    #: The pages the nav lists (those in it, and those it names that do not exist), and the separate pages.
    nav_pages: set[str] = field(default_factory=set)
    #: The timeline's filter and each event's links, held back from the search index.
    held: HeldBack = field(default_factory=lambda: HeldBack("timeline"))


state: TimelineState | None = None
log = logging.getLogger("mkdocs.plugins.explainer")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global state
    extension = PassagesExtension()
    config.markdown_extensions.append(extension)
    refuse_without_hook(config, __file__, "citations.py", "numbers the notes that the timeline's events name")
    state = TimelineState(load_options(config), extension)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    assert state is not None
    options = state.options
    source = files.get_file_from_path(options.timeline_file)
    if source is None:
        if (warning := no_timeline_warning(config, options)) is not None:
            log.warning(warning)
            explained(options.timeline_page)  # MkDocs' own warning of the page would say "create it"
        return files
    with as_build_error():
        state.path, state.events = read_timeline(source, config, options)
    # An event's emphasis that is a glossary name of another language is marked with it.
    state.events = with_names_languages(state.events, glossary_names_language(files, config, options))
    if not state.events:
        log.warning(no_events_warning(state.path))
    if warning := ensure_page(files, config, options, options.timeline_page, "timeline_title", "timeline"):
        log.warning(warning)
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    assert state is not None
    state.nav_pages = pages_numbered_in_order(nav, files, config, state.options)
    return nav


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    assert state is not None
    state.extension.start_page([event.quote for event in state.events if event.page == page.file.src_uri])
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    assert state is not None
    state.passages[page.file.src_uri] = dict(state.extension.found)
    state.holders[page.file.src_uri] = dict(state.extension.holders)
    state.passage_notes[page.file.src_uri] = dict(state.extension.notes)
    return html


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    assert state is not None
    page = converted_page(files.get_file_from_path(state.options.timeline_page))
    if not state.events:
        if page is not None:
            fill_slot(page, "timeline", "")  # no events: no list, and no slot left in the page
        return env
    with as_build_error():
        site_warnings(state.events, files, state.passage_notes, state.holders, state.path, state.nav_pages, log.warning)
    if page is None:
        return env
    html = timeline_html(state.events, files, state.passages, page.url, state.options, with_engine_templates(env))
    if not fill_slot(page, "timeline", state.held.hold(page.file.src_uri, html)):
        log.warning(missing_slot(source_path(page, config), "timeline", "the timeline"))
    return env


@event_priority(-50)  # after the search plugin (0) has indexed the page without the held parts
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    assert state is not None
    if page.content:
        page.content = state.held.release(page.file.src_uri, page.content)
    return context
