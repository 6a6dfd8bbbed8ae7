"""Corpus E: requests that exercise the consistency rules (MLA3xx) — people, organisations and their identifiers."""

from __future__ import annotations

from sample_model import Sample

CORPUS_E: tuple[Sample, ...] = ()
