"""The ``mla-lint`` command: a thin shell over the library.

It parses options, finds configuration, asks the `Linter` for a report,
hands it to a formatter and turns it into an exit code: 0 when no finding
reaches ``--fail-on``, 1 when one does, 2 for a usage error, an unreadable
file, a failed rule or plugin. User errors are one line on stderr, never a
traceback (``--debug`` shows one for internal errors).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mla_lint import __version__
from mla_lint.config import Config, find_config_file, layered, load_config_file
from mla_lint.errors import MlaLintError, UsageError
from mla_lint.plugin import DISABLE_AUTOLOAD_ENV

if TYPE_CHECKING:
    from mla_lint.cache import ResultCache
    from mla_lint.engine import Linter
    from mla_lint.limits import Limits
    from mla_lint.registry import Registry
    from mla_lint.report import Report, RuleInfo
    from mla_lint.settings import Settings

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
PROG = "mla-lint"


def build_parser() -> argparse.ArgumentParser:
    """The option set; configuration-file keys have the same names."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Check Mutual Legal Assistance requests (.docx, .pdf, .txt/.md) for missing "
        "required elements and internal inconsistencies.",
        epilog="Exit status: 0 no finding at or above --fail-on, 1 findings, 2 usage error, "
        "unreadable file or failed rule.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files, directories or glob patterns")
    parser.add_argument("-f", "--format", "--output-format", dest="format", help="output format: text, json, sarif, ...")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE (created owner-only)")
    parser.add_argument(
        "--annotate", metavar="PATH",
        help="also write a copy of the request with the findings marked in it (Word comments, PDF notes); "
        "with several inputs PATH is a directory receiving NAME.reviewed.docx/.pdf",
    )
    parser.add_argument("--select", metavar="CODES", help="comma-separated codes or prefixes to check (e.g. MLA1,MLA301)")
    parser.add_argument("--extend-select", metavar="CODES", help="codes or prefixes to check in addition")
    parser.add_argument("--ignore", metavar="CODES", help="codes or prefixes not to check")
    parser.add_argument("--jurisdiction", metavar="X", help="jurisdiction profile(s) to apply, comma-separated (e.g. UK)")
    parser.add_argument("--severity", metavar="CODE=LEVEL", action="append", help="override a rule's severity (repeatable)")
    parser.add_argument("--fail-on", choices=("error", "warning", "info"), help="lowest severity that makes the exit code 1 (default: warning)")
    parser.add_argument("--timeout", type=float, metavar="SECONDS", help="time limit per document; a rule that overruns it is reported")
    parser.add_argument("-j", "--jobs", type=_positive_int, metavar="N", help="worker processes for a batch (default: one per core)")
    parser.add_argument("--no-cache", dest="cache", action="store_false", default=None, help="do not reuse or store results of unchanged files")
    parser.add_argument("--cache-dir", metavar="DIR", help="where results are cached (default: the user cache directory, or $MLA_LINT_CACHE_DIR)")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="lint the batch on this Dask cluster (sends the documents there; needs the dask extra)")
    parser.add_argument(
        "--rule-path", dest="rule_paths", metavar="PATH", action="append",
        help="rule file (TOML) or folder of rule files to load (repeatable; replaces the configuration's rule-paths)",
    )
    parser.add_argument("--config", metavar="FILE", help="use this configuration file instead of searching for one")
    parser.add_argument("--no-config", action="store_true", help="ignore configuration files")
    parser.add_argument("-q", "--quiet", action="store_true", default=None, help="print findings and errors only")
    parser.add_argument("--statistics", action="store_true", default=None, help="add counts per rule")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour in text output (default: auto)")
    parser.add_argument("--list-rules", action="store_true", help="list every rule with its origin (with --format json: as JSON)")
    parser.add_argument("--explain", metavar="CODE", help="show a rule's documentation")
    parser.add_argument(
        "--list-plugins", action="store_true",
        help=f"list installed plugins with their versions, rules and jurisdiction profiles ({DISABLE_AUTOLOAD_ENV}=1 loads none)",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except MlaLintError as exc:
        _error(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_ERROR
    except BrokenPipeError:  # the reader went away (mla-lint --list-rules | head): nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the exit flush cannot fail again
        return EXIT_ERROR
    except Exception as exc:  # an internal error: one line unless --debug
        if args.debug:
            raise
        _error(f"internal error: {type(exc).__name__}: {exc} (run with --debug for details)")
        return EXIT_ERROR


def _run(args: argparse.Namespace) -> int:
    from mla_lint.registry import build_registry

    overrides = _overrides(args)
    found = _found_config(args)
    own_config = layered({}, found, overrides)
    if args.explain or args.list_rules:
        from mla_lint.catalogue import rule_catalogue

        cache = _open_cache(args) if own_config.output_options().cache else None
        catalogue = rule_catalogue(own_config.rule_paths(), cache)
        if args.explain:
            print(_explanation(catalogue.rule(args.explain)))
        else:
            format = layered(catalogue.default_config, found, overrides).output_options().format
            print(_rule_listing(catalogue.rules, format))
        return _plugin_status(catalogue.load_errors)
    registry = build_registry(rule_paths=own_config.rule_paths())
    run_config = layered(registry.default_config, found, overrides)
    if args.list_plugins:
        print(_plugin_listing(registry, run_config.output_options().format))
        return _plugin_status(registry.load_errors)
    if not args.paths:
        raise UsageError("no PATH given (try: mla-lint request.docx, or mla-lint --help)")
    return _lint(args, registry, run_config, overrides)


def _lint(args: argparse.Namespace, registry: Registry, run_config: Config, overrides: dict[str, Any]) -> int:
    from mla_lint.discovery import expand_paths
    from mla_lint.engine import Linter
    from mla_lint.formatters.base import FormatOptions
    from mla_lint.parallel import available_cores

    options = run_config.output_options()
    formatter = registry.formatter(options.format)
    linter = Linter(run_config.settings(), registry=registry)
    extensions = {ext for reader in registry.readers for ext in reader.extensions}
    files = expand_paths(args.paths, extensions)
    settings_for = None if args.no_config or args.config else _settings_finder(linter, overrides)
    if args.annotate:
        _refuse_annotating_inputs(Path(args.annotate), files)
    if args.scheduler:
        report = _lint_on_dask(files, args.scheduler, linter, settings_for)
    else:
        cache = _open_cache(args) if options.cache else None
        jobs = options.jobs or available_cores()
        if _show_progress(files):
            report = _lint_with_progress(linter, files, settings_for, jobs, cache)
        else:
            report = linter.lint_paths(files, settings_for, jobs=jobs, cache=cache)
    for message in report.errors:
        _error(message)
    for message in report.warnings:
        _error(message, level="warning")
    color = args.color == "always" or (
        args.color == "auto" and options.output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    )
    rendered = formatter.render(report, FormatOptions(color=color, statistics=bool(options.statistics), quiet=bool(options.quiet)))
    if options.output:
        _write_output(Path(options.output), rendered, files)
    else:
        sys.stdout.write(rendered if rendered.endswith("\n") or not rendered else rendered + "\n")
    if options.format != "text" or options.output:
        for file in report.files:
            if file.error:
                _error(f"{file.path}: {file.error}")
    code = report.exit_code(linter.settings.fail_on)
    if args.annotate and not _annotate(report, Path(args.annotate), linter.settings.limits):
        code = EXIT_ERROR
    return code


PROGRESS_MIN_FILES = 2
"""A batch of at least this many files shows a progress bar (on a terminal only)."""


def _show_progress(files: Sequence[Path]) -> bool:
    """A progress bar goes to stderr, only when stderr is a terminal and the batch has several files."""
    return len(files) >= PROGRESS_MIN_FILES and sys.stderr.isatty() and os.environ.get("TERM") != "dumb"


def _lint_with_progress(
    linter: Linter, files: Sequence[Path], settings_for: Callable[[Path], Settings] | None, jobs: int, cache: ResultCache | None
) -> Report:
    """Lint the batch with a transient progress bar on stderr, advanced as each file is finished."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (TextColumn("linting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(file=sys.stderr), transient=True) as bar:
        task = bar.add_task("lint", total=len(files))
        return linter.lint_paths(
            files, settings_for, jobs=jobs, cache=cache, progress=lambda done, _total: bar.update(task, completed=done)
        )


def _refuse_annotating_inputs(target: Path, inputs: Sequence[Path]) -> None:
    """``--annotate`` never writes onto an input file."""
    for source in inputs:
        same = source.resolve() == target.resolve()
        try:
            same = same or (target.exists() and os.path.samefile(source, target))
        except OSError:
            pass
        if same:
            raise UsageError(f"{target}: refusing to write the annotated copy onto the input file")


def _annotate(report: Report, target: Path, limits: Limits) -> bool:
    """Write the annotated copies; each problem is one line on stderr. False if any copy could not be made."""
    from mla_lint.annotate import annotate_file, can_annotate, output_paths, rule_map

    try:
        plan = output_paths(report, target)
    except UsageError as exc:
        _error(str(exc))
        return False
    rules = rule_map(report.rules)
    ok = True
    single = len(report.files) == 1
    for file_report, output in plan:
        if not can_annotate(file_report):
            reason = "it could not be read" if file_report.error else "only .docx and .pdf files can be annotated"
            _error(f"{file_report.path}: no annotated copy: {reason}")
            ok = False
            continue
        try:
            annotate_file(file_report, output, rules, limits)
        except UsageError as exc:
            _error(str(exc))
            ok = False
    if not single:
        for file_report in report.files:
            if file_report.error is None and not can_annotate(file_report):
                _error(f"{file_report.path}: no annotated copy (only .docx and .pdf files can be annotated)", level="warning")
    return ok


def _plugin_status(load_errors: Sequence[str]) -> int:
    """Report plugins that failed to load (stderr) and turn them into the exit code."""
    for message in load_errors:
        _error(message)
    return EXIT_ERROR if load_errors else EXIT_OK


def _found_config(args: argparse.Namespace) -> Config:
    """The configuration file for run-wide options: --config, or the one found from the working folder."""
    if args.no_config:
        return Config()
    if args.config:
        return load_config_file(Path(args.config))
    found = find_config_file(Path.cwd())
    return load_config_file(found) if found else Config()


def _settings_finder(linter: Linter, overrides: dict[str, Any]) -> Callable[[Path], Settings]:
    """Per-file settings from the configuration nearest each file, with the command line winning."""
    from mla_lint.selection import validate_settings

    @cache
    def for_folder(folder: Path) -> Settings:
        found = find_config_file(folder)
        config = load_config_file(found) if found else Config()
        settings = layered(linter.registry.default_config, config, overrides).settings()
        validate_settings(settings, linter.registry)
        return settings

    return lambda path: for_folder(path.parent.resolve())


def _lint_on_dask(files: Sequence[Path], address: str, linter: Linter, settings_for: Callable[[Path], Settings] | None) -> Report:
    try:
        from mla_lint.dask_batch import lint_on_dask
    except ImportError:
        raise UsageError("--scheduler needs Dask: pip install 'mla-lint[dask]'") from None
    try:
        return lint_on_dask(files, address, linter, settings_for)
    except OSError as exc:
        raise UsageError(f"--scheduler {address}: cannot reach the Dask scheduler ({exc})") from None


def _open_cache(args: argparse.Namespace) -> ResultCache | None:
    """The result cache, or None with a warning if its directory is unusable or unsafe."""
    from mla_lint.cache import ResultCache, UnsafeCacheDirectory, default_cache_dir

    directory = Path(args.cache_dir) if args.cache_dir else default_cache_dir()
    try:
        return ResultCache(directory).open()
    except UnsafeCacheDirectory as exc:
        _error(str(exc), level="warning")
    except OSError as exc:
        _error(f"cache directory {directory}: {exc.strerror}; cache not used", level="warning")
    return None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive integer, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, not {text!r}")
    return value


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    """Command-line options in configuration-key form (only those given)."""
    values: dict[str, Any] = {
        "select": args.select,
        "extend-select": args.extend_select,
        "ignore": args.ignore,
        "jurisdiction": args.jurisdiction,
        "fail-on": args.fail_on,
        "timeout": args.timeout,
        "format": args.format,
        "output": args.output,
        "statistics": args.statistics,
        "quiet": args.quiet,
        "jobs": args.jobs,
        "cache": args.cache,
        "rule-paths": args.rule_paths,
    }
    if args.severity:
        values["severity"] = dict(_code_level(item) for item in args.severity)
    return {key: value for key, value in values.items() if value is not None}


def _code_level(item: str) -> tuple[str, str]:
    code, sep, level = item.partition("=")
    if not sep or not code.strip():
        raise UsageError(f"--severity expects CODE=LEVEL, not {item!r}")
    return code.strip().upper(), level.strip()


def _write_output(target: Path, text: str, inputs: Sequence[Path]) -> None:
    """Write the report owner-only, refusing to overwrite one of the inputs."""
    for source in inputs:
        if source.exists() and target.exists() and os.path.samefile(source, target):
            raise UsageError(f"{target}: refusing to overwrite an input file with the report")
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise UsageError(f"{target}: cannot write output: {exc.strerror}") from None


def _rule_listing(infos: Sequence[RuleInfo], format: str) -> str:
    if format == "json":
        return json.dumps([info.to_dict() for info in infos], indent=2, ensure_ascii=False)
    width = max((len(info.name) for info in infos), default=4)
    origin = max((len(info.origin) for info in infos), default=6)
    lines = [f"{'code':<8} {'severity':<8} {'name':<{width}} {'origin':<{origin}} summary"]
    for info in infos:
        scope = f" [jurisdiction {info.jurisdiction}]" if info.jurisdiction else ""
        lines.append(
            f"{info.code:<8} {info.severity.value:<8} {info.name:<{width}} {info.origin:<{origin}} {info.summary}{scope}"
        )
    return "\n".join(lines)


def _plugin_listing(registry: Registry, format: str) -> str:
    """Each plugin (the core first): distribution, version, rules and jurisdiction profiles."""
    from mla_lint.registry import CORE

    entries: dict[str, dict[str, Any]] = {CORE: {"name": CORE, "distribution": "mla-lint", "version": __version__}}
    for info in registry.plugins:
        entry = entries.setdefault(info.distribution, {"name": info.name, "distribution": info.distribution, "version": info.version})
        if info.name not in entry["name"].split(", "):
            entry["name"] += f", {info.name}"
    for entry in entries.values():
        entry["rules"], entry["profiles"] = [], []
    for rule in registry.rules:
        entries.setdefault(rule.origin, {"name": rule.origin, "distribution": None, "version": None, "rules": [], "profiles": []})
        entries[rule.origin]["rules"].append(rule.code)
    for code, profile in registry.jurisdictions.items():
        origin = registry.jurisdiction_origins.get(code, CORE)
        auto = profile.auto
        entries[origin]["profiles"].append({
            "code": code,
            "name": profile.name,
            "auto": None if auto is None else
            {"requested": sorted(auto.requested), "requesting": sorted(auto.requesting), "both": auto.both},
        })
    if format == "json":
        return json.dumps(list(entries.values()), indent=2, ensure_ascii=False)
    lines = []
    for entry in entries.values():
        published = f" ({entry['distribution']} {entry['version']})" if entry["distribution"] else ""
        lines.append(f"{entry['name']}{published}")
        lines.append(f"  rules: {', '.join(entry['rules']) or 'none'}")
        for profile in entry["profiles"]:
            lines.append(f"  profile {profile['code']} ({profile['name']}){_automatic(profile['auto'])}")
    if os.environ.get(DISABLE_AUTOLOAD_ENV):
        lines.append(f"(plugin autoloading is disabled by {DISABLE_AUTOLOAD_ENV})")
    return "\n".join(lines)


def _automatic(auto: dict[str, Any] | None) -> str:
    """", automatic when requested state GB" and the like."""
    if auto is None:
        return ""
    sides = [f"{side} state {'/'.join(auto[side])}" for side in ("requested", "requesting") if auto[side]]
    return f", automatic when {(' and ' if auto['both'] else ' or ').join(sides)}"


def _explanation(rule: RuleInfo) -> str:
    scope = f", jurisdiction {rule.jurisdiction}" if rule.jurisdiction else ""
    head = f"{rule.code} ({rule.name}) — default severity {rule.severity.value}, from {rule.origin}{scope}"
    return f"{head}\n{'=' * len(head)}\n\n{rule.documentation}"


def _error(message: str, level: str = "error") -> None:
    print(f"{PROG}: {level}: {message}", file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
