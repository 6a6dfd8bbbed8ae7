"""Elements a request owes only because of what it asks for.

Freezing or confiscation needs the property's particulars (MLA117);
testimony needs the witness and the topics (MLA118). Such an element does not
apply when the measure is not sought, is present when nothing is left out, and
is missing with the list of what is left out, pointing at where the measure is
asked for.
"""

from __future__ import annotations

from typing import ClassVar

from mla_lint.analysis import Analysis
from mla_lint.assistance import AssistanceType, Measure, assistance_sought
from mla_lint.elements import Evidence, RequiredElement
from mla_lint.findings import Finding


class MeasureElement(RequiredElement):
    """Base of the rules on the details a kind of measure requires.

    Subclasses set ``measure`` (the kind of assistance), ``asked_here`` (the
    related location's message), and implement ``gaps`` (what is left out,
    empty if nothing) and ``gap_message``.
    """

    measure: ClassVar[AssistanceType]
    asked_here: ClassVar[str]

    def gaps(self, facts: Analysis) -> tuple[str, ...]:
        """What the request leaves out about the measure; computed once per document."""
        raise NotImplementedError

    def gap_message(self, gaps: tuple[str, ...]) -> str:
        """The finding's message, naming what is left out."""
        raise NotImplementedError

    def measures(self, facts: Analysis) -> tuple[Measure, ...]:
        return facts.derived(assistance_sought).of_kind(self.measure)

    def applies(self, facts: Analysis) -> bool:
        return bool(self.measures(facts))

    def find(self, facts: Analysis) -> Evidence | None:
        return None if facts.derived(self.gaps) else self.measures(facts)[0].evidence

    def missing_finding(self, facts: Analysis, message: str | None = None) -> Finding:
        return self.finding(
            self.gap_message(facts.derived(self.gaps)),
            related=[self.measures(facts)[0].evidence.related(self.asked_here)],
            suggestion=self.add,
        )
