"""The timeline as the glossary reads it (`explainer.glossary_timeline`): its events, and
its countries checked against the glossary's places."""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import File, Files

from explainer.glossary import build_glossary
from explainer.glossary_timeline import misspelt_timeline_places, timeline_events

CONCEPT = (
    "glossary/three-evils.md",
    "docs/glossary/three-evils.md",
    "---\nterm: three evils\ndefinition: Terrorism, extremism, separatism.\ncategory: concept\n---\n",
)
PLACE = (
    "glossary/kazakhstan.md",
    "docs/glossary/kazakhstan.md",
    "---\nterm: Kazakhstan\ndefinition: A state of Central Asia.\ncategory: place\naliases: [Qazaqstan]\n---\n",
)
GLOSSARY = build_glossary([PLACE, CONCEPT])


def timeline(countries: str) -> str:
    """Two events; the second names ``countries``, on the timeline's line 9."""
    return f"""\
- date: "2019"
  event: Astana signed.
  countries: [Austria]
  page: part-1/dams.md
  quote: Astana signed
- date: "2020"
  event: Others met.
  page: part-1/dams.md
  countries: {countries}
  quote: Others met
"""


def docs_files(tmp_path: Path, timeline_text: str | None) -> Files:
    """The files MkDocs finds in ``tmp_path/docs``: a home page, and a timeline holding ``timeline_text``."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n", encoding="utf-8")
    names = ["index.md"]
    if timeline_text is not None:
        (docs / "timeline.yml").write_text(timeline_text, encoding="utf-8")
        names.append("timeline.yml")
    return Files([File(name, str(docs), str(tmp_path / "site"), True) for name in names])


def misspelt(tmp_path: Path, countries: str, glossary=GLOSSARY) -> list[str]:
    files = docs_files(tmp_path, timeline(countries))
    return [
        str(error)
        for error in misspelt_timeline_places(glossary, files, "timeline.yml", str(tmp_path), typographic=True)
    ]


def test_a_place_written_otherwise_than_its_entry_s_term_is_an_error_naming_the_timeline_s_line(tmp_path):
    (error,) = misspelt(tmp_path, "[Kazakstan]")
    assert error.startswith(
        "docs/timeline.yml:9: country 'Kazakstan' is written otherwise than the glossary's place 'Kazakhstan'"
    )
    assert "Write 'Kazakhstan'" in error


def test_a_place_s_alias_in_place_of_its_term_is_an_error_too(tmp_path):
    (error,) = misspelt(tmp_path, "[qazaqstan]")
    assert "country 'qazaqstan' is written otherwise than the glossary's place 'Kazakhstan'" in error


def test_the_terms_themselves_and_countries_no_entry_names_are_no_error(tmp_path):
    assert misspelt(tmp_path, "[Kazakhstan, China, Australia]") == []


def test_without_a_place_in_the_glossary_no_country_is_checked(tmp_path):
    assert misspelt(tmp_path, "[Kazakstan]", glossary=build_glossary([CONCEPT])) == []


def test_the_events_in_the_timeline_s_order_with_its_path_from_the_project_s_folder(tmp_path):
    files = docs_files(tmp_path, timeline("[Kazakhstan]"))
    events, path = timeline_events(files, "timeline.yml", str(tmp_path), typographic=True)
    assert path == "docs/timeline.yml"
    assert [(event.date, event.countries) for event in events] == [("2019", ("Austria",)), ("2020", ("Kazakhstan",))]


def test_a_timeline_with_errors_gives_no_events_and_no_place_error_its_own_hook_reports_them(tmp_path):
    broken = timeline("[Kazakstan]").replace('"2020"', '"2020-13"')
    files = docs_files(tmp_path, broken)
    assert timeline_events(files, "timeline.yml", str(tmp_path), typographic=True) == ((), "docs/timeline.yml")
    assert misspelt_timeline_places(GLOSSARY, files, "timeline.yml", str(tmp_path), typographic=True) == []


def test_without_a_timeline_no_events_and_no_path(tmp_path):
    files = docs_files(tmp_path, None)
    assert timeline_events(files, "timeline.yml", str(tmp_path), typographic=True) == ((), "")
    assert misspelt_timeline_places(GLOSSARY, files, "timeline.yml", str(tmp_path), typographic=True) == []
