"""One HTML document for the PDF, assembled from the site's finished pages.

Nothing is kept twice: the PDF is made from the same page HTML as the site, once
notes and citations are resolved. Each page becomes a section; its ids get a prefix
so that pages cannot collide; links between pages become links inside the document,
and images' addresses the site's own (`SITE_ORIGIN`);
each note moves to where it is called, as a footnote (``float: footnote`` in the print
stylesheet) carrying the number it has on the site. Pages that number their notes from 1
on the site (the glossary's entries) run on one after another in print, so there their
notes are numbered through the run instead: two footnotes on one printed page never
share a number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag

from .hyphenation import SOFT_HYPHEN, WORD_JOINER, hyphenate_listed_words, listed_words
from .pdf_front_names import FrontPlaces, name_links_to_the_front
from .pdf_paragraph_ends import keep_last_words_whole
from .pdf_passage_pages import passage_links_paged
from .pdf_proper_names import keep_names_whole, names_in
from .pdf_quoted_sentences import quoted_sentences_anchored
from .pdf_slash_compounds import slash_compounds_kept_whole
from .pdf_tied_elements import tied_words_kept_with_their_element
from .pdf_ties import tie_numbers_and_initials

if TYPE_CHECKING:
    from .number_labels import NumberLabels

#: The site's own address in the document: a link or an image there is one of the site's
#: pages or files (`explainer.pdf_render` serves the files from the built site).
SITE_ORIGIN = "https://site.invalid/"
#: Where a URL may break across lines in print, as the Chicago Manual of Style breaks one:
#: after its ``//``; before a single slash, a period, a comma, a hyphen, an underscore, a
#: question mark, a number sign, a percent sign or a tilde (before the first of a run of
#: them: "/#_ftn1" stays whole, and a last "/" stays on its line); before or after an
#: ampersand or an equals sign. Never after a hyphen: a hyphen at a line's end is then
#: always a word's hyphenation, which text extractors (Poppler's pdftotext) take out, and
#: the URL copies whole ("-for-Authoritarian", not "-forAuthoritarian"). Nowhere else: a
#: URL broken inside a word ("htt|ps", "Autho|ritarian") reads as two.
_URL_BREAKS = re.compile(r"(?<=//)|(?<=[^\W_])(?!//)(?=[.,\-_?#%~&=/].)|(?<=[&=])(?=[^\W_])")
#: What marks a URL's break points in the document: a zero-width space, a break opportunity
#: in the text itself that is not copied from the PDF. A ``<wbr>`` would be an inline box of
#: its own, and WeasyPrint (70) makes every box inside a link a link annotation of its own:
#: each ``<wbr>`` gave two of zero width (the element and its ``::before``), each one more
#: link to a screen reader.
URL_BREAK = "\u200b"
#: What keeps a line from breaking after a URL's punctuation elsewhere: the PDF's text
#: engine (Pango) by itself breaks after a hyphen, a slash or a question mark.
URL_NO_BREAK = WORD_JOINER
#: A URL's punctuation inside a piece, where `URL_NO_BREAK` follows it.
_URL_PUNCTUATION = re.compile(r"[^\w\s](?!$)")
#: A piece of a URL longer than this, with no break of its own, gets one every
#: `_URL_PIECE_CHARACTERS`: a last resort, so that no token runs past the margin.
_URL_LONGEST_PIECE = 40
_URL_PIECE_CHARACTERS = 20


def url_pieces(url: str) -> list[str]:
    """``url`` cut where a line may break (`_URL_BREAKS`); the pieces join back to ``url``."""
    pieces: list[str] = []
    for piece in _URL_BREAKS.split(url):
        if len(piece) > _URL_LONGEST_PIECE:
            pieces += [piece[at : at + _URL_PIECE_CHARACTERS] for at in range(0, len(piece), _URL_PIECE_CHARACTERS)]
        elif piece:
            pieces.append(piece)
    return pieces


def url_as_printed(url: str) -> str:
    """``url`` as the PDF sets it: breakable where `url_pieces` cuts it and nowhere else."""
    return URL_BREAK.join(_URL_PUNCTUATION.sub(r"\g<0>" + URL_NO_BREAK, piece) for piece in url_pieces(url))


@dataclass(frozen=True)
class PdfSection:
    """A page of the site as a section of the PDF."""

    url: str
    title: str
    html: str
    #: ``front`` (the title page), ``article``, ``back`` (bibliography), ``appendix`` (glossary).
    kind: str = "article"
    #: The titles of the parts (navigation sections without a page of their own) the page
    #: opens, outermost first: a chapter that opens "Part One" and its "Section I" gives both.
    parts: tuple[str, ...] = ()
    #: How many parts the page sits in; its headings nest as many levels deeper.
    depth: int = 0
    #: Whether the site numbers the page's notes from 1, on their own (``separate_notes``).
    #: Such pages' footnotes are numbered through each run of them in the PDF.
    own_notes: bool = False
    #: Whether the page stands for a part (the navigation section it opens, as its
    #: ``index.md``): its title is the part's, and is set as a part's title is.
    opens_part: bool = False

    @property
    def in_part(self) -> bool:
        return self.depth > 0

    def part_headings(self) -> list[tuple[int, str]]:
        """Each part the page opens, with its level: 0 for a part of the article itself."""
        outermost = self.depth - len(self.parts)
        return [(outermost + index, title) for index, title in enumerate(self.parts)]


def _part_id(section: _Section, index: int) -> str:
    return f"{section.prefix}--part" if index == 0 else f"{section.prefix}--part-{index + 1}"


@dataclass(frozen=True)
class PdfMetadata:
    """What the PDF says about itself."""

    title: str
    author: str = ""
    keywords: tuple[str, ...] = ()
    description: str = ""
    language: str = "en"
    contents_title: str = "Contents"
    appendix_title: str = "Glossary"
    #: HTML that ends the title page, as the site's footer ends each page (its ``copyright``):
    #: who wrote what, for a reader of the PDF alone, who would otherwise take the editors'
    #: glossary and timeline, printed after the article, for the author's.
    colophon: str = ""
    #: The word before a page's number (the notes' ``p.``), after a link whose page is printed.
    page_word: str = "p."


@dataclass
class _Section:
    source: PdfSection
    prefix: str
    soup: BeautifulSoup = field(init=False)


def prefix_for(url: str) -> str:
    """An id prefix for a page: ``part-1/western-values/`` gives ``part-1-western-values``."""
    cleaned = re.sub(r"(index)?\.html$", "", url).strip("/")
    return re.sub(r"[^A-Za-z0-9]+", "-", cleaned).strip("-") or "home"


def _resolve(href: str, page_url: str) -> tuple[str, str] | None:
    """(page url, fragment) of an internal link, or None for an external one."""
    absolute = urljoin(SITE_ORIGIN + page_url, href)
    if not absolute.startswith(SITE_ORIGIN):
        return None
    parts = urlsplit(absolute)
    path = parts.path.removeprefix("/")
    path = re.sub(r"index\.html$", "", path)
    return path, parts.fragment


def _make_footnotes(soup: BeautifulSoup, numbered_after: int | None = None) -> dict[str, str]:
    """Move every note to its call, as a footnote element with the site's number, or
    numbered on from ``numbered_after`` when it is given. The footnote keeps the note's
    id, so that links to the note land on it. Returns each site number's printed one."""
    printed_numbers: dict[str, str] = {}
    for call in soup.select("sup.note-call"):
        link = call.find("a")
        number = link.get_text() if link else ""
        note = soup.find("li", id=f"note-{number}")
        if note is None:
            continue
        printed = number if numbered_after is None else str(numbered_after + len(printed_numbers) + 1)
        printed_numbers[number] = printed
        attrs = {"class": "footnote", "data-number": printed, "id": f"note-{number}"}
        footnote = soup.new_tag("span", attrs=attrs)
        call_id = call.get("id", f"note-ref-{number}")
        for backref in note.select(".footnote-backref"):
            backref.decompose()
        # The note's number leads back to its call, as the site's ↩ does.
        back = soup.new_tag("a", attrs={"class": "footnote-number", "href": f"#{call_id}"})
        back.string = f"{printed}."
        footnote.extend([back, " "])
        paragraphs = note.find_all("p", recursive=False) or [note]
        for index, paragraph in enumerate(paragraphs):
            if index:
                footnote.append(" ")
            if paragraph is not note and paragraph.get("id"):  # a passage the timeline links to
                footnote.append(soup.new_tag("span", attrs={"id": paragraph["id"]}))
            for child in list(paragraph.contents):
                footnote.append(child.extract())
        _lines_joined(footnote)
        # The call is a link to its footnote (WeasyPrint's own call, ::footnote-call, is
        # not a link, and is set empty in pdf.css).
        anchor = soup.new_tag("a", attrs={"id": call_id, "class": "note-anchor", "href": f"#note-{number}"})
        if link is not None and link.get("aria-label"):
            anchor["aria-label"] = link["aria-label"]
        anchor.string = printed
        call.replace_with(anchor)
        anchor.insert_after(footnote)
    for notes in soup.select(".explainer-notes"):
        notes.decompose()
    return printed_numbers


