"""MLA204 treaty-applicability: the instrument cited binds both states and the article cited is its MLA article."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from mla_lint.analysis import Analysis
from mla_lint.countries import country_name
from mla_lint.findings import Finding, Severity
from mla_lint.instruments import (
    DOMESTIC,
    MLA_KINDS,
    NON_PARTY,
    Citation,
    Instrument,
    citations,
)
from mla_lint.model import Document
from mla_lint.parties import ADDRESSED, parties

WEAK_SOURCES = frozenset({ADDRESSED})
"""A requested state known only from "the assistance of X" is not sure enough to judge a treaty by."""
from mla_lint.rule import Rule


class TreatyApplicability(Rule):
    """A cited instrument binds both states, and the article cited is its mutual-assistance article.

    **What it checks.** Each instrument the request relies on is looked up in
    the instruments data (``mla_lint/data/instruments.toml``: names, mutual
    assistance articles, parties, source and as-of date). A warning is given
    where the data shows that the requesting or the requested state is not a
    party (a bilateral treaty between two other states, the European
    Convention cited by a state outside it, the Harare Scheme between
    non-Commonwealth states), where the article cited is not the instrument's
    mutual-assistance article ("Article 18 of UNCAC": UNCAC's is Art. 46,
    UNTOC's Art. 18), where the article does not exist, or where a domestic
    MLA law of a third state is relied on. An instrument that is not in the
    data is reported as *unverifiable* (info), not as wrong. States whose
    status the data marks as uncertain are never reported.

    **Why it matters.** A request made under a treaty that does not bind the
    requested state, or under the wrong article, shows the request was not
    drafted for this state (often copied from another request) and leaves it
    without the legal basis it claims; the requested state must then decide
    whether to treat it on another basis, or return it.

    **Source.** Vienna Convention on the Law of Treaties 1969, Art. 34 (a
    treaty binds only its parties); UNTOC Art. 18 and UNCAC Art. 46 (the
    mutual-assistance articles); the treaty offices listed for each
    instrument in the data file (UN Treaty Collection, Council of Europe
    Treaty Office, OAS, national treaty series).

    **Bad.** "This request is made under Article 18 of the United Nations
    Convention against Corruption." / A request from Pakistan to the United
    Kingdom "under the Treaty between the Federal Republic of Germany and the
    United States of America on Mutual Legal Assistance".

    **Good.** "This request is made under Article 46 of the United Nations
    Convention against Corruption, to which Pakistan and the United Kingdom
    are both parties."
    """

    code = "MLA204"
    name = "treaty-applicability"
    severity = Severity.WARNING
    source = "VCLT Art. 34; UNTOC Art. 18; UNCAC Art. 46; instruments data file"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        found = facts.derived(parties)
        requesting = found.requesting_state
        requested = found.requested_state if found.requested_source not in WEAK_SOURCES else None
        states = [s for s in (requesting, requested) if s is not None]
        reported: set[tuple[str, str]] = set()
        for citation in facts.derived(citations):
            if citation.negated:
                continue
            for key, finding in self._problems(citation, states, requesting, requested):
                if key not in reported:
                    reported.add(key)
                    yield finding

    def _problems(
        self, citation: Citation, states: list[str], requesting: str | None, requested: str | None
    ) -> Iterator[tuple[tuple[str, str], Finding]]:
        evidence = citation.evidence
        instrument = citation.instrument
        relied_on = citation.basis or citation.kind in MLA_KINDS
        if instrument is None:
            if citation.kind == DOMESTIC or not citation.parties or citation.back_reference:
                return
            outside = [s for s in states if s not in citation.parties]
            names = " and ".join(country_name(p) for p in citation.parties)
            if outside and relied_on:
                yield ("bilateral-outside", "-".join(sorted(citation.parties))), self.finding(
                    f"The treaty cited is between {names}; {', '.join(country_name(s) for s in outside)} "
                    "is not a party to it.",
                    evidence.block, evidence.start, evidence.end,
                    suggestion="Cite the treaty between the requesting and the requested state, or the convention "
                    "both are parties to.",
                )
                return
            yield ("unknown", "-".join(sorted(citation.parties))), replace(
                self.finding(
                    f"The treaty cited ({names}) is not in mla_lint's instruments data, so its applicability and "
                    "articles could not be verified (unverifiable, not wrong).",
                    evidence.block, evidence.start, evidence.end,
                    suggestion="Check the treaty's title, date and parties against the treaty series.",
                ),
                severity=Severity.INFO,
            )
            return
        if not relied_on:
            return
        if instrument.is_domestic:
            if requesting is not None and requested is not None:
                owner = next(iter(instrument.parties), None)
                if owner is not None and owner not in (requesting, requested):
                    yield (instrument.id, "domestic"), self.finding(
                        f"The {instrument.short_name} is a law of {country_name(owner)}, which is neither the "
                        f"requesting state ({country_name(requesting)}) nor the requested state "
                        f"({country_name(requested)}).",
                        evidence.block, evidence.start, evidence.end,
                        suggestion="Cite the mutual assistance law of the requesting or the requested state.",
                    )
            return
        if not citation.back_reference:
            yield from self._article_problems(citation, instrument)
        for state in states:
            if instrument.status(state) == NON_PARTY:
                yield (instrument.id, f"party-{state}"), self.finding(
                    f"{country_name(state)} is not a party to the {instrument.short_name} "
                    f"(instruments data, as of {instrument.as_of}; source: {instrument.source}).",
                    evidence.block, evidence.start, evidence.end,
                    suggestion="Rely on an instrument both states are bound by, or on reciprocity.",
                )

    def _article_problems(self, citation: Citation, instrument: Instrument) -> Iterator[tuple[tuple[str, str], Finding]]:
        wrong = [a for a in citation.articles if not instrument.article_fits(a)]
        if not wrong:
            return
        where = citation.location_evidence if not citation.back_reference else citation.article_evidence
        assert where is not None
        listed = ", ".join(str(a) for a in wrong)
        if instrument.article_count is not None and all(a > instrument.article_count for a in wrong):
            message = f"The {instrument.short_name} has {instrument.article_count} articles; Article {listed} does not exist."
        else:
            mla = ", ".join(str(a) for a in sorted(instrument.mla_articles or ()))
            message = (
                f"Article {listed} of the {instrument.short_name} is not its mutual legal assistance article "
                f"(Art. {mla})."
            )
        first = sorted(instrument.mla_articles or ())[:1]
        yield (instrument.id, f"article-{listed}"), self.finding(
            message, where.block, where.start, where.end,
            suggestion=f"Cite Article {first[0]} of the {instrument.short_name}." if first else None,
        )
