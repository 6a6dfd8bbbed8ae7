"""More sample requests (batch B): varied states, assistance types and drafting styles, each labelled by hand.

People, companies, accounts, identifiers and case numbers are invented; treaties, statutes, courts and
institutions are real, except where a sample is meant to cite an instrument that is not known (MLA204 info).
"""

from __future__ import annotations

from datetime import datetime

from sample_model import Expect, Heading, Lines, Numbered, Para, Sample, Table, Title

# --------------------------------------------------------------------------- complete requests

FR_TO_CH = Sample(
    name="complete_fr_to_ch",
    format="docx",
    style=(
        "Long formal Word letter rogatory translated from French: headings, list-numbered paragraphs, a table of "
        "accounts, annex list, running header and 'Translation from French' footer"
    ),
    description=(
        "Complete international letter rogatory from an investigating judge of the Paris Judicial Court to the Swiss "
        "Federal Office of Justice under the 1959 European Convention, for bank records, the search of a Geneva "
        "fiduciary company and the freezing of two accounts (particulars, link to the offence and the French seizure "
        "order all given). Near-misses: money sent on to Singapore and Cyprus (third countries), 'Article 5, "
        "paragraph 1(a), of the Convention', 'all statements for the period ...' of listed accounts, a reference to "
        "paragraphs of the request that exist, an annex that is listed, and a house search in France. No findings."
    ),
    date=datetime(2024, 3, 4, 16, 0),
    author="Tribunal judiciaire de Paris",
    confidentiality_clause=True,
    near_misses=(
        "an account in Singapore",
        "Article 5, paragraph 1(a), of the Convention",
        "all statements for the period 1 January 2019 to 31 December 2023",
        "paragraphs 8 to 10 above",
        "attached as Annex 2",
        "During the search of Bertrand Delacourt's home in Brest",
    ),
    running_header="Tribunal judiciaire de Paris - Investigation No. 2218700012",
    running_footer="Translation from French",
    items=(
        Lines(
            "Tribunal judiciaire de Paris",
            "Investigating Judges' Office, Economic and Financial Division",
            "Parvis du Tribunal de Paris",
            "75017 Paris, France",
        ),
        Lines(
            "Investigation No. 2218700012",
            "Prosecution No. 22 255 000 417",
            "Paris, 4 March 2024",
        ),
        Lines(
            "Federal Office of Justice",
            "International Mutual Assistance in Criminal Matters Unit",
            "Bundesrain 20",
            "3003 Bern",
            "Switzerland",
        ),
        Title("International Letter Rogatory (Commission rogatoire internationale)"),
        Heading("Requesting Authority"),
        Numbered(
            "We, Claire Vasseur, Vice-President in charge of investigation (juge d'instruction) at the Paris Judicial "
            "Court (Tribunal judiciaire de Paris), request the judicial authorities of the Swiss Confederation to "
            "carry out the measures described in this letter rogatory in the judicial investigation (information "
            "judiciaire) that we are conducting."
        ),
        Heading("Proceedings"),
        Numbered(
            "The judicial investigation was opened on 12 September 2022, on the application of the National Financial "
            "Prosecutor's Office (Parquet national financier, PNF), against Bertrand Delacourt and any other person, "
            "for misuse of corporate assets, forgery and aggravated money laundering. We conduct the investigation "
            "with the assistance of the Central Office for Combating Corruption and Financial and Tax Offences "
            "(Office central de lutte contre la corruption et les infractions financières et fiscales, OCLCIFF), "
            "which acts on our instructions. On 9 January 2024 Bertrand Delacourt was placed under formal "
            "investigation (mis en examen) for these offences and released under judicial supervision. The "
            "investigation is continuing; no decision has yet been taken on committal for trial before the Paris "
            "Criminal Court."
        ),
        Heading("Legal Basis"),
        Numbered(
            "This letter rogatory is issued under Articles 81, 151 and 694 et seq. of the French Code of Criminal "
            "Procedure and is addressed to the Swiss authorities under the European Convention on Mutual Assistance "
            "in Criminal Matters of 20 April 1959, to which France and Switzerland are both parties. We understand "
            "that it will be executed in accordance with the Swiss Federal Act on International Mutual Assistance in "
            "Criminal Matters of 20 March 1981 (IMAC). France will grant Switzerland the same assistance in "
            "comparable cases."
        ),
        Heading("Persons and Companies Concerned"),
        Numbered(
            "Bertrand Delacourt, a French national, born on 3 May 1966 in Rennes, holder of French passport "
            "No. 19AK52871, residing at 14 rue de Siam, 29200 Brest, France. From 2015 to June 2022 he was chairman "
            "and chief executive officer of Navalis Industries."
        ),
        Numbered(
            "Navalis Industries, a société anonyme registered at the Lorient Trade and Companies Register under "
            "number 412 883 905, with its registered office at 5 quai des Indes, 56100 Lorient, France, which "
            "manufactures naval propulsion equipment. It is the victim of the offences and has joined the "
            "proceedings as civil party."
        ),
        Numbered(
            "Fiduciaire Lémanique Sàrl, a limited liability company entered in the commercial register of the Canton "
            "of Geneva, with its offices at 84 rue du Rhône, 1204 Geneva, whose managing partner, Mr Philippe "
            "Aebischer, acts as the nominee through whom Bertrand Delacourt holds the first account described below. "
            "Mr Aebischer is not at present suspected of any offence."
        ),
        Numbered(
            "Calderon Maritime Advisory Ltd, a company registered in Limassol, Cyprus, under registration number "
            "371942, which received the payments from Navalis Industries."
        ),
        Heading("Summary of Facts"),
        Numbered(
            "Between March 2019 and May 2022 Navalis Industries paid EUR 6,240,000 to Calderon Maritime Advisory Ltd "
            "under four consultancy agreements signed by Bertrand Delacourt on behalf of Navalis Industries. The "
            "agreements were presented to the board and to the statutory auditors as remuneration for help in "
            "obtaining contracts to supply propulsion systems to shipyards in Greece and Turkey. The OCLCIFF "
            "investigators have established that no work was done under them: the shipyards named have no record of "
            "any contact with Calderon Maritime Advisory Ltd, and the reports invoiced were copied from trade "
            "publications."
        ),
        Numbered(
            "Bank records obtained by the PNF from the Cypriot authorities show that, within days of each payment, "
            "Calderon Maritime Advisory Ltd passed most of the money on. Between April 2019 and June 2022 it "
            "transferred EUR 4,080,000 to an account at Banque Privée du Rhône SA, Geneva, held in the name of "
            "Fiduciaire Lémanique Sàrl, and EUR 1,950,000 to an account in Singapore whose holder has not yet been "
            "identified. The account opening documents held by the Cypriot bank name Bertrand Delacourt as the "
            "beneficial owner of Calderon Maritime Advisory Ltd."
        ),
        Numbered(
            "A second account at Banque Privée du Rhône SA, in the name of Bertrand Delacourt himself, received "
            "EUR 1,200,000 from the Fiduciaire Lémanique Sàrl account in 2021 and 2022. During the search of Bertrand "
            "Delacourt's home in Brest on 9 January 2024 the investigators seized a letter from Fiduciaire Lémanique "
            "Sàrl of 14 February 2020 confirming the setting up of 'the structure' and giving the IBAN of the first "
            "account."
        ),
        Heading("Offences"),
        Numbered(
            "The facts constitute: misuse of corporate assets (abus de biens sociaux) by the chairman of a société "
            "anonyme, under Article L. 242-6, 3°, of the Commercial Code, punishable by five years' imprisonment and a "
            "fine of EUR 375,000; forgery and use of forged documents (faux et usage de faux), under Article 441-1 of "
            "the Criminal Code, punishable by three years' imprisonment and a fine of EUR 45,000; and money "
            "laundering committed habitually or using the facilities of a professional activity (blanchiment "
            "aggravé), under Articles 324-1 and 324-2 of the Criminal Code, punishable by ten years' imprisonment "
            "and a fine of EUR 750,000. The text of these provisions is reproduced in Annex 1."
        ),
        Heading("Dual Criminality"),
        Numbered(
            "The facts would also be punishable under Swiss law, in particular as criminal mismanagement under "
            "Article 158 of the Swiss Criminal Code, forgery of a document under Article 251 and money laundering "
            "under Article 305bis of that Code. Switzerland has declared under Article 5, paragraph 1(a), of the "
            "Convention that it will execute letters rogatory for search or seizure only if the offence is "
            "punishable under the law of both parties; that condition is met."
        ),
        Heading("Assistance Requested"),
        Numbered(
            "We request the competent Swiss authorities to obtain from Banque Privée du Rhône SA, Geneva, for each of "
            "the two accounts listed in the table below, the account opening documents, the declaration of the "
            "beneficial owner, the list of authorised signatories and powers of attorney, all statements for the "
            "period 1 January 2019 to 31 December 2023, and the supporting documents of every transfer of EUR 10,000 "
            "or more in that period."
        ),
        Table(
            (
                "Bank",
                "IBAN",
                "Account holder",
                "Beneficial owner",
                "Measures requested",
            ),
            (
                "Banque Privée du Rhône SA, Geneva",
                "CH29 0839 1004 8127 6539 0",
                "Fiduciaire Lémanique Sàrl",
                "Bertrand Delacourt",
                "Records and freezing",
            ),
            (
                "Banque Privée du Rhône SA, Geneva",
                "CH44 0839 1004 8127 6541 1",
                "Bertrand Delacourt",
                "Bertrand Delacourt",
                "Records and freezing",
            ),
        ),
        Numbered(
            "We further request them to search the offices of Fiduciaire Lémanique Sàrl, 84 rue du Rhône, 1204 "
            "Geneva, and to seize the client file relating to Bertrand Delacourt and to Calderon Maritime Advisory "
            "Ltd, including the mandate agreement, the correspondence with Bertrand Delacourt, the instructions given "
            "for the two accounts and the invoices for the fees charged, on paper or in electronic form."
        ),
        Numbered(
            "Finally, we request them to freeze the credit balances of the two accounts listed above up to a total of "
            "EUR 4,080,000, in execution of the seizure order that we made on 4 March 2024 under Article 706-153 of "
            "the Code of Criminal Procedure, attached as Annex 2, so that the funds remain available for "
            "confiscation under Article 131-21 of the Criminal Code if Bertrand Delacourt is convicted."
        ),
        Heading("Purpose and Relevance"),
        Numbered(
            "The bank records will show whether the money paid by Navalis Industries reached Bertrand Delacourt and "
            "what he did with it. The documents held by Fiduciaire Lémanique Sàrl are needed to prove that he, and not "
            "the nominee, gave instructions on the accounts. On the present evidence the funds to be frozen are the "
            "proceeds of the misuse of corporate assets described in paragraphs 8 to 10 above and would be liable to "
            "confiscation on conviction."
        ),
        Heading("Procedure"),
        Numbered(
            "The bank records should be certified as true and complete by an authorised officer of the bank. The "
            "documents seized should be listed in an inventory signed by the executing authority. Under Article 65a "
            "of the IMAC we ask that an investigator of the OCLCIFF, Commandant Julien Marchetti, be allowed to attend "
            "the search, and that we be informed of its date at least ten days in advance. No other formality is "
            "required for the use of the evidence in French criminal proceedings."
        ),
        Heading("Confidentiality"),
        Numbered(
            "Bertrand Delacourt knows that he is under investigation but not that enquiries are being made in "
            "Switzerland. We ask that this letter rogatory and its execution be kept confidential, and that the bank "
            "and the fiduciary company be prohibited, as far as Swiss law allows, from informing their clients, so "
            "that the funds are not moved before they are frozen."
        ),
        Heading("Use of the Evidence"),
        Numbered(
            "In accordance with the Swiss reservation to Article 2 of the Convention and with Article 67 of the IMAC, "
            "the information and documents obtained will be used only in the proceedings described in this letter "
            "rogatory, and not for any other purpose, in particular not for the investigation of tax offences, "
            "without the prior consent of the Federal Office of Justice."
        ),
        Heading("Contact"),
        Numbered(
            "Questions about this letter rogatory may be put to our clerk, Ms Sophie Lambert, telephone "
            "+33 1 99 00 41 27, email sophie.lambert@justice.fr, or to Commandant Julien Marchetti, OCLCIFF, "
            "telephone +33 1 99 00 58 63, email julien.marchetti@interieur.gouv.fr."
        ),
        Heading("Annexes"),
        Lines(
            "Annex 1: text of the French provisions cited",
            "Annex 2: seizure order of 4 March 2024",
        ),
        Lines(
            "Done at Paris, 4 March 2024",
            "Claire Vasseur",
            "Vice-President in charge of investigation",
            "Paris Judicial Court",
            "(signature and seal)",
        ),
    ),
)

