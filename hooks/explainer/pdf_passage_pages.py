"""On paper, the links to a glossary entry's other passages name the page they lead to.

On the site, "Also in ¶ 2, note 3" under a quoted sentence are links the reader follows; a
printed page has no paragraph numbers, and a link cannot be followed, so "¶ 2" pointed
nowhere. After each such link goes an element with the word for a page (the notes' ``p.``)
and the link's target; pdf.css prints the word and the number of the page the target is on
(``¶ 2 (p. 14)``). Outside the link: printed inside it, the page was a second link within
the first, which `pdf_links` leaves without its annotation, a structure element of a link
that leads nowhere.
"""

from __future__ import annotations

from bs4 import BeautifulSoup

#: The links to a section's other passages that use an entry (`glossary-entry.html`).
PASSAGE_LINKS = ".explainer-glossary-uses__also a[href^='#']"


#: The element after each of those links that pdf.css prints its page in.
PAGE_CLASS = "explainer-passage-page"


def passage_links_paged(soup: BeautifulSoup, page_word: str) -> None:
    """After each link of ``soup`` to another passage (already a link inside the document,
    ``#…``), an empty element that names its target (``data-target``) and ``page_word``
    (``data-page``), which pdf.css prints before the target's page number."""
    for link in soup.select(PASSAGE_LINKS):
        link.insert_after(
            soup.new_tag("span", attrs={"class": PAGE_CLASS, "data-target": link["href"], "data-page": page_word})
        )
