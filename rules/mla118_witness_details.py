"""MLA118 witness-details: a request for testimony identifies the witness and the topics to be put."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mla_lint.analysis import Analysis
from mla_lint.assistance import LIST_LABEL, AssistanceType, Measure, assistance_sought
from mla_lint.elements import sections_about
from mla_lint.findings import Severity
from mla_lint.measure_elements import MeasureElement
from mla_lint.model import BlockKind

if TYPE_CHECKING:
    from spacy.tokens import Token

ROLES = frozenset({
    "manager", "officer", "custodian", "employee", "director", "representative", "owner", "holder", "clerk",
    "agent", "secretary", "accountant", "auditor", "driver", "tenant", "landlord", "partner", "teller",
    "cashier", "controller", "administrator", "notary", "lawyer", "doctor", "victim", "complainant", "signatory",
    "chairman", "chairperson", "president", "treasurer", "staff", "official", "head", "chief", "supervisor",
})
HONORIFIC_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mme|Mlle|Madam|Sir|Dame|Herr|Frau|Sr|Sra)\.?\s+[A-Z][\w'-]{0,40}")
PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them"})
TOPIC_PHRASES = re.compile(
    r"\b(?:as\s+to|in\s+relation\s+to|in\s+respect\s+of|with\s+regard\s+to|relating\s+to|related\s+to|touching\s+on|"
    r"on\s+the\s+following|the\s+following\s+(?:questions|matters|topics|points|issues)|list\s+of\s+questions|questionnaire|topics?\b|"
    r"to\s+(?:explain|describe|confirm|establish|clarify|state|identify|produce|say|account\s+for)|"
    r"explain(?:ing|s)?\b|describ(?:e|ing)\b|confirm(?:ing|s)?\b|whether\b|how\s+(?:and|the|he|she|they|it)\b|"
    r"who\s+(?:gave|opened|instructed|asked|decided|controlled|signed)|producing\b|"
    r"\b(?:at|in)\s+(?:the\s+|his\s+|her\s+)?trial\b|(?:about|concerning|regarding|covering|re:?)\s+\w|"
    r"\bon\s+(?:when|where|what|who|whom|why|how|which|whether)\b|"  # "a statement on when and on what terms she ..."
    r"\bon\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:conditions?|circumstances|facts?|matters?|subject|nature|events?|details|"
    r"reasons?|manner|identity|role|origins?|opening|relationship|dealings|contacts?|transactions?|payments?|contracts?|"
    r"knowledge|activit(?:y|ies)|business|involvement|use|operations?|purpose|sources?|flow|ownership|instructions|"
    r"following\s+points|points?\s+below)\b)",
    re.IGNORECASE,
)
QUESTIONS_ELSEWHERE = re.compile(
    r"\b(?:questions?|topics?|matters)\b[^.]{0,80}\b(?:annex|annexed|attached|schedule|appendix|enclosed|below|following|listed)\b",
    re.IGNORECASE,
)
WITNESS_HEADINGS = ("questions", "questions to be put", "questions for the witness", "topics", "matters to be covered")


class WitnessDetails(MeasureElement):
    """A request for testimony says who the witness is and what he or she is to be asked.

    **What it checks.** Applies when the request seeks testimony, a witness
    statement, an interview or a deposition. It then looks, in the passages
    asking for it, for the witness's identity (a name, or a role at a named
    organisation such as "the custodian of records of Southern Cross Payments
    Pty Ltd") and for the questions or topics to be put ("about the opening
    of the account", "covering: ...", "the questions in Annex B"). One
    finding saying which is missing.

    **Why it matters.** The requested state has to find the witness and its
    officer or judge has to know what to ask; without the topics the
    interview is either refused or conducted blind and must be repeated.
    Insufficient information to locate a witness is the most common reason a
    request cannot be executed at all.

    **Source.** UNTOC Art. 18(15)(e) and UNCAC Art. 46(15)(e) ("the identity,
    location and nationality of any person concerned"); US model MLAT Art. 4
    ("a list of questions to be asked of a witness"); European Convention on
    Mutual Assistance 1959 Art. 10; Hong Kong MLA in Criminal Matters
    Ordinance s 8(2).

    **Bad.** "Please interview the witnesses in this case."

    **Good.** "We ask that a witness statement be taken from Mr Daniel
    Whitcombe, Relationship Manager, Thameside Bank plc, 9 Granby Street,
    Leicester, about when and by whom the accounts were opened and who gave
    instructions on them."
    """

    code = "MLA118"
    name = "witness-details"
    severity = Severity.WARNING
    source = "UNTOC Art. 18(15)(e); UNCAC Art. 46(15)(e); US model MLAT Art. 4"
    missing = "Testimony is sought without the witness's identity, whereabouts or the topics to be put."
    add = (
        "Name each witness with an address or workplace, and list the matters to be covered, e.g. \"a "
        "statement from Ms A. B., manager at X Bank, 1 High Street, about who opened the account and who "
        "gave instructions on it\"."
    )

    measure = AssistanceType.TESTIMONY
    asked_here = "the testimony is asked for here"
    not_applicable = "no testimony or statement of a witness is sought"

    def gaps(self, facts: Analysis) -> tuple[str, ...]:
        """What the request leaves out about the witnesses it wants heard."""
        measures = self.measures(facts)
        found = [_witness(facts, m) for m in measures]
        identified = any(identity for identity, _ in found)
        located = any(identity and place for identity, place in found)
        topics = any(_gives_topics(facts, m) for m in measures) or _questions_elsewhere(facts)
        missing = []
        if not identified:
            missing.append("who the witness is (name, or position at a named organisation) and where to find him or her")
        elif not located:
            missing.append("where to find the witness (an address, workplace or place of residence)")
        if not topics:
            missing.append("the questions or topics to be put to the witness")
        return tuple(missing)

    def gap_message(self, gaps: tuple[str, ...]) -> str:
        return "Testimony is sought but the request does not say " + " or ".join(gaps) + "."


def _context(facts: Analysis, measure: Measure, after: int = 2) -> list[str]:
    """The passage asking for testimony and up to ``after`` sentences that continue it (not the next item)."""
    texts = [measure.evidence.text]
    requests = {(e.block.index, e.start) for e in facts.derived(assistance_sought).requests}
    block = measure.evidence.block
    following = [s for s in facts.sentences_in(block) if s.start >= measure.evidence.end]
    blocks = facts.document.blocks
    if block.index + 1 < len(blocks) and blocks[block.index + 1].kind.is_body and blocks[block.index + 1].kind is not BlockKind.HEADING:
        following.extend(facts.sentences_in(blocks[block.index + 1]))
    for sentence in following[:after]:
        if LIST_LABEL.match(sentence.text) or (sentence.block.index, sentence.start) in requests:
            break
        texts.append(sentence.text)
    return texts


def _evidence_tokens(facts: Analysis, measure: Measure) -> list[Token]:
    doc = facts.doc_of(measure.evidence.block)
    span = doc.char_span(measure.evidence.start, measure.evidence.end, alignment_mode="expand")
    return list(span) if span is not None else []


LOCATED = re.compile(
    r"\b(?:resid\w*|lives?|living|address(?:es)?|located|based|domiciled|employed|works?\s+(?:at|for|in)|currently\s+(?:in|at)|"
    r"c/o|whereabouts|believed\s+to\s+(?:be|live|reside)|staying|manager|director|officer|employee|custodian|of\s+\d+|at\s+\d+)\b"
    r"|\b\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][\w'-]{0,40}\s+){1,4}(?:Street|Road|Avenue|Lane|Drive|Way|Boulevard|Crescent|Close|Place|Square|Str)\b",
    re.IGNORECASE,
)
ROLE_HOLDERS = frozenset({"account", "accounts", "bank", "company", "branch", "firm", "office", "provider", "business"})


def _witness(facts: Analysis, measure: Measure) -> tuple[bool, bool]:
    """Whether the passage identifies the witness, and whether the request says where to find him or her."""
    tokens = _evidence_tokens(facts, measure)
    names = [t for t in tokens if t.ent_type_ == "PERSON"]
    honorific = HONORIFIC_NAME.search(measure.evidence.text)
    if names:
        return True, _located(facts, names[-1].text)
    if honorific is not None:
        return True, _located(facts, honorific.group(0).split()[-1])
    for t in tokens:
        if t.lemma_.lower() in ROLES:
            for prep in (c for c in t.children if c.lower_ in {"of", "at"}):
                held = [x for o in prep.children if o.dep_ == "pobj" for x in (o, *o.children) if x.dep_ in {"pobj", "compound", "appos"}]
                if any(x.ent_type_ == "ORG" or x.pos_ == "PROPN" or x.lemma_.lower() in ROLE_HOLDERS | {"record", "records"} for x in held):
                    return True, True  # "the custodian of records of X Pty Ltd", "the relationship manager of the account"
    if any(t.lower_ in PRONOUNS for t in tokens) or any(t.lemma_.lower() in ROLES | {"witness"} and any(c.lower_ == "the" for c in t.children) for t in tokens):
        roles = {t.lemma_.lower() for t in tokens if t.lemma_.lower() in ROLES | {"witness"}}
        return _named_elsewhere(facts, roles or {"witness"}), True
    if re.search(r"\b(?:witness(?:es)?|persons?)\s+(?:named|listed|identified)\b", measure.evidence.text, re.IGNORECASE):
        return True, True
    return False, False


def _located(facts: Analysis, surname: str) -> bool:
    """Some sentence naming the witness says where he or she lives or works (not only where he or she was born)."""
    if not surname:
        return False
    for sentence in facts.body_sentences():
        if surname not in sentence.text:
            continue
        if LOCATED.search(sentence.text):
            return True
        lemmas = {t.lemma_.lower() for t in sentence.span}
        if lemmas & ROLES and any(e.label_ == "ORG" for e in sentence.span.ents):
            return True  # "shipping clerk at Klang Harbour Freight Sdn Bhd"
        for ent in sentence.span.ents:
            if ent.label_ in {"GPE", "FAC", "LOC"}:
                before = [t.lower_ for t in sentence.span.doc[max(sentence.span.start, ent.start - 8) : ent.start]]
                if before and before[-1] in {"in", "at"} and "born" not in before:
                    return True  # "now in Durban", not "born in Cairns"
    return False


def _named_elsewhere(facts: Analysis, roles: set[str]) -> bool:
    """The witness referred to ("the victim described above", "she") is named somewhere in the request."""
    wanted = roles | {"witness", "witnesses"}
    for sentence in facts.body_sentences():
        span = sentence.span
        for t in span:
            if t.lemma_.lower() in wanted or t.lower_ in wanted:
                near = span.doc[max(span.start, t.i - 6) : min(span.end, t.i + 7)]
                if any(x.ent_type_ == "PERSON" for x in near) or HONORIFIC_NAME.search(near.text):
                    return True  # "The witness we need is Ms Dlamini", "the victim, Mr X,"
    return False


def _gives_topics(facts: Analysis, measure: Measure) -> bool:
    return any(TOPIC_PHRASES.search(text) for text in _context(facts, measure))


def _questions_elsewhere(facts: Analysis) -> bool:
    if sections_about(facts, WITNESS_HEADINGS):
        return True
    return any(QUESTIONS_ELSEWHERE.search(s.text) for s in facts.body_sentences())
