"""A source's language, as BibTeX's ``langid`` names it, as the web names languages (BCP 47).

biblatex's ``langid`` takes babel's names (``russian``, ``ngerman``), which Zotero writes
from an item's language; an editor may also write a code (``ru``, ``zh-Latn``). The
title of a source in another language than the article's is marked with its language,
so that a screen reader reads it in that language's voice (WCAG 3.1.2).
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: babel's and polyglossia's names for languages, by the code the web uses.
BABEL_NAMES = {
    "english": "en", "american": "en-US", "usenglish": "en-US", "british": "en-GB",
    "ukenglish": "en-GB", "canadian": "en-CA", "australian": "en-AU", "newzealand": "en-NZ",
    "french": "fr", "francais": "fr", "acadian": "fr-CA", "canadien": "fr-CA",
    "german": "de", "ngerman": "de", "austrian": "de-AT", "naustrian": "de-AT",
    "swissgerman": "de-CH", "nswissgerman": "de-CH",
    "spanish": "es", "catalan": "ca", "galician": "gl", "basque": "eu", "portuguese": "pt",
    "portuges": "pt", "brazilian": "pt-BR", "brazil": "pt-BR", "italian": "it", "latin": "la",
    "romanian": "ro", "dutch": "nl", "danish": "da", "swedish": "sv", "norwegian": "no",
    "norsk": "nb", "nynorsk": "nn", "icelandic": "is", "finnish": "fi", "estonian": "et",
    "latvian": "lv", "lithuanian": "lt", "polish": "pl", "czech": "cs", "slovak": "sk",
    "slovene": "sl", "slovenian": "sl", "croatian": "hr", "serbian": "sr", "bosnian": "bs",
    "macedonian": "mk", "bulgarian": "bg", "russian": "ru", "ukrainian": "uk",
    "belarusian": "be", "greek": "el", "turkish": "tr", "azerbaijani": "az", "kazakh": "kk",
    "kyrgyz": "ky", "uzbek": "uz", "turkmen": "tk", "tajik": "tg", "mongolian": "mn",
    "georgian": "ka", "armenian": "hy", "hungarian": "hu", "magyar": "hu", "albanian": "sq",
    "uyghur": "ug", "tatar": "tt", "pashto": "ps",
    "hebrew": "he", "arabic": "ar", "persian": "fa", "farsi": "fa", "urdu": "ur", "hindi": "hi",
    "bengali": "bn", "chinese": "zh", "pinyin": "zh-Latn-pinyin", "japanese": "ja",
    "korean": "ko", "vietnamese": "vi", "thai": "th", "indonesian": "id", "bahasai": "id",
    "malay": "ms", "bahasam": "ms", "tagalog": "tl", "swahili": "sw", "afrikaans": "af",
    "irish": "ga", "welsh": "cy", "scottish": "gd", "breton": "br", "esperanto": "eo",
}  # fmt: skip

#: babel's name for each language tag above: the first of the names given it.
_BABEL_NAME_BY_TAG: dict[str, str] = {}
for _name, _tag in BABEL_NAMES.items():
    _BABEL_NAME_BY_TAG.setdefault(_tag.casefold(), _name)

#: A language tag as BCP 47 writes it: a language, then a script, region or variant.
_TAG = re.compile(r"[a-z]{2,3}(?:-(?:[a-z]{4}|[a-z]{2}|\d{3}|[a-z\d]{5,8}))*")


def language_tag(langid: str) -> str | None:
    """The BCP 47 tag for ``langid`` (a babel name or a tag: ``russian``, ``ru``,
    ``zh-Latn``); None if it names neither."""
    name = langid.strip().casefold().replace("_", "-")
    if name in BABEL_NAMES:
        return BABEL_NAMES[name]
    if _TAG.fullmatch(name):
        # As tags are written: a script title-cased, a region in capitals.
        parts = name.split("-")
        return "-".join([parts[0], *(_cased(part) for part in parts[1:])])
    return None


def babel_name(tag: str) -> str | None:
    """babel's name for the language ``tag`` names, which biblatex's ``langid`` takes
    (``en``: ``english``, ``en-GB``: ``british``); a region babel has no name for gets its
    language's (``en-IE``: ``english``); None for a language babel does not name."""
    normal = language_tag(tag)
    if normal is None:
        return None
    key = normal.casefold()
    return _BABEL_NAME_BY_TAG.get(key) or _BABEL_NAME_BY_TAG.get(key.split("-")[0])


def _cased(subtag: str) -> str:
    if len(subtag) == 4 and subtag.isalpha():
        return subtag.title()
    if len(subtag) == 2 and subtag.isalpha():
        return subtag.upper()
    return subtag


def same_language(tag: str, other: str) -> bool:
    """Whether two tags name one language (``en-GB`` and ``en``), whatever their regions."""
    return tag.split("-")[0].casefold() == other.split("-")[0].casefold()


def tag_problem(
    value: object, field: str, written_as: Callable[[str], str] | None = None, *, quoted: str | None = None
) -> tuple[str, str] | None:
    """What is wrong with ``value``, written as the front matter's ``field`` for a language,
    as a BCP 47 tag (``zh-Latn``, ``ru``), and what to write instead; None if nothing.
    ``written_as`` gives how a value is written where it is not a field (an attribute
    list's ``{lang=ru}``); the messages quote it so, and the problem quotes ``quoted``, the
    text as the editor typed it (``{LANG=german}``), where it is given."""
    form = written_as or (lambda code: f"{field}: {code}")
    if isinstance(value, bool):
        # YAML reads `no` (Norwegian) and `on`, `off`, `yes` as true or false.
        return f"`{field}` is not text to YAML", f'Put the code in quotes: `{field}: "no"`.'
    if not isinstance(value, str) or not value.strip():
        empty, where = (field, "after the colon") if written_as is None else (form(""), "after `=`")
        return f"`{empty}` is empty", f"Write the language's code (BCP 47) {where}: `{form('zh-Latn')}`."
    written = value.strip()
    if _TAG.fullmatch(written.casefold()):
        return None
    as_typed = quoted or form(written)
    if (tag := language_tag(written)) is not None:
        if written.casefold() in BABEL_NAMES:  # as a BibTeX langid may name it
            return f"`{as_typed}` names a language, not its code", f"Write its code: `{form(tag)}`."
        return f"`{as_typed}` is written with underscores", f"Write it with hyphens: `{form(tag)}`."
    return (
        f"`{as_typed}` is not a language code (BCP 47)",
        "Write the language, then its script or region, with hyphens:"
        f" `{form('zh-Latn')}`, `{form('ru')}`, `{form('pt-BR')}`.",
    )


def separator_problem(written: str, sign: str, value: str) -> tuple[str, str] | None:
    """What is wrong with an attribute list, ``written`` as the editor typed it, whose ``lang``
    is joined to its ``value`` by ``sign`` other than a bare ``=``, and what to write instead:
    attr_list reads ``{ lang = de }`` as ``lang`` with no value, and ``{lang: de}`` as an
    attribute named ``lang:``, so the words get no language. None for ``=``."""
    if sign == "=":
        return None
    code = value.strip().strip("\"'") or "zh-Latn"
    code = language_tag(code) or code
    if ":" in sign:
        problem = f"`{written}` joins `lang` to its code with a colon, as YAML does, where attr_list takes `=`"
    else:
        problem = f"`{written}` has a space beside the `=` of `lang`, where attr_list takes none"
    return f"{problem}, so the words get no language", f"Write `{{lang={code}}}`."
