"""The editors' "In brief" box at the top of a section: points from the page's front matter.

```yaml
summary:
  - point: One sentence in the editors' words.
    paragraph: 2
```
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ExplainerError
from .markdown_anchors import paragraph_id


@dataclass(frozen=True)
class SummaryPoint:
    """One point of a summary, and the paragraph it comes from."""

    text: str
    paragraph: int

    @property
    def anchor(self) -> str:
        return paragraph_id(self.paragraph)


def parse_summary(meta: dict, path: str, paragraphs: int) -> list[SummaryPoint]:
    """The points of a page's ``summary``; an error names the page when one is malformed."""
    raw = meta.get("summary")
    if raw is None:
        return []
    if not isinstance(raw, list) or not raw:
        raise ExplainerError("`summary` must be a list of points", path=path)
    points = []
    for number, item in enumerate(raw, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("point"), str) or not item["point"].strip():
            raise ExplainerError(f"summary point {number} needs `point: text`", path=path)
        paragraph = item.get("paragraph")
        if not isinstance(paragraph, int) or not 1 <= paragraph <= paragraphs:
            raise ExplainerError(
                f"summary point {number}: `paragraph: {paragraph}` is not a paragraph of this page (1 to {paragraphs})",
                path=path,
            )
        points.append(SummaryPoint(" ".join(item["point"].split()), paragraph))
    return points
