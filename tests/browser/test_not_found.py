"""The page a broken link leads to, on a site published in a folder, as a web server sends
it for any address the site lacks: styled, named for what it is, and its way back to the start
leading there."""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from test_other_language import build_french

#: Where the small French article's site_url (https://example.org/etude/) publishes it.
FOLDER = "/etude/"


class _InFolder(SimpleHTTPRequestHandler):
    """The site under ``FOLDER``, and its ``404.html`` for any address it lacks, as GitHub Pages serves a project."""

    def log_message(self, format: str, *args) -> None:
        pass

    def send_head(self):
        path = self.path.split("?")[0]
        if path.startswith(FOLDER):
            self.path = "/" + self.path[len(FOLDER) :]
            if Path(self.translate_path(self.path)).exists():
                return super().send_head()
        page = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        self.wfile.write(page)
        return None


def test_with_site_url_the_404_page_of_a_site_in_a_folder_is_styled_and_leads_home(browser, tmp_path):
    site = build_french(tmp_path, pdf=False).site
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_InFolder, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    page = browser.new_page()
    missing = []
    page.on("response", lambda response: response.status == 404 and missing.append(response.url))
    try:
        page.goto(f"{origin}{FOLDER}une/page/qui/n-existe/pas/")
        assert page.inner_text("article h1") == "Page introuvable"
        # The tab and a screen reader, as the page opens, name it as its heading does, not as the home page.
        assert page.title() == "Page introuvable - Une petite étude"
        # Material's styles and the engine's are there: the header stays at the top, in the theme's colours.
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor") != (
            "rgba(0, 0, 0, 0)"
        )
        assert missing == [f"{origin}{FOLDER}une/page/qui/n-existe/pas/"], missing  # the page itself, nothing else
        page.click("article p a")
        page.wait_for_load_state()
        assert page.url == f"{origin}{FOLDER}" and page.inner_text("article h1") == "Accueil"
    finally:
        page.close()
        server.shutdown()
