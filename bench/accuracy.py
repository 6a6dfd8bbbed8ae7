"""Accuracy of the rules on the sample corpus: precision, recall and F1 per code and per family.

Usage::

    python bench/accuracy.py [--select MLA1,MLA205] [--json] [--samples DIR]

Every request ``X.docx``, ``X.pdf`` or ``X.txt`` in ``sample_requests/`` (or
``--samples DIR``) that has an ``X.expected.json`` is linted once, in this
process, through the library (`mla_lint.engine.Linter`), with the codes or
prefixes of ``--select`` (default: every ``MLA`` code). Its findings are
compared with the expected ones, both restricted to the selected codes:

* a finding **matches** an expected one with the same code and the same
  location paragraph (``None`` for a whole-document finding) — a multiset
  match, so two expected findings of one code in one paragraph need two
  actual ones;
* a match whose **severity** differs counts as an error twice: a false
  positive (the severity reported) and a false negative (the one expected);
* every other actual finding is a **false positive**, every other expected
  one a **false negative**.

It prints precision, recall and F1 for each code, for each family (MLA1xx
required elements, MLA2xx drafting risks, MLA3xx consistency) and overall
(micro-averaged: true positives, false positives and false negatives are
summed before dividing), then every false positive and false negative with
its file, code, severity, paragraph and message or expected excerpt, and the
number of MLA1xx/MLA2xx findings (of the selected codes) on the *clean
requests* (samples whose whole expected list holds no MLA1xx or MLA2xx
finding, whatever is selected), which must be zero.
Files that cannot be read and rules that fail are listed too.

``--json`` prints the same as one JSON object (``codes``, ``families``,
``overall``, ``false_positives``, ``false_negatives``, ``clean``,
``errors``). The script is a report: it always exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_requests"
FORMATS = (".docx", ".pdf", ".txt")
CLEAN_FAMILIES = ("MLA1", "MLA2")


@dataclass(frozen=True)
class Item:
    """One finding, expected or reported: where (file, paragraph) and what (code, severity)."""

    file: str
    code: str
    severity: str
    paragraph: int | None
    text: str = ""
    """The message (reported) or the expected excerpt, for the listing."""

    @property
    def key(self) -> tuple[str, str, int | None]:
        return (self.file, self.code, self.paragraph)


@dataclass
class Counts:
    """True positives, false positives and false negatives, and the measures derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
        }


@dataclass
class Score:
    """The comparison of expected with actual findings."""

    codes: dict[str, Counts] = field(default_factory=dict)
    false_positives: list[Item] = field(default_factory=list)
    false_negatives: list[Item] = field(default_factory=list)
    severity_mismatches: list[tuple[Item, Item]] = field(default_factory=list)
    """(expected, actual) pairs at the same code and paragraph with different severities."""

    @property
    def families(self) -> dict[str, Counts]:
        out: dict[str, Counts] = {}
        for code, counts in sorted(self.codes.items()):
            total = out.setdefault(family(code), Counts())
            total.tp, total.fp, total.fn = total.tp + counts.tp, total.fp + counts.fp, total.fn + counts.fn
        return out

    @property
    def overall(self) -> Counts:
        total = Counts()
        for counts in self.codes.values():
            total.tp, total.fp, total.fn = total.tp + counts.tp, total.fp + counts.fp, total.fn + counts.fn
        return total


def family(code: str) -> str:
    """"MLA205" -> "MLA2xx"; a plugin code "UK101" -> "UK1xx"."""
    digits = code.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return f"{code[: len(code) - len(digits)]}{digits[:1]}xx"


def score(expected: Iterable[Item], actual: Iterable[Item]) -> Score:
    """Match ``actual`` findings to ``expected`` ones by (file, code, paragraph); see the module docstring."""
    result = Score()
    pending: dict[tuple[str, str, int | None], list[Item]] = defaultdict(list)
    for item in expected:
        pending[item.key].append(item)
        result.codes.setdefault(item.code, Counts())
    unmatched: list[Item] = []
    for item in actual:
        result.codes.setdefault(item.code, Counts())
        candidates = pending.get(item.key, [])
        same = next((e for e in candidates if e.severity == item.severity), None)
        if same is not None:
            candidates.remove(same)
            result.codes[item.code].tp += 1
        else:
            unmatched.append(item)
    for item in unmatched:
        candidates = pending.get(item.key, [])
        result.codes[item.code].fp += 1
        result.false_positives.append(item)
        if candidates:  # right place, wrong severity: also a false negative of the expected one
            other = candidates.pop(0)
            result.codes[other.code].fn += 1
            result.false_negatives.append(other)
            result.severity_mismatches.append((other, item))
    for items in pending.values():
        for item in items:
            result.codes[item.code].fn += 1
            result.false_negatives.append(item)
    return result


def selected(code: str, selectors: Sequence[str]) -> bool:
    return any(code.startswith(s) for s in selectors)


