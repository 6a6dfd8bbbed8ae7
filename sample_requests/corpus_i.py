"""Held-out sample requests (batch I), written without sight of the rules' code, to measure how the rules generalise.

Twelve requests: five complete (no MLA1xx/MLA2xx finding expected) and seven defective.
Formats: four .docx, four .pdf, four .txt. Labels follow the rule catalogue in DESIGN.md; a missing
element is located at a heading that announced it, if any, otherwise at None (whole document).
MLA110 is expressed through ``confidentiality_clause=False`` and MLA202 through ``placeholders``.
"""

from __future__ import annotations

from datetime import datetime

from sample_model import Comment, Expect, Heading, Lines, Numbered, Para, Sample, Table, Title

# --------------------------------------------------------------------------------------------------
# 1. Argentina -> Uruguay: form-like layout, most elements in a table (complete)
# --------------------------------------------------------------------------------------------------
AR_TO_UY = Sample(
    name="heldout_complete_form_ar_to_uy",
    format="docx",
    style="Argentine federal court request laid out as a two-column form: nearly every element sits in a table cell",
    description=(
        "Complete request of a federal criminal court in Rosario to Uruguay under the MERCOSUR San Luis Protocol and "
        "the 1988 Vienna Convention for the search of a pusher tug moored at Nueva Palmira, seizure of its logbook and "
        "chart plotter, and certified port movement records, in a cocaine-trafficking case. Every element is a form "
        "field with unusual labels. Near-misses: a Paraguayan-flagged barge (third country), 'between 1 October 2024 "
        "and 31 January 2025' (a bounded period). No findings."
    ),
    date=datetime(2025, 4, 14, 11, 0),
    author="Juzgado Federal en lo Criminal y Correccional N.º 2 de Rosario",
    confidentiality_clause=True,
    near_misses=("Paraguayan-flagged", "between 1 October 2024 and 31 January 2025"),
    items=(
        Lines(
            "Judicial Branch of the Argentine Nation",
            "Federal Criminal and Correctional Court No. 2 of Rosario",
            "Bv. Oroño 940, S2000 Rosario, Santa Fe, Argentine Republic",
        ),
        Lines("Case file No. 18342/2024, 'Ibarguren, Néstor Fabián and others, on trafficking'", "Rosario, 14 April 2025"),
        Title("Letter of Request for International Criminal Assistance (Exhorto)"),
        Para(
            "Sent through the Directorate of International Legal Assistance of the Ministry of Foreign Affairs, "
            "International Trade and Worship of the Argentine Republic to the Central Authority for International "
            "Legal Cooperation, Ministry of Education and Culture, Eastern Republic of Uruguay."
        ),
        Table(
            ("Field", "Entry"),
            (
                "Issued by",
                "Federal Criminal and Correctional Court No. 2 of Rosario, presided by Federal Judge Dr. Mariela Inés "
                "Cardozo, on the motion of the Federal Prosecutor's Office of Rosario for drug crimes",
            ),
            (
                "Instruments invoked",
                "Protocol on Mutual Legal Assistance in Criminal Matters of the Southern Common Market (San Luis, "
                "25 June 1996), Articles 1 and 2; Article 7 of the United Nations Convention against Illicit Traffic in "
                "Narcotic Drugs and Psychotropic Substances of 1988. Argentina and Uruguay are bound by both.",
            ),
            (
                "State of the case",
                "Judicial investigation (instrucción) opened on 9 January 2025 and conducted by this Court, with the "
                "Argentine Federal Police acting under its orders. Three persons are detained in Rosario; no "
                "indictment has yet been confirmed.",
            ),
            (
                "Events",
                "On 7 January 2025 officers of the Argentine Naval Prefecture stopped the Paraguayan-flagged barge "
                "'Itá Ybaté' on the Paraná River near Villa Constitución and found 412 kilograms of cocaine "
                "hydrochloride hidden in its soybean cargo. Satellite messages found on the barge master's telephone "
                "show that the barge was pushed as far as kilometre 168 of the river by the Uruguayan tug 'Don "
                "Anselmo II', whose crew loaded the packages at night on 3 January 2025 while both vessels were "
                "anchored. The tug then returned to Nueva Palmira, where it is still moored at berth 4 of the "
                "grain terminal.",
            ),
            (
                "Crimes charged and their source",
                "Aggravated trafficking in narcotics, Article 5(c) and Article 11(c) of Law No. 23.737; attempted "
                "aggravated smuggling of narcotics, Articles 864(d), 866 (second paragraph) and 871 of the Customs "
                "Code, Law No. 22.415.",
            ),
            (
                "Position under Uruguayan law",
                "The same acts are punishable in Uruguay as trafficking in narcotics under Articles 31 and 32 of "
                "Decree-Law No. 14.294, as amended by Law No. 17.016.",
            ),
            (
                "Persons involved",
                "Néstor Fabián Ibarguren, Argentine national, national identity document 27.884.310, detained in "
                "Rosario; Washington Daniel Pereyra Souto, Uruguayan national, identity card 3.915.446-2, master of "
                "the tug, domiciled at Calle Rivera 611, Nueva Palmira, Colonia; Alto Paraná Remolques S.R.L., "
                "owner of the tug, tax number 217745610019, Calle 18 de Julio 1402, Montevideo.",
            ),
            (
                "Steps the Court asks Uruguay to take",
                "(1) Search the tug 'Don Anselmo II', registration number 6041-R, wherever it is moored in Uruguay; "
                "(2) seize its logbook, its GPS chart plotter with stored tracks, and any satellite telephone on "
                "board; (3) provide certified copies of the entry and departure records of the tug kept by the "
                "National Ports Administration for Nueva Palmira between 1 October 2024 and 31 January 2025.",
            ),
            (
                "Why these items matter",
                "The stored tracks and the port records will show whether the tug was alongside the barge at "
                "kilometre 168 on the night of 3 January 2025, which is the act of loading attributed to Mr Pereyra "
                "Souto and the link between the Uruguayan crew and the detained Argentine organisers.",
            ),
            (
                "How the Court needs the evidence",
                "The search record (acta) should list each item seized and be signed by the officers and two "
                "witnesses; the chart plotter should be sealed and its chain of custody documented; the port records "
                "should be certified by the officer who keeps them. An Argentine prosecutor asks to attend the search "
                "as an observer.",
            ),
            (
                "Secrecy",
                "The investigation is under judicial secrecy. The Court asks that neither the owner nor the crew be "
                "told of this request before the search, to avoid the destruction of the tracks.",
            ),
            (
                "Limits on use",
                "The material will be used only in this case file and not in other proceedings without Uruguay's "
                "prior consent.",
            ),
            (
                "Person to call",
                "Dr. Gastón Ezequiel Larrea, Court Secretary, telephone +54 341 448 7120, email "
                "glarrea@pjn.gov.ar.",
            ),
        ),
        Lines(
            "(Signed and sealed)",
            "Dr. Mariela Inés Cardozo",
            "Federal Judge, Federal Criminal and Correctional Court No. 2 of Rosario",
            "Rosario, 14 April 2025",
        ),
    ),
)

