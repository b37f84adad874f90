"""A page's front matter as MkDocs reads it, and the mistakes in it that MkDocs keeps quiet about."""

from __future__ import annotations

import re
from collections.abc import Sequence

import yaml
from mkdocs.utils.meta import YAML_RE

from .errors import ExplainerError, yaml_error
from .yaml_loading import YAML_LOADER, load_with_nodes


def unread_front_matter(markdown: str, meta: dict, path: str) -> ExplainerError | None:
    """The error in a page's front matter that MkDocs could not read, if it could not.

    MkDocs reads front matter that is not valid YAML as no front matter at all: the build
    goes on, and the page shows its ``---`` block as text at its top. ``markdown`` is the
    page's text as MkDocs passes it on, after taking any front matter it could read off.
    """
    found = YAML_RE.match(markdown)
    if meta or not found:
        return None
    try:
        yaml.load(found.group(1), Loader=YAML_LOADER)  # a date not in the calendar is a YAMLError here
    except yaml.YAMLError as error:
        return yaml_error(error, what="front matter is not valid YAML", path=path, first_line=2, text=found.group(1))
    return None  # valid YAML but not a mapping: a rule, some text and a rule, which MkDocs shows as such


#: A line of front matter that starts a key, at any depth (``title:``, ``  - point: …``),
#: with the line break before it: a literal start lets the regex engine skip to each line.
_KEY_LINE = re.compile(r"\n[ \t]*(?:-[ \t]+)*[^\s#?:\-][^\n:]*:(?=[ \t\n])")


#: What may make the count of key lines no measure: a flow mapping (``{point: a, point: b}``,
#: whose keys share a line), and an anchor or alias (``- *first``, ``<<: *base``: a record
#: that holds another's keys again, with no lines of their own).
_FLOW_OR_ALIAS = "{&*"
#: What stands before one at the start of a value: a ``*`` or ``{`` within a point's text is none.
_VALUE_START = frozenset(":,[{-")


def _keys_not_on_lines(source: str, start: int, end: int) -> bool:
    """Whether the YAML in ``source[start:end]`` has a flow mapping, an anchor or an alias.
    Each mark is looked for with ``str.find``: most front matter has none, and that costs
    less than a regex's scan."""
    for mark in _FLOW_OR_ALIAS:
        at = source.find(mark, start, end)
        while at != -1:
            before = source[source.rfind("\n", start, at) + 1 : at].rstrip(" \t")
            if not before or before[-1] in _VALUE_START:
                return True
            at = source.find(mark, at + 1, end)
    return False


def key_given_twice(meta: dict, path: str, source: str) -> ExplainerError | None:
    """The error for a key written twice in one record of a page's front matter, at the
    second's line: MkDocs, as YAML does, keeps the second value and drops the first.

    ``source``: the page's text, front matter included. Every page is read for this, so the
    front matter is parsed again (with its nodes, for the lines) only where it has more
    lines that start a key than ``meta`` holds keys, as when two keys made one, or where
    keys are written otherwise than one a line (a flow mapping, an alias); a line that
    only looks like a key (in a long quoted value) costs that parse, never an error."""
    if not meta or not source.startswith("---"):
        return None
    end = source.find("\n---", 3)
    if end == -1:
        return None
    if len(_KEY_LINE.findall(source, 0, end)) <= _keys_read(meta) and not _keys_not_on_lines(source, 3, end):
        return None
    found = YAML_RE.match(source)  # the front matter exactly as MkDocs took it
    if found is None:
        return None
    try:
        load_with_nodes(found.group(1))
    except yaml.YAMLError as error:
        return yaml_error(error, what="front matter is not valid YAML", path=path, first_line=2, text=found.group(1))
    return None


def _keys_read(value: object) -> int:
    """How many keys the mappings in ``value`` hold, at every depth."""
    if isinstance(value, dict):
        count, items = len(value), value.values()
    elif isinstance(value, list):
        count, items = 0, value
    else:
        return 0
    return count + sum([_keys_read(item) for item in items if isinstance(item, (dict, list))])


def misspelt_fields(data: dict, fields: Sequence[str]) -> list[tuple[str, str]]:
    """(key, field) for each key of ``data`` that is not one of ``fields`` but close to one:
    a slip (``alias``, ``relatd``), which YAML and MkDocs would take as a key of its own."""
    strays = [str(key) for key in data if key not in fields]
    if not strays:
        return []
    import difflib  # only for an editor's slip

    return [(key, close[0]) for key in strays if (close := difflib.get_close_matches(key, fields, n=1, cutoff=0.75))]


def field_line(text: str, key: str) -> int | None:
    """The line of ``text`` (a page with its front matter) where the field ``key`` starts."""
    found = re.search(rf"^{re.escape(key)}\s*:", text, re.MULTILINE)
    return text.count("\n", 0, found.start()) + 1 if found else None


#: The front matter's keys that a page of the article is read for: this project's
#: ``summary``, MkDocs' ``title`` and ``template``, and Material's own.
PAGE_FIELDS = ("title", "summary", "template", "description", "hide", "search", "tags", "icon", "status", "subtitle")


def misspelt_page_keys(meta: dict, path: str, source: str) -> list[ExplainerError]:
    """An error for each key of a page's front matter that is close to one the page is read
    for but not it (``titel``, ``sumary``): MkDocs keeps any key, read or not, so the
    title or the summary would go missing without a word."""
    return [
        ExplainerError(
            f"`{key}` is not read; did you mean `{field}`?",
            path=path,
            line=field_line(source, key),
            hint=f"Write `{field}:`; until then the page has no `{field}`.",
        )
        for key, field in misspelt_fields(meta, PAGE_FIELDS)
    ]
