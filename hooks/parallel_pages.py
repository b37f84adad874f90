"""MkDocs hook: pages converted on the second core, from the last back, while MkDocs converts from the first.

Thin wiring: ``explainer.parallel_pages`` does the work. The ``convert_in_parallel``
option turns it off.
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from explainer.parallel_pages import PagesConverted
from explainer.site_pages import load_options

#: Past every other handler of an event, or before every other one.
LAST = -1000
FIRST = 1000

converted: PagesConverted | None = None


def _close() -> None:
    global converted
    if converted is not None:
        converted.close()
        converted = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _close()  # a serve rebuild after a build that stopped early
    return config


@event_priority(LAST)  # the pages' order is final: `render_last` has moved those that wait
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    global converted
    _close()
    if load_options(config).convert_in_parallel:
        converted = PagesConverted(config, files)
    return nav


@event_priority(LAST)  # every other handler has set up the page's conversion
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return markdown if converted is None else converted.hand_over(markdown, page)


@event_priority(FIRST)  # every page is converted: the child is done
def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    _close()
    return env


def on_build_error(error: Exception) -> None:
    _close()
