#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind25.

Texts: tests/fixtures/blind25/news.jsonl (eight original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors (the table layout
follows scripts/make_blind24_gold.py; the offsets, checks and writer are scripts/goldlib.py).

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, that spans of one type do not overlap, that every document of news.jsonl is
in every output file, and writes tests/fixtures/gold/blind25.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind25_gold.py [--show]   (--show prints every span in context)
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
MALI, FRANCE, USA, RUSSIA, CHINA, BELGIUM, ALGERIA = ("Q912", "Q142", "Q30", "Q159", "Q148", "Q31", "Q262")
UK, TUNISIA, IVORY_COAST, MAURITANIA, GERMANY, LEBANON = ("Q145", "Q948", "Q1008", "Q1025", "Q183", "Q822")
NORTH_MACEDONIA, PAKISTAN, INDIA, AFGHANISTAN, IRAQ, NIGER, EGYPT = ("Q221", "Q843", "Q668", "Q889", "Q796",
                                                                    "Q1032", "Q79")
UN, UNSC = ("Q1065", "Q37470")
AL_JAZEERA = "Q1046"

ENTITIES = [
    # d01_bamako (radio transcript; Bamako ×3, N'Djamena, Paris (seat of government), the Radisson
    # Blu hotel, the presenter Ruth Adeyemi and the correspondent Didier Kamara / KAMARA
    # (journalists), the driver Mamadou Sidibé (no official), the Koran not tagged)
    ("d01_bamako", "Malian", "all", "COUNTRY", MALI, "Mali", "demonym"),  # capital, officials, special forces
    ("d01_bamako", "French", "all", "COUNTRY", FRANCE, "France", "demonym"),  # troops, the French president
    ("d01_bamako", "American", [0], "COUNTRY", USA, "United States", "demonym"),
    ("d01_bamako", "Salif Traor\u00e9", [0], "OFFICIAL", None, "Salif Traor\u00e9", "name"),
    ("d01_bamako", "ORTM", [0], "ORG", None, "ORTM", "acronym"),
    ("d01_bamako", "Russians", [0], "COUNTRY", RUSSIA, "Russia", "demonym"),
    ("d01_bamako", "Chinese", [0], "COUNTRY", CHINA, "China", "demonym"),
    ("d01_bamako", "Belgian", [0], "COUNTRY", BELGIUM, "Belgium", "demonym"),
    ("d01_bamako", "Al Jazeera", [0], "ORG", AL_JAZEERA, "Al Jazeera", "name"),
    ("d01_bamako", "al-Mourabitoun", [0], "GROUP", None, "Al-Mourabitoun", "name"),
    ("d01_bamako", "Algerian", [0], "COUNTRY", ALGERIA, "Algeria", "demonym"),
    ("d01_bamako", "Mokhtar Belmokhtar", [0], "OFFICIAL", None, "Mokhtar Belmokhtar", "name"),
    ("d01_bamako", "al-Qaeda in the Islamic Maghreb", [0], "GROUP", None, "Al-Qaeda in the Islamic Maghreb",
     "name"),
    ("d01_bamako", "AQIM", [0], "GROUP", None, "Al-Qaeda in the Islamic Maghreb", "acronym"),
    ("d01_bamako", "Ibrahim Boubacar Ke\u00efta", [0], "OFFICIAL", None, "Ibrahim Boubacar Ke\u00efta", "name"),
    ("d01_bamako", "G5 Sahel", [0], "ORG", None, "G5 Sahel", "name"),
    ("d01_bamako", "Ke\u00efta", [1], "OFFICIAL", None, "Ibrahim Boubacar Ke\u00efta", "surname"),  # Mr Keïta
    ("d01_bamako", "Mali", [0], "COUNTRY", MALI, "Mali", "name"),
    ("d01_bamako", "Fran\u00e7ois Hollande", [0], "OFFICIAL", None, "Fran\u00e7ois Hollande", "name"),
    ("d01_bamako", "UN", [0], "ORG", UN, "United Nations", "acronym"),
    ("d01_bamako", "MINUSMA", [0], "ORG", None, "MINUSMA", "acronym"),

    # d02_sousse (regional paper; Tipton ×3, Sousse ×2, Port El Kantaoui, the hotel, the Foreign
    # Office, the Interior Ministry (by function), Cobra (a cabinet committee named after its
    # briefing room), the Courier (a newspaper), the victims Margaret / Derek Pryce, the gunman,
    # the constituency West Bromwich West, Tipton library not tagged)
    ("d02_sousse", "Britons", "all", "COUNTRY", UK, "United Kingdom", "demonym"),  # headline, number of, 15
    ("d02_sousse", "Tunisia", "all", "COUNTRY", TUNISIA, "Tunisia", "name"),  # headline, Tunisia’s ×2
    ("d02_sousse", "British", "all", "COUNTRY", UK, "United Kingdom", "demonym"),  # holidaymakers ×2
    ("d02_sousse", "Tunisian", "all", "COUNTRY", TUNISIA, "Tunisia", "demonym"),  # beach, officials
    ("d02_sousse", "Philip Hammond", [0], "OFFICIAL", None, "Philip Hammond", "name"),
    ("d02_sousse", "David Cameron", [0], "OFFICIAL", None, "David Cameron", "name"),
    ("d02_sousse", "Islamic State", [0], "GROUP", None, "Islamic State", "name"),
    ("d02_sousse", "IS", [0], "GROUP", None, "Islamic State", "acronym"),
    ("d02_sousse", "Beji Caid Essebsi", [0], "OFFICIAL", None, "Beji Caid Essebsi", "name"),
    ("d02_sousse", "Habib Essid", [0], "OFFICIAL", None, "Habib Essid", "name"),
    ("d02_sousse", "Adrian Bailey", [0], "OFFICIAL", None, "Adrian Bailey", "name"),
    ("d02_sousse", "West Midlands Police", [0], "ORG", None, "West Midlands Police", "name"),

    # d03_grandbassam (chronology; Grand-Bassam ×2, Abidjan ×4, the Etoile du Sud hotel, Kalashnikovs,
    # the fisherman Koffi Yao not tagged; the `Côte d'Ivoire` inside UNOCI's name is part of it)
    ("d03_grandbassam", "Ivorian", "all", "COUNTRY", IVORY_COAST, "Ivory Coast", "demonym"),  # ×3
    ("d03_grandbassam", "Alassane Ouattara", [0], "OFFICIAL", None, "Alassane Ouattara", "name"),
    ("d03_grandbassam", "C\u00f4te d'Ivoire", [0], "COUNTRY", IVORY_COAST, "Ivory Coast", "name"),  # 1 in UNOCI's
    ("d03_grandbassam", "Al-Qaeda in the Islamic Maghreb", [0], "GROUP", None, "Al-Qaeda in the Islamic Maghreb",
     "name"),
    ("d03_grandbassam", "AQIM", [0], "GROUP", None, "Al-Qaeda in the Islamic Maghreb", "acronym"),
    ("d03_grandbassam", "Mauritanian", [0], "COUNTRY", MAURITANIA, "Mauritania", "demonym"),
    ("d03_grandbassam", "Al Akhbar", [0], "ORG", None, "Al Akhbar", "name"),
    ("d03_grandbassam", "French", "all", "COUNTRY", FRANCE, "France", "demonym"),  # -led, nationals, Minister
    ("d03_grandbassam", "Mali", "all", "COUNTRY", MALI, "Mali", "name"),  # in Mali, Mali's government
    ("d03_grandbassam", "Hamed Bakayoko", [0], "OFFICIAL", None, "Hamed Bakayoko", "name"),
    ("d03_grandbassam", "Bakayoko", [1], "OFFICIAL", None, "Hamed Bakayoko", "surname"),
    ("d03_grandbassam", "German", [0], "COUNTRY", GERMANY, "Germany", "demonym"),
    ("d03_grandbassam", "Lebanese", [0], "COUNTRY", LEBANON, "Lebanon", "demonym"),
    ("d03_grandbassam", "Macedonian", [0], "COUNTRY", NORTH_MACEDONIA, "North Macedonia", "demonym"),
    ("d03_grandbassam", "Jean-Marc Ayrault", [0], "OFFICIAL", None, "Jean-Marc Ayrault", "name"),
    ("d03_grandbassam", "Bernard Cazeneuve", [0], "OFFICIAL", None, "Bernard Cazeneuve", "name"),
    ("d03_grandbassam", "France", [0], "COUNTRY", FRANCE, "France", "name"),
    ("d03_grandbassam", "Ivory Coast", "all", "COUNTRY", IVORY_COAST, "Ivory Coast", "name"),  # quote, last line
    ("d03_grandbassam", "Ayrault", [1], "OFFICIAL", None, "Jean-Marc Ayrault", "surname"),
    ("d03_grandbassam", "UN Operation in C\u00f4te d'Ivoire", [0], "ORG", None, "UN Operation in C\u00f4te d'Ivoire",
     "name"),
    ("d03_grandbassam", "UNOCI", [0], "ORG", None, "UN Operation in C\u00f4te d'Ivoire", "acronym"),

    # d04_quetta (police press release; Quetta ×3 and QUETTA, Manno Jan Road, the Civil Hospital, the Combined
    # Military Hospital / CMH, the Balochistan Bar Association and its president Bilal Anwar Kasi
    # (no official), the Health Department, `the Police` (generic), `CCPO Quetta` (an office), the
    # Emergency Department, Police Helpline not tagged; titles `Advocate`, `Mr.`, `Nawab`, `Mir`,
    # `Chief Minister Balochistan`, `Inspector General of Police Balochistan` stay outside)
    ("d04_quetta", "BALOCHISTAN POLICE", [0], "ORG", None, "Balochistan Police", "name"),
    ("d04_quetta", "Aaj News", [0], "ORG", None, "Aaj News", "name"),
    ("d04_quetta", "Dawn News", [0], "ORG", None, "Dawn News", "name"),
    ("d04_quetta", "Frontier Corps Balochistan", [0], "ORG", None, "Frontier Corps Balochistan", "name"),
    ("d04_quetta", "FC", [0], "ORG", None, "Frontier Corps Balochistan", "acronym"),
    ("d04_quetta", "Ahsan Mehboob", [0], "OFFICIAL", None, "Ahsan Mehboob", "name"),
    ("d04_quetta", "Pakistan", [0], "COUNTRY", PAKISTAN, "Pakistan", "name"),  # 1 is in the TTP's name
    ("d04_quetta", "Jamaat-ul-Ahrar", [0], "GROUP", None, "Jamaat-ul-Ahrar", "name"),
    ("d04_quetta", "JuA", [0], "GROUP", None, "Jamaat-ul-Ahrar", "acronym"),
    ("d04_quetta", "Tehreek-e-Taliban Pakistan", [0], "GROUP", None, "Tehrik-i-Taliban Pakistan", "name"),
    ("d04_quetta", "TTP", [0], "GROUP", None, "Tehrik-i-Taliban Pakistan", "acronym"),
    ("d04_quetta", "Daesh", [0], "GROUP", None, "Islamic State", "alias"),
    ("d04_quetta", "Counter Terrorism Department", [0], "ORG", None, "Counter Terrorism Department", "name"),
    ("d04_quetta", "CTD", [0], "ORG", None, "Counter Terrorism Department", "acronym"),
    ("d04_quetta", "Sanaullah Khan Zehri", [0], "OFFICIAL", None, "Sanaullah Khan Zehri", "name"),
    ("d04_quetta", "India", [0], "COUNTRY", INDIA, "India", "name"),  # India's
    ("d04_quetta", "Research and Analysis Wing", [0], "ORG", None, "Research and Analysis Wing", "name"),
    ("d04_quetta", "RAW", [0], "ORG", None, "Research and Analysis Wing", "acronym"),
    ("d04_quetta", "Sarfraz Bugti", [0], "OFFICIAL", None, "Sarfraz Bugti", "name"),

    # d05_kabul (UN press release; SC/14617, Kabul, Hamid Karzai International Airport (an airport:
    # the person inside its name is part of the untagged name), `Council` alone in `Council
    # President` not tagged; the `Iraq` inside the ISIL names and the `Afghanistan` and `United
    # Nations` inside UNAMA's name are part of them)
    ("d05_kabul", "Security Council", "all", "ORG", UNSC, "United Nations Security Council", "name"),
    ("d05_kabul", "T.S. Tirumurti", [0], "OFFICIAL", None, "T. S. Tirumurti", "name"),
    ("d05_kabul", "India", [0], "COUNTRY", INDIA, "India", "name"),
    ("d05_kabul", "Afghanistan", [0, 1], "COUNTRY", AFGHANISTAN, "Afghanistan", "name"),  # 2 in UNAMA's name
    ("d05_kabul", "Islamic State in Iraq and the Levant\u2013Khorasan Province", [0], "GROUP", None,
     "Islamic State \u2013 Khorasan Province", "name"),
    ("d05_kabul", "ISIL-K", [0], "GROUP", None, "Islamic State \u2013 Khorasan Province", "acronym"),
    ("d05_kabul", "Islamic State in Iraq and the Levant", [1], "GROUP", None, "Islamic State", "name"),  # 0 in ISIL-K's
    ("d05_kabul", "Da'esh", [0], "GROUP", None, "Islamic State", "alias"),
    ("d05_kabul", "United States", "all", "COUNTRY", USA, "United States", "name"),  # service members, Governments
    ("d05_kabul", "United Kingdom of Great Britain and Northern Ireland", [0], "COUNTRY", UK, "United Kingdom",
     "alias"),
    ("d05_kabul", "Taliban", [0], "GROUP", None, "Taliban", "name"),  # Taliban's
    ("d05_kabul", "Afghans", "all", "COUNTRY", AFGHANISTAN, "Afghanistan", "demonym"),  # ×2
    ("d05_kabul", "Ant\u00f3nio Guterres", [0], "OFFICIAL", None, "Ant\u00f3nio Guterres", "name"),
    ("d05_kabul", "United Nations", [0], "ORG", UN, "United Nations", "name"),  # quote; 1 in UNAMA's name
    ("d05_kabul", "United Nations Assistance Mission in Afghanistan", [0], "ORG", None,
     "United Nations Assistance Mission in Afghanistan", "name"),
    ("d05_kabul", "UNAMA", [0], "ORG", None, "United Nations Assistance Mission in Afghanistan", "acronym"),
    ("d05_kabul", "Deborah Lyons", [0], "OFFICIAL", None, "Deborah Lyons", "name"),
    ("d05_kabul", "UN", [0], "ORG", UN, "United Nations", "acronym"),  # UN national staff

    # d06_mosul (military communiqué; MEDIA CELL, Mosul ×2, the Old City ×2, the Tigris, the al-Nuri
    # mosque, `the Armed Forces` in the Commander-in-Chief's title, the bare `Coalition` (the head
    # noun of the International Coalition alone) not tagged; the `Iraqi` inside the Iraqi Air Force
    # and the Iraqi Security Forces is part of them)
    ("d06_mosul", "REPUBLIC OF IRAQ", [0], "COUNTRY", IRAQ, "Iraq", "alias"),
    ("d06_mosul", "JOINT OPERATIONS COMMAND", [0], "ORG", None, "Joint Operations Command", "name"),
    ("d06_mosul", "Counter-Terrorism Service", "all", "ORG", None, "Counter-Terrorism Service", "name"),  # ×2
    ("d06_mosul", "CTS", [0], "ORG", None, "Counter-Terrorism Service", "acronym"),
    ("d06_mosul", "Federal Police", "all", "ORG", None, "Federal Police", "name"),  # ×2
    ("d06_mosul", "9th Armoured Division", [0], "ORG", None, "9th Armoured Division", "name"),
    ("d06_mosul", "16th Infantry Division", [0], "ORG", None, "16th Infantry Division", "name"),
    ("d06_mosul", "Emergency Response Division", [0], "ORG", None, "Emergency Response Division", "name"),
    ("d06_mosul", "Iraqi Air Force", [0], "ORG", None, "Iraqi Air Force", "name"),
    ("d06_mosul", "Army Aviation", [0], "ORG", None, "Iraqi Army Aviation", "name"),
    ("d06_mosul", "International Coalition", [0], "ORG", None, "Global Coalition to Defeat ISIS", "name"),
    ("d06_mosul", "Daesh", "all", "GROUP", None, "Islamic State", "alias"),  # ×2
    ("d06_mosul", "Abdul-Amir Rasheed Yarallah", [0], "OFFICIAL", None, "Abdul-Amir Rasheed Yarallah", "name"),
    ("d06_mosul", "Nineveh Liberation Operations", [0], "ORG", None, "Nineveh Liberation Operations Command",
     "name"),
    ("d06_mosul", "Iraqi", [1, 2], "COUNTRY", IRAQ, "Iraq", "demonym"),  # flag, people; 0 Air Force, 3 Security Forces
    ("d06_mosul", "Yarallah", [1], "OFFICIAL", None, "Abdul-Amir Rasheed Yarallah", "surname"),  # General Yarallah
    ("d06_mosul", "Raed Shaker Jawdat", [0], "OFFICIAL", None, "Raed Shaker Jawdat", "name"),
    ("d06_mosul", "Haider al-Abadi", [0], "OFFICIAL", None, "Haider al-Abadi", "name"),
    ("d06_mosul", "Combined Joint Task Force - Operation Inherent Resolve", [0], "ORG", None,
     "Combined Joint Task Force \u2013 Operation Inherent Resolve", "name"),
    ("d06_mosul", "CJTF-OIR", [0], "ORG", None, "Combined Joint Task Force \u2013 Operation Inherent Resolve",
     "acronym"),
    ("d06_mosul", "Stephen J. Townsend", [0], "OFFICIAL", None, "Stephen J. Townsend", "name"),
    ("d06_mosul", "Iraqi Security Forces", [0], "ORG", None, "Iraqi Security Forces", "name"),
    ("d06_mosul", "Iraq", [0], "COUNTRY", IRAQ, "Iraq", "name"),  # support Iraq
    ("d06_mosul", "Yahya Rasool", [0], "OFFICIAL", None, "Yahya Rasool", "name"),
    ("d06_mosul", "Joint Operations Command", [0], "ORG", None, "Joint Operations Command", "name"),

    # d07_inates (NGO field report; the NGO Sahel Protection Monitor and its staff, Tillabéri,
    # Ayorou ×3, Abala ×3, Ouallam, Inates ×4, Sanam, Chinagodrar ×2, Pau, Niger's `Ministry of
    # Defence` and `the ministry` (by function), `the army` not tagged)
    ("d07_inates", "Niger", "all", "COUNTRY", NIGER, "Niger", "name"),  # header, Niger's Ministry
    ("d07_inates", "Islamic State in the Greater Sahara", [0], "GROUP", None, "Islamic State in the Greater Sahara",
     "name"),
    ("d07_inates", "ISGS", [0], "GROUP", None, "Islamic State in the Greater Sahara", "acronym"),
    ("d07_inates", "Adnan Abu Walid al-Sahrawi", [0], "OFFICIAL", None, "Adnan Abu Walid al-Sahrawi", "name"),
    ("d07_inates", "Mahamadou Issoufou", [0], "OFFICIAL", None, "Mahamadou Issoufou", "name"),
    ("d07_inates", "Egypt", [0], "COUNTRY", EGYPT, "Egypt", "name"),
    ("d07_inates", "Zakaria Abdourahaman", [0], "OFFICIAL", None, "Zakaria Abdourahaman", "name"),
    ("d07_inates", "T\u00e9l\u00e9 Sahel", [0], "ORG", None, "T\u00e9l\u00e9 Sahel", "name"),
    ("d07_inates", "Nigerien", "all", "COUNTRY", NIGER, "Niger", "demonym"),  # army, armed forces
    ("d07_inates", "Emmanuel Macron", [0], "OFFICIAL", None, "Emmanuel Macron", "name"),
    ("d07_inates", "France", [0], "COUNTRY", FRANCE, "France", "name"),
    ("d07_inates", "G5 Sahel", [0], "ORG", None, "G5 Sahel", "name"),
    ("d07_inates", "Ahmed Mohamed", [0], "OFFICIAL", None, "Ahmed Mohamed", "name"),
    ("d07_inates", "Salifou Mody", [0], "OFFICIAL", None, "Salifou Mody", "name"),
    ("d07_inates", "Operation Barkhane", [0], "ORG", None, "Operation Barkhane", "name"),

    # d08_lahore (op-ed; Lahore, Gulshan-e-Iqbal Park, Punjab ×4 (a province), the Nuclear Security
    # Summit, Washington, Rawalpindi, Peshawar, the Army Public School, the National Action Plan,
    # Jinnah Hospital, Twitter, the columnist, the father Shahid Masih, `Christians`, `Muslims`,
    # `the army`, `the Prime Minister` (a role) not tagged; `Pakistani Taliban` is one GROUP)
    ("d08_lahore", "Jamaat-ul-Ahrar", [0], "GROUP", None, "Jamaat-ul-Ahrar", "name"),
    ("d08_lahore", "Pakistani Taliban", [0], "GROUP", None, "Tehrik-i-Taliban Pakistan", "alias"),
    ("d08_lahore", "Ehsanullah Ehsan", [0], "OFFICIAL", None, "Ehsanullah Ehsan", "name"),
    ("d08_lahore", "Nawaz Sharif", [0], "OFFICIAL", None, "Nawaz Sharif", "name"),
    ("d08_lahore", "Shahbaz Sharif", [0], "OFFICIAL", None, "Shahbaz Sharif", "name"),
    ("d08_lahore", "Raheel Sharif", [0], "OFFICIAL", None, "Raheel Sharif", "name"),
    ("d08_lahore", "Inter-Services Public Relations", [0], "ORG", None, "Inter-Services Public Relations", "name"),
    ("d08_lahore", "ISPR", "all", "ORG", None, "Inter-Services Public Relations", "acronym"),  # ×2
    ("d08_lahore", "Rangers", "all", "ORG", None, "Punjab Rangers", "alias"),  # the Rangers, Rangers takeover
    ("d08_lahore", "Asim Saleem Bajwa", [0], "OFFICIAL", None, "Asim Saleem Bajwa", "name"),
    ("d08_lahore", "Rana Sanaullah", [0], "OFFICIAL", None, "Rana Sanaullah", "name"),
]


# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# Clock times keep the reading as written. `absolute` where the text gives the full date (also a
# clock time in the same clause as a full date); `document` where resolved against the document
# date.
# --------------------------------------------------------------------------------------------
DATES = [
    # d01_bamako, document date 2015-11-20 (Friday, 2015-W47), also in the transcript header.
    # Not dates: the age `41`, `seven-storey`, `Earlier`, `G5`
    ("d01_bamako", "Friday 20 November 2015", 0, "DATE", "2015-11-20", "absolute"),
    ("d01_bamako", "18:00 GMT", 0, "TIME", "2015-11-20T18:00", "absolute"),
    ("d01_bamako", "7 a.m.", 0, "TIME", "2015-11-20T07:00", "document"),
    ("d01_bamako", "nine hours", 0, "DURATION", "PT9H", "absolute"),
    ("d01_bamako", "now", 0, "DATE", "PRESENT_REF", "document"),
    ("d01_bamako", "this afternoon", 0, "TIME", "2015-11-20TAF", "document"),
    ("d01_bamako", "tonight", 0, "TIME", "2015-11-20TNI", "document"),
    ("d01_bamako", "10-day", 0, "DURATION", "P10D", "absolute"),
    ("d01_bamako", "three days", 0, "DURATION", "P3D", "absolute"),
    ("d01_bamako", "Monday", 0, "DATE", "2015-11-23", "document"),
    ("d01_bamako", "hours", 1, "DURATION", "PTXH", "absolute"),  # only hours after; 0 is in nine hours
    ("d01_bamako", "last week", 0, "DATE", "2015-W46", "document"),
    ("d01_bamako", "seven", 1, "TIME", "2015-11-20T19:00", "document"),  # more ... at seven

    # d02_sousse, document date 2015-06-27 (Saturday, 2015-W26), also in the masthead line.
    # Not dates: the ages `64`, `67`, `23-year-old`, `40th wedding anniversary`
    ("d02_sousse", "Saturday, 27 June 2015", 0, "DATE", "2015-06-27", "absolute"),
    ("d02_sousse", "yesterday", 0, "DATE", "2015-06-26", "document"),
    ("d02_sousse", "last night", 0, "TIME", "2015-06-26TNI", "document"),
    ("d02_sousse", "about 11.50 a.m.", 0, "TIME", "2015-06-26T11:50", "document"),
    ("d02_sousse", "this morning", 0, "TIME", "2015-06-27TMO", "document"),
    ("d02_sousse", "last night", 1, "TIME", "2015-06-26TNI", "document"),
    ("d02_sousse", "a week", 0, "DURATION", "P1W", "absolute"),  # within a week
    ("d02_sousse", "1975", 0, "DATE", "1975", "absolute"),
    ("d02_sousse", "19 June", 0, "DATE", "2015-06-19", "document"),
    ("d02_sousse", "a fortnight", 0, "DURATION", "P2W", "absolute"),  # a fortnight’s holiday
    ("d02_sousse", "9 a.m.", 0, "TIME", "2015-06-29T09:00", "document"),
    ("d02_sousse", "Monday", 0, "DATE", "2015-06-29", "document"),
    ("d02_sousse", "the weekend", 0, "DATE", "2015-W26-WE", "document"),

    # d03_grandbassam, no `date` field: the compiler line's `20 March 2016` (Sunday, 2016-W11) is
    # the document date. Entry headings are a date and a time of day: two expressions each.
    # Not dates: the age `52`, `40 km`, `first of its kind`
    ("d03_grandbassam", "20 March 2016", 0, "DATE", "2016-03-20", "absolute"),
    ("d03_grandbassam", "every weekend", 0, "SET", "XXXX-WXX-WE", "absolute"),
    ("d03_grandbassam", "the past seven days", 0, "DURATION", "P7D", "absolute"),
    ("d03_grandbassam", "March 13", 0, "DATE", "2016-03-13", "document"),
    ("d03_grandbassam", "about 12.45 p.m.", 0, "TIME", "2016-03-13T12:45", "document"),
    ("d03_grandbassam", "March 13", 1, "DATE", "2016-03-13", "document"),
    ("d03_grandbassam", "3 p.m.", 0, "TIME", "2016-03-13T15:00", "document"),
    ("d03_grandbassam", "the evening", 0, "TIME", "2016-03-13TEV", "document"),
    ("d03_grandbassam", "March 13", 2, "DATE", "2016-03-13", "document"),
    ("d03_grandbassam", "night", 0, "TIME", "2016-03-13TNI", "document"),
    ("d03_grandbassam", "March 14", 0, "DATE", "2016-03-14", "document"),
    ("d03_grandbassam", "March 15", 0, "DATE", "2016-03-15", "document"),
    ("d03_grandbassam", "March 16", 0, "DATE", "2016-03-16", "document"),
    ("d03_grandbassam", "Three days", 0, "DURATION", "P3D", "absolute"),
    ("d03_grandbassam", "March 17", 0, "DATE", "2016-03-17", "document"),
    ("d03_grandbassam", "Sunday", 0, "DATE", "2016-03-13", "document"),  # missing since Sunday (the attack)
    ("d03_grandbassam", "March 18", 0, "DATE", "2016-03-18", "document"),
    ("d03_grandbassam", "March 19", 0, "DATE", "2016-03-19", "document"),
    ("d03_grandbassam", "now", 0, "DATE", "PRESENT_REF", "document"),
    ("d03_grandbassam", "a decade", 0, "DURATION", "P10Y", "absolute"),

    # d04_quetta, no `date` field: the release's dotted dd.mm.yy `Dated: 09.08.16` (Tuesday,
    # 2016-W32) is the document date; the other dd.mm.yy dates are absolute, and clock times on
    # 08.08.16 take that day. Not dates: `No. 117/PR/16`, the age `20-25 years`, `8-10 kg`,
    # `Helpline 15`, the paragraph numbers
    ("d04_quetta", "09.08.16", 0, "DATE", "2016-08-09", "absolute"),
    ("d04_quetta", "08.08.16", 0, "DATE", "2016-08-08", "absolute"),  # subject line
    ("d04_quetta", "08.08.16", 1, "DATE", "2016-08-08", "absolute"),
    ("d04_quetta", "about 0735 hours", 0, "TIME", "2016-08-08T07:35", "absolute"),
    ("d04_quetta", "0940 hours", 0, "TIME", "2016-08-08T09:40", "absolute"),
    ("d04_quetta", "2200 hours", 0, "TIME", "2016-08-08T22:00", "absolute"),
    ("d04_quetta", "08.08.16", 2, "DATE", "2016-08-08", "absolute"),
    ("d04_quetta", "15 minutes", 0, "DURATION", "PT15M", "absolute"),
    ("d04_quetta", "three days", 0, "DURATION", "P3D", "absolute"),
    ("d04_quetta", "08.08.16", 3, "DATE", "2016-08-08", "absolute"),
    ("d04_quetta", "10.08.16", 0, "DATE", "2016-08-10", "absolute"),
    ("d04_quetta", "15.08.16", 0, "DATE", "2016-08-15", "absolute"),
    ("d04_quetta", "every Monday", 0, "SET", "XXXX-WXX-1", "absolute"),
    ("d04_quetta", "this month", 0, "DATE", "2016-08", "document"),

    # d05_kabul, document date 2021-08-27 (Friday, 2021-W34), also the release's date line.
    # Not dates: `SC/14617`, `ISIL-K`
    ("d05_kabul", "27 AUGUST 2021", 0, "DATE", "2021-08-27", "absolute"),
    ("d05_kabul", "today", 0, "DATE", "2021-08-27", "document"),
    ("d05_kabul", "26 August 2021", 0, "DATE", "2021-08-26", "absolute"),
    ("d05_kabul", "31 August", 0, "DATE", "2021-08-31", "document"),
    ("d05_kabul", "Friday", 0, "DATE", "2021-08-27", "document"),
    ("d05_kabul", "the past two weeks", 0, "DURATION", "P2W", "absolute"),

    # d06_mosul, document date 2017-07-10 (Monday, 2017-W28), also in the communiqué line.
    # Not dates: `No. 311`, `9th`, `16th`, the paragraph numbers
    ("d06_mosul", "1400 hrs", 0, "TIME", "2017-07-10T14:00", "absolute"),
    ("d06_mosul", "Monday, 10 July 2017", 0, "DATE", "2017-07-10", "absolute"),
    ("d06_mosul", "0930 hrs", 0, "TIME", "2017-07-10T09:30", "document"),
    ("d06_mosul", "today", 0, "DATE", "2017-07-10", "document"),
    ("d06_mosul", "21 June", 0, "DATE", "2017-06-21", "document"),
    ("d06_mosul", "the past 24 hours", 0, "DURATION", "PT24H", "absolute"),
    ("d06_mosul", "yesterday", 0, "DATE", "2017-07-09", "document"),
    ("d06_mosul", "17 October 2016", 0, "DATE", "2016-10-17", "absolute"),
    ("d06_mosul", "nearly nine months", 0, "DURATION", "P9M", "absolute"),
    ("d06_mosul", "the coming weeks", 0, "DURATION", "PXW", "absolute"),

    # d07_inates, document date 2020-01-20 (Monday, 2020-W04), also the `Published` line; the
    # list's year-less dates fall in the reporting period. Not dates: `Report No. 4`, the age `34`,
    # `10 million CFA francs`
    ("d07_inates", "20 January 2020", 0, "DATE", "2020-01-20", "absolute"),
    ("d07_inates", "10 December 2019", 0, "DATE", "2019-12-10", "absolute"),
    ("d07_inates", "15 January 2020", 0, "DATE", "2020-01-15", "absolute"),
    ("d07_inates", "Tuesday, 10 December", 0, "DATE", "2019-12-10", "document"),
    ("d07_inates", "25 December", 0, "DATE", "2019-12-25", "document"),
    ("d07_inates", "Thursday, 9 January", 0, "DATE", "2020-01-09", "document"),
    ("d07_inates", "several hours", 0, "DURATION", "PTXH", "absolute"),
    ("d07_inates", "12 January", 0, "DATE", "2020-01-12", "document"),
    ("d07_inates", "14 January", 0, "DATE", "2020-01-14", "document"),
    ("d07_inates", "three days", 0, "DURATION", "P3D", "absolute"),  # three days later
    ("d07_inates", "three days", 1, "DURATION", "P3D", "absolute"),  # of national mourning
    ("d07_inates", "13 January", 0, "DATE", "2020-01-13", "document"),
    ("d07_inates", "the past six weeks", 0, "DURATION", "P6W", "absolute"),
    ("d07_inates", "every night", 0, "SET", "XXXX-XX-XXTNI", "absolute"),
    ("d07_inates", "now", 0, "DATE", "PRESENT_REF", "document"),
    ("d07_inates", "8 January", 0, "DATE", "2020-01-08", "document"),

    # d08_lahore, document date 2016-04-03 (Sunday, 2016-W13), also the section line's American
    # date. Easter 2016 was Sunday 27 March. Not dates: `seven-year-old`, `20 points`
    ("d08_lahore", "Sunday, April 3, 2016", 0, "DATE", "2016-04-03", "absolute"),
    ("d08_lahore", "A week ago today", 0, "DATE", "2016-03-27", "document"),
    ("d08_lahore", "Easter Sunday", 0, "DATE", "2016-03-27", "document"),
    ("d08_lahore", "2014", 0, "DATE", "2014", "absolute"),
    ("d08_lahore", "Easter", 1, "DATE", "2016-03-27", "document"),  # Christians celebrating Easter
    ("d08_lahore", "Monday night", 0, "TIME", "2016-03-28TNI", "document"),
    ("d08_lahore", "three days", 0, "DURATION", "P3D", "absolute"),
    ("d08_lahore", "hours", 0, "DURATION", "PTXH", "absolute"),  # within hours
    ("d08_lahore", "Wednesday", 0, "DATE", "2016-03-30", "document"),
    ("d08_lahore", "years", 0, "DURATION", "PXY", "absolute"),  # for years
    ("d08_lahore", "December 2014", 0, "DATE", "2014-12", "absolute"),
    ("d08_lahore", "Sixteen months", 0, "DURATION", "P16M", "absolute"),
]


# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, surface, occurrence, label, min, max, approximate, negated, victims)
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    # d01_bamako (`some guests were let go` (no count), `seven-storey`, the age `41`, `last week's
    # attacks` (no count) are not casualties)
    ("d01_bamako", "held about 170 guests and staff", 0, "KIDNAPPED", 170, 170, True, False, "guests and staff"),
    ("d01_bamako", "at least 19 people were killed", 0, "KILLED", 19, None, False, False, "people"),
    ("d01_bamako", "two attackers were dead", 0, "KILLED", 2, 2, False, False, "attackers"),
    ("d01_bamako", "the toll was put at 27", 0, "KILLED", 27, 27, False, False, None),
    # 6 + 3 + 1
    ("d01_bamako", "Among the dead, I'm told, are six Russians from an airline crew, three Chinese executives and a "
     "Belgian parliamentary official", 0, "KILLED", 10, 10, False, False,
     "Russians from an airline crew, three Chinese executives and a Belgian parliamentary official"),
    ("d01_bamako", "none of its staff inside the hotel had been hurt", 0, "INJURED", 0, 0, False, True,
     "staff inside the hotel"),

    # d02_sousse (the headline's `Tipton grandmother among Britons killed` and `the number of
    # Britons killed` (no count word), `was treated for a leg wound` and `The gunman ... was shot
    # dead` (one person named by a definite description, no count word), `some 80 mosques`, `some
    # 2,500 British holidaymakers would be flown home` are not annotated)
    ("d02_sousse", "A Tipton grandmother was among the British holidaymakers shot dead", 0, "KILLED", 1, 1, False,
     False, "Tipton grandmother"),
    ("d02_sousse", "38 people had been killed", 0, "KILLED", 38, 38, False, False, "people"),
    ("d02_sousse", "39 injured", 0, "INJURED", 39, 39, False, False, None),
    ("d02_sousse", "at least 15 Britons were among the dead", 0, "KILLED", 15, None, False, False, "Britons"),

    # d03_grandbassam (`four of them French nationals` is part of its toll; the toll's enumeration
    # after the colon is its parts; `15 people have been detained` (arrests), `no Ivorian national
    # took part` are not casualties)
    ("d03_grandbassam", "16 people were killed", 0, "KILLED", 16, 16, False, False, "people"),
    ("d03_grandbassam", "raises the toll to 19", 0, "KILLED", 19, 19, False, False, None),
    ("d03_grandbassam", "the three attackers were \"neutralised\"", 0, "KILLED", 3, 3, False, False, "attackers"),
    ("d03_grandbassam", "33 people are being treated for gunshot wounds", 0, "INJURED", 33, 33, False, False,
     "people"),
    ("d03_grandbassam", "The victims include a German woman, a Lebanese man and a Macedonian", 0, "KILLED", 3, 3,
     False, False, "German woman, a Lebanese man and a Macedonian"),
    ("d03_grandbassam", "two of its civilian staff who had been missing", 0, "MISSING", 2, 2, False, False,
     "civilian staff"),

    # d04_quetta (`Bilal Anwar Kasi ... was shot dead` (one named person, no count word), `two
    # unknown motorcyclists` (attackers), `of whom 23 were shifted` (part of the injured, same
    # sentence), `no one would be spared` (no casualty) are not annotated; the toll's `including`
    # list is one statement with it)
    ("d04_quetta", "70 persons embraced shahadat", 0, "KILLED", 70, 70, False, False, "persons"),
    ("d04_quetta", "Over 112 persons were injured", 0, "INJURED", 112, None, False, False, "persons"),
    ("d04_quetta", "Two persons are still missing", 0, "MISSING", 2, 2, False, False, "persons"),

    # d05_kabul (`Afghans may travel`, `the thousands of Afghans who had crowded` are not casualties)
    ("d05_kabul", "more than 170 civilians killed", 0, "KILLED", 170, None, False, False, "civilians"),
    ("d05_kabul", "over 150 injured", 0, "INJURED", 150, None, False, False, None),
    ("d05_kabul", "the deaths of 13 United States service members", 0, "KILLED", 13, 13, False, False,
     "United States service members"),
    ("d05_kabul", "injuries to 18 others", 0, "INJURED", 18, 18, False, False, "others"),
    ("d05_kabul", "lost three of its nationals", 0, "KILLED", 3, 3, False, False, "nationals"),

    # d06_mosul (`among them 11 foreign fighters` is part of its statement; `seven booby-trapped
    # vehicles`, `our righteous martyrs` (no count) are not casualties)
    ("d06_mosul", "killed 64 Daesh terrorists", 0, "KILLED", 64, 64, False, False, "Daesh terrorists"),
    ("d06_mosul", "rescued 280 civilians held as human shields", 0, "KIDNAPPED", 280, 280, False, False, "civilians"),
    ("d06_mosul", "killed 21 snipers", 0, "KILLED", 21, 21, False, False, "snipers"),
    ("d06_mosul", "three of their own fighters were martyred", 0, "KILLED", 3, 3, False, False, "fighters"),
    ("d06_mosul", "14 others wounded", 0, "INJURED", 14, 14, False, False, "others"),

    # d07_inates (`several hundred assailants` (attackers), `ransom of 10 million CFA francs`, `no
    # casualties reported` ("casualties" mixes killed and injured), `Some 3,000 people have fled`,
    # `two of our own vehicles` are not casualties; `(initial toll: 25)` is a separate, earlier
    # statement)
    ("d07_inates", "71 soldiers killed", 0, "KILLED", 71, 71, False, False, "soldiers"),
    ("d07_inates", "12 wounded", 0, "INJURED", 12, 12, False, False, None),
    ("d07_inates", "14 soldiers killed", 0, "KILLED", 14, 14, False, False, "soldiers"),
    ("d07_inates", "89 soldiers killed", 0, "KILLED", 89, 89, False, False, "soldiers"),
    ("d07_inates", "initial toll: 25", 0, "KILLED", 25, 25, False, False, None),
    ("d07_inates", "two traders abducted", 0, "KIDNAPPED", 2, 2, False, False, "traders"),
    ("d07_inates", "between 30 and 40 soldiers were still unaccounted for", 0, "MISSING", 30, 40, True, False,
     "soldiers"),

    # d08_lahore (`29 of them children` is part of its toll; `five suspected terrorists had been
    # arrested`, `more than 5,000 people had been detained` (arrests), `whose seven-year-old son died`
    # (one person, no count word), `the Army Public School massacre` (no count) are not annotated)
    ("d08_lahore", "At least 72 people were killed", 0, "KILLED", 72, None, False, False, "people"),
    ("d08_lahore", "more than 340 were wounded", 0, "INJURED", 340, None, False, False, None),
]


