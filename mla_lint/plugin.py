"""The marker plugin authors import: ``from mla_lint.plugin import hookimpl``.

Kept apart from ``hookspecs`` so that importing the marker costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

import pluggy

PROJECT_NAME = "mla_lint"
"""The pluggy project name and the entry-point group plugins register under."""
ENTRY_POINT_GROUP = PROJECT_NAME
DISABLE_AUTOLOAD_ENV = "MLA_LINT_DISABLE_PLUGIN_AUTOLOAD"
"""Set (to anything) to load no third-party plugin: only the built-in rules run."""

F = TypeVar("F", bound=Callable[..., object])

hookimpl = cast(Callable[[F], F], pluggy.HookimplMarker(PROJECT_NAME))
"""Decorate a plugin's hook functions with this (typed, so checkers keep signatures)."""
