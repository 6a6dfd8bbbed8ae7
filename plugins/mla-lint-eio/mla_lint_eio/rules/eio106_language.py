"""EIO106: an EIO in English goes to a state that accepts English, or with a translation."""

from __future__ import annotations

import re
from collections.abc import Iterable

from mla_lint.analysis import Analysis
from mla_lint.countries import country_name
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule
from mla_lint_eio.scope import eio_states, is_eio

ENGLISH_OFFICIAL = frozenset({"MT", "IE"})
"""Member states with English as an official language (Ireland is outside the EIO; see EIO101)."""
LANGUAGE_STATEMENT = re.compile(
    r"\btranslat\w+\b|\b(?:accepts?|accepted|acceptable)\b[^.]{0,60}\bEnglish\b|\bEnglish\b[^.]{0,60}\b(?:accepts?|accepted|acceptable)\b",
    re.IGNORECASE,
)


class AcceptedLanguage(Rule):
    """A European Investigation Order written in English says that it is translated, or that the executing state accepts English.

    **What it checks.** The EIO is in English (the language mla_lint reads)
    and the executing state does not have English as an official language;
    the rule fires when the document nowhere mentions a translation or that
    the executing state accepts English.

    **Why it matters.** The EIO is translated into an official language of
    the executing state or another language that state has declared it
    accepts. Several member states accept English, many do not; an EIO in a
    language the executing authority does not accept is sent back for
    translation, and language problems are one of the recurring delays
    Eurojust reports.

    **Source.** Directive 2014/41/EU Art. 5(2), per the unanswered.io guide
    to the EIO ("Translate it into the official language of the executing
    state or another language that state accepts") and Eurojust's EIO
    casework report, "Resolving language issues"; research note §1.6
    (SECONDARY). The member states' declarations of accepted languages
    (EJN) were not read, so the rule asks the drafter to confirm rather than
    naming the language.

    **Bad.** An EIO in English from Belgium to Poland that says nothing
    about a translation.

    **Good.** "A Polish translation of this EIO is attached." or "Section A:
    English (accepted by the executing state)."
    """

    code = "EIO106"
    name = "accepted-language"
    severity = Severity.WARNING
    jurisdiction = "EIO"
    source = "Directive 2014/41/EU Art. 5(2) (secondary); Eurojust EIO casework report"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        if not is_eio(facts):
            return
        executing = facts.derived(eio_states).executing
        if executing is None or executing in ENGLISH_OFFICIAL:
            return
        if any(LANGUAGE_STATEMENT.search(block.text) for block in document.blocks):
            return
        yield self.finding(
            f"The EIO is in English and says nothing about a translation; check that {country_name(executing)} "
            "accepts English or attach a translation.",
            suggestion=f"Attach a translation into a language {country_name(executing)} accepts, and say so in the EIO.",
        )
