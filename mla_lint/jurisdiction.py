"""Jurisdiction profiles: what a requested state changes about the checks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from mla_lint.findings import Severity


@dataclass(frozen=True)
class JurisdictionProfile:
    """A state's (or instrument's) profile, selected with ``--jurisdiction CODE``.

    Selecting it enables the rules whose ``jurisdiction`` equals ``code`` and
    applies ``severity`` overrides to core rules (``{"MLA111": Severity.ERROR}``).
    """

    code: str
    name: str
    description: str = ""
    severity: Mapping[str, Severity] = field(default_factory=dict)
