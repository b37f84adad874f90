"""The article as a citable thing: cite-as text, BibTeX, RIS, metadata tags, JSON-LD, CSL-JSON.

Only facts the configuration gives (title, authors, affiliation, keywords, language,
where the article was published if ``article`` says so, the site's and the PDF's
addresses) go into any of them; a journal, a year or a DOI that the manuscript does not
state is never made up.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass

from . import spliced, style
from .author_names import split_names
from .bibtex import Bibliography, Entry, Person
from .config import ExplainerConfig
from .dates import parse_partial_date
from .inner_quotes import with_inner_quotes
from .languages import babel_name, language_tag
from .richtext import RichText, plain_words


@dataclass(frozen=True)
class Article:
    """The article's own metadata."""

    title: str
    authors: tuple[str, ...]
    affiliation: str = ""
    keywords: tuple[str, ...] = ()
    language: str = "en"
    description: str = ""
    url: str = ""
    pdf_url: str = ""
    key: str = "article"
    #: Where it was published, as ``extra.explainer.article`` says; empty if it does not.
    journal: str = ""
    volume: str = ""
    issue: str = ""
    year: str = ""
    pages: str = ""
    doi: str = ""

    @functools.cached_property  # asked for by every page's cite box
    def people(self) -> tuple[Person, ...]:
        """The authors split into given and family names, as BibTeX splits them."""
        return tuple(signed_name(name) for name in self.authors)


def article_from_options(
    options: ExplainerConfig,
    *,
    site_name: str,
    site_author: str | None,
    site_description: str | None,
    site_url: str | None,
) -> Article:
    """The article as ``extra.explainer.article`` gives it, else as the site's own settings do
    (its name as the title, its author: ``site_author: Ana Exemplar and Jean Dupont`` names
    two, read as ``make new-article`` reads its ``AUTHOR``, `author_names`); the description
    is the site's, and the addresses are the site's and its PDF's. Without a ``site_url``
    there is no address, and the PDF's is relative to the home page, which is where
    reference managers read it."""
    meta = options.article
    site = (site_url or "").rstrip("/")
    return Article(
        title=meta.title or site_name,
        authors=tuple(meta.authors or split_names(site_author or "")),
        affiliation=meta.affiliation,
        keywords=tuple(meta.keywords),
        language=meta.language,
        description=site_description or "",
        url=f"{site}/" if site else "",
        pdf_url=(f"{site}/{options.pdf_file}" if site else options.pdf_file) if options.pdf else "",
        key=meta.citation_key,
        journal=meta.journal,
        volume=meta.volume,
        issue=meta.issue,
        year=meta.year,
        pages=meta.pages.replace("--", "–").replace("-", "–"),
        doi=meta.doi,
    )


def signed_name(name: str) -> Person:
    """A name as its author signs it, given name first, split as BibTeX splits it: a
    particle in lower case goes with the family name (``Jean de La Rivière``: ``J. de La
    Rivière``)."""
    words = name.split()
    lower = [index for index, word in enumerate(words[1:-1], start=1) if word[:1].islower()]
    if not lower:
        return Person(family=words[-1] if words else name, given=" ".join(words[:-1]))
    return Person(
        family=" ".join(words[lower[-1] + 1 :]),
        given=" ".join(words[: lower[0]]),
        particle=" ".join(words[lower[0] : lower[-1] + 1]),
    )


#: Where the article's address goes in the cite box when the site does not know it
#: (no ``site_url``): the reader's browser puts the address it reads the site from there.
PAGE_URL_TOKEN = "https://page-url.invalid/"
#: The same for the address of the section a reference names, where the browser puts the
#: address of the page it reads.
SECTION_URL_TOKEN = "https://section-url.invalid/"


