"""The hooks mla_lint calls: the PK rules and the PK profile.

Rule modules are imported inside ``get_rules`` so that listing plugins or
printing the version does not import spaCy.
"""

from __future__ import annotations

from mla_lint.jurisdiction import JurisdictionProfile
from mla_lint.plugin import hookimpl
from mla_lint.rule import Rule


@hookimpl
def get_rules() -> list[type[Rule]]:
    from mla_lint_pk.rules import RULES

    return list(RULES)


@hookimpl
def get_jurisdictions() -> list[JurisdictionProfile]:
    from mla_lint_pk.profile import PROFILE

    return [PROFILE]
