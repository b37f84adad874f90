"""The site's notes, from the converted pages to what writes them: checked, numbered, and
the pages' lists of notes and the bibliography's list made ready to be written beside the
build (`note_lists`, `bibliography_listing`), each in a forked process the hook starts.
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
from .config import ExplainerConfig
from .markdown_notes import PageNotes
from .note_lists import NoteLists
from .note_numbering import number_notes
from .site_pages import converted_page, source_path, with_engine_templates


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
    return notes.check_citations(sources, bibliography, options.style_words(), options.bib_files)


@dataclass
class NotesToWrite:
    """The numbered notes, ready for the forked processes that write them beside the build."""

    #: Each page's list of notes, written by `NoteLists.write`.
    lists: NoteLists
    #: The pages that have a list, in the order MkDocs renders them: the order the lists are written in.
    render_order: list[str]
    #: The prose of each page's notes, for its Notes section in the search index.
    prose: dict[str, str]
    #: The bibliography page's list, written by `BibliographyListing.write` to a part of the page (`spliced`).
    listing: BibliographyListing
    #: The bibliography page's source path, if MkDocs converted it.
    bibliography_page: str | None
    #: Where the bibliography's list goes in its written page ("" without the page).
    listing_placeholder: str
    #: A warning for each entry no note cites, if the options ask for them (`warn_uncited`).
    uncited_warnings: list[str]


def notes_to_write(
    converted: Mapping[str, tuple[Page, PageNotes]],
    page_lists: dict[str, str],
    nav_pages: Sequence[Page],
    bibliography: Bibliography,
    options: ExplainerConfig,
    files: Files,
    env: Environment,
) -> NotesToWrite:
    """Number the notes of the ``converted`` pages in reading order (their calls marked in
    each page's HTML), and make ready what writes each page's list (``page_lists``, by
    source path, as `notes.split_list` took them out) and the bibliography page's list.

    The bibliography page gets its entries' anchors now, for MkDocs' check of links to
    them, and a part of its written page reserved for the list (`spliced.parts.reserve`).
    """
    bib_file = files.get_file_from_path(options.bibliography_page)
    bib_url = bib_file.url if bib_file else ""
    # The calls now, as markers other hooks can read; written out, with the list, when each page renders.
    resolution = number_notes(converted, nav_pages, bibliography, options, bib_url)
    bib_page = converted_page(bib_file)
    if bib_page is not None:
        add_entry_anchors(bib_page, bibliography)
    prose = {src_uri: notes.prose_text(listing) for src_uri, listing in page_lists.items()}
    lists = NoteLists(page_lists, resolution.pages, note_labels(options))
    render_order = [file.src_uri for file in files.documentation_pages() if file.src_uri in lists.lists]
    placeholder, listing_file = spliced.parts.reserve(bib_page.file.abs_dest_path) if bib_page else ("", "")
    listing = BibliographyListing(
        bibliography, resolution.backlinks, bib_url, options, with_engine_templates(env), listing_file
    )
    uncited = notes.uncited_warnings(bibliography, resolution.backlinks) if options.warn_uncited else []
    return NotesToWrite(
        lists=lists,
        render_order=render_order,
        prose=prose,
        listing=listing,
        bibliography_page=bib_page.file.src_uri if bib_page else None,
        listing_placeholder=placeholder,
        uncited_warnings=uncited,
    )
