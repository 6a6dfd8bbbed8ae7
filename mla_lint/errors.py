"""Errors the library raises for user-level problems.

Each carries a one-line reason a person can act on; the CLI prints it with
the file name and exits 2, never with a traceback.
"""

from __future__ import annotations


class MlaLintError(Exception):
    """Base class for every error the library raises on purpose."""


class UnreadableDocument(MlaLintError):
    """The file could not be read as a request (corrupt, encrypted, too large, no text...)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ConfigError(MlaLintError):
    """A configuration file or option is invalid."""


class UsageError(MlaLintError):
    """The caller asked for something that does not exist (unknown rule, format, jurisdiction)."""
