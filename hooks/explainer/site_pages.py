"""What every hook needs of the MkDocs build: its options, paths, pages and generated pages.

Pages whose main content the hooks generate (the bibliography, the glossary's index, the
timeline): an editor may write such a page (to give it an introduction) and mark where
the list goes with a slot element; if the page does not exist, it is generated with a
title and the slot. The lists are rendered from Jinja templates in
``templates/explainer/``, which a theme's ``custom_dir`` may override.

The rest is shared by the hooks so that each says it once: the ``extra.explainer``
options and the errors placed on their lines in ``mkdocs.yml``; paths as an editor finds
them (relative to the project); the pages in the navigation's order, and the generated
ones rendered last; a build refused with ``--dirty``; and what MkDocs' logging hides
(a strict build's count of warnings, an error a ``serve`` rebuild printed before).
"""

from __future__ import annotations

import functools
import html
import logging
import os
import weakref
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from .allocator import give_back_free_pages
from .config import ExplainerConfig, key_lines, load_config, option_item_line, option_line
from .css_text import css_string
from .errors import ExplainerError, ExplainerErrors
from .interface_words import interface_words
from .nav_page_titles import agree_with_nav
from .option_lines import inherited_files
from .source_text import text_or_empty

TEMPLATES = os.path.join(os.path.dirname(__file__), "templates")


def project_root(config: MkDocsConfig) -> str:
    """The folder of ``mkdocs.yml``: paths in options and messages are relative to it."""
    return _folder_of(config.config_file_path)


def _folder_of(config_file_path: str) -> str:
    return os.path.dirname(os.path.abspath(config_file_path))


@contextmanager
def as_build_error() -> Iterator[None]:
    """An editor's error stops the build with its message and no traceback."""
    try:
        yield
    except ExplainerError as error:
        raise PluginError(str(error)) from None


def strict_warnings(config: MkDocsConfig) -> int:
    """How many warnings a strict build has logged so far, each of which will stop it once
    its last event is done (0 for a build that is not strict).

    Read from the counter MkDocs adds to its logger for a strict build (`CountHandler`),
    or to the logger it hands its own to (ProperDocs': ``properdocs``)."""
    if not config.strict:
        return 0
    logger: logging.Logger | None = logging.getLogger("mkdocs")
    while logger is not None:
        for handler in logger.handlers:
            if type(handler).__name__ == "CountHandler" and hasattr(handler, "get_counts"):
                return sum(count for _level, count in handler.get_counts())
        logger = logger.parent
    return 0


def report_errors_again() -> None:
    """Let this build print an error an earlier build of the process printed.

    MkDocs' command line drops every message of its build's logger that the process has
    logged before (its `DuplicateFilter`), which a ``serve`` process keeps from one
    rebuild to the next: a rebuild that failed as an earlier one had printed only
    "Aborted with a BuildError!", without what to fix. Called as each build starts; the
    filter still drops a message repeated within one build. ProperDocs' logger too.
    """
    for name, logger in list(logging.Logger.manager.loggerDict.items()):
        if not name.endswith(".commands.build") or not isinstance(logger, logging.Logger):
            continue
        for log_filter in logger.filters:
            seen = getattr(log_filter, "msgs", None)
            if type(log_filter).__name__ == "DuplicateFilter" and isinstance(seen, set):
                seen.clear()


def refuse_dirty_builds(dirty: bool) -> None:
    """Stop a ``--dirty`` build before it starts, with what to run instead.

    A dirty build converts only the pages edited since the last one, and the hooks need
    every page: notes are numbered across the article and each glossary entry lists
    where it is used. Such a build would report errors that are not there.
    """
    if dirty:
        raise PluginError(
            "--dirty is not supported: the explainer numbers the notes and gathers the glossary's uses "
            "across every page, so each build must read them all. Run `mkdocs serve` or `mkdocs build` "
            "without --dirty (`make serve` does)."
        )


def load_options(config: MkDocsConfig) -> ExplainerConfig:
    """The validated ``extra.explainer`` options of this build, validated once a build:
    nine hooks ask in their ``on_config``. A `mkdocs serve` rebuild reads the file again
    into a new configuration, whose options are validated again."""
    global _options_of
    if _options_of is not None and _options_of[0]() is config:
        return _options_of[1]
    with as_build_error():
        options = load_config(
            config.extra, config_path(config), lambda: config_text(config), lambda: config_sources(config)
        )
        if errors := docs_folder_written_twice(config, options):
            raise ExplainerErrors(errors)
    _options_of = (weakref.ref(config), options)
    return options


