"""Held-out sample requests (batch C), written without sight of the rules' code, to measure how the rules generalise.

Twelve requests from twelve requesting states to twelve requested states, in styles
unlike the samples the rules were tuned on: a Colombian letter rogatory in translation,
a Thai request in non-native English, a Philippine request in numbered paragraphs, a
Ukrainian request with capitalised numbered headings, a South African restraint
request with an annexed order, a Kenyan letter without headings, a Pakistani
request laid out as a form, an Indian court's letter of request in long prose, a
Nigerian e-mail, a German request with unusual headings, a Peruvian request with
annexes and a Polish court's service request. Five are complete and clean (some with
near-misses); seven are defective, each labelled by hand from the definitions in
shared/DESIGN.md. Severities follow the conventions of the existing labels: missing
MLA101-106, MLA115 and MLA117 are errors, MLA111 is an error when a coercive measure
is sought and a warning otherwise, the other MLA1xx are warnings; MLA202 and MLA203
are errors, MLA201, MLA204 (an instrument that does not bind both states or a wrong
article) and MLA205 warnings, MLA207 info. A missing element is located at the
heading that announced it, if any; none of the missing elements here had one.
"""

from __future__ import annotations

from datetime import datetime

from sample_model import Comment, Expect, Heading, Lines, Numbered, Para, Sample, Table, Title

CO_TO_ES = Sample(
    name="complete_co_to_es_banana_cocaine",
    format="docx",
    style=(
        "Colombian letter rogatory in English translation: letterhead, numbered headings, long formal sentences, "
        "a table of transfers, Word list-numbered measures, prosecutor's signature block"
    ),
    description=(
        "Complete letter rogatory of a prosecutor of Colombia's Office of the Attorney General of the Nation "
        "(Specialised Directorate against Drug Trafficking) to Spain's Ministry of Justice under Article 7 of the "
        "1988 Vienna Convention and Article 18 of UNTOC, for bank records of a Spanish fruit importer, certified "
        "Mercantile Register records and a witness statement, in a cocaine-trafficking and money-laundering "
        "investigation. Near-misses: the Colombian financial intelligence unit's acronym 'UIAF' is spelled out "
        "once; the container was transhipped at Rotterdam (a third country, not a requested-state mismatch); "
        "'the statements of account No. ... for the period' is a specific request. No findings."
    ),
    date=datetime(2025, 3, 18, 11, 30),
    author="Fiscalía General de la Nación",
    confidentiality_clause=True,
    near_misses=("UIAF", "Rotterdam", "the statements of account No. ES27 2085 4127 9603 3186 4520"),
    items=(
        Lines(
            "FISCALÍA GENERAL DE LA NACIÓN",
            "Republic of Colombia",
            "Specialised Directorate against Drug Trafficking",
            "Diagonal 22B No. 52-01, Bogotá, Colombia",
        ),
        Lines("Official letter No. 0417", "Bogotá, 18 March 2025"),
        Lines(
            "To the Ministry of Justice of the Kingdom of Spain",
            "Subdirectorate-General for International Legal Cooperation",
            "Calle San Bernardo 45, 28015 Madrid, Spain",
        ),
        Title("Letter Rogatory for International Judicial Assistance in Criminal Matters"),
        Heading("1. Requesting authority"),
        Para(
            "The undersigned, Carolina Restrepo Álzate, Specialised Prosecutor of the Specialised Directorate against "
            "Drug Trafficking of the Office of the Attorney General of the Nation of Colombia (Fiscalía General de la "
            "Nación), in charge of criminal investigation No. 110016000096202300214, respectfully requests the "
            "judicial assistance of the competent authorities of the Kingdom of Spain."
        ),
        Heading("2. Legal basis"),
        Para(
            "This letter rogatory is issued under Article 7 of the United Nations Convention against Illicit Traffic "
            "in Narcotic Drugs and Psychotropic Substances of 1988 and Article 18 of the United Nations Convention "
            "against Transnational Organized Crime, to which Colombia and Spain are both parties, and under "
            "Articles 484 to 486 of the Colombian Code of Criminal Procedure (Law 906 of 2004)."
        ),
        Heading("3. The investigation"),
        Para(
            "The investigation, opened on 9 November 2023, is conducted by this Directorate with the Anti-Narcotics "
            "Directorate of the National Police. On 26 September 2024 Hernán Darío Ospina Cárdenas was formally "
            "charged before a Judge of Control of Guarantees of Bogotá and remanded in custody."
        ),
        Heading("4. Facts"),
        Para(
            "Since 2021 an organisation led by Ospina Cárdenas has exported cocaine from Turbo, Antioquia, hidden in "
            "containers of bananas. On 11 October 2023 the Civil Guard at Algeciras found 1,240 kilograms of cocaine "
            "in a container shipped by Agrobananera del Darién S.A.S., secretly owned by Ospina Cárdenas, to Frutas "
            "Campo de Gibraltar, S.L. The container had been transhipped at Rotterdam."
        ),
        Para(
            "For every shipment the Spanish company paid the exporter three to four times the market price of bananas. "
            "The Financial Information and Analysis Unit of Colombia (Unidad de Información y Análisis Financiero, "
            "UIAF) has identified these transfers from the company's account No. ES27 2085 4127 9603 3186 4520 at "
            "Banca Atlántica del Sur, S.A., Algeciras:"
        ),
        Table(
            ("Date of transfer", "Amount (EUR)", "Beneficiary in Colombia"),
            ("22 February 2022", "418,000", "Agrobananera del Darién S.A.S."),
            ("13 September 2022", "562,500", "Agrobananera del Darién S.A.S."),
            ("4 October 2023", "587,900", "Agrobananera del Darién S.A.S."),
        ),
        Para(
            "A cooperating witness has stated that the overpayments were the price of the cocaine and that the sole "
            "director, Álvaro Benítez Rubio, runs the Spanish company for the organisation."
        ),
        Heading("5. Persons concerned"),
        Para(
            "Hernán Darío Ospina Cárdenas, Colombian national, born on 4 February 1978, citizenship card No. "
            "71.845.203, detained in La Picota prison, Bogotá. Álvaro Benítez Rubio, Spanish national, born on 22 "
            "July 1981, of Calle Sevilla 14, 11201 Algeciras. Frutas Campo de Gibraltar, S.L., Polígono Industrial "
            "Palmones, Nave 23, 11379 Los Barrios. Ms Inmaculada Herrera Soto, Spanish national, born on 9 May 1986, "
            "of Avenida Virgen del Carmen 41, 11202 Algeciras, the company's former bookkeeper, a witness."
        ),
        Heading("6. Offences"),
        Para(
            "The facts are investigated as drug trafficking under Article 376 of the Colombian Criminal Code "
            "(Law 599 of 2000), aggravated conspiracy under Article 340 and money laundering under Article 323 of "
            "that Code. The same conduct constitutes offences against public health under Articles 368 and 369 bis, "
            "and money laundering under Article 301, of the Spanish Criminal Code."
        ),
        Heading("7. Assistance requested"),
        Para("We request that the competent Spanish authorities:"),
        Numbered(
            "obtain from Banca Atlántica del Sur, S.A. the account opening documents, the authorised signatories and "
            "the statements of account No. ES27 2085 4127 9603 3186 4520 of Frutas Campo de Gibraltar, S.L. for the "
            "period 1 January 2021 to 31 December 2024, with the ordering party and beneficiary of every transfer to "
            "Colombia;"
        ),
        Numbered(
            "obtain from the Mercantile Register of Cádiz certified copies of the deed of incorporation of Frutas "
            "Campo de Gibraltar, S.L., the appointments of its directors and its annual accounts for 2021 to 2023;"
        ),
        Numbered(
            "take a statement as a witness from Ms Inmaculada Herrera Soto on who instructed her to pay Agrobananera "
            "del Darién S.A.S. and how the prices were fixed; whether she saw invoices for the fruit; the role of "
            "Álvaro Benítez Rubio; and where the company's books are kept."
        ),
        Heading("8. Purpose of the assistance"),
        Para(
            "The bank records will prove that the payments far exceeded the value of the fruit, which supports the "
            "money-laundering charge and links the company to the cocaine seized at Algeciras. The register documents "
            "will show who controls the company, and the witness how the payments were decided."
        ),
        Heading("9. Formalities"),
        Para(
            "The bank records should be certified by the bank as true copies and the register documents by the "
            "Registrar. The witness should be heard by a Spanish judge or prosecutor after being informed of her "
            "rights, and her statement recorded in writing."
        ),
        Heading("10. Confidentiality"),
        Para(
            "Because Álvaro Benítez Rubio is not aware of the investigation and could move funds or destroy records, "
            "we request that this letter rogatory be kept confidential and that the bank not inform its customer."
        ),
        Heading("11. Use of the evidence"),
        Para(
            "Colombia undertakes that the evidence will be used only in the proceedings described in this letter "
            "rogatory, unless the Spanish authorities consent to another use."
        ),
        Heading("12. Contact"),
        Para(
            "Carolina Restrepo Álzate, telephone +57 601 570 2000 extension 11432, email "
            "carolina.restrepo@fiscalia.gov.co."
        ),
        Lines(
            "(Signed)",
            "Carolina Restrepo Álzate",
            "Specialised Prosecutor, Specialised Directorate against Drug Trafficking",
            "Office of the Attorney General of the Nation",
            "Bogotá, 18 March 2025",
        ),
    ),
)

