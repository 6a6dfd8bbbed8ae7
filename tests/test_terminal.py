"""The terminal: styled findings with the offending words marked, per-file summaries, progress on stderr.

Plain output (piped, ``--color never``) is pinned by tests/test_formatters.py; here
the terminal extras are checked, and that none of them leaks into plain output.
"""

from __future__ import annotations

import io
import re
import sys

import pytest
from conftest import SAMPLES

from mla_lint import cli
from mla_lint.engine import Linter
from mla_lint.findings import Finding, Related, Severity
from mla_lint.formatters.base import FormatOptions
from mla_lint.formatters.text import TextFormatter
from mla_lint.model import Location
from mla_lint.report import FileReport, Report
from mla_lint.settings import Settings

ANSI = re.compile(r"\x1b\[[0-9;]*m")
TEMPLATE = SAMPLES / "defective_template_remnants.docx"
CLEAN = SAMPLES / "complete_ke_to_za.txt"


@pytest.fixture(scope="module")
def fast_linter() -> Linter:
    return Linter(Settings(select=("MLA110", "MLA202", "MLA206")))


@pytest.fixture(scope="module")
def batch(fast_linter: Linter) -> Report:
    return fast_linter.lint_paths([TEMPLATE, CLEAN], jobs=1)


def test_offending_words_are_marked_in_the_excerpt(batch: Report) -> None:
    out = TextFormatter().render(batch, FormatOptions(color=True))
    assert "\x1b[1;4;31m[NAME OF SUSPECT]\x1b[0m" in out  # error: bold underlined red
    assert "\x1b[1;4;31m<insert date>\x1b[0m" in out
    assert "\x1b[1;4;33mConfidentiality\x1b[0m" in out  # warning: yellow


def test_words_marked_from_the_quoted_message_when_the_document_is_not_at_hand() -> None:
    finding = Finding("MLA202", "placeholder", Severity.ERROR, "Placeholder “TBC”", Location(paragraph=3, start=9, end=12),
                      excerpt="The date TBC is set.")
    out = TextFormatter().render(Report(files=(FileReport(path="a.txt", findings=(finding,)),)), FormatOptions(color=True, quiet=True))
    assert "The date \x1b[1;4;31mTBC\x1b[0m is set." in out


def test_related_places_are_under_the_finding_and_dimmed() -> None:
    finding = Finding("MLA301", "name-variant", Severity.WARNING, "Two spellings", Location(paragraph=3),
                      related=(Related(Location(paragraph=9), "Smyth here", "… Smyth …"),))
    report = Report(files=(FileReport(path="a.txt", findings=(finding,)),))
    out = TextFormatter().render(report, FormatOptions(color=True, quiet=True)).splitlines()
    assert out[1] == "\x1b[2m    related: paragraph 9: Smyth here\x1b[0m"
    assert out[2] == "\x1b[2m        … Smyth …\x1b[0m"


def test_a_summary_per_file_and_in_total_on_a_terminal(batch: Report) -> None:
    plain_lines = ANSI.sub("", TextFormatter().render(batch, FormatOptions(color=True))).splitlines()
    summaries = [line for line in plain_lines if line.startswith("── ")]
    assert summaries == [f"── {TEMPLATE}: 9 findings (8 errors, 1 warning)", f"── {CLEAN}: no findings"]
    assert plain_lines[-1] == "9 findings (8 errors, 1 warning) in 2 files"


def test_plain_output_has_no_terminal_extras(batch: Report) -> None:
    out = TextFormatter().render(batch, FormatOptions(color=False))
    assert "\x1b" not in out and "── " not in out
    assert out.splitlines()[-1] == "9 findings (8 errors, 1 warning) in 2 files"


def test_statistics_count_per_code(run_cli) -> None:
    result = run_cli(TEMPLATE, "--select", "MLA110,MLA202", "--statistics", "-q", "--no-cache")
    tail = result.out.rstrip("\n").splitlines()[-2:]
    assert [line.split() for line in tail] == [["MLA202", "placeholder", "8"], ["MLA110", "confidentiality", "1"]]


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal_and_for_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TERM", raising=False)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert not cli._show_progress([TEMPLATE, CLEAN])
    monkeypatch.setattr(sys, "stderr", _Tty())
    assert cli._show_progress([TEMPLATE, CLEAN])
    assert not cli._show_progress([TEMPLATE])
    monkeypatch.setenv("TERM", "dumb")
    assert not cli._show_progress([TEMPLATE, CLEAN])


def test_progress_bar_goes_to_stderr_and_the_report_is_unchanged(fast_linter: Linter, monkeypatch: pytest.MonkeyPatch) -> None:
    stderr = _Tty()
    monkeypatch.setattr(sys, "stderr", stderr)
    files = [TEMPLATE, CLEAN, SAMPLES / "terse_non_native.txt"]
    with_bar = cli._lint_with_progress(fast_linter, files, None, 1, None)
    assert "linting" in stderr.getvalue()
    plain = fast_linter.lint_paths(files, jobs=1)
    assert [fr.to_dict() for fr in with_bar.files] == [fr.to_dict() for fr in plain.files]


def test_no_progress_when_piped(run_cli) -> None:
    result = run_cli(TEMPLATE, CLEAN, "--select", "MLA202", "--format", "json", "--no-cache", "-j", "1")
    assert "linting" not in result.err and "━" not in result.err
    assert result.out.lstrip().startswith("{")
