"""MLA106 assistance-sought: the request says what measures or items it asks for."""

from __future__ import annotations

from typing import ClassVar

from mla_lint.analysis import Analysis
from mla_lint.assistance import assistance_sought
from mla_lint.elements import Evidence, RequiredElement
from mla_lint.findings import Severity
from mla_lint.model import Block


class AssistanceSoughtRule(RequiredElement):
    """The request identifies the measures or items it asks for.

    **What it checks.** That at least one passage asks for an identifiable
    measure or item: bank records, a witness statement or testimony, a search
    and seizure, a production order, the freezing or confiscation of
    property, subscriber or traffic data, interception, company or other
    records, service of documents, the temporary transfer of a person. The
    passage may be a sentence anywhere ("We ask that the competent
    authorities obtain the statements of account no. ..."), an item under an
    "Assistance Requested" heading ("2) statements of both accounts from
    01.03.2023 to 31.12.2023"), or an imperative ("Obtain ..."). A measure
    mentioned only in the facts ("the police searched his house"), a general
    plea ("please assist our investigation in any way possible") or an
    "Assistance Requested" heading with nothing identifiable under it does not
    count.

    **Why it matters.** The requested state can only execute what it can
    identify: its central authority must decide which of its own measures
    (a production order, a court hearing, a freezing order) corresponds to
    the request and which authority will carry it out. A request that does
    not say what it wants is returned for more information, the most common
    cause of delay.

    **Source.** UNTOC Art. 18(15)(d) and UNCAC Art. 46(15)(d) ("A description
    of the assistance sought"); European Convention on Mutual Assistance 1959
    Art. 14(1)(b) ("the object of ... the request"); UN Model Treaty on Mutual
    Assistance in Criminal Matters Art. 5(1)(b).

    **Bad.** "We kindly request your assistance in the investigation of this
    matter and any help you can give us."

    **Good.** "The Central Authority asks that the competent authorities
    obtain, for the period 1 January 2021 to 30 June 2023, the account opening
    documents and statements of account no. 53018846 held by Kestrel Global
    Trading Ltd at Thameside Bank plc, and take a witness statement from the
    relationship manager, Mr Daniel Whitcombe."
    """

    code = "MLA106"
    name = "assistance-sought"
    severity = Severity.ERROR
    source = "UNTOC Art. 18(15)(d); UNCAC Art. 46(15)(d); ECMA Art. 14(1)(b)"
    heading_phrases: ClassVar[tuple[str, ...]] = (
        "assistance requested", "assistance sought", "assistance required", "request", "requests",
        "requested assistance", "action requested", "actions requested", "action required", "measures requested",
        "measures sought", "evidence sought", "evidence requested", "enquiries requested", "description of assistance",
        "nature of assistance",
    )
    missing = (
        "The request does not identify any measure or item it asks for (records, a witness statement, a search, a "
        "freeze, service of documents ...)."
    )
    add = (
        "Say exactly what the requested state should do and obtain, e.g. \"We ask that the competent authorities "
        "obtain from [bank] the account opening documents and statements of account no. [number] for the period "
        "[dates]\", or \"that a witness statement be taken from [name, address] about [topics]\"."
    )

    def find(self, facts: Analysis) -> Evidence | None:
        sought = facts.derived(assistance_sought)
        return sought.measures[0].evidence if sought.measures else None

    def announcing_heading(self, facts: Analysis) -> Block | None:
        return facts.derived(assistance_sought).heading
