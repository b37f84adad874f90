"""On a phone, a note never ends a line on a name's initial with the name on the next ("P."
then "Durand"), a name kept so never runs off the screen, and a copied note reads as written."""

from __future__ import annotations

import pytest
from browsing import serve
from playwright.sync_api import Browser
from project import run_build
from test_citing import copy_between
from test_dates_on_a_line import TEXT_AND_TOP, on_a_small_phone
from test_large_text import phone_page
from test_new_article import new_article

#: Sources by one author, each cited once after words of growing length: in some note the
#: initial stands at a line's end on a 320 px phone.
SOURCES = range(24)
#: Names of the longest kept on one line (24 characters), and longer, left free.
LONG_NAMES = {"long": "Wolfeschlegelstein, Jean-Pierre", "longer": "Wolfeschlegelsteinhausenbergerdorff, Hubert"}
INITIAL_AND_NAME_TOPS = (
    "() => {"
    + TEXT_AND_TOP
    + """
    return [...document.querySelectorAll('.explainer-notes li')].flatMap(note => {
        const [text, top] = textAndTop(note);
        const first = note.getBoundingClientRect().top;
        return [...text.matchAll(/P\\. Durand/g)]
            .map(at => [note.id, top(at.index) - first, top(at.index + 3) - first]);
    });
}"""
)


@pytest.fixture(scope="module")
def named_site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("named") / "rivers"
    written = new_article(folder, "--title", "Rivers", "--author", "Ana Exemplar")
    assert written.returncode == 0, written.stderr
    sources = "".join(
        f"@book{{durand{count},\n  author = {{Durand, Pierre}},\n  title = {{Rivers {count}}},\n"
        "  date = {2020},\n}\n"
        for count in SOURCES
    )
    sources += "".join(
        f"@book{{{key},\n  author = {{{name}}},\n  title = {{Rivers}},\n  date = {{2020}},\n}}\n"
        for key, name in LONG_NAMES.items()
    )
    bib = folder / "bib" / "article.bib"
    bib.write_text(bib.read_text(encoding="utf-8") + sources, encoding="utf-8")
    calls = " ".join(f"Claim.[Compare {'rivers ' * count}and @durand{count}]" for count in SOURCES)
    calls += " ".join(f" Claim.[Compare the rivers of @{key}]" for key in LONG_NAMES)
    section = folder / "docs" / "introduction.md"
    section.write_text(section.read_text(encoding="utf-8") + f"\n{calls}\n", encoding="utf-8")
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output
    return build


def test_on_a_phone_no_note_ends_a_line_on_a_name_s_initial(browser: Browser, named_site):
    with on_a_small_phone(browser, named_site, "introduction/") as page:
        tops = page.evaluate(INITIAL_AND_NAME_TOPS)
        assert len(tops) == len(SOURCES)
        # The notes wrap, the initial further down each: on some line it would stand at the end.
        assert len({initial_top for _note, initial_top, _name_top in tops}) >= 3
        assert [note for note, initial_top, name_top in tops if initial_top != name_top] == []


@pytest.mark.parametrize("text_size", [16, 24, 32])
def test_on_a_phone_a_long_name_kept_on_one_line_does_not_run_off_the_screen(browser: Browser, named_site, text_size):
    # A reader who set the text larger (test_large_text): at 200%, "J.-P. Wolfeschlegelstein"
    # kept on one line took 292 px of a note's 256.
    server, base_url = serve(named_site.site)
    try:
        with phone_page(browser, 320, text_size) as page:
            page.goto(base_url + "introduction/")
            long_name = page.locator(".explainer-notes span.explainer-name", has_text="J.-P. Wolfeschlegelstein")
            assert long_name.count() == 1  # marked: the longest that is
            assert page.evaluate("document.documentElement.scrollWidth") <= 320
            # No word of a note runs past the note's right edge: the longest name kept, nor the longer one left free.
            overflowing = page.evaluate(
                """() => [...document.querySelectorAll('.explainer-notes li p')].flatMap(paragraph => {
                    const edge = paragraph.getBoundingClientRect().right, words = [];
                    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
                    while (walker.nextNode()) {
                        const range = document.createRange();
                        range.selectNodeContents(walker.currentNode);
                        if ([...range.getClientRects()].some(line => line.right > edge + 0.5)) {
                            words.push(walker.currentNode.data);
                        }
                    }
                    return words;
                })"""
            )
            assert overflowing == []
    finally:
        server.shutdown()


def test_a_copied_note_reads_as_written(browser: Browser, named_site):
    server, base_url = serve(named_site.site)
    context = browser.new_context(
        permissions=["clipboard-read", "clipboard-write"], viewport={"width": 320, "height": 640}
    )
    try:
        page = context.new_page()
        page.goto(base_url + "introduction/")
        note = page.locator(".explainer-notes li", has_text="Rivers 12,").get_attribute("id")
        text, _html = copy_between(page, f"#{note} p", f"#{note} p")
        assert text.strip() == f"Compare {'rivers ' * 12}and P. Durand, Rivers 12, 2020."
    finally:
        context.close()
        server.shutdown()
