"""MLA205 dangling-reference: a paragraph, annex, schedule or exhibit referred to does not exist in the request."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mla_lint.analysis import Analysis
from mla_lint.findings import Finding, Severity
from mla_lint.model import Block, BlockKind, Document
from mla_lint.rule import Rule

if TYPE_CHECKING:
    from spacy.tokens import Token

# -- what a request calls its own parts ---------------------------------------------------------

PARAGRAPH_NOUN = r"(?:sub-?)?paragraphs?|paras?\.?|¶¶?"
SECTION_NOUN = r"sections?|points?|items?|parts?|chapters?|headings?"
NUMBER = r"(?:\d{1,3}(?:\.\d{1,3})*(?:\s?\([a-z0-9]{1,4}\))*|(?-i:[IVXL]{1,6})\b)"
NUMBERS = rf"{NUMBER}(?:\s*(?:,|and|or|to|-|–|&)\s*{NUMBER})*"
INTERNAL_REF = re.compile(
    rf"\b(?P<noun>{PARAGRAPH_NOUN}|{SECTION_NOUN})\s*(?P<nums>{NUMBERS})", re.IGNORECASE
)
BARE_REF = re.compile(
    r"\b(?:at|in|see|under|cf\.?)\s+(?:\()?(?P<nums>\d{1,3}(?:\.\d{1,3})*)(?:\))?\s+(?:above|below)\b", re.IGNORECASE
)
NUMBER_IN_LIST = re.compile(r"\d{1,3}(?:\.\d{1,3})*|\b[IVXL]{1,6}\b")

THIS_DOCUMENT = (
    r"(?:(?:this|the\s+present|the\s+instant|our\s+present)\s+(?:letter\s+of\s+request|request|letter|application|"
    r"document|note|memorandum|commission(?:\s+rogatoire)?|submission)"
    r"|the\s+(?:letter\s+of\s+)?request(?!\s+(?:of|dated|dd|sent|made|transmitted|no\b|number|ref)))"
)
INTERNAL_CUE = re.compile(
    rf"^\s*(?:,\s*)?(?:above|below|supra|infra|hereof|herein|hereunder|hereinabove|hereinbelow|(?:of|in|to)\s+{THIS_DOCUMENT})\b",
    re.IGNORECASE,
)
LEGAL_BEFORE = re.compile(
    r"(?:\bunder|\bpursuant\s+to|\bin\s+accordance\s+with|\bcontrary\s+to|\baccording\s+to|\bby\s+virtue\s+of|"
    r"\bin\s+terms\s+of|\bprovided\s+(?:for\s+)?(?:in|by)|\bwithin\s+the\s+meaning\s+of|\bas\s+defined\s+in)\s*$",
    re.IGNORECASE,
)
"""A provision of law is invoked: "under paragraph 14", "contrary to section 3" (of an instrument named earlier)."""
SEE_CUE = re.compile(r"(?:\bsee|\bcf\.?|\bvide)\s*$", re.IGNORECASE)
EXTERNAL_CUE = re.compile(r"^\s*(?:,\s*)?(?:thereof|therein|thereunder|ibid)\b", re.IGNORECASE)
EXTERNAL_OBJECT = re.compile(rf"^\s*(?:,\s*)?(?:of|to|under|in)\s+(?!{THIS_DOCUMENT})\S", re.IGNORECASE)
EXTERNAL_NAME = re.compile(r"^[ \t]+(?:[A-Z][A-Za-z]*\b|§)(?<!\bAbove)(?<!\bBelow)")
"""Directly followed by a name: "section 468 PPC", "section 263(5) StGB"."""
PROVISION_BEFORE = re.compile(
    r"(?:\barticles?|\barts?\.|\bsections?|\bss?\.|\brules?|\bregulations?|\bschedules?|\bclauses?|§)\s*\d+[\w()]*\s*,?\s*$",
    re.IGNORECASE,
)
SCHEDULE_PARAGRAPH_BEFORE = re.compile(r"\b(?:sub-?)?(?:paragraphs?|paras?\.?|parts?|items?)\s*\d+[\w()]*\s+(?:of|to|in)\s+(?:the\s+)?$", re.IGNORECASE)
INSTRUMENT_LEMMAS = frozenset({
    "act", "code", "convention", "treaty", "law", "ordinance", "regulation", "rule", "protocol", "decree",
    "statute", "constitution", "directive", "agreement", "scheme", "bill", "proclamation", "order", "judgment",
    "judgement", "decision", "affidavit", "statement", "report", "warrant", "annex", "schedule", "appendix",
    "exhibit", "article", "section", "chapter", "guideline", "guidelines", "procedure", "penal", "criminal",
    "stgb", "stpo", "ppc", "crpc", "untoc", "uncac",
})
"""Nouns whose paragraphs are not the request's: laws and instruments, and other documents."""
PART_LEMMAS = frozenset({"section", "annex", "schedule", "appendix", "exhibit", "statement", "report"})

