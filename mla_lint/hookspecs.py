"""The hooks a plugin can implement: the whole extension surface of mla_lint.

Every built-in capability reaches the engine through these same hooks
(``mla_lint.core_plugin`` for readers, formats and profiles; ``mla_lint.rules``
for the built-in rules), exactly as a third-party plugin does. A plugin is a
module or object with functions of these names decorated with
``mla_lint.plugin.hookimpl``, published under the entry-point group
``mla_lint``::

    [project.entry-points.mla_lint]
    uk = "mla_lint_uk.plugin"

Each hook returns a list (or a dict) and all plugins' answers are combined;
none is ``firstresult``, so no plugin can silently hide another's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

from mla_lint.plugin import PROJECT_NAME

if TYPE_CHECKING:
    from pathlib import Path

    from mla_lint.formatters.base import Formatter
    from mla_lint.jurisdiction import JurisdictionProfile
    from mla_lint.readers.base import Reader
    from mla_lint.rule import Rule

hookspec = pluggy.HookspecMarker(PROJECT_NAME)


class PluginSpec:
    """Hook specifications (pluggy reads the signatures and docstrings from here)."""

    @hookspec
    def get_rules(self) -> list[type[Rule]]:
        """Return the rule classes this plugin provides.

        Codes must be unique across all plugins; a jurisdiction plugin uses its
        own prefix (``UK101``) and sets ``jurisdiction`` on its rules so they
        run only when that jurisdiction is selected. Import rule modules inside
        the hook, so ``--version`` and ``--list-rules`` stay fast.
        """

    @hookspec
    def get_rule_files(self) -> list[str | Path]:
        """Return rule files (``.toml``) or folders of them: rules written as data (see ``mla_lint.rulefiles``).

        Their rules are registered like those of ``get_rules``, with this
        plugin as their origin. A malformed file is reported with its name and
        line, and the plugin's other rules still load. Ship the files as
        package data and return their paths, e.g.
        ``[Path(__file__).parent / "rules"]``.
        """

    @hookspec
    def get_readers(self) -> list[Reader]:
        """Return readers for further input formats (see ``mla_lint.readers.base.Reader``)."""

    @hookspec
    def get_formatters(self) -> list[Formatter]:
        """Return output formats (see ``mla_lint.formatters.base.Formatter``)."""

    @hookspec
    def get_jurisdictions(self) -> list[JurisdictionProfile]:
        """Return jurisdiction profiles: a code (``UK``), a name, severity overrides for core rules.

        A profile with ``auto`` (a ``mla_lint.jurisdiction.StateMatch``) is
        selected by itself for a document whose requested or requesting state
        matches, unless the user selects jurisdictions explicitly.
        """

    @hookspec
    def load_default_config(self) -> dict[str, Any]:
        """Return default configuration, with the keys of ``[tool.mla-lint]``.

        Defaults are merged in registration order (core first); any user
        configuration file and the command line override them.
        """
