"""The built-in rule set, registered as an internal plugin of the core.

It reaches the engine through the same ``get_rules`` hook a third-party
plugin implements (the sqlfluff and pytest way), so the built-ins have no
privileges a rule pack cannot have. Rule modules are imported inside the
hook so listing rules never imports spaCy.
"""

from __future__ import annotations

from mla_lint.plugin import hookimpl
from mla_lint.rule import Rule


@hookimpl
def get_rules() -> list[type[Rule]]:
    from mla_lint.rules.mla110_confidentiality import Confidentiality
    from mla_lint.rules.mla202_placeholder import Placeholder
    from mla_lint.rules.mla206_hidden_content import HiddenContentRule

    return [Confidentiality, Placeholder, HiddenContentRule]
