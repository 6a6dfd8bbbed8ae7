"""More sample requests (batch D): the consistency rules MLA301-MLA309 (names, identifiers, dates, amounts).

Twelve requests from twelve requesting states, each otherwise complete (no
MLA1xx/MLA2xx finding): three clean ones full of near-misses (short forms of
names, a father and a son with one surname, "Habib Bank Ltd"/"Habib Bank
Limited", amounts in words that agree, two transactions with different
amounts, numeric dates the document itself disambiguates, ages at an earlier
date), and nine with inconsistencies labelled by hand; every MLA3xx rule
fires in at least three of the batch D and earlier samples.
"""

from __future__ import annotations

from datetime import datetime

from sample_model import Expect, Heading, Lines, Numbered, Para, Sample, Title

PK_TO_AE_CLEAN = Sample(
    name="complete_pk_to_ae_names",
    format="txt",
    style="Plain-text letter with prose paragraphs, South Asian names written surname-first and in full",
    description=(
        "Complete request from Pakistan's Federal Investigation Agency, through the Ministry of Interior, to the "
        "United Arab Emirates for bank records. Near-misses for MLA3xx: 'KHAN, Mohammad Ali', 'Mohammad Ali KHAN' "
        "and 'Mr Khan' are one person; his father 'Ali Hassan KHAN' and his brother 'Imran KHAN' are others; "
        "'Habib Bank Ltd' and 'Habib Bank Limited'; 'PKR 5,500,000 (Rupees five million five hundred thousand "
        "only)' and 'AED 250,000 (two hundred and fifty thousand UAE dirhams)' agree; two transfers on different "
        "days with different amounts; an age 'then aged 33' at the date of the event. No findings."
    ),
    date=datetime(2024, 7, 9, 10, 0),
    author="Federal Investigation Agency, Pakistan",
    confidentiality_clause=True,
    near_misses=("Mr Khan", "Habib Bank Ltd", "then aged 33", "Imran KHAN"),
    items=(
        Lines(
            "Government of Pakistan",
            "Ministry of Interior",
            "Federal Investigation Agency, Anti-Money Laundering Circle",
            "Mauve Area, G-9/4",
            "Islamabad, Pakistan",
        ),
        Lines("No. FIA/AMLC/ISB/MLA/117/2024", "9 July 2024"),
        Lines(
            "The Director",
            "International Cooperation Department",
            "Ministry of Justice",
            "Abu Dhabi",
            "United Arab Emirates",
        ),
        Para("Dear Director,"),
        Para(
            "Re: State v. Mohammad Ali KHAN and others, FIA Case No. 17/2024 (Anti-Money Laundering Circle, "
            "Islamabad): request for bank records"
        ),
        Para(
            "The Federal Investigation Agency of the Islamic Republic of Pakistan, the agency that investigates and "
            "prosecutes money laundering under the Anti-Money Laundering Act, 2010, asks for the assistance of the "
            "United Arab Emirates in obtaining bank records for use in a criminal investigation. This request is made "
            "under Article 46 of the United Nations Convention against Corruption, to which both States are party, "
            "and under the Mutual Legal Assistance (Criminal Matters) Act, 2020 of Pakistan. Pakistan will give the "
            "same assistance to the United Arab Emirates in a comparable case."
        ),
        Para(
            "The investigation was registered on 14 February 2024 as FIA Case No. 17/2024 and is being conducted by "
            "the Anti-Money Laundering Circle, Islamabad, under the supervision of the Special Judge (Central), "
            "Islamabad, before whom the charge will be filed."
        ),
        Para(
            "The suspect is KHAN, Mohammad Ali, son of Ali Hassan KHAN, a Pakistani citizen born on 12 May 1985 in "
            "Peshawar, holding computerised national identity card (CNIC) No. 35202-1234567-1 and passport No. AB1234567, who lives at House 14, Street 9, "
            "F-7/2, Islamabad. Until March 2023 Mohammad Ali KHAN was the Deputy Director (Procurement) of the "
            "Pakistan Health Supplies Corporation. His father Ali Hassan KHAN, born on 1 June 1950, and his brother "
            "Imran KHAN are not suspects."
        ),
        Para(
            "Between January 2021 and March 2023 the Corporation awarded contracts worth PKR 5,500,000 (Rupees five "
            "million five hundred thousand only) to Khyber Medical Traders, a firm owned by a cousin of the suspect, "
            "for equipment that was never delivered. On 3 May 2019 Mr Khan, then aged 33, had opened account No. "
            "0123-456789-01 with Habib Bank Limited, Dubai branch. On 4 April 2022 AED 250,000 (two hundred and fifty "
            "thousand UAE dirhams) was transferred to account No. 0123-456789-01 from Khyber Medical Traders, and "
            "on 18 October 2022 a further AED 120,000 was transferred to it from the same firm."
        ),
        Para(
            "The suspect is being investigated for criminal misconduct under section 9(a)(vi) of the National "
            "Accountability Ordinance, 1999 and for money laundering under section 3 of the Anti-Money Laundering "
            "Act, 2010. The conduct would also constitute bribery and money laundering under the law of the United "
            "Arab Emirates, in particular under Federal Decree-Law No. 20 of 2018."
        ),
        Para(
            "We ask that the competent authorities of the United Arab Emirates obtain from Habib Bank Ltd, Dubai "
            "branch, the account opening documents, the statements from 1 May 2019 to 31 December 2023 and the "
            "records of the incoming transfers of account No. 0123-456789-01 held by Mohammad Ali KHAN, and the "
            "identity of any person authorised to operate it."
        ),
        Para(
            "The records are needed to prove that the payments for undelivered equipment reached the suspect, and "
            "they will be produced as evidence before the Special Judge (Central), Islamabad."
        ),
        Para(
            "We ask that the records be certified by an officer of the bank as true copies of its business records, "
            "so that they can be received in evidence in Pakistan."
        ),
        Para(
            "We ask that this request and its contents be kept confidential and that the account holder not be "
            "informed of it, because the suspect could move the remaining funds."
        ),
        Para(
            "The evidence will be used only for the investigation and prosecution described in this request and will "
            "not be used for any other purpose without the prior consent of the United Arab Emirates."
        ),
        Para(
            "The officer in charge of the case is Inspector Sadia Noor, Anti-Money Laundering Circle, who may be "
            "contacted on +92 51 9106384 or at sadia.noor@fia.gov.pk."
        ),
        Para("Yours sincerely,"),
        Lines(
            "(Signed)",
            "Tariq Mehmood Awan",
            "Director, Anti-Money Laundering Circle",
            "Federal Investigation Agency",
            "Islamabad, 9 July 2024",
        ),
    ),
)

