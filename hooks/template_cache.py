"""MkDocs hook: the theme's compiled templates are kept between builds and ``serve`` rebuilds,
and the build stops at the line of a ``theme.language`` the theme has no template of words for.

Thin wiring: ``explainer.template_cache`` does the work. ``on_env`` runs before MkDocs
renders anything; this hook's runs before the other hooks', which render the engine's
templates there. ``on_config`` runs before the plugins': Material's search reads the
language's template there, and would stop on it with Jinja's traceback
(``explainer.theme_languages``).
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from explainer.site_pages import as_build_error, load_options
from explainer.template_cache import cache_compiled_templates
from explainer.theme_languages import unknown_theme_language

#: Whether this build keeps its compiled templates; set in ``on_config`` (serve keeps the module).
enabled = True


@event_priority(100)  # before Material's search plugin, which imports the language's template
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global enabled
    options = load_options(config)
    enabled = options.template_cache
    theme_language = str(config.theme.get("language") or "en")
    with as_build_error():
        if error := unknown_theme_language(
            theme_language, options.article.language, config.theme.dirs, config.config_file_path
        ):
            raise error
    return config


@event_priority(100)
def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    if enabled:
        cache_compiled_templates(env)
    return env
