"""The parts of the glossary's pages that need every page of the article: written last.

The end of an entry's page lists where the article uses the term, the related entries,
and for a place the timeline's events and the notes that concern it; the index lists
every entry by category. Both are written once every page is converted, in the
``explainer/glossary-entry.html`` and ``explainer/glossary-index.html`` templates; the
hook writes them beside the build, in a forked process (`explainer.forked`), with what
`site_page_ends` gathers from the converted site.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from jinja2 import Environment
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from . import notes
from .config import ExplainerConfig
from .glossary import Glossary, language_finder, names_language, not_in_warnings
from .glossary_files import links_terms
from .glossary_pages import (
    PageUses,
    entry_links,
    entry_names,
    events_concerning,
    notes_by_entry,
    notes_concerning,
    unused_entry_warnings,
    used_categories,
    uses_by_entry,
    uses_of,
)
from .glossary_timeline import timeline_events
from .markdown_glossary import PageTerms
from .site_pages import let_go_of_pages_text, page_title, reading_order
from .smart_quotes import sets_quotes
from .timeline import TimelineEvent, with_names_languages


@dataclass
class GlossaryPageEnds:
    """Writes the end of each entry's page and the index's list (`write`), by source path."""

    glossary: Glossary
    options: ExplainerConfig
    #: The theme's environment, which loads the engine's templates (`site_pages.with_engine_templates`).
    env: Environment
    #: The article's pages in reading order, with the terms each uses.
    pages: Sequence[PageUses]
    #: Each of those pages' HTML by URL, its note calls marked: the notes near each use.
    contents: Mapping[str, str]
    #: The URL of each entry's page and of the index, by source path.
    urls: Mapping[str, str]
    #: The timeline's events, and its page's URL (None without one): a place lists those that name it.
    events: Sequence[TimelineEvent] = ()
    timeline_url: str | None = None

    @functools.cached_property
    def note_numbers(self) -> dict[str, list[int]]:
        """Each page's note numbers, by URL, in the order of their calls."""
        return {url: notes.note_numbers(content) for url, content in self.contents.items()}

    def keep_only_note_numbers(self) -> None:
        """Read each page's note numbers now, and let go of the pages' HTML they come from:
        in the forked child that writes the ends, before it lets go of the pages' text
        (`SitePageEnds.let_go_in_child`)."""
        _ = self.note_numbers
        self.contents = {}

    @functools.cached_property
    def gathered(self) -> tuple[dict, dict]:
        """Each entry's uses and the notes near them, gathered where first needed: where the
        platform forks, in the child that writes the entries' pages, so the build's process
        never unpacks every page's uses at once."""
        return uses_by_entry(self.pages), notes_by_entry(self.pages, self.note_numbers)

    def url_of(self, src_uri: str) -> str:
        return self.urls.get(src_uri, src_uri)

    def write(self, src_uri: str) -> str:
        """The end of the page ``src_uri``: an entry's (where the article uses the term,
        related entries and more), or the index's list."""
        # Gathered before anything is written, the index included: the child writes the
        # index first, then waits until the build reads it, which renders the glossary
        # last; the gathering (a second at 16x) is done by then, not while the build waits.
        all_uses, all_notes = self.gathered
        if src_uri == self.options.glossary_index_page():
            return self._index(src_uri)
        options = self.options
        entry = self.glossary.by_src_uri(src_uri)
        assert entry is not None, src_uri
        here = self.urls[src_uri]
        names = entry_names(entry, options.glossary_plurals)
        language_of = language_finder(entry, options.glossary_plurals)
        uses = uses_of(all_uses.get(entry.slug, []), here, names, self.note_numbers, language_of)
        related = entry_links([self.glossary[slug] for slug in entry.related], self.url_of, here)
        # Places also list the timeline's events and the notes that concern them.
        place_events, place_notes = [], []
        if entry.category == "place":
            place_notes = notes_concerning(all_notes.get(entry.slug, []), here)
            if self.timeline_url is not None:
                place_events = events_concerning(
                    entry.term, self.events, self.timeline_url, here, options.article.language
                )
        return self.env.get_template("explainer/glossary-entry.html").render(
            uses=uses,
            related=related,
            events=place_events,
            notes=place_notes,
            uses_title=options.uses_title,
            related_title=options.related_title,
            words=options.words,
        )

    def _index(self, src_uri: str) -> str:
        links = entry_links(list(self.glossary.entries.values()), self.url_of, self.urls[src_uri])
        return self.env.get_template("explainer/glossary-index.html").render(
            entries=links,
            categories=used_categories(self.glossary, self.options.glossary_categories),
            words=self.options.words,
            language=self.options.article.language,
        )


