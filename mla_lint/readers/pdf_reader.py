"""Reader for PDF requests, built on pdfplumber.

A PDF holds positioned glyphs, not paragraphs, so the reader rebuilds the
text a person sees, in four steps; each rule below is deliberately simple
and is named in the function that applies it.

1. Words. pdfplumber's word extractor, with font name and size, run on the
   page's glyphs after duplicates are dropped (fake bold draws every glyph
   twice: "SSttaatteemmeenntt"). Glyphs come from ``page.layout`` and are
   deduplicated here, because ``page.chars`` and ``page.dedupe_chars()`` are
   too slow for 100-page requests (see `_chars` and `_dedupe`). Only upright
   words on the page count: rotated text is a watermark or a margin note,
   and text outside the page cannot be seen.
2. Running headers and footers. Lines in the top or bottom 12 % of a page,
   cut where a gap of more than two em separates them ("Ref. 2024/17" ...
   "Page 3"), whose text with digits masked repeats on at least half the
   pages that have text (and at least two), are taken out of the body and
   emitted once each as a HEADER or FOOTER block after it. Bare page
   numbers in those bands ("3", "- 3 -", "Page 3 of 7", "iv") are dropped.
3. Reading order. A page has two columns when an x-range in the middle of
   its text (30-70 % of the width), at least one em wide, is free of words
   on all but 15 % of its lines, and the text on each side reads as prose,
   not as table cells: at least three lines, most reaching the column's
   right edge, typically four words or more, hardly any with a two-em gap
   inside. Lines crossing the gutter (a title, an abstract) cut the page
   into bands; in each band the left column is read before the right one.
4. Paragraphs. Within a column, a line starts a new paragraph when the
   space above it exceeds 1.4 times the page's median line pitch (1.5 misses
   the common 6 pt spacing after 11 pt text at 13 pt leading); when its size
   or weight differs from the line above; when the line above ends a
   sentence and stops short of three quarters of the column; when it is
   indented by an em under a line that ends a sentence and the line below
   it returns to the left (a hanging indent does not); or when it starts
   with a paragraph number ("12.", "(b)") under a line ending in sentence
   punctuation, ";" or ":". A word hyphenated at a line end is rejoined
   when the next line starts in lower case. Lines stay separated by "\\n".

A one-line paragraph is a heading when it has a heading's shape (short, no
final punctuation) and is larger (by 15 %) or bolder than the body text, or
reads as one in any font (ALL CAPS, "1. Introduction"; see
`mla_lint.readers.text_reader.is_heading_text`). The largest headings are
level 1, smaller ones level 2.

Locations: ``page`` is 1-based, ``line``/``end_line`` count the body lines
of that page in reading order (running headers, footers and page numbers
are not counted), and ``paragraph`` counts body blocks across the document.
A paragraph that runs over a page break (its last line on the page reaches
the margin without sentence punctuation, and the next page starts without a
paragraph number, in the same font) is one block, whose ``page_turns`` say
where the next page takes it up; ``end_line`` is then unknown. A paragraph
running over a column break is two blocks.
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any, ClassVar, Iterable, Iterator

import pdfplumber
from pdfminer.layout import LTChar, LTContainer
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFNoValidXRef
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import resolve1
from pdfminer.psexceptions import PSEOF, PSException
from pdfplumber.page import Page
from pdfplumber.pdf import PDF
from pdfplumber.utils.text import extract_words
from pdfplumber.utils.exceptions import PdfminerException

from mla_lint.errors import UnreadableDocument
from mla_lint.limits import Limits
from mla_lint.model import Block, BlockKind, Document, DocumentMetadata, Location, PageTurn
from mla_lint.readers.base import Reader
from mla_lint.readers.text_reader import has_heading_shape, is_heading_text, paragraph_label

_MAGIC = b"%PDF-"
_SNIFF_BYTES = 1024
_EOF_MARK = b"%%EOF"
_EOF_WINDOW = 1024
"""Acrobat only requires "%%EOF" somewhere in the last 1024 bytes; a file without it was cut short."""
_NO_TEXT = "no text layer: scanned document? Run OCR first"

_DEDUPE_PT = 1.0
_DEDUPE_CELL = 8.0
_BAND = 0.12
"""Share of the page height, at the top and the bottom, where running headers and footers sit."""
_SEGMENT_GAP_EM = 2.0
_MIN_REPEAT_PAGES = 2
_PAGE_NUMBER = re.compile(
    r"(?:[Pp]age|PAGE|[Pp]g?\.)?\s*[-–—(\[]?\s*(?:\d{1,5}|[ivxlc]{1,7})\s*[-–—)\]]?"
    r"(?:\s*(?:of|OF|/)\s*\d{1,5})?"
)
"""A bare page number: "3", "- 3 -", "(3)", "Page 3 of 7", "3/7", "iv" (lower-case
roman numerals only: "CIVIL" is a word)."""
_DIGITS = re.compile(r"\d+")

_GUTTER_ZONE = (0.3, 0.7)
_MAX_CROSSING_SHARE = 0.15
_MIN_SIDE_LINES = 3
_MIN_GUTTER_PT = 6.0
_MAX_BINS = 4096
"""The gutter search measures the text width in 1-pt slices, fewer on absurdly wide pages."""
_FULL_LINE_SHARE = 0.15
"""A line "reaches" its column's edge when it ends within 15 % of the column width of it."""
_MIN_FULL_LINES = 0.5
_MIN_PROSE_WORDS = 4
_MAX_GAPPED_SHARE = 0.1

