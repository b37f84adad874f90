"""A new article's folder, ready to build: ``make new-article DIR=../rivers TITLE="…" AUTHOR="…"``.

It writes what "Another article" in the README lists, so that nothing is forgotten: a
``mkdocs.yml`` that names this project's hooks and theme overrides (by paths relative to
the new folder) with the settings the explainer needs (no web fonts, anchors and the nav
checked), a home page, a first section that cites a source and uses a glossary term, a
``.bib`` file with that source, a glossary entry, a timeline event, a ``.gitignore``
that keeps the built site out of version control, and a ``Makefile`` whose ``make serve``
and ``make build`` run this project's for the article. Each example is
there to be replaced, in the article's language where the interface has its words
(`article_examples`); the folder builds with ``mkdocs build --strict`` as it is.

Nothing is written into a folder that already holds files, and nothing at all if any
file cannot be written.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import unicodedata
from pathlib import Path

import yaml
from mkdocs.utils import get_theme_dir

from .article_examples import examples, option_examples
from .author_names import split_names
from .function_words import function_words
from .interface_words import interface_words
from .theme_languages import theme_language_for, theme_languages

#: This project: its ``mkdocs.yml`` names the hooks a new article lists.
PROJECT = Path(__file__).resolve().parents[2]


def slug(text: str, *, longest: int = 40, language: str = "en") -> str:
    """``china-s-impact-on-democracy`` for a title: ASCII letters, digits and hyphens. One
    cut to fit ``longest`` ends on a word that is not a function word of ``language``
    (``holt-the-lighthouse-keepers``, not ``…-keepers-of-the``)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(words) > longest:
        # Cut after the last whole word that fits ("etats", not "etat"); a first word
        # longer than the limit is cut, since a key needs something.
        cut = words.rfind("-", 0, longest + 1)
        words = words[:cut] if cut > 0 else words[:longest]
        kept = words.split("-")
        small = function_words(language)
        while len(kept) > 1 and kept[-1] in small:
            kept.pop()
        words = "-".join(kept)
    return words.rstrip("-") or "article"


def _scalar(text: str) -> str:
    """``text`` as one line of YAML, quoted where YAML would read it otherwise (``a: b``)."""
    return yaml.safe_dump(" ".join(text.split()), allow_unicode=True, width=1_000_000).splitlines()[0]


#: A language as the theme and the article's metadata name it: ``en``, ``fr``, ``pt-BR``.
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


def _hooks(target: Path) -> list[str]:
    """This project's hooks, in its order, as paths relative to the new folder."""
    config = yaml.safe_load((PROJECT / "mkdocs.yml").read_text(encoding="utf-8"))
    return [os.path.relpath(PROJECT / hook, target) for hook in config["hooks"]]


def _config(target: Path, title: str, author: str, language: str) -> str:
    hooks = "\n".join(f"  - {hook}" for hook in _hooks(target))
    overrides = os.path.relpath(PROJECT / "overrides", target)
    people = split_names(author) or [author]
    first = people[0].split(",")[0].split()
    key = slug(f"{first[-1] if first else ''} {title}", language=language)
    listed = yaml.safe_dump(people, default_flow_style=True, allow_unicode=True, width=1_000_000).strip()
    filled = option_examples(language)
    return f"""\
# Written by `make new-article`; the options are explained in CONTRIBUTING.md
# ("All the options") in {PROJECT}.
site_name: {_scalar(title)}
site_author: {_scalar(author)}
# What the site holds, for search engines, link previews and the PDF's properties, and its
# public address, for the links in the metadata and the cite box (CONTRIBUTING.md,
# "Publish"): take the # off each line once it holds the article's own.
# site_description: {filled["site_description"]}
# site_url: https://example.org/article/

theme:
  name: material
  # The explainer's templates, stylesheet and script.
  custom_dir: {overrides}
{_theme_language(language)}  # No web fonts from Google: the reader's own fonts, and no request to another site.
  font: false
  features:
    - navigation.indexes
    - navigation.sections
    - navigation.footer
    - navigation.top
    - content.footnote.tooltips
    - content.tooltips
    - search.highlight

# Every page of the article, in reading order, then the pages the hooks write.{_nav_comment(language)}
nav:
{_nav(language)}

hooks:
{hooks}

plugins:
  - search

# A link to an anchor that is not there, or a page left out of the nav, fails the build.
validation:
  anchors: warn
  nav:
    omitted_files: warn

markdown_extensions:
  - attr_list
  - md_in_html
  - toc:
      permalink: true{_permalink_title(language)}

extra:
  generator: false
  explainer:
    bib_files:
      - bib/article.bib
    article:
      authors: {listed}
      # The authors' affiliation and the article's keywords, as printed, for the metadata:
      # take the # off each line once it holds the article's own.
      # affiliation: {filled["affiliation"]}
      # keywords: {filled["keywords"]}
      language: {language}
      citation_key: {key}
    pdf_file: {key}.pdf
{"" if _is_english(language) else _interface_words(language)}"""


