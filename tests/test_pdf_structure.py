"""The PDF's tagged structure, read as a screen reader reads it: links, headings, notes."""

from __future__ import annotations

import itertools
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, ContentStream, DictionaryObject, IndirectObject

PDF_NAME = "peyrouse-china-central-asia.pdf"


@pytest.fixture(scope="module")
def pdf(site) -> PdfReader:
    return PdfReader(site.site / PDF_NAME)


@dataclass(frozen=True)
class Element:
    """A structure element: its type, its page (0-based), what it holds directly, its ancestors' types."""

    tag: str
    page: int | None
    kids: tuple
    ancestors: tuple[str, ...]
    node: DictionaryObject


def _kids(node: DictionaryObject) -> list:
    kids = node.get("/K")
    if kids is None:
        return []
    kids = kids.get_object()
    return [
        kid.get_object() if isinstance(kid, IndirectObject) else kid
        for kid in (kids if isinstance(kids, ArrayObject) else [kids])
    ]


def structure(pdf: PdfReader) -> Iterator[Element]:
    """Every structure element of the PDF, in reading order."""
    pages = {page.indirect_reference.idnum: index for index, page in enumerate(pdf.pages)}

    def walk(node: DictionaryObject, page: int | None, ancestors: tuple[str, ...]) -> Iterator[Element]:
        if "/Pg" in node:
            page = pages[node.raw_get("/Pg").idnum]
        kids = _kids(node)
        tag = str(node.get("/S", ""))
        if tag:
            yield Element(tag, page, tuple(kids), ancestors, node)
        for kid in kids:
            if isinstance(kid, DictionaryObject) and kid.get("/Type") not in ("/MCR", "/OBJR"):
                yield from walk(kid, page, (*ancestors, tag) if tag else ancestors)

    yield from walk(pdf.trailer["/Root"]["/StructTreeRoot"].get_object(), None, ())


def marked_content_with_text(pdf: PdfReader, page: int) -> set[int]:
    """The marked-content ids of ``page`` under which some glyph is shown."""
    with_text: set[int] = set()
    open_ids: list[int | None] = []
    for operands, operator in ContentStream(pdf.pages[page].get_contents(), pdf).operations:
        if operator == b"BDC":
            properties = operands[1]
            open_ids.append(
                int(properties["/MCID"]) if isinstance(properties, DictionaryObject) and "/MCID" in properties else None
            )
        elif operator == b"BMC":
            open_ids.append(None)
        elif operator == b"EMC":
            open_ids.pop()
        elif operator in (b"Tj", b"TJ", b"'", b'"'):
            shown = operands[-1]
            glyphs = (
                sum(len(part) for part in shown if isinstance(part, (bytes, str)))
                if isinstance(shown, ArrayObject)
                else len(shown)
            )
            current = next((mcid for mcid in reversed(open_ids) if mcid is not None), None)
            if glyphs and current is not None:
                with_text.add(current)
    return with_text


def test_every_link_is_tagged_once_with_its_text_and_its_annotation(pdf):
    # A box inside a link (a title in italics in a reference, the contents' leader and page
    # number) was given the link again by WeasyPrint: 225 annotations lay on another of the
    # same link, each tagged outside any Link (in a NonStruct), or as a Link inside a Link;
    # and the two references whose whole link is a title in italics were Links that held
    # no text of their own.
    elements = list(structure(pdf))
    links = [element for element in elements if element.tag == "/Link"]
    assert len(links) > 1800
    lined = 0
    texts = {page: marked_content_with_text(pdf, page) for page in {link.page for link in links}}
    for link in links:
        page = link.page
        own_text = [kid for kid in link.kids if isinstance(kid, int) and kid in texts[page]]
        annotations = [
            kid["/Obj"].get_object()
            for kid in link.kids
            if isinstance(kid, DictionaryObject) and kid.get("/Type") == "/OBJR"
        ]
        where = (page + 1, [kid for kid in link.kids if not isinstance(kid, DictionaryObject)])
        assert own_text, where
        # A link that lines part (a contents entry, a title in the notes) is one link, with
        # an annotation a line, each of its own area.
        assert annotations, where
        lined += len(annotations) > 1 and "/TOCI" not in link.ancestors
        rectangles = [tuple(float(value) for value in annotation["/Rect"]) for annotation in annotations]
        assert len(set(rectangles)) == len(rectangles), where
        for left, bottom, right, top in rectangles:
            assert right > left and top != bottom, where
        assert "/Link" not in link.ancestors, where
    assert lined > 50  # the article's, the notes' and the glossary's links that lines part
    # Every link annotation is a Link element's: none is tagged as anything else.
    tagged_in = {
        kid.raw_get("/Obj").idnum: element.tag
        for element in elements
        for kid in element.kids
        if isinstance(kid, DictionaryObject) and kid.get("/Type") == "/OBJR"
    }
    annotations = [
        reference.idnum
        for page in pdf.pages
        for reference in page.get("/Annots") or []
        if reference.get_object().get("/Subtype") == "/Link"
    ]
    assert len(annotations) == len(tagged_in)
    assert {tagged_in.get(annotation) for annotation in annotations} == {"/Link"}


