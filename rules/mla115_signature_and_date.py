"""MLA115 signature-and-date: the request is signed (name and title of the official) and dated."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar

from mla_lint.analysis import Analysis
from mla_lint.dates import MAIL_DATE_LINE
from mla_lint.elements import Evidence, RequiredElement
from mla_lint.findings import Finding, Severity
from mla_lint.model import Block, BlockKind, Document

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|"
    r"d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    r"janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro|januar|februar|m[äa]rz|juni|juli|"
    r"oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)"
)
FULL_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?(?:\s+day)?(?:\s+(?:of|de))?\s+{MONTH}\.?,?\s+(?:de\s+)?\d{{4}}\b"
    rf"|\b{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    r"|\b\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*(?:\d{4}|\d{2})\b"
    r"|\b\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}\b",
    re.IGNORECASE,
)
"""A complete date: "18 September 2023", "September 18, 2023", "19.02.2024", "2024-05-03", "5th day of March 2024"."""

DATE_LINE_WORDS = frozenset({
    "date", "dated", "done", "at", "on", "this", "day", "of", "the", "signed", "in", "le", "den", "am", "issued",
    "our", "ref", "reference", "your", "no", "sent", "place", "fait", "à", "city",
})
TITLE_WORDS = re.compile(
    r"\b(?:prosecutor|prosecutors|director|directors|secretary|attorney|minister|judge|counsel|inspector|officer|head|"
    r"chief|commissioner|superintendent|procurator|solicitor|advocate|deputy|assistant|general|magistrate|registrar|"
    r"president|chairman|chairperson|ambassador|consul|office|ministry|department|service|agency|bureau|commission|"
    r"unit|division|authority|court|police|staatsanwalt|staatsanw[äa]ltin|procureur|procurador|procuradora|fiscal|"
    r"juge|promotor|delegado|state\s+counsel|barrister|lawyer|investigator|detective|sergeant|constable|captain|"
    r"colonel|manager|controller|principal|senior|specialist|coordinator|co-ordinator|representative|agent|"
    r"central\s+authority|for\s+the|on\s+behalf\s+of|i\.?\s?a\.?|p\.?\s?p\.?)\b",
    re.IGNORECASE,
)
"""A title or office in a signature block ("Deputy Director of Public Prosecutions", "Public Prosecutor")."""

NAME_PART = r"(?:[A-ZÀ-Þ][\wà-ÿ'’]*(?:-[A-ZÀ-Þ][\wà-ÿ'’]*)*|[A-Z][a-z]?\.|van|von|de|der|den|da|das|dos|do|di|del|la|le|bin|binti|bint|ibn|al|el|ben|ter|mac|mc)"
NAME_LINE = re.compile(
    rf"\s*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Hon|Rt\.?\s+Hon|Sir|Dame|Judge|Justice|Adv|Advocate|Lic|Licda|Licdo|Ing|"
    rf"Atty|Abog|Me|Maître|Maitre|Dott|Dott\.ssa|Avv|Mgr|Mag|Dipl|Shri|Smt|Sri|Datuk|Dato'?|Tan\s+Sri|Engr|Eng|"
    rf"Alhaji|Barr|Barrister|Mme|Mlle|Herr|Frau|Sr|Sra|Srta|Don|Doña|Dña)\.?\s+)?{NAME_PART}(?:\s+{NAME_PART}){{1,5}}\s*[,.]?\s*"
)
"""A line that is a person's name: "Muhammad Tariq Aziz", "Dr. Jonas Hartmann", "R. H. Hoekstra", "VICTOR MUNTEANU"."""

NOT_NAME_WORDS = frozenset({
    "office", "ministry", "department", "unit", "division", "section", "authority", "agency", "service", "court",
    "bureau", "commission", "directorate", "police", "cell", "team", "centre", "center", "chambers", "government",
    "republic", "kingdom", "state", "states", "general", "international", "mutual", "legal", "assistance", "central",
    "justice", "public", "prosecutions", "prosecution", "affairs", "crime", "criminal", "yours", "faithfully",
    "sincerely", "truly", "regards", "signed", "signature", "stamp", "seal", "date", "dated", "thank", "you",
    "prosecutor", "director", "secretary", "attorney", "minister", "judge", "counsel", "inspector", "officer", "head",
    "chief", "deputy", "assistant", "magistrate", "specialist", "senior", "principal", "of", "the", "and", "for",
    "united", "america", "road", "street", "avenue", "house", "building", "box", "floor", "block",
    "limited", "ltd", "plc", "inc", "llc", "bank", "request", "annex", "annexes", "schedule", "enclosure",
    "enclosures", "copy", "attachment", "attachments", "page", "ref", "reference", "confidential", "restricted",
    "urgent", "translation", "respectfully", "cordially", "best", "kind", "sincerely,", "faithfully,", "council",
    "parliament", "embassy", "consulate", "secretariat", "federal", "national", "city", "county",
})
CLOSING = re.compile(
    r"\b(?:yours\s+(?:faithfully|sincerely|truly)|sincerely|respectfully|regards|\(signed\)|signed\b|signature|"
    r"with\s+(?:the\s+)?(?:highest|high)\s+consideration|avails\s+itself|thank\s+you\s+for)",
    re.IGNORECASE,
)
TOP_BLOCKS = 8
END_BLOCKS = 6


