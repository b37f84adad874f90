"""Values pasted into BibTeX as a web page or a printed reference writes them, which the
notes would print as typed: an HTML entity (``&amp;``), the place before the publisher
(``London: Routledge``), a role after a name (``(ed.)``), ``and`` glued to a name
(``J.and``), a title in capitals as some databases export it, an address or a date of
access written in ``note`` as a printed reference writes them, a person's name in braces, a
comma typed at a field's end (``London,``).

Each check returns what is wrong and what to write instead, or None; its caller names the
field's line: `bibtex_parsing` in an error, which stops the build (an entity, a role, a glued
``and``), `style` in a warning where the value may be meant (a place, capitals, a note, braces).
"""

from __future__ import annotations

import html
import re

from .dates import written_as_date
from .deferred_patterns import DeferredPattern

#: An HTML entity, named or numbered: ``&amp;``, ``&#252;``, ``&#x2019;``.
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,30}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")
#: The place before the publisher, as a printed reference writes it: ``London: Routledge``.
_PLACE_THEN_PUBLISHER = DeferredPattern(
    r"(?P<place>[^\W\d][^:;,\d]{1,40}?(?:,\s*[^\W\d][^:;,\d]{1,30})?)\s*:\s+(?P<publisher>\S.*)"
)
#: Words of publishers' names, which no place of publication holds (``Routledge: London``).
_PUBLISHER_WORDS = frozenset({
    "press", "books", "publishing", "publishers", "publisher", "publications", "verlag", "éditions", "editions",
    "routledge", "brill", "springer", "palgrave", "macmillan", "wiley", "sage", "elsevier", "penguin", "zed",
    "university", "institute", "house", "media", "group", "company", "co", "inc", "ltd",
})  # fmt: skip
#: A place as a printed reference writes one: a capitalised word or two (``London``, ``New York``).
_PLACE = DeferredPattern(r"[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*)?")
#: A role written after a name, which the notes print from the field it is in: ``(ed.)``,
#: ``(Eds)``, ``(Hrsg.)``, never all in capitals, as an organisation's acronym is (``(ED)``).
_ROLE = DeferredPattern(
    r"\((?:[Ee]ds?|[Ee]ditors?|Hrsg|Hg|[éÉ]ds?|[Dd]ir|[Cc]oord|[Tt]rans|[Tt]ransl|[Tt]r|[Tt]ranslators?|[Tt]rad"
    r"|Übers)\.?\)"
)
#: A brace group, innermost first, which holds a name as written (``{U.S. Department of Education (ED)}``).
_BRACE_GROUP = DeferredPattern(r"\{[^{}]*\}")
#: ``and`` glued to the name before or after it: ``J.and Doe``, ``Smith, J. andDoe, K.``.
_GLUED_AND = re.compile(r"(?<=\.)and(?=\s)|(?<=\s)and(?=[A-Z])")
#: A web address among other words.
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s,;)]+[^\s,;).]")
#: The date a source was read, written as words in a note: ``Accessed 5 May 2020``, ``(last visited …)``.
_ACCESSED = re.compile(
    r"\b(?:(?:last\s+)?(?:accessed|visited|viewed|retrieved|consulted)(?:\s+on)?|consulté\s+le|abgerufen\s+am)\b"
    r"[\s:,]*(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"  # ISO, 5/5/2020
    r"|(?:\d{1,2}(?:st|nd|rd|th|er)?\.?\s+)?(?P<month>[^\W\d_]+)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4})(?!\d)",
    re.IGNORECASE,
)
#: Months in French and German, whose notes write ``consulté le 5 mai 2020``, ``abgerufen am 5. Mai 2020``.
_OTHER_MONTHS = frozenset({
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre", "januar", "februar", "märz", "april", "juni", "juli", "august", "oktober", "dezember",
})  # fmt: skip
#: A person's name as BibTeX writes one, family name and initials (``Smith, J.``), or initials
#: and family name (``J. Smith``): in braces of its own, it is printed as written.
_PERSON_IN_BRACES = re.compile(
    r"[^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+)?, (?:[^\W\d_]\.[ -]?){1,3}|(?:[^\W\d_]\.[ -]?){1,3} [^\W\d_][\w'’-]+"
)
#: A country's or an organisation's initials (``U.S.``, ``U.K.``, ``U.N.``, ``E.U.``, ``U.S.S.R.``), no person's.
_COUNTRY_INITIALS = DeferredPattern(r"(?<![\w.])(?:U\.S\.(?:A\.|S\.R\.)?|U\.K\.|U\.N\.|E\.U\.|E\.C\.)(?!\w)")
#: Words in a title, to tell one in capitals.
_WORD = re.compile(r"[^\W\d_]+")

