"""The site's scripts parse in the browsers its readers have, older phones' included."""

from __future__ import annotations

import re
from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent / "overrides" / "assets"


def test_no_script_of_the_site_uses_a_lookbehind_that_older_browsers_refuse():
    # A regular expression with a lookbehind, (?<=…) or (?<!…), is a syntax error in Safari
    # before 16.4 (iPhones that stay on iOS 15): there the whole file is refused, and with it
    # every note card, glossary hover and cite box of the site, not only the one feature.
    scripts = sorted(ASSETS.glob("*.js"))
    assert scripts
    found = [
        f"{script.name}:{number}: {line.strip()}"
        for script in scripts
        for number, line in enumerate(script.read_text(encoding="utf-8").splitlines(), start=1)
        if re.search(r"\(\?<[=!]", line)
    ]
    assert not found, "\n".join(found)
