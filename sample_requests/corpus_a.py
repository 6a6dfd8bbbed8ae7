"""More sample requests (batch A): varied states, assistance types and drafting styles, each labelled by hand.

Eleven requests from eleven requesting states: three complete and clean (with
near-misses), eight defective. Every label follows the agreed semantics of the
rules; a missing element is located at the heading that announced it, if any.
"""

from __future__ import annotations

from datetime import datetime

from sample_model import Expect, Heading, Lines, Numbered, Para, Sample, Table, Title

US_TO_UK = Sample(
    name="complete_us_oia_to_uk",
    format="docx",
    style=(
        "Long formal US Department of Justice request in Word: lettered headings, prose paragraphs, tables of "
        "accounts and of witness topics, footer with page field"
    ),
    description=(
        "Complete request from the US Department of Justice, Office of International Affairs, to the UK Central "
        "Authority under the 1994 US-UK MLAT, for bank records by production order, compelled testimony of a "
        "witness before a court, and certified Companies House records, in an investment-fraud and money-laundering "
        "prosecution. Near-misses: 'all statements for the period ... of account ...' (specific), 'as a matter of "
        "priority' with a reason and dates, money sent on to Cyprus (a third country), every acronym (OIA, FBI, "
        "U.S.C.) spelled out once. No findings."
    ),
    date=datetime(2024, 7, 9, 15, 0),
    author="Office of International Affairs, U.S. Department of Justice",
    confidentiality_clause=True,
    near_misses=("all statements for the period", "as a matter of priority", "Cyprus"),
    running_footer="United States v. Whitfield et al. - Request to the United Kingdom",
    items=(
        Lines(
            "U.S. Department of Justice",
            "Criminal Division",
            "Office of International Affairs",
            "1301 New York Avenue NW",
            "Washington, DC 20530",
        ),
        Lines("Our reference: CRM-182-47563", "9 July 2024"),
        Lines("UK Central Authority", "Home Office", "2 Marsham Street", "London SW1P 4DF", "United Kingdom"),
        Title("Request for Assistance in the Matter of United States v. Graham Royce Whitfield et al."),
        Heading("A. Introduction"),
        Para(
            "The Office of International Affairs (OIA), Criminal Division, United States Department of Justice, the "
            "Central Authority of the United States, presents this request on behalf of the United States Attorney's "
            "Office for the District of New Jersey, which is prosecuting the criminal case described below. The "
            "request is made under the Treaty between the Government of the United States of America and the "
            "Government of the United Kingdom of Great Britain and Northern Ireland on Mutual Legal Assistance in "
            "Criminal Matters, signed at Washington on 6 January 1994 (the Treaty)."
        ),
        Heading("B. The Prosecution"),
        Para(
            "The Federal Bureau of Investigation (FBI), Newark Field Office, has investigated the case since "
            "February 2023 under the direction of the United States Attorney's Office. On 12 March 2024 a federal "
            "grand jury in the District of New Jersey returned an indictment charging Graham Royce Whitfield and "
            "Meridale Capital Partners LLC with the offences set out in Part D. The case is pending before the "
            "United States District Court for the District of New Jersey. Trial is set to begin on 3 March 2025. "
            "Mr Whitfield lives in London and has not yet appeared; a warrant for his arrest has been issued."
        ),
        Heading("C. Facts"),
        Para(
            "Meridale Capital Partners LLC (Meridale), a Delaware company with offices at 100 Campus Drive, Florham "
            "Park, New Jersey, was founded by Mr Whitfield in 2019. From January 2020 to June 2023 Meridale sold "
            "interests in a fund it described as a trade-finance fund to 311 investors in the United States, raising "
            "USD 46,200,000. Investors were told that their money would finance short-term shipments of "
            "agricultural goods and earn a fixed return of 14 per cent a year, and they received monthly statements "
            "showing such returns."
        ),
        Para(
            "No trade finance was ever carried on. Meridale's own bank records, obtained in the United States by "
            "grand jury subpoena, show that the investors' money was used to pay earlier investors their supposed "
            "returns and that USD 17,850,000 was transferred between 3 February 2021 and 26 May 2023 to accounts in "
            "London held by Meridale Capital (UK) Limited, a company of which Mr Whitfield is the sole director. A "
            "former Meridale accountant, who is cooperating with the prosecution, has told the FBI that the London "
            "accounts were used to pay Mr Whitfield's personal expenses and that about USD 2,400,000 was sent on to "
            "an account in Cyprus in the name of a relative of Mr Whitfield."
        ),
        Para(
            "Ms Fiona Catherine Hargreaves was the compliance officer of Meridale Capital (UK) Limited from "
            "September 2021 to April 2023. Emails recovered from Meridale's servers show that she questioned the "
            "transfers from the United States in writing on at least four occasions and that Mr Whitfield "
            "instructed her to describe them as fund management fees."
        ),
        Heading("D. Offences"),
        Para(
            "The indictment charges conspiracy to commit wire fraud and wire fraud, in violation of Title 18, United "
            "States Code (U.S.C.), Sections 1349 and 1343; securities fraud, in violation of 15 U.S.C. §§ 78j(b) and "
            "78ff; and conspiracy to commit money laundering, in violation of 18 U.S.C. § 1956(h). Each wire fraud "
            "count carries a maximum penalty of 20 years' imprisonment."
        ),
        Para(
            "The conduct would also be criminal in England and Wales, in particular as fraud by false representation "
            "contrary to sections 1 and 2 of the Fraud Act 2006, fraudulent trading contrary to section 993 of the "
            "Companies Act 2006, and concealing, converting or transferring criminal property contrary to section 327 "
            "of the Proceeds of Crime Act 2002."
        ),
        Heading("E. Persons Concerned"),
        Table(
            ("Person or company", "Particulars"),
            (
                "Graham Royce Whitfield (defendant)",
                "British national, born 3 November 1976, British passport No. 533918274, 14 Chalcot Square, "
                "London NW1 8YB",
            ),
            (
                "Meridale Capital Partners LLC (defendant)",
                "Delaware limited liability company, 100 Campus Drive, Florham Park, New Jersey 07932",
            ),
            (
                "Meridale Capital (UK) Limited",
                "Company registered in England and Wales, No. 12873401, 85 Great Portland Street, London W1W 7LT",
            ),
            (
                "Fiona Catherine Hargreaves (witness)",
                "British national, born 19 May 1984, 27 Albemarle Road, Beckenham BR3 5LN; not a suspect",
            ),
        ),
        Heading("F. Assistance Requested"),
        Para(
            "The United States asks that the competent authorities of the United Kingdom obtain, by production order "
            "or by such other means as United Kingdom law provides, all statements for the period 1 January 2021 to "
            "31 March 2024 of the accounts listed below, with the account opening documents, mandates and signatory "
            "records, and the remitter and beneficiary details of every transfer of GBP 10,000 or more."
        ),
        Table(
            ("Bank", "Sort code and account number", "Account holder"),
            ("Lombard Crown Bank plc", "40-11-62 71839204", "Meridale Capital (UK) Limited"),
            ("Lombard Crown Bank plc", "40-11-62 71839212 (US dollar account)", "Meridale Capital (UK) Limited"),
            ("Ealing Mutual Bank plc", "09-01-28 30457716", "Graham Royce Whitfield"),
        ),
        Para(
            "The United States further asks that Ms Hargreaves be examined on oath before a court nominated under "
            "section 15 of the Crime (International Co-operation) Act 2003 on the topics set out in the table below, "
            "and that she be asked to produce any notes or emails she kept about the transfers."
        ),
        Table(
            ("Topic", "Questions to be put"),
            ("Her role", "Her duties as compliance officer and to whom she reported"),
            ("The transfers", "What she was told about the purpose of the transfers from Meridale, and by whom"),
            ("Her objections", "The concerns she raised in writing, and the replies she received"),
            ("Use of the money", "Who gave instructions on the London accounts and for what payments"),
        ),
        Para(
            "Finally, the United States asks for copies, certified by the Registrar of Companies, of the incorporation "
            "documents, annual confirmation statements and filings naming the directors and persons with significant "
            "control of Meridale Capital (UK) Limited."
        ),
        Heading("G. Purpose of the Request"),
        Para(
            "The bank records will show how the investors' money was spent once it reached London and whether it "
            "was used for Mr Whitfield's benefit, which the prosecution must prove on the wire fraud and money "
            "laundering counts. Ms Hargreaves's testimony is needed to prove that Mr Whitfield knew the transfers "
            "were not fees and directed how they were described. The evidence will be offered at trial."
        ),
        Heading("H. Procedures"),
        Para(
            "Each bank should produce its records with a certificate signed by a custodian of records, stating that "
            "the records were made at or near the time of the matters recorded by a person with knowledge of them, "
            "were kept in the course of regularly conducted business activity, and were made as a regular practice, "
            "so that they may be admitted under 18 U.S.C. § 3505."
        ),
        Para(
            "Ms Hargreaves's testimony should be taken on oath or affirmation and recorded verbatim. Because the "
            "defendants have a constitutional right to confront the witnesses against them, we ask that an Assistant "
            "United States Attorney and counsel for the defendants be permitted to attend, in person or by video "
            "link, and to put questions to the witness."
        ),
        Heading("I. Timing"),
        Para(
            "The United States asks that this request be executed as a matter of priority, because the records must "
            "be disclosed to the defence by 15 December 2024 in advance of the trial date of 3 March 2025."
        ),
        Heading("J. Confidentiality and Use"),
        Para(
            "The United States asks that this request and its contents be kept confidential and that the banks be "
            "asked not to disclose it to their customers, because disclosure could lead to the movement of assets "
            "that may become subject to forfeiture. In accordance with the Treaty, the United States will use the "
            "evidence obtained only for the prosecution described in this request, unless the United Kingdom "
            "consents to another use."
        ),
        Heading("K. Contacts"),
        Para(
            "The prosecutor in charge is Assistant United States Attorney Rachel M. Delgado, telephone "
            "+1 973 555 0142, email rachel.delgado@usdoj.gov. The OIA attorney responsible for this request is "
            "Trial Attorney Marcus O. Lindqvist, telephone +1 202 555 0119, email marcus.lindqvist@usdoj.gov."
        ),
        Lines(
            "(Signed)",
            "Eleanor J. Whitcombe-Reyes",
            "Associate Director, Office of International Affairs",
            "Criminal Division, U.S. Department of Justice",
            "Washington, DC, 9 July 2024",
        ),
    ),
)

