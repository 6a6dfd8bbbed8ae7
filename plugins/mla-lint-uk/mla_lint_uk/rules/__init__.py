"""The UK rules, one module each, in code order."""

from __future__ import annotations

from mla_lint_uk.rules.uk101_death_penalty_assurance import DeathPenaltyAssurance
from mla_lint_uk.rules.uk102_tax_channel import TaxMattersToHmrc
from mla_lint_uk.rules.uk103_scotland_channel import ScotlandToCrownOffice
from mla_lint_uk.rules.uk104_english_language import EnglishLanguage
from mla_lint_uk.rules.uk105_banking_specifics import BankingSpecifics
from mla_lint_uk.rules.uk106_urgency_marked import UrgencyMarkedAtTop
from mla_lint_uk.rules.uk107_competent_authority import CompetentRequestingAuthority

RULES = (
    DeathPenaltyAssurance,
    TaxMattersToHmrc,
    ScotlandToCrownOffice,
    EnglishLanguage,
    BankingSpecifics,
    UrgencyMarkedAtTop,
    CompetentRequestingAuthority,
)
