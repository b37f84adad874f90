"""The site's notes, from the converted pages to what writes them: checked, numbered, and
the pages' lists of notes and the bibliography's list written beside the build
(`note_lists`, `bibliography_listing`), in a forked process (`NotesAside`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from . import notes, spliced
from .bibliography_listing import BibliographyListing, add_entry_anchors
from .bibtex import Bibliography
from .config import ExplainerConfig, option_line
from .errors import ExplainerErrors
from .forked import ForkedPrepared, Prepared
from .markdown_notes import PageNotes
from .note_lists import NoteLists
from .note_numbering import number_notes
from .site_pages import (
    config_path,
    config_text,
    converted_page,
    let_go_of_pages_text,
    source_path,
    with_engine_templates,
)


def note_labels(options: ExplainerConfig) -> dict[str, str]:
    """The note calls' and links back's labels, for screen readers (`notes.call_html`)."""
    return {"call": options.call_label, "backref": options.backref_label}


def unpacked_notes(pages: Mapping[str, tuple[Page, bytes]]) -> dict[str, tuple[Page, PageNotes]]:
    """Each page with its notes, held packed while the pages converted (`PageNotes.packed`)."""
    return {src_uri: (page, PageNotes.unpacked(packed)) for src_uri, (page, packed) in pages.items()}


def check_site_citations(
    converted: Mapping[str, tuple[Page, PageNotes]],
    bibliography: Bibliography,
    options: ExplainerConfig,
    config: MkDocsConfig,
) -> notes.CitationChecks:
    """Every check of the pages' citations against the bibliography (`notes.check_citations`),
    each problem named at the page's source file as an editor finds it (``docs/intro.md``)."""
    sources = [
        notes.PageSource(
            page_notes,
            lambda file=page.file: file.content_string,
            lambda page=page: source_path(page, config),
        )
        for page, page_notes in converted.values()
    ]

    def bib_files_at() -> tuple[str, int | None]:  # read only for its error, seldom made
        return config_path(config), option_line(config_text(config), "bib_files")

    return notes.check_citations(
        sources,
        bibliography,
        options.style_words(),
        options.bib_files,
        bib_files_at,
        calls_side_by_side=options.note_calls_side_by_side,
        calls_in_headings=options.note_calls_in_headings,
    )


@dataclass(frozen=True)
class NumberedNotes:
    """What the build's process needs of the checked and numbered notes: little enough to
    cross from the forked process that checks and numbers them (`NotesAside`)."""

    #: The checks' warnings, in the order they are reported.
    warnings: list[str]
    #: The message of the errors that stop the build ("" if none).
    errors: str
    #: Each page's note numbers in the order of its calls, by source path (`note_numbering.mark_page_calls`).
    numbers: dict[str, list[int]]
    #: A warning for each entry no note cites, if the options ask for them (`warn_uncited`).
    uncited_warnings: list[str]
    #: The prose of each page's notes, its citations in their short forms, by source path:
    #: the page's Notes section in the search index (`notes.prose_text`).
    prose: dict[str, str]


#: The streams of parts a `NotesAside` child writes: each page's list of notes, and the bibliography's list.
LISTS, LISTING = 0, 1


@dataclass
class NotesAside:
    """The notes checked, numbered and written in a forked process (`forked.ForkedPrepared`).

    The numbering makes hundreds of thousands of small objects (every citation's place
    and form, every source's notes) that the writers need and the build does not. Made
    in the build's process, they were freed by the end of ``on_env`` but left the
    allocator's arenas behind, pinned by a few survivors: the 16x corpus's build reached
    270 MB there and held 240 MB through the pages; in a child, 224 MB. They are never
    the build's: it gets each page's numbers, the warnings and the errors
    (`NumberedNotes`), then the child writes each page's list of notes (`LISTS`), and a
    process it forks writes the bibliography's (`LISTING`), one long part rendered last,
    which must not wait behind the lists.
    """

    numbering: ForkedPrepared[NumberedNotes]
    #: The converted pages, whose note calls get their numbers (`note_numbering.mark_page_calls`).
    pages: list[Page]
    #: The pages that have a list, in the order MkDocs renders them: the order the lists are written in.
    render_order: list[str]
    #: The bibliography page's source path, if MkDocs converted it.
    bibliography_page: str | None
    #: Where the bibliography's list goes in its written page ("" without the page).
    listing_placeholder: str


def notes_aside(
    pages: Mapping[str, tuple[Page, bytes]],
    page_lists: dict[str, str],
    nav_pages: Sequence[Page],
    bibliography: Bibliography,
    options: ExplainerConfig,
    config: MkDocsConfig,
    files: Files,
    env: Environment,
    *,
    fork: bool = True,
) -> NotesAside:
    """Check and number the notes of the converted ``pages`` (held packed, by source path)
    in reading order, and write each page's list (``page_lists``, by source path, as
    `notes.split_list` took them out) and the bibliography page's list: in a forked process
    where the platform forks (`NotesAside`). The caller lets go of ``pages`` and
    ``page_lists`` once this returns: the child has its own.

    The bibliography page gets its entries' anchors now, for MkDocs' check of links to
    them, and a part of its written page reserved for the list (`spliced.parts.reserve`).
    """
    bib_file = files.get_file_from_path(options.bibliography_page)
    bib_url = bib_file.url if bib_file else ""
    bib_page = converted_page(bib_file)
    if bib_page is not None:
        add_entry_anchors(bib_page, bibliography)
    render_order = [file.src_uri for file in files.documentation_pages() if file.src_uri in page_lists]
    placeholder, listing_file = spliced.parts.reserve(bib_page.file.abs_dest_path) if bib_page else ("", "")
    listed = [bib_page.file.src_uri] if bib_page else []

    def prepare() -> Prepared[NumberedNotes]:
        converted = unpacked_notes(pages)
        checks = check_site_citations(converted, bibliography, options, config)
        if checks.errors:
            return NumberedNotes(checks.warnings, str(ExplainerErrors(checks.errors)), {}, [], {}), None
        resolution = number_notes(converted, nav_pages, bibliography, options, bib_url)
        numbers = {src_uri: resolved.numbers for src_uri, resolved in resolution.pages.items()}
        lists = NoteLists(page_lists, resolution.pages, note_labels(options))
        listing = BibliographyListing(
            bibliography, resolution.backlinks, bib_url, options, with_engine_templates(env), listing_file
        )
        uncited = notes.uncited_warnings(bibliography, resolution.backlinks) if options.warn_uncited else []
        prose = {
            src_uri: notes.prose_text(listing, resolution.pages[src_uri].inline_search_text)
            for src_uri, listing in page_lists.items()
        }
        return NumberedNotes(checks.warnings, "", numbers, uncited, prose), [lists.write, listing.write]

    def let_go_of_pages() -> None:
        let_go_of_pages_text(files)  # the checks read the source files, the titles what the pages rendered

    return NotesAside(
        numbering=ForkedPrepared(prepare, [render_order, listed], fork=fork, first_in_child=let_go_of_pages),
        pages=[page for page, _packed in pages.values()],
        render_order=render_order,
        bibliography_page=bib_page.file.src_uri if bib_page else None,
        listing_placeholder=placeholder,
    )
