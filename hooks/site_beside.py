"""MkDocs hook: a failed ``mkdocs build`` or ``mkdocs gh-deploy`` leaves the last site as it was.

Thin wiring: ``explainer.site_beside`` does the work, and says which commands build
beside the site (`builds_beside`).
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from explainer.site_beside import SiteBuiltBeside, builds_beside
from explainer.site_pages import as_build_error, strict_warnings

#: Past every other handler of an event.
LAST = -1000

#: Whether this process builds beside the site (`builds_beside`); set once per process.
building_whole_site = False
beside: SiteBuiltBeside | None = None


def on_startup(command: str, dirty: bool) -> None:
    global building_whole_site
    building_whole_site = builds_beside(command, dirty)


@event_priority(LAST)  # every other handler has settled `site_dir`
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global beside
    if building_whole_site:
        beside = SiteBuiltBeside.start(config)
    return config


@event_priority(LAST)  # every other handler has written its files (the search index, the PDF)
def on_post_build(config: MkDocsConfig) -> None:
    global beside
    if beside is None:
        return
    # MkDocs stops a strict build with a warning right after this event.
    if strict_warnings(config):
        beside.discard()
        beside = None
        return
    with as_build_error():
        beside.move_into_place()
    beside = None


def on_build_error(error: Exception) -> None:
    global beside
    if beside is not None:
        beside.discard()
        beside = None
