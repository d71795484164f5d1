#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind7.

Texts: tests/fixtures/blind7/news.jsonl (nine original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors (the table layout and
helper functions follow scripts/make_blind6_gold.py).

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, that spans of one type do not overlap, that every document of news.jsonl is
in every output file, and writes tests/fixtures/gold/blind7.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind7_gold.py [--show]   (--show prints every span in context)
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
PHILIPPINES, NORWAY, THAILAND, MALAYSIA, INDIA, MYANMAR, BANGLADESH, IRAN, PAKISTAN, USA = (
    "Q928", "Q20", "Q869", "Q833", "Q668", "Q836", "Q902", "Q794", "Q843", "Q30")
CAMEROON, NIGERIA, CHAD, ECUADOR, COLOMBIA, MEXICO, CAR, KOSOVO, SERBIA = (
    "Q1009", "Q1033", "Q657", "Q736", "Q739", "Q96", "Q929", "Q1246", "Q403")
UN, EU, NATO, REUTERS, AP = ("Q1065", "Q458", "Q7184", "Q130879", "Q40469")

ENTITIES = [
    # d01_philippines
    ("d01_philippines", "Philippines", [0], "COUNTRY", PHILIPPINES, "Philippines", "name"),  # 1 inside the AFP name
    ("d01_philippines", "Reuters", "all", "ORG", REUTERS, "Reuters", "name"),
    ("d01_philippines", "New People's Army", [0], "GROUP", None, "New People's Army", "name"),
    ("d01_philippines", "NPA", "all", "GROUP", None, "New People's Army", "acronym"),
    ("d01_philippines", "8th Infantry Division", [0], "ORG", None, "8th Infantry Division", "name"),
    ("d01_philippines", "Ramil Oliveros", [0], "OFFICIAL", None, "Ramil Oliveros", "name"),
    ("d01_philippines", "Oliveros", [1], "OFFICIAL", None, "Ramil Oliveros", "surname"),
    ("d01_philippines", "Armed Forces of the Philippines", [0], "ORG", None, "Armed Forces of the Philippines",
     "name"),
    ("d01_philippines", "AFP", [0], "ORG", None, "Armed Forces of the Philippines", "acronym"),  # not the agency
    ("d01_philippines", "Romeo Brawner Jr.", [0], "OFFICIAL", None, "Romeo Brawner Jr.", "name"),
    ("d01_philippines", "Efren Magbanua", [0], "OFFICIAL", None, "Efren Magbanua", "name"),  # "Ka" is an honorific
    ("d01_philippines", "Ferdinand Marcos Jr.", [0], "OFFICIAL", None, "Ferdinand Marcos Jr.", "name"),
    ("d01_philippines", "Gilberto Teodoro", [0], "OFFICIAL", None, "Gilberto Teodoro", "name"),
    ("d01_philippines", "Norwegian", [0], "COUNTRY", NORWAY, "Norway", "demonym"),  # "Norwegian-brokered"
    # d02_thailand
    ("d02_thailand", "Sakchai Waedaoh", [0], "OFFICIAL", None, "Sakchai Waedaoh", "name"),
    ("d02_thailand", "Internal Security Operations Command", [0], "ORG", None,
     "Internal Security Operations Command", "name"),
    ("d02_thailand", "Isoc", [0], "ORG", None, "Internal Security Operations Command", "acronym"),
    ("d02_thailand", "Wichai Thongdee", [0], "OFFICIAL", None, "Wichai Thongdee", "name"),
    ("d02_thailand", "Barisan Revolusi Nasional", [0], "GROUP", None, "Barisan Revolusi Nasional", "name"),
    ("d02_thailand", "BRN", "all", "GROUP", None, "Barisan Revolusi Nasional", "acronym"),
    ("d02_thailand", "Malaysia", [0], "COUNTRY", MALAYSIA, "Malaysia", "name"),
    ("d02_thailand", "Thai", [0], "COUNTRY", THAILAND, "Thailand", "demonym"),
    ("d02_thailand", "Paetongtarn Shinawatra", [0], "OFFICIAL", None, "Paetongtarn Shinawatra", "name"),
    ("d02_thailand", "Paetongtarn", [1], "OFFICIAL", None, "Paetongtarn Shinawatra", "surname"),  # "Ms Paetongtarn"
    ("d02_thailand", "Thailand", [0], "COUNTRY", THAILAND, "Thailand", "name"),
    ("d02_thailand", "Prasert Chaiwong", [0], "OFFICIAL", None, "Prasert Chaiwong", "name"),
    # d03_manipur
    ("d03_manipur", "India", [0], "COUNTRY", INDIA, "India", "name"),
    ("d03_manipur", "N. Biren Singh", [0], "OFFICIAL", None, "N. Biren Singh", "name"),
    ("d03_manipur", "Ajay Kumar Bhalla", [0], "OFFICIAL", None, "Ajay Kumar Bhalla", "name"),
    ("d03_manipur", "Arambai Tenggol", [0], "GROUP", None, "Arambai Tenggol", "name"),
    ("d03_manipur", "Haobam Robindro", [0], "OFFICIAL", None, "Haobam Robindro", "name"),
    ("d03_manipur", "Indian Army", [0], "ORG", None, "Indian Army", "name"),
    ("d03_manipur", "Assam Rifles", [0], "ORG", None, "Assam Rifles", "name"),
    ("d03_manipur", "Myanmar", [0], "COUNTRY", MYANMAR, "Myanmar", "name"),
    # d04_bangladesh
    ("d04_bangladesh", "Bangladesh", "all", "COUNTRY", BANGLADESH, "Bangladesh", "name"),
    ("d04_bangladesh", "Arakan Rohingya Salvation Army", [0], "GROUP", None, "Arakan Rohingya Salvation Army",
     "name"),
    ("d04_bangladesh", "ARSA", "all", "GROUP", None, "Arakan Rohingya Salvation Army", "acronym"),
    ("d04_bangladesh", "Rohingya Solidarity Organisation", [0], "GROUP", None, "Rohingya Solidarity Organisation",
     "name"),
    ("d04_bangladesh", "RSO", [0], "GROUP", None, "Rohingya Solidarity Organisation", "acronym"),
    ("d04_bangladesh", "Zahirul Haque Bhuiyan", [0], "OFFICIAL", None, "Zahirul Haque Bhuiyan", "name"),
    ("d04_bangladesh", "8th Armed Police Battalion", [0], "ORG", None, "8th Armed Police Battalion", "name"),
    ("d04_bangladesh", "APBn", [0], "ORG", None, "8th Armed Police Battalion", "acronym"),
    ("d04_bangladesh", "Myanmar", "all", "COUNTRY", MYANMAR, "Myanmar", "name"),
    ("d04_bangladesh", "UN", "all", "ORG", UN, "United Nations", "acronym"),
    ("d04_bangladesh", "Arakan Army", [0], "GROUP", None, "Arakan Army", "name"),
    ("d04_bangladesh", "Muhammad Yunus", [0], "OFFICIAL", None, "Muhammad Yunus", "name"),
    ("d04_bangladesh", "Yunus", [1], "OFFICIAL", None, "Muhammad Yunus", "surname"),
    ("d04_bangladesh", "World Food Programme", [0], "ORG", None, "World Food Programme", "name"),
    ("d04_bangladesh", "WFP", [0], "ORG", None, "World Food Programme", "acronym"),
    ("d04_bangladesh", "António Guterres", [0], "OFFICIAL", None, "António Guterres", "name"),
    # d05_iran
    ("d05_iran", "Iran", "all", "COUNTRY", IRAN, "Iran", "name"),
    ("d05_iran", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d05_iran", "Jaish al-Adl", "all", "GROUP", None, "Jaish al-Adl", "name"),
    ("d05_iran", "Army of Justice", [0], "GROUP", None, "Jaish al-Adl", "alias"),  # the name, in quotation marks
    ("d05_iran", "Pakistan", "all", "COUNTRY", PAKISTAN, "Pakistan", "name"),
    ("d05_iran", "IRNA", [0], "ORG", None, "Islamic Republic News Agency", "acronym"),
    ("d05_iran", "Tasnim", [0], "ORG", None, "Tasnim News Agency", "name"),
    ("d05_iran", "Eskandar Momeni", [0], "OFFICIAL", None, "Eskandar Momeni", "name"),
    ("d05_iran", "Mohammad Pakpour", [0], "OFFICIAL", None, "Mohammad Pakpour", "name"),
    ("d05_iran", "Islamic Revolutionary Guard Corps", [0], "ORG", None, "Islamic Revolutionary Guard Corps",
     "name"),
    ("d05_iran", "IRGC", [0], "ORG", None, "Islamic Revolutionary Guard Corps", "acronym"),
    ("d05_iran", "Pakistani", [0], "COUNTRY", PAKISTAN, "Pakistan", "demonym"),
    ("d05_iran", "Esmaeil Baghaei", [0], "OFFICIAL", None, "Esmaeil Baghaei", "name"),
    ("d05_iran", "Masoud Pezeshkian", [0], "OFFICIAL", None, "Masoud Pezeshkian", "name"),
    ("d05_iran", "Iranian", [0], "COUNTRY", IRAN, "Iran", "demonym"),
    ("d05_iran", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("d05_iran", "Jundallah", [0], "GROUP", None, "Jundallah", "name"),
    # d06_cameroon
    ("d06_cameroon", "Cameroon", "all", "COUNTRY", CAMEROON, "Cameroon", "name"),
    ("d06_cameroon", "Emmanuel Ndi Fru", [0], "OFFICIAL", None, "Emmanuel Ndi Fru", "name"),
    ("d06_cameroon", "Cyrille Serge Atonfack Guemo", [0], "OFFICIAL", None, "Cyrille Serge Atonfack Guemo",
     "name"),
    ("d06_cameroon", "Ambazonia Defence Forces", [0], "GROUP", None, "Ambazonia Defence Forces", "name"),
    ("d06_cameroon", "ADF", [0], "GROUP", None, "Ambazonia Defence Forces", "acronym"),
    ("d06_cameroon", "Paul Biya", [0], "OFFICIAL", None, "Paul Biya", "name"),
    ("d06_cameroon", "Biya", [1], "OFFICIAL", None, "Paul Biya", "surname"),
    ("d06_cameroon", "Boko Haram", [0], "GROUP", None, "Boko Haram", "name"),
    ("d06_cameroon", "Nigeria", [0], "COUNTRY", NIGERIA, "Nigeria", "name"),
    ("d06_cameroon", "Chad", [1], "COUNTRY", CHAD, "Chad", "name"),  # 0 is Chad Fomba, 2 is Lake Chad
    # d07_ecuador
    ("d07_ecuador", "Ecuador", "all", "COUNTRY", ECUADOR, "Ecuador", "name"),
    ("d07_ecuador", "Daniel Noboa", [0], "OFFICIAL", None, "Daniel Noboa", "name"),
    ("d07_ecuador", "Noboa", [1, 2, 3, 4], "OFFICIAL", None, "Daniel Noboa", "surname"),
    ("d07_ecuador", "Los Choneros", "all", "GROUP", None, "Los Choneros", "name"),
    ("d07_ecuador", "National Police", [0], "ORG", None, "National Police of Ecuador", "name"),
    ("d07_ecuador", "Ecuadorian", [0], "COUNTRY", ECUADOR, "Ecuador", "demonym"),
    ("d07_ecuador", "Gian Carlo Loffredo", [0], "OFFICIAL", None, "Gian Carlo Loffredo", "name"),
    ("d07_ecuador", "Teleamazonas", [0], "ORG", None, "Teleamazonas", "name"),
    ("d07_ecuador", "Joint Command", [0], "ORG", None, "Joint Command of the Armed Forces", "name"),
    ("d07_ecuador", "Adolfo Macías", [0], "OFFICIAL", None, "Adolfo Macías", "name"),
    ("d07_ecuador", "Fito", [0], "OFFICIAL", None, "Adolfo Macías", "alias"),
    ("d07_ecuador", "Los Lobos", [0], "GROUP", None, "Los Lobos", "name"),
    ("d07_ecuador", "Mexican", [0], "COUNTRY", MEXICO, "Mexico", "demonym"),
    ("d07_ecuador", "US", "all", "COUNTRY", USA, "United States", "acronym"),
    ("d07_ecuador", "Drug Enforcement Administration", [0], "ORG", None, "Drug Enforcement Administration", "name"),
    ("d07_ecuador", "American", [0], "COUNTRY", USA, "United States", "demonym"),
    ("d07_ecuador", "Al Jazeera", [0], "ORG", None, "Al Jazeera", "name"),
    ("d07_ecuador", "Colombia", "all", "COUNTRY", COLOMBIA, "Colombia", "name"),
    ("d07_ecuador", "Gustavo Petro", [0], "OFFICIAL", None, "Gustavo Petro", "name"),
    # d08_car
    ("d08_car", "MINUSCA", "all", "ORG", None,
     "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic", "acronym"),
    ("d08_car", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
     [0], "ORG", None,
     "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic", "name"),
    ("d08_car", "Retour, Réclamation et Réhabilitation", [0], "GROUP", None, "Retour, Réclamation et Réhabilitation",
     "name"),
    ("d08_car", "3R", "all", "GROUP", None, "Retour, Réclamation et Réhabilitation", "acronym"),
    ("d08_car", "Bangladeshi", [0], "COUNTRY", BANGLADESH, "Bangladesh", "demonym"),
    ("d08_car", "Valentine Rugwabiza", [0], "OFFICIAL", None, "Valentine Rugwabiza", "name"),
    ("d08_car", "Cameroon", [0], "COUNTRY", CAMEROON, "Cameroon", "name"),
    ("d08_car", "Chad", [0], "COUNTRY", CHAD, "Chad", "name"),
    ("d08_car", "Central African Armed Forces", [0], "ORG", None, "Central African Armed Forces", "name"),
    ("d08_car", "FACA", [0], "ORG", None, "Central African Armed Forces", "acronym"),
    ("d08_car", "Central African", [2], "COUNTRY", CAR, "Central African Republic", "demonym"),  # 0, 1 inside ORG names
    ("d08_car", "Faustin-Archange Touadéra", [0], "OFFICIAL", None, "Faustin-Archange Touadéra", "name"),
    # d09_kosovo
    ("d09_kosovo", "Kosovo", "all", "COUNTRY", KOSOVO, "Kosovo", "name"),
    ("d09_kosovo", "Serbia", "all", "COUNTRY", SERBIA, "Serbia", "name"),
    ("d09_kosovo", "Albin Kurti", [0], "OFFICIAL", None, "Albin Kurti", "name"),
    ("d09_kosovo", "Kosovan", [0], "COUNTRY", KOSOVO, "Kosovo", "demonym"),
    ("d09_kosovo", "Aleksandar Vučić", [0], "OFFICIAL", None, "Aleksandar Vučić", "name"),
    ("d09_kosovo", "Nato", [0], "ORG", NATO, "NATO", "acronym"),
    ("d09_kosovo", "KFOR", [0], "ORG", None, "Kosovo Force", "acronym"),
    ("d09_kosovo", "EU", "all", "ORG", EU, "European Union", "acronym"),
    ("d09_kosovo", "Kaja Kallas", [0], "OFFICIAL", None, "Kaja Kallas", "name"),
]

# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# --------------------------------------------------------------------------------------------
DATES = [
    # d01_philippines, document date 2025-03-07 (Friday, 2025-W10)
    ("d01_philippines", "March 7", 0, "DATE", "2025-03-07", "document"),
    ("d01_philippines", "Thursday", 0, "DATE", "2025-03-06", "document"),
    ("d01_philippines", "this year", 0, "DATE", "2025", "document"),
    ("d01_philippines", "about 6:15 a.m.", 0, "TIME", "2025-03-06T06:15", "document"),
    ("d01_philippines", "nearly 40 minutes", 0, "DURATION", "PT40M", "absolute"),
    ("d01_philippines", "Friday", 0, "DATE", "2025-03-07", "document"),
    ("d01_philippines", "January", 0, "DATE", "2025-01", "document"),
    ("d01_philippines", "December", 0, "DATE", "2025-12", "document"),  # "defeated by December"
    ("d01_philippines", "Friday afternoon", 0, "TIME", "2025-03-07TAF", "document"),
    ("d01_philippines", "1969", 0, "DATE", "1969", "absolute"),
    ("d01_philippines", "2017", 0, "DATE", "2017", "absolute"),
    ("d01_philippines", "November 2023", 0, "DATE", "2023-11", "absolute"),
    # d02_thailand, document date 2025-04-22 (Tuesday, 2025-W17)
    ("d02_thailand", "about 7.40am", 0, "TIME", "2025-04-22T07:40", "document"),
    ("d02_thailand", "Tuesday", 0, "DATE", "2025-04-22", "document"),
    ("d02_thailand", "twice a week", 0, "SET", "P1W", "absolute"),
    ("d02_thailand", "two weeks", 0, "DURATION", "P2W", "absolute"),
    ("d02_thailand", "2013", 0, "DATE", "2013", "absolute"),
    ("d02_thailand", "Last month", 0, "DATE", "2025-03", "document"),
    ("d02_thailand", "January 2004", 0, "DATE", "2004-01", "absolute"),
    ("d02_thailand", "now", 0, "DATE", "PRESENT_REF", "absolute"),
    # d03_manipur, no document date
    ("d03_manipur", "May 2023", 0, "DATE", "2023-05", "absolute"),
    ("d03_manipur", "two hours", 0, "DURATION", "PT2H", "absolute"),
    ("d03_manipur", "every night", 0, "SET", "XXXX-XX-XXTNI", "absolute"),
    ("d03_manipur", "next year", 0, "DATE", "XXXX", "unresolved"),
    ("d03_manipur", "two years", 0, "DURATION", "P2Y", "absolute"),  # "for two years"
    ("d03_manipur", "May 2023", 1, "DATE", "2023-05", "absolute"),
    ("d03_manipur", "February", 0, "DATE", "XXXX-02", "unresolved"),
    ("d03_manipur", "nearly two years", 0, "DURATION", "P2Y", "absolute"),
    ("d03_manipur", "a single day", 0, "DURATION", "P1D", "absolute"),
    ("d03_manipur", "last week", 0, "DATE", "XXXX-WXX", "unresolved"),
    ("d03_manipur", "Saturday", 0, "DATE", "XXXX-WXX-6", "unresolved"),
    # d04_bangladesh, no JSONL date; the text's own header date 12 March 2025 (Wednesday, 2025-W11)
    ("d04_bangladesh", "12 March 2025", 0, "DATE", "2025-03-12", "absolute"),
    ("d04_bangladesh", "Tuesday", 0, "DATE", "2025-03-11", "document"),  # "early on Tuesday"
    ("d04_bangladesh", "2021", 0, "DATE", "2021", "absolute"),
    ("d04_bangladesh", "about 2 o’clock", 0, "TIME", "2025-03-11T02:00", "document"),
    ("d04_bangladesh", "the past year", 0, "DURATION", "P1Y", "absolute"),
    ("d04_bangladesh", "August 2017", 0, "DATE", "2017-08", "absolute"),
    ("d04_bangladesh", "now", 0, "DATE", "PRESENT_REF", "absolute"),
    ("d04_bangladesh", "December", 0, "DATE", "2024-12", "document"),  # Maungdaw fell before the March story
    ("d04_bangladesh", "this week", 0, "DATE", "2025-W11", "document"),
    ("d04_bangladesh", "April", 0, "DATE", "2025-04", "document"),
    ("d04_bangladesh", "Friday", 0, "DATE", "2025-03-14", "document"),  # future: "is due to visit"
    # d05_iran, document date 2025-02-18 (Tuesday, 2025-W08)
    ("d05_iran", "overnight", 0, "TIME", "2025-02-17TNI", "document"),
    ("d05_iran", "Tuesday", 0, "DATE", "2025-02-18", "document"),
    ("d05_iran", "about 1 a.m.", 0, "TIME", "2025-02-18T01:00", "document"),
    ("d05_iran", "about three hours", 0, "DURATION", "PT3H", "absolute"),
    ("d05_iran", "January 2024", 0, "DATE", "2024-01", "absolute"),
    ("d05_iran", "Monday", 0, "DATE", "2025-02-17", "document"),
    ("d05_iran", "last July", 0, "DATE", "2024-07", "document"),
    ("d05_iran", "2012", 0, "DATE", "2012", "absolute"),
    ("d05_iran", "2010", 0, "DATE", "2010", "absolute"),
    # d06_cameroon, document date 2025-05-16 (Friday, 2025-W20)
    ("d06_cameroon", "Wednesday night", 0, "TIME", "2025-05-14TNI", "document"),
    ("d06_cameroon", "Friday", 0, "DATE", "2025-05-16", "document"),
    ("d06_cameroon", "about 9 p.m.", 0, "TIME", "2025-05-14T21:00", "document"),
    ("d06_cameroon", "the next morning", 0, "TIME", "2025-05-15TMO", "document"),
    ("d06_cameroon", "Thursday", 0, "DATE", "2025-05-15", "document"),
    ("d06_cameroon", "every Monday", 0, "SET", "XXXX-WXX-1", "absolute"),
    ("d06_cameroon", "2017", 0, "DATE", "2017", "absolute"),
    ("d06_cameroon", "May 20", 0, "DATE", "2025-05-20", "document"),
    ("d06_cameroon", "2016", 0, "DATE", "2016", "absolute"),
    ("d06_cameroon", "1982", 0, "DATE", "1982", "absolute"),
    ("d06_cameroon", "October", 0, "DATE", "2025-10", "document"),  # "October's election"
    # d07_ecuador, document date 2025-03-21 (Friday, 2025-W12); live-blog timestamps are GMT
    ("d07_ecuador", "60-day", 0, "DURATION", "P60D", "absolute"),
    ("d07_ecuador", "14:05 GMT", 0, "TIME", "2025-03-21T14:05", "document"),
    ("d07_ecuador", "13:40 GMT", 0, "TIME", "2025-03-21T13:40", "document"),
    ("d07_ecuador", "a year", 0, "DURATION", "P1Y", "absolute"),  # "within a year"
    ("d07_ecuador", "12:55 GMT", 0, "TIME", "2025-03-21T12:55", "document"),
    ("d07_ecuador", "11 p.m.", 0, "TIME", "2025-03-20T23:00", "document"),
    ("d07_ecuador", "3 a.m. local time", 0, "TIME", "2025-03-21T03:00", "document"),
    ("d07_ecuador", "12:20 GMT", 0, "TIME", "2025-03-21T12:20", "document"),
    ("d07_ecuador", "January 2024", 0, "DATE", "2024-01", "absolute"),
    ("d07_ecuador", "11:30 GMT", 0, "TIME", "2025-03-21T11:30", "document"),
    ("d07_ecuador", "Thursday evening", 0, "TIME", "2025-03-20TEV", "document"),
    ("d07_ecuador", "hours", 0, "DURATION", "PTXH", "absolute"),  # "shooting for hours", in a quotation
    ("d07_ecuador", "10:15 GMT", 0, "TIME", "2025-03-21T10:15", "document"),
    ("d07_ecuador", "48 hours", 0, "DURATION", "PT48H", "absolute"),
    ("d07_ecuador", "09:30 GMT", 0, "TIME", "2025-03-21T09:30", "document"),
    ("d07_ecuador", "overnight", 0, "TIME", "2025-03-20TNI", "document"),
    ("d07_ecuador", "2023", 0, "DATE", "2023", "absolute"),
    # d08_car, document date 2025-02-26 (Wednesday, 2025-W09)
    ("d08_car", "26 February 2025", 0, "DATE", "2025-02-26", "absolute"),
    ("d08_car", "Monday", 0, "DATE", "2025-02-24", "document"),
    ("d08_car", "Tuesday morning", 0, "TIME", "2025-02-25TMO", "document"),
    ("d08_car", "February 2019", 0, "DATE", "2019-02", "absolute"),
    ("d08_car", "January", 0, "DATE", "2025-01", "document"),
    ("d08_car", "December", 0, "DATE", "2025-12", "document"),  # elections "planned for December"
    # d09_kosovo, document date 2025-04-05 (Saturday, 2025-W14); day-first numeric dates
    ("d09_kosovo", "Sat 05/04/2025", 0, "DATE", "2025-04-05", "absolute"),
    ("d09_kosovo", "03/04/2025", 0, "DATE", "2025-04-03", "absolute"),
    ("d09_kosovo", "about 11.50pm", 0, "TIME", "2025-03-29T23:50", "absolute"),
    ("d09_kosovo", "29/03/2025", 0, "DATE", "2025-03-29", "absolute"),
    ("d09_kosovo", "Friday", 0, "DATE", "2025-04-04", "document"),
    ("d09_kosovo", "forty years", 0, "DURATION", "P40Y", "absolute"),
    ("d09_kosovo", "Now", 0, "DATE", "PRESENT_REF", "absolute"),
    ("d09_kosovo", "September 2023", 0, "DATE", "2023-09", "absolute"),
    ("d09_kosovo", "next month", 0, "DATE", "2025-05", "document"),
    ("d09_kosovo", "2008", 0, "DATE", "2008", "absolute"),
]

# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, surface, occurrence, label, min, max, approximate, negated, victims)
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    # d01_philippines
    ("d01_philippines", "killing three soldiers", 0, "KILLED", 3, 3, False, False, "soldiers"),
    ("d01_philippines", "wounding five others", 0, "INJURED", 5, 5, False, False, "others"),
    ("d01_philippines", "No civilians were hurt", 0, "INJURED", 0, 0, False, True, "civilians"),
    ("d01_philippines", "killed an estimated 40,000 people", 0, "KILLED", 40000, 40000, True, False, "people"),
    # d02_thailand
    ("d02_thailand", "Two rangers killed", 0, "KILLED", 2, 2, False, False, "rangers"),  # headline
    ("d02_thailand", "Two paramilitary rangers were killed", 0, "KILLED", 2, 2, False, False, "paramilitary rangers"),
    ("d02_thailand", "a village headman was seriously wounded", 0, "INJURED", 1, 1, False, False, "village headman"),
    ("d02_thailand", "None of the six teachers, who were travelling in a second vehicle, was hurt", 0, "INJURED",
     0, 0, False, True, "teachers"),
    ("d02_thailand", "More than 7,000 people have been killed", 0, "KILLED", 7000, None, False, False, "people"),
    # d03_manipur
    ("d03_manipur", "killed more than 250 people", 0, "KILLED", 250, None, False, False, "people"),
    ("d03_manipur", "three village volunteers were killed", 0, "KILLED", 3, 3, False, False, "village volunteers"),
    ("d03_manipur", "a fourth man is still missing", 0, "MISSING", 1, 1, False, False, "man"),
    # d04_bangladesh
    ("d04_bangladesh", "Two killed", 0, "KILLED", 2, 2, False, False, None),  # headline
    ("d04_bangladesh", "Two Rohingya men were shot dead", 0, "KILLED", 2, 2, False, False, "Rohingya men"),
    ("d04_bangladesh", "at least a dozen other refugees were injured", 0, "INJURED", 12, None, True, False,
     "refugees"),
    ("d04_bangladesh", "abducted scores of refugees", 0, "KIDNAPPED", 40, 99, True, False, "refugees"),
    # d05_iran
    ("d05_iran", "killing eight police officers and a civilian", 0, "KILLED", 9, 9, False, False,
     "police officers and a civilian"),
    ("d05_iran", "killed four of the assailants", 0, "KILLED", 4, 4, False, False, "assailants"),
    ("d05_iran", "Three other officers were wounded", 0, "INJURED", 3, 3, False, False, "officers"),
    ("d05_iran", "killed dozens of Iranian security personnel", 0, "KILLED", 24, 99, True, False,
     "Iranian security personnel"),
    # d06_cameroon
    ("d06_cameroon", "killing seven civilians", 0, "KILLED", 7, 7, False, False, "civilians"),
    ("d06_cameroon", "abducting four others", 0, "KIDNAPPED", 4, 4, False, False, "others"),
    ("d06_cameroon", "killed three separatist fighters", 0, "KILLED", 3, 3, False, False, "separatist fighters"),
    ("d06_cameroon", "no soldiers were wounded", 0, "INJURED", 0, 0, False, True, "soldiers"),
    ("d06_cameroon", "killed more than 6,000 people", 0, "KILLED", 6000, None, False, False, "people"),
    # d07_ecuador
    ("d07_ecuador", "Death toll rises to 14", 0, "KILLED", 14, 14, False, False, None),  # entry headline
    ("d07_ecuador", "14 people were killed", 0, "KILLED", 14, 14, False, False, "people"),
    ("d07_ecuador", "Nearly 40 others were injured", 0, "INJURED", 40, 40, True, False, "others"),
    ("d07_ecuador", "No soldiers were killed", 0, "KILLED", 0, 0, False, True, "soldiers"),
    # d08_car
    ("d08_car", "at least 19 civilians, including women and children, were killed", 0, "KILLED", 19, None, False,
     False, "civilians"),
    ("d08_car", "scores of others were wounded", 0, "INJURED", 40, 99, True, False, "others"),
    ("d08_car", "Several people are still missing", 0, "MISSING", 3, 9, True, False, "people"),
    ("d08_car", "None of the peacekeepers was injured", 0, "INJURED", 0, 0, False, True, "peacekeepers"),
    # d09_kosovo
    ("d09_kosovo", "injured two officers", 0, "INJURED", 2, 2, False, False, "officers"),
    ("d09_kosovo", "No one was hurt", 0, "INJURED", 0, 0, False, True, None),
    ("d09_kosovo", "a Kosovan police officer and three Serb gunmen were killed", 0, "KILLED", 4, 4, False, False,
     "Kosovan police officer and three Serb gunmen"),
]

# --------------------------------------------------------------------------------------------
# QUOTES: (doc, surface incl. marks, occurrence, closed, speaker (surface, occurrence or None for
# the nearest), speaker entity (qid, name, gazetteer) or None, cue (surface, occurrence or None))
# --------------------------------------------------------------------------------------------
OLIVEROS = (None, "Ramil Oliveros", "officials")
BRAWNER = (None, "Romeo Brawner Jr.", "officials")
MAGBANUA = (None, "Efren Magbanua", "officials")
WICHAI = (None, "Wichai Thongdee", "officials")
PAETONGTARN = (None, "Paetongtarn Shinawatra", "officials")
ROBINDRO = (None, "Haobam Robindro", "officials")
YUNUS = (None, "Muhammad Yunus", "officials")
MOMENI = (None, "Eskandar Momeni", "officials")
PAKPOUR = (None, "Mohammad Pakpour", "officials")
BAGHAEI = (None, "Esmaeil Baghaei", "officials")
ADF = (None, "Ambazonia Defence Forces", "groups")
NOBOA = (None, "Daniel Noboa", "officials")
PETRO = (None, "Gustavo Petro", "officials")
RUGWABIZA = (None, "Valentine Rugwabiza", "officials")
KURTI = (None, "Albin Kurti", "officials")
VUCIC = (None, "Aleksandar Vučić", "officials")
KALLAS = (None, "Kaja Kallas", "officials")

QUOTES = [
    # d01_philippines
    ("d01_philippines", "\"They used a command-detonated mine, which is banned under international humanitarian "
     "law,\"", 0, True, ("Oliveros", 1), OLIVEROS, ("told", 0)),
    ("d01_philippines", "\"Our troops held their ground until reinforcements arrived.\"", 0, True, ("Oliveros", 1),
     OLIVEROS, ("told", 0)),
    ("d01_philippines", "\"strategically defeated\"", 0, True, ("Romeo Brawner Jr.", 0), BRAWNER, ("said", 3)),
    ("d01_philippines", "\"turned the villages of Samar into garrisons.\"", 0, True, ("Efren Magbanua", 0), MAGBANUA,
     ("said", 4)),
    # d02_thailand
    ("d02_thailand", "\"They want to show they can strike whenever they like, even as their leaders sit at the "
     "negotiating table,\"", 0, True, ("he", 0), WICHAI, ("said", 2)),
    ("d02_thailand", "\"We will not let violence decide the future of the southern border provinces,\"", 0, True,
     ("Paetongtarn", 1), PAETONGTARN, ("said", 4)),
    ("d02_thailand", "\"People there want to send their children to school in peace.\"", 0, True,
     ("Paetongtarn", 1), PAETONGTARN, ("said", 4)),
    # d03_manipur
    ("d03_manipur", "“I have not seen my mother’s house since May 2023. It is two hours by car, maybe less. But the "
     "buffer zone lies between us, and there are men with guns on both sides of it,”", 0, True, ("she", 0), None,
     ("said", 0)),
    ("d03_manipur", "“My children ask me every night when we will go home. I tell them next year. I have been "
     "telling them that for two years.”", 0, True, ("she", 0), None, ("said", 0)),
    ("d03_manipur", "“We have recovered rifles, mortars, even a homemade rocket launcher. What we have not "
     "recovered is trust,”", 0, True, ("he", 0), ROBINDRO, ("said", 2)),
    ("d03_manipur", "“Every family in the valley has a cousin in the hills, and every family in the hills has "
     "buried someone. You cannot hand that in at a police station.”", 0, True, ("he", 0), ROBINDRO, ("said", 2)),
    ("d03_manipur", "“The government in Delhi talks about normalcy,”", 0, True, ("she", 2), None, ("said", 4)),
    ("d03_manipur", "“Normalcy for whom?”", 0, True, ("she", 2), None, ("said", 4)),
    # d04_bangladesh
    ("d04_bangladesh", "“The shooters came at about 2 o’clock, when everyone was asleep,”", 0, True,
     ("Mohammad Salim", 0), None, ("said", 1)),
    ("d04_bangladesh", "“They were looking for one family. They did not care who else was in the room.”", 0, True,
     ("Mohammad Salim", 0), None, ("said", 1)),
    ("d04_bangladesh", "“genocidal intent.”", 0, True, ("UN investigators", 0), None, ("said", 3)),
    ("d04_bangladesh", "“forgotten”", 0, True, ("Muhammad Yunus", 0), YUNUS, ("told", 0)),
    # d05_iran
    ("d05_iran", "«The terrorists who attacked our police will find no safe place on either side of the border. We "
     "will pursue them wherever they hide.»", 0, True, ("Eskandar Momeni", 0), MOMENI, ("said", 1)),
    ("d05_iran", "\"sealed\"", 0, True, ("Mohammad Pakpour", 0), PAKPOUR, ("said", 2)),
    ("d05_iran", "«Our neighbors must not allow their soil to become a haven for terrorists,»", 0, True,
     ("Esmaeil Baghaei", 0), BAGHAEI, ("told", 0)),
    # d06_cameroon
    ("d06_cameroon", "\"Nobody sleeps in this village any more,\"", 0, True, ("Chad Fomba", 0), None, ("said", 2)),
    ("d06_cameroon", "\"The children ask me why the soldiers did not come earlier. I have no answer for them.\"", 0,
     True, ("Chad Fomba", 0), None, ("said", 2)),
    ("d06_cameroon", "\"the work of government-backed militias.\"", 0, True, ("Ambazonia Defence Forces", 0), ADF,
     ("calling", 0)),
    # d07_ecuador
    ("d07_ecuador", "\"declared war on the Ecuadorian people\"", 0, True, ("Noboa", 2), NOBOA, ("said", 0)),
    ("d07_ecuador", "\"take back every street.\"", 0, True, ("Noboa", 2), NOBOA, ("said", 0)),
    ("d07_ecuador", "\"We heard shooting for hours. The staff pushed the beds against the doors,\"", 0, True,
     ("she", 1), None, ("said", 4)),
    ("d07_ecuador", "\"organised crime knows no borders.\"", 0, True, ("Gustavo Petro", 0), PETRO, ("wrote", 0)),
    # d08_car
    ("d08_car", "“The deliberate targeting of civilians may constitute a war crime. Those responsible will be "
     "identified and held accountable,”", 0, True, ("Valentine Rugwabiza", 0), RUGWABIZA, ("said", 0)),
    # d09_kosovo
    ("d09_kosovo", "‘We have been here for forty years and nobody has ever broken a window,’", 0, True,
     ("Milica Petrović", 0), None, ("said", 1)),
    ("d09_kosovo", "‘Now my customers are afraid to sit outside, and I don’t blame them.’", 0, True,
     ("Milica Petrović", 0), None, ("said", 1)),
    ("d09_kosovo", "‘sponsoring terror’", 0, True, ("Albin Kurti", 0), KURTI, ("accused", 0)),
    ("d09_kosovo", "‘the hallmarks of Banjska’", 0, True, ("Albin Kurti", 0), KURTI, ("said", 2)),
    ("d09_kosovo", "‘nothing to do with’", 0, True, ("Aleksandar Vučić", 0), VUCIC, ("said", 3)),
    ("d09_kosovo", "‘the persecution of Serbs in Kosovo’", 0, True, ("Aleksandar Vučić", 0), VUCIC, ("accused", 1)),
    ("d09_kosovo", "‘refrain from any step that could escalate tensions’", 0, True, ("Kaja Kallas", 0), KALLAS,
     ("urged", 0)),
]


if __name__ == "__main__":
    run("blind7", ENTITIES, DATES, CASUALTIES, QUOTES)
