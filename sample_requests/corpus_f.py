"""Corpus F: requests that exercise the consistency rules (MLA3xx) — dates, ages and chronology."""

from __future__ import annotations

from sample_model import Sample

CORPUS_F: tuple[Sample, ...] = ()
