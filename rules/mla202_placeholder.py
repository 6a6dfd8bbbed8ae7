"""MLA202 placeholder: template remnants left in the request."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator

from mla_lint.analysis import Analysis
from mla_lint.findings import Finding, Severity
from mla_lint.model import Block, Document
from mla_lint.rule import Rule

FIELD_NOUNS = frozenset({
    "name", "names", "date", "dates", "address", "country", "state", "amount", "number", "surname",
    "forename", "title", "signature", "position", "telephone", "phone", "email", "e-mail", "officer",
    "authority", "court", "offence", "offense", "agency", "city", "nationality", "passport", "reference",
    "case", "bank", "account", "details", "place", "time", "year", "month", "sum", "currency", "person",
    "suspect", "witness", "company", "article", "section", "treaty", "statute", "law", "rank", "designation",
})
DESCRIPTORS = frozenset({
    "name", "names", "date", "dates", "address", "number", "amount", "details", "title", "reference", "place",
    "time", "signature", "surname", "forename", "nationality", "telephone", "phone", "email", "e-mail", "sum",
})
"""Nouns that describe a value rather than stand for one: "[name of trial court]", "[account number]",
"[date of birth]" are fields to fill; an editorial alteration in a quotation ("the [defendant] said") is not."""
INSTRUCTION_WORDS = frozenset({
    "insert", "enter", "add", "specify", "describe", "include", "complete", "fill", "provide", "select",
    "choose", "delete", "drafting", "tbc", "tbd", "tba", "type", "state", "identify", "list", "give",
})
NOT_PLACEHOLDERS = frozenset({"sic", "redacted", "emphasis added", "emphasis mine", "emphasis original", "sic!", "omitted", "citation omitted", "footnote omitted", "translation", "unofficial translation", "translated"})
HTML_TAGS = frozenset({
    "a", "b", "i", "u", "s", "p", "br", "hr", "div", "span", "em", "strong", "sup", "sub", "ul", "ol", "li",
    "table", "tr", "td", "th", "img", "code", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
    "small", "del", "ins", "details", "summary", "kbd", "mark",
})
ROMAN_CONTEXT = re.compile(r"\b(?:chapter|article|art\.|part|title|section|book|schedule|volume|vol\.|annex|appendix|act|no\.)\s*$", re.I)

BRACKETED = re.compile(r"\[([^\[\]\n]{0,80})\]")
ANGLED = re.compile(r"<<\s*([^<>\n]{1,80}?)\s*>>|<([^<>\n@]{1,80})>|«([^«»\n]{1,80})»")
TEMPLATE_SYNTAX = re.compile(r"\{\{[^{}\n]{0,80}\}\}|\{%[^{}\n]{0,80}%\}|\$\{[A-Za-z_][\w.]*\}|%[A-Z][A-Z0-9_]{2,}%")
MASKED_NUMBER = re.compile(r"(?:\b[Xx*•]{2,}[ \-]?)+\d{2,}\b|\bending\s+(?:in\s+)?[Xx*]+[ \-]?\d+")
X_DATE = re.compile(
    r"\b(?=[\dXx/.\-]*[Xx])(?:[Xx]{1,2}|\d{1,2})[/.\-](?:[Xx]{1,2}|\d{1,2})[/.\-](?:[Xx]{2,4}|\d{2,4})\b"
    r"|\b(?:19|20)[Xx]{2}\b"
    r"|\b[Xx]{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
)
X_RUN = re.compile(r"\b[Xx]{3,}\b")
TO_BE_DECIDED = re.compile(r"\b(?:TBC|TBD|TBA)\b")
INSTRUCTION = re.compile(
    r"\b(?:drafting\s+note|note\s+to\s+(?:the\s+)?drafter|drafter'?s\s+note|"
    r"delete\s+(?:as\s+(?:appropriate|applicable)|if\s+not\s+(?:applicable|relevant|required)|this\s+(?:paragraph|section|note|text))|"
    r"insert\s+(?:[\w'-]+\s+){0,5}here|lorem\s+ipsum|"
    r"(?:guidance|instructions?)\s+(?:for|to)\s+(?:the\s+)?(?:drafters?|authors?|users?))\b",
    re.I,
)
BLANK_FIELD = re.compile(r"(?P<label>\b[A-Za-z][\w .'/()-]{0,40}?):[ \t]*(?P<blank>_{4,}|\.{6,}|…{3,})")
SIGNATURE_LABEL = re.compile(r"\b(?:sign|signed|signature|stamp|seal)\b", re.I)


@dataclass(frozen=True)
class Remnant:
    """One template remnant: where it is in the block and what kind it is."""

    start: int
    end: int
    kind: str


class Placeholder(Rule):
    """Template remnants are left in the request: placeholders and instructions to the drafter.

    **What it checks.** Text that a template or a previous request left for
    the drafter to replace: bracketed fields (``[NAME OF SUSPECT]``,
    ``[insert date]``, ``[Requested State]``, ``[●]``), angle, mail-merge and
    template fields (``<insert date>``, ``«Name»``, ``{{ officer }}``), runs of
    X standing for a value (``passport XXXXXXX``, ``xx/xx/2023``), ``TBC``,
    ``TBD``, ``TBA``, instructions ("Drafting note: ...", "delete as
    appropriate", "insert ... here"), and labelled blanks (``Date: ______``).
    It also reports "the Requested State" (or "the requested country")
    used generically in a request that never says which
    state that is: no addressee country, no definition, no authorities of a
    named state asked to act (at the first generic use).
    Editorial brackets are not remnants: ``[sic]``, ``[REDACTED]``,
    ``[emphasis added]``, case citations ``[2019] EWCA Crim 123``, note
    markers ``[1]``, insertions in quotations ("[the suspect]"), masked
    numbers ("XXXX XXXX XXXX 4417"), roman numerals ("Chapter XXX") and a
    signature line.

    **Why it matters.** A placeholder means a fact the requested state needs
    is missing, and it tells the receiving authority the request was not read
    before it was sent; central authorities return such requests for
    completion, which costs weeks.

    **Source.** UNTOC Art. 18(15) and UNCAC Art. 46(15) (the particulars a
    request "shall contain" must actually be given); UNTOC Art. 18(16) (the
    requested state "may request additional information", the usual cause of
    delay); UNODC MLA Request Writer Tool (its aim: requests that are "right
    first time").

    **Bad.** "The suspect, [NAME OF SUSPECT], holder of passport number
    XXXXXXX, opened the account on <insert date>." / "To the Central
    Authority of the Requested State" in a request that names no state.

    **Good.** "The suspect, Imran Qadir MALIK, holder of Pakistani passport
    number AB1234567, opened the account on 14 March 2022."
    """

    code = "MLA202"
    name = "placeholder"
    severity = Severity.ERROR
    source = "UNTOC Art. 18(15)-(16); UNCAC Art. 46(15)-(16)"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        remnants: dict[int, list[Remnant]] = {}
        for block in document.blocks:
            remnants[block.index] = find_remnants(block.text)
            for remnant in remnants[block.index]:
                yield self._report(block, remnant)
        generic = _generic_requested_state(document, facts, remnants)
        if generic is not None:
            block, start, end = generic
            yield self.finding(
                f"\u201c{block.text[start:end]}\u201d is used but the request never says which state is the requested "
                "state (no addressee country, definition or named authorities).",
                block, start, end,
                suggestion="Name the requested state, e.g. in the addressee block and as \"the Republic of X (the "
                "Requested State)\".",
            )

    def _report(self, block: Block, remnant: Remnant) -> Finding:
        text = block.text[remnant.start : remnant.end]
        if remnant.kind == "instruction":
            message = f"Instruction to the drafter left in the request: \u201c{text}\u201d"
            suggestion = "Carry out the instruction and delete it."
        else:
            message = f"Template placeholder left in the request: \u201c{text}\u201d"
            suggestion = "Replace the placeholder with the actual information, or delete it."
        return self.finding(message, block, remnant.start, remnant.end, suggestion=suggestion)


GENERIC_REQUESTED = re.compile(
    r"\b(?:the\s+)?Requested\s+(?:State|Party|Country|Jurisdiction)\b"
    r"|\bthe\s+requested\s+(?:state|country|party|jurisdiction)\b",
    re.IGNORECASE,
)


def _generic_requested_state(
    document: Document, facts: Analysis, remnants: dict[int, list[Remnant]]
) -> tuple[Block, int, int] | None:
    """The first generic "Requested State" in a request that never names the requested state (None otherwise).

    Uses in a placeholder already reported (``[Requested State]``) are left to
    that finding. The request "names" the requested state when anything puts
    a state in that role: the addressee block, a definition, the authorities
    asked to act, the dual criminality statement (``mla_lint.parties``).
    """
    first: tuple[Block, int, int] | None = None
    for block in document.body():
        for match in GENERIC_REQUESTED.finditer(block.text):
            if any(r.start <= match.start() and match.end() <= r.end for r in remnants.get(block.index, ())):
                continue
            first = (block, match.start(), match.end())
            break
        if first is not None:
            break
    if first is None:
        return None
    from mla_lint.countries import country_mentions
    from mla_lint.parties import head_blocks, parties

    found = facts.derived(parties)
    if found.requested_state is not None or found.requested_roles:
        return None
    head = {b.index for b in head_blocks(facts)}
    if any(
        m.block.index in head and not m.demonym and m.alpha2 != found.requesting_state
        for m in facts.derived(country_mentions)
    ):
        return None  # a state named at the top of the letter: the addressee, even if not recognised as such
    return first


def find_remnants(text: str) -> list[Remnant]:
    """All remnants in ``text``, in order, without overlaps (the first and longest wins)."""
    masked = [m.span() for m in MASKED_NUMBER.finditer(text)]
    found = sorted(
        (r for r in _candidates(text) if not _inside(r, masked)),
        key=lambda r: (r.start, -(r.end - r.start)),
    )
    kept: list[Remnant] = []
    for remnant in found:
        if not kept or remnant.start >= kept[-1].end:
            kept.append(remnant)
    return kept


def _candidates(text: str) -> Iterator[Remnant]:
    for match in BRACKETED.finditer(text):
        if _is_bracketed_field(match.group(1)):
            yield Remnant(*match.span(), "placeholder")
    for match in ANGLED.finditer(text):
        if _is_angled_field(next(g for g in match.groups() if g is not None)):
            yield Remnant(*match.span(), "placeholder")
    for pattern in (TEMPLATE_SYNTAX, X_DATE, TO_BE_DECIDED):
        for match in pattern.finditer(text):
            yield Remnant(*match.span(), "placeholder")
    for match in X_RUN.finditer(text):
        could_be_numeral = len(match.group(0)) <= 3  # XXX is thirty; four or more X's is no Roman numeral
        if not (could_be_numeral and ROMAN_CONTEXT.search(text[max(0, match.start() - 15) : match.start()])):
            yield Remnant(*match.span(), "placeholder")
    for match in INSTRUCTION.finditer(text):
        yield Remnant(*match.span(), "instruction")
    for match in BLANK_FIELD.finditer(text):
        if not SIGNATURE_LABEL.search(match.group("label")):
            yield Remnant(match.start("label"), match.end("blank"), "placeholder")


def _is_bracketed_field(content: str) -> bool:
    """Decide whether ``[content]`` is a field to fill in rather than an editorial bracket."""
    stripped = content.strip()
    lowered = stripped.lower()
    if lowered in NOT_PLACEHOLDERS or lowered.startswith(("sic", "emphasis", "redacted", "translation")):
        return False
    if not stripped or re.fullmatch(r"[\s.…●•_?xX*-]+", stripped):
        return True  # [ ], [...], [●], [____], [XXX]
    if re.fullmatch(r"[\d\s,;–-]+", stripped):
        return False  # [1], [2019], [12-14]: notes and citations
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", stripped)
    if not words:
        return False
    if words[0].lower() in INSTRUCTION_WORDS:
        return True
    letters = [c for c in stripped if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True  # [NAME OF SUSPECT], [DATE]
    if len(words) <= 6 and (words[0].lower() in DESCRIPTORS or words[-1].lower() in DESCRIPTORS):
        return True  # [name of trial court], [date of birth], [suspect's name], [account number]
    title_case = all(w[0].isupper() or w.lower() in {"of", "the", "and", "or", "for", "to", "in"} for w in words)
    return title_case and bool({w.lower() for w in words} & FIELD_NOUNS)


def _is_angled_field(content: str) -> bool:
    """``<insert date>`` and ``«Name»`` are fields; ``<br>``, ``<https://...>`` and e-mail addresses are not."""
    stripped = content.strip()
    if re.match(r"(?:https?|mailto|ftp):", stripped, re.I) or "@" in stripped:
        return False
    tag = re.fullmatch(r"/?([a-z][a-z0-9]*)(?:\s+[a-z-]+=\S+)*\s*/?", stripped)
    if tag and tag.group(1) in HTML_TAGS:
        return False  # an HTML tag in Markdown
    return any(c.isalpha() for c in stripped)


def _inside(remnant: Remnant, spans: list[tuple[int, int]]) -> bool:
    return any(start <= remnant.start and remnant.end <= end for start, end in spans)
