"""Markdown in, HTML out: glossary terms linked once per page, never where they must not be."""

import re

import markdown
import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.glossary import build_glossary
from explainer.glossary_pages import OtherPassage, PageUses, highlight, uses_by_entry, uses_of
from explainer.markdown_glossary import (
    GlossaryExtension,
    PageTerms,
    TermUse,
    expand_terms,
    sentence_around,
    sentence_breaks,
)
from explainer.markdown_notes import NotesExtension
from explainer.notes import relative_url
from explainer.quoted_emphasis import EMPHASIS_MARKS, emphasis_html

GLOSSARY = build_glossary(
    [
        (
            f"glossary/{slug}.md",
            f"docs/glossary/{slug}.md",
            f"---\nterm: {term}\naliases: {aliases}\ndefinition: {definition}\ncategory: concept\n---\n",
        )
        for slug, term, aliases, definition in [
            ("sco", "Shanghai Cooperation Organization", "[SCO]", "A regional organisation."),
            ("qiaowu", "qiaowu", "[qiáowù]", "Work with the overseas Chinese."),
            ("silk-road-economic-belt", "Silk Road Economic Belt", "[SREB]", "Trade routes."),
            ("three-evils", "three evils", "[]", "Terrorism, extremism, separatism."),
        ]
    ]
)


def convert(source: str, page: str = "part-1/page.md", *, enabled: bool = True) -> tuple[BeautifulSoup, object]:
    glossary = GlossaryExtension()
    glossary.set_glossary(GLOSSARY)
    glossary.start_page(enabled=enabled)
    html = markdown.markdown(source, extensions=["tables", NotesExtension(), glossary])
    # As the hook does once the entries' URLs are known; here, the source files.
    html = expand_terms(html, GLOSSARY, lambda slug: relative_url(GLOSSARY[slug].src_uri, page))
    return BeautifulSoup(html, "html.parser"), glossary.take_page()


def links(soup: BeautifulSoup) -> list[tuple[str, str]]:
    return [(a.text, a["href"]) for a in soup.select("a.glossary-term")]


def test_first_use_links_with_definition_and_relative_href():
    soup, page = convert("The SCO met. The SCO met again.\n\nThen the Shanghai Cooperation Organization.")
    assert links(soup) == [("SCO", "../glossary/sco.md")]
    assert soup.select_one("a.glossary-term")["title"] == "A regional organisation."
    # One use recorded, the first, with the page's count of them; it survives the packing.
    assert [(use.slug, use.words, use.count) for use in page.uses] == [("sco", "SCO", 3)]
    assert page.used == ("sco",)


def test_longest_match_and_diacritics():
    soup, _ = convert("The Silk Road Economic Belt and *qiáowù*.")
    assert links(soup) == [
        ("Silk Road Economic Belt", "../glossary/silk-road-economic-belt.md"),
        ("qiáowù", "../glossary/qiaowu.md"),
    ]


def test_never_in_headings_links_code_or_note_calls():
    source = (
        "# The SCO\n\n"
        "A [link about the SCO](https://example.org) and `SCO` in code.\n\n"
        "```\nSCO\n```\n\n"
        "Text.[^n]\n\n"
        "[^n]: A note.\n"
    )
    soup, page = convert(source)
    assert links(soup) == []
    assert page.uses == []


@pytest.mark.parametrize(
    "source",
    [
        *(f"{'#' * level} The SCO\n" for level in range(1, 7)),
        # Typed as raw HTML, the words stay in Python-Markdown's tree, not in an atomic string.
        "A <code>SCO</code> in code.",
        "A <pre>SCO</pre> kept as typed.",
        "Press <kbd>SCO</kbd> on the keyboard.",
        "A call<sup>SCO</sup> raised.",
    ],
)
def test_never_in_a_heading_of_any_level_nor_in_code_typed_as_raw_html(source):
    soup, page = convert(source)
    assert links(soup) == [], source
    assert page.uses == [], source


def test_the_hover_reads_the_definition_as_written_even_where_it_looks_like_markup():
    # The definition is text: "&lt;" in it is four characters, not an escaped "<".
    glossary = build_glossary(
        [
            (
                "glossary/entity.md",
                "docs/glossary/entity.md",
                "---\nterm: entity\ndefinition: 'Written &lt; or &copy; in HTML.'\ncategory: concept\n---\n",
            )
        ]
    )
    extension = GlossaryExtension()
    extension.set_glossary(glossary)
    extension.start_page(enabled=True)
    html = expand_terms(markdown.markdown("An entity.", extensions=[extension]), glossary, lambda slug: "e/")
    (link,) = BeautifulSoup(html, "html.parser").select("a.glossary-term")
    assert link["title"] == "Written &lt; or &copy; in HTML."


