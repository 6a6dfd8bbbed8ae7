"""The ``UK`` jurisdiction profile: selected for requests addressed to the United Kingdom."""

from __future__ import annotations

from mla_lint.jurisdiction import JurisdictionProfile, StateMatch

PROFILE = JurisdictionProfile(
    code="UK",
    name="United Kingdom",
    description=(
        "Requests to the United Kingdom (UK Central Authority; HMRC for tax and fiscal customs matters; the Crown "
        "Office for Scotland-only requests): Home Office guidelines, the OSJA death-penalty policy and the Crime "
        "(International Co-operation) Act 2003."
    ),
    auto=StateMatch(requested=frozenset({"GB"})),
)
