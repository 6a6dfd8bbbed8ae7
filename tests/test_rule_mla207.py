"""MLA207 unexplained-acronym: the first use of each acronym never spelled out."""

from __future__ import annotations

import pytest

from mla_lint.engine import Linter
from mla_lint.settings import Settings


def acronyms(linter: Linter, text: str) -> list[str]:
    report = linter.lint_text(text, settings=Settings(select=("MLA207",)))
    assert report.error is None and report.rule_failures == ()
    assert all(f.severity.value == "info" for f in report.findings)
    return [f.message.split('"')[1] for f in report.findings]


def test_unexpanded_acronyms_fire_once_each_at_their_first_use(linter: Linter) -> None:
    text = (
        "The case was registered by the FIA under section 420 PPC.\n\n"
        "The FIA then asked the NAB for its file. The NAB agreed."
    )
    report = linter.lint_text(text, settings=Settings(select=("MLA207",)))
    found = [(f.message.split('"')[1], f.location.paragraph) for f in report.findings]
    assert found == [("FIA", 1), ("PPC", 1), ("NAB", 2)]
    first = report.findings[0]
    assert text.split("\n\n")[0][first.location.start : first.location.end] == "FIA"


@pytest.mark.parametrize(
    "text",
    [
        "The Federal Investigation Agency (FIA) registered the case. The FIA investigates.",
        "The FIA (Federal Investigation Agency) registered the case.",
        "The Economic and Financial Crimes Commission ('EFCC') is investigating. The EFCC asks for help.",
        "The Financial Intelligence Unit, hereinafter FIU, reported the transfers. The FIU is competent.",
        "The Ethics and Anti-Corruption Commission (hereinafter referred to as \"EACC\") investigates.",
        "The case is led by the Hessisches Landeskriminalamt (HLKA), Wiesbaden. The HLKA asks for help.",
        "The police (Hessisches Landeskriminalamt, HLKA) investigate. The HLKA asks for help.",
        "An offence under the Pakistan Penal Code 1860 (PPC). Section 468 PPC applies.",
        "A report of the Brazilian financial intelligence unit (COAF) was received. COAF confirmed it.",
        "This Request for Mutual Legal Assistance is urgent. The MLA unit will reply.",
        "The Office of International Affairs transmits this request. The OIA is the central authority.",
    ],
)
def test_acronyms_spelled_out_anywhere_are_silent(linter: Linter, text: str) -> None:
    assert acronyms(linter, text) == []


def test_a_glossary_line_or_table_row_expands(linter: Linter) -> None:
    text = (
        "# Abbreviations\n\nFIA – Federal Investigation Agency\n\nNAB: National Accountability Bureau\n\n"
        "# Facts\n\nThe FIA and the NAB investigate the offences."
    )
    assert acronyms(linter, text) == []


def test_a_country_code_of_a_country_never_named_is_an_authority_here(linter: Linter) -> None:
    text = "The investigation is conducted by the LKA Baden-Württemberg in Stuttgart on behalf of the prosecutor."
    assert acronyms(linter, text) == ["LKA"]  # Landeskriminalamt, not Sri Lanka


@pytest.mark.parametrize(
    "text",
    [
        "The UN, the EU, the UK and the USA are parties. The UAE is not.",
        "Payments of EUR 3,000, USD 120,000 and PKR 5,000,000 were made by SWIFT transfer to IBAN GB29 NWBK 6016 1331 9268 19.",
        "The funds went to PAK and then to GBR and DE.",
        "Nationality: LKA. Passport issued by LKA, No. N4417296.",
        "The accused, a national of Sri Lanka, holds passport No. N4417296 (LKA).",
        "Part II, Chapter XIV and Schedule IV of the Act apply.",
        "SUMMARY OF FACTS\n\nThe funds were moved.",
        "This request is CONFIDENTIAL and URGENT.",
        "Mr Ali KHAN is the director. KHAN opened the account.",
        "The suspect OKAFOR Chukwuma Emeka met Prosecutor Victor MUNTEANU in Lagos.",
        "IMRAN SALEEM CHAUDHRY, son of Saleem, lives in Leicester.",
        "Our reference: MLA/FIA/2023/0417. File 7410 Js 21873/23.",
        "He lives at 41 Kingsbury Road, Leicester LE4 7PJ and works at 2 Marsham Street, London SW1P 4DF.",
        "Clearline Voice LLC, 548 Market Street, San Francisco, CA 94104, and Northwind Mail GmbH.",
        "The office is at Esplanada dos Ministérios, Brasília, DF, Brazil.",
        "He used the IP address 203.0.113.7 and an ID card. His passport No. is BN4417296.",
        "The company Pemberton Holdings (EA) Limited is at ABC Place, Waiyaki Way, Nairobi.",
        "The court in [2020] EWCA Crim 575 so held, as in (2019) 5 SCC 1 and AIR 2019 SC 123.",
        "He flew to Washington DC and then to Sydney NSW, arriving at 10:00 PKT.",
        "The placeholder TBC is reported by another rule.",
    ],
)
def test_known_abbreviations_codes_and_words_in_capitals_are_silent(linter: Linter, text: str) -> None:
    assert acronyms(linter, text) == []


def test_headers_and_footers_are_ignored(linter: Linter) -> None:
    import io

    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "ZIT - MLA/FIA/2023 - RESTRICTED KPK"
    document.add_paragraph("The request is made by the Public Prosecutor.")
    buffer = io.BytesIO()
    document.save(buffer)
    report = linter.lint_bytes(buffer.getvalue(), format="docx", settings=Settings(select=("MLA207",)))
    assert report.findings == ()


def test_a_usage_before_the_expansion_is_fine(linter: Linter) -> None:
    text = "The NCA asks for help.\n\nThe National Crime Agency (NCA) is the UK law-enforcement agency."
    assert acronyms(linter, text) == []


def test_plural_and_possessive_forms_are_the_same_acronym(linter: Linter) -> None:
    assert acronyms(linter, "The FIR's number and both FIRs are attached. The FIR is dated.") == ["FIR"]


def test_a_letterhead_in_capitals_spells_out_and_sentence_words_are_not_places(linter: Linter) -> None:
    text = "FEDERAL INVESTIGATION AGENCY\nISLAMABAD\n\nThe FIA asked. The ED has attached the assets."
    assert acronyms(linter, text) == ["ED"]
