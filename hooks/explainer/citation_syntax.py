"""Pandoc's bracketed citation syntax: ``[@key]``, ``[@key, p. 59]``, ``[see @a; @b, p. 7]``.

A group is a bracketed list of items separated by ``;``. Each item has an optional
prefix, ``@key``, and an optional locator after a comma. The ``@`` must start a word,
so an e-mail address (``name@example.org``) is never read as a citation. Bare
``@key`` outside brackets is not a citation here: in running text it is too easily an
e-mail address or a social-media handle.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .deferred_patterns import DeferredPattern
from .invisible_characters import PASTED, invisible_problem, without_invisible
from .page_ranges import backwards_range, open_range, shortened_range

#: A citation key as pandoc reads it: starts with a letter, digit or ``_``; may contain
#: internal punctuation (``:.#$%&-+?<>~/``) but not end with it.
KEY = r"[\w][\w:.#$%&\-+?<>~/]*(?<![:.#$%&\-+?<>~/])"

_ITEM = re.compile(
    rf"""(?x)
    ^\s*
    (?P<prefix>(?:.*?\s)?)      # free text before the key, ending in a space
    (?P<suppress>-?)@(?P<key>{KEY})  # @key, or -@key: pandoc's "suppress author"
    \s*
    (?:,\s*(?P<locator>.*?))?   # , p. 59
    \s*$
    """,
    re.DOTALL,
)

#: A bracketed group that may be a citation group: no nested brackets, at least one ``@``.
#: ``@key`` outside brackets. It begins with the ``@`` itself, which a text seldom has, so
#: the search skips ahead to it; whether a word starts there (not an e-mail address's
#: ``@``) is for the caller to see.
BARE_KEY = rf"@(?P<key>{KEY})"
GROUP = re.compile(r"\[(?P<body>[^\[\]]*@[^\[\]]*)\]")
#: After a group, what makes it a link's text instead (``[@x](url)``, ``[@x][ref]``); not
#: another note's call (``[@a][@b]``, ``[@a][see @b]``, ``[@a][^n]``). A colon after it
#: (``differ[@a]: some``) is text: a link's definition, ``[@x]: url`` at a line's start, is
#: taken out before the text is read.
NOT_LINK_TEXT = r"(?!\(|\[(?![^\[\]]*@|\^))"


class CitationItem(NamedTuple):
    """One cited source inside a group."""

    # A named tuple, not a frozen dataclass: one is made per citation, and a tuple costs
    # a fraction of a frozen dataclass to make.
    key: str
    locator: str = ""
    prefix: str = ""
    #: ``[-@key]``: the note leaves out the names the text has just given.
    suppress_author: bool = False


def parse_group(body: str) -> tuple[CitationItem, ...] | None:
    """The items of ``body`` (the text between the brackets), or None if it is not a citation group.

    Every ``;``-separated item must be a citation: ``[email me@x.org]`` or
    ``[see @a; or not]`` are left as text.
    """
    if "@" not in body:
        return None
    items = []
    for chunk in body.split(";"):
        found = _ITEM.match(chunk)
        if not found:
            return None
        if "@" in found["prefix"]:
            return None
        items.append(
            CitationItem(
                key=found["key"],
                locator=(found["locator"] or "").strip(),
                prefix=" ".join(found["prefix"].split()),
                suppress_author=bool(found["suppress"]),
            )
        )
    return tuple(items)


#: A key with a comma after it and nothing more in its item (``@k, `` in ``[@k, ]``).
_COMMA_ALONE = DeferredPattern(rf"-?@(?P<key>{KEY})\s*,\s*$")


def keys_with_empty_locators(body: str) -> list[str]:
    """The keys of ``body``'s items written with a comma and no locator after it (``[@k, ]``):
    a page meant and not typed, which the note would leave out without a word."""
    # The cheap test first: a comma last, which few items have; the search would read every item.
    return [
        found["key"]
        for chunk in body.split(";")
        if chunk.rstrip().endswith(",") and (found := _COMMA_ALONE.search(chunk))
    ]


#: Pandoc's locator labels, short and long, singular and plural: each needs a value
#: after it ("p. 59", "chap. 3"). A locator that is one of them alone is a slip.
_LABEL_ALONE = re.compile(
    r"(?i)(?:bk|books?|chap|chapters?|col|columns?|fig|figures?|fol|folios?|no|numbers?|l|ll|lines?|n|nn|notes?"
    r"|op|opus|p|pp|pages?|para|paragraphs?|pt|parts?|sec|sections?|s\.v|sub verbo|v|vv|verses?|vol|vols|volumes?)\.?"
)


#: A group's text that opens as a citation does: ``@`` and a key's first character (or,
#: a slip, a space between them, a second ``@``, or no key at all: ``[@]``, ``[@; @k]``).
_OPENS_AS_CITATION = DeferredPattern(r"\s*-?@(?: ?\w|@+\w|\s*(?:;|$))")
#: An item whose ``@`` is typed twice: ``@@k``.
_DOUBLE_AT = DeferredPattern(r"-?@@+(?P<key>\w\S*)")
#: An ``@`` set apart from the key after it.
_SPACED_KEY = DeferredPattern(r"(?<![\w.@])-?@\s+(\w\S*)")
#: An ``@`` that starts a word, as a key's does (not an e-mail address's).
_KEY_START = DeferredPattern(r"(?<![\w.@])-?@\w")


#: An item that is a key and a sentence's mark after it: ``@k.``.
_KEY_THEN_MARK = DeferredPattern(rf"-?(?P<key>@{KEY})\s*(?P<mark>[.,:;!?])")
_MARK_NAMES = {
    ".": "a full stop", ",": "a comma", ":": "a colon", ";": "a semicolon", "!": "an exclamation mark",
    "?": "a question mark",
}  # fmt: skip
#: An item that reads as a locator: a page, a range, or a label and a number (``p. 12``).
_LOCATOR_LIKE = DeferredPattern(r"(?:[^\W\d_]{1,8}\.?\s*)?(?:\d+|[ivxlc]+\b)")


def opens_as_citation(body: str) -> bool:
    """Whether ``body``, a bracket's text, opens as a citation does (``@key…``)."""
    return bool(_OPENS_AS_CITATION.match(body))


