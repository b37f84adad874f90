"""A page's front matter as MkDocs reads it, and the mistake in it that MkDocs keeps quiet about."""

from __future__ import annotations

import yaml
from mkdocs.utils.meta import YAML_RE

from .errors import ExplainerError, yaml_error


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
        yaml.safe_load(found.group(1))
    except yaml.YAMLError as error:
        return yaml_error(error, what="front matter is not valid YAML", path=path, first_line=2)
    return None  # valid YAML but not a mapping: a rule, some text and a rule, which MkDocs shows as such