def test_a_prose_note_s_own_text_is_linked_and_its_use_is_in_that_note():
    # The author's prose in a note is text like the body's; only its citations are not.
    source = (
        "The SCO met.[^a] Then again.[^b]\n\n"
        "[^a]: A note on the three evils, [@key, p. 3].\n"
        "[^b]: The three evils and the SCO again, a second time.\n"
    )
    soup, page = convert(source)
    assert links(soup) == [("SCO", "../glossary/sco.md"), ("three evils", "../glossary/three-evils.md")]
    (first_note, second_note) = soup.select(".explainer-notes li")
    assert first_note.select_one("a.glossary-term").text == "three evils"
    # Each entry is linked once on the page: the second note's uses are counted, not linked.
    assert second_note.select("a.glossary-term") == []
    (sco, evils) = sorted(page.uses, key=lambda use: use.slug)
    assert (sco.count, evils.count) == (2, 2)
    assert first_note.p["id"] == evils.block_id and evils.note == 0
    assert sco.note is None  # its first use is in the text
    assert evils.sentence.startswith("A note on the three evils")
    # The entry's notes are the calls of the blocks that use it, and the notes that do.
    assert {slug: set(calls) for slug, calls in page.note_calls.items()} == {"sco": {0, 1}, "three-evils": {0, 1}}


def test_uses_packed_where_the_page_converted_are_what_the_build_takes():
    # A page converted by the forked child (`parallel_pages`) arrives packed; the build's
    # own packing of it must keep every use and note call, not pack an emptied page again.
    source = "The SCO met.[^a] Then again.[^b]\n\n[^a]: On the three evils.\n[^b]: The SCO again.\n"
    child = GlossaryExtension()
    child.set_glossary(GLOSSARY)
    child.start_page(enabled=True)
    markdown.markdown(source, extensions=[NotesExtension(), child])
    build = GlossaryExtension()
    build.restore_page_state(child.page_state())
    taken = build.take_page()
    _soup, converted_here = convert(source)
    assert taken.uses == converted_here.uses and taken.used == converted_here.used == ("sco", "three-evils")
    assert taken.note_calls == converted_here.note_calls
    assert {slug: set(calls) for slug, calls in taken.note_calls.items()} == {"sco": {0, 1}, "three-evils": {0}}


def test_every_block_that_uses_an_entry_after_its_first_is_recorded_once_to_link_to():
    # "(3 uses)" quoted the first and linked nowhere else: the reader could not reach the others.
    source = (
        "The SCO met. The SCO met again.\n\n"
        "Nothing here.\n\n"
        "- an item on the SCO\n\n"
        "And the Shanghai Cooperation Organization, the SCO.[^a]\n\n"
        "[^a]: The SCO in a note.\n"
    )
    soup, page = convert(source)
    (use,) = page.uses
    assert (use.block_id, use.count) == ("use-1", 6)
    item, paragraph, note = (
        soup.select_one("li:not([id^=note])"),
        next(p for p in soup.select("p") if p.get_text().startswith("And the")),
        soup.select_one(".explainer-notes li p"),
    )
    # Each block once, in the page's order, with its note's index where a note's words hold
    # it, and how many times it uses the entry: "Also in ¶ 3" under "(6 uses in 4 passages)"
    # left the reader to find how many each held.
    assert use.others == ((item["id"], None, 1), (paragraph["id"], None, 2), (note["id"], 0, 1))
    assert use.count_in_block == 2
    assert len({use.block_id, item["id"], paragraph["id"], note["id"]}) == 4
    pages = [PageUses("Section", "part-1/page/", page)]
    (used_on,) = uses_of(uses_by_entry(pages)["sco"], "glossary/sco/", note_numbers={"part-1/page/": [5]})
    assert used_on.also == (
        OtherPassage(f"../../part-1/page/#{item['id']}", place=2),
        OtherPassage(f"../../part-1/page/#{paragraph['id']}", place=3, count=2),
        OtherPassage(f"../../part-1/page/#{note['id']}", note=5, place=4),
    )
    assert used_on.count_in_passage == 2


def test_a_paragraph_after_a_first_use_is_named_by_its_number_as_a_summary_names_it():
    terms = PageTerms()
    terms.add(TermUse("sco", "p2", "The SCO.", "SCO"))
    terms.add_other_block("sco", ("p5", None))
    terms.pack()
    (used_on,) = uses_of(uses_by_entry([PageUses("Section", "s/", terms)])["sco"], "glossary/sco/")
    assert used_on.also == (OtherPassage("../../s/#p5", paragraph=5, place=2),)


def test_link_goes_after_existing_inline_markup():
    soup, _ = convert("Some *emphasis* before the three evils, **then** the SCO.")
    assert [a.text for a in soup.select("a.glossary-term")] == ["three evils", "SCO"]
    assert soup.p.get_text() == "Some emphasis before the three evils, then the SCO."