# --------------------------------------------------------------------------------------------
# QUOTES: (doc, exact quotation with its marks, occurrence, closed, (speaker surface, occurrence
# or None for the nearest), speaker entity or None, (cue surface, occurrence or None))
# --------------------------------------------------------------------------------------------
def off(name):
    return (None, name, "officials")


QUOTES = [
    # d01_bamako (straight double quotes; the transcript's turns are not in quotation marks: not
    # quotations; straight single quotes for a group's words; a quotation broken by its attribution;
    # a role-noun speaker)
    ("d01_bamako", "\"there are no more hostages in the hands of the terrorists.\"", 0, True, ("Salif Traor\u00e9", 0),
     off("Salif Traor\u00e9"), ("told", 0)),
    ("d01_bamako", "'in cooperation with our brothers'", 0, True, ("al-Mourabitoun", 0),
     (None, "Al-Mourabitoun", "groups"), ("claimed", 0)),
    ("d01_bamako", "\"They asked me to say the shahada,\"", 0, True, ("he", None), None, ("said", None)),
    ("d01_bamako", "\"and then they told me to run.\"", 0, True, ("he", None), None, ("said", None)),
    ("d01_bamako", "\"not bow to terror.\"", 0, True, ("Ke\u00efta", 1), off("Ibrahim Boubacar Ke\u00efta"),
     ("said", None)),
    ("d01_bamako", "\"Once again, terrorists want to make their barbaric presence felt,\"", 0, True,
     ("the French president", 0), off("Fran\u00e7ois Hollande"), ("said", None)),

    # d02_sousse (British curly single quotes beside curly apostrophes (`wasn’t`, `government’s`); a
    # quotation with a double-quoted quotation nested inside it: the outer one only; `said:` before a
    # quotation; a pronoun speaker; a quotation after `adding:`)
    ("d02_sousse", "\u2018I heard what I thought were fireworks. A young lad from the hotel kept shouting \u201cget "
     "down, get down\u201d, and then everybody was running. Maggie wasn\u2019t.\u2019", 0, True, ("Pryce", 1), None,
     ("told", 0)),
    ("d02_sousse", "\u2018may well rise\u2019", 0, True, ("Philip Hammond", 0), off("Philip Hammond"),
     ("warning", 0)),
    ("d02_sousse", "\u2018united in grief\u2019", 0, True, ("David Cameron", 0), off("David Cameron"), ("said", None)),
    ("d02_sousse", "\u2018These were innocent people, enjoying a holiday in the sun,\u2019", 0, True, ("he", None),
     off("David Cameron"), ("said", None)),
    ("d02_sousse", "\u2018We will not be cowed.\u2019", 0, True, ("he", None), off("David Cameron"), ("said", None)),
    ("d02_sousse", "\u2018in shock\u2019", 0, True, ("Adrian Bailey", 0), off("Adrian Bailey"), ("said", None)),
    ("d02_sousse", "\u2018Margaret was the heart of her street.\u2019", 0, True, ("Adrian Bailey", 0),
     off("Adrian Bailey"), ("adding", 0)),

    # d03_grandbassam (straight double quotes in the present tense of a timeline (`says`, `tells`);
    # a quotation broken by its attribution; a one-word partial quotation inside a casualty span)
    ("d03_grandbassam", "\"Our country has been attacked by terrorist cowards,\"", 0, True, ("he", None),
     off("Alassane Ouattara"), ("says", None)),
    ("d03_grandbassam", "\"but C\u00f4te d'Ivoire will not be intimidated.\"", 0, True, ("he", None),
     off("Alassane Ouattara"), ("says", None)),
    ("d03_grandbassam", "\"neutralised\"", 0, True, ("He", None), off("Hamed Bakayoko"), ("says", None)),
    ("d03_grandbassam", "\"France stands shoulder to shoulder with Ivory Coast,\"", 0, True, ("Ayrault", 1),
     off("Jean-Marc Ayrault"), ("tells", 0)),
    ("d03_grandbassam", "\"Nobody comes. The tourists are afraid of the sea now.\"", 0, True, ("Koffi Yao", 0), None,
     ("says", None)),

    # d04_quetta (straight double quotes; `said:` before a quotation; `He stated that` before a
    # partial quotation)
    ("d04_quetta", "\"The enemies of Pakistan want to silence the voice of the legal community. They will not "
     "succeed.\"", 0, True, ("Ahsan Mehboob", 0), off("Ahsan Mehboob"), ("said", None)),
    ("d04_quetta", "\"behind this cowardly act\"", 0, True, ("He", None), off("Sanaullah Khan Zehri"),
     ("stated", 0)),

    # d05_kabul (the press statement's own reported speech has no marks; straight double quotes with
    # punctuation outside a partial quotation; `adding:` before a quotation)
    ("d05_kabul", "\"underscores the volatility of the situation on the ground\"", 0, True, ("Ant\u00f3nio Guterres", 0),
     off("Ant\u00f3nio Guterres"), ("told", 0)),
    ("d05_kabul", "\"The United Nations will stay and deliver.\"", 0, True, ("Ant\u00f3nio Guterres", 0),
     off("Ant\u00f3nio Guterres"), ("adding", 0)),

    # d06_mosul (a quotation broken by its attribution with a role-noun speaker; a partial quotation
    # after `calling their victory`)
    ("d06_mosul", "\"We announce from here the end of the state of falsehood,\"", 0, True, ("the Prime Minister", 0),
     off("Haider al-Abadi"), ("said", None)),
    ("d06_mosul", "\"and we promise our people that the next battle will be no less decisive.\"", 0, True,
     ("the Prime Minister", 0), off("Haider al-Abadi"), ("said", None)),
    ("d06_mosul", "\"a hard-fought one that the whole world should salute\"", 0, True, ("Stephen J. Townsend", 0),
     off("Stephen J. Townsend"), ("calling", 0)),

    # d07_inates (straight double quotes and straight single quotes; non-official role-noun speakers)
    ("d07_inates", "\"fought heroically against a horde of terrorists\"", 0, True, ("Zakaria Abdourahaman", 0),
     off("Zakaria Abdourahaman"), ("said", None)),
    ("d07_inates", "'They come every night now. We hear the motorbikes and we run to the river.'", 0, True,
     ("A displaced woman", 0), None, ("told", None)),
    ("d07_inates", "'People are not fleeing the army; they are fleeing the silence.'", 0, True,
     ("our field coordinator", 0), None, ("put it", 0)),

    # d08_lahore (straight double quotes, an apostrophe inside one (`children's`); a quotation
    # continued into the next paragraph: the first paragraph's part has no closing mark and is its
    # own, unclosed, quotation; both take `He spoke quietly:`; `the Prime Minister` in the last line
    # is no speaker)
    ("d08_lahore", "\"allow these savages to take away our children's future\"", 0, True, ("Nawaz Sharif", 0),
     off("Nawaz Sharif"), ("said", None)),
    ("d08_lahore", "\"a huge cache of arms\"", 0, True, ("Asim Saleem Bajwa", 0), off("Asim Saleem Bajwa"),
     ("wrote", 0)),
    ("d08_lahore", "\"a joint effort, not a Rangers takeover\"", 0, True, ("Rana Sanaullah", 0),
     off("Rana Sanaullah"), ("told", 0)),
    ("d08_lahore", "\"Sahiba, he wanted to ride the swings one more time before we went home.", 0, False,
     ("He", None), None, ("spoke", 0)),
    ("d08_lahore", "\"Tell me which of these promises will bring him back.\"", 0, True, ("He", None), None,
     ("spoke", 0)),
]

if __name__ == "__main__":
    run("blind25", ENTITIES, DATES, CASUALTIES, QUOTES)
