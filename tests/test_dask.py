"""Batch linting on a Dask cluster (a LocalCluster here) returns the same reports as a local run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import SAMPLES

from mla_lint.engine import Linter
from mla_lint.settings import Settings

distributed = pytest.importorskip("distributed")

STABLE = Settings(select=("MLA110", "MLA202", "MLA206"))


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with distributed.Client(cluster) as dask_client:
        yield dask_client
    cluster.close()


def test_dask_batch_equals_local_run(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from mla_lint.dask_batch import lint_on_dask

    paths = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".docx", ".pdf", ".txt"})[:5]
    missing = tmp_path / "missing.docx"
    inputs = [*paths[:2], missing, *paths[2:]]
    linter = Linter(STABLE)
    local = linter.lint_paths(inputs).to_dict()
    remote = lint_on_dask(inputs, client, linter).to_dict()
    assert remote == local
    assert remote["files"][2]["error"] == "no such file"


def test_dask_batch_takes_documents_in_memory(client) -> None:  # type: ignore[no-untyped-def]
    from mla_lint.dask_batch import lint_on_dask

    sample = SAMPLES / "defective_template_remnants.docx"
    linter = Linter(STABLE)
    remote = lint_on_dask([("upload.docx", sample.read_bytes())], client, linter)
    assert remote.files[0].path == "upload.docx"
    assert [f.to_dict() for f in remote.files[0].findings] == [f.to_dict() for f in linter.lint_path(sample).findings]


def test_cli_scheduler_option(client, run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sample = tmp_path / "request.txt"
    shutil.copyfile(SAMPLES / "terse_non_native.txt", sample)
    local = run_cli(sample, "--select", "MLA202", "--format", "json", "--no-cache")
    remote = run_cli(sample, "--select", "MLA202", "--format", "json", "--scheduler", client.scheduler.address)
    assert remote.code == local.code == 1
    assert remote.json() == local.json()
