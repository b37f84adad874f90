"""An article in another language: every word of the interface is an option, and set
in French, the site and the PDF show none of the English defaults.

The options are read from the configuration's own classes, so a label added later
without an option, or an option left out of the templates, fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from project import PROJECT, Build, run_build
from pypdf import PdfReader

from explainer import style
from explainer.config import ExplainerConfig, NoteWordsConfig, WordsConfig

#: Every label option set in French; none holds an English default as a word of its own.
LABELS = {
    "bibliography_title": "Bibliographie",
    "notes_title": "Renvois",
    "call_label": "Renvoi {number}",
    "backref_label": "Retour au renvoi {number}",
    "cited_in_label": "Cité dans",
    "also_in_label": "Cité aussi dans :",
    "chapter_cited_in_label": "Un de ses chapitres est cité dans",
    "paper_cited_in_label": "Une de ses communications est citée dans",
    "glossary_title": "Glossaire",
    "uses_title": "Où le terme apparaît",
    "related_title": "Entrées liées",
    "timeline_title": "Chronologie",
    "summary_title": "En bref",
    "cite_title": "Citer cet article",
    "pdf_link_label": "Télécharger le PDF",
}
WORDS = {
    "note": "n.",
    "notes": "nn.",
    "reference_as_text": "Référence en texte",
    "article_sources": "Les sources de l’article :",
    "copy_reference_as_text": "Copier la référence en texte",
    "copy_bibtex": "Copier la notice BibTeX",
    "copy_ris": "Copier la notice RIS",
    "cite_section": "partie « {section} »",
    "from_paragraph": "Du paragraphe {number}",
    "uses_count": "({count} emplois dans ce passage)",
    "uses_in_passages": "({count} emplois dans {passages} extraits)",
    "uses_in_sentence": "({count} emplois dans l’extrait, dont {quoted} dans cette phrase)",
    "passage_uses": "{count} emplois",
    "uses_also": "Voir aussi",
    "use_paragraph": "{section}, paragraphe {number}",
    "use_passage": "extrait {number}",
    "timeline_events": "Dans la chronologie",
    "notes_concerning": "Renvois qui le concernent",
    "colon": " : ",
    "category": "Catégorie",
    "category_filter": "Montrer les entrées d’une catégorie",
    "all_categories": "Toutes",
    "entry_shown": "{count} entrée affichée",
    "entries_shown": "{count} entrées affichées",
    "categories": {"place": "Lieu", "concept": "Notion"},
    "country": "Pays",
    "country_filter": "Montrer les événements d’un pays",
    "all_countries": "Tous",
    "event_shown": "{count} événement affiché",
    "events_shown": "{count} événements affichés",
    "contents": "Table des matières",
    "contents_name": "Parties et pages",
    "not_found": "Page introuvable",
    "not_found_home": "Aller au début de l’article",
    "search_close_words": "Pas de correspondance exacte ; mots proches de « {query} »",
    "pdf_size": "({megabytes} Mo)",
    "decimal_mark": ",",
}

#: The notes' words, as a French journal sets them. Those French writes as English does
#: (``vol.``, ``et al.``) stay; the test of English words left looks for the others.
NOTE_WORDS = {
    "ibid": "*Ibidem*",  # in italics, as French sets Latin
    "ibid_in_sentence": "*ibidem*",
    "page": "p.",
    "article_number": "article",
    "pages": "p.",
    "volume": "vol.",
    "number": "n°",
    "editor": "(dir.)",
    "editors": "(dir.)",
    "et_al": "*et al.*",
    "in_book": "dans",
    "translated_by": "trad.",
    "edition": "{number}e éd.",
    "quoted_title": "« {title} »",
    "quote_in_title": "“{quote}”",
    "forthcoming": "à paraître",
    "in_press": "sous presse",
    "no_date": "s. d.",
    "phd_thesis": "thèse de doctorat",
    "masters_thesis": "mémoire de master",
    "semicolon": " ;",
}

CONFIG = """\
site_name: Une petite étude
site_url: https://example.org/etude/
theme:
  name: material
  language: fr
  font: false
  custom_dir: {project}/overrides
nav:
  - Accueil: index.md
  - Partie: partie.md
  - Bibliographie: bibliography.md
  - Glossaire: glossary/index.md
  - Chronologie: timeline.md
