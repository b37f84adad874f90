"""Glossary entries: one Markdown page each, its data in YAML front matter.

```yaml
term: Dvořák rule
aliases: [Dvorak rule, the rule]
definition: The short definition shown on hover.
category: concept
related: [market-authoritarianism]
not_in: [Dvořák rule of thumb]
lang: cs                 # the term's language, where it is not the article's
```

An alias in another language than the article's gives its own: ``{text: Dvořákovo
pravidlo, lang: cs}``; a plain alias is in the article's.

Entries are validated as a whole, so that an editor learns every problem at once:
a missing term or definition, an unknown category, a ``related`` slug that names no
entry, an alias that two entries claim (both files named), and a ``not_in`` name that does not
hold the entry's term or an alias.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import html
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import yaml

from .curly_quoted_values import curly_quoted_values
from .errors import ExplainerError, ExplainerErrors, yaml_error
from .final_full_stop import word_and_stop
from .inline_text import MARKUP_HINT, emphasis_forms, language_problem, markup_in, with_emphasis_languages
from .languages import language_tag, tag_problem
from .page_front_matter import field_line, misspelt_fields
from .richtext import days_unbroken_text
from .smart_quotes import educate
from .term_matcher import ENGLISH_PLURALS, NOT_A_USE, TermMatcher, fold, name_form
from .yaml_loading import YAML_LOADER, load_with_nodes
from .yaml_run_ons import run_on_lines, unindented_text_lines

#: The front matter fields of an entry. Other keys may be for MkDocs or the theme
#: (``title``, ``tags``…); one that looks like a slip of these is an error.
FIELDS = ("term", "aliases", "definition", "category", "related", "not_in", "lang")
#: The fields that hold names, never meant with quotation marks around them (`curly_quoted_values`).
NAME_FIELDS = ("term", "aliases", "category", "related", "not_in", "lang")
#: The keys of an alias written with its language: ``{text: Степь, lang: ru}``.
ALIAS_KEYS = ("text", "lang")
#: The categories of entries unless ``glossary_categories`` names others. An entry of the
#: category ``place`` is a place: the timeline's countries are written as places are.
CATEGORIES = ("concept", "organisation", "policy or programme", "event", "place", "law or norm")
#: An entry's front matter; its fields may be none (``---`` twice), which names each field
#: the entry lacks, not a closing ``---`` it has.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n|)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


@dataclass(frozen=True)
class GlossaryEntry:
    """One concept of the glossary."""

    slug: str
    src_uri: str
    path: str
    term: str
    #: The definition as plain text, wherever markup cannot go.
    definition: str
    category: str
    aliases: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    #: The definition as HTML: its emphasis (``*qiaowu*``) in ``<em>``.
    definition_html: str = ""
    #: The definition as a link's ``title`` shows it in a hover card, where no markup keeps
    #: a day with its month: with a no-break space between them (`definition` elsewhere).
    definition_title: str = ""
    #: Longer names that hold the term or an alias but mean something else (the
    #: "Bank of England" holds "England"): there the words are no use.
    not_in: tuple[str, ...] = ()
    #: The term's language (BCP 47), where the editors give one: a word of another
    #: language than the article's is marked so, for a screen reader and the PDF's hyphens.
    lang: str = ""
    #: Each alias's language, in the order of `aliases` ("" where none is given).
    alias_langs: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.term, *self.aliases)

    @property
    def name_langs(self) -> tuple[str, ...]:
        """The language of each of `names` ("" for the article's)."""
        return (self.lang, *self.alias_langs, *("",) * (len(self.aliases) - len(self.alias_langs)))


def language_finder(entry: GlossaryEntry, plurals: Sequence[str] = ENGLISH_PLURALS) -> Callable[[str], str] | None:
    """What tells the language of the name of ``entry`` that some words write, a plural's
    too ("" for one in the article's language); None where every name is in the article's."""
    if not any(entry.name_langs):
        return None
    names = TermMatcher([(name, str(place)) for place, name in enumerate(entry.names)], plurals)
    langs = entry.name_langs

    def language_of(words: str) -> str:
        found = [place for start, end, place in names.find(words) if (start, end) == (0, len(words))]
        return langs[int(found[0])] if found else ""

    return language_of


def names_language(entries: Iterable[GlossaryEntry]) -> Callable[[str], str] | None:
    """What tells the language of words that are, whole, the name of one of ``entries`` in a
    language of its own (case and tone marks aside: `name_form`), "" for other words; None
    where no name has a language of its own."""
    return _language_of_names(
        (name, lang) for entry in entries for name, lang in zip(entry.names, entry.name_langs, strict=True)
    )


@functools.lru_cache(maxsize=2)
def names_language_in_pages(pages: tuple[tuple[str, str], ...]) -> Callable[[str], str] | None:
    """`names_language` of the entries whose pages are ``pages`` (path, source), read from
    their front matter alone, for a hook that does not build the glossary: an entry that the
    glossary refuses is the glossary hook's to report. Cached: the timeline's and the
    summaries' hooks ask for the same pages."""
    names: list[tuple[str, str]] = []
    for path, text in pages:
        try:
            data, _body = front_matter(text, path)
        except ExplainerError:
            continue
        names.append((str(data.get("term") or ""), language_tag(str(data.get("lang") or "")) or ""))
        aliases = data.get("aliases")
        for item in aliases if isinstance(aliases, list) else ():
            if isinstance(item, dict):  # an alias in a language of its own: `{text: Степь, lang: ru}`
                names.append((str(item.get("text") or ""), language_tag(str(item.get("lang") or "")) or ""))
    return _language_of_names(names)


def _language_of_names(names: Iterable[tuple[str, str]]) -> Callable[[str], str] | None:
    langs: dict[str, str] = {}
    for name, lang in names:
        if lang:
            langs.setdefault(name_form(name), lang)  # the first name's, as `language_finder`'s
    if not langs:
        return None
    return lambda words: langs.get(name_form(words), "")


@dataclass(frozen=True)
class Glossary:
    """All entries, by slug, sorted A to Z by term."""

    entries: Mapping[str, GlossaryEntry]
    #: What the entries hold that is likely a slip but need not stop the build, each
    #: starting with the entry's file and line.
    warnings: tuple[str, ...] = ()

    def __contains__(self, slug: object) -> bool:
        return slug in self.entries

    def __getitem__(self, slug: str) -> GlossaryEntry:
        return self.entries[slug]

    def __len__(self) -> int:
        return len(self.entries)

    def by_src_uri(self, src_uri: str) -> GlossaryEntry | None:
        return self._by_src_uri.get(src_uri)

    @functools.cached_property
    def _by_src_uri(self) -> dict[str, GlossaryEntry]:
        # Asked once per page: a dict, not a scan of every entry.
        return {entry.src_uri: entry for entry in self.entries.values()}

    def matcher(self, plurals: Sequence[str] = ENGLISH_PLURALS) -> TermMatcher:
        """Every entry's names, and their plurals by ``plurals`` (`term_matcher.plural_forms`)."""
        names = [(name, entry.slug) for entry in self.entries.values() for name in entry.names]
        # After the names, which win a name that is both: a `not_in` name only hides a term.
        names += [(name, NOT_A_USE) for entry in self.entries.values() for name in entry.not_in]
        return TermMatcher(names, plurals)


def markdown_literal(text: str) -> str:
    """``text`` as Markdown that renders to exactly that text: no markup, no raw HTML."""
    escaped = html.escape(text, quote=False)
    return re.sub(r"([\\`*_{}\[\]()#+\-.!])", r"\\\1", escaped)


def front_matter(text: str, path: str) -> tuple[dict, str]:
    """The YAML front matter of a page and the Markdown after it."""
    found = _FRONT_MATTER.match(text)
    if not found:
        if re.match(r"---[ \t]*\n", text):
            raise ExplainerError(
                "the front matter that starts here has no closing `---`",
                path=path,
                line=1,
                hint="Add a line with `---` after the last field.",
            )
        return {}, text
    if unindented := unindented_text_lines(found["yaml"], path=path, first_line=2):
        raise ExplainerErrors(unindented)
    try:
        data, root = load_with_nodes(found["yaml"])
        data = data or {}
    except yaml.YAMLError as error:
        # The front matter starts on the file's second line, after its opening ``---``.
        problem = yaml_error(error, what="front matter is not valid YAML", path=path, first_line=2, text=found["yaml"])
        raise problem from None
    if not isinstance(data, dict):
        raise ExplainerError("front matter must be a mapping of fields", path=path, line=2)
    if run_ons := run_on_lines(found["yaml"], root, FIELDS, path=path, first_line=2):
        raise ExplainerErrors(run_ons)
    if curly := curly_quoted_values(root, NAME_FIELDS, path=path, first_line=2):
        raise ExplainerErrors(curly)
    return data, text[found.end() :]


def _text_list(value: object) -> list[str]:
    """A list field `_list_problem` passed: nothing, one name, or names (an alias's own
    language aside: `_alias_langs`)."""
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    return [item["text"] if isinstance(item, dict) else item for item in items]


def _alias_langs(value: object) -> tuple[str, ...]:
    """The language of each alias `_list_problem` passed ("" where none is given), as tags are written."""
    items = value if isinstance(value, list) else ()
    return tuple(language_tag(str(item.get("lang") or "")) or "" if isinstance(item, dict) else "" for item in items)


def _alias_item_problem(place: int, item: dict) -> tuple[str, str] | None:
    """What is wrong with an alias written with its language (``{text: Степь, lang: ru}``)."""
    example = "Write `- {text: Степь, lang: ru}`, or the name alone for one in the article's language."
    if unknown := [str(key) for key in item if key not in ALIAS_KEYS]:
        return f"`aliases`: item {place} has {', '.join(map(repr, unknown))}, which an alias does not", example
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        return f"`aliases`: item {place} has no `text`", example
    if "lang" in item and (problem := tag_problem(item["lang"], "lang")):
        message, hint = problem
        return f"`aliases`: item {place}: {message}", hint
    return None


def _list_problem(field: str, value: object, what: str) -> tuple[str, str] | None:
    """What is wrong with a list field (``aliases``, ``related``), and what to do; None if nothing.

    ``what`` names one item ("name", "entry name"). An item YAML reads as nothing or as a
    number is named by its place in the list, with its own remedy.
    """
    if value is None:
        return None
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list):
        return f"`{field}` must be a list, one {what} a line after `- `", "Write each item on its own line: `  - …`."
    for place, item in enumerate(items, start=1):
        if item is None or (isinstance(item, str) and not item.strip()):
            return f"`{field}`: item {place} is empty", f"Write the {what} after the `- `, or delete the line."
        if field == "aliases" and isinstance(item, dict):
            continue  # an alias with its language: `_alias_item_problem`, at its own line
        if not isinstance(item, str):
            hint = f'YAML reads {item} as a number, a date or a yes/no: put it in quotes ("{item}").'
            if isinstance(item, list | dict):
                hint = f"Write one {what} a line, as plain text after `- `."
            return f"`{field}`: item {place} is not text", hint
    return None