def expected_items(path: Path, selectors: Sequence[str] = ("",)) -> list[Item]:
    """The expected findings of one sample (those of the selected codes), from its ``.expected.json``."""
    data = json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))
    return [
        Item(path.name, f["code"], f["severity"], f.get("paragraph"), f.get("excerpt_contains") or "")
        for f in data.get("findings", [])
        if selected(f["code"], selectors)
    ]


def samples(folder: Path) -> list[Path]:
    """Every request in ``folder`` that has an expected-findings file."""
    return sorted(p for p in folder.iterdir() if p.suffix in FORMATS and p.with_name(p.stem + ".expected.json").exists())


def run(folder: Path, selectors: Sequence[str]) -> dict[str, Any]:
    """Lint every sample once and score it; the report as a dict."""
    from mla_lint.engine import Linter
    from mla_lint.settings import Settings

    linter = Linter(Settings(select=tuple(selectors)))
    expected: list[Item] = []
    actual: list[Item] = []
    errors: list[str] = []
    clean: dict[str, int] = {}
    for path in samples(folder):
        wanted = expected_items(path, selectors)
        expected += wanted
        report = linter.lint_path(path)
        if report.error is not None:
            errors.append(f"{path.name}: not read: {report.error}")
            continue
        errors += [f"{path.name}: {failure.code} failed: {failure.message}" for failure in report.rule_failures]
        found = [
            Item(
                path.name, f.code, f.severity.value, f.location.paragraph if f.location else None,
                " ".join(f.message.split()),
            )
            for f in report.findings
            if selected(f.code, selectors)
        ]
        actual += found
        if not any(selected(e.code, CLEAN_FAMILIES) for e in expected_items(path)):
            clean[path.name] = sum(1 for f in found if selected(f.code, CLEAN_FAMILIES))
    result = score(expected, actual)
    return {
        "samples": len(samples(folder)),
        "select": list(selectors),
        "codes": {code: counts.to_dict() for code, counts in sorted(result.codes.items())},
        "families": {name: counts.to_dict() for name, counts in result.families.items()},
        "overall": result.overall.to_dict(),
        "false_positives": [asdict(i) for i in result.false_positives],
        "false_negatives": [asdict(i) for i in result.false_negatives],
        "severity_mismatches": [
            {"expected": asdict(e), "actual": asdict(a)} for e, a in result.severity_mismatches
        ],
        "clean": {"files": len(clean), "findings": sum(clean.values()), "by_file": {k: v for k, v in clean.items() if v}},
        "errors": errors,
    }


def render(data: dict[str, Any]) -> str:
    """The report as text."""
    lines = [f"{data['samples']} samples, select {','.join(data['select'])}", ""]
    header = f"{'':8} {'TP':>4} {'FP':>4} {'FN':>4} {'prec':>6} {'recall':>6} {'F1':>6}"

    def row(name: str, c: dict[str, Any]) -> str:
        return f"{name:8} {c['tp']:>4} {c['fp']:>4} {c['fn']:>4} {c['precision']:>6.3f} {c['recall']:>6.3f} {c['f1']:>6.3f}"

    lines.append(header)
    lines += [row(code, c) for code, c in data["codes"].items()]
    lines.append("")
    lines += [row(name, c) for name, c in data["families"].items()]
    lines.append(row("overall", data["overall"]))
    for title, key in (("False positives", "false_positives"), ("False negatives", "false_negatives")):
        items = data[key]
        lines += ["", f"{title} ({len(items)}):"]
        for i in items:
            where = "document" if i["paragraph"] is None else f"paragraph {i['paragraph']}"
            text = f"  {i['text']}" if i["text"] else ""
            lines.append(f"  {i['file']}: {i['code']} {i['severity']} at {where}{text}")
    mismatches = data["severity_mismatches"]
    if mismatches:
        lines += ["", f"Severity mismatches (counted above as one FP and one FN each): {len(mismatches)}"]
        for m in mismatches:
            e, a = m["expected"], m["actual"]
            lines.append(f"  {e['file']}: {e['code']} at paragraph {e['paragraph']}: expected {e['severity']}, got {a['severity']}")
    clean = data["clean"]
    lines += ["", f"Clean requests: {clean['files']} files, {clean['findings']} MLA1xx/MLA2xx findings on them"]
    for name, count in clean["by_file"].items():
        lines.append(f"  {name}: {count}")
    if data["errors"]:
        lines += ["", "Errors:"] + [f"  {e}" for e in data["errors"]]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--select", default="MLA", help="comma-separated codes or prefixes (default: every MLA code)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--samples", type=Path, default=SAMPLES, help="folder of samples (default: sample_requests/)")
    args = parser.parse_args(argv)
    selectors = tuple(s.strip().upper() for s in args.select.split(",") if s.strip())
    try:
        data = run(args.samples, selectors)
    except Exception as exc:  # noqa: BLE001 - a report, not a gate: say what went wrong and exit 0
        print(f"accuracy: could not run: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 0
    print(json.dumps(data, indent=2, ensure_ascii=False) if args.json else render(data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