def _theme_language(language: str) -> str:
    """The ``language:`` line under ``theme:``: the theme's words for the article's language
    (``en`` for ``en-GB``), which must be a language the theme has, or English's, said so."""
    known = theme_languages([get_theme_dir("material")]) or frozenset()
    if (theme := theme_language_for(language, known)) is not None:
        return f"  language: {theme}\n"
    english = "its own (the search, the navigation) are English"
    return f"  # The theme has no words in {language}: {english}.\n  language: en\n"


def _makefile(target: Path) -> str:
    """The article's own ``make serve``, ``make build`` and ``make pdf``: this project's, for it.

    The editor's guide says to run them in the folder that holds ``mkdocs.yml``; without
    this file, make found no rule there. Variables given on the command line (``PORT=8001``)
    reach this project's Makefile with the rest of make's flags.
    """
    project = os.path.relpath(PROJECT, target)
    return f"""\
# Written by `make new-article`: this project's commands, run for this article.
#   make serve   preview on http://127.0.0.1:8000, reloaded on every edit (make serve PORT=8001)
#   make build   the published site, with its PDF, in site/ (a failed build keeps the last one)
#   make pdf     the same, and print the PDF's path
# They run in {PROJECT}, as `make serve ARTICLE=…` there.
PROJECT := {project}

.PHONY: serve build pdf
serve build pdf:
\t@$(MAKE) --no-print-directory -C $(PROJECT) $@ ARTICLE=$(CURDIR)
"""


#: The nav's titles in English, by file.
_NAV = {
    "index.md": "Home",
    "introduction.md": "Introduction",
    "bibliography.md": "Bibliography",
    "glossary/index.md": "Glossary",
    "timeline.md": "Timeline",
}


def _nav(language: str) -> str:
    titles = words.nav if (words := interface_words(language)) is not None else {}
    return "\n".join(f"  - {_scalar(titles.get(path, english))}: {path}" for path, english in _NAV.items())


def _nav_comment(language: str) -> str:
    """For an article in another language: the nav's titles are to translate too."""
    if _is_english(language) or interface_words(language) is not None:
        return ""
    return "\n# The titles are in English until you translate them."


def _permalink_title(language: str) -> str:
    """For an article in another language: the headings' link title, which Markdown writes in English."""
    if _is_english(language):
        return ""
    if (words := interface_words(language)) is not None:
        return f"\n      permalink_title: {_scalar(words.permalink_title)}"
    return "\n      permalink_title: Permanent link  # in English until you translate it"


def _is_english(language: str) -> bool:
    return language.casefold().startswith("en")


