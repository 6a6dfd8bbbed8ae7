"""The text of every sample request, as data for `generate.py`.

People, companies, accounts, identifiers and case numbers are invented (telephone
numbers use ranges set aside for fiction where one exists); treaties, statutes,
courts and institutions are real. Each request is written in its own voice:
numbered paragraphs under headings, prose without headings, terse notes by a
drafter writing in a second language.
"""

from __future__ import annotations

from datetime import datetime

from corpus_a import CORPUS_A
from corpus_b import CORPUS_B
from corpus_d import CORPUS_D
from corpus_e import CORPUS_E
from corpus_f import CORPUS_F
from sample_model import Comment, Deletion, Expect, Heading, HiddenText, Insertion, Lines, Numbered, Para, Sample, Table, Title

PK_TO_UK = Sample(
    name="complete_pk_to_uk",
    format="docx",
    style=(
        "Word letter with title, headings, Word list-numbered paragraphs, accounts table, RESTRICTED header, "
        "footer with page field"
    ),
    description=(
        "Complete request from Pakistan (Ministry of Interior for the FIA) to the UK Central Authority for bank "
        "records and a witness statement in a trade-finance fraud and money-laundering case. Every MLA1xx element is "
        "present, the confidentiality clause sits under its own heading, and the RESTRICTED marking is only in the "
        "running header. No findings."
    ),
    date=datetime(2023, 9, 18, 10, 30),
    author="Ministry of Interior, Government of Pakistan",
    confidentiality_clause=True,
    near_misses=("RESTRICTED",),
    running_header="RESTRICTED",
    running_footer="Ref. MLA/FIA/2023/0417",
    items=(
        Lines("Government of Pakistan", "Ministry of Interior", "R-Block, Pakistan Secretariat", "Islamabad"),
        Lines("Our reference: MLA/FIA/2023/0417", "Islamabad, 18 September 2023"),
        Lines(
            "UK Central Authority",
            "International Criminality Unit, Home Office",
            "2 Marsham Street",
            "London SW1P 4DF",
            "United Kingdom",
        ),
        Title("Request for Mutual Legal Assistance in Criminal Matters"),
        Para(
            "In the matter of the State versus Imran Saleem Chaudhry and others, First Information Report "
            "No. 27/2023 of the Federal Investigation Agency, Commercial Banking Circle, Lahore."
        ),
        Heading("Introduction"),
        Numbered(
            "The Ministry of Interior of the Islamic Republic of Pakistan, the Central Authority of Pakistan under "
            "the Mutual Legal Assistance (Criminal Matters) Act 2020, presents its compliments to the UK Central "
            "Authority and requests assistance on behalf of the Federal Investigation Agency (FIA), Commercial "
            "Banking Circle, Lahore, in the criminal investigation described below."
        ),
        Numbered(
            "The investigation is conducted by the FIA, the federal law-enforcement agency of Pakistan with "
            "jurisdiction over banking fraud and money laundering. The investigating officer is Mr Kamran Ahmed "
            "Butt, Deputy Director, FIA Commercial Banking Circle, Lahore. The case was registered as First "
            "Information Report (FIR) No. 27/2023 on 9 March 2023. On completion of the investigation the report "
            "under section 173 of the Code of Criminal Procedure 1898 will be submitted to the Court of the Special "
            "Judge (Central), Lahore, which will try the case."
        ),
        Heading("Legal Basis"),
        Numbered(
            "This request is made under Article 18 of the United Nations Convention against Transnational Organized "
            "Crime (UNTOC) and Article 46 of the United Nations Convention against Corruption (UNCAC), to both of "
            "which Pakistan and the United Kingdom are States Parties, and under section 7 of the Mutual Legal "
            "Assistance (Criminal Matters) Act 2020. We understand that the request will be dealt with under "
            "Part 1 of the Crime (International Co-operation) Act 2003. Pakistan assures the United Kingdom that it "
            "will render assistance of the same kind in a comparable case."
        ),
        Heading("Persons Concerned"),
        Numbered(
            "Imran Saleem Chaudhry, the principal suspect, son of Saleem Akhtar Chaudhry, born on 14 March 1978 in "
            "Faisalabad, a Pakistani national holding Computerised National Identity Card (CNIC) No. "
            "33100-4829175-3 and Pakistani passport No. BN4417296. He left Pakistan on 11 May 2022 and is believed "
            "to live at 41 Kingsbury Road, Leicester LE4 7PJ, United Kingdom."
        ),
        Numbered(
            "Ayesha Noreen Chaudhry, his wife, born on 2 November 1983 in Lahore, a Pakistani national holding CNIC "
            "No. 35202-7715390-8, believed to live at the same address. She is the sole director of Kestrel Global "
            "Trading Ltd."
        ),
        Numbered(
            "Kestrel Global Trading Ltd, a private limited company registered in England and Wales under company "
            "number 13487520, with its registered office at 18 Belgrave Gate, Leicester LE1 3GQ."
        ),
        Numbered(
            "Mr Daniel Whitcombe, Relationship Manager at the Leicester branch of Thameside Bank plc, 9 Granby Street, "
            "Leicester LE1 6EJ, who opened the accounts of Kestrel Global Trading Ltd. Mr Whitcombe is a witness and "
            "is not suspected of any offence."
        ),
        Heading("Summary of Facts"),
        Numbered(
            "Zarkon Textiles (Private) Limited (Zarkon), of Faisalabad, of which Imran Saleem Chaudhry was chief "
            "executive, held an export finance facility with Indus Commercial Bank Limited. Between 4 January 2021 "
            "and 30 November 2022 Zarkon presented 37 sets of export documents to the bank and obtained export "
            "finance of PKR 412,600,000 against them."
        ),
        Numbered(
            "An internal audit by Indus Commercial Bank Limited in January 2023 found that the goods were never "
            "shipped. The bills of lading do not appear in the shipping lines' records, and the Web Based One Customs "
            "system of Pakistan Customs holds no goods declaration for any of the 37 consignments. An employee of the "
            "bank, Mr Naveed Iqbal, was arrested on 16 March 2023 and has stated that Imran Saleem Chaudhry paid him "
            "to process the documents without verification."
        ),
        Numbered(
            "Records of Indus Commercial Bank Limited show that between 15 March 2021 and 20 December 2022 Zarkon "
            "remitted USD 1,140,000 in 19 transfers to accounts of Kestrel Global Trading Ltd at Thameside Bank plc, "
            "described as advance payments for textile machinery. No machinery was ever imported. Between June 2021 "
            "and March 2023 at least GBP 265,000 was transferred from the Kestrel accounts to an account in the name "
            "of Imran Saleem Chaudhry at Albion Merchant Bank plc."
        ),
        Heading("Offences"),
        Numbered(
            "The suspects are investigated for cheating and dishonestly inducing delivery of property, contrary to "
            "section 420 of the Pakistan Penal Code 1860 (PPC); forgery for the purpose of cheating, contrary to "
            "section 468 PPC; using as genuine a forged document, contrary to section 471 PPC; and money laundering, "
            "contrary to section 3 of the Anti-Money Laundering Act 2010 and punishable under section 4 of that Act "
            "with imprisonment for up to ten years and a fine."
        ),
        Heading("Dual Criminality"),
        Numbered(
            "The conduct described would, if it had occurred in England and Wales, constitute fraud by false "
            "representation contrary to sections 1 and 2 of the Fraud Act 2006, using a false instrument contrary to "
            "section 3 of the Forgery and Counterfeiting Act 1981, and converting or transferring criminal property "
            "contrary to section 327 of the Proceeds of Crime Act 2002. Each of these is an indictable offence."
        ),
        Heading("Assistance Requested"),
        Numbered(
            "The Central Authority of Pakistan asks that the competent authorities of the United Kingdom obtain, for "
            "the period 1 January 2021 to 30 June 2023, the following records of each account listed in the table "
            "below: account opening forms, customer due diligence records, mandates and signatory lists, statements, "
            "and the remitter and beneficiary details of every credit and debit of GBP 5,000 or more."
        ),
        Table(
            ("Bank", "Sort code and account number", "Account holder"),
            ("Thameside Bank plc", "20-45-77 53018846", "Kestrel Global Trading Ltd"),
            ("Thameside Bank plc", "20-45-77 53018854 (US dollar account)", "Kestrel Global Trading Ltd"),
            ("Albion Merchant Bank plc", "30-91-62 71244309", "Imran Saleem Chaudhry"),
        ),
        Numbered(
            "We further ask that a witness statement be taken from Mr Daniel Whitcombe covering: when and by whom "
            "the Kestrel accounts were opened; the identity documents produced; the nature of business and expected "
            "turnover declared; who gave instructions on the accounts; and the explanation given for the receipts "
            "from Zarkon."
        ),
        Heading("Purpose and Relevance"),
        Numbered(
            "The bank records are needed to trace the export finance obtained by fraud to accounts controlled by the "
            "suspects in the United Kingdom and to identify where the money went next. Mr Whitcombe's statement is "
            "needed to prove who opened and controlled the Kestrel accounts. The evidence will be produced at the "
            "trial of the suspects before the Special Judge (Central), Lahore."
        ),
        Heading("Procedures"),
        Numbered(
            "The bank records should be supplied as copies certified by an officer of each bank to be true copies of "
            "entries made in the ordinary course of business and kept in the bank's custody, so that they are "
            "admissible under the Bankers' Books Evidence Act 1891 and the Qanun-e-Shahadat Order 1984."
        ),
        Numbered(
            "The witness statement should be taken in the form of a statement under section 9 of the Criminal Justice "
            "Act 1967, signed by the witness on each page, with any document he produces exhibited to it. If the "
            "witness agrees, we ask that an officer of the FIA be allowed to attend when the statement is taken."
        ),
        Heading("Confidentiality"),
        Numbered(
            "The suspects do not know of the enquiries in the United Kingdom. The Central Authority of Pakistan asks "
            "that this request, its contents and the fact that it has been made be kept confidential, and that the "
            "account holders not be informed of it, except to the extent necessary to execute it. If this is not "
            "possible, we ask to be consulted before the request is executed."
        ),
        Heading("Use of the Material"),
        Numbered(
            "The material obtained will be used only for the investigation and prosecution described in this "
            "request, and not for any other purpose without the prior consent of the UK Central Authority."
        ),
        Heading("Contact"),
        Numbered(
            "Questions about the case may be put to the investigating officer, Mr Kamran Ahmed Butt, Deputy "
            "Director, FIA Commercial Banking Circle, Lahore (telephone +92 42 99203418, email "
            "kamran.butt@fia.gov.pk). Questions about the transmission of the request may be put to the Mutual Legal "
            "Assistance Cell of the Ministry of Interior (telephone +92 51 9212644, email mla.cell@interior.gov.pk)."
        ),
        Numbered(
            "The Ministry of Interior thanks the UK Central Authority for its assistance and avails itself of this "
            "opportunity to renew the assurances of its highest consideration."
        ),
        Lines(
            "(Signed)",
            "Muhammad Tariq Aziz",
            "Joint Secretary (FIA), Ministry of Interior",
            "for the Central Authority of the Islamic Republic of Pakistan",
            "Islamabad, 18 September 2023",
        ),
    ),
)