PK_TO_UK_SPELLING = Sample(
    name="defective_pk_to_uk_spelling",
    format="docx",
    style="Word request with numbered headings and list-numbered paragraphs, drafted from two police reports",
    description=(
        "Request from Pakistan's National Accountability Bureau to the UK Central Authority for bank records and "
        "a witness statement. Put together from two reports that spell the suspect differently: 'Mohammad Ali "
        "KHAN' throughout, 'Muhammad Ali Khan' once (MLA301); his passport number has two digits swapped in the "
        "second report (MLA302); and the figure of a bribe does not match its words (MLA308). The father "
        "'Ali Hassan KHAN' and 'Habib Bank Ltd'/'Habib Bank Limited' are not variants."
    ),
    date=datetime(2024, 3, 18, 12, 0),
    author="National Accountability Bureau, Pakistan",
    confidentiality_clause=True,
    near_misses=("Ali Hassan KHAN", "Habib Bank Ltd"),
    items=(
        Lines("National Accountability Bureau", "Attaturk Avenue, G-5/2", "Islamabad, Pakistan"),
        Lines("Ref: NAB/ISB/MLA/2024/031", "18 March 2024"),
        Lines("UK Central Authority", "Home Office", "2 Marsham Street", "London SW1P 4DF", "United Kingdom"),
        Title("Request for Mutual Legal Assistance in the matter of Mohammad Ali KHAN"),
        Heading("1. Requesting authority and legal basis"),
        Numbered(
            "The National Accountability Bureau (NAB) of the Islamic Republic of Pakistan, which investigates and "
            "prosecutes corruption offences under the National Accountability Ordinance, 1999, requests the "
            "assistance of the United Kingdom under Article 46 of the United Nations Convention against Corruption "
            "and the Crime (International Co-operation) Act 2003. Pakistan assures the United Kingdom that it will "
            "comply with a future request from the United Kingdom for similar assistance."
        ),
        Heading("2. Proceedings"),
        Numbered(
            "NAB Rawalpindi opened Inquiry No. 44/2023 on 2 October 2023 and converted it into an investigation on "
            "15 January 2024. A reference will be filed before the Accountability Court No. II, Islamabad."
        ),
        Heading("3. Persons concerned"),
        Numbered(
            "The suspect is Mohammad Ali KHAN, son of Ali Hassan KHAN, a Pakistani citizen born on 12 May 1985, "
            "holding passport No. AB1234567, resident at House 14, Street 9, F-7/2, Islamabad. Until 2023 Mohammad "
            "Ali KHAN was Director of Procurement of the Capital Development Authority."
        ),
        Numbered(
            "The witness is Mr Daniel Whitcombe, Relationship Manager at Habib Bank Limited, 12 Moorgate, London "
            "EC2R 6DA, who opened and managed the suspect's account."
        ),
        Heading("4. Summary of facts"),
        Numbered(
            "Between March 2021 and June 2022 the suspect awarded road contracts to Margalla Builders, whose owner "
            "paid him a bribe of PKR 5,500,000 (Rupees five million only) in cash on 9 June 2022. In August 2022 "
            "Muhammad Ali Khan bought GBP 24,000 and paid it into account No. 40-11-22 71544390 at Habib Bank Ltd, "
            "London. According to immigration records he travelled to London on passport No. AB1234576 on "
            "12 August 2022."
        ),
        Heading("5. Offences"),
        Numbered(
            "The suspect is investigated for corruption and corrupt practices under section 9(a)(vi) of the National "
            "Accountability Ordinance, 1999 and for money laundering under section 3 of the Anti-Money Laundering "
            "Act, 2010. The same conduct would, if it had occurred in the United Kingdom, constitute bribery under "
            "section 2 of the Bribery Act 2010 and money laundering under section 327 of the Proceeds of Crime "
            "Act 2002."
        ),
        Heading("6. Assistance requested"),
        Numbered(
            "NAB asks that the competent UK authorities obtain from Habib Bank Limited, London, the account opening "
            "documents and the statements from 1 August 2022 to 31 December 2023 of account No. 40-11-22 71544390 "
            "held by Mohammad Ali KHAN."
        ),
        Numbered(
            "NAB also asks that a witness statement be taken from Mr Daniel Whitcombe about the opening of the "
            "account and the source of the deposit of GBP 24,000."
        ),
        Heading("7. Purpose and relevance"),
        Numbered(
            "The records and the statement will show that the bribe was converted and moved to the United Kingdom, "
            "and will be produced as evidence before the Accountability Court."
        ),
        Heading("8. Procedure"),
        Numbered(
            "NAB asks that the bank records be produced with a certificate of authenticity signed by the bank's "
            "custodian of records, and that the witness statement be signed by the witness."
        ),
        Heading("9. Confidentiality"),
        Numbered(
            "NAB asks that this request be kept confidential and that the suspect not be informed of it, since he "
            "could move the funds out of the account."
        ),
        Heading("10. Use of the evidence"),
        Numbered(
            "The evidence will be used only in the investigation and prosecution described above and not for any "
            "other purpose without the consent of the United Kingdom."
        ),
        Heading("11. Contact"),
        Numbered(
            "The investigating officer is Deputy Director Farah Naz, NAB Rawalpindi, telephone +92 51 9281635, "
            "e-mail farah.naz@nab.gov.pk."
        ),
        Lines("(Signed)", "Zahid Iqbal Chaudhry", "Director General, NAB Rawalpindi", "Islamabad, 18 March 2024"),
    ),
    expected=(
        Expect("MLA301", "warning", "Muhammad Ali Khan"),
        Expect("MLA302", "error", "AB1234576"),
        Expect("MLA308", "error", "PKR 5,500,000"),
    ),
)

CN_TO_AU_DATES = Sample(
    name="defective_cn_to_au_dates",
    format="pdf",
    style="PDF letter without headings, prose paragraphs, Chinese names written surname first",
    description=(
        "Request from the Ministry of Public Security of China, through the Ministry of Justice, to Australia's "
        "Attorney-General's Department for company and bank records. The dates were typed in a hurry: '31 April "
        "2023' does not exist (MLA303), 7 August 2023 was a Monday but the letter calls it a Tuesday (MLA306), "
        "and the period of the bank statements ends before it starts (MLA305). 'Friday, 14 July 2023' is right; "
        "'ZHANG Wei' and 'Zhang Wei' are one person in two cases, not a variant; 'between 3 and 17 March 2022' is "
        "a correct range."
    ),
    date=datetime(2024, 5, 6, 9, 0),
    author="Ministry of Justice of the People's Republic of China",
    confidentiality_clause=True,
    near_misses=("3 and 17 March 2022", "Zhang Wei"),
    items=(
        Lines(
            "Ministry of Justice of the People's Republic of China",
            "Department of International Cooperation",
            "33 Chaoyangmen Nandajie, Dongcheng District",
            "Beijing 100020, China",
        ),
        Lines("Our reference: MOJ-ICD-2024-0588", "6 May 2024"),
        Lines(
            "International Crime Cooperation Central Authority",
            "Attorney-General's Department",
            "3-5 National Circuit",
            "Barton ACT 2600",
            "Australia",
        ),
        Para(
            "The Ministry of Justice of the People's Republic of China presents this request under Article 46 of "
            "the United Nations Convention against Corruption, to which China and Australia are party, on behalf of "
            "the Economic Crime Investigation Bureau of the Ministry of Public Security, which is investigating the "
            "case described below. China will give Australia the same assistance in a similar case."
        ),
        Para(
            "The Bureau opened Case No. MPS-ECIB-2023-1147 on 20 September 2023. The People's Procuratorate of "
            "Shanghai supervises the investigation and will decide on prosecution before the Shanghai No. 1 "
            "Intermediate People's Court."
        ),
        Para(
            "The suspect is ZHANG Wei, a Chinese citizen born on 8 November 1979, holding passport No. E12345678, "
            "the former finance director of Huaxin Pharmaceutical Co., Ltd. Between 3 and 17 March 2022 Zhang Wei "
            "made eleven payments totalling CNY 18,400,000 from the company's accounts to Goldwattle Trading Pty "
            "Ltd, a company registered in Sydney (Australian Company Number 612 345 678), for consulting services that were never "
            "provided. The company's auditors found on 31 April 2023 that the consulting contracts had been "
            "backdated. On Friday, 14 July 2023 the suspect left China for Sydney and on Tuesday, 7 August 2023 "
            "Goldwattle Trading Pty Ltd transferred AUD 1,250,000 to an account in his name at the Commonwealth "
            "Bank of Australia."
        ),
        Para(
            "The suspect is investigated for embezzlement under Article 271 of the Criminal Law of the People's "
            "Republic of China and for money laundering under Article 191. The conduct would also constitute "
            "offences under Australian law, namely dishonestly obtaining a financial advantage by deception and "
            "dealing with the proceeds of crime under the Criminal Code Act 1995."
        ),
        Para(
            "We ask the Australian authorities to obtain from the Australian Securities and Investments Commission "
            "the company records of Goldwattle Trading Pty Ltd, and from the Commonwealth Bank of Australia the "
            "account opening documents and the statements of account No. 062-000 12345678 held by ZHANG Wei for the "
            "period from 1 August 2023 to 30 June 2023."
        ),
        Para(
            "These records are needed to trace the embezzled funds and to prove that Goldwattle Trading Pty Ltd "
            "served only to pass them to the suspect; they will be used as evidence before the court in Shanghai."
        ),
        Para(
            "We ask that the records be certified as true copies by the custodian of records of the bank and of the "
            "Commission, so that they can be admitted under the Criminal Procedure Law."
        ),
        Para(
            "We ask that the fact and contents of this request be kept confidential and that the suspect and the "
            "company not be informed of it, because they could move the funds."
        ),
        Para(
            "The evidence will be used only for the investigation and prosecution of this case, and for no other "
            "purpose without the consent of Australia."
        ),
        Para(
            "The officer in charge is Inspector Li Na, Economic Crime Investigation Bureau, telephone "
            "+86 10 6620 3456, e-mail lina.ecib@mps.gov.cn."
        ),
        Lines(
            "(Signed and sealed)",
            "Wang Jianguo",
            "Director-General, Department of International Cooperation",
            "Beijing, 6 May 2024",
        ),
    ),
    expected=(
        Expect("MLA303", "error", "31 April 2023"),
        Expect("MLA306", "warning", "Tuesday, 7 August 2023"),
        Expect("MLA305", "error", "from 1 August 2023 to 30 June 2023"),
    ),
)

