#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind15.

Texts: tests/fixtures/blind15/news.jsonl (eight original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors (the table layout and
helper functions follow scripts/make_blind13_gold.py and scripts/make_blind12_gold.py).

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, that spans of one type do not overlap, that every document of news.jsonl is
in every output file, and writes tests/fixtures/gold/blind15.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind15_gold.py [--show]   (--show prints every span in context)
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
FRANCE, NEW_CALEDONIA, AZERBAIJAN, TRINIDAD, CANADA, INDIA, USA = (
    "Q142", "Q33788", "Q227", "Q754", "Q16", "Q668", "Q30")
SOLOMONS, TAIWAN, CHINA, AUSTRALIA, PNG, FIJI = ("Q685", "Q865", "Q148", "Q408", "Q691", "Q712")
CYPRUS, TURKEY, UK, GREECE, EGYPT, SUDAN = ("Q229", "Q43", "Q145", "Q41", "Q79", "Q1049")
BURUNDI, RWANDA, DRC, RUSSIA = ("Q967", "Q1037", "Q974", "Q159")
UN, UNSC, REUTERS, AP, AFP = ("Q1065", "Q37470", "Q130879", "Q40469", "Q40464")

ENTITIES = [
    # d01_newcaledonia (NOUMEA, Paris, Ducos, Dumbéa, La Tontouta, `Kanak` (a people), `the
    # territory's authorities`, `lawmakers`, `the Azerbaijani foreign ministry` (only the adjectival)
    # and `an emergency defence council` not tagged; New Caledonia is tagged as a widely recognised
    # territory (a UN-listed non-self-governing territory with its own ISO code))
    ("d01_newcaledonia", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d01_newcaledonia", "France", [0, 2], "COUNTRY", FRANCE, "France", "name"),  # 1 is in `France 2`
    ("d01_newcaledonia", "New Caledonia", "all", "COUNTRY", NEW_CALEDONIA, "New Caledonia", "name"),
    ("d01_newcaledonia", "G\u00e9rald Darmanin", [0], "OFFICIAL", None, "G\u00e9rald Darmanin", "name"),
    ("d01_newcaledonia", "Darmanin", [1, 2], "OFFICIAL", None, "G\u00e9rald Darmanin", "surname"),
    ("d01_newcaledonia", "France 2", [0], "ORG", None, "France 2", "name"),  # a broadcaster
    ("d01_newcaledonia", "French", [0], "COUNTRY", FRANCE, "France", "demonym"),  # "French residents"
    ("d01_newcaledonia", "Louis Le Franc", [0], "OFFICIAL", None, "Louis Le Franc", "name"),
    ("d01_newcaledonia", "Emmanuel Macron", [0], "OFFICIAL", None, "Emmanuel Macron", "name"),
    ("d01_newcaledonia", "Gabriel Attal", [0], "OFFICIAL", None, "Gabriel Attal", "name"),
    ("d01_newcaledonia", "Azerbaijan", [0], "COUNTRY", AZERBAIJAN, "Azerbaijan", "name"),
    ("d01_newcaledonia", "Azerbaijani", [0], "COUNTRY", AZERBAIJAN, "Azerbaijan", "demonym"),
    # d02_trinidad (PORT OF SPAIN, Port of Spain, Laventille, `Caribbean`, Parliament, `the ruling
    # party` not tagged; the dateline's `Trinidad` is the AP's country part and means the state)
    ("d02_trinidad", "Trinidad and Tobago", [0, 1], "COUNTRY", TRINIDAD, "Trinidad and Tobago", "name"),
    ("d02_trinidad", "Trinidad", [1], "COUNTRY", TRINIDAD, "Trinidad and Tobago", "alias"),  # dateline
    ("d02_trinidad", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d02_trinidad", "Stuart Young", [0], "OFFICIAL", None, "Stuart Young", "name"),
    ("d02_trinidad", "Young", [1, 2], "OFFICIAL", None, "Stuart Young", "surname"),  # 0 in the full name
    ("d02_trinidad", "Erla Harewood-Christopher", [0], "OFFICIAL", None, "Erla Harewood-Christopher", "name"),
    ("d02_trinidad", "Kamla Persad-Bissessar", [0], "OFFICIAL", None, "Kamla Persad-Bissessar", "name"),
    ("d02_trinidad", "Persad-Bissessar", [1], "OFFICIAL", None, "Kamla Persad-Bissessar", "surname"),
    ("d02_trinidad", "Fitzgerald Hinds", [0], "OFFICIAL", None, "Fitzgerald Hinds", "name"),
    ("d02_trinidad", "Trinidad and Tobago Defence Force", [0], "ORG", None, "Trinidad and Tobago Defence Force",
     "name"),
    # d03_canada_india (OTTAWA/NEW DELHI, Ottawa, New Delhi, Washington (capitals for governments),
    # British Columbia, Surrey, `Sikh`, `Khalistani` (a movement's adjective, not a group's name),
    # the House of Commons, the Ministry of External Affairs (a ministry by function), the
    # Conservative party not tagged; Hardeep Singh Nijjar is a victim, not an official, although
    # India calls him the leader of an armed group)
    ("d03_canada_india", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d03_canada_india", "India", "all", "COUNTRY", INDIA, "India", "name"),  # incl. `India's` and `anti-India`
    ("d03_canada_india", "Canadian", [0, 1, 2, 3], "COUNTRY", CANADA, "Canada", "demonym"),  # 4 in the RCMP
    ("d03_canada_india", "Justin Trudeau", [0], "OFFICIAL", None, "Justin Trudeau", "name"),
    ("d03_canada_india", "Trudeau", [1, 2], "OFFICIAL", None, "Justin Trudeau", "surname"),
    ("d03_canada_india", "Indian", "all", "COUNTRY", INDIA, "India", "demonym"),
    ("d03_canada_india", "Khalistan Tiger Force", [0], "GROUP", None, "Khalistan Tiger Force", "name"),
    ("d03_canada_india", "M\u00e9lanie Joly", [0], "OFFICIAL", None, "M\u00e9lanie Joly", "name"),
    ("d03_canada_india", "Canada", "all", "COUNTRY", CANADA, "Canada", "name"),
    ("d03_canada_india", "Research and Analysis Wing", [0], "ORG", None, "Research and Analysis Wing", "name"),
    ("d03_canada_india", "Arindam Bagchi", [0], "OFFICIAL", None, "Arindam Bagchi", "name"),
    ("d03_canada_india", "Dominic LeBlanc", [0], "OFFICIAL", None, "Dominic LeBlanc", "name"),
    ("d03_canada_india", "Royal Canadian Mounted Police", [0], "ORG", None, "Royal Canadian Mounted Police", "name"),
    ("d03_canada_india", "Pierre Poilievre", [0], "OFFICIAL", None, "Pierre Poilievre", "name"),
    ("d03_canada_india", "National Security Council", [0], "ORG", None, "United States National Security Council",
     "name"),
    ("d03_canada_india", "Adrienne Watson", [0], "OFFICIAL", None, "Adrienne Watson", "name"),
    ("d03_canada_india", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("d03_canada_india", "Narendra Modi", [0], "OFFICIAL", None, "Narendra Modi", "name"),
    ("d03_canada_india", "G20", [0], "ORG", None, "G20", "acronym"),
    # d04_solomon (Honiara, Chinatown, Malaita, Parliament House, Beijing (a capital) not tagged;
    # the byline's Joseph Kwaimani and the shopkeeper Li Wen are not officials)
    ("d04_solomon", "Solomon Islands", [0], "COUNTRY", SOLOMONS, "Solomon Islands", "name"),  # 1 in the RSIPF
    ("d04_solomon", "Royal Solomon Islands Police Force", [0], "ORG", None, "Royal Solomon Islands Police Force",
     "name"),
    ("d04_solomon", "Manasseh Sogavare", [0], "OFFICIAL", None, "Manasseh Sogavare", "name"),
    ("d04_solomon", "Sogavare", [1, 2], "OFFICIAL", None, "Manasseh Sogavare", "surname"),
    ("d04_solomon", "Taiwan", [0], "COUNTRY", TAIWAN, "Taiwan", "name"),
    ("d04_solomon", "China", [0], "COUNTRY", CHINA, "China", "name"),
    ("d04_solomon", "Daniel Suidani", [0], "OFFICIAL", None, "Daniel Suidani", "name"),  # provincial premier
    ("d04_solomon", "Australia", [0], "COUNTRY", AUSTRALIA, "Australia", "name"),
    ("d04_solomon", "Scott Morrison", [0], "OFFICIAL", None, "Scott Morrison", "name"),
    ("d04_solomon", "Australian Federal Police", [0], "ORG", None, "Australian Federal Police", "name"),
    ("d04_solomon", "Papua New Guinea", [0], "COUNTRY", PNG, "Papua New Guinea", "name"),
    ("d04_solomon", "Fiji", [0], "COUNTRY", FIJI, "Fiji", "name"),
    ("d04_solomon", "Chinese", [0], "COUNTRY", CHINA, "China", "demonym"),
    # d05_cyprus (ALL CAPS; NICOSIA, DHERYNIA, ANKARA not tagged; `GREEK CYPRIOT` and `TURKISH
    # CYPRIOT(S)` name the island's communities, not Greece or Turkey, and are not tagged; the
    # `SELF-DECLARED TURKISH REPUBLIC OF NORTHERN CYPRUS` is recognised only by Turkey, so not a
    # widely recognised territory: neither it nor the `TURKISH`/`CYPRUS` inside it are tagged;
    # the victims SOLOMOS SOLOMOU and TASSOS ISAAC are not officials)
    ("d05_cyprus", "CYPRUS", [0, 3], "COUNTRY", CYPRUS, "Cyprus", "name"),  # 1 in UNFICYP's name, 2 in the TRNC
    ("d05_cyprus", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d05_cyprus", "TURKISH", [0, 1, 4], "COUNTRY", TURKEY, "Turkey", "demonym"),  # troops, side, foreign minister
    ("d05_cyprus", "U.N.", [0, 1, 4], "ORG", UN, "United Nations", "acronym"),  # buffer zone, spokesman, troops
    ("d05_cyprus", "UNITED NATIONS", [0], "ORG", UN, "United Nations", "name"),
    ("d05_cyprus", "BRITISH", [0], "COUNTRY", UK, "United Kingdom", "demonym"),
    ("d05_cyprus", "U.N. PEACEKEEPING FORCE IN CYPRUS", [0], "ORG", None, "United Nations Peacekeeping Force in Cyprus",
     "name"),
    ("d05_cyprus", "UNFICYP", [0], "ORG", None, "United Nations Peacekeeping Force in Cyprus", "acronym"),
    ("d05_cyprus", "GLAFCOS CLERIDES", [0], "OFFICIAL", None, "Glafcos Clerides", "name"),
    ("d05_cyprus", "U.N. SECURITY COUNCIL", [0], "ORG", UNSC, "United Nations Security Council", "name"),
    ("d05_cyprus", "RAUF DENKTASH", [0], "OFFICIAL", None, "Rauf Denktash", "name"),
    ("d05_cyprus", "DENKTASH", [1], "OFFICIAL", None, "Rauf Denktash", "surname"),
    ("d05_cyprus", "GREEK", [2], "COUNTRY", GREECE, "Greece", "demonym"),  # 0, 1 are `GREEK CYPRIOT`
    ("d05_cyprus", "COSTAS SIMITIS", [0], "OFFICIAL", None, "Costas Simitis", "name"),
    ("d05_cyprus", "TANSU CILLER", [0], "OFFICIAL", None, "Tansu \u00c7iller", "name"),
    ("d05_cyprus", "TURKEY", "all", "COUNTRY", TURKEY, "Turkey", "name"),
    ("d05_cyprus", "GREECE", [0], "COUNTRY", GREECE, "Greece", "name"),
    # d06_egypt_sudan (CAIRO, Khartoum, Argeen, `the foreign ministry`, `the health ministry`, `the
    # army` not tagged; the border official, the armed forces' spokesman, the army officer and the
    # UNHCR official are unnamed)
    ("d06_egypt_sudan", "Egypt", "all", "COUNTRY", EGYPT, "Egypt", "name"),  # headline, lead, body
    ("d06_egypt_sudan", "Sudanese", [0, 1, 2], "COUNTRY", SUDAN, "Sudan", "demonym"),  # 3 in the SAF
    ("d06_egypt_sudan", "AFP", "all", "ORG", AFP, "Agence France-Presse", "acronym"),
    ("d06_egypt_sudan", "Sudan", [0], "COUNTRY", SUDAN, "Sudan", "name"),
    ("d06_egypt_sudan", "Egyptian Armed Forces", [0], "ORG", None, "Egyptian Armed Forces", "name"),
    ("d06_egypt_sudan", "Sudanese Armed Forces", [0], "ORG", None, "Sudanese Armed Forces", "name"),
    ("d06_egypt_sudan", "Rapid Support Forces", [0], "GROUP", None, "Rapid Support Forces", "name"),
    ("d06_egypt_sudan", "RSF", "all", "GROUP", None, "Rapid Support Forces", "acronym"),
    ("d06_egypt_sudan", "UN", [0], "ORG", UN, "United Nations", "acronym"),  # "the UN refugee agency UNHCR"
    ("d06_egypt_sudan", "UNHCR", "all", "ORG", None, "UNHCR", "acronym"),
    ("d06_egypt_sudan", "Abdel Fattah al-Burhan", [0], "OFFICIAL", None, "Abdel Fattah al-Burhan", "name"),
    ("d06_egypt_sudan", "Mohamed Hamdan Daglo", [0], "OFFICIAL", None, "Mohamed Hamdan Daglo", "name"),
    # d07_rwanda_burundi (BUJUMBURA, Kigali, Vugizo, South Kivu, `Burundi's army` (generic), `local
    # officials`, `a military source` not tagged)
    ("d07_rwanda_burundi", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d07_rwanda_burundi", "Burundi", [0, 1, 2, 3, 5], "COUNTRY", BURUNDI, "Burundi", "name"),  # 4 in the group's name
    ("d07_rwanda_burundi", "Rwanda", [0, 1, 2, 3], "COUNTRY", RWANDA, "Rwanda", "name"),  # 4 in the RDF
    ("d07_rwanda_burundi", "Martin Niteretse", [0], "OFFICIAL", None, "Martin Niteretse", "name"),
    ("d07_rwanda_burundi", "RTNB", [0], "ORG", None, "Radio-T\u00e9l\u00e9vision Nationale du Burundi", "acronym"),
    ("d07_rwanda_burundi", "Rwandan", [0], "COUNTRY", RWANDA, "Rwanda", "demonym"),
    ("d07_rwanda_burundi", "RED-Tabara", "all", "GROUP", None, "RED-Tabara", "name"),
    ("d07_rwanda_burundi", "Congolese", [0], "COUNTRY", DRC, "Democratic Republic of the Congo", "demonym"),
    ("d07_rwanda_burundi", "\u00c9variste Ndayishimiye", [0], "OFFICIAL", None, "\u00c9variste Ndayishimiye", "name"),
    ("d07_rwanda_burundi", "Yolande Makolo", [0], "OFFICIAL", None, "Yolande Makolo", "name"),
    ("d07_rwanda_burundi", "Rwanda Defence Force", [0], "ORG", None, "Rwanda Defence Force", "name"),
    ("d07_rwanda_burundi", "Resistance for the Rule of Law in Burundi", [0], "GROUP", None, "RED-Tabara", "alias"),
    ("d07_rwanda_burundi", "Democratic Republic of Congo", [0], "COUNTRY", DRC, "Democratic Republic of the Congo",
     "name"),
    ("d07_rwanda_burundi", "Pierre Nkurunziza", [0], "OFFICIAL", None, "Pierre Nkurunziza", "name"),
    ("d07_rwanda_burundi", "East African Community", [0], "ORG", None, "East African Community", "name"),
    # d08_chechnya (GROZNY, Grozny, Moscow, Chechnya and `Chechen` (a Russian republic, not a state),
    # the North Caucasus, Instagram, parliament, the Kremlin, `an Islamic state` (lower case, a form
    # of government, not the group) not tagged; two Kadyrovs: Ramzan (head of Chechnya) and his
    # late father Akhmad (former president of the region))
    ("d08_chechnya", "Kadyrov", [0, 2], "OFFICIAL", None, "Ramzan Kadyrov", "surname"),  # headline, `Kadyrov said`
    ("d08_chechnya", "Russia", "all", "COUNTRY", RUSSIA, "Russia", "name"),  # dateline, `Russia's`
    ("d08_chechnya", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d08_chechnya", "National Anti-Terrorism Committee", [0], "ORG", None, "National Anti-Terrorism Committee",
     "name"),
    ("d08_chechnya", "Ramzan Kadyrov", "all", "OFFICIAL", None, "Ramzan Kadyrov", "name"),
    ("d08_chechnya", "Caucasus Emirate", [0], "GROUP", None, "Caucasus Emirate", "name"),
    ("d08_chechnya", "Vladimir Putin", [0], "OFFICIAL", None, "Vladimir Putin", "name"),
    ("d08_chechnya", "Dmitry Peskov", [0], "OFFICIAL", None, "Dmitry Peskov", "name"),
    ("d08_chechnya", "Akhmad Kadyrov", [0], "OFFICIAL", None, "Akhmad Kadyrov", "name"),
]

# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# --------------------------------------------------------------------------------------------
DATES = [
    # d01_newcaledonia, document date 2024-05-16 (Thursday, 2024-W20)
    ("d01_newcaledonia", "May 16", 0, "DATE", "2024-05-16", "document"),
    ("d01_newcaledonia", "Wednesday", 0, "DATE", "2024-05-15", "document"),
    ("d01_newcaledonia", "Wednesday", 1, "DATE", "2024-05-15", "document"),
    ("d01_newcaledonia", "Monday", 0, "DATE", "2024-05-13", "document"),  # "since Monday"
    ("d01_newcaledonia", "Monday", 1, "DATE", "2024-05-13", "document"),
    ("d01_newcaledonia", "10 years", 0, "DURATION", "P10Y", "absolute"),
    ("d01_newcaledonia", "Tuesday", 0, "DATE", "2024-05-14", "document"),  # "closed since Tuesday"
    ("d01_newcaledonia", "overnight", 0, "TIME", "2024-05-15TNI", "document"),  # the night to Thursday
    ("d01_newcaledonia", "at least 12 days", 0, "DURATION", "P12D", "absolute"),
    ("d01_newcaledonia", "1853", 0, "DATE", "1853", "absolute"),
    ("d01_newcaledonia", "2018", 0, "DATE", "2018", "absolute"),  # "since 2018"
    # d02_trinidad, document date 2024-12-31 (Tuesday, ISO week 2025-W01)
    ("d02_trinidad", "Monday", 0, "DATE", "2024-12-30", "document"),
    ("d02_trinidad", "this year", 0, "DATE", "2024", "document"),
    ("d02_trinidad", "0300 GMT", 0, "TIME", "2024-12-30T03:00", "document"),  # "at 0300 GMT on Monday"
    ("d02_trinidad", "Monday", 1, "DATE", "2024-12-30", "document"),
    ("d02_trinidad", "15 days", 0, "DURATION", "P15D", "absolute"),
    ("d02_trinidad", "late Sunday", 0, "DATE", "2024-12-29", "document"),
    ("d02_trinidad", "last week", 0, "DATE", "2024-W52", "document"),
    ("d02_trinidad", "2024", 0, "DATE", "2024", "absolute"),
    ("d02_trinidad", "1962", 0, "DATE", "1962", "absolute"),
    ("d02_trinidad", "the previous year", 0, "DATE", "2023", "document"),  # the year before 2024
    ("d02_trinidad", "2020", 0, "DATE", "2020", "absolute"),  # "since 2020"
    ("d02_trinidad", "August 2011", 0, "DATE", "2011-08", "absolute"),
    ("d02_trinidad", "more than three months", 0, "DURATION", "P3M", "absolute"),
    ("d02_trinidad", "Jan. 10", 0, "DATE", "2025-01-10", "document"),  # future sitting
    ("d02_trinidad", "every day", 0, "SET", "P1D", "absolute"),
    ("d02_trinidad", "two weeks", 0, "DURATION", "P2W", "absolute"),  # "in two weeks"
    # d03_canada_india, document date 2023-09-19 (Tuesday, 2023-W38)
    ("d03_canada_india", "Sept 19", 0, "DATE", "2023-09-19", "document"),
    ("d03_canada_india", "Tuesday", 0, "DATE", "2023-09-19", "document"),
    ("d03_canada_india", "five days", 0, "DURATION", "P5D", "absolute"),
    ("d03_canada_india", "a day", 0, "DURATION", "P1D", "absolute"),  # "a day after" (blind12/13)
    ("d03_canada_india", "June 18", 0, "DATE", "2023-06-18", "document"),
    ("d03_canada_india", "2020", 0, "DATE", "2020", "absolute"),
    ("d03_canada_india", "Monday", 0, "DATE", "2023-09-18", "document"),
    ("d03_canada_india", "months", 0, "DURATION", "PXM", "absolute"),  # "for months"
    ("d03_canada_india", "earlier this month", 0, "DATE", "2023-09", "document"),
    ("d03_canada_india", "Sept. 10", 0, "DATE", "2023-09-10", "document"),
    # d04_solomon, no JSONL date; the byline date Monday, 29 November 2021 (2021-W48)
    ("d04_solomon", "Monday, 29 November 2021", 0, "DATE", "2021-11-29", "absolute"),
    ("d04_solomon", "Sunday", 0, "DATE", "2021-11-28", "document"),
    ("d04_solomon", "three days", 0, "DURATION", "P3D", "absolute"),
    ("d04_solomon", "Friday", 0, "DATE", "2021-11-26", "document"),
    ("d04_solomon", "Thursday", 0, "DATE", "2021-11-25", "document"),
    ("d04_solomon", "next week", 0, "DATE", "2021-W49", "document"),
    ("d04_solomon", "Wednesday, 24 November", 0, "DATE", "2021-11-24", "document"),
    ("d04_solomon", "2019", 0, "DATE", "2019", "absolute"),
    ("d04_solomon", "2017", 0, "DATE", "2017", "absolute"),  # "a 2017 security treaty"
    ("d04_solomon", "two decades", 0, "DURATION", "P20Y", "absolute"),
    ("d04_solomon", "36-hour", 0, "DURATION", "PT36H", "absolute"),
    ("d04_solomon", "Friday evening", 0, "TIME", "2021-11-26TEV", "document"),
    ("d04_solomon", "the end of the week", 0, "DATE", "2021-W48", "document"),
    # d05_cyprus, document date 1996-08-15 (Thursday); the shooting Wednesday 1996-08-14
    ("d05_cyprus", "FOUR DAYS", 0, "DURATION", "P4D", "absolute"),  # headline
    ("d05_cyprus", "AUG 15", 0, "DATE", "1996-08-15", "document"),
    ("d05_cyprus", "WEDNESDAY", 0, "DATE", "1996-08-14", "document"),
    ("d05_cyprus", "HOURS", 0, "DURATION", "PTXH", "absolute"),  # "HOURS AFTER THE FUNERAL" (blind13)
    ("d05_cyprus", "SUNDAY", 0, "DATE", "1996-08-11", "document"),
    ("d05_cyprus", "1974", 0, "DATE", "1974", "absolute"),
    ("d05_cyprus", "22 YEARS", 0, "DURATION", "P22Y", "absolute"),
    # d06_egypt_sudan, document date 2023-06-12 (Monday, 2023-W24)
    ("d06_egypt_sudan", "12 June 2023", 0, "DATE", "2023-06-12", "absolute"),
    ("d06_egypt_sudan", "mid-April", 0, "DATE", "2023-04", "document"),
    ("d06_egypt_sudan", "Saturday", 0, "DATE", "2023-06-10", "document"),
    ("d06_egypt_sudan", "10 June", 0, "DATE", "2023-06-10", "document"),
    ("d06_egypt_sudan", "the weekend", 0, "DATE", "2023-W23-WE", "document"),
    ("d06_egypt_sudan", "15 April", 0, "DATE", "2023-04-15", "document"),
    ("d06_egypt_sudan", "Saturday", 1, "DATE", "2023-06-10", "document"),
    ("d06_egypt_sudan", "eight weeks", 0, "DURATION", "P8W", "absolute"),
    ("d06_egypt_sudan", "more than a few days", 0, "DURATION", "PXD", "absolute"),
    # d07_rwanda_burundi, document date 2024-01-11 (Thursday, 2024-W02)
    ("d07_rwanda_burundi", "Jan 11", 0, "DATE", "2024-01-11", "document"),
    ("d07_rwanda_burundi", "Thursday", 0, "DATE", "2024-01-11", "document"),
    ("d07_rwanda_burundi", "last month", 0, "DATE", "2023-12", "document"),
    ("d07_rwanda_burundi", "Dec. 22", 0, "DATE", "2023-12-22", "document"),
    ("d07_rwanda_burundi", "Dec. 29", 0, "DATE", "2023-12-29", "document"),
    ("d07_rwanda_burundi", "2015", 0, "DATE", "2015", "absolute"),  # "since 2015, when ..."
    ("d07_rwanda_burundi", "2022", 0, "DATE", "2022", "absolute"),
    ("d07_rwanda_burundi", "more than six years", 0, "DURATION", "P6Y", "absolute"),
    ("d07_rwanda_burundi", "the past two weeks", 0, "DURATION", "P2W", "absolute"),
    ("d07_rwanda_burundi", "Tuesday", 0, "DATE", "2024-01-09", "document"),
    # d08_chechnya, document date 2014-12-04 (Thursday)
    ("d08_chechnya", "December 4, 2014", 0, "DATE", "2014-12-04", "absolute"),
    ("d08_chechnya", "early Thursday", 0, "DATE", "2014-12-04", "document"),
    ("d08_chechnya", "years", 0, "DURATION", "PXY", "absolute"),  # "the deadliest attack ... in years"
    ("d08_chechnya", "12-hour", 0, "DURATION", "PT12H", "absolute"),
    ("d08_chechnya", "about 1 a.m.", 0, "TIME", "2014-12-04T01:00", "document"),
    ("d08_chechnya", "the morning", 0, "TIME", "2014-12-04TMO", "document"),
    ("d08_chechnya", "the same day", 0, "DATE", "2014-12-04", "document"),
    ("d08_chechnya", "May 9, 2004", 0, "DATE", "2004-05-09", "absolute"),
    ("d08_chechnya", "2007", 0, "DATE", "2007", "absolute"),
    ("d08_chechnya", "the 1990s", 0, "DATE", "199", "absolute"),
]

# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, surface, occurrence, label, min, max, approximate, negated, victims)
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    # d01_newcaledonia ("more than 130 people had been arrested" is not a casualty)
    ("d01_newcaledonia", "left four people dead, including a gendarme", 0, "KILLED", 4, 4, False, False, "people"),
    ("d01_newcaledonia", "hundreds injured", 0, "INJURED", 200, 999, True, False, None),
    ("d01_newcaledonia", "a 22-year-old gendarme had died", 0, "KILLED", 1, 1, False, False, "22-year-old gendarme"),
    ("d01_newcaledonia", "a second gendarme was seriously wounded", 0, "INJURED", 1, 1, False, False, "gendarme"),
    ("d01_newcaledonia", "Three Kanak residents, among them a 17-year-old, were shot dead", 0, "KILLED", 3, 3, False,
     False, "Kanak residents"),
    ("d01_newcaledonia", "at least 64 police officers and gendarmes had been injured", 0, "INJURED", 64, None, False,
     False, "police officers and gendarmes"),
    ("d01_newcaledonia", "two people were missing", 0, "MISSING", 2, 2, False, False, "people"),
    ("d01_newcaledonia", "No one was injured", 0, "INJURED", 0, 0, False, True, None),
    # d02_trinidad (`a string of killings` has no count)
    ("d02_trinidad", "more than 620 people were killed", 0, "KILLED", 620, None, False, False, "people"),
    ("d02_trinidad", "three men were shot dead", 0, "KILLED", 3, 3, False, False, "men"),
    ("d02_trinidad", "a fourth was wounded", 0, "INJURED", 1, 1, False, False, None),
    ("d02_trinidad", "624 murders", 0, "KILLED", 624, 624, False, False, None),
    # d03_canada_india (one death stated three times: each statement is annotated)
    ("d03_canada_india", "killing of a Sikh separatist leader", 0, "KILLED", 1, 1, False, False,
     "Sikh separatist leader"),
    ("d03_canada_india", "Hardeep Singh Nijjar, a Canadian citizen, was shot dead", 0, "KILLED", 1, 1, False, False,
     "Hardeep Singh Nijjar"),
    ("d03_canada_india", "killing of a Canadian citizen", 0, "KILLED", 1, 1, False, False, "Canadian citizen"),
    # d04_solomon (`more than 100 people have been arrested` is not a casualty)
    ("d04_solomon", "three charred bodies", 0, "KILLED", 3, 3, False, False, None),
    ("d04_solomon", "A police officer was injured", 0, "INJURED", 1, 1, False, False, "police officer"),
    # d05_cyprus (`THE VICTIMS WERE IDENTIFIED AS ...` names the two dead again with no trigger;
    # `NO ONE WAS ARRESTED` is not a casualty)
    ("d05_cyprus", "GREEK CYPRIOT SHOT DEAD", 0, "KILLED", 1, 1, False, False, "GREEK CYPRIOT"),  # headline
    ("d05_cyprus", "SHOT DEAD A GREEK CYPRIOT PROTESTER", 0, "KILLED", 1, 1, False, False, "GREEK CYPRIOT PROTESTER"),
    ("d05_cyprus", "HIS COUSIN, WHO WAS BEATEN TO DEATH", 0, "KILLED", 1, 1, False, False, "HIS COUSIN"),
    ("d05_cyprus", "AT LEAST 11 OTHER PEOPLE, INCLUDING TWO BRITISH PEACEKEEPERS, WERE WOUNDED", 0, "INJURED", 11,
     None, False, False, "OTHER PEOPLE"),
    # d06_egypt_sudan (`tens of thousands to escape`, `hundreds of families had been stranded`,
    # `More than 200,000 people have crossed` are not casualties)
    ("d06_egypt_sudan", "at least 17 people, including five children, were killed", 0, "KILLED", 17, None, False,
     False, "people"),
    # d07_rwanda_burundi
    ("d07_rwanda_burundi", "killed 20 people", 0, "KILLED", 20, 20, False, False, "people"),
    ("d07_rwanda_burundi", "20 civilians were killed, among them 12 children and a pregnant woman", 0, "KILLED", 20,
     20, False, False, "civilians"),
    ("d07_rwanda_burundi", "Nine others were wounded", 0, "INJURED", 9, 9, False, False, "others"),
    ("d07_rwanda_burundi", "a teacher was abducted", 0, "KIDNAPPED", 1, 1, False, False, "teacher"),
    ("d07_rwanda_burundi", "a police officer was also killed", 0, "KILLED", 1, 1, False, False, "police officer"),
    ("d07_rwanda_burundi", "killed several rebels", 0, "KILLED", 3, 9, True, False, "rebels"),
    ("d07_rwanda_burundi", "Two soldiers are missing", 0, "MISSING", 2, 2, False, False, "soldiers"),
    # d08_chechnya
    ("d08_chechnya", "killing 14 police officers", 0, "KILLED", 14, 14, False, False, "police officers"),
    ("d08_chechnya", "killed all 11 gunmen", 0, "KILLED", 11, 11, False, False, "gunmen"),
    ("d08_chechnya", "Another 36 police officers were wounded", 0, "INJURED", 36, 36, False, False, "police officers"),
    ("d08_chechnya", "No civilians were killed", 0, "KILLED", 0, 0, False, True, "civilians"),
    ("d08_chechnya", "shot dead three traffic policemen", 0, "KILLED", 3, 3, False, False, "traffic policemen"),
    ("d08_chechnya", "Akhmad Kadyrov, the former president of the region, was killed", 0, "KILLED", 1, 1, False, False,
     "Akhmad Kadyrov"),
]


# --------------------------------------------------------------------------------------------
# QUOTES: (doc, exact quotation with its marks, occurrence, closed, (speaker surface, occurrence
# or None for the nearest), speaker entity or None, (cue surface, occurrence or None))
# --------------------------------------------------------------------------------------------
def off(name):
    return (None, name, "officials")


QUOTES = [
    # d01_newcaledonia (straight double quotes, British punctuation outside the marks once)
    ("d01_newcaledonia", "\"We will restore order, whatever it takes,\"", 0, True, ("Darmanin", 1),
     off("G\u00e9rald Darmanin"), ("told", 0)),
    ("d01_newcaledonia", "\"insurrectional\"", 0, True, ("Louis Le Franc", 0), off("Louis Le Franc"),
     ("described", 0)),
    ("d01_newcaledonia", "\"Nobody should underestimate what is happening here,\"", 0, True, ("he", None),
     off("Louis Le Franc"), ("told", None)),
    ("d01_newcaledonia", "\"groundless\"", 0, True, ("Azerbaijani foreign ministry", 0), None, ("called", 0)),
    # d02_trinidad (curly double quotes)
    ("d02_trinidad", "\u201cWe are not going to allow criminals to hold this country to ransom,\u201d", 0, True,
     ("Young", 1), off("Stuart Young"), ("told", 0)),
    ("d02_trinidad", "\u201cThis is not a decision we took lightly.\u201d", 0, True, ("Young", 1), off("Stuart Young"),
     ("told", 0)),
    ("d02_trinidad", "\u201ca sign of failure\u201d", 0, True, ("Persad-Bissessar", 1), off("Kamla Persad-Bissessar"),
     ("called", 0)),
    ("d02_trinidad", "\u201chot spots\u201d", 0, True, ("Fitzgerald Hinds", 0), off("Fitzgerald Hinds"), ("said", 4)),
    # d03_canada_india (straight double quotes)
    ("d03_canada_india", "\"credible allegations\"", 0, True, ("Justin Trudeau", 0), off("Justin Trudeau"),
     ("said", 0)),
    ("d03_canada_india", "\"terrorist\"", 0, True, ("India", 1), (INDIA, "India", "countries"), ("designated", 0)),
    ("d03_canada_india", "\"Any involvement of a foreign government in the killing of a Canadian citizen on Canadian "
     "soil is an unacceptable violation of our sovereignty,\"", 0, True, ("Trudeau", 1), off("Justin Trudeau"),
     ("told", 0)),
    ("d03_canada_india", "\"We expect India to cooperate fully with us,\"", 0, True, ("she", None),
     off("M\u00e9lanie Joly"), ("told", 1)),
    ("d03_canada_india", "\"and to get to the bottom of this matter.\"", 0, True, ("she", None),
     off("M\u00e9lanie Joly"), ("told", 1)),
    ("d03_canada_india", "\"absurd and motivated.\"", 0, True, ("Ministry of External Affairs", 0), None,
     ("rejected", 0)),
    ("d03_canada_india", "\"deep concerns\"", 0, True, ("Arindam Bagchi", 0), off("Arindam Bagchi"), ("said", None)),
    ("d03_canada_india", "\"anti-India activities\"", 0, True, ("he", None), off("Arindam Bagchi"), ("called", 0)),
    ("d03_canada_india", "\"all the facts\"", 0, True, ("Pierre Poilievre", 0), off("Pierre Poilievre"),
     ("called for", 0)),
    ("d03_canada_india", "\"deeply concerned\"", 0, True, ("Adrienne Watson", 0), off("Adrienne Watson"),
     ("said", None)),
    # d04_solomon (curly single quotes, the closing mark also the apostrophe)
    ("d04_solomon", "\u2018foreign powers\u2019", 0, True, ("Manasseh Sogavare", 0), off("Manasseh Sogavare"),
     ("blamed", 0)),
    ("d04_solomon", "\u2018I will not bow down to anyone,\u2019", 0, True, ("he", None), off("Manasseh Sogavare"),
     ("told", 0)),
    ("d04_solomon", "\u2018We are a sovereign country.\u2019", 0, True, ("he", None), off("Manasseh Sogavare"),
     ("told", 0)),
    ("d04_solomon", "\u2018arrogance\u2019", 0, True, ("Daniel Suidani", 0), off("Daniel Suidani"), ("said", None)),
    ("d04_solomon", "\u2018take sides\u2019", 0, True, ("Scott Morrison", 0), off("Scott Morrison"), ("said", 3)),
    ("d04_solomon", "\u2018seriously concerned\u2019", 0, True, ("Beijing", 0), (CHINA, "China", "countries"),
     ("said", None)),
    ("d04_solomon", "\u2018My shop was everything I had,\u2019", 0, True, ("Li Wen", 0), None, ("said", None)),
    ("d04_solomon", "\u2018Now it is ash.\u2019", 0, True, ("Li Wen", 0), None, ("said", None)),
    # d05_cyprus (ALL CAPS, straight double quotes)
    ("d05_cyprus", "\"AN ACT OF BARBARISM\"", 0, True, ("GLAFCOS CLERIDES", 0), off("Glafcos Clerides"),
     ("CALLED", 0)),
    ("d05_cyprus", "\"THE WORLD SAW WHAT HAPPENED,\"", 0, True, ("HE", None), off("Glafcos Clerides"),
     ("SAID", None)),
    ("d05_cyprus", "\"WE WILL NOT ALLOW OUR LAND TO BE INVADED,\"", 0, True, ("DENKTASH", 1), off("Rauf Denktash"),
     ("TOLD", 0)),
    # d06_egypt_sudan (straight double quotes; unnamed speakers)
    ("d06_egypt_sudan", "\"combat illegal activities\"", 0, True, ("foreign ministry", 0), None, ("said", 0)),
    ("d06_egypt_sudan", "\"We are following orders,\"", 0, True, ("he", None), None, ("told", 0)),
    ("d06_egypt_sudan", "\"organise the flow\"", 0, True, ("spokesman", 0), None, ("said", None)),
    ("d06_egypt_sudan", "\"human shields\"", 0, True, ("senior army officer", 0), None, ("blamed", 0)),
    ("d06_egypt_sudan", "\"deeply worried\"", 0, True, ("UNHCR official", 0), None, ("said", None)),
    ("d06_egypt_sudan", "\"People are sleeping in the open in temperatures above 40 degrees,\"", 0, True,
     ("she", None), None, ("said", None)),
    # d07_rwanda_burundi (straight double quotes)
    ("d07_rwanda_burundi", "\"until further notice\"", 0, True, ("Martin Niteretse", 0), off("Martin Niteretse"),
     ("told", 0)),
    ("d07_rwanda_burundi", "\"feeding, housing and financing\"", 0, True, ("\u00c9variste Ndayishimiye", 0),
     off("\u00c9variste Ndayishimiye"), ("said", None)),
    ("d07_rwanda_burundi", "\"We have the proof,\"", 0, True, ("he", None), off("\u00c9variste Ndayishimiye"),
     ("said", None)),
    ("d07_rwanda_burundi", "\"unfortunate\"", 0, True, ("Yolande Makolo", 0), off("Yolande Makolo"), ("said", 4)),
    ("d07_rwanda_burundi", "\"violates the principles of regional cooperation\"", 0, True, ("Yolande Makolo", 0),
     off("Yolande Makolo"), ("said", 4)),  # Makolo's `said`, not the nearer `She said` of the next sentence
    ("d07_rwanda_burundi", "\"concerned\"", 0, True, ("East African Community", 0),
     (None, "East African Community", "orgs"), ("said", None)),
    # d08_chechnya (straight double quotes, speakers before the quotation)
    ("d08_chechnya", "\"All the bandits have been destroyed.\"", 0, True, ("Ramzan Kadyrov", 0),
     off("Ramzan Kadyrov"), ("wrote", 0)),
    ("d08_chechnya", "\"I am sure that the local law enforcement will deal with this properly.\"", 0, True,
     ("Vladimir Putin", 0), off("Vladimir Putin"), ("said", None)),
    ("d08_chechnya", "\"doing their duty\"", 0, True, ("He", None), off("Vladimir Putin"), ("praised", 0)),
]


if __name__ == "__main__":
    run("blind15", ENTITIES, DATES, CASUALTIES, QUOTES)
