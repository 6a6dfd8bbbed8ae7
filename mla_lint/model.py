"""The document model every reader produces and every rule reads.

A request arrives as .docx, .pdf or text; readers turn each into the same
`Document`: an ordered tuple of `Block`s (paragraphs, headings, table cells,
headers and footers, footnotes, text boxes) with a `Location` each, plus what
the file says about itself (`DocumentMetadata`) and what it hides
(`HiddenContent`: tracked changes, comments, hidden text). Rules never see the
file format, only this model, so one rule works on every format.

All values are frozen: a document is read once and shared by every rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Iterator, Mapping


class BlockKind(str, Enum):
    """Where a block of text sits in the document.

    Rules use the kind to decide what counts as content: a confidentiality
    clause in the body is a clause, the word "CONFIDENTIAL" in a running
    header is a classification marking.
    """

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    TABLE_CELL = "table-cell"
    HEADER = "header"
    FOOTER = "footer"
    FOOTNOTE = "footnote"
    ENDNOTE = "endnote"
    TEXT_BOX = "text-box"

    @property
    def is_body(self) -> bool:
        """True for the main flow of the request (not headers, footers or notes)."""
        return self in _BODY_KINDS


_BODY_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.TABLE_CELL, BlockKind.TEXT_BOX})


@dataclass(frozen=True)
class Location:
    """Where something is, precise enough for "page 3, paragraph 14".

    Every field is optional because formats know different things: a PDF
    knows pages and lines, a .docx knows paragraphs, tables and visible list
    numbers but not pages, a text file knows lines. ``start``/``end`` are
    character offsets into the block's text (end exclusive).
    """

    paragraph: int | None = None
    """1-based position of the block within its part: body blocks (paragraphs,
    headings, table cells, text boxes) are counted 1..N in reading order;
    headers, footers, footnotes and endnotes are counted within their own part."""
    label: str | None = None
    """The number a reader sees ("12.", "(b)"), if the paragraph shows one."""
    page: int | None = None
    line: int | None = None
    """1-based line of the block's first line (page line for PDF, file line for text)."""
    end_line: int | None = None
    start: int | None = None
    end: int | None = None
    part: str = "body"
    """"body", "header", "footer", "footnote", "endnote", "text-box"."""
    table: int | None = None
    row: int | None = None
    column: int | None = None

    def with_span(self, start: int, end: int, line: int | None = None, end_line: int | None = None) -> Location:
        """The same place narrowed to characters ``start:end`` of the block (and its lines, if known)."""
        return replace(
            self,
            start=start,
            end=end,
            line=line if line is not None else self.line,
            end_line=end_line if end_line is not None else self.end_line,
        )

    def describe(self) -> str:
        """Human wording: "page 2, paragraph 14 (12.), line 3"."""
        parts: list[str] = []
        if self.part != "body":
            parts.append(self.part)
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.table is not None:
            parts.append(f"table {self.table} row {self.row} column {self.column}")
        if self.paragraph is not None:
            label = f" ({self.label})" if self.label else ""
            parts.append(f"paragraph {self.paragraph}{label}")
        if self.line is not None:
            parts.append(f"line {self.line}")
        return ", ".join(parts) or "document"

    def to_dict(self) -> dict[str, object]:
        """JSON form: every field, ``None`` where unknown (stable keys)."""
        return {
            "part": self.part,
            "page": self.page,
            "paragraph": self.paragraph,
            "label": self.label,
            "line": self.line,
            "end_line": self.end_line,
            "start": self.start,
            "end": self.end,
            "table": self.table,
            "row": self.row,
            "column": self.column,
        }


@dataclass(frozen=True)
class PageTurn:
    """Where a paragraph running over a page break continues: its text from ``offset`` on is on ``page``,
    starting at that page's body line ``line``."""

    offset: int
    page: int
    line: int