TH_TO_AU = Sample(
    name="complete_th_to_au_trafficking_video_link",
    format="pdf",
    style=(
        "Thai central-authority request in non-native English: letterhead, numbered headings, courtesy formulas, "
        "slightly literal phrasing, running header"
    ),
    description=(
        "Complete request from the Office of the Attorney General of Thailand to Australia's Attorney-General "
        "under Article 18 of UNTOC, Thailand's Act on Mutual Assistance in Criminal Matters and a reciprocity "
        "assurance, for two trafficking victims living in Mildura to testify by video link at a trial in Bangkok. "
        "Testimony is sought, so the witnesses' identity and whereabouts, the topics and the procedure (oath, "
        "interpreter, recording) are all given; dual criminality is stated although the measure is not coercive. "
        "Near-miss: the victims' first complaint went to the Royal Thai Embassy in Canberra (the requesting "
        "state's own mission in the requested state). No findings."
    ),
    date=datetime(2025, 6, 10, 10, 0),
    author="Office of the Attorney General, International Affairs Department",
    confidentiality_clause=True,
    near_misses=("Royal Thai Embassy in Canberra",),
    running_header="Office of the Attorney General - Kingdom of Thailand - International Affairs Department",
    items=(
        Lines(
            "OFFICE OF THE ATTORNEY GENERAL",
            "KINGDOM OF THAILAND",
            "International Affairs Department",
            "Chaeng Watthana Road, Lak Si, Bangkok 10210",
        ),
        Lines("No. 0207/1942", "10 June 2025"),
        Lines(
            "The Attorney-General of the Commonwealth of Australia",
            "Attention: International Crime Cooperation Central Authority",
            "Attorney-General's Department, Barton, Australia",
        ),
        Title("Request for Mutual Assistance in Criminal Matters: Testimony of Victims by Video Link"),
        Heading("1. Requesting Authority and Legal Basis"),
        Para(
            "The Office of the Attorney General of the Kingdom of Thailand, as the Central Authority of Thailand under "
            "the Act on Mutual Assistance in Criminal Matters 1992, has the honour to request the assistance of "
            "Australia on behalf of its Department of Human Trafficking Litigation, which is prosecuting this case. "
            "This request is made under Article 18 of the United Nations Convention against Transnational Organized "
            "Crime, to which Thailand and Australia are both States Parties. Thailand assures that it will give to "
            "Australia the same assistance in a similar case."
        ),
        Heading("2. The Proceedings"),
        Para(
            "The Anti-Trafficking in Persons Division of the Royal Thai Police investigated this case from March "
            "2024. On 17 February 2025 the public prosecutor filed the indictment with the Criminal Court, Human "
            "Trafficking Case Division, in Bangkok, as case No. 118 of 2025. The two accused are detained during the "
            "trial. The Court has fixed the hearing of prosecution witnesses from 15 September 2025 to "
            "26 September 2025."
        ),
        Heading("3. Summary of the Facts"),
        Para(
            "Between May 2023 and January 2024 the accused Mrs Sirinya Kaewmanee, who run a recruitment agency in "
            "Udon Thani without licence, recruited 23 villagers for what she said were farm jobs in Australia paying "
            "AUD 1,100 per week. Each worker paid to her THB 180,000, mostly borrowed from the accused Mr Thanakorn "
            "Boonrueang at high interest, and entered Australia with a visitor visa."
        ),
        Para(
            "In Australia the workers were taken to a farm near Mildura, Victoria, where a contractor connected with "
            "the accused kept their passports, made them work 12 hours each day picking grapes and paid them about "
            "AUD 200 per week after deducting their so-called debt. Workers who complained were told that their "
            "families in Thailand will have to pay. In February 2024 two workers escaped and contacted the Royal Thai "
            "Embassy in Canberra, which informed the Australian police."
        ),
        Heading("4. Persons Concerned"),
        Para(
            "Accused 1: Mrs Sirinya Kaewmanee, Thai nationality, born on 14 August 1979, of Mueang District, Udon "
            "Thani, detained at the Central Women Correctional Institution, Bangkok. Accused 2: Mr Thanakorn "
            "Boonrueang, Thai nationality, born on 2 January 1971, of Phon Phisai District, Nong Khai, detained at "
            "Bangkok Remand Prison."
        ),
        Para(
            "Witness 1: Ms Pimchanok Srisawat, Thai nationality, born on 30 March 1996, Thai passport "
            "No. AC4418270, presently living at 17 Deakin Avenue, Mildura, Victoria 3500. Witness 2: Mr Anucha "
            "Phromma, Thai nationality, born on 11 November 1992, Thai passport No. AB9075316, presently living at "
            "Unit 4, 62 Ontario Avenue, Mildura, Victoria 3500. Both witnesses have agreed to give evidence."
        ),
        Heading("5. Offences"),
        Para(
            "The accused are charged with human trafficking under sections 6 and 52 of the Anti-Human Trafficking "
            "Act 2008, and with recruiting workers to work abroad without licence under section 30 of the Employment "
            "and Job-Seekers Protection Act 1985. The maximum penalty for human trafficking is 12 years "
            "imprisonment and a fine. The same conduct is an offence also in Australia, in particular trafficking in "
            "persons under section 271.2 and forced labour under section 270.6A of the Criminal Code (Cth)."
        ),
        Heading("6. Assistance Requested"),
        Para(
            "Thailand requests that the two witnesses named above give their evidence to the Criminal Court in "
            "Bangkok by video link from Australia, on dates to be agreed within the hearing period of the Court. "
            "They will be asked about: how they were recruited, by whom, and what was promised; the money they paid "
            "and borrowed, and to whom; who kept their passports; the conditions of work and the pay at the farm; "
            "and the threats made to them about the debt."
        ),
        Heading("7. Purpose of the Request"),
        Para(
            "The two witnesses are victims who can tell directly about the deception, the debt and the keeping of "
            "their passports, which are the elements of exploitation that the prosecution must prove for the "
            "offence of human trafficking. Their written statements to the Embassy cannot alone support a "
            "conviction."
        ),
        Heading("8. Procedure Requested"),
        Para(
            "The Thai Criminal Procedure Code permits the Court to hear a witness abroad by video conference. "
            "Thailand kindly requests the Australian authority to arrange a room with video conference equipment at "
            "a court or police station in Mildura or Melbourne, and an official who will identify the witnesses by "
            "their passports. The witnesses will take the oath before the Thai Court; the presiding judge will "
            "examine them and the prosecutor and defence lawyers will question them, with a Thai interpreter in "
            "Bangkok. The hearing will be recorded by the Court."
        ),
        Heading("9. Confidentiality and Limitation on Use"),
        Para(
            "Thailand requests that this request and the addresses of the witnesses be kept confidential, because "
            "relatives of the accused are in contact with the farm contractor and the witnesses fear retaliation "
            "against their families. The testimony will be used only for the criminal case described in this "
            "request."
        ),
        Heading("10. Contact Person"),
        Para(
            "Mr Kittipong Saengthong, Public Prosecutor, International Affairs Department, telephone "
            "+66 2 142 1444, email kittipong.s@ago.go.th."
        ),
        Para("Please accept the assurances of our highest consideration."),
        Lines(
            "(Signed)",
            "Mrs Warunee Chaiyaporn",
            "Director-General, International Affairs Department",
            "for the Attorney General of the Kingdom of Thailand",
            "Bangkok, 10 June 2025",
        ),
    ),
)

PH_TO_US = Sample(
    name="complete_ph_to_us_ransom_email",
    format="txt",
    style="Plain-text Philippine request: letterhead lines, numbered paragraphs without any heading, compact",
    description=(
        "Complete request from the Philippine Department of Justice to the US Office of International Affairs "
        "under the 1994 Philippines-US MLAT for subscriber information and sign-in records (not content) of a "
        "US-hosted email account used to send ransom demands, in a kidnapping-for-ransom prosecution. Near-misses: "
        "'as a matter of priority' with a reason and a date; a request for 'any other accounts linked to the same "
        "recovery telephone number', which is tied to identifiers and a period, not a fishing request; the death "
        "penalty is mentioned only as abolished. No findings."
    ),
    date=datetime(2025, 8, 4, 9, 0),
    author="Department of Justice, Office of the Chief State Counsel",
    confidentiality_clause=True,
    near_misses=("as a matter of priority", "any other accounts linked to the same recovery telephone number"),
    items=(
        Lines(
            "Republic of the Philippines",
            "DEPARTMENT OF JUSTICE",
            "Office of the Chief State Counsel",
            "Padre Faura Street, Ermita, Manila 1000",
        ),
        Lines("Reference No. 2025-0188", "4 August 2025"),
        Lines(
            "Office of International Affairs",
            "Criminal Division, United States Department of Justice",
            "1301 New York Avenue NW",
            "Washington, DC 20530",
        ),
        Title(
            "Request for Assistance: People of the Philippines v. Renato Cabrera Salazar et al. (Kidnapping for Ransom)"
        ),
        Numbered(
            "The Department of Justice of the Republic of the Philippines, as Central Authority of the Philippines, "
            "presents this request on behalf of the panel of prosecutors of the Department handling the case named "
            "above. It is made under the Treaty between the Government of the Republic of the Philippines and the "
            "Government of the United States of America on Mutual Legal Assistance in Criminal Matters, signed at "
            "Manila on 13 November 1994 (the Treaty)."
        ),
        Numbered(
            "The case was investigated by the Anti-Organized Crime Division of the National Bureau of Investigation. "
            "On 12 May 2025 the Department of Justice filed an Information for kidnapping for ransom against Renato "
            "Cabrera Salazar and two co-accused before the Regional Trial Court of Quezon City, Branch 219, as "
            "Criminal Case No. R-25-04411. The two co-accused are detained. Renato Cabrera Salazar remains at "
            "large; a warrant for his arrest was issued on 19 May 2025. Pre-trial is set for 6 October 2025."
        ),
        Numbered(
            "On 2 February 2025 Mr Edgardo Lim Tan, a rice trader of Cabanatuan City, was abducted by armed men "
            "outside his warehouse and held in a house in the province of Bulacan. From 3 February 2025 to "
            "21 February 2025 ransom demands, photographs of the victim and payment instructions were sent to his "
            "family from the email account tanrelease.update@northwindmail.com. The family paid PHP 8,500,000 in two "
            "instalments, on 14 February 2025 and 20 February 2025, and Mr Tan was released on 22 February 2025."
        ),
        Numbered(
            "The two co-accused were arrested on 28 February 2025. One of them stated in his sworn confession that "
            "Renato Cabrera Salazar planned the abduction and personally sent the emails from his mobile phone. The "
            "email account is hosted by Northwind Mail, Inc., 400 Castro Street, Mountain View, California 94041, "
            "United States."
        ),
        Numbered(
            "Renato Cabrera Salazar is a Filipino citizen, born on 15 September 1984 in Tarlac City, holder of "
            "Philippine passport No. P4471892B, whose last known address is Block 7, Lot 12, Sampaguita Street, "
            "Barangay Batasan Hills, Quezon City. The victim, Edgardo Lim Tan, is a Filipino citizen residing in "
            "Cabanatuan City, Nueva Ecija."
        ),
        Numbered(
            "The accused are charged with kidnapping and serious illegal detention for the purpose of extorting "
            "ransom under Article 267 of the Revised Penal Code, as amended by Republic Act No. 7659. The offence is "
            "punishable by reclusion perpetua, the death penalty having been abolished by Republic Act No. 9346."
        ),
        Numbered(
            "The same conduct would be punishable in the United States, in particular under section 875(a) of "
            "Title 18, United States Code (transmitting in interstate or foreign commerce a demand for ransom) and "
            "section 1201 of that Title (kidnapping)."
        ),
        Numbered(
            "The Philippines requests that the competent United States authorities obtain from Northwind Mail, Inc. "
            "the following records of the account tanrelease.update@northwindmail.com for the period 1 January 2025 "
            "to 31 March 2025: (a) the subscriber information, including the name, recovery email address and "
            "telephone number given at registration, and the date and Internet Protocol address of registration; "
            "(b) the record of sign-ins, with the date, time and Internet Protocol address of each; and (c) the "
            "identifiers of any other accounts linked to the same recovery telephone number or recovery email "
            "address. The content of communications is not requested."
        ),
        Numbered(
            "The records are needed to show that the account was created and used by Renato Cabrera Salazar. A "
            "Philippine telecommunications provider has already identified the mobile number registered to him; the "
            "Internet Protocol addresses of the sign-ins, matched with that provider's records, will show that the "
            "ransom emails were sent from his phone. This will corroborate the confession of his co-accused at trial."
        ),
        Numbered(
            "We ask that the records be produced with a certification by the custodian of records of Northwind "
            "Mail, Inc., made under oath, that they are true copies of records kept in the ordinary course of "
            "business, so that they may be authenticated under Rule 5 of the Rules on Electronic Evidence of the "
            "Supreme Court of the Philippines."
        ),
        Numbered(
            "We ask that this request be executed as a matter of priority, and if possible before 15 September 2025, "
            "so that the records can be disclosed to the defence before the pre-trial on 6 October 2025."
        ),
        Numbered(
            "As the principal accused is at large, we request that this request be kept confidential and that "
            "Northwind Mail, Inc. be asked not to notify the account holder."
        ),
        Numbered(
            "In accordance with the Treaty, the records will be used only for the prosecution described in this "
            "request, unless the United States consents to another use."
        ),
        Numbered(
            "The prosecutor in charge is Senior Assistant State Prosecutor Maria Theresa Villanueva, telephone "
            "+63 2 8523 8481, email mtvillanueva@doj.gov.ph. The investigating agent is Special Investigator Paolo "
            "Dizon of the National Bureau of Investigation, email pdizon@nbi.gov.ph."
        ),
        Lines(
            "(Signed)",
            "Rolando Fajardo",
            "Chief State Counsel",
            "Department of Justice, Manila",
            "4 August 2025",
        ),
    ),
)

