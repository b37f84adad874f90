"""What every build pays before its first page: the engine's modules imported, its checks
set up. Cheap here is a margin on every build (benchmarks/README.md, the article line)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from project import PROJECT, copy_project, run_in_one_process

from explainer.scripts import has_cjk, written_without_spaces

# The classes `scripts` was written with, as regular expressions.
_HAN_KANA = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003ffff"
_HANGUL = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"
_SOUTHEAST_ASIAN = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_CJK = re.compile(f"[{_HAN_KANA}{_HANGUL}]")
_UNSPACED = re.compile(f"[{_HAN_KANA}{_SOUTHEAST_ASIAN}]")


def _compiled_on_import(module: str) -> list[str]:
    """The regular expressions compiled while ``module`` is imported, in a fresh Python."""
    code = (
        "import json, re, sys\n"
        f"sys.path.insert(0, {str(PROJECT / 'hooks')!r})\n"
        "compiled = []\n"
        "original = re._compile\n"
        "def noted(pattern, flags):\n"
        "    compiled.append(str(pattern))\n"
        "    return original(pattern, flags)\n"
        "re._compile = noted\n"
        f"import {module}\n"
        "print(json.dumps(compiled))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_scripts_compile_no_regular_expression_on_import() -> None:
    # A class over the Han and Hangul ranges took 2.5 ms to compile, twice, at every build's start.
    assert _compiled_on_import("explainer.scripts") == []


def test_scripts_know_the_characters_the_classes_knew() -> None:
    codes = {0, 0x7F, 0x80, 0x10FFFF, *range(0, 0x110000, 97)}
    for first, last in re.findall(r"(.)-(.)", _HAN_KANA + _HANGUL + _SOUTHEAST_ASIAN):
        codes |= {ord(first) - 1, ord(first), ord(first) + 1, ord(last) - 1, ord(last), ord(last) + 1}
    for code in sorted(codes):
        char = chr(code)
        assert has_cjk(char) is (_CJK.search(char) is not None), hex(code)
        assert written_without_spaces(char) is (_UNSPACED.match(char) is not None), hex(code)
    for text in ("", "Peyrouse", "Ли Синь", "Li 小明", "김정은", "Chiang Mai เชียงใหม่"):
        assert has_cjk(text) is (_CJK.search(text) is not None), text
    assert written_without_spaces("") is False


def test_the_options_are_validated_once_a_build_and_again_for_a_rebuild(tmp_path) -> None:
    from mkdocs.config import load_config

    from explainer.site_pages import load_options

    config_file = tmp_path / "mkdocs.yml"
    (tmp_path / "docs").mkdir()
    config_file.write_text("site_name: S\nextra:\n  explainer:\n    bib_files: []\n", encoding="utf-8")
    config = load_config(config_file=str(config_file))
    # Nine hooks ask for them in their `on_config`: one validation serves them all.
    assert load_options(config) is load_options(config)
    assert load_options(config).ibid is True
    # `mkdocs serve` reads the edited file into a new configuration: its options are read again.
    config_file.write_text("site_name: S\nextra:\n  explainer:\n    bib_files: []\n    ibid: false\n", encoding="utf-8")
    assert load_options(load_config(config_file=str(config_file))).ibid is False


def _a_theme(folder, read: str) -> None:
    """A theme in ``folder`` whose one template reads the option ``read``."""
    folder.mkdir(exist_ok=True)
    (folder / "mkdocs_theme.yml").write_text("locale: en\n", encoding="utf-8")
    (folder / "main.html").write_text(f"{{{{ config.theme.{read} }}}}\n", encoding="utf-8")


def _unknown(folder, store) -> list[str]:
    from explainer import theme_options

    theme_options._theme_words.cache_clear()  # as a new build's process starts
    theme = {"locale": "en", "logo": "x.png", "favicon": "y.png"}
    return [slip.name for slip in theme_options.unknown_theme_names(theme, [str(folder)], None, str(store))]


def test_what_the_theme_knows_is_kept_between_builds_and_read_again_once_it_changes(tmp_path, monkeypatch) -> None:
    from explainer import theme_options

    theme, store = tmp_path / "theme", tmp_path / "store"
    store.mkdir()
    _a_theme(theme, "logo")
    assert _unknown(theme, store) == ["favicon"]
    # The next build reads it from the store, not from the theme's 151 files (Material's).
    read = []
    monkeypatch.setattr(theme_options, "_read_theme_words", lambda folder: read.append(folder))
    assert _unknown(theme, store) == ["favicon"] and read == []
    monkeypatch.undo()
    # A theme installed again (another release: the template's size and time) is read again.
    _a_theme(theme, "favicon")
    assert _unknown(theme, store) == ["logo"]
    # A store that cannot be written costs a read, not the build.
    assert _unknown(theme, tmp_path / "no such folder") == ["logo"]
    for kept in store.iterdir():
        kept.write_text("{damaged", encoding="utf-8")
    assert _unknown(theme, store) == ["logo"]


BUILD_AND_LIST_ENGINE_MODULES = """
import json, sys
from mkdocs.commands.build import build
from mkdocs.config import load_config

