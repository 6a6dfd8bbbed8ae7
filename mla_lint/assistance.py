"""What the request asks for: the measures sought, each with the text that asks for it.

Several rules depend on the kind of assistance sought: no summary of facts is
needed for a pure service request (MLA104), procedures matter when testimony
or records are sought as evidence (MLA109), dual criminality is an error when
coercive measures are sought (MLA111), asset particulars are needed for a
freeze (MLA117) and witness details for testimony (MLA118).

A measure is *sought* when a sentence asks for it: a request frame ("we ask
that ...", "it is requested", "please", "kindly", "we would be grateful if",
"X should be obtained"), an imperative or infinitive item ("Obtain ...", "(a)
to take a statement from ..."), or any item under a heading that announces the
assistance requested ("Assistance Requested", "Request", "Action required").
The same measure mentioned in the facts ("the police searched his house") or
as a past event ("the account was frozen in May") is not sought. The structure
decides where to look when the request has such a heading; its content alone
otherwise. The kind of each measure comes from lemma families on the action
(obtain, produce, search, seize, freeze, serve, interview, intercept,
transfer ...) and on what it acts on (bank statements, subscriber data, a
witness, the company register ...), read through spaCy's dependency parse.

Sources: UNTOC Art. 18(3) and UNCAC Art. 46(3) (the kinds of assistance);
UNCAC Art. 46(9)(b) (assistance "that does not involve coercive action");
Harare Scheme para 1(3).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from typing_extensions import Self

from mla_lint.elements import Evidence
from mla_lint.language import is_negated as _is_negated
from mla_lint.model import Block, BlockKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from mla_lint.analysis import Analysis, Section


def is_negated(token: Token) -> bool:
    """`mla_lint.language.is_negated`, except that "account no. 123" is an abbreviation, not a negation."""
    if not _is_negated(token):
        return False
    doc = token.doc
    window = list(token.children) + list(doc[max(token.sent.start, token.i - 4) : token.i])
    negators = [t for t in window if t.lower_ in {"not", "n't", "no", "never", "without", "nor", "neither"} or t.dep_ == "neg"]
    real = [t for t in negators if not (t.lower_ == "no" and t.i + 1 < len(doc) and (doc[t.i + 1].text in {".", ":"} or doc[t.i + 1].like_num))]
    if real or token.head.lemma_.lower() in {"refrain", "avoid", "prevent"}:
        return True
    if token.dep_ in {"xcomp", "acomp", "oprd", "pcomp"}:
        return _is_negated(token.head) and any(c.dep_ == "neg" or c.lower_ in {"not", "n't", "never"} for c in token.head.children)
    return False


class AssistanceType(str, Enum):
    """A kind of assistance, and whether executing it takes coercive action (UNCAC Art. 46(9)(b))."""

    coercive: bool

    def __new__(cls, value: str, coercive: bool) -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.coercive = coercive
        return member

    BANK_RECORDS = ("bank-records", True)
    TESTIMONY = ("testimony", False)
    """A witness statement or interview; coercive only when compelled (see `Measure.compelled`)."""
    SEARCH_SEIZURE = ("search-and-seizure", True)
    PRODUCTION_ORDER = ("production-order", True)
    """Records or items to be produced by a private holder (a company's business records)."""
    FREEZING_CONFISCATION = ("freezing-confiscation", True)
    COMMUNICATIONS_DATA = ("communications-data", True)
    """Subscriber, traffic and stored content data, and their preservation."""
    INTERCEPTION = ("interception", True)
    COMPANY_RECORDS = ("company-records", False)
    """Registry and corporate records (directors, shareholders, incorporation)."""
    SERVICE_OF_DOCUMENTS = ("service-of-documents", False)
    TEMPORARY_TRANSFER = ("temporary-transfer", False)
    OTHER_RECORDS = ("other-records", False)
    """Public and official records (police, medical, tax, land, immigration, court records), tracing persons."""


RECORD_KINDS = frozenset({
    AssistanceType.BANK_RECORDS, AssistanceType.PRODUCTION_ORDER, AssistanceType.COMMUNICATIONS_DATA,
    AssistanceType.COMPANY_RECORDS, AssistanceType.OTHER_RECORDS,
})


@dataclass(frozen=True)
class Measure:
    """One measure sought, and the text (a sentence or list item) that asks for it."""

    kind: AssistanceType
    evidence: Evidence
    compelled: bool = False
    """For testimony: the witness is to be summoned or examined on oath before a court."""

    @property
    def coercive(self) -> bool:
        return self.kind.coercive or self.compelled


@dataclass(frozen=True)
class AssistanceSought:
    """Every measure the request asks for (in document order), and the passages that ask."""

    measures: tuple[Measure, ...] = ()
    requests: tuple[Evidence, ...] = ()
    """Every passage (sentence or list item) that asks for something, measure or not."""
    heading: Block | None = None
    """The heading that announces the assistance requested, if the request has one."""

    @property
    def kinds(self) -> frozenset[AssistanceType]:
        return frozenset(m.kind for m in self.measures)

    @property
    def coercive(self) -> bool:
        return any(m.coercive for m in self.measures)

    @property
    def coercive_measures(self) -> tuple[Measure, ...]:
        return tuple(m for m in self.measures if m.coercive)

    @property
    def service_only(self) -> bool:
        return bool(self.measures) and self.kinds == {AssistanceType.SERVICE_OF_DOCUMENTS}

    @property
    def seeks_testimony(self) -> bool:
        return AssistanceType.TESTIMONY in self.kinds

    @property
    def seeks_assets(self) -> bool:
        return AssistanceType.FREEZING_CONFISCATION in self.kinds

    @property
    def seeks_evidence_for_court(self) -> bool:
        """Testimony, or records and documents (which a court will want in an admissible form)."""
        return bool(self.kinds & (RECORD_KINDS | {AssistanceType.TESTIMONY}))

    def of_kind(self, *kinds: AssistanceType) -> tuple[Measure, ...]:
        return tuple(m for m in self.measures if m.kind in kinds)


# -- headings -----------------------------------------------------------------

REQUEST_HEADING_WORDS = frozenset({
    "request", "requests", "requested", "sought", "required", "assistance", "action", "actions", "measures",
    "enquiries", "inquiries",
})
TITLE_WORDS = frozenset({
    "mutual", "letter", "legal", "criminal", "rogatory", "commission", "matters", "matter", "case", "group", "unit",
    "division", "department", "office", "ministry", "central", "international", "directorate", "bureau", "agency",
})
"""Words of a title ("Request for Mutual Legal Assistance") or an institution ("International Assistance Group")."""
OTHER_HEADING_WORDS = frozenset({
    "purpose", "purposes", "relevance", "reason", "reasons", "procedure", "procedures", "procedural", "form",
    "formalities", "certification", "authentication", "confidentiality", "confidential", "secrecy", "use", "usage",
    "dual", "double", "criminality", "contact", "contacts", "urgency", "urgent", "deadline", "deadlines",
    "timing", "facts", "summary", "background", "offence", "offences", "offense", "offenses", "charges", "law",
    "laws", "basis", "persons", "person", "subjects", "suspects", "parties", "requesting", "authority",
    "authorities", "proceedings", "investigation", "reciprocity", "signature", "annex", "annexes", "schedule",
    "notes", "undertaking", "undertakings", "assurance", "assurances", "costs", "expenses", "language",
    "translation", "transmission", "conclusion", "introduction", "limitation", "status", "applicable",
    "provisions", "penalty", "penalties", "consultation", "channel", "execution",
})


_NUMBERING = re.compile(
    r"^[\s(\[]*(?:(?:\d+(?:\.\d+)*|[ivxlcIVXLC]{1,6}|[A-Za-z])[.)\]:]+|\d+(?:\.\d+)*)[\s.:-]*"
)


def heading_title(text: str) -> str:
    """A heading without its numbering and punctuation, lower-cased: "VII. Assistance Requested:" -> "assistance requested"."""
    return _NUMBERING.sub("", text.strip(), count=1).strip(" .:;-").lower()


def is_request_heading(text: str) -> bool:
    """"Assistance Requested", "REQUEST", "VII. Evidence sought", "Action required" (not the title, not "Purpose of the request")."""
    words = set(re.findall(r"[a-z]+", heading_title(text)))
    if not words or len(words) > 8:
        return False
    asking = words & {"requested", "sought", "required", "ask", "asks", "asked", "seek", "seeks"}
    if asking and words & {"actions", "action", "measures", "assistance", "acts", "steps", "enquiries", "what"}:
        # "Procedural actions requested", "Steps the Court asks Uruguay to take", "What we ask"
        return not words & (STRONG_OTHER | {"mutual", "letter", "rogatory"})  # "Procedural actions requested" (not "Purpose of the assistance requested")
    if words & TITLE_WORDS or words & OTHER_HEADING_WORDS:
        return False
    return bool(words & REQUEST_HEADING_WORDS)


STRONG_OTHER = frozenset({"purpose", "purposes", "relevance", "reason", "reasons", "confidentiality", "confidential", "dual", "double", "criminality", "urgency", "urgent", "use", "contact", "reciprocity"})
WEAK_OTHER_WORDS = frozenset({
    "persons", "person", "subjects", "suspects", "parties", "authority", "authorities", "investigation", "annex",
    "annexes", "schedule", "status", "provisions", "applicable",
})
"""Heading words of other elements that a sub-heading of the assistance requested may also use ("Persons to be interviewed")."""
MEASURE_HEADING_WORDS = frozenset({
    "interview", "interviewed", "interviews", "witness", "witnesses", "testimony", "statement", "statements",
    "search", "searched", "seizure", "seized", "freezing", "frozen", "restraint", "confiscation", "records", "documents",
    "service", "served", "examination", "examined", "evidence", "bank", "banking", "transfer", "interception", "data",
})


def is_other_heading(text: str) -> bool:
    """A heading of another element of the request (purpose, procedures, confidentiality ...)."""
    words = set(re.findall(r"[a-z]+", heading_title(text)))
    other = words & OTHER_HEADING_WORDS
    if not other or is_request_heading(text):
        return False
    return not (other <= WEAK_OTHER_WORDS and words & MEASURE_HEADING_WORDS)


# -- lemma families -----------------------------------------------------------

FRAME_VERBS = frozenset({"ask", "request", "seek", "invite", "urge", "solicit", "petition", "want", "wish", "need"})
GRATEFUL = frozenset({"grateful", "obliged", "thankful", "appreciate", "appreciative"})
POLITE = frozenset({"please", "kindly"})
WISH_MODALS = frozenset({"should", "shall", "must", "may", "could", "might"})
FIRST_PERSON = frozenset({"we", "i", "us", "our"})
REQUESTER_NOUNS = frozenset({
    "authority", "authorities", "state", "government", "ministry", "office", "prosecutor", "prosecution",
    "department", "court", "judge", "republic", "kingdom", "service", "agency", "commission", "unit", "police",
    "directorate", "bureau", "attorney", "minister", "director", "request", "letter", "application",
})

GENERIC_ACTIONS = frozenset({
    "obtain", "provide", "produce", "furnish", "supply", "give", "send", "transmit", "forward", "deliver",
    "secure", "collect", "gather", "retrieve", "procure", "get", "hand", "copy", "access", "disclose", "make",
    "identify", "locate", "trace", "verify", "ascertain", "establish", "find", "check", "confirm", "request",
    "ask", "seek", "need", "want", "acquire", "take", "record", "extract", "preserve", "share", "release",
    "compile", "prepare", "issue", "execute", "carry", "conduct", "enforce", "register", "recognise", "recognize",
})
SEARCH_ACTIONS = frozenset({"search", "raid", "inspect"})
SEIZE_ACTIONS = frozenset({"seize", "seizure", "impound", "confiscate", "confiscation", "forfeit", "forfeiture"})
FREEZE_ACTIONS = frozenset({"freeze", "freezing", "restrain", "restraint", "block", "sequester", "sequestrate", "sequestration", "attachment"})
SERVE_ACTIONS = frozenset({"serve", "service"})
TESTIMONY_ACTIONS = frozenset({
    "interview", "question", "examine", "depose", "hear", "summon", "subpoena", "testify", "testimony",
    "deposition", "interrogate", "examination", "hearing",
})
INTERCEPT_ACTIONS = frozenset({"intercept", "interception", "wiretap", "tap", "monitor", "monitoring", "surveil", "surveillance"})
TRANSFER_ACTIONS = frozenset({"transfer"})
PREVENT = frozenset({"prevent", "prohibit", "stop"})
DEALING = frozenset({"dealing", "disposal", "dispose", "withdrawal", "transfer", "alienation", "sale", "movement"})

ASSET_NOUNS = frozenset({
    "fund", "funds", "money", "proceeds", "asset", "assets", "property", "properties", "cash", "balance",
    "land", "house", "apartment", "flat", "villa", "estate", "vehicle", "car", "yacht", "vessel", "boat",
    "aircraft", "share", "shares", "security", "securities", "jewellery", "jewelry", "gold", "cryptocurrency",
    "bitcoin", "crypto", "wallet", "instrumentality", "instrumentalities", "deposit", "holding", "holdings",
    "credit", "sum", "sums", "amount",
})
EVIDENCE_ITEM_NOUNS = frozenset({
    "invoice", "correspondence", "computer", "laptop", "phone", "telephone", "device", "drive", "document",
    "documents", "record", "records", "item", "items", "article", "articles", "material", "evidence", "paper",
    "papers", "file", "files", "ledger", "book", "books", "contract", "server", "media", "storage",
})
DOC_TO_SERVE = frozenset({
    "summons", "summon", "subpoena", "order", "document", "documents", "judgment", "judgement", "notice", "writ",
    "indictment", "charge", "decision", "citation", "copy", "papers", "application", "complaint", "warrant",
    "claim", "sentence",
})
CUSTODY = frozenset({"custody", "prisoner", "detained", "detainee", "inmate", "imprisoned", "prison", "serving", "incarcerated"})

WITNESS_WORDS = frozenset({"witness", "witnesses"})
STATEMENT_WORDS = frozenset({"statement", "statements", "testimony", "deposition", "evidence", "affidavit", "interview", "account"})
COMPULSION = frozenset({"summon", "summons", "subpoena", "compel", "compulsory", "compelled", "oath", "sworn", "swear", "deposition", "depose", "magistrate", "judge", "court"})
VOLUNTARY = frozenset({"voluntary", "voluntarily", "willing", "consent", "consents", "agrees", "agree"})

COMMS_WORDS = frozenset({
    "subscriber", "subscribers", "subscription", "traffic", "ip", "log", "logs", "login", "log-in", "logins",
    "cdr", "cdrs", "metadata", "email", "e-mail", "emails", "mailbox", "sim", "imei", "imsi", "msisdn",
    "telecommunications", "telecommunication", "communications", "communication", "message", "messages",
    "messaging", "whatsapp", "telegram", "facebook", "instagram", "provider", "providers", "isp", "internet",
    "online", "website", "domain", "hosting", "username", "handle", "cell", "tower", "call", "calls", "sms",
    "content", "contents", "electronic", "cloud", "chat", "chats",
})
COMMS_STRONG = frozenset({
    "subscriber", "subscribers", "traffic", "ip", "log", "logs", "login", "log-in", "logins", "cdr", "cdrs",
    "metadata", "email", "e-mail", "emails", "mailbox", "sim", "imei", "imsi", "msisdn", "telecommunications",
    "telecommunication", "communications", "messages", "whatsapp", "telegram", "facebook", "instagram",
    "provider", "isp", "username", "sms", "chat", "chats", "cloud", "hosting", "domain",
}) - {"messages"}
BANK_WORDS = frozenset({
    "bank", "banks", "banking", "account", "accounts", "kyc", "swift", "transaction", "transactions",
    "remittance", "remittances", "mandate", "mandates", "signatory", "signatories", "iban", "deposit",
    "deposits", "withdrawal", "withdrawals", "cheque", "cheques", "check", "wire", "transfer", "transfers",
    "financial", "payment", "payments", "card", "loan", "safe", "credit", "debit", "diligence",
    "beneficiary", "remitter", "statement", "statements",
})
BANK_STRONG = frozenset({
    "bank", "banks", "banking", "kyc", "swift", "iban", "remittance", "remittances", "mandate", "mandates",
    "signatory", "signatories", "cheque", "cheques", "diligence", "remitter", "loan", "transaction", "transactions",
})
COMPANY_WORDS = frozenset({
    "registry", "register", "registrar", "incorporation", "shareholder", "shareholders", "shareholding",
    "director", "directors", "memorandum", "articles", "corporate", "company", "companies", "annual", "return",
    "returns", "commercial", "registration", "partner", "partners", "officer", "officers", "secretary",
    "ownership", "owner", "owners",
})
COMPANY_STRONG = frozenset({"registry", "register", "registrar", "incorporation", "shareholder", "shareholders", "shareholding", "memorandum", "corporate"})
OTHER_RECORD_WORDS = frozenset({
    "police", "criminal", "medical", "hospital", "tax", "taxes", "land", "title", "deed", "cadastre",
    "immigration", "travel", "passport", "border", "entry", "exit", "birth", "marriage", "death", "civil",
    "court", "judgment", "judgement", "customs", "hotel", "flight", "airline", "employment", "school",
    "public", "vehicle", "licence", "license", "conviction", "convictions", "antecedents", "residence",
    "residency", "population", "census", "utility", "electoral", "prison", "social", "insurance", "pension",
})
GENERIC_OBJECTS = frozenset({
    "record", "records", "document", "documents", "documentation", "information", "copy", "copies", "material",
    "materials", "data", "evidence", "item", "items", "paper", "papers", "file", "files", "detail", "details",
    "extract", "extracts", "certificate", "certificates", "report", "reports", "schedule", "agreement",
    "agreements", "contract", "contracts", "invoice", "invoices", "ledger", "ledgers", "note", "notes",
    "correspondence", "letter", "letters", "receipt", "receipts", "minute", "minutes", "form", "forms",
    "photograph", "photographs", "footage", "cctv", "recording", "recordings", "video", "register", "book",
    "books", "list", "lists", "printout", "printouts", "log", "logs", "statement", "statements", "identity",
    "whereabouts", "address", "particulars", "name", "names", "origin", "source", "ownership", "owner",
})
VAGUE_GENERIC = frozenset({"information", "data", "material", "materials", "evidence", "detail", "details", "document", "documents", "documentation", "record", "records", "item", "items", "paper", "papers", "file", "files"})
NOT_ITEMS = frozenset({"assistance", "help", "cooperation", "co-operation", "support", "step", "steps", "action", "measure", "measures", "consent", "attention", "response", "reply", "update", "progress", "view", "opinion"})
PERSON_ROLES = frozenset({
    "manager", "officer", "custodian", "employee", "director", "representative", "owner", "holder", "clerk",
    "agent", "secretary", "accountant", "auditor", "driver", "tenant", "landlord", "partner", "staff",
    "witness", "victim", "complainant", "person", "individual", "resident", "occupant", "signatory",
    "controller", "administrator", "notary", "lawyer", "attorney", "doctor", "teller", "cashier",
})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "mme", "mlle", "madam", "sir", "dame", "herr", "frau", "sr", "sra"})
PAST_MARKERS = frozenset({"once", "after", "when", "since", "because", "as", "until", "before"})

