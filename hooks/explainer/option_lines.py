"""MkDocs' warning about an option of ``mkdocs.yml`` it does not know, given its line and
the option meant.

MkDocs says only "Config value 'markdown_extension': Unrecognised configuration name:
markdown_extension", or for a sub-option "Config value 'validation': Sub-option 'link':
Unrecognised configuration name: link", builds as if the line were not there, and stops a
strict build at once. `UnknownOptionLines` puts ``mkdocs.yml:LINE:`` in front, keeps
MkDocs' words, and names the closest option MkDocs knows in the same place.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Sequence
from typing import Any

import yaml

from .deferred_patterns import DeferredPattern
from .errors import did_you_mean
from .source_text import text_or_empty

#: MkDocs' words for an option it does not know, in `mkdocs.config.base.load_config`: at the
#: top level, or under others (`SubConfig`'s "Sub-option", `Plugins`' "Plugin ... option").
_UNKNOWN_OPTION = DeferredPattern(
    r"Config value '(?P<top>[^']+)': (?P<under>(?:Sub-option '[^']+': |Plugin '[^']+' option '[^']+': )*)"
    r"Unrecognised configuration name: (?P<name>.+)$"
)
#: One step of ``under`` above: a sub-option, or a plugin and its option.
_STEP = DeferredPattern(
    r"Sub-option '(?P<option>[^']+)': |Plugin '(?P<plugin>[^']+)' option '(?P<plugin_option>[^']+)': ",
)


class UnknownOptionLines(logging.Filter):
    """A filter for MkDocs' config logger: each warning about an unknown option starts with
    ``mkdocs.yml:LINE:`` and ends with the option meant and what to do."""

    def filter(self, record: logging.LogRecord) -> bool:
        found = _UNKNOWN_OPTION.match(record.getMessage())
        config = _config_being_loaded() if found else None
        if found is None or config is None:
            return True
        path = _option_path(found)
        where = ""
        if placed := next(filter(None, (option_place(config.config_file_path, keys) for keys in _written(path))), None):
            written, line = placed
            base = os.path.dirname(os.path.abspath(config.config_file_path))
            where = f"{os.path.relpath(written, base)}:{line}: "
        known = _known_beside(config, path)
        record.msg, record.args = f"{where}{record.getMessage()}\n    {_hint(found['name'], known)}", None
        return True


def _option_path(found: re.Match[str]) -> list[str]:
    """The keys from the top of ``mkdocs.yml`` down to the unknown option: for a plugin's
    option, ``plugins``, the plugin's name, the option."""
    path = [found["top"]]
    for step in _STEP.finditer(found["under"]):
        path.extend([step["option"]] if step["option"] else [step["plugin"], step["plugin_option"]])
    return path if path[-1] == found["name"] else [*path, found["name"]]


def _written(path: list[str]) -> list[list[str]]:
    """The ways ``path`` may be written in ``mkdocs.yml``: MkDocs names a plugin ``search #2``
    when it is listed twice, and ``material/search`` when the theme has its own, written
    ``search``."""
    if path[0] != "plugins" or len(path) != 3:
        return [path]
    listed = re.sub(r" #\d+$", "", path[1])
    return [["plugins", name, path[2]] for name in dict.fromkeys([listed, listed.rsplit("/", 1)[-1]])]


def _config_being_loaded() -> Any | None:
    """The configuration MkDocs (or ProperDocs) is loading: its ``config_file_path`` and schema.

    MkDocs logs the warning from ``load_config`` after checking the options and before any
    event (a strict build stops right after), and the record holds only the words: the
    configuration is a local of the call that logs it, and of no other object a hook can
    reach then (the hooks are imported while the options are checked, given their path
    alone). So the calls up the stack are looked through for it, by what it is, not by the
    names MkDocs gives the function and the variable. None if no call holds one."""
    frame = sys._getframe(1)
    while frame is not None:
        for value in frame.f_locals.values():
            try:
                found = isinstance(getattr(value, "config_file_path", None), str) and getattr(value, "_schema", None)
            except Exception:  # an object whose attributes raise (jinja2's StrictUndefined): not it
                continue
            if found:
                return value
        frame = frame.f_back
    return None