config = load_config(config_file="mkdocs.yml", site_dir=sys.argv[1])
config.plugins.on_startup(command="build", dirty=False)
build(config)
print(json.dumps(sorted(name for name in sys.modules if name.startswith("explainer."))))
"""


def test_the_build_s_own_process_leaves_the_bibliography_s_items_to_the_list_s_writer(tmp_path) -> None:
    # Only the process that writes the bibliography's list, beside the build, makes its
    # items: imported in the build's process, their module cost every build 1.8 ms.
    project = copy_project(tmp_path / "project")
    loaded = run_in_one_process(BUILD_AND_LIST_ENGINE_MODULES, project, str(tmp_path / "site"))
    assert "explainer.bibliography_listing" in loaded and "explainer.notes" in loaded
    assert "explainer.bibliography" not in loaded
    assert 'id="brown2017world"' in (tmp_path / "site" / "bibliography" / "index.html").read_text(encoding="utf-8")


BUILD_AND_LIST_SHARED_MEMORY_MODULES = """
import json, sys
from mkdocs.commands.build import build
from mkdocs.config import load_config

config = load_config(config_file="mkdocs.yml", site_dir=sys.argv[1])
import explainer.parallel_pages as parallel
taken = []
put_back = parallel.PagesConverted._put_back
def recording(self, page, *args):
    taken.append(page.file.src_uri)
    return put_back(self, page, *args)
parallel.PagesConverted._put_back = recording
config.plugins.on_startup(command="build", dirty=False)
build(config)
loaded = [name for name in ("multiprocessing.sharedctypes", "multiprocessing.synchronize") if name in sys.modules]
print(json.dumps({"taken": taken, "loaded": loaded}))
"""


def test_the_build_and_the_page_converting_child_meet_without_multiprocessing_s_shared_types(tmp_path) -> None:
    # multiprocessing's Lock and RawArray, which told the two where they met, cost every
    # build about 2 ms to import (ctypes' shared types) and set up.
    project = copy_project(tmp_path / "project")
    built = run_in_one_process(BUILD_AND_LIST_SHARED_MEMORY_MODULES, project, str(tmp_path / "site"))
    assert built["taken"], "the child converted no page"
    assert built["loaded"] == []


def test_a_pattern_compiled_on_first_use_copies_and_pickles_as_a_compiled_one() -> None:
    # A copy or an unpickled DeferredPattern looked for `_source` through `__getattr__`,
    # which looked for it again: RecursionError where a compiled pattern copies and pickles.
    import copy
    import pickle

    from explainer.deferred_patterns import DeferredPattern

    for used in (False, True):
        pattern = DeferredPattern(r"p\. (\d+)", re.IGNORECASE)
        if used:
            assert pattern.search("P. 12")[1] == "12"
        for again in (copy.copy(pattern), copy.deepcopy(pattern), pickle.loads(pickle.dumps(pattern))):
            assert again.search("see P. 59")[1] == "59"
            assert (again.pattern, again.flags & re.IGNORECASE) == (r"p\. (\d+)", re.IGNORECASE)
    assert not hasattr(DeferredPattern("a"), "_compiled")  # a private name is no pattern's attribute


BUILD_AND_LIST_PATTERNS_NEVER_USED = """
import json, multiprocessing, os, re, sys
from mkdocs.commands.build import build
from mkdocs.config import load_config

# Nothing forked: every use of a pattern is made in this process, where it is seen.
multiprocessing.get_all_start_methods = lambda: ["spawn"]
hooks = os.path.abspath("hooks") + os.sep
never_used = {}
compile_now = re.compile

class Noted:
    # A pattern compiled as a hooks' module loads, which notes its first use.
    def __init__(self, compiled, where):
        self.compiled, self.where = compiled, where
        never_used[where] = compiled.pattern
    def __getattr__(self, name):
        never_used.pop(self.where, None)
        return getattr(self.compiled, name)

def noting(pattern, flags=0):
    compiled = compile_now(pattern, flags)
    caller = sys._getframe(1).f_code
    if caller.co_name != "<module>" or not caller.co_filename.startswith(hooks):
        return compiled
    where = f"{caller.co_filename[len(hooks):]}:{sys._getframe(1).f_lineno}"
    return Noted(compiled, where)

re.compile = noting
config = load_config(config_file="mkdocs.yml", site_dir=sys.argv[1])
config.plugins.on_startup(command="build", dirty=False)
build(config)
print(json.dumps(never_used))
"""


def test_the_article_s_build_uses_every_pattern_the_hooks_compile_as_they_load(tmp_path) -> None:
    # Each costs every build its compiling (26 such took about 11 M instructions): a pattern
    # that finds a slip this article does not make is a DeferredPattern, compiled when first used.
    project = copy_project(tmp_path / "project")
    never_used = run_in_one_process(BUILD_AND_LIST_PATTERNS_NEVER_USED, project, str(tmp_path / "site"))
    unused = "\n".join(f"{where} {pattern!r}" for where, pattern in sorted(never_used.items()))
    assert not never_used, f"write DeferredPattern(...) for these, not re.compile(...):\n{unused}"
    assert 'id="brown2017world"' in (tmp_path / "site" / "bibliography" / "index.html").read_text(encoding="utf-8")
