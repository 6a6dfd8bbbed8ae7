"""Highlights with pop-up notes on the offending words of a linted PDF.

Word positions come from the reader's own pipeline
(`mla_lint.readers.pdf_reader`: pdfplumber words, running headers and
footers taken out, columns in reading order), so "page 3, line 5" of a
finding is the very line the reader numbered. Within a paragraph the
finding's character span is cut into lines (the paragraph's text keeps its
line breaks) and each line's words are matched to the characters they
produced; the words overlapping the span are highlighted, one quad per line.

The annotations are written with pypdf (the rest of the file is copied as
it is): a ``/Highlight`` with the note as ``/Contents``, author ``mla-lint``
in ``/T`` and the rule code in ``/Subj``, and a ``/Popup`` to show it.
Whole-document findings, and findings the words cannot be found for, become
``/Text`` notes (sticky notes) in the top left margin of page 1 (or of their
page).
"""

from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Highlight, Popup, Text
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from mla_lint.annotate import AUTHOR, note_for
from mla_lint.findings import Finding, Severity
from mla_lint.limits import Limits
from mla_lint.model import Block
from mla_lint.readers import pdf_reader as reader
from mla_lint.report import FileReport, RuleInfo

COLOURS = {Severity.ERROR: "ff8080", Severity.WARNING: "ffe066", Severity.INFO: "9fd3ff"}
_PRINT = 4
_Box = tuple[float, float, float, float]
"""x0, top, x1, bottom in pdfplumber's coordinates (origin top left)."""


def _word_spans(line: Any, text: str, skip_first: bool = False) -> list[tuple[int, int, Any]]:
    """Character ranges of ``text`` (the paragraph's version of the line) produced by each word.

    ``skip_first``: the line's first word has moved up to the line above (the
    rest of a word hyphenated there), so it is not in ``text``.
    """
    spans: list[tuple[int, int, Any]] = []
    cursor = 0
    for word in line.words[1:] if skip_first else line.words:
        for candidate in (word.text, word.text.rstrip("-\u2010\u00ad")):
            at = text.find(candidate, cursor) if candidate else -1
            if at >= 0:
                spans.append((at, at + len(candidate), word))
                cursor = at + len(candidate)
                break
    return spans


def _joined(line: Any, text: str) -> bool:
    """True when the reader rejoined a word hyphenated at the end of ``line`` (its rest moved up into ``text``)."""
    last = line.words[-1].text
    return last[-1:] in ("-", "\u2010", "\u00ad") and not text.endswith(last)


def _boxes(finding: Finding, block: Block, lines: dict[int, list[Any]]) -> list[_Box]:
    """One box per line of the finding's span on the page where it starts: the words it covers (a rejoined
    word's rest on its own line). A span that runs on over a page break is marked on its first page."""
    loc = finding.location
    if loc is None or loc.page is None or loc.line is None:
        return []
    page_lines = lines.get(loc.page, [])
    start = loc.start if loc.start is not None else 0
    end = loc.end if loc.end is not None else len(block.text)
    boxes: list[_Box] = []
    offset = 0
    skip_first = False
    for text in block.text.split("\n"):
        lo, hi = max(start, offset) - offset, min(end, offset + len(text)) - offset
        page, first_line, part_start = block.page_at(offset)
        if page != loc.page:
            offset += len(text) + 1
            continue
        number = first_line + block.text.count("\n", part_start, offset)
        if not 1 <= number <= len(page_lines):
            break
        line = page_lines[number - 1]
        spans = _word_spans(line, text, skip_first)
        skip_first = _joined(line, text) and number < len(page_lines)
        if lo < hi:
            parts = [_part(a, b, w, lo, hi) for a, b, w in spans if a < hi and b > lo]
            if parts:
                boxes.append(_union(parts))
            tail = max((b for _, b, _ in spans), default=0)
            if skip_first and hi > tail:  # the span reaches into the rest of the hyphenated word
                rest = page_lines[number].words[0]
                boxes.append(_part(tail, len(text), rest, max(lo, tail), hi))
        offset += len(text) + 1
    return boxes


def _union(parts: list[_Box]) -> _Box:
    return min(p[0] for p in parts), min(p[1] for p in parts), max(p[2] for p in parts), max(p[3] for p in parts)


def _part(a: int, b: int, word: Any, lo: int, hi: int) -> _Box:
    """The part of a word's box holding its characters ``lo:hi`` (glyph widths taken as equal)."""
    width = (word.x1 - word.x0) / max(1, b - a)
    x0 = word.x0 + width * max(0, lo - a)
    x1 = word.x1 - width * max(0, b - hi)
    return x0, word.top, x1, word.bottom


def _user_space(box: _Box, page: Any) -> tuple[float, float, float, float]:
    """pdfplumber's top-left coordinates to PDF user space (x0, y0, x1, y1), as the reader converted them."""
    x0, top, x1, bottom = box
    mb = page.mediabox
    upper = float(mb.top) + float(mb.bottom)
    return x0, upper - bottom, x1, upper - top


