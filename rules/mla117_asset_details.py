"""MLA117 asset-details: a freezing, seizure or confiscation request describes the property, its link and the order."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mla_lint.amounts import AMOUNT
from mla_lint.analysis import Analysis
from mla_lint.assistance import AssistanceType
from mla_lint.findings import Severity
from mla_lint.measure_elements import MeasureElement
from mla_lint.model import BlockKind

if TYPE_CHECKING:
    from spacy.tokens import Span

ASSET_PARTICULARS = re.compile(
    r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b"  # IBAN
    r"|\b(?:account|a/c|acct)\.?\s*(?:no\.?|number|nr\.?|#)?\s*:?\s*[A-Z0-9](?:[\w/-]|\s(?=\d)){3,40}\d"
    r"|\b(?:sort\s+code|routing\s+number|swift|bic)\b"
    r"|\b(?:land\s+reference|title\s+(?:no|number|deed)|plot|parcel|folio|cadastral|lot)\b\.?\s*(?:no\.?|number)?\s*[\w/-]*\d"
    r"|\b(?:registration|licence|license|chassis|vin|hull|imo)\s+(?:no\.?|number|plate)"
    r"|\b\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][\w'-]{0,40}\s+){1,4}(?:street|road|avenue|lane|drive|way|boulevard|crescent|close|place|square|str\.?)\b"
    r"|\bwallet\s+address\b|\b(?:bc1|0x)[A-Za-z0-9]{20,}",
    re.IGNORECASE,
)
LINK_LEMMAS = frozenset({
    "proceeds", "derive", "derived", "instrumentality", "instrumentalities", "tainted", "represent", "benefit",
    "buy", "bought", "purchase", "purchased", "acquire", "acquired", "funded", "financed", "fund", "finance",
    "traced", "tracing", "launder", "laundered",
})
"""The asset came from or served the offence: "the proceeds of", "bought with", "funded with", "traced to"."""
LINKED = re.compile(r"\b(?:linked|connected|related)\s+(?:to|with)\s+the\s+(?:offen[cs]es?|crimes?|fraud|bribery|scheme)", re.IGNORECASE)
MONEY_FLOW = frozenset({"transfer", "pay", "remit", "deposit", "credit", "send", "move", "receive", "wire", "channel", "route"})
ASSET_WORDS = frozenset({
    "account", "accounts", "fund", "funds", "money", "asset", "assets", "property", "properties", "land", "house",
    "apartment", "flat", "villa", "vehicle", "car", "yacht", "vessel", "shares", "securities", "balance",
    "cryptocurrency", "wallet", "cash", "estate",
})
ORDER_NOUNS = frozenset({"order", "orders", "warrant", "warrants", "decision", "decree", "ruling", "judgment", "judgement", "resolution", "injunction"})


class AssetDetails(MeasureElement):
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
    missing = "The request seeks the freezing, seizure or confiscation of property without its particulars."
    add = (
        "Describe each asset (account number and bank, land title or address, registration), say how it is "
        "connected to the offence, and identify the order relied on (a copy of the requesting state's order, "
        "or the order the requested state is asked to obtain)."
    )

    measure = AssistanceType.FREEZING_CONFISCATION
    asked_here = "the freezing, seizure or confiscation is asked for here"
    not_applicable = "no freezing, seizure or confiscation of property is sought"

    def gaps(self, facts: Analysis) -> tuple[str, ...]:
        """What the request leaves out about the property it wants frozen or confiscated."""
        sentences = list(facts.body_sentences())
        missing = []
        if not _has_particulars(facts):
            missing.append("the property's particulars (account number and bank, land title or address, registration)")
        frozen = {n for m in self.measures(facts) for n in _account_numbers(m.evidence.block.text)}
        if not any(_links_to_offence(s.span, frozen) for s in sentences):
            missing.append("its link to the offence (proceeds of, bought or funded with, traced to)")
        if not any(_mentions_order(s.span) for s in sentences):
            missing.append("the domestic order (a freezing, restraint or confiscation order made or to be sought)")
        return tuple(missing)

    def gap_message(self, gaps: tuple[str, ...]) -> str:
        return "The request seeks the freezing, seizure or confiscation of property but does not give " + _join(gaps) + "."


def _join(parts: tuple[str, ...]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " or " + parts[-1]


STREET = re.compile(r"(?:street|road|avenue|lane|drive|way|boulevard|crescent|close|place|square|str\.?)$", re.IGNORECASE)
PROPERTY_WORDS = frozenset({
    "property", "properties", "land", "house", "apartment", "flat", "villa", "premises", "estate", "plot", "building",
    "asset", "assets", "vehicle", "car", "yacht", "vessel", "account", "accounts",
})


def _has_particulars(facts: Analysis) -> bool:
    """An identifier of the property: in a table, or in a sentence about accounts or property."""
    for block in facts.document.blocks:
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


def _account_numbers(text: str) -> set[str]:
    """Runs of six or more digits (spaces removed): account numbers, to see that a payment reached the asset."""
    return {re.sub(r"\s", "", m) for m in re.findall(r"\d[\d ]{4,}\d", text) if len(re.sub(r"\s", "", m)) >= 6}


def _links_to_offence(sent: Span, frozen: set[str]) -> bool:
    """A sentence about the property that ties it to the offence.

    ``frozen``: the account numbers in the request to freeze; money paid into one of them ties it to the facts."""
    if LINKED.search(sent.text):
        return True
    nouns = {t.lemma_.lower() for t in sent if t.pos_ in {"NOUN", "PROPN"}} | {t.lower_ for t in sent if t.pos_ in {"NOUN", "PROPN"}}
    if not nouns & ASSET_WORDS:
        return False
    for t in sent:
        lemma = t.lemma_.lower()
        if t.lower_ in {"proceeds", "instrumentality", "instrumentalities"} and t.text[0].islower():  # not "the Proceeds of Crime Act"
            return True
        if lemma in LINK_LEMMAS and t.pos_ in {"VERB", "ADJ"} and lemma not in {"trace", "fund", "finance"}:
            return True
        if lemma in {"fund", "finance", "trace"} and t.pos_ == "VERB" and t.tag_ in {"VBN", "VBD"}:
            return True  # "funded with", "traced to" (not "to trace and freeze")
    moves_money = any(e.label_ == "MONEY" for e in sent.ents) or (
        bool(AMOUNT.search(sent.text)) and bool(_account_numbers(sent.text) & frozen)
    )  # "paid ZAR 23,400,000 into account No. 000448127733", the account to be frozen
    return bool({t.lemma_.lower() for t in sent if t.pos_ == "VERB"} & MONEY_FLOW and nouns & {"account", "accounts"} and moves_money)


PROVISIONAL = frozenset({
    "freeze", "freezing", "restraint", "restrain", "restraining", "preservation", "preserve", "seizure", "seize",
    "attachment", "attach", "sequestration", "sequester", "blocking", "block", "prohibitory", "injunction",
})
FINAL = frozenset({"confiscation", "confiscate", "forfeiture", "forfeit"})
EXISTS = frozenset({"make", "made", "issue", "issued", "grant", "granted", "date", "dated", "attach", "attached", "enclose", "enclosed", "copy", "final", "register", "registered", "obtain", "apply", "application", "seek"})


def _mentions_order(sent: Span) -> bool:
    """A freezing or restraint order (made, or to be obtained), or a confiscation order that exists."""
    for t in sent:
        if t.lemma_.lower() not in ORDER_NOUNS and t.lower_ not in ORDER_NOUNS:
            continue
        near = {c.lemma_.lower() for c in t.subtree} | {c.lower_ for c in t.subtree} | {t.head.lemma_.lower()}
        if near & PROVISIONAL:
            return True
        if near & FINAL and (near & EXISTS or any(e.label_ == "DATE" for e in sent.ents)):
            return True
        if near & {"court", "judge", "magistrate", "tribunal"} and near & EXISTS and {x.lemma_.lower() for x in sent} & (PROVISIONAL | FINAL):
            return True
    return False