# -- annexes, schedules, exhibits ------------------------------------------------------------------

KINDS = {
    "annex": "annex", "annexe": "annex", "annexes": "annex", "annexure": "annex", "annexures": "annex",
    "appendix": "appendix", "appendices": "appendix", "appendixes": "appendix",
    "schedule": "schedule", "schedules": "schedule",
    "exhibit": "exhibit", "exhibits": "exhibit",
    "attachment": "attachment", "attachments": "attachment",
    "enclosure": "enclosure", "enclosures": "enclosure",
}
KIND_WORD = r"annexures?|annexes|annexe?|appendix|appendices|schedules?|exhibits?|attachments?|enclosures?"
ANNEX_ID = r"(?-i:[A-Z]{1,4}/\d{1,3}|[A-Z]{1,3}-\d{1,3}|\d{1,3}(?:\.\d{1,2})?|[A-Z]{1,2}(?![a-z]))"
"""An annex's id: "C", "2", "KB/3", "A-1" (upper case even where the kind word is matched in any case)."""
ANNEX_REF = re.compile(
    rf"\b(?P<kind>{KIND_WORD})(?:\s+|\s*[-–]\s*)(?:No\.?\s*)?[\"'“‘]?(?P<id>{ANNEX_ID})\b[\"'”’]?"
    rf"(?P<more>(?:\s*(?:,|and|or|&|to|-|–)\s*[\"'“‘]?{ANNEX_ID}\b[\"'”’]?)*)",
    re.IGNORECASE,
)
MORE_IDS = re.compile(rf"[\"'“‘]?(?P<id>{ANNEX_ID})\b")
MARKED_REF = re.compile(r"\b(?:enclosed|attached|annexed|accompanying)\b[^.;]{0,60}?\bmarked\s+(?:as\s+)?[\"'“‘](?P<id>[A-Za-z0-9/.-]{1,8})[\"'”’]", re.IGNORECASE)
DECLARATION_LINE = re.compile(
    rf"^\s*(?P<kind>{KIND_WORD})(?:\s+|\s*[-–]\s*)(?:No\.?\s*)?[\"'“‘]?(?P<id>{ANNEX_ID})[\"'”’]?\s*(?:$|[:.)\-–—=]|\t|\s{{2,}})",
    re.IGNORECASE,
)
LIST_ITEM = re.compile(r"^\s*[(\[]?(?P<id>[A-Z]{1,4}/\d{1,3}|\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[)\].:\-–]\s*\S|^\s*(?P<kid>[A-Z]{1,4}/\d{1,3})\b")
TABLE_ID = re.compile(rf"(?:(?P<kind>{KIND_WORD})(?:\s+|\s*[-–]\s*))?(?:No\.?\s*)?(?P<id>{ANNEX_ID})[.)]?", re.IGNORECASE)
LISTING_HEADINGS = (
    "annex", "annexes", "annexures", "annexure", "appendices", "appendix", "schedules", "exhibits", "attachments",
    "enclosures", "enclosure", "list of annexes", "list of enclosures", "list of exhibits", "documents enclosed",
    "enclosed documents", "documents attached", "attached documents", "list of documents",
)
LISTING_LINE = re.compile(
    r"^\s*(?:list\s+of\s+)?(?:annexes|annexures|appendices|schedules|exhibits|attachments|enclosures?|"
    r"(?:documents?\s+)?(?:enclosed|attached)(?:\s+documents?)?|encl\.?)\s*:?\s*$",
    re.IGNORECASE,
)
LISTING_INLINE = re.compile(r"^\s*(?:annexes|enclosures?|attachments|encl\.)\s*:\s*(?P<rest>.+)$", re.IGNORECASE)
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