LIST_ITEM = re.compile(r"(?m)^[ \t]*(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-zA-Z]|[ivxIVX]{1,4})[.)]|[-•*–·▪])[ \t]+")
LIST_LABEL = re.compile(r"^\s*(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-zA-Z]|[ivxIVX]{1,4})[.)]|[-•*–·▪])\s+")
FOLLOWING = frozenset({"following", "below", "follows"})
LABEL_ONLY = re.compile(r"^\s*\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-zA-Z]|[ivxIVX]{1,4})[.)]\s*$")


@dataclass(frozen=True)
class _Segment:
    """A sentence, or one list item of a sentence, with its tokens."""

    block: Block
    start: int
    end: int
    tokens: tuple[Token, ...]

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]

    @property
    def evidence(self) -> Evidence:
        return Evidence(self.block, self.start, self.end)


# -- entry point --------------------------------------------------------------


def assistance_sought(facts: Analysis) -> AssistanceSought:
    """The measures the request asks for (use as ``facts.derived(assistance_sought)``)."""
    region, heading = _request_region(facts)
    measures: list[Measure] = []
    requests: list[Evidence] = []
    if region:
        for segment, lead_in in _segments_with_lead_in(facts, region):
            found = _measures_in(segment, lead_in, headed=True, subheading=_subheading(facts, segment.block))
            if found is not None:
                requests.append(segment.evidence)
                measures.extend(found)
    outside = [block for block in _body_blocks(facts) if block not in region and not _under_other_heading(facts, block)] if measures else list(_body_blocks(facts))
    for segment, lead_in in _segments_with_lead_in(facts, outside):
        found = _measures_in(segment, lead_in, headed=False)
        if found is not None:
            requests.append(segment.evidence)
            measures.extend(found)
    if not measures and heading is not None:
        # Last resort before saying nothing is asked: a table of the measures under the request heading.
        for block in _region_cells(facts):
            for segment in _segments(facts, block):
                found = _measures_in(segment, None, headed=True, table=True)
                if found:
                    requests.append(segment.evidence)
                    measures.extend(found)
    order = {block.index: i for i, block in enumerate(facts.document.blocks)}
    measures.sort(key=lambda m: (order[m.evidence.block.index], m.evidence.start))
    requests.sort(key=lambda e: (order[e.block.index], e.start))
    return AssistanceSought(tuple(_dedupe(measures)), tuple(dict.fromkeys(requests)), heading)


