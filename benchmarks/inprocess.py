"""Instruments for builds run inside one Python process (the rebuild and the profile).

- `count_bib_loads` wraps ``explainer.bibtex.begin_load``, which starts parsing BibTeX
  files, so a run can show how often a build parses them.
- `time_events` wraps every plugin and hook event MkDocs will run, and the engine's
  Python-Markdown processors, and adds up the wall time of each, without a profiler's
  overhead. Times are inclusive: a processor that runs others counts them too.
"""

from __future__ import annotations

import functools
import os
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
#: The hooks under measurement: the runner's snapshot (``BENCH_HOOKS``), else the live ``hooks/``.
HOOKS = Path(os.environ.get("BENCH_HOOKS") or PROJECT / "hooks").resolve()


class Counter:
    def __init__(self) -> None:
        self.calls = 0


def count_bib_loads() -> Counter | None:
    """Count calls of ``explainer.bibtex.begin_load`` from now on (None if the engine is absent).

    Large files are parsed in a forked process, where a wrapper of ``load`` would count in
    the child's memory; ``begin_load`` is called in the build's process for every parse.
    """
    if str(HOOKS) not in sys.path:
        sys.path.insert(0, str(HOOKS))
    try:
        import explainer.bibtex as bibtex
    except ImportError:
        return None
    counter = Counter()
    original = bibtex.begin_load

    @functools.wraps(original)
    def counted(*args, **kwargs):
        counter.calls += 1
        return original(*args, **kwargs)

    bibtex.begin_load = counted
    return counter


def peak_rss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class EventTimes:
    """Wall time per (origin, event) and per engine Markdown processor, over one or more builds.

    Also how much each one raised the process's peak resident memory: the peak only
    grows, so the events that raise it are the ones that set the build's peak.
    """

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self.peak_raised_kb: dict[str, int] = defaultdict(int)

    def add(self, name: str, seconds: float, raised_kb: int = 0) -> None:
        self.seconds[name] += seconds
        self.calls[name] += 1
        self.peak_raised_kb[name] += raised_kb

    def timed(self, name: str, function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            peak = peak_rss_kb()
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.add(name, time.perf_counter() - start, peak_rss_kb() - peak)

        return wrapper

    def rows(self) -> list[tuple[str, float, int, int]]:
        return sorted(
            ((name, self.seconds[name], self.calls[name], self.peak_raised_kb[name]) for name in self.seconds),
            key=lambda row: -row[1],
        )


def time_events(config, times: EventTimes) -> None:
    """Wrap every event callback of ``config.plugins`` (hooks and plugins alike)."""
    plugins = config.plugins
    for event, methods in plugins.events.items():
        for index, method in enumerate(methods):
            origin = plugins._event_origins.get(method, "<unknown>")
            wrapper = times.timed(f"{short_origin(origin)}.{event}", method)
            methods[index] = wrapper
            plugins._event_origins[wrapper] = origin


def short_origin(origin: str) -> str:
    return Path(origin).stem if origin.endswith(".py") else origin


def time_engine_processors(times: EventTimes) -> None:
    """Wrap the run/handleMatch/test methods of the engine's Markdown processors (once per process)."""
    from markdown.blockprocessors import BlockProcessor
    from markdown.inlinepatterns import InlineProcessor
    from markdown.postprocessors import Postprocessor
    from markdown.preprocessors import Preprocessor
    from markdown.treeprocessors import Treeprocessor

    bases = (BlockProcessor, InlineProcessor, Postprocessor, Preprocessor, Treeprocessor)
    for name, module in list(sys.modules.items()):
        if not name.startswith("explainer.") or module is None:
            continue
        for attribute in list(vars(module).values()):
            if not (isinstance(attribute, type) and issubclass(attribute, bases)):
                continue
            if attribute.__module__ != name or getattr(attribute, "_bench_timed", False):
                continue
            for method in ("run", "handleMatch", "test"):
                if method in vars(attribute):
                    setattr(
                        attribute,
                        method,
                        times.timed(f"markdown:{attribute.__name__}.{method}", vars(attribute)[method]),
                    )
            attribute._bench_timed = True