FR_TO_CH = Sample(
    name="complete_fr_ji_to_ch",
    format="pdf",
    style=(
        "French international letter of request (commission rogatoire internationale) in English translation: "
        "first-person judge's voice, bold headings, prose, running header and footer"
    ),
    description=(
        "Complete commission rogatoire of an investigating judge of the Tribunal judiciaire de Paris to the Swiss "
        "Federal Office of Justice under the 1959 European Convention and its Second Additional Protocol, for a "
        "search of a Geneva consultancy with seizure of documents and for records of two bank accounts, in a "
        "foreign-bribery case. Near-misses: a search the French police already carried out in Lyon, money routed "
        "through the British Virgin Islands (a third country), Article 67 of the Swiss IMAC. No findings."
    ),
    date=datetime(2024, 1, 22, 10, 0),
    author="Tribunal judiciaire de Paris",
    confidentiality_clause=True,
    near_misses=("searched the Lyon offices", "British Virgin Islands", "Article 67 of the IMAC"),
    running_header="Tribunal judiciaire de Paris - Commission rogatoire internationale - Investigation No. 2023/000417",
    running_footer="Translation from French",
    items=(
        Lines(
            "Tribunal judiciaire de Paris",
            "Office of Mrs Claire Fontaine-Moreau, Vice-President in charge of investigation",
            "Parvis du Tribunal de Paris, 75017 Paris, France",
        ),
        Lines("Investigation No. 2023/000417", "Paris, 22 January 2024"),
        Lines(
            "Federal Office of Justice (FOJ)",
            "Mutual Legal Assistance Unit",
            "Bundesrain 20",
            "3003 Bern",
            "Switzerland",
        ),
        Title("International Letter of Request (Commission rogatoire internationale)"),
        Para(
            "We, Claire Fontaine-Moreau, Vice-President in charge of investigation (juge d'instruction) at the "
            "Tribunal judiciaire de Paris, acting in the judicial investigation described below, request the "
            "competent judicial authorities of the Swiss Confederation to carry out the measures set out in this "
            "letter."
        ),
        Heading("The proceedings"),
        Para(
            "A judicial investigation (information judiciaire) was opened on 6 September 2022 on the application of "
            "the National Financial Prosecutor's Office (Parquet national financier, PNF) for bribery of foreign "
            "public officials, misuse of corporate assets and money laundering. The police enquiries are carried out "
            "on our instructions by the Central Office for Combating Corruption and Financial and Tax Offences "
            "(Office central de lutte contre la corruption et les infractions financières et fiscales, OCLCIFF). "
            "Mr Bertrand Lucien Achard was placed under formal investigation (mis en examen) on 20 November 2023. "
            "The investigation is continuing and no trial date has been set."
        ),
        Heading("Legal basis"),
        Para(
            "This letter is issued under the European Convention on Mutual Assistance in Criminal Matters of "
            "20 April 1959 and its Second Additional Protocol of 8 November 2001, to which France and Switzerland are "
            "both parties, and under Articles 694 and following of the French Code of Criminal Procedure. We "
            "understand that it will be executed under the Swiss Federal Act on International Mutual Assistance in "
            "Criminal Matters (IMAC)."
        ),
        Heading("The facts"),
        Para(
            "Sorevia Ingénierie SA, an engineering company based in Lyon, won in 2018 and 2020 two contracts worth "
            "EUR 61,000,000 in total for the dredging and extension of the container terminal of a public port "
            "authority in Central Africa. Mr Achard was its chairman and managing director at the time."
        ),
        Para(
            "Between 14 May 2018 and 30 September 2022 Sorevia Ingénierie SA paid EUR 3,800,000 to Valmont Conseil "
            "SA, a consultancy in Geneva, under two agreements for commercial advice on the contracts. No report, "
            "study or other work product of Valmont Conseil SA was found at Sorevia. Of the money received, "
            "Valmont Conseil SA transferred EUR 2,950,000 to an account at Banque Léman Privée SA, Geneva, held by "
            "Tarsis Holdings Ltd, a company registered in the British Virgin Islands. A former finance manager of "
            "Sorevia has stated that Mr Achard told him the consultancy fees were the price of the contracts and "
            "would go to the director of the port authority who chaired the tender board."
        ),
        Para(
            "On 14 March 2023 officers of the OCLCIFF searched the Lyon offices of Sorevia Ingénierie SA and seized "
            "the two consultancy agreements and the invoices of Valmont Conseil SA. Emails seized on that occasion "
            "show that the invoices were drafted at Sorevia and sent to Geneva to be printed on Valmont Conseil SA's "
            "letterhead."
        ),
        Heading("Persons concerned"),
        Para(
            "Bertrand Lucien Achard, a French national, born on 12 May 1964 in Grenoble, residing at 18 quai "
            "Saint-Vincent, 69001 Lyon, France. Valmont Conseil SA, registered in the commercial register of the "
            "Canton of Geneva under No. CHE-114.382.907, with its offices at 7 rue du Rhône, 1204 Geneva; its sole "
            "director is Mr Olivier Pascal Riedweg, a Swiss national, residing in Carouge. Tarsis Holdings Ltd, "
            "whose beneficial owner is not yet known."
        ),
        Heading("Offences"),
        Para(
            "The facts constitute, under French law, bribery of a foreign public official, an offence under "
            "Article 435-3 of the Criminal Code punishable by ten years' imprisonment; misuse of corporate assets, "
            "under Article L. 242-6 of the Commercial Code; and money laundering, under Article 324-1 of the "
            "Criminal Code."
        ),
        Para(
            "The same facts would be punishable under Swiss law as bribery of foreign public officials under "
            "Article 322septies of the Swiss Criminal Code, as criminal mismanagement under Article 158 and as money "
            "laundering under Article 305bis of that Code."
        ),
        Heading("Measures requested"),
        Para(
            "We request the competent Swiss authority to search the offices of Valmont Conseil SA at 7 rue du Rhône, "
            "1204 Geneva, and to seize the following, on paper or in electronic form: the agreements between "
            "Valmont Conseil SA and Sorevia Ingénierie SA; the invoices issued to Sorevia Ingénierie SA from 2018 to "
            "2022; the correspondence exchanged with Sorevia Ingénierie SA and with Tarsis Holdings Ltd from 2018 to "
            "2022; and the accounting records of Valmont Conseil SA for the financial years 2018 to 2022."
        ),
        Para(
            "We further request that Banque Léman Privée SA, Geneva, be ordered to produce, for the period "
            "1 January 2018 to 31 December 2023, the account opening documents, the identification of the beneficial "
            "owner, the statements and the details of every transfer of EUR 10,000 or more of account "
            "No. CH93 0076 2011 6238 5295 7 held by Tarsis Holdings Ltd and of account No. 0418-552719-00 held by "
            "Valmont Conseil SA."
        ),
        Heading("Purpose of the measures"),
        Para(
            "The documents seized in Geneva are needed to establish that the consultancy agreements were a sham, and "
            "the bank records to follow the money from Valmont Conseil SA to its final recipient. If, as we believe, "
            "the account of Tarsis Holdings Ltd belongs to the director of the port authority or to a person "
            "connected with him, this will prove the bribe."
        ),
        Heading("Execution"),
        Para(
            "The bank documents should be supplied as copies certified by the bank as complete and true. We ask that "
            "the seized documents be listed in an inventory signed by the executing officer. In accordance with "
            "Article 4 of the Convention, we request that we, accompanied by our clerk and by two investigators of "
            "the OCLCIFF, be allowed to be present at the search, without taking part in it."
        ),
        Heading("Confidentiality"),
        Para(
            "We request that this letter and the measures it requests be kept confidential, and that the account "
            "holders and Valmont Conseil SA not be informed of them before the search, to the extent Swiss law "
            "allows, since disclosure would allow documents to be destroyed."
        ),
        Heading("Use of the evidence"),
        Para(
            "The evidence transmitted will be used only for the proceedings described in this letter, in accordance "
            "with Article 67 of the IMAC, and will not be used for any other purpose without the prior consent of "
            "the Swiss authorities."
        ),
        Heading("Contact"),
        Para(
            "Questions may be addressed to our clerk, Mr Julien Marchetti, telephone +33 1 44 32 51 87, email "
            "julien.marchetti@justice.fr, or to the investigator in charge, Commandant Sophie Duvernoy, OCLCIFF, "
            "email sophie.duvernoy@interieur.gouv.fr."
        ),
        Lines(
            "The investigating judge",
            "(Signature and seal)",
            "Claire Fontaine-Moreau",
            "Vice-President in charge of investigation, Tribunal judiciaire de Paris",
            "Paris, 22 January 2024",
        ),
    ),
)

