"""Names of persons and organisations as the request writes them, and when two spellings are one (for MLA301/302).

A name is a run of capitalised words ("Mohammad Ali KHAN", "Habib Bank
Limited"), perhaps surname-first ("KHAN, Mohammad Ali"), perhaps after a
title or a role ("Mr Khan", "the suspect KHAN"), perhaps with initials
before the surname ("M. A. Khan", "M.A. KHAN"). It is known by the set of its
words in lower case, without accents, split at hyphens, with company
suffixes written one way ("Ltd" is "Limited"), so word order, capitals,
"García"/"Garcia", "Al-Rashid"/"Al Rashid" and "Ltd."/"Limited" do not make
two names. Capitalised ordinary words at its start ("When", "The", "His":
words the request also writes in lower case; month names), ranks and roles
("Detective Sergeant", "Accused": they mark a person) are not part of it,
nor is a country after a comma ("Peshawar, Pakistan"). Two words are spellings of one name
when one is a small change of the other (Mohammad/Muhammad, Kahn/Khan),
measured with rapidfuzz. Grouping the names into people and organisations is
``mla_lint.people``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA, Levenshtein

from mla_lint.births import CAPITAL, NAME_WORD, PARTICLE
from mla_lint.countries import country_of
from mla_lint.dates import CALENDAR
from mla_lint.findings import Related
from mla_lint.model import Block, BlockKind

if TYPE_CHECKING:
    from mla_lint.analysis import Analysis

TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Madam|Mme|Mlle|Herr|Frau|Sr|Sra|Shri|Smt|Sheikh|Shaikh|Alhaji|Hajji|Engr|Encik|Puan|Tuan|Datuk|Dato)"
ROLES = (
    r"(?:suspects?|accused|defendants?|witness(?:es)?|victims?|complainants?|applicants?|respondents?|appellants?|"
    r"deceased|detainees?|offenders?|convicts?|prisoners?|persons?\s+concerned|subjects?|target)"
)
WORD = rf"{CAPITAL}{NAME_WORD}(?!\w)"
NAME = rf"{WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+){{0,2}}{WORD}){{0,5}}"
NAME_RUN = re.compile(
    rf"(?:\b(?P<role>(?i:the[ \t]+{ROLES}))[ \t]+)?(?:\b(?P<title>{TITLES})\.?[ \t]+)?"
    rf"(?P<initials>(?:\b{CAPITAL}\.[ \t]*){{1,3}})?"
    rf"\b(?P<name>{NAME}(?:,[ \t]+(?!{TITLES}\.?[ \t]){NAME})*)"
)
"""A run of capitalised words, with its title or role and initials; parts after commas are sorted out by
``find_names`` (one comma after a single word is a surname-first name, "KHAN, Mohammad Ali")."""
SUFFIXES = {
    "ltd": "limited", "pvt": "private", "co": "company", "corp": "corporation", "inc": "incorporated",
    "intl": "international", "bhd": "berhad", "plc": "plc", "llc": "llc",
}
"""Company-name abbreviations and the word they stand for: "Habib Bank Ltd" is "Habib Bank Limited"."""
ORG_WORDS = frozenset(SUFFIXES.values()) | frozenset({
    "bank", "company", "corporation", "traders", "trading", "group", "holdings", "enterprises", "industries",
    "agency", "ministry", "department", "authority", "police", "service", "court", "office", "commission",
    "bureau", "university", "foundation", "trust", "partners", "associates", "gmbh", "ag", "sa", "sarl", "srl",
    "bv", "nv", "oy", "ab", "as", "spa", "pte", "pty", "sdn", "tbk", "ooo", "zao", "pjsc", "jsc", "fze", "fzco",
    "exchange", "insurance", "investments", "logistics", "construction", "services", "international", "global",
})
"""Words that make a name an organisation's ("Khyber Medical Traders", "Habib Bank Limited"), not a person's."""
RANKS = frozenset({
    "inspector", "detective", "sergeant", "constable", "superintendent", "corporal", "officer", "prosecutor",
    "senior", "chief", "deputy", "assistant", "associate", "director", "judge", "justice", "attorney", "trial",
    "special", "agent", "commissioner", "magistrate", "counsel", "advocate", "barrister", "solicitor", "general",
    "public", "state", "federal", "investigator", "captain", "lieutenant", "major", "colonel", "head", "acting",
    "additional", "secretary", "minister", "ambassador", "consul", "president", "honourable", "hon", "sheriff",
    "clerk", "registrar", "investigating", "examining", "principal", "district", "regional", "national",
    "manager", "relationship", "analyst", "prosecuting", "crown", "police", "commander", "auditor", "liaison",
    "accused", "suspect", "defendant", "witness", "complainant", "victim", "co-accused", "respondent", "applicant",
})
"""Ranks, offices and procedural roles written before a person's name ("Detective Sergeant", "Senior State
Prosecutor", "Accused")."""
ALIAS = re.compile(
    r"^[\s,;(\[]*(?:alias|a\.?k\.?a\.?|also\s+(?:known\s+as|called|spelt|spelled|written)|or|née|nee)\b[\s:\"“'‘]*$",
    re.IGNORECASE,
)
"""What stands between a name and a spelling the request declares for it ("alias", "also spelt", "a.k.a.")."""
ALIAS_CUE = re.compile(
    r"\b(?:alias|a\.?k\.?a\.?|also\s+(?:known\s+as|called|spelt|spelled|written)|née|nee)[\s:\"“'‘]*$", re.IGNORECASE
)
"""The same cue right before the second name, however far the first ("Maria DELA CRUZ of Manila, also known as
Clara Dela Cruz")."""
ADDRESS = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+")
"""E-mail and web addresses, whose lower-case words are often names ("nathalie.girard@justice.gc.ca")."""
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""Words telling a father from a son of the same name ("John SMITH Jr."), kept although they have no vowel."""
KEPT = GENERATIONS | ORG_WORDS
"""Words without a vowel that still belong to a name ("Jr", "GmbH", "plc"); other vowelless words are dropped."""
WRAPPED_LINE = 45
"""A line at least this long that ends in a name was wrapped, and the name may go on on the next line."""
NUMBER_LABEL = re.compile(r"(?:^|\s+)(?:No|Nos|Nr|Number)$")
"""A number's label closing a run of capitals: "Registration No" is no name."""
HEADING_NUMBER = re.compile(r"^(?:[IVXLC]+|\d+|[A-Z])[.)]\s+")
"""The number of a heading ("III. ", "4) ", "B. ")."""
MIN_WORD = 4
"""In shorter words (Ali, Abu, Wei) only two swapped letters count: one letter changed is another name."""
SHORT_WORD = 5
"""In words of four or five letters only swapped letters, a vowel changed or a letter doubled count."""
VOWELS = frozenset("aeiouy")
MIN_SIMILARITY = 0.75