_PARAGRAPH_PITCH = 1.4
_SHORT_LAST_LINE = 0.75
_INDENT_EM = 0.8
_SIZE_CHANGE = 0.1
_TOUCH_EM = 0.1
"""Words closer than this (split only because the font changed mid-word) are joined without a space."""
_HEADING_SIZE = 1.15
_BOLD_SHARE = 0.8
_BOLD_NAMES = ("bold", "black", "heavy", "demi")
_CLOSERS = "\"'”’)]»"
_SENTENCE_END = ".!?"
_LIST_LEAD_END = ".!?;:"


class PdfReader(Reader):
    """Reads PDF requests that have a text layer (scans must be OCR'd first)."""

    format: ClassVar[str] = "pdf"
    extensions: ClassVar[tuple[str, ...]] = (".pdf",)
    priority: ClassVar[int] = 20

    def sniff(self, data: bytes) -> bool:
        """True if the PDF header appears in the first kilobyte (where readers look for it)."""
        return _MAGIC in data[:_SNIFF_BYTES]

    def read(self, data: bytes, source: str, limits: Limits) -> Document:
        """Extract paragraphs, headings and running headers/footers, in reading order."""
        pdf, pages, running, layouts = _laid_out(data, limits)
        if not any(layout.flows for layout in layouts):  # image-only pages, or only page numbers
            raise UnreadableDocument(_NO_TEXT)
        body = _body_blocks(layouts)
        blocks = body + _running_blocks(running, first_index=len(body))
        return Document(
            source=source,
            format=self.format,
            blocks=tuple(blocks),
            metadata=_metadata(pdf.metadata, len(pages)),
        )


def body_lines(data: bytes, limits: Limits) -> dict[int, list[_Line]]:
    """The body lines of each page (by page number) in reading order, exactly as ``read`` builds paragraphs
    from them: what an annotator needs to put a note on the words of a finding."""
    _, pages, _, layouts = _laid_out(data, limits)
    return {page.number: [line for flow in layout.flows for line in flow] for page, layout in zip(pages, layouts, strict=True)}


def _laid_out(data: bytes, limits: Limits) -> tuple[PDF, list[_PageRows], _Running, list[_PageLayout]]:
    """Open, check the limits, and lay out every page: words in lines, running headers set apart, columns in order."""
    deadline = time.monotonic() + limits.max_seconds
    pdf = _open(data)
    _check_declared_pages(pdf.doc, limits)
    pages = [_page_rows(page) for page in _iter_pages(pdf, limits, deadline)]
    running = _running_lines(pages)
    return pdf, pages, running, [_layout(page, running.removed) for page in pages]


# --- opening, limits, metadata -------------------------------------------------


def _open(data: bytes) -> PDF:
    """Open ``data`` with pdfplumber, turning every parser failure into a one-line reason.

    Not used as a context manager: ``PDF.close()`` builds every page first.
    """
    if _EOF_MARK not in data[-_EOF_WINDOW:]:
        raise UnreadableDocument("not a valid PDF: the file is truncated (no end-of-file marker)")
    try:
        return pdfplumber.open(BytesIO(data))
    except PdfminerException as exc:
        if exc.args and isinstance(exc.args[0], PDFEncryptionError):
            raise UnreadableDocument("encrypted PDF: remove the password and save again") from None
        raise _invalid(exc) from None
    except Exception as exc:  # pdfminer raises TypeError, KeyError... on damaged files
        raise _invalid(exc) from None


