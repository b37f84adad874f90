"""What would make the site's pages ask another site for something, found before any page is written.

Some readers of an explainer are watched. A font service, a CDN or an analytics service
that a page asks for a file learns who read the page, and when; so the site asks no
other site for anything. What would break that is either in ``mkdocs.yml``
(`settings_errors`: Material's web fonts, its analytics, the repository facts its script
fetches, scripts, styles and icons given by address, an image in the footer's copyright) or in what a page's Markdown
makes (`page_errors`: an image, a frame, a script or a style sheet by address, a script
whose code names another site, a Mermaid diagram, which Material draws with a script it fetches from unpkg.com).

A link is not a request: a reader's browser follows it only when the reader clicks it.
Nor is what an HTML comment holds, which no browser runs or fetches, nor a script's
``window.open("https://…")``, which browsers let open a window only on a reader's click.
A script that sets ``location.href`` to another site's address is a link if it waits for a
click and a request if it runs as the page opens: the build cannot tell which by reading
the code, and names it as a script that sends the reader away, for a link to replace it.
Any other address in quotes in a script's code is taken for one it fetches; one built
from pieces (``"https:" + "//…"``) is not seen.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from html import unescape
from typing import Any
from urllib.parse import urlsplit

from .config import key_lines
from .deferred_patterns import DeferredPattern
from .errors import ExplainerError

#: An address on another site: with a scheme (``https:``) or protocol-relative (``//``).
_ABSOLUTE = re.compile(r"\s*(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)

#: The elements whose attributes make a browser fetch something as the page opens.
_FETCHING_ELEMENT = DeferredPattern(
    r"<(img|source|video|audio|track|iframe|frame|embed|object|script|link|input|image|use)\b",
    re.IGNORECASE,
)
_TAG_NAME = DeferredPattern(r"<[^\s/>]*")
_ATTRIBUTE = DeferredPattern(r"""([^\s"'>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
#: The attributes that hold what is fetched, by the element that fetches it.
_FETCHED_BY = {
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "iframe": ("src",),
    "frame": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "script": ("src",),
    "link": ("href",),
    "input": ("src",),
    "image": ("href", "xlink:href"),
    "use": ("href", "xlink:href"),
}
#: The kinds of ``<link>`` a browser fetches (a ``canonical`` or ``alternate`` one is only named).
_FETCHED_LINKS = {
    "stylesheet",
    "icon",
    "apple-touch-icon",
    "mask-icon",
    "manifest",
    "preload",
    "prefetch",
    "modulepreload",
    "preconnect",
    "dns-prefetch",
}
#: What each element is, to an editor.
_WHAT = {
    "img": "an image",
    "source": "an image or video source",
    "video": "a video",
    "audio": "an audio file",
    "track": "a video's captions",
    "iframe": "a frame",
    "frame": "a frame",
    "embed": "an embedded file",
    "object": "an embedded file",
    "script": "a script",
    "link": "a linked file",
    "input": "an image button",
    "image": "an SVG image",
    "use": "an SVG symbol",
    "style": "a style sheet",
}
#: ``url(…)`` and ``@import`` in CSS: an inline ``style`` or a ``<style>`` element.
_CSS_ADDRESS = DeferredPattern(r"""(?:url\(\s*["']?|@import\s+["'])([^"')\s]+)""", re.IGNORECASE)
_STYLE_ELEMENT = DeferredPattern(r"<style\b[^>]*>(.*?)</style>", re.IGNORECASE | re.DOTALL)
#: A script written in the page: its code, and its ``type`` (JSON-LD data is not run).
_SCRIPT_ELEMENT = DeferredPattern(r"<script\b([^>]*)>(.*?)</script>", re.IGNORECASE | re.DOTALL)
#: The types HTML runs as JavaScript (its "JavaScript MIME type essence" strings, whatever
#: their case), a module, and the JSON a browser reads to fetch what it names (speculation
#: rules, an import map's modules).
_JAVASCRIPT_TYPES = frozenset(
    {
        "application/ecmascript",
        "application/javascript",
        "application/x-ecmascript",
        "application/x-javascript",
        "text/ecmascript",
        "text/javascript",
        *(f"text/javascript1.{minor}" for minor in range(6)),
        "text/jscript",
        "text/livescript",
        "text/x-ecmascript",
        "text/x-javascript",
    }
)
_RUN_SCRIPT_TYPES = _JAVASCRIPT_TYPES | {"module", "importmap", "speculationrules"}
#: What a browser never reads as the page's elements: a comment (``<!-- <script>… -->``),
#: found outside a script or a style sheet, where ``<!--`` is the code's own text.
_COMMENT_OR_RAW_TEXT = re.compile(
    r"<!--(?:>|->|.*?--!?>|.*)|<(script|style)\b.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL
)
#: Code that opens the address it is given in a new window (``window.open("https://…")``):
#: browsers open one only when the reader acts (a click), and block it otherwise, so the
#: address is followed as a link is.
_OPENS_WINDOW = DeferredPattern(r"(?:\bwindow\s*\.\s*|(?<![\w$.]))open\s*\(\s*$")
#: Code that sends the reader to the address (``location.href = "https://…"``,
#: ``location.assign(…)``): a link, if it runs on a click; a request as the page opens, if
#: it runs then. Which, only running the script tells.
_NAVIGATES = DeferredPattern(r"\blocation\s*(?:\.\s*href\s*)?(?:=|\.\s*(?:assign|replace)\s*\()\s*$")
#: An address in quotes in a script's code: what an analytics snippet loads and reports to.
_SCRIPT_ADDRESS = DeferredPattern(r"""["'`]((?:https?:)?//[^"'`\s]+)""", re.IGNORECASE)
#: XML namespaces, which a script names to make SVG or MathML (``createElementNS``): names
#: written as addresses, which no browser fetches.
_NAMESPACES = frozenset(
    {
        "http://www.w3.org/2000/svg",
        "http://www.w3.org/1999/xlink",
        "http://www.w3.org/1999/xhtml",
        "http://www.w3.org/1998/Math/MathML",
        "http://www.w3.org/XML/1998/namespace",
        "http://www.w3.org/2000/xmlns/",
    }
)
#: A tag that holds code: an event handler (``onload=``), or a ``javascript:`` address.
_CODE_IN_TAG = DeferredPattern(r"\son[a-z]+\s*=|javascript:", re.IGNORECASE)
#: The event handlers that run only when the reader clicks: a page they open or send the
#: reader to is followed as a link's is. Others run as the page opens (``onload``,
#: ``onerror``) or as the pointer passes (``onmouseover``), which no reader means as a request.
_ON_CLICK = frozenset({"onclick", "onauxclick", "ondblclick", "onsubmit"})
_MERMAID = DeferredPattern(r"""<(?:pre|div|code)\b[^>]*\bclass\s*=\s*["'](?:[^"']*\s)?mermaid[\s"']""", re.IGNORECASE)

#: Material's analytics providers, by the name its configuration gives them.
_ANALYTICS = {"google": "Google Analytics"}

#: What to do about a file a page would fetch from another site.
PAGE_HINT = (
    "A reader's browser would fetch it from that site as the page opens, and so tell the site who reads"
    " the page. Save the file in docs/ and give its path instead; for a video or a map, link to it:"
    " a link is followed only when a reader clicks it."
)
#: What to do about a script in the page that names another site.
SCRIPT_HINT = (
    "A script in the page that names another site's address loads from it or reports to it (an analytics"
    " snippet) as the page opens, and so tells it who reads the page. Remove the script; to point readers"
    " to that site, link to it: a link is followed only when a reader clicks it."
)
#: What to do about code in a tag (an event handler) that names another site.
HANDLER_HINT = (
    "Code in a tag (onload=, onclick=, onmouseover=…, or a javascript: address) that names another site's"
    " address loads from it or reports to it when it runs, and so tells the site who reads the page."
    " Remove the code; to point readers to that site, link to it: a link is followed only when a reader"
    " clicks it."
)
#: What to do about a script in the page that sends the reader to another site.
NAVIGATION_HINT = (
    "A script that sends the reader to another site's address (location.href = …) does so as the page"
    " opens, if it runs then, and so tells the site who reads the page; the build cannot tell whether it"
    " waits for a click. If it does, write a link to the address instead, which does the same without"
    " a script; else remove the script."
)
#: What to do about an emoji drawn as an image from a CDN (pymdownx.emoji's default).
EMOJI_HINT = (
    "pymdownx.emoji draws emoji with images from a CDN, which would learn who reads the page. Under"
    " pymdownx.emoji in markdown_extensions, set emoji_generator to !!python/name:pymdownx.emoji.to_alt:"
    " each emoji is then written as its character, which the reader's own fonts draw."
)
#: What to do about a Mermaid diagram.
MERMAID_HINT = (
    "Material draws Mermaid diagrams with a script it fetches from unpkg.com, which would learn who reads"
    " the page. Save the diagram as an image in docs/, or save mermaid.min.js in docs/ and list it under"
    " extra_javascript: Material then uses that copy."
)


@dataclass(frozen=True)
class Fetched:
    """A file a page would fetch from another site."""

    #: What it is, to an editor: "an image".
    what: str
    #: Its address, as the page's HTML gives it.
    address: str
    #: What to look for in the page's Markdown to name the line: the address, unless the
    #: Markdown wrote something else that made it (an emoji's ``:smile:``).
    written: str
    hint: str
    #: Where the address is, after what it is: "an image from another site".
    where: str = "from another site"

    @property
    def host(self) -> str:
        return urlsplit(self.address.strip()).hostname or self.address


def on_another_site(address: str, own_host: str | None) -> bool:
    """Whether ``address`` is on another site than ``own_host`` (the host of ``site_url``)."""
    if not _ABSOLUTE.match(address):
        return False
    host = urlsplit(address.strip()).hostname
    return host is not None and host != own_host


def fetched_from_other_sites(html: str, own_host: str | None) -> list[Fetched]:
    """Every file that ``html`` (a page's content) would make a browser fetch from another
    site, in the page's order."""
    found: list[tuple[int, Fetched]] = []
    html = without_comments(html)
    for start, tag in _tags_with_addresses(html):
        element = _FETCHING_ELEMENT.match(tag)
        if element is None and "style" not in tag and not _CODE_IN_TAG.search(tag):
            continue  # a link, most often: followed only when clicked
        attributes = _attributes(tag[len(_TAG_NAME.match(tag)[0]) :])
        if element is not None:
            found += [(start, fetched) for fetched in _fetched_by_element(element[1].lower(), attributes, own_host)]
        if "style" in attributes:
            found += [(start, fetched) for fetched in _fetched_by_css(attributes["style"], "a style's image", own_host)]
        found += [(start, fetched) for fetched in _fetched_by_attribute_code(attributes, own_host)]
    if "<style" in html:
        for sheet in _STYLE_ELEMENT.finditer(html):
            found += [(sheet.start(), fetched) for fetched in _fetched_by_css(sheet[1], _WHAT["style"], own_host)]
    if "<script" in html:
        found += [(start, fetched) for start, fetched in _fetched_by_script_code(html, own_host)]
    return [fetched for _, fetched in sorted(found, key=lambda pair: pair[0])]


def without_comments(html: str) -> str:
    """``html`` with each comment blanked out, as long as it was: what it holds, a browser
    neither shows nor runs nor fetches. A comment's marks inside a script are its code's."""
    if "<!--" not in html:
        return html
    return _COMMENT_OR_RAW_TEXT.sub(lambda found: found[0] if found[1] else " " * len(found[0]), html)


def _tags_with_addresses(html: str) -> Iterator[tuple[int, str]]:
    """Each start tag that holds ``//`` (an address on another site, perhaps), and where it
    starts. Looking for ``//`` first costs a page a fraction of what matching every tag would."""
    at = html.find("//")
    while at >= 0:
        start = html.rfind("<", 0, at)
        if start > html.rfind(">", 0, at):  # inside a tag, not in text, where ``<`` is escaped
            end = html.find(">", at)
            end = len(html) if end < 0 else end + 1
            yield start, html[start:end]
            at = end
        at = html.find("//", at + 2)


def _fetched_by_element(name: str, attributes: dict[str, str], own_host: str | None) -> list[Fetched]:
    """What an element that fetches (``img``, ``iframe``…) fetches from other sites."""
    if name == "link" and not _FETCHED_LINKS & set(attributes.get("rel", "").lower().split()):
        return []
    found = []
    emoji = name == "img" and "emoji" in attributes.get("class", "")
    for attribute in _FETCHED_BY.get(name, ()):
        value = attributes.get(attribute, "")
        # A srcset lists "address width" pairs, with commas between them.
        srcset = attribute == "srcset"
        for address in [part.split()[0] for part in value.split(",") if part.strip()] if srcset else [value]:
            if not on_another_site(address, own_host):
                continue
            if emoji:  # the Markdown wrote `:smile:`, which pymdownx.emoji's title keeps
                found.append(Fetched("an emoji image", address, attributes.get("title") or address, EMOJI_HINT))
            else:
                found.append(Fetched(_WHAT[name], address, address, PAGE_HINT))
    return found


def _attributes(text: str) -> dict[str, str]:
    """An HTML start tag's attributes, by lower-case name, their values unescaped."""
    return {
        match[1].lower(): unescape(next(value for value in match.groups()[1:] if value is not None))
        for match in _ATTRIBUTE.finditer(text)
    }


def _fetched_by_css(css: str, what: str, own_host: str | None) -> list[Fetched]:
    return [
        Fetched(what, match[1], match[1], PAGE_HINT)
        for match in _CSS_ADDRESS.finditer(css)
        if on_another_site(match[1], own_host)
    ]


def _fetched_by_script_code(html: str, own_host: str | None) -> Iterator[tuple[int, Fetched]]:
    """Each address on another site that a script written in ``html`` names, and where the
    script starts: its ``src`` is found with the other elements', its code is not in a tag."""
    for script in _SCRIPT_ELEMENT.finditer(html):
        if _script_type(_attributes(script[1])) not in _RUN_SCRIPT_TYPES:
            continue
        for fetched in _fetched_by_code(script[2], own_host, "a file a script loads", SCRIPT_HINT, on_click=False):
            yield script.start(), fetched


def _fetched_by_attribute_code(attributes: dict[str, str], own_host: str | None) -> Iterator[Fetched]:
    """Each address on another site named by code in a tag: an event handler's
    (``onload="fetch('https://…')"``) or a ``javascript:`` address's, which a click runs."""
    for name, value in attributes.items():
        if name.startswith("on"):
            on_click = name in _ON_CLICK
        elif value.lstrip().lower().startswith("javascript:"):
            on_click = True
        else:
            continue
        yield from _fetched_by_code(value, own_host, f"a file code in {name}= loads", HANDLER_HINT, on_click=on_click)


def _fetched_by_code(code: str, own_host: str | None, what: str, hint: str, *, on_click: bool) -> Iterator[Fetched]:
    """Each address on another site that JavaScript ``code`` names, but for a window it opens
    and, in code a click runs (``on_click``), a page it sends the reader to: a link's doing."""
    for address in _SCRIPT_ADDRESS.finditer(code):
        if address[1] in _NAMESPACES or not on_another_site(address[1], own_host):
            continue
        before = code[max(0, address.start() - 80) : address.start()]
        if _OPENS_WINDOW.search(before):
            continue
        if _NAVIGATES.search(before):
            if not on_click:
                what_it_is = "a script that sends the reader to a page"
                yield Fetched(what_it_is, address[1], address[1], NAVIGATION_HINT, "on another site")
        else:
            yield Fetched(what, address[1], address[1], hint)


def _script_type(attributes: dict[str, str]) -> str:
    """A script's type as HTML reads it, in lower case: ``text/javascript`` for none (nor an
    empty one), else its ``type``, or ``text/`` and its old ``language`` (``javascript``)."""
    if "type" in attributes:  # parameters (``;charset=utf-8``) left out, to be on the safe side
        return attributes["type"].split(";")[0].strip(" \t\n\f\r").lower() or "text/javascript"
    language = attributes.get("language", "")
    return f"text/{language.lower()}" if language else "text/javascript"


def draws_mermaid(html: str) -> bool:
    """Whether ``html`` holds a Mermaid diagram, which Material draws with a script it fetches."""
    return "mermaid" in html and _MERMAID.search(without_comments(html)) is not None


def serves_own_mermaid(extra_javascript: Iterable[object]) -> bool:
    """Whether the site serves its own copy of Mermaid's script (in ``extra_javascript``,
    whose items are paths, or objects with a ``path``), which Material then uses."""
    paths = [str(getattr(script, "path", script)) for script in extra_javascript]
    return any("mermaid" in os.path.basename(path) for path in paths)


def page_errors(
    html: str, read_source: Callable[[], str], path: str, own_host: str | None, *, mermaid_script: bool
) -> list[ExplainerError]:
    """An error for each file the page whose content is ``html`` would fetch from another site.

    ``read_source`` gives the page's Markdown, where each address is looked for to name
    its line, only for a page with something to report; ``mermaid_script``: whether the
    site serves its own copy of Mermaid's script.
    """
    found = [
        (f"{fetched.what} {fetched.where} ({fetched.host}): {fetched.address}", fetched.written, fetched.hint)
        for fetched in fetched_from_other_sites(html, own_host)
    ]
    if not mermaid_script and draws_mermaid(html):
        found.append(("a Mermaid diagram, drawn with a script from unpkg.com", "mermaid", MERMAID_HINT))
    source = read_source() if found else ""
    return [
        ExplainerError(message, path=path, line=_line_of(source, written), hint=hint)
        for message, written, hint in found
    ]


def _line_of(text: str, needle: str) -> int | None:
    at = text.find(needle)
    return text.count("\n", 0, at) + 1 if at >= 0 else None


@dataclass(frozen=True)
class Setting:
    """A setting of ``mkdocs.yml`` that makes every page fetch something from another site."""

    #: Where it is: ``("theme", "font")``.
    keys: tuple[str, ...]
    message: str
    hint: str
    #: Text on the setting's own line, for a list's item (an address in ``extra_javascript``).
    item: str = ""


def privacy_plugin_on(plugins: Mapping[str, Any]) -> bool:
    """Whether Material's privacy plugin downloads, as the site builds, what pages would fetch."""
    for name in ("material/privacy", "privacy"):
        plugin = plugins.get(name)
        if plugin is not None and getattr(plugin.config, "enabled", False) and getattr(plugin.config, "assets", False):
            return True
    return False


def fetching_settings(config: Mapping[str, Any], *, privacy_plugin: bool) -> list[Setting]:
    """The settings of a site's configuration (validated by MkDocs) that make its pages fetch
    something from another site.

    ``privacy_plugin``: Material's privacy plugin is on, and downloads at build time what the
    theme's fonts and the pages' files would fetch; what a script fetches as it runs (the
    repository's facts, analytics) it leaves.
    """
    found: list[Setting] = []
    theme = config.get("theme") or {}
    own_host = urlsplit(config.get("site_url") or "").hostname
    # MkDocs' `Theme` has its name as an attribute; a mapping (in tests) as a key.
    material = (getattr(theme, "name", None) or theme.get("name")) == "material"
    font = theme.get("font")
    if material and not privacy_plugin and font not in (False, None):
        names = ", ".join(str(name) for name in (font.values() if isinstance(font, Mapping) else [font]))
        found.append(
            Setting(
                ("theme", "font"),
                f"Material fetches the theme's fonts ({names}) from Google Fonts on every page",
                "Add `font: false` under `theme:`: pages then use the reader's own fonts."
                " (Material's privacy plugin can instead download the fonts as the site builds.)",
            )
        )
    extra = config.get("extra") or {}
    analytics = extra.get("analytics") if isinstance(extra, Mapping) else None
    if material and isinstance(analytics, Mapping) and analytics.get("provider"):
        found.append(
            Setting(
                ("extra", "analytics"),
                f"Material loads {_ANALYTICS.get(analytics['provider'], analytics['provider'])}' script on every page,"
                " which reports each visit to it",
                "Remove extra.analytics: no other site may learn what a reader reads.",
            )
        )
    repo_url = config.get("repo_url") or ""
    repository_host = urlsplit(repo_url).hostname or ""
    if material and ("github.com" in repository_host or "gitlab" in repository_host):
        api = "api.github.com" if "github.com" in repository_host else repository_host
        found.append(
            Setting(
                ("repo_url",),
                f"Material's script asks {api} for the repository's stars and forks when a reader opens the site",
                "Remove repo_url, and link to the repository from a page instead:"
                " a link is followed only when a reader clicks it.",
            )
        )
    if not privacy_plugin:
        for option, what in (("extra_javascript", "script"), ("extra_css", "style sheet")):
            for item in config.get(option) or []:
                address = str(getattr(item, "path", item))
                if on_another_site(address, own_host):
                    found.append(
                        Setting(
                            (option,),
                            f"a {what} from another site, loaded on every page: {address}",
                            "Save the file in docs/ and list its path instead.",
                            item=address,
                        )
                    )
        for option in ("logo", "favicon"):
            address = str(theme.get(option) or "") if material else ""
            if on_another_site(address, own_host):
                found.append(
                    Setting(
                        ("theme", option),
                        f"the {option} is fetched from another site on every page: {address}",
                        "Save the image in docs/ and give its path instead.",
                    )
                )
        # The footer's copyright is HTML: a licence's badge is often an image from its site.
        for fetched in fetched_from_other_sites(str(config.get("copyright") or ""), own_host):
            found.append(
                Setting(
                    ("copyright",),
                    f"{fetched.what} {fetched.where}, in every page's footer: {fetched.address}",
                    "Name the licence in a link instead, or save the image in docs/ and give its address"
                    " on this site: site_url, then its path (a relative path would break on the pages below).",
                )
            )
    return found


def settings_errors(settings: Sequence[Setting], text: str, path: str) -> list[ExplainerError]:
    """An error for each setting, on its line of the configuration file, whose text is
    ``text``, in the file's order; each named as far as the file writes it (``theme``
    where ``font`` is Material's default)."""
    lines = text.splitlines()
    errors = []
    for setting in settings:
        found = key_lines(lines, setting.keys)
        named = ".".join(setting.keys[: len(found)] if found else setting.keys)
        line = _item_line(lines, found[-1], setting.item) if found and setting.item else found[-1] if found else None
        errors.append(
            ExplainerError(
                f"{named}: {setting.message}", path=path, line=None if line is None else line + 1, hint=setting.hint
            )
        )
    return sorted(errors, key=lambda error: error.line or 0)


def _item_line(lines: list[str], start: int, item: str) -> int:
    """The line, from ``start`` on, that holds a list's ``item`` (``start`` if none does)."""
    return next((index for index in range(start, len(lines)) if item in lines[index]), start)
