"""The PK rules, one module each, in code order."""

from __future__ import annotations

from mla_lint_pk.rules.pk101_act_cited import ActCited
from mla_lint_pk.rules.pk102_outgoing_central_authority import (
    OutgoingThroughCentralAuthority,
)
from mla_lint_pk.rules.pk103_search_grounds import SearchGrounds
from mla_lint_pk.rules.pk104_transfer_consent import TransferConsent
from mla_lint_pk.rules.pk105_incoming_central_authority import (
    IncomingToCentralAuthority,
)
from mla_lint_pk.rules.pk106_data_preservation import DataPreservation

RULES = (
    ActCited,
    OutgoingThroughCentralAuthority,
    SearchGrounds,
    TransferConsent,
    IncomingToCentralAuthority,
    DataPreservation,
)