UA_TO_EE = Sample(
    name="complete_ua_to_ee_phishing_servers",
    format="docx",
    style=(
        "Ukrainian prosecutor's request in Word: capitalised numbered headings, terse official phrasing translated "
        "from Ukrainian, Word list-numbered measures, signature with 'signature, seal'"
    ),
    description=(
        "Complete request from the Office of the Prosecutor General of Ukraine to Estonia's Office of the "
        "Prosecutor General under the 1959 European Convention and Article 31 of the Budapest Convention (both "
        "states are parties), for a hosting company's customer data, forensic copies of two preserved servers and "
        "a witness statement, in a phishing fraud against bank customers. Coercive measures are sought and dual "
        "criminality is stated. Near-miss: Article 31 is the Budapest Convention's article on access to stored "
        "data, a correct citation. No findings."
    ),
    date=datetime(2025, 5, 21, 14, 0),
    author="Office of the Prosecutor General of Ukraine",
    confidentiality_clause=True,
    near_misses=("Article 31 of the Convention on Cybercrime",),
    items=(
        Lines(
            "OFFICE OF THE PROSECUTOR GENERAL OF UKRAINE",
            "Department of International Legal Cooperation",
            "15 Riznytska Street, Kyiv, 01011, Ukraine",
        ),
        Lines("Our reference: 5840 of 2025", "Kyiv, 21 May 2025"),
        Lines(
            "Office of the Prosecutor General of the Republic of Estonia",
            "Wismari 7",
            "15188 Tallinn, Estonia",
        ),
        Title("REQUEST FOR LEGAL ASSISTANCE IN CRIMINAL PROCEEDINGS No. 12024000000000418"),
        Heading("1. REQUESTING AUTHORITY"),
        Para(
            "The Office of the Prosecutor General of Ukraine presents this request at the initiative of the Cyber "
            "Police Department of the National Police of Ukraine, which conducts the pre-trial investigation under "
            "the procedural guidance of this Office."
        ),
        Heading("2. LEGAL BASIS"),
        Para(
            "This request is made under the European Convention on Mutual Assistance in Criminal Matters of "
            "20 April 1959, to which Ukraine and the Republic of Estonia are parties, Article 31 of the Convention on "
            "Cybercrime of 23 November 2001, and Chapter 43 of the Criminal Procedure Code of Ukraine."
        ),
        Heading("3. CIRCUMSTANCES OF THE CRIMINAL OFFENCE"),
        Para(
            "The criminal proceedings were entered in the Unified Register of Pre-trial Investigations on "
            "14 October 2024. From August 2024 to February 2025 a group of persons sent text messages to customers "
            "of Ukrainian banks with links to websites imitating the online banking pages of Dnipro Commercial Bank "
            "and Polissia Bank. Customers who entered their card data and one-time codes on these websites lost the "
            "money on their accounts. At least 1,140 victims have been identified, with a total loss of "
            "UAH 38,600,000."
        ),
        Para(
            "The fraudulent websites were hosted on two virtual servers with the Internet Protocol addresses "
            "185.112.44.17 and 185.112.44.18, rented from Pilvemaja OÜ, a hosting company in Tallinn, from 2 July "
            "2024 to 28 February 2025 under the customer account 'vektor-host' and paid in cryptocurrency. At the "
            "request of Ukraine of 3 April 2025, the Estonian authorities ensured that the data of both servers were "
            "preserved."
        ),
        Para(
            "The mobile phone of a member of the group, seized in Kharkiv on 19 February 2025, contains the access "
            "credentials of both servers and messages showing that they were administered by Oleksandr Viktorovych "
            "Hrytsenko. On 11 March 2025 he was notified in absentia that he is suspected of the offences below; he "
            "has been put on the wanted list."
        ),
        Heading("4. PERSONS CONCERNED"),
        Para(
            "Oleksandr Viktorovych Hrytsenko, citizen of Ukraine, born on 7 June 1993 in Zaporizhzhia, passport for "
            "travel abroad No. FT418273; he left Ukraine in January 2025 and his present whereabouts are unknown."
        ),
        Para(
            "Pilvemaja OÜ, registry code 14667297, Tartu mnt 84a, 10112 Tallinn, the hosting company holding the "
            "data, which is not suspected of any offence; its technical director is Mr Rasmus Tamm."
        ),
        Heading("5. LEGAL QUALIFICATION"),
        Para(
            "The acts are qualified under part 4 of Article 190 of the Criminal Code of Ukraine (fraud on an "
            "especially large scale committed by an organised group), part 2 of Article 361 (unauthorised "
            "interference with computers causing significant damage) and part 3 of Article 209 (laundering of "
            "proceeds of crime). Fraud under part 4 of Article 190 is punishable by imprisonment for 5 to 12 years."
        ),
        Para(
            "These acts are also criminal offences under the Penal Code of the Republic of Estonia, in particular "
            "computer-related fraud under § 213, illegal obtaining of access to computer systems under § 217 and "
            "money laundering under § 394."
        ),
        Heading("6. ASSISTANCE REQUESTED"),
        Para("The Ukrainian side requests the competent authorities of the Republic of Estonia:"),
        Numbered(
            "to obtain from Pilvemaja OÜ the registration data of the customer account 'vektor-host', including the "
            "names, email addresses and telephone numbers given, the Internet Protocol addresses used to register "
            "and to log in to the customer panel, and the payment records, for the period 1 June 2024 to "
            "28 February 2025;"
        ),
        Numbered(
            "to obtain, by seizure if Estonian law so requires, forensic copies of the preserved contents of the two "
            "virtual servers with the Internet Protocol addresses 185.112.44.17 and 185.112.44.18, including the web "
            "files, databases and server logs;"
        ),
        Numbered(
            "to question Mr Rasmus Tamm as a witness on how the two servers were ordered, paid for and administered, "
            "on any contact the company had with its customer, and on the preservation of the data."
        ),
        Heading("7. PURPOSE AND RELEVANCE"),
        Para(
            "The registration and payment data and the log-in addresses will identify who rented the servers and "
            "confirm that Mr Hrytsenko administered them. The server contents will show the fraudulent pages and the "
            "victims' data, linking each loss to the group. The evidence will be used at trial."
        ),
        Heading("8. PROCEDURAL REQUIREMENTS"),
        Para(
            "We request that the forensic copies be made by an expert with calculation of hash values, recorded in a "
            "seizure record, and transmitted with that record. The registration data should come with the company's "
            "statement confirming their completeness. The witness should be warned of liability for false testimony "
            "and sign the record of his questioning."
        ),
        Heading("9. CONFIDENTIALITY"),
        Para(
            "We request that the fact and the contents of this request be kept confidential, and that Pilvemaja OÜ "
            "be instructed not to inform its customer, because the group is still active and could destroy other "
            "data."
        ),
        Heading("10. GUARANTEES"),
        Para(
            "Ukraine guarantees that the evidence received will be used only for the purposes of these criminal "
            "proceedings and will not be used for other purposes without the consent of the Estonian side."
        ),
        Heading("11. CONTACT PERSONS"),
        Para(
            "Prosecutor of the Department of International Legal Cooperation Iryna Kovalchuk, telephone "
            "+380 44 200 7070, email i.kovalchuk@gp.gov.ua; investigator of the Cyber Police Department Captain "
            "Denys Melnyk, email d.melnyk@cyberpolice.gov.ua."
        ),
        Lines(
            "Deputy Prosecutor General of Ukraine",
            "(signature, seal)",
            "Viktoriia Oleksiivna Bondarenko",
            "21 May 2025",
        ),
    ),
)

