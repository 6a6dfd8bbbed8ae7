"""PK102: a request made by Pakistan comes from, or through, Pakistan's central authority."""

from __future__ import annotations

from collections.abc import Iterable

from mla_lint.analysis import Analysis
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.parties import parties
from mla_lint.rule import Rule
from mla_lint_pk.direction import names_pakistan_central_authority, outgoing


class OutgoingThroughCentralAuthority(Rule):
    """A request made by Pakistan is made by, or transmitted through, the Central Authority of Pakistan.

    **What it checks.** When Pakistan is the requesting state, some
    paragraph other than the addressee lines names Pakistan's central
    authority ("the Central Authority of the Islamic Republic of Pakistan",
    "Central Authority, Ministry of Interior, Islamabad"), as the maker or
    the transmitter of the request. The rule fires on a request made by an
    agency (the Federal Investigation Agency, the National Accountability
    Bureau, a provincial police force) in its own name only.

    **Why it matters.** Under the Act the central authority is the one
    authorised to "make a request on behalf of Islamic Republic of Pakistan
    to the appropriate authority of a country"; a request sent by an
    investigating agency directly is not a request of the state and may be
    treated as police-to-police correspondence abroad.

    **Source.** Mutual Legal Assistance (Criminal Matters) Act 2020, s. 4(2)(a),
    as quoted by Business Recorder, 7 January 2020,
    https://brecorder.com/news/amp/559629 (SECONDARY); research note §3.4 and §5.

    **Bad.** A request on the letterhead of the Federal Investigation
    Agency, Anti-Corruption Circle, Lahore, signed by its Additional
    Director, with no word of the central authority.

    **Good.** "The Central Authority of the Islamic Republic of Pakistan, on
    behalf of the Federal Investigation Agency, requests ..."
    """

    code = "PK102"
    name = "outgoing-through-central-authority"
    severity = Severity.WARNING
    jurisdiction = "PK"
    source = "Mutual Legal Assistance (Criminal Matters) Act 2020, s. 4(2)(a)"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        if not facts.derived(outgoing):
            return
        if names_pakistan_central_authority(document.blocks, skip_addressee=True):
            return
        authority = facts.derived(parties).requesting_authority
        message = "The request is made by Pakistan, but not by or through the Central Authority of Pakistan."
        suggestion = "Send the request through the Central Authority of Pakistan, which makes requests on Pakistan's behalf, and say so."
        if authority is None:
            yield self.finding(message, suggestion=suggestion)
        else:
            yield self.finding(message, authority.block, authority.start, authority.end, suggestion=suggestion)
