"""MkDocs hook: the article as a citable thing. Cite box, metadata tags, JSON-LD, bibliography downloads.

Thin wiring: ``explainer.article_meta`` makes every form, ``explainer.cite_box`` what the
cite box shows of them on each page, and which pages show it (``explainer.toc_headings``
lists it in the page's table of contents); the theme's ``main.html``
includes the ``explainer/head.html`` and ``explainer/cite.html`` templates with what this
hook puts in each page's context.
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from explainer import article_meta, bibtex, spliced
from explainer.cite_box import HEADING_ID, CiteBox, shows_cite_box
from explainer.config import ExplainerConfig
from explainer.forked import Forked
from explainer.site_pages import as_build_error, load_options, page_title, project_root
from explainer.toc_headings import list_last_section

#: The id of the heading of the home page's list of the site's pages (`home-contents.html`).
HOME_CONTENTS_ID = "contents-of-the-site"

options: ExplainerConfig | None = None
article: article_meta.Article | None = None
#: The cite box of this build's article pages.
cite_box: CiteBox | None = None
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
    global options, article, cite_box, json_ld_placeholder
    _close_child()  # a serve rebuild after a build that stopped early
    json_ld_placeholder = ""
    options = load_options(config)
    bibtex.shared_cache.start(list(options.bib_files), project_root(config))
    article = article_meta.article_from_options(
        options,
        site_name=config.site_name,
        site_author=config.site_author,
        site_description=config.site_description,
        site_url=config.site_url,
    )
    cite_box = CiteBox(
        article,
        title=options.cite_title,
        words=options.words,
        style_words=options.style_words(),
        bibtex_download=options.bibtex_download,
        csl_download=options.csl_download,
    )
    return config


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    assert options is not None and article is not None
    home = page.is_homepage
    context["explainer_meta_tags"] = article_meta.meta_tags(article, page_title=page_title(page), home=home)
    if home and json_ld_placeholder:
        context["explainer_json_ld"] = json_ld_placeholder
    if home:
        context["explainer_home_contents"] = {
            "title": options.words.contents,
            "name": options.words.contents_name,
            "heading_id": HOME_CONTENTS_ID,
        }
    if cite_box is not None and shows_cite_box(page.file.src_uri, options):
        context["explainer_cite"] = cite_box.context(page.url, "" if home else page_title(page))
        # The box follows the page's text, as the template writes it: its table of contents leads there too.
        if page.toc is not None:
            list_last_section(page.toc, HEADING_ID, cite_box.title)
    return context


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    global from_bibliography, json_ld_placeholder
    assert options is not None and article is not None
    with as_build_error():
        bibliography = bibtex.shared_cache.get()
    home = next((file.page for file in files.documentation_pages() if file.page and file.page.is_homepage), None)
    json_ld_placeholder, json_ld_file = spliced.parts.reserve(home.file.abs_dest_path) if home else ("", "")
    made = article_meta.FromBibliography(article, bibliography, json_ld_file, options.style_words())
    # Needs nothing but the bibliography: made in a forked process while the pages render,
    # when there are enough sources to be worth the few milliseconds a child takes to start.
    large = len(bibliography) >= CSL_CHILD_MIN_ENTRIES
    from_bibliography = Forked(["json_ld", "csl"] if home else ["csl"], made.make, fork=large, redo=False)
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
    article_meta.write_downloads(options, project_root(config), config.site_dir, csl_text)


def on_build_error(error: Exception) -> None:
    _close_child()


def _close_child() -> None:
    global from_bibliography
    if from_bibliography is not None:
        from_bibliography.close()
        from_bibliography = None
