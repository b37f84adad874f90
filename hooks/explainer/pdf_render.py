"""Render the assembled document to PDF with WeasyPrint, atomically.

WeasyPrint is imported here only, when a PDF is wanted, so a preview server without a
PDF needs neither WeasyPrint's system libraries nor its start-up time.
"""

from __future__ import annotations

import logging
import mimetypes
import os
import re
import tempfile
from functools import partial
from typing import Any
from urllib.parse import unquote, urlsplit

from .errors import ExplainerError
from .pdf_document import SITE_ORIGIN
from .pdf_footnotes import render_with_footnotes_at_calls
from .pdf_fragments import Fragments, fragments_recorded
from .pdf_hyphen_ladders import hyphen_ladders_limited
from .pdf_languages import languages_tagged
from .pdf_leaders import leaders_kept_long
from .pdf_links import drop_empty_link_parts, drop_links_inside_their_own_link
from .pdf_outline_shown import outline_shown
from .pdf_page_final_words import keep_page_final_word_whole
from .pdf_tagging import finish_structure
from .scripts import has_cjk

# Messages start with the file they are about, so no plugin-name prefix.
log = logging.getLogger("mkdocs.plugins.explainer")

#: Tagged PDF for assistive technology; the document language comes from ``<html lang>``.
PDF_VARIANT = "pdf/ua-1"


#: WeasyPrint's message for a character that no font on the machine has: it draws an empty box.
_MISSING_GLYPH = re.compile(
    r'\.notdef glyph rendered for Unicode string unsupported by fonts: "(.+)" \(U\+([0-9A-F]+)\)', re.S
)
#: How many of the missing characters the warning shows.
_SHOWN = 12


def render_pdf(html: str, target: str, site_dir: str, *, strict: bool = False) -> bool:
    """Write the PDF for ``html`` to ``target``; on failure, leave no file behind.

    The document's images are the built site's files, in ``site_dir``; nothing else is
    fetched. What WeasyPrint could not load or read is logged as a warning; in a
    ``strict`` build, which such a warning stops, the PDF is then not written either.
    Whether it was written.
    """
    from weasyprint import HTML

    directory = os.path.dirname(os.path.abspath(target)) or "."
    os.makedirs(directory, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".pdf-", suffix=".tmp", dir=directory)
    os.close(handle)
    problems = _WeasyPrintProblems()
    weasyprint_log = logging.getLogger("weasyprint")
    weasyprint_log.addHandler(problems)
    try:
        document = HTML(string=html, url_fetcher=site_files(site_dir))
        # Once a page's notes are settled, its last line: no page ends on a hyphenated word.
        # No more than two lines in a row end on a hyphen, and no leader is of one dot.
        with hyphen_ladders_limited(), leaders_kept_long():
            rendered = render_with_footnotes_at_calls(document, [keep_page_final_word_whole], pdf_variant=PDF_VARIANT)
        drop_empty_link_parts(rendered)
        drop_links_inside_their_own_link(rendered)
        # Each passage's own language, and what each element is made from, as its structure
        # is made: the parts of an element that a page break parts are then joined.
        with languages_tagged(), fragments_recorded() as fragments:
            rendered.write_pdf(temporary, pdf_variant=PDF_VARIANT, finisher=partial(_finish, fragments=fragments))
        warnings = _warnings(problems.messages)
        if strict and warnings:
            return False  # a strict build stops on them: no PDF of a failed build
        os.chmod(temporary, 0o644)  # mkstemp makes it private; the site serves it to everyone
        os.replace(temporary, target)
        return True
    except Exception as error:
        raise ExplainerError(f"the PDF could not be written: {error}", path=os.path.basename(target)) from error
    finally:
        weasyprint_log.removeHandler(problems)
        if os.path.exists(temporary):
            os.remove(temporary)
        for warning in _warnings(problems.messages):
            log.warning(f"{os.path.basename(target)}: {warning}")


def _finish(document: Any, pdf: Any, fragments: Fragments) -> None:
    """WeasyPrint's ``finisher``: the structure corrected (`finish_structure`), and the
    outline shown as the PDF opens (`outline_shown`)."""
    finish_structure(document, pdf, fragments=fragments)
    outline_shown(pdf)


def _warnings(messages: list[str]) -> list[str]:
    """WeasyPrint's messages as the editor reads them: each once (it may say the same in
    two layout passes), and every character no font has in one warning that says what to do,
    not one each."""
    missing: dict[str, str] = {}
    warnings: list[str] = []
    for message in dict.fromkeys(messages):
        if found := _MISSING_GLYPH.fullmatch(message):
            missing[found[1]] = found[2]
        else:
            warnings.append(message)
    if missing:
        shown = ", ".join(f"{char} (U+{code})" for char, code in list(missing.items())[:_SHOWN])
        more = f" and {len(missing) - _SHOWN} more" if len(missing) > _SHOWN else ""
        fonts = (
            "for Chinese, Japanese and Korean, Debian's fonts-noto-cjk, or the smaller fonts-wqy-microhei"
            if has_cjk("".join(missing))
            else "Debian's fonts-noto-core has most scripts"
        )
        warnings.append(
            f"no font on this machine has {len(missing)} of its characters, which it would print as empty "
            f"boxes: {shown}{more}; install a font that has them ({fonts}): the PDF finds it by itself"
        )
    return warnings


class _WeasyPrintProblems(logging.Handler):
    """WeasyPrint's warnings and errors (an image it could not load), kept to be reported."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def site_files(site_dir: str):
    """A URL fetcher that serves the built site's files and refuses everything else."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    root = os.path.realpath(site_dir)

    class SiteFiles(URLFetcher):
        def fetch(self, url: str, headers=None) -> URLFetcherResponse:
            if url.startswith("data:"):
                return super().fetch(url, headers)
            if not url.startswith(SITE_ORIGIN):
                raise ValueError(f"the PDF fetches nothing from other sites ({url})")
            path = os.path.realpath(os.path.join(root, unquote(urlsplit(url).path).lstrip("/")))
            if os.path.commonpath([root, path]) != root or not os.path.isfile(path):
                raise ValueError(f"no such file in the site ({url.removeprefix(SITE_ORIGIN)})")
            with open(path, "rb") as handle:
                body = handle.read()
            return URLFetcherResponse(url, body, {"Content-Type": mimetypes.guess_type(path)[0] or ""})

    return SiteFiles()
