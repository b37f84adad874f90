"""The words of a language that hold the number after them, as a label ("article 11",
"chapitre 3") or an abbreviation ("p. 59", "n° 3"): what the PDF's ties (`pdf_ties`) read
where it knows the article's language, instead of guessing from a word's form.

By the language's primary subtag: English, French, German, Spanish, Italian and Russian.
The notes' own words before a number (``note_words``: ``p.``, ``vol.``, ``no.``, French
``n°``) are not listed here: they are the style's, the language's defaults and the
article's options (`StyleWords`). A passage in another language than the article's (its
own ``lang``) reads that language's lists (`PassageLabels`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
    # German declines its labels: the genitive too ("des Artikels 5", "des Absatzes 2"). Not
    # "Teil", "Seite", "Band" or "Anlage", ordinary nouns before a number that counts the
    # noun after it ("zum Teil 30 Prozent", "auf chinesischer Seite 300 Soldaten"): "S." and
    # "Bd." are listed below.
    "de": "artikel artikels abschnitt abschnitts abschnittes abschnitte abschnitten kapitel kapitels"
    " nummer nummern heft heftes hefte anmerkung anmerkungen fußnote"
    " fußnoten abbildung abbildungen tabelle tabellen absatz absatzes absätze absätzen paragraph paragraphen"
    " paragraf paragrafen anhang anhangs ziffer ziffern spalte spalten zeile zeilen",
    "es": "artículo artículos sección secciones capítulo capítulos parte partes nota notas figura figuras tabla"
    " tablas cuadro cuadros página páginas párrafo párrafos volumen volúmenes tomo tomos número números apartado"
    " apartados anexo anexos inciso incisos fascículo fascículos",
    # Italian law numbers its paragraphs "comma" ("art. 3, comma 2").
    "it": "articolo articoli sezione sezioni capitolo capitoli parte parti nota note figura figure tabella tabelle"
    " pagina pagine paragrafo paragrafi volume volumi tomo tomi numero numeri comma commi allegato allegati"
    " fascicolo fascicoli",
    # Russian declines its labels: every case a label is written in before its number ("в
    # статье 11", "согласно разделу 3"). Not "тому", a pronoun too ("тому 5 лет назад"), nor
    # "глава", which is a head too ("главы 5 государств"): "гл." is listed below.
    "ru": "статья статьи статье статью статьей статьёй статей статьям статьями статьях"
    " раздел раздела разделу разделом разделе разделы разделов разделам"
    " разделами разделах часть части частью частей частям частями частях пункт пункта пункту пунктом пункте"
    " пункты пунктов пунктам пунктами пунктах подпункт подпункта подпункту подпунктом подпункте том тома томом"
    " томе томов томам томами томах номер номера номеру номером номере номеров страница страницы странице"
    " страницу страницей страниц страницам страницами страницах рисунок рисунка рисунку рисунком рисунке"
    " рисунки рисунков таблица таблицы таблице таблицу таблицей таблиц таблицам таблицами таблицах приложение"
    " приложения приложению приложением приложении приложений примечание примечания примечанию примечанием"
    " примечании примечаний параграф параграфа параграфу параграфом параграфе абзац абзаца абзацу абзацем"
    " абзаце выпуск выпуска выпуску выпуском выпуске сноска сноски сноске сноску сноской",
}
#: Abbreviations besides the notes' words, matched whatever their case ("Art. 5", "Fig. 2").
#: None that is a word too: French "nos" ("our"), which "nos 3 enfants" counts, or Spanish
#: "nos" ("us"). A sign ("§ 5", Russian "№ 3") holds its number in any language (`pdf_ties`).
ABBREVIATIONS = {
    "en": "vols. nos. n. nn. ch. chs. chap. chaps. fig. figs. art. arts. sec. secs. sect. para. paras. pt. pts."
    " tab. col. cols. l. ll. ed. eds. cf. e.g. c. ca. approx.",
    "fr": "pp. n°s nº nºs chap. art. fig. sect. par. paragr. tabl. t. éd. cf. env. ca.",
    # "S." (Seite) and "Bd." (Band) as German references write them, "Nr." for a number, "H."
    # for an issue (Heft), "Jg." for a year of a journal (Jahrgang); "ca." and "rd." an
    # approximate number, "max." and "mind." a bound.
    "de": "art. artt. abs. abschn. kap. s. sp. z. bd. bde. nr. nrn. h. jg. anm. fn. abb. tab. ziff. anh. tl. bl."
    " ca. rd. insg. max. min. mind.",
    # "n.º" with its full stop, as the Academy writes it, and "nº" without.
    "es": "art. arts. cap. caps. sec. secc. pág. págs. p. pp. núm. núms. n.º nº vol. vols. t. fig. figs. tab."
    " párr. ap. apdo. inc. fasc. cf. cfr. ed. aprox. ca.",
    # "artt.", "capp.", "pagg.", "voll.": Italian doubles an abbreviation's last letter for
    # its plural; "c." and "co." a law's comma.
    "it": "art. artt. cap. capp. sez. par. parr. p. pp. pag. pagg. vol. voll. n. nn. fig. figg. tab. tabb. t. c."
    " co. all. fasc. cfr. ed. ca.",
    # "с." and "т." as Russian references (GOST) write a page and a volume; "ок." (около)
    # an approximate number.
    "ru": "ст. гл. разд. ч. п. пп. подп. т. с. стр. рис. табл. прим. прил. абз. вып. кн. ок. см.",
}
#: Languages that write their nouns with a capital, so that a number counts the word after
#: it whatever its case ("2.000 Beschäftigte", "12 Uhr"), not only a word in lower case.
NOUNS_CAPITALISED = frozenset({"de"})


@dataclass(frozen=True)
class NumberLabels:
    """One language's words that hold the number after them, case-folded."""

    labels: frozenset[str]
    abbreviations: frozenset[str]
    #: The language's primary subtag (``fr``).
    language: str = "en"
    #: Whether the language writes its nouns with a capital (`NOUNS_CAPITALISED`).
    nouns_capitalised: bool = False

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
        language=primary,
        nouns_capitalised=primary in NOUNS_CAPITALISED,
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


@dataclass
class PassageLabels:
    """The words that hold their number in each passage: the article's (``article``, with
    its notes' words), or those of a passage's own language (``lang``), where it has lists."""

    article: NumberLabels | None
    _others: dict[str, NumberLabels | None] = field(default_factory=dict)

    def of(self, language: str | None) -> NumberLabels | None:
        """The lists for a passage in ``language`` (its nearest ``lang``; None or "": the article's)."""
        if not language:
            return self.article
        primary = primary_subtag(language)
        if self.article is not None and primary == self.article.language:
            return self.article
        if primary not in self._others:
            self._others[primary] = number_labels(primary)
        return self._others[primary]
