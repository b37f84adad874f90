"""Write the benchmark corpora under benchmarks/corpora/.

    python benchmarks/generate.py --scale 1 --scale 4 --scale 16 --article

``--scale N`` writes ``corpora/xN/``: N x 100 pages of prose with N x 4,000 cited items
(groups of one to three sources, page locators on about half, prose notes that cite),
a BibTeX file of N x 1,000 entries, N x 200 glossary entries with aliases, and seven
configurations over the same ``docs/``:

    mkdocs-hooks.yml         the project's hooks (citations, glossary, search, PDF)
    mkdocs-plain.yml         the same file minus ``hooks:`` and ``extra.explainer``: the
                             citations stay in the pages as literal text
    mkdocs-plain-cached.yml  plain with the hooks' process settings alone (template cache,
                             allocator, pages converted in parallel): like for like
    mkdocs-bibtex-plain.yml  mkdocs-bibtex 4.4, pybtex's plain style
    mkdocs-bibtex-csl.yml    mkdocs-bibtex 4.4, CSL through pandoc (styles/benchmark-note.csl)
    mkdocs-bibtex-*-full.yml the same two, with every source listed on the bibliography
                             page (its ``full_bib_command``), as the hooks list them

``--article`` snapshots this repository's article into ``corpora/article/``
(``mkdocs.yml`` still runs the live hooks in ``hooks/``) with ``mkdocs-plain.yml``
(and ``mkdocs-plain-cached.yml``) beside it: the same pages, no hooks, and a stub ``bibliography.md`` where the hooks
would generate one, so that both sites have the same pages.

A corpus whose manifest matches the generator's own hash is kept as it is.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synth  # noqa: E402

PROJECT = HERE.parent
CORPORA = HERE / "corpora"
#: The hooks the generated configurations run: the live ``hooks/`` by default; the
#: runner points this at a snapshot taken when it starts, so that one run measures one
#: version of the hooks even while they are being edited.
HOOKS_DIR = Path(os.environ.get("BENCH_HOOKS") or PROJECT / "hooks")
SEED = "explainer-bench"
BIB_PATH = "bib/references.bib"
CSL_PATH = "styles/benchmark-note.csl"
#: Where the bibliography page lists the sources: the hooks fill it, plain MkDocs leaves it
#: empty, and mkdocs-bibtex's "-full" configurations replace it (`full_bib_command`).
BIBLIOGRAPHY_SLOT = "<div data-explainer-bibliography></div>"

#: A small CSL 1.0.2 note style, written here so that nothing is downloaded.
#: (The backslash only wraps the long <style> line here; the text has it on one line.)
CSL_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" \
demote-non-dropping-particle="never" default-locale="en-GB">
  <info>
    <title>Benchmark note style</title>
    <id>urn:explainer:benchmark-note</id>
    <author><name>explainer benchmarks</name></author>
    <category citation-format="note"/>
    <category field="political_science"/>
    <updated>2024-01-01T00:00:00+00:00</updated>
  </info>
  <macro name="contributors">
    <names variable="author">
      <name initialize-with=". " delimiter=", " and="text"/>
      <substitute>
        <names variable="editor"/>
        <text variable="title"/>
      </substitute>
    </names>
  </macro>
  <macro name="contributors-sort">
    <names variable="author">
      <name name-as-sort-order="all" initialize-with=". " delimiter=", " and="text"/>
      <substitute>
        <names variable="editor"/>
        <text variable="title"/>
      </substitute>
    </names>
  </macro>
  <macro name="title">
    <choose>
      <if type="book report thesis" match="any">
        <text variable="title" font-style="italic"/>
      </if>
      <else>
        <text variable="title" quotes="true"/>
      </else>
    </choose>
  </macro>
  <macro name="container">
    <choose>
      <if type="chapter paper-conference" match="any">
        <group delimiter=" ">
          <text term="in"/>
          <names variable="editor">
            <name initialize-with=". " delimiter=", "/>
            <label form="short" prefix=" (" suffix=")"/>
          </names>
          <text variable="container-title" font-style="italic"/>
        </group>
      </if>
      <else>
        <text variable="container-title" font-style="italic"/>
      </else>
    </choose>
  </macro>
  <macro name="publication">
    <group delimiter=", ">
      <group delimiter=" ">
        <label variable="volume" form="short"/>
        <text variable="volume"/>
      </group>
      <group delimiter=" ">
        <label variable="issue" form="short"/>
        <text variable="issue"/>
      </group>
      <text variable="publisher-place"/>
      <text variable="publisher"/>
      <date variable="issued">
        <date-part name="month" suffix=" "/>
        <date-part name="year"/>
      </date>
    </group>
  </macro>
  <macro name="locator">
    <group delimiter=" ">
      <label variable="locator" form="short"/>
      <text variable="locator"/>
    </group>
  </macro>
  <citation et-al-min="4" et-al-use-first="1">
    <layout suffix="." delimiter="; ">
      <choose>
        <if position="ibid-with-locator">
          <group delimiter=", ">
            <text term="ibid" text-case="capitalize-first"/>
            <text macro="locator"/>
          </group>
        </if>
        <else-if position="ibid">
          <text term="ibid" text-case="capitalize-first"/>
        </else-if>
        <else-if position="subsequent">
          <group delimiter=", ">
            <names variable="author"><name form="short" delimiter=", "/></names>
            <text variable="title" form="short" font-style="italic"/>
            <text macro="locator"/>
          </group>
        </else-if>
        <else>
          <group delimiter=", ">
            <text macro="contributors"/>
            <text macro="title"/>
            <text macro="container"/>
            <text macro="publication"/>
            <text macro="locator"/>
            <text variable="URL"/>
          </group>
        </else>
      </choose>
    </layout>
  </citation>
  <bibliography>
    <sort>
      <key macro="contributors-sort"/>
      <key variable="title"/>
    </sort>
    <layout suffix=".">
      <group delimiter=", ">
        <text macro="contributors-sort"/>
        <text macro="title"/>
        <text macro="container"/>
        <text macro="publication"/>
        <text variable="page"/>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>
"""