#: The configuration whose options `load_options` validated last (held weakly), and them.
_options_of: tuple[weakref.ref[MkDocsConfig], ExplainerConfig] | None = None


def refuse_without_hook(config: MkDocsConfig, hook_file: str, companion: str, needed_for: str) -> None:
    """Stop the build if ``mkdocs.yml`` lists the hook ``hook_file`` but not ``companion``, the
    hook beside it whose work it reads (``needed_for``): without it, the editor would see
    a citation printed as typed, or errors about notes that the missing hook would number."""
    wanted = os.path.join(os.path.dirname(os.path.abspath(hook_file)), companion)
    loaded = (getattr(module, "__file__", None) for module in (config.hooks or {}).values())
    if any(path and os.path.abspath(path) == wanted for path in loaded):
        return
    shown = os.path.relpath(wanted, project_root(config))
    found = key_lines(config_text(config).splitlines(), ["hooks"])
    raise PluginError(
        str(
            ExplainerError(
                f"hooks lists {os.path.basename(hook_file)} but not {shown}, which {needed_for}",
                path=config_path(config),
                line=found[0] + 1 if found else None,
                hint=f"Add `- {shown}` under `hooks:`, as the project's README lists the hooks.",
            )
        )
    )


def option_given(config: MkDocsConfig, key: str) -> bool:
    """Whether ``mkdocs.yml`` sets ``extra.explainer.KEY`` itself, rather than leaving the default."""
    raw = config.extra.get("explainer")
    return isinstance(raw, dict) and key in raw


def option_error(config: MkDocsConfig, key: str, message: str, hint: str = "") -> ExplainerError:
    """An error about ``extra.explainer.KEY``, placed on its line in ``mkdocs.yml``."""
    line = option_line(config_text(config), key)
    return ExplainerError(f"extra.explainer.{key}: {message}", path=config_path(config), line=line, hint=hint)


def docs_path(config: MkDocsConfig, src_uri: str) -> str:
    """Where ``src_uri`` would be, as an editor finds it: ``docs/timeline.yml``."""
    return os.path.join(os.path.relpath(config.docs_dir, project_root(config)), src_uri)


def refuse_missing(config: MkDocsConfig, key: str, message: str, hint: str) -> None:
    """Stop the build if ``mkdocs.yml`` names, in ``extra.explainer.KEY``, what is missing.

    Left to its default, the option means a site without that part; named on purpose, a
    missing file or folder is a typo.
    """
    if option_given(config, key):
        with as_build_error():
            raise option_error(config, key, message, hint)


#: The options that name a path relative to the docs folder.
DOCS_PATH_OPTIONS = ("bibliography_page", "glossary_dir", "timeline_file", "timeline_page")


def docs_folder_written_twice(config: MkDocsConfig, options: ExplainerConfig) -> list[ExplainerError]:
    """An error for each path relative to the docs folder that starts with that folder's
    name (``bibliography_page: docs/bibliography.md``) where no such path is: MkDocs' own
    words would name the nav's page as missing, and a page ``docs/bibliography.md`` as
    left out of it, never the option."""
    folder = os.path.basename(os.path.normpath(config.docs_dir))
    errors = []
    for key in DOCS_PATH_OPTIONS:
        value = str(getattr(options, key)).replace("\\", "/")
        if not option_given(config, key) or not value.startswith(folder + "/"):
            continue
        if os.path.exists(os.path.join(config.docs_dir, value)):
            continue
        errors.append(
            option_error(
                config,
                key,
                f"{value!r} starts with {folder}/, the folder the path is relative to",
                f"Write {value[len(folder) + 1 :]!r}.",
            )
        )
    return errors


