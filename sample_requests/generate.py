"""Write the sample MLA requests of this directory and the findings expected on each.

Run from anywhere with the project's environment::

    python sample_requests/generate.py

Each sample in `sample_texts.SAMPLES` is rendered as .docx (python-docx), .pdf
(reportlab) or .txt next to this script, together with ``<name>.expected.json``
and the directory's README.md. Output is byte-identical on every run: document
properties, zip timestamps and PDF metadata are fixed.

Expected findings are derived from the rendered body, block by block, the way the
readers count it (see README.md): an MLA202 finding for each declared placeholder
at the block that holds it, and an MLA110 finding when the sample has no
confidentiality clause, and MLA206 findings for the tracked changes, comments,
hidden text and personal properties a .docx sample declares (one per kind).
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator
from xml.sax.saxutils import escape

import docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run as DocxRun
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
)
from sample_model import (
    Deletion,
    Heading,
    Insertion,
    Item,
    Lines,
    Numbered,
    Para,
    Sample,
    Table,
    Title,
)
from sample_texts import SAMPLES

from mla_lint.sample_kit import reproducible_package

OUT_DIR = Path(__file__).resolve().parent
TXT_WIDTH = 76
"""Column at which text samples are wrapped."""
NBSP = "\u00a0"
KEEP_WHOLE = re.compile(r"\+\d{1,3}(?: \d{1,5}){1,4}\b|\b[A-Z]{2}\d{2}(?: [A-Z0-9]{1,4}){3,8}\b")
"""Telephone numbers and grouped IBANs, which a text sample never breaks across lines."""


@dataclass(frozen=True)
class BodyBlock:
    """One body block as a reader will see it: its text and, for PDF, the pages it is on."""

    text: str
    pages: tuple[int, ...] = ()
    runs_on: tuple[bool, ...] = ()
    """For each page break inside the block, whether the reader joins the two parts (a sentence cut mid-way)."""

    @property
    def page(self) -> int | None:
        """The page the block starts on, or None for formats without pages."""
        return self.pages[0] if self.pages else None


def labelled(items: tuple[Item, ...]) -> Iterator[tuple[Item, str | None]]:
    """Each item with its visible number ("1.", "2.", ...) if it is a numbered paragraph."""
    number = 0
    for item in items:
        if isinstance(item, Numbered):
            number += 1
            yield item, f"{number}."
        else:
            yield item, None


# --------------------------------------------------------------------------- docx


def write_docx(sample: Sample, path: Path) -> list[BodyBlock]:
    """Render ``sample`` as a Word document; return its body blocks."""
    document = docx.Document()
    _setup_docx_page(document)
    for item in sample.items:
        _add_docx_item(document, item)
    section = document.sections[0]
    if sample.running_header:
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
        header.add_run(sample.running_header).bold = True
    if sample.running_footer:
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer.add_run(f"{sample.running_footer} | Page ")
        _add_page_field(footer)
    _add_hidden_content(document, sample)
    properties = document.core_properties
    properties.title = sample.title
    properties.author = sample.author
    properties.last_modified_by = sample.last_modified_by or sample.author
    properties.comments = ""
    properties.revision = 1
    properties.created = sample.date
    properties.modified = sample.date
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(_repackaged(buffer.getvalue(), sample.template))
    return [BodyBlock(text) for item in sample.items for text in _docx_block_texts(item)]


def _setup_docx_page(document: DocxDocument) -> None:
    """A4 pages, Times New Roman 12 pt with space between paragraphs."""
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(8)


def _add_docx_item(document: DocxDocument, item: Item) -> None:
    """Append one content item to the document body."""
    if isinstance(item, Title):
        document.add_paragraph(item.text, style="Title")
    elif isinstance(item, Heading):
        document.add_heading(item.text, level=1)
    elif isinstance(item, Para):
        document.add_paragraph(item.text).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif isinstance(item, Numbered):
        document.add_paragraph(item.text, style="List Number").alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif isinstance(item, Lines):
        paragraph = document.add_paragraph()
        for number, line in enumerate(item.lines):
            run = paragraph.add_run(line)
            if number < len(item.lines) - 1:
                run.add_break()
    else:
        _add_docx_table(document, item)


def _add_docx_table(document: DocxDocument, table: Table) -> None:
    """A grid table whose first row is bold."""
    grid = document.add_table(rows=len(table.rows), cols=len(table.rows[0]))
    grid.style = "Table Grid"
    for row_number, (row, cells) in enumerate(zip(table.rows, grid.rows)):
        for text, cell in zip(row, cells.cells):
            cell.paragraphs[0].add_run(text).bold = row_number == 0


def _add_page_field(paragraph: DocxParagraph) -> None:
    """Append a PAGE field to ``paragraph``, showing "1" until Word updates it."""
    _add_field_char(paragraph, "begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = " PAGE "
    paragraph.add_run()._r.append(instruction)
    _add_field_char(paragraph, "separate")
    paragraph.add_run("1")
    _add_field_char(paragraph, "end")


def _add_field_char(paragraph: DocxParagraph, kind: str) -> None:
    """Append a run holding a field character ("begin", "separate" or "end")."""
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    paragraph.add_run()._r.append(char)


def _docx_block_texts(item: Item) -> list[str]:
    """The body blocks a .docx reader sees for ``item``: one per paragraph, one per table cell."""
    if isinstance(item, Table):
        return [cell for row in item.rows for cell in row]
    if isinstance(item, Lines):
        return ["\n".join(item.lines)]
    return [item.text]


def _add_hidden_content(document: DocxDocument, sample: Sample) -> None:
    """Write the sample's hidden text, comments and tracked changes into the body, dated like the request.

    python-docx has no API for tracked changes or hidden text, so they are written as Word writes them:
    a run marked w:vanish, and w:ins around a run or w:del holding a w:delText run.
    """
    date = sample.date.strftime("%Y-%m-%dT%H:%M:%SZ")
    for hidden in sample.hidden_text:
        run = _isolate(document, hidden.after)
        run._r.addnext(_new_run(hidden.text, "w:t", run, vanish=True))
    for comment in sample.comments:
        run = _isolate(document, comment.anchor)
        initials = "".join(word[0] for word in comment.author.split())
        added = document.add_comment(run, text=comment.text, author=comment.author, initials=initials)
        added._comment_elm.set(qn("w:date"), date)  # python-docx stamps the current time
    for number, revision in enumerate(sample.revisions, start=1):
        change = OxmlElement("w:ins" if isinstance(revision, Insertion) else "w:del")
        for name, value in (("w:id", str(number)), ("w:author", revision.author), ("w:date", date)):
            change.set(qn(name), value)
        if isinstance(revision, Deletion):
            run = _isolate(document, revision.after)
            change.append(_new_run(revision.text, "w:delText", run))
            run._r.addnext(change)
        else:
            run = _isolate(document, revision.text)
            run._r.addprevious(change)
            change.append(run._r)


def _isolate(document: DocxDocument, text: str) -> DocxRun:
    """Split the one body run holding ``text`` so that ``text`` is a run of its own; return it."""
    hits = [(paragraph, run) for paragraph in document.paragraphs for run in paragraph.runs if text in run.text]
    if len(hits) != 1 or hits[0][1].text.count(text) != 1:
        raise ValueError(f"{text!r} must occur once in one run of the body, not {len(hits)} times")
    paragraph, run = hits[0]
    before, _, after = run.text.partition(text)
    for piece, place in ((before, run._r.addprevious), (after, run._r.addnext)):
        if piece:
            twin = copy.deepcopy(run._r)
            place(twin)
            DocxRun(twin, paragraph).text = piece
    run.text = text
    return run


def _new_run(text: str, tag: str, like: DocxRun, vanish: bool = False) -> Any:
    """A w:r formatted like ``like`` holding ``text`` in a ``tag`` element (w:t or w:delText)."""
    element = OxmlElement("w:r")
    properties = like._r.rPr
    properties = copy.deepcopy(properties) if properties is not None else OxmlElement("w:rPr")
    if vanish:
        properties.append(OxmlElement("w:vanish"))
    if len(properties):
        element.append(properties)
    content = OxmlElement(tag)
    content.set(qn("xml:space"), "preserve")
    content.text = text
    element.append(content)
    return element


def _repackaged(package: bytes, template: str | None) -> bytes:
    """The same zip package with every member dated alike and, if given, another template property."""
    def with_template(name: str, data: bytes) -> bytes:
        return data.replace(b"Normal.dotm", escape(template).encode()) if name == "docProps/app.xml" else data

    return reproducible_package(package, with_template if template is not None else None)


# --------------------------------------------------------------------------- pdf


_BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=10, alignment=TA_JUSTIFY)
_PDF_STYLES: dict[type, ParagraphStyle] = {
    Title: ParagraphStyle(
        "title",
        parent=_BODY,
        fontName="Times-Bold",
        fontSize=14,
        leading=18,
        alignment=TA_CENTER,
        spaceBefore=6,
        spaceAfter=14,
    ),
    Heading: ParagraphStyle("heading", parent=_BODY, fontName="Times-Bold", alignment=TA_LEFT, spaceBefore=6),
    Para: _BODY,
    Numbered: ParagraphStyle("numbered", parent=_BODY, leftIndent=22, bulletIndent=0),
    Lines: ParagraphStyle("lines", parent=_BODY, alignment=TA_LEFT),
}


HEADING_KEEP = 4 * 14 + 20
"""Points a heading needs below it (itself and three lines): less than that, and it starts a new page."""


class _BlockParagraph(Paragraph):
    """A paragraph that remembers which body block it renders, also in the parts of a split.

    Only prose splits across pages; a title, heading or block of lines moves whole to the next page.
    """

    block: int
    splittable: bool

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 (reportlab's names)
        if not self.splittable:
            return []
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.block, part.splittable = self.block, True
        if len(parts) == 2:
            parts[0].runs_on = _cut_mid_sentence(parts[0])
        return parts


def _cut_mid_sentence(part: Paragraph) -> bool:
    """Whether the part of a paragraph left on a page (at least two lines) ends without sentence punctuation."""
    lines = part.blPara.lines
    words = lines[-1][1] if lines else []
    last = words[-1] if words else ""
    last = last if isinstance(last, str) else getattr(last, "text", "")
    return len(lines) >= 2 and last.rstrip("\"'”’)]»")[-1:] not in {"", ".", "!", "?", ";", ":"}


class _RequestDocTemplate(BaseDocTemplate):
    """A4 pages with a running header and a "Page n of N" footer; records each block's pages."""

    def __init__(self, target: str | io.BytesIO, sample: Sample, total_pages: int) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=25 * mm,
            rightMargin=25 * mm,
            topMargin=25 * mm,
            bottomMargin=22 * mm,
            title=sample.title,
            author=sample.author,
            creator=sample.author,
            subject="Request for mutual legal assistance in criminal matters",
            invariant=1,
        )
        self.sample = sample
        self.total_pages = total_pages
        self.block_pages: dict[int, list[int]] = {}
        self.block_runs_on: dict[int, list[bool]] = {}
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._draw_furniture)])

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's hook name)
        block = getattr(flowable, "block", None)
        if block is not None:
            pages = self.block_pages.setdefault(block, [])
            if self.page not in pages:
                pages.append(self.page)
            if getattr(flowable, "runs_on", None) is not None:
                self.block_runs_on.setdefault(block, []).append(flowable.runs_on)

    def _draw_furniture(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Running header at the top, reference and page number at the bottom."""
        width, height = A4
        canvas.saveState()
        if self.sample.running_header:
            canvas.setFont("Times-Bold", 9)
            canvas.drawCentredString(width / 2, height - 14 * mm, self.sample.running_header)
        footer = f"Page {doc.page} of {self.total_pages}"
        if self.sample.running_footer:
            footer = f"{self.sample.running_footer} | {footer}"
        canvas.setFont("Times-Roman", 9)
        canvas.drawCentredString(width / 2, 12 * mm, footer)
        canvas.restoreState()


def write_pdf(sample: Sample, path: Path) -> list[BodyBlock]:
    """Render ``sample`` as a PDF; return its body blocks with the pages each is on."""
    dry_run = _build_pdf(sample, io.BytesIO(), total_pages=0)
    document = _build_pdf(sample, str(path), total_pages=dry_run.page)
    texts = [_pdf_block_text(item, label) for item, label in labelled(sample.items)]
    return [
        BodyBlock(text, tuple(document.block_pages[index]), tuple(document.block_runs_on.get(index, ())))
        for index, text in enumerate(texts)
    ]


def _build_pdf(sample: Sample, target: str | io.BytesIO, total_pages: int) -> _RequestDocTemplate:
    """Lay out and write the PDF once; the template keeps the page count and block pages."""
    document = _RequestDocTemplate(target, sample, total_pages)
    story: list[Flowable] = []
    for index, (item, label) in enumerate(labelled(sample.items)):
        if isinstance(item, Lines):
            markup = "<br/>".join(escape(line) for line in item.lines)
        else:
            markup = escape(item.text)
        paragraph = _BlockParagraph(markup, _PDF_STYLES[type(item)], bulletText=label)
        paragraph.block = index
        paragraph.splittable = isinstance(item, (Para, Numbered))
        if isinstance(item, Heading):
            story.append(CondPageBreak(HEADING_KEEP))
        story.append(paragraph)
    document.build(story)
    return document


def _pdf_block_text(item: Item, label: str | None) -> str:
    """The text a PDF reader rebuilds for ``item``: the visible number is part of the first line."""
    if isinstance(item, Lines):
        return "\n".join(item.lines)
    return f"{label} {item.text}" if label else item.text


# --------------------------------------------------------------------------- txt


def write_txt(sample: Sample, path: Path) -> list[BodyBlock]:
    """Render ``sample`` as plain text, paragraphs separated by a blank line; return its blocks."""
    keep_whole = sample.placeholders + sample.near_misses
    paragraphs = [_txt_paragraph(item, label, keep_whole) for item, label in labelled(sample.items)]
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8", newline="\n")
    return [BodyBlock(paragraph) for paragraph in paragraphs]


def _txt_paragraph(item: Item, label: str | None, keep_whole: tuple[str, ...]) -> str:
    """One paragraph of the text file: prose wrapped, short lines and tables kept as they are."""
    if isinstance(item, Lines):
        return "\n".join(item.lines)
    if isinstance(item, Table):
        widths = [max(len(row[column]) for row in item.rows) for column in range(len(item.rows[0]))]
        return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in item.rows)
    if isinstance(item, (Title, Heading)):
        return item.text
    prefix = f"{label} " if label else ""
    wrapped = textwrap.fill(
        _glue(item.text, keep_whole),
        width=TXT_WIDTH,
        initial_indent=prefix,
        subsequent_indent=" " * len(prefix),
        break_long_words=False,
        break_on_hyphens=False,
    )
    return wrapped.replace(NBSP, " ")


def _glue(text: str, phrases: tuple[str, ...]) -> str:
    """``text`` with non-breaking spaces inside identifiers and ``phrases``, so wrapping never splits them."""
    text = KEEP_WHOLE.sub(lambda match: match.group().replace(" ", NBSP), text)
    for phrase in phrases:
        text = text.replace(phrase, phrase.replace(" ", NBSP))
    return text


# --------------------------------------------------------------------------- expectations


WRITERS: dict[str, Callable[[Sample, Path], list[BodyBlock]]] = {"docx": write_docx, "pdf": write_pdf, "txt": write_txt}


def as_read(blocks: list[BodyBlock]) -> list[BodyBlock]:
    """The blocks numbered as a reader numbers them: a PDF paragraph that runs onto the next page is one block
    when the page breaks it mid-sentence and two otherwise (see `mla_lint.readers.pdf_reader`), so each page
    break the reader does not join adds an empty stand-in block after it."""
    return [
        piece
        for block in blocks
        for piece in (
            block,
            *(BodyBlock("", (page,)) for page, joined in zip(block.pages[1:], block.runs_on, strict=True) if not joined),
        )
    ]


def expected_findings(sample: Sample, blocks: list[BodyBlock]) -> list[dict[str, Any]]:
    """The findings the linter must report on ``sample``: placeholders in document order, then MLA110."""
    blocks = as_read(blocks)
    located = sorted(_locate(sample, placeholder, blocks) for placeholder in sample.placeholders)
    findings: list[dict[str, Any]] = [
        {
            "code": "MLA202",
            "severity": "error",
            "paragraph": number,
            "page": blocks[number - 1].page,
            "excerpt_contains": text,
        }
        for number, _, text in located
    ]
    if not sample.confidentiality_clause:
        findings.append(_missing_clause_finding(sample, blocks))
    return findings + _hidden_content_findings(sample, blocks) + _labelled_findings(sample, blocks)


def _missing_clause_finding(sample: Sample, blocks: list[BodyBlock]) -> dict[str, Any]:
    """MLA110 for the whole document, or at the "Confidentiality" heading that announced a clause never written."""
    finding: dict[str, Any] = {"code": "MLA110", "severity": "warning", "paragraph": None, "page": None}
    headings = [item.text for item in sample.items if isinstance(item, Heading) and "confidential" in item.text.lower()]
    if headings:
        number, _, text = _locate(sample, headings[0], blocks)
        finding.update(paragraph=number, page=blocks[number - 1].page, excerpt_contains=text)
    return finding


def _labelled_findings(sample: Sample, blocks: list[BodyBlock]) -> list[dict[str, Any]]:
    """The hand-labelled findings of ``sample.expected``, located at their ``at`` text."""
    findings: list[dict[str, Any]] = []
    for expect in sample.expected:
        finding: dict[str, Any] = {"code": expect.code, "severity": expect.severity, "paragraph": None, "page": None}
        if expect.at is not None:
            number, _, text = _locate(sample, expect.at, blocks)
            finding.update(paragraph=number, page=blocks[number - 1].page, excerpt_contains=text)
        findings.append(finding)
    return findings


def _hidden_content_findings(sample: Sample, blocks: list[BodyBlock]) -> list[dict[str, Any]]:
    """MLA206: an error at the first tracked change, comment and hidden text, a warning for personal properties.

    Changes and hidden text are reported where the first of them stands in the body; comments where the first
    comment written is anchored.
    """
    revisions = [revision.text if isinstance(revision, Insertion) else revision.after for revision in sample.revisions]
    places = [
        [_locate(sample, anchor, blocks)[0] for anchor in revisions],
        [_locate(sample, comment.anchor, blocks)[0] for comment in sample.comments[:1]],
        [_locate(sample, hidden.after, blocks)[0] for hidden in sample.hidden_text],
    ]
    findings: list[dict[str, Any]] = [
        {"code": "MLA206", "severity": "error", "paragraph": min(numbers), "page": blocks[min(numbers) - 1].page}
        for numbers in places
        if numbers
    ]
    if sample.personal_metadata:
        findings.append({"code": "MLA206", "severity": "warning", "paragraph": None, "page": None})
    return findings


def _locate(sample: Sample, placeholder: str, blocks: list[BodyBlock]) -> tuple[int, int, str]:
    """(1-based block number, offset in the block, text) of a text (placeholder, anchor) that must occur exactly once."""
    hits = [(number, _flat(block.text).find(placeholder)) for number, block in enumerate(blocks, start=1)]
    hits = [(number, offset) for number, offset in hits if offset >= 0]
    occurrences = sum(_flat(blocks[number - 1].text).count(placeholder) for number, _ in hits)
    if occurrences != 1:
        raise ValueError(f"{sample.name}: placeholder {placeholder!r} occurs {occurrences} times, expected once")
    number, offset = hits[0]
    if len(blocks[number - 1].pages) > 1:
        raise ValueError(f"{sample.name}: placeholder {placeholder!r} sits in a paragraph split across pages")
    return number, offset, placeholder


def check_sample(sample: Sample, blocks: list[BodyBlock]) -> None:
    """Fail if a declared near-miss went missing or a promised page-spanning paragraph did not happen."""
    furniture = [sample.running_header or "", sample.running_footer or ""]
    everything = _flat(" ".join([block.text for block in blocks] + furniture))
    missing = [phrase for phrase in sample.near_misses if phrase not in everything]
    if missing:
        raise ValueError(f"{sample.name}: near-misses not in the text: {missing}")
    if sample.paragraph_across_pages and not any(len(block.pages) > 1 for block in blocks):
        raise ValueError(f"{sample.name}: no paragraph continues across a page break")


def _flat(text: str) -> str:
    """``text`` with every run of whitespace (line breaks included) as one space."""
    return " ".join(text.split())


# --------------------------------------------------------------------------- output


def write_json(path: Path, data: Any) -> None:
    """Write ``data`` as indented UTF-8 JSON with a final newline."""
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8", newline="\n")


def summarize(findings: list[dict[str, Any]]) -> str:
    """A short list of expected codes for the README, e.g. "MLA202 ×7, MLA110"."""
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding["code"]] = counts.get(finding["code"], 0) + 1
    return ", ".join(f"{code} ×{count}" if count > 1 else code for code, count in counts.items()) or "none"


README_HEAD = """\
# Sample requests

Example Mutual Legal Assistance requests, complete and defective, each with the
findings `mla_lint` is expected to report on it. People, companies, accounts,
identifiers and case numbers are invented; treaties, statutes and institutions
are real.

Do not edit the samples by hand: they are written by `generate.py` from the
content in `sample_texts.py` (the content model is in `sample_model.py`):

    python sample_requests/generate.py

A re-run writes byte-identical files (fixed document properties, zip timestamps
and PDF metadata) as long as python-docx, reportlab and zlib stay at the same
versions. The script also checks each sample: every declared placeholder occurs
exactly once, every declared near-miss is present, and a PDF that should carry a
paragraph across a page break does.

## Expected findings

`X.expected.json` lists the findings expected on `X.docx|pdf|txt` for the rules
implemented so far (MLA110 confidentiality, MLA202 placeholder, MLA206
hidden-content); findings of other rules are not listed yet.

```json
{
  "description": "...",
  "findings": [
    {"code": "MLA202", "severity": "error", "paragraph": 7, "page": null, "excerpt_contains": "[NAME OF SUSPECT]"},
    {"code": "MLA110", "severity": "warning", "paragraph": null, "page": null}
  ]
}
```

`paragraph` is the 1-based position of the body block that holds the finding
(`null` for a whole-document finding); `page` is the page that block starts on
(PDF only, else `null`). Body blocks are counted in reading order: every
non-empty paragraph, heading and table cell (row by row, left to right) of a .docx;
every run of non-blank lines of a .txt; every paragraph or heading a PDF reader
rebuilds from lines, across pages, leaving out running headers and footers (a
paragraph that runs onto the next page is two blocks, one per page). A
numbered paragraph is one block; an address or signature block is one paragraph
with line breaks, so one block.

## Samples

| sample | style | what it tests | expected |
|---|---|---|---|
"""


def readme(rows: list[tuple[Sample, list[dict[str, Any]]]]) -> str:
    """README.md: how the samples are made and counted, and one table row per sample."""
    lines = [
        f"| `{sample.filename}` | {_cell(sample.style)} | {_cell(sample.description)} | {summarize(findings)} |"
        for sample, findings in rows
    ]
    return README_HEAD + "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    """``text`` made safe for a Markdown table cell (no HTML tags, no column breaks)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")


def generate(sample: Sample, out_dir: Path) -> list[dict[str, Any]]:
    """Write one sample and its expected findings into ``out_dir``; return the findings."""
    blocks = WRITERS[sample.format](sample, out_dir / sample.filename)
    check_sample(sample, blocks)
    findings = expected_findings(sample, blocks)
    write_json(out_dir / f"{sample.name}.expected.json", {"description": sample.description, "findings": findings})
    return findings


def main() -> None:
    """Write every sample, its expected findings and the README (``--out DIR``, default: beside this script)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="folder to write into")
    out_dir = parser.parse_args().out
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = [(sample, generate(sample, out_dir)) for sample in SAMPLES]
    (out_dir / "README.md").write_text(readme(rows), encoding="utf-8", newline="\n")
    for sample, findings in rows:
        print(f"{sample.filename}: {summarize(findings)}")


if __name__ == "__main__":
    main()
