"""mla_lint: a linter for Mutual Legal Assistance requests.

Library use::

    import mla_lint
    report = mla_lint.lint("request.docx", select=["MLA1"])
    for finding in report.findings:
        print(finding.code, finding.message)

For many documents, build one `Linter` (it loads the language model once).
Names are imported lazily so ``mla-lint --version`` does not import spaCy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "lint": "mla_lint.api",
    "Linter": "mla_lint.engine",
    "Settings": "mla_lint.settings",
    "Report": "mla_lint.report",
    "FileReport": "mla_lint.report",
    "Finding": "mla_lint.findings",
    "Related": "mla_lint.findings",
    "Severity": "mla_lint.findings",
    "Document": "mla_lint.model",
    "Block": "mla_lint.model",
    "Location": "mla_lint.model",
    "Rule": "mla_lint.rule",
    "Limits": "mla_lint.limits",
    "MlaLintError": "mla_lint.errors",
    "UnreadableDocument": "mla_lint.errors",
    "ConfigError": "mla_lint.errors",
    "UsageError": "mla_lint.errors",
    "hookimpl": "mla_lint.plugin",
}

__all__ = ["__version__", *_EXPORTS]

if TYPE_CHECKING:
    from mla_lint.api import lint
    from mla_lint.engine import Linter
    from mla_lint.errors import ConfigError, MlaLintError, UnreadableDocument, UsageError
    from mla_lint.findings import Finding, Related, Severity
    from mla_lint.limits import Limits
    from mla_lint.model import Block, Document, Location
    from mla_lint.plugin import hookimpl
    from mla_lint.report import FileReport, Report
    from mla_lint.rule import Rule
    from mla_lint.settings import Settings


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'mla_lint' has no attribute {name!r}")
    return getattr(import_module(module), name)
