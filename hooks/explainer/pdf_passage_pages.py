"""On paper, the links to a glossary entry's other passages name the page they lead to.

On the site, "Also in ¶ 2, note 3" under a quoted sentence are links the reader follows; a
printed page has no paragraph numbers, and a link cannot be followed, so "¶ 2" pointed
nowhere. Each such link is given the word for a page (the notes' ``p.``); pdf.css prints it
after the link with the number of the page its target is on (``¶ 2 (p. 14)``).
"""

from __future__ import annotations

from bs4 import BeautifulSoup

#: The links to a section's other passages that use an entry (`glossary-entry.html`).
PASSAGE_LINKS = ".explainer-glossary-uses__also a[href^='#']"


def passage_links_paged(soup: BeautifulSoup, page_word: str) -> None:
    """Mark each link of ``soup`` to another passage (already a link inside the document,
    ``#…``) with ``page_word`` (``data-page``), which pdf.css prints before its page number."""
    for link in soup.select(PASSAGE_LINKS):
        link["data-page"] = page_word
