#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind3.

Texts: tests/fixtures/blind3/news.jsonl (ten original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors.

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, and writes tests/fixtures/gold/blind3.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind3_gold.py [--show]   (--show prints every span in context)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import run  # noqa: E402  (the shared offsets, checks and writer)


# --------------------------------------------------------------------------------------------
# ENTITIES: (doc, surface, occurrences, label, qid, canonical name, form)
# `occurrences` is a list of occurrence indices of the surface in the document.
# --------------------------------------------------------------------------------------------
SUDAN, MALI, SOMALIA, PAKISTAN, AFGHANISTAN = "Q1049", "Q912", "Q1045", "Q843", "Q889"
ISRAEL, LEBANON, IRAN, UKRAINE, RUSSIA, USA = "Q801", "Q822", "Q794", "Q212", "Q159", "Q30"
COLOMBIA, VENEZUELA, CUBA, ETHIOPIA, NKOREA, SKOREA, JAPAN = (
    "Q739", "Q717", "Q241", "Q115", "Q423", "Q884", "Q17")
UN, NATO, AU, REUTERS, AFP, AP, ALQAEDA, TALIBAN = (
    "Q1065", "Q7184", "Q7159", "Q130879", "Q40464", "Q40469", "Q34490", "Q42418")

ENTITIES = [
    # s01_sudan
    ("s01_sudan", "Sudan", [0], "COUNTRY", SUDAN, "Sudan", "name"),  # 1, 2 are in "Port Sudan"
    ("s01_sudan", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("s01_sudan", "Sudanese", [0, 1, 2], "COUNTRY", SUDAN, "Sudan", "demonym"),
    ("s01_sudan", "Khalid al-Aiser", [0], "OFFICIAL", None, "Khalid al-Aiser", "name"),
    ("s01_sudan", "al-Aiser", [1], "OFFICIAL", None, "Khalid al-Aiser", "surname"),
    ("s01_sudan", "Rapid Support Forces", [0], "GROUP", None, "Rapid Support Forces", "name"),
    ("s01_sudan", "RSF", [0, 1, 2], "GROUP", None, "Rapid Support Forces", "acronym"),
    ("s01_sudan", "Abdel Fattah al-Burhan", [0], "OFFICIAL", None, "Abdel Fattah al-Burhan", "name"),
    ("s01_sudan", "al-Burhan", [1], "OFFICIAL", None, "Abdel Fattah al-Burhan", "surname"),
    ("s01_sudan", "Mohamed Hamdan Dagalo", [0], "OFFICIAL", None, "Mohamed Hamdan Dagalo", "name"),
    ("s01_sudan", "United Nations", [0], "ORG", UN, "United Nations", "name"),
    ("s01_sudan", "U.N.", [0, 1], "ORG", UN, "United Nations", "acronym"),
    ("s01_sudan", "Associated Press", [0], "ORG", AP, "Associated Press", "name"),
    ("s01_sudan", "António Guterres", [0], "OFFICIAL", "Q311440", "António Guterres", "name"),
    # s02_mali
    ("s02_mali", "Reuters", [0, 1], "ORG", REUTERS, "Reuters", "name"),
    ("s02_mali", "Al Qaeda", [0], "GROUP", ALQAEDA, "al-Qaeda", "alias"),
    ("s02_mali", "Mali", [0, 1, 2], "COUNTRY", MALI, "Mali", "name"),
    ("s02_mali", "Senegal", [0], "COUNTRY", "Q1041", "Senegal", "name"),
    ("s02_mali", "Mauritania", [0], "COUNTRY", "Q1025", "Mauritania", "name"),
    ("s02_mali", "Jama'at Nusrat al-Islam wal-Muslimin", [0], "GROUP", None,
     "Jama'at Nusrat al-Islam wal-Muslimin", "name"),
    ("s02_mali", "JNIM", [0, 1], "GROUP", None, "Jama'at Nusrat al-Islam wal-Muslimin", "acronym"),
    ("s02_mali", "Souleymane Dembele", [0], "OFFICIAL", None, "Souleymane Dembele", "name"),
    ("s02_mali", "ORTM", [0], "ORG", None, "ORTM", "acronym"),
    ("s02_mali", "Assimi Goita", [0], "OFFICIAL", None, "Assimi Goita", "name"),
    ("s02_mali", "Russia", [0, 1], "COUNTRY", RUSSIA, "Russia", "name"),
    ("s02_mali", "French", [0], "COUNTRY", "Q142", "France", "demonym"),
    ("s02_mali", "United Nations", [0], "ORG", UN, "United Nations", "name"),
    ("s02_mali", "Wagner Group", [0], "GROUP", None, "Wagner Group", "name"),
    ("s02_mali", "Malian", [0], "COUNTRY", MALI, "Mali", "demonym"),
    ("s02_mali", "Africa Corps", [0], "ORG", None, "Africa Corps", "name"),
    ("s02_mali", "al Qaeda", [0], "GROUP", ALQAEDA, "al-Qaeda", "alias"),
    ("s02_mali", "Burkina Faso", [0], "COUNTRY", "Q965", "Burkina Faso", "name"),
    ("s02_mali", "Niger", [0], "COUNTRY", "Q1032", "Niger", "name"),
    ("s02_mali", "Alliance of Sahel States", [0], "ORG", None, "Alliance of Sahel States", "name"),
    ("s02_mali", "ECOWAS", [0], "ORG", None, "Economic Community of West African States", "acronym"),
    # s03_somalia
    ("s03_somalia", "AFP", [0, 1], "ORG", AFP, "Agence France-Presse", "acronym"),
    ("s03_somalia", "Al-Shabaab", [0, 1], "GROUP", None, "al-Shabaab", "name"),
    ("s03_somalia", "al-Shabaab", [0], "GROUP", None, "al-Shabaab", "name"),
    ("s03_somalia", "Somalia", [0, 2], "COUNTRY", SOMALIA, "Somalia", "name"),  # 1 inside AUSSOM name
    ("s03_somalia", "Abdullahi Nur", [0], "OFFICIAL", None, "Abdullahi Nur", "name"),
    ("s03_somalia", "African Union Support and Stabilization Mission in Somalia", [0], "ORG", None,
     "African Union Support and Stabilization Mission in Somalia", "name"),
    ("s03_somalia", "AUSSOM", [0], "ORG", None,
     "African Union Support and Stabilization Mission in Somalia", "acronym"),
    ("s03_somalia", "AU", [0], "ORG", AU, "African Union", "acronym"),
    ("s03_somalia", "Hassan Sheikh Mohamud", [0], "OFFICIAL", None, "Hassan Sheikh Mohamud", "name"),
    ("s03_somalia", "al Qaeda", [0], "GROUP", ALQAEDA, "al-Qaeda", "alias"),
    ("s03_somalia", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("s03_somalia", "U.S. Africa Command", [0], "ORG", None, "United States Africa Command", "name"),
    # s04_pakistan
    ("s04_pakistan", "Pakistan", [0], "COUNTRY", PAKISTAN, "Pakistan", "name"),  # 1 inside TTP name
    ("s04_pakistan", "Baloch Liberation Army", [0], "GROUP", None, "Baloch Liberation Army", "name"),
    ("s04_pakistan", "BLA", [0], "GROUP", None, "Baloch Liberation Army", "acronym"),
    ("s04_pakistan", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("s04_pakistan", "Shahid Rind", [0], "OFFICIAL", None, "Shahid Rind", "name"),
    ("s04_pakistan", "Inter-Services Public Relations", [0], "ORG", None,
     "Inter-Services Public Relations", "name"),
    ("s04_pakistan", "ISPR", [0], "ORG", None, "Inter-Services Public Relations", "acronym"),
    ("s04_pakistan", "Pakistani Taliban", [0], "GROUP", None, "Tehrik-i-Taliban Pakistan", "alias"),
    ("s04_pakistan", "Tehreek-e-Taliban Pakistan", [0], "GROUP", None, "Tehrik-i-Taliban Pakistan",
     "alias"),
    ("s04_pakistan", "TTP", [0, 1], "GROUP", None, "Tehrik-i-Taliban Pakistan", "acronym"),
    ("s04_pakistan", "Shehbaz Sharif", [0], "OFFICIAL", None, "Shehbaz Sharif", "name"),
    ("s04_pakistan", "Afghanistan", [0], "COUNTRY", AFGHANISTAN, "Afghanistan", "name"),
    ("s04_pakistan", "Taliban", [2, 3], "GROUP", TALIBAN, "Taliban", "name"),  # 0, 1 inside TTP names
    ("s04_pakistan", "U.N. Security Council", [0], "ORG", "Q37470", "United Nations Security Council", "name"),
    # s05_afghanistan
    ("s05_afghanistan", "Afghanistan", [0, 1], "COUNTRY", AFGHANISTAN, "Afghanistan", "name"),  # 2 in UNAMA
    ("s05_afghanistan", "Afghan", [0], "COUNTRY", AFGHANISTAN, "Afghanistan", "demonym"),
    ("s05_afghanistan", "Taliban", [0, 1, 2, 3, 4, 5, 6, 7], "GROUP", TALIBAN, "Taliban", "name"),
    ("s05_afghanistan", "Inamullah Samangani", [0], "OFFICIAL", None, "Inamullah Samangani", "name"),
    ("s05_afghanistan", "Samangani", [1], "OFFICIAL", None, "Inamullah Samangani", "surname"),
    ("s05_afghanistan", "Islamic State", [0], "GROUP", None, "Islamic State", "name"),  # 1 in ISKP name
    ("s05_afghanistan", "Islamic State Khorasan Province", [0], "GROUP", None,
     "Islamic State Khorasan Province", "name"),
    ("s05_afghanistan", "ISKP", [0], "GROUP", None, "Islamic State Khorasan Province", "acronym"),
    ("s05_afghanistan", "Pakistani", [0], "COUNTRY", PAKISTAN, "Pakistan", "demonym"),
    ("s05_afghanistan", "U.S.", [0], "COUNTRY", USA, "United States", "acronym"),
    ("s05_afghanistan", "NATO", [0], "ORG", NATO, "NATO", "acronym"),
    ("s05_afghanistan", "Hibatullah Akhundzada", [0], "OFFICIAL", None, "Hibatullah Akhundzada", "name"),
    ("s05_afghanistan", "U.N. Assistance Mission in Afghanistan", [0], "ORG", None,
     "United Nations Assistance Mission in Afghanistan", "name"),
    ("s05_afghanistan", "UNAMA", [0], "ORG", None, "United Nations Assistance Mission in Afghanistan",
     "acronym"),
    ("s05_afghanistan", "National Resistance Front", [0], "GROUP", None, "National Resistance Front", "name"),
    ("s05_afghanistan", "Ahmad Massoud", [0], "OFFICIAL", None, "Ahmad Massoud", "name"),
    # s06_lebanon
    ("s06_lebanon", "AFP", [0], "ORG", AFP, "Agence France-Presse", "acronym"),
    ("s06_lebanon", "Israeli", [0, 1, 2, 3, 4, 5], "COUNTRY", ISRAEL, "Israel", "demonym"),
    ("s06_lebanon", "Lebanese", [0, 1], "COUNTRY", LEBANON, "Lebanon", "demonym"),
    ("s06_lebanon", "Hezbollah", [0, 1, 2], "GROUP", None, "Hezbollah", "name"),
    ("s06_lebanon", "Najib Mikati", [0], "OFFICIAL", None, "Najib Mikati", "name"),
    ("s06_lebanon", "Mikati", [1], "OFFICIAL", None, "Najib Mikati", "surname"),
    ("s06_lebanon", "Israel", [0, 1], "COUNTRY", ISRAEL, "Israel", "name"),
    ("s06_lebanon", "U.N.", [0, 1], "ORG", UN, "United Nations", "acronym"),
    ("s06_lebanon", "Lebanon", [0, 1, 2, 3, 4, 5], "COUNTRY", LEBANON, "Lebanon", "name"),
    ("s06_lebanon", "Jeanine Hennis-Plasschaert", [0], "OFFICIAL", None, "Jeanine Hennis-Plasschaert",
     "name"),
    ("s06_lebanon", "UNIFIL", [0], "ORG", None, "United Nations Interim Force in Lebanon", "acronym"),
    ("s06_lebanon", "Iran", [0], "COUNTRY", IRAN, "Iran", "name"),
    ("s06_lebanon", "Hassan Nasrallah", [0], "OFFICIAL", None, "Hassan Nasrallah", "name"),
    # s07_ukraine
    ("s07_ukraine", "Ukraine", [0, 1, 2, 3, 4], "COUNTRY", UKRAINE, "Ukraine", "name"),
    ("s07_ukraine", "Russia", [0, 1, 2, 3, 4], "COUNTRY", RUSSIA, "Russia", "name"),
    ("s07_ukraine", "Russian", [0, 1, 2], "COUNTRY", RUSSIA, "Russia", "demonym"),
    ("s07_ukraine", "Yuriy Ihnat", [0], "OFFICIAL", None, "Yuriy Ihnat", "name"),
    ("s07_ukraine", "Vadym Filashkin", [0], "OFFICIAL", None, "Vadym Filashkin", "name"),
    ("s07_ukraine", "Oleh Syniehubov", [0], "OFFICIAL", None, "Oleh Syniehubov", "name"),
    ("s07_ukraine", "Volodymyr Zelensky", [0], "OFFICIAL", "Q3874799", "Volodymyr Zelensky", "name"),
    ("s07_ukraine", "Zelensky", [1], "OFFICIAL", "Q3874799", "Volodymyr Zelensky", "surname"),
    ("s07_ukraine", "Ukrainian", [0, 1], "COUNTRY", UKRAINE, "Ukraine", "demonym"),
    ("s07_ukraine", "European Commission", [0], "ORG", None, "European Commission", "name"),
    ("s07_ukraine", "Ursula von der Leyen", [0], "OFFICIAL", None, "Ursula von der Leyen", "name"),
    ("s07_ukraine", "Dmitry Peskov", [0], "OFFICIAL", None, "Dmitry Peskov", "name"),
    ("s07_ukraine", "U.S.", [0], "COUNTRY", USA, "United States", "acronym"),
    ("s07_ukraine", "Donald Trump", [0], "OFFICIAL", "Q22686", "Donald Trump", "name"),
    ("s07_ukraine", "Saudi Arabia", [0], "COUNTRY", "Q851", "Saudi Arabia", "name"),
    # s08_colombia
    ("s08_colombia", "National Liberation Army", [0], "GROUP", None, "National Liberation Army", "name"),
    ("s08_colombia", "ELN", [0, 1, 2, 3], "GROUP", None, "National Liberation Army", "acronym"),
    ("s08_colombia", "Revolutionary Armed Forces of Colombia", [0], "GROUP", None,
     "Revolutionary Armed Forces of Colombia", "name"),
    ("s08_colombia", "FARC", [0], "GROUP", None, "Revolutionary Armed Forces of Colombia", "acronym"),
    ("s08_colombia", "William Villamizar", [0], "OFFICIAL", None, "William Villamizar", "name"),
    ("s08_colombia", "Gustavo Petro", [0], "OFFICIAL", None, "Gustavo Petro", "name"),
    ("s08_colombia", "Petro", [1], "OFFICIAL", None, "Gustavo Petro", "surname"),
    ("s08_colombia", "Iván Velásquez", [0], "OFFICIAL", None, "Iván Velásquez", "name"),
    ("s08_colombia", "Venezuela", [0, 1], "COUNTRY", VENEZUELA, "Venezuela", "name"),
    ("s08_colombia", "Cuban", [0], "COUNTRY", CUBA, "Cuba", "demonym"),
    ("s08_colombia", "Colombian", [0], "COUNTRY", COLOMBIA, "Colombia", "demonym"),
    ("s08_colombia", "United Nations", [0], "ORG", UN, "United Nations", "name"),
    # s09_ethiopia
    ("s09_ethiopia", "Ethiopian", [0], "COUNTRY", ETHIOPIA, "Ethiopia", "demonym"),  # 1 in ENDF name
    ("s09_ethiopia", "Fano", [0, 1, 2], "GROUP", None, "Fano", "name"),
    ("s09_ethiopia", "Ethiopian National Defense Force", [0], "ORG", None,
     "Ethiopian National Defense Force", "name"),
    ("s09_ethiopia", "ENDF", [0], "ORG", None, "Ethiopian National Defense Force", "acronym"),
    ("s09_ethiopia", "Legesse Tulu", [0], "OFFICIAL", None, "Legesse Tulu", "name"),
    ("s09_ethiopia", "Abiy Ahmed", [0], "OFFICIAL", None, "Abiy Ahmed", "name"),
    ("s09_ethiopia", "Tigray People's Liberation Front", [0], "GROUP", None,
     "Tigray People's Liberation Front", "name"),
    ("s09_ethiopia", "TPLF", [0], "GROUP", None, "Tigray People's Liberation Front", "acronym"),
    ("s09_ethiopia", "U.N.", [0, 1], "ORG", UN, "United Nations", "acronym"),
    # s10_korea
    ("s10_korea", "Yonhap", [0], "ORG", None, "Yonhap News Agency", "name"),
    ("s10_korea", "North Korea", [0, 1, 2], "COUNTRY", NKOREA, "North Korea", "name"),
    ("s10_korea", "North Korean", [0, 1], "COUNTRY", NKOREA, "North Korea", "demonym"),
    ("s10_korea", "South Korea", [0, 1], "COUNTRY", SKOREA, "South Korea", "name"),
    ("s10_korea", "South Korean", [0, 1], "COUNTRY", SKOREA, "South Korea", "demonym"),
    ("s10_korea", "Americans", [0], "COUNTRY", USA, "United States", "demonym"),
    ("s10_korea", "U.S.", [0], "COUNTRY", USA, "United States", "acronym"),
    ("s10_korea", "Kamala Harris", [0], "OFFICIAL", "Q10853588", "Kamala Harris", "name"),
    ("s10_korea", "Donald Trump", [0], "OFFICIAL", "Q22686", "Donald Trump", "name"),
    ("s10_korea", "Joint Chiefs of Staff", [0], "ORG", None, "Joint Chiefs of Staff (South Korea)", "name"),
    ("s10_korea", "JCS", [0, 1], "ORG", None, "Joint Chiefs of Staff (South Korea)", "acronym"),
    ("s10_korea", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("s10_korea", "Japan", [0, 1, 2], "COUNTRY", JAPAN, "Japan", "name"),
    ("s10_korea", "Lee Sung-jun", [0], "OFFICIAL", None, "Lee Sung-jun", "name"),
    ("s10_korea", "Gen Nakatani", [0], "OFFICIAL", None, "Gen Nakatani", "name"),
    ("s10_korea", "Kim Jong Un", [0], "OFFICIAL", "Q56226", "Kim Jong Un", "name"),
    ("s10_korea", "Kim", [1], "OFFICIAL", "Q56226", "Kim Jong Un", "surname"),
    ("s10_korea", "Russia", [0, 1], "COUNTRY", RUSSIA, "Russia", "name"),
    ("s10_korea", "Russian", [0], "COUNTRY", RUSSIA, "Russia", "demonym"),
    ("s10_korea", "Ukraine", [0], "COUNTRY", UKRAINE, "Ukraine", "name"),
    ("s10_korea", "Ukrainian", [0], "COUNTRY", UKRAINE, "Ukraine", "demonym"),
    ("s10_korea", "National Intelligence Service", [0], "ORG", None,
     "National Intelligence Service (South Korea)", "name"),
    ("s10_korea", "NIS", [0], "ORG", None, "National Intelligence Service (South Korea)", "acronym"),
    ("s10_korea", "Vladimir Putin", [0], "OFFICIAL", "Q7747", "Vladimir Putin", "name"),
    ("s10_korea", "U.N. Security Council", [0], "ORG", "Q37470", "United Nations Security Council", "name"),
    ("s10_korea", "Yoon Suk Yeol", [0], "OFFICIAL", None, "Yoon Suk Yeol", "name"),
]

# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# --------------------------------------------------------------------------------------------
DATES = [
    # s01_sudan, document date 2025-05-06 (Tuesday, 2025-W19)
    ("s01_sudan", "Tuesday", 0, "DATE", "2025-05-06", "document"),
    ("s01_sudan", "2023", 0, "DATE", "2023", "absolute"),
    ("s01_sudan", "more than two years", 0, "DURATION", "P2Y", "absolute"),
    ("s01_sudan", "Tuesday afternoon", 0, "TIME", "2025-05-06TAF", "document"),
    ("s01_sudan", "April 2023", 0, "DATE", "2023-04", "absolute"),
    ("s01_sudan", "months", 0, "DURATION", "PXM", "absolute"),
    ("s01_sudan", "last month", 0, "DATE", "2025-04", "document"),
    ("s01_sudan", "Monday", 0, "DATE", "2025-05-05", "document"),
    ("s01_sudan", "recently", 0, "DATE", "PAST_REF", "absolute"),
    # s02_mali, 2025-07-02 (Wednesday)
    ("s02_mali", "July 2", 0, "DATE", "2025-07-02", "document"),
    ("s02_mali", "Tuesday", 0, "DATE", "2025-07-01", "document"),
    ("s02_mali", "recent years", 0, "DATE", "PAST_REF", "absolute"),
    ("s02_mali", "5 a.m.", 0, "TIME", "2025-07-01T05:00", "document"),
    ("s02_mali", "three hours", 0, "DURATION", "PT3H", "absolute"),
    ("s02_mali", "2021", 0, "DATE", "2021", "absolute"),
    ("s02_mali", "last month", 0, "DATE", "2025-06", "document"),
    ("s02_mali", "the past year", 0, "DURATION", "P1Y", "absolute"),
    ("s02_mali", "2023", 0, "DATE", "2023", "absolute"),
    # s03_somalia, no document date
    ("s03_somalia", "Sunday", 0, "DATE", "XXXX-WXX-7", "unresolved"),
    ("s03_somalia", "hours", 0, "DURATION", "PTXH", "absolute"),
    ("s03_somalia", "January", 0, "DATE", "XXXX-01", "unresolved"),
    ("s03_somalia", "2006", 0, "DATE", "2006", "absolute"),
    ("s03_somalia", "2022", 0, "DATE", "2022", "absolute"),
    ("s03_somalia", "Monday night", 0, "TIME", "XXXX-WXX-1TNI", "unresolved"),
    ("s03_somalia", "recent months", 0, "DATE", "PAST_REF", "absolute"),
    ("s03_somalia", "Saturday", 0, "DATE", "XXXX-WXX-6", "unresolved"),
    ("s03_somalia", "last week", 0, "DATE", "XXXX-WXX", "unresolved"),
    # s04_pakistan, 2025-03-12 (Wednesday)
    ("s04_pakistan", "Tuesday", 0, "DATE", "2025-03-11", "document"),
    ("s04_pakistan", "Wednesday morning", 0, "TIME", "2025-03-12TMO", "document"),
    ("s04_pakistan", "late Tuesday", 0, "DATE", "2025-03-11", "document"),
    ("s04_pakistan", "August 2021", 0, "DATE", "2021-08", "absolute"),
    ("s04_pakistan", "last year", 0, "DATE", "2024", "document"),
    ("s04_pakistan", "Wednesday", 1, "DATE", "2025-03-12", "document"),
    # s05_afghanistan, no document date
    ("s05_afghanistan", "Tuesday morning", 0, "TIME", "XXXX-WXX-2TMO", "unresolved"),
    ("s05_afghanistan", "8 a.m.", 0, "TIME", "XXXX-WXX-2T08:00", "unresolved"),
    ("s05_afghanistan", "March", 0, "DATE", "XXXX-03", "unresolved"),
    ("s05_afghanistan", "Saturday", 0, "DATE", "XXXX-WXX-6", "unresolved"),
    ("s05_afghanistan", "Friday", 0, "DATE", "XXXX-WXX-5", "unresolved"),
    ("s05_afghanistan", "August 2021", 0, "DATE", "2021-08", "absolute"),
    ("s05_afghanistan", "two decades", 0, "DURATION", "P2DE", "absolute"),
    ("s05_afghanistan", "last month", 0, "DATE", "XXXX-XX", "unresolved"),
    ("s05_afghanistan", "2023", 0, "DATE", "2023", "absolute"),
    ("s05_afghanistan", "Sunday", 0, "DATE", "XXXX-WXX-7", "unresolved"),
    # s06_lebanon, 2024-10-15 (Tuesday)
    ("s06_lebanon", "Monday", 0, "DATE", "2024-10-14", "document"),
    ("s06_lebanon", "Sunday", 0, "DATE", "2024-10-13", "document"),
    ("s06_lebanon", "the past week", 0, "DURATION", "P1W", "absolute"),
    ("s06_lebanon", "late September", 0, "DATE", "2024-09", "document"),
    ("s06_lebanon", "October 2023", 0, "DATE", "2023-10", "absolute"),
    # s07_ukraine, 2025-02-24 (Monday, 2025-W09)
    ("s07_ukraine", "three years ago", 0, "DATE", "2022", "document"),
    ("s07_ukraine", "Monday", 0, "DATE", "2025-02-24", "document"),
    ("s07_ukraine", "Sunday evening", 0, "TIME", "2025-02-23TEV", "document"),
    ("s07_ukraine", "March", 0, "DATE", "2025-03", "document"),
    ("s07_ukraine", "last week", 0, "DATE", "2025-W08", "document"),
    ("s07_ukraine", "February 2022", 0, "DATE", "2022-02", "absolute"),
    ("s07_ukraine", "Monday", 1, "DATE", "2025-02-24", "document"),
    # s08_colombia, 2025-01-20 (Monday, 2025-W04)
    ("s08_colombia", "five days", 0, "DURATION", "P5D", "absolute"),
    ("s08_colombia", "Monday", 0, "DATE", "2025-01-20", "document"),
    ("s08_colombia", "2016", 0, "DATE", "2016", "absolute"),
    ("s08_colombia", "Friday", 0, "DATE", "2025-01-17", "document"),
    ("s08_colombia", "Sunday", 0, "DATE", "2025-01-19", "document"),
    ("s08_colombia", "the weekend", 0, "DATE", "2025-W03-WE", "document"),
    ("s08_colombia", "decades", 0, "DURATION", "PXDE", "absolute"),
    ("s08_colombia", "Sunday", 1, "DATE", "2025-01-19", "document"),
    ("s08_colombia", "Thursday", 0, "DATE", "2025-01-16", "document"),
    ("s08_colombia", "1964", 0, "DATE", "1964", "absolute"),
    ("s08_colombia", "Monday", 1, "DATE", "2025-01-20", "document"),
    # s09_ethiopia, no document date
    ("s09_ethiopia", "Wednesday", 0, "DATE", "XXXX-WXX-3", "unresolved"),
    ("s09_ethiopia", "last month", 0, "DATE", "XXXX-XX", "unresolved"),
    ("s09_ethiopia", "Thursday", 0, "DATE", "XXXX-WXX-4", "unresolved"),
    ("s09_ethiopia", "August 2023", 0, "DATE", "2023-08", "absolute"),
    ("s09_ethiopia", "months", 0, "DURATION", "PXM", "absolute"),
    ("s09_ethiopia", "two years", 0, "DURATION", "P2Y", "absolute"),
    ("s09_ethiopia", "six-month", 0, "DURATION", "P6M", "absolute"),
    ("s09_ethiopia", "last month", 1, "DATE", "XXXX-XX", "unresolved"),
    ("s09_ethiopia", "this year", 0, "DATE", "XXXX", "unresolved"),
    ("s09_ethiopia", "the past month", 0, "DURATION", "P1M", "absolute"),
    # s10_korea, 2024-11-05 (Tuesday, 2024-W45)
    ("s10_korea", "Nov 5", 0, "DATE", "2024-11-05", "document"),
    ("s10_korea", "Tuesday morning", 0, "TIME", "2024-11-05TMO", "document"),
    ("s10_korea", "7:30 a.m.", 0, "TIME", "2024-11-05T07:30", "document"),
    ("s10_korea", "Thursday", 0, "DATE", "2024-10-31", "document"),
    ("s10_korea", "Thursday", 1, "DATE", "2024-10-31", "document"),
    ("s10_korea", "last week", 0, "DATE", "2024-W44", "document"),
    ("s10_korea", "June", 0, "DATE", "2024-06", "document"),
    ("s10_korea", "2006", 0, "DATE", "2006", "absolute"),
    ("s10_korea", "Tuesday afternoon", 0, "TIME", "2024-11-05TAF", "document"),
    ("s10_korea", "later this month", 0, "DATE", "2024-11", "document"),
]

# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, span surface, occurrence, label, min, max, approximate, negated, victims)
# `victims` is a surface searched inside the span (first whole-word match), or None.
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    ("s01_sudan", "No one was hurt", 0, "INJURED", 0, 0, False, True, None),
    ("s01_sudan", "killed a guard", 0, "KILLED", 1, 1, False, False, "guard"),
    ("s01_sudan", "wounded three firefighters", 0, "INJURED", 3, 3, False, False, "firefighters"),
    ("s01_sudan", "killed tens of thousands of people", 0, "KILLED", 20000, 99999, True, False, "people"),
    ("s01_sudan", "killing at least 300 civilians", 0, "KILLED", 300, None, False, False, "civilians"),
    ("s01_sudan", "Dozens of women were abducted", 0, "KIDNAPPED", 24, 99, True, False, "women"),
    ("s02_mali", "killed more than 80 assailants", 0, "KILLED", 80, None, False, False, "assailants"),
    ("s02_mali", "Three soldiers were killed", 0, "KILLED", 3, 3, False, False, "soldiers"),
    ("s02_mali", "five others wounded", 0, "INJURED", 5, 5, False, False, "others"),
    ("s02_mali", "kidnapped dozens of foreigners and local officials", 0, "KIDNAPPED", 24, 99, True, False,
     "foreigners and local officials"),
    ("s03_somalia", "killing 11 soldiers", 0, "KILLED", 11, 11, False, False, "soldiers"),
    ("s03_somalia", "Several of the attackers were also killed", 0, "KILLED", 3, 9, True, False, "attackers"),
    ("s03_somalia", "Four soldiers were reported missing", 0, "MISSING", 4, 4, False, False, "soldiers"),
    ("s03_somalia", "killing five civilians", 0, "KILLED", 5, 5, False, False, "civilians"),
    ("s03_somalia", "wounding about a dozen others", 0, "INJURED", 12, 12, True, False, "others"),
    ("s04_pakistan", "taking scores of passengers hostage", 0, "KIDNAPPED", 40, 99, True, False, "passengers"),
    ("s04_pakistan", "killed five soldiers", 0, "KILLED", 5, 5, False, False, "soldiers"),
    ("s04_pakistan", "At least 21 passengers and four paramilitary soldiers were killed", 0, "KILLED",
     25, None, False, False, "passengers and four paramilitary soldiers"),
    ("s04_pakistan", "killing five soldiers", 0, "KILLED", 5, 5, False, False, "soldiers"),
    ("s04_pakistan", "wounding 12", 0, "INJURED", 12, 12, False, False, None),
    ("s04_pakistan", "more than 1,600 people killed", 0, "KILLED", 1600, None, False, False, "people"),
    ("s05_afghanistan", "killing at least six people", 0, "KILLED", 6, None, False, False, "people"),
    ("s05_afghanistan", "injuring dozens", 0, "INJURED", 24, 99, True, False, None),
    ("s05_afghanistan", "killed 21 people", 0, "KILLED", 21, 21, False, False, "people"),
    ("s05_afghanistan", "killed 16 militants", 0, "KILLED", 16, 16, False, False, "militants"),
    ("s05_afghanistan", "two Taliban security guards were killed", 0, "KILLED", 2, 2, False, False,
     "Taliban security guards"),
    ("s05_afghanistan", "killed three Taliban fighters", 0, "KILLED", 3, 3, False, False, "Taliban fighters"),
    ("s06_lebanon", "killed at least 21 people", 0, "KILLED", 21, None, False, False, "people"),
    ("s06_lebanon", "Eight people were wounded", 0, "INJURED", 8, 8, False, False, "people"),
    ("s06_lebanon", "Two Israeli soldiers were killed", 0, "KILLED", 2, 2, False, False, "Israeli soldiers"),
    ("s06_lebanon", "Five peacekeepers have been wounded", 0, "INJURED", 5, 5, False, False, "peacekeepers"),
    ("s06_lebanon", "killing its longtime leader Hassan Nasrallah", 0, "KILLED", 1, 1, False, False,
     "its longtime leader Hassan Nasrallah"),
    ("s06_lebanon", "More than 2,300 people have been killed", 0, "KILLED", 2300, None, False, False, "people"),
    ("s07_ukraine", "killed two people", 0, "KILLED", 2, 2, False, False, "people"),
    ("s07_ukraine", "wounded seven", 0, "INJURED", 7, 7, False, False, None),
    ("s07_ukraine", "injuring at least four people", 0, "INJURED", 4, None, False, False, "people"),
    ("s07_ukraine", "a woman was injured", 0, "INJURED", 1, 1, False, False, "woman"),
    ("s08_colombia", "At least 80 people have been killed", 0, "KILLED", 80, None, False, False, "people"),
    ("s08_colombia", "more than 20 people had been wounded", 0, "INJURED", 20, None, False, False, "people"),
    ("s08_colombia", "Five signatories of the 2016 peace accord were among the dead", 0, "KILLED", 5, 5,
     False, False, "signatories of the 2016 peace accord"),
    ("s08_colombia", "More than 40 people were reported missing", 0, "MISSING", 40, None, False, False,
     "people"),
    ("s08_colombia", "kidnapped a community leader and his two children", 0, "KIDNAPPED", 3, 3, False, False,
     "community leader and his two children"),
    ("s09_ethiopia", "killed at least 30 people", 0, "KILLED", 30, None, False, False, "people"),
    ("s09_ethiopia", "45 wounded people", 0, "INJURED", 45, 45, False, False, "people"),
    ("s09_ethiopia", "Several civilians remain missing", 0, "MISSING", 3, 9, True, False, "civilians"),
    ("s09_ethiopia", "killed a district administrator and two of his guards", 0, "KILLED", 3, 3, False, False,
     "district administrator and two of his guards"),
    ("s09_ethiopia", "abducted 12 health workers", 0, "KIDNAPPED", 12, 12, False, False, "health workers"),
    ("s09_ethiopia", "Hundreds of people have been killed", 0, "KILLED", 200, 999, True, False, "people"),
    ("s09_ethiopia", "Two aid workers were shot dead", 0, "KILLED", 2, 2, False, False, "aid workers"),
    ("s10_korea", "no one was injured", 0, "INJURED", 0, 0, False, True, None),
]

# --------------------------------------------------------------------------------------------
# QUOTES: (doc, quotation surface incl. marks, occurrence, closed?,
#          (speaker surface, occurrence) or None, speaker entity or None,
#          (cue surface, occurrence) or None)
# An occurrence of None means the occurrence nearest to the quotation.
# Content = the text inside the marks (without the closing mark only when `closed`).
# Speaker entity: (qid, canonical name, gazetteer) of the person/body the speaker refers to.
# --------------------------------------------------------------------------------------------
AL_AISER = (None, "Khalid al-Aiser", "officials")
QUOTES = [
    ("s01_sudan", "“This is a direct attack on civilian infrastructure and on the humanitarian lifeline of "
     "the Sudanese people,”", 0, True, ("al-Aiser", 1), AL_AISER, ("told", 0)),
    ("s01_sudan", "“The militia and its foreign backers will bear full responsibility.”", 0, True,
     ("al-Aiser", 1), AL_AISER, ("told", 0)),
    ("s01_sudan", "“defeat the rebellion,”", 0, True, ("Abdel Fattah al-Burhan", 0),
     (None, "Abdel Fattah al-Burhan", "officials"), ("vowed", 0)),
    ("s01_sudan", "“deeply alarmed”", 0, True, ("António Guterres", 0),
     ("Q311440", "António Guterres", "officials"), ("said", None)),
    ("s02_mali", "\"We locked ourselves inside. The shooting did not stop for three hours,\"", 0, True,
     ("Moussa Diarra", 0), None, ("said", None)),
    ("s02_mali", "\"under control\"", 0, True, ("Souleymane Dembele", 0),
     (None, "Souleymane Dembele", "officials"), ("said", None)),
    ("s02_mali", "\"The terrorists were neutralised and our forces are pursuing the survivors,\"", 0, True,
     ("he", 0), (None, "Souleymane Dembele", "officials"), ("told", 1)),
    ("s03_somalia", "\"They came with a car bomb and then dozens of fighters on foot. Our men fought for "
     "hours,\"", 0, True, ("Abdullahi Nur", 0), (None, "Abdullahi Nur", "officials"), ("told", 0)),
    ("s03_somalia", "\"will not be defeated by terrorists\"", 0, True, ("Hassan Sheikh Mohamud", 0),
     (None, "Hassan Sheikh Mohamud", "officials"), ("said", None)),
    ("s04_pakistan", "“The terrorists are using women and children as human shields,”", 0, True,
     ("Shahid Rind", 0), (None, "Shahid Rind", "officials"), ("said", None)),
    ("s04_pakistan", "“will not bow to terrorism.”", 0, True, ("Shehbaz Sharif", 0),
     (None, "Shehbaz Sharif", "officials"), ("said", None)),
    ("s04_pakistan", "“in the strongest terms”", 0, True, ("U.N. Security Council", 0),
     ("Q37470", "United Nations Security Council", "orgs"), ("condemned", 1)),
    ("s05_afghanistan", "\"The wounded have been taken to Mirwais hospital. Some of them are in critical "
     "condition,\"", 0, True, ("Samangani", 1), (None, "Inamullah Samangani", "officials"), ("told", 0)),
    ("s05_afghanistan", "\"deeply concerning\"", 0, True, ("U.N. Assistance Mission in Afghanistan", 0),
     (None, "United Nations Assistance Mission in Afghanistan", "orgs"), ("said", None)),
    ("s06_lebanon", "“What is happening is a war of annihilation against Lebanon. We have asked our friends "
     "to act quickly, before it is too late.", 0, False, ("Mikati", 1), (None, "Najib Mikati", "officials"),
     ("said", None)),
    ("s06_lebanon", "“Lebanon is committed to Resolution 1701 and is ready to deploy the army in the south "
     "the moment a ceasefire is reached.”", 0, True, ("Mikati", 1), (None, "Najib Mikati", "officials"),
     ("said", 3)),
    ("s07_ukraine", "\"locationally lost\"", 0, True, ("Yuriy Ihnat", 0), (None, "Yuriy Ihnat", "officials"),
     ("said", None)),
    ("s07_ukraine", "\"This is a day of pride, of grief and of gratitude to every Ukrainian who stood up,\"", 0,
     True, ("Zelensky", 1), ("Q3874799", "Volodymyr Zelensky", "officials"), ("said", None)),
    ("s07_ukraine", "\"the realities on the ground\"", 0, True, ("Dmitry Peskov", 0),
     (None, "Dmitry Peskov", "officials"), ("said", None)),
    ("s07_ukraine", "\"a deal that stops the killing\"", 0, True, ("Donald Trump", 0),
     ("Q22686", "Donald Trump", "officials"), ("said", None)),
    ("s08_colombia", "“war crimes.”", 0, True, ("Gustavo Petro", 0), (None, "Gustavo Petro", "officials"),
     ("accusing", 0)),
    ("s08_colombia", "“The ELN has chosen the path of war, and it will have war,”", 0, True, ("Petro", 1),
     (None, "Gustavo Petro", "officials"), ("wrote", 0)),
    ("s09_ethiopia", "\"We collected the bodies with our hands. There was nothing left of the stalls,\"", 0,
     True, ("Getachew Alemu", 0), None, ("said", None)),
    ("s09_ethiopia", "\"armed extremists who want to overthrow the constitutional order\"", 0, True,
     ("Legesse Tulu", 0), (None, "Legesse Tulu", "officials"), ("said", 4)),
    ("s10_korea", "“Our military maintains a full readiness posture while closely sharing information with "
     "the United States and Japan,”", 0, True, ("Lee Sung-jun", 0), (None, "Lee Sung-jun", "officials"),
     ("said", None)),
    ("s10_korea", "“overwhelming”", 0, True, ("Kim Jong Un", 0), ("Q56226", "Kim Jong Un", "officials"),
     ("said", None)),
]


if __name__ == "__main__":
    run("blind3", ENTITIES, DATES, CASUALTIES, QUOTES)
