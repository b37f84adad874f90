"""Values written in a word processor's quotation marks, which YAML reads as text.

An editor who types ``date: "2021"`` in a word processor, or with an editor's
"smart quotes" on, saves ``date: “2021”``. YAML reads only the straight marks (``"``
and ``'``) as quotes: the curly ones are part of the value. A term so written showed
its marks on the entry's title and in the glossary's list, an alias or a country
matched nothing, and a date or a page was refused with a message that showed the
value "in quotes", as the editor had meant it. A name-like field (a term, an alias, a
category, a date, a page) is never meant with marks around it: such a value is named
here, with the field's line and the value to write.

`curly_quoted_value_hint` says the same for a YAML error on a line whose value opens
with such a mark: YAML's own message, to quote a value that holds ``: ``, is what the
editor thought they had done.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from .errors import ExplainerError

#: Each opening mark a word processor types for a quote, and the closing marks that end it
#: (English's, and German's „…“, whose closing mark is English's opening one).
_PAIRS = {"“": "”“", "‘": "’‘", "„": "“”", "‚": "‘’"}


def curly_quoted(value: str) -> bool:
    """Whether ``value`` is wholly inside a word processor's quotation marks: ``“2021”``,
    not ``“Stability” first, then “growth”``, two quotations in a sentence."""
    if len(value) < 2 or value[0] not in _PAIRS or value[-1] not in _PAIRS[value[0]]:
        return False
    marks = value[0] + _PAIRS[value[0]]
    return not any(mark in value[1:-1] for mark in marks)


#: How much of a value's words a message quotes: a sentence is named by its first ones.
_SHOWN = 40


def curly_quoted_values(
    root: yaml.Node | None, fields: Collection[str], *, path: str, first_line: int, within: str = ""
) -> list[ExplainerError]:
    """An error for each of ``fields``, in the record ``root`` or in the records of the list
    ``root``, whose value (or one of whose list items) is written without YAML's quotes
    but wholly in curly ones. A value in YAML's own quotes (``'“Works cited”'``) keeps its
    marks as meant. ``first_line``: the file's line number of the YAML's first line;
    ``within``: what the message names the record by first (``extra.explainer: ``)."""
    errors = []
    for key, scalar, in_list in _field_values(root, fields):
        if not scalar.style and curly_quoted(scalar.value):  # plain: None, or "" from libyaml
            bare = scalar.value[1:-1].strip()
            shown = scalar.value
            write = f'Write {bare} without them, or in straight quotes: "{bare}".'
            if len(bare) > _SHOWN:  # a summary's point: its first words name it, its marks the slip
                opening, closing = scalar.value[0], scalar.value[-1]
                shown = f"{opening}{bare[:_SHOWN].rsplit(' ', 1)[0]}…{closing}"
                write = f"Delete the {opening} and the {closing} around it, or write straight quotes in their place."
            written = f"`{key}`: the item {shown}" if in_list else f"`{key}: {shown}`"
            errors.append(
                ExplainerError(
                    f"{within}{written} is in curly quotation marks, which YAML reads as part of the value",
                    path=path,
                    line=scalar.start_mark.line + first_line,
                    hint=(
                        f'{write} A word processor turns the " you type into “ and ”; YAML reads only the straight'
                        " ones as quotes."
                    ),
                )
            )
    return errors


def _field_values(root: yaml.Node | None, fields: Collection[str]) -> Iterator[tuple[str, ScalarNode, bool]]:
    """(field, value, whether it is a list's item) for each value of ``fields`` in the record
    ``root`` or the records of the list ``root``: the value itself, each item of a list, and
    an item's ``text`` (an alias with its own language, ``{text: 天下, lang: zh-Hans}``)."""
    records = root.value if isinstance(root, SequenceNode) else [root]
    for record in records:
        if not isinstance(record, MappingNode):
            continue
        for key, value in record.value:
            if not (isinstance(key, ScalarNode) and key.value in fields):
                continue
            in_list = isinstance(value, SequenceNode)
            for item in value.value if in_list else [value]:
                if isinstance(item, ScalarNode):
                    yield key.value, item, in_list
                elif isinstance(item, MappingNode):
                    yield from ((key.value, text, in_list) for name, text in item.value if _is_text(name, text))


def _is_text(name: yaml.Node, value: yaml.Node) -> bool:
    return isinstance(name, ScalarNode) and name.value == "text" and isinstance(value, ScalarNode)


def curly_quoted_value_hint(line: str) -> str | None:
    """What to do where YAML could not read ``line`` and its value opens with a curly
    quotation mark (``point: “The treaty: a turning point”``): ``None`` for any other line."""
    _, colon, value = line.partition(": ")
    value = value.strip() if colon else line.strip().removeprefix("- ").strip()
    if not value or value[0] not in _PAIRS:
        return None
    return (
        f"The value is in curly quotation marks ({value[0]}…), which YAML reads as text, not as quotes:"
        ' write straight ones, "…", as a keyboard types them (a word processor turns " into “ and ”).'
    )
