"""Batch linting on a Dask cluster, for an archive one machine cannot check fast enough.

Opt-in and explicit: the documents' bytes are sent to the workers of the
scheduler you name (``Client`` or address such as ``tcp://10.0.0.5:8786``), so
point it only at a cluster inside your own security perimeter. Without it
mla_lint never opens a socket. Requires the ``dask`` extra
(``pip install 'mla-lint[dask]'``) on the client and on every worker, and on
every worker the same mla_lint, spaCy model and plugins as on the client.

The client reads each file (so workers need no shared file system), each
worker builds one `Linter` and loads the language model once, and the reports
come back in input order, the same as a local run.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence, Union

from mla_lint.errors import UnreadableDocument
from mla_lint.readers.dispatch import read_file_bytes
from mla_lint.report import FileReport

if TYPE_CHECKING:
    from mla_lint.engine import Linter
    from mla_lint.report import Report
    from mla_lint.settings import Settings

Input = Union[str, Path, tuple[str, bytes]]
"""A path, or a (name, content) pair for a document held in memory."""


def lint_on_dask(
    inputs: Sequence[Input],
    scheduler: Any,
    linter: Linter | None = None,
    settings_for: Callable[[Path], Settings] | None = None,
) -> Report:
    """Lint ``inputs`` on the Dask cluster ``scheduler`` (a ``distributed.Client`` or its address).

    ``linter`` (default: a new one) supplies the default settings and the rule
    metadata of the report; ``settings_for`` picks settings per path (as the
    CLI does from the nearest configuration file).
    """
    from distributed import Client

    from mla_lint.engine import Linter

    linter = linter or Linter()
    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    try:
        reports: list[FileReport | None] = []
        jobs: list[tuple[int, str, bytes, Settings]] = []
        for index, item in enumerate(inputs):
            settings = settings_for(Path(item)) if settings_for and not isinstance(item, tuple) else linter.settings
            source, data, error = _load(item, settings)
            reports.append(FileReport(path=source, error=error) if error else None)
            if error is None:
                jobs.append((index, source, data, settings))
        futures = client.map(_lint_blob, *zip(*[job[1:] for job in jobs]), pure=False) if jobs else []
        for (index, *_), report in zip(jobs, client.gather(futures)):
            reports[index] = report
    finally:
        if client is not scheduler:
            client.close()
    return linter.report([report for report in reports if report is not None])


def _load(item: Input, settings: Settings) -> tuple[str, bytes, str | None]:
    if isinstance(item, tuple):
        source, data = item
        return source, data, None
    path = Path(item)
    try:
        return str(path), read_file_bytes(path, settings.limits), None
    except UnreadableDocument as exc:
        return str(path), b"", exc.reason


def _lint_blob(source: str, data: bytes, settings: Settings) -> FileReport:
    """Runs on a worker: one linter per worker process, the model loaded on its first document."""
    return _worker_linter().lint_bytes(data, source=source, settings=settings)


@lru_cache(maxsize=1)
def _worker_linter() -> Linter:
    from mla_lint.engine import Linter

    return Linter()
