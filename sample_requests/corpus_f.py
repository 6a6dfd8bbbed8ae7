"""Corpus F: requests that exercise the consistency rules (MLA3xx) — dates, ages and chronology.

Five requests, each otherwise complete (no MLA1xx/MLA2xx finding): two clean
ones full of realistic non-defects (hearings fixed for dates after the
request, case and FIR numbers with years, periods written short "from
January to June 2021", "between 3 and 17 March 2022", "from 2019 to 2021",
amounts in lakh and crore that agree, an age at the time of the offence that
fits), and three with date, age and amount defects labelled by hand: a
period whose months are reversed, an event dated after the e-mail that asks
about it, a wrong weekday, a person born after he opened an account, an age
at the offence that does not fit, ambiguous all-numeric dates in a
month-first request.
"""

from __future__ import annotations

from datetime import datetime

from sample_model import Expect, Heading, Lines, Numbered, Para, Sample, Title

IN_TO_SG_CLEAN = Sample(
    name="complete_in_to_sg_periods",
    format="pdf",
    style="Formal letter without headings, long prose paragraphs, Indian drafting (lakh and crore, FIR numbers)",
    description=(
        "Complete request from India's Central Bureau of Investigation to Singapore's Attorney-General's Chambers "
        "for bank records. Near-misses for MLA3xx: case numbers with years ('RC 0032/2023/E0011', "
        "'First Information Report (FIR) No. 118/2022'), periods written short ('from January to June 2021', 'between 3 and 17 March "
        "2022', 'from November 2021 to February 2022' across the new year), the next hearing fixed for a date after "
        "the request, 'aged 34 at the time of the offence' that fits the date of birth, amounts in lakh and crore "
        "whose words agree ('INR 1,25,00,000 (Rupees one crore twenty-five lakh only)'). No findings."
    ),
    date=datetime(2024, 8, 20, 10, 0),
    author="Central Bureau of Investigation, India",
    confidentiality_clause=True,
    near_misses=("From January to June 2021", "aged 34 at the time of the offence", "14 January 2025"),
    items=(
        Lines(
            "Central Bureau of Investigation",
            "Economic Offences Wing",
            "Plot No. 5-B, Lodhi Road",
            "New Delhi 110003, India",
        ),
        Lines("No. CBI/EOW/MLA/2024/211", "New Delhi, 20 August 2024"),
        Lines(
            "The Director",
            "International Affairs Division",
            "Attorney-General's Chambers",
            "1 Upper Pickering Street",
            "Singapore 058288",
        ),
        Para("Dear Director,"),
        Para(
            "Re: State (CBI) v. Rajesh Kumar MEHTA, RC 0032/2023/E0011 (Economic Offences Wing, New Delhi): request "
            "for bank records"
        ),
        Para(
            "The Central Bureau of Investigation of the Republic of India, the agency that investigates and "
            "prosecutes offences of corruption and fraud against public sector banks, asks for the assistance of the "
            "Republic of Singapore in obtaining bank records for use in a criminal prosecution. This request is made "
            "under Article 46 of the United Nations Convention against Corruption, to which both States are party, "
            "and under section 105K of the Code of Criminal Procedure, 1973. "
            "India will give the same assistance to Singapore in a comparable case."
        ),
        Para(
            "The case was registered on 9 February 2023 as RC 0032/2023/E0011 on the complaint of the Punjab "
            "National Bank, which had earlier lodged First Information Report (FIR) No. 118/2022 with the Mumbai police. The charge sheet was "
            "filed on 30 November 2023 before the Special Judge for CBI cases, Rouse Avenue Courts, New Delhi, and "
            "the next hearing is fixed for 14 January 2025."
        ),
        Para(
            "The accused is Rajesh Kumar MEHTA, an Indian citizen born on 2 October 1986 in Surat, holding Indian "
            "passport No. Z4417283, who lives at 21 Marine Drive, Mumbai. He was aged 34 at the time of the "
            "offence. From January to June 2021 Rajesh Kumar MEHTA, then the managing director of Mehta Gems "
            "Private Limited, obtained letters of credit from the Punjab National Bank on the strength of forged "
            "export orders. Between 3 and 17 March 2022 he transferred INR 1,25,00,000 (Rupees one crore "
            "twenty-five lakh only) from the company's account to account No. 0712-345678-001 with Orchard "
            "Commercial Bank, Singapore, held in his own name. From November 2021 to February 2022 smaller sums "
            "of Rs. 5,00,000/- (Rupees five lakh only) each were sent to the same account every month."
        ),
        Para(
            "The accused is charged with cheating under section 420 and criminal conspiracy under section 120B of "
            "the Indian Penal Code, 1860, and with money laundering under section 3 of the Prevention of Money "
            "Laundering Act, 2002. The conduct would also constitute cheating and money laundering under the law of "
            "Singapore, in particular under section 420 of the Penal Code 1871 and the Corruption, Drug Trafficking "
            "and Other Serious Crimes (Confiscation of Benefits) Act 1992."
        ),
        Para(
            "We ask that the competent authorities of Singapore obtain from Orchard Commercial Bank the account "
            "opening documents, the statements from 1 January 2021 to 31 December 2023 and the records of the "
            "incoming transfers of account No. 0712-345678-001 held by Rajesh Kumar MEHTA, and the identity of any "
            "person authorised to operate it."
        ),
        Para(
            "The records are needed to prove that the proceeds of the forged letters of credit reached the accused, "
            "and they will be produced as evidence before the Special Judge for CBI cases, New Delhi."
        ),
        Para(
            "We ask that the records be certified by an officer of the bank as true copies of its business records, "
            "so that they can be received in evidence in India."
        ),
        Para(
            "We ask that this request and its contents be kept confidential and that the account holder not be "
            "informed of it, because the accused could move the remaining funds."
        ),
        Para(
            "The evidence will be used only for the prosecution described in this request and will not be used for "
            "any other purpose without the prior consent of Singapore."
        ),
        Para(
            "The officer in charge of the case is Deputy Superintendent of Police Anita Rao, Economic Offences Wing, "
            "who may be contacted on +91 11 24368210 or at anita.rao@cbi.gov.in."
        ),
        Para("Yours sincerely,"),
        Lines(
            "(Signed)",
            "Vikram Singh Chauhan",
            "Joint Director, Economic Offences Wing",
            "Central Bureau of Investigation",
            "New Delhi, 20 August 2024",
        ),
    ),
)

