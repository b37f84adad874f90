"""Compiled templates kept between builds: Jinja's bytecode cache on the theme's environment.

MkDocs makes a new Jinja environment for every build, and so for every ``mkdocs serve``
rebuild, and compiles each template it renders again: Material's templates take about
a third of a small site's build to compile. Jinja can keep the compiled code on disk,
keyed by the template's name and checked against its source, so an edited template is
compiled again and an unchanged one is read back. The output is the same either way.
"""

from __future__ import annotations

import logging

from jinja2 import Environment, FileSystemBytecodeCache
from jinja2.bccache import Bucket

log = logging.getLogger("mkdocs.plugins.explainer")


class QuietBytecodeCache(FileSystemBytecodeCache):
    """A bytecode cache that never stops a build: a cache that cannot be written is skipped."""

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError as error:
            # A full or read-only disk costs a compile next time, not the build.
            log.debug("Template cache: could not write %s: %s", bucket.key, error)

    def load_bytecode(self, bucket: Bucket) -> None:
        # Jinja compiles again a file it cannot read back (damaged, another Python); not
        # a directory it cannot open (a file in its place, say).
        try:
            super().load_bytecode(bucket)
        except OSError as error:
            log.debug("Template cache: could not read %s: %s", bucket.key, error)
            bucket.reset()


def cache_compiled_templates(env: Environment, directory: str | None = None) -> bool:
    """Give ``env`` a bytecode cache in ``directory``; by default Jinja's own, a directory
    of the user's in the system's temporary directory. False if no safe one can be had."""
    if env.bytecode_cache is not None:
        return True
    try:
        env.bytecode_cache = QuietBytecodeCache(directory)
    except (OSError, RuntimeError) as error:
        # Jinja refuses a shared temporary directory it does not own (RuntimeError).
        log.debug("Template cache: none for this build: %s", error)
        return False
    return True


def cache_directory() -> str | None:
    """Jinja's own cache directory, a directory of the user's in the system's temporary
    directory (made if need be; Jinja refuses one another user owns), for other work kept
    between builds; None if no safe one can be had."""
    try:
        return FileSystemBytecodeCache().directory
    except (OSError, RuntimeError) as error:
        log.debug("Template cache: no directory for this build: %s", error)
        return None
