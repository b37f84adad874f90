"""The PDF, read back: contents, footnotes on the page of their call, bookmarks, metadata, fonts."""

from __future__ import annotations

import functools
import itertools
import re
import subprocess
import unicodedata
from urllib.parse import urljoin

import manuscript
import pytest
from bs4 import BeautifulSoup
from PIL import Image
from project import PROJECT, copy_project, run_build, run_in_one_process
from pypdf import PdfReader
from test_site import READING_ORDER, content, notes_on
from textforms import markdown_text

from explainer.pdf_document import SITE_ORIGIN, PdfMetadata, PdfSection, assemble, prefix_for, url_pieces
from explainer.pdf_render import site_files

PDF_NAME = "peyrouse-china-central-asia.pdf"


#: Where a word hyphenated at a line's end starts (its text ends the line with the
#: hyphen-minus it is printed with, pdf.css): not inside an address (which breaks before
#: its own punctuation, never after its "-"), nor a compound's second word ("non-interfer-ence").
WORD_START = r"(?<![\w/.=&?#%~:-])"
#: A word hyphenated at a line's end, as its head and its tail.
HYPHENATED_WORD = WORD_START + r"([A-Za-z]+)-\n([a-z]+)"


@functools.cache
def compounds() -> frozenset[str]:
    """The words the article's pages and sources write with a hyphen ("neo-patrimonial"),
    casefolded: a line may end on a compound's own hyphen, which is no hyphenation."""
    sources = [*sorted((PROJECT / "docs").rglob("*.md")), PROJECT / "bib" / "article.bib"]
    text = "\n".join(path.read_text(encoding="utf-8") for path in sources)
    return frozenset(word.casefold() for word in re.findall(r"[^\W\d_]+-[^\W\d_]+", text))


def hyphenations(texts: list[str]) -> list[tuple[str, str]]:
    """Each word of ``texts`` hyphenated at a line's end, as its head and its tail: not a
    compound that a line ends on its own hyphen ("Western-" and then "centric")."""
    found = [(head, tail) for text in texts for head, tail in re.findall(HYPHENATED_WORD, text)]
    return [(head, tail) for head, tail in found if f"{head}-{tail}".casefold() not in compounds()]


def squeeze(text: str) -> str:
    """Text with line breaks, hyphens and spaces removed: hyphenation and layout vary, words do not."""
    return re.sub(r"[\s\-\u00ad\u2010\u2011]+", "", text)


@pytest.fixture(scope="module")
def pdf(site) -> PdfReader:
    return PdfReader(site.site / PDF_NAME)


@pytest.fixture(scope="module")
def page_texts(pdf) -> list[str]:
    return [page.extract_text().replace("\xa0", " ") for page in pdf.pages]  # a non-breaking space reads as one


def destination_page(pdf: PdfReader, name: str) -> int:
    """The 1-based page an internal anchor (an element id) lands on."""
    return pdf.get_destination_page_number(pdf.named_destinations[name]) + 1


def test_every_page_links_to_the_pdf_and_says_how_large_it_is(site):
    # Read before the tap, by a reader who pays for their data: millions of bytes, to a tenth.
    megabytes = round((site.site / PDF_NAME).stat().st_size / 1_000_000, 1)
    for url in ("", "part-1/western-values/", "glossary/tianxia/", "bibliography/"):
        link = site.page(url).select_one("a.explainer-pdf-link")
        assert link.get_text() == f"Download PDF ({megabytes}\u00a0MB)"
        assert link["href"].endswith(PDF_NAME)
        assert (site.site / url / link["href"]).resolve() == (site.site / PDF_NAME).resolve()


def test_a4_pages_and_metadata(pdf):
    width, height = float(pdf.pages[0].mediabox.width), float(pdf.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)
    assert pdf.metadata.title == "China's Impact on Democracy and Human Rights in Central Asia"
    assert pdf.metadata.author == "Sebastien Peyrouse"
    assert pdf.metadata["/Keywords"] == "Central Asia, China, authoritarianism, human rights, democratization"
    # The PDF's own description (pdf_description), not the site's, which names the summaries.
    assert pdf.metadata.subject.endswith("with its notes and bibliography, and the editors' timeline and glossary.")
    assert pdf.trailer["/Root"]["/Lang"] == "en"


#: The article's ``pdf_hyphenation`` (mkdocs.yml): each name, and the letters its breaks come after.
LISTED_BREAKS = {"kazakh": {2}, "kazakhs": {2}, "kazakhstan": {2, 6}, "kyrgyz": {3}, "kyrgyzstan": {3, 6}}


def test_words_break_at_line_ends_as_american_dictionaries_break_them(page_texts):
    # The article's language is a bare "en", which the hyphenation dictionaries read as
    # British ("Cent-ral", "polit-ic-al"); the article is American, as TeX's default is.
    import pyphen

    american, british = pyphen.Pyphen(lang="en_US"), pyphen.Pyphen(lang="en_GB")
    breaks = hyphenations(page_texts)
    assert len(breaks) > 20  # a justified article breaks many words
    differing = [
        (head, tail)
        for head, tail in breaks
        if american.inserted(head + tail) != british.inserted(head + tail)
        and (head + tail).casefold() not in LISTED_BREAKS  # which break where the editors say
    ]
    assert differing  # words whose two breaks differ are among them
    for head, tail in differing:
        assert len(head) in american.positions(head + tail), f"{head}-{tail}"


def test_no_line_break_leaves_fewer_than_three_letters_of_a_word_to_the_next_line(page_texts):
    # "Chi-" ended a line and "na" began the next; "poli-cy", "col-or" alike.
    breaks = hyphenations(page_texts)
    assert len(breaks) > 20
    short = [f"{head}-{tail}" for head, tail in breaks if len(head) < 2 or len(tail) < 3]
    assert not short, short


def test_the_names_the_article_lists_break_only_where_it_says(page_texts):
    # pdf_hyphenation in mkdocs.yml: the dictionary's "Kaza-khstan" and "Kyr-gyzs-tan" are gone.
    breaks = hyphenations(page_texts)
    named = [(head, tail) for head, tail in breaks if (head + tail).casefold() in LISTED_BREAKS]
    assert all(len(head) in LISTED_BREAKS[(head + tail).casefold()] for head, tail in named), named


def test_a_word_hyphenated_at_a_line_s_end_copies_as_the_word(tmp_path):
    # WeasyPrint's hyphen, U+2010, stayed in the copied text ("demo\u2010cracy"), so a search
    # for the word found nothing. The hyphen-minus is printed alike, and text extractors
    # (pdftotext) read it at a line's end as a hyphenation: they join the word's two parts.
    from explainer.pdf_render import render_pdf

    stylesheet = (PROJECT / "hooks/explainer/templates/explainer/pdf.css").read_text(encoding="utf-8")
    words = ("democracy", "authoritarianism", "cooperation", "international")
    html = f"<p style='width: 9em'>{' '.join(words * 30)}</p>"
    document = assemble([PdfSection("p/", "P", html)], PdfMetadata("T"), stylesheet)
    render_pdf(document.replace("PAGE_SIZE", "A6"), str(tmp_path / "t.pdf"), str(tmp_path))
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "t.pdf").pages)
    assert "\u2010" not in text and "\u00ad" not in text
    breaks = re.findall(WORD_START + r"([a-z]+)-\n([a-z]+)", text)
    assert len(breaks) > 10, text[:300]  # each a hyphen drawn at the line's end: the text holds its glyph
    assert {head + tail for head, tail in breaks} <= set(words), breaks  # joined, each is the word


def test_an_english_title_in_another_language_s_article_breaks_as_american_dictionaries_break_it(tmp_path):
    # In a French article, a source's English title is marked lang="en" (langid = {english}):
    # Pyphen reads the bare "en" as British ("cent-ral", "geo-graphy") there as on <body>.
    import pyphen

    from explainer.pdf_render import render_pdf

    stylesheet = (PROJECT / "hooks/explainer/templates/explainer/pdf.css").read_text(encoding="utf-8")
    title = "the central geography " * 70  # in lower case: a name is never broken (pdf_proper_names)
    html = f'<p>Un titre anglais : <span lang="en">{title}</span> <span lang="en-GB">central</span></p>'
    document = assemble([PdfSection("p/", "P", html)], PdfMetadata("T", language="fr"), stylesheet)
    assert '<html lang="fr">' in document and "<body>" in document  # the PDF's /Lang: the article's
    spans = BeautifulSoup(document, "html.parser").select("p span[lang]")
    assert [span["lang"] for span in spans] == ["en-US", "en-GB"]
    render_pdf(document.replace("PAGE_SIZE", "A6"), str(tmp_path / "t.pdf"), str(tmp_path))
    reader = PdfReader(tmp_path / "t.pdf")
    assert reader.trailer["/Root"]["/Lang"] == "fr"
    text = "".join(page.extract_text() for page in reader.pages)
    breaks = re.findall(HYPHENATED_WORD, text)
    assert len(breaks) > 5, text[:300]  # a narrow justified page breaks many of them
    american = pyphen.Pyphen(lang="en_US")
    for head, tail in breaks:
        assert len(head) in american.positions(head + tail), f"{head}-{tail}"


def test_a_page_a_section_opens_has_no_running_head_and_the_next_page_has_it(pdf, page_texts):
    # The running head repeated the title printed large just below it.
    def lines(page: int) -> list[str]:
        return [line.strip() for line in page_texts[page - 1].splitlines()]

    for title, anchor in (("Contents", None), ("Introduction", "introduction"), ("Bibliography", "bibliography")):
        opening = destination_page(pdf, anchor) if anchor else 2
        assert lines(opening).count(title) == 1, (title, lines(opening)[:3])
    assert "Bibliography" in lines(destination_page(pdf, "bibliography") + 1)  # a page it does not open keeps it
    # A section that starts lower on a page leaves that page the head of the one before.
    middle = destination_page(pdf, "part-1-new-paradigm")
    assert "1.1 The Chinese Approach to Western Values in Asia and Beyond" in lines(middle)


def test_the_glossary_s_first_page_has_no_running_head_and_its_entries_run_on(site, pdf, page_texts):
    # "Glossary" stood twice at the top of its first page: the running head, then the title.
    def lines(page: int) -> list[str]:
        return [line.strip() for line in page_texts[page - 1].splitlines() if line.strip()]

    # The running head is read after the page's text, just before its number.
    opening = destination_page(pdf, "appendix")
    assert lines(opening)[:2] == ["Glossary", "Belt and Road Initiative"], lines(opening)[:3]
    assert lines(opening).count("Glossary") == 1, lines(opening)[-3:]
    assert lines(opening + 1)[-2] == "Belt and Road Initiative"  # a page it does not open keeps its head
    # The entries run on: each one starts below the one before wherever there is room, and
    # one that a page's end puts on the next starts at the top of the text, as the text does.
    entries = [name for name in pdf.named_destinations if re.fullmatch(r"glossary-[a-z]+(?:-[a-z]+)*", name)]
    text_top = float(pdf.named_destinations["introduction"].top)  # a page the article's text opens

    def title(entry: str) -> str:
        heading = site.page(f"glossary/{entry.removeprefix('glossary-')}/").select_one("article h1")
        return heading.get_text().removesuffix(heading.select_one(".headerlink").get_text())

    def opens_its_page(entry: str) -> bool:
        # Its title first, and once: not a list of related entries that names it, left at
        # the top of the page by the entry before.
        page = [squeeze(line) for line in lines(destination_page(pdf, entry))]
        return page[0] == squeeze(title(entry)) and page.count(page[0]) == 1

    opening_a_page = [name for name in entries if opens_its_page(name)]
    # Most start lower on a page, none after a page break of their own. An entry starts at
    # a page's foot with its title and its lead (three lines at A5, which orphans and widows
    # of two keep whole), its first heading on the next page: with 1.5em above the title and
    # 1em below it, that took 5.9 lines, and ten of the 29 entries opened a page at A5 after
    # a page that ended four or five lines short. Now two do at A4 and seven at A5, where
    # the page before ends full or less than 4.5 lines short, too little for a title and
    # a lead of three lines.
    assert 0 < len(opening_a_page) < len(entries) / 4, opening_a_page
    for name in opening_a_page:
        assert float(pdf.named_destinations[name].top) == pytest.approx(text_top, abs=0.5), name


def text_lines(page, below: float | None = None) -> list[str]:
    """The lines of ``page`` set in the text's size or larger, from the top, without a list's
    bullets: those whose baseline is lower than ``below`` (points from the foot) where given."""
    lines: dict[float, list[str]] = {}
    for height, size, text in sized_runs(page):
        if size >= BODY_SIZE and (below is None or height < below):
            lines.setdefault(round(height, 1), []).append(text)
    return [squeeze("".join(lines[height]).replace("•", "")) for height in sorted(lines, reverse=True)]


