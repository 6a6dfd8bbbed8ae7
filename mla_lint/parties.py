"""Who is asking whom: the requesting state and authority, and the requested state.

A request says who it comes from and where it goes in several places, and a
good one says it consistently:

- the **structure** of a letter: the letterhead at the top (the requesting
  authority and its state), the addressee block after it (the requested
  state's central authority and its country; "To: ..."), the signature block
  at the end ("for the Central Authority of the Islamic Republic of Pakistan");
- **definitions**: "the Republic of Kenya (the Requested State)", "the
  Requested State, South Africa, ...", "Pakistan (hereinafter the Requesting
  State)";
- **roles in sentences**: "the competent authorities of X are requested to",
  "we ask that the competent Australian authorities obtain", "the Central
  Authority of X" (when X is not the state asking), "the X authorities ask"
  (the state asking), "the Government of X", "on behalf of X";
- the **dual criminality statement**, which names the requested state's law:
  "would, if it had occurred in X, constitute", "an offence under the law of
  X", "under X law", "Had these events taken place in X they would amount to".

`parties(facts)` gathers every such place with its evidence and decides each
state by weight of evidence (definitions and the letter's structure first).
The list of places that put a state in the requested role is kept, so MLA203
can point at a place that names another state than the addressee. A state
mentioned in the facts (money sent to Dubai, a company registered in Cyprus)
plays no role and is not listed.

Sources: UNTOC Art. 18(13) and (15)(a), UNCAC Art. 46(13) and (15)(a) (requests
go to the requested state's central authority and identify the authority
making them); UN Model Treaty on MLA Art. 5(1)(a).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mla_lint.countries import CountryMention, country_mentions
from mla_lint.elements import Evidence, heading_matches, sections_about
from mla_lint.language import has_request_frame
from mla_lint.model import Block, BlockKind

if TYPE_CHECKING:
    from spacy.tokens import Token

    from mla_lint.analysis import Analysis, Sentence

REQUESTED, REQUESTING = "requested", "requesting"

# Sources of a role, and their weight when deciding which state plays it.
DEFINITION = "definition"
ADDRESSEE = "addressee"
LETTERHEAD = "letterhead"
SIGNATURE = "signature"
COMPETENT_AUTHORITIES = "competent-authorities"
CENTRAL_AUTHORITY = "central-authority"
DUAL_CRIMINALITY = "dual-criminality"
ASKING = "asking"
ADDRESSED = "addressed"
WEIGHT = {
    DEFINITION: 5, ADDRESSEE: 4, LETTERHEAD: 4, SIGNATURE: 2, COMPETENT_AUTHORITIES: 2, CENTRAL_AUTHORITY: 2,
    DUAL_CRIMINALITY: 2, ASKING: 3, ADDRESSED: 1,
}
STRONG_REQUESTED = frozenset({DEFINITION, ADDRESSEE})
ROLE_SOURCES = frozenset({DEFINITION, COMPETENT_AUTHORITIES, CENTRAL_AUTHORITY, DUAL_CRIMINALITY})
"""Where a state is unmistakably put in the requested role (what MLA203 compares with the addressee)."""

MAX_HEAD_BLOCKS = 6
AUTHORITY_HEADINGS = ("requesting authority", "authority making the request", "requesting agency", "requesting state and authority", "issuing authority", "from")
ADDRESSEE_LIKE = re.compile(
    r"\s*(?:To\b|Attn|Attention|(?:The\s+)?Central\s+Authority|The\s+Competent\s+(?:\w+\s+)?Authorit|The\s+Hon(?:ourable|\.)?\s|"
    r"(?:His|Her)\s+Excellency|H\.\s?E\.\s)",
    re.IGNORECASE,
)
TITLE_WORDS = re.compile(r"^\s*(?:urgent\s+|formal\s+)?(?:request|letters?\s+of\s+request|letters?\s+rogatory|application|commission\s+rogatoire)\b", re.IGNORECASE)
AUTHORITY = re.compile(
    r"\b(?:Ministr(?:y|ies)|Minist[eè]re|Ministerie|Minist[eé]rio|Department|Office|Prosecution(?:s|\s+Service)?|"
    r"Procurat(?:or|ure|orate)\w*|Procuradoria|Procuratura|Prosecutor[- ]General|Attorney[- ]General|Solicitor[- ]General|"
    r"Director\s+of\s+Public\s+Prosecutions|Police(?:\s+Service|\s+Force)?|Polic[eí]a|Commission|Agency|Authorit(?:y|ies)|Service|"
    r"Bureau|Court|Directorate|Unit|Division|Government|Embassy|Tribunal|Parquet|Parket|Ministerie|Inspectorate|Secretariat|Chambers|"
    r"Fiscal[ií]a|\w*[Ss]taatsanwaltschaft|Council|Constabulary|Gendarmerie|Cabinet|Chancellery|Central\s+Authority)\b",
    re.IGNORECASE,
)
"""An institution that can make a request (a personal title such as "Chief Prosecutor" alone is not one)."""
ASK_VERBS = frozenset({
    "request", "ask", "make", "present", "submit", "seek", "write", "transmit", "send", "address", "apply", "issue",
    "forward", "prepare", "sign", "direct",
    "solicit", "wish", "invite", "call", "appeal", "require", "need",
})
CORE_ASK_VERBS = frozenset({"request", "ask", "seek", "write", "present", "apply", "solicit", "invite", "wish", "appeal"})
ASKING_VERBS = frozenset({"request", "ask", "present", "seek", "submit", "make", "wish", "invite", "solicit", "assure", "undertake", "thank", "appreciate"})
PARALLEL = re.compile(
    r"\b(?:parallel|similar|separate|another|previous|earlier|identical|simultaneous)\s+(?:\w+\s+)?(?:request|letter|application)s?\b"
    r"|\b(?:has|have|had|was|were)\s+(?:also\s+|already\s+)?(?:been\s+)?(?:sent|made|transmitted|addressed|submitted|forwarded)\s+to\b"
    r"|\b(?:has|have|had)\s+(?:\w+\s+){0,2}?been\s+(?:\w+\s+)?(?:requested|asked|approached|contacted|sent)\b"
    r"|\b(?:was|were)\s+(?:\w+\s+){0,2}?(?:requested|asked|approached|contacted)\b",
    re.IGNORECASE,
)
DC_HEADING = ("dual criminality", "double criminality", "criminality", "dual criminal", "double incrimination", "dual incrimination")
OFFENCE = re.compile(r"\b(?:offen[cs]es?|crimes?|criminal|constitut\w+|punishable|illegal|unlawful|amount(?:s|ed)?\s+to|penal)\b", re.IGNORECASE)
HYPOTHETICAL_DC = re.compile(
    r"\bwould\b|\bhad\s+(?:it|they|these|this|the|such|that)\b|\bif\s+(?:it|they|the|this|these|such|that|committed|done|"
    r"carried|perpetrated)\b|\bwere\s+(?:it|they|the|this|such)\b"
    r"|\b(?:also|equally|likewise|similarly)\s+(?:be\s+|is\s+|are\s+|constitutes?\s+)?(?:an?\s+)?(?:offen|crim|punishable|illegal|unlawful|criminal)"
    r"|\b(?:offen[cs]es?|crimes?|criminal|punishable)\s+(?:\w+\s+)?(?:also|too|as\s+well)\b",
    re.IGNORECASE,
)
OCCURRED_IN = re.compile(
    r"\b(?:if|had|were|would|as\s+if|when)\b[^.;]{0,60}?\b(?:committed|occurred|taken\s+place|took\s+place|happened|"
    r"carried\s+out|done|perpetrated|been\s+committed)\s+(?:with)?in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
OFFENCE_IN = re.compile(
    r"\b(?:offen[cs]es?|crimes?|criminal|punishable|illegal|unlawful)\s+(?:\w+\s+){0,2}(?:with)?in\s+(?:the\s+)?$", re.IGNORECASE
)
LAW_OF = re.compile(
    r"\b(?:laws?|legislation|code|statutes?|jurisdiction)\s+(?:in\s+force\s+)?(?:of|in)\s+(?:the\s+)?"
    r"(?:(?:Republic|Kingdom|State|Government|Federation)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
LAW_AFTER = re.compile(r"^\s*(?:criminal\s+|penal\s+|domestic\s+)?(?:laws?|legislation|Penal\s+Code|Criminal\s+Code|Crimes\s+Act|jurisdiction)\b", re.IGNORECASE)
DEFINITION_AFTER = re.compile(
    r"^[\s,]*\(\s*(?:hereinafter\s+)?(?:(?:referred\s+to\s+|called\s+)?as\s+)?[\"'“‘]?\s*the\s+"
    r"(?P<role>Requested|Requesting)\s+(?:State|Party|Country|Contracting\s+Party|Jurisdiction)\b",
    re.IGNORECASE,
)
DEFINITION_BEFORE = re.compile(
    r"(?:\bthe\s+|^|\n)[ \t]*(?P<role>Requested|Requesting)\s+(?:State|Party|Country)\s*(?:[,(:]|is|being|namely|-|–)\s*(?:namely\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
COMPETENT_OF = re.compile(
    r"\b(?:competent|judicial|relevant|appropriate|law[- ]enforcement|prosecuting|investigating)\s+(?:\w+\s+)?"
    r"authorit(?:y|ies)\s+(?:of|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
AUTHORITIES_OF = re.compile(r"\b(?:the\s+)?authorit(?:y|ies)\s+(?:of|in)\s+(?:the\s+)?$", re.IGNORECASE)
DEMONYM_AUTHORITIES = re.compile(r"^\s+(?:competent\s+|judicial\s+|law[- ]enforcement\s+|prosecuting\s+|central\s+)?authorit(?:y|ies)\b", re.IGNORECASE)
COMPETENT_BEFORE_DEMONYM = re.compile(r"\b(?:competent|relevant|appropriate)\s+$", re.IGNORECASE)
CENTRAL_OF = re.compile(r"\bCentral\s+Authority\s+(?:of|for|in)\s+(?:the\s+)?$", re.IGNORECASE)
CENTRAL_AFTER = re.compile(r"^(?:'s)?\s+Central\s+Authority\b", re.IGNORECASE)
GOVERNMENT_OF = re.compile(r"\b(?:Government|Ministry|Ministry\s+of\s+[\w ]{3,40}?|Office|Embassy|Republic)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
ON_BEHALF = re.compile(r"\b(?:on\s+behalf\s+of|for)\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?|Central\s+Authority\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
ASSISTANCE_OF = re.compile(
    r"\b(?:assistance|help|co-?operation|support)\s+of\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?$"
    r"|\b(?:request|letter|application)\s+(?:is\s+)?(?:addressed\s+|sent\s+|made\s+)?to\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?|competent\s+authorities\s+of\s+(?:the\s+)?)?$"
    r"|\bconsent\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class RoleMention:
    """A place where the text puts ``alpha2`` in a role: the country mention and the phrase around it."""

    alpha2: str
    role: str
    source: str
    evidence: Evidence
    """The words naming the state."""
    context: Evidence
    """The phrase or line that gives it the role."""

    @property
    def weight(self) -> int:
        return WEIGHT.get(self.source, 1)


@dataclass(frozen=True)
class Parties:
    """The states and authority of the request, each with its evidence (None where the request does not say)."""

    requesting_state: str | None
    requesting_evidence: Evidence | None
    requested_state: str | None
    requested_evidence: Evidence | None
    requesting_authority: Evidence | None
    requested_roles: tuple[RoleMention, ...]
    """Every place that puts a state in the requested role (addressee, definition, competent authorities, ...)."""
    requesting_roles: tuple[RoleMention, ...]

    @property
    def requested_source(self) -> str | None:
        """How the requested state was established ("definition", "addressee" ...): its strongest source."""
        if self.requested_state is None:
            return None
        best = max((r for r in self.requested_roles if r.alpha2 == self.requested_state), key=lambda r: r.weight, default=None)
        return best.source if best else None


def parties(facts: Analysis) -> Parties:
    """Who is asking whom (use via ``facts.derived(parties)``)."""
    mentions = facts.derived(country_mentions)
    body = [b for b in facts.document.body() if b.text.strip()]
    head = _head_blocks(body)
    by_block: dict[int, list[CountryMention]] = {}
    for mention in mentions:
        if mention.block.kind.is_body:
            by_block.setdefault(mention.block.index, []).append(mention)

    requesting: list[RoleMention] = []
    requested: list[RoleMention] = []
    letterhead, addressee = _letterhead_and_addressee(head, _state_fields(body, head), by_block)
    if letterhead is not None:
        requesting.append(letterhead)
    if addressee is not None:
        requested.append(addressee)
    signature = _signature_block(body, head)
    if signature is not None:
        for mention in by_block.get(signature.index, []):
            if not mention.demonym:
                requesting.append(_role(mention, REQUESTING, SIGNATURE, Evidence.of_block(signature)))
                break

    sentences = [s for s in facts.body_sentences() if s.block not in head and s.block is not signature]
    dc_blocks = _dual_criminality_blocks(facts)
    pending_central: list[tuple[CountryMention, Sentence]] = []
    for sentence in sentences:
        in_sentence = [m for m in by_block.get(sentence.block.index, []) if sentence.start <= m.start < sentence.end]
        if not in_sentence:
            continue
        parallel = bool(PARALLEL.search(sentence.text))
        under_dc_heading = sentence.block.index in dc_blocks
        is_dc = under_dc_heading or _is_dc_sentence(sentence.text)
        for mention in in_sentence:
            for role in _sentence_roles(sentence, mention, is_dc, parallel, under_dc_heading):
                if role.source == CENTRAL_AUTHORITY:
                    pending_central.append((mention, sentence))
                    continue
                (requested if role.role == REQUESTED else requesting).append(role)

    requesting_state, requesting_evidence = _decide(requesting)
    # A central authority is the requesting state's when that state is the one asking; else the requested one.
    for mention, sentence in pending_central:
        before = sentence.block.text[max(sentence.start, mention.start - 60) : mention.start]
        if mention.alpha2 == requesting_state or _is_asking_subject(sentence, mention) or ON_BEHALF.search(before):
            continue
        requested.append(_role(mention, REQUESTED, CENTRAL_AUTHORITY, Evidence.of_sentence(sentence)))
    requested = [r for r in requested if r.alpha2 != requesting_state]
    requested.sort(key=lambda r: (r.evidence.block.index, r.evidence.start))
    requested_state, requested_evidence = _decide(requested)
    if requesting_state is None:
        requesting = [r for r in requesting if r.alpha2 != requested_state]
        requesting_state, requesting_evidence = _decide(requesting)
    return Parties(
        requesting_state=requesting_state,
        requesting_evidence=requesting_evidence,
        requested_state=requested_state,
        requested_evidence=requested_evidence,
        requesting_authority=_requesting_authority(facts, addressee, signature, head),
        requested_roles=tuple(requested),
        requesting_roles=tuple(requesting),
    )


# -- structure ------------------------------------------------------------------------------


def head_blocks(facts: Analysis) -> tuple[Block, ...]:
    """The blocks at the top of the letter before the request proper (letterhead, references, addressee)."""
    return tuple(_head_blocks([b for b in facts.document.body() if b.text.strip()]))


def _head_blocks(body: list[Block]) -> list[Block]:
    """The blocks before the request proper: letterhead, references, addressee."""
    head: list[Block] = []
    for block in body[:MAX_HEAD_BLOCKS]:
        text = block.text.strip()
        if TITLE_WORDS.search(text) and "\n" not in text:
            if not head and block is body[0]:
                continue  # a title above the letterhead ("LETTER ROGATORY")
            break
        if re.match(r"(?:Dear|Re\b|Subject|Your\s+Excellency|Sir|Madam)", text):
            break
        if block.kind is BlockKind.HEADING and not (not head or re.match(r"(?:To|From|Attn|Attention)\b", text, re.IGNORECASE)):
            break
        if "\n" not in text and (len(text) > 160 or re.search(r"[\w)][.,;:!?]\s*$", text) and len(text.split()) >= 4):
            break  # a sentence: the request has begun
        if len(body) > 1 and block is body[-1]:
            break  # the last block is the signature, not the letterhead
        if re.match(r"(?:request|letter)\s+(?:of|for)\b", text, re.IGNORECASE) and "\n" not in text:
            break  # the title
        head.append(block)
    return head


def _state_fields(body: list[Block], head: list[Block]) -> list[Block]:
    """Blocks near the top, after the letterhead, with form fields that name the states ("Issuing State: Belgium",
    "Requested State: ..."): a form such as the EIO's Annex A puts them after its certification text."""
    return [
        b for b in body[: 2 * MAX_HEAD_BLOCKS]
        if b not in head and any(STATE_LABEL.match(m.group("label")) for m in LABELLED_LINE.finditer(b.text))
    ]