@dataclass(frozen=True)
class SitePageEnds:
    """What the build needs of the glossary once every page is converted (`site_page_ends`)."""

    #: Writes the end of each entry's page and the index's list.
    ends: GlossaryPageEnds
    #: The pages whose ends it writes, in the order the build renders them.
    render_order: list[str]
    #: Each entry's page URL, by slug, for the links to the entries.
    entry_urls: dict[str, str]
    #: For each entry no page of the article uses, and each name found only inside a ``not_in`` one.
    warnings: list[str]
    #: The site's files, whose pages' text the child that writes the ends lets go of.
    files: Files

    def let_go_in_child(self) -> None:
        """In the forked child that writes the ends, first: keep each page's note numbers, the
        only thing the ends need of the pages' HTML, and let go of the pages' text, which is
        most of what the child inherited (`site_pages.let_go_of_pages_text`). Its peak is
        then the build's at the fork, not that plus the writing."""
        self.ends.keep_only_note_numbers()
        let_go_of_pages_text(self.files)


def site_page_ends(
    glossary: Glossary,
    options: ExplainerConfig,
    env: Environment,
    converted: Sequence[tuple[Page, PageTerms]],
    nav_pages: Sequence[Page],
    files: Files,
    root: str,
) -> SitePageEnds:
    """The ends of the glossary's pages as the site gives them: ``converted``, each page with
    the terms it uses, read in the order of ``nav_pages``; the entries' and the timeline's
    pages in ``files``; the timeline's events read from ``root``, the project's folder.
    ``env`` loads the engine's templates (`site_pages.with_engine_templates`)."""
    uses = {page.file.src_uri: (page, terms) for page, terms in converted}
    in_order = [uses[page.file.src_uri] for page in reading_order([page for page, _ in converted], list(nav_pages))]
    pages = [PageUses(page_title(page), page.url, terms) for page, terms in in_order]
    entries = glossary.entries.values()
    index_uri = options.glossary_index_page()
    urls = {
        src_uri: file.url
        for src_uri in (index_uri, *(entry.src_uri for entry in entries))
        if (file := files.get_file_from_path(src_uri)) is not None
    }
    warnings = []
    if options.warn_unused_terms:
        warnings += unused_entry_warnings(glossary, pages)
        linked = [page.content or "" for page, _terms in in_order if links_terms(options, glossary, page.file.src_uri)]
        sources = {entry.src_uri: _source_of(files, entry.src_uri) for entry in entries if entry.not_in}
        warnings += not_in_warnings(glossary, linked, sources, options.glossary_plurals)
    typographic = sets_quotes(options.article.language)
    events, _path = timeline_events(
        files, options.timeline_file, root, typographic=typographic, language=options.article.language
    )
    if options.glossary_emphasis_languages:  # a place's list marks them as the timeline does
        events = with_names_languages(events, names_language(glossary.entries.values()))
    timeline_file = files.get_file_from_path(options.timeline_page)
    ends = GlossaryPageEnds(
        glossary,
        options,
        env,
        pages,
        contents={page.url: page.content or "" for page, _terms in in_order},
        urls=urls,
        events=events,
        timeline_url=timeline_file.page.url if timeline_file and timeline_file.page else None,
    )
    render_order = [
        file.src_uri
        for file in files.documentation_pages()
        if (file.src_uri == index_uri or glossary.by_src_uri(file.src_uri) is not None)
        and file.page is not None
        and file.page.content is not None
    ]
    entry_urls = {entry.slug: urls[entry.src_uri] for entry in entries if entry.src_uri in urls}
    return SitePageEnds(ends, render_order, entry_urls, warnings, files)


def _source_of(files: Files, src_uri: str) -> str:
    file = files.get_file_from_path(src_uri)
    return file.content_string if file is not None else ""