def test_headings_nest_as_the_bookmarks_do_and_skip_no_level(pdf):
    # Every page's title was an H1, as on the site: a screen reader found the sections of a
    # part (1.1, 2.3) and the glossary's entries at the level of the part and of "Glossary",
    # where the bookmarks nest them one level down.
    headings = [
        (int(element.tag[2]), element.page)
        for element in structure(pdf)
        if element.tag[:2] == "/H" and len(element.tag) == 3
    ]
    assert headings[0][0] == 1
    skipped = [(before, after) for before, after in itertools.pairwise(headings) if after[0] > before[0] + 1]
    assert not skipped

    def bookmarks(outline, depth=1):
        for item in outline:
            if isinstance(item, list):
                yield from bookmarks(item, depth + 1)
            else:
                yield depth, pdf.get_destination_page_number(item)

    # Each bookmark is a heading of its level, on its page, in the same order.
    remaining = iter(headings)
    missing = [bookmark for bookmark in bookmarks(pdf.outline) if bookmark not in remaining]
    assert not missing
    assert {level for level, _ in headings} >= {1, 2, 3}


def test_every_footnote_is_a_note_named_by_its_id(pdf):
    # WeasyPrint tags a footnote by its element, a span: a screen reader read each of the
    # article's 60 notes as a Span, one more run of text at the foot of the page.
    elements = list(structure(pdf))
    notes = [element for element in elements if element.tag == "/Note"]
    backs = [
        element
        for element in elements
        if element.tag == "/Link" and "--note-ref-" in str(_annotation(element).get("/Dest", ""))
    ]
    # Every note's number links back to its call, and every such link is a note's.
    assert len(notes) == len(backs) >= 60
    assert {back.node.raw_get("/P").idnum for back in backs} == {note.node.indirect_reference.idnum for note in notes}
    # PDF/UA asks each note for an ID, found in the structure's ID tree.
    ids = [str(note.node["/ID"]) for note in notes]
    assert len(set(ids)) == len(ids)
    assert "part-1-western-values--note-4" in ids
    listed = pdf.trailer["/Root"]["/StructTreeRoot"]["/IDTree"]["/Names"]
    named = dict(zip(map(str, listed[::2]), (reference.idnum for reference in listed[1::2]), strict=True))
    assert {named[str(note.node["/ID"])] for note in notes} == {note.node.indirect_reference.idnum for note in notes}


def _annotation(element: Element) -> DictionaryObject:
    """The annotation a Link element holds."""
    return next(
        kid["/Obj"].get_object()
        for kid in element.kids
        if isinstance(kid, DictionaryObject) and kid.get("/Type") == "/OBJR"
    )


def shown_text(pdf: PdfReader, page: int) -> Iterator[tuple[bool, int | None]]:
    """For each operator of ``page`` that shows glyphs: whether it is inside an artifact,
    and the marked-content id it is shown under (None if none)."""
    open_marks: list[tuple[str, int | None]] = []
    for operands, operator in ContentStream(pdf.pages[page].get_contents(), pdf).operations:
        if operator == b"BDC":
            properties = operands[1]
            mcid = properties.get("/MCID") if isinstance(properties, DictionaryObject) else None
            open_marks.append((str(operands[0]), None if mcid is None else int(mcid)))
        elif operator == b"BMC":
            open_marks.append((str(operands[0]), None))
        elif operator == b"EMC":
            open_marks.pop()
        elif operator in (b"Tj", b"TJ", b"'", b'"'):
            artifact = any(tag == "/Artifact" for tag, _ in open_marks)
            yield artifact, next((mcid for _, mcid in reversed(open_marks) if mcid is not None), None)


def test_running_heads_and_page_numbers_are_artifacts_and_all_other_text_is_in_the_structure(pdf):
    # WeasyPrint tags the pages' margins as text under elements it leaves out of the
    # structure: neither structure nor artifact, which a reader that reads the page's
    # content read between two halves of a sentence ("1.1 The Chinese Approach… 5").
    in_structure = {(element.page, kid) for element in structure(pdf) for kid in element.kids if isinstance(kid, int)}
    pages_with_artifact_text = 0
    for page in range(len(pdf.pages)):
        shown = list(shown_text(pdf, page))
        assert all(artifact or (page, mcid) in in_structure for artifact, mcid in shown), page + 1
        pages_with_artifact_text += any(artifact for artifact, _ in shown)
    # Every page but the title page has its number, at least.
    assert pages_with_artifact_text == len(pdf.pages) - 1
    # And the page's own text is no artifact: a page in a section reads as it did.
    text = " ".join(pdf.pages[4].extract_text().split())  # on A5 paper, the title takes two lines
    assert "1.1 The Chinese Approach to Western Values in Asia and Beyond" in text