#: The fields a note prints as text, in which a web page's marks are slips.
TEXT_FIELDS = frozenset({
    "title", "booktitle", "journaltitle", "publisher", "location", "institution", "organization", "series",
    "note", "howpublished", "edition", "translatedtitle", "shorttitle", "type", "eventtitle",
})  # fmt: skip


def entity_problem(name: str, value: str) -> str | None:
    """An HTML entity in ``value`` (a web page's export), printed as typed."""
    found = _ENTITY.search(value) if "&" in value else None
    if found is None:
        return None
    character = html.unescape(found.group(0))
    if character == found.group(0):
        return None  # no entity HTML knows: text
    written = "\\&" if character == "&" else character
    return (
        f"{name} holds the HTML entity {found.group(0)!r}, which the notes would print as typed;"
        f" write the character itself: {written}"
    )


def place_in_publisher_problem(value: str, address: str | None) -> str | None:
    """A publisher that may be written after its place (``London: Routledge``), printed after
    the place again or as typed; not an organisation and its division (``OSCE: Office for …``)."""
    found = _PLACE_THEN_PUBLISHER.fullmatch(value.strip())
    if found is None or len(found["place"].split()) > 4:
        return None
    place, publisher = found["place"].strip(), found["publisher"].strip()
    if address is not None and address.strip() != place:
        return None  # another place given: the colon is the publisher's own, as far as can be told
    if place.isupper() or not _PUBLISHER_WORDS.isdisjoint(re.findall(r"[^\W\d_]+", place.casefold())):
        return None  # an acronym (`OSCE`) or a publisher's word (`Routledge: London`): no place
    said = (
        f"publisher {value!r} may give the place before a colon, as a printed reference writes it, and the notes"
        " print the place from address themselves; "
    )
    if address is not None:
        return said + f"address already gives it: write publisher = {{{publisher}}}"
    if _PLACE.fullmatch(place):
        return said + f"write publisher = {{{publisher}}}, and write address = {{{place}}}"
    return said + f"if {place} is the place of publication, write address = {{{place}}} and publisher = {{{publisher}}}"


def _outside_braces(value: str) -> str:
    """``value`` with what its brace groups hold blanked, at the same positions: a name written as it is."""
    while "{" in value and (blanked := _BRACE_GROUP.sub(lambda group: " " * len(group[0]), value)) != value:
        value = blanked
    return value


def name_list_problem(value: str, field: str) -> str | None:
    """A role written after a name (``Smith, J. (ed.)``), or ``and`` glued to a name (``J.and``),
    in ``value``, the name field ``field``; or an HTML entity (``M&#252;ller``)."""
    if "&" in value and (entity := entity_problem(field, value)):
        return entity
    if "(" in value and (role := _ROLE.search(_outside_braces(value))):
        meant = " ".join(f"{value[: role.start()]} {value[role.end() :]}".split())
        translating = role.group(0).casefold().strip("().").startswith(("tr", "üb"))
        role_field = "translator" if translating else "editor"
        where = f"write {meant}" if role_field == field else f"write the name in {role_field} = {{{meant}}}"
        return (
            f"{value!r} writes the role {role.group(0)!r} after a name, which BibTeX reads as part of it, and the"
            f" notes print the role from the field the name is in (editor, translator); {where}"
        )
    if glued := _GLUED_AND.search(value):
        start = value.rfind(" ", 0, glued.start()) + 1
        end = value.find(" ", glued.end())
        meant = " ".join(_GLUED_AND.sub(" and ", value).split())
        return (
            f"{value!r} has an 'and' glued to a name ({value[start : end if end > 0 else None]!r}), which BibTeX"
            f" reads as part of it; put a space on each side: {meant}"
        )
    return None


