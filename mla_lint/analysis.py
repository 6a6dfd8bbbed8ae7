"""The shared analysis of one document: computed once, read by every rule.

Rules ask for facts (sentences, sections, spaCy tokens) through this object;
each fact is computed on first use and cached, so a run whose rules need no
language model never loads spaCy, and a run whose rules all need it parses
each block exactly once (``nlp.pipe`` over the blocks).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable, Iterator, TypeVar

from mla_lint.model import Block, BlockKind, Document
from mla_lint.nlp import Pipeline, load_pipeline

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

PIPE_BATCH_SIZE = 64

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

    def __init__(self, document: Document, pipeline: Callable[[], Pipeline] = load_pipeline) -> None:
        self.document = document
        self._pipeline = pipeline
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
        """One spaCy ``Doc`` per block, aligned with ``document.blocks``."""
        texts = (block.text for block in self.document.blocks)
        return tuple(self.pipeline.nlp.pipe(texts, batch_size=PIPE_BATCH_SIZE))

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
        """The body split at headings (structure, when the request has any)."""
        sections: list[Section] = []
        heading: Block | None = None
        current: list[Block] = []
        for block in self.document.body():
            if block.kind is BlockKind.HEADING:
                if heading is not None or current:
                    sections.append(Section(heading, tuple(current)))
                heading, current = block, []
            else:
                current.append(block)
        if heading is not None or current:
            sections.append(Section(heading, tuple(current)))
        return tuple(sections)