def test_the_contents_is_a_table_of_contents_of_its_entries(pdf):
    # The contents was tagged a list (L, LI, LBody) like any other: a screen reader did
    # not offer it as the table of contents.
    elements = list(structure(pdf))
    tocs = [element for element in elements if element.tag == "/TOC"]
    assert tocs and {toc.page for toc in tocs} == {1}
    entries = [element for element in elements if element.tag == "/TOCI"]
    assert len(entries) == 13  # the parts, the sections, the back matter and the glossary
    for entry in entries:
        (reference,) = entry.kids
        assert reference["/S"] == "/Reference"
        assert [kid["/S"] for kid in _kids(reference)] == ["/Link"]
    # Every link on the contents page is an entry's, and no list is left there.
    on_contents = [element for element in elements if element.page == 1]
    assert sum(element.tag == "/Link" for element in on_contents) == len(entries)
    assert not [element for element in on_contents if element.tag in ("/L", "/LI", "/LBody")]
    # An entry whose title runs onto a second line (the conclusion's heading) is one link,
    # which holds the annotation of each line, one below the other: a screen reader
    # announced two links, the second "in Central Asia 13".
    annotations = {
        len(lines): [float(line["/Obj"]["/Rect"][1]) for line in lines]
        for entry in entries
        for link in _kids(entry.kids[0])
        if (lines := [kid for kid in _kids(link) if isinstance(kid, DictionaryObject) and kid.get("/Type") == "/OBJR"])
    }
    assert sorted(annotations) == [1, 2]
    assert annotations[2][0] > annotations[2][1]


def test_each_link_is_described_by_its_name_not_its_target(pdf):
    # A link's annotation is described (Contents, the alternate description PDF/UA reads)
    # by what the reader sees or hears on the site: WeasyPrint gave its target, an anchor's
    # id for a link inside the PDF ("part-1-western-values--note-4" for "Note 4").
    described = {}
    for page in pdf.pages:
        for reference in page.get("/Annots") or []:
            annotation = reference.get_object()
            if annotation.get("/Subtype") == "/Link":
                target = annotation.get("/Dest") or annotation["/A"]["/URI"]
                described.setdefault(str(target), set()).add(str(annotation["/Contents"]))
    assert "Note 4" in described["part-1-western-values--note-4"]
    assert described["glossary-china"] >= {"China"}
    assert described["part-1-western-values--note-ref-4"] == {"4."}
    inside = {target for target in described if not target.startswith("http")}
    assert not [target for target in inside if target in described[target]]
    # An address's link says the address, without the marks where its lines may break.
    url = "https://www.fmprc.gov.cn/web/wjzbzhd/t1798203.shtml"
    assert described[url] == {url}


def marked_content_text(pdf: PdfReader, page: int) -> dict[int, str]:
    """The text shown under each marked-content id of ``page``, as a reader extracts it."""
    texts: dict[int, str] = {}
    open_ids: list[int | None] = []

    def operator(operator: bytes, operands: list, cm: list, tm: list) -> None:
        if operator == b"BDC":
            properties = operands[1]
            mcid = properties.get("/MCID") if isinstance(properties, DictionaryObject) else None
            open_ids.append(None if mcid is None else int(mcid))  # an artifact has none
        elif operator == b"BMC":
            open_ids.append(None)
        elif operator == b"EMC":
            open_ids.pop()

    def text(shown: str, *_: object) -> None:
        if (current := next((mcid for mcid in reversed(open_ids) if mcid is not None), None)) is not None:
            texts[current] = texts.get(current, "") + shown

    pdf.pages[page].extract_text(visitor_operand_before=operator, visitor_text=text)
    return texts


def text_by_language(pdf: PdfReader) -> dict[str, str]:
    """Each ``Lang`` that a structure element declares, with the text its elements hold (in order)."""
    texts = {page: marked_content_text(pdf, page) for page in range(len(pdf.pages))}

    def held(node: DictionaryObject, page: int) -> Iterator[str]:
        for kid in _kids(node):
            if isinstance(kid, int):
                yield texts[page].get(kid, "")
            elif isinstance(kid, DictionaryObject) and kid.get("/Type") not in ("/OBJR",):
                yield from held(kid, page)

    found: dict[str, str] = {}
    for element in structure(pdf):
        if "/Lang" in element.node:
            language = str(element.node["/Lang"])
            found[language] = found.get(language, "") + "".join(held(element.node, element.page))
    return {language: " ".join(text.split()) for language, text in found.items()}


