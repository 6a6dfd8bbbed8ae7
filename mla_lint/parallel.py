"""Lint a batch on every core: forked worker processes that share the loaded language model.

The parent loads the spaCy pipeline once, then forks the workers, which
inherit it (copy-on-write) instead of each loading it again. Files are handed
out one at a time, so a long request does not hold up a queue of short ones,
and the reports come back in input order: the result is the same as with
``jobs=1``. Where ``fork`` is not available (Windows, macOS defaults) the
batch runs in one process.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from mla_lint.nlp import load_pipeline

if TYPE_CHECKING:
    from mla_lint.engine import Linter
    from mla_lint.report import FileReport
    from mla_lint.settings import Settings

_WORKER_LINTER: Linter | None = None
"""The parent's linter, inherited by forked workers (never pickled)."""


def available_cores() -> int:
    """The cores this process may run on (the default for ``--jobs``)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def lint_in_processes(
    linter: Linter,
    jobs: list[tuple[Path, Settings]],
    processes: int,
    preload_model: bool,
    done: Callable[[], None] | None = None,
) -> tuple[list[FileReport], list[str]]:
    """Lint ``(path, settings)`` pairs in ``processes`` forked workers; reports in input order, plus warnings.

    ``done`` is called in this process each time a file is finished, in the order they finish.
    """
    global _WORKER_LINTER
    if preload_model:
        load_pipeline()
    _WORKER_LINTER = linter
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
            futures = [pool.submit(_lint_one, job) for job in jobs]
            if done is not None:
                for _ in as_completed(futures):
                    done()
            results = [future.result() for future in futures]
    finally:
        _WORKER_LINTER = None
    reports = [report for report, _ in results]
    warnings = [message for _, messages in results for message in messages]
    return reports, warnings


def _lint_one(job: tuple[Path, Settings]) -> tuple[FileReport, Sequence[str]]:
    assert _WORKER_LINTER is not None, "workers are forked from a parent that set the linter"
    path, settings = job
    report = _WORKER_LINTER.lint_path(path, settings)
    return report, _WORKER_LINTER.warnings
