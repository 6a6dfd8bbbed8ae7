"""The rule catalogue (what ``--list-rules`` and ``--explain`` show), remembered between runs.

Listing the rules means importing every rule module of the core and of the
plugins, and those modules compile their patterns and import their helper
libraries (phonenumbers, python-stdnum, rapidfuzz, dateutil) at import: about
half a second, for a command a caseworker types to read one explanation. The
catalogue is therefore kept in the result cache's private directory under a
key that changes whenever the answer could: the mla_lint version, the Python
environment, the plugins' entry points with their distributions and versions,
the size and modification time of every file of the core's and the plugins'
packages (an editable install is noticed), and the content of the user's rule
files (an edited rule pack is noticed, however quickly it was saved again). Computing that key reads no module: it stats
files and reads the entry-point tables. A catalogue whose plugins failed to
load is never kept, so a failure is reported afresh until it is fixed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from mla_lint import __version__
from mla_lint.cache import ResultCache, file_stamps
from mla_lint.errors import UsageError
from mla_lint.plugin import DISABLE_AUTOLOAD_ENV, ENTRY_POINT_GROUP, PROJECT_NAME

if TYPE_CHECKING:
    from mla_lint.registry import Registry
    from mla_lint.report import RuleInfo

CATALOGUE_FORMAT = 1
"""Bumped when the stored shape changes, so old catalogues are ignored."""


@dataclass(frozen=True)
class Catalogue:
    """Every registered rule's public description, the plugins' default configuration and their load errors."""

    rules: tuple[RuleInfo, ...]
    default_config: Mapping[str, Any] = field(default_factory=dict)
    load_errors: tuple[str, ...] = ()

    @classmethod
    def of(cls, registry: Registry) -> Catalogue:
        rules = registry.rule_infos()  # loads the rules, which may record further load errors
        return cls(rules=rules, default_config=registry.default_config, load_errors=registry.load_errors)

    def rule(self, code: str) -> RuleInfo:
        """The rule with ``code`` (case-insensitive); UsageError if there is none."""
        return rule_with_code(self.rules, code)


class _Coded(Protocol):
    code: str


CodedT = TypeVar("CodedT", bound=_Coded)


def rule_with_code(rules: Iterable[CodedT], code: str) -> CodedT:
    """The rule (or rule description) with ``code``, case-insensitive; UsageError naming the code if none."""
    for rule in rules:
        if rule.code == code.upper():
            return rule
    raise UsageError(f"unknown rule code {code!r} (see mla-lint --list-rules)")


def rule_catalogue(rule_paths: Sequence[str | Path] = (), cache: ResultCache | None = None) -> Catalogue:
    """The catalogue: from ``cache`` when nothing it depends on has changed, else built from the plugins.

    Raises `mla_lint.rulefiles.RuleFileError` for a malformed file among the
    user's ``rule_paths``, as `build_registry` does.
    """
    key = catalogue_key(rule_paths) if cache is not None else None
    if cache is not None and key is not None:
        found = cache.load(key)
        if isinstance(found, Catalogue):
            return found
    from mla_lint.registry import build_registry

    catalogue = Catalogue.of(build_registry(rule_paths=rule_paths))
    if cache is not None and key is not None and not catalogue.load_errors:
        cache.store(key, catalogue)
    return catalogue


def catalogue_key(rule_paths: Sequence[str | Path] = ()) -> str | None:
    """A digest of everything the catalogue depends on, or None when a plugin's package cannot be located."""
    digest = hashlib.sha256()
    autoload = not os.environ.get(DISABLE_AUTOLOAD_ENV)
    digest.update(f"{PROJECT_NAME} {__version__} catalogue {CATALOGUE_FORMAT} {sys.prefix} {autoload}\0".encode())
    sources = [Path(__file__).resolve().parent, *_package_sources(["mla_lint.rules"])]
    if autoload:
        plugins = sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: (ep.name, ep.value))
        for ep in plugins:
            dist = ep.dist
            digest.update(f"{ep.name} {ep.value} {dist.name if dist else '?'} {dist.version if dist else '?'}\0".encode())
        packages = {ep.module.partition(".")[0] for ep in plugins}
        plugin_sources = _package_sources(packages)
        if len(plugin_sources) < len(packages):
            return None
        sources += plugin_sources
    digest.update(file_stamps(file for source in sources for file in _files_of(source)))
    for path in sorted({file for given in rule_paths for file in _files_of(Path(given).resolve())}):
        digest.update(f"{path}\0".encode("utf-8", "surrogateescape"))
        try:  # the user's rule files are small and edited by hand, often twice within a clock tick: hash them
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError:
            digest.update(b"unreadable")  # reported by the registry when the catalogue is built
    return digest.hexdigest()


def _package_sources(names: Iterable[str]) -> list[Path]:
    """The folder of each named package (or the file of a plain module), found without importing it."""
    sources = []
    for name in sorted(set(names)):
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            continue
        if spec is None:
            continue
        if spec.submodule_search_locations:
            sources.append(Path(next(iter(spec.submodule_search_locations))))
        elif spec.origin:
            sources.append(Path(spec.origin))
    return sources


def _files_of(source: Path) -> list[Path]:
    """A file itself, or every file under a folder (compiled bytecode aside: it follows its source)."""
    if not source.is_dir():
        return [source]
    return [path for path in source.rglob("*") if "__pycache__" not in path.parts]
