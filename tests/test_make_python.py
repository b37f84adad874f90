"""`make` on a machine whose Python is not what the pins need, or no longer there."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from project import PROJECT


def _makefile_folder(folder: Path) -> Path:
    for name in ("Makefile", "requirements.txt"):
        (folder / name).write_bytes((PROJECT / name).read_bytes())
    return folder


def test_a_venv_whose_python_was_removed_is_made_again(tmp_path: Path):
    # When the Python that made .venv is removed (an upgrade), its links lead nowhere: make
    # ran `python3 -m venv .venv` on it, which stopped on "No such file or directory:
    # '.venv/bin/python3'", and so did every run after it.
    project = _makefile_folder(tmp_path)
    (project / ".venv" / "bin").mkdir(parents=True)
    for name in ("python", "python3"):
        (project / ".venv" / "bin" / name).symlink_to(tmp_path / "removed" / "python3.11")
    # The venv only: the install that follows it is pip's.
    done = subprocess.run(
        ["make", ".venv/bin/python", f"PYTHON={sys.executable}"], cwd=project, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    ran = subprocess.run([project / ".venv" / "bin" / "python", "-c", "print('runs')"], capture_output=True, text=True)
    assert ran.stdout == "runs\n"
