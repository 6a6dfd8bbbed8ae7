"""UK107: a request to the UK comes from a court, a prosecuting authority or a central authority, not the police alone."""

from __future__ import annotations

import re
from collections.abc import Iterable

from mla_lint.analysis import Analysis
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.parties import parties
from mla_lint.rule import Rule

POLICE = re.compile(r"\b(?:police|constabulary|gendarmerie|carabinieri|guardia\s+civil|sheriff|investigation\s+(?:agency|bureau|department)|criminal\s+investigation)\b", re.IGNORECASE)
JUDICIAL = re.compile(
    r"\b(?:prosecut\w*|procurat\w*|attorney|court|judge|magistrate|justice|judicial|tribunal|central\s+authority|"
    r"ministry|minister|parquet|fiscal[ií]a|procureur|public\s+ministry|state\s+counsel|solicitor[\s-]+general|advocate)\b",
    re.IGNORECASE,
)
"""The authorities that may make a request, or transmit it: courts, prosecutors, ministries and central authorities."""
SIGNATURE_BLOCKS = 1
"""The signature block: the last paragraph of the letter."""
ADDRESSEE = re.compile(r"\s*(?:To|Attn|Attention|Addressee)\b", re.IGNORECASE)
"""The addressee's lines name the requested state's central authority, not the one asking."""


class CompetentRequestingAuthority(Rule):
    """A request to the UK is made by a court, a prosecuting authority or an authority whose function is to make requests, not by a police force alone.

    **What it checks.** The authority making the request (as mla_lint reads
    it from the letterhead, the sentence that makes the request or the
    signature) is a police or investigation agency, and neither its block
    nor the signature block at the end names a court, a
    prosecutor, a ministry or a central authority that makes or transmits
    the request.

    **Why it matters.** Under the Crime (International Co-operation) Act
    2003 a request for evidence in the UK may be made by a court exercising
    criminal jurisdiction or a prosecuting authority abroad, or by another
    authority which appears to the UK "to have the function of making such
    requests". A request signed by a police officer alone is usually not
    such a request: police-to-police enquiries go through police channels,
    and MLA is for what needs a formal Letter of Request, particularly
    coercive measures.

    **Source.** Crime (International Co-operation) Act 2003 s 13(2) (Bill
    text, https://publications.parliament.uk/pa/cm200203/cmbills/130/03130.10-14.html);
    Home Office MLA guidelines (2022): "MLA is generally used for obtaining
    material that cannot be obtained on a law enforcement to law enforcement
    basis ... Requests are made by a formal International Letter of Request";
    research note §3.1 (VERIFIED).

    **Bad.** A Letter of Request on the letterhead of the Metro City Police
    Department, signed by a detective inspector, with no prosecutor or court.

    **Good.** The same request made by the Office of the Public Prosecutor,
    or transmitted by the requesting state's central authority.
    """

    code = "UK107"
    name = "competent-requesting-authority"
    severity = Severity.WARNING
    jurisdiction = "UK"
    source = "Crime (International Co-operation) Act 2003 s 13(2)"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        authority = facts.derived(parties).requesting_authority
        if authority is None or not POLICE.search(authority.text) or JUDICIAL.search(authority.text):
            return
        body = [block for block in document.body() if block.text.strip()]
        own = [authority.block, *body[-SIGNATURE_BLOCKS:]]
        if any(JUDICIAL.search(block.text) for block in own if not ADDRESSEE.match(block.text)):
            return
        yield self.finding(
            "The request is made by a police or investigation agency alone; the UK executes requests from courts, "
            "prosecuting authorities and authorities whose function is to make them.",
            authority.block,
            authority.start,
            authority.end,
            suggestion="Have the request made or endorsed by the prosecuting authority, a court or your central authority.",
        )
