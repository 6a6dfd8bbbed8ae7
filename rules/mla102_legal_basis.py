"""MLA102 legal-basis: the request states what it is made under."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from mla_lint.analysis import Analysis
from mla_lint.elements import Evidence, RequiredElement
from mla_lint.findings import ElementState, Finding, Severity
from mla_lint.instruments import legal_basis
from mla_lint.model import Document


class LegalBasis(RequiredElement):
    """The request states its legal basis: a treaty or convention (with its article), a domestic MLA law or reciprocity.

    **What it checks.** That the request relies on at least one of: a treaty
    or convention on mutual assistance (a bilateral MLAT, the European
    Convention of 1959, the Inter-American or ASEAN treaties, the Harare
    Scheme ...); a general convention *together with its mutual-assistance
    article* (UNTOC Art. 18, UNCAC Art. 46, the 1988 Vienna Convention Art. 7,
    the Budapest Convention Arts. 25-35); a domestic mutual assistance law;
    or an undertaking of reciprocity. A general convention named without any
    article and without any other basis is reported at that citation; a
    request with no basis at all is reported for the whole document (at an
    empty "Legal Basis" heading, if there is one).

    **Why it matters.** The legal basis decides which rules govern the
    request (under UNTOC Art. 18(7) a bilateral treaty's provisions displace
    paragraphs 9-29), which grounds of refusal apply and whether the
    requested state is obliged to help at all. Central authorities ask for
    the basis first; "under UNCAC" without Article 46 leaves them to guess.

    **Source.** UNTOC Art. 18(1), (7); UNCAC Art. 46(1), (7); Harare Scheme
    para 1; UNODC MLA Request Writer Tool (legal basis section).

    **Bad.** "This request is made under the United Nations Convention
    against Corruption."

    **Good.** "This request is made under Article 46 of the United Nations
    Convention against Corruption, to which both States are parties, and
    Pakistan undertakes to render assistance of the same kind in a
    comparable case."
    """

    code = "MLA102"
    name = "legal-basis"
    severity = Severity.ERROR
    source = "UNTOC Art. 18(1), (7); UNCAC Art. 46(1), (7)"
    heading_phrases: ClassVar[tuple[str, ...]] = ("legal basis", "basis of the request", "basis for the request", "legal framework")
    missing = (
        "No legal basis: the request relies on no treaty or convention (with its article), no domestic mutual "
        "assistance law and no undertaking of reciprocity."
    )
    add = (
        "State what the request is made under, e.g. \"This request is made under Article 46 of the United Nations "
        "Convention against Corruption\" or the bilateral treaty between the two states, and add a reciprocity "
        "undertaking where no treaty applies."
    )

    def find(self, facts: Analysis) -> Evidence | None:
        basis = facts.derived(legal_basis)
        for group in (basis.instruments, basis.domestic):
            if group:
                return group[0].location_evidence
        return basis.reciprocity

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        if facts.derived(self.assess).state is not ElementState.MISSING:
            return
        bare = facts.derived(legal_basis).bare_general
        if bare:
            citation = bare[0]
            instrument = citation.instrument
            assert instrument is not None
            articles = ", ".join(str(a) for a in sorted(instrument.mla_articles or ()))
            yield self.finding(
                f"{instrument.short_name} is cited without an article, and the request gives no other legal basis: "
                f"a general convention is a basis for mutual legal assistance through its mutual-assistance "
                f"article (Art. {articles}).",
                citation.evidence.block, citation.evidence.start, citation.evidence.end,
                suggestion=f"Cite the article: \"under Article {min(instrument.mla_articles or ())} of the "
                f"{instrument.short_name}\".",
            )
            return
        yield self.missing_finding(facts)
