"""Held-out sample requests (batch G) for the consistency rules MLA301-MLA309, written without sight of the rules' code.

Twelve requests, labelled by hand from the MLA3xx definitions of shared/DESIGN.md and
issue 4 only: five complete and clean (realistic non-defects only: relatives who share
a surname, initials and title + surname short forms, a transliteration kept throughout,
Ltd/Limited, one person's two genuine telephone numbers, future hearing dates, case
numbers containing years, correct ranges, ages that fit the date of birth, amounts
whose words and figures agree, one date style) and seven defective, with one to four
MLA3xx defects each, every code MLA301-MLA309 at least twice over the batch. Every
request is complete in the MLA1xx sense, so only MLA3xx findings are listed (measure
with ``--select MLA3``). Severities follow the catalogue in the project README:
MLA301 warning, MLA302 error, MLA303 error, MLA304 warning, MLA305 error, MLA306
warning, MLA307 warning, MLA308 error, MLA309 info. ``at`` is the later or odd
mention (the second spelling, the changed number, the impossible date, the
contradicting age, the words/figures pair, the later mention of a transaction); for
MLA309 it is the first date written in the minority style. Weekdays and ages were
checked with Python's datetime; IBANs, telephone numbers, the Malaysian NRICs, the
Mexican CURP, the Argentine CUIT, the Ukrainian taxpayer numbers and the Emirates ID
were checked with python-stdnum/phonenumbers (all valid except the one IBAN meant to
fail). People, companies, accounts and case numbers are invented; treaties, statutes
and institutions are real.
"""

from __future__ import annotations

from datetime import datetime

from sample_model import Expect, Heading, Lines, Numbered, Para, Sample, Table, Title

PK_TO_AE_LONG = Sample(
    name="complete_pk_to_ae_hawala_long",
    format="docx",
    style=(
        "Long Pakistani request in South Asian official style: letterhead, file number, 'Subject:' line, numbered "
        "headings, particulars with 's/o' parentage and CNIC numbers, lakh/crore amounts, a table of transfers, "
        "Joint Secretary's signature block"
    ),
    description=(
        "Complete and clean long request (over 3,000 words, ten people) from Pakistan's Ministry of Interior for the "
        "Federal Investigation Agency to the UAE Ministry of Justice for bank and company records and a witness "
        "statement in a hawala and money-laundering case. Realistic non-defects only: a father and son "
        "('Muhammad Arshad Khan' and 'Hamza Arshad Khan') and the late grandfather 'Abdul Ghafoor Khan' share a "
        "surname; two brothers 'Imran Nazir Butt' and 'Kamran Nazir Butt' are different people; 'M. A. Khan' is "
        "the initials of Muhammad Arshad Khan (paragraph quoting the cheque book); 'Muhammad' is spelled one way "
        "throughout; 'Habib Bank Limited'/'Habib Bank Ltd' and 'Khan Rice Mills (Private) Limited'/'(Pvt) Ltd' are "
        "legitimate forms; the accused's two mobile numbers are two genuine numbers; 'FIR No. 112/2021' and "
        "'F.No. 7/112/2021-MLA' contain years; the next hearing on 22 January 2026 is in the future; 'Friday, "
        "4 June 2021' is right; ages 54, 26, 46 and 42 fit the dates of birth at the request's date (14 October "
        "2025); 'Rs. 4,75,00,000 (Rupees four crore and seventy-five lakh only)', 'Rs. 38,50,000 (Rupees "
        "thirty-eight lakh and fifty thousand only)', 'AED 1,850,000 (one million eight hundred and fifty thousand "
        "dirhams)' and 'USD 1.2 million' agree; all dates are written day month year. No findings."
    ),
    date=datetime(2025, 10, 14, 10, 0),
    author="Ministry of Interior, Government of Pakistan",
    confidentiality_clause=True,
    near_misses=(
        "M. A. Khan",
        "Habib Bank Ltd",
        "Khan Rice Mills (Pvt) Ltd",
        "FIR No. 112/2021",
        "22 January 2026",
        "Friday, 4 June 2021",
        "+92 321 4470918",
        "Rs. 4,75,00,000 (Rupees four crore and seventy-five lakh only)",
        "USD 1.2 million",
    ),
    running_header="SECRET / IMMEDIATE",
    items=(
        Lines(
            "Government of Pakistan",
            "Ministry of Interior",
            "(FIA Wing)",
            "R Block, Pak Secretariat, Islamabad",
        ),
        Lines("F.No. 7/112/2021-MLA", "Islamabad, the 14 October 2025"),
        Lines(
            "To",
            "The Director, International Cooperation Department",
            "Ministry of Justice, United Arab Emirates",
            "Abu Dhabi, United Arab Emirates",
        ),
        Title(
            "Subject: Request for Mutual Legal Assistance in Criminal Matters in case FIR No. 112/2021 of the "
            "Federal Investigation Agency, Anti-Money Laundering Circle, Lahore"
        ),
        Heading("1. Requesting authority"),
        Para(
            "The Ministry of Interior, Government of the Islamic Republic of Pakistan, presents its compliments to the "
            "Ministry of Justice of the United Arab Emirates and, as the authority designated under the Mutual Legal "
            "Assistance (Criminal Matters) Act, 2020, has the honour to transmit this request on behalf of the "
            "Federal Investigation Agency (FIA, the Agency), Anti-Money Laundering Circle, Lahore, which is investigating "
            "and prosecuting the case described below. The investigating officer is Mr Shahid Hussain Gondal, "
            "Assistant Director of the Agency, under the supervision of the Additional Director, Anti-Money "
            "Laundering Circle, Lahore."
        ),
        Heading("2. Legal basis"),
        Para(
            "The request is made under Article 46 of the United Nations Convention against Corruption and Article 18 "
            "of the United Nations Convention against Transnational Organized Crime, to both of which Pakistan and "
            "the United Arab Emirates are parties, and under the Mutual Legal Assistance (Criminal Matters) Act, 2020 "
            "of Pakistan. We understand that the request will be executed under Federal Law No. 39 of 2006 on "
            "International Judicial Cooperation in Criminal Matters of the United Arab Emirates. The Government of "
            "Pakistan assures the United Arab Emirates that it will render assistance of the same kind in a similar "
            "case on a request of the United Arab Emirates."
        ),
        Heading("3. Nature of the proceedings"),
        Para(
            "On the complaint of the State Bank of Pakistan, the Agency registered case FIR No. 112/2021 on 17 March "
            "2021 at the Anti-Money Laundering Circle, Lahore, under sections 3 and 4 of the Anti-Money Laundering "
            "Act, 2010, section 4 read with section 23 of the Foreign Exchange Regulation Act, 1947 and sections 420, "
            "468, 471 and 109 of the Pakistan Penal Code. The case concerns an unlicensed money transfer (hawala) "
            "network operated between Lahore and Dubai from 1 January 2019 to 31 December 2021, and the laundering "
            "of its proceeds through a rice-export company in Pakistan and a general trading company in Dubai."
        ),
        Para(
            "After investigation, an interim report under section 173 of the Code of Criminal Procedure, 1898 was "
            "submitted on 9 September 2021 before the Court of the Special Judge (Central-I), Lahore, which took "
            "cognisance of the offences. Three accused persons are on bail and two accused persons are proclaimed "
            "offenders residing in the United Arab Emirates. The trial is pending and the next date of hearing before "
            "the learned Special Judge is 22 January 2026, by which date the prosecution intends to place a "
            "supplementary report on record including the evidence requested here."
        ),
        Heading("4. Persons concerned"),
        Para(
            "(a) Muhammad Arshad Khan s/o Abdul Ghafoor Khan, Pakistani national, computerised national identity card "
            "(CNIC) No. 35202-4471186-7, passport "
            "No. AB4471862, born on 3 May 1971 at Lahore, presently aged 54 years, resident of House No. 27, Block C, "
            "Model Town, Lahore, and frequently of Dubai. He is the chief executive of Khan Rice Mills (Private) "
            "Limited, Lahore. He uses two mobile telephone numbers, +92 300 8471526 for his business and "
            "+92 321 4470918 for his family, both registered in his name with the Pakistan Telecommunication "
            "Authority. He is accused No. 1 and is on bail."
        ),
        Para(
            "(b) Hamza Arshad Khan s/o Muhammad Arshad Khan, Pakistani national, CNIC No. 35202-9183342-5, passport "
            "No. FK9183354, born on 19 November 1998 at Lahore, presently aged 26 years, the son of accused No. 1. "
            "He left Pakistan on 28 May 2021 and resides in International City, Dubai, with mobile number "
            "+971 50 418 2637. He is the manager and sole signatory of Al Noor General Trading LLC, Dubai. He is "
            "accused No. 2 and a proclaimed offender."
        ),
        Para(
            "(c) The late Abdul Ghafoor Khan, father of accused No. 1 and grandfather of accused No. 2, died at "
            "Lahore in the year 2016. He is not an accused. He is mentioned only because a plot at Johar Town, "
            "Lahore, is still recorded in his name and was used as collateral by the company."
        ),
        Para(
            "(d) Imran Nazir Butt s/o Nazir Ahmed Butt, Pakistani national, CNIC No. 35201-6620413-9, born on 8 "
            "August 1979, presently aged 46 years, proprietor of Butt Money Exchange, Hall Road, Lahore, whose "
            "exchange licence was cancelled by the State Bank of Pakistan. He is accused No. 3 and is on bail."
        ),
        Para(
            "(e) Kamran Nazir Butt s/o Nazir Ahmed Butt, Pakistani national, the younger brother of accused No. 3, "
            "CNIC No. 35201-6620875-1, passport No. BK6620871, born on 21 February 1983, presently aged 42 years, "
            "holder of Emirates ID No. 784-1983-5502914-5, resident of Al Nahda, Sharjah, mobile number "
            "+971 55 902 7714. He operates the Dubai end of the hawala business. He is accused No. 4 and a "
            "proclaimed offender. Their father, Nazir Ahmed Butt, a retired schoolteacher, is not an accused."
        ),
        Para(
            "(f) Zulfiqar Ali Memon s/o Ghulam Rasool Memon, Pakistani national, passport No. CV9127735, a "
            "resident of Deira, Dubai, who delivered cash in dirhams to the recipients nominated by accused No. 4. "
            "He is accused No. 5 and is on bail after his arrest at Karachi airport."
        ),
        Para(
            "(g) Witnesses: Mr Tariq Mehmood s/o Muhammad Sharif, former chief accountant of Khan Rice Mills (Private) "
            "Limited, whose statement was recorded under section 164 of the Code of Criminal Procedure, 1898 before "
            "a Judicial Magistrate, Lahore; and Mr Faisal Mehmood Qureshi s/o Abdul Majeed Qureshi, Pakistani "
            "national, passport No. DQ5518204, former accountant of Al Noor General Trading LLC, who now lives in "
            "Al Qusais, Dubai, and whose statement is sought in the United Arab Emirates."
        ),
        Heading("5. Summary of facts"),
        Para(
            "On 2 November 2020 the Financial Monitoring Unit of Pakistan forwarded to the Agency suspicious "
            "transaction reports filed by Habib Bank Limited and Meezan Bank Limited concerning the accounts of Khan "
            "Rice Mills (Private) Limited and Butt Money Exchange. An enquiry was ordered on 19 November 2020. The "
            "enquiry found that, from 1 January 2019 to 31 December 2021, the company received in its export proceeds "
            "account far more foreign exchange than the value of the rice it actually shipped, and that Pakistani "
            "rupees equal to the excess were paid out in cash in Lahore to persons who had no commercial dealings "
            "with the company."
        ),
        Para(
            "The investigation established the following method. Persons in Pakistan wishing to send money abroad "
            "outside banking channels paid Pakistani rupees in cash to Imran Nazir Butt at Hall Road, Lahore. His "
            "brother Kamran Nazir Butt, in Sharjah, then arranged for the equivalent in dirhams to be delivered in "
            "cash in Dubai by Zulfiqar Ali Memon. To settle the imbalance between the two ends, Al Noor General "
            "Trading LLC, managed by Hamza Arshad Khan, paid inflated prices for rice invoiced by Khan Rice Mills "
            "(Private) Limited, and the surplus rupees in Lahore were handed over in cash by Muhammad Arshad Khan to "
            "Imran Nazir Butt."
        ),
        Para(
            "Between 1 January 2019 and 31 December 2021 Khan Rice Mills (Private) Limited shipped 1,940 metric tons "
            "of rice to Al Noor General Trading LLC, of a market value of about USD 0.9 million, but received from "
            "that company USD 2.1 million. The excess of USD 1.2 million was not explained by any contract, freight "
            "or insurance cost, and the same amount in rupees was withdrawn in cash from the company's accounts in "
            "Lahore during the same period."
        ),
        Para(
            "During the search of the office of Khan Rice Mills (Pvt) Ltd at Kot Lakhpat, Lahore, on 4 June 2021, "
            "the raiding team recovered ledgers, blank signed cheques and a diary of accounts in the handwriting of "
            "Tariq Mehmood. The cheque book of the company's current account at Habib Bank Ltd, Model Town Branch, "
            "bore on each counterfoil the initials and signature 'M. A. Khan', which the accused has admitted are his "
            "own. Muhammad Arshad Khan and Imran Nazir Butt were arrested the same day, Friday, 4 June 2021, and "
            "released on bail by the Lahore High Court on 11 February 2022."
        ),
        Para(
            "The diary recovered from the office records, for the period from 1 March 2020 to 30 April 2021, "
            "cash payments to Imran Nazir Butt totalling Rs. 4,75,00,000 (Rupees four crore and seventy-five lakh "
            "only). The ledgers of Butt Money Exchange recovered from Hall Road on the same date record against the "
            "code name 'Sharjah' deliveries of AED 1,850,000 (one million eight hundred and fifty thousand dirhams) "
            "in Dubai."
        ),
        Para(
            "The following transfers were received in the export proceeds account of Khan Rice Mills (Private) "
            "Limited at Habib Bank Limited from the account of Al Noor General Trading LLC at Emirates NBD Bank "
            "PJSC, Dubai. The invoices presented to the bank in support of each of them overstate the quantity or "
            "the price of the rice actually shipped:"
        ),
        Table(
            ("Date of credit", "Amount (USD)", "Invoice of Khan Rice Mills", "Rice actually shipped (tons)"),
            ("14 February 2019", "186,400", "KRM/EXP/19/031", "120"),
            ("23 July 2019", "242,750", "KRM/EXP/19/088", "150"),
            ("5 March 2020", "311,200", "KRM/EXP/20/017", "180"),
            ("18 December 2020", "398,650", "KRM/EXP/20/141", "210"),
            ("26 August 2021", "421,000", "KRM/EXP/21/066", "230"),
        ),
        Para(
            "Tariq Mehmood, the former chief accountant, stated before the Judicial Magistrate on 6 July 2021 that "
            "he prepared the export invoices on the instructions of Muhammad Arshad Khan, that the prices were fixed "
            "each month by telephone between the accused and his son Hamza Arshad Khan in Dubai, and that he himself "
            "withdrew Rs. 38,50,000 (Rupees thirty-eight lakh and fifty thousand only) in cash on a single day, 15 "
            "January 2021, and handed it to Imran Nazir Butt in the presence of accused No. 1. He further stated "
            "that Faisal Mehmood Qureshi kept the books of Al Noor General Trading LLC and knew who provided the "
            "dirhams paid into its account."
        ),
        Para(
            "Zulfiqar Ali Memon was arrested at Jinnah International Airport, Karachi, on 3 September 2021 on his "
            "arrival from Dubai. In his statement he admitted that he delivered cash in Dubai on the instructions of "
            "Kamran Nazir Butt and that he deposited part of the cash he received from the Butt brothers' customers "
            "into the account of Al Noor General Trading LLC at Emirates NBD Bank PJSC in amounts kept below AED "
            "55,000 at a time. He produced deposit slips of 7 October 2020, 12 October 2020 and 2 November 2020."
        ),
        Para(
            "Hamza Arshad Khan left Pakistan on 28 May 2021, a week before the search, and Kamran Nazir Butt has not "
            "returned to Pakistan since 2018. Both were declared proclaimed offenders by the learned Special Judge "
            "on 30 November 2021, and perpetual warrants of arrest were issued against them. Accused No. 1 has moved "
            "an application for acquittal, which the Court has fixed for arguments with the main case."
        ),
        Para(
            "The Financial Monitoring Unit has also received, through the Egmont Group channel, information that Al "
            "Noor General Trading LLC holds a second account with Mashreq Bank PSC. This information may be used "
            "for intelligence only and cannot be produced in court. Admissible records are therefore needed from "
            "the banks themselves."
        ),
        Para(
            "The Agency has recorded the statements of fourteen persons who paid rupees at Hall Road for delivery "
            "in Dubai. They were mostly families of Pakistani workers in the United Arab Emirates and traders "
            "importing goods from Dubai. Each of them stated that he was given a code word and a telephone number "
            "in Dubai, and that the money was delivered in dirhams by a man answering to the description of "
            "Zulfiqar Ali Memon within one or two days. None of them received any receipt. Their statements match "
            "the entries in the ledgers of Butt Money Exchange, which record the names of the payers in Lahore, the "
            "amounts in rupees, the rate applied and the code word of the delivery."
        ),
        Para(
            "The plot at Johar Town, Lahore, which is still recorded in the name of the late Abdul Ghafoor Khan, "
            "was mortgaged with Habib Bank Limited on 21 October 2019 as security for an export finance facility "
            "of Khan Rice Mills (Private) Limited. The legal heirs of the deceased, including accused No. 1, signed "
            "the mortgage deed. The export finance was drawn against the same overstated invoices and repaid from "
            "the transfers of Al Noor General Trading LLC, which shows that the bank itself was misled about the "
            "nature of the export business."
        ),
        Para(
            "On the application of the Agency, the learned Special Judge passed an order on 14 April 2022 under "
            "section 8 of the Anti-Money Laundering Act, 2010 attaching the bank accounts of Khan Rice Mills "
            "(Private) Limited and of Butt Money Exchange and two residential properties of accused No. 1 in "
            "Lahore. The attachment was confirmed on 2 August 2022 and remains in force. The Agency intends, after "
            "receiving the evidence requested here, to make a separate request for the restraint of any balance "
            "found in the accounts in Dubai."
        ),
        Para(
            "The defence of accused No. 1 is that the payments received from Dubai were genuine advance payments "
            "for future shipments which could not be made because of the restrictions on rice exports, and that "
            "the cash withdrawals were used to pay growers in the Sheikhupura district. The growers named by the "
            "accused have denied receiving any such payment, and the records of the company show no contract for "
            "future shipments. The bank records of Al Noor General Trading LLC are therefore essential to test "
            "this defence."
        ),
        Heading("6. Offences"),
        Para(
            "The accused are charged with the following offences: (i) money laundering, under section 3 of the "
            "Anti-Money Laundering Act, 2010, punishable under section 4 of that Act with rigorous imprisonment for "
            "a term of one to ten years, a fine of up to Rs. 2,50,00,000 (Rupees two crore and fifty lakh) and "
            "forfeiture of property; (ii) dealing in foreign exchange without authorisation, under section 4 read "
            "with section 23 of the Foreign Exchange Regulation Act, 1947; (iii) cheating, under section 420 of the "
            "Pakistan Penal Code; (iv) forgery for the purpose of cheating and using forged documents as genuine, "
            "under sections 468 and 471 of the Pakistan Penal Code, in respect of the export invoices; and (v) "
            "abetment, under section 109 of the Pakistan Penal Code."
        ),
        Heading("7. Assistance requested"),
        Para("The competent authorities of the United Arab Emirates are requested to:"),
        Numbered(
            "obtain from Emirates NBD Bank PJSC, Dubai, for account IBAN AE93 0260 0010 1584 7392 101 in the name "
            "of Al Noor General Trading LLC, the account opening form, the specimen signature card, the identity "
            "documents of every signatory, and the statements of account from 1 January 2019 to 31 December 2021, "
            "with the supporting documents of the five outgoing transfers listed in the table in part 5 and of the "
            "cash deposits of 7 October 2020, 12 October 2020 and 2 November 2020;"
        ),
        Numbered(
            "obtain from Mashreq Bank PSC the account opening documents and statements from 1 January 2019 to 31 "
            "December 2021 of account IBAN AE49 0330 0000 1928 4736 501, held in the name of Kamran Nazir Butt, and "
            "identify any other account held at Mashreq Bank PSC by Al Noor General Trading LLC during that period;"
        ),
        Numbered(
            "obtain from the Department of Economy and Tourism, Dubai, certified copies of the trade licence No. "
            "784512 of Al Noor General Trading LLC, its memorandum of association, and the record of its partners "
            "and managers from its incorporation until today;"
        ),
        Numbered(
            "record the statement of Mr Faisal Mehmood Qureshi, resident of Al Qusais, Dubai, as a witness, on the "
            "questions set out in part 9 below;"
        ),
        Numbered(
            "confirm from the records of the General Directorate of Residency and Foreigners Affairs, Dubai, the "
            "residence status and address of Hamza Arshad Khan and of Kamran Nazir Butt, without informing them of "
            "this request."
        ),
        Heading("8. Purpose and relevance"),
        Para(
            "The bank records of Al Noor General Trading LLC will show the source of the funds paid to Khan Rice "
            "Mills (Private) Limited and will prove that the cash deposited by Zulfiqar Ali Memon financed the "
            "overpayments, which is the link between the hawala business of the Butt brothers and the export "
            "company of Muhammad Arshad Khan. The account of Kamran Nazir Butt will show where the dirhams delivered "
            "in Dubai came from. The trade licence record will establish that Hamza Arshad Khan controlled the "
            "paying company. The statement of Mr Faisal Mehmood Qureshi will corroborate the statement of Tariq "
            "Mehmood. The evidence will be produced before the Court of the Special Judge (Central-I), Lahore, in "
            "the trial of FIR No. 112/2021 and used to support the prosecution's application for forfeiture of the "
            "proceeds."
        ),
        Heading("9. Procedure, certification and questions"),
        Para(
            "The bank and company records may be provided as copies certified by an officer of the bank or of the "
            "Department as true copies of records kept in the ordinary course of business, under the stamp of the "
            "authority executing the request. Under Article 46 of the Qanun-e-Shahadat Order, 1984 and section 10 of "
            "the Mutual Legal Assistance (Criminal Matters) Act, 2020, documents so certified and transmitted through "
            "the central authority are admissible before the Court. Originals are not required."
        ),
        Para(
            "The witness Mr Faisal Mehmood Qureshi may be examined by the competent prosecutor or police officer of "
            "the United Arab Emirates in accordance with its law, in Urdu or English with an interpreter if needed. "
            "He should be asked: how long he worked for Al Noor General Trading LLC and who employed him; who gave "
            "instructions for the payments to Khan Rice Mills (Private) Limited and how their amounts were fixed; "
            "who brought the cash deposited into the company's account and on whose instructions; whether he knows "
            "Kamran Nazir Butt and Zulfiqar Ali Memon and what business they did with the company; and whether he "
            "kept any record of those dealings. The Agency requests that Mr Shahid Hussain Gondal be permitted to "
            "attend the examination, if the law of the United Arab Emirates allows it, without putting questions "
            "himself."
        ),
        Heading("10. Confidentiality and use of the material"),
        Para(
            "The request and its contents are confidential. The Government of Pakistan requests that neither the "
            "accused persons, nor the account holders, nor any other person outside the authorities executing the "
            "request be informed of it, since two accused persons are absconding in the United Arab Emirates and "
            "could move the funds. If the request cannot be executed without disclosure, we ask to be consulted "
            "first. The material obtained will be used only in the investigation and trial of FIR No. 112/2021 and "
            "related forfeiture proceedings, and not for any other purpose without the prior consent of the United "
            "Arab Emirates."
        ),
        Heading("11. Dual criminality"),
        Para(
            "The conduct described above is also an offence under the law of the United Arab Emirates, in particular "
            "money laundering under Article 2 of Federal Decree-Law No. 20 of 2018 on Anti-Money Laundering and "
            "Combating the Financing of Terrorism and Illegal Organisations, carrying on money transfer business "
            "without a licence under Federal Decree-Law No. 14 of 2018 regarding the Central Bank and the "
            "Organisation of Financial Institutions and Activities, and forgery and fraud under the Federal "
            "Crimes and Penalties Law."
        ),
        Heading("12. Contact officers"),
        Para(
            "For any clarification, please contact Mr Shahid Hussain Gondal, Assistant Director, Federal "
            "Investigation Agency, Anti-Money Laundering Circle, Lahore, telephone +92 42 99203241, e-mail "
            "shahid.gondal@fia.gov.pk, or Ms Sadia Rehman, Section Officer (FIA-II), Ministry of Interior, Islamabad, "
            "telephone +92 51 9212026, e-mail so.fia2@interior.gov.pk. The Agency would be grateful to receive the "
            "evidence before the hearing of 22 January 2026, but will accept it at any later time."
        ),
        Para(
            "The Ministry of Interior avails itself of this opportunity to renew to the Ministry of Justice of the "
            "United Arab Emirates the assurances of its highest consideration."
        ),
        Lines(
            "(Ayesha Naeem)",
            "Joint Secretary (FIA)",
            "Ministry of Interior, Government of Pakistan",
            "Islamabad, 14 October 2025",
        ),
    ),
)

