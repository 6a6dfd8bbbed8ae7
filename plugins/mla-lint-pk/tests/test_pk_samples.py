"""The PK plugin, installed, on its sample requests: automatic profile choice and exact PK findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings

PROFILE = "PK"
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
EXPECTED: dict[str, dict[str, list[str]]] = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def test_the_plugin_is_installed_not_imported_from_the_tree(linter: Linter) -> None:
    origins = {rule.code: rule.origin for rule in linter.registry.rules if rule.jurisdiction == PROFILE}
    assert sorted(origins) == [f"PK10{n}" for n in range(1, 7)]
    assert set(origins.values()) == {"mla-lint-pk"}
    assert "site-packages" in __import__("mla_lint_pk").__file__


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_with_automatic_selection(linter: Linter, name: str) -> None:
    """Default settings: the PK profile runs on requests from or to Pakistan only, and they get exactly their PK codes."""
    report = linter.lint_path(SAMPLES / name, settings=Settings())
    assert (PROFILE in [p.code for p in report.profiles]) == (PROFILE in EXPECTED[name]["profiles"])
    assert sorted(f.code for f in report.findings if f.code.startswith(PROFILE)) == sorted(EXPECTED[name]["codes"])
