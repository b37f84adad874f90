"""The example files a new article starts with (``make new-article``), in its language.

Each is there for the editor to replace. An article in a language that has interface
words (`interface_words`) gets its examples in that language too, so that its first
build shows no English prose in a page whose ``lang`` says otherwise (a screen reader
would read it with the wrong voice); another language gets English's. Every language's
examples have the same files, citations, notes, glossary use and timeline event, so that
each shows every feature. The example source's key and the glossary entry's file, whose
name is its page's address (``glossary/terme-d-exemple/``), are in the language too.
"""

from __future__ import annotations

from .interface_words import primary_subtag

#: Whatever the article's language. ``make build`` builds into ``site.new/`` and moves the
#: last ``site/`` to ``site.old/`` until the new one is in place, and the hooks build in a
#: hidden ``.site.new.building-…/`` beside it: a build stopped halfway leaves them.
GITIGNORE = """\
# What `mkdocs build` writes: made from the sources, never edited.
site/
# What `make build` writes beside it, left there by a build stopped halfway.
site.new/
site.old/
.site*.building-*/
.site*.starting-*/
"""

#: The English examples, by path in the new folder. ``{title}`` and ``{author}`` are filled in.
ENGLISH = {
    "docs/index.md": """\
# {title}

*{author}*

This is the home page: the article's title, its author and its abstract. Replace this
paragraph with the abstract.
""",
    "docs/introduction.md": """\
---
summary:
  - point: The editors' summary of the section, one point per paragraph.
    paragraph: 1
---

# Introduction

This is the first section of the article. A citation makes a numbered note with the
source's full reference, and a page after a comma.[@example2020, p. 12] A glossary term,
such as an example term, is linked to its entry.
""",
    "bib/article.bib": """\
@book{{example2020,
  author    = {{Exemplar, Ana}},
  title     = {{An Example Book}},
  location  = {{London}},
  publisher = {{Example Press}},
  date      = {{2020}},
}}
""",
    "docs/glossary/example-term.md": """\
---
term: example term
aliases: [illustrative term]
definition: A term the article uses, explained for a reader who does not know it.
category: concept
---

## What it is

The entry's text, in the editors' own words, with citations where it states a fact.[@example2020, p. 3]
""",
    "docs/timeline.yml": """\
# Dated events the article states, each tied to the passage and the note that state it.
- date: "2020"
  event: An example book appears.
  countries: []
  page: introduction.md
  quote: "A citation makes a numbered note"
  note: 1
""",
}

#: The same in French, down to the example source's key and the glossary entry's file; the
#: front matter's keys are the engine's, in every language.
FRENCH = {
    "docs/index.md": """\
# {title}

*{author}*

Ceci est la page d’accueil, avec le titre de l’article, son auteur et son résumé.
Remplacez ce paragraphe par le résumé.
""",
    "docs/introduction.md": """\
---
summary:
  - point: Le résumé de la partie par la rédaction, un point par paragraphe.
    paragraph: 1
---

# Introduction

Ceci est la première partie de l’article. Une citation fait une note numérotée avec la
référence complète de la source, et une page après une virgule.[@exemple2020, p. 12] Un terme
du glossaire, tel ce terme d’exemple, renvoie à sa fiche.
""",
    "bib/article.bib": """\
@book{{exemple2020,
  author    = {{Exemplar, Ana}},
  title     = {{Un livre d’exemple}},
  location  = {{Paris}},
  publisher = {{Éditions Exemple}},
  date      = {{2020}},
}}
""",
    "docs/glossary/terme-d-exemple.md": """\
---
term: terme d’exemple
aliases: [terme illustratif]
definition: Un terme qu’emploie l’article, expliqué pour le lecteur qui ne le connaît pas.
category: concept
---

## Ce qu’il désigne

Le texte de la fiche, dans les mots de la rédaction, avec une citation là où il rapporte un fait.[@exemple2020, p. 3]
""",
    "docs/timeline.yml": """\
# Les événements datés que rapporte l’article, chacun lié au passage et à la note qui le rapportent.
- date: "2020"
  event: Parution d’un livre d’exemple.
  countries: []
  page: introduction.md
  quote: "Une citation fait une note numérotée"
  note: 1
""",
}

#: By the language's primary subtag, as `interface_words` has them.
LANGUAGES = {"fr": FRENCH}

#: The examples of ``mkdocs.yml``'s options that the article fills in before it is
#: published, written there with a ``#`` before them: the site's description, the authors'
#: affiliation and the keywords, in the article's language (the address is no word of one).
OPTIONS = {
    "en": {
        "site_description": "The article, with its notes, bibliography, glossary and timeline.",
        "affiliation": "Department of Examples, University of Example",
        "keywords": "[first keyword, second keyword]",
    },
    "fr": {
        "site_description": "L’article, avec ses notes, sa bibliographie, son glossaire et sa chronologie.",
        "affiliation": "Département d’études, Université de la ville",
        "keywords": "[premier mot-clé, second mot-clé]",
    },
}


def option_examples(language: str) -> dict[str, str]:
    """The examples of the options to fill in (`OPTIONS`) for an article in ``language``: its own, or English's."""
    return OPTIONS.get(primary_subtag(language), OPTIONS["en"])


def examples(language: str) -> dict[str, str]:
    """The example files for an article in ``language`` (a BCP 47 tag): its own, or English's."""
    return {**LANGUAGES.get(primary_subtag(language), ENGLISH), ".gitignore": GITIGNORE}
