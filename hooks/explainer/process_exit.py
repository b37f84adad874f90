"""The process's exit: what the build leaves in memory is the system's to free, not the collector's.

As Python exits it clears every module and runs the cyclic garbage collector over all
that they held, which for a build is every page, template and module it loaded, only to
give the memory back to a system that takes the whole process back a moment later. On
the article that was 51 ms after the site was written (plain MkDocs' own, 32 ms), more
than any one of the hooks' handlers takes. Frozen (`gc.freeze`) as the process exits, those
objects are left out of the collections; what their references alone keep alive is still
freed as the modules are cleared.

What the collector would have found, cycles no one refers to, is not finalized: Python
does not promise that at exit either. Nothing of the build waits on it: MkDocs writes
and closes each file in a ``with`` block, logging flushes its handlers and
``tempfile`` removes its folders in their own ``atexit`` handlers, and the hooks' temporary
files are unlinked from the start.
"""

from __future__ import annotations

import atexit
import gc


def leave_objects_to_the_system_at_exit() -> None:
    """At this process's exit, collect none of the objects it holds then.

    Once per process, however many builds it runs (``mkdocs serve``): a second call
    changes nothing. Run before the ``atexit`` handlers registered earlier (logging's),
    which close what they hold themselves.
    """
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)