ID_TO_PH = Sample(
    name="complete_id_to_ph",
    format="pdf",
    style="Formal PDF request through the Central Authority: headings, numbered paragraphs, running header and footer",
    description=(
        "Complete request from Indonesia's Ministry of Law and Human Rights, for the Corruption Eradication "
        "Commission (KPK), to the Philippine Department of Justice under the 2004 ASEAN Treaty on Mutual Legal "
        "Assistance and Article 46 of the UN Convention against Corruption: temporary transfer of a prisoner to "
        "testify at a corruption trial (with consent, custody, return date and topics) and certified company records "
        "from the Securities and Exchange Commission. Near-misses: money sent to a third country (Singapore), "
        "'paragraphs 10 to 12' of the Convention's Article 46, a reference to paragraph 10 of the request, which "
        "exists, a past search of a house, and acronyms (KPK, SEC, PT) each spelled out once. No findings."
    ),
    date=datetime(2024, 7, 15, 10, 0),
    author="Ministry of Law and Human Rights, Republic of Indonesia",
    confidentiality_clause=True,
    near_misses=(
        "an account in Singapore",
        "Article 46, paragraphs 10 to 12",
        "described in paragraph 10 above",
        "searched the house of Agus Setiawan Pranoto",
        "(Komisi Pemberantasan Korupsi, KPK)",
        "Securities and Exchange Commission (SEC)",
    ),
    running_header="Ministry of Law and Human Rights of the Republic of Indonesia",
    running_footer="Central Authority reference 1187/2024",
    items=(
        Lines(
            "Ministry of Law and Human Rights of the Republic of Indonesia",
            "Directorate General of General Legal Administration",
            "Directorate of International Law and Central Authority",
            "Jalan H.R. Rasuna Said Kav. 6-7, Kuningan, Jakarta Selatan 12940",
        ),
        Lines("Our reference: 1187/2024", "Jakarta, 15 July 2024"),
        Lines(
            "The Secretary of Justice",
            "Department of Justice",
            "Office of the Chief State Counsel",
            "Padre Faura Street, Ermita, Manila 1000",
            "Philippines",
        ),
        Title("Request for Mutual Legal Assistance in Criminal Matters"),
        Heading("Requesting Authority"),
        Numbered(
            "The Ministry of Law and Human Rights of the Republic of Indonesia, the Central Authority of Indonesia "
            "under Law No. 1 of 2006 on Mutual Assistance in Criminal Matters, presents its compliments to the "
            "Department of Justice of the Republic of the Philippines and makes this request on behalf of the "
            "Corruption Eradication Commission (Komisi Pemberantasan Korupsi, KPK), the independent state body that "
            "investigates and prosecutes corruption offences in Indonesia."
        ),
        Heading("Legal Basis"),
        Numbered(
            "This request is made under the Treaty on Mutual Legal Assistance in Criminal Matters done at Kuala Lumpur "
            "on 29 November 2004 among the member states of the Association of Southeast Asian Nations, to which "
            "Indonesia and the Philippines are both parties, and under Article 46, paragraphs 10 to 12, of the United "
            "Nations Convention against Corruption, to which both states are also parties. Indonesia will, on "
            "request, provide the Philippines with the same assistance in a comparable case."
        ),
        Heading("Proceedings"),
        Numbered(
            "Since March 2023 the KPK has investigated bribery in the procurement of navigation aids for the "
            "Directorate General of Sea Transportation of the Ministry of Transportation. On 22 April 2024 the KPK "
            "public prosecutors filed an indictment against Agus Setiawan Pranoto, the former head of the procurement "
            "unit of the Directorate General, with the Corruption Court at the Central Jakarta District Court, under "
            "Case Register No. 41/2024. The trial began on 3 June 2024, and the court has reserved its hearing of "
            "9 September 2024 for the evidence of the witness described below. The director of the contractor, "
            "Bambang Sutrisno, is under investigation and has not yet been charged."
        ),
        Heading("Persons Concerned"),
        Numbered(
            "Agus Setiawan Pranoto, an Indonesian national, born on 17 August 1971 in Semarang, national identity "
            "number 3374011708710003, residing at Jalan Cempaka Putih Raya 18, Bekasi, West Java, at present "
            "detained at the KPK detention centre in Jakarta."
        ),
        Numbered(
            "Rudy Hartono Gunawan, an Indonesian national, born on 21 April 1975 in Surabaya, holder of Indonesian "
            "passport No. C4187265, who is serving a sentence of imprisonment at the New Bilibid Prison, Muntinlupa "
            "City, imposed by the Regional Trial Court of Cebu City in an unrelated customs fraud case, with an "
            "expected release date of 30 November 2027. Until 2022 he was the general manager of Visayas Marine "
            "Supply Corporation."
        ),
        Numbered(
            "Visayas Marine Supply Corporation, a corporation registered with the Securities and Exchange Commission "
            "(SEC) of the Philippines under registration number CS201712845, with its principal office at Mabolo "
            "Commercial Centre, Juan Luna Avenue, Cebu City."
        ),
        Numbered(
            "PT Samudra Rekayasa Nusantara, a limited liability company (Perseroan Terbatas, PT) established in "
            "Jakarta, the contractor to which the navigation-aids contracts were awarded."
        ),
        Heading("Summary of Facts"),
        Numbered(
            "Between 2019 and 2022 the Directorate General of Sea Transportation awarded PT Samudra Rekayasa "
            "Nusantara three contracts, worth IDR 312,000,000,000 in total, for the supply and installation of "
            "lighthouses and navigation buoys. The prosecution case is that Agus Setiawan Pranoto, who chaired the "
            "procurement committee, steered the contracts to the company in return for payments made to him through "
            "the Philippines."
        ),
        Numbered(
            "On the instructions of Bambang Sutrisno, PT Samudra Rekayasa Nusantara paid USD 1,480,000 to Visayas "
            "Marine Supply Corporation between May 2019 and October 2022 under purchase orders for buoy chains and "
            "moorings that were never delivered. Rudy Hartono Gunawan, then the general manager of Visayas Marine "
            "Supply Corporation, withdrew part of the money in cash and transferred USD 620,000 to an account in "
            "Singapore held by a relative of Agus Setiawan Pranoto."
        ),
        Numbered(
            "KPK investigators searched the house of Agus Setiawan Pranoto in Bekasi on 14 November 2023 and seized a "
            "notebook recording amounts received from Rudy Hartono Gunawan. Interviewed by KPK investigators at the "
            "New Bilibid Prison on 5 March 2024, with the permission of the Philippine authorities, Rudy Hartono "
            "Gunawan confirmed that he had handed cash to Agus Setiawan Pranoto in Jakarta and in Manila."
        ),
        Heading("Offences"),
        Numbered(
            "Agus Setiawan Pranoto is charged with receiving a bribe as a civil servant, under Article 12(a) of Law "
            "No. 31 of 1999 on the Eradication of Criminal Acts of Corruption as amended by Law No. 20 of 2001, "
            "punishable by imprisonment of four to twenty years, and with money laundering under Article 3 of Law "
            "No. 8 of 2010 on the Prevention and Eradication of the Crime of Money Laundering, punishable by "
            "imprisonment of up to twenty years."
        ),
        Heading("Dual Criminality"),
        Numbered(
            "The conduct would also constitute offences under the law of the Philippines, in particular direct "
            "bribery under Article 210 of the Revised Penal Code and money laundering under Section 4 of Republic Act "
            "No. 9160, the Anti-Money Laundering Act of 2001, as amended."
        ),
        Heading("Assistance Requested"),
        Numbered(
            "Indonesia asks that Rudy Hartono Gunawan be temporarily transferred in custody to Indonesia so that he "
            "can give evidence as a witness at the trial of Agus Setiawan Pranoto before the Corruption Court on "
            "9 September 2024. He has consented to the transfer in a letter signed in the presence of his counsel on "
            "3 June 2024."
        ),
        Numbered(
            "The prosecution will examine him on the following matters: the purchase orders issued by PT Samudra "
            "Rekayasa Nusantara to Visayas Marine Supply Corporation and whether any goods were supplied; who "
            "instructed him to withdraw and transfer the money; the cash he handed to Agus Setiawan Pranoto, when and "
            "where; and the transfer of USD 620,000 to Singapore."
        ),
        Numbered(
            "Indonesia further asks for certified true copies of the following records of Visayas Marine Supply "
            "Corporation held by the SEC: the articles of incorporation and by-laws, and the general information "
            "sheets filed for the years 2017 to 2023."
        ),
        Heading("Purpose and Relevance"),
        Numbered(
            "The evidence of Rudy Hartono Gunawan is the only direct evidence of the cash payments recorded in the "
            "notebook described in paragraph 10 above, and the corporate records will show who owned and controlled "
            "Visayas Marine Supply Corporation when the payments were made. Both will be offered in evidence at the "
            "trial in Case Register No. 41/2024."
        ),
        Heading("Conditions of the Transfer and Procedures"),
        Numbered(
            "Indonesia undertakes that Rudy Hartono Gunawan will be kept in custody throughout his stay in Indonesia, "
            "at the KPK detention centre in Jakarta; that he will not be prosecuted, detained or otherwise restricted "
            "in his liberty in Indonesia for any act or conviction before his departure from the Philippines; and "
            "that he will be returned to the custody of the Bureau of Corrections of the Philippines, escorted by "
            "officers of the KPK, no later than 30 September 2024. Indonesia will bear the costs of the transfer."
        ),
        Numbered(
            "He will give evidence on oath before the Corruption Court, in the presence of the defence, in accordance "
            "with the Indonesian Code of Criminal Procedure. The SEC records should bear the certification of an "
            "authorised officer of the SEC that they are true copies of the records on file."
        ),
        Heading("Confidentiality"),
        Numbered(
            "Bambang Sutrisno is still under investigation and does not know of this request. Indonesia asks that the "
            "request and its contents be kept confidential, except to the extent needed to execute it."
        ),
        Heading("Use of the Evidence"),
        Numbered(
            "The evidence obtained will be used only in the criminal proceedings described in this request and in "
            "the related investigation of Bambang Sutrisno, and not for any other purpose without the prior consent "
            "of the Department of Justice of the Philippines."
        ),
        Heading("Contact"),
        Numbered(
            "The KPK public prosecutor in charge of the case is Ms Ratna Dewi Lestari, telephone +62 21 2557 8341, "
            "email ratna.lestari@kpk.go.id. Questions about the transmission of the request may be put to Mr Yudi "
            "Prasetyo, Directorate of International Law and Central Authority, telephone +62 21 5202 390, email "
            "yudi.prasetyo@kemenkumham.go.id."
        ),
        Lines(
            "(Signed)",
            "Dr. Hendarto Wibisono",
            "Director of International Law and Central Authority",
            "for the Minister of Law and Human Rights of the Republic of Indonesia",
            "Jakarta, 15 July 2024",
        ),
    ),
)

