"""Long parts kept in a file and spliced into the written page: the same bytes as if inline."""

from __future__ import annotations

import tempfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.spliced import SplicedParts, write_part
from explainer.unindexed import END, START, stream_without_unindexed_markers, without_unindexed_markers

PART = "<ul>\n<li>Ямада, «Ōtsuka» and a lone \ud800 surrogate</li>\n</ul>"


@pytest.fixture
def temporary(tmp_path, monkeypatch):
    """The temporary folder the parts' files would be made in, if they were named."""
    folder = tmp_path / "temporary"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def written_page(path, html: str):
    path.parent.mkdir(exist_ok=True)
    # As MkDocs writes a page.
    path.write_bytes(html.encode("utf-8", errors="xmlcharrefreplace"))
    return path


def test_a_spliced_part_gives_the_bytes_of_the_page_written_with_it_inline(tmp_path, temporary):
    parts = SplicedParts()
    page_path = tmp_path / "page" / "index.html"
    placeholder, part_path = parts.reserve(str(page_path))
    write_part(part_path, iter([PART[:10], PART[10:]]))
    written_page(page_path, f"<main>before {placeholder} after</main>")
    parts.splice()
    assert page_path.read_bytes() == f"<main>before {PART} after</main>".encode("utf-8", errors="xmlcharrefreplace")
    assert list(temporary.iterdir()) == []  # no file of it left
    assert [path.name for path in page_path.parent.iterdir()] == ["index.html"]


def test_a_copy_in_memory_takes_the_part_back_and_the_page_still_gets_it(tmp_path):
    parts = SplicedParts()
    page_path = tmp_path / "page" / "index.html"
    placeholder, part_path = parts.reserve(str(page_path))
    write_part(part_path, [PART])
    expected = PART.encode("utf-8", errors="xmlcharrefreplace").decode("utf-8")
    assert parts.expand(f"<p>{placeholder}</p>") == f"<p>{expected}</p>"
    assert parts.expand("<p>no placeholder</p>") == "<p>no placeholder</p>"
    written_page(page_path, placeholder)
    parts.splice()
    assert page_path.read_text(encoding="utf-8") == expected


def test_a_placeholder_written_by_an_author_is_left_alone(tmp_path):
    parts = SplicedParts()
    page_path = written_page(tmp_path / "index.html", "<!--explainer:spliced:0123456789abcdef-->")
    _placeholder, part_path = parts.reserve(str(page_path))
    write_part(part_path, ["a part"])
    parts.splice()
    assert page_path.read_text(encoding="utf-8") == "<!--explainer:spliced:0123456789abcdef-->"


def test_parts_of_a_failed_build_or_an_unwritten_page_leave_no_file(tmp_path, temporary):
    parts = SplicedParts()
    parts.reserve(str(tmp_path / "never-written.html"))
    parts.splice()
    parts.reserve(str(tmp_path / "x.html"))
    parts.discard()
    assert list(temporary.iterdir()) == []
    assert parts.expand("x") == "x"


def test_a_part_s_file_is_never_in_the_temporary_folder_so_a_killed_build_leaves_none(tmp_path, temporary):
    # A build killed outright runs no `discard`: a part's file (the bibliography's list,
    # megabytes at 16x) is unlinked from the start, and the system deletes it with the
    # last process that holds it. It is written and read by its descriptor's name.
    parts = SplicedParts()
    placeholder, part_path = parts.reserve(str(tmp_path / "page" / "index.html"))
    write_part(part_path, [PART])
    assert list(temporary.iterdir()) == []
    expected = PART.encode("utf-8", errors="xmlcharrefreplace").decode("utf-8")
    assert parts.expand(placeholder) == expected
    parts.discard()


@settings(max_examples=300, derandomize=True, deadline=None)
@given(
    st.lists(st.sampled_from(["<p>", "text é", START, END, "<", "</p>", "x" * 40]), max_size=16),
    st.integers(min_value=1, max_value=30),
    st.integers(min_value=1, max_value=50),
)
def test_markers_come_out_however_the_html_is_cut_into_pieces(pieces, size, run):
    html = "".join(pieces)
    chunks = [html[start : start + size] for start in range(0, len(html), size)]
    assert "".join(stream_without_unindexed_markers(chunks, run)) == without_unindexed_markers(html)
