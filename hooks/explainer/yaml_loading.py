"""YAML as the editors' files are read: the glossary's and pages' front matter, the timeline.

YAML reads a value written as a date (``2019-02-28``, unquoted) as a date; one that is
not in the calendar (``2019-02-30``) stops PyYAML with a bare ``ValueError`` that names
no line. `YAML_LOADER` makes it `NotADate`, a YAML error with the value's place.

A key given twice in one record (two ``related:`` lists, an event's second ``note:``)
is no error to PyYAML, which keeps the last value and drops the first without a word;
`load_with_nodes` makes it `KeyGivenTwice`.
"""

from __future__ import annotations

import calendar

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .deferred_patterns import DeferredPattern

#: The parts of a date as YAML reads one: a month and a day may have one digit.
_YAML_DATE = DeferredPattern(r"(\d{4})-(\d\d?)-(\d\d?)")


class NotADate(ConstructorError):
    """A value YAML reads as a date or time that is not in the calendar (``2019-02-30``)."""

    def __init__(self, value: str, problem: str, mark: object) -> None:
        super().__init__(None, None, problem, mark)
        #: The value as written.
        self.value = value


class KeyGivenTwice(ConstructorError):
    """A key written twice in one mapping, which YAML forbids and PyYAML lets pass."""

    def __init__(self, key: str, first: object, second: object) -> None:
        super().__init__("a key first given", first, f"`{key}` is given twice in one record", second)
        #: The key as written.
        self.key = key


def _calendar_problem(written: str) -> str:
    """What is wrong with the date ``written``: ``February 2019 has no day 30``."""
    found = _YAML_DATE.match(written)
    if found:
        year, month, day = (int(part) for part in found.groups())
        if not 1 <= month <= 12:
            return f"there is no month {month}"
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            return f"{calendar.month_name[month]} {year} has no day {day}"
    return "its time of day does not exist"  # the date is fine: the hour, minute or second is not


def _timestamp(loader: SafeConstructor, node: ScalarNode) -> object:
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        problem = f"{node.value} is not a date: {_calendar_problem(node.value)}"
        raise NotADate(node.value, problem, node.start_mark) from None


class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """PyYAML's safe loader (libyaml's when PyYAML was built with it: the same result,
    several times faster), with `NotADate` for a date not in the calendar."""


Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
YAML_LOADER = Loader


def load_with_nodes(text: str) -> tuple[object, yaml.Node | None]:
    """The YAML ``text`` as `YAML_LOADER` reads it, and the nodes it was read from (their
    lines), from one parse; raise ``yaml.YAMLError`` as ``yaml.load`` does."""
    loader = YAML_LOADER(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        _refuse_keys_given_twice(node, set())
        return loader.construct_document(node), node
    finally:
        loader.dispose()


#: The tag of ``<<``, whose keys a record takes over and may give again, as YAML allows.
_MERGE = "tag:yaml.org,2002:merge"


def _refuse_keys_given_twice(node: Node, seen: set[int]) -> None:
    """Raise `KeyGivenTwice` for the first key written twice in one mapping under ``node``.

    Read from the nodes as written, before ``<<`` merges add keys to a record: a key a
    record gives again over a merged one is meant. ``seen``: nodes already read (an alias
    is the node of its anchor)."""
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, MappingNode):
        first_marks: dict[tuple[str, str], object] = {}
        for key, value in node.value:
            if isinstance(key, ScalarNode) and key.tag != _MERGE:
                written = (key.tag, key.value)
                if written in first_marks:
                    raise KeyGivenTwice(key.value, first_marks[written], key.start_mark)
                first_marks[written] = key.start_mark
            _refuse_keys_given_twice(key, seen)
            _refuse_keys_given_twice(value, seen)
    elif isinstance(node, SequenceNode):
        for item in node.value:
            _refuse_keys_given_twice(item, seen)