DE_TO_US = Sample(
    name="complete_de_to_us",
    format="pdf",
    style="Multi-page PDF, roman-numbered bold headings, justified prose, running header and 'Page n of N' footer",
    description=(
        "Complete request from the General Public Prosecutor's Office Frankfurt am Main (ZIT) to the US Department of "
        "Justice, Office of International Affairs, under the 2003 US-Germany MLAT, for subscriber data and stored "
        "account records held by two US providers. At least three pages; a paragraph continues across a page break; "
        "the running header and footer repeat on every page. No findings."
    ),
    date=datetime(2024, 3, 5, 9, 0),
    author="Generalstaatsanwaltschaft Frankfurt am Main",
    confidentiality_clause=True,
    running_header="Generalstaatsanwaltschaft Frankfurt am Main - ZIT - 7410 Js 21873/23",
    running_footer="Translation from German",
    paragraph_across_pages=True,
    items=(
        Lines(
            "Generalstaatsanwaltschaft Frankfurt am Main",
            "Zentralstelle zur Bekämpfung der Internetkriminalität (ZIT)",
            "Zeil 42, 60313 Frankfurt am Main, Germany",
        ),
        Lines("File reference: 7410 Js 21873/23", "Frankfurt am Main, 5 March 2024"),
        Lines(
            "Office of International Affairs",
            "Criminal Division, U.S. Department of Justice",
            "1301 New York Avenue NW",
            "Washington, DC 20530",
            "United States of America",
            "through the Federal Office of Justice (Bundesamt für Justiz), Bonn",
        ),
        Title("Request for Mutual Legal Assistance in Criminal Matters"),
        Heading("I. Requesting Authority"),
        Para(
            "This request is made by the Office of the General Public Prosecutor in Frankfurt am Main "
            "(Generalstaatsanwaltschaft Frankfurt am Main), acting through its Central Office for Combating Internet "
            "Crime (Zentralstelle zur Bekämpfung der Internetkriminalität, ZIT). ZIT is the public prosecution office "
            "of the State of Hesse responsible for the investigation and prosecution of serious internet crime, and "
            "directs the criminal investigation described below. The police investigation is carried out on its "
            "instructions by the Hessian State Criminal Police Office (Hessisches Landeskriminalamt, HLKA), Wiesbaden. "
            "The request is transmitted through the Federal Office of Justice in Bonn."
        ),
        Heading("II. Legal Basis"),
        Para(
            "The request is made under Article 1 of the Treaty between the Federal Republic of Germany and the United "
            "States of America on Mutual Legal Assistance in Criminal Matters, signed at Washington on 14 October "
            "2003, as amended by the Supplementary Treaty of 18 April 2006 that implements the Agreement on Mutual "
            "Legal Assistance between the European Union and the United States of America of 25 June 2003 (together, "
            "the Treaty). On the German side it is made in accordance with the Act on International Cooperation in "
            "Criminal Matters (Gesetz über die internationale Rechtshilfe in Strafsachen) and the Guidelines on "
            "Relations with Foreign Countries in Criminal Law Matters."
        ),
        Heading("III. Subject Matter and Nature of the Investigation"),
        Para(
            "ZIT is conducting a criminal investigation under file reference 7410 Js 21873/23 against Lukas Brenner "
            "and Stefan Horvath and other persons not yet identified on suspicion of commercial gang fraud, computer "
            "fraud and money laundering. The suspects are believed to belong to a group that telephoned elderly "
            "customers of German savings banks, posed as the banks' fraud-prevention staff, and persuaded the "
            "customers to approve transfers in their online banking that were presented as security measures. The "
            "investigation is at the stage of identifying the members of the group and tracing the proceeds; no one "
            "has yet been charged."
        ),
        Heading("IV. Summary of the Facts"),
        Para(
            "Between 12 June 2023 and 30 January 2024 at least 212 customers of savings banks in Hesse and "
            "Rhineland-Palatinate received telephone calls from persons who introduced themselves as employees of the "
            "customer's savings bank. The callers used caller-ID spoofing, so that the number of the customer's own "
            "branch appeared on the display. Each caller told the customer that fraudulent transfers had been "
            "detected on the account and that the customer had to approve a number of security releases in the "
            "banking app to block them. In fact, each approval authorised a real-time transfer to an account opened "
            "in the name of a money mule. The customers, most of them over seventy years of age, lost a total of "
            "EUR 3,148,720."
        ),
        Para(
            "Before the calls, the victims received an email that appeared to come from their savings bank and asked "
            "them to confirm their telephone number on a linked web page. The emails were sent from the account "
            "sicherheit.service@northwindmail.com, operated by Northwind Mail, Inc., a provider established in the "
            "United States. The linked web pages collected the victims' names, telephone numbers and online banking "
            "user names, which the callers then used. Forty-one victims have produced copies of these emails, and "
            "the HLKA has established from their headers that every one of them was sent through the servers of "
            "Northwind Mail, Inc. from the same account. In the messages exchanged between the organisers and the "
            "money mules, which were recovered from the mobile telephone of a money mule arrested in Offenbach on "
            "9 November 2023, the organisers referred to the email account as the mailbox and gave instructions for "
            "new mule accounts to be reported to it. In a voice message recovered from the same telephone a person "
            "who calls himself Luki, whom the investigators believe to be the suspect Lukas Brenner, explains that "
            "the mailbox is checked every morning and that the list of the next day's targets is prepared from the "
            "answers received there. The same person gives the mule a call-back number, +1 332 555 0147, a number "
            "allocated to Clearline Voice LLC, a voice-over-IP provider established in the United States, and tells "
            "him to use that number only and never to call from a German line. The call records obtained from the "
            "German network operators show that calls to at least 64 victims were routed through the gateway of "
            "Clearline Voice LLC, and that the number +1 332 555 0147 was used to call the money mules on 23 "
            "occasions between 1 September 2023 and 9 November 2023."
        ),
        Para(
            "The stolen money was moved within minutes from the mule accounts to accounts at cryptocurrency exchanges "
            "and converted into crypto-assets. The money mule arrested in Offenbach has stated that he was recruited "
            "through a messaging channel by a man he knew as Luki and that he was paid EUR 500 for each account he "
            "opened. He identified Lukas Brenner from a photograph. Stefan Horvath, an Austrian national, is "
            "suspected of having set up the web pages and the email account; bank records obtained in Germany show "
            "payments from a company controlled by him to Northwind Mail, Inc. for a paid subscription."
        ),
        Para(
            "Lukas Brenner, a German national, was born on 4 February 1995 in Offenbach am Main and lives at "
            "Sprendlinger Landstraße 118, 63069 Offenbach am Main, Germany. Stefan Horvath, an Austrian national, was "
            "born on 19 October 1991 in Graz and is believed to live in Vienna, Austria. The subscriber of the email "
            "account and the customer of Clearline Voice LLC are not known; identifying them is the purpose of this "
            "request."
        ),
        Heading("V. Offences"),
        Para(
            "The conduct described constitutes commercial gang fraud under section 263(1) and (5) of the German "
            "Criminal Code (Strafgesetzbuch, StGB), punishable by imprisonment from one to ten years; computer fraud "
            "under section 263a(1) and (2) StGB in conjunction with section 263(5) StGB, punishable by the same "
            "penalty; and money laundering under section 261(1) StGB, punishable by imprisonment of up to five years "
            "or a fine. Section 263(1) StGB reads in translation: \"Whoever, with the intention of obtaining an "
            "unlawful pecuniary benefit for themselves or a third party, damages the assets of another by causing or "
            "maintaining an error by pretending false facts or by distorting or suppressing true facts incurs a "
            "penalty of imprisonment for a term not exceeding five years or a fine.\""
        ),
        Heading("VI. Dual Criminality"),
        Para(
            "The conduct would also be punishable under the law of the United States, in particular as wire fraud "
            "under 18 U.S.C. § 1343, conspiracy to commit wire fraud under 18 U.S.C. § 1349, and laundering of "
            "monetary instruments under 18 U.S.C. § 1956, each punishable by imprisonment for more than one year."
        ),
        Heading("VII. Assistance Requested"),
        Para(
            "The German authorities ask the competent authorities of the United States to obtain the following "
            "records, for the period 1 June 2023 to 31 January 2024, and to provide them to ZIT."
        ),
        Para(
            "From Northwind Mail, Inc., 2200 Mission College Boulevard, Santa Clara, California 95054, for the account "
            "sicherheit.service@northwindmail.com: the subscriber information (name, postal address, date of birth, "
            "recovery email address and telephone number given at registration); the date, time and IP address of "
            "the creation of the account; the IP addresses, with date, time, time zone and source port, of every "
            "log-in; the identifiers of any other account linked to it by the same recovery address, telephone "
            "number or payment details; and the means and source of payment for the paid subscription."
        ),
        Para(
            "From Clearline Voice LLC, 548 Market Street, San Francisco, California 94104, for the number "
            "+1 332 555 0147: the subscriber information; the date of activation and the IP address used for it; the "
            "means and source of payment; and the call detail records (calling and called numbers, date, time and "
            "duration of each call, and the IP address from which each call was placed)."
        ),
        Para(
            "The German authorities do not ask for the content of any communication. The records listed were "
            "preserved at the request of the Federal Criminal Police Office (Bundeskriminalamt) through the G7 24/7 "
            "Network on 14 December 2023 (Northwind Mail, Inc. reference NM-PRES-2023-118842; Clearline Voice LLC "
            "reference CV-LE-40917)."
        ),
        Heading("VIII. Purpose of the Request and Relevance of the Evidence"),
        Para(
            "The records are needed to identify the persons who created and used the email account and the call-back "
            "number, which are the two fixed points of the scheme, and to prove the link between those persons and "
            "the suspects. The log-in IP addresses will be compared with the connections of the suspects known from "
            "German telecommunications data, and the payment details with the payments made by the company "
            "controlled by Stefan Horvath. The records will be used as evidence in the criminal proceedings against "
            "the suspects and any further members of the group identified."
        ),
        Heading("IX. Procedure and Form of the Evidence"),
        Para(
            "The records should be accompanied by a certificate of authenticity of business records signed by the "
            "custodian of records of each provider, stating that the records were made at or near the time of the "
            "matters recorded, in the regular course of business, and are kept in that course. Records in electronic "
            "form should be provided in a machine-readable format with a statement of the time zone used. No further "
            "formality is required for their use in German criminal proceedings."
        ),
        Heading("X. Confidentiality"),
        Para(
            "The suspects are not aware of the investigation. The German authorities ask that the existence and "
            "content of this request be kept confidential, and that the providers be directed not to notify the "
            "account holders or any other person of the request, if necessary by an order under 18 U.S.C. § 2705(b). "
            "Disclosure would allow the suspects to abandon the accounts and destroy evidence. Should confidentiality "
            "not be possible, we ask to be informed before the request is executed."
        ),
        Heading("XI. Use of the Evidence"),
        Para(
            "The evidence provided will be used only for the investigation and proceedings described in this request. "
            "Any other use will be made only with the prior consent of the United States, in accordance with the "
            "Treaty."
        ),
        Heading("XII. Contact"),
        Para(
            "The prosecutor in charge of the case is Public Prosecutor Dr. Jonas Hartmann, ZIT, telephone "
            "+49 69 1367 8842, email jonas.hartmann@gsta.justiz.hessen.de. The investigating officer is Detective "
            "Chief Inspector Petra Lindner, HLKA, telephone +49 611 83 16475, email petra.lindner@polizei.hessen.de. "
            "Both speak English and may be contacted directly on any question about this request."
        ),
        Para(
            "ZIT thanks the United States authorities for their assistance and will reciprocate in comparable cases."
        ),
        Lines(
            "(Signed)",
            "Dr. Jonas Hartmann",
            "Public Prosecutor (Staatsanwalt)",
            "Generalstaatsanwaltschaft Frankfurt am Main - ZIT",
            "Frankfurt am Main, 5 March 2024",
        ),
    ),
)

