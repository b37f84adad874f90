"""The site's pages as the PDF's sections, in reading order.

The home page is the title page; the article's pages follow the navigation, a section of
the navigation opening the first page in it as a part; the bibliography and the timeline
are back matter; the glossary's entries, which the navigation leaves out, follow as an
appendix, in the order of their terms. Imported only when a PDF is written: it needs
`explainer.pdf_document`, and so BeautifulSoup.
"""

from __future__ import annotations

from collections.abc import Mapping

from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from .config import ExplainerConfig
from .pdf_document import PdfSection
from .site_pages import page_title
from .term_matcher import fold


def pdf_sections(
    nav: Navigation, files: Files, options: ExplainerConfig, rendered: Mapping[str, str]
) -> list[PdfSection]:
    """The pages of the PDF in reading order: the home page as title page, the article,
    the bibliography, then the glossary entries as an appendix; ``rendered`` holds their
    HTML by source path, and a page it does not hold is left out."""
    glossary_index = options.glossary_index_page()
    sections: list[PdfSection] = []

    def add(page: Page, *, parts: tuple[str, ...] = (), depth: int = 0, opens_part: bool = False) -> None:
        src = page.file.src_uri
        if src == glossary_index or src not in rendered:
            return
        if page.is_homepage:
            kind = "front"
        elif src in (options.bibliography_page, options.timeline_page):
            kind = "back"
        else:
            kind = "article"
        own_notes = options.is_separate(src)
        sections.append(
            PdfSection(page.url, page_title(page), rendered[src], kind, parts, depth, own_notes, opens_part)
        )

    def walk(items: list, depth: int, opening: tuple[str, ...]) -> tuple[str, ...]:
        """Add the pages of ``items``, sections within sections; ``opening``: the parts the
        next page opens. Returns those no page has opened yet."""
        for item in items:
            if isinstance(item, Page):
                add(item, parts=opening, depth=depth)
                opening = ()
            elif isinstance(item, Section):
                children = list(item.children)
                first = children[0] if children else None
                if isinstance(first, Page) and first.file.src_uri.endswith("index.md"):
                    # The section's own page stands for it, as its part's title.
                    add(first, parts=opening, depth=depth, opens_part=True)
                    opening = walk(children[1:], depth + 1, ())
                else:
                    opening = walk(children, depth + 1, (*opening, item.title or ""))
        return opening

    walk(list(nav.items), 0, ())
    entries = sorted(
        (
            file.page
            for file in files.documentation_pages()
            # The site's rule: another file in the glossary's folder is no entry.
            if options.is_glossary_entry(file.src_uri) and file.page
        ),
        key=lambda page: fold(page_title(page)).lstrip("“\"'‘"),
    )
    for page in entries:
        src = page.file.src_uri
        if src in rendered:
            own_notes = options.is_separate(src)
            sections.append(PdfSection(page.url, page_title(page), rendered[src], "appendix", own_notes=own_notes))
    return sections
