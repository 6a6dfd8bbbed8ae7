"""The US plugin, installed, on its sample requests: exact US findings and automatic profile choice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mla_lint.analysis import Analysis
from mla_lint.engine import Linter
from mla_lint.parties import parties
from mla_lint.readers.dispatch import read_path
from mla_lint.settings import Settings

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
EXPECTED: dict[str, dict[str, list[str]]] = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def test_the_plugin_is_installed_not_imported_from_the_tree(linter: Linter) -> None:
    rules = {rule.code: rule for rule in linter.registry.rules}
    assert {f"US10{n}" for n in range(1, 7)} <= set(rules)
    assert all(rules[f"US10{n}"].origin == "mla-lint-us" for n in range(1, 7))
    assert "site-packages" in __import__("mla_lint_us").__file__


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if "US" in e["profiles"]))
def test_sample_gets_exactly_its_us_findings(linter: Linter, name: str) -> None:
    """Each sample addressed to the US, linted with the US profile, gets exactly the expected US codes."""
    report = linter.lint_path(SAMPLES / name, settings=Settings(jurisdiction=("US",)))
    found = sorted(f.code for f in report.findings if f.code.startswith("US"))
    assert found == sorted(EXPECTED[name]["codes"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_profile_is_chosen_for_requests_to_the_us_only(linter: Linter, name: str) -> None:
    """The US profile's automatic match selects the US samples and not the request to another state."""
    document = read_path(SAMPLES / name, linter.registry.readers, Settings().limits)
    found = Analysis(document).derived(parties)
    profile = linter.registry.jurisdictions["US"]
    assert profile.auto is not None
    chosen = profile.auto.matches(found.requested_state, found.requesting_state)
    assert chosen == ("US" in EXPECTED[name]["profiles"])