def test_a_title_in_another_language_is_tagged_with_its_language(tmp_path_factory):
    # A source's title in Russian (langid = {russian}) is marked lang="ru" on the site; in the
    # PDF only the document's language was declared (/Lang en), and a screen reader read the
    # Russian words as English ones. Its structure element now declares its own.
    from project import run_build
    from test_other_scripts import write_article

    source = (
        "\n@book{gumilev1989steppe,\n  author = {Gumilev, Lev},\n  title = {Древняя Русь и Великая степь},\n"
        "  location = {Moscow},\n  publisher = {Mysl},\n  date = {1989},\n  langid = {russian},\n}\n"
    )
    folder = write_article(
        tmp_path_factory, "languages", "The steppe, as Gumilev wrote.[@gumilev1989steppe]", entries=False
    )
    with (folder / "bib" / "article.bib").open("a", encoding="utf-8") as bib:
        bib.write(source)
    build = run_build(folder, folder / "site", pdf=True)
    assert build.returncode == 0, build.output
    pdf = PdfReader(next((folder / "site").glob("*.pdf")))
    assert pdf.trailer["/Root"]["/Lang"] == "en"
    languages = text_by_language(pdf)
    # The note's title and the bibliography's, each the Russian words alone.
    assert languages == {"ru": " ".join(["Древняя Русь и Великая степь"] * 2)}, languages


def test_a_passage_s_language_is_tagged_as_its_line_ends_break_it(tmp_path):
    # In a French article, an English title is set (and broken at line ends) as American
    # English ("en-US", pdf_document): the PDF declares it so, on each of its lines' boxes.
    from pathlib import Path

    from explainer.pdf_document import PdfMetadata, PdfSection, assemble
    from explainer.pdf_render import render_pdf

    stylesheet = (Path(__file__).parents[1] / "hooks/explainer/templates/explainer/pdf.css").read_text(encoding="utf-8")
    html = (
        '<p>Un titre anglais : <em><span lang="en">The Steppe and the Silk Road</span></em>, '
        'et un mot russe, <span lang="ru">Степь</span>, dans le texte.</p>'
    )
    document = assemble([PdfSection("p/", "P", html)], PdfMetadata("T", language="fr"), stylesheet)
    render_pdf(document.replace("PAGE_SIZE", "A6"), str(tmp_path / "t.pdf"), str(tmp_path))
    pdf = PdfReader(tmp_path / "t.pdf")
    assert pdf.trailer["/Root"]["/Lang"] == "fr"  # the French text declares no other
    assert text_by_language(pdf) == {"en-US": "The Steppe and the Silk Road", "ru": "Степь"}


def test_a_weasyprint_that_tags_otherwise_writes_the_pdf_without_the_passages_languages(tmp_path, monkeypatch, caplog):
    # The languages are given through WeasyPrint 70's tagging internals: with another
    # tagging, the PDF is written as WeasyPrint tags it, and one line says what it lacks.
    import weasyprint
    from weasyprint.pdf import tags

    from explainer.pdf_document import PdfMetadata, PdfSection, assemble
    from explainer.pdf_render import render_pdf

    build = tags._build_box_tree

    def _build_box_tree(node, parent, pdf, *rest):  # as a WeasyPrint that names its arguments otherwise
        yield from build(node, parent, pdf, *rest)

    monkeypatch.setattr(tags, "_build_box_tree", _build_box_tree)
    html = '<p>Un mot russe, <span lang="ru">Степь</span>, dans le texte.</p>'
    document = assemble([PdfSection("p/", "P", html)], PdfMetadata("T", language="fr"), "@page { size: A6 }")
    with caplog.at_level("INFO", logger="mkdocs.plugins.explainer"):
        assert render_pdf(document, str(tmp_path / "t.pdf"), str(tmp_path), strict=True)
    pdf = PdfReader(tmp_path / "t.pdf")
    assert text_by_language(pdf) == {}
    said = [
        (record.levelname, record.getMessage()) for record in caplog.records if "other languages" in record.getMessage()
    ]
    assert said == [
        (
            "INFO",
            f"PDF: WeasyPrint {weasyprint.__version__} is not the version passages in other languages are "
            "tagged for (requirements.txt): its _build_box_tree takes (node, parent, pdf, rest). "
            "The PDF declares the document's language alone",
        )
    ]


def _page_numbers(pdf: PdfReader) -> dict[int, int]:
    """Each page's object number, to its index."""
    return {page.indirect_reference.idnum: index for index, page in enumerate(pdf.pages)}


def held_content(pdf: PdfReader, node: DictionaryObject) -> list[tuple[int, int]]:
    """The marked content ``node`` and its descendants hold, in reading order, as (page, MCID)."""
    pages = _page_numbers(pdf)

    def held(node: DictionaryObject, page: int) -> Iterator[tuple[int, int]]:
        for kid in _kids(node):
            if isinstance(kid, int):
                yield page, kid
            elif kid.get("/Type") == "/MCR":
                yield pages[kid.raw_get("/Pg").idnum], int(kid["/MCID"])
            elif kid.get("/Type") != "/OBJR":
                yield from held(kid, pages[kid.raw_get("/Pg").idnum])

    return list(held(node, pages[node.raw_get("/Pg").idnum]))


def element_text(pdf: PdfReader, node: DictionaryObject) -> str:
    """The text of ``node``, as a screen reader that follows the structure reads it, without
    its spaces (the space that ends a line is not in the page's text)."""
    texts: dict[int, dict[int, str]] = {}
    for page, _ in held_content(pdf, node):
        if page not in texts:
            texts[page] = marked_content_text(pdf, page)
    return "".join("".join(texts[page].get(mcid, "") for page, mcid in held_content(pdf, node)).split())


