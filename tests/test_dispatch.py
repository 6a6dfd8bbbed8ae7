"""Choosing a reader: by content first, extension second; sizes and OS errors become one-line reasons."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import SAMPLES
from mla_lint.engine import Linter
from mla_lint.limits import Limits
from mla_lint.settings import Settings


@pytest.mark.parametrize(
    ("sample", "disguise", "fmt"),
    [
        ("defective_template_remnants.docx", "request.pdf", "docx"),
        ("defective_no_confidentiality.pdf", "request.docx", "pdf"),
        ("terse_non_native.txt", "request.pdf", "text"),
        ("defective_no_confidentiality.pdf", "request.txt", "pdf"),
    ],
)
def test_a_wrong_extension_is_read_by_content(linter: Linter, tmp_path: Path, sample: str, disguise: str, fmt: str) -> None:
    original = linter.lint_path(SAMPLES / sample)
    target = tmp_path / disguise
    target.write_bytes((SAMPLES / sample).read_bytes())
    disguised = linter.lint_path(target)
    assert disguised.error is None and disguised.document is not None
    assert disguised.document.format == fmt
    assert [f.message for f in disguised.findings] == [f.message for f in original.findings]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"\n\n   \n", "no text to check (the document is empty)"),
        ("random.docx", os.urandom(4096), "not a valid .docx"),
        ("random.bin", b"\x89\x00\x13" * 800, "unrecognised content"),
    ],
)
def test_bad_content_gets_a_one_line_reason(linter: Linter, tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    report = linter.lint_path(path)
    assert report.error is not None and report.error.startswith(reason), report.error
    assert "\n" not in report.error


def test_size_limit_is_checked_before_reading(linter: Linter) -> None:
    settings = Settings(limits=Limits(max_file_bytes=1000))
    report = linter.lint_path(SAMPLES / "complete_pk_to_uk.docx", settings)
    assert report.error is not None and "over the 0 MiB limit" not in report.error
    assert report.error.startswith("file is ") and "limit (limits.max-file-bytes)" in report.error


def test_missing_directory_and_unreadable(linter: Linter, tmp_path: Path) -> None:
    assert linter.lint_path(tmp_path / "nope.docx").error == "no such file"
    assert linter.lint_path(tmp_path).error == "is a directory, not a file"
    secret = tmp_path / "secret.txt"
    secret.write_text("text")
    secret.chmod(0)
    if os.geteuid() != 0:  # root reads anything
        assert linter.lint_path(secret).error == "permission denied"
