"""A lock a build holds on its folder for its whole life, which the system lets go however the build ends.

A build killed outright (SIGKILL, a power cut) runs no handler that could remove its
folder. An ``flock`` lock is let go by the kernel once the last descriptor of its open
file is closed, which a process's end does whatever ends it: a folder whose lock can be
taken is a leftover, and one whose lock is held belongs to a build still running.

A build makes its folder, and locks it, under a name other builds take for no build's
(`explainer.site_beside`): killed between the two, it would leave a folder no lock
tells about. So a build holds a shared lock on the folder the site is in while it makes
and locks its own (`starting_in`), and a build removes such folders only while it holds
that lock exclusively (`none_starting_in`), when no build is between the two steps.

A forked child inherits the descriptor, and with it the lock: the build's helpers are
forked, and one that outlived a killed build would keep its folder. Each child closes
its copy as it starts. Where there is no ``flock`` (Windows), or the filesystem refuses
it, no folder is known to be left over, and none is removed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType

fcntl: ModuleType | None
try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

#: The file in a build's folder that the build holds locked.
LOCK_NAME = ".explainer-build.lock"

#: The descriptors of the locks this process holds, which a forked child closes.
_held: set[int] = set()


def _close_in_child() -> None:
    for descriptor in _held:
        with contextlib.suppress(OSError):
            os.close(descriptor)
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_in_child)


@dataclass
class BuildLock:
    """The lock on ``LOCK_NAME`` in one folder, held until `release` or the process's end."""

    descriptor: int | None

    @classmethod
    def take(cls, folder: str) -> BuildLock:
        """Lock ``folder``, a new one no other build knows yet."""
        descriptor = os.open(os.path.join(folder, LOCK_NAME), os.O_RDWR | os.O_CREAT, 0o600)
        if fcntl is not None:
            # On a filesystem without locks, other builds cannot take it either, and keep the folder.
            with contextlib.suppress(OSError):
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        _held.add(descriptor)
        return cls(descriptor)

    def release(self) -> None:
        if self.descriptor is not None:
            _held.discard(self.descriptor)
            os.close(self.descriptor)
            self.descriptor = None


def remove_if_left_over(folder: str) -> bool:
    """Remove ``folder`` if no running build holds its lock; whether it was removed.

    A folder without the lock file was left by a build of a version that took no lock:
    one that locks makes its folder under another name and gives it its own only once
    the lock is held (`explainer.site_beside`).
    """
    if fcntl is None:
        return False
    try:
        descriptor = os.open(os.path.join(folder, LOCK_NAME), os.O_RDWR)
    except FileNotFoundError:
        shutil.rmtree(folder, ignore_errors=True)
        return True
    except OSError:
        return False
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(descriptor)
        return False  # held: a build still running
    try:
        shutil.rmtree(folder, ignore_errors=True)
    finally:
        os.close(descriptor)
    return True


@contextlib.contextmanager
def starting_in(parent: str) -> Iterator[None]:
    """Held while a build makes its folder in ``parent`` and locks it: a lock on ``parent``
    itself that any number of builds share, and the system lets go however the build ends."""
    descriptor = _open_folder(parent)
    try:
        if descriptor is not None and fcntl is not None:
            # Waits only while another build removes what a killed one left (`none_starting_in`).
            with contextlib.suppress(OSError):
                fcntl.flock(descriptor, fcntl.LOCK_SH)
        yield
    finally:
        if descriptor is not None:
            os.close(descriptor)


@contextlib.contextmanager
def none_starting_in(parent: str) -> Iterator[bool]:
    """Whether no build is making and locking its folder in ``parent`` (`starting_in`); while
    this holds, none can start to. False where that cannot be told: a build is starting, or
    there is no ``flock``."""
    descriptor = _open_folder(parent) if fcntl is not None else None
    if descriptor is None or fcntl is None:
        yield False
        return
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        taken = True
    except OSError:
        taken = False
    try:
        yield taken
    finally:
        os.close(descriptor)


def _open_folder(folder: str) -> int | None:
    try:
        return os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return None
