"""Sums of money the request states, in figures and in words (for MLA308).

Requests state the amounts of transfers, deposits and proceeds, often twice
in one place ("PKR 5,500,000 (Rupees five million five hundred thousand
only)", "ten thousand US dollars (USD 10,000)") and again elsewhere. This
module finds each amount in figures with its currency (ISO 4217 code from
``pycountry``, or a symbol), reads the words beside it with ``text2num``
(with the South Asian scales lakh and crore), and keeps what the request
says, for MLA308 to compare.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

import pycountry
from text_to_num import alpha2digit, text2num

from mla_lint.findings import Related
from mla_lint.model import Block

if TYPE_CHECKING:
    from mla_lint.analysis import Analysis

CODES = frozenset(c.alpha_3 for c in pycountry.currencies)
SYMBOLS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₦": "NGN", "₱": "PHP"}
"""The currency symbols a request writes; "$" alone is read as US dollars, as requests to and from the US use it."""
RUPEE_ABBREVIATIONS = r"Rs\.?|Rupees?|PKRs?"
CURRENCY = rf"(?P<cur>US\$|[$€£¥₹₦₱]|{RUPEE_ABBREVIATIONS}|\b[A-Z]{{3}}\b)"
NUMBER = r"(?P<num>\d{1,3}(?:[,.\u00a0 ]\d{2,3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
SCALE = r"(?:\s*(?P<scale>million|billion|thousand|lakhs?|lacs?|crores?|mn|bn|m)\b)?"
GROUPED = r"(?P<num2>\d{1,3}(?:[,.\u00a0 ]\d{2,3})+(?:[.,]\d{1,2})?)"
"""A figure before its currency must be grouped ("5,000 AED"), so that a year before a code ("2022 EUR") is not one."""
AMOUNT = re.compile(
    rf"{CURRENCY}\s?{NUMBER}{SCALE}(?!\d)|{GROUPED}{SCALE.replace('scale', 'scale2')}\s?(?P<cur2>\b[A-Z]{{3}}\b)"
)
SCALES = {
    "thousand": 10**3, "million": 10**6, "m": 10**6, "mn": 10**6, "billion": 10**9, "bn": 10**9,
    "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "lacs": 10**5, "crore": 10**7, "crores": 10**7,
}
SOUTH_ASIAN_SCALE = re.compile(r"\b(crores?|lakhs?|lacs?)\b", re.IGNORECASE)
"""The scales text2num does not know: "one crore twenty-five lakh" is 12,500,000."""
WORD_SCALE = re.compile(r"(\d+(?:\.\d+)?)\s+(lakhs?|crores?)\b", re.IGNORECASE)
SCALED_DECIMAL = re.compile(r"(\d+\.\d+)\s+(1000+)\b")
"""text2num reads "two point five million" as "2.5 1000000"."""
APPROXIMATE = re.compile(
    r"\b(?:approx\w*|about|around|roughly|some|nearly|almost|over|under|more\s+than|less\s+than|up\s+to|"
    r"equivalent|equal\s+to|worth|c\.|circa|converted|at\s+the\s+rate)\b",
    re.IGNORECASE,
)
FRACTION = re.compile(r"\b(?:half|quarter|third)\b", re.IGNORECASE)
PARENTHESIS_AFTER = re.compile(r"(?:/-|/=)?\s*\(([^()\d]{3,120})\)")
"""The words in brackets after the figures, also after the "/-" that closes a South Asian figure ("Rs. 5,00,000/-")."""
WORDS_BEFORE = re.compile(r"([A-Za-z][A-Za-z ,\-]{2,120}?)\s*\(\s*$")


@dataclass(frozen=True)
class Amount:
    """A sum in figures, with its currency, and the words written beside it (if any)."""

    block: Block
    start: int
    end: int
    currency: str
    """ISO 4217 code, or "rupee" for "Rs." (which rupee is not said)."""
    value: Decimal
    words: str | None = None
    """The amount written in words next to the figures ("five million rupees"), as written."""
    words_value: Decimal | None = None
    words_currency: frozenset[str] = frozenset()
    """The words naming a currency in the words ({"us", "dollar"}, {"rupee"}), singular and in lower case."""
    words_start: int | None = None
    words_end: int | None = None

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]

    @property
    def where(self) -> str:
        return self.block.span_location(self.start, self.end).describe()

    @property
    def words_disagree(self) -> bool:
        """The words say another number, or name a currency the code is not ("GBP 30,000 (thirty thousand euros)")."""
        if self.words_value is None:
            return False
        if self.words_value != self.value:
            return True
        return bool(self.words_currency) and not self.words_currency & currency_words(self.currency)

    def related(self, message: str) -> Related:
        return Related(
            location=self.block.span_location(self.start, self.end),
            message=message,
            excerpt=self.block.excerpt(self.start, self.end),
        )


def currency_words(code: str) -> frozenset[str]:
    """The words of a currency's ISO 4217 name, singular: {"pakistan", "rupee"} for PKR, {"us", "dollar"} for USD."""
    currency = pycountry.currencies.get(alpha_3=code) if len(code) == 3 else None
    name = currency.name if currency is not None else code
    return frozenset(_singular(w) for w in re.findall(r"[a-z]+", name.lower()))


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


