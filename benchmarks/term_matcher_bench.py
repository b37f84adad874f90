"""The glossary matcher's cost per word of text, as the number of entries grows.

    python benchmarks/term_matcher_bench.py [--sizes 10 100 1000 10000] [--words 20000]

Two fixed texts (generated prose, one naming terms of the largest glossary and one
naming none, cut into paragraphs as the linker sees them: one ``find`` call per text
node), and glossaries
of growing size, each a prefix of the largest, built by the same generator as the
corpora: realistic shapes, so many terms share a first word with ordinary prose
("regional ...", "national ..."). For each size: the time ``TermMatcher.find`` takes
over the whole text, per word (best of 9 runs, the sizes taking turns in a rotating
order); and the same for ``fold_with_offsets`` alone (the part that does not depend on
the glossary). Also the work per word that the matcher lets be seen (`work_per_word`),
and, for a matcher with a compiled automaton, its pass over the prepared text alone
(`pass_ns_per_word`): what is left of ``find`` is the preparing of the text, the same
for every size, and Python's handling of each match. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, os.environ.get("BENCH_HOOKS") or str(HERE.parent / "hooks"))

import synth  # noqa: E402

from explainer.term_matcher import _WORD, TermMatcher, automaton_text, fold_with_offsets  # noqa: E402

SEED = "explainer-bench-matcher"


def work_per_word(matcher: TermMatcher, paragraphs: list[str], words: int) -> dict:
    """What matching does per word of text, as far as the matcher lets it be seen.

    A matcher with a first-word index (``_index``): the candidates each word looks up.
    A matcher that counts its steps (``steps``): per word, the steps Python takes (trie
    steps for the trie of words; for the compiled automaton, the matches it hands back).
    """
    index = getattr(matcher, "_index", None)
    if isinstance(index, dict):
        lengths = [
            len(index.get(token, ())) for paragraph in paragraphs for token in _WORD.findall(paragraph.casefold())
        ]
        return {"work": "candidates", "work_per_word": statistics.fmean(lengths), "work_max": max(lengths)}
    if hasattr(matcher, "steps"):
        before = matcher.steps
        for paragraph in paragraphs:
            for _match in matcher.find(paragraph):
                pass
        work = "trie steps" if hasattr(matcher, "_root") else "Python steps"
        return {"work": work, "work_per_word": (matcher.steps - before) / words, "work_max": None}
    return {"work": "unknown", "work_per_word": None, "work_max": None}


def haystacks(paragraphs: list[str]) -> list[str]:
    """Each paragraph as the compiled automaton reads it (as `TermMatcher.find` prepares it)."""
    return [automaton_text(fold_with_offsets(paragraph)[0])[0] for paragraph in paragraphs]


def automaton_pass(matcher: TermMatcher, prepared: list[str]) -> Callable[[], None] | None:
    """The automaton's pass over the prepared paragraphs alone, if the matcher has one."""
    automaton = getattr(matcher, "_automaton", None)
    if automaton is None or not hasattr(automaton, "find_matches_as_indexes"):
        return None

    def run() -> None:
        for haystack in prepared:
            automaton.find_matches_as_indexes(haystack, overlapping=True)

    return run


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000, 10000])
    parser.add_argument("--words", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()

    sizes, repeat = args.sizes, args.repeat
    largest = synth.make_terms(max(sizes), SEED)
    names = [name for term in largest for name in term.names]
    texts = {
        "with_terms": make_text(synth.Prose(random.Random(f"{SEED}-text"), names, 0.25), args.words),
        "without_terms": make_text(synth.Prose(random.Random(f"{SEED}-text-plain")), args.words),
    }
    report = {"repeat": repeat, "texts": {}}
    for label, paragraphs in texts.items():
        report["texts"][label] = measure(paragraphs, largest, sizes, repeat)
    print(json.dumps(report))


def make_text(prose: synth.Prose, target: int) -> list[str]:
    paragraphs: list[str] = []
    words = 0
    while words < target:
        paragraph = " ".join(prose.paragraph(4))
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    return paragraphs


def measure(paragraphs: list[str], largest: list, sizes: list[int], repeat: int) -> dict:
    words = sum(len(paragraph.split()) for paragraph in paragraphs)
    matchers = {
        size: TermMatcher((name, term.slug) for term in largest[:size] for name in term.names) for size in sorted(sizes)
    }

    def fold_all() -> None:
        for paragraph in paragraphs:
            fold_with_offsets(paragraph)

    def prepare_all() -> None:
        haystacks(paragraphs)

    def find_all(matcher: TermMatcher) -> None:
        for paragraph in paragraphs:
            for _match in matcher.find(paragraph):
                pass

    # The sizes take turns, in a rotating order, as the builds do: the machine is shared
    # and its speed drifts, and a drift during one size's runs would read as growth.
    prepared = haystacks(paragraphs)
    runs: list[tuple[object, Callable[[], None]]] = [("fold", fold_all), ("prepare", prepare_all)]
    runs += [(size, functools.partial(find_all, matcher)) for size, matcher in matchers.items()]
    passes = {size: automaton_pass(matcher, prepared) for size, matcher in matchers.items()}
    runs += [(("pass", size), run) for size, run in passes.items() if run is not None]
    times: dict[object, list[float]] = {name: [] for name, _run in runs}
    for repetition in range(repeat):
        turn = repetition % len(runs)
        for name, run in runs[turn:] + runs[:turn]:
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)

    results = []
    for size, matcher in matchers.items():
        found = sum(1 for paragraph in paragraphs for _ in matcher.find(paragraph))
        results.append(
            {
                "entries": size,
                "names": sum(len(term.names) for term in largest[:size]),
                "matches": found,
                "best_s": min(times[size]),
                "median_s": statistics.median(times[size]),
                "max_s": max(times[size]),
                # Best of the repetitions: the machine is shared, and a microbenchmark's
                # noise only ever adds time.
                "ns_per_word": min(times[size]) / words * 1e9,
                "pass_ns_per_word": min(times[("pass", size)]) / words * 1e9 if ("pass", size) in times else None,
                **work_per_word(matcher, paragraphs, words),
            }
        )
    return {
        "words": words,
        "paragraphs": len(paragraphs),
        "fold_ns_per_word": min(times["fold"]) / words * 1e9,
        "prepare_ns_per_word": min(times["prepare"]) / words * 1e9,
        "sizes": results,
    }


if __name__ == "__main__":
    main()