CA_TO_US = Sample(
    name="complete_ca_to_us_prisoner_transfer",
    format="txt",
    style="Plain-text Canadian letter: numbered paragraphs without headings, measured formal prose",
    description=(
        "Complete request from the International Assistance Group of the Department of Justice Canada to the US "
        "Office of International Affairs under the 1985 Canada-US MLAT for the temporary transfer of a consenting "
        "federal prisoner to testify at a drug-importation trial in Toronto. Testimony, so procedures and witness "
        "details are given. Near-misses: 'as a matter of priority' with a reason and a date, an internal "
        "reference to a paragraph that exists, acronyms spelled out once. No findings."
    ),
    date=datetime(2024, 10, 14, 11, 0),
    author="International Assistance Group, Department of Justice Canada",
    confidentiality_clause=True,
    near_misses=("as a matter of priority", "paragraph 5"),
    items=(
        Lines(
            "Department of Justice Canada",
            "International Assistance Group",
            "284 Wellington Street",
            "Ottawa, Ontario K1A 0H8",
            "Canada",
        ),
        Lines("Our file: 2024-0873", "14 October 2024"),
        Lines(
            "Office of International Affairs",
            "Criminal Division, U.S. Department of Justice",
            "1301 New York Avenue NW",
            "Washington, DC 20530",
        ),
        Title("Request for Mutual Legal Assistance: Temporary Transfer of a Person in Custody to Testify in Canada"),
        Numbered(
            "The Minister of Justice of Canada, acting through the International Assistance Group (IAG), the Central "
            "Authority of Canada, requests the assistance of the United States on behalf of the Public Prosecution "
            "Service of Canada (PPSC). The request is made under the Treaty between the Government of Canada and the "
            "Government of the United States of America on Mutual Legal Assistance in Criminal Matters, signed at "
            "Quebec City on 18 March 1985, and the Mutual Legal Assistance in Criminal Matters Act of Canada."
        ),
        Numbered(
            "The PPSC is prosecuting Kevin Lucien Marchand and Sarah Beth Kowalczyk in R. v. Marchand and "
            "Kowalczyk before the Ontario Superior Court of Justice in Toronto, court file No. CR-23-50000417. The "
            "charges follow an investigation by the Royal Canadian Mounted Police (RCMP), Federal Policing, Toronto. "
            "The accused were committed for trial on 6 June 2024, and the jury trial is scheduled to begin on "
            "3 February 2025 and to last six weeks."
        ),
        Numbered(
            "Between March 2021 and April 2023 fentanyl was smuggled from the United States into Canada hidden in "
            "the trailers of a trucking company in Mississauga controlled by Mr Marchand. The drugs were loaded in "
            "Syracuse, New York, by an associate of Mr Marchand, Troy Allen Whitaker, and crossed the border at the "
            "Lacolle port of entry. On 18 April 2023 officers of the Canada Border Services Agency found 14 kilograms "
            "of fentanyl in one of the trailers. Ms Kowalczyk, the company's dispatcher, arranged the routes and "
            "received the payments in cash."
        ),
        Numbered(
            "Mr Whitaker was arrested in Syracuse on 2 May 2023. On 11 January 2024 he pleaded guilty in the United "
            "States District Court for the Northern District of New York to conspiracy to distribute fentanyl and "
            "was sentenced to 120 months' imprisonment."
        ),
        Numbered(
            "The person whose transfer is requested is Troy Allen Whitaker, a United States citizen, born on "
            "22 August 1985, Federal Bureau of Prisons register number 27741-052, who is serving his sentence at the "
            "Federal Correctional Institution Ray Brook, New York. The accused Kevin Lucien Marchand is a Canadian "
            "citizen, born on 9 December 1979, who lives in Mississauga, Ontario."
        ),
        Numbered(
            "The accused are charged with importing a controlled substance contrary to section 6(1) of the "
            "Controlled Drugs and Substances Act, possession of a controlled substance for the purpose of "
            "trafficking contrary to section 5(2) of that Act, and conspiracy contrary to section 465(1)(c) of the "
            "Criminal Code. The maximum penalty for importing is imprisonment for life."
        ),
        Numbered(
            "The same conduct, had it occurred in the United States, would constitute offences under sections "
            "841(a)(1), 846 and 963 of Title 21 of the United States Code, as Mr Whitaker's own conviction shows."
        ),
        Numbered(
            "Canada asks that Mr Whitaker be temporarily transferred in custody to Canada to give evidence at the "
            "trial, from about 10 February 2025 to 21 February 2025. Mr Whitaker has consented to the transfer in "
            "writing, through his counsel, on 2 October 2024."
        ),
        Numbered(
            "The Crown intends to ask Mr Whitaker about how he came to know Mr Marchand; the arrangements for "
            "loading the drugs in Syracuse; the number and dates of the shipments; the payments he received and from "
            "whom; and his dealings with Ms Kowalczyk. He is the only witness who can speak directly to the "
            "agreement between the accused and the suppliers in the United States."
        ),
        Numbered(
            "Mr Whitaker will give evidence in person before the judge and jury, under oath, and will be "
            "cross-examined by counsel for the accused. Canada will keep him in custody throughout his stay, will "
            "receive him from and return him to the United States Marshals Service at the Champlain, New York port "
            "of entry, and will bear the costs of the transfer. He will not be prosecuted or detained in Canada for "
            "any act done before his transfer."
        ),
        Numbered(
            "His testimony is needed to prove the agreement that is the basis of the conspiracy charge and to link "
            "Mr Marchand to the shipments described in paragraph 3; without it the Crown's case on the conspiracy "
            "rests on circumstantial evidence only. The identification evidence described in paragraph 5 will allow "
            "the court to confirm that the witness is the person convicted in New York."
        ),
        Numbered(
            "We ask that this request be dealt with as a matter of priority and that a decision be communicated by "
            "15 December 2024, so that the trial judge can be told at the pre-trial conference on 20 December 2024 "
            "whether the witness will attend."
        ),
        Numbered(
            "For the safety of the witness, we ask that this request and the dates of the transfer be kept "
            "confidential and not disclosed beyond the officials who need to know them."
        ),
        Numbered(
            "The testimony and any information obtained will be used only for the prosecution described in this "
            "request, unless the United States consents to another use."
        ),
        Numbered(
            "The Crown prosecutor with conduct of the case is Ms Amélie Tremblay-Nguyen, Federal Prosecutor, "
            "PPSC Ontario Regional Office, telephone +1 416 555 0173, email amelie.tremblay-nguyen@ppsc-sppc.gc.ca. "
            "Counsel at the IAG is Mr Jonathan R. Beaulieu, telephone +1 613 555 0188."
        ),
        Lines(
            "(Signed)",
            "Jonathan R. Beaulieu",
            "Counsel, International Assistance Group",
            "for the Minister of Justice of Canada",
            "Ottawa, 14 October 2024",
        ),
    ),
)

