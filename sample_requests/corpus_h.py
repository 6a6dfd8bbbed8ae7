"""Held-out sample requests (batch H) for the consistency rules MLA301-MLA309.

Written without sight of the rules' code, from the definitions in shared/DESIGN.md and
issue 4 only. Twelve requests between pairs of states unlike those the rules were tuned
on, in varied styles and naming traditions (Turkish, Bangladeshi with "s/o" parentage,
Moroccan, Peruvian compound surnames, Russian and Kazakh patronymics, Sinhala and Tamil,
Ethiopian, Indonesian single names, Persian, Hausa, Brazilian, Filipino and Hong Kong
Chinese). Five are clean with realistic near-misses; seven carry one to four MLA3xx
defects each. Only MLA3xx findings are listed (the corpus is measured with
``--select MLA3``); every request is meant to be complete in the MLA1xx sense.

Severities follow the labels already in sample_requests: MLA301 warning, MLA302 error,
MLA303 error, MLA304 warning, MLA305 error, MLA306 warning, MLA307 warning, MLA308 error,
MLA309 info. ``at`` is the paragraph of the later / odd mention (the second spelling, the
changed identifier, the impossible date, the contradicting age, the words/figures pair,
the first date written in the minority style).
"""

from __future__ import annotations

from datetime import datetime

from sample_model import Expect, Heading, Lines, Numbered, Para, Sample, Table, Title

# ---------------------------------------------------------------------------------------
# 1. Turkey -> Netherlands: clean, formal letter with headings, dotted numeric dates
# ---------------------------------------------------------------------------------------

TR_TO_NL = Sample(
    name="complete_tr_to_nl_dotted_dates",
    format="docx",
    style=(
        "Turkish Ministry of Justice letter in English: letterhead, numbered headings, formal prose, "
        "every date written DD.MM.YYYY, a table of transfers"
    ),
    description=(
        "Complete request from the Ministry of Justice of Türkiye (Directorate General for Foreign Relations and "
        "European Union Affairs), for the Istanbul Chief Public Prosecutor's Office, to the Netherlands' "
        "International Legal Assistance in Criminal Matters unit for bank records and a company extract in an "
        "invoice-fraud and money-laundering case. Near-misses for MLA3xx: every date is dotted numeric and "
        "'05.06.2023' is settled day-first by '28.06.2023', '23.07.1988' and others, so neither MLA304 nor MLA309; "
        "the father Hasan YILDIRIM and his son Burak YILDIRIM are two people, 'B. Yıldırım' and 'Mr Yıldırım' are "
        "short forms of the son; 'Yıldırım Gıda Ltd. Şti.' abbreviates the full company name; 'EUR 12.500,00 "
        "(twelve thousand five hundred euros)' agrees; Burak's age 36 fits his date of birth at the request's date; "
        "the trial hearing on 17.09.2025 is after the request and is a future hearing; investigation number "
        "2023/41587 holds a year; the TC identity numbers, the IBAN and the telephone numbers are valid. No findings."
    ),
    date=datetime(2025, 3, 12, 10, 0),
    author="Ministry of Justice of Türkiye",
    confidentiality_clause=True,
    near_misses=("05.06.2023", "B. Yıldırım", "Yıldırım Gıda Ltd. Şti.", "EUR 12.500,00", "17.09.2025", "2023/41587"),
    items=(
        Lines(
            "REPUBLIC OF TÜRKIYE",
            "MINISTRY OF JUSTICE",
            "Directorate General for Foreign Relations and European Union Affairs",
            "Milli Müdafaa Caddesi No: 22, 06659 Kızılay, Ankara",
        ),
        Lines("Our ref.: E-94851927-230.02-2025/1184", "Ankara, 12.03.2025"),
        Lines(
            "To: Ministry of Justice and Security of the Kingdom of the Netherlands",
            "International Legal Assistance in Criminal Matters (AIRS)",
            "Turfmarkt 147, 2511 DP The Hague",
        ),
        Title("Request for Mutual Legal Assistance in Criminal Matters"),
        Heading("1. Requesting authority"),
        Para(
            "The Ministry of Justice of the Republic of Türkiye, acting as Central Authority, transmits this request "
            "on behalf of the Istanbul Chief Public Prosecutor's Office, Financial Crimes Investigation Bureau, which "
            "conducts investigation No. 2023/41587 under the direction of Public Prosecutor Elif Demirtaş."
        ),
        Heading("2. Legal basis"),
        Para(
            "The request is made under Articles 1 and 3 of the European Convention on Mutual Assistance in Criminal "
            "Matters of 20.04.1959, to which both Türkiye and the Netherlands are parties, and Law No. 6706 on "
            "International Judicial Cooperation in Criminal Matters."
        ),
        Heading("3. Proceedings and facts"),
        Para(
            "The investigation was opened on 14.08.2023 after a complaint by Anadolu Tarım Kooperatifi, a farmers' "
            "cooperative in Konya. Between 02.01.2023 and 29.09.2023 the cooperative paid for deliveries of fertiliser "
            "that never arrived. The invoices were issued by Yıldırım Gıda Sanayi ve Ticaret Limited Şirketi, whose "
            "managing partner is Burak YILDIRIM. His father, Hasan YILDIRIM, is a registered shareholder but, on the "
            "evidence so far, took no part in the management and is treated as a witness."
        ),
        Para(
            "The payments collected by Yıldırım Gıda Ltd. Şti. were forwarded within days to an account held by Lale "
            "Gıda İthalat B.V., a company registered in Rotterdam whose sole director is also Burak Yıldırım. The "
            "transfers identified so far are the following:"
        ),
        Table(
            ("Value date", "Amount", "Ordering account (Türkiye)", "Beneficiary account (Netherlands)"),
            ("05.06.2023", "EUR 48.750,00", "TR33 0006 1005 1978 6457 8413 26", "NL62 INGB 0007 6451 23"),
            ("28.06.2023", "EUR 61.200,00", "TR33 0006 1005 1978 6457 8413 26", "NL62 INGB 0007 6451 23"),
            ("18.09.2023", "EUR 73.900,00", "TR33 0006 1005 1978 6457 8413 26", "NL62 INGB 0007 6451 23"),
        ),
        Para(
            "On 19.10.2023 B. Yıldırım paid a further EUR 12.500,00 (twelve thousand five hundred euros) in cash into "
            "the same Dutch account during a visit to Rotterdam, according to the deposit slip seized at his Istanbul "
            "office on 21.11.2023."
        ),
        Heading("4. Persons concerned"),
        Para(
            "Burak YILDIRIM, Turkish national, born 23.07.1988 in Konya, aged 36, TC identity number 28471053998, "
            "passport U 18472936, residing at Bağdat Caddesi 214/7, Kadıköy, Istanbul, the suspect."
        ),
        Para(
            "Hasan YILDIRIM, Turkish national, born 14.02.1961 in Konya, TC identity number 35186204706, residing at "
            "Mevlana Mahallesi, Ankara Caddesi 41, Selçuklu, Konya, father of the suspect, a witness."
        ),
        Para("Lale Gıda İthalat B.V., Chamber of Commerce (KvK) No. 82736415, Waalhaven Oostzijde 85, 3087 BM Rotterdam."),
        Heading("5. Offences"),
        Para(
            "Qualified fraud under Article 158(1)(f) and laundering of assets derived from crime under Article 282 of "
            "the Turkish Criminal Code No. 5237. The conduct is also punishable in the Netherlands as fraud "
            "(oplichting) under Article 326 and money laundering under Article 420bis of the Dutch Criminal Code."
        ),
        Heading("6. Assistance requested"),
        Numbered(
            "Obtain from ING Bank N.V. the account-opening file, the list of authorised signatories and the statements "
            "of account NL62 INGB 0007 6451 23 held by Lale Gıda İthalat B.V. for the period 01.05.2023 to 31.12.2023, "
            "with the details of the ordering party and beneficiary of each transfer."
        ),
        Numbered(
            "Obtain a certified extract of the Commercial Register of the Chamber of Commerce for Lale Gıda İthalat "
            "B.V., showing its directors and shareholders since incorporation."
        ),
        Heading("7. Purpose and relevance"),
        Para(
            "The records will show whether the money paid by the cooperative reached the Dutch company controlled by "
            "Mr Yıldırım and where it went next. They are needed for the indictment; the trial hearing before the "
            "Istanbul 12th Criminal Court of First Instance is expected to be fixed for 17.09.2025, and we would be "
            "grateful for execution before that date."
        ),
        Heading("8. Form of execution"),
        Para(
            "We ask that the bank records be certified as true copies by an officer of ING Bank N.V. and that the "
            "register extract bear the seal of the Chamber of Commerce."
        ),
        Heading("9. Confidentiality and use"),
        Para(
            "Please keep this request and its contents confidential and ask the bank not to inform its customer. "
            "The evidence will be used only in investigation No. 2023/41587 and the prosecution that follows it, "
            "unless the Netherlands consents to another use."
        ),
        Heading("10. Contact"),
        Para(
            "Public Prosecutor Elif Demirtaş, Istanbul Chief Public Prosecutor's Office, telephone +90 212 440 3500, "
            "email elif.demirtas@adalet.gov.tr. At the Ministry: Judge Okan Aslan, Rapporteur, +90 312 414 7000."
        ),
        Lines(
            "Okan Aslan",
            "Judge, Rapporteur",
            "on behalf of the Director General for Foreign Relations and European Union Affairs",
            "Ankara, 12.03.2025",
        ),
    ),
)

# ---------------------------------------------------------------------------------------
# 2. Bangladesh -> Malaysia: South Asian letter, "s/o" parentage, lakh/crore, ordinal dates
# ---------------------------------------------------------------------------------------

BD_TO_MY = Sample(
    name="defective_bd_to_my_lakh_crore",
    format="txt",
    style=(
        "Bangladeshi Anti-Corruption Commission letter in South Asian official English: memo number, 'Sub:' line, "
        "numbered headings, parentage with 's/o', amounts in lakh and crore, ordinal dates ('4th May 2023')"
    ),
    description=(
        "Request from the Anti-Corruption Commission of Bangladesh, through the Ministry of Home Affairs, to the "
        "Attorney General's Chambers of Malaysia for bank and company records in a disproportionate-assets and "
        "money-laundering case. Defects: the suspect 'Mohammad Rafiqul ISLAM' is written 'Muhammad Rafiqul Islam' "
        "in the paragraph on the Malaysian company (MLA301, at the later spelling); he was born on 9th October 1974 "
        "and is called 'aged 52 years' in the persons paragraph although he was 50 at the request's date "
        "(MLA307); the ringgit transfer 'MYR 1,250,000' is given in words as one million two hundred and fifteen "
        "thousand (MLA308). Near-misses: his brother Mohammad Shafiqul ISLAM and their father, the late Abdul MANNAN, "
        "are other people; 'M. R. Islam' is an initial form; 'Rafiq Apparels Ltd' and 'Rafiq Apparels Limited' are "
        "one company; 'BDT 25 lakh (Taka twenty-five lakh)' and 'BDT 3,75,00,000 (Taka three crore seventy-five lakh)' "
        "agree; ACC Case No. 17/2023 and memo No. ACC/HO/MLA-07/2025/1142 hold a year; two different telephone numbers of the suspect (mobile and "
        "office) are not a mismatch."
    ),
    date=datetime(2025, 3, 4, 11, 0),
    author="Anti-Corruption Commission, Bangladesh",
    confidentiality_clause=True,
    near_misses=("M. R. Islam", "Rafiq Apparels Limited", "BDT 25 lakh", "Mohammad Shafiqul ISLAM"),
    items=(
        Lines(
            "ANTI-CORRUPTION COMMISSION",
            "Government of the People's Republic of Bangladesh",
            "Head Office, 1 Segunbagicha, Dhaka-1000",
        ),
        Lines("Memo No. ACC/HO/MLA-07/2025/1142", "Date: 4th March 2025"),
        Lines(
            "To",
            "The Attorney General's Chambers of Malaysia",
            "International Affairs Division",
            "No. 45, Persiaran Perdana, Presint 4, 62100 Putrajaya, Malaysia",
            "(Through: Ministry of Home Affairs, Bangladesh Secretariat, Dhaka)",
        ),
        Para(
            "Sub: Request for mutual legal assistance in ACC Case No. 17/2023 (Ramna Police Station) against Mohammad "
            "Rafiqul ISLAM s/o Late Abdul MANNAN."
        ),
        Para("Dear Sir/Madam,"),
        Para(
            "1. Requesting authority. The Anti-Corruption Commission (ACC), Bangladesh, the statutory body that "
            "investigates and prosecutes corruption offences under the Anti-Corruption Commission Act, 2004, "
            "respectfully requests the assistance of the competent authorities of Malaysia. The investigation is "
            "conducted by Mr. Md. Harunur Rashid, Deputy Director, ACC Head Office."
        ),
        Para(
            "2. Legal basis. This request is made under Article 46 of the United Nations Convention against "
            "Corruption, to which Bangladesh and Malaysia are both States Parties, and under the Mutual Legal "
            "Assistance in Criminal Matters Act, 2012 of Bangladesh. Bangladesh assures Malaysia that it will render "
            "assistance to Malaysia in a comparable matter."
        ),
        Para(
            "3. Proceedings. ACC Case No. 17/2023 was recorded at Ramna Police Station on 22nd June 2023 against "
            "Mohammad Rafiqul ISLAM, formerly Executive Engineer of the Roads and Highways Department, for acquiring "
            "assets disproportionate to his known sources of income and for laundering the proceeds abroad."
        ),
        Para(
            "4. Summary of facts. Between the months of July 2016 and December 2022 the accused, while in service, "
            "received bribes from contractors of road projects in Sylhet division. A contractor, Mr. Abul Kalam "
            "Azad, has stated that on 18th November 2019 he paid BDT 25 lakh (Taka twenty-five lakh) in cash to the "
            "accused at his Dhanmondi residence. The accused's declared income for the whole period is about BDT "
            "60 lakh, but properties and deposits worth BDT 3,75,00,000 (Taka three crore seventy-five lakh) have "
            "been traced to him and his family."
        ),
        Para(
            "5. Part of the money was sent to Malaysia. Rafiq Apparels Ltd, a garment-trading company of Dhaka whose "
            "managing director is the accused's brother Mohammad Shafiqul ISLAM, remitted funds to Kuala Lumpur "
            "against export invoices that the Bangladesh Bank has found to be fictitious. On 7th February 2022 "
            "Rafiq Apparels Limited paid MYR 1,250,000 (Ringgit Malaysia one million two hundred and fifteen "
            "thousand only) to the account of RI Global Trading Sdn. Bhd. at Malayan Banking Berhad, Jalan Tun Perak "
            "branch, account No. 5141 2233 6078."
        ),
        Para(
            "6. RI Global Trading Sdn. Bhd. was incorporated in Kuala Lumpur on 3rd March 2020. According to the "
            "records of the Companies Commission of Malaysia obtained from its public portal, its only two "
            "shareholders are Muhammad Rafiqul Islam and a Malaysian citizen, Encik Azman bin Hashim. The accused "
            "has never declared this shareholding to his department."
        ),
        Para(
            "7. Persons concerned. (a) Mohammad Rafiqul ISLAM s/o Late Abdul MANNAN, Bangladeshi citizen, born on "
            "9th October 1974, aged 52 years, NID No. 5987412360, passport No. A05318842, of House 27, Road 9/A, "
            "Dhanmondi R/A, Dhaka; mobile +880 1711 538246, office +880 2 55138744. (b) Mohammad Shafiqul ISLAM s/o "
            "Late Abdul MANNAN, Bangladeshi citizen, born on 2nd January 1979, NID No. 2694018375, managing director "
            "of Rafiq Apparels Ltd, of the same address. (c) Azman bin Hashim, Malaysian citizen, NRIC 780514-14-5523, "
            "director of RI Global Trading Sdn. Bhd., address in Kuala Lumpur not known to us."
        ),
        Para(
            "8. Offences. Section 27(1) of the Anti-Corruption Commission Act, 2004 (possession of assets "
            "disproportionate to known income); section 5(2) of the Prevention of Corruption Act, 1947; and section "
            "4(2) of the Money Laundering Prevention Act, 2012. The conduct would be an offence in Malaysia under "
            "section 36 of the Malaysian Anti-Corruption Commission Act 2009 and section 4(1) of the Anti-Money "
            "Laundering, Anti-Terrorism Financing and Proceeds of Unlawful Activities Act 2001."
        ),
        Para(
            "9. Assistance requested. (i) Certified copies of the account-opening documents, mandate and statements "
            "of account No. 5141 2233 6078 of RI Global Trading Sdn. Bhd. at Malayan Banking Berhad for the period "
            "1st January 2020 to 31st December 2023; (ii) certified copies of the company's statutory records "
            "(directors, shareholders and annual returns) held by the Companies Commission of Malaysia."
        ),
        Para(
            "10. Purpose. The records will show whether the money remitted by Rafiq Apparels Ltd was held for the "
            "benefit of the accused M. R. Islam and will be produced as evidence in the Court of the Senior Special "
            "Judge, Dhaka, where the charge sheet is to be filed."
        ),
        Para(
            "11. Procedure. We request that the bank and company records be certified by the custodian as true "
            "copies, with a certificate of authenticity in the form used in Malaysia, so that they are admissible "
            "under the Evidence Act, 1872 of Bangladesh."
        ),
        Para(
            "12. Confidentiality and use. Kindly keep this request confidential and do not inform the account holder. "
            "The evidence received will be used only for ACC Case No. 17/2023 and the trial arising from it, and not "
            "for any other purpose without the prior consent of Malaysia."
        ),
        Para(
            "13. Contact officer. Mr. Md. Harunur Rashid, Deputy Director (Money Laundering), ACC Head Office, "
            "telephone +880 2 48311921, email harun.rashid@acc.org.bd."
        ),
        Lines(
            "Yours faithfully,",
            "(Md. Akhtaruzzaman)",
            "Director General (Legal and Prosecution)",
            "Anti-Corruption Commission, Dhaka",
            "4th March 2025",
        ),
    ),
    expected=(
        Expect("MLA301", "warning", "shareholders are Muhammad Rafiqul Islam"),
        Expect("MLA307", "warning", "aged 52 years"),
        Expect("MLA308", "error", "MYR 1,250,000"),
    ),
)

