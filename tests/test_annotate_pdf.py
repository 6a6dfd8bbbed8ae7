"""Annotated PDF copies: a highlight with a pop-up note on the words of each finding, page-1 notes for the rest.

The copies are reopened with pypdf (the annotations: page, kind, author, code,
text) and pdfplumber (the words under each highlight).
"""

from __future__ import annotations

import hashlib
import stat
from io import BytesIO
from pathlib import Path

import pdfplumber
import pytest
from conftest import SAMPLES
from pypdf import PdfReader

from mla_lint.annotate import annotate_file, rule_map
from mla_lint.annotate.pdf import annotations_of
from mla_lint.engine import Linter
from mla_lint.settings import Settings

SELECT = ("MLA110", "MLA202", "MLA206")
PLACEHOLDERS = SAMPLES / "defective_placeholders_ph_to_hk.pdf"
NO_CONFIDENTIALITY = SAMPLES / "defective_no_confidentiality.pdf"
COMPLETE = SAMPLES / "complete_de_to_us.pdf"


@pytest.fixture(scope="module")
def fast_linter() -> Linter:
    return Linter(Settings(select=SELECT))


def _annotate(linter: Linter, source: Path, tmp_path: Path):
    report = linter.lint_path(source)
    output = tmp_path / f"{source.stem}.reviewed.pdf"
    annotate_file(report, output, rule_map(linter.registry.rule_infos()))
    return report, output


def _words_under(pdf: pdfplumber.PDF, page: int, rect: list[float]) -> str:
    plumber_page = pdf.pages[page - 1]
    height = float(plumber_page.height)
    x0, y0, x1, y1 = rect
    return plumber_page.crop((x0 - 0.5, height - y1 - 0.5, x1 + 0.5, height - y0 + 0.5)).extract_text()


def test_each_located_finding_is_highlighted_on_its_page(fast_linter: Linter, tmp_path: Path) -> None:
    report, output = _annotate(fast_linter, PLACEHOLDERS, tmp_path)
    assert len(report.findings) >= 5
    annotations = [a for a in annotations_of(output.read_bytes()) if a["subtype"] == "/Highlight"]
    assert len(annotations) == len(report.findings)
    pages = {f.location.page for f in report.findings if f.location}
    assert len(pages) > 1  # spread over several pages
    with pdfplumber.open(str(PLACEHOLDERS)) as pdf:
        for finding, annotation in zip(report.findings, annotations, strict=True):
            assert finding.location is not None
            assert annotation["page"] == finding.location.page
            assert annotation["code"] == finding.code
            assert finding.message in annotation["contents"] and "Why: " in annotation["contents"]
            assert len(annotation["quads"]) % 8 == 0 and annotation["quads"]
            quoted = finding.message.split("“", 1)[1].split("”", 1)[0]
            under = " ".join(_words_under(pdf, annotation["page"], annotation["rect"]).split())
            assert under == " ".join(quoted.split()), (quoted, under)


def test_highlights_have_popups_and_print(fast_linter: Linter, tmp_path: Path) -> None:
    _, output = _annotate(fast_linter, PLACEHOLDERS, tmp_path)
    reader = PdfReader(BytesIO(output.read_bytes()))
    highlights = popups = 0
    for page in reader.pages:
        for ref in page.get("/Annots") or []:
            annotation = ref.get_object()
            if annotation.get("/Subtype") == "/Highlight":
                highlights += 1
                assert annotation["/T"] == "mla-lint"
                assert annotation["/F"] & 4  # printed
                assert annotation["/AP"]["/N"].get_object().get_data().endswith(b"re f")  # drawn for every viewer
                popup = annotation["/Popup"].get_object()
                assert popup["/Subtype"] == "/Popup" and popup["/Parent"].get_object() == annotation
            elif annotation.get("/Subtype") == "/Popup":
                popups += 1
    assert highlights == popups > 0


def test_document_level_finding_is_a_note_on_page_one(fast_linter: Linter, tmp_path: Path) -> None:
    report, output = _annotate(fast_linter, NO_CONFIDENTIALITY, tmp_path)
    assert [f.code for f in report.findings] == ["MLA110"]
    (note,) = annotations_of(output.read_bytes())
    assert note["page"] == 1 and note["subtype"] == "/Text" and note["code"] == "MLA110"
    assert "Where it usually goes:" in note["contents"] and "Suggestion:" in note["contents"]


