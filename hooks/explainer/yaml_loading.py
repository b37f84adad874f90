"""YAML as the editors' files are read: the glossary's and pages' front matter, the timeline.

YAML reads a value written as a date (``2019-02-28``, unquoted) as a date; one that is
not in the calendar (``2019-02-30``) stops PyYAML with a bare ``ValueError`` that names
no line. `YAML_LOADER` makes it `NotADate`, a YAML error with the value's place.
"""

from __future__ import annotations

import calendar
import re

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import ScalarNode

#: The parts of a date as YAML reads one: a month and a day may have one digit.
_YAML_DATE = re.compile(r"(\d{4})-(\d\d?)-(\d\d?)")


class NotADate(ConstructorError):
    """A value YAML reads as a date or time that is not in the calendar (``2019-02-30``)."""

    def __init__(self, value: str, problem: str, mark: object) -> None:
        super().__init__(None, None, problem, mark)
        #: The value as written.
        self.value = value


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
        return (loader.construct_document(node) if node is not None else None), node
    finally:
        loader.dispose()