def cite_as(
    article: Article,
    section: str = "",
    section_words: str = "section “{section}”",
    words: style.StyleWords = style.ENGLISH,
) -> RichText:
    """The house-style reference: ``A. Exemplar, “Title,” section “1.2 …”, URL.``;
    ``section_words`` puts the section's title in words, and ``words`` sets the rest, in
    another language. The URL is the article's: for a section, give the article with the
    section's address, where a reader who follows it finds the section."""
    text = RichText().add_names(style.name_list(article.people, words=words))
    text.join_after(", ").add(
        words.quoted_title.replace(
            "{title}", with_inner_quotes(article.title, words.quoted_title, words.quote_in_title)
        )
    )
    if section:
        text.join_after(", ").add(section_words.replace("{section}", section))
    # Where it was published, as the notes cite a journal's article: "Journal, vol. 3, no. 2, 2020, pp. 45–67".
    published = [
        RichText().add(article.journal, em=True) if article.journal else None,
        RichText().add_words(f"{words.volume} {article.volume}") if article.volume else None,
        RichText().add_words(f"{words.number} {article.issue}") if article.issue else None,
        RichText().add(article.year) if article.year else None,
        RichText().add_words(f"{words.pages if '–' in article.pages else words.page} {article.pages}")
        if article.pages
        else None,
    ]
    for part in published:
        if part:
            text.join_after(", ").extend(part)
    if article.url:
        text.join_after(", ").add(article.url, href=article.url)
    if article.doi:
        text.join_after(", ").add(style.DOI_RESOLVER + article.doi, href=style.doi_link(article.doi))
    return text.punctuate(".")


def _bibtex_value(value: str) -> str:
    escaped = value.replace("\\", "\\textbackslash{}")
    for char in "&%$#_":
        escaped = escaped.replace(char, "\\" + char)
    return escaped.replace("{", "\\{").replace("}", "\\}").replace("\\textbackslash\\{\\}", "\\textbackslash{}")


def bibtex_record(article: Article, section: str = "") -> str:
    """A ``@misc`` record with only the facts the article states, an ``@article`` if it names
    its journal. A ``section`` (the words that name it in the reference, ``section “1.2
    Dams”``) goes in ``note``, which BibTeX's styles and biblatex's print after the title,
    and the address is then the section's."""
    people = " and ".join(f"{person.family_with_particle}, {person.given}".strip(", ") for person in article.people)
    fields = [("author", people), ("title", article.title)]
    fields += [
        ("journal", article.journal),
        ("volume", article.volume),
        ("number", article.issue),
        ("year", article.year),
        ("pages", article.pages.replace("–", "--")),  # BibTeX's range, which its styles set as a dash
    ]
    if section:
        fields.append(("note", section))
    if article.keywords:
        fields.append(("keywords", ", ".join(article.keywords)))
    # biblatex takes a langid only as babel names the language ("english", not "en"); one
    # babel does not name is left to the RIS's LA.
    if article.language and (langid := babel_name(article.language)):
        fields.append(("langid", langid))
    body = ",\n".join(
        # The title in a second pair of braces: styles that set titles in sentence case
        # would print "central asia"; braced, it keeps the capitals the article gives it.
        f"  {name} = {{{{{_bibtex_value(value)}}}}}" if name == "title" else f"  {name} = {{{_bibtex_value(value)}}}"
        for name, value in fields
        if value
    )
    if article.doi:
        body += f",\n  doi = {{{article.doi}}}"
    if article.url:
        body += f",\n  url = {{{article.url}}}"
    kind = "article" if article.journal else "misc"
    return f"@{kind}{{{article.key},\n{body}\n}}\n"


def ris_record(article: Article, section: str = "") -> str:
    """An RIS record (type GEN, JOUR if the article names its journal) with only the facts
    the article states; a ``section`` (as for `bibtex_record`) in ``SE``, RIS's tag for a section."""
    lines = ["TY  - JOUR" if article.journal else "TY  - GEN"]
    lines += [f"AU  - {person.family_with_particle}, {person.given}" for person in article.people]
    lines.append(f"TI  - {article.title}")
    first, _, last = article.pages.partition("–")
    published = [("T2", article.journal), ("VL", article.volume), ("IS", article.issue), ("PY", article.year)]
    published += [("SP", first), ("EP", last), ("DO", article.doi)]
    lines += [f"{tag}  - {value}" for tag, value in published if value]
    if section:
        lines.append(f"SE  - {section}")
    lines += [f"KW  - {keyword}" for keyword in article.keywords]
    if article.language:
        lines.append(f"LA  - {article.language}")
    if article.url:
        lines.append(f"UR  - {article.url}")
    lines.append("ER  - ")
    return "\n".join(lines) + "\n"


