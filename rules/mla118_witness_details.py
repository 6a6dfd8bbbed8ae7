"""MLA118 witness-details: a request for testimony identifies the witness and the topics to be put."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

from mla_lint.analysis import Analysis
from mla_lint.assistance import LIST_LABEL, AssistanceType, Measure, assistance_sought
from mla_lint.elements import sections_about
from mla_lint.findings import Finding, Severity
from mla_lint.model import BlockKind, Document
from mla_lint.rule import Rule

if TYPE_CHECKING:
    from spacy.tokens import Token

ROLES = frozenset({
    "manager", "officer", "custodian", "employee", "director", "representative", "owner", "holder", "clerk",
    "agent", "secretary", "accountant", "auditor", "driver", "tenant", "landlord", "partner", "teller",
    "cashier", "controller", "administrator", "notary", "lawyer", "doctor", "victim", "complainant", "signatory",
    "chairman", "chairperson", "president", "treasurer", "staff", "official", "head", "chief", "supervisor",
})
HONORIFIC_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mme|Mlle|Madam|Sir|Dame|Herr|Frau|Sr|Sra)\.?\s+[A-Z][\w'-]+")
PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them"})
TOPIC_PHRASES = re.compile(
    r"\b(?:as\s+to|in\s+relation\s+to|in\s+respect\s+of|with\s+regard\s+to|relating\s+to|related\s+to|touching\s+on|"
    r"on\s+the\s+following|the\s+following\s+(?:questions|matters|topics|points|issues)|\bquestions\b|questionnaire|topics?\b|"
    r"to\s+(?:explain|describe|confirm|establish|clarify|state|identify|produce|say|account\s+for)|"
    r"explain(?:ing|s)?\b|describ(?:e|ing)\b|confirm(?:ing|s)?\b|whether\b|how\s+(?:and|the|he|she|they|it)\b|"
    r"who\s+(?:gave|opened|instructed|asked|decided|controlled|signed)|producing\b|"
    r"(?:about|concerning|regarding|covering|re:?)\s+\w|"
    r"\bon\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:conditions?|circumstances|facts?|matters?|subject|nature|events?|details|"
    r"reasons?|manner|identity|role|origins?|opening|relationship|dealings|contacts?|transactions?|payments?|contracts?|"
    r"knowledge|activities|business|involvement)\b)",
    re.IGNORECASE,
)
QUESTIONS_ELSEWHERE = re.compile(
    r"\b(?:questions?|topics?|matters)\b[^.]{0,80}\b(?:annex|annexed|attached|schedule|appendix|enclosed|below|following|listed)\b",
    re.IGNORECASE,
)
WITNESS_HEADINGS = ("questions", "questions to be put", "questions for the witness", "topics", "matters to be covered")


class WitnessDetails(Rule):
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

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        sought = facts.derived(assistance_sought)
        measures = sought.of_kind(AssistanceType.TESTIMONY)
        if not measures:
            return
        identified = any(_identifies_witness(facts, m) for m in measures)
        topics = any(_gives_topics(facts, m) for m in measures) or _questions_elsewhere(facts)
        missing = []
        if not identified:
            missing.append("who the witness is (name, or position at a named organisation) and where to find him or her")
        if not topics:
            missing.append("the questions or topics to be put to the witness")
        if not missing:
            return
        first = measures[0].evidence
        yield self.finding(
            "Testimony is sought but the request does not say " + " or ".join(missing) + ".",
            first.block,
            first.start,
            first.end,
            suggestion=(
                "Name each witness with an address or workplace, and list the matters to be covered, e.g. \"a "
                "statement from Ms A. B., manager at X Bank, 1 High Street, about who opened the account and who "
                "gave instructions on it\"."
            ),
        )


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


def _identifies_witness(facts: Analysis, measure: Measure) -> bool:
    tokens = _evidence_tokens(facts, measure)
    if any(t.ent_type_ == "PERSON" for t in tokens) or HONORIFIC_NAME.search(measure.evidence.text):
        return True
    if any(t.lemma_.lower() in ROLES for t in tokens) and any(t.ent_type_ == "ORG" or t.pos_ == "PROPN" for t in tokens):
        return True
    if any(t.lower_ in PRONOUNS for t in tokens) or any(t.lower_ == "witness" and any(c.lower_ == "the" for c in t.children) for t in tokens):
        return _named_witness_elsewhere(facts)
    if re.search(r"\b(?:witness(?:es)?|persons?)\s+(?:named|listed|identified|described)\b", measure.evidence.text, re.IGNORECASE):
        return True
    return False


def _named_witness_elsewhere(facts: Analysis) -> bool:
    """A witness named somewhere in the request ("The witness we need is Ms Dlamini", "Mr X is a witness")."""
    for sentence in facts.body_sentences():
        words = {t.lower_ for t in sentence.span}
        if words & {"witness", "witnesses"} and any(t.ent_type_ == "PERSON" for t in sentence.span):
            return True
    return False


def _gives_topics(facts: Analysis, measure: Measure) -> bool:
    return any(TOPIC_PHRASES.search(text) for text in _context(facts, measure))


def _questions_elsewhere(facts: Analysis) -> bool:
    if sections_about(facts, WITNESS_HEADINGS):
        return True
    return any(QUESTIONS_ELSEWHERE.search(s.text) for s in facts.body_sentences())
