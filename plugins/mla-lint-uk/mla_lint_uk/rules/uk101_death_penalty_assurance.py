"""UK101: an offence that can carry the death penalty comes with an assurance that it will not be imposed."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from mla_lint.analysis import Analysis
from mla_lint.findings import Finding, Severity
from mla_lint.language import is_negated
from mla_lint.model import Document
from mla_lint.rule import Rule

if TYPE_CHECKING:
    from spacy.tokens import Span

CAPITAL = re.compile(
    r"\b(?:death\s+penalty|death\s+sentences?|capital\s+(?:punishment|offen[cs]es?|crimes?|charges?|cases?|sentences?)"
    r"|(?:sentences?|penalty|punishable|punished)\s+(?:\w+\s+){0,3}?(?:of|by|with)\s+death|sentenced\s+to\s+death)\b",
    re.IGNORECASE,
)
"""How a request says that the offence can be punished by death."""

ASSURANCE_WORDS = frozenset({"assure", "assurance", "undertake", "undertaking", "guarantee", "commit", "commitment", "waive"})
NO_RISK_WORDS = frozenset({"abolish", "abolition", "abolished", "moratorium"})
PENALTY_VERBS = frozenset({"seek", "impose", "carry", "execute", "apply", "pursue", "request", "demand", "enforce", "pronounce", "provide", "punish", "punishable"})


class DeathPenaltyAssurance(Rule):
    """A request to the UK about an offence that can carry the death penalty gives an assurance that it will not be sought, imposed or carried out.

    **What it checks.** If the request says that the offence is (or may be)
    punishable by death in the requesting state ("punishable by death",
    "a capital offence", "the death penalty may be imposed"), it must also
    contain an assurance that the death penalty will not be sought, imposed
    or carried out: a sentence about the death penalty with an undertaking,
    an assurance or a guarantee, or with the imposing verb negated ("will not
    be sought"). A statement that the requesting state has abolished the
    death penalty, or that the offence is not punishable by death, also
    satisfies the rule. A request that never mentions the death penalty is
    not checked: the linter cannot know the penalty from the offence alone.

    **Why it matters.** The UK considers every request under its Overseas
    Security and Justice Assistance (OSJA) guidance, which assesses death
    penalty risk; assistance without assurances is given only exceptionally,
    after ministers are consulted. A request that discloses a capital charge
    and gives no assurance will be held up or refused.

    **Source.** House of Lords written answers HL9860 and HL9827 (9 October
    2018) on the OSJA Guidance (requests "must be considered in accordance
    with the Government's Overseas, Security and Justice Assistance (OSJA)
    Guidance, which requires an assessment of both human rights and death
    penalty risks"); research note §3.1 (VERIFIED as policy). The wording of
    the Home Office guidelines on assurances was not read, so the rule asks
    for an assurance in any words.

    **Bad.** "Drug trafficking under section 9(c) of the Control of Narcotic
    Substances Act 1997 is punishable by death or imprisonment for life."
    (and nothing more about the penalty)

    **Good.** "... punishable by death or imprisonment for life. The
    Government of Pakistan assures the United Kingdom that the death penalty
    will not be sought, imposed or carried out on any person in this case."
    """

    code = "UK101"
    name = "death-penalty-assurance"
    severity = Severity.ERROR
    jurisdiction = "UK"
    source = "OSJA Guidance (HL9860, HL9827, 9 Oct 2018)"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        capital = [s for s in facts.body_sentences() if CAPITAL.search(s.text)]
        if not capital or any(_assures(s.span) for s in capital):
            return
        first = capital[0]
        match = CAPITAL.search(first.text)
        assert match is not None
        start = first.start + match.start()
        yield self.finding(
            "The request says the offence can carry the death penalty but gives no assurance that it will not be "
            "sought, imposed or carried out.",
            first.block,
            start,
            start + len(match.group(0)),
            suggestion=(
                "Add: \"The [requesting state] assures the United Kingdom that the death penalty will not be sought, "
                "imposed or carried out in this case.\""
            ),
        )


def _assures(span: Span) -> bool:
    """An assurance about the death penalty, or a statement that it cannot be imposed."""
    for token in span:
        lemma = token.lemma_.lower()
        if lemma in ASSURANCE_WORDS or lemma in NO_RISK_WORDS or token.lower_ in NO_RISK_WORDS:
            return True
        if lemma in PENALTY_VERBS and is_negated(token):
            return True
    return any(t.lower_ in {"no", "not", "never"} for t in span if t.head.lemma_.lower() in {"penalty", "sentence", "punishment"})