#: What a mark at a value's end is called, in a message about it.
_END_MARKS = {",": "a comma", ";": "a semicolon", ":": "a colon"}


def end_mark_problem(name: str, value: str) -> str | None:
    """A comma, semicolon or colon typed at the end of ``value`` (the field ``name``), as a
    printed reference writes one between two of its parts (``London, Sage``, ``Rivers:`` before
    a subtitle): the notes set their own comma after the field, so it printed ``London,, Sage``."""
    value = value.rstrip()
    mark = value[-1:]
    if mark not in _END_MARKS:
        return None
    word = value.rsplit(None, 1)[-1]
    return f"{name} ends with {_END_MARKS[mark]}, and the notes set their own comma after it ({word}, …); delete it" + (
        ", and write a subtitle in subtitle = {…}" if mark == ":" and name == "title" else ""
    )


def capitals_problem(name: str, value: str) -> str | None:
    """A title all in capitals, as some databases export titles: the notes print it as written."""
    if not value.isupper():  # the cheap test first: nearly every title has a lower-case letter
        return None
    words = _WORD.findall(value)
    long_words = [word for word in words if len(word) > 3]
    if len(words) < 3 or len(long_words) < 2 or not all(word.isupper() for word in words):
        return None
    return (
        f"{name} {value!r} is all in capitals, as some databases export titles, and the notes print it as written;"
        " write it as the title page does, in upper and lower case"
    )


def _access_date(value: str) -> re.Match[str] | None:
    """The verb and date of a date of access written in ``value`` (``Accessed 5 May 2020``), or None."""
    for found in _ACCESSED.finditer(value):
        month = found["month"]
        if month is None or month.casefold() in _OTHER_MONTHS:
            return found
        if written_as_date(re.sub(r"(?<=\d)(?:st|nd|rd|th|er)?\.?(?=\s)", "", found["date"])):
            return found
    return None


def note_problem(name: str, value: str, *, url: str | None) -> str | None:
    """A date of access (``Accessed 5 May 2020``) or a web address among other words, in
    ``value``, the ``note`` or ``howpublished`` (``name``): printed as text, though the
    journal's notes give no access date (``urldate`` goes into the CSL-JSON download only),
    and an address where ``url`` (the entry's, or None) is linked."""
    if accessed := _access_date(value):
        verb = accessed.group(0)[: accessed.start("date") - accessed.start()].rstrip(" :,")
        return (
            f"{name} {value!r} gives the date the source was read ({verb!r}), which the notes print as"
            " typed, though the journal's notes give none; write the date in urldate = {YYYY-MM-DD},"
            " which the CSL-JSON download gives and the notes leave out, or delete it"
        )
    if address := _ADDRESS.search(value):
        if url is None:
            where = f"put it in url = {{{address.group(0)}}}"
        elif address.group(0).rstrip("/") == url.rstrip("/"):
            where = "url holds the link already: delete it here"
        else:  # an archived copy, say: which to link is the editor's choice
            where = f"url holds another ({url}); if this one is the link to give, put it in url instead"
        return (
            f"{name} holds the web address {address.group(0)!r} among its words, which the notes print as text;"
            f" {where}, where the note links it"
        )
    return None


def braced_person_problem(field: str, name: str) -> str | None:
    """A person's name (``Smith, J.``) in braces of its own, an organisation's way, which the
    notes print as written and sort whole: ``J. Smith`` stays ``Smith, J.``."""
    if not _PERSON_IN_BRACES.fullmatch(name.strip()) or _COUNTRY_INITIALS.search(name):
        return None
    return (
        f"the name {{{name}}} is in braces of its own, as an organisation's is, so the notes print it as written"
        f" ({name}) and sort it whole; if it is a person's, write it without the inner braces: {name}"
    )