def meta_tags(article: Article, *, page_title: str, home: bool) -> list[tuple[str, str, str]]:
    """(attribute, name, content) for ``<meta>`` tags: Highwire Press and Dublin Core on the
    article's home page (where reference managers look), Open Graph on every page."""
    tags: list[tuple[str, str, str]] = []
    if home:
        tags.append(("name", "citation_title", article.title))
        for name in article.authors:
            tags.append(("name", "citation_author", name))
            if article.affiliation:
                tags.append(("name", "citation_author_institution", article.affiliation))
        if article.keywords:
            tags.append(("name", "citation_keywords", "; ".join(article.keywords)))
        if article.language:
            tags.append(("name", "citation_language", article.language))
        first, _, last = article.pages.partition("–")
        published = [
            ("citation_journal_title", article.journal),
            ("citation_volume", article.volume),
            ("citation_issue", article.issue),
            ("citation_publication_date", article.year),
            ("citation_firstpage", first),
            ("citation_lastpage", last),
            ("citation_doi", article.doi),
        ]
        tags += [("name", name, value) for name, value in published if value]
        if article.pdf_url:
            tags.append(("name", "citation_pdf_url", article.pdf_url))
        tags.append(("name", "DC.title", article.title))
        tags += [("name", "DC.creator", name) for name in article.authors]
        tags += [("name", "DC.subject", keyword) for keyword in article.keywords]
        if article.language:
            tags.append(("name", "DC.language", article.language))
        if article.year:
            tags.append(("name", "DC.date", article.year))
        if article.doi:
            tags.append(("name", "DC.identifier", f"doi:{article.doi}"))
        tags.append(("name", "DC.type", "Text"))
        if article.description:
            tags.append(("name", "DC.description", article.description))
    tags.append(("property", "og:title", page_title if not home else article.title))
    tags.append(("property", "og:type", "article"))
    tags.append(("property", "og:site_name", article.title))
    if article.description:
        tags.append(("property", "og:description", article.description))
    for name in article.authors:
        tags.append(("property", "article:author", name))
    tags += [("property", "article:tag", keyword) for keyword in article.keywords]
    return tags


def _creative_work(entry: Entry) -> dict:
    work: dict = {"@type": "CreativeWork", "name": style.full_title(entry) or entry.key}
    people = [
        {"@type": "Organization" if person.literal else "Person", "name": style.person_name(person)}
        for person in entry.authors or entry.editors
        if not person.others  # "and others": schema.org has no name for them
    ]
    if people:
        work["author"] = people
    if entry.date:
        work["datePublished"] = "-".join(
            f"{part:02d}" if index else str(part)
            for index, part in enumerate((entry.date.year, entry.date.month, entry.date.day))
            if part
        )
    container = entry.get("journaltitle") or entry.get("booktitle")
    if container:
        work["isPartOf"] = {"@type": "CreativeWork", "name": container}
    if entry.get("publisher"):
        work["publisher"] = {"@type": "Organization", "name": entry.get("publisher")}
    if entry.get("url"):
        work["url"] = entry.get("url")
    if entry.get("doi"):
        work["sameAs"] = style.doi_link(entry.get("doi"))
    return work


def json_ld(article: Article, bibliography: Bibliography) -> str:
    """A JSON-LD ``ScholarlyArticle`` whose ``citation`` list is the bibliography."""
    data: dict = {
        "@context": "https://schema.org",
        "@type": "ScholarlyArticle",
        "headline": article.title,
        "name": article.title,
        "author": [
            {
                "@type": "Person",
                "name": name,
                **(
                    {"affiliation": {"@type": "Organization", "name": article.affiliation}}
                    if article.affiliation
                    else {}
                ),
            }
            for name in article.authors
        ],
        "inLanguage": article.language,
        "citation": [_creative_work(entry) for entry in bibliography.entries.values()],
    }
    if article.keywords:
        data["keywords"] = list(article.keywords)
    if article.description:
        data["description"] = article.description
    if article.url:
        data["url"] = article.url
    data.update(_published_in(article))
    if article.pdf_url:
        data["encoding"] = {"@type": "MediaObject", "contentUrl": article.pdf_url, "encodingFormat": "application/pdf"}
    # "</" cannot close the script element it is embedded in.
    # Compact: Python's JSON encoder is several times slower with indentation.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _published_in(article: Article) -> dict:
    """JSON-LD for where the article was published, as schema.org nests it: its issue in its
    volume in its journal (``Periodical``); its year, pages and DOI. Nothing if none is given."""
    data: dict = {}
    container: dict | None = {"@type": "Periodical", "name": article.journal} if article.journal else None
    if container and article.volume:
        container = {"@type": "PublicationVolume", "volumeNumber": article.volume, "isPartOf": container}
    if container and article.issue:
        container = {"@type": "PublicationIssue", "issueNumber": article.issue, "isPartOf": container}
    if container:
        data["isPartOf"] = container
    if article.year:
        data["datePublished"] = article.year
    if article.pages:
        data["pagination"] = article.pages
    if article.doi:
        data["sameAs"] = style.doi_link(article.doi)
    return data