def _known_beside(config: Any, path: Sequence[str]) -> list[str]:
    """The names of the options MkDocs knows where ``path``'s last one is written: the
    top-level options, a sub-config's, or a plugin's (none if it cannot tell)."""
    if len(path) == 1:
        return [known for known, _ in config._schema]
    if path[0] == "plugins" and len(path) == 3:
        # MkDocs' name for it (``material/search``, ``search #2``), which its collection keys.
        plugins = config.get("plugins")
        plugin = plugins.get(path[1]) if hasattr(plugins, "get") else None
        return [known for known, _ in getattr(plugin, "config_scheme", ())]
    options = dict(config._schema)
    for key in path[:-1]:
        schema = _sub_schema(options.get(key))
        if schema is None:
            return []
        options = dict(schema)
    return list(options)


def _sub_schema(option: Any) -> Any:
    """The schema of a `SubConfig` option (through the options that wrap one), or None."""
    while option is not None and not hasattr(option, "config_class"):
        option = getattr(option, "option", None)
    if option is None:
        return None
    try:
        return option.config_class(config_file_path=None)._schema
    except Exception:  # another version's class: no hint, the line is still given
        return None


def option_place(config_file: str, path: str | Sequence[str], item: str | None = None) -> tuple[str, int] | None:
    """The file and line where the option at ``path`` (a top-level name, or the keys down to
    a sub-option) is written, or with ``item`` that item of its list (the option's line if
    the list does not hold it): ``config_file``, or a file its ``INHERIT:`` names (and so
    on up), as MkDocs reads them; None if neither."""
    keys = [path] if isinstance(path, str) else list(path)
    for written in inherited_files(config_file):
        if line := key_line(text_or_empty(written), keys, item):
            return written, line
    return None


def inherited_files(config_file: str) -> list[str]:
    """``config_file``, then the file its ``INHERIT:`` names, and so on up, as MkDocs merges
    them: an option is read from the first of them that writes it."""
    files: list[str] = []
    while config_file not in files:
        files.append(config_file)
        parent = _INHERIT.search(text_or_empty(config_file))
        if parent is None:
            break
        config_file = os.path.normpath(os.path.join(os.path.dirname(config_file), parent["path"]))
    return files


#: The line of a configuration file that names the file it builds on.
_INHERIT = DeferredPattern(r"^INHERIT[ \t]*:[ \t]*([\"']?)(?P<path>[^\"'#\n]+?)\1[ \t]*(?:#.*)?$", re.MULTILINE)


def key_line(text: str, keys: Sequence[str], item: str | None = None) -> int | None:
    """The line of ``text`` (``mkdocs.yml``) where the last of ``keys`` is written under the
    others (a top-level option if it is the only one): through mappings, and through lists
    of them (``plugins: - search: lang:``). With ``item``, the line of that item of the
    list the last key holds (``features: - navigation.top``), or the key's if it is not there."""
    try:
        # Composing reads no tag (`!ENV`, `!!python/name:`): any configuration's text will do.
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    return _key_line(node, keys, item)


def _key_line(node: yaml.Node | None, keys: Sequence[str], item: str | None) -> int | None:
    if isinstance(node, yaml.SequenceNode):
        return next((line for each in node.value if (line := _key_line(each, keys, item))), None)
    if not isinstance(node, yaml.MappingNode):
        return None
    # YAML keeps the last of a repeated key: so does MkDocs.
    for key, value in reversed(node.value):
        if isinstance(key, yaml.ScalarNode) and key.value == keys[0]:
            if len(keys) > 1:
                return _key_line(value, keys[1:], item)
            return _item_line(value, item) or key.start_mark.line + 1
    return None


def _item_line(node: yaml.Node, item: str | None) -> int | None:
    """The line of the list item ``item`` in ``node``, or None."""
    if item is None or not isinstance(node, yaml.SequenceNode):
        return None
    found = (each for each in node.value if isinstance(each, yaml.ScalarNode) and each.value == item)
    return next((each.start_mark.line + 1 for each in found), None)


def _hint(name: str, known: list[str]) -> str:
    meant = did_you_mean(name, known)
    return f"{meant}MkDocs builds the site as if the line were not there: fix the option's name, or delete it."
