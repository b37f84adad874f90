"""The site's PDF made from its rendered pages (`explainer.site_pdf`), read back with pypdf."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from pypdf import PdfReader
from test_pdf_sections import site

from explainer.config import load_config
from explainer.site_pdf import write_site_pdf


def test_the_pdf_holds_the_pages_in_reading_order_with_the_article_s_metadata_and_paper(tmp_path):
    nav, files, _options = site(tmp_path / "docs")
    options = load_config(
        {
            "explainer": {
                "pdf_file": "rivers.pdf",
                "pdf_paper": "letter",
                "article": {"title": "Rivers Between States", "authors": ["Ana Exemplar"], "language": "en"},
            }
        },
        "mkdocs.yml",
    )
    config = MkDocsConfig()
    config.load_dict({"site_name": "Rivers", "docs_dir": str(tmp_path / "docs"), "site_dir": str(tmp_path / "site")})
    assert not config.validate()[0]
    words = {"part-2/floods.md": "Floodplain", "introduction.md": "Headwaters", "bibliography.md": "Catalogue"}
    rendered = {src: f"<h1>{word}</h1><p>{word} text.</p>" for src, word in words.items()}

    assert write_site_pdf(nav, files, options, rendered, config)
    pdf = PdfReader(tmp_path / "site" / "rivers.pdf")
    assert pdf.metadata.title == "Rivers Between States"
    assert pdf.metadata.author == "Ana Exemplar"
    assert (float(pdf.pages[0].mediabox.width), float(pdf.pages[0].mediabox.height)) == (612, 792)
    text = " ".join(page.extract_text() for page in pdf.pages)
    # The nav's order, not the order the pages were rendered in; a page not rendered is left out.
    assert text.index("Headwaters text.") < text.index("Floodplain text.") < text.index("Catalogue text.")
    assert "Rivers text." not in text