def _letterhead_and_addressee(
    head: list[Block], fields: list[Block], by_block: dict[int, list[CountryMention]]
) -> tuple[RoleMention | None, RoleMention | None]:
    """The sender's block (first, "From:" or a state field) and the addressee's ("To:", a state field, or the last
    address before the title)."""
    letterhead, addressee = _labelled_lines(head + fields, by_block)
    if letterhead is not None or addressee is not None:
        return letterhead, addressee
    with_country = [b for b in head if any(not m.demonym for m in by_block.get(b.index, []))]
    to_blocks = [b for b in with_country if re.match(r"\s*(?:To|Attn|Attention|Addressee)\b\s*[:.]?", b.text, re.IGNORECASE)]
    from_blocks = [b for b in with_country if re.match(r"\s*From\s*:", b.text, re.IGNORECASE)]
    sender = from_blocks[0] if from_blocks else None
    recipient = to_blocks[0] if to_blocks else None
    others = [b for b in with_country if b not in to_blocks and b not in from_blocks]
    if sender is None and others and others[0] is head[0] and not ADDRESSEE_LIKE.match(head[0].text):
        sender, others = others[0], others[1:]
    if recipient is None and others:
        recipient = others[-1]
        if recipient is head[0] and not ADDRESSEE_LIKE.match(recipient.text):
            recipient = None  # one address block at the top: the sender's
    letterhead = _block_role(sender, by_block, REQUESTING, LETTERHEAD) if sender is not None else None
    addressee = _block_role(recipient, by_block, REQUESTED, ADDRESSEE) if recipient is not None else None
    if letterhead is not None and addressee is not None and letterhead.alpha2 == addressee.alpha2:
        return letterhead, None
    return letterhead, addressee


