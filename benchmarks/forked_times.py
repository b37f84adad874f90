"""The CPU of a build's own process and of each process it forks, and how long the build waits for each.

    python benchmarks/forked_times.py CONFIG --builds 5     # medians of five builds, one process each
    python benchmarks/forked_times.py CONFIG --one          # one build in this process: one JSON line

On a machine shared with other work, wall times measure the load; CPU times much less
so. Each build runs in a fresh process with the engine's ``forked`` module wrapped: every
child notes its own CPU (``getrusage``) and when it started and ended, in a file they all
append to, and the build adds up the time it spends in `Forked.get`,
`ForkedAccumulator.result` and `ForkedPrepared.result`, by child. ``run_delay`` is the
time the build's process was ready to run but waited for a core (``/proc/self/schedstat``):
the machine's load, not the hooks. A child the build stops once it has its result
(``close``) may end before it notes itself. A `ForkedPrepared` child writes its first
stream of parts itself: its two lines (``prepare`` and that stream's) are one process,
the second's CPU counting the first's.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from inprocess import HOOKS  # noqa: E402

START = time.monotonic()


def _name(function: object) -> str:
    return getattr(function, "__qualname__", type(function).__name__)


def _instrument(children_log: int) -> dict[str, list[float]]:
    """Wrap the ``forked`` module: each child notes itself in ``children_log``; the build's waits are returned."""
    if str(HOOKS) not in sys.path:
        sys.path.insert(0, str(HOOKS))
    import explainer.forked as forked

    def noted(label_of, target):
        @functools.wraps(target)
        def child(*args):
            started = time.monotonic()
            try:
                target(*args)
            finally:
                usage = resource.getrusage(resource.RUSAGE_SELF)
                record = {
                    "child": label_of(*args),
                    "start_s": started - START,
                    "end_s": time.monotonic() - START,
                    "user_s": usage.ru_utime,
                    "sys_s": usage.ru_stime,
                }
                os.write(children_log, (json.dumps(record) + "\n").encode())

        return child

    forked._work_through = noted(lambda keys, work, *_: f"{_name(work)} ({len(keys)})", forked._work_through)
    forked._accumulate = noted(lambda handle, *_: _name(handle), forked._accumulate)
    forked._prepare_then_write = noted(lambda prepare, *_: _name(prepare), forked._prepare_then_write)

    waits: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])

    def waited(kind: str, method):
        @functools.wraps(method)
        def wrapper(self, *args):
            started = time.perf_counter()
            try:
                return method(self, *args)
            finally:
                row = waits[f"{kind} {getattr(self, '_bench_label', '')}".strip()]
                row[0] += time.perf_counter() - started
                row[1] += 1

        return wrapper

    made = forked.Forked.__init__

    @functools.wraps(made)
    def labelled(self, keys, work, **options):
        self._bench_label = _name(work)
        made(self, keys, work, **options)

    forked.Forked.__init__ = labelled
    receiving = forked.Forked.receiving.__func__

    def labelled_parts(cls, keys, connection):
        parts = receiving(cls, keys, connection)
        parts._bench_label = f"a ForkedPrepared's parts ({len(keys)})"
        return parts

    forked.Forked.receiving = classmethod(labelled_parts)
    forked.Forked.get = waited("Forked.get", forked.Forked.get)
    forked.ForkedAccumulator.result = waited("ForkedAccumulator.result", forked.ForkedAccumulator.result)
    forked.ForkedPrepared.result = waited("ForkedPrepared.result", forked.ForkedPrepared.result)
    return waits


def one_build(config_file: str) -> dict:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    descriptor, children_path = tempfile.mkstemp(prefix="bench-children-", suffix=".jsonl")
    waits = _instrument(descriptor)
    with tempfile.TemporaryDirectory(prefix="bench-forked-") as site_dir:
        config = load_config(config_file=config_file, site_dir=site_dir)
        config.plugins.on_startup(command="build", dirty=False)
        build(config)
    wall = time.monotonic() - START
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    os.close(descriptor)
    with open(children_path, encoding="utf-8") as lines:
        each_child = [json.loads(line) for line in lines]
    os.unlink(children_path)
    with open("/proc/self/schedstat", encoding="ascii") as schedstat:
        run_delay = int(schedstat.read().split()[1]) / 1e9
    return {
        "wall_s": wall,
        "build_cpu_s": own.ru_utime + own.ru_stime,
        "children_cpu_s": children.ru_utime + children.ru_stime,
        "run_delay_s": run_delay,
        "load": os.getloadavg()[0],
        "children": each_child,
        "waits": {name: {"seconds": seconds, "calls": int(calls)} for name, (seconds, calls) in waits.items()},
    }


def medians(config_file: str, builds: int) -> None:
    samples = []
    for _ in range(builds):
        command = [sys.executable, __file__, config_file, "--one"]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        samples.append(json.loads(done.stdout.strip().splitlines()[-1]))

    def median(values) -> float:
        return statistics.median(list(values))

    print(f"{builds} builds of {config_file}, medians [min-max]; load {median(s['load'] for s in samples):.1f}")
    for key in ("wall_s", "build_cpu_s", "children_cpu_s", "run_delay_s"):
        values = [sample[key] for sample in samples]
        print(f"  {key:<16} {median(values):7.3f} [{min(values):.3f}-{max(values):.3f}]")
    print("  each child: CPU (user+sys), start and end (s from the build's start)")
    for child in sorted({c["child"] for s in samples for c in s["children"]}):
        rows = [c for s in samples for c in s["children"] if c["child"] == child]
        cpu = median(c["user_s"] + c["sys_s"] for c in rows)
        start, end = median(c["start_s"] for c in rows), median(c["end_s"] for c in rows)
        print(f"    {child[:60]:<60} {cpu:6.3f}  {start:6.2f} to {end:6.2f}  ({len(rows)} of {builds})")
    print("  the build's waits: seconds, calls")
    for name in sorted({name for s in samples for name in s["waits"]}):
        seconds = median(s["waits"].get(name, {"seconds": 0.0})["seconds"] for s in samples)
        calls = max(s["waits"].get(name, {"calls": 0})["calls"] for s in samples)
        print(f"    {name[:60]:<60} {seconds:6.3f}  {calls}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("config")
    parser.add_argument("--builds", type=int, default=5)
    parser.add_argument("--one", action="store_true", help="one build in this process, printed as JSON")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_build(args.config)))
    else:
        medians(args.config, args.builds)


if __name__ == "__main__":
    main()
