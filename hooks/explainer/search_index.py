"""Work on the search index while the search plugin builds it: diacritic folding, section text.

Material for MkDocs' search plugin indexes each page in ``on_page_context`` and keeps
the entries (``{"location", "title", "text"}``) in ``search_index.entries`` until it
writes them in ``on_post_build``; hooks with the right priorities can change them there.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any

from .forked import ForkedAccumulator
from .search_entries import EMPHASIS_END, EMPHASIS_START, as_search_headings
from .term_matcher import fold

_WORD = re.compile(r"[^\W_]+")
#: Letters and digits beyond ASCII (a word of `_WORD` holds only letters and digits).
_NON_ASCII_LETTERS = re.compile(r"[^\W\x00-\x7f]+")
#: The comments the hooks leave in a page until it is rendered: note calls, glossary
#: terms, held-back parts. All start ``<!--explainer:`` or ``<!--/explainer:``.
_ENGINE_COMMENT = re.compile(r"<!--/?explainer:[^>]*-->")
#: A heading's permalink as Python-Markdown's toc writes it, named by `markdown_permalinks`:
#: the search plugin leaves its text (the pilcrow) out of the section's title.
_PERMALINK = re.compile(r'<a (?:aria-label="[^"]*" )?class="headerlink" href="[^"]*" title="[^"]*">[^<]*</a>')
#: Inline tags the search plugin's parser reads only for the text they hold (it keeps
#: paragraphs, lists, code, sub- and superscripts and headings, so those stay); quoted
#: attribute values may hold ``>``.
_TEXT_ONLY_TAG = re.compile(
    r"</?(?:a|abbr|b|bdi|bdo|br|cite|data|dfn|em|i|img|mark|q|s|samp|small|span|strong|time|u|var|wbr)\b"
    r"""[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>"""
)
#: Italics, which the search plugin would drop (`search_entries.EMPHASIS_START`).
_EMPHASIS_TAG = re.compile(r"""<(/?)(?:em|i)\b[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>""")


def search_copy(html: str) -> str:
    """What the search index reads of a page: the same text, with less markup for its parser.

    Without the hooks' comments (note calls, glossary terms, held-back parts) and the
    inline tags the parser would only step through; each costs it a call. At most
    runs of spaces change, which the index's tokenizer does not see. A page where the
    parser must see an inline element end (``data-search-exclude``, a permalink written
    some other way) keeps its tags. An entry a template marks as a search document of its
    own (`search_entries`) is read under a heading of its own. Italics are marked in the
    text (`search_entries.EMPHASIS_START`), so that the results show them.
    """
    html = _ENGINE_COMMENT.sub("", as_search_headings(html))
    if "<em" in html or "<i" in html:
        html = _EMPHASIS_TAG.sub(lambda tag: EMPHASIS_END if tag[1] else EMPHASIS_START, html)
    if "data-search-exclude" in html:
        return html
    stripped = _PERMALINK.sub("", html)
    if "headerlink" in stripped:
        return html
    return _TEXT_ONLY_TAG.sub("", stripped)


#: Where Material's search splits words: at spaces and hyphens, as by default for English;
#: at the punctuation that sits against a word (quotation marks, brackets, slashes,
#: commas, a sentence's full stop), since its index keeps a word's punctuation and a
#: search finds a word only by its start: "(khuligany)" or "“socialist" would not be
#: found as typed, nor a quoted phrase; and at an apostrophe, straight or curly, taking
#: a possessive "s" with it. An article may write "state’s" and "state's", and a phone's
#: keyboard types the curly one; split there, both find the page whichever way it is
#: written. A full stop inside a word ("I.B.", "example.org", "4.5") stays.
WORD_SEPARATOR = (
    r"[\s\-\u2013\u2014/()\[\]{}\"\u201c\u201d\u201e\u00ab\u00bb,;:!?\u2026]+"
    r"|\.(?![A-Za-z0-9])|['\u2018\u2019]s\b|['\u2018\u2019]"
)


def separate_words_at_punctuation(plugins: Mapping[str, object]) -> None:
    """Give Material's search plugin `WORD_SEPARATOR`, unless the site sets a separator of its own.

    To be called before the plugin's ``on_config``, which fills in its language's default.
    """
    for plugin in plugins.values():
        options = getattr(plugin, "config", None)
        if type(plugin).__module__.startswith("material.plugins.search") and options.get("separator") is None:
            options["separator"] = WORD_SEPARATOR


def search_plugins_without_a_pipeline(plugins: Mapping[str, object]) -> list[Any]:
    """Material's search plugins whose site sets no pipeline, before the plugin fills in its default."""
    return [
        plugin
        for plugin in plugins.values()
        if type(plugin).__module__.startswith("material.plugins.search") and plugin.config.get("pipeline") is None
    ]


def keep_common_words(search_plugins: list[Any]) -> None:
    """Take the stop-word filter out of each plugin's pipeline, once its ``on_config`` has set it.

    Material's search turns a phrase in quotation marks into words that must all be
    found, and lunr drops a common word from such a search and then finds nothing:
    ``"Belt and Road"`` or ``"all under Heaven"`` found no page. With common words in
    the index, the phrase finds its page; typed on its own, a common word already
    matched every word it starts, as Material searches for the start of each word.
    """
    for plugin in search_plugins:
        # The plugin's index took a copy of its options, which it writes with the index.
        index_options = getattr(getattr(plugin, "search_index", None), "config", None)
        for options in (plugin.config, index_options):
            if isinstance(options, MutableMapping) and options.get("pipeline"):
                options["pipeline"] = [step for step in options["pipeline"] if step != "stopWordFilter"]


def index_entries(plugins: Mapping[str, object]) -> list[dict] | None:
    """The entries of the site's search index as they are being built, or None if it has none we know."""
    entries = getattr(getattr(search_plugin(plugins), "search_index", None), "entries", None)
    return entries if isinstance(entries, list) else None


def search_plugin(plugins: Mapping[str, object]) -> Any | None:
    """Material's search plugin, whose index (``search_index``) holds a list of ``entries``; None if absent."""
    for plugin in plugins.values():
        index = getattr(plugin, "search_index", None)
        if isinstance(index, IndexBuiltAside):
            return plugin
        if isinstance(getattr(index, "entries", None), list) and hasattr(index, "add_entry_from_context"):
            return plugin
    return None


@dataclass
class PageToIndex:
    """What the search plugin reads of a page (``add_entry_from_context``), to cross to another process."""

    content: str
    url: str
    title: str | None
    toc: Any
    #: The front matter the plugin reads: ``title``, ``tags`` and ``search``.
    meta: dict[str, Any]

    @classmethod
    def of(cls, page: Any) -> PageToIndex:
        meta = {key: page.meta[key] for key in ("title", "tags", "search") if key in page.meta}
        return cls(page.content, page.url, page.title, page.toc, meta)


class IndexBuiltAside:
    """Material's search index, built in a forked process as the build renders each page.

    Indexing a page means parsing its HTML in Python, one of the largest costs of each
    page in the build's own process. From the start of the build to its
    ``on_post_build``, this stands in for the plugin's index (``plugin.search_index``):
    the plugin's call to index a page sends what it reads of the page (`PageToIndex`) to
    the child, which indexes it with the plugin's own index, as the plugin would have,
    in the same order. At the end the child writes the index's JSON, with the folded
    words (`add_folded_words`), to an unlinked temporary file, which a killed build
    leaves nowhere; the plugin writes an empty stand-in (`finish`), and `put_in_place`
    copies the child's file over it. The JSON (27 MB for the 16x benchmark corpus)
    never enters the build's process: received and encoded again there, it raised the
    build's peak by about 50 MB, the largest of the build.
    Where the build cannot fork, the same work is done in its own process.

    The child is forked before MkDocs reads the pages, when the build is smallest: it
    holds the index and little else.

    Not for ``mkdocs serve --dirty``: the plugin then merges each rebuild's entries into
    the last build's index, which it keeps. Where no temporary file can be made, making
    one raises OSError and the plugin keeps its own index (`index_built_aside`).
    """

    def __init__(self, plugin: Any, *, fork: bool = True) -> None:
        self.plugin = plugin
        self.index = plugin.search_index
        #: The JSON of each entry of the pages before the last, in the index's order: encoded
        #: as the pages come, beside the render, not all at the end, when the build waits.
        encoded: list[str] = []

        def fold_done_pages() -> None:
            # The index holds the entries of the pages since the last call: each is done.
            entries = self.index.entries
            encoded.extend(_ENTRY_JSON.encode(entry) for entry in add_folded_words(restore_emphasis(entries)))
            entries.clear()

        def handle(message: PageToIndex | tuple[str, str, str]) -> None:
            if isinstance(message, PageToIndex):
                fold_done_pages()  # the last page's entries are done: its section texts are set
                self.index.add_entry_from_context(message)
            else:
                set_section_text(self.index.entries, *message)

        # Made before the child is forked, which writes to it; unlinked as it is made
        # (`tempfile.TemporaryFile`), so the system deletes it with the last process that holds
        # it open, however the build ends: killed, it leaves nothing in the temporary folder.
        # Held until `close`, which `put_in_place` and a build that stops early call.
        self._written = tempfile.TemporaryFile(prefix="explainer-search-index-", suffix=".json")  # noqa: SIM115

        def finish() -> None:
            fold_done_pages()
            self._written.write(index_json(self.index, encoded).encode("utf-8"))
            self._written.flush()  # the child's own buffer: the build reads the file once this returns

        self._child: ForkedAccumulator[PageToIndex | tuple[str, str, str], None] = ForkedAccumulator(
            handle, finish, fork=fork
        )
        plugin.search_index = self

    @property
    def forked(self) -> bool:
        return self._child.forked

    def add_entry_from_context(self, page: Any) -> None:
        """The plugin's call for each page: index ``page`` as it is now."""
        self._child.add(PageToIndex.of(page))

    def set_section_text(self, page_url: str, location: str, text: str) -> None:
        """`set_section_text` among the entries of the page indexed last."""
        self._child.add((page_url, location, text))

    def finish(self) -> None:
        """Wait for the child to write the index; the plugin writes an empty stand-in in its ``on_post_build``."""
        self._child.result()
        self.plugin.search_index = _WrittenIndex(self.index)

    def put_in_place(self, path: str) -> None:
        """Copy the index the child wrote over the plugin's stand-in at ``path`` (whose
        permissions it keeps), a megabyte at a time."""
        self._written.seek(0)  # the child's writes moved the offset the two processes share
        with open(path, "wb") as index:
            shutil.copyfileobj(self._written, index, 1 << 20)
        self.close()

    def close(self) -> None:
        """Stop the child, for a build that stopped early; the plugin gets its own index back."""
        self._child.close()
        self._written.close()
        if self.plugin.search_index is self:
            self.plugin.search_index = self.index


#: How Material's index encodes itself (`generate_search_index`): the same for each entry alone.
_ENTRY_JSON = json.JSONEncoder(separators=(",", ":"), default=str)
#: Where Material's JSON ends: its list of entries, last (``{"config":{…},"docs":[…]}``).
_ENTRIES_START, _ENTRIES_END = '"docs":[', "]}"
_NO_ENTRIES = _ENTRIES_START + _ENTRIES_END


def index_json(index: Any, encoded: list[str]) -> str:
    """The JSON the plugin would write for ``index`` (``generate_search_index``), whose entries
    are ``encoded`` (each as `_ENTRY_JSON` wrote it) and taken out of it: the same bytes."""
    empty = index.generate_search_index(None)  # its config, and no entry
    if not empty.endswith(_NO_ENTRIES):  # not the shape this knows: the plugin encodes them all
        index.entries.extend(json.loads(entry) for entry in encoded)
        return index.generate_search_index(None)
    return f"{empty[: -len(_NO_ENTRIES)]}{_ENTRIES_START}{','.join(encoded)}{_ENTRIES_END}"


def index_built_aside(plugin: Any, *, fork: bool = True) -> IndexBuiltAside | None:
    """`IndexBuiltAside` for the plugin; None where no temporary file can be made (no
    temporary directory one may write in): the plugin then indexes each page itself, as
    without the hooks, and the index is the same."""
    try:
        return IndexBuiltAside(plugin, fork=fork)
    except OSError:
        return None


def index_path(site_dir: str) -> str:
    """Where Material's search plugin writes the index (its ``on_post_build``)."""
    return os.path.join(site_dir, "search", "search_index.json")


class _WrittenIndex:
    """What the plugin's ``on_post_build`` asks of its index: the JSON it writes, an empty
    stand-in for the file the child wrote (`IndexBuiltAside.put_in_place`)."""

    def __init__(self, index: Any) -> None:
        self.config = index.config
        self.entries: list[dict] = []  # in the JSON, not held twice

    def generate_search_index(self, prev: object) -> str:
        return ""


def set_page_section_text(plugins: Mapping[str, object], page_url: str, location: str, text: str) -> None:
    """`set_section_text` in the site's search index, wherever it is being built."""
    index = getattr(search_plugin(plugins), "search_index", None)
    if isinstance(index, IndexBuiltAside):
        index.set_section_text(page_url, location, text)
    elif index is not None:
        set_section_text(index.entries, page_url, location, text)


def set_section_text(entries: list[dict], page_url: str, location: str, text: str) -> bool:
    """Set the text of the entry at ``location`` among the page's entries (the last ones); False if none.

    With no text, the entry goes: a heading with nothing under it to find (the list of
    notes of a page whose notes all cite sources, which the bibliography's entry holds)
    would be a result with an empty snippet."""
    for position in range(len(entries) - 1, -1, -1):
        found = entries[position].get("location", "")
        if found.split("#", 1)[0] != page_url:
            break
        if found == location:
            if text.strip():
                entries[position]["text"] = text
            else:
                del entries[position]
            return True
    return False


#: A tag, or a mark of italics, in an entry's text.
_TAG_OR_EMPHASIS = re.compile(f"<[^>]*>|[{EMPHASIS_START}{EMPHASIS_END}]")


def restore_emphasis(entries: list[dict]) -> list[dict]:
    """Each entry's title and text with its italics as ``<em>``, as Material's results show them.

    The search worker reads a tag within a paragraph or a list's item as it reads the
    item's own words, and matches and marks the words inside it as any others. Outside
    them (a table's cell, which the index keeps no tag of), an element is a block of the
    result of its own, shown apart from the words around it: there the marks go.
    """
    for entry in entries:
        title, text = entry.get("title"), entry.get("text")
        if isinstance(title, str) and EMPHASIS_START in title:
            entry["title"] = title.replace(EMPHASIS_START, "<em>").replace(EMPHASIS_END, "</em>")
        if isinstance(text, str) and EMPHASIS_START in text:
            entry["text"] = _TAG_OR_EMPHASIS.sub(_in_blocks_as_em(), text)
    return entries


def _in_blocks_as_em() -> Callable[[re.Match[str]], str]:
    """For `_TAG_OR_EMPHASIS`: a tag as it is, a mark as ``<em>`` or ``</em>`` inside an element, none outside."""
    depth = 0

    def replaced(found: re.Match[str]) -> str:
        nonlocal depth
        tag = found[0]
        if tag == EMPHASIS_START:
            return "<em>" if depth else ""
        if tag == EMPHASIS_END:
            return "</em>" if depth else ""
        if tag.startswith("</"):
            depth = max(depth - 1, 0)
        elif not tag.endswith("/>"):
            depth += 1
        return tag

    return replaced


def folded_words(text: str) -> list[str]:
    """The folded form of each word of ``text`` that changes when folded, once each, in order."""
    extra = {}
    end = 0
    # Only a word with a letter or digit beyond ASCII can change: the search goes from
    # one such letter to the next, at C speed, and reads only the words around them.
    for found in _NON_ASCII_LETTERS.finditer(text):
        start = found.start()
        if start < end:
            continue  # in the word just read ("Dvořák" has two)
        while start and text[start - 1].isalnum():  # back to the word's start
            start -= 1
        word = _WORD.match(text, start)
        assert word is not None  # text[start] is a letter or digit
        end = word.end()
        plain = fold(word.group())
        if plain != word.group().casefold():
            extra.setdefault(plain, None)
    return list(extra)


#: Where Material's search splits an entry's text into the blocks its results show: at
#: each ``<`` and ``>`` (its tokenizer reads markup so, without parsing it).
_MARKUP_EDGE = re.compile(r"[<>]")


def result_blocks(text: str) -> list[tuple[int, int]]:
    """Each block of ``text`` as Material's search shows it in a result, as ``(start, end)``.

    A block runs from the end of the last outermost element to the end of the next one's
    content, before its closing tag (or to the text's end): the place where words put
    in the block show with it. This counts tags as Material's search worker does
    (``extract``), so that the blocks are the same.
    """
    blocks = []
    start = block_start = depth = 0
    for edge in _MARKUP_EDGE.finditer(text):
        at = edge.start()
        if text[at] == "<":
            start = at
            continue
        if text[start + 1 : start + 2] == "/":
            depth -= 1
            if depth == 0:
                blocks.append((block_start, start))
                block_start = at + 1
        elif text[at - 1 : at] != "/":
            depth += 1
        start = at + 1
    if block_start < len(text):
        blocks.append((block_start, len(text)))
    return blocks


def add_folded_words(entries: list[dict]) -> list[dict]:
    """Give each entry's text the folded forms of the accented words of its title and text.

    The title is left as it is, since the search shows it; the text is what lunr matches.
    A result shows the blocks of the text (paragraphs, list items) where the search found
    the words typed: each block's folded words go in the block itself, hidden, so that a
    search for "qiaowu" shows the paragraph that writes "qiáowù", not a line of folded
    words. The title's words that no block holds go at the end, hidden too.
    """
    for entry in entries:
        title, text = entry.get("title", ""), entry.get("text", "")
        if f"{title}{text}".isascii():
            continue  # most entries: nothing to fold
        parts, cursor, placed = [], 0, set()
        for start, end in result_blocks(text):
            words = folded_words(text[start:end])
            if words:
                parts += [text[cursor:end], _hidden_words(words)]
                cursor = end
                placed.update(words)
        parts.append(text[cursor:])
        title_words = [word for word in folded_words(title) if word not in placed]
        if title_words:
            parts.append(_hidden_words(title_words))
        entry["text"] = "".join(parts)
    return entries


def _hidden_words(words: list[str]) -> str:
    # Found by the search, never shown nor read out: `hidden` holds in the results' HTML.
    return f"<span hidden> {' '.join(words)}</span>"
