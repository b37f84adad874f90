"""The names under ``theme:`` in ``mkdocs.yml`` that the theme does not know: an option
(``featurs:``), a key of an option's mapping (a palette's ``primery:``, a toggle's ``nmae:``,
``font: {txet: …}``, ``icon: {logoo: …}``) or a feature (``navigation.instnat``).

MkDocs passes every key under ``theme:`` to the templates, read or not, and Material keeps
no list of its features: a slip gets no message, and the setting just does not apply.
What the theme knows is read from the installed theme itself, so that a new release's
names are known with it: its ``mkdocs_theme.yml`` (and its parents'), and its templates'
and scripts' own words: ``theme.logo``, ``theme.icon.logo``, ``palette.primary`` (through
the names a template binds the palette to), ``"navigation.tabs" in features``, and in a
script the names passed to the function that reads ``features``. Where a theme gives
nothing to read (no key of an option read in its templates, no feature anywhere), nothing
is said about it: ``font: false`` is no mapping, and is not looked into.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import inspect
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import yaml

from .deferred_patterns import DeferredPattern
from .errors import did_you_mean
from .option_lines import option_place

#: A template's read of a theme option: ``config.theme.logo``, ``theme["logo"]``, ``theme.get("logo")``
#: (a literal first, which the regex engine skips to; the character before is checked apart).
_OPTION_READ = re.compile(
    r"""theme(?:\.(?P<attr>[A-Za-z_]\w*)|\[\s*["'](?P<item>\w+)["']\s*\]|\.get\(\s*["'](?P<got>\w+)["'])"""
)
#: A template's test of a feature: ``"navigation.tabs" in features``, ``'toc.integrate' not in config.theme.features``.
_FEATURE_TESTED = DeferredPattern(r"""["']([\w-]+(?:\.[\w-]+)+)["']\s+(?:not\s+)?in\s+(?:[\w.]+\.)?features\b""")
#: A script's function that reads the features, found from its body (Material's bundle:
#: ``function V(e){return Ct.features.includes(e)}``): the body, then the function's name before it.
_FEATURE_FUNCTION_BODY = DeferredPattern(r"\.features\.includes\(([\w$]+)\)\}")
_FEATURE_FUNCTION_HEAD = DeferredPattern(r"function\s*([\w$]+)\(\s*([\w$]+)\s*\)\s*\{\s*return\s+[\w$.]*$")
#: A script's direct test of a feature: ``features.includes("navigation.instant")``.
_FEATURE_INCLUDES = DeferredPattern(r"""features\.includes\(\s*["']([\w-]+(?:\.[\w-]+)+)["']\s*\)""")
#: The largest script read for feature names: a theme's bundle is some hundred kilobytes.
_LARGEST_SCRIPT = 4_000_000


@dataclass(frozen=True)
class UnknownThemeName:
    """A name under ``theme:`` the theme does not know."""

    #: The keys down to where it is written: ``("theme", "palette", "primery")``, or the list
    #: ``("theme", "features")`` for a feature.
    keys: tuple[str, ...]
    #: The name as written.
    name: str
    #: What kind of name it is: ``option``, ``palette option``, ``icon option``, ``feature``.
    kind: str
    #: The names the theme knows in that place.
    known: frozenset[str]
    #: Whether the name is an item of the list at ``keys`` (a feature), not a key.
    is_item: bool = False

    def message(self, theme: str) -> str:
        where = ".".join(self.keys if self.is_item else self.keys[:-1])
        return f"{where}: '{self.name}' is no {self.kind} of the theme '{theme}'"

    def hint(self) -> str:
        what = "its name" if self.is_item else "the name"
        return f"{did_you_mean(self.name, sorted(self.known))}The theme ignores it: fix {what}, or delete the line."


def theme_warnings(theme: Any, config_file: str, store: str | None = None) -> list[str]:
    """A warning for each name under ``theme:`` that the theme does not know, starting with
    its file and line (``mkdocs.yml``, or a file its ``INHERIT:`` names).

    ``theme``: MkDocs' `Theme` (its ``name``, ``dirs`` and ``custom_dir``, and the options);
    ``store``: a folder of the user's where what an installed theme knows is kept between
    builds (`_theme_words`), or None."""
    unknown = unknown_theme_names(theme, getattr(theme, "dirs", ()), getattr(theme, "custom_dir", None), store)
    warnings = []
    base = os.path.dirname(os.path.abspath(config_file))
    for slip in unknown:
        placed = option_place(config_file, slip.keys, slip.name if slip.is_item else None)
        where = f"{os.path.relpath(placed[0], base)}:{placed[1]}: " if placed else ""
        warnings.append(f"{where}{slip.message(str(getattr(theme, 'name', '') or ''))}\n    {slip.hint()}")
    return warnings


def unknown_theme_names(
    theme: Mapping[str, Any], dirs: Iterable[str], custom_dir: str | None, store: str | None = None
) -> list[UnknownThemeName]:
    """The names under ``theme:`` that the theme does not know.

    ``theme``: MkDocs' `Theme`, the theme's ``mkdocs_theme.yml`` with the editor's keys over
    it; ``dirs``: its template folders (``custom_dir`` first, whose templates may read an
    option too, then the theme's and its parents'). Empty for a theme that has no
    ``mkdocs_theme.yml`` to read (none named, only a ``custom_dir``). ``store``: as for
    `theme_warnings`."""
    theme_dirs = tuple(
        folder for folder in dirs if folder != custom_dir and os.path.isfile(os.path.join(folder, "mkdocs_theme.yml"))
    )
    if not theme_dirs:
        return []
    custom = _read_custom(custom_dir) if custom_dir else ThemeWords(frozenset(), frozenset(), frozenset())
    options = _theme_options(theme_dirs, type(theme), store) | custom.options
    unknown = [UnknownThemeName(("theme", key), key, "option", options) for key in theme if key not in options]
    keys = _option_keys(theme_dirs, store) | custom.keys
    for option in (str(option) for option in theme if option in options):
        value = theme[option]
        # A palette may be a list of them; ``font: false`` is no mapping and is not looked into.
        mappings = [value] if isinstance(value, dict) else value if isinstance(value, list) else []
        known = frozenset(key.split(".", 1)[1] for key in keys if key.startswith(f"{option}."))
        if known and any(isinstance(each, dict) for each in mappings):
            unknown += _unknown_keys(option, mappings, known)
    features = theme.get("features") if "features" in options else None
    if isinstance(features, list) and (known := _features(theme_dirs, store)):
        unknown += [
            UnknownThemeName(("theme", "features"), feature, "feature", known, is_item=True)
            for feature in dict.fromkeys(features)
            if isinstance(feature, str) and feature not in known
        ]
    return unknown


def _unknown_keys(option: str, mappings: list[Any], known: frozenset[str]) -> list[UnknownThemeName]:
    """The keys of the option's mappings (a palette, or each of a list of them; and of a
    mapping under one: ``toggle``) that no template reads; ``known`` holds the keys read,
    and ``toggle.name`` for one read under another. A mapping under one whose keys no
    template names (``icon.admonition``, read as a whole) is not looked into."""
    unknown: dict[tuple[str, ...], UnknownThemeName] = {}

    def check(keys: tuple[str, ...], names: frozenset[str]) -> None:
        if keys[-1] not in names:
            unknown.setdefault(keys, UnknownThemeName(keys, keys[-1], f"{option} option", names))

    top = frozenset(name for name in known if "." not in name)
    for mapping in (each for each in mappings if isinstance(each, dict)):
        for key, value in mapping.items():
            check(("theme", option, str(key)), top)
            under = frozenset(name.split(".", 1)[1] for name in known if name.startswith(f"{key}."))
            if str(key) in top and under and isinstance(value, dict):
                for sub in value:
                    check(("theme", option, str(key), str(sub)), under)
    return list(unknown.values())


@dataclass(frozen=True)
class ThemeWords:
    """What one theme's folder holds of the names it knows."""

    options: frozenset[str]
    #: The keys read of an option's mapping: ``palette.primary``, ``font.text``, ``icon.logo``,
    #: and one level further down ``palette.toggle`` and ``palette.toggle.name``.
    keys: frozenset[str]
    features: frozenset[str]


def _theme_options(theme_dirs: tuple[str, ...], theme_class: type, store: str | None) -> frozenset[str]:
    """The options MkDocs' `Theme` takes, those the themes' ``mkdocs_theme.yml`` give a
    default, and those their templates read (Material's ``palette`` and ``logo`` have no default)."""
    return frozenset(_options_of(theme_class).union(*(_theme_words(folder, store).options for folder in theme_dirs)))


def _option_keys(theme_dirs: tuple[str, ...], store: str | None) -> frozenset[str]:
    return frozenset().union(*(_theme_words(folder, store).keys for folder in theme_dirs))


def _features(theme_dirs: tuple[str, ...], store: str | None) -> frozenset[str]:
    return frozenset().union(*(_theme_words(folder, store).features for folder in theme_dirs))


@functools.lru_cache(maxsize=8)
def _theme_words(folder: str, store: str | None = None) -> ThemeWords:
    """The names a theme's folder knows, read once per process: an installed theme does not
    change while MkDocs runs. Its templates and scripts are read once, for all three.

    With a ``store``, they are kept there for the next build's process, under the files'
    sizes and times and this module's (reading Material's 151 files took some 5 ms of
    every build): a theme installed again, or a change in how it is read, is read again."""
    if store is None:
        return _read_theme_words(folder)
    kept = os.path.join(store, f"explainer-theme-words-{_files_signature(folder)}.json")
    try:
        with open(kept, encoding="utf-8") as handle:
            names = json.load(handle)
        if isinstance(names, list) and len(names) == 3 and all(isinstance(each, list) for each in names):
            return ThemeWords(*(frozenset(str(name) for name in each) for each in names))
    except (OSError, ValueError):
        pass  # not kept yet, or not readable: read from the theme
    words = _read_theme_words(folder)
    _keep(kept, [sorted(words.options), sorted(words.keys), sorted(words.features)])
    return words


def _files_signature(folder: str) -> str:
    """A digest of the path, size and time of each file `_read_theme_words` reads in
    ``folder``, and of the size and time of this module's (not its path: a copy of the
    project, as each test makes, finds what another copy kept)."""
    module = os.stat(__file__)
    stats = [f"{module.st_size}\0{module.st_mtime_ns}"]
    paths = [os.path.join(folder, "mkdocs_theme.yml"), *_paths(folder, (".html", ".js"))]
    for path in paths:
        try:
            stat = os.stat(path)
        except OSError:
            stats.append(f"{path}\0-")
            continue
        stats.append(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}")
    return hashlib.sha256("\n".join(stats).encode("utf-8", "surrogateescape")).hexdigest()[:32]


def _keep(path: str, names: list[list[str]]) -> None:
    """Write ``names`` to ``path`` whole or not at all; a store that cannot be written costs a read next time."""
    temporary = None
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=".explainer-theme-words-", dir=os.path.dirname(path))
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(names, handle)
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _read_theme_words(folder: str) -> ThemeWords:
    options, keys = _configured_options(os.path.join(folder, "mkdocs_theme.yml"))
    features: set[str] = set()
    # One walk: every template, and the scripts that name the features.
    for path, text in _texts(folder, (".html", ".js"), containing="features", all_of=".html"):
        if path.endswith(".js"):
            features.update(_script_features(text))
            continue
        options.update(_options_read(text))
        keys.update(_keys_read(text))
        if "features" in text:
            features.update(_FEATURE_TESTED.findall(text))
    return ThemeWords(frozenset(options), frozenset(keys), frozenset(features))


def _options_of(theme_class: type) -> set[str]:
    """The options MkDocs' `Theme` takes itself (``custom_dir``, ``static_templates``, ``locale``)."""
    try:
        parameters = inspect.signature(theme_class.__init__).parameters
    except (TypeError, ValueError):
        return {"name", "custom_dir", "static_templates", "locale"}
    return {name for name, parameter in parameters.items() if parameter.kind is not parameter.VAR_KEYWORD} - {"self"}


def _configured_options(path: str) -> tuple[set[str], set[str]]:
    """The options a theme's ``mkdocs_theme.yml`` gives a default, and the keys of those
    whose default is a mapping (Material's ``font.text``, ``font.code``)."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return set(), set()
    if not isinstance(data, dict):
        return set(), set()
    options = {str(key) for key in data if key != "extends"}
    keys = {f"{option}.{key}" for option, value in data.items() if isinstance(value, dict) for key in value}
    return options, keys


def _options_read(text: str) -> set[str]:
    return {
        next(name for name in found.groups() if name)
        for found in _OPTION_READ.finditer(text)
        if not _is_name_part(text, found.start() - 1) or text[found.start() - 1] == "."
    }


@functools.lru_cache(maxsize=8)
def _read_custom_cached(folder: str, signature: tuple[tuple[str, float], ...]) -> ThemeWords:
    texts = [text for _, text in _texts(folder, (".html",))]
    options = frozenset(name for text in texts for name in _options_read(text))
    return ThemeWords(options, frozenset(key for text in texts for key in _keys_read(text)), frozenset())


def _read_custom(folder: str) -> ThemeWords:
    """The options the templates of a ``custom_dir`` read (``theme.logo``), and the keys of
    them (``theme.icon.banner``); read again when one of its templates changes under
    ``mkdocs serve``."""
    signature = tuple((path, os.stat(path).st_mtime) for path in _paths(folder, (".html",)))
    return _read_custom_cached(folder, signature)


def _paths(folder: str, endings: tuple[str, ...]) -> Iterator[str]:
    """The files in ``folder`` ending with one of ``endings``, hidden folders left out
    (Material's ``.icons``: thousands of pictures)."""
    for root, subfolders, files in os.walk(folder):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith(".") and name != "__pycache__")
        yield from (os.path.join(root, name) for name in sorted(files) if name.endswith(endings))


def _texts(
    folder: str, endings: tuple[str, ...], containing: str = "", all_of: str | None = None
) -> Iterator[tuple[str, str]]:
    """The texts of the files ``_paths`` gives that hold ``containing``, and of every file
    whose name ends with ``all_of``."""
    wanted = containing.encode()
    for path in _paths(folder, endings):
        try:
            if os.path.getsize(path) > _LARGEST_SCRIPT:
                continue
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError:
            continue
        if wanted in data or (all_of is not None and path.endswith(all_of)):
            yield path, data.decode("utf-8", errors="replace")


def _script_features(text: str) -> set[str]:
    """The features a script tests: the names it passes to its function that reads them."""
    found = {each[1] for each in _FEATURE_INCLUDES.finditer(text) if not _is_name_part(text, each.start() - 1)}
    functions = set()
    for body in _FEATURE_FUNCTION_BODY.finditer(text):
        head = _FEATURE_FUNCTION_HEAD.search(text, max(0, body.start() - 200), body.start())
        if head is not None and head[2] == body[1]:
            functions.add(head[1])
    for function in functions:
        # The name first: a literal the regex engine skips to.
        calls = re.finditer(rf"""{re.escape(function)}\(["']([\w-]+(?:\.[\w-]+)+)["']\)""", text)
        found.update(call[1] for call in calls if not _is_name_part(text, call.start() - 1))
    return found


def _is_name_part(text: str, index: int) -> bool:
    """Whether ``text[index]`` would make the name after it part of a longer one (``aV(``, ``x.V(``)."""
    return index >= 0 and (text[index].isalnum() or text[index] in "_$.")


#: A template's Jinja tag or expression: ``{% set palette = config.theme.palette %}``, ``{{ option.media }}``.
_JINJA = re.compile(r"\{([{%]).*?[%}]\}", re.DOTALL)
#: A string in a Jinja expression (``'assets/stylesheets/palette.css'``), whose words are no names.
_STRING = re.compile(r"'[^']*'|\"[^\"]*\"")


def _keys_read(text: str) -> set[str]:
    """The keys a template reads of an option's mapping, each after its option: of
    ``theme.icon`` itself (``icon.logo``), or of a name a ``set`` or ``for`` binds an option
    (or its first item) to, and so on (``palette.media``, of ``option.media``); and those of
    a mapping under one, as ``palette.toggle.name`` (``option.toggle.name``)."""
    if "theme." not in text:
        return set()
    code = "\n".join(_STRING.sub("''", found.group(0)) for found in _JINJA.finditer(text))
    bindings = [(found[1] or found[2], found[3]) for found in _BINDING.finditer(code)]
    # Each name bound to an option, and the option: ``palette`` and ``option`` to ``palette``.
    bound = {name: value.rsplit(".", 1)[1] for name, value in bindings if _OPTION.fullmatch(value)}
    while names := {name: bound[value] for name, value in bindings if value in bound and name not in bound}:
        bound |= names
    keys = set()
    for read in _ATTRIBUTES.finditer(code):
        option = read[1].rsplit(".", 1)[1] if _OPTION.fullmatch(read[1]) else bound.get(read[1])
        if option is not None:
            keys.add(f"{option}.{read[2]}")
            if read[3]:
                keys.add(f"{option}.{read[2]}.{read[3]}")
    return keys


#: ``{% set NAME = VALUE`` (``| first`` may follow), ``{% for NAME in VALUE``: the name and what it is bound to.
_BINDING = re.compile(r"\{%-?\s*(?:set\s+(\w+)\s*=|for\s+(\w+)\s+in)\s*([\w.]+)(?![\w.(])")
#: An option itself: ``config.theme.icon``, ``theme.palette``.
_OPTION = re.compile(r"(?:config\.)?theme\.[A-Za-z_]\w*")
#: A name and one or two attributes read of it: ``option.toggle.name``, ``config.theme.icon.logo``.
_ATTRIBUTES = re.compile(rf"(?<![\w.])({_OPTION.pattern}|[A-Za-z_]\w*)\.([A-Za-z_]\w*)(?:\.([A-Za-z_]\w*))?")