KE_TO_ZA = Sample(
    name="complete_ke_to_za",
    format="txt",
    style="Plain-text letter, prose only: no headings, no numbering",
    description=(
        "Complete request from Kenya's Office of the Director of Public Prosecutions to South Africa's Department of "
        "Justice and Constitutional Development for a witness's deposition and documents for a pending trial. Every "
        "element is expressed in running prose, worded differently from the other samples; confidentiality is asked "
        "for as 'We would be grateful if the existence of this letter were not disclosed to the persons named in it'. "
        "'Private Bag X81' is a postal address, not an X-run. No findings."
    ),
    date=datetime(2024, 4, 12, 11, 0),
    author="Office of the Director of Public Prosecutions, Kenya",
    confidentiality_clause=True,
    near_misses=("Private Bag X81",),
    items=(
        Lines(
            "Office of the Director of Public Prosecutions",
            "NSSF Building, Block A, Bishops Road",
            "P.O. Box 30701-00100",
            "Nairobi, Kenya",
        ),
        Lines("Our ref: ODPP/ACU/MLA/14/2024", "12 April 2024"),
        Lines(
            "The Director-General",
            "Department of Justice and Constitutional Development",
            "Chief Directorate: International Legal Relations",
            "Private Bag X81",
            "Pretoria 0001",
            "Republic of South Africa",
        ),
        Para("Dear Director-General,"),
        Para(
            "Re: Republic v. Peter Mwangi Kariuki and two others, Milimani Anti-Corruption Criminal Case No. E017 of "
            "2023: request for the evidence of Ms Thandeka Nomvula Dlamini and for documents"
        ),
        Para(
            "I write on behalf of the Director of Public Prosecutions of the Republic of Kenya, who under Article 157 "
            "of the Constitution of Kenya exercises the State's powers of prosecution, to ask for the help of the "
            "Republic of South Africa in obtaining the evidence of a witness, and documents in her keeping, for use "
            "at a criminal trial now under way in Nairobi. We make this request under Article 46 of the United "
            "Nations Convention against Corruption, to which both our countries are party, and under the Mutual "
            "Legal Assistance Act, 2011 of Kenya, and we understand that it will be dealt with under Chapter 2 of "
            "the International Co-operation in Criminal Matters Act 75 of 1996. Kenya will, if asked, give the same "
            "help to South Africa in a comparable matter."
        ),
        Para(
            "The case was investigated by the Ethics and Anti-Corruption Commission, Kenya's statutory anti-corruption "
            "agency, and is being prosecuted by this Office before the Chief Magistrate's Court at Milimani, "
            "Anti-Corruption Division. The accused took plea on 6 March 2023, the prosecution opened its case on "
            "20 November 2023, and the court has set aside 15 to 19 July 2024 to hear the witnesses who live outside "
            "Kenya."
        ),
        Para(
            "The first accused, Peter Mwangi Kariuki, a Kenyan citizen holding national identity card No. 22841937, "
            "lives in Nakuru and was until 2022 the County Chief Officer for Health of the County Government of "
            "Nakuru. The second accused, Joseph Kiprono Langat, a Kenyan citizen holding national identity card "
            "No. 27390516, lives in Nairobi and is the sole director of the third accused, Tembo Bioservices Limited, "
            "a company registered in Kenya."
        ),
        Para(
            "In September 2021 the County Government of Nakuru awarded tender No. CGN/HEALTH/T/011/2021-2022 for the "
            "supply of forty dialysis machines to Umhlanga Medical Solutions (Pty) Ltd of Umhlanga Ridge, Durban, for "
            "KES 286,400,000. Mr Kariuki chaired the evaluation committee. The machines delivered in February 2022 "
            "were refurbished units, although the contract called for new ones, and an expert instructed by the "
            "Commission has valued them at less than half of the contract price. Out of the contract payments, "
            "Umhlanga Medical Solutions paid KES 74,500,000 to Tembo Bioservices Limited as commission for local "
            "agency services. The prosecution's case is that no such services were rendered and that the commission "
            "was a kickback, of which KES 52,000,000 was passed on to Mr Kariuki through accounts held by his "
            "relatives."
        ),
        Para(
            "The accused are charged with conspiracy to commit an offence of corruption contrary to section 47A(3) "
            "as read with section 48(1) of the Anti-Corruption and Economic Crimes Act, 2003, and with fraudulent "
            "acquisition of public property contrary to section 45(1)(a) as read with section 48(1) of that Act. "
            "Mr Kariuki is further charged with abuse of office contrary to section 46 of that Act, and all three "
            "accused with money laundering contrary to section 3 of the Proceeds of Crime and Anti-Money Laundering "
            "Act, 2009. Had these events taken place in South Africa they would, as we understand it, amount to "
            "fraud at common law, to corruption under sections 3 and 4 of the Prevention and Combating of Corrupt "
            "Activities Act 12 of 2004, and to money laundering under section 4 of the Prevention of Organised Crime "
            "Act 121 of 1998."
        ),
        Para(
            "The witness we need is Ms Thandeka Nomvula Dlamini, a South African citizen, identity number "
            "8207150486085, who was the sales director of Umhlanga Medical Solutions (Pty) Ltd from 2019 to 2023 "
            "and now lives at 14 Ridgeside Crescent, Umhlanga Ridge, Durban 4319. She signed the price schedule "
            "submitted with the tender and the agency agreement with Tembo Bioservices Limited. Through her attorney "
            "she has said that she is willing to give evidence in South Africa but not to travel to Kenya."
        ),
        Para(
            "We therefore ask that Ms Dlamini be examined on oath before a magistrate of the Durban Magistrate's "
            "Court about how the price of the machines was arrived at, whether the machines supplied were new or "
            "refurbished and who decided this, how the agency agreement with Tembo Bioservices Limited came to be "
            "made and what services Tembo rendered under it, and who asked for the commission to be paid and to "
            "which accounts. We also ask that she be required to produce, and that the court receive as exhibits, "
            "the price schedule of 14 September 2021, the agency agreement of 3 August 2021, the delivery notes for "
            "the forty machines, and the commission ledger of Umhlanga Medical Solutions for 2021 and 2022."
        ),
        Para(
            "Her evidence is the only first-hand account available of how the contract price and the commission "
            "were fixed, and it goes to the heart of the charges of conspiracy and fraudulent acquisition. The "
            "documents will show that the commission was built into the price that the County Government paid. "
            "The deposition and the exhibits will be tendered at the trial in Criminal Case No. E017 of 2023."
        ),
        Para(
            "So that the deposition can be received in evidence under the Evidence Act (Cap. 80) of Kenya, we would "
            "ask that the witness's answers be recorded word for word, read back to her and signed by her and by the "
            "magistrate, and that each document she produces be marked as an exhibit and certified by the "
            "magistrate as the document produced. Because the accused are entitled to test the evidence, we ask "
            "that the date of the examination be notified to us at least twenty-one days in advance, and that a "
            "prosecutor from this Office and counsel for each accused be allowed to attend and to put questions, in "
            "person or by video link."
        ),
        Para(
            "We would be grateful if the existence of this letter were not disclosed to the persons named in it, "
            "other than to Ms Dlamini to the extent needed to secure her evidence. The second accused still has "
            "business dealings with the present management of Umhlanga Medical Solutions, and early notice could "
            "lead to the documents being removed or altered."
        ),
        Para(
            "The evidence obtained will be used only in Criminal Case No. E017 of 2023 and in any appeal arising from "
            "it, and will not be put to any other use without the prior consent of the South African authorities."
        ),
        Para(
            "Should you need anything further, please contact Ms Grace Atieno Otieno, Senior Assistant Director of "
            "Public Prosecutions, who has the conduct of the case, on +254 20 2732090 or at grace.otieno@odpp.go.ke."
        ),
        Para("Thank you for your assistance."),
        Para("Yours faithfully,"),
        Lines(
            "(Signed)",
            "Wanjiru Njeri Kamau",
            "Deputy Director of Public Prosecutions",
            "for the Director of Public Prosecutions",
            "Nairobi, 12 April 2024",
        ),
    ),
)