ZA_TO_MU = Sample(
    name="complete_za_to_mu_restraint_order",
    format="pdf",
    style=(
        "South African central-authority request as a multi-page PDF: letterhead, plain headings, prose and "
        "numbered measures, the operative part of the domestic order as an annex, running footer"
    ),
    description=(
        "Complete request from South Africa's Department of Justice and Constitutional Development, for the "
        "National Prosecuting Authority's Investigating Directorate Against Corruption, to the Attorney-General "
        "of Mauritius under the Harare Scheme and Article 46 of UNCAC, to enforce a High Court restraint order "
        "over a bank balance and a villa and to produce bank and company records, in a procurement-corruption "
        "case. Freezing is sought with the property's particulars, its link to the offence and the domestic order, "
        "whose operative part is annexed. Near-miss: every reference to 'Annex A' points to the annex that is "
        "there. No findings."
    ),
    date=datetime(2025, 9, 15, 12, 0),
    author="Department of Justice and Constitutional Development",
    confidentiality_clause=True,
    near_misses=("Annex A",),
    running_footer="Request to the Republic of Mauritius - restraint and production of records",
    items=(
        Lines(
            "Department of Justice and Constitutional Development",
            "Republic of South Africa",
            "Office of the Director-General: Central Authority for Mutual Legal Assistance",
            "Momentum Centre, 329 Pretorius Street, Pretoria 0001",
        ),
        Lines("Our reference: 1187 of 2025", "15 September 2025"),
        Lines(
            "The Attorney-General of the Republic of Mauritius",
            "Attorney-General's Office",
            "New Government Centre, Port Louis, Mauritius",
        ),
        Title("Request for Mutual Legal Assistance: Enforcement of a Restraint Order and Production of Bank Records"),
        Heading("Introduction"),
        Para(
            "The Director-General of the Department of Justice and Constitutional Development, as Central Authority "
            "of South Africa, submits this request for the Investigating Directorate Against Corruption of the "
            "National Prosecuting Authority, which conducts the investigation and prosecution below."
        ),
        Heading("Legal basis"),
        Para(
            "The request is made under the Scheme relating to Mutual Assistance in Criminal Matters within the "
            "Commonwealth (Harare Scheme) and Article 46 of the United Nations Convention against Corruption, to "
            "which both states are parties, and the International Co-operation in Criminal Matters Act 75 of 1996."
        ),
        Heading("The proceedings"),
        Para(
            "The Investigating Directorate Against Corruption has investigated the matter since March 2024. On 7 July "
            "2025 the accused Sipho Nkosinathi Mahlangu and Lerato Mokoena-Davids appeared in the Specialised "
            "Commercial Crime Court, Pretoria, case number 2218 of 2025, and were released on bail."
        ),
        Para(
            "On 28 August 2025 the High Court of South Africa, Gauteng Division, Pretoria, granted a restraint order "
            "under section 26 of the Prevention of Organised Crime Act 121 of 1998 (case number 047281 of 2025) "
            "against their property, including the Mauritian property described below. Its operative part is in Annex "
            "A."
        ),
        Heading("Summary of facts"),
        Para(
            "In November 2022 Highveld Power Distribution (Pty) Ltd, a municipal company, awarded a smart-meter "
            "contract of ZAR 612,000,000 to Thuthuka Metering Solutions (Pty) Ltd after Mr Mahlangu, its chief "
            "procurement officer, changed the evaluation criteria two days before the closing date."
        ),
        Para(
            "Between 14 March 2023 and 30 November 2023 Thuthuka Metering Solutions (Pty) Ltd paid ZAR 23,400,000 in "
            "consulting fees, for no work, into account No. 000448127733 of Lesedi Advisory Ltd at Ile Maurice "
            "Commercial Bank Ltd, Port Louis. The sole shareholder of Lesedi Advisory Ltd is Ms Mokoena-Davids, Mr "
            "Mahlangu's life partner. On 9 January 2024 USD 610,000 was paid from that account towards a villa at "
            "Grand Baie registered in the company's name."
        ),
        Heading("Persons concerned"),
        Para(
            "Sipho Nkosinathi Mahlangu, South African citizen, born on 19 April 1975, passport No. A08812736, and "
            "Lerato Mokoena-Davids, South African citizen, born on 3 December 1982, passport No. A09347102, both of "
            "42 Jacaranda Crescent, Waterkloof, Pretoria. Lesedi Advisory Ltd, business registration number "
            "C19165523, Ebène Heights, 34 Cybercity, Ebène, Mauritius."
        ),
        Heading("Offences"),
        Para(
            "The accused are charged with corruption under sections 4 and 13 of the Prevention and Combating of "
            "Corrupt Activities Act 12 of 2004, money laundering under section 4 of the Prevention of Organised Crime "
            "Act 121 of 1998, and fraud at common law."
        ),
        Para(
            "The conduct is also an offence in Mauritius under section 7 of the Prevention of Corruption Act 2002 and "
            "section 3 of the Financial Intelligence and Anti-Money Laundering Act 2002."
        ),
        Heading("Assistance requested"),
        Para("South Africa requests that the competent authorities of Mauritius:"),
        Numbered(
            "register and enforce the restraint order in Annex A, or obtain an equivalent order under Mauritian law, "
            "so as to prohibit any dealing with the credit balance of account No. 000448127733 held by Lesedi "
            "Advisory Ltd at Ile Maurice Commercial Bank Ltd, Port Louis, and with the villa at Grand Baie "
            "registered in the name of Lesedi Advisory Ltd;"
        ),
        Numbered(
            "obtain from Ile Maurice Commercial Bank Ltd the account opening documents, the declarations of "
            "beneficial ownership and the statements of account No. 000448127733 for the period 1 January 2023 to "
            "31 August 2025;"
        ),
        Numbered(
            "obtain from the Corporate and Business Registration Department certified copies of the incorporation "
            "documents, the share register and the annual returns of Lesedi Advisory Ltd."
        ),
        Heading("Purpose"),
        Para(
            "The fees paid to Lesedi Advisory Ltd are the benefit of the corruption. The restraint will preserve the "
            "balance and the villa for a confiscation order under section 18 of the Prevention of Organised Crime Act "
            "121 of 1998. The records will prove who controls the company and trace the fees into the villa, as the "
            "State must prove at trial."
        ),
        Heading("Procedure"),
        Para(
            "The bank records should be certified by a bank official as true copies of records kept in the ordinary "
            "course of business, for admission under section 236 of the Criminal Procedure Act 51 of 1977, and the "
            "company records by the Registrar."
        ),
        Heading("Confidentiality and use"),
        Para(
            "South Africa asks that this request be kept confidential until the restraint takes effect, to prevent "
            "dissipation. The evidence will be used only for these proceedings, unless Mauritius consents to another "
            "use."
        ),
        Heading("Contact"),
        Para(
            "Advocate Nomvula Dlamini, Senior State Advocate, Investigating Directorate Against Corruption, "
            "telephone +27 12 845 6000, email ndlamini@npa.gov.za."
        ),
        Lines(
            "(Signed)",
            "Thembeka Ngcobo-Radebe",
            "Chief Director: International Legal Relations",
            "for the Director-General: Justice and Constitutional Development",
            "Pretoria, 15 September 2025",
        ),
        Heading("Annex A: Restraint order of 28 August 2025 (operative part)"),
        Para(
            "It is ordered that Sipho Nkosinathi Mahlangu and Lerato Mokoena-Davids, and any person holding property "
            "for them, including Lesedi Advisory Ltd, shall not deal with: the credit balance of account No. "
            "000448127733 at Ile Maurice Commercial Bank Ltd, Port Louis; and Villa 7, Domaine des Filaos, Grand "
            "Baie, Mauritius, transcribed in Volume 9841 No. 27. The National Director of Public Prosecutions may "
            "seek the enforcement of this order in Mauritius."
        ),
    ),
)