def _item_lines(text: str, field: str) -> list[int]:
    """The line of each item of the list ``field`` in the front matter of ``text`` (a page),
    block or flow; the field's own line for each if it is not a list."""
    found = _FRONT_MATTER.match(text)
    root = yaml.compose(found["yaml"], Loader=YAML_LOADER) if found else None  # it was read: it is valid
    for key, value in root.value if isinstance(root, yaml.MappingNode) else ():
        if key.value == field:
            if isinstance(value, yaml.SequenceNode):
                return [item.start_mark.line + 2 for item in value.value]  # after the opening `---`
            return [key.start_mark.line + 2]
    return []


def name_line(text: str, place: int) -> int:
    """The line of an entry's name ``place`` in `GlossaryEntry.names`: 0 is the term, then its aliases'."""
    if place == 0:
        return field_line(text, "term") or 1
    lines = _item_lines(text, "aliases")
    return lines[place - 1] if place - 1 < len(lines) else field_line(text, "aliases") or 1


def _alias_warnings(text: str, path: str, term: str, aliases: object) -> list[str]:
    """Warnings for aliases that are likely a slip: several names in one string, an alias
    listed twice, the term again. None of them stops the entry from working as written."""
    if isinstance(aliases, str):
        if "," not in aliases:
            return []  # one alias written alone
        line = field_line(text, "aliases") or 1
        written = text.splitlines()[line - 1].partition(":")[2].strip() if line <= len(text.splitlines()) else ""
        if written[:1] in ("'", '"'):
            return []  # quoted: one name with a comma in it, as meant ("Washington, D.C.")
        return [
            f"{path}:{line}: `aliases: {aliases}` is one name, commas and all;"
            f" for several names, write a list: `aliases: [{aliases}]`; for one, quote it:"
            f' `aliases: "{aliases}"`'
        ]

    def name_of(written: str) -> str:  # as written, but for case and spaces: matching ignores both
        return " ".join(written.split()).casefold()

    warnings, seen, lines = [], {name_of(term)}, None
    for place, alias in enumerate(aliases if isinstance(aliases, list) else ()):
        name = name_of(alias)
        if name in seen:
            lines = lines or _item_lines(text, "aliases")  # read only when there is a warning to place
            line = lines[place] if place < len(lines) else field_line(text, "aliases") or 1
            if name == name_of(term):
                warnings.append(f"{path}:{line}: the alias {alias.strip()!r} is the entry's term; delete it")
            else:
                warnings.append(f"{path}:{line}: the alias {alias.strip()!r} is listed twice; delete one")
        seen.add(name)
    return warnings