NG_TEMPLATE = Sample(
    name="defective_template_remnants",
    format="docx",
    style="Word request filled in from a template: headings, list-numbered paragraphs, one-row table",
    description=(
        "Request from Nigeria's Central Authority to Ireland, filled in from a template and sent with remnants of "
        "several kinds: bracketed fields ([NAME OF SUSPECT], [●]), the generic '[Requested State]', an "
        "angle-bracket field, an X-run as a passport number, TBC, a drafting note and an empty 'Date:' line. The "
        "'Confidentiality' heading was kept but nothing was written under it, so there is no confidentiality "
        "clause. One MLA202 per remnant at its paragraph, and MLA110."
    ),
    date=datetime(2024, 1, 22, 15, 45),
    author="Federal Ministry of Justice, Nigeria",
    confidentiality_clause=False,
    placeholders=(
        "[NAME OF SUSPECT]",
        "XXXXXXX",
        "[●]",
        "TBC",
        "<insert date>",
        "[Requested State]",
        "Drafting note",
        "Date: ____",
    ),
    near_misses=("Confidentiality",),
    items=(
        Lines(
            "Federal Ministry of Justice",
            "Central Authority Unit",
            "Federal Secretariat Complex, Shehu Shagari Way",
            "Abuja, Nigeria",
        ),
        Lines("Ref: FMJ/CAU/MLA/IRL/112/2024", "22 January 2024"),
        Lines(
            "Mutual Assistance and Extradition Division",
            "Department of Justice",
            "51 St Stephen's Green",
            "Dublin 2, D02 HK52",
            "Ireland",
        ),
        Title("Request for Mutual Legal Assistance in Criminal Matters"),
        Heading("Requesting Authority"),
        Numbered(
            "The Attorney-General of the Federation and Minister of Justice, as the Central Authority of the Federal "
            "Republic of Nigeria under the Mutual Assistance in Criminal Matters Act 2019, makes this request on "
            "behalf of the Economic and Financial Crimes Commission (EFCC), which is investigating the offences "
            "described below under case file EFCC/LAG/CR/2023/0871."
        ),
        Heading("Legal Basis"),
        Numbered(
            "This request is made under Article 18 of the United Nations Convention against Transnational Organized "
            "Crime, to which Nigeria and Ireland are both parties, and under the Mutual Assistance in Criminal "
            "Matters Act 2019. We understand that it will be executed in accordance with the Criminal Justice "
            "(Mutual Assistance) Act 2008."
        ),
        Heading("Persons Concerned"),
        Numbered(
            "The principal suspect is [NAME OF SUSPECT], a Nigerian national born on 9 June 1981 in Enugu, who is "
            "believed to live at 27 Castleknock Avenue, Dublin 15, Ireland."
        ),
        Numbered("Mr Nwosu holds Nigerian passport number XXXXXXX, issued in Abuja."),
        Numbered(
            "Brightwater Logistics Limited is a company registered in Ireland under company number 684215, with its "
            "place of business at Unit 4, Ballycoolin Business Park, Dublin 15. Mr Emeka Obinna Nwosu is its sole "
            "director. Its Irish tax reference number is TBC."
        ),
        Heading("Summary of Facts"),
        Numbered(
            "Between March and August 2023 persons who had gained access to the email account of a Chinese supplier "
            "of Delta Crest Petroleum Services Limited, Lagos, sent the company invoices that gave new bank details "
            "for the supplier. Relying on them, Delta Crest paid EUR 1,240,000 in [●] transfers to an account in "
            "the name of Brightwater Logistics Limited at Liffey Commercial Bank plc, Dublin."
        ),
        Numbered("The account was opened on <insert date> at the Blanchardstown branch of Liffey Commercial Bank plc."),
        Numbered(
            "Within a week of each payment most of the money was transferred on to accounts in the United Arab "
            "Emirates and Hong Kong. Emails recovered by the EFCC from the laptop of a co-suspect arrested in Lagos "
            "on 2 October 2023 show Mr Nwosu confirming receipt of each payment."
        ),
        Heading("Offences"),
        Numbered(
            "The suspects are investigated for obtaining property by false pretence contrary to section 1(1)(a) of "
            "the Advance Fee Fraud and Other Fraud Related Offences Act 2006, and for money laundering contrary to "
            "section 18(2) of the Money Laundering (Prevention and Prohibition) Act 2022."
        ),
        Heading("Dual Criminality"),
        Numbered(
            "The conduct would, if committed in Ireland, constitute making a gain or causing a loss by deception "
            "under section 6 of the Criminal Justice (Theft and Fraud Offences) Act 2001 and money laundering under "
            "section 7 of the Criminal Justice (Money Laundering and Terrorist Financing) Act 2010."
        ),
        Heading("Assistance Requested"),
        Numbered(
            "The competent authorities of [Requested State] are requested to obtain, for the period 1 January 2023 to "
            "31 December 2023, the account opening documents, statements and beneficiary details of onward transfers "
            "of the account listed in the table below."
        ),
        Table(
            ("Bank", "IBAN", "Account holder"),
            ("Liffey Commercial Bank plc", "IE64 LCBK 9311 5248 2077 16", "Brightwater Logistics Limited"),
        ),
        Numbered(
            "They are further requested to search the business premises of Brightwater Logistics Limited at Unit 4, "
            "Ballycoolin Business Park, Dublin 15, and to seize invoices, correspondence with Delta Crest Petroleum "
            "Services Limited, and the computers and mobile telephones used in the company's business."
        ),
        Numbered(
            "Drafting note: check with the EFCC case officer whether the Ballycoolin premises are still occupied "
            "before the request is sent."
        ),
        Heading("Purpose"),
        Numbered(
            "The records and items seized will establish who controlled the account that received the money of "
            "Delta Crest Petroleum Services Limited and where the money went, and will be used as evidence at the "
            "trial of the suspects in Nigeria."
        ),
        Heading("Procedures"),
        Numbered(
            "Copies of bank records should be certified by an officer of the bank, and computer-generated records "
            "should be accompanied by a certificate meeting the conditions of section 84 of the Evidence Act 2011, so "
            "that they are admissible in Nigerian courts."
        ),
        Heading("Confidentiality"),
        Heading("Use of the Evidence"),
        Numbered(
            "The material provided will be used only for the investigation and prosecution described in this request."
        ),
        Heading("Contact"),
        Numbered(
            "The contact officer is Mr Ibrahim Sule Danjuma, Principal State Counsel, Central Authority Unit, "
            "telephone +234 9 460 5521, email i.danjuma@justice.gov.ng."
        ),
        Lines(
            "For the Attorney-General of the Federation and Minister of Justice",
            "(Signed)",
            "Aisha Bello-Okonkwo",
            "Director, Central Authority Unit",
            "Date: ____________",
        ),
    ),
)