CA_TO_AU = Sample(
    name="complete_ca_to_au",
    format="txt",
    style="Plain-text prose letter, no headings or numbering, with an URGENT line that gives its reason and date",
    description=(
        "Complete request from the International Assistance Group of the Department of Justice Canada to "
        "Australia's Attorney-General's Department under the Budapest Convention (Articles 25 and 31) and the "
        "Harare Scheme, for subscriber information, log records and the stored content of an email account held "
        "by an Australian provider in a ransomware extortion case. Near-misses: 'URGENT' with the date the "
        "preservation lapses and why, the Convention's Article 29 preservation, section numbers of statutes, and "
        "'Internet Protocol (IP)' spelled out. No findings."
    ),
    date=datetime(2024, 9, 17, 14, 30),
    author="Department of Justice Canada",
    confidentiality_clause=True,
    near_misses=(
        "URGENT",
        "under Article 29 of the Convention",
        "Internet Protocol (IP)",
    ),
    items=(
        Lines(
            "Department of Justice Canada",
            "International Assistance Group",
            "284 Wellington Street",
            "Ottawa, Ontario K1A 0H8",
            "Canada",
        ),
        Lines("Our file: 2024-0772", "17 September 2024"),
        Lines(
            "International Crime Cooperation Central Authority",
            "Attorney-General's Department",
            "3-5 National Circuit",
            "Barton, Australian Capital Territory 2600",
            "Australia",
        ),
        Para(
            "Re: Request for mutual legal assistance in R. v. Tyler James Bouchard (Ontario Court of Justice, Ottawa): "
            "subscriber information, log records and stored content held by Wattle Mail Pty Ltd"
        ),
        Para(
            "URGENT: the preservation of the records requested lapses on 29 October 2024"
        ),
        Para("Dear Sir or Madam,"),
        Para(
            "I am counsel with the International Assistance Group of the Department of Justice Canada, Canada's "
            "central authority for mutual legal assistance in criminal matters. I write on behalf of the Minister of "
            "Justice and Attorney General of Canada, at the request of the Royal Canadian Mounted Police and of the "
            "Crown Attorney's Office in Ottawa, to ask the Commonwealth of Australia to obtain electronic evidence "
            "held by an Australian email provider. The request is made under Articles 25 and 31 of the Council of "
            "Europe Convention on Cybercrime, done at Budapest on 23 November 2001, to which Canada and Australia are "
            "both parties, and under the Scheme relating to Mutual Assistance in Criminal Matters within the "
            "Commonwealth, and is sent under the Mutual Legal Assistance in Criminal Matters Act of Canada. We "
            "understand that it will be dealt with under section 15B of the Mutual Assistance in Criminal Matters "
            "Act 1987 (Cth). Canada will give Australia the same assistance in a comparable case."
        ),
        Para(
            "I must ask you to treat the request as urgent. The records were preserved by Wattle Mail Pty Ltd on "
            "2 May 2024 at the request of the Australian Federal Police, acting on a preservation request sent by the "
            "Royal Canadian Mounted Police through the 24/7 Network under Article 29 of the Convention, and we are "
            "told that the preservation lapses on 29 October 2024, after which the provider may delete the records. "
            "If the request cannot be executed by then, we ask that the preservation be extended."
        ),
        Para(
            "The investigation is conducted by the National Cybercrime Coordination Centre of the Royal Canadian "
            "Mounted Police in Ottawa. On 3 April 2024 Tyler James Bouchard was arrested and charged with extortion, "
            "contrary to section 346 of the Criminal Code of Canada, mischief in relation to computer data, contrary "
            "to section 430(1.1) of the Criminal Code, and unauthorized use of a computer, contrary to section 342.1 "
            "of the Criminal Code. Extortion is punishable by imprisonment for life. He appears before the Ontario "
            "Court of Justice in Ottawa, and the prosecution is conducted by the Crown Attorney's Office in Ottawa. "
            "The investigation continues into the other members of the group."
        ),
        Para(
            "On 14 January 2024 the computer network of the Rideau Valley Community Health Centre in Ottawa was "
            "encrypted by ransomware and patient records were copied from it. A ransom note directed the centre to "
            "negotiate with the address negotiator.kestrel@wattlemail.com.au. Between 15 January and 6 February 2024 "
            "the centre's representative exchanged 31 emails with that address, from which the sender demanded "
            "USD 450,000 in bitcoin and threatened to publish the patient records. The centre did not pay, and on "
            "12 February 2024 part of the records was published on a leak website. The bitcoin wallet named in the "
            "ransom note was accessed from a laptop seized from Tyler James Bouchard on his arrest, and the laptop "
            "held drafts of messages identical to some of those sent from the address."
        ),
        Para(
            "Tyler James Bouchard is a Canadian citizen, born on 2 February 1998 in Gatineau, Quebec, who lives at "
            "1120 Somerset Street West, Apartment 6, Ottawa, Ontario K1Y 3C9. The subscriber of the email account is "
            "not known; the police believe that Mr Bouchard opened it, but this has to be proved."
        ),
        Para(
            "Had the conduct taken place in Australia, it would constitute blackmail under section 249K of the Crimes "
            "Act 1900 of New South Wales and unauthorised modification of data to cause impairment under section "
            "477.2 of the Criminal Code (Cth), each punishable by imprisonment for more than one year."
        ),
        Para(
            "We ask that the competent Australian authorities obtain from Wattle Mail Pty Ltd, 240 Queen Street, "
            "Brisbane, Queensland 4000, for the account negotiator.kestrel@wattlemail.com.au and for the period "
            "1 December 2023 to 30 April 2024: the subscriber information given when the account was opened, "
            "including name, recovery email address, telephone number and payment details; the Internet Protocol (IP) "
            "addresses, with date, time and time zone, from which the account was created and accessed; and the "
            "stored content of the account, namely the emails sent, received and kept as drafts, with their "
            "attachments."
        ),
        Para(
            "The subscriber information and log records are needed to identify who opened and used the account and "
            "to compare the IP addresses with the internet connections used by Tyler James Bouchard. The stored "
            "emails will show who conducted the negotiations and will be tendered as evidence of the extortion at his "
            "trial. They may also identify the other members of the group."
        ),
        Para(
            "So that the records can be admitted under section 30 of the Canada Evidence Act, we ask that they be "
            "accompanied by an affidavit or certificate of a custodian of records of Wattle Mail Pty Ltd stating "
            "that they were made and kept in the usual and ordinary course of business, and that the content be "
            "provided in its native electronic format with full header information."
        ),
        Para(
            "The other members of the group do not know of the investigation in Australia. We ask that this request "
            "and its contents be kept confidential and that Wattle Mail Pty Ltd be asked not to disclose it to the "
            "account holder."
        ),
        Para(
            "Canada will use the material only for the investigation and prosecution described in this letter and "
            "will seek Australia's consent before any other use."
        ),
        Para(
            "For any question please contact me, Nathalie Girard, at +1 613 555 0175 or "
            "nathalie.girard@justice.gc.ca, or the investigator, Corporal Ethan Park of the Royal Canadian Mounted "
            "Police, at +1 613 555 0142 or ethan.park@rcmp-grc.gc.ca."
        ),
        Para("Yours sincerely,"),
        Lines(
            "(Signed)",
            "Nathalie Girard",
            "Counsel, International Assistance Group",
            "Department of Justice Canada",
            "17 September 2024",
        ),
    ),
)

# --------------------------------------------------------------------------- defective requests