def _not_in_problems(text: str, path: str, names: Sequence[str], not_in: Sequence[str]) -> list[ExplainerError]:
    """Each ``not_in`` name that would not do what it is for: hide the entry's term or alias
    where it stands inside a longer name. One that does not hold it hides nothing of this
    entry (but would hide other entries' terms); one that is the name itself hides every use."""
    if not not_in:
        return []
    own_names = {name_form(name) for name in names}
    finder = TermMatcher([(name, "entry") for name in names], plurals=())
    problems, lines = [], None
    for place, longer in enumerate(not_in):
        if name_form(longer) in own_names:
            message = f"`not_in`: {longer.strip()!r} is the entry's own name, so none of its uses would be linked"
            hint = "List only longer names that hold the term and mean something else, or delete the line."
        elif not finder.find(longer):
            message = f"`not_in`: {longer.strip()!r} does not hold the entry's term or an alias"
            hint = (
                "List a longer name in which the term's words stand and mean something else"
                " (`Bank of England` for `England`), copied from the page."
            )
        else:
            continue
        lines = lines or _item_lines(text, "not_in")  # read only when there is an error to place
        line = lines[place] if place < len(lines) else field_line(text, "not_in") or 1
        problems.append(ExplainerError(message, path=path, line=line, hint=hint))
    return problems


