"""A self-contained HTML report, for people: checklist, findings, and the request with its problems marked.

One file with inline CSS and a few lines of inline JavaScript (sorting the
overview table; everything works without it), no network assets, readable
offline and printed. For each document:

- the completeness checklist: every selected required element (MLA1xx) as
  present (with a link to the text that satisfies it), missing (with a link
  to the heading that announced it, if any) or not applicable (with why);
- the findings grouped by severity, each with its place, excerpt, related
  places, suggestion and the rule's one-line "why";
- the document's text, block by block, with each finding's span marked and
  linked both ways (finding → mark → finding).

A batch starts with an overview table: documents × rule families (counts),
total, missing elements and worst severity, sortable by any column.

The request text is untrusted: the template is rendered with autoescaping on,
and no value is ever marked safe; identifiers in the page are generated
here, never taken from the document.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from mla_lint.annotate import WHERE_IT_GOES, why
from mla_lint.findings import ChecklistItem, ElementState, Finding, Severity
from mla_lint.formatters.base import FormatOptions, Formatter
from mla_lint.model import Block, Location
from mla_lint.report import FileReport, Report, RuleInfo

FAMILY_NAMES = {"MLA1": "Required elements", "MLA2": "Drafting risks", "MLA3": "Consistency"}
SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
_FAMILY = re.compile(r"([A-Z]+)(\d)?")


def family(code: str) -> str:
    """"MLA1" for MLA101..., "MLA2", "MLA3"; a plugin's letters ("UK") for its codes."""
    match = _FAMILY.match(code)
    if not match:
        return code
    letters, digit = match.groups()
    return letters + digit if letters == "MLA" and digit else letters


def worst(findings: Iterable[Finding]) -> Severity | None:
    ranked = sorted((f.severity for f in findings), key=lambda s: -s.rank)
    return ranked[0] if ranked else None


@dataclass
class _Segment:
    text: str
    findings: list[str] = field(default_factory=list)
    """Ids of the findings whose span covers this piece (they link to the first)."""
    severity: str | None = None
    evidence: list[str] = field(default_factory=list)
    """Codes of the present elements this piece is the evidence for."""
    anchors: list[str] = field(default_factory=list)
    """Ids of marks that start here (a finding's or a checklist item's)."""


_Span = tuple[int, int, str, "Severity | None", str]
"""start, end, what it is about (finding id or element code), severity (None: evidence), anchor id."""


@dataclass
class _TextBlock:
    id: str
    kind: str
    heading_level: int | None
    where: str
    segments: list[_Segment]
    marked: bool


def _block_index(blocks: Iterable[Block]) -> dict[tuple[str, int | None], Block]:
    return {(b.location.part, b.location.paragraph): b for b in blocks}


def _block_for(location: Location | None, blocks: Mapping[tuple[str, int | None], Block]) -> Block | None:
    if location is None or location.paragraph is None:
        return None
    return blocks.get((location.part, location.paragraph))


def _short_place(block: Block) -> str:
    loc = block.location
    bits = []
    if loc.part != "body":
        bits.append(loc.part)
    if loc.page is not None:
        bits.append(f"p. {loc.page}")
    if loc.paragraph is not None:
        bits.append(f"¶ {loc.paragraph}")
    if loc.label:
        bits.append(loc.label)
    return " · ".join(bits)


