"""A failed `mkdocs build` or `mkdocs gh-deploy` leaves the folder an editor publishes from as it was.

MkDocs would empty the site's folder as the build starts, and a strict build stops on
its warnings only once the new site is written over the old one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from project import copy_project, edit, run_build
from test_new_article import new_article

#: A site as a previous build left it: pages, a folder, and a hidden file of the publisher's.
OLD_SITE = {
    "index.html": "<p>The site as it was published.</p>",
    "stale/index.html": "<p>A page the sources no longer have.</p>",
    ".git/HEAD": "ref: refs/heads/gh-pages\n",
}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    project = copy_project(tmp_path / "project")
    for name, text in OLD_SITE.items():
        (project / "site" / name).parent.mkdir(parents=True, exist_ok=True)
        (project / "site" / name).write_text(text, encoding="utf-8")
    return project


def files_in(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def break_a_link(project: Path) -> None:
    edit(project / "docs" / "conclusion.md", "\n\n", "\n\nSee [the annex](annex.md).\n\n")


def test_a_strict_build_that_warns_leaves_the_old_site_byte_for_byte(project):
    break_a_link(project)
    before = files_in(project / "site")
    folders = sorted(path.name for path in project.iterdir())
    build = run_build(project, project / "site")
    assert build.returncode != 0
    assert "contains a link 'annex.md'" in build.output
    assert "Aborted with 1 warnings in strict mode" in build.output
    assert f"Building documentation to directory: {project / 'site'}\n" in build.output
    assert files_in(project / "site") == before
    assert sorted(path.name for path in project.iterdir()) == folders  # no folder of the failed build left


def test_a_build_that_an_error_stops_leaves_the_old_site(project):
    edit(project / "docs" / "conclusion.md", "[@ambrosio2016sco]", "[@ambrosio2016scoo]")
    before = files_in(project / "site")
    folders = sorted(path.name for path in project.iterdir())
    build = run_build(project, project / "site", strict=False)
    assert build.returncode != 0
    assert "unknown citation key 'ambrosio2016scoo'" in build.output
    assert files_in(project / "site") == before
    assert sorted(path.name for path in project.iterdir()) == folders


def test_a_strict_build_that_passes_replaces_the_site_given_by_a_relative_path(project):
    folders = sorted(path.name for path in project.iterdir())
    build = run_build(project, Path("site"))  # relative to the project, where the build runs
    assert build.returncode == 0, build.output
    site = project / "site"
    # MkDocs' own line names the site asked for, not the hidden folder it is built in.
    assert f"Building documentation to directory: {site}\n" in build.output
    assert ".site.building-" not in build.output
    assert "Sebastien Peyrouse" in (site / "index.html").read_text(encoding="utf-8")
    assert not (site / "stale").exists()
    # Written by plugins and hooks as the build's last event runs: the search index, the downloads.
    assert (site / "search" / "search_index.json").stat().st_size > 0
    assert "@book{brown2017world," in (site / "bibliography.bib").read_text(encoding="utf-8")
    # Hidden files are kept, as MkDocs' own cleaning keeps them.
    assert (site / ".git" / "HEAD").read_text(encoding="utf-8") == OLD_SITE[".git/HEAD"]
    assert sorted(path.name for path in project.iterdir()) == folders


def test_a_build_that_is_not_strict_writes_its_site_despite_a_warning(project):
    break_a_link(project)
    build = run_build(project, project / "site", strict=False)
    assert build.returncode == 0, build.output
    assert "contains a link 'annex.md'" in build.output
    assert "Sebastien Peyrouse" in (project / "site" / "index.html").read_text(encoding="utf-8")
    assert not (project / "site" / "stale").exists()


def test_a_message_names_the_site_a_hidden_build_folder_will_replace():
    import tempfile

    from explainer.site_beside import BUILDING_MARK, meant_site_dir

    with tempfile.TemporaryDirectory() as parent:
        building = tempfile.mkdtemp(prefix=f".site{BUILDING_MARK}", dir=parent)
        assert meant_site_dir(building) == f"{parent}/site"
    assert meant_site_dir("/srv/www/site") == "/srv/www/site"
    assert meant_site_dir("/srv/www/.hidden-site") == "/srv/www/.hidden-site"


def test_gh_deploy_builds_beside_the_site_as_build_does_and_serve_and_dirty_builds_do_not():
    from explainer.site_beside import builds_beside

    assert builds_beside("build", dirty=False)
    assert builds_beside("gh-deploy", dirty=False)
    assert not builds_beside("gh-deploy", dirty=True)
    assert not builds_beside("build", dirty=True)
    assert not builds_beside("serve", dirty=False)


#: Who commits, in a test's repositories and gh-deploy's commit.
GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "Editor",
    "GIT_AUTHOR_EMAIL": "editor@example.org",
    "GIT_COMMITTER_NAME": "Editor",
    "GIT_COMMITTER_EMAIL": "editor@example.org",
}


def git(folder: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=folder, capture_output=True, text=True, check=True, env={**os.environ, **GIT_IDENTITY}
    )
    return done.stdout


def run_gh_deploy(project: Path) -> subprocess.CompletedProcess[str]:
    """``mkdocs gh-deploy --strict``, as an editor publishes, to the project's ``origin``."""
    command = [sys.executable, "-m", "mkdocs", "gh-deploy", "--strict", "--site-dir", "site", "--no-history"]
    env = {
        **os.environ,
        **GIT_IDENTITY,
        "NO_MKDOCS_2_WARNING": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "EXPLAINER_PDF": "0",
    }
    return subprocess.run(command, cwd=project, capture_output=True, text=True, env=env, timeout=600)


