"""`make` on a machine whose Python is not what the pins need, or no longer there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from project import PROJECT

#: A Python 3.10, as Ubuntu 22.04 has: it answers `--version`, and fails the version check.
PYTHON_3_10 = '#!/bin/sh\nif [ "$1" = "--version" ]; then echo "Python 3.10.12"; exit 0; fi\nexit 1\n'


def _makefile_folder(folder: Path) -> Path:
    for name in ("Makefile", "requirements.txt"):
        (folder / name).write_bytes((PROJECT / name).read_bytes())
    return folder


def _fake_python(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PYTHON_3_10)
    path.chmod(0o755)
    return path


def test_an_old_python_is_named_before_any_venv_is_made(tmp_path: Path):
    # pip tried to install into a 3.10 venv and listed hundreds of versions of
    # mkdocs-material it could not use; the venv stayed, so a rerun with PYTHON= failed too.
    project = _makefile_folder(tmp_path)
    python = _fake_python(tmp_path / "bin" / "python3")
    done = subprocess.run(["make", "serve", f"PYTHON={python}"], cwd=project, capture_output=True, text=True)
    assert done.returncode != 0
    assert f"{python} is Python 3.10.12, and the site needs Python 3.11 or newer" in done.stderr
    assert "make serve PYTHON=python3.12" in done.stderr
    assert not (project / ".venv").exists()


def test_a_venv_an_old_python_made_is_named_with_how_to_make_it_again(tmp_path: Path):
    project = _makefile_folder(tmp_path)
    _fake_python(project / ".venv" / "bin" / "python")
    done = subprocess.run(["make", "build"], cwd=project, capture_output=True, text=True)
    assert done.returncode != 0
    assert ".venv was made with Python 3.10.12, and the site needs Python 3.11 or newer" in done.stderr
    assert "rm -rf .venv && make build PYTHON=python3.12" in done.stderr
    assert "pip" not in done.stdout + done.stderr


def test_a_venv_whose_python_was_removed_is_made_again(tmp_path: Path):
    # When the Python that made .venv is removed (an upgrade), its links lead nowhere: make
    # ran `python3 -m venv .venv` on it, which stopped on "No such file or directory:
    # '.venv/bin/python3'", and so did every run after it.
    project = _makefile_folder(tmp_path)
    (project / "requirements.txt").write_text("# nothing to install: this is about the venv\n")
    os.utime(project / "requirements.txt", (0, 0))
    (project / ".venv" / "bin").mkdir(parents=True)
    (project / ".venv" / ".site-installed").touch()  # the old venv's install stamp
    for name in ("python", "python3"):
        (project / ".venv" / "bin" / name).symlink_to(tmp_path / "removed" / "python3.11")
    done = subprocess.run(
        ["make", ".venv/.site-installed", f"PYTHON={sys.executable}"], cwd=project, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert ".venv/bin/python -m pip install" in done.stdout  # installed again, in the same run
    ran = subprocess.run([project / ".venv" / "bin" / "python", "-c", "print('runs')"], capture_output=True, text=True)
    assert ran.stdout == "runs\n"


def test_a_venv_killed_before_it_had_pip_gets_pip_back(tmp_path: Path):
    # A venv whose making was killed (SIGKILL, a machine out of memory) has its Python but no
    # pip, and make saw .venv/bin/python, so every run stopped on "No module named pip".
    project = _makefile_folder(tmp_path)
    (project / "requirements.txt").write_text("# nothing to install: this is about pip itself\n")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", project / ".venv"], check=True)
    done = subprocess.run(["make", ".venv/.site-installed"], cwd=project, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No module named pip" not in done.stderr
    pip = subprocess.run(
        [project / ".venv" / "bin" / "python", "-m", "pip", "--version"], capture_output=True, text=True
    )
    assert pip.returncode == 0, pip.stderr


def test_the_properdocs_venv_whose_python_was_removed_is_made_again(tmp_path: Path):
    # Made by the same Python as .venv, it loses it in the same upgrade: its install stamp
    # kept make from looking, and test_properdocs failed on a Python that is not there.
    project = _makefile_folder(tmp_path)
    for name in ("requirements.txt", "requirements-properdocs.txt"):
        (project / name).write_text("# nothing to install: this is about the venv\n")
        os.utime(project / name, (0, 0))
    (project / ".venv-properdocs" / "bin").mkdir(parents=True)
    (project / ".venv-properdocs" / ".installed").touch()  # the old venv's install stamp
    for name in ("python", "python3"):
        (project / ".venv-properdocs" / "bin" / name).symlink_to(tmp_path / "removed" / "python3.11")
    done = subprocess.run(
        ["make", ".venv-properdocs/.installed", f"PYTHON={sys.executable}"],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert ".venv-properdocs/bin/python -m pip install" in done.stdout  # installed again, in the same run
    python = project / ".venv-properdocs" / "bin" / "python"
    assert subprocess.run([python, "-c", "print('runs')"], capture_output=True, text=True).stdout == "runs\n"
    again = subprocess.run(["make", ".venv-properdocs/.installed"], cwd=project, capture_output=True, text=True)
    assert "is up to date" in again.stdout  # a venv that runs is left as it is
