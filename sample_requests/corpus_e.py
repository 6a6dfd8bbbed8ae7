"""Corpus E: requests that exercise the consistency rules (MLA3xx) — people, organisations and their identifiers.

Seven requests from seven requesting states and naming traditions (West
African, Arabic, Chinese, Spanish, Slavic, South Asian with a Malay party,
German), each
otherwise complete (no MLA1xx/MLA2xx finding). The clean ones are full of
near-misses the entity grouping must not report: initials that fit one
person, relatives who share a surname, a father named after "s/o", two
telephones listed for one person, two vehicles, "Pte Ltd"/"Pte. Limited",
accents written and dropped. The defective ones carry the slips a drafter
makes when copying from two sources: a surname misspelt after initials, an
e-mail address or a vehicle registration that changes under "the same" or
"the said", a company number or passport number that changes for one holder,
a PESEL whose check digit is wrong, one identity card number given for a
husband and his wife.
"""

from __future__ import annotations

from datetime import datetime

from sample_model import Expect, Heading, Lines, Numbered, Para, Sample, Title

NG_TO_UK_IDENTITY = Sample(
    name="defective_ng_to_uk_companies",
    format="docx",
    style="Word request with numbered headings and list-numbered paragraphs, West African names, two brothers",
    description=(
        "Request from Nigeria's Economic and Financial Crimes Commission to the UK Central Authority for company "
        "and bank records. The suspect's company is given two different registration numbers (MLA302), and the "
        "e-mail address 'the same e-mail address' refers to is written differently (MLA302). Near-misses: the "
        "brothers Chukwuemeka Daniel OKAFOR and Ikenna OKAFOR and the wife Mrs Ngozi OKAFOR are three people "
        "('Mr Okafor' fits two and is linked to none), 'C. D. Okafor' is the suspect's initials, the suspect lists "
        "two mobile numbers, 'Lagoon Crest Ltd' and 'Lagoon Crest Limited' are one company."
    ),
    date=datetime(2024, 5, 6, 9, 30),
    author="Economic and Financial Crimes Commission, Nigeria",
    confidentiality_clause=True,
    near_misses=("C. D. Okafor", "Ikenna OKAFOR", "Lagoon Crest Limited"),
    items=(
        Lines("Economic and Financial Crimes Commission", "No. 5 Fomella Street, Wuse II", "Abuja, Nigeria"),
        Lines("Ref: EFCC/IC/MLA/2024/112", "6 May 2024"),
        Lines("UK Central Authority", "Home Office", "2 Marsham Street", "London SW1P 4DF", "United Kingdom"),
        Title("Request for Mutual Legal Assistance: Federal Republic of Nigeria v. Chukwuemeka Daniel OKAFOR"),
        Heading("1. Requesting authority and legal basis"),
        Numbered(
            "The Economic and Financial Crimes Commission (EFCC) of the Federal Republic of Nigeria, which "
            "investigates and prosecutes economic and financial crimes under the Economic and Financial Crimes "
            "Commission (Establishment) Act, 2004, requests the assistance of the United Kingdom under Article 46 "
            "of the United Nations Convention against Corruption and the Crime (International Co-operation) Act "
            "2003. Nigeria assures the United Kingdom that it will comply with a future request from the United "
            "Kingdom for similar assistance."
        ),
        Heading("2. Proceedings"),
        Numbered(
            "The EFCC opened investigation No. EFCC/IC/117/2023 on 20 November 2023. A charge will be filed before "
            "the Federal High Court, Abuja."
        ),
        Heading("3. Persons and companies concerned"),
        Numbered(
            "The suspect is OKAFOR, Chukwuemeka Daniel, a Nigerian citizen born on 3 February 1979, holding "
            "passport No. A07654321, mobile numbers +234 803 123 4567 and +234 805 765 4321, e-mail "
            "cd.okafor@lagooncrest.com, resident at 14 Admiralty Way, Lekki, Lagos. C. D. Okafor is the sole "
            "director of Lagoon Crest Ltd (company registration No. 09876543), a company incorporated in England "
            "and Wales."
        ),
        Numbered(
            "His brother Ikenna OKAFOR and his wife Mrs Ngozi OKAFOR are not suspects. Mr Okafor, as the brothers "
            "are both called in the bank's letters, cannot be told apart without their first names."
        ),
        Heading("4. Summary of facts"),
        Numbered(
            "Between January 2022 and June 2023 Chukwuemeka Daniel OKAFOR, then Director of Finance of the Niger "
            "Delta Power Holding Company, approved payments of NGN 1,450,000,000 for transformers that were never "
            "delivered. On 14 March 2023 USD 850,000 of the payments reached account No. 20-45-77 53117820 of "
            "Lagoon Crest Limited at Barclays Bank PLC, London."
        ),
        Numbered(
            "The invoices were sent from cd.okafor@lagooncrest.com. According to Companies House, Lagoon Crest "
            "Limited, company No. 09876534, filed no accounts for 2022. The same e-mail address, "
            "cd.okafor@lagooncrest.co, was used to instruct the transfer of USD 850,000."
        ),
        Heading("5. Offences"),
        Numbered(
            "The suspect is investigated for official corruption under section 19 of the Corrupt Practices and "
            "Other Related Offences Act, 2000 and for money laundering under section 18 of the Money Laundering "
            "(Prevention and Prohibition) Act, 2022. The same conduct would, if it had occurred in the United "
            "Kingdom, constitute fraud by abuse of position under section 4 of the Fraud Act 2006 and money "
            "laundering under section 327 of the Proceeds of Crime Act 2002."
        ),
        Heading("6. Assistance requested"),
        Numbered(
            "The EFCC asks that the competent UK authorities obtain from Barclays Bank PLC the account opening "
            "documents and the statements from 1 January 2023 to 31 December 2023 of account No. 20-45-77 "
            "53117820 held by Lagoon Crest Limited, and from Companies House the filing history of Lagoon Crest "
            "Limited."
        ),
        Heading("7. Purpose and relevance"),
        Numbered(
            "The records will show that the payments for undelivered transformers reached a company controlled by "
            "the suspect, and will be produced as evidence before the Federal High Court."
        ),
        Heading("8. Procedure"),
        Numbered(
            "The EFCC asks that the bank records be produced with a certificate of authenticity signed by the "
            "bank's custodian of records."
        ),
        Heading("9. Confidentiality"),
        Numbered(
            "The EFCC asks that this request be kept confidential and that the suspect not be informed of it, "
            "since he could move the remaining funds."
        ),
        Heading("10. Use of the evidence"),
        Numbered(
            "The evidence will be used only in the investigation and prosecution described above and not for any "
            "other purpose without the consent of the United Kingdom."
        ),
        Heading("11. Contact"),
        Numbered(
            "The investigating officer is Assistant Commander Halima Bello, EFCC, telephone +234 803 904 4752, "
            "e-mail halima.bello@efcc.gov.ng."
        ),
        Lines("(Signed)", "Abdulkarim Musa Danladi", "Director of Investigations, EFCC", "Abuja, 6 May 2024"),
    ),
    expected=(
        Expect("MLA302", "error", "company No. 09876534"),
        Expect("MLA302", "error", "cd.okafor@lagooncrest.co,"),
    ),
)