MY_TO_SG = Sample(
    name="complete_my_to_sg_investment_scam",
    format="pdf",
    style=(
        "Malaysian central authority's formal letter with headings, Chinese names written surname first in "
        "capitals, NRIC numbers, ringgit and US dollar amounts, Deputy Public Prosecutor's signature"
    ),
    description=(
        "Complete and clean request from the Attorney General's Chambers of Malaysia, for the Royal Malaysia "
        "Police, to the Attorney-General's Chambers of Singapore for bank and company records in an investment "
        "scam. Realistic non-defects only: the brothers 'TAN Boon Huat' and 'TAN Boon Keng' are two people; 'Mr "
        "Tan Boon Huat' and 'TAN Boon Huat' are one person written with a title and in capitals; the pinyin and "
        "Hokkien romanisations are used consistently; 'Harvest Bridge Pte. Ltd.' and 'Harvest Bridge Private "
        "Limited' are one company; the NRIC numbers match the dates of birth; ages 50 and 46 fit the dates of "
        "birth at the request's date (22 May 2025); 'from 1 January 2022 to 30 June 2024' is a correct range; 'USD "
        "1.2 million' and 'RM 3,450,000 (three million four hundred and fifty thousand ringgit)' agree; "
        "'Report No. KL/CCID/2023/118' contains a year; all dates day month year. No findings."
    ),
    date=datetime(2025, 5, 22, 9, 30),
    author="Attorney General's Chambers of Malaysia",
    confidentiality_clause=True,
    near_misses=(
        "TAN Boon Keng",
        "Harvest Bridge Private Limited",
        "USD 1.2 million",
        "RM 3,450,000 (three million four hundred and fifty thousand ringgit)",
        "KL/CCID/2023/118",
    ),
    running_footer="CONFIDENTIAL",
    items=(
        Lines(
            "ATTORNEY GENERAL'S CHAMBERS OF MALAYSIA",
            "International Affairs Division",
            "No. 45, Persiaran Perdana, Presint 4, 62100 Putrajaya",
        ),
        Lines("Our ref.: AGC/MA/IN/2025/0217", "22 May 2025"),
        Lines(
            "Attorney-General's Chambers of Singapore",
            "International Affairs Division (Central Authority)",
            "1 Upper Pickering Street, Singapore 058288",
        ),
        Title("Request for Mutual Legal Assistance in Criminal Matters: Golden Harvest Capital investment scheme"),
        Heading("Requesting authority"),
        Para(
            "The Attorney General of Malaysia, as the Central Authority of Malaysia under the Mutual Assistance in "
            "Criminal Matters Act 2002, requests the assistance of the Republic of Singapore on behalf of the "
            "Commercial Crime Investigation Department (CCID) of the Royal Malaysia Police, which is investigating "
            "the matter under Report No. KL/CCID/2023/118."
        ),
        Heading("Legal basis"),
        Para(
            "This request is made under the Treaty on Mutual Legal Assistance in Criminal Matters signed at Kuala "
            "Lumpur on 29 November 2004 by the member states of ASEAN, in particular its Article 6 on the form and "
            "contents of requests, to which Malaysia and Singapore are both parties, and under Article 46 of the "
            "United Nations Convention against Corruption."
        ),
        Heading("Investigation and offences"),
        Para(
            "The CCID is investigating TAN Boon Huat and others for cheating under section 420 of the Penal Code "
            "(Act 574), punishable with imprisonment of one to ten years, whipping and fine, and for money laundering "
            "under section 4(1) of the Anti-Money Laundering, Anti-Terrorism Financing and Proceeds of Unlawful "
            "Activities Act 2001 (Act 613), punishable with imprisonment of up to fifteen years and a fine of not "
            "less than five times the proceeds. No one has yet been charged."
        ),
        Heading("Summary of facts"),
        Para(
            "From 1 January 2022 to 30 June 2024 Golden Harvest Capital Sdn. Bhd., a Kuala Lumpur company directed by "
            "TAN Boon Huat, promoted to the public a scheme called Harvest Gold Plan, promising a fixed monthly return "
            "of 4 per cent from gold trading. The company held no licence under the Capital Markets and Services Act "
            "2007 and did no gold trading. About 2,300 investors, most of them retirees, deposited RM 3,450,000 (three "
            "million four hundred and fifty thousand ringgit) into the company's accounts at Malayan Banking Berhad. "
            "Returns were paid out of new deposits until the payments stopped in July 2024."
        ),
        Para(
            "Bank records obtained in Malaysia show that between 14 March 2022 and 20 May 2024 the company remitted "
            "USD 1.2 million in nineteen transfers to account No. 072-841563-9 at DBS Bank Ltd, Singapore, in the "
            "name of Harvest Bridge Pte. Ltd., described in the remittance forms as payment for gold bullion. The "
            "Accounting and Corporate Regulatory Authority profile of Harvest Bridge Private Limited (UEN "
            "202141873K) names TAN Boon Keng, the younger brother of TAN Boon Huat, as its sole director and LIM "
            "Mei Ling as its shareholder."
        ),
        Para(
            "A former employee, CHEN Jia Hui, stated to the CCID on 9 October 2024 that she was told by Mr Tan Boon "
            "Huat that the Singapore company bought gold for the investors, but that she never saw any delivery "
            "note, vault receipt or assay certificate. The company's premises in Jalan Ampang were searched on 2 "
            "August 2024. TAN Boon Huat was arrested the same day and released on police bail on 16 August 2024."
        ),
        Heading("Persons concerned"),
        Para(
            "TAN Boon Huat: Malaysian, NRIC No. 750312-14-5563, born 12 March 1975, aged 50, of Mont Kiara, Kuala "
            "Lumpur; director of Golden Harvest Capital Sdn. Bhd.; suspect. TAN Boon Keng: Malaysian, NRIC No. "
            "781009-14-5571, born 9 October 1978, aged 46, permanent resident of Singapore living in Bukit Timah; "
            "director of Harvest Bridge Pte. Ltd.; suspect. LIM Mei Ling: Malaysian, wife of TAN Boon Keng, living "
            "at the same address; shareholder of Harvest Bridge Pte. Ltd. CHEN Jia Hui: Malaysian, former employee "
            "of Golden Harvest Capital Sdn. Bhd.; witness in Malaysia."
        ),
        Heading("Assistance requested"),
        Para(
            "Malaysia requests that the competent authorities of Singapore obtain and provide: (a) from DBS Bank "
            "Ltd, the account opening documents, the mandate and the statements of account No. 072-841563-9 of "
            "Harvest Bridge Pte. Ltd. from 1 January 2022 to 30 June 2024, with the supporting documents of every "
            "outgoing transfer above USD 20,000; (b) from the Accounting and Corporate Regulatory Authority, "
            "certified copies of the business profile, the register of directors and the annual returns of Harvest "
            "Bridge Private Limited since its incorporation; and (c) from Harvest Bridge Pte. Ltd. itself, by "
            "production order, any invoice, delivery note or vault receipt for gold bought for Golden Harvest Capital "
            "Sdn. Bhd."
        ),
        Heading("Purpose"),
        Para(
            "The records will show whether the USD 1.2 million was used to buy gold, as the investors were told, or "
            "was dissipated or returned to the suspects. They are needed to prove the element of deception in the "
            "offence of cheating and the laundering of the proceeds, and for the prosecution of TAN Boon Huat and "
            "TAN Boon Keng before the Sessions Court in Kuala Lumpur."
        ),
        Heading("Procedure"),
        Para(
            "Please provide the bank and company records with a certificate of authenticity signed by the record "
            "keeper, stating that the documents are true copies made in the ordinary course of business, so that "
            "they are admissible under section 90A of the Evidence Act 1950."
        ),
        Heading("Confidentiality and use"),
        Para(
            "Malaysia asks that this request and any action taken on it be kept confidential and that the "
            "suspects not be informed, as TAN Boon Keng lives in Singapore and the funds may be moved. The evidence "
            "will be used only for the investigation and prosecution described above unless Singapore consents "
            "otherwise."
        ),
        Heading("Dual criminality"),
        Para(
            "The conduct is also an offence in Singapore: cheating under section 420 of the Penal Code 1871 and "
            "dealing with the benefits of criminal conduct under the Corruption, Drug Trafficking and Other Serious "
            "Crimes (Confiscation of Benefits) Act 1992."
        ),
        Heading("Contact"),
        Para(
            "The investigating officer is ASP Nurul Huda binti Ahmad, CCID, Bukit Aman, telephone +60 3 2273 9162, "
            "mobile +60 12 378 4419, e-mail nurulhuda@rmp.gov.my. The officer in the Central Authority is Ms Kavitha "
            "Ramasamy, Deputy Public Prosecutor, telephone +60 3 8885 8000, e-mail kavitha.r@agc.gov.my."
        ),
        Lines(
            "Kavitha Ramasamy",
            "Deputy Public Prosecutor",
            "for the Attorney General of Malaysia",
            "Putrajaya, 22 May 2025",
        ),
    ),
)