hooks:
{hooks}
plugins:
  - search
validation:
  nav:
    omitted_files: warn
extra:
  explainer:
    bib_files: [bib/refs.bib]
    article:
      authors: [Jeanne Exemple]
      language: fr
      citation_key: exemple-etude
    glossary_plurals: [s, x, al>aux]
"""

PAGES = {
    "index.md": "# Accueil\n\nUne étude des fleuves et de l’État.[@dupont2001, p. 3]\n",
    "partie.md": (
        "---\nsummary:\n  - point: La Côte d’Ivoire et ses fleuves.\n    paragraph: 1\n---\n\n"
        "# Partie\n\nLa Côte d’Ivoire signe un accord sur les fleuves.[@dupont2001, p. 9]"
        " La Côte d’Ivoire le signe encore.[@martin2010, p. 4]\n\n"
        "La Côte d’Ivoire, troisième mention.[@martin2010]\n\n"
        "Un autre accord régional.[@leroy2019, p. 50] Un barrage.[@roux2015] Le même.[@roux2015, p. 8]\n\n"
        "Les journaux en parlent.\n"
    ),
    "glossary/journal.md": (
        "---\nterm: journal\ndefinition: Un périodique.\ncategory: concept\n---\n\n"
        "Un périodique.[@vidal2027] Un autre.[@vidal2026] Une thèse.[@morel2018] Un mémoire.[@garnier2020]"
        " Deux sources.[@roux2015, p. 8; @dupont2001]\n"
    ),
    "glossary/cote-divoire.md": (
        "---\nterm: Côte d’Ivoire\ndefinition: Un pays d’Afrique de l’Ouest.\ncategory: place\n"
        "related: [fleuve]\n---\n\nUn pays.[@dupont2001, p. 12]\n"
    ),
    "glossary/fleuve.md": (
        "---\nterm: fleuves\ndefinition: 'Des cours d’eau : les « grands ».'\ncategory: concept\n---\n\n"
        "Des cours d’eau : les « grands » ; voir *ci-dessus* !?[@martin2010]\n"
    ),
    "timeline.yml": (
        '- date: "2019-03-05"\n  event: La Côte d’Ivoire signe un accord.\n  countries: [Côte d’Ivoire]\n'
        "  page: partie.md\n  quote: signe un accord sur les fleuves\n  note: 2\n"
    ),
}

BIB = """\
@book{dupont2001,
  author = {Dupont, Jean},
  title = {L'État et les fleuves},
  location = {Paris},
  publisher = {Exemple},
  date = {2001},
}
@book{martin2010,
  author = {Martin, Anne},
  title = {Les accords},
  location = {Lyon},
  publisher = {Exemple},
  date = {2010},
}
@article{leroy2019,
  author = {Leroy, Paul and Petit, Marie and others},
  title = {Les rivières partagées},
  journaltitle = {Revue des eaux},
  volume = {12},
  number = {3},
  date = {2019-03-05},
  pages = {45--67},
}
@incollection{roux2015,
  author = {Roux, Claire},
  title = {Un barrage},
  booktitle = {Les barrages},
  editor = {Blanc, Henri and Noir, Luc},
  edition = {2},
  location = {Paris},
  publisher = {Exemple},
  date = {2015},
  pages = {7--9},
}
@book{vidal2027,
  author = {Vidal, Rose},
  title = {Les crues},
  location = {Paris},
  publisher = {Exemple},
  pubstate = {forthcoming},
}
@book{vidal2026,
  author = {Vidal, Rose},
  title = {Les étiages},
  location = {Paris},
  publisher = {Exemple},
  pubstate = {inpress},
}
@phdthesis{morel2018,
  author = {Morel, Luc},
  title = {Les deltas},
  school = {Université de Lyon},
  date = {2018},
}
@thesis{garnier2020,
  author = {Garnier, Léa},
  title = {Les estuaires},
  type = {mathesis},
  institution = {Université de Nantes},
  date = {2020},
}
"""


def yaml_value(value: object, indent: int) -> str:
    if isinstance(value, dict):
        inner = "".join(f"\n{' ' * (indent + 2)}{key}: {yaml_value(item, indent + 2)}" for key, item in value.items())
        return inner
    return '"' + str(value).replace('"', '\\"') + '"'


@pytest.fixture(scope="module")
def french(tmp_path_factory):
    return build_french(tmp_path_factory.mktemp("french"), pdf=True)


def build_french(root: Path, *, pdf: bool) -> Build:
    """The small French article, every word of its interface set in French, built into ``root / "site"``."""
    hooks = "\n".join(f"  - {PROJECT / 'hooks' / name}" for name in hook_names())
    config = CONFIG.format(project=PROJECT, hooks=hooks)
    config += "".join(f"    {key}: {yaml_value(value, 4)}\n" for key, value in LABELS.items())
    config += "    words:" + "".join(f"\n      {key}: {yaml_value(value, 6)}" for key, value in WORDS.items()) + "\n"
    config += "    note_words:" + "".join(f"\n      {key}: {yaml_value(value, 6)}" for key, value in NOTE_WORDS.items())
    config += "\n"
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    for name, text in PAGES.items():
        path = root / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "bib").mkdir()
    (root / "bib" / "refs.bib").write_text(BIB, encoding="utf-8")
    build = run_build(root, root / "site", pdf=pdf)
    assert build.returncode == 0, build.output
    return build


def hook_names() -> list[str]:
    import yaml

    with open(PROJECT / "mkdocs.yml", encoding="utf-8") as handle:
        config = yaml.load(handle, Loader=yaml.BaseLoader)  # the file has !!python tags: read it as text
    return [Path(hook).name for hook in config["hooks"]]


def english_defaults() -> list[str]:
    """The words of every label option's English default, without its placeholders."""
    defaults = [option.default for name, option in ExplainerConfig._schema if name.endswith(("_title", "_label"))]
    defaults += [option.default for _, option in WordsConfig._schema if isinstance(option.default, str)]
    translated = [option for name, option in NoteWordsConfig._schema if option.default != NOTE_WORDS[name].strip("*")]
    defaults += [option.default for option in translated]
    pieces = [piece.strip(" :;()“”") for default in defaults for piece in re.split(r"\{\w+\}", default)]
    return [piece for piece in pieces if re.search(r"\w", piece)]  # not the "”." after a query


def shown_text(html: str) -> str:
    """What a reader sees or hears of a page: its text, and its titles and labels."""
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "template"]):
        hidden.decompose()
    # A BibTeX record's field names (a section's "note") are BibTeX's, not the interface's:
    # its values are read.
    for record in soup.select("code.language-bibtex"):
        record.string = re.sub(r"(?m)^\s*[a-z]+ = ", "", record.get_text())
    labels = [element[name] for name in ("title", "aria-label") for element in soup.find_all(attrs={name: True})]
    return " ".join([soup.get_text(" "), *labels])


