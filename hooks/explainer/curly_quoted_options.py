"""Labels and titles under ``extra.explainer`` in a word processor's quotation marks.

``bibliography_title: “Works cited”``, typed with "smart quotes" on, is read by YAML with
its marks, and the page's title showed them. A label or a title is never meant so: such
a value is named at its line of ``mkdocs.yml`` (or of the file its ``INHERIT:`` names, where
the option is written there), as `curly_quoted_values` names a glossary's or a timeline's.
So is a category's name under ``words.categories`` (``organisation: “Organization”``), which
the glossary's filter and each entry's label showed with its marks. A value in YAML's own
quotes (``'“Works cited”'``) keeps its marks.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

import yaml
from yaml.nodes import MappingNode, ScalarNode

from .curly_quoted_values import curly_quoted, curly_quoted_values
from .errors import ExplainerError


def curly_quoted_options(
    raw: Mapping[str, object],
    labels: Mapping[str, Collection[str]],
    *,
    sources: Callable[[], Sequence[tuple[str, str]]],
) -> list[ExplainerError]:
    """An error for each option of ``raw`` (``extra.explainer`` as YAML read it) that is a
    label (``labels``: for each group, ``""`` for the top level, ``"words"``, the names of
    its labels), or a category's name under ``words.categories``, written wholly in curly
    quotation marks and not in YAML's quotes.

    ``sources`` gives the configuration's files as (the path a message names, the text):
    ``mkdocs.yml``, then each file its ``INHERIT:`` names, as MkDocs merges them. It is read
    only where a value is so written (the marks alone do not say whether YAML's quotes were
    around them), and each value is looked for in the first file that writes it, the one
    MkDocs took it from."""
    wanted = {(group, name) for group, names in labels.items() for name in names}
    words = raw.get("words")
    categories = words.get(_CATEGORIES) if isinstance(words, Mapping) else None
    named = dict(categories) if isinstance(categories, Mapping) else {}
    if not any(curly_quoted(value) for value in [*_values(raw, labels), *named.values()] if isinstance(value, str)):
        return []
    errors = []
    for path, text in sources():
        try:
            root = yaml.compose(text, Loader=yaml.SafeLoader)  # composing reads no tag (`!ENV`)
        except yaml.YAMLError:
            continue
        explainer = _child(_child(root, "extra"), "explainer")
        for group in labels:
            record = _child(explainer, group) if group else explainer
            written = [name for name in _keys(record) if (group, name) in wanted]
            wanted.difference_update((group, name) for name in written)
            within = f"extra.explainer.{group}: " if group else "extra.explainer: "
            errors += curly_quoted_values(record, written, path=path, first_line=1, within=within)
        # A category's name is read as each label is, from the first file that writes it.
        record = _child(_child(explainer, "words"), _CATEGORIES)
        written = [name for name in _keys(record) if name in named]
        for name in written:
            del named[name]
        within = f"extra.explainer.words.{_CATEGORIES}: "
        errors += curly_quoted_values(record, written, path=path, first_line=1, within=within)
    return errors


#: The option under ``words`` that names the glossary's categories, a mapping of labels.
_CATEGORIES = "categories"


def _values(raw: Mapping[str, object], labels: Mapping[str, Collection[str]]) -> list[object]:
    """The values of the options ``labels`` names in ``raw``."""
    values = []
    for group, names in labels.items():
        record = raw.get(group) if group else raw
        if isinstance(record, Mapping):
            values += [record.get(name) for name in names]
    return values


def _keys(node: yaml.Node | None) -> list[str]:
    """The keys written in the mapping ``node`` (none if it is not one)."""
    if not isinstance(node, MappingNode):
        return []
    return list(dict.fromkeys(key.value for key, _ in node.value if isinstance(key, ScalarNode)))


def _child(node: yaml.Node | None, name: str) -> yaml.Node | None:
    """The value of ``name`` in the mapping ``node`` (its last, as YAML keeps), or None."""
    if not isinstance(node, MappingNode):
        return None
    found = [value for key, value in node.value if isinstance(key, ScalarNode) and key.value == name]
    return found[-1] if found else None
