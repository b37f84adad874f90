"""A name's initials stay on the line of the name after them on the site ("P." at a line's
end and "Durand" below read as two names), in what the notes and the bibliography generate
from BibTeX, by markup alone: the text a reader reads and copies is the same."""

from __future__ import annotations

import pytest
from test_site import body_paragraphs, content, notes_on

from explainer.richtext import NAME_KEPT_UP_TO, RichText


def kept(html: str) -> list[str]:
    """The words of each span that keeps a name on one line."""
    from bs4 import BeautifulSoup

    return [span.get_text() for span in BeautifulSoup(html, "html.parser").select("span.explainer-name")]


@pytest.mark.parametrize(
    ("names", "spans"),
    [
        ("K. Brown", ["K. Brown"]),
        ("Laruelle, M., S. Peyrouse", ["S. Peyrouse"]),  # an initial that ends a name has none after it
        ("R. A. Haldane et al.", ["R. A. Haldane"]),
        ("trans. J.-P. de La Rivière", ["J.-P. de"]),  # "trans." is no initial
        ("{{Den Hao}}", []),
        ("H. Wolfeschlegelsteinhausenbergerdorff", []),  # longer than a phone's line holds: free
    ],
)
def test_a_name_s_initials_and_the_word_after_them_are_kept_on_one_line(names, spans):
    text = RichText().add_names(names)
    assert kept(text.html()) == spans
    assert text.plain == names  # the words as written: no no-break space
    assert all(len(span) <= NAME_KEPT_UP_TO for span in spans)


def test_the_notes_and_the_bibliography_keep_initials_with_their_names_and_their_text(site):
    page = content(site.page("introduction/"))
    note = page.select_one("#note-1")
    assert [span.get_text() for span in note.select("span.explainer-name")][:1] == ["K. Brown"]
    assert notes_on(site.page("introduction/"))[1].startswith("K. Brown, *China's World. What Does China Want?*")
    reference = content(site.page("bibliography/")).select_one("li#laruelle2012question")
    assert [span.get_text() for span in reference.select("span.explainer-name")] == ["S. Peyrouse"]
    assert (
        reference.select_one(".explainer-bibliography__reference")
        .get_text()
        .startswith("Laruelle, M., S. Peyrouse, The Chinese Question")
    )


@pytest.mark.parametrize("url", ["introduction/", "part-1/new-paradigm/", "conclusion/"])
def test_the_author_s_text_is_left_as_it_is(site, url):
    page = content(site.page(url))
    for removed in page.select(".explainer-notes, .explainer-cite, .explainer-summary"):
        removed.decompose()
    assert not page.select("span.explainer-name")
    assert body_paragraphs(site.page(url))  # the text is there, untouched
