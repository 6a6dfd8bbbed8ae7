"""Shared fixtures: one Linter per session (the spaCy model loads once), sample paths, CLI runner."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from mla_lint.cli import main
from mla_lint.engine import Linter

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_requests"

# The result cache of every CLI run in the tests (in-process or subprocess) goes to a private
# temporary directory, never to the developer's own cache.
os.environ["MLA_LINT_CACHE_DIR"] = tempfile.mkdtemp(prefix="mla-lint-test-cache-")


@pytest.fixture(scope="session")
def linter() -> Linter:
    return Linter()


@dataclass(frozen=True)
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> object:
        return json.loads(self.out)


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Run ``mla-lint`` in-process from ``tmp_path`` (so no stray configuration is found)."""
    monkeypatch.chdir(tmp_path)

    def run(*args: str) -> CliResult:
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run
