"""MkDocs hook: the article as a citable thing. Cite box, metadata tags, JSON-LD, bibliography downloads.

Thin wiring: ``explainer.article_meta`` makes every form; the theme's ``main.html``
includes the ``explainer/head.html`` and ``explainer/cite.html`` templates with what this
hook puts in each page's context.
"""

from __future__ import annotations

import dataclasses
import os

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from explainer import article_meta, bibtex, notes, spliced, style
from explainer.config import ExplainerConfig
from explainer.forked import Forked
from explainer.site_pages import as_build_error, load_options, page_title, project_root

options: ExplainerConfig | None = None
#: The notes' words (`options.style_words`), for the cite box: made once a build.
style_words = style.ENGLISH
article: article_meta.Article | None = None
#: The article's BibTeX and RIS records: the same on every page, made once per build.
records: dict[str, str] = {}
#: Without a site_url, the article with a token for its address, which the reader's
#: browser fills in (`article_meta.PAGE_URL_TOKEN`); None with one.
article_at_page: article_meta.Article | None = None
#: What is made from the whole bibliography, beside the build once the BibTeX is parsed:
#: the home page's JSON-LD (``json_ld``, written to a part of the page, `spliced`) and the
#: CSL-JSON download (``csl``).
from_bibliography: Forked[str, str] | None = None
#: Where the JSON-LD goes in the home page, which renders first: the part is put into the
#: written page once the build is done with the pages, so the build never waits for it
#: (at 16,000 sources it waited 0.4 s for a 4 MB JSON-LD). Empty without a home page.
json_ld_placeholder = ""
#: From this many sources, they are made in a forked process (about 5 ms for 200).
CSL_CHILD_MIN_ENTRIES = 200


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global options, article, article_at_page, records, json_ld_placeholder, style_words
    _close_child()  # a serve rebuild after a build that stopped early
    json_ld_placeholder = ""
    options = load_options(config)
    style_words = options.style_words()
    bibtex.shared_cache.start(list(options.bib_files), project_root(config))
    meta = options.article
    site_url = (config.site_url or "").rstrip("/")
    article = article_meta.Article(
        title=meta.title or config.site_name,
        authors=tuple(meta.authors or ([config.site_author] if config.site_author else [])),
        affiliation=meta.affiliation,
        keywords=tuple(meta.keywords),
        language=meta.language,
        description=config.site_description or "",
        url=f"{site_url}/" if site_url else "",
        # Relative to the home page, which is where reference managers read it, without a site_url.
        pdf_url=(f"{site_url}/{options.pdf_file}" if site_url else options.pdf_file) if options.pdf else "",
        key=meta.citation_key,
    )
    records = {"bibtex": article_meta.bibtex_record(article), "ris": article_meta.ris_record(article)}
    article_at_page = None
    if not article.url:  # no site_url: the reader's browser fills in the address it reads from
        article_at_page = dataclasses.replace(article, url=article_meta.PAGE_URL_TOKEN)
        records["bibtex_at_page"] = article_meta.bibtex_record(article_at_page)
        records["ris_at_page"] = article_meta.ris_record(article_at_page)
    return config


def _is_article_page(page: Page) -> bool:
    assert options is not None
    src = page.file.src_uri
    generated = {options.bibliography_page, options.timeline_page, options.glossary_index_page()}
    return src not in generated and not options.is_separate(src)


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    assert options is not None and article is not None
    home = page.is_homepage
    context["explainer_meta_tags"] = article_meta.meta_tags(article, page_title=page_title(page), home=home)
    if home and json_ld_placeholder:
        context["explainer_json_ld"] = json_ld_placeholder
    if _is_article_page(page):
        section = "" if home else page_title(page)
        # A reference to a section gives the section's address: the home page's would not lead to it.
        at_section = article if home or not article.url else dataclasses.replace(article, url=article.url + page.url)
        reference = article_meta.cite_as(at_section, section, options.words.cite_section, style_words)
        context["explainer_cite"] = {
            "title": options.cite_title,
            "words": options.words,
            "reference": reference.html(),
            "reference_text": reference.plain,
            "bibtex": records["bibtex"],
            "ris": records["ris"],
            "bibtex_href": notes.relative_url(options.bibtex_download, page.url),
            "csl_href": notes.relative_url(options.csl_download, page.url),
        }
        if article_at_page is not None:
            section_at_page = (
                article_at_page if home else dataclasses.replace(article_at_page, url=article_meta.SECTION_URL_TOKEN)
            )
            reference_at_page = article_meta.cite_as(section_at_page, section, options.words.cite_section, style_words)
            context["explainer_cite"]["at_page"] = {
                "token": article_meta.PAGE_URL_TOKEN,
                "home": notes.relative_url("", page.url),
                "section_token": article_meta.SECTION_URL_TOKEN,
                "section": notes.relative_url(page.url, page.url),
                "reference": reference_at_page.html(),
                "reference_text": reference_at_page.plain,
                "bibtex": records["bibtex_at_page"],
                "ris": records["ris_at_page"],
            }
    return context


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    global from_bibliography, json_ld_placeholder
    assert article is not None
    with as_build_error():
        bibliography = bibtex.shared_cache.get()
    cited = article
    home = next((file.page for file in files.documentation_pages() if file.page and file.page.is_homepage), None)
    json_ld_placeholder, json_ld_file = spliced.parts.reserve(home.file.abs_dest_path) if home else ("", "")

    def make(key: str) -> str:
        if key == "json_ld":
            spliced.write_part(json_ld_file, [article_meta.json_ld(cited, bibliography)])
            return ""
        return article_meta.csl_json(bibliography)

    # Needs nothing but the bibliography: made in a forked process while the pages render,
    # when there are enough sources to be worth the few milliseconds a child takes to start.
    large = len(bibliography) >= CSL_CHILD_MIN_ENTRIES
    from_bibliography = Forked(["json_ld", "csl"] if home else ["csl"], make, fork=large, redo=False)
    return env


@event_priority(95)  # before `citations` puts the parts into the written pages (90)
def on_post_build(config: MkDocsConfig) -> None:
    """The home page's JSON-LD ready to go into the page; the whole bibliography for
    reference managers: the BibTeX as written, and CSL-JSON."""
    assert options is not None and from_bibliography is not None
    if json_ld_placeholder:
        from_bibliography.get("json_ld")  # its part is written
    csl_text = from_bibliography.get("csl")
    _close_child()
    root = project_root(config)
    sources = []
    for path in options.bib_files:
        with open(os.path.join(root, path), encoding="utf-8") as handle:
            sources.append(handle.read().rstrip() + "\n")
    _write(os.path.join(config.site_dir, options.bibtex_download), "\n".join(sources))
    _write(os.path.join(config.site_dir, options.csl_download), csl_text)


def on_build_error(error: Exception) -> None:
    _close_child()


def _close_child() -> None:
    global from_bibliography
    if from_bibliography is not None:
        from_bibliography.close()
        from_bibliography = None


def _write(path: str, text: str) -> None:
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(temporary, path)
