"""Which jurisdiction profiles run on a document, and why.

Explicit selection (``--jurisdiction``, or ``jurisdiction`` in the
configuration) is taken as it is and turns the automatic choice off, so a run
can always be pinned. Otherwise every installed profile with ``auto`` is
compared with the requested and requesting states that ``mla_lint.parties``
reads from the document (its addressee, definitions, letterhead, roles in
sentences), and the reason names the state and the place that decided it:
"requested state United Kingdom (addressee, paragraph 2)".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from mla_lint.countries import country_name
from mla_lint.jurisdiction import AppliedProfile, JurisdictionProfile
from mla_lint.parties import Parties, RoleMention, parties

if TYPE_CHECKING:
    from mla_lint.analysis import Analysis

EXPLICIT_REASON = "selected by the jurisdiction setting (--jurisdiction or configuration)"


def explicit_profiles(codes: Iterable[str], profiles: Mapping[str, JurisdictionProfile]) -> tuple[AppliedProfile, ...]:
    """The profiles the user named, in the order named."""
    return tuple(AppliedProfile(code, profiles[code].name, EXPLICIT_REASON) for code in codes)


def automatic_profiles(candidates: Iterable[JurisdictionProfile], facts: Analysis) -> tuple[AppliedProfile, ...]:
    """The candidates (profiles with ``auto``) whose states match the document's, each with its reason."""
    found: Parties | None = None
    chosen: list[AppliedProfile] = []
    for profile in candidates:
        if profile.auto is None:
            continue
        found = found or facts.derived(parties)
        if profile.auto.matches(found.requested_state, found.requesting_state):
            chosen.append(AppliedProfile(profile.code, profile.name, _reason(profile, found)))
    return tuple(chosen)


def _reason(profile: JurisdictionProfile, found: Parties) -> str:
    """The side(s) that matched, each with where the document says so."""
    assert profile.auto is not None
    sides = []
    if found.requested_state in profile.auto.requested:
        sides.append(_side("requested", found.requested_state, found.requested_roles))
    if found.requesting_state in profile.auto.requesting:
        sides.append(_side("requesting", found.requesting_state, found.requesting_roles))
    return "; ".join(sides)


def _side(role: str, alpha2: str | None, mentions: Iterable[RoleMention]) -> str:
    """ "requested state United Kingdom (addressee, paragraph 2)"."""
    assert alpha2 is not None
    best = max((m for m in mentions if m.alpha2 == alpha2), key=lambda m: m.weight, default=None)
    where = ""
    if best is not None:
        where = f" ({best.source.replace('-', ' ')}, {best.evidence.block.location.describe()})"
    return f"{role} state {country_name(alpha2)}{where}"