IN_TO_AE = Sample(
    name="defective_letter_rogatory_in_to_ae",
    format="pdf",
    style="Indian court Letter Rogatory as PDF: MOST IMMEDIATE marking, court heading, headings, numbered paragraphs",
    description=(
        "Letter Rogatory of a Special Judge in New Delhi, on the application of the Central Bureau of Investigation, "
        "to the United Arab Emirates for bank records, company licence records and the freezing of a Dubai "
        "apartment in a bank-loan fraud. Defects: marked MOST IMMEDIATE with no reason or date (MLA113); relies "
        "only on section 166A of the Code of Criminal Procedure, with no treaty and no assurance of reciprocity "
        "(MLA116); asks for the apartment to be frozen without any Indian attachment order, existing or to be "
        "obtained (MLA117); refers to 'para 24 above' in a letter of 21 paragraphs (MLA205); 'RC' and 'IPC' are "
        "never spelled out (MLA207 x2). Amounts in Indian notation agree with their words."
    ),
    date=datetime(2023, 12, 14, 11, 0),
    author="Central Bureau of Investigation, Economic Offences Wing",
    confidentiality_clause=True,
    near_misses=("Rs. 48,75,00,000 (Rupees Forty-Eight Crore Seventy-Five Lakh only)",),
    running_footer="Letter Rogatory in case RC No. 219(E)/2022",
    expected=(
        Expect("MLA113", "warning", "MOST IMMEDIATE"),
        Expect("MLA116", "warning"),
        Expect("MLA117", "error"),
        Expect("MLA205", "warning", "as detailed in para 24 above"),
        Expect("MLA207", "info", "investigation of case RC No. 219(E)/2022 registered"),
        Expect("MLA207", "info", "467, 468 and 471 IPC"),
    ),
    items=(
        Para("MOST IMMEDIATE"),
        Lines(
            "In the Court of the Special Judge (Prevention of Corruption Act), CBI-09",
            "Rouse Avenue District Courts, New Delhi",
        ),
        Title("Letter Rogatory for Legal Assistance in Criminal Matters"),
        Lines(
            "To",
            "The Competent Judicial Authority",
            "United Arab Emirates",
            "(through the Ministry of Justice, Abu Dhabi)",
        ),
        Para(
            "Subject: Request for legal assistance in the investigation of case RC No. 219(E)/2022 registered by the "
            "Central Bureau of Investigation, New Delhi, against Agarwal Polymers Private Limited and others."
        ),
        Heading("Introduction"),
        Numbered(
            "This Letter Rogatory (LR) is issued by this Court on the application of the Central Bureau of "
            "Investigation (CBI), Economic Offences Wing, New Delhi, which is investigating case RC No. 219(E)/2022, "
            "registered on 16 June 2022 under sections 120-B, 420, 467, 468 and 471 IPC and section 13(2) read with "
            "section 13(1)(d) of the Prevention of Corruption Act, 1988."
        ),
        Numbered(
            "The investigation is being conducted by Shri Vikram Singh Rathore, Deputy Superintendent of Police, CBI, "
            "Economic Offences Wing, New Delhi. On completion of the investigation a report under section 173 of the "
            "Code of Criminal Procedure, 1973 will be filed before this Court, which has jurisdiction to try the case."
        ),
        Heading("Legal Basis"),
        Numbered(
            "This LR is issued under section 166A of the Code of Criminal Procedure, 1973, on the application of the "
            "investigating officer, this Court being satisfied that evidence relating to the case is available in "
            "the United Arab Emirates."
        ),
        Heading("Brief Facts of the Case"),
        Numbered(
            "Agarwal Polymers Private Limited, New Delhi, enjoyed cash credit and letter of credit facilities from a "
            "consortium of three public sector banks led by Bharat Union Bank, Connaught Place branch. Between April "
            "2017 and March 2020 the company, through its managing director Rakesh Kumar Agarwal, obtained the "
            "enhancement of its limits to Rs. 48,75,00,000 (Rupees Forty-Eight Crore Seventy-Five Lakh only) on the "
            "strength of inflated stock statements and forged book debts, with the connivance of unknown officials "
            "of Bharat Union Bank."
        ),
        Numbered(
            "Out of the loan funds, Rs. 19,20,00,000 (Rupees Nineteen Crore Twenty Lakh only) was remitted between "
            "2 May 2018 and 11 February 2020 in 23 transactions to Falcon Crest General Trading LLC, Dubai, as "
            "advance payment for the import of polymer granules. No goods were ever imported against these "
            "remittances, and no bill of entry was ever filed with the customs authorities for them. Falcon Crest General Trading LLC is owned by Nikhil Agarwal, son of Rakesh Kumar Agarwal."
        ),
        Numbered(
            "The loan account of the company was declared a non-performing asset on 30 September 2020, causing a "
            "loss of Rs. 41,36,00,000 (Rupees Forty-One Crore Thirty-Six Lakh only) to the consortium banks. The "
            "forensic audit shows that in 2019 Nikhil Agarwal purchased Apartment No. 2304, Marina Pearl Tower, Dubai "
            "Marina, Dubai, for AED 4,850,000, paid from the account of Falcon Crest General Trading LLC at Gulf "
            "Crescent Bank PJSC."
        ),
        Numbered(
            "Rakesh Kumar Agarwal left India on 4 March 2022 and is believed to be staying in Dubai."
        ),
        Heading("Persons Concerned"),
        Numbered(
            "Rakesh Kumar Agarwal, son of Late Shri Om Prakash Agarwal, Indian national, born on 19 October 1963 at "
            "Hisar, Haryana, holder of Indian passport No. Z4418273, last residing at C-42, Anand Niketan, New Delhi "
            "110021."
        ),
        Numbered(
            "Nikhil Agarwal, son of Rakesh Kumar Agarwal, Indian national, born on 7 June 1989 at New Delhi, holder "
            "of Indian passport No. R7720541, residing at Apartment No. 2304, Marina Pearl Tower, Dubai Marina, Dubai."
        ),
        Numbered(
            "Falcon Crest General Trading LLC, holding commercial licence No. 784512 issued by the Department of "
            "Economy and Tourism, Dubai, with its office at Office 1406, Al Shafar Tower 1, Barsha Heights, Dubai."
        ),
        Heading("Offences"),
        Numbered(
            "The accused persons are alleged to have committed offences punishable under section 120-B (criminal "
            "conspiracy), section 420 (cheating), sections 467 and 468 (forgery) and section 471 (using forged "
            "documents as genuine) IPC, and the unknown bank officials under section 13(2) read with section "
            "13(1)(d) of the Prevention of Corruption Act, 1988."
        ),
        Heading("Assistance Required"),
        Numbered(
            "It is requested that the competent authorities of the United Arab Emirates may kindly obtain from Gulf "
            "Crescent Bank PJSC, Dubai, certified copies of the account opening forms, specimen signatures, "
            "statements of account for the period 1 January 2018 to 31 December 2022 and details of the remitters "
            "and beneficiaries of all transactions above AED 50,000 of account IBAN AE48 0330 0000 1982 7364 510 of "
            "Falcon Crest General Trading LLC and account IBAN AE51 0330 0000 7361 5290 841 of Nikhil Agarwal."
        ),
        Numbered(
            "It is further requested that certified copies of the licence file of Falcon Crest General Trading LLC, "
            "including its memorandum of association and the names of its partners and managers, may be obtained "
            "from the Department of Economy and Tourism, Dubai."
        ),
        Numbered(
            "It is also requested that certified copies of the sale and purchase agreement, title deed and payment "
            "records of Apartment No. 2304, Marina Pearl Tower, plot No. 392-1184, Dubai Marina, may be obtained "
            "from the Dubai Land Department, and that the said apartment may be attached or frozen so that it is not "
            "sold or encumbered, as it has been purchased out of the proceeds of crime as detailed in para 24 above."
        ),
        Heading("Purpose"),
        Numbered(
            "The evidence is required to establish that the loan funds of the consortium banks were diverted to Dubai "
            "through the company's remittances, to identify the persons who controlled Falcon Crest General Trading "
            "LLC, and to trace the proceeds of crime. It will be produced at the trial of the case before this Court."
        ),
        Heading("Procedure"),
        Numbered(
            "The documents may kindly be provided duly certified and authenticated by the competent officer of the "
            "bank or department concerned. Electronic records may be accompanied by a certificate under section 65B "
            "of the Indian Evidence Act, 1872, so as to be admissible in the Indian courts."
        ),
        Heading("Dual Criminality"),
        Numbered(
            "The acts of the accused also constitute offences under the laws of the United Arab Emirates, including "
            "fraud and forgery under Federal Decree-Law No. 31 of 2021 promulgating the Crimes and Penalties Law, and "
            "money laundering under Article 2 of Federal Decree-Law No. 20 of 2018 on Anti-Money Laundering and "
            "Combating the Financing of Terrorism and Illegal Organisations."
        ),
        Heading("Confidentiality"),
        Numbered(
            "It is requested that the contents of this LR be kept confidential and that the accused persons, who are "
            "not aware of it, may not be informed of it."
        ),
        Heading("Use of Evidence"),
        Numbered(
            "The evidence received in execution of this LR will be used only for the purpose of the investigation and "
            "trial of the present case."
        ),
        Heading("Contact"),
        Numbered(
            "The investigating officer, Shri Vikram Singh Rathore, Deputy Superintendent of Police, CBI, may be "
            "contacted on telephone +91 11 2436 8817 or at email vsrathore@cbi.gov.in for any clarification."
        ),
        Numbered("This Court shall be grateful for the assistance rendered."),
        Lines(
            "(Signed)",
            "Sunita Bhardwaj",
            "Special Judge (Prevention of Corruption Act), CBI-09",
            "Rouse Avenue District Courts, New Delhi",
            "Dated: 14 December 2023",
            "(Seal of the Court)",
        ),
    ),
)

