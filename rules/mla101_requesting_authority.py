"""MLA101 requesting-authority: the request identifies the authority that makes it."""

from __future__ import annotations

from typing import ClassVar

from mla_lint.analysis import Analysis
from mla_lint.elements import Evidence, RequiredElement
from mla_lint.findings import Severity
from mla_lint.parties import parties


class RequestingAuthority(RequiredElement):
    """The request identifies the authority of the requesting state that makes it.

    **What it checks.** That the request says which authority is asking: a
    letterhead or sender block naming a ministry, prosecution service, central
    authority, court or police body; a sentence in which such an authority
    makes or presents the request ("The Ministry of Interior ... requests",
    "This request is made by the Office of the General Public Prosecutor",
    "I write on behalf of the Director of Public Prosecutions"); or a
    signature block giving the signatory's office. The requesting *state*
    alone ("Pakistan requests") is not an authority.

    **Why it matters.** The requested state must know who is asking in order
    to judge whether the request comes from a competent authority, to reply,
    and to ask for more information; a request whose author cannot be
    identified may be refused as not made in conformity with the convention.

    **Source.** UNTOC Art. 18(15)(a) and UNCAC Art. 46(15)(a) ("the identity
    of the authority making the request"); European Convention on Mutual
    Assistance in Criminal Matters 1959, Art. 14(1)(a); UN Model Treaty on
    Mutual Assistance in Criminal Matters, Art. 5(1)(a).

    **Bad.** A letter without letterhead that begins "Assistance is requested
    in the investigation described below" and ends "Yours faithfully" with no
    name or office.

    **Good.** "The Attorney-General of the Federation, as Central Authority
    of Nigeria, makes this request on behalf of the Economic and Financial
    Crimes Commission."
    """

    code = "MLA101"
    name = "requesting-authority"
    severity = Severity.ERROR
    source = "UNTOC Art. 18(15)(a); UNCAC Art. 46(15)(a)"
    heading_phrases: ClassVar[tuple[str, ...]] = ("requesting authority", "authority making the request", "requesting agency")
    missing = "The request does not identify the authority making it (no letterhead, sender, requesting office or signatory's office)."
    add = (
        "Say who is asking, e.g. \"The [authority] of [state], as Central Authority, makes this request on behalf "
        "of [investigating or prosecuting authority]\", and put the authority's name in the letterhead and signature."
    )

    def find(self, facts: Analysis) -> Evidence | None:
        return facts.derived(parties).requesting_authority