IN_TO_AE = Sample(
    name="defective_vague_lr_in_to_ae",
    format="docx",
    style=(
        "Indian Letter Rogatory in Word: court caption, list-numbered paragraphs, one table of transfers, "
        "court-style signature block"
    ),
    description=(
        "Letter Rogatory of a Special Judge in New Delhi, on the application of the Central Bureau of Investigation, "
        "to the UAE for bank and company records and a witness statement in a bank-loan fraud. It cites the "
        "India-UAE MLA Agreement correctly but 'Article 18' of UNCAC (its MLA article is 46); asks for 'all "
        "information relating to the bank accounts' and 'any and all documents concerning' the company's dealings "
        "without identifiers or period; says nothing on what the evidence is for, on the form of the records or "
        "statement, or on dual criminality although bank records are sought; 'IPC' is never spelled out."
    ),
    date=datetime(2023, 8, 16, 12, 0),
    author="Central Bureau of Investigation",
    confidentiality_clause=True,
    near_misses=("the statements for the period 1 April 2017 to 31 March 2020",),
    expected=(
        Expect("MLA204", "warning", "Article 18 of the United Nations Convention against Corruption"),
        Expect("MLA207", "info", "IPC"),
        Expect("MLA201", "warning", "all information relating to the bank accounts"),
        Expect("MLA201", "warning", "any and all documents concerning"),
        Expect("MLA107", "warning"),
        Expect("MLA109", "warning"),
        Expect("MLA111", "error"),
    ),
    items=(
        Title("LETTER ROGATORY"),
        Lines(
            "In the Court of the Special Judge (Prevention of Corruption Act), CBI-07",
            "Rouse Avenue District Courts, New Delhi",
            "CBI case No. 0112022A0027",
            "State through Central Bureau of Investigation versus Rajesh Kumar Malhotra and others",
        ),
        Lines(
            "To",
            "The Competent Judicial Authority of the United Arab Emirates",
            "through the Ministry of Justice, Abu Dhabi, United Arab Emirates",
        ),
        Numbered(
            "This Letter Rogatory is issued by this Court under Section 166A of the Code of Criminal Procedure, 1973 "
            "on the application of the Central Bureau of Investigation (CBI), Bank Securities Fraud Branch, New Delhi, "
            "which is investigating the above case registered on 14 June 2022 on the complaint of Bharat Udyog Bank "
            "Limited. The investigation is in progress and the final report has not yet been filed."
        ),
        Numbered(
            "The Letter Rogatory is sent under the Agreement between the Republic of India and the United Arab "
            "Emirates on Mutual Legal Assistance in Criminal Matters signed at New Delhi on 25 October 2000, and "
            "under Article 18 of the United Nations Convention against Corruption, to which both countries are "
            "parties."
        ),
        Numbered(
            "Shivalik Agro Impex Private Limited, New Delhi, whose directors are the accused Rajesh Kumar Malhotra "
            "and his wife Anita Malhotra, availed credit facilities of INR 2,140,000,000 from a consortium of banks "
            "led by Bharat Udyog Bank Limited between 2016 and 2019 for the export of basmati rice. Mr Suresh "
            "Narayan Nair, then General Manager of the bank, recommended the enhancement of the limits without "
            "verifying the export orders."
        ),
        Numbered(
            "The company showed export advances received from Falcon Crest General Trading LLC, Dubai, a firm "
            "controlled by Rajesh Kumar Malhotra. In fact the loan funds were sent to Falcon Crest General Trading "
            "LLC as advances for imports that never took place, and the same money came back to the company as "
            "export advances, making the turnover appear larger. The transfers traced so far are shown below."
        ),
        Table(
            ("Period", "Amount (USD)", "From", "To"),
            ("April 2017 to March 2018", "6,200,000", "Shivalik Agro Impex Private Limited", "Falcon Crest General Trading LLC"),
            ("April 2018 to March 2019", "7,950,000", "Shivalik Agro Impex Private Limited", "Falcon Crest General Trading LLC"),
            ("April 2019 to March 2020", "4,450,000", "Shivalik Agro Impex Private Limited", "Falcon Crest General Trading LLC"),
        ),
        Numbered(
            "The account was declared a fraud by the consortium on 22 November 2021, with a loss of "
            "INR 1,630,000,000 to the banks. Rajesh Kumar Malhotra left India on 3 January 2022 and has not returned."
        ),
        Numbered(
            "Rajesh Kumar Malhotra is an Indian national, born on 9 February 1969 in Amritsar, holding Indian "
            "passport No. Z4419827, presently residing at Villa 22, Street 5, Jumeirah Park, Dubai. Falcon Crest "
            "General Trading LLC holds trade licence No. 784512 issued by the Department of Economy and Tourism, "
            "Dubai. Its manager is Mr Vikram Sethi, an Indian national residing at Apartment 1406, Marina Heights "
            "Tower, Dubai Marina, Dubai."
        ),
        Numbered(
            "The accused are being investigated for offences punishable under Section 120-B read with Sections 420, "
            "467, 468 and 471 of the IPC and Section 13(2) read with Section 13(1)(d) of the Prevention of "
            "Corruption Act, 1988."
        ),
        Numbered(
            "The Competent Authority of the United Arab Emirates is requested to provide the account opening form, "
            "the statements for the period 1 April 2017 to 31 March 2020 and the details of the remitters and "
            "beneficiaries of account AE44 0860 0000 0912 3456 789 of Falcon Crest General Trading LLC at Emirates "
            "Crescent Bank PJSC, Dubai."
        ),
        Numbered(
            "It is further requested to provide all information relating to the bank accounts held by the accused "
            "persons anywhere in the United Arab Emirates."
        ),
        Numbered(
            "It is further requested to provide the trade licence, memorandum of association and the list of "
            "partners and managers of Falcon Crest General Trading LLC as registered with the Department of Economy "
            "and Tourism, Dubai."
        ),
        Numbered(
            "It is further requested to provide any and all documents concerning the business dealings of Shivalik "
            "Agro Impex Private Limited with entities in the United Arab Emirates."
        ),
        Numbered(
            "It is further requested to record the statement of Mr Vikram Sethi on the persons who gave instructions "
            "for the transfers shown in the table above, the goods, if any, supplied against them, and his "
            "relationship with Rajesh Kumar Malhotra."
        ),
        Numbered(
            "It is requested that this Letter Rogatory and its contents be kept confidential and that the accused "
            "persons not be informed of it, as they may otherwise move the funds."
        ),
        Numbered(
            "The evidence received will be used only for the purpose of investigation and trial of this case and "
            "not for any other purpose without the consent of the Competent Authority of the United Arab Emirates."
        ),
        Numbered(
            "For any clarification, the investigating officer, Mr Arvind Kumar Yadav, Deputy Superintendent of "
            "Police, Central Bureau of Investigation, Bank Securities Fraud Branch, New Delhi, may be contacted on "
            "+91 11 2436 8801 or at arvind.yadav@cbi.gov.in."
        ),
        Numbered(
            "This Court assures the Competent Authority of the United Arab Emirates that the courts of India will "
            "execute a similar request from the United Arab Emirates."
        ),
        Lines(
            "(Signed and sealed)",
            "Pradeep Chandra Joshi",
            "Special Judge (Prevention of Corruption Act), CBI-07",
            "Rouse Avenue District Courts, New Delhi",
            "Dated: 16 August 2023",
        ),
    ),
)