AE_TO_IN_VEHICLE = Sample(
    name="defective_ae_to_in_vehicle",
    format="pdf",
    style="PDF letter without headings, prose paragraphs, Arabic names with 'Al' and 'bin'",
    description=(
        "Request from the United Arab Emirates' Public Prosecution, through the Ministry of Justice, to India's "
        "Ministry of Home Affairs for vehicle and telephone records. The suspect's surname is 'AL MANSOORI' "
        "throughout but 'Al Mansouri' once after initials (MLA301), and 'the said vehicle' is given a registration "
        "that differs from the one first stated (MLA302). Near-misses: the suspect's father 'Rashid bin Saeed AL "
        "MANSOORI' and brother 'Hamad Rashid AL MANSOORI' are other people; two vehicles of the brother."
    ),
    date=datetime(2024, 9, 2, 11, 0),
    author="Public Prosecution, Dubai",
    confidentiality_clause=True,
    near_misses=("Hamad Rashid AL MANSOORI", "Rashid bin Saeed AL MANSOORI"),
    items=(
        Lines("United Arab Emirates", "Dubai Public Prosecution", "Financial Crimes Prosecution", "Dubai"),
        Lines("Ref: DPP/FCP/MLA/2024/58", "2 September 2024"),
        Lines(
            "The Under Secretary",
            "Internal Security Division",
            "Ministry of Home Affairs",
            "North Block, New Delhi",
            "India",
        ),
        Para("Dear Under Secretary,"),
        Para(
            "Re: Public Prosecution v. Khalid Rashid AL MANSOORI, Dubai Public Prosecution Case No. 4471/2024: "
            "request for vehicle and telephone records"
        ),
        Para(
            "The Dubai Public Prosecution of the United Arab Emirates, which investigates and prosecutes financial "
            "crimes under Federal Decree-Law No. 38 of 2022 on Criminal Procedure, asks for the assistance of the "
            "Republic of India under Article 46 of the United Nations Convention against Corruption, to which both "
            "States are party. The United Arab Emirates will give the same assistance to India in a comparable "
            "case."
        ),
        Para(
            "Case No. 4471/2024 was opened on 11 March 2024 and is being investigated by the Financial Crimes "
            "Prosecution, Dubai, which will bring the case before the Dubai Criminal Court."
        ),
        Para(
            "The suspect is Khalid Rashid AL MANSOORI, son of Rashid bin Saeed AL MANSOORI, an Emirati citizen born "
            "on 21 October 1988, holding passport No. P1234567, who lives at Villa 22, Street 14, Al Barsha 2, "
            "Dubai. Khalid Rashid AL MANSOORI used a car bearing registration No. MH 01 AB 1234 while in Mumbai. "
            "His brother Hamad Rashid AL MANSOORI, who owns a car, registration No. MH 02 CD 5678, and a van, "
            "registration No. MH 04 EF 9012, is a witness; their father is not involved."
        ),
        Para(
            "Between May 2022 and February 2024 the suspect, a procurement manager of Dubai Health Supplies LLC, "
            "awarded supply contracts worth AED 9,200,000 to Coastline Medical Trading LLC in return for payments "
            "made to him in India. On 9 January 2024 K. R. Al Mansouri collected INR 4,500,000 in cash in Mumbai "
            "and drove away in the said vehicle, registration No. MH 01 AB 1243, according to the hotel's records."
        ),
        Para(
            "The suspect is being investigated for bribery in the private sector under Article 278 of Federal "
            "Decree-Law No. 31 of 2021 on Crimes and Penalties and for money laundering under Federal Decree-Law "
            "No. 20 of 2018. The conduct would also constitute offences under the Prevention of Corruption Act, "
            "1988 and the Prevention of Money-Laundering Act, 2002 of India."
        ),
        Para(
            "We ask that the competent authorities of India obtain from the Regional Transport Office, Mumbai, the "
            "registration records of the car bearing registration No. MH 01 AB 1234, and from the telecommunication "
            "operator the subscriber details and the call records from 1 January 2024 to 31 January 2024 of mobile "
            "number +91 98200 12345 used by Khalid Rashid AL MANSOORI."
        ),
        Para(
            "The records are needed to prove that the suspect received the cash in Mumbai, and they will be produced "
            "as evidence before the Dubai Criminal Court."
        ),
        Para(
            "We ask that the records be certified by the issuing authority as true copies, so that they can be "
            "received in evidence in the United Arab Emirates."
        ),
        Para(
            "We ask that this request and its contents be kept confidential and that the suspect not be informed of "
            "it, because he could leave India."
        ),
        Para(
            "The evidence will be used only for the investigation and prosecution described in this request and will "
            "not be used for any other purpose without the prior consent of India."
        ),
        Para(
            "The prosecutor in charge of the case is Chief Prosecutor Mariam Al Hashimi, who may be contacted on "
            "+971 4 334 5555 or at mariam.alhashimi@dxbpp.gov.ae."
        ),
        Para("Yours sincerely,"),
        Lines(
            "(Signed)",
            "Mariam Al Hashimi",
            "Chief Prosecutor, Financial Crimes Prosecution",
            "Dubai, 2 September 2024",
        ),
    ),
    expected=(
        Expect("MLA301", "warning", "K. R. Al Mansouri"),
        Expect("MLA302", "error", "MH 01 AB 1243"),
    ),
)

