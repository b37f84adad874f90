"""The timeline as the site's files hold it: its YAML file found among the documentation
files, read into events, and kept out of the site, whose timeline page is written from it."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel

from .config import ExplainerConfig
from .nav_lines import nav_place
from .site_pages import docs_path, nav_lists, project_root, refuse_missing
from .smart_quotes import sets_quotes
from .source_text import editor_path, source_text
from .timeline import TimelineEvent, parse_timeline


def no_timeline_warning(config: MkDocsConfig, options: ExplainerConfig) -> str | None:
    """For a site without ``timeline_file``: a warning if the nav lists the timeline's page,
    of which MkDocs would only say that the page is not found.

    Stops the build (`PluginError`) if ``timeline_file`` is named on purpose: a typo.
    """
    missing = docs_path(config, options.timeline_file)
    refuse_missing(
        config, "timeline_file", f"{missing} does not exist", "Check the file's name, relative to the docs folder."
    )
    if not nav_lists(config, options.timeline_page):
        return None
    return (
        f"{missing} does not exist, so there is no timeline page for the nav's"
        f" {options.timeline_page}; add the file, or take the timeline out of the nav"
        f" ({nav_place(config.config_file_path, project_root(config), options.timeline_page)})"
    )


def read_timeline(
    source: File, config: MkDocsConfig, options: ExplainerConfig
) -> tuple[str, tuple[TimelineEvent, ...]]:
    """The timeline file's path as an editor finds it, and its events; the file left out of the site.

    Raises `ExplainerErrors` naming every problem in the file.
    """
    path = editor_path(source, project_root(config))
    language = options.article.language
    events = parse_timeline(source_text(source, path), path, typographic=sets_quotes(language), language=language)
    # The page's source, as a page's Markdown is: read here, not published (the glossary reads it too).
    source.inclusion = InclusionLevel.EXCLUDED
    return path, events


def no_events_warning(path: str) -> str:
    """The warning for a timeline file at ``path`` that holds no event."""
    return (
        f"{path}: the timeline has no events, so its page is empty;"
        " add events, or delete the file to have no timeline page"
    )
