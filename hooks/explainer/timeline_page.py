"""The timeline's page once every page is converted: the events checked against the site,
and their list as the page shows it, from the ``explainer/timeline.html`` template."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation

from .config import ExplainerConfig
from .errors import ExplainerErrors
from .markdown_passages import PassageNotes
from .site_pages import nav_paths, page_title
from .timeline import (
    StatingPage,
    TimelineEvent,
    check_against_site,
    countries_of,
    notes_before_their_quote,
    shared_quotes,
    timeline_rows,
)


def pages_numbered_in_order(nav: Navigation, files: Files, config: MkDocsConfig, options: ExplainerConfig) -> set[str]:
    """The pages whose notes an event's note can be checked against (`site_warnings`), by source path.

    The nav's order numbers the notes; a page outside it has its notes numbered after the
    last page's. So: the pages the nav lists (those in it, and those it names that do not
    exist, which are reported as missing), and the separate pages (the glossary's), which
    number their notes on their own, so that the nav's order is nothing to them.
    """
    separate = {file.src_uri for file in files.documentation_pages() if options.is_separate(file.src_uri)}
    return {page.file.src_uri for page in nav.pages} | set(nav_paths(config)) | separate


def site_warnings(
    events: Sequence[TimelineEvent],
    files: Files,
    passage_notes: Mapping[str, Mapping[str, PassageNotes]],
    holders: Mapping[str, Mapping[str, int]],
    path: str,
    nav: Collection[str],
    warn: Callable[[str], None],
) -> None:
    """Give ``warn`` the warnings for the events' quotes that more than one paragraph holds
    (`shared_quotes`), and for the notes called in their passage but not after their words
    (`notes_before_their_quote`): first, so that an editor who renumbered notes sees every
    event to change in one build, those the errors name and those they do not.

    Raises `ExplainerErrors` naming every event the converted pages contradict
    (`check_against_site`): a page, a quote or a note that is not there.
    """
    for warning in shared_quotes(events, holders, path) + notes_before_their_quote(events, files, passage_notes, path):
        warn(warning)
    if problems := check_against_site(events, files, passage_notes, path, nav):
        raise ExplainerErrors(problems)


def timeline_html(
    events: Sequence[TimelineEvent],
    files: Files,
    passages: Mapping[str, Mapping[str, str]],
    page_url: str,
    options: ExplainerConfig,
    env: Environment,
) -> str:
    """The events' list on the timeline's page (at ``page_url``), each linked to the passage
    that states it; ``env`` finds the engine's templates (`site_pages.with_engine_templates`).

    The events are checked against the site (`site_warnings`) first: each names a converted page.
    """
    pages = {}
    for src_uri in {event.page for event in events}:
        target = files.get_file_from_path(src_uri)
        assert target is not None and target.page is not None  # checked against the pages before
        pages[src_uri] = StatingPage(target.page.url, page_title(target.page))
    language = options.article.language
    rows = timeline_rows(events, pages, passages, page_url, language)
    return env.get_template("explainer/timeline.html").render(
        events=rows,
        countries=countries_of(events),
        words=options.words,
        language=language,
    )