KE_GENERIC = Sample(
    name="defective_generic_requested_state_ke",
    format="docx",
    style="Word template request with headings, list-numbered paragraphs and a table of persons, sent unaddressed",
    description=(
        "Request from Kenya's Attorney General, on behalf of the Ethics and Anti-Corruption Commission, prepared as "
        "a template for several countries and sent without naming the requested state anywhere: it is addressed to "
        "'The Central Authority of the Requested State' (MLA202). It asks for 'any and all bank records of the "
        "suspects' with no bank or period (MLA201), and for the proceeds to be traced and frozen without "
        "identifying any property abroad or its link to the offence (MLA117). 'EACC' is never spelled out "
        "(MLA207) and there is no use limitation (MLA114)."
    ),
    date=datetime(2024, 7, 9, 9, 30),
    author="Office of the Attorney General and Department of Justice, Kenya",
    confidentiality_clause=True,
    expected=(
        Expect("MLA202", "error", "The Central Authority of the Requested State"),
        Expect("MLA207", "info", "on behalf of the EACC, which is investigating"),
        Expect("MLA201", "warning", "any and all bank records of the suspects"),
        Expect("MLA117", "error"),
        Expect("MLA114", "warning"),
    ),
    items=(
        Lines(
            "Office of the Attorney General and Department of Justice",
            "Sheria House, Harambee Avenue",
            "P.O. Box 40112-00100",
            "Nairobi, Kenya",
        ),
        Lines("Our ref.: 318/2024", "9 July 2024"),
        Lines("The Central Authority of the Requested State"),
        Title("Request for Mutual Legal Assistance in Criminal Matters"),
        Heading("Requesting Authority"),
        Numbered(
            "The Attorney General of the Republic of Kenya, the Central Authority of Kenya under section 6 of the "
            "Mutual Legal Assistance Act, 2011, presents his compliments to the Central Authority of the Requested "
            "State and makes this request on behalf of the EACC, which is investigating the matter described below "
            "under inquiry file No. 7/2023."
        ),
        Heading("Legal Basis"),
        Numbered(
            "This request is made under Article 46 of the United Nations Convention against Corruption and under the "
            "Mutual Legal Assistance Act, 2011. Kenya undertakes to render the same assistance to the Requested State "
            "in a comparable case."
        ),
        Heading("Background and Proceedings"),
        Numbered(
            "The Commission is investigating the award and payment of contracts for the construction of the Kipsonoi "
            "dam by the Ewaso Highlands Water Works Development Agency, a state corporation, between 2018 and 2022. "
            "The investigation is at an advanced stage; on its completion the Commission will forward its report to "
            "the Director of Public Prosecutions under section 35 of the Anti-Corruption and Economic Crimes Act, "
            "2003 for a decision on prosecution before the Anti-Corruption Court at Milimani, Nairobi."
        ),
        Heading("Persons Concerned"),
        Table(
            ("Name", "Particulars", "Role"),
            (
                "Daniel Kiprotich Mutai",
                "Kenyan citizen, national identity card No. 21847365, born on 12 March 1968, of Karen, Nairobi",
                "Former Managing Director of the Agency; principal suspect",
            ),
            (
                "Esther Chebet Mutai",
                "Kenyan citizen, national identity card No. 23509814, wife of Daniel Kiprotich Mutai, of Karen, Nairobi",
                "Director of Kerio Crest Builders Limited",
            ),
            (
                "Kerio Crest Builders Limited",
                "Company registered in Kenya under No. PVT-RXU5B2LM, with its office in Eldoret",
                "Purported subcontractor; recipient of the funds",
            ),
        ),
        Heading("Summary of Facts"),
        Numbered(
            "In March 2018 the Agency awarded the contract for the Kipsonoi dam to Tumaini Civil Engineering Limited "
            "for KES 2,140,000,000. Mr Mutai approved 14 variation orders which raised the contract sum to "
            "KES 3,365,000,000 although, according to the Agency's engineers, no additional work was required."
        ),
        Numbered(
            "Tumaini Civil Engineering Limited paid KES 610,000,000 to Kerio Crest Builders Limited as subcontract "
            "fees, although Kerio Crest Builders Limited did no work on the site. Kerio Crest Builders Limited then "
            "transferred the equivalent of USD 3,900,000 abroad in 2021 and 2022. Mr and Mrs Mutai travelled abroad "
            "frequently during that period, and the Commission believes that part of the money is held in bank "
            "accounts or was used to buy property in the Requested State."
        ),
        Heading("Offences"),
        Numbered(
            "The suspects are investigated for conspiracy to commit an offence of corruption under section 47A(3) of "
            "the Anti-Corruption and Economic Crimes Act, 2003, fraudulent acquisition of public property under "
            "section 45(1)(a) of that Act, abuse of office under section 46 of that Act, and money laundering under "
            "section 3 of the Proceeds of Crime and Anti-Money Laundering Act, 2009."
        ),
        Heading("Dual Criminality"),
        Numbered(
            "The conduct described above would also constitute offences of corruption, fraud and money laundering "
            "under the law of the Requested State."
        ),
        Heading("Assistance Requested"),
        Numbered(
            "The Central Authority of Kenya requests the competent authorities of the Requested State to obtain any "
            "and all bank records of the suspects and of Kerio Crest Builders Limited and to provide them to the "
            "Commission."
        ),
        Numbered(
            "The Central Authority of Kenya further requests the competent authorities of the Requested State to "
            "trace, identify and freeze the proceeds of the offences described above, pending forfeiture "
            "proceedings in Kenya. On 22 May 2024 the High Court of Kenya, on the application of the Commission, "
            "issued a preservation order under section 56 of the Anti-Corruption and Economic Crimes Act, 2003 "
            "against the property of the suspects."
        ),
        Heading("Purpose"),
        Numbered(
            "The evidence obtained will show how the funds paid by the Agency were moved abroad and who benefited from "
            "them, and will be used in the prosecution of the suspects in Kenya."
        ),
        Heading("Procedures"),
        Numbered(
            "Bank records should be certified as true copies by an authorised officer of the bank and accompanied by "
            "a certificate that they were made in the ordinary course of business, so that they are admissible under "
            "the Evidence Act (Cap. 80) of Kenya."
        ),
        Heading("Confidentiality"),
        Numbered(
            "Kenya requests that this request and its contents be kept confidential and that the suspects not be "
            "informed of it, as disclosure would lead to the dissipation of the assets."
        ),
        Heading("Contact"),
        Numbered(
            "The investigating officer is Mr Joseph Kiptoo Chirchir, Forensic Investigator at the Commission, "
            "telephone +254 20 4997 231, email jchirchir@integrity.go.ke."
        ),
        Lines(
            "(Signed)",
            "Lydia Wairimu Kamau",
            "Solicitor General",
            "for the Attorney General of the Republic of Kenya",
            "Nairobi, 9 July 2024",
        ),
    ),
)

US_TO_FR = Sample(
    name="defective_service_email_us_to_fr",
    format="txt",
    style="One-page email-like request: header lines, short prose paragraphs, office sign-off with no name",
    description=(
        "Pure service request by email from the US Department of Justice, Office of International Affairs, to the "
        "French Ministry of Justice: serve a summons and indictment on a French company charged with foreign "
        "bribery, under the 1998 US-France treaty. No summary of facts is needed for service. Defects: 'URGENT' "
        "in the subject with no reason or date (MLA113); signed only 'Office of International Affairs', with no official's name (MLA115); no use "
        "limitation (MLA114); no dual-criminality statement, a warning for a non-coercive measure (MLA111)."
    ),
    date=datetime(2024, 3, 6, 15, 12),
    author="Office of International Affairs, U.S. Department of Justice",
    confidentiality_clause=True,
    expected=(
        Expect("MLA113", "warning", "URGENT - service of summons"),
        Expect("MLA111", "warning"),
        Expect("MLA114", "warning"),
        Expect("MLA115", "error"),
    ),
    items=(
        Lines(
            "From: Office of International Affairs, Criminal Division, U.S. Department of Justice",
            "To: Bureau de l'entraide pénale internationale, Ministère de la Justice, Paris, France",
            "Date: 6 March 2024",
            "Subject: URGENT - service of summons on Aerostrada SAS",
        ),
        Para("Dear colleagues,"),
        Para(
            "The Office of International Affairs (OIA) of the U.S. Department of Justice, the Central Authority of "
            "the United States, presents this request for assistance on behalf of the Fraud Section of the Criminal "
            "Division under the Treaty on Mutual Legal Assistance in Criminal Matters between the United States of "
            "America and France, signed at Paris on 10 December 1998."
        ),
        Para(
            "On 15 February 2024 a federal grand jury in the Eastern District of Virginia returned an indictment in "
            "United States v. Aerostrada SAS et al., Criminal No. 1:24-cr-00051, charging Aerostrada SAS and two of "
            "its former executives with conspiracy to violate the anti-bribery provisions of the Foreign Corrupt "
            "Practices Act, in violation of Title 18, United States Code, Section 371, and with violations of Title "
            "15, United States Code, Section 78dd-3. The charges concern payments of about USD 3.1 million made "
            "between 2016 and 2020 to officials of a state-owned airline to obtain aircraft maintenance contracts. "
            "The case is prosecuted by the Fraud Section in the United States District Court for the Eastern "
            "District of Virginia."
        ),
        Para(
            "We ask that the competent French authorities serve the attached summons and a copy of the indictment, "
            "with their French translations, on Aerostrada SAS at its registered office, 27 avenue Jean Jaurès, "
            "31000 Toulouse, registered at the Toulouse Trade and Companies Register under number 832 514 907, by "
            "delivering them to its legal representative or to a person authorised to accept service on its behalf."
        ),
        Para(
            "Under Rule 4 of the Federal Rules of Criminal Procedure the company must be served with a summons before "
            "the case against it can proceed; service will require it to appear before the court and answer the "
            "charges."
        ),
        Para(
            "Please return a certificate or record of service stating the date, place and manner of service and the "
            "name and position of the person served. We ask that this request not be made public before service is "
            "effected."
        ),
        Para(
            "Trial Attorney Megan Hollis of the Fraud Section is handling the case and can be reached at "
            "+1 202 555 0143 or megan.hollis@usdoj.gov."
        ),
        Para("Best regards,"),
        Lines(
            "Office of International Affairs",
            "Criminal Division, U.S. Department of Justice",
            "1301 New York Avenue NW, Washington, DC 20530",
        ),
    ),
)

