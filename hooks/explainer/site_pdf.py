"""The site's PDF from its rendered pages: put in reading order (`pdf_sections`), assembled
with its metadata and stylesheet (`pdf_document`, `pdf_settings`), rendered and written
(`pdf_render`).

Imported only when a PDF is written: it needs BeautifulSoup and WeasyPrint.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation

from .config import ExplainerConfig
from .number_labels import number_labels
from .pdf_document import assemble
from .pdf_render import render_pdf
from .pdf_sections import pdf_sections
from .pdf_settings import pdf_metadata, pdf_stylesheet


def write_site_pdf(
    nav: Navigation, files: Files, options: ExplainerConfig, rendered: Mapping[str, str], config: MkDocsConfig
) -> bool:
    """Write the PDF of the pages ``rendered`` (their HTML by source path) to ``pdf_file`` in
    the site's folder, atomically. False if it is not written: under ``--strict``, where
    WeasyPrint warned (`render_pdf`, which raises an `ExplainerError` where it cannot write it)."""
    sections = pdf_sections(nav, files, options, rendered)
    metadata = pdf_metadata(
        options,
        site_name=config.site_name,
        site_author=config.site_author,
        site_description=config.site_description,
        site_copyright=config.copyright,
    )
    labels = number_labels(options.article.language, options.style_words())
    html = assemble(sections, metadata, pdf_stylesheet(options.pdf_paper), options.pdf_hyphenation, labels)
    target = os.path.join(config.site_dir, options.pdf_file)
    return render_pdf(html, target, config.site_dir, strict=bool(config.strict))
