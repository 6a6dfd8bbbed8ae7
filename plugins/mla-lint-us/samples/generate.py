"""Write the US plugin's sample requests (.docx and .txt) and their expected US findings.

Run from this folder: ``../../../.venv/bin/python generate.py [OUTPUT_DIR]``. Each
sample is a realistic request to the United States (or, for the negative
case, to another state), complete or with known defects; ``expected.json``
lists the US codes each must get, and the profiles automatic selection must
choose, for ``tests/test_us_samples.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mla_lint.sample_kit import PluginSample as Sample
from mla_lint.sample_kit import write_samples

COMPLETE = Sample(
    "us_complete_fraud_france.docx",
    (
        "Parquet national financier\nTribunal judiciaire de Paris\nParis, France",
        "To: Office of International Affairs\nCriminal Division\nU.S. Department of Justice\nWashington, D.C. 20530\nUnited States of America",
        "# Request for Mutual Legal Assistance",
        "The Parquet national financier requests assistance under the Treaty on Mutual Legal Assistance in Criminal Matters between France and the United States of America of 10 December 1998.",
        "# Offences",
        "Mr Julien Garnier, a French citizen born on 4 May 1981, is under investigation for organised fraud under article 313-2 of the French Penal Code, punishable by ten years' imprisonment, and for money laundering under article 324-1, punishable by five years' imprisonment.",
        "# Facts",
        "Between January and June 2024 Mr Garnier obtained transfers of 2.3 million euros from companies in Lyon by posing as their usual supplier. On 3 March 2024 he sent the forged invoices to the victims from the e-mail account j.garnier.supply@gmail.com, and the victims' replies were received at that account (copies in Annex 2).",
        "From April 2024 Mr Garnier rented the premises at 1200 Harbor Drive, Miami, Florida, where, according to the statement of his former assistant of 2 October 2024, he keeps the laptop and the paper ledgers he used for the scheme.",
        "# Dual criminality",
        "The conduct would, if committed in the United States, constitute wire fraud under 18 U.S.C. § 1343.",
        "# Assistance requested",
        "1. Obtain from Google LLC the contents of the account j.garnier.supply@gmail.com for the period 1 January to 30 June 2024.",
        "2. Search the premises at 1200 Harbor Drive, Miami, Florida, and seize the laptop computer and the paper ledgers relating to the invoices.",
        "# Purpose",
        "The e-mails and ledgers will show who prepared the forged invoices and where the money went; they will be produced at trial in Paris.",
        "# Confidentiality",
        "We ask that this request be kept confidential and that Mr Garnier not be informed of it. The evidence will be used only in these proceedings.",
        "Contact: Ms Claire Morel, magistrate, +33 1 44 32 51 51, claire.morel@justice.fr",
        "Paris, 10 February 2025\nClaire Morel, Vice-procureure, Parquet national financier",
    ),
    (),
)

DEFECTIVE_CONTENT = Sample(
    "us_defective_content_brazil.txt",
    (
        "Federal Prosecution Service\nProsecutor's Office in the State of São Paulo\nBrazil",
        "To: Legal Attaché, Federal Bureau of Investigation, Embassy of the United States, Brasília",
        "REQUEST FOR LEGAL ASSISTANCE",
        "The Federal Prosecution Service of Brazil requests assistance under the Agreement on Mutual Legal Assistance in Criminal Matters between Brazil and the United States of America of 14 October 1997.",
        "The Federal Police are investigating Mr Rafael Souza Lima for corruption and money laundering in the award of port contracts in Santos between 2021 and 2023.",
        "Mr Lima is believed to have received bribes from contractors and to have hidden the money abroad.",
        "We request that the competent authorities of the United States obtain the contents of the e-mail account rafael.lima.port@outlook.com, and that they search the premises at 845 Brickell Avenue, Miami and seize any documents found there.",
        "The evidence is relevant to establish the payment of bribes.",
        "We ask that this request be kept confidential. The evidence will be used only in this investigation.",
        "Contact: Dr Ana Paula Ribeiro, Federal Prosecutor, +55 11 3269 5000, anapaula@mpf.mp.br",
        "São Paulo, 20 January 2025\nAna Paula Ribeiro\nFederal Prosecutor",
    ),
    ("US101", "US102", "US103", "US106"),
)

DEFENCE = Sample(
    "us_letter_rogatory_defence_canada.txt",
    (
        "ONTARIO SUPERIOR COURT OF JUSTICE\nR. v. Michael Brennan, Court File No. CR-24-1187",
        "To: Office of International Affairs, Criminal Division, U.S. Department of Justice, Washington, D.C., United States",
        "LETTER ROGATORY",
        "The Ontario Superior Court of Justice, pursuant to the Treaty between the Government of Canada and the Government of the United States of America on Mutual Legal Assistance in Criminal Matters, requests the assistance of the judicial authorities of the United States.",
        "This request is made at the request of counsel for the accused, Mr Michael Brennan, a Canadian citizen, who is charged with fraud over $5,000 contrary to section 380(1)(a) of the Criminal Code, punishable by up to fourteen years' imprisonment.",
        "The defence seeks the testimony of Mr David Hill, former controller of Lakeshore Imports Inc., 300 Main Street, Buffalo, New York, on the accounting of the company's payments to Mr Brennan in 2022.",
        "We ask that Mr Hill be examined under oath before a judge on the questions annexed to this letter, and that a transcript be sent to this Court.",
        "The testimony is relevant to Mr Brennan's defence that the payments were salary.",
        "Contact: Registrar, Ontario Superior Court of Justice, +1 416 327 5440",
        "Toronto, 5 March 2025\nThe Honourable Justice K. Morrison",
    ),
    ("US104", "US105"),
)

MINOR = Sample(
    "us_search_minor_offence_germany.docx",
    (
        "Staatsanwaltschaft Köln\nPublic Prosecutor's Office Cologne\nGermany",
        "To: Office of International Affairs, U.S. Department of Justice, Washington, D.C., United States of America",
        "# Request for legal assistance",
        "The Public Prosecutor's Office Cologne requests assistance under the Treaty between the United States of America and the Federal Republic of Germany on Mutual Legal Assistance in Criminal Matters of 14 October 2003.",
        "# Offence",
        "Mr Lukas Becker, a German national, is under investigation for unauthorised use of a registered trademark in a minor case under section 143a of the Trademark Act, which is punishable by a fine or imprisonment of up to six months.",
        "# Facts",
        "From May to August 2024 Mr Becker sold counterfeit sports shoes online and shipped them from a storage unit at 77 Industrial Way, Newark, New Jersey, which he rented in his own name (rental contract seized at his home on 2 September 2024).",
        "# Assistance requested",
        "We ask that the storage unit at 77 Industrial Way, Newark, New Jersey be searched and that the counterfeit shoes and the shipping records found there be seized.",
        "# Purpose",
        "The goods and records will show the scale of the sales.",
        "Contact: Oberstaatsanwalt Dr. Martin Vogel, +49 221 477 0, martin.vogel@sta-koeln.nrw.de",
        "Köln, 12 January 2025\nDr. Martin Vogel, Oberstaatsanwalt",
    ),
    ("US102",),
)

OTHER_STATE = Sample(
    "us_other_state_germany.txt",
    (
        "Prosecutor General's Office\nRepublic of Bulgaria",
        "To: Federal Office of Justice, Bonn, Germany",
        "REQUEST FOR MUTUAL LEGAL ASSISTANCE",
        "The Prosecutor General's Office of Bulgaria requests assistance under the European Convention on Mutual Assistance in Criminal Matters of 1959.",
        "We request that the competent German authorities obtain the contents of the e-mail account ivan.petrov@web.de and search the premises at 12 Hauptstraße, Bonn.",
        "Sofia, 2 February 2025\nDeputy Prosecutor General",
    ),
    (),
    (),
)

SAMPLES = (COMPLETE, DEFECTIVE_CONTENT, DEFENCE, MINOR, OTHER_STATE)


def main(folder: Path) -> None:
    write_samples(SAMPLES, folder, profile="US")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
