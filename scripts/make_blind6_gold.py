#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind6.

Texts: tests/fixtures/blind6/news.jsonl (eight original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors (the table layout and
helper functions follow scripts/make_blind5_gold.py).

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, that spans of one type do not overlap, that every document of news.jsonl is
in every output file, and writes tests/fixtures/gold/blind6.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind6_gold.py [--show]   (--show prints every span in context)
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
YEMEN, SAUDI, IRAN, UAE, OMAN, IRAQ, SYRIA, USA, TURKEY = (
    "Q805", "Q851", "Q794", "Q878", "Q842", "Q796", "Q858", "Q30", "Q43")
LIBYA, TUNISIA, EGYPT, GEORGIA, RUSSIA, JORDAN, SSUDAN, SUDAN, UGANDA, KYRGYZSTAN, TAJIKISTAN = (
    "Q1016", "Q948", "Q79", "Q230", "Q159", "Q810", "Q958", "Q1049", "Q1036", "Q813", "Q863")
UN, EU, NATO, REUTERS, AFP, AP = ("Q1065", "Q458", "Q7184", "Q130879", "Q40464", "Q40469")
ISIS = "Q2429253"

ENTITIES = [
    # d01_yemen
    ("d01_yemen", "Yemen", "all", "COUNTRY", YEMEN, "Yemen", "name"),
    ("d01_yemen", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d01_yemen", "Saudi", [0, 1, 3], "COUNTRY", SAUDI, "Saudi Arabia", "demonym"),  # 2 inside "Saudi Arabia"
    ("d01_yemen", "Saudi Arabia", [0], "COUNTRY", SAUDI, "Saudi Arabia", "name"),
    ("d01_yemen", "Houthi", "all", "GROUP", None, "Houthis", "name"),
    ("d01_yemen", "Houthis", "all", "GROUP", None, "Houthis", "name"),
    ("d01_yemen", "Mohammed Abdulsalam", [0], "OFFICIAL", None, "Mohammed Abdulsalam", "name"),
    ("d01_yemen", "Turki al-Maliki", [0], "OFFICIAL", None, "Turki al-Maliki", "name"),
    ("d01_yemen", "al-Maliki", [1], "OFFICIAL", None, "Turki al-Maliki", "surname"),
    ("d01_yemen", "Iran", [0], "COUNTRY", IRAN, "Iran", "name"),  # "Iran-backed"
    ("d01_yemen", "United Arab Emirates", [0], "COUNTRY", UAE, "United Arab Emirates", "name"),
    ("d01_yemen", "UN", "all", "ORG", UN, "United Nations", "acronym"),
    ("d01_yemen", "Omani", [0], "COUNTRY", OMAN, "Oman", "demonym"),
    ("d01_yemen", "Hans Grundberg", [0], "OFFICIAL", None, "Hans Grundberg", "name"),
    ("d01_yemen", "Yemeni", [0], "COUNTRY", YEMEN, "Yemen", "demonym"),
    # d02_iraq
    ("d02_iraq", "Iraq", "all", "COUNTRY", IRAQ, "Iraq", "name"),
    ("d02_iraq", "Islamic State", "all", "GROUP", ISIS, "Islamic State", "name"),
    ("d02_iraq", "Popular Mobilization Forces", [0], "ORG", None, "Popular Mobilization Forces", "name"),
    ("d02_iraq", "PMF", "all", "ORG", None, "Popular Mobilization Forces", "acronym"),
    ("d02_iraq", "Counter-Terrorism Service", [0], "ORG", None, "Counter-Terrorism Service", "name"),
    ("d02_iraq", "Syrian", [0], "COUNTRY", SYRIA, "Syria", "demonym"),
    ("d02_iraq", "Abu Fadak al-Mohammedawi", [0], "OFFICIAL", None, "Abu Fadak al-Mohammedawi", "name"),
    ("d02_iraq", "Kataib Hezbollah", "all", "GROUP", None, "Kataib Hezbollah", "name"),
    ("d02_iraq", "Iran", [0], "COUNTRY", IRAN, "Iran", "name"),
    ("d02_iraq", "US", [0], "COUNTRY", USA, "United States", "acronym"),
    ("d02_iraq", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("d02_iraq", "Tahsin al-Khafaji", [0], "OFFICIAL", None, "Tahsin al-Khafaji", "name"),
    ("d02_iraq", "Iraqi News Agency", [0], "ORG", None, "Iraqi News Agency", "name"),
    ("d02_iraq", "INA", [0], "ORG", None, "Iraqi News Agency", "acronym"),
    ("d02_iraq", "Iraqi", [1], "COUNTRY", IRAQ, "Iraq", "demonym"),  # 0 inside "Iraqi News Agency"
    ("d02_iraq", "Mohammed Shia al-Sudani", [0], "OFFICIAL", None, "Mohammed Shia al-Sudani", "name"),
    ("d02_iraq", "al-Sudani", [1], "OFFICIAL", None, "Mohammed Shia al-Sudani", "surname"),
    ("d02_iraq", "Syria", [0], "COUNTRY", SYRIA, "Syria", "name"),
    # d03_turkey_pkk (all caps)
    ("d03_turkey_pkk", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d03_turkey_pkk", "TURKISH", [0, 1, 3], "COUNTRY", TURKEY, "Turkey", "demonym"),  # 2 inside the ORG name
    ("d03_turkey_pkk", "TURKISH ARMED FORCES", [0], "ORG", None, "Turkish Armed Forces", "name"),
    ("d03_turkey_pkk", "IRAQ", "all", "COUNTRY", IRAQ, "Iraq", "name"),
    ("d03_turkey_pkk", "IRAQI", [0], "COUNTRY", IRAQ, "Iraq", "demonym"),
    ("d03_turkey_pkk", "PKK", "all", "GROUP", None, "Kurdistan Workers' Party", "acronym"),
    ("d03_turkey_pkk", "RECEP TAYYIP ERDOGAN", [0], "OFFICIAL", None, "Recep Tayyip Erdoğan", "name"),
    ("d03_turkey_pkk", "ERDOGAN", [1], "OFFICIAL", None, "Recep Tayyip Erdoğan", "surname"),
    ("d03_turkey_pkk", "YASAR GULER", [0], "OFFICIAL", None, "Yaşar Güler", "name"),
    ("d03_turkey_pkk", "TURKEY", [0], "COUNTRY", TURKEY, "Turkey", "name"),
    ("d03_turkey_pkk", "UNITED STATES", [0], "COUNTRY", USA, "United States", "name"),
    ("d03_turkey_pkk", "EUROPEAN UNION", [0], "ORG", EU, "European Union", "name"),
    ("d03_turkey_pkk", "ABDULLAH OCALAN", [0], "OFFICIAL", None, "Abdullah Öcalan", "name"),
    ("d03_turkey_pkk", "KURDISTAN REGIONAL GOVERNMENT", [0], "ORG", None, "Kurdistan Regional Government", "name"),
    # d04_libya
    ("d04_libya", "United Nations", [0], "ORG", UN, "United Nations", "name"),
    ("d04_libya", "UN", [0, 2, 3, 4], "ORG", UN, "United Nations", "acronym"),  # 1 inside the UNSMIL name
    ("d04_libya", "Stéphane Dujarric", [0], "OFFICIAL", None, "Stéphane Dujarric", "name"),
    ("d04_libya", "Dujarric", [1, 2], "OFFICIAL", None, "Stéphane Dujarric", "surname"),
    ("d04_libya", "UN Support Mission in Libya", [0], "ORG", None, "United Nations Support Mission in Libya", "name"),
    ("d04_libya", "UNSMIL", "all", "ORG", None, "United Nations Support Mission in Libya", "acronym"),
    ("d04_libya", "Khalifa Haftar", [0], "OFFICIAL", None, "Khalifa Haftar", "name"),
    ("d04_libya", "Government of National Unity", [0], "ORG", None, "Government of National Unity", "name"),
    ("d04_libya", "GNU", [0], "ORG", None, "Government of National Unity", "acronym"),
    ("d04_libya", "Abdul Hamid Dbeibah", [0], "OFFICIAL", None, "Abdul Hamid Dbeibah", "name"),
    ("d04_libya", "Haftar", [1], "OFFICIAL", None, "Khalifa Haftar", "surname"),  # "Haftar’s"
    ("d04_libya", "Libyan National Army", [0], "GROUP", None, "Libyan National Army", "name"),
    ("d04_libya", "LNA", "all", "GROUP", None, "Libyan National Army", "acronym"),
    ("d04_libya", "Libyans", [0], "COUNTRY", LIBYA, "Libya", "demonym"),
    ("d04_libya", "Ahmed al-Mismari", [0], "OFFICIAL", None, "Ahmed al-Mismari", "name"),
    ("d04_libya", "Hanna Tetteh", [0], "OFFICIAL", None, "Hanna Tetteh", "name"),
    ("d04_libya", "Security Council", [0], "ORG", None, "United Nations Security Council", "name"),
    ("d04_libya", "Tunisian", [0], "COUNTRY", TUNISIA, "Tunisia", "demonym"),
    ("d04_libya", "Egypt", [0], "COUNTRY", EGYPT, "Egypt", "name"),
    ("d04_libya", "Turkey", [0], "COUNTRY", TURKEY, "Turkey", "name"),
    ("d04_libya", "Libya", [1, 2], "COUNTRY", LIBYA, "Libya", "name"),  # 0 inside the UNSMIL name
    # d05_georgia
    ("d05_georgia", "Nino Beridze", [0], "OFFICIAL", None, "Nino Beridze", "name"),
    ("d05_georgia", "Beridze", [1, 2], "OFFICIAL", None, "Nino Beridze", "surname"),
    ("d05_georgia", "Georgia", [0, 2, 3], "COUNTRY", GEORGIA, "Georgia", "name"),  # 1 is the US state
    ("d05_georgia", "Russian", "all", "COUNTRY", RUSSIA, "Russia", "demonym"),
    ("d05_georgia", "Georgian", [0], "COUNTRY", GEORGIA, "Georgia", "demonym"),
    ("d05_georgia", "Americans", [0], "COUNTRY", USA, "United States", "demonym"),
    ("d05_georgia", "Russia", [0], "COUNTRY", RUSSIA, "Russia", "name"),
    ("d05_georgia", "Irakli Kobakhidze", [0], "OFFICIAL", None, "Irakli Kobakhidze", "name"),
    ("d05_georgia", "European Union", "all", "ORG", EU, "European Union", "name"),
    ("d05_georgia", "Mikheil Kavelashvili", [0], "OFFICIAL", None, "Mikheil Kavelashvili", "name"),
    ("d05_georgia", "Nato", [0], "ORG", NATO, "NATO", "acronym"),  # British-style lower case
    # d06_jordan
    ("d06_jordan", "Jordan", [0, 1, 2, 4], "COUNTRY", JORDAN, "Jordan", "name"),  # 3 is Jordan Ellis
    ("d06_jordan", "Jordanian", "all", "COUNTRY", JORDAN, "Jordan", "demonym"),
    ("d06_jordan", "Syria", "all", "COUNTRY", SYRIA, "Syria", "name"),
    ("d06_jordan", "Petra", [0], "ORG", None, "Petra", "name"),
    ("d06_jordan", "Iran", [0], "COUNTRY", IRAN, "Iran", "name"),
    ("d06_jordan", "Yousef Huneiti", [0], "OFFICIAL", None, "Yousef Huneiti", "name"),
    ("d06_jordan", "Abdullah II", [0], "OFFICIAL", None, "Abdullah II", "name"),
    ("d06_jordan", "Syrian", "all", "COUNTRY", SYRIA, "Syria", "demonym"),
    ("d06_jordan", "Ahmed al-Sharaa", [0], "OFFICIAL", None, "Ahmed al-Sharaa", "name"),
    ("d06_jordan", "Abdullah", [1], "OFFICIAL", None, "Abdullah II", "surname"),
    ("d06_jordan", "American", [0], "COUNTRY", USA, "United States", "demonym"),
    ("d06_jordan", "Bashar al-Assad", [0], "OFFICIAL", None, "Bashar al-Assad", "name"),
    ("d06_jordan", "Ayman Safadi", [0], "OFFICIAL", None, "Ayman Safadi", "name"),
    # d07_south_sudan
    ("d07_south_sudan", "South Sudan", [0], "COUNTRY", SSUDAN, "South Sudan", "name"),  # 1, 2 inside ORG names
    ("d07_south_sudan", "AFP", [0], "ORG", AFP, "Agence France-Presse", "acronym"),
    ("d07_south_sudan", "Peter Gatkuoth", [0], "OFFICIAL", None, "Peter Gatkuoth", "name"),
    ("d07_south_sudan", "United Nations Mission in South Sudan", [0], "ORG", None,
     "United Nations Mission in South Sudan", "name"),
    ("d07_south_sudan", "UNMISS", "all", "ORG", None, "United Nations Mission in South Sudan", "acronym"),
    ("d07_south_sudan", "Salva Kiir", [0], "OFFICIAL", None, "Salva Kiir", "name"),
    ("d07_south_sudan", "Riek Machar", [0], "OFFICIAL", None, "Riek Machar", "name"),
    ("d07_south_sudan", "Machar", [1, 2], "OFFICIAL", None, "Riek Machar", "surname"),
    ("d07_south_sudan", "South Sudan People's Defence Forces", [0], "ORG", None,
     "South Sudan People's Defence Forces", "name"),
    ("d07_south_sudan", "SSPDF", [0], "ORG", None, "South Sudan People's Defence Forces", "acronym"),
    ("d07_south_sudan", "White Army", [0], "GROUP", None, "White Army", "name"),
    ("d07_south_sudan", "Lul Ruai Koang", [0], "OFFICIAL", None, "Lul Ruai Koang", "name"),
    ("d07_south_sudan", "SPLA-IO", [0], "GROUP", None, "SPLA-IO", "acronym"),
    ("d07_south_sudan", "Sudan", [3], "COUNTRY", SUDAN, "Sudan", "name"),  # 0-2 inside "South Sudan"
    ("d07_south_sudan", "Uganda", [0], "COUNTRY", UGANDA, "Uganda", "name"),
    ("d07_south_sudan", "Kiir", [1], "OFFICIAL", None, "Salva Kiir", "surname"),
    ("d07_south_sudan", "UN", [0], "ORG", UN, "United Nations", "acronym"),
    ("d07_south_sudan", "South Sudanese", [0], "COUNTRY", SSUDAN, "South Sudan", "demonym"),
    ("d07_south_sudan", "Anita Kiki Gbeho", [0], "OFFICIAL", None, "Anita Kiki Gbeho", "name"),
    # d08_kyrgyz_tajik
    ("d08_kyrgyz_tajik", "Kyrgyz", "all", "COUNTRY", KYRGYZSTAN, "Kyrgyzstan", "demonym"),
    ("d08_kyrgyz_tajik", "Tajik", "all", "COUNTRY", TAJIKISTAN, "Tajikistan", "demonym"),
    ("d08_kyrgyz_tajik", "Kyrgyzstan", "all", "COUNTRY", KYRGYZSTAN, "Kyrgyzstan", "name"),
    ("d08_kyrgyz_tajik", "Tajikistan", "all", "COUNTRY", TAJIKISTAN, "Tajikistan", "name"),
    ("d08_kyrgyz_tajik", "State Committee for National Security", [0], "ORG", None,
     "State Committee for National Security", "name"),
    ("d08_kyrgyz_tajik", "GKNB", "all", "ORG", None, "State Committee for National Security", "acronym"),
    ("d08_kyrgyz_tajik", "Sadyr Japarov", [0], "OFFICIAL", None, "Sadyr Japarov", "name"),
    ("d08_kyrgyz_tajik", "Emomali Rahmon", [0], "OFFICIAL", None, "Emomali Rahmon", "name"),
    ("d08_kyrgyz_tajik", "Kamchybek Tashiev", [0], "OFFICIAL", None, "Kamchybek Tashiev", "name"),
    ("d08_kyrgyz_tajik", "Collective Security Treaty Organization", [0], "ORG", None,
     "Collective Security Treaty Organization", "name"),
    ("d08_kyrgyz_tajik", "CSTO", [0], "ORG", None, "Collective Security Treaty Organization", "acronym"),
    ("d08_kyrgyz_tajik", "Russia", [0], "COUNTRY", RUSSIA, "Russia", "name"),
]

# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# --------------------------------------------------------------------------------------------
DATES = [
    # d01_yemen, document date 2025-03-18 (Tuesday, 2025-W12)
    ("d01_yemen", "March 18", 0, "DATE", "2025-03-18", "document"),
    ("d01_yemen", "late Monday", 0, "DATE", "2025-03-17", "document"),
    ("d01_yemen", "Tuesday", 0, "DATE", "2025-03-18", "document"),
    ("d01_yemen", "about 10 p.m. local time", 0, "TIME", "2025-03-17T22:00", "document"),
    ("d01_yemen", "overnight", 0, "TIME", "2025-03-17TNI", "document"),
    ("d01_yemen", "earlier this month", 0, "DATE", "2025-03", "document"),
    ("d01_yemen", "2014", 0, "DATE", "2014", "absolute"),
    ("d01_yemen", "2015", 0, "DATE", "2015", "absolute"),
    ("d01_yemen", "2022", 0, "DATE", "2022", "absolute"),
    ("d01_yemen", "more than a year", 0, "DURATION", "P1Y", "absolute"),
    ("d01_yemen", "the past decade", 0, "DURATION", "P1DE", "absolute"),
    ("d01_yemen", "two weeks ago", 0, "DATE", "2025-W10", "document"),
    ("d01_yemen", "2023", 0, "DATE", "2023", "absolute"),
    ("d01_yemen", "next week", 0, "DATE", "2025-W13", "document"),
    ("d01_yemen", "Sunday", 0, "DATE", "2025-03-16", "document"),
    ("d01_yemen", "this year", 0, "DATE", "2025", "document"),
    ("d01_yemen", "February", 0, "DATE", "2025-02", "document"),
    # d02_iraq, document date 2025-06-12 (Thursday, 2025-W24)
    ("d02_iraq", "Thursday", 0, "DATE", "2025-06-12", "document"),
    ("d02_iraq", "Wednesday night", 0, "TIME", "2025-06-11TNI", "document"),
    ("d02_iraq", "Tuesday", 0, "DATE", "2025-06-10", "document"),  # "early on Tuesday"
    ("d02_iraq", "2009", 0, "DATE", "2009", "absolute"),
    ("d02_iraq", "2014", 0, "DATE", "2014", "absolute"),  # "2014-2017": two DATEs
    ("d02_iraq", "2017", 0, "DATE", "2017", "absolute"),
    ("d02_iraq", "earlier this month", 0, "DATE", "2025-06", "document"),
    ("d02_iraq", "2014", 1, "DATE", "2014", "absolute"),  # "the days of 2014", in a quotation
    ("d02_iraq", "Friday", 0, "DATE", "2025-06-13", "document"),  # "before Friday prayers" (future)
    ("d02_iraq", "every Friday", 0, "SET", "XXXX-WXX-5", "absolute"),
    # d03_turkey_pkk, document date 2025-10-09 (Thursday, 2025-W41)
    ("d03_turkey_pkk", "OCT. 9", 0, "DATE", "2025-10-09", "document"),
    ("d03_turkey_pkk", "THURSDAY", 0, "DATE", "2025-10-09", "document"),
    ("d03_turkey_pkk", "ABOUT 3 A.M. WEDNESDAY", 0, "TIME", "2025-10-08T03:00", "document"),
    ("d03_turkey_pkk", "WEDNESDAY NIGHT", 0, "TIME", "2025-10-08TNI", "document"),
    ("d03_turkey_pkk", "1984", 0, "DATE", "1984", "absolute"),
    ("d03_turkey_pkk", "THE 1990S", 0, "DATE", "199", "absolute"),
    ("d03_turkey_pkk", "1999", 0, "DATE", "1999", "absolute"),
    ("d03_turkey_pkk", "2015", 0, "DATE", "2015", "absolute"),
    ("d03_turkey_pkk", "MID-NOVEMBER", 0, "DATE", "2025-11", "document"),
    # d04_libya, document date 2025-05-14 (Wednesday, 2025-W20)
    ("d04_libya", "Wednesday", 0, "DATE", "2025-05-14", "document"),
    ("d04_libya", "Saturday", 0, "DATE", "2025-05-10", "document"),
    ("d04_libya", "Tuesday", 0, "DATE", "2025-05-13", "document"),
    ("d04_libya", "the night", 0, "TIME", "2025-05-13TNI", "document"),  # "continued into the night"
    ("d04_libya", "mid-March", 0, "DATE", "2025-03", "document"),
    ("d04_libya", "Wednesday", 1, "DATE", "2025-05-14", "document"),
    ("d04_libya", "last week", 0, "DATE", "2025-W19", "document"),
    ("d04_libya", "2014", 0, "DATE", "2014", "absolute"),
    ("d04_libya", "2020", 0, "DATE", "2020", "absolute"),
    # d05_georgia, no document date
    ("d05_georgia", "2014", 0, "DATE", "2014", "absolute"),
    ("d05_georgia", "2016", 0, "DATE", "2016", "absolute"),
    ("d05_georgia", "now", 0, "DATE", "PRESENT_REF", "absolute"),  # "and now teaches"
    ("d05_georgia", "every night", 0, "SET", "XXXX-XX-XXTNI", "absolute"),
    ("d05_georgia", "months", 0, "DURATION", "PXM", "absolute"),  # "for months"
    ("d05_georgia", "last Thursday", 0, "DATE", "XXXX-WXX-4", "unresolved"),
    ("d05_georgia", "2008", 0, "DATE", "2008", "absolute"),
    ("d05_georgia", "five-day", 0, "DURATION", "P5D", "absolute"),
    ("d05_georgia", "Every few weeks", 0, "SET", "PXW", "absolute"),
    ("d05_georgia", "Two weeks ago", 0, "DATE", "XXXX-WXX", "unresolved"),
    ("d05_georgia", "every Sunday", 0, "SET", "XXXX-WXX-7", "absolute"),
    ("d05_georgia", "Monday", 0, "DATE", "XXXX-WXX-1", "unresolved"),
    ("d05_georgia", "Now", 0, "DATE", "PRESENT_REF", "absolute"),  # inside a quotation
    ("d05_georgia", "the 1990s", 0, "DATE", "199", "absolute"),
    ("d05_georgia", "earlier this year", 0, "DATE", "XXXX", "unresolved"),
    ("d05_georgia", "2008", 1, "DATE", "2008", "absolute"),
    # d06_jordan, document date 2025-11-24 (Monday, 2025-W48)
    ("d06_jordan", "Monday", 0, "DATE", "2025-11-24", "document"),
    ("d06_jordan", "Sunday", 0, "DATE", "2025-11-23", "document"),
    ("d06_jordan", "the 1990s", 0, "DATE", "199", "absolute"),
    ("d06_jordan", "last month", 0, "DATE", "2025-10", "document"),
    ("d06_jordan", "last Thursday", 0, "DATE", "2025-11-20", "document"),
    ("d06_jordan", "Sunday", 1, "DATE", "2025-11-23", "document"),
    ("d06_jordan", "December", 0, "DATE", "2024-12", "document"),  # fall of Assad, last December
    ("d06_jordan", "every Friday", 0, "SET", "XXXX-WXX-5", "absolute"),
    ("d06_jordan", "mid-October", 0, "DATE", "2025-10", "document"),
    ("d06_jordan", "last week", 0, "DATE", "2025-W47", "document"),  # "last week's march"
    ("d06_jordan", "Wednesday", 0, "DATE", "2025-11-26", "document"),  # future: "will travel"
    # d07_south_sudan, no document date
    ("d07_south_sudan", "Saturday", 0, "DATE", "XXXX-WXX-6", "unresolved"),
    ("d07_south_sudan", "Monday", 0, "DATE", "XXXX-WXX-1", "unresolved"),
    ("d07_south_sudan", "Sunday", 0, "DATE", "XXXX-WXX-7", "unresolved"),
    ("d07_south_sudan", "years", 0, "DURATION", "PXY", "absolute"),  # "for years"
    ("d07_south_sudan", "a single week", 0, "DURATION", "P1W", "absolute"),
    ("d07_south_sudan", "earlier this year", 0, "DATE", "XXXX", "unresolved"),
    ("d07_south_sudan", "March", 0, "DATE", "XXXX-03", "unresolved"),
    ("d07_south_sudan", "2018", 0, "DATE", "2018", "absolute"),
    ("d07_south_sudan", "five-year", 0, "DURATION", "P5Y", "absolute"),
    ("d07_south_sudan", "Friday", 0, "DATE", "XXXX-WXX-5", "unresolved"),
    ("d07_south_sudan", "March", 1, "DATE", "XXXX-03", "unresolved"),
    # d08_kyrgyz_tajik, document date 2025-08-21 (Thursday, 2025-W34)
    ("d08_kyrgyz_tajik", "Aug 21", 0, "DATE", "2025-08-21", "document"),
    ("d08_kyrgyz_tajik", "Wednesday evening", 0, "TIME", "2025-08-20TEV", "document"),
    ("d08_kyrgyz_tajik", "Thursday", 0, "DATE", "2025-08-21", "document"),
    ("d08_kyrgyz_tajik", "about 6:30 p.m.", 0, "TIME", "2025-08-20T18:30", "document"),
    ("d08_kyrgyz_tajik", "years", 0, "DURATION", "PXY", "absolute"),  # "for years"
    ("d08_kyrgyz_tajik", "September 2022", 0, "DATE", "2022-09", "absolute"),
    ("d08_kyrgyz_tajik", "April 2021", 0, "DATE", "2021-04", "absolute"),
    ("d08_kyrgyz_tajik", "Thursday morning", 0, "TIME", "2025-08-21TMO", "document"),
    ("d08_kyrgyz_tajik", "next month", 0, "DATE", "2025-09", "document"),
    ("d08_kyrgyz_tajik", "March", 0, "DATE", "2025-03", "document"),
    ("d08_kyrgyz_tajik", "the past decade", 0, "DURATION", "P1DE", "absolute"),
    ("d08_kyrgyz_tajik", "Every spring", 0, "SET", "XXXX-SP", "absolute"),
    ("d08_kyrgyz_tajik", "every spring", 0, "SET", "XXXX-SP", "absolute"),
    ("d08_kyrgyz_tajik", "Wednesday", 1, "DATE", "2025-08-20", "document"),  # 0 inside "Wednesday evening"
]

# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, surface, occurrence, label, min, max, approximate, negated, victims)
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    # d01_yemen
    ("d01_yemen", "killing at least 23 people", 0, "KILLED", 23, None, False, False, "people"),
    ("d01_yemen", "wounding dozens more", 0, "INJURED", 24, 99, True, False, None),
    ("d01_yemen", "10 to 12 people were still missing", 0, "MISSING", 10, 12, True, False, "people"),
    ("d01_yemen", "a dozen wounded children", 0, "INJURED", 12, 12, True, False, "children"),
    ("d01_yemen", "kidnapped two Yemeni employees", 0, "KIDNAPPED", 2, 2, False, False, "Yemeni employees"),
    # d02_iraq
    ("d02_iraq", "killing four soldiers and an officer", 0, "KILLED", 5, 5, False, False, "soldiers and an officer"),
    ("d02_iraq", "Two other soldiers were wounded", 0, "INJURED", 2, 2, False, False, "soldiers"),
    ("d02_iraq", "one of its fighters was killed", 0, "KILLED", 1, 1, False, False, "fighters"),
    ("d02_iraq", "three were injured", 0, "INJURED", 3, 3, False, False, None),
    ("d02_iraq", "killed thousands of civilians", 0, "KILLED", 2000, 9999, True, False, "civilians"),
    # d03_turkey_pkk
    ("d03_turkey_pkk", "KILLED SIX SOLDIERS", 0, "KILLED", 6, 6, False, False, "SOLDIERS"),
    ("d03_turkey_pkk", "EIGHT OTHER SOLDIERS WERE WOUNDED", 0, "INJURED", 8, 8, False, False, "SOLDIERS"),
    ("d03_turkey_pkk", "MORE THAN 40,000 PEOPLE HAVE BEEN KILLED", 0, "KILLED", 40000, None, False, False, "PEOPLE"),
    ("d03_turkey_pkk", "NO ONE WAS HURT", 0, "INJURED", 0, 0, False, True, None),
    # d04_libya
    ("d04_libya", "killed at least 15 civilians", 0, "KILLED", 15, None, False, False, "civilians"),
    ("d04_libya", "wounded about 60", 0, "INJURED", 60, 60, True, False, None),
    ("d04_libya", "two Tunisian truck drivers abducted", 0, "KIDNAPPED", 2, 2, False, False, "Tunisian truck drivers"),
    # d05_georgia
    ("d05_georgia", "at least 300 protesters have been injured", 0, "INJURED", 300, None, False, False, "protesters"),
    # d06_jordan
    ("d06_jordan", "killed 12 smugglers", 0, "KILLED", 12, 12, False, False, "smugglers"),
    ("d06_jordan", "A soldier was wounded", 0, "INJURED", 1, 1, False, False, "soldier"),
    ("d06_jordan", "no one was injured", 0, "INJURED", 0, 0, False, True, None),
    # d07_south_sudan
    ("d07_south_sudan", "killing three women, two children and an elderly man", 0, "KILLED", 6, 6, False, False,
     "women, two children and an elderly man"),
    ("d07_south_sudan", "abducting 14 children", 0, "KIDNAPPED", 14, 14, False, False, "children"),
    ("d07_south_sudan", "\"several\" others had been wounded", 0, "INJURED", 3, 9, True, False, "others"),
    ("d07_south_sudan", "between 50 and 60 people were killed", 0, "KILLED", 50, 60, True, False, "people"),
    ("d07_south_sudan", "an estimated 400,000 people died", 0, "KILLED", 400000, 400000, True, False, "people"),
    ("d07_south_sudan", "No one was killed", 0, "KILLED", 0, 0, False, True, None),
    # d08_kyrgyz_tajik
    ("d08_kyrgyz_tajik", "one Kyrgyz serviceman dead", 0, "KILLED", 1, 1, False, False, "Kyrgyz serviceman"),
    ("d08_kyrgyz_tajik", "two Tajik guards wounded", 0, "INJURED", 2, 2, False, False, "Tajik guards"),
    ("d08_kyrgyz_tajik", "more than 100 people were killed", 0, "KILLED", 100, None, False, False, "people"),
    ("d08_kyrgyz_tajik", "killed some 55 people", 0, "KILLED", 55, 55, True, False, "people"),
    ("d08_kyrgyz_tajik", "no civilians were hurt", 0, "INJURED", 0, 0, False, True, "civilians"),
]

# --------------------------------------------------------------------------------------------
# QUOTES: (doc, surface incl. marks, occurrence, closed, speaker (surface, occurrence or None for
# the nearest), speaker entity (qid, name, gazetteer) or None, cue (surface, occurrence or None))
# --------------------------------------------------------------------------------------------
ABDULSALAM = (None, "Mohammed Abdulsalam", "officials")
MALIKI = (None, "Turki al-Maliki", "officials")
KHAFAJI = (None, "Tahsin al-Khafaji", "officials")
SUDANI = (None, "Mohammed Shia al-Sudani", "officials")
ERDOGAN = (None, "Recep Tayyip Erdoğan", "officials")
DUJARRIC = (None, "Stéphane Dujarric", "officials")
TETTEH = (None, "Hanna Tetteh", "officials")
BERIDZE = (None, "Nino Beridze", "officials")
GBEHO = (None, "Anita Kiki Gbeho", "officials")
KOANG = (None, "Lul Ruai Koang", "officials")
TASHIEV = (None, "Kamchybek Tashiev", "officials")

QUOTES = [
    # d01_yemen
    ("d01_yemen", "“The coalition bombed a place where families buy bread and vegetables,”", 0, True,
     ("Mohammed Abdulsalam", 0), ABDULSALAM, ("said", 4)),
    ("d01_yemen", "“This is a crime, and the aggressors will pay for it.”", 0, True,
     ("Mohammed Abdulsalam", 0), ABDULSALAM, ("said", 4)),
    ("d01_yemen", "“a drone assembly site”", 0, True, ("Turki al-Maliki", 0), MALIKI, ("said", 5)),
    ("d01_yemen", "“We warned the militia,”", 0, True, ("al-Maliki", 1), MALIKI, ("said", 7)),
    ("d01_yemen", "“and we will not allow these attacks to continue.”", 0, True, ("al-Maliki", 1), MALIKI,
     ("said", 7)),
    # d02_iraq
    ("d02_iraq", "\"Our heroic forces responded immediately and pursued the terrorists into the orchards,\"", 0,
     True, ("statement", 1), None, ("said", 1)),
    ("d02_iraq", "\"Three of the attackers were arrested, and the search for the others continues.\"", 0, True,
     ("statement", 1), None, ("said", 1)),
    ("d02_iraq", "\"until the last cell is eliminated.\"", 0, True, ("ministry", 0), None, ("said", 2)),
    ("d02_iraq", "\"foreign aircraft\"", 0, True, ("Abu Fadak al-Mohammedawi", 0),
     (None, "Abu Fadak al-Mohammedawi", "officials"), ("blamed", 0)),
    ("d02_iraq", "\"not go unanswered.\"", 0, True, ("Kataib Hezbollah", 0), (None, "Kataib Hezbollah", "groups"),
     ("said", 4)),
    ("d02_iraq", "\"They move in groups of three or four,\"", 0, True, ("he", None), KHAFAJI, ("said", 5)),
    ("d02_iraq", "\"and they hide in caves during the day.\"", 0, True, ("he", None), KHAFAJI, ("said", 5)),
    ("d02_iraq", "\"The danger has not disappeared,\"", 0, True, ("al-Sudani", 1), SUDANI, ("said", 6)),
    ("d02_iraq", "\"We will not return to the days of 2014.\"", 0, True, ("al-Sudani", 1), SUDANI, ("said", 6)),
    # d03_turkey_pkk
    ("d03_turkey_pkk", "\"NEUTRALIZED\"", 0, True, ("MINISTRY", 1), None, ("SAID", 1)),
    ("d03_turkey_pkk", "\"WE WILL NOT ALLOW A TERROR CORRIDOR ON OUR SOUTHERN BORDER,\"", 0, True, ("ERDOGAN", 1),
     ERDOGAN, ("TOLD", 0)),
    ("d03_turkey_pkk", "\"THOSE WHO ATTACK OUR SOLDIERS WILL FIND NO PLACE TO HIDE.\"", 0, True, ("ERDOGAN", 1),
     ERDOGAN, ("TOLD", 0)),
    ("d03_turkey_pkk", "\"THIS ATTACK HELPS NO ONE,\"", 0, True, ("LAWMAKER", 1), None, ("SAID", 6)),
    ("d03_turkey_pkk", "\"UNTIL THE LAST TERRORIST IS ELIMINATED.\"", 0, True, ("MINISTRY", 4), None, ("SAID", 7)),
    # d04_libya
    ("d04_libya", "“We are deeply concerned,”", 0, True, ("Stéphane Dujarric", 0), DUJARRIC, ("told", 0)),
    ("d04_libya", "“about the shelling of densely populated neighbourhoods, including areas near hospitals.”", 0,
     True, ("Stéphane Dujarric", 0), DUJARRIC, ("told", 0)),
    ("d04_libya", "“I’m not going to speculate on that. What we know is that civilians are paying the price.”", 0,
     True, ("Dujarric", 2), DUJARRIC, ("said", 3)),
    ("d04_libya", "“ready to protect Libyans wherever they are.”", 0, True, ("Libyan National Army", 0),
     (None, "Libyan National Army", "groups"), ("said", 5)),
    ("d04_libya", "“The people of Tripoli have lived through too many rounds of this violence. Every time, the "
     "armed groups promise restraint, and every time, civilians are buried.", 0, False, ("she", 0), TETTEH,
     ("said", 6)),
    ("d04_libya", "“The Council must make clear that those responsible will be held to account,”", 0, True,
     ("she", 1), TETTEH, ("added", 0)),
    # d05_georgia
    ("d05_georgia", "\"They are not governing a country,\"", 0, True, ("she", 0), BERIDZE, ("said", 0)),
    ("d05_georgia", "\"They are managing a Russian province.\"", 0, True, ("she", 0), BERIDZE, ("said", 0)),
    ("d05_georgia", "\"My sister lives in Atlanta, Georgia, and she calls me every Sunday,\"", 0, True, ("she", 2),
     BERIDZE, ("said", 1)),
    ("d05_georgia", "\"She tells me Americans confuse the two Georgias. Now I think our government confuses Europe "
     "with Russia.\"", 0, True, ("she", 2), BERIDZE, ("said", 1)),
    ("d05_georgia", "\"agents of foreign forces\"", 0, True, ("Irakli Kobakhidze", 0),
     (None, "Irakli Kobakhidze", "officials"), ("called", 0)),
    ("d05_georgia", "\"under pressure from the street.\"", 0, True, ("Mikheil Kavelashvili", 0),
     (None, "Mikheil Kavelashvili", "officials"), ("said", 3)),
    # d06_jordan
    ("d06_jordan", "\"Our forces will strike with an iron fist anyone who tries to threaten Jordan's security,\"", 0,
     True, ("it", 0), None, ("said", 2)),
    ("d06_jordan", "\"not stand by\"", 0, True, ("Abdullah", 1), (None, "Abdullah II", "officials"), ("said", 5)),
    ("d06_jordan", "\"The kid scored twice. He absolutely killed it out there,\"", 0, True, ("Ellis", None), None,
     ("said", 6)),
    # d07_south_sudan
    ("d07_south_sudan", "\"several\"", 0, True, ("Peter Gatkuoth", 0), (None, "Peter Gatkuoth", "officials"),
     ("said", 1)),
    ("d07_south_sudan", "\"We call on community leaders to ensure the safe return of the abducted children without "
     "delay,\"", 0, True, ("mission", 0), (None, "United Nations Mission in South Sudan", "orgs"), ("said", 4)),
    ("d07_south_sudan", "\"No one was killed on our side,\"", 0, True, ("he", 1), KOANG, ("said", 6)),
    ("d07_south_sudan", "\"This is not the time for fighting,\"", 0, True, ("Anita Kiki Gbeho", 0), GBEHO,
     ("said", 7)),
    ("d07_south_sudan", "\"It is the time for planting.\"", 0, True, ("Anita Kiki Gbeho", 0), GBEHO, ("said", 7)),
    # d08_kyrgyz_tajik
    ("d08_kyrgyz_tajik", "\"The Tajik side bears full responsibility for this provocation,\"", 0, True, ("GKNB", 1),
     (None, "State Committee for National Security", "orgs"), ("said", 2)),
    ("d08_kyrgyz_tajik", "\"has always belonged to Tajikistan\"", 0, True, ("It", 0), None, ("said", 3)),
    ("d08_kyrgyz_tajik", "\"not been buried,\"", 0, True, ("Kamchybek Tashiev", 0), TASHIEV, ("told", 0)),
    ("d08_kyrgyz_tajik", "\"We have lost too many people in the past decade,\"", 0, True, ("he", 0), TASHIEV,
     ("said", 6)),
    ("d08_kyrgyz_tajik", "\"Every spring we plant, and every spring someone starts shooting,\"", 0, True, ("he", 1),
     None, ("said", 9)),
    ("d08_kyrgyz_tajik", "\"Nobody asks us.\"", 0, True, ("he", 1), None, ("said", 9)),
]


if __name__ == "__main__":
    run("blind6", ENTITIES, DATES, CASUALTIES, QUOTES)