NG_TO_UK_EMAIL = Sample(
    name="complete_ng_to_uk_email_romance_fraud",
    format="txt",
    style=(
        "E-mail from the Nigerian central authority with header lines, short paragraphs under bold-less "
        "capitalised labels, Nigerian (Igbo and Yoruba) names, a signature block with two numbers"
    ),
    description=(
        "Complete and clean e-mail request from the Central Authority Unit of Nigeria's Federal Ministry of "
        "Justice, for the Economic and Financial Crimes Commission, to the UK Central Authority for bank records "
        "and a witness statement in a romance fraud. Realistic non-defects only: the brothers 'Chukwuemeka "
        "Daniel OKAFOR' and 'Obinna Michael OKAFOR' are two people; 'Mrs Adaeze Nwosu' is the title + surname "
        "form 'Mrs Nwosu' later; the suspect's two Nigerian mobile numbers are two genuine numbers, both said to "
        "be his; 'aged 34' fits his date of birth (17 June 1990) at the request's date; 'Monday, 3 March 2025' is "
        "right; 'between 1 June 2023 and 31 January 2024' is a correct range; the arraignment adjourned to 14 "
        "May 2025 is in the future; 'GBP 184,500 (one hundred and eighty-four thousand five hundred pounds)' "
        "agrees; 'Charge No. FHC/L/CS/412/2024' contains a year; the sort code '20-45-77' is not a date; all dates day month year. No findings."
    ),
    date=datetime(2025, 3, 3, 10, 14),
    author="Federal Ministry of Justice, Nigeria",
    confidentiality_clause=True,
    near_misses=(
        "Obinna Michael OKAFOR",
        "Mrs Nwosu",
        "+234 805 990 2146",
        "aged 34",
        "14 May 2025",
        "GBP 184,500 (one hundred and eighty-four thousand five hundred pounds)",
        "FHC/L/CS/412/2024",
        "sort code 20-45-77",
    ),
    items=(
        Lines(
            "From: Central Authority Unit, Federal Ministry of Justice <cau@justice.gov.ng>",
            "To: UK Central Authority <ukca-mla@homeoffice.gov.uk>",
            "Sent: Monday, 3 March 2025 10:14",
            "Subject: MLA request - EFCC v. Chukwuemeka Daniel OKAFOR - bank records and witness statement",
        ),
        Para("Dear Colleagues,"),
        Para(
            "REQUESTING AUTHORITY. The Honourable Attorney-General of the Federation and Minister of Justice of the "
            "Federal Republic of Nigeria, acting through the Central Authority Unit under the Mutual Assistance in "
            "Criminal Matters Act 2019, presents this request for assistance on behalf of the Economic and Financial "
            "Crimes Commission (EFCC), Lagos Zonal Directorate, which is conducting the investigation and the "
            "prosecution."
        ),
        Para(
            "LEGAL BASIS. The request is made under Article 46 of the United Nations Convention against Corruption "
            "and Article 18 of the United Nations Convention against Transnational Organized Crime, to which Nigeria "
            "and the United Kingdom are both parties, and in the spirit of the Scheme relating to Mutual Assistance "
            "in Criminal Matters within the Commonwealth. Nigeria will grant reciprocal assistance in similar cases."
        ),
        Para(
            "PROCEEDINGS. Chukwuemeka Daniel OKAFOR is charged before the Federal High Court, Lagos Judicial Division, "
            "in Charge No. FHC/L/CS/412/2024 filed on 18 November 2024, with obtaining property by false pretences "
            "under section 1(1)(a) of the Advance Fee Fraud and Other Fraud Related Offences Act 2006, impersonation "
            "under section 22(2) of the Cybercrimes (Prohibition, Prevention, etc.) Act 2015, and money laundering "
            "under section 18(2) of the Money Laundering (Prevention and Prohibition) Act 2022. His arraignment was "
            "adjourned to 14 May 2025 at the request of the defence."
        ),
        Para(
            "FACTS. Between 1 June 2023 and 31 January 2024 the suspect, posing on a dating site as a British "
            "engineer working on an oil platform, persuaded a widow living in Leeds, Mrs Adaeze Nwosu, a British "
            "citizen of Nigerian origin, to send him money for a customs fee, medical bills and a flight home. Mrs "
            "Nwosu paid in total GBP 184,500 (one hundred and eighty-four thousand five hundred pounds) in eleven "
            "transfers from her account at Lloyds Bank to account number 41729650, sort code 20-45-77, at Barclays "
            "Bank UK PLC (IBAN GB17 BARC 2045 7741 7296 50), held in the name of Tobi Adewale ADEYEMI. The money "
            "was withdrawn in cash or sent on to Nigeria the same week. EFCC operatives arrested the suspect in "
            "Lekki, Lagos, on 12 September 2024 and seized two phones. The chats on the phones are with Mrs Nwosu "
            "and with Tobi Adewale ADEYEMI, who is a cousin of the suspect living in Manchester."
        ),
        Para(
            "PERSONS. (1) Chukwuemeka Daniel OKAFOR, Nigerian, born 17 June 1990, aged 34, National Identification "
            "Number 48392017564, of 7 Admiralty Way, Lekki, Lagos, now on bail. He used two mobile numbers, "
            "+234 803 412 7785 and +234 805 990 2146, both registered to him and both found in his phones. (2) His "
            "elder brother Obinna Michael OKAFOR, of Enugu, whose bank account at Zenith Bank received part of the "
            "money; he has been interviewed as a witness and is not a suspect at this stage. (3) Tobi Adewale "
            "ADEYEMI, British and Nigerian, of Moss Side, Manchester, holder of the Barclays account. (4) Mrs "
            "Adaeze Nwosu, of Headingley, Leeds, the victim."
        ),
        Para(
            "ASSISTANCE SOUGHT. (a) From Barclays Bank UK PLC: account opening documents, identification documents, "
            "statements and the details of the payees of outgoing transfers for account number 41729650 from 1 June "
            "2023 to 31 January 2024. (b) A witness statement from Mrs Nwosu describing her contacts with the "
            "person she knew as 'Daniel Parker', the payments she made and the bank receipts, with copies of those "
            "receipts and of the messages she kept."
        ),
        Para(
            "PURPOSE. The bank records will show the movement of the victim's money from the Barclays account to "
            "Nigeria and link it to the suspect, who is charged with money laundering. The victim's statement is the "
            "evidence of the false pretence and the loss and will be tendered at the trial."
        ),
        Para(
            "PROCEDURE. Please send the bank records with a certificate of the bank officer that they are records "
            "made in the ordinary course of business, as required by section 84 of the Evidence Act 2011 for "
            "computer-generated records, and the witness statement signed by Mrs Nwosu with a statement of truth."
        ),
        Para(
            "CONFIDENTIALITY AND USE. We request that this request and its contents be kept confidential and that "
            "Tobi Adewale ADEYEMI not be told of it. The material will be used only for Charge No. FHC/L/CS/412/2024 "
            "and any related forfeiture proceedings."
        ),
        Para(
            "DUAL CRIMINALITY. The conduct is an offence in England and Wales: fraud by false representation under "
            "section 2 of the Fraud Act 2006 and money laundering under sections 327 and 328 of the Proceeds of "
            "Crime Act 2002."
        ),
        Para(
            "CONTACT. The case officer is Detective Superintendent Ngozi Eze, EFCC Lagos Zonal Directorate, telephone "
            "+234 809 222 4418, e-mail ngozi.eze@efcc.gov.ng. Please copy the Central Authority Unit on all "
            "replies."
        ),
        Para("Yours faithfully,"),
        Lines(
            "Aisha Bello-Musa (Mrs)",
            "Director, Central Authority Unit",
            "Federal Ministry of Justice, Abuja",
            "for the Honourable Attorney-General of the Federation",
            "Date: 3 March 2025",
        ),
    ),
)

MX_TO_US = Sample(
    name="complete_mx_to_us_numeric_dates",
    format="pdf",
    style=(
        "Mexican request in English translation, numbered paragraphs without headings, Spanish compound "
        "surnames, every date written numerically day/month/year as in Mexican official usage"
    ),
    description=(
        "Complete and clean request from Mexico's Fiscalía General de la República to the US Department of "
        "Justice, Office of International Affairs, under the 1987 Mexico-US MLAT, for bank and company records in "
        "a money-laundering case. Every date is written dd/mm/yyyy; dates such as 03/11/2023 and 09/10/2025 would "
        "be ambiguous alone but the document's other numeric dates (17/06/2025, 23/04/1979, 21/02/2024, "
        "14/08/2023 ...) settle the day-first reading, so there is no MLA304, and one style throughout means no "
        "MLA309. Other non-defects: the father 'Antonio RAMÍREZ VEGA' and the son 'José Antonio RAMÍREZ SALAZAR' "
        "are two people; 'RAMÍREZ SALAZAR' and 'Mr Ramírez Salazar' are short forms of the son; the CURP is valid "
        "and matches his date of birth; 'aged 46' fits it at the request's date; the intermediate hearing on "
        "09/10/2025 is in the future; 'USD 2,350,000 (two million three hundred and fifty thousand US dollars)' "
        "agrees; 'FED/FEMDO/UEIORPIFAM-SIN/0000412/2023' contains a year. No findings."
    ),
    date=datetime(2025, 6, 17, 12, 0),
    author="Fiscalía General de la República",
    confidentiality_clause=True,
    near_misses=(
        "03/11/2023",
        "09/10/2025",
        "Antonio RAMÍREZ VEGA",
        "Mr Ramírez Salazar",
        "USD 2,350,000 (two million three hundred and fifty thousand US dollars)",
    ),
    running_header="FGR - International Procedures",
    items=(
        Lines(
            "FISCALÍA GENERAL DE LA REPÚBLICA",
            "Dirección General de Procedimientos Internacionales",
            "Mexico City, 17/06/2025",
            "Official letter FGR/DGPI/MLA/1877/2025",
        ),
        Lines(
            "Office of International Affairs, Criminal Division",
            "United States Department of Justice",
            "1301 New York Avenue NW, Washington, DC 20530",
        ),
        Title("Request for legal assistance in criminal matters in investigation FED/FEMDO/UEIORPIFAM-SIN/0000412/2023"),
        Numbered(
            "The Fiscalía General de la República (Office of the Attorney General of the Republic, FGR), Central "
            "Authority of the United Mexican States, through its Directorate General of International Procedures, "
            "respectfully requests assistance on behalf of the Specialised Unit for Investigation of Operations "
            "with Resources of Illicit Origin and Counterfeiting of Currency (the Unit), which conducts the "
            "investigation described below."
        ),
        Numbered(
            "The request is made under the Treaty on Cooperation between the United Mexican States and the United "
            "States of America for Mutual Legal Assistance, signed at Mexico City on 09/12/1987, to which both "
            "States are parties, and Article 18 of the United Nations Convention against Transnational Organized "
            "Crime."
        ),
        Numbered(
            "The Unit opened investigation FED/FEMDO/UEIORPIFAM-SIN/0000412/2023 on 14/08/2023 on a report of the "
            "Financial Intelligence Unit of the Ministry of Finance. It concerns the laundering, through a produce "
            "export business in Culiacán, Sinaloa, of the proceeds of methamphetamine trafficking. On 21/02/2024 "
            "a Federal Judge of Control in Culiacán issued an arrest warrant against José Antonio RAMÍREZ SALAZAR, "
            "who was arrested on 04/03/2024 and is subject to pre-trial detention. The intermediate hearing is "
            "scheduled for 09/10/2025."
        ),
        Numbered(
            "The offences are operations with resources of illicit origin, under Article 400 Bis of the Federal "
            "Penal Code (five to fifteen years' imprisonment), and organised crime, under Article 2, section I, of "
            "the Federal Law against Organised Crime."
        ),
        Numbered(
            "Facts. José Antonio RAMÍREZ SALAZAR controls Agroexportadora del Humaya, S.A. de C.V., which exports "
            "tomatoes and cucumbers to the United States. Between 03/11/2023 and 29/01/2024 the company sold produce "
            "to Frontera Produce Distributors LLC, of Nogales, Arizona, at prices well above the market, and "
            "received from that company's account at Wells Fargo Bank, N.A. USD 2,350,000 (two million three "
            "hundred and fifty thousand US dollars) in seven wire transfers. Intercepted communications authorised "
            "by a federal judge show that the payments were made with cash from drug sales collected in Phoenix, "
            "Arizona, and deposited in amounts below USD 10,000. The father of the suspect, Antonio RAMÍREZ VEGA, "
            "founded the company in 1994 and retired in 2019; he is not under investigation."
        ),
        Numbered(
            "Persons. José Antonio RAMÍREZ SALAZAR, Mexican, born 23/04/1979 in Culiacán, Sinaloa, aged 46, CURP "
            "RASJ790423HSLMLN03, in custody at the Federal Social Readaptation Centre No. 1. Frontera Produce "
            "Distributors LLC, an Arizona limited liability company whose registered manager is Luis Fernando "
            "OCHOA MEDINA, a US citizen of Nogales, Arizona, who is not known to be involved."
        ),
        Numbered(
            "Assistance requested. (a) From Wells Fargo Bank, N.A., the account opening documents, signature cards "
            "and statements from 01/09/2023 to 29/02/2024 of the account of Frontera Produce Distributors LLC from "
            "which the seven wire transfers were sent, with the deposit slips of cash deposits in that period; "
            "(b) from the Arizona Corporation Commission, certified copies of the articles of organisation and "
            "annual reports of Frontera Produce Distributors LLC."
        ),
        Numbered(
            "Purpose. The records will show that the funds paid to the Mexican company came from structured cash "
            "deposits, which is the link between the drug proceeds and the export payments needed to prove the "
            "offence under Article 400 Bis. They will be offered as evidence in the trial of Mr Ramírez Salazar "
            "before the Federal Criminal Court in Culiacán."
        ),
        Numbered(
            "Procedure. Please provide the business records with a certificate of authenticity signed by their "
            "custodian, as provided for by 18 U.S.C. § 3505, and the company records certified by the Arizona "
            "Corporation Commission, so that they may be admitted under the National Code of Criminal Procedure."
        ),
        Numbered(
            "Confidentiality and use. Mexico asks that the request be kept confidential and that the account "
            "holder not be notified, and undertakes to use the evidence only in this investigation and the "
            "resulting proceedings unless the United States consents otherwise."
        ),
        Numbered(
            "Dual criminality. The conduct is also an offence under the laws of the United States, in particular "
            "laundering of monetary instruments (18 U.S.C. § 1956), engaging in monetary transactions in property "
            "derived from specified unlawful activity (18 U.S.C. § 1957) and structuring (31 U.S.C. § 5324)."
        ),
        Numbered(
            "Contact. Agente del Ministerio Público de la Federación Mariana Castañeda Ruiz, of the Unit, telephone "
            "+52 55 5346 0000 extension 504112, e-mail mariana.castaneda@fgr.org.mx."
        ),
        Lines(
            "Respectfully,",
            "Lic. Héctor Manuel Villaseñor Ortiz",
            "Director General of International Procedures",
            "Fiscalía General de la República",
        ),
    ),
)

