"""Passages of a request as the required-element rules read them.

Content blocks (not headings), the section a block sits in, sentences
re-joined where spaCy split at a legal abbreviation ("art.", "No.", "s."),
letterheads and signature blocks, and tables as rows: the structure several
MLA1xx rules look at, computed once per document where it costs anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mla_lint.analysis import Analysis, unwrapped
from mla_lint.elements import heading_matches
from mla_lint.model import Block, BlockKind

if TYPE_CHECKING:
    from spacy.tokens import Span

_ABBREVIATION_END = re.compile(
    r"(?:\b(?:art|arts|par|para|paras|s|ss|sec|secs|no|nos|cap|ch|chap|subs|subsec|reg|regs|r|cl|p|pp|vol|cf|v|vs|"
    r"mr|ms|mrs|dr|prof|st|u\.s\.c|u\.s|inc|co|ltd|corp|approx|ref|tel|lit|let|pt|para)\.|\b[A-Z]\.)\s*$",
    re.IGNORECASE,
)


def content_blocks(facts: Analysis) -> Iterator[Block]:
    """Body blocks that carry content (not headings)."""
    return (b for b in facts.document.body() if b.kind is not BlockKind.HEADING)


def _heading_map(facts: Analysis) -> dict[int, str]:
    out: dict[int, str] = {}
    for section in facts.sections:
        title = section.heading.text if section.heading is not None else ""
        for block in section.blocks:
            out[block.index] = title
    return out


def under_heading(facts: Analysis, block: Block, phrases: tuple[str, ...]) -> bool:
    """True if ``block`` sits in a section whose heading announces one of ``phrases``."""
    title = facts.derived(_heading_map).get(block.index, "")
    return bool(title) and heading_matches(title, phrases)


def clauses(facts: Analysis, block: Block) -> list[Span]:
    """The sentences of ``block``, re-joined where spaCy split after "art.", "No.", "s." and the like."""
    doc = facts.doc_of(block)
    merged: list[Span] = []
    for sent in doc.sents:
        if merged:
            previous = merged[-1]
            first = sent.text.lstrip()[:1]
            if _ABBREVIATION_END.search(previous.text) or (first and (first.isdigit() or first.islower() or first in "(§")):
                merged[-1] = doc[previous.start : sent.end]
                continue
        merged.append(sent)
    return merged


def all_clauses(facts: Analysis) -> Iterator[tuple[Block, Span]]:
    """Every re-joined sentence of every content block, in order."""
    for block in content_blocks(facts):
        for span in clauses(facts, block):
            yield block, span


AUTHORITY_LINE = re.compile(
    r"\b(?:Office|Ministry|Department|Court|Authority|Service|Agency|Division|Unit|Prosecutor|Prosecutors|Attorney|"
    r"Commission|Bureau|Directorate|Chambers|Government|Police|Procuratura|Prosecution|Justice|Embassy|Consulate|"
    r"Secretariat|Central\s+Authority|Procuradoria|Staatsanwaltschaft|Parquet|Ministerie|Ministerio|Minist[eè]re)\b",
)


def is_letter_frame(text: str) -> bool:
    """A letterhead, address or signature block of an authority: short lines, one of them naming an authority.

    Wrapped prose is not a frame: its lines run to the page width, continue in lower case, run a sentence on
    into the next line, or hold a sentence boundary ("... PX4471203. He left ...")."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2 or max(len(line) for line in lines) > 100:
        return False
    if re.match(r"(?:\d{1,3}(?:\.\d{1,3})*\.|\(?[a-z0-9]{1,3}\))\s", lines[0]):
        return False  # a numbered paragraph
    if any(line[:1].islower() for line in lines[1:]) or re.search(r"\b[a-z]{3,}\.\s+[A-Z]", text):
        return False
    if unwrapped(text).count("\n") < text.count("\n"):
        return False  # a sentence runs on from one line to the next
    return any(AUTHORITY_LINE.search(line) for line in lines)


def table_rows(facts: Analysis) -> list[tuple[list[Block], list[list[Block]]]]:
    """Each table of the body as (header row cells, data rows of cells), in order."""
    return facts.derived(_table_rows)


def _table_rows(facts: Analysis) -> list[tuple[list[Block], list[list[Block]]]]:
    tables: dict[int, dict[int, list[Block]]] = {}
    for block in facts.document.body():
        location = block.location
        if block.kind is BlockKind.TABLE_CELL and location.table is not None and location.row is not None:
            tables.setdefault(location.table, {}).setdefault(location.row, []).append(block)
    out: list[tuple[list[Block], list[list[Block]]]] = []
    for table in tables.values():
        rows = [table[r] for r in sorted(table)]
        if rows:
            out.append((rows[0], rows[1:]))
    return out