CSL_TYPES = {
    "book": "book",
    "collection": "book",
    "incollection": "chapter",
    "inbook": "chapter",
    "article": "article-journal",
    "online": "webpage",
    "report": "report",
    "techreport": "report",  # BibTeX's name for a report
    "thesis": "thesis",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "misc": "document",
    # CSL 1.0.2's types for the entries the notes set as a chapter, a book, a misc and a report.
    "inproceedings": "paper-conference",  # its proceedings (booktitle) as the container, as a chapter's
    "proceedings": "book",
    "unpublished": "manuscript",
    "manual": "report",
}

#: An ``@article``'s ``entrysubtype`` as biblatex and Zotero's export write it: a paper's
#: or a magazine's article is none of a journal's, for a reference manager.
_CSL_ARTICLE_SUBTYPES = {"newspaper": "article-newspaper", "magazine": "article-magazine"}


def _csl_name(person: Person) -> dict:
    """A person as CSL-JSON names one: a literal name whole; a suffix (``Jr.``) apart; initials
    run together (``JA``) as the notes print them, ``J. A.``."""
    if person.literal:
        return {"literal": person.family}
    name = {"family": person.family_with_particle, "given": person.given_spelt}
    if person.suffix:
        name["suffix"] = person.suffix
    return name


def _csl_names(people: Sequence[Person]) -> list[dict]:
    """The people CSL-JSON can name: an ``and others`` has no form there, and is left out."""
    return [_csl_name(person) for person in people if not person.others]


#: What an entry's ``number`` is, in CSL, by type: a journal's issue, a book's place in its
#: series; a report's own number otherwise.
_CSL_NUMBER = {
    "article": "issue",
    "book": "collection-number",
    "collection": "collection-number",
    "proceedings": "collection-number",
    "incollection": "collection-number",
    "inbook": "collection-number",
    "inproceedings": "collection-number",
}


