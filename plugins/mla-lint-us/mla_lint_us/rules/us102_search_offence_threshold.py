"""US102: a request for a search in the US states that the offence is punishable by more than one year."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from mla_lint.analysis import Analysis
from mla_lint.assistance import AssistanceType, assistance_sought
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule
from mla_lint.penalty import stated_penalties

THRESHOLD_YEARS = 1.0


class SearchOffenceThreshold(Rule):
    """A request for a search in the US states a maximum penalty for the offence of more than one year's imprisonment.

    **What it checks.** When the request asks for a search (or search and
    seizure), it must state the maximum penalty for the offence. The finding
    is an **error** when every term of imprisonment the request states is
    one year or less, and a **warning** when it states none ("punishable by
    up to ten years' imprisonment", "a maximum of 18 months" and "life
    imprisonment" are all read; numbers may be in words).

    **Why it matters.** A US judge may issue a search warrant for a foreign
    request only if the foreign offence would be punishable by more than one
    year's imprisonment. OIA cannot seek a warrant for a lesser offence, and
    without the penalty it cannot tell.

    **Source.** 18 U.S.C. § 3512 (search warrants for foreign requests:
    "A judge can issue a search warrant only if the foreign crime would be
    punishable in the U.S. by more than one year in prison"), summary at
    https://policyrisk.com/behind-the-curtain/us-code/title/18/section/3512 ;
    research note §3.2 (SECONDARY; the subsection letter, believed to be
    § 3512(e), was not confirmed).

    **Bad.** "Please search the premises at 1200 Harbor Drive, Miami." with no
    penalty stated, or an offence "punishable by a fine or up to six months'
    imprisonment".

    **Good.** "Fraud under article 313-1 of the French Penal Code is
    punishable by five years' imprisonment."
    """

    code = "US102"
    name = "search-offence-threshold"
    severity = Severity.ERROR
    jurisdiction = "US"
    source = "18 U.S.C. § 3512 (search warrants: offence punishable by more than one year)"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        searches = facts.derived(assistance_sought).of_kind(AssistanceType.SEARCH_SEIZURE)
        if not searches:
            return
        asking = searches[0].evidence
        penalties = facts.derived(stated_penalties)
        if not penalties:
            finding = self.finding(
                "The request asks for a search but does not state the maximum penalty for the offence; a US search "
                "warrant needs an offence punishable by more than one year.",
                asking.block, asking.start, asking.end,
                suggestion="State the maximum penalty, e.g. \"punishable by up to five years' imprisonment\".",
            )
            yield replace(finding, severity=Severity.WARNING)
        elif max(p.years for p in penalties) <= THRESHOLD_YEARS:
            longest = max(penalties, key=lambda p: p.years).evidence
            yield self.finding(
                "The request asks for a search, but the offence is punishable by one year or less; a US court can issue "
                "a search warrant only for an offence punishable by more than one year.",
                longest.block, longest.start, longest.end,
                suggestion="Ask for a measure other than a search (e.g. a production order), or cite an offence punishable by more than one year.",
            )
