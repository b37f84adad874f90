"""A tie just before an inline element: the tied words and the element as one span.

A label is tied to its number ("pp.\u00a0457–482"), and a range of numbers is a span no
line breaks (``.explainer-range``). Where such an element does not fit at a line's end,
WeasyPrint (70) looks for a break in the text before it by narrowing that text a pixel
at a time, and ends the line at that text's first word: "Europe Asia Studies," alone,
then "vol. 61, no. 3, 2009, pp. 457–482." below, on a line that breaks well short of
the measure. With the tied words and the element inside one span of their own, the
span's first space is the break WeasyPrint finds (`pdf_document`'s
`_spaces_into_inline_elements` moves the space there), and the line breaks just before
"pp.". Only the PDF's HTML changes; the words read the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported by `pdf_document`, which a PDF alone needs
    from bs4 import BeautifulSoup

#: The spaces a tie is made of (`pdf_ties`, the notes' labels, French punctuation).
TIE_SPACES = ("\u00a0", "\u202f")
#: The spaces a line may break at.
BREAKING_SPACES = " \n\t"
#: Inline elements a tie may bind to the words before them.
INLINE_TAGS = ("a", "abbr", "b", "cite", "em", "i", "mark", "q", "small", "span", "strong")


def tied_words_kept_with_their_element(soup: BeautifulSoup) -> None:
    """Wrap each inline element that a tie binds to the words before it ("pp.\u00a0" then
    a range) in a span with those words, from the text's last breaking space on."""
    from bs4 import NavigableString

    for element in soup.find_all(INLINE_TAGS):
        before = element.previous_sibling
        if type(before) is not NavigableString or not before.endswith(TIE_SPACES):  # text, not a comment
            continue
        if "footnote" in element.get("class", ()):
            continue  # a footnote is set apart (`pdf_document`)
        start = max(before.rfind(space) for space in BREAKING_SPACES) + 1
        if start == 0:
            continue  # no break in the text before: nothing to find
        kept = soup.new_tag("span", attrs={"class": "tied-to-element"})
        before.replace_with(before[:start])
        element.insert_before(kept)
        kept.extend([before[start:], element.extract()])
