"""Large freed blocks leave the process: the allocator setting, and the option that turns it off."""

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