CN_TO_SG_CLEAN = Sample(
    name="complete_cn_to_sg_names",
    format="txt",
    style="Plain-text request with headings, Chinese names written surname first and given-name first",
    description=(
        "Complete request from China's Ministry of Public Security, through the Ministry of Justice, to "
        "Singapore's Attorney-General's Chambers for bank and company records. Near-misses for MLA301/302: "
        "'ZHANG Wei', 'Zhang Wei', 'Wei ZHANG' and 'Mr Zhang' are one person; 'ZHANG Lei', his brother, is "
        "another; 'Li Na' and 'Li Ning' are two people; 'Jade Harbour Trading Pte Ltd' and 'Jade Harbour Trading "
        "Pte. Limited' are one company with one registration number written twice; two accounts and two "
        "telephone numbers are listed for the suspect. No findings."
    ),
    date=datetime(2024, 4, 15, 9, 0),
    author="Ministry of Public Security, China",
    confidentiality_clause=True,
    near_misses=("ZHANG Lei", "Li Ning", "Jade Harbour Trading Pte. Limited"),
    items=(
        Lines(
            "Ministry of Public Security of the People's Republic of China",
            "Economic Crime Investigation Bureau",
            "14 Dongchang'an Street, Beijing",
        ),
        Lines("Ref: MPS/ECIB/MLA/2024/0219", "15 April 2024"),
        Lines(
            "The Central Authority",
            "International Affairs Division",
            "Attorney-General's Chambers",
            "1 Upper Pickering Street",
            "Singapore 058288",
        ),
        Heading("REQUEST FOR MUTUAL LEGAL ASSISTANCE IN CRIMINAL MATTERS"),
        Heading("1. Legal basis"),
        Para(
            "The Ministry of Public Security of the People's Republic of China, through the Ministry of Justice as "
            "Central Authority, requests the assistance of the Republic of Singapore under Article 18 of the United "
            "Nations Convention against Transnational Organized Crime, to which both States are party."
        ),
        Heading("2. Authority and proceedings"),
        Para(
            "The Economic Crime Investigation Bureau of the Shenzhen Public Security Bureau opened Case No. "
            "SZ-ECIB-2023-1187 on 6 December 2023 under the supervision of the Shenzhen People's Procuratorate, "
            "which will prosecute the case before the Shenzhen Intermediate People's Court."
        ),
        Heading("3. Persons and companies concerned"),
        Para(
            "The suspect is ZHANG Wei, male, a Chinese citizen born on 8 August 1981, holding resident identity "
            "card No. 11010519491231002X and passport No. E12345678, mobile telephones +86 139 1099 8765 and "
            "+65 9123 4567. Zhang Wei is the sole shareholder of Jade Harbour Trading Pte Ltd (company registration "
            "No. 201912345K), Singapore. His brother ZHANG Lei lives in Shenzhen and is not a suspect."
        ),
        Para(
            "The witness Li Na is the company's former accountant. Li Ning, who shares her surname but is not "
            "related to her, is the customs broker who cleared the goods."
        ),
        Heading("4. Facts"),
        Para(
            "Between March 2021 and October 2023 Wei ZHANG declared electronic components imported into Shenzhen "
            "at about one tenth of their value, evading customs duties of CNY 38,600,000. The difference was paid "
            "by the buyers to Jade Harbour Trading Pte. Limited, registration No. 201912345K of the company being "
            "shown on each invoice. Mr Zhang moved the money through account No. 003-912345-6 and account No. "
            "003-912346-4 at DBS Bank Ltd, Singapore."
        ),
        Heading("5. Offences"),
        Para(
            "The suspect is investigated for smuggling ordinary goods under Article 153 of the Criminal Law of the "
            "People's Republic of China and for money laundering under Article 191. The conduct would also "
            "constitute offences under the Customs Act 1960 and the Corruption, Drug Trafficking and Other Serious "
            "Crimes (Confiscation of Benefits) Act 1992 of Singapore."
        ),
        Heading("6. Assistance requested"),
        Para(
            "The Ministry asks that the competent authorities of Singapore obtain from DBS Bank Ltd the account "
            "opening documents and the statements from 1 March 2021 to 31 October 2023 of accounts No. "
            "003-912345-6 and No. 003-912346-4 held by Jade Harbour Trading Pte Ltd, and from the Accounting and "
            "Corporate Regulatory Authority the records of the company."
        ),
        Heading("7. Purpose"),
        Para(
            "The records will show where the undeclared part of the price was paid and will be produced as evidence "
            "before the Shenzhen Intermediate People's Court."
        ),
        Heading("8. Procedure"),
        Para(
            "The Ministry asks that the bank records be certified as true copies by an officer of the bank."
        ),
        Heading("9. Confidentiality"),
        Para(
            "The Ministry asks that this request be kept confidential and that the account holder not be informed "
            "of it, since the funds could be moved."
        ),
        Heading("10. Use of evidence"),
        Para(
            "The evidence will be used only for the investigation and prosecution described in this request and "
            "not for any other purpose without the consent of Singapore. China will give Singapore the same "
            "assistance in a comparable case."
        ),
        Heading("11. Contact"),
        Para(
            "The officer in charge is Inspector Chen Xiaoyu, Shenzhen Public Security Bureau, telephone "
            "+86 755 8422 1100, e-mail chenxiaoyu@szga.gov.cn."
        ),
        Lines("(Signed)", "Wang Jianguo", "Director, Economic Crime Investigation Bureau", "Beijing, 15 April 2024"),
    ),
)