def _unspaced(text: str) -> str:
    return "".join(text.split())


def parent_tree_mismatches(pdf: PdfReader) -> list[tuple]:
    """Where the parent tree and the structure disagree: a page's marked content (an MCID in
    its content) or an annotation that the parent tree gives no element of the structure, or
    another than the one that holds it; an element whose ``/P`` is not its parent."""
    pages = _page_numbers(pdf)
    holders: dict[tuple[int, int], int] = {}  # (page, MCID): the element that holds it
    annotation_holders: dict[int, int] = {}
    mismatches: list[tuple] = []

    def walk(node: DictionaryObject, page: int, parent: int | None) -> None:
        number = node.indirect_reference.idnum
        if parent is not None and node.raw_get("/P").idnum != parent:
            mismatches.append(("/P", number))
        page = pages[node.raw_get("/Pg").idnum] if "/Pg" in node else page
        for kid in _kids(node):
            if isinstance(kid, int):
                holders[page, kid] = number
            elif kid.get("/Type") == "/MCR":
                holders[pages[kid.raw_get("/Pg").idnum], int(kid["/MCID"])] = number
            elif kid.get("/Type") == "/OBJR":
                annotation_holders[kid.raw_get("/Obj").idnum] = number
            else:
                walk(kid, page, number)

    root = pdf.trailer["/Root"]["/StructTreeRoot"]
    for kid in _kids(root):
        walk(kid, None, None)
    numbers = root["/ParentTree"]["/Nums"]
    tree = dict(zip(numbers[::2], numbers[1::2], strict=True))
    for page in range(len(pdf.pages)):
        listed = tree[page].get_object()
        for operands, operator in ContentStream(pdf.pages[page].get_contents(), pdf).operations:
            properties = operands[1] if operator == b"BDC" else None
            if isinstance(properties, DictionaryObject) and "/MCID" in properties:
                mcid = int(properties["/MCID"])
                holder = listed[mcid] if mcid < len(listed) else None
                if not isinstance(holder, IndirectObject) or holders.get((page, mcid)) != holder.idnum:
                    mismatches.append(("MCID", page + 1, mcid))
    for page in pdf.pages:
        for reference in page.get("/Annots") or []:
            annotation = reference.get_object()
            if "/StructParent" in annotation:
                holder = tree[annotation["/StructParent"]]
                if annotation_holders.get(reference.idnum) != holder.idnum:
                    mismatches.append(("annotation", reference.idnum))
    return mismatches


#: A document whose page breaks part a paragraph, a list, a table and a block link, and
#: fall between two paragraphs; whose lines part two links in a paragraph, one of them in
#: a passage in another language; on A7 paper, a page holds some 15 words or 12 items.
_PARTED = """
<p>{words}</p>
<p style="break-after: page">The page ends after this paragraph.</p>
<p>The next page starts with this one.</p>
<p>Before <a href="https://example.org/lines">a link whose words run on over lines</a> and a passage,
<span lang="fr"><a href="https://example.org/lignes">un lien aux mots sur des lignes</a></span>, after.</p>
<ul>{items}</ul>
<table><thead><tr><th>Heading</th></tr></thead><tbody>{rows}</tbody></table>
<a style="display: block" href="https://example.org/">{link_words}</a>
"""


@pytest.fixture(scope="module")
def parted(tmp_path_factory) -> PdfReader:
    from pathlib import Path

    from explainer.pdf_document import PdfMetadata, PdfSection, assemble
    from explainer.pdf_render import render_pdf

    folder = tmp_path_factory.mktemp("parted")
    stylesheet = (Path(__file__).parents[1] / "hooks/explainer/templates/explainer/pdf.css").read_text(encoding="utf-8")
    html = _PARTED.format(
        words=" ".join(f"word{number}" for number in range(40)),
        items="".join(f"<li>item {number}</li>" for number in range(20)),
        rows="".join(f"<tr><td>row {number}</td></tr>" for number in range(20)),
        link_words=" ".join(f"link{number}" for number in range(40)),
    )
    document = assemble([PdfSection("p/", "Parted", html)], PdfMetadata("T"), stylesheet)
    render_pdf(document.replace("PAGE_SIZE", "A7"), str(folder / "t.pdf"), str(folder))
    return PdfReader(folder / "t.pdf")


def _pages_of(pdf: PdfReader, element: Element) -> list[int]:
    return sorted({page for page, _ in held_content(pdf, element.node)})


