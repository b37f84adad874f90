"""MkDocs hook: large blocks of memory the build frees go back to the system at once, and
what it holds when the process exits is left to the system.

Thin wiring: ``explainer.allocator`` and ``explainer.process_exit`` do the work, from
``on_config``, before any page is read. The ``return_freed_memory`` option turns the
first off.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from explainer.allocator import return_large_blocks_to_system
from explainer.process_exit import leave_objects_to_the_system_at_exit
from explainer.site_pages import load_options


@event_priority(100)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if load_options(config).return_freed_memory:
        return_large_blocks_to_system()
    leave_objects_to_the_system_at_exit()
    return config
