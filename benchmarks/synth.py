"""Deterministic synthetic material: prose, BibTeX entries, glossary entries, pages.

Everything is drawn from seeded `random.Random` instances and the hand-written word
lists in `words`, so a corpus of a given scale is the same file for file on every run
and every machine. Nothing here imports the hooks: the corpus is input, not engine.
"""

from __future__ import annotations

import bisect
import itertools
import random
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from words import (
    ADJECTIVES,
    ADVERBS,
    CATEGORIES,
    COLLECTIVES,
    CONNECTORS,
    GIVEN,
    INSTITUTIONS,
    JOURNALS,
    LATEX_FORMS,
    NOUNS,
    ORGANISATION_HEADS,
    PUBLISHERS,
    SUBORDINATORS,
    SURNAMES,
    SYLLABLES,
    VERBS,
)

#: Scale 1: the sizes the budget is written for.
BASE_PAGES = 100
BASE_CITATIONS_PER_PAGE = 40
BASE_ENTRIES = 1000
BASE_TERMS = 200


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def zipf_picker(rng: random.Random, population: Sequence, exponent: float = 0.9):
    """A function that draws from ``population`` with Zipf-like weights over a shuffled order."""
    order = list(population)
    rng.shuffle(order)
    cumulative = list(itertools.accumulate(1.0 / (rank + 1) ** exponent for rank in range(len(order))))
    total = cumulative[-1]

    def pick() -> object:
        return order[bisect.bisect_left(cumulative, rng.random() * total)]

    return pick


def pseudo_word(rng: random.Random, syllables: int | None = None) -> str:
    count = syllables or rng.choice((2, 2, 3))
    return "".join(rng.choice(SYLLABLES) for _ in range(count)).capitalize()


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def title_case(text: str) -> str:
    small = {"of", "and", "the", "in", "on", "for", "a", "to"}
    words = text.split()
    return " ".join(w if (i and w in small) else capitalise(w) for i, w in enumerate(words))


# --- Prose ---------------------------------------------------------------------------


class Prose:
    """Sentences in the register of the article; some noun phrases are glossary terms."""

    def __init__(self, rng: random.Random, term_names: Sequence[str] = (), term_rate: float = 0.3) -> None:
        self.rng = rng
        self.term_rate = term_rate
        self.pick_term = zipf_picker(rng, term_names, 1.0) if term_names else None
        self.pick_adjective = zipf_picker(rng, ADJECTIVES, 0.6)
        self.pick_noun = zipf_picker(rng, NOUNS, 0.6)

    def noun_phrase(self, *, allow_term: bool = True) -> str:
        rng = self.rng
        if allow_term and self.pick_term and rng.random() < self.term_rate:
            name = self.pick_term()
            return name if name[:1].isupper() else f"the {name}"
        det = rng.choice(("the", "the", "the", "a", "this", "their", "its", "such a"))
        adjective = self.pick_adjective() if rng.random() < 0.7 else ""
        noun = self.pick_noun()
        if (det.endswith(" a") or det == "a") and (adjective or noun)[0] in "aeiou":
            det = det[:-1] + "an"
        phrase = " ".join(part for part in (det, adjective, noun) if part)
        roll = rng.random()
        if roll < 0.3:
            phrase += f" of the {self.pick_adjective()} {self.pick_noun()}"
        elif roll < 0.4:
            phrase += f" in {pseudo_word(rng)}"
        elif roll < 0.5:
            phrase += f" of {rng.choice(COLLECTIVES)}"
        return phrase

    def sentence(self, *, allow_term: bool = True) -> str:
        rng = self.rng
        base, third, past, participle = rng.choice(VERBS)
        kind = rng.randrange(8)
        np = lambda: self.noun_phrase(allow_term=allow_term)  # noqa: E731
        if kind == 0:
            text = f"{capitalise(np())} {past} {np()}"
        elif kind == 1:
            text = (
                f"In {rng.randint(1991, 2023)}, {np()} {past} {np()}, "
                f"{rng.choice(SUBORDINATORS)} {np()} {rng.choice(VERBS)[2]} {np()}"
            )
        elif kind == 2:
            text = (
                f"According to {rng.choice(SURNAMES)}, {np()} "
                f"{rng.choice(('could', 'would', 'did not', 'sought to'))} {base} {np()}"
            )
        elif kind == 3:
            text = f"{rng.choice(CONNECTORS)}, {np()} {third} {np()} and {rng.choice(VERBS)[1]} {np()}"
        elif kind == 4:
            text = f"This {self.pick_noun()} was {participle} by {np()} {rng.choice(ADVERBS)}"
        elif kind == 5:
            text = f"{capitalise(np())} and {np()} {rng.choice(ADVERBS)} {past} {np()} after {rng.randint(1991, 2023)}"
        elif kind == 6:
            text = f"As {rng.choice(SURNAMES)} notes, {np()} {past} {np()} in order to {rng.choice(VERBS)[0]} {np()}"
        else:
            text = (
                f"Many {rng.choice(COLLECTIVES)} {rng.choice(ADVERBS)} {past} {np()}, which {third} {np()} to this day"
            )
        if rng.random() < 0.08:
            word = self.pick_noun()
            text = text.replace(f" {word}", f" *{word}*", 1)
        return text + "."

    def paragraph(self, sentences: int) -> list[str]:
        return [self.sentence() for _ in range(sentences)]


