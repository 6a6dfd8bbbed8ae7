"""MLA305 chronology: reversed ranges, births after the request or the events, two dates of birth, events after the request."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings

DATE_LINE = "Islamabad, 9 July 2024\n\n"


def findings(linter: Linter, text: str):
    report = linter.lint_text(text, settings=Settings(select=("MLA305",)))
    assert report.error is None
    return report.findings


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("Records for the period from 1 January 2023 to 31 December 2022 are sought.", "ends"),
        ("Statements for the period between 17 and 3 March 2022.", "ends"),
        (DATE_LINE + "The witness, Amina BEGUM, born on 3 March 2025, lives in Lahore.", "after the request"),
        (
            DATE_LINE + "The suspect is Mohammad Ali KHAN, born on 12 May 1985.\n\n"
            "KHAN, Mohammad Ali (date of birth 21 May 1985) holds the account.",
            "two different dates of birth",
        ),
        (DATE_LINE + "The suspect was arrested on 3 May 2025 in Karachi.", "after the request's own date"),
        ("Records for the period from March 2021 to February 2020 are sought.", "ends"),
        ("Bank statements for the years from 2021 to 2019.", "ends"),
        ("The transfers were made from March 17 to March 3, 2022.", "ends"),
        ("The promotion ran from June to January 2021 and raised RMB 860 million.", "ends"),
        (DATE_LINE + "KHAN has lived at this address since 1 March 2025.", "begun"),
        (
            "Sent: Monday, 4 March 2024 10:15\nTo: Central Authority\n\nThe suspect was arrested on 3 May 2024.",
            "after the request's own date",
        ),
        (
            DATE_LINE + "The suspect, Mohammad Ali KHAN, born on 12 June 2016, lives in Lahore.\n\n"
            "KHAN opened the account on 3 May 2015 at the Gulberg branch.",
            "took part in the events",
        ),
        (
            DATE_LINE + "The suspect, Mohammad Ali KHAN, born on 12 June 2016, lives in Lahore.\n\n"
            "On 3 May 2015 he opened account No. 0123-4567890 at Habib Bank.",
            "took part in the events",
        ),
        (
            DATE_LINE + "The accused is Li WEI (date of birth: 2 February 2019).\n\n"
            "Between January and June 2018 the account was controlled by Li Wei.",
            "took part in the events",
        ),
        (
            DATE_LINE + "The suspect, Mohammad Ali KHAN, born 5 May 2021, lives in Lahore.\n\n"
            "The suspect opened the account on 3 May 2019.",
            "the suspect took part in the events",
        ),
        (
            DATE_LINE + "On 18 March 2022 the buyer paid a deposit. The account was opened on 7 February 2022.\n\n"
            "Olumide Adewale BAKARE, Nigerian, born 14 November 2023, received the money in Lagos.",
            "nothing says this person is a child",
        ),
        (  # the state of which she is a citizen is nobody's name
            DATE_LINE + "On 7 February 2022 she signed the contract as director of TOO Arman Trade.\n\n"
            "Aigerim Bolatovna ZHUNUSOVA, citizen of the Republic of Kazakhstan, born on 14 August 2023, a witness.",
            "of Aigerim Bolatovna ZHUNUSOVA",
        ),
        (  # two events on one day
            DATE_LINE + "On 7 February 2022 the buyer paid a deposit. On 7 February 2022 the seller signed the deed.\n\n"
            "Olumide Adewale BAKARE, Nigerian, born 14 November 2023, received the money in Lagos.",
            "nothing says this person is a child",
        ),
    ],
)
def test_contradicting_dates_are_reported(linter: Linter, text: str, says: str) -> None:
    (finding,) = findings(linter, text)
    assert finding.severity.value == "error"
    assert says in finding.message


def test_related_location_points_at_the_other_date(linter: Linter) -> None:
    (finding,) = findings(linter, DATE_LINE + "The suspect was arrested on 3 May 2025 in Karachi.")
    assert finding.related and "9 July 2024" in (finding.related[0].excerpt or "")


@pytest.mark.parametrize(
    "text",
    [
        "Records for the period from 1 January 2022 to 31 December 2023 and between 3 and 17 March 2022.",
        DATE_LINE + "The trial is set to begin on 3 March 2025.",
        DATE_LINE + "The preservation lapses on 29 October 2024, after which the provider may delete the records.",
        DATE_LINE + "Please execute the request by 30 September 2024.",
        DATE_LINE + "The next hearing will be held on 15 January 2025.",
        DATE_LINE + "The court adjourned the case to 5 May 2025.",
        DATE_LINE + "Mohammad Ali KHAN, born 12 May 1985, is the son of Ali Hassan KHAN, born 1 June 1950.",
        DATE_LINE + "Mohammad Ali KHAN, born 12 May 1985.\n\nKHAN, Mohammad Ali (DOB 12/05/1985) holds the account.",
        "The suspect was arrested on 3 May 2025.",  # no date of the request to compare with
        "Records from January to June 2021, between March and May 2022, for January–March 2020 and 3–17 March 2022.",
        "Records from December 2021 to January 2022, from 28 December 2021 to 3 January 2022, from 2019 to 2021.",
        "Records from November 2021 to February 2022 and from March 3 to March 17, 2022.",
        DATE_LINE + "The accounts held since 1 March 2020 are listed in the annex.",
        DATE_LINE + "The suspect, Mohammad Ali KHAN, born on 12 June 1998, lives in Lahore.\n\n"
        "KHAN opened the account on 3 May 2015 at the Gulberg branch.",
        DATE_LINE + "The suspect, Mohammad Ali KHAN, born on 12 June 1990.\n\n"
        "His father, Ali Hassan KHAN, born 1 June 1950, opened the account on 3 May 1985.",
        DATE_LINE + "The witness, Sara AHMED, born 5 May 1995, works for Alpha Traders Ltd.\n\n"
        "Alpha Traders Ltd was incorporated on 4 April 1980 and opened the account on 2 May 1981.",
        DATE_LINE + "The victim, a child born on 5 May 2021, and her mother Amina BEGUM, born 3 March 1990.\n\n"
        "The offence began in 2019, when the suspect first contacted the family.",
        "Date of transaction: 3 May 2025\n\nThe suspect was arrested on 3 June 2025.",  # a label is not the request's date
        DATE_LINE + "The victim, Amina BEGUM, born 5 May 2021, lives in Lahore.\n\n"
        "The suspect opened the account on 3 May 2019.",  # the suspect is not the victim
        DATE_LINE + "The suspect's daughter was born on 5 May 2021.\n\nThe suspect opened the account on 3 May 2019.",
        DATE_LINE + "The suspect was arrested on 2 May 2024 and the trial is set for 10 June 2025.",
        DATE_LINE + "On 18 March 2022 the buyer paid a deposit.\n\n"
        "Olumide Adewale BAKARE, born 14 November 1993, and his son, born 14 November 2023, live in Lagos.",
        DATE_LINE + "On 3 June 2024 the court issued a warrant returnable on 5 May 2025.",
        DATE_LINE + "He was directed to appear before the court on 5 May 2025 and was granted bail until then.",
        DATE_LINE + "The preservation order was extended to 30 June 2025.",
        DATE_LINE + "The passport was issued on 3 May 2019 and expires on 2 May 2029.",
        "Your ref: HO/123 dated 3 May 2025\n\nThe suspect was arrested on 3 June 2024.",  # the other side's date
        # particulars that open with a nationality: the nationality is nobody's name
        DATE_LINE + "Sri Lankan citizen, born 1968-04-22, passport N8472190.\n\n"
        "Sri Lankan citizen, born 1972-09-03, passport N5318064.",
    ],
)
def test_consistent_dates_are_silent(linter: Linter, text: str) -> None:
    assert findings(linter, text) == ()
