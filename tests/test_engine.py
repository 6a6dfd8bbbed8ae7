"""The engine: registry and plugins, selection, severities, fault isolation."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Iterable

import pytest

from mla_lint import registry as registry_module
import time

from mla_lint.analysis import Analysis
from mla_lint.engine import Linter, _Budget, _run_rules
from mla_lint.errors import UsageError
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule
from mla_lint.registry import build_registry
from mla_lint.selection import active_rules
from mla_lint.settings import Settings

NO_CLAUSE = "The Attorney General of Freedonia asks for the bank records of account 12345 [NAME]."


SUBSET = {"MLA110", "MLA202", "MLA206"}
"""Selection is checked on three core rules (and the test plugin's), whatever other rules exist."""


def active(settings: Settings, path: str = "x.docx") -> list[str]:
    codes = [r.code for r in active_rules(build_registry(), settings, path)]
    return [code for code in codes if code in SUBSET or not code.startswith("MLA")]


def test_built_in_rules_come_through_the_hooks_with_origin_core() -> None:
    reg = build_registry()
    core = {r.code for r in reg.rules if r.origin == "core"}
    assert core >= SUBSET and core == {r.code for r in reg.rules if r.code.startswith("MLA")}
    assert [r.format for r in reg.readers] == ["docx", "pdf", "text"]
    assert {"text", "json", "sarif"} <= set(reg.formatters)


def test_the_installed_test_plugin_is_found_through_its_entry_point() -> None:
    reg = build_registry()
    origins = {r.code: r.origin for r in reg.rules}
    assert origins["RU101"] == "mla-lint-testplugin"
    assert origins["XC901"] == "mla-lint-testplugin"
    assert {"RU", "XC"} <= set(reg.jurisdictions)
    assert "count" in reg.formatters
    assert reg.default_config["severity"] == {"RU101": "info"}
    assert ("ruritania", "mla-lint-testplugin") in {(p.name, p.distribution) for p in reg.plugins}
    assert reg.load_errors == ()


def test_autoload_can_be_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MLA_LINT_DISABLE_PLUGIN_AUTOLOAD", "1")
    assert {r.origin for r in build_registry().rules} == {"core"}


def test_a_plugin_that_fails_to_import_is_reported_not_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> object:
        raise ImportError("No module named 'mla_lint_broken'")

    dist = SimpleNamespace(name="mla-lint-broken", version="9.9")
    entry = SimpleNamespace(group="mla_lint", name="broken", load=broken, dist=dist)
    monkeypatch.setattr(registry_module, "entry_points", lambda group: [entry] if group == "mla_lint" else [])
    reg = build_registry()
    assert reg.load_errors == (
        "plugin 'broken' from mla-lint-broken 9.9 failed to load: ImportError: No module named 'mla_lint_broken'",
    )
    assert {r.code for r in reg.rules} >= SUBSET and all(r.origin == "core" for r in reg.rules)
    report = Linter(registry=reg).report([])
    assert report.exit_code() == 2


def test_jurisdiction_rules_run_only_when_the_jurisdiction_is_selected() -> None:
    assert active(Settings()) == ["MLA110", "MLA202", "MLA206"]
    assert active(Settings(jurisdiction=("RU",))) == ["MLA110", "MLA202", "MLA206", "RU101"]
    assert active(Settings(extend_select=("RU101",))) == ["MLA110", "MLA202", "MLA206", "RU101"]


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        (Settings(select=("MLA1",)), ["MLA110"]),
        (Settings(select=("MLA2", "MLA110")), ["MLA110", "MLA202", "MLA206"]),
        (Settings(ignore=("MLA2",)), ["MLA110"]),
        (Settings(select=("MLA202",), ignore=("MLA2",)), ["MLA202"]),
        (Settings(select=("MLA2",), ignore=("MLA202",)), ["MLA206"]),
        (Settings(select=("MLA20",), ignore=("MLA2",)), ["MLA202", "MLA206"]),
        (Settings(select=("MLA",), ignore=("MLA",)), []),
        (Settings(select=("MLA1",), extend_select=("MLA202",)), ["MLA110", "MLA202"]),
        (Settings(per_file_ignores=(("*.docx", ("MLA202",)),)), ["MLA110", "MLA206"]),
        (Settings(per_file_ignores=(("drafts/*", ("MLA202",)),)), ["MLA110", "MLA202", "MLA206"]),
    ],
)
def test_selection_longest_prefix_wins(settings: Settings, expected: list[str]) -> None:
    assert active(settings) == expected


