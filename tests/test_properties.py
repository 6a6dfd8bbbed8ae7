"""Property-based robustness: random and mutated documents never raise and never run unboundedly."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from mla_lint.engine import Linter
from mla_lint.errors import UnreadableDocument
from mla_lint.limits import Limits
from mla_lint.report import FileReport
from mla_lint.settings import Settings

SAMPLES = Path(__file__).resolve().parent.parent / "sample_requests"
REAL = {p.name: p.read_bytes() for p in sorted(SAMPLES.iterdir()) if p.suffix in {".docx", ".pdf", ".txt"}}
DOCX = {k: v for k, v in REAL.items() if k.endswith(".docx")}

# MLA202 only: no spaCy, so each example is fast; the readers are what is under test
FAST = Settings(select=("MLA202",), timeout=30)
LINTER = Linter(FAST)
PROPS = settings(max_examples=50, deadline=5000, suppress_health_check=[HealthCheck.too_slow], derandomize=True)


def _check(report: FileReport) -> None:
    assert isinstance(report, FileReport)
    if report.error is not None:
        assert report.error and "\n" not in report.error and "Traceback" not in report.error
    else:
        assert report.document is not None


def _flip(data: bytes, seed: int, count: int) -> bytes:
    rng = random.Random(seed)
    out = bytearray(data)
    for _ in range(count):
        out[rng.randrange(len(out))] = rng.getrandbits(8)
    return bytes(out)


@PROPS
@given(data=st.binary(max_size=4096), fmt=st.sampled_from([None, "docx", "pdf", "text"]))
def test_random_bytes(data: bytes, fmt: str | None) -> None:
    _check(LINTER.lint_bytes(data, format=fmt))


@PROPS
@given(name=st.sampled_from(sorted(REAL)), seed=st.integers(0, 2**32), count=st.integers(1, 64),
       sniff=st.booleans())
def test_flipped_bytes_in_real_samples(name: str, seed: int, count: int, sniff: bool) -> None:
    data = _flip(REAL[name], seed, count)
    fmt = None if sniff else {"docx": "docx", "pdf": "pdf", "txt": "text"}[name.rsplit(".", 1)[1]]
    _check(LINTER.lint_bytes(data, format=fmt, source=name))


@PROPS
@given(name=st.sampled_from(sorted(REAL)), cut=st.floats(0.0, 1.0))
def test_truncated_real_samples(name: str, cut: float) -> None:
    data = REAL[name]
    _check(LINTER.lint_bytes(data[: int(len(data) * cut)], source=name))


@PROPS
@given(name=st.sampled_from(sorted(DOCX)), seed=st.integers(0, 2**32), drop=st.integers(0, 3),
       mutate_part=st.booleans(), part_seed=st.integers(0, 2**32))
def test_shuffled_and_mutated_zip_entries(name: str, seed: int, drop: int, mutate_part: bool, part_seed: int) -> None:
    rng = random.Random(seed)
    with zipfile.ZipFile(io.BytesIO(DOCX[name])) as src:
        entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    rng.shuffle(entries)
    for _ in range(drop):
        entries.pop(rng.randrange(len(entries)))
    if mutate_part and entries:
        index = rng.randrange(len(entries))
        filename, content = entries[index]
        if content:
            entries[index] = (filename, _flip(content, part_seed, 8))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst:
        for filename, content in entries:
            dst.writestr(filename, content)
    _check(LINTER.lint_bytes(buffer.getvalue(), source=name))


@PROPS
@given(text=st.text(max_size=3000))
def test_random_unicode_text(text: str) -> None:
    _check(LINTER.lint_text(text))
    for encoding in ("utf-16", "utf-8-sig"):
        _check(LINTER.lint_bytes(text.encode(encoding), format=None))


@PROPS
@given(name=st.sampled_from(sorted(REAL)), seed=st.integers(0, 2**32), count=st.integers(1, 32))
def test_each_reader_directly(name: str, seed: int, count: int) -> None:
    """Every reader, given any mutated sample (even of another format), returns a Document or raises UnreadableDocument."""
    data = _flip(REAL[name], seed, count)
    for reader in LINTER.registry.readers:
        try:
            reader.read(data, name, Limits())
        except UnreadableDocument as exc:
            assert exc.reason and "\n" not in exc.reason


@pytest.fixture(scope="module")
def full_linter() -> Linter:
    return Linter(Settings(timeout=30))


@settings(max_examples=15, deadline=10000, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
          derandomize=True)
@given(name=st.sampled_from(sorted(REAL)), seed=st.integers(0, 2**32), count=st.integers(1, 16))
def test_whole_pipeline_all_rules(full_linter: Linter, name: str, seed: int, count: int) -> None:
    report = full_linter.lint_bytes(_flip(REAL[name], seed, count), source=name)
    _check(report)
    assert report.rule_failures == () or all(f.message for f in report.rule_failures)
