"""Forms the journal's printed notes never show, set as Chicago (17th ed.) sets them: an
article with a new field's sources, built as an editor builds it, read as a reader reads it."""

from __future__ import annotations

import json
import re

import pytest
from project import run_build
from test_new_article import new_article
from test_site import content, notes_on
from textforms import html_text

BIB = """
@article{four,
  author       = {Haldane, R. and Ibekwe, S. and Moreau, J. and Tanaka, Y.},
  title        = {Scribes and Seals},
  journaltitle = {Journal of Legal History},
  volume       = {38},
  date         = {2017},
  pages        = {145--172},
}
@incollection{chapter,
  author    = {Lindqvist, E.},
  title     = {Registries},
  editor    = {Marsh, P. and Oduya, K. and Pell, A. and Roe, B.},
  booktitle = {A History of Imperial Law},
  publisher = {Fenwick},
  date      = {2005},
  pages     = {211--240},
}
@book{eleven,
  author    = {A, A. and B, B. and C, C. and D, D. and E, E. and F, F.
               and G, G. and H, H. and I, I. and J, J. and K, K.},
  title     = {Many Hands},
  date      = {2020},
}
@article{archive,
  author       = {Fairweather, G.},
  title        = {The Archive as Courtroom},
  journaltitle = {Law and History Review},
  date         = {2010},
}
@book{paper,
  author    = {Fairweather, G.},
  title     = {Paper Justice},
  date      = {2010},
}
@article{unsigned,
  title        = {The Registry Burns},
  journaltitle = {The Gold Coast Times},
  date         = {1920-03-05},
}
@book{sato,
  author    = {Sato, H.},
  title     = {Ledger and Law},
  date      = {2018},
}
@book{translated,
  editor     = {Okafor, N.},
  translator = {Dubois, M.},
  title      = {Customary Law in Translation},
  location   = {Ibadan},
  publisher  = {Lagoon Press},
  date       = {1999},
}
@article{reading,
  author       = {Voss, H.},
  title        = {Reading \\emph{The Federalist} in Court},
  journaltitle = {Law and History},
  date         = {2011},
}
@online{pravda,
  title        = {Sudy i pisari},
  journaltitle = {Pravo},
  langid       = {russian},
  date         = {2019},
}
@book{ship,
  author    = {Quill, T.},
  title     = {The Wreck of the \\textit{Hesperus}},
  publisher = {Harbour},
  date      = {2004},
}
@article{moby,
  author       = {Ware, L.},
  title        = {On \\emph{Moby-Dick and the \\textit{Pequod}}},
  journaltitle = {Sea Letters},
  date         = {2012},
  pages        = {33--58},
}
@article{kapital,
  author       = {Zeller, K.},
  title        = {Reading {\\em Das {Kapital}} Today},
  journaltitle = {Economy and Letters},
  date         = {2015},
}
"""