@pytest.mark.parametrize(
    "settings",
    [Settings(select=("MLA9",)), Settings(ignore=("XYZ",)), Settings(severity={"MLA999": Severity.INFO})],
)
def test_unknown_codes_are_usage_errors(settings: Settings) -> None:
    with pytest.raises(UsageError, match="unknown rule code or prefix"):
        Linter(settings)


def test_unknown_jurisdiction_is_a_usage_error_listing_the_known_ones() -> None:
    # the installed test plugin's profiles (RU, XC, XS) are listed, in order, with any other installed plugin's
    with pytest.raises(UsageError, match=r"unknown jurisdiction 'ZZ' \(available: (?:[A-Z]+, )*RU, (?:[A-Z]+, )*XC, XS\b"):
        Linter(Settings(jurisdiction=("ZZ",)))


def test_severity_overrides_profile_then_user(linter: Linter) -> None:
    assert [f.severity for f in linter.lint_text(NO_CLAUSE, settings=Settings(select=("MLA110",))).findings] == [
        Severity.WARNING
    ]
    ruritania = Settings(select=("MLA110",), jurisdiction=("RU",))
    assert [f.severity for f in linter.lint_text(NO_CLAUSE, settings=ruritania).findings] == [Severity.ERROR]
    user = Settings(select=("MLA110",), jurisdiction=("RU",), severity={"MLA1": Severity.INFO})
    assert [f.severity for f in linter.lint_text(NO_CLAUSE, settings=user).findings] == [Severity.INFO]


def test_plugin_default_config_is_the_lowest_layer() -> None:
    defaults = Linter().settings
    assert defaults.severity == {"RU101": Severity.INFO}
    findings = Linter(replace(defaults, jurisdiction=("RU",))).lint_text(NO_CLAUSE).findings
    assert [(f.code, f.severity) for f in findings if f.code == "RU101"] == [("RU101", Severity.INFO)]


def test_a_crashing_rule_is_reported_and_the_others_still_run() -> None:
    crashing = Linter(Settings(select=("MLA110", "MLA202", "XC901"), jurisdiction=("XC",)))
    result = crashing.lint_text(NO_CLAUSE)
    assert [f.code for f in result.findings] == ["MLA110", "MLA202"]
    assert [(r.code, r.origin, r.message) for r in result.rule_failures] == [
        ("XC901", "mla-lint-testplugin", f"RuntimeError raised at __init__.py:{_line_of('deliberate failure')}")
    ]
    assert crashing.report([result]).exit_code() == 2


def test_a_rule_that_never_ends_is_stopped_by_the_timeout_and_the_others_stand() -> None:
    slow = Linter(Settings(select=("MLA110", "MLA202", "XS902"), jurisdiction=("XS",), timeout=1.0))
    result = slow.lint_text(NO_CLAUSE)
    assert [f.code for f in result.findings] == ["MLA110", "MLA202"]
    assert [(r.code, r.origin, r.message) for r in result.rule_failures] == [
        ("XS902", "mla-lint-testplugin", "stopped: it overran the document's time limit of 1 s (--timeout)")
    ]


def test_rules_after_the_budget_is_used_up_are_reported_not_run(linter: Linter) -> None:
    document = linter.lint_text(NO_CLAUSE).document
    rules = [r for r in linter.registry.rules if r.code in {"MLA110", "MLA202"}]
    spent = _Budget(seconds=1.0, started=time.monotonic() - 5)
    findings, checklist, failures = _run_rules(rules, document, Analysis(document), spent)
    assert findings == [] and checklist == []
    assert [(f.code, f.message) for f in failures] == [
        (code, "not run: the document's time limit of 1 s (--timeout) was used up") for code in ("MLA110", "MLA202")
    ]


def _line_of(marker: str) -> int:
    """Line of the test plugin's source that contains ``marker``."""
    import mla_lint_testplugin

    source = Path(mla_lint_testplugin.__file__).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(source, 1) if marker in line)


def test_a_rule_failure_never_quotes_the_exception_message(linter: Linter) -> None:
    class Leaky(Rule):
        """Raises with document text in the message."""

        code = "ZZ999"
        name = "leaky"
        severity = Severity.ERROR

        def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
            raise ValueError(document.blocks[0].text)

    document = linter.lint_text("Secret informant: Agent Blue.").document
    _, _, failures = _run_rules([Leaky()], document, Analysis(document), _Budget(None, time.monotonic()))
    assert "Agent Blue" not in failures[0].message
    assert failures[0].message.startswith("ValueError raised at test_engine.py:")
