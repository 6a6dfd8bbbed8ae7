"""The EIO plugin, installed, on its sample orders: automatic profile choice and exact EIO findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from mla_lint.engine import Linter
from mla_lint.sample_kit import check_sample, expected_samples
from mla_lint.settings import Settings

PROFILE = "EIO"
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
EXPECTED = expected_samples(SAMPLES)


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def test_the_plugin_is_installed_not_imported_from_the_tree(linter: Linter) -> None:
    origins = {rule.code: rule.origin for rule in linter.registry.rules if rule.jurisdiction == PROFILE}
    assert sorted(origins) == [f"EIO10{n}" for n in range(1, 7)]
    assert set(origins.values()) == {"mla-lint-eio"}
    assert "site-packages" in __import__("mla_lint_eio").__file__


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if PROFILE in e["profiles"]))
def test_sample_with_the_profile(linter: Linter, name: str) -> None:
    """With the EIO profile chosen explicitly, each sample between EU states gets exactly its EIO codes."""
    report = linter.lint_path(SAMPLES / name, settings=Settings(jurisdiction=(PROFILE,)))
    assert sorted(f.code for f in report.findings if f.code.startswith(PROFILE)) == sorted(EXPECTED[name]["codes"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_with_automatic_selection(linter: Linter, name: str) -> None:
    """Default settings: the EIO profile runs on documents between EU states only, with exactly their EIO codes."""
    check_sample(linter, SAMPLES, name, profile=PROFILE)
