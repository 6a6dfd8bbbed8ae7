"""What is being asked for: measures found in request frames, headed lists and imperatives, not in the facts."""

from __future__ import annotations

import pytest

from mla_lint.analysis import Analysis
from mla_lint.assistance import (
    AssistanceSought,
    AssistanceType,
    assistance_sought,
    is_request_heading,
)
from mla_lint.engine import Linter
from mla_lint.limits import Limits
from mla_lint.readers.dispatch import read_bytes

T = AssistanceType


def sought(linter: Linter, text: str) -> AssistanceSought:
    document = read_bytes(text.encode("utf-8"), "<text>", linter.registry.readers, Limits(), format="text")
    facts = Analysis(document)
    return facts.derived(assistance_sought)


KINDS = [
    ("We ask that the competent authorities obtain the statements of account no. 53018846 at Thameside Bank plc.", T.BANK_RECORDS),
    ("It is requested that the premises at 4 Elm Road, Springfield be searched and that invoices found there be seized.", T.SEARCH_SEIZURE),
    ("The competent authority is kindly requested to intercept the mobile telephone +44 7700 900123 for 30 days.", T.INTERCEPTION),
    ("We would be grateful if you could arrange for the temporary transfer of the prisoner Mr Paul Green to testify.", T.TEMPORARY_TRANSFER),
    ("Please preserve the stored content of the email account abc@mail.example and provide the subscriber information.", T.COMMUNICATIONS_DATA),
    ("Please confiscate the house at 4 Elm Road, which was bought with the proceeds of the fraud.", T.FREEZING_CONFISCATION),
    ("I ask that the Kenyan authorities take steps to prevent any dealing with the account listed above.", T.FREEZING_CONFISCATION),
    ("We request the production of the business records of Alpha Trading LLC for 2021.", T.PRODUCTION_ORDER),
    ("Kindly obtain from the Registrar of Companies the list of directors and shareholders of Alpha Ltd.", T.COMPANY_RECORDS),
    ("Please obtain the criminal record and the tax returns of John Smith for 2019 to 2022.", T.OTHER_RECORDS),
    ("We ask that a copy of the summons be served on Mr John Smith, 12 High Street, Springfield.", T.SERVICE_OF_DOCUMENTS),
    ("We further ask that a witness statement be taken from Mr Daniel Whitcombe about the opening of the accounts.", T.TESTIMONY),
    ("Please interview Mr John Smith as a witness about the contract.", T.TESTIMONY),
    ("To take a statement from the bank manager, Ms Ann Lee, concerning the account.", T.TESTIMONY),
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_each_kind_of_measure_is_recognised(linter: Linter, text: str, kind: AssistanceType) -> None:
    assert kind in sought(linter, text).kinds


def test_measures_in_the_facts_or_in_the_past_are_not_sought(linter: Linter) -> None:
    text = (
        "The police searched his house on 3 May 2023 and seized a laptop. His account was frozen by order of the "
        "court. He was served with a summons and was interviewed on 5 May. Records obtained in Germany show the "
        "transfers."
    )
    assert sought(linter, text).measures == ()


def test_a_purpose_is_not_a_request(linter: Linter) -> None:
    assert sought(linter, "The purpose of the request is to obtain evidence of the fraud and to trace the proceeds.").measures == ()


def test_a_general_plea_identifies_no_measure(linter: Linter) -> None:
    assert sought(linter, "We kindly request your assistance in this investigation and any help you can give.").measures == ()


def test_items_under_a_request_heading_need_no_request_verb(linter: Linter) -> None:
    text = (
        "REQUEST\n\nPlease give us certified copies of:\n1) opening documents of both accounts, KYC documents;\n"
        "2) statements of both accounts from 01.03.2023 to 31.12.2023;\n"
        "3) from Registrar of Companies: directors and shareholders of VISTALINE HOLDINGS LTD.\n\n"
        "PURPOSE\n\nTo find where the money is now, for seizure."
    )
    result = sought(linter, text)
    assert result.kinds == {T.BANK_RECORDS, T.COMPANY_RECORDS}
    assert result.heading is not None and result.heading.text == "REQUEST"
    assert not result.seeks_assets  # "for seizure" is a purpose, not a request


def test_a_labelled_list_without_heading(linter: Linter) -> None:
    text = "Assistance requested:\n1. Freezing of account no. 12345 at Alpha Bank.\n2. Service of the attached summons on Mr Smith."
    assert sought(linter, text).kinds == {T.FREEZING_CONFISCATION, T.SERVICE_OF_DOCUMENTS}


def test_evidence_points_at_the_passage_that_asks(linter: Linter) -> None:
    text = "John Smith opened an account in 2020.\n\nPlease obtain the statements of account no. 4455 at Alpha Bank for 2021."
    (measure,) = sought(linter, text).measures
    assert measure.evidence.text.startswith("Please obtain the statements")


def test_coercion(linter: Linter) -> None:
    assert sought(linter, "Please obtain the statements of account no. 4455 at Alpha Bank for 2021.").coercive
    assert not sought(linter, "Please interview Mr John Smith as a witness about the contract. He is willing to help.").coercive
    compelled = sought(linter, "Please summon Mr John Smith to give evidence on oath before a judge about the contract.")
    assert compelled.seeks_testimony and compelled.coercive
    assert not sought(linter, "We ask that the summons be served on Mr John Smith, 12 High Street, Springfield.").coercive


def test_service_only_and_evidence_for_court(linter: Linter) -> None:
    service = sought(linter, "We ask that the attached summons be served on Mr John Smith, 12 High Street, Springfield.")
    assert service.service_only and not service.seeks_evidence_for_court
    mixed = sought(linter, "Please serve the summons on Mr Smith and obtain the statements of his account no. 4455 at Alpha Bank.")
    assert not mixed.service_only and mixed.seeks_evidence_for_court
    testimony = sought(linter, "Please interview Mr John Smith as a witness about the contract.")
    assert testimony.seeks_testimony and testimony.seeks_evidence_for_court


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Assistance Requested", True),
        ("VII. Assistance Requested", True),
        ("REQUEST", True),
        ("Action required", True),
        ("Evidence sought", True),
        ("PROCEDURAL ACTIONS REQUESTED", True),
        ("Steps the Court asks Uruguay to take", True),
        ("What we ask", True),
        ("How the Court needs the evidence", False),
        ("Execution of the request", False),
        ("Purpose of the assistance requested", False),
        ("Request for Mutual Legal Assistance in Criminal Matters", False),
        ("Purpose of the request", False),
        ("Requesting Authority", False),
        ("Confidentiality of the request", False),
    ],
)
def test_request_headings(heading: str, expected: bool) -> None:
    assert is_request_heading(heading) is expected


