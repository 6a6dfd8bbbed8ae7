"""The output formats: exact text lines, the JSON schema, and SARIF checked against the official schema.

Reports are built by hand (no reader, no spaCy) so that each location shape
a reader can produce is covered: a .docx finding with a visible number, one in
a footer, one in a table cell, a whole-document finding, a PDF finding with a
page, text-file findings with lines, an unreadable file and a failed rule.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from jsonschema import Draft202012Validator

from mla_lint.findings import Finding, Related, Severity
from mla_lint.formatters.base import FormatOptions
from mla_lint.formatters.json_format import JsonFormatter
from mla_lint.formatters.sarif import SarifFormatter
from mla_lint.formatters.text import TextFormatter
from mla_lint.model import Document, Location
from mla_lint.report import FileReport, Report, RuleFailure, RuleInfo

ROOT = Path(__file__).resolve().parent.parent
REPORT_SCHEMA = ROOT / "mla_lint" / "schemas" / "report.schema.json"
SARIF_SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"
ANSI = re.compile(r"\x1b\[[0-9;]*m")

MLA110_DOC = """The request asks the requested state to keep the request confidential.

**What it checks.** That the body asks for
confidentiality.

**Bad.** A request that never mentions it."""


def _finding(code: str, name: str, severity: Severity, message: str, **kwargs: Any) -> Finding:
    return Finding(code=code, name=name, severity=severity, message=message, **kwargs)


def _document(path: str, fmt: str) -> Document:
    return Document(source=path, format=fmt, blocks=())


DOCX = FileReport(
    path="req/request.docx",
    document=_document("req/request.docx", "docx"),
    findings=(
        _finding(
            "MLA101", "requesting-authority", Severity.ERROR, "The requesting authority is not identified.",
            suggestion="Name the authority making the request.",
        ),
        _finding(
            "MLA302", "identifier-mismatch", Severity.ERROR, "The passport number of John Smith differs.",
            location=Location(paragraph=14, label="12.", start=31, end=40),
            excerpt="… holder of passport no. X1234567, issued …",
            related=(Related(Location(paragraph=20, label="15.", start=8, end=17), "X1234568 here",
                             "passport X1234568 was seized"),),
            suggestion="Check both numbers against the passport.",
        ),
        _finding(
            "MLA206", "hidden-content", Severity.INFO, "The footer names a template path.",
            location=Location(paragraph=2, part="footer"), excerpt="Template: C:\\Users\\clerk\\mla.dotx",
        ),
        _finding(
            "MLA308", "amount-mismatch", Severity.WARNING, "The amount in words differs from the figures.",
            location=Location(paragraph=31, table=1, row=2, column=3), origin="mla-lint-money",
        ),
    ),
    rule_failures=(RuleFailure("MLA110", "core", "ValueError: boom"),),
)
PDF = FileReport(
    path="scan/request.pdf",
    document=_document("scan/request.pdf", "pdf"),
    findings=(
        _finding(
            "MLA309", "date-format-mix", Severity.WARNING, "Dates are written in several formats.",
            location=Location(page=3, paragraph=14, line=5, end_line=6, start=0, end=12),
            excerpt="on 3 March 2021 and on 2021-03-04",
        ),
    ),
)
TEXT = FileReport(
    path="notes.txt",
    document=_document("notes.txt", "text"),
    findings=(
        _finding(
            "MLA301", "name-variant", Severity.INFO, "Mohammad Ali is also spelled Muhammad Ali.",
            location=Location(paragraph=7, line=40, end_line=40, start=4, end=14),
            excerpt="Mr Mohammad Ali was born",
            related=(Related(Location(paragraph=9, line=52, end_line=52, start=0, end=12),
                             "spelled 'Muhammad' here"),),
        ),
        _finding(
            "MLA309", "date-format-mix", Severity.WARNING, "Dates are written in several formats.",
            location=Location(paragraph=8, line=41, end_line=43),
        ),
    ),
)
BROKEN = FileReport(path="broken.pdf", error="not a PDF file")
CLEAN = FileReport(path="clean.docx", document=_document("clean.docx", "docx"))

RULES = (
    RuleInfo("MLA101", "requesting-authority", Severity.ERROR, "core", "The requesting authority is identified.",
             "The requesting authority is identified.", source="UNTOC Art. 18(15)(a)"),
    RuleInfo("MLA110", "confidentiality", Severity.WARNING, "core", MLA110_DOC.split("\n")[0], MLA110_DOC,
             source="UNTOC Art. 18(20)"),
    RuleInfo("MLA206", "hidden-content", Severity.INFO, "core", "No hidden content.", "No hidden content."),
    RuleInfo("MLA301", "name-variant", Severity.WARNING, "core", "Names agree.", "Names agree."),
    RuleInfo("MLA302", "identifier-mismatch", Severity.ERROR, "core", "Identifiers agree.", "Identifiers agree."),
    RuleInfo("MLA309", "date-format-mix", Severity.INFO, "core", "One date format.", "One date format."),
)
REPORT = Report(
    files=(DOCX, PDF, TEXT, BROKEN, CLEAN),
    rules=RULES,
    warnings=("setting 'colour' is unknown and was ignored",),
    errors=("plugin 'mla-lint-broken' could not be loaded: ImportError: no module named 'x'",),
    tool_version="0.1.0",
)

TEXT_OUTPUT = """\
req/request.docx: MLA101 error The requesting authority is not identified.
    suggestion: Name the authority making the request.
