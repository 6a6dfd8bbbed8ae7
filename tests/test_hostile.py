"""Hostile and broken inputs through the real CLI (a child process each run).

Every run lints the hostile files together with a good sample, which must
still be linted; each unreadable file gets exactly one error line naming it,
no traceback, within a time and memory bound. Figures: ``bench/hostile.py``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "hostile"))

from make_hostile import (  # noqa: E402
    CANARY_TEXT,
    CASES,
    CORRUPT_TEXT,
    GOOD_SAMPLE,
    make_500_page_pdf,
    make_huge_line,
    make_unreadable,
    make_zip_bomb,
    run_cli,
)

MAX_SECONDS = 20.0
MAX_MIB = 1536.0

# quick cases run in one batch; the bombs, the long documents and the permission case run apart
BATCH_ERROR = [
    name
    for name, (_, expect) in CASES.items()
    if expect == "error" and name not in {"zip_bomb_1gib", "unreadable"}
]
BATCH_LINT = [name for name, (_, expect) in CASES.items() if expect in {"lint", "either"}]
BATCH_LINT.remove("huge_line")
BATCH_LINT.remove("pdf_500_pages")

REASONS = {
    "empty": "empty",
    "random_docx": "not a valid .docx",
    "random_pdf": "not a valid pdf",
    "random_txt": "binary",
    "truncated_docx": "not a valid .docx",
    "truncated_pdf": "pdf",
    "directory_named_docx": "directory",
    "missing": "no such file",
    "small_zip_bomb": "zip bomb",
    "billion_laughs": "dtd",
    "xxe": "dtd",
    "xxe_parameter": "dtd",
    "deep_nesting": "nested too deeply",
    "ole_encrypted_docx": "password",
    "encrypted_pdf": "encrypted",
    "image_only_pdf": "no text layer",
    "broken_objects_pdf": "",
    "nul_bytes": "binary",
}


def _lint(paths: list[Path], cwd: Path, *extra: str, timeout: float = 120):
    code, out, err, seconds, mib = run_cli(
        [*map(str, paths), str(GOOD_SAMPLE), "--format", "json", "--no-config", *extra], cwd, timeout=timeout
    )
    assert "Traceback" not in out + err
    report = json.loads(out)
    by_path = {f["path"]: f for f in report["files"]}
    good = by_path[str(GOOD_SAMPLE)]
    assert good["error"] is None and good["findings"], "the good sample was not linted"
    return code, report, by_path, err, seconds, mib


def _error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("mla-lint: error: ")]


def test_error_cases_one_line_each(tmp_path: Path) -> None:
    paths = {name: CASES[name][0](tmp_path) for name in BATCH_ERROR}  # type: ignore[operator]
    code, report, by_path, err, seconds, mib = _lint(list(paths.values()), tmp_path)
    assert code == 2
    lines = _error_lines(err)
    assert len(lines) == len(paths), err
    for name, path in paths.items():
        entry = by_path[str(path)]
        assert entry["error"], name
        assert "\n" not in entry["error"]
        assert REASONS[name] in entry["error"].lower(), (name, entry["error"])
        assert [line for line in lines if line.startswith(f"mla-lint: error: {path}: ")] == [
            f"mla-lint: error: {path}: {entry['error']}"
        ], name
    assert CANARY_TEXT not in report.__repr__() + err
    assert CORRUPT_TEXT not in json.dumps(report) + err
    assert seconds < MAX_SECONDS * 2 and mib < MAX_MIB


def test_readable_oddities_are_linted(tmp_path: Path) -> None:
    paths = {name: CASES[name][0](tmp_path) for name in BATCH_LINT}  # type: ignore[operator]
    code, _report, by_path, err, seconds, mib = _lint(list(paths.values()), tmp_path)
    for name, path in paths.items():
        entry = by_path[str(path)]
        if CASES[name][1] == "lint":
            assert entry["error"] is None, (name, entry["error"])
        assert entry["rule_failures"] == [], name
    assert code == 1 and _error_lines(err) == []
    assert seconds < MAX_SECONDS and mib < MAX_MIB


@pytest.fixture(scope="session")
def gib_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once per session (a few seconds): word/document.xml inflates to just over 1 GiB."""
    return make_zip_bomb(tmp_path_factory.mktemp("bomb"))