def item_pages(pdf: PdfReader, heading: str, items: list[str]) -> list[tuple[int, bool]]:
    """The 1-based page each of ``items`` starts on, in the list under the heading whose
    anchor is ``heading`` (on its page or the next two), and whether it starts that page
    (whether the line before it, the heading's or the item before's, is on the page before):
    each item is the first line below the one before that starts it."""
    destination = pdf.named_destinations[heading]
    first = pdf.get_destination_page_number(destination)
    lines = [(first + 1, line) for line in text_lines(pdf.pages[first], below=float(destination.top))]
    # A long list (a country's events, at A5) may run over two pages more.
    for page in range(first + 1, min(first + 3, len(pdf.pages))):
        lines += [(page + 1, line) for line in text_lines(pdf.pages[page])]
    found, position = [], 0
    for item in items:
        wanted = squeeze(item)
        while not (lines[position][1] and wanted.startswith(lines[position][1])):
            position += 1  # an IndexError: the item is not there
        page = lines[position][0]
        found.append((page, position == 0 or lines[position - 1][0] != page))
        position += 1
    return found


#: The lists of a glossary entry whose items are a line or two (not the passages it quotes).
SHORT_LISTS = "ul.explainer-glossary-related, ul.explainer-glossary-notes, ul.explainer-glossary-events"


def test_a_list_of_short_items_leaves_none_alone_at_a_page_s_foot_or_top(site, pdf):
    # "• three evils", the last of an entry's three related entries, stood alone at the top
    # of a page above the next entry's title, and "• Conclusion: notes 56, 57, 58, 59" above
    # another entry's related entries; "• color revolutions" was the only one of three
    # related entries under their heading at a page's foot.
    lists = 0
    for entry in sorted(path.parent.name for path in (site.site / "glossary").glob("*/index.html")):
        for listed in site.page(f"glossary/{entry}/").select(SHORT_LISTS):
            items = [item.get_text(" ", strip=True) for item in listed.find_all("li", recursive=False)]
            heading = listed.find_previous_sibling("h2")["id"]
            pages = item_pages(pdf, f"glossary-{entry}--{heading}", items)
            if len(items) > 1:
                lists += 1
                # Neither the second item nor the last starts a page: the first item is not
                # alone at the foot of the one before, nor the last alone at this one's top.
                opening = [items[index] for index in {1, len(items) - 1} if pages[index][1]]
                assert not opening, (entry, heading, opening, [page for page, _ in pages])
    assert lists > 40


def test_tagged_pdf_for_assistive_technology(pdf):
    root = pdf.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root


def test_title_page(page_texts):
    first = page_texts[0]
    for expected in ("China's Impact on Democracy", "Sebastien Peyrouse", "Research Professor", "ABSTRACT", "KEYWORDS"):
        assert expected.casefold() in first.casefold()


def test_the_title_page_says_who_wrote_what(page_texts):
    # The glossary and the timeline follow the article in the PDF, in the same type: a reader
    # of the PDF alone is told, as the site's footer tells a reader of the site, that the
    # editors wrote them, and that the notes are generated.
    first = " ".join(page_texts[0].split())
    assert first.endswith(
        "Article text by Sebastien Peyrouse. Notes generated from a bibliography made from the article's notes."
        " Summaries, glossary and timeline by the site's editors."
    )


def test_the_timeline_says_its_events_are_the_editors_not_the_author_s(page_texts):
    timeline = next(text for text in page_texts if text.startswith("Timeline\n"))
    assert "These events were chosen and written for this site by its editors; they are not part of the article." in (
        " ".join(timeline.split())
    )


def test_the_contents_names_a_page_by_its_heading_and_by_the_navigation_where_it_has_none():
    # The navigation may name a page shortly ("Conclusion"), where its heading, its bookmark
    # and its running head give the author's whole title (without a note's call, as they do).
    call = '<sup class="note-call" id="note-ref-1"><a href="#note-1">1</a></sup>'
    notes = '<div class="explainer-notes"><ol><li id="note-1"><p>A note.</p></li></ol></div>'
    sections = [
        PdfSection("c/", "Conclusion", f"<h1>Conclusion: What Follows{call}</h1><p>Text.</p>{notes}"),
        PdfSection("n/", "Untitled", "<p>A page without a heading.</p>"),
    ]
    document = BeautifulSoup(assemble(sections, PdfMetadata("T"), ""), "html.parser")
    entries = [" ".join(entry.get_text().split()) for entry in document.select("nav.contents li")]
    assert entries == ["Conclusion: What Follows", "Untitled"]


def test_the_title_page_ends_with_the_site_s_copyright_as_its_footer_shows_it():
    front = [PdfSection("", "Home", "<h1>Rivers</h1><p>Abstract.</p>", "front")]
    licence = 'Text by A. Exemplar, <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.'
    document = assemble(front, PdfMetadata("Rivers", colophon=licence), "")
    title_page = BeautifulSoup(document, "html.parser").select_one("section.title-page")
    # HTML, as Material shows it in the footer: the link is a link, not its tags as text.
    assert title_page.find_all(recursive=False)[-1].get_text() == "Text by A. Exemplar, CC BY 4.0."
    assert title_page.select_one(".colophon a")["href"] == "https://creativecommons.org/licenses/by/4.0/"
    assert "colophon" not in assemble(front, PdfMetadata("Rivers"), "")  # a site without one


def test_the_title_page_is_the_home_page_s_text_without_the_site_s_list_of_pages(page_texts):
    # The site's home page lists its pages for a reader on a phone; the PDF has its contents page.
    assert "Selling Surveillance" not in page_texts[0]
    assert page_texts[1].lstrip().startswith("Contents")


def test_contents_page_numbers_are_right(pdf, page_texts):
    # An entry that takes two lines is read as one: a title's last word may go on to the
    # next line with its leader ("…Asia and" then "Beyond . . . 5", on A5 paper).
    entries, entry = [], ""
    for line in page_texts[1].splitlines()[1:]:  # after the page's title
        entry = f"{entry} {line.strip()}".strip()
        if re.search(r"\d$", entry):
            entries.append(entry)
            entry = ""
    listed = dict(re.findall(r"^(.+?) [ .]{2,}(\d+)$", "\n".join(entries), re.MULTILINE))
    assert len(listed) >= 12
    anchors = {
        "Introduction": "introduction",
        "1.1 The Chinese Approach to Western Values in Asia and Beyond": "part-1-western-values",
        "2 Chinese Efforts in Practice in Central Asia": "part-2",
        "2.3 Extraditing Chinese Activists": "part-2-extradition",
        # The section's heading, as its bookmark gives it, not the navigation's "Conclusion".
        "Conclusion: Assessing the Impact of China's Strategies and Efforts on Democracy and Human Rights in "
        "Central Asia": "conclusion",
        "Bibliography": "bibliography",
        "Glossary": "appendix",
    }
    for title, anchor in anchors.items():
        assert int(listed[title]) == destination_page(pdf, anchor), title


