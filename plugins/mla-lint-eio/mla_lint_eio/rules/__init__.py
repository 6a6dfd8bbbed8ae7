"""The EIO rules, one module each, in code order."""

from __future__ import annotations

from mla_lint_eio.rules.eio101_denmark_ireland import DenmarkIreland
from mla_lint_eio.rules.eio102_annex_a_form import AnnexAForm
from mla_lint_eio.rules.eio103_necessity_proportionality import (
    NecessityAndProportionality,
)
from mla_lint_eio.rules.eio104_annex_d_penalty import AnnexDCategoryAndPenalty
from mla_lint_eio.rules.eio105_judicial_authority import JudicialAuthority
from mla_lint_eio.rules.eio106_language import AcceptedLanguage

RULES = (
    DenmarkIreland,
    AnnexAForm,
    NecessityAndProportionality,
    AnnexDCategoryAndPenalty,
    JudicialAuthority,
    AcceptedLanguage,
)
