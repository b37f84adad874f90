"""Where a build's time goes: per event and per engine processor, then cProfile.

    python benchmarks/profile_build.py CONFIG --mode events    # wall time per event, no profiler
    python benchmarks/profile_build.py CONFIG --mode cprofile --out results/profile-x1

``events`` wraps every hook and plugin event and the engine's Markdown processors
(see `inprocess`) and prints one JSON object. ``cprofile`` runs the build under
cProfile, writes ``OUT.prof`` and ``OUT.txt`` (the functions of ``hooks/`` by
cumulative and by own time, and the whole process's heaviest functions by own time),
and prints the text. Each mode is one fresh process with one build: nothing cached.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import logging
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from inprocess import HOOKS, EventTimes, peak_rss_kb, time_engine_processors, time_events  # noqa: E402


def build(config_file: str, site_dir: str, times: EventTimes | None = None) -> float:
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    start = time.perf_counter()
    config = load_config(config_file=config_file, site_dir=site_dir)
    config.plugins.on_startup(command="build", dirty=False)
    if times is not None:
        time_events(config, times)
        time_engine_processors(times)
    mkdocs_build(config)
    return time.perf_counter() - start


def events_mode(config_file: str) -> None:
    times = EventTimes()
    before = peak_rss_kb()
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as site_dir:
        total = build(config_file, site_dir, times)
    rows = [
        {"name": name, "seconds": seconds, "calls": calls, "peak_raised_mb": raised / 1024}
        for name, seconds, calls, raised in times.rows()
    ]
    peak = peak_rss_kb()
    # What raised the peak outside every timed event: MkDocs reading and rendering pages.
    outside = (peak - before) / 1024 - sum(row["peak_raised_mb"] for row in rows)
    print(
        json.dumps(
            {
                "build_s": total,
                "peak_rss_mb": peak / 1024,
                "rss_before_build_mb": before / 1024,
                "peak_raised_outside_events_mb": outside,
                "rows": rows,
            }
        )
    )


def in_hooks(filename: str) -> bool:
    return os.path.abspath(filename).startswith(str(HOOKS) + os.sep)


def short(filename: str, line: int, name: str) -> str:
    path = os.path.abspath(filename)
    if path.startswith(str(HOOKS) + os.sep):
        path = "hooks/" + os.path.relpath(path, HOOKS)
    elif "site-packages" in path:
        path = path.split("site-packages" + os.sep, 1)[1]
    else:
        path = os.path.basename(path)
    return f"{path}:{line}({name})"


def table(rows: list[tuple], header: str) -> str:
    out = [header, f"{'calls':>10} {'own s':>8} {'cum s':>8}  function"]
    for (filename, line, name), (_cc, calls, own, cumulative, _callers) in rows:
        out.append(f"{calls:>10} {own:>8.3f} {cumulative:>8.3f}  {short(filename, line, name)}")
    return "\n".join(out)


def cprofile_mode(config_file: str, out: str, top: int) -> None:
    profiler = cProfile.Profile()
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as site_dir:
        profiler.enable()
        total = build(config_file, site_dir)
        profiler.disable()
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    profiler.dump_stats(out + ".prof")
    stats = pstats.Stats(profiler, stream=io.StringIO()).stats  # type: ignore[attr-defined]
    items = list(stats.items())
    hooks_items = [item for item in items if in_hooks(item[0][0])]
    hooks_own = sum(item[1][2] for item in hooks_items)
    everything_own = sum(item[1][2] for item in items)
    text = [
        f"cProfile of one build of {config_file} (times are inflated by the profiler).",
        f"build: {total:.2f} s under the profiler; own time in hooks/: {hooks_own:.2f} s "
        f"of {everything_own:.2f} s ({hooks_own / everything_own:.0%})",
        "",
        table(
            sorted(hooks_items, key=lambda item: -item[1][3])[:top], f"Top {top} functions of hooks/ by cumulative time"
        ),
        "",
        table(sorted(hooks_items, key=lambda item: -item[1][2])[:top], f"Top {top} functions of hooks/ by own time"),
        "",
        table(sorted(items, key=lambda item: -item[1][2])[:top], f"Top {top} functions of the whole build by own time"),
    ]
    Path(out + ".txt").write_text("\n".join(text) + "\n", encoding="utf-8")
    print("\n".join(text))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("config")
    parser.add_argument("--mode", choices=("events", "cprofile"), required=True)
    parser.add_argument("--out", default=str(HERE / "results" / "profile"))
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    if args.mode == "events":
        events_mode(args.config)
    else:
        cprofile_mode(args.config, args.out, args.top)


if __name__ == "__main__":
    main()