# ---------------------------------------------------------------------------------------
# 3. Morocco -> France: formal letter, Arabic names, dates with weekdays
# ---------------------------------------------------------------------------------------

MA_TO_FR = Sample(
    name="defective_ma_to_fr_weekdays_iban",
    format="pdf",
    style=(
        "Moroccan Ministry of Justice request translated from French: letterhead, lettered headings, long formal "
        "sentences, dates written with the weekday first ('Thursday 12 October 2023')"
    ),
    description=(
        "Request from the Ministry of Justice of the Kingdom of Morocco, for the King's Prosecutor General at the "
        "Court of Appeal of Tangier, to the French Ministry of Justice (Bureau of International Criminal Mutual "
        "Assistance) for bank records and a witness hearing in a cannabis-trafficking and money-laundering case. "
        "Defects: 24 November 2023 was a Friday, but the seizure is dated 'Saturday 24 November 2023' (MLA306); a "
        "cash transfer is dated '31 April 2024', a day that does not exist (MLA303); the French account is given as "
        "'FR76 3000 4008 1200 0123 4567 865', whose IBAN check digits are wrong (the valid ones are 88) (MLA302). "
        "Near-misses: 'Thursday 12 October 2023' and 'Friday 2 February 2024' are right; the brothers Youssef EL "
        "AMRANI and Karim EL AMRANI are two people; 'Mr Youssef El Amrani' is a title form; a hearing before the "
        "Tangier court set for after the request; two transfers of different amounts on different days."
    ),
    date=datetime(2025, 2, 18, 9, 30),
    author="Ministère de la Justice, Royaume du Maroc",
    confidentiality_clause=True,
    near_misses=("Thursday 12 October 2023", "Friday 2 February 2024", "Karim EL AMRANI"),
    running_header="Kingdom of Morocco - Ministry of Justice - Directorate of Criminal Affairs and Pardons",
    items=(
        Lines(
            "KINGDOM OF MOROCCO",
            "MINISTRY OF JUSTICE",
            "Directorate of Criminal Affairs and Pardons and Monitoring of Crime",
            "Place Mamounia, Rabat",
        ),
        Lines("No. 2025/DACG/EJ/0387", "Rabat, Tuesday 18 February 2025"),
        Lines(
            "To the Ministry of Justice of the French Republic",
            "Directorate of Criminal Affairs and Pardons",
            "Bureau of International Criminal Mutual Assistance (BEPI)",
            "13 place Vendôme, 75042 Paris Cedex 01",
        ),
        Title("Request for mutual legal assistance in criminal matters"),
        Heading("A. Authority making the request"),
        Para(
            "The King's Prosecutor General at the Court of Appeal of Tangier, Mr Abdelilah Bennis, is conducting a "
            "judicial investigation, with the National Brigade of the Judicial Police, into the trafficking of "
            "cannabis resin from the port of Tanger Med to Marseille and the laundering of its proceeds in France "
            "(file No. 2023/2611/178). The Ministry of Justice transmits his request as Central Authority."
        ),
        Heading("B. Legal basis"),
        Para(
            "The request is made under Article 1 of the Convention on Mutual Legal Assistance in Criminal Matters "
            "between the Kingdom of Morocco and the French Republic signed at Rabat on 18 April 2008, and under "
            "Article 18 of the United Nations Convention against Transnational Organized Crime."
        ),
        Heading("C. Facts"),
        Para(
            "On Thursday 12 October 2023 customs officers at Tanger Med port found 2.4 tonnes of cannabis resin "
            "hidden in a refrigerated lorry loaded with clementines and bound for Marseille. The consignor, the "
            "export company Agrumes du Détroit SARL, is managed by Youssef EL AMRANI. The driver, Hamid Ouazzani, "
            "was arrested and stated that he had been paid by Youssef El Amrani for four earlier trips."
        ),
        Para(
            "On Saturday 24 November 2023 the Judicial Police searched the warehouse of Agrumes du Détroit SARL in "
            "the Gzenaya industrial zone and seized ledgers recording payments from France. These show that the "
            "buyer in Marseille, the company Primeurs Phocéens SAS, paid the company far above the market price, and "
            "that the surplus was handed over in cash in France to Karim EL AMRANI, the brother of Youssef, who lives "
            "in Marseille."
        ),
        Para(
            "The ledgers also record two transfers from Primeurs Phocéens SAS to Morocco: EUR 186,000 on Friday 2 "
            "February 2024 and EUR 214,500 on 31 April 2024. On each occasion Karim EL AMRANI also deposited cash in "
            "a personal account at a bank in Marseille."
        ),
        Heading("D. Persons concerned"),
        Para(
            "Youssef EL AMRANI, Moroccan national, born on 3 May 1984 in Tetouan, national identity card No. BK284716, "
            "residing at 14 rue Moussa Ibn Noussair, Tangier, charged and detained at Tangier local prison. Karim EL "
            "AMRANI, Moroccan and French national, born on 21 September 1987 in Tetouan, residing at 38 boulevard de "
            "la Libération, 13001 Marseille. Primeurs Phocéens SAS, registered in Marseille under SIREN No. 812 "
            "447 392, 4 rue des Docks, 13002 Marseille, whose chairman is Mr Laurent Abitbol. Witness: Mr Laurent "
            "Abitbol, French national, born on 9 December 1969, of the same business address."
        ),
        Heading("E. Offences"),
        Para(
            "The facts constitute trafficking in narcotic drugs under Article 2 of the Dahir of 21 May 1974 on the "
            "suppression of drug addiction, and money laundering under Articles 574-1 and 574-2 of the Moroccan "
            "Penal Code. They are also offences under French law: Article 222-37 (trafficking in narcotics) and "
            "Article 324-1 (money laundering) of the French Penal Code."
        ),
        Heading("F. Assistance requested"),
        Para(
            "1. Obtain from the bank holding account FR76 3000 4008 1200 0123 4567 865, in the name of Karim EL "
            "AMRANI, the account-opening documents and the statements for the period from 1 June 2023 to 31 May "
            "2024, with the cash deposit slips."
        ),
        Para(
            "2. Obtain the statements of the business accounts of Primeurs Phocéens SAS for the same period, showing "
            "the payments to Agrumes du Détroit SARL."
        ),
        Para(
            "3. Hear Mr Laurent Abitbol as a witness on: how the purchase price of the clementines was fixed; who "
            "instructed the payments; whether he ever handed cash to Karim EL AMRANI; and who his contacts at "
            "Agrumes du Détroit SARL were."
        ),
        Heading("G. Purpose"),
        Para(
            "The evidence will show the flow of the drug proceeds from France to Morocco and the role of each brother. "
            "It is needed at the trial of Mr Youssef El Amrani before the Criminal Chamber of the Court of Appeal of "
            "Tangier, at which the next hearing is fixed for Wednesday 4 June 2025."
        ),
        Heading("H. Formalities"),
        Para(
            "Bank records should be certified as true copies by the bank. The witness should be heard by a French "
            "judicial police officer or magistrate, informed of his rights, and his statement signed by him."
        ),
        Heading("I. Confidentiality and use"),
        Para(
            "This request must remain confidential, and the account holders must not be informed of it. The evidence "
            "will be used only in the proceedings described above, unless France consents otherwise."
        ),
        Heading("J. Contact"),
        Para(
            "Mr Abdelilah Bennis, King's Prosecutor General, Court of Appeal of Tangier, telephone +212 539 94 05 12, "
            "email a.bennis@justice.gov.ma; at the Ministry, Ms Nadia Tazi, Head of the Mutual Assistance Unit, "
            "+212 537 21 37 00."
        ),
        Lines(
            "For the Minister of Justice, by delegation",
            "Hicham Lahlou",
            "Director of Criminal Affairs and Pardons",
            "Rabat, Tuesday 18 February 2025",
        ),
    ),
    expected=(
        Expect("MLA306", "warning", "On Saturday 24 November 2023"),
        Expect("MLA303", "error", "31 April 2024"),
        Expect("MLA302", "error", "FR76 3000 4008 1200 0123 4567 865"),
    ),
)

# ---------------------------------------------------------------------------------------
# 4. Peru -> Chile: Latin-American letter rogatory, compound surnames, RUT
# ---------------------------------------------------------------------------------------

PE_TO_CL = Sample(
    name="defective_pe_to_cl_rut_ranges",
    format="docx",
    style=(
        "Peruvian prosecutor's letter rogatory (exhorto) in English translation: letterhead, Roman-numbered "
        "headings, Spanish compound surnames in capitals, long sentences, list-numbered measures"
    ),
    description=(
        "Letter rogatory of a Provincial Prosecutor of Peru's Public Ministry, through the International Judicial "
        "Cooperation and Extraditions Unit, to Chile's Public Prosecutor's Office (Unit for International "
        "Cooperation and Extraditions) for bank and company records in a drug-trafficking and money-laundering "
        "investigation. Defects: the suspect's Chilean RUT is '25.371.846-3' in the persons section and "
        "'25.371.486-3' in the measures (two digits swapped, the check digit no longer fits) (MLA302, at the later "
        "mention); the company is said to have invoiced 'from June to January 2021', a month range that ends before "
        "it starts (MLA305); one transfer is dated '05/06/2021', copied from a bank printout, which reads 5 June or "
        "6 May and no other numeric date settles it (MLA304), while every other date is written in words (MLA309, "
        "at the same numeric date). Near-misses: the father Jorge Luis QUISPE MAMANI and the son Jorge Antonio "
        "QUISPE HUAMÁN share a surname; 'QUISPE MAMANI' alone is a short form; 'from November 2021 to February "
        "2022' crosses a year end correctly; 'Inversiones Andinas del Sur Limitada' and 'Inversiones Andinas del "
        "Sur Ltda.'; the suspect's age 43 fits his date of birth at the request's date."
    ),
    date=datetime(2025, 1, 21, 12, 0),
    author="Ministerio Público - Fiscalía de la Nación",
    confidentiality_clause=True,
    near_misses=("Jorge Antonio QUISPE HUAMÁN", "from November 2021 to February 2022", "Inversiones Andinas del Sur Ltda."),
    items=(
        Lines(
            "PUBLIC MINISTRY - OFFICE OF THE ATTORNEY GENERAL OF THE NATION",
            "Third Supraprovincial Corporate Prosecutor's Office Specialised in Illicit Drug Trafficking",
            "Avenida Abancay 491, Lima, Peru",
        ),
        Lines("Official Letter No. 118-2025-MP-FN-3FSCETID", "Lima, 21 January 2025"),
        Lines(
            "To the Public Prosecutor's Office of the Republic of Chile",
            "Unit for International Cooperation and Extraditions",
            "General Mackenna 1369, Santiago, Chile",
        ),
        Title("Letter Rogatory - Request for International Judicial Assistance in Criminal Matters"),
        Heading("I. Requesting authority"),
        Para(
            "The undersigned, Rosa Elvira CHÁVEZ TORRES, Provincial Prosecutor of the Third Supraprovincial "
            "Corporate Prosecutor's Office Specialised in Illicit Drug Trafficking of Lima, in charge of preparatory "
            "investigation No. 506015-2023-41-0, respectfully addresses the competent authorities of the Republic "
            "of Chile through the International Judicial Cooperation and Extraditions Unit of the Public Ministry."
        ),
        Heading("II. Legal basis"),
        Para(
            "This letter rogatory is issued under Articles 1, 2 and 7 of the Inter-American Convention on Mutual "
            "Assistance in Criminal Matters, adopted at Nassau on 23 May 1992, and Article 18 of the United Nations "
            "Convention against Transnational Organized Crime, to which Peru and Chile are both parties, and under "
            "Articles 508 to 512 of the Peruvian Code of Criminal Procedure."
        ),
        Heading("III. The investigation and the facts"),
        Para(
            "The investigation, opened on 14 March 2023 with the Anti-Drug Directorate of the National Police of "
            "Peru, concerns an organisation that sends cocaine hydrochloride from the Valley of the Apurímac, Ene and "
            "Mantaro Rivers to the port of Arica, concealed in consignments of dried fruit, and launders the proceeds "
            "in Chile through Inversiones Andinas del Sur Limitada, a company of Arica."
        ),
        Para(
            "The organisation is led by Jorge Luis QUISPE MAMANI, who has lived in Arica since 2019. His son, Jorge "
            "Antonio QUISPE HUAMÁN, a student in Tacna, is not under investigation. According to the Financial "
            "Intelligence Unit of Peru, from June to January 2021 the Chilean company invoiced the Peruvian exporter "
            "Frutos Secos del Ande S.A.C. for transport services that were never rendered, and the exporter paid "
            "those invoices from the proceeds of drug sales."
        ),
        Para(
            "The payments identified so far include a transfer of USD 84,300.00 on 05/06/2021 and a transfer of USD "
            "112,750.00 on 19 August 2021. A second series of invoices was issued from November 2021 to February 2022. "
            "On 9 May 2023 QUISPE MAMANI was seen in Tacna receiving a package from the exporter's manager, Wilber "
            "CONDORI APAZA, who was arrested on 2 June 2023 with 38 kilograms of cocaine."
        ),
        Heading("IV. Persons concerned"),
        Para(
            "Jorge Luis QUISPE MAMANI, Peruvian national, born on 19 April 1981 in Juliaca, aged 43, Peruvian "
            "national identity document (DNI) No. 41827365, Chilean tax and identity number (RUT) 25.371.846-3, "
            "residing at Pasaje Los Aromos 1842, Arica; mobile +56 9 8743 2156."
        ),
        Para(
            "Inversiones Andinas del Sur Ltda., RUT 76.418.392-4, Avenida Diego Portales 2210, Arica, of which "
            "QUISPE MAMANI is the managing partner."
        ),
        Heading("V. Offences"),
        Para(
            "Illicit drug trafficking under Article 296 of the Peruvian Criminal Code and money laundering under "
            "Articles 1 and 2 of Legislative Decree No. 1106. The same conduct is punishable in Chile under Article "
            "3 of Law No. 20.000 and Article 27 of Law No. 19.913."
        ),
        Heading("VI. Assistance requested"),
        Numbered(
            "Obtain from the banks of Chile, through the Commission for the Financial Market, the statements for the "
            "period 1 January 2021 to 31 December 2023 of all accounts held by Inversiones Andinas del Sur Ltda. and "
            "by the individual with RUT 25.371.486-3, with the identity of the ordering parties of each credit."
        ),
        Numbered(
            "Obtain from the Commercial Register of the Arica Real Estate Registry a certified copy of the "
            "incorporation deed of the company and its amendments."
        ),
        Heading("VII. Purpose"),
        Para(
            "The records will show that the payments from Peru had no commercial basis and that the money was at the "
            "disposal of QUISPE MAMANI, which is necessary to charge him with money laundering. The preparatory "
            "investigation expires on 13 September 2025."
        ),
        Heading("VIII. Formalities, confidentiality and use"),
        Para(
            "We request that the records be certified by the issuing institution. This letter rogatory is "
            "confidential under Article 324 of the Peruvian Code of Criminal Procedure; please do not inform the "
            "persons concerned. The evidence will be used only in this investigation and the resulting prosecution."
        ),
        Heading("IX. Contact"),
        Para(
            "Rosa Elvira CHÁVEZ TORRES, Provincial Prosecutor, telephone +51 1 625 5555 extension 4417, email "
            "rchavezt@mpfn.gob.pe."
        ),
        Lines(
            "Rosa Elvira CHÁVEZ TORRES",
            "Provincial Prosecutor",
            "Third Supraprovincial Corporate Prosecutor's Office Specialised in Illicit Drug Trafficking",
            "Lima, 21 January 2025",
        ),
    ),
    expected=(
        Expect("MLA305", "error", "from June to January 2021"),
        Expect("MLA304", "warning", "on 05/06/2021"),
        Expect("MLA309", "info", "on 05/06/2021"),
        Expect("MLA302", "error", "RUT 25.371.486-3"),
    ),
)

