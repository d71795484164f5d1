#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind23.

Texts: tests/fixtures/blind23/news.jsonl (eight original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors (the table layout
follows scripts/make_blind22_gold.py; the offsets, checks and writer are scripts/goldlib.py).

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, that spans of one type do not overlap, that every document of news.jsonl is
in every output file, and writes tests/fixtures/gold/blind23.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind23_gold.py [--show]   (--show prints every span in context)
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
PERU, JAPAN, SPAIN, GERMANY, BRAZIL, CANADA, USA = ("Q419", "Q17", "Q29", "Q183", "Q155", "Q16", "Q30")
BANGLADESH, ITALY, SRI_LANKA, INDIA, ETHIOPIA, ERITREA = ("Q902", "Q38", "Q854", "Q668", "Q115", "Q986")
CAR, SOUTH_AFRICA, CHAD, LIBYA, PHILIPPINES, TURKEY = ("Q929", "Q258", "Q657", "Q1016", "Q928", "Q43")
UK, HAITI, FRANCE, JAMAICA = ("Q145", "Q790", "Q142", "Q766")
UN, UNSC, AU, NATO = ("Q1065", "Q37470", "Q7159", "Q7184")
REUTERS, AP, AFP, FBI = ("Q130879", "Q40469", "Q40464", "Q8333")

ENTITIES = [
    # d01_lima (ALL CAPS; LIMA ×3, TOKYO, the SAN ISIDRO district, the RED CROSS (an NGO) and its
    # delegate MICHEL MINNIG (no official) not tagged; the PERU inside RADIO PROGRAMAS DEL PERU is
    # part of that broadcaster's name. VICTOR POLAY, the group's jailed founder, is an official as
    # the leader of an armed group)
    ("d01_lima", "PERU", [0, 2], "COUNTRY", PERU, "Peru", "name"),  # headline, PRESS PERU; 1 is the radio's
    ("d01_lima", "JAPANESE", "all", "COUNTRY", JAPAN, "Japan", "demonym"),  # headline, AMBASSADOR
    ("d01_lima", "REUTER", [0], "ORG", REUTERS, "Reuters", "alias"),
    ("d01_lima", "TUPAC AMARU REVOLUTIONARY MOVEMENT", [0], "GROUP", None, "Tupac Amaru Revolutionary Movement",
     "name"),
    ("d01_lima", "MRTA", "all", "GROUP", None, "Tupac Amaru Revolutionary Movement", "acronym"),  # ×3
    ("d01_lima", "MORIHISA AOKI", [0], "OFFICIAL", None, "Morihisa Aoki", "name"),
    ("d01_lima", "FRANCISCO TUDELA", [0], "OFFICIAL", None, "Francisco Tudela", "name"),
    ("d01_lima", "RODOLFO MUNANTE", [0], "OFFICIAL", None, "Rodolfo Mu\u00f1ante", "name"),
    ("d01_lima", "SPAIN", [0], "COUNTRY", SPAIN, "Spain", "name"),
    ("d01_lima", "GERMANY", [0], "COUNTRY", GERMANY, "Germany", "name"),
    ("d01_lima", "BRAZIL", [0], "COUNTRY", BRAZIL, "Brazil", "name"),
    ("d01_lima", "NESTOR CERPA CARTOLINI", [0], "OFFICIAL", None, "N\u00e9stor Cerpa Cartolini", "name"),
    ("d01_lima", "RADIO PROGRAMAS DEL PERU", [0], "ORG", None, "Radio Programas del Per\u00fa", "name"),
    ("d01_lima", "VICTOR POLAY", [0], "OFFICIAL", None, "V\u00edctor Polay", "name"),
    ("d01_lima", "CANADIAN", [0], "COUNTRY", CANADA, "Canada", "demonym"),
    ("d01_lima", "ANTHONY VINCENT", [0], "OFFICIAL", None, "Anthony Vincent", "name"),
    ("d01_lima", "ALBERTO FUJIMORI", [0], "OFFICIAL", None, "Alberto Fujimori", "name"),
    ("d01_lima", "JUAN BRIONES", [0], "OFFICIAL", None, "Juan Briones D\u00e1vila", "name"),
    ("d01_lima", "ANTI-TERRORISM DIRECTORATE", [0], "ORG", None, "Anti-Terrorism Directorate", "name"),
    ("d01_lima", "DINCOTE", [0], "ORG", None, "Anti-Terrorism Directorate", "acronym"),
    ("d01_lima", "RYUTARO HASHIMOTO", [0], "OFFICIAL", None, "Ryutaro Hashimoto", "name"),
    ("d01_lima", "YUKIHIKO IKEDA", [0], "OFFICIAL", None, "Yukihiko Ikeda", "name"),
    ("d01_lima", "UNITED STATES", [0], "COUNTRY", USA, "United States", "name"),
    ("d01_lima", "DENNIS JETT", [0], "OFFICIAL", None, "Dennis Jett", "name"),
    ("d01_lima", "SHINING PATH", [0], "GROUP", None, "Shining Path", "name"),
    ("d01_lima", "ORGANIZATION OF AMERICAN STATES", [0], "ORG", None, "Organization of American States", "name"),

    # d02_dhaka (Dhaka ×3, Gulshan, the Holey Artisan Bakery, `Muslims`, the byline writer James
    # Holloway, the victim Kunio Hoshi, the Combined Military Hospital not tagged; the
    # `Bangladesh` inside Jamaat-ul-Mujahideen Bangladesh is part of the group's name. Amaq is
    # tagged as a news agency (ORG), the name without the generic `news agency`)
    ("d02_dhaka", "Bangladesh", [0, 1, 3], "COUNTRY", BANGLADESH, "Bangladesh", "name"),  # 2 is in JMB
    ("d02_dhaka", "Japanese", "all", "COUNTRY", JAPAN, "Japan", "demonym"),  # man, seven Japanese, farm worker
    ("d02_dhaka", "1st Para-Commando Battalion", [0], "ORG", None, "1st Para-Commando Battalion", "name"),
    ("d02_dhaka", "Sri Lankans", [0], "COUNTRY", SRI_LANKA, "Sri Lanka", "demonym"),
    ("d02_dhaka", "Italians", [0], "COUNTRY", ITALY, "Italy", "demonym"),
    ("d02_dhaka", "Bangladeshis", [0], "COUNTRY", BANGLADESH, "Bangladesh", "demonym"),
    ("d02_dhaka", "American", [0], "COUNTRY", USA, "United States", "demonym"),
    ("d02_dhaka", "Indian", [0], "COUNTRY", INDIA, "India", "demonym"),
    ("d02_dhaka", "Bangladeshi", [0], "COUNTRY", BANGLADESH, "Bangladesh", "demonym"),  # kitchen worker
    ("d02_dhaka", "Islamic State", [0], "GROUP", None, "Islamic State", "name"),
    ("d02_dhaka", "Amaq", [0], "ORG", None, "Amaq News Agency", "name"),
    ("d02_dhaka", "Asaduzzaman Khan", [0], "OFFICIAL", None, "Asaduzzaman Khan", "name"),
    ("d02_dhaka", "Jamaat-ul-Mujahideen Bangladesh", [0], "GROUP", None, "Jamaat-ul-Mujahideen Bangladesh", "name"),
    ("d02_dhaka", "Isis", [0], "GROUP", None, "Islamic State", "acronym"),
    ("d02_dhaka", "Sheikh Hasina", [0], "OFFICIAL", None, "Sheikh Hasina", "name"),
    ("d02_dhaka", "Italy", [0], "COUNTRY", ITALY, "Italy", "name"),  # Italy’s
    ("d02_dhaka", "Matteo Renzi", [0], "OFFICIAL", None, "Matteo Renzi", "name"),
    ("d02_dhaka", "Japan", [0], "COUNTRY", JAPAN, "Japan", "name"),
    ("d02_dhaka", "Seiji Kihara", [0], "OFFICIAL", None, "Seiji Kihara", "name"),
    ("d02_dhaka", "Rapid Action Battalion", [0], "ORG", None, "Rapid Action Battalion", "name"),
    ("d02_dhaka", "Benazir Ahmed", [0], "OFFICIAL", None, "Benazir Ahmed", "name"),
    ("d02_dhaka", "United Nations", [0], "ORG", UN, "United Nations", "name"),  # `Secretary-General` outside
    ("d02_dhaka", "Ban Ki-moon", [0], "OFFICIAL", None, "Ban Ki-moon", "name"),

    # d03_badme (Badme ×4, Addis Ababa ×3 (byline; seat of government), Asmara ×2, Mekele, Adigrat,
    # `Operation Sunset`, `MiG-29`, parliament, the byline writer Dawit Bekele not
    # tagged; the `Eritrean` inside the Eritrean Defence Forces is part of that name)
    ("d03_badme", "Ethiopia", "all", "COUNTRY", ETHIOPIA, "Ethiopia", "name"),  # headline, quote, would, south
    ("d03_badme", "Eritrea", "all", "COUNTRY", ERITREA, "Eritrea", "name"),  # headline, Eritrea's adviser
    ("d03_badme", "Ethiopian", "all", "COUNTRY", ETHIOPIA, "Ethiopia", "demonym"),  # ×5
    ("d03_badme", "Eritrean", [0, 1, 3, 4], "COUNTRY", ERITREA, "Eritrea", "demonym"),  # 2 is the Defence Forces'
    ("d03_badme", "Selome Tadesse", [0], "OFFICIAL", None, "Selome Tadesse", "name"),
    ("d03_badme", "Yemane Gebremeskel", [0], "OFFICIAL", None, "Yemane Gebremeskel", "name"),
    ("d03_badme", "Eritrean Defence Forces", [0], "ORG", None, "Eritrean Defence Forces", "name"),
    ("d03_badme", "Italian", [0], "COUNTRY", ITALY, "Italy", "demonym"),
    ("d03_badme", "Organization of African Unity", [0], "ORG", None, "Organization of African Unity", "name"),
    ("d03_badme", "Salim Ahmed Salim", [0], "OFFICIAL", None, "Salim Ahmed Salim", "name"),
    ("d03_badme", "Meles Zenawi", [0], "OFFICIAL", None, "Meles Zenawi", "name"),
    ("d03_badme", "OAU", [0], "ORG", None, "Organization of African Unity", "acronym"),
    ("d03_badme", "Isaias Afwerki", [0], "OFFICIAL", None, "Isaias Afwerki", "name"),
    ("d03_badme", "Oromo Liberation Front", [0], "GROUP", None, "Oromo Liberation Front", "name"),
    ("d03_badme", "UN Security Council", [0], "ORG", UNSC, "United Nations Security Council", "name"),

    # d04_bangui (press release; Bangui ×3, Damara, Bria, New York, Headquarters, the Department of
    # Public Information (a department named by its function), the News and Media Division, the
    # Libreville Agreements, the title `Secretary-General` alone not tagged; the `Central African
    # Republic` and `United Nations` inside BINUCA's long name are part of it)
    ("d04_bangui", "UNITED NATIONS", [0], "ORG", UN, "United Nations", "name"),  # letterhead
    ("d04_bangui", "Central African Republic", [0, 1], "COUNTRY", CAR, "Central African Republic", "name"),
    ("d04_bangui", "Ban Ki-moon", [0], "OFFICIAL", None, "Ban Ki-moon", "name"),
    ("d04_bangui", "S\u00e9l\u00e9ka", "all", "GROUP", None, "S\u00e9l\u00e9ka", "name"),  # ×3
    ("d04_bangui", "Fran\u00e7ois Boziz\u00e9", [0], "OFFICIAL", None, "Fran\u00e7ois Boziz\u00e9", "name"),
    ("d04_bangui", "United Nations Integrated Peacebuilding Office in the Central African Republic", [0], "ORG",
     None, "United Nations Integrated Peacebuilding Office in the Central African Republic", "name"),
    ("d04_bangui", "BINUCA", [0], "ORG", None,
     "United Nations Integrated Peacebuilding Office in the Central African Republic", "acronym"),
    ("d04_bangui", "United Nations", [1], "ORG", UN, "United Nations", "name"),  # staff; 0 is in BINUCA's name
    ("d04_bangui", "South African", "all", "COUNTRY", SOUTH_AFRICA, "South Africa", "demonym"),  # ×2
    ("d04_bangui", "Jacob Zuma", [0], "OFFICIAL", None, "Jacob Zuma", "name"),
    ("d04_bangui", "Economic Community of Central African States", [0], "ORG", None,
     "Economic Community of Central African States", "name"),
    ("d04_bangui", "ECCAS", [0], "ORG", None, "Economic Community of Central African States", "acronym"),
    ("d04_bangui", "MICOPAX", [0], "ORG", None, "Mission for the Consolidation of Peace in Central African Republic",
     "acronym"),
    ("d04_bangui", "Chadian", [0], "COUNTRY", CHAD, "Chad", "demonym"),
    ("d04_bangui", "Michel Djotodia", [0], "OFFICIAL", None, "Michel Djotodia", "name"),
    ("d04_bangui", "Radio Centrafrique", [0], "ORG", None, "Radio Centrafrique", "name"),
    ("d04_bangui", "Djotodia", [1], "OFFICIAL", None, "Michel Djotodia", "surname"),  # `Mr.` outside
    ("d04_bangui", "Martin Nesirky", [0], "OFFICIAL", None, "Martin Nesirky", "name"),
    ("d04_bangui", "Margaret Vogt", [0], "OFFICIAL", None, "Margaret Vogt", "name"),
    ("d04_bangui", "African Union", [0], "ORG", AU, "African Union", "name"),
    ("d04_bangui", "Chad", [0], "COUNTRY", CHAD, "Chad", "name"),  # the Government of Chad
    ("d04_bangui", "Security Council", [0], "ORG", UNSC, "United Nations Security Council", "alias"),

    # d05_benghazi (Benghazi ×2, Tripoli ×3, Cairo, Washington (a seat of government), the State
    # Department, the Pentagon, the General National Congress (a legislature), the victims Sean
    # Smith, Glen Doherty and Tyrone Woods not tagged; `February 17` inside the militia's name is
    # no date)
    ("d05_benghazi", "US", [0], "COUNTRY", USA, "United States", "acronym"),  # headline
    ("d05_benghazi", "Americans", "all", "COUNTRY", USA, "United States", "demonym"),  # headline, lead, About 30
    ("d05_benghazi", "Libya", "all", "COUNTRY", LIBYA, "Libya", "name"),  # headline, dateline, to Libya, Libya's ×2
    ("d05_benghazi", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d05_benghazi", "U.S.", "all", "COUNTRY", USA, "United States", "acronym"),  # ×4
    ("d05_benghazi", "Libyan", "all", "COUNTRY", LIBYA, "Libya", "demonym"),  # officials, doctor, guards
    ("d05_benghazi", "J. Christopher Stevens", [0], "OFFICIAL", None, "J. Christopher Stevens", "name"),
    ("d05_benghazi", "Wanis al-Sharif", [0], "OFFICIAL", None, "Wanis al-Sharif", "name"),
    ("d05_benghazi", "Ansar al-Sharia", [0], "GROUP", None, "Ansar al-Sharia", "name"),
    ("d05_benghazi", "United States", "all", "COUNTRY", USA, "United States", "name"),  # both in quotations
    ("d05_benghazi", "Barack Obama", [0], "OFFICIAL", None, "Barack Obama", "name"),
    ("d05_benghazi", "Hillary Rodham Clinton", [0], "OFFICIAL", None, "Hillary Clinton", "name"),
    ("d05_benghazi", "Clinton", [1], "OFFICIAL", None, "Hillary Clinton", "surname"),
    ("d05_benghazi", "Stevens", [1, 2], "OFFICIAL", None, "J. Christopher Stevens", "surname"),  # 0 is the full name
    ("d05_benghazi", "Mohammed Magarief", [0], "OFFICIAL", None, "Mohammed Magarief", "name"),
    ("d05_benghazi", "American", "all", "COUNTRY", USA, "United States", "demonym"),  # people (quote), flag
    ("d05_benghazi", "Magarief", [1], "OFFICIAL", None, "Mohammed Magarief", "surname"),
    ("d05_benghazi", "February 17 Martyrs Brigade", [0], "GROUP", None, "February 17th Martyrs Brigade", "name"),
    ("d05_benghazi", "FBI", [0], "ORG", FBI, "Federal Bureau of Investigation", "acronym"),
    ("d05_benghazi", "Marine Corps", [0], "ORG", None, "United States Marine Corps", "name"),
    ("d05_benghazi", "al-Qaida in the Islamic Maghreb", [0], "GROUP", None, "Al-Qaeda in the Islamic Maghreb", "name"),
    ("d05_benghazi", "Moammar Gadhafi", [0], "OFFICIAL", None, "Muammar Gaddafi", "name"),

    # d06_maguindanao (MANILA, Manila, Maguindanao ×3, Buluan, Tacurong, Shariff Aguak, Datu Unsay,
    # Sultan Kudarat, Cotabato City, Mindanao, `the army`, `The Ampatuan clan` (a family), the
    # embassy not tagged; the `Philippine` / `Philippines` inside the police's and the armed forces'
    # names are part of them)
    ("d06_maguindanao", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d06_maguindanao", "Philippine", [0], "COUNTRY", PHILIPPINES, "Philippines", "demonym"),  # troops
    ("d06_maguindanao", "Esmael Mangudadatu", [0], "OFFICIAL", None, "Esmael Mangudadatu", "name"),
    ("d06_maguindanao", "Romeo Brawner", [0], "OFFICIAL", None, "Romeo Brawner", "name"),
    ("d06_maguindanao", "6th Infantry Division", [0], "ORG", None, "6th Infantry Division", "name"),
    ("d06_maguindanao", "Mangudadatu", [1], "OFFICIAL", None, "Esmael Mangudadatu", "surname"),
    ("d06_maguindanao", "Andal Ampatuan Jr", [0], "OFFICIAL", None, "Andal Ampatuan Jr.", "name"),
    ("d06_maguindanao", "Andal Ampatuan Sr", [0], "OFFICIAL", None, "Andal Ampatuan Sr.", "name"),
    ("d06_maguindanao", "Gloria Macapagal Arroyo", [0], "OFFICIAL", None, "Gloria Macapagal Arroyo", "name"),
    ("d06_maguindanao", "Arroyo", [1], "OFFICIAL", None, "Gloria Macapagal Arroyo", "surname"),
    ("d06_maguindanao", "Philippine National Police", [0], "ORG", None, "Philippine National Police", "name"),
    ("d06_maguindanao", "Cerge Remonde", [0], "OFFICIAL", None, "Cerge Remonde", "name"),
    ("d06_maguindanao", "Jesus Verzosa", [0], "OFFICIAL", None, "Jesus Verzosa", "name"),
    ("d06_maguindanao", "Moro Islamic Liberation Front", [0], "GROUP", None, "Moro Islamic Liberation Front", "name"),
    ("d06_maguindanao", "MILF", [0], "GROUP", None, "Moro Islamic Liberation Front", "acronym"),
    ("d06_maguindanao", "Eid Kabalu", [0], "OFFICIAL", None, "Eid Kabalu", "name"),
    ("d06_maguindanao", "Commission on Elections", [0], "ORG", None, "Commission on Elections", "name"),
    ("d06_maguindanao", "Armed Forces of the Philippines", [0], "ORG", None, "Armed Forces of the Philippines",
     "name"),
    ("d06_maguindanao", "United States", [0], "COUNTRY", USA, "United States", "name"),

    # d07_ankara (ANKARA, Ankara ×3, Istanbul ×3, Marmaris, Pennsylvania, Golbasi, the Akinci air
    # base, Ataturk airport, parliament, the Foreign Office (a ministry) not tagged; the cleric
    # Fethullah Gulen holds no office and the text names no armed group he leads: not tagged. The
    # `Peace at Home Council`, the plotters' self-given name, is tagged as a GROUP (an armed
    # movement outside the state's command). Erdoğan is spelled two ways: `Erdogan` links to him)
    ("d07_ankara", "AFP", [0], "ORG", AFP, "Agence France-Presse", "acronym"),
    ("d07_ankara", "Turkey", "all", "COUNTRY", TURKEY, "Turkey", "name"),  # Turkey's ×2
    ("d07_ankara", "Recep Tayyip Erdo\u011fan", [0], "OFFICIAL", None, "Recep Tayyip Erdo\u011fan", "name"),
    ("d07_ankara", "Binali Yildirim", [0], "OFFICIAL", None, "Binali Y\u0131ld\u0131r\u0131m", "name"),
    ("d07_ankara", "Yildirim", [1], "OFFICIAL", None, "Binali Y\u0131ld\u0131r\u0131m", "surname"),
    ("d07_ankara", "TRT", [0], "ORG", None, "Turkish Radio and Television Corporation", "acronym"),
    ("d07_ankara", "Peace at Home Council", [0], "GROUP", None, "Peace at Home Council", "name"),
    ("d07_ankara", "Hulusi Akar", [0], "OFFICIAL", None, "Hulusi Akar", "name"),
    ("d07_ankara", "Anadolu", [0], "ORG", None, "Anadolu Agency", "name"),
    ("d07_ankara", "Erdogan", "all", "OFFICIAL", None, "Recep Tayyip Erdo\u011fan", "surname"),  # ×2
    ("d07_ankara", "CNN Turk", [0], "ORG", None, "CNN T\u00fcrk", "name"),
    ("d07_ankara", "US", [0], "COUNTRY", USA, "United States", "acronym"),  # US-based
    ("d07_ankara", "National Intelligence Organisation", [0], "ORG", None, "National Intelligence Organization",
     "name"),
    ("d07_ankara", "MIT", [0], "ORG", None, "National Intelligence Organization", "acronym"),
    ("d07_ankara", "NATO", [0], "ORG", NATO, "NATO", "acronym"),
    ("d07_ankara", "Jens Stoltenberg", [0], "OFFICIAL", None, "Jens Stoltenberg", "name"),
    ("d07_ankara", "Britain", [0], "COUNTRY", UK, "United Kingdom", "name"),
    ("d07_ankara", "Britons", [0], "COUNTRY", UK, "United Kingdom", "demonym"),
    ("d07_ankara", "Erdo\u011fan", [1], "OFFICIAL", None, "Recep Tayyip Erdo\u011fan", "surname"),  # 0 is the full name

    # d08_haiti (PORT-AU-PRINCE, Port-au-Prince, Gonaives (the city) ×2, Cap-Haitien ×2, Hinche, the
    # National Palace, the Supreme Court, `Marines`, the Association of Haitian Journalists (a press
    # union: its `Haitian` is part of the name), the byline writer Carol Jennings not tagged; the
    # `Haiti` inside the rebel front's name is part of it. Butteur Metayer is spelled two ways)
    ("d08_haiti", "Aristide", [0, 2, 3, 4], "OFFICIAL", None, "Jean-Bertrand Aristide", "surname"),  # 1 full name
    ("d08_haiti", "Haiti", [0, 1], "COUNTRY", HAITI, "Haiti", "name"),  # headline, dateline; 2 is the front's
    ("d08_haiti", "Jean-Bertrand Aristide", [0], "OFFICIAL", None, "Jean-Bertrand Aristide", "name"),
    ("d08_haiti", "Boniface Alexandre", [0], "OFFICIAL", None, "Boniface Alexandre", "name"),
    ("d08_haiti", "Radio M\u00e9tropole", "all", "ORG", None, "Radio M\u00e9tropole", "name"),  # ×2
    ("d08_haiti", "Yvon Neptune", [0], "OFFICIAL", None, "Yvon Neptune", "name"),
    ("d08_haiti", "Colin Powell", [0], "OFFICIAL", None, "Colin Powell", "name"),
    ("d08_haiti", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("d08_haiti", "U.N. Security Council", [0], "ORG", UNSC, "United Nations Security Council", "name"),
    ("d08_haiti", "Gonaives Resistance Front", [0], "GROUP", None, "Gonaives Resistance Front", "name"),
    ("d08_haiti", "Cannibal Army", [0], "GROUP", None, "Gonaives Resistance Front", "alias"),
    ("d08_haiti", "Butteur Metayer", [0], "OFFICIAL", None, "Butteur M\u00e9tayer", "name"),
    ("d08_haiti", "National Front for the Liberation and Reconstruction of Haiti", [0], "GROUP", None,
     "National Front for the Liberation and Reconstruction of Haiti", "name"),
    ("d08_haiti", "Guy Philippe", [0], "OFFICIAL", None, "Guy Philippe", "name"),
    ("d08_haiti", "Philippe", [1, 2], "OFFICIAL", None, "Guy Philippe", "surname"),  # 0 is the full name
    ("d08_haiti", "French", "all", "COUNTRY", FRANCE, "France", "demonym"),  # photographer, Foreign Minister
    ("d08_haiti", "Haitian", [0], "COUNTRY", HAITI, "Haiti", "demonym"),  # reporters; 1 is the association's
    ("d08_haiti", "Canadian", [0], "COUNTRY", CANADA, "Canada", "demonym"),
    ("d08_haiti", "U.S.", [0], "COUNTRY", USA, "United States", "acronym"),
    ("d08_haiti", "Judith Laraque", [0], "OFFICIAL", None, "Judith Laraque", "name"),
    ("d08_haiti", "Dominique de Villepin", [0], "OFFICIAL", None, "Dominique de Villepin", "name"),
    ("d08_haiti", "France", [0], "COUNTRY", FRANCE, "France", "name"),
    ("d08_haiti", "Jamaica", [0], "COUNTRY", JAMAICA, "Jamaica", "name"),  # Jamaica's
    ("d08_haiti", "P.J. Patterson", [0], "OFFICIAL", None, "P. J. Patterson", "name"),
    ("d08_haiti", "Caribbean Community", [0], "ORG", None, "Caribbean Community", "name"),
    ("d08_haiti", "Metayer", [1], "OFFICIAL", None, "Butteur M\u00e9tayer", "surname"),  # 0 is in the full name
    ("d08_haiti", "Buteur M\u00e9tayer", [0], "OFFICIAL", None, "Butteur M\u00e9tayer", "name"),  # a variant spelling
]


# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# --------------------------------------------------------------------------------------------
DATES = [
    # d01_lima, document date 1996-12-18 (Wednesday, 1996-W51). Not dates: `SOME 600 GUESTS`, `TWICE`
    # (a frequency of meetings, no calendar expression)
    ("d01_lima", "DEC 18", 0, "DATE", "1996-12-18", "document"),
    ("d01_lima", "WEDNESDAY", 0, "DATE", "1996-12-18", "document"),  # 1 is inside WEDNESDAY MORNING
    ("d01_lima", "LATE TUESDAY", 0, "DATE", "1996-12-17", "document"),
    ("d01_lima", "8.20 P.M.", 0, "TIME", "1996-12-17T20:20", "document"),
    ("d01_lima", "1992", 0, "DATE", "1992", "absolute"),
    ("d01_lima", "OVERNIGHT", 0, "TIME", "1996-12-17TNI", "document"),  # the night before the story's day
    ("d01_lima", "WEDNESDAY MORNING", 0, "TIME", "1996-12-18TMO", "document"),
    ("d01_lima", "MINUTES", 0, "DURATION", "PTXM", "absolute"),  # MINUTES BEFORE THE ATTACK: the length only
    ("d01_lima", "THE PAST FOUR YEARS", 0, "DURATION", "P4Y", "absolute"),

    # d02_dhaka, document date 2016-07-03 (Sunday, 2016-W26), also printed under the headline. Not
    # dates: `1st Para-Commando Battalion`, `more than 500 people`
    ("d02_dhaka", "Sunday 3 July 2016", 0, "DATE", "2016-07-03", "absolute"),
    ("d02_dhaka", "two days", 0, "DURATION", "P2D", "absolute"),
    ("d02_dhaka", "yesterday", 0, "DATE", "2016-07-02", "document"),
    ("d02_dhaka", "about 9.20pm", 0, "TIME", "2016-07-01T21:20", "document"),
    ("d02_dhaka", "Friday 1 July", 0, "DATE", "2016-07-01", "document"),
    ("d02_dhaka", "that night", 0, "TIME", "2016-07-01TNI", "document"),
    ("d02_dhaka", "7.40am", 0, "TIME", "2016-07-02T07:40", "document"),
    ("d02_dhaka", "Saturday", 0, "DATE", "2016-07-02", "document"),  # 1 is inside Saturday evening
    ("d02_dhaka", "last night", 0, "TIME", "2016-07-02TNI", "document"),
    ("d02_dhaka", "2005", 0, "DATE", "2005", "absolute"),  # in a quotation
    ("d02_dhaka", "Saturday evening", 0, "TIME", "2016-07-02TEV", "document"),
    ("d02_dhaka", "October", 0, "DATE", "2015-10", "document"),  # the last October before July 2016

    # d03_badme, no `date` field: the byline's dotted date 01.03.1999 (Monday, 1999-W09) is the
    # document date. Not dates: `40-kilometre`, `MiG-29`, `resolution 1227`, `9,000`, `300,000`
    ("d03_badme", "01.03.1999", 0, "DATE", "1999-03-01", "absolute"),
    ("d03_badme", "four days", 0, "DURATION", "P4D", "absolute"),
    ("d03_badme", "Saturday", 0, "DATE", "1999-02-27", "document"),
    ("d03_badme", "last Tuesday", 0, "DATE", "1999-02-23", "document"),
    ("d03_badme", "Three days", 0, "DURATION", "P3D", "absolute"),  # Three days later: the length only
    ("d03_badme", "Tuesday", 1, "DATE", "1999-02-23", "document"),  # since Tuesday; 0 is in last Tuesday
    ("d03_badme", "last year", 0, "DATE", "1998", "document"),
    ("d03_badme", "Friday", 0, "DATE", "1999-02-26", "document"),
    ("d03_badme", "more than two decades", 0, "DURATION", "P2DE", "absolute"),
    ("d03_badme", "10 February", 0, "DATE", "1999-02-10", "document"),
    ("d03_badme", "May 1998", 0, "DATE", "1998-05", "absolute"),
    ("d03_badme", "last June", 0, "DATE", "1998-06", "document"),

    # d04_bangui, document date 2013-03-25 (Monday, 2013-W13), the release's own date. Not dates:
    # `SG/SM/14893`, `AFR/2574`, `* *** *`
    ("d04_bangui", "25 March 2013", 0, "DATE", "2013-03-25", "absolute"),
    ("d04_bangui", "today", 0, "DATE", "2013-03-25", "document"),  # statement issued today
    ("d04_bangui", "24 March", 0, "DATE", "2013-03-24", "document"),
    ("d04_bangui", "Saturday", 0, "DATE", "2013-03-23", "document"),
    ("d04_bangui", "Sunday", 0, "DATE", "2013-03-24", "document"),  # Saturday and Sunday
    ("d04_bangui", "last week", 0, "DATE", "2013-W12", "document"),
    ("d04_bangui", "Sunday", 1, "DATE", "2013-03-24", "document"),  # declared himself President on Sunday
    ("d04_bangui", "three years", 0, "DURATION", "P3Y", "absolute"),
    ("d04_bangui", "11 January", 0, "DATE", "2013-01-11", "document"),
    ("d04_bangui", "today", 1, "DATE", "2013-03-25", "document"),  # at Headquarters today
    ("d04_bangui", "today", 2, "DATE", "2013-03-25", "document"),  # suspended ... today
    ("d04_bangui", "tomorrow morning", 0, "TIME", "2013-03-26TMO", "document"),

    # d05_benghazi, document date 2012-09-12 (Wednesday, 2012-W37). Not dates: `February 17` inside
    # the militia's name, the age `52`, the headline's `3`
    ("d05_benghazi", "late Tuesday", 0, "DATE", "2012-09-11", "document"),
    ("d05_benghazi", "Wednesday", 0, "DATE", "2012-09-12", "document"),  # officials said Wednesday
    ("d05_benghazi", "Monday", 0, "DATE", "2012-09-10", "document"),
    ("d05_benghazi", "hours", 0, "DURATION", "PTXH", "absolute"),  # hours later: the length only
    ("d05_benghazi", "Wednesday morning", 0, "TIME", "2012-09-12TMO", "document"),
    ("d05_benghazi", "overnight", 0, "TIME", "2012-09-11TNI", "document"),
    ("d05_benghazi", "several hours", 0, "DURATION", "PTXH", "absolute"),
    ("d05_benghazi", "May", 0, "DATE", "2012-05", "document"),
    ("d05_benghazi", "last year", 0, "DATE", "2011", "document"),  # last year's uprising
    ("d05_benghazi", "Tuesday night", 0, "TIME", "2012-09-11TNI", "document"),

    # d06_maguindanao, document date 2009-11-24 (Tuesday, 2009-W48). Not dates: `6th Infantry
    # Division`, `46`, `about 300 officers`
    ("d06_maguindanao", "Nov 24", 0, "DATE", "2009-11-24", "document"),
    ("d06_maguindanao", "Tuesday", 0, "DATE", "2009-11-24", "document"),
    ("d06_maguindanao", "Monday", 0, "DATE", "2009-11-23", "document"),
    ("d06_maguindanao", "May 10", 0, "DATE", "2010-05-10", "document"),  # the coming elections
    ("d06_maguindanao", "2001", 0, "DATE", "2001", "absolute"),
    ("d06_maguindanao", "decades", 0, "DURATION", "PXDE", "absolute"),  # for decades

    # d07_ankara, document date 2016-07-16 (Saturday, 2016-W28). Not dates: `161`, `1,440`, `2,839`,
    # `104`, `14 officers`
    ("d07_ankara", "July 16", 0, "DATE", "2016-07-16", "document"),
    ("d07_ankara", "Saturday", 0, "DATE", "2016-07-16", "document"),  # said on Saturday
    ("d07_ankara", "overnight", 0, "TIME", "2016-07-15TNI", "document"),  # an overnight coup attempt
    ("d07_ankara", "late Friday", 0, "DATE", "2016-07-15", "document"),
    ("d07_ankara", "Saturday morning", 0, "TIME", "2016-07-16TMO", "document"),
    ("d07_ankara", "1999", 0, "DATE", "1999", "absolute"),
    ("d07_ankara", "Monday", 0, "DATE", "2016-07-18", "document"),  # parliament would meet: the future
    ("d07_ankara", "Saturday afternoon", 0, "TIME", "2016-07-16TAF", "document"),
    ("d07_ankara", "12-hour", 0, "DURATION", "PT12H", "absolute"),

    # d08_haiti, document date 2004-02-29 (Sunday, 2004-W09). Not dates: `about 100 people`
    ("d08_haiti", "early Sunday", 0, "DATE", "2004-02-29", "document"),
    ("d08_haiti", "three-week", 0, "DURATION", "P3W", "absolute"),
    ("d08_haiti", "hours", 0, "DURATION", "PTXH", "absolute"),  # hours later: the length only
    ("d08_haiti", "Sunday night", 0, "TIME", "2004-02-29TNI", "document"),
    ("d08_haiti", "Feb. 5", 0, "DATE", "2004-02-05", "document"),
    ("d08_haiti", "last Sunday", 0, "DATE", "2004-02-22", "document"),
    ("d08_haiti", "Three days", 0, "DURATION", "P3D", "absolute"),  # Three days later: the length only
    ("d08_haiti", "Saturday", 0, "DATE", "2004-02-28", "document"),  # Philippe told reporters on Saturday
    ("d08_haiti", "a week", 0, "DURATION", "P1W", "absolute"),  # "within a week." (in a quotation)
    ("d08_haiti", "overnight", 0, "TIME", "2004-02-28TNI", "document"),
    ("d08_haiti", "last Tuesday", 0, "DATE", "2004-02-24", "document"),
    ("d08_haiti", "Saturday", 1, "DATE", "2004-02-28", "document"),  # held aid workers on Saturday
]


# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, surface, occurrence, label, min, max, approximate, negated, victims)
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    # d01_lima (`ABOUT 14 REBELS` (attackers), `SOME 600 GUESTS`, `SEIZED DIPLOMATS, MINISTERS AND
    # BUSINESSMEN` (no count), `ABOUT 400 JAILED MEMBERS` (prisoners) are not casualties)
    ("d01_lima", "HELD ABOUT 490 HOSTAGES", 0, "KIDNAPPED", 490, 490, True, False, "HOSTAGES"),
    ("d01_lima", "TWO OFFICERS WERE WOUNDED", 0, "INJURED", 2, 2, False, False, "OFFICERS"),
    ("d01_lima", "A WAITER WAS MISSING", 0, "MISSING", 1, 1, False, False, "WAITER"),
    ("d01_lima", "NO ONE INSIDE HAD BEEN HURT", 0, "INJURED", 0, 0, False, True, None),
    # freed hostages: KIDNAPPED; about 170 + four = about 174
    ("d01_lima", "FREED ABOUT 170 WOMEN AND FOUR ELDERLY MEN", 0, "KIDNAPPED", 174, 174, True, False,
     "WOMEN AND FOUR ELDERLY MEN"),
    ("d01_lima", "LET GO THE CANADIAN AMBASSADOR", 0, "KIDNAPPED", 1, 1, False, False, "CANADIAN AMBASSADOR"),

    # d02_dhaka (`Six attackers`, `a sixth was captured alive` (an arrest), `more than 500 people`
    # (questioned), `five smiling young men`, `relatives of the dead` are not casualties)
    ("d02_dhaka", "toll rises to 22", 0, "KILLED", 22, 22, False, False, None),  # headline
    ("d02_dhaka", "killed 20 hostages", 0, "KILLED", 20, 20, False, False, "hostages"),
    ("d02_dhaka", "Two police officers were killed", 0, "KILLED", 2, 2, False, False, "police officers"),
    ("d02_dhaka", "more than 30 wounded", 0, "INJURED", 30, None, False, False, None),
    ("d02_dhaka", "Five gunmen were killed", 0, "KILLED", 5, 5, False, False, "gunmen"),
    # rescued hostages: KIDNAPPED; the Japanese man and two Sri Lankans are parts of the 13
    ("d02_dhaka", "Thirteen hostages were rescued", 0, "KIDNAPPED", 13, 13, False, False, "hostages"),
    # the dead by nationality, in a sentence of its own: 9 + 7 + 2 + 1 + 1 = 20
    ("d02_dhaka", "Among the dead were nine Italians, seven Japanese, two Bangladeshis, an American and an Indian "
     "student", 0, "KILLED", 20, 20, False, False,
     "Italians, seven Japanese, two Bangladeshis, an American and an Indian student"),
    ("d02_dhaka", "A Bangladeshi kitchen worker was still missing", 0, "MISSING", 1, 1, False, False,
     "Bangladeshi kitchen worker"),
    ("d02_dhaka", "the murder of a Japanese farm worker", 0, "KILLED", 1, 1, False, False, "Japanese farm worker"),
    ("d02_dhaka", "Nobody among the rescued hostages was seriously injured", 0, "INJURED", 0, 0, False, True,
     "rescued hostages"),

    # d03_badme (`killed or wounded more than 9,000 Ethiopian soldiers` mixes killed and wounded: no
    # label; `displaced an estimated 300,000 people` is no casualty)
    ("d03_badme", "killed thousands", 0, "KILLED", 2000, 9999, True, False, None),
    ("d03_badme", "about 1,200 wounded soldiers", 0, "INJURED", 1200, 1200, True, False, "soldiers"),
    ("d03_badme", "43 soldiers had died of their wounds", 0, "KILLED", 43, 43, False, False, "soldiers"),
    ("d03_badme", "Two Italian aid workers from a Catholic mission near Badme were reported missing", 0, "MISSING",
     2, 2, False, False, "Italian aid workers"),
    ("d03_badme", "no pupils were killed", 0, "KILLED", 0, 0, False, True, "pupils"),

    # d04_bangui
    ("d04_bangui", "no United Nations staff were harmed", 0, "INJURED", 0, 0, False, True, "United Nations staff"),
    ("d04_bangui", "the deaths of 13 South African soldiers", 0, "KILLED", 13, 13, False, False,
     "South African soldiers"),
    ("d04_bangui", "Twenty-seven other South African soldiers were wounded", 0, "INJURED", 27, 27, False, False,
     "South African soldiers"),
    ("d04_bangui", "one of its Chadian peacekeepers was killed", 0, "KILLED", 1, 1, False, False,
     "Chadian peacekeepers"),
    ("d04_bangui", "two were missing", 0, "MISSING", 2, 2, False, False, None),
    ("d04_bangui", "five humanitarian workers abducted", 0, "KIDNAPPED", 5, 5, False, False, "humanitarian workers"),

    # d05_benghazi (`About 30 Americans were evacuated` is no casualty; Stevens `was trapped`: no
    # statement of his death beyond the lead's)
    ("d05_benghazi", "US ambassador, 3 other Americans killed", 0, "KILLED", 4, 4, False, False,
     "US ambassador, 3 other Americans"),  # headline: an enumeration 1 + 3
    ("d05_benghazi", "U.S. ambassador to Libya and three other Americans were killed", 0, "KILLED", 4, 4, False,
     False, "U.S. ambassador to Libya and three other Americans"),
    ("d05_benghazi", "Two security officers, Glen Doherty and Tyrone Woods, were killed", 0, "KILLED", 2, 2, False,
     False, "security officers"),  # two of the four, in a sentence of their own
    ("d05_benghazi", "at least 10 Libyan guards were wounded", 0, "INJURED", 10, None, False, False,
     "Libyan guards"),
    ("d05_benghazi", "one of them was missing", 0, "MISSING", 1, 1, False, False, None),
    ("d05_benghazi", "No one was hurt", 0, "INJURED", 0, 0, False, True, None),

    # d06_maguindanao (`more bodies` (no count), `about 300 officers under investigation`, `Three
    # police officers were arrested`, `the killings` are not casualties)
    ("d06_maguindanao", "death toll from an election-related massacre to 46", 0, "KILLED", 46, 46, False, False,
     None),
    # the victims named in a sentence of their own: 1 + 2 + at least 12 = at least 15
    ("d06_maguindanao", "victims included his wife, two of his sisters and at least 12 journalists", 0, "KILLED",
     15, None, False, False, "wife, two of his sisters and at least 12 journalists"),
    ("d06_maguindanao", "five people who had been travelling in a separate car were still missing", 0, "MISSING",
     5, 5, False, False, "people"),
    ("d06_maguindanao", "one survivor was treated for gunshot wounds", 0, "INJURED", 1, 1, False, False, "survivor"),
    ("d06_maguindanao", "No soldiers were hurt", 0, "INJURED", 0, 0, False, True, "soldiers"),

    # d07_ankara (`2,839 soldiers had been detained` (arrests), `All were freed` (no count of its
    # own: the 14) are not casualties)
    ("d07_ankara", "left at least 161 people dead", 0, "KILLED", 161, None, False, False, "people"),
    ("d07_ankara", "1,440 wounded", 0, "INJURED", 1440, 1440, False, False, None),
    ("d07_ankara", "104 plotters had been killed", 0, "KILLED", 104, 104, False, False, "plotters"),
    ("d07_ankara", "14 officers taken hostage", 0, "KIDNAPPED", 14, 14, False, False, "officers"),
    ("d07_ankara", "wounding several police officers", 0, "INJURED", 3, 9, True, False, "police officers"),
    ("d07_ankara", "Two police officers were missing", 0, "MISSING", 2, 2, False, False, "police officers"),
    ("d07_ankara", "no Britons were reported hurt", 0, "INJURED", 0, 0, False, True, "Britons"),

    # d08_haiti (`prevent a bloodbath` (in a quotation), `armed supporters` are not casualties)
    ("d08_haiti", "killed about 100 people", 0, "KILLED", 100, 100, True, False, "people"),
    ("d08_haiti", "At least five people were shot dead", 0, "KILLED", 5, None, False, False, "people"),
    ("d08_haiti", "a French photographer was wounded", 0, "INJURED", 1, 1, False, False, "French photographer"),
    ("d08_haiti", "Two Haitian radio reporters have been missing", 0, "MISSING", 2, 2, False, False,
     "Haitian radio reporters"),
    ("d08_haiti", "held three Canadian aid workers", 0, "KIDNAPPED", 3, 3, False, False, "Canadian aid workers"),
    ("d08_haiti", "no one was hurt", 0, "INJURED", 0, 0, False, True, None),
]


# --------------------------------------------------------------------------------------------
# QUOTES: (doc, exact quotation with its marks, occurrence, closed, (speaker surface, occurrence
# or None for the nearest), speaker entity or None, (cue surface, occurrence or None))
# --------------------------------------------------------------------------------------------
def off(name):
    return (None, name, "officials")


QUOTES = [
    # d01_lima (ALL CAPS, straight double quotes; a role-noun speaker for the OAS)
    ("d01_lima", "\"WE WILL NOT LEAVE UNTIL OUR COMRADES ARE FREE,\"", 0, True, ("NESTOR CERPA CARTOLINI", 0),
     off("N\u00e9stor Cerpa Cartolini"), ("TOLD", 0)),
    ("d01_lima", "\"IF THEY ATTACK, EVERYONE DIES WITH US.\"", 0, True, ("NESTOR CERPA CARTOLINI", 0),
     off("N\u00e9stor Cerpa Cartolini"), ("TOLD", 0)),  # the attribution between the two parts
    ("d01_lima", "\"NOT NEGOTIATE UNDER THREAT.\"", 0, True, ("JUAN BRIONES", 0), off("Juan Briones D\u00e1vila"),
     ("SAID", None)),
    ("d01_lima", "\"AN UNFORGIVABLE ACT\"", 0, True, ("RYUTARO HASHIMOTO", 0), off("Ryutaro Hashimoto"),
     ("CALLED", 0)),
    ("d01_lima", "\"AN ATTACK ON THE WHOLE HEMISPHERE.\"", 0, True, ("A SPOKESMAN", 0), None, ("CALLED", 1)),

    # d02_dhaka (curly single quotes, British style, beside curly apostrophes `Dhaka’s`, `country’s`,
    # `Italy’s`; punctuation outside partial quotations)
    ("d02_dhaka", "\u2018They are members of Jamaat-ul-Mujahideen Bangladesh, a homegrown group banned since "
     "2005,\u2019", 0, True, ("he", None), off("Asaduzzaman Khan"), ("told", 0)),
    ("d02_dhaka", "\u2018They have no links with Isis.\u2019", 0, True, ("he", None), off("Asaduzzaman Khan"),
     ("told", 0)),  # the attribution between the two parts
    ("d02_dhaka", "\u2018not Muslims\u2019", 0, True, ("Sheikh Hasina", 0), off("Sheikh Hasina"), ("said", None)),
    ("d02_dhaka", "\u2018root out terrorism from the soil of Bangladesh\u2019", 0, True, ("Sheikh Hasina", 0),
     off("Sheikh Hasina"), ("vowed", 0)),
    ("d02_dhaka", "\u2018hit in its heart\u2019", 0, True, ("Matteo Renzi", 0), off("Matteo Renzi"), ("said", None)),
    ("d02_dhaka", "\u2018heinous\u2019", 0, True, ("Ban Ki-moon", 0), off("Ban Ki-moon"), ("condemned", 0)),

    # d03_badme (straight double quotes)
    ("d03_badme", "\"Badme is back under Ethiopian administration, and our forces have achieved their objective,\"",
     0, True, ("Selome Tadesse", 0), off("Selome Tadesse"), ("said", None)),
    ("d03_badme", "\"Ethiopia does not want one inch of Eritrean land.\"", 0, True, ("Selome Tadesse", 0),
     off("Selome Tadesse"), ("said", 0)),  # the attribution before the second part
    ("d03_badme", "\"a fabrication for foreign consumption\"", 0, True, ("he", None), off("Yemane Gebremeskel"),
     ("called", 0)),
    ("d03_badme", "\"a tragedy for the whole continent.\"", 0, True, ("Salim Ahmed Salim", 0),
     off("Salim Ahmed Salim"), ("said", None)),

    # d04_bangui (press release, straight double quotes; `said:` before a full quotation)
    ("d04_bangui", "\"The Secretary-General calls for the swift restoration of constitutional order. Those "
     "responsible for attacks on civilians and on peacekeepers will be held accountable.\"", 0, True,
     ("Martin Nesirky", 0), off("Martin Nesirky"), ("said", None)),

    # d05_benghazi (straight double quotes)
    ("d05_benghazi", "\"The United States condemns in the strongest terms this outrageous and shocking attack,\"", 0,
     True, ("Barack Obama", 0), off("Barack Obama"), ("said", None)),
    ("d05_benghazi", "\"Some have sought to justify this vicious behavior as a response to inflammatory material "
     "posted on the Internet.\"", 0, True, ("Hillary Rodham Clinton", 0), off("Hillary Clinton"), ("said", None)),
    ("d05_benghazi", "\"a courageous, exemplary diplomat.\"", 0, True, ("Clinton", 1), off("Hillary Clinton"),
     ("called", 0)),
    ("d05_benghazi", "\"We apologize to the United States, to the American people and to the whole world,\"", 0,
     True, ("Magarief", 1), off("Mohammed Magarief"), ("told", 0)),

    # d06_maguindanao (curly double quotes, then straight ones)
    ("d06_maguindanao", "\u201cThe search is not over. We are still digging,\u201d", 0, True, ("Romeo Brawner", 0),
     off("Romeo Brawner"), ("told", 0)),
    ("d06_maguindanao", "\u201cWe found a backhoe at the site.\u201d", 0, True, ("Romeo Brawner", 0),
     off("Romeo Brawner"), ("told", 0)),  # the attribution between the two parts
    ("d06_maguindanao", "\"No one is above the law,\"", 0, True, ("Cerge Remonde", 0), off("Cerge Remonde"),
     ("said", None)),
    # words the president is reported to have used: the nearest attribution of these words is
    # `the president had called`, inside Remonde's report
    ("d06_maguindanao", "\"an affront to civilized society.\"", 0, True, ("the president", 0),
     off("Gloria Macapagal Arroyo"), ("called", 0)),
    ("d06_maguindanao", "\"We have nothing to do with this, it is a feud between political clans,\"", 0, True,
     ("Eid Kabalu", 0), off("Eid Kabalu"), ("said", None)),
    ("d06_maguindanao", "\"horrific\"", 0, True, ("it", None), None, ("called", 1)),  # the embassy

    # d07_ankara (straight double quotes; a quotation continued into the next paragraph: the first
    # paragraph's second part has no closing mark and is its own, unclosed, quotation; the next
    # paragraph's part has no attribution of its own and takes Erdogan's, in the adjacent sentence;
    # the speaker is spelled two ways, `Erdoğan` / `Erdogan`; the cleric Gulen is no official)
    ("d07_ankara", "\"cleanse\"", 0, True, ("Recep Tayyip Erdo\u011fan", 0), off("Recep Tayyip Erdo\u011fan"),
     ("vowed", 0)),
    ("d07_ankara", "\"This uprising is a gift from God to us, because it will be a reason to cleanse our army,\"", 0,
     True, ("Erdogan", 1), off("Recep Tayyip Erdo\u011fan"), ("told", 0)),
    ("d07_ankara", "\"They will pay a heavy price for their treason.", 0, False, ("Erdogan", 1),
     off("Recep Tayyip Erdo\u011fan"), ("told", 0)),
    ("d07_ankara", "\"Those who stood with tanks against the will of the people are not soldiers of this nation. "
     "They are a gang.\"", 0, True, ("Erdogan", 1), off("Recep Tayyip Erdo\u011fan"), ("told", 0)),
    ("d07_ankara", "\"in the strongest terms.\"", 0, True, ("Gulen", 1), None, ("condemned", 0)),
    ("d07_ankara", "\"full respect\"", 0, True, ("Jens Stoltenberg", 0), off("Jens Stoltenberg"), ("called for", 0)),

    # d08_haiti (straight double quotes; Aristide's words read out by the prime minister: the
    # author is the speaker)
    ("d08_haiti", "\"If my resignation can prevent a bloodbath, I accept to leave,\"", 0, True, ("Aristide", 2),
     off("Jean-Bertrand Aristide"), ("said", None)),
    ("d08_haiti", "\"of his own free will\"", 0, True, ("Colin Powell", 0), off("Colin Powell"), ("said", None)),
    ("d08_haiti", "\"answered violence with violence.\"", 0, True, ("Butteur Metayer", 0), off("Butteur M\u00e9tayer"),
     ("said", None)),
    ("d08_haiti", "\"I am ready to work with the foreign troops,\"", 0, True, ("Philippe", 1), off("Guy Philippe"),
     ("told", 0)),
    ("d08_haiti", "\"within a week.\"", 0, True, ("Philippe", 1), off("Guy Philippe"), ("adding", 0)),
    ("d08_haiti", "\"a dangerous precedent\"", 0, True, ("P.J. Patterson", 0), off("P. J. Patterson"), ("called", 0)),
]

if __name__ == "__main__":
    run("blind23", ENTITIES, DATES, CASUALTIES, QUOTES)