ID_TO_SG = Sample(
    name="defective_freeze_kpk_id_to_sg",
    format="pdf",
    style=(
        "Indonesian request in non-native English: capitalised headings, numbered paragraphs, formal letter "
        "formulas translated literally"
    ),
    description=(
        "Request from Indonesia's Corruption Eradication Commission (KPK), through the Ministry of Law and Human "
        "Rights, to Singapore to freeze a bank account and 'all assets belonging to the suspect' and to provide bank "
        "records, in a procurement-bribery case. Its only legal basis is UNCAC cited without an article; the "
        "persons are named without any identifying particulars; the freezing of 'all assets' gives no particulars "
        "of the property and no Indonesian seizure order is mentioned for any of it; no form or certification is "
        "asked for the bank records."
    ),
    date=datetime(2024, 6, 5, 9, 30),
    author="Komisi Pemberantasan Korupsi",
    confidentiality_clause=True,
    expected=(
        Expect("MLA102", "error", "United Nations Convention Against Corruption 2003"),
        Expect("MLA108", "warning", "PERSONS CONCERNED"),
        Expect("MLA201", "warning", "all assets belonging to the suspect"),
        Expect("MLA117", "error"),
        Expect("MLA109", "warning"),
    ),
    running_header="KOMISI PEMBERANTASAN KORUPSI - REPUBLIC OF INDONESIA",
    items=(
        Lines(
            "CORRUPTION ERADICATION COMMISSION",
            "REPUBLIC OF INDONESIA",
            "Jl. Kuningan Persada Kav. 4, Jakarta Selatan 12950",
        ),
        Lines("Number: 1187/KPK/06/2024", "Jakarta, 5 June 2024"),
        Lines(
            "To: The Attorney-General of the Republic of Singapore",
            "International Affairs Division, Attorney-General's Chambers",
            "1 Upper Pickering Street, Singapore 058288",
            "Through: Ministry of Law and Human Rights of the Republic of Indonesia as Central Authority",
        ),
        Title("REQUEST FOR MUTUAL LEGAL ASSISTANCE IN CRIMINAL MATTERS FOR FREEZING OF ASSETS"),
        Para(
            "With respect, the Corruption Eradication Commission of the Republic of Indonesia (Komisi Pemberantasan "
            "Korupsi, hereinafter KPK) hereby submit the request for assistance to the competent authority of the "
            "Republic of Singapore as follows."
        ),
        Heading("I. LEGAL BASIS"),
        Numbered(
            "United Nations Convention Against Corruption 2003, which has been ratified by Indonesia with Law Number 7 "
            "of 2006."
        ),
        Heading("II. CASE"),
        Numbered(
            "KPK is conducting investigation on the corruption case in procurement of two gas turbines at PT Energi "
            "Nusantara (Persero) for the year 2020, based on Investigation Order dated 12 February 2024. In the same "
            "date the suspect was determined. The case will be brought to the Corruption Court at Central Jakarta "
            "District Court after the investigation is finish."
        ),
        Heading("III. FACTS"),
        Numbered(
            "In year 2020 PT Energi Nusantara (Persero) made tender for two gas turbines with value "
            "IDR 1,200,000,000,000. The suspect Mr Bambang Sutrisno, as Director of Procurement, arranged the tender "
            "specification so only PT Turbindo Mega Teknik can be winner, and on 14 October 2020 the contract was "
            "signed with that company."
        ),
        Numbered(
            "As reward, Mr Hartono Lim, director of PT Turbindo Mega Teknik, transferred SGD 2,100,000 in three "
            "transfers on 3 March 2021, 18 June 2021 and 27 September 2021 to account number 501-228877-1 at "
            "Merlion Private Bank Ltd, Singapore, in the name of Golden Orchid Holdings Pte. Ltd. Based on "
            "witness statement, this company is controlled by the brother-in-law of the suspect, Mr Yohanes "
            "Gunawan, and the money is kept for the suspect."
        ),
        Heading("IV. PERSONS CONCERNED"),
        Numbered(
            "Mr Bambang Sutrisno, former Director of Procurement of PT Energi Nusantara (Persero), suspect. Mr Hartono "
            "Lim, director of PT Turbindo Mega Teknik, giver of the bribe. Mr Yohanes Gunawan, controller of Golden "
            "Orchid Holdings Pte. Ltd. Golden Orchid Holdings Pte. Ltd., holder of the account."
        ),
        Heading("V. OFFENCES"),
        Numbered(
            "The suspect is suspected of receiving bribe according to Article 12 letter a of Law Number 31 of 1999 on "
            "Eradication of Criminal Acts of Corruption as amended by Law Number 20 of 2001, and money laundering "
            "according to Article 3 of Law Number 8 of 2010 on Prevention and Eradication of the Crime of Money "
            "Laundering."
        ),
        Numbered(
            "The act is also a criminal offence in Singapore according to Section 5 and Section 6 of the Prevention "
            "of Corruption Act 1960."
        ),
        Heading("VI. ASSISTANCE REQUESTED"),
        Numbered(
            "To freeze the account number 501-228877-1 at Merlion Private Bank Ltd in the name of Golden Orchid "
            "Holdings Pte. Ltd. and the balance on it."
        ),
        Numbered("To trace and freeze all assets belonging to the suspect in Singapore."),
        Numbered(
            "To provide the account opening documents, the data of the beneficial owner and the bank statements of "
            "the account number 501-228877-1 for the period 1 January 2021 to 31 December 2023."
        ),
        Heading("VII. PURPOSE"),
        Numbered(
            "The bank documents are needed to prove the flow of the bribe money from PT Turbindo Mega Teknik to the "
            "suspect, and the freezing is needed to secure the money so it can be confiscated for the State after "
            "the court decision."
        ),
        Heading("VIII. CONFIDENTIALITY AND USE"),
        Numbered(
            "We kindly ask that this request is kept confidential and the account holder is not informed, because "
            "the money can be moved. The information and documents received will be used only for the "
            "investigation, prosecution and court proceeding of this case."
        ),
        Heading("IX. CONTACT PERSON"),
        Numbered(
            "Ms Ratna Dewi Kusumawati, Investigator, telephone +62 21 2557 8300, email "
            "ratna.kusumawati@kpk.go.id."
        ),
        Para("Thank you for your kind cooperation."),
        Lines(
            "Deputy for Enforcement and Execution,",
            "(signed and stamped)",
            "Agus Prasetyo Nugroho",
            "Jakarta, 5 June 2024",
        ),
    ),
)

ZA_TO_UK = Sample(
    name="defective_service_za_to_uk",
    format="txt",
    style="Short plain-text letter for service of documents: no letterhead, prose paragraphs, a list of documents",
    description=(
        "Pure service request from a South African State Advocate to the UK Central Authority: serve a summons, "
        "indictment and notice of trial on an accused living in Reading. As a pure service request it needs no "
        "summary of facts, so MLA104 must stay silent. But the letter has no letterhead and never names the "
        "authority making the request, cites no treaty, scheme, law or reciprocity, names the charges without any "
        "provision, gives no dual-criminality statement (a warning, service being non-coercive) and asks for no "
        "confidentiality."
    ),
    date=datetime(2024, 9, 2, 14, 0),
    author="State Advocate, Pretoria",
    confidentiality_clause=False,
    expected=(
        Expect("MLA101", "error"),
        Expect("MLA102", "error"),
        Expect("MLA105", "error"),
        Expect("MLA111", "warning"),
    ),
    items=(
        Lines("To: The UK Central Authority", "Home Office", "2 Marsham Street", "London SW1P 4DF"),
        Lines("Our ref: 41/1873/2023", "2 September 2024"),
        Para("Dear Sir/Madam,"),
        Para("REQUEST FOR SERVICE OF DOCUMENTS: THE STATE v JOHAN PIETER VAN DER MERWE AND TWO OTHERS"),
        Para(
            "Kindly arrange for the documents listed below to be served personally on the first accused, Mr Johan "
            "Pieter van der Merwe, a South African citizen, born on 17 April 1971, identity number 7104175038085, who "
            "lives at 12 Elm Grove, Reading RG1 5AB, United Kingdom."
        ),
        Para(
            "Mr van der Merwe and two co-accused are charged with fraud and money laundering in case number "
            "41/1873/2023 before the Specialised Commercial Crime Court, Pretoria. The trial has been set down for "
            "3 March 2025 and he is required to attend it in person."
        ),
        Lines(
            "The documents to be served are:",
            "1. Summons to appear for trial, dated 20 August 2024;",
            "2. Indictment, with the summary of substantial facts attached to it;",
            "3. Notice of the trial date and of the accused's right to legal representation.",
        ),
        Para(
            "The documents must be served so that the accused is properly informed of the charges and of the trial "
            "date, and so that the court may issue a warrant for his arrest if he fails to attend."
        ),
        Para(
            "Please return proof of service in the form of an affidavit or certificate by the person who served the "
            "documents, stating the date, time, place and manner of service. If the accused cannot be found at the "
            "address given, please let us know what enquiries were made."
        ),
        Para("Any information obtained in executing this request will be used only in these criminal proceedings."),
        Para("If you have any questions please contact me, Adv. Thandiwe Nkosi, on +27 12 845 6471."),
        Para("Yours faithfully,"),
        Lines("(Signed)", "Adv. Thandiwe Nkosi", "Senior State Advocate", "Pretoria"),
    ),
)

