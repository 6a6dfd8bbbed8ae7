"""MLA105 offences: the offences are named with the provisions of law that create them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from mla_lint.analysis import Analysis
from mla_lint.elements import Evidence, RequiredElement
from mla_lint.findings import Severity
from mla_lint.model import Block
from mla_lint.passages import all_clauses, table_rows, under_heading

if TYPE_CHECKING:
    from spacy.tokens import Span

PROVISION = re.compile(
    r"(?:"
    r"(?<![\w.])(?:sections?|sect?s?\.|ss?\.|articles?|arts?\.|§§?|paragraphs?|paras?\.|par\.|clauses?|cl\.|"
    r"rules?|regulations?|reg\.|divisions?|subsections?|subs?\.|items?|points?|chapters?|ch\.|cap\.|counts?\s+\d+\s+under)"
    r"\s*\d+[A-Za-z]{0,3}(?:[-.]\d+[A-Za-z]?)*(?:\s*\(\s*\w{1,5}\s*\))*"
    r"|\b\d+\s*U\.?\s?S\.?\s?C\.?\s*A?\.?\s*(?:§§?|sec(?:tion)?s?\.?)\s*\d+"
    r")",
    re.IGNORECASE,
)
"""A provision: "section 420", "s. 327(1)(c)", "§ 263", "Article 317", "art. 190 par. (5)", "18 U.S.C. § 1956"."""

STATUTE = re.compile(
    r"\b(?:Act|Acts|Code|Codes|Law|Laws|Ordinance|Statute|Statutes|Decree|Proclamation|Regulations?|Order|"
    r"Constitution|Cap\.|Chapter|U\.?\s?S\.?\s?C|StGB|StPO|PPC|CrPC|IPC|BNS|POCA|PMLA|RICO|Penal|Criminal|"
    r"Strafgesetzbuch|Wetboek|Code\s+p[ée]nal|Codice|C[óo]digo|Kodeks)\b"
    r"|\b(?:that|the\s+same|this|said|the\s+said|the\s+above)\s+(?:Act|Code|Law|Ordinance|Statute)\b"
    r"|\b[A-Z][A-Za-z]*[A-Z]{1,}[A-Za-z]*\b"
)
"""The statute a provision belongs to (a named act or code, "that Act", or an abbreviation like StGB, PPC)."""

OFFENCE_WORDS = frozenset({
    "offence", "offense", "offences", "offenses", "crime", "crimes", "felony", "misdemeanour", "misdemeanor",
    "delict", "charge", "charged", "accuse", "accused", "indict", "indicted", "suspect", "suspected", "suspicion",
    "contrary", "punishable", "punish", "violation", "violate", "breach", "commit", "committed", "guilty",
    "convict", "convicted", "fraud", "laundering", "corruption", "bribery", "bribe", "theft", "embezzlement",
    "forgery", "cheating", "swindling", "swindle", "trafficking", "smuggling", "murder", "extortion",
    "malversation", "evasion", "misappropriation", "terrorism", "deception", "conspiracy", "racketeering",
    "robbery", "kidnapping", "homicide", "counterfeiting", "abuse", "graft", "penalty", "imprisonment",
    "sentence", "illegal", "unlawful", "scam", "larceny", "burglary", "manslaughter",
    "possession", "dealing", "obtaining", "acquisition", "misconduct", "participation", "trade", "import",
    "registered", "booked", "fir", "chargesheet", "chargesheeted", "against", "prosecuted", "investigated",
})
"""Words that show a provision is cited as an offence (they count only when not part of an instrument's name)."""

COUNTERFACTUAL = re.compile(
    r"\b(?:would|could)\b|\bif\s+(?:it\s+had\s+been\s+|they\s+had\s+been\s+)?(?:committed|occurred|done|carried)"
    r"|\bhad\s+(?:it|they|these|this|the\s+\w+)\s+(?:been\s+)?(?:committed|occurred|taken|happened)"
    r"|\b(?:dual|double)\s+criminality\b|\balso\s+(?:an?\s+)?(?:offences?|crimes?|criminal|punishable|illegal)"
    r"|\b(?:offences?|crimes?|criminal|punishable)\s+also\b|\bare\s+crimes\s+also\b|\balso\s+by\s+law\b"
    r"|\brequested\s+(?:state|country|party)\b|\byour\s+(?:jurisdiction|country|law)\b",
    re.IGNORECASE,
)
"""A dual-criminality statement: the conduct as an offence of the requested state's law, not the requesting state's."""

OFFENCE_HEADINGS = (
    "offence", "offences", "offense", "offenses", "charges", "charge", "legal classification", "applicable law",
    "criminal offences", "offences charged", "relevant law", "relevant legislation", "legal provisions",
    "the law", "law", "penal provisions", "crimes",
)
DUAL_HEADINGS = ("dual criminality", "double criminality", "criminality")


class Offences(RequiredElement):
    """The offences are named together with the provisions of law that create them.

    **What it checks.** That the request names at least one offence of the
    requesting state with its statute and section or article: "cheating
    contrary to section 420 of the Pakistan Penal Code", "§ 263 StGB",
    "Article 317 of the Brazilian Penal Code", "18 U.S.C. § 1956",
    "s. 327(1)(c) POCA 2002", "art. 190 par. (5) of the Criminal Code". A
    bare label ("fraud and money laundering"), a provision of the legal basis
    (Article 18 of UNTOC), and the requested state's provisions cited only in
    the dual-criminality statement ("would constitute an offence under section
    1 of the Fraud Act 2006 had it occurred in England") do not count.

    **Why it matters.** The requested state checks dual criminality, the
    offence threshold of its MLA law and the refusal grounds (political,
    fiscal, military offences) against the offences as the requesting state's
    law defines them; without the provisions it must ask for them, and the
    request waits.

    **Source.** European Convention on Mutual Assistance in Criminal Matters
    1959 Art. 14(2) (letters rogatory "shall, in addition, state the
    offence"); Mauritius Mutual Assistance in Criminal and Related Matters Act
    2003 s 4(3)(c) ("a summary of the relevant facts and laws"); Swiss IMAC
    Art. 28(2)(c) (the legal term for the offence).

    **Bad.** "The suspects are investigated for fraud and money laundering."

    **Good.** "The suspects are investigated for cheating, contrary to section
    420 of the Pakistan Penal Code 1860, and money laundering, contrary to
    section 3 of the Anti-Money Laundering Act 2010."
    """

    code = "MLA105"
    name = "offences"
    severity = Severity.ERROR
    source = "ECMA 1959 Art. 14(2); Mauritius MACRMA 2003 s 4(3)(c)"
    heading_phrases: ClassVar[tuple[str, ...]] = OFFENCE_HEADINGS
    missing = (
        "The offences are not named with the provisions of law that create them (statute and section or article "
        "of the requesting state's law)."
    )
    add = (
        "Name each offence with its provision, e.g. \"cheating, contrary to section 420 of the Pakistan Penal Code "
        "1860\", and say the maximum penalty; usually under a heading \"Offences\"."
    )

    def find(self, facts: Analysis) -> Evidence | None:
        return find_offence_provision(facts)


TABLE_OFFENCE_HEADER = re.compile(r"\b(?:offen[cs]es?|charges?|crimes?|provisions?|sections?|articles?|law|statute|penalty|legal\s+basis\s+of\s+the\s+charge)\b", re.IGNORECASE)


def find_offence_provision(facts: Analysis) -> Evidence | None:
    """The first provision cited as an offence of the requesting state's law, or None."""
    for header, rows in table_rows(facts):
        # A table of charges: "Offence | Provision | Maximum penalty"
        if any(re.search(r"\b(?:offen[cs]es?|charges?|crimes?)\b", c.text, re.IGNORECASE) for c in header) and any(
            TABLE_OFFENCE_HEADER.search(c.text) for c in header
        ):
            for row in rows:
                for cell in row:
                    match = PROVISION.search(cell.text)
                    if match and _has_statute(cell.text, match):
                        return Evidence(cell, match.start(), match.end())
    for block, span in all_clauses(facts):
        found = _offence_provision_in(facts, block, span)
        if found is not None:
            return found
    return None


def _offence_provision_in(facts: Analysis, block: Block, span: Span) -> Evidence | None:
    text = span.text
    if COUNTERFACTUAL.search(text):
        return None
    in_offences = under_heading(facts, block, OFFENCE_HEADINGS)
    if under_heading(facts, block, DUAL_HEADINGS) and not in_offences:
        return None
    for match in PROVISION.finditer(text):
        if not _has_statute(text, match) or _procedural_statute(text, match):
            continue
        if in_offences or _offence_context(span, span.start_char + match.start(), span.start_char + match.end()):
            start = span.start_char + match.start()
            return Evidence(block, start, span.start_char + match.end())
    return None


PROCEDURAL_STATUTE = re.compile(
    r"^[^;]{0,25}?\b(?:of|under)\s+(?:the\s+)?(?:[\w'()-]+\s+){0,6}?"
    r"(?:Mutual\s+(?:Legal\s+)?Assistance|Co-?operation|Extradition|Procedure|Evidence|Constitution|Convention|Treaty|"
    r"Protocol|Bankers'?\s+Books|Interpretation|Scheme)\b",
    re.IGNORECASE,
)
"""Laws and instruments that never create the offence: MLA and extradition acts, procedure and evidence codes,
constitutions, treaties ("section 7 of the Mutual Legal Assistance (Criminal Matters) Act 2020")."""


def _procedural_statute(text: str, match: re.Match[str]) -> bool:
    return bool(PROCEDURAL_STATUTE.search(text[match.end() : match.end() + 160]))


def _has_statute(text: str, match: re.Match[str]) -> bool:
    if "U" in match.group(0).upper() and re.search(r"U\.?\s?S\.?\s?C", match.group(0), re.IGNORECASE):
        return True
    before = text[max(0, match.start() - 60) : match.start()]
    # "of the Pakistan Penal Code", "PPC", "of that Act", "StGB", "of Law No. 9.613"; a chain of provisions
    # ("sections 1 and 2 of", "section 47A(3) as read with section 48(1) of") shares the statute after its last one.
    position = match.end()
    window = ""
    for _ in range(6):
        after = text[position : position + 160]
        nxt = PROVISION.search(after)
        window = after[: nxt.start()] if nxt and nxt.start() > 0 else after
        if nxt and len(window) <= 30 and re.fullmatch(r"[\s,]*(?:and|or|as read with|read with|in conjunction with|to|,)?[\s,]*", window, re.IGNORECASE):
            position += nxt.end()
            continue
        break
    window = re.split(r"[;]|\band\s+(?:with|for)\b", window)[0]
    if STATUTE.search(window):
        return True
    # "the Fraud Act 2006, section 1" / "StGB § 263" / "the Criminal Code of Moldova, art. 190"
    if re.search(r"(?:Act|Code|Law|Ordinance|StGB|[A-Z]{2,})\s*\d{0,4}\s*,?\s*$", before):
        return True
    tail = re.split(r"[;.]\s", before)[-1]
    return bool(re.search(r"\b(?:Penal|Criminal)\s+Code\b|\b(?:Code|Act|Law)\s+(?:of|on|no\.?)\b", tail)) and bool(
        re.search(r",\s*$|\bunder\s*$|\b(?:in|at)\s*$", before)
    )


def _offence_context(span: Span, start: int, end: int) -> bool:
    """An offence word near the provision (within the clause around it, not anywhere in a long sentence)."""
    inside = [t.i for t in span if t.idx < end and t.idx + len(t) > start]
    if not inside:
        return False
    window = span.doc[max(span.start, inside[0] - 14) : min(span.end, inside[-1] + 10)] if len(span) > 30 else span
    for token in window:
        word = token.lower_
        if word not in OFFENCE_WORDS and token.lemma_.lower() not in OFFENCE_WORDS:
            continue
        # Not part of an instrument's or body's name ("Convention against Transnational Organized Crime",
        # "Economic and Financial Crimes Commission", "Criminal Code").
        if word == "against" and token.i > 0 and token.doc[token.i - 1].lower_ in {"convention", "protocol", "treaty", "conventions"}:
            continue  # "the Convention against Corruption"
        if word == "investigated" and not any(t.lower_ in {"for", "under"} for t in token.doc[token.i + 1 : token.i + 3]):
            continue  # "investigated for fraud under ...", not "the case was investigated by the police"
        if token.text[:1].isupper():
            following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            if token.i != span.start or (following is not None and following.text[:1].isupper()):
                continue
        return True
    return False