KE_TO_ZA_EMAIL = Sample(
    name="defective_email_ke_to_za_chronology",
    format="txt",
    style="E-mail with mail header lines (From/Sent/To/Subject), short paragraphs, no headings",
    description=(
        "E-mail from Kenya's Office of the Director of Public Prosecutions to South Africa's central authority "
        "for bank records. The e-mail was sent on 4 March 2024, but it says the suspect was arrested on 12 May "
        "2024 (MLA305: an event after the request's own date); the statements are asked for 'from March 2023 to "
        "February 2022', a period that ends before it starts (MLA305); and the transfer 'On Friday, 16 "
        "September 2023' was made on a Saturday (MLA306). The trial 'set for 10 June 2024' is after the e-mail "
        "but still to come, and 'Case No. E123 of 2023' is a reference."
    ),
    date=datetime(2024, 3, 4, 10, 15),
    author="Office of the Director of Public Prosecutions, Kenya",
    confidentiality_clause=True,
    near_misses=("10 June 2024", "Case No. E123 of 2023"),
    expected=(
        Expect("MLA305", "error", "12 May 2024"),
        Expect("MLA305", "error", "from March 2023 to February 2022"),
        Expect("MLA306", "warning", "Friday, 16 September 2023"),
    ),
    items=(
        Lines(
            "From: Wanjiru Achieng Otieno <w.otieno@odpp.go.ke>",
            "Sent: Monday, 4 March 2024 10:15",
            "To: mla@justice.gov.za",
            "Subject: Mutual legal assistance - bank records of Peter Kamau NJOROGE",
        ),
        Para("Dear Colleagues,"),
        Para(
            "I write on behalf of the Office of the Director of Public Prosecutions of the Republic of Kenya, which "
            "prosecutes criminal offences in Kenya, to ask for the assistance of the Republic of South Africa in "
            "obtaining bank records. The request is made under the Harare Scheme relating to Mutual Assistance in "
            "Criminal Matters within the Commonwealth and under section 8 of the Mutual Legal Assistance Act, 2011 "
            "of Kenya. Kenya will give the same assistance to South Africa in a comparable case."
        ),
        Para(
            "The Directorate of Criminal Investigations opened an investigation on 2 October 2023, and the "
            "prosecution is pending as Criminal Case No. E123 of 2023 before the Chief Magistrate's Court, Milimani, "
            "Nairobi. The suspect was arrested on 12 May 2024 and the trial is set for 10 June 2024."
        ),
        Para(
            "The suspect is Peter Kamau NJOROGE, a Kenyan citizen born on 14 August 1979, holding Kenyan passport "
            "No. AK0456123, who lives in Westlands, Nairobi. As the finance officer of the Nairobi Water Services "
            "Board he approved payments of KES 48,500,000 (forty-eight million five hundred thousand Kenya "
            "shillings) to Mara Pipes Limited for pipes that were never supplied. On Friday, 16 September 2023 "
            "Mara Pipes Limited sent USD 210,000 to account No. 6203-998812 with Highveld Bank, Johannesburg, held "
            "by NJOROGE."
        ),
        Para(
            "The suspect is charged with fraudulent acquisition of public property under section 45(1) of the "
            "Anti-Corruption and Economic Crimes Act, 2003 and with money laundering under section 3 of the "
            "Proceeds of Crime and Anti-Money Laundering Act, 2009. The conduct would also constitute fraud and "
            "money laundering under the law of South Africa, in particular under section 4 of the Prevention of "
            "Organised Crime Act, 1998."
        ),
        Para(
            "Please obtain from Highveld Bank the account opening documents and the statements of account No. "
            "6203-998812 from March 2023 to February 2022, and the identity of any person authorised to operate it."
        ),
        Para(
            "The records are needed to prove that the money paid for pipes that were never supplied reached the "
            "suspect, and they will be produced as evidence at his trial in Nairobi."
        ),
        Para(
            "Please ask the bank to certify the records as true copies of its business records, so that they can "
            "be received in evidence in Kenya."
        ),
        Para(
            "Please keep this request confidential and do not inform the account holder, because he could move the "
            "funds. The records will be used only for this prosecution and for no other purpose without the prior "
            "consent of South Africa."
        ),
        Para(
            "I am the prosecutor in charge of the case and may be reached on +254 20 2732090 or at "
            "w.otieno@odpp.go.ke."
        ),
        Lines(
            "Kind regards,",
            "Wanjiru Achieng Otieno",
            "Senior Assistant Director of Public Prosecutions",
            "Office of the Director of Public Prosecutions, Nairobi",
        ),
    ),
)

