#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind4.

Texts: tests/fixtures/blind4/news.jsonl (ten original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors.

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, and writes tests/fixtures/gold/blind4.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind4_gold.py [--show]   (--show prints every span in context)
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
MYANMAR, BANGLADESH, CHINA, YEMEN, UAE, LIBERIA, UK, ISRAEL = (
    "Q836", "Q902", "Q148", "Q805", "Q878", "Q1014", "Q145", "Q801")
USA, PHILIPPINES, RUSSIA, OMAN, NIGERIA, DRC, RWANDA, SAFRICA, URUGUAY = (
    "Q30", "Q928", "Q159", "Q842", "Q1033", "Q974", "Q1037", "Q258", "Q77")
HAITI, KENYA, SYRIA, TURKEY, MOZAMBIQUE, FRANCE, ARMENIA, AZERBAIJAN, MEXICO = (
    "Q790", "Q114", "Q858", "Q43", "Q1029", "Q142", "Q399", "Q227", "Q96")
UN, UNSC, EU, REUTERS, AFP, AP, ISIS = (
    "Q1065", "Q37470", "Q458", "Q130879", "Q40464", "Q40469", "Q2429253")
GUTERRES = "Q311440"

ENTITIES = [
    # b01_myanmar
    ("b01_myanmar", "Reuters", [0, 1], "ORG", REUTERS, "Reuters", "name"),
    ("b01_myanmar", "Myanmar", [0, 1, 2], "COUNTRY", MYANMAR, "Myanmar", "name"),
    ("b01_myanmar", "Khaing Thukha", [0], "OFFICIAL", None, "Khaing Thukha", "name"),
    ("b01_myanmar", "Arakan Army", [0, 1], "GROUP", None, "Arakan Army", "name"),
    ("b01_myanmar", "Zaw Min Tun", [0], "OFFICIAL", None, "Zaw Min Tun", "name"),
    ("b01_myanmar", "Tatmadaw", [0], "ORG", None, "Tatmadaw", "name"),
    ("b01_myanmar", "Min Aung Hlaing", [0], "OFFICIAL", None, "Min Aung Hlaing", "name"),
    ("b01_myanmar", "United Nations", [0], "ORG", UN, "United Nations", "name"),
    ("b01_myanmar", "UN", [0], "ORG", UN, "United Nations", "acronym"),
    ("b01_myanmar", "António Guterres", [0], "OFFICIAL", GUTERRES, "António Guterres", "name"),
    ("b01_myanmar", "Bangladesh", [0], "COUNTRY", BANGLADESH, "Bangladesh", "name"),
    ("b01_myanmar", "China", [0], "COUNTRY", CHINA, "China", "name"),
    # b02_redsea
    ("b02_redsea", "United Arab Emirates", [0], "COUNTRY", UAE, "United Arab Emirates", "name"),
    ("b02_redsea", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("b02_redsea", "Yemen", [0, 1, 2], "COUNTRY", YEMEN, "Yemen", "name"),
    ("b02_redsea", "Houthi", [0, 1], "GROUP", None, "Houthis", "alias"),
    ("b02_redsea", "Houthis", [0, 1, 2], "GROUP", None, "Houthis", "name"),
    ("b02_redsea", "Liberian", [0], "COUNTRY", LIBERIA, "Liberia", "demonym"),
    ("b02_redsea", "British", [0], "COUNTRY", UK, "United Kingdom", "demonym"),
    ("b02_redsea", "United Kingdom Maritime Trade Operations", [0], "ORG", None,
     "United Kingdom Maritime Trade Operations", "name"),
    ("b02_redsea", "Yahya Saree", [0], "OFFICIAL", None, "Yahya Saree", "name"),
    ("b02_redsea", "Saree", [1], "OFFICIAL", None, "Yahya Saree", "surname"),  # 0 is in the full name
    ("b02_redsea", "Israeli", [0], "COUNTRY", ISRAEL, "Israel", "demonym"),
    ("b02_redsea", "Israel", [0], "COUNTRY", ISRAEL, "Israel", "name"),  # "Israel-linked"
    ("b02_redsea", "U.S.", [0, 1], "COUNTRY", USA, "United States", "acronym"),
    ("b02_redsea", "Filipinos", [0], "COUNTRY", PHILIPPINES, "Philippines", "demonym"),
    ("b02_redsea", "Russian", [0], "COUNTRY", RUSSIA, "Russia", "demonym"),
    ("b02_redsea", "European Union", [0], "ORG", EU, "European Union", "name"),
    ("b02_redsea", "Philippines", [0], "COUNTRY", PHILIPPINES, "Philippines", "name"),
    ("b02_redsea", "Filipino", [0], "COUNTRY", PHILIPPINES, "Philippines", "demonym"),
    ("b02_redsea", "Hamas", [0], "GROUP", None, "Hamas", "name"),
    ("b02_redsea", "Oman", [0], "COUNTRY", OMAN, "Oman", "name"),
    # b03_nigeria
    ("b03_nigeria", "Nigeria", [0, 1], "COUNTRY", NIGERIA, "Nigeria", "name"),
    ("b03_nigeria", "Islamic State West Africa Province", [0], "GROUP", None,
     "Islamic State West Africa Province", "name"),
    ("b03_nigeria", "Babakura Kolo", [0], "OFFICIAL", None, "Babakura Kolo", "name"),
    ("b03_nigeria", "Kolo", [1], "OFFICIAL", None, "Babakura Kolo", "surname"),
    ("b03_nigeria", "Civilian Joint Task Force", [0], "GROUP", None, "Civilian Joint Task Force", "name"),
    ("b03_nigeria", "Babagana Zulum", [0], "OFFICIAL", None, "Babagana Zulum", "name"),
    ("b03_nigeria", "ISWAP", [0, 1, 2], "GROUP", None, "Islamic State West Africa Province", "acronym"),
    ("b03_nigeria", "Boko Haram", [0, 1], "GROUP", None, "Boko Haram", "name"),
    ("b03_nigeria", "Abubakar Shekau", [0], "OFFICIAL", None, "Abubakar Shekau", "name"),
    ("b03_nigeria", "Ibrahim Danjuma", [0], "OFFICIAL", None, "Ibrahim Danjuma", "name"),
    ("b03_nigeria", "Operation Hadin Kai", [0], "ORG", None, "Operation Hadin Kai", "name"),
    ("b03_nigeria", "United Nations", [0], "ORG", UN, "United Nations", "name"),
    ("b03_nigeria", "Nigerian Air Force", [0], "ORG", None, "Nigerian Air Force", "name"),
    # b04_drc
    ("b04_drc", "Democratic Republic of Congo", [0], "COUNTRY", DRC, "Democratic Republic of the Congo", "name"),
    ("b04_drc", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("b04_drc", "M23", [0, 1, 2], "GROUP", None, "M23", "name"),
    ("b04_drc", "Rwanda", [0, 1, 2, 3], "COUNTRY", RWANDA, "Rwanda", "name"),
    ("b04_drc", "Congolese", [0], "COUNTRY", DRC, "Democratic Republic of the Congo", "demonym"),
    ("b04_drc", "United Nations", [0], "ORG", UN, "United Nations", "name"),
    ("b04_drc", "South African", [0], "COUNTRY", SAFRICA, "South Africa", "demonym"),
    ("b04_drc", "Uruguayan", [0], "COUNTRY", URUGUAY, "Uruguay", "demonym"),
    ("b04_drc", "Southern African Development Community", [0], "ORG", None,
     "Southern African Development Community", "name"),
    ("b04_drc", "MONUSCO", [0], "ORG", None, "MONUSCO", "acronym"),
    ("b04_drc", "U.N.", [0, 2], "ORG", UN, "United Nations", "acronym"),  # 1 is in "U.N. Security Council"
    ("b04_drc", "U.N. Security Council", [0], "ORG", UNSC, "United Nations Security Council", "name"),
    ("b04_drc", "Congo", [1, 3], "COUNTRY", DRC, "Democratic Republic of the Congo", "alias"),
    ("b04_drc", "Corneille Nangaa", [0], "OFFICIAL", None, "Corneille Nangaa", "name"),
    ("b04_drc", "Alliance Fleuve Congo", [0], "GROUP", None, "Alliance Fleuve Congo", "name"),
    ("b04_drc", "AFC", [0], "GROUP", None, "Alliance Fleuve Congo", "acronym"),
    ("b04_drc", "Thérèse Kayikwamba Wagner", [0], "OFFICIAL", None, "Thérèse Kayikwamba Wagner", "name"),
    ("b04_drc", "Félix Tshisekedi", [0], "OFFICIAL", None, "Félix Tshisekedi", "name"),
    ("b04_drc", "Yolande Makolo", [0], "OFFICIAL", None, "Yolande Makolo", "name"),
    ("b04_drc", "UN", [0], "ORG", UN, "United Nations", "acronym"),
    # b05_haiti
    ("b05_haiti", "Haiti", [0, 1], "COUNTRY", HAITI, "Haiti", "name"),
    ("b05_haiti", "Haitian National Police", [0], "ORG", None, "Haitian National Police", "name"),
    ("b05_haiti", "Viv Ansanm", [0, 1], "GROUP", None, "Viv Ansanm", "name"),
    ("b05_haiti", "Jimmy Chérizier", [0], "OFFICIAL", None, "Jimmy Chérizier", "name"),
    ("b05_haiti", "Alix Didier Fils-Aimé", [0], "OFFICIAL", None, "Alix Didier Fils-Aimé", "name"),
    ("b05_haiti", "Kenya", [0], "COUNTRY", KENYA, "Kenya", "name"),
    ("b05_haiti", "Multinational Security Support Mission", [0], "ORG", None,
     "Multinational Security Support Mission", "name"),
    ("b05_haiti", "Godfrey Otunge", [0], "OFFICIAL", None, "Godfrey Otunge", "name"),
    ("b05_haiti", "Kenyan", [0], "COUNTRY", KENYA, "Kenya", "demonym"),
    ("b05_haiti", "United Nations", [0], "ORG", UN, "United Nations", "name"),
    ("b05_haiti", "International Organization for Migration", [0], "ORG", None,
     "International Organization for Migration", "name"),
    ("b05_haiti", "Haitians", [0], "COUNTRY", HAITI, "Haiti", "demonym"),
    ("b05_haiti", "Transitional Presidential Council", [0], "ORG", None, "Transitional Presidential Council", "name"),
    ("b05_haiti", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("b05_haiti", "Gran Grif", [0], "GROUP", None, "Gran Grif", "name"),
    # b06_syria
    ("b06_syria", "AFP", [0], "ORG", AFP, "Agence France-Presse", "acronym"),
    ("b06_syria", "Syria", [0, 1, 2, 3, 4], "COUNTRY", SYRIA, "Syria", "name"),
    ("b06_syria", "Ahmed al-Sharaa", [0], "OFFICIAL", None, "Ahmed al-Sharaa", "name"),
    ("b06_syria", "Sharaa", [1], "OFFICIAL", None, "Ahmed al-Sharaa", "surname"),  # 0 is in the full name
    ("b06_syria", "Syrian Democratic Forces", [0], "GROUP", None, "Syrian Democratic Forces", "name"),
    ("b06_syria", "SDF", [0, 1, 2], "GROUP", None, "Syrian Democratic Forces", "acronym"),
    ("b06_syria", "Mazloum Abdi", [0], "OFFICIAL", None, "Mazloum Abdi", "name"),
    ("b06_syria", "Bashar al-Assad", [0], "OFFICIAL", None, "Bashar al-Assad", "name"),
    ("b06_syria", "Assad", [1], "OFFICIAL", None, "Bashar al-Assad", "surname"),  # "pro-Assad"
    ("b06_syria", "Britain", [0], "COUNTRY", UK, "United Kingdom", "alias"),  # "Britain-based"
    ("b06_syria", "Syrians", [0], "COUNTRY", SYRIA, "Syria", "demonym"),
    ("b06_syria", "Asaad al-Shaibani", [0], "OFFICIAL", None, "Asaad al-Shaibani", "name"),
    ("b06_syria", "United Nations", [0], "ORG", UN, "United Nations", "name"),
    ("b06_syria", "U.N.", [0], "ORG", UN, "United Nations", "acronym"),
    ("b06_syria", "Volker Türk", [0], "OFFICIAL", None, "Volker Türk", "name"),
    ("b06_syria", "Israel", [0], "COUNTRY", ISRAEL, "Israel", "name"),
    ("b06_syria", "Turkish", [0], "COUNTRY", TURKEY, "Turkey", "demonym"),
    ("b06_syria", "Islamic State", [0], "GROUP", ISIS, "Islamic State", "name"),
    ("b06_syria", "SANA", [0], "ORG", None, "Syrian Arab News Agency", "acronym"),
    # b07_mozambique
    ("b07_mozambique", "Mozambique", [0, 1], "COUNTRY", MOZAMBIQUE, "Mozambique", "name"),
    ("b07_mozambique", "Lusa", [0, 1], "ORG", None, "Lusa", "name"),
    ("b07_mozambique", "Islamic State", [0], "GROUP", ISIS, "Islamic State", "name"),
    ("b07_mozambique", "Cristóvão Chume", [0], "OFFICIAL", None, "Cristóvão Chume", "name"),
    ("b07_mozambique", "Rwandan", [0], "COUNTRY", RWANDA, "Rwanda", "demonym"),
    ("b07_mozambique", "Southern African Development Community", [0], "ORG", None,
     "Southern African Development Community", "name"),
    ("b07_mozambique", "SAMIM", [0], "ORG", None, "SADC Mission in Mozambique", "acronym"),
    ("b07_mozambique", "French", [0], "COUNTRY", FRANCE, "France", "demonym"),
    # b08_philippines
    ("b08_philippines", "Philippines", [0, 2], "COUNTRY", PHILIPPINES, "Philippines", "name"),  # 1 in AFP name
    ("b08_philippines", "China", [0], "COUNTRY", CHINA, "China", "name"),  # 1 is in "China Coast Guard"
    ("b08_philippines", "Chinese", [0, 1, 2, 3, 4], "COUNTRY", CHINA, "China", "demonym"),
    ("b08_philippines", "Philippine", [0, 1], "COUNTRY", PHILIPPINES, "Philippines", "demonym"),
    ("b08_philippines", "Armed Forces of the Philippines", [0], "ORG", None,
     "Armed Forces of the Philippines", "name"),
    ("b08_philippines", "Romeo Brawner Jr.", [0], "OFFICIAL", None, "Romeo Brawner Jr.", "name"),
    ("b08_philippines", "China Coast Guard", [0], "ORG", None, "China Coast Guard", "name"),
    ("b08_philippines", "Lin Jian", [0], "OFFICIAL", None, "Lin Jian", "name"),
    ("b08_philippines", "Ferdinand Marcos Jr.", [0], "OFFICIAL", None, "Ferdinand Marcos Jr.", "name"),
    ("b08_philippines", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("b08_philippines", "Dawlah Islamiyah", [0], "GROUP", None, "Dawlah Islamiyah", "name"),
    ("b08_philippines", "Islamic State", [0], "GROUP", ISIS, "Islamic State", "name"),  # "pro-Islamic State"
    ("b08_philippines", "Ramon Dizon", [0], "OFFICIAL", None, "Ramon Dizon", "name"),
    ("b08_philippines", "103rd Infantry Brigade", [0], "ORG", None, "103rd Infantry Brigade", "name"),
    # b09_armenia
    ("b09_armenia", "Armenia", [0, 2], "COUNTRY", ARMENIA, "Armenia", "name"),  # 1 is in "EU Mission in Armenia"
    ("b09_armenia", "Azerbaijan", [0, 1, 2, 3], "COUNTRY", AZERBAIJAN, "Azerbaijan", "name"),
    ("b09_armenia", "Armenian", [0, 1], "COUNTRY", ARMENIA, "Armenia", "demonym"),
    ("b09_armenia", "Azerbaijani", [0, 1, 2, 3, 4], "COUNTRY", AZERBAIJAN, "Azerbaijan", "demonym"),
    ("b09_armenia", "Armenpress", [0], "ORG", None, "Armenpress", "name"),
    ("b09_armenia", "APA", [0], "ORG", None, "APA", "acronym"),
    ("b09_armenia", "Hikmet Hajiyev", [0], "OFFICIAL", None, "Hikmet Hajiyev", "name"),
    ("b09_armenia", "Ilham Aliyev", [0], "OFFICIAL", None, "Ilham Aliyev", "name"),
    ("b09_armenia", "Nikol Pashinyan", [0], "OFFICIAL", None, "Nikol Pashinyan", "name"),
    ("b09_armenia", "EU Mission in Armenia", [0], "ORG", None, "EU Mission in Armenia", "name"),
    ("b09_armenia", "Ararat Mirzoyan", [0], "OFFICIAL", None, "Ararat Mirzoyan", "name"),
    ("b09_armenia", "Jeyhun Bayramov", [0], "OFFICIAL", None, "Jeyhun Bayramov", "name"),
    ("b09_armenia", "Russia", [0], "COUNTRY", RUSSIA, "Russia", "name"),
    ("b09_armenia", "Collective Security Treaty Organization", [0], "ORG", None,
     "Collective Security Treaty Organization", "name"),
    # b10_mexico
    ("b10_mexico", "Mexico", [0], "COUNTRY", MEXICO, "Mexico", "name"),
    ("b10_mexico", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("b10_mexico", "Mexican", [0], "COUNTRY", MEXICO, "Mexico", "demonym"),
    ("b10_mexico", "Sinaloa Cartel", [0, 1], "GROUP", None, "Sinaloa Cartel", "name"),
    ("b10_mexico", "Chapitos", [0], "GROUP", None, "Los Chapitos", "alias"),
    ("b10_mexico", "Joaquín Guzmán", [0], "OFFICIAL", None, "Joaquín Guzmán", "name"),
    ("b10_mexico", "Guzmán", [1], "OFFICIAL", None, "Joaquín Guzmán", "surname"),  # 0 is in the full name
    ("b10_mexico", "Ismael Zambada", [0], "OFFICIAL", None, "Ismael Zambada", "name"),
    ("b10_mexico", "Zambada", [1, 2], "OFFICIAL", None, "Ismael Zambada", "surname"),
    ("b10_mexico", "United States", [0, 1], "COUNTRY", USA, "United States", "name"),
    ("b10_mexico", "Rubén Rocha Moya", [0], "OFFICIAL", None, "Rubén Rocha Moya", "name"),
    ("b10_mexico", "National Guard", [0], "ORG", None, "National Guard (Mexico)", "name"),
    ("b10_mexico", "Andrés Manuel López Obrador", [0], "OFFICIAL", None, "Andrés Manuel López Obrador", "name"),
    ("b10_mexico", "U.S.", [0], "COUNTRY", USA, "United States", "acronym"),  # 1 is in the DEA name
    ("b10_mexico", "American", [0], "COUNTRY", USA, "United States", "demonym"),
    ("b10_mexico", "Omar García Harfuch", [0], "OFFICIAL", None, "Omar García Harfuch", "name"),
    ("b10_mexico", "Jalisco New Generation Cartel", [0], "GROUP", None, "Jalisco New Generation Cartel", "name"),
    ("b10_mexico", "Claudia Sheinbaum", [0], "OFFICIAL", None, "Claudia Sheinbaum", "name"),
    ("b10_mexico", "U.S. Drug Enforcement Administration", [0], "ORG", None,
     "Drug Enforcement Administration", "name"),
    ("b10_mexico", "CJNG", [0], "GROUP", None, "Jalisco New Generation Cartel", "acronym"),
]

# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# --------------------------------------------------------------------------------------------
DATES = [
    # b01_myanmar, document date 2025-03-12 (Wednesday, 2025-W11)
    ("b01_myanmar", "March 12", 0, "DATE", "2025-03-12", "document"),
    ("b01_myanmar", "Wednesday", 0, "DATE", "2025-03-12", "document"),
    ("b01_myanmar", "10 a.m.", 0, "TIME", "2025-03-11T10:00", "document"),
    ("b01_myanmar", "Tuesday", 0, "DATE", "2025-03-11", "document"),
    ("b01_myanmar", "February 2021", 0, "DATE", "2021-02", "absolute"),
    ("b01_myanmar", "last month", 0, "DATE", "2025-02", "document"),
    ("b01_myanmar", "the past year", 0, "DURATION", "P1Y", "absolute"),
    ("b01_myanmar", "Wednesday", 1, "DATE", "2025-03-12", "document"),
    ("b01_myanmar", "November 2023", 0, "DATE", "2023-11", "absolute"),
    ("b01_myanmar", "recent months", 0, "DATE", "PAST_REF", "absolute"),
    ("b01_myanmar", "more than a year", 0, "DURATION", "P1Y", "absolute"),
    # b02_redsea, document date 2025-07-09 (Wednesday, 2025-W28)
    ("b02_redsea", "Monday", 0, "DATE", "2025-07-07", "document"),
    ("b02_redsea", "Wednesday", 0, "DATE", "2025-07-09", "document"),
    ("b02_redsea", "Tuesday night", 0, "TIME", "2025-07-08TNI", "document"),
    ("b02_redsea", "years", 0, "DURATION", "PXY", "absolute"),
    ("b02_redsea", "Wednesday morning", 0, "TIME", "2025-07-09TMO", "document"),
    ("b02_redsea", "the next 48 hours", 0, "DURATION", "PT48H", "absolute"),
    ("b02_redsea", "Sunday", 0, "DATE", "2025-07-06", "document"),
    ("b02_redsea", "November 2023", 0, "DATE", "2023-11", "absolute"),
    ("b02_redsea", "May", 0, "DATE", "2025-05", "document"),
    # b03_nigeria, no document date
    ("b03_nigeria", "late Saturday", 0, "DATE", "XXXX-WXX-6", "unresolved"),
    ("b03_nigeria", "11 p.m.", 0, "TIME", "XXXX-WXX-6T23:00", "unresolved"),
    ("b03_nigeria", "Sunday", 0, "DATE", "XXXX-WXX-7", "unresolved"),
    ("b03_nigeria", "every week", 0, "SET", "P1W", "absolute"),
    ("b03_nigeria", "2016", 0, "DATE", "2016", "absolute"),
    ("b03_nigeria", "recent weeks", 0, "DATE", "PAST_REF", "absolute"),
    ("b03_nigeria", "years", 0, "DURATION", "PXY", "absolute"),
    ("b03_nigeria", "2021", 0, "DATE", "2021", "absolute"),
    ("b03_nigeria", "Friday night", 0, "TIME", "XXXX-WXX-5TNI", "unresolved"),
    ("b03_nigeria", "16-year", 0, "DURATION", "P16Y", "absolute"),
    ("b03_nigeria", "March", 0, "DATE", "XXXX-03", "unresolved"),
    ("b03_nigeria", "Monday", 0, "DATE", "XXXX-WXX-1", "unresolved"),
    # b04_drc, document date 2025-01-28 (Tuesday, 2025-W05)
    ("b04_drc", "Jan 28", 0, "DATE", "2025-01-28", "document"),
    ("b04_drc", "Tuesday", 0, "DATE", "2025-01-28", "document"),
    ("b04_drc", "the past week", 0, "DURATION", "P1W", "absolute"),
    ("b04_drc", "Sunday", 0, "DATE", "2025-01-26", "document"),
    ("b04_drc", "Wednesday evening", 0, "TIME", "2025-01-29TEV", "document"),
    ("b04_drc", "Monday", 0, "DATE", "2025-01-27", "document"),
    ("b04_drc", "Sunday", 1, "DATE", "2025-01-26", "document"),
    ("b04_drc", "the start of the year", 0, "DATE", "2025", "document"),
    ("b04_drc", "early Tuesday", 0, "DATE", "2025-01-28", "document"),
    ("b04_drc", "more than a decade", 0, "DURATION", "P1DE", "absolute"),
    ("b04_drc", "1994", 0, "DATE", "1994", "absolute"),
    # b05_haiti, no document date
    ("b05_haiti", "late Sunday", 0, "DATE", "XXXX-WXX-7", "unresolved"),
    ("b05_haiti", "Tuesday", 0, "DATE", "XXXX-WXX-2", "unresolved"),
    ("b05_haiti", "June 2024", 0, "DATE", "2024-06", "absolute"),
    ("b05_haiti", "last month", 0, "DATE", "XXXX-XX", "unresolved"),
    ("b05_haiti", "last year", 0, "DATE", "XXXX", "unresolved"),
    ("b05_haiti", "Every day", 0, "SET", "P1D", "absolute"),
    ("b05_haiti", "the past six months", 0, "DURATION", "P6M", "absolute"),
    # b06_syria, document date 2025-03-10 (Monday, 2025-W11)
    ("b06_syria", "March 10", 0, "DATE", "2025-03-10", "document"),
    ("b06_syria", "Monday", 0, "DATE", "2025-03-10", "document"),
    ("b06_syria", "hours", 0, "DURATION", "PTXH", "absolute"),
    ("b06_syria", "four days", 0, "DURATION", "P4D", "absolute"),
    ("b06_syria", "late Monday", 0, "DATE", "2025-03-10", "document"),
    ("b06_syria", "the end of the year", 0, "DATE", "2025", "document"),
    ("b06_syria", "Thursday", 0, "DATE", "2025-03-06", "document"),
    ("b06_syria", "Sunday", 0, "DATE", "2025-03-09", "document"),
    ("b06_syria", "Saturday", 0, "DATE", "2025-03-08", "document"),
    ("b06_syria", "December", 0, "DATE", "2024-12", "document"),
    ("b06_syria", "last week", 0, "DATE", "2025-W10", "document"),
    # b07_mozambique, document date 2024-11-18 (Monday, 2024-W47)
    ("b07_mozambique", "18 Nov", 0, "DATE", "2024-11-18", "document"),
    ("b07_mozambique", "the weekend", 0, "DATE", "2024-W46-WE", "document"),
    ("b07_mozambique", "Monday", 0, "DATE", "2024-11-18", "document"),
    ("b07_mozambique", "Saturday morning", 0, "TIME", "2024-11-16TMO", "document"),
    ("b07_mozambique", "Sunday", 0, "DATE", "2024-11-17", "document"),
    ("b07_mozambique", "July 2021", 0, "DATE", "2021-07", "absolute"),
    ("b07_mozambique", "seven years ago", 0, "DATE", "2017", "document"),
    ("b07_mozambique", "October 2017", 0, "DATE", "2017-10", "absolute"),
    ("b07_mozambique", "July", 1, "DATE", "2024-07", "document"),  # 0 is in "July 2021"
    ("b07_mozambique", "three years", 0, "DURATION", "P3Y", "absolute"),
    ("b07_mozambique", "2021", 1, "DATE", "2021", "absolute"),  # 0 is in "July 2021"
    ("b07_mozambique", "next year", 0, "DATE", "2025", "document"),
    ("b07_mozambique", "weeks", 0, "DURATION", "PXW", "absolute"),
    ("b07_mozambique", "October 9", 0, "DATE", "2024-10-09", "document"),
    # b08_philippines, document date 2024-06-19 (Wednesday, 2024-W25)
    ("b08_philippines", "Wednesday", 0, "DATE", "2024-06-19", "document"),
    ("b08_philippines", "Monday morning", 0, "TIME", "2024-06-17TMO", "document"),
    ("b08_philippines", "Tuesday", 0, "DATE", "2024-06-18", "document"),
    ("b08_philippines", "Sunday", 0, "DATE", "2024-06-16", "document"),
    ("b08_philippines", "December", 0, "DATE", "2023-12", "document"),
    ("b08_philippines", "years", 0, "DURATION", "PXY", "absolute"),
    ("b08_philippines", "this week", 0, "DATE", "2024-W25", "document"),
    ("b08_philippines", "2023", 0, "DATE", "2023", "absolute"),
    ("b08_philippines", "now", 0, "DATE", "PRESENT_REF", "absolute"),  # inside a quotation
    # b09_armenia, no document date
    ("b09_armenia", "Thursday", 0, "DATE", "XXXX-WXX-4", "unresolved"),
    ("b09_armenia", "earlier this year", 0, "DATE", "XXXX", "unresolved"),
    ("b09_armenia", "4:30 a.m.", 0, "TIME", "XXXX-WXX-3T04:30", "unresolved"),
    ("b09_armenia", "Wednesday", 0, "DATE", "XXXX-WXX-3", "unresolved"),
    ("b09_armenia", "February 2023", 0, "DATE", "2023-02", "absolute"),
    ("b09_armenia", "tomorrow", 0, "DATE", "XXXX-XX-XX", "unresolved"),
    ("b09_armenia", "the early 1990s", 0, "DATE", "199", "absolute"),
    ("b09_armenia", "2020", 0, "DATE", "2020", "absolute"),
    ("b09_armenia", "44 days", 0, "DURATION", "P44D", "absolute"),
    ("b09_armenia", "September 2023", 0, "DATE", "2023-09", "absolute"),
    ("b09_armenia", "one-day", 0, "DURATION", "P1D", "absolute"),
    ("b09_armenia", "a week", 0, "DURATION", "P1W", "absolute"),
    ("b09_armenia", "next week", 0, "DATE", "XXXX-WXX", "unresolved"),
    ("b09_armenia", "last year", 0, "DATE", "XXXX", "unresolved"),
    ("b09_armenia", "Tuesday", 0, "DATE", "XXXX-WXX-2", "unresolved"),
    ("b09_armenia", "2020", 1, "DATE", "2020", "absolute"),
    # b10_mexico, document date 2024-09-16 (Monday, 2024-W38)
    ("b10_mexico", "Sept 16", 0, "DATE", "2024-09-16", "document"),
    ("b10_mexico", "Monday", 0, "DATE", "2024-09-16", "document"),
    ("b10_mexico", "a week", 0, "DURATION", "P1W", "absolute"),
    ("b10_mexico", "Sept. 9", 0, "DATE", "2024-09-09", "document"),
    ("b10_mexico", "July", 0, "DATE", "2024-07", "document"),
    ("b10_mexico", "Monday", 1, "DATE", "2024-09-16", "document"),
    ("b10_mexico", "Saturday night", 0, "TIME", "2024-09-14TNI", "document"),
    ("b10_mexico", "Sunday", 0, "DATE", "2024-09-15", "document"),
    ("b10_mexico", "Oct. 1", 0, "DATE", "2024-10-01", "document"),
    ("b10_mexico", "2020", 0, "DATE", "2020", "absolute"),
    ("b10_mexico", "days", 0, "DURATION", "PXD", "absolute"),
    ("b10_mexico", "every day", 0, "SET", "P1D", "absolute"),
]

# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, surface, occurrence, label, min, max, approximate, negated, victims)
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    # b01_myanmar
    ("b01_myanmar", "killed at least 31 people", 0, "KILLED", 31, None, False, False, "people"),
    ("b01_myanmar", "wounded dozens more", 0, "INJURED", 24, 99, True, False, None),
    ("b01_myanmar", "four people were still missing", 0, "MISSING", 4, 4, False, False, "people"),
    # b02_redsea
    ("b02_redsea", "killing three crew members", 0, "KILLED", 3, 3, False, False, "crew members"),
    ("b02_redsea", "at least 10 others unaccounted for", 0, "MISSING", 10, None, False, False, "others"),
    ("b02_redsea", "Two crew members were injured", 0, "INJURED", 2, 2, False, False, "crew members"),
    ("b02_redsea", "no one was hurt", 0, "INJURED", 0, 0, False, True, None),
    # b03_nigeria
    ("b03_nigeria", "killing 12 farmers", 0, "KILLED", 12, 12, False, False, "farmers"),
    ("b03_nigeria", "abducting several women", 0, "KIDNAPPED", 3, 9, True, False, "women"),
    ("b03_nigeria", "seven people were wounded", 0, "INJURED", 7, 7, False, False, "people"),
    ("b03_nigeria", "at least five others were missing", 0, "MISSING", 5, None, False, False, "others"),
    ("b03_nigeria", "two soldiers were killed", 0, "KILLED", 2, 2, False, False, "soldiers"),
    ("b03_nigeria", "three others injured", 0, "INJURED", 3, 3, False, False, "others"),
    ("b03_nigeria", "more than 40,000 people have been killed", 0, "KILLED", 40000, None, False, False, "people"),
    ("b03_nigeria", "kidnapped a dozen aid workers", 0, "KIDNAPPED", 12, 12, True, False, "aid workers"),
    ("b03_nigeria", "killed scores of fighters", 0, "KILLED", 40, 99, True, False, "fighters"),
    # b04_drc
    ("b04_drc", "killed at least 17 people", 0, "KILLED", 17, None, False, False, "people"),
    ("b04_drc", "wounded 367", 0, "INJURED", 367, 367, False, False, None),
    ("b04_drc", "Three South African soldiers and a Uruguayan peacekeeper were among the dead", 0,
     "KILLED", 4, 4, False, False, "South African soldiers and a Uruguayan peacekeeper"),
    ("b04_drc", "Thirteen foreign troops have been killed", 0, "KILLED", 13, 13, False, False, "foreign troops"),
    ("b04_drc", "killed five civilians", 0, "KILLED", 5, 5, False, False, "civilians"),
    ("b04_drc", "around 100 wounded people", 0, "INJURED", 100, 100, True, False, "people"),
    ("b04_drc", "several UN staff were unaccounted for", 0, "MISSING", 3, 9, True, False, "UN staff"),
    # b05_haiti
    ("b05_haiti", "killing at least 10 people", 0, "KILLED", 10, None, False, False, "people"),
    ("b05_haiti", "eight officers were missing", 0, "MISSING", 8, 8, False, False, "officers"),
    ("b05_haiti", "Three nurses from the town’s hospital were kidnapped", 0, "KIDNAPPED", 3, 3, False, False,
     "nurses"),
    ("b05_haiti", "Two Kenyan officers have been killed", 0, "KILLED", 2, 2, False, False, "Kenyan officers"),
    ("b05_haiti", "more than 5,600 people were killed", 0, "KILLED", 5600, None, False, False, "people"),
    ("b05_haiti", "about 2,200 were injured", 0, "INJURED", 2200, 2200, True, False, None),
    # b06_syria
    ("b06_syria", "killed more than 1,000 people", 0, "KILLED", 1000, None, False, False, "people"),
    ("b06_syria", "killing 13 members of the security services", 0, "KILLED", 13, 13, False, False,
     "members of the security services"),
    ("b06_syria", "745 civilians had been killed", 0, "KILLED", 745, 745, False, False, "civilians"),
    ("b06_syria", "273 members of the security forces and pro-Assad fighters had also died", 0, "KILLED",
     273, 273, False, False, "members of the security forces and pro-Assad fighters"),
    ("b06_syria", "killed four soldiers", 0, "KILLED", 4, 4, False, False, "soldiers"),
    # b07_mozambique
    ("b07_mozambique", "killed seven people", 0, "KILLED", 7, 7, False, False, "people"),
    ("b07_mozambique", "killed a village chief and his nephew", 0, "KILLED", 2, 2, False, False,
     "village chief and his nephew"),
    ("b07_mozambique", "abducted four teenagers", 0, "KIDNAPPED", 4, 4, False, False, "teenagers"),
    ("b07_mozambique", "killing five passengers", 0, "KILLED", 5, 5, False, False, "passengers"),
    ("b07_mozambique", "killed more than 6,000 people", 0, "KILLED", 6000, None, False, False, "people"),
    ("b07_mozambique", "dozens of civilians were killed", 0, "KILLED", 24, 99, True, False, "civilians"),
    ("b07_mozambique", "at least 30 protesters have been shot dead", 0, "KILLED", 30, None, False, False,
     "protesters"),
    # b08_philippines
    ("b08_philippines", "injuring eight sailors", 0, "INJURED", 8, 8, False, False, "sailors"),
    ("b08_philippines", "no one had been hurt", 0, "INJURED", 0, 0, False, True, None),
    ("b08_philippines", "killed four suspected members of Dawlah Islamiyah", 0, "KILLED", 4, 4, False, False,
     "suspected members of Dawlah Islamiyah"),
    ("b08_philippines", "One soldier was wounded", 0, "INJURED", 1, 1, False, False, "soldier"),
    ("b08_philippines", "killed four worshippers", 0, "KILLED", 4, 4, False, False, "worshippers"),
    ("b08_philippines", "injured dozens", 0, "INJURED", 24, 99, True, False, None),
    # b09_armenia
    ("b09_armenia", "an Armenian soldier dead", 0, "KILLED", 1, 1, False, False, "Armenian soldier"),
    ("b09_armenia", "two others wounded", 0, "INJURED", 2, 2, False, False, "others"),
    ("b09_armenia", "no one on the Azerbaijani side had been injured", 0, "INJURED", 0, 0, False, True, None),
    ("b09_armenia", "some 6,500 people were killed", 0, "KILLED", 6500, 6500, True, False, "people"),
    ("b09_armenia", "wounded two civilians", 0, "INJURED", 2, 2, False, False, "civilians"),
    # b10_mexico
    ("b10_mexico", "at least 30 people dead", 0, "KILLED", 30, None, False, False, "people"),
    ("b10_mexico", "Twenty more people have been reported missing", 0, "MISSING", 20, 20, False, False, "people"),
    ("b10_mexico", "five men were found shot dead", 0, "KILLED", 5, 5, False, False, "men"),
    ("b10_mexico", "two of his bodyguards and a passer-by were killed", 0, "KILLED", 3, 3, False, False,
     "bodyguards and a passer-by"),
]

# --------------------------------------------------------------------------------------------
# QUOTES: (doc, surface incl. marks, occurrence, closed, speaker (surface, occurrence or None for
# the nearest), speaker entity (qid, name, gazetteer) or None, cue (surface, occurrence or None))
# --------------------------------------------------------------------------------------------
KHAING = (None, "Khaing Thukha", "officials")
SAREE = (None, "Yahya Saree", "officials")
KOLO = (None, "Babakura Kolo", "officials")
ZULUM = (None, "Babagana Zulum", "officials")
NANGAA = (None, "Corneille Nangaa", "officials")
FILS_AIME = (None, "Alix Didier Fils-Aimé", "officials")
SHARAA = (None, "Ahmed al-Sharaa", "officials")
CHUME = (None, "Cristóvão Chume", "officials")
BRAWNER = (None, "Romeo Brawner Jr.", "officials")
CCG = (None, "China Coast Guard", "orgs")
PASHINYAN = (None, "Nikol Pashinyan", "officials")
ROCHA = (None, "Rubén Rocha Moya", "officials")
AMLO = (None, "Andrés Manuel López Obrador", "officials")

QUOTES = [
    # b01_myanmar
    ("b01_myanmar", "“There were no fighters in that market. They were farmers and mothers buying rice,”", 0,
     True, ("he", None), KHAING, ("told", None)),
    ("b01_myanmar", "“The junta wants to punish people for living in areas it has lost.”", 0,
     True, ("he", None), KHAING, ("told", None)),
    ("b01_myanmar", "“a training site of terrorist groups”", 0,
     True, ("Zaw Min Tun", 0), (None, "Zaw Min Tun", "officials"), ("said", None)),
    ("b01_myanmar", "“an immediate end to attacks on civilians”", 0,
     True, ("António Guterres", 0), (GUTERRES, "António Guterres", "officials"), ("called for", 0)),
    # b02_redsea
    ("b02_redsea", "\"continue to enforce the ban\"", 0, True, ("He", 0), SAREE, ("warned", 0)),
    ("b02_redsea", "\"The crew were rescued by our forces and taken to a safe place,\"", 0,
     True, ("Saree", 1), SAREE, ("said", None)),
    ("b02_redsea", "\"kidnapped many of the surviving crew\"", 0,
     True, ("U.S. Embassy in Yemen", 0), None, ("accused", 0)),
    ("b02_redsea", "\"within the next 48 hours.\"", 0, True, ("Officials", 0), None, ("said", None)),
    # b03_nigeria
    ("b03_nigeria", "\"They tied the men's hands and shot them one by one. Nobody could stop them,\"", 0,
     True, ("Kolo", 1), KOLO, ("said", None)),
    ("b03_nigeria", "\"barbaric and cowardly\"", 0, True, ("he", None), ZULUM, ("called", 0)),
    ("b03_nigeria", "\"We cannot continue to bury our people every week,\"", 0,
     True, ("he", None), ZULUM, ("told", None)),
    # b04_drc
    ("b04_drc", "“stay in Goma and restore order.”", 0, True, ("Corneille Nangaa", 0), NANGAA, ("told", None)),
    ("b04_drc", "‘We will go wherever our people call us.’", 0, True, ("he", None), NANGAA, ("said", None)),
    ("b04_drc", "“a frontal declaration of war.”", 0, True, ("Thérèse Kayikwamba Wagner", 0),
     (None, "Thérèse Kayikwamba Wagner", "officials"), ("told", None)),
    ("b04_drc", "“We have no more space, and no more body bags,”", 0, True, ("she", None), None, ("said", None)),
    # b05_haiti
    ("b05_haiti", "“not stop until the government falls.”", 0, True, ("Jimmy Chérizier", 0),
     (None, "Jimmy Chérizier", "officials"), ("said", None)),
    ("b05_haiti", "“The state will not abandon Mirebalais,”", 0, True, ("he", None), FILS_AIME, ("said", None)),
    ("b05_haiti", "“Every day, people call us asking where to go, and we have nowhere to send them,”", 0,
     True, ("Marie-Ange Dorval", 0), None, ("said", None)),
    # b06_syria
    ("b06_syria", "\"a real opportunity to build a new Syria.\"", 0, True, ("Mazloum Abdi", 0),
     (None, "Mazloum Abdi", "officials"), ("called", 0)),
    ("b06_syria", "\"involved in the bloodshed of civilians\"", 0, True, ("Sharaa", 1), SHARAA, ("vowed", 0)),
    ("b06_syria", "\"We will not allow any party to drag Syria into a new civil war. Those who attacked our "
     "security forces will be punished, and those who harmed civilians will be punished too.", 0,
     False, ("he", 0), SHARAA, ("said", 3)),
    ("b06_syria", "\"Syria belongs to all Syrians,\"", 0, True, ("he", 0), SHARAA, ("said", 3)),
    ("b06_syria", "\"prompt, transparent and impartial investigations.\"", 0, True, ("Volker Türk", 0),
     (None, "Volker Türk", "officials"), ("called", 1)),
    # b07_mozambique
    ("b07_mozambique", "“We ran into the bush with nothing. My brother is still there, we do not know if he is "
     "alive,”", 0, True, ("Fátima Abudo", 0), None, ("said", None)),
    ("b07_mozambique", "“is weaker than ever but not yet defeated.”", 0, True, ("He", 0), CHUME, ("said", None)),
    ("b07_mozambique", "“The insurgents are taking advantage of the political crisis,”", 0,
     True, ("João Feijó", 0), None, ("said", None)),
    # b08_philippines
    ("b08_philippines", "\"deliberate\"", 0, True, ("Philippines", 0), (PHILIPPINES, "Philippines", "countries"),
     ("accused", 0)),
    ("b08_philippines", "\"like pirates\"", 0, True, ("Romeo Brawner Jr.", 0), BRAWNER, ("said", 0)),
    ("b08_philippines", "\"They have no right to board our vessels,\"", 0, True, ("he", None), BRAWNER,
     ("told", 0)),
    ("b08_philippines", "\"control measures\"", 0, True, ("China Coast Guard", 0), CCG, ("said", 1)),
    ("b08_philippines", "\"illegally intruded\"", 0, True, ("China Coast Guard", 0), CCG, ("said", 1)),
    ("b08_philippines", "\"professional and restrained.\"", 0, True, ("China Coast Guard", 0), CCG, ("said", 1)),
    ("b08_philippines", "\"not in the business of instigating wars.\"", 0, True, ("Ferdinand Marcos Jr.", 0),
     (None, "Ferdinand Marcos Jr.", "officials"), ("told", 1)),
    ("b08_philippines", "\"escalatory and irresponsible\"", 0, True, ("State Department", 0), None, ("called", 0)),
    ("b08_philippines", "\"The risk of a fatal incident is now very real,\"", 0, True, ("Maria Santos", 0), None,
     ("said", None)),
    # b09_armenia
    ("b09_armenia", "“taken adequate retaliatory measures.”", 0, True, ("Azerbaijan’s Defence Ministry", 0), None,
     ("saying", 0)),
    ("b09_armenia", "“remains committed to peace but will not tolerate provocations.”", 0, True,
     ("Hikmet Hajiyev", 0), (None, "Hikmet Hajiyev", "officials"), ("saying", 1)),
    ("b09_armenia", "“must not derail what we have achieved.”", 0, True, ("Nikol Pashinyan", 0), PASHINYAN,
     ("said", None)),
    ("b09_armenia", "“We are ready to sign the treaty tomorrow,”", 0, True, ("he", None), PASHINYAN,
     ("said", None)),
    ("b09_armenia", "“But peace is not only a document.”", 0, True, ("he", None), PASHINYAN, ("said", None)),
    # b10_mexico
    ("b10_mexico", "\"The situation is under control in most of the city, but we are not going to lie to "
     "people,\"", 0, True, ("he", None), ROCHA, ("said", None)),
    ("b10_mexico", "\"They made a decision without telling us,\"", 0, True, ("he", None), AMLO, ("told", None)),
    ("b10_mexico", "\"irresponsible.\"", 0, True, ("he", None), AMLO, ("calling", 0)),
    ("b10_mexico", "\"We hear shooting every day and nobody comes,\"", 0, True, ("Lucía Gómez", 0), None,
     ("said", None)),
]

if __name__ == "__main__":
    run("blind4", ENTITIES, DATES, CASUALTIES, QUOTES)