def unread_group(body: str) -> str | None:
    """Why ``body`` opens as a citation does (``[@key…``) and yet is not one; None otherwise.

    Such a bracket would be printed as text, where the editor meant a note: it is an
    error instead. A bracket that merely holds an ``@`` (``[write to me@x.org]``) is text.
    """
    if not _OPENS_AS_CITATION.match(body) or parse_group(body) is not None:
        return None
    if (hidden := invisible_problem(body)) and parse_group(visible := without_invisible(body)) is not None:
        # `[@doe2020­rivers]`: a soft hyphen pasted into the key, which the message showed as nothing.
        return (
            f"[{visible}] is no citation: it holds {hidden}, {PASTED}; type the citation again without it: [{visible}]"
        )
    reason = "it cannot be read"
    key_before = None
    for chunk in body.split(";"):
        item = chunk.strip()
        found = _ITEM.match(chunk)
        spaced_key = _SPACED_KEY.search(item)
        marked = _KEY_THEN_MARK.fullmatch(item)
        if not item:
            reason = "a semicolon has no item after it"
        elif item in ("@", "-@"):
            reason = "an @ has no key after it; write the key right after it: @key"
        elif double := _DOUBLE_AT.match(item):
            reason = f"the item {item!r} has two @ before its key; write @{double['key'].rstrip(',;')}"
        elif spaced_key and not _KEY_START.search(item):
            reason = f"the item {item!r} has a space after its @; write @{spaced_key.group(1).rstrip(',;')}"
        elif not _KEY_START.search(item) and key_before and _LOCATOR_LIKE.match(item):
            # `[@k; p. 12]`: a semicolon typed for the comma before the locator.
            reason = (
                f"the item {item!r} has no @key; a locator goes after a comma, not a semicolon: [{key_before}, {item}]"
            )
        elif not _KEY_START.search(item):
            reason = f"the item {item!r} has no @key"
        elif marked:
            # `[@k.]`: the sentence's full stop typed inside the bracket, after the key.
            mark, key = marked["mark"], marked["key"]
            reason = (
                f"the key {key} has {_MARK_NAMES[mark]} after it; a note call goes after the punctuation:"
                f" write {mark}[{key}]"
            )
        elif found is None:
            reason = f"the item {item!r} has words after its key; a locator goes after a comma (@key, p. 5)"
        elif "@" in found["prefix"]:
            reason = f"the item {item!r} holds two keys; put a semicolon between them"
        else:
            key_before = f"{found['suppress']}@{found['key']}"
            continue
        break
    return f"[{body}] opens as a citation but is not one: {reason} (or, for text, write \\[ for its bracket)"