KE_TO_UG = Sample(
    name="defective_ke_to_ug_murder_search",
    format="txt",
    style="Plain-text Kenyan letter: letterhead lines, numbered paragraphs with no headings, measures lettered (a)-(c)",
    description=(
        "Request from Kenya's Office of the Director of Public Prosecutions to Uganda's Director of Public "
        "Prosecutions for call records, a house search with seizure of a firearm and phones, and a landlady's "
        "statement, to find evidence against a murder suspect who fled to Kampala. Defects: besides the Harare "
        "Scheme (a valid basis) it relies on 'Article 25 of the Convention on Cybercrime', which neither Kenya nor "
        "Uganda has joined (MLA204 warning); 'DCI' is never spelled out (MLA207); the offence is called 'murder' "
        "with no provision of the Penal Code (MLA105); and no paragraph says the conduct is an offence in Uganda "
        "although a search is sought (MLA111 error). The witness is named, located and given topics, so MLA118 "
        "stays silent."
    ),
    date=datetime(2025, 2, 12, 10, 0),
    author="Office of the Director of Public Prosecutions",
    confidentiality_clause=True,
    expected=(
        Expect("MLA204", "warning", "Article 25 of the Convention on Cybercrime"),
        Expect("MLA207", "info", "DCI"),
        Expect("MLA105", "error"),
        Expect("MLA111", "error"),
    ),
    items=(
        Lines(
            "OFFICE OF THE DIRECTOR OF PUBLIC PROSECUTIONS",
            "Republic of Kenya",
            "International Cooperation and Mutual Legal Assistance Division",
            "Ragati Road, Upper Hill, Nairobi",
        ),
        Lines("Our ref: 0417 of 2025", "12 February 2025"),
        Lines(
            "The Director of Public Prosecutions",
            "Republic of Uganda",
            "Workers House, Pilkington Road, Kampala",
        ),
        Title("Request for Mutual Legal Assistance: Republic v. Brian Otieno Wekesa (Murder)"),
        Numbered(
            "The Office of the Director of Public Prosecutions of the Republic of Kenya requests, under the Mutual "
            "Legal Assistance Act, 2011 of Kenya, the assistance of the Republic of Uganda in the investigation and "
            "prosecution of the murder of Mr Daniel Kiprop Ruto in Nairobi."
        ),
        Numbered(
            "This request is made under the Scheme relating to Mutual Assistance in Criminal Matters within the "
            "Commonwealth (Harare Scheme) and Article 25 of the Convention on Cybercrime, since part of the evidence "
            "sought is electronic."
        ),
        Numbered(
            "The murder was investigated by the Homicide Division of the DCI in Nairobi under the direction of this "
            "Office. On 20 January 2025 the High Court of Kenya at Nairobi issued a warrant for the arrest of the "
            "suspect, Brian Otieno Wekesa, who has fled to Uganda. Upon his arrest and return he will be charged "
            "before the High Court of Kenya at Nairobi."
        ),
        Numbered(
            "On the night of 23 November 2024 Mr Daniel Kiprop Ruto, a livestock trader, was shot dead in his car "
            "outside his home in Karen, Nairobi. Witnesses saw a man leave the scene on a motorcycle. Mr Ruto had been "
            "in a dispute with his former business partner, Brian Otieno Wekesa, over KES 14,000,000 owed from the "
            "sale of cattle to buyers in Uganda. Call records obtained in Kenya show that a Kenyan mobile number used "
            "by Mr Wekesa was in contact with the motorcycle rider on the evening of the murder, and that on "
            "25 November 2024 Mr Wekesa crossed into Uganda at the Busia border post."
        ),
        Numbered(
            "Since December 2024 Mr Wekesa has been using the Ugandan mobile number +256 772 418 093, registered with "
            "MTN Uganda, and has been staying in a rented house at Plot 27, Kira Road, Kamwokya, Kampala, owned by "
            "Ms Harriet Nakato. A pistol seen with him in Nairobi before the murder is believed to have been taken "
            "by him to Uganda."
        ),
        Numbered(
            "Brian Otieno Wekesa is a Kenyan citizen, born on 6 June 1988, holder of Kenyan national identity card "
            "No. 27461893 and Kenyan passport No. AK0519374."
        ),
        Numbered("The suspect will be charged with the offence of murder."),
        Numbered(
            "Kenya requests the competent authorities of Uganda: (a) to obtain from MTN Uganda the subscriber details "
            "and call data records, with cell site locations, of the mobile number +256 772 418 093 for the period "
            "25 November 2024 to 31 January 2025; (b) to search the house at Plot 27, Kira Road, Kamwokya, Kampala, "
            "and to seize any firearm, ammunition, mobile phones and SIM cards found there; and (c) to record a "
            "statement from Ms Harriet Nakato on when and on what terms she let the house to Mr Wekesa, who visited "
            "him there, and any firearm she saw in his possession."
        ),
        Numbered(
            "The call records will show Mr Wekesa's movements and contacts after the murder, including any contact "
            "with the rider. A firearm found in his possession will be compared by the Kenyan ballistics laboratory "
            "with the cartridge cases recovered at the scene. The statement of Ms Nakato will establish that he "
            "lived at the house where the items were found."
        ),
        Numbered(
            "The call records should be certified by an officer of MTN Uganda as true records, with a certificate "
            "for electronic records as required by section 106B of the Evidence Act of Kenya. Seized items should be "
            "sealed, labelled and listed in an inventory signed by the officers who conducted the search, and handed "
            "over to Kenyan officers with a record of the chain of custody. The statement of Ms Nakato should be "
            "recorded in writing and signed by her."
        ),
        Numbered(
            "Kenya requests that this request be kept confidential, as the suspect is likely to flee again if he "
            "learns of it."
        ),
        Numbered("The evidence obtained will be used only for the investigation and prosecution of this case."),
        Numbered(
            "The prosecution counsel handling the matter is Ms Wanjiru Kamau, Senior Assistant Director of Public "
            "Prosecutions, telephone +254 20 273 2090, email wkamau@odpp.go.ke."
        ),
        Lines(
            "(Signed)",
            "Joseph Mwangi Kariuki",
            "Deputy Director of Public Prosecutions, for the Director of Public Prosecutions",
            "Nairobi, 12 February 2025",
        ),
    ),
)

PK_TO_AE = Sample(
    name="defective_form_pk_to_ae_housing_scam",
    format="docx",
    style=(
        "Pakistani request laid out as a two-column form in a Word table (item / particulars) between a short "
        "covering paragraph and a signature block; a reviewer's comment left in the file"
    ),
    description=(
        "Request from Pakistan's Ministry of Interior, as Central Authority, to the UAE Ministry of Justice for "
        "bank and trade-licence records in a housing-scheme fraud and money-laundering case, filled in as a form. "
        "Defects: two template remnants, an X-run as the suspect's passport number and '[name of trial court]' "
        "(MLA202 x2); a reviewer's comment on the bank left in the file (MLA206 error); and no field says which "
        "authority is investigating or prosecuting or at what stage the case is (MLA103). Near-miss: the form's "
        "'Requested State' label is followed by the state's name, so it is not a generic placeholder."
    ),
    date=datetime(2025, 4, 23, 11, 0),
    author="Ministry of Interior, Government of Pakistan",
    confidentiality_clause=True,
    near_misses=("Requested State",),
    placeholders=("XXXXXXX", "[name of trial court]"),
    comments=(
        Comment(
            anchor="the following request for assistance",
            text=(
                "Please confirm with the investigating officer whether the Dubai account is still active before "
                "dispatch."
            ),
            author="Tariq Mahmood Awan",
        ),
    ),
    expected=(Expect("MLA103", "error"),),
    items=(
        Lines(
            "GOVERNMENT OF PAKISTAN",
            "MINISTRY OF INTERIOR",
            "Central Authority for Mutual Legal Assistance",
            "R Block, Pak Secretariat, Islamabad",
        ),
        Lines("No. 418-2025 (Central Authority)", "Islamabad, 23 April 2025"),
        Lines(
            "The Ministry of Justice",
            "International Cooperation Department",
            "Abu Dhabi, United Arab Emirates",
        ),
        Title("REQUEST FOR MUTUAL LEGAL ASSISTANCE IN CRIMINAL MATTERS"),
        Para(
            "The Ministry of Interior of the Islamic Republic of Pakistan, as Central Authority under the Mutual Legal "
            "Assistance (Criminal Matters) Act, 2020, presents its compliments to the Ministry of Justice of the "
            "United Arab Emirates and has the honour to submit the following request for assistance."
        ),
        Table(
            ("Item", "Particulars"),
            ("Requesting State", "Islamic Republic of Pakistan"),
            ("Requested State", "United Arab Emirates"),
            ("Requesting authority", "Ministry of Interior, Government of Pakistan (Central Authority)"),
            (
                "Legal basis",
                "Article 46 of the United Nations Convention against Corruption and Article 18 of the United Nations "
                "Convention against Transnational Organized Crime, to which both States are parties; the Mutual "
                "Legal Assistance (Criminal Matters) Act, 2020",
            ),
            (
                "Offences",
                "Money laundering under section 3 of the Anti-Money Laundering Act, 2010, punishable under section 4 "
                "of that Act; cheating and dishonestly inducing delivery of property under section 420 of the "
                "Pakistan Penal Code, 1860",
            ),
            (
                "Dual criminality",
                "The conduct is also an offence in the United Arab Emirates under Article 2 of Federal Decree-Law "
                "No. 20 of 2018 on Anti-Money Laundering and Combating the Financing of Terrorism and under "
                "Article 451 of Federal Decree-Law No. 31 of 2021 promulgating the Crimes and Penalties Law",
            ),
            (
                "Summary of facts",
                "Between January 2022 and June 2023 Zafar Iqbal Chaudhry, through Khyber Crest Housing (Private) "
                "Limited, collected PKR 3,950,000,000 from about 2,600 investors for plots in a housing scheme near "
                "Rawalpindi that was never approved by the development authority. Of this money, AED 11,800,000 was "
                "sent through informal hawala channels to Dubai and deposited in account "
                "No. AE91 0331 0193 8725 4100 017 of Crescent Line General Trading LLC at Gulf Meridian Bank PJSC, "
                "Dubai. The investors received neither plots nor refunds. Zafar Iqbal Chaudhry left Pakistan on "
                "4 July 2023 and now lives in Dubai.",
            ),
            (
                "Persons concerned",
                "Zafar Iqbal Chaudhry, Pakistani national, born on 11 March 1969, computerised national identity "
                "card No. 37405-2284619-3, passport No. XXXXXXX, residing at Villa 14, Street 3, Al Barsha 2, Dubai. "
                "Crescent Line General Trading LLC, trade licence No. 918264, Deira, Dubai, whose manager is Asif "
                "Mehmood Butt, Pakistani national.",
            ),
            (
                "Assistance requested",
                "1. Statements of account No. AE91 0331 0193 8725 4100 017 for the period 1 January 2022 to "
                "31 December 2024, with the account opening documents and the names of the depositors of all cash "
                "deposits. 2. The trade licence, memorandum of association and list of partners of Crescent Line "
                "General Trading LLC as registered with the Department of Economy and Tourism, Dubai.",
            ),
            (
                "Purpose",
                "The records will show that the investors' money reached Zafar Iqbal Chaudhry in Dubai through "
                "Crescent Line General Trading LLC, and will be produced as evidence before the [name of trial court] "
                "to prove the charge of money laundering.",
            ),
            (
                "Form of evidence",
                "Copies certified as true copies by the bank and by the Department of Economy and Tourism, under "
                "seal, and authenticated by the Ministry of Justice of the United Arab Emirates.",
            ),
            (
                "Confidentiality",
                "This request and its contents may kindly be kept confidential and the account holder not informed, "
                "as the funds may otherwise be moved.",
            ),
            (
                "Use of evidence",
                "The evidence will be used only for the criminal case described in this request and not for any other "
                "purpose without the consent of the United Arab Emirates.",
            ),
            ("Reciprocity", "The Government of Pakistan assures the United Arab Emirates of reciprocal assistance."),
            (
                "Contact officer",
                "Mr Tariq Mahmood Awan, Section Officer (Mutual Legal Assistance), Ministry of Interior, telephone "
                "+92 51 920 1345, email so.mla@interior.gov.pk",
            ),
        ),
        Lines(
            "(Signed)",
            "Nadia Rehman Qureshi",
            "Joint Secretary, Ministry of Interior",
            "Islamabad, 23 April 2025",
        ),
    ),
)

