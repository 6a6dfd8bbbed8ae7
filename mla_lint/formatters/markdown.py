"""Markdown for tickets and e-mails: per document, the completeness checklist and the findings.

GitHub-flavoured Markdown that also reads well as plain text: a heading per
document, the checklist as a table (✅ present, ❌ missing, ➖ not
applicable), then the findings grouped by severity as a list with the
place, the excerpt as a quotation and the suggestion. Text that comes from
the request is escaped so that it cannot turn into markup (links, images,
HTML) in the tracker it is pasted into.
"""

from __future__ import annotations

import re
from collections import Counter

from mla_lint.findings import ElementState, Finding, Severity
from mla_lint.formatters.base import FormatOptions, Formatter
from mla_lint.report import FileReport, Report

STATE_MARKS = {ElementState.PRESENT: "✅ present", ElementState.MISSING: "❌ missing", ElementState.NOT_APPLICABLE: "➖ not applicable"}
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~&])")


def escape(text: str) -> str:
    """Backslash-escape Markdown punctuation and flatten line breaks (request text is untrusted)."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def path_text(path: str) -> str:
    """A file name as a code span (no escapes to read), unless it holds a backtick or a line break."""
    if "`" in path or "\n" in path or "|" in path:
        return escape(path)
    return f"`{path}`"


def _plural(n: int, word: str) -> str:
    return f"{n} {word if n == 1 or word == 'info' else word + 's'}"


def _counts(findings: tuple[Finding, ...]) -> str:
    counts = Counter(f.severity for f in findings)
    if not findings:
        return "no findings"
    detail = ", ".join(_plural(counts[s], s.value) for s in Severity if counts[s])
    return f"{_plural(len(findings), 'finding')} ({detail})"


def _file(fr: FileReport) -> list[str]:
    lines = [f"## {path_text(fr.path)}", "", f"**{_counts(fr.findings)}**", ""]
    for profile in fr.profiles:
        lines += [f"*Jurisdiction profile {escape(profile.code)} ({escape(profile.name)}): {escape(profile.reason)}*", ""]
    if fr.error:
        lines += [f"> **Could not be read:** {escape(fr.error)}", ""]
    for failure in fr.rule_failures:
        lines += [f"> **Rule {failure.code} ({escape(failure.origin)}) failed:** {escape(failure.message)}", ""]
    if fr.checklist:
        lines += ["### Completeness checklist", "", "| | element | detail |", "|---|---|---|"]
        for item in fr.checklist:
            if item.state is ElementState.PRESENT:
                where = item.location.describe() if item.location else ""
                detail = f"{where}: “{escape(item.excerpt)}”" if item.excerpt else where
            elif item.state is ElementState.MISSING:
                detail = f"Not found. Expected: {escape(item.summary)}"
                if item.location is not None:
                    detail += f" (the heading at {item.location.describe()} announces it, but nothing under it qualifies)"
            else:
                detail = escape(item.reason or "")
            lines.append(f"| {STATE_MARKS[item.state]} | **{item.code}** {item.name} | {detail} |")
        lines.append("")
    if fr.findings:
        lines += ["### Findings", ""]
        for severity in Severity:
            group = [f for f in fr.findings if f.severity is severity]
            if not group:
                continue
            lines += [f"#### {severity.value.capitalize()} ({len(group)})", ""]
            for f in group:
                where = f.location.describe() if f.location else "whole document"
                lines.append(f"- **{f.code}** {f.name} — {where}: {escape(f.message)}")
                if f.excerpt:
                    lines.append(f"  > {escape(f.excerpt)}")
                for r in f.related:
                    lines.append(f"  - related: {r.location.describe()}: {escape(r.message)}"
                                 + (f" — “{escape(r.excerpt)}”" if r.excerpt else ""))
                if f.suggestion:
                    lines.append(f"  - *Suggestion:* {escape(f.suggestion)}")
            lines.append("")
    return lines


def render_markdown(report: Report) -> str:
    lines = ["# mla-lint report", ""]
    if len(report.files) > 1:
        lines += [f"{_counts(report.findings)} in {_plural(len(report.files), 'document')}.", ""]
        lines += ["| document | errors | warnings | info | missing elements |", "|---|---:|---:|---:|---:|"]
        for fr in report.files:
            counts = Counter(f.severity for f in fr.findings)
            missing = sum(1 for item in fr.checklist if item.state is ElementState.MISSING)
            status = " (unreadable)" if fr.error else ""
            lines.append(
                f"| {path_text(fr.path)}{status} | {counts[Severity.ERROR]} | {counts[Severity.WARNING]} | "
                f"{counts[Severity.INFO]} | {missing} |"
            )
        lines.append("")
    for fr in report.files:
        lines += _file(fr)
    for message in report.errors:
        lines += [f"> **Error:** {escape(message)}", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


class MarkdownFormatter(Formatter):
    """Checklist and findings as Markdown, for tickets and e-mails."""

    name = "markdown"
    description = "Markdown for tickets and e-mails: checklist and findings per document"

    def render(self, report: Report, options: FormatOptions) -> str:
        return render_markdown(report)
