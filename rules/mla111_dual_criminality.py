"""MLA111 dual-criminality: the request states that the conduct is also an offence in the requested state."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from mla_lint.analysis import Analysis, Sentence
from mla_lint.assistance import assistance_sought, heading_title
from mla_lint.countries import mentions_in
from mla_lint.elements import Evidence, RequiredElement
from mla_lint.findings import Finding, Severity
from mla_lint.language import is_negated
from mla_lint.model import BlockKind, Document
from mla_lint.parties import parties

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DC_HEADING_WORDS = ("dual criminality", "double criminality", "dual incrimination", "double incrimination",
                    "equivalent offence", "equivalent offences", "corresponding offence", "corresponding offences",
                    "equivalent offense", "equivalent offenses", "criminality")
OFFENCE_WORDS = frozenset({
    "offence", "offences", "offense", "offenses", "crime", "crimes", "criminal", "punishable", "illegal",
    "unlawful", "indictable", "felony", "felonies", "misdemeanour", "misdemeanor", "criminalise", "criminalize",
    "criminalised", "criminalized", "penalise", "penalize", "prohibit", "prohibited", "constitute", "amount",
    "contrary", "punish", "prosecutable", "criminally", "liable",
})
ALSO_WORDS = frozenset({"also", "equally", "likewise", "similarly", "same", "identical"})
AS_WELL = re.compile(r"\bas\s+well\b(?!\s+as\b)|\btoo\b", re.IGNORECASE)
YOUR_WORDS = frozenset({"your", "yours"})
REQUESTED_WORDS = frozenset({"requested"})
EQUIVALENT = frozenset({"equivalent", "corresponding", "analogous", "comparable", "counterpart", "similar"})
COUNTERFACTUAL_VERBS = frozenset({"commit", "occur", "happen", "take", "perpetrate", "carry"})
LAW_WORDS = frozenset({"law", "laws", "code", "act", "statute", "legislation", "ordinance", "jurisdiction", "u.s.c", "usc"})
NEGATIVE_CONTEXT = frozenset({"absence", "lack", "decline", "refuse", "refusal", "irrespective", "regardless"})
DUAL = frozenset({"dual", "double"})
FOREIGN_LAW = re.compile(
    r"\b(?:laws?|legislation|(?:penal|criminal)\s+code)\s+of\s+(?:the\s+)?[A-Z]"
    r"|\b(?:in|under)\s+(?:the\s+)?[A-Z][\w-]{0,40}(?:\s+[A-Z][\w-]{0,40})?\s+(?:law|legislation|Penal\s+Code|Criminal\s+Code|criminal\s+law)\b"
    r"|\b(?:in|within)\s+(?:the\s+)?[A-Z][\w-]{0,40}(?:\s+(?:and\s+)?[A-Z][\w-]{0,40}){0,2}\s*[,.]?\s*(?:$|namely|as\b|in\s+particular)"
)
CRIMINALITY = frozenset({"criminality", "incrimination"})
TREATY_CONTEXT = frozenset({
    "convention", "treaty", "agreement", "protocol", "scheme", "party", "parties", "signed", "ratified", "signatory",
    "signatories", "accession", "bound",
})


class DualCriminality(RequiredElement):
    """The request states that the conduct would also be an offence in the requested state.

    **What it checks.** That somewhere the request says the conduct is
    criminal under the law of the requested state too, however it is worded:
    "the conduct would constitute an offence under the law of Ruritania had it
    occurred there", "these offences are also criminal in your jurisdiction",
    "the conduct is punishable in both states", "dual criminality is
    satisfied", "the equivalent offence in England and Wales is fraud contrary
    to section 1 of the Fraud Act 2006", with or without a "Dual Criminality"
    heading. A heading with nothing under it, or a quotation of the treaty's
    refusal ground ("assistance may be declined in the absence of dual
    criminality"), is not a statement. The finding is an **error** when the
    request seeks coercive measures (bank records, search and seizure,
    production orders, freezing or confiscation, communications data,
    interception, compelled testimony) and a **warning** otherwise (service of
    documents, a voluntary witness statement, public or registry records, a
    temporary transfer).

    **Why it matters.** Dual criminality is one of the most frequent grounds
    for refusal. Under UNCAC the requested state may refuse coercive
    assistance when the conduct is not an offence under its own law, and
    under UNTOC any assistance; common-law states (the UK for search warrants
    and production orders, the US for search warrants) need to see the
    equivalent domestic offence before a court will grant the order. Stating
    the equivalent offence saves the requested state the analysis and a round
    of correspondence.

    **Source.** UNTOC Art. 18(9); UNCAC Art. 46(9)(b) ("a requested State
    Party shall ... render assistance that does not involve coercive
    action"); European Convention on Mutual Assistance 1959 Art. 5(1)(a);
    UK Crime (International Co-operation) Act 2003 s 16; EIO Directive
    2014/41/EU Art. 11(1)(g).

    **Bad.** A request for bank records and a search that names the offences
    under the requesting state's code and never mentions the requested
    state's law.

    **Good.** "The conduct described would, if it had occurred in England and
    Wales, constitute fraud by false representation contrary to sections 1
    and 2 of the Fraud Act 2006."
    """

    code = "MLA111"
    name = "dual-criminality"
    severity = Severity.ERROR
    source = "UNTOC Art. 18(9); UNCAC Art. 46(9)(b); ECMA Art. 5(1)(a)"
    heading_phrases = DC_HEADING_WORDS
    missing = (
        "No dual criminality statement: the request never says that the conduct would also be an offence under "
        "the law of the requested state."
    )
    add = (
        "Add a paragraph naming the equivalent offence in the requested state, e.g. \"The conduct described would, "
        "if it had occurred in [requested state], constitute [offence] contrary to [statute and section].\""
    )

    def find(self, facts: Analysis) -> Evidence | None:
        return facts.derived(find_dual_criminality)

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        if self.find(facts) is not None:
            return
        sought = facts.derived(assistance_sought)
        coercive = sought.coercive_measures
        if coercive:
            kinds = ", ".join(sorted({_describe(m.kind.value) for m in coercive}))
            message = (
                f"{self.missing} The request seeks coercive measures ({kinds}), which the requested state may "
                "refuse without it."
            )
            yield self.missing_finding(facts, message)
        else:
            message = (
                f"{self.missing} The measures sought are not coercive, but under UNTOC Art. 18(9) assistance may "
                "still be refused for want of dual criminality."
            )
            yield replace(self.missing_finding(facts, message), severity=Severity.WARNING)


def _describe(kind: str) -> str:
    return {"testimony": "compelled testimony"}.get(kind, kind.replace("-", " "))


def find_dual_criminality(facts: Analysis) -> Evidence | None:
    """The sentence stating dual criminality, or None (use as ``facts.derived(find_dual_criminality)``)."""
    for section in facts.sections:
        if section.heading is not None and _is_dc_heading(section.heading.text):
            for block in section.blocks:
                for sentence in facts.sentences_in(block):
                    if _states_offence(sentence.span) and not _refusal_ground(sentence.span):
                        return Evidence.of_sentence(sentence)
    states: States | None = None
    for sentence in facts.body_sentences():
        if sentence.block.kind is BlockKind.HEADING or not any(t.pos_ in {"VERB", "AUX"} for t in sentence.span):
            continue
        if not _states_offence(sentence.span) and not (_words(sentence.span) & DUAL):
            continue
        states = facts.derived(states_of) if states is None else states
        named = _named_states(facts, sentence)
        if named and not named & states.requested and named <= states.requesting:
            continue  # "would be punishable under Nigerian law" said by Nigeria of its own law
        if _is_dual_criminality_statement(sentence.span):
            return Evidence.of_sentence(sentence)
        if named & states.requested and _offence_predicate(sentence.span) and not _refusal_ground(sentence.span):
            return Evidence.of_sentence(sentence)  # "Same acts are crimes in Ukraine (art. 191 ...)"
    return None


@dataclass(frozen=True)
class States:
    """ISO codes of the state(s) the request is addressed to, and of the state(s) it comes from."""

    requested: frozenset[str]
    requesting: frozenset[str]


def states_of(facts: Analysis) -> States:
    """Who asks whom: the addressee lines ("To: Ministry of Justice of Ukraine") and the letterhead or "From:" line,
    completed by `mla_lint.parties` (use as ``facts.derived(states_of)``)."""
    blocks = [b for b in facts.document.blocks if b.kind.is_body]
    sender: set[str] = set()
    addressee: set[str] = set()
    for position, block in enumerate(blocks[:6]):
        mentions = mentions_in(facts, block)
        offset = 0
        for line in block.text.split("\n"):
            found = {m.alpha2 for m in mentions if offset <= m.start < offset + len(line) + 1}
            offset += len(line) + 1
            if re.match(r"(?i)\s*(?:to|addressee|attn|attention)\b", line):
                addressee |= found
            elif re.match(r"(?i)\s*from\b", line) or position == 0:
                sender |= found
            elif 0 < position <= 4 and ADDRESSEE_START.match(block.text):
                addressee |= found
    known = facts.derived(parties)  # completes the letter's own lines, which decide when they disagree
    if known.requested_state and known.requested_state not in sender:
        addressee.add(known.requested_state)
    if known.requesting_state and known.requesting_state not in addressee:
        sender.add(known.requesting_state)
    return States(frozenset(addressee - sender), frozenset(sender - addressee))


ADDRESSEE_START = re.compile(
    r"(?i)\s*(?:the\s+)?(?:central|competent)|\s*central\s+authority|\s*ministry|\s*department|\s*office\s+of|"
    r"\s*(?:the\s+)?(?:hon\.?\s+)?attorney|\s*federal\s+office|\s*the\s+director"
)


def _named_states(facts: Analysis, sentence: Sentence) -> frozenset[str]:
    return frozenset(
        m.alpha2 for m in mentions_in(facts, sentence.block) if sentence.start <= m.start and m.end <= sentence.end
    )


def _is_dc_heading(text: str) -> bool:
    title = heading_title(text)
    if len(title.split()) > 8:
        return False
    return any(phrase in title for phrase in DC_HEADING_WORDS)


def _words(span: Iterable[Token]) -> set[str]:
    out: set[str] = set()
    for t in span:
        out.add(t.lower_)
        out.add(t.lemma_.lower())
    return out


def _states_offence(sent: Span) -> bool:
    """Under a dual-criminality heading: a sentence that says something about offences or the law."""
    words = _words(sent)
    if words & (OFFENCE_WORDS | LAW_WORDS | {"section", "article", "satisfied", "met", "fulfilled", "criminality"}):
        return not _negated_offence(sent)
    return False


PREDICATE_NOUNS = frozenset({"offence", "offense", "crime", "felony", "misdemeanour", "misdemeanor", "punishable", "criminal", "illegal", "unlawful", "indictable"})
PREDICATE_VERBS = frozenset({"constitute", "amount", "correspond", "punish", "criminalise", "criminalize", "penalise", "penalize", "prohibit", "fall"})


def _offence_predicate(sent: Span) -> bool:
    """The conduct is said to be an offence: "are crimes in X", "is punishable under", "constitutes fraud under"."""
    for t in sent:
        lemma = t.lemma_.lower()
        if lemma in PREDICATE_NOUNS and t.dep_ in {"attr", "acomp", "dobj", "oprd", "ROOT"} and not is_negated(t):
            return True
        if lemma in PREDICATE_VERBS and not is_negated(t) and (
            t.pos_ in {"VERB", "AUX"} or not any(c.dep_ in {"det", "poss", "nummod"} for c in t.children)
        ):
            return True  # "would ... amount to fraud", even when the tagger reads "amount" as a noun
    return False


def _refusal_ground(sent: Span) -> bool:
    return bool(_words(sent) & NEGATIVE_CONTEXT)


def _negated_offence(sent: Span) -> bool:
    """"The conduct is not an offence in Ruritania"."""
    for t in sent:
        if t.lemma_.lower() in OFFENCE_WORDS and t.pos_ in {"NOUN", "ADJ", "VERB"}:
            head = t.head if t.dep_ in {"attr", "acomp", "dobj", "pobj"} else t
            if is_negated(head) or is_negated(t) or any(c.lower_ == "no" for c in t.children):
                return True
    return False


def _is_dual_criminality_statement(sent: Span) -> bool:
    """A sentence that says the conduct is criminal in the requested state too."""
    words = _words(sent)
    if _refusal_ground(sent):
        return False
    if words & DUAL and words & CRIMINALITY:
        # "dual criminality is satisfied / the requirement of double criminality is met"
        return not any(is_negated(t) for t in sent if t.lemma_.lower() in {"satisfy", "meet", "fulfil", "fulfill", "exist", "apply"})
    offence = [t for t in sent if t.lemma_.lower() in OFFENCE_WORDS or t.lower_ in OFFENCE_WORDS]
    if not offence or _negated_offence(sent):
        return False
    if words & EQUIVALENT and words & {"offence", "offences", "offense", "offenses", "crime", "crimes", "provision", "provisions"}:
        return _foreign_reference(sent) or words & LAW_WORDS != set()
    treaty_context = bool(words & TREATY_CONTEXT)
    conduct_nouns = bool(words & {"offence", "offences", "offense", "offenses", "crime", "crimes", "conduct", "acts", "facts"})
    if not treaty_context and conduct_nouns and words & {"both"} and words & {"states", "countries", "jurisdictions"}:
        return True  # "the offences are recognised in both jurisdictions"
    if not treaty_context and conduct_nouns and words & YOUR_WORDS and words & {"jurisdiction", "country", "law", "laws", "legislation"}:
        return True  # "these offences also exist in your legislation"
    if not _offence_predicate(sent):
        return False  # "Convention against Transnational Organized Crime, to which both countries are parties"
    if words & YOUR_WORDS and words & {"jurisdiction", "country", "state", "law", "laws", "legislation", "territory", "code"}:
        return True
    if "requested" in words and words & {"state", "party", "country", "jurisdiction"} and _requested_state_law(sent):
        return True
    if "both" in words and words & {"state", "states", "country", "countries", "jurisdiction", "jurisdictions", "parties"}:
        return True
    if words & EQUIVALENT and words & {"offence", "offences", "offense", "offenses", "crime", "crimes", "provision", "provisions"}:
        return _foreign_reference(sent) or words & LAW_WORDS != set()
    modal = any(t.lower_ in {"would", "could"} for t in sent)
    also = bool(words & ALSO_WORDS) or bool(AS_WELL.search(sent.text))
    counterfactual = _counterfactual(sent)
    foreign = _foreign_reference(sent)
    if counterfactual and (modal or also):
        return True
    return bool((modal or also) and foreign)


def _requested_state_law(sent: Span) -> bool:
    """"under the law of the Requested State", "in the requested country" (not "the requested records")."""
    for t in sent:
        if t.lower_ == "requested" and t.head.lemma_.lower() in {"state", "party", "country", "jurisdiction"}:
            return True
    return False


def _counterfactual(sent: Span) -> bool:
    """"if committed in X", "had it occurred there", "had these events taken place in South Africa"."""
    for t in sent:
        lemma = t.lemma_.lower()
        if lemma not in COUNTERFACTUAL_VERBS:
            continue
        if lemma in {"take", "carry"} and not any(c.lower_ in {"place", "out"} for c in t.children):
            continue
        marks = {c.lower_ for c in t.children if c.dep_ in {"mark", "aux", "advmod"}}
        hypothetical = "if" in marks or "had" in marks or t.doc[max(t.i - 3, t.sent.start) : t.i].text.lower().startswith(("had", "if"))
        if hypothetical and any(c.lower_ in {"in", "there", "within"} for c in t.subtree):
            return True
    return False


def _foreign_reference(sent: Span) -> bool:
    """A state or its law named as the frame of the offence: "under Singapore law", "in Kenya", "Portuguese Penal Code"."""
    for ent in sent.ents:
        if ent.label_ not in {"GPE", "NORP", "LAW", "ORG"}:
            continue
        if ent.label_ == "ORG" and not any(t.lower_ in {"code", "act", "law"} for t in ent):
            continue
        before = sent.doc[max(sent.start, ent.start - 4) : ent.start]
        after = sent.doc[ent.end : min(sent.end, ent.end + 3)]
        context = {t.lower_ for t in before} | {t.lower_ for t in after}
        if context & {"in", "of", "under", "by", "law", "laws", "code", "act", "legislation"}:
            return True
    if FOREIGN_LAW.search(sent.text):
        return True
    return bool(_words(sent) & {"u.s.c.", "u.s.c", "usc"})