ES_TO_CO_CLEAN = Sample(
    name="complete_es_to_co_names",
    format="docx",
    style="Word request with headings, Spanish double surnames with and without accents, a father and a son",
    description=(
        "Complete request from a Spanish investigating court, through the Ministry of Justice, to Colombia's "
        "Fiscalía General de la Nación for a witness statement and bank records. Near-misses: 'GARCÍA LÓPEZ, José "
        "Luis', 'José Luis García López', 'Jose Luis Garcia Lopez' (the bank's spelling without accents) and 'Sr. "
        "García López' are one person; his father 'José García Pérez' is another; a valid DNI checked by "
        "python-stdnum; a witness from 'Inversiones Caribe S.A.S.'. No findings."
    ),
    date=datetime(2024, 2, 12, 10, 0),
    author="Juzgado Central de Instrucción n.º 5, Madrid",
    confidentiality_clause=True,
    near_misses=("Jose Luis Garcia Lopez", "José García Pérez"),
    items=(
        Lines(
            "Juzgado Central de Instrucción n.º 5",
            "Audiencia Nacional",
            "Calle García Gutiérrez 1",
            "28004 Madrid, Spain",
        ),
        Lines("Diligencias Previas 112/2023", "12 February 2024"),
        Lines(
            "Fiscalía General de la Nación",
            "Dirección de Asuntos Internacionales",
            "Avenida Calle 24 No. 52-01",
            "Bogotá, Colombia",
        ),
        Title("Letter of request for mutual legal assistance in criminal matters"),
        Heading("Legal basis"),
        Para(
            "The Central Investigating Court No. 5 of the Audiencia Nacional, Madrid, requests the assistance of the "
            "Republic of Colombia under Article 18 of the United Nations Convention against Transnational Organized "
            "Crime, to which both States are party. Spain will give Colombia the same assistance in a comparable case."
        ),
        Heading("Proceedings"),
        Para(
            "The Court is investigating preliminary proceedings No. 112/2023, opened on 4 September 2023 on a "
            "complaint by the Public Prosecutor's Office against Corruption and Organised Crime."
        ),
        Heading("Persons concerned"),
        Para(
            "The person under investigation is GARCÍA LÓPEZ, José Luis, a Spanish citizen born on 17 June 1976, "
            "holding national identity document (DNI) No. 12345678Z and passport No. PAB123456, resident at Calle Serrano 41, Madrid. His "
            "father, José García Pérez, is the registered owner of the family's house and is not under "
            "investigation."
        ),
        Para(
            "The witness is Ms Catalina Restrepo Uribe, legal representative of Inversiones Caribe S.A.S. (tax "
            "identification number 900.123.456-7), Calle 93 No. 11-26, Bogotá."
        ),
        Heading("Facts"),
        Para(
            "Between 2020 and 2022 José Luis García López, as director of a Spanish engineering company, paid EUR "
            "1,200,000 to Inversiones Caribe S.A.S. for consultancy services that were never provided, and the money "
            "was returned to him in Colombia. The bank in Bogotá opened account No. 0550-1234-5678 in the name of "
            "Jose Luis Garcia Lopez, without accents, on 2 March 2020. Sr. García López withdrew EUR 400,000 from it "
            "in 2021."
        ),
        Heading("Offences"),
        Para(
            "The facts are investigated as corruption in business under Article 286 bis and money laundering under "
            "Article 301 of the Spanish Criminal Code. They would also constitute offences of private-to-private "
            "bribery and money laundering under Articles 250A and 323 of the Colombian Criminal Code."
        ),
        Heading("Assistance requested"),
        Para(
            "The Court asks that the competent Colombian authorities (a) take a witness statement from Ms Catalina "
            "Restrepo Uribe on the services invoiced by Inversiones Caribe S.A.S., on who ordered and received them "
            "and on the repayments made to José Luis García López, and (b) obtain "
            "from Bancolombia S.A. the statements from 1 January 2020 to 31 December 2022 of account No. "
            "0550-1234-5678 held by José Luis García López."
        ),
        Heading("Purpose"),
        Para(
            "The statement and the records will show that the consultancy fees returned to the person under "
            "investigation and will be used as evidence at his trial before the Audiencia Nacional."
        ),
        Heading("Procedure"),
        Para(
            "The Court asks that the witness be informed of her rights under Colombian law, that the statement be "
            "recorded in writing and signed, and that the bank records be certified by the bank."
        ),
        Heading("Confidentiality and use"),
        Para(
            "The Court asks that this request be kept confidential and that the account holder not be informed of "
            "it. The evidence will be used only in these proceedings and not for any other purpose without the "
            "consent of Colombia."
        ),
        Heading("Contact"),
        Para(
            "The Court's clerk, Ms Elena Martín Ruiz, may be contacted on +34 91 397 3300 or at "
            "elena.martin@justicia.es."
        ),
        Lines(
            "(Signed)",
            "Manuel Ortega Sanz",
            "Investigating Judge, Central Investigating Court No. 5",
            "Madrid, 12 February 2024",
        ),
    ),
)

