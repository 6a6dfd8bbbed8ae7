"""EIO101: no European Investigation Order to or from Denmark or Ireland."""

from __future__ import annotations

from collections.abc import Iterable

from mla_lint.analysis import Analysis
from mla_lint.countries import country_name
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule
from mla_lint_eio.scope import EIO, NOT_BOUND, presents_as_eio, states


class DenmarkIreland(Rule):
    """A European Investigation Order is not issued to or from Denmark or Ireland.

    **What it checks.** The document presents itself as a European
    Investigation Order (or relies on Directive 2014/41/EU) while the
    requesting or the requested state is Denmark or Ireland.

    **Why it matters.** Denmark and Ireland do not take part in the EIO
    Directive; with them, evidence is still sought by a request for mutual
    legal assistance under the conventions (the 1959 Council of Europe
    Convention and the 2000 EU Convention). An EIO sent to or from them has
    no legal basis and comes back.

    **Source.** Eurojust, *European Investigation Order*
    (https://www.eurojust.europa.eu/fr/node/230): the EIO does not apply in
    Denmark and Ireland; research note §1.6 (SECONDARY, confirmed by several
    summaries of the Directive).

    **Bad.** "EUROPEAN INVESTIGATION ORDER. Issuing State: Germany. Executing
    State: Ireland."

    **Good.** A request for mutual legal assistance to Ireland under the 1959
    Convention and its 2000 EU protocol.
    """

    code = "EIO101"
    name = "denmark-ireland"
    severity = Severity.ERROR
    jurisdiction = "EIO"
    source = "Eurojust: the EIO does not apply in Denmark and Ireland"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        outside = sorted(facts.derived(states) & NOT_BOUND)
        if not outside or not facts.derived(presents_as_eio):
            return
        named = " and ".join(country_name(code) for code in outside)
        for block in document.blocks:
            match = EIO.search(block.text)
            if match is not None:
                yield self.finding(
                    f"This is a European Investigation Order, but {named} does not take part in the EIO Directive.",
                    block, match.start(), match.end(),
                    suggestion="Send a request for mutual legal assistance under the 1959 Convention and the 2000 EU Convention instead.",
                )
                return
