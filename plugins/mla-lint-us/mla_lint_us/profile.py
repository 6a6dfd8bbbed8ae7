"""The ``US`` jurisdiction profile: selected for requests addressed to the United States."""

from __future__ import annotations

from mla_lint.jurisdiction import JurisdictionProfile, StateMatch

PROFILE = JurisdictionProfile(
    code="US",
    name="United States",
    description=(
        "Requests to the United States (Department of Justice, Office of International Affairs): 18 U.S.C. § 3512, "
        "probable cause for searches and stored content, and the DOJ's notes on treaty requests and letters rogatory."
    ),
    auto=StateMatch(requested=frozenset({"US"})),
)