AE_TO_IE = Sample(
    name="defective_email_ae_to_ie",
    format="txt",
    style="One-page email-like request: mail header lines, terse paragraphs, 'URGENT' without a reason",
    description=(
        "Email from a Dubai prosecutor to Ireland's central authority for subscriber data, log-in IP addresses and "
        "stored email content of an Irish provider's account in an online-extortion case. Marked 'URGENT. Please "
        "expedite.' with no reason or date; the signature gives a name and title but no office, and no authority "
        "is named anywhere; it neither describes an investigation nor the facts ('further details can be provided "
        "on request'); and it gives no dual-criminality statement although stored content is sought. Reciprocity "
        "is its legal basis."
    ),
    date=datetime(2024, 3, 12, 9, 14),
    author="Public Prosecution",
    confidentiality_clause=True,
    expected=(
        Expect("MLA113", "warning", "URGENT"),
        Expect("MLA101", "error"),
        Expect("MLA103", "error"),
        Expect("MLA104", "error"),
        Expect("MLA111", "error"),
    ),
    items=(
        Lines(
            "From: Khalid Saeed Al Mansoori <k.almansoori@dxbpp.gov.ae>",
            "Sent: Tuesday, 12 March 2024 09:14",
            "To: mutual.assistance@justice.ie",
            "Subject: Request for data - email account k.brennan.trade@shamrockmail.ie",
        ),
        Para("Dear Sir/Madam,"),
        Para("URGENT. Please expedite."),
        Para(
            "We are writing to request your assistance in obtaining data from Shamrock Mail Limited, 4 Grand Canal "
            "Quay, Dublin 2, about the email account k.brennan.trade@shamrockmail.ie."
        ),
        Para(
            "The account is linked to a criminal complaint received from a resident of Dubai. Further details of the "
            "case can be provided on request."
        ),
        Para(
            "The conduct amounts to extortion and threat by means of an information network under Article 42 of "
            "Federal Decree-Law No. 34 of 2021 on Combating Rumours and Cybercrimes."
        ),
        Para(
            "The user of the account is believed to be Mr Kieran Joseph Brennan, an Irish national born on 8 June "
            "1990, living in Cork."
        ),
        Lines(
            "Please provide:",
            "1) the subscriber information of the account;",
            "2) the IP addresses of all log-ins from 1 January 2024 to 29 February 2024;",
            "3) the content of the emails sent and received from 1 January 2024 to 29 February 2024.",
        ),
        Para(
            "This data is needed to identify the user of the account and to prove the offence."
        ),
        Para("Please ask the provider to include a certificate of authenticity signed by its custodian of records."),
        Para("The United Arab Emirates will provide the same assistance to Ireland in similar cases."),
        Para("Kindly ensure the account holder is not notified. The data will be used only in this case."),
        Lines(
            "Best regards,",
            "Khalid Saeed Al Mansoori",
            "Chief Prosecutor",
            "Tel: +971 4 555 0187",
        ),
    ),
)

AU_TO_MY = Sample(
    name="defective_copied_au_to_my",
    format="pdf",
    style="Australian central-authority request: headings, numbered paragraphs, running footer, formal and compact",
    description=(
        "Request from Australia's Attorney-General's Department, for the Commonwealth Director of Public "
        "Prosecutions and the Australian Federal Police, to Malaysia for a search of a freight company's premises, "
        "bank records and a witness statement in a methamphetamine-importation case. The search paragraph was "
        "copied from an earlier request and still asks 'the competent authorities of the Kingdom of Thailand'; a "
        "witness paragraph refers to 'paragraph 23 above' in a request of 18 numbered paragraphs; one item asks "
        "for 'all documents and records relating to the business' with no period; and the request says neither "
        "what the evidence is for nor in what form the records and statement are needed. Vietnam, where the "
        "machinery came from, is a third country, not a mismatch."
    ),
    date=datetime(2024, 2, 19, 16, 0),
    author="Attorney-General's Department",
    confidentiality_clause=True,
    near_misses=("Ho Chi Minh City", "described in paragraph 4"),
    expected=(
        Expect("MLA203", "error", "Kingdom of Thailand"),
        Expect("MLA201", "warning", "all documents and records relating to the business"),
        Expect("MLA205", "warning", "paragraph 23 above"),
        Expect("MLA107", "warning"),
        Expect("MLA109", "warning"),
    ),
    running_footer="Operation Tidewater - Request to Malaysia",
    items=(
        Lines(
            "Australian Government",
            "Attorney-General's Department",
            "International Crime Cooperation Central Authority",
            "3-5 National Circuit, Barton ACT 2600, Australia",
        ),
        Lines("Our reference: 2024/00311", "19 February 2024"),
        Lines(
            "The Attorney General of Malaysia",
            "International Affairs Division, Attorney General's Chambers",
            "No. 45, Persiaran Perdana, Presint 4",
            "62100 Putrajaya, Malaysia",
        ),
        Title("Request for Mutual Assistance in Criminal Matters: Operation Tidewater"),
        Heading("Introduction"),
        Numbered(
            "The Attorney-General's Department, as the Central Authority of Australia, makes this request on behalf "
            "of the Commonwealth Director of Public Prosecutions (CDPP), which is prosecuting the matter, and the "
            "Australian Federal Police (AFP), which investigated it."
        ),
        Heading("Legal basis"),
        Numbered(
            "The request is made under Article 7 of the United Nations Convention against Illicit Traffic in Narcotic "
            "Drugs and Psychotropic Substances of 1988 and Article 18 of the United Nations Convention against "
            "Transnational Organized Crime, to which Australia and Malaysia are both parties. We understand that it "
            "will be dealt with under the Mutual Assistance in Criminal Matters Act 2002 of Malaysia. Australia will "
            "provide Malaysia with assistance of the same kind in a comparable case."
        ),
        Heading("The proceedings"),
        Numbered(
            "The AFP investigation, Operation Tidewater, concerns the importation of methamphetamine into Australia "
            "concealed in industrial machinery. Two men have been charged and are in custody. The CDPP is "
            "prosecuting them in the County Court of Victoria, and a committal hearing is listed for 17 June 2024."
        ),
        Heading("Summary of facts"),
        Numbered(
            "On 12 September 2023 Australian Border Force officers at the Port of Melbourne examined a container "
            "shipped from Port Klang, Malaysia, and consigned by Klang Harbour Freight Sdn Bhd. The container held "
            "two hydraulic presses, in which officers found 180 kilograms of methamphetamine. The presses had been "
            "trucked to Port Klang from Ho Chi Minh City, Vietnam, and repacked there."
        ),
        Numbered(
            "After a controlled delivery, AFP officers arrested Daniel Koh Wei Ming and Liam Peter Grady at a "
            "warehouse in Dandenong South, Victoria, on 14 September 2023. Messages on Mr Koh's telephone show that "
            "he arranged the shipment with a person saved as Azlan, whom the AFP believes to be Mohd Azlan bin "
            "Rahman, the director of Klang Harbour Freight Sdn Bhd."
        ),
        Numbered(
            "Between March 2023 and August 2023 a company controlled by Mr Koh paid AUD 310,000 in eleven transfers "
            "to account No. 5140-2298-7731 of Klang Harbour Freight Sdn Bhd at Selat Melaka Bank Berhad, described "
            "as freight charges. The usual freight charge for such a container is about AUD 6,000."
        ),
        Heading("Persons concerned"),
        Numbered(
            "Mohd Azlan bin Rahman, a Malaysian citizen, national registration identity card No. 780412-10-5523, of "
            "No. 18, Jalan Sungai Jati 3, 41200 Klang, Selangor."
        ),
        Numbered(
            "Klang Harbour Freight Sdn Bhd, company No. 201501027744, registered office at Lot 7, Jalan Pelabuhan "
            "Utara, 42000 Port Klang, Selangor."
        ),
        Numbered(
            "Daniel Koh Wei Ming, an Australian citizen, born on 30 January 1987, of Glen Waverley, Victoria, and "
            "Liam Peter Grady, an Australian citizen, born on 2 July 1991, of Frankston, Victoria, the accused."
        ),
        Heading("Offences"),
        Numbered(
            "The accused are charged with importing a commercial quantity of a border controlled drug, contrary to "
            "section 307.1 of the Criminal Code (Cth), and with conspiracy to import, contrary to sections 11.5 and "
            "307.1 of the Criminal Code (Cth). Each offence carries a maximum penalty of imprisonment for life."
        ),
        Numbered(
            "The conduct would constitute an offence in Malaysia of trafficking in a dangerous drug under section 39B "
            "of the Dangerous Drugs Act 1952."
        ),
        Heading("Assistance requested"),
        Numbered(
            "The competent authorities of the Kingdom of Thailand are requested to search the premises of Klang "
            "Harbour Freight Sdn Bhd at Lot 7, Jalan Pelabuhan Utara, 42000 Port Klang, and to seize the booking "
            "records, bills of lading, invoices and correspondence for the consignment described in paragraph 4."
        ),
        Numbered(
            "Australia also asks that the account opening documents and the statements of account No. 5140-2298-7731 "
            "of Klang Harbour Freight Sdn Bhd at Selat Melaka Bank Berhad for the period 1 January 2023 to "
            "31 December 2023 be obtained."
        ),
        Numbered(
            "Australia further asks that all documents and records relating to the business of Klang Harbour Freight "
            "Sdn Bhd be obtained."
        ),
        Numbered(
            "Australia asks that a statement be taken from Ms Nurul Huda binti Ismail, shipping clerk at Klang Harbour "
            "Freight Sdn Bhd, about the booking of the container and the persons who gave her instructions for it, "
            "on the matters set out in paragraph 23 above."
        ),
        Heading("Confidentiality"),
        Numbered(
            "Australia asks that this request be kept confidential. Mohd Azlan bin Rahman is not aware of the "
            "investigation, and disclosure could lead to the destruction of records."
        ),
        Heading("Use of material"),
        Numbered(
            "Material provided will be used only for the proceedings described in this request unless Malaysia "
            "consents to another use."
        ),
        Heading("Contact"),
        Numbered(
            "The AFP case officer is Federal Agent Megan O'Brien, telephone +61 3 5550 4127, email "
            "megan.obrien@afp.gov.au."
        ),
        Lines(
            "(Signed)",
            "Catherine Lowe",
            "Assistant Secretary, International Crime Cooperation Central Authority",
            "Attorney-General's Department",
            "19 February 2024",
        ),
    ),
)