def generator_hash() -> str:
    digest = hashlib.sha256()
    for name in ("generate.py", "synth.py", "words.py"):
        digest.update((HERE / name).read_bytes())
    return digest.hexdigest()[:16]


def article_config() -> dict:
    with open(PROJECT / "mkdocs.yml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def relative_hooks(config_dir: Path) -> list[str]:
    """The article's hooks (in `HOOKS_DIR`), as paths relative to a config file in ``config_dir``."""
    hooks = article_config().get("hooks") or []
    return [os.path.relpath(HOOKS_DIR / Path(hook).relative_to("hooks"), config_dir) for hook in hooks]


def dump(config: dict, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        yaml.safe_dump(config, handle, sort_keys=False, allow_unicode=True, width=120)


def plain_of(config: dict) -> dict:
    """The same configuration minus ``hooks:``, ``extra.explainer`` and the theme overrides,
    and with pages out of the nav allowed.

    The overrides (``custom_dir``) include the engine's templates (``explainer/head.html``),
    which only the hooks put on the template path: they are the hooks' theme side, and a
    site without the hooks cannot render them. The glossary's entries are out of the nav,
    which the hooks tell MkDocs is meant; without them, ``validation.nav.omitted_files:
    warn`` would fail the plain build (a log level: it costs nothing).
    """
    plain = {key: value for key, value in config.items() if key != "hooks"}
    extra = {key: value for key, value in (config.get("extra") or {}).items() if key != "explainer"}
    plain["extra"] = extra
    plain["theme"] = {key: value for key, value in (config.get("theme") or {}).items() if key != "custom_dir"}
    validation = dict(config.get("validation") or {})
    if isinstance(validation.get("nav"), dict):
        validation["nav"] = {key: value for key, value in validation["nav"].items() if key != "omitted_files"}
        if not validation["nav"]:
            del validation["nav"]
    if "validation" in config:
        plain["validation"] = validation
    return plain


#: The hooks that change how MkDocs' own work runs, not what the pages say: the compiled
#: templates kept between builds, large freed blocks given back to the system, and the
#: last pages converted on the second core. The like-for-like plain runs them too.
PROCESS_HOOKS = ("template_cache.py", "memory.py", "parallel_pages.py")


def plain_with_process_hooks(plain: dict, config_dir: Path) -> dict | None:
    """``plain`` plus the article's process hooks alone (`PROCESS_HOOKS`), or None if it has none.

    The hooks keep the theme's compiled templates between builds, give freed large
    blocks back to the system and convert the last pages in a forked child, which makes
    MkDocs' own work faster and smaller, not the hooks'. Against this twin, the ratios
    are the hooks' own cost; against plain, what a user of the hooks sees.
    """
    process_hooks = [hook for hook in relative_hooks(config_dir) if Path(hook).name in PROCESS_HOOKS]
    if not process_hooks:
        return None
    ordered: dict = {}
    for key, value in plain.items():
        if key == "plugins":
            ordered["hooks"] = process_hooks
        ordered[key] = value
    ordered.setdefault("hooks", process_hooks)
    return ordered


def write_plain_twins(plain: dict, out: Path) -> None:
    """``mkdocs-plain.yml``, and ``mkdocs-plain-cached.yml`` when the hooks have process hooks (`PROCESS_HOOKS`)."""
    dump(plain, out / "mkdocs-plain.yml")
    cached = plain_with_process_hooks(plain, out)
    if cached is not None:
        dump(cached, out / "mkdocs-plain-cached.yml")
    elif (out / "mkdocs-plain-cached.yml").exists():
        (out / "mkdocs-plain-cached.yml").unlink()


def nav_files(nav: object) -> list[tuple[str, str]]:
    """(title, path) of every page a ``nav:`` lists; the title is empty where not given."""
    found: list[tuple[str, str]] = []
    if isinstance(nav, str):
        found.append(("", nav))
    elif isinstance(nav, list):
        for item in nav:
            found += nav_files(item)
    elif isinstance(nav, dict):
        for title, value in nav.items():
            if isinstance(value, str):
                found.append((title, value))
            else:
                found += nav_files(value)
    return found


# --- Synthetic corpora -----------------------------------------------------------------


def write_configs(out: Path, scale: int) -> None:
    """The four configurations, rewritten on every run: they follow the article's
    ``mkdocs.yml`` (its theme, extensions and list of hooks) as it is now."""
    base = plain_of(article_config())
    # A navigation of the article's shape: home, the parts, the bibliography and the
    # glossary's index (the entries themselves are not in the navigation). Parts of ten
    # pages are grouped in volumes of ten parts, Material's navigation.prune is on and
    # navigation.sections off: otherwise every page renders the whole navigation, plain
    # MkDocs' own time grows with pages x pages (x16 plain took 222 s with the article's
    # features, 69 s with prune alone, against ~2 s at x1), and the 16x case would
    # measure Material's navigation rather than the hooks.
    paths = synth.page_paths(synth.BASE_PAGES * scale)
    parts: dict[str, list[str]] = {}
    for path in paths:
        parts.setdefault(path.split("/")[0], []).append(path)
    volumes: list[dict] = []
    for number, (name, pages) in enumerate(parts.items()):
        if number % 10 == 0:
            volumes.append({f"Volume {number // 10 + 1}": []})
        next(iter(volumes[-1].values())).append({f"Part {int(name.split('-')[1])}": pages})
    base["nav"] = [
        {"Home": "index.md"},
        *volumes,
        {"Bibliography": "bibliography.md"},
        {"Glossary": "glossary/index.md"},
    ]
    features = [feature for feature in base["theme"].get("features", []) if feature != "navigation.sections"]
    if "navigation.prune" not in features:
        features.append("navigation.prune")
    base["theme"]["features"] = features
    base["site_name"] = f"Synthetic article, scale {scale}"
    base["site_description"] = "A generated corpus for the explainer benchmarks."
    base["site_author"] = "explainer benchmarks"
    base["copyright"] = "Generated text."
    write_plain_twins(base, out)

    hooks = dict(base)
    hooks["hooks"] = relative_hooks(out)
    hooks["extra"] = {
        **base["extra"],
        "explainer": {
            "bib_files": [BIB_PATH],
            "positions": "article",
            "ibid": True,
            # Not every generated entry or term is used: these would be warnings only.
            "warn_uncited": False,
            "warn_unused_terms": False,
        },
    }
    hooks["theme"] = {**article_config()["theme"], "features": features}  # with the overrides, as the article
    # The hooks key goes where the article has it, before plugins.
    ordered = {}
    for key, value in hooks.items():
        if key == "plugins":
            ordered["hooks"] = hooks["hooks"]
        if key != "hooks":
            ordered[key] = value
    dump(ordered, out / "mkdocs-hooks.yml")

    # The "-full" twins also list every source on the bibliography page, as the hooks do:
    # mkdocs-bibtex writes its whole bibliography where a page holds its `full_bib_command`.
    full = {"full_bib_command": BIBLIOGRAPHY_SLOT}
    for name, plugin in (
        ("mkdocs-bibtex-plain.yml", {"bib_file": BIB_PATH}),
        ("mkdocs-bibtex-csl.yml", {"bib_file": BIB_PATH, "csl_file": CSL_PATH}),
        ("mkdocs-bibtex-plain-full.yml", {"bib_file": BIB_PATH, **full}),
        ("mkdocs-bibtex-csl-full.yml", {"bib_file": BIB_PATH, "csl_file": CSL_PATH, **full}),
    ):
        config = dict(base)
        config["plugins"] = ["search", {"bibtex": plugin}]
        config["markdown_extensions"] = [*base["markdown_extensions"], "footnotes"]
        dump(config, out / name)

    # The theme side of the hooks (templates, the engine's stylesheet and script), as it is now.
    for source, target in ((PROJECT / "overrides", out / "overrides"),):
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target)


def write_corpus(scale: int, *, force: bool = False) -> Path:
    out = CORPORA / f"x{scale}"
    manifest_path = out / "MANIFEST.json"
    stamp = generator_hash()
    if not force and manifest_path.exists():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if manifest.get("generator") == stamp:
            write_configs(out, scale)
            print(f"corpus x{scale}: up to date ({manifest['pages']} pages)")
            return out
    if out.exists():
        shutil.rmtree(out)
    docs = out / "docs"
    (docs / "glossary").mkdir(parents=True)
    (out / "bib").mkdir()
    (out / "styles").mkdir()

    pages_count = synth.BASE_PAGES * scale
    entries = synth.make_bibliography(synth.BASE_ENTRIES * scale, SEED)
    terms = synth.make_terms(synth.BASE_TERMS * scale, SEED)
    keys = [entry.key for entry in entries]
    (out / BIB_PATH).write_text(
        f"% Synthetic bibliography: {len(entries)} entries, scale {scale}. Generated; do not edit.\n\n"
        + "\n".join(entry.text for entry in entries),
        encoding="utf-8",
    )
    (out / CSL_PATH).write_text(CSL_STYLE, encoding="utf-8")

    term_names = [name for term in terms for name in term.names]
    prose = synth.Prose(random.Random(f"{SEED}-pages"), term_names, term_rate=0.25)
    picker = synth.KeyPicker(random.Random(f"{SEED}-keys"), keys)
    paths = synth.page_paths(pages_count)
    cited = 0
    words = 0
    for index in range(pages_count):
        page = synth.make_page(index, paths, picker, prose, synth.BASE_CITATIONS_PER_PAGE)
        target = docs / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.text, encoding="utf-8")
        cited += page.citations
        words += len(page.text.split())

    glossary_prose = synth.Prose(random.Random(f"{SEED}-glossary"), term_names, term_rate=0.1)
    glossary_keys = synth.KeyPicker(random.Random(f"{SEED}-glossary-keys"), keys)
    for term in terms:
        (docs / "glossary" / f"{term.slug}.md").write_text(
            synth.glossary_page(term, glossary_prose, glossary_keys, paths), encoding="utf-8"
        )
    (docs / "glossary" / "index.md").write_text(
        "# Glossary\n\nThe terms of the article, explained.\n\n<div data-explainer-glossary-index></div>\n",
        encoding="utf-8",
    )
    (docs / "bibliography.md").write_text(f"# Bibliography\n\n{BIBLIOGRAPHY_SLOT}\n", encoding="utf-8")
    home = synth.Prose(random.Random(f"{SEED}-home"))
    (docs / "index.md").write_text(
        "# A synthetic article\n\n" + " ".join(home.paragraph(5)) + "\n\n" + " ".join(home.paragraph(4)) + "\n",
        encoding="utf-8",
    )

    write_configs(out, scale)

    glossary_cited = sum(
        page.count("[@") for page in (p.read_text(encoding="utf-8") for p in (docs / "glossary").glob("*.md"))
    )
    manifest = {
        "generator": stamp,
        "scale": scale,
        "pages": pages_count,
        "cited_items_in_pages": cited,
        "citation_groups_in_glossary": glossary_cited,
        "bib_entries": len(entries),
        "glossary_entries": len(terms),
        "glossary_names": len(term_names),
        "words_in_pages": words,
        "bib_bytes": (out / BIB_PATH).stat().st_size,
    }
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(
        f"corpus x{scale}: wrote {pages_count} pages, {cited} cited items, {len(entries)} entries, {len(terms)} terms"
    )
    return out