PH_TO_US_NUMERIC = Sample(
    name="defective_ph_to_us_numeric",
    format="txt",
    style="Plain-text request with numbered paragraphs, dates copied from bank printouts in numeric form",
    description=(
        "Request from the Philippine Department of Justice to the US Department of Justice for bank records of "
        "remittances. The facts copy two dates from remittance printouts as '03/04/2023' and '05/06/2023', which "
        "read as different days day-first and month-first, and no other numeric date settles the order (MLA304 "
        "each); the rest of the letter writes dates in words, so the request mixes two formats (MLA309 at the "
        "first numeric date)."
    ),
    date=datetime(2024, 2, 12, 14, 0),
    author="Department of Justice, Republic of the Philippines",
    confidentiality_clause=True,
    items=(
        Lines(
            "Department of Justice",
            "Office of the Chief State Counsel",
            "Padre Faura Street, Ermita",
            "Manila 1000, Philippines",
        ),
        Lines("Ref. No. OCSC-MLA-2024-019", "12 February 2024"),
        Lines(
            "Office of International Affairs",
            "Criminal Division, U.S. Department of Justice",
            "1301 New York Avenue NW",
            "Washington, DC 20530",
            "United States of America",
        ),
        Para("Subject: People of the Philippines v. Ramon Dizon Aquino, Criminal Case No. R-MNL-23-04512-CR"),
        Numbered(
            "The Department of Justice of the Republic of the Philippines, the Central Authority under the Treaty "
            "between the Government of the United States of America and the Government of the Republic of the "
            "Philippines on Mutual Legal Assistance in Criminal Matters, signed at Manila on 13 November 1994, "
            "requests the assistance of the United States in obtaining bank records for a pending prosecution."
        ),
        Numbered(
            "The accused, Ramon Dizon Aquino, a Filipino citizen born on 21 October 1976, holding passport "
            "No. P1234567A, was charged on 9 August 2023 before the Regional Trial Court of Manila, Branch 21, with "
            "estafa under Article 315 of the Revised Penal Code and with money laundering under section 4 of "
            "Republic Act No. 9160, the Anti-Money Laundering Act of 2001. Trial is set to begin on 15 April 2024."
        ),
        Numbered(
            "As treasurer of the Manila Seafarers Cooperative the accused diverted members' savings to remittance "
            "accounts in the United States. The remittance printouts show that on 03/04/2023 he sent USD 48,000 "
            "from the Cooperative's account to account No. 4417-2290-3381 at Pacific Coast Federal Credit Union, "
            "Daly City, California, held in the name of his sister Liza Aquino Santos, and that on 05/06/2023 he "
            "sent USD 52,500 to the same account."
        ),
        Numbered(
            "The conduct would also constitute offences under the law of the United States, in particular wire "
            "fraud under 18 U.S.C. 1343 and money laundering under 18 U.S.C. 1956."
        ),
        Numbered(
            "The Philippines asks that the competent United States authorities obtain from Pacific Coast Federal "
            "Credit Union the account opening documents, the signature cards and the statements from 1 January 2023 "
            "to 31 December 2023 of account No. 4417-2290-3381 held by Liza Aquino Santos."
        ),
        Numbered(
            "The records are needed to prove that the remittances reached an account controlled by the accused; "
            "they will be offered in evidence at the trial before the Regional Trial Court of Manila."
        ),
        Numbered(
            "We ask that the records be accompanied by a certificate of authenticity of business records signed by "
            "the custodian of records, in the form annexed to the Treaty."
        ),
        Numbered(
            "We ask that this request be kept confidential and that the account holder not be notified, because "
            "she could withdraw the remaining funds."
        ),
        Numbered(
            "The records will be used only in Criminal Case No. R-MNL-23-04512-CR and will not be used for any "
            "other purpose without the prior consent of the United States."
        ),
        Numbered(
            "The Philippines will give the United States the same assistance in a comparable case."
        ),
        Numbered(
            "The prosecutor handling the case is Senior State Prosecutor Maria Teresa Villanueva, telephone "
            "+63 2 8523 8481, e-mail mtvillanueva@doj.gov.ph."
        ),
        Lines(
            "(Signed)",
            "Jose Miguel Reyes",
            "Chief State Counsel",
            "Manila, 12 February 2024",
        ),
    ),
    expected=(
        Expect("MLA304", "warning", "on 03/04/2023 he sent"),
        Expect("MLA304", "warning", "on 05/06/2023 he"),
        Expect("MLA309", "info", "on 03/04/2023 he sent"),
    ),
)

