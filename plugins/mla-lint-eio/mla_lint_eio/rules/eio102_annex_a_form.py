"""EIO102: between member states bound by the Directive, evidence is sought with an EIO on the Annex A form."""

from __future__ import annotations

from collections.abc import Iterable

from mla_lint.analysis import Analysis
from mla_lint.countries import country_name
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.parties import parties
from mla_lint.rule import Rule
from mla_lint_eio.scope import between_bound_states, eio_states, presents_as_eio


class AnnexAForm(Rule):
    """A request for evidence between two member states bound by the EIO Directive is made as a European Investigation Order.

    **What it checks.** Both the requesting and the requested state are EU
    member states bound by Directive 2014/41/EU (all but Denmark and
    Ireland), and the document never calls itself a European Investigation
    Order nor refers to the Directive: it is a letter of request in the old
    form.

    **Why it matters.** Between the member states bound by it, the EIO
    replaces most mutual legal assistance for gathering evidence and uses "a
    single standard form for obtaining evidence", the form in Annex A. A
    letter of request under the 1959 Convention is likely to be returned
    with a request to use the form.

    **Source.** Eurojust, *European Investigation Order*
    (https://www.eurojust.europa.eu/fr/node/230): the EIO uses "a single
    standard form for obtaining evidence"; unanswered.io guide to the EIO:
    "You complete the EIO using the standard form in Annex A of the
    Directive"; research note §1.6 (SECONDARY; Art. 5 and Art. 34 of the
    Directive were not read).

    **Bad.** "Letter of request under the European Convention on Mutual
    Assistance in Criminal Matters" from Belgium to Spain.

    **Good.** The same request on the Annex A form: "EUROPEAN INVESTIGATION
    ORDER (EIO) ... Section A ...".
    """

    code = "EIO102"
    name = "annex-a-form"
    severity = Severity.WARNING
    jurisdiction = "EIO"
    source = "Directive 2014/41/EU Annex A (Eurojust; secondary)"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        if not facts.derived(between_bound_states) or facts.derived(presents_as_eio):
            return
        found = facts.derived(eio_states)
        assert found.issuing is not None and found.executing is not None
        evidence = facts.derived(parties).requested_evidence
        message = (
            f"{country_name(found.issuing)} and {country_name(found.executing)} are both bound by the "
            "EIO Directive, but this is not a European Investigation Order."
        )
        suggestion = "Issue a European Investigation Order on the form in Annex A of Directive 2014/41/EU."
        if evidence is None:
            yield self.finding(message, suggestion=suggestion)
        else:
            yield self.finding(message, evidence.block, evidence.start, evidence.end, suggestion=suggestion)