class SignatureAndDate(RequiredElement):
    """The request is signed by a named official with a title, and dated.

    **What it checks.** Two things, reported together: a signature block
    near the end with the signatory's name *and* title or office ("Wanjiru
    Njeri Kamau, Deputy Director of Public Prosecutions"; "(Signed) Dr. Jonas
    Hartmann, Public Prosecutor"), and the request's own date, on a date line
    near the top or by the signature ("Islamabad, 18 September 2023",
    "Dated 5 March 2024", "Date: 2024-05-03"). "Yours faithfully" with no
    name, a name with no title, a blank "Date: ____" line, or dates of events
    in the text do not count.

    **Why it matters.** A request is an act of the competent authority: the
    requested state checks that the person who signs is competent to ask,
    and courts check it again when the evidence is used. The date fixes
    which law and treaty applied, anchors deadlines and follow-ups, and lets
    the requested state match the request to later correspondence.

    **Source.** UNTOC Art. 18(14) and UNCAC Art. 46(14) (requests in writing
    "under conditions allowing that State Party to establish authenticity");
    UNTOC Art. 18(15)(a) (identity of the authority making the request);
    Mauritius Mutual Assistance in Criminal and Related Matters Act 2003
    s 4(3) (the request "shall be in writing"); T-CY(2018)10 template field 1
    (date).

    **Bad.** A request that ends "Yours faithfully," with no name under it,
    and carries no date.

    **Good.** "Islamabad, 18 September 2023 ... (Signed) Muhammad Tariq Aziz,
    Joint Secretary (FIA), Ministry of Interior."
    """

    code = "MLA115"
    name = "signature-and-date"
    severity = Severity.ERROR
    source = "UNTOC Art. 18(14)-(15)(a); UNCAC Art. 46(14); T-CY(2018)10 field 1"
    heading_phrases: ClassVar[tuple[str, ...]] = ("signature", "signed", "signatory", "date and signature", "signature and date")
    missing = (
        "The request is neither signed nor dated: no signature block gives the official's name and title, and no "
        "date of the request is given."
    )
    add = (
        "End the request with a signature block giving the official's name and title (e.g. \"Wanjiru Njeri Kamau, "
        "Deputy Director of Public Prosecutions\") and date it (e.g. \"Nairobi, 12 April 2024\")."
    )

    def find(self, facts: Analysis) -> Evidence | None:
        signature = find_signature(facts)
        return signature if signature is not None and find_request_date(facts) is not None else None

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        signed = find_signature(facts) is not None
        dated = find_request_date(facts) is not None
        if signed and dated:
            return
        if not signed and not dated:
            message = self.missing
        elif not signed:
            message = (
                "The request is not signed: no signature block gives the name and title or office of the "
                "official who makes it."
            )
        else:
            message = "The request is not dated: no date of the request is given near the top or by the signature."
        yield self.missing_finding(facts, message)


def _body(facts: Analysis) -> list[Block]:
    return [b for b in facts.document.body() if b.text.strip()]


