"""bench/accuracy.py: the scoring of expected against actual findings (no linting here)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def accuracy():
    spec = importlib.util.spec_from_file_location("bench_accuracy", ROOT / "bench" / "accuracy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_accuracy"] = module
    spec.loader.exec_module(module)
    return module


def test_matching_findings_are_true_positives(accuracy) -> None:
    Item = accuracy.Item
    expected = [Item("a.docx", "MLA110", "warning", None), Item("a.docx", "MLA202", "error", 12)]
    actual = [Item("a.docx", "MLA202", "error", 12, "placeholder"), Item("a.docx", "MLA110", "warning", None)]
    result = accuracy.score(expected, actual)
    assert result.overall.tp == 2 and result.overall.fp == 0 and result.overall.fn == 0
    assert result.overall.f1 == 1.0
    assert not result.false_positives and not result.false_negatives


def test_wrong_paragraph_is_one_false_positive_and_one_false_negative(accuracy) -> None:
    Item = accuracy.Item
    result = accuracy.score([Item("a.txt", "MLA201", "warning", 14)], [Item("a.txt", "MLA201", "warning", 15)])
    counts = result.codes["MLA201"]
    assert (counts.tp, counts.fp, counts.fn) == (0, 1, 1)
    assert result.false_positives[0].paragraph == 15 and result.false_negatives[0].paragraph == 14
    assert counts.precision == 0.0 and counts.recall == 0.0 and counts.f1 == 0.0


def test_severity_mismatch_counts_as_an_error(accuracy) -> None:
    Item = accuracy.Item
    result = accuracy.score([Item("a.pdf", "MLA111", "error", None)], [Item("a.pdf", "MLA111", "warning", None)])
    counts = result.codes["MLA111"]
    assert (counts.tp, counts.fp, counts.fn) == (0, 1, 1)
    assert len(result.severity_mismatches) == 1
    expected, actual = result.severity_mismatches[0]
    assert expected.severity == "error" and actual.severity == "warning"


def test_multiset_matching_and_files_are_kept_apart(accuracy) -> None:
    Item = accuracy.Item
    expected = [Item("a.txt", "MLA207", "info", 3), Item("a.txt", "MLA207", "info", 3), Item("b.txt", "MLA207", "info", 3)]
    actual = [Item("a.txt", "MLA207", "info", 3), Item("c.txt", "MLA207", "info", 3)]
    result = accuracy.score(expected, actual)
    counts = result.codes["MLA207"]
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 2)
    assert counts.precision == 0.5 and counts.recall == pytest.approx(1 / 3)
    assert {i.file for i in result.false_negatives} == {"a.txt", "b.txt"}


def test_families_and_micro_average(accuracy) -> None:
    Item = accuracy.Item
    expected = [Item("a", "MLA101", "error", None), Item("a", "MLA102", "error", None), Item("a", "MLA301", "warning", 4)]
    actual = [Item("a", "MLA101", "error", None), Item("a", "MLA205", "warning", 9), Item("a", "MLA301", "warning", 4)]
    result = accuracy.score(expected, actual)
    families = result.families
    assert (families["MLA1xx"].tp, families["MLA1xx"].fn) == (1, 1)
    assert (families["MLA2xx"].tp, families["MLA2xx"].fp) == (0, 1)
    assert families["MLA3xx"].f1 == 1.0
    overall = result.overall
    assert (overall.tp, overall.fp, overall.fn) == (2, 1, 1)
    assert overall.precision == pytest.approx(2 / 3) and overall.recall == pytest.approx(2 / 3)


def test_no_findings_at_all_is_perfect(accuracy) -> None:
    result = accuracy.score([], [])
    assert result.overall.precision == 1.0 and result.overall.recall == 1.0 and result.overall.f1 == 1.0


def test_family_names(accuracy) -> None:
    assert accuracy.family("MLA205") == "MLA2xx"
    assert accuracy.family("UK101") == "UK1xx"


def test_report_renders_lists_and_clean_count(accuracy) -> None:
    Item = accuracy.Item
    result = accuracy.score([Item("a.txt", "MLA110", "warning", None)], [Item("b.txt", "MLA205", "warning", 7, "dangling")])
    data = {
        "samples": 2,
        "select": ["MLA"],
        "codes": {c: v.to_dict() for c, v in result.codes.items()},
        "families": {c: v.to_dict() for c, v in result.families.items()},
        "overall": result.overall.to_dict(),
        "false_positives": [vars(i) for i in result.false_positives],
        "false_negatives": [vars(i) for i in result.false_negatives],
        "severity_mismatches": [],
        "clean": {"files": 1, "findings": 1, "by_file": {"b.txt": 1}},
        "errors": [],
    }
    text = accuracy.render(data)
    assert "b.txt: MLA205 warning at paragraph 7  dangling" in text
    assert "a.txt: MLA110 warning at document" in text
    assert "Clean requests: 1 files, 1 MLA1xx/MLA2xx findings" in text
