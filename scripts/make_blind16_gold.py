#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind16.

Texts: tests/fixtures/blind16/news.jsonl (eight original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors (the table layout and
helper functions follow scripts/make_blind15_gold.py and scripts/make_blind14_gold.py).

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, that spans of one type do not overlap, that every document of news.jsonl is
in every output file, and writes tests/fixtures/gold/blind16.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind16_gold.py [--show]   (--show prints every span in context)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import run  # noqa: E402  (the shared offsets, checks and writer)


# --------------------------------------------------------------------------------------------
# ENTITIES: (doc, surface, occurrences, label, qid, canonical name, form)
# `occurrences` is a list of occurrence indices of the surface in the document, or "all".
# QIDs only where the annotator was sure; otherwise None.
# --------------------------------------------------------------------------------------------
UZBEKISTAN, RUSSIA, USSR, PANAMA, VENEZUELA, COLOMBIA, USA, ECUADOR, HAITI = (
    "Q265", "Q159", "Q15180", "Q804", "Q717", "Q739", "Q30", "Q736", "Q790")
ESWATINI, SOUTH_AFRICA, DOMINICAN_REP, ALBANIA, ITALY, GERMANY, AUSTRIA = (
    "Q1050", "Q258", "Q786", "Q222", "Q38", "Q183", "Q40")
TIMOR_LESTE, MALAYSIA, INDONESIA, PORTUGAL, JAMAICA, LESOTHO, UK, BOTSWANA = (
    "Q574", "Q833", "Q252", "Q45", "Q766", "Q1013", "Q145", "Q963")
UN, REUTERS, AP, AFP, ASEAN, BBC = ("Q1065", "Q130879", "Q40469", "Q40464", "Q7768", "Q9531")

ENTITIES = [
    # d01_karakalpakstan (TASHKENT, Nukus, Moscow, Karakalpakstan (an autonomous republic inside
    # Uzbekistan, like blind15's Chechnya), `the Central Asian country`, `the Kremlin`, `the
    # prosecutor general's office`, `the regional interior department` and `Rights groups` not
    # tagged; the resident Bakhtiyar is not an official)
    ("d01_karakalpakstan", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d01_karakalpakstan", "Uzbekistan", "all", "COUNTRY", UZBEKISTAN, "Uzbekistan", "name"),
    ("d01_karakalpakstan", "Abror Mamatov", [0], "OFFICIAL", None, "Abror Mamatov", "name"),
    ("d01_karakalpakstan", "National Guard", [0], "ORG", None, "National Guard of Uzbekistan", "name"),
    ("d01_karakalpakstan", "Shavkat Mirziyoyev", [0], "OFFICIAL", None, "Shavkat Mirziyoyev", "name"),
    ("d01_karakalpakstan", "Mirziyoyev", [1], "OFFICIAL", None, "Shavkat Mirziyoyev", "surname"),
    ("d01_karakalpakstan", "Dmitry Peskov", [0], "OFFICIAL", None, "Dmitry Peskov", "name"),
    ("d01_karakalpakstan", "Russia", [0], "COUNTRY", RUSSIA, "Russia", "name"),
    ("d01_karakalpakstan", "United Nations", [0], "ORG", UN, "United Nations", "name"),
    ("d01_karakalpakstan", "Michelle Bachelet", [0], "OFFICIAL", None, "Michelle Bachelet", "name"),
    # `the Uzbek republic in 1936` is the Uzbek SSR, the state's predecessor: linked to Uzbekistan
    ("d01_karakalpakstan", "Uzbek", [0], "COUNTRY", UZBEKISTAN, "Uzbekistan", "demonym"),
    ("d01_karakalpakstan", "Soviet Union", [0], "COUNTRY", USSR, "Soviet Union", "name"),

    # d02_darien (PANAMA CITY, Darién Gap, Bajo Chiquito, Canaan Membrillo, Tuquesa River and
    # Washington not tagged)
    ("d02_darien", "Panama", "all", "COUNTRY", PANAMA, "Panama", "name"),  # headline, Panama's, Panama cannot
    ("d02_darien", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d02_darien", "Panamanian", [0], "COUNTRY", PANAMA, "Panama", "demonym"),
    ("d02_darien", "Juan Manuel Pino", [0], "OFFICIAL", None, "Juan Manuel Pino", "name"),
    ("d02_darien", "Pino", [1, 2], "OFFICIAL", None, "Juan Manuel Pino", "surname"),
    ("d02_darien", "National Border Service", [0], "ORG", None, "National Border Service (Senafront)", "name"),
    ("d02_darien", "Senafront", [0], "ORG", None, "National Border Service (Senafront)", "acronym"),
    ("d02_darien", "Venezuelan", [0], "COUNTRY", VENEZUELA, "Venezuela", "demonym"),
    ("d02_darien", "Venezuelans", [0], "COUNTRY", VENEZUELA, "Venezuela", "demonym"),
    ("d02_darien", "Colombian", "all", "COUNTRY", COLOMBIA, "Colombia", "demonym"),
    ("d02_darien", "Colombia", "all", "COUNTRY", COLOMBIA, "Colombia", "name"),
    ("d02_darien", "Gulf Clan", [0], "GROUP", None, "Gulf Clan", "name"),
    ("d02_darien", "International Organization for Migration", [0], "ORG", None,
     "International Organization for Migration", "name"),
    ("d02_darien", "Gustavo Petro", [0], "OFFICIAL", None, "Gustavo Petro", "name"),
    ("d02_darien", "Laurentino Cortizo", [0], "OFFICIAL", None, "Laurentino Cortizo", "name"),
    ("d02_darien", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("d02_darien", "Ecuadorians", [0], "COUNTRY", ECUADOR, "Ecuador", "demonym"),
    ("d02_darien", "Haitians", [0], "COUNTRY", HAITI, "Haiti", "demonym"),

    # d03_eswatini (MBABANE, Manzini, Matsapha, `Africa's`, `the kingdom`, `His Majesty`, the Mbabane
    # Government Hospital, the People's United Democratic Movement (a banned political party) and its
    # secretary general Wandile Dludlu (a party official, not a legislator), the byline journalist,
    # the nurse and Nomsa Dube not tagged)
    ("d03_eswatini", "Eswatini", "all", "COUNTRY", ESWATINI, "Eswatini", "name"),
    ("d03_eswatini", "Swaziland", [0], "COUNTRY", ESWATINI, "Eswatini", "alias"),
    ("d03_eswatini", "Themba Masuku", [0], "OFFICIAL", None, "Themba Masuku", "name"),
    ("d03_eswatini", "Mswati III", [0], "OFFICIAL", None, "Mswati III", "name"),  # "King" outside
    ("d03_eswatini", "William Dlamini", [0], "OFFICIAL", None, "William Dlamini", "name"),
    ("d03_eswatini", "Southern African Development Community", [0], "ORG", None,
     "Southern African Development Community", "name"),
    ("d03_eswatini", "South Africa", [0], "COUNTRY", SOUTH_AFRICA, "South Africa", "name"),

    # d04_dominican_haiti (SANTO DOMINGO, Massacre River, Dajabón, Ouanaminthe, Port-au-Prince, `the
    # Dominican government` → the demonym only; `Haiti's gangs` → Haiti)
    ("d04_dominican_haiti", "Reuters", "all", "ORG", REUTERS, "Reuters", "name"),
    ("d04_dominican_haiti", "Dominican Republic", [0], "COUNTRY", DOMINICAN_REP, "Dominican Republic", "name"),
    ("d04_dominican_haiti", "Haiti", "all", "COUNTRY", HAITI, "Haiti", "name"),
    ("d04_dominican_haiti", "Haitian", "all", "COUNTRY", HAITI, "Haiti", "demonym"),
    ("d04_dominican_haiti", "Haitians", [0], "COUNTRY", HAITI, "Haiti", "demonym"),
    ("d04_dominican_haiti", "Luis Abinader", [0], "OFFICIAL", None, "Luis Abinader", "name"),
    ("d04_dominican_haiti", "Dominican", [1], "COUNTRY", DOMINICAN_REP, "Dominican Republic", "demonym"),
    ("d04_dominican_haiti", "Roberto \u00c1lvarez", [0], "OFFICIAL", None, "Roberto \u00c1lvarez", "name"),
    ("d04_dominican_haiti", "Carlos Luciano D\u00edaz Morfa", [0], "OFFICIAL", None,
     "Carlos Luciano D\u00edaz Morfa", "name"),
    ("d04_dominican_haiti", "Dominican Army", [0], "ORG", None, "Dominican Army", "name"),
    ("d04_dominican_haiti", "Jean Victor G\u00e9n\u00e9us", [0], "OFFICIAL", None, "Jean Victor G\u00e9n\u00e9us", "name"),
    ("d04_dominican_haiti", "G\u00e9n\u00e9us", [1], "OFFICIAL", None, "Jean Victor G\u00e9n\u00e9us", "surname"),
    ("d04_dominican_haiti", "Ariel Henry", [0], "OFFICIAL", None, "Ariel Henry", "name"),
    ("d04_dominican_haiti", "Organization of American States", [0], "ORG", None,
     "Organization of American States", "name"),
    ("d04_dominican_haiti", "Specialized Corps for Land Border Security", [0], "ORG", None,
     "Specialized Corps for Land Border Security (CESFRONT)", "name"),
    ("d04_dominican_haiti", "Felipe N\u00fa\u00f1ez", [0], "OFFICIAL", None, "Felipe N\u00fa\u00f1ez", "name"),
    ("d04_dominican_haiti", "400 Mawozo", [0], "GROUP", None, "400 Mawozo", "name"),
    ("d04_dominican_haiti", "G9", [0], "GROUP", None, "G9 an Fanmi", "acronym"),
    # a gang leader is an armed group's leader; his nickname is a variant of his name
    ("d04_dominican_haiti", "Jimmy Cherizier", [0], "OFFICIAL", None, "Jimmy Cherizier", "name"),
    ("d04_dominican_haiti", "Barbecue", [0], "OFFICIAL", None, "Jimmy Cherizier", "alias"),
    ("d04_dominican_haiti", "U.N.", [0], "ORG", UN, "United Nations", "acronym"),

    # d05_albania (ALL CAPS; TIRANA, VLORE, GJIROKASTER, BONN, `THE GERMAN DEFENSE MINISTRY` (the
    # demonym only), `HOSPITAL OFFICIALS`, `A DOCTOR` not tagged)
    ("d05_albania", "ALBANIAN", [0], "COUNTRY", ALBANIA, "Albania", "demonym"),
    ("d05_albania", "ALBANIA", "all", "COUNTRY", ALBANIA, "Albania", "name"),
    ("d05_albania", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d05_albania", "SALI BERISHA", [0], "OFFICIAL", None, "Sali Berisha", "name"),
    ("d05_albania", "BASHKIM FINO", [0], "OFFICIAL", None, "Bashkim Fino", "name"),
    ("d05_albania", "FINO", [1], "OFFICIAL", None, "Bashkim Fino", "surname"),
    ("d05_albania", "ITALIAN", "all", "COUNTRY", ITALY, "Italy", "demonym"),
    ("d05_albania", "GERMAN", "all", "COUNTRY", GERMANY, "Germany", "demonym"),
    ("d05_albania", "ALBANIANS", [0], "COUNTRY", ALBANIA, "Albania", "demonym"),
    ("d05_albania", "ORGANIZATION FOR SECURITY AND COOPERATION IN EUROPE", [0], "ORG", None,
     "Organization for Security and Co-operation in Europe", "name"),
    ("d05_albania", "AUSTRIAN", [0], "COUNTRY", AUSTRIA, "Austria", "demonym"),
    ("d05_albania", "FRANZ VRANITZKY", [0], "OFFICIAL", None, "Franz Vranitzky", "name"),

    # d06_timor (KUALA LUMPUR, Dili, Jakarta (capitals), `Timor` in `served in Timor` (the island
    # under occupation, not the state), `East Timor` inside UNTAET's name, `a truth commission`, `the
    # army` not tagged)
    ("d06_timor", "Timor-Leste", "all", "COUNTRY", TIMOR_LESTE, "Timor-Leste", "name"),
    ("d06_timor", "ASEAN", "all", "ORG", ASEAN, "Association of Southeast Asian Nations", "acronym"),
    ("d06_timor", "AFP", [0], "ORG", AFP, "Agence France-Presse", "acronym"),
    ("d06_timor", "Association of Southeast Asian Nations", [0], "ORG", ASEAN,
     "Association of Southeast Asian Nations", "name"),
    ("d06_timor", "Xanana Gusm\u00e3o", [0], "OFFICIAL", None, "Xanana Gusm\u00e3o", "name"),
    ("d06_timor", "Gusm\u00e3o", [1], "OFFICIAL", None, "Xanana Gusm\u00e3o", "surname"),
    ("d06_timor", "Malaysian", "all", "COUNTRY", MALAYSIA, "Malaysia", "demonym"),
    ("d06_timor", "Anwar Ibrahim", [0], "OFFICIAL", None, "Anwar Ibrahim", "name"),
    ("d06_timor", "Indonesian", "all", "COUNTRY", INDONESIA, "Indonesia", "demonym"),
    ("d06_timor", "Indonesia", [0], "COUNTRY", INDONESIA, "Indonesia", "name"),
    ("d06_timor", "Portuguese", [0], "COUNTRY", PORTUGAL, "Portugal", "demonym"),
    ("d06_timor", "Suharto", [0], "OFFICIAL", None, "Suharto", "name"),
    ("d06_timor", "UN", [0], "ORG", UN, "United Nations", "acronym"),  # UN-organised
    ("d06_timor", "United Nations Transitional Administration in East Timor", [0], "ORG", None,
     "United Nations Transitional Administration in East Timor", "name"),
    ("d06_timor", "Jos\u00e9 Ramos-Horta", [0], "OFFICIAL", None, "Jos\u00e9 Ramos-Horta", "name"),
    ("d06_timor", "Ramos-Horta", [1], "OFFICIAL", None, "Jos\u00e9 Ramos-Horta", "surname"),
    # the rebel leader commanded an armed group
    ("d06_timor", "Alfredo Reinado", [0], "OFFICIAL", None, "Alfredo Reinado", "name"),
    ("d06_timor", "Reinado", [1], "OFFICIAL", None, "Alfredo Reinado", "surname"),
    ("d06_timor", "Prabowo Subianto", [0], "OFFICIAL", None, "Prabowo Subianto", "name"),

    # d07_jamaica (KINGSTON, Kingston, St. Catherine, Clarendon, Spanish Town, Parliament, the Supreme
    # Court, `Police` not tagged; `Jamaica` 3 and 4 are inside the JCF's and JDF's names)
    ("d07_jamaica", "Jamaica", [0, 1, 2], "COUNTRY", JAMAICA, "Jamaica", "name"),
    ("d07_jamaica", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d07_jamaica", "Andrew Holness", [0], "OFFICIAL", None, "Andrew Holness", "name"),
    ("d07_jamaica", "Holness", [1], "OFFICIAL", None, "Andrew Holness", "surname"),
    ("d07_jamaica", "Horace Chang", [0], "OFFICIAL", None, "Horace Chang", "name"),
    ("d07_jamaica", "Clansman gang", [0], "GROUP", None, "Clansman gang", "name"),
    ("d07_jamaica", "Fitz Bailey", [0], "OFFICIAL", None, "Fitz Bailey", "name"),
    ("d07_jamaica", "Jamaica Constabulary Force", [0], "ORG", None, "Jamaica Constabulary Force", "name"),
    ("d07_jamaica", "Mark Golding", [0], "OFFICIAL", None, "Mark Golding", "name"),  # opposition leader, MP
    ("d07_jamaica", "Jamaica Defence Force", [0], "ORG", None, "Jamaica Defence Force", "name"),

    # d08_lesotho (MASERU, Maseru, Pretoria, `the mountain kingdom`, `South Africa's government` → the
    # name only, `parliament`, `a political party` not tagged)
    ("d08_lesotho", "Reuters", "all", "ORG", REUTERS, "Reuters", "name"),
    ("d08_lesotho", "Lesotho", [0, 2], "COUNTRY", LESOTHO, "Lesotho", "name"),  # 1 is in the LDF
    ("d08_lesotho", "Tom Thabane", [0], "OFFICIAL", None, "Tom Thabane", "name"),
    ("d08_lesotho", "Thabane", [1, 2, 3, 4, 5], "OFFICIAL", None, "Tom Thabane", "surname"),
    ("d08_lesotho", "South Africa", "all", "COUNTRY", SOUTH_AFRICA, "South Africa", "name"),
    ("d08_lesotho", "South African", "all", "COUNTRY", SOUTH_AFRICA, "South Africa", "demonym"),
    ("d08_lesotho", "Clifford Molefe", [0], "OFFICIAL", None, "Clifford Molefe", "name"),
    ("d08_lesotho", "BBC", [0], "ORG", BBC, "BBC", "acronym"),
    ("d08_lesotho", "Lesotho Defence Force", [0], "ORG", None, "Lesotho Defence Force", "name"),
    ("d08_lesotho", "Ntlele Ntoi", [0], "OFFICIAL", None, "Ntlele Ntoi", "name"),
    ("d08_lesotho", "Mothetjoa Metsing", [0], "OFFICIAL", None, "Mothetjoa Metsing", "name"),
    ("d08_lesotho", "Tlali Kamoli", [0], "OFFICIAL", None, "Tlali Kamoli", "name"),
    ("d08_lesotho", "Southern African Development Community", [0], "ORG", None,
     "Southern African Development Community", "name"),
    ("d08_lesotho", "Jacob Zuma", [0], "OFFICIAL", None, "Jacob Zuma", "name"),
    ("d08_lesotho", "Britain", [0], "COUNTRY", UK, "United Kingdom", "alias"),
    ("d08_lesotho", "Botswanan", [0], "COUNTRY", BOTSWANA, "Botswana", "demonym"),
    ("d08_lesotho", "SADC", [0], "ORG", None, "Southern African Development Community", "acronym"),
]

# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# --------------------------------------------------------------------------------------------
DATES = [
    # d01_karakalpakstan, document date 2022-07-04 (Monday, 2022-W27)
    ("d01_karakalpakstan", "July 4", 0, "DATE", "2022-07-04", "document"),
    ("d01_karakalpakstan", "last week", 0, "DATE", "2022-W26", "document"),
    ("d01_karakalpakstan", "Monday", 0, "DATE", "2022-07-04", "document"),
    ("d01_karakalpakstan", "2005", 0, "DATE", "2005", "absolute"),  # since 2005
    ("d01_karakalpakstan", "several hours", 0, "DURATION", "PTXH", "absolute"),
    ("d01_karakalpakstan", "Saturday", 0, "DATE", "2022-07-02", "document"),
    ("d01_karakalpakstan", "Friday", 0, "DATE", "2022-07-01", "document"),
    ("d01_karakalpakstan", "the following day", 0, "DATE", "2022-07-02", "document"),
    ("d01_karakalpakstan", "month-long", 0, "DURATION", "P1M", "absolute"),
    ("d01_karakalpakstan", "Sunday", 0, "DATE", "2022-07-03", "document"),
    ("d01_karakalpakstan", "Friday", 1, "DATE", "2022-07-01", "document"),  # since Friday
    ("d01_karakalpakstan", "1936", 0, "DATE", "1936", "absolute"),

    # d02_darien, document date 2023-10-12 (Thursday, 2023-W41)
    ("d02_darien", "this year", 0, "DATE", "2023", "document"),  # "so far this year"
    ("d02_darien", "Thursday", 0, "DATE", "2023-10-12", "document"),
    ("d02_darien", "the previous year", 0, "DATE", "2022", "document"),
    ("d02_darien", "every day", 0, "SET", "P1D", "absolute"),
    ("d02_darien", "five to seven days", 0, "DURATION", "PXD", "absolute"),  # a range: one span, PXD
    ("d02_darien", "Sept. 28", 0, "DATE", "2023-09-28", "document"),
    ("d02_darien", "single-day", 0, "DURATION", "P1D", "absolute"),  # a single-day record (as `36-hour`)
    ("d02_darien", "Wednesday", 0, "DATE", "2023-10-11", "document"),
    ("d02_darien", "January", 0, "DATE", "2023-01", "document"),  # since January
    ("d02_darien", "last week", 0, "DATE", "2023-W40", "document"),
    ("d02_darien", "Oct. 2", 0, "DATE", "2023-10-02", "document"),
    ("d02_darien", "August", 0, "DATE", "2023-08", "document"),
    ("d02_darien", "2021", 0, "DATE", "2021", "absolute"),  # since 2021
    ("d02_darien", "April 11", 0, "DATE", "2023-04-11", "document"),
    ("d02_darien", "60-day", 0, "DURATION", "P60D", "absolute"),
    ("d02_darien", "June", 0, "DATE", "2023-06", "document"),
    ("d02_darien", "next month", 0, "DATE", "2023-11", "document"),
    ("d02_darien", "the end of the year", 0, "DATE", "2023", "document"),  # before the end of the year
    ("d02_darien", "the first half of 2024", 0, "DATE", "2024-H1", "absolute"),

    # d03_eswatini, no input date; byline `Friday, 2 July 2021` (2021-W26)
    ("d03_eswatini", "Friday, 2 July 2021", 0, "DATE", "2021-07-02", "absolute"),
    ("d03_eswatini", "Friday", 1, "DATE", "2021-07-02", "document"),
    ("d03_eswatini", "three days", 0, "DURATION", "P3D", "absolute"),
    ("d03_eswatini", "2018", 0, "DATE", "2018", "absolute"),
    ("d03_eswatini", "Tuesday", 0, "DATE", "2021-06-29", "document"),  # since Tuesday
    ("d03_eswatini", "Thursday", 0, "DATE", "2021-07-01", "document"),
    ("d03_eswatini", "Wednesday night", 0, "TIME", "2021-06-30TNI", "document"),
    ("d03_eswatini", "Tuesday", 1, "DATE", "2021-06-29", "document"),
    ("d03_eswatini", "May", 0, "DATE", "2021-05", "document"),
    ("d03_eswatini", "1973", 0, "DATE", "1973", "absolute"),  # since 1973
    ("d03_eswatini", "Thursday", 1, "DATE", "2021-07-01", "document"),
    ("d03_eswatini", "two weeks", 0, "DURATION", "P2W", "absolute"),  # within two weeks

    # d04_dominican_haiti, document date 2023-09-15 (Friday, 2023-W37)
    ("d04_dominican_haiti", "Sept 15", 0, "DATE", "2023-09-15", "document"),
    ("d04_dominican_haiti", "Friday", 0, "DATE", "2023-09-15", "document"),
    ("d04_dominican_haiti", "Thursday night", 0, "TIME", "2023-09-14TNI", "document"),
    ("d04_dominican_haiti", "1929", 0, "DATE", "1929", "absolute"),  # a 1929 treaty
    ("d04_dominican_haiti", "weeks", 0, "DURATION", "PXW", "absolute"),  # for weeks
    ("d04_dominican_haiti", "Monday", 0, "DATE", "2023-09-11", "document"),  # since Monday
    ("d04_dominican_haiti", "Friday", 1, "DATE", "2023-09-15", "document"),
    ("d04_dominican_haiti", "Thursday", 1, "DATE", "2023-09-14", "document"),
    ("d04_dominican_haiti", "twice a week", 0, "SET", "P1W", "absolute"),
    ("d04_dominican_haiti", "Friday", 2, "DATE", "2023-09-15", "document"),
    ("d04_dominican_haiti", "January", 0, "DATE", "2023-01", "document"),
    ("d04_dominican_haiti", "mid-August", 0, "DATE", "2023-08", "document"),

    # d05_albania, document date 1997-03-14 (Friday, 1997-W11)
    ("d05_albania", "MARCH 14", 0, "DATE", "1997-03-14", "document"),
    ("d05_albania", "FRIDAY", 0, "DATE", "1997-03-14", "document"),
    ("d05_albania", "OVERNIGHT", 0, "TIME", "1997-03-13TNI", "document"),
    ("d05_albania", "EARLY MARCH", 0, "DATE", "1997-03", "document"),
    ("d05_albania", "THREE DAYS AGO", 0, "DATE", "1997-03-11", "document"),
    ("d05_albania", "JANUARY", 0, "DATE", "1997-01", "document"),
    ("d05_albania", "NEXT WEEK", 0, "DATE", "1997-W12", "document"),
    ("d05_albania", "TUESDAY", 0, "DATE", "1997-03-11", "document"),
    ("d05_albania", "THURSDAY", 0, "DATE", "1997-03-13", "document"),

    # d06_timor, document date 2025-10-26 (Sunday, 2025-W43)
    ("d06_timor", "a quarter of a century", 0, "DURATION", "P25Y", "absolute"),  # headline
    ("d06_timor", "26 October 2025", 0, "DATE", "2025-10-26", "absolute"),
    ("d06_timor", "Sunday", 0, "DATE", "2025-10-26", "document"),
    ("d06_timor", "14-year", 0, "DURATION", "P14Y", "absolute"),
    ("d06_timor", "March 2011", 0, "DATE", "2011-03", "absolute"),
    ("d06_timor", "this year", 0, "DATE", "2025", "document"),
    ("d06_timor", "24-year", 0, "DURATION", "P24Y", "absolute"),
    ("d06_timor", "December 1975", 0, "DATE", "1975-12", "absolute"),
    ("d06_timor", "30 August 1999", 0, "DATE", "1999-08-30", "absolute"),
    ("d06_timor", "20 May 2002", 0, "DATE", "2002-05-20", "absolute"),
    ("d06_timor", "2006", 0, "DATE", "2006", "absolute"),
    ("d06_timor", "February 2008", 0, "DATE", "2008-02", "absolute"),
    ("d06_timor", "the next decade", 0, "DURATION", "P10Y", "absolute"),  # the coming ten years

    # d07_jamaica, document date 2022-11-16 (Wednesday, 2022-W46)
    ("d07_jamaica", "November 16, 2022", 0, "DATE", "2022-11-16", "absolute"),
    ("d07_jamaica", "Tuesday", 0, "DATE", "2022-11-15", "document"),
    ("d07_jamaica", "14 days", 0, "DURATION", "P14D", "absolute"),
    ("d07_jamaica", "a weekend", 0, "DATE", "2022-W45-WE", "document"),  # the weekend just past
    ("d07_jamaica", "an hour", 0, "DURATION", "PT1H", "absolute"),  # an hour later (blind12/13)
    ("d07_jamaica", "this year", 0, "DATE", "2022", "document"),
    ("d07_jamaica", "2021", 0, "DATE", "2021", "absolute"),  # the same period of 2021
    ("d07_jamaica", "Monday", 0, "DATE", "2022-11-14", "document"),
    ("d07_jamaica", "2018", 0, "DATE", "2018", "absolute"),  # since 2018
    ("d07_jamaica", "September", 0, "DATE", "2022-09", "document"),
    ("d07_jamaica", "Wednesday morning", 0, "TIME", "2022-11-16TMO", "document"),

    # d08_lesotho, document date 2014-08-31 (Sunday, 2014-W35)
    ("d08_lesotho", "Aug 31", 0, "DATE", "2014-08-31", "document"),
    ("d08_lesotho", "Saturday", 0, "DATE", "2014-08-30", "document"),
    ("d08_lesotho", "around 0400 local time", 0, "TIME", "2014-08-30T04:00", "document"),
    ("d08_lesotho", "0200 GMT", 0, "TIME", "2014-08-30T02:00", "document"),
    ("d08_lesotho", "months", 0, "DURATION", "PXM", "absolute"),  # months of tension
    ("d08_lesotho", "June", 0, "DATE", "2014-06", "document"),
    ("d08_lesotho", "Friday", 0, "DATE", "2014-08-29", "document"),
    ("d08_lesotho", "Monday", 0, "DATE", "2014-09-01", "document"),
    ("d08_lesotho", "1966", 0, "DATE", "1966", "absolute"),
    ("d08_lesotho", "1998", 0, "DATE", "1998", "absolute"),
]

# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, surface, occurrence, label, min, max, approximate, negated, victims)
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    # d01_karakalpakstan (`Of the injured, 38 were being treated in intensive care` is the state of
    # part of the 243 already counted, not a statement of people injured: not annotated; `516 people
    # had been detained` are arrests)
    ("d01_karakalpakstan", "Eighteen people were killed", 0, "KILLED", 18, 18, False, False, "people"),
    ("d01_karakalpakstan", "243 injured", 0, "INJURED", 243, 243, False, False, None),
    ("d01_karakalpakstan", "the dead included four members of the security forces and 14 civilians", 0,
     "KILLED", 18, 18, False, False, "four members of the security forces and 14 civilians"),
    ("d01_karakalpakstan", "two police officers were still missing", 0, "MISSING", 2, 2, False, False,
     "police officers"),
    ("d01_karakalpakstan", "a National Guard conscript had been held hostage", 0, "KIDNAPPED", 1, 1, False,
     False, "National Guard conscript"),
    ("d01_karakalpakstan", "dozens of people were wounded", 0, "INJURED", 24, 99, True, False, "people"),

    # d02_darien (migrant crossing figures are not casualties; `bodies that nobody comes to claim` has
    # no count)
    ("d02_darien", "the bodies of at least 20 migrants", 0, "KILLED", 20, None, False, False, "migrants"),
    ("d02_darien", "Four people, including a 3-year-old girl, drowned", 0, "KILLED", 4, 4, False, False, "people"),
    ("d02_darien", "a Venezuelan man has been missing", 0, "MISSING", 1, 1, False, False, "Venezuelan man"),

    # d03_eswatini
    ("d03_eswatini", "dozens of people were killed", 0, "KILLED", 24, 99, True, False, "people"),
    ("d03_eswatini", "17 people had been brought in with gunshot wounds", 0, "INJURED", 17, 17, False, False,
     "people"),
    ("d03_eswatini", "three of them had died", 0, "KILLED", 3, 3, False, False, None),
    ("d03_eswatini", "her brother was missing", 0, "MISSING", 1, 1, False, False, "her brother"),
    ("d03_eswatini", "a police officer had been hacked to death", 0, "KILLED", 1, 1, False, False, "police officer"),

    # d04_dominican_haiti
    ("d04_dominican_haiti", "no one had been hurt", 0, "INJURED", 0, 0, False, True, None),
    ("d04_dominican_haiti", "more than 2,400 people were killed", 0, "KILLED", 2400, None, False, False, "people"),

    # d05_albania (`HUNDREDS OF THOUSANDS OF ALBANIANS LOST THEIR SAVINGS` is not a casualty)
    ("d05_albania", "AT LEAST 12 PEOPLE WERE KILLED", 0, "KILLED", 12, None, False, False, "PEOPLE"),
    ("d05_albania", "MORE THAN 80 WOUNDED", 0, "INJURED", 80, None, False, False, None),
    ("d05_albania", "TWO CHILDREN WERE AMONG THE DEAD", 0, "KILLED", 2, 2, False, False, "CHILDREN"),
    ("d05_albania", "NO ONE WAS INJURED", 0, "INJURED", 0, 0, False, True, None),
    ("d05_albania", "HELD A POLICE OFFICER AND TWO CUSTOMS OFFICIALS", 0, "KIDNAPPED", 3, 3, False, False,
     "POLICE OFFICER AND TWO CUSTOMS OFFICIALS"),
    ("d05_albania", "THREE ITALIAN JOURNALISTS WHO WENT MISSING", 0, "MISSING", 3, 3, False, False,
     "ITALIAN JOURNALISTS"),

    # d06_timor (`displaced most of the population` has no count)
    ("d06_timor", "As many as 200,000 people died", 0, "KILLED", 1, 200000, True, False, "people"),  # = up to
    ("d06_timor", "killed around 1,400 civilians", 0, "KILLED", 1400, 1400, True, False, "civilians"),
    ("d06_timor", "left dozens dead", 0, "KILLED", 24, 99, True, False, None),
    ("d06_timor", "Jos\u00e9 Ramos-Horta was shot and seriously wounded", 0, "INJURED", 1, 1, False, False,
     "Jos\u00e9 Ramos-Horta"),
    ("d06_timor", "Reinado was killed", 0, "KILLED", 1, 1, False, False, "Reinado"),

    # d07_jamaica (`a few hundred gunmen` and `about 250 gangs` are not casualties)
    ("d07_jamaica", "11 people were killed", 0, "KILLED", 11, 11, False, False, "people"),
    ("d07_jamaica", "1,309 people had been murdered", 0, "KILLED", 1309, 1309, False, False, "people"),
    ("d07_jamaica", "a 7-year-old boy and his mother were shot dead", 0, "KILLED", 2, 2, False, False,
     "7-year-old boy and his mother"),
    ("d07_jamaica", "A neighbor was wounded", 0, "INJURED", 1, 1, False, False, "neighbor"),

    # d08_lesotho (`they wanted to kill me` is no count of victims)
    ("d08_lesotho", "one police officer was killed", 0, "KILLED", 1, 1, False, False, "police officer"),
    ("d08_lesotho", "one officer was shot dead", 0, "KILLED", 1, 1, False, False, "officer"),
    ("d08_lesotho", "nine were wounded, four of them seriously", 0, "INJURED", 9, 9, False, False, None),
    ("d08_lesotho", "more than 60 people were killed", 0, "KILLED", 60, None, False, False, "people"),
]


# --------------------------------------------------------------------------------------------
# QUOTES: (doc, exact quotation with its marks, occurrence, closed, (speaker surface, occurrence
# or None for the nearest), speaker entity or None, (cue surface, occurrence or None))
# --------------------------------------------------------------------------------------------
def off(name):
    return (None, name, "officials")


QUOTES = [
    # d01_karakalpakstan (straight double quotes)
    ("d01_karakalpakstan", "\"The events in Nukus were an attempt to seize state institutions and split the country,\"",
     0, True, ("Mirziyoyev", 1), off("Shavkat Mirziyoyev"), ("said", 3)),
    ("d01_karakalpakstan", "\"Those behind them will answer before the law.\"", 0, True, ("Mirziyoyev", 1),
     off("Shavkat Mirziyoyev"), ("said", 3)),
    ("d01_karakalpakstan", "\"an internal affair of Uzbekistan\"", 0, True, ("Dmitry Peskov", 0),
     off("Dmitry Peskov"), ("called", 0)),
    ("d01_karakalpakstan", "\"We do not know who is alive and who is not,\"", 0, True, ("he", None), None,
     ("said", None)),  # the resident Bakhtiyar (not an entity)

    # d02_darien (curly double quotes)
    ("d02_darien", "\u201cThe Dari\u00e9n is not a route, it is a graveyard,\u201d", 0, True, ("Pino", 1),
     off("Juan Manuel Pino"), ("said", 2)),
    ("d02_darien", "\u201cWe find bodies that nobody comes to claim.\u201d", 0, True, ("Pino", 1),
     off("Juan Manuel Pino"), ("said", 2)),

    # d03_eswatini (straight single quotes among apostrophes)
    ("d03_eswatini", "'His Majesty is in the country and continues to work with the government,'", 0, True,
     ("he", None), off("Themba Masuku"), ("said", None)),
    ("d03_eswatini", "'We are asking for a say in how we are governed, and they answer with bullets,'", 0, True,
     ("Wandile Dludlu", 0), None, ("said", None)),
    ("d03_eswatini", "'within the law'", 0, True, ("William Dlamini", 0), off("William Dlamini"), ("said", None)),

    # d04_dominican_haiti (straight double quotes; `"Barbecue,"` is a nickname, not a quotation)
    ("d04_dominican_haiti", "\"as long as necessary\"", 0, True, ("Luis Abinader", 0), off("Luis Abinader"),
     ("said", None)),
    ("d04_dominican_haiti",
     "\"This is not a measure against the Haitian people, it is a measure in defense of our water,\"", 0, True,
     ("Roberto \u00c1lvarez", 0), off("Roberto \u00c1lvarez"), ("told", None)),
    ("d04_dominican_haiti", "\"We have offered dialogue for weeks.\"", 0, True, ("Roberto \u00c1lvarez", 0),
     off("Roberto \u00c1lvarez"), ("told", None)),
    ("d04_dominican_haiti", "\"for the time needed,\"", 0, True, ("he", None),
     off("Carlos Luciano D\u00edaz Morfa"), ("said", None)),
    ("d04_dominican_haiti", "\"The river belongs to both countries,\"", 0, True, ("G\u00e9n\u00e9us", 1),
     off("Jean Victor G\u00e9n\u00e9us"), ("said", None)),
    ("d04_dominican_haiti", "\"Haitians have the right to use it.\"", 0, True, ("G\u00e9n\u00e9us", 1),
     off("Jean Victor G\u00e9n\u00e9us"), ("said", None)),
    ("d04_dominican_haiti", "\"a disproportionate reaction.\"", 0, True, ("Ariel Henry", 0), off("Ariel Henry"),
     ("called", None)),

    # d05_albania (ALL CAPS)
    ("d05_albania", "\"ALBANIA WILL NOT BE HANDED TO BANDITS,\"", 0, True, ("HE", None), off("Sali Berisha"),
     ("SAID", None)),
    ("d05_albania", "\"WE CANNOT DO THIS ALONE,\"", 0, True, ("FINO", 1), off("Bashkim Fino"), ("TOLD", None)),

    # d06_timor
    ("d06_timor", "\"This is not the end of a journey, but the beginning of a new one,\"", 0, True,
     ("Xanana Gusm\u00e3o", 0), off("Xanana Gusm\u00e3o"), ("said", None)),
    ("d06_timor", "\"a completion of the ASEAN family\"", 0, True, ("Anwar Ibrahim", 0), off("Anwar Ibrahim"),
     ("called", None)),
    ("d06_timor", "\"We are small, but we are not alone any more,\"", 0, True, ("he", None),
     off("Jos\u00e9 Ramos-Horta"), ("said", None)),

    # d07_jamaica (two quotations whose speaker is named only in the next sentence)
    ("d07_jamaica", "\"We will not be held hostage by a few hundred gunmen.\"", 0, True, ("Andrew Holness", 0),
     off("Andrew Holness"), ("The message came from", 0)),
    ("d07_jamaica", "\"Some people will call this heavy-handed. I call it protecting life,\"", 0, True,
     ("he", None), off("Andrew Holness"), ("told", None)),
    ("d07_jamaica", "\"There is no other way.\"", 0, True, ("he", None), off("Andrew Holness"), ("told", None)),
    ("d07_jamaica", "\"better armed than ever.\"", 0, True, ("Horace Chang", 0), off("Horace Chang"),
     ("telling", 0)),
    ("d07_jamaica", "\"They shoot children in their beds.\"", 0, True, ("Fitz Bailey", 0), off("Fitz Bailey"),
     ("said", None)),
    ("d07_jamaica", "\"The states of emergency have become a habit, not a strategy,\"", 0, True, ("he", None),
     off("Mark Golding"), ("said", None)),

    # d08_lesotho
    ("d08_lesotho", "\"The army has taken over the police,\"", 0, True, ("Thabane", 2), off("Tom Thabane"),
     ("told", 1)),
    ("d08_lesotho", "\"I was told they wanted to kill me.\"", 0, True, ("Thabane", 2), off("Tom Thabane"),
     ("told", 1)),
    ("d08_lesotho", "\"The army has returned to its barracks,\"", 0, True, ("he", None), off("Ntlele Ntoi"),
     ("said", None)),
    ("d08_lesotho", "\"unconstitutional change of government\"", 0, True, ("South Africa's government", 0),
     (SOUTH_AFRICA, "South Africa", "countries"), ("said", None)),
]

if __name__ == "__main__":
    run("blind16", ENTITIES, DATES, CASUALTIES, QUOTES)
