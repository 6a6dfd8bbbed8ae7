"""Which states the Directive binds, and whether a document presents itself as a European Investigation Order."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mla_lint.analysis import Analysis
from mla_lint.countries import country_of
from mla_lint.parties import parties

BOUND_STATES = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "EE", "FI", "FR", "DE", "GR", "HU", "IT", "LV", "LT", "LU", "MT", "NL",
    "PL", "PT", "RO", "SK", "SI", "ES", "SE",
})
"""The EU member states bound by Directive 2014/41/EU: all but Denmark and Ireland (research note §1.6)."""
NOT_BOUND = frozenset({"DK", "IE"})
"""EU member states that did not take part in the Directive and keep using mutual legal assistance."""

EIO = re.compile(r"\bEuropean\s+Investigation\s+Orders?\b|\bEIOs?\b|\bDirective\s+(?:\(EU\)\s+)?2014/41\b", re.IGNORECASE)


def presents_as_eio(facts: Analysis) -> bool:
    """The document calls itself a European Investigation Order or relies on the Directive (``facts.derived``)."""
    return any(EIO.search(block.text) for block in facts.document.blocks)


FORM_LABEL = re.compile(
    r"^[\s(]*(?:[A-L0-9][.)]\s*)?(issuing|executing)\s+(?:member\s+)?state\s*[:\-\u2013]\s*(?:the\s+)?(.+?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
"""Section A of the Annex A form: "Issuing State: Belgium", "Executing State: the Netherlands"."""


@dataclass(frozen=True)
class EioStates:
    """The issuing (requesting) and executing (requested) states, None where unknown."""

    issuing: str | None
    executing: str | None

    @property
    def known(self) -> frozenset[str]:
        return frozenset(s for s in (self.issuing, self.executing) if s is not None)


def eio_states(facts: Analysis) -> EioStates:
    """The states as section A of the form names them, else as ``mla_lint.parties`` reads the letter (``facts.derived``).

    The core's reading of who asks whom knows letters (letterhead, addressee,
    "the Requested State"), not the form's "Issuing State:" lines, so the form
    is read here first.
    """
    labelled: dict[str, str] = {}
    for block in facts.document.blocks:
        for match in FORM_LABEL.finditer(block.text):
            code = country_of(match.group(2).strip(" .;"))
            if code is not None:
                labelled.setdefault(match.group(1).lower(), code)
    found = facts.derived(parties)
    return EioStates(
        issuing=labelled.get("issuing", found.requesting_state),
        executing=labelled.get("executing", found.requested_state),
    )


def states(facts: Analysis) -> frozenset[str]:
    """The issuing and executing states that the document names (unknown ones left out)."""
    return facts.derived(eio_states).known


def between_bound_states(facts: Analysis) -> bool:
    """Both the issuing and the executing state are bound by the Directive."""
    found = facts.derived(eio_states)
    return found.issuing in BOUND_STATES and found.executing in BOUND_STATES


def is_eio(facts: Analysis) -> bool:
    """An EIO that the Directive governs: it presents itself as one and no side is Denmark or Ireland."""
    return facts.derived(presents_as_eio) and not (facts.derived(states) & NOT_BOUND)
