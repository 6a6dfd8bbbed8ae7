"""Write the PK plugin's sample requests (.docx and .txt) and their expected PK findings.

Run from this folder: ``../../../.venv/bin/python generate.py [OUTPUT_DIR]``. The
samples are requests made by Pakistan and requests to Pakistan, complete or
with known defects, and one request between two other states;
``expected.json`` lists the PK codes each must get, and the profiles
automatic selection must choose, for ``tests/test_pk_samples.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mla_lint.sample_kit import PluginSample as Sample
from mla_lint.sample_kit import write_samples

COMPLETE_OUTGOING = Sample(
    "pk_complete_outgoing_uae.docx",
    (
        "Government of the Islamic Republic of Pakistan\nMinistry of Interior\nCentral Authority for Mutual Legal Assistance\nIslamabad",
        "To: The Central Authority\nMinistry of Justice\nAbu Dhabi, United Arab Emirates",
        "# Request for Mutual Legal Assistance",
        "The Central Authority of the Islamic Republic of Pakistan, on behalf of the National Accountability Bureau, requests the assistance of the United Arab Emirates under section 7 of the Mutual Legal Assistance (Criminal Matters) Act 2020 and Article 46 of the United Nations Convention against Corruption.",
        "# Facts",
        "Mr Shahid Iqbal, a former procurement director of the Karachi Port Trust, is accused of receiving bribes of 3.4 million US dollars between 2019 and 2022. On 2 March 2025 his former driver stated that the contracts and the cash ledgers are kept in the study of Villa 27, Street 4, Al Barsha 2, Dubai, which Mr Iqbal bought in 2021.",
        "Mr Iqbal's accountant, Mr Naveed Akhtar, is serving a sentence in Dubai Central Prison for an unrelated offence; he has consented in writing to be transferred to Pakistan to give evidence at Mr Iqbal's trial.",
        "# Assistance requested",
        "1. Search Villa 27, Street 4, Al Barsha 2, Dubai and seize the contracts and cash ledgers relating to the Karachi Port Trust.",
        "2. Arrange the temporary transfer in custody of Mr Naveed Akhtar to Pakistan to give evidence before the Accountability Court, Karachi, and his return after the hearing.",
        "# Confidentiality and use",
        "We ask that this request be kept confidential. The evidence will be used only in the proceedings described in this request.",
        "Contact: Mr Asif Mahmood, Deputy Director (MLA), Ministry of Interior, +92 51 920 1234, mla.section@interior.gov.pk",
        "Islamabad, 12 March 2025\nAsif Mahmood\nDeputy Director (MLA), Central Authority of Pakistan",
    ),
    (),
)

DEFECTIVE_OUTGOING = Sample(
    "pk_defective_fia_direct_hong_kong.txt",
    (
        "Federal Investigation Agency\nAnti-Corruption Circle\nLahore, Pakistan",
        "To: Secretary for Justice, Department of Justice, Hong Kong",
        "REQUEST FOR LEGAL ASSISTANCE",
        "The Federal Investigation Agency, Lahore, requests the assistance of the Hong Kong authorities on the basis of reciprocity in the investigation of Mr Imran Qadir for misappropriation of public funds of the Punjab Health Department.",
        "Mr Qadir transferred 1.8 million US dollars of public funds to companies he controls in Hong Kong between 2021 and 2023.",
        "We request that the office of Qadir Holdings Ltd, Room 1203, 88 Queensway, Admiralty, Hong Kong be searched and any documents found there be seized.",
        "We also request the temporary transfer in custody of Mr Faisal Rana, a prisoner in Stanley Prison, to Pakistan to give evidence against Mr Qadir.",
        "Contact: Additional Director Kamran Ali, +92 42 9920 1122, kamran.ali@fia.gov.pk",
        "Lahore, 5 February 2025\nKamran Ali\nAdditional Director, FIA Anti-Corruption Circle Lahore",
    ),
    ("PK101", "PK102", "PK103", "PK104"),
)

INCOMING_TO_AGENCY = Sample(
    "pk_incoming_bangladesh_to_fia.docx",
    (
        "Office of the Attorney General\nDhaka, Bangladesh",
        "To: Director General\nFederal Investigation Agency\nIslamabad, Pakistan",
        "# Request for Mutual Legal Assistance",
        "The Attorney General of Bangladesh requests the assistance of Pakistan under the United Nations Convention against Transnational Organized Crime in the prosecution of Mr Rafiqul Islam for human trafficking.",
        "# Assistance requested",
        "We request that the premises of Sea Link Recruiting Agency, Plot 9, Block 6, Clifton, Karachi be searched and its records of Bangladeshi workers for 2023 and 2024 be seized.",
        "We also request the subscriber details and call records of mobile number +92 321 7654321, used by the agency's manager, for 2024.",
        "# Purpose",
        "The records will identify the victims recruited by Mr Islam.",
        "Dhaka, 20 February 2025\nDeputy Attorney General",
    ),
    ("PK103", "PK105", "PK106"),
)

COMPLETE_INCOMING = Sample(
    "pk_incoming_complete_canada.txt",
    (
        "International Assistance Group\nDepartment of Justice Canada\nOttawa, Canada",
        "To: The Central Authority for Mutual Legal Assistance, Ministry of Interior, Islamabad, Pakistan",
        "REQUEST FOR MUTUAL LEGAL ASSISTANCE",
        "The Minister of Justice of Canada requests the assistance of Pakistan under Article 18 of the United Nations Convention against Transnational Organized Crime in the prosecution of Mr Adeel Sheikh for fraud over $5,000 under section 380 of the Criminal Code of Canada.",
        "Between 2022 and 2023 Mr Sheikh sold fake immigration services to 40 people in Toronto and transferred the fees to an account at Habib Bank Limited, Gulberg branch, Lahore.",
        "We request that a statement be taken from Ms Sana Malik, branch manager of Habib Bank Limited, Gulberg, Lahore, on the opening of account 0042-7781-0093 and the transfers into it in 2022 and 2023.",
        "We ask that this request be kept confidential. The evidence will be used only in this prosecution.",
        "Contact: Counsel, International Assistance Group, +1 613 957 4758",
        "Ottawa, 3 March 2025\nCounsel, International Assistance Group",
    ),
    (),
)

OTHER_STATE = Sample(
    "pk_other_state_sri_lanka_maldives.txt",
    (
        "Attorney General's Department\nColombo, Sri Lanka",
        "To: Prosecutor General's Office, Malé, Maldives",
        "REQUEST FOR MUTUAL LEGAL ASSISTANCE",
        "The Attorney General of Sri Lanka requests the temporary transfer in custody of Mr Ahmed Rasheed, a prisoner in Maafushi Prison, to give evidence in Colombo, and the search of the office of Reef Traders Pvt Ltd in Malé.",
        "Colombo, 7 January 2025\nSenior State Counsel",
    ),
    (),
    (),
)

SAMPLES = (COMPLETE_OUTGOING, DEFECTIVE_OUTGOING, INCOMING_TO_AGENCY, COMPLETE_INCOMING, OTHER_STATE)


def main(folder: Path) -> None:
    write_samples(SAMPLES, folder, profile="PK")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
