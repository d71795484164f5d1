#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind5.

Texts: tests/fixtures/blind5/news.jsonl (ten original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors (the table layout and
helper functions follow scripts/make_blind4_gold.py).

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, that spans of one type do not overlap, that every document of news.jsonl is
in every output file, and writes tests/fixtures/gold/blind5.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind5_gold.py [--show]   (--show prints every span in context)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import run  # noqa: E402  (the shared offsets, checks and writer)


# --------------------------------------------------------------------------------------------
# ENTITIES: (doc, surface, occurrences, label, qid, canonical name, form)
# `occurrences` is a list of occurrence indices of the surface in the document.
# QIDs only where the annotator was sure; otherwise None.
# --------------------------------------------------------------------------------------------
SUDAN, UAE, SAUDI, USA, SOMALIA, EGYPT, ETHIOPIA, KENYA = (
    "Q1049", "Q878", "Q851", "Q30", "Q1045", "Q79", "Q115", "Q114")
BURKINA, MALI, NIGER, BENIN, TOGO, RUSSIA, PAKISTAN, AFGHANISTAN, CHINA, IRAN = (
    "Q965", "Q912", "Q1032", "Q962", "Q945", "Q159", "Q843", "Q889", "Q148", "Q794")
UKRAINE, TURKEY, ISRAEL, LEBANON, FRANCE, INDONESIA, SRILANKA, PALESTINE = (
    "Q212", "Q43", "Q801", "Q822", "Q142", "Q252", "Q854", "Q219060")
COLOMBIA, VENEZUELA, CUBA, MEXICO, ERITREA, INDIA = (
    "Q739", "Q717", "Q241", "Q96", "Q986", "Q668")
UN, EU, REUTERS, AFP, AP, NATO, AFRICAN_UNION, ISIS = (
    "Q1065", "Q458", "Q130879", "Q40464", "Q40469", "Q7184", "Q7159", "Q2429253")
PUTIN, NETANYAHU, BIDEN, MODI = ("Q7747", "Q43723", "Q6279", "Q1058")

ENTITIES = [
    # c01_sudan
    ("c01_sudan", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("c01_sudan", "Rapid Support Forces", [0], "GROUP", None, "Rapid Support Forces", "name"),
    ("c01_sudan", "United Arab Emirates", [0], "COUNTRY", UAE, "United Arab Emirates", "name"),
    ("c01_sudan", "RSF", [0, 1, 2, 3], "GROUP", None, "Rapid Support Forces", "acronym"),
    ("c01_sudan", "Sudanese Armed Forces", [0], "ORG", None, "Sudanese Armed Forces", "name"),
    ("c01_sudan", "SAF", [0], "ORG", None, "Sudanese Armed Forces", "acronym"),
    ("c01_sudan", "Khalid al-Aiser", [0], "OFFICIAL", None, "Khalid al-Aiser", "name"),
    ("c01_sudan", "Sovereignty Council", [0], "ORG", None, "Sovereignty Council", "name"),
    ("c01_sudan", "UAE", [0], "COUNTRY", UAE, "United Arab Emirates", "acronym"),
    ("c01_sudan", "United Nations", [0], "ORG", UN, "United Nations", "name"),
    ("c01_sudan", "UN", [0], "ORG", UN, "United Nations", "acronym"),
    ("c01_sudan", "Mohamed Hamdan Dagalo", [0], "OFFICIAL", None, "Mohamed Hamdan Dagalo", "name"),
    ("c01_sudan", "Hemedti", [0, 1], "OFFICIAL", None, "Mohamed Hamdan Dagalo", "alias"),
    ("c01_sudan", "Abdel Fattah al-Burhan", [0], "OFFICIAL", None, "Abdel Fattah al-Burhan", "name"),
    ("c01_sudan", "Sudan", [1], "COUNTRY", SUDAN, "Sudan", "name"),  # 0 is in the city name Port Sudan
    ("c01_sudan", "Burhan", [1], "OFFICIAL", None, "Abdel Fattah al-Burhan", "surname"),  # 0 in full name
    ("c01_sudan", "U.S.", [0], "COUNTRY", USA, "United States", "acronym"),  # "U.S.- and Saudi-mediated"
    ("c01_sudan", "Saudi", [0], "COUNTRY", SAUDI, "Saudi Arabia", "demonym"),
    # c02_somalia
    ("c02_somalia", "Somalia", [0, 1, 2], "COUNTRY", SOMALIA, "Somalia", "name"),  # 3 is in the AUSSOM name
    ("c02_somalia", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("c02_somalia", "Al-Shabaab", [0, 1, 2], "GROUP", None, "al-Shabaab", "name"),
    ("c02_somalia", "al-Shabaab", [0], "GROUP", None, "al-Shabaab", "name"),
    ("c02_somalia", "Abdifatah Aden Hassan", [0], "OFFICIAL", None, "Abdifatah Aden Hassan", "name"),
    ("c02_somalia", "Hassan", [1], "OFFICIAL", None, "Abdifatah Aden Hassan", "surname"),  # 2: Hassan Sheikh Mohamud
    ("c02_somalia", "al-Qaida", [0], "GROUP", None, "Al-Qaeda", "alias"),
    ("c02_somalia", "Radio Andalus", [0], "ORG", None, "Radio Andalus", "name"),
    ("c02_somalia", "Hassan Sheikh Mohamud", [0], "OFFICIAL", None, "Hassan Sheikh Mohamud", "name"),
    ("c02_somalia", "Mohamud", [1], "OFFICIAL", None, "Hassan Sheikh Mohamud", "surname"),
    ("c02_somalia", "Somali", [0, 1], "COUNTRY", SOMALIA, "Somalia", "demonym"),
    ("c02_somalia", "Radio Mogadishu", [0], "ORG", None, "Radio Mogadishu", "name"),
    ("c02_somalia", "African Union Support and Stabilization Mission in Somalia", [0], "ORG", None,
     "African Union Support and Stabilization Mission in Somalia", "name"),
    ("c02_somalia", "AUSSOM", [0], "ORG", None,
     "African Union Support and Stabilization Mission in Somalia", "acronym"),
    ("c02_somalia", "AU", [0], "ORG", AFRICAN_UNION, "African Union", "acronym"),
    ("c02_somalia", "ATMIS", [0], "ORG", None, "African Union Transition Mission in Somalia", "acronym"),
    ("c02_somalia", "Egyptian", [0], "COUNTRY", EGYPT, "Egypt", "demonym"),
    ("c02_somalia", "Ethiopia", [0], "COUNTRY", ETHIOPIA, "Ethiopia", "name"),
    ("c02_somalia", "Kenya", [0], "COUNTRY", KENYA, "Kenya", "name"),
    ("c02_somalia", "U.S. Africa Command", [0], "ORG", None, "United States Africa Command", "name"),
    # c03_sahel
    ("c03_sahel", "AFP", [0, 1], "ORG", AFP, "Agence France-Presse", "acronym"),
    ("c03_sahel", "al-Qaeda", [0], "GROUP", None, "Al-Qaeda", "name"),
    ("c03_sahel", "Burkina Faso", [0, 1, 2], "COUNTRY", BURKINA, "Burkina Faso", "name"),
    ("c03_sahel", "Ibrahim Traoré", [0], "OFFICIAL", None, "Ibrahim Traoré", "name"),
    ("c03_sahel", "Group for the Support of Islam and Muslims", [0], "GROUP", None,
     "Group for the Support of Islam and Muslims", "name"),
    ("c03_sahel", "JNIM", [0, 1], "GROUP", None, "Group for the Support of Islam and Muslims", "acronym"),
    ("c03_sahel", "RTB", [0], "ORG", None, "Radiodiffusion Télévision du Burkina", "acronym"),
    ("c03_sahel", "Burkinabe", [0], "COUNTRY", BURKINA, "Burkina Faso", "demonym"),
    ("c03_sahel", "Malian", [0, 1], "COUNTRY", MALI, "Mali", "demonym"),
    ("c03_sahel", "Iyad Ag Ghaly", [0], "OFFICIAL", None, "Iyad Ag Ghaly", "name"),
    ("c03_sahel", "Mali", [0, 1, 2, 3], "COUNTRY", MALI, "Mali", "name"),
    ("c03_sahel", "Niger", [0, 1], "COUNTRY", NIGER, "Niger", "name"),
    ("c03_sahel", "Benin", [0], "COUNTRY", BENIN, "Benin", "name"),
    ("c03_sahel", "Togo", [0], "COUNTRY", TOGO, "Togo", "name"),
    ("c03_sahel", "Assimi Goïta", [0], "OFFICIAL", None, "Assimi Goïta", "name"),
    ("c03_sahel", "Russia", [0], "COUNTRY", RUSSIA, "Russia", "name"),
    ("c03_sahel", "Africa Corps", [0], "ORG", None, "Africa Corps", "name"),
    ("c03_sahel", "Wagner Group", [0], "GROUP", None, "Wagner Group", "name"),
    ("c03_sahel", "Wagner", [1], "GROUP", None, "Wagner Group", "alias"),  # 0 is in "Wagner Group"
    ("c03_sahel", "Economic Community of West African States", [0], "ORG", None,
     "Economic Community of West African States", "name"),
    ("c03_sahel", "ECOWAS", [0], "ORG", None, "Economic Community of West African States", "acronym"),
    ("c03_sahel", "Alliance of Sahel States", [0], "ORG", None, "Alliance of Sahel States", "name"),
    ("c03_sahel", "Goïta", [1], "OFFICIAL", None, "Assimi Goïta", "surname"),
    ("c03_sahel", "Traoré", [1], "OFFICIAL", None, "Ibrahim Traoré", "surname"),
    # c04_pakistan
    ("c04_pakistan", "Pakistan", [0, 2], "COUNTRY", PAKISTAN, "Pakistan", "name"),  # 1 is in the TTP name
    ("c04_pakistan", "Pakistani", [0], "COUNTRY", PAKISTAN, "Pakistan", "demonym"),
    ("c04_pakistan", "Baloch Liberation Army", [0], "GROUP", None, "Balochistan Liberation Army", "name"),
    ("c04_pakistan", "BLA", [0, 1, 2], "GROUP", None, "Balochistan Liberation Army", "acronym"),
    ("c04_pakistan", "Ahmed Sharif Chaudhry", [0], "OFFICIAL", None, "Ahmed Sharif Chaudhry", "name"),
    ("c04_pakistan", "Inter-Services Public Relations", [0], "ORG", None, "Inter-Services Public Relations", "name"),
    ("c04_pakistan", "ISPR", [0], "ORG", None, "Inter-Services Public Relations", "acronym"),
    ("c04_pakistan", "Chaudhry", [1], "OFFICIAL", None, "Ahmed Sharif Chaudhry", "surname"),
    ("c04_pakistan", "Afghanistan", [0, 1], "COUNTRY", AFGHANISTAN, "Afghanistan", "name"),
    ("c04_pakistan", "Taliban", [0], "GROUP", None, "Taliban", "name"),  # 1 is in the TTP name
    ("c04_pakistan", "Abdul Qahar Balkhi", [0], "OFFICIAL", None, "Abdul Qahar Balkhi", "name"),
    ("c04_pakistan", "Shehbaz Sharif", [0], "OFFICIAL", None, "Shehbaz Sharif", "name"),
    ("c04_pakistan", "Sharif", [2], "OFFICIAL", None, "Shehbaz Sharif", "surname"),  # 0, 1 in full names
    ("c04_pakistan", "Chinese", [0], "COUNTRY", CHINA, "China", "demonym"),  # "Chinese-funded"
    ("c04_pakistan", "Tehreek-e-Taliban Pakistan", [0], "GROUP", None, "Tehrik-i-Taliban Pakistan", "name"),
    ("c04_pakistan", "TTP", [0], "GROUP", None, "Tehrik-i-Taliban Pakistan", "acronym"),
    ("c04_pakistan", "U.S.", [0], "COUNTRY", USA, "United States", "acronym"),
    ("c04_pakistan", "European Union", [0], "ORG", EU, "European Union", "name"),
    # c05_afghanistan
    ("c05_afghanistan", "Taliban", [0, 1, 2, 3, 4, 5], "GROUP", None, "Taliban", "name"),  # 5: "Taliban-run"
    ("c05_afghanistan", "Islamic State Khorasan Province", [0], "GROUP", None, "Islamic State – Khorasan Province",
     "name"),
    ("c05_afghanistan", "ISKP", [0, 1, 2], "GROUP", None, "Islamic State – Khorasan Province", "acronym"),
    ("c05_afghanistan", "Amaq", [0], "ORG", None, "Amaq News Agency", "name"),
    ("c05_afghanistan", "Islamic State", [1], "GROUP", ISIS, "Islamic State", "name"),  # 0 is in the ISKP name
    ("c05_afghanistan", "Abdul Mateen Qani", [0], "OFFICIAL", None, "Abdul Mateen Qani", "name"),
    ("c05_afghanistan", "Qani", [1], "OFFICIAL", None, "Abdul Mateen Qani", "surname"),
    ("c05_afghanistan", "Afghanistan", [0, 2], "COUNTRY", AFGHANISTAN, "Afghanistan", "name"),  # 1 in UNAMA name
    ("c05_afghanistan", "Zabihullah Mujahid", [0], "OFFICIAL", None, "Zabihullah Mujahid", "name"),
    ("c05_afghanistan", "United Nations Assistance Mission in Afghanistan", [0], "ORG", None,
     "United Nations Assistance Mission in Afghanistan", "name"),
    ("c05_afghanistan", "UNAMA", [0, 1], "ORG", None, "United Nations Assistance Mission in Afghanistan", "acronym"),
    ("c05_afghanistan", "U.S.", [0], "COUNTRY", USA, "United States", "acronym"),
    ("c05_afghanistan", "Afghans", [0], "COUNTRY", AFGHANISTAN, "Afghanistan", "demonym"),
    ("c05_afghanistan", "Pakistani", [0], "COUNTRY", PAKISTAN, "Pakistan", "demonym"),
    ("c05_afghanistan", "Iranian", [0], "COUNTRY", IRAN, "Iran", "demonym"),
    ("c05_afghanistan", "Mujahid", [1], "OFFICIAL", None, "Zabihullah Mujahid", "surname"),
    ("c05_afghanistan", "Islamic Emirate", [0], "COUNTRY", AFGHANISTAN, "Afghanistan", "alias"),
    # c06_ukraine
    ("c06_ukraine", "Russia", [0, 1, 2], "COUNTRY", RUSSIA, "Russia", "name"),
    ("c06_ukraine", "Ukraine", [0, 1, 2], "COUNTRY", UKRAINE, "Ukraine", "name"),
    ("c06_ukraine", "Ukrainian Air Force", [0], "ORG", None, "Ukrainian Air Force", "name"),
    ("c06_ukraine", "Yuriy Ihnat", [0], "OFFICIAL", None, "Yuriy Ihnat", "name"),
    ("c06_ukraine", "Vitali Klitschko", [0], "OFFICIAL", None, "Vitali Klitschko", "name"),
    ("c06_ukraine", "Oleh Syniehubov", [0], "OFFICIAL", None, "Oleh Syniehubov", "name"),
    ("c06_ukraine", "Volodymyr Zelensky", [0], "OFFICIAL", None, "Volodymyr Zelensky", "name"),
    ("c06_ukraine", "Zelensky", [1], "OFFICIAL", None, "Volodymyr Zelensky", "surname"),
    ("c06_ukraine", "U.S.", [0], "COUNTRY", USA, "United States", "acronym"),
    ("c06_ukraine", "Keith Kellogg", [0], "OFFICIAL", None, "Keith Kellogg", "name"),
    ("c06_ukraine", "NATO", [0], "ORG", NATO, "NATO", "acronym"),
    ("c06_ukraine", "Mark Rutte", [0], "OFFICIAL", None, "Mark Rutte", "name"),
    ("c06_ukraine", "Ukrainian", [1, 2, 3], "COUNTRY", UKRAINE, "Ukraine", "demonym"),  # 0 in the Air Force name
    ("c06_ukraine", "Vyacheslav Gladkov", [0], "OFFICIAL", None, "Vyacheslav Gladkov", "name"),
    ("c06_ukraine", "Dmitry Peskov", [0], "OFFICIAL", None, "Dmitry Peskov", "name"),
    ("c06_ukraine", "Vladimir Putin", [0], "OFFICIAL", PUTIN, "Vladimir Putin", "name"),
    ("c06_ukraine", "Russian", [0], "COUNTRY", RUSSIA, "Russia", "demonym"),
    ("c06_ukraine", "Turkish", [0], "COUNTRY", TURKEY, "Turkey", "demonym"),
    ("c06_ukraine", "United Nations", [0], "ORG", UN, "United Nations", "name"),
    # c07_lebanon
    ("c07_lebanon", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("c07_lebanon", "Israel", [0, 2, 3], "COUNTRY", ISRAEL, "Israel", "name"),  # 1 is in "Israel Defense Forces"
    ("c07_lebanon", "Hezbollah", [0, 1, 2, 3, 4, 5], "GROUP", None, "Hezbollah", "name"),
    ("c07_lebanon", "Lebanese", [0, 1, 3], "COUNTRY", LEBANON, "Lebanon", "demonym"),  # 2 in LAF name
    ("c07_lebanon", "U.S.", [0, 1], "COUNTRY", USA, "United States", "acronym"),
    ("c07_lebanon", "French", [0], "COUNTRY", FRANCE, "France", "demonym"),
    ("c07_lebanon", "Israeli", [0, 1, 2, 3], "COUNTRY", ISRAEL, "Israel", "demonym"),
    ("c07_lebanon", "Lebanon", [0, 1, 2], "COUNTRY", LEBANON, "Lebanon", "name"),  # 3 is in the UNIFIL name
    ("c07_lebanon", "Israel Defense Forces", [0], "ORG", None, "Israel Defense Forces", "name"),
    ("c07_lebanon", "IDF", [0], "ORG", None, "Israel Defense Forces", "acronym"),
    ("c07_lebanon", "Benjamin Netanyahu", [0], "OFFICIAL", NETANYAHU, "Benjamin Netanyahu", "name"),
    ("c07_lebanon", "Najib Mikati", [0], "OFFICIAL", None, "Najib Mikati", "name"),
    ("c07_lebanon", "Lebanese Armed Forces", [0], "ORG", None, "Lebanese Armed Forces", "name"),
    ("c07_lebanon", "Naim Qassem", [0], "OFFICIAL", None, "Naim Qassem", "name"),
    ("c07_lebanon", "Hassan Nasrallah", [0], "OFFICIAL", None, "Hassan Nasrallah", "name"),
    ("c07_lebanon", "Hassan Fadlallah", [0], "OFFICIAL", None, "Hassan Fadlallah", "name"),
    ("c07_lebanon", "Al-Manar", [0], "ORG", None, "Al-Manar", "name"),
    ("c07_lebanon", "United Nations Interim Force in Lebanon", [0], "ORG", None,
     "United Nations Interim Force in Lebanon", "name"),
    ("c07_lebanon", "UNIFIL", [0], "ORG", None, "United Nations Interim Force in Lebanon", "acronym"),
    ("c07_lebanon", "Indonesian", [0], "COUNTRY", INDONESIA, "Indonesia", "demonym"),
    ("c07_lebanon", "Sri Lankan", [0], "COUNTRY", SRILANKA, "Sri Lanka", "demonym"),
    ("c07_lebanon", "Hamas", [0], "GROUP", None, "Hamas", "name"),
    ("c07_lebanon", "Palestinians", [0], "COUNTRY", PALESTINE, "State of Palestine", "demonym"),
    ("c07_lebanon", "Joe Biden", [0], "OFFICIAL", BIDEN, "Joe Biden", "name"),
    # c08_colombia
    ("c08_colombia", "Colombia", [0, 1, 2], "COUNTRY", COLOMBIA, "Colombia", "name"),
    ("c08_colombia", "EFE", [0], "ORG", None, "EFE", "acronym"),
    ("c08_colombia", "Gustavo Petro", [0], "OFFICIAL", None, "Gustavo Petro", "name"),
    ("c08_colombia", "National Liberation Army", [0], "GROUP", None, "National Liberation Army (Colombia)", "name"),
    ("c08_colombia", "ELN", [0, 1, 2, 3, 4, 5, 6], "GROUP", None, "National Liberation Army (Colombia)", "acronym"),
    ("c08_colombia", "FARC", [0, 1, 2], "GROUP", None, "FARC", "acronym"),
    ("c08_colombia", "Petro", [1, 2, 3], "OFFICIAL", None, "Gustavo Petro", "surname"),  # 0 in the full name
    ("c08_colombia", "33rd Front", [0], "GROUP", None, "33rd Front", "name"),
    ("c08_colombia", "Iván Velásquez", [0], "OFFICIAL", None, "Iván Velásquez", "name"),
    ("c08_colombia", "Venezuela", [0, 1, 2], "COUNTRY", VENEZUELA, "Venezuela", "name"),
    ("c08_colombia", "Nicolás Maduro", [0], "OFFICIAL", None, "Nicolás Maduro", "name"),
    ("c08_colombia", "Venezuelan", [0], "COUNTRY", VENEZUELA, "Venezuela", "demonym"),
    ("c08_colombia", "Antonio García", [0], "OFFICIAL", None, "Antonio García", "name"),
    ("c08_colombia", "United Nations", [0], "ORG", UN, "United Nations", "name"),
    ("c08_colombia", "UN", [0], "ORG", UN, "United Nations", "acronym"),
    ("c08_colombia", "Cuba", [0], "COUNTRY", CUBA, "Cuba", "name"),
    ("c08_colombia", "Mexico", [0], "COUNTRY", MEXICO, "Mexico", "name"),
    # c09_ethiopia
    ("c09_ethiopia", "Ethiopia", [0, 1], "COUNTRY", ETHIOPIA, "Ethiopia", "name"),
    ("c09_ethiopia", "Fano", [0, 1, 2, 3, 4], "GROUP", None, "Fano", "name"),
    ("c09_ethiopia", "Legesse Tulu", [0], "OFFICIAL", None, "Legesse Tulu", "name"),
    ("c09_ethiopia", "Ethiopian National Defense Force", [0], "ORG", None, "Ethiopian National Defense Force", "name"),
    ("c09_ethiopia", "ENDF", [0], "ORG", None, "Ethiopian National Defense Force", "acronym"),
    ("c09_ethiopia", "Legesse", [1], "OFFICIAL", None, "Legesse Tulu", "surname"),  # given-name reference
    ("c09_ethiopia", "Zemene Kassie", [0], "OFFICIAL", None, "Zemene Kassie", "name"),
    ("c09_ethiopia", "Abiy Ahmed", [0], "OFFICIAL", None, "Abiy Ahmed", "name"),
    ("c09_ethiopia", "Abiy", [1], "OFFICIAL", None, "Abiy Ahmed", "surname"),  # given-name reference
    ("c09_ethiopia", "Eritrea", [0], "COUNTRY", ERITREA, "Eritrea", "name"),
    ("c09_ethiopia", "Eritrean", [0], "COUNTRY", ERITREA, "Eritrea", "demonym"),
    ("c09_ethiopia", "African Union Commission", [0], "ORG", None, "African Union Commission", "name"),
    ("c09_ethiopia", "Mahmoud Ali Youssouf", [0], "OFFICIAL", None, "Mahmoud Ali Youssouf", "name"),
    ("c09_ethiopia", "AU", [0], "ORG", AFRICAN_UNION, "African Union", "acronym"),
    # c10_kashmir
    ("c10_kashmir", "India", [0, 1, 2], "COUNTRY", INDIA, "India", "name"),
    ("c10_kashmir", "PTI", [0], "ORG", None, "Press Trust of India", "acronym"),
    ("c10_kashmir", "Jammu and Kashmir Police", [0], "ORG", None, "Jammu and Kashmir Police", "name"),
    ("c10_kashmir", "The Resistance Front", [0], "GROUP", None, "The Resistance Front", "name"),
    ("c10_kashmir", "TRF", [0], "GROUP", None, "The Resistance Front", "acronym"),
    ("c10_kashmir", "Indian", [0], "COUNTRY", INDIA, "India", "demonym"),  # 1 is in "Indian Army"
    ("c10_kashmir", "Pakistan", [0, 1, 2], "COUNTRY", PAKISTAN, "Pakistan", "name"),  # 0: "Pakistan-based"
    ("c10_kashmir", "Lashkar-e-Taiba", [0], "GROUP", None, "Lashkar-e-Taiba", "name"),
    ("c10_kashmir", "LeT", [0], "GROUP", None, "Lashkar-e-Taiba", "acronym"),
    ("c10_kashmir", "National Investigation Agency", [0], "ORG", None, "National Investigation Agency", "name"),
    ("c10_kashmir", "NIA", [0], "ORG", None, "National Investigation Agency", "acronym"),
    ("c10_kashmir", "Omar Abdullah", [0], "OFFICIAL", None, "Omar Abdullah", "name"),
    ("c10_kashmir", "Abdullah", [1], "OFFICIAL", None, "Omar Abdullah", "surname"),  # "Mr. Abdullah"
    ("c10_kashmir", "Manoj Sinha", [0], "OFFICIAL", None, "Manoj Sinha", "name"),
    ("c10_kashmir", "Narendra Modi", [0], "OFFICIAL", MODI, "Narendra Modi", "name"),
    ("c10_kashmir", "Indian Army", [0], "ORG", None, "Indian Army", "name"),
    ("c10_kashmir", "Mumtaz Zahra Baloch", [0], "OFFICIAL", None, "Mumtaz Zahra Baloch", "name"),
    ("c10_kashmir", "Amit Shah", [0], "OFFICIAL", None, "Amit Shah", "name"),
]

# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# --------------------------------------------------------------------------------------------
DATES = [
    # c01_sudan, document date 2025-05-06 (Tuesday, 2025-W19)
    ("c01_sudan", "May 6", 0, "DATE", "2025-05-06", "document"),
    ("c01_sudan", "Tuesday", 0, "DATE", "2025-05-06", "document"),
    ("c01_sudan", "April 2023", 0, "DATE", "2023-04", "absolute"),
    ("c01_sudan", "Tuesday", 1, "DATE", "2025-05-06", "document"),  # "Tuesday’s strikes"
    ("c01_sudan", "Sunday", 0, "DATE", "2025-05-04", "document"),
    ("c01_sudan", "late Tuesday", 0, "DATE", "2025-05-06", "document"),
    ("c01_sudan", "Monday", 0, "DATE", "2025-05-05", "document"),
    ("c01_sudan", "earlier this week", 0, "DATE", "2025-W19", "document"),
    ("c01_sudan", "last month", 0, "DATE", "2025-04", "document"),
    ("c01_sudan", "days", 0, "DURATION", "PXD", "absolute"),  # "within days", inside a quotation
    ("c01_sudan", "Tuesday afternoon", 0, "TIME", "2025-05-06TAF", "document"),
    ("c01_sudan", "two years ago", 0, "DATE", "2023", "document"),
    ("c01_sudan", "March", 0, "DATE", "2025-03", "document"),
    # c02_somalia, no document date
    ("c02_somalia", "late Friday", 0, "DATE", "XXXX-WXX-5", "unresolved"),
    ("c02_somalia", "nearly seven hours", 0, "DURATION", "PT7H", "absolute"),
    ("c02_somalia", "Saturday", 0, "DATE", "XXXX-WXX-6", "unresolved"),
    ("c02_somalia", "Saturday morning", 0, "TIME", "XXXX-WXX-6TMO", "unresolved"),
    ("c02_somalia", "now", 0, "DATE", "PRESENT_REF", "absolute"),  # inside a quotation
    ("c02_somalia", "more than 15 years", 0, "DURATION", "P15Y", "absolute"),
    ("c02_somalia", "late Saturday", 0, "DATE", "XXXX-WXX-6", "unresolved"),
    ("c02_somalia", "January", 0, "DATE", "XXXX-01", "unresolved"),
    ("c02_somalia", "next month", 0, "DATE", "XXXX-XX", "unresolved"),
    ("c02_somalia", "last year", 0, "DATE", "XXXX", "unresolved"),
    ("c02_somalia", "March", 0, "DATE", "XXXX-03", "unresolved"),
    ("c02_somalia", "Wednesday", 0, "DATE", "XXXX-WXX-3", "unresolved"),
    # c03_sahel, document date 2025-06-02 (Monday, 2025-W23)
    ("c03_sahel", "June 2, 2025", 0, "DATE", "2025-06-02", "absolute"),
    ("c03_sahel", "Monday", 0, "DATE", "2025-06-02", "document"),
    ("c03_sahel", "2022", 0, "DATE", "2022", "absolute"),
    ("c03_sahel", "5 a.m.", 0, "TIME", "2025-06-01T05:00", "document"),
    ("c03_sahel", "Sunday", 0, "DATE", "2025-06-01", "document"),
    ("c03_sahel", "about three hours", 0, "DURATION", "PT3H", "absolute"),
    ("c03_sahel", "last year", 0, "DATE", "2024", "document"),
    ("c03_sahel", "the first quarter", 0, "DATE", "2025-Q1", "document"),
    ("c03_sahel", "Saturday", 0, "DATE", "2025-05-31", "document"),
    ("c03_sahel", "this month", 0, "DATE", "2025-06", "document"),
    ("c03_sahel", "January", 0, "DATE", "2025-01", "document"),
    ("c03_sahel", "Friday", 0, "DATE", "2025-06-06", "document"),  # future: "will meet ... on Friday"
    # c04_pakistan, document date 2025-03-12 (Wednesday, 2025-W11)
    ("c04_pakistan", "30-hour", 0, "DURATION", "PT30H", "absolute"),
    ("c04_pakistan", "Wednesday", 0, "DATE", "2025-03-12", "document"),
    ("c04_pakistan", "Tuesday", 0, "DATE", "2025-03-11", "document"),
    ("c04_pakistan", "Wednesday evening", 0, "TIME", "2025-03-12TEV", "document"),
    ("c04_pakistan", "decades", 0, "DURATION", "PXDE", "absolute"),
    ("c04_pakistan", "November", 0, "DATE", "2024-11", "document"),
    ("c04_pakistan", "late Tuesday", 0, "DATE", "2025-03-11", "document"),
    ("c04_pakistan", "last year", 0, "DATE", "2024", "document"),
    ("c04_pakistan", "2024", 0, "DATE", "2024", "absolute"),
    ("c04_pakistan", "almost a decade", 0, "DURATION", "P1DE", "absolute"),
    # c05_afghanistan, no document date
    ("c05_afghanistan", "Wednesday morning", 0, "TIME", "XXXX-WXX-3TMO", "unresolved"),
    ("c05_afghanistan", "late Wednesday", 0, "DATE", "XXXX-WXX-3", "unresolved"),
    ("c05_afghanistan", "August 2021", 0, "DATE", "2021-08", "absolute"),
    ("c05_afghanistan", "around 8:15 a.m.", 0, "TIME", "XXXX-WXX-3T08:15", "unresolved"),
    ("c05_afghanistan", "August 2021", 1, "DATE", "2021-08", "absolute"),
    ("c05_afghanistan", "Two years ago", 0, "DATE", "XXXX", "unresolved"),
    ("c05_afghanistan", "every year", 0, "SET", "P1Y", "absolute"),
    ("c05_afghanistan", "this year", 0, "DATE", "XXXX", "unresolved"),
    ("c05_afghanistan", "February", 0, "DATE", "XXXX-02", "unresolved"),
    # c06_ukraine, document date 2025-07-10 (Thursday, 2025-W28)
    ("c06_ukraine", "July 10", 0, "DATE", "2025-07-10", "document"),
    ("c06_ukraine", "overnight", 0, "TIME", "2025-07-09TNI", "document"),
    ("c06_ukraine", "Thursday", 0, "DATE", "2025-07-10", "document"),
    ("c06_ukraine", "this week", 0, "DATE", "2025-W28", "document"),
    ("c06_ukraine", "2 a.m.", 0, "TIME", "2025-07-10T02:00", "document"),
    ("c06_ukraine", "now", 0, "DATE", "PRESENT_REF", "absolute"),  # inside a quotation
    ("c06_ukraine", "a few months", 0, "DURATION", "PXM", "absolute"),
    ("c06_ukraine", "Friday", 0, "DATE", "2025-07-11", "document"),  # future: "is due to meet"
    ("c06_ukraine", "May", 0, "DATE", "2025-05", "document"),
    ("c06_ukraine", "June", 0, "DATE", "2025-06", "document"),
    ("c06_ukraine", "February 2022", 0, "DATE", "2022-02", "absolute"),
    # c07_lebanon, document date 2024-11-27 (Wednesday, 2024-W48)
    ("c07_lebanon", "4 a.m.", 0, "TIME", "2024-11-27T04:00", "document"),
    ("c07_lebanon", "Wednesday", 0, "DATE", "2024-11-27", "document"),
    ("c07_lebanon", "hours", 0, "DURATION", "PTXH", "absolute"),
    ("c07_lebanon", "60 days", 0, "DURATION", "P60D", "absolute"),
    ("c07_lebanon", "Tuesday evening", 0, "TIME", "2024-11-26TEV", "document"),
    ("c07_lebanon", "Late Tuesday", 0, "DATE", "2024-11-26", "document"),
    ("c07_lebanon", "October 2023", 0, "DATE", "2023-10", "absolute"),
    ("c07_lebanon", "the past two months", 0, "DURATION", "P2M", "absolute"),
    ("c07_lebanon", "September", 0, "DATE", "2024-09", "document"),
    ("c07_lebanon", "October", 1, "DATE", "2024-10", "document"),  # 0 is in "October 2023"
    ("c07_lebanon", "Tuesday", 2, "DATE", "2024-11-26", "document"),  # 0, 1 in longer spans
    ("c07_lebanon", "the coming days", 0, "DURATION", "PXD", "absolute"),
    # c08_colombia, document date 2025-01-20 (Monday, 2025-W04)
    ("c08_colombia", "Jan. 20", 0, "DATE", "2025-01-20", "document"),
    ("c08_colombia", "Monday", 0, "DATE", "2025-01-20", "document"),
    ("c08_colombia", "five-day", 0, "DURATION", "P5D", "absolute"),
    ("c08_colombia", "Friday", 0, "DATE", "2025-01-17", "document"),
    ("c08_colombia", "2022", 0, "DATE", "2022", "absolute"),
    ("c08_colombia", "2016", 0, "DATE", "2016", "absolute"),
    ("c08_colombia", "months", 0, "DURATION", "PXM", "absolute"),
    ("c08_colombia", "Sunday", 0, "DATE", "2025-01-19", "document"),
    ("c08_colombia", "Sunday", 1, "DATE", "2025-01-19", "document"),  # "Sunday's home match"
    ("c08_colombia", "December", 0, "DATE", "2024-12", "document"),
    ("c08_colombia", "2016", 1, "DATE", "2016", "absolute"),
    ("c08_colombia", "August 2022", 0, "DATE", "2022-08", "absolute"),
    ("c08_colombia", "mid-February", 0, "DATE", "2025-02", "document"),
    # c09_ethiopia, no document date
    ("c09_ethiopia", "Thursday", 0, "DATE", "XXXX-WXX-4", "unresolved"),
    ("c09_ethiopia", "Thursday night", 0, "TIME", "XXXX-WXX-4TNI", "unresolved"),
    ("c09_ethiopia", "August 2023", 0, "DATE", "2023-08", "absolute"),
    ("c09_ethiopia", "Two years ago", 0, "DATE", "XXXX", "unresolved"),
    ("c09_ethiopia", "two-year", 0, "DURATION", "P2Y", "absolute"),
    ("c09_ethiopia", "November 2022", 0, "DATE", "2022-11", "absolute"),
    ("c09_ethiopia", "mid-December", 0, "DATE", "XXXX-12", "unresolved"),
    ("c09_ethiopia", "2022", 1, "DATE", "2022", "absolute"),  # 0 is in "November 2022"
    ("c09_ethiopia", "every week", 0, "SET", "P1W", "absolute"),
    # c10_kashmir, document date 2024-10-21 (Monday, 2024-W43)
    ("c10_kashmir", "21 October 2024", 0, "DATE", "2024-10-21", "absolute"),
    ("c10_kashmir", "Sunday evening", 0, "TIME", "2024-10-20TEV", "document"),
    ("c10_kashmir", "Monday", 0, "DATE", "2024-10-21", "document"),
    ("c10_kashmir", "last week", 0, "DATE", "2024-W42", "document"),
    ("c10_kashmir", "Monday morning", 0, "TIME", "2024-10-21TMO", "document"),
    ("c10_kashmir", "next year", 0, "DATE", "2025", "document"),
    ("c10_kashmir", "Saturday", 0, "DATE", "2024-10-19", "document"),
    ("c10_kashmir", "Friday", 0, "DATE", "2024-10-18", "document"),
    ("c10_kashmir", "August 2019", 0, "DATE", "2019-08", "absolute"),
    ("c10_kashmir", "the past two years", 0, "DURATION", "P2Y", "absolute"),
    ("c10_kashmir", "the past three decades", 0, "DURATION", "P3DE", "absolute"),
    ("c10_kashmir", "every year", 0, "SET", "P1Y", "absolute"),
    ("c10_kashmir", "Wednesday", 0, "DATE", "2024-10-23", "document"),  # future: "will chair"
]

# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, surface, occurrence, label, min, max, approximate, negated, victims)
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    # c01_sudan
    ("c01_sudan", "wounded four civilians", 0, "INJURED", 4, 4, False, False, "civilians"),
    ("c01_sudan", "killed at least 14 people", 0, "KILLED", 14, None, False, False, "people"),
    ("c01_sudan", "Between 30 and 40 others were wounded", 0, "INJURED", 30, 40, True, False, "others"),
    ("c01_sudan", "three volunteers had been missing", 0, "MISSING", 3, 3, False, False, "volunteers"),
    ("c01_sudan", "killed tens of thousands of people", 0, "KILLED", 20000, 99999, True, False, "people"),
    # c02_somalia
    ("c02_somalia", "killing at least nine people", 0, "KILLED", 9, None, False, False, "people"),
    ("c02_somalia", "17 people were wounded", 0, "INJURED", 17, 17, False, False, "people"),
    ("c02_somalia", "five attackers were killed", 0, "KILLED", 5, 5, False, False, "attackers"),
    ("c02_somalia", "Two hotel staff were still missing", 0, "MISSING", 2, 2, False, False, "hotel staff"),
    ("c02_somalia", "no one was killed", 0, "KILLED", 0, 0, False, True, None),
    ("c02_somalia", "killing three militants", 0, "KILLED", 3, 3, False, False, "militants"),
    ("c02_somalia", "no civilians were hurt", 0, "INJURED", 0, 0, False, True, "civilians"),
    # c03_sahel
    ("c03_sahel", "killed more than 50 soldiers", 0, "KILLED", 50, None, False, False, "soldiers"),
    ("c03_sahel", "about 100 people had been killed", 0, "KILLED", 100, 100, True, False, "people"),
    ("c03_sahel", "a dozen of his comrades were missing", 0, "MISSING", 12, 12, True, False, "comrades"),
    ("c03_sahel", "abducted 11 bus passengers", 0, "KIDNAPPED", 11, 11, False, False, "bus passengers"),
    ("c03_sahel", "a driver remains missing", 0, "MISSING", 1, 1, False, False, "driver"),
    ("c03_sahel", "killing hundreds of civilians", 0, "KILLED", 200, 999, True, False, "civilians"),
    # c04_pakistan
    ("c04_pakistan", "at least 21 hostages and four soldiers killed", 0, "KILLED", 25, None, False, False,
     "hostages and four soldiers"),
    ("c04_pakistan", "33 attackers had been killed", 0, "KILLED", 33, 33, False, False, "attackers"),
    ("c04_pakistan", "26 passengers were still unaccounted for", 0, "MISSING", 26, 26, False, False, "passengers"),
    ("c04_pakistan", "Dozens of wounded passengers", 0, "INJURED", 24, 99, True, False, "passengers"),
    ("c04_pakistan", "At least 26 people, many of them soldiers, were killed", 0, "KILLED", 26, None, False, False,
     "people"),
    ("c04_pakistan", "killing two constables", 0, "KILLED", 2, 2, False, False, "constables"),
    ("c04_pakistan", "wounding three others", 0, "INJURED", 3, 3, False, False, "others"),
    # c05_afghanistan
    ("c05_afghanistan", "killing six people", 0, "KILLED", 6, 6, False, False, "people"),
    ("c05_afghanistan", "wounding 13", 0, "INJURED", 13, 13, False, False, None),
    ("c05_afghanistan", "killed 13 U.S. service members and about 170 Afghans", 0, "KILLED", 183, 183, True, False,
     "U.S. service members and about 170 Afghans"),
    ("c05_afghanistan", "killed more than 40 worshippers", 0, "KILLED", 40, None, False, False, "worshippers"),
    # c06_ukraine
    ("c06_ukraine", "killing at least two people", 0, "KILLED", 2, None, False, False, "people"),
    ("c06_ukraine", "injuring 16 others", 0, "INJURED", 16, 16, False, False, "others"),
    ("c06_ukraine", "no children were hurt", 0, "INJURED", 0, 0, False, True, "children"),
    ("c06_ukraine", "wounding a couple of residents", 0, "INJURED", 2, 2, True, False, "residents"),
    ("c06_ukraine", "killed one man", 0, "KILLED", 1, 1, False, False, "man"),
    ("c06_ukraine", "at least 13,000 civilians have been killed", 0, "KILLED", 13000, None, False, False, "civilians"),
    # c07_lebanon
    ("c07_lebanon", "killed seven people", 0, "KILLED", 7, 7, False, False, "people"),
    ("c07_lebanon", "wounded 37", 0, "INJURED", 37, 37, False, False, None),
    ("c07_lebanon", "more than 3,800 people have been killed", 0, "KILLED", 3800, None, False, False, "people"),
    ("c07_lebanon", "killed 82 soldiers and 47 civilians", 0, "KILLED", 129, 129, False, False,
     "soldiers and 47 civilians"),
    ("c07_lebanon", "Several Indonesian and Sri Lankan peacekeepers were wounded", 0, "INJURED", 3, 9, True, False,
     "Indonesian and Sri Lankan peacekeepers"),
    ("c07_lebanon", "killed more than 44,000 Palestinians", 0, "KILLED", 44000, None, False, False, "Palestinians"),
    # c08_colombia
    ("c08_colombia", "at least 80 people dead", 0, "KILLED", 80, None, False, False, "people"),
    ("c08_colombia", "abducted at least 20 people", 0, "KIDNAPPED", 20, None, False, False, "people"),
    ("c08_colombia", "five signatories of the 2016 peace accord were missing", 0, "MISSING", 5, 5, False, False,
     "signatories of the 2016 peace accord"),
    ("c08_colombia", "nine injured soldiers", 0, "INJURED", 9, 9, False, False, "soldiers"),
    ("c08_colombia", "More than 400 signatories of the peace deal have been killed", 0, "KILLED", 400, None, False,
     False, "signatories of the peace deal"),
    # c09_ethiopia
    ("c09_ethiopia", "killed 11 civilians", 0, "KILLED", 11, 11, False, False, "civilians"),
    ("c09_ethiopia", "at least seven people were still missing", 0, "MISSING", 7, None, False, False, "people"),
    ("c09_ethiopia", "23 wounded people", 0, "INJURED", 23, 23, False, False, "people"),
    ("c09_ethiopia", "none of its fighters had been killed", 0, "KILLED", 0, 0, False, True, "fighters"),
    ("c09_ethiopia", "killed hundreds of thousands of people", 0, "KILLED", 200000, 999999, True, False, "people"),
    ("c09_ethiopia", "kidnapped around 30 students", 0, "KIDNAPPED", 30, 30, True, False, "students"),
    # c10_kashmir
    ("c10_kashmir", "killing a doctor and six labourers", 0, "KILLED", 7, 7, False, False, "doctor and six labourers"),
    ("c10_kashmir", "Five others were injured", 0, "INJURED", 5, 5, False, False, "others"),
    ("c10_kashmir", "killed two infiltrators", 0, "KILLED", 2, 2, False, False, "infiltrators"),
    ("c10_kashmir", "Tens of thousands of people have been killed", 0, "KILLED", 20000, 99999, True, False, "people"),
]

# --------------------------------------------------------------------------------------------
# QUOTES: (doc, surface incl. marks, occurrence, closed, speaker (surface, occurrence or None for
# the nearest), speaker entity (qid, name, gazetteer) or None, cue (surface, occurrence or None))
# --------------------------------------------------------------------------------------------
AISER = (None, "Khalid al-Aiser", "officials")
HASSAN = (None, "Abdifatah Aden Hassan", "officials")
MOHAMUD = (None, "Hassan Sheikh Mohamud", "officials")
WAGNER = (None, "Wagner Group", "groups")
CHAUDHRY = (None, "Ahmed Sharif Chaudhry", "officials")
SHARIF = (None, "Shehbaz Sharif", "officials")
MUJAHID = (None, "Zabihullah Mujahid", "officials")
ZELENSKY = (None, "Volodymyr Zelensky", "officials")
BIBI = (NETANYAHU, "Benjamin Netanyahu", "officials")
VELASQUEZ = (None, "Iván Velásquez", "officials")
GARCIA = (None, "Antonio García", "officials")
ABDULLAH = (None, "Omar Abdullah", "officials")

QUOTES = [
    # c01_sudan
    ("c01_sudan", "“The militia is trying to strangle the country’s only working lifeline,”", 0, True,
     ("Khalid al-Aiser", 0), AISER, ("told", None)),
    ("c01_sudan", "“They will fail, as they failed in Khartoum.”", 0, True, ("Khalid al-Aiser", 0), AISER,
     ("told", None)),
    ("c01_sudan", "“aggressor state”", 0, True, ("Sovereignty Council", 0), (None, "Sovereignty Council", "orgs"),
     ("calling", 0)),
    ("c01_sudan", "“We are burying people in the courtyards because the road to the cemetery is under fire,”", 0,
     True, ("Mohamed Issa", 0), None, ("said", None)),
    ("c01_sudan", "“within days”", 0, True, ("Mohamed Hamdan Dagalo", 0),
     (None, "Mohamed Hamdan Dagalo", "officials"), ("said", None)),
    ("c01_sudan", "“pursue the militia to every corner of Sudan.”", 0, True, ("Abdel Fattah al-Burhan", 0),
     (None, "Abdel Fattah al-Burhan", "officials"), ("vowed", 0)),
    # c02_somalia
    ("c02_somalia", "\"The terrorists entered through the back gate, disguised in military uniforms,\"", 0, True,
     ("Hassan", 1), HASSAN, ("told", 0)),
    ("c02_somalia", "\"Our forces acted quickly, and the building is now secure.\"", 0, True, ("Hassan", 1), HASSAN,
     ("told", 0)),
    ("c02_somalia", "\"heavy losses\"", 0, True, ("Al-Shabaab", 1), (None, "al-Shabaab", "groups"), ("saying", 0)),
    ("c02_somalia", "\"These criminals will not break the will of the Somali people,\"", 0, True, ("Mohamud", 1),
     MOHAMUD, ("said", None)),
    # c03_sahel
    ("c03_sahel", "“They came on motorbikes from three directions. We could not hold,”", 0, True,
     ("soldier", None), None, ("said", None)),
    ("c03_sahel", "“a cowardly attack by terrorist hordes.”", 0, True, ("it", None), None, ("called", 0)),
    ("c03_sahel", "“Wagner’s mission is accomplished,”", 0, True, ("group", None), WAGNER, ("said", None)),
    ("c03_sahel", "“We are going home.”", 0, True, ("group", None), WAGNER, ("said", None)),
    # c04_pakistan
    ("c04_pakistan", "\"The clearance operation was carried out with great care, as the terrorists were using "
     "women and children as human shields,\"", 0, True, ("Chaudhry", 1), CHAUDHRY, ("said", None)),
    ("c04_pakistan", "\"There is no doubt,\"", 0, True, ("he", None), CHAUDHRY, ("added", 0)),
    ("c04_pakistan", "\"that this attack was planned and directed from Afghanistan.\"", 0, True, ("he", None),
     CHAUDHRY, ("added", 0)),
    ("c04_pakistan", "\"baseless\"", 0, True, ("Abdul Qahar Balkhi", 0), (None, "Abdul Qahar Balkhi", "officials"),
     ("called", 0)),
    ("c04_pakistan", "\"crush\"", 0, True, ("Shehbaz Sharif", 0), SHARIF, ("vowed", 0)),
    ("c04_pakistan", "\"those who kill innocent travellers.\"", 0, True, ("Sharif", 2), SHARIF, ("said", None)),
    # c05_afghanistan
    ("c05_afghanistan", "“The enemies of Afghanistan want to show that the country is not secure,”", 0, True,
     ("Zabihullah Mujahid", 0), MUJAHID, ("wrote", 0)),
    ("c05_afghanistan", "“the harshest punishment.”", 0, True, ("He", None), MUJAHID, ("said", None)),
    ("c05_afghanistan", "“Attacking civilians as they collect their wages is an atrocity,”", 0, True,
     ("UNAMA", 1), (None, "United Nations Assistance Mission in Afghanistan", "orgs"), ("according to", 0)),
    ("c05_afghanistan", "“a huge sound, like the sky falling,”", 0, True, ("Ahmad Zia", 0), None, ("said", None)),
    # c06_ukraine
    ("c06_ukraine", "\"This was one of the most difficult nights for the city since the start of the full-scale "
     "invasion,\"", 0, True, ("Vitali Klitschko", 0), (None, "Vitali Klitschko", "officials"), ("said", None)),
    ("c06_ukraine", "\"Every such attack shows that Moscow is not looking for peace. It is looking for new ways "
     "to kill.", 0, False, ("Volodymyr Zelensky", 0), ZELENSKY, ("said", 5)),
    ("c06_ukraine", "\"We need more Patriot systems, and we need them now, not in a few months.\"", 0, True,
     ("Volodymyr Zelensky", 0), ZELENSKY, ("said", 5)),
    ("c06_ukraine", "\"high-precision weapons\"", 0, True, ("Russia's Defence Ministry", 0), None, ("said", None)),
    ("c06_ukraine", "\"on pause\"", 0, True, ("Dmitry Peskov", 0), (None, "Dmitry Peskov", "officials"),
     ("told", 0)),
    # c07_lebanon
    ("c07_lebanon", "“We will enforce the agreement firmly,”", 0, True, ("Benjamin Netanyahu", 0), BIBI,
     ("said", None)),
    ("c07_lebanon", "“If Hezbollah violates it, we will strike.”", 0, True, ("Benjamin Netanyahu", 0), BIBI,
     ("said", None)),
    ("c07_lebanon", "“a first step towards restoring calm”", 0, True, ("Najib Mikati", 0),
     (None, "Najib Mikati", "officials"), ("called", 1)),  # 0 is "so-called"
    ("c07_lebanon", "“cooperate with the army”", 0, True, ("Hassan Fadlallah", 0),
     (None, "Hassan Fadlallah", "officials"), ("told", 0)),
    ("c07_lebanon", "“Our peacekeepers have remained in all their positions and stand ready to support the "
     "Lebanese army,”", 0, True, ("mission", None),
     (None, "United Nations Interim Force in Lebanon", "orgs"), ("said", None)),
    # c08_colombia
    ("c08_colombia", "\"The ELN has chosen the path of war,\"", 0, True, ("Petro", 1),
     (None, "Gustavo Petro", "officials"), ("wrote", 0)),
    ("c08_colombia", "\"protect the population.\"", 0, True, ("ELN", 2),
     (None, "National Liberation Army (Colombia)", "groups"), ("said", 0)),
    ("c08_colombia", "\"We are not going to leave the people of Catatumbo alone,\"", 0, True, ("he", None),
     VELASQUEZ, ("said", None)),
    ("c08_colombia", "\"ultimatums\"", 0, True, ("Antonio García", 0), GARCIA, ("said", None)),
    ("c08_colombia", "\"the inevitable consequence\"", 0, True, ("he", None), GARCIA, ("described", 0)),
    # c09_ethiopia
    ("c09_ethiopia", "“The drone came twice,”", 0, True, ("Tesfaye Alemu", 0), None, ("said", 1)),
    ("c09_ethiopia", "“The second time it hit the people who ran to help.”", 0, True, ("Tesfaye Alemu", 0), None,
     ("said", 1)),
    ("c09_ethiopia", "“a gathering of extremist elements”", 0, True, ("Legesse Tulu", 0),
     (None, "Legesse Tulu", "officials"), ("said", None)),
    ("c09_ethiopia", "“answer blood with blood.”", 0, True, ("Zemene Kassie", 0),
     (None, "Zemene Kassie", "officials"), ("told", 0)),
    # c10_kashmir
    ("c10_kashmir", "\"This is a cowardly attack on unarmed people who were working to build this region,\"", 0,
     True, ("Omar Abdullah", 0), ABDULLAH, ("said", None)),
    ("c10_kashmir", "\"Those responsible will be brought to justice.\"", 0, True, ("Omar Abdullah", 0), ABDULLAH,
     ("said", None)),
    ("c10_kashmir", "\"pay a heavy price.\"", 0, True, ("Manoj Sinha", 0), (None, "Manoj Sinha", "officials"),
     ("said", None)),
    ("c10_kashmir", "\"despicable act of terror\"", 0, True, ("Narendra Modi", 0), (MODI, "Narendra Modi", "officials"),
     ("called", 0)),
    ("c10_kashmir", "\"look inward\"", 0, True, ("Mumtaz Zahra Baloch", 0),
     (None, "Mumtaz Zahra Baloch", "officials"), ("said", None)),
]

if __name__ == "__main__":
    run("blind5", ENTITIES, DATES, CASUALTIES, QUOTES)