def annotate_pdf(
    data: bytes, file_report: FileReport, rules: Mapping[str, RuleInfo], limits: Limits
) -> tuple[bytes, int]:
    """The annotated PDF as bytes, and how many notes were added."""
    document = file_report.document
    assert document is not None
    blocks = {(b.location.part, b.location.paragraph): b for b in document.blocks}
    lines = reader.body_lines(data, limits)
    writer = PdfWriter(clone_from=PdfReader(BytesIO(data)))
    margin_notes: dict[int, int] = {}
    count = 0
    for finding in file_report.findings:
        loc = finding.location
        block = blocks.get((loc.part, loc.paragraph)) if loc is not None else None
        boxes = _boxes(finding, block, lines) if block is not None and loc is not None and loc.part == "body" else []
        page_number = loc.page if loc is not None and loc.page else 1
        page_number = min(max(page_number, 1), len(writer.pages))
        where = None if boxes or loc is None else loc.describe()
        note = note_for(finding, rules, where=where)
        page = writer.pages[page_number - 1]
        if boxes:
            _highlight(writer, page_number - 1, page, boxes, finding, note.text)
        else:
            _sticky_note(writer, page_number - 1, page, margin_notes.get(page_number, 0), finding, note.text)
            margin_notes[page_number] = margin_notes.get(page_number, 0) + 1
        count += 1
    out = BytesIO()
    writer.write(out)
    return out.getvalue(), count


def _common(annotation: Any, finding: Finding, text: str) -> None:
    annotation[NameObject("/Contents")] = TextStringObject(text)
    annotation[NameObject("/T")] = TextStringObject(AUTHOR)
    annotation[NameObject("/Subj")] = TextStringObject(finding.code)
    annotation[NameObject("/NM")] = TextStringObject(f"mla-lint-{id(finding):x}")
    annotation[NameObject("/F")] = NumberObject(_PRINT)


def _highlight(writer: PdfWriter, index: int, page: Any, boxes: list[_Box], finding: Finding, text: str) -> None:
    rects = [_user_space(box, page) for box in boxes]
    quads: list[float] = []
    for x0, y0, x1, y1 in rects:
        quads.extend([x0, y1, x1, y1, x0, y0, x1, y0])
    bbox = (min(r[0] for r in rects), min(r[1] for r in rects), max(r[2] for r in rects), max(r[3] for r in rects))
    highlight = Highlight(
        rect=bbox,
        quad_points=ArrayObject(FloatObject(q) for q in quads),
        highlight_color=COLOURS[finding.severity],
        printing=True,
    )
    _common(highlight, finding, text)
    highlight[NameObject("/AP")] = DictionaryObject(
        {NameObject("/N"): writer._add_object(_appearance(rects, bbox, COLOURS[finding.severity]))}
    )
    added = writer.add_annotation(index, highlight)
    _popup(writer, index, page, added, bbox[3])


def _appearance(rects: list[tuple[float, float, float, float]], bbox: tuple[float, float, float, float], colour: str) -> DecodedStreamObject:
    """The highlight drawn as a form XObject (multiply blend), for viewers that do not draw one themselves."""
    r, g, b = (c / 255 for c in bytes.fromhex(colour))
    ops = ["/GS0 gs", f"{r:.3f} {g:.3f} {b:.3f} rg"]
    ops += [f"{x0:.2f} {y0:.2f} {x1 - x0:.2f} {y1 - y0:.2f} re f" for x0, y0, x1, y1 in rects]
    stream = DecodedStreamObject()
    stream.set_data("\n".join(ops).encode("ascii"))
    state = DictionaryObject({NameObject("/Type"): NameObject("/ExtGState"), NameObject("/BM"): NameObject("/Multiply")})
    stream.update({
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Form"),
        NameObject("/BBox"): ArrayObject(FloatObject(v) for v in bbox),
        NameObject("/Resources"): DictionaryObject(
            {NameObject("/ExtGState"): DictionaryObject({NameObject("/GS0"): state})}
        ),
    })
    return stream


def _sticky_note(writer: PdfWriter, index: int, page: Any, nth: int, finding: Finding, text: str) -> None:
    mb = page.mediabox
    x0 = float(mb.left) + 6
    y1 = float(mb.top) - 6 - 24 * nth
    note = Text(rect=(x0, y1 - 20, x0 + 20, y1), text=text, open=False)
    _common(note, finding, text)
    note[NameObject("/Name")] = NameObject("/Comment")
    note[NameObject("/C")] = ArrayObject(FloatObject(c / 255) for c in bytes.fromhex(COLOURS[finding.severity]))
    added = writer.add_annotation(index, note)
    _popup(writer, index, page, added, y1)


def _popup(writer: PdfWriter, index: int, page: Any, parent: Any, top: float) -> None:
    """A closed pop-up in the right margin next to the note (viewers open it on a click)."""
    mb = page.mediabox
    right = float(mb.right)
    rect = (right - 220, max(float(mb.bottom), top - 120), right - 10, top)
    popup = writer.add_annotation(index, Popup(rect=rect, parent=parent, open=False))
    parent[NameObject("/Popup")] = popup.indirect_reference


def annotations_of(data: bytes) -> list[dict[str, Any]]:
    """Every mla-lint annotation of a PDF: page (1-based), subtype, code, contents, rect (for tests and tools)."""
    found: list[dict[str, Any]] = []
    for number, page in enumerate(PdfReader(BytesIO(data)).pages, start=1):
        for ref in page.get("/Annots") or []:
            annotation = ref.get_object()
            if annotation.get("/T") != AUTHOR:
                continue
            found.append({
                "page": number,
                "subtype": str(annotation.get("/Subtype")),
                "code": str(annotation.get("/Subj", "")),
                "contents": str(annotation.get("/Contents", "")),
                "rect": [float(v) for v in annotation.get("/Rect", [])],
                "quads": [float(v) for v in annotation.get("/QuadPoints", [])],
            })
    return found