def _invalid(exc: BaseException, page: int | None = None) -> UnreadableDocument:
    """A short reason naming the kind of damage, never the exception text (it may quote the file)."""
    if isinstance(exc, PdfminerException) and exc.args and isinstance(exc.args[0], BaseException):
        exc = exc.args[0]  # pdfplumber wraps pdfminer's exception
    if isinstance(exc, (PSEOF, EOFError)):
        what = "unexpected end of data"
    elif isinstance(exc, PDFNoValidXRef):
        what = "no valid cross-reference table"
    elif isinstance(exc, PSException):
        what = "syntax error"
    elif isinstance(exc, RecursionError):
        what = "nesting too deep"
    else:
        what = "damaged structure"
    where = f" on page {page}" if page is not None else ""
    return UnreadableDocument(f"not a valid PDF: {what}{where}")


def _check_declared_pages(doc: PDFDocument, limits: Limits) -> None:
    """Refuse a document whose page tree declares more pages than allowed, before reading any."""
    try:
        count = resolve1(resolve1(doc.catalog.get("Pages")).get("Count"))
    except Exception:  # a damaged /Count is found out while the pages are read
        return
    if isinstance(count, int) and count > limits.max_pages:
        raise UnreadableDocument(f"{count} pages, more than the limit of {limits.max_pages} (max-pages)")


def _iter_pages(pdf: PDF, limits: Limits, deadline: float) -> Iterator[Page]:
    """Pages one at a time, checking the page limit and the time budget before each.

    ``pdf.pages`` would build every page object up front, which is what a
    hostile page tree wants.
    """
    objects = PDFPage.create_pages(pdf.doc)
    for number in itertools.count(1):
        if time.monotonic() > deadline:
            raise UnreadableDocument(
                f"reading took longer than {limits.max_seconds:g} s (max-seconds); the PDF may be damaged"
            )
        try:
            page_obj = next(objects, None)
            if page_obj is None:
                return
            if number > limits.max_pages:
                raise UnreadableDocument(f"more than {limits.max_pages} pages, the limit (max-pages)")
            page = Page(pdf, page_obj, page_number=number)
        except UnreadableDocument:
            raise
        except Exception as exc:  # see _open
            raise _invalid(exc, number) from None
        yield page


def _metadata(info: dict[str, Any], page_count: int) -> DocumentMetadata:
    """The document information dictionary's properties, as given (dates stay in PDF form)."""

    def text(key: str) -> str | None:
        value = info.get(key)
        return (value.strip() or None) if isinstance(value, str) else None

    return DocumentMetadata(
        title=text("Title"),
        author=text("Author"),
        creator_tool=text("Creator"),
        producer=text("Producer"),
        created=text("CreationDate"),
        modified=text("ModDate"),
        page_count=page_count,
    )


# --- words and lines ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass(frozen=True, slots=True)
class _Line:
    """Words on one baseline, left to right, with the measures the layout rules use.

    ``top``/``bottom``/``size`` come from the words of the line's dominant
    size, so a footnote mark does not move the line.
    """

    words: tuple[_Word, ...]
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass
class _PageRows:
    number: int
    top: float
    bottom: float
    """The page's top and bottom edges, in the words' coordinates."""
    rows: list[_Line]


def _page_rows(page: Page) -> _PageRows:
    """The page's visible upright words grouped into full-width rows; frees pdfplumber's caches."""
    try:
        chars = _chars(page)
        x0, top, x1, bottom = (float(v) for v in page.bbox)
    except Exception as exc:  # see _open
        raise _invalid(exc, page.page_number) from None
    finally:
        page.close()
    raw = extract_words(_dedupe(chars), extra_attrs=["fontname", "size"])
    visible = (w for w in raw if w["x1"] > x0 and w["x0"] < x1 and w["bottom"] > top and w["top"] < bottom)
    words = [_word(w) for w in visible if w["upright"] and w["text"].strip()]
    return _PageRows(page.page_number, top, bottom, _group_lines(words))


def _chars(page: Page) -> list[dict[str, Any]]:
    """Glyphs as the dicts pdfplumber's word extractor reads, taken from ``page.layout``.

    ``page.chars`` gives the same glyphs but converts every attribute of each
    (colours, matrices, marked content), which makes it four to five times
    slower: 20 s instead of 4 s for 100 full pages. The coordinates are
    converted as pdfplumber does (origin at the top left of the MediaBox).
    """
    layout = page.layout
    height = float(page.height)
    x_shift, y_shift = float(page.mediabox[0]), float(page.mediabox[1])
    return [
        {
            "text": glyph.get_text(),
            "x0": glyph.x0 + x_shift,
            "x1": glyph.x1 + x_shift,
            "top": height - glyph.y1 + y_shift,
            "bottom": height - glyph.y0 + y_shift,
            "doctop": height - glyph.y1 + y_shift,
            "upright": bool(glyph.upright),
            "fontname": str(glyph.fontname),
            "size": float(glyph.size),
        }
        for glyph in _glyphs(layout)
    ]


