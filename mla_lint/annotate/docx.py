"""Word comments on the offending words of a linted .docx.

The mapping from a finding back to Word runs reuses the reader's own walk
(`mla_lint.readers.docx_reader.read_with_runs`), which records every piece of
text it adds to a paragraph with the ``w:r`` it came from. Block numbering, table cells, tracked insertions, hidden text and field
codes are therefore counted exactly as when the file was linted, and a
finding's ``paragraph``/``start``/``end`` lead to the very runs that hold its
characters.

python-docx anchors a comment on whole runs, so the first and last run of a
span are split (a deep copy of the run keeps its formatting; a ``w:t`` cut in
two keeps its spaces) until the span starts and ends on run boundaries. Runs
split for one finding stay correct for the next: each original run keeps the
list of pieces it has become.

Only the body (paragraphs, headings, table cells) can carry comments in
Word; a finding in a header, footer, note or text box is noted on the first
paragraph with its place. Everything else in the package (styles,
numbering, headers, existing comments) is saved unchanged.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from io import BytesIO
from typing import Any

import docx
from docx.text.run import Run

from mla_lint.annotate import AUTHOR, INITIALS, note_for
from mla_lint.findings import Finding
from mla_lint.limits import Limits
from mla_lint.readers import docx_reader as reader
from mla_lint.readers import ooxml
from mla_lint.report import FileReport, RuleInfo

_W = reader._W
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _char_len(child: Any) -> int:
    """How many characters of a run's text one child contributes (as the reader counts them)."""
    tag = child.tag
    if tag == reader._W_T:
        return len(child.text or "")
    if tag in reader._RUN_CHARACTERS:
        return 1
    if tag == reader._W_SYM:
        return len(reader._symbol(child))
    return 0


class _Runs:
    """The pieces each original run has been split into: id(run) -> [(start offset, element)]."""

    def __init__(self) -> None:
        self._segments: dict[int, list[tuple[int, Any]]] = {}

    def _of(self, run: Any) -> list[tuple[int, Any]]:
        return self._segments.setdefault(id(run), [(0, run)])

    def boundary(self, run: Any, offset: int, length: int) -> None:
        """Make ``offset`` (0 < offset < length) a run boundary, splitting the piece that holds it."""
        if offset <= 0 or offset >= length:
            return
        segments = self._of(run)
        for i, (start, element) in enumerate(segments):
            end = segments[i + 1][0] if i + 1 < len(segments) else length
            if start < offset < end:
                right = _split(element, offset - start)
                if right is not None:
                    segments.insert(i + 1, (offset, right))
                return

    def at(self, run: Any, offset: int) -> Any:
        """The piece of ``run`` holding character ``offset``."""
        chosen = run
        for start, element in self._of(run):
            if start <= offset:
                chosen = element
        return chosen


def _split(run: Any, cut: int) -> Any | None:
    """Split a ``w:r`` after ``cut`` characters; the right half (a formatted copy) follows it. None if impossible."""
    children = [c for c in run if c.tag != reader._W_RPR]
    if sum(_char_len(c) for c in children) <= cut:
        return None
    right = copy.deepcopy(run)
    right_children = [c for c in right if c.tag != reader._W_RPR]
    position = 0
    for left_child, right_child in zip(children, right_children):
        n = _char_len(left_child)
        if position + n <= cut:
            right.remove(right_child)
        elif position >= cut:
            run.remove(left_child)
        else:
            k = cut - position
            text = left_child.text or ""
            left_child.text, right_child.text = text[:k], text[k:]
            left_child.set(_XML_SPACE, "preserve")
            right_child.set(_XML_SPACE, "preserve")
        position += n
    run.addnext(right)
    return right


def _run_texts(paras: Sequence[reader.ParagraphRuns]) -> dict[int, int]:
    """Visible length of each run of the block (a run can add several pieces: text, tab, text)."""
    lengths: dict[int, int] = {}
    for para in paras:
        for run, text in para.pieces:
            if run is not None:
                lengths[id(run)] = lengths.get(id(run), 0) + len(text)
    return lengths


def _position(paras: Sequence[reader.ParagraphRuns], offset: int, last: bool) -> tuple[Any, int] | None:
    """The run holding block character ``offset`` and the offset within that run's text.

    Characters outside runs (the "\\n" between a cell's paragraphs, an
    equation) move to the next run (for a start) or the previous (for an end).
    """
    located: list[tuple[Any, int, int]] = []  # (run, offset in run, block offset) for every char
    block_offset = 0
    for n, para in enumerate(paras):
        pieces, lead, text = para.pieces, para.leading, para.text
        if n:
            located.append((None, 0, block_offset))
            block_offset += 1
        run_seen: dict[int, int] = {}
        joined = 0
        for run, piece in pieces:
            for i in range(len(piece)):
                position = joined + i - lead
                if 0 <= position < len(text):
                    if run is None:
                        located.append((None, 0, block_offset + position))
                    else:
                        located.append((run, run_seen.get(id(run), 0) + i, block_offset + position))
            joined += len(piece)
            if run is not None:
                run_seen[id(run)] = run_seen.get(id(run), 0) + len(piece)
        block_offset += len(text)
    candidates = [c for c in located if c[0] is not None]
    if not candidates:
        return None
    if last:
        before = [c for c in candidates if c[2] <= offset]
        chosen = before[-1] if before else candidates[0]
    else:
        after = [c for c in candidates if c[2] >= offset]
        chosen = after[0] if after else candidates[-1]
    return chosen[0], chosen[1]


