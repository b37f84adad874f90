"""Shared fixtures: the project built into a temporary folder, once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from project import PROJECT, Build, copy_project, run_build


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The real project, built once in strict mode into a temporary folder."""
    build = run_build(PROJECT, tmp_path_factory.mktemp("site") / "site", pdf=True)
    assert build.returncode == 0, build.output
    return build


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")
