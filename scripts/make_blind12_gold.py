#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind12.

Texts: tests/fixtures/blind12/news.jsonl (eight original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors (the table layout and
helper functions follow scripts/make_blind11_gold.py).

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, that spans of one type do not overlap, that every document of news.jsonl is
in every output file, and writes tests/fixtures/gold/blind12.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind12_gold.py [--show]   (--show prints every span in context)
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
THAILAND, CAMBODIA, MALAYSIA, BRAZIL, HONDURAS, GABON, DJIBOUTI, ERITREA, FRANCE, USA = (
    "Q869", "Q424", "Q833", "Q155", "Q783", "Q1000", "Q977", "Q986", "Q142", "Q30")
ALGERIA, MALI, BURKINA, NIGER, RUSSIA, ANGOLA, NIGERIA, KAZAKHSTAN, ARMENIA = (
    "Q262", "Q912", "Q965", "Q1032", "Q159", "Q916", "Q1033", "Q232", "Q399")
UN, EU, AU, REUTERS, AP, AFP = ("Q1065", "Q458", "Q7159", "Q130879", "Q40469", "Q40464")

ENTITIES = [
    # d01_cambodia (SURIN, Bangkok, Ta Muen Thom, Sisaket, Oddar Meanchey, "Thailand's army", the
    # Thai health ministry and Cambodia's defence ministry (only the country words) not tagged)
    ("d01_cambodia", "Thailand", "all", "COUNTRY", THAILAND, "Thailand", "name"),  # dateline "SURIN, Thailand" too
    ("d01_cambodia", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d01_cambodia", "Thai", "all", "COUNTRY", THAILAND, "Thailand", "demonym"),
    ("d01_cambodia", "Cambodian", "all", "COUNTRY", CAMBODIA, "Cambodia", "demonym"),
    ("d01_cambodia", "Cambodia", "all", "COUNTRY", CAMBODIA, "Cambodia", "name"),  # incl. one in a quotation
    ("d01_cambodia", "Somsak Thepsutin", [0], "OFFICIAL", None, "Somsak Thepsutin", "name"),
    ("d01_cambodia", "Richa Suksuwanon", [0], "OFFICIAL", None, "Richa Suksuwanon", "name"),
    ("d01_cambodia", "Maly Socheata", [0], "OFFICIAL", None, "Maly Socheata", "name"),
    ("d01_cambodia", "Phumtham Wechayachai", [0], "OFFICIAL", None, "Phumtham Wechayachai", "name"),
    ("d01_cambodia", "Hun Manet", [0], "OFFICIAL", None, "Hun Manet", "name"),
    ("d01_cambodia", "United Nations Security Council", [0], "ORG", None, "United Nations Security Council", "name"),
    ("d01_cambodia", "Malaysian", [0], "COUNTRY", MALAYSIA, "Malaysia", "demonym"),
    ("d01_cambodia", "Anwar Ibrahim", [0], "OFFICIAL", None, "Anwar Ibrahim", "name"),
    ("d01_cambodia", "Association of Southeast Asian Nations", [0], "ORG", None,
     "Association of Southeast Asian Nations", "name"),
    # d02_brazil (RIO DE JANEIRO, Rio, Alemão, Penha, Brasília, Belém, the state health department,
    # the public defender's office, X, C40, COP30, Prince William not tagged)
    ("d02_brazil", "Brazil", [0], "COUNTRY", BRAZIL, "Brazil", "name"),  # headline
    ("d02_brazil", "AP", "all", "ORG", AP, "Associated Press", "acronym"),  # dateline and "told the AP"
    ("d02_brazil", "Comando Vermelho", [0], "GROUP", None, "Comando Vermelho", "name"),
    ("d02_brazil", "Cláudio Castro", [0], "OFFICIAL", None, "Cláudio Castro", "name"),
    ("d02_brazil", "Red Command", [0], "GROUP", None, "Comando Vermelho", "alias"),
    ("d02_brazil", "Castro", [1], "OFFICIAL", None, "Cláudio Castro", "surname"),  # 0 in the full name
    ("d02_brazil", "Ricardo Lewandowski", [0], "OFFICIAL", None, "Ricardo Lewandowski", "name"),
    ("d02_brazil", "Luiz Inácio Lula da Silva", [0], "OFFICIAL", None, "Luiz Inácio Lula da Silva", "name"),
    ("d02_brazil", "Lewandowski", [1], "OFFICIAL", None, "Ricardo Lewandowski", "surname"),
    ("d02_brazil", "U.N.", [0], "ORG", UN, "United Nations", "acronym"),  # "The U.N. human rights office"
    # d03_honduras (TEGUCIGALPA, Támara, Comayagua, the Women's Center for Social Adaptation /
    # CEFAS (a prison, not a body), "the military police", Twitter not tagged)
    ("d03_honduras", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d03_honduras", "Honduran", "all", "COUNTRY", HONDURAS, "Honduras", "demonym"),
    ("d03_honduras", "Xiomara Castro", [0], "OFFICIAL", None, "Xiomara Castro", "name"),
    ("d03_honduras", "Barrio 18", [0], "GROUP", None, "Barrio 18", "name"),
    ("d03_honduras", "Castro", [1, 2], "OFFICIAL", None, "Xiomara Castro", "surname"),  # 0 in the full name
    ("d03_honduras", "Ramón Sabillón", [0], "OFFICIAL", None, "Ramón Sabillón", "name"),
    ("d03_honduras", "Gustavo Sánchez", [0], "OFFICIAL", None, "Gustavo Sánchez", "name"),  # police chief
    ("d03_honduras", "Julissa Villanueva", [0], "OFFICIAL", None, "Julissa Villanueva", "name"),
    ("d03_honduras", "HCH", [0], "ORG", None, "HCH", "name"),  # a television broadcaster
    ("d03_honduras", "Yuri Mora", [0], "OFFICIAL", None, "Yuri Mora", "name"),  # forensic spokesman
    ("d03_honduras", "Johel Zelaya", [0], "OFFICIAL", None, "Johel Zelaya", "name"),
    ("d03_honduras", "MS-13", [0], "GROUP", None, "MS-13", "name"),
    ("d03_honduras", "National Penitentiary Institute", [0], "ORG", None, "National Penitentiary Institute", "name"),
    ("d03_honduras", "INP", [0], "ORG", None, "National Penitentiary Institute", "acronym"),
    ("d03_honduras", "Honduras", "all", "COUNTRY", HONDURAS, "Honduras", "name"),
    ("d03_honduras", "U.N.", [0], "ORG", UN, "United Nations", "acronym"),
    # d04_gabon (LIBREVILLE, the Angondjé stadium, the Constitutional Court, "the Bongo family" (a
    # family, not one person), the journalist in the byline not tagged)
    ("d04_gabon", "Gabon", "all", "COUNTRY", GABON, "Gabon", "name"),
    ("d04_gabon", "Oligui Nguema", [0, 2], "OFFICIAL", None, "Brice Clotaire Oligui Nguema", "surname"),  # 1 in the full name
    ("d04_gabon", "Brice Clotaire Oligui Nguema", [0], "OFFICIAL", None, "Brice Clotaire Oligui Nguema", "name"),
    ("d04_gabon", "Gabonese", [0], "COUNTRY", GABON, "Gabon", "demonym"),  # in a quotation
    ("d04_gabon", "Ali Bongo Ondimba", [0], "OFFICIAL", None, "Ali Bongo Ondimba", "name"),
    ("d04_gabon", "Ali Bongo", [1], "OFFICIAL", None, "Ali Bongo Ondimba", "alias"),  # 0 in the full name
    ("d04_gabon", "Omar Bongo", [0], "OFFICIAL", None, "Omar Bongo", "name"),
    ("d04_gabon", "African Union", [0], "ORG", AU, "African Union", "name"),
    ("d04_gabon", "Economic Community of Central African States", [0], "ORG", None,
     "Economic Community of Central African States", "name"),
    ("d04_gabon", "ECCAS", [0], "ORG", None, "Economic Community of Central African States", "acronym"),
    ("d04_gabon", "Alain-Claude Bilie-By-Nze", [0], "OFFICIAL", None, "Alain-Claude Bilie-By-Nze", "name"),
    ("d04_gabon", "Télesphore Obame Ngomo", [0], "OFFICIAL", None, "Télesphore Obame Ngomo", "name"),
    # d05_djibouti (the dateline "DJIBOUTI" is the capital city: occurrence 1 not tagged; RAS
    # DOUMEIRA, "ONLY AFRICAN BASE" (the continent), the information ministry not tagged)
    ("d05_djibouti", "DJIBOUTI", [0, 2, 3, 4], "COUNTRY", DJIBOUTI, "Djibouti", "name"),
    ("d05_djibouti", "ERITREA", "all", "COUNTRY", ERITREA, "Eritrea", "name"),  # incl. three in quotations
    ("d05_djibouti", "AP", "all", "ORG", AP, "Associated Press", "acronym"),
    ("d05_djibouti", "DJIBOUTIAN", "all", "COUNTRY", DJIBOUTI, "Djibouti", "demonym"),
    ("d05_djibouti", "ERITREAN", "all", "COUNTRY", ERITREA, "Eritrea", "demonym"),
    ("d05_djibouti", "MAHMOUD ALI YOUSSOUF", [0], "OFFICIAL", None, "Mahmoud Ali Youssouf", "name"),
    ("d05_djibouti", "ISMAIL OMAR GUELLEH", [0], "OFFICIAL", None, "Ismaïl Omar Guelleh", "name"),
    ("d05_djibouti", "ISAIAS AFWERKI", [0], "OFFICIAL", None, "Isaias Afwerki", "name"),
    ("d05_djibouti", "FRANCE", [0], "COUNTRY", FRANCE, "France", "name"),
    ("d05_djibouti", "UNITED STATES", [0], "COUNTRY", USA, "United States", "name"),
    ("d05_djibouti", "U.N. SECURITY COUNCIL", [0], "ORG", None, "United Nations Security Council", "name"),
    ("d05_djibouti", "AFRICAN UNION", [0], "ORG", AU, "African Union", "name"),
    # d06_algeria (ALGIERS, Algiers (also in "the 2015 Algiers peace agreement"), Bamako, Niamey,
    # Ouagadougou, Tinzaouaten, "Tuareg" (an ethnic group), the defence ministry not tagged)
    ("d06_algeria", "Algeria", "all", "COUNTRY", ALGERIA, "Algeria", "name"),  # incl. one in a quotation
    ("d06_algeria", "Mali", "all", "COUNTRY", MALI, "Mali", "name"),
    ("d06_algeria", "AFP", [0], "ORG", AFP, "Agence France-Presse", "acronym"),
    ("d06_algeria", "Malian", "all", "COUNTRY", MALI, "Mali", "demonym"),
    ("d06_algeria", "Algerian", [0], "COUNTRY", ALGERIA, "Algeria", "demonym"),
    ("d06_algeria", "Alliance of Sahel States", [0], "ORG", None, "Alliance of Sahel States", "name"),
    ("d06_algeria", "AES", [0], "ORG", None, "Alliance of Sahel States", "acronym"),
    ("d06_algeria", "Burkina Faso", [0], "COUNTRY", BURKINA, "Burkina Faso", "name"),
    ("d06_algeria", "Niger", [0], "COUNTRY", NIGER, "Niger", "name"),
    ("d06_algeria", "Ahmed Attaf", [0], "OFFICIAL", None, "Ahmed Attaf", "name"),
    ("d06_algeria", "Abdoulaye Diop", [0], "OFFICIAL", None, "Abdoulaye Diop", "name"),
    ("d06_algeria", "Permanent Strategic Framework", [0], "GROUP", None, "Permanent Strategic Framework", "name"),
    ("d06_algeria", "CSP", [0], "GROUP", None, "Permanent Strategic Framework", "acronym"),
    ("d06_algeria", "al-Qaeda", [0], "GROUP", None, "Al-Qaeda", "name"),  # in "al-Qaeda-linked"
    ("d06_algeria", "JNIM", [0], "GROUP", None, "Jama'at Nusrat al-Islam wal-Muslimin", "acronym"),
    ("d06_algeria", "Russian", [0], "COUNTRY", RUSSIA, "Russia", "demonym"),
    ("d06_algeria", "Wagner", [0], "GROUP", None, "Wagner Group", "alias"),  # judgement: an armed group
    ("d06_algeria", "Azawad Liberation Front", [0], "GROUP", None, "Azawad Liberation Front", "name"),
    ("d06_algeria", "FLA", [0], "GROUP", None, "Azawad Liberation Front", "acronym"),
    # d07_angola (LUANDA, Luanda, "Africa's", ANATA (an association), UNITA (a party), the police not tagged)
    ("d07_angola", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d07_angola", "Angola", "all", "COUNTRY", ANGOLA, "Angola", "name"),
    ("d07_angola", "Manuel Homem", [0], "OFFICIAL", None, "Manuel Homem", "name"),
    ("d07_angola", "Homem", [1, 2], "OFFICIAL", None, "Manuel Homem", "surname"),  # 0 in the full name
    ("d07_angola", "Mateus Rodrigues", [0], "OFFICIAL", None, "Mateus Rodrigues", "name"),
    ("d07_angola", "João Lourenço", [0], "OFFICIAL", None, "João Lourenço", "name"),
    ("d07_angola", "Adalberto Costa Júnior", [0], "OFFICIAL", None, "Adalberto Costa Júnior", "name"),  # an MP
    ("d07_angola", "Nigeria", [0], "COUNTRY", NIGERIA, "Nigeria", "name"),
    ("d07_angola", "International Monetary Fund", [0], "ORG", None, "International Monetary Fund", "name"),
    ("d07_angola", "European Union", [0], "ORG", EU, "European Union", "name"),
    # d08_kazakhstan (NUR-SULTAN, Zhanaozen, Almaty, the Interior Ministry, the health ministry,
    # "the bloc", "the alliance" not tagged)
    ("d08_kazakhstan", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d08_kazakhstan", "Kazakh", [0], "COUNTRY", KAZAKHSTAN, "Kazakhstan", "demonym"),
    ("d08_kazakhstan", "Kassym-Jomart Tokayev", [0], "OFFICIAL", None, "Kassym-Jomart Tokayev", "name"),
    ("d08_kazakhstan", "Russian", "all", "COUNTRY", RUSSIA, "Russia", "demonym"),  # incl. "Russian-led"
    ("d08_kazakhstan", "Collective Security Treaty Organization", [0], "ORG", None,
     "Collective Security Treaty Organization", "name"),
    ("d08_kazakhstan", "CSTO", "all", "ORG", None, "Collective Security Treaty Organization", "acronym"),
    ("d08_kazakhstan", "Tokayev", [1, 2], "OFFICIAL", None, "Kassym-Jomart Tokayev", "surname"),  # 0 in the full name
    ("d08_kazakhstan", "Vladimir Putin", [0], "OFFICIAL", None, "Vladimir Putin", "name"),
    ("d08_kazakhstan", "Karim Massimov", [0], "OFFICIAL", None, "Karim Massimov", "name"),
    ("d08_kazakhstan", "National Security Committee", [0], "ORG", None, "National Security Committee (Kazakhstan)", "name"),
    ("d08_kazakhstan", "KNB", [0], "ORG", None, "National Security Committee (Kazakhstan)", "acronym"),
    ("d08_kazakhstan", "Nursultan Nazarbayev", [0], "OFFICIAL", None, "Nursultan Nazarbayev", "name"),
    ("d08_kazakhstan", "Kazakhstan", [0], "COUNTRY", KAZAKHSTAN, "Kazakhstan", "name"),
    ("d08_kazakhstan", "Aidos Ukibay", [0], "OFFICIAL", None, "Aidos Ukibay", "name"),  # the ex-president's spokesman
    ("d08_kazakhstan", "Armenian", [0], "COUNTRY", ARMENIA, "Armenia", "demonym"),
    ("d08_kazakhstan", "Nikol Pashinyan", [0], "OFFICIAL", None, "Nikol Pashinyan", "name"),
]

# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# --------------------------------------------------------------------------------------------
DATES = [
    # d01_cambodia, document date 2025-07-24 (Thursday, 2025-W30)
    ("d01_cambodia", "July 24", 0, "DATE", "2025-07-24", "document"),
    ("d01_cambodia", "Thursday", 0, "DATE", "2025-07-24", "document"),
    ("d01_cambodia", "about 0715 local time", 0, "TIME", "2025-07-24T07:15", "document"),
    ("d01_cambodia", "0015 GMT", 0, "TIME", "2025-07-24T00:15", "document"),
    ("d01_cambodia", "May 28", 0, "DATE", "2025-05-28", "document"),
    ("d01_cambodia", "Wednesday", 0, "DATE", "2025-07-23", "document"),
    ("d01_cambodia", "a week", 0, "DURATION", "P1W", "absolute"),  # "the second such blast in a week"
    ("d01_cambodia", "this year", 0, "DATE", "2025", "document"),
    # d02_brazil, document date 2025-10-29 (Wednesday); the raid was on Tuesday 2025-10-28
    ("d02_brazil", "Tuesday", 0, "DATE", "2025-10-28", "document"),  # "officials said Tuesday"
    ("d02_brazil", "dawn", 0, "TIME", "2025-10-28TMO", "document"),  # "before dawn"
    ("d02_brazil", "Tuesday morning", 0, "TIME", "2025-10-28TMO", "document"),
    ("d02_brazil", "Wednesday morning", 0, "TIME", "2025-10-29TMO", "document"),
    ("d02_brazil", "days", 0, "DURATION", "PXD", "absolute"),  # "days before Rio hosts"
    ("d02_brazil", "a week", 0, "DURATION", "P1W", "absolute"),  # "a week before world leaders meet"
    # d03_honduras, document date 2023-06-21 (Wednesday)
    ("d03_honduras", "June 21", 0, "DATE", "2023-06-21", "document"),
    ("d03_honduras", "Wednesday", 0, "DATE", "2023-06-21", "document"),
    ("d03_honduras", "a day", 0, "DURATION", "P1D", "absolute"),  # "a day after 46 women were killed"
    ("d03_honduras", "Tuesday morning", 0, "TIME", "2023-06-20TMO", "document"),
    ("d03_honduras", "December", 0, "DATE", "2022-12", "document"),  # "since December", in the past
    ("d03_honduras", "2012", 0, "DATE", "2012", "absolute"),
    # d04_gabon, no JSONL date; the byline date Saturday, 3 May 2025
    ("d04_gabon", "Saturday, 3 May 2025", 0, "DATE", "2025-05-03", "absolute"),
    ("d04_gabon", "Saturday", 1, "DATE", "2025-05-03", "document"),  # 0 is in the byline
    ("d04_gabon", "20 months", 0, "DURATION", "P20M", "absolute"),
    ("d04_gabon", "55-year", 0, "DURATION", "P55Y", "absolute"),
    ("d04_gabon", "12 April", 0, "DATE", "2025-04-12", "document"),
    ("d04_gabon", "later that month", 0, "DATE", "2025-04", "document"),
    ("d04_gabon", "now", 0, "DATE", "PRESENT_REF", "absolute"),  # in a quotation
    ("d04_gabon", "30 August 2023", 0, "DATE", "2023-08-30", "absolute"),
    ("d04_gabon", "minutes", 0, "DURATION", "PTXM", "absolute"),
    ("d04_gabon", "2009", 0, "DATE", "2009", "absolute"),
    ("d04_gabon", "1967", 0, "DATE", "1967", "absolute"),
    ("d04_gabon", "the day after", 0, "DATE", "2023-08-31", "document"),  # after the 30 August 2023 coup
    ("d04_gabon", "Wednesday", 0, "DATE", "2025-04-30", "document"),
    ("d04_gabon", "last September", 0, "DATE", "2024-09", "document"),
    ("d04_gabon", "November", 0, "DATE", "2024-11", "document"),  # a past referendum: the previous November
    ("d04_gabon", "seven-year", 0, "DURATION", "P7Y", "absolute"),
    ("d04_gabon", "the coming days", 0, "DURATION", "PXD", "absolute"),  # as blind11's "the coming weeks"
    # d05_djibouti, document date 2008-06-11 (Wednesday)
    ("d05_djibouti", "JUNE 11", 0, "DATE", "2008-06-11", "document"),
    ("d05_djibouti", "WEDNESDAY", 0, "DATE", "2008-06-11", "document"),
    ("d05_djibouti", "LATE TUESDAY", 0, "DATE", "2008-06-10", "document"),
    ("d05_djibouti", "OVERNIGHT", 0, "TIME", "2008-06-10TNI", "document"),
    ("d05_djibouti", "APRIL", 0, "DATE", "2008-04", "document"),  # "SINCE APRIL"
    ("d05_djibouti", "THURSDAY", 0, "DATE", "2008-06-12", "document"),
    # d06_algeria, document date 2025-04-07 (Monday)
    ("d06_algeria", "7 April 2025", 0, "DATE", "2025-04-07", "absolute"),
    ("d06_algeria", "Monday", 0, "DATE", "2025-04-07", "document"),
    ("d06_algeria", "a week", 0, "DURATION", "P1W", "absolute"),  # "a week after its army shot down"
    ("d06_algeria", "midnight", 0, "TIME", "2025-04-01T00:00", "document"),  # "shortly after midnight on 1 April"
    ("d06_algeria", "1 April", 0, "DATE", "2025-04-01", "document"),
    ("d06_algeria", "Sunday", 0, "DATE", "2025-04-06", "document"),
    ("d06_algeria", "the same evening", 0, "TIME", "2025-04-06TEV", "document"),
    ("d06_algeria", "January 2024", 0, "DATE", "2024-01", "absolute"),
    ("d06_algeria", "2015", 0, "DATE", "2015", "absolute"),  # "the 2015 Algiers peace agreement"
    ("d06_algeria", "almost a decade", 0, "DURATION", "P10Y", "absolute"),
    ("d06_algeria", "July last year", 0, "DATE", "2024-07", "document"),
    ("d06_algeria", "three days", 0, "DURATION", "P3D", "absolute"),
    ("d06_algeria", "1 April", 1, "DATE", "2025-04-01", "document"),
    ("d06_algeria", "two weeks", 0, "DURATION", "P2W", "absolute"),  # "will be reviewed in two weeks"
    # d07_angola, document date 2025-07-30 (Wednesday)
    ("d07_angola", "July 30, 2025", 0, "DATE", "2025-07-30", "absolute"),
    ("d07_angola", "two days", 0, "DURATION", "P2D", "absolute"),
    ("d07_angola", "Wednesday", 0, "DATE", "2025-07-30", "document"),
    ("d07_angola", "every day", 0, "SET", "P1D", "absolute"),  # as blind11's "almost every day"
    ("d07_angola", "Monday", 0, "DATE", "2025-07-28", "document"),
    ("d07_angola", "three-day", 0, "DURATION", "P3D", "absolute"),
    ("d07_angola", "the start of July", 0, "DATE", "2025-07", "document"),
    ("d07_angola", "2017", 0, "DATE", "2017", "absolute"),
    ("d07_angola", "2023", 0, "DATE", "2023", "absolute"),
    # d08_kazakhstan, document date 2022-01-10 (Monday, 2022-W02)
    ("d08_kazakhstan", "Jan 10", 0, "DATE", "2022-01-10", "document"),
    ("d08_kazakhstan", "Monday", 0, "DATE", "2022-01-10", "document"),
    ("d08_kazakhstan", "last week", 0, "DATE", "2022-W01", "document"),  # "last week's unrest"
    ("d08_kazakhstan", "days", 0, "DURATION", "PXD", "absolute"),  # "within days"
    ("d08_kazakhstan", "Sunday", 0, "DATE", "2022-01-09", "document"),
    ("d08_kazakhstan", "Jan. 2", 0, "DATE", "2022-01-02", "document"),
    ("d08_kazakhstan", "Jan. 5", 0, "DATE", "2022-01-05", "document"),
    ("d08_kazakhstan", "two days later", 0, "DATE", "2022-01-07", "document"),
    ("d08_kazakhstan", "Saturday", 0, "DATE", "2022-01-08", "document"),
    ("d08_kazakhstan", "nearly three decades", 0, "DURATION", "P30Y", "absolute"),
    ("d08_kazakhstan", "late December", 0, "DATE", "2021-12", "document"),
    ("d08_kazakhstan", "Thursday", 0, "DATE", "2022-01-06", "document"),
    ("d08_kazakhstan", "this week", 0, "DATE", "2022-W02", "document"),
]

# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, surface, occurrence, label, min, max, approximate, negated, victims)
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    # d01_cambodia (an enumeration under "at least": 11 + 1 → min 12, max null; the six killed at the
    # petrol station are a separate statement)
    ("d01_cambodia", "killing at least 11 Thai civilians and a soldier", 0, "KILLED", 12, None, False, False,
     "Thai civilians and a soldier"),
    ("d01_cambodia", "killing six people", 0, "KILLED", 6, 6, False, False, "people"),
    ("d01_cambodia", "Fourteen soldiers and 32 civilians were wounded", 0, "INJURED", 46, 46, False, False,
     "soldiers and 32 civilians"),
    ("d01_cambodia", "one Cambodian civilian was killed", 0, "KILLED", 1, 1, False, False, "Cambodian civilian"),
    ("d01_cambodia", "five were hurt", 0, "INJURED", 5, 5, False, False, None),
    ("d01_cambodia", "No Cambodian soldiers were killed", 0, "KILLED", 0, 0, False, True, "Cambodian soldiers"),
    ("d01_cambodia", "a Cambodian soldier was killed", 0, "KILLED", 1, 1, False, False, "Cambodian soldier"),
    ("d01_cambodia", "wounded five Thai soldiers", 0, "INJURED", 5, 5, False, False, "Thai soldiers"),
    # d02_brazil (81 suspects arrested are not casualties; "the number of deaths" has no count)
    ("d02_brazil", "dozens dead", 0, "KILLED", 24, 99, True, False, None),  # headline
    ("d02_brazil", "left at least 64 people dead", 0, "KILLED", 64, None, False, False, "people"),
    ("d02_brazil", "kidnapped two bus drivers", 0, "KIDNAPPED", 2, 2, False, False, "bus drivers"),
    ("d02_brazil", "Nine officers were wounded", 0, "INJURED", 9, 9, False, False, "officers"),
    ("d02_brazil", "four bystanders were wounded", 0, "INJURED", 4, 4, False, False, "bystanders"),
    ("d02_brazil", "her 17-year-old nephew had been missing", 0, "MISSING", 1, 1, False, False, "nephew"),
    ("d02_brazil", "more than 50 bodies", 0, "KILLED", 50, None, False, False, None),
    ("d02_brazil", "at least 132 people had died", 0, "KILLED", 132, None, False, False, "people"),
    # d03_honduras ("only a few bodies had been identified" counts identifications, not deaths)
    ("d03_honduras", "46 women were killed", 0, "KILLED", 46, 46, False, False, "women"),
    ("d03_honduras", "held two wardens hostage", 0, "KIDNAPPED", 2, 2, False, False, "wardens"),
    ("d03_honduras", "Seven women were wounded", 0, "INJURED", 7, 7, False, False, "women"),
    ("d03_honduras", "361 inmates died", 0, "KILLED", 361, 361, False, False, "inmates"),
    # d04_gabon: none
    # d05_djibouti
    ("d05_djibouti", "9 SOLDIERS DEAD", 0, "KILLED", 9, 9, False, False, "SOLDIERS"),  # headline
    ("d05_djibouti", "NINE OF ITS SOLDIERS HAD BEEN KILLED", 0, "KILLED", 9, 9, False, False, "SOLDIERS"),
    ("d05_djibouti", "AT LEAST 55 SOLDIERS WERE WOUNDED", 0, "INJURED", 55, None, False, False, "SOLDIERS"),
    ("d05_djibouti", "SEVERAL OTHERS WERE MISSING", 0, "MISSING", 3, 9, True, False, "OTHERS"),
    ("d05_djibouti", "DOZENS OF WOUNDED", 0, "INJURED", 24, 99, True, False, None),  # "had arrived by helicopter"
    ("d05_djibouti", "NO CIVILIANS WERE KILLED", 0, "KILLED", 0, 0, False, True, "CIVILIANS"),
    # d06_algeria (the drone "would have hit civilians" is hypothetical and has no count)
    ("d06_algeria", "killed dozens of Malian soldiers and Russian Wagner mercenaries", 0, "KILLED", 24, 99, True,
     False, "Malian soldiers and Russian Wagner mercenaries"),
    # d07_angola (1,200 arrested are not casualties; "Two children were among the dead" is its own
    # sentence from another source: a separate statement)
    ("d07_angola", "Twenty-two people, including a police officer, were killed", 0, "KILLED", 22, 22, False, False,
     "people"),
    ("d07_angola", "197 injured", 0, "INJURED", 197, 197, False, False, None),
    ("d07_angola", "Two children were among the dead", 0, "KILLED", 2, 2, False, False, "children"),
    ("d07_angola", "at least three people were missing", 0, "MISSING", 3, None, False, False, "people"),
    # d08_kazakhstan ("two of them beheaded" is a part of the 16, like "including"; 8,000 detained
    # are not casualties)
    ("d08_kazakhstan", "16 police officers and national guardsmen had been killed", 0, "KILLED", 16, 16, False, False,
     "police officers and national guardsmen"),
    ("d08_kazakhstan", "civilian deaths at 164", 0, "KILLED", 164, 164, False, False, "civilian"),
    ("d08_kazakhstan", "More than 2,200 civilians were injured", 0, "INJURED", 2200, None, False, False, "civilians"),
    ("d08_kazakhstan", "some 1,300 members of the security forces were hurt", 0, "INJURED", 1300, 1300, True, False,
     "members of the security forces"),
]

# --------------------------------------------------------------------------------------------
# QUOTES: (doc, surface incl. marks, occurrence, closed, speaker (surface, occurrence or None for
# the nearest), speaker entity (qid, name, gazetteer) or None, cue (surface, occurrence or None))
# --------------------------------------------------------------------------------------------
def off(name):
    return (None, name, "officials")


QUOTES = [
    # d01_cambodia (straight quotes)
    ("d01_cambodia", "\"Cambodia fired first on civilian areas,\"", 0, True, ("Richa Suksuwanon", 0),
     off("Richa Suksuwanon"), ("told", 0)),
    ("d01_cambodia", "\"We have acted in self-defence.\"", 0, True, ("Richa Suksuwanon", 0),
     off("Richa Suksuwanon"), ("told", 0)),
    ("d01_cambodia", "\"delicate\"", 0, True, ("Phumtham Wechayachai", 0), off("Phumtham Wechayachai"),
     ("said", None)),
    ("d01_cambodia", "\"step back\"", 0, True, ("Anwar Ibrahim", 0), off("Anwar Ibrahim"), ("urged", 0)),
    # d02_brazil (curly double quotes)
    ("d02_brazil", "\u201ca war against narcoterrorism.\u201d", 0, True, ("Cláudio Castro", 0), off("Cláudio Castro"),
     ("called", 0)),
    # Lula's reaction reported by Lewandowski: the explicit attribution is "Lewandowski told reporters"
    ("d02_brazil", "\u201chorrified\u201d", 0, True, ("Lewandowski", 1), off("Ricardo Lewandowski"), ("told", 1)),
    ("d02_brazil", "\u201chorrified\u201d", 1, True, ("U.N. human rights office", 0), None, ("said", None)),
    ("d02_brazil", "\u201cWe remind the authorities of their obligations under international human rights law,\u201d",
     0, True, ("office", None), None, ("wrote", 0)),
    # d03_honduras (straight quotes)
    ("d03_honduras", "\"I will take drastic measures,\"", 0, True, ("she", None), off("Xiomara Castro"), ("wrote", 0)),
    ("d03_honduras", "\"This was planned,\"", 0, True, ("Julissa Villanueva", 0), off("Julissa Villanueva"),
     ("told", 0)),
    ("d03_honduras", "\"Weapons entered and nobody stopped them.\"", 0, True, ("Julissa Villanueva", 0),
     off("Julissa Villanueva"), ("told", 0)),
    ("d03_honduras", "\"shocked\"", 0, True, ("U.N. human rights office", 0), None, ("said", None)),
    # d04_gabon (curly single quotes; the closing mark is also the apostrophe of "Gabon’s")
    ("d04_gabon", "\u2018I will be the president of all Gabonese,\u2019", 0, True, ("he", None),
     off("Brice Clotaire Oligui Nguema"), ("told", 0)),
    ("d04_gabon", "\u2018The transition is over; now the work begins.\u2019", 0, True, ("he", None),
     off("Brice Clotaire Oligui Nguema"), ("told", 0)),
    ("d04_gabon", "\u2018a formality\u2019", 0, True, ("Alain-Claude Bilie-By-Nze", 0),
     off("Alain-Claude Bilie-By-Nze"), ("said", None)),
    # d05_djibouti (ALL CAPS, straight quotes)
    ("d05_djibouti", "\"ERITREA HAS ATTACKED OUR COUNTRY WITHOUT ANY PROVOCATION,\"", 0, True,
     ("MAHMOUD ALI YOUSSOUF", 0), off("Mahmoud Ali Youssouf"), ("TOLD", 0)),
    ("d05_djibouti", "\"ERITREA HAS NOT ATTACKED DJIBOUTI,\"", 0, True, ("IT", None), None, ("SAID", None)),
    ("d05_djibouti", "\"A FABRICATION.\"", 0, True, ("IT", None), None, ("CALLING", 0)),
    ("d05_djibouti", "\"ERITREA'S MILITARY AGGRESSION.\"", 0, True, ("UNITED STATES", 0),
     (USA, "United States", "countries"), ("CONDEMNED", 0)),
    # d06_algeria (straight quotes, British punctuation outside the marks)
    ("d06_algeria", "\"sponsoring international terrorism\"", 0, True, ("Mali", 2), (MALI, "Mali", "countries"),
     ("accused", 0)),
    ("d06_algeria", "\"This is an unacceptable attempt to blame Algeria for the failures of the junta,\"", 0, True,
     ("Ahmed Attaf", 0), off("Ahmed Attaf"), ("said", None)),
    ("d06_algeria", "\"terrorist groups\"", 0, True, ("Abdoulaye Diop", 0), off("Abdoulaye Diop"), ("said", None)),
    # d07_angola (straight quotes)
    ("d07_angola", "\"The government will not tolerate acts of vandalism,\"", 0, True, ("Homem", 2),
     off("Manuel Homem"), ("said", None)),
    ("d07_angola", "\"Order has been restored.\"", 0, True, ("Homem", 2), off("Manuel Homem"), ("said", None)),
    ("d07_angola", "\"in self-defence\"", 0, True, ("Mateus Rodrigues", 0), off("Mateus Rodrigues"), ("said", None)),
    ("d07_angola", "\"calm and dialogue\"", 0, True, ("Adalberto Costa Júnior", 0), off("Adalberto Costa Júnior"),
     ("called for", 0)),
    # d08_kazakhstan (straight quotes)
    ("d08_kazakhstan", "\"armed militants\"", 0, True, ("Kassym-Jomart Tokayev", 0), off("Kassym-Jomart Tokayev"),
     ("said", 0)),
    ("d08_kazakhstan", "\"Under the guise of spontaneous protests, a wave of unrest broke out,\"", 0, True,
     ("Tokayev", 1), off("Kassym-Jomart Tokayev"), ("told", 0)),
    ("d08_kazakhstan", "\"It became clear that the main goal was to undermine the constitutional order.\"", 0, True,
     ("Tokayev", 1), off("Kassym-Jomart Tokayev"), ("told", 0)),
    ("d08_kazakhstan", "\"a colour revolution\"", 0, True, ("Vladimir Putin", 0), off("Vladimir Putin"),
     ("said", None)),
    ("d08_kazakhstan", "\"fire without warning\"", 0, True, ("Tokayev", 2), off("Kassym-Jomart Tokayev"),
     ("ordered", 0)),
]


if __name__ == "__main__":
    run("blind12", ENTITIES, DATES, CASUALTIES, QUOTES)