# ---------------------------------------------------------------------------------------
# 5. Russia -> Kazakhstan: long request, numbered paragraphs without headings, patronymics
# ---------------------------------------------------------------------------------------

RU_TO_KZ = Sample(
    name="defective_ru_to_kz_long_patronymics",
    format="pdf",
    style=(
        "Long request of the Prosecutor General's Office of the Russian Federation in English translation: "
        "letterhead, numbered paragraphs without headings, names with patronymics in capitals, initials in the "
        "Russian manner ('D. N. Zakharov'), amounts with space-separated thousands ('RUB 3 500 000')"
    ),
    description=(
        "Long request (3,000+ words, a dozen people, many dates) from the Prosecutor General's Office of the "
        "Russian Federation, for the Investigative Department of the Ministry of Internal Affairs, to the Prosecutor "
        "General's Office of the Republic of Kazakhstan for bank records, company and customs records and witness "
        "interviews in a VAT-refund fraud by sham exports. Defects: the Kazakh director 'Marat Yerlanovich "
        "ABDRAKHMANOV' is written 'ABDRAKMANOV' once, with a dropped letter, in the paragraph on the meeting in "
        "Almaty (MLA301); the nominee director Aigerim Bolatovna ZHUNUSOVA is said to be 'born on 14 August 2023', "
        "after the company registration and transfers she took part in (her IIN shows 1993) (MLA305); D. N. "
        "Zakharov, born 27 September 1979, is 'then aged 41' on 15 March 2022, when he was 42 (MLA307); the "
        "inspection protocol is dated '17-III-2022' with a Roman month among dates otherwise written '17 March 2022' "
        "(MLA309, at that date). Near-misses: the brothers Dmitry Nikolayevich and Pavel Nikolayevich ZAKHAROV and "
        "their father Nikolai Ivanovich ZAKHAROV are three people; 'D. N. Zakharov' and 'P. N. Zakharov' are "
        "initial forms; the transliteration 'Sergeyevna' is used consistently; ranges across a year end; an "
        "investigation term ending after the request's date; 'RUB 3 500 000 (three million five hundred thousand "
        "roubles)' and 'KZT 48 200 000 (forty-eight million two hundred thousand tenge)' agree; two accounts of one "
        "company; valid IBANs and IINs."
    ),
    date=datetime(2024, 11, 14, 10, 0),
    author="Prosecutor General's Office of the Russian Federation",
    confidentiality_clause=True,
    near_misses=("P. N. Zakharov", "Nikolai Ivanovich ZAKHAROV", "RUB 3 500 000", "KZT 48 200 000"),
    running_header="Prosecutor General's Office of the Russian Federation - Main Directorate of International Legal Cooperation",
    items=(
        Lines(
            "PROSECUTOR GENERAL'S OFFICE OF THE RUSSIAN FEDERATION",
            "Main Directorate of International Legal Cooperation",
            "15a Bolshaya Dmitrovka Street, Moscow, 125993",
        ),
        Lines("No. 87/3-1104-24", "Moscow, 14 November 2024"),
        Lines(
            "To the Prosecutor General's Office of the Republic of Kazakhstan",
            "Department of International Cooperation",
            "14 Mangilik El Avenue, Astana, 010000",
        ),
        Title("Request for legal assistance in criminal case No. 12201450001000387"),
        Numbered(
            "The Prosecutor General's Office of the Russian Federation presents its compliments to the Prosecutor "
            "General's Office of the Republic of Kazakhstan and, on behalf of the Investigative Department of the "
            "Main Directorate of the Ministry of Internal Affairs of the Russian Federation for the City of Moscow, "
            "requests legal assistance in criminal case No. 12201450001000387, which is being investigated by "
            "Senior Investigator for Particularly Important Cases, Lieutenant Colonel of Justice Sergei Anatolyevich "
            "MOROZOV."
        ),
        Numbered(
            "The request is made under Articles 4, 6, 7 and 8 of the Convention on Legal Assistance and Legal "
            "Relations in Civil, Family and Criminal Matters signed at Minsk on 22 January 1993, to which the Russian "
            "Federation and the Republic of Kazakhstan are both parties, and under Article 18 of the United Nations "
            "Convention against Transnational Organized Crime. It is transmitted in accordance with Article 453 of "
            "the Code of Criminal Procedure of the Russian Federation."
        ),
        Numbered(
            "Criminal case No. 12201450001000387 was opened on 21 April 2022 under Article 159, part 4, of the "
            "Criminal Code of the Russian Federation (fraud committed by an organised group on an especially large "
            "scale). On 9 September 2022 it was joined with a case under Article 174.1, part 4, of the Criminal Code "
            "(legalisation of funds acquired by a person as a result of his commission of a crime). The term of the "
            "preliminary investigation has been extended by the Deputy Head of the Investigative Department of the "
            "Ministry of Internal Affairs of the Russian Federation until 21 April 2025."
        ),
        Numbered(
            "The investigation has established the following. In 2021 and 2022 an organised group led by Dmitry "
            "Nikolayevich ZAKHAROV, general director and sole participant of the limited liability company "
            "Severtrans (OOO Severtrans), Moscow, obtained from the federal budget refunds of value added tax (VAT) "
            "at the zero rate on exports of goods to the Republic of Kazakhstan within the Eurasian Economic Union. "
            "In reality the goods (car tyres and spare parts) were never exported: they were sold for cash on the "
            "Russian domestic market, while the documents of export were prepared with the help of Kazakh companies "
            "that acted as buyers on paper."
        ),
        Numbered(
            "The Kazakh buyer named in the contracts was the limited liability partnership Steppe Logistic (TOO "
            "Steppe Logistic), Almaty, whose director is Marat Yerlanovich ABDRAKHMANOV, a citizen of the Republic of "
            "Kazakhstan. A second partnership, TOO Arman Trade, Almaty, was registered on 2 March 2021 with Aigerim "
            "Bolatovna ZHUNUSOVA as its director and sole participant, and was used from July 2021 as a second buyer "
            "on paper when Steppe Logistic had already received goods worth more than its turnover permitted without "
            "attracting the attention of the tax authorities."
        ),
        Numbered(
            "Supply contract No. ST-21/05 between OOO Severtrans and TOO Steppe Logistic was signed on 11 May 2021. "
            "Under it, between 1 June and 30 November 2021 Severtrans issued 46 invoices for goods worth a total of "
            "RUB 148 600 000. For each delivery an application for the import of goods and payment of indirect "
            "taxes was presented to the Russian tax authority, bearing a mark of the State Revenue Committee of the "
            "Ministry of Finance of the Republic of Kazakhstan confirming that Kazakh VAT on import had been paid. "
            "The investigation has reason to believe that these marks were forged or obtained by deception."
        ),
        Numbered(
            "The goods shown in the invoices were bought by Severtrans from the tyre distributor Shinny Dvor, "
            "Orenburg, between 24 May and 19 November 2021 and were stored at a rented warehouse at 8 Promyshlennaya "
            "Street, Orenburg. The lessor of the warehouse, Rustam Faritovich GALIMOV, questioned as a witness on 3 "
            "August 2022, stated that the tyres were collected from the warehouse in small lots by local trucks and "
            "that he never saw a vehicle with Kazakh registration plates on the premises."
        ),
        Numbered(
            "The transport documents presented to the tax authority name the carrier IP Dzhaksybekov, a Kazakh "
            "individual entrepreneur, and give the registration numbers of six trucks. According to the Border "
            "Service of the Federal Security Service, none of those trucks crossed the Russian-Kazakh border at the "
            "Orenburg crossing points, or at any other crossing point, between 1 June 2021 and 31 January 2022. The "
            "individual entrepreneur named as carrier is, according to open sources, a resident of Shymkent who "
            "died on 4 December 2019, more than a year before the first delivery; the investigation regards the "
            "use of his name as a further indication that the transport documents were fabricated."
        ),
        Numbered(
            "An analysis of the cash sales of tyres in Orenburg and Samara, carried out by the Economic Security "
            "and Anti-Corruption Directorate between 10 October 2022 and 15 February 2023, found that tyres of the "
            "brands and sizes shown in the Severtrans invoices were sold for cash through three retail outlets "
            "controlled by LEBEDEV's nephew during the same months in which they were supposedly exported. The "
            "purchasers paid in roubles, and the takings were collected weekly by a courier who delivered them "
            "to the Moscow office of Severtrans."
        ),
        Numbered(
            "On the basis of those documents Severtrans filed VAT returns claiming refunds on 25 October 2021 and on "
            "25 January 2022. The Federal Tax Service Inspectorate No. 46 for Moscow refunded a total of RUB 24 766 "
            "000 to the company's account at a Moscow bank. Between the months of November 2021 and February 2022 "
            "that money was transferred in portions to the accounts of Steppe Logistic and Arman Trade in Kazakhstan, "
            "as payment of alleged commissions and penalties under the supply contracts."
        ),
        Numbered(
            "The flow of funds established so far from Russian bank records is as follows. On 12 November 2021 "
            "Severtrans transferred RUB 3 500 000 (three million five hundred thousand roubles) to account "
            "KZ21 601A 8710 0173 4512 of Steppe Logistic at JSC Halyk Bank of Kazakhstan, Almaty. On 28 December 2021 "
            "it transferred RUB 6 200 000 to the same account. On 3 February 2022 it transferred RUB 4 950 000 to "
            "account KZ86 722C 0000 2281 6307 of Arman Trade at JSC Kaspi Bank, Almaty. Steppe Logistic also holds "
            "a second account at JSC Halyk Bank of Kazakhstan, in tenge, into which the roubles received were "
            "converted."
        ),
        Numbered(
            "According to the information received from the Financial Monitoring Agency of the Republic of "
            "Kazakhstan through the financial intelligence channel, on 14 February 2022 Steppe Logistic withdrew KZT "
            "48 200 000 (forty-eight million two hundred thousand tenge) in cash from its tenge account, and on 16 "
            "February 2022 Arman Trade transferred USD 1.2 million, the equivalent of the sums received, to an "
            "account in the United Arab Emirates held by a company whose beneficial owner the investigation has not "
            "yet identified. The information received through that channel may not be used as evidence, which is "
            "why the records themselves are requested."
        ),
        Numbered(
            "The chief accountant of Severtrans, Yelena Sergeyevna KOROLEVA, was questioned as a witness on 9 June "
            "2022 and on 14 October 2022. She stated that all documents concerning the exports were prepared on the "
            "instructions of D. N. Zakharov personally, that she never saw any goods loaded for Kazakhstan, and that "
            "the stamps of the State Revenue Committee were brought to the office by the customs broker Oleg "
            "Viktorovich LEBEDEV on a USB flash drive, as images to be printed onto the applications."
        ),
        Numbered(
            "Oleg Viktorovich LEBEDEV was detained on 8 September 2022 and has entered into a pre-trial cooperation "
            "agreement. He stated that in March 2022, when the first refund had been paid and the second claim was "
            "under review, he travelled with D. N. Zakharov to Almaty to agree with the Kazakh partners how the "
            "returned money would be divided and how the documents would be kept if the tax authority asked "
            "questions."
        ),
        Numbered(
            "According to LEBEDEV, on 15 March 2022 D. N. Zakharov, then aged 41, met Marat Yerlanovich ABDRAKMANOV "
            "and the brother of the suspect, Pavel Nikolayevich ZAKHAROV, at the office of Steppe Logistic at 77 "
            "Dostyk Avenue, Almaty. At the meeting it was agreed that Steppe Logistic would keep 15 per cent of the "
            "money received, that the cash would be handed to P. N. Zakharov, who has lived in Almaty since 2016, and "
            "that Arman Trade would be closed once the remaining funds had been moved abroad."
        ),
        Numbered(
            "The travel of D. N. Zakharov and LEBEDEV is confirmed by the passenger lists of Aeroflot flight SU 1934 "
            "from Moscow to Almaty on 14 March 2022 and of the return flight on 17 March 2022, obtained by the "
            "investigation from the airline. On the return of D. N. Zakharov to Moscow the Border Service of the "
            "Federal Security Service inspected his luggage. The inspection protocol dated 17-III-2022 records that "
            "he carried USD 9 800 in cash and a folder of documents in the name of TOO Steppe Logistic, which he "
            "declared to be commercial correspondence."
        ),
        Numbered(
            "A search of the Moscow office of Severtrans was carried out on 9 September 2022 under a court "
            "decision. Among the items seized were a notebook in which, under the heading 'Almaty', amounts in "
            "roubles and dollars are listed next to the initials 'M. A.' and 'P. Z.', and a laptop on which the "
            "investigation found image files reproducing the stamp of the Almaty city department of the State "
            "Revenue Committee. The computer forensic examination completed on 16 February 2023 established that "
            "these files were created on the laptop on 30 May 2021, before the first delivery under the contract."
        ),
        Numbered(
            "D. N. Zakharov was detained on 9 September 2022 and charged on 16 September 2022. He has refused to "
            "testify under Article 51 of the Constitution of the Russian Federation. Since 7 March 2023 he has been "
            "under house arrest in Moscow. The Meshchansky District Court of Moscow has attached property of the "
            "accused worth RUB 31 400 000 to secure a possible confiscation."
        ),
        Numbered(
            "The damage caused to the budget of the Russian Federation is assessed at RUB 24 766 000, the total of "
            "the two refunds. The Federal Tax Service has joined the proceedings as civil claimant on 12 December "
            "2022. The accounts of Severtrans in Russia were found almost empty when they were frozen: of the money "
            "refunded, only RUB 318 000 remained. The investigation therefore needs to trace the money that left "
            "Russia for Kazakhstan, both to prove the laundering charge and to identify property that may later be "
            "the subject of a separate request for seizure, which is not made at this stage."
        ),
        Numbered(
            "The investigation has also established that in the period from December 2021 to March 2022 P. N. "
            "Zakharov bought an apartment in Almaty and a car, although his declared income as an employee of a "
            "Kazakh advertising agency is modest. This information comes from open sources and from his own "
            "statements on social networks and will be verified, if necessary, by a separate request."
        ),
        Numbered(
            "Pavel Nikolayevich ZAKHAROV has not been charged. The investigation needs to establish whether he "
            "received the cash referred to above knowingly. Their father, Nikolai Ivanovich ZAKHAROV, a pensioner "
            "living in Tver, was questioned on 21 November 2022 and stated that he knew nothing of his sons' "
            "business; he is not a person concerned by this request and is mentioned only to avoid confusion."
        ),
        Numbered(
            "Aigerim Bolatovna ZHUNUSOVA, the director of Arman Trade, has not been questioned. The investigation has "
            "information that she is a former employee of Steppe Logistic who agreed to register the partnership in "
            "her name for a monthly payment. Arman Trade was removed from the register on 26 June 2024."
        ),
        Numbered(
            "The persons concerned by this request are the following. Dmitry Nikolayevich ZAKHAROV, citizen of the "
            "Russian Federation, born on 27 September 1979 in Tver, passport of a citizen of the Russian Federation "
            "series 45 19 No. 738201, registered at 12 Profsoyuznaya Street, apartment 84, Moscow, the accused."
        ),
        Numbered(
            "Pavel Nikolayevich ZAKHAROV, citizen of the Russian Federation, born on 3 February 1983 in Tver, "
            "passport series 28 03 No. 514937, permanently residing in the Republic of Kazakhstan at 146 Abay Avenue, "
            "apartment 19, Almaty, mobile telephone +7 701 384 2291, a witness and a person whose role is being "
            "verified."
        ),
        Numbered(
            "Marat Yerlanovich ABDRAKHMANOV, citizen of the Republic of Kazakhstan, born on 8 June 1976 in Taldykorgan, "
            "individual identification number (IIN) 760608300121, director of TOO Steppe Logistic, 77 Dostyk Avenue, "
            "office 504, Almaty, a person whose role is being verified."
        ),
        Numbered(
            "Aigerim Bolatovna ZHUNUSOVA, citizen of the Republic of Kazakhstan, born on 14 August 2023, IIN "
            "930814400676, former director of TOO Arman Trade, registered at 23 Zhandosov Street, apartment 7, "
            "Almaty, a witness."
        ),
        Numbered(
            "Yelena Sergeyevna KOROLEVA, citizen of the Russian Federation, born on 12 January 1985, chief accountant "
            "of OOO Severtrans, a witness already questioned in Russia. Oleg Viktorovich LEBEDEV, citizen of the "
            "Russian Federation, born on 30 November 1971, customs broker, an accused who cooperates with the "
            "investigation."
        ),
        Numbered(
            "The acts of D. N. Zakharov and the other members of the group are qualified under Article 159, part 4, "
            "of the Criminal Code of the Russian Federation (fraud committed by an organised group on an especially "
            "large scale), punishable by up to ten years' imprisonment, and Article 174.1, part 4, of the Criminal "
            "Code (legalisation of funds acquired as a result of a crime, on an especially large scale), punishable "
            "by up to seven years' imprisonment. The same acts are criminal offences under the legislation of the "
            "Republic of Kazakhstan: Article 190 (fraud) and Article 218 (legalisation of money and other property "
            "obtained by criminal means) of the Criminal Code of the Republic of Kazakhstan."
        ),
        Numbered(
            "In view of the above, the Prosecutor General's Office of the Russian Federation requests the competent "
            "authorities of the Republic of Kazakhstan to carry out the following procedural actions."
        ),
        Numbered(
            "To obtain from JSC Halyk Bank of Kazakhstan certified copies of the account-opening documents, the "
            "specimen signature cards and the statements, with the details of counterparties and the purpose of "
            "payment, of account KZ21 601A 8710 0173 4512 and of every other account of TOO Steppe Logistic at that "
            "bank, for the period from 1 May 2021 to 31 December 2022, together with the documents on the cash "
            "withdrawal of 14 February 2022."
        ),
        Numbered(
            "To obtain from JSC Kaspi Bank certified copies of the same documents for account KZ86 722C 0000 2281 "
            "6307 of TOO Arman Trade for the period from 2 March 2021 to 26 June 2024, including the payment order "
            "and supporting documents for the transfer of USD 1.2 million of 16 February 2022."
        ),
        Numbered(
            "To obtain from the State Revenue Committee of the Ministry of Finance of the Republic of Kazakhstan "
            "information on whether the 46 applications for the import of goods and payment of indirect taxes "
            "submitted on behalf of TOO Steppe Logistic and TOO Arman Trade between 1 June 2021 and 28 February 2022 "
            "were registered, whether indirect taxes were in fact paid, and by whom the applications were signed. "
            "The applications bear the numbers KZ-ST-0001 to KZ-ST-0038 (Steppe Logistic) and KZ-AT-0001 to "
            "KZ-AT-0008 (Arman Trade), in the series used by the Russian tax authority when registering them."
        ),
        Numbered(
            "To obtain from the registering authority certified copies of the registration files of TOO Steppe "
            "Logistic and TOO Arman Trade, including the decisions on the appointment of their directors and the "
            "documents on the removal of Arman Trade from the register."
        ),
        Numbered(
            "To question as witnesses Pavel Nikolayevich ZAKHAROV, Marat Yerlanovich ABDRAKHMANOV and Aigerim "
            "Bolatovna ZHUNUSOVA, after explaining to them their rights under the legislation of the Republic of "
            "Kazakhstan, on the following questions: how they know D. N. Zakharov and LEBEDEV; whether goods were "
            "ever received from OOO Severtrans and where they were stored; who signed the applications for the "
            "import of goods; whether they took part in the meeting of 15 March 2022 and what was agreed there; who "
            "withdrew the cash on 14 February 2022 and to whom it was handed; who instructed the transfer of 16 "
            "February 2022 to the United Arab Emirates; and, for ZHUNUSOVA, who asked her to register Arman Trade and "
            "what she was paid for it."
        ),
        Numbered(
            "The evidence requested is needed to prove that the exports to Kazakhstan were fictitious, that the "
            "Kazakh partnerships acted only as buyers on paper, and that the VAT refunds were returned to the "
            "organised group through them and then moved abroad. It is essential for the indictment of D. N. "
            "Zakharov and for a decision on the procedural status of P. N. Zakharov."
        ),
        Numbered(
            "We ask that the bank and registration documents be certified by the seal and signature of the issuing "
            "institution, and that the witnesses be questioned by an investigator or prosecutor of the Republic of "
            "Kazakhstan, with the records of questioning signed by the witness and the investigator. If the "
            "witnesses wish to testify in Russian, no translation is required. The investigator S. A. Morozov asks "
            "to be allowed to be present at the questioning, under Article 8 of the Minsk Convention, or to put "
            "additional questions by videoconference."
        ),
        Numbered(
            "The Prosecutor General's Office of the Russian Federation asks that the fact and contents of this "
            "request be kept confidential, and that the persons concerned and the banks' customers not be informed "
            "of it before the witnesses are questioned, since disclosure could lead to the destruction of documents "
            "and the movement of funds."
        ),
        Numbered(
            "The Russian Federation guarantees that the evidence obtained will be used only for the investigation "
            "and trial of criminal case No. 12201450001000387 and will not be used for other purposes without the "
            "consent of the Republic of Kazakhstan. The Russian Federation guarantees reciprocity in similar cases."
        ),
        Numbered(
            "Because the term of the preliminary investigation expires on 21 April 2025, we would be grateful if "
            "the request could be executed by 1 March 2025. If the execution of any part of the request is not "
            "possible, we ask you to execute the remaining parts and to inform us of the reasons."
        ),
        Numbered(
            "For questions concerning the execution of this request, please contact the investigator, Lieutenant "
            "Colonel of Justice Sergei Anatolyevich MOROZOV, telephone +7 495 987 5644, email "
            "sa.morozov@mvd.ru, or the prosecutor of the Main Directorate of International Legal Cooperation, "
            "Irina Vladimirovna ORLOVA, telephone +7 495 692 7733."
        ),
        Lines(
            "Deputy Head of the Main Directorate of International Legal Cooperation",
            "Senior Counsellor of Justice",
            "A. V. Kuznetsov",
            "Moscow, 14 November 2024",
        ),
    ),
    expected=(
        Expect("MLA301", "warning", "met Marat Yerlanovich ABDRAKMANOV"),
        Expect("MLA305", "error", "born on 14 August 2023"),
        Expect("MLA307", "warning", "then aged 41"),
        Expect("MLA309", "info", "17-III-2022"),
    ),
)