def test_a_paragraph_a_page_break_parts_is_one_paragraph_over_both_pages(parted):
    # WeasyPrint tags each page's part of a paragraph as a paragraph of its own: a screen
    # reader announced the paragraph's end mid-sentence at the foot of the page.
    paragraphs = [element for element in structure(parted) if element.tag == "/P"]
    (whole,) = [paragraph for paragraph in paragraphs if "word0word1" in element_text(parted, paragraph.node)]
    assert element_text(parted, whole.node) == "".join(f"word{number}" for number in range(40))
    assert len(_pages_of(parted, whole)) >= 2
    # The section it is in (the page's, after the title page's) is one too, to its end.
    (_title_page, section) = [element for element in structure(parted) if element.tag == "/Sect"]
    assert element_text(parted, section.node).startswith("word0word1")
    assert element_text(parted, section.node).endswith("link38link39")


def test_a_list_a_page_break_parts_is_one_list(parted):
    (listing,) = [element for element in structure(parted) if element.tag == "/L" and "/TOC" not in element.ancestors]
    items = [kid for kid in listing.kids if kid.get("/S") == "/LI"]
    assert [element_text(parted, item) for item in items] == [f"•item{number}" for number in range(20)]
    assert len(_pages_of(parted, listing)) >= 2


def test_two_paragraphs_that_meet_at_a_page_break_stay_two(parted):
    texts = [element_text(parted, element.node) for element in structure(parted) if element.tag == "/P"]
    assert _unspaced("The page ends after this paragraph.") in texts
    assert _unspaced("The next page starts with this one.") in texts


def test_a_table_a_page_break_parts_is_one_table_with_one_header(parted):
    # The header printed again on each page would be a second header of one table.
    (table,) = [element for element in structure(parted) if element.tag == "/Table"]
    assert [kid["/S"] for kid in table.kids] == ["/THead", "/TBody"]
    assert element_text(parted, table.node) == "Heading" + "".join(f"row{number}" for number in range(20))
    assert len(_pages_of(parted, table)) >= 2


def test_a_link_a_page_break_parts_is_one_link_with_its_annotation_on_each_page(parted):
    (link,) = [
        element
        for element in structure(parted)
        if element.tag == "/Link" and element_text(parted, element.node).startswith("link0link1")
    ]
    assert element_text(parted, link.node) == "".join(f"link{number}" for number in range(40))
    pages = _pages_of(parted, link)
    annotations = [kid for kid in link.kids if isinstance(kid, DictionaryObject) and kid.get("/Type") == "/OBJR"]
    assert len(pages) >= 2 and len(annotations) == len(pages)


@pytest.mark.parametrize(
    "words", ["a link whose words run on over lines", "un lien aux mots sur des lignes"], ids=["link", "in-a-passage"]
)
def test_a_link_that_lines_part_is_one_link_with_an_annotation_a_line(parted, words):
    # WeasyPrint tags a link once a line: one whose words run onto the next line was two
    # links to a screen reader, the second announced with the link's last words alone.
    # Each line keeps its annotation, so that the link is clicked on either.
    (link,) = [
        element
        for element in structure(parted)
        if element.tag == "/Link" and element_text(parted, element.node).startswith(_unspaced(words)[:6])
    ]
    assert element_text(parted, link.node) == _unspaced(words)
    pages = _page_numbers(parted)
    # Each annotation's place: its page, and its line on the page, from the top.
    places = [
        (pages[kid.raw_get("/Pg").idnum], -float(kid["/Obj"]["/Rect"][3]))
        for kid in link.kids
        if isinstance(kid, DictionaryObject) and kid.get("/Type") == "/OBJR"
    ]
    assert len(places) >= 2 and places == sorted(set(places))  # one a line, in the lines' order


def test_every_marked_content_and_annotation_is_held_by_the_element_the_parent_tree_says(parted, pdf):
    # Joining the parts of an element moves what they hold: the parent tree, by which a
    # reader finds the element of what is on the page, follows it.
    assert not parent_tree_mismatches(parted)
    assert not parent_tree_mismatches(pdf)


def test_the_article_s_sections_and_paragraphs_are_whole_across_pages(pdf):
    # Each page's part of a section was a section of its own: a screen reader listed
    # some fifty sections that began with no heading, mid-paragraph (49 of 90).
    elements = list(structure(pdf))
    sections = [element for element in elements if element.tag == "/Sect"]
    assert len(sections) > 30
    assert not [section for section in sections if not _kids(section.node)[0]["/S"].startswith("/H")]
    across = [element for element in elements if element.tag == "/P" and len(_pages_of(pdf, element)) > 1]
    assert len(across) > 5


#: A table that runs over three A5 pages, its header row drawn on each; a table that
#: meets it at a page break; a list whose item holds a list that a page break parts; a
#: table with a caption, a footer and a header in each row, over four pages.
_TABLES = """
<table><thead><tr><th>Heading</th><th>Figure</th></tr></thead><tbody>{rows}</tbody></table>
<table style="break-before: page"><thead><tr><th>Heading</th></tr></thead><tbody>{other_rows}</tbody></table>
<ul style="break-before: page"><li>outer0</li><li>outer1<ul>{inner_items}</ul></li><li>outer2</li></ul>
<table style="break-before: page"><caption>Caption</caption>
<thead><tr><th>Year</th><th>Count</th></tr></thead><tbody>{headed_rows}</tbody>
<tfoot><tr><th scope="row">Total</th><td>all</td></tr></tfoot></table>
"""