NG_TO_UK_BIRTH = Sample(
    name="defective_ng_to_uk_birth_after_events",
    format="docx",
    style="Word request with numbered headings and list-numbered paragraphs",
    description=(
        "Request from Nigeria's Economic and Financial Crimes Commission to the UK Central Authority for bank "
        "records. The suspect's date of birth was typed with the wrong year: 'born on 12 June 2016', yet he "
        "opened the London account on 3 May 2015 (MLA305: a birth after an event he took part in); his age 'aged "
        "45 at the time of the offence' does not fit that date of birth on any day of the events (MLA307); and "
        "the first transfer is 'NGN 15,000,000 (fifty million naira)' (MLA308). His wife, 'born 3 March 1988', "
        "was born before every event, and the company incorporated on 4 April 1998 is not a person."
    ),
    date=datetime(2024, 5, 27, 9, 0),
    author="Economic and Financial Crimes Commission, Nigeria",
    confidentiality_clause=True,
    near_misses=("born 3 March 1988", "incorporated on 4 April 1998"),
    expected=(
        Expect("MLA305", "error", "born on 12 June 2016"),
        Expect("MLA307", "warning", "aged 45 at the time of the offence"),
        Expect("MLA308", "error", "NGN 15,000,000"),
    ),
    items=(
        Lines("Economic and Financial Crimes Commission", "No. 5, Fomella Street, Wuse II", "Abuja, Nigeria"),
        Lines("Ref: EFCC/MLA/UK/2024/046", "27 May 2024"),
        Lines("UK Central Authority", "Home Office", "2 Marsham Street", "London SW1P 4DF", "United Kingdom"),
        Title("Request for Mutual Legal Assistance in the matter of Chukwuemeka Obinna EZE"),
        Heading("1. Requesting authority and legal basis"),
        Numbered(
            "The Economic and Financial Crimes Commission (EFCC) of the Federal Republic of Nigeria, which "
            "investigates and prosecutes economic and financial crimes under the Economic and Financial Crimes "
            "Commission (Establishment) Act, 2004, requests the assistance of the United Kingdom under Article 46 of "
            "the United Nations Convention against Corruption, to which both States are party. Nigeria will give "
            "the same assistance to the United Kingdom in a comparable case."
        ),
        Heading("2. The proceedings"),
        Numbered(
            "The investigation was opened on 11 January 2023 and charges were filed on 6 November 2023 as Charge No. "
            "FHC/ABJ/CR/412/2023 before the Federal High Court, Abuja."
        ),
        Heading("3. The person concerned"),
        Numbered(
            "The suspect is Chukwuemeka Obinna EZE, a Nigerian citizen born on 12 June 2016 in Enugu, holding "
            "Nigerian passport No. A09876543, who lives at 14 Aminu Kano Crescent, Abuja. He was aged 45 at the "
            "time of the offence. His wife, Ngozi Adaeze EZE, born 3 March 1988, is not a suspect."
        ),
        Heading("4. Summary of the facts"),
        Numbered(
            "Chukwuemeka EZE opened account No. 40-11-22 33445566 with Thameside Bank plc, London, on 3 May 2015. He is the "
            "sole director of Eze Oil Services Limited, incorporated on 4 April 1998. Between June 2021 and "
            "December 2022, as a director of the Petroleum Equalisation Fund, he caused the Fund to pay fictitious "
            "freight claims to Eze Oil Services Limited. On 8 March 2022 EZE transferred NGN 15,000,000 (fifty "
            "million naira) from the company's account to his London account."
        ),
        Heading("5. The offences"),
        Numbered(
            "The suspect is charged with obtaining property by false pretences under section 1 of the Advance Fee "
            "Fraud and Other Fraud Related Offences Act, 2006 and with money laundering under section 18 of the "
            "Money Laundering (Prevention and Prohibition) Act, 2022. The conduct would also constitute fraud and "
            "money laundering under the law of England and Wales, in particular under section 1 of the Fraud Act "
            "2006 and section 327 of the Proceeds of Crime Act 2002."
        ),
        Heading("6. Assistance requested"),
        Numbered(
            "We ask that the competent authorities of the United Kingdom obtain from Thameside Bank plc the account "
            "opening documents and the statements from 1 January 2021 to 31 December 2023 of account No. 40-11-22 "
            "33445566 held by Chukwuemeka Obinna EZE."
        ),
        Numbered(
            "The records are needed to prove that the fictitious freight payments reached the suspect, and they "
            "will be produced as evidence before the Federal High Court, Abuja."
        ),
        Heading("7. Procedures, confidentiality and use"),
        Numbered(
            "We ask that the records be certified by an officer of the bank as true copies of its business records, "
            "so that they can be received in evidence in Nigeria."
        ),
        Numbered(
            "We ask that this request be kept confidential and that the account holder not be informed of it, "
            "because the suspect could move the funds. The records will be used only for the prosecution described "
            "in this request and not for any other purpose without the prior consent of the United Kingdom."
        ),
        Heading("8. Contact"),
        Numbered(
            "The officer in charge of the case is Detective Superintendent Halima Bello, who may be contacted on "
            "+234 9 9044752 or at h.bello@efcc.gov.ng."
        ),
        Lines(
            "(Signed)",
            "Abdullahi Musa Lawal",
            "Director, International Cooperation",
            "Economic and Financial Crimes Commission",
            "Abuja, 27 May 2024",
        ),
    ),
)

