"""The engine: read a document, analyse it once, run the selected rules, collect findings.

`Linter` is the reusable object for many documents: it builds the plugin
registry once and the language model is loaded once per process (on first
need). It never prints and never exits; everything it has to say is in the
returned `FileReport` / `Report`.
"""

from __future__ import annotations

import multiprocessing
import time
import traceback
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from typing import Callable, Iterable, Sequence

from mla_lint import __version__
from mla_lint.analysis import Analysis
from mla_lint.cache import ResultCache
from mla_lint.config import Config
from mla_lint.errors import UnreadableDocument
from mla_lint.findings import ChecklistItem, Finding
from mla_lint.jurisdiction import AppliedProfile, JurisdictionProfile
from mla_lint.model import Document
from mla_lint.parallel import can_fork, lint_in_processes
from mla_lint.readers.dispatch import read_bytes, read_path
from mla_lint.registry import Registry, build_registry
from mla_lint.report import FileReport, Report, RuleFailure
from mla_lint.rule import Rule
from mla_lint.selection import active_rules, apply_severity, validate_settings
from mla_lint.settings import Settings
from mla_lint.suppression import UnusedSuppression, apply_suppressions, suppressions
from mla_lint.timeouts import TimeLimitExceeded, time_limit

SettingsFor = Callable[[Path], Settings]


