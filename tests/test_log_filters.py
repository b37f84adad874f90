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