def _dedupe(measures: Iterable[Measure]) -> Iterator[Measure]:
    seen: set[tuple[AssistanceType, int, int, int]] = set()
    for m in measures:
        key = (m.kind, m.evidence.block.index, m.evidence.start, m.evidence.end)
        if key not in seen:
            seen.add(key)
            yield m


def _body_blocks(facts: Analysis) -> Iterator[Block]:
    for section in facts.sections:
        for block in section.blocks:
            if block.kind in {BlockKind.PARAGRAPH, BlockKind.TEXT_BOX}:
                yield block


def _request_region(facts: Analysis) -> tuple[list[Block], Block | None]:
    """The blocks under the "Assistance requested" heading(s), up to the next heading of another element.

    A heading typed as the first line of a paragraph ("ASSISTANCE REQUESTED" then the items on the next
    lines) counts as a heading too.
    """
    region: list[Block] = []
    first: Block | None = None
    wanted = {BlockKind.PARAGRAPH, BlockKind.TEXT_BOX}
    inside = False
    for section in facts.sections:
        if section.heading is not None:
            if is_request_heading(section.heading.text):
                inside = True
                first = first or section.heading
            elif is_other_heading(section.heading.text):
                inside = False
        for block in section.blocks:
            if block.kind not in wanted:
                continue
            label = _inline_label(block.text)
            if label is not None and is_request_heading(label):
                region.append(block)  # "C. Measures requested: ..." heads its own paragraph only
                first = first or block
                continue
            title = _inline_heading(block.text) or label
            if title is not None:
                if is_request_heading(title):
                    inside = True
                    first = first or block
                elif is_other_heading(title):
                    inside = False
            if inside:
                region.append(block)
    return region, first


