"""Rules written as data: a TOML rule pack, loaded from a folder or a plugin, run end to end."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from mla_lint.cache import ResultCache, _code_fingerprint
from mla_lint.engine import Linter
from mla_lint.plugin import hookimpl
from mla_lint.registry import build_registry
from mla_lint.rulefiles import RuleFileError, load_rule_file
from mla_lint.settings import Settings
from mla_lint.testing import assert_codes, codes_for, findings_for

PACK = '''\
# A practitioner's rule pack: no Python.

[[rule]]
code = "ACME101"
name = "search-grounds"
kind = "required"
severity = "error"
message = "A search is requested but the grounds for believing the evidence is there are not stated."
source = "Acme Mutual Assistance Act 2001, s. 12 (fictional)"
documentation = """A request for a search states the grounds for it.

**Why** A court of the requested state issues a warrant only on grounds.
**Bad** "Please search the premises." **Good** "... there are reasonable grounds to believe ..."
"""
when = ["search warrant", "search the premises", "search of the premises"]
phrases = ["reasonable grounds", "grounds to believe", "probable cause"]

[[rule]]
code = "ACME102"
name = "informal-urgency"
kind = "forbidden"
severity = "warning"
message = "'{match}' is informal: give the date by which the evidence is needed and why."
source = "Acme Central Authority drafting guide (fictional)"
documentation = "Informal urgency words are not used."
phrases = ["asap"]

[[rule]]
code = "ACME103"
name = "freeze-account-number"
kind = "conditional"
severity = "warning"
message = "A freeze is asked for without the account number in the same paragraph."
source = "Acme Mutual Assistance Act 2001, s. 20 (fictional)"
documentation = "A freezing request gives the account number where it asks for the freeze."
when = ["freeze", "freezing order"]
phrases = ["account number"]

[[rule]]
code = "ACME104"
name = "letter-of-request"
kind = "substitution"
severity = "info"
message = "Write '{preferred}' rather than '{match}'."
source = "Acme Central Authority drafting guide (fictional)"
documentation = "The request is called a letter of request."

[rule.swap]
"letter rogatory" = "letter of request"
'''


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    folder = tmp_path / "acme_rules"
    folder.mkdir()
    (folder / "acme.toml").write_text(PACK, encoding="utf-8")
    return folder


def codes(text: str, pack: Path) -> set[str]:
    return codes_for(text, select=["ACME"], rule_paths=[pack], autoload=False)


def test_a_rule_file_becomes_rules_that_list_and_explain(pack: Path) -> None:
    registry = build_registry(autoload=False, rule_paths=[pack])
    rule = registry.rule("ACME101")
    assert rule.origin == "rule-paths" and rule.name == "search-grounds"
    assert rule.summary() == "A request for a search states the grounds for it."
    assert "**Source** Acme Mutual Assistance Act 2001, s. 12 (fictional)" in rule.documentation()
    assert "acme.toml (line 3)" in rule.documentation()
    assert [r.code for r in registry.rules if r.code.startswith("ACME")] == ["ACME101", "ACME102", "ACME103", "ACME104"]


def test_required_when_a_condition_is_present(pack: Path) -> None:
    asked = "We ask that the police search the premises at 4 High Street and seize the ledgers."
    assert codes(asked, pack) == {"ACME101"}
    (finding,) = findings_for(asked, select=["ACME101"], rule_paths=[pack], autoload=False)
    assert finding.excerpt and "search the premises" in finding.excerpt  # located at the condition
    grounded = asked + "\n\nThere are reasonable grounds to believe that the ledgers are kept there."
    assert codes(grounded, pack) == set()
    assert codes("We ask for copies of the company's annual returns.", pack) == set()


def test_phrases_match_lemmas_and_title_case_not_substrings(pack: Path) -> None:
    assert codes("Search Warrants\n\nWe ask for search warrants for both houses.", pack) == {"ACME101"}
    assert codes("He researched the premises of the company in 2020.", pack) == set()
    assert codes("Please reply ASAP.", pack) == {"ACME102"}
    assert codes("The witness, Mr Asaph Cohen, lives in Haifa.", pack) == set()


def test_forbidden_message_quotes_the_words_found(pack: Path) -> None:
    (finding,) = findings_for("Please reply ASAP.", select=["ACME102"], rule_paths=[pack], autoload=False)
    assert finding.message == "'ASAP' is informal: give the date by which the evidence is needed and why."


def test_conditional_looks_in_the_same_paragraph(pack: Path) -> None:
    apart = "We ask you to freeze the account of Mr Khan.\n\nHis account number is 0012345678 at Barclays."
    together = "We ask you to freeze account number 0012345678 at Barclays held by Mr Khan."
    assert codes(apart, pack) == {"ACME103"}
    assert codes(together, pack) == set()


def test_substitution_suggests_the_preferred_term(pack: Path) -> None:
    findings = findings_for("LETTERS ROGATORY\n\nThese letters rogatory are sent by the court.", select=["ACME104"],
                            rule_paths=[pack], autoload=False)
    assert [f.suggestion for f in findings] == ["letter of request", "letter of request"]
    assert findings[1].message == "Write 'letter of request' rather than 'letters rogatory'."


def test_a_data_rule_is_selected_ignored_and_suppressed_like_any_rule(pack: Path) -> None:
    assert_codes("Please reply ASAP.", {"ACME102"}, select=["ACME"], rule_paths=[pack], autoload=False)
    assert_codes("Please reply ASAP. mla-lint: disable=ACME102", set(), select=["ACME", "MLA001"], rule_paths=[pack], autoload=False)
    linter = Linter(Settings(select=("ACME",), ignore=("ACME102",)), registry=build_registry(autoload=False, rule_paths=[pack]))
    assert linter.lint_text("Please reply ASAP.").findings == ()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("phrases = [\"asap\"]", "phrases = [\"asap\""), r"acme\.toml:\d+:\d+: not valid TOML: "),
        (("phrases = [\"asap\"]", "phrase = [\"asap\"]"), r"acme\.toml:18: rule 'ACME102': key 'phrase': not a key of a forbidden rule"),
        (("code = \"ACME102\"", "code = \"ACME12\""), r"acme\.toml:18: rule 'ACME12': key 'code': 'ACME12' must be"),
        (("severity = \"warning\"\nmessage = \"'{match}'", "severity = \"loud\"\nmessage = \"'{match}'"),
         r"acme\.toml:18: rule 'ACME102': key 'severity': unknown severity 'loud'"),
        (("kind = \"forbidden\"", "kind = \"banned\""), r"acme\.toml:18: rule 'ACME102': key 'kind': must be one of"),
        (("phrases = [\"asap\"]", "phrases = []"), r"acme\.toml:18: rule 'ACME102': key 'phrases': must be a non-empty list"),
        (("phrases = [\"asap\"]", "when = [\"reply\"]"), r"acme\.toml:18: rule 'ACME102': key 'when': not a key of a forbidden rule"),
        (("documentation = \"Informal urgency words are not used.\"\n", ""), r"acme\.toml:18: rule 'ACME102': key 'documentation': missing"),
    ],
)
def test_a_malformed_rule_file_is_one_clear_line(pack: Path, change: tuple[str, str], message: str) -> None:
    file = pack / "acme.toml"
    file.write_text(PACK.replace(*change), encoding="utf-8")
    with pytest.raises(RuleFileError, match=message) as caught:
        load_rule_file(file)
    assert "\n" not in str(caught.value) and str(caught.value).startswith(str(file))


def test_the_cli_loads_a_rule_pack_from_the_configuration(run_cli, pack: Path, tmp_path: Path) -> None:
    (tmp_path / "mla-lint.toml").write_text('rule-paths = ["acme_rules"]\n', encoding="utf-8")
    request = tmp_path / "request.txt"
    request.write_text("To: the Central Authority of Utopia\n\nPlease search the premises of Mr Khan ASAP.\n", encoding="utf-8")
    result = run_cli(request, "--select", "ACME", "--format", "json")
    assert result.code == 1, result.err
    found = [(f["code"], f["origin"]) for f in result.json()["files"][0]["findings"]]
    assert found == [("ACME101", "rule-paths"), ("ACME102", "rule-paths")]
    listing = run_cli("--list-rules")
    assert "ACME104" in listing.out and "rule-paths" in listing.out
    assert "A request for a search states the grounds for it." in run_cli("--explain", "acme101").out


def test_the_cli_takes_rule_paths_on_the_command_line_and_refuses_a_broken_file(run_cli, pack: Path) -> None:
    result = run_cli("--rule-path", pack, "--explain", "ACME103")
    assert result.code == 0 and "freeze" in result.out
    (pack / "acme.toml").write_text(PACK.replace('kind = "conditional"', 'kind = "sometimes"'), encoding="utf-8")
    broken = run_cli("--rule-path", pack, "--list-rules")
    assert broken.code == 2 and broken.out == ""
    assert broken.err.count("\n") == 1 and "acme.toml:28: rule 'ACME103': key 'kind'" in broken.err
    assert "rule path not found" in run_cli("--rule-path", "nowhere", "--list-rules").err


class ShipsRules:
    """A plugin that ships a rule pack as package data."""

    __name__ = "ships-rules"

    def __init__(self, *paths: Path) -> None:
        self.paths = paths

    @hookimpl
    def get_rule_files(self) -> list[Path]:
        return list(self.paths)


def test_a_plugin_ships_rule_files_and_a_broken_one_is_reported_not_fatal(pack: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("[[rule]]\ncode = 1\n", encoding="utf-8")
    registry = build_registry([ShipsRules(pack, broken)], autoload=False)
    assert {r.code: r.origin for r in registry.rules if r.code.startswith("ACME")} == {
        "ACME101": "ships-rules", "ACME102": "ships-rules", "ACME103": "ships-rules", "ACME104": "ships-rules"
    }
    (error,) = registry.load_errors
    assert error.startswith(f"plugin 'ships-rules': {broken}:1: rule: key 'kind'")
    assert codes_for("Reply ASAP.", select=["ACME102"], plugins=[ShipsRules(pack)], autoload=False) == {"ACME102"}


def test_editing_a_rule_file_invalidates_the_cache(pack: Path, tmp_path: Path) -> None:
    registry = build_registry(autoload=False, rule_paths=[pack])
    rules = tuple(r for r in registry.rules if r.code.startswith("ACME"))
    request = tmp_path / "request.txt"
    request.write_text("Reply ASAP.", encoding="utf-8")
    cache = ResultCache(tmp_path / "cache")
    before = cache.key(request, Settings(), rules, registry)
    file = pack / "acme.toml"
    file.write_text(PACK.replace('phrases = ["asap"]', 'phrases = ["asap", "urgently"]'), encoding="utf-8")
    os.utime(file, ns=(1, 1))
    _code_fingerprint.cache_clear()  # as in a new process
    assert cache.key(request, Settings(), rules, registry) != before


def test_json_listing_of_data_rules(run_cli, pack: Path) -> None:
    listed = {r["code"]: r for r in json.loads(run_cli("--rule-path", pack, "--list-rules", "--format", "json").out)}
    assert listed["ACME104"]["severity"] == "info" and listed["ACME104"]["origin"] == "rule-paths"


def test_the_library_takes_rule_paths_from_its_configuration(pack: Path) -> None:
    import mla_lint

    report = mla_lint.lint("Please reply ASAP.", config={"rule-paths": [str(pack)], "select": ["ACME"]})
    assert [f.code for f in report.findings] == ["ACME102"]


def test_conditional_in_a_section_and_overlapping_families(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "section.toml").write_text(
        PACK.replace('when = ["freeze", "freezing order"]', 'scope = "section"\nwhen = ["freeze", "freezing order"]'),
        encoding="utf-8",
    )
    text = "Assistance requested\n\nWe ask you to freeze the account of Mr Khan.\n\nHis account number is 0012345678."
    assert codes_for(text, select=["ACME103"], rule_paths=[folder], autoload=False) == set()
    other = "Assistance requested\n\nWe ask you to freeze the account of Mr Khan.\n\nAccounts\n\nHis account number is 0012345678."
    assert codes_for(other, select=["ACME103"], rule_paths=[folder], autoload=False) == {"ACME103"}
    # a condition phrase inside a required phrase still counts as both
    (folder / "section.toml").write_text(
        PACK.replace('phrases = ["reasonable grounds", "grounds to believe", "probable cause"]',
                     'phrases = ["search warrant on reasonable grounds"]'),
        encoding="utf-8",
    )
    asked = "We ask for a search warrant on reasonable grounds for the house at 4 High Street."
    assert codes_for(asked, select=["ACME101"], rule_paths=[folder], autoload=False) == set()
