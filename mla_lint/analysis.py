"""The shared analysis of one document: computed once, read by every rule.

Rules ask for facts (sentences, sections, spaCy tokens) through this object;
each fact is computed on first use and cached, so a run whose rules need no
language model never loads spaCy, and a run whose rules all need it parses
each block exactly once (``nlp.pipe`` over the blocks).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from mla_lint.model import Block, BlockKind, Document
from mla_lint.nlp import Pipeline, components_needed, load_pipeline

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

PIPE_BATCH_SIZE = 64
LONG_BLOCK_CHARS = 100_000
"""Blocks longer than this are parsed in pieces of at most this many characters."""
PARALLEL_PARSE_CHARS = 20_000
"""Below about 3,000 words, starting worker processes costs more than they save."""
PARALLEL_BATCH_SIZE = 16
"""Blocks per batch sent to a parsing worker: small, so that the workers share a document's paragraphs evenly."""

T = TypeVar("T")


@dataclass(frozen=True, eq=False)
class Sentence:
    """One sentence of one block, with its character span in ``block.text``."""

    block: Block
    span: Span
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]


@dataclass(frozen=True)
class Section:
    """A heading and the blocks under it, up to the next heading.

    ``heading`` is None for the text before the first heading.
    """

    heading: Block | None
    blocks: tuple[Block, ...]

    @property
    def title(self) -> str:
        return self.heading.text if self.heading else ""


class Analysis:
    """Facts about ``document`` that rules share."""

    def __init__(
        self,
        document: Document,
        pipeline: Callable[[], Pipeline] = load_pipeline,
        components: frozenset[str] | None = None,
        processes: int = 1,
    ) -> None:
        self.document = document
        self._pipeline = pipeline
        self._components = components
        """The spaCy components the active rules read (None: all); the others are switched off."""
        self._processes = processes
        """How many processes may parse a long document (spaCy's ``n_process``)."""
        self._derived: dict[Callable[[Analysis], Any], Any] = {}

    def derived(self, compute: Callable[[Analysis], T]) -> T:
        """``compute(self)``, computed once per document and shared by every rule that asks.

        Fact modules (``mla_lint.assistance``, ``mla_lint.parties`` ...) define
        plain functions of the analysis; rules call ``facts.derived(function)``
        so that, say, the assistance sought is worked out once however many
        rules depend on it, and a fact no selected rule needs is never computed.
        """
        if compute not in self._derived:
            self._derived[compute] = compute(self)
        return self._derived[compute]  # type: ignore[no-any-return]

    @cached_property
    def pipeline(self) -> Pipeline:
        """The language pipeline (loaded on first use, once per process)."""
        return self._pipeline()

    @cached_property
    def parsed(self) -> tuple[Doc, ...]:
        """One spaCy ``Doc`` per block, aligned with ``document.blocks``.

        Blocks are parsed together with ``nlp.pipe``; a block longer than
        ``LONG_BLOCK_CHARS`` (a PDF without paragraph breaks, a text file on one
        line) is parsed in pieces and joined back into one ``Doc``, since spaCy
        refuses texts over ``nlp.max_length`` and its memory grows with length.
        """
        nlp = self.pipeline.nlp
        blocks = self.document.blocks
        enabled = nlp.pipe_names if self._components is None else components_needed(nlp.pipe_names, self._components)
        texts = ["" if len(block.text) > LONG_BLOCK_CHARS else unwrapped(block.text) for block in blocks]
        long_enough = sum(map(len, texts)) >= PARALLEL_PARSE_CHARS
        with nlp.select_pipes(enable=enabled):
            if self._processes > 1 and long_enough:  # forked workers, each with the loaded model; order is kept
                docs = list(nlp.pipe(texts, batch_size=PARALLEL_BATCH_SIZE, n_process=self._processes))
            else:
                docs = list(nlp.pipe(texts, batch_size=PIPE_BATCH_SIZE))
            for block in blocks:
                if len(block.text) > LONG_BLOCK_CHARS:
                    docs[block.index] = _parse_in_pieces(nlp, unwrapped(block.text))
        return tuple(docs)

    def doc_of(self, block: Block) -> Doc:
        """The spaCy parse of ``block``."""
        return self.parsed[block.index]

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """Every sentence of every block, in document order."""
        return tuple(s for block in self.document.blocks for s in self.sentences_in(block))

    def sentences_in(self, block: Block) -> tuple[Sentence, ...]:
        """The sentences of one block."""
        return tuple(
            Sentence(block=block, span=sent, start=sent.start_char, end=sent.end_char)
            for sent in self.doc_of(block).sents
        )

    def body_sentences(self) -> Iterator[Sentence]:
        """Sentences of the main flow (not headers, footers or notes)."""
        return (s for s in self.sentences if s.block.kind.is_body)

    @cached_property
    def sections(self) -> tuple[Section, ...]:
        """The body split at headings (structure, when the request has any).

        A request laid out as a form (a table of "Offences | ...", "Assistance
        requested | ...") has its headings in the first column: each such label
        heads the rest of its row, and after the row the text belongs again to
        the heading above the table.
        """
        sections: list[Section] = []
        heading: Block | None = None
        outer: Block | None = None
        form_row: tuple[int | None, int | None] | None = None
        current: list[Block] = []
        resumed = False  # the heading above a form table, taken up again after a row: a section only if text follows
        body = list(self.document.body())

        def close() -> None:
            if current or (heading is not None and not resumed):
                sections.append(Section(heading, tuple(current)))

        for n, block in enumerate(body):
            row = (block.location.table, block.location.row)
            if form_row is not None and row != form_row:
                close()
                heading, current, form_row, resumed = outer, [], None, True
            if block.kind is BlockKind.HEADING:
                close()
                heading = outer = block
                current, resumed = [], False
            elif is_form_label(block, body[n + 1] if n + 1 < len(body) else None):
                close()
                heading, current, form_row, resumed = block, [], row, False
            else:
                current.append(block)
        close()
        return tuple(sections)


