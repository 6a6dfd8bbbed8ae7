"""Write the EIO plugin's sample orders and requests (.docx and .txt) and their expected EIO findings.

Run from this folder: ``../../../.venv/bin/python generate.py [OUTPUT_DIR]``. The
samples are European Investigation Orders in the Annex A layout or with a
cover letter, complete or with known defects, an EIO to Ireland, an old-style
letter of request between two member states and a request outside the EU;
``expected.json`` lists the EIO codes each must get, and the profiles
automatic selection must choose, for ``tests/test_eio_samples.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mla_lint.sample_kit import PluginSample as Sample
from mla_lint.sample_kit import write_samples

COMPLETE = Sample(
    "eio_complete_belgium_netherlands.docx",
    (
        "EUROPEAN INVESTIGATION ORDER (EIO)",
        "This EIO has been issued by a competent authority. The issuing authority certifies that the issuing of this EIO is necessary and proportionate for the purpose of the proceedings specified within it taking into account the rights of the suspected or accused person and that the investigative measures requested could have been ordered under the same conditions in a similar domestic case.",
        "# Section A",
        "Issuing State: Belgium\nExecuting State: Netherlands\nLanguage: a Dutch translation of this EIO is attached.",
        "# Section B: Urgency",
        "The suspect is in pre-trial detention until 30 April 2025; execution is requested by 15 April 2025.",
        "# Section C: Investigative measures to be carried out",
        "Obtain from ABN AMRO Bank N.V. the account-opening documents and statements of account NL91 ABNA 0417 1643 00, held by Vermeulen Trading BV, for the period 1 January 2023 to 31 December 2024.",
        "# Section E: Identity of the person concerned",
        "Mr Joris Vermeulen, born 12 March 1979 in Antwerp, Belgian national, residing at Keizersgracht 112, Amsterdam.",
        "# Section F: Type of proceedings",
        "Criminal proceedings brought by a judicial authority in respect of a criminal offence under the national law of the issuing State.",
        "# Section G: Grounds for issuing the EIO",
        "Between 2023 and 2024 Mr Vermeulen obtained 1.2 million euros from Belgian investors by promising returns from a wind-farm project that did not exist; the investors paid into the account at ABN AMRO Bank. The offence is swindling (escroquerie) under article 496 of the Belgian Criminal Code, punishable by up to five years' imprisonment. The offence falls within the Annex D category 'swindling'. The statements are necessary to trace the payments, and proportionate: the bank is the only source of this evidence.",
        "# Section I: Formalities and procedures requested",
        "The bank's records should be certified as true copies by the bank.",
        "# Section J: Legal remedies",
        "A legal remedy against the issuing of the EIO is available before the chambre du conseil of the Brussels court of first instance.",
        "# Section K: Details of the authority that issued the EIO",
        "Type of issuing authority: investigating judge\nName: Mme Sophie Lambert, juge d'instruction, Tribunal de première instance francophone de Bruxelles\nTelephone: +32 2 508 61 11\nE-mail: sophie.lambert@just.fgov.be\nBrussels, 4 March 2025",
    ),
    (),
)

DEFECTIVE = Sample(
    "eio_defective_police_germany_poland.txt",
    (
        "Landeskriminalamt Nordrhein-Westfalen\nDezernat 14 - Wirtschaftskriminalität\nVölklinger Straße 49, Düsseldorf, Germany",
        "To: District Prosecutor's Office in Warsaw, Poland",
        "EUROPEAN INVESTIGATION ORDER",
        "The Landeskriminalamt of North Rhine-Westphalia issues this European Investigation Order in the investigation of Mr Tomasz Nowak for investment fraud.",
        "Between 2022 and 2024 Mr Nowak sold shares in a non-existent solar company to German investors, who transferred the money to accounts in Poland.",
        "We ask that the competent Polish authorities obtain the statements of account PL61 1090 1014 0000 0712 1981 2874 held by Mr Nowak at Santander Bank Polska for the years 2022 to 2024.",
        "The statements will show where the investors' money went.",
        "Contact: Kriminalhauptkommissar Jens Müller, +49 211 939 0, jens.mueller@polizei.nrw.de",
        "Düsseldorf, 6 February 2025\nJens Müller\nKriminalhauptkommissar",
    ),
    ("EIO103", "EIO104", "EIO104", "EIO105", "EIO106"),
)

IRELAND = Sample(
    "eio_to_ireland.txt",
    (
        "Parquet de Paris\nTribunal judiciaire de Paris, France",
        "To: Central Authority for Mutual Assistance, Department of Justice, Dublin, Ireland",
        "EUROPEAN INVESTIGATION ORDER",
        "The Public Prosecutor of Paris issues this European Investigation Order under Directive 2014/41/EU and asks the Irish authorities to hear Ms Siobhan Murphy as a witness on the sale of the painting stolen in Paris on 2 May 2024.",
        "Ms Murphy bought the painting at an auction in Dublin on 14 June 2024. Her evidence is necessary and proportionate: she alone can say from whom the auction house received it.",
        "Paris, 3 March 2025\nProcureur de la République adjoint",
    ),
    ("EIO101",),
)

OLD_STYLE = Sample(
    "eio_letter_of_request_spain_italy.docx",
    (
        "Fiscalía Provincial de Málaga\nMálaga, Spain",
        "To: Ministero della Giustizia, Rome, Italy",
        "# Letter of Request",
        "The Provincial Prosecutor's Office of Málaga requests the assistance of the competent Italian authorities under the European Convention on Mutual Assistance in Criminal Matters of 20 April 1959.",
        "Mr Marco Rossi, an Italian national, is under investigation for drug trafficking under article 368 of the Spanish Criminal Code, punishable by up to nine years' imprisonment.",
        "We request that Mr Rossi's former employer, Porto Logistica S.r.l. of Genoa, be asked to produce the shipping records of the containers it sent to Málaga in 2024.",
        "Málaga, 11 February 2025\nFiscal delegado antidroga",
    ),
    ("EIO102",),
)

MINOR_PENALTY = Sample(
    "eio_minor_penalty_austria_czechia.txt",
    (
        "EUROPEAN INVESTIGATION ORDER (EIO)",
        "A. Issuing State: Austria\nExecuting State: Czech Republic",
        "C. Investigative measures to be carried out",
        "1. Search the garage at Nádražní 12, Znojmo, used by the suspect Mr Petr Dvořák, and seize the stolen bicycles stored there.",
        "G. Grounds: between April and June 2024 Mr Dvořák stole 14 bicycles in Vienna and took them to Znojmo. The offence is theft under section 127 of the Austrian Criminal Code, punishable by imprisonment of up to six months. The offence is listed in Annex D (organised or armed robbery is not alleged; the category indicated is 'theft'). The search is necessary and proportionate because the bicycles are the only physical evidence of the thefts.",
        "Language: a Czech translation of this EIO is attached.",
        "K. Issuing authority: Staatsanwaltschaft Wien (Public Prosecutor's Office Vienna), Dr. Anna Huber, public prosecutor, Vienna, 20 January 2025.",
    ),
    ("EIO104",),
)

OUTSIDE_EU = Sample(
    "eio_other_state_poland_ukraine.txt",
    (
        "Prokuratura Krajowa\nNational Public Prosecutor's Office\nWarsaw, Poland",
        "To: Office of the Prosecutor General of Ukraine, Kyiv, Ukraine",
        "REQUEST FOR LEGAL ASSISTANCE",
        "The National Public Prosecutor's Office of Poland requests, under the European Convention on Mutual Assistance in Criminal Matters of 1959, that the statements of the bank account of Mr Oleh Kovalenko at PrivatBank for 2024 be obtained.",
        "Warsaw, 8 January 2025\nProsecutor of the National Public Prosecutor's Office",
    ),
    (),
    (),
)

SAMPLES = (COMPLETE, DEFECTIVE, IRELAND, OLD_STYLE, MINOR_PENALTY, OUTSIDE_EU)


def main(folder: Path) -> None:
    write_samples(SAMPLES, folder, profile="EIO")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
