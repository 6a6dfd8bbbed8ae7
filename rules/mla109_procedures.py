"""MLA109 procedures: when evidence is sought for court, the request says in what form it is needed."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from mla_lint.analysis import Analysis
from mla_lint.assistance import assistance_sought, heading_title
from mla_lint.elements import Evidence, RequiredElement
from mla_lint.findings import Severity
from mla_lint.language import has_request_frame

if TYPE_CHECKING:
    from spacy.tokens import Span

HEADING_WORDS = frozenset({
    "procedure", "procedures", "procedural", "formalities", "formality", "certification", "authentication",
    "admissibility", "form", "manner", "requirements", "execution",
})
NOT_PROCEDURE_HEADINGS = frozenset({"confidentiality", "urgency", "use", "purpose", "contact", "criminality", "facts"})
PROCEDURE_LEMMAS = frozenset({
    "certify", "certified", "certificate", "certification", "authenticate", "authenticated", "authentication",
    "authenticity", "apostille", "legalise", "legalize", "legalised", "legalized", "legalisation", "legalization",
    "notarise", "notarize", "notarised", "notarized", "notarial", "attest", "attested", "attestation", "oath",
    "sworn", "swear", "affirmation", "affirm", "affidavit", "deposition", "verbatim", "exhibit", "exhibited",
    "videoconference", "video-link", "videolink", "teleconference", "admissible", "admissibility", "seal",
    "stamp", "signature", "chain", "custody", "original", "originals", "format", "machine-readable", "caution",
    "cautioned", "transcript", "transcribe", "interpreter", "sealed", "inventory",
})
PRESENCE = frozenset({"presence", "attend", "attendance", "present", "participate", "participation"})
OFFICIALS = frozenset({
    "officer", "officers", "official", "officials", "prosecutor", "prosecutors", "investigator", "investigators",
    "counsel", "lawyer", "lawyers", "judge", "representative", "representatives", "defence", "defense", "police",
    "magistrate",
})
NO_FORMALITY = re.compile(
    r"\bno\s+(?:particular|special|specific|further|other|additional)?\s*(?:formalit(?:y|ies)|procedures?|requirements?|certification)\b"
    r"|\b(?:not|no)\s+(?:require|need)\w*\s+(?:any\s+)?(?:particular|special|specific)\s+(?:form|formalit|procedure|certification)"
    r"|\bcertification\s+is\s+not\s+(?:necessary|required|needed)"
    r"|\bin\s+accordance\s+with\s+(?:the\s+)?(?:law|laws|procedures?|practice)\s+of\s+the\s+requested",
    re.IGNORECASE,
)
FORM_PHRASES = re.compile(
    r"\b(?:true\s+cop(?:y|ies)|in\s+the\s+form\s+of|signed\s+by|sign(?:ed)?\s+(?:on\s+)?each\s+page|word\s+for\s+word|"
    r"read\s+(?:it\s+)?back|video[\s-]?(?:link|conference)|statutory\s+declaration|section\s+9\b|business\s+records?\s+certificate|"
    r"custodian\s+of\s+records|in\s+writing|recorded\s+(?:on\s+)?(?:audio|video|tape)|electronic(?:ally)?\s+(?:form|format|cop(?:y|ies))|"
    r"native\s+format|informed\s+of\s+(?:his|her|their)\s+rights|right\s+not\s+to\s+incriminate)",
    re.IGNORECASE,
)


class Procedures(RequiredElement):
    """When testimony or records are sought as evidence, the request states the procedure or form it needs.

    **What it checks.** Applies when the request seeks testimony or records
    and documents (bank, company, communications or other records) for use as
    evidence, and not, say, to a request that only asks for service of
    documents or a freeze. It then looks for a statement of the form the
    evidence must take for a court of the requesting state: certified or true
    copies, a certificate of authenticity or business-records certificate,
    an affidavit, evidence on oath, a statement in a given form signed on each
    page, the presence of the requesting state's officials or defence counsel,
    a video link, a verbatim record, or an express statement that no
    particular formality is needed. A "Procedures" heading with nothing under
    it does not count.

    **Why it matters.** The requested state executes a request under its own
    law and follows the requesting state's procedures only "where possible"
    and only if they are stated. Evidence taken in the wrong form (an
    unsworn statement, uncertified bank copies) may be inadmissible at trial,
    and going back for it costs months.

    **Source.** UNTOC Art. 18(15)(d) and (17), UNCAC Art. 46(15)(d) and (17)
    ("details of any particular procedure that the requesting State Party
    wishes to be followed"); UN Model Treaty Art. 5(1)(e); Hong Kong MLA in
    Criminal Matters Ordinance s 8(2)(d).

    **Bad.** A request for bank statements and a witness interview that never
    says whether the copies must be certified or the statement sworn.

    **Good.** "The bank records should be certified by an officer of the bank
    as true copies of records kept in the ordinary course of business; the
    witness statement should be signed on each page and made under oath."
    """

    code = "MLA109"
    name = "procedures"
    severity = Severity.WARNING
    source = "UNTOC Art. 18(15)(d), 18(17); UNCAC Art. 46(15)(d), 46(17)"
    heading_phrases: ClassVar[tuple[str, ...]] = (
        "procedure", "procedures", "formalities", "certification", "authentication", "form of evidence",
        "form of the evidence", "manner of execution", "special procedures", "admissibility",
    )
    missing = (
        "Testimony or records are sought as evidence, but the request does not say in what form they are needed "
        "(certified copies, a certificate of authenticity, evidence on oath, a signed statement, officials present, "
        "video link)."
    )
    add = (
        "Add a paragraph on procedure, e.g. \"The bank records should be certified by an officer of the bank as true "
        "copies of records kept in the ordinary course of business, and the witness statement signed on each page "
        "under a declaration of truth.\""
    )
    not_applicable = "no testimony or records are sought as evidence"

    def applies(self, facts: Analysis) -> bool:
        return facts.derived(assistance_sought).seeks_evidence_for_court

    def find(self, facts: Analysis) -> Evidence | None:
        return facts.derived(find_procedure)


def find_procedure(facts: Analysis) -> Evidence | None:
    """The sentence stating a procedure or form for the evidence, or None."""
    for section in facts.sections:
        if section.heading is not None and _is_procedure_heading(section.heading.text):
            for block in section.blocks:
                for sentence in facts.sentences_in(block):
                    if len([t for t in sentence.span if t.is_alpha]) >= 3:
                        return Evidence.of_sentence(sentence)
    requests = {(e.block.index, e.start, e.end) for e in facts.derived(assistance_sought).requests}
    for sentence in facts.body_sentences():
        if NO_FORMALITY.search(sentence.text):
            return Evidence.of_sentence(sentence)
        if not _mentions_procedure(sentence.span):
            continue
        in_request = any(i == sentence.block.index and s <= sentence.end and sentence.start <= e for i, s, e in requests)
        if in_request or has_request_frame(sentence.span) or _passive_requirement(sentence.span):
            return Evidence.of_sentence(sentence)
    return None


def _is_procedure_heading(text: str) -> bool:
    words = set(re.findall(r"[a-z]+", heading_title(text)))
    return bool(words & HEADING_WORDS) and not words & NOT_PROCEDURE_HEADINGS and len(words) <= 8


def _mentions_procedure(sent: Span) -> bool:
    lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    if lemmas & PROCEDURE_LEMMAS:
        return True
    if lemmas & PRESENCE and lemmas & OFFICIALS:
        return True
    return bool(FORM_PHRASES.search(sent.text))


def _passive_requirement(sent: Span) -> bool:
    """"Copies are to be certified", "the statement is required to be sworn"."""
    text = sent.text.lower()
    return bool(re.search(r"\b(?:is|are)\s+(?:to\s+be|required|needed)\b", text))
