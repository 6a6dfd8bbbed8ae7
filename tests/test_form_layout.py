"""Requests laid out as forms: the first column of a table labels the rest of its row, as a heading would."""

from __future__ import annotations

from pathlib import Path

import docx

from mla_lint.analysis import Analysis
from mla_lint.engine import Linter
from mla_lint.limits import Limits
from mla_lint.readers.dispatch import read_path
from mla_lint.registry import build_registry
from mla_lint.settings import Settings

ROWS = [
    ("Requesting authority", "Ministry of Interior, Government of Pakistan (Central Authority)"),
    ("Assistance requested", "1. Statements of account No. 00417 2290 for 2023, with the account opening documents."),
    ("12 March 2023", "AED 400,000"),
]


def _form(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Request", level=1)
    table = document.add_table(rows=len(ROWS), cols=2)
    for row, (label, content) in zip(table.rows, ROWS, strict=True):
        row.cells[0].text, row.cells[1].text = label, content
    document.add_paragraph("Signed in Islamabad.")
    path = tmp_path / "form.docx"
    document.save(path)
    return path


def test_a_label_cell_heads_its_row_and_the_heading_resumes_after_the_row(tmp_path: Path) -> None:
    document = read_path(_form(tmp_path), build_registry().readers, Limits())
    sections = Analysis(document).sections
    titles = [(s.title, [b.text for b in s.blocks]) for s in sections]
    assert titles == [
        ("Request", []),
        ("Requesting authority", [ROWS[0][1]]),
        ("Assistance requested", [ROWS[1][1]]),
        ("Request", ["12 March 2023", "AED 400,000", "Signed in Islamabad."]),
    ]


def test_the_assistance_in_a_form_row_is_found(tmp_path: Path) -> None:
    report = Linter().lint_path(_form(tmp_path), settings=Settings(select=("MLA106",)))
    assert report.findings == ()
