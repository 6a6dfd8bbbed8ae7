"""The ``PK`` jurisdiction profile: selected for requests from or to Pakistan."""

from __future__ import annotations

from mla_lint.jurisdiction import JurisdictionProfile, StateMatch

PROFILE = JurisdictionProfile(
    code="PK",
    name="Pakistan",
    description=(
        "Requests made by Pakistan (through its central authority, for the Federal Investigation Agency, the "
        "National Accountability Bureau or other agencies) and requests to Pakistan, under the Mutual Legal "
        "Assistance (Criminal Matters) Act 2020."
    ),
    auto=StateMatch(requested=frozenset({"PK"}), requesting=frozenset({"PK"})),
)
