"""MLA117 asset-details: a freezing, seizure or confiscation request describes the property, its link and the order."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

from mla_lint.analysis import Analysis
from mla_lint.assistance import AssistanceType, assistance_sought
from mla_lint.findings import Finding, Severity
from mla_lint.model import BlockKind, Document
from mla_lint.rule import Rule

if TYPE_CHECKING:
    from spacy.tokens import Span

ASSET_PARTICULARS = re.compile(
    r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b"  # IBAN
    r"|\b(?:account|a/c|acct)\.?\s*(?:no\.?|number|nr\.?|#)?\s*:?\s*[A-Z0-9][\w/ -]{3,}\d"
    r"|\b(?:sort\s+code|routing\s+number|swift|bic)\b"
    r"|\b(?:land\s+reference|title\s+(?:no|number|deed)|plot|parcel|folio|cadastral|lot)\b\.?\s*(?:no\.?|number)?\s*[\w/-]*\d"
    r"|\b(?:registration|licence|license|chassis|vin|hull|imo)\s+(?:no\.?|number|plate)"
    r"|\b\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][\w'-]+\s+){1,4}(?:street|road|avenue|lane|drive|way|boulevard|crescent|close|place|square|str\.?)\b"
    r"|\bwallet\s+address\b|\b(?:bc1|0x)[A-Za-z0-9]{20,}",
    re.IGNORECASE,
)
LINK_LEMMAS = frozenset({
    "proceeds", "proceed", "derive", "derived", "instrumentality", "instrumentalities", "taint", "tainted",
    "launder", "laundered", "laundering", "trace", "traced", "tracing", "represent", "benefit", "buy", "bought",
    "purchase", "acquire", "bribe", "embezzle", "misappropriate", "steal", "stolen", "funded", "financed",
})
MONEY_FLOW = frozenset({"transfer", "pay", "remit", "deposit", "credit", "send", "move", "receive", "wire", "channel", "route"})
ASSET_WORDS = frozenset({
    "account", "accounts", "fund", "funds", "money", "asset", "assets", "property", "properties", "land", "house",
    "apartment", "flat", "villa", "vehicle", "car", "yacht", "vessel", "shares", "securities", "balance",
    "cryptocurrency", "wallet", "cash", "estate",
})
ORDER_FAMILY = frozenset({
    "freeze", "freezing", "restraint", "restrain", "restraining", "confiscation", "confiscate", "forfeiture",
    "forfeit", "preservation", "preserve", "seizure", "seize", "attachment", "sequestration", "sequester",
    "court", "judge", "judicial", "magistrate", "tribunal", "prosecutor",
})
ORDER_NOUNS = frozenset({"order", "orders", "warrant", "warrants", "decision", "decree", "ruling", "judgment", "judgement", "resolution", "injunction"})


class AssetDetails(Rule):
    """A request to freeze, seize or confiscate property gives its particulars, its link to the offence and the order.

    **What it checks.** Applies when the request asks for property to be
    frozen, restrained, seized as proceeds or confiscated (not when items are
    seized as evidence in a search). It then looks for three things: the
    property's particulars (an account number or IBAN and its bank, a land
    title or address, a vehicle registration); its link to the offence (the
    property is the proceeds or instrument of the offence, was bought or
    funded with them, or the money can be traced to it); and the domestic
    order, existing ("the restraint order of 6 February 2024") or to be
    obtained ("an application to the High Court for a preservation order").
    One finding saying which of the three is missing.

    **Why it matters.** A court of the requested state must make its own
    order on the request, and it will not restrain property it cannot
    identify or whose connection with the crime is not shown. Under UNCAC a
    request that gives insufficient evidence may be refused, and provisional
    measures lifted.

    **Source.** UNCAC Art. 55(3)(a)-(c) (description of the property, its
    location and value, a statement of the facts relied on, a legally
    admissible copy of the order) and Art. 55(7); UNTOC Art. 13(3);
    Harare Scheme para 1(3).

    **Bad.** "Please freeze all assets of the suspect in your country."

    **Good.** "We ask that the competent authorities apply to the High Court
    for a preservation order over account no. 0117228455 at Kilimanjaro
    Commercial Bank Limited, Westlands Branch, which received USD 610,000 of
    the bribe payments described above; a copy of the restraint order made at
    Southwark Crown Court on 6 February 2024 is attached."
    """

    code = "MLA117"
    name = "asset-details"
    severity = Severity.ERROR
    source = "UNCAC Art. 55(3), 55(7); UNTOC Art. 13(3)"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        sought = facts.derived(assistance_sought)
        measures = sought.of_kind(AssistanceType.FREEZING_CONFISCATION)
        if not measures:
            return
        sentences = list(facts.body_sentences())
        missing = []
        if not _has_particulars(document, facts):
            missing.append("the property's particulars (account number and bank, land title or address, registration)")
        if not any(_links_to_offence(s.span) for s in sentences):
            missing.append("its link to the offence (proceeds of, bought or funded with, traced to)")
        if not any(_mentions_order(s.span) for s in sentences):
            missing.append("the domestic order (a freezing, restraint or confiscation order made or to be sought)")
        if not missing:
            return
        first = measures[0].evidence
        yield self.finding(
            "The request seeks the freezing, seizure or confiscation of property but does not give "
            + _join(missing) + ".",
            first.block,
            first.start,
            first.end,
            suggestion=(
                "Describe each asset (account number and bank, land title or address, registration), say how it is "
                "connected to the offence, and identify the order relied on (a copy of the requesting state's order, "
                "or the order the requested state is asked to obtain)."
            ),
        )


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " or " + parts[-1]


STREET = re.compile(r"(?:street|road|avenue|lane|drive|way|boulevard|crescent|close|place|square|str\.?)$", re.IGNORECASE)
PROPERTY_WORDS = frozenset({
    "property", "properties", "land", "house", "apartment", "flat", "villa", "premises", "estate", "plot", "building",
    "asset", "assets", "vehicle", "car", "yacht", "vessel", "account", "accounts",
})


def _has_particulars(document: Document, facts: Analysis) -> bool:
    """An identifier of the property: in a table, or in a sentence about accounts or property."""
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL and ASSET_PARTICULARS.search(block.text):
            return True
    for sentence in facts.body_sentences():
        for match in ASSET_PARTICULARS.finditer(sentence.text):
            if not STREET.search(match.group(0)):
                return True  # an account number, IBAN, title or registration number
            words = {t.lower_ for t in sentence.span} | {t.lemma_.lower() for t in sentence.span}
            if words & PROPERTY_WORDS:
                return True  # an address, in a sentence about property (not a letterhead)
    return False


def _links_to_offence(sent: Span) -> bool:
    lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    if lemmas & LINK_LEMMAS and lemmas & (ASSET_WORDS | {"they", "it", "which"}):
        return True
    if lemmas & MONEY_FLOW and lemmas & {"account", "accounts"} and any(e.label_ == "MONEY" for e in sent.ents):
        return True
    return False


def _mentions_order(sent: Span) -> bool:
    for t in sent:
        if t.lemma_.lower() in ORDER_NOUNS or t.lower_ in ORDER_NOUNS:
            related = {c.lemma_.lower() for c in t.subtree} | {t.head.lemma_.lower()}
            if related & ORDER_FAMILY:
                return True
    lemmas = {t.lemma_.lower() for t in sent}
    return bool(lemmas & {"court", "judge", "magistrate"} and lemmas & {"freeze", "restrain", "confiscate", "forfeit", "seize", "preserve", "apply", "application"})
