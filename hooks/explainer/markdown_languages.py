"""The language of words in a page's Markdown: the tags editors give, checked, and the
emphasis of the editors' pages marked with the glossary's languages.

attr_list gives an element the language an editor writes (``*Heimat*{lang=de}``), checked
by nothing: `language_attribute_errors` reads the page's source for each ``lang=`` in an
attribute list and names the one that is no BCP 47 code, at its line, as an entry's ``lang:``
is named (`languages.tag_problem`), and so is the ``lang`` of an HTML tag
(``<span lang="de">``), which Markdown passes on unchecked; where mkdocs.yml does not enable attr_list
(`reads_attribute_lists`), it names every one, whose braces would show as typed. The source
is read, not the converted page: it is at hand, with its lines, in the process that reports
(a forked one may convert the page), and braces attr_list never reads are found there too.
So what Markdown never reads as an attribute list is blanked first, as it reads it: the
front matter, code (fenced, in backticks, or indented after a blank line), HTML comments.
`EmphasisLanguagesExtension` sets ``lang`` on the
emphasis of an editors' page whose words are a glossary name in a language of its own
(``*Heimat*``, where the glossary gives ``Heimat`` ``lang: de``): the words stay as written.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Sequence

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from .deferred_patterns import DeferredPattern
from .errors import ExplainerError
from .languages import separator_problem, tag_problem

#: After attr_list (8), whose ``lang`` it leaves as given; before the glossary's linker (4),
#: which wraps the words of a term in a link.
EMPHASIS_LANGUAGES_PRIORITY = 7.5
#: An attribute list that gives a language, as attr_list reads one: ``{lang=de}``, ``{: lang="de" }``,
#: its name in any case (``{LANG=de}``, which attr_list writes as typed and HTML reads as ``lang``);
#: and one that means to, with a space or a colon by its ``=`` (``{ lang = de }``, ``{lang: de}``),
#: where attr_list reads no language.
_LANG_ATTRIBUTE = DeferredPattern(
    r"\{:?[^{}\n]*?(?<![\w-])(?i:lang)(?P<sign>[ \t]*[=:][ \t]*)"
    r"(?:\"(?P<double>[^\"\n]*)\"|'(?P<single>[^'\n]*)'|(?P<bare>[^\s}]*))[^{}\n]*\}"
)
#: What `_LANG_ATTRIBUTE` needs in a page: the cheap test, before its code is blanked.
_MAY_GIVE_LANGUAGE = re.compile(r"(?i)lang[ \t]*[=:]")
#: An HTML tag with attributes, which may give a language (``<span lang="de">``): Markdown passes it on as written.
_HTML_TAG = DeferredPattern(r"<([A-Za-z][\w-]*)(?=[\s/])([^<>]*)>")
#: One attribute of a tag, as a browser reads them one by one: a ``lang=`` in another's value
#: (``href="…?lang=en"``) and ``hreflang``, ``xml:lang`` are other attributes.
_HTML_ATTRIBUTE = DeferredPattern(
    r"(?P<name>[^\s=/>]+)(?:\s*=\s*(?:\"(?P<double>[^\"]*)\"|'(?P<single>[^']*)'|(?P<bare>[^\s>]+)))?"
)
#: Quotation marks a word processor sets, which attr_list does not read as quotes.
_TYPOGRAPHIC_QUOTES = "“”„‘’‚«»"
#: A page's front matter, whose texts their own readers check (a summary's, an entry's).
_FRONT_MATTER = DeferredPattern(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
#: Code, whose text is never Markdown: a fenced block, or a span in backticks.
_CODE = DeferredPattern(
    r"^(?P<fence>`{3,}|~{3,})[^\n]*\n.*?^(?P=fence)[ \t]*$|(?P<ticks>`+)[^`].*?(?P=ticks)",
    re.M | re.S,
)
#: An HTML comment, which Markdown passes on unread (and the browser does not show).
_COMMENT = DeferredPattern(r"<!--.*?-->", re.S)
#: A line whose indented lines after a blank one are its own (a list item, an admonition, a
#: content tab, a note, a definition), not code.
_HOLDS_INDENTED = DeferredPattern(r" {0,3}(?:[-*+][ \t]|\d+[.)][ \t]|!!!|\?\?\?|===|\[\^[^\]]+\]:|:[ \t])")
#: An ATX heading, a block of one line: an indented line after it starts code.
_HEADING = DeferredPattern(r" {0,3}#")
_INDENTED = DeferredPattern(r"^(?: {4}|\t)", re.M)
#: The names under which mkdocs.yml enables attr_list, itself or within an extension that holds it.
ATTRIBUTE_LIST_EXTENSIONS = frozenset(
    {"attr_list", "markdown.extensions.attr_list", "extra", "markdown.extensions.extra", "pymdownx.extra"}
)
#: What to do about an attribute list in a page whose Markdown reads none.
ENABLE_ATTRIBUTE_LISTS_HINT = "Add `- attr_list` under `markdown_extensions` in mkdocs.yml."


def reads_attribute_lists(extensions: Sequence[object]) -> bool:
    """Whether ``extensions`` (a configuration's ``markdown_extensions``: names, or objects)
    hold attr_list. An object is known by its module, which is then imported already."""
    return any(
        (extension if isinstance(extension, str) else type(extension).__module__).split(":")[0]
        in ATTRIBUTE_LIST_EXTENSIONS
        for extension in extensions
    )


def language_attribute_errors(source: str, path: str, *, read: bool = True) -> list[ExplainerError]:
    """An error for each ``lang`` that an attribute list of ``source`` (the Markdown of the
    page at ``path``, its front matter too) or an HTML tag in it (``<span lang="de">``)
    gives as no language code; for each such list, if Markdown does not ``read`` them
    (`reads_attribute_lists`)."""
    if not _MAY_GIVE_LANGUAGE.search(source):
        return []
    text = markdown_read(source)
    errors = []
    for found in _LANG_ATTRIBUTE.finditer(text):
        line = 1 + text.count("\n", 0, found.start())
        if not read:
            message = f"`{found[0]}` would show as typed: mkdocs.yml does not enable attr_list, which reads it"
            errors.append(ExplainerError(message, path=path, line=line, hint=ENABLE_ATTRIBUTE_LISTS_HINT))
            continue
        value = next((group for group in found.group("double", "single", "bare") if group is not None), "")
        if problem := separator_problem(found[0], found["sign"], value):
            errors.append(ExplainerError(problem[0], path=path, line=line, hint=problem[1]))
        elif (bare := value.strip(_TYPOGRAPHIC_QUOTES)) != value and tag_problem(bare, "lang") is None:
            # A word processor's quotation marks: attr_list keeps them as part of the value.
            message = f"`{found[0]}` puts the code in typographic quotation marks, which attr_list keeps as part of it"
            hint = f"Write it without them: `{{lang={bare}}}`."
            errors.append(ExplainerError(message, path=path, line=line, hint=hint))
        elif problem := tag_problem(value, "lang", lambda code: f"{{lang={code}}}", quoted=found[0]):
            errors.append(ExplainerError(problem[0], path=path, line=line, hint=problem[1]))
    # A tag's `lang` is the browser's to read, whatever mkdocs.yml enables.
    for found in _HTML_TAG.finditer(text):
        tag, value = found.group(1), _html_lang(found.group(2))
        # `lang=""` is HTML's "language unknown": valid, and nothing to check.
        # A tag written over lines is quoted on one: the message's next line is its advice.
        if value and (
            problem := tag_problem(
                value, "lang", lambda code, tag=tag: f'<{tag} lang="{code}">', quoted=re.sub(r"\s*\n\s*", " ", found[0])
            )
        ):
            line = 1 + text.count("\n", 0, found.start())
            errors.append(ExplainerError(problem[0], path=path, line=line, hint=problem[1]))
    return errors


def _html_lang(attributes: str) -> str | None:
    """The value of the attribute named ``lang`` among a tag's ``attributes``; None if none is."""
    if "lang" not in attributes.casefold():  # the cheap test first: most tags give no language
        return None
    for attribute in _HTML_ATTRIBUTE.finditer(attributes):
        if attribute["name"].casefold() == "lang":
            return next((value for value in attribute.group("double", "single", "bare") if value is not None), "")
    return None


def markdown_read(source: str) -> str:
    """``source`` with what Markdown never reads as its own markup blanked, its lines kept:
    the front matter, code, HTML comments. Code before comments: `<!--` in backticks opens none."""
    text = _FRONT_MATTER.sub(_blank, source, count=1)
    text = _CODE.sub(_blank, _without_indented_code(text))
    return _COMMENT.sub(_blank, text)


def _without_indented_code(text: str) -> str:
    """``text`` with its indented code blocks blanked: lines indented by four spaces (or a
    tab) after a blank line or a heading, and the lines that go on with them, unless the
    block before takes indented lines as its own (`_HOLDS_INDENTED`)."""
    if not _INDENTED.search(text):
        return text
    lines = text.split("\n")
    in_code = False
    apart = True  # after a blank line or a heading: an indented line would start code
    holds = False  # within a block whose indented lines are its own
    for number, line in enumerate(lines):
        if not line.strip():
            apart = True
            continue
        if line.startswith(("    ", "\t")):
            in_code = in_code or (apart and not holds)
            if in_code:
                lines[number] = " " * len(line)
        else:
            in_code = False
            holds = bool(_HOLDS_INDENTED.match(line)) or (holds and not apart)
        apart = bool(_HEADING.match(line)) and not in_code
    return "\n".join(lines)


def _blank(found: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", found.group(0))


class EmphasisLanguages(Treeprocessor):
    """Sets on each ``<em>`` of the page that gives no language the one its words have in
    the glossary (`EmphasisLanguagesExtension.language_of`), if any."""

    def __init__(self, md: Markdown, extension: EmphasisLanguagesExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        language_of = self.extension.language_of
        if not self.extension.enabled or language_of is None:
            return
        for element in root.iter("em"):
            if "lang" not in element.attrib and (lang := language_of("".join(element.itertext()))):
                element.set("lang", lang)


class EmphasisLanguagesExtension(Extension):
    """The glossary's languages on emphasis, on the pages the hook marks as the editors' (`start_page`)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.enabled = False
        #: The language of a glossary name, "" for the article's (`glossary.names_language`).
        self.language_of: Callable[[str], str] | None = None

    def set_names(self, language_of: Callable[[str], str] | None) -> None:
        self.language_of = language_of

    def start_page(self, *, enabled: bool) -> None:
        """Before a page converts: whether its emphasis is marked."""
        self.enabled = enabled

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(
            EmphasisLanguages(md, self), "explainer_emphasis_languages", EMPHASIS_LANGUAGES_PRIORITY
        )