def test_every_label_is_an_option():
    assert set(LABELS) == {name for name, _ in ExplainerConfig._schema if name.endswith(("_title", "_label"))}
    assert set(WORDS) == {name for name, _ in WordsConfig._schema}
    assert set(NOTE_WORDS) == {name for name, _ in NoteWordsConfig._schema}


def test_no_english_word_of_the_interface_is_left(french):
    pages = sorted(french.site.rglob("*.html"))
    assert len(pages) >= 7
    defaults = english_defaults()
    assert "All" in defaults and "Notes that concern it" in defaults and "Contents" in defaults
    for page in pages:
        text = shown_text(page.read_text(encoding="utf-8"))
        for default in defaults:
            assert not re.search(rf"(?<!\w){re.escape(default)}(?!\w)", text), f"{page}: {default!r}"


def test_a_build_with_site_url_says_nothing_of_what_the_404_page_needs(french):
    assert "no site_url" not in french.output


def test_the_french_words_are_where_the_english_were(french):
    not_found = french.page("404.html")
    assert not_found.select_one("article h1").get_text() == "Page introuvable"
    assert not_found.select_one("article p a").get_text() == "Aller au début de l’article"
    bibliography = french.page("bibliography/")
    cited_in = bibliography.select_one(".explainer-bibliography__cited-in").get_text()
    assert " ".join(cited_in.split()) == "Cité dans nn. 1, 2"
    also = bibliography.select_one(".explainer-bibliography__also-in").get_text()
    assert "Côte d’Ivoire, n. 1" in " ".join(also.split())
    index = french.page("glossary/")
    assert [label.get_text(" ", strip=True) for label in index.select(".explainer-glossary-filter label")] == [
        "Toutes",
        "Notion",
        "Lieu",
    ]
    entry = french.page("glossary/cote-divoire/")
    assert entry.select_one("#timeline-events").get_text() == "Dans la chronologie"
    assert entry.select_one(".explainer-glossary-uses__count").get_text() == "(3 emplois dans 2 extraits)"
    part = french.page("partie/")
    # A space French sets beside a mark never breaks a line: « and » stay with their words.
    assert "partie «\u00a0Partie\u00a0»" in part.select_one(".explainer-cite__reference").get_text()
    assert also.startswith("Cité aussi dans\u00a0:")
    assert part.select_one(".explainer-summary__source")["aria-label"] == "Du paragraphe 1"
    # The line explainer-search.js writes over results for words close to the query.
    search = part.select_one("script[data-close-words]")["data-close-words"]
    assert search == "Pas de correspondance exacte\u00a0; mots proches de «\u00a0{query}\u00a0»"
    # The PDF's size, in the article's unit and with its decimal mark.
    megabytes = f"{max(1, round((french.site / 'article.pdf').stat().st_size / 100_000)) / 10:.1f}".replace(".", ",")
    assert part.select_one("a.explainer-pdf-link").get_text() == f"Télécharger le PDF ({megabytes}\u00a0Mo)"
    # The names explainer.js gives the cite box's copy buttons, which show an icon only.
    assert [block["data-copy-label"] for block in part.select(".explainer-cite pre")] == [
        "Copier la référence en texte",
        "Copier la notice BibTeX",
        "Copier la notice RIS",
    ]