UA_TO_PL_FORM = Sample(
    name="complete_ua_to_pl_form_grain",
    format="docx",
    style=(
        "Ukrainian prosecutor's request laid out as a form: a two-column table of fields and particulars, "
        "Ukrainian names with patronymics transliterated by the national system, a signature block"
    ),
    description=(
        "Complete and clean request in form layout from the Office of the Prosecutor General of Ukraine to the "
        "National Prosecutor's Office of Poland under the 1959 European Convention, for bank records and a "
        "witness examination in a grain-export embezzlement. Realistic non-defects only: the father 'Petro "
        "Ivanovych KOVALENKO' and the son 'Oleksandr Petrovych KOVALENKO' are two people (and the son's patronymic "
        "is not a variant of the father's first name); 'Kovalenko' is transliterated the same way throughout; "
        "'Agro-Trans Logistyka sp. z o.o.' and 'Agro-Trans Logistyka Sp. z o.o.' differ only in the capital of "
        "the legal form; the taxpayer numbers fit the dates of birth; 'aged 43' fits the date of birth (14 "
        "February 1982) at the request's date; 'from 1 March 2022 to 31 August 2023' is a correct range; "
        "criminal proceedings No. 42023000000000517 contains a year; 'UAH 48,600,000 (forty-eight million six "
        "hundred thousand hryvnias)' agrees; all dates day month year. No findings."
    ),
    date=datetime(2025, 9, 25, 11, 0),
    author="Office of the Prosecutor General of Ukraine",
    confidentiality_clause=True,
    near_misses=(
        "Petro Ivanovych KOVALENKO",
        "Agro-Trans Logistyka Sp. z o.o.",
        "aged 43",
        "42023000000000517",
        "UAH 48,600,000 (forty-eight million six hundred thousand hryvnias)",
    ),
    running_footer="For official use",
    items=(
        Lines(
            "OFFICE OF THE PROSECUTOR GENERAL OF UKRAINE",
            "Department of International Legal Cooperation",
            "15 Riznytska Street, Kyiv, 01011, Ukraine",
        ),
        Title("Request for International Legal Assistance in Criminal Proceedings No. 42023000000000517"),
        Table(
            ("Field", "Particulars"),
            (
                "Requesting authority",
                "Office of the Prosecutor General of Ukraine, Department of International Legal Cooperation, on "
                "behalf of the Specialised Anti-Corruption Prosecutor's Office, which supervises the pre-trial "
                "investigation carried out by the National Anti-Corruption Bureau of Ukraine (NABU).",
            ),
            (
                "Requested authority",
                "National Prosecutor's Office of the Republic of Poland (Prokuratura Krajowa), Department for "
                "Organised Crime and Corruption, ul. Postępu 3, 02-676 Warsaw.",
            ),
            (
                "Legal basis",
                "European Convention on Mutual Assistance in Criminal Matters of 20 April 1959, Articles 3 and 14, "
                "and its Second Additional Protocol of 8 November 2001, to which Ukraine and Poland are parties; "
                "Article 552 of the Criminal Procedure Code of Ukraine.",
            ),
            (
                "Proceedings",
                "Criminal proceedings No. 42023000000000517, entered in the Unified Register of Pre-trial "
                "Investigations on 14 April 2023, investigated by NABU under the procedural supervision of the "
                "Specialised Anti-Corruption Prosecutor's Office. Oleksandr Petrovych KOVALENKO was served with a "
                "notice of suspicion on 19 June 2024.",
            ),
            (
                "Offences",
                "Misappropriation of property by abuse of office on a particularly large scale, Article 191(5) of "
                "the Criminal Code of Ukraine (seven to twelve years' imprisonment), and legalisation (laundering) "
                "of proceeds of crime, Article 209(3) of the Criminal Code of Ukraine (eight to twelve years' "
                "imprisonment).",
            ),
            (
                "Summary of facts",
                "From 1 March 2022 to 31 August 2023 Oleksandr Petrovych KOVALENKO, deputy director of the "
                "state-owned enterprise State Food and Grain Corporation of Ukraine, arranged the sale of 41,000 "
                "tonnes of wheat to Agro-Trans Logistyka sp. z o.o., Przemyśl, Poland, at prices about 30 per cent "
                "below the market. The loss to the enterprise is UAH 48,600,000 (forty-eight million six hundred "
                "thousand hryvnias). Agro-Trans Logistyka Sp. z o.o. resold the grain in Gdańsk at market prices "
                "and paid part of the margin to accounts of Marta Yuriivna HRYTSENKO, the suspect's partner, in "
                "Poland. The suspect's father, Petro Ivanovych KOVALENKO, a pensioner, is a co-owner of the Polish "
                "company on paper; his role is being investigated.",
            ),
            (
                "Persons concerned",
                "1) Oleksandr Petrovych KOVALENKO, citizen of Ukraine, born 14 February 1982 in Vinnytsia, aged 43, "
                "taxpayer number 2999504736, residing in Kyiv; suspect. 2) Petro Ivanovych KOVALENKO, citizen of "
                "Ukraine, born 2 June 1955, taxpayer number 2024111867, residing in Przemyśl, Poland. 3) Marta "
                "Yuriivna HRYTSENKO, citizen of Ukraine, residing in Rzeszów, Poland. 4) Tomasz Wójcik, citizen "
                "of Poland, management board member of Agro-Trans Logistyka sp. z o.o.; witness.",
            ),
            (
                "Assistance requested",
                "1) Bank records of account PL81 1020 1026 0000 0002 9384 7560 of Agro-Trans Logistyka sp. z o.o. "
                "at Powszechna Kasa Oszczędności Bank Polski S.A.: opening documents, persons authorised and "
                "statements from 1 March 2022 to 31 August 2023. 2) Identification of accounts held in Poland by "
                "Marta Yuriivna HRYTSENKO and their statements for the same period. 3) Examination of Tomasz "
                "Wójcik as a witness on the questions listed below.",
            ),
            (
                "Purpose and relevance",
                "To establish where the difference between the market price and the contract price went and "
                "whether it reached the suspect through his partner and his father, which proves the "
                "misappropriation and the laundering.",
            ),
            (
                "Questions for the witness",
                "How the price of the wheat was agreed and with whom; who instructed the payments to Marta "
                "Yuriivna HRYTSENKO; what part Petro Ivanovych KOVALENKO took in the company's business.",
            ),
            (
                "Procedure",
                "The witness should be informed of his rights under Polish law. Please send the record of the "
                "examination signed by the witness, and the bank documents certified by the bank, so that they "
                "may be used as evidence under Article 93 of the Criminal Procedure Code of Ukraine.",
            ),
            (
                "Confidentiality",
                "Please keep the request confidential and do not inform the account holders or the suspect's "
                "relatives. The information obtained will be used only in these criminal proceedings.",
            ),
            (
                "Dual criminality",
                "The acts are punishable in Poland as embezzlement (Article 284 of the Criminal Code), fraud "
                "(Article 286), abuse of powers to the detriment of an entity (Article 296) and money laundering "
                "(Article 299).",
            ),
            (
                "Contact person",
                "Prosecutor Iryna Mykolaivna SHEVCHUK, Specialised Anti-Corruption Prosecutor's Office, telephone "
                "+380 44 596 7050, e-mail i.shevchuk@gp.gov.ua.",
            ),
        ),
        Lines(
            "Deputy Prosecutor General of Ukraine",
            "Viktor Stepanovych MELNYK",
            "Kyiv, 25 September 2025",
        ),
    ),
)

EG_TO_DE = Sample(
    name="defective_eg_to_de_arabic_names",
    format="txt",
    style=(
        "Formal letter of the Egyptian Public Prosecution in English translation: letterhead, reference, "
        "capitalised headings, Arabic names in several parts with the family name in capitals, Hijri-free "
        "Gregorian dates"
    ),
    description=(
        "Request from the Public Prosecution of the Arab Republic of Egypt, through the Ministry of Justice, to "
        "Germany's Federal Office of Justice for bank records and a search in a bribery and embezzlement case. "
        "Three defects: the main suspect 'Mohammad Abdel Aziz EL-SHERBINY' is written 'Muhammad Abdel Aziz "
        "EL-SHERBINY' once in the paragraph of assistance sought (MLA301, at the later spelling); 'Monday, 14 May "
        "2024' was a Tuesday (MLA306); and 'EUR 1,275,000 (one million two hundred and fifty-seven thousand "
        "euros)' disagrees in words and figures (MLA308). Non-defects: the son 'Karim Mohammad Abdel Aziz "
        "EL-SHERBINY', whose name contains his father's, is another person; 'Eng. El-Sherbiny' is title + "
        "surname of the suspect; 'Sunday, 2 June 2024' is right; 'Case No. 1187 of 2024' contains a year; the "
        "German IBAN is valid."
    ),
    date=datetime(2025, 4, 9, 10, 0),
    author="Public Prosecution of Egypt",
    confidentiality_clause=True,
    near_misses=(
        "Karim Mohammad Abdel Aziz EL-SHERBINY",
        "Eng. El-Sherbiny",
        "Sunday, 2 June 2024",
        "Case No. 1187 of 2024",
    ),
    expected=(
        Expect("MLA301", "warning", "Muhammad Abdel Aziz EL-SHERBINY"),
        Expect("MLA306", "warning", "Monday, 14 May 2024"),
        Expect("MLA308", "error", "EUR 1,275,000 (one million two hundred and fifty-seven thousand euros)"),
    ),
    items=(
        Lines(
            "ARAB REPUBLIC OF EGYPT",
            "Public Prosecution - Office of the Public Prosecutor",
            "International Cooperation and Human Rights Department",
            "Supreme Court House, 26 July Street, Cairo",
        ),
        Lines("Ref.: IC/MLA/2025/0193", "Cairo, 9 April 2025"),
        Lines(
            "To: Federal Office of Justice (Bundesamt für Justiz)",
            "International Legal Assistance in Criminal Matters",
            "Adenauerallee 99-103, 53113 Bonn, Federal Republic of Germany",
        ),
        Title("Request for Mutual Legal Assistance in Criminal Matters - Case No. 1187 of 2024 (Supreme State Security Prosecution for Public Funds)"),
        Heading("I. REQUESTING AUTHORITY"),
        Para(
            "The Public Prosecution of the Arab Republic of Egypt, represented by the Public Prosecutor, presents its "
            "compliments to the Federal Office of Justice and requests its assistance in Case No. 1187 of 2024, "
            "which is investigated by the Public Funds Prosecution of the Supreme State Security Prosecution. The "
            "request is transmitted through the Ministry of Justice of Egypt."
        ),
        Heading("II. LEGAL BASIS"),
        Para(
            "This request is made under Article 46 of the United Nations Convention against Corruption of 31 "
            "October 2003, which both Egypt and Germany have ratified. Egypt also undertakes, on the basis of "
            "reciprocity, to execute requests of the German authorities in similar cases. We understand that the "
            "request will be dealt with under section 59 of the German Act on International Cooperation in "
            "Criminal Matters."
        ),
        Heading("III. SUBJECT OF THE INVESTIGATION"),
        Para(
            "The investigation concerns bribes paid to an official of the National Authority for Tunnels in "
            "connection with a contract for signalling equipment for Cairo Metro Line 4, and the embezzlement of "
            "public funds through inflated variation orders under that contract. The suspects were questioned by "
            "the Public Funds Prosecution and a travel ban was imposed on them on 2 June 2024."
        ),
        Heading("IV. SUMMARY OF THE FACTS"),
        Para(
            "Eng. Mohammad Abdel Aziz EL-SHERBINY was head of the contracts department of the National Authority for "
            "Tunnels from 2019 until his suspension. In 2023 the Authority awarded a contract for signalling "
            "equipment to a consortium that included Rheintal Signaltechnik GmbH of Mannheim, Germany. The "
            "investigation has shown that the German company's local agent, Ahmed Fathy HASSAN, paid the suspect "
            "for his support in the tender and later for the approval of three variation orders that raised the "
            "contract price without any change in the scope of work."
        ),
        Para(
            "The payments were made abroad. On Monday, 14 May 2024 the agent transferred EUR 1,275,000 (one million "
            "two hundred and fifty-seven thousand euros) from an account of his company in Dubai to account IBAN "
            "DE44 5001 0517 5407 3249 31 at ING-DiBa AG, Frankfurt am Main, held in the name of Karim Mohammad Abdel "
            "Aziz EL-SHERBINY, the son of the suspect, who is a student in Frankfurt. On Sunday, 2 June 2024, the "
            "first working day of the week in Egypt, the suspect approved the third variation order."
        ),
        Para(
            "The son has no income which could explain such a sum. Messages recovered from the telephone of Ahmed "
            "Fathy HASSAN show that the payment was described as 'the Engineer's share'. Eng. El-Sherbiny denies "
            "any knowledge of the transfer."
        ),
        Heading("V. OFFENCES"),
        Para(
            "The acts constitute bribery of a public official under Articles 103 and 104 of the Egyptian Penal Code "
            "(Law No. 58 of 1937), punishable with life imprisonment and a fine, embezzlement of public funds under "
            "Article 112 of the Penal Code, and money laundering under Article 2 of the Anti-Money Laundering Law "
            "No. 80 of 2002, punishable under Article 14 of that Law."
        ),
        Heading("VI. PERSONS CONCERNED"),
        Para(
            "1. Mohammad Abdel Aziz EL-SHERBINY, Egyptian, born 21 July 1966 in Tanta, national ID No. "
            "26607211604537, residing in Nasr City, Cairo; suspect. 2. Ahmed Fathy HASSAN, Egyptian, born 3 March "
            "1972, residing in Heliopolis, Cairo; suspect. 3. Karim Mohammad Abdel Aziz EL-SHERBINY, Egyptian, "
            "born 11 January 2001, student, residing in Frankfurt am Main, Germany; holder of the German account."
        ),
        Heading("VII. ASSISTANCE REQUESTED"),
        Para(
            "The Public Prosecution requests the competent German authorities: (1) to obtain from ING-DiBa AG the "
            "account opening documents and the statements from 1 January 2023 to 31 December 2024 of account IBAN "
            "DE44 5001 0517 5407 3249 31, with the details of the transfers received from Dubai and of all "
            "transfers out of the account above EUR 5,000; (2) to identify any other account at ING-DiBa AG to which "
            "Muhammad Abdel Aziz EL-SHERBINY holds a power of attorney; (3) to search the residence of the account "
            "holder in Frankfurt am Main, if German law allows it, for documents relating to the account and to "
            "Rheintal Signaltechnik GmbH, and to seize them."
        ),
        Heading("VIII. PURPOSE"),
        Para(
            "The evidence is needed to prove that the bribe was paid and received through the son's account, which "
            "connects the money to the approval of the variation orders, and to trace the proceeds for confiscation "
            "under Article 118 of the Penal Code. It will be used before the Cairo Criminal Court."
        ),
        Heading("IX. FORM OF EXECUTION"),
        Para(
            "Please provide certified copies of the bank documents, stamped by the executing authority, and a record "
            "of the search and of the items seized, signed by the officers present."
        ),
        Heading("X. CONFIDENTIALITY AND SPECIALITY"),
        Para(
            "We request that this request be kept confidential and that the account holder not be informed before "
            "the search. The information will be used only for the present case and related confiscation "
            "proceedings."
        ),
        Heading("XI. DUAL CRIMINALITY"),
        Para(
            "The conduct is punishable under German law as taking and giving bribes (sections 332 and 334 of the "
            "Criminal Code, applicable to foreign officials under section 335a), breach of trust (section 266) and "
            "money laundering (section 261)."
        ),
        Heading("XII. CONTACT"),
        Para(
            "Counsellor Hesham Mahmoud EL-GAMAL, Chief Prosecutor, International Cooperation Department, telephone "
            "+20 2 2577 4420, mobile +20 100 438 2917, e-mail intl.coop@ppo.gov.eg."
        ),
        Lines(
            "Counsellor Amr Farouk ABDEL-HAMID",
            "Assistant Public Prosecutor for International Cooperation",
            "for the Public Prosecutor",
            "Cairo, 9 April 2025",
        ),
    ),
)

