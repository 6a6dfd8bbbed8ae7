"""The UK plugin, installed, on its sample requests: automatic profile choice and exact UK findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from mla_lint.engine import Linter
from mla_lint.sample_kit import check_sample, expected_samples

PROFILE = "UK"
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
EXPECTED = expected_samples(SAMPLES)


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def test_the_plugin_is_installed_not_imported_from_the_tree(linter: Linter) -> None:
    origins = {rule.code: rule.origin for rule in linter.registry.rules if rule.jurisdiction == PROFILE}
    assert sorted(origins) == [f"UK10{n}" for n in range(1, 8)]
    assert set(origins.values()) == {"mla-lint-uk"}
    assert "site-packages" in __import__("mla_lint_uk").__file__


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_with_automatic_selection(linter: Linter, name: str) -> None:
    """Default settings: the UK profile runs on the requests to the UK only, and they get exactly their UK codes."""
    check_sample(linter, SAMPLES, name, profile=PROFILE)
