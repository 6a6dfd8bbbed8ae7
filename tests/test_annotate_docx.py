"""Annotated Word copies: a comment by mla-lint on exactly the words of each finding, nothing else changed.

The annotated files are reopened twice: with mla-lint's own reader (the comments
it records as hidden content carry the paragraph their range starts in) and with
python-docx through `comments_of` (the text each comment is anchored on).
"""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

import docx
import pytest
from conftest import SAMPLES

from mla_lint.annotate import annotate_file, rule_map, why
from mla_lint.annotate.docx import comments_of
from mla_lint.engine import Linter
from mla_lint.model import HiddenKind
from mla_lint.report import FileReport
from mla_lint.settings import Settings

SELECT = ("MLA110", "MLA202", "MLA206")
SETTINGS = Settings(select=SELECT)
TEMPLATE = SAMPLES / "defective_template_remnants.docx"
TRACKED = SAMPLES / "defective_tracked_changes.docx"
COMPLETE = SAMPLES / "complete_pk_to_uk.docx"


@pytest.fixture(scope="module")
def fast_linter() -> Linter:
    return Linter(SETTINGS)


def _annotated(linter: Linter, source: Path, tmp_path: Path) -> tuple[FileReport, Path, FileReport]:
    report = linter.lint_path(source)
    output = tmp_path / f"{source.stem}.reviewed.docx"
    count = annotate_file(report, output, rule_map(linter.registry.rule_infos()))
    assert count == len(report.findings)
    return report, output, linter.lint_path(output)


def _first_body_paragraph(report: FileReport) -> int:
    assert report.document is not None
    return next(b.location.paragraph for b in report.document.body() if b.location.part == "body")


@pytest.mark.parametrize("source", [TEMPLATE, TRACKED], ids=lambda p: p.name)
def test_every_finding_has_a_comment_at_its_paragraph(fast_linter: Linter, source: Path, tmp_path: Path) -> None:
    report, _, reread = _annotated(fast_linter, source, tmp_path)
    assert report.findings
    assert reread.document is not None
    ours = [h for h in reread.document.hidden if h.kind is HiddenKind.COMMENT and h.author == "mla-lint"]
    assert len(ours) == len(report.findings)
    unmatched = list(ours)
    for finding in report.findings:
        body = finding.location is not None and finding.location.part == "body"
        paragraph = finding.location.paragraph if body else _first_body_paragraph(report)  # type: ignore[union-attr]
        match = next(
            (c for c in unmatched if finding.code in c.text and finding.message in c.text
             and c.location is not None and c.location.paragraph == paragraph),
            None,
        )
        assert match is not None, (finding.code, finding.message, paragraph)
        unmatched.remove(match)
        assert "Why: " in match.text


def test_comments_cover_exactly_the_offending_words(fast_linter: Linter, tmp_path: Path) -> None:
    report, output, _ = _annotated(fast_linter, TEMPLATE, tmp_path)
    assert report.document is not None
    blocks = {b.location.paragraph: b for b in report.document.body()}
    anchors = {c["text"].split("\n")[0]: c["anchor"] for c in comments_of(output.read_bytes())}
    spans = [f for f in report.findings if f.location is not None and f.location.start is not None]
    assert len(spans) >= 8
    for finding in spans:
        loc = finding.location
        assert loc is not None and loc.start is not None and loc.end is not None
        expected = blocks[loc.paragraph].text[loc.start : loc.end].strip()
        head = f"{finding.code} {finding.name} ({finding.severity.value}): {finding.message}"
        assert anchors[head] == expected
    assert {"[NAME OF SUSPECT]", "XXXXXXX", "TBC", "<insert date>", "[Requested State]"} <= set(anchors.values())