# --------------------------------------------------------------------------------------------------
# 2. Ireland -> United Kingdom: long prose, few headings, restraint of real estate (complete)
# --------------------------------------------------------------------------------------------------
IE_TO_UK = Sample(
    name="heldout_complete_restraint_ie_to_uk",
    format="pdf",
    style="Long discursive letter from an Irish central authority: long prose paragraphs under a few loose headings",
    description=(
        "Complete Irish request to the UK Central Authority to restrain a Liverpool apartment and a bank balance "
        "bought with proceeds of an invoice-redirection fraud on a Cork hospital, and to obtain official copies of "
        "the Land Registry title. Gives the property's particulars, the link to the offence and the Irish High Court "
        "restraint order. Near-miss: money passed through Lithuania (third country). No findings."
    ),
    date=datetime(2025, 2, 26, 10, 30),
    author="Department of Justice, Ireland",
    confidentiality_clause=True,
    near_misses=("Lithuania",),
    items=(
        Lines(
            "Central Authority for Mutual Assistance",
            "Department of Justice",
            "51 St Stephen's Green, Dublin 2, D02 HK52, Ireland",
        ),
        Lines("Our reference: 2025/0113", "26 February 2025"),
        Lines("UK Central Authority", "Home Office", "2 Marsham Street", "London SW1P 4DF"),
        Title("Request for restraint of property: The People (at the suit of the Director of Public Prosecutions) v. Conor Daly"),
        Para(
            "I write on behalf of the Minister for Justice, who is the Central Authority of Ireland for mutual "
            "assistance, to transmit a request from the Director of Public Prosecutions of Ireland. The Director is "
            "prosecuting Mr Conor Patrick Daly before the Circuit Criminal Court in Cork on an indictment returned "
            "on 4 December 2024; the case was investigated by the Garda National Economic Crime Bureau of An Garda "
            "Síochána, and a trial date is expected to be fixed in the autumn."
        ),
        Heading("Legal framework"),
        Para(
            "Ireland relies on Article 1 of the European Convention on Mutual Assistance in Criminal Matters of "
            "1959 and on Article 11 of the Council of Europe Convention on Laundering, Search, Seizure and "
            "Confiscation of the Proceeds from Crime of 1990, both binding on Ireland and the United Kingdom, and on "
            "Part 3 of the Criminal Justice (Mutual Assistance) Act 2008."
        ),
        Heading("What Mr Daly is alleged to have done"),
        Para(
            "Between March and September 2023 eleven payments intended for a medical-equipment supplier, totalling "
            "EUR 1,284,600, were made by South Infirmary Victoria University Hospital in Cork to an account that the "
            "hospital had been told, by emails apparently from the supplier, was the supplier's new account. The "
            "emails came from a look-alike domain registered by Mr Daly, who had worked as a contractor in the "
            "hospital's accounts office until February 2023. The account receiving the money was held in Mr "
            "Daly's sister's name; within days the money was moved through an account in Lithuania and then to "
            "an account held by Mr Daly himself at Mersey Harbour Bank plc in Liverpool. On 19 January 2024 Mr Daly "
            "used GBP 412,000 from that account to buy Apartment 12, Pier View House, 48 Strand Street, Liverpool "
            "L1 8LT."
        ),
        Para(
            "Mr Daly is charged with deception contrary to section 6 of the Criminal Justice (Theft and Fraud "
            "Offences) Act 2001 and with money laundering contrary to section 7 of the Criminal Justice (Money "
            "Laundering and Terrorist Financing) Act 2010. Those acts would be offences in England and Wales as "
            "fraud by false representation under sections 1 and 2 of the Fraud Act 2006 and as acquiring and "
            "converting criminal property under sections 327 and 329 of the Proceeds of Crime Act 2002."
        ),
        Para(
            "Mr Daly is an Irish citizen, born 2 August 1988, Irish passport number PX4471902. He is on bail in "
            "Ireland and lives at 7 Wellington Terrace, Ballintemple, Cork."
        ),
        Heading("What Ireland asks"),
        Para(
            "On 11 February 2025 the High Court of Ireland made a restraint order under section 24 of the Criminal "
            "Justice Act 1994 prohibiting Mr Daly from dealing with the apartment and the account; a certified copy "
            "of that order accompanies this letter. Ireland asks that the order be given effect in England and Wales, "
            "or a restraint order obtained there, over (a) the leasehold of Apartment 12, Pier View House, 48 Strand "
            "Street, Liverpool L1 8LT, registered at HM Land Registry under title number MS728114, bought for "
            "GBP 412,000 and now thought to be worth about GBP 430,000, and (b) the balance of account number "
            "41882057, sort code 30-94-17, at Mersey Harbour Bank plc, about GBP 96,000 on 31 January 2025. "
            "Ireland also asks for official copies of the register and title plan for title MS728114."
        ),
        Para(
            "If Mr Daly is convicted, the Director will apply for a confiscation order, which Ireland will then ask "
            "the United Kingdom to enforce. Unless the property is held now, it can be sold or the balance withdrawn "
            "before that stage. The official copies are needed as evidence at trial of how the laundered money was "
            "spent; they should be official copies issued by HM Land Registry, which an Irish court will accept "
            "without further proof."
        ),
        Heading("Discretion and use"),
        Para(
            "Mr Daly does not know that his assets in England have been traced. Please keep this request and its "
            "contents confidential, save as needed to execute it. Any material supplied will be used only for this "
            "prosecution and the confiscation proceedings that may follow it, unless the United Kingdom agrees "
            "otherwise."
        ),
        Para(
            "The officer dealing with the case in the Director's office is Ms Aoife Brennan, Solicitor, telephone "
            "+353 1 858 8512, email aoife.brennan@dppireland.ie."
        ),
        Lines(
            "Yours sincerely,",
            "(Signed)",
            "Declan Moriarty",
            "Principal Officer, Central Authority for Mutual Assistance",
            "Dublin, 26 February 2025",
        ),
    ),
)

# --------------------------------------------------------------------------------------------------
# 3. Canada -> Mexico: numbered paragraphs, no headings, elements scattered (complete)
# --------------------------------------------------------------------------------------------------
CA_TO_MX = Sample(
    name="heldout_complete_scattered_ca_to_mx",
    format="txt",
    style=(
        "Plain-text request of numbered paragraphs with no headings; the required elements are scattered and "
        "interleaved (confidentiality before the facts, offences near the end)"
    ),
    description=(
        "Complete request of Canada's International Assistance Group, for a Quebec prosecutor, to Mexico for hotel "
        "CCTV footage and a voluntary statement of a hotel receptionist in Cancún in a murder case. No heading "
        "announces any element; each is in running prose in an unexpected order. Near-miss: 'as soon as possible "
        "and in any case before' a dated preliminary inquiry (urgency with a date). No findings."
    ),
    date=datetime(2025, 5, 6, 15, 0),
    author="International Assistance Group, Department of Justice Canada",
    confidentiality_clause=True,
    near_misses=("as soon as possible",),
    items=(
        Lines(
            "Department of Justice Canada, International Assistance Group",
            "284 Wellington Street, Ottawa, Ontario K1A 0H8",
            "File 2025-0782",
            "6 May 2025",
        ),
        Lines(
            "Fiscalía General de la República",
            "Office of International Affairs",
            "Avenida Paseo de la Reforma 211, Mexico City, United Mexican States",
        ),
        Numbered(
            "Canada, through the International Assistance Group of the Department of Justice, which is Canada's "
            "Central Authority, presents this request on behalf of the Director of Criminal and Penal Prosecutions "
            "of Quebec. It is made under the Treaty between Canada and the United Mexican States on Mutual Legal "
            "Assistance in Criminal Matters, signed at Mexico City on 16 March 1990, in particular Article 1."
        ),
        Numbered(
            "Because the accused's associates in Mexico have not been identified, we ask at the outset that the "
            "existence and content of this request be kept confidential, except as needed for its execution."
        ),
        Numbered(
            "In the early hours of 22 November 2024 Mr Mathieu Gendron-Roy, 41, was shot dead in the car park of a "
            "restaurant on Boulevard Saint-Laurent, Montreal. Witnesses saw a man leave in a grey pickup truck. The "
            "Montreal Police Service traced the truck to Mr Yannick Arsenault Bélanger, a Canadian citizen born "
            "13 June 1985, Canadian passport AB392817, who flew from Montreal to Cancún on 23 November 2024. He "
            "returned on 9 December 2024 and was arrested on landing."
        ),
        Numbered(
            "Mr Arsenault Bélanger says he left for Cancún on 21 November 2024 and was there when the shooting took "
            "place. His passport and airline records contradict that; he has told police that the staff of the "
            "Hotel Mar Turquesa, Boulevard Kukulcán km 9.5, Zona Hotelera, Cancún, Quintana Roo, will confirm his "
            "arrival on 21 November."
        ),
        Numbered(
            "The Montreal Police Service investigated the killing, and the Director of Criminal and Penal "
            "Prosecutions charged Mr Arsenault Bélanger on 10 December 2024 with first degree murder under sections "
            "231(2) and 235(1) of the Criminal Code. The case is before the Court of Quebec, and a preliminary "
            "inquiry is set for 15 September 2025."
        ),
        Numbered(
            "Canada asks that the competent Mexican authorities (a) obtain from the Hotel Mar Turquesa copies of the "
            "recordings of its lobby and reception cameras for 21 to 24 November 2024, and the registration card "
            "and check-in record for any guest named Arsenault Bélanger in that period, and (b) take a voluntary "
            "statement from Ms Daniela Itzel Canul Pech, a Mexican national who works as night receptionist at the "
            "hotel, about the date and time Mr Arsenault Bélanger checked in, who was with him, and whether she "
            "spoke to anyone about him afterwards."
        ),
        Numbered(
            "This evidence will either confirm or disprove the alibi. If the recordings and records show that he "
            "checked in on 23 November 2024, they will support the prosecution's case that he was in Montreal at "
            "the time of the shooting."
        ),
        Numbered(
            "For the evidence to be admissible in Quebec, the hotel's recordings should be copied in their original "
            "format with a short certificate from the person who made the copy giving the date, the cameras and the "
            "hash values of the files; the statement should be taken in Spanish before a prosecutor, signed by "
            "Ms Canul Pech, and accompanied by a note of who was present."
        ),
        Numbered(
            "Homicide is also an offence in Mexico, under Article 302 of the Federal Criminal Code and the "
            "corresponding articles of the Penal Code of the State of Quintana Roo."
        ),
        Numbered(
            "Hotels often overwrite camera recordings after a few months. We therefore ask that the recordings be "
            "secured as soon as possible and in any case before 31 July 2025, so that they can be disclosed to the "
            "defence before the preliminary inquiry."
        ),
        Numbered(
            "Canada undertakes to use what is provided only in this prosecution, unless Mexico agrees to a further "
            "use. Questions may be addressed to Counsel Julie Tremblay-Okafor, International Assistance Group, "
            "telephone +1 613 555 0176, email julie.tremblay-okafor@justice.gc.ca."
        ),
        Lines(
            "(Signed)",
            "Robert Desmarais-Kwan",
            "Director, International Assistance Group",
            "Ottawa, 6 May 2025",
        ),
    ),
)

