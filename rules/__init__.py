"""The built-in rule set, registered as an internal plugin of the core.

It reaches the engine through the same ``get_rules`` hook a third-party
plugin implements (the sqlfluff and pytest way), so the built-ins have no
privileges a rule pack cannot have. Each rule lives in its own module named
after its code (``mla104_summary_of_facts.py``); the hook collects the rule
classes those modules define, in code order. Modules are imported inside the
hook so listing plugins never imports spaCy.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from mla_lint.plugin import hookimpl
from mla_lint.rule import Rule


@hookimpl
def get_rules() -> list[type[Rule]]:
    rules: list[type[Rule]] = []
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not module_info.name.startswith("mla"):
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        rules.extend(
            cls
            for _, cls in inspect.getmembers(module, inspect.isclass)
            if issubclass(cls, Rule) and cls.__module__ == module.__name__ and "code" in cls.__dict__
        )
    return sorted(rules, key=lambda rule: rule.code)