def test_comment_author_text_and_why(fast_linter: Linter, tmp_path: Path) -> None:
    _report, output, _ = _annotated(fast_linter, TEMPLATE, tmp_path)
    comments = [c for c in comments_of(output.read_bytes()) if c["author"] == "mla-lint"]
    mla110 = next(c for c in comments if c["text"].startswith("MLA110"))
    assert "Suggestion: Add a paragraph" in mla110["text"]
    doc = fast_linter.registry.rule("MLA110").documentation()
    assert f"Why: {why(doc)}" in mla110["text"]
    assert why(doc).startswith("Confidentiality is not automatic")


def test_document_level_findings_go_on_the_first_paragraph_with_where_to_add(fast_linter: Linter, tmp_path: Path) -> None:
    report, output, _reread = _annotated(fast_linter, TRACKED, tmp_path)
    whole = [f for f in report.findings if f.location is None]
    assert whole
    first = docx.Document(str(output)).paragraphs[0].text
    comments = comments_of(output.read_bytes())
    for finding in whole:
        comment = next(c for c in comments if c["text"].startswith(f"{finding.code} {finding.name}") and finding.message in c["text"])
        assert comment["paragraphs"] == [0]
        assert comment["anchor"] and comment["anchor"] in first.replace("\n", "")


def test_text_formatting_numbering_headers_and_existing_comments_are_kept(fast_linter: Linter, tmp_path: Path) -> None:
    report, output, reread = _annotated(fast_linter, TRACKED, tmp_path)
    assert report.document is not None and reread.document is not None
    assert [(b.kind, b.text, b.location.label, b.location.part, b.style) for b in report.document.blocks] == [
        (b.kind, b.text, b.location.label, b.location.part, b.style) for b in reread.document.blocks
    ]
    before = [(h.kind, h.text, h.author) for h in report.document.hidden]
    after = [(h.kind, h.text, h.author) for h in reread.document.hidden if h.author != "mla-lint"]
    assert before == after  # the reviewer's comment, tracked changes and hidden text are all still there
    original, annotated = docx.Document(str(TRACKED)), docx.Document(str(output))
    for a, b in zip(original.paragraphs, annotated.paragraphs, strict=True):
        assert a.style.name == b.style.name
        assert "".join(r.text for r in a.runs) == "".join(r.text for r in b.runs)
        assert {(r.bold, r.italic, r.font.name, r.font.size) for r in a.runs} == {
            (r.bold, r.italic, r.font.name, r.font.size) for r in b.runs
        }


def test_split_runs_keep_their_formatting(fast_linter: Linter, tmp_path: Path) -> None:
    _, output, _ = _annotated(fast_linter, TEMPLATE, tmp_path)
    original = {p.text: p for p in docx.Document(str(TEMPLATE)).paragraphs}
    for paragraph in docx.Document(str(output)).paragraphs:
        before = original[paragraph.text]
        assert len(paragraph.runs) >= len(before.runs)
        fmt = {(r.bold, r.italic, r.underline, r.font.size, r.font.name) for r in before.runs}
        assert {(r.bold, r.italic, r.underline, r.font.size, r.font.name) for r in paragraph.runs if r.text} <= fmt


def test_clean_request_gets_a_copy_without_comments(fast_linter: Linter, tmp_path: Path) -> None:
    report, output, _reread = _annotated(fast_linter, COMPLETE, tmp_path)
    assert not report.findings
    assert not [c for c in comments_of(output.read_bytes()) if c["author"] == "mla-lint"]


def test_input_untouched_and_output_owner_only(fast_linter: Linter, tmp_path: Path) -> None:
    digest = hashlib.sha256(TEMPLATE.read_bytes()).hexdigest()
    _, output, _ = _annotated(fast_linter, TEMPLATE, tmp_path)
    assert hashlib.sha256(TEMPLATE.read_bytes()).hexdigest() == digest
    assert stat.S_IMODE(output.stat().st_mode) == 0o600


