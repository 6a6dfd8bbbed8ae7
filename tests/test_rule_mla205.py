"""MLA205 dangling-reference: references to parts of the request that it does not have."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings

NUMBERED = "\n\n".join(
    f"{n}. The facts set out in this paragraph concern the transfers made by the suspect in 2022." for n in range(1, 9)
)
"""A request whose paragraphs are numbered 1 to 8 (typed numbers, as in a text or PDF request)."""

ENCLOSURES = "Enclosures:\nAnnex A - Copy of the First Information Report\nAnnex B - Schedule of the bank accounts"


def findings(linter: Linter, text: str) -> list[tuple[int | None, str]]:
    report = linter.lint_text(text, settings=Settings(select=("MLA205",)))
    assert report.error is None and report.rule_failures == ()
    return [(f.location.paragraph if f.location else None, f.excerpt or "") for f in report.findings]


def with_paragraph(sentence: str, tail: str = "") -> str:
    return f"{NUMBERED}\n\n9. {sentence}" + (f"\n\n{tail}" if tail else "")


@pytest.mark.parametrize(
    "sentence",
    [
        "The account described in paragraph 14 above was opened by the suspect.",
        "See para. 12 for the list of transfers.",
        "The witness named at 11.4 below should be interviewed.",
        "The persons listed in section 15 of this request are the suspects.",
        "As set out in paragraphs 5 to 12 above, the money was moved abroad.",
        "The bank identified in paragraph 23 of the present request holds the account.",
        "The records (see paragraph 31) should be certified.",
    ],
)
def test_a_reference_to_a_paragraph_the_request_does_not_have_fires(linter: Linter, sentence: str) -> None:
    assert [p for p, _ in findings(linter, with_paragraph(sentence))] == [9]


@pytest.mark.parametrize(
    "sentence",
    [
        "The account described in paragraph 4 above was opened by the suspect.",
        "See paras 2 and 3 for the list of transfers.",
        "The witness named at 7 below should be interviewed.",
        "The offence is punishable under paragraph 3 of Schedule 2 to the Proceeds of Crime Act 2002.",
        "Section 17 of the Act and section 420 PPC create the offences.",
        "Assistance is requested under Article 18, paragraph 13 of the Convention, and Article 18(9).",
        "This is provided for in paragraph 14 of the Harare Scheme.",
        "As stated in paragraph 22 of our letter of 3 May 2023, the funds were frozen.",
        "He was charged under paragraph 12 as it stood in 2021.",
        "The offence is in section 11 and carries ten years.",
        "Paragraph 5 thereof sets out the penalty.",
        "The Harare Scheme paragraph 14 allows this.",  # the instrument governs the reference (dependency)
        "The Scheme's paragraph 14 allows this.",
    ],
)
def test_existing_paragraphs_and_provisions_of_law_are_silent(linter: Linter, sentence: str) -> None:
    assert findings(linter, with_paragraph(sentence)) == []


def test_paragraph_references_are_not_checked_in_an_unnumbered_request(linter: Linter) -> None:
    text = (
        "The Public Prosecutor of Ruritania requests assistance.\n\n"
        "The account described in paragraph 14 above was opened in 2021.\n\nThe suspect is Mr Blue."
    )
    assert findings(linter, text) == []


def test_roman_headings_count_as_the_request_numbering(linter: Linter) -> None:
    text = (
        "I. Facts\n\nThe suspect moved the money.\n\nII. Assistance Requested\n\nPlease provide the records "
        "described in section II above and the persons in section V above."
    )
    result = findings(linter, text)
    assert len(result) == 1 and "section V" in result[0][1]


def test_an_annex_the_enclosures_do_not_list_fires_once_at_the_reference(linter: Linter) -> None:
    text = with_paragraph("The bank should produce the records of the accounts listed in Annex C.", ENCLOSURES)
    assert [p for p, _ in findings(linter, text)] == [9]


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank should produce the records of the accounts listed in Annex B.",
        "The restraint order is made under Annex C of the Regulation.",
        "Copies are at Appendix 3.",  # no appendix is listed or contained: it may be sent separately
    ],
)
def test_listed_annexes_and_other_kinds_are_silent(linter: Linter, sentence: str) -> None:
    assert findings(linter, with_paragraph(sentence, ENCLOSURES)) == []


def test_an_annex_mentioned_in_a_request_with_no_annexes_at_all_is_silent(linter: Linter) -> None:
    text = with_paragraph("A copy of the warrant is attached as Annex A and the accounts are in Annex C.")
    assert findings(linter, text) == []


def test_annex_headings_are_what_the_request_contains(linter: Linter) -> None:
    text = with_paragraph(
        "The accounts are listed in Annex A and the persons in Annex D.",
        "# ANNEX A\n\nAccount 4417 at Thameside Bank plc.\n\n# Annex B – Persons concerned\n\nMr Blue.",
    )
    result = findings(linter, text)
    assert len(result) == 1 and "Annex D" in result[0][1]


def test_schedules_of_statutes_are_not_the_request_schedules(linter: Linter) -> None:
    text = with_paragraph(
        "The property in Schedule 1 is liable to confiscation under Schedule 2 to the Proceeds of Crime Act 2002; "
        "the vehicles are in Schedule 4.",
        "# Schedule 1 – Property to be restrained\n\n14 Kingsbury Road, Leicester.",
    )
    result = findings(linter, text)
    assert len(result) == 1 and "Schedule 4" in result[0][1]
    ordinary = with_paragraph(
        "She signed the price schedule of 14 September 2021 and the attachment in question.",
        "# Schedule 1 – Property to be restrained\n\n14 Kingsbury Road, Leicester.",
    )
    assert findings(linter, ordinary) == []


def test_exhibits_listed_by_their_marks(linter: Linter) -> None:
    text = with_paragraph(
        "Ms Bell produced the statements as exhibits KB/1 and KB/3.",
        "# Exhibits\n\nKB/1 Account opening form of 4 May 2021\n\nKB/2 Statements for May 2022",
    )
    result = findings(linter, text)
    assert len(result) == 1 and "KB/3" in result[0][1]


def test_a_document_marked_with_a_letter_that_the_enclosures_lack(linter: Linter) -> None:
    tail = "Enclosures:\nA. Copy of the First Information Report\nB. Order of the Special Judge"
    text = with_paragraph("The transfers appear in the enclosed bank statement marked 'C'.", tail)
    assert [p for p, _ in findings(linter, text)] == [9]
    ok = with_paragraph("The transfers appear in the enclosed bank statement marked 'B'.", tail)
    assert findings(linter, ok) == []


def test_list_items_inside_a_paragraph_count(linter: Linter) -> None:
    text = with_paragraph("Please provide:\n1) the opening forms;\n2) the statements.\n\nThe items at 2 above are urgent.")
    assert findings(linter, text) == []


def test_a_paragraph_of_a_statute_schedule_is_not_the_request_schedule(linter: Linter) -> None:
    text = with_paragraph(
        "The conduct falls within paragraph 3 of Schedule 2, which lists lifestyle offences.",
        "# Schedule 1 – Property to be restrained\n\n14 Kingsbury Road, Leicester.",
    )
    assert findings(linter, text) == []


def test_numbered_table_rows_count_as_items(linter: Linter) -> None:
    import io

    import docx

    document = docx.Document()
    for n in range(1, 4):
        document.add_paragraph(f"{n}. The facts of the case are set out here in some detail.")
    document.add_paragraph("4. The transfers listed at item 6 below and at item 9 below are the subject of the request.")
    table = document.add_table(rows=7, cols=2)
    for row in range(1, 7):
        table.cell(row, 0).text = str(row)
        table.cell(row, 1).text = f"Transfer of GBP {row},000"
    buffer = io.BytesIO()
    document.save(buffer)
    report = linter.lint_bytes(buffer.getvalue(), format="docx", settings=Settings(select=("MLA205",)))
    assert [f.excerpt for f in report.findings if "item 9" in (f.message or "")] and len(report.findings) == 1


def test_a_numbered_list_of_annexes(linter: Linter) -> None:
    text = with_paragraph(
        "The accounts are in Annex A and the order in Annex C.",
        "# Annexes\n\n1. Annex A – Copy of the First Information Report\n\n2. Annex B – Order of the Special Judge",
    )
    result = findings(linter, text)
    assert len(result) == 1 and "Annex C" in result[0][1]