def _segments(block: Block, spans: list[_Span]) -> list[_Segment]:
    """Cut the block's text at every span boundary; each piece knows the findings and evidence covering it."""
    text = block.text
    cuts = {0, len(text)}
    for start, end, *_ in spans:
        cuts.update((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    points = sorted(cuts)
    segments: list[_Segment] = []
    anchored: set[str] = set()
    for lo, hi in itertools.pairwise(points):
        if lo == hi:
            continue
        covering = [s for s in spans if s[0] <= lo and s[1] >= hi and s[0] < s[1]]
        segment = _Segment(text[lo:hi])
        findings = [s for s in covering if s[3] is not None]
        if findings:
            segment.findings = [s[2] for s in findings]
            segment.severity = max((s[3] for s in findings if s[3] is not None), key=lambda sev: sev.rank).value
        segment.evidence = [s[2] for s in covering if s[3] is None]
        for s in covering:
            if s[4] not in anchored:
                anchored.add(s[4])
                segment.anchors.append(s[4])
        segments.append(segment)
    return segments or [_Segment("")]


class _FileView:
    """Everything the template shows of one file (identifiers prefixed by the file's number)."""

    def __init__(self, number: int, report: FileReport, rules: Mapping[str, RuleInfo]) -> None:
        self.number = number
        self.id = f"doc{number}"
        self.path = report.path
        self.format = report.document.format if report.document else None
        self.error = report.error
        self.rule_failures = report.rule_failures
        self.counts = Counter(f.severity.value for f in report.findings)
        self.total = len(report.findings)
        worst_severity = worst(report.findings)
        self.worst = worst_severity.value if worst_severity else None
        self.families = Counter(family(f.code) for f in report.findings)
        self.missing = sum(1 for item in report.checklist if item.state is ElementState.MISSING)
        blocks = _block_index(report.document.blocks) if report.document else {}
        block_ids = {b.index: f"{self.id}-b{b.index}" for b in (report.document.blocks if report.document else ())}
        spans: dict[int, list[_Span]] = {}
        self.findings: dict[str, list[dict[str, Any]]] = {s.value: [] for s in SEVERITIES}
        explained: set[str] = set()
        for n, finding in enumerate(report.findings, start=1):
            fid = f"{self.id}-f{n}"
            mark = f"{self.id}-m{n}"
            block = _block_for(finding.location, blocks)
            target = None
            if block is not None:
                loc = finding.location
                assert loc is not None
                start = loc.start if loc.start is not None else 0
                end = loc.end if loc.end is not None else len(block.text)
                spans.setdefault(block.index, []).append((start, max(end, start + 1), fid, finding.severity, mark))
                target = mark
            rule = rules.get(finding.code)
            self.findings[finding.severity.value].append({
                "id": fid,
                "target": target,
                "code": finding.code,
                "name": finding.name,
                "message": finding.message,
                "where": finding.location.describe() if finding.location else "whole document",
                "excerpt": finding.excerpt,
                "suggestion": finding.suggestion,
                "usually": WHERE_IT_GOES.get(finding.code) if finding.location is None else None,
                "why": why(rule.documentation) if rule and finding.code not in explained else "",
                "source": rule.source if rule else "",
                "origin": finding.origin,
                "related_count": len(finding.related),
                "related": [
                    {
                        "where": r.location.describe(),
                        "message": r.message,
                        "excerpt": r.excerpt,
                        "target": block_ids.get(b.index) if (b := _block_for(r.location, blocks)) else None,
                    }
                    for r in finding.related
                ],
            })
            explained.add(finding.code)
        self.checklist = []
        for n, item in enumerate(report.checklist, start=1):
            entry = self._item(item, blocks, block_ids)
            block = _block_for(item.location, blocks)
            loc = item.location
            if item.state is ElementState.PRESENT and block is not None and loc is not None:
                start = loc.start if loc.start is not None else 0
                end = loc.end if loc.end is not None else len(block.text)
                anchor = f"{self.id}-e{n}"
                spans.setdefault(block.index, []).append((start, max(end, start + 1), item.code, None, anchor))
                entry["target"] = anchor
            self.checklist.append(entry)
        self.blocks: list[_TextBlock] = []
        for block in report.document.blocks if report.document else ():
            block_spans = spans.get(block.index, [])
            self.blocks.append(
                _TextBlock(
                    id=block_ids[block.index],
                    kind=block.kind.value,
                    heading_level=block.heading_level,
                    where=_short_place(block),
                    segments=_segments(block, block_spans),
                    marked=any(span[3] is not None for span in block_spans),
                )
            )

    @staticmethod
    def _item(item: ChecklistItem, blocks: Mapping[tuple[str, int | None], Block], ids: Mapping[int, str]) -> dict[str, Any]:
        block = _block_for(item.location, blocks)
        return {
            "code": item.code,
            "name": item.name,
            "state": item.state.value,
            "summary": item.summary,
            "excerpt": item.excerpt,
            "reason": item.reason,
            "where": item.location.describe() if item.location else None,
            "target": ids.get(block.index) if block is not None else None,
        }


_ENV: Environment | None = None


def _environment() -> Environment:
    global _ENV
    if _ENV is None:
        _ENV = Environment(
            loader=PackageLoader("mla_lint", "templates"),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
    return _ENV


def render_html(report: Report) -> str:
    """The whole report as one HTML page."""
    rules = {rule.code: rule for rule in report.rules}
    files = [_FileView(n, fr, rules) for n, fr in enumerate(report.files, start=1)]
    families = sorted({fam for view in files for fam in view.families} | {"MLA1", "MLA2", "MLA3"})
    counts = Counter(f.severity.value for f in report.findings)
    return _environment().get_template("report.html.j2").render(
        files=files,
        families=[(fam, FAMILY_NAMES.get(fam, fam)) for fam in families],
        severities=[s.value for s in SEVERITIES],
        totals={"findings": len(report.findings), **{s.value: counts[s.value] for s in SEVERITIES}},
        tool_version=report.tool_version,
        warnings=report.warnings,
        errors=report.errors,
        batch=len(files) > 1,
        rank={"error": 3, "warning": 2, "info": 1, None: 0},
    )


class HtmlFormatter(Formatter):
    """One self-contained HTML page (``--output report.html``)."""

    name = "html"
    description = "a self-contained HTML report: checklist, findings, the text with findings marked"

    def render(self, report: Report, options: FormatOptions) -> str:
        return render_html(report)