def repeated_item(group: tuple[CitationItem, ...]) -> str | None:
    """What is wrong if one note cites the same place twice (``[@a; @a]``), else None."""
    seen: set[tuple[str, str]] = set()
    for item in group:
        place = (item.key, " ".join(item.locator.split()))
        if place in seen:
            where = f" at {item.locator}" if item.locator else ""
            return f"the note cites @{item.key}{where} twice; cite it once"
        seen.add(place)
    return None


#: The locator labels an English note may print: CSL's English terms for its locator
#: types, short and long, singular and plural, and a few in common use (``ch.``, ``sect.``,
#: ``fn.``), without their full stop.
ENGLISH_LOCATOR_LABELS = frozenset(
    {
        "act", "app", "appendix", "art", "article", "bk", "book", "books", "canon", "ch", "chap", "chaps", "chapter",
        "chapters", "col", "cols", "column", "columns", "eq", "equation", "fig", "figs", "figure", "figures", "fol",
        "fols", "folio", "folios", "l", "ll", "line", "lines", "n", "nn", "no", "nos", "note", "notes", "number",
        "numbers", "op", "opus", "p", "pp", "page", "pages", "par", "para", "paras", "paragraph", "paragraphs", "part",
        "parts", "pt", "pts", "rule", "sec", "secs", "sect", "sects", "section", "sections", "tab", "table", "tables",
        "tit", "title", "v", "vv", "verse", "verses", "vol", "vols", "volume", "volumes", "bks", "arts", "eqs",
        "apps", "tbl", "tbls", "opp", "sc", "scs", "chs", "tabs", "pars", "fn", "fns", "sv", "acts", "articles",
        "canons", "equations", "rules", "titles", "scene", "scenes", "issue", "issues", "appendixes", "appendices",
        "opera",
    }
)  # fmt: skip
#: Those of them that are abbreviations, written with a full stop.
_ABBREVIATED = frozenset(
    {
        "app", "art", "bk", "ch", "chap", "chaps", "col", "cols", "eq", "fig", "figs", "fol", "fols", "l", "ll", "n",
        "nn", "no", "nos", "op", "p", "pp", "para", "paras", "pt", "pts", "sec", "secs", "sect", "sects", "tab", "tit",
        "v", "vv", "vol", "vols", "chs", "bks", "arts", "eqs", "apps", "tbl", "tbls", "sc", "scs", "pars", "fn", "fns",
    }
)  # fmt: skip
#: Labels written for others by a common slip.
_SLIPS = {"pg": "p.", "pgs": "pp.", "pag": "p."}
#: A locator's first word, when what follows shows it is a label: a number (``pg. 5``,
#: ``page5``) or, after a space, a roman one (``p. xii``).
_LEADING_LABEL = re.compile(r"(?P<label>[^\W\d_]+)(?P<stop>\.?)(?P<space>\s*)(?=\d|(?<=\s)[ivxlc]+\b)")
#: The labels English notes print before one page and several (`StyleWords`' defaults),
#: without their full stop: what an editor used to English types in any article.
_ENGLISH_PAGE_LABELS = ("p", "pp")
#: Only pages, several: a range or a list (``4-5``, ``4–5``, ``3, 7``, ``xii-xiv``).
_SEVERAL_PAGES = re.compile(r"[\dxivlc]+(?:\s*(?:-{1,2}|–|,|&)\s*[\dxivlc]+)+")
#: Only one page (``5``, ``xii``): not ``45ff``, ``45, n. 3``.
_ONE_PAGE = re.compile(r"\d+|[ivxlc]+")
#: Page labels, in English and the languages sources are most often in (German ``S.``,
#: Spanish ``pág.``, Russian ``с.``), besides an article's own words.
_PAGE_LABELS = frozenset({"p", "pp", "page", "pages", "s", "pag", "pagg", "pág", "págs", "str", "blz", "с", "стр"})


