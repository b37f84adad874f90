"""Aliases that are only their term's plural, which the glossary finds by itself.

The matcher finds a term's plurals by the article's rules (`glossary_plurals`,
`term_matcher.plural_names`): an alias ``dams`` for ``dam`` adds nothing, and the editor's
guide says to list only real variants. A warning at the alias's line says so; the entry
works the same either way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from .glossary import GlossaryEntry, name_line
from .term_matcher import EveryWordPlurals, fold, name_form, plural_names


def plural_alias_warnings(
    entries: Iterable[GlossaryEntry], texts: Mapping[str, str], plurals: Sequence[str]
) -> list[str]:
    """A warning for each alias of ``entries`` that is one of its term's plurals by
    ``plurals``; ``texts`` are the entries' sources by path, to place it. An entry or an
    alias in a language of its own is passed over: the rules are the article's language's."""
    folded = [fold(rule) for rule in plurals]
    rules = EveryWordPlurals(folded) if isinstance(plurals, EveryWordPlurals) else folded
    warnings = []
    for entry in entries:
        term = name_form(entry.term)
        if entry.lang or not term or not rules:
            continue
        forms = set(plural_names(term, rules)) - {term}
        for place, (alias, language) in enumerate(zip(entry.aliases, entry.name_langs[1:], strict=False), start=1):
            if not language and name_form(alias) in forms:
                line = name_line(texts.get(entry.path, ""), place)
                warnings.append(
                    f"{entry.path}:{line}: the alias {alias!r} is the plural of the term {entry.term!r}, which"
                    " the glossary finds by itself; delete it, and list as aliases only other names"
                )
    return warnings
