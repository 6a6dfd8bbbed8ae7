"""Whether a request is made by Pakistan (outgoing) or to Pakistan (incoming), and where the Central Authority is named."""

from __future__ import annotations

import re
from collections.abc import Iterable

from mla_lint.analysis import Analysis
from mla_lint.model import Block
from mla_lint.parties import parties

PAKISTAN = "PK"
CENTRAL_AUTHORITY = re.compile(r"\bcentral\s+authority\b", re.IGNORECASE)
PAKISTANI = re.compile(r"\bPakistan\w*\b|\bIslamabad\b|\bMinistry\s+of\s+Interior\b|\bInterior\s+Division\b", re.IGNORECASE)
ADDRESSEE = re.compile(r"\s*(?:To|Attn|Attention|Addressee)\b", re.IGNORECASE)


def outgoing(facts: Analysis) -> bool:
    """Pakistan is the requesting state (use as ``facts.derived(outgoing)``)."""
    return facts.derived(parties).requesting_state == PAKISTAN


def incoming(facts: Analysis) -> bool:
    """Pakistan is the requested state (use as ``facts.derived(incoming)``)."""
    return facts.derived(parties).requested_state == PAKISTAN


def names_pakistan_central_authority(blocks: Iterable[Block], *, skip_addressee: bool) -> bool:
    """A paragraph names the Central Authority together with Pakistan (the addressee lines left out if ``skip_addressee``)."""
    return any(
        CENTRAL_AUTHORITY.search(block.text) and PAKISTANI.search(block.text)
        and not (skip_addressee and ADDRESSEE.match(block.text))
        for block in blocks
    )