# --- BibTeX --------------------------------------------------------------------------


@dataclass
class BibEntry:
    key: str
    text: str


def _person(rng: random.Random) -> tuple[str, str]:
    """A name as BibTeX writes it (``Last, First``), and the plain surname for the key."""
    surname = rng.choice(SURNAMES)
    given = rng.choice(GIVEN)
    if rng.random() < 0.3:
        given = ". ".join(part[0] for part in given.split("-")) + "."
    particle = rng.choice(("van der ", "de ", "von ")) if rng.random() < 0.06 else ""
    written_surname = LATEX_FORMS.get(surname, surname)
    written_given = LATEX_FORMS.get(given, given)
    return f"{particle}{written_surname}, {written_given}", surname


def _title(rng: random.Random, prose: Prose) -> str:
    adjective, noun = rng.choice(ADJECTIVES), rng.choice(NOUNS)
    place = rng.choice(("Central Asia", "Kazakhstan", "Kyrgyzstan", "China", "Eurasia", pseudo_word(rng)))
    shapes = (
        f"{title_case(f'{adjective} {noun}')} in {{{place}}}",
        f"The {title_case(f'{adjective} {noun}')}: "
        f"{capitalise(prose.noun_phrase(allow_term=False))} and {rng.choice(NOUNS)}",
        f"{title_case(rng.choice(NOUNS))} and {title_case(rng.choice(NOUNS))} after {rng.randint(1991, 2020)}",
        f"Why {title_case(rng.choice(NOUNS))}s {capitalise(rng.choice(VERBS)[0])} the {title_case(noun)}",
        f"{{{place}}} and the {title_case(f'{adjective} {noun}')}",
    )
    return rng.choice(shapes)