@pytest.fixture(scope="module")
def tables_file(tmp_path_factory) -> Path:
    from explainer.pdf_document import PdfMetadata, PdfSection, assemble
    from explainer.pdf_render import render_pdf

    folder = tmp_path_factory.mktemp("tables")
    stylesheet = (Path(__file__).parents[1] / "hooks/explainer/templates/explainer/pdf.css").read_text(encoding="utf-8")
    html = _TABLES.format(
        rows="".join(f"<tr><td>row{number}</td><td>value{number}</td></tr>" for number in range(60)),
        other_rows="".join(f"<tr><td>other{number}</td></tr>" for number in range(3)),
        inner_items="".join(f"<li>inner{number}</li>" for number in range(50)),
        headed_rows="".join(
            f'<tr><th scope="row">year{number}</th><td>count{number}</td></tr>' for number in range(70)
        ),
    )
    document = assemble([PdfSection("t/", "Tables", html)], PdfMetadata("T"), stylesheet)
    render_pdf(document.replace("PAGE_SIZE", "A5"), str(folder / "t.pdf"), str(folder))
    return folder / "t.pdf"


@pytest.fixture(scope="module")
def tables(tables_file) -> PdfReader:
    return PdfReader(tables_file)


def _tables(pdf: PdfReader) -> list[Element]:
    return [element for element in structure(pdf) if element.tag == "/Table"]


def _rows(element: Element) -> list[DictionaryObject]:
    return [row for group in element.kids if group["/S"] != "/Caption" for row in _kids(group)]


def test_a_table_over_three_pages_is_one_table_with_its_header_once(tables):
    # WeasyPrint tagged each page's part of a table as a table, each with the header row
    # it draws again: a screen reader met three tables, the header rows inside the data.
    table = _tables(tables)[0]
    assert _pages_of(tables, table) == [2, 3, 4]
    assert [kid["/S"] for kid in table.kids] == ["/THead", "/TBody"]
    rows = _rows(table)
    assert [row["/S"] for row in rows] == ["/TR"] * 61
    assert [element_text(tables, row) for row in rows] == ["HeadingFigure"] + [
        f"row{number}value{number}" for number in range(60)
    ]
    # The header row is drawn on each page still, but the text drawn again is an artifact.
    for page in (2, 3, 4):
        assert "Heading Figure" in tables.pages[page].extract_text()
    document = tables.trailer["/Root"]["/StructTreeRoot"]["/K"][0].get_object()
    held = {content for part in _kids(document) for content in held_content(tables, part)}
    for page in range(len(tables.pages)):
        assert all(artifact or (page, mcid) in held for artifact, mcid in shown_text(tables, page)), page + 1
    assert ["Heading" in "".join(marked_content_text(tables, page).values()) for page in (2, 3, 4)] == [
        True,
        False,
        False,
    ]


def _header_texts(pdf: PdfReader, table: Element) -> dict[str, str]:
    """The ID of each header cell of ``table``, with its text."""
    cells = [element for element in structure(pdf) if element.tag == "/TH" and "/ID" in element.node]
    return {str(cell.node["/ID"]): element_text(pdf, cell.node) for cell in cells if table.node in _ancestors(cell)}


def _ancestors(element: Element) -> list[DictionaryObject]:
    return _ancestors_of(element.node)


def test_each_cell_of_a_table_over_pages_names_its_header_cell_in_the_table(tables):
    # A cell names its column's header by the header cell's ID (WeasyPrint's Headers): on a
    # later page, that of the header drawn again, which is in the structure no longer.
    table = _tables(tables)[0]
    headers = _header_texts(tables, table)
    assert sorted(headers.values()) == ["Figure", "Heading"]
    named = {}
    for row in _rows(table)[1:]:
        for cell in _kids(row):
            named[element_text(tables, cell)] = [headers.get(str(name)) for name in cell["/A"]["/Headers"]]
    assert named == {
        **{f"row{number}": ["Heading"] for number in range(60)},
        **{f"value{number}": ["Figure"] for number in range(60)},
    }


def test_each_header_cell_a_cell_names_is_found_by_the_structure_s_id_tree(tables):
    # A reader finds the element an ID names in the ID tree: the header cells were not in it.
    listed = tables.trailer["/Root"]["/StructTreeRoot"]["/IDTree"]["/Names"]
    named = dict(zip(map(str, listed[::2]), (reference.get_object() for reference in listed[1::2]), strict=True))
    for table in _tables(tables):
        for row in _rows(table):
            for cell in _kids(row):
                for name in cell.get("/A", {}).get("/Headers", []):
                    header = named[str(name)]
                    assert header["/S"] == "/TH" and table.node in _ancestors_of(header), (str(name), header)


def _ancestors_of(node: DictionaryObject) -> list[DictionaryObject]:
    found = []
    while "/P" in node:
        node = node["/P"].get_object()
        found.append(node)
    return found


