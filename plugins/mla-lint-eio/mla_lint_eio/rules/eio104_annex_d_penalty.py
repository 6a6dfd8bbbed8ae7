"""EIO104: without dual criminality, the EIO ticks an Annex D category and states a penalty of at least three years."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from mla_lint.rules.mla111_dual_criminality import find_dual_criminality

from mla_lint.analysis import Analysis
from mla_lint.assistance import assistance_sought
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule
from mla_lint.penalty import stated_penalties
from mla_lint_eio.scope import is_eio

ANNEX_D = re.compile(r"\bAnnex\s+D\b|\bcategor(?:y|ies)\s+of\s+offences?\b|\blisted\s+offences?\b", re.IGNORECASE)
THRESHOLD_YEARS = 3.0


class AnnexDCategoryAndPenalty(Rule):
    """An EIO for coercive measures that does not show dual criminality indicates an Annex D category and a maximum penalty of at least three years.

    **What it checks.** When a European Investigation Order seeks coercive
    measures (a search, bank or communications records, interception,
    freezing, compelled testimony) and contains no dual criminality
    statement (as the core rule MLA111 reads it), it must rely on the Annex D
    exception instead: (1) indicate the Annex D category of the offence
    ("Annex D", "category of offences"), and (2) state a maximum penalty in
    the issuing state of at least three years. The finding is an **error**
    when every penalty stated is under three years, and a **warning** when
    the category or the penalty is not stated at all.

    **Why it matters.** The executing state may refuse an EIO when the
    conduct is not an offence under its law, "unless it concerns an offence
    listed within the categories of offences set out in Annex D, as
    indicated by the issuing authority in the EIO, if it is punishable in
    the issuing State by a custodial sentence or a detention order for a
    maximum period of at least three years".

    **Source.** Directive 2014/41/EU Art. 11(1)(g), read in the text quoted
    by LegalMachineLab/FACILEX, `sources/EIO/Directive_2014_41_v2.pl`;
    research note §1.6 (VERIFIED). Art. 11(2) exempts the non-coercive
    measures of Art. 10(2), hence the coercive-measures condition.

    **Bad.** An EIO asking for bank records in a fraud case that neither
    says the conduct is an offence in the executing state nor ticks an
    Annex D category.

    **Good.** "Section G: the offence falls within the Annex D category
    'swindling'; it is punishable in Belgium by up to five years'
    imprisonment."
    """

    code = "EIO104"
    name = "annex-d-category-and-penalty"
    severity = Severity.ERROR
    jurisdiction = "EIO"
    source = "Directive 2014/41/EU Art. 11(1)(g)"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        if not is_eio(facts) or facts.derived(find_dual_criminality) is not None:
            return
        coercive = facts.derived(assistance_sought).coercive_measures
        if not coercive:
            return
        asking = coercive[0].evidence
        if not any(ANNEX_D.search(block.text) for block in document.body()):
            finding = self.finding(
                "The EIO seeks coercive measures, shows no dual criminality and indicates no Annex D category.",
                asking.block, asking.start, asking.end,
                suggestion="State that the conduct is an offence in the executing state, or tick the Annex D category of the offence.",
            )
            yield replace(finding, severity=Severity.WARNING)
        penalties = facts.derived(stated_penalties)
        if not penalties:
            finding = self.finding(
                "The EIO relies on no dual criminality but states no maximum penalty; the Annex D exception needs at "
                "least three years.",
                asking.block, asking.start, asking.end,
                suggestion="State the maximum custodial sentence for the offence in the issuing state.",
            )
            yield replace(finding, severity=Severity.WARNING)
        elif max(p.years for p in penalties) < THRESHOLD_YEARS:
            longest = max(penalties, key=lambda p: p.years).evidence
            yield self.finding(
                "The offence is punishable by less than three years, so the Annex D exception does not apply and the "
                "EIO shows no dual criminality.",
                longest.block, longest.start, longest.end,
                suggestion="Show that the conduct is also an offence under the law of the executing state.",
            )