@dataclass(frozen=True)
class Numbering:
    """The numbers the request gives its own paragraphs, headings and list items, normalised ("14", "3.2", "iv")."""

    paragraphs: frozenset[str]
    headings: frozenset[str]
    items: frozenset[str]

    @property
    def numbered(self) -> bool:
        """Whether the request numbers its paragraphs or headings at all."""
        return len(self.paragraphs | self.headings) >= 2

    @property
    def all(self) -> frozenset[str]:
        return self.paragraphs | self.headings | self.items


@dataclass(frozen=True)
class Annexes:
    """The annexes (schedules, exhibits ...) the request contains or lists, by kind, and every id listed."""

    by_kind: dict[str, frozenset[str]]
    marked: frozenset[str]
    declarations: frozenset[tuple[int, int]]
    """(block index, line start) of each declaring line, which is not itself a reference."""


class DanglingReference(Rule):
    """A paragraph, annex, schedule, appendix or exhibit referred to does not exist in the request.

    **What it checks.** References to parts of the request itself — "see
    paragraph 14 above", "para. 3", "at 2.4 below", "section 5 of this
    request", "Annex C", "Schedule 2", "Appendix B", "Exhibit KB/3", "the
    enclosed document marked 'D'" — against the request's own numbering (Word
    list numbers and numbers typed at the start of paragraphs and headings)
    and against the annexes it contains (an "Annex A" heading) or lists (an
    "Enclosures" list). A paragraph reference is checked only when the request
    numbers its paragraphs; an annex reference only when the request contains
    or lists annexes of that kind (a request that mentions "Annex A" and
    contains no annex at all may send it separately). A reference to a
    paragraph, section, article or schedule of a statute, treaty or other
    document ("paragraph 3 of Schedule 2 to the Proceeds of Crime Act 2002",
    "section 7 of the Act", "Article 18, paragraph 9") is not a reference to
    the request.

    **Why it matters.** The executing official reads the request, not its
    drafter's earlier versions: a reference to a paragraph that was deleted or
    renumbered, or to an annex that was never attached, leaves a gap in the
    facts or in what is asked for, and the usual answer is a letter asking for
    clarification or the return of the request, which costs weeks.

    **Source.** UNTOC Art. 18(15)(b)–(d) and UNCAC Art. 46(15) (the request
    itself must describe the proceedings, the facts and the assistance sought)
    and UNTOC Art. 18(16) (the requested state "may request additional
    information" — the usual cause of delay); Swiss IMAC Art. 28(6)
    (correction or completion of a deficient request); UK Central Authority
    practice of returning deficient requests unregistered (mla_requirements.md
    §1.1, §3.8, §6.2).

    **Bad.** A request numbered 1 to 22 that says "the account described in
    paragraph 31 above", or whose enclosures list Annexes A and B and whose
    text asks the bank to "produce the records listed in Annex C".

    **Good.** "the account described in paragraph 13 above" where paragraph
    13 describes it, and "Annex C – List of accounts" among the enclosures.
    """

    code = "MLA205"
    name = "dangling-reference"
    severity = Severity.WARNING
    source = "UNTOC Art. 18(15)-(16); UNCAC Art. 46(15)-(16); IMAC Art. 28(6)"
    language_model = frozenset({"parser", "lemmatizer"})
    """Dependencies and lemmas: is a reference attached to a law or another document?"""

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        numbering = facts.derived(request_numbering)
        annexes = facts.derived(request_annexes)
        for block in document.body():
            yield from self._paragraph_references(block, facts, numbering)
            yield from self._annex_references(block, facts, annexes)

    # -- paragraphs and sections -------------------------------------------------------------

    def _paragraph_references(self, block: Block, facts: Analysis, numbering: Numbering) -> Iterator[Finding]:
        if not numbering.numbered:
            return
        text = block.text
        seen: set[str] = set()
        for match in INTERNAL_REF.finditer(text):
            noun = match.group("noun").lower()
            is_paragraph = noun.startswith(("para", "sub", "¶"))
            after = text[match.end() :]
            before = text[max(0, match.start() - 40) : match.start()]
            internal = bool(INTERNAL_CUE.match(after))
            if not internal:
                if not is_paragraph and not SEE_CUE.search(before):
                    continue
                if LEGAL_BEFORE.search(before):
                    continue
                if _external(after, before) or _attached_to_instrument(facts, block, match.start(), match.end()):
                    continue
            elif PROVISION_BEFORE.search(before):
                continue
            numbers = _listed_numbers(match.group("nums"))
            known = numbering.all
            missing = [n for n in numbers if not _exists(n, known)]
            key = ",".join(missing)
            if missing and key not in seen:
                seen.add(key)
                yield self._paragraph_finding(block, match.start(), match.end(), match.group(0), missing, known)
        for match in BARE_REF.finditer(text):
            numbers = _listed_numbers(match.group("nums"))
            missing = [n for n in numbers if not _exists(n, numbering.all)]
            key = ",".join(missing)
            if missing and key not in seen:
                seen.add(key)
                yield self._paragraph_finding(block, match.start("nums"), match.end(), match.group(0), missing, numbering.all)

    def _paragraph_finding(self, block: Block, start: int, end: int, quoted: str, missing: list[str], known: frozenset[str]) -> Finding:
        what = " or ".join(missing)
        return self.finding(
            f"\"{' '.join(quoted.split())}\" refers to a part of this request, but no paragraph or section is numbered "
            f"{what} (its numbers run {_describe(known)}).",
            block,
            start,
            end,
            suggestion="Correct the reference to the paragraph meant (numbering often shifts when a paragraph is added "
            "or deleted), or quote the passage instead of referring to it.",
        )

    # -- annexes, schedules, exhibits -----------------------------------------------------------

    def _annex_references(self, block: Block, facts: Analysis, annexes: Annexes) -> Iterator[Finding]:
        if not annexes.by_kind and not annexes.marked:
            return
        text = block.text
        seen: set[tuple[str, str]] = set()
        for match in ANNEX_REF.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            if (block.index, line_start) in annexes.declarations and not text[line_start : match.start()].strip():
                continue
            kind = KINDS[match.group("kind").lower()]
            listed = annexes.by_kind.get(kind)
            if not listed:
                continue
            first = match.group("id")
            idents = [first] + [m.group("id") for m in MORE_IDS.finditer(match.group("more")) if _same_shape(m.group("id"), first)]
            missing = [i for i in idents if not _same_annex(i, listed) and (kind, i.upper()) not in seen]
            if not missing:
                continue
            after = text[match.end() :]
            if EXTERNAL_OBJECT.match(after) and not INTERNAL_CUE.match(after):
                continue  # "Schedule 2 to the Proceeds of Crime Act 2002", "Annex I of the Convention"
            before = text[max(0, match.start() - 40) : match.start()]
            if EXTERNAL_NAME.match(after) or PROVISION_BEFORE.search(before):
                continue
            if kind == "schedule" and SCHEDULE_PARAGRAPH_BEFORE.search(before):
                continue  # "paragraph 3 of Schedule 2": statutes have paragraphs in schedules
            if _attached_to_instrument(facts, block, match.start(), match.end()):
                continue
            seen.update((kind, i.upper()) for i in missing)
            names = " or ".join(f"{kind.capitalize()} {i}" for i in missing)
            plural = f"{kind}es" if kind.endswith("x") else f"{kind}s"
            yield self.finding(
                f"\"{' '.join(match.group(0).split())}\" is referred to, but the request's {plural} are "
                f"{', '.join(sorted(listed))}: there is no {names}.",
                block,
                match.start(),
                match.end(),
                suggestion=f"Attach {names} and add it to the list of enclosures, or correct the reference.",
            )
        if annexes.marked:
            for match in MARKED_REF.finditer(text):
                ident = match.group("id")
                if _same_annex(ident, annexes.marked) or ("marked", ident.upper()) in seen:
                    continue
                seen.add(("marked", ident.upper()))
                yield self.finding(
                    f"The document marked '{ident}' is referred to, but the request's enclosures are "
                    f"{', '.join(sorted(annexes.marked))}.",
                    block,
                    match.start(),
                    match.end(),
                    suggestion=f"Enclose the document marked '{ident}' and list it, or correct the mark.",
                )