def test_no_entry_of_the_contents_runs_into_its_leader_s_dots(site, pdf):
    # The dots stand in columns; the first stood where a title ended, against its last
    # letter: "1.2 Promoting a New Paradigm of Democracy. . . ." read as a full stop.
    contents_page = str(destination_page(pdf, "contents"))
    words = subprocess.run(
        ["pdftotext", "-bbox", "-f", contents_page, "-l", contents_page, str(site.site / PDF_NAME), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    word_box = re.compile(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>')
    boxes = [(float(x_min), float(x_max), word) for x_min, x_max, word in word_box.findall(words)]
    gaps = [
        (word, round(dot_start - word_end, 2))
        for (_, word_end, word), (dot_start, _, dot) in itertools.pairwise(boxes)
        if dot == "." and word != "."
    ]
    assert len(gaps) >= 12
    # In points (pdftotext's boxes are the letters' advances): about a fifth of the 10.5pt type.
    assert min(gap for _, gap in gaps) >= 2, gaps


def test_bookmarks_for_every_section(pdf):
    def titles(outline, depth=0):
        for item in outline:
            if isinstance(item, list):
                yield from titles(item, depth + 1)
            else:
                yield depth, item.title

    found = list(titles(pdf.outline))
    names = [title for _, title in found]
    for expected in (
        "Introduction",
        "1 Chinese Strategies to Influence Democratization and Human Rights in Central Asia",
        "1.1 The Chinese Approach to Western Values in Asia and Beyond",
        "2.3 Extraditing Chinese Activists",
        "Bibliography",
        "Glossary",
        "Tianxia",
        "Timeline",
    ):
        assert expected in names
    assert (1, "1.2 Promoting a New Paradigm of Democracy") in found  # nested under part 1


def test_the_pdf_opens_with_its_bookmarks_shown_the_article_s_title_first(pdf):
    # A viewer showed the outline only when asked, and it began at "Contents": the title
    # page and its abstract had no bookmark.
    assert pdf.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    title, front = pdf.outline[0], pdf.outline[1]
    assert title.title == "China's Impact on Democracy and Human Rights in Central Asia"
    assert pdf.get_destination_page_number(title) == 0
    assert [item.title for item in front] == ["Abstract", "Keywords"]
    assert all(pdf.get_destination_page_number(item) == 0 for item in front)
    assert pdf.outline[2].title == "Contents"


def test_a_bookmark_is_its_heading_s_title_as_written(pdf):
    # The places the editors give a word to break at (pdf_hyphenation: Ka-zakh-stan) are soft
    # hyphens in the PDF's text; the bookmarks read "Ka\u00adzakh\u00adstan", "Kyr\u00adgyz\u00adstan".
    def titles(outline):
        for item in outline:
            yield from titles(item) if isinstance(item, list) else [item.title]

    found = list(titles(pdf.outline))
    assert "Kazakhstan" in found and "Kyrgyzstan" in found
    assert not [title for title in found if "\u00ad" in title]


def test_every_note_is_a_footnote_on_the_page_of_its_call(site, pdf, page_texts):
    notes = {}
    for url in READING_ORDER:
        notes.update({number: (url, text) for number, text in notes_on(site.page(url)).items()})
    assert sorted(notes) == list(range(1, 61))
    for number, (url, text) in notes.items():
        prefix = re.sub(r"[^A-Za-z0-9]+", "-", url.strip("/")) or "home"
        call_page = destination_page(pdf, f"{prefix}--note-ref-{number}")
        start = squeeze(f"{number}. {text.replace('*', '')}")[:40]
        pages = [index + 1 for index, text_of_page in enumerate(page_texts) if start in squeeze(text_of_page)]
        assert pages, f"note {number} not found"
        assert pages[0] == call_page, f"note {number}: call on {call_page}, note on {pages}"


def test_every_footnote_prints_on_the_page_of_its_call(pdf):
    # WeasyPrint moved a page's last footnotes to the next page to fit the lines a later
    # paragraph needed for its orphans (note 35 printed a page after its call).
    # Every footnote of the document, the glossary's too: its anchor is on its call's page.
    calls = [name for name in pdf.named_destinations if "--note-ref-" in name]
    assert len(calls) > 200
    for call in calls:
        footnote = call.replace("--note-ref-", "--note-")
        assert destination_page(pdf, footnote) == destination_page(pdf, call), footnote


def internal_links(pdf: PdfReader) -> set[tuple[int, str]]:
    """(1-based page, named destination) of every link inside the document."""
    links = set()
    for number, page in enumerate(pdf.pages, start=1):
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            action = annotation.get("/A")
            target = action.get_object().get("/D") if action is not None else annotation.get("/Dest")
            if isinstance(target, str):
                links.add((number, str(target)))
    return links


def test_no_note_call_starts_a_line(pdf):
    # "…for the model's priorities." ended a line of the glossary, and its call, "64",
    # stood alone on the next: a break between a full stop and a digit is allowed.
    def runs(page) -> list[tuple[str, float, float, float]]:
        """Each run of text on ``page``: its text, where it starts (x, y from the top), its size."""
        found = []

        def visit(text, _matrix, text_matrix, _font, size):
            if text.strip():
                found.append((text.strip(), text_matrix[4], text_matrix[5], size))

        page.extract_text(visitor_text=visit)
        return found

    calls = 0
    for number, page in enumerate(pdf.pages, 1):
        on_page = runs(page)
        # A call is a number set smaller than anything else: pdf.css sets it at 6.5pt, the
        # notes at 8.5pt and the page's number at 9pt (WeasyPrint writes sizes in CSS pixels).
        for text, x, y, size in on_page:
            if not (text.isdigit() and size < 7.5 * 4 / 3):
                continue
            calls += 1
            # The line it is raised above: text of a larger size, down to a size below it.
            before_it = [run for run in on_page if run[3] > size and y <= run[2] <= y + size and run[1] < x]
            assert before_it, f"page {number}: the note call {text} starts a line"
    assert calls > 200  # the article's 60 and the glossary's


def test_a_note_call_links_to_its_footnote_and_the_footnote_back_to_it(pdf):
    # A reader on a tablet taps the number in the text, or the note's number at the foot.
    links = internal_links(pdf)
    calls = [name for name in pdf.named_destinations if "--note-ref-" in name]
    assert len(calls) > 200
    for call in calls:
        footnote = call.replace("--note-ref-", "--note-")
        page = destination_page(pdf, call)
        assert (page, footnote) in links, f"no link from the call {call} on page {page}"
        assert (page, call) in links, f"no link from the footnote {footnote} back to its call"


def entry_text(site, pdf, url: str) -> str:
    """The glossary entry at ``url``'s pages, in pdftotext's reading of them (pypdf's leaves
    out the parentheses' spaces), squeezed: an entry may run over three pages."""
    first = destination_page(pdf, prefix_for(url))
    return squeeze(
        subprocess.run(
            ["pdftotext", "-f", str(first), "-l", str(first + 2), str(site.site / PDF_NAME), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )


def glossary_urls(site) -> list[str]:
    return [
        path.relative_to(site.site).parent.as_posix() + "/"
        for path in sorted((site.site / "glossary").glob("*/index.html"))
    ]


def test_a_glossary_entrys_other_passages_are_named_with_the_page_they_are_on(site, pdf, page_texts):
    # "Also in ¶ 2, ¶ 4" under a quoted sentence pointed nowhere on paper, which numbers no
    # paragraphs: each passage is named with the page its link leads to, "¶ 2 (p. 14)".
    checked = counted = 0
    for url in glossary_urls(site):
        text = entry_text(site, pdf, url)
        for link in content(site.page(url)).select(".explainer-glossary-uses__also a"):
            target, _, fragment = urljoin(SITE_ORIGIN + url, link["href"]).removeprefix(SITE_ORIGIN).partition("#")
            page = destination_page(pdf, f"{prefix_for(target)}--{fragment}")
            # A passage's count of uses, "(3 uses)" after its link on the site, goes in the
            # page's parentheses, not in a second pair: "¶ 3 (p. 10, 3 uses)".
            count = link.find_next_sibling()
            uses = ""
            if count is not None and "explainer-glossary-uses__passage-count" in count.get("class", ()):
                uses = ", " + count.get_text().strip("()")
                counted += 1
            assert squeeze(f"{link.get_text()} (p. {page}{uses})") in text, (url, link.get_text(), page)
            checked += 1
    assert checked >= 20
    assert counted >= 10


def test_glossary_footnotes_are_numbered_through_the_glossary(site, pdf, page_texts):
    # On the site each entry numbers its notes from 1. In print the entries run on, one
    # after another on a page, so their notes are numbered through the glossary: a page
    # never shows two notes with one number.
    def place(name: str) -> tuple[int, float]:
        destination = pdf.named_destinations[name]
        return pdf.get_destination_page_number(destination), -float(destination.top)

    entries = sorted(
        (name for name in pdf.named_destinations if name.startswith("glossary-") and "--" not in name),
        key=place,
    )
    assert len(entries) >= 25
    first = destination_page(pdf, "appendix")
    printed = 0
    for prefix in entries:
        url = prefix.replace("glossary-", "glossary/", 1) + "/"
        for number, text in sorted(notes_on(site.page(url)).items()):
            printed += 1
            call_page = destination_page(pdf, f"{prefix}--note-ref-{number}")
            start = squeeze(f"{printed}. {text.replace('*', '')}")[:40]
            glossary_pages = enumerate(page_texts[first - 1 :], start=first)
            pages = [at for at, page_text in glossary_pages if start in squeeze(page_text)]
            assert pages and pages[0] in (call_page, call_page + 1), f"{url} note {number}, printed {printed}: {pages}"
    assert printed > 100
    for page_number, page_text in enumerate(page_texts[first - 1 :], start=first):
        numbers = re.findall(r"^(\d+)\. ", page_text, re.MULTILINE)
        assert len(numbers) == len(set(numbers)), f"page {page_number}: {numbers}"


def test_links_to_a_glossary_note_name_its_printed_number_and_land_on_it(site, pdf, page_texts):
    # The bibliography's "Also cited in: Kazakhstan, note 9" links to a note that the PDF
    # numbers through the glossary: the link says that number and lands on its page.
    also_in = site.page("bibliography/").select(".explainer-bibliography__also-in a")
    link = next(link for link in also_in if "glossary/kazakhstan/#note-" in link["href"])
    site_number = int(link["href"].rpartition("-")[2])
    bibliography = page_texts[destination_page(pdf, "bibliography") - 1 : destination_page(pdf, "appendix") - 1]
    printed = re.search(r"Kazakhstan,note(\d+)", squeeze("".join(bibliography))).group(1)
    assert printed != str(site_number)
    note = notes_on(site.page("glossary/kazakhstan/"))[site_number]
    landing = page_texts[destination_page(pdf, f"glossary-kazakhstan--note-{site_number}") - 1]
    assert squeeze(f"{printed}. {note.replace('*', '')}")[:40] in squeeze(landing)


def test_a_glossary_entry_s_other_passages_are_links_that_land_on_their_paragraphs(site, pdf, page_texts):
    # "Also in ¶ 4" under a quoted sentence links, in print too, to the paragraph of the
    # section that uses the term again: the PDF's own copy of it.
    page = destination_page(pdf, "glossary-shanghai-cooperation-organization--where-it-appears")
    assert "Also in ¶ 4" in page_texts[page - 1]
    landings = [
        str(annotation.get_object()["/Dest"])
        for annotation in pdf.pages[page - 1].get("/Annots", [])
        if str(annotation.get_object().get("/Dest", "")).startswith("part-1-opposition-and-separatism--p")
    ]
    assert "part-1-opposition-and-separatism--p4" in landings
    paragraph = site.page("part-1/opposition-and-separatism/").select_one("#p4").get_text()
    landing = page_texts[destination_page(pdf, "part-1-opposition-and-separatism--p4") - 1]
    assert squeeze(paragraph)[:40] in squeeze(landing)


def test_a_passage_of_the_home_page_is_named_by_its_place_on_the_title_page(site, pdf, page_texts):
    # A glossary entry's "Where it appears" set "• Home" above a sentence of the abstract:
    # the site's name for its home page, which nothing calls the PDF's title page.
    assert "ABSTRACT" in page_texts[0]
    for entry in ("china", "russia"):
        first_use = site.page(f"glossary/{entry}/").select_one(".explainer-glossary-uses a")
        assert first_use.get_text() == "Home" and first_use["href"].startswith("../../#")  # on the site
        page = destination_page(pdf, f"glossary-{entry}--where-it-appears")
        lines = [line.strip() for line in page_texts[page - 1].splitlines()]
        assert "Abstract (p. 1)" in lines, lines  # followed by its page, as every section it lists
        link = next(
            annotation.get_object()
            for annotation in pdf.pages[page - 1]["/Annots"]
            if str(annotation.get_object().get("/Dest", "")).startswith("home--")
        )
        assert destination_page(pdf, str(link["/Dest"])) == 1  # it lands on the abstract
    assert not [number for number, text in enumerate(page_texts, 1) if "Home" in text.splitlines()]


def test_a_link_named_after_the_home_page_names_the_heading_its_passage_stands_under():
    front = (
        '<h1 id="rivers">Rivers</h1><p id="p1">Ana Exemplar</p><h2 id="summary">Summary</h2>'
        '<p id="p2">Dams hold <a href="glossary/dams/">water</a>.</p>'
    )
    entry = (
        '<h1 id="dams">Dams</h1><ul><li><a href="../../#p2">Start</a></li><li><a href="../../#p1">Start</a></li>'
        '<li><a href="../../">Start</a></li><li><a href="../../#p2">the summary</a></li></ul>'
    )
    html = assemble(
        [PdfSection("", "Start", front, kind="front"), PdfSection("glossary/dams/", "Dams", entry, kind="appendix")],
        PdfMetadata("Rivers"),
        "",
    )
    links = BeautifulSoup(html, "html.parser").select("#glossary-dams li a")
    assert [(link.get_text(), link["href"]) for link in links] == [
        ("Summary", "#home--p2"),  # the heading above the passage
        ("Rivers", "#home--p1"),  # none but the page's own, the article's title
        ("Rivers", "#home"),  # the page as a whole
        ("the summary", "#home--p2"),  # an editor's words stay
    ]


def test_a_link_named_after_the_home_page_names_its_heading_s_title_without_its_note():
    # A title with a note (the author's thanks) named the link "Rivers Between States 1 1. The
    # author thanks the keepers of the rivers.", the footnote read into it, and a title with
    # words in italics "Reading Rivers : States", a space before the colon.
    front = (
        '<h1 id="rivers">Reading <em>Rivers</em>: States<sup class="note-call" id="note-ref-1">'
        '<a href="#note-1">1</a></sup></h1><p id="p1">Ana Exemplar</p>'
        '<div class="explainer-notes"><ol><li id="note-1"><p>The author thanks the keepers of the rivers.</p>'
        "</li></ol></div>"
    )
    entry = '<h1 id="dams">Dams</h1><ul><li><a href="../../#p1">Start</a></li><li><a href="../../">Start</a></li></ul>'
    html = assemble(
        [PdfSection("", "Start", front, kind="front"), PdfSection("glossary/dams/", "Dams", entry, kind="appendix")],
        PdfMetadata("Rivers"),
        "",
    )
    links = BeautifulSoup(html, "html.parser").select("#glossary-dams li a")
    assert [link.get_text() for link in links] == ["Reading Rivers: States", "Reading Rivers: States"]


def filing_word(reference: str) -> str:
    """The word a reader looks a reference up by: its first, without case, accents, opening
    quotation marks, apostrophes (d'Hooghe files as dHooghe) or punctuation after it, and
    past an English title's initial article."""
    decomposed = unicodedata.normalize("NFKD", reference)
    words = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold().split()
    words = [re.sub(r"(?<=\w)['’](?=\w)", "", word) for word in words]
    words = [word.strip("“”‘’\"'«»,.:;") or word for word in words]
    return words[1] if words[0] in ("a", "an", "the") and len(words) > 1 else words[0]


def test_the_bibliography_reads_in_the_order_of_the_word_each_source_starts_with(site, pdf, page_texts):
    # “An Increasingly Hard Chinese Soft Power…”, a chapter without an author, stood among
    # the N's, after Nazar: it was sorted by the editors of its book (Nourzhanov), whose
    # names follow its title and the book's, not under the title it starts with. And
    # d'Hooghe stood before Den Hao, its apostrophe sorted before every letter.
    references = [
        reference.get_text(" ", strip=True)
        for reference in site.page("bibliography/").select(".explainer-bibliography__reference")
    ]
    printed = squeeze(
        "".join(page_texts[destination_page(pdf, "bibliography") - 1 : destination_page(pdf, "timeline") - 1])
    )
    in_the_pdf = sorted(references, key=lambda reference: printed.index(squeeze(reference)[:40]))
    words = [filing_word(reference) for reference in in_the_pdf]
    assert len(words) > 40 and "increasingly" in words
    assert words == sorted(words), [pair for pair in itertools.pairwise(words) if pair[0] > pair[1]]


def test_the_text_of_every_section_is_there_in_order(page_texts):
    body = squeeze("".join(page_texts))
    position = 0
    for paragraph in manuscript.read().paragraphs:
        words = squeeze(markdown_text(paragraph))
        start = body.find(words[:60], position)
        assert start >= 0, paragraph[:80]
        end = body.find(words[-40:], start)
        assert end >= 0, paragraph[-80:]
        position = start + 1


def test_fonts_are_embedded_and_cover_every_glyph(pdf, page_texts):
    fonts = {}
    for page in pdf.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font["/BaseFont"])] = embedded
    assert fonts and all(fonts.values()), fonts
    # One family throughout: a fallback font would mean a glyph the text face lacks.
    assert all("Charis-SIL" in name for name in fonts), fonts
    text = "".join(page_texts)
    for sample in ("Zhōngguó", "jùxíng", "Jǐ'ěrxī sītǎn", "méiyǒu xiāoyān de zhànzǐng", "qiáowù", "Tsentral’noy"):
        assert sample in text


def test_internal_links_work(pdf):
    internal = 0
    for page in pdf.pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/Link":
                continue
            action = annotation.get("/A") or {}
            if "/Dest" in annotation or "/D" in action:
                internal += 1
    assert internal > 100  # contents, citations to the bibliography, glossary terms


def test_the_timeline_s_links_land_in_the_pdf_even_on_a_passage_inside_a_note(site, pdf):
    # A passage the timeline links to may be a paragraph of a note, which becomes a footnote.
    in_notes = 0
    for link in site.page("timeline/").select(".explainer-timeline__source a"):
        page, _, anchor = urljoin("https://x.org/timeline/", link["href"]).removeprefix("https://x.org/").partition("#")
        assert f"{prefix_for(page)}--{anchor}" in pdf.named_destinations, link["href"]
        in_notes += anchor.startswith("passage-")
    assert in_notes >= 1


def test_an_image_on_a_page_is_in_the_pdf(project_copy):
    images = project_copy / "docs" / "images"
    images.mkdir()
    Image.new("RGB", (300, 150), "navy").save(images / "map.png")
    page = project_copy / "docs" / "conclusion.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n![A map of the region](images/map.png)\n", encoding="utf-8")
    build = run_build(project_copy, project_copy / "site", pdf=True)
    assert build.returncode == 0, build.output
    reader = PdfReader(build.site / PDF_NAME)
    # The pages share one resource dictionary: each image once, by its object.
    found = {image.indirect_reference.idnum: image.image.size for page in reader.pages for image in page.images}
    assert list(found.values()) == [(300, 150)]


def test_the_pdf_fetches_the_site_s_own_files_and_nothing_else(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "map.png").write_bytes(b"map")
    (tmp_path / "secret.txt").write_text("secret")
    fetcher = site_files(str(tmp_path / "site"))
    assert fetcher.fetch(SITE_ORIGIN + "map.png").read() == b"map"
    for url in ("https://example.org/map.png", SITE_ORIGIN + "../secret.txt", SITE_ORIGIN + "missing.png"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)


def test_the_editors_summaries_stay_out_of_the_pdf(page_texts):
    text = squeeze("".join(page_texts))
    assert squeeze("In brief — the editors’ summary") not in text


def addresses_in(text: str, addresses: set[str]) -> list[tuple[str, list[int]]]:
    """Each web address printed in ``text``, its lines joined as a reader copying it joins
    them, with where the lines break in it: the longest of ``addresses`` the joined text
    holds there, or else what runs up to the next space."""
    kept = [at for at, character in enumerate(text) if character != "\n"]
    joined = "".join(text[at] for at in kept)
    found = []
    for match in re.finditer(r"https?://", joined):
        rest = joined[match.start() :]
        address = max((known for known in addresses if rest.startswith(known)), key=len, default=rest.split()[0])
        breaks = [
            offset
            for offset in range(1, len(address))
            if kept[match.start() + offset] - kept[match.start() + offset - 1] > 1
        ]
        found.append((address, breaks))
    return found


def test_every_address_copies_from_the_pdf_as_its_source_gives_it(site, pdf):
    # An address broken after one of its own hyphens lost it in pdftotext and every reader
    # built on Poppler, which take a hyphen at a line's end for a hyphenation: note 4's
    # copied as ".../Commanding-Ideas-Think-Tanks-as-Platforms-forAuthoritarian-Influence...".
    from explainer import bibtex

    entries = bibtex.load(["bib/article.bib"], str(PROJECT)).entries.values()
    sources = {entry.get("url") for entry in entries} - {""}
    assert {uri for uri, _ in uri_link_rectangles(site.site / PDF_NAME)} == sources  # the links go there
    poppler = subprocess.run(
        ["pdftotext", str(site.site / PDF_NAME), "-"], capture_output=True, text=True, check=True
    ).stdout
    for reader, text in (("pdftotext", poppler), ("pypdf", "\n".join(page.extract_text() for page in pdf.pages))):
        found = addresses_in(text, sources)
        assert {address for address, _ in found} == sources, reader
        if reader == "pypdf":  # which keeps a hyphen at a line's end: none is an address's
            broken = [(address, at) for address, breaks in found for at in breaks]
            assert len(broken) > 30, broken  # the notes' long addresses run over lines
            after_a_hyphen = [address[at - 5 : at] for address, at in broken if address[at - 1] == "-"]
            assert not after_a_hyphen
            # Before the address's punctuation, as the Chicago Manual of Style breaks one,
            # never inside a word ("htt" / "ps://", "Autho" / "ritarian").
            inside_words = [address[at - 5 : at + 5] for address, at in broken if address[at - 1 : at + 1].isalnum()]
            assert not inside_words


@pytest.mark.parametrize(
    ("url", "pieces"),
    [
        ("https://mp.weixin.qq.com/s/MANW", ["https://", "mp", ".weixin", ".qq", ".com", "/s", "/MANW"]),
        ("http://x.org/a_b?c=1&d=2#e", ["http://", "x", ".org", "/a", "_b", "?c", "=", "1", "&", "d", "=", "2", "#e"]),
        ("https://x.org/a-b/#_c/", ["https://", "x", ".org", "/a", "-b", "/#_c/"]),
        ("https://x.org/" + "A" * 45, ["https://", "x", ".org", "/" + "A" * 19, "A" * 20, "A" * 6]),
    ],
)
def test_url_pieces_end_where_a_line_may_break_and_join_back(url, pieces):
    assert url_pieces(url) == pieces
    assert "".join(pieces) == url


def uri_link_rectangles(pdf_path) -> list[tuple[str, tuple[float, float, float, float]]]:
    """(URI, rectangle) of every link annotation to a web address in the PDF."""
    links = []
    for page in PdfReader(pdf_path).pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            action = annotation.get("/A")
            if annotation.get("/Subtype") == "/Link" and action is not None and "/URI" in action.get_object():
                rectangle = tuple(float(value) for value in annotation["/Rect"])
                links.append((str(action.get_object()["/URI"]), rectangle))
    return links


def test_a_url_across_lines_is_one_link_annotation_a_line_and_copies_as_written(tmp_path):
    # Each break point was a <wbr>, a box of its own in the link: WeasyPrint made two link
    # annotations of zero width at each, so a screen reader met one URL dozens of times.
    from explainer.pdf_render import render_pdf

    stylesheet = (PROJECT / "hooks/explainer/templates/explainer/pdf.css").read_text(encoding="utf-8")
    url = "https://www.example.org/en/odr/they-shot-to-kill-the-massacre-of-striking-oil-workers-eight-years-on/?q=1&r=2#s"
    html = f'<p><a class="citation-url" href="{url}">{url}</a></p>'
    document = assemble([PdfSection("p/", "P", html)], PdfMetadata("T"), stylesheet)
    render_pdf(document.replace("PAGE_SIZE", "A6"), str(tmp_path / "t.pdf"), str(tmp_path))
    links = uri_link_rectangles(tmp_path / "t.pdf")
    assert {uri for uri, _ in links} == {url}
    assert all(right > left for _, (left, _, right, _) in links), links  # none of zero width
    lines = {round(top, 1) for _, (_, _, _, top) in links}
    assert len(lines) == len(links) > 2  # one annotation on each line the URL spans
    # Copied, it is the URL (the page's last lines, but for its number): no zero-width space.
    text = PdfReader(tmp_path / "t.pdf").pages[-1].extract_text().splitlines()
    assert "".join(text[: len(links)]) == url, text


def test_no_link_annotation_in_the_article_s_pdf_is_of_zero_width(pdf):
    # 3316 of its 3567 annotations to web addresses were, and 33 inside the document.
    rectangles = [
        [float(value) for value in annotation["/Rect"]]
        for page in pdf.pages
        for annotation in (link.get_object() for link in page.get("/Annots") or [])
        if annotation.get("/Subtype") == "/Link"
    ]
    assert len(rectangles) > 2000
    assert not [rectangle for rectangle in rectangles if rectangle[2] <= rectangle[0]]


def test_a_heading_that_a_page_s_end_puts_on_the_next_starts_at_the_top_of_the_text(tmp_path):
    # The article's pages are a named page (pdf.css), and WeasyPrint (70) took each of their
    # breaks for a forced one: a heading moved to the next page kept its top margin there,
    # and stood lower than the text of the pages around it. A forced break keeps its margin.
    from explainer.pdf_render import render_pdf

    stylesheet = (PROJECT / "hooks/explainer/templates/explainer/pdf.css").read_text(encoding="utf-8")
    words = "Authoritarian regimes in Central Asia draw on Chinese support for their repression. "
    body = "".join(f'<p>{words * (1 + n % 4)}</p><h2 id="h{n}">Heading {n}</h2>' for n in range(24))
    sections = [
        PdfSection("part-1/a/", "A", f"<h1>A</h1>{body}", parts=("Part One",), depth=1),
        PdfSection("part-1/b/", "B", f"<h1>B</h1>{body}", depth=1),  # in the part: it follows on
        PdfSection("bibliography/", "Bibliography", f"<h1>Bibliography</h1>{body}", kind="back"),
    ]
    document = assemble(sections, PdfMetadata("T"), stylesheet)
    render_pdf(document.replace("PAGE_SIZE", "A6"), str(tmp_path / "t.pdf"), str(tmp_path))
    destinations = PdfReader(tmp_path / "t.pdf").named_destinations
    text_top = float(destinations["bibliography"].top)  # a forced break: the section opens a page
    assert float(destinations["part-1-a--part"].top) == pytest.approx(text_top - 30 * 72 / 25.4, abs=0.5)
    headings = {name: float(place.top) for name, place in destinations.items() if re.search(r"--h\d+$", name)}
    # A heading's top margin is 1.2em, 13.8 points: any heading that high opens its page.
    opening_a_page = {name: top for name, top in headings.items() if top > text_top - 20}
    assert len(opening_a_page) > 3 and {"part-1-a", "part-1-b", "bibliography"} <= {
        name.partition("--")[0] for name in opening_a_page
    }
    assert all(top == pytest.approx(text_top, abs=0.5) for top in opening_a_page.values()), opening_a_page


def test_a_line_that_ends_just_inside_a_link_makes_no_link_annotation_of_zero_width(tmp_path):
    # The space before a link goes inside it (pdf_document); where a line ended on that
    # space, the link's part there was empty, and WeasyPrint made it an annotation of zero
    # width: one more link to a screen reader, that no one can click.
    from explainer.pdf_render import render_pdf

    stylesheet = (PROJECT / "hooks/explainer/templates/explainer/pdf.css").read_text(encoding="utf-8")
    url = "https://x.org"
    links = f'see <a class="citation-url" href="{url}">{url}</a> and <a href="#target">heading</a>, '
    html = f'<h2 id="target">Heading</h2><p style="width: 9em">{links * 12}</p>'
    document = assemble([PdfSection("p/", "P", html)], PdfMetadata("T"), stylesheet)
    render_pdf(document.replace("PAGE_SIZE", "A6"), str(tmp_path / "t.pdf"), str(tmp_path))
    annotations = [
        (annotation.get("/Dest") or annotation["/A"]["/URI"], [float(value) for value in annotation["/Rect"]])
        for page in PdfReader(tmp_path / "t.pdf").pages
        for annotation in (link.get_object() for link in page.get("/Annots") or [])
        if annotation.get("/Subtype") == "/Link"
    ]
    zero_width = [(target, rectangle) for target, rectangle in annotations if rectangle[2] <= rectangle[0]]
    assert not zero_width
    # Every link is there, and each once (none breaks across lines): twelve of each.
    targets = [str(target) for target, _ in annotations]
    assert targets.count(url) == 12 and targets.count("p--target") == 12, targets


def test_a_line_that_ends_just_inside_a_link_before_a_label_kept_whole_makes_no_annotation_of_zero_width(tmp_path):
    # "In <a>section 2.2</a>,": the label, held to its number, is kept whole in an element
    # of its own (pdf_ties) that the space goes into. Where the line ended on that space, the
    # link's part there held that element, emptied: an annotation of zero width (pages 25, 36
    # and 56 of the article at A4).
    from explainer.number_labels import number_labels
    from explainer.pdf_render import render_pdf

    stylesheet = (PROJECT / "hooks/explainer/templates/explainer/pdf.css").read_text(encoding="utf-8")
    text = (
        'Several scandals were disclosed in the country. In <a href="#target">section 2.2</a>, the president'
        ' responded to rallies, and in <a href="#target">section 2.3</a>, where agreements commit members.'
    )
    annotations = []
    for width in (12, 14, 15, 16, 17, 18):  # the text's width in em, where a line ended so
        html = f'<h2 id="target">Heading</h2><p style="width: {width}em">{text}</p>'
        document = assemble(
            [PdfSection("p/", "P", html)], PdfMetadata("T"), stylesheet, number_labels=number_labels("en")
        )
        render_pdf(document.replace("PAGE_SIZE", "A5"), str(tmp_path / "t.pdf"), str(tmp_path))
        annotations += [
            [float(value) for value in annotation["/Rect"]]
            for page in PdfReader(tmp_path / "t.pdf").pages
            for annotation in (link.get_object() for link in page.get("/Annots") or [])
            if annotation.get("/Subtype") == "/Link" and annotation.get("/Dest") == "p--target"
        ]
    assert len(annotations) >= 12  # each link, on one line or two
    assert not [rectangle for rectangle in annotations if rectangle[2] <= rectangle[0]]


def test_parts_start_a_page_and_their_sections_follow_on(pdf, page_texts):
    # As in print: a part, and a section outside any part, opens a page; the sections of
    # a part run on after the one before, so no page is left mostly blank between them.
    def opening(heading: str) -> tuple[str, str]:
        """The text of the page where ``heading`` opens its section: before it, and from it on."""
        after_contents = destination_page(pdf, "introduction")
        for text in page_texts[after_contents - 1 :]:
            before, found, rest = squeeze(text).partition(squeeze(heading))
            if found:
                return before, found + rest
        raise AssertionError(f"{heading} is not in the PDF")

    # The last words of 1.1 and 1.2 stand above the headings of 1.2 and 1.3.
    assert squeeze("allegedly required.") in opening("1.2 Promoting a New Paradigm of Democracy")[0]
    assert squeeze("hegemony.") in opening("1.3 Conflating Opposition with Separatism or Terrorism")[0]
    # Part 2 and the conclusion open their pages: nothing of the text stands above them.
    for heading in ("2 Chinese Efforts in Practice in Central Asia", "Conclusion: Assessing the Impact"):
        assert opening(heading)[0] == ""


#: pdf.css: the text's size and line height, and the notes' size.
BODY_SIZE, BODY_LINE, NOTE_SIZE = 10.5, 10.5 * 1.42, 8.5


def sized_runs(page) -> list[tuple[float, float, str]]:
    """Each run of text on ``page``: its baseline's height (points from the foot), its size, its text."""
    found: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.append((tm[5] * cm[3] + tm[4] * cm[1] + cm[5], round(size * tm[3] * cm[3], 2), text))

    page.extract_text(visitor_text=visit)
    return found


def lines_left_blank_above_the_notes(pdf: PdfReader) -> dict[int, float]:
    """How many lines of text each page of the article leaves blank above its notes, by page,
    where the next page does not open a section (whose heading goes on to a page of its own)."""
    first, bibliography = destination_page(pdf, "introduction"), destination_page(pdf, "bibliography")
    pages = [sized_runs(pdf.pages[number - 1]) for number in range(first, bibliography)]
    text_lines = [[run for run in runs if run[1] >= BODY_SIZE] for runs in pages]  # text and headings
    # Each page's last line of text, and its notes' first line (the notes are below the text).
    ends = []
    for runs, text in zip(pages, text_lines, strict=True):
        last = min(height for height, _, _ in text)
        notes = [height for height, size, _ in runs if size == NOTE_SIZE and height < last]
        ends.append((last, max(notes, default=None)))
    # How low the text goes where it is full: above notes, and on a page without notes.
    above_notes = min(last - note for last, note in ends if note is not None)
    lowest = min(last for last, _ in ends)
    blank = {}
    for number, ((last, note), next_text) in enumerate(zip(ends, text_lines[1:], strict=False), start=first):
        opens_section = max(next_text)[1] > BODY_SIZE  # the next page's first line is a heading
        if not opens_section:
            room = last - note - above_notes if note is not None else last - lowest
            blank[number] = round(room / BODY_LINE, 1)
    return blank


def test_every_page_of_the_article_runs_down_to_its_notes_unless_a_section_opens_the_next(pdf):
    # Pages 6 and 9 ended four lines above their notes: the paragraph's last two lines
    # (its widows) called a note of three lines, and they did not fit with it there.
    blank = lines_left_blank_above_the_notes(pdf)
    assert len(blank) > 5
    # Less than what the next paragraph's first two lines (orphans) and the space above it
    # need may be left, and a line with the note it calls may need more: not more than that.
    assert max(blank.values()) < 2.5, f"lines left blank above the notes, by page: {blank}"


def last_text_line(page, size: float = BODY_SIZE) -> str:
    """The lowest line of ``page`` set in the text's size (not a note, not the page number)."""
    runs: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, font_size):
        if text.strip() and round(font_size * tm[3] * cm[3], 2) == size:
            runs.append((round(tm[5] * cm[3] + tm[4] * cm[1] + cm[5], 1), tm[4] * cm[0] + cm[4], text))

    page.extract_text(visitor_text=visit)
    if not runs:
        return ""
    lowest = min(height for height, _, _ in runs)
    return "".join(text for height, _, text in sorted(run for run in runs if run[0] == lowest)).rstrip()


#: A line that ends on a word hyphenated there: letters, then the hyphen the PDF prints.
ENDS_HYPHENATED = re.compile(r"[^\W\d_]-$")


def test_no_page_ends_on_a_hyphenated_word(pdf):
    # Pages 8, 10 and 62 ended on "gen-", "na-" and "cen-": the reader read the page's notes
    # between the word's halves, and so did a text extractor (pdftotext).
    ends = {number: last_text_line(page) for number, page in enumerate(pdf.pages, start=1)}
    assert sum(bool(end) for end in ends.values()) > 50
    hyphenated = {number: end[-30:] for number, end in ends.items() if ENDS_HYPHENATED.search(end)}
    assert not hyphenated, hyphenated


def test_a_word_a_page_would_end_on_hyphenated_opens_the_next_page_whole(tmp_path, monkeypatch):

    from explainer.pdf_render import render_pdf

    layouts = counted_layouts(monkeypatch)
    stylesheet = (PROJECT / "hooks/explainer/templates/explainer/pdf.css").read_text(encoding="utf-8")
    words = ("international", "authoritarianism", "cooperation", "democratization", "surveillance")
    text = " ".join(words[index % len(words)] for index in range(400))
    line_ends, page_ends = [], []
    for width in range(14, 20):  # the text's width in em: where lines, and so pages, end varies
        html = assemble(
            [PdfSection("p/", "P", f"<p style='width: {width}em'>{text}</p>")], PdfMetadata("T"), stylesheet
        )
        render_pdf(html.replace("PAGE_SIZE", "A6"), str(tmp_path / "t.pdf"), str(tmp_path))
        pages = PdfReader(tmp_path / "t.pdf").pages
        line_ends += [line for page in pages for line in page.extract_text().splitlines()]
        page_ends += [f"{width}em, page {number}: {last_text_line(page)[-20:]}" for number, page in enumerate(pages, 1)]
    assert sum(bool(ENDS_HYPHENATED.search(line.rstrip())) for line in line_ends) > 20  # lines still hyphenate
    assert not [end for end in page_ends if ENDS_HYPHENATED.search(end)]
    assert len(layouts) == 6  # one layout each: the page is made again, not the document


def test_a_listed_word_a_page_would_end_on_hyphenated_opens_the_next_page_whole(tmp_path):
    # A word the editors list with its hyphens (pdf_hyphenation) holds soft hyphens, where
    # the text engine breaks a line whatever the word's style says: at A4, with a little
    # less space around the glossary's titles, "three evils" ended its page on "Ka-".
    from explainer.pdf_render import render_pdf

    stylesheet = (PROJECT / "hooks/explainer/templates/explainer/pdf.css").read_text(encoding="utf-8")
    listed = ["Ka-zakh-stan", "Kyr-gyz-stan", "Turk-men-i-stan", "Ta-jik-i-stan", "Uz-bek-i-stan"]
    names = [word.replace("-", "") for word in listed]
    text = " ".join(f"in {names[index % len(names)]}" for index in range(400))
    line_ends, page_ends = [], []
    for width in range(12, 18):  # the text's width in em: where lines, and so pages, end varies
        html = assemble(
            [PdfSection("p/", "P", f"<p style='width: {width}em'>{text}</p>")], PdfMetadata("T"), stylesheet, listed
        )
        render_pdf(html.replace("PAGE_SIZE", "A6"), str(tmp_path / "t.pdf"), str(tmp_path))
        pages = PdfReader(tmp_path / "t.pdf").pages
        line_ends += [line for page in pages for line in page.extract_text().splitlines()]
        page_ends += [f"{width}em, page {number}: {last_text_line(page)[-20:]}" for number, page in enumerate(pages, 1)]
    assert sum(bool(ENDS_HYPHENATED.search(line.rstrip())) for line in line_ends) > 20  # lines still hyphenate
    assert not [end for end in page_ends if ENDS_HYPHENATED.search(end)]


def test_a_footnote_called_in_a_heading_is_set_as_every_other_footnote(tmp_path):
    # WeasyPrint sets a footnote in its call's element: in a heading, it was bold.
    from test_new_article import new_article

    folder = tmp_path / "rivers"
    assert new_article(folder, "--title", "Rivers", "--author", "Ana Exemplar").returncode == 0
    page = folder / "docs" / "introduction.md"
    text = page.read_text(encoding="utf-8") + "\n## Dams and floods[@example2020, p. 4]\n\nMore text.\n"
    page.write_text(text, encoding="utf-8")
    # A call in a heading is a strict build's warning unless the edition keeps the original's.
    config = folder / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("  explainer:\n", "  explainer:\n    note_calls_in_headings: true\n", 1), encoding="utf-8"
    )
    build = run_build(folder, folder / "site", pdf=True)
    assert build.returncode == 0, build.output
    runs: list[tuple[str, str]] = []

    def visit(text, _matrix, _text_matrix, font, _size):
        if text.strip() and font:
            runs.append((str(font["/BaseFont"]).partition("+")[2], text.replace("\xa0", " ").strip()))

    for pdf_page in PdfReader(build.site / "exemplar-rivers.pdf").pages:
        pdf_page.extract_text(visitor_text=visit)
    assert ("Charis-SIL-Bold", "Dams and floods") in runs
    assert ("Charis-SIL", "Ibid., p. 4") in runs  # the note just before cites the same book
    # Its bookmark is the heading's title, without the call's number ("Dams and floods2").
    outline = PdfReader(build.site / "exemplar-rivers.pdf").outline
    titles = [item.title for item in itertools.chain(*(i if isinstance(i, list) else [i] for i in outline))]
    assert "Dams and floods" in titles