def annotate_docx(
    data: bytes, file_report: FileReport, rules: Mapping[str, RuleInfo], limits: Limits
) -> tuple[bytes, int]:
    """The annotated package as bytes, and how many comments were added."""
    ooxml.check_package(data, limits, ooxml.Deadline(limits.max_seconds))
    document = docx.Document(BytesIO(data))
    parsed, maps = reader.read_with_runs(document.part.package, file_report.path, limits)
    by_place = {(b.location.part, b.location.paragraph): b for b in parsed.blocks}
    body = [b for b in parsed.blocks if b.location.part == "body" and maps.get(b.index)]
    runs = _Runs()
    count = 0
    anchor_body = body[0] if body else None
    for finding in file_report.findings:
        block, place = _block_of(finding, by_place)
        anchors = None
        if block is not None and block.location.part == "body":
            anchors = _anchor_span(block, finding, maps.get(block.index, ()), runs)
        if anchors is None:  # a whole-document finding, or a place Word cannot comment on
            if anchor_body is None:
                continue
            anchors = _anchor_span(anchor_body, None, maps[anchor_body.index], runs)
            if anchors is None:
                continue
        else:
            place = None
        _comment(document, anchors, note_for(finding, rules, where=place).lines)
        count += 1
    out = BytesIO()
    document.save(out)
    return out.getvalue(), count


def _block_of(finding: Finding, by_place: Mapping[tuple[str, int | None], Any]) -> tuple[Any, str | None]:
    """The block a finding points at, and (for one that cannot carry a comment) where it is, in words."""
    loc = finding.location
    if loc is None:
        return None, None
    block = by_place.get((loc.part, loc.paragraph)) if loc.paragraph is not None else None
    if block is None:
        return None, loc.describe()
    if loc.part != "body":
        return block, loc.describe() + (f": “{finding.excerpt}”" if finding.excerpt else "")
    return block, None


def _anchor_span(block: Any, finding: Finding | None, paras: Sequence[reader.ParagraphRuns], runs: _Runs) -> tuple[Any, Any] | None:
    """The first and last run element covering the finding's span (whole block if no span), runs split to fit."""
    if not paras:
        return None
    loc = finding.location if finding is not None else None
    start = loc.start if loc is not None and loc.start is not None else 0
    end = loc.end if loc is not None and loc.end is not None else len(block.text)
    if end <= start:
        end = min(len(block.text), start + 1)
    while start < end and block.text[start].isspace():
        start += 1
    while end > start and block.text[end - 1].isspace():
        end -= 1
    first = _position(paras, start, last=False)
    last = _position(paras, max(start, end - 1), last=True)
    if first is None or last is None:
        return None
    lengths = _run_texts(paras)
    (first_run, a), (last_run, b) = first, (last[0], last[1] + 1)
    runs.boundary(last_run, b, lengths[id(last_run)])
    runs.boundary(first_run, a, lengths[id(first_run)])
    return runs.at(first_run, a), runs.at(last_run, b - 1)


def _comment(document: Any, anchors: tuple[Any, Any], lines: tuple[str, ...]) -> None:
    """A comment by mla-lint from the first to the last run, one paragraph per line of the note."""
    parent = document._body
    first, last = Run(anchors[0], parent), Run(anchors[1], parent)
    comment = document.add_comment([first, last], text=lines[0], author=AUTHOR, initials=INITIALS)
    for line in lines[1:]:
        comment.add_paragraph(line)


def comments_of(data: bytes) -> list[dict[str, Any]]:
    """Every comment of a .docx with its author, text and the text it is anchored on (for tests and tools).

    ``anchor`` is the text between the comment's range start and end, ``paragraphs`` the indexes (0-based,
    in body order of ``w:p`` elements) of the paragraphs the range touches.
    """
    document = docx.Document(BytesIO(data))
    body = document.element.body
    found: dict[str, dict[str, Any]] = {}
    for comment in document.comments:
        found[str(comment.comment_id)] = {
            "author": comment.author,
            "text": "\n".join(p.text for p in comment.paragraphs),
            "anchor": "",
            "paragraphs": [],
        }
    open_ids: set[str] = set()
    paragraphs = list(body.iter(reader._W_P))
    index_of = {id(p): i for i, p in enumerate(paragraphs)}
    for element in body.iter():
        tag = element.tag
        if tag == _W + "commentRangeStart":
            open_ids.add(element.get(reader._W_ID))
        elif tag == _W + "commentRangeEnd":
            open_ids.discard(element.get(reader._W_ID))
        elif tag == reader._W_T and open_ids:
            paragraph = next((a for a in element.iterancestors(reader._W_P)), None)
            for cid in open_ids:
                if cid in found:
                    found[cid]["anchor"] += element.text or ""
                    if paragraph is not None and index_of[id(paragraph)] not in found[cid]["paragraphs"]:
                        found[cid]["paragraphs"].append(index_of[id(paragraph)])
    return list(found.values())


__all__ = ["annotate_docx", "comments_of"]