req/request.docx:14: MLA302 error (¶ 12.) The passport number of John Smith differs.
    … holder of passport no. X1234567, issued …
    related: paragraph 20 (15.): X1234568 here
        passport X1234568 was seized
    suggestion: Check both numbers against the passport.
req/request.docx:2: MLA206 info (footer) The footer names a template path.
    Template: C:\\Users\\clerk\\mla.dotx
req/request.docx:31: MLA308 warning (table 1, row 2, column 3) The amount in words differs from the figures.
req/request.docx: rule MLA110 (core) failed: ValueError: boom

scan/request.pdf:3:14: MLA309 warning (line 5) Dates are written in several formats.
    on 3 March 2021 and on 2021-03-04

notes.txt:7: MLA301 info (line 40) Mohammad Ali is also spelled Muhammad Ali.
    Mr Mohammad Ali was born
    related: paragraph 9, line 52: spelled 'Muhammad' here
notes.txt:8: MLA309 warning (line 41) Dates are written in several formats.

broken.pdf: error: not a PDF file
"""
SUMMARY = (
    "7 findings (2 errors, 3 warnings, 2 info) in 4 files; 1 file could not be read; 1 rule failed; 1 run error\n"
)
STATISTICS = """\
MLA309  date-format-mix       2
MLA101  requesting-authority  1
MLA206  hidden-content        1
MLA301  name-variant          1
MLA302  identifier-mismatch   1
MLA308  amount-mismatch       1
"""


def _text(report: Report = REPORT, **options: bool) -> str:
    return TextFormatter().render(report, FormatOptions(**options))


def _sarif(report: Report = REPORT) -> dict[str, Any]:
    log: dict[str, Any] = json.loads(SarifFormatter().render(report, FormatOptions()))
    return log


def _results_of(log: dict[str, Any], path: str) -> list[dict[str, Any]]:
    run = log["runs"][0]
    index = next(i for i, a in enumerate(run["artifacts"]) if a["location"]["uri"] == path)
    return [r for r in run["results"] if r["locations"][0]["physicalLocation"]["artifactLocation"]["index"] == index]


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@pytest.fixture(scope="module")
def report_validator() -> Draft202012Validator:
    schema = json.loads(REPORT_SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


# -- text ---------------------------------------------------------------------


def test_text_lines_grouped_by_file_then_summary() -> None:
    assert _text() == TEXT_OUTPUT + "\n" + SUMMARY


def test_text_without_colour_has_no_escape_codes() -> None:
    assert "\x1b" not in _text(statistics=True)


def test_text_colour_is_the_same_text_with_styles() -> None:
    coloured = _text(color=True, statistics=True)
    assert "\x1b[1mMLA302\x1b[0m" in coloured  # codes bold
    assert "\x1b[31merror\x1b[0m" in coloured  # error red
    assert "\x1b[33mwarning\x1b[0m" in coloured  # warning yellow
    assert "\x1b[34minfo\x1b[0m" in coloured  # info blue
    # On a terminal each file of a batch ends with a "── PATH: N findings" line; the rest is the plain text.
    # (a file without findings is only that line, so its block and the blank line before it go too).
    lines = ANSI.sub("", coloured).splitlines(keepends=True)
    kept = "".join(line for line in lines if not line.startswith("── "))
    assert re.sub(r"\n\n\n+", "\n\n", kept) == _text(statistics=True)
    assert "── req/request.docx: 4 findings (2 errors, 1 warning, 1 info)\n" in lines


def test_text_colour_follows_the_option_not_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    assert "\x1b[31merror" in _text(color=True)


def test_text_long_lines_are_not_wrapped_in_colour() -> None:
    long = Finding("MLA201", "vague-request", Severity.WARNING, "any and all documents " * 20)
    report = Report(files=(FileReport(path="a.docx", findings=(long,)),))
    assert ANSI.sub("", _text(report, color=True, quiet=True)) == f"a.docx: MLA201 warning {long.message}\n"


def test_text_quiet_drops_the_summary_only() -> None:
    assert _text(quiet=True) == TEXT_OUTPUT


def test_text_quiet_and_clean_is_empty() -> None:
    assert _text(Report(files=(CLEAN,)), quiet=True) == ""


def test_text_summary_when_nothing_is_found() -> None:
    assert _text(Report(files=(CLEAN,))) == "no findings in 1 file\n"


def test_text_statistics_table_after_findings_before_summary() -> None:
    assert _text(statistics=True) == TEXT_OUTPUT + "\n" + STATISTICS + "\n" + SUMMARY


def test_text_statistics_are_shown_even_when_quiet() -> None:
    assert _text(statistics=True, quiet=True) == TEXT_OUTPUT + "\n" + STATISTICS


def test_text_page_without_paragraph_goes_in_the_detail() -> None:
    finding = Finding("MLA115", "signature-and-date", Severity.ERROR, "Not signed.", location=Location(page=4))
    report = Report(files=(FileReport(path="r.pdf", findings=(finding,)),))
    assert _text(report, quiet=True) == "r.pdf: MLA115 error (page 4) Not signed.\n"


# -- JSON ---------------------------------------------------------------------


def test_json_validates_against_the_report_schema(report_validator: Draft202012Validator) -> None:
    report_validator.validate(json.loads(JsonFormatter().render(REPORT, FormatOptions())))


def test_json_is_exactly_report_to_dict_whatever_the_options() -> None:
    out = JsonFormatter().render(REPORT, FormatOptions(color=True, statistics=True, quiet=True))
    assert json.loads(out) == REPORT.to_dict()
    assert out.endswith("}\n") and "\x1b" not in out


def test_json_keeps_values_exact() -> None:
    data = json.loads(JsonFormatter().render(REPORT, FormatOptions()))
    docx = data["files"][0]
    assert docx["format"] == "docx" and docx["error"] is None
    assert docx["rule_failures"] == [{"code": "MLA110", "origin": "core", "message": "ValueError: boom"}]
    finding = docx["findings"][1]
    assert finding["location"]["paragraph"] == 14 and finding["location"]["label"] == "12."
    assert finding["related"][0]["message"] == "X1234568 here"
    assert finding["excerpt"] == "… holder of passport no. X1234567, issued …"
    assert data["files"][3] == {"path": "broken.pdf", "format": None, "findings": [], "error": "not a PDF file",
                                "rule_failures": [], "checklist": [], "profiles": []}
    assert data["warnings"] == ["setting 'colour' is unknown and was ignored"]
    assert data["errors"] == ["plugin 'mla-lint-broken' could not be loaded: ImportError: no module named 'x'"]


def test_json_is_not_ascii_escaped() -> None:
    assert "…" in JsonFormatter().render(REPORT, FormatOptions())


def test_report_schema_example_is_valid(report_validator: Draft202012Validator) -> None:
    for example in report_validator.schema["examples"]:
        report_validator.validate(example)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["files"][0]["findings"][0].update(code="mla101"),
        lambda d: d["files"][0]["findings"][0].update(severity="fatal"),
        lambda d: d["files"][0]["findings"][1]["location"].update(page=0),
        lambda d: d["files"][0]["findings"][0].update(undocumented=True),
        lambda d: d["files"][0].pop("error"),
    ],
    ids=["code-pattern", "severity-enum", "1-based", "no-undocumented-keys", "error-required"],
)
def test_report_schema_rejects_what_to_dict_never_produces(
    report_validator: Draft202012Validator, change: Any
) -> None:
    data = REPORT.to_dict()
    change(data)
    assert not report_validator.is_valid(data)


# -- SARIF --------------------------------------------------------------------


def test_sarif_validates_against_the_official_schema(sarif_validator: jsonschema.protocols.Validator) -> None:
    sarif_validator.validate(_sarif())


def test_sarif_clean_run_validates_and_succeeds(sarif_validator: jsonschema.protocols.Validator) -> None:
    log = _sarif(Report(files=(CLEAN,)))
    sarif_validator.validate(log)
    assert log["runs"][0]["invocations"] == [{"executionSuccessful": True}]
    assert log["runs"][0]["results"] == []


def test_run_errors_fail_the_execution_and_are_counted() -> None:
    report = Report(files=(CLEAN,), errors=("plugin 'x' could not be loaded",))
    assert _sarif(report)["runs"][0]["invocations"] == [{
        "executionSuccessful": False,
        "toolExecutionNotifications": [{"level": "error", "message": {"text": "plugin 'x' could not be loaded"}}],
    }]
    assert _text(report) == "no findings in 1 file; 1 run error\n"


def test_sarif_header_and_driver() -> None:
    log = _sarif()
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "mla-lint" and driver["version"] == "0.1.0"


def test_sarif_rules_carry_the_documentation() -> None:
    rules = _sarif()["runs"][0]["tool"]["driver"]["rules"]
    mla110 = next(r for r in rules if r["id"] == "MLA110")
    assert mla110["name"] == "confidentiality"
    assert mla110["shortDescription"] == {"text": MLA110_DOC.split("\n")[0]}
    assert mla110["fullDescription"] == {"text": "**What it checks.** That the body asks for confidentiality."}
    assert mla110["help"] == {"text": MLA110_DOC, "markdown": MLA110_DOC}
    assert mla110["defaultConfiguration"] == {"level": "warning"}
    assert mla110["properties"] == {"origin": "core", "source": "UNTOC Art. 18(20)"}
    mla309 = next(r for r in rules if r["id"] == "MLA309")
    assert mla309["defaultConfiguration"] == {"level": "note"} and "fullDescription" not in mla309


def test_sarif_every_result_points_at_its_rule() -> None:
    run = _sarif()["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len(run["results"]) == len(REPORT.findings)
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    unlisted = next(r for r in rules if r["id"] == "MLA308")
    assert unlisted == {"id": "MLA308", "name": "amount-mismatch", "properties": {"origin": "mla-lint-money"}}


def test_sarif_levels_and_message_with_suggestion() -> None:
    results = _results_of(_sarif(), "req/request.docx")
    assert [r["level"] for r in results] == ["error", "error", "note", "warning"]
    assert results[0]["message"]["text"] == (
        "The requesting authority is not identified.\nSuggestion: Name the authority making the request."
    )
    assert results[3]["message"]["text"] == "The amount in words differs from the figures."
    assert results[3]["properties"] == {"origin": "mla-lint-money"}


def test_sarif_whole_document_finding_has_only_the_artifact() -> None:
    result = _results_of(_sarif(), "req/request.docx")[0]
    assert result["locations"] == [
        {"physicalLocation": {"artifactLocation": {"uri": "req/request.docx", "uriBaseId": "%SRCROOT%", "index": 0}}}
    ]


def test_sarif_docx_location_has_no_region_but_properties_and_a_logical_name() -> None:
    location = _results_of(_sarif(), "req/request.docx")[1]["locations"][0]
    physical = location["physicalLocation"]
    assert "region" not in physical
    assert physical["properties"] == {
        "part": "body", "paragraph": 14, "label": "12.", "start": 31, "end": 40,
        "excerpt": "… holder of passport no. X1234567, issued …",
    }
    assert location["logicalLocations"] == [{"name": "paragraph 14 (12.)"}]


def test_sarif_pdf_page_line_is_not_a_file_line() -> None:
    location = _results_of(_sarif(), "scan/request.pdf")[0]["locations"][0]
    physical = location["physicalLocation"]
    assert "region" not in physical
    assert physical["properties"]["page"] == 3 and physical["properties"]["line"] == 5
    assert location["logicalLocations"] == [{"name": "page 3, paragraph 14, line 5"}]


def test_sarif_text_file_lines_become_a_region_without_columns() -> None:
    span, block = (r["locations"][0]["physicalLocation"] for r in _results_of(_sarif(), "notes.txt"))
    assert span["region"] == {"startLine": 40, "snippet": {"text": "Mr Mohammad Ali was born"}}
    assert span["properties"] == {"part": "body", "paragraph": 7, "line": 40, "end_line": 40, "start": 4, "end": 14}
    assert block["region"] == {"startLine": 41, "endLine": 43}


def test_sarif_related_locations_have_ids_and_messages() -> None:
    docx_related = _results_of(_sarif(), "req/request.docx")[1]["relatedLocations"]
    assert docx_related == [{
        "id": 0,
        "physicalLocation": {
            "artifactLocation": {"uri": "req/request.docx", "uriBaseId": "%SRCROOT%", "index": 0},
            "properties": {"part": "body", "paragraph": 20, "label": "15.", "start": 8, "end": 17,
                           "excerpt": "passport X1234568 was seized"},
        },
        "logicalLocations": [{"name": "paragraph 20 (15.)"}],
        "message": {"text": "X1234568 here"},
    }]
    text_related = _results_of(_sarif(), "notes.txt")[0]["relatedLocations"][0]
    assert text_related["physicalLocation"]["region"] == {"startLine": 52}


def test_sarif_errors_and_rule_failures_are_notifications() -> None:
    run = _sarif()["runs"][0]
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    docx, broken = (
        {"physicalLocation": {"artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%", "index": i}}}
        for uri, i in (("req/request.docx", 0), ("broken.pdf", 3))
    )
    mla110_index = next(i for i, r in enumerate(run["tool"]["driver"]["rules"]) if r["id"] == "MLA110")
    assert invocation["toolExecutionNotifications"] == [
        {
            "level": "error",
            "message": {"text": "req/request.docx: rule MLA110 (core) failed: ValueError: boom"},
            "locations": [docx],
            "associatedRule": {"id": "MLA110", "index": mla110_index},
        },
        {"level": "error", "message": {"text": "broken.pdf: error: not a PDF file"}, "locations": [broken]},
        {"level": "error", "message": {"text": REPORT.errors[0]}},
        {"level": "warning", "message": {"text": REPORT.warnings[0]}},
    ]


def test_sarif_artifacts_list_every_file_once() -> None:
    twice = Report(files=(CLEAN, BROKEN, CLEAN))
    artifacts = _sarif(twice)["runs"][0]["artifacts"]
    assert artifacts == [
        {"location": {"uri": "clean.docx", "uriBaseId": "%SRCROOT%"}, "roles": ["analysisTarget"],
         "properties": {"format": "docx"}},
        {"location": {"uri": "broken.pdf", "uriBaseId": "%SRCROOT%"}, "roles": ["analysisTarget"]},
    ]


def test_sarif_uris_are_encoded_and_absolute_paths_have_no_base(tmp_path: Path) -> None:
    absolute = tmp_path / "my request.docx"
    report = Report(files=(FileReport(path="in box/a b#1.docx"), FileReport(path=str(absolute))))
    relative, full = (a["location"] for a in _sarif(report)["runs"][0]["artifacts"])
    assert relative == {"uri": "in%20box/a%20b%231.docx", "uriBaseId": "%SRCROOT%"}
    assert full == {"uri": absolute.as_uri()}
    assert "%20" in full["uri"]


def test_sarif_information_uri_comes_from_package_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    class Metadata:
        def get_all(self, key: str) -> list[str]:
            return ["Issues, https://example.org/issues", "Homepage, https://example.org/mla-lint"]

    monkeypatch.setattr("mla_lint.formatters.sarif.metadata", lambda name: Metadata())
    assert _sarif()["runs"][0]["tool"]["driver"]["informationUri"] == "https://example.org/mla-lint"


def test_sarif_information_uri_is_left_out_when_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib.metadata import PackageNotFoundError

    def missing(name: str) -> None:
        raise PackageNotFoundError(name)

    monkeypatch.setattr("mla_lint.formatters.sarif.metadata", missing)
    assert "informationUri" not in _sarif()["runs"][0]["tool"]["driver"]


# -- all formats ----------------------------------------------------------------


@pytest.mark.parametrize("formatter", [TextFormatter(), JsonFormatter(), SarifFormatter()], ids=lambda f: f.name)
def test_outputs_end_with_one_newline(formatter: Any) -> None:
    out = formatter.render(REPORT, FormatOptions())
    assert out.endswith("\n") and not out.endswith("\n\n")


def test_formatter_names_are_the_cli_choices() -> None:
    assert [f.name for f in (TextFormatter(), JsonFormatter(), SarifFormatter())] == ["text", "json", "sarif"]
