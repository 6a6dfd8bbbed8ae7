"""MLA203 requested-state-mismatch: the request names one requested state and elsewhere treats another as it."""

from __future__ import annotations

from collections.abc import Iterable

from mla_lint.analysis import Analysis
from mla_lint.countries import country_name
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.parties import (
    ADDRESSEE,
    DEFINITION,
    DUAL_CRIMINALITY,
    ROLE_SOURCES,
    STRONG_REQUESTED,
    parties,
    related_states,
)
from mla_lint.rule import Rule

DESCRIBE = {
    DEFINITION: "defines {b} as the requested state",
    ADDRESSEE: "is addressed to {b}",
    DUAL_CRIMINALITY: "states dual criminality under the law of {b}",
    "competent-authorities": "asks the authorities of {b} to act",
    "central-authority": "refers to the Central Authority of {b} as the recipient",
}


class RequestedStateMismatch(Rule):
    """The request is addressed to one state but elsewhere treats another state as the requested state.

    **What it checks.** The requested state is taken from where the request
    names it unmistakably: the addressee block (the central authority and its
    country) or a definition ("the Republic of Kenya (the Requested State)").
    The rule then looks at every other place that puts a state in the
    requested role: "the competent authorities of X are requested to ...",
    "we ask that the competent X authorities ...", "the Central Authority of
    X" as the recipient, a definition, and the dual criminality statement
    ("would, if it had occurred in X, constitute ...", "an offence under the
    law of X"). A different state there is reported, with the addressee as
    the related location. States mentioned in the facts (money sent to
    Dubai, a company registered in Cyprus), parallel requests to other states
    and the requesting state's own authorities are not mismatches.

    **Why it matters.** Requests are often drafted from an earlier request to
    another country. A paragraph that still asks the authorities of the
    earlier country to act, or shows dual criminality under its law, tells
    the receiving state the request was not prepared for it: dual criminality
    has then not been shown under *its* law, and the request will be
    returned.

    **Source.** UNTOC Art. 18(9), (13), (15); UNCAC Art. 46(9), (13), (15);
    UNODC MLA Request Writer Tool (requests addressed to the right central
    authority, "right first time").

    **Bad.** A request addressed to the UK Central Authority whose dual
    criminality paragraph reads "The conduct would constitute an offence
    under the law of Ireland".

    **Good.** The same request with "... would, if it had occurred in England
    and Wales, constitute fraud contrary to section 1 of the Fraud Act 2006".
    """

    code = "MLA203"
    name = "requested-state-mismatch"
    severity = Severity.ERROR
    source = "UNTOC Art. 18(9), (13), (15); UNCAC Art. 46(9), (13), (15)"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        found = facts.derived(parties)
        state = found.requested_state
        if state is None or found.requested_source not in STRONG_REQUESTED:
            return
        anchors = [r for r in found.requested_roles if r.alpha2 == state and r.source in STRONG_REQUESTED]
        anchor = max(anchors, key=lambda r: r.weight)
        seen: set[tuple[int, int]] = set()
        related = facts.derived(related_states)
        for role in found.requested_roles:
            if role.alpha2 == state or role.alpha2 == found.requesting_state:
                continue
            if frozenset({role.alpha2, state}) in related:
                continue  # "Hong Kong SAR of the People's Republic of China": named together, not instead
            if role.source not in ROLE_SOURCES | STRONG_REQUESTED:
                continue
            if role.source == DUAL_CRIMINALITY and found.requesting_state is None:
                continue  # the law named might be the requesting state's own
            key = (role.context.block.index, role.context.start)
            if key in seen:
                continue
            seen.add(key)
            here = country_name(role.alpha2)
            there = country_name(state)
            how = DESCRIBE.get(role.source, "treats {b} as the requested state").format(b=here)
            where = f"is addressed to {there}" if anchor.source == ADDRESSEE else f"defines {there} as the requested state"
            yield self.finding(
                f"The request {where}, but here it {how}: text copied from a request to another state?",
                role.evidence.block, role.evidence.start, role.evidence.end,
                related=(anchor.evidence.related(f"the requested state is {there} here"),),
                suggestion=f"Replace {here} with {there} (and check that the law cited is {there}'s), or correct the addressee.",
            )
