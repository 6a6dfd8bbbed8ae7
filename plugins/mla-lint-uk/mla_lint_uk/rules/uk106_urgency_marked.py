"""UK106: an urgent request says so clearly at its top, not only in the body."""

from __future__ import annotations

from typing import Iterable

from mla_lint.analysis import Analysis
from mla_lint.findings import Finding, Severity
from mla_lint.model import BlockKind, Document
from mla_lint.rule import Rule
from mla_lint.rules.mla113_urgency import urgency_markings

TOP_BLOCKS = 6
"""The title, letterhead, reference and subject lines: the part of a letter read first."""


class UrgencyMarkedAtTop(Rule):
    """An urgent request to the UK is marked urgent at its top (title, subject line or first heading).

    **What it checks.** If the request says anywhere that it is urgent ("we
    ask that this request be treated as a matter of urgency", "please
    expedite", "as soon as possible"), the urgency must also be visible at
    the top: in the running header, the title, the subject line or one of
    the first paragraphs or headings of the letter. The rule fires when the
    only urgency markings are further down in the body. Whether the reasons
    for the urgency are given is MLA113's question.

    **Why it matters.** The UK Central Authority triages incoming requests
    on receipt; urgency buried in paragraph 14 is found only when the request
    is read in full, by which time the trial date may have passed.

    **Source.** GOV.UK, *Mutual legal assistance (MLA) requests*: "If a
    request is urgent, this must be clearly stated on the Letter of
    Request", https://www.gov.uk/guidance/mutual-legal-assistance-mla-requests ;
    research note §3.1 (VERIFIED).

    **Bad.** A request whose last paragraph says "The trial starts on 3
    March, so we would be grateful for an urgent reply", with nothing at the
    top.

    **Good.** "URGENT - TRIAL DATE 3 MARCH 2025" as the first line, or a
    subject line "Urgent request for bank records".
    """

    code = "UK106"
    name = "urgency-marked-at-top"
    severity = Severity.WARNING
    jurisdiction = "UK"
    source = "GOV.UK MLA requests guidance (urgency clearly stated)"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        markings = list(urgency_markings(facts))
        if not markings:
            return
        top = {block.index for block in list(document.body())[:TOP_BLOCKS]}
        if any(m.block.index in top or m.block.kind is BlockKind.HEADER for m in markings):
            return
        first = markings[0]
        yield self.finding(
            "The request says it is urgent only in its body; the UK asks for urgency to be stated clearly on the "
            "letter.",
            first.block,
            first.start,
            first.end,
            suggestion="Mark the request URGENT in its title or subject line, with the deadline (e.g. \"URGENT - trial on 3 March 2025\").",
        )