def test_a_strict_gh_deploy_that_warns_leaves_the_local_site_and_publishes_nothing(project, tmp_path):
    # A repository whose `origin` is a bare one here: gh-deploy pushes its gh-pages branch there.
    shutil.rmtree(project / "site" / ".git")  # the old site's own repository is not this test's
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", str(remote))
    git(project, "init", "-q")
    git(project, "remote", "add", "origin", str(remote))
    (project / ".gitignore").write_text("site/\n", encoding="utf-8")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "The article")
    break_a_link(project)
    before = files_in(project / "site")
    folders = sorted(path.name for path in project.iterdir())

    failed = run_gh_deploy(project)
    assert failed.returncode != 0
    assert "Aborted with 1 warnings in strict mode" in failed.stdout + failed.stderr
    assert files_in(project / "site") == before
    assert sorted(path.name for path in project.iterdir()) == folders
    assert git(remote, "branch", "--list") == ""  # nothing published

    edit(project / "docs" / "conclusion.md", "\n\nSee [the annex](annex.md).\n\n", "\n\n")
    deployed = run_gh_deploy(project)
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr
    # Published from the site moved into place, and the local site is the new one too.
    assert "Sebastien Peyrouse" in git(remote, "show", "gh-pages:index.html")
    assert "stale/index.html" not in git(remote, "ls-tree", "-r", "--name-only", "gh-pages")
    assert "Sebastien Peyrouse" in (project / "site" / "index.html").read_text(encoding="utf-8")
    assert not (project / "site" / "stale").exists()
    assert sorted(path.name for path in project.iterdir()) == folders


#: A hook that stops a build where a test wants it: with ``BLOCK_BUILD_AT`` set, once the
#: build's hidden folder is made, it forks a helper that lives on (as the build's own
#: helpers are forked), names the folder in that file, and waits to be killed.
BLOCKING_HOOK = """
import multiprocessing, os, time

def on_pre_build(config):
    marker = os.environ.get("BLOCK_BUILD_AT")
    if marker:
        multiprocessing.get_context("fork").Process(target=time.sleep, args=(600,), daemon=True).start()
        with open(marker + ".part", "w", encoding="utf-8") as handle:
            handle.write(config.site_dir)
        os.replace(marker + ".part", marker)
        time.sleep(600)
"""


@contextlib.contextmanager
def blocked_build(project: Path, marker: Path) -> Iterator[tuple[subprocess.Popen, Path]]:
    """A strict build of ``project`` stopped in its hidden folder, and that folder; killed, with
    its helpers, as the block ends."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "EXPLAINER_PDF": "0", "BLOCK_BUILD_AT": str(marker)}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"]
    build = subprocess.Popen(
        command, cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 300
        while not marker.exists():
            assert build.poll() is None, "the build ended before the hook stopped it"
            assert time.monotonic() < deadline, "the build never reached the hook"
            time.sleep(0.2)
        yield build, Path(marker.read_text(encoding="utf-8"))
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(build.pid, signal.SIGKILL)
        build.wait()


def hidden_folders(project: Path) -> list[str]:
    return sorted(path.name for path in project.iterdir() if path.name.startswith(".site."))


def test_a_build_removes_the_folder_a_killed_build_left_and_keeps_a_running_build_s(tmp_path):
    project = tmp_path / "rivers"
    assert new_article(project, "--title", "Rivers", "--author", "Ana Exemplar").returncode == 0
    (project / "blocking_hook.py").write_text(BLOCKING_HOOK, encoding="utf-8")
    edit(project / "mkdocs.yml", "hooks:\n", "hooks:\n  - blocking_hook.py\n")
    with (
        blocked_build(project, tmp_path / "killed") as (killed, killed_folder),
        blocked_build(project, tmp_path / "running") as (running, running_folder),
    ):
        assert killed_folder.parent == project and killed_folder.name.startswith(".site.building-")
        os.kill(killed.pid, signal.SIGKILL)  # the build alone: its forked helper lives on
        killed.wait()
        assert killed_folder.is_dir()  # no handler of its own ran

        build = run_build(project, project / "site")
        assert build.returncode == 0, build.output
        assert f"Removed {killed_folder}, left by a build that was stopped" in build.output
        assert not killed_folder.exists()
        # Another build still writes into its own: it is kept, whole.
        assert running.poll() is None
        assert hidden_folders(project) == [running_folder.name]
        assert (project / "site" / "index.html").is_file()


#: A build that makes its folder beside the site ``argv[1]/site`` and is killed before it
#: can lock it: where the lock would be taken.
KILLED_BEFORE_ITS_LOCK = """
import os, signal, sys
from explainer import site_beside

