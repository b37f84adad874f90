"""MkDocs hook: paragraph anchors on every page, the editors' "In brief" box on sections,
and the words of the page a broken link leads to and of the search's line over results
found loosely.

Thin wiring: ``explainer.markdown_anchors`` gives paragraphs ids, and
``explainer.markdown_dates`` keeps a day with its month on the editors' pages, and
``explainer.markdown_languages`` checks the languages an attribute list gives (and
``explainer.unread_attribute_lists`` warns of one that follows plain words); ``explainer.summaries``
reads a page's ``summary`` front matter and puts the box under the page's title (an
emphasis that is a glossary name of another language marked with it, by
``explainer.glossary_files``); the box
is the ``explainer/summary.html`` template.
``explainer.page_front_matter`` reports front matter that MkDocs could not read at all, or
read with a key given twice, and
``explainer.source_text`` a page that is not UTF-8, ``explainer.page_titles`` a page
without a title, and ``explainer.shown_titles`` sets the titles editors write (front matter,
nav) as text; ``explainer.link_lines`` gives MkDocs' warnings about a link the line
of the link (and, for an anchor the page lacks, the page's headings and paragraphs),
and ``explainer.option_lines`` its warning about an unknown option of
``mkdocs.yml`` the option's line and the option meant; ``explainer.theme_options`` warns of
a name under ``theme:`` that the theme does not know, of which MkDocs says nothing, and
``explainer.theme_languages`` of a theme's language that is not the article's;
``explainer.not_found_page`` tells a build without ``site_url`` what the 404 page needs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from explainer.config import ExplainerConfig
from explainer.errors import ExplainerError, ExplainerErrors
from explainer.glossary_files import glossary_names_language
from explainer.link_lines import LinkLines, page_headings
from explainer.markdown_anchors import AnchorsExtension, PageAnchors, anchored_paragraphs
from explainer.markdown_dates import DaysUnbrokenExtension, is_editors_page
from explainer.markdown_languages import language_attribute_errors, reads_attribute_lists
from explainer.nav_lines import NAV_LOGGERS, NavLines, pages_listed_twice
from explainer.not_found_page import site_url_missing
from explainer.notes import NOTE_TOKEN
from explainer.option_lines import UnknownOptionLines
from explainer.page_front_matter import key_given_twice, misspelt_page_keys, unread_front_matter
from explainer.page_titles import untitled_page_warning
from explainer.shown_titles import nav_titles_as_text, titles_as_text
from explainer.site_pages import (
    as_build_error,
    load_options,
    nav_paths,
    project_root,
    replace_log_filter,
    source_path,
    with_engine_templates,
)
from explainer.smart_quotes import sets_quotes
from explainer.source_text import source_text
from explainer.summaries import (
    SummaryBox,
    SummaryPoint,
    parse_summary,
    with_box_after_title,
)
from explainer.template_cache import cache_directory
from explainer.theme_languages import languages_apart
from explainer.theme_options import theme_warnings
from explainer.unindexed import HeldBack
from explainer.unread_attribute_lists import reads_bracket_spans, unread_attribute_list_warnings

log = logging.getLogger("mkdocs.plugins.explainer")
#: The loggers that warn of a page's links: MkDocs', and ProperDocs' (its fork's own modules).
PAGES_LOGGERS = ("mkdocs.structure.pages", "properdocs.structure.pages")
#: The loggers that warn of an option of mkdocs.yml that MkDocs does not know.
CONFIG_LOGGERS = ("mkdocs.config", "properdocs.config")

# MkDocs warns of an unknown option while it loads mkdocs.yml, after importing the hooks
# and before any event (a strict build stops there): so the filter goes on as they load.
replace_log_filter(CONFIG_LOGGERS, UnknownOptionLines())

options: ExplainerConfig | None = None
#: Per build: page source path to its summary points, rendered once the theme is known.
summaries: dict[str, list[SummaryPoint]] = {}
errors: list[ExplainerError] = []
#: Per build: the parts of the boxes held back from the search index until each page is indexed.
held = HeldBack("summary")
#: Per build: a day kept with its month in the editors' pages.
days = DaysUnbrokenExtension()
#: Per build: the language the glossary gives a word of a summary's emphasis.
names_language: Callable[[str], str] | None = None
#: Per build: whether Markdown reads the attribute lists (`{lang=de}`) the pages give.
attribute_lists_read = True
#: Per build: whether Markdown reads `[words]{lang=de}` as a span (pymdownx.bracketspan).
bracket_spans_read = False
#: Per build: the site's files, whose pages' headings a broken link's warning names.
built_files: Files | None = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global options, held, days, names_language, attribute_lists_read, bracket_spans_read
    held = HeldBack("summary")
    names_language = None
    attribute_lists_read = reads_attribute_lists(config.markdown_extensions)
    bracket_spans_read = reads_bracket_spans(config.markdown_extensions)
    summaries.clear()
    errors.clear()
    options = load_options(config)
    days = DaysUnbrokenExtension(options.article.language)
    # What the installed theme knows is kept between builds where its compiled templates are.
    store = cache_directory() if options.template_cache else None
    for warning in theme_warnings(config.theme, config.config_file_path, store):
        log.warning(warning)
    # The theme's language is the article's, where the theme has words in it.
    theme_language = str(config.theme.get("language") or "en")
    if apart := languages_apart(theme_language, options.article.language, config.theme.dirs, config.config_file_path):
        log.warning(apart)
    config.markdown_extensions += (AnchorsExtension(), days)
    # MkDocs names a page whose link it cannot follow, not the link's line: give it.
    replace_log_filter(PAGES_LOGGERS, LinkLines(config.docs_dir, project_root(config), anchors_of))
    # MkDocs names a nav entry whose page is not there, not its line in mkdocs.yml: give it.
    replace_log_filter(NAV_LOGGERS, NavLines(config.config_file_path, config.docs_dir, project_root(config)))
    # Not a warning: a build to read on this machine needs no address (`mkdocs serve` sets one).
    if note := site_url_missing(config.site_url, config.config_file_path):
        log.info(note)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    global names_language, built_files
    assert options is not None
    names_language = glossary_names_language(files, config, options)
    built_files = files
    return files


def anchors_of(src_uri: str) -> tuple[list[tuple[str, str]], set[str]] | None:
    """The headings of the page ``src_uri`` of this build, as (anchor, title), and all its
    anchors, for a link to an anchor it lacks (`LinkLines`)."""
    found = built_files.get_file_from_path(src_uri) if built_files is not None else None
    page = found.page if found is not None else None
    if page is None or page.present_anchor_ids is None:
        return None
    return page_headings(page.toc), page.present_anchor_ids


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    # MkDocs builds a nav that lists a page twice without a word; the notes' order cannot hold it.
    pages = (page.file.src_uri for page in nav.pages)
    if twice := pages_listed_twice(pages, nav_paths(config), config.config_file_path, project_root(config)):
        with as_build_error():
            raise ExplainerErrors(twice)
    nav_titles_as_text(nav.items)
    return nav


def on_page_read_source(page: Page, config: MkDocsConfig) -> str | None:
    # MkDocs would stop on a byte that is not UTF-8 with a traceback naming no line.
    with as_build_error():
        return source_text(page.file, source_path(page, config))


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    titles_as_text(page)
    problem = unread_front_matter(markdown, page.meta, source_path(page, config))
    if problem is not None:
        errors.append(problem)
    assert options is not None
    days.start_page(enabled=is_editors_page(page.file.src_uri, options))
    # attr_list sets the `lang` an editor writes (`*Heimat*{lang=de}`) unchecked; without it, the braces show.
    errors.extend(
        language_attribute_errors(page.file.content_string, source_path(page, config), read=attribute_lists_read)
    )
    if attribute_lists_read:  # braces after plain words show as typed all the same
        for warning in unread_attribute_list_warnings(
            page.file.content_string, source_path(page, config), bracket_spans=bracket_spans_read
        ):
            log.warning(warning)
    if not options.is_glossary_entry(page.file.src_uri):  # an entry's fields are the glossary's to check
        source = page.file.content_string
        errors.extend(misspelt_page_keys(page.meta, source_path(page, config), source))
        twice = key_given_twice(page.meta, source_path(page, config), source)
        if twice is not None:
            errors.append(twice)
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    untitled = untitled_page_warning(page, source_path(page, config))
    if untitled is not None:
        log.warning(untitled)
    if "summary" in page.meta:
        try:
            assert options is not None
            summaries[page.file.src_uri] = parse_summary(
                page.meta,
                source_path(page, config),
                anchored_paragraphs(html),
                page.file.content_string,
                typographic=sets_quotes(options.article.language),
                language=options.article.language,
                lang_of=names_language,
            )
        except ExplainerErrors as problems:
            errors.extend(problems.errors)
        except ExplainerError as error:
            errors.append(error)
    return html


@event_priority(-90)  # after the hooks have filled the page in (notes, glossary uses)
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    # MkDocs knows only the anchors the Markdown made; with `validation: anchors: warn`
    # a link to a paragraph (#p3) or a note (#note-12) would be reported as broken.
    if config.validation.links.anchors >= logging.WARNING and page.present_anchor_ids is not None:
        page.present_anchor_ids = PageAnchors(page.present_anchor_ids, output)
    return output


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    assert options is not None
    if errors:
        raise PluginError(str(ExplainerErrors(errors)))
    box = SummaryBox(with_engine_templates(env), options.summary_title, options.words)
    # Every page's search (overrides/main.html gives its script the words).
    env.globals["explainer_search_words"] = {
        "close_words": options.words.search_close_words,
        # A query that is one of these and a number asks for that note (`notes.NOTE_TOKEN`).
        "note_words": f"{options.words.note} {options.words.notes}",
        "note_token": NOTE_TOKEN,
    }
    for src_uri, points in summaries.items():
        file = files.get_file_from_path(src_uri)
        if not file or not file.page or not file.page.content or not points:
            continue
        file.page.content = with_box_after_title(file.page.content, held.hold(src_uri, box.html(points)))
    return env


@event_priority(-50)  # after the search plugin (0) has indexed the page without the held parts
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    if page.content:
        page.content = held.release(page.file.src_uri, page.content)
    return context


def on_template_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    """The page a broken link leads to (``overrides/404.html``), in the article's language."""
    if template_name == "404.html" and options is not None:
        context["explainer_not_found"] = {"title": options.words.not_found, "home": options.words.not_found_home}
    return context
