"""Fields a reference manager writes and biblatex's own styles print, which the journal's notes leave out.

A ``urldate`` (``urldate = {2024-02-11}``) is printed "accessed February 11, 2024" by many
styles, and a ``language`` (``language = {russian}``) "In Russian" by biblatex's: an editor
who writes one, or pastes it from Zotero, and finds nothing in the note may think it lost.
The journal's notes give neither, and a warning for each entry would be one for every entry
a reference manager exports. So the build says it once, as a line of information naming the
first entry that gives each, how many do, and where the fact goes if a note should print it.
"""

from __future__ import annotations

from collections.abc import Iterable

from .bibtex import Entry

#: Each field, and what its note says of it: why the notes leave it out, and what to write instead.
_SAID = {
    "urldate": (
        "the journal's notes give no access date, and neither do these; the CSL-JSON download gives it, as `accessed`"
    ),
    "language": (
        "to say a source's language, write it in note (note = {In Russian}), which the notes print;"
        " langid = {russian} tells the title's language to the hyphenation and the screen readers"
    ),
}


def unprinted_field_notes(entries: Iterable[Entry]) -> list[str]:
    """A line for each of `_SAID`'s fields that some of ``entries`` give: the first such
    entry's file and line of the field, how many entries give it, and what to write."""
    found: dict[str, list[Entry]] = {name: [] for name in _SAID}
    for entry in entries:
        for name, giving in found.items():
            # A field from a crossref is the parent's, counted once, there.
            if name in entry.fields and name not in entry.crossref_fields:
                giving.append(entry)
    notes = []
    for name, giving in found.items():
        if not giving:
            continue
        first = min(giving, key=lambda entry: (entry.location.path, entry.location.line or 0))
        count = f"{len(giving)} entries give" if len(giving) > 1 else "1 entry gives"
        notes.append(f"{first.field_location(name)}: {count} {name}, which the notes do not print: {_SAID[name]}")
    return notes