def missing_separate_folders(files: Files, config: MkDocsConfig, folders: Sequence[str]) -> list[ExplainerError]:
    """An error, at its line of ``mkdocs.yml``, for each of ``separate_notes``' ``folders``
    that holds no page: a slip in its name, and the pages meant would number their notes
    with the article's, without a word."""
    if not option_given(config, "separate_notes"):
        return []
    pages = [file.src_uri for file in files.documentation_pages()]
    text = config_text(config)
    docs = os.path.basename(os.path.normpath(config.docs_dir)) + "/"
    errors = []
    for folder in folders:
        if any(page.startswith(folder.strip("/") + "/") for page in pages):
            continue
        written = folder.replace("\\", "/")
        if written.startswith(docs) and any(page.startswith(written[len(docs) :].strip("/") + "/") for page in pages):
            # `docs/glossary/` was named "docs/docs/glossary/ holds no page", its folder twice.
            problem = f"{folder!r} starts with {docs}, the folder the path is relative to"
            hint = f"Write {written[len(docs) :]!r}."
        else:
            problem = f"{docs_path(config, folder.strip('/'))}/ holds no page"
            hint = (
                "Name a folder of the docs folder, relative to it (appendix/); its pages number their notes"
                " on their own."
            )
        errors.append(
            ExplainerError(
                f"extra.explainer.separate_notes: {problem}",
                path=config_path(config),
                line=option_item_line(text, "separate_notes", folder),
                hint=hint,
            )
        )
    return errors


def config_path(config: MkDocsConfig) -> str:
    """``mkdocs.yml`` as an editor finds it: relative to the project."""
    return os.path.relpath(config.config_file_path, project_root(config))


def config_text(config: MkDocsConfig) -> str:
    """The text of ``mkdocs.yml``, to find an option's line; empty if it cannot be read."""
    try:
        with open(config.config_file_path, encoding="utf-8-sig") as handle:
            return handle.read()
    except (OSError, TypeError, UnicodeDecodeError):
        return ""


def config_sources(config: MkDocsConfig) -> list[tuple[str, str]]:
    """``mkdocs.yml`` and each file its ``INHERIT:`` names, as (path relative to the project,
    text), in the order MkDocs reads an option from them: to place an option's error in
    the file that writes it."""
    root = project_root(config)
    return [(os.path.relpath(path, root), text_or_empty(path)) for path in inherited_files(config.config_file_path)]


def page_title(page: Page) -> str:
    """The page's title as text. MkDocs gives it as HTML, as its heading holds it
    (``Law &amp; Order``), and the engine's templates escape what they print."""
    return html.unescape(page.title or "")


def reading_order(pages: list[Page], nav_pages: list[Page]) -> list[Page]:
    """``pages`` in the navigation's order; pages outside it follow, by source path."""
    order = {page.file.src_uri: index for index, page in enumerate(nav_pages)}
    return sorted(pages, key=lambda page: (order.get(page.file.src_uri, len(order)), page.file.src_uri))


def slot(name: str) -> str:
    """The element that marks where a generated list goes: ``<div data-explainer-NAME></div>``."""
    return f"<div data-explainer-{name}></div>"


def nav_paths(config: MkDocsConfig) -> Iterator[str]:
    """Every path (and address) the ``nav`` written in ``mkdocs.yml`` names, whether its file exists or not."""

    def paths(items: object) -> Iterator[str]:
        for item in items if isinstance(items, list) else ():
            values = item.values() if isinstance(item, dict) else [item]
            for value in values:
                if isinstance(value, str):
                    yield value
                else:
                    yield from paths(value)

    return paths(config.nav)


def nav_lists(config: MkDocsConfig, src_uri: str) -> bool:
    """Whether the ``nav`` written in ``mkdocs.yml`` names the page ``src_uri``."""
    return src_uri in nav_paths(config)


def ensure_page(
    files: Files, config: MkDocsConfig, options: ExplainerConfig, src_uri: str, title_option: str, slot_name: str
) -> str | None:
    """Add a generated page at ``src_uri`` unless the docs already have one, titled by the
    option ``title_option`` and the nav alike (`agree_with_nav`, which may change either):
    the warning where both are written and differ, or None."""
    if files.get_file_from_path(src_uri) is not None:
        return None
    warning = agree_with_nav(
        config.nav,
        options,
        page=src_uri,
        title_option=title_option,
        defaults=title_defaults(config, options, title_option),
        written=option_given(config, title_option),
        config_path=config_path(config),
        config_text=lambda: config_text(config),
    )
    title = options[title_option]
    files.append(File.generated(config, src_uri, content=f"# {title}\n\n{slot(slot_name)}\n"))
    return warning