# --------------------------------------------------------------------------------------------------
# 4. Georgia -> Lithuania: unusual headings, cloud preservation (complete)
# --------------------------------------------------------------------------------------------------
GE_TO_LT = Sample(
    name="heldout_complete_cloud_ge_to_lt",
    format="docx",
    style="Prosecutor's request in Word with unusual headings (Background, Grounds, Measures sought, Safeguards)",
    description=(
        "Complete request of the Prosecutor's Office of Georgia to the Prosecutor General's Office of Lithuania "
        "under the 1959 European Convention and the Budapest Convention to preserve and produce a virtual server "
        "image and subscriber data held by a Vilnius hosting company in a ransomware extortion of a Tbilisi clinic. "
        "Every element is present under headings worded unlike the catalogue. No findings."
    ),
    date=datetime(2025, 3, 18, 9, 0),
    author="Prosecutor's Office of Georgia",
    confidentiality_clause=True,
    items=(
        Lines(
            "Prosecutor's Office of Georgia",
            "Department of International Legal Cooperation",
            "24 Gorgasali Street, 0114 Tbilisi, Georgia",
        ),
        Lines("Ref. 13/18-2291", "Tbilisi, 18 March 2025"),
        Lines(
            "Prosecutor General's Office of the Republic of Lithuania",
            "International Relations and Legal Assistance Division",
            "Rinktinės g. 5A, LT-01515 Vilnius, Lithuania",
        ),
        Title("Request for preservation and production of stored computer data"),
        Heading("Who asks"),
        Para(
            "The Department of International Legal Cooperation of the Prosecutor's Office of Georgia submits this "
            "request on behalf of Senior Prosecutor Nino Kharatishvili, who supervises criminal case "
            "No. 074180325002 opened on 2 February 2025. The investigation is carried out by the Cybercrime Division "
            "of the Central Criminal Police Department of the Ministry of Internal Affairs of Georgia. No one has "
            "been charged yet."
        ),
        Heading("Grounds"),
        Para(
            "Georgia relies on Article 1 of the European Convention on Mutual Assistance in Criminal Matters of "
            "20 April 1959 and on Articles 29 and 31 of the Council of Europe Convention on Cybercrime of "
            "23 November 2001. Both Georgia and Lithuania are parties to both conventions."
        ),
        Heading("Background"),
        Para(
            "On 1 February 2025 the patient records system of the Mzera Medical Centre, 12 Vazha-Pshavela Avenue, "
            "Tbilisi, was encrypted by ransomware. A note demanded 14 bitcoin for the decryption key and threatened to "
            "publish the data of 38,000 patients. Log files show that the stolen data were copied between 28 and "
            "31 January 2025 to a virtual private server with IP address 194.31.228.47, which belongs to the address "
            "range of Vilnius Cloud Hosting UAB, company code 305118642, Žalgirio g. 90, Vilnius."
        ),
        Para(
            "The server was rented through customer account CL-88215 and paid for with a bank card issued in "
            "Georgia to Mr Levan Abashidze, a Georgian citizen, personal number 01019045872, born 9 April 1996, "
            "registered at 17 Gorgiladze Street, Batumi. His present whereabouts are unknown."
        ),
        Heading("Offences under investigation"),
        Para(
            "The acts are investigated as extortion under Article 181(2) and as unlawful interference with a "
            "computer system under Article 286(2) of the Criminal Code of Georgia. They are also criminal under "
            "Lithuanian law, as extortion under Article 181 and unlawful interference with an information system "
            "under Article 197 of the Criminal Code of the Republic of Lithuania."
        ),
        Heading("Measures sought"),
        Numbered(
            "Immediate preservation, for 90 days, of all data stored on the virtual server at IP address "
            "194.31.228.47 and of the records of customer account CL-88215."
        ),
        Numbered(
            "Production of the subscriber information for customer account CL-88215 (name, address, email, "
            "telephone, payment records and log-in IP addresses) for 1 December 2024 to 28 February 2025."
        ),
        Numbered("Production of a forensic copy of the server's disk as it stood when preserved."),
        Heading("Why it matters"),
        Para(
            "The disk copy should contain the stolen patient data and the tools used, and the log-in addresses may "
            "show who controlled the server. Together they would connect the person who paid for the server to "
            "the extortion of the clinic."
        ),
        Heading("Form of the evidence"),
        Para(
            "Please ask the provider to certify the subscriber records, and have the disk copy made by a Lithuanian "
            "forensic examiner who records the SHA-256 hash value in a signed protocol, so that a Georgian court "
            "can verify that the copy is unaltered."
        ),
        Heading("Safeguards"),
        Para(
            "Georgia asks that the provider not inform its customer and that this request be kept confidential. "
            "The data will be used only in criminal case No. 074180325002 and the court proceedings arising from "
            "it, unless Lithuania consents to a wider use."
        ),
        Heading("Liaison"),
        Para(
            "Senior Prosecutor Nino Kharatishvili, telephone +995 32 240 5718, email n.kharatishvili@pog.gov.ge."
        ),
        Lines(
            "(Signed)",
            "Tamar Lomidze",
            "Head, Department of International Legal Cooperation",
            "Prosecutor's Office of Georgia",
            "18 March 2025",
        ),
    ),
)