# -- shared facts ---------------------------------------------------------------------------------

PARAGRAPH_NUMBER = re.compile(r"^\s*[(\[]?(?P<n>\d{1,3}(?:\.\d{1,3})*|[IVXL]{1,6}|[ivxl]{1,6})[.)\]:]?(?=\s|$)")


def request_numbering(facts: Analysis) -> Numbering:
    """The labels of the request's numbered paragraphs and headings (reader labels and typed numbers)."""
    paragraphs: set[str] = set()
    headings: set[str] = set()
    items: set[str] = set()
    for block in facts.document.body():
        if block.kind is BlockKind.TABLE_CELL:
            cell = re.fullmatch(r"\s*\(?(\d{1,3}(?:\.\d{1,3})*)[.)]?\s*", block.text)
            if cell:
                items.add(_normal(cell.group(1)))  # a numbered row of a table
        target = headings if block.kind is BlockKind.HEADING else items if block.kind is BlockKind.TABLE_CELL else paragraphs
        label = block.location.label
        match = PARAGRAPH_NUMBER.match(label) if label else None
        if match:
            target.add(_normal(match.group("n")))
        match = PARAGRAPH_NUMBER.match(block.text)
        if match and _typed_number(block.text, match):
            target.add(_normal(match.group("n")))
        for line in block.text.split("\n")[1:]:
            match = PARAGRAPH_NUMBER.match(line)
            if match and _typed_number(line, match):
                items.add(_normal(match.group("n")))
    return Numbering(frozenset(paragraphs), frozenset(headings), frozenset(items))


