"""MLA113 urgency: a request marked urgent says why, or by when."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mla_lint.analysis import Analysis
from mla_lint.elements import Evidence, RequiredElement, heading_matches
from mla_lint.findings import Finding, Severity
from mla_lint.model import Block, BlockKind
from mla_lint.passages import clauses

if TYPE_CHECKING:
    from spacy.tokens import Span

MARKER = re.compile(
    r"\burgent(?:ly)?\b|\burgency\b|\bas\s+a\s+matter\s+of\s+(?:high\s+|the\s+utmost\s+|utmost\s+|top\s+|some\s+)?"
    r"(?:priority|urgency)\b|\b(?:high|top|highest)[\s-]+priority\b|\bexpedit(?:e|ed|ious|iously|ing)\b"
    r"|\bas\s+(?:soon|quickly|promptly|early)\s+as\s+(?:possible|practicable|may\s+be\s+possible)\b|\bASAP\b"
    r"|\btime[\s-]+(?:critical|sensitive)\b|\bprioriti[sz]e\b|\bwith\s+(?:all\s+)?speed\b"
    r"|\b(?:immediate|priority)\s+(?:attention|execution|action|treatment)\b|\bat\s+the\s+earliest\b",
    re.IGNORECASE,
)
"""How drafters mark a request urgent or time-critical."""

BARE_MARKER = re.compile(r"\b(?:most\s+immediate|immediate|top\s+priority|priority|time[\s-]+critical)\b", re.IGNORECASE)
"""Markings that count only as a short line of their own ("MOST IMMEDIATE", "PRIORITY")."""

GENERIC = re.compile(
    r"\b(?:in|for)\s+(?:cases?\s+of\s+urgency|urgent\s+(?:cases?|circumstances|situations|matters))\b"
    r"|\burgent\s+(?:cases?|circumstances)\b|\bcases?\s+of\s+urgency\b|\bnot\s+(?:\w+\s+)?urgent\b",
    re.IGNORECASE,
)
"""Urgency words that do not mark this request ("in urgent cases, through Interpol"; "not urgent")."""

REQUEST_WORDS = frozenset({
    "request", "requests", "letter", "assistance", "execution", "execute", "executed", "reply", "response",
    "respond", "answer", "matter", "this", "it", "records", "evidence", "material", "information", "action",
    "attention", "consideration", "treat", "deal", "process", "provide", "grateful", "please", "kindly", "ask",
    "appreciate", "handle", "transmit", "forward", "priority", "expedite", "we", "i",
})

REASON = re.compile(
    r"\b(?:because|since|as\s+the|as\s+a\s+result|due\s+to|owing\s+to|given\s+that|in\s+view\s+of|in\s+light\s+of|"
    r"on\s+account\s+of|reasons?|so\s+that|in\s+order\s+(?:to|that)|otherwise|given\s+the|as\s+(?:he|she|they|it|the\s+\w+)\s+(?:is|are|will|has|have|may|might|could|would)|"
    r"risk|danger|likely|imminent|custody|detained|detention|remand(?:ed)?|bail|trial|hearing|court\s+date|"
    r"limitation|prescription|prescribed|time[\s-]+bar(?:red)?|expire[sd]?|expiry|deadline|"
    r"flee|flight|abscond|leave\s+the\s+country|dissipat\w*|destroy\w*|delet\w*|move\s+the\s+(?:funds|money|assets)|"
    r"retention\s+period|retained\s+only|preservation\s+(?:period|expires)|scheduled|fixed\s+for|set\s+(?:down\s+)?for|"
    r"due\s+(?:on|by)|no\s+later\s+than|not\s+later\s+than|before\s+(?:the\s+)?\w+|by\s+(?:the\s+)?end\s+of|"
    r"within\s+\d+|within\s+(?:one|two|three|four|five|six|seven|ten|fourteen|thirty)\b)",
    re.IGNORECASE,
)
"""A reason or deadline in the urgency statement."""

DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{2,4}\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b"
    r"|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b(?:end|middle|beginning|mid)[\s-]+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\b(?:by|before|until|till)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)

URGENCY_HEADINGS = ("urgency", "urgent", "priority", "time limit", "time limits", "timing", "deadline", "deadlines",
                    "time frame", "timeframe", "time-frame", "urgent request")


@dataclass(frozen=True)
class Marking:
    block: Block
    start: int
    end: int
    statement: str
    """The text that counts as the urgency statement: the marking's sentence and the next one of its block."""


