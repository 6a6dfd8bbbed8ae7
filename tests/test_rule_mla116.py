"""MLA116 reciprocity: a request on domestic law alone offers reciprocity."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings


def codes(linter: Linter, text: str) -> list[str]:
    return [f.code for f in linter.lint_text(text, settings=Settings(select=("MLA116",))).findings]


@pytest.mark.parametrize(
    "text",
    [
        "This request is made under the Mutual Assistance in Criminal Matters Act 1987 (Cth).",
        "Legal basis\n\nThis request is based on Law Number 1 of 2006 concerning Mutual Assistance in Criminal Matters.",
        "This request is made under Chapter IX of the Criminal Procedure Code on international legal assistance.",
    ],
)
def test_fires_on_domestic_law_alone(linter: Linter, text: str) -> None:
    assert codes(linter, text) == ["MLA116"]


@pytest.mark.parametrize(
    "text",
    [
        # domestic law and reciprocity
        ("This request is made under the Mutual Legal Assistance Act, 2011 of Kenya. Kenya will, if asked, give the same "
        "help to South Africa in a comparable matter."),
        # domestic law and a convention
        "This request is made under Article 46 of UNCAC and the Mutual Legal Assistance (Criminal Matters) Act 2020.",
        # domestic law and an MLA treaty
        "This request is made under the Harare Scheme and the Crime (International Co-operation) Act 2003.",
        # no basis at all: MLA102's case, not this one
        "We ask for your help in the interest of justice.",
    ],
)
def test_silent_otherwise(linter: Linter, text: str) -> None:
    assert codes(linter, text) == []


def test_is_a_warning_for_the_whole_document(linter: Linter) -> None:
    report = linter.lint_text(
        "This request is made under the Mutual Assistance in Criminal Matters Act 1987 (Cth).",
        settings=Settings(select=("MLA116",)),
    )
    (finding,) = report.findings
    assert finding.severity.value == "warning" and finding.location is None
