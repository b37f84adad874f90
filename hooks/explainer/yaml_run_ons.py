"""Lines that YAML, reading the indentation, takes as more of the value above them.

A list item indented further than the one above (``   - SCO`` under ``  - Uighur``) is
read as the rest of that item, one name "Uighur - SCO"; a field indented as the text of a
``>-`` definition (``  related:``) is read as more of the definition. The YAML is valid,
so the parser says nothing: the entry would lose the alias, or show the field in its
hover text. Such a line is named here, with the value it runs into.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

import yaml

from .deferred_patterns import DeferredPattern
from .errors import ExplainerError, indent_advice

#: A line that reads as a list item of its own: ``- SCO``.
_ITEM = DeferredPattern(r"[ \t]*-(?:[ \t]+(.*)|$)")
#: A line that reads as a field: ``related:``.
_FIELD = re.compile(r"[ \t]*([A-Za-z_][\w-]*):(?:[ \t]|$)")


def run_on_lines(
    text: str, root: yaml.Node | None, fields: Collection[str], *, path: str, first_line: int
) -> list[ExplainerError]:
    """An error for each line of the YAML ``text`` that a value above it takes in: a list
    item inside a plain (unquoted) item, or one of ``fields`` inside a ``>`` or ``|`` block
    of a record that lacks that field. ``root``: the nodes ``text`` was read from
    (`yaml_loading.load_with_nodes`); ``first_line``: the file's line number of its first line."""
    lines = text.split("\n")
    errors = []
    for key, value, siblings in _values(root):
        last = value.end_mark.line if value.end_mark.column else value.end_mark.line - 1
        for index in range(value.start_mark.line + 1, min(last, len(lines) - 1) + 1):
            line = lines[index]
            item = _ITEM.match(line) if not value.style and key is None else None  # plain: None or ""
            # Only a `>` or `|` block takes a field in: in a plain value YAML stops at the colon,
            # and a quoted one holds what the editor put between its quotes.
            field = _FIELD.match(line) if value.style in (">", "|") else None
            if item:
                above = f"{value.start_mark.line + first_line}"
                errors.append(
                    ExplainerError(
                        f"`{line.strip()}` is indented further than the item on line {above}, so YAML reads it as"
                        f" more of that item: {' '.join(value.value.split())!r}",
                        path=path,
                        line=index + first_line,
                        hint=f"Indent its `-` as the `-` on line {above}. If the dash is part of the text,"
                        " put the whole item in quotes.",
                    )
                )
            elif field and key is not None and field.group(1) in fields and field.group(1) not in siblings:
                name, owner = field.group(1), key.start_mark.line + first_line
                advice = indent_advice(f"{name}:", key.start_mark.column)
                errors.append(
                    ExplainerError(
                        f"`{name}:` is indented as the text of `{key.value}:` (line {owner}),"
                        f" so YAML reads it as more of that text, and the record has no `{name}`",
                        path=path,
                        line=index + first_line,
                        # Valid YAML either way: the words may be the text's own, which only its
                        # writer can tell.
                        hint=f"{advice[:1].upper()}{advice[1:]}, as `{key.value}:`. If the words are"
                        f" the text's own, wrap the text so that no line of it starts with `{name}:`.",
                    )
                )
    return errors


def _values(node: yaml.Node | None) -> Iterator[tuple[yaml.ScalarNode | None, yaml.ScalarNode, set[str]]]:
    """Each text value that runs over several lines, with its key (None for a list's item)
    and the keys of the mapping it is in."""
    if isinstance(node, yaml.MappingNode):
        keys = {str(key.value) for key, _ in node.value if isinstance(key, yaml.ScalarNode)}
        for key, value in node.value:
            if isinstance(value, yaml.ScalarNode) and isinstance(key, yaml.ScalarNode):
                if value.end_mark.line > value.start_mark.line:
                    yield key, value, keys
            else:
                yield from _values(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            if isinstance(item, yaml.ScalarNode):
                if item.end_mark.line > item.start_mark.line:
                    yield None, item, set()
            else:
                yield from _values(item)


#: A field with no value on its line, or only a ``>`` or ``|`` block's mark: its text is
#: on the lines below, indented further (``definition: >-``).
_FIELD_OPEN = re.compile(r"([ \t]*(?:-[ \t]+)?)([A-Za-z_][\w-]*):[ \t]*(?:[>|][+-]?[ \t]*)?(?:#.*)?$")


def unindented_text_lines(text: str, *, path: str, first_line: int) -> list[ExplainerError]:
    """An error for each field whose value is left for the lines below (``definition: >-``)
    and whose next line is text not indented under it: YAML reads the field as empty, and
    the text as a field of its own (``A concept: …``) or a line it cannot read, whose
    message would be of a missing colon. A line that reads as a field or a list item is
    no such text: those have messages of their own."""
    lines = text.split("\n")
    errors = []
    for index, line in enumerate(lines):
        opened = _FIELD_OPEN.match(line)
        if opened is None:
            continue
        after = next((at for at in range(index + 1, len(lines)) if lines[at].strip()), None)
        if after is None:
            continue
        below = lines[after]
        column = len(opened.group(1))
        indentation = len(below) - len(below.lstrip(" \t"))
        if indentation > column or below.lstrip().startswith(("#", "- ", "---")) or _FIELD.match(below):
            continue
        name, words = opened.group(2), " ".join(below.split())
        shown = words if len(words) <= 40 else f"{words[:40]}…"
        errors.append(
            ExplainerError(
                f"the text after `{name}:` (line {index + first_line}) is not indented, so YAML does not read it as"
                f" the {name}: `{shown}`",
                path=path,
                line=after + first_line,
                hint=f"Indent each line of the text by {column + 2} spaces, under `{name}:`.",
            )
        )
    return errors