UA_TO_PL_PASSPORT = Sample(
    name="defective_ua_to_pl_passport",
    format="txt",
    style="Plain-text request with numbered paragraphs and no headings, Ukrainian names transliterated one way",
    description=(
        "Request from Ukraine's National Anti-Corruption Bureau, through the Prosecutor General's Office, to "
        "Poland's National Prosecutor's Office for border and bank records. The suspect's passport number "
        "changes between the particulars and 'his passport' in the facts (MLA302), and the PESEL of the Polish "
        "witness fails its check digit (MLA302). Near-misses: 'Olena KOVALENKO' and her brother 'Oleh KOVALENKO' "
        "are two people ('O. Kovalenko' fits both and is linked to none); the transliteration 'Kovalenko' is used "
        "throughout; two telephone numbers are listed for the suspect."
    ),
    date=datetime(2024, 10, 21, 14, 0),
    author="National Anti-Corruption Bureau of Ukraine",
    confidentiality_clause=True,
    near_misses=("Oleh KOVALENKO", "O. Kovalenko"),
    items=(
        Lines("National Anti-Corruption Bureau of Ukraine", "3 Denysa Monastyrskoho Street", "Kyiv 03035, Ukraine"),
        Lines("No. 52023000000000412", "21 October 2024"),
        Lines("National Prosecutor's Office", "Department of International Cooperation", "ul. Postępu 3", "Warsaw, Poland"),
        Title("Request for legal assistance in criminal proceedings No. 52023000000000412"),
        Numbered(
            "The National Anti-Corruption Bureau of Ukraine (NABU), under the procedural supervision of the "
            "Specialized Anti-Corruption Prosecutor's Office, requests the assistance of the Republic of Poland "
            "under the European Convention on Mutual Assistance in Criminal Matters of 20 April 1959 and its "
            "Second Additional Protocol, and Article 46 of the United Nations Convention against Corruption."
        ),
        Numbered(
            "NABU detectives are investigating criminal proceedings No. 52023000000000412, registered on 5 June "
            "2023, concerning bribes paid for contracts to repair bridges. The Specialized Anti-Corruption "
            "Prosecutor's Office supervises the investigation and will send the indictment to the High "
            "Anti-Corruption Court of Ukraine."
        ),
        Numbered(
            "The suspect is Olena KOVALENKO, a Ukrainian citizen born on 14 April 1984, holding passport No. "
            "FX123456, telephones +380 67 123 4567 and +48 601 234 567, formerly deputy head of the State Agency "
            "for Restoration. Her brother Oleh KOVALENKO is a witness and holds no office. The Polish witness is "
            "Mr Tomasz WIŚNIEWSKI (personal identification number (PESEL) 44051401358), director of Vistula Build sp. z o.o., Warsaw."
        ),
        Numbered(
            "Between 2022 and 2023 Olena KOVALENKO steered contracts for the repair of bridges worth UAH 96,000,000 "
            "to Vistula Build sp. z o.o. and received EUR 310,000 in return. On 2 March 2023 she crossed the "
            "Polish border at Medyka on her passport No. FX123465 and deposited EUR 150,000 at PKO Bank Polski, "
            "Rzeszów. O. Kovalenko is named as the payee in the company's ledger."
        ),
        Numbered(
            "The suspect is investigated for the acceptance of an unlawful benefit by an official under Article 368 "
            "of the Criminal Code of Ukraine and for money laundering under Article 209 of the Criminal Code of "
            "Ukraine. The same conduct would also constitute offences under Article 228 and Article 299 of the "
            "Polish Criminal Code."
        ),
        Numbered(
            "NABU asks that the competent Polish authorities (a) obtain from the Border Guard the records of the "
            "suspect's crossings of the border from 1 January 2022 to 31 December 2023, (b) obtain from PKO Bank "
            "Polski S.A. the records of the deposit of EUR 150,000 on 2 March 2023 and the statements of the "
            "account into which it was paid from 1 March 2023 to 31 December 2023, and (c) interview Mr Tomasz "
            "WIŚNIEWSKI as a witness about the payments of Vistula Build sp. z o.o."
        ),
        Numbered(
            "The records and the statement are needed to prove that the suspect received the unlawful benefit and "
            "will be used as evidence before the High Anti-Corruption Court."
        ),
        Numbered(
            "NABU asks that the witness be heard in the presence of a NABU detective, if Polish law allows, and that "
            "the records be certified as true copies."
        ),
        Numbered(
            "NABU asks that this request be kept confidential and that the suspect not be informed of it, since she "
            "could move the funds. The evidence will be used only in these proceedings and not for any other "
            "purpose without the consent of Poland. Ukraine will give Poland the same assistance in a comparable "
            "case."
        ),
        Numbered(
            "The detective in charge is Senior Detective Andrii Melnyk, telephone +380 44 246 3000, e-mail "
            "a.melnyk@nabu.gov.ua."
        ),
        Lines("(Signed)", "Andrii Melnyk", "Senior Detective, NABU", "Kyiv, 21 October 2024"),
    ),
    expected=(
        Expect("MLA302", "error", "FX123465"),
        Expect("MLA302", "error", "44051401358"),
    ),
)