# ---------------------------------------------------------------------------------------
# 6. Sri Lanka -> Australia: long clean request, Sinhala and Tamil names, ISO dates
# ---------------------------------------------------------------------------------------

LK_TO_AU = Sample(
    name="complete_lk_to_au_long_sinhala_tamil",
    format="docx",
    style=(
        "Long formal letter of the Attorney General's Department of Sri Lanka: letterhead, numbered headings, "
        "list-numbered measures, a table of transfers and a table of persons; long Sinhala names with "
        "ge-names and initials, Tamil names with the father's name first; every date in ISO form (2022-03-25)"
    ),
    description=(
        "Long clean request (3,000+ words, a dozen people, many dates) from the Attorney General of Sri Lanka, for "
        "the Commission to Investigate Allegations of Bribery or Corruption, to Australia's Attorney-General's "
        "Department for bank, land-title and company records, a conveyancer's file and a witness statement in a "
        "procurement-bribery and money-laundering case. Near-misses for MLA3xx: 'Warnakulasuriya Patabendige "
        "Ushantha Nimal FERNANDO', 'W. P. U. N. Fernando' and 'Mr Fernando' are one person, his wife 'Warnakulasuriya "
        "Patabendige Dilrukshi Anoma FERNANDO' another; the Tamil brothers Kanagasabai SIVAKUMAR and Kanagasabai "
        "RAVIKUMAR share their father's name and are two people, 'K. Sivakumar' an initial form; 'R. M. C. K. "
        "Bandara' is the initial form of a full name given once; 'Sivam Marine Engineering (Private) Limited' and "
        "'Sivam Marine Engineering (Pvt) Ltd', 'Lanka Pacific Holdings Pty Ltd' and 'Lanka Pacific Holdings "
        "Proprietary Limited' are one company each; every date is ISO; ranges across a year end are in order; the "
        "trial date 2025-10-06 is after the request's date and is a future hearing; ages 56 (at the request's "
        "date) and 'then aged 43' (at 2022-01-28) fit the dates of birth; amounts in words and figures agree, "
        "including 'LKR 4.85 billion'; one person's mobile and home numbers are two genuine numbers; NIC numbers "
        "agree with the dates of birth; the ACN carries a valid check digit; case number 'B/2211/2022' holds a "
        "year. No findings."
    ),
    date=datetime(2025, 4, 9, 10, 0),
    author="Attorney General's Department, Sri Lanka",
    confidentiality_clause=True,
    near_misses=(
        "W. P. U. N. Fernando",
        "Dilrukshi Anoma FERNANDO",
        "Kanagasabai RAVIKUMAR",
        "Sivam Marine Engineering (Pvt) Ltd",
        "Lanka Pacific Holdings Proprietary Limited",
        "2025-10-06",
        "then aged 43",
    ),
    running_header="RESTRICTED - MUTUAL ASSISTANCE REQUEST",
    items=(
        Lines(
            "ATTORNEY GENERAL'S DEPARTMENT",
            "Democratic Socialist Republic of Sri Lanka",
            "Hulftsdorp Street, Colombo 12, Sri Lanka",
        ),
        Lines("Our ref.: AG/MLA/CIABOC/47/2024", "Date: 2025-04-09"),
        Lines(
            "The Director, International Crime Cooperation Central Authority",
            "Attorney-General's Department",
            "3-5 National Circuit, Barton ACT 2600, Australia",
        ),
        Title("Request for Assistance in a Criminal Matter: Bribery and Money Laundering (Colombo Port Dredging Contract)"),
        Heading("1. Introduction and requesting authority"),
        Para(
            "The Attorney General of the Democratic Socialist Republic of Sri Lanka, as the Central Authority of Sri "
            "Lanka for mutual assistance in criminal matters, presents this request on behalf of the Commission to "
            "Investigate Allegations of Bribery or Corruption (the Commission), which is investigating, and intends to "
            "prosecute, offences of bribery and money laundering connected with the award of a dredging contract by "
            "the Sri Lanka Ports Authority. The investigation is registered as Commission case No. B/2211/2022 and is "
            "conducted by the Investigation Division of the Commission under the supervision of its Director General."
        ),
        Para(
            "The Government of Sri Lanka is grateful to the Government of Australia for its assistance in earlier "
            "matters and would be grateful if this request could be given attention at an early date, for the reason "
            "given in section 12 below."
        ),
        Heading("2. Legal basis"),
        Para(
            "This request is made under Article 46 of the United Nations Convention against Corruption, to which Sri "
            "Lanka and Australia are both States Parties, and under the Mutual Assistance in Criminal Matters Act, No. "
            "25 of 2002 of Sri Lanka. The Government of Sri Lanka understands that Australia will consider the request "
            "under the Mutual Assistance in Criminal Matters Act 1987 (Cth), and undertakes to comply with any future "
            "request by Australia for similar assistance in a criminal matter, in accordance with the law of Sri Lanka."
        ),
        Heading("3. The proceedings"),
        Para(
            "The Commission received a complaint on 2022-05-16 from the Auditor General, who had found irregularities "
            "in the procurement of maintenance dredging for the approach channel of the Port of Colombo. The "
            "Commission commenced an investigation under section 4 of the Commission to Investigate Allegations of "
            "Bribery or Corruption Act, No. 19 of 1994 on 2022-06-01, and continued it under the Anti-Corruption Act, "
            "No. 9 of 2023 after that Act came into operation. The main suspect was arrested on 2024-02-12 and was "
            "released on bail by the Magistrate's Court of Colombo on 2024-03-04. The Commission expects to file an "
            "indictment before the High Court of Colombo, and the Attorney General has asked for the trial to be "
            "fixed for 2025-10-06."
        ),
        Para(
            "The Commission has already obtained, through a request to Malaysia executed on 2024-11-29, the records of "
            "the Malaysian subcontractor referred to below, and through the Central Bank of Sri Lanka the records of "
            "the outward remittances. The evidence now sought from Australia is the last part of the money trail. No "
            "other request concerning these facts has been made to Australia, and no proceedings concerning them are "
            "known to the Commission to be pending in Australia or in any other state. The High Court of Colombo has "
            "not yet been seised of the case, and no time limit for the investigation is imposed by Sri Lankan law; "
            "the Commission has nevertheless undertaken to the Magistrate's Court, which supervises the bail of the "
            "suspects, to complete the investigation without undue delay, and the next mention of the case before "
            "that court is fixed for 2025-06-18."
        ),
        Heading("4. Summary of the facts"),
        Para(
            "The Sri Lanka Ports Authority invited bids for a three-year dredging contract on 2021-03-15. The "
            "Technical Evaluation Committee was chaired by Warnakulasuriya Patabendige Ushantha Nimal FERNANDO, then "
            "Additional Secretary of the Ministry of Ports and Shipping, who also sat on the Cabinet Appointed "
            "Procurement Committee. Five bids were received by the closing date, 2021-04-20."
        ),
        Para(
            "The lowest compliant bid, from a Belgian-Dutch joint venture, was rejected on 2021-05-28 on the ground "
            "that its dredger did not meet a draught requirement that had not appeared in the bidding documents and "
            "was introduced by a note signed by Mr Fernando. The contract was awarded on 2021-06-30 to Sivam Marine "
            "Engineering (Private) Limited of Colombo for LKR 4.85 billion (four thousand eight hundred and fifty "
            "million rupees), which was LKR 610,000,000 (six hundred and ten million rupees) more than the rejected bid."
        ),
        Para(
            "Sivam Marine Engineering (Pvt) Ltd is controlled by Kanagasabai SIVAKUMAR, its managing director, and "
            "by his business partner Selvarajah THIRUCHELVAM. It had never carried out a dredging contract and "
            "subcontracted the whole of the work on 2021-07-19 to a Malaysian company for a price equal to about 80 "
            "per cent of the contract sum."
        ),
        Para(
            "The Malaysian subcontractor, a dredging company of Port Klang, carried out the works between 2021-08-02 "
            "and 2024-07-31. Its invoices to Sivam Marine Engineering, which the Commission obtained from the "
            "subcontractor through the Malaysian authorities, total LKR 3,880,000,000 (three thousand eight hundred "
            "and eighty million rupees). The difference between the contract sum and the subcontract price, after "
            "the costs of supervision declared by Sivam Marine Engineering, is about LKR 900,000,000 (nine hundred "
            "million rupees). The Commission's forensic accountants have traced most of that difference to payments "
            "to related companies in Sri Lanka, to the personal accounts of K. Sivakumar and Selvarajah THIRUCHELVAM, "
            "and to the three payments to Australia described below."
        ),
        Para(
            "The Technical Evaluation Committee met on 2021-05-24, 2021-05-26 and 2021-05-28. The minutes of the first "
            "two meetings, signed by all five members, record that the lowest bid was substantially responsive. The "
            "minutes of the third meeting, signed only by the chairman and by the secretary to the Committee, record "
            "for the first time the draught requirement and the rejection of the lowest bid. Two other members of the "
            "Committee, Eng. Pathirage Don Sunil Jayasinghe and Ms Anushka Madhavi Perera, have stated that they were "
            "not informed of the third meeting and would not have agreed to the rejection."
        ),
        Para(
            "A procurement officer of the Ports Authority, Rajapaksha Mudiyanselage Chaminda Kumara BANDARA, has made "
            "a statement to the Commission on 2022-09-07. He states that on 2021-05-26, two days before the lowest "
            "bid was rejected, W. P. U. N. Fernando gave him a handwritten note setting out the draught requirement "
            "and told him to add it to the evaluation report 'as if it had always been there'. R. M. C. K. Bandara "
            "kept a photograph of the note on his telephone, which the Commission has seized and examined."
        ),
        Para(
            "The chief accountant of Sivam Marine Engineering, Herath Mudiyanselage Nadeesha Priyadarshani HERATH, "
            "has made a statement on 2023-01-24. She states that on the instructions of K. Sivakumar she recorded "
            "three payments as 'consultancy fees' to an Australian company, Lanka Pacific Holdings Pty Ltd, although "
            "she was never shown any consultancy report or agreement. She produced the company's payment vouchers."
        ),
        Para(
            "Lanka Pacific Holdings Proprietary Limited was registered in Victoria on 2021-02-08. Its sole director "
            "and shareholder is Kanagasabai RAVIKUMAR, the younger brother of the managing director, who emigrated to "
            "Australia and is an Australian citizen living in Melbourne. Records obtained from the Central Bank of "
            "Sri Lanka and from the remitting banks show the following transfers to its account with the "
            "Commonwealth Bank of Australia:"
        ),
        Table(
            ("Value date", "Remitter", "Amount", "Beneficiary account (BSB / account)"),
            ("2021-09-14", "Sivam Marine Engineering (Private) Limited", "AUD 212,500.00", "063-182 / 1047 2389"),
            ("2021-12-03", "Sivam Marine Engineering (Private) Limited", "AUD 348,000.00", "063-182 / 1047 2389"),
            ("2022-02-17", "Sivam Marine Engineering (Private) Limited", "AUD 295,000.00", "063-182 / 1047 2389"),
        ),
        Para(
            "The first transfer, of AUD 212,500.00 (two hundred and twelve thousand five hundred Australian dollars), "
            "was made eleven weeks after the award of the contract. The total of the three transfers, AUD 855,500.00, "
            "corresponds at the exchange rates of the time to about LKR 125,000,000 (one hundred and twenty-five "
            "million rupees)."
        ),
        Para(
            "Records of the Department of Immigration and Emigration show that Mr Fernando's wife, Warnakulasuriya "
            "Patabendige Dilrukshi Anoma FERNANDO, travelled to Melbourne on 2021-11-20 and returned to Colombo on "
            "2022-04-02. While she was in Australia, in the period from 2021-12-01 to 2022-02-28, Lanka Pacific "
            "Holdings Pty Ltd received the second and third transfers."
        ),
        Para(
            "Information received from the Australian Transaction Reports and Analysis Centre through the financial "
            "intelligence channel indicates that on 2022-01-28 a contract was signed for the purchase of a residential "
            "property at 14 Bellbird Court, Glen Waverley, Victoria, for AUD 1,480,000.00 (one million four hundred "
            "and eighty thousand Australian dollars), in the names of Kanagasabai RAVIKUMAR, then aged 43, and "
            "Dilrukshi Anoma Fernando as tenants in common, and that settlement took place on 2022-03-25. The "
            "conveyancer who acted for the purchasers was Mr Gregory John HOLLOWAY of Holloway Conveyancing, "
            "Oakleigh. The Commission understands that this information may not be used as evidence without the "
            "records themselves being obtained through this request."
        ),
        Para(
            "The Commission believes that the three transfers were the bribe promised to Mr Fernando for rejecting "
            "the lowest bid, disguised as consultancy fees, and that part of it was invested in the Glen Waverley "
            "property in the name of his wife and of the brother of the contractor. Mr Fernando's declarations of "
            "assets and liabilities for the tax years ending on 2022-03-31 and 2023-03-31 do not mention any interest "
            "in Australia."
        ),
        Para(
            "The Commission has also examined the accounts of Kanagasabai RAVIKUMAR in Sri Lanka, which he kept after "
            "emigrating. No funds were sent from those accounts to Australia in the relevant period, and his own "
            "declared income in Sri Lanka consists of the rent of a house in Jaffna. The Commission has no "
            "information that he had any source of funds capable of explaining a purchase of AUD 1,480,000.00, "
            "other than the transfers received by his company. The mortgage records obtained through the financial "
            "intelligence channel suggest that no loan was taken for the purchase."
        ),
        Para(
            "The Commission has received, through the Sri Lanka High Commission in Canberra, copies of two public "
            "notices concerning Lanka Pacific Holdings Pty Ltd: a change of registered office on 2022-07-11 and a "
            "change of the company's principal place of business on 2023-03-06. These notices confirm that the "
            "company is still registered and that Kanagasabai RAVIKUMAR is still its director. The High Commission "
            "was not asked to make, and has not made, any inquiry of any person in Australia."
        ),
        Para(
            "When questioned on 2024-02-12 Mr Fernando denied any wrongdoing and said that the draught requirement had "
            "been recommended by the harbour master. The harbour master at the relevant time, Captain Ranjith "
            "Wickramasinghe, has stated on 2024-05-30 that he made no such recommendation. K. Sivakumar was "
            "questioned on 2024-02-13 and declined to answer questions about the consultancy fees on the advice of "
            "his attorney-at-law. Selvarajah THIRUCHELVAM is abroad and has not been questioned."
        ),
        Heading("5. Persons concerned"),
        Table(
            ("Name", "Particulars", "Role"),
            (
                "Warnakulasuriya Patabendige Ushantha Nimal FERNANDO",
                "Sri Lankan citizen, born 1968-04-22, aged 56, NIC 681132467V, passport N8472190, 42/3 Park Road, Colombo 05",
                "Suspect",
            ),
            (
                "Warnakulasuriya Patabendige Dilrukshi Anoma FERNANDO",
                "Sri Lankan citizen, born 1972-09-03, NIC 727472219V, passport N5318064, 42/3 Park Road, Colombo 05",
                "Wife of the suspect; person whose role is being examined",
            ),
            (
                "Kanagasabai SIVAKUMAR",
                "Sri Lankan citizen, born 1975-01-17, NIC 750171853V, 118 Galle Road, Wellawatte, Colombo 06",
                "Suspect; managing director of Sivam Marine Engineering (Private) Limited",
            ),
            (
                "Kanagasabai RAVIKUMAR",
                "Australian citizen, formerly Sri Lankan (NIC 781823306V), born 1978-06-30, Australian passport "
                "PA6291847, 14 Bellbird Court, Glen Waverley VIC 3150; mobile +61 412 583 017, home +61 3 9560 2218",
                "Director of Lanka Pacific Holdings Pty Ltd; person whose role is being examined",
            ),
            (
                "Lanka Pacific Holdings Pty Ltd",
                "ACN 648 215 392, registered office 22 Portman Street, Oakleigh VIC 3166",
                "Recipient of the transfers",
            ),
            (
                "Gregory John HOLLOWAY",
                "Licensed conveyancer, Holloway Conveyancing, 9 Atherton Road, Oakleigh VIC 3166, telephone +61 3 9602 4471",
                "Witness",
            ),
        ),
        Heading("6. Offences"),
        Para(
            "The conduct is being investigated as: acceptance of a gratification by a public servant under section 19 "
            "of the Bribery Act (Chapter 26) and offering a gratification under section 19 read with section 25 of "
            "that Act (the offences having been committed before the Anti-Corruption Act, No. 9 of 2023 came into "
            "operation, and being preserved by section 163 of that Act); and money laundering under section 3 of the "
            "Prevention of Money Laundering Act, No. 5 of 2006. Each offence is punishable by imprisonment for more "
            "than one year."
        ),
        Para(
            "The same conduct, had it occurred in Australia, would constitute offences of bribery of a Commonwealth "
            "public official under section 141.1 of the Criminal Code Act 1995 (Cth), and of dealing with money that "
            "is the proceeds of crime under Division 400 of that Code. The conduct of Lanka Pacific Holdings Pty Ltd "
            "and its director in Australia would also fall within Division 400."
        ),
        Heading("7. Assistance requested"),
        Para("The Attorney General requests that the competent Australian authorities:"),
        Numbered(
            "obtain from the Commonwealth Bank of Australia the account-opening documents, signatory records and "
            "statements of account BSB 063-182, account number 1047 2389, held by Lanka Pacific Holdings Pty Ltd, for "
            "the period from 2021-02-08 to 2023-06-30, together with the remittance advices of the three incoming "
            "transfers listed in section 4 and the records of every outgoing payment of more than AUD 10,000.00;"
        ),
        Numbered(
            "obtain from Land Use Victoria a certified copy of the register search statement and of the transfer of "
            "land, with its dealing history since 2022-01-01, for the property at 14 Bellbird Court, Glen Waverley VIC "
            "3150;"
        ),
        Numbered(
            "obtain from the Australian Securities and Investments Commission certified extracts of the records of "
            "Lanka Pacific Holdings Pty Ltd (ACN 648 215 392), including its registration documents and all changes "
            "of officeholders and shareholders since registration;"
        ),
        Numbered(
            "obtain from Mr Gregory John HOLLOWAY, by a production order if required, his conveyancing file for the "
            "purchase of 14 Bellbird Court, including the contract of sale, the verification of identity of the "
            "purchasers, the statement of adjustments and the source of the deposit and of the balance paid at "
            "settlement; and"
        ),
        Numbered(
            "take a witness statement from Mr HOLLOWAY on the matters listed in section 8."
        ),
        Heading("8. Witness statement: matters to be covered"),
        Para(
            "The Commission would be grateful if Mr HOLLOWAY were asked: who instructed him and when; whether he met "
            "both purchasers and how their identity was verified; who paid the deposit of AUD 148,000.00 (one hundred "
            "and forty-eight thousand Australian dollars) and from which account; how the balance was funded at "
            "settlement on 2022-03-25; whether either purchaser explained the source of the funds; whether he was "
            "given any contact details for Mr Fernando or any other person in Sri Lanka; and whether he kept copies "
            "of any identity documents."
        ),
        Heading("9. Purpose and relevance of the evidence"),
        Para(
            "The bank records will show whether the money paid by the contractor as 'consultancy fees' was used to "
            "buy the Glen Waverley property and whether any of it was paid to Mr Fernando or his wife. The title, "
            "company and conveyancing records will identify the beneficial owners of the property and the source of "
            "the purchase money. The witness statement will explain the purchase and its funding. This evidence is "
            "required to establish the link between the award of the contract and a benefit to the public servant, "
            "which is an element of the bribery offence, and to support the money-laundering charge. Without the "
            "Australian records the prosecution would have to rely on the statement of the chief accountant alone to "
            "prove that the consultancy fees were not genuine, and could not show where the money went after it "
            "reached Australia, which is central to the charge against Mr Fernando and to any later confiscation."
        ),
        Heading("10. Procedures and form of the evidence"),
        Para(
            "Under the Evidence (Special Provisions) Act, No. 14 of 1995 and the Mutual Assistance in Criminal "
            "Matters Act, No. 25 of 2002, documents obtained from abroad are admissible if they are authenticated by "
            "an official of the requested state. The Commission therefore requests that the bank records be "
            "accompanied by a certificate of a bank officer stating that they are true copies of records made in "
            "the usual course of business, that the title and company records bear the seal or certification of the "
            "issuing authority, and that the witness statement be signed by the witness and, if possible, witnessed "
            "by an Australian police officer or a justice of the peace. A signed statement in the form used in "
            "Victoria is acceptable."
        ),
        Para(
            "If the Australian authorities consider that the witness statement should instead be taken in the form "
            "of a deposition before a magistrate, the Commission has no objection and would ask to be told of the "
            "date so that an officer of the Commission and counsel from the Attorney General's Department may attend "
            "by video link. Any costs of an extraordinary nature will be borne by Sri Lanka after consultation."
        ),
        Para(
            "The Commission asks that the records be provided, where possible, both on paper and in electronic form, "
            "with the statements of account in a format that can be read by a spreadsheet program, and that the "
            "officer who receives the records from the bank certify the date on which they were received."
        ),
        Heading("11. Confidentiality"),
        Para(
            "The Attorney General asks that the existence and contents of this request be kept confidential, and "
            "that the bank, Land Use Victoria and Mr HOLLOWAY be asked not to disclose it to Kanagasabai RAVIKUMAR, "
            "Lanka Pacific Holdings Pty Ltd or any other person concerned. Disclosure could lead to the sale of the "
            "property and the transfer of the funds out of Australia. If the request cannot be executed without "
            "disclosure, we ask to be consulted first."
        ),
        Heading("12. Time limits"),
        Para(
            "The Attorney General intends to serve the indictment on the accused before the trial date requested, "
            "2025-10-06, and the evidence must be translated and served on the defence before then. We would "
            "therefore be grateful if the records could be provided by 2025-08-15, and the witness statement as soon "
            "as it is available."
        ),
        Heading("13. Use of the evidence"),
        Para(
            "The Government of Sri Lanka undertakes that the evidence provided will be used only for the purpose of "
            "the investigation and prosecution described in this request, including any related confiscation "
            "proceedings, and will not be used for any other purpose without the prior consent of the Government of "
            "Australia."
        ),
        Heading("14. Contact officers"),
        Para(
            "Ms Chathurika Senanayake, Deputy Solicitor General, Attorney General's Department, telephone +94 11 232 "
            "9440, email chathurika.s@attorneygeneral.gov.lk; and, for the investigation, Mr Mohamed Rizwan Farook, "
            "Director (Investigations), Commission to Investigate Allegations of Bribery or Corruption, 36 Malalasekera "
            "Mawatha, Colombo 07, telephone +94 11 259 6360, mobile +94 77 318 4426, email dir.inv@ciaboc.gov.lk."
        ),
        Lines(
            "Chathurika Senanayake",
            "Deputy Solicitor General",
            "for the Attorney General, Central Authority of Sri Lanka",
            "Colombo, 2025-04-09",
        ),
    ),
)

