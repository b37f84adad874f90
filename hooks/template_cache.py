"""MkDocs hook: the theme's compiled templates are kept between builds and ``serve`` rebuilds.

Thin wiring: ``explainer.template_cache`` does the work. ``on_env`` runs before MkDocs
renders anything; this hook's runs before the other hooks', which render the engine's
templates there.
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from explainer.site_pages import load_options
from explainer.template_cache import cache_compiled_templates

#: Whether this build keeps its compiled templates; set in ``on_config`` (serve keeps the module).
enabled = True


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global enabled
    enabled = load_options(config).template_cache
    return config


@event_priority(100)
def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    if enabled:
        cache_compiled_templates(env)
    return env