def test_the_space_before_an_inline_element_goes_inside_it_and_the_words_read_the_same():
    # WeasyPrint 70, breaking a line just before an inline element, could end the line at
    # the first word of the text before it; with the space inside, the break is the element's.
    html = (
        '<p>Text requiring <a href="#g">double criminality</a> and <em>also</em>,'
        " bound\u00a0<em>here</em>, <span><!--x-->nested <b>b</b></span> and"
        ' states.<a class="note-anchor" id="n"></a> <span class="footnote">A note.</span></p>'
    )
    document = assemble([PdfSection("p/", "P", html)], PdfMetadata("T"), "")
    body = document[document.index('<section class="section') :]
    assert 'Text requiring<a href="#p--g"> double criminality</a> and<em> also</em>,' in body
    assert "bound\u00a0<em>here</em>" in body  # a non-breaking space stays where it binds
    assert ",<span><!--x--> nested<b> b</b></span>" in body
    assert '</a> <span class="footnote"' in body  # a footnote's space stays in the text
    assert (
        BeautifulSoup(body, "html.parser").get_text().split() == BeautifulSoup(html, "html.parser").get_text().split()
    )


def test_no_paragraph_of_the_article_sets_its_first_word_alone_on_a_line(site, page_texts):
    lines = [line.strip() for text in page_texts for line in text.splitlines()]
    next_lines: dict[str, list[str]] = {}
    for line, next_line in itertools.pairwise(lines):
        next_lines.setdefault(line, []).append(next_line)
    paragraphs = [paragraph for url in READING_ORDER for paragraph in content(site.page(url)).select("p")]
    assert len(paragraphs) > 50
    for paragraph in paragraphs:
        words = paragraph.get_text().split()
        if len(words) > 12:
            alone = [line for line in next_lines.get(words[0], []) if line.startswith(words[1])]
            assert not alone, f"{' '.join(words[:5])}…: the first word alone on a line"


