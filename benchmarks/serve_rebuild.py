"""The rebuild `mkdocs serve` does after a one-page edit, timed in one process.

    python benchmarks/serve_rebuild.py CONFIG PAGE [--touch-bib BIB]

As ``mkdocs serve`` does: load the configuration, run ``on_startup(command="serve")``,
build; then, after an edit, load the configuration again and build again in the same
process. Hook modules are loaded once per process (MkDocs caches them), so what they
keep at module level (the parsed BibTeX) survives the rebuild, as it does in serve.

The edit appends a sentence to PAGE and is undone at the end. With ``--touch-bib``, a
third build follows a change of the BibTeX file's modification time, to show that a
changed file is parsed again. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inprocess import count_bib_loads

SERVE_URL = "http://127.0.0.1:8000/"


def peak_rss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def build_once(config_file: str, site_dir: str, *, startup: bool) -> float:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    start = time.perf_counter()
    config = load_config(config_file=config_file, site_dir=site_dir)
    if startup:
        config.plugins.on_startup(command="serve", dirty=False)
    config.site_url = SERVE_URL
    build(config, serve_url=SERVE_URL, dirty=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("config")
    parser.add_argument("page", help="the page to edit, relative to the config's docs_dir")
    parser.add_argument("--docs-dir", default="docs")
    parser.add_argument("--touch-bib", default=None)
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)

    counter = count_bib_loads() if args.touch_bib else None
    site_dir = tempfile.mkdtemp(prefix="bench-serve-")
    page = Path(args.config).resolve().parent / args.docs_dir / args.page
    original = page.read_bytes()
    result: dict = {}
    try:
        result["first_build_s"] = build_once(args.config, site_dir, startup=True)
        result["rss_after_first_kb"] = peak_rss_kb()
        loads = [counter.calls] if counter else []

        page.write_bytes(original + b"\n\nAn edited sentence, as an editor would add one.\n")
        result["rebuild_s"] = build_once(args.config, site_dir, startup=False)
        result["rss_after_rebuild_kb"] = peak_rss_kb()
        if counter:
            loads.append(counter.calls)

        if args.touch_bib:
            bib = Path(args.touch_bib)
            stat = bib.stat()
            os.utime(bib, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
            result["rebuild_after_bib_change_s"] = build_once(args.config, site_dir, startup=False)
            loads.append(counter.calls if counter else 0)
            os.utime(bib, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        if counter:
            result["bib_loads_after_each_build"] = loads
    finally:
        page.write_bytes(original)
        shutil.rmtree(site_dir, ignore_errors=True)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