CURRENCY_VOCABULARY = frozenset(
    _singular(c.name.split()[-1].lower()) for c in pycountry.currencies if not c.alpha_3.startswith("X") and c.name.split()[-1].isalpha()
) - {"sum", "mark", "real", "gold", "sol"} | {"rupee"}
"""The words that name a currency ("dollar", "rupee", "pound", "euro"): the last word of each ISO 4217 name
(not the X codes, not ordinary English words such as "sum" or "real")."""

ACCOUNT = re.compile(
    r"\b(?i:account|a/c|acct|IBAN)\.?\s*(?i:No\.?|number|Nr\.?|#)?\s*:?\s*(?P<id>[A-Z0-9]{0,20}\d[A-Z0-9]{0,20}(?:[\s\-](?:[A-Z0-9]{4}\b|[A-Z0-9]{0,20}\d[A-Z0-9]{0,20})){0,8})",
)
"""An account the sentence names ("account No. 0123-456789-01", "IBAN PK36SCBL0000001123456702")."""


def parse_figure(number: str, scale: str | None) -> Decimal | None:
    """The value of "5,500,000", "10.000,50", "12,00,000" (Indian grouping), "5.5" + "million"."""
    digits = number.replace("\u00a0", "").replace(" ", "")
    separators = [c for c in digits if c in ",."]
    if separators:
        last = separators[-1]
        tail = digits.rsplit(last, 1)[1]
        if len(tail) in {1, 2} or (len(separators) == 1 and len(tail) != 3):
            digits = digits[: len(digits) - len(tail) - 1].replace(",", "").replace(".", "") + "." + tail
        else:
            digits = digits.replace(",", "").replace(".", "")
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    return value * SCALES[scale.lower()] if scale else value


def parse_words(words: str) -> tuple[Decimal | None, frozenset[str]]:
    """The number and the currency words in "Rupees five million five hundred thousand only"."""
    if APPROXIMATE.search(words):
        return None, frozenset()  # "(about ten thousand US dollars)": a conversion or an estimate, not the same sum
    names = frozenset(_singular(w.lower()) for w in re.findall(r"[A-Za-z]+", words)) & CURRENCY_VOCABULARY
    if SOUTH_ASIAN_SCALE.search(words):
        return _south_asian_words(words), names
    converted = alpha2digit(words, "en")
    converted = WORD_SCALE.sub(lambda m: str(Decimal(m.group(1)) * SCALES[m.group(2).lower()]), converted)
    converted = SCALED_DECIMAL.sub(lambda m: str(Decimal(m.group(1)) * Decimal(m.group(2))), converted)
    if FRACTION.search(converted):
        return None, frozenset()  # "two and a half million": text2num leaves the fraction unread
    numbers = re.findall(r"\d+(?:\.\d+)?", converted)
    if len(numbers) != 1 or converted == words:
        return None, frozenset()  # no number in words, or several ("two hundred dollars and fifty cents")
    names = frozenset(_singular(w.lower()) for w in re.findall(r"[A-Za-z]+", converted))
    return Decimal(numbers[0]), names & CURRENCY_VOCABULARY