ES_TO_MX_AGES = Sample(
    name="defective_es_to_mx_ages",
    format="docx",
    style="Word request with headings, Spanish compound surnames, a table of the persons concerned",
    description=(
        "Request from a Spanish investigating court, through the Ministry of Justice, to Mexico's Attorney General "
        "for a witness examination and company records. The persons' particulars were updated carelessly: the age "
        "of the suspect José Luis GARCÍA LÓPEZ does not fit his date of birth at the date of the request (MLA307) "
        "and the witness's date of birth is after the request's own date (MLA305). Near-misses: the age 'then aged "
        "41' at the date of the events is right, and 'GARCÍA LÓPEZ' alone is a short form."
    ),
    date=datetime(2024, 6, 3, 11, 0),
    author="Ministerio de Justicia, Subdirección General de Cooperación Jurídica Internacional",
    confidentiality_clause=True,
    near_misses=("then aged 41",),
    items=(
        Lines(
            "Juzgado Central de Instrucción No. 5",
            "Audiencia Nacional",
            "Calle García Gutiérrez 1",
            "28004 Madrid, Spain",
        ),
        Lines("Diligencias Previas 112/2023", "Madrid, 3 June 2024"),
        Lines(
            "Fiscalía General de la República",
            "Dirección General de Procedimientos Internacionales",
            "Avenida Paseo de la Reforma 211-213",
            "Ciudad de México, Mexico",
        ),
        Title("Letter of Request for Mutual Legal Assistance in Criminal Matters"),
        Heading("Requesting authority and legal basis"),
        Para(
            "Central Investigating Court No. 5 of the Audiencia Nacional, Madrid, which is investigating the case "
            "described below, requests the assistance of the United Mexican States under Article 18 of the United "
            "Nations Convention against Transnational Organized Crime, to which both States are party. Spain will give "
            "Mexico the same assistance in a comparable case."
        ),
        Heading("Proceedings"),
        Para(
            "The Court opened preliminary proceedings No. 112/2023 on 16 February 2023 on a complaint of the Public "
            "Prosecutor's Office against Corruption and Organised Crime. The case is at the investigation stage."
        ),
        Heading("Persons concerned"),
        Para(
            "The suspect is José Luis GARCÍA LÓPEZ, a Spanish citizen born on 22 September 1980 in Valencia, holding "
            "Spanish passport No. PAA123456, aged 45, who now lives in Mexico City."
        ),
        Para(
            "The witness is Ms Ana Sofía Martínez Ruiz, a Mexican citizen born on 4 March 2025, who was the "
            "administrator of Inversiones Turia Mexicana, S.A. de C.V., Avenida Insurgentes Sur 1602, Ciudad de "
            "México, and who has said she is willing to give evidence in Mexico."
        ),
        Heading("Facts"),
        Para(
            "On 15 March 2022 GARCÍA LÓPEZ, then aged 41, as director of Levante Obras Públicas, S.L., obtained "
            "public works contracts from the Valencia port authority by paying commissions of EUR 1,200,000 (one "
            "million two hundred thousand euros) to a port official. The commissions were paid through invoices of "
            "Inversiones Turia Mexicana, S.A. de C.V., a company he controls, for services that were never "
            "provided."
        ),
        Heading("Offences"),
        Para(
            "The facts constitute bribery under Article 424 and money laundering under Article 301 of the Spanish "
            "Criminal Code. They would also constitute offences in Mexico, namely cohecho under Article 222 and "
            "operations with resources of illicit origin under Article 400 Bis of the Federal Criminal Code."
        ),
        Heading("Assistance requested"),
        Para(
            "The Court asks that the competent Mexican authorities examine Ms Martínez Ruiz as a witness about the "
            "invoices issued to Levante Obras Públicas, S.L., and obtain from the Public Registry of Commerce of "
            "Mexico City the incorporation documents and the list of shareholders and directors of Inversiones "
            "Turia Mexicana, S.A. de C.V."
        ),
        Heading("Purpose"),
        Para(
            "The evidence is needed to establish that the invoices were false and that the commissions were paid "
            "by the suspect; it will be used at the trial before the Audiencia Nacional."
        ),
        Heading("Procedure"),
        Para(
            "The Court asks that the witness be examined by a judge, that her statement be recorded in writing and "
            "signed by her, and that the Spanish investigating judge be allowed to attend by video link."
        ),
        Heading("Confidentiality"),
        Para(
            "The Court asks that this request be kept confidential and that the suspect not be informed of it, "
            "because he could influence the witness."
        ),
        Heading("Use of evidence"),
        Para(
            "The evidence will be used only for the proceedings described in this request and not for any other "
            "purpose without the consent of the Mexican authorities."
        ),
        Heading("Contact"),
        Para(
            "The Court's contact is the Letrada de la Administración de Justicia, Ms Elena Castillo Navarro, "
            "telephone +34 91 397 3257, e-mail jci5.an@justicia.es."
        ),
        Lines("(Signed)", "Santiago Pedraz Gómez", "Central Investigating Judge No. 5", "Madrid, 3 June 2024"),
    ),
    expected=(
        Expect("MLA307", "warning", "aged 45"),
        Expect("MLA305", "error", "born on 4 March 2025"),
    ),
)

RU_TO_DE_IBAN = Sample(
    name="defective_ru_to_de_iban",
    format="pdf",
    style="PDF request with numbered paragraphs and no headings, Slavic names, IBANs and a transfer told twice",
    description=(
        "Request from the Prosecutor General's Office of Kazakhstan to the German Federal Office of Justice for "
        "bank records. The IBAN of the German account has wrong check digits (MLA302); one transfer (same day, "
        "same account) is given as EUR 450,000 in one paragraph and EUR 540,000 in another (MLA308); and the "
        "suspect's surname, 'VOLKOV' throughout, is typed 'VOLKOW' once (MLA301). Two other transfers with "
        "different amounts on other days are not a mismatch."
    ),
    date=datetime(2024, 9, 2, 10, 0),
    author="Prosecutor General's Office of the Republic of Kazakhstan",
    confidentiality_clause=True,
    items=(
        Lines(
            "Prosecutor General's Office of the Republic of Kazakhstan",
            "Department of International Cooperation",
            "14 Mangilik El Avenue",
            "Astana 010000, Kazakhstan",
        ),
        Lines("No. 2-14-24/3318", "2 September 2024"),
        Lines(
            "Federal Office of Justice (Bundesamt für Justiz)",
            "Adenauerallee 99-103",
            "53113 Bonn",
            "Federal Republic of Germany",
        ),
        Para("Subject: request for mutual legal assistance in criminal case No. 241100031000127 (Aleksandr Petrovich VOLKOV)"),
        Numbered(
            "The Prosecutor General's Office of the Republic of Kazakhstan requests the assistance of the Federal "
            "Republic of Germany under Article 46 of the United Nations Convention against Corruption, to which both "
            "States are party. Kazakhstan will provide Germany with the same assistance in a comparable case."
        ),
        Numbered(
            "The Anti-Corruption Agency of the Republic of Kazakhstan opened criminal case No. 241100031000127 on "
            "11 January 2024 under the supervision of this Office. The case is at the pre-trial investigation stage "
            "and will be tried by the Specialised Inter-District Criminal Court of Astana."
        ),
        Numbered(
            "The suspect is Aleksandr Petrovich VOLKOV, a citizen of Kazakhstan born on 2 February 1971, holding "
            "passport No. N12345678, former chairman of the board of KazTransEnergo JSC. Aleksandr Petrovich VOLKOV "
            "lives in Astana."
        ),
        Numbered(
            "In 2022 KazTransEnergo JSC paid inflated prices for transformer equipment to Steppe Power Supply LLP, "
            "controlled by the suspect's son-in-law. On 14 June 2022 Steppe Power Supply LLP transferred EUR 450,000 "
            "to account IBAN DE89 3704 0044 0532 0130 01 at Rheinland Privatbank AG, Cologne, held by Aleksandr "
            "Petrovich VOLKOW. On 2 August 2022 it transferred EUR 310,000 and on 9 November 2022 EUR 275,000 to the "
            "same account."
        ),
        Numbered(
            "The bank's suspicious transaction report, forwarded by the German Financial Intelligence Unit, states "
            "that on 14 June 2022 EUR 540,000 was transferred to account IBAN DE89 3704 0044 0532 0130 01 from Steppe "
            "Power Supply LLP."
        ),
        Numbered(
            "The suspect is investigated for embezzlement under Article 189 and for money laundering under Article "
            "218 of the Criminal Code of the Republic of Kazakhstan. The conduct would also be punishable in "
            "Germany as breach of trust under section 266 and money laundering under section 261 of the German "
            "Criminal Code."
        ),
        Numbered(
            "We ask that the competent German authorities obtain from Rheinland Privatbank AG the account opening "
            "documents and the statements from 1 January 2022 to 30 June 2024 of the account IBAN DE89 3704 0044 "
            "0532 0130 01, and the identity of the persons authorised to operate it."
        ),
        Numbered(
            "The records are needed to establish the amounts received from Steppe Power Supply LLP and their further "
            "movement, and will be used as evidence at the trial in Astana."
        ),
        Numbered(
            "We ask that the records be certified by the bank as complete and true copies and transmitted with a "
            "certificate of the German authority that obtained them."
        ),
        Numbered(
            "We ask that this request be kept confidential and that the account holder not be informed of it, "
            "since he could move the funds."
        ),
        Numbered(
            "The evidence will be used only for the criminal case described in this request and not for any other "
            "purpose without the prior consent of the Federal Republic of Germany."
        ),
        Numbered(
            "The prosecutor in charge is Senior Counsellor of Justice Dana Serikovna Akhmetova, telephone "
            "+7 7172 71 25 50, e-mail d.akhmetova@prokuror.kz."
        ),
        Lines("(Signed)", "Marat Yerlanovich Suleimenov", "Head of Department of International Cooperation", "Astana, 2 September 2024"),
    ),
    expected=(
        Expect("MLA302", "error", "held by Aleksandr"),
        Expect("MLA301", "warning", "Petrovich VOLKOW"),
        Expect("MLA308", "error", "EUR 540,000"),
    ),
)

