"""The cite box on each of the article's pages: what the ``explainer/cite.html`` template shows.

The article's reference as text, BibTeX and RIS, and links to the whole bibliography. On a
section's page the reference and its BibTeX and RIS name the section and give its address. Without a site
address the box also carries each form with tokens for the addresses
(`article_meta.PAGE_URL_TOKEN`, `article_meta.SECTION_URL_TOKEN`), which the reader's
browser replaces with those it reads the site from.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass

from . import article_meta, style
from .config import ExplainerConfig, WordsConfig
from .notes import relative_url


def shows_cite_box(src_uri: str, options: ExplainerConfig) -> bool:
    """Whether the page at ``src_uri`` is a section of the article, which a reader may cite:
    not a page the hooks generate (the bibliography, the timeline, the glossary's index) nor
    one that numbers its notes on its own (`separate_notes`: the glossary's entries).

    Not the glossary's rule for the pages whose terms it links (`links_terms` in
    ``explainer/glossary_files.py``), which links them on the timeline's page too: an
    introduction an editor writes there has its terms linked, but the page is no section of
    the article.
    """
    generated = {options.bibliography_page, options.timeline_page, options.glossary_index_page()}
    return src_uri not in generated and not options.is_separate(src_uri)


#: The ``id`` of the box's heading, which the table of contents links to (`toc_headings`).
HEADING_ID = "cite-this"


@dataclass(frozen=True)
class CiteBox:
    """One build's cite box, which every article page shows with its own section and links."""

    article: article_meta.Article
    #: The box's title, and the interface's words (`WordsConfig`) the template reads.
    title: str
    words: WordsConfig
    #: The notes' words, in which the reference is written.
    style_words: style.StyleWords
    #: Where the whole bibliography is, as BibTeX and as CSL-JSON, relative to the site.
    bibtex_download: str
    csl_download: str

    @functools.cached_property  # the same on the home page, made once
    def records(self) -> dict[str, str]:
        """The whole article's BibTeX and RIS records, and the same with the tokens (`at_page`)."""
        return self.section_records(self.article, self.at_page, "")

    @staticmethod
    def section_records(article: article_meta.Article, at_page: article_meta.Article | None, named: str) -> dict:
        """The BibTeX and RIS records of ``article`` (given the address the reference gives),
        naming the section as ``named`` words it (nothing on the home page); with ``at_page``,
        the same with its token."""
        records = {"bibtex": article_meta.bibtex_record(article, named), "ris": article_meta.ris_record(article, named)}
        if at_page is not None:
            records["bibtex_at_page"] = article_meta.bibtex_record(at_page, named)
            records["ris_at_page"] = article_meta.ris_record(at_page, named)
        return records

    @functools.cached_property
    def at_page(self) -> article_meta.Article | None:
        """Without a site address, the article with a token for it; None with one."""
        if self.article.url:
            return None
        return dataclasses.replace(self.article, url=article_meta.PAGE_URL_TOKEN)

    def context(self, page_url: str, section: str = "") -> dict:
        """The template's ``explainer_cite`` for the page at ``page_url``: the home page's
        without a ``section``, else that of the section of that title."""
        article, words = self.article, self.words
        home = not section
        # A reference to a section gives the section's address: the home page's would not lead to it.
        at_section = article if home or not article.url else dataclasses.replace(article, url=article.url + page_url)
        reference = article_meta.cite_as(at_section, section, words.cite_section, self.style_words)
        at_page = self.at_page
        section_at_page = None
        if at_page is not None:
            section_at_page = at_page if home else dataclasses.replace(at_page, url=article_meta.SECTION_URL_TOKEN)
        # The records name the section and give its address, as the reference does: a reader
        # who imports one cites what the text reference cites.
        records = (
            self.records
            if home
            else self.section_records(at_section, section_at_page, words.cite_section.replace("{section}", section))
        )
        box: dict = {
            "title": self.title,
            "heading_id": HEADING_ID,
            "words": words,
            "reference": reference.html(self.style_words.language),
            "reference_text": reference.plain,
            "bibtex": records["bibtex"],
            "ris": records["ris"],
            "bibtex_href": relative_url(self.bibtex_download, page_url),
            "csl_href": relative_url(self.csl_download, page_url),
        }
        if section_at_page is not None:
            reference_at_page = article_meta.cite_as(section_at_page, section, words.cite_section, self.style_words)
            box["at_page"] = {
                "token": article_meta.PAGE_URL_TOKEN,
                "home": relative_url("", page_url),
                "section_token": article_meta.SECTION_URL_TOKEN,
                "section": relative_url(page_url, page_url),
                "reference": reference_at_page.html(self.style_words.language),
                "reference_text": reference_at_page.plain,
                "bibtex": records["bibtex_at_page"],
                "ris": records["ris_at_page"],
            }
        return box