NL_TO_SG = Sample(
    name="defective_no_confidentiality",
    format="pdf",
    style="Two-page PDF, bold headings, numbered paragraphs, CONFIDENTIAL running header",
    description=(
        "Request from the Netherlands Public Prosecution Service (Functioneel Parket) to Singapore's "
        "Attorney-General's Chambers for bank records in a VAT carousel fraud; complete except that it never asks for "
        "confidentiality. Near-misses that are not a clause: the CONFIDENTIAL running header, 'confidential bank "
        "records', 'Bank confidentiality is no ground for refusal', a 'confidential informant', and suspects who 'have "
        "been informed' of the suspicion. MLA110 only."
    ),
    date=datetime(2023, 10, 3, 14, 0),
    author="Openbaar Ministerie - Functioneel Parket",
    confidentiality_clause=False,
    near_misses=(
        "CONFIDENTIAL",
        "confidential bank records",
        "Bank confidentiality is no ground for refusal",
        "confidential informant",
    ),
    running_header="CONFIDENTIAL",
    running_footer="Functioneel Parket, ref. FP/2023/RH-0148",
    items=(
        Lines(
            "Openbaar Ministerie - Functioneel Parket",
            "National Office for Serious Fraud, Environmental Crime and Asset Confiscation",
            "Postbus 20302, 2500 EH The Hague, the Netherlands",
        ),
        Lines("Our reference: FP/2023/RH-0148", "The Hague, 3 October 2023"),
        Lines(
            "The Central Authority",
            "International Affairs Division, Attorney-General's Chambers",
            "1 Upper Pickering Street",
            "Singapore 058288",
        ),
        Title("Request for Mutual Legal Assistance: Bank Records"),
        Heading("Requesting authority and proceedings"),
        Numbered(
            "The Public Prosecution Service of the Netherlands (Openbaar Ministerie), through its National Office for "
            "Serious Fraud, Environmental Crime and Asset Confiscation (Functioneel Parket), is conducting a criminal "
            "investigation into VAT carousel fraud and money laundering, carried out by the Fiscal Information and "
            "Investigation Service (FIOD) under the direction of the public prosecutor named below."
        ),
        Heading("Legal basis"),
        Numbered(
            "This request is made under Article 18 of the United Nations Convention against Transnational Organized "
            "Crime, in force for both the Kingdom of the Netherlands and the Republic of Singapore, and under the "
            "Mutual Assistance in Criminal Matters Act 2000 of Singapore. The Kingdom of the Netherlands undertakes to "
            "comply with a future request by Singapore for similar assistance in respect of a comparable offence."
        ),
        Heading("Facts"),
        Numbered(
            "Between February 2021 and March 2023 Van Rijswijk Electronics B.V., of Rotterdam, bought computer "
            "processors VAT-free from suppliers in other EU Member States and sold them on in the Netherlands, "
            "charging VAT that it never paid to the Tax Administration. The loss of VAT is "
            "estimated at EUR 4,800,000."
        ),
        Numbered(
            "Information from a confidential informant, confirmed by Dutch bank records, showed that the profits "
            "were transferred to Meridian Orient Trading Pte. Ltd., Singapore (Unique Entity "
            "Number 201934871K). Between 15 April 2021 and 28 February 2023 Van Rijswijk Electronics B.V. paid "
            "EUR 2,370,000 in 26 transfers to account no. 712-38490-2 of that company at Straits Harbour Bank Ltd, "
            "Singapore, against invoices for consultancy services that were never performed."
        ),
        Numbered(
            "The principal suspect is Ruud Hendrik van Dijk, a Dutch national born on 23 August 1975 in Rotterdam, "
            "passport no. NXC7R81P4, of Schiekade 140, 3032 AJ Rotterdam, the de facto manager of Van Rijswijk "
            "Electronics B.V. Mr Lim Kok Seng, a Singapore citizen residing at Block 148 Bedok North Avenue 3, "
            "Singapore 460148, is the registered director of Meridian Orient Trading Pte. Ltd. Mr van Dijk was "
            "arrested on 12 September 2023, has been informed of the suspicion against him and has been released "
            "pending trial; Mr Lim has not been questioned."
        ),
        Heading("Offences"),
        Numbered(
            "The suspects are investigated for tax fraud under Article 69 of the General Taxes Act (Algemene wet "
            "inzake rijksbelastingen), forgery under Article 225 of the Criminal Code (Wetboek van Strafrecht), "
            "money laundering under Article 420bis of the Criminal Code, and participation in a criminal "
            "organisation under Article 140 of the Criminal Code."
        ),
        Heading("Dual criminality"),
        Numbered(
            "The conduct would constitute offences under Singapore law, in particular cheating under section 420 of "
            "the Penal Code 1871 and offences under the Goods and Services Tax Act 1993 and the Corruption, Drug "
            "Trafficking and Other Serious Crimes (Confiscation of Benefits) Act 1992."
        ),
        Heading("Assistance requested"),
        Numbered(
            "We ask that the Central Authority obtain, by a production order or other means available under "
            "Singapore law, the following confidential bank records held by Straits Harbour Bank Ltd for account "
            "no. 712-38490-2 in the name of Meridian Orient Trading Pte. Ltd., for the period 1 January 2021 to "
            "31 August 2023: the account opening documents and customer due diligence records; the identity of all "
            "persons with signing authority and of the beneficial owners; the statements of account; and the "
            "payment messages for every incoming transfer from the Netherlands and every outgoing transfer of "
            "SGD 20,000 or more."
        ),
        Numbered(
            "Bank confidentiality is no ground for refusal of assistance under Article 18(8) of the Convention."
        ),
        Heading("Purpose"),
        Numbered(
            "The records will show who controls Meridian Orient Trading Pte. Ltd. and whether the money received from "
            "Van Rijswijk Electronics B.V. was passed on to Mr van Dijk or persons connected to him. They will be "
            "used as evidence at the trial of the suspects before the District Court of Rotterdam and to support a "
            "confiscation order."
        ),
        Heading("Form and use of the evidence"),
        Numbered(
            "The records should be certified as true copies by an officer of the bank in an affidavit stating that "
            "they were made and kept in the ordinary course of business."
        ),
        Numbered(
            "The evidence will be used only for the investigation and proceedings described in this request and "
            "not for any other purpose without the prior consent of the Singapore authorities."
        ),
        Heading("Contact"),
        Numbered(
            "The public prosecutor in charge is Mr Rutger Hoekstra, Functioneel Parket, telephone +31 88 699 1482, "
            "email r.hoekstra@om.nl."
        ),
        Lines(
            "(Signed)",
            "R. H. Hoekstra",
            "Public Prosecutor (Officier van Justitie), Functioneel Parket",
            "The Hague, 3 October 2023",
        ),
    ),
)

UK_TO_AU = Sample(
    name="tricky_silent",
    format="txt",
    style="Plain-text letter of request with headings and numbered paragraphs, a card table and notes",
    description=(
        "Complete request from the Crown Prosecution Service to Australia's Attorney-General's Department in a "
        "card-fraud case, with a confidentiality clause, full of text that looks like a template remnant but is not: "
        "[sic], [emphasis added], [REDACTED], law-report citations, a footnote marker, an editorial insertion in a "
        "quotation, masked card numbers, 'Chapter XXX', a signature line above a printed name, and 'to be confirmed "
        "by the court'. No findings."
    ),
    date=datetime(2024, 5, 14, 16, 20),
    author="Crown Prosecution Service",
    confidentiality_clause=True,
    near_misses=(
        "[sic]",
        "[emphasis added]",
        "[REDACTED]",
        "[2017] UKSC 67",
        "[2020] EWCA Crim 575",
        "[1]",
        "[the suspect]",
        "XXXX XXXX XXXX 4417",
        "XXXX-9021",
        "Chapter XXX",
        "____________",
        "to be confirmed by the court",
    ),
    items=(
        Lines(
            "Crown Prosecution Service",
            "International Justice and Organised Crime Division",
            "102 Petty France",
            "London SW1H 9EA",
            "United Kingdom",
        ),
        Lines("Our reference: IJOC/2024/0387 (Operation Lantern)", "14 May 2024"),
        Lines(
            "International Crime Cooperation Central Authority",
            "Attorney-General's Department",
            "3-5 National Circuit",
            "Barton ACT 2600",
            "Australia",
        ),
        Title("LETTER OF REQUEST FOR MUTUAL LEGAL ASSISTANCE IN CRIMINAL MATTERS"),
        Heading("Introduction"),
        Numbered(
            "I am a Specialist Prosecutor in the International Justice and Organised Crime Division of the Crown "
            "Prosecution Service (CPS) of England and Wales, a prosecuting authority designated under section 7(5) "
            "of the Crime (International Co-operation) Act 2003 to request assistance from authorities outside the "
            "United Kingdom."
        ),
        Numbered(
            "This request is made under Article 18 of the United Nations Convention against Transnational Organized "
            "Crime and the Scheme relating to Mutual Assistance in Criminal Matters within the Commonwealth. I "
            "understand that it will be considered under the Mutual Assistance in Criminal Matters Act 1987 (Cth). "
            "The United Kingdom will provide the same assistance to Australia in a comparable case."
        ),
        Heading("The Proceedings"),
        Numbered(
            "The investigation, Operation Lantern, is conducted by the Economic Crime Command of the Metropolitan "
            "Police Service. On 2 April 2024 Connor James Rourke was charged with conspiracy to commit fraud by "
            "false representation, contrary to section 1 of the Criminal Law Act 1977 and section 1 of the Fraud Act "
            "2006; possession of articles for use in fraud, contrary to section 6 of the Fraud Act 2006; and "
            "converting criminal property, contrary to section 327(1)(c) of the Proceeds of Crime Act 2002. He was "
            "sent for trial to Southwark Crown Court, where a trial date is to be confirmed by the court at the plea "
            "and trial preparation hearing on 28 June 2024."
        ),
        Numbered(
            "The jury will be directed on dishonesty in accordance with Ivey v Genting Casinos (UK) Ltd t/a "
            "Crockfords [2017] UKSC 67, as applied in R v Barton and Booth [2020] EWCA Crim 575.[1]"
        ),
        Heading("Summary of Facts"),
        Numbered(
            "Between October 2023 and February 2024 the details of payment cards issued by UK banks were used to buy "
            "digital gift cards from Koala Gift Co Pty Ltd, an Australian online retailer, which were then resold "
            "for cryptocurrency. The purchases were processed by Southern Cross Payments Pty Ltd, Sydney. The names "
            "of the 14 cardholders are [REDACTED] in this letter and will be provided through the Central Authority "
            "on request. The loss to the card issuers is GBP 388,000. The cards most used are shown below."
        ),
        Table(
            ("Card", "Issuer", "Purchases"),
            ("XXXX XXXX XXXX 4417", "Albion Merchant Bank plc", "41"),
            ("XXXX XXXX XXXX 2086", "Thameside Bank plc", "37"),
            ("XXXX XXXX XXXX 7753", "Northgate Building Society", "29"),
        ),
        Numbered(
            "The largest single loss, AUD 18,400, was on a card ending XXXX-9021. The full card numbers will be "
            "provided by secure means so that the processor can search its records."
        ),
        Numbered(
            "A mobile telephone seized from Mr Rourke on his arrest on 1 April 2024 holds messages from a contact "
            "saved as Liam P. On 19 January 2024 Liam P wrote: \"cards are live, the paymnet [sic] gateway in Sydney "
            "dont check the postcode\". The police believe Liam P to be Liam Declan Foley, who shared a flat with "
            "Mr Rourke in London."
        ),
        Numbered(
            "Ms Jodie Hale, a former flatmate of both men, told police on 11 January 2024: \"Connor said that [the "
            "suspect] had left for Perth the week before and would be running the cards from there.\" The words in "
            "brackets replace a nickname she used for Mr Foley."
        ),
        Numbered(
            "Liam Declan Foley is an Irish national, born on 3 March 1991 in Cork, holding Irish passport "
            "No. PX4471203. He left the United Kingdom for Perth on 9 January 2024 and is believed to live at "
            "Unit 7, 22 Hay Street, Subiaco WA 6008."
        ),
        Heading("Assistance Requested"),
        Numbered(
            "I ask that the competent Australian authorities obtain from Southern Cross Payments Pty Ltd, for the "
            "period 1 October 2023 to 29 February 2024 and for the merchant account of Koala Gift Co Pty Ltd, the "
            "records of every transaction made with the 14 card numbers that will be provided, including the device "
            "identifier, IP address, delivery email address and telephone number recorded for each transaction."
        ),
        Numbered(
            "The processor's merchant terms state that it \"retains *all* transaction logs, including device "
            "identifiers and IP addresses, for seven years\" [emphasis added]. Chapter XXX of its Merchant Operating "
            "Manual governs the retention of chargeback records, which I also ask to be produced."
        ),
        Numbered(
            "I further ask that a witness statement be taken from the custodian of records of Southern Cross "
            "Payments Pty Ltd producing those records and explaining how they are created and kept."
        ),
        Heading("Purpose and Relevance"),
        Numbered(
            "The records will show which devices and email addresses were used for the purchases and will allow them "
            "to be linked to Mr Rourke and Mr Foley. They will be served as evidence at Mr Rourke's trial at "
            "Southwark Crown Court and used in the investigation of Mr Foley's part in the conspiracy."
        ),
        Heading("Procedures"),
        Numbered(
            "So that the records are admissible as business documents under section 117 of the Criminal Justice Act "
            "2003, the witness statement should state that they were created in the course of the processor's "
            "business by persons with personal knowledge of the matters recorded. It should end with the declaration "
            "required by section 9 of the Criminal Justice Act 1967 and be signed on each page."
        ),
        Heading("Dual Criminality"),
        Numbered(
            "The conduct would, if committed in Australia, constitute fraud under section 192E of the Crimes Act 1900 "
            "(NSW) and dealing with proceeds of crime under Division 400 of the Criminal Code (Cth)."
        ),
        Heading("Confidentiality"),
        Numbered(
            "I ask that this request and its contents be kept confidential. Mr Foley does not know that enquiries "
            "are being made in Australia; please do not notify him, Koala Gift Co Pty Ltd or any account holder "
            "of this request."
        ),
        Heading("Use of Material"),
        Numbered(
            "Material provided will be used only for the proceedings and investigation described in this request, "
            "unless the Australian authorities consent to another use."
        ),
        Heading("Contact"),
        Numbered(
            "I am the lawyer with conduct of the case and can be reached on +44 20 7946 0312 or at "
            "harriet.osei@cps.gov.uk. The officer in the case is Detective Constable Tom Ashworth, Metropolitan "
            "Police Service, telephone +44 20 7946 0587, email tom.ashworth@met.police.uk."
        ),
        Heading("Notes"),
        Para(
            "[1] In R v Barton and Booth the Court of Appeal held that the test of dishonesty stated in Ivey applies "
            "in criminal proceedings."
        ),
        Para("Yours faithfully,"),
        Lines(
            "____________",
            "Harriet Osei",
            "Specialist Prosecutor",
            "International Justice and Organised Crime Division",
            "Crown Prosecution Service",
            "14 May 2024",
        ),
    ),
)