FORM_LABEL_WORDS = 8


def is_form_label(block: Block, following: Block | None) -> bool:
    """The first cell of a table row that labels the next cell, as a form does ("Purpose | The records will ...").

    A short cell without digits (dates and amounts of a data table are not labels) followed by a cell of the
    same row.
    """
    here = block.location
    if block.kind is not BlockKind.TABLE_CELL or here.column != 1 or following is None:
        return False
    there = following.location
    if following.kind is not BlockKind.TABLE_CELL or (there.table, there.row) != (here.table, here.row):
        return False
    text = block.text.strip().rstrip(":")
    return 0 < len(text.split()) <= FORM_LABEL_WORDS and "\n" not in text and not any(c.isdigit() for c in text)


SOFT_BREAK = re.compile(r"(?<=[^\s.:;!?])\n(?=\S)")
"""A line break inside a sentence: not after sentence punctuation, not before a blank line."""
LIST_START = re.compile(r"[ \t]*(?:\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]|[-•*–·▪])\s")
WRAPPED_LINE = 60
"""A line at least this long that runs on into the next was wrapped at the page or column width (an address or a
title line is shorter); a line followed by one in lower case was wrapped whatever its length."""


def unwrapped(text: str) -> str:
    """``text`` for the language pipeline: a line break that only wraps a sentence (a PDF's or a text file's
    lines) becomes a space, so that "investigated by the Public Funds\nProsecution" parses as one phrase;
    the lines of an address, a signature or a list keep their breaks. Same length, so offsets do not move."""

    def join(match: re.Match[str]) -> str:
        line = match.start() - (text.rfind("\n", 0, match.start()) + 1)
        runs_on = line >= WRAPPED_LINE or text[match.end()].islower()
        return " " if runs_on and not LIST_START.match(text, match.end()) else "\n"

    return SOFT_BREAK.sub(join, text)


def _parse_in_pieces(nlp: Language, text: str) -> Doc:
    """Parse ``text`` in pieces cut after whitespace (after a sentence end where possible) and join them."""
    from spacy.tokens import Doc

    pieces: list[str] = []
    start = 0
    while start < len(text):
        end = min(start + LONG_BLOCK_CHARS, len(text))
        if end < len(text):
            window = text[start + LONG_BLOCK_CHARS // 2 : end]
            cut = max(window.rfind(". "), window.rfind("\n"))
            if cut < 0:
                cut = max(window.rfind(" "), window.rfind("\t"))
            if cut >= 0:
                end = start + LONG_BLOCK_CHARS // 2 + cut + 1
        pieces.append(text[start:end])
        start = end
    return Doc.from_docs(list(nlp.pipe(pieces, batch_size=PIPE_BATCH_SIZE)), ensure_whitespace=False)
