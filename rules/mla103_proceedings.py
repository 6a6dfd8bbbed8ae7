"""MLA103 proceedings: the investigation or prosecution is described, with the authority conducting it."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from mla_lint.analysis import Analysis
from mla_lint.elements import Evidence, RequiredElement
from mla_lint.findings import Severity
from mla_lint.language import has_negation
from mla_lint.passages import all_clauses, is_letter_frame, under_heading

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# -- the rule ---------------------------------------------------------------

PROCEEDING_NOUNS = frozenset({
    "investigation", "investigations", "prosecution", "proceeding", "proceedings", "case", "inquiry", "enquiry",
    "trial", "probe", "operation", "charge", "indictment", "complaint", "fir", "dossier", "cases",
    "prosecutions",
})
PROCEEDING_VERBS = frozenset({
    "investigate", "prosecute", "probe", "try", "indict", "charge", "inquire", "enquire",
})
ACT_VERBS = frozenset({"act", "sit", "work", "preside", "proceed", "serve"})
CONDUCT_VERBS = frozenset({
    "conduct", "carry", "direct", "lead", "handle", "supervise", "run", "pursue", "open", "register", "institute",
    "initiate", "start", "commence", "make", "undertake", "oversee", "manage", "bring", "file", "hear", "launch",
    "coordinate", "perform", "do", "pend", "proceed", "continue",
}) | PROCEEDING_VERBS | ACT_VERBS
AUTHORITY_NOUNS = frozenset({
    "police", "prosecutor", "prosecutors", "agency", "office", "bureau", "commission", "court", "tribunal", "service",
    "directorate", "ministry", "department", "unit", "division", "authority", "magistrate", "judge", "officer",
    "officers", "investigator", "investigators", "detective", "inspector", "procurator", "procuracy", "constabulary",
    "gendarmerie", "command", "centre", "center", "chamber", "chambers", "parquet", "team", "squad", "branch",
    "attorney", "counsel", "ombudsman", "commissioner", "cell", "wing", "circle", "sandiganbayan", "administration",
    "force", "guard", "council", "inspectorate", "prosecution", "judiciary", "juge", "crown", "state", "republic",
    "government", "people", "fbi", "dea", "we", "i", "us",
})
COURT_NOUNS = frozenset({"court", "tribunal", "magistrate", "judge", "sandiganbayan", "bench", "chamber", "juge"})
PENDING = frozenset({"pending", "pend", "under", "before", "ongoing"})
HEADINGS = (
    "proceedings", "proceeding", "investigation", "investigations", "prosecution", "subject matter",
    "nature of the investigation", "criminal proceedings", "the case", "case", "criminal case", "background",
    "stage of proceedings", "status of the case", "investigating authority", "authority conducting",
)


class Proceedings(RequiredElement):
    """The request describes the investigation or prosecution and names the authority conducting it.

    **What it checks.** That the request says what criminal matter the
    assistance is for, and who is handling it: an investigation, prosecution
    or trial tied to the police force, prosecution office, agency or court
    that conducts it ("The investigation is conducted by the FIA", "Officers
    of the SFO are investigating", "Proceedings are pending before the
    Regional Court of Munich", "Case No. 123 is under investigation by the
    Anti-Corruption Bureau", "the EFCC, which is investigating the
    offences"). A heading "Proceedings" with nothing under it, or a mention
    of "the proceedings" that names no authority, is not enough.

    **Why it matters.** The requested state must know what kind of matter it
    is helping (a police investigation, a pending trial, confiscation
    proceedings) and whom to deal with; a request that does not say so can be
    refused as not made in conformity with the convention.

    **Source.** UNTOC Art. 18(15)(b) and UNCAC Art. 46(15)(b) ("the subject
    matter and nature of the investigation, prosecution or judicial
    proceeding to which the request relates and the name and functions of the
    authority conducting the investigation, prosecution or judicial
    proceeding"); Mauritius Mutual Assistance in Criminal and Related Matters
    Act 2003 s 4(3)(b)-(c).

    **Bad.** "We request your assistance in our case against Mr Khan."

    **Good.** "The case is investigated by the Federal Investigation Agency
    (FIA), Lahore, under FIR No. 27/2023 registered on 9 March 2023; the
    investigation is at the stage of tracing the proceeds and no one has yet
    been charged."
    """

    code = "MLA103"
    name = "proceedings"
    severity = Severity.ERROR
    source = "UNTOC Art. 18(15)(b); UNCAC Art. 46(15)(b)"
    heading_phrases: ClassVar[tuple[str, ...]] = HEADINGS
    missing = (
        "The investigation or prosecution is not described together with the authority conducting it "
        "(what the case is about, its stage, and which police, prosecution office or court has it)."
    )
    add = (
        "Add a paragraph such as: \"The investigation (case No. ...) is conducted by the [agency] under the "
        "direction of the [prosecution office]; it concerns [offences] and is at the stage of [tracing the "
        "proceeds / trial before the ... Court].\""
    )

    def find(self, facts: Analysis) -> Evidence | None:
        return find_proceedings(facts)


def find_proceedings(facts: Analysis) -> Evidence | None:
    """The sentence that ties the investigation/prosecution to an authority, or None."""
    for block, span in all_clauses(facts):
        if is_letter_frame(block.text):
            continue  # a letterhead or address block: its lines parse as one run-on phrase
        if any(_links_proceeding_to_authority(token) for token in span):
            return Evidence.of_span(block, span)
        if under_heading(facts, block, HEADINGS) and _mentions_proceeding(span) and _mentions_authority(span):
            return Evidence.of_span(block, span)
        if _cooccurrence(span) or _before_court(span):
            return Evidence.of_span(block, span)
    return None


COURT_VERBS = frozenset({
    "appear", "plead", "stand", "charge", "try", "accuse", "indict", "file", "institute", "bring", "commit", "send",
    "arraign", "remand", "pend", "lodge", "prosecute", "convict",
})


def _before_court(span: Span) -> bool:
    """Proceedings pending before a named court: "proceedings have been instituted ... in the Magistrates' Court",
    "Mr X is on trial before the Lagos High Court", "an indictment was filed with the District Court"."""
    for token in span:
        if token.dep_ != "prep" or token.lower_ not in {"before", "in", "with", "at"}:
            continue
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if not any(_lemma(t) in COURT_NOUNS for o in objects for t in o.subtree):
            continue
        if token.lower_ != "before" and not any(t.text[:1].isupper() for o in objects for t in o.subtree if _lemma(t) in COURT_NOUNS):
            continue  # "in court" (generic) is not a named court
        head = token.head
        if head.pos_ in {"PROPN", "PRON"}:  # "instituted against Mr X in the Magistrates' Court"
            head = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), head)
        if _lemma(head) in COURT_VERBS and not has_negation(head):
            return True
        if any(_is_proceeding_word(t) and t.pos_ in {"NOUN", "PROPN"} for t in span) and (
            head.pos_ in {"VERB", "AUX", "NOUN"} and _lemma(head) not in {"use", "produce", "tender", "submit", "serve", "present", "offer", "adduce", "admit"}
        ):
            return _lemma(head) in COURT_VERBS | CONDUCT_VERBS | {"be"} or _is_proceeding_word(head)
    return False


FALLBACK_VERBS = frozenset({
    "investigate", "prosecute", "register", "conduct", "open", "institute", "initiate", "direct", "lead", "charge",
    "handle", "pursue", "commence", "start", "lodge", "indict", "try",
})


def _cooccurrence(span: Span) -> bool:
    """When the parse of a long legal sentence fails ("Whereas the CBI has registered case RC 12 ... and the said
    case is under investigation"): a named authority, a verb of conducting proceedings and a proceeding noun in
    one clause, the authority before the verb."""
    if len(span) > 80:
        return False
    verbs = [t for t in span if _lemma(t) in FALLBACK_VERBS and t.tag_.startswith("VB") and not has_negation(t)]
    if not verbs or not any(
        _is_proceeding_word(t) and t.pos_ in {"NOUN", "PROPN"} and t.i != verbs[0].i and abs(t.i - verbs[0].i) <= 8
        for t in span
    ):
        return False
    return any(
        (t.ent_type_ == "ORG" or (t.pos_ == "PROPN" and t.is_upper and len(t.text) >= 2)) and t.i < verbs[0].i
        for t in span
    )


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def is_authority(token: Token) -> bool:
    """A word naming an authority: an organisation entity or a noun like police, prosecutor, court, agency."""
    if token.ent_type_ == "ORG":
        return True
    lemma = _lemma(token)
    if lemma in AUTHORITY_NOUNS or token.lower_ in AUTHORITY_NOUNS:
        return True
    if token.pos_ == "PROPN" and token.is_upper and len(token.text) >= 2:
        return True  # an acronym of an agency ("FIA", "ZIT")
    return False


def _authority_in(token: Token) -> bool:
    """``token`` or its noun phrase names an authority (resolving "which"/"who" to the antecedent)."""
    if token.lower_ in {"which", "who", "that"} and token.head.dep_ == "relcl":
        token = token.head.head
    phrase = [t for t in token.subtree if t.dep_ not in {"relcl", "acl"} and not any(a.dep_ in {"relcl", "acl"} for a in t.ancestors if a in token.subtree and a is not token)]
    return any(is_authority(t) for t in phrase[:12]) or is_authority(token)


def _is_proceeding_word(token: Token) -> bool:
    """A proceeding noun or verb; for a noun phrase also its compounds ("investigation No. 123")."""
    lemma = _lemma(token)
    if lemma in PROCEEDING_NOUNS or lemma in PROCEEDING_VERBS or token.lower_ in PROCEEDING_NOUNS:
        return True
    return any(
        c.dep_ in {"compound", "nmod"} and (_lemma(c) in PROCEEDING_NOUNS or c.lower_ in PROCEEDING_NOUNS or _is_proceeding_word(c))
        for c in token.children
    )


def _subject_is_proceeding(token: Token) -> bool:
    """"The investigation", "Criminal case No. 123" (the parse may hang the number on "No.")."""
    return _is_proceeding_word(token) or any(
        _is_proceeding_word(t) for t in token.subtree if t.i < token.i + 4 and t.pos_ == "NOUN"
    )


def _general_function(verb: Token) -> bool:
    """"the authority that investigates and prosecutes serious fraud": simple present in a relative clause."""
    if verb.tag_ not in {"VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    node = verb
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    return node.dep_ in {"relcl", "acl"}


def _generic_object(noun: Token) -> bool:
    """"the investigation and prosecution of serious internet crime": a kind of crime, not this case."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects and all(
                o.pos_ == "NOUN" and not any(d.dep_ in {"det", "poss", "nummod"} for d in o.children) for o in objects
            ):
                return True
    if noun.dep_ == "conj":
        return _generic_object(noun.head)
    return False


def _subjects(verb: Token, depth: int = 0) -> list[Token]:
    """The verb's subject, or the one it shares with the verb it is coordinated with or modifies."""
    own = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
    if own or depth > 3:
        return own
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return _subjects(verb.head, depth + 1)
    if verb.dep_ in {"advcl", "acl"} and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return [verb.head]
    return []


def _links_proceeding_to_authority(token: Token) -> bool:
    lemma = _lemma(token)
    if token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB"):
        if lemma not in CONDUCT_VERBS or has_negation(token):
            return False
        children = list(token.children)
        subjects = _subjects(token)
        passive_subjects = [c for c in children if c.dep_ in {"nsubjpass", "npadvmod"} and c.i < token.i]
        objects = [c for c in children if c.dep_ in {"dobj", "obj", "attr"}]
        agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        befores = [g for c in children if c.dep_ == "prep" and c.lower_ in {"before", "in"} for g in c.children if g.dep_ == "pobj"]
        # "AUTH investigates / is prosecuting": the verb is itself a proceeding (not "the authority that
        # investigates serious fraud", a statement of its general functions).
        if lemma in PROCEEDING_VERBS and not _general_function(token):
            if any(_authority_in(s) for s in subjects) or any(_authority_in(a) for a in agents):
                return True
            if any(_lemma(b) in COURT_NOUNS or b.ent_type_ == "ORG" for b in befores):
                return True  # "charged/tried before the Regional Court"
        # "AUTH conducts an investigation", "the case is conducted/opened by AUTH".
        proceeding_objects = [o for o in objects if _is_proceeding_word(o)]
        if proceeding_objects and any(_authority_in(s) for s in subjects):
            return True
        if any(_subject_is_proceeding(s) for s in passive_subjects + subjects) and any(_authority_in(a) for a in agents):
            return True
        # "the investigating judge, acting in the judicial investigation opened on ..."
        if lemma in ACT_VERBS:
            ins = [g for c in children if c.dep_ == "prep" and c.lower_ in {"in", "on", "into", "within"} for g in c.children if g.dep_ == "pobj"]
            if any(_is_proceeding_word(g) for g in ins) and (
                any(_authority_in(s) for s in subjects) or (token.dep_ in {"acl", "relcl", "advcl"} and _authority_in(token.head))
            ):
                return True
        if lemma in {"pend", "proceed", "continue"} and any(_is_proceeding_word(s) for s in subjects) and any(
            _authority_in(b) for b in befores
        ):
            return True
        return False
    if _is_proceeding_word(token) and token.pos_ in {"NOUN", "PROPN"} and _in_charge_of(token) and not _generic_object(token):
        return True  # "the Federal Public Prosecutor, in charge of investigation file No. 871/2023"
    if _is_proceeding_word(token) and token.pos_ in {"NOUN", "PROPN"} and _owned_by_authority(token):
        return True  # "The EFCC requests the assistance of the United Kingdom in its investigation of ..."
    if _is_proceeding_word(token) and token.pos_ in {"NOUN", "PROPN"}:
        # "investigation by AUTH", "investigation conducted by AUTH", "proceedings (pending) before the Court"
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in {"by", "before"}:
                if any(_authority_in(g) for g in child.children if g.dep_ == "pobj"):
                    return True
            if child.dep_ in {"acl", "amod"} and _lemma(child) in CONDUCT_VERBS | {"pending"}:
                for grand in child.children:
                    if grand.dep_ in {"agent", "prep"} and grand.lower_ in {"by", "before"}:
                        if any(_authority_in(g) for g in grand.children if g.dep_ == "pobj"):
                            return True
        # "is under investigation by AUTH": "investigation" as object of "under"
        if token.head.lower_ == "under":
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "by" and any(
                    _authority_in(g) for g in child.children if g.dep_ == "pobj"
                ):
                    return True
        # "the proceedings are pending before the Court", with "pending" as adjective complement
        if token.dep_ in {"nsubj", "nsubjpass"}:
            head = token.head
            for child in head.children:
                if child.dep_ in {"acomp", "prep", "advmod"} and child.lower_ in PENDING:
                    pobjs = [g for g in child.subtree if g.dep_ == "pobj"]
                    if any(_lemma(p) in COURT_NOUNS or _authority_in(p) for p in pobjs):
                        return True
    return False


def _owned_by_authority(token: Token) -> bool:
    """"its/their investigation" where the clause's subject, whose the proceeding is, names an authority.
    ("our case" names no one: "we request assistance in our case", "any support your office can give to our
    enquiries".)"""
    if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in token.children):
        return False
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and any(
        s.lower_ not in {"we", "i", "us", "they", "it"} and _authority_in(s) for s in _subjects(verb)
    )


CHARGE_WORDS = frozenset({"charge", "conduct", "responsible", "responsibility", "carriage", "control", "direction",
                          "supervision", "command", "lead", "head", "competent"})


def _in_charge_of(token: Token) -> bool:
    """An authority "in charge of / responsible for / with conduct of" the proceeding."""
    if token.dep_ != "pobj" or token.head.lower_ not in {"of", "for"}:
        return False
    if not any(c.dep_ in {"det", "poss", "nummod", "compound", "appos"} for c in token.children) and not any(
        c.dep_ in {"compound", "nmod"} for c in token.head.children
    ) and token.lower_ not in {"no", "number"}:
        return False  # a title ("Vice-President in charge of investigation"), not this case
    governor = token.head.head
    if governor.lemma_.lower() not in CHARGE_WORDS:
        return False
    for candidate in [governor, *list(governor.ancestors)[:3]]:
        if candidate is governor:
            continue
        if candidate.pos_ in {"NOUN", "PROPN"}:
            return _authority_in(candidate)
        if candidate.pos_ in {"VERB", "AUX"}:
            subjects = [c for c in candidate.children if c.dep_ in {"nsubj", "nsubjpass"}]
            return any(_authority_in(s) for s in subjects)
    return False


def _mentions_proceeding(span: Span) -> bool:
    return any(_is_proceeding_word(t) and not (t.is_title and t.i != span.start) for t in span)


def _mentions_authority(span: Span) -> bool:
    return any(t.ent_type_ == "ORG" or (t.pos_ == "PROPN" and t.is_upper and len(t.text) >= 2) for t in span) or any(
        _lemma(t) in AUTHORITY_NOUNS - {"we", "i", "us", "state", "republic", "people", "crown"} for t in span
    )
