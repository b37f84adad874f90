"""The site built beside the last one, and moved into its place only once the build has passed.

MkDocs empties ``site_dir`` as a build starts and writes the new site into it as it
goes. A strict build that logs a warning stops only once the site is complete ("Aborted
with 1 warnings in strict mode!"), and a build that an error stops leaves the pages
written so far: either way the folder an editor publishes from no longer holds the last
good site. Here the build writes into a hidden folder beside ``site_dir``, on the same
filesystem so that each move is a rename; once the build's last event has run, its
files replace the old site's, unless the build is strict and has logged a warning that
will stop it. A failed build's folder is removed, and the old site is left as it was.

A build killed outright (SIGKILL, a power cut) runs no handler at all, and leaves its
folder. Each build therefore holds an exclusive lock on a file in its folder
(`BuildLock`), which the system lets go when the process ends however it ends; the next
build removes the folders whose lock it can take, and keeps those of builds still
running into the same site (an editor's build while ``gh-deploy`` runs).
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass, field

from mkdocs.config.defaults import MkDocsConfig

from .build_lock import LOCK_NAME, BuildLock, none_starting_in, remove_if_left_over, starting_in
from .errors import ExplainerError

log = logging.getLogger("mkdocs.plugins.explainer")

#: Before the random part of the hidden folder's name: ``.site.building-k3j9x_2a``.
BUILDING_MARK = ".building-"
#: The name a build's folder has until its lock is held, so that every folder named with
#: `BUILDING_MARK` is locked from the moment it appears.
STARTING_MARK = ".starting-"
#: The loggers of MkDocs' (and ProperDocs') build, which name the folder it builds into.
BUILD_LOGGERS = ("mkdocs.commands.build", "properdocs.commands.build")
#: MkDocs' line naming that folder, before its path.
BUILDING_TO = "Building documentation to directory: "

#: The MkDocs commands that build the whole site into ``site_dir`` and keep it there:
#: ``gh-deploy`` builds as ``build`` does, then publishes from ``site_dir`` (set back
#: by then), so a strict one that warns would otherwise have emptied the local site.
#: ``serve`` builds into a temporary folder of its own.
COMMANDS_BUILDING_BESIDE = frozenset({"build", "gh-deploy"})


def builds_beside(command: str, dirty: bool) -> bool:
    """Whether MkDocs' ``command`` builds beside the site: a ``--dirty`` build works on the
    files already in ``site_dir``, so it writes there."""
    return command in COMMANDS_BUILDING_BESIDE and not dirty


@dataclass
class SiteBuiltBeside:
    """One build writing into ``building``, beside the ``site_dir`` it is meant for."""

    config: MkDocsConfig
    site_dir: str
    building: str
    lock: BuildLock
    log_filter: MeantSiteNamed = field(init=False)

    def __post_init__(self) -> None:
        self.log_filter = MeantSiteNamed(self.building, self.site_dir)

    @classmethod
    def start(cls, config: MkDocsConfig) -> SiteBuiltBeside | None:
        """Point the build at a new hidden folder beside its ``site_dir``; None where none can be
        made (a parent folder the user may not write to), and the build writes in place as MkDocs does."""
        site_dir = os.path.abspath(config.site_dir)
        parent, name = os.path.split(site_dir)
        try:
            building, lock = _locked_folder(parent, name)
        except OSError as error:
            log.info(f"Building in {site_dir} itself: no folder could be made beside it ({error})")
            return None
        # A build stopped by Ctrl-C runs no `on_build_error`: its folder goes as the process exits.
        atexit.register(shutil.rmtree, building, True)
        remove_leftovers(parent, name)
        config.site_dir = building
        log.info(f"Building the site beside {site_dir}, which it replaces once the build has passed")
        beside = cls(config, site_dir, building, lock)
        for logger_name in BUILD_LOGGERS:
            logging.getLogger(logger_name).addFilter(beside.log_filter)
        return beside

    def move_into_place(self) -> None:
        """Replace the old site's files with the new ones; as MkDocs' own cleaning does, keep
        the old site's hidden files (``.git`` of a repository the site is published from)."""
        self.config.site_dir = self.site_dir
        self._stop_naming_the_site()
        try:
            self._move_files()
        except OSError as error:
            raise ExplainerError(
                f"the built site could not be moved into place from {self.building} ({error})",
                path=self.site_dir,
                hint="Make the folder writable, or free space on its disk, and build again.",
            ) from error
        log.info(f"Site moved into place: {self.site_dir}")

    def _move_files(self) -> None:
        os.makedirs(self.site_dir, exist_ok=True)
        for entry in os.listdir(self.site_dir):
            if not entry.startswith("."):
                _remove(os.path.join(self.site_dir, entry))
        for entry in os.listdir(self.building):
            if entry == LOCK_NAME:
                continue
            target = os.path.join(self.site_dir, entry)
            if os.path.lexists(target):  # a hidden file the new site has too
                _remove(target)
            # A rename on one filesystem; a copy where `site_dir` is a mount point or a link elsewhere.
            shutil.move(os.path.join(self.building, entry), target)
        # The lock is let go once the folder is gone. Another build that finds the folder
        # without its lock file meanwhile removes it, empty, as a leftover.
        os.unlink(os.path.join(self.building, LOCK_NAME))
        with contextlib.suppress(FileNotFoundError):
            os.rmdir(self.building)
        self.lock.release()

    def discard(self) -> None:
        """Remove the failed build's folder and leave the old site as it was."""
        self.config.site_dir = self.site_dir
        self._stop_naming_the_site()
        shutil.rmtree(self.building, ignore_errors=True)
        self.lock.release()
        if os.path.isdir(self.site_dir):
            log.info(f"The last site, in {self.site_dir}, is left as it was")
        else:
            log.info(f"Nothing written to {self.site_dir}")

    def _stop_naming_the_site(self) -> None:
        for logger_name in BUILD_LOGGERS:
            logging.getLogger(logger_name).removeFilter(self.log_filter)


