"""Reader for plain-text and Markdown requests (.txt, .md).

Requests sent as text were usually typed in an e-mail client or exported from
a case-management system, so their encoding is anything from UTF-8 to
Windows-1252. A byte-order mark decides the encoding, so does valid UTF-8;
anything else is left to charset-normalizer. The text is split into
paragraphs at blank lines, Markdown headings are recognised, and so are the
plain-text headings drafters type (``1. INTRODUCTION``). Everything here is
linear in the size of the file: one 20 MB line is read like any other.

`paragraph_label`, `has_heading_shape` and `is_heading_text` are shared with
the PDF reader, so both formats label and classify paragraphs alike.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import ClassVar, Iterator

from charset_normalizer import from_bytes

from mla_lint.errors import UnreadableDocument
from mla_lint.limits import Limits
from mla_lint.model import Block, BlockKind, Document, DocumentMetadata, Location
from mla_lint.readers.base import Reader

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian mark starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
"""(mark, codec for the bytes after it, encoding name recorded in the metadata)."""

_WESTERN = ["cp1252", "latin_1"]
"""Asked first when the data is not UTF-8: nearly every other request is
Windows-1252 (Latin-1 is its subset for printable text). Unrestricted,
charset-normalizer often prefers a look-alike code page (cp852, cp1250) for
short Western text and garbles curly quotes, "€" and accents."""
_WIDE = ["utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"]
"""The only encodings in which text contains NUL bytes."""

_SNIFF_BYTES = 64 * 1024
"""Sniffing looks at a prefix (a multiple of 4 bytes, not to split UTF-16/32) to stay cheap."""

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f]")
"""Control characters that do not occur in text (tab, newlines, form feed and
the DOS end-of-file mark \\x1a do)."""
_MAX_CONTROL_RATIO = 0.01

_SHORT_LINE = 200
"""Longest line tested for heading or rule syntax; keeps every regex on short input."""

_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]|$)")
_SETEXT = re.compile(r"(={3,}|-{3,})")
_RULE = re.compile(r"([-*_=])(?:[ \t]*\1){2,}")

_LABEL = re.compile(
    r"(?:"
    r"\((?:\d{1,3}|[a-zA-Z]|[ivxlIVXL]{1,5})\)"  # (12) (b) (iv)
    r"|(?:\d{1,3}|[a-z])\)"  # 12) b)
    r"|\d{1,3}(?:\.\d{1,3})*\."  # 12. 1.2.
    r"|\d{1,3}(?:\.\d{1,3})+(?=\s+[^\sa-z])"  # 1.2 followed by a capital, not "1.2 million"
    r")(?=\s)"
)
_NUMBERING = re.compile(
    r"(?:(\d{1,2}(?:\.\d{1,2})*)\.?|[IVXLC]{1,6}\.|[A-Z]\.|"
    r"(?:PART|Part|SECTION|Section|ARTICLE|Article|SCHEDULE|Schedule|ANNEX|Annex|CHAPTER|Chapter)"
    r"\s+[A-Z0-9]{1,4}[.:]?)\s+(?=\S)"
)
_HEADING_MAX_CHARS = 80
_HEADING_MAX_WORDS = 10
_NO_HEADING_END = ".,;:!?"
_MINOR_WORDS = frozenset("a an and as at by for from in into of on or the to under with".split())
"""Words a title-cased heading leaves in lower case ("Summary of Facts")."""


class TextReader(Reader):
    """Reads .txt and .md requests; the fallback for any content that decodes as text."""

    format: ClassVar[str] = "text"
    extensions: ClassVar[tuple[str, ...]] = (".txt", ".md", ".markdown", ".text")
    priority: ClassVar[int] = 1000

    def sniff(self, data: bytes) -> bool:
        """True if a prefix of ``data`` decodes as text (empty data is left to the extension)."""
        if not data:
            return False
        sample = data[:_SNIFF_BYTES]
        try:
            _decode(sample, truncated=len(sample) < len(data))
        except UnreadableDocument:
            return False
        return True

    def read(self, data: bytes, source: str, limits: Limits) -> Document:
        """Decode ``data``, split it into paragraphs and headings, and record the encoding."""
        text, encoding = _decode(data)
        blocks = tuple(_blocks(text))
        return Document(
            source=source,
            format=self.format,
            blocks=blocks,
            metadata=DocumentMetadata(encoding=encoding),
        )


def _decode(data: bytes, truncated: bool = False) -> tuple[str, str]:
    """Decode ``data`` as text and return it with its encoding's codec name.

    A byte-order mark decides alone, and so does valid UTF-8: charset-normalizer
    sometimes prefers Windows-1252 for short UTF-8 ("0€ 0000" became "0â‚¬
    0000"), and Western text is practically never valid UTF-8 by accident.
    Otherwise charset-normalizer chooses, first among the Western single-byte
    encodings (or, when the data has NUL bytes, among UTF-16/32, the only
    text encodings that produce them), then among all. ``truncated`` says
    ``data`` is a prefix cut at an arbitrary byte, so a multi-byte character
    split at its end is not held against the encoding. Raises
    UnreadableDocument("binary data, not text") for anything else.
    """
    for mark, codec, name in _BOMS:
        if data.startswith(mark):
            try:
                text = _strict(data[len(mark) :], codec, truncated)
            except UnicodeDecodeError:
                raise UnreadableDocument(f"not valid {name} text despite its byte-order mark") from None
            return _checked(text), name
    if b"\x00" in data:
        match = from_bytes(data, cp_isolation=_WIDE).best()
    else:
        try:
            return _checked(_strict(data, "utf-8", truncated)), "utf-8"
        except UnicodeDecodeError:
            match = from_bytes(data, cp_isolation=_WESTERN).best() or from_bytes(data).best()
    if match is None:
        raise UnreadableDocument("binary data, not text")
    return _checked(str(match)), codecs.lookup(match.encoding).name


def _strict(data: bytes, codec: str, truncated: bool) -> str:
    """Decode strictly, except that a truncated prefix may end in the middle of a character."""
    return codecs.getincrementaldecoder(codec)().decode(data, final=not truncated)


def _checked(text: str) -> str:
    """``text``, unless NULs or over 1 % control characters show binary data that happened to decode."""
    if "\x00" in text or len(_CONTROL.findall(text)) > _MAX_CONTROL_RATIO * len(text):
        raise UnreadableDocument("binary data, not text")
    return text


def paragraph_label(text: str) -> str | None:
    """The number a reader sees at the start of a paragraph ("12.", "(b)", "1.2"), if any.

    Only forms used to number paragraphs and list items; a letter followed
    by a full stop ("A. Smith") is an initial more often than a label.
    """
    match = _LABEL.match(text)
    return match.group(0) if match else None


def is_heading_text(line: str) -> bool:
    """True for a short line that reads as a heading whatever its font.

    Conservative on purpose (a paragraph taken for a heading hides it from
    rules that look for content): at most ten words and 80 characters, no
    final punctuation, some letters, and either ALL CAPS ("SUMMARY OF FACTS")
    or numbered with a capitalised title ("1. Introduction", "PART A Facts",
    "2.3 LEGAL BASIS").
    """
    if not has_heading_shape(line):
        return False
    if _all_caps(line):
        return True
    numbered = _NUMBERING.match(line)
    return numbered is not None and _titled(line[numbered.end() :])


def _heading_depth(line: str) -> int:
    """Heading level a numbered heading shows: "2.3 Facts" is level 2, anything else level 1."""
    numbered = _NUMBERING.match(line)
    if numbered is None or numbered.group(1) is None:
        return 1
    return numbered.group(1).count(".") + 1


def has_heading_shape(line: str) -> bool:
    """Short, ends without punctuation and has letters: the shape every heading shares."""
    return (
        0 < len(line) <= _HEADING_MAX_CHARS
        and len(line.split()) <= _HEADING_MAX_WORDS
        and line[-1] not in _NO_HEADING_END
        and any(c.isalpha() for c in line)
    )


def _all_caps(line: str) -> bool:
    """At least two letters, none of them lower case."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and not any(c.islower() for c in letters)


def _titled(words_text: str) -> bool:
    """Title Case or ALL CAPS, no digits: "Summary of Facts", "LEGAL BASIS"."""
    words = words_text.split()
    if not words or any(c.isdigit() for c in words_text) or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in _MINOR_WORDS for w in words if w[0].isalpha())