@dataclass(frozen=True)
class Block:
    """One unit of text in reading order, with where it is."""

    index: int
    """0-based position in ``Document.blocks``."""
    kind: BlockKind
    text: str
    location: Location
    heading_level: int | None = None
    style: str | None = None
    page_turns: tuple[PageTurn, ...] = ()
    """For a PDF paragraph that runs over a page break, where each following page takes it up (in order)."""

    def span_location(self, start: int, end: int) -> Location:
        """Location of characters ``start:end`` of this block, with the right page and line.

        A span that runs over a page break is placed at its start, without an
        end line (its lines are on two pages).
        """
        if self.location.line is None:
            return self.location.with_span(start, end)
        page, first, offset = self.page_at(start)
        line = first + self.text.count("\n", offset, start)
        same_page = self.page_at(max(start, end - 1))[0] == page
        end_line = line + self.text.count("\n", start, end) if same_page else None
        return replace(self.location.with_span(start, end, line, end_line), page=page, end_line=end_line)

    def page_at(self, position: int) -> tuple[int | None, int, int]:
        """The page and first line of the part of the block holding ``position``, and where that part starts."""
        turns = [t for t in self.page_turns if t.offset <= position]
        if turns:
            return turns[-1].page, turns[-1].line, turns[-1].offset
        return self.location.page, self.location.line or 1, 0

    def excerpt(self, start: int = 0, end: int | None = None, width: int = 160) -> str:
        """A one-line quotation of ``start:end`` with a little context, for reports."""
        end = len(self.text) if end is None else end
        slack = max(0, (width - (end - start)) // 2)
        lo, hi = max(0, start - slack), min(len(self.text), end + slack)
        text = " ".join(self.text[lo:hi].split())
        if len(text) > width:
            text = text[: width - 1] + "…"
        return ("…" if lo > 0 else "") + text + ("…" if hi < len(self.text) else "")


class HiddenKind(str, Enum):
    """Kinds of content a reader sees but does not count as the request's text."""

    INSERTION = "tracked-insertion"
    DELETION = "tracked-deletion"
    COMMENT = "comment"
    HIDDEN_TEXT = "hidden-text"


@dataclass(frozen=True)
class HiddenContent:
    """Something in the file the sender may not mean to send (for MLA206)."""

    kind: HiddenKind
    text: str
    location: Location | None = None
    author: str | None = None


@dataclass(frozen=True)
class DocumentMetadata:
    """What the file says about itself: properties that can reveal authors or templates."""

    title: str | None = None
    author: str | None = None
    last_modified_by: str | None = None
    company: str | None = None
    template: str | None = None
    created: str | None = None
    modified: str | None = None
    producer: str | None = None
    creator_tool: str | None = None
    custom: Mapping[str, str] = field(default_factory=dict)
    page_count: int | None = None
    encoding: str | None = None

    def to_dict(self) -> dict[str, object]:
        """JSON form, with only the properties that are present."""
        out = {k: v for k, v in self.__dict__.items() if v not in (None, {}) and k != "custom"}
        if self.custom:
            out["custom"] = dict(self.custom)
        return out


@dataclass(frozen=True)
class Document:
    """A request as rules see it, whatever file it came from."""

    source: str
    """The path it was read from, or a label such as "<text>"."""
    format: str
    """"docx", "pdf" or "text" (or a plugin reader's name)."""
    blocks: tuple[Block, ...]
    """The body in reading order (table cells row by row where the table stands,
    text boxes where anchored), then headers, footers, footnotes and endnotes,
    each part in its own order."""
    metadata: DocumentMetadata = field(default_factory=DocumentMetadata)
    hidden: tuple[HiddenContent, ...] = ()

    def body(self) -> Iterator[Block]:
        """The blocks of the request's main flow, in order."""
        return (b for b in self.blocks if b.kind.is_body)

    @property
    def text(self) -> str:
        """All block texts joined by blank lines (for display, not for offsets)."""
        return "\n\n".join(b.text for b in self.blocks)