INLINE_LABEL = re.compile(r"^\s*(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxIVX]{1,4})[.)]\s+)?([A-Z][^:\n.;]{2,50}?)\s*:[ \t]+\S")
"""A form's field label and its content on one line: "C. Measures requested: statements of ..."."""


def _inline_label(text: str) -> str | None:
    """The label of a paragraph written as a form field ("Facts: ...", "3. Assistance sought: ..."), if it is one."""
    match = _label_match(text)
    return match.group(1) if match else None


def _label_match(text: str) -> re.Match[str] | None:
    match = INLINE_LABEL.match(text)
    if match is None or len(match.group(1).split()) > 5:
        return None
    return None if set(match.group(1).lower().split()) & {"i", "we", "you", "us", "please", "kindly", "that"} else match


def _inline_heading(text: str) -> str | None:
    """The first line of a paragraph when it is a heading of its own ("ASSISTANCE REQUESTED", "Facts:")."""
    line, newline, rest = text.partition("\n")
    line = line.strip()
    if not newline or not rest.strip() or not line or len(line) > 60 or len(line.split()) > 6:
        return None
    if line.endswith((".", ",", ";")) or not (line.isupper() or line.endswith(":")):
        return None
    words = line.lower().split()
    if not line.isupper() and (len(words) > 4 or set(words) & {"i", "we", "you", "us", "please", "kindly", "that"}):
        return None  # "I therefore request that you:" opens a list; it is not a heading
    return line


def _region_cells(facts: Analysis) -> Iterator[Block]:
    """The table cells under a request heading (heading blocks only, not headings typed in a paragraph)."""
    inside = False
    for section in facts.sections:
        if section.heading is not None:
            if is_request_heading(section.heading.text):
                inside = True
            elif is_other_heading(section.heading.text):
                inside = False
        if inside:
            yield from (b for b in section.blocks if b.kind is BlockKind.TABLE_CELL)


def _under_other_heading(facts: Analysis, block: Block) -> bool:
    section = _section_of(facts, block)
    return section is not None and section.heading is not None and is_other_heading(section.heading.text)


def _section_of(facts: Analysis, block: Block) -> Section | None:
    for section in facts.sections:
        if block in section.blocks:
            return section
    return None


# -- segments -----------------------------------------------------------------


def _segments(facts: Analysis, block: Block) -> Iterator[_Segment]:
    """The sentences of ``block``, split further at list items that start a line, without a form field's label."""
    doc = facts.doc_of(block)
    label = _label_match(block.text)
    content = label.end() - 1 if label else 0  # a form field's content, without its label
    cuts = sorted({m.start() for m in LIST_ITEM.finditer(block.text)} | {0, content, len(block.text)})
    carry: int | None = None
    for sentence in facts.sentences_in(block):
        points = [sentence.start] + [c for c in cuts if sentence.start < c < sentence.end] + [sentence.end]
        for lo, hi in itertools.pairwise(points):
            if hi <= content:
                continue
            if carry is not None:
                lo, carry = carry, None
            if LABEL_ONLY.match(block.text[lo:hi]):
                carry = lo  # "1." split from its item by the sentence splitter
                continue
            tokens = tuple(t for t in doc if lo <= t.idx < hi and not t.is_space)
            text = block.text[lo:hi]
            if tokens and text.strip():
                stripped = len(text) - len(text.lstrip())
                yield _Segment(block, lo + stripped, hi - (len(text) - len(text.rstrip())), tokens)


def _segments_with_lead_in(facts: Analysis, blocks: Iterable[Block]) -> Iterator[tuple[_Segment, _Segment | None]]:
    """Each segment with the request sentence it continues ("We ask for the following:" then items), if any."""
    lead_in: _Segment | None = None
    previous_block: Block | None = None
    for block in blocks:
        if previous_block is not None and block.index != previous_block.index + 1:
            lead_in = None
        if lead_in is not None and lead_in.block is not block and not _is_list_block(block):
            colon = lead_in.text.rstrip().endswith(":")
            if not (colon and all(_is_fragment(s) for s in _segments(facts, block))):
                lead_in = None  # after "...the following assistance:", unlabelled item paragraphs continue the list
        for segment in _segments(facts, block):
            yield segment, (lead_in if lead_in is not None and lead_in is not segment else None)
            if _opens_list(segment):
                lead_in = segment
            elif lead_in is not None and segment.block is lead_in.block and not LIST_LABEL.match(segment.text) and segment.start > lead_in.end and "\n" not in block.text[lead_in.end : segment.start]:
                lead_in = None
        previous_block = block


def _opens_list(segment: _Segment) -> bool:
    text = segment.text.rstrip()
    if text.endswith(":") and len(text) < 60 and is_request_heading(text):
        return True  # "Assistance requested:", "Requests:" as a label over a list
    if text.endswith((":", ":-")):
        return _has_frame(segment.tokens) or any(t.lower_ in FOLLOWING for t in segment.tokens)
    return any(t.lower_ in FOLLOWING for t in segment.tokens) and _has_frame(segment.tokens) and text.endswith((":", "."))


def _is_list_block(block: Block) -> bool:
    """A paragraph that continues a list: it carries a list label ("1.", "(b)", "-"), or Word numbering."""
    return bool(LIST_LABEL.match(block.text)) or block.location.label is not None


# -- request frames -----------------------------------------------------------


def _has_frame(tokens: tuple[Token, ...]) -> bool:
    """A request: "we ask/request", "is requested", "please", "kindly", "would be grateful", a wish modal with an action."""
    for t in tokens:
        lemma = t.lemma_.lower()
        if (lemma in POLITE or t.lower_ in POLITE) and not _negated_after(t):
            return True
        if lemma in FRAME_VERBS and t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBD"} and not _perfect(t):
            if is_negated(t) or (t.dep_ in {"relcl", "acl", "amod"} and t.tag_ != "VB") or _conditional(t) or _future(t):
                continue
            if lemma == "need" and (_passive(t) or not _first_person_subject(t)):
                continue
            if lemma in {"want", "wish"} and not _first_person_subject(t):
                continue
            if _passive(t) or _first_person_subject(t) or _requester_subject(t) or t.tag_ == "VBG" or lemma in {"request", "ask"}:
                return True
        if lemma in GRATEFUL:
            return True
        if (
            lemma in {"request", "ask"} and t.tag_ == "NNS" and 0 < t.i < len(t.doc) - 1
            and t.doc[t.i + 1].lower_ in {"that", "the", "you"} and t.doc[t.i - 1].pos_ in {"PROPN", "NOUN"}
        ):
            return True  # "the OAG requests that ..." read as a plural noun
        if t.tag_ == "MD" and t.lower_ in WISH_MODALS:
            head = t.head
            if head.lemma_.lower() in _ALL_ACTIONS and _passive(head) and not _perfect(head) and not is_negated(head):
                return True
    return False