def test_a_footnote_too_long_for_what_is_left_of_the_page_goes_on_with_its_call(tmp_path):
    # WeasyPrint cannot break a footnote across pages; left to itself ("footnote-policy:
    # auto") it sets the whole note on the next page and leaves its call behind.
    from explainer.pdf_render import render_pdf

    stylesheet = (PROJECT / "hooks/explainer/templates/explainer/pdf.css").read_text(encoding="utf-8")
    filler = "".join(f"<p>Paragraph {index}: {'words that fill the page, ' * 12}</p>" for index in range(9))
    call = '<p>The last paragraph calls a note.<sup class="note-call" id="note-ref-1"><a href="#note-1">1</a></sup></p>'
    long_note = "A long note: " + "more of its words, " * 120
    note = f'<div class="explainer-notes"><ol><li id="note-1"><p>{long_note}</p></li></ol></div>'
    stylesheet = stylesheet.replace("PAGE_SIZE", "A5")
    html = assemble([PdfSection("p/", "P", filler + call + note)], PdfMetadata("T"), stylesheet)
    render_pdf(html, str(tmp_path / "t.pdf"), str(tmp_path))
    reader = PdfReader(tmp_path / "t.pdf")
    call_page = reader.get_destination_page_number(reader.named_destinations["p--note-ref-1"])
    assert "1. A long note" in reader.pages[call_page].extract_text().replace("\xa0", " ")


#: A note that needs three lines or so at the foot of an A6 page.
THREE_LINES_NOTE = "A note of three lines or so, long enough to need its room at the foot of the page."


def counted_layouts(monkeypatch) -> list[int]:
    """One item for each layout WeasyPrint makes from now on (each `HTML.render`)."""
    import weasyprint

    layouts: list[int] = []
    render = weasyprint.HTML.render
    monkeypatch.setattr(weasyprint.HTML, "render", lambda self, *a, **k: layouts.append(1) or render(self, *a, **k))
    return layouts


def note_called_at_a_page_end_html(fill: int, note: str = THREE_LINES_NOTE) -> str:
    """A section whose paragraph calling note 1 (``note``) comes near an A6 page's foot,
    after ``fill`` times a filler sentence, with a long paragraph after it that runs on."""
    filler = f"<p>{'Words that fill the page. ' * fill}</p>"
    call = '<p>A paragraph calls a note.<sup class="note-call" id="note-ref-1"><a href="#note-1">1</a></sup></p>'
    after = f"<p>{'The next paragraph runs on. ' * 30}</p>"
    notes = f'<div class="explainer-notes"><ol><li id="note-1"><p>{note}</p></li></ol></div>'
    return filler + call + after + notes


def a6_document(body: str) -> str:
    """An A6 document of one section whose HTML is ``body``, in the PDF's own stylesheet."""
    stylesheet = (PROJECT / "hooks/explainer/templates/explainer/pdf.css").read_text(encoding="utf-8")
    return assemble([PdfSection("p/", "P", body)], PdfMetadata("T"), stylesheet.replace("PAGE_SIZE", "A6"))


def note_called_at_a_page_end(note: str, fill: int) -> str:
    """An A6 document of one section, `note_called_at_a_page_end_html`."""
    return a6_document(note_called_at_a_page_end_html(fill, note))


def rendered_with_call_page(html: str, tmp_path) -> tuple[PdfReader, int]:
    """The PDF of ``html``, read back, and the index of the page that calls note 1."""
    from explainer.pdf_render import render_pdf

    render_pdf(html, str(tmp_path / "t.pdf"), str(tmp_path))
    reader = PdfReader(tmp_path / "t.pdf")
    return reader, reader.get_destination_page_number(reader.named_destinations["p--note-ref-1"])


