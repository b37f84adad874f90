"""Labels and titles under ``extra.explainer`` in a word processor's quotation marks.

``bibliography_title: “Works cited”``, typed with "smart quotes" on, is read by YAML with
its marks, and the page's title showed them. A label or a title is never meant so: such
a value is named at its line of ``mkdocs.yml``, as `curly_quoted_values` names a glossary's
or a timeline's. A value in YAML's own quotes (``'“Works cited”'``) keeps its marks.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

import yaml
from yaml.nodes import MappingNode, ScalarNode

from .curly_quoted_values import curly_quoted, curly_quoted_values
from .errors import ExplainerError


def curly_quoted_options(
    raw: Mapping[str, object],
    labels: Mapping[str, Collection[str]],
    *,
    path: str,
    config_text: Callable[[], str],
) -> list[ExplainerError]:
    """An error for each option of ``raw`` (``extra.explainer`` as YAML read it) that is a
    label (``labels``: for each group, ``""`` for the top level, ``"words"``, the names of
    its labels) written wholly in curly quotation marks and not in YAML's quotes.

    ``config_text`` is read only where a value is so written: the marks alone do not say
    whether YAML's quotes were around them. An option written in a file that ``INHERIT:``
    names is not found in ``config_text``, and is left as it is."""
    if not any(curly_quoted(value) for group, names in labels.items() for value in _values(raw, group, names)):
        return []
    try:
        root = yaml.compose(config_text(), Loader=yaml.SafeLoader)  # composing reads no tag (`!ENV`)
    except yaml.YAMLError:
        return []
    explainer = _child(_child(root, "extra"), "explainer")
    errors = []
    for group, names in labels.items():
        record = _child(explainer, group) if group else explainer
        within = f"extra.explainer.{group}: " if group else "extra.explainer: "
        errors += curly_quoted_values(record, names, path=path, first_line=1, within=within)
    return errors


def _values(raw: Mapping[str, object], group: str, names: Collection[str]) -> list[str]:
    """The text values of the options ``names`` in ``group`` of ``raw``."""
    record = raw.get(group) if group else raw
    if not isinstance(record, Mapping):
        return []
    return [value for name in names if isinstance(value := record.get(name), str)]


def _child(node: yaml.Node | None, name: str) -> yaml.Node | None:
    """The value of ``name`` in the mapping ``node`` (its last, as YAML keeps), or None."""
    if not isinstance(node, MappingNode):
        return None
    found = [value for key, value in node.value if isinstance(key, ScalarNode) and key.value == name]
    return found[-1] if found else None
