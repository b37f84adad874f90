"""What the PDF says of itself and the size of its pages, from the options: its metadata,
and the stylesheet WeasyPrint sets it with.

Imported only when a PDF is written: `PdfMetadata` is `explainer.pdf_document`'s, which
needs BeautifulSoup.
"""

from __future__ import annotations

import os

from .config import ExplainerConfig
from .pdf_document import PdfMetadata
from .site_pages import TEMPLATES

#: The PDF's stylesheet, whose ``PAGE_SIZE`` is the configured paper.
STYLESHEET = os.path.join(TEMPLATES, "explainer", "pdf.css")


def pdf_metadata(
    options: ExplainerConfig, *, site_name: str, site_author: str | None, site_description: str | None
) -> PdfMetadata:
    """The PDF's title, authors, keywords, description and language, and the titles of its
    contents and appendix: the article's options, else the site's own (``site_name``...)."""
    article = options.article
    return PdfMetadata(
        title=article.title or site_name,
        author=", ".join(article.authors) or site_author or "",
        keywords=tuple(article.keywords),
        description=options.pdf_description or site_description or "",
        language=article.language,
        appendix_title=options.glossary_title,
        contents_title=options.words.contents,
    )


def pdf_stylesheet(paper: str) -> str:
    """The PDF's stylesheet for pages of size ``paper`` (``A4``, ``letter``)."""
    with open(STYLESHEET, encoding="utf-8") as handle:
        return handle.read().replace("PAGE_SIZE", paper)