def test_a_build_without_the_pdf_neither_links_to_it_nor_gives_a_size(tmp_path):
    site = build_french(tmp_path, pdf=False).site
    assert not (site / "article.pdf").exists()
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "explainer-pdf-link" not in text and "Mo)" not in text, page


def test_the_notes_are_set_in_the_articles_words(french):
    notes = [" ".join(note.get_text().split()) for note in french.page("partie/").select(".footnote li")]
    assert notes[3:] == [
        "P. Leroy, M. Petit et al., « Les rivières partagées », Revue des eaux, vol. 12, n° 3, 5 mars 2019, p. 50. ↩",
        "C. Roux, « Un barrage », dans H. Blanc, L. Noir (dir.), Les barrages, 2e éd., Paris, Exemple, 2015, p. 7–9. ↩",
        "Ibidem, p. 8. ↩",
    ]
    assert notes[2] == "Martin, Les accords. ↩"  # the note before named a page: "Ibidem" alone would repeat it
    # The words an editor marked with asterisks are in italics, and the asterisks are gone.
    marked = [em.get_text() for em in french.page("partie/").select(".footnote li em")]
    assert marked.count("Ibidem") == 2 and marked.count("et al.") == 1 and "*" not in " ".join(notes), marked
    notes = [" ".join(note.get_text().split()) for note in french.page("glossary/journal/").select(".footnote li")]
    assert notes == [
        "R. Vidal, Les crues, Paris, Exemple, à paraître. ↩",
        "R. Vidal, Les étiages, Paris, Exemple, sous presse. ↩",
        "L. Morel, « Les deltas », thèse de doctorat, Université de Lyon, 2018. ↩",
        "L. Garnier, « Les estuaires », mémoire de master, Université de Nantes, 2020. ↩",
        "C. Roux, « Un barrage », dans H. Blanc, L. Noir (dir.), Les barrages, 2e éd., Paris, Exemple, 2015,"
        " p. 8 ; J. Dupont, L'État et les fleuves, Paris, Exemple, 2001. ↩",
    ]
    # The space French sets before a semicolon never breaks a line.
    assert "p.\u00a08\u00a0; J. Dupont" in french.page("glossary/journal/").select(".footnote li")[-1].get_text()
    entries = french.page("bibliography/").select(".explainer-bibliography li")
    text = " ".join(" ".join(entry.get_text().split()) for entry in entries)
    assert "Roux, C., « Un barrage », dans H. Blanc, L. Noir (dir.)" in text
    assert "“" not in text and "no. " not in text
    reference = french.page("partie/").select_one(".explainer-cite__reference").get_text()
    assert " ".join(reference.split()).startswith("J. Exemple, « Une petite étude », partie « Partie »")