def _future(token: Token) -> bool:
    """"we may later request the freezing", "we will ask", "we intend to request": not asked now."""
    if any(c.dep_ == "aux" and c.lower_ in {"may", "might", "will", "'ll", "shall"} for c in token.children):
        return True
    if any(c.lower_ in {"later", "subsequently", "eventually", "separately", "future"} for c in token.children):
        return True
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in {"intend", "plan", "expect", "reserve", "propose", "consider"}


def _conditional(token: Token) -> bool:
    """"if asked", "should you need anything further": not a request for a measure."""
    return token.dep_ == "advcl" and (
        any(c.dep_ == "mark" and c.lower_ in {"if", "when", "unless", "should"} for c in token.children)
        or any(c.dep_ == "aux" and c.lower_ == "should" and c.i < token.i - 1 for c in token.children)
        or token.tag_ == "VBN"
    )


def _negated_after(token: Token) -> bool:
    nxt = token.doc[token.i + 1 : token.i + 4]
    return any(t.lower_ in {"not", "do", "don't", "never"} and t.i == token.i + 1 for t in nxt) and any(t.lower_ in {"not", "n't", "never"} for t in nxt)


def _passive(token: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children) or (token.tag_ == "VBN" and token.dep_ in {"xcomp", "ccomp"})


def _perfect(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children)


def _first_person_subject(token: Token) -> bool:
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and token.dep_ in {"conj", "xcomp"}:
        subjects = [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(s.lower_ in FIRST_PERSON for s in subjects)


def _requester_subject(token: Token) -> bool:
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return any(s.lemma_.lower() in REQUESTER_NOUNS or s.ent_type_ in {"ORG", "GPE", "NORP"} or s.pos_ == "PROPN" for s in subjects)


_ALL_ACTIONS = (
    GENERIC_ACTIONS | SEARCH_ACTIONS | SEIZE_ACTIONS | FREEZE_ACTIONS | SERVE_ACTIONS | TESTIMONY_ACTIONS
    | INTERCEPT_ACTIONS | TRANSFER_ACTIONS | PREVENT
) - {"ask", "request", "seek", "need", "want", "make", "take", "issue", "record", "check"} | {"take", "record"}


def _is_past(token: Token) -> bool:
    """An action that happened: "searched", "was frozen", "has been seized", "records obtained in Germany"."""
    if token.dep_ in {"ccomp", "xcomp"} and token.head.lemma_.lower() in {"have", "get"} and token.head.tag_ in {"VB", "VBP"}:
        return False  # "to have Mr Bianchi questioned": causative, not past
    if token.tag_ == "VBD":
        return True
    if _perfect(token):
        return True
    if any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in token.children):
        return True
    if token.tag_ == "VBN" and token.dep_ in {"acl", "relcl", "amod"}:
        infinitive = any(c.dep_ in {"aux", "auxpass"} and (c.lower_ == "to" or c.tag_ == "VB") for c in token.children)
        return not infinitive  # "records obtained in Germany" (not "the documents to be served")
    if any(c.dep_ == "aux" and c.tag_ in {"VBD"} and c.lemma_.lower() in {"be", "do"} for c in token.children):
        return True
    return bool(token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in PAST_MARKERS for c in token.children))


VERB_FIRST = frozenset({
    "obtain", "provide", "produce", "furnish", "supply", "search", "seize", "freeze", "serve", "interview",
    "examine", "question", "intercept", "transfer", "locate", "identify", "trace", "restrain", "confiscate",
    "preserve", "send", "forward", "take", "record", "secure", "collect", "give", "summon", "hear", "enter",
    "execute", "enforce", "register", "forfeit", "block", "retrieve", "verify", "ascertain", "establish",
    "deliver", "transmit", "arrange", "effect", "interrogate", "depose", "inspect",
})


def _is_imperative(segment: _Segment) -> bool:
    """"Obtain ...", "Please provide ...", "(a) to take a statement from ...", "To freeze ..."."""
    return _imperative_verb(segment) is not None


def _imperative_verb(segment: _Segment) -> Token | None:
    """The verb an imperative or infinitive item starts with, however the tagger read it."""
    text = segment.text
    offset = segment.start
    label = LIST_LABEL.match(text)
    if label:
        offset += label.end()
    words = [t for t in segment.tokens if t.idx >= offset and not t.is_punct and t.lower_ not in POLITE]
    if not words:
        return None
    first = words[0]
    if first.lower_ == "to" and len(words) > 1:
        first = words[1]
    lemma = first.lemma_.lower()
    if lemma not in VERB_FIRST and first.lower_ not in VERB_FIRST:
        return None
    if first.tag_ not in {"VB", "VBP", "NN", "NNP", "NNS"} or any(c.dep_ in {"nsubj", "nsubjpass"} for c in first.children):
        return None
    return first if first.tag_ in {"VB", "VBP"} or first.lower_ == lemma or first.lower_ in VERB_FIRST else None


# -- measures -----------------------------------------------------------------


def _subheading(facts: Analysis, block: Block) -> str:
    section = _section_of(facts, block)
    return section.title if section is not None and section.heading is not None else ""


TESTIMONY_HEADING = frozenset({"interview", "interviewed", "interviews", "witness", "witnesses", "testimony", "examination", "examined", "hearing", "statement", "statements"})


def _measures_in(
    segment: _Segment, lead_in: _Segment | None, headed: bool, subheading: str = "", table: bool = False
) -> list[Measure] | None:
    """The measures a segment asks for ([] if it asks for nothing identifiable), or None if it asks for nothing."""
    framed = _has_frame(segment.tokens)
    imperative = _is_imperative(segment)
    if not (framed or imperative or lead_in is not None or headed):
        return None
    tokens = segment.tokens
    if not any(t.is_alpha for t in tokens):
        return None
    kinds: dict[AssistanceType, bool] = {}
    actions = [t for t in tokens if _is_action(t, tokens)]
    first = _imperative_verb(segment)
    if first is not None and first not in actions:
        actions.insert(0, first)
    for action in actions:
        for kind in _classify_action(action, segment, lead_in):
            kinds[kind] = kinds.get(kind, False) or (kind is AssistanceType.TESTIMONY and _compelled(segment, lead_in))
    witness_heading = bool(set(re.findall(r"[a-z]+", subheading.lower())) & TESTIMONY_HEADING)
    if not kinds and headed and witness_heading and _is_fragment(segment) and any(
        t.ent_type_ == "PERSON" or t.lower_.rstrip(".") in HONORIFICS or t.lemma_.lower() in PERSON_ROLES for t in tokens
    ):
        kinds[AssistanceType.TESTIMONY] = _compelled(segment, lead_in)  # "Mr X, 4 Elm Road" under "Witnesses to be interviewed"
    if not kinds and (lead_in is not None or headed) and (table or _is_fragment(segment)):
        for kind in _classify_object(list(tokens), segment, lead_in):
            kinds[kind] = kinds.get(kind, False) or (kind is AssistanceType.TESTIMONY and _compelled(segment, lead_in))
    if AssistanceType.TEMPORARY_TRANSFER in kinds or (
        AssistanceType.SERVICE_OF_DOCUMENTS in kinds and not _lemmas(tokens) & {"video", "videoconference", "video-link", "videolink", "teleconference"}
    ):
        kinds.pop(AssistanceType.TESTIMONY, None)  # transferred or summoned "to testify": the testimony is given at home
    if not kinds and not (framed or imperative or lead_in is not None):
        return None
    if not kinds and headed and not framed and not imperative and lead_in is None:
        return None
    return [Measure(kind, segment.evidence, compelled) for kind, compelled in kinds.items()]


