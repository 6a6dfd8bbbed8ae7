"""The US plugin, installed, on its sample requests: automatic profile choice and exact US findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from mla_lint.engine import Linter
from mla_lint.sample_kit import check_sample, expected_samples

PROFILE = "US"
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
EXPECTED = expected_samples(SAMPLES)


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def test_the_plugin_is_installed_not_imported_from_the_tree(linter: Linter) -> None:
    origins = {rule.code: rule.origin for rule in linter.registry.rules if rule.jurisdiction == PROFILE}
    assert sorted(origins) == [f"US10{n}" for n in range(1, 7)]
    assert set(origins.values()) == {"mla-lint-us"}
    assert "site-packages" in __import__("mla_lint_us").__file__


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_with_automatic_selection(linter: Linter, name: str) -> None:
    """Default settings: the US profile runs on the requests to the US only, and they get exactly their US codes."""
    check_sample(linter, SAMPLES, name, profile=PROFILE)
