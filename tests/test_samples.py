"""Every shipped sample request gets exactly its expected findings, in every format's reader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SAMPLES
from mla_lint.engine import Linter

SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".docx", ".pdf", ".txt"})


def test_there_are_samples_of_every_format() -> None:
    assert {p.suffix for p in SAMPLE_FILES} == {".docx", ".pdf", ".txt"}
    assert len(SAMPLE_FILES) >= 9


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_gets_exactly_its_expected_findings(linter: Linter, sample: Path) -> None:
    expected = json.loads(sample.with_name(sample.stem + ".expected.json").read_text(encoding="utf-8"))
    report = linter.lint_path(sample)
    assert report.error is None and report.rule_failures == ()
    core = [f for f in report.findings if f.origin == "core"]  # jurisdiction plugins test their rules on their own samples
    actual = [
        (f.code, f.severity.value, f.location.paragraph if f.location else None, f.location.page if f.location else None)
        for f in core
    ]
    wanted = [(e["code"], e["severity"], e["paragraph"], e["page"]) for e in expected["findings"]]
    assert sorted(actual, key=str) == sorted(wanted, key=str)
    missing_in_checklist = {item.code for item in report.checklist if item.state.value == "missing"}
    assert missing_in_checklist == {f.code for f in core if f.code.startswith("MLA1")}
    for item in expected["findings"]:
        if item.get("excerpt_contains"):
            assert any(
                f.code == item["code"] and item["excerpt_contains"] in (f.excerpt or "") for f in report.findings
            ), item


def test_the_checklist_covers_every_required_element(linter: Linter) -> None:
    report = linter.lint_path(SAMPLES / "complete_fr_to_ch.docx")
    elements = sorted(rule.code for rule in linter.registry.rules if rule.code.startswith("MLA1"))
    assert [item.code for item in report.checklist] == elements == [f"MLA1{n:02d}" for n in range(1, 19)]
    assert {item.state.value for item in report.checklist} <= {"present", "not-applicable"}


def test_the_generator_reproduces_the_committed_samples(tmp_path: Path) -> None:
    import subprocess
    import sys

    subprocess.run([sys.executable, str(SAMPLES / "generate.py"), "--out", str(tmp_path)], check=True, capture_output=True)
    for sample in SAMPLE_FILES:
        assert (tmp_path / sample.name).read_bytes() == sample.read_bytes(), sample.name
