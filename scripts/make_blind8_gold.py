#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind8.

Texts: tests/fixtures/blind8/news.jsonl (seven original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors (the table layout and
helper functions follow scripts/make_blind7_gold.py).

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, that spans of one type do not overlap, that every document of news.jsonl is
in every output file, and writes tests/fixtures/gold/blind8.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind8_gold.py [--show]   (--show prints every span in context)
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
BENIN, NIGER, GUYANA, VENEZUELA, SVG, USA, BRAZIL, SRI_LANKA, LIBYA, TUNISIA, ITALY = (
    "Q962", "Q1032", "Q734", "Q717", "Q757", "Q30", "Q155", "Q854", "Q1016", "Q948", "Q38")
MOLDOVA, RUSSIA, UKRAINE, PNG, AUSTRALIA, CHAD, CHINA, FRANCE = (
    "Q217", "Q159", "Q212", "Q691", "Q408", "Q657", "Q148", "Q142")
UN, EU, REUTERS, AP, AFP = ("Q1065", "Q458", "Q130879", "Q40469", "Q40464")

ENTITIES = [
    # d01_benin
    ("d01_benin", "Reuters", "all", "ORG", REUTERS, "Reuters", "name"),
    ("d01_benin", "Benin", "all", "COUNTRY", BENIN, "Benin", "name"),
    ("d01_benin", "Niger", "all", "COUNTRY", NIGER, "Niger", "name"),
    ("d01_benin", "Wilfried Houngbedji", [0], "OFFICIAL", None, "Wilfried Houngbedji", "name"),
    ("d01_benin", "Houngbedji", [1], "OFFICIAL", None, "Wilfried Houngbedji", "surname"),
    ("d01_benin", "Al Qaeda", [0], "GROUP", None, "Al-Qaeda", "name"),  # in "Al Qaeda-linked"
    ("d01_benin", "Jama'at Nusrat al-Islam wal-Muslimin", [0], "GROUP", None,
     "Jama'at Nusrat al-Islam wal-Muslimin", "name"),
    ("d01_benin", "JNIM", [0], "GROUP", None, "Jama'at Nusrat al-Islam wal-Muslimin", "acronym"),
    ("d01_benin", "Patrice Talon", [0], "OFFICIAL", None, "Patrice Talon", "name"),
    # d02_essequibo ("West African", Georgetown, Caracas, the International Court of Justice,
    # Exxon Mobil, Roraima and the analyst Mark Dowling are not tagged)
    ("d02_essequibo", "Guyana", [0, 1, 2, 3, 4, 6, 7], "COUNTRY", GUYANA, "Guyana", "name"),  # 5 in GDF's name
    ("d02_essequibo", "Venezuelan", "all", "COUNTRY", VENEZUELA, "Venezuela", "demonym"),
    ("d02_essequibo", "Venezuela", "all", "COUNTRY", VENEZUELA, "Venezuela", "name"),
    ("d02_essequibo", "Venezuelans", [0], "COUNTRY", VENEZUELA, "Venezuela", "demonym"),
    ("d02_essequibo", "Guyanese", "all", "COUNTRY", GUYANA, "Guyana", "demonym"),
    ("d02_essequibo", "Irfaan Ali", [0], "OFFICIAL", None, "Irfaan Ali", "name"),
    ("d02_essequibo", "Ali", [1], "OFFICIAL", None, "Irfaan Ali", "surname"),
    ("d02_essequibo", "Guyana Defence Force", [0], "ORG", None, "Guyana Defence Force", "name"),
    ("d02_essequibo", "GDF", "all", "ORG", None, "Guyana Defence Force", "acronym"),
    ("d02_essequibo", "Vladimir Padrino López", [0], "OFFICIAL", None, "Vladimir Padrino López", "name"),
    ("d02_essequibo", "Nicolás Maduro", [0], "OFFICIAL", None, "Nicolás Maduro", "name"),
    ("d02_essequibo", "Maduro", [1, 2], "OFFICIAL", None, "Nicolás Maduro", "surname"),
    ("d02_essequibo", "St Vincent and the Grenadines", [0], "COUNTRY", SVG, "Saint Vincent and the Grenadines",
     "name"),
    ("d02_essequibo", "Caribbean Community", [0], "ORG", None, "Caribbean Community", "name"),
    ("d02_essequibo", "Caricom", [0], "ORG", None, "Caribbean Community", "acronym"),
    ("d02_essequibo", "U.S.", "all", "COUNTRY", USA, "United States", "acronym"),
    ("d02_essequibo", "Marco Rubio", [0], "OFFICIAL", None, "Marco Rubio", "name"),
    ("d02_essequibo", "Brazil", [0], "COUNTRY", BRAZIL, "Brazil", "name"),
    # d03_srilanka (Colombo, the court, the lawyer Shiraz Noor and the witness Anoma Perera are not tagged)
    ("d03_srilanka", "Sri Lanka", [0], "COUNTRY", SRI_LANKA, "Sri Lanka", "name"),
    ("d03_srilanka", "National Thowheeth Jama’ath", [0], "GROUP", None, "National Thowheeth Jama'ath", "name"),
    ("d03_srilanka", "NTJ", [0], "GROUP", None, "National Thowheeth Jama'ath", "acronym"),
    ("d03_srilanka", "Islamic State", [0], "GROUP", None, "Islamic State", "name"),
    ("d03_srilanka", "Ruwani Senanayake", [0], "OFFICIAL", None, "Ruwani Senanayake", "name"),  # a judge
    ("d03_srilanka", "Criminal Investigation Department", [0], "ORG", None, "Criminal Investigation Department",
     "name"),
    ("d03_srilanka", "CID", "all", "ORG", None, "Criminal Investigation Department", "acronym"),
    ("d03_srilanka", "Anura Kumara Dissanayake", [0], "OFFICIAL", None, "Anura Kumara Dissanayake", "name"),
    ("d03_srilanka", "Ananda Wijepala", [0], "OFFICIAL", None, "Ananda Wijepala", "name"),
    ("d03_srilanka", "Wijepala", [1], "OFFICIAL", None, "Ananda Wijepala", "surname"),
    # d04_libya (the NGO Mediterranean Rescue Network / MRN and its director Clara Brandt are not tagged)
    ("d04_libya", "Libya", "all", "COUNTRY", LIBYA, "Libya", "name"),
    ("d04_libya", "AFP", [0], "ORG", AFP, "Agence France-Presse", "acronym"),
    ("d04_libya", "Tunisia", [0], "COUNTRY", TUNISIA, "Tunisia", "name"),
    ("d04_libya", "Libyan Coast Guard", [0], "ORG", None, "Libyan Coast Guard", "name"),
    ("d04_libya", "Libyan", [1], "COUNTRY", LIBYA, "Libya", "demonym"),  # lower-case "Libyan coast guard"
    ("d04_libya", "International Organization for Migration", [0], "ORG", None,
     "International Organization for Migration", "name"),
    ("d04_libya", "IOM", "all", "ORG", None, "International Organization for Migration", "acronym"),
    ("d04_libya", "Flavio Di Giacomo", [0], "OFFICIAL", None, "Flavio Di Giacomo", "name"),
    ("d04_libya", "Italy", [0], "COUNTRY", ITALY, "Italy", "name"),
    ("d04_libya", "Giorgia Meloni", [0], "OFFICIAL", None, "Giorgia Meloni", "name"),
    ("d04_libya", "European Union", [0], "ORG", EU, "European Union", "name"),
    ("d04_libya", "EU", [0], "ORG", EU, "European Union", "acronym"),
    ("d04_libya", "Government of National Unity", [0], "ORG", None, "Government of National Unity", "name"),
    ("d04_libya", "Abdul Hamid Dbeibah", [0], "OFFICIAL", None, "Abdul Hamid Dbeibah", "name"),
    ("d04_libya", "United Nations", [0], "ORG", UN, "United Nations", "name"),  # "United Nations refugee agency"
    ("d04_libya", "UNHCR", [0], "ORG", None, "UNHCR", "acronym"),
    # d05_moldova (Moscow, Chișinău, Tiraspol, the Kremlin, Gazprom, Transnistria, "European-funded" not tagged)
    ("d05_moldova", "Moldova", "all", "COUNTRY", MOLDOVA, "Moldova", "name"),
    ("d05_moldova", "Oleg Serebrian", [0], "OFFICIAL", None, "Oleg Serebrian", "name"),
    ("d05_moldova", "Serebrian", [1, 2, 3], "OFFICIAL", None, "Oleg Serebrian", "surname"),
    ("d05_moldova", "Russia", [0], "COUNTRY", RUSSIA, "Russia", "name"),
    ("d05_moldova", "Vadim Krasnoselsky", [0], "OFFICIAL", None, "Vadim Krasnoselsky", "name"),
    ("d05_moldova", "Operational Group of Russian Forces", [0], "ORG", None, "Operational Group of Russian Forces",
     "name"),
    ("d05_moldova", "OGRF", [0], "ORG", None, "Operational Group of Russian Forces", "acronym"),
    ("d05_moldova", "Maia Sandu", [0], "OFFICIAL", None, "Maia Sandu", "name"),
    ("d05_moldova", "European Union", [0], "ORG", EU, "European Union", "name"),
    ("d05_moldova", "EU", [0], "ORG", EU, "European Union", "acronym"),
    ("d05_moldova", "Ukraine", [0], "COUNTRY", UKRAINE, "Ukraine", "name"),
    ("d05_moldova", "Russian", [1], "COUNTRY", RUSSIA, "Russia", "demonym"),  # 0 is in OGRF's name
    # d06_png (Enga, Wabag, Port Moresby, Lae, the Highlands, Joseph Kandi not tagged)
    ("d06_png", "Papua New Guinea", [0], "COUNTRY", PNG, "Papua New Guinea", "name"),  # 1, 2 in ORG names
    ("d06_png", "David Manning", [0], "OFFICIAL", None, "David Manning", "name"),
    ("d06_png", "Manning", [1], "OFFICIAL", None, "David Manning", "surname"),
    ("d06_png", "Royal Papua New Guinea Constabulary", [0], "ORG", None, "Royal Papua New Guinea Constabulary",
     "name"),
    ("d06_png", "RPNGC", [0], "ORG", None, "Royal Papua New Guinea Constabulary", "acronym"),
    ("d06_png", "Papua New Guinea Defence Force", [0], "ORG", None, "Papua New Guinea Defence Force", "name"),
    ("d06_png", "Peter Ipatas", [0], "OFFICIAL", None, "Peter Ipatas", "name"),
    ("d06_png", "James Marape", [0], "OFFICIAL", None, "James Marape", "name"),
    ("d06_png", "Australia", "all", "COUNTRY", AUSTRALIA, "Australia", "name"),
    # d07_chad (N'DJAMENA and LAKE CHAD not tagged)
    ("d07_chad", "CHAD", [0, 1, 2], "COUNTRY", CHAD, "Chad", "name"),  # 3 is LAKE CHAD
    ("d07_chad", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d07_chad", "ABDERAMAN KOULAMALLAH", [0], "OFFICIAL", None, "Abderaman Koulamallah", "name"),
    ("d07_chad", "KOULAMALLAH", [1], "OFFICIAL", None, "Abderaman Koulamallah", "surname"),
    ("d07_chad", "TELE TCHAD", [0], "ORG", None, "Tele Tchad", "name"),
    ("d07_chad", "CHINESE", [0], "COUNTRY", CHINA, "China", "demonym"),
    ("d07_chad", "WANG YI", [0], "OFFICIAL", None, "Wang Yi", "name"),
    ("d07_chad", "MAHAMAT IDRISS DEBY ITNO", [0], "OFFICIAL", None, "Mahamat Idriss Déby Itno", "name"),
    ("d07_chad", "DEBY", [1], "OFFICIAL", None, "Mahamat Idriss Déby Itno", "surname"),  # "DEBY, 40" = the son
    ("d07_chad", "IDRISS DEBY ITNO", [1], "OFFICIAL", None, "Idriss Déby", "name"),  # the father; 0 is in the son's name
    ("d07_chad", "BOKO HARAM", [0], "GROUP", None, "Boko Haram", "name"),
    ("d07_chad", "FRENCH", [0], "COUNTRY", FRANCE, "France", "demonym"),
]

# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# --------------------------------------------------------------------------------------------
DATES = [
    # d01_benin, document date 2025-04-18 (Friday, 2025-W16)
    ("d01_benin", "April 18", 0, "DATE", "2025-04-18", "document"),
    ("d01_benin", "Thursday", 0, "DATE", "2025-04-17", "document"),
    ("d01_benin", "Wednesday", 0, "DATE", "2025-04-16", "document"),  # "early on Wednesday"
    ("d01_benin", "next Monday", 0, "DATE", "2025-04-21", "document"),
    ("d01_benin", "July 2023", 0, "DATE", "2023-07", "absolute"),
    ("d01_benin", "nearly two years", 0, "DURATION", "P2Y", "absolute"),
    # d02_essequibo, document date 2025-03-05 (Wednesday, 2025-W10)
    ("d02_essequibo", "Saturday", 0, "DATE", "2025-03-01", "document"),
    ("d02_essequibo", "barely an hour", 0, "DURATION", "PT1H", "absolute"),
    ("d02_essequibo", "the 1960s", 0, "DATE", "196", "absolute"),
    ("d02_essequibo", "1899", 0, "DATE", "1899", "absolute"),
    ("d02_essequibo", "May 2015", 0, "DATE", "2015-05", "absolute"),
    ("d02_essequibo", "December 2019", 0, "DATE", "2019-12", "absolute"),
    ("d02_essequibo", "2024", 0, "DATE", "2024", "absolute"),
    ("d02_essequibo", "now", 0, "DATE", "PRESENT_REF", "absolute"),
    ("d02_essequibo", "weekend", 0, "DATE", "2025-W09-WE", "document"),  # "the weekend incursion"
    ("d02_essequibo", "December 3, 2023", 0, "DATE", "2023-12-03", "absolute"),
    ("d02_essequibo", "December 14, 2023", 0, "DATE", "2023-12-14", "absolute"),
    ("d02_essequibo", "about 15 months", 0, "DURATION", "P15M", "absolute"),
    ("d02_essequibo", "Last month", 0, "DATE", "2025-02", "document"),
    ("d02_essequibo", "February 17", 0, "DATE", "2025-02-17", "document"),
    ("d02_essequibo", "May 25", 0, "DATE", "2025-05-25", "document"),
    ("d02_essequibo", "2018", 0, "DATE", "2018", "absolute"),
    ("d02_essequibo", "next year", 0, "DATE", "2026", "document"),
    ("d02_essequibo", "Monday", 0, "DATE", "2025-03-03", "document"),
    ("d02_essequibo", "the next three months", 0, "DURATION", "P3M", "absolute"),
    ("d02_essequibo", "two decades", 0, "DURATION", "P20Y", "absolute"),
    ("d02_essequibo", "later this month", 0, "DATE", "2025-03", "document"),
    ("d02_essequibo", "2023", 2, "DATE", "2023", "absolute"),  # "since 2023"; not "Tradewinds 2025"
    ("d02_essequibo", "April", 0, "DATE", "2025-04", "document"),
    ("d02_essequibo", "every few months", 0, "SET", "PXM", "absolute"),
    # d03_srilanka, document date 2025-06-10 (Tuesday, 2025-W24)
    ("d03_srilanka", "June 10", 0, "DATE", "2025-06-10", "document"),
    ("d03_srilanka", "April 21, 2019", 0, "DATE", "2019-04-21", "absolute"),
    ("d03_srilanka", "Monday", 0, "DATE", "2025-06-09", "document"),
    ("d03_srilanka", "two days", 0, "DURATION", "P2D", "absolute"),  # "two days after they took place"
    ("d03_srilanka", "April 26, 2019", 0, "DATE", "2019-04-26", "absolute"),
    ("d03_srilanka", "November 2021", 0, "DATE", "2021-11", "absolute"),
    ("d03_srilanka", "Monday", 1, "DATE", "2025-06-09", "document"),
    ("d03_srilanka", "now", 0, "DATE", "PRESENT_REF", "absolute"),
    ("d03_srilanka", "every Tuesday", 0, "SET", "XXXX-WXX-2", "absolute"),
    ("d03_srilanka", "18 months", 0, "DURATION", "P18M", "absolute"),  # "within 18 months" (in a quotation)
    ("d03_srilanka", "more than five years", 0, "DURATION", "P5Y", "absolute"),
    ("d03_srilanka", "last September", 0, "DATE", "2024-09", "document"),
    ("d03_srilanka", "last week", 0, "DATE", "2025-W23", "document"),
    ("d03_srilanka", "this year", 0, "DATE", "2025", "document"),
    ("d03_srilanka", "six years", 0, "DURATION", "P6Y", "absolute"),
    ("d03_srilanka", "Thursday", 0, "DATE", "2025-06-12", "document"),  # "resumes on Thursday"
    # d04_libya, document date 2025-01-28 (Tuesday, 2025-W05)
    ("d04_libya", "2024", 0, "DATE", "2024", "absolute"),
    ("d04_libya", "Jan 28", 0, "DATE", "2025-01-28", "document"),
    ("d04_libya", "2024", 1, "DATE", "2024", "absolute"),
    ("d04_libya", "the year before", 0, "DATE", "2023", "document"),
    ("d04_libya", "Tuesday", 0, "DATE", "2025-01-28", "document"),
    ("d04_libya", "last year", 0, "DATE", "2024", "document"),
    ("d04_libya", "2023", 0, "DATE", "2023", "absolute"),
    ("d04_libya", "June", 0, "DATE", "2024-06", "document"),
    ("d04_libya", "October", 0, "DATE", "2024-10", "document"),
    ("d04_libya", "September 14", 0, "DATE", "2024-09-14", "document"),
    ("d04_libya", "2017", 0, "DATE", "2017", "absolute"),
    ("d04_libya", "2023", 1, "DATE", "2023", "absolute"),
    ("d04_libya", "three years", 0, "DURATION", "P3Y", "absolute"),
    ("d04_libya", "2019", 0, "DATE", "2019", "absolute"),
    ("d04_libya", "January", 0, "DATE", "2025-01", "document"),
    ("d04_libya", "spring", 0, "DATE", "2025-SP", "document"),  # "by spring"
    # d05_moldova, document date 2025-02-12 (Wednesday, 2025-W07)
    ("d05_moldova", "Every winter", 0, "SET", "XXXX-WI", "absolute"),  # headline
    ("d05_moldova", "the past six weeks", 0, "DURATION", "P6W", "absolute"),
    ("d05_moldova", "January 1", 0, "DATE", "2025-01-01", "document"),
    ("d05_moldova", "Tuesday", 0, "DATE", "2025-02-11", "document"),
    ("d05_moldova", "Every winter", 1, "SET", "XXXX-WI", "absolute"),
    ("d05_moldova", "every winter", 0, "SET", "XXXX-WI", "absolute"),
    ("d05_moldova", "This year", 0, "DATE", "2025", "document"),
    ("d05_moldova", "Last year", 0, "DATE", "2024", "document"),
    ("d05_moldova", "Next year", 0, "DATE", "2026", "document"),
    ("d05_moldova", "New Year’s Day", 0, "DATE", "2025-01-01", "document"),
    ("d05_moldova", "February 1", 0, "DATE", "2025-02-01", "document"),
    ("d05_moldova", "more than 30 years", 0, "DURATION", "P30Y", "absolute"),
    ("d05_moldova", "1992", 0, "DATE", "1992", "absolute"),
    ("d05_moldova", "November", 0, "DATE", "2024-11", "document"),
    ("d05_moldova", "this autumn", 0, "DATE", "2025-FA", "document"),
    ("d05_moldova", "Friday", 0, "DATE", "2025-02-07", "document"),
    ("d05_moldova", "December 31", 0, "DATE", "2024-12-31", "document"),
    ("d05_moldova", "a decade", 0, "DURATION", "P10Y", "absolute"),
    ("d05_moldova", "every month", 0, "SET", "P1M", "absolute"),
    ("d05_moldova", "two years", 0, "DURATION", "P2Y", "absolute"),
    ("d05_moldova", "the spring", 0, "DATE", "2025-SP", "document"),
    # d06_png, no JSONL date; the byline date 19.02.2025 (Wednesday, 2025-W08)
    ("d06_png", "19.02.2025", 0, "DATE", "2025-02-19", "absolute"),
    ("d06_png", "three days", 0, "DURATION", "P3D", "absolute"),
    ("d06_png", "Wednesday", 0, "DATE", "2025-02-19", "document"),
    ("d06_png", "February 2024", 0, "DATE", "2024-02", "absolute"),
    ("d06_png", "Sunday", 0, "DATE", "2025-02-16", "document"),
    ("d06_png", "14-day", 0, "DURATION", "P14D", "absolute"),
    ("d06_png", "Thursday", 0, "DATE", "2025-02-20", "document"),
    ("d06_png", "the 1970s", 0, "DATE", "197", "absolute"),
    ("d06_png", "Tuesday", 0, "DATE", "2025-02-18", "document"),
    ("d06_png", "every night", 0, "SET", "XXXX-XX-XXTNI", "absolute"),
    ("d06_png", "last week", 0, "DATE", "2025-W07", "document"),
    ("d06_png", "2023", 0, "DATE", "2023", "absolute"),
    # d07_chad, document date 2025-01-09 (Thursday, 2025-W02)
    ("d07_chad", "JAN. 9", 0, "DATE", "2025-01-09", "document"),
    ("d07_chad", "WEDNESDAY NIGHT", 0, "TIME", "2025-01-08TNI", "document"),
    ("d07_chad", "ABOUT 45 MINUTES", 0, "DURATION", "PT45M", "absolute"),
    ("d07_chad", "ABOUT 7:45 P.M.", 0, "TIME", "2025-01-08T19:45", "document"),
    ("d07_chad", "HOURS", 0, "DURATION", "PTXH", "absolute"),  # "HOURS AFTER ..."
    ("d07_chad", "2021", 0, "DATE", "2021", "absolute"),
    ("d07_chad", "THREE DECADES", 0, "DURATION", "P30Y", "absolute"),
    ("d07_chad", "OCTOBER", 0, "DATE", "2024-10", "document"),
    ("d07_chad", "JAN. 31", 0, "DATE", "2025-01-31", "document"),
    ("d07_chad", "THE 1960S", 0, "DATE", "196", "absolute"),
]

# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, surface, occurrence, label, min, max, approximate, negated, victims)
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    # d01_benin
    ("d01_benin", "killed at least 54 soldiers", 0, "KILLED", 54, None, False, False, "soldiers"),
    ("d01_benin", "captured two soldiers", 0, "KIDNAPPED", 2, 2, False, False, "soldiers"),
    ("d01_benin", "Eleven other soldiers were wounded", 0, "INJURED", 11, 11, False, False, "soldiers"),
    # d02_essequibo
    ("d02_essequibo", "wounding six soldiers", 0, "INJURED", 6, 6, False, False, "soldiers"),
    # d03_srilanka
    ("d03_srilanka", "killed 269 people", 0, "KILLED", 269, 269, False, False, "people"),
    ("d03_srilanka", "wounded about 500", 0, "INJURED", 500, 500, True, False, None),
    ("d03_srilanka", "three police officers were killed", 0, "KILLED", 3, 3, False, False, "police officers"),
    ("d03_srilanka", "15 people, including six children, died", 0, "KILLED", 15, 15, False, False, "people"),
    # d04_libya
    ("d04_libya", "At least 1,210 people drowned", 0, "KILLED", 1210, None, False, False, "people"),
    ("d04_libya", "up from 950", 0, "KILLED", 950, 950, False, False, None),  # the 2023 figure, trigger elided
    ("d04_libya", "another 640 went missing", 0, "MISSING", 640, 640, False, False, None),
    ("d04_libya", "At least 300 migrants were abducted", 0, "KIDNAPPED", 300, None, False, False, "migrants"),
    ("d04_libya", "left 61 people dead", 0, "KILLED", 61, 61, False, False, "people"),
    # d05_moldova
    ("d05_moldova", "killed about 1,000 people", 0, "KILLED", 1000, 1000, True, False, "people"),
    # d06_png
    ("d06_png", "dozens dead", 0, "KILLED", 24, 99, True, False, None),  # headline
    ("d06_png", "At least 26 people have been killed", 0, "KILLED", 26, None, False, False, "people"),
    ("d06_png", "killed at least 64 men", 0, "KILLED", 64, None, False, False, "men"),
    ("d06_png", "Seven people, including two children, remain unaccounted for", 0, "MISSING", 7, 7, False, False,
     "people"),
    ("d06_png", "several others were wounded", 0, "INJURED", 3, 9, True, False, "others"),
    ("d06_png", "No police officers were injured", 0, "INJURED", 0, 0, False, True, "police officers"),
    ("d06_png", "killed more than 150 people", 0, "KILLED", 150, None, False, False, "people"),
    # d07_chad
    ("d07_chad", "18 OF THE ATTACKERS AND ONE SOLDIER WERE KILLED", 0, "KILLED", 19, 19, False, False,
     "ATTACKERS AND ONE SOLDIER"),
    ("d07_chad", "THREE SOLDIERS WERE WOUNDED", 0, "INJURED", 3, 3, False, False, "SOLDIERS"),
    ("d07_chad", "KILLED ABOUT 40 SOLDIERS", 0, "KILLED", 40, 40, True, False, "SOLDIERS"),
]

# --------------------------------------------------------------------------------------------
# QUOTES: (doc, surface incl. marks, occurrence, closed, speaker (surface, occurrence or None for
# the nearest), speaker entity (qid, name, gazetteer) or None, cue (surface, occurrence or None))
# --------------------------------------------------------------------------------------------
HOUNGBEDJI = (None, "Wilfried Houngbedji", "officials")
ALI = (None, "Irfaan Ali", "officials")
PADRINO = (None, "Vladimir Padrino López", "officials")
MADURO = (None, "Nicolás Maduro", "officials")
SENANAYAKE = (None, "Ruwani Senanayake", "officials")
DISSANAYAKE = (None, "Anura Kumara Dissanayake", "officials")
WIJEPALA = (None, "Ananda Wijepala", "officials")
MELONI = (None, "Giorgia Meloni", "officials")
SEREBRIAN = (None, "Oleg Serebrian", "officials")
KRASNOSELSKY = (None, "Vadim Krasnoselsky", "officials")
MANNING = (None, "David Manning", "officials")
IPATAS = (None, "Peter Ipatas", "officials")
KOULAMALLAH = (None, "Abderaman Koulamallah", "officials")

QUOTES = [
    # d01_benin
    ("d01_benin", "\"The enemy took advantage of the thick bush and of the absence of any cooperation on the other "
     "side,\"", 0, True, ("Houngbedji", 1), HOUNGBEDJI, ("told", 1)),
    # d02_essequibo ("governor" is a scare quote: not a quotation)
    ("d02_essequibo", "\"a serious threat\"", 0, True, ("Irfaan Ali", 0), ALI, ("called", 0)),
    ("d02_essequibo", "\"its own waters.\"", 0, True, ("Vladimir Padrino López", 0), PADRINO, ("said", 1)),
    ("d02_essequibo", "\"We will not give up a single leaf of the Essequibo,\"", 0, True, ("Maduro", 2), MADURO,
     ("said", 3)),
    ("d02_essequibo", "\"It is a 126-year-old dispute with a 10-year-old oil industry sitting on top of it,\"", 0,
     True, ("Mark Dowling", 0), None, ("said", 4)),
    ("d02_essequibo", "\"Nobody in Georgetown thinks an invasion is likely. Everybody plans for one.\"", 0, True,
     ("Mark Dowling", 0), None, ("said", 4)),
    # d03_srilanka
    ("d03_srilanka", "“every time a door slams.”", 0, True, ("survivor", 0), None, ("told", 0)),
    ("d03_srilanka", "“I was holding my daughter’s hand when the glass came down on us,”", 0, True, ("she", None),
     None, ("told", 1)),
    ("d03_srilanka", "“When I woke up, I was holding nothing.”", 0, True, ("she", 1), None, ("told", 1)),
    ("d03_srilanka", "“within 18 months.”", 0, True, ("Ruwani Senanayake", 0), SENANAYAKE, ("said", 0)),
    ("d03_srilanka", "“the full truth about Easter”", 0, True, ("Anura Kumara Dissanayake", 0), DISSANAYAKE,
     ("promising", 0)),
    ("d03_srilanka", "“The victims have waited six years,”", 0, True, ("Wijepala", 1), WIJEPALA, ("said", 2)),
    ("d03_srilanka", "“They will not wait another six.”", 0, True, ("Wijepala", 1), WIJEPALA, ("said", 2)),
    # d04_libya
    ("d04_libya", "\"The numbers are the floor, not the ceiling,\"", 0, True, ("Clara Brandt", 0), None,
     ("said", 3)),
    ("d04_libya", "\"For every boat we hear about, there is one that simply disappears.\"", 0, True,
     ("Clara Brandt", 0), None, ("said", 3)),
    ("d04_libya", "\"saved lives by stopping departures.\"", 0, True, ("Giorgia Meloni", 0), MELONI,
     ("saying", 0)),
    # d05_moldova
    ("d05_moldova", "“Every winter, Moscow finds a new lever”", 0, True, ("reintegration chief", 0), SEREBRIAN,
     None),  # headline: speaker named after the colon, no verb
    ("d05_moldova", "“We are not at war,”", 0, True, ("Serebrian", 1), SEREBRIAN, ("said", 0)),
    ("d05_moldova", "“But we are not at peace either. Every winter, Moscow finds a new lever, and every winter we "
     "have to find a way to take it out of their hands.", 0, False, ("Serebrian", 1), SEREBRIAN, ("said", 0)),
    ("d05_moldova", "“This year the lever is gas. Last year it was the elections. Next year it will be something "
     "else.”", 0, True, ("Serebrian", 1), SEREBRIAN, ("said", 0)),
    ("d05_moldova", "“blackmail dressed as charity,”", 0, True, ("Vadim Krasnoselsky", 0), KRASNOSELSKY,
     ("calling", 0)),
    ("d05_moldova", "“They guard an ammunition depot at Cobasna that was built for a country that no longer "
     "exists,”", 0, True, ("deputy prime minister", 1), SEREBRIAN, ("said", 3)),
    ("d05_moldova", "“It is older than I am.”", 0, True, ("deputy prime minister", 1), SEREBRIAN, ("said", 3)),
    ("d05_moldova", "“I have been asked that question every month for two years,”", 0, True, ("he", None),
     SEREBRIAN, ("said", 4)),
    ("d05_moldova", "“Ask me again in the spring.”", 0, True, ("he", None), SEREBRIAN, ("said", 4)),
    # d06_png
    ("d06_png", "\"These are not bows and arrows any more. These are AR-15s and M16s bought with money from "
     "gold,\"", 0, True, ("Manning", 1), MANNING, ("said", 2)),
    ("d06_png", "\"that has been going on since the 1970s.\"", 0, True, ("Peter Ipatas", 0), IPATAS, ("said", 4)),
    ("d06_png", "\"We sleep in the bush every night,\"", 0, True, ("Joseph Kandi", 0), None, ("said", 6)),
    ("d06_png", "\"My school has been closed since last week.\"", 0, True, ("Joseph Kandi", 0), None, ("said", 6)),
    # d07_chad
    ("d07_chad", "\"THE DESTABILIZATION ATTEMPT WAS PUT DOWN,\"", 0, True, ("KOULAMALLAH", 1), KOULAMALLAH,
     ("SAID", 2)),
    ("d07_chad", "\"THE SITUATION IS UNDER TOTAL CONTROL,\"", 0, True, ("HE", None), KOULAMALLAH, ("TOLD", 0)),
]


if __name__ == "__main__":
    run("blind8", ENTITIES, DATES, CASUALTIES, QUOTES)
