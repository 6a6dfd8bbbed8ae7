"""MLA206 hidden-content: tracked changes, comments, hidden text and personal metadata in real files."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from reportlab.pdfgen.canvas import Canvas

import docx_fixtures as fx
from mla_lint.engine import Linter
from mla_lint.findings import Finding, Severity
from mla_lint.rules.mla206_hidden_content import looks_personal
from mla_lint.settings import Settings

ONLY = Settings(select=("MLA206",))
CLEAN_APP = fx.app_properties_xml("Normal.dotm", "", 2)


def findings(linter: Linter, path: Path) -> list[Finding]:
    report = linter.lint_path(path, settings=ONLY)
    assert report.error is None and report.rule_failures == ()
    return list(report.findings)


def write(tmp_path: Path, data: bytes, name: str = "request.docx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def with_author(data: bytes, author: str, last_modified_by: str | None = None) -> bytes:
    """``data`` with dc:creator and cp:lastModifiedBy set (python-docx's default core part rewritten)."""
    core = fx.read_member(data, "docProps/core.xml").decode()
    core = core.replace("<dc:creator>python-docx</dc:creator>", f"<dc:creator>{author}</dc:creator>")
    core = core.replace("<cp:lastModifiedBy/>", f"<cp:lastModifiedBy>{last_modified_by or author}</cp:lastModifiedBy>")
    return fx.rewrite(data, replace={"docProps/core.xml": core.encode()})


def clean(body: str, app: bytes = CLEAN_APP) -> bytes:
    return fx.rewrite(with_author(fx.with_body(body), "Central Authority Unit"), replace={"docProps/app.xml": app})


TRACKED = (
    fx.p("Request for assistance.")
    + fx.p(
        "The information was provided ",
        '<w:del w:id="1" w:author="Ahmed Khan" w:date="2024-01-01T00:00:00Z">'
        '<w:r><w:delText xml:space="preserve">by a confidential informant, Mr Rui Alves of Rua das Flores 12, '
        "who must not be named </w:delText></w:r></w:del>",
        '<w:ins w:id="2" w:author="Reviewer" w:date="2024-01-01T00:00:00Z">' + fx.r("by a source ") + "</w:ins>",
        "to the police.",
    )
    + fx.p('<w:ins w:id="3" w:author="Ahmed Khan">' + fx.r("A new paragraph.") + "</w:ins>")
)


def test_tracked_changes_are_one_error_with_counts_authors_and_places(linter: Linter, tmp_path: Path) -> None:
    [finding] = findings(linter, write(tmp_path, clean(TRACKED)))

    assert (finding.code, finding.severity) == ("MLA206", Severity.ERROR)
    assert finding.message == (
        "The file carries unaccepted tracked changes: 2 insertions and 1 deletion by Ahmed Khan, Reviewer; "
        "deleted text stays in the file and anyone can show it."
    )
    assert finding.location is not None and finding.location.paragraph == 2
    assert [(r.location.paragraph, r.message) for r in finding.related] == [
        (2, "tracked deletion by Ahmed Khan: \u201cby a confidential informant, Mr Rui Alves of Rua das "
            "Flores…\u201d"),
        (2, "tracked insertion by Reviewer: \u201cby a source\u201d"),
        (3, "tracked insertion by Ahmed Khan: \u201cA new paragraph.\u201d"),
    ]
    assert finding.suggestion == "In Word: Review > Accept > Accept All Changes (and Stop Tracking), then save."


def test_related_places_are_capped_at_ten(linter: Linter, tmp_path: Path) -> None:
    body = "".join(
        fx.p(f"Paragraph {n} ", f'<w:ins w:id="{n}" w:author="A. Clerk">' + fx.r("added") + "</w:ins>")
        for n in range(1, 13)
    )
    [finding] = findings(linter, write(tmp_path, clean(body)))
    assert finding.message.startswith("The file carries unaccepted tracked changes: 12 insertions and 0 deletions by")
    assert len(finding.related) == 10


def test_comments_are_one_error_with_count_and_authors(linter: Linter, tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("First paragraph.")
    paragraph = document.add_paragraph("The account number is ")
    run = paragraph.add_run("12345678")
    document.add_comment(run, text="Check this number with the bank before sending", author="Reviewer")
    later = document.add_paragraph("The suspect left on 3 May.").runs[0]
    document.add_comment(later, text="Source? Only the informant says so.", author="Ahmed Khan")
    data = fx.rewrite(
        with_author(fx.save(document, tmp_path), "Central Authority Unit"), replace={"docProps/app.xml": CLEAN_APP}
    )

    [finding] = findings(linter, write(tmp_path, data))

    assert (finding.code, finding.severity) == ("MLA206", Severity.ERROR)
    assert finding.message == "The file carries 2 comments by Reviewer, Ahmed Khan."
    assert finding.location is not None and finding.location.paragraph == 2
    assert [r.message for r in finding.related] == [
        "comment by Reviewer: \u201cCheck this number with the bank before sending\u201d",
        "comment by Ahmed Khan: \u201cSource? Only the informant says so.\u201d",
    ]
    assert finding.suggestion == "In Word: Review > Delete > Delete All Comments in Document, then save."


def test_hidden_text_is_one_error(linter: Linter, tmp_path: Path) -> None:
    body = fx.p("Shown.") + fx.p("Visible ", fx.r("internal note: the witness is reluctant", "<w:vanish/>"))
    [finding] = findings(linter, write(tmp_path, clean(body)))

    assert (finding.code, finding.severity) == ("MLA206", Severity.ERROR)
    assert finding.message == (
        "The file carries hidden text in 1 place: it is neither shown nor printed but anyone can show it."
    )
    assert finding.location is not None and finding.location.paragraph == 2
    assert [r.message for r in finding.related] == ["hidden text: \u201cinternal note: the witness is reluctant\u201d"]
    assert finding.suggestion is not None and finding.suggestion.startswith("Home > Show/Hide ¶")


def test_personal_metadata_is_one_warning_naming_each_property(linter: Linter, tmp_path: Path) -> None:
    data = with_author(fx.with_body(fx.p("Request.")), "Ahmed Khan", "akhan")
    app = fx.app_properties_xml("C:\\Users\\akhan\\Templates\\MLA.dotx", "Khan &amp; Partners", 1)
    data = fx.rewrite(data, replace={"docProps/app.xml": app})
    custom = fx.custom_properties_xml({"CaseOfficer": "A. Khan"})
    data = fx.add_part(data, "docProps/custom.xml", fx.CT_CUSTOM, fx.REL_CUSTOM, custom, source="")

    [finding] = findings(linter, write(tmp_path, data))

    assert (finding.code, finding.severity, finding.location, finding.related) == (
        "MLA206", Severity.WARNING, None, ()
    )
    assert finding.message == (
        "The file's properties identify who made it: author 'Ahmed Khan', last modified by 'akhan', "
        "template 'C:\\Users\\akhan\\Templates\\MLA.dotx', company 'Khan & Partners', "
        "custom property 'CaseOfficer' = 'A. Khan'."
    )
    assert finding.suggestion is not None and "Document Properties and Personal Information" in finding.suggestion


def test_each_kind_is_its_own_finding(linter: Linter, tmp_path: Path) -> None:
    body = TRACKED + fx.p("Also ", fx.r("hidden", "<w:vanish/>"))
    app = fx.app_properties_xml("MLA.dotx", "", 1)
    data = fx.rewrite(with_author(fx.with_body(body), "j.smith"), replace={"docProps/app.xml": app})
    result = findings(linter, write(tmp_path, data))
    assert [(f.severity, f.message.split(":")[0]) for f in result] == [
        (Severity.WARNING, "The file's properties identify who made it"),
        (Severity.ERROR, "The file carries unaccepted tracked changes"),
        (Severity.ERROR, "The file carries hidden text in 1 place"),
    ]


def test_clean_document_with_institutional_author_and_default_template_is_silent(
    linter: Linter, tmp_path: Path
) -> None:
    data = clean(fx.p("Request for assistance.") + fx.p("The suspect opened the account."))
    assert findings(linter, write(tmp_path, data)) == []


def test_python_docx_default_properties_are_silent(linter: Linter, tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Request.")
    assert findings(linter, write(tmp_path, fx.save(document, tmp_path))) == []


def _pdf(path: Path, author: str) -> Path:
    canvas = Canvas(str(path), invariant=1)
    canvas.setAuthor(author)
    canvas.setCreator("Microsoft Word")
    canvas.drawString(72, 720, "Request for mutual legal assistance in criminal matters.")
    canvas.showPage()
    canvas.save()
    return path


def test_pdf_author_who_is_a_person_is_a_warning(linter: Linter, tmp_path: Path) -> None:
    [finding] = findings(linter, _pdf(tmp_path / "request.pdf", "Ahmed Khan"))
    assert (finding.code, finding.severity, finding.location) == ("MLA206", Severity.WARNING, None)
    assert finding.message == "The file's properties identify who made it: author 'Ahmed Khan'."


def test_pdf_author_that_is_an_institution_is_silent(linter: Linter, tmp_path: Path) -> None:
    assert findings(linter, _pdf(tmp_path / "request.pdf", "Central Authority Unit, Ministry of Interior")) == []


@pytest.mark.parametrize(
    "value", ["Ahmed Khan", "akhan", "j.smith", "CORP\\akhan", "a.khan@example.org", "Khan, Ahmed", "J. Doe",
              "Maria da Silva Santos", "Émile Durand", "Omar Al-Rashid"],
)
def test_person_and_user_names_are_personal(value: str) -> None:
    assert looks_personal(value)


@pytest.mark.parametrize(
    "value",
    ["Central Authority Unit, Ministry of Interior", "Generalstaatsanwaltschaft Frankfurt am Main",
     "Openbaar Ministerie - Functioneel Parket", "Crown Prosecution Service", "Serious Fraud Office",
     "Ministério Público Federal", "FIA Islamabad", "python-docx", "Administrator", "Microsoft Office Word"],
)
def test_institutions_and_software_defaults_are_not_personal(value: str) -> None:
    assert not looks_personal(value)