AE_TO_AU = Sample(
    name="defective_copied_paragraph_ae_to_au",
    format="pdf",
    style="PDF request with headings and numbered paragraphs, written from a request previously sent to another state",
    description=(
        "Request from the United Arab Emirates Ministry of Justice, for the Dubai Public Prosecution, to Australia "
        "for a house search in Melbourne and a witness statement in a real-estate investment fraud. Defects: the "
        "search paragraph was copied from a request to the United Kingdom and still asks 'the competent authorities "
        "of the United Kingdom' (MLA203); the legal basis cites 'Article 18 of the United Nations Convention against "
        "Corruption', whose mutual-assistance article is 46 (MLA204 warning); the witness is to be interviewed with "
        "no topics (MLA118); the Contact Details section gives only a department (MLA112); 'CID' is never spelled "
        "out (MLA207)."
    ),
    date=datetime(2024, 8, 21, 10, 0),
    author="Ministry of Justice, United Arab Emirates",
    confidentiality_clause=True,
    expected=(
        Expect(
            "MLA204",
            "warning",
            "Article 18 of the United Nations Convention against Corruption",
        ),
        Expect("MLA207", "info", "carried out by the Dubai Police CID"),
        Expect(
            "MLA203",
            "error",
            "The competent authorities of the United Kingdom are kindly requested",
        ),
        Expect("MLA118", "warning"),
        Expect("MLA112", "warning", "Contact Details"),
    ),
    items=(
        Lines(
            "United Arab Emirates",
            "Ministry of Justice",
            "International Cooperation Department",
            "Abu Dhabi",
        ),
        Lines("Our reference: 4417/2024", "Abu Dhabi, 21 August 2024"),
        Lines(
            "International Crime Cooperation Central Authority",
            "Attorney-General's Department",
            "3-5 National Circuit",
            "Barton, Australian Capital Territory 2600",
            "Australia",
        ),
        Title("Request for Mutual Legal Assistance in Criminal Matters"),
        Heading("Requesting Authority"),
        Numbered(
            "The Ministry of Justice of the United Arab Emirates (UAE), as Central Authority, presents its compliments "
            "to the Attorney-General's Department of the Commonwealth of Australia and submits this request on behalf "
            "of the Dubai Public Prosecution, which is conducting the criminal case described below."
        ),
        Heading("Legal Basis"),
        Numbered(
            "This request is made under Article 18 of the United Nations Convention against Corruption, to which the "
            "UAE and Australia are both parties, and under Federal Law No. 39 of 2006 on International Judicial "
            "Cooperation in Criminal Matters. The UAE undertakes to provide Australia with the same assistance in "
            "similar cases."
        ),
        Heading("The Case"),
        Numbered(
            "Criminal case No. 18734 of 2023 was registered by the Dubai Public Prosecution on 9 October 2023 against "
            "Farid Nasser Haddad on the complaints of 58 investors. The investigation was carried out by the Dubai "
            "Police CID under the supervision of the Public Prosecution. On 12 February 2024 the Public Prosecution "
            "referred the case to the Dubai Criminal Court, where it is pending; the accused has been summoned but "
            "has not appeared."
        ),
        Heading("Facts"),
        Numbered(
            "Farid Nasser Haddad was the owner and manager of Golden Dunes Real Estate Brokerage LLC, Dubai. Between "
            "January 2021 and May 2023 he collected deposits totalling AED 27,400,000 (twenty-seven million four "
            "hundred thousand dirhams) from 58 investors for off-plan apartments in a project called Dunes Residence "
            "in Dubai South. No such project was registered and no land was bought."
        ),
        Numbered(
            "In June 2023 Mr Haddad closed the office and left the UAE for Australia. The company's bank records "
            "show transfers of AED 9,150,000 to accounts in Australia between February and May 2023. His former "
            "business partner, Ms Sandra Louise Mitchell, returned to Australia in August 2023."
        ),
        Heading("Persons Concerned"),
        Numbered(
            "Farid Nasser Haddad, born on 14 November 1979 in Tripoli, Lebanon, of Lebanese and Australian "
            "nationality, Australian passport No. PA4471852, believed to reside at 18 Wattletree Road, Malvern, "
            "Victoria 3144, Australia."
        ),
        Numbered(
            "Sandra Louise Mitchell, born on 2 July 1983 in Geelong, Australian national, residing at 7 Eastern Beach "
            "Road, Geelong, Victoria 3220, Australia."
        ),
        Heading("Offences"),
        Numbered(
            "The accused is charged with fraud under Article 451 of Federal Decree-Law No. 31 of 2021 promulgating "
            "the Crimes and Penalties Law, and with money laundering under Article 2 of Federal Decree-Law No. 20 of "
            "2018 on Anti-Money Laundering and Combating the Financing of Terrorism and Illegal Organisations."
        ),
        Heading("Dual Criminality"),
        Numbered(
            "The acts would also constitute offences under Australian law, namely obtaining property by deception "
            "under section 81 of the Crimes Act 1958 of Victoria and dealing with the proceeds of crime under "
            "Division 400 of the Criminal Code (Cth)."
        ),
        Heading("Assistance Requested"),
        Numbered(
            "The competent authorities of the United Kingdom are kindly requested to search the residence of Farid "
            "Nasser Haddad at 18 Wattletree Road, Malvern, Victoria 3144, and to seize contracts, receipts, investor "
            "lists, bank documents and any computers, mobile telephones and storage devices relating to Golden Dunes "
            "Real Estate Brokerage LLC or Dunes Residence."
        ),
        Numbered(
            "The Australian authorities are also requested to interview Ms Sandra Louise Mitchell as a witness and "
            "to provide her signed statement."
        ),
        Heading("Purpose"),
        Numbered(
            "The documents and devices seized will show how the investors' money was received and where it was "
            "transferred. They and the statement of Ms Mitchell will be presented as evidence to the Dubai Criminal "
            "Court."
        ),
        Heading("Procedures"),
        Numbered(
            "Items seized should be listed in an inventory signed by the officer who carried out the search, sealed, "
            "and handed over with a record of the chain of custody. The witness statement should be signed by the "
            "witness on each page."
        ),
        Heading("Confidentiality"),
        Numbered(
            "The UAE requests that this request be kept confidential and that the accused not be informed of it "
            "before the search."
        ),
        Heading("Use of Evidence"),
        Numbered(
            "The evidence will be used only for the criminal case described in this request and not for any other "
            "purpose without the consent of the Australian authorities."
        ),
        Heading("Contact Details"),
        Numbered(
            "International Cooperation Department, Ministry of Justice, Abu Dhabi, telephone +971 2 681 4000, email "
            "intl.cooperation@moj.gov.ae."
        ),
        Lines(
            "(Signed)",
            "Counsellor Ahmed Saeed Al Mansoori",
            "Director, International Cooperation Department",
            "Ministry of Justice, United Arab Emirates",
            "21 August 2024",
        ),
    ),
)

PH_TO_CA = Sample(
    name="defective_copied_paragraph_ph_to_ca",
    format="docx",
    style="Word request with headings, list-numbered paragraphs and an annex list; undated",
    description=(
        "Request from the Philippine Department of Justice, for the National Bureau of Investigation, to Canada's "
        "International Assistance Group for the subscriber data, log records and stored emails of an account held "
        "by a Canadian provider, and a victim's statement, in an online investment fraud. Defects: the "
        "confidentiality paragraph was copied from a request to the United States and asks 'the Central Authority "
        "of the United States' (MLA203); the legal basis adds the Inter-American Convention on Mutual Assistance, "
        "to which the Philippines is not a party (MLA204 warning); refers to 'Annex D' while the annex list stops "
        "at Annex C (MLA205); the victim-witness is never identified (MLA118); the request is signed but not dated "
        "(MLA115)."
    ),
    date=datetime(2024, 4, 8, 13, 0),
    author="Department of Justice, Republic of the Philippines",
    confidentiality_clause=True,
    expected=(
        Expect(
            "MLA204",
            "warning",
            "Inter-American Convention on Mutual Assistance in Criminal Matters",
        ),
        Expect("MLA205", "warning", "the schedule of questions in Annex D"),
        Expect("MLA203", "error", "the Central Authority of the United States"),
        Expect("MLA118", "warning"),
        Expect("MLA115", "error"),
    ),
    items=(
        Lines(
            "Republic of the Philippines",
            "Department of Justice",
            "Office of the Chief State Counsel",
            "Padre Faura Street, Ermita, Manila 1000",
        ),
        Lines("Mutual Legal Assistance No. 2024-0388"),
        Lines(
            "International Assistance Group",
            "Department of Justice Canada",
            "284 Wellington Street",
            "Ottawa, Ontario K1A 0H8",
            "Canada",
        ),
        Title("Request for Mutual Legal Assistance in Criminal Matters"),
        Heading("Requesting Authority"),
        Numbered(
            "The Department of Justice of the Republic of the Philippines, through the Office of the Chief State "
            "Counsel, the Central Authority of the Philippines, respectfully requests the assistance of Canada on "
            "behalf of the Cybercrime Division of the National Bureau of Investigation (NBI), which is investigating "
            "the case described below."
        ),
        Heading("Legal Basis"),
        Numbered(
            "This request is made under Article 18 of the United Nations Convention against Transnational Organized "
            "Crime and under the Inter-American Convention on Mutual Assistance in Criminal Matters, to both of which "
            "the Philippines and Canada are parties."
        ),
        Heading("Proceedings"),
        Numbered(
            "On 11 March 2024 the NBI Cybercrime Division filed a complaint against Marvin Dela Cruz Salvador and "
            "other persons with the Office of the Secretary of Justice Prosecution Staff, Department of Justice, "
            "Manila, under Docket No. 24-0417. The complaint is under preliminary investigation by a panel of "
            "prosecutors, who will decide whether to file an Information before the Regional Trial Court of Manila."
        ),
        Heading("Summary of Facts"),
        Numbered(
            "From June 2022 to December 2023 an online platform called Crestline Forex Academy offered investors "
            "fixed monthly returns of 15 to 30 percent from foreign-exchange and cryptocurrency trading. At least "
            "1,240 investors, most of them Filipino workers abroad, invested a total of PHP 386,000,000 (three "
            "hundred eighty-six million pesos). Returns to early investors were paid from the deposits of later "
            "investors. In December 2023 the platform stopped paying and its website went offline."
        ),
        Numbered(
            "The platform communicated with investors through the email account support@crestlinefx-academy.com, "
            "which is hosted by Borealis Mail Inc., 200 Front Street West, Toronto, Ontario M5V 3K2, Canada. The "
            "deposits were collected in bank accounts of persons recruited for that purpose, and the NBI has traced "
            "the control of these accounts to Marvin Dela Cruz Salvador, as set out in its report attached as Annex B."
        ),
        Numbered(
            "One of the victims, a nurse who lives in Winnipeg, Manitoba, invested PHP 2,150,000 (two million one "
            "hundred fifty thousand pesos) after receiving emails from the account, and has told the NBI that she is "
            "willing to give a statement."
        ),
        Heading("Persons Concerned"),
        Numbered(
            "Marvin Dela Cruz Salvador, a Filipino citizen, born on 23 January 1987 in Quezon City, holder of "
            "Philippine passport No. P6638104B, residing at 48 Mahogany Street, Barangay Kapitolyo, Pasig City."
        ),
        Heading("Offences"),
        Numbered(
            "The acts constitute estafa by means of false pretences under Article 315(2)(a) of the Revised Penal "
            "Code in relation to Section 6 of Republic Act No. 10175, the Cybercrime Prevention Act of 2012, and the "
            "sale of unregistered securities under Section 8 of Republic Act No. 8799, the Securities Regulation Code."
        ),
        Heading("Dual Criminality"),
        Numbered(
            "The acts would also constitute fraud under section 380 of the Criminal Code of Canada."
        ),
        Heading("Assistance Requested"),
        Numbered(
            "The Philippines requests that the competent Canadian authorities obtain from Borealis Mail Inc., for "
            "the account support@crestlinefx-academy.com and for the period 1 June 2022 to 31 January 2024, the "
            "subscriber information, the Internet Protocol addresses used to create and access the account with "
            "their dates and times, and the stored content of the account, namely the emails sent and received with "
            "their attachments."
        ),
        Numbered(
            "The Philippines further requests that a witness statement be taken from the victim described above "
            "concerning her dealings with Crestline Forex Academy, the emails she received from the account, and the "
            "amounts she paid and to whom."
        ),
        Heading("Purpose and Relevance"),
        Numbered(
            "The records will identify the persons who used the email account to solicit investments and link it to "
            "Marvin Dela Cruz Salvador; the stored emails and the victim's statement will prove the false "
            "representations made to investors. The evidence will be presented in the preliminary investigation and "
            "at trial."
        ),
        Heading("Procedures"),
        Numbered(
            "The records should be accompanied by a certificate of the custodian of records of Borealis Mail Inc. "
            "that they were made and kept in the ordinary course of business. The witness statement should be sworn "
            "before a competent officer, and the schedule of questions in Annex D may be used."
        ),
        Heading("Confidentiality"),
        Numbered(
            "The Philippines requests that the Central Authority of the United States keep this request and its "
            "contents confidential, as disclosure could lead to the deletion of evidence."
        ),
        Heading("Use of the Evidence"),
        Numbered(
            "The evidence obtained will be used only for the investigation and prosecution described in this request."
        ),
        Heading("Contact"),
        Numbered(
            "The officer in charge is Agent Carla Mae Villanueva, NBI Cybercrime Division, telephone "
            "+63 2 8523 8231, email cmvillanueva@nbi.gov.ph."
        ),
        Heading("Annexes"),
        Lines(
            "Annex A: complaint-affidavit of the NBI Cybercrime Division",
            "Annex B: NBI report on the tracing of the investors' deposits",
            "Annex C: copies of the emails received by investors",
        ),
        Lines(
            "(Signed)",
            "Jesus Ramon Dizon Ocampo",
            "State Counsel",
            "for the Chief State Counsel",
        ),
    ),
)

