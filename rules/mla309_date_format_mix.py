"""MLA309 date-format-mix: dates are written in several formats in one request."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from mla_lint.analysis import Analysis
from mla_lint.dates import DateMention, DateStyle, document_dates
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule


class DateFormatMix(Rule):
    """Dates are written in more than one format in the same request.

    **What it checks.** The format of each full date in the body: day month
    year ("3 March 2022", "the 3rd day of March 2022"), month day, year
    ("March 3, 2022"), year-month-day ("2022-03-03") and all-numeric dates
    by separator ("03/03/2022", "03.03.2022"). If more than one format is
    used, one finding at the first date of the least used format, with a
    related location at the first date of each other format. A month and a
    year ("June 2021") fits every format and is not counted, nor is a date
    inside quotation marks (the title of another document, quoted as it is
    written), in a page header or footer, or in an e-mail's "Sent:" line
    (written by the mail program).

    **Why it matters.** Mixed formats are the sign of a request assembled
    from several sources (police report, bank letter, earlier request), and
    they are how ambiguous dates creep in: next to "March 3, 2022", the reader
    of "04/03/2022" cannot tell which order is meant. It is advice, not an
    error.

    **Source.** UNTOC Art. 18(15)(b)-(d) and UNCAC Art. 46(15)(b)-(d),
    2225 UNTS 209 (text as read in the project's research note on MLA requirements, §1.1); drafting
    practice (research note on consistency, UNVERIFIED as a refusal ground).

    **Bad.** "The account was opened on 3 March 2021 ... transfers on
    04/05/2021 and on June 2, 2021."

    **Good.** "The account was opened on 3 March 2021 ... transfers on 4 May
    2021 and on 2 June 2021."
    """

    code = "MLA309"
    name = "date-format-mix"
    severity = Severity.INFO
    source = "UNTOC Art. 18(15)(b)-(d); UNCAC Art. 46(15)(b)-(d)"
    language_model = frozenset()

    def check(self, document: Document, facts: Analysis) -> Iterator[Finding]:
        first: dict[str, DateMention] = {}
        counts: Counter[str] = Counter()
        for mention in facts.derived(document_dates).full_dates():
            if mention.style is DateStyle.MONTH_YEAR or _quoted(mention) or mention.in_mail_header:
                continue
            first.setdefault(mention.format_name, mention)
            counts[mention.format_name] += 1
        if len(counts) < 2:
            return
        rarest = min(counts, key=lambda name: (counts[name], first[name].block.index, first[name].start))
        primary = first[rarest]
        others = [name for name in first if name != rarest]
        described = ", ".join(f"{name} {_times(counts[name])}" for name in first)
        yield self.finding(
            f"Dates are written in {len(counts)} formats: {described}; '{primary.text}' ({primary.where}) is "
            f"{rarest}, unlike '{first[others[0]].text}' ({first[others[0]].where}).",
            primary.block,
            primary.start,
            primary.end,
            related=[first[name].related(f"first date written {name}") for name in others],
            suggestion="Write every date in one format, preferably with the month in words (3 March 2022).",
        )


def _quoted(mention: DateMention) -> bool:
    """The date stands inside quotation marks: the title of another document ("Report of 2022-03-01") keeps
    that document's format."""
    before = mention.block.text[: mention.start]
    line = before[before.rfind("\n") + 1 :]
    return line.count("\u201c") > line.count("\u201d") or line.count('"') % 2 == 1


def _times(count: int) -> str:
    return f"({count} date{'s' if count != 1 else ''})"