LABELLED_LINE = re.compile(
    r"^[ \t]*(?:[A-Z0-9]{1,3}[.)][ \t]*)?(?P<label>From|Sender|To|Addressee|Recipient|(?:Requesting|Issuing|Requested|Executing)[ \t]+"
    r"(?:State|Party|Country|Authority|Central[ \t]+Authority))[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)
SENDER_LABEL = re.compile(r"from|sender|requesting|issuing", re.IGNORECASE)
STATE_LABEL = re.compile(r"(?:requesting|issuing|requested|executing)\s+(?:state|party|country)", re.IGNORECASE)


def _labelled_lines(
    head: list[Block], by_block: dict[int, list[CountryMention]]
) -> tuple[RoleMention | None, RoleMention | None]:
    """"From: ..." and "To: ..." lines (an e-mail or memo header): the state named on each line."""
    sender = recipient = None
    labels = [m.group("label") for b in head for m in LABELLED_LINE.finditer(b.text)]
    if not any(SENDER_LABEL.match(label) or STATE_LABEL.match(label) for label in labels):
        return None, None  # no header lines: "To:" blocks are addressee blocks like any other
    for block in head:
        for label in LABELLED_LINE.finditer(block.text):
            end = block.text.find("\n", label.end())
            end = len(block.text) if end < 0 else end
            names = [m for m in by_block.get(block.index, []) if label.end() <= m.start < end and not m.demonym]
            if not names:
                continue
            context = Evidence(block, label.start(), end)
            source = DEFINITION if STATE_LABEL.match(label.group("label")) else None
            if SENDER_LABEL.match(label.group("label")) and (sender is None or source and sender.source != DEFINITION):
                sender = _role(names[-1], REQUESTING, source or LETTERHEAD, context)
            elif not SENDER_LABEL.match(label.group("label")) and (
                recipient is None or source and recipient.source != DEFINITION
            ):
                recipient = _role(names[-1], REQUESTED, source or ADDRESSEE, context)
    if sender is not None and recipient is not None and sender.alpha2 == recipient.alpha2:
        recipient = None
    return sender, recipient


def _block_role(block: Block, by_block: dict[int, list[CountryMention]], role: str, source: str) -> RoleMention | None:
    names = [m for m in by_block.get(block.index, []) if not m.demonym]
    if not names:
        return None
    counts = Counter(m.alpha2 for m in names)
    top = max(counts.values())
    tied = {code for code, n in counts.items() if n == top}
    candidates = [m for m in names if m.alpha2 in tied]
    chosen = candidates[-1]  # an address ends with its country ...
    line_start = block.text.rfind("\n", 0, chosen.start) + 1
    same_line = [m for m in candidates if m.start >= line_start]
    if len({m.alpha2 for m in same_line}) > 1:
        chosen = same_line[0]  # ... but "Hong Kong SAR, China" names Hong Kong
    return _role(chosen, role, source, Evidence.of_block(block))


def _signature_block(body: list[Block], head: list[Block]) -> Block | None:
    for block in reversed(body[-3:]):
        if block in head:
            return None
        text = block.text
        if "\n" in text.strip() and len(text) < 500 and (
            re.search(r"\(?signed\)?|signature|yours\s+(?:faithfully|sincerely)|^_{3,}", text, re.IGNORECASE | re.MULTILINE)
            or len(text.strip().splitlines()) >= 3
            or block is body[-1] and not re.search(r"[.:]\s*$", text)
        ):
            return block
    return None


def _dual_criminality_blocks(facts: Analysis) -> set[int]:
    out: set[int] = set()
    for section in facts.sections:
        if section.heading is not None and heading_matches(section.heading.text, DC_HEADING):
            out.update(b.index for b in section.blocks)
    return out


def _is_dc_sentence(text: str) -> bool:
    """A dual criminality statement: an offence said of a hypothetical ("would", "had it occurred") or "also"."""
    if re.search(r"\b(?:dual|double)\s+(?:criminality|incrimination)\b", text, re.IGNORECASE):
        return True
    return bool(OFFENCE.search(text) and HYPOTHETICAL_DC.search(text))


# -- sentences --------------------------------------------------------------------------------


def _role(mention: CountryMention, role: str, source: str, context: Evidence) -> RoleMention:
    return RoleMention(mention.alpha2, role, source, Evidence(mention.block, mention.start, mention.end), context)


def _sentence_roles(
    sentence: Sentence, mention: CountryMention, is_dc: bool, parallel: bool, under_dc_heading: bool = False
) -> Iterator[RoleMention]:
    text = sentence.block.text
    before = text[max(sentence.start, mention.start - 80) : mention.start]
    after = text[mention.end : min(sentence.end, mention.end + 80)]
    context = Evidence.of_sentence(sentence)

    definition = DEFINITION_AFTER.match(after) or DEFINITION_BEFORE.search(before)
    if definition and not mention.demonym:
        role = REQUESTED if definition.group("role").lower() == "requested" else REQUESTING
        yield _role(mention, role, DEFINITION, context)
        return

    if mention.demonym:
        if DEMONYM_AUTHORITIES.match(after):
            if _is_asking_subject(sentence, mention):
                yield _role(mention, REQUESTING, ASKING, context)
            elif not parallel and (COMPETENT_BEFORE_DEMONYM.search(before) or _asked_to_act(sentence)) and _frames_request(sentence):
                yield _role(mention, REQUESTED, COMPETENT_AUTHORITIES, context)
            return
        if is_dc and LAW_AFTER.match(after) and (under_dc_heading or _hypothetical_near(before, after)):
            yield _role(mention, REQUESTED, DUAL_CRIMINALITY, context)
        return

    if DEMONYM_AUTHORITIES.match(after) and not CENTRAL_AFTER.match(after):
        if _is_asking_subject(sentence, mention):
            yield _role(mention, REQUESTING, ASKING, context)
        elif not parallel and (COMPETENT_BEFORE_DEMONYM.search(before) or _asked_to_act(sentence)) and _frames_request(sentence):
            yield _role(mention, REQUESTED, COMPETENT_AUTHORITIES, context)
        return
    if CENTRAL_OF.search(before) or CENTRAL_AFTER.match(after):
        if _is_asking_subject(sentence, mention) or re.search(r"\b(?:on\s+behalf\s+of|for)\s+(?:the\s+)?Central\s+Authority\s+of\s+(?:the\s+)?$", before, re.IGNORECASE):
            yield _role(mention, REQUESTING, ASKING, context)
        elif not parallel:
            yield _role(mention, REQUESTED, CENTRAL_AUTHORITY, context)  # decided once the requesting state is known
        return
    if COMPETENT_OF.search(before) or AUTHORITIES_OF.search(before):
        if _is_asking_subject(sentence, mention):
            yield _role(mention, REQUESTING, ASKING, context)
        elif not parallel and (COMPETENT_OF.search(before) or _asked_to_act(sentence)) and _frames_request(sentence):
            yield _role(mention, REQUESTED, COMPETENT_AUTHORITIES, context)
        return
    if is_dc and (
        OCCURRED_IN.search(before)
        or (LAW_OF.search(before) or LAW_AFTER.match(after) or OFFENCE_IN.search(before))
        and (under_dc_heading or _hypothetical_near(before, after))
    ):
        yield _role(mention, REQUESTED, DUAL_CRIMINALITY, context)
        return
    if _is_asking_subject(sentence, mention):
        yield _role(mention, REQUESTING, ASKING, context)
        return
    if ON_BEHALF.search(before) and re.search(r"behalf", before, re.IGNORECASE):
        yield _role(mention, REQUESTING, ASKING, context)
        return
    if not parallel and (ASSISTANCE_OF.search(before) and _frames_request(sentence) or _is_asked(sentence, mention)):
        yield _role(mention, REQUESTED, ADDRESSED, context)


HYPOTHETICAL_NEAR = re.compile(
    r"\b(?:would|also|equally|likewise|similarly|had\s+(?:it|they|these|this|the|such|that)|if|were|dual|double)\b", re.IGNORECASE
)


def _hypothetical_near(before: str, after: str) -> bool:
    """The law named is that of a hypothetical ("would ... under the law of X", "also ... in X", "X law too")."""
    clause = re.split(r"[;:]|\bbut\b|\bwhereas\b", before)[-1]
    return bool(HYPOTHETICAL_NEAR.search(clause) or re.match(r"[^.;]{0,40}\b(?:as\s+well|too|also)\b", after, re.IGNORECASE))


def _tokens_of(sentence: Sentence, mention: CountryMention) -> list[Token]:
    span = sentence.span
    return [t for t in span if mention.start <= t.idx < mention.end]


def _is_asking_subject(sentence: Sentence, mention: CountryMention) -> bool:
    """The state (or its authorities) is the subject of asking: "The German authorities ask", "Pakistan requests".

    Climbs from the state's name to the noun phrase it belongs to ("the
    Central Authority of Pakistan", "the competent authorities of X") and asks
    whether that phrase is the active subject of a verb of asking, or the
    agent of "this request is made by".
    """
    tokens = _tokens_of(sentence, mention)
    roots = [t for t in tokens if not (mention.start <= t.head.idx < mention.end) or t.head is t]
    if not roots:
        return False
    node = roots[0]
    for _ in range(5):
        if node.dep_ in {"compound", "amod", "poss", "nmod", "appos"} and node.head is not node:
            node = node.head
            continue
        if node.dep_ == "pobj":
            prep = node.head
            if prep.dep_ == "agent":
                return prep.head.lemma_.lower() in ASK_VERBS
            if prep.lower_ in {"of", "for", "in"} and prep.head is not prep and prep.head.pos_ in {"NOUN", "PROPN"}:
                node = prep.head
                continue
        break
    return node.dep_ == "nsubj" and node.head.lemma_.lower() in ASKING_VERBS and not _is_passive(node.head)


def _is_asked(sentence: Sentence, mention: CountryMention) -> bool:
    """"Kenya is requested to ...", "we ask the Government of Kenya to ...": the state as the one asked."""
    tokens = _tokens_of(sentence, mention)
    roots = [t for t in tokens if not (mention.start <= t.head.idx < mention.end) or t.head is t]
    if not roots:
        return False
    node = roots[0]
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in {"government", "republic", "state", "kingdom"}:
        node = node.head.head
    asked = node.head.lemma_.lower() in {"request", "ask", "invite", "urge"}
    return asked and (node.dep_ == "nsubjpass" or node.dep_ == "dobj" and not _is_passive(node.head))


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def _asked_to_act(sentence: Sentence) -> bool:
    """The sentence asks someone to do something: "X are requested to", "we ask that X obtain", "please"."""
    return has_request_frame(sentence.span)


def _frames_request(sentence: Sentence) -> bool:
    span = sentence.span
    if has_request_frame(span):
        return True
    return any(t.lemma_.lower() in {"request", "ask", "assistance", "execute", "obtain", "consent"} for t in span)


# -- deciding ----------------------------------------------------------------------------------


def _decide(roles: Iterable[RoleMention]) -> tuple[str | None, Evidence | None]:
    scores: Counter[str] = Counter()
    first: dict[str, RoleMention] = {}
    best: dict[str, RoleMention] = {}
    for role in roles:
        scores[role.alpha2] += role.weight
        first.setdefault(role.alpha2, role)
        if role.alpha2 not in best or role.weight > best[role.alpha2].weight:
            best[role.alpha2] = role
    if not scores:
        return None, None
    ranked = scores.most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        # a tie: the state of the strongest single source wins, else nobody
        a, b = best[ranked[0][0]], best[ranked[1][0]]
        if a.weight == b.weight:
            return None, None
        winner = a if a.weight > b.weight else b
        return winner.alpha2, winner.evidence
    code = ranked[0][0]
    return code, best[code].evidence


# -- the requesting authority ---------------------------------------------------------------------


def _requesting_authority(
    facts: Analysis, addressee: RoleMention | None, signature: Block | None, head: list[Block]
) -> Evidence | None:
    """The authority making the request: in the letterhead, a sentence that makes the request, or the signature."""
    for block in head:
        if ADDRESSEE_LIKE.match(block.text) and not LABELLED_LINE.match(block.text):
            continue
        skip = addressee.context if addressee is not None and addressee.context.block is block else None
        line = _authority_line(block, skip)
        if line is not None:
            return line
    for section in sections_about(facts, AUTHORITY_HEADINGS):
        for block in section.blocks:
            line = _authority_line(block)
            if line is not None:
                return line
    for sentence in facts.body_sentences():
        if sentence.block in head:
            continue
        evidence = _authority_in_sentence(sentence)
        if evidence is not None:
            return evidence
    for block in facts.document.blocks:
        if block.kind is BlockKind.HEADER:
            line = _authority_line(block)  # a letterhead in the running header
            if line is not None:
                return line
    if signature is not None:
        offset = 0
        for text in signature.text.split("\n"):
            if AUTHORITY.search(text) and not re.match(r"\s*(?:To|Attn)\b", text):
                return Evidence(signature, offset, offset + len(text))
            offset += len(text) + 1
    return None


def _authority_line(block: Block, skip: Evidence | None = None) -> Evidence | None:
    """The first line of a letterhead that names an institution (not the addressee's lines)."""
    offset = 0
    for line in block.text.split("\n"):
        inside_skip = skip is not None and skip.start <= offset < skip.end
        if not inside_skip and not re.match(r"\s*(?:To|Attn|Attention|Addressee|Recipient)\b", line, re.IGNORECASE) and AUTHORITY.search(line):
            return Evidence(block, offset, offset + len(line))
        offset += len(line) + 1
    return None


def _authority_in_sentence(sentence: Sentence) -> Evidence | None:
    """"The Ministry ... requests", "This request is made by the Office ...", "I write on behalf of the Director ..."."""
    span = sentence.span
    text = sentence.text
    if re.search(r"\bon\s+behalf\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,6}?" + AUTHORITY.pattern, text):
        return Evidence.of_sentence(sentence)
    if re.search(r"\bI\s+am\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,4}?(?:Prosecutor|Officer|Counsel|Director|Attorney|Judge|Magistrate|Investigator|Inspector|Solicitor|Advocate)", text):
        return Evidence.of_sentence(sentence)
    about_request = bool(re.search(r"\b(?:request|letter|rogatory|application|commission)\b", text, re.IGNORECASE))
    for token in span:
        lemma = token.lemma_.lower()
        if lemma not in ASK_VERBS or (lemma not in CORE_ASK_VERBS and not about_request):
            continue
        for child in token.children:
            if child.dep_ == "nsubj" and not _is_passive(token):
                words = " ".join(t.text for t in child.subtree)
                if AUTHORITY.search(words):
                    return Evidence.of_sentence(sentence)
            if child.dep_ == "agent":
                words = " ".join(t.text for t in child.subtree)
                if AUTHORITY.search(words):
                    return Evidence.of_sentence(sentence)
    return None


def related_states(facts: Analysis) -> frozenset[frozenset[str]]:
    """Pairs of states named side by side ("Hong Kong SAR, China", "... Region of the People's Republic of China")."""
    mentions = [m for m in facts.derived(country_mentions) if not m.demonym]
    pairs: set[frozenset[str]] = set()
    for first, second in itertools.pairwise(mentions):
        if first.block is second.block and first.alpha2 != second.alpha2:
            gap = first.block.text[first.end : second.start]
            if len(gap) <= 40 and "\n" not in gap and not re.search(r"\b(?:and|or|to|from|between|nor|via)\b|[;.]", gap, re.IGNORECASE):
                pairs.add(frozenset({first.alpha2, second.alpha2}))
    return frozenset(pairs)


def role_mentions_of(facts: Analysis, alpha2: str) -> tuple[RoleMention, ...]:
    """The places that put ``alpha2`` in the requested role."""
    return tuple(r for r in facts.derived(parties).requested_roles if r.alpha2 == alpha2)


__all__ = ["REQUESTED", "REQUESTING", "ROLE_SOURCES", "STRONG_REQUESTED", "Parties", "RoleMention", "head_blocks", "parties", "related_states", "role_mentions_of"]