MD_TO_CY = Sample(
    name="terse_non_native",
    format="txt",
    style="Short plain-text request by a drafter writing in a second language, capitalised headings, terse",
    description=(
        "Terse request from Moldova's Prosecutor General's Office to Cyprus for bank and company records, written by "
        "a non-native English drafter. The confidentiality clause is phrased unusually ('Kindly keep secret this "
        "request, do not tell to the account holder'); one template field '<insert account number>' is left. "
        "One MLA202."
    ),
    date=datetime(2024, 2, 19, 12, 0),
    author="Procuratura Generala a Republicii Moldova",
    confidentiality_clause=True,
    placeholders=("<insert account number>",),
    items=(
        Lines(
            "PROSECUTOR GENERAL'S OFFICE OF THE REPUBLIC OF MOLDOVA",
            "Prosecutor's Office for Combating Organized Crime and Special Cases",
            "26 Banulescu-Bodoni str., Chisinau MD-2005",
        ),
        Lines("No. 13-2d/24-1187", "Chisinau, 19.02.2024"),
        Lines(
            "To: Ministry of Justice and Public Order of the Republic of Cyprus",
            "125 Athalassas Avenue, 1461 Nicosia, Cyprus",
        ),
        Title("REQUEST FOR LEGAL ASSISTANCE IN CRIMINAL CASE No. 2023970412"),
        Heading("LEGAL BASIS"),
        Para(
            "European Convention on Mutual Assistance in Criminal Matters of 20.04.1959, articles 1, 3 and 14. "
            "Criminal Procedure Code of Republic of Moldova."
        ),
        Heading("CASE"),
        Para(
            "Criminal case No. 2023970412 is started 14.06.2023 by Prosecutor's Office for Combating Organized Crime "
            "and Special Cases (PCCOCS) on art. 190 par. (5) (swindling in especially large proportions) and "
            "art. 243 par. (3) let. b) (money laundering in large proportions) of Criminal Code of Republic of "
            "Moldova. Prosecution is made by PCCOCS, the investigation by National Anticorruption Center under "
            "conduct of prosecutor."
        ),
        Heading("FACTS"),
        Para(
            "In period 03.2023-05.2023 group of persons leaded by Sergiu Rusu took from 63 citizens money for "
            "fictitious grain export contracts of company 'Agro-Vin Export' SRL, total MDL 14 200 000. Grain was "
            "never exported, contracts are false."
        ),
        Para(
            "Money was transfered in 4 transactions in period 06.04.2023-22.05.2023, total EUR 412 000, from account "
            "of 'Agro-Vin Export' SRL in Moldova to account of VISTALINE HOLDINGS LTD, IBAN "
            "CY73 0050 0215 0000 0004 1287 6001, in Limassol Commercial Bank Ltd. After, EUR 380 000 was moved to "
            "second account of same company, No. <insert account number>, same bank."
        ),
        Heading("PERSONS"),
        Para(
            "Sergiu Rusu, citizen of Republic of Moldova, born 11.09.1986 in Orhei, passport No. B02468139. Is hiding "
            "from investigation, possible in Limassol, Cyprus."
        ),
        Para(
            "VISTALINE HOLDINGS LTD, registration No. HE 412876, registered office 12 Gladstonos Street, 3040 "
            "Limassol. Director by registry is Nikos Charalambous, citizen of Cyprus."
        ),
        Heading("REQUEST"),
        Lines(
            "Please give us certified copies of:",
            "1) opening documents of both accounts, persons with right of signature, KYC documents;",
            "2) statements of both accounts from 01.03.2023 to 31.12.2023;",
            "3) SWIFT messages of outgoing transfers more than EUR 10 000 (receiver, bank, country);",
            "4) from Registrar of Companies: directors, shareholders and beneficial owner of VISTALINE HOLDINGS LTD.",
        ),
        Heading("PURPOSE"),
        Para(
            "To prove that money of victims is received by Rusu S. and to find where money is now, for seizure. "
            "Evidence will be used in court in this criminal case."
        ),
        Heading("PROCEDURE"),
        Para(
            "Copies must be certified by bank (stamp and signature) according to art. 3 of Convention. Please send "
            "also the record of execution."
        ),
        Heading("DOUBLE CRIMINALITY"),
        Para(
            "Facts are crimes also by law of Cyprus: obtaining money by false pretences (section 298 of Criminal "
            "Code, Cap. 154) and laundering (section 4 of Law 188(I)/2007 on Prevention and Suppression of Money "
            "Laundering Activities)."
        ),
        Heading("CONFIDENTIALITY"),
        Para("Kindly keep secret this request, do not tell to the account holder, because he can move the money."),
        Heading("USE"),
        Para("Informations received will be used only in this criminal case."),
        Heading("CONTACT"),
        Para(
            "Prosecutor Victor Munteanu, tel. +373 22 828 456, e-mail v.munteanu@procuratura.md "
            "(English, Romanian, Russian)."
        ),
        Lines(
            "Prosecutor, Chief of Section",
            "Victor Munteanu",
            "(signature, stamp)",
            "19.02.2024",
        ),
    ),
)

