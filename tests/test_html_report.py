"""The HTML report: structure (parsed with lxml.html), links that resolve, self-containment, escaping."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest
from conftest import SAMPLES

from mla_lint.engine import Linter
from mla_lint.findings import ChecklistItem, ElementState, Finding, Related, Severity
from mla_lint.formatters.base import FormatOptions
from mla_lint.formatters.html import HtmlFormatter, family, render_html
from mla_lint.model import Block, BlockKind, Document, Location
from mla_lint.report import FileReport, Report
from mla_lint.settings import Settings

SELECT = ("MLA110", "MLA202", "MLA206")


@pytest.fixture(scope="module")
def fast_linter() -> Linter:
    return Linter(Settings(select=SELECT))


def _parse(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def _ids(tree: lxml.html.HtmlElement) -> set[str]:
    return {e.get("id") for e in tree.iter() if isinstance(e.tag, str) and e.get("id")}


def test_family() -> None:
    assert [family(c) for c in ("MLA101", "MLA202", "MLA309", "UK101", "EIO3")] == ["MLA1", "MLA2", "MLA3", "UK", "EIO"]


def test_single_document_checklist_findings_and_marked_text(fast_linter: Linter) -> None:
    report = fast_linter.lint_paths([SAMPLES / "defective_template_remnants.docx"])
    html = HtmlFormatter().render(report, FormatOptions())
    tree = _parse(html)
    ids = _ids(tree)
    # every internal link resolves
    for link in tree.iter("a"):
        href = link.get("href", "")
        assert href.startswith("#") and href[1:] in ids, href
    # the checklist: MLA110 is the selected required element, and it is missing
    items = tree.xpath("//ul[@class='checklist']/li")
    states = [li.xpath(".//span[contains(@class,'badge')]")[0].text_content() for li in items]
    assert states == ["missing"]
    assert "MLA110" in items[0].text_content()
    # findings grouped by severity, errors first
    headings = [h.text_content() for h in tree.xpath("//h4")]
    assert headings == ["error (8)", "warning (1)"]
    findings = tree.xpath("//article[contains(@class,'finding')]")
    assert len(findings) == len(report.findings) == 9
    assert [f.get("data-code") for f in findings][:8] == ["MLA202"] * 8
    # each located finding links to its mark in the text, and the mark holds the offending words
    marks = {m.get("id"): m for m in tree.xpath("//mark[@id]")}
    for article in findings:
        jump = article.xpath(".//a[contains(@class,'jump')]")
        assert jump, article.get("data-code")
        mark = marks[jump[0].get("href")[1:]]
        assert mark.xpath(".//a")[0].get("href") == "#" + article.get("id")
    texts = {m.text_content() for m in marks.values()}
    assert {"[NAME OF SUSPECT]", "XXXXXXX", "TBC", "<insert date>", "Confidentiality"} <= texts
    # the document text is all there, block by block
    blocks = tree.xpath("//div[contains(@class,'block')]/span[@class='body']")
    assert report.document is not None
    assert [b.text_content() for b in blocks] == [b.text for b in report.document.blocks]


def test_present_elements_link_to_their_excerpt() -> None:
    block = Block(0, BlockKind.PARAGRAPH, "Please keep this request confidential.", Location(paragraph=1))
    doc = Document(source="r.txt", format="text", blocks=(block,))
    item = ChecklistItem("MLA110", "confidentiality", ElementState.PRESENT, "The request asks for confidentiality.",
                         location=Location(paragraph=1, start=0, end=38), excerpt="Please keep this request confidential.")
    na = ChecklistItem("MLA104", "summary-of-facts", ElementState.NOT_APPLICABLE, "Facts.", reason="service only")
    report = Report(files=(FileReport(path="r.txt", document=doc, checklist=(na, item)),))
    tree = _parse(render_html(report))
    rows = tree.xpath("//ul[@class='checklist']/li")
    assert "service only" in rows[0].text_content()
    link = rows[1].xpath(".//a")[0]
    target = tree.get_element_by_id(link.get("href")[1:])
    assert target.text_content() == "Please keep this request confidential."  # the evidence itself, marked
    assert target.get("class") == "evidence" and "MLA110" in target.get("title")
    assert tree.xpath("//p[@class='clean']")


def test_related_locations_and_overlapping_spans() -> None:
    text = "Smith holds passport X1234567 and Smyth holds X1234568."
    block = Block(0, BlockKind.PARAGRAPH, text, Location(paragraph=1))
    doc = Document(source="r.txt", format="text", blocks=(block,))
    a = Finding("MLA301", "name-variant", Severity.WARNING, "Two spellings", Location(paragraph=1, start=0, end=29),
                related=(Related(Location(paragraph=1, start=34, end=39), "Smyth here", "Smyth holds"),))
    b = Finding("MLA302", "identifier-mismatch", Severity.ERROR, "Passport differs", Location(paragraph=1, start=21, end=29))
    tree = _parse(render_html(Report(files=(FileReport(path="r.txt", document=doc, findings=(a, b)),))))
    body = tree.xpath("//span[@class='body']")[0]
    assert body.text_content() == text
    overlap = next(m for m in body.xpath(".//mark") if m.text_content() == "X1234567")
    assert "sev-error" in overlap.get("class")  # the worse severity wins where spans overlap
    assert len(overlap.get("title").split()) == 2
    related = tree.xpath("//ul[@class='related']/li")[0]
    assert "Smyth here" in related.text_content() and related.xpath(".//a")


def test_batch_overview_is_first_and_sortable(fast_linter: Linter) -> None:
    paths = [SAMPLES / n for n in ("defective_template_remnants.docx", "defective_no_confidentiality.pdf",
                                   "complete_ke_to_za.txt", "defective_tracked_changes.docx")]
    report = fast_linter.lint_paths(paths, jobs=1)
    tree = _parse(render_html(report))
    sections = tree.xpath("//main/section")
    assert sections[0].get("id") == "overview"
    table = tree.get_element_by_id("overview-table")
    head = [th.xpath(".//button")[0].text_content() for th in table.xpath(".//thead//th")]
    assert head[0] == "Document" and head[1:4] == ["MLA1", "MLA2", "MLA3"]
    rows = table.xpath(".//tbody/tr")
    assert len(rows) == 4
    by_doc = {r.xpath("./td")[0].text_content().strip(): r for r in rows}
    template = by_doc[str(paths[0])].xpath("./td")
    assert [template[i].get("data-sort") for i in (1, 2, 3)] == ["1", "8", "0"]
    assert template[-1].text_content().strip() == "error"
    assert by_doc[str(paths[2])].xpath("./td")[-1].text_content().strip() == "clean"
    for row in rows:
        assert all(td.get("data-sort") is not None for td in row.xpath("./td"))
    assert len(tree.xpath("//section[@class='doc']")) == 4


def test_self_contained_and_print_friendly(fast_linter: Linter) -> None:
    html = render_html(fast_linter.lint_paths([SAMPLES / "defective_placeholders_ph_to_hk.pdf"]))
    tree = _parse(html)
    assert not tree.xpath("//link | //img | //iframe | //script[@src] | //*[@src]")
    assert not re.search(r"https?://", "".join(s.text_content() for s in tree.xpath("//style")))
    for element in tree.iter():
        if isinstance(element.tag, str):
            for attribute in ("href", "src", "action"):
                assert not (element.get(attribute) or "#").lower().startswith(("http", "//", "javascript"))
    assert "@media print" in html


def test_untrusted_text_is_escaped(fast_linter: Linter) -> None:
    hostile = (
        '<script>alert("x")</script> [NAME] <img src=x onerror=alert(1)> "quoted" & it\'s\n\n'
        '"><b>bold</b> TBC'
    )
    file_report = fast_linter.lint_text(hostile, source='<a href="x">evil</a>.txt')
    report = fast_linter.report([file_report])
    html = render_html(report)
    tree = _parse(html)
    assert len(tree.xpath("//script")) == 1  # ours only
    assert not tree.xpath("//img | //b | //a[@href='x']")
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert tree.xpath("//span[@class='body']")[0].text_content().startswith('<script>alert("x")</script>')


def test_cli_writes_one_html_file(run_cli, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = run_cli(SAMPLES / "terse_non_native.txt", "-f", "html", "-o", out, "--select", "MLA202", "--no-cache")
    assert result.code == 1 and result.out == ""
    tree = _parse(out.read_text(encoding="utf-8"))
    assert tree.xpath("//mark")[0].text_content() == "<insert account number>"