#: A run of spaces with a line break in it, as a note written on several lines keeps.
_LINE_BREAK_RUN = re.compile(r"[ \t\r]*\n[ \t\r\n]*")


def _lines_joined(footnote: Tag) -> None:
    """Make each line break of the note's text one space.

    WeasyPrint (70) breaks a footnote's line wherever its source had a line break, as if
    the footnote's white space were preserved; the body's text is not affected.
    """
    for text in footnote.find_all(string=_LINE_BREAK_RUN):
        if type(text) is NavigableString and text.find_parent("pre") is None:
            text.replace_with(_LINE_BREAK_RUN.sub(" ", text))


def _clean(soup: BeautifulSoup) -> None:
    """Drop what belongs to the screen: permalinks, forms, inline styles, the bibliography's
    downloads; and the editors' summaries, so that the PDF's sections hold the author's text only."""
    for selector in (
        "a.headerlink",
        ".explainer-bibliography__downloads",
        "nav",
        "form",
        "style",
        "script",
        ".explainer-glossary-uses__count",
        "aside.explainer-summary",
    ):
        for element in soup.select(selector):
            element.decompose()
    for link in soup.select("a.citation-url"):
        text = link.get_text()
        link.string = url_as_printed(text)
    # The site's markup for a name's initials (`RichText.add_names`): the PDF ties them by
    # a no-break space (`pdf_ties`). Left in, a span would take the space before it
    # (`_spaces_into_inline_elements`), and a link it opens ended a line on an empty piece,
    # tagged as a Link with no text.
    for parent in {id(span.parent): span.parent for span in soup.select("span.explainer-name")}.values():
        for span in parent.find_all("span", class_="explainer-name", recursive=False):
            span.unwrap()
        parent.smooth()


