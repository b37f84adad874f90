"""Large blocks the build frees go back to the system at once (glibc).

A build makes and drops many large strings: each page's HTML several times over, and,
with a large bibliography, a page of megabytes. glibc's malloc gives a block of 128 KiB
or more a mapping of its own and unmaps it when it is freed; but after the first such
free it raises that threshold to the freed block's size (up to 32 MiB on 64-bit
systems), and later blocks below it come from the heap, where a freed block stays in
the process until everything above it is freed too. A fixed threshold keeps each large
block in its own mapping: the process's resident size follows what the build holds,
not what it once held, and a peak made of large transient strings is lower.
"""

from __future__ import annotations

import ctypes
import os

#: ``M_MMAP_THRESHOLD``, mallopt's parameter number (glibc's ``malloc.h``).
_M_MMAP_THRESHOLD = -3
#: glibc's own starting threshold: blocks this large or larger get a mapping of their own.
LARGE_BLOCK = 128 * 1024


def is_glibc() -> bool:
    """Whether this process runs on the GNU C library, whose allocator `mallopt` tunes."""
    try:
        return os.confstr("CS_GNU_LIBC_VERSION") is not None
    except (ValueError, OSError):  # not a GNU C library, or no such name on this system
        return False


def return_large_blocks_to_system(threshold: int = LARGE_BLOCK) -> bool:
    """Fix glibc's mmap threshold at ``threshold`` bytes for this process.

    It holds for the rest of the process (a ``mkdocs serve`` keeps it across rebuilds).
    Returns False, and changes nothing, where the C library is not glibc.
    """
    if not is_glibc():
        return False
    try:
        libc = ctypes.CDLL(None)  # the C library the interpreter is linked with
        return bool(libc.mallopt(_M_MMAP_THRESHOLD, threshold))
    except (OSError, AttributeError):
        return False


def give_back_free_pages() -> bool:
    """Return to the system every whole page of memory glibc's heap holds free (``malloc_trim``).

    A forked child starts with its parent's resident memory: the parts it lets go of stay
    resident until this gives their pages back. False where the C library is not glibc."""
    if not is_glibc():
        return False
    try:
        return bool(ctypes.CDLL(None).malloc_trim(0))
    except (OSError, AttributeError):
        return False