def test_the_pages_a_source_is_also_cited_on_are_separated_by_the_article_s_semicolon(french):
    # dupont2001 is cited on two glossary entries, whose notes are their own: French sets
    # " ;" between them, as the notes do between sources, its space never breaking a line.
    also = french.page("bibliography/").select_one(".explainer-bibliography__also-in").get_text()
    assert re.sub(r"[ \n]+", " ", also) == "Cité aussi dans\u00a0: Côte d’Ivoire, n.\u00a01\u00a0; journal, n.\u00a05"


def test_a_section_s_reference_and_records_give_the_section_s_address_and_name_it_in_french(french):
    box = french.page("partie/").select_one("section.explainer-cite")
    # A reader who follows the reference of a section finds the section, not the home page.
    reference = box.select_one(".explainer-cite__reference")
    assert reference.a["href"] == "https://example.org/etude/partie/"
    assert reference.get_text().endswith(", https://example.org/etude/partie/.")
    assert box.select_one("code.language-text").get_text().endswith(", https://example.org/etude/partie/.")
    # The BibTeX and the RIS say what the reference says: the section, in the article's
    # words, and its address.
    bibtex, ris = box.select_one("code.language-bibtex").get_text(), box.select_one("code.language-ris").get_text()
    assert "url = {https://example.org/etude/partie/}" in bibtex
    assert "UR  - https://example.org/etude/partie/\n" in ris
    assert "note = {partie «\u00a0Partie\u00a0»}" in bibtex, bibtex
    assert "\nSE  - partie «\u00a0Partie\u00a0»\n" in ris, ris
    home = french.page("").select_one(".explainer-cite__reference")
    assert home.a["href"] == "https://example.org/etude/"


def test_a_term_is_found_in_the_plural_the_language_makes(french):
    # glossary_plurals: [s, x, al>aux]; English's rules would not find "journaux".
    link = french.page("partie/").select_one('a.glossary-term[href$="journal/"]')
    assert link is not None and link.get_text() == "journaux"


def test_timeline_dates_are_written_as_the_language_writes_them(french):
    timeline = french.page("timeline/")
    assert timeline.select_one(".explainer-timeline__date time").get_text() == "5\u00a0mars 2019"
    assert "n.\u00a02" in timeline.select_one(".explainer-timeline__source").get_text()
    assert timeline.select_one(".explainer-timeline-filter label").get_text(strip=True) == "Tous"
    events = french.page("glossary/cote-divoire/").select_one(".explainer-glossary-events").get_text()
    assert "5\u00a0mars 2019\u00a0: La Côte d’Ivoire signe" in events  # the colon as French sets it
    # A place's notes: the section, the colon as French sets it, the word and its first number
    # kept together (as the bibliography and the timeline keep them), never broken apart.
    notes = french.page("glossary/cote-divoire/").select_one(".explainer-glossary-notes").get_text()
    assert re.sub(r"[ \n]+", " ", notes).strip() == "Partie\u00a0: nn.\u00a02, 3, 4"


@pytest.mark.parametrize(
    ("language", "month", "day"),
    [
        ("en", "March 2019", "March 5, 2019"),  # the house style's form, without Babel
        ("en-US", "March 2019", "March 5, 2019"),
        ("en-GB", "March 2019", "5\u00a0March 2019"),  # the day kept with its month
        ("fr", "mars 2019", "5\u00a0mars 2019"),
        ("de", "März 2019", "5.\u00a0März 2019"),
        ("es", "marzo de 2019", "5\u00a0de\u00a0marzo de 2019"),
        ("xx", "March 2019", "March 5, 2019"),  # a language Babel does not know: English
    ],
)
def test_a_timeline_date_as_each_language_writes_it(language, month, day):
    from explainer.dates import PartialDate, reader_date

    assert reader_date(PartialDate(2019, 3), language) == month
    assert reader_date(PartialDate(2019, 3, 5), language) == day
    assert reader_date(PartialDate(2019), language) == "2019"


