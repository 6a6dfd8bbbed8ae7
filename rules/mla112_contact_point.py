"""MLA112 contact-point: a named officer with a telephone number or email address."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from mla_lint.analysis import Analysis
from mla_lint.elements import Evidence, RequiredElement
from mla_lint.findings import Severity
from mla_lint.model import Block, BlockKind
from mla_lint.passages import under_heading

if TYPE_CHECKING:
    from spacy.tokens import Doc

EMAIL = re.compile(r"\b[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\b")
PHONE_LABEL = r"(?:tel(?:ephone|\.)?|phone|ph\.?|mobile|mob\.?|cell(?:phone)?|fax|t|m|direct(?:\s+line)?|landline|whatsapp|office)"
PHONE = re.compile(
    rf"(?:\+|(?<!\d )(?<![A-Z]\d\d )\b00)\d[\d\s().\-/]{{5,}}\d"
    rf"|(?<![\w/-])\(0\d{{1,4}}\)[\d\s.\-]{{5,}}\d"
    rf"|\b{PHONE_LABEL}\s*(?:no\.?|number|nr\.?)?\s*[:.]?\s*\(?\d[\d\s().\-/]{{5,}}\d"
    rf"|\b(?:on|at|call|dial)\s+0\d[\d\s.\-]{{6,}}\d",
    re.IGNORECASE,
)
"""A telephone number: international form, a leading (0..) area code, a labelled number, or "on 020 7946 0312"."""

HONORIFIC_NAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Madam|Mme|Herr|Frau|Judge|Justice|Inspector|Detective|Sergeant|Sgt|"
    r"Constable|Superintendent|Supt|Commissioner|Officer|Prosecutor|Counsel|Attorney|Advocate|Barrister|Solicitor|"
    r"Major|Colonel|Col|Captain|Capt|Lieutenant|Lt|Chief|Deputy|Director|Agent|Special\s+Agent|Investigator|"
    r"Magistrate|Staatsanwalt|Staatsanwältin|Procureur|Juge|Fiscal|Promotor|Procurador|Procuradora|Delegado|"
    r"Comisario|Kommissar|Kriminalhauptkommissar|ASP|DSP|SP|SSP|ACP|DCP|Insp|Hon|Adv|Lic|Licda|Ing|Atty|Abog|Me|"
    r"Maître|Dott|Avv|Mgr|Shri|Smt|Datuk|Dato|Engr|Barr|Mme|Sr|Sra)\.?"
    r"(?:\s+(?:[A-Z][a-z]+|of|the|and|General|Public|Chief|Senior|Assistant|Deputy|Principal|State|Crown|Constable|Inspector|Prosecutor|Counsel|Superintendent|Agent)){0,3}?"
    r"\s+(?:[A-Z]\.\s*)*[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){0,3}",
)
"""An honorific or rank followed by a name ("Mr Kamran Ahmed Butt", "Detective Constable Tom Ashworth")."""

NOT_NAMES = frozenset({
    "office", "ministry", "department", "unit", "division", "section", "authority", "agency", "service", "court",
    "bureau", "commission", "directorate", "police", "cell", "desk", "team", "centre", "center", "chambers",
    "government", "republic", "kingdom", "state", "states", "general", "international", "mutual", "legal",
    "assistance", "central", "justice", "public", "prosecutions", "prosecution", "affairs", "crime", "criminal",
    "mla", "contact", "email", "telephone", "phone", "tel", "fax", "mobile", "address", "the", "for", "of",
    "counsel", "prosecutor", "officer", "director", "secretary", "inspector", "attorney", "advocate", "solicitor",
    "judge", "magistrate", "chief", "deputy", "senior", "assistant", "principal", "head", "manager", "controller",
    "agent", "investigator", "superintendent", "constable", "sergeant", "commissioner", "minister", "registrar",
    "clerk", "staff", "limited", "ltd", "road", "street", "place", "avenue", "house", "building", "bank", "plc",
    "inc", "llc", "company", "trading", "holdings", "group", "requested", "requesting", "dear", "sir", "madam",
    "yours", "faithfully", "sincerely", "regards", "signed", "page",
})
CONTACT_WORDS = re.compile(
    r"\b(?:contact(?:ed|s)?|reach(?:ed)?|questions?|quer(?:y|ies)|enquir(?:y|ies)|inquir(?:y|ies)|liais\w*|"
    r"point\s+of\s+contact|in\s+charge|conduct\s+of\s+(?:the|this)|responsible|further\s+information|"
    r"anything\s+further|clarification|write\s+to|prosecutor|counsel|investigating\s+officer|officer\s+in\s+the\s+case|"
    r"handling|dealing\s+with|case\s+(?:officer|lawyer|controller|manager))\b",
    re.IGNORECASE,
)
HEADINGS = ("contact", "contacts", "contact point", "contact details", "contact person", "contact officer",
            "point of contact", "points of contact", "liaison", "communication", "communications",
            "contact information", "further information", "enquiries", "inquiries")


class ContactPoint(RequiredElement):
    """The request names an officer who can be contacted, with a telephone number or email address.

    **What it checks.** That a named person (the prosecutor, the case
    officer, the central-authority lawyer) is given together with a
    telephone number or an email address, in the same paragraph or in the
    short lines of a contact or signature block: "Questions may be put to
    Mr Kamran Ahmed Butt, Deputy Director, telephone +92 42 99203418, email
    kamran.butt@fia.gov.pk". An office mailbox alone ("mla@interior.gov.pk",
    "the MLA Unit, tel. ..."), a name with no number or address, a placeholder
    for the officer's name, or a "Contact" heading with nothing under it, is
    not a contact point.

    **Why it matters.** Executing a request raises questions (which branch,
    which period, what form for the statement) that are settled in a call
    between the people who handle it; with no one to call, the questions go
    back through diplomatic or central-authority channels and take weeks.

    **Source.** Council of Europe T-CY template for Article 31 Budapest
    Convention requests (T-CY(2018)10, adopted 9 July 2018), fields 5-6
    (requesting authority: person in charge, telephone, mobile, e-mail;
    additional contact); OAS mutual-assistance request form ("From").

    **Bad.** "For any question please write to mla@justice.gov.xx."

    **Good.** "The officer in charge is Inspector Jane Roe, FIA Lahore,
    telephone +92 42 9920 3418, email jane.roe@fia.gov.pk."
    """

    code = "MLA112"
    name = "contact-point"
    severity = Severity.WARNING
    source = "T-CY(2018)10 fields 5-6; OAS request form"
    heading_phrases: ClassVar[tuple[str, ...]] = HEADINGS
    missing = "No contact point: no named officer is given with a telephone number or email address."
    add = (
        "Name the officer who can answer questions, with a direct telephone number and email, e.g. \"The officer "
        "in charge is Inspector Jane Roe, telephone +92 42 9920 3418, email jane.roe@fia.gov.pk.\""
    )

    def find(self, facts: Analysis) -> Evidence | None:
        return find_contact_point(facts)


def find_contact_point(facts: Analysis) -> Evidence | None:
    blocks = [b for b in facts.document.blocks if b.kind is not BlockKind.HEADING]
    body = list(facts.document.body())
    signature_names = _person_words(facts)
    for n, block in enumerate(blocks):
        for match in list(EMAIL.finditer(block.text)) + list(PHONE.finditer(block.text)):
            if _named_near(facts, block, match.start(), match.end(), blocks, n, signature_names):
                return Evidence(block, match.start(), match.end())
            if _card_of_short_blocks(facts, block, body):
                return Evidence(block, match.start(), match.end())
    return None


SHORT_BLOCK = 150


def _card_of_short_blocks(facts: Analysis, block: Block, body: list[Block]) -> bool:
    """A contact or signature card typed as separate short paragraphs ("Inspector Jane Roe" / "Tel: ...")."""
    if len(block.text) > SHORT_BLOCK or block not in body:
        return False
    n = body.index(block)
    card = [block]
    for k in range(n - 1, max(-1, n - 4), -1):
        if len(body[k].text) > SHORT_BLOCK:
            break
        card.append(body[k])
    cards = [b for b in card if not _has_verb(facts, b)]
    if block not in cards:
        return False  # "... was called on +44 7700 900123 by the victim" is a sentence, not a card line
    return any(_names_a_person(facts, b, b.text) for b in cards)


def _has_verb(facts: Analysis, block: Block) -> bool:
    return any(t.pos_ == "VERB" for t in facts.doc_of(block))


def _named_near(
    facts: Analysis, block: Block, start: int, end: int, blocks: list[Block], n: int, signature_names: set[str]
) -> bool:
    """A person's name goes with the number/email: in its sentence, its paragraph with contact wording, or
    the short lines around it; or the email's local part is a name used in the request ("harriet.osei@...")."""
    text = block.text
    match_text = text[start:end]
    if "@" in match_text and _personal_mailbox(match_text, signature_names | _capitalised_words(text)):
        return True  # "harriet.osei@..." beside "Harriet Osei", or naming someone the request names
    lines_block = _is_short_lines(text)
    contact_context = lines_block or under_heading(facts, block, HEADINGS) or bool(CONTACT_WORDS.search(text))
    if not contact_context:
        return False
    if lines_block:
        region = [(text, block)]
        if n > 0 and _is_short_lines(blocks[n - 1].text):
            region.append((blocks[n - 1].text, blocks[n - 1]))
        if n + 1 < len(blocks) and _is_short_lines(blocks[n + 1].text):
            region.append((blocks[n + 1].text, blocks[n + 1]))
        return any(_names_a_person(facts, b, t) for t, b in region)
    # In prose, the name must be in the same sentence as the number (or the sentence before it).
    doc = facts.doc_of(block)
    for sent in doc.sents:
        if sent.start_char <= start < sent.end_char:
            previous = doc[sent.start - 1].sent if sent.start > 0 else None
            window_start = previous.start_char if previous is not None else sent.start_char
            if _names_a_person(facts, block, text[window_start : sent.end_char], doc, window_start):
                return True
            # "please contact me / the undersigned on ...": the signatory, if the request is signed by name
            if re.search(r"\b(?:me|I|myself|the\s+undersigned)\b", sent.text) and CONTACT_WORDS.search(sent.text):
                from mla_lint.rules.mla115_signature_and_date import find_signature

                return find_signature(facts) is not None
            return False
    return False