def page_parts(locator: str) -> list[tuple[str, bool]]:
    """The locator's comma- or semicolon-separated parts, each with whether it names pages:
    bare numbers (``3-4``, ``xii``) or after a page label (``p.``, ``pp.``, ``pages``,
    ``S.``…: `_PAGE_LABELS`), and a bare part after them (``pp. 3-4, 7-9``); not a figure's, a
    table's or a time's numbers (``fig. 3-1``, ``00:12:30``)."""
    parts = []
    pages = True  # a locator with no label names pages, as Pandoc reads it
    for part in re.split(r"(?<=[,;])", locator):
        found = _LEADING_LABEL.match(part.strip())
        if found is not None:
            pages = found["label"].casefold() in _PAGE_LABELS
        elif not part.strip()[:1].isdigit() and not _ONE_PAGE.match(part.strip()):
            pages = False  # words: "and passim", "s.v. …"
        parts.append((part, pages and ":" not in part))
    return parts


#: A range of pages joined by a longer dash than a range takes (em dash, horizontal bar, figure
#: dash, minus sign): ``59—61``.
#: Whole words on both sides: not the "c" of "cited" in ``p. 12 — cited in …``.
_LONG_DASH_RANGE = re.compile(r"(?<!\w)(?P<first>\d+|[xivlc]+)\s*(?P<dash>[—―‒−])\s*(?P<last>\d+|[xivlc]+)(?!\w)")
#: The words for a source cited before, which an editor used to writing notes by hand may type
#: as a locator (``[@k, ibid.]``, ``[@k, op. cit., p. 5]``), in any case, up to the comma after them.
_REPEATED_SOURCE = re.compile(r"(?i)(?:ibid(?:em)?|idem|id|op\.?\s*cit|loc\.?\s*cit)\b\.?\s*(?:,|$)")


def locator_label_problem(
    locator: str, page: str = "p.", pages: str = "pp.", *, english: bool = True, key: str = ""
) -> str | None:
    """A likely slip in a locator's label, which a note prints as written; None if none.

    A number glued to its label (``page5``); the label of one page on several pages, or
    of several on one (``p. 4-5``), where ``page`` and ``pages`` differ. In English, also
    a long label no note uses but close to one (``chapetr``), a common slip (``pg.``) and
    an abbreviation without its full stop (``p 5``); another language's labels are not
    listed here, but its own page labels without their full stop are named too. A short
    word no note uses is taken as meant (``at 45``, ``cl. 4``)."""
    text = locator.strip()
    if dash := _LONG_DASH_RANGE.search(text):
        # A word processor's dash between two pages, printed as typed where the notes set an en dash.
        the_locator = f"the locator {locator!r}" + (f" of @{key}" if key else "")
        meant = _LONG_DASH_RANGE.sub(lambda found: f"{found['first']}–{found['last']}", text)
        return f"{the_locator} joins a range with {dash['dash']!r}, not the en dash of a range; write {meant}"
    if repeated := _REPEATED_SOURCE.match(text.replace("*", "")):
        # The notes write Ibid. and the short form themselves: typed, it would print after them.
        the_locator = f"the locator {locator!r}" + (f" of @{key}" if key else "")
        rest = text.replace("*", "")[repeated.end() :].strip(" ,")
        instead = f"[@{key or 'key'}, {rest}]" if rest else f"[@{key or 'key'}]"
        return (
            f"{the_locator} writes {repeated.group(0).strip(' ,')!r}, which the note would print after the source;"
            f" the notes write Ibid. or the short form themselves: write {instead}"
        )
    found = _LEADING_LABEL.match(text)
    if found is None:
        return None
    label, stop, space = found["label"], found["stop"], found["space"]
    written, rest, folded = label + stop, text[found.end() :], label.casefold()
    the_locator = f"the locator {locator!r}" + (f" of @{key}" if key else "")
    if label in _ENGLISH_PAGE_LABELS and written not in (page, pages) and f"{label}." not in (page, pages):
        # English's label where the article's notes write others (French ``p.`` before one page
        # or several): printed as typed, it would differ from the notes' own pages.
        instead = _page_label(rest, page, pages)
        return f"{the_locator} starts with {written!r}, where this article's notes write {instead}"
    known = written in (page, pages) or (english and folded in ENGLISH_LOCATOR_LABELS)
    if not stop and f"{label}." in (page, pages):
        # The article's own label without its full stop (``p 33``), in any language.
        missing = "full stop" if space else "full stop or space"
        return f"{the_locator} has no {missing} after its label; write {label}. {rest}"
    if not known:
        if not english:
            return None
        meant = _SLIPS.get(folded)
        if meant is None and len(folded) >= 4:
            import difflib  # only a label no note uses needs it

            close = difflib.get_close_matches(folded, sorted(ENGLISH_LOCATOR_LABELS), n=1, cutoff=0.8)
            meant = close[0] + ("." if close[0] in _ABBREVIATED else "") if close else None
        if meant is None:
            return None  # another kind of place, written on purpose ("map 2", "at 45")
        return f"{the_locator} starts with {written!r}, which is no label; did you mean {meant!r}?"
    if not space:
        return f"{the_locator} has no space after its label; write {written} {rest}"
    if folded in ("page", "pages") and written not in (page, pages):
        # Spelt out, it would print "page 45" where the notes' own pages read "p. 45".
        return (
            f"{the_locator} spells out {written!r}, where this article's notes write {_page_label(rest, page, pages)}"
        )
    if english and not stop and folded in _ABBREVIATED and written not in (page, pages):
        return f"{the_locator} has no full stop after its label; write {label}. {rest}"
    if page != pages and written == page and _SEVERAL_PAGES.fullmatch(rest):
        return f"{the_locator} names several pages after {page!r}; write {pages} {rest}"
    if page != pages and written == pages and _ONE_PAGE.fullmatch(rest):
        return f"{the_locator} names one page after {pages!r}; write {page} {rest}"
    return None