def test_gib_zip_bomb_refused_bounded(gib_bomb: Path, tmp_path: Path) -> None:
    code, _report, by_path, err, seconds, mib = _lint([gib_bomb], tmp_path)
    assert code == 2
    assert "limit" in by_path[str(gib_bomb)]["error"] or "zip bomb" in by_path[str(gib_bomb)]["error"]
    assert len(_error_lines(err)) == 1
    assert seconds < MAX_SECONDS and mib < MAX_MIB


def test_gib_zip_bomb_refused_even_with_raised_part_limit(gib_bomb: Path, tmp_path: Path) -> None:
    """With the part-size limits raised out of the way, the ratio check must still stop it before inflating."""
    config = tmp_path / "limits.toml"
    config.write_text("[limits]\nmax-part-bytes = 4294967296\nmax-total-uncompressed-bytes = 4294967296\n")
    code, out, err, seconds, mib = run_cli(
        [str(gib_bomb), str(GOOD_SAMPLE), "--format", "json", "--config", str(config)], tmp_path, timeout=120
    )
    assert "Traceback" not in out + err
    entry = json.loads(out)["files"][0]
    assert code == 2 and "zip bomb" in entry["error"]
    assert seconds < MAX_SECONDS and mib < MAX_MIB


@pytest.mark.skipif(os.geteuid() == 0, reason="running as root: a mode-000 file is still readable")
def test_unreadable_file(tmp_path: Path) -> None:
    path = make_unreadable(tmp_path)
    code, _report, by_path, err, _s, _m = _lint([path], tmp_path)
    assert code == 2 and by_path[str(path)]["error"] == "permission denied"
    assert _error_lines(err) == [f"mla-lint: error: {path}: permission denied"]


def test_permission_denied_is_reported_and_the_run_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same path as a mode-000 file, when the tests run as root (who can read anything): the OS error is simulated."""
    from mla_lint.engine import Linter
    from mla_lint.readers import dispatch

    locked = tmp_path / "locked.txt"
    locked.write_text("Request for assistance.", encoding="utf-8")
    real_open = open

    def guarded_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(file) == locked:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(dispatch, "open", guarded_open, raising=False)
    report = Linter().lint_paths([locked, GOOD_SAMPLE])
    assert report.files[0].error == "permission denied"
    assert report.files[1].error is None and report.files[1].findings
    assert report.exit_code() == 2


def test_huge_single_line_is_bounded(tmp_path: Path) -> None:
    path = make_huge_line(tmp_path)
    code, out, err, seconds, mib = run_cli(
        [str(path), str(GOOD_SAMPLE), "--format", "json", "--no-config"], tmp_path, timeout=120
    )
    assert "Traceback" not in out + err
    files = json.loads(out)["files"]
    assert files[1]["error"] is None and files[1]["findings"]
    assert "request for assistance" not in err
    assert seconds < 60 and mib < MAX_MIB


def test_text_over_the_analysis_limit_gets_a_clear_error(tmp_path: Path) -> None:
    path = make_huge_line(tmp_path)
    code, out, err, _s, _m = run_cli([str(path), "--format", "json", "--no-config"], tmp_path, timeout=120)
    entry = json.loads(out)["files"][0]
    assert code == 2 and entry["error"] == "text is 20,971,519 characters, over the 5,000,000 limit (limits.max-text-chars)"
    assert "Traceback" not in err


def test_one_line_longer_than_spacy_max_length_is_linted_in_pieces(tmp_path: Path) -> None:
    """A block over spaCy's ``nlp.max_length`` (1,000,000 characters) is parsed in pieces, not refused."""
    path = make_huge_line(tmp_path, size=1_100_000)
    code, out, err, _s, _m = run_cli([str(path), "--format", "json", "--no-config"], tmp_path, timeout=240)
    entry = json.loads(out)["files"][0]
    assert entry["error"] is None and entry["rule_failures"] == []
    assert code in (0, 1) and "Traceback" not in err


def test_500_page_pdf_is_linted(tmp_path: Path) -> None:
    """Slow (about a minute on 2 cores: pdfplumber and spaCy over 500 pages); the bound is generous."""
    path = make_500_page_pdf(tmp_path)
    code, _report, by_path, err, seconds, mib = _lint([path], tmp_path, timeout=300)
    entry = by_path[str(path)]
    assert entry["error"] is None and entry["rule_failures"] == []
    assert code == 1 and _error_lines(err) == []
    assert seconds < 240 and mib < MAX_MIB