# --- The article ------------------------------------------------------------------------


def write_article() -> Path:
    """Snapshot the article; both configurations build the same copy of the pages."""
    out = CORPORA / "article"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for part in ("docs", "bib", "overrides"):
        shutil.copytree(PROJECT / part, out / part, ignore=shutil.ignore_patterns("__pycache__"))
    config = article_config()
    config["hooks"] = relative_hooks(out)
    dump(config, out / "mkdocs.yml")

    shutil.copytree(out / "docs", out / "docs-plain")
    # Pages the navigation lists that the hooks generate (the bibliography, the timeline):
    # the plain site gets a stub with the title, as the hooks' generated page starts.
    for title, path in nav_files(config.get("nav")):
        stub = out / "docs-plain" / path
        if not stub.exists():
            stub.parent.mkdir(parents=True, exist_ok=True)
            stub.write_text(f"# {title or Path(path).stem.title()}\n", encoding="utf-8")
            print(f"article: plain twin gets a stub for the generated page {path}")
    plain = plain_of(config)
    plain["docs_dir"] = "docs-plain"
    write_plain_twins(plain, out)
    print(f"article: snapshot of {sum(1 for _ in (out / 'docs').rglob('*.md'))} pages in {out}")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, action="append", default=[], help="corpus scale (1 = 100 pages)")
    parser.add_argument("--article", action="store_true", help="snapshot the article and its plain twin")
    parser.add_argument("--force", action="store_true", help="regenerate even if up to date")
    args = parser.parse_args(argv)
    if not args.scale and not args.article:
        parser.error("nothing to do: give --scale N and/or --article")
    for scale in args.scale:
        write_corpus(scale, force=args.force)
    if args.article:
        write_article()


if __name__ == "__main__":
    main()
