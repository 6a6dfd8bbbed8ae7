"""PK104: a request to transfer a person in custody says that the person consents."""

from __future__ import annotations

from collections.abc import Iterable

from mla_lint.analysis import Analysis
from mla_lint.assistance import AssistanceType, assistance_sought
from mla_lint.findings import Finding, Severity
from mla_lint.language import is_negated
from mla_lint.model import Document
from mla_lint.rule import Rule

CONSENT = frozenset({"consent", "agree", "willing", "volunteer", "voluntarily", "agreement"})


class TransferConsent(Rule):
    """A request to or from Pakistan for the transfer of a person in custody states that the person consents.

    **What it checks.** When the request asks for the temporary transfer of
    a person in custody (to give evidence or assist an investigation), a
    sentence says that the person consents or has agreed to the transfer
    ("he has consented in writing to be transferred", "she is willing to
    travel"). A negated statement ("he has not consented") does not count.

    **Why it matters.** The Act provides for the transfer "in custody to
    Islamic Republic of Pakistan [of] a person in foreign country who
    consented to" assist, and for foreign requests for assistance from
    persons serving imprisonment in Pakistan (s. 11). Without the person's
    consent the transfer cannot go ahead, and the requested state will ask.

    **Source.** Mutual Legal Assistance (Criminal Matters) Act 2020, s. 7 as
    quoted by Dunya News
    (https://dunyanews.tv/en/Pakistan/557926-Parliament-passes-Mutual-Legal-Assistance-Bill-2020,
    SECONDARY); s. 11 (title, VERIFIED, Pakistan Code copy); research note
    §3.4.

    **Bad.** "We request the temporary transfer of Mr Khalid Mehmood, now
    serving a sentence in HMP Wandsworth, to give evidence at his brother's
    trial in Lahore."

    **Good.** "... Mr Mehmood has consented in writing to the transfer (copy
    attached)."
    """

    code = "PK104"
    name = "transfer-consent"
    severity = Severity.WARNING
    jurisdiction = "PK"
    source = "Mutual Legal Assistance (Criminal Matters) Act 2020, ss. 7 and 11"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        transfers = facts.derived(assistance_sought).of_kind(AssistanceType.TEMPORARY_TRANSFER)
        if not transfers:
            return
        for sentence in facts.body_sentences():
            if any((t.lemma_.lower() in CONSENT or t.lower_ in CONSENT) and not is_negated(t) for t in sentence.span):
                return
        first = transfers[0].evidence
        yield self.finding(
            "The request asks for the transfer of a person in custody but does not say that the person consents.",
            first.block, first.start, first.end,
            suggestion="State that the person has consented to the transfer (and attach the signed consent if there is one).",
        )