CH_TO_KE = Sample(
    name="defective_copied_paragraph_ch_to_ke",
    format="docx",
    style="Word letter from a federal prosecutor: short headings, list-numbered paragraphs, a table of persons",
    description=(
        "Request from the Office of the Attorney General of Switzerland to Kenya for bank records, company "
        "register records and documents from a Kenyan company, and the freezing of an account, in a foreign-bribery "
        "case. Defects: one paragraph, copied from a parallel request, asks 'the competent authorities of the United "
        "Republic of Tanzania' (MLA203); relies on a Swiss-Kenyan bilateral agreement that is not in the instrument "
        "data (MLA204 info) besides UNCAC Article 46; asks to freeze the account of an official's wife without "
        "saying how it is linked to the offence (MLA117); questions are to go 'through the Federal Office of "
        "Justice', with no named officer, telephone or email (MLA112); no use limitation (MLA114)."
    ),
    date=datetime(2024, 10, 18, 9, 0),
    author="Office of the Attorney General of Switzerland",
    confidentiality_clause=True,
    near_misses=("Article 102 paragraph 2 of that Code",),
    expected=(
        Expect(
            "MLA204",
            "info",
            "Agreement between the Swiss Confederation and the Republic of Kenya on Mutual Assistance",
        ),
        Expect(
            "MLA203",
            "error",
            "competent authorities of the United Republic of Tanzania",
        ),
        Expect("MLA117", "error"),
        Expect("MLA112", "warning"),
        Expect("MLA114", "warning"),
    ),
    items=(
        Lines(
            "Office of the Attorney General of Switzerland",
            "Taubenstrasse 16",
            "3003 Bern",
            "Switzerland",
        ),
        Lines("Case reference: 23.0417", "Bern, 18 October 2024"),
        Lines(
            "Office of the Attorney General and Department of Justice",
            "Sheria House, Harambee Avenue",
            "P.O. Box 40112-00100",
            "Nairobi",
            "Republic of Kenya",
        ),
        Title("Request for Mutual Legal Assistance"),
        Para(
            "Criminal proceedings against Markus Vogel and Helvetia Agri Trading GmbH for bribery of foreign public "
            "officials and money laundering"
        ),
        Heading("Requesting authority"),
        Numbered(
            "The Office of the Attorney General of Switzerland (OAG), the federal prosecution authority, is "
            "conducting the criminal proceedings described below and requests the assistance of the Republic of "
            "Kenya. The request is transmitted through the Federal Office of Justice, Bern."
        ),
        Heading("Legal basis"),
        Numbered(
            "This request is based on the Agreement between the Swiss Confederation and the Republic of Kenya on "
            "Mutual Assistance in Criminal Matters of 11 April 2017, on Article 46 of the United Nations Convention "
            "against Corruption, to which Switzerland and Kenya are both parties, and on the Federal Act on "
            "International Mutual Assistance in Criminal Matters."
        ),
        Heading("Proceedings"),
        Numbered(
            "The OAG opened criminal proceedings on 14 September 2023 against Markus Vogel and against Helvetia Agri "
            "Trading GmbH, Zug, on suspicion of bribery of foreign public officials and money laundering. Markus Vogel "
            "was questioned as an accused person on 6 March 2024. The proceedings are at the investigation stage."
        ),
        Heading("Facts"),
        Numbered(
            "Helvetia Agri Trading GmbH trades in fertiliser. In 2021 and 2022 it supplied 120,000 tonnes of "
            "fertiliser to the Kenyan government's fertiliser subsidy programme under contracts worth USD 71,000,000. "
            "Markus Vogel, its managing director, is suspected of having obtained the contracts by paying bribes to "
            "Mr Peter Kamau Njoroge, then a senior official of the National Cereals and Produce Board, who sat on the "
            "tender committee."
        ),
        Numbered(
            "The payments were disguised as logistics fees. Between March 2021 and November 2022 Helvetia Agri Trading "
            "GmbH paid USD 2,850,000 from its account in Zug to Rift Agro Logistics Limited, Nairobi, under a "
            "logistics agreement. The Swiss bank records show no corresponding logistics services, and emails seized "
            "at the company's offices in Zug show Markus Vogel discussing 'the official's share' of each payment with "
            "the director of Rift Agro Logistics Limited."
        ),
        Heading("Persons concerned"),
        Table(
            ("Name", "Particulars"),
            (
                "Markus Vogel",
                (
                    "Swiss national, born on 30 January 1972 in Lucerne, residing at Alpenstrasse 12, 6300 Zug, "
                    "Switzerland; managing director of Helvetia Agri Trading GmbH"
                ),
            ),
            (
                "Helvetia Agri Trading GmbH",
                "Company entered in the commercial register of the Canton of Zug, Baarerstrasse 75, 6300 Zug",
            ),
            (
                "Peter Kamau Njoroge",
                (
                    "Kenyan citizen, national identity card No. 20418736, of Runda, Nairobi; senior official of the "
                    "National Cereals and Produce Board until 2023"
                ),
            ),
            (
                "Grace Wanjiku Njoroge",
                "Kenyan citizen, national identity card No. 24907153, wife of Peter Kamau Njoroge, of Runda, Nairobi",
            ),
            (
                "Rift Agro Logistics Limited",
                "Company registered in Kenya under No. PVT-4GHK81ZQ, Mombasa Road, Nairobi",
            ),
        ),
        Heading("Offences"),
        Numbered(
            "The suspected offences are bribery of foreign public officials under Article 322septies of the Swiss "
            "Criminal Code, punishable by a custodial sentence of up to five years, money laundering under Article "
            "305bis of the Swiss Criminal Code, and, for Helvetia Agri Trading GmbH, corporate criminal liability "
            "under Article 102 paragraph 2 of that Code."
        ),
        Heading("Dual criminality"),
        Numbered(
            "The conduct would also be punishable under Kenyan law, in particular as bribery under sections 5 and 6 "
            "of the Bribery Act, 2016 and as money laundering under section 3 of the Proceeds of Crime and Anti-Money "
            "Laundering Act, 2009."
        ),
        Heading("Assistance requested"),
        Numbered(
            "The OAG requests the competent Kenyan authorities to obtain, by production order or any other measure "
            "available under Kenyan law, from Savannah Commercial Bank Limited, Nairobi, the account opening "
            "documents, mandates and statements for the period 1 January 2021 to 31 December 2023 of account "
            "No. 0248815307 held by Rift Agro Logistics Limited, and the details of the beneficiaries of all payments "
            "out of that account of KES 1,000,000 or more."
        ),
        Numbered(
            "The OAG further requests that certified copies be obtained from the Business Registration Service of the "
            "register entries and annual returns of Rift Agro Logistics Limited showing its directors and "
            "shareholders since 2020."
        ),
        Numbered(
            "In addition, the Swiss authorities request the competent authorities of the United Republic of Tanzania "
            "to obtain from Rift Agro Logistics Limited the logistics agreement and the invoices it issued to "
            "Helvetia Agri Trading GmbH."
        ),
        Numbered(
            "Finally, the OAG requests that account No. 0392201684 held by Mrs Grace Wanjiku Njoroge at Savannah "
            "Commercial Bank Limited, Nairobi, be frozen, in execution of the seizure order issued by the OAG on "
            "15 October 2024 under Article 263 of the Swiss Criminal Procedure Code, a copy of which is enclosed."
        ),
        Heading("Purpose"),
        Numbered(
            "The bank records and company documents are needed to establish whether the logistics fees were passed on "
            "to Mr Peter Kamau Njoroge and who controls Rift Agro Logistics Limited. They will be used as evidence in "
            "the Swiss criminal proceedings."
        ),
        Heading("Form of execution"),
        Numbered(
            "Bank records should be provided as copies certified by the bank, with a declaration of the bank that "
            "they are complete. Company register documents should be certified by the Registrar."
        ),
        Heading("Confidentiality"),
        Numbered(
            "We ask that the request be kept confidential and that the account holders not be informed of it, since "
            "the suspects could otherwise move the funds."
        ),
        Para(
            "We thank the Kenyan authorities for their assistance. Any questions may be addressed to the OAG through "
            "the Federal Office of Justice."
        ),
        Lines(
            "Office of the Attorney General of Switzerland",
            "Dr. Andrea Kessler",
            "Federal Prosecutor",
            "Bern, 18 October 2024",
        ),
    ),
)

