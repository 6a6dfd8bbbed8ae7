"""UK103: a request whose evidence is all in Scotland goes to the Crown Office."""

from __future__ import annotations

import re
from collections.abc import Iterable

from mla_lint.analysis import Analysis
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.parties import head_blocks
from mla_lint.rule import Rule

SCOTLAND = re.compile(
    r"\bScot(?:land|tish)\b|\b(?:Edinburgh|Glasgow|Aberdeen|Dundee|Inverness|Stirling|Paisley|Perth,\s+Scotland|Kilmarnock|Falkirk)\b"
    r"|\b(?:AB|DD|DG|EH|FK|HS|IV|KA|KW|KY|ML|PA|PH|TD|ZE)\d{1,2}[A-Z]?\s+\d[A-Z]{2}\b|\bG\d{1,2}\s+\d[A-Z]{2}\b",
)
"""Scotland, its main towns and its postcode areas (AB, DD, DG, EH, FK, G, HS, IV, KA, KW, KY, ML, PA, PH, TD, ZE)."""

REST_OF_UK = re.compile(
    r"\b(?:England|English|Wales|Welsh|Northern\s+Ireland|London|Manchester|Birmingham|Liverpool|Leeds|Bristol|Cardiff|"
    r"Belfast|Sheffield|Newcastle|Nottingham|Leicester)\b"
    r"|\b(?:E|EC|N|NW|SE|SW|W|WC|M|B|L|LS|BS|CF|BT|S|NE|NG|LE)\d{1,2}[A-Z]?\s+\d[A-Z]{2}\b",
)
"""England, Wales and Northern Ireland: names, large towns and common postcode areas."""

CROWN_OFFICE = re.compile(r"\bCrown\s+Office\b|\bCOPFS\b|\bLord\s+Advocate\b|\bProcurator\s+Fiscal\b", re.IGNORECASE)


class ScotlandToCrownOffice(Rule):
    """A request to the UK whose evidence is only in Scotland is addressed to the Crown Office.

    **What it checks.** If every place in the United Kingdom that the
    request names is in Scotland (Scotland, Scottish towns, Scottish postcode
    areas) and none is in England, Wales or Northern Ireland (the addressee
    block, typically the Home Office in London, is not counted), the request
    should be addressed to the Crown Office and Procurator Fiscal Service in
    Edinburgh. The rule fires when the Crown Office (or the Lord Advocate, or
    a procurator fiscal) is mentioned nowhere.

    **Why it matters.** Scotland has its own prosecution system. Requests
    for assistance in Scotland only go to the Crown Office, unless the treaty
    relied on requires them to go to the UK Central Authority; a request sent
    to the Home Office is forwarded.

    **Source.** GOV.UK, *Mutual legal assistance (MLA) requests* (guidance
    page, copy of December 2024): requests for Scotland only go to the Crown
    Office, Edinburgh, unless the treaty requires the UKCA;
    https://www.gov.uk/guidance/mutual-legal-assistance-mla-requests ;
    research note §3.1 (VERIFIED).

    **Bad.** A letter to the UK Central Authority asking for a witness
    statement from a bank employee in Glasgow, and nothing else in the UK.

    **Good.** "To: International Co-operation Unit, Crown Office, 25
    Chambers Street, Edinburgh EH1 1LA" (or a sentence explaining that the
    treaty requires the UK Central Authority).
    """

    code = "UK103"
    name = "scotland-to-crown-office"
    severity = Severity.WARNING
    jurisdiction = "UK"
    language_model = frozenset()
    source = "GOV.UK MLA requests guidance (Crown Office for Scotland-only requests)"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        blocks = list(document.body())
        if any(CROWN_OFFICE.search(block.text) for block in blocks):
            return
        addressee = {block.index for block in head_blocks(facts)}
        if any(REST_OF_UK.search(block.text) for block in blocks if block.index not in addressee):
            return
        for block in blocks:
            match = SCOTLAND.search(block.text)
            if match is not None:
                yield self.finding(
                    "Everything the request asks for in the UK is in Scotland, but it is not addressed to the Crown "
                    "Office.",
                    block,
                    match.start(),
                    match.end(),
                    suggestion=(
                        "Address the request to the Crown Office and Procurator Fiscal Service, International "
                        "Co-operation Unit, Edinburgh (or say why the treaty requires the UK Central Authority)."
                    ),
                )
                return