PARTICIPLES = {
    "frozen": "freeze", "seized": "seize", "restrained": "restrain", "confiscated": "confiscate",
    "forfeited": "forfeit", "blocked": "block", "searched": "search", "served": "serve", "interviewed": "interview",
    "examined": "examine", "intercepted": "intercept", "obtained": "obtain", "provided": "provide",
    "produced": "produce", "preserved": "preserve", "transferred": "transfer", "questioned": "question",
}
"""Participles the tagger sometimes reads as adjectives ("that the account be frozen")."""


def _lemma(token: Token) -> str:
    if token.pos_ == "ADJ" and token.lower_ in PARTICIPLES:
        return PARTICIPLES[token.lower_]
    return token.lemma_.lower()


def _is_action(token: Token, tokens: tuple[Token, ...]) -> bool:
    if token.pos_ == "ADJ" and token.lower_ in PARTICIPLES:
        be = token.head if token.dep_ in {"acomp", "oprd"} else None
        return be is not None and be.lemma_.lower() == "be" and be.tag_ == "VB" and not is_negated(be)
    lemma = token.lemma_.lower()
    if lemma not in _ALL_ACTIONS and lemma not in {"ask", "request", "seek", "need", "make", "issue", "check"}:
        return False
    if token.pos_ not in {"VERB", "NOUN", "PROPN", "ADJ"} and not (token.pos_ == "AUX" and lemma == "need"):
        return False
    if token.pos_ in {"NOUN", "PROPN", "ADJ"}:
        return _nominal_action(token)
    return not (is_negated(token) or _is_past(token))


NOMINAL_ACTIONS = SEARCH_ACTIONS | SEIZE_ACTIONS | FREEZE_ACTIONS | SERVE_ACTIONS | TESTIMONY_ACTIONS | INTERCEPT_ACTIONS | TRANSFER_ACTIONS | {"production", "preservation", "identification", "tracing"}
NOMINAL_GOVERNORS = GENERIC_ACTIONS | {"ask", "request", "seek", "need", "arrange", "effect", "undertake", "allow", "grant", "authorise", "authorize", "permit", "apply"}
"""Verbs whose object is the measure asked for: "obtain a production order", "effect service of"."""
NOMINAL_NOUN_GOVERNORS = frozenset({"assistance", "help", "cooperation", "co-operation", "request", "application"})
"""Nouns whose complement is the measure asked for: "assistance in the freezing of ..."."""


def _nominal_action(token: Token) -> bool:
    """"the freezing of the account", "service of the summons", "a search of the premises", as the thing asked for."""
    lemma = token.lemma_.lower()
    if lemma not in NOMINAL_ACTIONS:
        return False
    if lemma in {"transfer", "hearing", "monitoring"} and token.dep_ == "compound":
        return False
    if lemma in {"summon", "summons", "subpoena"}:
        return False  # a summons is a document to serve; summoning is the verb
    if lemma == "service" and not any(c.lower_ in {"of", "on", "upon"} for c in token.children):
        return False
    if token.dep_ == "compound" and token.head.lemma_.lower() in {"order", "warrant"}:
        # "a restraint order", "search warrant": a measure when the order is the thing asked for.
        return _governed_by_request(token.head)
    return _governed_by_request(token)


def _governed_by_request(token: Token) -> bool:
    node = token
    for _ in range(6):
        if node.dep_ in {"ROOT"}:
            return node.pos_ in {"NOUN", "PROPN"}  # a bare item: "Freezing of account no. ..."
        if node.dep_ == "pobj" and node.head.lemma_.lower() in {"for", "of", "in", "with", "to", "by"}:
            prep = node.head
            if prep.lower_ in {"by", "with"}:
                return False
            node = prep.head
            if prep.lower_ == "in" and node.lemma_.lower() not in {"assistance", "help", "cooperation", "co-operation", "assist"}:
                return False
            if node.pos_ == "VERB" and node.lemma_.lower() in NOMINAL_GOVERNORS:
                return not (is_negated(node) or _is_past(node) or _future(node))
            if node.pos_ == "NOUN" and node.lemma_.lower() in NOMINAL_NOUN_GOVERNORS:
                return True
            continue
        if node.dep_ in {"dobj", "nsubjpass", "attr", "oprd", "appos", "conj", "npadvmod"}:
            node = node.head
            if node.lemma_.lower() in NOMINAL_GOVERNORS and node.pos_ in {"VERB", "AUX"}:
                return not (is_negated(node) or _is_past(node) or _future(node))
            if node.pos_ in {"NOUN", "PROPN"}:
                continue
            return False
        return False
    return False


def _scope(action: Token, segment: _Segment) -> list[Token]:
    """What the action acts on: its dependency subtree, without the other actions joined to it."""
    inside = {t.i for t in segment.tokens}
    exclude: set[int] = set()
    for child in action.children:
        if child.dep_ in {"conj", "advcl", "ccomp", "xcomp", "relcl", "parataxis"} and child.pos_ in {"VERB", "AUX"} and child.lemma_.lower() in _ALL_ACTIONS:
            exclude |= {t.i for t in child.subtree}
    scope = [t for t in action.subtree if t.i in inside and t.i not in exclude and t.i != action.i]
    if action.dep_ in {"ccomp", "xcomp", "conj"} or _passive(action):
        for child in action.children:
            if child.dep_ == "nsubjpass":
                scope.extend(t for t in child.subtree if t.i in inside and t not in scope)
    if any(t.lower_ in FOLLOWING for t in scope):  # "cause the following to be obtained and sent: the records ..."
        colon = next((t.i for t in segment.tokens if t.i > action.i and t.text in {":", ":-"}), None)
        if colon is not None:
            scope.extend(t for t in segment.tokens if t.i > colon and t not in scope)
    if len(scope) < 2:
        scope = [t for t in segment.tokens if t.i > action.i][:25]
    return scope