def _end_region(blocks: list[Block]) -> list[Block]:
    """The blocks that can hold the signature: the last few, and everything after a closing formula."""
    start = max(0, len(blocks) - END_BLOCKS)
    for n in range(len(blocks) - 1, max(-1, len(blocks) * 2 // 5 - 1), -1):
        if CLOSING.search(blocks[n].text) and len(blocks[n].text) < 120:
            start = min(start, n)
    return blocks[start:]


def _segments(text: str) -> list[str]:
    """Lines, and the comma-separated parts of a short line ("Victor Munteanu, Prosecutor")."""
    parts: list[str] = []
    lines = [piece for line in text.splitlines() for piece in re.split(r"\t+|\s{3,}", line)]
    for line in lines:
        line = line.strip()
        if not line:
            continue
        parts.append(line)
        if len(line) <= 70 and "," in line:
            parts.extend(p.strip() for p in line.split(",") if p.strip())
    return parts


RANK = re.compile(
    r"^\s*(?:(?:Hon|Honourable|Honorable|The\s+Hon|Lady|Lord|Madam|Inspector|Detective|Sergeant|Constable|Superintendent|Prosecutor|Public\s+Prosecutor|Judge|Justice|"
    r"Counsel|Advocate|Attorney|Commissioner|Director|Officer|Agent|Special\s+Agent|Captain|Colonel|Major|Chief|"
    r"Deputy|Senior|Assistant|Principal|State|Chief\s+State|DS|DC|DI|DCI|DSI|DSU|DCS|PC|PS|Sgt|Insp|Supt|ASP|DSP|SP|"
    r"SSP|ACP|DCP|Capt|Lt|Col|Maj|Cdr|SA|AUSA|Mag|Investigator|Commandant|Lieutenant|Sergeant|Police|Prosecutor\s+General|"
    r"Procurator|Procureur|Staatsanwalt|Staatsanwältin|Oberstaatsanwalt|Oberstaatsanwältin|Fiscal|Juge)\.?\s+)+(?=[A-Z])"
)


def is_name_line(segment: str) -> bool:
    """A person's name, possibly after a rank ("Inspector Jane Roe"); not an office or a place ("FIA Lahore")."""
    segment = RANK.sub("", segment)
    if not NAME_LINE.fullmatch(segment) or any(ch.isdigit() for ch in segment):
        return False
    words = [w.strip(".,") for w in segment.split()]
    if {w.lower() for w in words} & NOT_NAME_WORDS:
        return False
    upper = [w for w in words if len(w) >= 2 and w.isupper()]
    return not upper or len(upper) == len([w for w in words if len(w) >= 2])


def find_signature(facts: Analysis) -> Evidence | None:
    """A block near the end with a person's name and, in it or next to it, a title or office."""
    region = _end_region(_body(facts))
    for n in range(len(region) - 1, -1, -1):  # the signature is usually the last thing
        block = region[n]
        following = region[n + 1] if n + 1 < len(region) else None
        if not _could_hold_signature(block, following):
            continue
        segments = _segments(block.text)
        names = [s for s in segments if is_name_line(s)]
        if not names:
            continue
        own_titles = [s for s in segments if TITLE_WORDS.search(s) and not is_name_line(s)]
        neighbours = [region[k] for k in (n - 1, n + 1) if 0 <= k < len(region)]
        near_titles = [
            s for b in neighbours if _is_signature_line_block(b) for s in _segments(b.text) if TITLE_WORDS.search(s)
        ]
        if own_titles or near_titles:
            start = block.text.find(names[0])
            return Evidence(block, max(0, start), max(0, start) + len(names[0]))
    return None


def _could_hold_signature(block: Block, following: Block | None) -> bool:
    """Short lines or a short block, not wrapped prose; a "heading" only if no section content follows it
    (text readers take a lone capitalised name line for a heading)."""
    text = block.text.strip()
    if block.kind is BlockKind.HEADING:
        return following is None or len(following.text) <= 200
    lines = [line for line in text.splitlines() if line.strip()]
    return len(text) <= 150 or sum(len(line) <= 60 for line in lines) >= 0.6 * len(lines)


def _is_signature_line_block(block: Block) -> bool:
    """A short block of lines next to the name (title, office), not a sentence of the letter."""
    text = block.text.strip()
    if len(text) > 200:
        return False
    return not re.search(r"[a-z]{3,}\.$", text) or "\n" in text


def is_date_line(segment: str) -> bool:
    match = FULL_DATE.search(segment)
    if match is None or len(segment.split()) > 12:
        return False
    rest = (segment[: match.start()] + " " + segment[match.end() :]).strip()
    for word in re.findall(r"[^\W\d_]+", rest):
        if word[:1].isupper() or word.lower() in DATE_LINE_WORDS:
            continue
        return False
    return True


def _wrapped_prose(text: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return False
    return sum(len(line) > 60 for line in lines) >= 2 or bool(re.search(r"[a-z]{2,}\.\s+[A-Z]", text))


def find_request_date(facts: Analysis) -> Evidence | None:
    """A date line of the request itself: near the top, or in the signature region."""
    blocks = _body(facts)
    headers = [b for b in facts.document.blocks if b.kind is BlockKind.HEADER]  # "Ref. 12/2024 - 5 March 2024"
    candidates = blocks[:TOP_BLOCKS] + [b for b in _end_region(blocks) if b not in blocks[:TOP_BLOCKS]] + headers
    for block in candidates:
        if block.kind is BlockKind.HEADING and not FULL_DATE.search(block.text):
            continue
        for line in block.text.splitlines():  # an e-mail's own header ("Sent: Tuesday, 20 May 2025 16:42")
            if MAIL_DATE_LINE.match(line) and FULL_DATE.search(line):
                start = block.text.find(line)
                return Evidence(block, start, start + len(line))
        if _wrapped_prose(block.text):
            continue  # a line of a paragraph wrapped at the page width is not a date line
        for line in block.text.splitlines():
            if is_date_line(line.strip()):
                start = block.text.find(line)
                return Evidence(block, start, start + len(line))
    # "Done at Nairobi on 12 April 2024" / "Dated this 5th day of March 2024" in a sentence by the signature
    for block in _end_region(blocks):
        pattern = r"\b(?:dated|done\s+at|signed\s+(?:at|on|in)|issued\s+(?:at|on|in)|given\s+under|on\s+this)\b[^.]{0,90}"
        for match in re.finditer(pattern, block.text, re.IGNORECASE):
            if FULL_DATE.search(match.group(0)):
                return Evidence(block, match.start(), match.end())
    return None
