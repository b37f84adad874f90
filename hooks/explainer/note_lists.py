"""Each page's list of notes, filled once every note is numbered: written beside the build,
in a forked process (`forked`), while the pages render."""

from __future__ import annotations

from dataclasses import dataclass

from . import notes


@dataclass
class NoteLists:
    """The pages' lists of notes, and what they are filled from; each is written once, then let go."""

    #: Each page's list as it converted, by source path (`notes.split_list`).
    lists: dict[str, str]
    #: Each page's numbers and citations (`notes.Resolution.pages`).
    pages: dict[str, notes.ResolvedPage]
    #: The note calls' and links back's labels, for screen readers (`call`, `backref`).
    labels: dict[str, str]

    def write(self, src_uri: str) -> str:
        """The page's list of notes, numbered, each with its text and a link back to its call."""
        return notes.fill(self.lists.pop(src_uri), self.pages.pop(src_uri), self.labels)
