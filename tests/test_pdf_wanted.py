"""Whether a build makes the PDF (`explainer.config.pdf_wanted`): the ``pdf`` option,
off in ``mkdocs serve`` unless ``EXPLAINER_PDF=1``, and ``EXPLAINER_PDF=0`` anywhere."""

from __future__ import annotations

import pytest

from explainer.config import load_config, pdf_wanted

ON = load_config({"explainer": {}}, "mkdocs.yml")
OFF = load_config({"explainer": {"pdf": False}}, "mkdocs.yml")


@pytest.mark.parametrize(
    ("options", "command", "environment", "wanted"),
    [
        (ON, "build", None, True),
        (ON, "gh-deploy", None, True),
        (ON, "serve", None, False),  # a preview skips it by default
        (ON, "serve", "1", True),
        (ON, "build", "0", False),
        (OFF, "build", None, False),
        (OFF, "build", "1", True),  # the environment overrides the option
        (ON, "build", "yes", True),  # only 0 and 1 override
        (ON, "serve", "", False),
    ],
)
def test_the_option_and_the_command_decide_and_explainer_pdf_overrides_both(options, command, environment, wanted):
    assert pdf_wanted(options, command, environment) is wanted