def _titles_as_written(soup: BeautifulSoup) -> None:
    """Give a heading whose printed text is not its title that title: without its note call,
    and without the soft hyphens of the editors' words (`hyphenation`). Its bookmark and the
    running head (pdf.css reads ``data-title``) would otherwise read "Dams and floods2", or
    hold the soft hyphens: a bookmark "Ka\u00adzakh\u00adstan" is not the word a reader
    or a program that reads the outline looks for."""
    for heading in soup.find_all(re.compile(r"^h[1-6]$")):
        if heading.select_one("a.note-anchor") is None and SOFT_HYPHEN not in heading.get_text():
            continue
        title = BeautifulSoup(str(heading), "html.parser")
        for call in title.select("a.note-anchor, .footnote"):
            call.decompose()
        heading["data-title"] = " ".join(title.get_text().replace(SOFT_HYPHEN, "").split())


def _running_heads_after_their_headings(soup: BeautifulSoup) -> None:
    """Give the element just after each page title (``h1``) that title as the running head
    it sets (pdf.css reads ``data-running-head``), the heading itself setting it empty.

    WeasyPrint takes the running head of a page that an element setting it opens from that
    element (``string(section, start)``): a section, or a glossary entry, that a page's end
    put at the top of the next page had its own title in the head, just above the title in
    large type. Set from the next element, the head is empty there, as a book drops the
    running head over a heading that opens the page, and a page where the section goes on
    has it. A heading with nothing after it sets its title itself. A title with a subtitle
    gives its short form too (`short_title`), for a paper whose head has no room for the whole.
    """
    for heading in soup.find_all("h1"):
        title = heading_title(heading)
        after = heading.find_next_sibling()
        setter = heading if after is None else after
        if after is not None:
            heading["data-running-head"] = ""
        setter["data-running-head"] = title
        if (short := short_title(title)) != title:
            setter["data-short-running-head"] = short