def _typed_number(text: str, match: re.Match[str]) -> bool:
    """A number typed at the start of a paragraph as its label, not "2023 was ..." or "1 January"."""
    number = match.group("n")
    rest = text[match.end() :].lstrip()
    if number.isdigit() and not text[match.start() : match.end()].strip().endswith((".", ")", "]", ":")) and not text.lstrip().startswith(("(", "[")):
        return False  # "14 March 2023 ..." is a date, not paragraph 14
    if not number[0].isdigit() and not text[match.start() : match.end()].strip().endswith((".", ")")):
        return False
    return bool(rest) and (rest[0].isupper() or rest[0] in "\"'“(" or rest[0].isdigit())


def request_annexes(facts: Analysis) -> Annexes:
    """The annexes, schedules, exhibits ... the request contains (a heading or line naming one) or lists."""
    by_kind: dict[str, set[str]] = {}
    marked: set[str] = set()
    declarations: set[tuple[int, int]] = set()
    listing_kind: str | None = None
    for block in facts.document.body():
        if block.kind is BlockKind.HEADING:
            title = HEADING_NUMBER.sub("", block.text.strip(), count=1)
            declared_heading = DECLARATION_LINE.match(title) or ANNEX_REF.match(title)
            if declared_heading is not None:
                if title == block.text.strip():
                    listing_kind = None  # an annex itself ("ANNEX A"): its content lists nothing
                kind = KINDS[declared_heading.group("kind").lower()]
                by_kind.setdefault(kind, set()).add(declared_heading.group("id").upper())
                marked.add(declared_heading.group("id").upper())
                declarations.add((block.index, 0))
                continue
            item = LIST_ITEM.match(block.text) if title != block.text.strip() else None
            if item is not None and listing_kind is not None:  # "2. Copy of ...", read as a heading, in a list
                ident = (item.group("id") or item.group("kid")).upper()
                by_kind.setdefault(listing_kind, set()).add(ident)
                marked.add(ident)
                declarations.add((block.index, 0))
                continue
            listing_kind = _listing_kind(block.text) if _is_listing_heading(block.text) else None
            continue
        if block.kind is BlockKind.TABLE_CELL:
            cell = TABLE_ID.fullmatch(block.text.strip())
            if cell and listing_kind is not None:
                kind = KINDS[cell.group("kind").lower()] if cell.group("kind") else listing_kind
                by_kind.setdefault(kind, set()).add(cell.group("id").upper())
                marked.add(cell.group("id").upper())
                declarations.add((block.index, 0))
            elif cell and cell.group("kind"):
                by_kind.setdefault(KINDS[cell.group("kind").lower()], set()).add(cell.group("id").upper())
                marked.add(cell.group("id").upper())
                declarations.add((block.index, 0))
            continue
        offset = 0
        lines = block.text.split("\n")
        inline_kind: str | None = None
        for number, line in enumerate(lines):
            start = offset
            offset += len(line) + 1
            declared = DECLARATION_LINE.match(line)
            if declared and (block.kind is BlockKind.HEADING or len(lines) > 1 or len(line.split()) <= 14 or listing_kind or inline_kind):
                kind = KINDS[declared.group("kind").lower()]
                by_kind.setdefault(kind, set()).add(declared.group("id").upper())
                marked.add(declared.group("id").upper())
                declarations.add((block.index, start))
                continue
            if number == 0 and LISTING_LINE.match(line):
                inline_kind = _listing_kind(line) or "enclosure"
                continue
            inline = LISTING_INLINE.match(line) if number == 0 else None
            if inline:
                inline_kind = _listing_kind(line) or "enclosure"
                for part in re.split(r"[;,]|\band\b", inline.group("rest")):
                    item = LIST_ITEM.match(part.strip() + " x") or DECLARATION_LINE.match(part.strip())
                    if item:
                        ident = item.groupdict().get("id") or item.groupdict().get("kid")
                        if ident:
                            by_kind.setdefault(inline_kind, set()).add(ident.upper())
                            marked.add(ident.upper())
                continue
            in_list = inline_kind or listing_kind
            if in_list is not None:
                named = list(ANNEX_REF.finditer(line))
                for ref in named:  # "1. Annex A – Copy of the FIR": the list names the annex
                    by_kind.setdefault(KINDS[ref.group("kind").lower()], set()).add(ref.group("id").upper())
                    marked.add(ref.group("id").upper())
                if named:
                    declarations.add((block.index, start))
                    continue
                item = LIST_ITEM.match(line)
                if item:
                    ident = item.group("id") or item.group("kid")
                    by_kind.setdefault(in_list, set()).add(ident.upper())
                    marked.add(ident.upper())
                    declarations.add((block.index, start))
    return Annexes({k: frozenset(v) for k, v in by_kind.items()}, frozenset(marked), frozenset(declarations))