AE_TO_IN_CLEAN = Sample(
    name="complete_ae_to_in_numeric",
    format="pdf",
    style="PDF letter with numbered paragraphs, every date written dd/mm/yyyy, Arabic names with 'bin' and 'Al'",
    description=(
        "Complete request from the UAE Public Prosecution to India's Ministry of Home Affairs for bank records. "
        "Near-misses for MLA3xx: every date is all-numeric, but '25/03/2023' can only be day-first, so "
        "'04/05/2023' is not ambiguous and there is one date format only; 'Khalid bin Rashid AL MANSOORI', 'Mr Al "
        "Mansoori' and 'AL MANSOORI' are one person and his son 'Saeed Khalid AL MANSOORI' another; 'USD 10,000 "
        "(ten thousand US dollars)' agrees; two transfers to one account on different days with different amounts; "
        "a valid IBAN and telephone number. No findings."
    ),
    date=datetime(2024, 10, 21, 9, 30),
    author="Public Prosecution, Abu Dhabi Judicial Department",
    confidentiality_clause=True,
    near_misses=("04/05/2023", "Mr Al Mansoori", "ten thousand US dollars"),
    items=(
        Lines(
            "Abu Dhabi Judicial Department",
            "Public Prosecution, International Cooperation Section",
            "P.O. Box 35556",
            "Abu Dhabi, United Arab Emirates",
        ),
        Lines("Ref: ADJD/PP/IC/2024/0913", "21/10/2024"),
        Lines(
            "The Joint Secretary (Internal Security-II)",
            "Ministry of Home Affairs",
            "North Block",
            "New Delhi 110001",
            "Republic of India",
        ),
        Para("Subject: request for bank records in Public Prosecution case No. 1187/2023 (Khalid bin Rashid AL MANSOORI)"),
        Numbered(
            "The Public Prosecution of the Abu Dhabi Judicial Department requests the assistance of the Republic of "
            "India under the Agreement between the Republic of India and the United Arab Emirates on Mutual Legal "
            "Assistance in Criminal Matters and under Article 46 of the United Nations Convention against "
            "Corruption. The United Arab Emirates will give India the same assistance in a comparable case."
        ),
        Numbered(
            "The Public Prosecution opened case No. 1187/2023 on 25/03/2023 on a report of the Abu Dhabi Accountability "
            "Authority. The case is under investigation and will be referred to the Abu Dhabi Criminal Court."
        ),
        Numbered(
            "The suspect is Khalid bin Rashid AL MANSOORI, an Emirati citizen born on 17/08/1968, holding passport "
            "No. A1234567, former procurement manager of a government-owned utility. His son Saeed Khalid AL "
            "MANSOORI, born on 02/11/1995, is not a suspect."
        ),
        Numbered(
            "Between 2021 and 2023 Mr Al Mansoori approved invoices of Deccan Valves Private Limited of Pune for "
            "valves that were never supplied. On 04/05/2023 AL MANSOORI received USD 10,000 (ten thousand US dollars) "
            "in cash from the company's representative, and the company transferred USD 85,000 on 12/06/2023 and "
            "USD 64,500 on 19/09/2023 to account IBAN AE07 0331 2345 6789 0123 456 held by him at Emirates Gulf Bank."
        ),
        Numbered(
            "The facts constitute bribery and embezzlement of public funds under Articles 234 and 224 of the UAE "
            "Penal Code. They would also constitute offences in India under section 7 and section 8 of the "
            "Prevention of Corruption Act, 1988 and under section 3 of the Prevention of Money Laundering Act, 2002."
        ),
        Numbered(
            "We ask that the competent Indian authorities obtain from the State Bank of India, Pune Main Branch, "
            "the account opening documents and the statements from 01/01/2021 to 31/12/2023 of current account "
            "No. 30112233445 held by Deccan Valves Private Limited, and the identity of its authorised signatories."
        ),
        Numbered(
            "The records will show the source of the payments to the suspect and will be produced as evidence "
            "before the Abu Dhabi Criminal Court."
        ),
        Numbered(
            "We ask that the records be certified by the bank under section 2A of the Bankers' Books Evidence Act, "
            "1891, so that they can be admitted in evidence."
        ),
        Numbered(
            "We ask that this request be kept confidential and that the company not be informed of it, because "
            "it could destroy records."
        ),
        Numbered(
            "The evidence will be used only in the case described above and will not be used for any other purpose "
            "without the consent of the Republic of India."
        ),
        Numbered(
            "The prosecutor in charge is Chief Prosecutor Mariam Abdulla Al Dhaheri, telephone +971 2 651 2000, "
            "e-mail m.aldhaheri@adjd.gov.ae."
        ),
        Lines("(Signed)", "Ahmed Saif Al Kaabi", "Attorney General, Abu Dhabi", "Abu Dhabi, 21/10/2024"),
    ),
)

