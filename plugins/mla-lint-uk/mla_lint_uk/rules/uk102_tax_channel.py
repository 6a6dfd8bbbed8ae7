"""UK102: a request about a tax or fiscal customs offence goes to HMRC, not the UK Central Authority."""

from __future__ import annotations

import re
from collections.abc import Iterable

from mla_lint.analysis import Analysis, Sentence
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule

TAX_OFFENCE = re.compile(
    r"\b(?:tax|vat|fiscal|duty|excise|customs|revenue)[\s-]+(?:evasion|fraud|offen[cs]es?|crimes?)\b"
    r"|\bevasion\s+of\s+(?:\w+\s+){0,3}?(?:tax|taxes|vat|duty|duties)\b"
    r"|\bfraudulent(?:ly)?\s+evad\w+\s+(?:\w+\s+){0,3}?(?:tax|taxes|vat|duty|duties)\b"
    r"|\bcheating\s+the\s+public\s+revenue\b|\b(?:vat|carousel)\s+(?:carousel\s+)?fraud\b|\bmissing\s+trader\b",
    re.IGNORECASE,
)
"""Tax and fiscal customs offences (not tax records sought as evidence of another offence)."""

NOT_THIS_CASE = re.compile(
    r"\b(?:not|no|nor|never|except|excluding|other\s+than|unrelated|previous|prior|earlier|former)\b[^.;]{0,60}$", re.IGNORECASE
)
"""A tax offence excluded or from another case: "not for the investigation of tax offences", "an unrelated customs fraud case"."""

HMRC = re.compile(r"\bHMRC\b|\bH\.?\s*M\.?\s+Revenue\b|\bRevenue\s+(?:and|&)\s+Customs\b", re.IGNORECASE)


class TaxMattersToHmrc(Rule):
    """A request to the UK about a tax or fiscal customs offence is addressed to HM Revenue & Customs.

    **What it checks.** If the offence under investigation is a tax or
    fiscal customs offence (tax or VAT evasion or fraud, duty evasion,
    cheating the public revenue, missing-trader fraud), the request should
    be addressed to HMRC. The rule fires when such an offence is named and
    HMRC is mentioned nowhere in the request. Tax records sought as evidence
    of another offence ("his tax returns for 2021"), an authority's name
    ("Central Office for Combating Corruption and Financial and Tax
    Offences") and an excluded use ("not for the investigation of tax
    offences") do not make it a tax matter.

    **Why it matters.** The UK splits incoming requests by subject: the UK
    Central Authority in the Home Office receives most, but tax and fiscal
    customs matters go to HMRC. A request sent to the wrong authority is
    forwarded, which costs time.

    **Source.** GOV.UK, *Mutual legal assistance (MLA) requests* (guidance
    page, copy of December 2024): tax and fiscal customs matters go to HMRC;
    https://www.gov.uk/guidance/mutual-legal-assistance-mla-requests ;
    research note §3.1 (VERIFIED).

    **Bad.** A letter to the UK Central Authority, Home Office, about
    "evasion of value added tax" that never mentions HMRC.

    **Good.** "To: HM Revenue & Customs, Mutual Legal Assistance Team ..."
    """

    code = "UK102"
    name = "tax-matters-to-hmrc"
    severity = Severity.WARNING
    jurisdiction = "UK"
    source = "GOV.UK MLA requests guidance (HMRC for tax and fiscal customs)"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        if any(HMRC.search(block.text) for block in document.blocks):
            return
        for sentence in facts.body_sentences():
            match = next((m for m in TAX_OFFENCE.finditer(sentence.text) if _alleged(facts, sentence, m)), None)
            if match is not None:
                start = sentence.start + match.start()
                yield self.finding(
                    f"The offence is a tax or fiscal customs matter (\"{match.group(0)}\"), but the request is not "
                    "addressed to HMRC.",
                    sentence.block,
                    start,
                    start + len(match.group(0)),
                    suggestion="Address the request to HM Revenue & Customs, which handles tax and fiscal customs requests.",
                )
                return


def _alleged(facts: Analysis, sentence: Sentence, match: re.Match[str]) -> bool:
    """The tax offence is alleged: not part of an organisation's name (spaCy ORG entity) and not excluded."""
    if NOT_THIS_CASE.search(sentence.text[: match.start()]):
        return False
    start, end = sentence.start + match.start(), sentence.start + match.end()
    doc = facts.doc_of(sentence.block)
    return not any(ent.label_ == "ORG" and ent.start_char <= start and end <= ent.end_char for ent in doc.ents)
