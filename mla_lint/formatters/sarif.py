"""SARIF 2.1.0 output, for code-scanning dashboards and SARIF viewers.

One log, one run. The mapping:

``tool.driver``
    name ``mla-lint``, ``version`` (the report's tool version, when known),
    ``informationUri`` (the package's ``Homepage`` project URL, when the
    installed metadata has one) and ``rules``: every active rule
    (`Report.rules`) with ``id`` = code, ``name``, ``shortDescription`` = the
    summary, ``fullDescription`` = the first paragraph after it, ``help``
    (text and Markdown) = the whole documentation, ``defaultConfiguration
    .level`` and ``properties`` {origin, source, jurisdiction}. A finding of
    a rule missing from `Report.rules` still gets a minimal descriptor so
    that every result has a ``ruleIndex``.

``results``
    One per finding: ``ruleId``, ``ruleIndex``, ``level`` (error → error,
    warning → warning, info → note), ``message.text`` (the message, then
    "Suggestion: ..." on its own line when there is one), ``locations``,
    ``relatedLocations`` (each with its ``message``) and
    ``properties.origin``.

Locations
    ``artifactLocation.uri`` is the path as given, percent-encoded; a relative
    path gets ``uriBaseId`` ``%SRCROOT%`` (the directory mla-lint ran in,
    left for the consumer to resolve so that no local directory leaks into
    the log), an absolute one becomes a ``file://`` URI. Its ``index`` points
    into ``run.artifacts``.

    SARIF regions are file lines and columns (or file-relative offsets), so
    ``region`` is written only where mla-lint knows such coordinates: a
    ``line`` without a ``page`` is a file line (text files), giving
    ``startLine`` (the line where the span starts) and, for a finding about a
    whole multi-line paragraph, ``endLine``. There are no columns: span
    offsets count characters of the paragraph's text, which the reader has
    stripped and joined, so they are not file columns (they stay in
    ``properties``). ``region.snippet.text`` is the excerpt.

    A .docx or a PDF has no file lines (a PDF ``line`` counts lines of the
    page), and a region must have a ``startLine``, ``charOffset`` or
    ``byteOffset``, so their results carry no ``region``: the place is in
    ``physicalLocation.properties`` (the mla-lint JSON location fields that
    are known: part, page, paragraph, label, line, end_line, start, end,
    table, row, column; ``start``/``end`` are offsets into the paragraph,
    never SARIF's file-relative ``charOffset``), with the excerpt as
    ``properties.excerpt``. Every located result also has a
    ``logicalLocations`` entry worded for people ("page 3, paragraph 14
    (12.)"). A whole-document finding has a location with only its
    ``artifactLocation``.

``invocations[0]``
    ``executionSuccessful`` is false when a file could not be read, a rule
    failed or the run had an error (`Report.has_errors`); each such problem is
    a ``toolExecutionNotifications`` entry of level error naming the file (and
    the rule, with ``associatedRule``) or, for a run error such as a plugin
    that failed to load, with no location; each run-level warning is one of
    level warning.

``artifacts``
    Every input file once, role ``analysisTarget``, with its format
    ("docx", "pdf", "text") in ``properties.format`` when it was read.
"""

from __future__ import annotations

import json
from importlib.metadata import PackageNotFoundError, metadata
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from mla_lint.findings import Finding, Related, Severity
from mla_lint.formatters.base import FormatOptions, Formatter
from mla_lint.formatters.text import file_error_message, rule_failure_message
from mla_lint.model import Location
from mla_lint.report import FileReport, Report, RuleInfo

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
TOOL_NAME = "mla-lint"
DISTRIBUTION = "mla-lint"
SRCROOT = "%SRCROOT%"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

SarifObject = dict[str, Any]


def _information_uri() -> str | None:
    """The project's home page from the installed metadata; never an invented URL."""
    try:
        project_urls: list[str] = metadata(DISTRIBUTION).get_all("Project-URL") or []
    except PackageNotFoundError:
        return None
    for entry in project_urls:
        label, _, url = entry.partition(",")
        if label.strip().lower().replace("-", "") == "homepage":
            return url.strip()
    return None


def _uri(path: str) -> tuple[str, str | None]:
    """The artifact URI and its base id: relative paths stay relative to ``%SRCROOT%``."""
    pure = PurePath(path)
    if pure.is_absolute():
        return pure.as_uri(), None
    return quote(pure.as_posix()), SRCROOT


def _artifact_location(path: str) -> SarifObject:
    """Where a file is, as SARIF wants it (``uri`` plus ``uriBaseId`` when relative)."""
    uri, base = _uri(path)
    return {"uri": uri, "uriBaseId": base} if base else {"uri": uri}


def _full_description(documentation: str) -> str:
    """The paragraph after the summary line, unwrapped: what the rule checks, in brief."""
    paragraphs = [" ".join(p.split()) for p in documentation.split("\n\n") if p.strip()]
    return paragraphs[1] if len(paragraphs) > 1 else ""


def _rule_descriptor(rule: RuleInfo) -> SarifObject:
    """A reportingDescriptor: what GitHub and viewers show when a result is opened."""
    descriptor: SarifObject = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
    }
    full = _full_description(rule.documentation)
    if full:
        descriptor["fullDescription"] = {"text": full}
    if rule.documentation:
        descriptor["help"] = {"text": rule.documentation, "markdown": rule.documentation}
    descriptor["defaultConfiguration"] = {"level": LEVELS[rule.severity]}
    properties = {"origin": rule.origin, "source": rule.source, "jurisdiction": rule.jurisdiction}
    descriptor["properties"] = {k: v for k, v in properties.items() if v}
    return descriptor