# --------------------------------------------------------------------------------------------------
# 5. Tanzania -> Zambia: long court-style letter rogatory, video-link testimony (complete)
# --------------------------------------------------------------------------------------------------
TZ_TO_ZM = Sample(
    name="heldout_complete_rogatory_tz_to_zm",
    format="pdf",
    style=(
        "Long High Court letter rogatory in court style: capitalised caption, 'GREETINGS', recitals, 'NOW "
        "THEREFORE' operative paragraphs, court seal"
    ),
    description=(
        "Complete letter rogatory of the High Court of Tanzania (Corruption and Economic Crimes Division) to "
        "Zambia for the testimony by video link of a Zambian truck driver and certified immigration records of "
        "the Nakonde border post in a trafficking-in-persons trial. Near-miss: victims recruited in Malawi (third "
        "country). No findings."
    ),
    date=datetime(2025, 6, 2, 10, 0),
    author="High Court of Tanzania",
    confidentiality_clause=True,
    near_misses=("Malawi",),
    paragraph_across_pages=False,  # the layout did not break a paragraph across pages
    running_header="High Court of Tanzania - Economic Case No. 27 of 2024 - Letter Rogatory",
    items=(
        Title("LETTER ROGATORY"),
        Lines(
            "IN THE HIGH COURT OF THE UNITED REPUBLIC OF TANZANIA",
            "CORRUPTION AND ECONOMIC CRIMES DIVISION",
            "AT DAR ES SALAAM",
            "ECONOMIC CASE NO. 27 OF 2024",
            "THE REPUBLIC versus HAMISI JUMA MWAKYUSA AND ANOTHER",
        ),
        Lines(
            "TO THE COMPETENT JUDICIAL AUTHORITY OF THE REPUBLIC OF ZAMBIA",
            "through the Attorney General of the Republic of Zambia, Ministry of Justice, Lusaka",
        ),
        Para("GREETINGS."),
        Para(
            "WHEREAS this Honourable Court, on the application of the Director of Public Prosecutions of the United "
            "Republic of Tanzania made through the Attorney General as Central Authority, is seized of the trial of "
            "the accused persons Hamisi Juma Mwakyusa and Rehema Saidi Kilonzo, who were committed for trial on "
            "14 October 2024 after an investigation by the Anti-Trafficking in Persons Unit of the Tanzania Police "
            "Force;"
        ),
        Para(
            "AND WHEREAS this request is made under Article 18 of the United Nations Convention against "
            "Transnational Organized Crime, read with Article 1 of its Protocol to Prevent, Suppress and Punish "
            "Trafficking in Persons, to both of which the United Republic of Tanzania and the Republic of Zambia "
            "are parties, and under the Mutual Assistance in Criminal Matters Act, Cap. 254 of the laws of Tanzania;"
        ),
        Para(
            "AND WHEREAS the prosecution alleges that between June 2023 and February 2024 the accused recruited "
            "nineteen young women in Mbeya and in Malawi with promises of hotel work, confiscated their identity "
            "documents, and had them carried in covered lorries through the Tunduma and Nakonde border posts to "
            "Lusaka, where they were handed over to persons who forced them into domestic servitude; that on "
            "11 February 2024 Zambian police stopped one such lorry at Mpika and rescued seven women; and that "
            "the lorry's driver, Mr Chanda Mulenga Phiri, a Zambian citizen, national registration card number "
            "284715/61/1, residing at Plot 1187, Chawama, Lusaka, told the Zambian police that he was hired and paid "
            "by the first accused;"
        ),
        Para(
            "AND WHEREAS the accused stand charged with trafficking in persons contrary to section 4(1)(a) and "
            "section 4(2) of the Anti-Trafficking in Persons Act, 2008 (Act No. 6 of 2008), read with paragraph "
            "39 of the First Schedule to the Economic and Organised Crime Control Act, Cap. 200; and the same "
            "conduct constitutes the offence of trafficking in persons under section 3 of the Anti-Human "
            "Trafficking Act, 2008 (Act No. 11 of 2008) of Zambia;"
        ),
        Para(
            "AND WHEREAS the first accused is a Tanzanian citizen, born 3 March 1979, passport number TAE118402, "
            "in custody at Segerea Prison, Dar es Salaam, and the second accused is a Tanzanian citizen, born "
            "20 November 1984, passport number TAE307761, in custody at the same prison;"
        ),
        Para(
            "NOW THEREFORE this Court respectfully requests the competent judicial authority of the Republic of "
            "Zambia to do the following:"
        ),
        Numbered(
            "To arrange for Mr Chanda Mulenga Phiri to give evidence by video link from a court in Lusaka to this "
            "Court on a date to be agreed in September 2025, on the following matters: how and by whom he was hired "
            "in 2023; the payments he received; the number of journeys he made; what he was told about the women "
            "carried; and the events of 11 February 2024 at Mpika."
        ),
        Numbered(
            "To provide certified copies of the entry records of the Nakonde border post of the Department of "
            "Immigration for lorries registered to Mwakyusa Haulage Company Limited for the period 1 June 2023 to 29 February 2024."
        ),
        Para(
            "The testimony is required to prove that the first accused organised the transport of the victims, "
            "which he denies; the border records will corroborate the dates of the journeys described by the "
            "victims who have already testified."
        ),
        Para(
            "This Court asks that the witness be sworn or affirmed before a Zambian magistrate under the law of "
            "Zambia, that the prosecution and defence advocates in Dar es Salaam be allowed to examine and "
            "cross-examine him over the link, and that the records be certified as true copies by the officer in "
            "charge of the Nakonde post with the seal of the Department of Immigration."
        ),
        Para(
            "This Court further asks that this letter and its contents be treated as confidential, so that the "
            "witness is not exposed to pressure from persons associated with the accused, and undertakes that the "
            "evidence will be used only in these proceedings unless the Republic of Zambia consents otherwise."
        ),
        Para(
            "All communications on the execution of this letter may be sent to Ms Neema Joseph Mushi, Principal "
            "State Attorney, National Prosecutions Service, telephone +255 22 211 7804, email "
            "neema.mushi@nps.go.tz."
        ),
        Para("GIVEN under my hand and the seal of this Court at Dar es Salaam this 2nd day of June 2025."),
        Lines(
            "(Signed and sealed)",
            "Hon. Lady Justice Zainabu Omari Mruma",
            "Judge of the High Court, Corruption and Economic Crimes Division",
        ),
    ),
)

# --------------------------------------------------------------------------------------------------
# 6. Jamaica -> United States: very short e-mail follow-up (defective)
# --------------------------------------------------------------------------------------------------
JM_TO_US = Sample(
    name="heldout_defective_followup_jm_to_us",
    format="txt",
    style="Very short e-mail follow-up to an earlier request: mail header lines, terse paragraphs, signature block",
    description=(
        "Supplementary e-mail from Jamaica's Office of the Director of Public Prosecutions to the US Office of "
        "International Affairs asking for identification of the subscriber behind an IP address in a lottery-scam "
        "case. It leans on the earlier request for the facts (no summary of facts here), asks no confidentiality, "
        "gives no assurance on use, and uses the acronym 'MOCA' without ever spelling it out. Near-miss: 'urgent' "
        "with a reason and a date (retention expiry)."
    ),
    date=datetime(2025, 5, 20, 16, 42),
    author="Office of the Director of Public Prosecutions, Jamaica",
    confidentiality_clause=False,
    near_misses=("retention period",),
    expected=(
        Expect("MLA104", "error"),
        Expect("MLA114", "warning"),
        Expect("MLA207", "info", "MOCA"),
    ),
    items=(
        Lines(
            "From: Sherene Campbell-Thompson <s.campbellthompson@odpp.gov.jm>",
            "To: Office of International Affairs <oia.mla@usdoj.gov>",
            "Sent: Tuesday, 20 May 2025 16:42",
            "Subject: Supplementary request - R v. Dwayne Anthony Beckford - your ref. 182-88043",
        ),
        Para("Dear Colleagues,"),
        Para(
            "We refer to the request that the Office of the Director of Public Prosecutions of Jamaica sent to the "
            "Office of International Affairs of the US Department of Justice on 4 February 2025 under Article 1 "
            "of the Treaty between the Government of the United States of America and the Government of Jamaica "
            "on Mutual Legal Assistance in Criminal Matters, signed at Kingston on 14 July 1989. This e-mail "
            "supplements it; the background is as set out there."
        ),
        Para(
            "The case is the prosecution of Dwayne Anthony Beckford, a Jamaican national born 30 September 1990, "
            "Taxpayer Registration Number 118-402-937, of 14 Catherine Hall Road, Montego Bay, before the Parish Court for the parish of "
            "St James. The investigation was conducted by MOCA, which has now analysed the devices seized from "
            "Mr Beckford. He is charged under section 3 of the Law Reform (Fraudulent Transactions) (Special "
            "Provisions) Act, 2013. The same conduct would be wire fraud under 18 U.S.C. § 1343."
        ),
        Para(
            "In addition to what we asked for in February, we now ask that the competent US authorities obtain "
            "from Bayline Broadband LLC, 500 Harbor Drive, Tampa, Florida, the name, service address, billing "
            "records and account creation date of the subscriber to whom IP address 73.214.88.102 was assigned on "
            "12 January 2025 between 14:00 and 16:30 Eastern Standard Time."
        ),
        Para(
            "That address logged in to the e-mail account used to instruct the victims to pay fees. Identifying "
            "its user will show whether Mr Beckford acted with a person in Florida, which goes to the conspiracy "
            "the prosecution must prove at trial."
        ),
        Para(
            "Please have the records produced with a business records certificate of the provider's custodian, "
            "so that they can be admitted under section 31G of the Evidence Act of Jamaica."
        ),
        Para(
            "This is urgent: the provider's retention period for IP assignment logs is six months, so the logs "
            "will be deleted after 12 July 2025; we ask that the provider be asked to preserve "
            "them at once and that the records reach us by 30 June 2025."
        ),
        Para(
            "I am the prosecutor with conduct of the matter and can be reached on +1 876 906 4409 or at the "
            "address above."
        ),
        Lines(
            "Kind regards,",
            "Sherene Campbell-Thompson",
            "Deputy Director of Public Prosecutions",
            "Office of the Director of Public Prosecutions, Kingston, Jamaica",
        ),
    ),
)

