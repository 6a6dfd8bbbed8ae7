"""Annotated copies of a request: the request itself, with the findings marked in it.

Caseworkers live in Word, not in terminals. `annotate` writes a copy of a
linted .docx with a Word comment on the words of every finding, or of a PDF
with a highlight and a pop-up note; whole-document findings (a missing
element) become one note each on the title or first paragraph / page 1,
saying what to add and where such content usually goes.

Each note carries the rule code, the message, a one-line "why" taken from the
rule's documentation and, when there is one, the suggestion. The input is
never modified: the copy is written to a new path, owner-only (mode 0600).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from mla_lint.errors import UnreadableDocument, UsageError
from mla_lint.findings import Finding
from mla_lint.limits import Limits
from mla_lint.report import FileReport, Report, RuleInfo

AUTHOR = "mla-lint"
INITIALS = "ML"
FORMATS = ("docx", "pdf")
"""Formats an annotated copy can be written for (plain text has no place for notes)."""

WHERE_IT_GOES: Mapping[str, str] = {
    "MLA101": "in the letterhead or the opening paragraph (\"The ... of ... requests ...\")",
    "MLA102": "in the opening paragraph or a \"Legal basis\" section near the start",
    "MLA103": "in a \"Nature of the proceedings\" section after the introduction",
    "MLA104": "in a \"Summary of facts\" section before the assistance requested",
    "MLA105": "in an \"Offences\" section after the facts, quoting the provisions of law",
    "MLA106": "in an \"Assistance requested\" section, one item per measure",
    "MLA107": "right after the assistance requested (\"Purpose and relevance\")",
    "MLA108": "in a \"Persons concerned\" section (names, dates of birth, nationality, addresses)",
    "MLA109": "in a \"Procedures to be followed\" section after the assistance requested",
    "MLA110": "in a \"Confidentiality\" section near the end, before the contact details",
    "MLA111": "after the offences, or in the \"Legal basis\" section",
    "MLA112": "in a \"Contact\" section at the end, just before the signature",
    "MLA113": "at the top of the request, next to the URGENT marking",
    "MLA114": "next to the confidentiality undertaking, near the end",
    "MLA115": "at the end: name and title of the official, signature, place and date",
    "MLA116": "in the \"Legal basis\" section",
    "MLA117": "in the assistance requested, with a table of the property (bank, account, address)",
    "MLA118": "in the assistance requested, with the witness's identity and the questions to put",
}
_WHY = re.compile(r"\*\*Why it matters\.?\*\*\s*(.+?)(?:\n\s*\n|$)", re.DOTALL)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\"”'’])[.:;](?=\s+[A-Z(\"“])")


@dataclass(frozen=True)
class Note:
    """What one comment or pop-up says about one finding."""

    finding: Finding
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def why(documentation: str, limit: int = 240) -> str:
    """The first sentence of the "Why it matters" paragraph (else the summary line), on one line."""
    match = _WHY.search(documentation or "")
    text = " ".join((match.group(1) if match else (documentation or "").split("\n", 1)[0]).split())
    text = text.replace("**", "").replace("``", "")
    cut = _SENTENCE_END.search(text)
    if cut and cut.start() >= 20:
        text = text[: cut.start() + 1]
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def note_for(finding: Finding, rules: Mapping[str, RuleInfo], where: str | None = None) -> Note:
    """The comment text of a finding: code and message, why, what to do (and where, if document-level)."""
    lines = [f"{finding.code} {finding.name} ({finding.severity.value}): {finding.message}"]
    if where:
        lines.append(f"Found at: {where}")
    rule = rules.get(finding.code)
    reason = why(rule.documentation) if rule is not None else ""
    if reason:
        lines.append(f"Why: {reason}")
    if finding.suggestion:
        lines.append(f"Suggestion: {finding.suggestion}")
    if finding.location is None:
        usual = WHERE_IT_GOES.get(finding.code)
        if usual:
            lines.append(f"Where it usually goes: {usual}.")
    for related in finding.related:
        lines.append(f"See also {related.location.describe()}: {related.message}")
    return Note(finding, tuple(lines))


def rule_map(rules: Iterable[RuleInfo]) -> dict[str, RuleInfo]:
    return {rule.code: rule for rule in rules}


def can_annotate(file_report: FileReport) -> bool:
    """True for a file that was read and is a .docx or a PDF."""
    return file_report.error is None and file_report.document is not None and file_report.document.format in FORMATS


def annotate_file(
    file_report: FileReport, output: Path, rules: Mapping[str, RuleInfo], limits: Limits | None = None
) -> int:
    """Write the annotated copy of ``file_report.path`` to ``output``; returns the number of notes.

    ``limits`` are the reading limits of the run (the file is read again to find the words); the defaults if None.
    Raises `UsageError` when the file cannot be annotated or ``output`` is the input.
    """
    limits = limits if limits is not None else Limits()
    source = Path(file_report.path)
    if not can_annotate(file_report):
        raise UsageError(f"{source}: --annotate works on readable .docx and .pdf files only")
    assert file_report.document is not None
    if _same_file(source, output):
        raise UsageError(f"{output}: refusing to annotate onto the input file")
    try:
        data = source.read_bytes()
        if file_report.document.format == "docx":
            from mla_lint.annotate.docx import annotate_docx

            out, count = annotate_docx(data, file_report, rules, limits)
        else:
            from mla_lint.annotate.pdf import annotate_pdf

            out, count = annotate_pdf(data, file_report, rules, limits)
    except UnreadableDocument as exc:
        raise UsageError(f"{source}: no annotated copy: {exc.reason}") from None
    except OSError as exc:
        raise UsageError(f"{source}: no annotated copy: {exc.strerror}") from None
    write_private(output, out)
    return count


def output_paths(report: Report, target: Path) -> list[tuple[FileReport, Path]]:
    """Where each file's annotated copy goes.

    One input and ``target`` not an existing directory: ``target`` itself
    (its extension must match the input's format). Otherwise ``target`` is a
    directory (created owner-only if missing) and each .docx/.pdf input gets
    ``<name>.reviewed.<ext>`` in it (``-2``, ``-3`` ... when names collide);
    unreadable files and plain-text inputs get no copy.
    """
    files = [fr for fr in report.files]
    if len(files) == 1 and not target.is_dir() and not str(target).endswith(os.sep):
        only = files[0]
        if can_annotate(only):
            assert only.document is not None
            wanted = "." + only.document.format
            if target.suffix.lower() != wanted:
                raise UsageError(f"{target}: the annotated copy of a {only.document.format} file must end in {wanted}")
        return [(only, target)]
    if target.exists() and not target.is_dir():
        raise UsageError(f"{target}: with several inputs, --annotate needs a directory")
    target.mkdir(mode=0o700, parents=True, exist_ok=True)
    taken: set[str] = set()
    out: list[tuple[FileReport, Path]] = []
    for fr in files:
        if not can_annotate(fr):
            continue
        assert fr.document is not None
        stem = Path(fr.path).stem
        name, n = f"{stem}.reviewed.{fr.document.format}", 1
        while name in taken:
            n += 1
            name = f"{stem}-{n}.reviewed.{fr.document.format}"
        taken.add(name)
        out.append((fr, target / name))
    return out


def _same_file(a: Path, b: Path) -> bool:
    try:
        return b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def write_private(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` with mode 0600 (also when it already existed)."""
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), 0o600)
            handle.write(data)
    except OSError as exc:
        raise UsageError(f"{target}: cannot write the annotated copy: {exc.strerror}") from None
