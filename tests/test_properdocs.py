"""The site also builds with ProperDocs, the maintained fork of MkDocs 1.6.

`make test` installs ProperDocs in its own virtual environment (.venv-properdocs), with
the project's requirements; this builds the site with it, strict, and compares the
result with the MkDocs build.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

from project import PROJECT

PROPERDOCS = PROJECT / ".venv-properdocs" / "bin" / "properdocs"


def test_properdocs_builds_the_same_site(tmp_path):
    assert PROPERDOCS.exists(), "missing .venv-properdocs: `make test` installs it"
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "EXPLAINER_PDF": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    built = {}
    for name, command in (
        ("properdocs", [str(PROPERDOCS), "build", "-f", "mkdocs.yml", "--strict"]),
        ("mkdocs", [sys.executable, "-m", "mkdocs", "build", "--strict"]),
    ):
        target = tmp_path / name
        done = subprocess.run(
            [*command, "--site-dir", str(target)], cwd=PROJECT, env=environment, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stdout + done.stderr
        built[name] = target
    files = sorted(path.relative_to(built["mkdocs"]) for path in built["mkdocs"].rglob("*") if path.is_file())
    assert files == sorted(
        path.relative_to(built["properdocs"]) for path in built["properdocs"].rglob("*") if path.is_file()
    )
    different = []
    for relative in files:
        ours, theirs = ((built[name] / relative).read_bytes() for name in ("mkdocs", "properdocs"))
        # The one declared difference: each names itself in <meta name="generator">.
        ours, theirs = (re.sub(rb'<meta name="generator" content="[^"]*">', b"", data) for data in (ours, theirs))
        if ours != theirs:
            different.append(str(relative))
    assert different == []
