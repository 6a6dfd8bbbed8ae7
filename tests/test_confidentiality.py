"""Confidentiality: no network, inputs never written, owner-only outputs, no document text in errors."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "hostile"))

from make_hostile import CANARY_TEXT, make_xxe, make_xxe_parameter  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_requests"
DOCUMENTS = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".docx", ".pdf", ".txt"})
ENV = dict(os.environ, MLA_LINT_DISABLE_PLUGIN_AUTOLOAD="1", NO_COLOR="1")

NO_NETWORK = """
import sys
def hook(event, args):
    if event.startswith("socket.") :
        raise RuntimeError("network access attempted: " + event)
sys.addaudithook(hook)
from mla_lint.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _copy_samples(folder: Path) -> list[Path]:
    copies = []
    for path in DOCUMENTS:
        target = folder / path.name
        shutil.copyfile(path, target)
        copies.append(target)
    return copies


def _json(result: subprocess.CompletedProcess[str]) -> dict:
    assert "Traceback" not in result.stderr, result.stderr
    report = json.loads(result.stdout)
    for file in report["files"]:
        file["path"] = Path(file["path"]).name
    return report


def _run(prefix: list[str], args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, *args], cwd=cwd, env=ENV, capture_output=True, text=True, timeout=180, check=False
    )


@pytest.fixture(scope="module")
def normal_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, dict]:
    folder = tmp_path_factory.mktemp("normal")
    paths = [p.name for p in _copy_samples(folder)]
    result = _run([sys.executable, "-m", "mla_lint.cli"], [*paths, "--format", "json", "--no-config"], folder)
    return result.returncode, _json(result)


def test_no_socket_is_ever_created(normal_run: tuple[int, dict], tmp_path: Path) -> None:
    paths = [p.name for p in _copy_samples(tmp_path)]
    result = _run([sys.executable, "-c", NO_NETWORK], [*paths, "--format", "json", "--no-config"], tmp_path)
    assert "network access attempted" not in result.stderr
    assert (result.returncode, _json(result)) == normal_run
    assert all(file["error"] is None for file in normal_run[1]["files"])


def test_cli_in_network_less_namespace(normal_run: tuple[int, dict], tmp_path: Path) -> None:
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare is not installed")
    probe = subprocess.run([unshare, "-rn", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"unshare -rn is not permitted here: {probe.stderr.decode(errors='replace').strip()}")
    paths = [p.name for p in _copy_samples(tmp_path)]
    result = _run([unshare, "-rn", sys.executable, "-m", "mla_lint.cli"], [*paths, "--format", "json", "--no-config"], tmp_path)
    assert (result.returncode, _json(result)) == normal_run


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("fmt", ["json", "text", "sarif"])
def test_read_only_inputs_unchanged_and_output_owner_only(tmp_path: Path, fmt: str) -> None:
    copies = _copy_samples(tmp_path)
    before = {}
    for path in copies:
        path.chmod(0o444)
        before[path.name] = (_sha(path), path.stat().st_mtime_ns, stat.S_IMODE(path.stat().st_mode))
    output = tmp_path / f"report.{fmt}"
    result = _run(
        [sys.executable, "-m", "mla_lint.cli"],
        [*[p.name for p in copies], "--format", fmt, "--output", output.name, "--no-config"],
        tmp_path,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    after = {p.name: (_sha(p), p.stat().st_mtime_ns, stat.S_IMODE(p.stat().st_mode)) for p in copies}
    assert after == before
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*before, output.name])


def test_output_onto_an_input_is_refused(tmp_path: Path) -> None:
    [first, *_] = _copy_samples(tmp_path)
    digest = _sha(first)
    result = _run([sys.executable, "-m", "mla_lint.cli"], [first.name, "--output", first.name, "--no-config"], tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert _sha(first) == digest


@pytest.mark.parametrize("maker", [make_xxe, make_xxe_parameter])
@pytest.mark.parametrize("fmt", ["json", "text", "sarif"])
def test_external_entity_target_never_in_output(tmp_path: Path, maker, fmt: str) -> None:
    path = maker(tmp_path)
    output = tmp_path / "report.out"
    for extra in ([], ["--output", str(output)]):
        result = _run([sys.executable, "-m", "mla_lint.cli"], [str(path), "--format", fmt, "--no-config", *extra], tmp_path)
        assert result.returncode == 2
        assert CANARY_TEXT not in result.stdout + result.stderr
        assert "Traceback" not in result.stderr
    assert CANARY_TEXT not in output.read_text(encoding="utf-8")
