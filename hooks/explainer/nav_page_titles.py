"""A generated page's title (``bibliography_title``) and the title the nav gives it, made one.

The hooks write the bibliography's, the glossary's and the timeline's pages with the
option's title as their heading, and the nav's line (``- Bibliography: bibliography.md``)
titles the page in the navigation and the browser's tab. After ``bibliography_title: Works
cited``, the nav still said "Bibliography": two names for one page. The title the editor
wrote wins over the one left as it was, without a second edit: an option set where the
nav's line keeps the option's default titles the nav too; a nav's own title where the
option is left out titles the page. "Left as it was" is the default in the language in use
too: ``make new-article`` writes a French article's ``bibliography_title: Bibliographie`` and
its nav's ``- Bibliographie: bibliography.md``, and an editor who changes one of the two
means the page so titled. Where both are written, and differ, only the editor
knows which is meant: a warning names both lines. An editor's own page (``docs/bibliography.md``)
has its own heading, and is left alone.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Collection, MutableMapping

from .nav_lines import nav_line
from .option_lines import key_line


def agree_with_nav(
    nav: object,
    options: MutableMapping[str, object],
    *,
    page: str,
    title_option: str,
    defaults: Collection[str],
    written: bool,
    config_path: str,
    config_text: Callable[[], str],
) -> str | None:
    """Make the nav's title of ``page`` (a path inside the docs folder) and the option
    ``title_option`` of ``options`` agree, changing the nav (``mkdocs.yml``'s ``nav``, as
    MkDocs read it, before it builds the navigation) or the option; ``defaults``: the
    option's default and its words in the language in use (``Bibliography``, ``Bibliographie``),
    which a title left as it was holds; ``written``: whether ``mkdocs.yml`` sets the option. The warning where
    both are written and differ; None otherwise. ``config_text`` gives ``mkdocs.yml``'s
    text, read only to place the warning."""
    item = _titled_item(nav, page)
    if item is None:
        return None
    title = next(iter(item))
    option = str(options[title_option])
    if title == option:
        return None
    option_left = not written or option in defaults
    if not option_left and title in defaults:  # the nav's line as the option's default left it
        item.clear()
        item[option] = page
        return None
    if option_left:  # the nav's title is the editor's: the page's heading takes it
        options[title_option] = title
        return None
    text = config_text()
    nav_at = nav_line(text, page)
    option_at = key_line(text, ["extra", "explainer", title_option])
    return (
        f"{config_path}:{nav_at or '?'}: the nav calls {page} {title!r}, and extra.explainer.{title_option}"
        f" ({config_path}:{option_at or '?'}) {option!r}, its heading: a reader sees two names for one page;"
        f" write the same words in both, or write the nav's line without a title, `- {page}`, which takes the"
        " option's"
    )


def _titled_item(nav: object, page: str) -> dict | None:
    """The nav's item that gives ``page`` a title (``{"Bibliography": "bibliography.md"}``),
    at any depth; None if the nav names it without one, or not at all."""
    if isinstance(nav, list):
        return next((found for each in nav if (found := _titled_item(each, page)) is not None), None)
    if not isinstance(nav, dict) or len(nav) != 1:
        return None
    [(title, value)] = nav.items()
    if isinstance(value, str):
        written = posixpath.normpath(value.strip().removeprefix("./"))
        return nav if written == posixpath.normpath(page) and isinstance(title, str) else None
    return _titled_item(value, page)
