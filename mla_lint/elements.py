"""Required elements: where a request says something, and the rule base for "it never says it".

Most MLA1xx rules ask one question: does the request contain element X (the
facts, the offences, a contact officer ...)? Requests answer it in two ways:
by structure (a heading "Summary of Facts" with content under it) and by
content alone (a sentence that states the facts, in a letter with no
headings). `RequiredElement` gives every such rule the same shape: the rule
says where the element would be announced (``heading_phrases``) and how to
recognise its content (``find``); the base class reports a missing element,
located at the heading that announced it but says nothing, if there is one.

Every detection returns `Evidence`, the span that satisfies the element, so a
report can show "found here" for present elements, not only complaints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Iterable, Iterator

from mla_lint.findings import ChecklistItem, ElementState, Finding, Related
from mla_lint.language import heading_text
from mla_lint.model import Block, Document
from mla_lint.rule import Rule

if TYPE_CHECKING:
    from spacy.tokens import Span

    from mla_lint.analysis import Analysis, Section, Sentence

MAX_HEADING_WORDS = 10


@dataclass(frozen=True)
class Evidence:
    """The text that shows an element is present: characters ``start:end`` of ``block``."""

    block: Block
    start: int
    end: int

    @classmethod
    def of_sentence(cls, sentence: Sentence) -> Evidence:
        return cls(sentence.block, sentence.start, sentence.end)

    @classmethod
    def of_span(cls, block: Block, span: Span) -> Evidence:
        """A spaCy span of ``block``'s parse."""
        return cls(block, span.start_char, span.end_char)

    @classmethod
    def of_block(cls, block: Block) -> Evidence:
        return cls(block, 0, len(block.text))

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]

    def related(self, message: str) -> Related:
        """This evidence as a related location of a finding ("spelled X here")."""
        return Related(message=message, location=self.block.span_location(self.start, self.end), excerpt=self.block.excerpt(self.start, self.end))


def heading_matches(text: str, phrases: Iterable[str]) -> bool:
    """True if a heading is about one of ``phrases`` (whole words, numbering and case ignored).

    Only short texts are headings: a long paragraph that happens to contain
    "facts" is not a "Facts" heading.
    """
    title = heading_text(text)
    if not title or len(title.split()) > MAX_HEADING_WORDS:
        return False
    return any(re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", title) for phrase in phrases)


def sections_about(facts: Analysis, phrases: Iterable[str]) -> tuple[Section, ...]:
    """The sections whose heading announces one of ``phrases``."""
    wanted = tuple(phrases)
    return tuple(s for s in facts.sections if s.heading is not None and heading_matches(s.heading.text, wanted))


def sentences_under(facts: Analysis, sections: Iterable[Section]) -> Iterator[Sentence]:
    """The sentences of the content of ``sections`` (not their headings)."""
    for section in sections:
        for block in section.blocks:
            yield from facts.sentences_in(block)


class RequiredElement(Rule):
    """Base of the rules that report an element the request never contains.

    Subclasses set ``heading_phrases`` (lower-case phrases a heading for the
    element would contain), ``missing`` (the message) and ``add`` (the
    suggestion: what to write and where it usually goes), and implement
    ``find``. Override ``applies`` for conditional elements (no summary of
    facts is needed for a pure service request).
    """

    heading_phrases: ClassVar[tuple[str, ...]] = ()
    missing: ClassVar[str]
    add: ClassVar[str]

    not_applicable: ClassVar[str] = "not required for this request"
    """Why the element is not needed when ``applies`` says so (shown in the checklist)."""

    def applies(self, facts: Analysis) -> bool:
        """Whether the element is required for this request at all."""
        return True

    def find(self, facts: Analysis) -> Evidence | None:
        """The evidence that the element is present, or None."""
        raise NotImplementedError

    def assess(self, facts: Analysis) -> ChecklistItem:
        """Present (with the evidence), missing (at the heading that announced it, if any) or not applicable."""
        if not self.applies(facts):
            return self._item(ElementState.NOT_APPLICABLE, reason=self.not_applicable)
        evidence = self.find(facts)
        if evidence is not None:
            return self._item(ElementState.PRESENT, evidence.block, evidence.start, evidence.end)
        heading = self.announcing_heading(facts)
        return self._item(ElementState.MISSING, heading)

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        if facts.derived(self.assess).state is ElementState.MISSING:
            yield self.missing_finding(facts)

    def announcing_heading(self, facts: Analysis) -> Block | None:
        """The first heading that announces the element, if the request has one."""
        announced = sections_about(facts, self.heading_phrases) if self.heading_phrases else ()
        return announced[0].heading if announced else None

    def missing_finding(self, facts: Analysis, message: str | None = None) -> Finding:
        """The finding for a missing element: at its empty heading if the request has one."""
        text = message or self.missing
        heading = self.announcing_heading(facts)
        if heading is not None:
            return self.finding(
                f"{text} (the section \"{heading.text.strip()}\" does not contain it)", heading, suggestion=self.add
            )
        return self.finding(text, suggestion=self.add)

    def _item(
        self, state: ElementState, block: Block | None = None, start: int | None = None, end: int | None = None,
        reason: str | None = None,
    ) -> ChecklistItem:
        location = excerpt = None
        if block is not None:
            lo, hi = (0 if start is None else start), (len(block.text) if end is None else end)
            location, excerpt = block.span_location(lo, hi), block.excerpt(lo, hi)
        return ChecklistItem(
            code=self.code, name=self.name, state=state, summary=self.summary(), location=location, excerpt=excerpt,
            reason=reason,
        )