CN_TO_CA = Sample(
    name="defective_cn_to_ca_fundraising_dates",
    format="pdf",
    style=(
        "Chinese central authority's formal letter in English, numbered Chinese-style headings ('I.', 'II.'), "
        "Chinese names surname first in capitals with pinyin, identity card numbers"
    ),
    description=(
        "Request from the Ministry of Justice of the People's Republic of China, for the Ministry of Public "
        "Security, to Canada's International Assistance Group under the 1994 China-Canada MLA treaty for bank "
        "and land records in an illegal fund-raising fraud. Four defects: '31 April 2022' does not exist "
        "(MLA303); the promotion 'from June to January 2021' is a month-only range that ends before it starts "
        "(MLA305); the suspect ZHOU Jianguo's Canadian mobile '+1 604 555 0192' in the facts becomes "
        "'+1 604 555 0129' in the particulars (MLA302, at the later number); and 16 March 2023 was a Thursday, "
        "not a Wednesday (MLA306). Non-defects: the daughter 'ZHOU Lin' is another person with the same surname; "
        "'Friday, 3 September 2021' is right; 'between 3 and 17 March 2022' is a correct range; 'Hengxin Wealth "
        "Management Co., Ltd.' and 'Hengxin Wealth Management Company Limited' are one company; the case number "
        "'Hu Gong Jing Li Zi (2022) No. 0376' contains a year."
    ),
    date=datetime(2024, 8, 20, 9, 0),
    author="Ministry of Justice of the People's Republic of China",
    confidentiality_clause=True,
    near_misses=(
        "ZHOU Lin",
        "Friday, 3 September 2021",
        "between 3 and 17 March 2022",
        "Hengxin Wealth Management Company Limited",
        "(2022) No. 0376",
    ),
    expected=(
        Expect("MLA303", "error", "31 April 2022"),
        Expect("MLA305", "error", "from June to January 2021"),
        Expect("MLA302", "error", "+1 604 555 0129"),
        Expect("MLA306", "warning", "Wednesday, 16 March 2023"),
    ),
    items=(
        Lines(
            "MINISTRY OF JUSTICE OF THE PEOPLE'S REPUBLIC OF CHINA",
            "Department of International Cooperation",
            "No. 33 Pinganli Xidajie, Xicheng District, Beijing 100035",
        ),
        Lines("Sifa Xiezhu (2024) No. 2291", "Beijing, 20 August 2024"),
        Lines(
            "International Assistance Group",
            "Department of Justice Canada",
            "284 Wellington Street, Ottawa, Ontario K1A 0H8, Canada",
        ),
        Title("Request for Assistance in a Criminal Matter concerning ZHOU Jianguo and others (illegal fund-raising fraud)"),
        Heading("I. Requesting authority"),
        Para(
            "The Ministry of Justice of the People's Republic of China, the Central Authority designated under the "
            "Treaty between Canada and the People's Republic of China on Mutual Legal Assistance in Criminal "
            "Matters, transmits this request on behalf of the Economic Crime Investigation Division of the Shanghai "
            "Municipal Public Security Bureau, which investigates case Hu Gong Jing Li Zi (2022) No. 0376 under the "
            "supervision of the Shanghai Municipal People's Procuratorate."
        ),
        Heading("II. Legal basis"),
        Para(
            "The request is made under the Treaty between Canada and the People's Republic of China on Mutual Legal "
            "Assistance in Criminal Matters, signed at Beijing on 29 July 1994, and Article 46 of the United Nations "
            "Convention against Corruption, as well as the International Criminal Judicial Assistance Law of the "
            "People's Republic of China."
        ),
        Heading("III. The case"),
        Para(
            "The case was filed for investigation on 1 March 2022 after investors complained to the police that "
            "Hengxin Wealth Management Co., Ltd., Shanghai, had stopped paying interest. ZHOU Jianguo, its actual "
            "controller, left China for Vancouver on Friday, 3 September 2021 and has not returned. On 31 April "
            "2022 the Shanghai Municipal People's Procuratorate approved his arrest, and a Red Notice was "
            "requested. LIU Yanping, the company's finance manager, was detained between 3 and 17 March 2022 and "
            "is now on bail awaiting trial before the Shanghai No. 1 Intermediate People's Court."
        ),
        Heading("IV. Facts"),
        Para(
            "Hengxin Wealth Management Company Limited was not licensed to take deposits. It sold to the public "
            "so-called supply-chain finance products promising annual returns of 12 to 15 per cent. The largest "
            "promotion, the 'Hengxin Golden Autumn Plan', ran from June to January 2021 and raised about RMB 860 "
            "million from about 4,100 investors. The money was not invested in any supply chain; earlier investors "
            "were paid with the money of later investors."
        ),
        Para(
            "From 2019 to 2021 ZHOU Jianguo caused about CAD 14 million to be moved from the company to Canada "
            "through underground banks in Guangdong and through purchases of foreign exchange in the names of his "
            "relatives and employees. After leaving China he kept in contact with LIU Yanping by WeChat from "
            "Canadian mobile number +1 604 555 0192."
        ),
        Para(
            "On Wednesday, 16 March 2023 a house at 4870 Cambie Street, Vancouver, was transferred into the name "
            "of his daughter ZHOU Lin, a student at the University of British Columbia, for CAD 3,900,000."
        ),
        Heading("V. Offences"),
        Para(
            "The acts constitute fund-raising fraud under Article 192 of the Criminal Law of the People's Republic "
            "of China, punishable with imprisonment of seven years or more or life imprisonment and a fine or "
            "confiscation of property where the amount is especially large, and money laundering under Article "
            "191 of the Criminal Law."
        ),
        Heading("VI. Persons concerned"),
        Para(
            "ZHOU Jianguo, male, Chinese national, born 8 November 1963, resident identity card No. "
            "310104196311082439, passport No. E47310652, believed to live in Vancouver, Canada, Canadian mobile "
            "+1 604 555 0129; suspect. ZHOU Lin, female, his daughter, Chinese national, born 21 May 1999, "
            "residing in Vancouver; not a suspect. LIU Yanping, female, Chinese national, born 30 October 1978, "
            "residing in Shanghai; suspect."
        ),
        Heading("VII. Assistance requested"),
        Para(
            "China requests the competent Canadian authorities: (1) to obtain from the Land Title and Survey "
            "Authority of British Columbia certified copies of the title records and transfer documents of 4870 "
            "Cambie Street, Vancouver, from 1 January 2021 to date; (2) to obtain from the Royal Bank of Canada and "
            "the Toronto-Dominion Bank records of any accounts held from 1 January 2019 to 31 December 2023 by ZHOU "
            "Jianguo or ZHOU Lin, including account opening documents, statements and the details of incoming "
            "international transfers; (3) to obtain from the lawyer or notary who completed the transfer of the "
            "house the records of the source of the purchase funds, subject to Canadian law on privilege."
        ),
        Heading("VIII. Purpose"),
        Para(
            "The evidence will show that the money of the investors was transferred to Canada and used to buy "
            "property, which is necessary to prove the money-laundering offence and to calculate the proceeds for "
            "confiscation, and will be used in the prosecution of ZHOU Jianguo and LIU Yanping."
        ),
        Heading("IX. Procedure"),
        Para(
            "The documents should be certified as true copies by the authority or institution which keeps them, "
            "with an affidavit or certificate of the custodian, so that they can be admitted as documentary "
            "evidence under the Criminal Procedure Law of the People's Republic of China."
        ),
        Heading("X. Confidentiality and limitation of use"),
        Para(
            "China requests that the request be kept confidential and that the persons concerned not be informed. "
            "The evidence will be used only for the investigation, prosecution and confiscation proceedings of "
            "this case, and not for other purposes without the consent of Canada."
        ),
        Heading("XI. Dual criminality"),
        Para(
            "The conduct is also an offence in Canada: fraud under section 380 of the Criminal Code, and laundering "
            "proceeds of crime under section 462.31 of the Criminal Code."
        ),
        Heading("XII. Contact"),
        Para(
            "Police officer GAO Ming, Economic Crime Investigation Division, Shanghai Municipal Public Security "
            "Bureau, telephone +86 21 2402 3000, e-mail gaoming.ecid@gaj.sh.gov.cn; and Ms WANG Xiaoyan, "
            "Department of International Cooperation, Ministry of Justice, telephone +86 10 6515 2030."
        ),
        Lines(
            "WANG Xiaoyan",
            "Deputy Director-General, Department of International Cooperation",
            "Ministry of Justice of the People's Republic of China",
            "20 August 2024",
        ),
    ),
)

SK_TO_RS = Sample(
    name="defective_sk_to_rs_vat_carousel",
    format="docx",
    style=(
        "Slovak prosecutor's request in English translation, Word list-numbered paragraphs and no headings, "
        "Slovak and Serbian names with diacritics, IBANs"
    ),
    description=(
        "Request from the Regional Prosecutor's Office in Bratislava, through the General Prosecutor's Office of "
        "the Slovak Republic, to the Ministry of Justice of the Republic of Serbia under the 1959 European "
        "Convention for bank records and a witness examination in a VAT carousel fraud. Four defects: the "
        "Serbian director 'Dragan PETROVIĆ' is typed 'Dragan PETORVIĆ' once, with two letters swapped (MLA301, "
        "at the later spelling); the Serbian IBAN 'RS64 1600 0501 0047 3829 15' fails its check digits (MLA302); "
        "the suspect Ján KOVÁČ, born 30 January 1975, is said to be 'aged 47' but was 49 at the request's date "
        "(MLA307); and the period of the statements 'from 1 September 2023 to 31 March 2023' ends before it starts "
        "(MLA305). Non-defects: his brother 'Peter KOVÁČ' is another person; the Slovak IBAN is valid; 'Danubia "
        "Trade s.r.o.' and 'Danubia Trade, spol. s r.o.' are one company; 'from 1 January 2022 to 31 March 2023' "
        "is a correct range; file 'KRP/BA/1/2023-118' contains a year."
    ),
    date=datetime(2024, 11, 6, 10, 0),
    author="Krajská prokuratúra Bratislava",
    confidentiality_clause=True,
    near_misses=(
        "Peter KOVÁČ",
        "SK18 1100 0000 0029 4738 1652",
        "Danubia Trade, spol. s r.o.",
        "From 1 January 2022 to 31 March 2023",
        "KRP/BA/1/2023-118",
    ),
    expected=(
        Expect("MLA301", "warning", "Dragan PETORVIĆ"),
        Expect("MLA302", "error", "RS64 1600 0501 0047 3829 15"),
        Expect("MLA307", "warning", "aged 47"),
        Expect("MLA305", "error", "from 1 September 2023 to 31 March 2023"),
    ),
    items=(
        Lines(
            "KRAJSKÁ PROKURATÚRA BRATISLAVA",
            "Regional Prosecutor's Office in Bratislava",
            "Vajnorská 47, 812 56 Bratislava, Slovak Republic",
        ),
        Lines("File No.: 2 Kv 118/23/1100", "Police file: KRP/BA/1/2023-118", "Bratislava, 6 November 2024"),
        Lines(
            "Ministry of Justice of the Republic of Serbia",
            "Department for International Legal Assistance",
            "Nemanjina 22-26, 11000 Belgrade, Republic of Serbia",
        ),
        Title("Request for legal assistance in criminal matters"),
        Numbered(
            "The Regional Prosecutor's Office in Bratislava, which supervises the investigation conducted by the "
            "National Criminal Agency of the Presidium of the Police Force, Financial Police Unit, in file "
            "KRP/BA/1/2023-118, requests legal assistance from the competent authorities of the Republic of Serbia. "
            "The request is sent through the General Prosecutor's Office of the Slovak Republic."
        ),
        Numbered(
            "The request is based on Articles 3 and 14 of the European Convention on Mutual Assistance in Criminal "
            "Matters of 20 April 1959 and its Second Additional Protocol, to which the Slovak Republic and the "
            "Republic of Serbia are parties, and on Section 537 of the Slovak Code of Criminal Procedure (Act No. "
            "301/2005 Coll.)."
        ),
        Numbered(
            "Criminal prosecution was commenced on 15 May 2023 for the particularly serious crime of tax fraud under "
            "Section 277a of the Slovak Criminal Code (Act No. 300/2005 Coll.), committed on a large scale, and of "
            "legalisation of proceeds of crime under Section 233. On 9 February 2024 the investigator charged Ján "
            "KOVÁČ under Section 206 of the Code of Criminal Procedure; the charge has not yet been brought before "
            "a court."
        ),
        Numbered(
            "From 1 January 2022 to 31 March 2023 Danubia Trade s.r.o., Bratislava, of which Ján KOVÁČ is the sole "
            "executive, declared purchases of mobile phones and graphics cards from Slovak companies that never "
            "paid the VAT charged, and claimed VAT deductions of EUR 2,860,000 (two million eight hundred and "
            "sixty thousand euros) while selling the goods tax-free to Sava Agro d.o.o., Novi Sad, Serbia. The "
            "goods never left Slovakia; the same goods were resold several times in a circle. Payments from Sava "
            "Agro d.o.o. were credited to the account of Danubia Trade, spol. s r.o. at Všeobecná úverová banka, "
            "a.s., IBAN SK18 1100 0000 0029 4738 1652, and on the same days equal sums went back to Serbia."
        ),
        Numbered(
            "Sava Agro d.o.o. is a company registered in the Serbian Business Registers Agency whose director is "
            "Dragan PETROVIĆ, a Serbian citizen. The Slovak tax administration established that Sava Agro d.o.o. "
            "has no warehouse and no employees. Ján KOVÁČ stated in his interview on 9 February 2024 that he met "
            "Dragan PETROVIĆ in Novi Sad in 2021 and that the Serbian company always paid in advance."
        ),
        Numbered(
            "Ján KOVÁČ, Slovak citizen, born 30 January 1975 in Nitra, aged 47, residing at Mlynské nivy 12, "
            "Bratislava, is the accused. His brother Peter KOVÁČ, born 4 April 1979, is employed by Danubia Trade "
            "s.r.o. as a warehouse clerk and has been heard as a witness; he is not accused. Dragan PETORVIĆ, "
            "Serbian citizen, residing in Novi Sad, director of Sava Agro d.o.o., is a suspected participant."
        ),
        Numbered(
            "We request the competent Serbian authorities: (a) to obtain from Banca Intesa a.d. Beograd the opening "
            "documents and the statements of account RS64 1600 0501 0047 3829 15 of Sava Agro d.o.o. for the period "
            "from 1 September 2023 to 31 March 2023, and of any other account of that company with the bank; "
            "(b) to obtain from the Business Registers Agency an extract of the registration of Sava Agro d.o.o. "
            "with the history of its directors and members; and (c) to examine Dragan PETROVIĆ as a witness, or as "
            "a suspect if Serbian law so requires, on the questions in paragraph 9."
        ),
        Numbered(
            "The evidence is needed to prove that Sava Agro d.o.o. was a missing trader used to return the money "
            "to Danubia Trade s.r.o. and that the transactions were fictitious, which is the decisive fact for "
            "the charge of tax fraud and for the amount of the damage to the Slovak Republic."
        ),
        Numbered(
            "Dragan PETROVIĆ should be asked what goods Sava Agro d.o.o. bought from Danubia Trade s.r.o., where "
            "they were delivered, who arranged the transport, from where the company received the money it paid to "
            "Slovakia and who instructed the payments back to Serbia. He should be advised of his rights under "
            "Serbian law. We ask that the record of his examination be signed by him and the bank documents be "
            "certified by the bank, so that they may be read at the main trial under the Slovak Code of Criminal "
            "Procedure."
        ),
        Numbered(
            "Please keep this request confidential and do not inform the account holder or the persons named "
            "before the evidence is secured. The information obtained will be used only in this criminal "
            "proceeding."
        ),
        Numbered(
            "The conduct is punishable in the Republic of Serbia as tax evasion under Article 225 of the Criminal "
            "Code, fraud under Article 208 and money laundering under Article 245."
        ),
        Numbered(
            "The contact person is prosecutor JUDr. Katarína Hudáková, telephone +421 2 5935 3111, mobile "
            "+421 905 418 227, e-mail katarina.hudakova@genpro.gov.sk."
        ),
        Lines(
            "JUDr. Martin Novotný",
            "Regional Prosecutor",
            "Krajská prokuratúra Bratislava",
            "Bratislava, 6 November 2024",
        ),
    ),
)