HEADING_NUMBER = re.compile(r"^[\s(\[]*(?:\d+(?:\.\d+)*|[IVXLC]+|[A-Z])[.)\]:]\s*|^[\s(\[]*\d+(?:\.\d+)*\s+")


def _is_listing_heading(text: str) -> bool:
    """"Enclosures", "5. List of Annexes", "ANNEXES:" (numbering, case and punctuation ignored)."""
    title = HEADING_NUMBER.sub("", text.strip(), count=1).strip(" .:;-").lower()
    return len(title.split()) <= 5 and title in LISTING_HEADINGS


def _listing_kind(text: str) -> str | None:
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in KINDS:
            return KINDS[word]
    if re.search(r"\b(?:enclosed|attached|encl)\b", text, re.IGNORECASE):
        return "enclosure"
    return None


# -- helpers --------------------------------------------------------------------------------------


def _external(after: str, before: str) -> bool:
    """The reference continues into another instrument: "of the Act", "thereof", "PPC", "Article 18, paragraph 9"."""
    return bool(
        EXTERNAL_OBJECT.match(after) or EXTERNAL_CUE.match(after) or EXTERNAL_NAME.match(after) or PROVISION_BEFORE.search(before)
    )


def _attached_to_instrument(facts: Analysis, block: Block, start: int, end: int) -> bool:
    """Dependency test: the reference is governed by, or takes a prepositional object naming, a law or other document."""
    if facts.pipeline.model.startswith("blank"):
        return False
    doc = facts.doc_of(block)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    for token in span:
        if _instrument_object(token, span.start) or _instrument_ancestor(token):
            return True
    return False