def _is_plain_heading(line: str) -> bool:
    """Plain-text heading: `is_heading_text`, or a short Title Case line.

    Text files have no fonts, so a short unpunctuated Title Case line alone
    between blank lines ("Introduction", "Summary of Facts") is taken as a
    heading too. A name alone on a line ("John Smith") qualifies as well;
    signature blocks usually keep the name with the title under it, which
    makes two lines.
    """
    return is_heading_text(line) or (has_heading_shape(line) and _titled(line))


@dataclass
class _Para:
    """A paragraph or heading being assembled: its lines and first file line."""

    lines: list[str]
    first_line: int
    heading_level: int | None = None

    @property
    def end_line(self) -> int:
        return self.first_line + len(self.lines) - 1


def _paragraphs(text: str) -> Iterator[_Para]:
    """Split ``text`` into paragraphs at blank lines, with Markdown headings on their own.

    An ATX heading ("## Facts") ends the paragraph before it. A "===" or
    "---" line under a single line of text (setext) makes that line a
    heading; under a longer paragraph, and anywhere else, a rule line ("---",
    "***", "=====") only separates paragraphs: a plain-text writer may
    underline a whole paragraph to set it off, and a heading is never ten
    lines long. Lines are stripped of surrounding whitespace.
    """
    run: _Para | None = None
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if line and not _is_markup(line):
            if run is None:
                run = _Para([line], number)
            else:
                run.lines.append(line)
            continue
        if run is not None:
            if len(run.lines) == 1 and _SETEXT.fullmatch(line):
                run.heading_level = 1 if line[0] == "=" else 2
            yield run
            run = None
        atx = _ATX.match(line)
        title = _atx_title(line[atx.end() :]) if atx else ""
        if atx and title:
            yield _Para([title], number, heading_level=len(atx.group(1)))
    if run is not None:
        yield run


def _is_markup(line: str) -> bool:
    """True for an ATX heading or a rule line (which may be a setext underline)."""
    return len(line) <= _SHORT_LINE and (_ATX.match(line) is not None or _RULE.fullmatch(line) is not None)


def _atx_title(rest: str) -> str:
    """Heading text after the opening #'s, without an optional closing run of #'s."""
    rest = rest.strip()
    closed = rest.rstrip("#")
    if closed != rest and (not closed or closed[-1] in " \t"):
        return closed.rstrip()
    return rest


def _blocks(text: str) -> Iterator[Block]:
    """Blocks in file order; every one is body text, numbered 1..N."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for index, para in enumerate(_paragraphs(text)):
        body = "\n".join(para.lines)
        level = para.heading_level
        if level is None and len(para.lines) == 1 and _is_plain_heading(body):
            level = _heading_depth(body)
        yield Block(
            index=index,
            kind=BlockKind.PARAGRAPH if level is None else BlockKind.HEADING,
            text=body,
            location=Location(
                paragraph=index + 1,
                label=paragraph_label(body),
                line=para.first_line,
                end_line=para.end_line,
            ),
            heading_level=level,
        )
