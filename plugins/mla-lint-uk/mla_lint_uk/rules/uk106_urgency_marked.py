"""UK106: an urgent request says so clearly (at its top, in a heading or in an urgency section), not only in passing."""

from __future__ import annotations

from collections.abc import Iterable

from mla_lint.rules.mla113_urgency import URGENCY_HEADINGS, urgency_markings

from mla_lint.analysis import Analysis
from mla_lint.elements import sections_about
from mla_lint.findings import Finding, Severity
from mla_lint.model import BlockKind, Document
from mla_lint.rule import Rule

TOP_BLOCKS = 6
"""The title, letterhead, reference and subject lines: the part of a letter read first."""


class UrgencyMarkedAtTop(Rule):
    """An urgent request to the UK says so clearly: at its top, in a heading or in a section on urgency.

    **What it checks.** If the request says anywhere that it is urgent ("we
    ask that this request be treated as a matter of urgency", "please
    expedite", "as soon as possible"), the urgency must be stated where a
    reader sees it: at the top (the running header, the title, the subject
    line, the first paragraphs or headings of the letter), in a heading, or
    in a section of its own ("Urgency", "Timing", "Time limits"). The rule
    fires when the only urgency markings are in the prose of other sections,
    typically the closing paragraph. Whether the reasons for the urgency are
    given is MLA113's question.

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

    **Good.** "URGENT - TRIAL DATE 3 MARCH 2025" as the first line, a
    subject line "Urgent request for bank records", or a section "Urgency"
    giving the date.
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
        clear = {block.index for block in list(document.body())[:TOP_BLOCKS]}
        clear |= {block.index for section in sections_about(facts, URGENCY_HEADINGS) for block in section.blocks}
        if any(m.block.index in clear or m.block.kind in {BlockKind.HEADER, BlockKind.HEADING} for m in markings):
            return
        first = markings[0]
        yield self.finding(
            "The request says it is urgent only in passing; the UK asks for urgency to be stated clearly on the "
            "letter.",
            first.block,
            first.start,
            first.end,
            suggestion=(
                "Mark the request URGENT in its title or subject line, or give urgency a section of its own, with the "
                "deadline (e.g. \"URGENT - trial on 3 March 2025\")."
            ),
        )