def test_a_note_stays_on_its_calls_page_when_the_next_paragraph_reaches_the_foot(tmp_path):
    # The paragraph after the call reaches the foot of the page with as many lines as its
    # orphans ask: WeasyPrint (70) made room for them by moving the note to the next page.
    html = note_called_at_a_page_end(THREE_LINES_NOTE, fill=41)
    reader, call_page = rendered_with_call_page(html, tmp_path)
    assert "1. A note of three lines" in reader.pages[call_page].extract_text().replace("\xa0", " ")
    next_page = " ".join(reader.pages[call_page + 1].extract_text().split())  # justified: spaces vary
    assert next_page.startswith("The next paragraph runs on.")  # the paragraph went on whole


def test_a_note_stays_on_its_calls_page_when_a_heading_and_the_list_it_is_kept_with_go_on(tmp_path):
    # The glossary's "Tulip Revolution" on A5 (page 99): its last paragraph, whole on the page,
    # called note 156, and WeasyPrint (70) moved the note on to make room for the second line
    # of the list after the heading below, then set the heading and the list on the next page
    # too. No paragraph ends the page split, to be asked for a line more there.
    fill = f"<p>{'Words fill the page. ' * 30}</p><p>{'word ' * 40}</p>"
    call = (
        "<p>A paragraph of some lines that calls a note at its very end, after enough words to take three lines"
        ' or so of the page.<sup class="note-call" id="note-ref-1"><a href="#note-1">1</a></sup></p>'
    )
    after = (
        '<h2>Where it appears</h2><ul class="explainer-glossary-uses"><li>A place in the article'
        f'<blockquote class="explainer-glossary-uses__sentence">{"The quoted passage runs on. " * 12}</blockquote>'
        "</li></ul>"
    )
    note = "<p>A note of two lines or so, long enough to need its room.</p>"
    notes = f'<div class="explainer-notes"><ol><li id="note-1">{note}</li></ol></div>'
    html = a6_document(fill + call + after + notes)
    reader, call_page = rendered_with_call_page(html, tmp_path)
    assert "1. A note of two lines" in reader.pages[call_page].extract_text().replace("\xa0", " ")
    next_page = " ".join(reader.pages[call_page + 1].extract_text().split())
    assert next_page.startswith("Where it appears")  # where WeasyPrint broke the page


def test_a_note_stays_on_its_calls_page_when_a_list_item_after_it_reaches_the_foot(tmp_path):
    # The glossary's "Turkmenistan" at A5: the first of its timeline's events reached the
    # foot of the page with two lines, and WeasyPrint (70) moved the note called just above
    # to the next page to make room for them. A list item's text is a block beside its
    # marker, which the line asked more was not asked of: the heading above it was asked.
    fill = f"<p>{'Words fill the page. ' * 46}</p>"
    call = (
        "<p>A paragraph that calls a note at its very end, after enough words to take two lines or so."
        '<sup class="note-call" id="note-ref-1"><a href="#note-1">1</a></sup></p>'
    )
    events = f"<li>{'An event of the timeline, told at some length. ' * 5}</li><li>Another event.</li>"
    note = "<p>A note of two lines or so, long enough to need its room.</p>"
    notes = f'<div class="explainer-notes"><ol><li id="note-1">{note}</li></ol></div>'
    html = a6_document(f"{fill}{call}<h2>On the timeline</h2><ul>{events}</ul>{notes}")
    reader, call_page = rendered_with_call_page(html, tmp_path)
    assert "1. A note of two lines" in reader.pages[call_page].extract_text().replace("\xa0", " ")
    next_page = " ".join(reader.pages[call_page + 1].extract_text().split())
    assert next_page.startswith("On the timeline")  # the heading went on with the item


def test_a_line_more_asked_of_a_paragraph_to_keep_a_note_with_its_call_is_asked_of_it_alone(tmp_path):
    # WeasyPrint (70) gives elements whose style is computed alike one computed style: the
    # three lines (orphans) asked of the paragraph after the call were asked of every
    # paragraph after it, and one that had room for two lines at a later page's foot went
    # on whole to the next page, leaving them blank.
    later = f"<p>{'Later words fill the next page. ' * 30}</p><p>{'A later paragraph that reaches the foot. ' * 12}</p>"
    html = a6_document(note_called_at_a_page_end_html(41) + later)
    reader, call_page = rendered_with_call_page(html, tmp_path)
    assert "1. A note of three lines" in reader.pages[call_page].extract_text().replace("\xa0", " ")
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert " ".join(pages[call_page + 1].split()).startswith("The next paragraph runs on.")  # asked of it
    # The later paragraph starts at the foot of the page where the one before it ends.
    assert [page for page in pages if "Later words" in page and "A later paragraph" in page], pages[call_page + 2 :]


def test_a_break_made_before_a_heading_to_keep_a_note_with_its_call_is_that_heading_s_alone(tmp_path):
    # WeasyPrint (70) gives elements whose style is computed alike one computed style: the
    # break set before "Where it appears" was set before every heading of its kind after it
    # ("Related entries" opened a page of its own), and in the glossary at A4, with a little
    # less space around the entries' titles, before every passage an entry quotes, one a page.
    fill = f"<p>{'Words fill the page. ' * 30}</p><p>{'word ' * 40}</p>"
    call = (
        "<p>A paragraph of some lines that calls a note at its very end, after enough words to take three lines"
        ' or so of the page.<sup class="note-call" id="note-ref-1"><a href="#note-1">1</a></sup></p>'
    )
    after = (
        '<h2>Where it appears</h2><ul class="explainer-glossary-uses"><li>A place in the article'
        f'<blockquote class="explainer-glossary-uses__sentence">{"The quoted passage runs on. " * 4}</blockquote>'
        "</li></ul><h2>Related entries</h2><ul><li>one entry</li><li>another</li></ul>"
    )
    note = "<p>A note of two lines or so, long enough to need its room.</p>"
    notes = f'<div class="explainer-notes"><ol><li id="note-1">{note}</li></ol></div>'
    html = a6_document(fill + call + after + notes)
    reader, call_page = rendered_with_call_page(html, tmp_path)
    assert "1. A note of two lines" in reader.pages[call_page].extract_text().replace("\xa0", " ")
    next_page = " ".join(reader.pages[call_page + 1].extract_text().split())
    assert next_page.startswith("Where it appears")  # the break made to keep the note there
    assert "Related entries" in next_page, next_page  # and no other
    assert len(reader.pages) == call_page + 2


def test_a_note_kept_on_its_call_s_page_costs_that_page_made_again_not_a_second_layout(tmp_path, monkeypatch):
    # The paragraph that ends the call's page was asked for one more line there only once the
    # whole document was laid out, which was then laid out a second time: the article's PDF
    # took twice as long as one layout. The page is now made again as soon as it is made.

    from explainer.pdf_render import render_pdf

    layouts = counted_layouts(monkeypatch)
    html = note_called_at_a_page_end(THREE_LINES_NOTE, fill=41)
    render_pdf(html, str(tmp_path / "t.pdf"), str(tmp_path))
    reader = PdfReader(tmp_path / "t.pdf")
    call_page = reader.get_destination_page_number(reader.named_destinations["p--note-ref-1"])
    assert "1. A note of three lines" in reader.pages[call_page].extract_text().replace("\xa0", " ")
    assert " ".join(reader.pages[call_page + 1].extract_text().split()).startswith("The next paragraph runs on.")
    assert len(layouts) == 1


def weasyprint_that_makes_pages_otherwise(monkeypatch) -> None:
    """WeasyPrint's layout as another version may have it: its pages made by a function of
    another name than 70's ``remake_page``, which the PDF's page checks replace."""
    import types

    from weasyprint import layout
    from weasyprint.layout import page as page_layout

    code = layout.make_all_pages.__code__
    names = tuple("make_page_again" if name == "remake_page" else name for name in code.co_names)
    monkeypatch.setattr(page_layout, "make_page_again", page_layout.remake_page, raising=False)
    monkeypatch.delattr(page_layout, "remake_page")
    make_all_pages = types.FunctionType(code.replace(co_names=names), vars(page_layout), "make_all_pages")
    monkeypatch.setattr(layout, "make_all_pages", make_all_pages)


def test_a_weasyprint_whose_pages_cannot_be_made_again_still_keeps_each_note_on_its_call_s_page(
    tmp_path, monkeypatch, caplog
):
    # The pages are made again through WeasyPrint 70's layout internals: with another
    # version (69 has no context.rendered_notes), the PDF was not written at all.
    import weasyprint

    from explainer.pdf_render import render_pdf

    weasyprint_that_makes_pages_otherwise(monkeypatch)
    layouts = counted_layouts(monkeypatch)
    html = note_called_at_a_page_end(THREE_LINES_NOTE, fill=41)
    with caplog.at_level("INFO", logger="mkdocs.plugins.explainer"):
        assert render_pdf(html, str(tmp_path / "t.pdf"), str(tmp_path), strict=True)
    reader = PdfReader(tmp_path / "t.pdf")
    call_page = reader.get_destination_page_number(reader.named_destinations["p--note-ref-1"])
    assert "1. A note of three lines" in reader.pages[call_page].extract_text().replace("\xa0", " ")
    assert " ".join(reader.pages[call_page + 1].extract_text().split()).startswith("The next paragraph runs on.")
    assert len(layouts) == 2  # as before pages were made again: the whole document, once more
    said = [(record.levelname, record.getMessage()) for record in caplog.records if "WeasyPrint" in record.getMessage()]
    assert len(said) == 1, said  # an INFO line: a strict build goes on
    level, message = said[0]
    assert level == "INFO" and message.startswith(f"PDF: WeasyPrint {weasyprint.__version__} is not the version")
    assert "no weasyprint.layout.page.remake_page" in message


def test_a_weasyprint_whose_pages_cannot_be_made_again_keeps_two_pages_notes_in_one_layout_more(tmp_path, monkeypatch):
    # Every page whose note moved on has its last paragraph pushed before the next layout,
    # not the first page only: one layout more for the whole document, not one per page.
    from explainer.pdf_render import render_pdf

    weasyprint_that_makes_pages_otherwise(monkeypatch)
    layouts = counted_layouts(monkeypatch)
    stylesheet = (PROJECT / "hooks/explainer/templates/explainer/pdf.css").read_text(encoding="utf-8")
    sections = [PdfSection(url, url.upper(), note_called_at_a_page_end_html(41)) for url in ("p/", "q/")]
    html = assemble(sections, PdfMetadata("T"), stylesheet.replace("PAGE_SIZE", "A6"))
    render_pdf(html, str(tmp_path / "t.pdf"), str(tmp_path))
    reader = PdfReader(tmp_path / "t.pdf")
    for prefix in ("p", "q"):
        call_page = reader.get_destination_page_number(reader.named_destinations[f"{prefix}--note-ref-1"])
        assert "1. A note of three lines" in reader.pages[call_page].extract_text().replace("\xa0", " "), prefix
    assert len(layouts) == 2


def test_what_another_weasyprint_lacks_for_a_page_made_again_is_named_before_the_layout(monkeypatch):
    # WeasyPrint 69 keeps no context.rendered_notes, and 66's remake_page takes the page
    # groups too: making a page again stopped the PDF with an AttributeError, a TypeError.
    import types

    from weasyprint import layout
    from weasyprint.layout import page as page_layout

    from explainer.pdf_page_remake import missing_layout_internals

    assert missing_layout_internals() is None  # the pinned version's
    set_up = layout.LayoutContext.__init__
    names = tuple("notes" if name == "rendered_notes" else name for name in set_up.__code__.co_names)
    without = types.FunctionType(set_up.__code__.replace(co_names=names), {})
    monkeypatch.setattr(layout.LayoutContext, "__init__", without)
    assert missing_layout_internals() == "its layout context has no rendered_notes"
    monkeypatch.undo()

    def remake_page(index, page_groups, context, root_box, html):  # as WeasyPrint 66 has it
        raise AssertionError("not called: nothing is laid out")

    monkeypatch.setattr(page_layout, "remake_page", remake_page)
    assert missing_layout_internals() == "its remake_page takes (index, page_groups, context, root_box, html)"


def test_a_page_that_ends_inside_a_character_of_a_word_is_left_as_it_is():
    # WeasyPrint 70 gives where a page ends in a text in bytes of UTF-8; an offset counted
    # otherwise (in characters) fell inside "ā", and the PDF was not written.
    from weasyprint.formatting_structure import boxes

    from explainer.pdf_page_final_words import keep_page_final_word_whole
    from explainer.pdf_page_remake import MadePage

    text = boxes.TextBox("p", {}, None, "the Tiānxià concept")
    root = boxes.BlockBox("p", {}, None, [text])
    inside = len(b"the Ti") + 1  # between the two bytes of "ā"
    assert not keep_page_final_word_whole(MadePage(None, {0: {inside: None}}, root, None))
    assert root.children == (text,)
    after = len("the Tiā".encode())
    # A word cut there opens the next page whole.
    assert keep_page_final_word_whole(MadePage(None, {0: {after: None}}, root, None))
    assert [piece.text for piece in root.children] == ["the ", "Tiānxià", " concept"]


