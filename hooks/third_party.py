"""MkDocs hook: the build stops where a page would ask another site for something.

Thin wiring only; ``explainer.third_party`` finds what would be fetched. The settings of
``mkdocs.yml`` are checked as the build starts, each page's content as it is converted,
and the build stops before any page is written, with every file and line at once. A site
that means to load things from other sites leaves this hook out of its ``hooks``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from urllib.parse import urlsplit

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from explainer.errors import ExplainerError, ExplainerErrors
from explainer.site_pages import config_path, config_text, source_path
from explainer.third_party import (
    fetching_settings,
    page_errors,
    privacy_plugin_on,
    serves_own_mermaid,
    settings_errors,
)


@dataclass
class BuildState:
    """What one build needs to check its pages; a new one for every build."""

    #: The host of ``site_url``: addresses there are the site's own.
    own_host: str | None
    #: Whether the site serves its own copy of Mermaid's script (`extra_javascript`).
    mermaid_script: bool
    errors: list[ExplainerError] = field(default_factory=list)


state: BuildState | None = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global state
    settings = fetching_settings(config, privacy_plugin=privacy_plugin_on(config.plugins))
    if settings:
        raise PluginError(str(ExplainerErrors(settings_errors(settings, config_text(config), config_path(config)))))
    state = BuildState(
        own_host=urlsplit(config.site_url or "").hostname,
        mermaid_script=serves_own_mermaid(config.extra_javascript),
    )
    return config


@event_priority(100)  # first: the other hooks take parts out of the page (its notes) to put back later
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    assert state is not None
    state.errors += page_errors(
        html, partial(_source, page), source_path(page, config), state.own_host, mermaid_script=state.mermaid_script
    )
    return html


def _source(page: Page) -> str:
    """The page's Markdown as its editor wrote it."""
    try:
        return page.file.content_string
    except (OSError, UnicodeDecodeError):
        return ""


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    assert state is not None
    if state.errors:
        raise PluginError(str(ExplainerErrors(state.errors)))
    return env
