"""The base class of every rule, built-in or from a plugin.

A rule is a small class: a stable ``code``, a slug ``name``, a default
``severity``, a docstring that *is* its documentation (``mla-lint --explain``
prints it) and a ``check`` that yields findings. Rules read the document and
the shared analysis; they never open files or run spaCy themselves.

Write the docstring as sqlfluff does: a first line saying what the rule
checks, then why it matters, the legal source, and a bad and a good example::

    class Confidentiality(Rule):
        \"\"\"The request asks the requested state to keep it confidential.

        **Why** ... **Source** UNTOC Art. 18(20) ... **Bad** ... **Good** ...
        \"\"\"
        code = "MLA110"
        name = "confidentiality"
        severity = Severity.WARNING
"""

from __future__ import annotations

import inspect
import re
from typing import TYPE_CHECKING, ClassVar, Iterable

from mla_lint.findings import ChecklistItem, Finding, Related, Severity
from mla_lint.model import Block, Document

if TYPE_CHECKING:
    from mla_lint.analysis import Analysis

CODE_PATTERN = re.compile(r"^[A-Z]{2,5}[0-9]{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9-]*$")


class Rule:
    """Subclass, set the class attributes, write the docstring, implement ``check``."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    jurisdiction: ClassVar[str | None] = None
    """If set, the rule runs only when this jurisdiction profile is selected."""
    source: ClassVar[str] = ""
    """Short citation of the legal source, repeated in SARIF help and reports."""
    language_model: ClassVar[frozenset[str] | None] = None
    """The spaCy components the rule reads: None (the default, always safe) for the whole pipeline;
    an empty set if the rule never touches the language model (then a run of such rules does not even
    load spaCy); else names such as ``{"parser", "lemmatizer"}`` ("parser" for sentences and
    dependencies, "tagger" for part-of-speech, "lemmatizer", "ner" for entities), so that the
    components no selected rule reads are switched off."""

    origin: str = "core"
    """Set by the registry: the plugin that registered this rule."""

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        """Yield the findings for ``document``; ``facts`` is the shared analysis."""
        raise NotImplementedError

    def assess(self, facts: Analysis) -> ChecklistItem | None:
        """For a rule about a required element: is it in the request, and where (the completeness checklist).

        None for rules that are not about an element (placeholders, consistency).
        The engine calls it after ``check`` through ``facts.derived``, so a rule
        whose ``check`` also calls ``facts.derived(self.assess)`` does the work once.
        """
        return None

    # -- helpers for subclasses -------------------------------------------

    @classmethod
    def documentation(cls) -> str:
        """The docstring, dedented: the rule's full documentation."""
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def summary(cls) -> str:
        """The docstring's first line."""
        return cls.documentation().split("\n", 1)[0]

    def finding(
        self,
        message: str,
        block: Block | None = None,
        start: int | None = None,
        end: int | None = None,
        *,
        related: Iterable[Related] = (),
        suggestion: str | None = None,
    ) -> Finding:
        """Build a finding of this rule, at ``block[start:end]`` or for the whole document."""
        location = excerpt = None
        if block is not None:
            lo = 0 if start is None else start
            hi = len(block.text) if end is None else end
            location = block.span_location(lo, hi)
            excerpt = block.excerpt(lo, hi)
        return Finding(
            code=self.code,
            name=self.name,
            severity=self.severity,
            message=message,
            location=location,
            excerpt=excerpt,
            related=tuple(related),
            suggestion=suggestion,
            origin=self.origin,
        )


def validate_rule_class(rule: type[Rule]) -> None:
    """Refuse a malformed rule at registration, not in the middle of a lint."""
    for attr in ("code", "name", "severity"):
        if not hasattr(rule, attr):
            raise TypeError(f"rule {rule.__qualname__} has no {attr!r}")
    if not CODE_PATTERN.match(rule.code):
        raise TypeError(f"rule {rule.__qualname__}: code {rule.code!r} must look like ABC123")
    if not NAME_PATTERN.match(rule.name):
        raise TypeError(f"rule {rule.code}: name {rule.name!r} must be a lower-case slug")
    if not isinstance(rule.severity, Severity):
        raise TypeError(f"rule {rule.code}: severity must be a Severity")
    if not rule.documentation():
        raise TypeError(f"rule {rule.code}: the docstring is the rule's documentation and is missing")
