"""The PDF's size beside its link (`explainer.pdf_link_size`), as a reader on a metered
phone reads it before tapping: "Download PDF (1.4 MB)"."""

from __future__ import annotations

import pytest

from explainer.pdf_link_size import add_size_to_pages, size_text, with_size

LINK = '<a class="md-content__button explainer-pdf-link" href="../a.pdf" download>Download PDF</a>'


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (1_404_000, "(1.4\u00a0MB)"),
        (1_450_001, "(1.5\u00a0MB)"),
        (999_000, "(1.0\u00a0MB)"),
        (9_960_000, "(10\u00a0MB)"),  # a tenth would read "10.0"
        (9_949_999, "(9.9\u00a0MB)"),
        (9_950_000, "(10\u00a0MB)"),  # 100 tenths: whole, as 10.4 MB reads, not "10.0"
        (9_990_000, "(10\u00a0MB)"),
        (10_400_000, "(10\u00a0MB)"),
        (10_500_000, "(11\u00a0MB)"),
        (12_600_000, "(13\u00a0MB)"),
        (31_000, "(0.1\u00a0MB)"),  # never "0.0", which would say the file costs nothing
    ],
)
def test_megabytes_to_a_tenth_below_ten_and_never_nothing(size, shown):
    assert size_text(size, "({megabytes} MB)", ".") == shown


def test_the_article_s_unit_and_decimal_mark():
    assert size_text(1_404_000, "({megabytes} Mo)", ",") == "(1,4\u00a0Mo)"


def test_the_size_goes_at_the_end_of_the_link_s_text_and_nowhere_else():
    page = f"<p>Download PDF</a></p>{LINK}<p>article.pdf</p>"
    assert with_size(page, "(1.4\u00a0MB)") == page.replace("Download PDF</a><p>", "Download PDF (1.4\u00a0MB)</a><p>")
    assert with_size("<p>No link here.</p>", "(1.4 MB)") is None
    assert with_size(LINK, "(1 < 2)").endswith("(1 &lt; 2)</a>")


def test_written_pages_get_the_size_and_others_stay_as_they_were(tmp_path):
    linked, plain = tmp_path / "linked.html", tmp_path / "plain.html"
    linked.write_bytes(f"<html>\r\n{LINK}\n</html>".encode())
    plain.write_bytes(b"<html>\r\n</html>")
    before = plain.stat().st_mtime_ns
    add_size_to_pages([str(linked), str(plain)], "(2.0\u00a0MB)")
    assert linked.read_bytes() == "<html>\r\n{}\n</html>".format(LINK.replace("PDF<", "PDF (2.0\u00a0MB)<")).encode()
    assert plain.read_bytes() == b"<html>\r\n</html>" and plain.stat().st_mtime_ns == before
