"""Jurisdiction profiles: chosen by the document's states unless chosen explicitly, and said so in the output."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import jsonschema
import pytest

from mla_lint.engine import Linter
from mla_lint.findings import Finding, Severity
from mla_lint.formatters.base import FormatOptions
from mla_lint.formatters.markdown import render_markdown
from mla_lint.formatters.text import TextFormatter
from mla_lint.jurisdiction import JurisdictionProfile, StateMatch
from mla_lint.limits import Limits
from mla_lint.plugin import hookimpl
from mla_lint.readers.text_reader import TextReader
from mla_lint.registry import Registry, build_registry
from mla_lint.rule import Rule
from mla_lint.settings import Settings

SCHEMA = json.loads((Path(__file__).parent.parent / "mla_lint" / "schemas" / "report.schema.json").read_text())

TO_UK = (
    "Federal Investigation Agency, Islamabad, Pakistan\n\n"
    "To: UK Central Authority, Home Office, London, United Kingdom\n\n"
    "REQUEST FOR MUTUAL LEGAL ASSISTANCE\n\n"
    "The Federal Investigation Agency is investigating Mr Imran Khan for money laundering."
)
TO_KENYA = (
    "Office of the Attorney General, Islamabad, Pakistan\n\n"
    "To: The Office of the Director of Public Prosecutions, Nairobi, Kenya\n\n"
    "REQUEST FOR MUTUAL LEGAL ASSISTANCE\n\n"
    "The Federal Investigation Agency is investigating Mr Imran Khan for fraud."
)
GERMANY_TO_FRANCE = (
    "Staatsanwaltschaft Berlin, Germany\n\n"
    "To: Parquet de Paris, France\n\n"
    "REQUEST FOR MUTUAL LEGAL ASSISTANCE\n\n"
    "The prosecutor is investigating a fraud."
)


def _always(code: str, jurisdiction: str) -> type[Rule]:
    """A rule of ``jurisdiction`` that reports every document (to see whether the profile ran)."""

    class Always(Rule):
        """Reports every document (test rule)."""

        name = "always"
        severity = Severity.WARNING
        language_model: frozenset[str] = frozenset()

        def check(self, document: object, facts: object) -> Iterable[Finding]:
            yield self.finding("ran")

    Always.code = code
    Always.jurisdiction = jurisdiction
    return Always


class Profiles:
    """A plugin with automatic and explicit-only profiles, each with one rule."""

    __name__ = "profiles"

    def __init__(self, *profiles: JurisdictionProfile) -> None:
        self.profiles = profiles

    @hookimpl
    def get_jurisdictions(self) -> list[JurisdictionProfile]:
        return list(self.profiles)

    @hookimpl
    def get_rules(self) -> list[type[Rule]]:
        return [_always(f"{p.code}101", p.code) for p in self.profiles]


UK = JurisdictionProfile("ZZ", "Zedland for the UK", auto=StateMatch(requested=frozenset({"GB"})))
FROM_PK = JurisdictionProfile("ZP", "From Pakistan", auto=StateMatch(requesting=frozenset({"PK"})))
EU = frozenset({"DE", "FR", "IT"})
EIO = JurisdictionProfile("ZE", "Between members", auto=StateMatch(requested=EU, requesting=EU, both=True))
MANUAL = JurisdictionProfile("ZM", "Explicit only")


def registry(*profiles: JurisdictionProfile) -> Registry:
    return build_registry([Profiles(*profiles)], autoload=False)


def lint(text: str, *profiles: JurisdictionProfile, settings: Settings | None = None):
    linter = Linter(settings or Settings(), registry=registry(*profiles))
    return linter, linter.lint_text(text)


@pytest.mark.parametrize(
    ("match", "requested", "requesting", "expected"),
    [
        (StateMatch(requested=frozenset({"GB"})), "GB", None, True),
        (StateMatch(requested=frozenset({"GB"})), None, "GB", False),
        (StateMatch(requesting=frozenset({"PK"})), "GB", "PK", True),
        (StateMatch(requested=EU, requesting=EU, both=True), "FR", "DE", True),
        (StateMatch(requested=EU, requesting=EU, both=True), "FR", "PK", False),
        (StateMatch(requested=EU, requesting=EU, both=True), "FR", None, False),
        (StateMatch(), "GB", "PK", False),
    ],
)
def test_state_match(match: StateMatch, requested: str | None, requesting: str | None, expected: bool) -> None:
    assert match.matches(requested, requesting) is expected


def test_the_requested_state_selects_its_profile_and_the_reason_says_where() -> None:
    _, report = lint(TO_UK, UK, MANUAL)
    (profile,) = report.profiles
    assert profile.code == "ZZ"
    assert profile.reason.startswith("requested state United Kingdom (addressee, paragraph 2")
    assert {f.code for f in report.findings} >= {"ZZ101"} and "ZM101" not in {f.code for f in report.findings}


def test_a_document_to_another_state_selects_no_profile() -> None:
    _, report = lint(TO_KENYA, UK)
    assert report.profiles == ()
    assert "ZZ101" not in {f.code for f in report.findings}


def test_the_requesting_state_selects_a_profile_too() -> None:
    _, report = lint(TO_UK, FROM_PK)
    assert [p.code for p in report.profiles] == ["ZP"]
    assert report.profiles[0].reason.startswith("requesting state Pakistan (")


def test_both_states_must_match_when_the_profile_says_so() -> None:
    assert [p.code for p in lint(GERMANY_TO_FRANCE, EIO)[1].profiles] == ["ZE"]
    assert lint(TO_UK.replace("United Kingdom", "France").replace("UK ", ""), EIO)[1].profiles == ()


def test_explicit_selection_turns_the_automatic_choice_off() -> None:
    _, report = lint(TO_UK, UK, MANUAL, settings=Settings(jurisdiction=("ZM",)))
    assert [(p.code, p.reason) for p in report.profiles] == [
        ("ZM", "selected by the jurisdiction setting (--jurisdiction or configuration)")
    ]
    codes = {f.code for f in report.findings}
    assert "ZM101" in codes and "ZZ101" not in codes


def test_a_profile_that_could_change_nothing_is_not_considered() -> None:
    """With --select MLA202 the parties need not be read (the language model need not even load)."""
    linter, report = lint(TO_UK, UK, settings=Settings(select=("MLA202",)))
    assert report.profiles == ()
    assert [r.code for r in linter.rules_considered(linter.settings, "x.txt")] == ["MLA202"]


def test_a_profile_regrading_a_selected_core_rule_is_applied() -> None:
    strict = JurisdictionProfile("ZS", "Strict", severity={"MLA110": Severity.ERROR}, auto=StateMatch(frozenset({"GB"})))
    _, report = lint(TO_UK, strict, settings=Settings(select=("MLA110",)))
    assert [p.code for p in report.profiles] == ["ZS"]
    assert [(f.code, f.severity) for f in report.findings] == [("MLA110", Severity.ERROR)]


def test_the_cache_considers_the_rules_of_profiles_that_may_select_themselves() -> None:
    linter, _ = lint(TO_KENYA, UK)
    assert "ZZ101" in {r.code for r in linter.rules_considered(linter.settings, "x.txt")}


def test_profiles_are_in_the_json_report_text_output_and_rule_metadata() -> None:
    linter, file_report = lint(TO_UK, UK)
    report = linter.report([file_report])
    data = report.to_dict()
    jsonschema.validate(data, SCHEMA)
    assert data["schema_version"] == "1.2"
    (profile,) = data["files"][0]["profiles"]
    assert profile["code"] == "ZZ" and profile["name"] == "Zedland for the UK"
    assert "ZZ101" in {rule.code for rule in report.rules}  # SARIF and annotations know the rule
    text = TextFormatter().render(report, FormatOptions())
    assert "<text>: profile ZZ: requested state United Kingdom (addressee, paragraph 2" in text
    assert "profile" not in TextFormatter().render(report, FormatOptions(quiet=True))
    assert "*Jurisdiction profile ZZ (Zedland for the UK): requested state United Kingdom (addressee" in render_markdown(report)


def test_a_file_without_profiles_has_an_empty_list() -> None:
    linter, file_report = lint(TO_KENYA, UK)
    data = linter.report([file_report]).to_dict()
    jsonschema.validate(data, SCHEMA)
    assert data["files"][0]["profiles"] == []


class Raising:
    """A plugin whose hooks raise."""

    __name__ = "raising"

    @hookimpl
    def get_rules(self) -> list[type[Rule]]:
        raise RuntimeError("broken rules")

    @hookimpl
    def get_jurisdictions(self) -> list[JurisdictionProfile]:
        raise ValueError("broken profiles")


def test_a_plugin_raising_in_a_hook_is_reported_by_name_and_the_run_goes_on() -> None:
    reg = build_registry([Raising()], autoload=False)
    linter = Linter(Settings(select=("MLA110",)), registry=reg)
    report = linter.report([linter.lint_text(TO_KENYA)])
    assert [f.code for f in report.findings] == ["MLA110"]
    assert "plugin 'raising': hook get_rules failed: RuntimeError: broken rules" in report.errors
    assert "plugin 'raising': hook get_jurisdictions failed: ValueError: broken profiles" in report.errors
    assert report.exit_code() == 2


def test_list_plugins_shows_versions_rules_and_profiles(run_cli) -> None:
    result = run_cli("--list-plugins")
    assert result.code == 0, result.err
    assert "core (mla-lint " in result.out and "MLA001" in result.out
    assert "ruritania (mla-lint-testplugin 0.1.0)" in result.out
    assert "  rules: RU101, XC901, XS902" in result.out and "  profile RU (Ruritania)" in result.out
    listed = {entry["distribution"]: entry for entry in json.loads(run_cli("--list-plugins", "--format", "json").out)}
    assert listed["mla-lint-testplugin"]["rules"] == ["RU101", "XC901", "XS902"]
    assert {"code": "RU", "name": "Ruritania", "auto": None} in listed["mla-lint-testplugin"]["profiles"]


def test_the_environment_variable_stops_plugin_autoloading(run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MLA_LINT_DISABLE_PLUGIN_AUTOLOAD", "1")
    result = run_cli("--list-plugins")
    assert result.code == 0
    assert "ruritania" not in result.out and "autoloading is disabled" in result.out
    assert run_cli("x.txt", "--jurisdiction", "RU").code == 2  # the profile is not there


def test_profiles_are_chosen_the_same_in_worker_processes(tmp_path: Path) -> None:
    files = [tmp_path / "uk.txt", tmp_path / "kenya.txt"]
    files[0].write_text(TO_UK, encoding="utf-8")
    files[1].write_text(TO_KENYA, encoding="utf-8")
    strict = JurisdictionProfile("ZS", "Strict", severity={"MLA110": Severity.ERROR}, auto=StateMatch(frozenset({"GB"})))
    linter = Linter(Settings(select=("MLA110",)), registry=registry(strict))
    one, two = linter.lint_paths(files, jobs=1), linter.lint_paths(files, jobs=2)
    assert [[p.code for p in f.profiles] for f in two.files] == [["ZS"], []]
    assert [[f.severity for f in file.findings] for file in two.files] == [[Severity.ERROR], [Severity.WARNING]]
    assert one.to_dict() == two.to_dict()


def test_reading_the_states_counts_against_the_time_limit() -> None:
    linter = Linter(Settings(timeout=1e-9), registry=registry(UK))
    document = TextReader().read(TO_UK.encode(), "uk.txt", Limits())
    report = linter.lint_document(document)
    assert report.profiles == () and report.error is None
    assert any("automatic jurisdiction selection overran the time limit" in w for w in linter.warnings)