def _rule_descriptors(report: Report) -> list[SarifObject]:
    """The active rules, plus a bare descriptor for any finding's code not among them."""
    descriptors = [_rule_descriptor(rule) for rule in report.rules]
    known = {rule.code for rule in report.rules}
    for finding in report.findings:
        if finding.code not in known:
            known.add(finding.code)
            descriptors.append({"id": finding.code, "name": finding.name, "properties": {"origin": finding.origin}})
    return descriptors


def _region(location: Location, excerpt: str | None) -> SarifObject | None:
    """File-line coordinates, or None when the location has none (see the module docstring)."""
    if location.line is None or location.page is not None:
        return None
    region: SarifObject = {"startLine": location.line}
    if location.start is None and location.end_line not in (None, location.line):
        region["endLine"] = location.end_line
    if excerpt:
        region["snippet"] = {"text": excerpt}
    return region


def _location(artifact: SarifObject, location: Location | None, excerpt: str | None) -> SarifObject:
    """A SARIF location: physical always, region and logical name when the place is known."""
    physical: SarifObject = {"artifactLocation": artifact}
    if location is None:
        return {"physicalLocation": physical}
    region = _region(location, excerpt)
    properties = {k: v for k, v in location.to_dict().items() if v is not None}
    if region is not None:
        physical["region"] = region
    elif excerpt:
        properties["excerpt"] = excerpt
    physical["properties"] = properties
    return {"physicalLocation": physical, "logicalLocations": [{"name": location.describe()}]}


def _related_location(artifact: SarifObject, number: int, related: Related) -> SarifObject:
    """A related place; the id keeps equal-looking places distinct (the array must be unique)."""
    return {
        "id": number,
        **_location(artifact, related.location, related.excerpt),
        "message": {"text": related.message},
    }


def _message_text(finding: Finding) -> str:
    """SARIF has no slot for a plain suggestion (``fixes`` need exact edits), so it joins the message."""
    if finding.suggestion:
        return f"{finding.message}\nSuggestion: {finding.suggestion}"
    return finding.message


def _result(finding: Finding, artifact: SarifObject, rule_index: int) -> SarifObject:
    """One finding as a SARIF result (``artifact`` is its file's artifactLocation)."""
    result: SarifObject = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": _message_text(finding)},
        "locations": [_location(artifact, finding.location, finding.excerpt)],
    }
    if finding.related:
        result["relatedLocations"] = [_related_location(artifact, i, r) for i, r in enumerate(finding.related)]
    result["properties"] = {"origin": finding.origin}
    return result


def _file_notifications(
    file_report: FileReport, artifact: SarifObject, rule_indexes: dict[str, int]
) -> list[SarifObject]:
    """Why a file is not fully checked: it could not be read, or rules failed on it."""
    where = [{"physicalLocation": {"artifactLocation": artifact}}]
    notifications: list[SarifObject] = []
    if file_report.error is not None:
        notifications.append(
            {"level": "error", "message": {"text": file_error_message(file_report)}, "locations": where}
        )
    for failure in file_report.rule_failures:
        rule: SarifObject = {"id": failure.code}
        if failure.code in rule_indexes:
            rule["index"] = rule_indexes[failure.code]
        notifications.append({
            "level": "error",
            "message": {"text": rule_failure_message(file_report.path, failure)},
            "locations": where,
            "associatedRule": rule,
        })
    return notifications


def _artifact(file_report: FileReport) -> SarifObject:
    """A ``run.artifacts`` entry: the file once, however many results point at it."""
    artifact: SarifObject = {"location": _artifact_location(file_report.path), "roles": ["analysisTarget"]}
    if file_report.document is not None:
        artifact["properties"] = {"format": file_report.document.format}
    return artifact


def _driver(report: Report, rules: list[SarifObject]) -> SarifObject:
    """The tool description; optional fields are left out rather than left empty."""
    driver: SarifObject = {"name": TOOL_NAME}
    if report.tool_version:
        driver["version"] = report.tool_version
    information_uri = _information_uri()
    if information_uri:
        driver["informationUri"] = information_uri
    driver["rules"] = rules
    return driver


def sarif_log(report: Report) -> SarifObject:
    """The whole SARIF log for ``report`` as a JSON-ready dict."""
    rules = _rule_descriptors(report)
    rule_indexes = {rule["id"]: i for i, rule in enumerate(rules)}
    file_indexes: dict[str, int] = {}
    artifacts: list[SarifObject] = []
    results: list[SarifObject] = []
    notifications: list[SarifObject] = []
    for file_report in report.files:
        if file_report.path not in file_indexes:
            file_indexes[file_report.path] = len(artifacts)
            artifacts.append(_artifact(file_report))
        artifact = {**_artifact_location(file_report.path), "index": file_indexes[file_report.path]}
        results.extend(_result(f, artifact, rule_indexes[f.code]) for f in file_report.findings)
        notifications.extend(_file_notifications(file_report, artifact, rule_indexes))
    notifications.extend({"level": "error", "message": {"text": e}} for e in report.errors)
    notifications.extend({"level": "warning", "message": {"text": w}} for w in report.warnings)
    invocation: SarifObject = {"executionSuccessful": not report.has_errors}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run = {
        "tool": {"driver": _driver(report, rules)},
        "invocations": [invocation],
        "artifacts": artifacts,
        "results": results,
        "columnKind": "unicodeCodePoints",
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


class SarifFormatter(Formatter):
    """SARIF 2.1.0 for GitHub code scanning and other SARIF consumers."""

    name = "sarif"
    description = "SARIF 2.1.0 (GitHub code scanning, SARIF viewers)"

    def render(self, report: Report, options: FormatOptions) -> str:
        """The SARIF log as indented JSON; presentation options do not apply."""
        return json.dumps(sarif_log(report), indent=2, ensure_ascii=False) + "\n"
