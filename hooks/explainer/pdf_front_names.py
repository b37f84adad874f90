"""Links to the home page, named in the PDF as print names the place they lead to.

On the site, a glossary entry lists the pages its term appears on by their titles in the
navigation, the home page's too: "Home". In the PDF the home page is the title page, which
nothing calls so: the printed glossary set "• Home" above a sentence of the abstract. A
link whose words are the home page's title, and that leads there, is named in the PDF by
the heading its passage stands under on the title page ("Abstract"); a link to a passage
under no other heading, or to the page as a whole, by the page's own (the article's title).
"""

from __future__ import annotations

from collections.abc import Callable

from bs4 import BeautifulSoup, Tag

#: The headings a passage of the title page may stand under.
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: A note's call in a heading and the footnote set after it (`pdf_document`), which are not
#: the heading's title: a title's note (the author's thanks) would be read into the link.
NOTES = "a.note-anchor, .footnote"


class FrontPlaces:
    """Where each passage of the home page stands: the heading above it, by its id."""

    def __init__(self, url: str, title: str, soup: BeautifulSoup) -> None:
        #: The home page's address and its title on the site ("Home").
        self.url, self.title = url, _words(title)
        #: Its own heading's words (the article's title), "" where it has none.
        self.own_heading = ""
        self.under: dict[str, str] = {}
        current = ""
        for element in soup.find_all(True):
            if element.name in HEADINGS:
                current = _title(element)
                self.own_heading = self.own_heading or current
            if element.get("id"):
                self.under[element["id"]] = current

    def name(self, fragment: str) -> str:
        """What print calls the place of the passage ``fragment`` (an id, or "")."""
        return self.under.get(fragment) or self.own_heading


def name_links_to_the_front(
    soup: BeautifulSoup, places: FrontPlaces, resolve: Callable[[str], tuple[str, str] | None]
) -> None:
    """Name each link of ``soup`` that leads to the home page under the home page's title
    by its place there (`FrontPlaces.name`). ``resolve(href)`` gives the page and fragment a
    link leads to (None for another site's): the links must not be rewritten yet."""
    if not places.title:
        return
    for link in soup.find_all("a", href=True):
        target = resolve(link["href"])
        if target is None or target[0] != places.url or _words(link.get_text()) != places.title:
            continue
        name = places.name(target[1])
        if name:
            link.string = name


def _title(heading: Tag) -> str:
    """The heading's words as its title reads, without its note: its pieces are joined as
    written ("*Rivers*: States" is "Rivers: States", not "Rivers : States")."""
    title = BeautifulSoup(str(heading), "html.parser")
    for note in title.select(NOTES):
        note.decompose()
    return _words(title.get_text())


def _words(text: str) -> str:
    return " ".join(text.split())
