"""The output-format interface: a report in, text out."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from mla_lint.report import Report


@dataclass(frozen=True)
class FormatOptions:
    """Presentation choices the CLI passes to every formatter."""

    color: bool = False
    statistics: bool = False
    quiet: bool = False
    """Only findings and errors, no summary line (text formats)."""


class Formatter(ABC):
    """Renders a `Report` as a string (the CLI writes it to stdout or ``--output``)."""

    name: ClassVar[str]
    description: ClassVar[str]

    @abstractmethod
    def render(self, report: Report, options: FormatOptions) -> str:
        """Return the whole output for ``report``."""