def _instrument_object(token: Token, first: int) -> bool:
    """"paragraph 3 of the Scheme" (prepositional object), "the Scheme's paragraph 3", "Harare Scheme paragraph 14"."""
    for child in token.children:
        if (
            child.dep_ in {"compound", "poss", "nmod"}
            and child.i < first
            and (child.lemma_.lower() in INSTRUMENT_LEMMAS - PART_LEMMAS or child.pos_ == "PROPN")
        ):
            return True
        if child.dep_ == "prep" and child.lower_ in {"of", "to", "under", "in"}:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    words = {t.lower_ for t in obj.subtree}
                    if words & {"this", "present", "instant"}:
                        return False
                    if obj.lemma_.lower() in INSTRUMENT_LEMMAS or obj.pos_ == "PROPN":
                        return True
    return False


def _instrument_ancestor(token: Token) -> bool:
    """"the Act, paragraph 3", "Article 18 paragraph 9": the reference hangs on an instrument noun."""
    head, steps = token.head, 0
    while head is not token and steps < 3 and head.i != head.head.i:
        if (
            token.dep_ in {"appos", "compound", "npadvmod", "nmod"}
            and head.pos_ in {"NOUN", "PROPN"}
            and head.lemma_.lower() in INSTRUMENT_LEMMAS - PART_LEMMAS
        ):
            return True
        if head.dep_ not in {"pobj", "prep", "appos", "compound", "nmod"}:
            break
        token, head, steps = head, head.head, steps + 1
    return False


def _listed_numbers(raw: str) -> list[str]:
    """"3, 4 and 7" -> [3, 4, 7]; "12 to 14" -> [12, 14]; "5(b)" -> [5]."""
    raw = re.sub(r"\([a-z0-9]{1,4}\)", "", raw)
    return [_normal(n) for n in NUMBER_IN_LIST.findall(raw)]


def _normal(number: str) -> str:
    return number.lower() if not number[0].isdigit() else ".".join(str(int(p)) for p in number.split(".") if p)


def _exists(number: str, known: frozenset[str]) -> bool:
    if number in known:
        return True
    if not number[0].isdigit():
        if not any(k and not k[0].isdigit() for k in known):
            return True  # a roman section number in a request that numbers nothing in roman
        return _roman_value(number) is not None and str(_roman_value(number)) in known
    return False


def _roman_value(text: str) -> int | None:
    total, previous = 0, 0
    for char in reversed(text.upper()):
        value = ROMAN.get(char)
        if value is None:
            return None
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total


def _same_shape(ident: str, first: str) -> bool:
    """"B" after "Annex A and", "3" after "Schedules 1, 2 and": another id of the same form."""
    def shape(i: str) -> str:
        return "mark" if "/" in i else "number" if i[0].isdigit() else "letter"

    return shape(ident) == shape(first)


def _same_annex(ident: str, listed: frozenset[str]) -> bool:
    ident = ident.upper()
    if ident in listed:
        return True
    value = _roman_value(ident) if re.fullmatch(r"[IVX]{1,5}", ident) else None
    for other in listed:
        other_value = _roman_value(other) if re.fullmatch(r"[IVX]{1,5}", other) else None
        if value is not None and other.isdigit() and int(other) == value:
            return True
        if other_value is not None and ident.isdigit() and int(ident) == other_value:
            return True
    return False


def _describe(known: frozenset[str]) -> str:
    numeric = sorted((k for k in known if k.replace(".", "").isdigit()), key=lambda k: [int(p) for p in k.split(".")])
    if numeric:
        return f"from {numeric[0]} to {numeric[-1]}"
    return ", ".join(sorted(known))


__all__ = ["DanglingReference", "request_annexes", "request_numbering"]
