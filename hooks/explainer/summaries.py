"""The editors' "In brief" box at the top of a section: points from the page's front matter.

```yaml
summary:
  - point: One sentence in the editors' words.
    paragraph: 2
```
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import yaml
from mkdocs.utils.meta import YAML_RE
from yaml.nodes import MappingNode, ScalarNode

from .curly_quoted_values import curly_quoted, curly_quoted_values
from .errors import ExplainerError, ExplainerErrors
from .inline_text import MARKUP_HINT, emphasis_forms, language_problem, markup_in
from .markdown_anchors import paragraph_id
from .page_front_matter import misspelt_fields
from .yaml_loading import load_with_nodes

if TYPE_CHECKING:
    from jinja2 import Environment

#: The fields of a point.
FIELDS = ("point", "paragraph")
_FIRST_HEADING_END = re.compile(r"</h1>\s*")


@dataclass(frozen=True)
class SummaryPoint:
    """One point of a summary, and the paragraph it comes from."""

    text: str
    paragraph: int
    #: The point as HTML: its emphasis in ``<em>``.
    html: str = ""

    @property
    def anchor(self) -> str:
        return paragraph_id(self.paragraph)


def parse_summary(
    meta: dict,
    path: str,
    paragraphs: int,
    source: str = "",
    *,
    typographic: bool = True,
    language: str = "en",
    lang_of: Callable[[str], str] | None = None,
) -> list[SummaryPoint]:
    """The points of a page's ``summary``; an error names the page, and the line in ``source``
    (the page's Markdown, front matter included) when it is given. ``typographic``: set
    their quotation marks as print does; ``language``: the article's, whose dates stay whole;
    ``lang_of``: the language of the words of an emphasis that gives none (the glossary's)."""
    raw = meta.get("summary")
    if raw is None:
        return []
    if not isinstance(raw, list) or not raw:
        raise ExplainerError("`summary` must be a list of points", path=path, line=_SummaryLines(source).summary)
    if curly := _curly_quoted_points(raw, path, source):
        raise ExplainerErrors(curly)
    points, errors = [], []
    for number, item in enumerate(raw, start=1):
        # Every point is checked: an editor who renumbers paragraphs learns of each at once.
        if problem := _point_problem(number, item, path, paragraphs, source):
            errors.append(problem)
            continue
        text = " ".join(item["point"].split())
        plain, marked = emphasis_forms(text, typographic=typographic, language=language, lang_of=lang_of)
        points.append(SummaryPoint(plain, item["paragraph"], marked))
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ExplainerErrors(errors)
    return points


def _curly_quoted_points(raw: list, path: str, source: str) -> list[ExplainerError]:
    """An error for each point wholly in a word processor's quotation marks (``point: “…”``),
    which YAML reads as part of the value: the box showed the marks. A point is one sentence
    in the editors' words, never a quotation whole; one that quotes a passage and goes on
    (``“Stability” first, then “growth”``) is not named. The front matter is read again, for
    its lines and its quotes, only where a point is so written."""
    points = [item.get("point") for item in raw if isinstance(item, dict)]
    if not any(isinstance(point, str) and curly_quoted(point.strip()) for point in points):
        return []
    front = YAML_RE.match(source)
    if front is None:
        return []
    try:
        _, root = load_with_nodes(front.group(1))
    except yaml.YAMLError:
        return []
    if not isinstance(root, MappingNode):
        return []
    summary = next((value for key, value in root.value if isinstance(key, ScalarNode) and key.value == "summary"), None)
    return curly_quoted_values(summary, ("point",), path=path, first_line=2)


def _point_problem(number: int, item: object, path: str, paragraphs: int, source: str) -> ExplainerError | None:
    """What is wrong with point ``number`` of a summary, at its line; None if nothing."""
    if isinstance(item, dict) and (strays := [str(key) for key in item if key not in FIELDS]):
        stray = strays[0]
        meant = dict(misspelt_fields(item, FIELDS)).get(stray)
        return ExplainerError(
            f"summary point {number}: `{stray}` is not a field of a point"
            + (f"; did you mean `{meant}`?" if meant else ""),
            path=path,
            line=_SummaryLines(source).field(number, stray),
            hint=f"Write `{meant}:`." if meant else "A point has `point:` (its text) and `paragraph:` (a number).",
        )
    if not isinstance(item, dict) or not isinstance(item.get("point"), str) or not item["point"].strip():
        line = _SummaryLines(source).item(number)  # read only when there is an error to place
        return ExplainerError(f"summary point {number} needs `point: text`", path=path, line=line)
    paragraph = item.get("paragraph")
    if paragraph is None:  # left out, or empty: not "`paragraph: None` is not a paragraph"
        return ExplainerError(
            f"summary point {number} has no `paragraph`",
            path=path,
            line=_SummaryLines(source).field(number, "paragraph"),
            hint=f"Add the number of the paragraph it sums up, 1 to {paragraphs}: `paragraph: 1` for the first.",
        )
    if not isinstance(paragraph, int) or isinstance(paragraph, bool) or not 1 <= paragraph <= paragraphs:
        # A quoted number is text to YAML: say so, or "`paragraph: 1` is not a paragraph" would puzzle.
        # So is one in a word processor's marks (`“2”`), which YAML reads as part of it.
        quoted = isinstance(paragraph, str) and paragraph.strip().strip("“”‘’„‚").isdigit()
        problem = (
            f"`paragraph: {paragraph!r}` is not a paragraph number; write it without quotes"
            if quoted
            # `[2]`: a number in brackets is a list to YAML.
            else f"`paragraph: {paragraph}` is a list; write the number without brackets, paragraph: {paragraph[0]}"
            if isinstance(paragraph, list) and len(paragraph) == 1 and isinstance(paragraph[0], int)
            # `[2, 3]`: a point links to one paragraph, its first.
            else f"`paragraph: {paragraph}` is several paragraphs; a point links to one: write the first,"
            f" paragraph: {paragraph[0]}"
            if isinstance(paragraph, list) and paragraph and all(isinstance(each, int) for each in paragraph)
            else f"`paragraph: {paragraph}` is not a paragraph of this page (1 to {paragraphs})"
        )
        # Past the page's last paragraph: most often one moved to another page, or removed.
        hint = (
            "Count the page's paragraphs again. A paragraph moved to another page or removed changes the numbers"
            " of those after it, so a point that names one of them may now name the next: check every point. If"
            " this point's paragraph left the page, move the point to that page's summary, or delete it."
            if isinstance(paragraph, int) and not isinstance(paragraph, bool) and paragraph > paragraphs
            else ""
        )
        return ExplainerError(
            f"summary point {number}: {problem}",
            path=path,
            line=_SummaryLines(source).field(number, "paragraph"),
            hint=hint,
        )
    markup = markup_in(" ".join(item["point"].split()))
    if markup:
        return ExplainerError(
            f"summary point {number} holds markup ({markup!r}), which would show as typed",
            path=path,
            line=_SummaryLines(source).field(number, "point"),
            hint=MARKUP_HINT,
        )
    if problem := language_problem(" ".join(item["point"].split())):
        message, hint = problem
        return ExplainerError(
            f"summary point {number}: {message}",
            path=path,
            line=_SummaryLines(source).field(number, "point"),
            hint=hint,
        )
    return None


class _SummaryLines:
    """Where the ``summary`` list and each of its points start in a page's front matter."""

    def __init__(self, source: str) -> None:
        self.summary: int | None = None
        #: For each point, the lines of the front matter it spans: (number, text).
        self._items: list[list[tuple[int, str]]] = []
        front = source.split("\n")
        if not front or front[0].strip() != "---":
            return
        for number, text in enumerate(front[1:], start=2):
            if text.strip() == "---":
                break
            if self.summary is None:
                if text.startswith("summary:"):
                    self.summary = number
                continue
            if text.strip() and not text[0].isspace() and not text.startswith("-"):
                break  # the next field of the front matter
            if text.lstrip().startswith("- ") and (not self._items or _indent(text) <= _indent(self._items[0][0][1])):
                self._items.append([])
            if self._items:
                self._items[-1].append((number, text))

    def item(self, number: int) -> int | None:
        return self._items[number - 1][0][0] if number <= len(self._items) else self.summary

    def field(self, number: int, name: str) -> int | None:
        for line, text in self._items[number - 1] if number <= len(self._items) else ():
            if text.lstrip(" -").startswith(f"{name}:"):
                return line
        return self.item(number)


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


class SummaryBox:
    """A page's summary as the box's HTML, from the ``explainer/summary.html`` template (a
    theme's ``custom_dir`` may override it), titled and labelled ``title``, with the options'
    ``words`` (its links' names)."""

    def __init__(self, env: Environment, title: str, words: object) -> None:
        self._template = env.get_template("explainer/summary.html")
        self._title = title
        self._words = words

    def html(self, points: Sequence[SummaryPoint]) -> str:
        return self._template.render(points=points, title=self._title, label=self._title, words=self._words)


def with_box_after_title(html: str, box: str) -> str:
    """The page's HTML with the summary's box right after its title (its first ``<h1>``),
    or first if it has none."""
    heading = _FIRST_HEADING_END.search(html)
    at = heading.end() if heading else 0
    return html[:at] + box + html[at:]
