"""The plugin manager: the only registry of rules, readers, formats and profiles.

Built-in capabilities are internal plugins registered first (as pytest does
with its own), then every entry point of the group ``mla_lint`` is loaded one
at a time: a plugin that fails to import is reported, not fatal (as sqlfluff's
``host.py`` does). Set ``MLA_LINT_DISABLE_PLUGIN_AUTOLOAD=1`` to load only the
built-ins (useful to tell whether a plugin causes a problem, and for
reproducible runs). Rules written as data come from plugins' rule files
(``get_rule_files``) and from the user's ``rule-paths``.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pluggy

from mla_lint import hookspecs
from mla_lint.errors import UsageError
from mla_lint.formatters.base import Formatter
from mla_lint.jurisdiction import JurisdictionProfile
from mla_lint.plugin import (
    DISABLE_AUTOLOAD_ENV,
    ENTRY_POINT_GROUP,
    PROJECT_NAME,
    hookimpl,
)
from mla_lint.readers.base import Reader
from mla_lint.report import RuleInfo
from mla_lint.rule import Rule, validate_rule_class

CORE = "core"
BUILTIN_PLUGINS = (
    (CORE, "mla_lint.core_plugin"),
    (CORE + "-rules", "mla_lint.rules"),
    (CORE + "-suppression", "mla_lint.suppression"),
)
USER_RULES = "rule-paths"
"""The origin of the rules loaded from the configuration's ``rule-paths``."""


@dataclass(frozen=True)
class PluginInfo:
    """A loaded plugin: its registered name, distribution and version."""

    name: str
    distribution: str
    version: str


class Registry:
    """Everything the plugins provide, each kind collected on first use and then kept.

    Collecting lazily keeps ``--list-rules`` and ``--explain`` from importing
    the readers (python-docx, pdfplumber) and the formatters (rich), which
    they do not need.
    """

    def __init__(self, pm: pluggy.PluginManager, plugins: Sequence[PluginInfo], errors: Sequence[str]) -> None:
        self._pm = pm
        self.plugins = tuple(plugins)
        self._errors = list(errors)

    @property
    def load_errors(self) -> tuple[str, ...]:
        """Plugins that failed to load, and contributions that failed or clashed, so far."""
        return tuple(self._errors)

    @cached_property
    def rules(self) -> tuple[Rule, ...]:
        """One instance of each rule, in code order, each knowing the plugin it came from."""
        rules: dict[str, Rule] = {}
        for origin, classes in [*self._answers("get_rules"), *self._rule_file_answers()]:
            for cls in classes:
                try:
                    validate_rule_class(cls)
                except TypeError as exc:
                    self._errors.append(f"plugin {origin!r}: {exc}")
                    continue
                if cls.code in rules:
                    self._errors.append(
                        f"plugin {origin!r}: rule code {cls.code} already registered by {rules[cls.code].origin!r}"
                    )
                    continue
                rule = cls()
                rule.origin = origin
                rules[cls.code] = rule
        return tuple(sorted(rules.values(), key=lambda r: r.code))

    def _rule_file_answers(self) -> list[tuple[str, tuple[type[Rule], ...]]]:
        """The rules of the rule files plugins ship; a malformed file is recorded and skipped."""
        from mla_lint.rulefiles import RuleFileError, load_rule_paths

        answers = []
        for origin, paths in self._answers("get_rule_files"):
            for path in paths:
                try:
                    answers.append((origin, load_rule_paths([path])))
                except RuleFileError as exc:
                    if origin == CORE:
                        raise
                    self._errors.append(f"plugin {origin!r}: {exc}")
        return answers

    @cached_property
    def readers(self) -> tuple[Reader, ...]:
        """Input readers, in sniffing order (``priority``)."""
        found = [reader for _, readers in self._answers("get_readers") for reader in readers]
        return tuple(sorted(found, key=lambda r: r.priority))

    @cached_property
    def formatters(self) -> dict[str, Formatter]:
        return self._unique("get_formatters", lambda f: f.name, "output format")

    @cached_property
    def jurisdictions(self) -> dict[str, JurisdictionProfile]:
        return self._unique("get_jurisdictions", lambda j: j.code.upper(), "jurisdiction")

    @cached_property
    def jurisdiction_origins(self) -> dict[str, str]:
        """Profile code -> the plugin that registered it."""
        owners: dict[str, str] = {}
        for origin, profiles in self._answers("get_jurisdictions", record_errors=False):
            for profile in profiles:
                owners.setdefault(profile.code.upper(), origin)
        return owners

    @cached_property
    def default_config(self) -> dict[str, Any]:
        """Plugins' default configuration, merged in registration order (core first)."""
        merged: dict[str, Any] = {}
        for _, config in self._answers("load_default_config"):
            merged.update(config)
        return merged

    def _answers(self, hook_name: str, *, record_errors: bool = True) -> list[tuple[str, Any]]:
        """(origin, answer) of each plugin implementing ``hook_name``, in registration order.

        A plugin whose hook raises is recorded in ``load_errors`` (once: pass
        ``record_errors=False`` when asking a hook again) and skipped; the
        core's own failures are bugs and propagate.
        """
        answers = []
        for impl in reversed(getattr(self._pm.hook, hook_name).get_hookimpls()):
            origin = _origin(self._pm.get_name(impl.plugin) or "?", self.plugins)
            try:
                answer = impl.function()
            except Exception as exc:
                if origin == CORE:
                    raise
                if record_errors:
                    self._errors.append(f"plugin {origin!r}: hook {hook_name} failed: {type(exc).__name__}: {exc}")
                continue
            if answer is not None:
                answers.append((origin, answer))
        return answers

    def _unique(self, hook_name: str, key: Callable[[Any], str], kind: str) -> dict[str, Any]:
        """Index contributions by name; the first registered keeps a name, a later duplicate is an error."""
        found: dict[str, Any] = {}
        owner: dict[str, str] = {}
        for origin, items in self._answers(hook_name):
            for item in items:
                name = key(item)
                if name in found:
                    self._errors.append(f"plugin {origin!r}: {kind} {name!r} already registered by {owner[name]!r}")
                    continue
                found[name], owner[name] = item, origin
        return found

    def rule(self, code: str) -> Rule:
        """The rule with ``code`` (case-insensitive); UsageError if there is none."""
        from mla_lint.catalogue import rule_with_code

        return rule_with_code(self.rules, code)

    def formatter(self, name: str) -> Formatter:
        try:
            return self.formatters[name]
        except KeyError:
            choices = ", ".join(sorted(self.formatters))
            raise UsageError(f"unknown output format {name!r} (available: {choices})") from None

    def rule_infos(self, rules: Iterable[Rule] | None = None) -> tuple[RuleInfo, ...]:
        """Public descriptions of ``rules`` (default: all)."""
        return tuple(
            RuleInfo(
                code=r.code,
                name=r.name,
                severity=r.severity,
                origin=r.origin,
                summary=r.summary(),
                documentation=r.documentation(),
                source=r.source,
                jurisdiction=r.jurisdiction,
            )
            for r in (self.rules if rules is None else rules)
        )


