"""Options written with nothing after their colon (``ibid:``), under ``extra: explainer:``.

YAML reads such a line as no value, and MkDocs then takes the option's default without a
word: ``ibid:`` meant as "no Ibid." printed Ibid. all the same. Whether the editor meant
the default, the opposite, or had not yet written the value, only they know: the build
asks for the value, naming what the option takes and its default.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from mkdocs.config import config_options as c


@dataclass(frozen=True)
class EmptyOption:
    """An option with no value: its dotted name under ``extra.explainer`` and what to write."""

    name: str
    hint: str

    @property
    def message(self) -> str:
        return f"extra.explainer.{self.name} has no value after its colon"


def empty_options(
    raw: Mapping[str, Any], schema: Iterable[tuple[str, Any]], sub_schemas: Mapping[str, Iterable[tuple[str, Any]]]
) -> list[EmptyOption]:
    """Each option of ``raw`` (``extra.explainer`` as YAML read it), or sub-option of one of
    ``sub_schemas``' options, that holds no value; an unknown name is left to MkDocs' check."""
    options = dict(schema)
    found = []
    for key, value in raw.items():
        if key not in options:
            continue
        if value is None:
            found.append(EmptyOption(key, _hint(options[key])))
        elif key in sub_schemas and isinstance(value, Mapping):
            sub_options = dict(sub_schemas[key])
            found += (
                EmptyOption(f"{key}.{sub}", _hint(sub_options[sub]))
                for sub, sub_value in value.items()
                if sub_value is None and sub in sub_options
            )
    return found


def without_empty(raw: Mapping[str, Any], empty: Iterable[EmptyOption]) -> dict[str, Any]:
    """``raw`` without the ``empty`` options, for the others to be checked as they are."""
    names = {option.name for option in empty}
    kept = {key: value for key, value in raw.items() if key not in names}
    for name in names:
        key, _, sub = name.partition(".")
        if sub and isinstance(kept.get(key), Mapping):
            kept[key] = {each: value for each, value in kept[key].items() if each != sub}
    return kept


def _hint(option: Any) -> str:
    what, default = _takes(option), _in_yaml(getattr(option, "default", None))
    keep = f"to keep the default, {default}" if default else "to keep the default"
    return f"Write {what} after the colon, or delete the line {keep}."


def _takes(option: Any) -> str:
    """What ``option`` takes, in an editor's words."""
    if isinstance(option, c.Choice) or getattr(option, "choices", None):  # config.PaperSize too
        return " or ".join(str(choice) for choice in option.choices)
    if isinstance(option, c.Type) and option._type is bool:
        return "true or false"
    if isinstance(option, c.ListOfItems):
        return "a list, in brackets ([a, b], or [] for none),"
    if isinstance(option, (c.SubConfig, c.DictOfItems)):
        return "its options, indented under it"
    return "its text"


def _in_yaml(default: object) -> str:
    """``default`` as it is written in ``mkdocs.yml`` (nothing for one that says nothing)."""
    if isinstance(default, bool):
        return "true" if default else "false"
    if isinstance(default, list):
        return "[" + ", ".join(map(str, default)) + "]"
    if isinstance(default, str):
        return default or '"" (none)'
    return ""