def test_copy_keeps_pages_and_text_and_the_input_is_untouched(fast_linter: Linter, tmp_path: Path) -> None:
    digest = hashlib.sha256(PLACEHOLDERS.read_bytes()).hexdigest()
    report, output = _annotate(fast_linter, PLACEHOLDERS, tmp_path)
    assert hashlib.sha256(PLACEHOLDERS.read_bytes()).hexdigest() == digest
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    reread = fast_linter.lint_path(output)
    assert report.document is not None and reread.document is not None
    assert [b.text for b in reread.document.blocks] == [b.text for b in report.document.blocks]
    assert [(f.code, f.location) for f in reread.findings] == [(f.code, f.location) for f in report.findings]


def test_clean_pdf_gets_no_notes(fast_linter: Linter, tmp_path: Path) -> None:
    report, output = _annotate(fast_linter, COMPLETE, tmp_path)
    assert not report.findings
    assert annotations_of(output.read_bytes()) == []
    assert len(PdfReader(str(output)).pages) == len(PdfReader(str(COMPLETE)).pages)


def test_cli_annotates_a_pdf(run_cli, tmp_path: Path) -> None:
    output = tmp_path / "reviewed.pdf"
    result = run_cli(NO_CONFIDENTIALITY, "--annotate", output, "--select", "MLA110", "--format", "json", "--no-cache")
    assert result.code == 1
    assert result.json()["files"][0]["findings"][0]["code"] == "MLA110"  # the JSON report is unchanged
    assert [a["code"] for a in annotations_of(output.read_bytes())] == ["MLA110"]


def _built(name: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    import pdf_fixtures

    return getattr(pdf_fixtures, name)(tmp_path_factory.mktemp("pdf") / f"{name}.pdf")


@pytest.mark.parametrize(
    "source",
    [*sorted(SAMPLES.glob("*.pdf")), "build_two_columns", "build_fake_bold", "build_request", "build_page_breaks"],
    ids=lambda p: p.name if isinstance(p, Path) else p,
)
def test_random_word_spans_are_highlighted_exactly(
    fast_linter: Linter, source: Path | str, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Spans of one to four words anywhere in the body, across line breaks too: the quads cover those words.

    Also on the reader tests' PDFs: two columns, fake bold (every glyph drawn twice), running header and footer,
    paragraphs over page breaks.
    """
    import dataclasses
    import random
    import re

    from mla_lint.findings import Finding, Severity

    if isinstance(source, str):
        source = _built(source, tmp_path_factory)
    rnd = random.Random(source.name)
    report = fast_linter.lint_path(source)
    assert report.document is not None
    findings = []
    for block in report.document.body():
        words = [m.span() for m in re.finditer(r"\S+", block.text)]
        for _ in range(2 if words else 0):
            i = rnd.randrange(len(words))
            j = min(len(words) - 1, i + rnd.randrange(4))
            findings.append(Finding("MLA202", "placeholder", Severity.ERROR, f"span {len(findings)}",
                                    block.span_location(words[i][0], words[j][1])))
    output = tmp_path / "fuzz.pdf"
    annotate_file(dataclasses.replace(report, findings=tuple(findings)), output, {})
    notes = {a["contents"].split(": ", 1)[1].split("\n")[0]: a for a in annotations_of(output.read_bytes())}
    blocks = {b.location.paragraph: b for b in report.document.body()}
    with pdfplumber.open(str(source)) as pdf:
        for finding in findings:
            loc = finding.location
            assert loc is not None
            note = notes[finding.message]
            assert note["subtype"] == "/Highlight" and note["page"] == loc.page
            page = pdf.pages[note["page"] - 1]
            height = float(page.height)
            quads = note["quads"]
            under = []
            for k in range(0, len(quads), 8):
                x0, y1, x1, _, _, y0 = quads[k : k + 6]
                crop = page.crop((x0 - 0.3, height - y1 - 0.3, x1 + 0.3, height - y0 + 0.3))
                under.append(crop.dedupe_chars().extract_text())
            block = blocks[loc.paragraph]
            turn = min((t.offset for t in block.page_turns if t.offset > loc.start), default=len(block.text))
            expected = block.text[loc.start : min(loc.end, turn)]  # a span over a page break: marked on its page
            # spaces and hyphens aside: a word hyphenated at a line end is one word in the paragraph text
            assert re.sub(r"[\s\-]", "", " ".join(under)) == re.sub(r"[\s\-]", "", expected)
