"""A build's log filters replace the last build's: hook modules live as long as ``mkdocs serve``."""

from __future__ import annotations

import logging

from explainer.site_pages import replace_log_filter


class _Prefixed(logging.Filter):
    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.prefix = prefix

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = f"{self.prefix}{record.msg}"
        return True


class _Other(logging.Filter):
    pass


def test_each_build_s_filter_replaces_the_last_one_s_and_leaves_others_alone() -> None:
    names = ("explainer.test.one", "explainer.test.two")
    other = _Other()
    logging.getLogger(names[0]).addFilter(other)
    try:
        # As three builds of one serve process would: the message is prefixed once, by the last.
        for prefix in ("first: ", "second: ", "third: "):
            replace_log_filter(names, _Prefixed(prefix))
        for name in names:
            logger = logging.getLogger(name)
            record = logger.makeRecord(name, logging.WARNING, __file__, 1, "page.md: link", None, None)
            assert logger.filter(record)
            assert record.msg == "third: page.md: link"
        assert other in logging.getLogger(names[0]).filters
    finally:
        for name in names:
            logging.getLogger(name).filters.clear()


#: MkDocs' warning about an unknown option, as `load_config` logs it.
UNKNOWN_OPTION = "Config value 'markdown_extension': Unrecognised configuration name: markdown_extension"


def unknown_option_logger(tmp_path, name: str):
    """A ``mkdocs.yml`` with one misspelt option, and a logger under ``name`` filtered by
    `UnknownOptionLines` that logs MkDocs' warning about it from wherever it is called."""
    from explainer.option_lines import UnknownOptionLines

    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text("site_name: S\nmarkdown_extension: []\n", encoding="utf-8")
    logger = logging.getLogger(name)
    logger.addFilter(UnknownOptionLines())

    def log_warning() -> logging.LogRecord:
        record = logger.makeRecord(name, logging.WARNING, __file__, 1, UNKNOWN_OPTION, None, None)
        assert logger.filter(record)
        return record

    return config_file, logger, log_warning


def test_an_unknown_option_is_placed_whatever_the_call_that_logs_it_is_named(tmp_path) -> None:
    # The filter found the configuration in a call named `load_config`, in a variable named
    # `cfg`: another MkDocs' names would have left MkDocs' words unplaced.
    from mkdocs.config.defaults import MkDocsConfig

    config_file, logger, log_warning = unknown_option_logger(tmp_path, "explainer.test.options")
    message = UNKNOWN_OPTION

    def read_settings(settings: MkDocsConfig) -> logging.LogRecord:
        return log_warning()

    try:
        record = read_settings(MkDocsConfig(config_file_path=str(config_file)))
    finally:
        logger.filters.clear()
    assert record.getMessage().startswith(f"mkdocs.yml:2: {message}\n    Did you mean markdown_extensions?")


def test_a_local_whose_attributes_raise_does_not_break_the_warning(tmp_path) -> None:
    # The search for the configuration asked every local for its attributes: jinja2's
    # StrictUndefined raises UndefinedError for any, and log.warning raised it.
    from jinja2 import StrictUndefined
    from mkdocs.config.defaults import MkDocsConfig

    config_file, logger, log_warning = unknown_option_logger(tmp_path, "explainer.test.strict_undefined")
    message = UNKNOWN_OPTION

    def render(undefined: object) -> logging.LogRecord:
        return log_warning()

    def read_settings(settings: MkDocsConfig) -> logging.LogRecord:
        return render(StrictUndefined(name="page"))

    try:
        record = read_settings(MkDocsConfig(config_file_path=str(config_file)))
    finally:
        logger.filters.clear()
    assert record.getMessage().startswith(f"mkdocs.yml:2: {message}")