def title_defaults(config: MkDocsConfig, options: ExplainerConfig, title_option: str) -> list[str]:
    """The default of the option ``title_option``, and its words in the article's language
    and the theme's where the project has them (`interface_words`): a title left as it was."""
    defaults = [dict(ExplainerConfig._schema)[title_option].default]
    for language in (options.article.language, (config.theme or {}).get("language")):
        if isinstance(language, str) and (words := interface_words(language)) is not None:
            defaults.append(words.labels.get(title_option, defaults[0]))
    return defaults


def converted_page(file: File | None) -> Page | None:
    """``file``'s page, if MkDocs converted it: a page whose content a hook may complete."""
    if file is None or file.page is None or file.page.content is None:
        return None
    return file.page


def let_go_of_pages_text(files: Files) -> None:
    """In a forked child that needs neither: empty every converted page's Markdown and HTML,
    and give the freed memory back to the system (`allocator.give_back_free_pages`).

    A child starts with the build's memory, the pages' text the most of it (about 90 MB
    for the 16x benchmark corpus), and its work adds to that. Emptied, not None: MkDocs
    takes a page whose HTML is None for one not yet converted, and would seek its title
    in its Markdown. Never for the build's own process, whose pages are still to render.
    """
    for file in files.documentation_pages():
        if file.page is not None and file.page.content is not None:
            file.page.markdown = file.page.content = ""
    give_back_free_pages()


def missing_slot(path: str, slot_name: str, what: str) -> str:
    """The warning for an editor's own page of a generated list (a bibliography with words of
    its own above it) that has no `slot` for it: what to write, and where."""
    return (
        f"{path}: no {slot(slot_name)} on the page, so {what} went at its end; write that line, on its own"
        f" between blank lines, where {what} goes (below your own words), or delete the page to have it written"
        " for you"
    )


def fill_slot(page: Page, slot_name: str, html: str) -> bool:
    """Put ``html`` in the page's slot; without a slot, at the end. False if there was no slot."""
    marker = slot(slot_name)
    content = page.content or ""
    if marker in content:
        page.content = content.replace(marker, html)
        return True
    page.content = content + html
    return False


def with_engine_templates(env: Environment) -> Environment:
    """The theme's environment, able to load the engine's templates after the theme's own, and
    given their filter ``css_string`` (`explainer.css_text`)."""
    if getattr(env, "_explainer_templates", False):
        return env
    loaders = [env.loader] if env.loader else []
    env.loader = ChoiceLoader([*loaders, FileSystemLoader(TEMPLATES)])
    env.filters["css_string"] = css_string
    env._explainer_templates = True  # type: ignore[attr-defined]
    return env


def source_path(page: Page, config: MkDocsConfig) -> str:
    """A page's source as an editor finds it: relative to the project, e.g. ``docs/intro.md``."""
    if page.file.abs_src_path:
        return _relative_to_project(page.file.abs_src_path, config.config_file_path, os.getcwd())
    return docs_path(config, page.file.src_uri)


@functools.lru_cache(maxsize=8192)
def _relative_to_project(path: str, config_file_path: str, cwd: str) -> str:
    """``path`` relative to the folder of ``mkdocs.yml``: asked four times a page by the
    hooks (each check names the page), and the same each time. ``cwd``: what relative
    paths are read from, in the key."""
    return os.path.relpath(path, _folder_of(config_file_path))


def render_last(files: Files, src_uris: Iterable[str]) -> None:
    """Move these pages to the end of ``files``, which is the order MkDocs renders pages in.

    Their generated parts are written beside the build (`explainer.forked`) once every
    page is converted; rendered last, they find them ready instead of waiting. Called
    once the navigation is built, so the navigation's order is not affected.
    """
    for src_uri in src_uris:
        file = files.get_file_from_path(src_uri)
        if file is not None:
            files.remove(file)
            files.append(file)


def replace_log_filter(logger_names: Iterable[str], log_filter: logging.Filter) -> None:
    """Put ``log_filter`` on each logger, in place of the one of its class an earlier build
    put there: hook modules live as long as the ``mkdocs serve`` process."""
    for name in logger_names:
        logger = logging.getLogger(name)
        for stale in [each for each in logger.filters if type(each) is type(log_filter)]:
            logger.removeFilter(stale)
        logger.addFilter(log_filter)