# ---------------------------------------------------------------------------------------
# 7. Ethiopia -> Kenya: e-mail, Ethiopian names (given name + father's name), US-style dates
# ---------------------------------------------------------------------------------------

ET_TO_KE = Sample(
    name="defective_et_to_ke_email_smuggling",
    format="txt",
    style=(
        "E-mail from the Ethiopian Ministry of Justice to Kenya's central authority: mail header lines, short "
        "paragraphs with run-in labels, Ethiopian names (given name, father's name, grandfather's name) referred to "
        "by the given name, dates written month-first in words ('March 11, 2024')"
    ),
    description=(
        "E-mail request from the Ministry of Justice of Ethiopia (International Legal Cooperation Directorate) to "
        "the Office of the Attorney General of Kenya for bank and M-Pesa records and a witness statement in a "
        "migrant-smuggling and money-laundering case. Defects: June 14, 2024 was a Friday, but the e-mail says "
        "'Tuesday, June 14, 2024' (MLA306); the first transfer to the Nairobi account, 'KES 4,850,000' on March 11, "
        "2024 in the facts, is 'KES 4,580,000' when the same transfer is described again in the measures (MLA308, "
        "at the later mention); the organiser is said to have been arrested on October 21, 2024, after the e-mail's "
        "own date of October 2, 2024, although the arrest is told as past (MLA305). Near-misses: 'Monday, March 11, "
        "2024' is right; Ato Dawit and Dawit Tesfaye are short forms of Dawit Tesfaye Gebremedhin, and his father "
        "Tesfaye Gebremedhin Alemu is another person; his Ethiopian and Kenyan mobile numbers are two genuine "
        "numbers; the court hearing on January 20, 2025 is a future hearing; a second transfer of a different "
        "amount on another day."
    ),
    date=datetime(2024, 10, 2, 15, 40),
    author="Ministry of Justice, Federal Democratic Republic of Ethiopia",
    confidentiality_clause=True,
    near_misses=("Monday, March 11, 2024", "Tesfaye Gebremedhin Alemu", "January 20, 2025", "+254 722 518 946"),
    items=(
        Lines(
            "From: Meron Alemayehu Bekele <meron.alemayehu@moj.gov.et>",
            "To: Central Authority, Office of the Attorney General, Kenya <mla@ag.go.ke>",
            "Cc: Embassy of Ethiopia, Nairobi",
            "Date: Wednesday, October 2, 2024 3:40 PM",
            "Subject: MLA request - smuggling of migrants - Federal case No. 0417/2023 - Dawit Tesfaye Gebremedhin",
        ),
        Para("Dear Colleagues,"),
        Para(
            "I write on behalf of the Ministry of Justice of the Federal Democratic Republic of Ethiopia, the central "
            "authority of Ethiopia, to request the assistance of the Republic of Kenya in Federal case No. 0417/2023, "
            "an investigation by the Federal Police Commission (Organized Crime Investigation Directorate) under the "
            "direction of the Ministry's Organized and Transnational Crimes Prosecution Directorate. A signed and "
            "sealed copy of this letter will follow through diplomatic channels."
        ),
        Para(
            "Legal basis: Article 18 of the United Nations Convention against Transnational Organized Crime, to "
            "which both our countries are parties, and the Mutual Legal Assistance Act, 2011 of Kenya. Ethiopia "
            "assures Kenya of reciprocity in comparable cases."
        ),
        Para(
            "Facts: Since 2022 a network organised by Dawit Tesfaye Gebremedhin has moved Ethiopian migrants from "
            "Hosaena and Durame through Moyale into Kenya and on to South Africa, charging each of them between ETB "
            "350,000 and ETB 500,000. On Monday, March 11, 2024 a truck carrying 64 migrants was stopped near Marsabit "
            "by the Kenyan police; two of the migrants had died of suffocation. Families in Ethiopia paid the fees "
            "into accounts of relatives of the organiser, and the money was forwarded to Nairobi. On the same day, "
            "March 11, 2024, KES 4,850,000 was paid into account No. 1180 2947 6631 at Equity Bank (Kenya) Limited, "
            "Eastleigh branch, held by Joseph Kamau Njoroge, a transporter in Nairobi who, according to migrants, "
            "arranged the trucks."
        ),
        Para(
            "A second payment of KES 2,300,000 was made into the same account on Tuesday, June 14, 2024. Ato Dawit "
            "was arrested at the Moyale border post on October 21, 2024 and is detained in Addis Ababa. His father, "
            "Tesfaye Gebremedhin Alemu, a farmer in Hosaena, has been questioned as a witness and is not suspected."
        ),
        Para(
            "Persons: (1) Dawit Tesfaye Gebremedhin, Ethiopian, born November 23, 1986 in Hosaena, passport EP5820417, "
            "mobile +251 911 482 370 (Ethiopia) and +254 722 518 946 (Kenyan line used in Nairobi). (2) Joseph Kamau "
            "Njoroge, Kenyan, national ID No. 27418653, of Eastleigh, Nairobi, mobile +254 733 418 205."
        ),
        Para(
            "Offences: smuggling of migrants under Article 8 of the Prevention and Suppression of Trafficking in "
            "Persons and Smuggling of Migrants Proclamation No. 1178/2020, and money laundering under Article 29 of "
            "Proclamation No. 780/2013. The same acts are offences in Kenya under the Counter-Trafficking in Persons "
            "Act, 2010 and section 3 of the Proceeds of Crime and Anti-Money Laundering Act, 2009."
        ),
        Para(
            "Assistance requested: (a) certified statements of account No. 1180 2947 6631 at Equity Bank (Kenya) "
            "Limited for the period January 1, 2023 to September 30, 2024, with the account-opening documents and the "
            "deposit slips of the KES 4,580,000 credited on March 11, 2024; (b) the M-Pesa statement of mobile number "
            "+254 722 518 946 from Safaricom PLC for the same period, with the subscriber registration details; "
            "(c) a witness statement from Mr. Njoroge on who paid him, for which trips, and who instructed him."
        ),
        Para(
            "Purpose: the records will prove that the smuggling fees reached Kenya and who controlled them. They are "
            "needed for the trial before the Federal High Court, Lideta Division, where the next hearing is on "
            "January 20, 2025."
        ),
        Para(
            "Form: bank and Safaricom records certified as true copies by the custodian; the statement taken by a "
            "Kenyan police officer and signed by the witness. Please do not inform the account holder or Mr. Njoroge "
            "of the request before his statement is taken; this request is confidential. The material will be used "
            "only in Federal case No. 0417/2023 and the trial arising from it, unless Kenya agrees otherwise."
        ),
        Para(
            "Contact: Meron Alemayehu Bekele, Senior Public Prosecutor, International Legal Cooperation Directorate, "
            "telephone +251 11 553 9966, email meron.alemayehu@moj.gov.et."
        ),
        Lines(
            "Best regards,",
            "Meron Alemayehu Bekele",
            "Senior Public Prosecutor, for the Minister of Justice",
            "Ministry of Justice, Addis Ababa, Ethiopia",
            "October 2, 2024",
        ),
    ),
    expected=(
        Expect("MLA306", "warning", "Tuesday, June 14, 2024"),
        Expect("MLA305", "error", "October 21, 2024"),
        Expect("MLA308", "error", "KES 4,580,000"),
    ),
)