# --------------------------------------------------------------------------------------------------
# 7. Vietnam -> Australia: non-native English (defective)
# --------------------------------------------------------------------------------------------------
VN_TO_AU = Sample(
    name="heldout_defective_nonnative_vn_to_au",
    format="pdf",
    style="Request in non-native English from a procuracy: Roman-numbered headings, literal formulas, running footer",
    description=(
        "Request of Vietnam's Supreme People's Procuracy to Australia for bank records and CCTV of an ATM in an "
        "investment-app fraud. It cites 'Article 46' of the UN Convention against Transnational Organized Crime "
        "(its MLA article is 18), marks itself 'VERY URGENT' without any reason or date, and uses 'MPS' without "
        "spelling it out. Everything else is present."
    ),
    date=datetime(2025, 1, 15, 8, 30),
    author="Supreme People's Procuracy",
    confidentiality_clause=True,
    running_footer="Supreme People's Procuracy of Viet Nam - Request for mutual legal assistance",
    expected=(
        Expect("MLA204", "warning", "Article 46 of the United Nations Convention against Transnational"),
        Expect("MLA113", "warning", "VERY URGENT"),
        Expect("MLA207", "info", "MPS"),
    ),
    items=(
        Lines(
            "SUPREME PEOPLE'S PROCURACY OF THE SOCIALIST REPUBLIC OF VIET NAM",
            "Department of International Cooperation and Mutual Legal Assistance in Criminal Matters",
            "44 Ly Thuong Kiet Street, Hoan Kiem District, Ha Noi",
        ),
        Lines("No. 118/2025", "Ha Noi, 15 January 2025"),
        Lines(
            "To: The Attorney-General's Department of Australia",
            "International Crime Cooperation Central Authority, Canberra",
        ),
        Title("REQUEST FOR MUTUAL LEGAL ASSISTANCE IN CRIMINAL MATTER (VERY URGENT)"),
        Para(
            "The Supreme People's Procuracy of Viet Nam, is the Central Authority of Viet Nam on mutual legal "
            "assistance in criminal matter, respectfully send to the Australia competent authority this request "
            "for assistance as follow."
        ),
        Heading("I. BASIS FOR REQUEST"),
        Numbered(
            "This request base on Article 46 of the United Nations Convention against Transnational Organized "
            "Crime 2000, which both Viet Nam and Australia are member."
        ),
        Heading("II. AGENCY IN CHARGE OF THE CASE"),
        Numbered(
            "The Investigation Police Agency of MPS, Ha Noi City Police, is investigating the case No. 02/2024 "
            "under the supervision of the People's Procuracy of Ha Noi City, which decided to institute the "
            "criminal case on 4 October 2024. The case is still at investigation stage; two accused are detained."
        ),
        Heading("III. CONTENT OF THE CASE"),
        Numbered(
            "From March 2023 to August 2024 a group lead by Mr Dang Quoc Huy operated application 'GoldLeaf "
            "Invest' and persuaded 2,140 victims in Viet Nam to deposit money for investing in gold with profit of "
            "3 percent every week. In fact no investment was make. The total amount appropriated is VND "
            "486,000,000,000."
        ),
        Numbered(
            "Part of the money, AUD 1,920,000, was transfer in 37 times between 10 January 2024 and 30 July 2024 to "
            "account BSB 062-914, number 1048 2271 at Harbourside Mutual Bank Limited, Sydney, in name of Ms Vu Thi "
            "Thanh Mai. On 2 August 2024 AUD 186,000 was withdrawn in cash at the ATM of that bank at 201 George "
            "Street, Sydney."
        ),
        Heading("IV. CHARGE"),
        Numbered(
            "The accused are prosecuted for the crime of appropriating property through fraud as provided at "
            "Article 174(4) of the Penal Code of Viet Nam 2015, amended 2017. This act is also a crime in Australia, "
            "as fraud under section 192E of the Crimes Act 1900 of New South Wales."
        ),
        Heading("V. PERSONS RELATED"),
        Numbered(
            "Mr Dang Quoc Huy, Vietnamese nationality, born 12 May 1987, passport C4471820, detained in Ha Noi. "
            "Ms Vu Thi Thanh Mai, Vietnamese nationality, born 3 July 1992, passport C6613094, living at Unit 8, "
            "22 Harris Street, Pyrmont NSW 2009, Australia."
        ),
        Heading("VI. ASSISTANCE REQUESTED"),
        Numbered(
            "To provide account opening documents and statements of account BSB 062-914, number 1048 2271 for the "
            "period from 1 January 2024 to 31 December 2024."
        ),
        Numbered(
            "To provide the CCTV recording of the ATM at 201 George Street, Sydney, for 2 August 2024 from 10:00 to "
            "14:00 and the record of the withdrawal."
        ),
        Heading("VII. PURPOSE"),
        Numbered(
            "The documents will prove the money of victims was moved to Australia and received by Ms Vu Thi Thanh "
            "Mai for Mr Dang Quoc Huy, and the recording will identify the person withdraw the cash."
        ),
        Heading("VIII. PROCEDURE REQUESTED"),
        Numbered(
            "Kindly the bank certify the documents are true copy of its records and the recording is not edited, "
            "with signature and stamp of the bank officer."
        ),
        Heading("IX. CONFIDENTIAL AND USING OF EVIDENCE"),
        Numbered(
            "Kindly keep secret this request, the account holder must not know. The evidence will only be used for "
            "this case and not for other purpose without agree of Australia."
        ),
        Heading("X. CONTACT"),
        Numbered("Mr Nguyen Van Thanh, Prosecutor, telephone +84 24 3825 5058, email nvthanh@vksndtc.gov.vn."),
        Lines(
            "FOR THE PROCURATOR GENERAL",
            "DIRECTOR",
            "(signed and sealed)",
            "Le Thi Hong Nhung",
        ),
    ),
)