@pytest.mark.parametrize(
    ("language", "first"),
    [
        ("fr", "1er\u00a0mars 2019"),
        ("fr-CA", "1er\u00a0mars 2019"),
        ("en", "March 1, 2019"),
        ("de", "1.\u00a0März 2019"),
    ],
)
def test_the_first_of_the_month_as_each_language_writes_it(language, first):
    from explainer.dates import PartialDate, reader_date

    assert reader_date(PartialDate(2019, 3, 1), language) == first
    assert reader_date(PartialDate(2011, 11, 1), language).startswith(("1er", "November 1", "1."))


def test_the_pdf_has_no_english_heading(french):
    text = "\n".join(page.extract_text() for page in PdfReader(french.site / "article.pdf").pages).replace("\xa0", " ")
    assert "Table des matières" in text and "Glossaire" in text
    assert "Contents" not in text
    assert "n° 3, 5 mars 2019" in " ".join(text.split())


def test_the_editors_spaces_beside_marks_never_break_a_line(french):
    # The editors' French text (here a glossary entry), typed with plain spaces.
    entry = french.page("glossary/fleuve/")
    body = content_text(entry)
    assert "Des cours d’eau\u00a0: les «\u00a0grands\u00a0»\u00a0; voir ci-dessus\u00a0!?" in body
    hover = french.page("partie/").select_one('a.glossary-term[href$="fleuve/"]')["title"]
    assert hover == "Des cours d’eau\u00a0: les «\u00a0grands\u00a0»."


def content_text(page) -> str:
    return page.select_one("article").get_text()


def test_a_space_french_sets_beside_a_mark_never_breaks_a_line():
    from explainer.config import load_config

    raw = {
        "also_in_label": "Cité aussi dans :",
        "words": {"cite_section": "partie « {section} »", "categories": {"place": "Lieu ?"}},
        "note_words": {"quoted_title": "« {title} »"},
    }
    options = load_config({"explainer": raw}, "mkdocs.yml")
    assert options.also_in_label == "Cité aussi dans\u00a0:"
    assert options.words.cite_section == "partie «\u00a0{section}\u00a0»"
    assert options.words.categories == {"place": "Lieu\u00a0?"}
    assert options.style_words().quoted_title == "«\u00a0{title}\u00a0»"
    # English sets no space there: its words are left as they are.
    english = load_config({"explainer": {}}, "mkdocs.yml")
    assert english.also_in_label == "Also cited in:" and english.style_words() == style.ENGLISH


@pytest.mark.parametrize(
    ("language", "span", "shown"),
    [
        # A span within one year says the year once, as the language writes a span.
        ("fr", "1960-05/1960-09", "mai\u2009–\u2009septembre 1960"),
        ("de", "1960-05/1960-09", "Mai–September 1960"),
        ("en", "1960-05/1960-09", "May–September 1960"),  # Chicago's, unspaced
        ("en", "1960-05-03/1960-05-09", "May 3–9, 1960"),
        ("en", "1960-05-03/1960-09-09", "May 3–September 9, 1960"),
        ("en-GB", "1960-05/1960-09", "May\u2009–\u2009September 1960"),
        # Years, and dates of unlike precision, are each written whole.
        ("fr", "1959/1961", "1959–1961"),
        ("fr", "1960/1961-05", "1960–mai 1961"),
    ],
)
def test_a_timeline_span_says_once_what_its_dates_share(language, span, shown, tmp_path):
    from explainer.timeline import parse_timeline

    (event,) = parse_timeline(
        f'- date: "{span}"\n  event: E.\n  countries: []\n  page: a.md\n  quote: "q"\n', "docs/timeline.yml"
    )
    assert event.display_date(language) == shown
    # Each date keeps its <time>: the first, shortened, and the last.
    assert event.span_separator(language).join(event.reader_dates(language)) == shown


def test_a_date_s_day_is_never_parted_from_its_month(french):
    # "5 mars 2019" could break between "5" and "mars", in the notes, the bibliography and
    # the PDF; French typography keeps the day with its month.
    note = french.page("partie/").select(".footnote li")[3].get_text()
    assert "n°\u00a03, 5\u00a0mars 2019" in note and "5 mars" not in note
    bibliography = french.page("bibliography/").select_one(".explainer-bibliography").get_text()
    assert "5\u00a0mars 2019" in bibliography and "5 mars" not in bibliography
    text = "\n".join(page.extract_text() for page in PdfReader(french.site / "article.pdf").pages)
    assert "5\u00a0mars 2019" in text and not re.search(r"5\s*\n\s*mars", text)