MX_TO_ES = Sample(
    name="defective_no_measures_mx_to_es",
    format="docx",
    style=(
        "Mexican request in English translation: headings, long formal sentences, an annex table at the end; "
        "the facts left to an annex that is not there"
    ),
    description=(
        "Request from a Federal Public Prosecutor of Mexico's Attorney General's Office to Spain in an "
        "embezzlement and money-laundering investigation. The 'Summary of Facts' only points to 'Annex 2', which "
        "the request does not contain (it contains Annex 1 only); the offences are named without their articles; "
        "the person investigated is named with no particulars; and the 'Assistance Requested' section asks only "
        "that the Spanish authorities 'carry out the procedures they consider appropriate', so no measure is "
        "identified. Dual criminality is stated, so MLA111 stays silent."
    ),
    date=datetime(2024, 4, 8, 13, 0),
    author="Fiscalía General de la República",
    confidentiality_clause=True,
    expected=(
        Expect("MLA104", "error", "Summary of Facts"),
        Expect("MLA205", "warning", "Annex 2"),
        Expect("MLA105", "error", "Offences"),
        Expect("MLA108", "warning", "Persons Involved"),
        Expect("MLA106", "error", "Assistance Requested"),
    ),
    items=(
        Lines(
            "Fiscalía General de la República",
            "Specialised Prosecutor's Office for Combating Corruption",
            "Av. Paseo de la Reforma 211-213, Col. Cuauhtémoc",
            "06500 Mexico City, Mexico",
        ),
        Lines("Investigation file No. 0000871/2023", "Mexico City, 8 April 2024"),
        Lines(
            "Ministry of the Presidency, Justice and Relations with the Cortes",
            "Subdirectorate-General for International Legal Cooperation",
            "Calle San Bernardo 45",
            "28015 Madrid, Spain",
        ),
        Title("Request for International Legal Assistance in Criminal Matters"),
        Para(
            "The undersigned, Federal Public Prosecutor attached to the Specialised Prosecutor's Office for Combating "
            "Corruption of the Attorney General's Office of the Republic (Fiscalía General de la República, FGR), in "
            "charge of investigation file No. 0000871/2023 into the diversion of public funds of a state water "
            "utility, opened on 17 May 2023 and now at the stage of initial investigation, respectfully addresses the competent authorities of the Kingdom of Spain in order to "
            "request their assistance."
        ),
        Heading("Legal Basis"),
        Para(
            "This request is made under Article 18 of the United Nations Convention against Transnational Organized "
            "Crime and Article 46 of the United Nations Convention against Corruption, to which the United Mexican "
            "States and the Kingdom of Spain are both parties."
        ),
        Heading("Summary of Facts"),
        Para("The facts under investigation are set out in detail in Annex 2 to this request."),
        Heading("Offences"),
        Para(
            "The conduct under investigation is classified as embezzlement (peculado) and as operations with "
            "resources of illicit origin, both under the Federal Criminal Code."
        ),
        Heading("Persons Involved"),
        Para(
            "Mr Arturo Villaseñor Ruiz, former director of a state water utility, and the companies listed in "
            "Annex 1."
        ),
        Heading("Dual Criminality"),
        Para(
            "The conduct is also punishable in Spain as embezzlement under Article 432 and as money laundering under "
            "Article 301 of the Spanish Criminal Code."
        ),
        Heading("Assistance Requested"),
        Para(
            "The Mexican authorities respectfully request that the competent Spanish authorities provide their "
            "valuable assistance and carry out the procedures they consider appropriate for the clarification of the "
            "facts under investigation."
        ),
        Heading("Purpose"),
        Para(
            "The assistance will make it possible to establish whether public funds diverted by Mr Villaseñor Ruiz "
            "were invested in Spain through the companies listed in Annex 1, and the results will be incorporated "
            "into the investigation file as evidence."
        ),
        Heading("Confidentiality"),
        Para(
            "We ask that this request and its contents be kept confidential, since the persons under investigation "
            "are not aware of it."
        ),
        Heading("Use of Information"),
        Para(
            "The information obtained will be used exclusively for the investigation and any criminal proceedings "
            "arising from it, and not for other purposes without the prior authorisation of the Spanish authorities."
        ),
        Heading("Contact"),
        Para(
            "Lic. Mariana Ortega Salinas, Federal Public Prosecutor, telephone +52 55 5346 1187, email "
            "mariana.ortega@fgr.org.mx."
        ),
        Para("Sincerely,"),
        Lines(
            "(Signed)",
            "Lic. Héctor Manuel Ibarra Cordero",
            "Federal Public Prosecutor",
            "Mexico City, 8 April 2024",
        ),
        Heading("Annex 1: Companies that received transfers"),
        Table(
            ("Company", "Date of transfer", "Amount (EUR)"),
            ("Inversiones Turia 2019 S.L.", "14 March 2022", "1,450,000"),
            ("Levante Patrimonial S.L.", "2 June 2022", "980,000"),
            ("Inversiones Turia 2019 S.L.", "19 October 2022", "1,120,000"),
        ),
    ),
)

