"""MkDocs hook: the whole article as one PDF, with real footnotes, from the built pages.

Thin wiring only: ``explainer.config`` says whether a build makes it (`pdf_wanted`),
``explainer.site_pdf`` makes it from the rendered pages: ``explainer.pdf_sections`` puts
them in order, ``explainer.pdf_settings`` gives its metadata and stylesheet,
``explainer.pdf_document`` assembles the HTML, ``explainer.pdf_render`` renders it with WeasyPrint. The PDF is
written after the site, atomically; every page links to it, and is given its size then
(``explainer.pdf_link_size``). ``mkdocs serve`` skips it unless ``EXPLAINER_PDF=1``.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from explainer import notes, spliced
from explainer.config import ExplainerConfig, pdf_wanted
from explainer.pdf_link_size import add_size_to_pages, size_text
from explainer.site_beside import meant_site_dir
from explainer.site_pages import as_build_error, load_options, strict_warnings

log = logging.getLogger("mkdocs.plugins.explainer")

#: The command MkDocs runs (``build``, ``serve``, ``gh-deploy``); set once per process.
_command = "build"


@dataclass
class PdfState:
    """One build's PDF settings and what it needs from the build."""

    options: ExplainerConfig
    enabled: bool
    nav: Navigation | None = None
    files: Files | None = None
    extra: dict = field(default_factory=dict)
    #: The written pages that link to the PDF, which get its size once it is written.
    linked: list[str] = field(default_factory=list)
    #: Each page's HTML as rendered: once a page is written, the ``search`` hook gives it
    #: back the smaller HTML the search index read.
    rendered: dict[str, str] = field(default_factory=dict)


state: PdfState | None = None


def on_startup(command: str, dirty: bool) -> None:
    global _command
    _command = command


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global state
    options = load_options(config)
    state = PdfState(options, pdf_wanted(options, _command, os.environ.get("EXPLAINER_PDF")))
    return config


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    assert state is not None
    state.nav, state.files = nav, files
    return nav


@event_priority(-90)  # after the other hooks have completed the page's HTML (-50)
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    assert state is not None
    if state.enabled:
        context["explainer_pdf"] = {
            "href": notes.relative_url(state.options.pdf_file, page.url),
            "label": state.options.pdf_link_label,
        }
        state.linked.append(page.file.abs_dest_path)
        if page.content is not None:
            # With any part that waits in a file for the written page (`spliced`) put back.
            state.rendered[page.file.src_uri] = spliced.parts.expand(page.content)
    return context


@event_priority(-50)  # after the search index is written: the site is complete
def on_post_build(config: MkDocsConfig) -> None:
    assert state is not None
    if not state.enabled or state.nav is None or state.files is None:
        return
    if warnings := strict_warnings(config):
        # MkDocs stops a strict build once this event is done: a PDF written now would be
        # a failed build's.
        log.info(f"PDF not written: the build has {warnings} warning(s), which stop it in strict mode")
        return
    # Imported here: a build without a PDF does not pay for BeautifulSoup or WeasyPrint.
    from explainer.site_pdf import write_site_pdf

    started = time.monotonic()
    with as_build_error():
        written = write_site_pdf(state.nav, state.files, state.options, state.rendered, config)
    if not written:
        log.info("PDF not written: its warnings stop the build in strict mode")
        return
    target = os.path.join(config.site_dir, state.options.pdf_file)
    words = state.options.words
    add_size_to_pages(state.linked, size_text(os.path.getsize(target), words.pdf_size, words.decimal_mark))
    # Named where it will be read: a site built beside the last one moves in after this.
    shown = os.path.join(meant_site_dir(config.site_dir), state.options.pdf_file)
    log.info(f"PDF written to {shown} in {time.monotonic() - started:.1f} seconds")