# ---------------------------------------------------------------------------------------
# 8. Indonesia -> Singapore: clean, non-native English, single names, rupiah notation
# ---------------------------------------------------------------------------------------

ID_TO_SG = Sample(
    name="complete_id_to_sg_single_names",
    format="pdf",
    style=(
        "Indonesian request in non-native English: capitalised headings, numbered paragraphs, literal courtesy "
        "formulas ('With respect'), Indonesian single names, rupiah with dot thousands ('Rp 150.000.000'), "
        "police report number with a Roman month"
    ),
    description=(
        "Complete request from the Ministry of Law of the Republic of Indonesia, for the Criminal Investigation "
        "Agency of the Indonesian National Police, to the Attorney-General's Chambers of Singapore for bank and "
        "company records in an embezzlement of subsidised diesel and money-laundering case. Near-misses for MLA3xx: "
        "'Sutrisno' and 'Wahyuni' are single names, used consistently; 'Tan Boon Huat' and 'Mr Tan' are one person "
        "and his son 'Tan Wei Jie' another; 'Bahari Commodities Pte. Ltd.' and 'Bahari Commodities Private Limited'; "
        "'Rp 150.000.000 (one hundred fifty million rupiah)', 'Rp 12.500.000.000 (twelve billion five hundred million "
        "rupiah)' and 'SGD 1.2 million' agree; the police report number 'LP/B/0412/VI/2023/SPKT/BARESKRIM POLRI' "
        "contains a Roman month but is not a date; 'in or around March 2022' and 'between the months of June and "
        "August 2021' are vague but consistent; the age '51 years old' fits the date of birth at the request's date; "
        "the trial date 2 October 2025 is a future hearing; Sutrisno's two telephone numbers are two genuine numbers; "
        "the NIK and NRIC numbers agree with dates of birth and checksums. No findings."
    ),
    date=datetime(2025, 7, 15, 9, 0),
    author="Ministry of Law of the Republic of Indonesia",
    confidentiality_clause=True,
    near_misses=("LP/B/0412/VI/2023/SPKT/BARESKRIM POLRI", "Tan Wei Jie", "Bahari Commodities Private Limited", "SGD 1.2 million"),
    running_header="MINISTRY OF LAW OF THE REPUBLIC OF INDONESIA - CENTRAL AUTHORITY",
    items=(
        Lines(
            "MINISTRY OF LAW OF THE REPUBLIC OF INDONESIA",
            "Directorate General of General Legal Administration",
            "Directorate of International Law and Central Authority",
            "Jalan H.R. Rasuna Said Kav. 6-7, Kuningan, South Jakarta 12940",
        ),
        Lines("Number: AHU.4.AH.12.01-1187", "Jakarta, 15 July 2025"),
        Lines(
            "To: The Attorney-General's Chambers of the Republic of Singapore",
            "International Affairs Division, Central Authority",
            "1 Upper Pickering Street, Singapore 058288",
        ),
        Title("REQUEST FOR MUTUAL LEGAL ASSISTANCE IN CRIMINAL MATTERS"),
        Heading("I. REQUESTING AUTHORITY"),
        Numbered(
            "With respect, the Ministry of Law of the Republic of Indonesia as Central Authority is submitting this "
            "request on behalf of the Directorate of Special Economic Crimes, Criminal Investigation Agency of the "
            "Indonesian National Police (Bareskrim Polri), which is doing the investigation based on Police Report "
            "Number LP/B/0412/VI/2023/SPKT/BARESKRIM POLRI."
        ),
        Heading("II. LEGAL BASIS"),
        Numbered(
            "This request is based on the Treaty on Mutual Legal Assistance in Criminal Matters among like-minded "
            "ASEAN Member Countries signed in Kuala Lumpur on 29 November 2004, in which Indonesia and Singapore are "
            "both Parties, especially Article 1, and on Law Number 1 of 2006 concerning Mutual Legal Assistance in "
            "Criminal Matters."
        ),
        Heading("III. SUMMARY OF FACTS"),
        Numbered(
            "PT Samudra Energi Pratama is a shipping company in Batam which receive quota of subsidised diesel fuel "
            "from the state for its fishing fleet. Its director is Sutrisno. Between the months of June and August "
            "2021 and again in or around March 2022, the company did not deliver the diesel to the fleet but sold it "
            "at sea to foreign tankers, with the help of its finance manager Wahyuni."
        ),
        Numbered(
            "The state loss calculated by the Financial and Development Supervisory Agency is Rp 12.500.000.000 "
            "(twelve billion five hundred million rupiah). The buyers paid to an account in Singapore of Bahari "
            "Commodities Pte. Ltd., whose director is Tan Boon Huat, a Singapore citizen. On 4 May 2023 Sutrisno "
            "paid Rp 150.000.000 (one hundred fifty million rupiah) in cash to a harbour official, who confess it."
        ),
        Numbered(
            "Until now, the investigator found that Bahari Commodities Private Limited received around SGD 1.2 "
            "million from the tankers and transferred a part to the account of Sutrisno in Jakarta as 'consulting "
            "fee'. Mr Tan travelled to Batam on 12 June 2023 and met with Sutrisno. His son Tan Wei Jie is employee "
            "of the same company but there is no indication he is involved."
        ),
        Heading("IV. PERSONS CONCERNED"),
        Numbered(
            "Sutrisno (single name), Indonesian citizen, born in Semarang on 15 March 1974, 51 years old, NIK "
            "3374011503740003, passport C2184720, address Perumahan Batam Centre Blok C-12, Batam; telephone "
            "+62 812 8841 2290 (mobile) and +62 21 721 8071 (Jakarta office). He is suspect and is detained in Batam."
        ),
        Numbered(
            "Wahyuni (single name), Indonesian citizen, born in Batam on 2 September 1985, suspect, finance manager of "
            "PT Samudra Energi Pratama."
        ),
        Numbered(
            "Tan Boon Huat, Singapore citizen, NRIC S6842173Z, director of Bahari Commodities Pte. Ltd., Unique Entity "
            "Number 201812345M, 80 Robinson Road #10-01, Singapore 068898."
        ),
        Heading("V. OFFENCES"),
        Numbered(
            "Corruption causing state loss under Article 2 and Article 3 of Law Number 31 of 1999 as amended by Law "
            "Number 20 of 2001 on Eradication of Corruption Crimes, bribery under Article 5 of the same Law, and money "
            "laundering under Article 3 of Law Number 8 of 2010. The acts are also offences in Singapore, among others "
            "under sections 5 and 6 of the Prevention of Corruption Act 1960 and sections 51 and 54 of the "
            "Corruption, Drug Trafficking and Other Serious Crimes (Confiscation of Benefits) Act 1992."
        ),
        Heading("VI. ASSISTANCE REQUESTED"),
        Numbered(
            "To obtain from the bank in Singapore where Bahari Commodities Pte. Ltd. keeps its account, which the "
            "Indonesian Financial Transaction Reports and Analysis Centre has identified as DBS Bank Ltd account "
            "number 072-948315-3, the opening documents and statements for the period 1 January 2021 until 31 "
            "December 2023."
        ),
        Numbered(
            "To obtain from the Accounting and Corporate Regulatory Authority certified business profile of Bahari "
            "Commodities Pte. Ltd. showing directors and shareholders from 1 January 2021."
        ),
        Heading("VII. PURPOSE"),
        Numbered(
            "The documents is needed to prove the flow of money from the diesel sale to Sutrisno and Wahyuni, for the "
            "trial at the Corruption Court at Tanjung Pinang District Court which is scheduled on 2 October 2025."
        ),
        Heading("VIII. PROCEDURE"),
        Numbered(
            "We kindly ask the records to be certified by the bank officer and by the Authority as true copy, so that "
            "they can be accepted as evidence in Indonesian court."
        ),
        Heading("IX. CONFIDENTIALITY AND USE"),
        Numbered(
            "Kindly this request and its contents to be kept confidential and the customer not informed. The "
            "evidence will only be used for this investigation and prosecution, not for other purpose without "
            "consent of Singapore."
        ),
        Heading("X. CONTACT PERSON"),
        Numbered(
            "Police Commissioner Arief Wicaksono, Sub-Directorate of Money Laundering, Bareskrim Polri, telephone "
            "+62 21 2557 8300, email arief.wicaksono@polri.go.id; and at the Central Authority, Ms Ratna Sari Dewi, "
            "email ratna.dewi@kemenkum.go.id."
        ),
        Lines(
            "On behalf of the Minister of Law,",
            "Director of International Law and Central Authority",
            "Dr. Hendra Kurniawan, S.H., M.H.",
            "Jakarta, 15 July 2025",
        ),
    ),
)

# ---------------------------------------------------------------------------------------
# 9. Iran -> Germany: numbered paragraphs without headings, Persian names
# ---------------------------------------------------------------------------------------

