"""Write the UK plugin's sample requests (.docx and .txt) and their expected UK findings.

Run from this folder: ``../../../.venv/bin/python generate.py [OUTPUT_DIR]``. Each
sample is a realistic request to the United Kingdom (or, for the negative
case, to another state), complete or with known defects; ``expected.json``
lists the UK codes each must get, and the profiles automatic selection must
choose, for ``tests/test_uk_samples.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mla_lint.sample_kit import PluginSample as Sample
from mla_lint.sample_kit import write_samples

COMPLETE = Sample(
    "uk_complete_drugs_pakistan.docx",
    (
        "URGENT - accused in custody, trial fixed for 14 April 2025",
        "Ministry of Interior\nGovernment of the Islamic Republic of Pakistan\nCentral Authority for Mutual Legal Assistance\nIslamabad",
        "To: UK Central Authority\nHome Office\n2 Marsham Street\nLondon SW1P 4DF\nUnited Kingdom",
        "Our reference: MLA/FIA/2025/117",
        "# Request for Mutual Legal Assistance in a Criminal Matter",
        "The Central Authority of the Islamic Republic of Pakistan presents its compliments to the UK Central Authority and, on behalf of the Federal Investigation Agency, requests assistance under the United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances 1988 and the Mutual Legal Assistance (Criminal Matters) Act 2020.",
        "# Authority conducting the investigation",
        "The investigation is conducted by the Federal Investigation Agency, Anti-Narcotics Circle, Karachi, under the supervision of the Special Public Prosecutor, Control of Narcotic Substances Court, Karachi, before whom the accused was charged on 3 February 2025.",
        "# Offences",
        "The accused, Mr Bilal Ahmed Qureshi, is charged with trafficking of narcotics under section 9(c) of the Control of Narcotic Substances Act 1997, which is punishable by death or imprisonment for life.",
        "# Assurance on the death penalty",
        "The Government of the Islamic Republic of Pakistan assures the United Kingdom that the death penalty will not be sought, imposed or carried out against Mr Qureshi or any other person in connection with this request.",
        "# Summary of facts",
        "On 12 November 2024 customs officers at Karachi port found 40 kilograms of heroin concealed in a consignment of textiles exported by Qureshi Textiles (Pvt) Ltd to Felixstowe. Payments for the consignment were made from account 41234567, sort code 20-45-77, held by Northgate Trading Ltd at Barclays Bank plc, 1 Churchill Place, London E14 5HP, of which Mr Qureshi is the sole signatory.",
        "# Dual criminality",
        "The conduct described would, if it had occurred in England and Wales, constitute being concerned in the fraudulent evasion of the prohibition on importation of a controlled drug contrary to section 170 of the Customs and Excise Management Act 1979.",
        "# Assistance requested",
        "The Central Authority requests that the competent authorities of the United Kingdom obtain from Barclays Bank plc the account-opening documents, signatory mandates and statements for account 41234567 for the period from 1 January 2023 to 31 December 2024, with a certificate of authenticity from the bank.",
        "# Purpose",
        "The statements will show the payments for the consignment and link Mr Qureshi to its financing; they will be produced at his trial.",
        "# Urgency",
        "Mr Qureshi is in custody and his trial is fixed for 14 April 2025; the records are needed before then.",
        "# Confidentiality and use",
        "We ask that this request and its contents be kept confidential and that the account holder not be informed. The material obtained will be used only for the investigation and prosecution described in this request.",
        "# Contact",
        "Mr Asif Mahmood, Deputy Director (MLA), Ministry of Interior, telephone +92 51 920 1234, e-mail mla.section@interior.gov.pk",
        "Islamabad, 20 February 2025\n(signed)\nAsif Mahmood\nDeputy Director (MLA), Central Authority of Pakistan",
    ),
    (),
)

DEFECTIVE_POLICE = Sample(
    "uk_defective_police_capital.txt",
    (
        "Metro City Police Department\nCriminal Investigation Division\nManila, Republic of the Philippines",
        "To: UK Central Authority, Home Office, London, United Kingdom",
        "LETTER OF REQUEST",
        "The Metro City Police Department requests the assistance of the United Kingdom in the investigation of Mr Ramon Dela Cruz for qualified trafficking in persons under Republic Act No. 9208, an offence which is punishable by death under the law in force at the time of the conduct.",
        "Between March and September 2024 Mr Dela Cruz recruited eleven women in Manila with offers of domestic work in London, took their passports on arrival and forced them to work without pay in premises he rented.",
        "The conduct would, if it had occurred in England and Wales, constitute offences under section 2 of the Modern Slavery Act 2015.",
        "We request that the competent authorities of the United Kingdom obtain all bank records relating to Mr Dela Cruz and provide them to this office.",
        "The records will show the payments he received for the women's work and are needed as evidence of the trafficking.",
        "We ask that this request be kept confidential and that Mr Dela Cruz not be informed of it. The records will be used only for this investigation and the resulting prosecution.",
        "Contact: Police Major Liza Santos, telephone +63 2 8723 0401, e-mail l.santos@mcpd.gov.ph",
        "The suspect is due to leave the Philippines in May 2025, so we would be grateful if the request could be dealt with urgently.",
        "Manila, 15 January 2025\nPolice Major Liza Santos\nChief, Criminal Investigation Division",
    ),
    ("UK101", "UK105", "UK105", "UK106", "UK107"),
)

TAX_SCOTLAND = Sample(
    "uk_tax_fraud_scotland.docx",
    (
        "Public Prosecutor's Office Rotterdam\nFiscal and Economic Crimes Unit\nWilhelminakade 1, Rotterdam, the Netherlands",
        "To: UK Central Authority\nHome Office\nLondon, United Kingdom",
        "# Request for Mutual Legal Assistance",
        "The Public Prosecutor's Office Rotterdam requests assistance under the European Convention on Mutual Assistance in Criminal Matters of 1959 and Title VIII of Part Three of the EU-UK Trade and Cooperation Agreement.",
        "# Offences",
        "The suspect, Mr Pieter van Dam, is investigated for VAT fraud and the fraudulent evasion of excise duty on tobacco, contrary to articles 69 and 70 of the General Tax Act of the Netherlands, each punishable by up to six years' imprisonment.",
        "# Facts",
        "Between 2022 and 2024 Mr van Dam's company Dam Logistics BV declared tobacco shipments as transit goods for Scotland while selling them in the Netherlands. The goods were nominally consigned to Clyde Bonded Warehousing Ltd, 14 Finnieston Street, Glasgow G3 8HB.",
        "# Dual criminality",
        "The conduct would, if it had occurred in the United Kingdom, constitute fraudulent evasion of duty contrary to section 170 of the Customs and Excise Management Act 1979.",
        "# Assistance requested",
        "We request that the warehouse records of Clyde Bonded Warehousing Ltd relating to consignments from Dam Logistics BV between 1 January 2022 and 31 December 2024 be obtained, and that its manager, Ms Fiona Campbell, be interviewed as a witness in Glasgow.",
        "# Purpose",
        "The records and the statement will show that the goods never arrived in Scotland.",
        "# Confidentiality",
        "We ask that the request be kept confidential. The evidence will be used only in these proceedings.",
        "Contact: mr. J. de Boer, public prosecutor, +31 88 699 1000, j.de.boer@om.nl",
        "Rotterdam, 3 March 2025\nJ. de Boer, Public Prosecutor",
    ),
    ("UK102", "UK103"),
)

FRENCH = Sample(
    "uk_commission_rogatoire_french.txt",
    (
        "Tribunal judiciaire de Lyon\nCabinet de Mme Claire Morel, juge d'instruction\nLyon, France",
        "To: UK Central Authority, Home Office, London, United Kingdom",
        "COMMISSION ROGATOIRE INTERNATIONALE",
        "Nous, Claire Morel, juge d'instruction au tribunal judiciaire de Lyon, vu l'information suivie contre M. Julien Garnier des chefs d'escroquerie en bande organisée et de blanchiment, prions les autorités judiciaires compétentes du Royaume-Uni de bien vouloir faire procéder aux actes suivants.",
        "Entre janvier et juin 2024, M. Garnier a obtenu de plusieurs sociétés lyonnaises des virements d'un montant total de 2,3 millions d'euros en se faisant passer pour leur fournisseur habituel. Les fonds ont été virés sur un compte ouvert au nom de la société Garnier Consulting Ltd auprès d'une banque londonienne.",
        "Nous demandons la communication des relevés de ce compte pour la période du 1er janvier au 30 septembre 2024, ainsi que des documents d'ouverture du compte, et l'audition en qualité de témoin du directeur de l'agence.",
        "Les faits sont prévus et réprimés par les articles 313-1 et 324-1 du code pénal et punis de dix ans d'emprisonnement.",
        "Fait à Lyon, le 10 février 2025\nClaire Morel, juge d'instruction",
    ),
    ("UK104",),
)

OTHER_STATE = Sample(
    "uk_other_state_canada.txt",
    (
        "Office of the Attorney General\nRepublic of Singapore",
        "To: International Assistance Group, Department of Justice, Ottawa, Canada",
        "REQUEST FOR MUTUAL LEGAL ASSISTANCE",
        "The Attorney-General's Chambers of Singapore requests the assistance of Canada in the prosecution of Mr Tan Wei Ming for drug trafficking under section 5 of the Misuse of Drugs Act, which is punishable by death.",
        "We request that all bank records relating to Mr Tan be obtained from the Royal Bank of Canada. We would be grateful if this could be treated urgently.",
        "Singapore, 2 February 2025\nDeputy Public Prosecutor",
    ),
    (),
    (),
)

SAMPLES = (COMPLETE, DEFECTIVE_POLICE, TAX_SCOTLAND, FRENCH, OTHER_STATE)


def main(folder: Path) -> None:
    write_samples(SAMPLES, folder, profile="UK")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