NG_TO_GH_MIX = Sample(
    name="defective_ng_to_gh_chronology",
    format="txt",
    style="Plain-text letter with a subject line and prose, assembled from an older draft",
    description=(
        "Request from Nigeria's Economic and Financial Crimes Commission, through the Attorney-General, to Ghana "
        "for company records and a witness statement. Assembled from an older draft: an arrest is told as past "
        "but dated after the request (MLA305), the suspect's date of birth differs between two paragraphs "
        "(MLA305), and one date is written 'March 3, 2023' among day-first dates (MLA309). A hearing set for a "
        "later date and the deadline for execution are not chronology errors."
    ),
    date=datetime(2024, 4, 22, 16, 0),
    author="Federal Ministry of Justice, Nigeria",
    confidentiality_clause=True,
    near_misses=("adjourned the case to 10 July 2024",),
    items=(
        Lines(
            "Federal Ministry of Justice",
            "Central Authority Unit",
            "Plot 71B, Shehu Shagari Way, Maitama",
            "Abuja, Nigeria",
        ),
        Lines("Ref: FMJ/CAU/MLA/GH/2024/07", "22 April 2024"),
        Lines(
            "The Attorney-General and Minister for Justice",
            "Ministry of Justice and Attorney-General's Department",
            "P.O. Box MB 60",
            "Accra, Ghana",
        ),
        Para("Subject: Federal Republic of Nigeria v. Chukwuemeka Obinna OKAFOR, Charge No. FHC/ABJ/CR/118/2023"),
        Para(
            "The Attorney-General of the Federation of Nigeria, the Central Authority of Nigeria, requests the "
            "assistance of the Republic of Ghana, on behalf of the Economic and Financial Crimes Commission, under "
            "Article 46 of the United Nations Convention against Corruption and the ECOWAS Convention on Mutual "
            "Assistance in Criminal Matters. Nigeria will give Ghana the same assistance in a comparable case."
        ),
        Para(
            "The Commission charged the accused on 6 November 2023 before the Federal High Court, Abuja. The court "
            "adjourned the case to 10 July 2024 for the prosecution to call its foreign witnesses."
        ),
        Para(
            "The accused is Chukwuemeka Obinna OKAFOR, a Nigerian citizen born on 14 February 1979, holding passport "
            "No. A07654321, former managing director of the Nigerian Petroleum Products Distribution Company. The "
            "witness is Mr Kwame Asante Mensah, director of Volta Bridge Logistics Limited, Ring Road Central, "
            "Accra, who has agreed to make a statement."
        ),
        Para(
            "On March 3, 2023 the Distribution Company paid NGN 1,850,000,000 to Volta Bridge Logistics Limited for "
            "the storage of fuel that was never delivered. The Commission's analysts traced USD 1,100,000 of it to "
            "companies controlled by the accused. Chukwuemeka Obinna OKAFOR (date of birth 14 February 1977) was "
            "arrested in Lagos on 5 May 2024."
        ),
        Para(
            "The accused is charged with conspiracy and theft of public funds under sections 97 and 287 of the "
            "Penal Code Act and with money laundering under section 18 of the Money Laundering (Prevention and "
            "Prohibition) Act, 2022. The conduct would also be an offence in Ghana, namely stealing under section "
            "124 of the Criminal Offences Act, 1960 (Act 29) and money laundering under the Anti-Money Laundering "
            "Act, 2020 (Act 1044)."
        ),
        Para(
            "We ask that the Ghanaian authorities obtain from the Registrar-General's Department the incorporation "
            "documents and the register of directors and shareholders of Volta Bridge Logistics Limited, and take a "
            "written statement from Mr Mensah about the storage contract and the payment of 3 March 2023."
        ),
        Para(
            "The documents and the statement will show that the contract was a sham and will be tendered at the "
            "trial before the Federal High Court, Abuja."
        ),
        Para(
            "We ask that the documents be certified as true copies by the Registrar-General and that the "
            "statement be signed by the witness before a magistrate. We would be grateful to receive them by "
            "30 June 2024, before the adjourned hearing."
        ),
        Para(
            "We ask that this request be kept confidential and that the company not be informed of it beyond what "
            "is needed to take the witness's statement."
        ),
        Para(
            "The evidence will be used only in the proceedings described in this letter and for no other purpose "
            "without the consent of the Republic of Ghana."
        ),
        Para(
            "The officer in charge is Mrs Aisha Bello Yusuf, Principal Detective Superintendent, EFCC, telephone "
            "+234 9 904 4752, e-mail aisha.yusuf@efcc.gov.ng."
        ),
        Lines(
            "(Signed)",
            "Olumide Adebayo Fashola",
            "Director, Central Authority Unit",
            "Abuja, 22 April 2024",
        ),
    ),
    expected=(
        Expect("MLA305", "error", "arrested in Lagos on 5 May 2024"),
        Expect("MLA305", "error", "date of birth 14 February 1977"),
        Expect("MLA309", "info", "On March 3, 2023"),
    ),
)

BD_TO_MY_PARTICULARS = Sample(
    name="defective_bd_to_my_particulars",
    format="docx",
    style="Word request with headings, a Bangladeshi letter with the suspect's particulars in prose",
    description=(
        "Request from Bangladesh's Anti-Corruption Commission, through the Attorney General, to Malaysia for bank "
        "records. Many small slips: '30 February 2022' (MLA303), 14 September 2022 was a Wednesday but the "
        "letter calls it a Thursday (MLA306) while 'Sunday, 12 June 2022' is right, the suspect 'aged 52' was 49 at the request's date (MLA307), 'Mizanur RAHMAN' is typed "
        "'Mizanur RAHMEN' once (MLA301), and 'MYR 850,000 (eight hundred thousand ringgit)' (MLA308). "
        "'Rahman Textiles Ltd' and 'Rahman Textiles Limited' are one company written two legitimate ways."
    ),
    date=datetime(2024, 8, 14, 10, 30),
    author="Anti-Corruption Commission, Bangladesh",
    confidentiality_clause=True,
    near_misses=("Rahman Textiles Ltd", "Sunday, 12 June 2022"),
    items=(
        Lines("Anti-Corruption Commission", "1 Segunbagicha", "Dhaka 1000, Bangladesh"),
        Lines("Memo No. ACC/MLA/2024/221", "14 August 2024"),
        Lines(
            "The Attorney General of Malaysia",
            "International Affairs Division",
            "Attorney General's Chambers",
            "No. 45, Persiaran Perdana, Presint 4",
            "62100 Putrajaya, Malaysia",
        ),
        Title("Request for Mutual Legal Assistance: Mizanur RAHMAN"),
        Heading("Requesting authority and legal basis"),
        Para(
            "The Anti-Corruption Commission of the People's Republic of Bangladesh, which investigates and prosecutes "
            "corruption and money laundering under the Anti-Corruption Commission Act, 2004, requests the assistance "
            "of Malaysia under Article 46 of the United Nations Convention against Corruption and the Mutual "
            "Assistance in Criminal Matters Act 2002 of Malaysia. Bangladesh will give Malaysia the same assistance "
            "in a comparable case."
        ),
        Heading("Proceedings"),
        Para(
            "The Commission registered Case No. 09/2023 at its Integrated District Office, Dhaka-1, on 30 February "
            "2022 and has filed a charge sheet before the Court of the Special Judge No. 3, Dhaka."
        ),
        Heading("Person concerned"),
        Para(
            "The accused is Mizanur RAHMAN, son of Abdul Karim, a Bangladeshi citizen born on 5 March 1975, holding "
            "passport No. BX0123456, aged 52, former Additional Director of the Bangladesh Power Development Board "
            "and owner of Rahman Textiles Limited, Narayanganj."
        ),
        Heading("Facts"),
        Para(
            "On Sunday, 12 June 2022 the Board paid an inflated price for transformers to a supplier that passed "
            "part of it to Rahman Textiles Ltd. On Thursday, 14 September 2022 Mizanur RAHMEN transferred MYR 850,000 "
            "(eight hundred thousand ringgit) from that company to account No. 5140-2233-8871 at Perdana Islamic Bank "
            "Berhad, Kuala Lumpur, held in his own name, and used it to buy an apartment in Mont Kiara."
        ),
        Heading("Offences"),
        Para(
            "The accused is charged with criminal breach of trust by a public servant under section 409 of the Penal "
            "Code, 1860, with an offence under section 5(2) of the Prevention of Corruption Act, 1947, and with "
            "money laundering under section 4 of the Money Laundering Prevention Act, 2012. The same conduct would "
            "be an offence in Malaysia under section 409 of the Penal Code and under section 4 of the Anti-Money "
            "Laundering, Anti-Terrorism Financing and Proceeds of Unlawful Activities Act 2001."
        ),
        Heading("Assistance requested"),
        Para(
            "The Commission asks that the competent Malaysian authorities obtain from Perdana Islamic Bank Berhad "
            "the account opening documents and the statements from 1 January 2022 to 31 December 2023 of account "
            "No. 5140-2233-8871 held by Mizanur RAHMAN."
        ),
        Heading("Purpose"),
        Para(
            "The records are needed to prove that the proceeds of the inflated contract reached the accused and "
            "will be produced at the trial before the Special Judge No. 3, Dhaka."
        ),
        Heading("Procedure"),
        Para("The Commission asks that the records be certified as true copies by an officer of the bank."),
        Heading("Confidentiality"),
        Para(
            "The Commission asks that this request be kept confidential and that the accused not be informed of it, "
            "since he could sell the apartment and move the funds."
        ),
        Heading("Use of evidence"),
        Para(
            "The evidence will be used only in the case described above and not for any other purpose without the "
            "consent of Malaysia."
        ),
        Heading("Contact"),
        Para(
            "The investigating officer is Deputy Director Nasrin Akter, telephone +880 2 222 229 430, e-mail "
            "nasrin.akter@acc.org.bd."
        ),
        Lines("(Signed)", "Md. Khorshed Alam", "Director General (Legal and Prosecution)", "Dhaka, 14 August 2024"),
    ),
    expected=(
        Expect("MLA303", "error", "30 February"),
        Expect("MLA307", "warning", "aged 52"),
        Expect("MLA306", "warning", "Thursday, 14 September 2022"),
        Expect("MLA301", "warning", "Mizanur RAHMEN"),
        Expect("MLA308", "error", "MYR 850,000"),
    ),
)

