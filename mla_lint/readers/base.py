"""The reader interface: one per input format, all producing a `Document`."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

from mla_lint.limits import Limits
from mla_lint.model import Document


class Reader(ABC):
    """Turns the bytes of one file format into a `Document`.

    The format is decided from the content (``sniff``), and only when no
    reader recognises the content from the file's extension. Readers get the
    bytes, never the path, so they cannot modify the input; they raise
    ``mla_lint.errors.UnreadableDocument`` with a one-line reason for anything
    they cannot read, and enforce ``limits`` before expensive work.
    """

    format: ClassVar[str]
    """Short name used in output and as ``format=`` hint: "docx", "pdf", "text"."""
    extensions: ClassVar[tuple[str, ...]]
    """Lower-case extensions with the dot (".docx") this reader is chosen for."""
    priority: ClassVar[int] = 100
    """Lower sniffs first; the text reader, which accepts almost anything, sniffs last."""

    @abstractmethod
    def sniff(self, data: bytes) -> bool:
        """True if ``data`` is this format by its content (magic numbers, structure)."""

    @abstractmethod
    def read(self, data: bytes, source: str, limits: Limits) -> Document:
        """Parse ``data``; ``source`` is the path or label reported in locations and errors."""
