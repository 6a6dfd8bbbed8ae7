"""MLA106 assistance-sought: an identifiable measure in any style; a general plea or an empty heading is not one."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings

INTRO = (
    "The Prosecutor General of Freedonia presents this request to the Ministry of Justice of Ruritania. John Smith "
    "obtained USD 2,000,000 from investors by false promises in 2022."
)

REQUESTS = [
    "We ask that the competent authorities obtain the statements of account no. 53018846 at Thameside Bank plc.",
    "Please give us certified copies of:\n1) opening documents of the account;\n2) statements from 01.03.2023 to 31.12.2023.",
    "It is kindly requested to interview Mr Peter Jones, manager of Alpha Bank, about the account.",
    "ASSISTANCE REQUESTED\n\n(a) Search of the premises of Alpha Ltd at 4 Elm Road, Springfield.\n(b) Seizure of its accounting records.",
    "Obtain the subscriber information for telephone number +44 7700 900123.",
    "The competent authorities are requested to freeze the funds in account no. 555123 at Ruritania Bank.",
    "We would be grateful if the attached summons could be served on Mr John Smith, 12 High Street, Springfield.",
    "To take a statement from Ms Ann Lee, 3 Oak Lane, Springfield, concerning her dealings with the suspect.",
    "Kindly to provide the informations about owner of car with plate number B 123 XYZ.",
    # a court's letter: the items follow a colon after "the following" (cataphora), joined to a second verb
    "This Court requests the Competent Judicial Authority of Ruritania to cause the following to be obtained and "
    "transmitted to this Court: the account opening forms and statements of account of Alpha Trading Ltd with "
    "Ruritania Bank for the period 1 April 2019 to 31 March 2022.",
    # form fields: the label and its content on one line
    "C. Investigative measures: production of the statements of account no. 5531 held by Alpha Bank for 2022.",
    "3. Measures requested: statements of account no. 5531 held by Alpha Bank for 2022 and a witness statement "
    "from Mr Peter Jones, its manager.",
]


def codes(linter: Linter, text: str) -> list[str]:
    report = linter.lint_text(text, settings=Settings(select=("MLA106",)))
    assert report.error is None
    return [f.code for f in report.findings]


def test_a_form_field_of_another_element_asks_for_nothing(linter: Linter) -> None:
    text = f"{INTRO}\n\nB. Facts: the police searched his house and seized the statements of account no. 5531."
    assert codes(linter, text) == ["MLA106"]


@pytest.mark.parametrize("request_text", REQUESTS)
def test_an_identifiable_measure_in_any_style_satisfies_the_rule(linter: Linter, request_text: str) -> None:
    assert codes(linter, f"{INTRO}\n\n{request_text}") == []


PLEAS = [
    "We kindly request your assistance in this investigation and any help you can give us.",
    "Please assist our investigation.",
    "The Ruritanian authorities are requested to cooperate with the Freedonian police in this matter.",
]


@pytest.mark.parametrize("plea", PLEAS)
def test_a_general_plea_is_not_a_measure(linter: Linter, plea: str) -> None:
    assert codes(linter, f"{INTRO}\n\n{plea}") == ["MLA106"]


def test_measures_in_the_facts_are_not_sought(linter: Linter) -> None:
    text = f"{INTRO} The police searched his house, seized his laptop and froze his account.\n\nPlease help us."
    assert codes(linter, text) == ["MLA106"]


def test_an_empty_heading_is_reported_there(linter: Linter) -> None:
    report = linter.lint_text(
        f"{INTRO}\n\n# Assistance Requested\n\nPlease assist our investigation.\n\n# Contact\n\nInspector Jane Roe.",
        settings=Settings(select=("MLA106",)),
    )
    (finding,) = report.findings
    assert finding.location is not None and "Assistance Requested" in (finding.excerpt or "")


def test_a_table_of_measures_under_the_heading(linter: Linter) -> None:
    from mla_lint.model import Block, BlockKind, Document, DocumentMetadata, Location

    texts = [
        (BlockKind.PARAGRAPH, INTRO),
        (BlockKind.HEADING, "Assistance Requested"),
        (BlockKind.TABLE_CELL, "Measure"),
        (BlockKind.TABLE_CELL, "Statements of account no. 53018846 at Thameside Bank plc for 2021 to 2023"),
        (BlockKind.HEADING, "Contact"),
        (BlockKind.PARAGRAPH, "Inspector Jane Roe, +44 20 7946 0000."),
    ]
    blocks = tuple(
        Block(index=i, kind=kind, text=text, location=Location(paragraph=i + 1)) for i, (kind, text) in enumerate(texts)
    )
    document = Document(source="<table>", format="docx", blocks=blocks, metadata=DocumentMetadata())
    report = linter.lint_document(document, settings=Settings(select=("MLA106",)))
    assert report.findings == ()
