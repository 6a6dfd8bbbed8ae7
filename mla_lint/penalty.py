"""The maximum penalties a request states, in years ("punishable by up to ten years' imprisonment")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from text_to_num import alpha2digit

from mla_lint.analysis import Analysis
from mla_lint.elements import Evidence

PENALTY_CONTEXT = re.compile(r"\b(?:punish\w*|penalt\w*|imprison\w*|sentence\w*|custod\w*|prison|jail|gaol|term)\b", re.IGNORECASE)
YEARS = re.compile(r"\b(\d{1,3})(?:\s*\(\w+\))?\s*(?:-\s*)?years?\b", re.IGNORECASE)
MONTHS = re.compile(r"\b(\d{1,3})(?:\s*\(\w+\))?\s*(?:-\s*)?months?\b", re.IGNORECASE)
LIFE = re.compile(r"\b(?:life\s+imprisonment|imprisonment\s+for\s+life|life\s+sentence|death)\b", re.IGNORECASE)
LIFE_YEARS = 99.0


@dataclass(frozen=True)
class Penalty:
    """A term of imprisonment the request names, in years, with the sentence that names it."""

    years: float
    evidence: Evidence


def stated_penalties(facts: Analysis) -> tuple[Penalty, ...]:
    """Every term of imprisonment stated in a sentence about punishment (use as ``facts.derived(stated_penalties)``)."""
    return tuple(_penalties(facts))


def _penalties(facts: Analysis) -> Iterator[Penalty]:
    for sentence in facts.body_sentences():
        if not PENALTY_CONTEXT.search(sentence.text):
            continue
        evidence = Evidence.of_sentence(sentence)
        text = alpha2digit(sentence.text, "en", threshold=0)
        for match in YEARS.finditer(text):
            yield Penalty(float(match.group(1)), evidence)
        for match in MONTHS.finditer(text):
            yield Penalty(float(match.group(1)) / 12, evidence)
        if LIFE.search(text):
            yield Penalty(LIFE_YEARS, evidence)
