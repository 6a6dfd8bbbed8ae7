"""Markdown output for tickets and e-mails: checklist table, findings by severity, request text escaped."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLES

from mla_lint.engine import Linter
from mla_lint.findings import ChecklistItem, ElementState, Finding, Related, Severity
from mla_lint.formatters.base import FormatOptions
from mla_lint.formatters.markdown import MarkdownFormatter, escape, render_markdown
from mla_lint.model import Location
from mla_lint.report import FileReport, Report
from mla_lint.settings import Settings


@pytest.fixture(scope="module")
def fast_linter() -> Linter:
    return Linter(Settings(select=("MLA110", "MLA202", "MLA206")))


CHECKLIST = (
    ChecklistItem("MLA104", "summary-of-facts", ElementState.NOT_APPLICABLE, "Facts.", reason="service of documents only"),
    ChecklistItem("MLA110", "confidentiality", ElementState.MISSING, "The request asks for confidentiality.",
                  location=Location(paragraph=35)),
    ChecklistItem("MLA112", "contact-point", ElementState.PRESENT, "A contact officer is named.",
                  location=Location(paragraph=39, label="17."), excerpt="contact Mr [Danjuma] on +234 ..."),
)
FINDINGS = (
    Finding("MLA110", "confidentiality", Severity.WARNING, "No confidentiality clause.", suggestion="Add one."),
    Finding("MLA202", "placeholder", Severity.ERROR, "Placeholder “[NAME]”", Location(paragraph=10, label="3."),
            excerpt="The suspect is [NAME](http://evil.example) <b>x</b>",
            related=(Related(Location(paragraph=12), "also here", "[NAME] again"),)),
)


def test_checklist_and_findings() -> None:
    out = render_markdown(Report(files=(FileReport(path="req_1.docx", findings=FINDINGS, checklist=CHECKLIST),)))
    lines = out.splitlines()
    assert lines[0] == "# mla-lint report"
    assert "## `req_1.docx`" in lines
    assert "**2 findings (1 error, 1 warning)**" in lines
    assert "| ➖ not applicable | **MLA104** summary-of-facts | service of documents only |" in lines
    assert any(line.startswith("| ❌ missing | **MLA110** confidentiality |") and "paragraph 35" in line for line in lines)
    assert "| ✅ present | **MLA112** contact-point | paragraph 39 (17.): “contact Mr \\[Danjuma\\] on +234 ...” |" in lines
    errors, warnings = lines.index("#### Error (1)"), lines.index("#### Warning (1)")
    assert errors < warnings
    assert lines[errors + 2] == "- **MLA202** placeholder — paragraph 10 (3.): Placeholder “\\[NAME\\]”"
    assert lines[errors + 3] == "  > The suspect is \\[NAME\\](http://evil.example) \\<b\\>x\\</b\\>"
    assert lines[errors + 4] == "  - related: paragraph 12: also here — “\\[NAME\\] again”"
    assert "- **MLA110** confidentiality — whole document: No confidentiality clause." in lines
    assert "  - *Suggestion:* Add one." in lines
    assert out.endswith("\n") and not out.endswith("\n\n")


def test_escape_defuses_links_html_and_tables() -> None:
    assert escape("[x](y) <img> a|b *c* `d`\nnext") == "\\[x\\](y) \\<img\\> a\\|b \\*c\\* \\`d\\` next"


def test_batch_has_an_overview_table(fast_linter: Linter) -> None:
    report = fast_linter.lint_paths([SAMPLES / "defective_template_remnants.docx", SAMPLES / "complete_ke_to_za.txt"], jobs=1)
    out = MarkdownFormatter().render(report, FormatOptions())
    assert "9 findings (8 errors, 1 warning) in 2 documents." in out
    assert "| document | errors | warnings | info | missing elements |" in out
    assert out.count("\n## ") == 2
    assert "#### Error (8)" in out


def test_cli_markdown(run_cli, tmp_path: Path) -> None:
    result = run_cli(SAMPLES / "terse_non_native.txt", "--format", "markdown", "--select", "MLA202", "--no-cache")
    assert result.code == 1
    assert "Template placeholder left in the request: “\\<insert account number\\>”" in result.out