def baselines(page) -> list[tuple[float, str]]:
    """The height of each run of text on ``page`` (in points, from the foot), with its text."""
    found: list[tuple[float, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.append((tm[5] * cm[3] + tm[4] * cm[1] + cm[5], text))

    page.extract_text(visitor_text=visit)
    return found


def test_the_text_runs_down_to_the_notes_at_the_foot_of_the_page(tmp_path):
    # Pages 8 and 9 of the article stopped three lines above their notes: the next
    # paragraph had room for two lines beside them, and its orphans asked for three, so
    # it went on whole to the next page. Whatever the page holds before the call, no more
    # than one line (which could not stand alone at the foot) is left blank above the notes.
    from explainer.pdf_render import render_pdf

    stylesheet = (PROJECT / "hooks/explainer/templates/explainer/pdf.css").read_text(encoding="utf-8")
    call = '<p>A paragraph calls a note.<sup class="note-call" id="note-ref-1"><a href="#note-1">1</a></sup></p>'
    after = f"<p>{'The next paragraph runs on. ' * 30}</p>"
    note = "A note of three lines or so, long enough to need its room at the foot of the page."
    notes = f'<div class="explainer-notes"><ol><li id="note-1"><p>{note}</p></li></ol></div>'
    text_to_note = {}  # filler length: from the call page's last line of text down to the note's first
    for words in range(36, 45):
        filler = f"<p>{'Words that fill the page. ' * words}</p>"
        html = assemble(
            [PdfSection("p/", "P", filler + call + after + notes)],
            PdfMetadata("T"),
            stylesheet.replace("PAGE_SIZE", "A6"),
        )
        render_pdf(html, str(tmp_path / f"{words}.pdf"), str(tmp_path))
        reader = PdfReader(tmp_path / f"{words}.pdf")
        page = reader.pages[reader.get_destination_page_number(reader.named_destinations["p--note-ref-1"])]
        lines = baselines(page)
        note_line = next(height for height, text in lines if text.startswith("1."))
        text_line = min(height for height, text in lines if height > note_line + 5 and text.strip() != "1")
        text_to_note[words] = text_line - note_line
    full_page = min(text_to_note.values())  # the text runs down to the notes
    body_line = 10.5 * 1.42  # pdf.css: font-size and line-height of the text
    blank = {words: round((distance - full_page) / body_line, 1) for words, distance in text_to_note.items()}
    assert max(blank.values()) > 0.5  # some page has a line the paragraph could not use
    assert max(blank.values()) < 2, f"lines left blank above the note, by filler length: {blank}"


def test_a_note_too_long_to_stay_with_its_call_is_not_laid_out_again_and_again(tmp_path, monkeypatch):
    # The paragraph that ends the call's page is pushed on once; when the note still does
    # not fit, asking it again would give the same pages: the PDF took six layouts, not three.

    from explainer.pdf_render import render_pdf

    layouts = counted_layouts(monkeypatch)
    html = note_called_at_a_page_end("A note far too long for any page. " * 60, fill=40)
    render_pdf(html, str(tmp_path / "t.pdf"), str(tmp_path))
    assert len(layouts) <= 3


def test_a_note_written_on_several_lines_is_set_as_one_run_of_text(tmp_path):
    # WeasyPrint (70) broke a footnote's line wherever the note's source had a line break.
    from explainer.pdf_render import render_pdf

    stylesheet = (PROJECT / "hooks/explainer/templates/explainer/pdf.css").read_text(encoding="utf-8")
    call = '<p>A sentence calls a note.<sup class="note-call" id="note-ref-1"><a href="#note-1">1</a></sup></p>'
    note = "<p>Written on two\n    lines, <em>with\nemphasis</em>.</p>"
    notes = f'<div class="explainer-notes"><ol><li id="note-1">{note}</li></ol></div>'
    html = assemble([PdfSection("p/", "P", call + notes)], PdfMetadata("T"), stylesheet.replace("PAGE_SIZE", "A4"))
    render_pdf(html, str(tmp_path / "t.pdf"), str(tmp_path))
    lines = [
        line.strip()
        for line in PdfReader(tmp_path / "t.pdf").pages[-1].extract_text().replace("\xa0", " ").splitlines()
    ]
    assert "1. Written on two lines, with emphasis." in lines


def test_a_strict_build_that_fails_on_a_warning_writes_no_pdf(tmp_path):
    # MkDocs stops a strict build after its last event: a PDF written then was a failed build's.
    from test_new_article import new_article

    folder = tmp_path / "rivers"
    assert new_article(folder, "--title", "Rivers", "--author", "Ana Exemplar").returncode == 0
    bib = next((folder / "bib").glob("*.bib"))
    with bib.open("a", encoding="utf-8") as handle:
        handle.write("\n@book{uncited2020,\n  title = {Never Cited},\n}\n")
    strict = run_build(folder, tmp_path / "strict", pdf=True)
    assert strict.returncode != 0 and "is not cited in any note" in strict.output
    assert "PDF not written: the build has 1 warning(s)" in strict.output
    assert not list((tmp_path / "strict").glob("*.pdf"))
    relaxed = run_build(folder, tmp_path / "relaxed", strict=False, pdf=True)
    assert relaxed.returncode == 0 and list((tmp_path / "relaxed").glob("*.pdf"))


def test_a_file_in_the_glossary_s_folder_that_is_no_entry_is_not_printed_as_one(tmp_path):
    # The site takes only .md files there as entries; a .markdown file is a page of its own,
    # outside the nav, which MkDocs reports: the PDF's glossary must not print it as an entry.
    from test_new_article import new_article

    folder = tmp_path / "rivers"
    assert new_article(folder, "--title", "Rivers", "--author", "Ana Exemplar").returncode == 0
    aside = "# Aside\n\nThe editors' working notes on the glossary, not for print.\n"
    (folder / "docs" / "glossary" / "aside.markdown").write_text(aside, encoding="utf-8")
    build = run_build(folder, tmp_path / "site", strict=False, pdf=True)
    assert build.returncode == 0, build.output
    assert "- glossary/aside.markdown" in build.output  # MkDocs' own report of a page outside the nav
    index = build.page("glossary/")
    assert [link.get_text() for link in index.select("article a[href*='aside']")] == []
    text = squeeze("".join(page.extract_text() for page in PdfReader(next(build.site.glob("*.pdf"))).pages))
    assert squeeze("A term the article uses, explained") in text  # the entry is printed
    assert squeeze("working notes on the glossary") not in text and "Aside" not in text


def printed_use_title(home, link) -> str:
    """The title a glossary entry's link to a section prints: a passage of the home page is
    named by the heading above it on the title page ("Abstract"), not "Home" (`pdf_front_names`)."""
    if not link["href"].startswith("../../#"):
        return link.get_text()
    heading = home.find(id=link["href"].partition("#")[2]).find_previous(re.compile(r"h[1-6]"))
    return "".join(heading.find_all(string=True, recursive=False))


def test_each_section_a_glossary_entry_lists_is_named_with_the_page_of_its_sentence(site, pdf, page_texts):
    # "Where it appears" named each section with no page, under "Also in" passages named
    # with theirs: a reader of the paper turned to the contents, then read through the
    # section for the sentence. Its title is followed by the page the quoted sentence
    # starts on, which its link leads to: not its paragraph's first, where the paragraph
    # runs on to the next page before it (six of the sections the entries list, at A4).
    home, checked, later = site.page(""), 0, 0
    squeezed_pages = [squeeze(text) for text in page_texts]
    for url in glossary_urls(site):
        text = entry_text(site, pdf, url)
        for item in content(site.page(url)).select(".explainer-glossary-uses > li"):
            link, opening = item.a, squeeze(item.blockquote.get_text())[:30]
            target, _, fragment = urljoin(SITE_ORIGIN + url, link["href"]).removeprefix(SITE_ORIGIN).partition("#")
            paragraph = destination_page(pdf, f"{prefix_for(target)}--{fragment}")
            page = next(number for number in (paragraph, paragraph + 1) if opening in squeezed_pages[number - 1])
            assert squeeze(f"{printed_use_title(home, link)} (p. {page})") in text, (url, link.get_text(), page)
            later += page > paragraph
            checked += 1
    assert checked > 50 and later > 0


@pytest.mark.parametrize(
    ("sentence", "anchored"),
    [
        ("Then the second sentence runs on.", '<span id="s--p1--quoted-1">Then</span> the second'),
        ("Rivers flood the plain.", '<a class="term" href="#t" id="s--p1--quoted-1"> Rivers</a> flood'),
        ("A sentence the paragraph does not hold.", None),
    ],
    ids=["after-a-note-call", "opening-an-element", "not-found"],
)
def test_a_section_title_of_a_glossary_entry_leads_to_the_first_word_of_its_sentence(sentence, anchored):
    from explainer.pdf_quoted_sentences import quoted_sentences_anchored

    article = BeautifulSoup(
        '<p id="s--p1">The first sentence.<a class="note-anchor" href="#n">12</a>'
        '<span class="footnote" id="n">12. Then the note.</span> Then the second sentence runs on.'
        '<a class="term" href="#t"> Rivers</a> flood the plain.</p>',
        "html.parser",
    )
    entry = BeautifulSoup(
        '<ul class="explainer-glossary-uses"><li><a href="#s--p1">Section</a>'
        f'<blockquote class="explainer-glossary-uses__sentence">{sentence}</blockquote></li></ul>',
        "html.parser",
    )
    quoted_sentences_anchored([article, entry])
    if anchored is None:
        assert entry.a["href"] == "#s--p1" and "quoted" not in str(article)
    else:
        assert entry.a["href"] == "#s--p1--quoted-1" and anchored in str(article)
    # The paragraph reads as it did.
    assert (
        article.p.get_text()
        == "The first sentence.1212. Then the note. Then the second sentence runs on. Rivers flood the plain."
    )


def test_a_passage_a_glossary_entry_quotes_is_printed_on_the_page_of_its_section_s_title(site, page_texts):
    # "Where it appears" lists each section with the sentence quoted from it: a section's
    # title left at the foot of a page, its sentence on the next, reads as an empty item.
    squeezed_pages = [squeeze(text) for text in page_texts]
    home = site.page("")
    items = [
        (printed_use_title(home, item.a), item.blockquote.get_text())
        for entry in sorted((site.site / "glossary").glob("*/index.html"))
        for item in site.page(f"glossary/{entry.parent.name}/").select(".explainer-glossary-uses > li")
    ]
    assert len(items) > 50

    def printed_with_its_title(title: str, quote: str) -> bool:
        # A long sentence may go on to the next page, as a paragraph does: its title stands
        # with its opening words, and the rest of it opens the next page (after the notes,
        # the running head and the number, which the page's text ends with).
        title, quote = squeeze(title), squeeze(quote)
        for page, after in itertools.pairwise([*squeezed_pages, ""]):
            # Another entry may quote a sentence that opens alike from the same section. The
            # title is followed by the page of its passage, "(p. 14)".
            for found in re.finditer(rf"{re.escape(title)}(?:\(p\.\d+\))?(?={re.escape(quote[:30])})", page):
                printed = page[found.end() :]
                here = next(length for length in range(len(quote), 0, -1) if printed.startswith(quote[:length]))
                if here == len(quote) or quote[here:] in after:
                    return True
        return False

    cut = [title for title, quote in items if not printed_with_its_title(title, quote)]
    assert not cut, f"printed apart from its sentence: {cut}"


def test_a_long_sentence_a_glossary_entry_quotes_goes_on_to_the_next_page_with_two_lines_on_each(tmp_path):
    # A quoted sentence was kept whole with its section's title: one of three lines or more
    # that reached a page's foot went on to the next page with the heading above it, and
    # the page ended five or six lines short ("market authoritarianism" at A4, "Russia" at A5).
    from explainer.pdf_render import render_pdf

    passage = " ".join(f"quoted{number}" for number in range(60))
    uses = (
        '<h2>Where it appears</h2><ul class="explainer-glossary-uses"><li><a href="#p1">A section of the article</a>'
        f'<blockquote class="explainer-glossary-uses__sentence">{passage}</blockquote>'
        '<p class="explainer-glossary-uses__also">Also in ¶ 2</p></li></ul>'
    )
    # Enough words that the heading, the title and three lines of the sentence end an A6 page.
    html = a6_document(f"<p id='p1'>{'Words that fill the page. ' * 16}</p>{uses}")
    render_pdf(html, str(tmp_path / "t.pdf"), str(tmp_path))
    pages = [
        [line.strip() for line in page.extract_text().splitlines()] for page in PdfReader(tmp_path / "t.pdf").pages
    ]
    (first,) = [number for number, lines in enumerate(pages) if "Where it appears" in lines]
    assert first + 1 < len(pages), "the sentence went on whole to the next page, with its title and the heading"
    opening, rest = pages[first], pages[first + 1]
    # The heading, the title and the sentence's first two lines or more at the foot of the page...
    title = next(number for number, line in enumerate(opening) if line.startswith("A section of the article"))
    assert opening[title - 1] == "Where it appears"
    assert [line for line in opening[title + 1 :] if line.startswith("quoted")][1:], opening
    assert opening[title + 1].startswith("quoted0 ")
    # ... and its last two lines or more at the top of the next, with the section's other passages.
    words = [line for line in rest if re.match(r"(?:quoted|ed)\d", line)]
    assert len(words) >= 2 and rest[0] == words[0], rest
    assert words[-1].endswith("quoted59") and rest[rest.index(words[-1]) + 1] == "Also in ¶ 2", rest


def test_a_renumbered_note_s_link_is_named_with_its_printed_number():
    from bs4 import BeautifulSoup

    from explainer.pdf_document import _renumber_links

    soup = BeautifulSoup(
        '<a href="#glossary-kazakhstan--note-9" aria-label="Kazakhstan, note 9">9</a>'
        '<a href="#glossary-kazakhstan--note-19">Kazakhstan, note 19</a>',
        "html.parser",
    )
    _renumber_links(soup, {"glossary-kazakhstan--note-9": "143", "glossary-kazakhstan--note-19": "153"})
    first, second = soup.select("a")
    assert (first.string, first["aria-label"]) == ("143", "Kazakhstan, note 143")
    assert second.string == "Kazakhstan, note 153" and not second.has_attr("aria-label")


def line_end_breaks(pdf_path) -> list[str]:
    """Each word broken at a line's end in the PDF, as ``head-tail``."""
    text = "".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    return [f"{head}-{tail}" for head, tail in re.findall(WORD_START + r"([^\W\d_]+)-\n([^\W\d_]+)", text)]


@pytest.mark.parametrize("hyphenation", [(), ("Ka-zakh-stan", "Xinjiang")])
def test_a_word_listed_with_its_hyphens_breaks_only_there_and_one_without_never(tmp_path, hyphenation):
    from explainer.pdf_render import render_pdf

    stylesheet = (PROJECT / "hooks/explainer/templates/explainer/pdf.css").read_text(encoding="utf-8")
    # Narrow columns of the two names, in several cases and with an ending, and an address.
    words = "Kazakhstan KAZAKHSTAN Kazakhstan\u2019s Xinjiang kazakhstan " * 40
    html = (
        "".join(f'<p style="width: {width}em">{words}</p>' for width in (3.2, 3.6, 4, 5.2, 5.4, 5.7))
        + '<p><a class="citation-url" href="https://example.org/kazakhstan">https://example.org/kazakhstan</a></p>'
    )
    document = assemble([PdfSection("p/", "P", html)], PdfMetadata("T"), stylesheet, hyphenation)
    render_pdf(document.replace("PAGE_SIZE", "A5"), str(tmp_path / "t.pdf"), str(tmp_path))
    written = {
        word
        for word in line_end_breaks(tmp_path / "t.pdf")
        if word.replace("-", "").casefold() in ("kazakhstan", "xinjiang")  # not a running head after it
    }
    breaks = {word.casefold() for word in written}
    if not hyphenation:
        # The dictionary's own break, which the option is for, in the word written in lower
        # case; as a name, capitalised, it is never broken (`pdf_proper_names`).
        assert breaks == {"kaza-khstan"} and written == {"kaza-khstan"}, written
        return
    assert breaks and breaks <= {"ka-zakhstan", "kazakh-stan"}, breaks
    assert "\u00ad" not in BeautifulSoup(document, "html.parser").select_one("a.citation-url").get_text()
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "t.pdf").pages)
    assert "\u00ad" not in text  # an unbroken soft hyphen is not copied