class MeantSiteNamed(logging.Filter):
    """MkDocs' "Building documentation to directory" line names the site the editor asked
    for, not the hidden folder the build writes into; on MkDocs' build logger only while
    a build is built beside the site."""

    def __init__(self, building: str, site_dir: str) -> None:
        super().__init__()
        self.building_line = f"{BUILDING_TO}{building}"
        self.meant_line = f"{BUILDING_TO}{site_dir}"

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg == self.building_line:
            record.msg = self.meant_line
        return True


def _locked_folder(parent: str, name: str) -> tuple[str, BuildLock]:
    """A new hidden folder in ``parent`` for the site ``name``, and the lock held on it.

    Made under a name that other builds do not look at, and given the name they do once
    its lock is held: they would take a folder they found unlocked for a leftover. A build
    killed in between leaves it under the first name, which the next build removes once no
    build is between the two (`remove_leftovers`).
    """
    os.makedirs(parent, exist_ok=True)
    with starting_in(parent):
        starting = tempfile.mkdtemp(prefix=f".{name}{STARTING_MARK}", dir=parent)
        lock = BuildLock(None)
        try:
            lock = BuildLock.take(starting)
            random_part = os.path.basename(starting)[len(f".{name}{STARTING_MARK}") :]
            building = os.path.join(parent, f".{name}{BUILDING_MARK}{random_part}")
            os.rename(starting, building)
        except OSError:
            shutil.rmtree(starting, ignore_errors=True)
            lock.release()
            raise
    return building, lock


def remove_leftovers(parent: str, name: str) -> None:
    """Remove the folders that builds of the site ``name`` left beside it, killed before
    they could; those of builds still running are kept (`explainer.build_lock`)."""
    building, starting = f".{name}{BUILDING_MARK}", f".{name}{STARTING_MARK}"
    for folder in _folders(parent, building):
        if remove_if_left_over(folder):
            _removed(folder)
    if not _folders(parent, starting):
        return
    with none_starting_in(parent) as none_starting:
        # No build is between making its folder and locking it, and none can start to: each
        # folder still under that name is one a killed build left (read again, as some
        # build may have given its own the next name meanwhile).
        for folder in _folders(parent, starting) if none_starting else []:
            shutil.rmtree(folder, ignore_errors=True)
            _removed(folder)


def _folders(parent: str, prefix: str) -> list[str]:
    """The folders (not links to one) in ``parent`` whose name starts with ``prefix``."""
    try:
        entries = os.listdir(parent)
    except OSError:
        return []
    folders = (os.path.join(parent, entry) for entry in entries if entry.startswith(prefix))
    return [folder for folder in folders if os.path.isdir(folder) and not os.path.islink(folder)]


def _removed(folder: str) -> None:
    log.info(f"Removed {folder}, left by a build that was stopped before it could remove it")


def meant_site_dir(site_dir: str) -> str:
    """The folder a build writes for: ``site_dir`` itself, or the site a hidden folder
    beside it (`SiteBuiltBeside`) will replace, for messages that name where files go."""
    parent, name = os.path.split(site_dir)
    if name.startswith(".") and BUILDING_MARK in name:
        return os.path.join(parent, name[1 : name.rindex(BUILDING_MARK)])
    return site_dir


def _remove(path: str) -> None:
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    else:
        os.unlink(path)