def test_a_heading_typed_on_the_first_line_of_a_paragraph(linter: Linter) -> None:
    text = (
        "ASSISTANCE REQUESTED\na) Certified copies of the corporate records of Ocean Star Holdings Inc. held by the "
        "Public Registry of Panama.\nb) Account opening documents and statements of account No. 40-1122-334 at Banco "
        "Istmeno S.A. from 1 January 2018 to 31 December 2022."
    )
    result = sought(linter, text)
    assert result.kinds == {T.COMPANY_RECORDS, T.BANK_RECORDS}
    assert result.heading is not None


def test_an_institution_named_like_a_heading_is_not_one(linter: Linter) -> None:
    text = "The International Assistance Group\nDepartment of Justice Canada\nOttawa\n\nPlease assist us in this matter."
    assert sought(linter, text).heading is None


def test_multi_level_numbered_items(linter: Linter) -> None:
    text = (
        "3. The Lithuanian side kindly asks the UK authorities:\n3.1. to provide bank statements for account 11223344 "
        "for 2023;\n3.2. to interview Tomas Kazlauskas as a witness regarding the use of his account."
    )
    assert sought(linter, text).kinds == {T.BANK_RECORDS, T.TESTIMONY}


def test_a_summons_to_testify_at_home_is_service_but_a_video_link_hearing_is_testimony(linter: Linter) -> None:
    summons = sought(linter, "We ask that a witness summons be served on Mr Thabo Nkosi, 22 Jan Smuts Avenue, requiring him to give evidence in Accra.")
    assert summons.service_only
    video = sought(linter, "It is requested that Ms Campbell give evidence at the trial by video link from Toronto, and that she be served with the summons.")
    assert video.seeks_testimony


def test_sub_headings_of_the_assistance_requested(linter: Linter) -> None:
    text = (
        "# Assistance Requested\n\n## A. Bank records\n\nStatements of account no. 4455 at Alpha Bank for 2021.\n\n"
        "## B. Persons to be interviewed\n\nMr John Smith, 4 Elm Road, Springfield, about the contract.\n\n"
        "# Purpose\n\nTo obtain evidence for the trial and to trace the proceeds for seizure."
    )
    result = sought(linter, text)
    assert result.kinds == {T.BANK_RECORDS, T.TESTIMONY}


def test_a_measure_announced_for_later_is_not_sought(linter: Linter) -> None:
    text = "Once the accounts are identified, we may later request the freezing of the assets. Please obtain the statements of account no. 4455 at Alpha Bank for 2021."
    assert sought(linter, text).kinds == {T.BANK_RECORDS}


def test_the_request_as_subject(linter: Linter) -> None:
    assert T.FREEZING_CONFISCATION in sought(linter, "This request seeks the freezing of account no. 555123 at Ruritania Bank.").kinds


def test_a_sentence_ending_in_a_colon_opens_a_list_it_is_not_a_heading(linter: Linter) -> None:
    text = (
        "I therefore request that you:\n- question Mr Andrzej Kowalski, warehouse manager of Nowak Maszyny Sp. z o.o., "
        "as a witness on the following points: who delivered the machines;\n- hand over copies of the sales invoices of "
        "Nowak Maszyny Sp. z o.o. for the period May to December 2023."
    )
    result = sought(linter, text)
    assert result.heading is None
    assert T.TESTIMONY in result.kinds


def test_unlabelled_item_paragraphs_after_a_colon(linter: Linter) -> None:
    text = (
        "In view of the above, we would be grateful for the following assistance:\n\n"
        "Copies of the account opening documents and statements of account no. 4455 at Alpha Bank for 2021.\n\n"
        "A statement from Mr John Smith, 4 Elm Road, Springfield, about the opening of the account.\n\n"
        "The records will show where the money went."
    )
    assert sought(linter, text).kinds == {T.BANK_RECORDS, T.TESTIMONY}
