"""The timeline as the glossary reads it: its events, for the places' pages, and its
countries checked against the glossary's places.

The timeline's own hook reads it too, and reports its errors; the glossary reads it with
the same path and options, so that one build parses the file once (`parse_timeline` is cached).
"""

from __future__ import annotations

from collections.abc import Sequence

from mkdocs.structure.files import Files

from .errors import ExplainerError
from .glossary import Glossary
from .source_text import editor_path, source_text
from .timeline import TimelineEvent, misspelt_places, parse_timeline


def timeline_events(
    files: Files, timeline_file: str, root: str, *, typographic: bool, language: str = "en"
) -> tuple[Sequence[TimelineEvent], str]:
    """The events of ``timeline_file`` (relative to the docs folder), in the timeline's order,
    and its path as an editor finds it (relative to ``root``, the project's folder).

    No events if the timeline has errors: its own hook reports them. No path either without
    a timeline.
    """
    source = files.get_file_from_path(timeline_file)
    if source is None:
        return (), ""
    path = editor_path(source, root)
    try:
        return parse_timeline(source_text(source, path), path, typographic=typographic, language=language), path
    except ExplainerError:
        return (), path


def misspelt_timeline_places(
    glossary: Glossary, files: Files, timeline_file: str, root: str, *, typographic: bool, language: str = "en"
) -> list[ExplainerError]:
    """An error for each country of the timeline written otherwise than a glossary place's term
    (`misspelt_places`); the timeline is not read when the glossary has no place."""
    places = {entry.term: entry.aliases for entry in glossary.entries.values() if entry.category == "place"}
    if not places:
        return []
    events, path = timeline_events(files, timeline_file, root, typographic=typographic, language=language)
    return misspelt_places(events, places, path, language)