def csl_item(entry: Entry, words: style.StyleWords = style.ENGLISH) -> dict:
    """One entry as CSL-JSON, for Zotero, Mendeley and pandoc; a thesis's kind in the
    notes' ``words`` (``thèse de doctorat`` in a French article's, as its notes print it)."""
    item: dict = {"id": entry.key, "type": CSL_TYPES.get(entry.type, "document")}
    if entry.type == "article" and (subtype := entry.get("entrysubtype")):
        item["type"] = _CSL_ARTICLE_SUBTYPES.get(subtype.strip().casefold(), item["type"])
    if entry.authors:
        item["author"] = _csl_names(entry.authors)
    if entry.editors:
        item["editor"] = _csl_names(entry.editors)
    if entry.translators:
        item["translator"] = _csl_names(entry.translators)
    if title := style.full_title(entry):
        item["title"] = title
    if (langid := entry.get("langid")) and (language := language_tag(langid)):
        item["language"] = language
    if entry.get("doi"):
        item["DOI"] = entry.get("doi")
    mapping = {
        "journaltitle": "container-title",
        "publisher": "publisher",
        "location": "publisher-place",
        "institution": "publisher",
        "organization": "publisher",
        "volume": "volume",
        "edition": "edition",
        "number": _CSL_NUMBER.get(entry.type, "number"),
        "pages": "page",
        # An article's number in its journal or proceedings, which it has instead of pages
        # (CSL's number, "identifying the item"; its issue is issue, a series' collection-number).
        "eid": "number",
        "articleno": "number",
        "series": "collection-title",
        "url": "URL",
        "howpublished": "medium",
        # The conference a paper was given at (CSL 1.0.2's event-title, which Zotero reads
        # as its conference's name), which the notes leave out: a reference manager keeps it.
        "eventtitle": "event-title",
        "venue": "event-place",
    }
    if entry.get("booktitle") and not entry.get("journaltitle"):
        # The book a chapter is in, its subtitle after its title, as the notes print it: without
        # it, a reference manager cited "Water" for "Water. A Handbook".
        item["container-title"] = style.with_subtitle(entry.get("booktitle"), entry.get("booksubtitle"))
    if style.series_volume(entry):  # "Studies in Legal History, vol. 12", as the notes read it
        item["collection-number"] = entry.get("volume")
        del mapping["volume"]
    for field, csl in mapping.items():
        if entry.get(field) and csl not in item:
            item[csl] = entry.get(field)
    notes = [
        f"[{entry.get('translatedtitle')}]" if entry.get("translatedtitle") else "",  # as the notes print it
        entry.get("note"),
    ]
    if any(notes):
        item["note"] = "; ".join(note for note in notes if note)
    if entry.date:
        parts = [entry.date.year] + [part for part in (entry.date.month, entry.date.day) if part]
        item["issued"] = {"date-parts": [parts]}
    if state := style.publication_state(entry):
        item["status"] = state
    if item["type"] == "thesis" and (kind := style.thesis_kind(entry, words)):
        item["genre"] = plain_words(kind)
    elif item["type"] == "report" and entry.get("type"):  # "Working Paper", as the notes print it
        item["genre"] = entry.get("type")
    held = [_date_parts(day) for day in entry.get("eventdate").split("/")] if entry.get("eventdate") else []
    if held and all(held):  # a conference's days, first and last (biblatex: 2019-05-12/2019-05-14)
        item["event-date"] = {"date-parts": held}
    if accessed := _date_parts(entry.get("urldate")):  # when the page was read: the notes leave it out
        item["accessed"] = {"date-parts": [accessed]}
    return item


def _date_parts(text: str | None) -> list[int] | None:
    """``[2024, 1, 15]`` for a date written ``2024-01-15`` (or less precise); None if none is."""
    if not text:
        return None
    try:
        date = parse_partial_date(text)
    except ValueError:
        return None
    return [part for part in date if part is not None]


def csl_json(bibliography: Bibliography, words: style.StyleWords = style.ENGLISH) -> str:
    items = [csl_item(entry, words) for entry in sorted(bibliography.entries.values(), key=style.sort_key)]
    return json.dumps(items, ensure_ascii=False, separators=(",", ":")) + "\n"


@dataclass(frozen=True)
class FromBibliography:
    """What is made from the whole bibliography, by key: the home page's JSON-LD
    (``json_ld``), written to the part's file ``json_ld_file`` (`spliced`), and the CSL-JSON
    download (``csl``). Needs nothing of the build: a forked process may make them."""

    article: Article
    bibliography: Bibliography
    #: Where the JSON-LD's part is written: the home page's, reserved with `spliced.parts`.
    json_ld_file: str = ""
    #: The notes' words, for what the CSL-JSON says in words (a thesis's kind).
    words: style.StyleWords = style.ENGLISH

    def make(self, key: str) -> str:
        """The CSL-JSON for ``csl``; for ``json_ld``, the JSON-LD written to its part, and nothing."""
        if key == "json_ld":
            spliced.write_part(self.json_ld_file, [json_ld(self.article, self.bibliography)])
            return ""
        return csl_json(self.bibliography, self.words)


def write_downloads(options: ExplainerConfig, root: str, site_dir: str, csl_text: str) -> None:
    """The whole bibliography for reference managers, in the site: the ``bib_files`` (relative
    to ``root``, the project's folder) as written, one after another, and the CSL-JSON."""
    sources = []
    for path in options.bib_files:
        with open(os.path.join(root, path), encoding="utf-8") as handle:
            sources.append(handle.read().rstrip() + "\n")
    _write(os.path.join(site_dir, options.bibtex_download), "\n".join(sources))
    _write(os.path.join(site_dir, options.csl_download), csl_text)


def _write(path: str, text: str) -> None:
    # Whole or not at all: a file half written is never left in the site.
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(temporary, path)
