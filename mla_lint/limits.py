"""Resource limits for reading untrusted files.

Requests arrive from abroad as e-mail attachments; a few are broken and some
could be hostile (zip bombs, PDFs whose page tree never ends). Readers check
these bounds *before* doing the expensive thing. All are configurable under
``[tool.mla-lint.limits]``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Upper bounds a reader enforces; exceeding one makes the file unreadable, with the reason."""

    max_file_bytes: int = 50 * MIB
    """Largest input file read at all."""
    max_part_bytes: int = 100 * MIB
    """Largest uncompressed size of any single OOXML part (zip member)."""
    max_total_uncompressed_bytes: int = 300 * MIB
    """Largest uncompressed size of all OOXML parts together."""
    max_compression_ratio: int = 200
    """Largest ratio of uncompressed to compressed size of a zip member larger than 1 MiB."""
    max_pages: int = 2000
    """Largest number of PDF pages read."""
    max_seconds: float = 120.0
    """Time budget for reading one file (checked between pages and parts)."""
    max_text_chars: int = 5_000_000
    """Most text analysed in one document (about 800,000 words, some 1,500 dense pages): the language
    pipeline's time grows with it, so a larger text is refused with this reason rather than run for hours."""

    @classmethod
    def from_mapping(cls, values: dict[str, object]) -> Limits:
        """Build from config keys written with dashes (``max-file-bytes``); unknown keys raise KeyError."""
        known = {f.name: f for f in fields(cls)}
        kwargs: dict[str, object] = {}
        for key, value in values.items():
            name = key.replace("-", "_")
            if name not in known:
                raise KeyError(key)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise ValueError(f"limit {key!r} must be a positive number, not {value!r}")
            kwargs[name] = type(getattr(cls(), name))(value)
        return cls(**kwargs)  # type: ignore[arg-type]