def build_registry(
    extra_plugins: Sequence[object] = (), *, autoload: bool | None = None, rule_paths: Sequence[str | Path] = ()
) -> Registry:
    """Create the plugin manager, register built-ins, entry points, ``extra_plugins`` and the user's rule files.

    The user's own ``rule_paths`` are loaded now, and a malformed file raises
    `mla_lint.rulefiles.RuleFileError` (a configuration error: exit code 2,
    one line naming the file and line), whereas a plugin's broken rule file
    is recorded in ``load_errors`` and the run goes on.
    """
    pm = pluggy.PluginManager(PROJECT_NAME)
    pm.add_hookspecs(hookspecs.PluginSpec)
    infos: list[PluginInfo] = []
    errors: list[str] = []
    for name, module in BUILTIN_PLUGINS:
        pm.register(importlib.import_module(module), name=name)
    if autoload is None:
        autoload = not os.environ.get(DISABLE_AUTOLOAD_ENV)
    if autoload:
        _load_entry_points(pm, infos, errors)
    for index, plugin in enumerate(extra_plugins):
        pm.register(plugin, name=getattr(plugin, "__name__", f"extra-{index}"))
    if rule_paths:
        from mla_lint.rulefiles import load_rule_paths

        pm.register(_UserRules(load_rule_paths(rule_paths)), name=USER_RULES)
    pm.check_pending()
    return Registry(pm, infos, errors)


class _UserRules:
    """The rules of the user's ``rule-paths``, registered as a plugin like any other."""

    def __init__(self, classes: Sequence[type[Rule]]) -> None:
        self._classes = list(classes)

    @hookimpl
    def get_rules(self) -> list[type[Rule]]:
        return list(self._classes)


def _load_entry_points(pm: pluggy.PluginManager, infos: list[PluginInfo], errors: list[str]) -> None:
    """Load each ``mla_lint`` entry point on its own, recording failures instead of raising.

    Only the entry-point tables are read (not every installed distribution's
    metadata), so finding the plugins costs milliseconds.
    """
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        dist_name, version = (ep.dist.name, ep.dist.version) if ep.dist else ("?", "?")
        try:
            pm.register(ep.load(), name=ep.name)
        except Exception as exc:  # a broken plugin must not take the tool down
            errors.append(
                f"plugin {ep.name!r} from {dist_name} {version} failed to load: {type(exc).__name__}: {exc}"
            )
            continue
        infos.append(PluginInfo(name=ep.name, distribution=dist_name, version=version))


def _origin(plugin_name: str, infos: Sequence[PluginInfo]) -> str:
    """"core" for built-ins, else the distribution that published the plugin."""
    if plugin_name.startswith(CORE):
        return CORE
    for info in infos:
        if info.name == plugin_name:
            return info.distribution
    return plugin_name