def heading_title(heading: Tag) -> str:
    """A heading's title as its bookmark gives it: without a note call or soft hyphens
    (`_titles_as_written`), its spaces one each."""
    return heading.get("data-title") or " ".join(heading.get_text().replace(SOFT_HYPHEN, "").split())


def _page_heading(section: _Section) -> str:
    """The title the page's heading gives it, as its bookmark and running head do; the
    navigation's where it has none. An editor may name a page shortly in the navigation
    ("Conclusion") where the author's heading says more: the contents names the section
    the reader turns to, by the heading that opens it."""
    heading = section.soup.find(class_="heading-1")
    return (heading_title(heading) if heading is not None else "") or section.source.title


def short_title(title: str) -> str:
    """``title`` without its subtitle, as a book's running head shortens it where the page is
    too narrow for the whole (pdf-a5.css): "Dams and Floods" for "Dams and Floods: A Century of the Basin"."""
    # The first colon with a space after it (not a time's, 12:30); French sets a no-break
    # space before it too ("Le titre\u00a0: sous-titre"), which the head must not keep.
    parts = re.match(f"(.*?):[{_TITLE_SPACES}]+(.*)", title)
    main = parts[1].strip(_TITLE_SPACES) if parts else ""
    return main if main and parts[2].strip(_TITLE_SPACES) else title


#: The spaces a title may set around its colon: French sets a no-break or narrow one before it.
_TITLE_SPACES = " \u00a0\u202f"


def _headings_at_their_depth(soup: BeautifulSoup, depth: int) -> None:
    """Set each heading ``depth`` levels deeper, to the level it has in the whole document, and
    mark it with its level on the site (``heading-1``…), which pdf.css styles it by.

    On the site each page's title is an ``h1``; in the PDF the page is a section inside a part,
    or an entry of the glossary, and a screen reader, which reads the tagged PDF's headings
    (``H1``…``H6``) from the elements' names, found them all at the level of the part.
    """
    for heading in soup.find_all(re.compile(r"^h[1-6]$")):
        level = int(heading.name[1])
        heading["class"] = [*heading.get("class", []), f"heading-{level}"]
        heading.name = f"h{min(level + depth, 6)}"


#: Inline elements that text runs into: a line may have to break just before one.
_INLINE_TAGS = ("a", "abbr", "b", "cite", "em", "i", "mark", "q", "small", "span", "strong")


#: The classes pdf.css sets on one line (``white-space: nowrap``), that text runs into.
_NO_WRAP_CLASSES = frozenset(
    {"explainer-range", "explainer-unbroken", "explainer-dates", "explainer-timeline__date", "compound-kept-whole"}
)


def _spaces_into_inline_elements(soup: BeautifulSoup) -> None:
    """Move the space before each inline element inside it, at its start.

    Where a line must break just before an inline element whose first word does not
    fit, WeasyPrint (70) searches the text before it for a break by narrowing it a
    pixel at a time, and may end the line at that text's first word instead ("This" alone
    on a line, the rest of the sentence below). With the space inside the element, the
    break is the element's own, which WeasyPrint finds. The words read the same; a space
    at the start of a line is not set.
    """
    for element in soup.find_all(_INLINE_TAGS):
        before = element.previous_sibling
        if type(before) is not NavigableString or before[-1:] not in (" ", "\n", "\t"):  # text, not a comment
            continue  # no space before it, or a non-breaking one, which binds it to the word before
        if "footnote" in element.get("class", ()):
            continue  # a footnote is set apart: the space stays in the text
        first = next((text for text in element.find_all(string=True) if type(text) is NavigableString), None)
        if first is None or not first[:1].strip():
            continue  # empty, or it starts with a space of its own
        before.replace_with(before.rstrip(" \n\t"))
        if _NO_WRAP_CLASSES.intersection(element.get("class", ())):
            # A space inside an element no line breaks in is no break at all ("Center," then
            # " May 24" could not end a line there): the space goes in a span around it.
            element.wrap(soup.new_tag("span")).insert(0, " ")
        else:
            first.replace_with(" " + first)


