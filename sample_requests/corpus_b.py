"""More sample requests (batch B): varied states, assistance types and drafting styles, each labelled by hand."""

from __future__ import annotations

from sample_model import Expect, Heading, Lines, Numbered, Para, Sample, Table, Title  # noqa: F401

CORPUS_B: tuple[Sample, ...] = ()
"""The requests of this batch, in README order."""