IR_TO_DE = Sample(
    name="defective_ir_to_de_persian_names",
    format="txt",
    style=(
        "Request of the Judiciary of the Islamic Republic of Iran in English: short letterhead, numbered paragraphs "
        "without headings, Persian names with the honorific 'Seyed', formal and compact"
    ),
    description=(
        "Request from the Deputy for International Affairs of the Judiciary of Iran, for the Tehran Prosecutor's "
        "Office (Special Branch for Economic Crimes), to Germany's Federal Office of Justice for bank and commercial "
        "register records and a witness hearing in a letter-of-credit fraud. Defects: a shipment is dated '29 "
        "February 2023', a day that did not exist (MLA303); the suspect 'Seyed Mohammad Reza HOSSEINI' is written "
        "'Seyed Mohammad Reza HOSEINI' once, with a dropped letter, in the paragraph on the German company (MLA301); "
        "his e-mail address is 'mr.hosseini1975@gmx.de' in the facts and 'mr.hosseini1957@gmx.de' in the persons "
        "paragraph (MLA302, at the later mention). Near-misses: his brother Seyed Ali HOSSEINI is another person; "
        "'Mohammad Reza Hosseini' is a short form; a valid German IBAN and valid Iranian national codes; two "
        "different amounts on two letters of credit; the date range of the statements crosses a year end in order."
    ),
    date=datetime(2025, 6, 3, 10, 0),
    author="Judiciary of the Islamic Republic of Iran",
    confidentiality_clause=True,
    near_misses=("Seyed Ali HOSSEINI", "DE44 5001 0517 5407 3249 31"),
    items=(
        Lines(
            "Judiciary of the Islamic Republic of Iran",
            "Deputy for International Affairs and Human Rights",
            "Directorate General for International Judicial Cooperation",
            "Tehran, Islamic Republic of Iran",
        ),
        Lines("No. 9041/1404/DIA", "Tehran, 3 June 2025"),
        Lines(
            "Federal Office of Justice (Bundesamt für Justiz)",
            "Division for International Mutual Assistance in Criminal Matters",
            "Adenauerallee 99-103, 53113 Bonn, Federal Republic of Germany",
        ),
        Para("Subject: Request for mutual legal assistance - Tehran Prosecutor's Office file No. 140201/5512"),
        Para(
            "1. The Directorate General for International Judicial Cooperation of the Judiciary of the Islamic "
            "Republic of Iran presents its compliments to the Federal Office of Justice and, on behalf of the Tehran "
            "Public and Revolutionary Prosecutor's Office, Special Branch for Economic Crimes, which investigates file "
            "No. 140201/5512 under the supervision of Investigating Judge Mr Hamid Rezaei, requests the following "
            "assistance."
        ),
        Para(
            "2. The request is made under Article 46 of the United Nations Convention against Corruption, to which "
            "both states are parties, and on the basis of reciprocity. The Islamic Republic of Iran assures the "
            "Federal Republic of Germany that it will execute a request of the German authorities in a similar "
            "matter in accordance with its law."
        ),
        Para(
            "3. In 2022 and 2023 Sepehr Sanat Kavir Company, an importer of industrial pumps in Tehran, obtained two "
            "documentary letters of credit from Bank Melli Iran for the purchase of pumps from Pars Industrial "
            "Supplies GmbH, Hamburg: EUR 1,480,000 under letter of credit No. 5512/1401 of 9 November 2022 and EUR "
            "2,150,000 under letter of credit No. 0217/1401 of 17 January 2023. The bank paid both letters of credit "
            "against bills of lading and inspection certificates presented by the German company."
        ),
        Para(
            "4. The managing director of Sepehr Sanat Kavir Company is Seyed Mohammad Reza HOSSEINI. No pumps were "
            "ever delivered. The bill of lading presented for the second letter of credit states that the goods were "
            "shipped from Hamburg on 29 February 2023 on a vessel which, according to the shipping line, was in the "
            "port of Jebel Ali on that day. The inspection certificates were forged."
        ),
        Para(
            "5. The documents were sent to the bank from the e-mail address mr.hosseini1975@gmx.de, which Mohammad "
            "Reza Hosseini also used for his company's correspondence. His brother, Seyed Ali HOSSEINI, a physician in "
            "Shiraz, has been heard as a witness and stated that he had no knowledge of the company's affairs."
        ),
        Para(
            "6. Pars Industrial Supplies GmbH was entered in the commercial register of the Hamburg Local Court on "
            "21 August 2019. Its managing director, Mr Jens Ahlers, a German national, is believed to be a nominee. "
            "The sole shareholder is Seyed Mohammad Reza HOSEINI, who lived in Hamburg between 2019 and 2021."
        ),
        Para(
            "7. The proceeds of the letters of credit were paid to account DE44 5001 0517 5407 3249 31 of Pars "
            "Industrial Supplies GmbH at ING-DiBa AG and were withdrawn or transferred onward within weeks."
        ),
        Para(
            "8. Persons concerned: Seyed Mohammad Reza HOSSEINI, Iranian national, born on 7 April 1975 in Tehran, "
            "national code 0073184624, passport X47281936, e-mail mr.hosseini1957@gmx.de, currently at large, "
            "believed to be in Türkiye; Seyed Ali HOSSEINI, Iranian national, national code 0479251835, Shiraz; Jens "
            "Ahlers, German national, born on 12 December 1968, Eppendorfer Landstraße 44, 20249 Hamburg; Pars "
            "Industrial Supplies GmbH, Hamburg Local Court register No. HRB 178245, Ballindamm 17, 20095 Hamburg."
        ),
        Para(
            "9. The acts constitute fraud under Article 1 of the Law on Intensifying the Punishment of Perpetrators of "
            "Bribery, Embezzlement and Fraud, forgery and use of forged documents under Articles 523 and 536 of the "
            "Islamic Penal Code (Book Five), and money laundering under Article 2 of the Anti-Money Laundering Law. "
            "They are also punishable in Germany as fraud (Section 263 of the Criminal Code), forgery of documents "
            "(Section 267) and money laundering (Section 261)."
        ),
        Para(
            "10. We request: (a) the account-opening documents and the statements of account DE44 5001 0517 5407 3249 "
            "31 for the period from 1 October 2022 to 31 March 2024, with the beneficiaries of outgoing transfers; "
            "(b) a certified copy of the commercial register file of Pars Industrial Supplies GmbH, including its "
            "articles of association and list of shareholders; (c) the hearing of Mr Jens Ahlers as a witness on who "
            "appointed him, who gave instructions on the account, and whether he knows Seyed Mohammad Reza HOSSEINI."
        ),
        Para(
            "11. The evidence will establish that the German company was controlled by the suspect and that the "
            "proceeds of the fraud were moved through it. It is needed for the indictment before the Tehran Criminal "
            "Court One."
        ),
        Para(
            "12. We ask that the bank records be certified by the bank and the register file by the register court, "
            "and that the witness be heard by a German judge or prosecutor, with a written record signed by him."
        ),
        Para(
            "13. We request that this request be kept confidential and that the account holder and the witness not be "
            "informed of it before the hearing. The evidence will be used only in file No. 140201/5512 and the trial "
            "that follows, and for no other purpose without the consent of Germany. The Islamic Republic of Iran "
            "accepts any conditions which the German authorities may attach to the use of the evidence."
        ),
        Para(
            "14. Contact: Mr Hamid Rezaei, Investigating Judge, Special Branch for Economic Crimes, telephone "
            "+98 21 6613 4520; Directorate General for International Judicial Cooperation, Ms Maryam Sadeghi, "
            "telephone +98 21 3311 4000, email intl.coop@judiciary.ir."
        ),
        Lines(
            "Mohsen Ghaffari",
            "Director General for International Judicial Cooperation",
            "Tehran, 3 June 2025",
        ),
    ),
    expected=(
        Expect("MLA303", "error", "29 February 2023"),
        Expect("MLA301", "warning", "Seyed Mohammad Reza HOSEINI"),
        Expect("MLA302", "error", "mr.hosseini1957@gmx.de"),
    ),
)

# ---------------------------------------------------------------------------------------
# 10. Nigeria -> Ghana: form-like request in tables, Hausa names
# ---------------------------------------------------------------------------------------

NG_TO_GH = Sample(
    name="defective_ng_to_gh_form_hausa",
    format="docx",
    style=(
        "Nigerian request laid out as a form: a title, short headings and two-column tables of fields and "
        "particulars, Hausa names with 'Alhaji', Nigerian date style ('4th May, 2023')"
    ),
    description=(
        "Form-like request from the Federal Ministry of Justice of Nigeria (Central Authority Unit), for the "
        "National Drug Law Enforcement Agency, to the Attorney-General's Department of Ghana for vehicle, telephone "
        "and bank records and a witness statement in a methamphetamine-trafficking case. Defects: the seizure date is "
        "copied from a laboratory report as '05/06/2023', which reads 5 June or 6 May, and no other numeric date "
        "settles it (MLA304); every other date is written '4th May, 2023', so the request mixes date styles (MLA309, "
        "at the numeric date); the minibus is 'GR 4521-21' in the facts and 'GR 4512-21' in the measures (MLA302, at "
        "the later mention); the suspect, born 12th August, 1986, is given as '35 years' in the persons table, but "
        "was 38 at the request's date (MLA307). Near-misses: the brothers Abubakar Sani DANLADI and Umar Sani DANLADI "
        "are two people; 'Alhaji Musa Garba BELLO' and 'Alhaji Bello' are one person; the courier Hauwa Ibrahim's "
        "age 34 fits her date of birth; 'GHS 185,000 (one hundred and eighty-five thousand Ghana cedis)' and 'NGN "
        "12,500,000 (twelve million five hundred thousand naira)' agree; case number NDLEA/KN/CR/117/2023 holds a "
        "year; the next court date, 13th May, 2025, is a future hearing."
    ),
    date=datetime(2025, 2, 14, 10, 0),
    author="Federal Ministry of Justice, Nigeria",
    confidentiality_clause=True,
    near_misses=("Umar Sani DANLADI", "Alhaji Bello", "GHS 185,000", "NGN 12,500,000", "13th May, 2025"),
    items=(
        Lines(
            "FEDERAL MINISTRY OF JUSTICE",
            "Central Authority Unit",
            "Federal Secretariat Complex, Shehu Shagari Way, Maitama, Abuja, Nigeria",
        ),
        Title("Request for Mutual Legal Assistance in Criminal Matters - Form"),
        Table(
            ("Field", "Details"),
            ("Reference", "FMOJ/CAU/MLA/GH/034/2025, NDLEA case No. NDLEA/KN/CR/117/2023"),
            ("Date of request", "14th February, 2025"),
            ("Requesting state and authority", "Federal Republic of Nigeria: Federal Ministry of Justice, Central Authority Unit, on behalf of the National Drug Law Enforcement Agency (NDLEA), Kano State Command, which investigates the case"),
            ("Requested state and authority", "Republic of Ghana: Attorney-General's Department, Ministry of Justice, Central Authority, Accra"),
            ("Legal basis", "Articles 2 and 5 of the ECOWAS Convention on Mutual Assistance in Criminal Matters signed at Dakar on 29th July, 1992, to which Nigeria and Ghana are parties; the Mutual Assistance in Criminal Matters Act, 2019 of Nigeria"),
            ("Nature of proceedings", "Criminal investigation and prosecution before the Federal High Court, Kano (charge No. FHC/KN/CR/48/2024), where the next court date is 13th May, 2025"),
        ),
        Heading("Summary of facts"),
        Para(
            "On the morning of 05/06/2023 NDLEA officers at the Jibiya border post stopped a Toyota Hiace minibus, "
            "registration GR 4521-21, coming from Niger Republic and bound for Kano. Concealed in the door panels were "
            "14.2 kilograms of methamphetamine. The driver escaped on foot. The passenger, Hauwa Ibrahim, was arrested "
            "and stated that she was paid NGN 12,500,000 (twelve million five hundred thousand naira) by Abubakar Sani "
            "DANLADI to accompany the vehicle and that it belonged to a Ghanaian dealer who rented it to him."
        ),
        Para(
            "Records of the Nigeria Customs Service show that the same minibus first entered Nigeria at Seme on 4th "
            "May, 2023, and the court released it to its registered owner on 19th July, 2023. Abubakar Sani DANLADI "
            "travelled to Kumasi on 23rd September, 2023, where he is believed to stay with Alhaji Musa Garba BELLO, a transporter "
            "at the Kumasi Zongo. On 8th January, 2024 Alhaji Bello received GHS 185,000 (one hundred and eighty-five "
            "thousand Ghana cedis) in cash from the suspect's brother, Umar Sani DANLADI, who is a trader in Kano and is "
            "not a suspect."
        ),
        Heading("Persons concerned"),
        Table(
            ("Name", "Particulars"),
            ("Abubakar Sani DANLADI (suspect)", "Nigerian; born 12th August, 1986 in Kano; 35 years; passport B03184725; Nigerian mobile +234 803 452 7719; believed to be in Kumasi, Ghana, mobile +233 24 481 2267"),
            ("Umar Sani DANLADI", "Nigerian; born 3rd January, 1991; trader, Sabon Gari market, Kano; brother of the suspect; not a suspect"),
            ("Hauwa Ibrahim (co-accused, in custody)", "Nigerian; born 2nd March, 1990; 34 years; Kano Central Correctional Centre"),
            ("Alhaji Musa Garba BELLO (person of interest)", "Ghanaian; born 5th November, 1963; Zongo, Kumasi, Ashanti Region; GCB Bank account No. 1031 1300 4587"),
            ("Kwame Asante BOATENG (witness)", "Ghanaian; owner of Asante Motors, Suame Magazine, Kumasi; registered owner of the minibus"),
        ),
        Heading("Offences"),
        Table(
            ("Law", "Offence"),
            ("Section 11(a) and (b), National Drug Law Enforcement Agency Act, Cap. N30, Laws of the Federation of Nigeria 2004", "Unlawful importation and exportation of a psychotropic substance"),
            ("Section 14(b), same Act", "Conspiracy"),
            ("Dual criminality", "The conduct is also an offence in Ghana under section 37 of the Narcotics Control Commission Act, 2020 (Act 1019) (unlawful import and export of narcotic drugs and precursors)"),
        ),
        Heading("Assistance requested"),
        Numbered(
            "Certified records of the Driver and Vehicle Licensing Authority on the registration and ownership "
            "history, since 1st January, 2021, of the Toyota Hiace minibus registration GR 4512-21."
        ),
        Numbered(
            "Subscriber details and call data records of MTN Ghana for +233 24 481 2267 for the period 1st April, "
            "2023 to 31st March, 2024."
        ),
        Numbered(
            "Certified statements of GCB Bank account No. 1031 1300 4587 of Alhaji Musa Garba BELLO for the period "
            "1st January, 2023 to 31st March, 2024."
        ),
        Numbered(
            "A witness statement of Kwame Asante BOATENG on: to whom he rented the minibus and when; the rental "
            "agreement and payments; and whether he knows Abubakar Sani DANLADI or Alhaji Bello."
        ),
        Heading("Purpose, procedure, confidentiality and use"),
        Table(
            ("Field", "Details"),
            ("Purpose", "To link Abubakar Sani DANLADI to the minibus used to carry the drugs, locate him and trace the proceeds, for his prosecution with Hauwa Ibrahim"),
            ("Procedure", "Records certified as true copies by the custodian; witness statement recorded by a Ghana Police Service officer and signed"),
            ("Confidentiality", "This request is confidential; the persons concerned must not be informed of it"),
            ("Use", "Evidence will be used only in NDLEA case No. NDLEA/KN/CR/117/2023 and charge No. FHC/KN/CR/48/2024, unless Ghana consents otherwise"),
            ("Contact officer", "Mrs. Zainab Abdullahi Yusuf, Principal State Counsel, Central Authority Unit, telephone +234 802 317 6654, email z.yusuf@justice.gov.ng"),
        ),
        Lines(
            "Signed:",
            "Zainab Abdullahi Yusuf",
            "Principal State Counsel, for the Honourable Attorney-General of the Federation",
            "Abuja, 14th February, 2025",
        ),
    ),
    expected=(
        Expect("MLA304", "warning", "05/06/2023"),
        Expect("MLA309", "info", "05/06/2023"),
        Expect("MLA302", "error", "GR 4512-21"),
        Expect("MLA307", "warning", "35 years"),
    ),
)

# ---------------------------------------------------------------------------------------
# 11. Brazil -> Portugal: clean, compound surnames, dd/mm/yyyy throughout
# ---------------------------------------------------------------------------------------

