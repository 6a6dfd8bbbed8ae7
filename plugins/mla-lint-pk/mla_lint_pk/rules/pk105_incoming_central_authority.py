"""PK105: a request to Pakistan is addressed to Pakistan's central authority."""

from __future__ import annotations

from collections.abc import Iterable

from mla_lint.analysis import Analysis
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.parties import parties
from mla_lint.rule import Rule
from mla_lint_pk.direction import incoming, names_pakistan_central_authority


class IncomingToCentralAuthority(Rule):
    """A request to Pakistan is addressed to the Central Authority of Pakistan.

    **What it checks.** When Pakistan is the requested state, some
    paragraph names Pakistan's central authority ("Central Authority,
    Ministry of Interior, Islamabad", "the Central Authority of the Islamic
    Republic of Pakistan"). The rule fires on a request addressed to an
    agency (the Federal Investigation Agency, a police force) or to an
    embassy without it.

    **Why it matters.** Under the Act the central authority receives and
    deals with requests from other countries; a request sent to an agency
    directly must be passed on, or is not treated as a request under the
    Act at all.

    **Source.** Mutual Legal Assistance (Criminal Matters) Act 2020, s. 4(2)(b)
    ("receive and deal with requests received from the appropriate authority
    of a country"), as quoted by Business Recorder, 7 January 2020,
    https://brecorder.com/news/amp/559629 (SECONDARY); UNTOC Art. 18(13)
    (VERIFIED); research note §3.4.

    **Bad.** "To: Director General, Federal Investigation Agency, Islamabad"
    and no mention of the central authority.

    **Good.** "To: The Central Authority for Mutual Legal Assistance,
    Ministry of Interior, Islamabad, Pakistan"
    """

    code = "PK105"
    name = "incoming-to-central-authority"
    severity = Severity.WARNING
    jurisdiction = "PK"
    source = "Mutual Legal Assistance (Criminal Matters) Act 2020, s. 4(2)(b); UNTOC Art. 18(13)"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        if not facts.derived(incoming) or names_pakistan_central_authority(document.blocks, skip_addressee=False):
            return
        addressee = facts.derived(parties).requested_evidence
        message = "The request is addressed to Pakistan but not to the Central Authority of Pakistan."
        suggestion = "Address the request to the Central Authority of Pakistan, which receives requests under the Act."
        if addressee is None:
            yield self.finding(message, suggestion=suggestion)
        else:
            yield self.finding(message, addressee.block, addressee.start, addressee.end, suggestion=suggestion)