def _links_inside_their_only_element(soup: BeautifulSoup) -> None:
    """Put each link whose whole text is one inline element (a title in italics,
    ``<a><em>Title</em></a>``) inside that element instead (``<em><a>Title</a></em>``).

    WeasyPrint (70) tags the text of an element inside a link under an element of its own
    (``NonStruct``): such a link's structure element held no text of its own, and a screen
    reader may announce it as a link without a name. It reads and looks the same.
    """
    for link in soup.find_all("a", href=True):
        inner = link.contents[0] if len(link.contents) == 1 else None
        if not isinstance(inner, Tag) or inner.name not in _INLINE_TAGS or inner.name == "a" or inner.find("a"):
            continue
        link.replace_with(inner.extract())
        for child in list(inner.contents):
            link.append(child.extract())
        inner.append(link)


#: The punctuation just before a note call: the characters after the text's last letter,
#: digit or space.
_PUNCTUATION_BEFORE = re.compile(r"[^\w\s]+$")


def _note_calls_bound_to_the_punctuation_before(soup: BeautifulSoup) -> None:
    """Wrap each note call, its footnote and the punctuation just before the call in one
    element that pdf.css keeps on one line.

    Line breaking (Unicode's) allows a break between a full stop, a comma or a semicolon and
    a digit, so WeasyPrint could set a call's number alone at the start of a line
    ("priorities." then "64" below). Between a letter or a digit and the call it allows
    none, so the word itself stays out of the element and breaks at its hyphens as before.
    """
    for anchor in soup.select("a.note-anchor"):
        before, footnote = anchor.previous_sibling, anchor.next_sibling
        if type(before) is not NavigableString or not (punctuation := _PUNCTUATION_BEFORE.search(before)):
            continue
        if not isinstance(footnote, Tag) or "footnote" not in footnote.get("class", ()):
            continue
        bound = soup.new_tag("span", attrs={"class": "note-call-bound"})
        before.replace_with(before[: punctuation.start()])
        anchor.insert_before(bound)
        bound.extend([punctuation[0], anchor.extract(), footnote.extract()])


def _rewrite_ids_and_links(section: _Section, prefixes: dict[str, str]) -> None:
    soup, prefix = section.soup, section.prefix
    for element in soup.find_all(id=True):
        element["id"] = f"{prefix}--{element['id']}"
    for link in soup.find_all("a", href=True):
        target = _resolve(link["href"], section.source.url)
        if target is None:
            continue
        path, fragment = target
        if path not in prefixes:
            link.unwrap()  # a page the PDF does not hold: keep the words, drop the link
            continue
        link["href"] = f"#{prefixes[path]}--{fragment}" if fragment else f"#{prefixes[path]}"
        link.attrs.pop("title", None)
    # An image's address is relative to its page; the document has no page of its own.
    for image in soup.find_all("img", src=True):
        image["src"] = urljoin(SITE_ORIGIN + section.source.url, image["src"])
        image.attrs.pop("srcset", None)  # WeasyPrint reads src alone
    for source in soup.select("picture source"):
        source.decompose()


def _renumber_links(soup: BeautifulSoup, renumbered: dict[str, str]) -> None:
    """Links to a renumbered note ("Some entry, note 9", or "9") name its printed number."""
    for link in soup.select('a[href^="#"]'):
        printed = renumbered.get(link["href"][1:])
        if printed is None or link.string is None:
            continue
        site = link["href"].rpartition("-")[2]
        link.string = re.sub(rf"(?<!\d){site}$", printed, link.string.rstrip())
        if link.get("aria-label"):  # "three evils, note 9", the name a screen reader gives it
            link["aria-label"] = re.sub(rf"(?<!\d){site}$", printed, link["aria-label"])