IN_TO_SG = Sample(
    name="defective_prose_in_to_sg_letter_of_request",
    format="pdf",
    style=(
        "Indian court's letter of request in long, unbroken prose paragraphs with a court caption and 'WHEREAS' "
        "recitals, no headings, court-style signature block"
    ),
    description=(
        "Letter of request of a Special Judge in Mumbai, on the application of the Directorate of Enforcement, to "
        "Singapore's competent judicial authority under UNCAC Article 46 and UNTOC Article 18, with a reciprocity "
        "assurance, for bank and company records in a money-laundering case arising from a bank-loan fraud. "
        "Defects: no confidentiality is asked for (MLA110); it never says what the records are for or how they "
        "would prove the offence (MLA107); and the accused and the Singapore signatory are named without "
        "nationality, date of birth, identity document or address (MLA108). Certification under section 63 of "
        "the Bharatiya Sakshya Adhiniyam is asked for, so MLA109 stays silent."
    ),
    date=datetime(2025, 10, 6, 12, 0),
    author="City Civil and Sessions Court, Greater Mumbai",
    confidentiality_clause=False,
    near_misses=("Accounting and Corporate Regulatory Authority",),
    expected=(
        Expect("MLA107", "warning"),
        Expect("MLA108", "warning"),
    ),
    items=(
        Lines(
            "IN THE COURT OF THE SPECIAL JUDGE UNDER THE PREVENTION OF MONEY LAUNDERING ACT, 2002",
            "City Civil and Sessions Court, Greater Mumbai",
            "Special Case No. 212 of 2025",
            "Directorate of Enforcement versus Kunal Vinod Mehra and others",
        ),
        Lines(
            "To",
            "The Competent Judicial Authority of the Republic of Singapore",
            "through the Attorney-General's Chambers, Singapore",
        ),
        Title("LETTER OF REQUEST"),
        Para(
            "WHEREAS this Letter of Request is issued by this Court under section 57 of the Prevention of Money "
            "Laundering Act, 2002 and section 112 of the Bharatiya Nagarik Suraksha Sanhita, 2023, on the application "
            "of the Assistant Director, Directorate of Enforcement, Mumbai Zonal Office, Government of India, who is "
            "investigating a case of money laundering registered on 18 March 2024, in which a prosecution complaint "
            "against the first two accused has been filed before this Court and taken cognisance of, while the "
            "investigation continues as regards the proceeds of crime held outside India;"
        ),
        Para(
            "AND WHEREAS the assistance of the Republic of Singapore is sought under Article 46 of the United Nations "
            "Convention against Corruption and Article 18 of the United Nations Convention against Transnational "
            "Organized Crime, to which the Republic of India and the Republic of Singapore are both parties, and this "
            "Court assures the Competent Judicial Authority of the Republic of Singapore that the courts of India "
            "will render similar assistance in a similar matter;"
        ),
        Para(
            "AND WHEREAS the case arises out of a fraud on banks, in that between 2018 and 2021 Sahyadri Textiles "
            "Limited, of which the accused Kunal Vinod Mehra was the managing director, obtained working-capital "
            "loans of INR 4,860,000,000 from a consortium of banks led by Konkan Commercial Bank Limited on the "
            "strength of receivables from overseas buyers which were inflated or did not exist; that the Central "
            "Bureau of Investigation registered a case of cheating and criminal conspiracy on the complaint of the "
            "lead bank on 2 November 2023; and that the investigation of the Directorate of Enforcement has revealed "
            "that USD 21,300,000 out of the loan funds was remitted between April 2019 and August 2021 as advance "
            "payments for imports to Orchid Meridian Trading Pte. Ltd., Singapore, which never supplied any goods, "
            "and was thereafter transferred from the account of that company with Straits Pacific Bank Limited, "
            "Singapore, to the account of Lionsgate Harbour Holdings Pte. Ltd., Singapore, with the same bank, in "
            "which the accused Ritika Mehra is a shareholder;"
        ),
        Para(
            "AND WHEREAS the accused in this case are Kunal Vinod Mehra, Ritika Mehra and Sahyadri Textiles "
            "Limited, and the person who signed the import contracts on behalf of Orchid Meridian Trading Pte. Ltd. "
            "is one Mr Desmond Tan Wei Liang;"
        ),
        Para(
            "AND WHEREAS the accused are being prosecuted for the offence of money laundering under section 3 of the "
            "Prevention of Money Laundering Act, 2002, punishable under section 4 of that Act, the scheduled "
            "offences being cheating and criminal conspiracy under sections 420 and 120-B of the Indian Penal Code, "
            "1860, and the said conduct also constitutes offences under the laws of the Republic of Singapore, "
            "including cheating under section 420 of the Penal Code 1871 and the offences of laundering the benefits "
            "of criminal conduct under the Corruption, Drug Trafficking and Other Serious Crimes (Confiscation of "
            "Benefits) Act 1992;"
        ),
        Para(
            "NOW THEREFORE this Court requests the Competent Judicial Authority of the Republic of Singapore to cause "
            "the following to be obtained and transmitted to this Court: the account opening forms, mandates, "
            "statements of account and details of the remitters and beneficiaries of all transfers of the accounts "
            "of Orchid Meridian Trading Pte. Ltd. and of Lionsgate Harbour Holdings Pte. Ltd. with Straits Pacific "
            "Bank Limited, Singapore, for the period 1 April 2019 to 31 March 2022; and the business profiles, the "
            "registers of members and the registers of directors of both companies as filed with the Accounting and "
            "Corporate Regulatory Authority of Singapore."
        ),
        Para(
            "It is further requested that the bank records be accompanied by a certificate of an authorised officer "
            "of the bank identifying the electronic records and describing the manner in which they were produced, "
            "as required by section 63 of the Bharatiya Sakshya Adhiniyam, 2023, and that the company records be "
            "certified by the Registrar of Companies."
        ),
        Para(
            "This Court undertakes that the evidence received shall be used only for the purpose of the "
            "investigation, inquiry and trial in this case and not for any other purpose without the consent of the "
            "Republic of Singapore."
        ),
        Para(
            "For any clarification, the investigating officer, Mr Saurabh Kulkarni, Assistant Director, Directorate "
            "of Enforcement, Mumbai Zonal Office, may be contacted on +91 22 2283 1044 or at "
            "saurabh.kulkarni@gov.in."
        ),
        Para(
            "This Court expresses its gratitude to the Competent Judicial Authority of the Republic of Singapore for "
            "its assistance and assures it of the highest consideration."
        ),
        Lines(
            "(Signed and sealed)",
            "Anand Prakash Deshmukh",
            "Special Judge under the Prevention of Money Laundering Act, 2002",
            "City Civil and Sessions Court, Greater Mumbai",
            "Dated: 6 October 2025",
        ),
    ),
)

NG_TO_UK = Sample(
    name="defective_email_ng_to_uk_freeze",
    format="txt",
    style="Terse e-mail: header lines, 'URGENT' in the subject, short paragraphs, a numbered list of what is wanted",
    description=(
        "E-mail from Nigeria's Economic and Financial Crimes Commission to the UK Central Authority for bank "
        "statements and the freezing of a London company's account in a business-email-compromise fraud. "
        "Defects: 'URGENT' in the subject with no reason or date (MLA113); the only basis is Nigeria's Mutual "
        "Assistance in Criminal Matters Act 2019, with no treaty, scheme or reciprocity undertaking (MLA116); the "
        "facts are left to earlier police-to-police exchanges and never summarised (MLA104); and the account is "
        "to be frozen with no Nigerian court order, existing or to be sought (MLA117). The offences, their "
        "provisions and dual criminality are stated."
    ),
    date=datetime(2025, 7, 14, 9, 40),
    author="Economic and Financial Crimes Commission",
    confidentiality_clause=True,
    expected=(
        Expect("MLA113", "warning", "URGENT"),
        Expect("MLA116", "warning"),
        Expect("MLA104", "error"),
        Expect("MLA117", "error"),
    ),
    items=(
        Lines(
            "From: Musa Ibrahim Danjuma <m.danjuma@efcc.gov.ng>",
            "Sent: 14 July 2025 09:40",
            "To: ukca-ilor@homeoffice.gov.uk",
            "Subject: URGENT - bank statements and freezing of funds, Halden Marine Logistics Ltd",
        ),
        Para("Dear Sir/Madam,"),
        Para(
            "The Economic and Financial Crimes Commission (EFCC), Lagos Zonal Directorate, requests the assistance of "
            "the United Kingdom in its investigation of a business email compromise fraud committed against Lekki "
            "Deep Blue Terminals Limited, Lagos (EFCC case file No. 2291 of 2025). The background of the case was "
            "shared with the National Crime Agency through the police-to-police channel in May 2025 and is not "
            "repeated here."
        ),
        Para("This request is made under the Mutual Assistance in Criminal Matters Act, 2019 of Nigeria."),
        Para(
            "The suspects are investigated for obtaining property by false pretences contrary to section 1(1)(a) of "
            "the Advance Fee Fraud and Other Fraud Related Offences Act, 2006, and money laundering contrary to "
            "section 18 of the Money Laundering (Prevention and Prohibition) Act, 2022. The conduct would also be an "
            "offence in England and Wales under section 2 of the Fraud Act 2006 and section 327 of the Proceeds of "
            "Crime Act 2002."
        ),
        Para(
            "Suspect: Chinedu Obinna Nwachukwu, Nigerian national, born 21 October 1986, Nigerian passport "
            "No. B50472916, believed to reside at Flat 9, 31 Rye Lane, London SE15 4ST. Company: Halden Marine "
            "Logistics Ltd, registered in England and Wales under No. 14820375, 71-75 Shelton Street, London "
            "WC2H 9JQ, of which he is the sole director."
        ),
        Lines(
            "Please arrange:",
            "1. statements of account No. 21983460, sort code 40-51-77, held by Halden Marine Logistics Ltd at Thames "
            "Meridian Bank plc, for the period 1 January 2025 to 30 June 2025, with the account opening documents and "
            "the beneficiary details of outgoing transfers above GBP 5,000;",
            "2. freezing of the credit balance of that account pending confiscation.",
        ),
        Para(
            "The statements are needed to trace the proceeds of the fraud after they reached the account and to prove "
            "that the suspect received and moved them. The freezing will preserve the balance, which is proceeds of "
            "the fraud, for return to the victim."
        ),
        Para(
            "Please ask the bank to certify the statements as true copies, with a certificate under section 84 of the "
            "Evidence Act, 2011 of Nigeria for computer-generated records."
        ),
        Para(
            "Kindly treat this request as confidential and do not alert the account holder. The material will be "
            "used only in this investigation and any resulting prosecution."
        ),
        Lines(
            "Regards,",
            "Musa Ibrahim Danjuma",
            "Assistant Commander, Head of International Cooperation Desk",
            "Economic and Financial Crimes Commission, Lagos Zonal Directorate",
            "Tel: +234 803 412 7785",
            "14 July 2025",
        ),
    ),
)