@dataclass(frozen=True)
class NameMention:
    """One name written in one block, with its words normalised."""

    block: Block
    start: int
    end: int
    words: frozenset[str]
    titled: bool
    """After a title or a role ("Mr Khan", "the accused Khan") or in capitals ("KHAN"): surely a name."""
    initials: tuple[str, ...] = ()
    """The initials before the surname, in lower case ("M. A. Khan": ("m", "a"))."""
    courtesy: bool = False
    """After a personal title ("Mr", "Dr") or a role: a person's name, never an organisation's."""

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]

    @property
    def where(self) -> str:
        return self.block.span_location(self.start, self.end).describe()

    @property
    def is_full(self) -> bool:
        """A whole name ("Mohammad Ali KHAN"), not a short form (a surname alone, initials and surname)."""
        return len(self.words) >= 2 and not self.initials

    @property
    def is_org(self) -> bool:
        return bool(self.words & ORG_WORDS)

    def related(self, message: str) -> Related:
        return Related(
            location=self.block.span_location(self.start, self.end),
            message=message,
            excerpt=self.block.excerpt(self.start, self.end),
        )


def name_words(text: str) -> frozenset[str]:
    """The words of a name, in lower case, without accents (registers often drop them: "García" is "Garcia"),
    split at hyphens ("Al-Rashid" is "Al Rashid", "García-López" is "García López"), company suffixes spelled
    out, without a title."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    bare = re.sub(rf"^{TITLES}\.?\s+", "", bare).replace("-", " ")
    words = (re.sub(r"['’]s?$", "", w).lower() for w in re.findall(NAME_WORD, bare))
    return frozenset(
        w for w in (SUFFIXES.get(w, w) for w in words) if w in KEPT or re.search(r"[^\W\d_bcdfghjklmnpqrstvwxz]", w)
    )


def lower_case_words(facts: Analysis) -> frozenset[str]:
    """Ordinary words, not names: those the request also writes in lower case ("transfer"), English function
    words ("when", "his"; spaCy's stop list, so that "When Mohammad Ali KHAN" is no name of four words), and
    the names of months and weekdays ("March")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    prose = (ADDRESS.sub(" ", block.text) for block in facts.document.body())  # "m.khan@..." makes no word common
    written = (w for text in prose for w in re.findall(r"\b[a-z][a-z'’\-]+\b", text))
    calendar = (name.lower() for names in CALENDAR.MONTHS + CALENDAR.WEEKDAYS for name in names)
    return frozenset(written) | STOP_WORDS | frozenset(calendar)


def find_names(block: Block, common: frozenset[str] = frozenset()) -> list[NameMention]:
    """Every name in ``block``; ``common`` are the request's ordinary words, dropped from a name's start."""
    mentions = []
    heading_like = block.kind is BlockKind.HEADING
    for match in NAME_RUN.finditer(block.text):
        initials = tuple(i.lower() for i in re.findall(CAPITAL, match.group("initials") or ""))
        courtesy = bool(match.group("title") or match.group("role"))
        for lo, hi in _name_parts(block.text, match.start("name"), match.end("name")):
            first = lo == match.start("name")
            if not (first and (initials or courtesy)):
                lo = _after_ordinary_words(block.text, lo, hi, common)
            hi = lo + len(NUMBER_LABEL.sub("", block.text[lo:hi]))
            ranked = _after_ranks(block.text, lo, hi)
            if ranked != lo and not initials:  # "Inspector Sadia Noor", "Trial Attorney Megan Hollis": a person
                start, lo, first, courtesy = lo, ranked, True, True
            else:
                start = match.start() if first and (initials or courtesy) else lo
            words = name_words(block.text[lo:hi])
            if not words:
                continue
            if not (first and (bool(initials) or len(words) == 1)):
                start = lo  # a title shows with a short form ("Mr Kahn", "M. A. Khan"), not with a whole name
            text = block.text[lo:hi]
            capitals = not heading_like and HEADING_NUMBER.sub("", block.text.strip()) != text
            # a capitalised heading ("III. FACTS") is no surname
            marked = first and courtesy
            titled = marked or (capitals and any(w.isupper() and len(w) >= MIN_WORD for w in text.split()))
            mentions.append(NameMention(block, start, hi, words, titled, initials if first else (), marked))
    return _across_line_breaks(block.text, mentions)


def _across_line_breaks(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """Join a name that a wrapped line breaks ("an account of Pearl Crest\nTrading Limited"): two names on either
    side of one line break, the first ending a long line (a short one is an address or a signature line)."""
    joined: list[NameMention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and re.fullmatch(r"[ \t]*\n[ \t]*", text[previous.end : mention.start])
            and previous.end - (text.rfind("\n", 0, previous.end) + 1) >= WRAPPED_LINE
            and not mention.initials
        ):
            joined[-1] = NameMention(
                previous.block, previous.start, mention.end, previous.words | mention.words,
                previous.titled or mention.titled, previous.initials, previous.courtesy or mention.courtesy,
            )
        else:
            joined.append(mention)
    return joined


def _name_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names in a comma-separated run: "KHAN, Mohammad Ali" is one, "Imran KHAN, Irfan KHAN" two, and a
    country after a comma ("Peshawar, Pakistan") none."""
    parts, at = [], start
    for piece in text[start:end].split(","):
        lo = at + len(piece) - len(piece.lstrip())
        parts.append((lo, at + len(piece.rstrip())))
        at += len(piece) + 1
    names: list[tuple[int, int]] = []
    for n, (lo, hi) in enumerate(parts):
        if country_of(text[lo:hi]) is not None:
            continue
        rank = text[lo:hi].split(" ", 1)[0].lower() in RANKS  # "TREMBLAY, Federal Prosecutor" is no name
        if n == 1 and names == [parts[0]] and " " not in text[parts[0][0] : parts[0][1]] and not rank:
            names[-1] = (parts[0][0], hi)  # surname first: "KHAN, Mohammad Ali"
        else:
            names.append((lo, hi))
    return names


def _after_ranks(text: str, start: int, end: int) -> int:
    """Where a person's name begins after the ranks and offices before it ("Senior State Prosecutor Maria
    Teresa"); ``start`` when there are none, or when the rest is an organisation's name ("Federal Court")."""
    at = start
    for word in re.finditer(r"\S+", text[start:end]):
        if word.group().lower().rstrip(",.") not in RANKS:
            at = start + word.start()
            break
    else:
        return start
    return start if at == start or name_words(text[at:end]) & ORG_WORDS else at


def _after_ordinary_words(text: str, start: int, end: int, common: frozenset[str]) -> int:
    """Where the name begins once the capitalised ordinary words before it ("When", "The") are passed over."""
    for word in re.finditer(r"\S+", text[start:end]):
        if word.group().lower().rstrip(",") not in common:
            return start + word.start()
    return end


def is_misspelling(first: str, second: str) -> bool:
    """Two words one small change apart (Mohammad/Muhammad, Kahn/Khan, Mohammed/Muhammad), not one word's ending."""
    if first.startswith(second) or second.startswith(first):
        return False  # a plural, a possessive or a demonym (Africa/African, Pakistan/Pakistani)
    if first[0] != second[0] and not {first[0], second[0]} <= VOWELS and not is_transposition(first, second):
        return False  # names that start with other consonants are other names (Rafiqul/Shafiqul, Jing/Qing)
    if min(len(first), len(second)) < MIN_WORD:
        return len(first) == len(second) == 3 and is_transposition(first, second)  # Wei/Wie, but not Ali/Aly
    if min(len(first), len(second)) <= SHORT_WORD:
        # Khan/Kahn, Ahmad/Ahmed, Hasan/Hassan; but Jing/Qing, Maria/Marta, Hamad/Hamid's consonants are two names
        return is_transposition(first, second) or _vowel_changed(first, second) or _letter_doubled(first, second)
    if OSA.distance(first, second) > 2:
        return False
    return Levenshtein.normalized_similarity(first, second) >= MIN_SIMILARITY or OSA.distance(first, second) == 1


def _vowel_changed(first: str, second: str) -> bool:
    """One vowel written as another, the usual unsteadiness of transliteration (Ahmad/Ahmed, Omar/Umar)."""
    changed = [(a, b) for a, b in zip(first, second) if a != b] if len(first) == len(second) else []
    return len(changed) == 1 and all(c in VOWELS for c in changed[0])


def _letter_doubled(first: str, second: str) -> bool:
    """One letter written once and twice (Hasan/Hassan, Muhamad/Muhammad)."""
    shorter, longer = sorted((first, second), key=len)
    return len(longer) == len(shorter) + 1 and any(
        longer[:i] + longer[i + 1 :] == shorter and longer[i] == longer[i - 1] for i in range(1, len(longer))
    )


def is_transcription(first: str, second: str) -> bool:
    """One word written with an umlaut's two transcriptions ("Müller" as "Muller" or "Mueller", "Schröder" as
    "Schroeder"): the same name in the German transcriptions of the umlaut, not a slip."""
    return first != second and _umlauts(first) == _umlauts(second)


def _umlauts(word: str) -> str:
    return re.sub(r"(?<=[^aeiou])([aou])e", r"\1", word)


def is_transposition(first: str, second: str) -> bool:
    """One swap of neighbouring characters (OSA distance 1 where plain edit distance is 2): a typing error."""
    return OSA.distance(first, second) == 1 and Levenshtein.distance(first, second) == 2


def differing_word(first: frozenset[str], second: frozenset[str]) -> tuple[str, str] | None:
    """The one word in which two names of as many words differ, if it is a misspelling and the rest agree."""
    only_first, only_second = first - second, second - first
    if len(only_first) != 1 or len(only_second) != 1:
        return None
    pair = (next(iter(only_first)), next(iter(only_second)))
    return pair if is_misspelling(*pair) else None