def _classify_action(action: Token, segment: _Segment, lead_in: _Segment | None) -> set[AssistanceType]:
    lemma = _lemma(action)
    scope = _scope(action, segment)
    words = _lemmas(scope)
    if lemma in TRANSFER_ACTIONS:
        if words & CUSTODY or _lemmas(segment.tokens) & CUSTODY:
            return {AssistanceType.TEMPORARY_TRANSFER}
        return set()
    if lemma in INTERCEPT_ACTIONS:
        if lemma in {"tap", "monitor", "monitoring", "surveillance", "surveil"} and not words & (COMMS_WORDS | {"telephone", "phone", "line", "conversation", "conversations"}):
            return set()
        return {AssistanceType.INTERCEPTION}
    if lemma in SEARCH_ACTIONS:
        if lemma == "inspect" and not words & {"premises", "premise", "house", "vehicle", "office", "residence", "warehouse", "site"}:
            return _classify_object(scope, segment, lead_in)
        if lemma == "search" and words & {"record", "records", "database", "databases", "register", "registry", "archive", "archives", "file", "files"}:
            return _classify_object(scope, segment, lead_in)
        return {AssistanceType.SEARCH_SEIZURE}
    if lemma in SEIZE_ACTIONS:
        if lemma in {"confiscate", "confiscation", "forfeit", "forfeiture"} or words & ASSET_NOUNS and not words & EVIDENCE_ITEM_NOUNS:
            return {AssistanceType.FREEZING_CONFISCATION}
        return {AssistanceType.SEARCH_SEIZURE}
    if lemma in FREEZE_ACTIONS:
        if lemma == "block" and not words & (ASSET_NOUNS | {"account", "accounts"}):
            return set()
        return {AssistanceType.FREEZING_CONFISCATION}
    if lemma in PREVENT:
        if words & DEALING:
            return {AssistanceType.FREEZING_CONFISCATION}
        return set()
    if lemma in SERVE_ACTIONS:
        served = words & DOC_TO_SERVE or any(t.lower_ in {"on", "upon"} for t in scope)
        papers = not words & {"evidence", "trial", "sentence"} or words & {"summons", "order", "document", "documents", "judgment", "notice"}
        return {AssistanceType.SERVICE_OF_DOCUMENTS} if served and papers else set()
    if lemma in TESTIMONY_ACTIONS:
        if lemma in {"examine", "examination", "question", "hear", "hearing"} and not _about_person(action, scope):
            return set() if lemma in {"hear", "hearing", "question"} else _classify_object(scope, segment, lead_in)
        return {AssistanceType.TESTIMONY}
    if lemma == "preserve" or lemma == "preservation":
        if words & (COMMS_WORDS | {"data"}):
            return {AssistanceType.COMMUNICATIONS_DATA}
        if words & ASSET_NOUNS or words & {"account", "accounts"}:
            return {AssistanceType.FREEZING_CONFISCATION}
        return _classify_object(scope, segment, lead_in)
    if lemma == "production":
        kinds = _classify_object(scope, segment, lead_in)
        return kinds or {AssistanceType.PRODUCTION_ORDER}
    if lemma in {"enforce", "register", "recognise", "recognize", "execute", "give"} and words & {"order"}:
        if words & (FREEZE_ACTIONS | SEIZE_ACTIONS | {"preservation"}):
            return {AssistanceType.FREEZING_CONFISCATION}
        if words & {"production"}:
            return {AssistanceType.PRODUCTION_ORDER}
    if lemma == "give" and any(c.dep_ == "dobj" and c.lemma_.lower() == "effect" for c in action.children):
        return set()
    if lemma == "give" and any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in {"evidence", "testimony"} and not any(g.lower_ == "of" for g in c.children) for c in action.children):
        return {AssistanceType.TESTIMONY}  # a witness "gives evidence"
    if lemma in {"take", "record", "obtain", "get", "secure", "provide", "give", "produce", "collect", "gather", "make"} and _is_statement(scope):
        return {AssistanceType.TESTIMONY}
    if lemma in {"identify", "locate", "trace", "find", "ascertain", "establish", "verify", "confirm", "check"}:
        if words & ASSET_NOUNS and not words & {"record", "records", "statement", "statements"}:
            return {AssistanceType.BANK_RECORDS} if words & BANK_WORDS else {AssistanceType.OTHER_RECORDS}
        if lemma in {"locate", "find", "trace"} or words & {"whereabouts", "address", "residence", "identity"}:
            kinds = _classify_object(scope, segment, lead_in)
            return kinds or ({AssistanceType.OTHER_RECORDS} if _names_something(scope) else set())
        return set()
    if lemma in {"ask", "request", "seek", "need", "want"}:
        objects = _direct_objects(action, segment)
        return _classify_object(objects, segment, lead_in) if objects else set()
    if lemma in {"make", "issue", "take", "record", "carry", "conduct", "execute", "register", "recognise", "recognize", "enforce", "release", "share", "prepare", "compile", "check", "arrange", "effect"}:
        return set()
    return _classify_object(scope, segment, lead_in)


def _direct_objects(action: Token, segment: _Segment) -> list[Token]:
    """What a verb of asking asks for: "request the records", "ask for a copy" (not the clause "that X be done")."""
    inside = {t.i for t in segment.tokens}
    out: list[Token] = []
    for child in action.children:
        if child.dep_ in {"dobj", "nsubjpass"} and child.pos_ in {"NOUN", "PROPN"} or child.dep_ == "prep" and child.lower_ == "for":
            out.extend(t for t in child.subtree if t.i in inside)
    return out


def _lemmas(tokens: Iterable[Token]) -> set[str]:
    out: set[str] = set()
    for t in tokens:
        out.add(t.lemma_.lower())
        out.add(t.lower_)
    return out


def _about_person(action: Token, scope: list[Token]) -> bool:
    """"examine the witness", "Ms Dlamini be examined", "hear as a witness Mrs X" (not "examine the documents")."""
    frontier = [
        c for c in action.children
        if c.dep_ in {"dobj", "nsubjpass", "nsubj", "attr", "oprd", "appos", "compound", "npadvmod", "dep"}
        and c.lower_ not in FIRST_PERSON and c.lower_ != "you"
    ]
    frontier += [g for c in action.children if c.dep_ == "prep" and c.lower_ in {"as", "of", "from"} for g in c.children if g.dep_ == "pobj"]
    if action.dep_ in {"compound", "amod", "nmod"}:
        frontier.append(action.head)  # "- question Mr Kowalski ...": the verb read as a modifier of the name
    seen: set[int] = set()
    while frontier:
        target = frontier.pop()
        if target.i in seen:
            continue
        seen.add(target.i)
        lemma = target.lemma_.lower()
        if target.ent_type_ == "PERSON" or lemma in PERSON_ROLES | WITNESS_WORDS or target.lower_ in {"him", "her", "them", "she", "he"}:
            return True
        if any(c.lower_.rstrip(".") in HONORIFICS for c in target.children):
            return True  # "Mr Vikram Sethi", whatever entity the tagger gave it
        if target.pos_ == "PROPN" and target.ent_type_ not in {"ORG", "GPE", "FAC", "LOC"}:
            return True
        frontier.extend(c for c in target.children if c.dep_ in {"appos", "conj", "compound"})
    following = [t for t in action.doc[action.i + 1 : action.i + 8] if t.pos_ not in {"DET", "ADJ", "PUNCT"}]
    if following:
        first = following[0]  # the parse failed: read the words ("question Mr Kowalski", not "examine the documents")
        return first.ent_type_ == "PERSON" or first.lower_.rstrip(".") in HONORIFICS or first.lemma_.lower() in PERSON_ROLES | WITNESS_WORDS
    return False


def _is_statement(scope: list[Token]) -> bool:
    """"a (witness) statement from Mr X", "the evidence of Ms Y", "testimony" (not "bank statements")."""
    for t in scope:
        lemma = t.lemma_.lower()
        if lemma in {"testimony", "deposition", "affidavit"}:
            return True
        if lemma == "interview":
            return True
        if lemma == "statement":
            mods = _lemmas(c for c in t.children if c.dep_ in {"compound", "amod", "nmod", "poss"})
            for child in t.children:
                if child.lower_ == "of":
                    mods |= _lemmas(c for c in child.children if c.dep_ == "pobj")
            if mods & {"bank", "account", "accounts", "financial", "card", "monthly", "annual", "balance"}:
                continue
            if t.tag_ == "NNS" and not mods & WITNESS_WORDS:
                continue
            mods |= _lemmas(t.subtree)
            if mods & WITNESS_WORDS or any(c.lower_ in {"from", "by"} for c in t.children) or _follows_take(t):
                return True
        if lemma == "evidence" and any(c.lower_ in {"of", "from"} and any(s.ent_type_ == "PERSON" or s.lemma_.lower() in PERSON_ROLES | WITNESS_WORDS for s in c.subtree) for c in t.children):
            return True
    return False


def _follows_take(token: Token) -> bool:
    return token.head.lemma_.lower() in {"take", "record", "obtain"} and token.dep_ in {"dobj", "nsubjpass"}