PK_TO_MY_INITIALS = Sample(
    name="defective_pk_to_my_initials",
    format="pdf",
    style="PDF letter without headings, South Asian names with 's/o', a Malay director, initials",
    description=(
        "Request from Pakistan's Federal Investigation Agency to Malaysia's Attorney-General's Chambers for bank "
        "records. The suspect 'Tariq Mehmood QURESHI' is 'T. M. Qureshy' once, after initials (MLA301), and 'the "
        "said mobile number' is written with a different number (MLA302). Near-misses: his father 'Mehmood "
        "Akhtar QURESHI' after 's/o'; 'T. M. Qureshi' and 'Mr Qureshi' short forms; the Malay director 'Ahmad bin "
        "Ismail' is 'Encik Ahmad'; 'Maybank Berhad' and 'Maybank Bhd' are one bank; his CNIC is valid."
    ),
    date=datetime(2024, 11, 4, 10, 0),
    author="Federal Investigation Agency, Pakistan",
    confidentiality_clause=True,
    near_misses=("T. M. Qureshi", "Encik Ahmad", "Maybank Bhd"),
    items=(
        Lines(
            "Government of Pakistan",
            "Federal Investigation Agency, Corporate Crime Circle",
            "Shahrah-e-Faisal, Karachi",
        ),
        Lines("No. FIA/CCC/KHI/MLA/88/2024", "4 November 2024"),
        Lines(
            "International Affairs Division",
            "Attorney General's Chambers",
            "No. 45, Persiaran Perdana, Presint 4",
            "62100 Putrajaya, Malaysia",
        ),
        Para("Dear Sir or Madam,"),
        Para(
            "Re: State v. Tariq Mehmood QURESHI, FIA Case No. 88/2024 (Corporate Crime Circle, Karachi): request "
            "for bank records"
        ),
        Para(
            "The Federal Investigation Agency of the Islamic Republic of Pakistan, which investigates and "
            "prosecutes corporate fraud and money laundering, asks for the assistance of Malaysia under Article 18 "
            "of the United Nations Convention against Transnational Organized Crime, to which both States are "
            "party, and the Mutual Legal Assistance (Criminal Matters) Act, 2020 of Pakistan. Pakistan will give "
            "the same assistance to Malaysia in a comparable case."
        ),
        Para(
            "FIA Case No. 88/2024 was registered on 2 April 2024 by the Corporate Crime Circle, Karachi, and will "
            "be tried by the Special Court (Offences in Banks), Karachi."
        ),
        Para(
            "The suspect is QURESHI, Tariq Mehmood, s/o Mehmood Akhtar QURESHI, a Pakistani citizen born on "
            "2 January 1980, holding computerised national identity card (CNIC) No. 42101-1234567-3, mobile +92 321 2345678. T. M. Qureshi was the chief "
            "financial officer of Indus Textile Mills Limited, Karachi. His father is not a suspect."
        ),
        Para(
            "Between July 2021 and December 2023 the suspect diverted PKR 640,000,000 of export proceeds of Indus "
            "Textile Mills Limited to Straits Apparel Sdn Bhd, Kuala Lumpur, whose director is Ahmad bin Ismail. "
            "Encik Ahmad told the company's auditors that T. M. Qureshy had instructed every payment from the said "
            "mobile number, +92 321 2345687, by text message. Mr Qureshi opened account No. 5140-1234-5678 with "
            "Maybank Berhad in the company's name on 15 June 2021."
        ),
        Para(
            "The suspect is investigated for criminal breach of trust under section 409 of the Pakistan Penal Code "
            "and for money laundering under section 3 of the Anti-Money Laundering Act, 2010. The conduct would "
            "also constitute offences under section 409 of the Penal Code and section 4 of the Anti-Money "
            "Laundering, Anti-Terrorism Financing and Proceeds of Unlawful Activities Act 2001 of Malaysia."
        ),
        Para(
            "We ask that the competent authorities of Malaysia obtain from Maybank Bhd the account opening "
            "documents and the statements from 1 June 2021 to 31 December 2023 of account No. 5140-1234-5678 held "
            "by Straits Apparel Sdn Bhd."
        ),
        Para(
            "The records are needed to trace the diverted export proceeds, and they will be produced as evidence "
            "before the Special Court (Offences in Banks), Karachi."
        ),
        Para(
            "We ask that the records be certified by an officer of the bank as true copies of its business records."
        ),
        Para(
            "We ask that this request and its contents be kept confidential and that the account holder not be "
            "informed of it. The evidence will be used only for the investigation and prosecution described in this "
            "request and not for any other purpose without the prior consent of Malaysia."
        ),
        Para(
            "The officer in charge of the case is Assistant Director Nadia Rehman, who may be contacted on "
            "+92 21 9920 1234 or at nadia.rehman@fia.gov.pk."
        ),
        Para("Yours faithfully,"),
        Lines(
            "(Signed)",
            "Imtiaz Ali Shah",
            "Additional Director, Corporate Crime Circle",
            "Federal Investigation Agency, Karachi, 4 November 2024",
        ),
    ),
    expected=(
        Expect("MLA301", "warning", "T. M. Qureshy"),
        Expect("MLA302", "error", "+92 321 2345687"),
    ),
)