def parse_entry(
    slug: str,
    src_uri: str,
    path: str,
    text: str,
    *,
    typographic: bool = True,
    language: str = "en",
    categories: Sequence[str] = CATEGORIES,
    category_names: Mapping[str, str] | None = None,
) -> tuple[GlossaryEntry | None, list[ExplainerError], list[str]]:
    """One entry from its page source, or the errors that stop it, and warnings about it;
    ``typographic``: set its term's and definition's quotation marks as print does
    (`smart_quotes`); ``language``: the article's, whose dates its definition keeps whole;
    ``categories``: the ones an entry may have; ``category_names``: the
    names the site shows them by (``words.categories``), which an editor may write."""
    data, body = front_matter(text, path)
    if body is text:  # no front matter at all: one error, not one for each field it lacks
        hint = "Start the file with a line `---`, then `term:`, `definition:` and `category:` lines, then `---`."
        return None, [ExplainerError("glossary entry has no front matter", path=path, line=1, hint=hint)], []
    errors = []

    def error(message: str, field: str, hint: str = "") -> None:
        errors.append(ExplainerError(message, path=path, line=field_line(text, field) or 1, hint=hint))

    #: Fields written under another name: one error for the slip, not another for the field's absence.
    misspelt: set[str] = set()
    for key, field in misspelt_fields(data, FIELDS):
        error(f"`{key}` is not a field of an entry; did you mean `{field}`?", key, f"Write `{field}:`.")
        misspelt.add(field)
    term = data.get("term")
    definition = data.get("definition")
    missing = {
        "term": "Add `term: The name as the article spells it` to the front matter.",
        "definition": "Add `definition: one or two sentences` to the front matter; it is the hover text.",
    }
    for field, value in (("term", term), ("definition", definition)):
        if isinstance(value, bool | int | float | datetime.date):
            error(f"`{field}: {value}` is not text to YAML", field, f'Put it in quotes: {field}: "…".')
        elif isinstance(value, list | dict) and value:
            # `definition:` then `- …` lines, or `term: [a, b]`: it was said to be empty.
            kind = "a list" if isinstance(value, list) else "a mapping (braces, or lines of `key: value` under it)"
            if field == "term":
                hint = "Write one name, as the article spells it; give the others under `aliases:`."
            elif isinstance(value, dict):  # `definition: {All under Heaven}`: braces, not a list's dashes
                hint = 'Write it as text after the colon, in quotes if it holds braces or ": ": `definition: "…"`.'
            else:
                hint = "Write it as text: `definition: >-`, then its lines indented by two spaces, without `- `."
            error(f"`{field}` is {kind}, not text", field, hint)
        elif not isinstance(value, str) or not value.strip():
            if field in data:  # `definition:` with nothing after it
                written = {"term": "The name as the article spells it", "definition": "one or two sentences"}[field]
                error(f"`{field}` is empty", field, f"Write it after the colon: `{field}: {written}`.")
            elif field not in misspelt:
                error(f"glossary entry has no `{field}`", field, missing[field])
        elif markup := markup_in(value, emphasis=field == "term"):
            # The term is a heading and a link's words too: not even emphasis.
            hint = "Write the term as plain text." if field == "term" else MARKUP_HINT
            error(f"the {field} holds markup ({markup!r}), which would show as typed", field, hint)
        elif field == "definition" and (problem := language_problem(value)):
            error(f"the definition: {problem[0]}", field, problem[1])
        elif field == "term" and word_and_stop(value):
            # `term: Iceland.` titled the entry "Iceland.": matching drops the stop, the title does not.
            error(
                f"`term: {value.strip()}` ends with a full stop, which is no part of the name: the entry's title"
                " and the glossary's list show it",
                "term",
                f"Delete it: `term: {value.strip()[:-1]}`.",
            )
    category = data.get("category")
    if category is None:
        if "category" not in misspelt:
            error(
                "glossary entry has no `category`", "category", f"Add `category:` with one of: {', '.join(categories)}."
            )
    elif isinstance(category, list) and category and all(isinstance(each, str) for each in category):
        # `category: [place, concept]`: an entry is in one category, its filter's one choice.
        error(
            f"`category: [{', '.join(category)}]` is a list; an entry has one category",
            "category",
            f"Write the one that fits it best: `category: {category[0]}`.",
        )
    elif category not in categories:
        import difflib  # only for an editor's slip

        shown_as = {name.casefold(): own for own, name in (category_names or {}).items()}
        # The name the site shows ("Lieu"), in the article's language, is no category's own.
        if (own := shown_as.get(str(category).strip().casefold())) in categories:
            hint = f"The site shows the category {own!r} as {category_names[own]!r}: write `category: {own}`. "
        else:
            closest = difflib.get_close_matches(str(category).casefold(), categories, n=1, cutoff=0.6)
            hint = f"Did you mean {closest[0]!r}? " if closest else ""
        hint += "Another category is added in mkdocs.yml, under `glossary_categories`."
        error(f"category {category!r} is not one of: {', '.join(categories)}", "category", hint)
    for field, what in (("aliases", "name"), ("related", "entry's file name (without .md)"), ("not_in", "name")):
        if problem := _list_problem(field, data.get(field), what):
            message, hint = problem
            error(message, field, hint)
    if isinstance(data.get("aliases"), list):
        for place, item in enumerate(data["aliases"], start=1):
            if isinstance(item, dict) and (problem := _alias_item_problem(place, item)):
                lines = _item_lines(text, "aliases")
                line = lines[place - 1] if place <= len(lines) else field_line(text, "aliases") or 1
                errors.append(ExplainerError(problem[0], path=path, line=line, hint=problem[1]))
    if "lang" in data and (problem := tag_problem(data["lang"], "lang")):
        error(problem[0], "lang", problem[1])
    if errors:
        return None, errors, []
    aliases, related = _text_list(data.get("aliases")), _text_list(data.get("related"))
    not_in = _text_list(data.get("not_in"))
    errors = [
        ExplainerError(
            f"`aliases`: {alias.strip()!r} ends with a full stop, which is no part of the name",
            path=path,
            line=name_line(text, place),
            hint=f"Delete it: `{alias.strip()[:-1]}`.",
        )
        for place, alias in enumerate(aliases, start=1)
        if word_and_stop(alias)
    ]
    errors += _not_in_problems(text, path, (str(term), *aliases), not_in)
    if errors:
        return None, errors, []
    plain_definition, definition_html = emphasis_forms(
        " ".join(str(definition).split()), typographic=typographic, language=language
    )
    entry = GlossaryEntry(
        slug=slug,
        src_uri=src_uri,
        path=path,
        term=educate(str(term).strip()) if typographic else str(term).strip(),  # matching ignores quotes
        definition=plain_definition,
        definition_html=definition_html,
        definition_title=days_unbroken_text(plain_definition, (language,)),
        category=str(category),
        aliases=tuple(alias.strip() for alias in aliases),  # none is blank: `_list_problem`
        related=tuple(related),
        not_in=tuple(name.strip() for name in not_in),
        lang=language_tag(str(data.get("lang") or "")) or "",
        alias_langs=_alias_langs(data.get("aliases")),
    )
    written = data.get("aliases")
    return entry, [], _alias_warnings(text, path, str(term), written if isinstance(written, str) else aliases)


