"""An example mla_lint plugin: the profile ``EX``, one rule in Python, one rule file.

ILLUSTRATION ONLY: the requirements below are made up to show the machinery;
they are not New Zealand law. A real plugin cites the provision it relies on.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mla_lint.findings import Finding, Severity
from mla_lint.jurisdiction import JurisdictionProfile, StateMatch
from mla_lint.plugin import hookimpl
from mla_lint.rule import Rule

if TYPE_CHECKING:
    from mla_lint.analysis import Analysis
    from mla_lint.model import Document

CODE = "EX"


class PenaltyStated(Rule):
    """The request states the maximum penalty for the offence.

    **What it checks** Some sentence of the request speaks of a maximum
    penalty, sentence or term of imprisonment.

    **Why** (Illustration) the requested state weighs the seriousness of the
    offence before it uses coercive measures.

    **Source** Illustration only: replace with the provision you rely on.

    **Bad** "Mr X is charged with fraud." **Good** "Fraud carries a maximum
    penalty of ten years' imprisonment (section 420 of the Penal Code)."
    """

    code = "EX101"
    name = "penalty-stated"
    severity = Severity.WARNING
    jurisdiction = CODE
    language_model = frozenset({"parser", "lemmatizer"})

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        words = {"penalty", "imprisonment", "sentence"}
        if not any(token.lemma_.lower() in words for sentence in facts.body_sentences() for token in sentence.span):
            yield self.finding("The request does not state the maximum penalty for the offence.")


@hookimpl
def get_rules() -> list[type[Rule]]:
    return [PenaltyStated]


@hookimpl
def get_rule_files() -> list[Path]:
    return [Path(__file__).parent / "rules"]


@hookimpl
def get_jurisdictions() -> list[JurisdictionProfile]:
    return [
        JurisdictionProfile(
            CODE,
            "Example profile (requests to New Zealand, illustration only)",
            severity={"MLA111": Severity.ERROR},
            auto=StateMatch(requested=frozenset({"NZ"})),
        )
    ]


@hookimpl
def load_default_config() -> dict[str, Any]:
    return {}