GH_TO_NG = Sample(
    name="defective_gh_to_ng_gold_scam_dates",
    format="txt",
    style=(
        "Ghanaian police-style request in plain text: reference block, numbered paragraphs under a subject line, "
        "Akan and Yoruba names with surnames in capitals, cedi and naira amounts"
    ),
    description=(
        "Request from the Attorney-General of Ghana, for the Economic and Organised Crime Office, to the Central "
        "Authority Unit of Nigeria's Federal Ministry of Justice for bank records and a witness statement in a "
        "fake-gold sale fraud. Four defects: 10 February 2023 was a Friday, not a Thursday (MLA306); the "
        "Nigerian co-suspect who opened an account in 2022 is given a date of birth of 14 November 2023, after "
        "the events (MLA305, at the date of birth); a transfer copied from a bank printout as '05/06/2023' reads "
        "5 June or 6 May and no other numeric date settles it (MLA304); and it is the only numeric date among "
        "dates written in words (MLA309, at the same place). Non-defects: 'Kwabena Asante BOATENG' and his "
        "brother 'Kofi Owusu BOATENG' are two people; 'Friday, 18 March 2022' is right; 'GHS 4,200,000 (four "
        "million two hundred thousand cedis)' and 'NGN 212,500,000 (two hundred and twelve million five hundred "
        "thousand naira)' agree; 'EOCO/INV/114/2023' contains a year; the trial date 22 October 2025 is in the "
        "future."
    ),
    date=datetime(2025, 7, 15, 9, 0),
    author="Office of the Attorney-General, Ghana",
    confidentiality_clause=True,
    near_misses=(
        "Kofi Owusu BOATENG",
        "Friday, 18 March 2022",
        "GHS 4,200,000 (four million two hundred thousand cedis)",
        "EOCO/INV/114/2023",
        "22 October 2025",
    ),
    expected=(
        Expect("MLA306", "warning", "Thursday, 10 February 2023"),
        Expect("MLA305", "error", "14 November 2023"),
        Expect("MLA304", "warning", "05/06/2023"),
        Expect("MLA309", "info", "05/06/2023"),
    ),
    items=(
        Lines(
            "OFFICE OF THE ATTORNEY-GENERAL AND MINISTRY OF JUSTICE",
            "Mutual Legal Assistance Unit (Central Authority of Ghana)",
            "P.O. Box MB 60, Ministries, Accra, Ghana",
        ),
        Lines(
            "Our Ref: AG/MLA/GH-NG/2025/031",
            "EOCO Ref: EOCO/INV/114/2023",
            "15 July 2025",
        ),
        Lines(
            "The Director, Central Authority Unit",
            "Federal Ministry of Justice",
            "Shehu Shagari Way, Maitama, Abuja, Federal Republic of Nigeria",
        ),
        Para(
            "REQUEST FOR MUTUAL LEGAL ASSISTANCE IN CRIMINAL MATTERS: THE REPUBLIC v. KWABENA ASANTE BOATENG AND "
            "OTHERS (FRAUDULENT SALE OF GOLD)"
        ),
        Numbered(
            "The Attorney-General of the Republic of Ghana, being the Central Authority of Ghana under the Mutual "
            "Legal Assistance Act, 2010 (Act 807), presents this request on behalf of the Economic and Organised "
            "Crime Office (EOCO), which has investigated the matter and whose prosecutors conduct the prosecution "
            "before the High Court (Financial and Economic Crimes Division), Accra."
        ),
        Numbered(
            "This request is made under Article 18 of the United Nations Convention against Transnational Organized "
            "Crime and the ECOWAS Convention on Mutual Assistance in Criminal Matters signed at Dakar on 29 July "
            "1992, to both of which Ghana and Nigeria are parties."
        ),
        Numbered(
            "Kwabena Asante BOATENG and two others were charged on 3 June 2024 with conspiracy to commit crime, "
            "contrary to section 23(1) of the Criminal Offences Act, 1960 (Act 29), defrauding by false pretences, "
            "contrary to section 131 of Act 29 (punishable by up to twenty-five years' imprisonment), and money "
            "laundering, contrary to section 1 of the Anti-Money Laundering Act, 2020 (Act 1044). The trial is "
            "fixed to begin on 22 October 2025."
        ),
        Numbered(
            "The facts are as follows. In early 2022 Kwabena Asante BOATENG, posing as the owner of a licensed "
            "small-scale mine at Obuasi, offered 40 kilograms of gold dore to Mr Pieter VAN DER BERG, a Dutch "
            "buyer. On Friday, 18 March 2022 the buyer was shown gold samples at a hotel in Kumasi and paid a "
            "deposit. On Thursday, 10 February 2023 he paid the balance for export permits and assay fees. No "
            "gold was ever delivered; the samples shown were later found to be brass. The buyer lost in all GHS "
            "4,200,000 (four million two hundred thousand cedis)."
        ),
        Numbered(
            "The money was moved quickly to Nigeria. Bank records obtained in Ghana show that the proceeds were "
            "converted to naira through a bureau de change in Accra and credited to account No. 0174382952 at "
            "Guaranty Trust Bank Ltd, Lagos, in the name of Oriade Logistics Enterprises, whose sole signatory is "
            "Olumide Adewale BAKARE. The largest transfer, of NGN 212,500,000 (two hundred and twelve million five "
            "hundred thousand naira), is shown on the bureau's printout as made on 05/06/2023. The account was "
            "opened on 7 February 2022, shortly before the first payment by the buyer."
        ),
        Numbered(
            "The persons concerned are: (a) Kwabena Asante BOATENG, Ghanaian, born 12 March 1986, Ghana Card No. "
            "GHA-718293456-4, of Asokwa, Kumasi, the first accused, on bail; (b) his brother Kofi Owusu BOATENG, "
            "Ghanaian, born 30 September 1990, of Tema, the second accused, who drove the buyer to Kumasi; (c) "
            "Olumide Adewale BAKARE, Nigerian, born 14 November 2023, of Ikeja, Lagos, mobile +234 803 412 7785, "
            "who received the money in Nigeria and has not yet been charged; and (d) Mr Pieter VAN DER BERG, Dutch, the "
            "complainant."
        ),
        Numbered(
            "Ghana requests the competent Nigerian authorities to obtain from Guaranty Trust Bank Ltd the account "
            "opening package, the know-your-customer documents and the statements from 1 January 2022 to 31 "
            "December 2023 of account No. 0174382952 of Oriade Logistics Enterprises, and to record a statement "
            "from Olumide Adewale BAKARE as a witness, or as a suspect if Nigerian law requires, on who instructed "
            "him to open the account, who gave him the money and what he did with it."
        ),
        Numbered(
            "The evidence will prove that the money obtained from the buyer was received and laundered through the "
            "Nigerian account, which is an element of the money laundering charge, and will be tendered at the "
            "trial before the High Court in Accra."
        ),
        Numbered(
            "Please send the bank records certified by an officer of the bank as true copies kept in the ordinary "
            "course of business, and the statement signed by the maker, so that they are admissible under the "
            "Evidence Act, 1975 (NRCD 323) of Ghana."
        ),
        Numbered(
            "Ghana asks that the request and its contents be kept confidential and that the account holder not be "
            "informed of the request. The evidence will be used only in these proceedings."
        ),
        Numbered(
            "The conduct is also an offence in Nigeria, namely obtaining property by false pretences under section "
            "1 of the Advance Fee Fraud and Other Fraud Related Offences Act 2006 and money laundering under section "
            "18 of the Money Laundering (Prevention and Prohibition) Act 2022."
        ),
        Numbered(
            "The contact officer is Mrs Abena Ofori-Atta, Principal State Attorney, Mutual Legal Assistance Unit, "
            "telephone +233 30 266 4611, mobile +233 24 455 8193, e-mail a.oforiatta@mojagd.gov.gh."
        ),
        Lines(
            "Yvonne Adjoa Mensah (Mrs)",
            "Chief State Attorney, for the Attorney-General and Minister for Justice",
            "Accra, 15 July 2025",
        ),
    ),
)

AR_TO_ES = Sample(
    name="defective_ar_to_es_exhorto_amounts",
    format="pdf",
    style=(
        "Argentine letter rogatory (exhorto) of a federal judge in English translation: court heading, long "
        "formal sentences with 'that' clauses, Spanish compound surnames, numbered measures"
    ),
    description=(
        "Letter rogatory of the National Criminal and Correctional Federal Court No. 7 of Buenos Aires, through "
        "the Ministry of Foreign Affairs, to the Spanish Ministry of Justice under the 1987 Argentina-Spain "
        "treaty, for bank records and a witness statement in a fraud against the public administration. Four "
        "defects: '29 February 2023' does not exist (MLA303); the accused, born 29 June 1972, is said to have "
        "been 'then aged 48' on 14 August 2022, when he was 50 (MLA307); the transfer of 12 October 2022 to the "
        "Spanish account is EUR 385,000 in the facts and EUR 358,000 in the measures requested (MLA308, at the "
        "later amount); and 'November 8, 2022' is written month first among day-first dates (MLA309). "
        "Non-defects: 'SOSA FERREYRA' and 'Mr Sosa Ferreyra' are short forms; the second transfer, of EUR "
        "212,000 on 9 January 2023, is another transaction; 'EUR 597,000 (five hundred and ninety-seven thousand "
        "euros)' agrees and is the sum of the two; the CUIT and the Spanish IBAN are valid; file 'CFP "
        "4471/2022' contains a year."
    ),
    date=datetime(2024, 6, 3, 12, 0),
    author="Juzgado Nacional en lo Criminal y Correccional Federal No. 7",
    confidentiality_clause=True,
    near_misses=(
        "Mr Sosa Ferreyra",
        "EUR 212,000",
        "EUR 597,000 (five hundred and ninety-seven thousand euros)",
        "30-71482396-1",
        "CFP 4471/2022",
    ),
    expected=(
        Expect("MLA303", "error", "29 February 2023"),
        Expect("MLA307", "warning", "then aged 48"),
        Expect("MLA308", "error", "EUR 358,000"),
        Expect("MLA309", "info", "November 8, 2022"),
    ),
    items=(
        Lines(
            "NATIONAL CRIMINAL AND CORRECTIONAL FEDERAL COURT No. 7",
            "Secretariat No. 13",
            "Comodoro Py 2002, 4th floor, City of Buenos Aires, Argentine Republic",
        ),
        Title("LETTER ROGATORY (EXHORTO) - File CFP 4471/2022, 'SOSA FERREYRA, Martín Ezequiel and others on fraud against the public administration'"),
        Para(
            "To the competent judicial authority of the Kingdom of Spain, through the Ministry of Justice, "
            "Subdirectorate-General for International Legal Cooperation, Madrid:"
        ),
        Para(
            "I, Dr. Gustavo Adrián Lemos Viñas, Federal Judge in charge of the National Criminal and "
            "Correctional Federal Court No. 7 of the City of Buenos Aires, Secretariat No. 13, have the honour to "
            "address Your Honour in file CFP 4471/2022, in which I conduct the investigation (instrucción) with the "
            "participation of the Federal Prosecutor's Office No. 4, in order to request the assistance described "
            "below. This letter rogatory is transmitted through the Directorate of International Legal Assistance "
            "of the Ministry of Foreign Affairs, International Trade and Worship, the Central Authority of the "
            "Argentine Republic."
        ),
        Para(
            "The request is made under the Treaty on Mutual Legal Assistance in Criminal Matters between the "
            "Argentine Republic and the Kingdom of Spain, signed at Buenos Aires on 3 March 1987, in particular its "
            "provisions on the contents of requests, and Article 46 of the United Nations Convention against "
            "Corruption, to which both States are parties."
        ),
        Para(
            "The investigation began on 14 August 2022 with a complaint of the Anti-Corruption Office, and on 29 "
            "February 2023 the accused Martín Ezequiel SOSA FERREYRA was formally questioned (declaración "
            "indagatoria). The Court ordered his indictment (procesamiento) with preventive detention substituted by "
            "a travel ban on 17 April 2023, which the Federal Chamber of Appeals confirmed on 6 September 2023. The "
            "offences charged are fraud against the public administration under Article 174, paragraph 5, of the "
            "Argentine Penal Code, in conjunction with Article 173, paragraph 7 (two to six years' imprisonment), "
            "and money laundering under Article 303, paragraph 1, of the Penal Code (three to ten years' "
            "imprisonment)."
        ),
        Para(
            "The facts under investigation are the following. Martín Ezequiel SOSA FERREYRA, then aged 48, was the "
            "undersecretary of road works of the Ministry of Public Works when, on 14 August 2022, the complaint was "
            "filed showing that he had approved payments for the repaving of National Route 5 for works that had "
            "not been done. The contractor, Agropecuaria Los Talas S.A. (CUIT 30-71482396-1), had no road-building "
            "equipment. Of the sums it received, it paid to the Spanish company Inversiones Ribera del Tajo, S.L., "
            "Madrid, as 'technical consultancy', two transfers: EUR 385,000 on 12 October 2022 and EUR 212,000 on 9 "
            "January 2023, in all EUR 597,000 (five hundred and ninety-seven thousand euros), credited to account "
            "IBAN ES02 2100 4817 1102 0056 9134 at CaixaBank, S.A. The consultancy contract bears the date November "
            "8, 2022, after the first transfer."
        ),
        Para(
            "According to the Spanish Mercantile Register, the sole director of Inversiones Ribera del Tajo, S.L. is "
            "Lucía Beatriz PAZ ORTEGA, an Argentine national residing in Madrid and the former partner of the "
            "accused. Mr Sosa Ferreyra has stated that he does not know the company."
        ),
        Para(
            "The persons concerned are: Martín Ezequiel SOSA FERREYRA, Argentine, national identity document (DNI) "
            "No. 22.845.119, born 29 June 1972 in Córdoba, residing in the City of Buenos Aires, accused; and Lucía "
            "Beatriz PAZ ORTEGA, Argentine, born 12 December 1976, residing at Calle de Velázquez 88, Madrid, whose "
            "testimony is sought."
        ),
        Para("I therefore request Your Honour to order the following measures:"),
        Numbered(
            "that CaixaBank, S.A. provide the account opening documents, the authorised signatories and the "
            "statements from 1 September 2022 to 31 December 2023 of account IBAN ES02 2100 4817 1102 0056 9134 of "
            "Inversiones Ribera del Tajo, S.L., and the supporting documents of the credit of EUR 358,000 received "
            "on 12 October 2022 from Agropecuaria Los Talas S.A. and of every debit above EUR 10,000;"
        ),
        Numbered(
            "that Lucía Beatriz PAZ ORTEGA be summoned to testify as a witness on her relationship with the accused, "
            "the services the company actually provided to Agropecuaria Los Talas S.A., who drafted the consultancy "
            "contract, and the destination of the funds, after being informed of her right not to testify against "
            "a former partner if Spanish law grants it."
        ),
        Para(
            "These measures are necessary to establish whether the payments were the price of a real service or a "
            "way of returning part of the public funds to the accused, which is decisive for both the fraud and the "
            "money-laundering charges. The evidence will be incorporated into the file for the trial before the "
            "Federal Oral Criminal Court."
        ),
        Para(
            "The bank documents should be certified by the bank and the testimony recorded in a signed record "
            "(acta) before the Spanish judicial authority, so that they may be read at trial under the National "
            "Code of Criminal Procedure. The Court asks that a representative of the Federal Prosecutor's Office be "
            "allowed to follow the witness examination by videoconference."
        ),
        Para(
            "I request that this letter rogatory be treated as confidential and that the account holder not be "
            "informed before the bank documents are obtained. The evidence will be used only in this case. The "
            "facts are also offences under Spanish law: fraud (estafa) under Articles 248 and 250 of the Spanish "
            "Penal Code, misappropriation of public funds (malversación) under Article 432, and money laundering "
            "under Article 301."
        ),
        Para(
            "For any enquiry, please contact the Secretary of the Court, Dr. Florencia Belén Iturralde, telephone "
            "+54 11 4370 6400, e-mail jncrimcorrfed7.sec13@pjn.gov.ar. Argentina offers reciprocity in similar cases."
        ),
        Lines(
            "Buenos Aires, 3 June 2024",
            "Dr. Gustavo Adrián Lemos Viñas",
            "Federal Judge",
        ),
    ),
)

