"""Real command-line output on the shipped samples validates against the published schemas."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from jsonschema import Draft202012Validator

from conftest import ROOT, SAMPLES

REPORT_SCHEMA = json.loads((ROOT / "mla_lint" / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
SARIF_SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
EXPECTED = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.expected.json"))]
"""What each shipped sample must get (tests/test_samples.py checks them one by one)."""
EXPECTED_FINDINGS = sum(len(e["findings"]) for e in EXPECTED)


def test_json_output_of_all_samples_and_a_bad_file_validates(run_cli, tmp_path) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 truncated")
    result = run_cli(SAMPLES, bad, "--format", "json")
    assert result.code == 2
    data = result.json()
    Draft202012Validator(REPORT_SCHEMA).validate(data)
    assert len(data["files"]) == len(EXPECTED) + 1
    assert sum(1 for f in data["files"] for x in f["findings"] if x["origin"] == "core") == EXPECTED_FINDINGS


def test_sarif_output_of_all_samples_validates_against_sarif_2_1_0(run_cli, tmp_path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7 nothing else")
    result = run_cli(SAMPLES, bad, "--format", "sarif")
    log = result.json()
    validator_class = jsonschema.validators.validator_for(SARIF_SCHEMA)
    validator_class(SARIF_SCHEMA).validate(log)
    run = log["runs"][0]
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} >= {"MLA110", "MLA202"}
    assert sum(1 for r in run["results"] if r["ruleId"].startswith("MLA")) == EXPECTED_FINDINGS
    assert run["invocations"][0]["executionSuccessful"] is False
    notes = [n["message"]["text"] for n in run["invocations"][0]["toolExecutionNotifications"]]
    assert any("broken.pdf" in n for n in notes)
