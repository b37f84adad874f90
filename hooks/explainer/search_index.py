"""Work on the search index while the search plugin builds it: diacritic folding, section text.

Material for MkDocs' search plugin indexes each page in ``on_page_context`` and keeps
the entries (``{"location", "title", "text"}``) in ``search_index.entries`` until it
writes them in ``on_post_build``; hooks with the right priorities can change them there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .term_matcher import fold

_WORD = re.compile(r"[^\W_]+")
#: Letters and digits beyond ASCII (a word of `_WORD` holds only letters and digits).
_NON_ASCII_LETTERS = re.compile(r"[^\W\x00-\x7f]+")
#: The comments the hooks leave in a page until it is rendered: note calls, glossary
#: terms, held-back parts. All start ``<!--explainer:`` or ``<!--/explainer:``.
_ENGINE_COMMENT = re.compile(r"<!--/?explainer:[^>]*-->")
#: A heading's permalink as Python-Markdown's toc writes it: the search plugin leaves
#: its text (the pilcrow) out of the section's title.
_PERMALINK = re.compile(r'<a class="headerlink" href="[^"]*" title="[^"]*">[^<]*</a>')
#: Inline tags the search plugin's parser reads only for the text they hold (it keeps
#: paragraphs, lists, code, sub- and superscripts and headings, so those stay); quoted
#: attribute values may hold ``>``.
_TEXT_ONLY_TAG = re.compile(
    r"</?(?:a|abbr|b|bdi|bdo|br|cite|data|dfn|em|i|img|mark|q|s|samp|small|span|strong|time|u|var|wbr)\b"
    r"""[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>"""
)


def search_copy(html: str) -> str:
    """What the search index reads of a page: the same text, with less markup for its parser.

    Without the hooks' comments (note calls, glossary terms, held-back parts) and the
    inline tags the parser would only step through; each costs it a call. At most
    runs of spaces change, which the index's tokenizer does not see. A page where the
    parser must see an inline element end (``data-search-exclude``, a permalink written
    some other way) keeps its tags.
    """
    html = _ENGINE_COMMENT.sub("", html)
    if "data-search-exclude" in html:
        return html
    stripped = _PERMALINK.sub("", html)
    if "headerlink" in stripped:
        return html
    return _TEXT_ONLY_TAG.sub("", stripped)


def index_entries(plugins: Mapping[str, object]) -> list[dict] | None:
    """The entries of the site's search index as they are being built, or None if it has none we know."""
    for plugin in plugins.values():
        entries = getattr(getattr(plugin, "search_index", None), "entries", None)
        if isinstance(entries, list):
            return entries
    return None


def set_section_text(entries: list[dict], page_url: str, location: str, text: str) -> bool:
    """Set the text of the entry at ``location`` among the page's entries (the last ones); False if none."""
    for entry in reversed(entries):
        found = entry.get("location", "")
        if found.split("#", 1)[0] != page_url:
            break
        if found == location:
            entry["text"] = text
            return True
    return False


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


def add_folded_words(entries: list[dict]) -> list[dict]:
    """Append to each entry's text the folded forms of the accented words of its title and text.

    The title is left as it is, since the search shows it; the text is what lunr matches.
    """
    for entry in entries:
        both = f"{entry.get('title', '')} {entry.get('text', '')}"
        if both.isascii():
            continue  # most entries: nothing to fold
        words = folded_words(both)
        if words:
            entry["text"] = f"{entry.get('text', '')} {' '.join(words)}"
    return entries
