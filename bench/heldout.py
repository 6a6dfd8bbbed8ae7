"""Accuracy on the held-out corpora: requests written by people who never saw the rules' code.

Usage::

    python bench/heldout.py [C G H I]

Each corpus (``sample_requests/corpus_<x>.py``, not part of the samples the
tests and the rule writers use) is generated into a temporary folder with the
samples' own generator, then scored by ``bench/accuracy.py`` on the families
it was labelled for: C and I for the required elements and drafting risks
(MLA1xx, MLA2xx), G and H for consistency (MLA3xx). Once a failure found here
has been fixed, that corpus is no longer unseen: the figure to quote as the
estimate for unseen requests is the first one measured on it.
"""

from __future__ import annotations

import importlib
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_requests"
CORPORA = {"C": "MLA1,MLA2", "G": "MLA3", "H": "MLA3", "I": "MLA1,MLA2"}
"""Held-out corpus -> the rule families its labels cover."""


def main(argv: list[str]) -> int:
    sys.path[:0] = [str(SAMPLES), str(ROOT / "bench")]
    generate = importlib.import_module("generate")
    accuracy = importlib.import_module("accuracy")
    for name in [n.upper() for n in argv] or list(CORPORA):
        corpus = getattr(importlib.import_module(f"corpus_{name.lower()}"), f"CORPUS_{name}")
        with tempfile.TemporaryDirectory() as folder:
            for sample in corpus:
                generate.generate(sample, Path(folder))
            print(f"== held-out corpus {name} ({len(corpus)} requests), --select {CORPORA[name]}")
            accuracy.main(["--samples", folder, "--select", CORPORA[name]])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
