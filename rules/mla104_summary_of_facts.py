"""MLA104 summary-of-facts: the request tells what happened: who did what, when, where and how."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from mla_lint.analysis import Analysis
from mla_lint.assistance import assistance_sought
from mla_lint.elements import Evidence, RequiredElement
from mla_lint.findings import Severity
from mla_lint.language import has_negation
from mla_lint.passages import all_clauses, is_letter_frame, under_heading

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

FACT_HEADINGS = (
    "facts", "summary of facts", "summary of the facts", "statement of facts", "brief facts", "background",
    "circumstances", "the facts", "facts of the case", "case summary", "summary of the case", "summary",
    "factual background", "narrative", "description of the facts", "the conduct", "conduct", "relevant facts",
    "outline of the facts", "synopsis", "history", "brief summary", "the case", "case", "grounds",
    "description of the criminal act", "summary of the investigation",
)
OTHER_HEADINGS = (
    "legal basis", "assistance requested", "assistance sought", "procedure", "procedures", "confidentiality",
    "contact", "dual criminality", "double criminality", "purpose", "relevance", "use of", "use", "urgency",
    "execution", "form", "signature", "reciprocity", "undertaking", "undertakings", "annex", "annexes",
)
PROCEDURAL_VERBS = frozenset({
    "register", "charge", "file", "open", "plead", "sign", "preserve", "transmit", "adjourn", "fix", "set",
    "institute", "commence", "start", "issue", "grant", "convict", "sentence", "accuse", "indict", "investigate",
    "remand", "bail", "release", "appoint", "submit", "request", "ask", "make", "send", "refer", "lodge", "serve",
    "summon", "hear", "try", "order", "enter", "initiate", "seek", "obtain", "provide", "attach", "annex",
    "enclose", "write", "describe", "note", "mention", "state", "explain", "designate", "authorise", "authorize",
    "empower", "prosecute", "question", "interview", "arrest", "detain", "confirm", "understand", "believe",
    "inform", "notify", "consider", "decide", "conclude", "prepare", "draft", "receive", "execute", "consent",
    "agree", "refuse", "appear", "reserve", "schedule", "direct", "apply",
})
"""Verbs of the proceedings and of the letter itself, not of the events investigated."""
PROCEDURAL_OBJECTS = frozenset({
    "plea", "request", "order", "warrant", "charge", "case", "complaint", "report", "fir", "information",
    "indictment", "investigation", "proceedings", "hearing", "trial", "application", "letter", "statement",
    "summons", "judgment", "judgement", "verdict", "sentence", "decision", "subpoena", "date", "deadline",
    "compliment", "compliments",
})
PROCEEDING_SUBJECTS = frozenset({
    "trial", "hearing", "investigation", "case", "proceeding", "proceedings", "prosecution", "inquiry", "enquiry",
    "court", "jury", "appeal", "request", "record", "records",
})
COURT_SUBJECTS = frozenset({"court", "jury", "judge", "magistrate", "tribunal", "sandiganbayan"})
PROCEDURAL_PLACES = frozenset({
    "trial", "bail", "custody", "court", "hearing", "judgment", "judgement", "sentencing", "remand", "plea",
    "investigation", "examination", "arrest", "detention", "caution", "request", "application", "instruction",
})
TRANSACTION_VERBS = frozenset({
    "transfer", "pay", "send", "receive", "withdraw", "sell", "buy", "deposit", "take", "steal", "forge", "move",
    "launder", "defraud", "deceive", "induce", "invest", "collect", "remit", "wire", "embezzle", "divert",
    "misappropriate", "bribe", "smuggle", "import", "export", "purchase", "acquire", "hide", "conceal", "falsify",
    "sign", "create", "incorporate", "use", "convert", "spend",
})
AMOUNT = re.compile(
    r"(?:\b(?:USD|EUR|GBP|PKR|INR|KES|NGN|CHF|AED|SGD|HKD|AUD|CAD|NZD|MDL|ZAR|BRL|MXN|JPY|CNY|RMB|RUB|KZT|KGS|PHP|IDR|"
    r"MYR|TRY|SEK|NOK|DKK|PLN|CZK|HUF|RON|UAH|GHS|XOF|XAF|EGP|SAR|QAR|THB|VND|BDT|LKR|NPR|Rs|Rs\.|som|euros?|dollars?|"
    r"pounds?|rupees?)\s?\d|[$€£¥₹]\s?\d|\d[\d,. ]*\s?(?:euros?|dollars?|pounds?|rupees?|crore|lakh|million|billion)\b)",
    re.IGNORECASE,
)
NARRATIVE_ENTITIES = frozenset({"DATE", "MONEY", "GPE", "LOC", "FAC", "TIME", "CARDINAL", "QUANTITY", "PERCENT"})
ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})


class SummaryOfFacts(RequiredElement):
    """The request summarises the facts: who did what, when, where and how.

    **What it checks.** That the request contains a narrative of the events
    under investigation: sentences that tell what someone did (past-tense
    event verbs with an actor) and anchor it in time, place or amount
    ("Between 4 January 2021 and 30 November 2022 Zarkon presented 37 sets of
    false export documents and obtained PKR 412,600,000"). Under a "Facts"
    heading one such sentence is enough; elsewhere the narrative must run to
    more than a passing mention. The history of the proceedings ("the case
    was registered on 9 March 2023", "he was charged on 2 April") is not a
    summary of the facts, nor is a "Summary of Facts" heading with nothing
    under it. Not required when the request only asks for service of
    documents.

    **Why it matters.** The requested state's authorities must see that the
    conduct is an offence in both states, that the evidence is relevant to
    it, and, for coercive measures, that its own law's threshold (reasonable
    grounds, probable cause) is met; all of that comes from the facts. No
    facts, no assistance.

    **Source.** UNTOC Art. 18(15)(c) and UNCAC Art. 46(15)(c) ("a summary of
    the relevant facts, except in relation to requests for the purpose of
    service of judicial documents"); ECMA 1959 Art. 14(2) (letters rogatory
    "shall ... contain a summary of the facts"); Mauritius Mutual Assistance
    in Criminal and Related Matters Act 2003 s 4(3)(c); Swiss IMAC Art.
    28(3)(a).

    **Bad.** "Mr Khan is suspected of fraud. Please provide his bank records."

    **Good.** "Between March and August 2023 persons who had gained access to
    the supplier's email account sent Delta Crest invoices with new bank
    details; relying on them, Delta Crest paid EUR 1,240,000 to account IE64
    ... of Brightwater Logistics Limited in Dublin."
    """

    code = "MLA104"
    name = "summary-of-facts"
    severity = Severity.ERROR
    source = "UNTOC Art. 18(15)(c); UNCAC Art. 46(15)(c); ECMA Art. 14(2)"
    heading_phrases: ClassVar[tuple[str, ...]] = FACT_HEADINGS
    missing = "No summary of the facts: the request never tells what happened (who did what, when, where and how)."
    add = (
        "Add a \"Summary of Facts\" telling the events in order: who did what, when and where, with the amounts "
        "and the accounts or companies involved, e.g. \"Between March and August 2023 X sent the company forged "
        "invoices; relying on them, it paid EUR 1,240,000 to account ... in Dublin.\""
    )

    def applies(self, facts: Analysis) -> bool:
        """Not for a request that only asks for service of documents (UNTOC Art. 18(15)(c))."""
        return not facts.derived(assistance_sought).service_only

    def find(self, facts: Analysis) -> Evidence | None:
        return find_facts(facts)


def find_facts(facts: Analysis) -> Evidence | None:
    """The first narrative sentence, if the request tells enough of the facts."""
    score = 0
    first: Evidence | None = None
    for block, span in all_clauses(facts):
        if under_heading(facts, block, OTHER_HEADINGS) and not under_heading(facts, block, FACT_HEADINGS):
            continue
        if is_letter_frame(block.text):
            continue
        weight = narrative_weight(span)
        if not weight:
            continue
        if under_heading(facts, block, FACT_HEADINGS):
            return Evidence.of_span(block, span)
        first = first or Evidence.of_span(block, span)
        score += weight
        if score >= 3:
            return first
    return None


def narrative_weight(span: Span) -> int:
    """0 if ``span`` tells no event; 1 for an event with an actor; 2 if it is also anchored in time/place/amount."""
    words = {t.lower_ for t in span}
    if words & {"please", "kindly"} or any(
        t.lemma_.lower() in {"ask", "request", "seek", "invite", "urge"} and t.tag_ in {"VB", "VBP", "VBZ"} for t in span
    ):
        return 0  # a request, not a fact
    if "would" in words and (words & {"if", "had"}):
        return 0  # the counterfactual of a dual-criminality statement: "had the conduct taken place in ..."
    events = [t for t in span if _is_event_verb(t)]
    if not events:
        return 0
    labels = {e.label_ for e in span.ents}
    anchored = bool(labels & NARRATIVE_ENTITIES) or any(t.like_num for t in span)
    actors = bool(labels & ACTOR_ENTITIES) or any(
        c.dep_ in {"nsubj", "nsubjpass", "agent"} and (c.pos_ in {"PROPN", "NOUN"} or c.lower_ in {"he", "she", "they"})
        for e in events for c in e.children
    )
    if not actors:
        return 0
    if not anchored:
        return 1
    kinds = {label for label in labels if label in {"DATE", "MONEY", "GPE", "LOC", "FAC", "TIME"}}
    if AMOUNT.search(span.text):
        kinds.add("MONEY")
    if len(kinds) >= 3 or (len(kinds) >= 2 and (len(events) >= 2 or "MONEY" in kinds)):
        return 3  # one dense sentence can be the whole summary: who did what, when, where, how much
    return 2


def _is_event_verb(token: Token) -> bool:
    """A past-tense verb of an event ("transferred", "was paid", "had opened"), not of the proceedings."""
    if token.pos_ not in {"VERB"}:
        return False
    lemma = token.lemma_.lower()
    if lemma in PROCEDURAL_VERBS or lemma in {"be", "have", "do"} or has_negation(token):
        if lemma in {"obtain", "receive", "make", "send", "open", "transfer", "provide", "sign", "issue", "file",
                     "state", "confirm", "set", "start", "order", "enter", "register"} and _factual_object(token):
            pass  # "obtained export finance", "sent invoices", "opened accounts", "received bribes"
        else:
            return False
    if any(
        any(c.tag_ == "MD" and c.lower_ in {"will", "would", "shall", "can", "may", "should", "must"} for c in a.children)
        for a in list(token.ancestors)[:6]
    ):
        return False  # inside what evidence "will show": a prediction, not a narrated event
    for child in token.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.lemma_.lower() in PROCEEDING_SUBJECTS:
            return False  # "the trial began on 3 June 2024", "the investigation was opened"
        if child.dep_ in {"dobj", "obj", "nsubjpass"} and child.lemma_.lower() in PROCEDURAL_OBJECTS:
            return False  # "returned an indictment", "a warrant was issued"
        if child.dep_ in {"nsubj", "agent"} and any(t.lemma_.lower() in COURT_SUBJECTS for t in child.subtree):
            return False  # "the grand jury returned", "the court found"
        if child.dep_ == "prep" and any(
            g.lemma_.lower() in PROCEDURAL_PLACES for g in child.children if g.dep_ == "pobj"
        ):
            return False  # "sent for trial", "released on bail", "remanded in custody"
    if token.tag_ == "VBD":
        return True
    if token.tag_ == "VBN":
        aux = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
        if any(a.lower_ in {"was", "were", "had", "been", "has", "have", "having"} for a in aux):
            return True  # past, pluperfect, and the present perfect non-native drafters narrate in
        return token.dep_ in {"conj"} and token.head.tag_ in {"VBD", "VBN"}
    if token.tag_ in {"VBZ", "VBP"} and lemma in TRANSACTION_VERBS and not any(c.tag_ == "MD" for c in token.children):
        # the historical present of terse drafting: "On 3 May 2023 the suspect transfers EUR 50 000 to ..."
        return any(e.label_ == "DATE" and re.search(r"\b(?:19|20)\d\d\b", e.text) for e in token.sent.ents)
    return False


def _factual_object(token: Token) -> bool:
    """The verb acts on something other than the proceedings ("sent invoices", not "sent the request")."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "obj", "nsubjpass", "attr"}]
    if not objects:
        return token.lemma_.lower() in {"transfer", "receive"}
    return not any(o.lemma_.lower() in PROCEDURAL_OBJECTS for o in objects)
