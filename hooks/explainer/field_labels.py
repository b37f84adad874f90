"""A label typed in a BibTeX field whose value the notes print after a label of their own
(``volume = {vol. 26}`` or ``{第26卷}`` printed "vol. vol. 26" and "vol. 第26卷").

Plain `re`, no other import: `bibtex_parsing` asks it of every entry's volume and number.
"""

from __future__ import annotations

import re

from .deferred_patterns import DeferredPattern

#: After a label, its full stop or a space, or a figure straight after it (``No.3``, ``№3``),
#: then the number: never a letter straight after the label's word, which makes it another
#: word (``November``, ``Volcan``).
_LABEL_THEN_NUMBER = r"(?:(?<=[.°№#])\s*|\s+|(?=\d))(?=[\dIVXLCivxlc])"
#: A label written before the number, in the words the sources' languages label them by.
_LABELS = {
    "volume": re.compile(rf"(?P<label>(?:vols?|volumes?|bd|tome|т|том)\.?){_LABEL_THEN_NUMBER}", re.IGNORECASE),
    "number": re.compile(
        rf"(?P<label>(?:nos?|nr|num|number|issue|вып|выпуск|n°|№|#)\.?){_LABEL_THEN_NUMBER}", re.IGNORECASE
    ),
}

#: A volume written with its issue, as APA and many journals' pages set them: ``26(1)``,
#: ``26 (3-4)``, ``26, no. 1``.
_VOLUME_AND_ISSUE = re.compile(
    rf"(?P<volume>\d+)\s*(?:\((?P<paren>\d+(?:[-–/]\d+)?)\)|,?\s+{_LABELS['number'].pattern}(?P<labelled>.+))",
    re.IGNORECASE,
)

#: A year in parentheses at the end, as Chicago sets a journal's date after its volume and
#: issue (``38 (2019)``, ``12, no. 3 (2019)``): the date, never an issue.
_YEAR_AFTER = re.compile(r"(?P<rest>.+?)\s*\((?P<year>1\d{3}|20\d{2})\)")

#: Chinese, Japanese and Korean write the label around the number or after it: 第26卷
#: (Japanese 第26巻, Korean 제26권) is volume 26, 第3期 (3号, 제3호) issue 3, and a
#: journal's reference writes both in one run (第26卷第3期, 26巻3号).
_CJK_KINDS = {"卷": "volume", "巻": "volume", "册": "volume", "冊": "volume", "권": "volume"}
_CJK_KINDS |= {"期": "number", "号": "number", "號": "number", "호": "number"}
_CJK_FIGURE = r"[0-9０-９]+|[〇零一二三四五六七八九十百千]+"
_CJK_LABEL = re.compile(rf"(?P<before>第|제)?\s*(?P<figure>{_CJK_FIGURE})\s*(?P<after>[{''.join(_CJK_KINDS)}])")
#: The whole value: one such label or more, one after another, after the year's (2020年第3期).
_ONE_CJK_LABEL = re.sub(r"\?P<\w+>", "", _CJK_LABEL.pattern)
_CJK_LABELS = re.compile(rf"(?:(?P<year>[0-9０-９]{{4}})\s*年\s*)?{_ONE_CJK_LABEL}(?:[\s,，、・]*{_ONE_CJK_LABEL})*")
_CJK_DIGITS = {digit: value for value, digit in enumerate("〇一二三四五六七八九")} | {"零": 0}


#: An edition written as an ordinal (``2nd``, French ``2e``), or in words (``Second``), or
#: with its label (``2nd ed.``), which the notes print as it is, where they print a number
#: as an edition in the article's words (``2nd ed.``, ``2e éd.``). biblatex asks for the
#: number alone too, and so does CSL-JSON, whose styles add their own "ed.".
_EDITION_WORDS = dict.fromkeys(("first", "premier", "première", "erste"), 1)
_EDITION_WORDS |= dict.fromkeys(("second", "deuxième", "seconde", "zweite"), 2)
_EDITION_WORDS |= dict.fromkeys(("third", "troisième", "dritte"), 3) | dict.fromkeys(
    ("fourth", "quatrième", "vierte"), 4
)
_EDITION_WORDS |= {"fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_EDITION = DeferredPattern(
    r"(?:(?P<figure>\d+)\s*(?P<ordinal>st|nd|rd|th|e|er|re|ère|ème|\.)?\.?|(?P<word>[^\W\d_]+))"
    r"(?:\s+(?P<label>(?:ed|edn|edition|éd|édition|aufl|auflage)\.?))?",
    re.IGNORECASE,
)


