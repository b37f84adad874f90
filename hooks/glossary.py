"""MkDocs hook: the glossary. Entry pages, term links in the article, "where it appears".

Thin wiring only; the work is done by ``explainer.glossary`` (entries),
``explainer.glossary_files`` (finding and reading the entries' pages),
``explainer.term_matcher`` (finding terms), ``explainer.markdown_glossary`` (linking),
``explainer.markdown_languages`` (the editors' emphasis marked with a name's language) and
``explainer.glossary_page_ends`` (the entries' "where it appears" and the index) and
``explainer.toc_headings`` (those sections in the entries' tables of contents).
Per-build state lives in `GlossaryState`, replaced in ``on_config``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from explainer import notes
from explainer.config import ExplainerConfig
from explainer.forked import Forked
from explainer.glossary import Glossary, names_language
from explainer.glossary_files import glossary_entry_files, links_terms, no_entries_warning, read_glossary
from explainer.glossary_page_ends import site_page_ends
from explainer.glossary_pages import back_to_index, entry_page_markdown
from explainer.markdown_dates import is_editors_page
from explainer.markdown_glossary import GlossaryExtension, PageTerms, expand_terms
from explainer.markdown_languages import EmphasisLanguagesExtension
from explainer.nav_lines import explained
from explainer.site_pages import (
    as_build_error,
    ensure_page,
    fill_slot,
    load_options,
    missing_slot,
    project_root,
    refuse_dirty_builds,
    refuse_without_hook,
    render_last,
    source_path,
    with_engine_templates,
)
from explainer.smart_quotes import QuotesExtension, sets_quotes
from explainer.toc_headings import list_unlisted_sections
from explainer.unindexed import HeldBack

log = logging.getLogger("mkdocs.plugins.explainer")


@dataclass
class GlossaryState:
    """What one build knows of the glossary; a new one for every build."""

    options: ExplainerConfig
    extension: GlossaryExtension
    #: Typographic quotes on the entries' pages, which the editors write.
    quotes: QuotesExtension
    #: The glossary's languages on the emphasis of the editors' pages.
    emphasis: EmphasisLanguagesExtension
    glossary: Glossary = field(default_factory=lambda: Glossary(entries={}))
    nav_pages: list[Page] = field(default_factory=list)
    uses: dict[str, tuple[Page, PageTerms]] = field(default_factory=dict)
    held: HeldBack = field(default_factory=lambda: HeldBack("glossary"))
    #: Each entry's page URL, for the links that `expand_terms` writes.
    entry_urls: dict[str, str] = field(default_factory=dict)
    #: The end of each entry's page ("where it appears"…) and the index's list, by source
    #: path: written ahead, in a forked process, while the pages render.
    entry_ends: Forked[str, str] | None = None
    #: The index's place in the navigation (found once the nav is known), and the same
    #: while an entry renders, when it is marked there.
    index_in_nav: Page | None = None
    marked_index: Page | None = None


state: GlossaryState | None = None


def on_startup(command: str, dirty: bool) -> None:
    refuse_dirty_builds(dirty)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global state
    if state is not None and state.entry_ends is not None:
        state.entry_ends.close()  # a serve rebuild after a build that stopped early
    extension, quotes, emphasis = GlossaryExtension(), QuotesExtension(), EmphasisLanguagesExtension()
    config.markdown_extensions += (extension, quotes, emphasis)
    refuse_without_hook(config, __file__, "citations.py", "reads the citations ([@key]) and numbers the notes")
    state = GlossaryState(load_options(config), extension, quotes, emphasis)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    assert state is not None
    options = state.options
    entry_files = glossary_entry_files(files, options)
    if not entry_files:
        if (warning := no_entries_warning(config, options)) is not None:
            log.warning(warning)
            explained(options.glossary_index_page())  # MkDocs' own warning of the page would say "create it"
        return files
    with as_build_error():
        state.glossary = read_glossary(entry_files, files, config, options)
    for warning in state.glossary.warnings:
        log.warning(warning)
    state.extension.set_glossary(state.glossary, options.glossary_plurals)
    if options.glossary_emphasis_languages:
        state.emphasis.set_names(names_language(state.glossary.entries.values()))
    if warning := ensure_page(
        files, config, options, options.glossary_index_page(), "glossary_title", "glossary-index"
    ):
        log.warning(warning)
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    assert state is not None
    state.nav_pages = list(nav.pages)
    index_uri = state.options.glossary_index_page()
    state.index_in_nav = next((page for page in state.nav_pages if page.file.src_uri == index_uri), None)
    render_last(files, [index_uri, *(entry.src_uri for entry in state.glossary.entries.values())])
    return nav


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    assert state is not None
    options = state.options
    entry = state.glossary.by_src_uri(page.file.src_uri)
    state.quotes.start_page(enabled=entry is not None, quotes=sets_quotes(options.article.language))
    state.emphasis.start_page(enabled=is_editors_page(page.file.src_uri, options))
    # On an entry's page no term is linked.
    state.extension.start_page(enabled=options.link_terms and links_terms(options, state.glossary, page.file.src_uri))
    return entry_page_markdown(entry, markdown) if entry is not None else markdown


@event_priority(-50)  # after the search plugin (0) has read the page: the link is not the entry's text
def _place_entry(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    # An entry is not in the navigation: a link above its title leads back to the index
    # (added once the title is read from the page's first heading), and while the entry
    # renders the navigation marks the index as the reader's place.
    assert state is not None
    if state.glossary.by_src_uri(page.file.src_uri) is None:
        return context
    state.marked_index = state.index_in_nav
    if state.marked_index is not None:
        state.marked_index.active = True
        back = back_to_index(state.marked_index.url, page.url, state.options.glossary_title)
        page.content = back + (page.content or "")
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    assert state is not None
    if state.marked_index is not None:
        state.marked_index.active = False
        state.marked_index = None
    return output


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    assert state is not None
    state.uses[page.file.src_uri] = (page, state.extension.take_page())
    return html


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    assert state is not None
    if not state.glossary.entries:
        return env
    converted = list(state.uses.values())
    state.uses = {}  # read once, here: the build need not hold every page's uses to its end
    site = site_page_ends(
        state.glossary,
        state.options,
        with_engine_templates(env),
        converted,
        state.nav_pages,
        files,
        project_root(config),
    )
    state.entry_urls = site.entry_urls
    for warning in site.warnings:
        log.warning(warning)
    # Nothing more from the build is needed: the entries' ends and the index are written
    # beside it, in a forked process, in the order the pages render (templates compiled there
    # too), which first lets go of the pages' text it inherited. The build lets go of the uses.
    state.entry_ends = Forked(site.render_order, site.ends.write, redo=False, first_in_child=site.let_go_in_child)
    return env


@event_priority(50)  # before the search plugin (0) indexes the page
def _fill_entry_page(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    assert state is not None
    src = page.file.src_uri
    if state.entry_ends is None or src not in state.entry_ends:
        return context
    if src == state.options.glossary_index_page():
        if not fill_slot(page, "glossary-index", state.held.hold(src, state.entry_ends.get(src))):
            log.warning(missing_slot(source_path(page, config), "glossary-index", "the glossary's index"))
    else:
        fill_slot(page, "glossary-uses", state.held.hold(src, state.entry_ends.get(src)))
    return context


@event_priority(-50)  # after the search plugin (0) has indexed the page without term links and held parts
def _link_terms(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    assert state is not None
    if page.content:
        urls = state.entry_urls

        def href_of(slug: str) -> str | None:
            return notes.relative_url(urls[slug], page.url) if slug in urls else None

        page.content = expand_terms(state.held.release(page.file.src_uri, page.content), state.glossary, href_of)
    return context


@event_priority(-50)  # after the search plugin (0), which finds a page's sections by its table of contents
def _list_entry_sections(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    # The end of an entry's page, written in after its Markdown ("Where it appears"…), is
    # listed in its table of contents too; not in the search, which finds it on other pages.
    assert state is not None
    if page.toc is not None and state.glossary.by_src_uri(page.file.src_uri) is not None:
        list_unlisted_sections(page.toc, page.content or "")
    return context


on_page_context = CombinedEvent(_fill_entry_page, _link_terms, _place_entry, _list_entry_sections)


@event_priority(-100)  # last: the forked processes hold the collector (`hold_collector`) until then
def on_post_build(config: MkDocsConfig) -> None:
    assert state is not None
    if state.entry_ends is not None:
        state.entry_ends.close()


def on_build_error(error: Exception) -> None:
    # `mkdocs serve` lives on after a failed build: the child and its hold on the
    # collector must not wait for the next one.
    if state is not None and state.entry_ends is not None:
        state.entry_ends.close()