def _compelled(segment: _Segment, lead_in: _Segment | None) -> bool:
    words = _lemmas(segment.tokens) | (_lemmas(lead_in.tokens) if lead_in else set())
    if words & {"summon", "summons", "subpoena", "compel", "compulsory", "compelled"}:
        return True
    return bool(words & (COMPULSION | {"require"})) and not words & VOLUNTARY


def _names_something(tokens: Iterable[Token]) -> bool:
    return any(t.ent_type_ in {"PERSON", "ORG"} or t.like_num or t.like_email for t in tokens)


def _is_fragment(segment: _Segment) -> bool:
    """A list item without a finite verb of its own: "bank statements from 1.1.2023 to ...", "From X: the subscriber data"."""
    if segment.block.kind is BlockKind.TABLE_CELL:
        return False
    inside = {t.i for t in segment.tokens}
    roots = [t for t in segment.tokens if t.head.i == t.i or t.head.i not in inside]
    for root in roots:
        if root.is_alpha and root.pos_ in {"VERB", "AUX"} and (
            root.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP", "MD"} for c in root.children)
        ):
            return False
    return True


def _classify_object(scope: list[Token], segment: _Segment, lead_in: _Segment | None) -> set[AssistanceType]:
    """The kind of records or items named in ``scope``: by what they are, else by who holds them."""
    words = _lemmas(scope)
    if lead_in is not None:
        words_lead = _lemmas(lead_in.tokens)
    else:
        words_lead = set()
    kinds: set[AssistanceType] = set()
    if _is_statement(scope):
        kinds.add(AssistanceType.TESTIMONY)
    if words & COMMS_STRONG or (words & COMMS_WORDS and words & {"telephone", "phone", "mobile", "number", "numbers", "account", "address", "addresses"} and words & {"subscriber", "call", "calls", "log", "ip", "content", "record", "records", "data"} and not words & BANK_STRONG):
        kinds.add(AssistanceType.COMMUNICATIONS_DATA)
    bankish = words & BANK_STRONG or (words & {"account", "accounts"} and words & BANK_WORDS - {"account", "accounts"} and not words & COMMS_STRONG) or (words & {"statement", "statements"} and words & {"account", "accounts", "bank"})
    if bankish or (words & {"account", "accounts"} and words_lead & BANK_STRONG):
        kinds.add(AssistanceType.BANK_RECORDS)
    company_context = words & {"company", "companies", "commercial", "corporate", "business", "trade", "shareholder", "shareholders", "director", "directors", "incorporation", "ltd", "limited", "llc", "inc"}
    if words & {"registry", "register", "registrar"} and words & {"land", "property", "vehicle", "civil", "population", "birth", "marriage", "death", "criminal", "cadastre", "title", "motor", "deeds", "voters", "electoral"} and not company_context:
        kinds.add(AssistanceType.OTHER_RECORDS)
    elif words & COMPANY_STRONG or (words & {"director", "directors", "shareholder", "owner", "owners", "ownership", "officers"} and not bankish and words & {"company", "companies", "ltd", "limited", "llc", "inc"} | _org_words(scope)):
        kinds.add(AssistanceType.COMPANY_RECORDS)
    if words & {"production"} and words & {"order"}:
        kinds.add(AssistanceType.PRODUCTION_ORDER)
    if not kinds and words & OTHER_RECORD_WORDS and words & (GENERIC_OBJECTS | {"history", "check", "checks", "certificate", "extract"}):
        kinds.add(AssistanceType.OTHER_RECORDS)
    if kinds:
        return kinds
    items = [t for t in scope if t.lemma_.lower() in GENERIC_OBJECTS and t.pos_ in {"NOUN", "PROPN"}]
    items = [t for t in items if t.lemma_.lower() not in NOT_ITEMS and not _returns_execution(t)]
    if not items:
        return set()
    if all(t.lemma_.lower() in VAGUE_GENERIC and any(c.lower_ in FOLLOWING for c in t.children) for t in items):
        return set()  # "the following records": the items are listed next
    if segment.text.rstrip().endswith(":"):
        return set()  # "Please give us certified copies of:": the items are listed next
    holder = _holder(scope)
    if holder is not None:
        return {holder}
    if all(t.lemma_.lower() in VAGUE_GENERIC for t in items) and not _specific(scope):
        return set()
    return {AssistanceType.OTHER_RECORDS}


EXECUTION_RESULTS = frozenset({"order", "orders", "execution", "result", "results", "outcome", "action", "actions", "step", "steps", "measure", "measures", "decision", "request", "progress"})


def _returns_execution(token: Token) -> bool:
    """"a copy of any order made", "the record of execution": the return of the request, not evidence."""
    if token.lemma_.lower() not in {"copy", "copies", "record", "records", "report", "reports", "note", "notes", "information", "confirmation"}:
        return False
    for child in token.children:
        if child.lower_ in {"of", "on", "about"}:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and all(o.lemma_.lower() in EXECUTION_RESULTS for o in objects):
                return True
    return False


def _org_words(scope: list[Token]) -> set[str]:
    return {"company"} if any(t.ent_type_ == "ORG" for t in scope) else set()


def _holder(scope: list[Token]) -> AssistanceType | None:
    """Who holds the records: "from Northwind Mail, Inc.", "held by X Bank", "of the company"."""
    inside = {t.i for t in scope}
    for t in scope:
        if t.lower_ in {"from", "by", "at", "with"} or (t.lower_ == "of" and t.head.lemma_.lower() in GENERIC_OBJECTS | {"custodian"}):
            sub = [s for s in t.subtree if s.i in inside]
            text = " ".join(s.lower_ for s in sub)
            if not any(s.ent_type_ in {"ORG", "PERSON"} or s.pos_ == "PROPN" for s in sub):
                continue
            if re.search(r"\bbank|\bbanque|\bbanco|financial|credit union|building society|payments?\b", text):
                return AssistanceType.BANK_RECORDS
            if re.search(r"\bregist|companies house", text):
                return AssistanceType.COMPANY_RECORDS
            if re.search(r"\b(?:mail|telecom|mobile|voice|wireless|networks?|online|internet|google|microsoft|apple|meta|facebook)\b", text):
                return AssistanceType.COMMUNICATIONS_DATA
            if re.search(r"\b(?:ministry|police|department|office|authority|agency|municipality|council|court|revenue|customs|service)\b", text):
                return AssistanceType.OTHER_RECORDS
            if any(s.ent_type_ == "ORG" for s in sub) or re.search(r"\b(?:ltd|limited|inc|llc|plc|gmbh|s\.a|pty|corp|company|lda|srl|bv|b\.v)\b", text):
                return AssistanceType.PRODUCTION_ORDER
    return None


IDENTIFIER = re.compile(
    r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b"  # IBAN
    r"|\b\d[\d -]{5,40}\d\b"  # account, phone, card numbers
    r"|\b(?:no|nr|number|acc|a/c)\.?\s*:?\s*[A-Z0-9][A-Z0-9/-]{3,40}"
    r"|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63}"
    r"|\+\d[\d ()-]{6,30}",
    re.IGNORECASE,
)


def _specific(tokens: Iterable[Token]) -> bool:
    """A named person or company, an identifier, or a date in ``tokens``."""
    tokens = list(tokens)
    if any(t.ent_type_ in {"PERSON", "ORG", "DATE"} for t in tokens):
        return True
    if not tokens:
        return False
    doc = tokens[0].doc
    text = doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
    return bool(IDENTIFIER.search(text))


def span_tokens(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens of ``doc`` covering characters ``start:end`` (expanded to whole tokens)."""
    return doc.char_span(start, end, alignment_mode="expand")
