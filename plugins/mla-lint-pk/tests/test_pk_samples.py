"""The PK plugin, installed, on its sample requests: automatic profile choice and exact PK findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from mla_lint.engine import Linter
from mla_lint.sample_kit import check_sample, expected_samples

PROFILE = "PK"
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
EXPECTED = expected_samples(SAMPLES)


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
    check_sample(linter, SAMPLES, name, profile=PROFILE)
