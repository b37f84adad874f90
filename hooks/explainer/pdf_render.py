"""Render the assembled document to PDF with WeasyPrint, atomically.

WeasyPrint is imported here only, when a PDF is wanted, so a preview server without a
PDF needs neither WeasyPrint's system libraries nor its start-up time.
"""

from __future__ import annotations

import os
import tempfile

from .errors import ExplainerError

#: Tagged PDF for assistive technology; the document language comes from ``<html lang>``.
PDF_VARIANT = "pdf/ua-1"


def _refuse_fetching(url: str, *args, **kwargs):
    # The document carries everything it needs; nothing is fetched, from anywhere.
    raise ValueError(f"the PDF fetches no resources ({url})")


def render_pdf(html: str, target: str) -> None:
    """Write the PDF for ``html`` to ``target``; on failure, leave no file behind."""
    from weasyprint import HTML

    directory = os.path.dirname(os.path.abspath(target)) or "."
    os.makedirs(directory, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".pdf-", suffix=".tmp", dir=directory)
    os.close(handle)
    try:
        HTML(string=html, url_fetcher=_refuse_fetching).write_pdf(temporary, pdf_variant=PDF_VARIANT)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; the site serves it to everyone
        os.replace(temporary, target)
    except Exception as error:
        raise ExplainerError(f"the PDF could not be written: {error}", path=os.path.basename(target)) from error
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