DE_TO_TR = Sample(
    name="defective_de_to_tr_call_centre_fraud",
    format="pdf",
    style=(
        "German public prosecutor's request in translation: file number, unusual headings ('Background', 'Legal "
        "framework', 'Grounds', 'Measures sought'), compact prose, running footer"
    ),
    description=(
        "Request from the Public Prosecutor's Office Cologne to Türkiye's Ministry of Justice for subscriber and "
        "connection data of a Turkish mobile number and for a former call-centre worker to be heard by video "
        "conference, in a 'fake police officer' fraud on elderly people. The 1959 European Convention is a valid "
        "basis, but it adds 'Article 46 of the United Nations Convention against Transnational Organized Crime', "
        "whose mutual-assistance article is 18 (MLA204 warning); the witness is identified and located but no "
        "questions or topics are given (MLA118); and 'LKA' is never spelled out (MLA207)."
    ),
    date=datetime(2025, 5, 5, 15, 0),
    author="Staatsanwaltschaft Köln",
    confidentiality_clause=True,
    running_footer="Public Prosecutor's Office Cologne - File No. 121 Js 418/24",
    expected=(
        Expect("MLA207", "info", "LKA"),
        Expect(
            "MLA204",
            "warning",
            "Article 46 of the United Nations Convention against Transnational Organized Crime",
        ),
        Expect("MLA118", "warning"),
    ),
    items=(
        Lines(
            "Staatsanwaltschaft Köln",
            "(Public Prosecutor's Office Cologne)",
            "Am Justizzentrum 13, 50939 Köln, Germany",
        ),
        Lines("File No. 121 Js 418/24", "Cologne, 5 May 2025"),
        Lines(
            "Ministry of Justice of the Republic of Türkiye",
            "Directorate General for Foreign Relations and European Union Affairs",
            "Ankara, Türkiye",
        ),
        Title("Request for Mutual Legal Assistance in Criminal Matters"),
        Heading("Background"),
        Para(
            "The Public Prosecutor's Office Cologne is conducting criminal proceedings against Emre Yıldırım and other "
            "members of a call-centre gang for commercial gang fraud. The police investigation is carried out by the "
            "LKA North Rhine-Westphalia under the direction of this office. Two members of the gang who collected "
            "money in Germany were convicted by the Regional Court of Cologne on 12 February 2025; the proceedings "
            "against the members acting from Türkiye are continuing."
        ),
        Heading("Legal framework"),
        Para(
            "This request is based on the European Convention on Mutual Assistance in Criminal Matters of "
            "20 April 1959, to which Germany and Türkiye are parties, and on Article 46 of the United Nations "
            "Convention against Transnational Organized Crime. On the German side, the Act on International Mutual "
            "Assistance in Criminal Matters applies."
        ),
        Heading("Grounds"),
        Para(
            "Between March 2024 and November 2024 persons calling from a call centre in İzmir telephoned elderly "
            "people in the Cologne and Bonn area, pretending to be police officers. They told the victims that "
            "burglars had been arrested nearby and that their savings were not safe, and persuaded them to hand over "
            "cash and jewellery to 'plain-clothes officers' who came to their homes. At least 37 victims lost a "
            "total of EUR 1,930,000. The calls were made over the internet with German caller numbers; the call "
            "centre used Turkish mobile numbers to instruct the collectors in Germany."
        ),
        Para(
            "The collector Kevin Albers, convicted on 12 February 2025, has identified Emre Yıldırım as the "
            "'logistician' who instructed him by telephone from the Turkish mobile number +90 532 418 27 61 and "
            "arranged for couriers to take the money to Türkiye. A former employee of the call centre, Mr Burak "
            "Aydın, left the gang in December 2024 and has told German investigators through his lawyer that he is "
            "willing to testify."
        ),
        Heading("Persons"),
        Para(
            "Emre Yıldırım, Turkish national, born on 9 September 1990 in İzmir, Turkish passport No. U18347219, "
            "residing at Mustafa Kemal Sahil Bulvarı No. 212, Karşıyaka, İzmir. Burak Aydın, Turkish national, born "
            "on 27 January 1997, residing at 1721 Sokak No. 15, Bayraklı, İzmir."
        ),
        Heading("Criminal provisions"),
        Para(
            "The acts are punishable in Germany as commercial gang fraud under section 263(1) and (5) of the German "
            "Criminal Code, carrying imprisonment from one to ten years, and as membership of a criminal organisation "
            "under section 129 of that Code. They are also offences in Türkiye, in particular qualified fraud under "
            "Article 158 of the Turkish Penal Code No. 5237 and forming an organisation to commit crimes under "
            "Article 220 of that Code."
        ),
        Heading("Measures sought"),
        Para(
            "We ask the competent Turkish authorities, first, to obtain from the operator the subscriber details and "
            "the connection data (calls made and received, with cell locations) of the mobile number "
            "+90 532 418 27 61 for the period 1 March 2024 to 30 November 2024; and second, to arrange for Mr Burak "
            "Aydın to be heard as a witness by the Regional Court of Cologne by video conference from a Turkish court, "
            "on a date to be agreed."
        ),
        Heading("Why the evidence is needed"),
        Para(
            "The connection data will show that the number used to instruct the collectors was used by Emre Yıldırım "
            "and was in İzmir at the time of the calls. The testimony of Mr Aydın, as an insider, is needed as "
            "evidence for the charges of gang fraud and membership of a criminal organisation."
        ),
        Heading("Formalities"),
        Para(
            "The connection data should be provided with a certificate of the operator or of the Turkish authority "
            "confirming their completeness. The witness should be identified and informed of his rights by the "
            "Turkish judge and then heard by the presiding judge of the Regional Court of Cologne, with a "
            "court-appointed Turkish interpreter in Cologne; the hearing will be recorded in the minutes of the "
            "German court. He may refuse to answer questions that could incriminate him."
        ),
        Heading("Confidentiality and use"),
        Para(
            "We ask that this request be treated as confidential and that Emre Yıldırım not be informed of it, as "
            "he could otherwise change his telephones and warn the other members of the gang. The evidence will be "
            "used only in the criminal proceedings described here, unless Türkiye consents to another use."
        ),
        Heading("Contact"),
        Para(
            "Public Prosecutor Dr Katharina Wessel, telephone +49 221 477 4123, email "
            "katharina.wessel@sta-koeln.nrw.de; Detective Chief Inspector Jonas Brinkmann, email "
            "jonas.brinkmann@polizei.nrw.de."
        ),
        Lines(
            "(Signed)",
            "Dr Katharina Wessel",
            "Public Prosecutor (Staatsanwältin)",
            "Cologne, 5 May 2025",
        ),
    ),
)