class Urgency(RequiredElement):
    """A request marked urgent says why it is urgent, or by when the assistance is needed.

    **What it checks.** When the request is marked urgent or time-critical
    ("URGENT", "as a matter of priority", "please expedite", "as soon as
    possible", "time-critical"), that the urgency statement, or a section on
    urgency, gives a reason (the suspect is in custody, the trial starts on a
    given day, the limitation period expires, the bank keeps the data only so
    long) or a date by which the assistance is needed. A request that is not
    marked urgent is not checked; nor are mentions of urgency that are not a
    marking of this request ("in urgent cases, the request may be sent
    through Interpol").

    **Why it matters.** Central authorities receive many "urgent" requests
    and can prioritise only those that say why; a deadline with no reason,
    or urgency with no deadline, is usually handled in the ordinary queue.

    **Source.** UNTOC Art. 18(24) and UNCAC Art. 46(24) (the requested state
    "shall take as full account as possible of any deadlines suggested by the
    requesting State Party and for which reasons are given, preferably in the
    request"); Council of Europe PC-OC Guidelines to the Model Request Form
    ("Where the case is urgent, reasons for urgency should be clearly
    stated"); Mauritius Mutual Assistance in Criminal and Related Matters Act
    2003 s 4(3)(g) ("any time limit within which compliance with the request
    is desired, stating reasons").

    **Bad.** "URGENT. Please execute this request as soon as possible."

    **Good.** "URGENT: the accused is in custody and his trial begins on
    3 June 2024; we would be grateful for the records by 15 May 2024."
    """

    code = "MLA113"
    name = "urgency"
    severity = Severity.WARNING
    source = "UNTOC Art. 18(24); UNCAC Art. 46(24); PC-OC Guidelines"

    not_applicable = "the request is not marked urgent"
    missing = (
        "The request is marked urgent but gives no reason for the urgency and no date by which the "
        "assistance is needed."
    )
    add = (
        "Say why the matter is urgent and by when the assistance is needed, e.g. \"The request is urgent "
        "because the accused is in custody and the trial begins on 3 June 2024; we would be grateful "
        "for the records by 15 May 2024.\""
    )

    def applies(self, facts: Analysis) -> bool:
        return bool(facts.derived(_markings))

    def find(self, facts: Analysis) -> Evidence | None:
        for marking in facts.derived(_markings):
            if _explains(marking.statement):
                return Evidence(marking.block, marking.start, marking.end)
        return _urgency_section_reason(facts)

    def missing_finding(self, facts: Analysis, message: str | None = None) -> Finding:
        first = facts.derived(_markings)[0]
        return self.finding(self.missing, first.block, first.start, first.end, suggestion=self.add)


def _markings(facts: Analysis) -> tuple[Marking, ...]:
    return tuple(urgency_markings(facts))


def urgency_markings(facts: Analysis) -> Iterator[Marking]:
    """Each place the request marks itself urgent, with its urgency statement.

    A marking on a short line of its own (a title, a stamp, an email subject line, "MOST IMMEDIATE") is a bare
    marking: its statement is that line. In prose, the marking must be said of this request, and its statement
    is its sentence and the next one."""
    for block in facts.document.blocks:
        if block.kind in {BlockKind.FOOTNOTE, BlockKind.ENDNOTE}:
            continue
        if not (MARKER.search(block.text) or BARE_MARKER.search(block.text)):
            continue
        offset = 0
        prose: list[tuple[int, int]] = []
        for line in block.text.split("\n"):
            start_of_line = offset
            offset += len(line) + 1
            field = bool(re.match(r"\s*(?:subject|re|priority|urgency|status|classification|handling)\s*:", line, re.I))
            labelled = field or bool(re.search(r"\b(?:URGENT|MOST IMMEDIATE|IMMEDIATE|PRIORITY|TIME[\s-]CRITICAL)\b", line))
            if block.kind is not BlockKind.HEADING and not field and (
                len(line.split()) > 12 or (not labelled and _has_verb(facts, block, start_of_line, len(line)))
            ):  # a subject line of any length is a marking line, never prose
                prose.append((start_of_line, start_of_line + len(line)))
                continue
            for pattern in (MARKER, BARE_MARKER):
                for match in pattern.finditer(line):
                    if _generic(line, match):
                        continue
                    start = start_of_line + match.start()
                    yield Marking(block, start, start + len(match.group(0)), line)
                    break
                else:
                    continue
                break
        if not prose:
            continue
        spans = clauses(facts, block)
        for n, span in enumerate(spans):
            if not any(a < span.end_char and span.start_char < b for a, b in prose):
                continue
            for match in MARKER.finditer(span.text):
                if _generic(span.text, match) or not _about_this_request(span):
                    continue
                start = span.start_char + match.start()
                following = spans[n + 1].text if n + 1 < len(spans) else ""
                yield Marking(block, start, start + len(match.group(0)), span.text + " " + following)


def _has_verb(facts: Analysis, block: Block, start: int, length: int) -> bool:
    """A sentence, not a stamp or subject line ("URGENT", "Subject: URGENT - service of summons")."""
    doc = facts.doc_of(block)
    return any(t.pos_ in {"VERB", "AUX"} and start <= t.idx < start + length for t in doc)


def _generic(text: str, match: re.Match[str]) -> bool:
    for generic in GENERIC.finditer(text):
        if generic.start() <= match.start() < generic.end():
            return True
    return False


def _about_this_request(span: Span) -> bool:
    """The urgency words are said of this request or its execution (a wish or a statement), not of a past fact."""
    words = {t.lower_ for t in span} | {t.lemma_.lower() for t in span}
    if not words & REQUEST_WORDS:
        return False
    if words & {"inform", "notify", "advise", "consult", "tell", "let", "warn"} and words & {"if", "whether", "should", "unless"}:
        return False  # "please inform us as soon as possible if the request cannot be executed"
    past_narrative = all(t.tag_ in {"VBD"} for t in span if t.pos_ in {"VERB", "AUX"} and t.dep_ == "ROOT")
    frame = any(t.tag_ == "MD" for t in span) or words & {"please", "kindly", "ask", "request", "grateful", "appreciate", "urge"}
    return bool(frame) or not past_narrative


def _explains(statement: str) -> bool:
    text = MARKER.sub(" ", statement)
    return bool(REASON.search(text) or DATE.search(text))


def _urgency_section_reason(facts: Analysis) -> Evidence | None:
    """The paragraph of an "Urgency" section that gives the reason or the date."""
    for section in facts.sections:
        if section.heading is not None and heading_matches(section.heading.text, URGENCY_HEADINGS):
            for block in section.blocks:
                if _explains(block.text):
                    return Evidence.of_block(block)
    return None
