"""MkDocs hook: a failed ``mkdocs build`` leaves the last site as it was.

Thin wiring: ``explainer.site_beside`` does the work. Only the ``build`` command builds
beside the site: ``serve`` builds into a temporary folder of its own, and a ``--dirty``
build works on the files already in ``site_dir``.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from explainer.site_beside import SiteBuiltBeside
from explainer.site_pages import as_build_error, strict_warnings

#: Past every other handler of an event.
LAST = -1000

#: Whether this process runs ``mkdocs build`` without ``--dirty``; set once per process.
building_whole_site = False
beside: SiteBuiltBeside | None = None


def on_startup(command: str, dirty: bool) -> None:
    global building_whole_site
    building_whole_site = command == "build" and not dirty


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
