"""US105: a treaty request to the US is not made for a private party or the defence."""

from __future__ import annotations

import re
from collections.abc import Iterable

from mla_lint.analysis import Analysis
from mla_lint.findings import Finding, Severity
from mla_lint.instruments import legal_basis
from mla_lint.model import Document
from mla_lint.rule import Rule

PRIVATE = re.compile(
    r"\b(?:on\s+behalf\s+of|at\s+the\s+(?:request|instance)\s+of|for|by)\s+(?:the\s+)?"
    r"(?:defen[cs]e|defendant|accused|private\s+(?:party|prosecutor|complainant)|civil\s+party|complainant)"
    r"(?:'s)?(?:\s+(?:counsel|lawyer|attorney|team|solicitors?))?\b"
    r"|\b(?:counsel|lawyers?|attorneys?|solicitors?)\s+(?:for|of)\s+(?:the\s+)?(?:defen[cs]e|defendant|accused)\b"
    r"|\bdefen[cs]e\s+(?:counsel|lawyer|attorney|team)\b",
    re.IGNORECASE,
)
ASKING = re.compile(r"\b(?:request|requests|requested|ask|asks|seek|seeks|application|applies|made|submit\w*)\b", re.IGNORECASE)


class PrivatePartyTreatyRequest(Rule):
    """A treaty request to the US is made by a public authority for its own case, not for a private party or the defence.

    **What it checks.** When the request relies on a treaty or convention
    and a sentence says it is made or asked for by, for or on behalf of the
    defence, the defendant or accused, or a private party ("this request is
    made at the request of counsel for the accused", "on behalf of the
    defendant"), the rule fires. Mentions of the defence elsewhere ("the
    defence has been served") do not count.

    **Why it matters.** The US Office of International Affairs states that
    mutual legal assistance treaties "are not available for use by private
    parties, including criminal defendants". Evidence for the defence is
    sought from the US by letters rogatory issued by the trial court, not by
    a treaty request.

    **Source.** US Department of Justice, Office of International Affairs,
    *Frequently asked questions regarding evidence located abroad*,
    https://www.justice.gov/criminal/criminal-oia/frequently-asked-questions-regarding-evidence-located-abroad ;
    research note §3.2 (SECONDARY, official FAQ).

    **Bad.** "Pursuant to the Treaty on Mutual Legal Assistance, this
    request is made on behalf of the accused, who needs the bank records for
    his defence."

    **Good.** A letter rogatory issued by the trial court on the defence's
    application, citing no treaty.
    """

    code = "US105"
    name = "private-party-treaty-request"
    severity = Severity.WARNING
    jurisdiction = "US"
    source = "DOJ OIA FAQ (MLATs not available to private parties)"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        if not facts.derived(legal_basis).instruments:
            return
        for sentence in facts.body_sentences():
            match = PRIVATE.search(sentence.text)
            if match is not None and ASKING.search(sentence.text):
                start = sentence.start + match.start()
                yield self.finding(
                    "This treaty request is made for the defence or a private party; US mutual legal assistance "
                    "treaties are not available to private parties, including criminal defendants.",
                    sentence.block, start, start + len(match.group(0)),
                    suggestion="Ask the trial court to issue a letter rogatory instead of a treaty request.",
                )
                return