DE_TO_CH_FAMILY = Sample(
    name="defective_de_to_ch_family",
    format="docx",
    style="Word request with headings, German names with umlauts written two ways, a father and a son of one name",
    description=(
        "Request from the Public Prosecutor's Office Frankfurt am Main to the Swiss Federal Office of Justice for "
        "bank records. The same identity card number is given for the suspect and for his wife (MLA302). "
        "Near-misses: 'Hans-Jürgen MÜLLER' and his son 'Jürgen MÜLLER' are two people ('Mr Müller' fits both and "
        "is linked to none); 'Jürgen Mueller' is the bank's transcription of 'Jürgen Müller', not a variant; "
        "'Müller Logistik GmbH' keeps one commercial register number; two telephone numbers of the son."
    ),
    date=datetime(2024, 6, 17, 9, 0),
    author="Staatsanwaltschaft Frankfurt am Main",
    confidentiality_clause=True,
    near_misses=("Jürgen Mueller", "Mr Müller"),
    items=(
        Lines("Staatsanwaltschaft Frankfurt am Main", "Konrad-Adenauer-Straße 20", "60313 Frankfurt am Main, Germany"),
        Lines("Az. 7 Js 1234/23", "17 June 2024"),
        Lines("Federal Office of Justice", "Mutual Legal Assistance Unit", "Bundesrain 20", "3003 Bern, Switzerland"),
        Title("Request for mutual legal assistance in criminal matters"),
        Heading("Legal basis"),
        Para(
            "The Public Prosecutor's Office Frankfurt am Main requests the assistance of the Swiss Confederation "
            "under the European Convention on Mutual Assistance in Criminal Matters of 20 April 1959 and its "
            "Second Additional Protocol, to which both States are party. Germany will give Switzerland the same "
            "assistance in a comparable case."
        ),
        Heading("Proceedings"),
        Para(
            "The Public Prosecutor's Office is investigating case 7 Js 1234/23, opened on 9 October 2023 on a "
            "report by the Federal Financial Supervisory Authority, concerning investment fraud committed through "
            "a logistics company. The indictment will be brought before the Regional Court Frankfurt am Main."
        ),
        Heading("Persons concerned"),
        Para(
            "The suspect is Hans-Jürgen MÜLLER, born on 3 March 1961, German citizen, identity card No. "
            "L01X00T47, managing director of Müller Logistik GmbH (commercial register No. 123456). His wife "
            "Sabine MÜLLER, identity card No. L01X00T47, holds no office in the company and is not a suspect."
        ),
        Para(
            "His son Jürgen MÜLLER, born on 9 April 1990, telephones +49 171 2345678 and +41 79 123 45 67, is a "
            "witness. The Swiss bank writes his name Jürgen Mueller."
        ),
        Heading("Facts"),
        Para(
            "Between 2020 and 2023 Hans-Jürgen MÜLLER sold 412 investors shares in a fleet of lorries that Müller "
            "Logistik GmbH never bought, taking EUR 6,300,000. Mr Müller transferred EUR 1,150,000 of the money to "
            "account IBAN CH93 0076 2011 6238 5295 7 at Banque Léman SA, Geneva, opened in the name of Jürgen "
            "Mueller on 4 May 2021, and Müller Logistik GmbH, commercial register No. 123456, paid the rest "
            "to its own accounts in Germany."
        ),
        Heading("Offences"),
        Para(
            "The suspect is investigated for fraud under section 263 of the German Criminal Code and for money "
            "laundering under section 261 of the German Criminal Code. The same conduct would constitute fraud "
            "under Article 146 and money laundering under Article 305bis of the Swiss Criminal Code."
        ),
        Heading("Assistance requested"),
        Para(
            "The Public Prosecutor's Office asks that the competent Swiss authorities obtain from Banque Léman SA "
            "the account opening documents and the statements from 1 May 2021 to 31 December 2023 of the account "
            "with IBAN CH93 0076 2011 6238 5295 7 held by Jürgen Müller."
        ),
        Heading("Purpose"),
        Para(
            "The records will show where the investors' money went and will be produced as evidence before the "
            "Regional Court Frankfurt am Main."
        ),
        Heading("Procedure, confidentiality and use"),
        Para(
            "The records should be certified as true copies by the bank. The Public Prosecutor's Office asks that "
            "this request be kept confidential and that the account holder not be informed of it. The evidence "
            "will be used only in these proceedings and not for any other purpose without the consent of "
            "Switzerland."
        ),
        Heading("Contact"),
        Para(
            "Senior Public Prosecutor Dr Katrin Vogel, telephone +49 69 1367 2211, e-mail "
            "katrin.vogel@sta.justiz.hessen.de."
        ),
        Lines("(Signed)", "Dr Katrin Vogel", "Senior Public Prosecutor", "Frankfurt am Main, 17 June 2024"),
    ),
    expected=(Expect("MLA302", "error", "Sabine MÜLLER"),),
)

CORPUS_E: tuple[Sample, ...] = (
    NG_TO_UK_IDENTITY,
    AE_TO_IN_VEHICLE,
    CN_TO_SG_CLEAN,
    ES_TO_CO_CLEAN,
    UA_TO_PL_PASSPORT,
    PK_TO_MY_INITIALS,
    DE_TO_CH_FAMILY,
)