def _names_a_person(facts: Analysis, block: Block, text: str, doc: Doc | None = None, offset: int = 0) -> bool:
    for match in HONORIFIC_NAME.finditer(text):
        words = [w.strip(".,").lower() for w in match.group(0).split()]
        if words and words[-1] not in NOT_NAMES and not (set(words[1:]) & {"office", "unit", "ministry", "department", "authority", "cell", "service"}):
            return True
    doc = doc if doc is not None else facts.doc_of(block)
    end = offset + len(text)
    for ent in doc.ents:
        if ent.label_ == "PERSON" and offset <= ent.start_char and ent.end_char <= end:
            words = {t.lower_ for t in ent}
            if len(ent) >= 2 and not words & NOT_NAMES and all(t.text[:1].isupper() for t in ent if t.is_alpha):
                return True
    # A name on a line of its own in a contact/signature block: "Victor Munteanu"
    for line in text.splitlines():
        if re.fullmatch(r"\s*(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.|van|de|der|da|dos|bin|binti|al|el)){1,4}\s*,?\s*", line):
            if not {w.strip(".,").lower() for w in line.split()} & NOT_NAMES:
                return True
    return False


def _capitalised_words(text: str) -> set[str]:
    """Lower-cased capitalised words of ``text``: the names an e-mail address beside them may be made of."""
    return {w.lower() for w in re.findall(r"\b[A-ZÀ-Þ][a-zß-ÿ'’-]{2,}", text)} - NOT_NAMES