PH_TO_HK = Sample(
    name="defective_placeholders_ph_to_hk",
    format="pdf",
    style="Multi-page PDF draft, bold headings, numbered paragraphs, running header and footer",
    description=(
        "Request from the Philippine Department of Justice to Hong Kong's Department of Justice for bank records and "
        "a witness statement, sent as a near-final draft: remnants of other kinds than in the Word template sample "
        "([...], an xx/xx date, <<Name>>, a note to the drafter, 'delete as appropriate', TBA, a {{ }} mail-merge "
        "field) spread over several pages, so each MLA202 also carries its page. It has a confidentiality clause. "
        "One MLA202 per remnant."
    ),
    date=datetime(2024, 6, 7, 8, 30),
    author="Department of Justice, Republic of the Philippines",
    confidentiality_clause=True,
    placeholders=(
        "[...]",
        "xx/xx/2023",
        "<<Name>>",
        "Note to drafter",
        "delete as appropriate",
        "TBA",
        "{{ officer_name }}",
    ),
    expected=(Expect("MLA112", "warning", "Contact"),),
    running_header="Republic of the Philippines - Department of Justice",
    running_footer="OCSC MLA No. 2024-0219",
    items=(
        Lines(
            "Republic of the Philippines",
            "Department of Justice",
            "Office of the Chief State Counsel",
            "Padre Faura Street, Ermita, Manila 1000",
        ),
        Lines("OCSC MLA No. 2024-0219", "Manila, 7 June 2024"),
        Lines(
            "Mutual Legal Assistance Unit, International Law Division",
            "Department of Justice",
            "5/F, Main Wing, Justice Place, 18 Lower Albert Road",
            "Central, Hong Kong",
        ),
        Title("Request for Mutual Legal Assistance in Criminal Matters"),
        Heading("Requesting Authority"),
        Numbered(
            "The Department of Justice of the Republic of the Philippines, through the Office of the Chief State "
            "Counsel, the Central Authority of the Philippines for mutual legal assistance, makes this request on "
            "behalf of the Office of the Ombudsman, which is prosecuting the case described below before the "
            "Sandiganbayan, the special court that tries graft and corruption cases against public officers."
        ),
        Heading("Legal Basis"),
        Numbered(
            "This request is made under Article 46 of the United Nations Convention against Corruption, which applies "
            "to the Philippines and to the Hong Kong Special Administrative Region, and under the Mutual Legal "
            "Assistance in Criminal Matters Ordinance (Cap. 525). The Philippines undertakes to give the Hong Kong "
            "Special Administrative Region the same assistance in a comparable case."
        ),
        Heading("Proceedings"),
        Numbered(
            "Rodrigo Manalastas Villaruel, the former Municipal Treasurer of the Municipality of San Isidro, Nueva "
            "Ecija, and two suppliers are accused in Criminal Cases Nos. SB-23-CRM-0412 to 0415 before the "
            "Sandiganbayan, on the Information dated xx/xx/2023 filed by the Office of the Ombudsman."
        ),
        Heading("Summary of Facts"),
        Numbered(
            "Between July 2019 and December 2021 the Municipality of San Isidro paid PHP 48,600,000 to two suppliers "
            "for road-repair materials and relief goods that were never delivered. The payments were released "
            "through [...] disbursement vouchers certified by Mr Villaruel as the Municipal Treasurer."
        ),
        Numbered(
            "The suppliers withdrew the money in cash within days of each payment. From September 2019 Mr Villaruel "
            "made 17 remittances totalling HKD 3,420,000 to an account of Pearl Crest Trading Limited, a company "
            "registered in Hong Kong (Company No. 2987431), at Harbourview Bank Limited, Hong Kong. Mr Villaruel's "
            "sister-in-law, Ms Teresita Dizon Cruz, a Philippine national living in Hong Kong, is the sole director "
            "and shareholder of the company."
        ),
        Numbered(
            "The company has no known business. Its account also received transfers from the two suppliers, which "
            "the prosecution will say were Mr Villaruel's share of the payments."
        ),
        Heading("Persons Concerned"),
        Numbered(
            "Rodrigo Manalastas Villaruel, a Philippine national, born on 5 May 1968 in Cabanatuan City, Philippine "
            "passport No. P4471920B, residing in San Isidro, Nueva Ecija, and presently on bail."
        ),
        Numbered(
            "Teresita Dizon Cruz, a Philippine national, born on 30 January 1974 in Cabanatuan City, holder of Hong "
            "Kong Identity Card No. R482019(7), residing at Flat 12B, Tower 3, Laguna City, Kwun Tong, Kowloon."
        ),
        Numbered(
            "Pearl Crest Trading Limited, Company No. 2987431, registered office at Room 1804, 18/F, Wing On Plaza, "
            "62 Mody Road, Tsim Sha Tsui, Kowloon."
        ),
        Heading("Offences"),
        Numbered(
            "Mr Villaruel and the suppliers are charged with violation of Section 3(e) of Republic Act No. 3019, the "
            "Anti-Graft and Corrupt Practices Act; with malversation of public funds under Article 217 of the "
            "Revised Penal Code; and with money laundering under Section 4 of Republic Act No. 9160, the Anti-Money "
            "Laundering Act of 2001, as amended by Republic Act No. 10365."
        ),
        Heading("Dual Criminality"),
        Numbered(
            "The conduct would constitute offences under the law of Hong Kong, in particular misconduct in public "
            "office at common law, fraud under section 16A of the Theft Ordinance (Cap. 210), and dealing with "
            "property known or believed to represent proceeds of an indictable offence under section 25 of the "
            "Organized and Serious Crimes Ordinance (Cap. 455)."
        ),
        Heading("Assistance Requested"),
        Numbered(
            "The Central Authority asks that the following records of the account of Pearl Crest Trading Limited at "
            "Harbourview Bank Limited be obtained for the period 1 January 2019 to 31 December 2022: account opening "
            "documents, signatory and beneficial-ownership records, statements, and the remitter and beneficiary "
            "details of every transfer of HKD 50,000 or more."
        ),
        Numbered(
            "It further asks that a witness statement be taken from the relationship manager of the account, "
            "<<Name>>, about the opening of the account, the persons who gave instructions on it, and the reasons "
            "given for the remittances from the Philippines."
        ),
        Numbered(
            "Note to drafter: confirm with the Ombudsman panel whether the account numbers should be listed here or "
            "in a separate schedule."
        ),
        Heading("Purpose"),
        Numbered(
            "The records and the statement will prove that the money released by Mr Villaruel reached an account "
            "controlled by his family, which is the core of the malversation and money-laundering charges, and will "
            "be offered in evidence before the Sandiganbayan."
        ),
        Heading("Procedures"),
        Numbered(
            "The bank records should be certified by an officer of the bank as true copies of records kept in the "
            "ordinary course of business. The witness is / is not (delete as appropriate) willing to give a "
            "statement voluntarily."
        ),
        Numbered(
            "If possible, the statement should be taken in the presence of a prosecutor of the Office of the "
            "Ombudsman by video link. The pre-trial conference before the Sandiganbayan is set for TBA."
        ),
        Heading("Confidentiality"),
        Numbered(
            "The Republic of the Philippines asks that the fact and substance of this request be kept confidential, "
            "except to the extent necessary to execute it, since Ms Cruz could otherwise move the remaining funds."
        ),
        Heading("Use of the Evidence"),
        Numbered(
            "The evidence will be used only for the criminal cases described in this request, unless the Secretary "
            "for Justice of Hong Kong consents to another use."
        ),
        Heading("Contact"),
        Numbered(
            "For any question on this request please contact {{ officer_name }}, State Counsel, Office of the Chief "
            "State Counsel, telephone +63 2 8523 8481, email ocsc.mla@doj.gov.ph."
        ),
        Lines(
            "(Signed)",
            "Ma. Lourdes Santiago-Reyes",
            "Chief State Counsel",
            "Manila, 7 June 2024",
        ),
    ),
)

UK_TO_KE = Sample(
    name="complete_uk_to_ke",
    format="docx",
    style="Word letter in plain prose: no headings and no numbering, with a table of assets",
    description=(
        "Complete request from the UK Serious Fraud Office to Kenya's Attorney General to restrain assets and to "
        "serve the restraint order, in a foreign-bribery case; written as a prose letter with a table of the "
        "property. Confidentiality is asked for as 'Please do not inform the account holders of this request, as "
        "disclosure would prejudice the investigation'. No findings."
    ),
    date=datetime(2024, 3, 28, 17, 0),
    author="Serious Fraud Office",
    confidentiality_clause=True,
    items=(
        Lines("Serious Fraud Office", "2-4 Cockspur Street", "London SW1Y 5BS", "United Kingdom"),
        Lines("Our reference: SFO/2022/0314", "28 March 2024"),
        Lines(
            "The Hon. Attorney General",
            "Office of the Attorney General and Department of Justice",
            "Sheria House, Harambee Avenue",
            "P.O. Box 40112-00100",
            "Nairobi, Kenya",
        ),
        Para("Dear Attorney General,"),
        Para(
            "Request for mutual legal assistance in R v Gareth Lloyd Pemberton and Brantwood Energy Systems Limited: "
            "restraint of assets in Kenya and service of the restraint order"
        ),
        Para(
            "I write on behalf of the Director of the Serious Fraud Office (SFO), the authority that investigates and "
            "prosecutes serious and complex fraud, bribery and corruption in England, Wales and Northern Ireland, to "
            "ask for the assistance of the Republic of Kenya in restraining assets in Kenya and in serving a court "
            "order. The request is made under Articles 46, 54 and 55 of the United Nations Convention against "
            "Corruption, to which the United Kingdom and Kenya are both parties, and is sent under section 74 of the "
            "Proceeds of Crime Act 2002 and sections 3 and 4 of the Crime (International Co-operation) Act 2003. We "
            "understand that it will be executed under the Mutual Legal Assistance Act, 2011 of Kenya. The United "
            "Kingdom will give Kenya the same assistance in a comparable case."
        ),
        Para(
            "The SFO has investigated the matter since 14 June 2022 under section 1 of the Criminal Justice Act 1987. "
            "On 15 January 2024 Gareth Lloyd Pemberton was charged with bribing a foreign public official, contrary "
            "to section 6 of the Bribery Act 2010, and Brantwood Energy Systems Limited, of which he was managing "
            "director, with failing to prevent bribery, contrary to section 7 of that Act. Both were sent for trial "
            "to Southwark Crown Court, where the trial is fixed for 3 February 2025. On 6 February 2024 His Honour "
            "Judge Cartwright, sitting at Southwark Crown Court, made a restraint order against Mr Pemberton under "
            "section 41 of the Proceeds of Crime Act 2002 which extends to the assets described below."
        ),
        Para(
            "Between 2019 and 2021 Brantwood Energy Systems Limited won two contracts, worth GBP 41 million in total, "
            "to supply solar mini-grid equipment to a Kenyan state corporation. The prosecution case is that "
            "Mr Pemberton secured the contracts by paying USD 2,300,000 to Mr Samuel Otieno Wafula, then the "
            "corporation's head of procurement, disguised as consultancy fees paid to Lakeside Advisory Limited, a "
            "Kenyan company owned by Mr Wafula's brother. Bank records obtained from the United Kingdom and from "
            "Mauritius show that Mr Pemberton received GBP 1,150,000 of unexplained bonuses from Brantwood in the "
            "same period and that GBP 610,000 of it was transferred to Kenya, where it was used to buy the property "
            "and fund the account listed below."
        ),
        Para(
            "Gareth Lloyd Pemberton is a British national, born on 22 July 1969 in Swansea, holding British passport "
            "No. 549812376, and lives at Hillcrest, Pewley Down, Guildford GU1 3PT. Pemberton Holdings (EA) Limited "
            "is a company registered in Kenya under No. PVT-7LUJ2QX4 of which he is the sole shareholder. Samuel "
            "Otieno Wafula is a Kenyan citizen, national identity card No. 23318749, who lives in Karen, Nairobi; "
            "he is not charged in the United Kingdom."
        ),
        Table(
            ("Asset", "Particulars", "Registered holder"),
            (
                "Bank account",
                "Account No. 0117228455 at Kilimanjaro Commercial Bank Limited, Westlands Branch, Nairobi",
                "Pemberton Holdings (EA) Limited",
            ),
            (
                "Land and house",
                "Land Reference No. 1160/442, Karen, Nairobi",
                "Gareth Lloyd Pemberton",
            ),
        ),
        Para(
            "I ask that the competent Kenyan authorities take such steps as Kenyan law allows, including an "
            "application to the High Court for a preservation order, to prevent any dealing with the account and "
            "the land listed above until the criminal proceedings and any confiscation proceedings in the United "
            "Kingdom are concluded. Once the assets are restrained, I ask that a copy of the restraint order of "
            "6 February 2024 be served on Mr Pemberton's Kenyan company, Pemberton Holdings (EA) Limited, at its "
            "registered office, ABC Place, Waiyaki Way, Nairobi."
        ),
        Para(
            "The purpose of the request is to preserve the assets so that they remain available to satisfy a "
            "confiscation order under Part 2 of the Proceeds of Crime Act 2002 if Mr Pemberton is convicted. The "
            "assets are linked to the offence because they were bought or funded with the proceeds of the bribery "
            "scheme, as the tracing described above shows."
        ),
        Para(
            "For the purposes of the English proceedings, service should be proved by an affidavit or certificate of "
            "service stating the date, place and manner of service and the name and position of the person served. "
            "The restraint order should be registered or given effect in whatever form Kenyan law requires, and we "
            "would be grateful for a copy of any order made."
        ),
        Para(
            "The conduct would also be an offence in Kenya, namely giving and receiving a bribe under sections 5 and "
            "6 of the Bribery Act, 2016 and money laundering under section 3 of the Proceeds of Crime and Anti-Money "
            "Laundering Act, 2009."
        ),
        Para(
            "Please do not inform the account holders of this request, as disclosure would prejudice the "
            "investigation and could lead to the assets being moved before they are restrained."
        ),
        Para(
            "Any material provided in response to this request will be used only for the proceedings described in "
            "it and for related confiscation proceedings, and not for any other purpose without the consent of the "
            "Kenyan authorities."
        ),
        Para(
            "The case controller, Ms Olivia Brandt, can answer any question on this request and can be reached on "
            "+44 20 7946 0418 or at olivia.brandt@sfo.gov.uk."
        ),
        Para("Yours faithfully,"),
        Lines(
            "(Signed)",
            "Rebecca Thorne",
            "Head of International Assistance, Proceeds of Crime Division",
            "Serious Fraud Office",
            "28 March 2024",
        ),
    ),
)