US_TO_PH_NUMERIC = Sample(
    name="defective_us_to_ph_numeric_periods",
    format="pdf",
    style="US-style request letter in prose, dates written month first, no headings",
    description=(
        "Request from the US Department of Justice's Office of International Affairs to the Philippine Department "
        "of Justice for bank records. The letter writes its dates month first ('March 3, 2023'), but two dates "
        "copied from wire confirmations are all-numeric and read differently day first and month first: "
        "'04/05/2023' and '06/07/2023' (MLA304 each: the written dates suggest the month-first reading), and "
        "they make the request use two formats (MLA309 at the first numeric date). 'February 30, 2023' cannot "
        "exist (MLA303). The periods 'March 3-17, 2023' and 'from 2019 to 2021' are well formed, and the "
        "sentencing hearing 'scheduled for November 18, 2024' is after the request but not an event."
    ),
    date=datetime(2024, 9, 16, 9, 0),
    author="Office of International Affairs, U.S. Department of Justice",
    confidentiality_clause=True,
    near_misses=("March 3-17, 2023", "From 2019 to 2021", "November 18, 2024"),
    expected=(
        Expect("MLA304", "warning", "04/05/2023"),
        Expect("MLA304", "warning", "06/07/2023"),
        Expect("MLA309", "info", "04/05/2023"),
        Expect("MLA303", "error", "February 30, 2023"),
    ),
    items=(
        Lines(
            "U.S. Department of Justice",
            "Criminal Division, Office of International Affairs",
            "1301 New York Avenue NW",
            "Washington, D.C. 20530",
        ),
        Lines("OIA Ref. 182-44871", "September 16, 2024"),
        Lines(
            "Department of Justice",
            "Office of the Chief State Counsel",
            "Padre Faura Street, Ermita",
            "Manila 1000, Philippines",
        ),
        Para("Dear Chief State Counsel:"),
        Para(
            "The Office of International Affairs of the United States Department of Justice, the Central Authority "
            "of the United States, requests the assistance of the Republic of the Philippines under the Treaty "
            "between the Government of the United States of America and the Government of the Republic of the "
            "Philippines on Mutual Legal Assistance in Criminal Matters, signed November 13, 1994. The United States "
            "will give the same assistance to the Philippines in a comparable case."
        ),
        Para(
            "The United States Attorney's Office for the District of New Jersey is prosecuting Marco Antonio "
            "REYES in United States v. Reyes, Criminal No. 23-cr-00417, before the United States District Court "
            "for the District of New Jersey. He pleaded guilty on August 5, 2024, and the sentencing hearing is "
            "scheduled for November 18, 2024."
        ),
        Para(
            "Marco Antonio REYES, a Philippine citizen born on July 21, 1982, holding Philippine passport No. "
            "P1234567A, lived in Jersey City, New Jersey. From 2019 to 2021 he worked as a payroll clerk for Garden "
            "State Logistics LLC and created fictitious employees whose wages were paid to accounts he controlled. "
            "During March 3-17, 2023 he moved the balance of those accounts to the Philippines: the wire "
            "confirmations show transfers of USD 48,000 on 04/05/2023 and USD 52,500 on 06/07/2023 to account No. "
            "0044-5566-77 with Luzon Savings Bank, Makati City, held in his name. A final transfer is dated February "
            "30, 2023 in the bank's printout."
        ),
        Para(
            "Reyes pleaded guilty to wire fraud under Title 18, United States Code, Section 1343, and to money "
            "laundering under Title 18, United States Code, Section 1956. The conduct would also constitute estafa "
            "under Article 315 of the Revised Penal Code of the Philippines and money laundering under Republic Act "
            "No. 9160."
        ),
        Para(
            "We ask that the competent authorities of the Philippines obtain from Luzon Savings Bank the account "
            "opening documents and the statements from January 1, 2023 to December 31, 2023 of account No. "
            "0044-5566-77 held by Marco Antonio REYES."
        ),
        Para(
            "The records are needed to establish the amount of the loss and the proceeds to be forfeited at "
            "sentencing before the District Court."
        ),
        Para(
            "We ask that the records be accompanied by a certification of an officer of the bank in the form "
            "attached, so that they can be admitted under Title 18, United States Code, Section 3505."
        ),
        Para(
            "We ask that this request be kept confidential and that the account holder not be informed of it. The "
            "records will be used only for this prosecution and not for any other purpose without the prior consent "
            "of the Philippines."
        ),
        Para(
            "The attorney in charge of this matter is Trial Attorney Jennifer L. Walsh, Office of International "
            "Affairs, who may be contacted at +1 202 514 0000 or at jennifer.walsh@usdoj.gov."
        ),
        Para("Sincerely,"),
        Lines(
            "(Signed)",
            "Daniel R. Mitchell",
            "Director, Office of International Affairs",
            "Washington, D.C., September 16, 2024",
        ),
    ),
)

