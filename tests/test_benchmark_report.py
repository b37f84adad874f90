"""The benchmark's report judges the budget from the numbers it is given, and says how.

No build runs here: the runner's verdicts are read from a results dict shaped as a run
writes it, so a change to the report cannot quietly change what PASS means.
"""

from __future__ import annotations

import importlib.util
import re
import sys

import pytest
from project import PROJECT


@pytest.fixture(scope="module")
def run():
    path = PROJECT / "benchmarks" / "run.py"
    spec = importlib.util.spec_from_file_location("benchmark_run", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["benchmark_run"] = module
    spec.loader.exec_module(module)
    return module


def timed(median: float, rss: float = 50.0) -> dict:
    return {"n": 3, "median_s": median, "min_s": median, "max_s": median, "cpu_median_s": median, "max_rss_mb": rss}


def results(**x16: dict) -> dict:
    return {
        "article": {"hooks": timed(1.0, 38), "plain": timed(1.0, 37)},
        "x1": {
            "hooks": timed(2.0),
            "plain": timed(1.8),
            "bibtex-plain": timed(9.0),
            "bibtex-csl": timed(60.0),
            "bibtex-plain+full": timed(10.0),
            "bibtex-csl+full": timed(5.0),
        },
        "x16": {"hooks": timed(40.0, 275), "plain": timed(30.0, 234), **x16},
    }


def line(lines: list[str], start: str) -> str:
    found = [text for text in lines if start in text]
    assert len(found) == 1, (start, lines)
    return found[0]


def test_growth_to_16x_is_read_against_the_1x_builds_made_beside_it(run):
    lines, _verdicts = run.budgets(results(**{"hooks@x1": timed(2.5), "plain@x1": timed(2.0)}))
    judged = line(lines, "16x corpus build vs 1x (linear)")
    assert judged.startswith("PASS") and "right after a 16x one: 16.00x" in judged  # 40 / 2.5
    info = line(lines, "16x corpus build vs the 1x case's builds")
    assert info.startswith("INFO") and "20.00x" in info and "15.00x" in info  # 40 / 2.0 and plain's 30 / 2.0


def test_without_builds_beside_it_growth_is_read_against_the_1x_case(run):
    lines, _verdicts = run.budgets(results())
    judged = line(lines, "16x corpus build vs 1x (linear)")
    assert judged.startswith("FAIL") and "20.00x" in judged and "right after" not in judged


def test_mkdocs_bibtex_with_its_full_bibliography_is_reported_not_judged(run):
    lines, verdicts = run.budgets(results())
    assert line(lines, "faster than mkdocs-bibtex CSL mode (1x)").startswith("PASS")  # 60 / 2 = 30x
    info = line(lines, "faster than mkdocs-bibtex CSL mode with every source")
    assert info.startswith("INFO") and "2.50x" in info and "does not hold" in info
    assert len(verdicts) == sum(1 for text in lines if text.startswith(("PASS", "FAIL")))


def test_a_run_whose_hooks_read_faster_than_plain_divides_by_no_negative_cost(run):
    data = results()
    data["x1"]["hooks"] = timed(1.5)  # plain 1.8 s: noise
    text = "\n".join(run.ratios_text(data))
    assert "not comparable with the hooks'" in text
    assert not re.search(r"is +-[0-9]", text)  # no "is -35.05x the hooks'"


def rounds_of(*seconds: float, rounds: list[int] | None = None) -> dict:
    entry = timed(sorted(seconds)[len(seconds) // 2])
    entry.update(samples_s=list(seconds), rounds=rounds if rounds is not None else list(range(len(seconds))))
    return entry


def test_hooks_and_plain_run_back_to_back_in_every_round_first_one_then_the_other(run):
    variants = [run.Variant(name, [], PROJECT) for name in ("hooks", "plain", "plain+cache", "csl", "bibtex")]
    orders = [[variant.name for variant in run.round_order(variants, index)] for index in range(4)]
    assert [order[:2] for order in orders] == [["hooks", "plain"], ["plain", "hooks"]] * 2
    assert [order[2] for order in orders] == ["plain+cache", "csl", "bibtex", "plain+cache"]
    assert all(sorted(order) == sorted(variant.name for variant in variants) for order in orders)


def test_the_1x_line_reads_the_median_of_the_rounds_ratios_not_a_ratio_of_medians(run):
    data = results()
    # A slow minute in the third round: its plain build read 1.5 s and its hooks 2.2 s.
    data["x1"]["hooks"] = rounds_of(2.0, 3.0, 2.2)
    data["x1"]["plain"] = rounds_of(1.9, 2.9, 1.5)
    lines, _verdicts = run.budgets(data)
    judged = line(lines, "1x corpus build vs plain MkDocs, median of 3 rounds")
    assert judged.startswith("PASS") and "1.05x" in judged  # 2.0 / 1.9, 3.0 / 2.9, 2.2 / 1.5
    info = line(lines, "INFO  1x corpus build vs plain MkDocs: rounds' ratios")
    assert "1.03x to 1.47x" in info and "two medians 1.16x" in info  # 2.2 / 1.9


def test_rounds_missing_from_one_side_are_left_out_and_builds_beside_pair_in_order(run):
    data = {
        "x1": {"hooks": rounds_of(2.0, 4.0, rounds=[0, 2]), "plain": rounds_of(1.0, 9.0, 2.0, rounds=[0, 1, 2])},
        "x16": {
            "hooks@x1": rounds_of(3.0, 3.3, 6.0, rounds=[0, 0, 1]),
            "plain@x1": rounds_of(2.0, 3.0, 3.0, rounds=[0, 0, 1]),
        },
    }
    assert run.round_ratios(data, "x1", "hooks", "plain") == [2.0, 2.0]
    assert run.round_ratios(data, "x16", "hooks@x1", "plain@x1") == pytest.approx([1.5, 1.1, 2.0])


def test_without_rounds_the_line_falls_back_to_the_ratio_of_medians(run):
    lines, _verdicts = run.budgets(results())
    judged = line(lines, "1x corpus build vs plain MkDocs")
    assert judged.startswith("PASS") and "1.11x" in judged and "rounds" not in judged  # 2.0 / 1.8


def matcher_sizes(find: tuple[float, float], automaton_pass: tuple[float, float], found: float) -> dict:
    return {
        "words": 20000,
        "prepare_ns_per_word": 70.0,
        "sizes": [
            {"entries": 10, "matches": 0, "ns_per_word": find[0], "pass_ns_per_word": automaton_pass[0],
             "work": "Python steps", "work_per_word": 0.0},
            {"entries": 10000, "matches": 1500, "ns_per_word": find[1], "pass_ns_per_word": automaton_pass[1],
             "work": "Python steps", "work_per_word": found},
        ],
    }  # fmt: skip


def test_the_matcher_line_judges_find_and_says_how_much_of_its_growth_is_the_automatons_pass(run):
    # find: 100 -> 200 ns per word; its pass: 25 -> 50; preparing: 70; so the rest is 5 -> 80 ns,
    # 75 ns per word more over 0.1 matches handed back per word: 750 ns each.
    text = matcher_sizes((100.0, 200.0), (25.0, 50.0), 0.1)
    lines, _verdicts = run.budgets({"matcher": {"texts": {"with_terms": text}}})
    judged = line(lines, "glossary matcher time per word, 10000 vs 10 entries")
    assert judged.startswith("FAIL") and "2.00x" in judged
    info = line(lines, "the matcher's compiled pass alone")
    assert info.startswith("INFO") and "2.00x (25 to 50 ns per word)" in info
    assert "5 to 80 ns per word" in info and "about 750 ns for each of the 2000" in info


def test_a_matcher_without_an_automaton_is_judged_with_no_account_of_its_pass(run):
    text = matcher_sizes((100.0, 120.0), (0.0, 0.0), 0.1)
    for size in text["sizes"]:
        size["pass_ns_per_word"] = None
    lines, _verdicts = run.budgets({"matcher": {"texts": {"with_terms": text}}})
    assert line(lines, "glossary matcher time per word").startswith("PASS")
    assert not [text for text in lines if "compiled pass alone" in text]


def test_the_matcher_benchmark_times_the_automatons_pass_for_every_size():
    import json
    import subprocess

    done = subprocess.run(
        [sys.executable, str(PROJECT / "benchmarks" / "term_matcher_bench.py"), "--sizes", "10", "100",
         "--words", "600", "--repeat", "1"],
        capture_output=True, text=True, check=True, cwd=PROJECT,
    )  # fmt: skip
    for text in json.loads(done.stdout)["texts"].values():
        assert text["prepare_ns_per_word"] > 0
        assert [size["entries"] for size in text["sizes"]] == [10, 100]
        assert all(size["pass_ns_per_word"] > 0 for size in text["sizes"])


def samples_by_round(samples: list[float], rounds: list[int]) -> dict:
    return {**timed(sorted(samples)[len(samples) // 2]), "n": len(samples), "samples_s": samples, "rounds": rounds}


def test_growth_to_16x_is_the_median_of_each_rounds_16x_build_over_the_1x_builds_right_after_it(run):
    # The machine slows down through the run: round by round, the 16x build takes 16x, 17x
    # and 16x the 1x builds beside it, but the median 16x build (17 s) over the median
    # 1x build (1 s) reads 17x.
    x16 = {
        "hooks": samples_by_round([16.0, 17.0, 32.0], [0, 1, 2]),
        "hooks@x1": samples_by_round([1.0, 1.0, 1.0, 1.0, 1.0, 2.0, 2.0, 2.0, 2.0], [0, 0, 0, 1, 1, 1, 2, 2, 2]),
        "plain": samples_by_round([14.0, 26.0, 35.0], [0, 1, 2]),
        "plain@x1": samples_by_round([1.0] * 3 + [2.0] * 3 + [2.5] * 3, [0, 0, 0, 1, 1, 1, 2, 2, 2]),
    }
    lines, _verdicts = run.budgets(results(**x16))
    judged = line(lines, "16x corpus build vs 1x (linear), median of 3 rounds'")
    assert judged.startswith("PASS") and ": 16.00x" in judged
    spread = line(lines, "16x corpus build vs 1x (linear): rounds' ratios")
    assert "16.00x to 17.00x" in spread and "ratio of the two medians 17.00x" in spread
    assert "plain MkDocs' own growth, each 1x build right after a 16x one: 14.00x" in line(lines, "minutes apart")


def test_the_1x_corpus_is_input_an_editor_could_write_it_builds_strictly(tmp_path, monkeypatch):
    # A corpus whose build warns measures nothing: the benchmark's strict builds fail on it
    # (its glossary once gave a term's own name, title-cased, as its alias).
    import os
    import subprocess

    monkeypatch.syspath_prepend(str(PROJECT / "benchmarks"))  # the generator's own modules
    spec = importlib.util.spec_from_file_location("benchmark_generate", PROJECT / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    monkeypatch.setattr(generate, "CORPORA", tmp_path)
    corpus = generate.write_corpus(1)
    env = {**os.environ, "EXPLAINER_PDF": "0", "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "mkdocs-hooks.yml", "-d", str(tmp_path / "s")]
    build = subprocess.run(command, cwd=corpus, env=env, capture_output=True, text=True, timeout=600)
    assert build.returncode == 0 and "WARNING" not in build.stderr, build.stderr[-3000:]
