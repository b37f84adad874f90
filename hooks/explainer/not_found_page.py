"""What an editor is told of the page a broken link leads to (``404.html``) where
``site_url`` is not set.

A web server sends that page for any address the site lacks, at any depth, so no
relative link in it can reach the site's files: MkDocs writes its links (the styles,
the scripts, the way back to the start) from the path of ``site_url``, and from ``/``
without one. A site published in a folder without ``site_url``
(``https://example.org/article/``, as GitHub Pages publishes a project) sends a page
without its styles, whose links lead out of the site. The page cannot find the folder
by itself without asking the server for files at each depth of the address, after it
has shown unstyled: it is for the editor to set ``site_url``, which ``mkdocs serve``
sets for its preview.
"""

from __future__ import annotations

import os


def site_url_missing(site_url: str | None, config_file: str) -> str | None:
    """The line to log where ``site_url`` is not set, naming ``config_file`` as the editor knows it."""
    if site_url:
        return None
    return (
        f"{os.path.basename(config_file)}: no site_url: the page a broken link leads to (404.html) finds its"
        " styles and the way back to the start only where the site is published at the root of its address"
        " (https://example.org/). To publish it in a folder (https://example.org/article/, as GitHub Pages"
        " publishes a project's site), set site_url to its address first."
    )