# --------------------------------------------------------------------------------------------------
# 8. Turkey -> Germany: template remnants and a paragraph copied from a request to Austria (defective)
# --------------------------------------------------------------------------------------------------
TR_TO_DE = Sample(
    name="heldout_defective_copied_tr_to_de",
    format="docx",
    style="Turkish prosecutor's request in Word translation: numbered headings, tables of invoices, formal closing",
    description=(
        "Request of the Istanbul Chief Public Prosecutor's Office to Germany for tax records and bank records of a "
        "Cologne trading company in a fake-invoice tax fraud. Two template remnants were left ('<insert IBAN>' and "
        "'TBC' for the end of the period), and one measure was copied from a request to Austria and still asks "
        "'the competent authorities of the Republic of Austria'."
    ),
    date=datetime(2025, 3, 3, 14, 0),
    author="İstanbul Cumhuriyet Başsavcılığı",
    confidentiality_clause=True,
    placeholders=("<insert IBAN>", "TBC"),
    expected=(Expect("MLA203", "error", "Republic of Austria"),),
    items=(
        Lines(
            "Republic of Türkiye",
            "Istanbul Chief Public Prosecutor's Office",
            "Bureau for Financial Crimes",
            "Çağlayan Adliyesi, Şişli, Istanbul",
        ),
        Lines("Investigation No. 2024/188412", "Istanbul, 3 March 2025"),
        Lines(
            "To the Federal Office of Justice of the Federal Republic of Germany",
            "Through the Ministry of Justice of the Republic of Türkiye,",
            "Directorate General for International Law and Foreign Relations",
        ),
        Title("Request for Legal Assistance in a Criminal Matter"),
        Heading("1. Requesting office and proceedings"),
        Para(
            "The Istanbul Chief Public Prosecutor's Office, Bureau for Financial Crimes, is conducting investigation "
            "No. 2024/188412, opened on 22 July 2024 on a report of the Tax Inspection Board (Vergi Denetim Kurulu) "
            "of the Ministry of Treasury and Finance. Public Prosecutor Emre Kaya directs it. No indictment has "
            "been filed yet."
        ),
        Heading("2. Legal basis"),
        Para(
            "The request is made under Article 1 of the European Convention on Mutual Assistance in Criminal "
            "Matters of 20 April 1959 and Article 1 of its Additional Protocol of 17 March 1978, which extends "
            "assistance to fiscal offences; both states are parties to them."
        ),
        Heading("3. Facts"),
        Para(
            "Between 2021 and 2023 Anatolia Tekstil Dış Ticaret A.Ş., an Istanbul exporter managed by Mr Serkan "
            "Yıldırım, claimed VAT refunds of TRY 74,600,000 on exports of cotton fabric to Rheinweber Handels GmbH, "
            "Cologne. The Tax Inspection Board found that the goods shown on the invoices below were never shipped "
            "and that Rheinweber Handels GmbH returned the payments to a company in Istanbul controlled by "
            "Mr Yıldırım."
        ),
        Table(
            ("Invoice", "Date", "Amount (EUR)"),
            ("ATX-2021-0442", "16 August 2021", "1,240,000"),
            ("ATX-2022-0118", "9 March 2022", "2,085,000"),
            ("ATX-2023-0306", "27 June 2023", "1,760,000"),
        ),
        Heading("4. Offences"),
        Para(
            "The acts constitute issuing and using invoices that do not reflect real transactions under Article "
            "359(b) of Tax Procedure Law No. 213 and qualified fraud under Article 158(1)(j) of the Turkish Penal "
            "Code No. 5237. In Germany they are punishable as tax evasion under section 370 of the Fiscal Code "
            "(Abgabenordnung) and as fraud under section 263 of the Criminal Code."
        ),
        Heading("5. Persons"),
        Para(
            "Mr Serkan Yıldırım, Turkish citizen, born 5 January 1978, Turkish identity number 41857223096, "
            "residing in Sarıyer, Istanbul. Rheinweber Handels GmbH, commercial register HRB 98124 of the Cologne "
            "local court, Hohenzollernring 58, 50672 Cologne; managing director Mr Tobias Reinhardt, German "
            "citizen, born 21 October 1971."
        ),
        Heading("6. Assistance requested"),
        Numbered(
            "To obtain from the Cologne-Mitte tax office the VAT returns and the intra-Community and import "
            "declarations of Rheinweber Handels GmbH for 2021 to 2023."
        ),
        Numbered(
            "The competent authorities of the Republic of Austria are requested to obtain from Kölner Handelsbank "
            "AG the statements of the account of Rheinweber Handels GmbH with IBAN <insert IBAN> for the period "
            "from 1 January 2021 to TBC, together with the account opening documents."
        ),
        Heading("7. Purpose"),
        Para(
            "The tax and bank records will show whether Rheinweber Handels GmbH ever declared the goods as received "
            "and where it sent the money paid for them, which is the core of the charge."
        ),
        Heading("8. Form"),
        Para(
            "Please have the records certified as true copies by the tax office and by the bank, so that they can be "
            "produced before the Istanbul criminal court."
        ),
        Heading("9. Confidentiality and use"),
        Para(
            "We ask that this request be kept confidential and that the company not be informed. The evidence will "
            "be used only in this investigation and any trial arising from it."
        ),
        Heading("10. Contact"),
        Para("Public Prosecutor Emre Kaya, telephone +90 212 375 7521, email emre.kaya@adalet.gov.tr."),
        Lines(
            "(Signed)",
            "Emre Kaya",
            "Public Prosecutor, Istanbul Chief Public Prosecutor's Office",
            "Istanbul, 3 March 2025",
        ),
    ),
)

# --------------------------------------------------------------------------------------------------
# 9. Egypt -> United Arab Emirates: asset freeze without particulars (defective)
# --------------------------------------------------------------------------------------------------
EG_TO_AE = Sample(
    name="heldout_defective_freeze_eg_to_ae",
    format="txt",
    style="Plain-text memorandum with capitalised headings and short paragraphs, formal Arabic-style courtesy",
    description=(
        "Request of Egypt's Public Prosecution to the UAE Ministry of Justice to freeze a Dubai villa and 'all bank "
        "accounts and assets' of a former official in an embezzlement and laundering case. The freeze names no "
        "address, plot, bank or account number and mentions no Egyptian freezing order; the account request is a "
        "fishing expedition; confidentiality is never asked for; no contact officer is named."
    ),
    date=datetime(2025, 4, 28, 12, 0),
    author="Public Prosecution of Egypt",
    confidentiality_clause=False,
    expected=(
        Expect("MLA117", "error"),
        Expect("MLA201", "warning", "all bank accounts and assets held by the accused"),
        Expect("MLA112", "warning"),
    ),
    items=(
        Lines(
            "ARAB REPUBLIC OF EGYPT",
            "PUBLIC PROSECUTION",
            "International Cooperation and Human Rights Office",
            "New Cairo, Cairo Governorate",
        ),
        Lines("No. 3311/2025 International Cooperation", "Cairo, 28 April 2025"),
        Lines(
            "To the Ministry of Justice of the United Arab Emirates",
            "International Cooperation Department, Abu Dhabi",
        ),
        Title("MEMORANDUM REQUESTING JUDICIAL ASSISTANCE"),
        Para(
            "The Public Prosecution of the Arab Republic of Egypt presents its compliments to the Ministry of "
            "Justice of the United Arab Emirates and has the honour to request its assistance in the case below."
        ),
        Heading("BASIS"),
        Para(
            "Articles 46 and 54 of the United Nations Convention against Corruption, to which both states are "
            "parties."
        ),
        Heading("THE CASE"),
        Para(
            "The case is Case No. 1174 of 2024, investigated by the Public Funds Prosecution under the supervision of the Attorney General, and referred on 9 March 2025 "
            "to the Cairo Criminal Court, where it awaits its first hearing."
        ),
        Para(
            "Between 2019 and 2022 Mr Tarek Mahmoud El-Sayed Abdelaziz, then head of contracts at the Holding "
            "Company for Water and Wastewater, approved payments of EGP 312,000,000 to three contractors for "
            "pipeline works that were never carried out, and received in return transfers to his relatives. Part "
            "of the money was sent to Dubai through exchange houses in 2021 and 2022, and in 2022 Mr Abdelaziz "
            "acquired a villa in Dubai."
        ),
        Heading("OFFENCES"),
        Para(
            "Embezzlement of public funds under Article 112 and profiteering under Article 115 of the Egyptian "
            "Penal Code, and money laundering under Article 14 of Anti-Money Laundering Law No. 80 of 2002. The "
            "same acts are crimes in the United Arab Emirates, in particular money laundering under Article 2 of "
            "Federal Decree-Law No. 20 of 2018."
        ),
        Heading("ACCUSED"),
        Para(
            "Tarek Mahmoud El-Sayed Abdelaziz, Egyptian national, born 17 December 1969, national number "
            "26912170101873, Egyptian passport A21904471, believed to stay in Dubai at present."
        ),
        Heading("REQUESTED MEASURES"),
        Numbered("To freeze the villa owned by the accused in Dubai."),
        Numbered(
            "To identify and freeze all bank accounts and assets held by the accused in the United Arab Emirates."
        ),
        Heading("REASON"),
        Para(
            "The freezing is needed so that the proceeds of the embezzlement can be confiscated and returned to "
            "the Egyptian treasury when the Criminal Court gives judgment."
        ),
        Para(
            "The Public Prosecution undertakes that any information provided will be used only in this case, and "
            "that Egypt will consider favourably any similar request of the United Arab Emirates."
        ),
        Lines(
            "Counsellor Hisham Farouk Abdel-Rahman",
            "Chief Prosecutor, International Cooperation and Human Rights Office",
            "(signed and stamped)",
        ),
    ),
)

