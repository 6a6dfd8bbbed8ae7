"""The US rules, one module each, in code order."""

from __future__ import annotations

from mla_lint_us.rules.us101_probable_cause import ProbableCause
from mla_lint_us.rules.us102_search_offence_threshold import SearchOffenceThreshold
from mla_lint_us.rules.us103_persons_affected import PersonsAffected
from mla_lint_us.rules.us104_letters_rogatory_reciprocity import (
    LettersRogatoryReciprocity,
)
from mla_lint_us.rules.us105_private_party import PrivatePartyTreatyRequest
from mla_lint_us.rules.us106_central_authority import CentralAuthorityOfTheUnitedStates

RULES = (
    ProbableCause,
    SearchOffenceThreshold,
    PersonsAffected,
    LettersRogatoryReciprocity,
    PrivatePartyTreatyRequest,
    CentralAuthorityOfTheUnitedStates,
)