IN_TO_UK_LONG = Sample(
    name="defective_in_to_uk_loan_fraud_long",
    format="docx",
    style=(
        "Long Indian letter of request (letter rogatory) issued by a Special Judge for the CBI: court heading, "
        "'Sub:' line, numbered headings, long paragraphs of facts with many accused and witnesses, lakh/crore "
        "amounts, a table of the accused, closing prayer and seal"
    ),
    description=(
        "Long request (over 3,000 words, a dozen people) from the Special Judge (PC Act), CBI, Rouse Avenue Courts, "
        "New Delhi, through the Ministry of Home Affairs, to the UK Central Authority for bank and company records "
        "and witness statements in a bank-loan fraud. Four defects: the main accused 'Rakesh Kumar Chaudhary' is "
        "written 'Rakesh Kumar Chaudhry' once, with a dropped letter (MLA301, at the later spelling in the paragraph "
        "on the UK companies); his passport 'Z4417823' becomes 'Z4471823' in the same paragraph of assistance "
        "sought (MLA302, at the later number); the arrest of the CFO is told as past but dated 18 April 2024, after "
        "the request's own date of 12 March 2024 (MLA305, at that date); and 'Rs. 2,35,00,000 (Rupees two crore "
        "and fifty-three lakh only)' disagrees in words and figures (MLA308). Non-defects: the son 'Vikram "
        "Chaudhary', the wife 'Sunita Chaudhary' and the late father 'Mahesh Chand Chaudhary' are different people; "
        "'Anil Kumar Gupta' and the unrelated chartered accountant 'Sanjay Gupta' share a surname; 'R. K. "
        "Chaudhary' is the main accused's initials; 'Shivalik Foods (UK) Limited'/'Ltd' are one company; "
        "'RC2202022E0007' and 'CC No. 41/2023' contain years; the UK sort code '20-00-55' is not a date; 'Saturday, 14 November 2020' is right; 'aged 55' fits "
        "the date of birth 14 July 1968 at the request's date; 'Rs. 412.65 crore (Rupees four hundred and twelve "
        "crore and sixty-five lakh)' and 'GBP 3,480,000 (three million four hundred and eighty thousand pounds)' "
        "agree; the next hearing on 27 May 2024 is in the future."
    ),
    date=datetime(2024, 3, 12, 15, 0),
    author="Central Bureau of Investigation",
    confidentiality_clause=True,
    near_misses=(
        "Vikram Chaudhary",
        "Sanjay Gupta",
        "R. K. Chaudhary",
        "Shivalik Foods (UK) Ltd",
        "RC2202022E0007",
        "sort code 20-00-55, account number 73849261",
        "Saturday, 14 November 2020",
        "aged 55",
        "GBP 3,480,000 (three million four hundred and eighty thousand pounds)",
        "27 May 2024",
    ),
    expected=(
        Expect("MLA301", "warning", "Rakesh Kumar Chaudhry"),
        Expect("MLA302", "error", "Z4471823"),
        Expect("MLA305", "error", "18 April 2024"),
        Expect("MLA308", "error", "Rs. 2,35,00,000 (Rupees two crore and fifty-three lakh only)"),
    ),
    items=(
        Lines(
            "IN THE COURT OF THE SPECIAL JUDGE (PC ACT), CBI-07",
            "ROUSE AVENUE DISTRICT COURTS, NEW DELHI",
        ),
        Lines(
            "CBI v. Rakesh Kumar Chaudhary and others",
            "RC2202022E0007 / CBI, Bank Securities and Fraud Branch, New Delhi",
            "CC No. 41/2023",
        ),
        Lines(
            "To",
            "The Competent Judicial Authority of the United Kingdom of Great Britain and Northern Ireland",
            "through the UK Central Authority, Home Office, 2 Marsham Street, London SW1P 4DF",
        ),
        Title(
            "Sub: Letter of Request under section 166A of the Code of Criminal Procedure, 1973 for assistance in "
            "the investigation of case RC2202022E0007"
        ),
        Heading("1. Requesting court and investigating agency"),
        Para(
            "This Letter of Request is issued by the undersigned Special Judge (Prevention of Corruption Act), "
            "CBI-07, Rouse Avenue District Courts, New Delhi, on the application of the Central Bureau of "
            "Investigation (CBI), Bank Securities and Fraud Branch, New Delhi, which is investigating the case. The "
            "request is transmitted by the Ministry of Home Affairs, Government of India, the central authority of "
            "India for mutual legal assistance in criminal matters. The investigating officer is Shri Arvind Mehta, "
            "Deputy Superintendent of Police, CBI."
        ),
        Heading("2. Legal basis"),
        Para(
            "The request is made under the Agreement between the Government of the Republic of India and the "
            "Government of the United Kingdom of Great Britain and Northern Ireland concerning the Investigation and "
            "Prosecution of Crime and the Tracing, Restraint and Confiscation of the Proceeds and Instruments of "
            "Crime (including Crimes involving Currency Transfers) and Terrorist Funds, signed at London on 22 "
            "September 1992, and Article 46 of the United Nations Convention against Corruption, to which India and "
            "the United Kingdom are parties, and under section 166A of the Code of Criminal Procedure, 1973. India "
            "assures the United Kingdom of reciprocity in similar matters."
        ),
        Heading("3. The proceedings"),
        Para(
            "On a written complaint of Punjab National Bank dated 3 January 2022, the CBI registered case "
            "RC2202022E0007 on 24 January 2022 against Shivalik Agro Exports Private Limited, New Delhi, its "
            "directors and unknown public servants of the bank, for offences under section 120B read with sections "
            "420, 467, 468 and 471 of the Indian Penal Code, 1860 and section 13(2) read with section 13(1)(a) of "
            "the Prevention of Corruption Act, 1988. A charge-sheet against four accused persons was filed before "
            "this Court on 30 June 2023 and registered as CC No. 41/2023; the Court took cognisance on 18 August "
            "2023. Further investigation under section 173(8) of the Code of Criminal Procedure continues into the "
            "diversion of the loan funds to the United Kingdom, which is the subject of this request. The case is "
            "next listed before this Court for consideration of charge on 27 May 2024."
        ),
        Heading("4. Persons concerned"),
        Table(
            ("Name", "Particulars", "Role"),
            (
                "Rakesh Kumar Chaudhary s/o late Mahesh Chand Chaudhary",
                "Indian national, born 14 July 1968, aged 55, Indian passport No. Z4417823, resident at 14 "
                "Elmcroft Avenue, Harrow, HA2 0QX, United Kingdom, since August 2021",
                "Managing Director of Shivalik Agro Exports Private Limited; accused No. 1",
            ),
            (
                "Sunita Chaudhary w/o Rakesh Kumar Chaudhary",
                "Indian national, born 2 February 1971, resident at the same address in Harrow",
                "Director of the company until 2019; accused No. 2",
            ),
            (
                "Vikram Chaudhary s/o Rakesh Kumar Chaudhary",
                "British citizen since 2020, born 2 September 1994, resident in Wembley, London",
                "Director of Shivalik Foods (UK) Limited; suspect, not yet charged",
            ),
            (
                "Anil Kumar Gupta s/o Ram Prakash Gupta",
                "Indian national, born 11 January 1971, resident at Pitampura, Delhi",
                "Chief Financial Officer of the company; accused No. 3",
            ),
            (
                "Priya Raghavan w/o S. Raghavan",
                "Indian national, born 6 June 1966, resident at Dwarka, New Delhi",
                "then Chief Manager, Punjab National Bank, Large Corporate Branch; accused No. 4",
            ),
            (
                "Mohammed Irfan Shaikh s/o Abdul Rashid Shaikh",
                "Indian national, resident at Bhendi Bazaar, Mumbai",
                "entry operator who provided accommodation bills; suspect",
            ),
        ),
        Para(
            "Witnesses whose evidence is sought in the United Kingdom: Ms Harpreet Kaur Sandhu, former accounts "
            "executive of Shivalik Foods (UK) Limited, believed to reside in Southall, Middlesex; and the records "
            "custodians of Barclays Bank UK PLC and of Companies House. Other persons mentioned: Shri Sanjay Gupta, "
            "chartered accountant, the statutory auditor of the company, who is a prosecution witness in India and "
            "is not related to accused No. 3; Mr Neeraj Malhotra, director of Rosewood Commodities FZE, Sharjah, "
            "whose role is being examined in a separate request to the United Arab Emirates."
        ),
        Heading("5. Brief facts of the case"),
        Para(
            "Shivalik Agro Exports Private Limited (the company) was incorporated at New Delhi in 2004 and exported "
            "basmati rice and processed foods. Its Managing Director, Rakesh Kumar Chaudhary, and his wife Sunita "
            "Chaudhary held 92 per cent of its shares. From 2013 the company enjoyed working-capital and "
            "export-credit facilities from a consortium of seven banks led by Punjab National Bank, Large Corporate "
            "Branch, Bhikaji Cama Place, New Delhi. By 31 March 2020 the outstanding dues of the consortium stood at "
            "Rs. 412.65 crore (Rupees four hundred and twelve crore and sixty-five lakh). The account was declared a "
            "non-performing asset on 30 September 2020 and reported as a fraud to the Reserve Bank of India on 9 "
            "December 2021."
        ),
        Para(
            "The forensic audit commissioned by the consortium, whose report was submitted on 15 October 2021, and "
            "the investigation conducted so far show that between 1 April 2017 and 31 March 2020 the company "
            "obtained export-credit disbursements against 213 export orders, of which 164 were never executed. The "
            "orders were supported by purchase orders on the letterhead of Shivalik Foods (UK) Limited, London, a "
            "company owned by the family of accused No. 1, and by bills of lading later found to be forged. The "
            "Directorate General of Foreign Trade and the Customs authorities have confirmed that no shipment "
            "corresponding to the 164 orders left any Indian port."
        ),
        Para(
            "The loan funds disbursed against those orders were routed through the current account of the company "
            "at Punjab National Bank to eleven suppliers of paddy in Haryana and Punjab. The investigation has "
            "established that nine of these suppliers were shell firms controlled by Mohammed Irfan Shaikh, an entry "
            "operator in Mumbai, who returned the money, after deducting a commission of about one per cent, to "
            "accounts of the company and of its group entities. A sum of Rs. 2,35,00,000 (Rupees two crore and "
            "fifty-three lakh only) was returned in this manner in a single week in February 2019 and remitted the "
            "same month to the United Kingdom as an advance for a warehouse that was never built."
        ),
        Para(
            "Accused No. 4, Priya Raghavan, then Chief Manager of the lead bank, recommended the enhancement of the "
            "export-credit limit on 12 November 2018 without obtaining the stock audit report that the sanction "
            "conditions required, and released disbursements against unverified export orders. The investigation "
            "has found that a flat in Dwarka, New Delhi was purchased in her husband's name on 4 March 2019 with "
            "funds received from one of the shell firms of Mohammed Irfan Shaikh. She was arrested on 14 October "
            "2022 and is on bail."
        ),
        Para(
            "The emails and minutes of the company seized during the search of its office at Nehru Place, New Delhi, "
            "on Saturday, 14 November 2020 show that accused No. 1 personally approved each remittance to the "
            "United Kingdom. A board resolution of 20 March 2019 approving the remittance of the advance bears the "
            "signature 'R. K. Chaudhary' as chairman, which a handwriting expert of the Central Forensic Science "
            "Laboratory has matched with the admitted signatures of Rakesh Kumar Chaudhary. The same search "
            "recovered a rubber stamp of a freight forwarder in Mundra and blank bills of lading."
        ),
        Para(
            "Accused No. 3, Anil Kumar Gupta, the Chief Financial Officer, prepared the monthly stock statements "
            "submitted to the consortium, which overstated inventory by more than Rs. 300 crore. After the search he "
            "absconded; he was arrested at Dehradun on 18 April 2024 and has since been in judicial custody at "
            "Tihar Jail, New Delhi. His disclosure statement led to the recovery of a hard disk containing the "
            "original and the altered stock registers."
        ),
        Para(
            "Rakesh Kumar Chaudhary and Sunita Chaudhary left India for London on 19 August 2021, before the bank "
            "reported the fraud, and have not returned despite summons and a non-bailable warrant issued by this "
            "Court on 6 October 2023. A look-out circular is in force. Their son, Vikram Chaudhary, has lived in "
            "London since 2012 and was appointed director of Shivalik Foods (UK) Limited on 1 May 2018."
        ),
        Para(
            "The United Kingdom end of the scheme is as follows. Shivalik Foods (UK) Limited, company number "
            "11847302, registered office at Unit 7, Park Royal Business Centre, London NW10 7LQ, was incorporated "
            "on 6 March 2018. Its directors were Rakesh Kumar Chaudhry, until his resignation on 1 May 2018, and "
            "thereafter Vikram Chaudhary. It holds a business current account with Barclays Bank UK PLC, sort code "
            "20-00-55, account number 73849261 (IBAN GB66 BARC 2000 5573 8492 61). Between 1 April 2018 and 31 March "
            "2020 this account received from the company in India remittances totalling GBP 3,480,000 (three million "
            "four hundred and eighty thousand pounds), described as advances against export orders and for a "
            "warehouse in Park Royal."
        ),
        Para(
            "Shivalik Foods (UK) Ltd filed accounts at Companies House describing itself as a dormant company for "
            "the years ending 31 March 2019 and 31 March 2020, which is inconsistent with the receipt of those "
            "remittances. On the information available, part of the money was used on 23 July 2019 to pay for the "
            "property at 14 Elmcroft Avenue, Harrow, which is registered in the name of Sunita Chaudhary, and part "
            "was transferred to Rosewood Commodities FZE, Sharjah."
        ),
        Para(
            "The statutory auditor, Sanjay Gupta, has told the CBI that he was never shown the remittances to the "
            "United Kingdom as advances recoverable by the company and that the management representation letter "
            "for the year 2019-20 was signed by Anil Kumar Gupta on the instructions of accused No. 1. Ms Harpreet "
            "Kaur Sandhu, who kept the books of the UK company until December 2020, is believed to be able to say "
            "who gave instructions for payments out of the Barclays account."
        ),
        Para(
            "The loss caused to the consortium of banks is assessed at Rs. 412.65 crore. The charge-sheet already "
            "filed covers the fraud on the lead bank; the supplementary charge-sheet to be filed after further "
            "investigation will cover the diversion of funds abroad and the role of Vikram Chaudhary and Mohammed "
            "Irfan Shaikh."
        ),
        Para(
            "The nine shell firms of Mohammed Irfan Shaikh were registered between 2016 and 2018 in the names of his "
            "employees and relatives at addresses in Bhiwandi and Kalyan which, on verification, turned out to be "
            "residential rooms or closed shops. None of them owned any godown or transport. Their bank accounts at "
            "two cooperative banks in Mumbai received the loan funds from the company and, on the same day or the "
            "next, sent equal amounts to Shivalik Agro Exports Private Limited, to two group entities in Delhi, or "
            "to accounts of exporters of unrelated goods who were paid in cash by Mohammed Irfan Shaikh in return. "
            "Statements of six of those employees have been recorded under section 161 of the Code of Criminal "
            "Procedure, and two of them have stated that they signed blank cheque books at the instance of their "
            "employer."
        ),
        Para(
            "Rosewood Commodities FZE, Sharjah, received from the Barclays account of Shivalik Foods (UK) Limited at "
            "least four payments in 2019 and 2020, and the trade licence records obtained through the Financial "
            "Intelligence Unit, India show that its director is Mr Neeraj Malhotra, an Indian national resident in "
            "Dubai, who was earlier employed as export manager of the company in Delhi. A separate request is being "
            "sent to the United Arab Emirates for the records of that company. The present request concerns only the "
            "evidence located in the United Kingdom."
        ),
        Para(
            "The officials of the lead bank who processed the export-credit disbursements have been examined. They "
            "stated that the export orders and the purchase orders of Shivalik Foods (UK) Limited were presented "
            "by Anil Kumar Gupta with covering letters signed by accused No. 1, and that Priya Raghavan directed "
            "them to release the funds before the documents were verified. The consortium's forensic auditor has "
            "deposed that the company's books show the remittances to the United Kingdom as advances to a "
            "related party recoverable within six months, but that no recovery was ever made and no interest was "
            "ever charged."
        ),
        Para(
            "On 9 January 2024 the Directorate of Enforcement, which is conducting a separate money-laundering "
            "investigation under the Prevention of Money Laundering Act, 2002, provisionally attached immovable "
            "properties of the company and of accused No. 1 and accused No. 2 in Delhi and Gurugram. The CBI and "
            "the Directorate of Enforcement share information under the law, but this Letter of Request is made "
            "only for the purposes of the case of the CBI described above."
        ),
        Para(
            "The investigation has also examined the freight forwarder whose rubber stamp was recovered in the "
            "search. Its proprietor at Mundra stated that his firm never handled any consignment of the company "
            "after 2016 and that the bills of lading bearing his stamp were not issued by him; the shipping line "
            "named in them has confirmed in writing that the vessel numbers and container numbers shown do not "
            "correspond to any voyage. The Customs authorities have likewise confirmed that the shipping bills "
            "referred to in the export orders were never filed."
        ),
        Heading("6. Offences and the law"),
        Para(
            "The offences under investigation are: criminal conspiracy (section 120B of the Indian Penal Code, "
            "1860), punishable with the punishment of the offence conspired; cheating and dishonestly inducing "
            "delivery of property (section 420), punishable with imprisonment up to seven years and fine; forgery "
            "of valuable security (section 467), punishable with imprisonment for life or up to ten years; forgery "
            "for the purpose of cheating (section 468) and using as genuine a forged document (section 471); and "
            "criminal misconduct by a public servant (section 13(1)(a) read with section 13(2) of the Prevention of "
            "Corruption Act, 1988), punishable with imprisonment from four to ten years."
        ),
        Heading("7. Assistance requested"),
        Para("The competent authorities of the United Kingdom are requested to:"),
        Numbered(
            "obtain from Barclays Bank UK PLC the account opening documents, mandate, know-your-customer documents "
            "and statements, with the details of every credit and debit above GBP 10,000, of account number "
            "73849261, sort code 20-00-55, of Shivalik Foods (UK) Limited, for the period from 1 April 2018 to 31 "
            "December 2021;"
        ),
        Numbered(
            "obtain from Barclays Bank UK PLC the details of any account held in that period by Rakesh Kumar "
            "Chaudhary, Indian passport No. Z4471823, born 14 July 1968, or by Vikram Chaudhary, born 2 September "
            "1994, into which funds from the account of Shivalik Foods (UK) Limited were transferred;"
        ),
        Numbered(
            "obtain from Companies House certified copies of the incorporation documents, the register of "
            "directors and persons with significant control, the confirmation statements and the filed accounts of "
            "Shivalik Foods (UK) Limited, company number 11847302, from 6 March 2018 to date;"
        ),
        Numbered(
            "obtain from HM Land Registry an official copy of the register of title of 14 Elmcroft Avenue, Harrow, "
            "HA2 0QX, with the transfer deed and the details of any charge registered against it;"
        ),
        Numbered(
            "take the statement of Ms Harpreet Kaur Sandhu as a witness on the matters set out in part 9."
        ),
        Heading("8. Purpose of the request"),
        Para(
            "The bank records will trace the loan funds of the consortium from India to the United Kingdom and show "
            "their use, which is necessary to prove the offence of cheating and the dishonest intention of accused "
            "No. 1 from the outset. The company records will show that the purchaser named in the export orders was "
            "a company of the accused's own family, which proves that the orders were not genuine. The Land Registry "
            "records will show whether the proceeds were used to buy the Harrow property, which the CBI will seek to "
            "have attached in India and, later, by a separate request, restrained in the United Kingdom. The witness "
            "statement will establish who controlled the payments. The evidence is required for the supplementary "
            "charge-sheet in CC No. 41/2023 and the trial before this Court."
        ),
        Heading("9. Procedure requested"),
        Para(
            "Bank and company records may be provided as copies certified by the custodian, with a certificate in "
            "the form prescribed by section 65B of the Indian Evidence Act, 1872 for records kept in electronic "
            "form, signed by the responsible officer of the bank. The statement of Ms Harpreet Kaur Sandhu may be "
            "recorded by a police officer or other competent authority of the United Kingdom, signed by her, and "
            "should cover: her employment with Shivalik Foods (UK) Limited and by whom she was engaged; who "
            "authorised payments out of the Barclays account and by what means instructions were given; the purpose "
            "of the payments made on 23 July 2019 and to Rosewood Commodities FZE; whether the company traded in "
            "rice or food products at all; and what records of the company she kept and where they are now. The "
            "CBI requests that the investigating officer be permitted to be present during the recording of the "
            "statement, subject to the law of the United Kingdom."
        ),
        Heading("10. Confidentiality and limitation on use"),
        Para(
            "It is requested that the existence and contents of this Letter of Request be kept confidential and "
            "that none of the persons named in it be informed of it, since accused No. 1 and accused No. 2 are "
            "absconding in the United Kingdom and the funds could be moved. Should confidentiality not be possible, "
            "the CBI requests to be informed before the request is executed. The evidence received will be used "
            "only for the investigation and prosecution of case RC2202022E0007 and connected confiscation "
            "proceedings, and not for any other purpose without the consent of the United Kingdom."
        ),
        Heading("11. Dual criminality"),
        Para(
            "The conduct described would, if committed in the United Kingdom, constitute fraud by false "
            "representation under sections 1 and 2 of the Fraud Act 2006, forgery and using a false instrument "
            "under sections 1 and 3 of the Forgery and Counterfeiting Act 1981, bribery under sections 1 and 2 of "
            "the Bribery Act 2010, conspiracy under section 1 of the Criminal Law Act 1977, and money laundering "
            "under sections 327 to 329 of the Proceeds of Crime Act 2002."
        ),
        Heading("12. Contact details"),
        Para(
            "The officer in charge of the case is Shri Arvind Mehta, Deputy Superintendent of Police, CBI, Bank "
            "Securities and Fraud Branch, CGO Complex, Lodhi Road, New Delhi 110003, telephone +91 11 2436 1210, "
            "mobile +91 98104 77521, e-mail arvind.mehta@cbi.gov.in. Correspondence through diplomatic channels may "
            "be addressed to the Under Secretary (Legal Cell), Ministry of Home Affairs, North Block, New Delhi."
        ),
        Para(
            "This Court will be grateful for the assistance of the competent authorities of the United Kingdom and "
            "assures them of its readiness to render similar assistance to the courts of the United Kingdom. Given "
            "under my hand and the seal of the Court on this day."
        ),
        Lines(
            "(Sd/-)",
            "Dinesh Kumar Sharma",
            "Special Judge (PC Act), CBI-07",
            "Rouse Avenue District Courts, New Delhi",
            "Dated: 12 March 2024",
        ),
    ),
)