PAGE = """# Introduction

A claim.[@four, p. 150] Another.[@chapter, 215] A third.[@eleven] Again.[@four]
A whole chapter.[@chapter] A page again.[@chapter, p. 230]
Two works of one year.[@paper; @archive] The press.[@unsigned] Ledgers.[@sato]
Translated opinions.[@translated, p. 41]
A book's title in an article's.[@reading] A ship's name in a book's.[@ship] Again.[@reading]
In Russian.[@pravda]
A figure of an article.[@moby, fig. 2]
A title in italics with a capital kept in braces.[@kapital]
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("chicago") / "courts"
    written = new_article(folder, "--title", "Courts and Clerks", "--author", "Ana Exemplar")
    assert written.returncode == 0, written.stderr
    (folder / "bib" / "article.bib").write_text(BIB, encoding="utf-8")
    (folder / "docs" / "introduction.md").write_text(PAGE, encoding="utf-8")
    # The example's glossary entry and timeline event belong to the example's page.
    (folder / "docs" / "glossary" / "example-term.md").unlink()
    (folder / "docs" / "timeline.yml").unlink()
    config = folder / "mkdocs.yml"
    kept = [line for line in config.read_text(encoding="utf-8").splitlines() if "glossary/" not in line]
    config.write_text("\n".join(line for line in kept if "timeline.md" not in line) + "\n", encoding="utf-8")
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output
    return build


def bibliography(build) -> dict[str, str]:
    entries = content(build.page("bibliography/")).select("ul.explainer-bibliography > li")
    return {
        entry["id"]: html_text(entry.select_one(".explainer-bibliography__reference"), emphasis=True)
        for entry in entries
    }


def test_a_note_names_the_first_of_four_authors_or_more_and_the_bibliography_up_to_ten(built):
    notes = notes_on(built.page("introduction/"))
    assert notes[1].startswith("R. Haldane et al., “Scribes and Seals,”")
    assert notes[2].startswith("E. Lindqvist, “Registries,” in P. Marsh et al. (eds.), *A History of Imperial Law*")
    assert notes[3] == "A. A et al., *Many Hands*, 2020."
    assert notes[4] == "Haldane et al., “Scribes and Seals.”"
    listed = bibliography(built)
    assert listed["four"].startswith("Haldane, R., S. Ibekwe, J. Moreau, Y. Tanaka, “Scribes and Seals,”")
    # More than ten: the first seven.
    assert listed["eleven"] == "A, A., B. B, C. C, D. D, E. E, F. F, G. G et al., *Many Hands*, 2020."


def test_a_note_citing_a_page_of_an_article_or_chapter_gives_that_page_not_the_range_as_well(built):
    notes = notes_on(built.page("introduction/"))
    assert notes[1] == "R. Haldane et al., “Scribes and Seals,” *Journal of Legal History*, vol. 38, 2017, p. 150."
    assert notes[2].endswith("*A History of Imperial Law*, Fenwick, 2005, p. 215.")
    # The whole chapter, cited again, in short form; the range stays where no page is cited.
    assert notes[5] == "Lindqvist, “Registries.”"
    assert notes[6] == "Ibid., p. 230."
    assert bibliography(built)["chapter"].endswith("*A History of Imperial Law*, Fenwick, 2005, pp. 211–240.")


def test_a_note_citing_a_figure_of_an_article_keeps_its_range_of_pages(built):
    # "fig. 2", "chap. 3", "n. 4" name no page: the range alone says where in the journal it is.
    assert notes_on(built.page("introduction/"))[15].endswith("*Sea Letters*, 2012, pp. 33–58, fig. 2.")


@pytest.mark.parametrize(
    ("locator", "pages"),
    [("p. 150", True), ("150-151", True), ("xii", True), ("45ff", True), ("fig. 2, p. 14", True),
     ("chap. 3", False), ("n. 4", False), ("fig. 2", False), ("sec. 4.2", False), ("", False)],
)  # fmt: skip
def test_a_locator_names_pages_or_another_part(locator, pages):
    from explainer import style

    assert style.names_pages(locator) is pages


@pytest.mark.parametrize("label", ["o.", "*o.*"])
def test_a_page_cited_in_the_article_s_own_label_takes_the_range_s_place_in_italics_too(label):
    # Hungarian's o. (oldal) is no label the engine knows: only note_words.page names it a page.
    from dataclasses import replace

    from explainer import style
    from explainer.bibtex_parsing import parse_text

    bib = (
        "@article{k, author = {Kovács, A.}, title = {Cím}, journaltitle = {Szemle}, date = {2017}, pages = {145--172}}"
    )
    entry = parse_text(bib, "b.bib").entries[0]
    words = replace(style.ENGLISH, page=label, pages=label, language="hu")
    assert style.full(entry, "o. 150", words=words).plain == "A. Kovács, “Cím,” Szemle, 2017, o. 150"


def test_the_bibliography_sorts_titles_without_their_initial_article(built):
    # Chicago (14.67): "The Archive…" sorts as "Archive…", "The Registry Burns" under R.
    order = list(bibliography(built))
    assert order == [
        "eleven", "archive", "paper", "four", "chapter", "translated", "ship", "unsigned", "sato", "pravda",
        "reading", "moby", "kapital"
    ]  # fmt: skip


def test_a_translator_is_named_after_the_title_in_the_notes_the_bibliography_and_csl_json(built):
    # Chicago (14.103): after the title; it was a warning, and the note's "trans." came last.
    note = notes_on(built.page("introduction/"))[10]
    assert (
        note == "N. Okafor (ed.), *Customary Law in Translation*, trans. M. Dubois, Ibadan, Lagoon Press, 1999, p. 41."
    )
    assert bibliography(built)["translated"] == (
        "Okafor, N. (ed.), *Customary Law in Translation*, trans. M. Dubois, Ibadan, Lagoon Press, 1999."
    )
    items = json.loads((built.site / "bibliography.json").read_text(encoding="utf-8"))
    assert next(item for item in items if item["id"] == "translated")["translator"] == [
        {"family": "Dubois", "given": "M."}
    ]


def test_words_a_field_sets_in_italics_are_in_italics_and_in_roman_within_an_italic_title(built):
    # Chicago (8.171): a book's title in an article's title is in italics; a ship's name in a
    # book's title, in roman. BibTeX writes them \emph{…} or \textit{…}.
    notes = notes_on(built.page("introduction/"))
    assert notes[11] == "H. Voss, “Reading *The Federalist* in Court,” *Law and History*, 2011."
    assert notes[12] == "T. Quill, *The Wreck of the *Hesperus, Harbour, 2004."  # the ship's name in roman
    assert notes[13] == "Voss, “Reading *The Federalist* in Court.”"
    assert bibliography(built)["reading"] == "Voss, H., “Reading *The Federalist* in Court,” *Law and History*, 2011."
    # The hover card and the CSL-JSON have the words as plain text.
    short = content(built.page("introduction/")).select_one("#note-13 a.citation-ref")
    assert short["title"] == "H. Voss, “Reading The Federalist in Court,” Law and History, 2011."
    items = json.loads((built.site / "bibliography.json").read_text(encoding="utf-8"))
    assert next(item for item in items if item["id"] == "ship")["title"] == "The Wreck of the Hesperus"


def test_italics_within_italics_turn_back_and_leave_no_mark_in_the_page(built):
    # \emph within \emph (or \textit) is upright again, as LaTeX sets it; the marks that
    # stood for them were left in the page, and drew a missing glyph's box in the PDF.
    assert notes_on(built.page("introduction/"))[15].startswith("L. Ware, “On *Moby-Dick and the *Pequod,” ")
    for url in ("introduction/", "bibliography/"):
        html = (built.site / url / "index.html").read_text(encoding="utf-8")
        assert not re.search("[\ue000-\uf8ff]", html), url


def test_italics_switched_on_in_a_group_reach_the_group_s_end_past_a_group_within(built):
    # Braces that keep a capital ({Kapital}) are a group within {\em …}: the words were
    # printed in roman, with no word of warning.
    assert notes_on(built.page("introduction/"))[16] == (
        "K. Zeller, “Reading *Das Kapital* Today,” *Economy and Letters*, 2015."
    )
    assert bibliography(built)["kapital"] == "Zeller, K., “Reading *Das Kapital* Today,” *Economy and Letters*, 2015."


def test_a_title_in_another_language_is_marked_with_it_for_screen_readers(built):
    # langid, as Zotero writes it from an item's language (babel's name), or a code.
    note = content(built.page("introduction/")).select_one("#note-14")
    assert note.select_one("[lang]")["lang"] == "ru" and note.select_one("[lang]").get_text() == "“Sudy i pisari,”"
    entry = content(built.page("bibliography/")).select_one("li#pravda")
    assert entry.select_one("[lang=ru]") is not None
    # A source in the article's own language is not marked.
    assert not content(built.page("introduction/")).select("#note-11 [lang]")
    items = json.loads((built.site / "bibliography.json").read_text(encoding="utf-8"))
    assert next(item for item in items if item["id"] == "pravda")["language"] == "ru"


@pytest.mark.parametrize(
    ("langid", "tag"),
    [("russian", "ru"), ("ngerman", "de"), ("pinyin", "zh-Latn-pinyin"), ("zh_latn", "zh-Latn"), ("pt-br", "pt-BR"),
     ("russain", None), ("Russian language", None)],
)  # fmt: skip
def test_a_langid_is_read_as_babel_s_name_or_a_code(langid, tag):
    from explainer.languages import language_tag

    assert language_tag(langid) == tag


def test_a_langid_that_names_no_language_is_named_at_its_line():
    from explainer import style
    from explainer.bibtex import Bibliography
    from explainer.bibtex_parsing import parse_text

    bib = "@book{k,\n  title = {Sudy},\n  langid = {russain},\n  date = {2019},\n}\n"
    entries = {entry.key: entry for entry in parse_text(bib, "bib/article.bib").entries}
    assert style.style_warnings(Bibliography(entries)) == [
        "bib/article.bib:3: entry 'k': langid 'russain' names no language; write babel's name for it"
        " (russian, french) or its code (ru, zh-Latn)"
    ]


@pytest.mark.parametrize(
    ("latex", "runs"),
    [
        (r"Reading {\em War and Peace} Again", [("Reading ", False), ("War and Peace", True), (" Again", False)]),
        (r"{\it Hamlet} and {\itshape Caf\'e}", [("Hamlet", True), (" and ", False), ("Café", True)]),
        (r"{\emph x}", [("x", True)]),
    ],
)
def test_italics_switched_on_in_a_group_are_read_as_emph(latex, runs):
    from explainer.latex_text import LatexText
    from explainer.richtext import RichText

    text = RichText().add_marked(LatexText().text(latex))
    assert [(run.text, run.em) for run in text.runs] == runs


def test_a_title_s_initial_article_is_read_in_the_title_s_own_language():
    from explainer import style
    from explainer.bibtex_parsing import parse_text

    bib = (
        "@book{le, title = {Le Monde}, langid = {french}, date = {2001}}\n"
        "@book{the, title = {The Mirror}, date = {2001}}\n"
        "@book{n, title = {Nature}, date = {2001}}\n"
    )
    entries = parse_text(bib, "b.bib").entries
    # In a French article "The" is a word like any; a title that says it is English drops it.
    assert [entry.key for entry in sorted(entries, key=lambda entry: style.sort_key(entry, "fr"))] == ["le", "n", "the"]
    tagged = parse_text(bib.replace("{The Mirror}, date", "{The Mirror}, langid = {english}, date"), "b.bib").entries
    assert [entry.key for entry in sorted(tagged, key=lambda entry: style.sort_key(entry, "fr"))] == ["the", "le", "n"]
