"""The words of a language that hold the number after them, as a label ("article 11",
"chapitre 3") or an abbreviation ("p. 59", "n° 3"): what the PDF's ties (`pdf_ties`) read
where it knows the article's language, instead of guessing from a word's form.

By the language's primary subtag, for English and the languages the interface has words
for (`interface_words`). The notes' own words before a number (``note_words``: ``p.``,
``vol.``, ``no.``, French ``n°``) are not listed here: they are the style's, the
language's defaults and the article's options (`StyleWords`).
"""

from __future__ import annotations

from dataclasses import dataclass

from .interface_words import interface_words, primary_subtag
from .style import ENGLISH, StyleWords

#: The notes' words (`StyleWords`' fields) that stand before a number.
NOTE_WORDS_BEFORE_NUMBERS = ("page", "pages", "volume", "number")

#: Labels, each in the singular and the plural, matched whatever their case ("Article 11").
LABELS = {
    "en": "article articles section sections chapter chapters part parts note notes footnote footnotes figure"
    " figures table tables page pages paragraph paragraphs volume volumes number numbers clause clauses item items"
    " appendix appendices annex annexes",
    "fr": "article articles section sections chapitre chapitres partie parties note notes figure figures tableau"
    " tableaux page pages paragraphe paragraphes volume volumes tome tomes numéro numéros alinéa alinéas annexe"
    " annexes",
}
#: Abbreviations besides the notes' words, matched whatever their case ("Art. 5", "Fig. 2").
#: None that is a word too: French "nos" ("our"), which "nos 3 enfants" counts.
ABBREVIATIONS = {
    "en": "vols. nos. n. nn. ch. chs. chap. chaps. fig. figs. art. arts. sec. secs. sect. para. paras. pt. pts."
    " tab. col. cols. l. ll. ed. eds. cf. e.g.",
    "fr": "pp. n°s nº nºs chap. art. fig. sect. par. paragr. tabl. t. éd. cf.",
}


@dataclass(frozen=True)
class NumberLabels:
    """One language's words that hold the number after them, case-folded."""

    labels: frozenset[str]
    abbreviations: frozenset[str]

    def holds(self, word: str) -> bool:
        """Whether ``word`` (as written: ``Article``, ``p.``) holds the number after it."""
        folded = word.casefold()
        return folded in self.labels or folded in self.abbreviations


def number_labels(language: str, note_words: StyleWords | None = None) -> NumberLabels | None:
    """The words of ``language`` (a BCP 47 tag) that hold their number: its lists, its
    notes' default words before a number and the article's own (``note_words``); None for
    a language without lists, whose ties are then told by the words' form."""
    primary = primary_subtag(language)
    if primary not in LABELS:
        return None
    words = interface_words(language)
    defaults = StyleWords(**words.note_words) if words is not None else ENGLISH
    return NumberLabels(
        labels=frozenset(LABELS[primary].split()),
        abbreviations=frozenset(
            word.casefold()
            for word in (
                *ABBREVIATIONS[primary].split(),
                *_words_before_numbers(defaults),
                *_words_before_numbers(note_words or defaults),
            )
        ),
    )


def _words_before_numbers(note_words: StyleWords) -> list[str]:
    words = (getattr(note_words, name).strip() for name in NOTE_WORDS_BEFORE_NUMBERS)
    return [word for word in words if word]