VN_TO_KR = Sample(
    name="defective_vn_to_kr_nonnative_email_id",
    format="txt",
    style=(
        "Vietnamese procuracy's request in non-native English: 'Respectfully' formulas, articles missing, "
        "capitalised section titles with Roman numbers, Vietnamese names without diacritics, surname first in "
        "capitals"
    ),
    description=(
        "Request from the Supreme People's Procuracy of Viet Nam, for the Investigation Police Agency of the "
        "Ministry of Public Security, to the Ministry of Justice of the Republic of Korea for bank records and "
        "a witness interview in a labour-export fraud. Four defects: the suspect's e-mail 'hungnv.trade@gmail.com' "
        "becomes 'hungvn.trade@gmail.com' in the particulars (MLA302, at the later address); '31 September 2023' "
        "does not exist (MLA303); a transfer copied from a bank slip as '07/08/2023' reads 7 August or 8 July and "
        "no other numeric date settles it (MLA304); and it is the only numeric date among dates in words (MLA309, "
        "same place). Non-defects: 'NGUYEN Van Hung' and 'NGUYEN Thi Lan' are unrelated people with the most "
        "common Vietnamese surname; 'Mr. Hung' is the Vietnamese polite short form (title + given name) of NGUYEN "
        "Van Hung; 'from 1 March 2023 to 30 November 2023' is a correct range; 'KRW 486,000,000 (four hundred "
        "eighty-six million won)' agrees; 'Decision No. 118/QD-VPCQCSBCA' and 'case No. 45/2023' contain or look "
        "like numbers with slashes but are not dates."
    ),
    date=datetime(2024, 12, 19, 8, 30),
    author="Supreme People's Procuracy of Viet Nam",
    confidentiality_clause=True,
    near_misses=(
        "NGUYEN Thi Lan",
        "Mr. Hung",
        "from 1 March 2023 to 30 November 2023",
        "KRW 486,000,000 (four hundred eighty-six million won)",
        "case No. 45/2023",
    ),
    expected=(
        Expect("MLA302", "error", "hungvn.trade@gmail.com"),
        Expect("MLA303", "error", "31 September 2023"),
        Expect("MLA304", "warning", "07/08/2023"),
        Expect("MLA309", "info", "07/08/2023"),
    ),
    items=(
        Lines(
            "SUPREME PEOPLE'S PROCURACY OF THE SOCIALIST REPUBLIC OF VIET NAM",
            "Department of International Cooperation and Mutual Legal Assistance in Criminal Matters",
            "No. 9 Phan Huy Chu Street, Hoan Kiem District, Ha Noi",
        ),
        Lines("No. 2417/VKSTC-V13", "Ha Noi, 19 December 2024"),
        Lines(
            "To: Ministry of Justice of the Republic of Korea",
            "International Criminal Affairs Division",
            "Government Complex Gwacheon, 47 Gwanmun-ro, Gwacheon-si, Gyeonggi-do",
        ),
        Title("REQUEST FOR MUTUAL LEGAL ASSISTANCE IN CRIMINAL MATTER"),
        Para(
            "Respectfully, the Supreme People's Procuracy of the Socialist Republic of Viet Nam, which is Central "
            "Authority of Viet Nam for mutual legal assistance in criminal matters, would like to request the "
            "assistance of the competent authority of the Republic of Korea for the criminal case No. 45/2023 "
            "investigated by Investigation Police Agency of Ministry of Public Security (Economic Crime "
            "Investigation Police Department) under supervision of the Supreme People's Procuracy."
        ),
        Heading("I. LEGAL BASIS"),
        Para(
            "This request is based on the Treaty on Mutual Legal Assistance in Criminal Matters between the "
            "Socialist Republic of Viet Nam and the Republic of Korea signed in Seoul on 15 September 2003, and "
            "Article 18 of the United Nations Convention against Transnational Organized Crime, and the Law on "
            "Mutual Legal Assistance of Viet Nam of 2007."
        ),
        Heading("II. SUMMARY OF CASE AND OFFENCES"),
        Para(
            "The case was instituted by Decision No. 118/QD-VPCQCSBCA of Investigation Police Agency on 31 "
            "September 2023 for offence of fraudulent appropriation of property under Article 174 of Penal Code of "
            "Viet Nam 2015 (amended 2017), punishable by imprisonment of twelve to twenty years or life "
            "imprisonment when the appropriated property is 500,000,000 dong or more, and offence of money "
            "laundering under Article 324 of Penal Code."
        ),
        Para(
            "From 1 March 2023 to 30 November 2023, NGUYEN Van Hung, director of Hung Phat Labour Export Company "
            "Limited, Hai Phong, collected money from 212 workers promising them work visas for shipyards in Ulsan, "
            "Korea. There was no job and no visa. Each worker paid from 180,000,000 dong to 250,000,000 dong. "
            "Mr. Hung contacted the workers by Zalo and by e-mail hungnv.trade@gmail.com and gave them receipts "
            "of the company. Part of money was sent to Korea to account of his associate PARK Ji-hoon in Woori "
            "Bank. According to bank slip, the biggest transfer was KRW 486,000,000 (four hundred eighty-six "
            "million won) on 07/08/2023."
        ),
        Para(
            "NGUYEN Van Hung was arrested in Hai Phong on 20 November 2023 and is detained. Another person, NGUYEN "
            "Thi Lan, accountant of the company, is witness and is not related to him. She declared that PARK "
            "Ji-hoon came to Hai Phong two times and received cash from Mr. Hung."
        ),
        Heading("III. PERSONS CONCERNED"),
        Para(
            "1. NGUYEN Van Hung, male, born 2 February 1980, Vietnamese nationality, passport No. C4829173, "
            "e-mail hungvn.trade@gmail.com, residing in Le Chan District, Hai Phong; accused. 2. PARK Ji-hoon, "
            "male, Korean nationality, born 17 August 1977, mobile +82 10 4421 7836, living in Ulsan, Republic of "
            "Korea; associate, suspected. 3. NGUYEN Thi Lan, female, born 5 May 1991, Vietnamese, residing in Hai "
            "Phong; witness."
        ),
        Heading("IV. ASSISTANCE REQUESTED"),
        Para(
            "Viet Nam respectfully requests competent authority of Korea: (1) to collect from Woori Bank the "
            "documents of opening and the statements from 1 March 2023 to 30 November 2023 of account No. "
            "1002-847-391256 of PARK Ji-hoon, and documents of incoming transfers from Viet Nam; (2) to interview "
            "PARK Ji-hoon about his relation with NGUYEN Van Hung, the money he received from Viet Nam and where he "
            "sent or spent it."
        ),
        Heading("V. PURPOSE"),
        Para(
            "The evidence is necessary to prove the money of workers was appropriated and transferred abroad to "
            "hide its origin, which is element of the offence of money laundering, and to recover money for the "
            "victims. It will be used in investigation and trial at the People's Court of Hai Phong City."
        ),
        Heading("VI. PROCEDURE"),
        Para(
            "Please certify the bank documents by seal of bank, and make the record of interview signed by PARK "
            "Ji-hoon and the interviewing officer, in Korean, for translation in Viet Nam."
        ),
        Heading("VII. CONFIDENTIALITY AND USE"),
        Para(
            "We request to keep this request confidential and not inform PARK Ji-hoon before the bank documents "
            "are collected. Viet Nam commits to use the evidence only for purpose of this case."
        ),
        Heading("VIII. DUAL CRIMINALITY"),
        Para(
            "The acts are also crimes under law of Korea: fraud under Article 347 of the Criminal Act, and "
            "concealment of criminal proceeds under Article 3 of the Act on Regulation and Punishment of Criminal "
            "Proceeds Concealment."
        ),
        Heading("IX. CONTACT"),
        Para(
            "Contact person: Mr. TRAN Quoc Tuan, Prosecutor, Department of International Cooperation and Mutual "
            "Legal Assistance in Criminal Matters, telephone +84 24 3826 9471, mobile +84 912 486 203, e-mail "
            "tqtuan@vksndtc.gov.vn."
        ),
        Para("Respectfully."),
        Lines(
            "FOR THE PROSECUTOR GENERAL",
            "DIRECTOR OF DEPARTMENT",
            "LE Thi Thu Ha",
            "Ha Noi, 19 December 2024",
        ),
    ),
)


CORPUS_G: tuple[Sample, ...] = (
    PK_TO_AE_LONG,
    MY_TO_SG,
    NG_TO_UK_EMAIL,
    MX_TO_US,
    UA_TO_PL_FORM,
    EG_TO_DE,
    CN_TO_CA,
    SK_TO_RS,
    GH_TO_NG,
    AR_TO_ES,
    IN_TO_UK_LONG,
    VN_TO_KR,
)
"""The held-out requests of this batch: five complete and clean, then seven defective."""