def test_a_table_with_a_caption_a_footer_and_row_headers_over_pages_is_one_table(tables):
    # WeasyPrint draws the footer, as the header, on each page the table runs onto.
    # Its caption ends a page, its rows start the next: the table avoids a break inside it.
    table = _tables(tables)[2]
    assert len(_pages_of(tables, table)) == 4
    assert [kid["/S"] for kid in table.kids] == ["/Caption", "/THead", "/TBody", "/TFoot"]
    assert [element_text(tables, row) for row in _rows(table)] == [
        "YearCount",
        *[f"year{number}count{number}" for number in range(70)],
        "Totalall",
    ]
    headers = _header_texts(tables, table)
    named = {
        element_text(tables, cell): sorted(headers.get(str(name)) for name in cell["/A"]["/Headers"])
        for row in _rows(table)
        for cell in _kids(row)
        if cell["/S"] == "/TD"
    }
    assert named == {
        **{f"count{number}": ["Count", f"year{number}"] for number in range(70)},
        "all": ["Count", "Total"],
    }


def test_two_tables_that_meet_at_a_page_break_stay_two(tables):
    first, second = _tables(tables)[:2]
    assert _pages_of(tables, first)[-1] + 1 == _pages_of(tables, second)[0]
    assert element_text(tables, second.node) == "Heading" + "".join(f"other{number}" for number in range(3))


def test_a_list_a_page_break_parts_inside_its_item_s_list_is_one_list_holding_one_list(tables):
    # WeasyPrint makes the list an item holds the outer list's child, after the item: a
    # page break in it parted both lists, and the item.
    (outer,) = [element for element in structure(tables) if element.tag == "/L" and "/L" not in element.ancestors]
    (inner,) = [element for element in structure(tables) if element.tag == "/L" and "/L" in element.ancestors]
    assert inner.node.get("/P").get_object() == outer.node
    assert [kid["/S"] for kid in outer.kids] == ["/LI", "/LI", "/L", "/LI"]
    assert [element_text(tables, kid) for kid in outer.kids] == [
        "•outer0",
        "•outer1",
        "".join(f"◦inner{number}" for number in range(50)),
        "•outer2",
    ]
    assert len(_pages_of(tables, inner)) == 2


def test_every_marked_content_of_the_tables_is_held_by_the_element_the_parent_tree_says(tables):
    assert not parent_tree_mismatches(tables)


def test_poppler_reads_the_tables_structure_without_error_and_their_header_once(tables_file):
    """Poppler walks the structure tree as a reader's PDF library would: no error, one header per table."""
    read = subprocess.run(["pdfinfo", "-struct-text", str(tables_file)], capture_output=True, text=True, check=False)
    assert read.returncode == 0 and not read.stderr, read.stderr
    # The 60-row table's second header cell, drawn on each of its three pages.
    assert read.stdout.count('"Figure"') == 1, read.stdout


def test_weasyprint_s_tagging_is_its_own_again_once_the_pdf_is_written(parted):
    from weasyprint.pdf import tags

    assert not hasattr(tags._build_box_tree, "__wrapped__")


def test_a_weasyprint_that_tags_otherwise_writes_an_element_a_page_break_parts_as_it_tags_it(
    tmp_path, monkeypatch, caplog
):
    # What each element is made from is noted through WeasyPrint 70's tagging internals:
    # with another tagging, the PDF is written with the parts as WeasyPrint tags them.
    import weasyprint
    from weasyprint.pdf import tags

    from explainer.pdf_document import PdfMetadata, PdfSection, assemble
    from explainer.pdf_render import render_pdf

    build = tags._build_box_tree

    def _build_box_tree(node, parent, pdf, *rest):  # as a WeasyPrint that names its arguments otherwise
        yield from build(node, parent, pdf, *rest)

    monkeypatch.setattr(tags, "_build_box_tree", _build_box_tree)
    html = "<p>" + " ".join(f"word{number}" for number in range(100)) + "</p>"
    document = assemble([PdfSection("p/", "P", html)], PdfMetadata("T"), "@page { size: A7 }")
    with caplog.at_level("INFO", logger="mkdocs.plugins.explainer"):
        assert render_pdf(document, str(tmp_path / "t.pdf"), str(tmp_path), strict=True)
    pdf = PdfReader(tmp_path / "t.pdf")
    parts = [element for element in structure(pdf) if element.tag == "/P"]
    assert len(parts) >= 2
    assert "".join(element_text(pdf, part.node) for part in parts) == "".join(f"word{number}" for number in range(100))
    assert not parent_tree_mismatches(pdf)
    said = [(record.levelname, record.getMessage()) for record in caplog.records if "page" in record.getMessage()]
    assert said == [
        (
            "INFO",
            f"PDF: WeasyPrint {weasyprint.__version__} is not the version the structure is joined across pages "
            "for (requirements.txt): its _build_box_tree takes (node, parent, pdf, rest). The PDF tags each "
            "page's part of an element that runs onto the next page as an element of its own",
        )
    ]