PE_TO_US = Sample(
    name="defective_copied_pe_to_us_highway_bribes",
    format="docx",
    style=(
        "Peruvian request in English translation: Roman-numbered headings, formal prose, Word list-numbered "
        "measures, two annex tables after the signature"
    ),
    description=(
        "Request from a Peruvian anti-corruption prosecutor, through the Office of the Attorney General of Peru, "
        "to the US Office of International Affairs under UNCAC Article 46, for Miami bank records, Florida company "
        "records and the interview of a manager, in a highway-concession bribery and money-laundering "
        "investigation. Defects: the company-records paragraph was copied from a request to Panama and still asks "
        "'the competent authorities of the Republic of Panama' (MLA203); one item asks for 'any and all "
        "documents relating to the relationship' between two companies, with no holder or period (MLA201); and the "
        "purpose section cites transfers 'shown in Annex C' while the request has only Annexes A and B (MLA205). "
        "Annexes A and B, which are referred to, exist."
    ),
    date=datetime(2025, 1, 27, 16, 0),
    author="Ministerio Público - Fiscalía de la Nación",
    confidentiality_clause=True,
    near_misses=("Annex B",),
    expected=(
        Expect("MLA203", "error", "Republic of Panama"),
        Expect("MLA201", "warning", "any and all documents"),
        Expect("MLA205", "warning", "Annex C"),
    ),
    items=(
        Lines(
            "Ministerio Público - Fiscalía de la Nación",
            "Republic of Peru",
            "Supraprovincial Corporate Prosecutor's Office Specialised in Corruption Crimes of Officials",
            "Avenida Abancay 491, Lima",
        ),
        Lines("Official letter No. 118-2025", "Lima, 27 January 2025"),
        Lines(
            "Office of International Affairs",
            "Criminal Division, United States Department of Justice",
            "1301 New York Avenue NW",
            "Washington, DC 20530",
        ),
        Title("Request for Mutual Legal Assistance in Criminal Matters"),
        Heading("I. Requesting authority"),
        Para(
            "The Office of the Attorney General of Peru (Fiscalía de la Nación), as Central Authority, transmits this "
            "request from Provincial Prosecutor Rosa Elvira Quispe Mamani of the Supraprovincial Corporate "
            "Prosecutor's Office Specialised in Corruption Crimes of Officials, Lima, who leads the investigation."
        ),
        Heading("II. Legal basis"),
        Para(
            "The request is made under Article 46 of the United Nations Convention against Corruption, to which the "
            "Republic of Peru and the United States of America are parties, and under Articles 508 to 512 of the "
            "Peruvian Code of Criminal Procedure (Legislative Decree No. 957). Peru undertakes to provide reciprocal "
            "assistance to the United States in similar cases."
        ),
        Heading("III. The investigation"),
        Para(
            "Preparatory investigation No. 46-2023 was formalised on 14 August 2023 against Jorge Luis Valdivia "
            "Ccori, former general manager of the regional roads agency of the Regional Government of Moquegua, and "
            "against the businessman Héctor Manuel Saldaña Ruiz, for aggravated collusion and money laundering. It "
            "is conducted by this Prosecutor's Office under the control of the Preparatory Investigation Judge of "
            "Lima; no charges have yet been filed."
        ),
        Heading("IV. Facts"),
        Para(
            "In 2019 the regional roads agency awarded a highway contract of PEN 286,000,000 to a consortium led by "
            "Constructora Saldaña S.A.C., whose president is Héctor Manuel Saldaña Ruiz, after Valdivia Ccori changed "
            "the bidding conditions to exclude the other bidders. A collaborating witness has stated that the company "
            "agreed to pay Valdivia Ccori 3 per cent of the contract value abroad."
        ),
        Para(
            "The payments were made between March 2020 and October 2021 to account No. 8830417725 at Biscayne Harbor "
            "Bank, N.A., Miami, held by Andean Ridge Holdings LLC, whose manager is Fernando José Ugarte Linares, "
            "brother-in-law of Valdivia Ccori. The transfers identified so far are listed in Annex A."
        ),
        Heading("V. Persons concerned"),
        Para(
            "Jorge Luis Valdivia Ccori, Peruvian, born on 12 June 1968, national identity document No. 04418273, of "
            "San Isidro, Lima. Héctor Manuel Saldaña Ruiz, Peruvian, born on 30 January 1961, national identity "
            "document No. 29674318, of Santiago de Surco, Lima. Fernando José Ugarte Linares, Peruvian and United "
            "States national, born on 5 October 1972, of 2150 Brickell Avenue, Apartment 1804, Miami, Florida 33129. "
            "Andean Ridge Holdings LLC, Florida document No. L19000284716, Miami."
        ),
        Heading("VI. Offences"),
        Para(
            "The investigation concerns aggravated collusion under Article 384 of the Peruvian Criminal Code and "
            "money laundering under Articles 1 and 2 of Legislative Decree No. 1106. The conduct is also punishable "
            "in the United States as money laundering under section 1956 of Title 18 of the United States Code."
        ),
        Heading("VII. Assistance requested"),
        Numbered(
            "Obtain from Biscayne Harbor Bank, N.A. the account opening documents, signature cards and monthly "
            "statements of account No. 8830417725 of Andean Ridge Holdings LLC for the period 1 January 2020 to "
            "31 December 2022, with the originator and beneficiary of each wire transfer."
        ),
        Numbered(
            "The competent authorities of the Republic of Panama are requested to obtain certified copies of the "
            "articles of organization and annual reports of Andean Ridge Holdings LLC from the Florida Division of "
            "Corporations."
        ),
        Numbered(
            "Obtain any and all documents relating to the relationship between Andean Ridge Holdings LLC and "
            "Constructora Saldaña S.A.C."
        ),
        Numbered(
            "Interview Mr Fernando José Ugarte Linares, in the presence of his lawyer if he so wishes, on the topics "
            "listed in Annex B."
        ),
        Heading("VIII. Purpose"),
        Para(
            "The bank records will show whether the transfers from Constructora Saldaña S.A.C. reached Valdivia Ccori "
            "or persons acting for him, which is the core of the collusion and money-laundering charges; the "
            "transfers shown in Annex C will be compared with the statements. The company records and the interview "
            "of Mr Ugarte Linares will establish who controls Andean Ridge Holdings LLC."
        ),
        Heading("IX. Procedure"),
        Para(
            "We request that the bank records be accompanied by a certificate of authenticity of business records "
            "completed by the bank's custodian of records, and that the statement of Mr Ugarte Linares be taken under "
            "oath and recorded in writing, with a Peruvian prosecutor following by video conference if United States "
            "law permits."
        ),
        Heading("X. Confidentiality and use of the evidence"),
        Para(
            "We ask that this request be kept confidential and that the bank not notify its customer. Peru "
            "undertakes to use the evidence obtained only for the proceedings described in this request, and not for "
            "any other purpose without the prior consent of the United States."
        ),
        Heading("XI. Contact"),
        Para(
            "Provincial Prosecutor Rosa Elvira Quispe Mamani, telephone +51 1 208 5500 extension 4471, email "
            "rquispe@mpfn.gob.pe."
        ),
        Lines(
            "(Signed)",
            "Rosa Elvira Quispe Mamani",
            "Provincial Prosecutor",
            "Lima, 27 January 2025",
        ),
        Heading("Annex A: Transfers to account No. 8830417725"),
        Table(
            ("Date", "Amount (USD)", "Ordering party"),
            ("16 March 2020", "800,000", "Constructora Saldaña S.A.C., Lima"),
            ("2 November 2020", "950,000", "Constructora Saldaña S.A.C., Lima"),
            ("21 October 2021", "650,000", "Constructora Saldaña S.A.C., Lima"),
        ),
        Heading("Annex B: Topics for the interview of Mr Fernando José Ugarte Linares"),
        Table(
            ("Topic", "Details"),
            ("His role", "How he became manager of Andean Ridge Holdings LLC, at whose request"),
            ("The transfers", "Why Constructora Saldaña S.A.C. paid the company, and for what"),
            ("Use of the money", "Who instructed payments out of the account"),
            ("Contacts", "His contacts with Valdivia Ccori from 2019 to 2022"),
        ),
    ),
)

PL_TO_NO = Sample(
    name="defective_service_pl_to_no_trafficking",
    format="txt",
    style=(
        "Plain-text Polish court letter in translation: caption lines, prose paragraphs, a list of documents, no date"
    ),
    description=(
        "Request of the Regional Court in Kraków to Norway's Ministry of Justice, under Article 7 of the 1959 "
        "European Convention, to serve a summons and an indictment on an accused working in Bergen, in a "
        "human-trafficking case. As a service request it needs no summary of facts (MLA104 silent), and dual "
        "criminality is stated. Defects: the hearing date was left as '<date of hearing>' (MLA202); enquiries go "
        "to 'the Secretariat' of the division, with no named officer, telephone or email (MLA112); and the letter "
        "is signed by a named judge but nowhere dated (MLA115)."
    ),
    date=datetime(2025, 3, 3, 10, 0),
    author="Sąd Okręgowy w Krakowie",
    confidentiality_clause=True,
    placeholders=("<date of hearing>",),
    expected=(
        Expect("MLA112", "warning"),
        Expect("MLA115", "error"),
    ),
    items=(
        Lines(
            "Sąd Okręgowy w Krakowie",
            "(Regional Court in Kraków)",
            "3rd Criminal Division",
            "ul. Przy Rondzie 7, 31-547 Kraków, Poland",
        ),
        Lines("Case No. 3 K 418/24"),
        Lines(
            "To the Ministry of Justice and Public Security of the Kingdom of Norway",
            "Postboks 8005 Dep",
            "0030 Oslo, Norway",
        ),
        Title("Request for Service of Judicial Documents in Criminal Proceedings"),
        Para(
            "The Regional Court in Kraków, 3rd Criminal Division, which is trying criminal case No. 3 K 418/24 "
            "against Dawid Marek Zieliński and two other accused, requests the competent Norwegian authorities, "
            "under Article 7 of the European Convention on Mutual Assistance in Criminal Matters of 20 April 1959, to "
            "which the Republic of Poland and the Kingdom of Norway are parties, to serve the documents listed below "
            "on the accused Dawid Marek Zieliński."
        ),
        Para(
            "The indictment was filed with the Court by the Regional Prosecutor's Office in Kraków on 29 November "
            "2024. It charges the accused with recruiting workers from Poland and Ukraine for construction sites in "
            "Norway and keeping them in conditions of forced labour."
        ),
        Para(
            "The person to be served is Dawid Marek Zieliński, a Polish citizen, born on 14 April 1987 in Tarnów, "
            "residing at Fjellveien 41, 5019 Bergen, Norway, where he works for a construction company."
        ),
        Lines(
            "The documents to be served are:",
            "1. the summons of the accused to the main hearing;",
            "2. a copy of the indictment of 29 November 2024, with its translation into Norwegian;",
            "3. an instruction on the rights and obligations of the accused, with its translation into Norwegian.",
        ),
        Para(
            "The main hearing is scheduled for <date of hearing> before the Regional Court in Kraków. The accused may "
            "appear in person or be represented by defence counsel; the summons informs him that the hearing may be "
            "held in his absence if he has been duly notified."
        ),
        Para(
            "The accused is charged with human trafficking under Article 189a § 1 of the Polish Criminal Code, "
            "punishable by imprisonment for not less than three years. The conduct is also an offence in Norway, "
            "namely human trafficking under section 257 of the Norwegian Penal Code."
        ),
        Para(
            "Service is needed so that the accused is properly informed of the charges against him and of the date "
            "of the hearing, and so that the Court can proceed with the trial."
        ),
        Para(
            "The Court asks that the documents be served on the accused personally and that proof of service be "
            "returned, either as a receipt dated and signed by the accused or as a certificate of the serving "
            "authority stating the date, place and manner of service, or the reason why service could not be "
            "effected."
        ),
        Para(
            "The Court asks that this request be treated confidentially and that its contents not be disclosed to "
            "third parties beyond what service requires. Any information obtained in executing the request will be "
            "used only in these criminal proceedings."
        ),
        Para(
            "Any enquiries concerning this request may be directed to the Secretariat of the 3rd Criminal Division "
            "of the Regional Court in Kraków."
        ),
        Lines(
            "Presiding Judge",
            "(signature and seal of the Court)",
            "Judge Agnieszka Nowak-Wróbel",
        ),
    ),
)

CORPUS_C: tuple[Sample, ...] = (
    CO_TO_ES,
    TH_TO_AU,
    PH_TO_US,
    UA_TO_EE,
    ZA_TO_MU,
    KE_TO_UG,
    PK_TO_AE,
    IN_TO_SG,
    NG_TO_UK,
    DE_TO_TR,
    PE_TO_US,
    PL_TO_NO,
)
"""The held-out requests of this batch: five complete, then seven defective."""