def build_glossary(
    pages: Iterable[tuple[str, str, str]],
    *,
    typographic: bool = True,
    language: str = "en",
    categories: Sequence[str] = CATEGORIES,
    category_names: Mapping[str, str] | None = None,
    emphasis_languages: bool = True,
) -> Glossary:
    """The glossary from (src_uri, display path, source text) of each entry page, its entries
    each of one of ``categories`` (shown as ``category_names`` name them). With
    ``emphasis_languages``, an emphasis of a definition whose words are an entry's name in a
    language of its own is marked with it (`names_language`), unless it gives its own.

    Raises `ExplainerErrors` listing every problem in every entry.
    """
    entries: dict[str, GlossaryEntry] = {}
    texts: dict[str, str] = {}
    errors: list[ExplainerError] = []
    warnings: list[str] = []
    #: Every entry page's slug, read or not: an entry with errors of its own is reported
    #: once, not again as missing by each entry that relates to it.
    slugs: set[str] = set()
    for src_uri, path, text in pages:
        slug = src_uri.rsplit("/", 1)[-1].removesuffix(".md")
        slugs.add(slug)
        try:
            entry, problems, doubts = parse_entry(
                slug,
                src_uri,
                path,
                text,
                typographic=typographic,
                language=language,
                categories=categories,
                category_names=category_names,
            )
        except ExplainerErrors as problems:  # several in its front matter (`yaml_run_ons`)
            errors += problems.errors
            continue
        except ExplainerError as problem:
            errors.append(problem)
            continue
        errors += problems
        warnings += doubts
        if entry is not None:
            entries[slug] = entry
            texts[slug] = text

    #: Each name as the matcher reads it (`name_form`), and the entry that has it:
    #: two entries must not share one, or the second would never be linked by it. (A
    #: plural yields to a name: `TermMatcher`.)
    claimed: dict[str, tuple[GlossaryEntry, int]] = {}
    #: Each name already reported as another entry's, by entry: a term and an alias that
    #: read alike (`Tianxia`, `Tiānxià`) are one clash, reported once.
    reported: set[tuple[str, str]] = set()
    # In the order of the files' names, so that a clash is reported at the entry that comes
    # second (`tianxia-2.md`, just added, not `tianxia.md`), as an editor lists them.
    for entry in sorted(entries.values(), key=lambda entry: entry.slug):
        for place, written in enumerate(entry.names):
            name = name_form(written)
            other, other_place = claimed.setdefault(name, (entry, place)) if name else (entry, place)
            if other.slug != entry.slug and (entry.slug, name) not in reported:
                reported.add((entry.slug, name))
                errors.append(
                    ExplainerError(
                        f"the name {name!r} belongs to two entries: this one and"
                        f" {other.path}:{name_line(texts[other.slug], other_place)}",
                        path=entry.path,
                        line=name_line(texts[entry.slug], place),
                        hint="A term or alias may name one entry only; remove it from one of them.",
                    )
                )
        for index, slug in enumerate(entry.related):
            if slug in entry.related[:index]:
                message = f"related entry {slug!r} is listed twice"
                hint = "Keep one; the page would show the link twice."
            elif slug == entry.slug:
                message = "an entry cannot be related to itself"
                hint = f"Remove {slug!r} from `related`; list other entries there."
            elif slug not in slugs:
                import difflib  # only for an editor's slip

                message = f"related entry {slug!r} does not exist"
                hint = "Use the file name of another glossary entry, without .md."
                # First the entry whose file it names in other letters or whose term or alias it is:
                # a file renamed (tianxia.md to all-under-heaven.md) is still named by its term.
                closest = [other for other in sorted(slugs) if other.casefold() == slug.casefold()]
                closest = closest or [
                    other.slug
                    for other in entries.values()
                    if other.slug != entry.slug and name_form(slug) in {name_form(name) for name in other.names}
                ]
                closest = closest or difflib.get_close_matches(slug, sorted(slugs - {entry.slug}), n=1, cutoff=0.6)
                if closest:
                    hint = f"Did you mean {closest[0]!r}? {hint}"
            else:
                continue
            line = field_line(texts[entry.slug], "related") or 1
            errors.append(ExplainerError(message, path=entry.path, line=line, hint=hint))
    if errors:
        raise ExplainerErrors(errors)
    if emphasis_languages and (language_of := names_language(entries.values())) is not None:
        entries = {
            slug: dataclasses.replace(
                entry, definition_html=with_emphasis_languages(entry.definition_html, language_of)
            )
            for slug, entry in entries.items()
        }
    ordered = sorted(entries.values(), key=lambda entry: (fold(entry.term).lstrip("“‘\"'"), entry.slug))
    return Glossary(entries={entry.slug: entry for entry in ordered}, warnings=tuple(warnings))


