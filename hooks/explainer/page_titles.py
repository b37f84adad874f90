"""A page that MkDocs names after its file, for want of a title of its own."""

from __future__ import annotations

from mkdocs.structure.pages import Page
from mkdocs.utils.meta import YAML_RE


def named_after_its_file(page: Page) -> bool:
    """Whether the page's title is MkDocs' last resort: its file's name (``Index`` for
    ``part-2/index.md``), or ``Home`` for the home page, in English whatever the article's
    language. A title in the nav, in the front matter or as the page's first heading
    (rendered: MkDocs keeps it once it has converted the page) is the editors' own."""
    given = "title" in vars(page) or "title" in page.meta  # the nav sets it on the page
    return not given and not getattr(page, "_title_from_render", None)


def body_line(source: str) -> int:
    """The line of the page's first text after its front matter, where its heading belongs."""
    front = YAML_RE.match(source)
    lines = source[front.end() :].splitlines() if front else source.splitlines()
    skipped = source[: front.end()].count("\n") if front else 0
    blank = next((index for index, line in enumerate(lines) if line.strip()), 0)
    return skipped + blank + 1


def untitled_page_warning(page: Page, path: str) -> str | None:
    """The warning for a page that MkDocs names after its file; None for one with a title."""
    if not named_after_its_file(page):
        return None
    return (
        f"{path}:{body_line(page.file.content_string)}: the page has no title, so the site, the PDF's contents"
        f" and the cite box call it {page.title!r}, after its file; start it with a heading"
        f" (`# Its title`), or give it a title in the nav (`- Its title: {page.file.src_uri}`)"
    )
