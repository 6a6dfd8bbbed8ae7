"""EIO103: the EIO says why the measure is necessary and proportionate."""

from __future__ import annotations

from collections.abc import Iterable

from mla_lint.analysis import Analysis
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule
from mla_lint_eio.scope import is_eio

NECESSARY = frozenset({"necessary", "necessity", "indispensable", "essential", "needed", "need"})
PROPORTIONATE = frozenset({"proportionate", "proportionality", "proportional", "disproportionate"})


class NecessityAndProportionality(Rule):
    """A European Investigation Order states that the measures are necessary and proportionate for the proceedings.

    **What it checks.** A document that is an EIO contains a sentence that
    speaks both of necessity (necessary, necessity, indispensable, needed)
    and of proportionality (proportionate, proportionality): "The measures
    are necessary and proportionate for the purpose of the proceedings,
    taking into account the rights of the suspect", or "no less intrusive
    measure is available; the search is proportionate to the seriousness of
    the offence and necessary to ...". One word without the other is not
    enough.

    **Why it matters.** The issuing authority may issue an EIO only where it
    is necessary and proportionate for the proceedings, taking the rights of
    the suspected or accused person into account, and the measure could have
    been ordered in a similar domestic case. The executing authority looks
    for this assessment in the form; without it the EIO invites a
    consultation or a refusal.

    **Source.** Directive 2014/41/EU Art. 6(1); confirmed by the
    unanswered.io guide to the EIO ("The issuing authority must confirm the
    measure is necessary and proportionate"); research note §1.6 (Art. 6
    wording UNVERIFIED, SECONDARY confirmation).

    **Bad.** An EIO asking for the interception of a telephone in a case of
    shoplifting, with no word on why it is needed or proportionate.

    **Good.** "The hearing of the witness is necessary to establish who
    ordered the transfers, and proportionate: no other source can give this
    evidence and the offence carries up to ten years' imprisonment."
    """

    code = "EIO103"
    name = "necessity-and-proportionality"
    severity = Severity.WARNING
    jurisdiction = "EIO"
    source = "Directive 2014/41/EU Art. 6(1) (secondary)"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        if not is_eio(facts):
            return
        for sentence in facts.body_sentences():
            words = {t.lower_ for t in sentence.span} | {t.lemma_.lower() for t in sentence.span}
            if words & NECESSARY and words & PROPORTIONATE:
                return
        yield self.finding(
            "The EIO does not say that the measures are necessary and proportionate for the proceedings.",
            suggestion=(
                "Add, usually in section G: \"The measures are necessary and proportionate for the purpose of the "
                "proceedings, taking into account the rights of the suspect, because ...\""
            ),
        )