#: A note's call (``<sup …>12</sup>``), which stands against the word before it, and any tag.
_NOTE_CALL = re.compile(r"<sup\b[^>]*>.*?</sup>", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def not_in_warnings(
    glossary: Glossary, article_html: Iterable[str], sources: Mapping[str, str], plurals: Sequence[str]
) -> list[str]:
    """A warning for each ``not_in`` name that no article page writes: a slip in copying it
    (``Bank of Englnd``) hides nothing, and the term is linked inside the
    name the editor meant. ``article_html``: the article pages' HTML; ``sources``: each
    entry's page source by its ``src_uri``, for the line; ``plurals`` as the glossary finds them."""
    names = [
        (name, f"{entry.slug}\0{place}")
        for entry in glossary.entries.values()
        for place, name in enumerate(entry.not_in)
    ]
    if not names:
        return []
    finder = TermMatcher(names, plurals)
    found: set[str] = set()
    for page in article_html:
        found.update(key for _start, _end, key in finder.find(html.unescape(_TAG.sub("", _NOTE_CALL.sub(" ", page)))))
        if len(found) == len(names):  # every name is on a page: the pages after it can warn of none
            break
    warnings = []
    for name, key in names:
        if key in found:
            continue
        slug, place = key.split("\0")
        entry = glossary[slug]
        lines = _item_lines(sources.get(entry.src_uri, ""), "not_in")
        line = lines[int(place)] if int(place) < len(lines) else 1
        warnings.append(
            f"{entry.path}:{line}: `not_in`: {name!r} is on no article page, so it hides nothing;"
            " copy the name as the article writes it, or delete the line"
        )
    return warnings
