"""The interface's words in languages other than English, for ``make new-article``.

A new article in one of these languages gets them in its ``mkdocs.yml``, where its
editors change any their journal writes otherwise; an article in another language gets
the English words to translate. Each table holds every option, so that the
configuration a new article starts from has no English left (a test checks it against
the options).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class InterfaceWords:
    """One language's words for every option that sets the interface's text."""

    #: The options named ``*_title`` and ``*_label``.
    labels: dict[str, str]
    #: ``words``: the interface's other words; ``categories`` as the site names them.
    words: dict[str, str]
    categories: dict[str, str]
    #: How a term makes its plural (`glossary_plurals`).
    plurals: list[str]
    #: ``note_words``: the notes' words, as the language's journals commonly set them.
    note_words: dict[str, str]
    #: The nav's titles for the pages a new article starts with, by file.
    nav: dict[str, str] = field(default_factory=dict)
    #: The title of a heading's permanent link (Python-Markdown's ``toc``).
    permalink_title: str = ""
    #: Which words of a term take the plural (`glossary_plural_words`): French's each.
    plural_words: str = "last"


FRENCH = InterfaceWords(
    labels={
        "bibliography_title": "Bibliographie",
        "notes_title": "Notes",
        "call_label": "Note {number}",
        "backref_label": "Retour à l’appel de la note {number}",
        "cited_in_label": "Cité en",  # "cité en note 9": "dans" wants "la note"
        "also_in_label": "Cité aussi dans :",
        "chapter_cited_in_label": "Un de ses chapitres est cité en",
        "paper_cited_in_label": "Une de ses communications est citée en",
        "glossary_title": "Glossaire",
        "uses_title": "Où le terme apparaît",
        "related_title": "Entrées liées",
        "timeline_title": "Chronologie",
        "summary_title": "En bref — le résumé de la rédaction",
        "cite_title": "Citer cet article",
        "pdf_link_label": "Télécharger le PDF",
    },
    words={
        "note": "note",
        "notes": "notes",
        "reference_as_text": "Référence en texte",
        "article_sources": "Les sources de l’article :",
        "copy_reference_as_text": "Copier la référence en texte",
        "copy_bibtex": "Copier la notice BibTeX",
        "copy_ris": "Copier la notice RIS",
        "cite_section": "partie « {section} »",
        "from_paragraph": "Du paragraphe {number}",
        "uses_count": "({count} emplois dans ce passage)",
        "uses_in_passages": "({count} emplois dans {passages} passages)",
        "uses_in_sentence": "({count} emplois dans le passage, dont {quoted} dans cette phrase)",
        "passage_uses": "{count} emplois",
        "uses_also": "Voir aussi",
        "use_paragraph": "{section}, paragraphe {number}",
        "use_passage": "passage {number}",
        "timeline_events": "Dans la chronologie",
        "notes_concerning": "Notes qui le concernent",
        "colon": " : ",
        "category": "Catégorie",
        "category_filter": "Montrer les entrées d’une catégorie",
        "all_categories": "Toutes",
        "entry_shown": "{count} entrée affichée",
        "entries_shown": "{count} entrées affichées",
        "country": "Pays",
        "country_filter": "Montrer les événements d’un pays",
        "all_countries": "Tous",
        "event_shown": "{count} événement affiché",
        "events_shown": "{count} événements affichés",
        "contents": "Table des matières",
        "contents_name": "Parties et pages",
        "not_found": "Page introuvable",
        "not_found_home": "Aller au début de l’article",
        "pdf_size": "({megabytes} Mo)",
        "decimal_mark": ",",
        "search_close_words": "Aucun résultat exact ; résultats pour des mots proches de « {query} ».",
    },
    categories={
        "concept": "Notion",
        "organisation": "Organisation",
        "policy or programme": "Politique ou programme",
        "event": "Événement",
        "place": "Lieu",
        "law or norm": "Droit ou norme",
    },
    plurals=["s", "x", "al>aux"],
    note_words={
        # French sets Latin in italics.
        "ibid": "*Ibid.*",
        "ibid_in_sentence": "*ibid.*",
        "page": "p.",
        "pages": "p.",
        "article_number": "article",
        "volume": "vol.",
        "number": "n°",
        "editor": "(dir.)",
        "editors": "(dir.)",
        "et_al": "*et al.*",
        "in_book": "dans",
        "translated_by": "trad.",
        "edition": "{number}{suffix} éd.",  # 2e éd.: `ordinals` (a first edition is not printed)
        "quoted_title": "« {title} »",
        "quote_in_title": "“{quote}”",  # « Le “miracle” économique »
        "forthcoming": "à paraître",
        "in_press": "sous presse",
        "no_date": "",  # as the journal's English notes: none; "s.d." where a journal sets it
        "phd_thesis": "thèse de doctorat",
        "masters_thesis": "mémoire de master",
        "semicolon": " ;",
    },
    nav={
        "index.md": "Accueil",
        "introduction.md": "Introduction",
        "bibliography.md": "Bibliographie",
        "glossary/index.md": "Glossaire",
        "timeline.md": "Chronologie",
    },
    permalink_title="Lien permanent",
    plural_words="every",
)

#: By the language's primary subtag (``fr`` for ``fr-CA`` too).
LANGUAGES = {"fr": FRENCH}


def interface_words(language: str) -> InterfaceWords | None:
    """The words of ``language`` (a BCP 47 tag), or None where there are none but English."""
    return LANGUAGES.get(primary_subtag(language))


def primary_subtag(language: str) -> str:
    """``fr`` for ``fr``, ``fr-CA`` or ``FR_ca``."""
    return language.replace("_", "-").split("-")[0].casefold()