def test_cli_annotate_writes_the_copy_and_the_report(run_cli, tmp_path: Path) -> None:
    output = tmp_path / "reviewed.docx"
    result = run_cli(TEMPLATE, "--annotate", output, "--select", ",".join(SELECT), "--no-config", "--no-cache")
    assert result.code == 1
    assert "MLA202 error" in result.out  # the usual report is still printed
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    assert sum(c["author"] == "mla-lint" for c in comments_of(output.read_bytes())) == 9


def test_cli_refuses_to_annotate_onto_the_input(run_cli, tmp_path: Path) -> None:
    copy = tmp_path / "request.docx"
    copy.write_bytes(TEMPLATE.read_bytes())
    digest = hashlib.sha256(copy.read_bytes()).hexdigest()
    result = run_cli(copy, "--annotate", copy, "--no-cache")
    assert result.code == 2
    assert result.err.strip().count("\n") == 0
    assert "refusing to write the annotated copy onto the input file" in result.err
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == digest


def test_cli_refuses_a_mismatched_extension(run_cli, tmp_path: Path) -> None:
    result = run_cli(TEMPLATE, "--annotate", tmp_path / "reviewed.pdf", "--select", "MLA202", "--no-cache")
    assert result.code == 2
    assert "must end in .docx" in result.err
    assert not (tmp_path / "reviewed.pdf").exists()


def test_cli_batch_writes_one_reviewed_copy_per_file_into_a_directory(run_cli, tmp_path: Path) -> None:
    target = tmp_path / "reviewed"
    inputs = [TEMPLATE, TRACKED, SAMPLES / "defective_no_confidentiality.pdf", SAMPLES / "terse_non_native.txt"]
    result = run_cli(*inputs, "--annotate", target, "--select", ",".join(SELECT), "--no-cache", "-j", "1")
    assert result.code == 1
    assert sorted(p.name for p in target.iterdir()) == [
        "defective_no_confidentiality.reviewed.pdf",
        "defective_template_remnants.reviewed.docx",
        "defective_tracked_changes.reviewed.docx",
    ]
    assert stat.S_IMODE(target.stat().st_mode) == 0o700
    assert "terse_non_native.txt: no annotated copy" in result.err


def test_a_finding_in_the_header_is_noted_on_the_first_paragraph_with_its_place(fast_linter: Linter, tmp_path: Path) -> None:
    import dataclasses

    from mla_lint.findings import Finding, Severity

    report = fast_linter.lint_path(COMPLETE)
    assert report.document is not None
    header = next(b for b in report.document.blocks if b.location.part == "header")
    finding = Finding("MLA206", "hidden-content", Severity.INFO, "A marking in the header.", header.span_location(0, len(header.text)),
                      excerpt=header.text)
    output = tmp_path / "header.docx"
    annotate_file(dataclasses.replace(report, findings=(finding,)), output, rule_map(fast_linter.registry.rule_infos()))
    (comment,) = [c for c in comments_of(output.read_bytes()) if c["author"] == "mla-lint"]
    assert comment["paragraphs"] == [0]
    assert f"Found at: header, paragraph {header.location.paragraph}: “{header.text}”" in comment["text"]


