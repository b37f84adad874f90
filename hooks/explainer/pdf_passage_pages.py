"""On paper, the links to the passages a glossary entry lists name the page they lead to.

On the site, "Where it appears" names each section by a link to the passage it quotes,
and "Also in ¶ 2, note 3" under the quoted sentence are links to the section's other
passages: links the reader follows. A printed page has no paragraph numbers, and a link
cannot be followed, so "¶ 2" pointed nowhere, and a section's title sent the reader to the
contents and through the section for the sentence. After each such link goes an element
with the word for a page (the notes' ``p.``) and the link's target; pdf.css prints the word
and the number of the page the target is on (``¶ 2 (p. 14)``, ``1.2 Dams (p. 9)``: for a
section's title, the page of the sentence it quotes, where `pdf_quoted_sentences` leads its
link). Outside the link: printed inside it, the page was a second link within the first,
which `pdf_links` leaves without its annotation, a structure element of a link that leads
nowhere. A passage's count of uses, which the site gives after its link (``¶ 2 (2 uses)``),
goes inside the same parentheses, after the page (``¶ 2 (p. 14, 2 uses)``): two pairs of
them, one after the other, read as a slip.
"""

from __future__ import annotations

from bs4 import BeautifulSoup, NavigableString, Tag

#: The links to the passage quoted from each section that uses an entry, and to the
#: section's other passages that use it (`glossary-entry.html`).
PASSAGE_LINKS = ".explainer-glossary-uses > li > a[href^='#'], .explainer-glossary-uses__also a[href^='#']"


#: The element after each of those links that pdf.css prints its page in.
PAGE_CLASS = "explainer-passage-page"
#: The count of a passage's uses after its link, in parentheses (`glossary-entry.html`).
COUNT_CLASS = "explainer-glossary-uses__passage-count"


def passage_links_paged(soup: BeautifulSoup, page_word: str) -> None:
    """After each link of ``soup`` to a passage an entry lists (already a link inside the document,
    ``#…``), an empty element that names its target (``data-target``) and ``page_word``
    (``data-page``), which pdf.css prints before the target's page number; and the words
    of the passage's count of uses, if the site gives one after the link (``data-uses``),
    which pdf.css prints after that number, in place of the site's count."""
    for link in soup.select(PASSAGE_LINKS):
        paged = soup.new_tag("span", attrs={"class": PAGE_CLASS, "data-target": link["href"], "data-page": page_word})
        if (count := _count_after(link)) is not None:
            paged["data-uses"] = count.get_text().strip().removeprefix("(").removesuffix(")")
            while link.next_sibling is not count:
                link.next_sibling.extract()  # the space between the link and its count
            count.decompose()
        link.insert_after(paged)


def _count_after(link: Tag) -> Tag | None:
    """The count of uses the site gives after ``link``, with nothing but a space between them."""
    after = link.next_sibling
    if isinstance(after, NavigableString) and not after.strip():
        after = after.next_sibling
    return after if isinstance(after, Tag) and COUNT_CLASS in after.get("class", ()) else None
