"""A citation inside a prose note's text, written against the word before it as a citation
in the text is written after its punctuation: the build names it, since the note would
print the reference run into the word."""

from __future__ import annotations

from project import line_number, run_build
from test_new_article import new_article
from test_site import notes_on


def article_with_a_note(folder, note_text: str):
    written = new_article(folder, "--title", "Lighthouses", "--author", "Maren Holt")
    assert written.returncode == 0, written.stderr
    section = folder / "docs" / "introduction.md"
    text = section.read_text(encoding="utf-8")
    section.write_text(f"{text}\nThe fog horns.[^horn]\n\n[^horn]: The first horns were installed in\n"
                       f"    the 1880s; {note_text}\n", encoding="utf-8")  # fmt: skip
    return section


def test_a_citation_written_against_a_note_s_full_stop_is_named_with_what_to_write(tmp_path):
    # "deafening.K. Ostrand, Lights, …, p. 9", with no full stop, and the build said nothing.
    folder = tmp_path / "lights"
    section = article_with_a_note(folder, "keepers call them deafening.[@example2020, p. 9]")
    build = run_build(folder, folder / "site")
    assert build.returncode != 0
    line = line_number(section, "keepers call them deafening.")
    assert (
        f"docs/introduction.md:{line}: the citation [@example2020, p. 9] in a note's text is written against"
        " 'deafening.': there the reference is printed where it stands, run into the word; write a space before"
        " it, and a full stop after it: deafening. [@example2020, p. 9]."
    ) in build.output


def test_a_citation_written_against_a_word_is_named_with_words_that_lead_to_it(tmp_path):
    folder = tmp_path / "lights"
    article_with_a_note(folder, "keepers call them *deafening*[@example2020, p. 9].")
    build = run_build(folder, folder / "site")
    assert build.returncode != 0
    assert "written against 'deafening': " in build.output
    assert "write a space and the words that lead to it: deafening; see [@example2020, p. 9]." in build.output


def test_a_citation_set_apart_in_a_note_s_text_reads_as_its_own_sentence(tmp_path):
    folder = tmp_path / "lights"
    article_with_a_note(folder, "keepers call them deafening. [@example2020, p. 9]. See also ([@example2020, p. 10]).")
    build = run_build(folder, folder / "site")
    assert build.returncode == 0, build.output
    note = notes_on(build.page("introduction/"))[2]
    # Note 1 cites the same book: Ibid., opening its sentence.
    assert note.endswith("keepers call them deafening. Ibid., p. 9. See also (Exemplar, *An Example Book*, p. 10).")