def test_a_proper_name_is_never_hyphenated_and_other_words_still_are(tmp_path):
    # House style: "Pey-rouse" and "Uzbek-istan" ended lines. A capitalised word that does
    # not open a sentence is a name, here or in a note, and so is the same word opening one.
    from explainer.pdf_render import render_pdf

    stylesheet = (PROJECT / "hooks/explainer/templates/explainer/pdf.css").read_text(encoding="utf-8")
    sentences = (
        "Uzbekistan signed it. The government of Uzbekistan and the researchers of Tashkent answered. "
        "Nevertheless, cooperation continued. "
    )
    note = '<sup class="note-call" id="note-ref-1"><a href="#note-1">1</a></sup>'
    notes = '<div class="explainer-notes"><ol><li id="note-1"><p>Interviewed by Peyrouse.</p></li></ol></div>'
    html = (
        f"<p>Peyrouse writes.{note}</p>"
        + "".join(f'<p style="width: {width}em">{sentences * 12} Peyrouse writes.</p>' for width in (4.2, 5, 5.6, 6.4))
        + notes
    )
    document = assemble([PdfSection("p/", "P", html)], PdfMetadata("T"), stylesheet)
    render_pdf(document.replace("PAGE_SIZE", "A5"), str(tmp_path / "t.pdf"), str(tmp_path))
    breaks = line_end_breaks(tmp_path / "t.pdf")
    names = [word for word in breaks if word.replace("-", "") in ("Peyrouse", "Uzbekistan", "Tashkent")]
    assert not names, names
    # Other words break as before, and so does one that opens a sentence and is no name.
    words = {word.replace("-", "") for word in breaks}
    assert {"government", "researchers", "Nevertheless"} <= words, breaks


def test_no_proper_name_is_hyphenated_in_the_article_s_pdf(page_texts):
    # "Uzbek-istan", "Bei-jing", "Kassen-ova", "Cen-tral" (Asia) ended lines. A capitalised
    # word may break where it opens a sentence and is written nowhere else in the middle of
    # one ("socdem. Par-tiyu"), and the names the article lists break where it says. A note's
    # call after a sentence's end is no word of it: "Observation.32 In-" / "stead" may break.
    text = re.sub(r"(?<=[^\W\d_][.!?:\u201d])\d{1,3}(?= [A-Z])", "", "\n".join(page_texts))
    # The capitalised words after a space that no sentence's end or quotation mark stands before.
    names = set(re.findall(r"(?<![.!?:\n\u201c\u2018] )(?<= )([A-Z][^\W\d_]+)", text))
    broken = []
    for before, head, tail in re.findall(r"(.{0,2})" + WORD_START + r"([A-Z][^\W\d_]*)-\n([a-z]+)", text):
        if (head + tail).casefold() in LISTED_BREAKS or f"{head}-{tail}".casefold() in compounds():
            continue  # the editors' breaks (pdf_hyphenation), or a compound's own hyphen ("Western-centric")
        if head + tail in names or not re.fullmatch(r"[.!?:] ", before):
            broken.append(f"{head}-{tail}")
    assert not broken, broken


BUILD_AND_LIST_PDF_LIBRARIES = """
import json, sys
from mkdocs.commands.build import build
from mkdocs.config import load_config

config = load_config(config_file="mkdocs.yml", site_dir=sys.argv[1])
config.plugins.on_startup(command="build", dirty=False)
build(config)
print(json.dumps(sorted(name for name in ("bs4", "weasyprint", "pypdf") if name in sys.modules)))
"""


def test_a_build_without_the_pdf_loads_none_of_the_pdf_s_libraries(tmp_path):
    # Each would add its import time and memory to every build and `serve` rebuild.
    loaded = run_in_one_process(BUILD_AND_LIST_PDF_LIBRARIES, copy_project(tmp_path / "project"), str(tmp_path / "s"))
    assert loaded == []


def test_a_note_call_can_be_clicked(pdf, page_texts):
    # The call's line-height was 0, and so was the height of its link annotation: a PDF
    # reader found nothing to click on any of the article's or the glossary's calls.
    calls = [
        [float(value) for value in annotation["/Rect"]]
        for page in pdf.pages
        for annotation in (link.get_object() for link in page.get("/Annots") or [])
        if re.search(r"--note-\d+$", str(annotation.get("/Dest", "")))
    ]
    assert len(calls) > 200
    # The number is 6.5 points high: its area covers it.
    assert not [rectangle for rectangle in calls if abs(rectangle[3] - rectangle[1]) < 6.5]


def test_a_title_that_opens_a_page_has_no_running_head_above_it_and_a_page_that_goes_on_has_one(pdf, page_texts):
    # A glossary entry that a page's end put at the top of the next page had its own title
    # as the running head just above it (pages 29, 30, 45 and 51 of the article's PDF).
    def lines(page: int) -> list[str]:
        return [line.strip() for line in page_texts[page - 1].splitlines() if line.strip()]

    def bookmarks(outline):
        for item in outline:
            yield from bookmarks(item) if isinstance(item, list) else [squeeze(item.title)]

    titles = set(bookmarks(pdf.outline))
    # The running head is read after the page's text, just before its number.
    repeated = [page for page in range(3, len(page_texts) + 1) if squeeze(lines(page)[0]) == squeeze(lines(page)[-2])]
    assert not repeated
    glossary = range(destination_page(pdf, "appendix") + 1, len(page_texts) + 1)
    opened = [page for page in glossary if squeeze(lines(page)[0]) in titles]
    going_on = [page for page in glossary if page not in opened]
    assert opened and len(going_on) > 20
    # Each page where an entry goes on is headed with an entry's title.
    assert not [(page, lines(page)[-2]) for page in going_on if squeeze(lines(page)[-2]) not in titles]


def test_a_part_whose_title_is_a_page_s_opens_as_the_other_parts_do(pdf):
    # Part 2 of the article is a page of its own (part-2/index.md, with its text), part 1 a
    # section of the nav without one: part 2's title was set as a section's, 15 points at
    # the top of the page and in roman in the contents, part 1's as a part's, 17 points
    # 30 mm lower and in bold.
    def runs(page: int) -> list[tuple[str, float, float, str]]:
        found: list[tuple[str, float, float, str]] = []

        def visit(text, cm, tm, font, size):
            if text.strip():
                font_name = str(font.get("/BaseFont", "")) if font else ""
                found.append((text.strip(), round(size * tm[3] * cm[3], 1), round(tm[5] * cm[3] + cm[5], 1), font_name))

        pdf.pages[page - 1].extract_text(visitor_text=visit)
        return found

    def title(opening: str) -> tuple[float, float]:
        page = destination_page(pdf, opening)
        _, size, baseline, _ = next(run for run in runs(page) if run[0][:1] in "12" and "Chinese" in run[0])
        return size, baseline

    assert title("part-2") == title("part-1-western-values--part")
    contents = runs(2)

    def weight(words: str) -> str:
        return "Bold" if "Bold" in next(font for text, _, _, font in contents if text.startswith(words)) else "Regular"

    assert weight("1 Chinese Strategies") == weight("2 Chinese Efforts") == "Bold"
    assert weight("2.1 Selling") == "Regular"


def test_a_span_of_dates_ends_no_line_on_its_dash_in_the_timeline_or_a_place_s_events(tmp_path):
    # pdf.css kept a date's month with its day, but not a span's two dates together, as the
    # site does: where a span met a line's end, a line ended "January 11, 2019–" and the
    # next began "February 5, 2020", which read as two dates.
    from jinja2 import Environment
    from test_timeline_site import site_files

    from explainer.config import load_config
    from explainer.glossary_pages import events_concerning
    from explainer.pdf_render import render_pdf
    from explainer.pdf_settings import pdf_stylesheet
    from explainer.site_pages import with_engine_templates
    from explainer.timeline import parse_timeline
    from explainer.timeline_page import timeline_html

    # Spans of every month, some too long for a line of an A6 page, and some within a month.
    spans = [
        (f"2019-{first:02d}-{first + 10}", f"2020-{last:02d}-{last + 3:02d}")
        for first in range(1, 13)
        for last in (2, 9, 11, 12)
    ] + [(f"2021-{month:02d}-03", f"2021-{month:02d}-09") for month in range(1, 13)]
    events = parse_timeline(
        "".join(
            f'- date: "{first}/{last}"\n  event: Elections were held.\n  countries: [Kyrgyzstan]\n'
            "  page: part-1/dams.md\n  quote: signed the treaty\n"
            for first, last in spans
        ),
        "docs/timeline.yml",
    )
    options = load_config({"explainer": {}}, "mkdocs.yml")
    env = with_engine_templates(Environment())
    timeline = timeline_html(
        events, site_files(tmp_path), {"part-1/dams.md": {"signed the treaty": "p1"}}, "timeline/", options, env
    )
    place = env.get_template("explainer/glossary-entry.html").render(
        uses=[],
        related=[],
        notes=[],
        events=events_concerning("Kyrgyzstan", events, "timeline/", "glossary/kyrgyzstan/", "en"),
        uses_title="Where it appears",
        related_title="Related",
        words=options.words,
    )
    sections = [
        PdfSection("timeline/", "Timeline", f"<h1>Timeline</h1>{timeline}", kind="back"),
        PdfSection("glossary/kyrgyzstan/", "Kyrgyzstan", f"<h1>Kyrgyzstan</h1>{place}", kind="back"),
    ]
    render_pdf(assemble(sections, PdfMetadata("T"), pdf_stylesheet("A6")), str(tmp_path / "t.pdf"), str(tmp_path))
    lines = [line.strip() for page in PdfReader(tmp_path / "t.pdf").pages for line in page.extract_text().splitlines()]
    shown = [event.display_date("en") for event in events]
    assert "January 11, 2019–February 5, 2020" in shown and "May 3–9, 2021" in shown  # the dates as written
    # Every span is printed twice; those too long for a line wrap, inside one of their dates.
    assert sum(line.count("–") for line in lines) == 2 * len(spans)
    wrapped = [date for date in shown if sum(date in line for line in lines) < 2]
    assert len(wrapped) > 10
    assert [line for line in lines if line.endswith("–")] == []
    # A date on two lines is set left, as the event's text is: justified, its words stood apart.
    assert [line for line in lines if "  " in line] == []