def _page_label(rest: str, page: str, pages: str) -> str:
    """What to write before ``rest``, the pages: ``page`` or ``pages`` as they are one or
    several, and both where it cannot tell (``45ff``)."""
    if page == pages or _ONE_PAGE.fullmatch(rest):
        return f"{page!r}; write {page} {rest}"
    if _SEVERAL_PAGES.fullmatch(rest):
        return f"{pages!r} before several pages; write {pages} {rest}"
    return f"{page!r} before one page and {pages!r} before several"


def stray_comma(locator: str) -> str | None:
    """What is wrong if a comma in ``locator`` parts nothing from something (``, 14``, ``14,``,
    ``3,, 5``) or follows a label alone (``p, 14``), else None: the note would print it as written."""
    parts = [part.strip() for part in locator.split(",")]
    if len(parts) == 1:
        return None
    if not parts[0]:
        return "starts with a comma: delete it (one comma parts the key from its locator)"
    if not parts[-1]:
        return "ends with a comma: delete it, or write what follows it"
    if "" in parts:
        return "has two commas with nothing between them: delete one"
    if _LABEL_ALONE.fullmatch(parts[0]):
        return f"has a comma after its label {parts[0]!r}: delete the comma (p. 59)"
    return None


def locator_problem(item: CitationItem) -> str | None:
    """What is wrong with the item's locator: a label with nothing after it (``[@key, p.]``), a
    stray comma (`stray_comma`), or a range missing an end or running backwards."""
    if item.locator and _LABEL_ALONE.fullmatch(item.locator):
        return (
            f"the locator {item.locator!r} of @{item.key} names no place: "
            "write what it points to after it (p. 59, chap. 3), or drop the comma"
        )
    if comma := stray_comma(item.locator):
        return f"the locator {item.locator!r} of @{item.key} {comma}"
    if open_range(item.locator):
        return (
            f"the locator {item.locator!r} of @{item.key} has a dash with no page on one side: "
            "write both ends of the range (pp. 4-7), or one page (p. 4)"
        )
    backwards = next(
        (found for part, pages in page_parts(item.locator) if pages and (found := backwards_range(part))), None
    )
    if backwards and (whole := shortened_range(backwards)):
        return (
            f"the locator {item.locator!r} of @{item.key} has a range that runs backwards ({backwards}), or"
            f" cuts its last page short, which print writes whole below page 100: write {whole[0]}-{whole[1]},"
            " or the first page first"
        )
    if backwards:
        return (
            f"the locator {item.locator!r} of @{item.key} has a range that runs backwards ({backwards}): "
            "write the first page first"
        )
    return None