def _is_short_lines(text: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip()]
    if not 2 <= len(lines) <= 12:
        return False
    # a card of short lines, not prose wrapped at the page width
    return max(len(line) for line in lines) <= 75 and sum(len(line) for line in lines) / len(lines) <= 55


def _person_words(facts: Analysis) -> set[str]:
    """Lower-case words of the personal names in the request (for "harriet.osei@cps.gov.uk")."""
    words: set[str] = set()
    for block in facts.document.blocks:
        doc = facts.doc_of(block)
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                words.update(t.lower_ for t in ent if t.is_alpha and len(t) >= 3)
        for match in HONORIFIC_NAME.finditer(block.text):
            words.update(w.lower() for w in match.group(0).split()[1:] if w.isalpha() and len(w) >= 3)
    return words - NOT_NAMES


def _personal_mailbox(email: str, names: set[str]) -> bool:
    """"harriet.osei@..." when Harriet Osei is named in the request; not "mla.cell@..." or "info@..."."""
    local = email.split("@", 1)[0].lower()
    parts = [p for p in re.split(r"[._\-+0-9]", local) if len(p) >= 3]
    if not parts:
        return False
    return sum(p in names for p in parts) >= min(2, len(parts)) and len(parts) >= 1 and len(local) > 4 and bool(
        re.search(r"[._-]", local) or len(parts) == 1 and parts[0] in names
    )
