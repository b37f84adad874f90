"""The template cache: compiled templates read back, the same output, never a failed build."""

from __future__ import annotations

import os

import pytest
from jinja2 import DictLoader, Environment
from project import copy_project, run_build

from explainer.template_cache import cache_compiled_templates

TEMPLATE = "<p>{{ greeting }}, {% for name in names %}{{ name }}{% if not loop.last %} and {% endif %}{% endfor %}.</p>"


def environment(source: str = TEMPLATE) -> Environment:
    return Environment(loader=DictLoader({"page.html": source}))


def render(env: Environment) -> str:
    return env.get_template("page.html").render(greeting="Hello", names=["Ana", "Ben"])


def never_compile(env: Environment, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("compiled a template the cache holds")

    monkeypatch.setattr(env, "compile", refuse)


def test_a_new_environment_reads_compiled_templates_back(tmp_path, monkeypatch):
    first = environment()
    assert cache_compiled_templates(first, str(tmp_path))
    expected = render(first)
    assert list(tmp_path.glob("*.cache"))

    second = environment()
    cache_compiled_templates(second, str(tmp_path))
    never_compile(second, monkeypatch)
    assert render(second) == expected == "<p>Hello, Ana and Ben.</p>"


def test_an_edited_template_is_compiled_again(tmp_path):
    cache_compiled_templates(first := environment(), str(tmp_path))
    render(first)
    cache_compiled_templates(
        edited := environment(TEMPLATE.replace("{{ greeting }},", "{{ greeting }}!,")), str(tmp_path)
    )
    assert render(edited) == "<p>Hello!, Ana and Ben.</p>"


def test_a_damaged_cache_file_is_compiled_again(tmp_path):
    cache_compiled_templates(first := environment(), str(tmp_path))
    expected = render(first)
    (cached,) = tmp_path.glob("*.cache")
    cached.write_bytes(cached.read_bytes()[:-20])  # cut short after a valid header
    cache_compiled_templates(second := environment(), str(tmp_path))
    assert render(second) == expected


def test_a_cache_that_cannot_be_written_does_not_stop_rendering(tmp_path):
    not_a_directory = tmp_path / "file"
    not_a_directory.write_text("")
    env = environment()
    assert cache_compiled_templates(env, str(not_a_directory))
    assert render(env) == "<p>Hello, Ana and Ben.</p>"


def test_without_a_safe_default_directory_there_is_no_cache(tmp_path, monkeypatch):
    # Jinja's own directory in the system's temporary directory, refused when another user owns it.
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    (tmp_path / f"_jinja2-cache-{os.getuid()}").write_text("not a directory")
    env = environment()
    assert not cache_compiled_templates(env)
    assert env.bytecode_cache is None
    assert render(env) == "<p>Hello, Ana and Ben.</p>"


def test_the_option_turns_the_cache_off(tmp_path, monkeypatch):
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("\n  explainer:\n", "\n  explainer:\n    template_cache: false\n", 1), encoding="utf-8"
    )
    assert "template_cache: false" in config.read_text(encoding="utf-8")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))  # where Jinja's cache would go
    build = run_build(project, tmp_path / "site")
    assert build.returncode == 0, build.output
    assert (tmp_path / "site" / "index.html").exists()
    assert not list(temporary.glob("_jinja2-cache-*/*.cache"))
