"""MLA201 vague-request: evidence asked for in fishing-expedition terms, with no identifier and no period."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from mla_lint.analysis import Analysis
from mla_lint.assistance import assistance_sought
from mla_lint.elements import Evidence
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule

if TYPE_CHECKING:
    from spacy.tokens import Token

GENERIC = (
    r"(?:information|informations|documents?|documentation|records?|materials?|data|evidence|papers|files?|"
    r"details|correspondence|items|things|transactions|communications|assets|property|properties|funds|accounts|"
    r"holdings|statements)"
)
MODIFIERS = r"(?:(?!following\b|of\b|the\b)[a-z][a-z-]*\s+){0,2}"
"""Up to two words qualifying the noun: "all bank records", "any other relevant documents"."""
NOUNS = rf"{MODIFIERS}{GENERIC}(?:\s*(?:,|and|or|and/or)\s+{MODIFIERS}{GENERIC})*"
RESTRICTORS = (
    r"(?:relating\s+to|related\s+to|in\s+relation\s+to|relevant\s+to|concerning|regarding|about|on|in\s+connection\s+with|"
    r"connected\s+(?:to|with)|pertaining\s+to|in\s+respect\s+of|with\s+respect\s+to|linked\s+to|associated\s+with|"
    r"involving|of|for|held|which|that|you|in|located|situated|wherever|referring\s+to|touching|belonging\s+to|owned|controlled)"
)
VAGUE = re.compile(
    rf"\b(?:any\s+(?:and|or|and/or)\s+all|all\s+(?:and|or)\s+any)\s+{NOUNS}\b"
    rf"|\b(?:all|any|every(?:thing)?)\s+{NOUNS}\s+{RESTRICTORS}\b"
    rf"|\b(?:all|any)\s+{NOUNS}\s*(?:[.;,]|$)"
    rf"|\beverything\s+(?:relating|related|relevant|concerning|regarding|about|connected|pertaining)\b",
    re.IGNORECASE,
)
IDENTIFIER = re.compile(
    r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b"  # IBAN
    r"|\b(?:account|a/c|acct|card|policy|contract|invoice|telephone|phone|mobile|number|no|nr)\.?\s*(?:no\.?|number|nr\.?|#)?\s*:?\s*\+?[A-Z0-9](?:[\w/.-]|\s(?=\d)){2,40}\d"
    r"|\+\d[\d ()-]{6,30}\d"
    r"|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63}"
    r"|\b\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][\w'-]{0,40}\s+){1,4}(?:street|road|avenue|lane|drive|way|boulevard|crescent|close|place|square|str\.?)\b"
    r"|\b(?:listed|identified|specified|described|set\s+out|mentioned|referred\s+to|named)\s+(?:above|below|in\s+(?:the\s+)?(?:table|paragraph|annex|schedule|appendix))"
    r"|\b(?:above|below)[- ](?:mentioned|listed|named)\b"
    r"|\bin\s+the\s+(?:table|schedule|annex|appendix)\b",
    re.IGNORECASE,
)
PERIOD = re.compile(
    r"\b(?:from|between|since|until|till|to|for|during|in|after|before)\s+(?:the\s+)?(?:period\s+)?"
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\s+[A-Z][a-z]{2,11}\s+\d{4}|[A-Z][a-z]{2,11}\s+\d{4}|(?:19|20)\d{2}|[A-Z][a-z]{2,11}\s+\d{1,2},\s+\d{4})"
    r"|\bfor\s+the\s+period\b|\b(?:19|20)\d{2}\s*(?:-|–|to|and)\s*(?:19|20)?\d{2}\b|\bthe\s+(?:last|past|previous)\s+\w+\s+(?:years?|months?)\b",
    re.IGNORECASE,
)
TRAILING = re.compile(r"\s+(?:in|of|for|on|that|which|you|held|owned|controlled|located|situated|wherever)$", re.IGNORECASE)
BANK = re.compile(r"\b(?:bank|banque|banco|banca|credit\s+union|building\s+society)\b", re.IGNORECASE)


class VagueRequest(Rule):
    """Evidence is asked for in fishing-expedition terms, with no identifier and no time period.

    **What it checks.** Each passage that asks for something (see MLA106) is
    searched for blanket formulas: "any and all documents", "all information
    relating to", "all records concerning the company", "any documents held".
    Such a phrase is reported unless the item it asks for is pinned down by a
    specific identifier (an account number or IBAN, a telephone number or
    e-mail address, an address, a named holder at a named bank, or a
    reference to the accounts listed in the request) or by a time period
    ("from 1 January 2021 to 30 June 2023", "for 2022"). One finding at each
    such phrase. The same words in the facts ("the police seized all
    documents") are not a request.

    **Why it matters.** Requested states refuse "fishing expeditions": a
    court will not order a bank or a provider to hand over everything about a
    person without knowing which accounts and which period, and the UK, the
    US and most civil-law states say so in their guidance. Blanket wording
    also makes execution slow and returns material nobody can use.

    **Source.** UNTOC Art. 18(15)(d) and UNCAC Art. 46(15)(d) (a description
    of the assistance sought); OAS hemispheric network model form (bank name,
    account number, types of document, time period); PC-OC Guidelines to the
    Model Request Form ("focus on the result you want to obtain").

    **Bad.** "Please provide any and all documents relating to Mr Rusu and his
    companies."

    **Good.** "Please provide the statements of account CY73 0050 0215 0000
    0004 1287 6001 at Limassol Commercial Bank Ltd for 1 March 2023 to
    31 December 2023."
    """

    code = "MLA201"
    name = "vague-request"
    severity = Severity.WARNING
    source = "UNTOC Art. 18(15)(d); UNCAC Art. 46(15)(d)"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        sought = facts.derived(assistance_sought)
        for passage in sought.requests:
            for start, end in _vague_phrases(passage):
                if _pinned_down(facts, passage):
                    continue
                phrase = passage.block.text[start:end]
                yield self.finding(
                    f"\"{phrase.strip()}\" asks for evidence in blanket terms, with no account, number, address or "
                    "named holder and no time period.",
                    passage.block,
                    start,
                    end,
                    suggestion=(
                        "Say exactly which records are needed and for which period, e.g. \"statements of account "
                        "no. [number] at [bank] from [date] to [date]\" instead of \"all information relating to ...\"."
                    ),
                )


def _vague_phrases(passage: Evidence) -> Iterator[tuple[int, int]]:
    text = passage.text
    for match in VAGUE.finditer(text):
        before = text[max(0, match.start() - 80) : match.start()]
        if NOT_ASKED.search(before) or not _asked_for(before, text[: match.start()]):
            continue  # "if you need any further information", "inform us of any documents that ..."
        end = match.end()
        while end > match.start() and not text[end - 1].isalnum():
            end -= 1
        tail = TRAILING.search(text[match.start() : end])
        if tail:
            end = match.start() + tail.start()  # "all his assets in" -> "all his assets"
        yield passage.start + match.start(), passage.start + end


NOT_ASKED = re.compile(
    r"\b(?:you|your\s+\w+)\s+(?:\w+\s+)?(?:need|needs|require|requires|want|have|wish|hold)\b[^.;]*$"
    r"|\b(?:inform|notify|advise|tell|update|consult)\s+(?:us|me|the\s+\w+)\s+(?:of|about|if|whether)\b[^.;]*$"
    r"|\blet\s+(?:us|me)\s+know\b[^.;]*$|\b(?:questions?|queries)\b[^.;]*$",
    re.IGNORECASE,
)
ASKING_VERBS = re.compile(
    r"\b(?:obtain|provide|produce|furnish|supply|give|send|transmit|forward|deliver|secure|collect|gather|retrieve|"
    r"procure|get|hand(?:ed)?\s+over|copy|copies|disclose|seize|freeze|restrain|confiscate|search|trace|identify|"
    r"locate|request|ask|asks|asked|please|kindly|grateful|seek|need|require|preserve|access|examine|inspect|obtained|provided|produced|"
    r"furnished|supplied|seized|frozen|traced|identified|copies\s+of|information\s+(?:on|about))\w*\b",
    re.IGNORECASE,
)


def _asked_for(before: str, whole_before: str) -> bool:
    """The blanket phrase is what the passage asks to be obtained (or the passage is a bare list item)."""
    if ASKING_VERBS.search(before):
        return True
    stripped = whole_before.strip()
    return not stripped or bool(re.fullmatch(r"\(?[\w.]{1,6}[.)]?", stripped))  # "2) any information on ..."


def _pinned_down(facts: Analysis, passage: Evidence) -> bool:
    """An identifier, a named holder at a named bank, or a period, in the passage or the sentence that introduces it."""
    texts = [passage.text]
    lead = _lead_in(facts, passage)
    if lead:
        texts.append(lead)
    for text in texts:
        if IDENTIFIER.search(text) or PERIOD.search(text):
            return True
    return _holder_at_bank(facts, passage)


def _lead_in(facts: Analysis, passage: Evidence) -> str | None:
    """The text before a list item in its block, or the previous paragraph when it ends with a colon."""
    before = passage.block.text[: passage.start].rstrip()
    if before.endswith(":") or "\n" in before:
        return before[-400:]
    blocks = facts.document.blocks
    index = passage.block.index
    if passage.start == 0 and index > 0:
        previous = blocks[index - 1]
        if previous.text.rstrip().endswith(":"):
            return previous.text[-400:]
    return None


def _holder_at_bank(facts: Analysis, passage: Evidence) -> bool:
    doc = facts.doc_of(passage.block)
    span = doc.char_span(passage.start, passage.end, alignment_mode="expand")
    if span is None:
        return False
    tokens: list[Token] = list(span)
    banks = [e for e in span.ents if e.label_ == "ORG" and BANK.search(e.text)]
    holders = [e for e in span.ents if e.label_ in {"PERSON", "ORG"} and not BANK.search(e.text)]
    return bool(banks and holders and tokens)