def _contents(sections: Sequence[_Section], metadata: PdfMetadata) -> str:
    items = []
    appendix_listed = False

    def entry(css: str, target: str, title: str) -> str:
        # The leader and page number are the pseudo-element of a span in the link, not of the
        # link itself: WeasyPrint (70) tags an ``a::after`` as a Link of its own, inside the
        # entry's, and a screen reader announced each entry as two links.
        page = f'<span class="toc-page" data-target="#{target}"></span>'
        # The title's last word stays on the line of its leader (pdf.css, `pdf_leaders`). The
        # space before it goes in a span around it, as `_spaces_into_inline_elements` puts it.
        # A title of one word is the link's own text, which a screen reader names it by.
        head, space, last = title.rpartition(" ")
        if not space:
            return f'<li class="{css}"><a class="toc-last-word" href="#{target}">{escape(last)}{page}</a></li>'
        kept = f'<span> <span class="toc-last-word">{escape(last)}{page}</span></span>'
        return f'<li class="{css}"><a href="#{target}">{escape(head)}{kept}</a></li>'

    for section in sections:
        source = section.source
        if source.kind == "front":
            continue
        if source.kind == "appendix":
            if not appendix_listed:
                items.append(entry("toc-section", "appendix", metadata.appendix_title))
                appendix_listed = True
            continue
        for index, (level, title) in enumerate(source.part_headings()):
            css = f"toc-part toc-level-{level}"
            items.append(entry(css, _part_id(section, index), title))
        if source.opens_part:
            css = f"toc-part toc-level-{source.depth}"
        else:
            css = f"toc-section toc-nested toc-level-{source.depth}" if source.in_part else "toc-section"
        items.append(entry(css, section.prefix, _page_heading(section)))
    listing = "\n".join(items)
    return (
        f'<nav class="contents" id="contents"><h1 class="contents-title">{escape(metadata.contents_title)}</h1>'
        f"<ol>{listing}</ol></nav>"
    )


def _title_page(section: _Section | None, metadata: PdfMetadata) -> str:
    body = section.soup.decode_contents() if section else f"<h1>{escape(metadata.title)}</h1>"
    if metadata.colophon.strip():
        # HTML, as the site's footer shows it (Material does not escape `copyright`).
        body += f'<p class="colophon">{metadata.colophon.strip()}</p>'
    return f'<section class="title-page" id="{section.prefix if section else "home"}">{body}</section>'


