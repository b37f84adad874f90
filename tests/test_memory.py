"""Large freed blocks leave the process: the allocator setting, and the option that turns it off;
what the process holds as it exits is left to the system."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from project import copy_project

from explainer import allocator
from explainer.allocator import is_glibc

HOOKS = Path(__file__).resolve().parent.parent / "hooks"

#: Frees one large block (glibc then raises its threshold to that size unless it is fixed),
#: makes 64 blocks of 1 MiB and frees all but the last made, then prints how much of the
#: 64 MiB the process still holds.
CHURN = """
def resident_mib():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096 / 2**20

before = resident_mib()
first = "a" * (2 << 20)
del first
blocks = ["b" * (1 << 20) + str(number) for number in range(64)]
del blocks[:-1]
print(round(resident_mib() - before))
"""


def retained_mib(setup: str) -> int:
    script = f"import sys\nsys.path.insert(0, {str(HOOKS)!r})\n" + textwrap.dedent(setup) + CHURN
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return int(done.stdout.split()[-1])


def test_this_machine_runs_glibc():
    # The project's Linux targets use glibc; elsewhere the setting is a no-op, tested below.
    assert is_glibc()


def test_freed_large_blocks_go_back_to_the_system():
    held_by_default = retained_mib("")
    held_with_setting = retained_mib(
        """
        from explainer.allocator import return_large_blocks_to_system
        assert return_large_blocks_to_system()
        """
    )
    assert held_by_default > 32  # glibc kept most of the freed 63 MiB for reuse
    assert held_with_setting < 8


def test_the_hook_applies_it_unless_the_option_turns_it_off(tmp_path):
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    off = project / "mkdocs-off.yml"
    off.write_text(
        config.read_text(encoding="utf-8").replace(
            "\n  explainer:\n", "\n  explainer:\n    return_freed_memory: false\n", 1
        ),
        encoding="utf-8",
    )
    assert "return_freed_memory: false" in off.read_text(encoding="utf-8")
    configure = """
        from mkdocs.config import load_config
        config = load_config({path!r})
        config.plugins.on_config(config)
        """
    assert retained_mib(configure.format(path=str(config))) < 8
    assert retained_mib(configure.format(path=str(off))) > 32


def test_elsewhere_it_changes_nothing(monkeypatch):

    def no_glibc(name: str) -> str:
        raise ValueError(name)

    monkeypatch.setattr(os, "confstr", no_glibc)
    assert not allocator.is_glibc()
    assert not allocator.return_large_blocks_to_system()


#: Builds the project, then leaves a cycle of objects that only the collector would free
#: (and that says so when it is freed), as a build leaves the pages and templates.
BUILD_THEN_LEAVE_A_CYCLE = """
import gc, os, sys
from mkdocs.commands.build import build
from mkdocs.config import load_config


class Cycle:
    def __del__(self, write=os.write):
        write(1, b"collected\\n")


for rebuild in range(2):  # as `mkdocs serve` builds again
    config = load_config(config_file="mkdocs.yml", site_dir=sys.argv[1])
    config.plugins.on_startup(command="serve", dirty=False)
    build(config)
gc.disable()  # only the collections of Python's exit may find it
cycle = Cycle()
cycle.itself = cycle
del cycle
print("built", flush=True)
"""


def test_what_the_build_s_process_holds_as_it_exits_is_not_collected(tmp_path):
    # Python's exit collected every page, template and module the build held, only for
    # the system to take the whole process back: 51 ms on the article, after the site was
    # written (benchmarks/HISTORY.md, session 33).
    project = copy_project(tmp_path / "project")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "EXPLAINER_PDF": "0"}
    command = [sys.executable, "-c", BUILD_THEN_LEAVE_A_CYCLE, str(tmp_path / "site")]
    done = subprocess.run(command, cwd=project, capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split() == ["built"]
    assert (tmp_path / "site" / "index.html").is_file()
