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
#: What a paper smaller than A4 and letter sets otherwise (margins, the space above a
#: part's title), read after the stylesheet: by paper, as `config.PDF_PAPERS` names them.
PAPER_STYLESHEETS = {"A5": os.path.join(TEMPLATES, "explainer", "pdf-a5.css")}


def pdf_metadata(
    options: ExplainerConfig,
    *,
    site_name: str,
    site_author: str | None,
    site_description: str | None,
    site_copyright: str | None = None,
) -> PdfMetadata:
    """The PDF's title, authors, keywords, description and language, the titles of its
    contents and appendix, and the title page's last words (``site_copyright``, as the
    site's footer gives them): the article's options, else the site's own (``site_name``...)."""
    article = options.article
    return PdfMetadata(
        title=article.title or site_name,
        author=", ".join(article.authors) or site_author or "",
        keywords=tuple(article.keywords),
        description=options.pdf_description or site_description or "",
        language=article.language,
        appendix_title=options.glossary_title,
        contents_title=options.words.contents,
        colophon=site_copyright or "",
        # Printed as plain text by pdf.css: without the asterisks of italics.
        page_word=options.note_words["page"].replace("*", ""),
    )


def pdf_stylesheet(paper: str) -> str:
    """The PDF's stylesheet for pages of size ``paper`` (``A4``, ``A5``, ``letter``)."""
    sheets = [STYLESHEET, *([PAPER_STYLESHEETS[paper]] if paper in PAPER_STYLESHEETS else [])]
    texts = []
    for sheet in sheets:
        with open(sheet, encoding="utf-8") as handle:
            texts.append(handle.read())
    return "\n".join(texts).replace("PAGE_SIZE", paper)