def test_uses_record_the_block_and_the_sentence():
    soup, page = convert("First sentence. The three evils are named here. Last one.")
    (use,) = page.uses
    assert use.slug == "three-evils"
    assert soup.p["id"] == use.block_id
    assert use.sentence == "The three evils are named here."


def test_a_quoted_sentence_reads_raw_html_entities_and_escapes_as_a_reader_does():
    # Python-Markdown holds raw inline HTML and entities in its htmlStash, and escaped
    # characters as their codes, until the page is serialized: the quote gives their text.
    soup, page = convert(
        'Before it. The <span class="x">new</span> three evils, <abbr title="for example">e.g.</abbr>'
        " <kbd>ctrl</kbd>, AT&amp;T &mdash; a \\*star<br>here<!-- a comment -->. After."
    )
    (use,) = page.uses
    assert use.sentence == "The new three evils, e.g. ctrl, AT&T — a *star here."
    assert "\x02" not in use.sentence and "wzxhzdk" not in use.sentence
    assert use.count == 1
    # The page itself keeps its HTML.
    assert soup.select_one("span.x").text == "new" and soup.kbd.text == "ctrl"


def test_raw_html_before_a_use_does_not_move_it_to_another_sentence():
    # The first "SCO" is a link's text, no use: the quote is the sentence of the use after
    # the raw HTML, found by its place in the block, whose text reads the HTML shorter.
    _, page = convert(
        '<span class="lead">Lead</span> [SCO](https://example.org) is named. The <span class="x">new</span> SCO met.'
    )
    (use,) = page.uses
    assert use.sentence == "The new SCO met."
    _, page = convert('<b>Lead</b> [SCO](https://example.org) is named. *The* <span class="x">new</span> SCO met.')
    assert page.uses[0].sentence == "\ue010The\ue011 new SCO met."


def test_never_inside_a_link_or_abbreviation_typed_as_raw_html():
    # Python-Markdown stashes each raw tag and leaves the words between them in the tree:
    # a term inside a typed <a> was linked inside it, a link in a link.
    soup, page = convert(
        'A <a href="https://example.org">report on the <em>SCO</em></a>, an <abbr title="x">SCO</abbr>'
        " body. Then the <span>three evils</span> and the SCO."
    )
    assert links(soup) == [("three evils", "../glossary/three-evils.md"), ("SCO", "../glossary/sco.md")]
    assert not soup.select("a a, abbr a")
    assert soup.select_one("a[href^='https']").text == "report on the SCO"
    # Neither is a use: a link's words are not counted where the tree's own links are not.
    assert {use.slug: use.count for use in page.uses} == {"three-evils": 1, "sco": 1}


def test_a_script_typed_as_raw_html_leaves_the_terms_after_it_linked():
    # `i<a.length` in a script's code read as an <a> opened and never closed: no term of
    # the page after the script was linked or counted.
    soup, page = convert(
        "The SCO met.\n\n<script>\nfor (var i = 0; i<a.length; i++) {}\n</script>\n\nThen the three evils."
    )
    assert links(soup) == [("SCO", "../glossary/sco.md"), ("three evils", "../glossary/three-evils.md")]
    assert {use.slug: use.count for use in page.uses} == {"sco": 1, "three-evils": 1}


def test_disabled_pages_are_left_alone():
    soup, page = convert("The SCO.", enabled=False)
    assert links(soup) == [] and page.uses == []


def test_terms_in_tables_and_lists():
    soup, _ = convert("- the SCO\n\n| col |\n|---|\n| three evils |\n")
    assert [a.text for a in soup.select("a.glossary-term")] == ["SCO", "three evils"]


def test_sentence_around():
    text = "One. Two has the term. Three."
    assert sentence_around(text, text.index("term"), text.index("term") + 4) == "Two has the term."
    # Words that open or close a sentence belong to it, not to its neighbour.
    assert sentence_around(text, text.index("Two"), text.index("Two") + 3) == "Two has the term."
    assert sentence_around(text, text.index("term."), text.index("term.") + 5) == "Two has the term."
    assert sentence_around(text, 0, 3) == "One." and sentence_around(text, len(text) - 6, len(text)) == "Three."
    # A quotation or a bracket closed after the full stop is the sentence's: quoted whole.
    text = "It praised “human rights through development.” This letter (a reply.) Next."
    assert sentence_around(text, text.index("human"), text.index("human") + 5) == (
        "It praised “human rights through development.”"
    )
    assert sentence_around(text, text.index("letter"), text.index("letter") + 6) == "This letter (a reply.)"


