"""Values pasted into BibTeX as a web page or a printed reference writes them, which the
notes would print as typed: an HTML entity (``&amp;``), the place before the publisher
(``London: Routledge``), a role after a name (``(ed.)``), ``and`` glued to a name
(``J.and``), a title in capitals as some databases export it, an address or a date of
access written in ``note`` as a printed reference writes them, a person's name in braces.

Each check returns what is wrong and what to write instead, or None; `bibtex_parsing`
names the field's line.
"""

from __future__ import annotations

import html
import re

#: An HTML entity, named or numbered: ``&amp;``, ``&#252;``, ``&#x2019;``.
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,30}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")
#: The place before the publisher, as a printed reference writes it: ``London: Routledge``.
_PLACE_THEN_PUBLISHER = re.compile(
    r"(?P<place>[^\W\d][^:;,\d]{1,40}?(?:,\s*[^\W\d][^:;,\d]{1,30})?)\s*:\s+(?P<publisher>\S.*)"
)
#: A role written after a name, which the notes print from the field it is in.
_ROLE = re.compile(
    r"\((?:eds?|editors?|Hrsg|Hg|éds?|dir|coord|trans|transl|tr|translators?|trad|Übers)\.?\)", re.IGNORECASE
)
#: ``and`` glued to the name before or after it: ``J.and Doe``, ``Smith, J. andDoe, K.``.
_GLUED_AND = re.compile(r"(?<=\.)and(?=\s)|(?<=\s)and(?=[A-Z])")
#: A web address among other words.
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s,;)]+[^\s,;).]")
#: The date a source was read, written as words in a note: ``Accessed 5 May 2020``, ``(last visited …)``.
_ACCESSED = re.compile(
    r"\b(?:(?:last\s+)?(?:accessed|visited|viewed|retrieved|consulted)(?:\s+on)?|consulté\s+le|abgerufen\s+am)\b"
    r"(?=[^\d]{0,15}\d)",  # a date follows: not "retrieved from the archive"
    re.IGNORECASE,
)
#: A person's name as BibTeX writes one, family name and initials (``Smith, J.``), or initials
#: and family name (``J. Smith``): in braces of its own, it is printed as written.
_PERSON_IN_BRACES = re.compile(
    r"[^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+)?, (?:[^\W\d_]\.[ -]?){1,3}|(?:[^\W\d_]\.[ -]?){1,3} [^\W\d_][\w'’-]+"
)
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
    """A publisher written after its place (``London: Routledge``), printed after the place again or as typed."""
    found = _PLACE_THEN_PUBLISHER.fullmatch(value.strip())
    if found is None or len(found["place"].split()) > 4:
        return None
    place, publisher = found["place"].strip(), found["publisher"].strip()
    if address is not None and address.strip() != place:
        return None  # another place given: the colon is the publisher's own, as far as can be told
    where = "address already gives it" if address is not None else f"write address = {{{place}}}"
    return (
        f"publisher {value!r} gives the place before a colon, as a printed reference writes it, and the notes"
        f" print the place from address themselves; write publisher = {{{publisher}}}, and {where}"
    )


def name_list_problem(value: str, field: str) -> str | None:
    """A role written after a name (``Smith, J. (ed.)``), or ``and`` glued to a name (``J.and``),
    in ``value``, the name field ``field``; or an HTML entity (``M&#252;ller``)."""
    if "&" in value and (entity := entity_problem(field, value)):
        return entity
    if "(" in value and (role := _ROLE.search(value)):
        meant = " ".join(_ROLE.sub("", value).split())
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


def note_problem(name: str, value: str, *, has_url: bool) -> str | None:
    """A date of access (``Accessed 5 May 2020``) or a web address among other words, in
    ``value``, the ``note`` or ``howpublished`` (``name``): printed as text, where ``urldate``
    is set in the article's words and ``url`` linked."""
    if accessed := _ACCESSED.search(value):
        return (
            f"{name} {value!r} gives the date the source was read ({accessed.group(0)!r}), which the notes print as"
            " typed; write the date in urldate = {YYYY-MM-DD}, which they print in the article's words"
        )
    if address := _ADDRESS.search(value):
        where = "url holds the link already: delete it here" if has_url else f"put it in url = {{{address.group(0)}}}"
        return (
            f"{name} holds the web address {address.group(0)!r} among its words, which the notes print as text;"
            f" {where}, where the note links it"
        )
    return None


def braced_person_problem(field: str, name: str) -> str | None:
    """A person's name (``Smith, J.``) in braces of its own, an organisation's way, which the
    notes print as written and sort whole: ``J. Smith`` stays ``Smith, J.``."""
    if not _PERSON_IN_BRACES.fullmatch(name.strip()):
        return None
    return (
        f"the name {{{name}}} is in braces of its own, as an organisation's is, so the notes print it as written"
        f" ({name}) and sort it whole; if it is a person's, write it without the inner braces: {name}"
    )