BR_TO_PT = Sample(
    name="defective_tracked_changes",
    format="docx",
    style="Word request with headings and list-numbered paragraphs, saved with review marks still in it",
    description=(
        "Request from Brazil's central authority (DRCI, Ministry of Justice and Public Security) to Portugal's "
        "Procuradoria-Geral da República for bank records in a corruption and money-laundering case. The text is "
        "complete, with a confidentiality clause, but the file was sent as the drafter left it: a tracked deletion "
        "of the sentence naming the informant, a tracked insertion, a reviewer's comment, a hidden drafting note, "
        "the drafter's name and user name as author and last editor, and a template in her user folder. MLA206 "
        "errors for the tracked changes, the comment and the hidden text, and an MLA206 warning for the properties."
    ),
    date=datetime(2024, 5, 14, 11, 20),
    author="Mariana Souza Lima",
    last_modified_by="msouza",
    template="C:\\Users\\msouza\\AppData\\Roaming\\Microsoft\\Templates\\Pedido de Cooperacao.dotx",
    personal_metadata=True,
    confidentiality_clause=True,
    revisions=(
        Deletion(
            after="became known to the Federal Police in March 2023",
            text=(
                " through a confidential informant, Mr Jorge Almeida Prates, a former financial controller of the "
                "company, whose identity must never be disclosed"
            ),
            author="Mariana Souza Lima",
        ),
        Insertion(text=" and of its subsidiary Marítima Sul Lda.", author="Rafael Costa"),
    ),
    comments=(
        Comment(
            anchor="EUR 2 350 000",
            text="Figure taken from the police report; check it against the COAF report before this goes out.",
            author="Rafael Costa",
        ),
    ),
    hidden_text=(
        HiddenText(
            after="kept confidential and that the account holders not be informed of it",
            text=" (Note for the file: the Portuguese liaison officer said informally that the bank may object.)",
        ),
    ),
    running_footer="Ref. DRCI 08012.004217/2024-11",
    expected=(
        Expect("MLA207", "info", "CNPJ"),
        Expect("MLA114", "warning"),
        Expect("MLA302", "error", "PT50 0035 0697 0000 4217 5531 9"),  # the IBAN's check digits are wrong
    ),
    items=(
        Lines(
            "Ministry of Justice and Public Security",
            "Department of Asset Recovery and International Legal Cooperation (DRCI)",
            "Esplanada dos Ministérios, Bloco T",
            "Brasília, DF, Brazil",
        ),
        Lines("Our reference: DRCI 08012.004217/2024-11", "Brasília, 14 May 2024"),
        Lines(
            "Procuradoria-Geral da República",
            "International Judicial Cooperation Unit",
            "Rua da Escola Politécnica 140",
            "1269-269 Lisbon, Portugal",
        ),
        Title("Request for Mutual Legal Assistance in Criminal Matters"),
        Heading("Requesting Authority and Legal Basis"),
        Numbered(
            "The Ministry of Justice and Public Security of the Federative Republic of Brazil, as Central Authority, "
            "makes this request on behalf of the Federal Public Prosecution Service in São Paulo, which is "
            "conducting criminal investigation No. 5004321-18.2023.4.03.6181 before the 6th Federal Criminal Court "
            "of São Paulo."
        ),
        Numbered(
            "The request is made under the Treaty on Mutual Legal Assistance in Criminal Matters between the "
            "Federative Republic of Brazil and the Portuguese Republic, signed in Brasília on 7 May 1991, and under "
            "Article 46 of the United Nations Convention against Corruption, to which both states are parties."
        ),
        Heading("Persons Concerned"),
        Numbered(
            "The suspects are Carlos Eduardo Menezes Vieira, a Brazilian national born on 2 August 1969 in Santos, "
            "holder of Brazilian passport FX482913, resident at Avenida Paulista 2100, São Paulo; and Atlântida "
            "Logística Portuária S.A., a company registered in Brazil under CNPJ 12.345.678/0001-90."
        ),
        Heading("Summary of Facts"),
        Numbered(
            "Between 2019 and 2022 Mr Menezes Vieira, then a director of the Port Authority of Santos, is believed "
            "to have received bribes from Atlântida Logística Portuária S.A. in return for port concessions. The "
            "bribes, totalling EUR 2 350 000, were paid through consultancy contracts into accounts in Portugal "
            "held in the name of Tejo Horizonte Consultoria Lda., a Lisbon company controlled by Mr Menezes Vieira."
        ),
        Numbered(
            "The existence of the Portuguese accounts became known to the Federal Police in March 2023. It was "
            "confirmed by a report of the Brazilian financial intelligence unit (COAF) of 11 October 2023."
        ),
        Heading("Offences"),
        Numbered(
            "The conduct constitutes passive corruption under Article 317 of the Brazilian Penal Code and money "
            "laundering under Article 1 of Law No. 9.613 of 3 March 1998. It would also constitute corruption under "
            "Article 373 of the Portuguese Penal Code and money laundering under its Article 368-A."
        ),
        Heading("Assistance Requested"),
        Numbered(
            "The Brazilian authorities ask that the competent Portuguese authorities obtain from Banco Atlântico "
            "Ocidental, S.A., Lisbon, the account opening documents, statements and records of transfers from "
            "1 January 2019 to 31 December 2023 of account PT50 0035 0697 0000 4217 5531 9 held by Tejo Horizonte "
            "Consultoria Lda., and the identity of its authorised signatories and beneficial owners."
        ),
        Numbered(
            "They also ask for the commercial register extract of Tejo Horizonte Consultoria Lda. and of its "
            "subsidiary Marítima Sul Lda., and certified copies of the register entries naming their managers."
        ),
        Heading("Purpose"),
        Numbered(
            "The records will show whether the payments received from Atlântida Logística Portuária S.A. were "
            "passed on to Mr Menezes Vieira, and will be used as evidence in the prosecution described above."
        ),
        Heading("Confidentiality"),
        Numbered(
            "The Requesting State asks that the fact and substance of this request be kept confidential and that "
            "the account holders not be informed of it, because disclosure would allow the suspects to move the "
            "funds."
        ),
        Heading("Contact"),
        Numbered(
            "The officer in charge at DRCI is Ms Helena Barros Teixeira, who can be reached on +55 61 2025 9000 "
            "or at helena.teixeira@mj.gov.br."
        ),
        Lines(
            "(Signed)",
            "Ricardo Oliveira Campos",
            "Director, Department of Asset Recovery and International Legal Cooperation",
            "Ministry of Justice and Public Security",
            "14 May 2024",
        ),
    ),
)

SAMPLES: tuple[Sample, ...] = (
    PK_TO_UK,
    DE_TO_US,
    KE_TO_ZA,
    UK_TO_KE,
    NG_TEMPLATE,
    NL_TO_SG,
    PH_TO_HK,
    BR_TO_PT,
    UK_TO_AU,
    MD_TO_CY,
    *CORPUS_A,
    *CORPUS_B,
    *CORPUS_D,
    *CORPUS_E,
    *CORPUS_F,
)
"""Every sample, in the order of the README table."""