BR_TO_PT = Sample(
    name="complete_br_to_pt_compound_surnames",
    format="pdf",
    style=(
        "Brazilian central-authority request in English translation: letterhead, numbered headings, numbered "
        "paragraphs, Portuguese compound surnames, every date all-numeric dd/mm/yyyy, amounts with dot thousands "
        "and comma decimals"
    ),
    description=(
        "Complete request from Brazil's Department of Asset Recovery and International Legal Cooperation (DRCI), "
        "for the Federal Prosecution Service in Minas Gerais, to Portugal's Prosecutor General's Office for bank "
        "and land-registry records and a witness statement in a public-works corruption and money-laundering case. "
        "Near-misses for MLA3xx: every date is dd/mm/yyyy, and '07/05/1991', '03/02/1991' and '10/11/2021' are "
        "settled day-first by '14/09/1962', '22/05/2025' and '25/03/2022', so neither MLA304 nor MLA309; the father "
        "José Carlos da Silva Santos and the son Pedro Henrique da Silva Santos are two people and 'Mr Silva "
        "Santos' refers to the father only; 'Construtora Horizonte Ltda.' and 'Construtora Horizonte Limitada'; "
        "'BRL 3.450.000,00 (three million four hundred and fifty thousand reais)', 'EUR 685.000,00 (six hundred and "
        "eighty-five thousand euros)' and 'EUR 1.2 million' agree; the age 62 fits the date of birth; valid CPF, NIF, "
        "IBAN and telephone numbers; a hearing after the request's date. No findings."
    ),
    date=datetime(2025, 5, 22, 10, 0),
    author="Ministério da Justiça e Segurança Pública - DRCI",
    confidentiality_clause=True,
    near_misses=("07/05/1991", "03/02/1991", "10/11/2021", "Pedro Henrique da Silva Santos", "Construtora Horizonte Limitada", "EUR 1.2 million"),
    running_footer="DRCI/SENAJUS/MJSP - Request No. 08099.004127/2025-11",
    items=(
        Lines(
            "MINISTRY OF JUSTICE AND PUBLIC SECURITY",
            "National Secretariat of Justice",
            "Department of Asset Recovery and International Legal Cooperation (DRCI)",
            "Esplanada dos Ministérios, Bloco T, Brasília - DF, Brazil",
        ),
        Lines("Official Letter No. 1873/2025/CGRA-DRCI", "Brasília, 22/05/2025"),
        Lines(
            "To the Prosecutor General's Office of the Portuguese Republic",
            "Central Authority - International Cooperation Unit",
            "Rua da Escola Politécnica 140, 1269-269 Lisbon, Portugal",
        ),
        Title("Request for Mutual Legal Assistance in Criminal Matters"),
        Heading("1. Requesting authority and legal basis"),
        Numbered(
            "The Department of Asset Recovery and International Legal Cooperation of the Ministry of Justice and "
            "Public Security, as Brazilian Central Authority, transmits this request of the Federal Prosecution "
            "Service in Minas Gerais (Federal Prosecutor Dr. Marcelo Augusto Rezende Lima), which conducts criminal "
            "investigation procedure No. 1.22.000.002741/2023-48 with the Federal Police."
        ),
        Numbered(
            "The request is based on Article 1 of the Treaty on Mutual Legal Assistance in Criminal Matters between "
            "the Federative Republic of Brazil and the Portuguese Republic, signed at Brasília on 07/05/1991, and on "
            "Article 46 of the United Nations Convention against Corruption."
        ),
        Heading("2. Facts"),
        Numbered(
            "Between 2019 and 2022 Construtora Horizonte Ltda., a construction company of Belo Horizonte, won six "
            "contracts for road works of the State of Minas Gerais worth BRL 184 million. Its owner, José Carlos da "
            "Silva Santos, paid bribes to two officials of the state roads department to obtain inside information "
            "on the tenders. One official has confessed and received BRL 3.450.000,00 (three million four hundred and "
            "fifty thousand reais) between 10/11/2021 and 25/03/2022."
        ),
        Numbered(
            "Part of the company's profits was sent to Portugal. On 18/04/2022 Construtora Horizonte Limitada "
            "transferred EUR 685.000,00 (six hundred and eighty-five thousand euros) to the account of Horizonte "
            "Atlântico Imobiliária, Lda., Lisbon, a company whose manager is Mr Silva Santos's son, Pedro Henrique da "
            "Silva Santos. In total about EUR 1.2 million reached that company. On 30/06/2022 it bought an apartment "
            "at Avenida da Liberdade 212, 5.º Esquerdo, Lisbon, through the estate agent Rui Miguel Ferreira Costa."
        ),
        Heading("3. Persons concerned"),
        Numbered(
            "José Carlos da Silva Santos, Brazilian, born on 14/09/1962 in Belo Horizonte, aged 62, CPF 483.917.265-09, "
            "residing at Rua Grão Pará 1450, Belo Horizonte, the person under investigation."
        ),
        Numbered(
            "Pedro Henrique da Silva Santos, Brazilian and Portuguese, born on 03/02/1991, CPF 120.457.893-14, "
            "Portuguese tax number (NIF) 238475611, residing in Lisbon, manager of Horizonte Atlântico Imobiliária, "
            "Lda.; his role is under examination."
        ),
        Numbered(
            "Rui Miguel Ferreira Costa, Portuguese, estate agent, Rua Castilho 39, Lisbon, telephone +351 21 847 "
            "3310, a witness."
        ),
        Heading("4. Offences"),
        Numbered(
            "Active corruption (Article 333 of the Brazilian Penal Code) and money laundering (Article 1 of Law No. "
            "9.613/1998). The same facts are offences in Portugal: active corruption (Article 374 of the Portuguese "
            "Penal Code) and money laundering (Article 368-A of that Code)."
        ),
        Heading("5. Assistance requested"),
        Numbered(
            "The statements of account PT46 0035 0123 0001 2345 6789 0 of Horizonte Atlântico Imobiliária, Lda. at "
            "Caixa Geral de Depósitos, S.A. for the period 01/01/2022 to 31/12/2023, with the opening documents and "
            "the identification of the ordering parties of incoming transfers."
        ),
        Numbered(
            "A certified copy of the land-registry record of the apartment at Avenida da Liberdade 212, 5.º Esquerdo, "
            "Lisbon, and of the deed of purchase of 30/06/2022."
        ),
        Numbered(
            "A statement of the witness Rui Miguel Ferreira Costa on who negotiated the purchase, how the price was "
            "paid, and whether José Carlos da Silva Santos took part in the visits or negotiations."
        ),
        Heading("6. Purpose, formalities, confidentiality and use"),
        Numbered(
            "The evidence will show that the money sent to Portugal derived from the contracts obtained by "
            "corruption and was invested in property. It is needed for the criminal action before the 4th Federal "
            "Criminal Court of Belo Horizonte, whose preliminary hearing is set for 18/09/2025. Bank and registry "
            "records should be certified by the issuing institution; the witness should be heard by the Public "
            "Prosecution Service or the criminal police, with a signed record."
        ),
        Numbered(
            "Brazil asks that the request be kept confidential and that the persons concerned not be informed. The "
            "evidence will be used only in these proceedings, in accordance with the Treaty."
        ),
        Heading("7. Contact"),
        Numbered(
            "Ms Fernanda Oliveira Batista, Coordinator for International Legal Cooperation in Criminal Matters, DRCI, "
            "telephone +55 61 2025 8900, email cooperacaopenal@mj.gov.br; Federal Prosecutor Dr. Marcelo Augusto "
            "Rezende Lima, telephone +55 31 2129 8200."
        ),
        Lines(
            "Fernanda Oliveira Batista",
            "Coordinator for International Legal Cooperation in Criminal Matters",
            "DRCI/SENAJUS/MJSP",
            "Brasília, 22/05/2025",
        ),
    ),
)

# ---------------------------------------------------------------------------------------
# 12. Philippines -> Hong Kong: clean, Filipino and Hong Kong Chinese names, month-first dates
# ---------------------------------------------------------------------------------------

PH_TO_HK = Sample(
    name="complete_ph_to_hk_names_month_first",
    format="txt",
    style=(
        "Philippine Department of Justice letter in plain text: letterhead lines, a 'Re:' line, capitalised "
        "run-in headings, prose paragraphs; Filipino names with maternal middle names, Hong Kong Chinese names "
        "surname first with hyphenated given names; dates month-first in words ('February 10, 2023')"
    ),
    description=(
        "Complete request from the Department of Justice of the Philippines (Office of the Chief State Counsel), "
        "for the National Bureau of Investigation, to the Department of Justice of Hong Kong (Mutual Legal "
        "Assistance Unit) for bank and company records in a syndicated investment-fraud and money-laundering case. "
        "Near-misses for MLA3xx: 'Maria Cristina Reyes DELA CRUZ', 'M. C. R. Dela Cruz' and 'Ms. Dela Cruz' are one "
        "person and her husband Ramon Villanueva DELA CRUZ another; 'CHAN Tai-man' and 'Mr. Chan' are one person and "
        "his sister 'CHAN Siu-ling' another; 'Golden Harbour Trading Limited' and 'Golden Harbour Trading Ltd'; "
        "'from November 2022 to February 2023' crosses a year end in order; 'Friday, February 10, 2023' is right; "
        "'HKD 2,350,000 (two million three hundred and fifty thousand Hong Kong dollars)' and 'PHP 18.5 million' "
        "agree; the age 45 fits the date of birth at the request's date; the hearing on June 16, 2025 is in the "
        "future; one person's two mobile numbers in two places; valid HKID check digits; the docket number holds a "
        "year code. One date style throughout. No findings."
    ),
    date=datetime(2025, 3, 27, 10, 0),
    author="Department of Justice, Republic of the Philippines",
    confidentiality_clause=True,
    near_misses=("Ramon Villanueva DELA CRUZ", "CHAN Siu-ling", "Golden Harbour Trading Ltd", "Friday, February 10, 2023", "June 16, 2025"),
    items=(
        Lines(
            "Republic of the Philippines",
            "DEPARTMENT OF JUSTICE",
            "Office of the Chief State Counsel",
            "Padre Faura Street, Ermita, Manila 1000",
        ),
        Lines("March 27, 2025", "OCSC-MLA-2025-0219"),
        Lines(
            "The Mutual Legal Assistance Unit",
            "International Law Division, Department of Justice",
            "5/F Main Wing, Justice Place, 18 Lower Albert Road, Central, Hong Kong",
        ),
        Para(
            "Re: Request for mutual legal assistance - People of the Philippines v. Maria Cristina Reyes DELA CRUZ et "
            "al., NPS Docket No. XV-03-INV-23K-01187 (syndicated estafa and money laundering)"
        ),
        Para("Dear Sir/Madam:"),
        Para(
            "REQUESTING AUTHORITY. The Department of Justice of the Republic of the Philippines, through the Office "
            "of the Chief State Counsel as Central Authority, respectfully requests assistance on behalf of the "
            "National Prosecution Service and the National Bureau of Investigation (Anti-Fraud Division), which are "
            "conducting the preliminary investigation under the docket number above."
        ),
        Para(
            "LEGAL BASIS. This request is made under Article 18 of the United Nations Convention against Transnational "
            "Organized Crime, which applies to both the Philippines and the Hong Kong Special Administrative Region, "
            "and is addressed to the Secretary for Justice under the Mutual Legal Assistance in Criminal Matters "
            "Ordinance (Cap. 525). The Philippines undertakes to provide reciprocal assistance to Hong Kong in "
            "similar matters."
        ),
        Para(
            "FACTS. From November 2022 to February 2023, Maria Cristina Reyes DELA CRUZ, through an unregistered "
            "company called CrisPay Ventures, invited more than 900 investors in Pampanga and Bulacan to place money "
            "in a supposed foreign-exchange trading program promising 8 percent monthly returns. The investors "
            "deposited a total of about PHP 18.5 million. The returns stopped on Friday, February 10, 2023, and Ms. "
            "Dela Cruz left for Hong Kong the following week."
        ),
        Para(
            "Bank records obtained by the NBI under a court order show that on January 9, 2023, M. C. R. Dela Cruz "
            "caused HKD 2,350,000 (two million three hundred and fifty thousand Hong Kong dollars) to be remitted "
            "from the CrisPay collection accounts to account No. 004-512-338471-001 at The Hongkong and Shanghai "
            "Banking Corporation Limited, held by Golden Harbour Trading Limited. The sole director of that company is "
            "CHAN Tai-man, a Hong Kong permanent resident. Its company secretary is his sister, CHAN Siu-ling, who "
            "is not believed to be involved."
        ),
        Para(
            "Ms. Dela Cruz's husband, Ramon Villanueva DELA CRUZ, a seaman, was at sea during the whole period and "
            "is not a respondent. He has given a sworn statement that his wife told him in December 2022 that she "
            "had 'a partner in Hong Kong', Mr. Chan, who would manage the money."
        ),
        Para(
            "PERSONS CONCERNED. (1) Maria Cristina Reyes DELA CRUZ, Filipino, born July 8, 1979 in San Fernando, "
            "Pampanga, aged 45, Philippine passport P4827163B, Philippine mobile +63 917 832 4410 and Hong Kong "
            "mobile +852 9476 3318, believed to reside in Hong Kong. (2) CHAN Tai-man, Hong Kong permanent resident, "
            "HKID K538214(9), director of Golden Harbour Trading Ltd, Room 1203, 148 Connaught Road Central, Hong "
            "Kong. (3) Golden Harbour Trading Limited, Companies Registry No. 2874519."
        ),
        Para(
            "OFFENCES. Syndicated estafa under Article 315(2)(a) of the Revised Penal Code in relation to Presidential "
            "Decree No. 1689, and money laundering under Section 4 of Republic Act No. 9160, as amended. The conduct "
            "also constitutes fraud under section 16A of the Theft Ordinance (Cap. 210) and dealing with property "
            "known or believed to represent proceeds of an indictable offence under section 25 of the Organized and "
            "Serious Crimes Ordinance (Cap. 455) of Hong Kong."
        ),
        Para(
            "ASSISTANCE REQUESTED. (a) Certified copies of the account-opening documents, signatory records and "
            "statements of account No. 004-512-338471-001 of Golden Harbour Trading Limited at The Hongkong and "
            "Shanghai Banking Corporation Limited for the period November 1, 2022 to December 31, 2023, with the "
            "details of the remitter and beneficiary of each transfer of more than HKD 50,000; (b) certified copies "
            "of the Companies Registry records of Golden Harbour Trading Limited, including its incorporation form, "
            "annual returns and notices of change of directors since incorporation."
        ),
        Para(
            "PURPOSE. The records will show whether the investors' money was received for the benefit of Ms. Dela "
            "Cruz and who controlled it in Hong Kong. They will be offered in evidence at the trial before the "
            "Regional Trial Court of San Fernando, Pampanga, where the arraignment is set for June 16, 2025."
        ),
        Para(
            "PROCEDURE. We request that the bank records be accompanied by a certificate of the bank's custodian of "
            "records and that the Companies Registry records be certified by the Registrar, so that they may be "
            "admitted under the Rules on Evidence."
        ),
        Para(
            "CONFIDENTIALITY AND USE. Please keep this request confidential and do not notify the account holder or "
            "the persons named. The evidence will be used solely for the proceedings described above and will not "
            "be used for any other purpose without the consent of the Hong Kong authorities."
        ),
        Para(
            "CONTACT. State Counsel Jose Miguel A. Santiago, Office of the Chief State Counsel, telephone "
            "+63 2 8525 4093, email jmasantiago@doj.gov.ph."
        ),
        Lines(
            "Very truly yours,",
            "Jose Miguel A. Santiago",
            "State Counsel IV, for the Chief State Counsel",
            "Department of Justice, Manila",
            "March 27, 2025",
        ),
    ),
)

CORPUS_H: tuple[Sample, ...] = (
    TR_TO_NL,
    BD_TO_MY,
    MA_TO_FR,
    PE_TO_CL,
    RU_TO_KZ,
    LK_TO_AU,
    ET_TO_KE,
    ID_TO_SG,
    IR_TO_DE,
    NG_TO_GH,
    BR_TO_PT,
    PH_TO_HK,
)
