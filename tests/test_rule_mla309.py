"""MLA309 date-format-mix: more than one date format in one request (info)."""

from __future__ import annotations

from mla_lint.engine import Linter
from mla_lint.settings import Settings


def findings(linter: Linter, text: str):
    report = linter.lint_text(text, settings=Settings(select=("MLA309",)))
    assert report.error is None
    return report.findings


def test_mixed_formats_give_one_finding_at_the_rarest(linter: Linter) -> None:
    text = (
        "The account was opened on 3 March 2021 and closed on 4 May 2022.\n\n"
        "The transfers were made on 04/05/2021 and on 5 June 2021."
    )
    (finding,) = findings(linter, text)
    assert finding.severity.value == "info"
    assert finding.excerpt is not None and "04/05/2021" in finding.excerpt
    assert "2 formats" in finding.message
    assert [r.excerpt for r in finding.related if r.excerpt and "3 March 2021" in r.excerpt]


def test_one_format_throughout_is_silent(linter: Linter) -> None:
    assert findings(linter, "Opened on 3 March 2021, the 5th day of May 2021, in June 2021 and 4 July 2022.") == ()
    assert findings(linter, "Opened on March 3, 2021 and closed on July 4, 2022, in June 2021.") == ()


def test_separators_count_as_formats(linter: Linter) -> None:
    assert len(findings(linter, "Opened on 25/03/2021 and closed on 26.03.2021.")) == 1


def test_a_quoted_document_title_keeps_its_own_format(linter: Linter) -> None:
    text = "The bank sent its report \u201cSuspicious Transactions 2021-05-17\u201d on 3 June 2021 and 4 July 2021."
    assert findings(linter, text) == ()


def test_the_date_an_e_mail_program_wrote_is_not_counted(linter: Linter) -> None:
    text = "From: Central Authority <ca@example.gov>\nSent: 04/03/2024 10:15\n\nThe account was opened on 3 May 2021."
    assert findings(linter, text) == ()