def _interface_words(language: str) -> str:
    """Every word of the interface under the options that set it, for an article in
    another language: in that language where `interface_words` has it, else in English,
    one place to translate them all."""
    from .config import ExplainerConfig, NoteWordsConfig, WordsConfig
    from .glossary import CATEGORIES
    from .term_matcher import ENGLISH_PLURALS

    words = interface_words(language)

    def line(indent: str, name: str, value: str, translated: dict[str, str] | None) -> str:
        # As it is: a space around a word may be meant (``colon: " : "``).
        text = translated[name] if translated is not None else value
        return f"{indent}{name}: {yaml.safe_dump(text, allow_unicode=True, width=1_000_000).splitlines()[0]}"

    if words is not None:
        lines = [
            "    # The interface's words in the article's language; change any your journal writes",
            '    # otherwise. A {placeholder} stays as it is (CONTRIBUTING.md, "All the options").',
        ]
    else:
        lines = [
            "    # The interface's words, in English until you translate them; a {placeholder}",
            '    # stays as it is (CONTRIBUTING.md, "All the options").',
        ]
    lines += [
        line("    ", name, option.default, words and words.labels)
        for name, option in ExplainerConfig._schema
        if name.endswith(("_title", "_label"))
    ]
    lines.append("    words:")
    for name, option in WordsConfig._schema:
        if name == "categories":
            lines.append("      categories:")
            lines += [line("        ", category, category, words and words.categories) for category in CATEGORIES]
        else:
            lines.append(line("      ", name, option.default, words and words.words))
    if words is not None:
        lines.append("    # How a glossary term makes its plural.")
        lines.append(f"    glossary_plurals: [{', '.join(words.plurals)}]")
        lines.append(f"    glossary_plural_words: {words.plural_words}")
        lines.append("    # The notes' words, as the language's journals commonly set them.")
    else:
        lines.append("    # How a glossary term makes its plural, English's until you give your language's.")
        lines.append(f"    glossary_plurals: [{', '.join(ENGLISH_PLURALS)}]")
        lines.append("    # The notes' words, the journal's English until your journal's style sets them.")
    lines.append("    note_words:")
    lines += [
        line("      ", name, option.default, words and words.note_words) for name, option in NoteWordsConfig._schema
    ]
    return "\n".join(lines) + "\n"


def write_article(target: Path, *, title: str, author: str, language: str = "en") -> list[Path]:
    """Write a new article's folder at ``target``, which must not exist or be empty."""
    if not _LANGUAGE.fullmatch(language):
        raise SystemExit(f"{language!r} is not a language code; write one such as en, fr or pt-BR")
    language = language.replace("_", "-")  # en_GB, as a locale writes it, is en-GB
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise SystemExit(f"{target}: the folder already holds files; name a new or empty folder")
    files = {
        "mkdocs.yml": _config(target.resolve(), title, author, language),
        "Makefile": _makefile(target.resolve()),
    }
    files.update({path: text.format(title=title, author=author) for path, text in examples(language).items()})
    # Written aside, then moved in whole: a failure leaves nothing half-written.
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=".new-article-"))
    try:
        for path, text in files.items():
            written = staging / path
            written.parent.mkdir(parents=True, exist_ok=True)
            written.write_text(text, encoding="utf-8")
        if target.exists():
            target.rmdir()
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [target / path for path in files]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a new article's folder, ready to build.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--title", required=True)
    parser.add_argument("--author", required=True)
    parser.add_argument("--language", default="en", help="the article's language, as a code: en, fr, de…")
    args = parser.parse_args(argv)
    written = write_article(args.folder, title=args.title, author=args.author, language=args.language)
    print(f"Wrote {len(written)} files in {args.folder}:")
    for path in written:
        print(f"  {path}")
    folder = args.folder.resolve()
    print(
        f"In {folder}: preview it with `make serve`, and write the published site with `make build`"
        f" (a failed build keeps the last site); from {PROJECT}, the same is `make serve ARTICLE={folder}`"
        f" and `make build ARTICLE={folder}`.\n"
        "Replace each example with the article's own text, sources, glossary and timeline;"
        " CONTRIBUTING.md says how."
    )
    if not _is_english(args.language) and interface_words(args.language) is not None:
        print(
            "The interface's words are in the article's language at the end of mkdocs.yml: change any there."
            " The examples are in the article's language too."
        )
    elif not _is_english(args.language):
        print(
            "The interface's words are listed in English at the end of mkdocs.yml, with the nav's"
            " titles: translate them there. The examples are in English, to replace."
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