def _sentence_by_scanning(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]``, found by walking the breaks from the start."""
    begin = 0
    for found in re.finditer(r"(?<=[.!?])[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])\s+", text):
        stop = found.start() + len(found[0].rstrip())  # the closing marks are the sentence's
        if found.end() <= start:
            begin = found.end()
        elif stop >= end:
            return " ".join(text[begin:stop].split())
    return " ".join(text[begin:].split())


SENTENCE_PIECES = ["One", "two", "term", ".", "!", "?", " ", "  ", "\n", '"', "(", ")", "”", "A1"]


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=40), st.data())
def test_sentence_around_with_breaks_found_once_gives_what_walking_them_gives(pieces, data):
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    breaks = sentence_breaks(text)
    assert sentence_around(text, start, end, breaks) == _sentence_by_scanning(text, start, end)


def test_a_quoted_sentence_keeps_the_authors_italics_even_where_it_cuts_a_run():
    _, page = convert("First. The *qiáowù* policy (*three evils*) is named. Last.")
    use = next(use for use in page.uses if use.slug == "three-evils")
    expected = "The <em>qiáowù</em> policy (<em><mark>three evils</mark></em>) is named."
    assert highlight(use.sentence, use.words) == expected
    # A run of italics over two sentences is opened where the sentence starts, closed where it ends.
    _, page = convert("*A title. The SCO* meets.")
    assert emphasis_html(page.uses[0].sentence) == "<em>The SCO</em> meets."
    _, page = convert("*The SCO meets. A title* ends.")
    assert emphasis_html(page.uses[0].sentence) == "<em>The SCO meets.</em>"


def _emphasis_by_scanning(html: str) -> str:
    """`emphasis_html` as it was first written: one character at a time."""
    tag_of = {mark: tag for tag, marks in EMPHASIS_MARKS.items() for mark in marks}
    out, opened_before, open_tags = [], [], []
    for character in html:
        tag = tag_of.get(character)
        if tag is None:
            out.append(character)
        elif character == EMPHASIS_MARKS[tag][0]:
            open_tags.append(tag)
            out.append(f"<{tag}>")
        elif tag in open_tags:
            while (inner := open_tags.pop()) != tag:
                out.append(f"</{inner}>")
            out.append(f"</{tag}>")
        else:
            opened_before.insert(0, tag)
            out.append(f"</{tag}>")
    closing = "".join(f"</{tag}>" for tag in reversed(open_tags))
    return "".join(f"<{tag}>" for tag in opened_before) + "".join(out) + closing


EMPHASIS_PIECES = ["The SCO", " ", "&amp;", "<mark>", "</mark>", *(m for pair in EMPHASIS_MARKS.values() for m in pair)]


@settings(derandomize=True, max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(EMPHASIS_PIECES), max_size=30))
def test_emphasis_read_between_the_marks_gives_what_reading_every_character_gives(pieces):
    html = "".join(pieces)
    assert emphasis_html(html) == _emphasis_by_scanning(html)


def test_a_quoted_sentence_without_italics_is_given_back_as_it_is():
    # Most quoted sentences have none: the sentence itself, not a copy rebuilt character by character.
    sentence = "The <mark>three evils</mark> were named in 2001 &amp; later."
    assert emphasis_html(sentence) is sentence


def test_a_french_sentence_is_quoted_with_its_guillemets_and_non_breaking_spaces():
    # French sets a space, often non-breaking, inside its guillemets; a sentence quoted
    # ends with its closing », and the spaces the author made non-breaking stay so.
    text = (
        "Il résume\u00a0: «\u00a0C’est un *vœu pieux*.\u00a0» "
        "Un autre demande\u00a0: «\u00a0Qui paiera\u00a0?\u00a0» Fin."
    )
    at = text.index("vœu")
    assert sentence_around(text, at, at + 3) == "Il résume\u00a0: «\u00a0C’est un *vœu pieux*.\u00a0»"
    at = text.index("Qui")
    assert sentence_around(text, at, at + 3) == "Un autre demande\u00a0: «\u00a0Qui paiera\u00a0?\u00a0»"
    # A sentence may start with an accented capital, or open with a guillemet.
    text = "Le fleuve coule. À Bâle, il tourne. «\u00a0Enfin\u00a0», dit-il."
    assert sentence_around(text, text.index("Bâle"), text.index("Bâle") + 4) == "À Bâle, il tourne."
    assert sentence_around(text, 0, 2) == "Le fleuve coule."
    # Other runs of white space are one space, as before.
    assert sentence_around("One. Two\n  has it. Three.", 5, 8) == "Two has it."


def test_a_quoted_sentence_keeps_the_non_breaking_spaces_of_its_guillemets():
    _, page = convert("Premier point. Il parle de la «\u00a0*SCO*\u00a0». Dernier point.")
    use = next(use for use in page.uses if use.slug == "sco")
    assert emphasis_html(use.sentence) == "Il parle de la «\u00a0<em>SCO</em>\u00a0»."
