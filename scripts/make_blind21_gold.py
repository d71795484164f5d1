#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind21.

Texts: tests/fixtures/blind21/news.jsonl (eight original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors (the table layout
follows scripts/make_blind20_gold.py; the offsets, checks and writer are scripts/goldlib.py).

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, that spans of one type do not overlap, that every document of news.jsonl is
in every output file, and writes tests/fixtures/gold/blind21.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind21_gold.py [--show]   (--show prints every span in context)
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
ALGERIA, FRANCE, LIBERIA, NIGERIA, USA, SRI_LANKA, JORDAN, INDIA = (
    "Q262", "Q142", "Q1014", "Q1033", "Q30", "Q854", "Q810", "Q668")
NORWAY, LEBANON, UAE, PALESTINE, PAKISTAN, UK, COLOMBIA, VENEZUELA = (
    "Q20", "Q822", "Q878", "Q219060", "Q843", "Q145", "Q739", "Q717")
PHILIPPINES, MALAYSIA, LIBYA, YEMEN, GERMANY, BAHRAIN, SAUDI_ARABIA, ISRAEL = (
    "Q928", "Q833", "Q1016", "Q805", "Q183", "Q398", "Q851", "Q801")
UN, EU, REUTERS, AP, AFP, CNN, FBI = ("Q1065", "Q458", "Q130879", "Q40469", "Q40464", "Q48340", "Q8333")

ENTITIES = [
    # d01_bentalha (ALL CAPS; ALGIERS ×2, BENTALHA, RAIS, BLIDA, PARIS, the baker RACHID, ISLAM,
    # AMNESTY INTERNATIONAL (an NGO) and the ISLAMIC SALVATION FRONT / FIS ×2 (a banned political
    # party, not an armed group: its armed wing, the AIS, is tagged) not tagged)
    ("d01_bentalha", "ALGERIAN", "all", "COUNTRY", ALGERIA, "Algeria", "demonym"),  # headline
    ("d01_bentalha", "AFP", "all", "ORG", AFP, "Agence France-Presse", "acronym"),  # dateline, TOLD AFP
    ("d01_bentalha", "ARMED ISLAMIC GROUP", [0], "GROUP", None, "Armed Islamic Group", "name"),
    ("d01_bentalha", "GIA", [0], "GROUP", None, "Armed Islamic Group", "acronym"),
    ("d01_bentalha", "ANTAR ZOUABRI", [0], "OFFICIAL", None, "Antar Zouabri", "name"),  # the GIA's leader
    ("d01_bentalha", "APS", [0], "ORG", None, "Alg\u00e9rie Presse Service", "acronym"),  # a state news agency
    ("d01_bentalha", "ISLAMIC SALVATION ARMY", [0], "GROUP", None, "Islamic Salvation Army", "name"),
    ("d01_bentalha", "AIS", [0], "GROUP", None, "Islamic Salvation Army", "acronym"),
    ("d01_bentalha", "MADANI MEZRAG", [0], "OFFICIAL", None, "Madani Mezrag", "name"),  # the AIS commander
    ("d01_bentalha", "AHMED OUYAHIA", [0], "OFFICIAL", None, "Ahmed Ouyahia", "name"),
    ("d01_bentalha", "LIAMINE ZEROUAL", [0], "OFFICIAL", None, "Liamine Zeroual", "name"),
    ("d01_bentalha", "FRENCH", [0], "COUNTRY", FRANCE, "France", "demonym"),
    ("d01_bentalha", "HUBERT VEDRINE", [0], "OFFICIAL", None, "Hubert V\u00e9drine", "name"),
    ("d01_bentalha", "U.N.", [0], "ORG", UN, "United Nations", "acronym"),
    ("d01_bentalha", "KOFI ANNAN", [0], "OFFICIAL", None, "Kofi Annan", "name"),
    ("d01_bentalha", "ALGERIANS", [0], "COUNTRY", ALGERIA, "Algeria", "demonym"),  # URGED ALGERIANS
    ("d01_bentalha", "EUROPEAN UNION", [0], "ORG", EU, "European Union", "name"),

    # d02_monrovia (Monrovia ×3, `West African` (a region), Roberts International Airport, the
    # Executive Mansion (a seat of government), Buchanan, Washington, Accra, Médecins Sans Frontières
    # and the Red Cross (NGOs), the Special Court for Sierra Leone (a court: its `Sierra Leone` is part
    # of that untagged name), `Marines` (members of a service, no unit named), the byline's James
    # Whitaker not tagged; the `Liberia` and `Ecowas` inside Ecomil's and Model's names are not tagged
    # separately)
    ("d02_monrovia", "Nigerian", "all", "COUNTRY", NIGERIA, "Nigeria", "demonym"),  # headline, soldiers
    ("d02_monrovia", "Liberia", [0], "COUNTRY", LIBERIA, "Liberia", "name"),
    ("d02_monrovia", "Liberians United for Reconciliation and Democracy", [0], "GROUP", None,
     "Liberians United for Reconciliation and Democracy", "name"),
    ("d02_monrovia", "Lurd", "all", "GROUP", None, "Liberians United for Reconciliation and Democracy",
     "acronym"),  # (Lurd), Lurd’s
    ("d02_monrovia", "Ecowas Mission in Liberia", [0], "ORG", None, "ECOWAS Mission in Liberia", "name"),
    ("d02_monrovia", "Ecomil", [0], "ORG", None, "ECOWAS Mission in Liberia", "acronym"),
    ("d02_monrovia", "Festus Okonkwo", [0], "OFFICIAL", None, "Festus Okonkwo", "name"),  # Ecomil's commander
    ("d02_monrovia", "American", "all", "COUNTRY", USA, "United States", "demonym"),  # embassy, warships
    ("d02_monrovia", "Liberian", [0], "COUNTRY", LIBERIA, "Liberia", "demonym"),
    ("d02_monrovia", "Charles Taylor", [0], "OFFICIAL", None, "Charles Taylor", "name"),
    ("d02_monrovia", "UN", "all", "ORG", UN, "United Nations", "acronym"),  # UN-backed, a UN mission
    ("d02_monrovia", "Nigeria", [0], "COUNTRY", NIGERIA, "Nigeria", "name"),
    ("d02_monrovia", "Sekou Damate Conneh", [0], "OFFICIAL", None, "Sekou Conneh", "name"),  # Lurd's chairman
    ("d02_monrovia", "Taylor", [1], "OFFICIAL", None, "Charles Taylor", "surname"),  # in a quotation
    ("d02_monrovia", "Movement for Democracy in Liberia", [0], "GROUP", None, "Movement for Democracy in Liberia",
     "name"),
    ("d02_monrovia", "Model", [0], "GROUP", None, "Movement for Democracy in Liberia", "acronym"),
    ("d02_monrovia", "George W. Bush", [0], "OFFICIAL", None, "George W. Bush", "name"),
    ("d02_monrovia", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("d02_monrovia", "Ecowas", [1], "ORG", None, "Economic Community of West African States", "acronym"),
    ("d02_monrovia", "Mohamed Ibn Chambas", [0], "OFFICIAL", None, "Mohamed Ibn Chambas", "name"),

    # d03_mullaitivu (no `date` field; Colombo ×2 (the byline's place; `urged Colombo`, a seat of
    # government), Mullaitivu ×2, the TamilNet website, parliament, the International Committee of
    # the Red Cross (an NGO), New York and the byline's Rohan Perera not tagged; the `Tamil Eelam` in
    # the LTTE's name is part of it; `Tigers` / `Tiger` name the movement, as blind20's `Maoist(s)`)
    ("d03_mullaitivu", "Tigers", [0, 2], "GROUP", None, "Liberation Tigers of Tamil Eelam", "alias"),  # 1 is inside
    ("d03_mullaitivu", "Liberation Tigers of Tamil Eelam", [0], "GROUP", None, "Liberation Tigers of Tamil Eelam",
     "name"),
    ("d03_mullaitivu", "LTTE", "all", "GROUP", None, "Liberation Tigers of Tamil Eelam", "acronym"),
    ("d03_mullaitivu", "Sri Lankan", [0], "COUNTRY", SRI_LANKA, "Sri Lanka", "demonym"),
    ("d03_mullaitivu", "Selvarasa Pathmanathan", [0], "OFFICIAL", None, "Selvarasa Pathmanathan", "name"),
    ("d03_mullaitivu", "Udaya Nanayakkara", [0], "OFFICIAL", None, "Udaya Nanayakkara", "name"),
    ("d03_mullaitivu", "58 Division", [0], "ORG", None, "58 Division", "name"),
    ("d03_mullaitivu", "53 Division", [0], "ORG", None, "53 Division", "name"),
    ("d03_mullaitivu", "Sarath Fonseka", [0], "OFFICIAL", None, "Sarath Fonseka", "name"),
    ("d03_mullaitivu", "Fonseka", [1], "OFFICIAL", None, "Sarath Fonseka", "surname"),
    ("d03_mullaitivu", "Tiger", "all", "GROUP", None, "Liberation Tigers of Tamil Eelam", "alias"),  # leader, commander
    ("d03_mullaitivu", "Velupillai Prabhakaran", [0], "OFFICIAL", None, "Velupillai Prabhakaran", "name"),
    ("d03_mullaitivu", "Mahinda Rajapaksa", [0], "OFFICIAL", None, "Mahinda Rajapaksa", "name"),
    ("d03_mullaitivu", "Jordan", [0], "COUNTRY", JORDAN, "Jordan", "name"),
    ("d03_mullaitivu", "Gotabaya Rajapaksa", [0], "OFFICIAL", None, "Gotabaya Rajapaksa", "name"),
    ("d03_mullaitivu", "Vinayagamoorthy Muralitharan", [0], "OFFICIAL", None, "Vinayagamoorthy Muralitharan",
     "name"),
    ("d03_mullaitivu", "Karuna", "all", "OFFICIAL", None, "Vinayagamoorthy Muralitharan", "alias"),  # nom de guerre
    ("d03_mullaitivu", "United Nations", [0], "ORG", UN, "United Nations", "name"),
    ("d03_mullaitivu", "UN", [0], "ORG", UN, "United Nations", "acronym"),  # UN Secretary-General
    ("d03_mullaitivu", "Ban Ki-moon", [0], "OFFICIAL", None, "Ban Ki-moon", "name"),
    ("d03_mullaitivu", "India", [0], "COUNTRY", INDIA, "India", "name"),
    ("d03_mullaitivu", "Norway", [0], "COUNTRY", NORWAY, "Norway", "name"),

    # d04_nahr_al_bared (press release; Yarze, Nahr al-Bared, Tripoli ×2 (the Lebanese city), the
    # Army Central Hospital, `the Army Command` / `The Command` ×4 and `Army units` (generic: the
    # army's command, no distinctive proper name), the Lebanese Red Cross (an NGO: its `Lebanese` is
    # part of that untagged name), `Communiqué No. 212/2007` not tagged; the `Lebanese` inside the
    # army's name is not tagged separately)
    ("d04_nahr_al_bared", "LEBANESE ARMY", [0], "ORG", None, "Lebanese Armed Forces", "name"),  # letterhead
    ("d04_nahr_al_bared", "DIRECTORATE OF ORIENTATION", [0], "ORG", None, "Directorate of Orientation", "name"),
    ("d04_nahr_al_bared", "Lebanese Army", [0], "ORG", None, "Lebanese Armed Forces", "name"),
    ("d04_nahr_al_bared", "Fatah al-Islam", [0], "GROUP", None, "Fatah al-Islam", "name"),
    ("d04_nahr_al_bared", "Shaker al-Absi", [0], "OFFICIAL", None, "Shaker al-Absi", "name"),
    ("d04_nahr_al_bared", "Abu Salim Taha", [0], "OFFICIAL", None, "Abu Salim Taha", "name"),  # its spokesman
    ("d04_nahr_al_bared", "Michel Suleiman", [0], "OFFICIAL", None, "Michel Suleiman", "name"),
    ("d04_nahr_al_bared", "Lebanon", [0], "COUNTRY", LEBANON, "Lebanon", "name"),  # in a quotation
    ("d04_nahr_al_bared", "Fouad Siniora", [0], "OFFICIAL", None, "Fouad Siniora", "name"),
    ("d04_nahr_al_bared", "Suleiman", [1], "OFFICIAL", None, "Michel Suleiman", "surname"),  # `General` outside
    ("d04_nahr_al_bared", "Elias Murr", [0], "OFFICIAL", None, "Elias Murr", "name"),
    ("d04_nahr_al_bared", "United Nations Relief and Works Agency", [0], "ORG", None,
     "United Nations Relief and Works Agency for Palestine Refugees in the Near East", "name"),
    ("d04_nahr_al_bared", "UNRWA", [0], "ORG", None,
     "United Nations Relief and Works Agency for Palestine Refugees in the Near East", "acronym"),
    # Palestine: a widely recognised territory (and a state recognised by most UN members)
    ("d04_nahr_al_bared", "Palestinian", [0], "COUNTRY", PALESTINE, "State of Palestine", "demonym"),
    ("d04_nahr_al_bared", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("d04_nahr_al_bared", "United Arab Emirates", [0], "COUNTRY", UAE, "United Arab Emirates", "name"),

    # d05_mumbai (MUMBAI, Mumbai ×2, the Taj Mahal Palace hotel (a company's hotel), Nariman House,
    # `Jewish`, Maharashtra (an Indian state), Islamabad and New Delhi (seats of government), `the
    # state's anti-terrorism squad` (generic, lower case) not tagged; the police chief Hemant Karkare
    # is an official although he is among the dead)
    ("d05_mumbai", "India", "all", "COUNTRY", INDIA, "India", "name"),  # dateline, India's, India would
    ("d05_mumbai", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d05_mumbai", "Indian", "all", "COUNTRY", INDIA, "India", "demonym"),  # commandos, officials
    ("d05_mumbai", "J.K. Dutt", [0], "OFFICIAL", None, "J. K. Dutt", "name"),
    ("d05_mumbai", "National Security Guard", [0], "ORG", None, "National Security Guard", "name"),
    ("d05_mumbai", "NSG", [0], "ORG", None, "National Security Guard", "acronym"),
    ("d05_mumbai", "Hemant Karkare", [0], "OFFICIAL", None, "Hemant Karkare", "name"),
    ("d05_mumbai", "Deccan Mujahideen", [0], "GROUP", None, "Deccan Mujahideen", "name"),
    ("d05_mumbai", "Lashkar-e-Taiba", [0], "GROUP", None, "Lashkar-e-Taiba", "name"),
    ("d05_mumbai", "Pakistan", "all", "COUNTRY", PAKISTAN, "Pakistan", "name"),  # Pakistan-based, 's, (quote)
    ("d05_mumbai", "Manmohan Singh", [0], "OFFICIAL", None, "Manmohan Singh", "name"),
    ("d05_mumbai", "Asif Ali Zardari", [0], "OFFICIAL", None, "Asif Ali Zardari", "name"),
    ("d05_mumbai", "CNN", [0], "ORG", CNN, "CNN", "acronym"),
    ("d05_mumbai", "Inter-Services Intelligence", [0], "ORG", None, "Inter-Services Intelligence", "name"),
    ("d05_mumbai", "ISI", [0], "ORG", None, "Inter-Services Intelligence", "acronym"),
    ("d05_mumbai", "Ahmad Shuja Pasha", [0], "OFFICIAL", None, "Ahmad Shuja Pasha", "name"),  # `Lt. Gen.` outside
    ("d05_mumbai", "Condoleezza Rice", [0], "OFFICIAL", None, "Condoleezza Rice", "name"),
    ("d05_mumbai", "British", [0], "COUNTRY", UK, "United Kingdom", "demonym"),
    ("d05_mumbai", "David Miliband", [0], "OFFICIAL", None, "David Miliband", "name"),
    ("d05_mumbai", "Briton", [0], "COUNTRY", UK, "United Kingdom", "demonym"),
    ("d05_mumbai", "Vilasrao Deshmukh", [0], "OFFICIAL", None, "Vilasrao Deshmukh", "name"),

    # d06_jaque (BOGOTA, Bogota, Paris, Washington, Texas, the White House, `the defense ministry`
    # (generic, lower case), `the army`, `Operation Jaque` (an operation's name, in scare quotes), the
    # freed Americans Marc Gonsalves, Thomas Howes and Keith Stansell (victims) not tagged; the
    # `Colombia` inside the FARC's full name is not tagged separately. Ingrid Betancourt, a former
    # senator, held public office and is an official although she is a freed hostage; Gerardo
    # Aguilar, a FARC front commander, is an official although he was arrested)
    ("d06_jaque", "AFP", [0], "ORG", AFP, "Agence France-Presse", "acronym"),
    ("d06_jaque", "Colombian", "all", "COUNTRY", COLOMBIA, "Colombia", "demonym"),  # troops, French-C., soldiers
    ("d06_jaque", "FARC", "all", "GROUP", None, "Revolutionary Armed Forces of Colombia", "acronym"),
    ("d06_jaque", "French", [0], "COUNTRY", FRANCE, "France", "demonym"),  # French-Colombian
    ("d06_jaque", "Ingrid Betancourt", [0], "OFFICIAL", None, "Ingrid Betancourt", "name"),
    ("d06_jaque", "Revolutionary Armed Forces of Colombia", [0], "GROUP", None,
     "Revolutionary Armed Forces of Colombia", "name"),
    ("d06_jaque", "Betancourt", [1, 2, 3], "OFFICIAL", None, "Ingrid Betancourt", "surname"),  # 0 is inside
    ("d06_jaque", "American", [0], "COUNTRY", USA, "United States", "demonym"),
    ("d06_jaque", "Americans", "all", "COUNTRY", USA, "United States", "demonym"),
    ("d06_jaque", "Juan Manuel Santos", [0], "OFFICIAL", None, "Juan Manuel Santos", "name"),
    ("d06_jaque", "Gerardo Aguilar", [0], "OFFICIAL", None, "Gerardo Aguilar", "name"),
    ("d06_jaque", "Cesar", [0], "OFFICIAL", None, "Gerardo Aguilar", "alias"),  # `alias “Cesar”`
    ("d06_jaque", "Santos", [1], "OFFICIAL", None, "Juan Manuel Santos", "surname"),
    ("d06_jaque", "\u00c1lvaro Uribe", [0], "OFFICIAL", None, "\u00c1lvaro Uribe", "name"),
    ("d06_jaque", "Nicolas Sarkozy", [0], "OFFICIAL", None, "Nicolas Sarkozy", "name"),
    ("d06_jaque", "France", [0], "COUNTRY", FRANCE, "France", "name"),
    ("d06_jaque", "Uribe", [1], "OFFICIAL", None, "\u00c1lvaro Uribe", "surname"),
    ("d06_jaque", "Alfonso Cano", [0], "OFFICIAL", None, "Alfonso Cano", "name"),
    ("d06_jaque", "Manuel Marulanda", [0], "OFFICIAL", None, "Manuel Marulanda", "name"),
    ("d06_jaque", "Venezuelan", [0], "COUNTRY", VENEZUELA, "Venezuela", "demonym"),
    ("d06_jaque", "Hugo Chavez", [0], "OFFICIAL", None, "Hugo Ch\u00e1vez", "name"),
    ("d06_jaque", "Freddy Padilla", [0], "OFFICIAL", None, "Freddy Padilla de Le\u00f3n", "name"),

    # d07_basilan (ZAMBOANGA, Basilan ×3, Lamitan, Dos Palmas, Palawan, Malacanang Palace, Manila ×2,
    # Washington, Kansas, California, Sipadan, Jolo, `Muslim`, the hostages Martin and Gracia Burnham
    # and Guillermo Sobero (victims) not tagged; the `Philippines` inside the AFP's name is not tagged
    # separately; `AFP` here is the Armed Forces of the Philippines, not the news agency; Abu Sabaya
    # is a nom de guerre: Aldam Tilao / Tilao is the same person)
    ("d07_basilan", "Philippines", [0], "COUNTRY", PHILIPPINES, "Philippines", "name"),  # dateline
    ("d07_basilan", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d07_basilan", "Abu Sayyaf", "all", "GROUP", None, "Abu Sayyaf", "name"),
    ("d07_basilan", "Americans", "all", "COUNTRY", USA, "United States", "demonym"),  # ×4, one in a quotation
    ("d07_basilan", "Abu Sabaya", "all", "OFFICIAL", None, "Abu Sabaya", "alias"),
    ("d07_basilan", "Radio Mindanao Network", [0], "ORG", None, "Radio Mindanao Network", "name"),
    ("d07_basilan", "Gloria", [0], "OFFICIAL", None, "Gloria Macapagal Arroyo", "alias"),  # in a quotation
    ("d07_basilan", "Aldam Tilao", [0], "OFFICIAL", None, "Abu Sabaya", "name"),
    ("d07_basilan", "Gloria Macapagal Arroyo", [0], "OFFICIAL", None, "Gloria Macapagal Arroyo", "name"),
    ("d07_basilan", "Diomedio Villanueva", [0], "OFFICIAL", None, "Diomedio Villanueva", "name"),
    ("d07_basilan", "Armed Forces of the Philippines", [0], "ORG", None, "Armed Forces of the Philippines", "name"),
    ("d07_basilan", "AFP", [0], "ORG", None, "Armed Forces of the Philippines", "acronym"),
    ("d07_basilan", "Tilao", [1], "OFFICIAL", None, "Abu Sabaya", "surname"),  # Tilao's; 0 is inside
    ("d07_basilan", "U.S.", [0], "COUNTRY", USA, "United States", "acronym"),
    ("d07_basilan", "Colin Powell", [0], "OFFICIAL", None, "Colin Powell", "name"),
    ("d07_basilan", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("d07_basilan", "Khadaffy Janjalani", [0], "OFFICIAL", None, "Khadaffy Janjalani", "name"),
    ("d07_basilan", "Malaysian", [0], "COUNTRY", MALAYSIA, "Malaysia", "demonym"),
    ("d07_basilan", "Libya", [0], "COUNTRY", LIBYA, "Libya", "name"),

    # d08_aden (Aden ×3, the USS Cole (a ship, not a unit or body), the White House, `the Navy's`
    # (generic), the Gulf, Washington, East Africa, Gaza, Ramallah and the byline's Sarah Lindqvist not
    # tagged; the `U.S.` inside `U.S. Navy` is not tagged separately)
    ("d08_aden", "U.S.", [0, 2, 3], "COUNTRY", USA, "United States", "acronym"),  # 1 is inside U.S. Navy
    ("d08_aden", "Yemen", "all", "COUNTRY", YEMEN, "Yemen", "name"),  # dateline, Yemen's
    ("d08_aden", "U.S. Navy", [0], "ORG", None, "United States Navy", "name"),
    ("d08_aden", "Germany", [0], "COUNTRY", GERMANY, "Germany", "name"),
    ("d08_aden", "Clinton", [0], "OFFICIAL", None, "Bill Clinton", "surname"),  # `President` outside
    ("d08_aden", "William Cohen", [0], "OFFICIAL", None, "William Cohen", "name"),
    ("d08_aden", "Kirk Lippold", [0], "OFFICIAL", None, "Kirk Lippold", "name"),  # the ship's commander
    ("d08_aden", "Ali Abdullah Saleh", [0], "OFFICIAL", None, "Ali Abdullah Saleh", "name"),
    ("d08_aden", "Yemeni", [0], "COUNTRY", YEMEN, "Yemen", "demonym"),
    ("d08_aden", "FBI", [0], "ORG", FBI, "Federal Bureau of Investigation", "acronym"),
    ("d08_aden", "Charles Moore", [0], "OFFICIAL", None, "Charles W. Moore Jr.", "name"),
    ("d08_aden", "Fifth Fleet", [0], "ORG", None, "United States Fifth Fleet", "name"),
    ("d08_aden", "Bahrain", [0], "COUNTRY", BAHRAIN, "Bahrain", "name"),
    ("d08_aden", "Saudi", [0], "COUNTRY", SAUDI_ARABIA, "Saudi Arabia", "demonym"),
    ("d08_aden", "Osama bin Laden", [0], "OFFICIAL", None, "Osama bin Laden", "name"),
    ("d08_aden", "al Qaeda", [0], "GROUP", None, "Al-Qaeda", "name"),
    ("d08_aden", "American", [0], "COUNTRY", USA, "United States", "demonym"),
    ("d08_aden", "Israeli", "all", "COUNTRY", ISRAEL, "Israel", "demonym"),  # helicopters, soldiers
    ("d08_aden", "Palestinian", [0], "COUNTRY", PALESTINE, "State of Palestine", "demonym"),
    ("d08_aden", "Hamas", [0], "GROUP", None, "Hamas", "name"),
]

# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# --------------------------------------------------------------------------------------------
DATES = [
    # d01_bentalha, document date 1997-09-24 (Wednesday, 1997-W39). Not dates: `OVER 200`, `15 KM`
    ("d01_bentalha", "SEPT 24", 0, "DATE", "1997-09-24", "document"),
    ("d01_bentalha", "WEDNESDAY", 0, "DATE", "1997-09-24", "document"),
    ("d01_bentalha", "LATE MONDAY", 0, "DATE", "1997-09-22", "document"),
    ("d01_bentalha", "ABOUT FIVE HOURS", 0, "DURATION", "PT5H", "absolute"),
    ("d01_bentalha", "TEN MINUTES", 0, "DURATION", "PT10M", "absolute"),  # `TEN MINUTES AWAY` (in a quotation)
    ("d01_bentalha", "THREE WEEKS", 0, "DURATION", "P3W", "absolute"),  # three weeks after: the length only
    ("d01_bentalha", "TUESDAY", 0, "DATE", "1997-09-23", "document"),
    ("d01_bentalha", "LAST SUNDAY", 0, "DATE", "1997-09-21", "document"),
    ("d01_bentalha", "OCT 1", 0, "DATE", "1997-10-01", "document"),
    ("d01_bentalha", "LAST MONTH", 0, "DATE", "1997-08", "document"),
    ("d01_bentalha", "JANUARY 1992", 0, "DATE", "1992-01", "absolute"),

    # d02_monrovia, document date 2003-08-05 (Tuesday, 2003-W32): a daily paper, `yesterday` = Monday
    # 4 August. Not dates: `the day Taylor leaves` (an event, in a quotation), `2,300`, `3,250`
    ("d02_monrovia", "yesterday", 0, "DATE", "2003-08-04", "document"),
    ("d02_monrovia", "more than two weeks", 0, "DURATION", "P2W", "absolute"),  # … after: the length only
    ("d02_monrovia", "dawn", 0, "TIME", "2003-08-04TMO", "document"),  # since dawn (yesterday's)
    ("d02_monrovia", "an hour", 0, "DURATION", "PT1H", "absolute"),  # an hour later: the length only
    ("d02_monrovia", "15 August", 0, "DATE", "2003-08-15", "document"),
    ("d02_monrovia", "19 July", 0, "DATE", "2003-07-19", "document"),
    ("d02_monrovia", "21 July", 0, "DATE", "2003-07-21", "document"),
    ("d02_monrovia", "last week", 0, "DATE", "2003-W31", "document"),
    ("d02_monrovia", "Saturday", 0, "DATE", "2003-08-02", "document"),
    ("d02_monrovia", "June", 0, "DATE", "2003-06", "document"),
    ("d02_monrovia", "11 August", 0, "DATE", "2003-08-11", "document"),
    ("d02_monrovia", "Sunday", 0, "DATE", "2003-08-03", "document"),
    ("d02_monrovia", "October", 0, "DATE", "2003-10", "document"),

    # d03_mullaitivu, no input date; byline `17 May 2009` (Sunday, 2009-W20)
    ("d03_mullaitivu", "17 May 2009", 0, "DATE", "2009-05-17", "absolute"),
    ("d03_mullaitivu", "today", 0, "DATE", "2009-05-17", "document"),
    ("d03_mullaitivu", "26-year", 0, "DURATION", "P26Y", "absolute"),
    ("d03_mullaitivu", "Saturday", 0, "DATE", "2009-05-16", "document"),
    ("d03_mullaitivu", "last night", 0, "TIME", "2009-05-16TNI", "document"),
    ("d03_mullaitivu", "yesterday", 0, "DATE", "2009-05-16", "document"),
    ("d03_mullaitivu", "Tuesday", 0, "DATE", "2009-05-19", "document"),  # is due … on Tuesday: the future
    ("d03_mullaitivu", "this morning", 0, "TIME", "2009-05-17TMO", "document"),
    ("d03_mullaitivu", "2004", 0, "DATE", "2004", "absolute"),
    ("d03_mullaitivu", "late January", 0, "DATE", "2009-01", "document"),
    ("d03_mullaitivu", "the end of April", 0, "DATE", "2009-04", "document"),
    ("d03_mullaitivu", "the last 72 hours", 0, "DURATION", "PT72H", "absolute"),
    ("d03_mullaitivu", "Wednesday", 0, "DATE", "2009-05-13", "document"),
    ("d03_mullaitivu", "2002", 0, "DATE", "2002", "absolute"),  # a 2002 ceasefire

    # d04_nahr_al_bared, document date 2007-09-02 (Sunday, 2007-W35), the release's own date. Not
    # dates: `Communiqué No. 212/2007` (a release number), `an order of the day` (a military order)
    ("d04_nahr_al_bared", "2 September 2007", 0, "DATE", "2007-09-02", "absolute"),
    ("d04_nahr_al_bared", "today", 0, "DATE", "2007-09-02", "document"),
    ("d04_nahr_al_bared", "106 days", 0, "DURATION", "P106D", "absolute"),
    ("d04_nahr_al_bared", "20 May", 0, "DATE", "2007-05-20", "document"),
    ("d04_nahr_al_bared", "Early this morning", 0, "TIME", "2007-09-02TMO", "document"),
    ("d04_nahr_al_bared", "this afternoon", 0, "TIME", "2007-09-02TAF", "document"),
    ("d04_nahr_al_bared", "last week", 0, "DATE", "2007-W34", "document"),
    ("d04_nahr_al_bared", "20 May", 1, "DATE", "2007-05-20", "document"),  # Since 20 May
    ("d04_nahr_al_bared", "15 weeks", 0, "DURATION", "P15W", "absolute"),
    ("d04_nahr_al_bared", "tomorrow", 0, "DATE", "2007-09-03", "document"),
    ("d04_nahr_al_bared", "Monday", 0, "DATE", "2007-09-03", "document"),
    ("d04_nahr_al_bared", "June", 0, "DATE", "2007-06", "document"),  # since June
    ("d04_nahr_al_bared", "several weeks", 0, "DURATION", "PXW", "absolute"),

    # d05_mumbai, document date 2008-11-29 (Saturday, 2008-W48); the dateline carries no date
    ("d05_mumbai", "60 hours", 0, "DURATION", "PT60H", "absolute"),  # headline
    ("d05_mumbai", "Saturday", 0, "DATE", "2008-11-29", "document"),
    ("d05_mumbai", "Wednesday night", 0, "TIME", "2008-11-26TNI", "document"),
    ("d05_mumbai", "Friday", 0, "DATE", "2008-11-28", "document"),
    ("d05_mumbai", "2002", 0, "DATE", "2002", "absolute"),  # banned in 2002
    ("d05_mumbai", "Thursday", 0, "DATE", "2008-11-27", "document"),
    ("d05_mumbai", "Friday", 1, "DATE", "2008-11-28", "document"),
    ("d05_mumbai", "Saturday", 1, "DATE", "2008-11-29", "document"),
    ("d05_mumbai", "three days", 0, "DURATION", "P3D", "absolute"),  # three days of mourning
    ("d05_mumbai", "Sunday", 0, "DATE", "2008-11-30", "document"),  # would begin Sunday: the future

    # d06_jaque, document date 2008-07-03 (Thursday, 2008-W27)
    ("d06_jaque", "July 3", 0, "DATE", "2008-07-03", "document"),
    ("d06_jaque", "more than six years", 0, "DURATION", "P6Y", "absolute"),
    ("d06_jaque", "Wednesday", 0, "DATE", "2008-07-02", "document"),
    ("d06_jaque", "February 2003", 0, "DATE", "2003-02", "absolute"),
    ("d06_jaque", "more than ten years", 0, "DURATION", "P10Y", "absolute"),
    ("d06_jaque", "March", 0, "DATE", "2008-03", "document"),
    ("d06_jaque", "Friday", 0, "DATE", "2008-07-04", "document"),  # would fly … on Friday: the future
    ("d06_jaque", "May", 0, "DATE", "2008-05", "document"),
    ("d06_jaque", "earlier this year", 0, "DATE", "2008", "document"),
    ("d06_jaque", "months", 0, "DURATION", "PXM", "absolute"),  # planned for months

    # d07_basilan, document date 2001-06-04 (Monday, 2001-W23). Not dates: `300 km`, `3,000`, `80`
    ("d07_basilan", "June 4", 0, "DATE", "2001-06-04", "document"),
    ("d07_basilan", "Monday", 0, "DATE", "2001-06-04", "document"),
    ("d07_basilan", "22-hour", 0, "DURATION", "PT22H", "absolute"),
    ("d07_basilan", "May 27", 0, "DATE", "2001-05-27", "document"),
    ("d07_basilan", "Three days", 0, "DURATION", "P3D", "absolute"),  # three days later: the length only
    ("d07_basilan", "last Tuesday", 0, "DATE", "2001-05-29", "document"),
    ("d07_basilan", "Saturday", 0, "DATE", "2001-06-02", "document"),
    ("d07_basilan", "the early 1990s", 0, "DATE", "199", "absolute"),  # TIMEX3 decade value
    ("d07_basilan", "last year", 0, "DATE", "2000", "document"),
    ("d07_basilan", "Sunday", 0, "DATE", "2001-06-03", "document"),

    # d08_aden, document date 2000-10-13 (Friday, 2000-W41). Not dates: `40-foot`, `shortly before`,
    # `just before the blast`, `at first`
    ("d08_aden", "Oct. 13", 0, "DATE", "2000-10-13", "document"),
    ("d08_aden", "Friday", 0, "DATE", "2000-10-13", "document"),
    ("d08_aden", "Thursday", 0, "DATE", "2000-10-12", "document"),
    ("d08_aden", "11:18 a.m.", 0, "TIME", "2000-10-12T11:18", "document"),  # the blast, on Thursday
    ("d08_aden", "Friday", 1, "DATE", "2000-10-13", "document"),
    ("d08_aden", "the next 72 hours", 0, "DURATION", "PT72H", "absolute"),
    ("d08_aden", "1998", 0, "DATE", "1998", "absolute"),
    ("d08_aden", "Thursday", 1, "DATE", "2000-10-12", "document"),
]

# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, surface, occurrence, label, min, max, approximate, negated, victims)
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    # d01_bentalha (`THEY KILLED BABIES`, `THOSE WHO KILL` (no count) and `THE KILLINGS` are not
    # casualties)
    ("d01_bentalha", "TOLL OVER 200", 0, "KILLED", 200, None, False, False, None),  # headline: `over` = more than
    ("d01_bentalha", "AT LEAST 200 PEOPLE HAD BEEN KILLED", 0, "KILLED", 200, None, False, False, "PEOPLE"),
    ("d01_bentalha", "ABOUT 120 PEOPLE WERE WOUNDED", 0, "INJURED", 120, 120, True, False, "PEOPLE"),
    ("d01_bentalha", "AT LEAST 20 YOUNG WOMEN WERE CARRIED OFF", 0, "KIDNAPPED", 20, None, False, False,
     "YOUNG WOMEN"),
    # part of the village's toll, in a sentence of its own: a separate statement
    ("d01_bentalha", "A FAMILY OF NINE WAS FOUND DEAD", 0, "KILLED", 9, 9, False, False, "FAMILY"),
    ("d01_bentalha", "MORE THAN 300 VILLAGERS DIED", 0, "KILLED", 300, None, False, False, "VILLAGERS"),
    ("d01_bentalha", "KILLED 12 ARMED MEN", 0, "KILLED", 12, 12, False, False, "ARMED MEN"),
    ("d01_bentalha", "COST SOME 60,000 LIVES", 0, "KILLED", 60000, 60000, True, False, None),

    # d02_monrovia (`About 200 Nigerian soldiers`, `2,300 Marines`, `3,250 troops` and `stop the
    # killing` are not casualties)
    ("d02_monrovia", "no one was hurt", 0, "INJURED", 0, 0, False, True, None),
    ("d02_monrovia", "more than 1,000 civilians have died", 0, "KILLED", 1000, None, False, False, "civilians"),
    ("d02_monrovia", "thousands more have been wounded", 0, "INJURED", 2000, 9999, True, False, None),
    ("d02_monrovia", "killed 18 people", 0, "KILLED", 18, 18, False, False, "people"),
    ("d02_monrovia", "four of its Liberian staff were missing", 0, "MISSING", 4, 4, False, False, "Liberian staff"),
    ("d02_monrovia", "a Red Cross nurse was wounded", 0, "INJURED", 1, 1, False, False, "Red Cross nurse"),

    # d03_mullaitivu (`at least 50,000 people had crossed` is displacement; `among them three senior
    # commanders` is part of its total of about 70)
    ("d03_mullaitivu", "found the bodies of about 70 rebels", 0, "KILLED", 70, 70, True, False, "rebels"),
    ("d03_mullaitivu", "Eleven soldiers were killed", 0, "KILLED", 11, 11, False, False, "soldiers"),
    ("d03_mullaitivu", "46 wounded", 0, "INJURED", 46, 46, False, False, None),
    ("d03_mullaitivu", "about 7,000 civilians were killed", 0, "KILLED", 7000, 7000, True, False, "civilians"),
    ("d03_mullaitivu", "one of its local staff was killed", 0, "KILLED", 1, 1, False, False, "local staff"),
    ("d03_mullaitivu", "two others were missing", 0, "MISSING", 2, 2, False, False, None),

    # d04_nahr_al_bared (arrests (`five others were arrested`, `arrested 202`) and `visit the wounded`
    # (no count) are not casualties; the spokesman `remains unaccounted for` is MISSING, which counts
    # attackers too)
    ("d04_nahr_al_bared", "killed 31 terrorists", 0, "KILLED", 31, 31, False, False, "terrorists"),
    ("d04_nahr_al_bared", "two wounded", 0, "INJURED", 2, 2, False, False, None),  # among the arrested
    ("d04_nahr_al_bared", "Three soldiers were killed", 0, "KILLED", 3, 3, False, False, "soldiers"),
    ("d04_nahr_al_bared", "eleven were wounded", 0, "INJURED", 11, 11, False, False, None),
    ("d04_nahr_al_bared", "No civilians were hurt", 0, "INJURED", 0, 0, False, True, "civilians"),
    ("d04_nahr_al_bared", "Abu Salim Taha, remains unaccounted for", 0, "MISSING", 1, 1, False, False,
     "Abu Salim Taha"),
    ("d04_nahr_al_bared", "his deputy was killed", 0, "KILLED", 1, 1, False, False, "deputy"),
    ("d04_nahr_al_bared", "killed 222 terrorists", 0, "KILLED", 222, 222, False, False, "terrorists"),
    ("d04_nahr_al_bared", "martyrdom of 163 officers and soldiers", 0, "KILLED", 163, 163, False, False,
     "officers and soldiers"),
    ("d04_nahr_al_bared", "wounding of more than 400", 0, "INJURED", 400, None, False, False, None),
    ("d04_nahr_al_bared", "Two soldiers remain missing", 0, "MISSING", 2, 2, False, False, "soldiers"),

    # d05_mumbai (`10 attackers landed`, `one was captured alive` and `a victim of terrorism` are not
    # casualties; `including 22 foreigners` is part of its total; the rabbi and his wife are parts of
    # `six hostages found dead`, in the same sentence)
    ("d05_mumbai", "toll reaches 183", 0, "KILLED", 183, 183, False, False, None),  # headline
    ("d05_mumbai", "killed the last three gunmen", 0, "KILLED", 3, 3, False, False, "gunmen"),
    ("d05_mumbai", "At least 183 people, including 22 foreigners, were killed", 0, "KILLED", 183, None, False,
     False, "people"),
    ("d05_mumbai", "More than 300 were wounded", 0, "INJURED", 300, None, False, False, None),
    ("d05_mumbai", "Nine attackers died", 0, "KILLED", 9, 9, False, False, "attackers"),
    ("d05_mumbai", "Two of his commandos were killed", 0, "KILLED", 2, 2, False, False, "commandos"),
    ("d05_mumbai", "Among the dead were 14 police officers", 0, "KILLED", 14, 14, False, False, "police officers"),
    ("d05_mumbai", "six hostages found dead", 0, "KILLED", 6, 6, False, False, "hostages"),
    ("d05_mumbai", "at least one Briton was among the dead", 0, "KILLED", 1, None, False, False, "Briton"),
    ("d05_mumbai", "at least 40 guests and employees were still unaccounted for", 0, "MISSING", 40, None, False,
     False, "guests and employees"),

    # d06_jaque (hostages held and freed are KIDNAPPED; `the Americans had been captured` gives no
    # count; `Two rebels … were overpowered and arrested` are arrests; `free everyone they still hold`
    # and `free "all of them."` give no count; `about 40 of them police officers and soldiers` is part
    # of its total of some 700)
    ("d06_jaque", "handing over 15 hostages", 0, "KIDNAPPED", 15, 15, False, False, "hostages"),
    ("d06_jaque", "had held Betancourt", 0, "KIDNAPPED", 1, 1, False, False, "Betancourt"),  # a named hostage
    # an enumeration: 3 contractors + 11 soldiers and police officers = 14
    ("d06_jaque", "Three American defense contractors and 11 Colombian soldiers and police officers were also "
     "freed", 0, "KIDNAPPED", 14, 14, False, False,
     "American defense contractors and 11 Colombian soldiers and police officers"),
    ("d06_jaque", "Not one of the hostages, not one soldier, not one guerrilla was hurt", 0, "INJURED", 0, 0, False,
     True, None),
    ("d06_jaque", "hold some 700 hostages", 0, "KIDNAPPED", 700, 700, True, False, "hostages"),
    ("d06_jaque", "Two members of its ruling secretariat were killed", 0, "KILLED", 2, 2, False, False,
     "members of its ruling secretariat"),
    ("d06_jaque", "brokered the release of six hostages", 0, "KIDNAPPED", 6, 6, False, False, "hostages"),

    # d07_basilan (`threatened to behead the Americans` (no count, no death), `3,000 troops`, `about
    # 80 men` and `about 5,000 villagers had fled` are not casualties; `among them three Americans`
    # and `mostly Malaysian tourists` are parts of their totals)
    ("d07_basilan", "at least 12 soldiers were killed", 0, "KILLED", 12, None, False, False, "soldiers"),
    ("d07_basilan", "25 wounded", 0, "INJURED", 25, 25, False, False, None),
    # hostages who escaped: KIDNAPPED with the count (as hostages freed)
    ("d07_basilan", "Four hostages, two of them resort workers, escaped", 0, "KIDNAPPED", 4, 4, False, False,
     "hostages"),
    # an enumeration: a nurse + three hospital staff = 4
    ("d07_basilan", "took away a nurse and three hospital staff", 0, "KIDNAPPED", 4, 4, False, False,
     "nurse and three hospital staff"),
    ("d07_basilan", "seized 20 people", 0, "KIDNAPPED", 20, 20, False, False, "people"),
    ("d07_basilan", "released 21 hostages", 0, "KIDNAPPED", 21, 21, False, False, "hostages"),
    ("d07_basilan", "At least two of its members were killed", 0, "KILLED", 2, None, False, False, "members"),

    # d08_aden (the headline's `17 sailors dead or missing` mixes two labels and is not split: not
    # annotated, like `casualties`; `detained several port workers` is an arrest; `the two men in the
    # boat` are attackers with no casualty statement)
    ("d08_aden", "10 sailors still missing", 0, "MISSING", 10, 10, False, False, "sailors"),
    ("d08_aden", "Seven sailors were confirmed dead", 0, "KILLED", 7, 7, False, False, "sailors"),
    ("d08_aden", "39 were injured", 0, "INJURED", 39, 39, False, False, None),
    # a subset of the 39, in a sentence of its own: a separate statement
    ("d08_aden", "Eleven of the most seriously injured", 0, "INJURED", 11, 11, False, False, None),
    ("d08_aden", "no one aboard was hurt", 0, "INJURED", 0, 0, False, True, None),
    ("d08_aden", "killed 224 people", 0, "KILLED", 224, 224, False, False, "people"),
    ("d08_aden", "two Israeli soldiers were killed", 0, "KILLED", 2, 2, False, False, "Israeli soldiers"),
]


# --------------------------------------------------------------------------------------------
# QUOTES: (doc, exact quotation with its marks, occurrence, closed, (speaker surface, occurrence
# or None for the nearest), speaker entity or None, (cue surface, occurrence or None))
# --------------------------------------------------------------------------------------------
def off(name):
    return (None, name, "officials")


QUOTES = [
    # d01_bentalha (ALL CAPS, straight double quotes; the baker RACHID is no official)
    ("d01_bentalha", "\"THEY KILLED BABIES IN FRONT OF THEIR MOTHERS,\"", 0, True, ("RACHID", 0), None,
     ("TOLD", 0)),
    ("d01_bentalha", "\"THE ARMY BARRACKS IS TEN MINUTES AWAY AND NOBODY CAME.\"", 0, True, ("RACHID", 0), None,
     ("TOLD", 0)),  # the attribution between the two parts
    ("d01_bentalha", "\"UNMASK THOSE WHO KILL IN THE NAME OF ISLAM.\"", 0, True, ("MADANI MEZRAG", 0),
     off("Madani Mezrag"), ("SAID", 4)),
    ("d01_bentalha", "\"FIGHT TERRORISM TO ITS LAST BREATH\"", 0, True, ("AHMED OUYAHIA", 0), off("Ahmed Ouyahia"),
     ("SAID", 5)),
    ("d01_bentalha", "\"ABOMINABLE\"", 0, True, ("HUBERT VEDRINE", 0), off("Hubert V\u00e9drine"), ("CALLED", 0)),
    ("d01_bentalha", "\"PRETEND NOT TO SEE.\"", 0, True, ("KOFI ANNAN", 0), off("Kofi Annan"), ("SAID", 6)),

    # d02_monrovia (curly single quotes, British style, beside curly apostrophes `Lurd’s`, `country’s`)
    ("d02_monrovia", "\u2018We have come to stop the killing, not to fight anybody,\u2019", 0, True,
     ("Festus Okonkwo", 0), off("Festus Okonkwo"), ("said", 0)),
    ("d02_monrovia", "\u2018Anyone who fires on us will be answered.\u2019", 0, True, ("Festus Okonkwo", 0),
     off("Festus Okonkwo"), ("said", 0)),
    ("d02_monrovia", "\u2018I will go, but God willing I will be back,\u2019", 0, True, ("he", None),
     off("Charles Taylor"), ("told", 0)),
    ("d02_monrovia", "\u2018the day Taylor leaves\u2019", 0, True, ("Sekou Damate Conneh", 0),
     off("Sekou Conneh"), ("said", 2)),
    ("d02_monrovia", "\u2018limited\u2019", 0, True, ("George W. Bush", 0), off("George W. Bush"), ("said", 3)),

    # d03_mullaitivu (straight double quotes; `said:` before a full-sentence quotation)
    ("d03_mullaitivu", "\"This battle has reached its bitter end,\"", 0, True, ("Selvarasa Pathmanathan", 0),
     off("Selvarasa Pathmanathan"), ("said", 0)),
    ("d03_mullaitivu", "\"We have decided to silence our guns.\"", 0, True, ("Selvarasa Pathmanathan", 0),
     off("Selvarasa Pathmanathan"), ("said", 0)),
    ("d03_mullaitivu", "\"The LTTE is militarily finished,\"", 0, True, ("Sarath Fonseka", 0), off("Sarath Fonseka"),
     ("said", 3)),
    ("d03_mullaitivu", "\"every bunker\"", 0, True, ("Fonseka", 1), off("Sarath Fonseka"), ("said", 4)),
    ("d03_mullaitivu", "\"I will return to a motherland that has been totally freed from terrorism.\"", 0, True,
     ("Mahinda Rajapaksa", 0), off("Mahinda Rajapaksa"), ("said", 5)),
    ("d03_mullaitivu", "\"died with its leader's pride\"", 0, True, ("Vinayagamoorthy Muralitharan", 0),
     off("Vinayagamoorthy Muralitharan"), ("said", 6)),
    ("d03_mullaitivu", "\"immediate and unimpeded access\"", 0, True, ("Ban Ki-moon", 0), off("Ban Ki-moon"),
     ("urged", 0)),

    # d04_nahr_al_bared (press release, one straight double quotation after `said in an order of the
    # day to the troops:`)
    ("d04_nahr_al_bared", "\"You have written with your blood that the army is the shield of Lebanon and that no "
     "terrorist will find refuge on its soil.\"", 0, True, ("Michel Suleiman", 0), off("Michel Suleiman"),
     ("said", 0)),

    # d05_mumbai (straight double quotes; `Two of his commandos were killed, he said.` is reported
    # speech, not a quotation)
    ("d05_mumbai", "\"The operation is over. All the terrorists have been eliminated,\"", 0, True, ("J.K. Dutt", 0),
     off("J. K. Dutt"), ("told", 0)),
    ("d05_mumbai", "\"based outside the country\"", 0, True, ("Manmohan Singh", 0), off("Manmohan Singh"),
     ("said", 3)),
    ("d05_mumbai", "\"Pakistan is itself a victim of terrorism,\"", 0, True, ("he", None), off("Asif Ali Zardari"),
     ("told", 2)),
    ("d05_mumbai", "\"an assault on our common humanity.\"", 0, True, ("Condoleezza Rice", 0),
     off("Condoleezza Rice"), ("called", 0)),

    # d06_jaque (curly and straight double quotes in one story; `“Operation Jaque”` and `alias
    # “Cesar”` are names in scare quotes that nobody is reported as saying: not quotations)
    ("d06_jaque", "\"This was a perfect operation. Not one of the hostages, not one soldier, not one guerrilla was "
     "hurt,\"", 0, True, ("Santos", 1), off("Juan Manuel Santos"), ("said", 1)),
    ("d06_jaque", "\u201cIt was a miracle, a military operation without precedent,\u201d", 0, True, ("she", 1),
     off("Ingrid Betancourt"), ("said", 2)),
    ("d06_jaque", "\u201cI ask the FARC to reflect and to free everyone they still hold.\u201d", 0, True, ("she", 1),
     off("Ingrid Betancourt"), ("said", 2)),  # the attribution between the two parts
    ("d06_jaque", "\"an immense joy\"", 0, True, ("He", 0), off("Nicolas Sarkozy"), ("called", 0)),
    # `called the rescue good news but urged the FARC to free "…"`: the quoted words go with `urged`
    ("d06_jaque", "\"all of them.\"", 0, True, ("Hugo Chavez", 0), off("Hugo Ch\u00e1vez"), ("urged", 0)),

    # d07_basilan (straight double quotes; a quotation continued into the next paragraph: the first
    # paragraph's last part has no closing mark and is its own, unclosed, quotation; the next
    # paragraph's quotation has an attribution of its own; a speaker named two ways, Abu Sabaya /
    # Aldam Tilao)
    ("d07_basilan", "\"We will not stop until the government meets our demands,\"", 0, True, ("Abu Sabaya", 0),
     off("Abu Sabaya"), ("told", 0)),
    ("d07_basilan", "\"If they keep shooting, the Americans will be the first to go.", 0, False, ("Abu Sabaya", 0),
     off("Abu Sabaya"), ("told", 0)),
    ("d07_basilan", "\"We did not want this war. Gloria started it,\"", 0, True, ("Abu Sabaya", 1), off("Abu Sabaya"),
     ("said", 3)),
    ("d07_basilan", "\"There will be no negotiations with criminals,\"", 0, True, ("she", None),
     off("Gloria Macapagal Arroyo"), ("told", 1)),
    ("d07_basilan", "\"on the run.\"", 0, True, ("Diomedio Villanueva", 0), off("Diomedio Villanueva"), ("said", 4)),
    ("d07_basilan", "\"in close contact\"", 0, True, ("Colin Powell", 0), off("Colin Powell"), ("said", 7)),

    # d08_aden (curly double quotes, then straight ones; `We're` keeps a straight apostrophe)
    ("d08_aden", "\u201cWe're going to find out who did this and hold them accountable,\u201d", 0, True,
     ("Clinton", 0), off("Bill Clinton"), ("said", 1)),
    ("d08_aden", "\u201cIf, as it now appears, this was an act of terrorism, it was a despicable and cowardly "
     "act.\u201d", 0, True, ("Clinton", 0), off("Bill Clinton"), ("said", 1)),
    ("d08_aden", "\u201cas if at attention,\u201d", 0, True, ("William Cohen", 0), off("William Cohen"), ("said", 2)),
    ("d08_aden", "\"We did not lose this ship, and we will not,\"", 0, True, ("he", None), off("Kirk Lippold"),
     ("said", 3)),
]

if __name__ == "__main__":
    run("blind21", ENTITIES, DATES, CASUALTIES, QUOTES)