def edition_problem(value: str) -> str | None:
    """What is wrong with an edition written otherwise than as its number, and the number to
    write; None for a number, or for words that name no number (``Revised``)."""
    written = _EDITION.fullmatch(value)
    if written is None or (written["figure"] and not (written["ordinal"] or written["label"])):
        return None
    number = written["figure"] or _EDITION_WORDS.get(written["word"].casefold())
    if number is None:
        return None
    if written["label"]:
        return (
            f"edition {value!r} writes its label, {written['label']!r}, which the notes print themselves, in the"
            f" article's words; write the number alone, {number}"
        )
    how = "an ordinal" if written["figure"] else "a word"
    return (
        f"edition {value!r} is written as {how}, which the notes print alone, with no 'ed.'; write the number alone,"
        f" {number}, which they print as an edition, in the article's words"
    )


def label_problem(name: str, value: str) -> str | None:
    """What is wrong with ``value`` of the field ``name`` (volume or number) if it holds a
    label, another field's number or the year, and every field to write instead, in one hint;
    None if it holds none of them."""
    if name not in _LABELS:
        return None
    if (problem := _typed_as_cited(name, value)) is not None:
        return problem
    if not (labelled := _CJK_LABELS.fullmatch(value)):
        return None
    parts = [
        (_CJK_KINDS[found["after"]], _figure(found["figure"]), (found["before"] or "") + "…" + found["after"])
        for found in _CJK_LABEL.finditer(value, labelled.end("year") if labelled["year"] else 0)
    ]
    labels = ", ".join(repr(label) for _, _, label in parts)
    if len(parts) == 1 and parts[0][0] == name:
        what = f"the {name} alone: {parts[0][1]}" if parts[0][1] else f"the {name} alone, in figures"
    else:  # 第26卷第3期 in one field, or an issue's label in the volume
        what = " and ".join(f"{kind} = {{{figure or '…'}}}" for kind, figure, _ in parts)
    if labelled["year"]:
        what += f", and the year in date = {{{int(labelled['year'])}}}"
    its = "its label with the number" if len(parts) == 1 else "its labels with the numbers"
    return f"{name} {value!r} writes {its} ({labels}), where the notes print their own; write {what}"


def _typed_as_cited(name: str, value: str) -> str | None:
    """The hint for a volume or number copied from a reference as printed (``Vol. 26, No. 1``,
    ``12, no. 3 (2019)``, ``38 (2019)``): what the value holds besides the field's own number,
    and every field to write; None if it holds nothing else."""
    problems = []
    belongs_in, rest = name, value
    other = "number" if name == "volume" else "volume"
    if written := _LABELS[name].match(value):
        problems.append(f"starts with {written.group('label')!r}, where the notes print their own label")
        rest = value[written.end() :]
    elif written := _LABELS[other].match(value):  # number = {vol. 1}: "no. vol. 1"
        kind = "a volume's" if other == "volume" else "an issue's"
        problems.append(f"starts with {written.group('label')!r}, {kind} label")
        belongs_in, rest = other, value[written.end() :]
    # Checked before the issue: Chicago's "38 (2019)" puts the year where APA puts the issue.
    if year := _YEAR_AFTER.fullmatch(rest):
        rest = year["rest"]
    fields = {belongs_in: rest}
    if belongs_in == "volume" and (issue := _VOLUME_AND_ISSUE.fullmatch(rest)):  # 26(1): "vol. 26(1)"
        problems.append(
            "holds the issue's number too" + ("" if problems else ", which the notes print after their own label")
        )
        fields = {"volume": issue["volume"], "number": issue["paren"] or issue["labelled"]}
    if year:
        problems.append("ends with the year in parentheses, which is the date")
    if not problems:
        return None
    if len(problems) == 1 and not year and belongs_in == name and len(fields) == 1:
        what = f"the {name} alone: {rest}"
    elif len(problems) == 1 and not year and len(fields) == 1:
        what = f"it in the {other} field, alone: {other} = {{{rest}}}"
    else:
        what = " and ".join(f"{field} = {{{figure}}}" for field, figure in fields.items())
    if year:
        what += f", and the year in date = {{{year['year']}}}"
    return f"{name} {value!r} {', and '.join(problems)}; write {what}"


def _figure(written: str) -> str | None:
    """``written`` in ASCII figures: full-width ones (２６), or Chinese numerals up to 99
    (二十六); None for a numeral past that."""
    if written.isdigit():
        return str(int(written))  # int() reads full-width figures
    tens, ten, units = written.partition("十")
    if not ten and all(digit in _CJK_DIGITS for digit in written):
        return "".join(str(_CJK_DIGITS[digit]) for digit in written)
    if len(tens) > 1 or len(units) > 1 or not all(digit in _CJK_DIGITS for digit in tens + units):
        return None
    return str(_CJK_DIGITS.get(tens, 1) * 10 + _CJK_DIGITS.get(units, 0))