def make_bibliography(count: int, seed: str) -> list[BibEntry]:
    rng = random.Random(f"{seed}-bib")
    prose = Prose(random.Random(f"{seed}-bib-prose"))
    types = ("article", "book", "incollection", "techreport", "misc")
    weights = (40, 25, 15, 10, 10)
    keys: set[str] = set()
    entries = []
    for _ in range(count):
        kind = rng.choices(types, weights)[0]
        year = rng.randint(1995, 2023)
        title = _title(rng, prose)
        if kind in ("techreport", "misc") and rng.random() < 0.4:
            institution = rng.choice(INSTITUTIONS)
            author = "{" + institution + "}"
            surname = "".join(word[0] for word in institution.split())
        else:
            people = [_person(rng) for _ in range(rng.choice((1, 1, 1, 2, 2, 3)))]
            author = " and ".join(person for person, _ in people)
            surname = people[0][1]
        first_word = re.sub(r"[^a-z]", "", title.split()[0].lower()) or "x"
        base_key = re.sub(r"[^a-z]", "", fold(surname)) + str(year) + first_word
        key, suffix = base_key, 0
        while key in keys:
            suffix += 1
            key = f"{base_key}{chr(ord('a') + suffix % 26)}{suffix // 26 or ''}"
        keys.add(key)
        fields: list[tuple[str, str]] = [("author", author), ("title", title)]
        if kind == "article":
            fields += [
                ("journal", rng.choice(JOURNALS)),
                ("volume", str(rng.randint(1, 45))),
                ("number", str(rng.randint(1, 6))),
                ("pages", f"{(start := rng.randint(1, 400))}--{start + rng.randint(8, 30)}"),
                ("year", str(year)),
            ]
            if rng.random() < 0.3:
                fields.append(("month", rng.choice(("jan", "mar", "jun", "sep", "dec"))))
            if rng.random() < 0.5:
                fields.append(("doi", f"10.{rng.randint(1000, 9999)}/{key[:12]}.{rng.randint(100, 999)}"))
        elif kind == "book":
            publisher, city = rng.choice(PUBLISHERS)
            fields += [("publisher", publisher), ("address", city), ("year", str(year))]
            if rng.random() < 0.4:
                isbn = (
                    f"978-{rng.randint(0, 9)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(0, 9)}"
                )
                fields.append(("isbn", isbn))
        elif kind == "incollection":
            publisher, city = rng.choice(PUBLISHERS)
            editor, _ = _person(rng)
            fields += [
                ("booktitle", f"The {title_case(f'{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}')} Handbook"),
                ("editor", editor),
                ("publisher", publisher),
                ("address", city),
                ("year", str(year)),
                ("pages", f"{(start := rng.randint(1, 300))}--{start + rng.randint(10, 25)}"),
            ]
        elif kind == "techreport":
            fields += [
                ("institution", rng.choice(INSTITUTIONS)),
                ("address", rng.choice(("Washington, D.C.", "London", "Brussels", "Bishkek"))),
                ("year", str(year)),
                ("url", f"https://reports.example.org/{year}/{key}.pdf"),
            ]
        else:
            fields += [
                (
                    "howpublished",
                    rng.choice(("Testimony before a parliamentary committee", "Briefing paper", "Web page")),
                ),
                ("year", str(year)),
                ("url", f"https://www.example.org/{key}/index_{rng.randint(1, 99)}.html"),
            ]
        if rng.random() < 0.3:
            fields.append(("abstract", " ".join(prose.sentence(allow_term=False) for _ in range(3))))
        if rng.random() < 0.5:
            fields.append(("keywords", ", ".join(rng.sample(NOUNS, 3))))
        body = ",\n".join(f"  {name:<12} = {{{value}}}" for name, value in fields)
        entries.append(BibEntry(key, f"@{kind}{{{key},\n{body},\n}}\n"))
    return entries


# --- Glossary -------------------------------------------------------------------------


@dataclass
class Term:
    slug: str
    term: str
    aliases: list[str]
    category: str
    definition: str
    related: list[str] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [self.term, *self.aliases]