GH_TO_CA = Sample(
    name="defective_police_letter_gh_to_ca",
    format="docx",
    style="Police-drafted Word letter with short headings, no letterhead, prose; a 'Legal Basis' heading with no basis",
    description=(
        "Letter from Ghana to Canada's International Assistance Group in a romance-fraud case, drafted without a "
        "letterhead and signed by a 'Director of Operations' of an unnamed body. It states the facts, the offences "
        "with their provisions, dual criminality and a purpose, but no authority is identified as making the "
        "request; it never describes an investigation or who conducts it; the 'Legal Basis' heading only invokes "
        "good relations; the 'Persons of Interest' are aliases and a company with no particulars; and the "
        "'Assistance Sought' is only 'your assistance in this matter'."
    ),
    date=datetime(2024, 5, 23, 10, 0),
    author="Director of Operations",
    confidentiality_clause=True,
    expected=(
        Expect("MLA101", "error"),
        Expect("MLA102", "error", "Legal Basis"),
        Expect("MLA103", "error"),
        Expect("MLA108", "warning", "Persons of Interest"),
        Expect("MLA106", "error", "Assistance Sought"),
    ),
    items=(
        Lines("Our ref: 0419/2024", "23 May 2024"),
        Lines(
            "The International Assistance Group",
            "Department of Justice Canada",
            "284 Wellington Street",
            "Ottawa, Ontario K1A 0H8",
            "Canada",
        ),
        Para("Dear Sir/Madam,"),
        Para("RE: REQUEST FOR ASSISTANCE - ROMANCE FRAUD AGAINST GHANAIAN VICTIMS"),
        Para(
            "We have the honour to request the assistance of the Canadian authorities in connection with a romance "
            "fraud committed against citizens of Ghana by persons who received the proceeds in bank accounts in "
            "Canada."
        ),
        Heading("Legal Basis"),
        Para(
            "This request is made in the spirit of the cordial relations between Ghana and Canada and in the "
            "interest of justice."
        ),
        Heading("Facts"),
        Para(
            "Between January 2022 and October 2023 fourteen women living in Accra and Kumasi were contacted on a "
            "dating application by a man calling himself Captain Richard Hale, who said he was an army officer serving "
            "abroad. After weeks of daily messages he told each of them that a parcel of gold and "
            "cash he had sent to Ghana was held at customs, and a woman calling herself Grace Holt, who said she "
            "worked for a courier company, asked them to pay clearing fees."
        ),
        Para(
            "The victims paid a total of GHS 2,860,000 by bank transfer and through money transfer agents to "
            "accounts at Maple Leaf Trust Bank in the name of Northbay Logistics Inc. No parcel existed. The "
            "transfer records were obtained from the Ghanaian banks and agents used by the victims."
        ),
        Heading("Persons of Interest"),
        Para(
            "The persons using the names Captain Richard Hale and Grace Holt, whose true identities are unknown, "
            "and Northbay Logistics Inc."
        ),
        Heading("Offences"),
        Para(
            "The conduct constitutes defrauding by false pretences contrary to section 131 of the Criminal Offences "
            "Act, 1960 (Act 29) and money laundering contrary to section 1 of the Anti-Money Laundering Act, 2020 "
            "(Act 1044)."
        ),
        Heading("Dual Criminality"),
        Para(
            "These offences are also crimes in Canada, namely fraud under section 380 and laundering proceeds of "
            "crime under section 462.31 of the Criminal Code."
        ),
        Heading("Assistance Sought"),
        Para("We kindly request your assistance in this matter and any support your office can give to our enquiries."),
        Heading("Purpose"),
        Para(
            "The assistance will help us trace the money sent by the victims and identify the persons behind the "
            "fraud so that they can be charged."
        ),
        Heading("Confidentiality and Use"),
        Para(
            "Please treat this request as confidential. Any information received will be used only for the "
            "investigation and prosecution of this case."
        ),
        Heading("Contact"),
        Para(
            "Chief Inspector Abena Owusu-Ansah, telephone +233 30 255 0147, email abena.owusuansah@gmail.com."
        ),
        Para("Yours faithfully,"),
        Lines("(Signed)", "Kwabena Asante-Boateng", "Director of Operations", "Accra"),
    ),
)

NG_TO_GH = Sample(
    name="defective_first_contact_ng_to_gh",
    format="pdf",
    style="One-page diplomatic-style PDF letter on a letterhead: numbered paragraphs, no headings, courtesy formulas",
    description=(
        "Letter from Nigeria's Economic and Financial Crimes Commission to Ghana's Attorney-General under the "
        "Harare Scheme, written as a first contact: it identifies the sender, the persons (with full particulars) "
        "and the legal basis, states dual criminality, confidentiality, use and a contact officer, but it never "
        "describes an investigation, gives no facts, names the offences without any provision, asks for no "
        "identifiable measure ('any assistance the Ghanaian authorities can render') and says nothing about what "
        "the assistance is for."
    ),
    date=datetime(2024, 11, 11, 10, 0),
    author="Economic and Financial Crimes Commission",
    confidentiality_clause=True,
    expected=(
        Expect("MLA103", "error"),
        Expect("MLA104", "error"),
        Expect("MLA105", "error"),
        Expect("MLA106", "error"),
        Expect("MLA107", "warning"),
    ),
    items=(
        Lines(
            "Economic and Financial Crimes Commission",
            "Federal Republic of Nigeria",
            "Plot 301/302, Institution and Research Cluster, Jabi, Abuja",
        ),
        Lines("Our ref: 1187/2024", "11 November 2024"),
        Lines(
            "The Honourable Attorney-General and Minister for Justice",
            "Office of the Attorney-General and Ministry of Justice",
            "Ministries, Accra",
            "Republic of Ghana",
        ),
        Title("REQUEST FOR MUTUAL LEGAL ASSISTANCE"),
        Numbered(
            "The Economic and Financial Crimes Commission (EFCC) of the Federal Republic of Nigeria presents its "
            "compliments to the Honourable Attorney-General of the Republic of Ghana and has the honour to request "
            "the assistance of the Republic of Ghana under the Scheme relating to Mutual Assistance in Criminal "
            "Matters within the Commonwealth (Harare Scheme)."
        ),
        Numbered(
            "The Commission has an interest in the activities in Ghana of Mr Chukwudi Emmanuel Okonkwo-Eze, a "
            "Nigerian national born on 4 April 1979, holder of Nigerian passport No. A09134872, resident at House 14, "
            "Nii Amaa Ollennu Street, East Legon, Accra, and of Goldstool Bullion Limited, a company registered in "
            "Ghana under No. CS083942024 with its office at 27 Liberation Road, Airport Residential Area, Accra."
        ),
        Numbered("The offences concerned are obtaining money by false pretences and money laundering."),
        Numbered(
            "The Commission will be grateful for any assistance the Ghanaian authorities can render in this regard."
        ),
        Numbered("The offences are also offences under the laws of the Republic of Ghana."),
        Numbered(
            "Kindly treat this request as confidential. Any information provided will be used solely for the "
            "Commission's case against the persons named above."
        ),
        Numbered(
            "The officer handling this matter is Mr Ibrahim Danladi Musa, Head, International Cooperation Unit, "
            "telephone +234 9 904 4752, email i.musa@efcc.gov.ng."
        ),
        Numbered(
            "The Commission avails itself of this opportunity to renew to the Honourable Attorney-General the "
            "assurances of its highest consideration."
        ),
        Lines(
            "(Signed)",
            "Hauwa Ladi Abdullahi",
            "Director of Operations",
            "for the Executive Chairman, Economic and Financial Crimes Commission",
        ),
    ),
)

CORPUS_A: tuple[Sample, ...] = (
    US_TO_UK,
    FR_TO_CH,
    CA_TO_US,
    IN_TO_AE,
    ID_TO_SG,
    ZA_TO_UK,
    AE_TO_IE,
    AU_TO_MY,
    MX_TO_ES,
    GH_TO_CA,
    NG_TO_GH,
)
"""The requests of this batch, in README order."""