AU_GENERIC = Sample(
    name="defective_generic_requested_state_au",
    format="txt",
    style="Plain-text template request with capitalised title, headings and numbered paragraphs, sent unaddressed",
    description=(
        "Request from Australia's Attorney-General's Department, for the Australian Federal Police and the "
        "Commonwealth Director of Public Prosecutions, to examine a yacht crew member as a witness in a cocaine "
        "importation case, written as a template that never names the requested state: 'To the competent "
        "authority of the Requested State' (MLA202). Defects: the only legal basis is the Mutual Assistance in "
        "Criminal Matters Act 1987 (Cth), with no treaty and no reciprocity (MLA116); 'This request is urgent.' with "
        "no reason or date (MLA113); the witness's whereabouts and the topics of the examination are not given "
        "(MLA118); the signature block has a title but no name (MLA115)."
    ),
    date=datetime(2024, 8, 12, 12, 0),
    author="Attorney-General's Department",
    confidentiality_clause=True,
    expected=(
        Expect("MLA202", "error", "To the competent authority of the Requested State"),
        Expect("MLA116", "warning"),
        Expect("MLA113", "warning", "This request is urgent."),
        Expect("MLA118", "warning"),
        Expect("MLA115", "error"),
    ),
    items=(
        Lines(
            "Attorney-General's Department",
            "International Crime Cooperation Central Authority",
            "3-5 National Circuit",
            "Barton, Australian Capital Territory 2600",
            "Australia",
        ),
        Lines("Our reference: 2024/04418", "12 August 2024"),
        Lines("To the competent authority of the Requested State"),
        Title("REQUEST FOR ASSISTANCE IN A CRIMINAL MATTER"),
        Heading("Introduction"),
        Numbered(
            "The Attorney-General's Department of the Commonwealth of Australia, through its International Crime "
            "Cooperation Central Authority, makes this request on behalf of the Australian Federal Police (AFP) and "
            "the Commonwealth Director of Public Prosecutions (CDPP), which are investigating and prosecuting the "
            "offences described below."
        ),
        Numbered(
            "This request is made under the Mutual Assistance in Criminal Matters Act 1987 (Cth)."
        ),
        Numbered("This request is urgent."),
        Heading("The Proceedings"),
        Numbered(
            "The AFP is investigating the importation of 412 kilograms of cocaine into Australia on the yacht Southern "
            "Wanderer, which arrived at Fremantle, Western Australia, on 19 March 2024. Brendan Michael Costa, the "
            "skipper of the yacht, was arrested on arrival and has been charged with importing a commercial quantity "
            "of a border controlled drug. He is before the Magistrates Court of Western Australia in Perth, and the "
            "prosecution is conducted by the CDPP. The investigation into the organisers of the importation continues."
        ),
        Heading("Summary of Facts"),
        Numbered(
            "The Southern Wanderer left its last port of call in the Requested State on 2 February 2024 and sailed "
            "directly to Fremantle. On its arrival officers of the Australian Border Force found 412 kilograms of "
            "cocaine in 380 packages hidden behind panels in the hull. Mr Costa told investigators that he did not "
            "know the packages were on board and that the yacht had been repaired in a boatyard in the Requested "
            "State in January 2024. Lachlan James Reid, who had crewed the yacht for four months, left it two days "
            "before its departure and did not return to Australia. Messages on Mr Costa's mobile telephone show that "
            "Mr Reid was present while the yacht was in the boatyard."
        ),
        Heading("Offences"),
        Numbered(
            "Mr Costa is charged with importing a commercial quantity of a border controlled drug, contrary to section "
            "307.1 of the Criminal Code (Cth), punishable by imprisonment for life. Persons who helped him may be "
            "charged with conspiracy to commit that offence under section 11.5 of the Criminal Code (Cth)."
        ),
        Heading("Dual Criminality"),
        Numbered(
            "The conduct would also constitute an offence of drug trafficking under the law of the Requested State."
        ),
        Heading("Persons Concerned"),
        Numbered(
            "Brendan Michael Costa, an Australian citizen, born on 9 September 1976 in Perth, holder of Australian "
            "passport No. PB8830417, in custody at Hakea Prison, Perth."
        ),
        Numbered(
            "Lachlan James Reid, an Australian citizen, born on 27 May 1994 in Cairns, holder of Australian passport "
            "No. PE2094631."
        ),
        Heading("Assistance Requested"),
        Numbered(
            "Australia requests that Mr Lachlan James Reid be examined as a witness, on oath, by a judicial officer "
            "of the Requested State, and that the examination be conducted by video link so that the CDPP prosecutor "
            "and counsel for Mr Costa may put questions to him."
        ),
        Heading("Purpose"),
        Numbered(
            "Mr Reid's evidence is relevant to the charge against Mr Costa and will be tendered at his trial in the "
            "Supreme Court of Western Australia."
        ),
        Heading("Procedures"),
        Numbered(
            "The examination should be recorded and transcribed, and the transcript certified by the judicial "
            "officer. Australia will arrange the video link through the AFP."
        ),
        Heading("Confidentiality"),
        Numbered(
            "Australia asks that this request be kept confidential, except to the extent needed to execute it."
        ),
        Heading("Use of the Evidence"),
        Numbered(
            "The evidence obtained will be used only for the proceedings described in this request, unless the "
            "Requested State consents to another use."
        ),
        Heading("Contact"),
        Numbered(
            "The case officer is Detective Sergeant Mia Chen, AFP, telephone +61 8 5550 1294, email "
            "mia.chen@afp.gov.au."
        ),
        Lines(
            "(Signed)",
            "Assistant Secretary",
            "International Crime Cooperation Central Authority",
            "12 August 2024",
        ),
    ),
)

ID_GENERIC = Sample(
    name="defective_generic_requested_state_id",
    format="pdf",
    style="Terse PDF template request by a non-native drafter: headings, numbered paragraphs, unaddressed",
    description=(
        "Request from Indonesia's Attorney General Office for bank and company records in a pension-fund "
        "corruption and money-laundering case, written by a non-native drafter as a template addressed to "
        "'Central Authority of Requested State' and never naming the state (MLA202). Defects: based only on "
        "Indonesia's Law Number 1 of 2006, with no treaty and no reciprocity (MLA116); the Contact Person section "
        "names no officer (MLA112); refers to 'paragraph 21' of a 17-paragraph request (MLA205); 'PPATK' and "
        "'TPPU' are never spelled out (MLA207 x2). Near-miss: 'Article 2 paragraph (1)' of a statute; 'PT' is "
        "spelled out."
    ),
    date=datetime(2024, 8, 26, 8, 0),
    author="Attorney General Office of the Republic of Indonesia",
    confidentiality_clause=True,
    near_misses=("Article 2 paragraph (1)", "(Perseroan Terbatas)"),
    expected=(
        Expect("MLA202", "error", "Central Authority of Requested State"),
        Expect("MLA116", "warning"),
        Expect("MLA207", "info", "Based on analysis of PPATK"),
        Expect("MLA207", "info", "and TPPU according to Article 3"),
        Expect("MLA205", "warning", "as mentioned in paragraph 21"),
        Expect("MLA112", "warning", "Contact Person"),
    ),
    items=(
        Lines(
            "Attorney General Office of the Republic of Indonesia",
            "Deputy Attorney General for Special Crimes",
            "Jalan Sultan Hasanuddin No. 1, Kebayoran Baru, Jakarta Selatan 12160",
        ),
        Lines("Number: 2214/08/2024", "Jakarta, 26 August 2024"),
        Lines("To:", "Central Authority of Requested State"),
        Title("Request for Mutual Legal Assistance in Criminal Matter"),
        Heading("Introduction"),
        Numbered(
            "Attorney General Office of the Republic of Indonesia hereby submit request for mutual legal assistance "
            "in connection with investigation of corruption and money laundering case in the management of pension "
            "fund of PT Perkebunan Sawit Nusantara (Persero), a state-owned plantation company. PT is abbreviation of "
            "limited liability company (Perseroan Terbatas)."
        ),
        Numbered(
            "The investigation is conducted by investigators of the Deputy Attorney General for Special Crimes based "
            "on Investigation Order dated 3 April 2024. The case is in investigation stage and after investigation "
            "will be submitted to the Corruption Court at Central Jakarta District Court."
        ),
        Heading("Legal Basis"),
        Numbered(
            "This request is based on Law Number 1 of 2006 concerning Mutual Assistance in Criminal Matters."
        ),
        Heading("Summary of Case"),
        Numbered(
            "In period 2019 until 2022, the pension fund of PT Perkebunan Sawit Nusantara (Persero) placed investment "
            "of IDR 1,150,000,000,000 in medium term notes issued by PT Cahaya Agro Lestari, a company controlled by "
            "suspect Irwan Budiman Saputra. The notes had no real underlying business and were never repaid."
        ),
        Numbered(
            "Based on analysis of PPATK, part of the money, around USD 8,400,000, was transferred out of Indonesia to "
            "account of Meridian Palm Investments Limited in the Requested State, and from there used by the suspects "
            "for purchase of apartment and luxury cars."
        ),
        Numbered(
            "Investigators already examined 37 witnesses and seized documents from office of the pension fund. "
            "Suspect Irwan Budiman Saputra is detained since 15 May 2024. Suspect Hendra Gunawan Lim, former "
            "President Director of the pension fund, is still on the run."
        ),
        Heading("Suspects"),
        Numbered(
            "Irwan Budiman Saputra, Indonesian citizen, born in Medan on 11 November 1970, identity number "
            "1271031111700002, address Jalan Kemang Raya 45, Jakarta Selatan."
        ),
        Numbered(
            "Hendra Gunawan Lim, Indonesian citizen, born in Pontianak on 6 February 1968, passport number B7715203, "
            "whereabouts unknown."
        ),
        Heading("Offences"),
        Numbered(
            "The suspects are suspected of corruption according to Article 2 paragraph (1) and Article 3 of Law "
            "Number 31 of 1999 as amended by Law Number 20 of 2001 concerning Eradication of Criminal Acts of "
            "Corruption, and TPPU according to Article 3 of Law Number 8 of 2010 concerning Prevention and "
            "Eradication of Money Laundering Crime."
        ),
        Heading("Dual Criminality"),
        Numbered(
            "The acts of the suspects are also criminal offences in the Requested State, namely fraud, corruption and "
            "money laundering."
        ),
        Heading("Assistance Requested"),
        Numbered(
            "Requested to the competent authority of the Requested State to provide bank documents of account number "
            "4410-228170-01 in name of Meridian Palm Investments Limited at Orchid Pacific Bank, consist of account "
            "opening documents, statement of account from 1 January 2019 until 31 December 2023, and documents of "
            "incoming and outgoing transfers."
        ),
        Numbered(
            "Requested also to provide company documents of Meridian Palm Investments Limited from company registry, "
            "namely directors, shareholders and beneficial owner."
        ),
        Heading("Purpose"),
        Numbered(
            "The documents will be used to prove flow of fund from the pension fund to the suspects, as mentioned in "
            "paragraph 21, and as evidence in the Corruption Court."
        ),
        Heading("Procedure"),
        Numbered(
            "Documents kindly certified by the bank and by the company registry, so can be used as evidence in "
            "Indonesian court."
        ),
        Heading("Confidentiality"),
        Numbered(
            "Kindly this request is kept confidential, because suspect Hendra Gunawan Lim is still on the run and can "
            "move the money."
        ),
        Heading("Use of Evidence"),
        Numbered(
            "Evidence obtained will be used only for investigation and prosecution of this case."
        ),
        Heading("Contact Person"),
        Numbered(
            "Directorate of Investigation, Deputy Attorney General for Special Crimes, telephone +62 21 7221 337."
        ),
        Lines(
            "Jakarta, 26 August 2024",
            "Deputy Attorney General for Special Crimes",
            "(signed)",
            "Dr. Bambang Hartono Wijaya",
        ),
    ),
)

CORPUS_B: tuple[Sample, ...] = (
    FR_TO_CH,
    ID_TO_PH,
    CA_TO_AU,
    IN_TO_AE,
    KE_GENERIC,
    US_TO_FR,
    AE_TO_AU,
    PH_TO_CA,
    CH_TO_KE,
    AU_GENERIC,
    ID_GENERIC,
)
"""The requests of this batch, in README order."""