# --------------------------------------------------------------------------------------------------
# 10. Bangladesh -> India: witness without particulars, dangling schedule, no contact (defective)
# --------------------------------------------------------------------------------------------------
BD_TO_IN = Sample(
    name="heldout_defective_witness_bd_to_in",
    format="docx",
    style="Anti-corruption commission request in Word: numbered headings, one schedule table, reviewer comment left in",
    description=(
        "Request of Bangladesh's Anti-Corruption Commission to India's Ministry of Home Affairs for certified "
        "company records from the Registrar of Companies in Kolkata, service of a summons and the examination of "
        "'an official of the company' in a misappropriation case. The witness is not identified and no topics are "
        "given; no procedure or certification is asked for the records or the statement; it refers to 'Schedule "
        "B', but only Schedule A is attached; no contact officer is named; a reviewer's comment remains in the file."
    ),
    date=datetime(2025, 2, 10, 11, 0),
    author="Anti-Corruption Commission, Bangladesh",
    confidentiality_clause=True,
    comments=(
        Comment(
            anchor="Registrar of Companies, West Bengal",
            text="Check whether ROC Kolkata still holds the 2019 filings - ask MHA desk.",
            author="Deputy Director (Legal)",
        ),
    ),
    expected=(
        Expect("MLA118", "warning"),
        Expect("MLA109", "warning"),
        Expect("MLA205", "warning", "Schedule B"),
        Expect("MLA112", "warning"),
    ),
    items=(
        Lines(
            "Anti-Corruption Commission",
            "Government of the People's Republic of Bangladesh",
            "1 Segunbagicha, Dhaka 1000",
        ),
        Lines("Memo No. 00.01.0000.503.01.021.24-1187", "Dhaka, 10 February 2025"),
        Lines(
            "To: The Joint Secretary",
            "Internal Security Division (Legal), Ministry of Home Affairs",
            "Government of the Republic of India, North Block, New Delhi",
        ),
        Title("Request for Mutual Legal Assistance in Criminal Matters"),
        Heading("1. Requesting body and case"),
        Para(
            "The Anti-Corruption Commission of Bangladesh, the statutory body that investigates and prosecutes "
            "corruption offences, makes this request in its "
            "case No. 14/2024 of its Integrated District Office, Dhaka-1, recorded on 18 April 2024. Deputy "
            "Director Md. Rafiqul Islam is the investigating officer; the charge sheet has not yet been submitted."
        ),
        Heading("2. Legal basis"),
        Para(
            "The request is made under Article 1 of the Agreement between the Government of the People's "
            "Republic of Bangladesh and the Government of the Republic of India on Mutual Legal Assistance in "
            "Criminal Matters, signed at Dhaka on 11 January 2010, and under the Mutual Assistance in Criminal "
            "Matters Act, 2012 of Bangladesh."
        ),
        Heading("3. Facts"),
        Para(
            "Mr Abul Kalam Chowdhury, while Managing Director of the state-owned Padma Jute Mills Corporation, "
            "paid BDT 96,400,000 between July 2018 and June 2020 to Hooghly Fibre Traders Private Limited of "
            "Kolkata for jute-processing machinery that was never delivered. The Commission has found that the "
            "Indian company was set up in 2018 by Mr Chowdhury's brother-in-law and that the payments were "
            "transferred on to accounts of Mr Chowdhury's family. The transfers are listed in Schedule A."
        ),
        Table(
            ("Schedule A: date", "Amount (BDT)", "Remitting bank"),
            ("12 July 2018", "31,200,000", "Sonali Bank Limited, Motijheel"),
            ("4 March 2019", "28,700,000", "Sonali Bank Limited, Motijheel"),
            ("16 June 2020", "36,500,000", "Janata Bank Limited, Dilkusha"),
        ),
        Heading("4. Offences"),
        Para(
            "Criminal breach of trust by a public servant under section 409 of the Penal Code, 1860, criminal "
            "misconduct under section 5(2) of the Prevention of Corruption Act, 1947, and money laundering under "
            "section 4(2) of the Money Laundering Prevention Act, 2012. The acts are also offences in India under "
            "section 316(5) of the Bharatiya Nyaya Sanhita, 2023 and section 3 of the Prevention of Money-"
            "laundering Act, 2002."
        ),
        Heading("5. Persons"),
        Para(
            "Mr Abul Kalam Chowdhury, Bangladeshi national, born 1 January 1962, national identity card number 2691517433890, "
            "residing at House 32, Road 11, Banani, Dhaka. Hooghly Fibre Traders Private Limited, CIN "
            "U17100WB2018PTC225418, 7 Lyons Range, Kolkata 700001; its director Mr Subrata Ghosh, Indian national, "
            "residing at the same address, on whom the summons is to be served."
        ),
        Heading("6. Assistance requested"),
        Numbered(
            "To obtain from the Registrar of Companies, West Bengal, the incorporation documents, annual returns "
            "and list of directors and shareholders of Hooghly Fibre Traders Private Limited from 2018 to 2024."
        ),
        Numbered(
            "To serve on Mr Subrata Ghosh the summons issued by the Senior Special Judge, Dhaka, described in "
            "Schedule B, and to return proof of service."
        ),
        Numbered(
            "To record the statement of an official of the company who dealt with the machinery contract."
        ),
        Heading("7. Purpose"),
        Para(
            "The company records will show who owned and controlled the Indian supplier and will support the "
            "charge that Mr Chowdhury paid public money to a company of his own family for goods never supplied."
        ),
        Heading("8. Confidentiality and use"),
        Para(
            "The Commission requests that this request be kept confidential, and assures that any evidence "
            "received will be used only for this case. Bangladesh will provide similar assistance to India."
        ),
        Lines(
            "(Signed)",
            "Md. Khorshed Alam",
            "Director General (Legal and Prosecution), Anti-Corruption Commission",
            "Dhaka, 10 February 2025",
        ),
    ),
)

