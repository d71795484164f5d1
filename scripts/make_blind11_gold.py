#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind11.

Texts: tests/fixtures/blind11/news.jsonl (eight original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors (the table layout and
helper functions follow scripts/make_blind10_gold.py).

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, that spans of one type do not overlap, that every document of news.jsonl is
in every output file, and writes tests/fixtures/gold/blind11.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind11_gold.py [--show]   (--show prints every span in context)
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
NKOREA, SKOREA, JAPAN, USA, ISRAEL, SERBIA, CHINA, SLEONE, TUNISIA, ITALY, LIBYA, ALGERIA = (
    "Q423", "Q884", "Q17", "Q30", "Q801", "Q403", "Q148", "Q1044", "Q948", "Q38", "Q1016", "Q262")
INDIA, PAKISTAN, UK, POLAND, BELARUS, RUSSIA = ("Q668", "Q843", "Q145", "Q36", "Q184", "Q159")
UN, EU, REUTERS, AP, AFP = ("Q1065", "Q458", "Q130879", "Q40469", "Q40464")

ENTITIES = [
    # d01_northkorea (Wonsan, Pyongyang, Washington, Tokyo, Beijing, the Defence Ministry, Freedom
    # Shield and "the army" not tagged)
    ("d01_northkorea", "Reuters", "all", "ORG", REUTERS, "Reuters", "name"),
    ("d01_northkorea", "North Korea", "all", "COUNTRY", NKOREA, "North Korea", "name"),  # incl. one in a quotation
    ("d01_northkorea", "South Korea", "all", "COUNTRY", SKOREA, "South Korea", "name"),
    ("d01_northkorea", "Joint Chiefs of Staff", [0], "ORG", None, "Joint Chiefs of Staff (South Korea)", "name"),
    ("d01_northkorea", "JCS", "all", "ORG", None, "Joint Chiefs of Staff (South Korea)", "acronym"),
    ("d01_northkorea", "Japan", "all", "COUNTRY", JAPAN, "Japan", "name"),
    ("d01_northkorea", "Kim Jong Un", [0], "OFFICIAL", None, "Kim Jong Un", "name"),
    ("d01_northkorea", "KCNA", [0], "ORG", None, "Korean Central News Agency", "acronym"),
    ("d01_northkorea", "Japanese", [0], "COUNTRY", JAPAN, "Japan", "demonym"),
    ("d01_northkorea", "Yoshimasa Hayashi", [0], "OFFICIAL", None, "Yoshimasa Hayashi", "name"),
    ("d01_northkorea", "Hayashi", [1], "OFFICIAL", None, "Yoshimasa Hayashi", "surname"),  # 0 in the full name
    ("d01_northkorea", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("d01_northkorea", "South Korean", [0], "COUNTRY", SKOREA, "South Korea", "demonym"),
    ("d01_northkorea", "U.N. Security Council", [0], "ORG", None, "United Nations Security Council", "name"),
    # d02_gaza (GAZA CITY, Gaza, the civil defence agency, X and "the military" not tagged)
    ("d02_gaza", "AFP", [0], "ORG", AFP, "Agence France-Presse", "acronym"),
    ("d02_gaza", "World Food Programme", [0], "ORG", None, "World Food Programme", "name"),
    ("d02_gaza", "UN", "all", "ORG", UN, "United Nations", "acronym"),  # "UN contractors", "UN agency", "UN human rights office"
    ("d02_gaza", "WFP", "all", "ORG", None, "World Food Programme", "acronym"),
    ("d02_gaza", "Israel", [0, 2], "COUNTRY", ISRAEL, "Israel", "name"),  # 1 is in the IDF's name
    ("d02_gaza", "Israel Defense Forces", [0], "ORG", None, "Israel Defense Forces", "name"),
    ("d02_gaza", "UNRWA", [0], "ORG", None, "UNRWA", "acronym"),
    ("d02_gaza", "Philippe Lazzarini", [0], "OFFICIAL", None, "Philippe Lazzarini", "name"),
    ("d02_gaza", "Hamas", [0], "GROUP", None, "Hamas", "name"),
    ("d02_gaza", "Cindy McCain", [0], "OFFICIAL", None, "Cindy McCain", "name"),  # heads a UN agency
    # d03_serbia (Belgrade, BELGRADE, Novi Sad, parliament, the reporter Jelena Marković and the
    # student Ana Petrović not tagged; "the Republic" is not a name)
    ("d03_serbia", "Serbian", [0], "COUNTRY", SERBIA, "Serbia", "demonym"),
    ("d03_serbia", "Ivica Dačić", [0], "OFFICIAL", None, "Ivica Dačić", "name"),
    ("d03_serbia", "Dačić", [1], "OFFICIAL", None, "Ivica Dačić", "surname"),  # 0 in the full name
    ("d03_serbia", "Serbia", [0], "COUNTRY", SERBIA, "Serbia", "name"),  # inside a quotation
    ("d03_serbia", "Aleksandar Vučić", [0], "OFFICIAL", None, "Aleksandar Vučić", "name"),
    ("d03_serbia", "Vučić", [1], "OFFICIAL", None, "Aleksandar Vučić", "surname"),
    ("d03_serbia", "European Union", [0], "ORG", EU, "European Union", "name"),
    ("d03_serbia", "Miloš Vučević", [0], "OFFICIAL", None, "Miloš Vučević", "name"),
    # d04_eastchina (Tokyo, Beijing, Washington, the Senkaku Islands, Diaoyu / Diaoyu Dao, the
    # foreign ministry, X not tagged)
    ("d04_eastchina", "Japan", [0, 1, 3, 4, 5, 6], "COUNTRY", JAPAN, "Japan", "name"),  # 2 in "Japan Coast Guard"
    ("d04_eastchina", "Chinese", "all", "COUNTRY", CHINA, "China", "demonym"),
    ("d04_eastchina", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d04_eastchina", "China", [0, 2, 3], "COUNTRY", CHINA, "China", "name"),  # 1, 4 in "China Coast Guard"
    ("d04_eastchina", "China Coast Guard", "all", "ORG", None, "China Coast Guard", "name"),
    ("d04_eastchina", "Japanese", "all", "COUNTRY", JAPAN, "Japan", "demonym"),
    ("d04_eastchina", "Japan Coast Guard", [0], "ORG", None, "Japan Coast Guard", "name"),
    ("d04_eastchina", "Takeshi Iwaya", [0], "OFFICIAL", None, "Takeshi Iwaya", "name"),
    ("d04_eastchina", "Lin Jian", [0], "OFFICIAL", None, "Lin Jian", "name"),
    ("d04_eastchina", "Liu Dejun", [0], "OFFICIAL", None, "Liu Dejun", "name"),
    ("d04_eastchina", "U.S.", [0], "COUNTRY", USA, "United States", "acronym"),
    ("d04_eastchina", "George Glass", [0], "OFFICIAL", None, "George Glass", "name"),
    ("d04_eastchina", "Taiwan", [0], "COUNTRY", "Q865", "Taiwan", "name"),  # a widely recognised territory
    ("d04_eastchina", "Gen Nakatani", [0], "OFFICIAL", None, "Gen Nakatani", "name"),
    ("d04_eastchina", "Self-Defense Forces", [0], "ORG", None, "Japan Self-Defense Forces", "alias"),
    # d05_sierraleone (FREETOWN, PADEMBA ROAD PRISON, "WEST AFRICAN" not tagged)
    ("d05_sierraleone", "SIERRA LEONE", "all", "COUNTRY", SLEONE, "Sierra Leone", "name"),
    ("d05_sierraleone", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d05_sierraleone", "CHERNOR BAH", [0], "OFFICIAL", None, "Chernor Bah", "name"),
    ("d05_sierraleone", "JULIUS MAADA BIO", [0], "OFFICIAL", None, "Julius Maada Bio", "name"),
    ("d05_sierraleone", "BIO", [1], "OFFICIAL", None, "Julius Maada Bio", "surname"),  # 0 in the full name
    ("d05_sierraleone", "ECOWAS", [0], "ORG", None, "Economic Community of West African States", "acronym"),
    ("d05_sierraleone", "BAH", [1], "OFFICIAL", None, "Chernor Bah", "surname"),  # 0 in the full name
    ("d05_sierraleone", "ERNEST BAI KOROMA", [0], "OFFICIAL", None, "Ernest Bai Koroma", "name"),  # former president
    # d06_tunisia (SFAX, Sfax, sub-Saharan Africa, the central Mediterranean not tagged)
    ("d06_tunisia", "Tunisia", "all", "COUNTRY", TUNISIA, "Tunisia", "name"),
    ("d06_tunisia", "National Guard", "all", "ORG", None, "National Guard (Tunisia)", "name"),
    ("d06_tunisia", "Houssem Eddine Jebabli", [0], "OFFICIAL", None, "Houssem Eddine Jebabli", "name"),
    ("d06_tunisia", "Jebabli", [1], "OFFICIAL", None, "Houssem Eddine Jebabli", "surname"),
    ("d06_tunisia", "TAP", [0], "ORG", None, "Tunis Afrique Presse", "acronym"),
    ("d06_tunisia", "European Union", [0], "ORG", EU, "European Union", "name"),
    ("d06_tunisia", "Italian", [0], "COUNTRY", ITALY, "Italy", "demonym"),
    ("d06_tunisia", "Giorgia Meloni", [0], "OFFICIAL", None, "Giorgia Meloni", "name"),
    ("d06_tunisia", "Italy", [0], "COUNTRY", ITALY, "Italy", "name"),
    ("d06_tunisia", "Libya", [0], "COUNTRY", LIBYA, "Libya", "name"),
    ("d06_tunisia", "Algeria", [0], "COUNTRY", ALGERIA, "Algeria", "name"),
    ("d06_tunisia", "Kais Saied", [0], "OFFICIAL", None, "Kais Saied", "name"),
    ("d06_tunisia", "International Organization for Migration", [0], "ORG", None,
     "International Organization for Migration", "name"),
    ("d06_tunisia", "Ivorian", [0], "COUNTRY", "Q1008", "Côte d'Ivoire", "demonym"),
    ("d06_tunisia", "IOM", [0], "ORG", None, "International Organization for Migration", "acronym"),
    # d07_indiapak (NEW DELHI/ISLAMABAD, New Delhi, Kashmir, Pahalgam, Poonch, the Line of Control,
    # "the Indian army" (lower-case generic: only "Indian" tagged) not tagged)
    ("d07_indiapak", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d07_indiapak", "India", "all", "COUNTRY", INDIA, "India", "name"),
    ("d07_indiapak", "Pakistan", "all", "COUNTRY", PAKISTAN, "Pakistan", "name"),  # incl. one in a quotation
    ("d07_indiapak", "Pakistani", "all", "COUNTRY", PAKISTAN, "Pakistan", "demonym"),  # incl. "Pakistani Kashmir"
    ("d07_indiapak", "Ahmed Sharif Chaudhry", [0], "OFFICIAL", None, "Ahmed Sharif Chaudhry", "name"),
    ("d07_indiapak", "Indian", "all", "COUNTRY", INDIA, "India", "demonym"),
    ("d07_indiapak", "Shehbaz Sharif", [0], "OFFICIAL", None, "Shehbaz Sharif", "name"),
    ("d07_indiapak", "Khawaja Asif", [0], "OFFICIAL", None, "Khawaja Asif", "name"),
    ("d07_indiapak", "Geo News", [0], "ORG", None, "Geo News", "name"),
    ("d07_indiapak", "Vikram Misri", [0], "OFFICIAL", None, "Vikram Misri", "name"),
    ("d07_indiapak", "Lashkar-e-Taiba", [0], "GROUP", None, "Lashkar-e-Taiba", "name"),
    ("d07_indiapak", "LeT", [0], "GROUP", None, "Lashkar-e-Taiba", "acronym"),
    ("d07_indiapak", "Jaish-e-Mohammed", [0], "GROUP", None, "Jaish-e-Mohammed", "name"),
    ("d07_indiapak", "U.N.", [0], "ORG", UN, "United Nations", "acronym"),
    ("d07_indiapak", "Antonio Guterres", [0], "OFFICIAL", None, "António Guterres", "name"),
    ("d07_indiapak", "Britain", [0], "COUNTRY", UK, "United Kingdom", "alias"),
    # d08_belarus (WARSAW, Dubicze Cerkiewne, Minsk, X, "the Republic" not tagged)
    ("d08_belarus", "Polish", "all", "COUNTRY", POLAND, "Poland", "demonym"),
    ("d08_belarus", "Belarus", "all", "COUNTRY", BELARUS, "Belarus", "name"),
    ("d08_belarus", "Donald Tusk", [0], "OFFICIAL", None, "Donald Tusk", "name"),
    ("d08_belarus", "Poland", "all", "COUNTRY", POLAND, "Poland", "name"),  # incl. one in a quotation
    ("d08_belarus", "Władysław Kosiniak-Kamysz", [0], "OFFICIAL", None, "Władysław Kosiniak-Kamysz", "name"),
    ("d08_belarus", "Russia", [0], "COUNTRY", RUSSIA, "Russia", "name"),
    ("d08_belarus", "European Union", [0], "ORG", EU, "European Union", "name"),
    ("d08_belarus", "Border Guard", [0], "ORG", None, "Border Guard (Poland)", "name"),
    ("d08_belarus", "Belarusian", [0], "COUNTRY", BELARUS, "Belarus", "demonym"),
    ("d08_belarus", "Alexander Lukashenko", [0], "OFFICIAL", None, "Alexander Lukashenko", "name"),
    ("d08_belarus", "Frontex", [0], "ORG", None, "Frontex", "name"),
    ("d08_belarus", "EU", [0], "ORG", EU, "European Union", "acronym"),
    ("d08_belarus", "Tusk", [1], "OFFICIAL", None, "Donald Tusk", "surname"),  # 0 in the full name
]

# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# --------------------------------------------------------------------------------------------
DATES = [
    # d01_northkorea, document date 2025-05-08 (Thursday, 2025-W19)
    ("d01_northkorea", "May 8", 0, "DATE", "2025-05-08", "document"),
    ("d01_northkorea", "Thursday morning", 0, "TIME", "2025-05-08TMO", "document"),
    ("d01_northkorea", "March", 0, "DATE", "2025-03", "document"),  # "since March"
    ("d01_northkorea", "8:10 a.m.", 0, "TIME", "2025-05-08T08:10", "document"),
    ("d01_northkorea", "2019", 0, "DATE", "2019", "absolute"),  # "since 2019"
    ("d01_northkorea", "last week", 0, "DATE", "2025-W18", "document"),
    ("d01_northkorea", "The previous year", 0, "DATE", "2024", "document"),
    ("d01_northkorea", "later this month", 0, "DATE", "2025-05", "document"),
    ("d01_northkorea", "March 10", 0, "DATE", "2025-03-10", "document"),
    ("d01_northkorea", "March 20", 0, "DATE", "2025-03-20", "document"),
    ("d01_northkorea", "the next few days", 0, "DURATION", "PXD", "absolute"),
    ("d01_northkorea", "2006", 0, "DATE", "2006", "absolute"),
    # d02_gaza, document date 2025-07-14 (Monday, 2025-W29)
    ("d02_gaza", "July 14, 2025", 0, "DATE", "2025-07-14", "absolute"),
    ("d02_gaza", "Monday", 0, "DATE", "2025-07-14", "document"),
    ("d02_gaza", "hours", 0, "DURATION", "PTXH", "absolute"),  # "hours earlier"
    ("d02_gaza", "late May", 0, "DATE", "2025-05", "document"),  # "Since late May"
    ("d02_gaza", "Friday", 0, "DATE", "2025-07-11", "document"),
    ("d02_gaza", "this month", 0, "DATE", "2025-07", "document"),
    ("d02_gaza", "last week", 0, "DATE", "2025-W28", "document"),
    ("d02_gaza", "Saturday", 0, "DATE", "2025-07-12", "document"),
    # d03_serbia, no JSONL date; the byline date 16.03.2025 (Sunday, 2025-W11)
    ("d03_serbia", "16.03.2025", 0, "DATE", "2025-03-16", "absolute"),
    ("d03_serbia", "Saturday", 0, "DATE", "2025-03-15", "document"),
    ("d03_serbia", "1 November 2024", 0, "DATE", "2024-11-01", "absolute"),
    ("d03_serbia", "late in the evening", 0, "TIME", "2025-03-15TEV", "document"),
    ("d03_serbia", "midnight", 0, "TIME", "2025-03-16T00:00", "document"),  # "after midnight" (Saturday night)
    ("d03_serbia", "more than four months", 0, "DURATION", "P4M", "absolute"),
    ("d03_serbia", "the end of the year", 0, "DATE", "2025", "document"),
    ("d03_serbia", "late January", 0, "DATE", "2025-01", "document"),
    ("d03_serbia", "nearly three months", 0, "DURATION", "P3M", "absolute"),
    # d04_eastchina, document date 2025-05-05 (Monday, 2025-W19)
    ("d04_eastchina", "May 5", 0, "DATE", "2025-05-05", "document"),
    ("d04_eastchina", "Monday", 0, "DATE", "2025-05-05", "document"),
    ("d04_eastchina", "Saturday", 0, "DATE", "2025-05-03", "document"),
    ("d04_eastchina", "about 15 minutes", 0, "DURATION", "PT15M", "absolute"),
    ("d04_eastchina", "almost every day", 0, "SET", "P1D", "absolute"),
    ("d04_eastchina", "2012", 0, "DATE", "2012", "absolute"),
    ("d04_eastchina", "Last year", 0, "DATE", "2024", "document"),
    ("d04_eastchina", "355 days", 0, "DURATION", "P355D", "absolute"),
    ("d04_eastchina", "the coming weeks", 0, "DURATION", "PXW", "absolute"),
    ("d04_eastchina", "1972", 0, "DATE", "1972", "absolute"),
    # d05_sierraleone, document date 2023-11-27 (Monday, 2023-W48)
    ("d05_sierraleone", "NOV. 27", 0, "DATE", "2023-11-27", "document"),
    ("d05_sierraleone", "SUNDAY", 0, "DATE", "2023-11-26", "document"),
    ("d05_sierraleone", "SUNDAY AFTERNOON", 0, "TIME", "2023-11-26TAF", "document"),
    ("d05_sierraleone", "JUNE", 0, "DATE", "2023-06", "document"),
    ("d05_sierraleone", "MONDAY MORNING", 0, "TIME", "2023-11-27TMO", "document"),
    ("d05_sierraleone", "ABOUT 4 A.M.", 0, "TIME", "2023-11-26T04:00", "document"),
    ("d05_sierraleone", "SEVERAL HOURS", 0, "DURATION", "PTXH", "absolute"),
    ("d05_sierraleone", "1991", 0, "DATE", "1991", "absolute"),
    ("d05_sierraleone", "2002", 0, "DATE", "2002", "absolute"),
    ("d05_sierraleone", "2018", 0, "DATE", "2018", "absolute"),
    ("d05_sierraleone", "MONDAY", 1, "DATE", "2023-11-27", "document"),  # 0 is in "MONDAY MORNING"
    # d06_tunisia, document date 2025-04-09 (Wednesday, 2025-W15)
    ("d06_tunisia", "Wednesday", 0, "DATE", "2025-04-09", "document"),
    ("d06_tunisia", "late Tuesday", 0, "DATE", "2025-04-08", "document"),
    ("d06_tunisia", "less than two hours", 0, "DURATION", "PT2H", "absolute"),
    ("d06_tunisia", "1 March", 0, "DATE", "2025-03-01", "document"),
    ("d06_tunisia", "July 2023", 0, "DATE", "2023-07", "absolute"),
    ("d06_tunisia", "last year", 0, "DATE", "2024", "document"),
    ("d06_tunisia", "February", 0, "DATE", "2025-02", "document"),
    ("d06_tunisia", "2024", 0, "DATE", "2024", "absolute"),
    ("d06_tunisia", "Last month", 0, "DATE", "2025-03", "document"),
    ("d06_tunisia", "28 March", 0, "DATE", "2025-03-28", "document"),
    # d07_indiapak, document date 2025-05-07 (Wednesday, 2025-W19)
    ("d07_indiapak", "May 7", 0, "DATE", "2025-05-07", "document"),
    ("d07_indiapak", "Wednesday", 0, "DATE", "2025-05-07", "document"),  # "early on Wednesday"
    ("d07_indiapak", "two weeks", 0, "DURATION", "P2W", "absolute"),  # "two weeks after an attack"
    ("d07_indiapak", "1:05 a.m.", 0, "TIME", "2025-05-07T01:05", "document"),
    ("d07_indiapak", "25 minutes", 0, "DURATION", "PT25M", "absolute"),
    ("d07_indiapak", "April 22", 0, "DATE", "2025-04-22", "document"),
    ("d07_indiapak", "1947", 0, "DATE", "1947", "absolute"),
    ("d07_indiapak", "February 2019", 0, "DATE", "2019-02", "absolute"),
    ("d07_indiapak", "two days", 0, "DURATION", "P2D", "absolute"),  # "two days after a suicide bombing"
    # d08_belarus, document date 2024-06-06 (Thursday, 2024-W23)
    ("d08_belarus", "June 6, 2024", 0, "DATE", "2024-06-06", "absolute"),
    ("d08_belarus", "Thursday", 0, "DATE", "2024-06-06", "document"),
    ("d08_belarus", "more than a week", 0, "DURATION", "P1W", "absolute"),
    ("d08_belarus", "May 28", 0, "DATE", "2024-05-28", "document"),
    ("d08_belarus", "90 days", 0, "DURATION", "P90D", "absolute"),
    ("d08_belarus", "2021", 0, "DATE", "2021", "absolute"),  # "since 2021"
    ("d08_belarus", "this year", 0, "DATE", "2024", "document"),  # "so far this year"
    ("d08_belarus", "last week", 0, "DATE", "2024-W22", "document"),
    ("d08_belarus", "next week", 0, "DATE", "2024-W24", "document"),
]

# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, surface, occurrence, label, min, max, approximate, negated, victims)
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    # d01_northkorea: none (missile counts are not people)
    # d02_gaza (a total and its "including dozens of children" part: one statement)
    ("d02_gaza", "At least 12 people were killed", 0, "KILLED", 12, None, False, False, "people"),
    ("d02_gaza", "30 others wounded", 0, "INJURED", 30, 30, False, False, "others"),
    ("d02_gaza", "Two UN contractors were missing", 0, "MISSING", 2, 2, False, False, "UN contractors"),
    ("d02_gaza", "a truck driver was abducted", 0, "KIDNAPPED", 1, 1, False, False, "truck driver"),
    ("d02_gaza", "No WFP staff were hurt", 0, "INJURED", 0, 0, False, True, "WFP staff"),
    ("d02_gaza", "more than 800 people have been killed", 0, "KILLED", 800, None, False, False, "people"),
    ("d02_gaza", "dozens of people were injured", 0, "INJURED", 24, 99, True, False, "people"),
    ("d02_gaza", "two local aid workers were abducted", 0, "KIDNAPPED", 2, 2, False, False, "local aid workers"),
    # d03_serbia ("22 people had been detained" is an arrest; "the 15 who died" in the student's quote
    # is a definite back-reference to the same deaths, not a new count; "Tens of thousands" marched)
    ("d03_serbia", "killed 15 people", 0, "KILLED", 15, 15, False, False, "people"),
    ("d03_serbia", "22 people were injured", 0, "INJURED", 22, 22, False, False, "people"),
    # d04_eastchina: none
    # d05_sierraleone (inmates escaped and suspects arrested are not casualties; the attackers killed
    # are a separate statement, not part of the 20)
    ("d05_sierraleone", "AT LEAST 20 PEOPLE, INCLUDING 13 SOLDIERS, WERE KILLED", 0, "KILLED", 20, None, False,
     False, "PEOPLE"),
    ("d05_sierraleone", "THREE OF THE ATTACKERS WERE ALSO KILLED", 0, "KILLED", 3, 3, False, False, "ATTACKERS"),
    ("d05_sierraleone", "SEVERAL POLICE OFFICERS WERE WOUNDED", 0, "INJURED", 3, 9, True, False, "POLICE OFFICERS"),
    ("d05_sierraleone", "MORE THAN 50,000 PEOPLE DIED", 0, "KILLED", 50000, None, False, False, "PEOPLE"),
    # d06_tunisia (27 rescued are not casualties; "died or went missing" mixes two labels: not annotated)
    ("d06_tunisia", "Bodies of 18 migrants", 0, "KILLED", 18, 18, False, False, "migrants"),  # headline
    ("d06_tunisia", "bodies of 18 migrants", 0, "KILLED", 18, 18, False, False, "migrants"),
    ("d06_tunisia", "at least 12 others were missing", 0, "MISSING", 12, None, False, False, "others"),
    ("d06_tunisia", "abducted three Ivorian women", 0, "KIDNAPPED", 3, 3, False, False, "Ivorian women"),
    # d07_indiapak (aircraft shot down are not people)
    ("d07_indiapak", "killed 26 men", 0, "KILLED", 26, 26, False, False, "men"),
    ("d07_indiapak", "26 civilians were killed", 0, "KILLED", 26, 26, False, False, "civilians"),
    ("d07_indiapak", "46 injured", 0, "INJURED", 46, 46, False, False, None),
    ("d07_indiapak", "at least 15 civilians were killed", 0, "KILLED", 15, None, False, False, "civilians"),
    ("d07_indiapak", "43 wounded", 0, "INJURED", 43, 43, False, False, None),
    ("d07_indiapak", "killed 40 Indian paramilitary police", 0, "KILLED", 40, 40, False, False,
     "Indian paramilitary police"),
    # d08_belarus (17,000 crossing attempts are not people harmed)
    ("d08_belarus", "A Polish soldier who was stabbed by a migrant trying to cross the border from Belarus died",
     0, "KILLED", 1, 1, False, False, "Polish soldier"),
    ("d08_belarus", "three officers had been injured", 0, "INJURED", 3, 3, False, False, "officers"),
]

# --------------------------------------------------------------------------------------------
# QUOTES: (doc, surface incl. marks, occurrence, closed, speaker (surface, occurrence or None for
# the nearest), speaker entity (qid, name, gazetteer) or None, cue (surface, occurrence or None))
# --------------------------------------------------------------------------------------------
HAYASHI = (None, "Yoshimasa Hayashi", "officials")
IDF = (None, "Israel Defense Forces", "orgs")
LAZZARINI = (None, "Philippe Lazzarini", "officials")
HAMAS = (None, "Hamas", "groups")
VUCIC = (None, "Aleksandar Vučić", "officials")
DACIC = (None, "Ivica Dačić", "officials")
IWAYA = (None, "Takeshi Iwaya", "officials")
LIN = (None, "Lin Jian", "officials")
LIU = (None, "Liu Dejun", "officials")
GLASS = (None, "George Glass", "officials")
BAH = (None, "Chernor Bah", "officials")
BIO = (None, "Julius Maada Bio", "officials")
ECOWAS = (None, "Economic Community of West African States", "orgs")
JEBABLI = (None, "Houssem Eddine Jebabli", "officials")
SAIED = (None, "Kais Saied", "officials")
INDIA_SP = (INDIA, "India", "countries")
SHEHBAZ = (None, "Shehbaz Sharif", "officials")
ASIF = (None, "Khawaja Asif", "officials")
MISRI = (None, "Vikram Misri", "officials")
MCCAIN = (None, "Cindy McCain", "officials")
GUTERRES = (None, "António Guterres", "officials")
TUSK = (None, "Donald Tusk", "officials")
KOSINIAK = (None, "Władysław Kosiniak-Kamysz", "officials")
LUKASHENKO = (None, "Alexander Lukashenko", "officials")

QUOTES = [
    # d01_northkorea
    ("d01_northkorea", "\"North Korea's continued provocations threaten the peace and security of our region,\"", 0,
     True, ("Yoshimasa Hayashi", 0), HAYASHI, ("told", 0)),
    # d02_gaza
    ("d02_gaza", "\u201cwarning shots\u201d", 0, True, ("Israel Defense Forces", 0), IDF, ("said", None)),
    ("d02_gaza", "\u201cAid workers and the people they serve should never be a target,\u201d", 0, True,
     ("Philippe Lazzarini", 0), LAZZARINI, ("wrote", 0)),
    ("d02_gaza", "\u201cThis must stop.\u201d", 0, True, ("Philippe Lazzarini", 0), LAZZARINI, ("wrote", 0)),
    ("d02_gaza", "\u201cdeliberately\u201d", 0, True, ("Hamas", 0), HAMAS, ("accused", 0)),
    ("d02_gaza", "\u201con the brink of famine.\u201d", 0, True, ("Cindy McCain", 0), MCCAIN, ("said", None)),
    # d03_serbia (single curly marks; the apostrophe in "country’s" is not a quotation mark)
    ("d03_serbia", "\u2018We will not allow Serbia to be taken over by the street,\u2019", 0, True,
     ("Aleksandar Vučić", 0), VUCIC, ("said", None)),
    ("d03_serbia", "\u2018manipulated by foreign services\u2019", 0, True, ("he", None), VUCIC, ("added", 0)),
    ("d03_serbia", "\u2018We are here for the 15 who died,\u2019", 0, True, ("Ana Petrović", 0), None, ("said", None)),
    ("d03_serbia", "\u2018Nobody paid us to come.\u2019", 0, True, ("Ana Petrović", 0), None, ("said", None)),
    ("d03_serbia", "\u2018with maximum professionalism\u2019", 0, True, ("Dačić", 1), DACIC, ("said", None)),
    # d04_eastchina
    ("d04_eastchina", "\"This is an extremely serious violation of our sovereignty,\"", 0, True,
     ("Takeshi Iwaya", 0), IWAYA, ("told", 0)),
    ("d04_eastchina", "\"strict measures to prevent a recurrence.\"", 0, True, ("Takeshi Iwaya", 0), IWAYA,
     ("adding", 0)),
    ("d04_eastchina", "\"The Diaoyu Dao and its affiliated islands are China's inherent territory,\"", 0, True,
     ("Lin Jian", 0), LIN, ("said", None)),
    ("d04_eastchina", "\"illegally intruded\"", 0, True, ("Liu Dejun", 0), LIU, ("said", 3)),
    ("d04_eastchina", "\"Our commitment to Japan is ironclad,\"", 0, True, ("he", None), GLASS, ("wrote", 0)),
    # d05_sierraleone
    ("d05_sierraleone", "\"THE SITUATION IS UNDER CONTROL,\"", 0, True, ("JULIUS MAADA BIO", 0), BIO, ("SAID", 1)),
    ("d05_sierraleone", "\"WE WILL FIND THOSE WHO DID THIS.\"", 0, True, ("JULIUS MAADA BIO", 0), BIO, ("SAID", 1)),
    ("d05_sierraleone", "\"A PLOT TO ACQUIRE ARMS AND DISTURB THE PEACE.\"", 0, True, ("ECOWAS", 0), ECOWAS,
     ("CALLED", 0)),
    ("d05_sierraleone", "\"SOME OF THEM ARE SERVING SOLDIERS,\"", 0, True, ("HE", None), BAH, ("SAID", None)),
    ("d05_sierraleone", "\"AND THEY WILL FACE THE FULL FORCE OF THE LAW.\"", 0, True, ("HE", None), BAH, ("SAID", None)),
    # d06_tunisia
    ("d06_tunisia", "\u201cThe smugglers put 60 people on a boat built for 20,\u201d", 0, True, ("Jebabli", 1), JEBABLI,
     ("told", 0)),
    ("d06_tunisia", "\u201cMost of them could not swim.\u201d", 0, True, ("Jebabli", 1), JEBABLI, ("told", 0)),
    ("d06_tunisia", "\u201ca land of transit or settlement\u201d", 0, True, ("Kais Saied", 0), SAIED, ("said", None)),
    # d07_indiapak
    ("d07_indiapak", "\"terrorist infrastructure\"", 0, True, ("India", 0), INDIA_SP, ("saying", 0)),
    ("d07_indiapak", "\"Pakistan has every right to give a befitting response to this act of war,\"", 0, True,
     ("Shehbaz Sharif", 0), SHEHBAZ, ("said", None)),
    ("d07_indiapak", "\"already begun\"", 0, True, ("Khawaja Asif", 0), ASIF, ("told", 0)),
    ("d07_indiapak", "\"focused, measured and non-escalatory,\"", 0, True, ("he", None), MISRI, ("said", None)),
    ("d07_indiapak", "\"maximum military restraint\"", 0, True, ("Antonio Guterres", 0), GUTERRES, ("called for", 0)),
    # d08_belarus
    ("d08_belarus", "\u201cHe was defending the border of the Republic,\u201d", 0, True, ("Donald Tusk", 0), TUSK,
     ("wrote", 0)),
    ("d08_belarus", "\u201cPoland will not forget him.\u201d", 0, True, ("Donald Tusk", 0), TUSK, ("wrote", 0)),
    ("d08_belarus", "\u201cWe will not allow anyone to attack Polish soldiers,\u201d", 0, True, ("he", None), KOSINIAK,
     ("said", None)),
    ("d08_belarus", "\u201cnonsense.\u201d", 0, True, ("Alexander Lukashenko", 0), LUKASHENKO, ("called", 0)),
]


if __name__ == "__main__":
    run("blind11", ENTITIES, DATES, CASUALTIES, QUOTES)
