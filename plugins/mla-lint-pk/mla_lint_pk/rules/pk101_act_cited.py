"""PK101: a request made by Pakistan cites the Mutual Legal Assistance (Criminal Matters) Act 2020."""

from __future__ import annotations

import re
from collections.abc import Iterable

from mla_lint.analysis import Analysis
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule
from mla_lint_pk.direction import outgoing

ACT = re.compile(r"\bMutual\s+Legal\s+Assistance\s+\(?Criminal\s+Matters\)?\s+Act,?\s+(?:No\.\s*\w+\s+of\s+)?2020\b|\bMLA\s+Act,?\s+2020\b", re.IGNORECASE)


class ActCited(Rule):
    """A request made by Pakistan cites the Mutual Legal Assistance (Criminal Matters) Act 2020.

    **What it checks.** When Pakistan is the requesting state, the request
    names the Mutual Legal Assistance (Criminal Matters) Act 2020 (or "the
    MLA Act 2020") among its legal bases, beside any treaty or convention.

    **Why it matters.** Since 2020 Pakistan's requests abroad are made under
    the Act: section 7 (*Mutual legal assistance request by Pakistan*) sets
    out what Pakistan may ask for, and section 4 gives the central authority
    the power to make requests on Pakistan's behalf. Citing it tells the
    requested state under which domestic law the request is made and by whose
    authority, which matters most when no treaty binds the two states.

    **Source.** Mutual Legal Assistance (Criminal Matters) Act 2020 (Pakistan),
    table of sections (ss. 4, 7), reproduced from the Pakistan Code PDF at
    https://lex-form.com/statutes/pakistan-atomic-energy-commission-ordinance-1965.html
    (VERIFIED); s. 4(2)(a) as quoted by Business Recorder, 7 January 2020,
    https://brecorder.com/news/amp/559629 (SECONDARY); research note §3.4.

    **Bad.** A request from Pakistan's central authority "under the principle
    of reciprocity" alone.

    **Good.** "This request is made under section 7 of the Mutual Legal
    Assistance (Criminal Matters) Act 2020 and Article 46 of the United
    Nations Convention against Corruption."
    """

    code = "PK101"
    name = "act-cited"
    severity = Severity.INFO
    jurisdiction = "PK"
    source = "Mutual Legal Assistance (Criminal Matters) Act 2020, ss. 4 and 7"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        if not facts.derived(outgoing) or any(ACT.search(block.text) for block in document.blocks):
            return
        yield self.finding(
            "The request is made by Pakistan but does not cite the Mutual Legal Assistance (Criminal Matters) Act 2020.",
            suggestion="Add the Act to the legal basis: \"... under section 7 of the Mutual Legal Assistance (Criminal Matters) Act 2020\".",
        )
