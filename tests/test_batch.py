"""Batches: ``--jobs`` gives the same reports in the same order; the cache reuses and invalidates correctly."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from conftest import SAMPLES

from mla_lint.cache import ResultCache
from mla_lint.engine import Linter
from mla_lint.report import FileReport
from mla_lint.settings import Settings

STABLE = Settings(select=("MLA110", "MLA202", "MLA206"))
BATCH = [
    SAMPLES / name
    for name in (
        "complete_fr_to_ch.docx", "defective_template_remnants.docx", "complete_ke_to_za.txt",
        "defective_no_confidentiality.pdf", "terse_non_native.txt", "defective_tracked_changes.docx",
    )
]
"""Samples of every format, clean and defective, so that equal reports mean something."""


@pytest.fixture
def batch(tmp_path: Path) -> list[Path]:
    """Copies of some samples plus an unreadable file, in a fixed order."""
    copies = []
    for source in BATCH:
        copies.append(tmp_path / source.name)
        shutil.copyfile(source, copies[-1])
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 broken")
    copies.insert(2, broken)
    return copies


def test_jobs_give_the_same_reports_in_input_order(batch: list[Path]) -> None:
    linter = Linter(STABLE)
    one = linter.lint_paths(batch, jobs=1).to_dict()
    two = linter.lint_paths(batch, jobs=2).to_dict()
    assert [f["path"] for f in two["files"]] == [str(p) for p in batch]
    assert one == two
    assert two["files"][2]["error"] and any(f["findings"] for f in two["files"])


def test_one_long_request_is_parsed_by_every_core_with_the_same_report(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from spacy.language import Language

    long_request = tmp_path / "long.txt"
    paragraphs = (SAMPLES / "defective_email_ae_to_ie.txt").read_text(encoding="utf-8").split("\n\n")
    long_request.write_text("\n\n".join(paragraphs * 40), encoding="utf-8")
    linter = Linter(Settings())
    one = linter.lint_paths([long_request], jobs=1).to_dict()
    processes: list[int] = []
    real = Language.pipe

    def spying(self: Language, texts: object, **options: object):  # type: ignore[no-untyped-def]
        processes.append(int(options.get("n_process", 1)))  # type: ignore[call-overload]
        return real(self, texts, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(Language, "pipe", spying)
    two = linter.lint_paths([long_request], jobs=2).to_dict()
    assert processes == [2]
    assert one == two and any(f["findings"] for f in two["files"])


def test_a_second_run_on_unchanged_files_comes_from_the_cache(batch: list[Path], tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    cache = ResultCache(tmp_path / "cache").open()
    linter = Linter(STABLE)
    first = linter.lint_paths(batch, cache=cache).to_dict()
    linted: list[Path] = []
    real = Linter.lint_path

    def counting(self: Linter, path: str | Path, settings: Settings | None = None, **options: int) -> FileReport:
        linted.append(Path(path))
        return real(self, path, settings, **options)

    monkeypatch.setattr(Linter, "lint_path", counting)
    second = linter.lint_paths(batch, cache=cache).to_dict()
    assert second == first
    assert linted == [batch[2]]  # only the unreadable file (errors are never cached)


def test_the_cache_is_invalidated_by_content_settings_and_rule_set(batch: list[Path], tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    cache = ResultCache(tmp_path / "cache").open()
    path = next(p for p in batch if p.suffix == ".txt")
    linter = Linter(STABLE)
    key = cache.key(path, STABLE, tuple(r for r in linter.registry.rules if r.code in STABLE.select), linter.registry)
    linter.lint_paths([path], cache=cache)
    assert cache.get(key) is not None

    def key_now(settings: Settings) -> str | None:
        rules = tuple(r for r in linter.registry.rules if r.code in (settings.select or ()))
        return cache.key(path, settings, rules, linter.registry)

    assert key_now(STABLE) == key
    assert key_now(Settings(select=("MLA110", "MLA202", "MLA206"), ignore=("MLA206",))) != key  # configuration
    assert key_now(Settings(select=("MLA110",))) != key  # rule set
    monkeypatch.setattr(linter.registry, "plugins", (*linter.registry.plugins, _FakePlugin()))
    assert key_now(STABLE) != key  # a plugin added or upgraded
    monkeypatch.undo()
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert key_now(STABLE) != key  # the file changed


class _FakePlugin:
    name, distribution, version = "x", "mla-lint-x", "1.0"


def test_cache_files_are_owner_only(batch: list[Path], tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "cache").open()
    Linter(STABLE).lint_paths(batch[:2], cache=cache)
    assert stat.S_IMODE((tmp_path / "cache").stat().st_mode) == 0o700
    entries = [p for p in (tmp_path / "cache").rglob("*") if p.is_file()]
    assert entries and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in entries)
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o700 for p in (tmp_path / "cache").rglob("*") if p.is_dir())


def test_a_shared_cache_directory_is_not_used(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o777)
    sample = SAMPLES / "complete_ke_to_za.txt"
    result = run_cli(sample, "--select", "MLA110", "--cache-dir", shared)
    assert result.code == 0
    assert f"mla-lint: warning: cache directory {shared} is readable or writable by others" in result.err
    assert list(shared.iterdir()) == []


def test_no_cache_neither_reads_nor_writes(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    directory = tmp_path / "c"
    sample = SAMPLES / "complete_ke_to_za.txt"
    assert run_cli(sample, "--select", "MLA110", "--no-cache", "--cache-dir", directory).code == 0
    assert not directory.exists()
    assert run_cli(sample, "--select", "MLA110", "--cache-dir", directory).code == 0
    assert any(p.is_file() for p in directory.rglob("*"))


def test_jobs_option_is_checked(run_cli) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        run_cli("x.txt", "--jobs", "0")


def test_jobs_in_configuration_is_checked(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "mla-lint.toml").write_text("jobs = 'many'\n")
    result = run_cli(SAMPLES / "complete_ke_to_za.txt", "--config", tmp_path / "mla-lint.toml")
    assert result.code == 2 and "'jobs' must be a positive integer" in result.err


@pytest.mark.parametrize("jobs", [1, 2])
def test_progress_is_reported_for_every_file(batch: list[Path], jobs: int) -> None:
    calls: list[tuple[int, int]] = []
    Linter(STABLE).lint_paths(batch, jobs=jobs, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(i, len(batch)) for i in range(len(batch) + 1)]
