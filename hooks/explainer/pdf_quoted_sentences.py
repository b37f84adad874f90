"""In the PDF, a glossary entry's section title leads to the sentence it quotes, and names its page.

On the site, "Where it appears" links each section's title to the paragraph that holds the
sentence quoted under it: the page scrolls there, and the sentence is in sight. On paper the
title is named with a page (`pdf_passage_pages`), which was the paragraph's first: where
the paragraph ran onto the next page and the sentence stood there, the reader was sent a
page early. So the sentence's first word is given an anchor of its own, found by the quoted
words in the paragraph the link leads to (its letters and digits alone, without the note
calls' numbers and the notes, which the quotation leaves out), and the title's link and
page lead to it. A sentence not found there (an editor's quotation that differs from the
article's words) keeps the paragraph's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from bs4 import BeautifulSoup, NavigableString, Tag

#: The links of "Where it appears", each to the paragraph of the sentence quoted below it.
TITLE_LINKS = ".explainer-glossary-uses > li > a[href^='#']"
#: The sentence quoted from each section (`glossary-entry.html`).
SENTENCE = ".explainer-glossary-uses__sentence"
#: What a paragraph's text holds that a quotation of it leaves out: the note calls' numbers
#: and the footnotes (`pdf_document`), the footnote's own number.
LEFT_OUT = frozenset({"note-anchor", "footnote", "footnote-number"})
#: How many of the sentence's letters and digits find it: enough to tell two sentences
#: that open alike apart, few enough to stay clear of a note call inside it.
OPENING = 40


def quoted_sentences_anchored(soups: Iterable[BeautifulSoup]) -> None:
    """Point each section title of "Where it appears" in ``soups`` (the document's sections,
    their ids and links rewritten) to the first word of the sentence quoted below it, which
    is given an id where it has none."""
    soups = list(soups)
    by_id = {element["id"]: element for soup in soups for element in soup.find_all(id=True)}
    links = [link for soup in soups for link in soup.select(TITLE_LINKS)]
    for number, link in enumerate(links, start=1):  # numbered through the document: ids are unique
        sentence = link.find_next_sibling(class_=SENTENCE.lstrip("."))
        target = by_id.get(link["href"][1:])
        if sentence is None or target is None:
            continue
        found = _find(target, _letters(sentence.get_text())[:OPENING])
        if found is not None:
            link["href"] = "#" + _anchor(target, *found, identifier=f"{link['href'][1:]}--quoted-{number}")


def _letters(text: str) -> str:
    return "".join(character for character in text.casefold() if character.isalnum())


def _texts(element: Tag) -> Iterator[NavigableString]:
    """The text of ``element`` that a quotation of it keeps, in order."""
    for text in element.find_all(string=True):
        if type(text) is not NavigableString:
            continue  # a comment
        ancestors = [text.parent, *text.parent.parents] if text.parent is not element else []
        ancestors = ancestors[: ancestors.index(element)] if element in ancestors else ancestors
        if not any(LEFT_OUT & set(ancestor.get("class") or ()) for ancestor in ancestors):
            yield text


def _find(element: Tag, opening: str) -> tuple[NavigableString, int] | None:
    """The text of ``element`` and the place in it where the letters ``opening`` start."""
    if not opening:
        return None
    places: list[tuple[NavigableString, int]] = []
    letters = []
    for text in _texts(element):
        for offset, character in enumerate(text):
            if (folded := _letters(character)) and not character.isspace():
                for letter in folded:
                    letters.append(letter)
                    places.append((text, offset))
    start = "".join(letters).find(opening)
    return None if start < 0 else places[start]


#: The elements inside a paragraph that may hold the anchor of the word they start with.
INLINE = frozenset({"span", "mark", "em", "i", "strong", "b", "a"})


def _anchor(target: Tag, text: NavigableString, offset: int, identifier: str) -> str:
    """An anchor at ``offset`` in ``text``, inside ``target``, and its id: an inline element
    that starts there (its own id, or ``identifier`` given), else a ``span`` of the word
    that starts there, with ``identifier``. Another entry that quotes the sentence finds it.
    An element starts there after the space it holds before its words (`pdf_document` moves
    it in): its words in a span of their own, the element (a link) would hold only that space."""
    holder = text.parent
    opens = not text[:offset].strip() and holder.find(string=True) is text
    if opens and holder is not target and holder.name in INLINE:
        holder["id"] = holder.get("id") or identifier
        return holder["id"]
    word_end = next((index for index in range(offset, len(text)) if text[index].isspace()), len(text))
    before, word, after = text[:offset], text[offset:word_end], text[word_end:]
    span = BeautifulSoup("", "html.parser").new_tag("span", attrs={"id": identifier})
    span.string = word
    pieces = [piece for piece in (NavigableString(before), span, NavigableString(after)) if piece != ""]
    text.replace_with(*pieces)
    return identifier