def _glyphs(container: LTContainer[Any]) -> Iterator[LTChar]:
    """Every character of the layout, including those inside form XObjects (figures)."""
    for item in container:
        if isinstance(item, LTChar):
            yield item
        elif isinstance(item, LTContainer):
            yield from _glyphs(item)


def _dedupe(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop glyphs drawn again within 1 pt of an identical one (fake bold, overprint).

    The rule of ``Page.dedupe_chars()``, whose final ``sorted(..., key=chars.index)``
    is quadratic (about a second per full page). Here each kept glyph is filed,
    per look (text, font, size, direction), in a grid of 8-pt cells; a glyph
    is a duplicate when a cell within 1 pt of it holds a kept glyph within
    1 pt. Kept glyphs of one look are over 1 pt apart, so a cell holds a
    bounded number of them: linear, even on hostile input.
    """
    kept: list[dict[str, Any]] = []
    grids: dict[tuple[Any, ...], dict[tuple[int, int], list[tuple[float, float]]]] = {}
    for char in chars:
        top, x0 = char["top"], char["x0"]
        grid = grids.setdefault((char["text"], char["fontname"], char["size"], char["upright"]), {})
        rows = {int((top - _DEDUPE_PT) // _DEDUPE_CELL), int((top + _DEDUPE_PT) // _DEDUPE_CELL)}
        cols = {int((x0 - _DEDUPE_PT) // _DEDUPE_CELL), int((x0 + _DEDUPE_PT) // _DEDUPE_CELL)}
        if any(
            abs(top - t) <= _DEDUPE_PT and abs(x0 - x) <= _DEDUPE_PT
            for row in rows
            for col in cols
            for t, x in grid.get((row, col), ())
        ):
            continue
        grid.setdefault((int(top // _DEDUPE_CELL), int(x0 // _DEDUPE_CELL)), []).append((top, x0))
        kept.append(char)
    return kept


def _word(raw: dict[str, Any]) -> _Word:
    """A compact word; bold when the font's name says so ("ABCDEF+Arial-BoldMT")."""
    font = raw["fontname"].rpartition("+")[2].lower()
    return _Word(
        text=raw["text"],
        x0=raw["x0"],
        x1=raw["x1"],
        top=raw["top"],
        bottom=raw["bottom"],
        size=raw["size"] or raw["bottom"] - raw["top"],
        bold=any(name in font for name in _BOLD_NAMES),
    )


def _group_lines(words: Iterable[_Word]) -> list[_Line]:
    """Group words into lines, top to bottom.

    Words are taken in order of their top edge; a word joins the current
    line when their vertical extents overlap by half the smaller height, so
    superscripts and mixed sizes stay on their line. Linear after the sort.
    """
    lines: list[list[_Word]] = []
    top = bottom = 0.0
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        overlap = min(bottom, word.bottom) - max(top, word.top)
        if lines and overlap >= 0.5 * min(bottom - top, word.bottom - word.top):
            lines[-1].append(word)
            top, bottom = min(top, word.top), max(bottom, word.bottom)
        else:
            lines.append([word])
            top, bottom = word.top, word.bottom
    return [_make_line(line) for line in lines]


def _make_line(words: list[_Word]) -> _Line:
    """Build a line from its words (any order)."""
    words = sorted(words, key=lambda w: w.x0)
    weight: Counter[float] = Counter()
    for word in words:
        weight[round(word.size, 1)] += len(word.text)
    size = weight.most_common(1)[0][0]
    main = [w for w in words if round(w.size, 1) == size]
    chars = sum(len(w.text) for w in words)
    bold = sum(len(w.text) for w in words if w.bold) >= _BOLD_SHARE * chars
    return _Line(
        words=tuple(words),
        text=_join_words(words),
        x0=words[0].x0,
        x1=max(w.x1 for w in words),
        top=min(w.top for w in main),
        bottom=max(w.bottom for w in main),
        size=size,
        bold=bold,
    )


def _join_words(words: list[_Word]) -> str:
    """Words separated by one space, except words that touch (a font change inside a word)."""
    parts = [words[0].text]
    for prev, word in itertools.pairwise(words):
        if word.x0 - prev.x1 >= _TOUCH_EM * word.size:
            parts.append(" ")
        parts.append(word.text)
    return "".join(parts)


# --- running headers and footers ------------------------------------------------------


@dataclass
class _Running:
    """Repeated header/footer lines: the first occurrence of each, and every word to drop."""

    headers: list[tuple[int, _Line]] = field(default_factory=list)
    footers: list[tuple[int, _Line]] = field(default_factory=list)
    removed: set[int] = field(default_factory=set)
    """``id()`` of words that are not body text (running lines and page numbers)."""


def _running_lines(pages: list[_PageRows]) -> _Running:
    """Find lines repeated in the top or bottom band (digits masked) and bare page numbers.

    One pass to count, for each masked text, the pages it appears on (a dict,
    so linear in the number of band lines), one to collect.
    """
    candidates: list[tuple[int, str, str, _Line]] = []
    running = _Running()
    for page in pages:
        for band, segment in _band_segments(page):
            if _PAGE_NUMBER.fullmatch(segment.text):
                running.removed.update(id(w) for w in segment.words)
            else:
                key = " ".join(_DIGITS.sub("#", segment.text).split()).casefold()
                candidates.append((page.number, band, key, segment))
    pages_with = Counter((band, key) for _, band, key in {c[:3] for c in candidates})
    text_pages = sum(1 for page in pages if page.rows)
    needed = max(_MIN_REPEAT_PAGES, math.ceil(text_pages / 2))
    seen: set[tuple[str, str]] = set()
    for number, band, key, segment in candidates:
        if pages_with[band, key] < needed:
            continue
        running.removed.update(id(w) for w in segment.words)
        if (band, key) not in seen:
            seen.add((band, key))
            (running.headers if band == "header" else running.footers).append((number, segment))
    return running


def _band_segments(page: _PageRows) -> Iterator[tuple[str, _Line]]:
    """Pieces of the lines in the header and footer bands, cut at gaps wider than two em."""
    band_height = _BAND * (page.bottom - page.top)
    for row in page.rows:
        if row.top < page.top + band_height:
            band = "header"
        elif row.bottom > page.bottom - band_height:
            band = "footer"
        else:
            continue
        for segment in _segments(row):
            yield band, segment


def _segments(row: _Line) -> list[_Line]:
    """Split a row where the space between two words exceeds two em."""
    pieces: list[list[_Word]] = [[row.words[0]]]
    for prev, word in itertools.pairwise(row.words):
        if word.x0 - prev.x1 > _SEGMENT_GAP_EM * max(prev.size, word.size):
            pieces.append([])
        pieces[-1].append(word)
    return [_make_line(piece) for piece in pieces]


def _running_blocks(running: _Running, first_index: int) -> list[Block]:
    """HEADER then FOOTER blocks, each distinct line once, at the page it first appears on."""
    blocks: list[Block] = []
    for kind, found in ((BlockKind.HEADER, running.headers), (BlockKind.FOOTER, running.footers)):
        for counter, (page, line) in enumerate(found, start=1):
            location = Location(paragraph=counter, page=page, part=kind.value)
            blocks.append(Block(first_index + len(blocks), kind, line.text, location))
    return blocks


# --- reading order -----------------------------------------------------------------------


@dataclass
class _PageLayout:
    number: int
    flows: list[list[_Line]]
    """Runs of lines read top to bottom (a column of a band, or a full-width band), in reading order."""


def _layout(page: _PageRows, removed: set[int]) -> _PageLayout:
    """The page's body lines in reading order, running lines and page numbers taken out."""
    words = [w for row in page.rows for w in row.words if id(w) not in removed]
    rows = _group_lines(words)
    gutter = _find_gutter(rows)
    if gutter is None:
        return _PageLayout(page.number, [rows] if rows else [])
    return _PageLayout(page.number, _column_flows(rows, gutter))


def _find_gutter(rows: list[_Line]) -> tuple[float, float] | None:
    """The x-range between two columns, or None for a single-column page (rules: module docstring)."""
    if len(rows) < 2 * _MIN_SIDE_LINES:
        return None
    left, right = min(r.x0 for r in rows), max(r.x1 for r in rows)
    step = max(1.0, (right - left) / _MAX_BINS)
    coverage = _coverage(rows, left, right, step)
    allowed = int(_MAX_CROSSING_SHARE * len(rows))
    min_width = max(_MIN_GUTTER_PT, statistics.median(r.size for r in rows))
    lo, hi = (left + share * (right - left) for share in _GUTTER_ZONE)
    candidates = [
        (start, end)
        for start, end in _free_runs(coverage, allowed, left, step)
        if end - start >= min_width and lo <= (start + end) / 2 <= hi
    ]
    best = max(candidates, key=lambda run: run[1] - run[0], default=None)
    if best is None or not _columns_hold(rows, best, allowed):
        return None
    return best


def _free_runs(coverage: list[int], allowed: int, left: float, step: float) -> Iterator[tuple[float, float]]:
    """The x-ranges where at most ``allowed`` rows have a word."""
    for free, run in itertools.groupby(enumerate(coverage), key=lambda item: item[1] <= allowed):
        if free:
            bins = [index for index, _ in run]
            yield left + bins[0] * step, left + (bins[-1] + 1) * step


def _coverage(rows: list[_Line], left: float, right: float, step: float) -> list[int]:
    """For each ``step``-pt slice of ``left..right``, how many rows have a word over it."""
    diff = [0] * (int((right - left) / step) + 2)
    for row in rows:
        for start, end in _spans(row):
            diff[int((start - left) / step)] += 1
            diff[int((end - left) / step) + 1] -= 1
    return list(itertools.accumulate(diff))[:-1]


def _spans(row: _Line) -> Iterator[tuple[float, float]]:
    """The row's word boxes merged where they overlap, so each row counts once per slice."""
    start, end = row.words[0].x0, row.words[0].x1
    for word in row.words[1:]:
        if word.x0 > end:
            yield start, end
            start = word.x0
        end = max(end, word.x1)
    yield start, end


def _columns_hold(rows: list[_Line], gutter: tuple[float, float], allowed: int) -> bool:
    """Few rows cross the gutter, and the text on each side of it reads as a column of prose."""
    inside = [row for row in rows if not _crosses(row, gutter)]
    if len(rows) - len(inside) > allowed:
        return False
    left = [words for row in inside if (words := [w for w in row.words if w.x1 <= gutter[0]])]
    right = [words for row in inside if (words := [w for w in row.words if w.x0 >= gutter[1]])]
    return _is_prose(left) and _is_prose(right)


def _crosses(row: _Line, gutter: tuple[float, float]) -> bool:
    """True when a word of ``row`` lies (partly) inside the gutter."""
    return any(w.x1 > gutter[0] and w.x0 < gutter[1] for w in row.words)


def _is_prose(lines: list[list[_Word]]) -> bool:
    """True for lines that read as running text, not as the cells of a table.

    At least three lines; most of them reach the column's right edge (ragged
    or justified text does, short cells do not); a typical line has four
    words or more; and hardly any line has a gap wider than two em inside it
    (the space between two table cells).
    """
    if len(lines) < _MIN_SIDE_LINES:
        return False
    column_left = min(words[0].x0 for words in lines)
    ends = [words[-1].x1 for words in lines]
    reach = max(ends) - _FULL_LINE_SHARE * (max(ends) - column_left)
    full = sum(1 for end in ends if end >= reach)
    gapped = sum(1 for words in lines if _widest_gap(words) > _SEGMENT_GAP_EM * words[0].size)
    return (
        full >= _MIN_FULL_LINES * len(lines)
        and statistics.median(len(words) for words in lines) >= _MIN_PROSE_WORDS
        and gapped <= _MAX_GAPPED_SHARE * len(lines)
    )


def _widest_gap(words: list[_Word]) -> float:
    """The widest horizontal space between consecutive words of a line (0 for one word)."""
    return max((b.x0 - a.x1 for a, b in itertools.pairwise(words)), default=0.0)


def _column_flows(rows: list[_Line], gutter: tuple[float, float]) -> list[list[_Line]]:
    """Bands of rows cut by gutter-crossing rows; each two-column band read left, then right."""
    flows: list[list[_Line]] = []
    for crossing, band in itertools.groupby(rows, key=lambda row: _crosses(row, gutter)):
        band_rows = list(band)
        if crossing:
            flows.append(band_rows)
            continue
        words = [w for row in band_rows for w in row.words]
        middle = (gutter[0] + gutter[1]) / 2
        for side in ([w for w in words if w.x1 <= middle], [w for w in words if w.x1 > middle]):
            if side:
                flows.append(_group_lines(side))
    return flows


# --- paragraphs and headings ----------------------------------------------------------


@dataclass(frozen=True)
class _Paragraph:
    page: int
    first_line: int
    """1-based number, on its page, of the paragraph's first body line."""
    lines: tuple[_Line, ...]

    @property
    def text(self) -> str:
        return _paragraph_text([line.text for line in self.lines])


def _body_blocks(layouts: list[_PageLayout]) -> list[Block]:
    """Paragraph and heading blocks of every page, in reading order, numbered across the document."""
    body_lines = [line for layout in layouts for flow in layout.flows for line in flow]
    body_size, body_bold = _body_font(body_lines)
    default_pitch = _median_pitch(layouts) or 1.2 * body_size
    paragraphs = [p for layout in layouts for p in _page_paragraphs(layout, default_pitch)]
    heading_sizes = [p.lines[0].size if _is_heading(p, body_size, body_bold) else None for p in paragraphs]
    top_size = max((size for size in heading_sizes if size is not None), default=0.0)
    blocks: list[Block] = []
    for index, (run, size) in enumerate(_over_page_breaks(paragraphs, heading_sizes)):
        first = run[0]
        text = _paragraph_text([line.text for para in run for line in para.lines])
        level = None if size is None else (1 if size >= top_size - 0.5 else 2)
        location = Location(
            paragraph=index + 1,
            label=paragraph_label(text),
            page=first.page,
            line=first.first_line,
            end_line=first.first_line + len(first.lines) - 1 if len(run) == 1 else None,
        )
        kind = BlockKind.PARAGRAPH if level is None else BlockKind.HEADING
        turns = _page_turns(text, run)
        blocks.append(Block(index=index, kind=kind, text=text, location=location, heading_level=level, page_turns=turns))
    return blocks


def _over_page_breaks(
    paragraphs: list[_Paragraph], heading_sizes: list[float | None]
) -> list[tuple[list[_Paragraph], float | None]]:
    """The paragraphs grouped into blocks, each with its heading size: the last paragraph of a page and the
    first of the next are one block when the sentence visibly runs on (rules: `_runs_on`)."""
    runs: list[tuple[list[_Paragraph], float | None]] = []
    for index, (para, size) in enumerate(zip(paragraphs, heading_sizes, strict=True)):
        if runs and size is None and _runs_on(runs[-1][0][-1], para, heading_sizes[index - 1]):
            runs[-1][0].append(para)
        else:
            runs.append(([para], size))
    return runs


def _runs_on(before: _Paragraph, after: _Paragraph, heading_before: float | None) -> bool:
    """True when ``after``, first on its page, continues ``before``, last on the page before.

    ``before`` fills its last line to the margin and ends without sentence
    punctuation (a sentence, or a word, cut by the page break); ``after``
    carries no paragraph number and is set in the same font. An address or a
    signature line ends without punctuation too, but stops short of the margin.
    """
    if heading_before is not None or after.page != before.page + 1 or after.first_line != 1 or len(before.lines) < 2:
        return False
    last, following = before.lines[-1], after.lines[0]
    if abs(last.size - following.size) > _SIZE_CHANGE * max(last.size, following.size) or last.bold != following.bold:
        return False
    ending = last.text.rstrip(_CLOSERS)[-1:]
    if not ending or ending in _LIST_LEAD_END or paragraph_label(following.text) is not None:
        return False
    left = min(line.x0 for line in before.lines)
    width = max(line.x1 for line in before.lines) - left
    return last.x1 >= left + _SHORT_LAST_LINE * width


def _page_turns(text: str, run: list[_Paragraph]) -> tuple[PageTurn, ...]:
    """Where each later page of a block's run starts in its joined ``text``."""
    starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
    turns = []
    line = 0
    for para, following in itertools.pairwise(run):
        line += len(para.lines)
        if line < len(starts):  # a rejoined hyphenated word can take the next page's whole first line
            turns.append(PageTurn(offset=starts[line], page=following.page, line=following.first_line))
    return tuple(turns)


def _body_font(lines: list[_Line]) -> tuple[float, bool]:
    """The body text's size (median weighted by characters) and whether most of it is bold."""
    weighted = sorted((line.size, len(line.text)) for line in lines)
    total = sum(weight for _, weight in weighted)
    running = 0
    size = weighted[-1][0]
    for line_size, weight in weighted:
        running += weight
        if running * 2 >= total:
            size = line_size
            break
    bold = sum(len(line.text) for line in lines if line.bold) * 2 > total
    return size, bold


def _pitches(layout: _PageLayout) -> list[float]:
    """Baseline-to-baseline distances between consecutive lines of each flow of the page."""
    pairs = (pair for flow in layout.flows for pair in itertools.pairwise(flow))
    return [b.bottom - a.bottom for a, b in pairs if b.bottom > a.bottom]


def _median_pitch(layouts: list[_PageLayout]) -> float | None:
    """The document's median line pitch, for pages with too few lines to have their own."""
    pitches = [p for layout in layouts for p in _pitches(layout)]
    return statistics.median(pitches) if pitches else None


def _page_paragraphs(layout: _PageLayout, default_pitch: float) -> Iterator[_Paragraph]:
    """Split each flow of the page into paragraphs; line numbers run on across the flows."""
    pitches = _pitches(layout)
    pitch = statistics.median(pitches) if len(pitches) >= 3 else default_pitch
    number = 1
    for flow in layout.flows:
        left = min(line.x0 for line in flow)
        width = max(line.x1 for line in flow) - left
        start = 0
        for i in range(1, len(flow) + 1):
            below = flow[i + 1] if i + 1 < len(flow) else None
            if i == len(flow) or _starts_paragraph(flow[i - 1], flow[i], below, pitch, left, width):
                yield _Paragraph(layout.number, number + start, tuple(flow[start:i]))
                start = i
        number += len(flow)


def _starts_paragraph(prev: _Line, line: _Line, below: _Line | None, pitch: float, left: float, width: float) -> bool:
    """True when ``line`` begins a new paragraph after ``prev`` (rules: module docstring, step 4).

    ``below`` is the line after ``line``: a first-line indent is only an
    indent if the text below returns to the left, otherwise ``line`` is the
    continuation of a numbered paragraph with a hanging indent.
    """
    if line.bottom - prev.bottom > _PARAGRAPH_PITCH * pitch:
        return True
    if abs(line.size - prev.size) > _SIZE_CHANGE * max(line.size, prev.size) or line.bold != prev.bold:
        return True
    ending = prev.text.rstrip(_CLOSERS)[-1:]
    if not ending:
        return False
    short = prev.x1 < left + _SHORT_LAST_LINE * width and not _wrapped_early(prev, line, left + width)
    em = _INDENT_EM * line.size
    indented = (
        below is not None and prev.x0 + em <= line.x0 and below.x0 <= line.x0 - em and not _hangs_under(prev, line)
    )
    if ending in _SENTENCE_END and (short or indented):
        return True
    return ending in _LIST_LEAD_END and paragraph_label(line.text) is not None


def _hangs_under(prev: _Line, line: _Line) -> bool:
    """True when ``line`` starts where the text after ``prev``'s paragraph number starts: the hanging indent
    of a numbered paragraph ("7.  Mohd Azlan ... card No." / "    780412-10-5523 ..."), not a first-line indent."""
    if paragraph_label(prev.text) is None or len(prev.words) < 2:
        return False
    return abs(line.x0 - prev.words[1].x0) <= 0.2 * line.size


def _wrapped_early(prev: _Line, line: _Line, right: float) -> bool:
    """True when ``line``'s first word would not have fitted after ``prev``: the line was broken by wrapping
    a long word ("... identity card No." / "780412-10-5523, of ..."), not by the end of a paragraph."""
    first = line.words[0]
    space = 0.25 * first.size  # a word space is about a quarter of an em in text fonts
    return prev.x1 + space + (first.x1 - first.x0) > right


def _paragraph_text(lines: list[str]) -> str:
    """Lines joined by "\\n", with words hyphenated at a line end rejoined.

    The rest of the word moves up to its first part, so every other word
    keeps its line ("investi-\\ngation of" becomes "investigation\\nof"). When
    the rest was alone on its line that line disappears, and a span in the
    lines below is reported one line early: rare, and better than a blank
    line inside a paragraph.
    """
    out = [lines[0]]
    for line in lines[1:]:
        if _hyphenated(out[-1], line):
            head, _, rest = line.partition(" ")
            out[-1] = out[-1][:-1] + head
            if rest:
                out.append(rest)
        else:
            out.append(line)
    return "\n".join(out)


def _hyphenated(line: str, following: str) -> bool:
    """True for a word broken at the end of ``line``.

    A hyphen after a letter, with a lower-case start below, so "Smith-" over
    "Jones" and "pre-" over "2020" keep their hyphen; a soft hyphen always joins.
    """
    if line.endswith("\u00ad"):
        return following[:1].isalpha()
    return len(line) >= 2 and line[-1] in "-\u2010" and line[-2].isalpha() and following[:1].islower()


def _is_heading(para: _Paragraph, body_size: float, body_bold: bool) -> bool:
    """One line with a heading's shape, set larger or bolder than the body, or worded as a heading."""
    if len(para.lines) != 1:
        return False
    line = para.lines[0]
    if not has_heading_shape(line.text):
        return False
    larger = line.size >= _HEADING_SIZE * body_size
    bolder = line.bold and not body_bold
    return larger or bolder or is_heading_text(line.text)