site_beside.BuildLock.take = lambda folder: os.kill(os.getpid(), signal.SIGKILL)
site_beside._locked_folder(sys.argv[1], "site")
"""

#: A build stopped between making its folder and locking it until ``argv[3]`` exists (it
#: writes ``argv[2]`` once there), which then goes on and prints the folder it builds in.
PAUSED_BEFORE_ITS_LOCK = """
import os, sys, time
from explainer import site_beside

take = site_beside.BuildLock.take

def paused(folder):
    open(sys.argv[2], "w").close()
    while not os.path.exists(sys.argv[3]):
        time.sleep(0.05)
    return take(folder)

site_beside.BuildLock.take = paused
print(site_beside._locked_folder(sys.argv[1], "site")[0])
"""


def run_hooks_script(script: str, *arguments: Path, wait: bool = True):
    command = [sys.executable, "-c", script, *map(str, arguments)]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent / "hooks")}
    if wait:
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_build_removes_the_folder_of_a_build_killed_before_it_could_lock_it(tmp_path):
    # Killed between making its folder and locking it, a build left `.site.starting-…`, which no build removed.
    project = tmp_path / "rivers"
    assert new_article(project, "--title", "Rivers", "--author", "Ana Exemplar").returncode == 0
    killed = run_hooks_script(KILLED_BEFORE_ITS_LOCK, project)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    [left] = hidden_folders(project)
    assert left.startswith(".site.starting-")
    build = run_build(project, project / "site")
    assert build.returncode == 0, build.output
    assert f"Removed {project / left}, left by a build that was stopped" in build.output
    assert hidden_folders(project) == []


def test_a_build_keeps_the_folder_of_a_build_about_to_lock_it(tmp_path):
    project = tmp_path / "rivers"
    assert new_article(project, "--title", "Rivers", "--author", "Ana Exemplar").returncode == 0
    ready, go = tmp_path / "ready", tmp_path / "go"
    starting = run_hooks_script(PAUSED_BEFORE_ITS_LOCK, project, ready, go, wait=False)
    try:
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert starting.poll() is None, starting.communicate()
            assert time.monotonic() < deadline, "the build never made its folder"
            time.sleep(0.05)
        [folder] = hidden_folders(project)
        build = run_build(project, project / "site")
        assert build.returncode == 0, build.output
        assert "Removed" not in build.output
        assert hidden_folders(project) == [folder]  # kept: its build is about to lock it
        go.touch()
        out, err = starting.communicate(timeout=60)
        assert starting.returncode == 0, err
        assert Path(out.strip()).is_dir() and Path(out.strip()).name.startswith(".site.building-")
    finally:
        if starting.poll() is None:
            starting.kill()
            starting.wait()


def test_a_build_removes_a_folder_left_by_a_build_that_took_no_lock(tmp_path):
    # Builds of this version lock their folder before it has this name; one without a lock file is older.
    project = tmp_path / "rivers"
    assert new_article(project, "--title", "Rivers", "--author", "Ana Exemplar").returncode == 0
    left = project / ".site.building-k3j9x_2a"
    (left / "assets").mkdir(parents=True)
    (left / "index.html").write_text("<p>Half a site.</p>", encoding="utf-8")
    build = run_build(project, project / "site")
    assert build.returncode == 0, build.output
    assert not left.exists()
    assert hidden_folders(project) == []
    assert not list((project / "site").glob(".explainer-build.lock"))  # the lock stays out of the site