def _accented(rng: random.Random, word: str) -> str:
    """The word with one vowel accented: an alias that folds to the same name, as ``Tiānxià``."""
    vowels = [i for i, char in enumerate(word) if char in "aeiou"]
    if not vowels:
        return word
    i = rng.choice(vowels)
    return word[:i] + {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ū"}[word[i]] + word[i + 1 :]


def make_terms(count: int, seed: str) -> list[Term]:
    """Glossary entries of realistic shapes: common first words, acronyms, accented aliases."""
    rng = random.Random(f"{seed}-terms")
    prose = Prose(random.Random(f"{seed}-terms-prose"))
    pick_adjective = zipf_picker(rng, ADJECTIVES, 0.8)
    claimed: set[str] = set()
    slugs: set[str] = set()
    terms: list[Term] = []

    def free(name: str) -> bool:
        return fold(name) not in claimed

    while len(terms) < count:
        shape = rng.choices(("concept", "organisation", "place", "event", "law"), (35, 20, 20, 15, 10))[0]
        aliases: list[str] = []
        if shape == "concept":
            term = f"{pick_adjective()} {rng.choice(NOUNS)}"
            if rng.random() < 0.5:
                aliases.append(f"{pick_adjective()} {rng.choice(NOUNS)}")
            category = "concept"
        elif shape == "organisation":
            head = rng.choice(ORGANISATION_HEADS)
            if rng.random() < 0.5:
                term = f"{title_case(pick_adjective())} {title_case(rng.choice(NOUNS))} {head}"
            else:
                term = f"{pseudo_word(rng)} {title_case(pick_adjective())} {head}"
            acronym = "".join(word[0] for word in term.split()).upper()
            aliases.append(acronym + ("" if free(acronym) else str(rng.randint(2, 99))))
            category = "organisation"
        elif shape == "place":
            term = pseudo_word(rng)
            aliases.append(_accented(rng, term))
            if rng.random() < 0.5:
                aliases.append(f"{term} {rng.choice(('Valley', 'region', 'Oblast', 'district'))}")
            category = "place"
        elif shape == "event":
            word = pseudo_word(rng)
            term = f"{word} {rng.choice(('events', 'protests', 'uprising', 'accords', 'crisis'))}"
            aliases.append(f"{rng.randint(1991, 2022)} {term}")
            category = "event"
        else:
            term = f"{pick_adjective()} {rng.choice(NOUNS)} {rng.choice(('law', 'principle', 'doctrine', 'programme'))}"
            if term.endswith(" law"):  # its other name; a term of another kind has none
                aliases.append(title_case(term.replace(" law", " act")))
            category = rng.choice(("law or norm", "policy or programme"))
        names = [term, *aliases]
        # Every name must be free, and no two names of the entry may fold alike except
        # an accented spelling of the term itself (allowed: the same entry claims it).
        if not all(free(name) for name in names):
            continue
        slug = re.sub(r"[^a-z0-9]+", "-", fold(term)).strip("-")
        if slug in slugs:
            continue
        slugs.add(slug)
        claimed.update(fold(name) for name in names)
        definition = prose.sentence(allow_term=False)
        terms.append(Term(slug, term, [a for a in aliases if a != term], category, definition))
    for term in terms:
        term.related = [
            other.slug for other in rng.sample(terms, min(len(terms), rng.choice((0, 1, 2, 3)))) if other is not term
        ]
    assert all(term.category in CATEGORIES for term in terms)
    return terms


# --- Pages ----------------------------------------------------------------------------


class KeyPicker:
    """Citation keys with a realistic spread: a few sources cited often, many once or twice."""

    def __init__(self, rng: random.Random, keys: Sequence[str]) -> None:
        self.rng = rng
        self.pick = zipf_picker(rng, keys, 0.8)
        self.previous: str | None = None

    def group(self, size: int) -> list[str]:
        if size == 1 and self.previous and self.rng.random() < 0.15:
            return [self.previous]  # the same source again: Ibid.
        keys: list[str] = []
        while len(keys) < size:
            key = self.pick()
            if key not in keys:
                keys.append(key)
        self.previous = keys[0] if size == 1 else None
        return keys


def locator(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.45:
        return f"p. {rng.randint(1, 420)}"
    if roll < 0.55:
        return f"pp. {(start := rng.randint(1, 400))}–{start + rng.randint(1, 12)}"
    return ""


def citation(rng: random.Random, keys: Sequence[str]) -> str:
    items = []
    for index, key in enumerate(keys):
        prefix = "see " if index == 0 and rng.random() < 0.05 else ""
        where = locator(rng)
        items.append(f"{prefix}@{key}" + (f", {where}" if where else ""))
    return "[" + "; ".join(items) + "]"


@dataclass
class Page:
    path: str
    text: str
    citations: int


def page_paths(count: int) -> list[str]:
    return [f"part-{index // 10 + 1:03d}/section-{index + 1:04d}.md" for index in range(count)]


def make_page(index: int, paths: Sequence[str], picker: KeyPicker, prose: Prose, citations: int) -> Page:
    """One section of the article: headings, paragraphs, a list, notes; ``citations`` cited items."""
    rng = prose.rng
    here = paths[index]
    # Prose notes first, with the citations written inside them.
    prose_notes = []
    inline_items = 0
    for number in range(1, 4):
        text = prose.sentence()
        if number != 2:
            keys = picker.group(1)
            inline_items += len(keys)
            text += f" On this point, see {citation(rng, keys)}."
        prose_notes.append((f"n{index + 1}-{number}", text))
    groups: list[list[str]] = []
    remaining = citations - inline_items
    while remaining > 0:
        size = min(remaining, rng.choices((1, 2, 3), (70, 20, 10))[0])
        groups.append(picker.group(size))
        remaining -= size

    # Structure: 5 sections of paragraphs; one list and one quotation somewhere.
    sections = [[rng.randint(3, 6) for _ in range(rng.randint(3, 5))] for _ in range(5)]
    slots = sum(sum(section) for section in sections)
    calls: dict[int, str] = {}
    chosen = sorted(rng.sample(range(slots), len(groups) + len(prose_notes)))
    note_slots = set(rng.sample(chosen, len(prose_notes)))
    group_iter, note_iter = iter(groups), iter(prose_notes)
    for slot in chosen:
        if slot in note_slots:
            calls[slot] = f"[^{next(note_iter)[0]}]"
        else:
            calls[slot] = citation(rng, next(group_iter))

    lines = [f"# {title_case(prose.noun_phrase(allow_term=False).removeprefix('the ').removeprefix('a '))}", ""]
    slot = 0
    list_at = rng.randrange(5)
    for number, section in enumerate(sections):
        lines += [f"## {title_case(prose.noun_phrase(allow_term=False))}", ""]
        for paragraph in section:
            sentences = []
            for sentence in prose.paragraph(paragraph):
                sentences.append(sentence + calls.get(slot, ""))
                slot += 1
            if rng.random() < 0.1 and index + 1 < len(paths):
                target = paths[rng.randrange(len(paths))]
                link = relative_link(here, target)
                sentences.append(f"This is taken up again in [another section]({link}).")
            lines += [" ".join(sentences), ""]
        if number == list_at:
            lines += [f"- {prose.sentence()}" for _ in range(rng.randint(3, 5))] + [""]
            lines += [f"> {prose.sentence()} {prose.sentence()}", ""]
    for label, text in prose_notes:
        lines += [f"[^{label}]: {text}", ""]
    return Page(here, "\n".join(lines), citations)


def relative_link(source: str, target: str) -> str:
    source_dir = source.rsplit("/", 1)[0]
    target_dir, name = target.rsplit("/", 1)
    return name if source_dir == target_dir else f"../{target_dir}/{name}"


def glossary_page(term: Term, prose: Prose, keys: KeyPicker, paths: Sequence[str]) -> str:
    rng = prose.rng
    front = ["---", f"term: {yaml_string(term.term)}"]
    if term.aliases:
        front += ["aliases:"] + [f"  - {yaml_string(alias)}" for alias in term.aliases]
    front += ["definition: >-", f"  {term.definition}", f"category: {term.category}"]
    if term.related:
        front += ["related:"] + [f"  - {slug}" for slug in term.related]
    front += ["---", ""]
    target = paths[rng.randrange(len(paths))]
    body = [
        "## What it is",
        "",
        f"{capitalise(term.term)} {rng.choice(VERBS)[2]} {prose.noun_phrase(allow_term=False)}. "
        + " ".join(prose.paragraph(rng.randint(2, 4))),
        "",
        "## In the article",
        "",
        f"[A section of the article](../{target}) discusses it. "
        + prose.sentence(allow_term=False)
        + citation(rng, keys.group(1)),
        "",
        "## Read more",
        "",
        prose.sentence(allow_term=False) + citation(rng, keys.group(rng.choice((1, 1, 2)))),
        "",
    ]
    return "\n".join(front + body)


#: Words YAML 1.1 reads as booleans or null: an acronym such as ``OFF`` or ``NO`` must be quoted.
_YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}


def yaml_string(text: str) -> str:
    if re.search(r"[:#\[\]{}&*!|>'\"%@`,]|^[\d.+-]", text) or text.casefold() in _YAML_WORDS:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text
