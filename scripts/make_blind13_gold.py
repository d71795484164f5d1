#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind13.

Texts: tests/fixtures/blind13/news.jsonl (eight original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors (the table layout and
helper functions follow scripts/make_blind12_gold.py).

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, that spans of one type do not overlap, that every document of news.jsonl is
in every output file, and writes tests/fixtures/gold/blind13.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind13_gold.py [--show]   (--show prints every span in context)
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
TANZANIA, BOLIVIA, CHILE, MALDIVES, INDIA, MADAGASCAR, FRANCE, GUATEMALA, USA = (
    "Q924", "Q750", "Q298", "Q826", "Q668", "Q1019", "Q142", "Q774", "Q30")
ZIMBABWE, NETHERLANDS, SOUTH_AFRICA, VENEZUELA = ("Q954", "Q55", "Q258", "Q717")
UN, AU, REUTERS, AP, AFP = ("Q1065", "Q7159", "Q130879", "Q40469", "Q40464")

ENTITIES = [
    # d01_tanzania (DAR ES SALAAM, Dar es Salaam, Arusha, Mwanza, Chadema (a party), its spokesman
    # Joseph Mollel (a party spokesman speaks for no state or armed group), NetBlocks is absent,
    # "the electoral commission" (generic), "the army" not tagged)
    ("d01_tanzania", "Reuters", "all", "ORG", REUTERS, "Reuters", "name"),  # dateline and "told Reuters"
    ("d01_tanzania", "Tanzanian", [0], "COUNTRY", TANZANIA, "Tanzania", "demonym"),
    ("d01_tanzania", "Tanzania", [0], "COUNTRY", TANZANIA, "Tanzania", "name"),  # in a quotation
    ("d01_tanzania", "David Misime", [0], "OFFICIAL", None, "David Misime", "name"),
    ("d01_tanzania", "U.N.", [0], "ORG", UN, "United Nations", "acronym"),  # "The U.N. human rights office"
    ("d01_tanzania", "Seif Magango", [0], "OFFICIAL", None, "Seif Magango", "name"),
    ("d01_tanzania", "Jacob Mkunda", [0], "OFFICIAL", None, "Jacob Mkunda", "name"),
    ("d01_tanzania", "TBC", [0], "ORG", None, "Tanzania Broadcasting Corporation", "acronym"),
    ("d01_tanzania", "Samia Suluhu Hassan", [0], "OFFICIAL", None, "Samia Suluhu Hassan", "name"),
    ("d01_tanzania", "John Magufuli", [0], "OFFICIAL", None, "John Magufuli", "name"),
    ("d01_tanzania", "Tundu Lissu", [0], "OFFICIAL", None, "Tundu Lissu", "name"),  # a former MP
    # d02_bolivia (La Paz, Plaza Murillo, "the government palace", "army headquarters" not tagged)
    ("d02_bolivia", "Bolivia", "all", "COUNTRY", BOLIVIA, "Bolivia", "name"),  # headline, dateline, last line
    ("d02_bolivia", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d02_bolivia", "Bolivian", [0], "COUNTRY", BOLIVIA, "Bolivia", "demonym"),
    ("d02_bolivia", "Luis Arce", [0], "OFFICIAL", None, "Luis Arce", "name"),
    ("d02_bolivia", "Juan Jos\u00e9 Z\u00fa\u00f1iga", [0], "OFFICIAL", None, "Juan Jos\u00e9 Z\u00fa\u00f1iga", "name"),
    ("d02_bolivia", "Arce", [1, 2, 3], "OFFICIAL", None, "Luis Arce", "surname"),  # 0 in the full name
    ("d02_bolivia", "Bolivians", [0], "COUNTRY", BOLIVIA, "Bolivia", "demonym"),  # in a quotation
    ("d02_bolivia", "Z\u00fa\u00f1iga", [1, 2, 3], "OFFICIAL", None, "Juan Jos\u00e9 Z\u00fa\u00f1iga", "surname"),
    ("d02_bolivia", "Jos\u00e9 Wilson S\u00e1nchez", [0], "OFFICIAL", None, "Jos\u00e9 Wilson S\u00e1nchez", "name"),
    ("d02_bolivia", "Eduardo del Castillo", [0], "OFFICIAL", None, "Eduardo del Castillo", "name"),
    ("d02_bolivia", "Juan Arnez Salvador", [0], "OFFICIAL", None, "Juan Arnez Salvador", "name"),
    ("d02_bolivia", "Mar\u00eda Ren\u00e9e Castro", [0], "OFFICIAL", None, "Mar\u00eda Ren\u00e9e Castro", "name"),
    ("d02_bolivia", "Evo Morales", [0], "OFFICIAL", None, "Evo Morales", "name"),
    ("d02_bolivia", "Organization of American States", [0], "ORG", None, "Organization of American States", "name"),
    ("d02_bolivia", "Luis Almagro", [0], "OFFICIAL", None, "Luis Almagro", "name"),
    ("d02_bolivia", "Morales", [1], "OFFICIAL", None, "Evo Morales", "surname"),
    # d03_chile (SANTIAGO, Biobio, Ca\u00f1ete, Ercilla, Araucania, Mapuche (ethnic), the Senate not tagged)
    ("d03_chile", "AFP", [0], "ORG", AFP, "Agence France-Presse", "acronym"),
    ("d03_chile", "Chilean", [0], "COUNTRY", CHILE, "Chile", "demonym"),
    ("d03_chile", "Carabineros", "all", "ORG", None, "Carabineros de Chile", "alias"),
    ("d03_chile", "Chile", [0], "COUNTRY", CHILE, "Chile", "name"),  # in a quotation
    ("d03_chile", "Gabriel Boric", [0], "OFFICIAL", None, "Gabriel Boric", "name"),
    ("d03_chile", "Carolina Toh\u00e1", [0], "OFFICIAL", None, "Carolina Toh\u00e1", "name"),
    ("d03_chile", "Radio Cooperativa", [0], "ORG", None, "Radio Cooperativa", "name"),  # a broadcaster
    ("d03_chile", "Ricardo Y\u00e1\u00f1ez", [0], "OFFICIAL", None, "Ricardo Y\u00e1\u00f1ez", "name"),
    ("d03_chile", "Coordinadora Arauco-Malleco", [0], "GROUP", None, "Coordinadora Arauco-Malleco", "name"),
    ("d03_chile", "CAM", [0], "GROUP", None, "Coordinadora Arauco-Malleco", "acronym"),
    ("d03_chile", "H\u00e9ctor Llaitul", [0], "OFFICIAL", None, "H\u00e9ctor Llaitul", "name"),  # CAM leader
    ("d03_chile", "Boric", [1], "OFFICIAL", None, "Gabriel Boric", "surname"),
    # d04_maldives (MAL\u00c9, New Delhi (capital), the archipelago, People's National Congress (a party),
    # the reporter in the byline, "the foreign ministry" not tagged)
    ("d04_maldives", "Maldives", [0, 1, 2], "COUNTRY", MALDIVES, "Maldives", "name"),  # 3 is in the MNDF name
    ("d04_maldives", "Indian", "all", "COUNTRY", INDIA, "India", "demonym"),  # 7, one in a quotation
    ("d04_maldives", "Muizzu", [0, 2, 3], "OFFICIAL", None, "Mohamed Muizzu", "surname"),  # headline, "Muizzu, 45", "Muizzu's"
    ("d04_maldives", "Mohamed Muizzu", [0], "OFFICIAL", None, "Mohamed Muizzu", "name"),
    ("d04_maldives", "India", "all", "COUNTRY", INDIA, "India", "name"),  # in the slogan 'India Out' and "India remained"
    ("d04_maldives", "Heena Waleed", [0], "OFFICIAL", None, "Heena Waleed", "name"),
    ("d04_maldives", "Moosa Zameer", [0], "OFFICIAL", None, "Moosa Zameer", "name"),
    ("d04_maldives", "S. Jaishankar", [0], "OFFICIAL", None, "S. Jaishankar", "name"),
    ("d04_maldives", "Jaishankar", [1], "OFFICIAL", None, "S. Jaishankar", "surname"),
    ("d04_maldives", "Narendra Modi", [0], "OFFICIAL", None, "Narendra Modi", "name"),
    ("d04_maldives", "Maldives National Defence Force", [0], "ORG", None, "Maldives National Defence Force", "name"),
    ("d04_maldives", "MNDF", [0], "ORG", None, "Maldives National Defence Force", "acronym"),
    ("d04_maldives", "Ibrahim Hilmy", [0], "OFFICIAL", None, "Ibrahim Hilmy", "name"),
    ("d04_maldives", "Hilmy", [1], "OFFICIAL", None, "Ibrahim Hilmy", "surname"),
    ("d04_maldives", "Maldivian", "all", "COUNTRY", MALDIVES, "Maldives", "demonym"),
    # d05_madagascar (ANTANANARIVO, the High Constitutional Court, the National Assembly, "Gen Z",
    # the Indian Ocean not tagged)
    ("d05_madagascar", "AFP", [0], "ORG", AFP, "Agence France-Presse", "acronym"),
    ("d05_madagascar", "Madagascar", "all", "COUNTRY", MADAGASCAR, "Madagascar", "name"),
    ("d05_madagascar", "Michael Randrianirina", [0], "OFFICIAL", None, "Michael Randrianirina", "name"),
    ("d05_madagascar", "Randrianirina", [1, 2], "OFFICIAL", None, "Michael Randrianirina", "surname"),
    ("d05_madagascar", "CAPSAT", "all", "ORG", None, "CAPSAT", "name"),  # a named army unit
    ("d05_madagascar", "Andry Rajoelina", [0], "OFFICIAL", None, "Andry Rajoelina", "name"),
    ("d05_madagascar", "Rajoelina", [1, 2, 3], "OFFICIAL", None, "Andry Rajoelina", "surname"),
    ("d05_madagascar", "French", [0], "COUNTRY", FRANCE, "France", "demonym"),
    ("d05_madagascar", "Radio France Internationale", [0], "ORG", None, "Radio France Internationale", "name"),
    ("d05_madagascar", "RFI", [0], "ORG", None, "Radio France Internationale", "acronym"),
    ("d05_madagascar", "United Nations", [0], "ORG", UN, "United Nations", "name"),
    ("d05_madagascar", "Ruphin Fortunat Zafisambo", [0], "OFFICIAL", None, "Ruphin Fortunat Zafisambo", "name"),
    ("d05_madagascar", "African Union", [0], "ORG", AU, "African Union", "name"),
    ("d05_madagascar", "AU Commission", [0], "ORG", None, "African Union Commission", "acronym"),
    ("d05_madagascar", "Mahmoud Ali Youssouf", [0], "OFFICIAL", None, "Mahmoud Ali Youssouf", "name"),
    ("d05_madagascar", "Southern African Development Community", [0], "ORG", None,
     "Southern African Development Community", "name"),
    ("d05_madagascar", "SADC", [0], "ORG", None, "Southern African Development Community", "acronym"),
    ("d05_madagascar", "Malagasy", [0], "COUNTRY", MADAGASCAR, "Madagascar", "demonym"),
    # d06_guatemala (GUATEMALA CITY (the capital city, inner name not tagged), Fraijanes II, Zone 18,
    # Washington, X not tagged)
    ("d06_guatemala", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d06_guatemala", "Guatemala", "all", "COUNTRY", GUATEMALA, "Guatemala", "name"),  # 3 (dateline is upper case)
    ("d06_guatemala", "Barrio 18", "all", "GROUP", None, "Barrio 18", "name"),
    ("d06_guatemala", "Francisco Jimenez", [0], "OFFICIAL", None, "Francisco Jim\u00e9nez", "name"),
    ("d06_guatemala", "Bernardo Arevalo", [0], "OFFICIAL", None, "Bernardo Ar\u00e9valo", "name"),
    ("d06_guatemala", "Jimenez", [1, 2], "OFFICIAL", None, "Francisco Jim\u00e9nez", "surname"),
    ("d06_guatemala", "National Civil Police", [0], "ORG", None, "National Civil Police", "name"),
    ("d06_guatemala", "PNC", "all", "ORG", None, "National Civil Police", "acronym"),
    ("d06_guatemala", "Arevalo", [1], "OFFICIAL", None, "Bernardo Ar\u00e9valo", "surname"),
    ("d06_guatemala", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("d06_guatemala", "U.S.", [0], "COUNTRY", USA, "United States", "acronym"),
    ("d06_guatemala", "Marco Rubio", [0], "OFFICIAL", None, "Marco Rubio", "name"),
    ("d06_guatemala", "Mara Salvatrucha", [0], "GROUP", None, "Mara Salvatrucha", "name"),
    ("d06_guatemala", "MS-13", [0], "GROUP", None, "Mara Salvatrucha", "acronym"),
    # d07_zimbabwe (HARARE, BULAWAYO, MASHONALAND CENTRAL PROVINCE, the MOVEMENT FOR DEMOCRATIC CHANGE
    # / MDC (a party), MORGAN TSVANGIRAI (opposition leader, no office held by the document date),
    # THE DUTCH EMBASSY's DUTCH is tagged, "POLICE" not)
    ("d07_zimbabwe", "ZIMBABWE", "all", "COUNTRY", ZIMBABWE, "Zimbabwe", "name"),  # dateline, ZIMBABWE'S, DISCUSS ZIMBABWE
    ("d07_zimbabwe", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d07_zimbabwe", "DUTCH", [0], "COUNTRY", NETHERLANDS, "Netherlands", "demonym"),
    ("d07_zimbabwe", "ROBERT MUGABE", [0], "OFFICIAL", None, "Robert Mugabe", "name"),
    ("d07_zimbabwe", "WAYNE BVUDZIJENA", [0], "OFFICIAL", None, "Wayne Bvudzijena", "name"),
    ("d07_zimbabwe", "MUGABE", [1], "OFFICIAL", None, "Robert Mugabe", "surname"),
    ("d07_zimbabwe", "U.N. SECURITY COUNCIL", [0], "ORG", None, "United Nations Security Council", "acronym"),
    ("d07_zimbabwe", "U.N.", [1], "ORG", UN, "United Nations", "acronym"),  # "U.N. SECRETARY-GENERAL"
    ("d07_zimbabwe", "BAN KI-MOON", [0], "OFFICIAL", None, "Ban Ki-moon", "name"),
    ("d07_zimbabwe", "SOUTH AFRICAN", [0], "COUNTRY", SOUTH_AFRICA, "South Africa", "demonym"),
    ("d07_zimbabwe", "THABO MBEKI", [0], "OFFICIAL", None, "Thabo Mbeki", "name"),
    ("d07_zimbabwe", "SOUTHERN AFRICAN DEVELOPMENT COMMUNITY", [0], "ORG", None,
     "Southern African Development Community", "name"),
    ("d07_zimbabwe", "BVUDZIJENA", [1], "OFFICIAL", None, "Wayne Bvudzijena", "surname"),
    # d08_venezuela (CARACAS, Caracas, Washington, G\u00fciria, Truth Social, the Caribbean, the think
    # tank, the analyst Mariana Ortega not tagged)
    ("d08_venezuela", "US", [0], "COUNTRY", USA, "United States", "acronym"),  # headline
    ("d08_venezuela", "Venezuela", "all", "COUNTRY", VENEZUELA, "Venezuela", "name"),
    ("d08_venezuela", "Trump", [0, 2], "OFFICIAL", None, "Donald Trump", "surname"),  # headline, "Trump said"
    ("d08_venezuela", "U.S.", [0, 1], "COUNTRY", USA, "United States", "acronym"),  # 2 is in "U.S. Navy"
    ("d08_venezuela", "Donald Trump", [0], "OFFICIAL", None, "Donald Trump", "name"),
    ("d08_venezuela", "Tren de Aragua", [0], "GROUP", None, "Tren de Aragua", "name"),
    ("d08_venezuela", "Venezuelan", [0], "COUNTRY", VENEZUELA, "Venezuela", "demonym"),
    ("d08_venezuela", "Nicol\u00e1s Maduro", [0], "OFFICIAL", None, "Nicol\u00e1s Maduro", "name"),
    ("d08_venezuela", "Cartel de los Soles", [0], "GROUP", None, "Cartel de los Soles", "name"),
    ("d08_venezuela", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("d08_venezuela", "Vladimir Padrino L\u00f3pez", [0], "OFFICIAL", None, "Vladimir Padrino L\u00f3pez", "name"),
    ("d08_venezuela", "Padrino L\u00f3pez", [1], "OFFICIAL", None, "Vladimir Padrino L\u00f3pez", "surname"),
    ("d08_venezuela", "VTV", [0], "ORG", None, "Venezolana de Televisi\u00f3n", "acronym"),
    ("d08_venezuela", "Diosdado Cabello", [0], "OFFICIAL", None, "Diosdado Cabello", "name"),
    ("d08_venezuela", "U.S. Navy", [0], "ORG", None, "United States Navy", "name"),
    ("d08_venezuela", "Pete Hegseth", [0], "OFFICIAL", None, "Pete Hegseth", "name"),
]

# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# --------------------------------------------------------------------------------------------
DATES = [
    # d01_tanzania, document date 2025-10-31 (Friday, 2025-W44); election Wednesday 2025-10-29
    ("d01_tanzania", "Oct 31", 0, "DATE", "2025-10-31", "document"),
    ("d01_tanzania", "three days", 0, "DURATION", "P3D", "absolute"),
    ("d01_tanzania", "Wednesday", 0, "DATE", "2025-10-29", "document"),  # "Wednesday's disputed election"
    ("d01_tanzania", "Friday", 0, "DATE", "2025-10-31", "document"),
    ("d01_tanzania", "Wednesday", 1, "DATE", "2025-10-29", "document"),  # "since Wednesday"
    ("d01_tanzania", "Thursday night", 0, "TIME", "2025-10-30TNI", "document"),
    ("d01_tanzania", "6 p.m.", 0, "TIME", "2025-10-29T18:00", "document"),  # "from 6 p.m. on Wednesday"
    ("d01_tanzania", "Wednesday", 2, "DATE", "2025-10-29", "document"),
    ("d01_tanzania", "March 2021", 0, "DATE", "2021-03", "absolute"),
    ("d01_tanzania", "April", 0, "DATE", "2025-04", "document"),  # "since April"
    ("d01_tanzania", "Saturday", 0, "DATE", "2025-11-01", "document"),  # "by Saturday" (future)
    ("d01_tanzania", "Wednesday", 3, "DATE", "2025-10-29", "document"),
    # d02_bolivia, document date 2024-06-27 (Thursday); the coup attempt was Wednesday 2024-06-26
    ("d02_bolivia", "Wednesday", 0, "DATE", "2024-06-26", "document"),
    ("d02_bolivia", "hours", 0, "DURATION", "PTXH", "absolute"),  # "hours after troops … rammed"
    ("d02_bolivia", "next year", 0, "DATE", "2025", "document"),  # "next year's election"
    ("d02_bolivia", "Tuesday", 0, "DATE", "2024-06-25", "document"),
    ("d02_bolivia", "a day", 0, "DURATION", "P1D", "absolute"),  # "a day after saying"
    ("d02_bolivia", "1825", 0, "DATE", "1825", "absolute"),
    # d03_chile, document date 2024-04-28 (Sunday); the ambush was Saturday 2024-04-27
    ("d03_chile", "28 April 2024", 0, "DATE", "2024-04-28", "absolute"),
    ("d03_chile", "Sunday", 0, "DATE", "2024-04-28", "document"),
    ("d03_chile", "decades", 0, "DURATION", "PXDE", "absolute"),  # "the deadliest attack … in decades"
    ("d03_chile", "dawn", 0, "TIME", "2024-04-27TMO", "document"),  # "before dawn on Saturday"
    ("d03_chile", "Saturday", 0, "DATE", "2024-04-27", "document"),
    ("d03_chile", "years", 0, "DURATION", "PXY", "absolute"),  # "have for years burned"
    ("d03_chile", "27 April", 0, "DATE", "2024-04-27", "document"),
    ("d03_chile", "1927", 0, "DATE", "1927", "absolute"),
    ("d03_chile", "Sunday evening", 0, "TIME", "2024-04-28TEV", "document"),
    ("d03_chile", "21 April", 0, "DATE", "2024-04-21", "document"),
    ("d03_chile", "August 2022", 0, "DATE", "2022-08", "absolute"),
    ("d03_chile", "25-year", 0, "DURATION", "P25Y", "absolute"),  # "a 25-year sentence" (blind9's five-year)
    ("d03_chile", "May 2022", 0, "DATE", "2022-05", "absolute"),
    ("d03_chile", "another 15 days", 0, "DURATION", "P15D", "absolute"),
    ("d03_chile", "Tuesday", 0, "DATE", "2024-04-30", "document"),  # future
    # d04_maldives, no JSONL date; the byline date Friday, 10 May 2024 (2024-W19)
    ("d04_maldives", "Friday, 10 May 2024", 0, "DATE", "2024-05-10", "absolute"),
    ("d04_maldives", "this week", 0, "DATE", "2024-W19", "document"),
    ("d04_maldives", "Friday", 1, "DATE", "2024-05-10", "document"),  # 0 is in the byline
    ("d04_maldives", "September 2023", 0, "DATE", "2023-09", "absolute"),
    ("d04_maldives", "Thursday evening", 0, "TIME", "2024-05-09TEV", "document"),
    ("d04_maldives", "today", 0, "DATE", "2024-05-10", "document"),  # in a quotation
    ("d04_maldives", "a day", 0, "DURATION", "P1D", "absolute"),  # "a day after his swearing-in"
    ("d04_maldives", "17 November 2023", 0, "DATE", "2023-11-17", "absolute"),
    ("d04_maldives", "February", 0, "DATE", "2024-02", "document"),
    ("d04_maldives", "2019", 0, "DATE", "2019", "absolute"),  # "since 2019"
    ("d04_maldives", "10 March", 0, "DATE", "2024-03-10", "document"),
    ("d04_maldives", "10 May", 1, "DATE", "2024-05-10", "document"),  # 0 is in the byline
    ("d04_maldives", "Thursday", 1, "DATE", "2024-05-09", "document"),  # 0 is "Thursday evening"
    ("d04_maldives", "January", 0, "DATE", "2024-01", "document"),
    ("d04_maldives", "Last month", 0, "DATE", "2024-04", "document"),
    ("d04_maldives", "a year", 0, "DURATION", "P1Y", "absolute"),  # "within a year"
    ("d04_maldives", "last week", 0, "DATE", "2024-W18", "document"),
    ("d04_maldives", "18 months", 0, "DURATION", "P18M", "absolute"),
    ("d04_maldives", "every three months", 0, "SET", "P3M", "absolute"),
    # d05_madagascar, document date 2025-10-18 (Saturday, 2025-W42)
    ("d05_madagascar", "18 October", 0, "DATE", "2025-10-18", "document"),
    ("d05_madagascar", "Saturday", 0, "DATE", "2025-10-18", "document"),
    ("d05_madagascar", "two years", 0, "DURATION", "P2Y", "absolute"),  # "within two years"
    ("d05_madagascar", "a day", 0, "DURATION", "P1D", "absolute"),  # "a day after he was sworn in"
    ("d05_madagascar", "Friday", 0, "DATE", "2025-10-17", "document"),
    ("d05_madagascar", "14 October", 0, "DATE", "2025-10-14", "document"),
    ("d05_madagascar", "hours", 0, "DURATION", "PTXH", "absolute"),  # "hours after the National Assembly voted"
    ("d05_madagascar", "the previous weekend", 0, "DATE", "2025-W41-WE", "document"),  # before 14 October
    ("d05_madagascar", "Saturday morning", 0, "TIME", "2025-10-18TMO", "document"),
    ("d05_madagascar", "next year", 0, "DATE", "2026", "document"),
    ("d05_madagascar", "25 September", 0, "DATE", "2025-09-25", "document"),
    ("d05_madagascar", "29 September", 0, "DATE", "2025-09-29", "document"),
    ("d05_madagascar", "four days", 0, "DURATION", "P4D", "absolute"),
    ("d05_madagascar", "29 September", 1, "DATE", "2025-09-29", "document"),
    ("d05_madagascar", "6 October", 0, "DATE", "2025-10-06", "document"),
    ("d05_madagascar", "11 October", 0, "DATE", "2025-10-11", "document"),
    ("d05_madagascar", "Wednesday", 0, "DATE", "2025-10-15", "document"),
    ("d05_madagascar", "next week", 0, "DATE", "2025-W43", "document"),
    ("d05_madagascar", "2009", 0, "DATE", "2009", "absolute"),
    ("d05_madagascar", "2014", 0, "DATE", "2014", "absolute"),
    ("d05_madagascar", "2019", 0, "DATE", "2019", "absolute"),
    ("d05_madagascar", "1972", 0, "DATE", "1972", "absolute"),
    ("d05_madagascar", "1975", 0, "DATE", "1975", "absolute"),
    # d06_guatemala, document date 2025-10-13 (Monday)
    ("d06_guatemala", "Oct 13", 0, "DATE", "2025-10-13", "document"),
    ("d06_guatemala", "Monday", 0, "DATE", "2025-10-13", "document"),
    ("d06_guatemala", "Sunday", 0, "DATE", "2025-10-12", "document"),
    ("d06_guatemala", "several weeks", 0, "DURATION", "PXW", "absolute"),
    ("d06_guatemala", "Monday", 1, "DATE", "2025-10-13", "document"),
    ("d06_guatemala", "August", 0, "DATE", "2025-08", "document"),
    ("d06_guatemala", "September", 0, "DATE", "2025-09", "document"),
    ("d06_guatemala", "February", 0, "DATE", "2025-02", "document"),
    ("d06_guatemala", "the 1990s", 0, "DATE", "199", "absolute"),
    ("d06_guatemala", "2024", 0, "DATE", "2024", "absolute"),
    ("d06_guatemala", "Monday evening", 0, "TIME", "2025-10-13TEV", "document"),
    # d07_zimbabwe, document date 2008-06-23 (Monday, 2008-W26); the runoff Friday 2008-06-27
    ("d07_zimbabwe", "JUNE 23", 0, "DATE", "2008-06-23", "document"),
    ("d07_zimbabwe", "MONDAY", 0, "DATE", "2008-06-23", "document"),
    ("d07_zimbabwe", "A DAY", 0, "DURATION", "P1D", "absolute"),  # "A DAY AFTER PULLING OUT"
    ("d07_zimbabwe", "FRIDAY", 0, "DATE", "2008-06-27", "document"),  # "FRIDAY'S PRESIDENTIAL RUNOFF"
    ("d07_zimbabwe", "SUNDAY", 0, "DATE", "2008-06-22", "document"),
    ("d07_zimbabwe", "MONDAY", 1, "DATE", "2008-06-23", "document"),  # the raid
    ("d07_zimbabwe", "MARCH 29", 0, "DATE", "2008-03-29", "document"),
    ("d07_zimbabwe", "SATURDAY", 0, "DATE", "2008-06-21", "document"),
    ("d07_zimbabwe", "1980", 0, "DATE", "1980", "absolute"),
    ("d07_zimbabwe", "LAST WEEK", 0, "DATE", "2008-W25", "document"),
    ("d07_zimbabwe", "LATER MONDAY", 0, "DATE", "2008-06-23", "document"),
    ("d07_zimbabwe", "MONDAY", 3, "DATE", "2008-06-23", "document"),  # "MONDAY'S RAID"; 2 is in LATER MONDAY
    # d08_venezuela, document date 2025-09-16 (Tuesday, 2025-W38); the strike Monday 2025-09-15
    ("d08_venezuela", "Sept. 16, 2025", 0, "DATE", "2025-09-16", "absolute"),
    ("d08_venezuela", "Monday", 0, "DATE", "2025-09-15", "document"),
    ("d08_venezuela", "two weeks", 0, "DURATION", "P2W", "absolute"),  # "two weeks after an attack"
    ("d08_venezuela", "Tuesday", 0, "DATE", "2025-09-16", "document"),
    ("d08_venezuela", "Thursday", 0, "DATE", "2025-09-11", "document"),
    ("d08_venezuela", "Sept. 2", 0, "DATE", "2025-09-02", "document"),
    ("d08_venezuela", "August", 0, "DATE", "2025-08", "document"),
    ("d08_venezuela", "last week", 0, "DATE", "2025-W37", "document"),
]

# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, surface, occurrence, label, min, max, approximate, negated, victims or None)
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    # d01_tanzania
    ("d01_tanzania", "shot dead at least 30 protesters", 0, "KILLED", 30, None, False, False, "protesters"),
    ("d01_tanzania", "30 people killed", 0, "KILLED", 30, 30, False, False, "people"),
    ("d01_tanzania", "dozens more wounded", 0, "INJURED", 24, 99, True, False, None),
    ("d01_tanzania", "14 of its members were missing", 0, "MISSING", 14, 14, False, False, "its members"),
    ("d01_tanzania", "four others had been abducted", 0, "KIDNAPPED", 4, 4, False, False, "others"),
    ("d01_tanzania", "two police officers were killed", 0, "KILLED", 2, 2, False, False, "police officers"),
    ("d01_tanzania", "11 injured", 0, "INJURED", 11, 11, False, False, None),
    ("d01_tanzania", "at least 10 deaths", 0, "KILLED", 10, None, False, False, None),
    ("d01_tanzania", "about 50 people with gunshot wounds", 0, "INJURED", 50, 50, True, False, "people"),
    ("d01_tanzania", "No one was killed", 0, "KILLED", 0, 0, False, True, None),
    # d02_bolivia ("one of them seriously" is part of the 12; "take the lives of Bolivians" has no count)
    ("d02_bolivia", "12 people were injured", 0, "INJURED", 12, 12, False, False, "people"),
    ("d02_bolivia", "No one was killed", 0, "KILLED", 0, 0, False, True, None),
    # d03_chile
    ("d03_chile", "Three Chilean police officers were shot dead", 0, "KILLED", 3, 3, False, False,
     "Chilean police officers"),
    ("d03_chile", "a fourth officer was wounded", 0, "INJURED", 1, 1, False, False, "officer"),
    ("d03_chile", "Two farm workers were injured", 0, "INJURED", 2, 2, False, False, "farm workers"),
    # d04_maldives: no casualties (troop counts only)
    # d05_madagascar
    ("d05_madagascar", "at least 22 people had been killed", 0, "KILLED", 22, None, False, False, "people"),
    ("d05_madagascar", "more than 100 injured", 0, "INJURED", 100, None, False, False, None),
    # d06_guatemala (20 escaped and 19 at large are fugitives, not missing people)
    ("d06_guatemala", "a prison guard was wounded", 0, "INJURED", 1, 1, False, False, "prison guard"),
    ("d06_guatemala", "Two inmates were killed", 0, "KILLED", 2, 2, False, False, "inmates"),
    # d07_zimbabwe (DETAINED ABOUT 60 PEOPLE is not a casualty)
    ("d07_zimbabwe", "KILLED 86 OF HIS SUPPORTERS", 0, "KILLED", 86, 86, False, False, "HIS SUPPORTERS"),
    ("d07_zimbabwe", "MORE THAN 200 OF ITS ACTIVISTS ARE MISSING", 0, "MISSING", 200, None, False, False,
     "ITS ACTIVISTS"),
    ("d07_zimbabwe", "THOUSANDS HAVE BEEN INJURED", 0, "INJURED", 2000, 9999, True, False, None),
    ("d07_zimbabwe", "THREE ACTIVISTS WERE FOUND DEAD", 0, "KILLED", 3, 3, False, False, "ACTIVISTS"),
    ("d07_zimbabwe", "TWO PARTY ORGANIZERS WERE ABDUCTED", 0, "KIDNAPPED", 2, 2, False, False, "PARTY ORGANIZERS"),
    ("d07_zimbabwe", "NO ONE WAS HURT", 0, "INJURED", 0, 0, False, True, None),
    # d08_venezuela
    ("d08_venezuela", "kills three", 0, "KILLED", 3, 3, False, False, None),  # headline
    ("d08_venezuela", "killing three people", 0, "KILLED", 3, 3, False, False, "people"),
    ("d08_venezuela", "killed 11 alleged members of the Tren de Aragua gang", 0, "KILLED", 11, 11, False, False,
     "alleged members of the Tren de Aragua gang"),
    ("d08_venezuela", "No U.S. personnel were injured", 0, "INJURED", 0, 0, False, True, "U.S. personnel"),
    ("d08_venezuela", "11 people killed", 0, "KILLED", 11, 11, False, False, "people"),
    ("d08_venezuela", "A fisherman from the eastern town of G\u00fciria has been missing", 0, "MISSING", 1, 1,
     False, False, "fisherman from the eastern town of G\u00fciria"),
]


# --------------------------------------------------------------------------------------------
# QUOTES: (doc, surface incl. marks, occurrence, closed, speaker (surface, occurrence or None for
# the nearest), speaker entity (qid, name, gazetteer) or None, cue (surface, occurrence or None))
# --------------------------------------------------------------------------------------------
def off(name):
    return (None, name, "officials")


QUOTES = [
    # d01_tanzania (straight double quotes)
    ("d01_tanzania", "\"grossly exaggerated.\"", 0, True, ("police", 0), None, ("called", 0)),
    ("d01_tanzania", "\"Our people are being hunted in their homes,\"", 0, True, ("Mollel", 1), None, ("told", 0)),
    ("d01_tanzania", "\"We ask the world to look at Tanzania.\"", 0, True, ("Mollel", 1), None, ("told", 0)),
    ("d01_tanzania", "\"We urge the security forces to refrain from the use of unnecessary or disproportionate force,\"",
     0, True, ("Seif Magango", 0), off("Seif Magango"), ("said", None)),
    ("d01_tanzania", "\"criminals\"", 0, True, ("Jacob Mkunda", 0), off("Jacob Mkunda"), ("described", 0)),
    # d02_bolivia (curly double quotes)
    ("d02_bolivia", "\u201cto raise his popularity,\u201d", 0, True, ("he", None), off("Juan Jos\u00e9 Z\u00fa\u00f1iga"),
     ("told", 0)),
    ("d02_bolivia", "\u201ca lie.\u201d", 0, True, ("government", None), None, ("rejected", 0)),
    ("d02_bolivia", "\u201cWe cannot allow once again that coup attempts take the lives of Bolivians,\u201d", 0, True,
     ("Arce", 2), off("Luis Arce"), ("said", None)),
    ("d02_bolivia", "\u201cTheir aim was to overthrow the democratically elected authority,\u201d", 0, True,
     ("minister", None), off("Eduardo del Castillo"), ("said", None)),
    ("d02_bolivia", "\u201cin defense of democracy.\u201d", 0, True, ("Evo Morales", 0), off("Evo Morales"), ("urged", 0)),
    ("d02_bolivia", "\u201cthe army must submit to the legitimately elected civilian power.\u201d", 0, True,
     ("Luis Almagro", 0), off("Luis Almagro"), ("said", None)),
    # d03_chile (straight double quotes)
    ("d03_chile", "\"This is an attack on all of Chile,\"", 0, True, ("Gabriel Boric", 0), off("Gabriel Boric"),
     ("said", None)),
    ("d03_chile", "\"We will find those responsible, wherever they are.\"", 0, True, ("Gabriel Boric", 0),
     off("Gabriel Boric"), ("said", None)),
    ("d03_chile", "\"It would be irresponsible to point to anyone at this stage,\"", 0, True, ("she", None),
     off("Carolina Toh\u00e1"), ("told", 0)),
    ("d03_chile", "\"cowards\"", 0, True, ("Ricardo Y\u00e1\u00f1ez", 0), off("Ricardo Y\u00e1\u00f1ez"), ("called", 0)),
    ("d03_chile", "\"the saddest day\"", 0, True, ("Ricardo Y\u00e1\u00f1ez", 0), off("Ricardo Y\u00e1\u00f1ez"),
     ("said", None)),
    # d04_maldives (curly single quotes, the closing mark also the apostrophe; one straight pair)
    ("d04_maldives", "\u2018Not a single Indian soldier will remain on our soil after today,\u2019", 0, True,
     ("she", None), off("Heena Waleed"), ("said", None)),
    ("d04_maldives", "\u2018frank and useful\u2019", 0, True, ("Jaishankar", 1), off("S. Jaishankar"), ("said", None)),
    ("d04_maldives", "\u2018first responder\u2019", 0, True, ("Jaishankar", 1), off("S. Jaishankar"), ("said", None)),
    ("d04_maldives", "'We are ready,'", 0, True, ("he", None), off("Ibrahim Hilmy"), ("said", None)),
    # d05_madagascar (straight double quotes, British punctuation outside the marks)
    ("d05_madagascar", "\"We did not take power. We answered the call of the street,\"", 0, True,
     ("Randrianirina", 2), off("Michael Randrianirina"), ("told", 0)),
    ("d05_madagascar", "\"rejects any unconstitutional change of government\"", 0, True, ("Mahmoud Ali Youssouf", 0),
     off("Mahmoud Ali Youssouf"), ("said", None)),
    # d06_guatemala (straight double quotes)
    ("d06_guatemala", "\"This was not a spontaneous escape,\"", 0, True, ("Jimenez", 2), off("Francisco Jim\u00e9nez"),
     ("said", None)),
    ("d06_guatemala", "\"It was a process, and there was complicity inside.\"", 0, True, ("Jimenez", 2),
     off("Francisco Jim\u00e9nez"), ("said", None)),
    ("d06_guatemala", "\"unacceptable\"", 0, True, ("Arevalo", 1), off("Bernardo Ar\u00e9valo"), ("called", 0)),
    ("d06_guatemala", "\"Nobody,\"", 0, True, ("he", None), off("Bernardo Ar\u00e9valo"), ("said", None)),
    ("d06_guatemala", "\"is above the law.\"", 0, True, ("he", None), off("Bernardo Ar\u00e9valo"), ("said", None)),
    ("d06_guatemala", "\"ready to help.\"", 0, True, ("Marco Rubio", 0), off("Marco Rubio"), ("said", None)),
    # d07_zimbabwe (ALL CAPS, straight double quotes)
    ("d07_zimbabwe", "\"WE WILL NOT TAKE PART IN A VIOLENT, ILLEGITIMATE SHAM OF AN ELECTION PROCESS,\"", 0, True,
     ("TSVANGIRAI", 1), None, ("TOLD", 0)),
    ("d07_zimbabwe", "\"HEALTH INSPECTION.\"", 0, True, ("WAYNE BVUDZIJENA", 0), off("Wayne Bvudzijena"),
     ("SAID", None)),
    ("d07_zimbabwe", "\"ONLY GOD, WHO APPOINTED ME, WILL REMOVE ME,\"", 0, True, ("HE", None), off("Robert Mugabe"),
     ("TOLD", None)),
    ("d07_zimbabwe", "\"WOULD ONLY DEEPEN THE DIVISIONS\"", 0, True, ("BAN KI-MOON", 0), off("Ban Ki-moon"),
     ("SAID", None)),
    # d08_venezuela (curly double quotes)
    ("d08_venezuela", "\u201cextraordinarily violent drug trafficking cartels.\u201d", 0, True, ("Trump", 2),
     off("Donald Trump"), ("said", 1)),  # "Trump said on his Truth Social platform", not the later "he said"
    ("d08_venezuela", "\u201ca military aggression\u201d", 0, True, ("Nicol\u00e1s Maduro", 0), off("Nicol\u00e1s Maduro"),
     ("said", None)),
    ("d08_venezuela", "\u201cThey will not find a country on its knees,\u201d", 0, True, ("Padrino L\u00f3pez", 1),
     off("Vladimir Padrino L\u00f3pez"), ("told", 0)),
    ("d08_venezuela", "\u201cThere is no precedent for this in the region,\u201d", 0, True, ("Mariana Ortega", 0), None,
     ("said", None)),
    ("d08_venezuela", "\u201cIt is a war without a declaration.\u201d", 0, True, ("Mariana Ortega", 0), None,
     ("said", None)),
]


if __name__ == "__main__":
    run("blind13", ENTITIES, DATES, CASUALTIES, QUOTES)