def _south_asian_words(words: str) -> Decimal | None:
    """The number in words counted in crores and lakhs ("Rupees one crore twenty-five lakh fifty thousand only").

    Each scale multiplies the number words just before it; the number words
    after the last scale are added. Read with text2num, one group at a time.
    """
    parts = SOUTH_ASIAN_SCALE.split(words)
    total = Decimal(0)
    for number, scale in zip(parts[0::2], parts[1::2]):
        value = _number_at(number, from_end=True)
        if value is None:
            return None
        total += value * SCALES[scale.lower()]
    return total + (_number_at(parts[-1], from_end=False) or 0)


def _number_at(text: str, from_end: bool) -> Decimal | None:
    """The longest run of number words at the end (or the start) of ``text``: "fifty" in "Rupees fifty"."""
    tokens = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*|\d+(?:\.\d+)?", text)
    if not from_end and tokens[:1] == ["and"]:
        tokens = tokens[1:]  # "thirty-eight lakh and fifty thousand"
    for size in range(len(tokens), 0, -1):
        run = tokens[-size:] if from_end else tokens[:size]
        if len(run) == 1 and re.fullmatch(r"\d+(?:\.\d+)?", run[0]):
            return Decimal(run[0])
        try:
            return Decimal(text2num(" ".join(run).lower(), "en"))
        except ValueError:
            continue
    return None


def find_amounts(block: Block) -> list[Amount]:
    """Every sum in figures in ``block``, with the words beside it."""
    amounts = []
    for match in AMOUNT.finditer(block.text):
        code = match.group("cur") or match.group("cur2")
        if code not in CODES and code not in SYMBOLS and not re.fullmatch(RUPEE_ABBREVIATIONS, code):
            continue
        currency = SYMBOLS.get(code, code if code in CODES else "rupee")
        number, scale = (match.group("num"), match.group("scale")) if match.group("num") else (match.group("num2"), match.group("scale2"))
        value = parse_figure(number, scale)
        if value is None:
            continue
        amounts.append(_with_words(Amount(block, match.start(), match.end(), currency, value)))
    return amounts


def _with_words(amount: Amount) -> Amount:
    """Attach the words written just after the figures in brackets, or just before them."""
    text = amount.block.text
    after = PARENTHESIS_AFTER.match(text, amount.end)
    if after:
        value, currency = parse_words(after.group(1))
        if value is not None:
            return Amount(amount.block, amount.start, amount.end, amount.currency, amount.value, after.group(1),
                          value, currency, after.start(1), after.end(1))
    before = WORDS_BEFORE.search(text[max(0, amount.start - 120) : amount.start])
    if before:
        value, currency = parse_words(before.group(1))
        if value is not None:
            offset = max(0, amount.start - 120)
            return Amount(amount.block, amount.start, amount.end, amount.currency, amount.value, before.group(1),
                          value, currency, offset + before.start(1), offset + before.end(1))
    return amount


def accounts_in(text: str) -> frozenset[str]:
    """The account numbers written in ``text``, without spaces and hyphens, in capitals."""
    found = (re.sub(r"[\s\-]", "", m.group("id")).upper() for m in ACCOUNT.finditer(text))
    return frozenset(number for number in found if sum(c.isdigit() for c in number) >= 6)


def document_amounts(facts: Analysis) -> tuple[Amount, ...]:
    """The amounts of the request's body (once per document, through ``facts.derived``)."""
    return tuple(amount for block in facts.document.body() for amount in find_amounts(block))
