"""Suppression: in the configuration, by a marker in the text, and by a Word comment; unused ones are MLA001."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from mla_lint.engine import Linter
from mla_lint.limits import Limits
from mla_lint.model import Document
from mla_lint.readers.text_reader import TextReader
from mla_lint.registry import build_registry
from mla_lint.settings import Settings
from mla_lint.suppression import suppressions
from mla_lint.testing import findings_for

SELECT = ["MLA202", "MLA110", "MLA001", "MLA206"]
HEAD = "To: the Central Authority of Kenya\n\n"


def found(source: str | Path, select: list[str] = SELECT) -> list[tuple[str, int | None]]:
    """(code, paragraph) of each finding."""
    return [(f.code, f.location.paragraph if f.location else None) for f in findings_for(source, select=select, autoload=False)]


def messages(source: str | Path, code: str) -> list[str]:
    return [f.message for f in findings_for(source, select=SELECT, autoload=False) if f.code == code]


def test_a_marker_silences_its_codes_on_its_paragraph_only() -> None:
    text = HEAD + "The suspect, [NAME], opened the account. mla-lint: disable=MLA202\n\nHe was born on [DATE OF BIRTH]."
    assert found(text) == [("MLA110", None), ("MLA202", 3)]


def test_a_marker_can_name_several_codes_and_any_case() -> None:
    text = HEAD + "The suspect, [NAME], opened the account.  MLA-Lint: Disable = mla202 , MLA110"
    # MLA110 (no confidentiality clause) is about the whole document: a paragraph's marker cannot silence it
    assert found(text) == [("MLA110", None), ("MLA001", 2)]
    assert "use disable-file=MLA110" in messages(text, "MLA001")[0]


def test_disable_file_silences_a_code_in_the_whole_document() -> None:
    text = HEAD + "The suspect, [NAME], was born on [DATE OF BIRTH].\n\nmla-lint: disable-file=MLA110,MLA202"
    assert found(text) == []


def test_an_unused_or_unknown_suppression_is_reported_where_it_is() -> None:
    text = HEAD + "The account is held at Barclays. mla-lint: disable=MLA202\n\nmla-lint: disable-file=MLA999,MLA110"
    (unused, unknown) = [f for f in findings_for(text, select=SELECT, autoload=False) if f.code == "MLA001"]
    assert unused.location is not None and unused.location.paragraph == 2
    assert unused.excerpt and "mla-lint: disable=MLA202" in unused.excerpt and unused.suggestion == "Remove the marker."
    assert "MLA202 (the marker) silences nothing" in unused.message
    assert unknown.location is not None and unknown.location.paragraph == 3
    assert "MLA999 (the marker) names a code that no installed rule has" in unknown.message


def test_a_suppression_of_a_rule_that_did_not_run_is_not_reported() -> None:
    text = HEAD + "The account is held at Barclays. mla-lint: disable=MLA207"
    assert found(text) == [("MLA110", None)]
    assert found(text, ["MLA110"]) == [("MLA110", None)]  # MLA001 not selected: nothing to say


def test_mla001_itself_can_be_silenced() -> None:
    text = HEAD + "Barclays. mla-lint: disable=MLA202\n\nmla-lint: disable-file=MLA001,MLA110"
    assert found(text) == []


def test_findings_inside_the_marker_words_are_dropped() -> None:
    """The marker is the tool's syntax: "MLA" in "disable=MLA110" is not an unexplained acronym."""
    text = HEAD + "Keep this request confidential, please. mla-lint: disable=MLA110"
    codes = {f.code for f in findings_for(text, select=["MLA207"], autoload=False)}
    assert codes == set()


def test_markers_are_read_from_every_block() -> None:
    document = TextReader().read(b"One.\n\nTwo mla-lint: disable=MLA202, MLA206", "x.txt", Limits())
    (first, second) = suppressions(document)
    assert (first.code, second.code) == ("MLA202", "MLA206")
    assert first.block is not None and first.block.index == 1 and not first.whole_file


def test_per_file_ignores_in_the_configuration(run_cli, tmp_path: Path) -> None:
    (tmp_path / "mla-lint.toml").write_text('[per-file-ignores]\n"drafts/*.txt" = ["MLA202"]\n', encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    text = HEAD + "The suspect, [NAME], opened the account."
    (tmp_path / "drafts" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "final.txt").write_text(text, encoding="utf-8")
    report = run_cli("drafts/a.txt", "final.txt", "--select", "MLA202", "--format", "json", "--no-cache").json()
    assert [[f["code"] for f in file["findings"]] for file in report["files"]] == [[], ["MLA202"]]


def _commented_docx(tmp_path: Path, paragraphs: list[tuple[str, str | None]]) -> Path:
    """A real .docx whose paragraphs carry Word comments (python-docx's ``add_comment``)."""
    document = docx.Document()
    for text, comment in paragraphs:
        paragraph = document.add_paragraph(text)
        if comment is not None:
            document.add_comment(paragraph.runs, text=comment, author="Drafter", initials="D")
    path = tmp_path / "request.docx"
    document.save(str(path))
    return path


def test_a_word_comment_silences_codes_on_the_paragraph_it_is_anchored_to(tmp_path: Path) -> None:
    path = _commented_docx(
        tmp_path,
        [
            ("To: the Central Authority of Kenya", None),
            ("The suspect, [NAME], opened the account.", "mla-lint: disable=MLA202"),
            ("He was born on [DATE OF BIRTH].", None),
            ("The account is held at Barclays.", "Checked. mla-lint: disable=MLA202"),
            ("End of request.", "mla-lint: disable-file=MLA110"),
        ],
    )
    results = findings_for(path, select=SELECT, autoload=False)
    assert [(f.code, f.location.paragraph if f.location else None) for f in results] == [
        ("MLA206", 2), ("MLA202", 3), ("MLA001", 4)
    ]
    unused = results[2]
    assert "(a Word comment) silences nothing" in unused.message and unused.suggestion == "Delete the comment."
    assert "3 comments" in results[0].message  # the suppression comments still travel with the file (MLA206)


@pytest.mark.parametrize("marker", ["mla-lint: disable=", "mla-lint disable=MLA202", "mla-lint: enable=MLA202"])
def test_things_that_are_not_markers(marker: str) -> None:
    document = TextReader().read(f"Text {marker}".encode(), "x.txt", Limits())
    assert suppressions(document) == ()


def test_the_document_model_is_not_changed_by_suppression() -> None:
    text = HEAD + "The suspect, [NAME]. mla-lint: disable=MLA202"
    report = Linter(Settings(select=("MLA202",)), registry=build_registry(autoload=False)).lint_text(text)
    assert isinstance(report.document, Document) and "mla-lint: disable=MLA202" in report.document.blocks[1].text
    assert report.findings == ()