UA_TO_PL_CLEAN = Sample(
    name="complete_ua_to_pl_names",
    format="pdf",
    style="PDF request with headings, Slavic names with patronymics, several persons and many dates",
    description=(
        "Complete request from the Prosecutor General's Office of Ukraine to the National Prosecutor's Office of "
        "Poland for company and bank records. Near-misses for MLA3xx: 'Oleksandr Mykolayovych KOVALENKO', "
        "'KOVALENKO, Oleksandr Mykolayovych' and 'Mr Kovalenko' are one person and his brother 'Andriy "
        "Mykolayovych KOVALENKO' another; ages at the request's date and at an earlier date both fit; ranges "
        "'from 1 March 2021 to 31 August 2022' and 'between 3 and 17 May 2022' are in order; 'PLN 2,400,000 "
        "(two million four hundred thousand zloty)' agrees; a valid IBAN; a trial date after the request. No "
        "findings."
    ),
    date=datetime(2024, 11, 4, 12, 0),
    author="Office of the Prosecutor General of Ukraine",
    confidentiality_clause=True,
    near_misses=("Mr Kovalenko", "Andriy Mykolayovych KOVALENKO", "3 and 17 May 2022"),
    items=(
        Lines(
            "Office of the Prosecutor General of Ukraine",
            "Department of International Legal Cooperation",
            "13/15 Riznytska Street",
            "Kyiv 01011, Ukraine",
        ),
        Lines("No. 13/1/2-31845-24", "4 November 2024"),
        Lines(
            "National Prosecutor's Office",
            "Department for International Cooperation",
            "ul. Postępu 3",
            "02-676 Warsaw, Republic of Poland",
        ),
        Title("Request for legal assistance in criminal proceedings No. 42022000000000812"),
        Heading("Requesting authority and legal basis"),
        Para(
            "The Office of the Prosecutor General of Ukraine requests the assistance of the Republic of Poland under "
            "the European Convention on Mutual Assistance in Criminal Matters of 20 April 1959 and its Second "
            "Additional Protocol, and under Article 46 of the United Nations Convention against Corruption. Ukraine "
            "will give Poland the same assistance in a comparable case."
        ),
        Heading("Proceedings"),
        Para(
            "The National Anti-Corruption Bureau of Ukraine opened criminal proceedings No. 42022000000000812 on "
            "19 September 2022 under the supervision of the Specialised Anti-Corruption Prosecutor's Office. The "
            "indictment will be sent to the High Anti-Corruption Court, and the trial is expected to begin on "
            "3 March 2025."
        ),
        Heading("Persons concerned"),
        Para(
            "The suspect is Oleksandr Mykolayovych KOVALENKO, a citizen of Ukraine born on 11 January 1972, holding "
            "passport No. FE123456, aged 52, former deputy head of a state grain company. His brother Andriy "
            "Mykolayovych KOVALENKO, born on 30 June 1969, is a director of Zboże Trans sp. z o.o., Lublin, and is "
            "not a suspect."
        ),
        Heading("Facts"),
        Para(
            "From 1 March 2021 to 31 August 2022 the state grain company sold grain below market price to Zboże "
            "Trans sp. z o.o. On 3 May 2022 KOVALENKO, Oleksandr Mykolayovych, then aged 50, signed the last of "
            "these contracts. Between 3 and 17 May 2022 Zboże Trans sp. z o.o. paid PLN 2,400,000 (two million four "
            "hundred thousand zloty) to account IBAN PL61 1090 1014 0000 0712 1981 2874 held by Baltic Agro "
            "Consulting sp. z o.o., which Mr Kovalenko controls."
        ),
        Heading("Offences"),
        Para(
            "The suspect is charged with misappropriation of property by abuse of office under Article 191(5) and "
            "with legalisation of proceeds of crime under Article 209 of the Criminal Code of Ukraine. The conduct "
            "would also constitute offences under Articles 296 and 299 of the Polish Criminal Code."
        ),
        Heading("Assistance requested"),
        Para(
            "We ask that the competent Polish authorities obtain from Santander Bank Polska S.A. the account opening "
            "documents and the statements from 1 March 2021 to 31 December 2023 of the account of Baltic Agro "
            "Consulting sp. z o.o. that received these payments, and from the National Court Register the registration files of Zboże Trans sp. z o.o. and Baltic "
            "Agro Consulting sp. z o.o."
        ),
        Heading("Purpose"),
        Para(
            "The documents are needed to trace the proceeds of the undervalued sales and will be used as evidence "
            "before the High Anti-Corruption Court."
        ),
        Heading("Procedure"),
        Para("We ask that the documents be certified as true copies by the bank and by the court register."),
        Heading("Confidentiality"),
        Para(
            "We ask that this request be kept confidential and that the companies and the suspect not be informed "
            "of it, because the suspect could move the funds."
        ),
        Heading("Use of evidence"),
        Para(
            "The evidence will be used only in the criminal proceedings described above and not for any other "
            "purpose without the consent of the Republic of Poland."
        ),
        Heading("Contact"),
        Para(
            "The prosecutor in charge is Ms Iryna Petrivna Shevchenko, telephone +380 44 200 7383, e-mail "
            "i.shevchenko@gp.gov.ua."
        ),
        Lines("(Signed)", "Viktor Ivanovych Bondar", "Head of Department", "Kyiv, 4 November 2024"),
    ),
)