class Linter:
    """Lints documents with one registry and one set of default settings."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        registry: Registry | None = None,
        plugins: Sequence[object] = (),
    ) -> None:
        self.registry = registry if registry is not None else build_registry(plugins)
        self.settings = settings if settings is not None else Config(self.registry.default_config).settings()
        validate_settings(self.settings, self.registry)
        self._warnings: list[str] = []

    # -- single inputs -----------------------------------------------------

    def lint_path(self, path: str | Path, settings: Settings | None = None, *, processes: int = 1) -> FileReport:
        """Read and lint one file; an unreadable file gives a report with ``error`` set.

        ``processes`` > 1 lets the language pipeline parse a long document in
        that many forked processes (for one large request on a machine with
        idle cores); the report is the same.
        """
        settings = settings or self.settings
        path = Path(path)
        return self._read_and_lint(
            str(path), settings, lambda: read_path(path, self.registry.readers, settings.limits), processes
        )

    def lint_bytes(
        self, data: bytes, *, format: str | None = None, source: str = "<bytes>", settings: Settings | None = None
    ) -> FileReport:
        """Lint the content of a file held in memory (``format`` "docx", "pdf", "text" or None to sniff).

        ``source`` names the document in the report; its extension, if any, helps
        choose the reader when the content alone does not decide.
        """
        settings = settings or self.settings
        extension = PurePath(source).suffix.lower() or None
        return self._read_and_lint(
            source,
            settings,
            lambda: read_bytes(data, source, self.registry.readers, settings.limits, format=format, extension=extension),
        )

    def lint_text(self, text: str, *, source: str = "<text>", settings: Settings | None = None) -> FileReport:
        """Lint plain text (paragraphs separated by blank lines)."""
        return self.lint_bytes(text.encode("utf-8"), format="text", source=source, settings=settings)

    def lint_document(self, document: Document, settings: Settings | None = None) -> FileReport:
        """Run the selected rules over an already-read document."""
        return self._lint(document, settings or self.settings, time.monotonic())

    def _read_and_lint(
        self, source: str, settings: Settings, read: Callable[[], Document], processes: int = 1
    ) -> FileReport:
        """Read within the document's time limit, then lint with what is left of it."""
        started = time.monotonic()
        try:
            with time_limit(settings.timeout):
                document = read()
        except UnreadableDocument as exc:
            return FileReport(path=source, error=exc.reason)
        except TimeLimitExceeded:
            reason = f"reading took longer than the time limit of {settings.timeout:g} s (--timeout)"
            return FileReport(path=source, error=reason)
        return self._lint(document, settings, started, processes)

    def _lint(self, document: Document, settings: Settings, started: float, processes: int = 1) -> FileReport:
        """Choose the profiles, run their rules and the selected ones, grade, then apply the document's suppressions."""
        budget = _Budget(settings.timeout, started)
        candidates = self._automatic_candidates(settings, document.source)
        rules = active_rules(self.registry, settings, document.source)
        facts = Analysis(document, components=None if candidates else _components_read_by(rules), processes=processes)
        profiles = self._profiles(settings, candidates, facts, budget)
        if candidates:
            settings = replace(settings, jurisdiction=tuple(p.code for p in profiles))
            rules = active_rules(self.registry, settings, document.source)
        findings, checklist, failures = _run_rules(rules, document, facts, budget)
        reporter = next((r for r in rules if isinstance(r, UnusedSuppression)), None)
        findings = list(
            apply_suppressions(
                findings,
                suppressions(document),
                ran=frozenset(r.code for r in rules) - {f.code for f in failures},
                known=frozenset(r.code for r in self.registry.rules),
                reporter=reporter,
            )
        )
        graded = apply_severity(findings, self.registry, settings)
        if "pipeline" in facts.__dict__ and facts.pipeline.warning:
            self._warn(facts.pipeline.warning)
        return FileReport(
            path=document.source,
            findings=tuple(sorted(graded, key=Finding.sort_key)),
            rule_failures=tuple(failures),
            checklist=tuple(sorted(checklist, key=lambda item: item.code)),
            document=document,
            profiles=profiles,
        )

    def _automatic_candidates(self, settings: Settings, path: str) -> tuple[JurisdictionProfile, ...]:
        """The profiles that may select themselves for this file: none if jurisdictions are chosen explicitly.

        A profile that could change nothing in this run (its rules and the
        codes it re-grades are all deselected) is left out, so that e.g.
        ``--select MLA202`` does not load the language model to read the parties.
        """
        if settings.jurisdiction:
            return ()
        candidates = tuple(p for p in self.registry.jurisdictions.values() if p.auto is not None)
        if not candidates:
            return ()
        widened = active_rules(self.registry, replace(settings, jurisdiction=tuple(p.code for p in candidates)), path)
        codes = {r.code for r in widened}
        scopes = {r.jurisdiction for r in widened}
        return tuple(p for p in candidates if p.code in scopes or any(code in codes for code in p.severity))

    def _profiles(
        self, settings: Settings, candidates: tuple[JurisdictionProfile, ...], facts: Analysis, budget: _Budget
    ) -> tuple[AppliedProfile, ...]:
        """The profiles that run on the document and why: the explicit ones, or those the document's states select.

        Reading the states (and parsing the document for it) counts against the
        document's time limit, like the rules' own work.
        """
        from mla_lint.autoselect import automatic_profiles, explicit_profiles

        if settings.jurisdiction:
            return explicit_profiles(settings.jurisdiction, self.registry.jurisdictions)
        if not candidates:
            return ()
        source = facts.document.source
        remaining = budget.remaining()
        try:
            if remaining is not None and remaining <= 0:
                raise TimeLimitExceeded
            with time_limit(remaining):
                return automatic_profiles(candidates, facts)
        except TimeLimitExceeded:
            self._warn(f"{source}: automatic jurisdiction selection overran the time limit (--timeout); no profile applied")
        except Exception as exc:  # reading the parties must not cost the document its other checks
            self._warn(f"{source}: automatic jurisdiction selection failed ({_describe_failure(exc)}); no profile applied")
        return ()

    def rules_considered(self, settings: Settings, path: str) -> tuple[Rule, ...]:
        """Every rule that may run on ``path``: the active ones and those of the profiles that may select themselves."""
        candidates = self._automatic_candidates(settings, path)
        if candidates:
            settings = replace(settings, jurisdiction=tuple(p.code for p in candidates))
        return active_rules(self.registry, settings, path)

    # -- batches -------------------------------------------------------------

    def lint_paths(
        self,
        paths: Iterable[str | Path],
        settings_for: SettingsFor | None = None,
        *,
        jobs: int = 1,
        cache: ResultCache | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> Report:
        """Lint files; reports in input order whatever ``jobs`` is.

        ``settings_for`` picks per-file settings (e.g. from the nearest config);
        ``jobs`` > 1 lints in that many forked processes; ``cache`` reuses the
        report of a file whose content, settings and rule set are unchanged;
        ``progress(done, total)`` is called as files are finished (for a progress bar).
        """
        files = [Path(path) for path in paths]
        settings = [settings_for(path) if settings_for else self.settings for path in files]
        reports: list[FileReport | None] = [None] * len(files)
        keys: list[str | None] = [None] * len(files)
        if cache is not None:
            for i, path in enumerate(files):
                keys[i] = cache.key(path, settings[i], self.rules_considered(settings[i], str(path)), self.registry)
                reports[i] = cache.get(keys[i]) if keys[i] else None
        todo = [i for i, report in enumerate(reports) if report is None]
        work = [(files[i], settings[i]) for i in todo]
        finished = len(files) - len(todo)

        def one_more() -> None:
            nonlocal finished
            finished += 1
            if progress is not None:
                progress(finished, len(files))

        if progress is not None:
            progress(finished, len(files))
        if jobs > 1 and len(work) > 1 and can_fork():
            needs_model = any(
                _components_read_by(active_rules(self.registry, file_settings, str(path))) != frozenset()
                or self._automatic_candidates(file_settings, str(path))
                for path, file_settings in work
            )
            done, warnings = lint_in_processes(self, work, min(jobs, len(work)), needs_model, one_more)
            for message in warnings:
                self._warn(message)
        else:
            spare = jobs if len(work) == 1 and can_fork() and not multiprocessing.current_process().daemon else 1
            done = []
            for path, file_settings in work:
                done.append(self.lint_path(path, file_settings, processes=spare))
                one_more()
        for i, report in zip(todo, done):
            reports[i] = report
            key = keys[i]
            if cache is not None and key is not None:
                cache.put(key, report)
        return self.report([report for report in reports if report is not None])

    @property
    def warnings(self) -> tuple[str, ...]:
        """Run-level warnings so far (e.g. a degraded language model)."""
        return tuple(self._warnings)

    def report(self, files: Sequence[FileReport]) -> Report:
        """Wrap file reports with the rule metadata (of the profiles that ran too) and run-level warnings."""
        ran = dict.fromkeys([*self.settings.jurisdiction, *(p.code for f in files for p in f.profiles)])
        settings = replace(self.settings, jurisdiction=tuple(ran))
        return Report(
            files=tuple(files),
            rules=self.registry.rule_infos(active_rules(self.registry, settings, "")),
            warnings=tuple(dict.fromkeys(self._warnings)),
            errors=self.registry.load_errors,
            tool_version=__version__,
        )

    def _warn(self, message: str) -> None:
        if message not in self._warnings:
            self._warnings.append(message)


def _components_read_by(rules: Iterable[Rule]) -> frozenset[str] | None:
    """The spaCy components the rules read together (None: the whole pipeline)."""
    wanted: set[str] = set()
    for rule in rules:
        if rule.language_model is None:
            return None
        wanted |= rule.language_model
    return frozenset(wanted)


@dataclass(frozen=True)
class _Budget:
    """The document's time limit (None: unlimited) and when its clock started."""

    seconds: float | None
    started: float

    def remaining(self) -> float | None:
        return None if self.seconds is None else self.seconds - (time.monotonic() - self.started)


def _run_rules(
    rules: Iterable[Rule], document: Document, facts: Analysis, budget: _Budget
) -> tuple[list[Finding], list[ChecklistItem], list[RuleFailure]]:
    """Run each rule in isolation: one that raises or overruns is recorded and the others' findings stand.

    Rules about required elements also say whether their element is present
    (``Rule.assess``): that is the document's completeness checklist.
    """
    findings: list[Finding] = []
    checklist: list[ChecklistItem] = []
    failures: list[RuleFailure] = []
    for rule in rules:
        remaining = budget.remaining()
        if remaining is not None and remaining <= 0:
            message = f"not run: the document's time limit of {budget.seconds:g} s (--timeout) was used up"
            failures.append(RuleFailure(code=rule.code, origin=rule.origin, message=message))
            continue
        try:
            with time_limit(remaining):
                found = list(rule.check(document, facts))
                item = facts.derived(rule.assess)
        except TimeLimitExceeded:
            message = f"stopped: it overran the document's time limit of {budget.seconds:g} s (--timeout)"
            failures.append(RuleFailure(code=rule.code, origin=rule.origin, message=message))
        except Exception as exc:  # a faulty rule or plugin must not abort the run
            failures.append(RuleFailure(code=rule.code, origin=rule.origin, message=_describe_failure(exc)))
        else:
            findings.extend(found)
            if item is not None:
                checklist.append(item)
    return findings, checklist, failures


def _describe_failure(exc: Exception) -> str:
    """Exception type and where it was raised, but not its message, which may quote the confidential text."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{type(exc).__name__} raised{where}"