def assemble(
    sections: Sequence[PdfSection],
    metadata: PdfMetadata,
    stylesheet: str,
    hyphenation: Sequence[str] = (),
    number_labels: NumberLabels | None = None,
) -> str:
    """The whole document, in reading order: title page, contents, article, bibliography, glossary.

    ``hyphenation``: the editors' words with their places to break (`hyphenation`).
    ``number_labels``: the words of the article's language that hold the number after them
    (`number_labels`); None where it has no lists, and the ties go by the words' form.
    """
    words_to_hyphenate = listed_words(hyphenation)
    prepared = [_Section(source, prefix_for(source.url)) for source in sections]
    prefixes = {section.source.url: section.prefix for section in prepared}
    run_of_own_notes = 0  # the last footnote number in the current run of `own_notes` pages
    renumbered: dict[str, str] = {}  # a renumbered note's id in the document: its printed number
    for section in prepared:
        section.soup = BeautifulSoup(section.source.html, "html.parser")
        if section.source.own_notes:
            printed_numbers = _make_footnotes(section.soup, numbered_after=run_of_own_notes)
            run_of_own_notes += len(printed_numbers)
            renumbered.update({f"{section.prefix}--note-{site}": printed for site, printed in printed_numbers.items()})
        else:
            run_of_own_notes = 0
            _make_footnotes(section.soup)
        _clean(section.soup)
        _links_inside_their_only_element(section.soup)
        _inner_languages_hyphenated_as_variants(section.soup)
    # A link named after the home page ("Home") names its place on the title page instead.
    if (front := next((section for section in prepared if section.source.kind == "front"), None)) is not None:
        places = FrontPlaces(front.source.url, front.source.title, front.soup)
        for section in prepared:
            name_links_to_the_front(section.soup, places, lambda href, url=section.source.url: _resolve(href, url))
    # A name is known by how the whole document writes it (`pdf_proper_names`).
    names = names_in(section.soup for section in prepared)
    for section in prepared:
        # Before the spaces move: the elements these make take the space before them too.
        tie_numbers_and_initials(section.soup, number_labels)
        slash_compounds_kept_whole(section.soup)
        keep_names_whole(section.soup, names, words_to_hyphenate)
        hyphenate_listed_words(section.soup, words_to_hyphenate)
        keep_last_words_whole(section.soup)
        tied_words_kept_with_their_element(section.soup)
        _spaces_into_inline_elements(section.soup)
        _note_calls_bound_to_the_punctuation_before(section.soup)
        _titles_as_written(section.soup)
        _running_heads_after_their_headings(section.soup)
        _headings_at_their_depth(section.soup, 1 if section.source.kind == "appendix" else section.source.depth)
        _rewrite_ids_and_links(section, prefixes)
    # Once every section's ids are the document's: a glossary entry's section title leads to
    # the sentence it quotes, and each link to a passage names its page.
    quoted_sentences_anchored(section.soup for section in prepared)
    for section in prepared:
        passage_links_paged(section.soup, metadata.page_word)
    if renumbered:
        for section in prepared:
            _renumber_links(section.soup, renumbered)

    front = next((section for section in prepared if section.source.kind == "front"), None)
    parts = [_title_page(front, metadata), _contents(prepared, metadata)]
    appendix_opened = in_appendix = False
    for section in prepared:
        source = section.source
        if source.kind == "front":
            continue
        if in_appendix and source.kind != "appendix":
            parts.append("</div>")
            in_appendix = False
        if source.kind == "appendix" and not appendix_opened:
            appendix_opened = in_appendix = True
            # One element holds the title and the entries: it names the page (pdf.css) that
            # the title opens, and the entries within it run on as they do without a name.
            parts.append('<div class="appendix">')
            parts.append(f'<h1 class="appendix-title" id="appendix">{escape(metadata.appendix_title)}</h1>')
        for index, (level, title) in enumerate(source.part_headings()):
            css = "part" if level == 0 else f"part part-nested depth-{level}"
            tag = f"h{min(level + 1, 6)}"
            parts.append(f'<{tag} class="{css}" id="{_part_id(section, index)}">{escape(title)}</{tag}>')
        classes = f"section section-{source.kind}" + (f" in-part depth-{source.depth}" if source.in_part else "")
        classes += " section-part" if source.opens_part else ""
        parts.append(f'<section class="{classes}" id="{section.prefix}">{section.soup.decode_contents()}</section>')
    if in_appendix:
        parts.append("</div>")

    meta = [f'<meta name="author" content="{escape(metadata.author)}">'] if metadata.author else []
    if metadata.keywords:
        meta.append(f'<meta name="keywords" content="{escape(", ".join(metadata.keywords))}">')
    if metadata.description:
        meta.append(f'<meta name="description" content="{escape(metadata.description)}">')
    head = "\n".join(meta)
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(metadata.language)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(metadata.title)}</title>\n{head}\n<style>\n{stylesheet}\n</style>\n</head>\n"
        f"<body{_hyphenation_lang(metadata.language)}>\n{''.join(parts)}\n</body>\n</html>\n"
    )


#: Languages whose bare code the hyphenation dictionaries (Pyphen's) read as a variant the
#: typesetting tradition does not: Pyphen's ``en`` breaks as British dictionaries do
#: ("Cent-ral", "polit-ic-al"), where TeX's ``english``, the default, breaks as American
#: ones do ("Cen-tral", "po-lit-i-cal").
HYPHENATION_VARIANTS = {"en": "en-US"}


def _hyphenation_lang(language: str) -> str:
    """A ``lang`` attribute for the body, where the language's bare code would hyphenate in a
    variant it does not name; the document's own language (the PDF's /Lang) stays as given."""
    variant = HYPHENATION_VARIANTS.get(language.casefold())
    return f' lang="{variant}"' if variant else ""


def _inner_languages_hyphenated_as_variants(soup: BeautifulSoup) -> None:
    """Each element's bare ``lang`` made its variant too (`HYPHENATION_VARIANTS`): in an
    article in another language, a source's English title (``langid = {english}``) breaks
    at line ends as the English of an English article does."""
    for element in soup.find_all(lang=True):
        variant = HYPHENATION_VARIANTS.get(str(element["lang"]).casefold())
        if variant:
            element["lang"] = variant