CO_TO_ES_NUMERIC = Sample(
    name="defective_co_to_es_numeric",
    format="txt",
    style="Plain-text request with numbered paragraphs, dates typed from a Spanish-language police report",
    description=(
        "Request from Colombia's Attorney General's Office to Spain for bank records and a search. The dates were "
        "typed from a police report in numeric form: '31/11/2023' exists in neither reading (MLA303), "
        "'04/05/2023' is ambiguous and nothing in the letter settles it (MLA304), and numeric dates stand next to "
        "dates in words (MLA309 at the first numeric date). 8 September 2023 was a Friday, not a Saturday (MLA306), "
        "and the suspect was 41, not 38, at the request's date (MLA307). 'Mr Restrepo' and 'RESTREPO GÓMEZ' are "
        "short forms."
    ),
    date=datetime(2024, 1, 15, 9, 0),
    author="Fiscalía General de la Nación, Colombia",
    confidentiality_clause=True,
    near_misses=("Mr Restrepo",),
    items=(
        Lines(
            "Fiscalía General de la Nación",
            "Dirección de Asuntos Internacionales",
            "Avenida Calle 24 No. 52-01",
            "Bogotá D.C., Colombia",
        ),
        Lines("Ref. DAI-20240115-0042", "15 January 2024"),
        Lines(
            "Subdirección General de Cooperación Jurídica Internacional",
            "Ministerio de Justicia",
            "Calle San Bernardo 45",
            "28015 Madrid, Kingdom of Spain",
        ),
        Para("Subject: request for assistance in investigation No. 110016000050202300871 (Julián Andrés RESTREPO GÓMEZ)"),
        Numbered(
            "The Attorney General's Office of the Republic of Colombia requests the assistance of the Kingdom of "
            "Spain under Article 18 of the United Nations Convention against Transnational Organized Crime, to "
            "which both States are party. Colombia will give Spain the same assistance in a comparable case."
        ),
        Numbered(
            "The Specialised Directorate against Money Laundering opened investigation No. 110016000050202300871 on "
            "31/11/2023 and the case is before a Bogotá judge of guarantees."
        ),
        Numbered(
            "The suspect is Julián Andrés RESTREPO GÓMEZ, a Colombian citizen born on 2 June 1982, aged 38, holding "
            "passport No. AQ123456, who lives at Calle de Serrano 88, Madrid."
        ),
        Numbered(
            "The suspect laundered the proceeds of cocaine trafficking through a currency exchange business in "
            "Medellín. On 04/05/2023 Mr Restrepo deposited EUR 95,000 in cash into account No. 2100-0418-45-0200051332 "
            "at Banco Meridional, Madrid, and on Saturday, 8 September 2023 he bought an apartment at Calle de "
            "Serrano 88 for EUR 640,000."
        ),
        Numbered(
            "The suspect is investigated for money laundering under Article 323 and drug trafficking under Article "
            "376 of the Colombian Criminal Code. The conduct would also constitute money laundering under Article "
            "301 and drug trafficking under Article 368 of the Spanish Criminal Code."
        ),
        Numbered(
            "We ask that the competent Spanish authorities obtain from Banco Meridional the account opening documents "
            "and the statements from 1 January 2023 to 31 December 2023 of account No. 2100-0418-45-0200051332 held "
            "by RESTREPO GÓMEZ, and search the apartment at Calle de Serrano 88, Madrid, and seize any documents "
            "relating to the purchase of the apartment and to the currency exchange business."
        ),
        Numbered(
            "The records and documents will show the origin of the funds used to buy the apartment and will be used "
            "as evidence at the trial in Bogotá."
        ),
        Numbered(
            "We ask that the search be carried out in the presence of a judicial officer, that an inventory of the "
            "seized documents be drawn up, and that the bank records be certified as true copies."
        ),
        Numbered(
            "We ask that this request be kept confidential and that the suspect not be informed of it, because he "
            "could sell the apartment."
        ),
        Numbered(
            "The evidence will be used only in the investigation described above and not for any other purpose "
            "without the consent of the Kingdom of Spain."
        ),
        Numbered(
            "The prosecutor in charge is Ms Carolina Ospina Vélez, telephone +57 601 570 2000, e-mail "
            "carolina.ospina@fiscalia.gov.co."
        ),
        Lines("(Signed)", "Andrés Felipe Muñoz Castaño", "Director of International Affairs", "Bogotá, 15 January 2024"),
    ),
    expected=(
        Expect("MLA303", "error", "31/11/2023"),
        Expect("MLA307", "warning", "aged 38"),
        Expect("MLA304", "warning", "On 04/05/2023"),
        Expect("MLA309", "info", "31/11/2023"),
        Expect("MLA306", "warning", "Saturday, 8 September 2023"),
    ),
)

KE_TO_UK_IDENTITY = Sample(
    name="defective_ke_to_uk_identity",
    format="docx",
    style="Word letter without headings, prose, a suspect's particulars given twice from two sources",
    description=(
        "Request from Kenya's Office of the Director of Public Prosecutions to the UK Central Authority for bank "
        "records and a witness statement. The suspect's particulars were copied from two documents that disagree: "
        "two dates of birth (MLA305) and a mobile number that is too short to exist (MLA302); an ISO date "
        "'2023-03-14' among dates in words (MLA309); 'aged 44' fits the first date of birth at the request's "
        "date and is not reported."
    ),
    date=datetime(2024, 6, 20, 15, 0),
    author="Office of the Director of Public Prosecutions, Kenya",
    confidentiality_clause=True,
    near_misses=("aged 44",),
    items=(
        Lines(
            "Office of the Director of Public Prosecutions",
            "NSSF Building, Block A, Bishops Road",
            "P.O. Box 30701-00100",
            "Nairobi, Kenya",
        ),
        Lines("Our ref: ODPP/ACU/MLA/31/2024", "20 June 2024"),
        Lines("UK Central Authority", "Home Office", "2 Marsham Street", "London SW1P 4DF", "United Kingdom"),
        Para("Dear Sir or Madam,"),
        Para(
            "Re: Republic v. David Kiprotich CHERUIYOT, Milimani Anti-Corruption Case No. E041 of 2023: request for "
            "bank records and a witness statement"
        ),
        Para(
            "I write on behalf of the Director of Public Prosecutions of the Republic of Kenya to ask for the "
            "assistance of the United Kingdom under Article 46 of the United Nations Convention against Corruption "
            "and the Crime (International Co-operation) Act 2003. Kenya will give the United Kingdom the same "
            "assistance in a comparable case."
        ),
        Para(
            "The Ethics and Anti-Corruption Commission investigated the case, and this Office charged the accused "
            "before the Chief Magistrate's Court at Milimani on 2023-03-14. The trial is set to resume on "
            "16 September 2024."
        ),
        Para(
            "The accused, David Kiprotich CHERUIYOT, a Kenyan citizen born on 9 April 1980, aged 44, holding national "
            "identity card No. 20458812, was the Chief Finance Officer of the Kenya Rural Water Agency. Documents "
            "from the Registrar of Persons give David Kiprotich CHERUIYOT, born on 9 April 1981, mobile +254 712 345 67."
        ),
        Para(
            "In 2022 the Agency paid KES 310,000,000 to Lakeview Pipes Limited for pipes that were never delivered. "
            "Lakeview Pipes Limited then transferred GBP 420,000 to account No. 20-45-77 33019287 at Thameside "
            "Private Bank plc, London, held by Rift Valley Holdings Ltd, a company of which the accused is the "
            "beneficial owner."
        ),
        Para(
            "The accused is charged with fraudulent acquisition of public property under section 45(1)(a) of the "
            "Anti-Corruption and Economic Crimes Act, 2003 and with money laundering under section 3 of the Proceeds "
            "of Crime and Anti-Money Laundering Act, 2009. The conduct would also constitute fraud under section 1 "
            "of the Fraud Act 2006 and money laundering under section 327 of the Proceeds of Crime Act 2002."
        ),
        Para(
            "We ask that the competent UK authorities obtain from Thameside Private Bank plc the account opening "
            "documents and the statements from 1 January 2022 to 31 December 2023 of account No. 20-45-77 33019287 "
            "held by Rift Valley Holdings Ltd, and take a witness statement from the bank's relationship manager, "
            "Mr Oliver James Hartley, about the opening of the account and its beneficial owner."
        ),
        Para(
            "The records and the statement will prove that the payments for undelivered pipes reached a company "
            "owned by the accused, and will be produced at the trial."
        ),
        Para(
            "We ask that the bank records be produced with a certificate of their authenticity and that the "
            "witness statement be signed by the witness with a declaration of truth."
        ),
        Para(
            "We would be grateful if this request were kept confidential and the account holder not informed of "
            "it, as the accused could move the funds."
        ),
        Para(
            "The evidence obtained will be used only in Case No. E041 of 2023 and will not be used for any other "
            "purpose without the consent of the United Kingdom."
        ),
        Para(
            "Please contact Ms Grace Atieno Otieno, Senior Assistant Director of Public Prosecutions, on "
            "+254 20 2732090 or at grace.otieno@odpp.go.ke."
        ),
        Para("Yours faithfully,"),
        Lines(
            "(Signed)",
            "Wanjiru Njeri Kamau",
            "Deputy Director of Public Prosecutions",
            "Nairobi, 20 June 2024",
        ),
    ),
    expected=(
        Expect("MLA309", "info", "2023-03-14"),
        Expect("MLA305", "error", "born on 9 April 1981"),
        Expect("MLA302", "error", "+254 712 345 67"),
    ),
)

CORPUS_D: tuple[Sample, ...] = (
    PK_TO_AE_CLEAN,
    PK_TO_UK_SPELLING,
    CN_TO_AU_DATES,
    PH_TO_US_NUMERIC,
    ES_TO_MX_AGES,
    RU_TO_DE_IBAN,
    AE_TO_IN_CLEAN,
    NG_TO_GH_MIX,
    BD_TO_MY_PARTICULARS,
    UA_TO_PL_CLEAN,
    CO_TO_ES_NUMERIC,
    KE_TO_UK_IDENTITY,
)
