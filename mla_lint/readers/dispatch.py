"""Choosing a reader for a file and reading it safely.

The format is decided from the content first (a .docx renamed .pdf is still
read as Word), and from the extension only when no reader recognises the
content, so the reader of the claimed format can say precisely what is wrong.
Sizes are checked before reading; the input is opened read-only and never
written.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Sequence

from mla_lint.errors import UnreadableDocument
from mla_lint.limits import Limits
from mla_lint.model import Document
from mla_lint.readers.base import Reader


def read_path(path: Path, readers: Sequence[Reader], limits: Limits) -> Document:
    """Read the file at ``path``; UnreadableDocument with a one-line reason on any failure."""
    data = read_file_bytes(path, limits)
    return read_bytes(data, str(path), readers, limits, extension=path.suffix.lower())


def read_bytes(
    data: bytes,
    source: str,
    readers: Sequence[Reader],
    limits: Limits,
    *,
    format: str | None = None,
    extension: str | None = None,
) -> Document:
    """Read ``data`` with the reader for ``format``, or the one its content or extension points to."""
    if not data:
        raise UnreadableDocument("empty file")
    if len(data) > limits.max_file_bytes:
        raise UnreadableDocument(_too_large(len(data), limits))
    reader = _choose(data, readers, format, extension)
    document = reader.read(data, source, limits)
    if not any(block.text.strip() for block in document.blocks):
        raise UnreadableDocument("no text to check (the document is empty)")
    characters = sum(len(block.text) for block in document.blocks)
    if characters > limits.max_text_chars:
        raise UnreadableDocument(
            f"text is {characters:,} characters, over the {limits.max_text_chars:,} limit (limits.max-text-chars)"
        )
    return document


def _choose(data: bytes, readers: Sequence[Reader], format: str | None, extension: str | None) -> Reader:
    if format is not None:
        for reader in readers:
            if reader.format == format:
                return reader
        known = ", ".join(r.format for r in readers)
        raise UnreadableDocument(f"unknown format {format!r} (known: {known})")
    for reader in readers:
        if reader.sniff(data):
            return reader
    for reader in readers:
        if extension and extension in reader.extensions:
            return reader
    raise UnreadableDocument("unrecognised content: not a Word (.docx), PDF or text file")


def read_file_bytes(path: Path, limits: Limits) -> bytes:
    """Stat, check and read the file, turning OS errors into one-line reasons (UnreadableDocument)."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableDocument("is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableDocument("not a regular file")
        if info.st_size > limits.max_file_bytes:
            raise UnreadableDocument(_too_large(info.st_size, limits))
        with open(path, "rb") as handle:
            return handle.read(limits.max_file_bytes + 1)
    except FileNotFoundError:
        raise UnreadableDocument("no such file") from None
    except PermissionError:
        raise UnreadableDocument("permission denied") from None
    except IsADirectoryError:
        raise UnreadableDocument("is a directory, not a file") from None
    except OSError as exc:
        raise UnreadableDocument(os.strerror(exc.errno) if exc.errno else "cannot read file") from None


def _too_large(size: int, limits: Limits) -> str:
    return f"file is {_human(size)}, over the {_human(limits.max_file_bytes)} limit (limits.max-file-bytes)"


def _human(size: int) -> str:
    """1,234,567 bytes as "1.2 MiB" (bytes and KiB for small sizes)."""
    for unit, factor in (("MiB", 1024 * 1024), ("KiB", 1024)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}"
    return f"{size} bytes"
