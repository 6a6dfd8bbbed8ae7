"""The ``EIO`` jurisdiction profile: selected when both states are EU member states."""

from __future__ import annotations

from mla_lint.findings import Severity
from mla_lint.jurisdiction import JurisdictionProfile, StateMatch
from mla_lint_eio.scope import BOUND_STATES, NOT_BOUND

EU = BOUND_STATES | NOT_BOUND

PROFILE = JurisdictionProfile(
    code="EIO",
    name="European Investigation Order",
    description=(
        "Requests between EU member states under Directive 2014/41/EU: the Annex A form, Art. 6 conditions, "
        "Art. 11(1)(g) and Annex D, and the Denmark/Ireland exception. Dual criminality is a warning, not an error "
        "(an Annex D offence punishable by at least three years needs none); reciprocity is irrelevant under mutual "
        "recognition."
    ),
    severity={"MLA111": Severity.WARNING, "MLA116": Severity.INFO},
    auto=StateMatch(requested=EU, requesting=EU, both=True),
)