DE_TO_PK_CLEAN = Sample(
    name="complete_de_to_pk_ranges",
    format="docx",
    style="Word request with short headings and plain paragraphs, a German prosecutor writing in English",
    description=(
        "Complete request from the Frankfurt public prosecutor's office to Pakistan's Central Authority for bank "
        "records and the "
        "identity of an account holder. Near-misses for MLA3xx: 'Section 3/2021' and 'Az. 7530 Js 12345/23' "
        "are references, the suspect has lived in Lahore 'since 1 March 2020', the records are asked for "
        "'from 2019 to 2021' and 'between 3 and 17 March 2022', a payment 'from 28 December 2021 to 3 January 2022' "
        "crosses the new year, 'Rs. 5,00,000/- (Rupees five lakh only)' agrees, the suspect's age 'then aged 36' "
        "fits the date of the event in its sentence, and the main hearing is set for a date after the request. "
        "No findings."
    ),
    date=datetime(2024, 6, 3, 11, 0),
    author="Staatsanwaltschaft Frankfurt am Main",
    confidentiality_clause=True,
    near_misses=("since 1 March 2020", "from 28 December 2021 to 3 January 2022", "then aged 36"),
    items=(
        Lines("Staatsanwaltschaft Frankfurt am Main", "Konrad-Adenauer-Strasse 20", "60313 Frankfurt am Main"),
        Lines("Az. 7530 Js 12345/23", "Frankfurt am Main, 3 June 2024"),
        Lines("Central Authority", "Ministry of Interior", "R-Block, Pakistan Secretariat", "Islamabad", "Pakistan"),
        Title("Request for mutual legal assistance in criminal matters"),
        Heading("Requesting authority and legal basis"),
        Para(
            "The Public Prosecutor's Office of Frankfurt am Main, the authority that conducts criminal "
            "investigations in the Federal Republic of Germany, requests the assistance of the Islamic Republic of "
            "Pakistan under Article 46 of the United Nations Convention against Corruption, to which both States "
            "are party. Germany will give the same assistance to Pakistan in a comparable case."
        ),
        Heading("Proceedings"),
        Para(
            "The office is investigating Imran Saeed QURESHI under file number 7530 Js 12345/23. The indictment was "
            "filed with the Regional Court of Frankfurt am Main on 15 April 2024, and the main hearing is set for "
            "9 September 2024."
        ),
        Heading("Person concerned"),
        Para(
            "Imran Saeed QURESHI, a German and Pakistani citizen born on 21 July 1985 in Rawalpindi, holds German "
            "passport No. C01X00T47. He has lived in Lahore since 1 March 2020."
        ),
        Heading("Facts"),
        Para(
            "From 2019 to 2021 QURESHI was the purchasing manager of Rhein-Main Medizintechnik GmbH in Frankfurt. "
            "On 2 August 2021 QURESHI, then aged 36, approved invoices of Indus Surgical Traders for surgical "
            "instruments that were never delivered. Between 3 and 17 March 2022 the company paid EUR 412,000 to "
            "Indus Surgical Traders, and from 28 December 2021 to 3 January 2022 a further EUR 96,000. On 20 March 2022 "
            "Indus Surgical Traders paid Rs. 5,00,000/- (Rupees five lakh only) into account No. 0427-8812345-01 "
            "with Allied Bank Limited, Gulberg branch, Lahore."
        ),
        Heading("Offences"),
        Para(
            "The suspect is accused of breach of trust under Section 266 and fraud under Section 263 of the German "
            "Criminal Code. The conduct would also constitute criminal breach of trust and cheating under sections "
            "409 and 420 of the Pakistan Penal Code, 1860, and money laundering under the Anti-Money Laundering "
            "Act, 2010 (see also the Financial Monitoring Unit's Regulations, Section 3/2021)."
        ),
        Heading("Assistance requested"),
        Para(
            "We ask that the competent authorities of Pakistan obtain from Allied Bank Limited the account opening "
            "documents and the statements from 1 January 2022 to 31 December 2023 of account No. 0427-8812345-01, "
            "and the identity of the account holder and of any person authorised to operate it."
        ),
        Para(
            "The records are needed to prove that the payments for undelivered instruments reached the suspect, and "
            "they will be used as evidence at the main hearing before the Regional Court of Frankfurt am Main."
        ),
        Heading("Procedure, confidentiality and use"),
        Para(
            "We ask that the records be certified by an officer of the bank as true copies of its business records, "
            "so that they can be used in evidence in Germany."
        ),
        Para(
            "We ask that this request be kept confidential and that the account holder not be informed of it. The "
            "records will be used only for these proceedings and not for any other purpose without the prior "
            "consent of Pakistan."
        ),
        Heading("Contact"),
        Para(
            "The prosecutor in charge is Oberstaatsanwältin Dr. Katrin Vogel, who may be contacted on "
            "+49 69 1367 2412 or at katrin.vogel@sta.justiz.hessen.de."
        ),
        Lines(
            "(Signed)",
            "Dr. Katrin Vogel",
            "Senior Public Prosecutor",
            "Frankfurt am Main, 3 June 2024",
        ),
    ),
)

CORPUS_F: tuple[Sample, ...] = (IN_TO_SG_CLEAN, KE_TO_ZA_EMAIL, NG_TO_UK_BIRTH, US_TO_PH_NUMERIC, DE_TO_PK_CLEAN)
