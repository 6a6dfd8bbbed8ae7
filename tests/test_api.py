"""The library entry point: paths, bytes and text; settings; nothing printed, nothing raised for bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

import mla_lint
from conftest import SAMPLES
from mla_lint.errors import UsageError
from mla_lint.settings import Settings

DOCX = SAMPLES / "defective_template_remnants.docx"


def test_lint_a_path_returns_findings_document_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    report = mla_lint.lint(DOCX)
    assert [f.code for f in report.findings].count("MLA202") == 8
    assert report.document is not None and report.document.format == "docx"
    assert report.to_dict()["files"][0]["path"] == str(DOCX)
    assert capsys.readouterr() == ("", "")


def test_lint_a_path_given_as_str_bytes_with_hint_and_sniffed_and_text() -> None:
    by_str = mla_lint.lint(str(DOCX), select=["MLA202"])
    by_bytes = mla_lint.lint(DOCX.read_bytes(), format="docx", select=["MLA202"])
    sniffed = mla_lint.lint(DOCX.read_bytes(), select=["MLA202"])
    assert [f.message for f in by_str.findings] == [f.message for f in by_bytes.findings] == [
        f.message for f in sniffed.findings
    ]
    text = mla_lint.lint("The suspect [NAME] opened the account.\n", select=["MLA202"])
    assert [f.code for f in text.findings] == ["MLA202"]


def test_select_ignore_jurisdiction_and_config_forms(tmp_path: Path) -> None:
    assert {f.code for f in mla_lint.lint(DOCX, ignore=["MLA2"]).findings} == {"MLA110"}
    assert {f.code for f in mla_lint.lint(DOCX, config={"select": ["MLA110"]}).findings} == {"MLA110"}
    assert {f.code for f in mla_lint.lint(DOCX, config=Settings(select=("MLA110",))).findings} == {"MLA110"}
    config = tmp_path / "mla-lint.toml"
    config.write_text('ignore = ["MLA110"]\n')
    assert {f.code for f in mla_lint.lint(DOCX, config=config).findings} == {"MLA202"}
    ruritania = mla_lint.lint(DOCX, jurisdiction="RU", select=["MLA110", "RU"])
    assert {(f.code, f.severity.value) for f in ruritania.findings} == {("MLA110", "error"), ("RU101", "info")}


def test_unreadable_input_is_reported_not_raised() -> None:
    report = mla_lint.lint(b"\x00\x01garbage", format="pdf")
    assert report.files[0].error is not None and report.exit_code() == 2


def test_invalid_options_raise_usage_error() -> None:
    with pytest.raises(UsageError):
        mla_lint.lint(DOCX, select=["NOPE1"])