# --------------------------------------------------------------------------------------------------
# 11. Malaysia -> Thailand: terse, domestic law only, no reciprocity, urgency without reason (defective)
# --------------------------------------------------------------------------------------------------
MY_TO_TH = Sample(
    name="heldout_defective_terse_my_to_th",
    format="txt",
    style="Terse plain-text request: short labelled paragraphs, a one-line urgency banner, compact signature",
    description=(
        "Request of Malaysia's Attorney General's Chambers to Thailand's Office of the Attorney General for bank "
        "and mobile-number subscriber records in an impersonation ('Macau') scam. It relies only on Malaysia's "
        "domestic Mutual Assistance in Criminal Matters Act 2002 (no treaty) and gives no reciprocity "
        "undertaking, is headed 'URGENT' with no reason or date, and gives no assurance on the use of the "
        "material."
    ),
    date=datetime(2025, 6, 9, 10, 0),
    author="Attorney General's Chambers of Malaysia",
    confidentiality_clause=True,
    expected=(
        Expect("MLA116", "warning"),
        Expect("MLA113", "warning", "URGENT"),
        Expect("MLA114", "warning"),
    ),
    items=(
        Lines(
            "Attorney General's Chambers of Malaysia",
            "International Affairs Division, Mutual Legal Assistance Unit",
            "No. 45, Persiaran Perdana, Presint 4, 62100 Putrajaya",
        ),
        Lines("Ref: 2025/014", "9 June 2025"),
        Lines(
            "The Office of the Attorney General, Kingdom of Thailand",
            "Central Authority Division, Chaeng Watthana Road, Bangkok 10210",
        ),
        Para("URGENT"),
        Title("Request for Assistance: Impersonation Scam, Kuala Lumpur"),
        Para(
            "Requesting authority: the Attorney General of Malaysia as Central Authority, at the request of the "
            "Commercial Crime Investigation Department of the Royal Malaysia Police, which is investigating "
            "report No. Dang Wangi/011842/25. The investigation began on 14 March 2025; nobody has been charged."
        ),
        Para(
            "Basis: section 6 of the Mutual Assistance in Criminal Matters Act 2002 (Act 621) of Malaysia."
        ),
        Para(
            "Facts: between 3 and 12 March 2025 a retired teacher in Kuala Lumpur, Madam Lee Siew Lan, received "
            "calls from persons posing as police officers who told her that her account was linked to drug "
            "money and made her transfer MYR 1,480,000 in nine payments to a Malaysian mule account. Within hours "
            "the money was converted into cryptocurrency and THB 9,650,000 was paid out to account No. "
            "407-2-61839-5 at Chao Phraya Commercial Bank, Hat Yai branch, held by Mr Somchai Kaewmanee. The calls "
            "came from Thai mobile numbers +66 81 447 2093 and +66 92 118 6054."
        ),
        Para(
            "Offences: cheating under section 420 of the Penal Code (Act 574) and money laundering under section "
            "4(1) of the Anti-Money Laundering, Anti-Terrorism Financing and Proceeds of Unlawful Activities Act "
            "2001 (Act 613). The same acts are offences in Thailand under section 341 of the Thai Criminal Code "
            "and section 5 of the Anti-Money Laundering Act B.E. 2542 (1999)."
        ),
        Para(
            "Person: Mr Somchai Kaewmanee, Thai national, Thai identification number 3 9006 00481 22 7, address "
            "given to the bank: 88/14 Niphat Uthit 3 Road, Hat Yai, Songkhla."
        ),
        Para(
            "Requested: (1) account opening documents and statements of account No. 407-2-61839-5 for 1 February "
            "to 31 May 2025; (2) the subscriber names, identity documents and registration dates of the two "
            "mobile numbers above."
        ),
        Para(
            "Purpose: to identify who received the victim's money in Thailand and who made the calls, so that the "
            "persons responsible can be charged in Malaysia."
        ),
        Para(
            "Form: records to be certified by the bank and the mobile operator as true copies, with an affidavit "
            "of the custodian for use under section 90A of the Evidence Act 1950."
        ),
        Para("Confidentiality: please do not inform the account holder or the subscribers of this request."),
        Para(
            "Contact: Deputy Public Prosecutor Nurul Ain binti Hashim, telephone +60 3 8872 2127, email "
            "nurulain@agc.gov.my."
        ),
        Lines(
            "(Signed)",
            "Datuk Faizal bin Abdul Rahman",
            "Head, International Affairs Division, for the Attorney General of Malaysia",
            "Putrajaya, 9 June 2025",
        ),
    ),
)

# --------------------------------------------------------------------------------------------------
# 12. Chile -> Spain: long prose, coercive measures without dual criminality, no purpose, unsigned (defective)
# --------------------------------------------------------------------------------------------------
CL_TO_ES = Sample(
    name="heldout_defective_prose_cl_to_es",
    format="pdf",
    style="Long continuous prose from a regional prosecutor's office, in English translation, no headings",
    description=(
        "Request of Chile's Public Prosecutor's Office to Spain for a search of a Málaga office with seizure of "
        "accounting documents and for bank records, in a cocaine-proceeds laundering case. Although the measures "
        "are coercive it never states that the conduct is an offence in Spain; it never says what the evidence is "
        "for; and it ends with a date and an office name but no signing official."
    ),
    date=datetime(2025, 3, 24, 9, 0),
    author="Fiscalía Regional Metropolitana Centro Norte",
    confidentiality_clause=True,
    running_footer="Fiscalía de Chile - RUC 2300587412-6",
    expected=(
        Expect("MLA111", "error"),
        Expect("MLA107", "warning"),
        Expect("MLA115", "error"),
    ),
    items=(
        Lines(
            "Public Prosecutor's Office of Chile (Fiscalía de Chile)",
            "Regional Prosecutor's Office Centre-North of the Metropolitan Region",
            "Avenida Pedro Montt 1606, Santiago",
        ),
        Lines(
            "Subdirectorate-General for International Legal Cooperation",
            "Ministry of the Presidency, Justice and Relations with the Cortes",
            "Madrid, Kingdom of Spain",
        ),
        Title("Request for International Criminal Assistance, single case number (RUC) 2300587412-6"),
        Para(
            "The Regional Prosecutor's Office Centre-North of the Metropolitan Region of the Public Prosecutor's "
            "Office of Chile, through the Unit for International Cooperation and Extraditions of the National "
            "Prosecutor's Office, which acts as Chile's central authority, addresses the competent Spanish "
            "authorities under Article 18 of the United Nations Convention against Transnational Organized Crime "
            "and Article 7 of the United Nations Convention against Illicit Traffic in Narcotic Drugs and "
            "Psychotropic Substances of 1988, to which Chile and Spain are both parties. The Office is conducting "
            "a criminal investigation, opened on 16 June 2023 under the supervision of the Seventh Guarantee Court "
            "of Santiago, into a network that sent cocaine from the port of San Antonio to Europe and laundered "
            "the proceeds; the investigation is formalised against four persons, two of whom are in pre-trial "
            "detention, and the Investigations Police of Chile carry out the enquiries on the prosecutor's "
            "instructions."
        ),
        Para(
            "The evidence gathered so far shows that between January 2022 and May 2023 the network shipped at "
            "least 2.3 tonnes of cocaine concealed in containers of frozen fish, and that the buyers in Europe "
            "paid for it by transfers disguised as payment for consultancy services to Costa Sol Asesores "
            "Patrimoniales S.L., a company with its office at Calle Marqués de Larios 9, 29005 Málaga. Between "
            "March 2022 and April 2023 that company received EUR 4,870,000 in its account ES76 2100 0418 4502 "
            "0005 1332 at Banco Mediterráneo Andaluz and sent EUR 4,310,000 of it to Chile as alleged capital "
            "contributions to Inversiones Quilpué SpA, which is controlled by the investigated person Rodrigo "
            "Andrés Fuenzalida Mella, a Chilean national, national identity number 13.884.207-5, domiciled at "
            "Avenida Las Condes 11280, Santiago, and in pre-trial detention since 3 September 2024. The "
            "administrator of the Spanish company is Ms Lucía Herrera Campos, a Spanish national, Spanish national identity document 74.912.336-K, "
            "resident in Marbella, who has not been investigated in Chile."
        ),
        Para(
            "The facts are being investigated as drug trafficking under Article 3 of Law No. 20.000 and as money "
            "laundering under Article 27 of Law No. 19.913, and as the offence of criminal association under "
            "Article 16 of Law No. 20.000."
        ),
        Para(
            "The Office asks the competent Spanish authorities, first, to search the office of Costa Sol Asesores "
            "Patrimoniales S.L. at Calle Marqués de Larios 9, Málaga, and to seize its accounting books, the "
            "consultancy contracts and invoices issued to buyers outside Spain, and the computers of its "
            "administration, for the period 1 January 2022 to 30 June 2023; and, second, to obtain from Banco "
            "Mediterráneo Andaluz the opening documents, the list of authorised signatories and the statements "
            "of account ES76 2100 0418 4502 0005 1332 for the same period, with the originator and beneficiary "
            "details of each transfer."
        ),
        Para(
            "The documents should be provided in certified copies, and the computers should be copied forensically "
            "by the Spanish police with the hash values recorded in the search record, so that they may be "
            "produced before the Oral Criminal Trial Court. A Chilean prosecutor and an officer of the "
            "Investigations Police ask to be present at the search."
        ),
        Para(
            "Because the company's administrator is still in contact with persons under investigation, the Office "
            "asks that this request and its execution be kept confidential. The information obtained will be "
            "used only in this investigation and the trial that follows it, unless Spain authorises another use. "
            "The prosecutor in charge, Fiscal Adjunta Carolina Vergara Osorio, may be reached on +56 2 2965 9530 "
            "or at cvergara@minpublico.cl."
        ),
        Para("Santiago, 24 March 2025."),
        Lines(
            "Regional Prosecutor's Office Centre-North",
            "Public Prosecutor's Office of Chile",
        ),
    ),
)

CORPUS_I: tuple[Sample, ...] = (
    AR_TO_UY,
    IE_TO_UK,
    CA_TO_MX,
    GE_TO_LT,
    TZ_TO_ZM,
    JM_TO_US,
    VN_TO_AU,
    TR_TO_DE,
    EG_TO_AE,
    BD_TO_IN,
    MY_TO_TH,
    CL_TO_ES,
)
"""The held-out requests of batch I."""