@pytest.mark.parametrize("source", sorted(SAMPLES.glob("*.docx")), ids=lambda p: p.name)
def test_random_spans_in_every_body_block_are_anchored_exactly(fast_linter: Linter, source: Path, tmp_path: Path) -> None:
    """Many overlapping spans in one file: runs split for one finding stay right for the next; text unchanged."""
    import dataclasses
    import random
    import re

    from mla_lint.findings import Finding, Severity

    rnd = random.Random(source.name)
    report = fast_linter.lint_path(source)
    assert report.document is not None
    findings = []
    for block in report.document.body():
        words = [m.span() for m in re.finditer(r"\S+", block.text)]
        for _ in range(2 if words else 0):
            i = rnd.randrange(len(words))
            j = min(len(words) - 1, i + rnd.randrange(4))
            start, end = words[i][0], words[j][1]
            findings.append(Finding("MLA202", "placeholder", Severity.ERROR, f"span {len(findings)}",
                                    block.span_location(start, end)))
    output = tmp_path / "fuzz.docx"
    annotate_file(dataclasses.replace(report, findings=tuple(findings)), output, {})
    anchors = {c["text"].split(": ", 1)[1]: c["anchor"] for c in comments_of(output.read_bytes()) if c["author"] == "mla-lint"}
    blocks = {b.location.paragraph: b for b in report.document.body()}
    wrong = []
    for finding in findings:
        loc = finding.location
        assert loc is not None and loc.start is not None
        expected = blocks[loc.paragraph].text[loc.start : loc.end].replace("\n", "").replace("\t", "")
        if anchors[finding.message].replace("\t", "") != expected:
            wrong.append((loc.paragraph, expected, anchors[finding.message]))
    assert len(wrong) <= len(findings) // 50, wrong  # hidden text inside a span is the only known difference
    reread = fast_linter.lint_path(output)
    assert reread.document is not None
    assert [b.text for b in reread.document.blocks] == [b.text for b in report.document.blocks]


def test_spans_across_formatted_runs_revisions_links_fields_and_table_cells(fast_linter: Linter, tmp_path: Path) -> None:
    """A placeholder split over runs of different formatting, inside an insertion, a hyperlink, after a
    field and a tab, in a two-paragraph table cell, next to hidden text: each comment covers exactly it."""
    from docx_fixtures import p, r, with_body

    bold, hidden = "<w:b/>", "<w:vanish/>"
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1 May 2024</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    body = (
        p("The suspect is ", r("[NAME", bold), r(" OF SUS"), r("PECT]", bold), ", born in Lagos.")
        + p("Dated ", field, r("\u00a0"), '<w:r><w:tab/><w:t xml:space="preserve">passport XXXXXXX issued</w:t></w:r>')
        + p("Account ", '<w:ins w:id="1" w:author="A"><w:r><w:t xml:space="preserve">number TBC at</w:t></w:r></w:ins>', " the bank.")
        + p("See ", '<w:hyperlink w:history="1"><w:r><w:t>&lt;insert date&gt;</w:t></w:r></w:hyperlink>', " and ",
            r("secret note ", hidden), r("[Requested State] here."))
        + "<w:tbl><w:tr><w:tc>" + p("First line of the cell.") + p("Second with [●] inside.") + "</w:tc>"
        + "<w:tc>" + p("Other cell") + "</w:tc></w:tr></w:tbl>"
    )
    source = tmp_path / "tricky.docx"
    source.write_bytes(with_body(body))
    report = fast_linter.lint_path(source)
    spans = [f for f in report.findings if f.code == "MLA202" and f.location is not None and f.location.start is not None]
    assert len(spans) == 6, [f.message for f in report.findings]
    output = tmp_path / "tricky.reviewed.docx"
    annotate_file(report, output, rule_map(fast_linter.registry.rule_infos()))
    assert report.document is not None
    blocks = {b.location.paragraph: b for b in report.document.body()}
    anchors = {c["text"].split("\n")[0]: c["anchor"] for c in comments_of(output.read_bytes())}
    for finding in spans:
        loc = finding.location
        assert loc is not None
        expected = blocks[loc.paragraph].text[loc.start : loc.end]
        assert anchors[f"{finding.code} {finding.name} ({finding.severity.value}): {finding.message}"] == expected
    reread = fast_linter.lint_path(output)
    assert reread.document is not None
    assert [b.text for b in reread.document.blocks] == [b.text for b in report.document.blocks]
    rebold = [r for para in docx.Document(str(output)).paragraphs[:1] for r in para.runs if r.text]
    assert [(run.text, bool(run.bold)) for run in rebold][:4] == [
        ("The suspect is ", False), ("[NAME", True), (" OF SUS", False), ("PECT]", True)
    ]
