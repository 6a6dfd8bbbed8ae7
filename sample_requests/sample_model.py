"""The content model of the sample requests: what a request says, not how a format lays it out.

A sample is a sequence of items (title, heading, paragraph, numbered paragraph,
a block of short lines, a table) plus what the sample is for and which findings
the linter should report on it. `generate.py` renders the same items as .docx,
.pdf or .txt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Union

Format = Literal["docx", "pdf", "txt"]


@dataclass(frozen=True)
class Title:
    """The request's title."""

    text: str


@dataclass(frozen=True)
class Heading:
    """A section heading."""

    text: str


@dataclass(frozen=True)
class Para:
    """A paragraph of prose."""

    text: str


@dataclass(frozen=True)
class Numbered:
    """A paragraph numbered 1., 2., ... in document order (Word list numbering in .docx)."""

    text: str


@dataclass(frozen=True, init=False)
class Lines:
    """Short lines that form one paragraph: letterhead, address, reference, signature block."""

    lines: tuple[str, ...]

    def __init__(self, *lines: str) -> None:
        if not lines or any(not line.strip() for line in lines):
            raise ValueError("Lines needs at least one line and no blank lines (a blank line splits a paragraph)")
        object.__setattr__(self, "lines", lines)


@dataclass(frozen=True, init=False)
class Table:
    """A table: a header row, then data rows; every cell is non-empty."""

    rows: tuple[tuple[str, ...], ...]

    def __init__(self, header: tuple[str, ...], *rows: tuple[str, ...]) -> None:
        table = (header, *rows)
        if any(len(row) != len(header) or not all(cell.strip() for cell in row) for row in table):
            raise ValueError("every table row needs one non-empty cell per header column")
        object.__setattr__(self, "rows", table)


Item = Union[Title, Heading, Para, Numbered, Lines, Table]


@dataclass(frozen=True)
class Insertion:
    """A tracked insertion in a .docx: ``text``, which occurs once in the body, was added by ``author``."""

    text: str
    author: str


@dataclass(frozen=True)
class Deletion:
    """A tracked deletion in a .docx: ``text`` was removed by ``author`` right after the body text ``after``."""

    after: str
    text: str
    author: str


@dataclass(frozen=True)
class Comment:
    """A reviewer's comment in a .docx, anchored on the body text ``anchor`` (which occurs once)."""

    anchor: str
    text: str
    author: str


@dataclass(frozen=True)
class HiddenText:
    """Text formatted as hidden (w:vanish) in a .docx, right after the body text ``after``."""

    after: str
    text: str


Revision = Union[Insertion, Deletion]

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Expect:
    """A finding a reader of the request would expect, labelled by hand from the legal concept.

    ``at`` is text that occurs exactly once in the body, inside the paragraph the
    finding points to (the vague wording, the dangling reference, the empty
    heading); None for a finding about the whole document, such as a missing
    element with no heading announcing it.
    """

    code: str
    severity: Severity
    at: str | None = None


@dataclass(frozen=True)
class Sample:
    """One sample request, its rendering options and the findings expected on it."""

    name: str
    """File stem: the request is written to ``<name>.<format>``."""
    format: Format
    style: str
    """How the request is written (for the README)."""
    description: str
    """What the sample is meant to test (README and ``expected.json``)."""
    date: datetime
    """Date of the request, also used for the file's metadata."""
    author: str
    """The file's author property: an office, unless the sample tests personal metadata (MLA206)."""
    items: tuple[Item, ...]
    confidentiality_clause: bool
    """False when the body asks for no confidentiality, so MLA110 is expected."""
    placeholders: tuple[str, ...] = ()
    """Template remnants, each occurring exactly once in the body: one MLA202 each."""
    near_misses: tuple[str, ...] = ()
    """Text that looks like a finding but must not produce one (checked to be present)."""
    running_header: str | None = None
    running_footer: str | None = None
    """Footer text; the page number is appended (a PAGE field in .docx, "Page n of N" in .pdf)."""
    paragraph_across_pages: bool = False
    """For .pdf: at least one paragraph must continue across a page break."""
    last_modified_by: str | None = None
    """The .docx "last modified by" property; None: the author."""
    template: str | None = None
    """The .docx template property; None: Word's default, Normal.dotm."""
    personal_metadata: bool = False
    """True when the properties identify a person (author, user name, template path): one MLA206 warning."""
    revisions: tuple[Revision, ...] = ()
    """Unaccepted tracked changes (.docx): one MLA206 error for all of them."""
    comments: tuple[Comment, ...] = ()
    """Comments (.docx): one MLA206 error for all of them."""
    hidden_text: tuple[HiddenText, ...] = ()
    """Hidden text (.docx): one MLA206 error for all of it."""
    expected: tuple[Expect, ...] = ()
    """Every other expected finding (MLA1xx/MLA2xx/MLA3xx), labelled by hand; none on a complete, clean request."""

    def __post_init__(self) -> None:
        if self.format == "pdf" and any(isinstance(item, Table) for item in self.items):
            raise ValueError(f"{self.name}: tables are not rendered in PDF samples (cells would be ambiguous)")
        if self.format == "txt" and (self.running_header or self.running_footer):
            raise ValueError(f"{self.name}: a text file has no running header or footer")
        if self.paragraph_across_pages and self.format != "pdf":
            raise ValueError(f"{self.name}: only PDF samples have pages")
        word_only = (self.last_modified_by, self.template, self.revisions, self.comments, self.hidden_text)
        if self.format != "docx" and any(word_only):
            raise ValueError(f"{self.name}: tracked changes, comments, hidden text and templates are .docx features")

    @property
    def filename(self) -> str:
        """The request's file name."""
        return f"{self.name}.{self.format}"

    @property
    def title(self) -> str:
        """The file's title property: the title item, or the subject line of a letter without one."""
        titles = [item.text for item in self.items if isinstance(item, Title)]
        paragraphs = [item.text for item in self.items if isinstance(item, Para)]
        subject_lines = [text for text in paragraphs if not text.startswith("Dear ")]
        return (titles or subject_lines)[0]
