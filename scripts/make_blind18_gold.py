#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind18.

Texts: tests/fixtures/blind18/news.jsonl (eight original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors (the table layout
follows scripts/make_blind17_gold.py; the offsets, checks and writer are scripts/goldlib.py).

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, that spans of one type do not overlap, that every document of news.jsonl is
in every output file, and writes tests/fixtures/gold/blind18.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind18_gold.py [--show]   (--show prints every span in context)
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
UK, SPAIN, FRANCE, IRELAND, PNG, SOUTH_AFRICA, AUSTRALIA, GUINEA, ECUADOR = (
    "Q145", "Q29", "Q142", "Q27", "Q691", "Q258", "Q408", "Q1006", "Q736")
MACEDONIA, USA, BAHRAIN, SAUDI, UAE, IRAN, INDONESIA, TIMOR_LESTE, JAPAN, SWEDEN = (
    "Q221", "Q30", "Q398", "Q851", "Q878", "Q794", "Q252", "Q574", "Q17", "Q34")
NIGERIA, GHANA, MALI, SENEGAL, TOGO, GAMBIA, LIBERIA = (
    "Q1033", "Q117", "Q912", "Q1041", "Q945", "Q1005", "Q1014")
UN, NATO, EU, AU, WORLD_BANK, UNSC, REUTERS, AP, AFP = (
    "Q1065", "Q7184", "Q458", "Q7159", "Q7164", "Q37470", "Q130879", "Q40469", "Q40464")

ENTITIES = [
    # d01_omagh (Omagh, County Tyrone, Lower Market Street, London, Belfast, Dublin, `Northern
    # Ireland` ×2 (a part of the United Kingdom, not a state: `Northern Ireland’s 30 years`, `The
    # Northern Ireland Secretary`), the Troubles, Sinn Féin (a party), the Tyrone County Hospital,
    # the Good Friday Agreement, `The Chief Constable`, `The Prime Minister`, `the Taoiseach` (titles
    # with no name), the byline's Owen Gallagher and the shopkeeper Michael Doherty not tagged)
    ("d01_omagh", "Ulster Television", [0], "ORG", None, "Ulster Television", "name"),  # a broadcaster
    ("d01_omagh", "Royal Ulster Constabulary", [0], "ORG", None, "Royal Ulster Constabulary", "name"),
    ("d01_omagh", "RUC", [0], "ORG", None, "Royal Ulster Constabulary", "acronym"),
    ("d01_omagh", "Ronnie Flanagan", [0], "OFFICIAL", None, "Ronnie Flanagan", "name"),
    ("d01_omagh", "Flanagan", [1], "OFFICIAL", None, "Ronnie Flanagan", "surname"),  # `Mr` outside
    ("d01_omagh", "Spanish", "all", "COUNTRY", SPAIN, "Spain", "demonym"),  # visitors, embassy
    ("d01_omagh", "Real IRA", [0], "GROUP", None, "Real IRA", "name"),
    ("d01_omagh", "Provisional IRA", [0], "GROUP", None, "Provisional Irish Republican Army", "name"),
    ("d01_omagh", "Tony Blair", [0], "OFFICIAL", None, "Tony Blair", "name"),
    ("d01_omagh", "France", [0], "COUNTRY", FRANCE, "France", "name"),
    ("d01_omagh", "Mo Mowlam", [0], "OFFICIAL", None, "Mo Mowlam", "name"),
    ("d01_omagh", "Gerry Adams", [0], "OFFICIAL", None, "Gerry Adams", "name"),  # an MP since 1997
    ("d01_omagh", "Bertie Ahern", [0], "OFFICIAL", None, "Bertie Ahern", "name"),
    ("d01_omagh", "Garda Síochána", [0], "ORG", None, "Garda Síochána", "name"),
    ("d01_omagh", "Irish", [0], "COUNTRY", IRELAND, "Ireland", "demonym"),  # Irish police

    # d02_bougainville (ALL CAPS; PORT MORESBY, PARLIAMENT, BOUGAINVILLE ×3 (an island province),
    # `THE COUNTRY`, `THE ARMED FORCES`, SANDLINE INTERNATIONAL ×2 (a company), `LONDON-BASED`,
    # `THE ISLAND'S`, `THE CAPITAL`, `AN ARMY SPOKESMAN`, MURRAY BARRACKS, CANBERRA, the PANGUNA mine,
    # KANGU BEACH not tagged; the `PAPUA NEW GUINEA` inside the Defence Force's name and the
    # `AUSTRALIAN` inside the broadcaster's name are not tagged separately)
    ("d02_bougainville", "PNG", [0], "COUNTRY", PNG, "Papua New Guinea", "acronym"),
    ("d02_bougainville", "CHAN", [0, 2, 3], "OFFICIAL", None, "Julius Chan", "surname"),
    ("d02_bougainville", "PAPUA NEW GUINEA", [0], "COUNTRY", PNG, "Papua New Guinea", "name"),
    ("d02_bougainville", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d02_bougainville", "JULIUS CHAN", [0], "OFFICIAL", None, "Julius Chan", "name"),  # `SIR` outside
    ("d02_bougainville", "JERRY SINGIROK", [0], "OFFICIAL", None, "Jerry Singirok", "name"),  # `BRIG. GEN.`
    ("d02_bougainville", "SINGIROK", [1, 2], "OFFICIAL", None, "Jerry Singirok", "surname"),
    ("d02_bougainville", "PAPUA NEW GUINEA DEFENCE FORCE", [0], "ORG", None, "Papua New Guinea Defence Force",
     "name"),
    ("d02_bougainville", "BOUGAINVILLE REVOLUTIONARY ARMY", [0], "GROUP", None, "Bougainville Revolutionary Army",
     "name"),
    ("d02_bougainville", "BRA", "all", "GROUP", None, "Bougainville Revolutionary Army", "acronym"),
    ("d02_bougainville", "SOUTH AFRICANS", [0], "COUNTRY", SOUTH_AFRICA, "South Africa", "demonym"),
    ("d02_bougainville", "AUSTRALIAN", [0], "COUNTRY", AUSTRALIA, "Australia", "demonym"),
    ("d02_bougainville", "JOHN HOWARD", [0], "OFFICIAL", None, "John Howard", "name"),
    ("d02_bougainville", "ALEXANDER DOWNER", [0], "OFFICIAL", None, "Alexander Downer", "name"),
    ("d02_bougainville", "FRANCIS ONA", [0], "OFFICIAL", None, "Francis Ona", "name"),
    ("d02_bougainville", "SAM KAUONA", [0], "OFFICIAL", None, "Sam Kauona", "name"),
    ("d02_bougainville", "AUSTRALIAN BROADCASTING CORP.", [0], "ORG", None, "Australian Broadcasting Corporation",
     "name"),

    # d03_conakry (Conakry ×3 (the city; `cooperation with Conakry` is the capital for the
    # government), `the army` ×2, `the presidential guard` (generic), `A local human rights group`,
    # `the rights group`, `The interior ministry`, `the junta leader`, `the 28 September stadium`
    # not tagged; Diallo and Toure are former prime ministers; Lansana Conte a former head of state)
    ("d03_conakry", "Guinea", "all", "COUNTRY", GUINEA, "Guinea", "name"),  # headline, body, last line
    ("d03_conakry", "AFP", "all", "ORG", AFP, "Agence France-Presse", "acronym"),
    ("d03_conakry", "Moussa Dadis Camara", [0], "OFFICIAL", None, "Moussa Dadis Camara", "name"),
    ("d03_conakry", "Camara", [1, 2, 3], "OFFICIAL", None, "Moussa Dadis Camara", "surname"),
    # the presidential guard's name as a unit (lower-case `presidential guard` is generic)
    ("d03_conakry", "Red Berets", [0], "ORG", None, "Red Berets", "alias"),
    ("d03_conakry", "Cellou Dalein Diallo", [0], "OFFICIAL", None, "Cellou Dalein Diallo", "name"),
    ("d03_conakry", "Sidya Toure", [0], "OFFICIAL", None, "Sidya Touré", "name"),
    ("d03_conakry", "Diallo", [1], "OFFICIAL", None, "Cellou Dalein Diallo", "surname"),
    ("d03_conakry", "Radio France Internationale", [0], "ORG", None, "Radio France Internationale", "name"),
    ("d03_conakry", "RFI", [0], "ORG", None, "Radio France Internationale", "acronym"),
    ("d03_conakry", "France", [1, 2], "COUNTRY", FRANCE, "France", "name"),  # 0 is inside the broadcaster
    ("d03_conakry", "Bernard Kouchner", [0], "OFFICIAL", None, "Bernard Kouchner", "name"),
    ("d03_conakry", "Economic Community of West African States", [0], "ORG", None,
     "Economic Community of West African States", "name"),
    ("d03_conakry", "ECOWAS", [0], "ORG", None, "Economic Community of West African States", "acronym"),
    ("d03_conakry", "African Union Commission", [0], "ORG", None, "African Union Commission", "name"),
    ("d03_conakry", "Jean Ping", [0], "OFFICIAL", None, "Jean Ping", "name"),
    ("d03_conakry", "UN", [0], "ORG", UN, "United Nations", "acronym"),
    ("d03_conakry", "Ban Ki-moon", [0], "OFFICIAL", None, "Ban Ki-moon", "name"),
    ("d03_conakry", "Lansana Conte", [0], "OFFICIAL", None, "Lansana Conté", "name"),

    # d04_barajas (MADRID, Madrid ×2 (`asked Madrid` is the capital for the government), Barajas,
    # Terminal 4, `Basque` ×3 (a people/region: `Basque separatist group`, `Basque newspaper`,
    # `Basque state`), Gara (a newspaper), the Popular Party, Navarre, `the minister` (a role noun,
    # tagged only as a quotation's speaker) not tagged)
    ("d04_barajas", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d04_barajas", "ETA", "all", "GROUP", None, "ETA", "acronym"),  # `ETA’s`: the possessive outside
    ("d04_barajas", "Ecuadorean", [0], "COUNTRY", ECUADOR, "Ecuador", "demonym"),
    ("d04_barajas", "Jose Luis Rodriguez Zapatero", [0], "OFFICIAL", None, "José Luis Rodríguez Zapatero", "name"),
    ("d04_barajas", "Zapatero", [1, 2, 3], "OFFICIAL", None, "José Luis Rodríguez Zapatero", "surname"),
    ("d04_barajas", "Alfredo Perez Rubalcaba", [0], "OFFICIAL", None, "Alfredo Pérez Rubalcaba", "name"),
    ("d04_barajas", "Rubalcaba", [1], "OFFICIAL", None, "Alfredo Pérez Rubalcaba", "surname"),
    ("d04_barajas", "Ecuadoreans", "all", "COUNTRY", ECUADOR, "Ecuador", "demonym"),
    ("d04_barajas", "Ecuador", [0], "COUNTRY", ECUADOR, "Ecuador", "name"),
    ("d04_barajas", "Spain", "all", "COUNTRY", SPAIN, "Spain", "name"),
    ("d04_barajas", "Civil Guard", [0], "ORG", None, "Guardia Civil", "alias"),
    ("d04_barajas", "France", [0], "COUNTRY", FRANCE, "France", "name"),
    ("d04_barajas", "Mariano Rajoy", [0], "OFFICIAL", None, "Mariano Rajoy", "name"),
    ("d04_barajas", "Rajoy", [1], "OFFICIAL", None, "Mariano Rajoy", "surname"),
    ("d04_barajas", "Spanish", [0], "COUNTRY", SPAIN, "Spain", "demonym"),

    # d05_aracinovo (no `date` field; Aracinovo/Arachinovo, SKOPJE, Skopje, `the capital`, the byline's
    # Elena Petrovska, the baker Fatmir, `ethnic Albanian` and `ethnic Macedonian` (communities),
    # `Albanian initials` (a language), `the parliament building`, `the army`, `the security forces`,
    # `The rebels`, `UN refugee agency` beyond its `UN` not tagged)
    ("d05_aracinovo", "National Liberation Army", [0], "GROUP", None, "National Liberation Army (Macedonia)",
     "name"),
    ("d05_aracinovo", "NATO", "all", "ORG", NATO, "NATO", "acronym"),  # soldiers, envoy, Secretary-General, door
    ("d05_aracinovo", "European Union", [0], "ORG", EU, "European Union", "name"),
    ("d05_aracinovo", "Boris Trajkovski", [0], "OFFICIAL", None, "Boris Trajkovski", "name"),
    ("d05_aracinovo", "UÇK", [0], "GROUP", None, "National Liberation Army (Macedonia)", "acronym"),
    ("d05_aracinovo", "UCK", [0], "GROUP", None, "National Liberation Army (Macedonia)", "acronym"),
    ("d05_aracinovo", "Macedonian", [1], "COUNTRY", MACEDONIA, "North Macedonia", "demonym"),  # security forces
    ("d05_aracinovo", "Ljube Boškovski", [0], "OFFICIAL", None, "Ljube Boškovski", "name"),
    ("d05_aracinovo", "Javier Solana", [0], "OFFICIAL", None, "Javier Solana", "name"),
    ("d05_aracinovo", "EU", [0], "ORG", EU, "European Union", "acronym"),
    ("d05_aracinovo", "Peter Feith", [0], "OFFICIAL", None, "Pieter Feith", "name"),
    ("d05_aracinovo", "Robertson", [0], "OFFICIAL", None, "George Robertson", "surname"),  # `Lord` outside
    ("d05_aracinovo", "Ljubco Georgievski", [0], "OFFICIAL", None, "Ljubčo Georgievski", "name"),
    ("d05_aracinovo", "Georgievski", [1], "OFFICIAL", None, "Ljubčo Georgievski", "surname"),
    ("d05_aracinovo", "American", [0], "COUNTRY", USA, "United States", "demonym"),  # in a quotation
    ("d05_aracinovo", "Macedonia", [0], "COUNTRY", MACEDONIA, "North Macedonia", "name"),  # in a quotation
    # the unaccented spelling of Boškovski: one person
    ("d05_aracinovo", "Boskovski", [0], "OFFICIAL", None, "Ljube Boškovski", "surname"),
    ("d05_aracinovo", "Ali Ahmeti", [0], "OFFICIAL", None, "Ali Ahmeti", "name"),
    ("d05_aracinovo", "NLA", [0], "GROUP", None, "National Liberation Army (Macedonia)", "acronym"),
    ("d05_aracinovo", "UN", [0], "ORG", UN, "United Nations", "acronym"),
    ("d05_aracinovo", "UNHCR", [0], "ORG", None, "United Nations High Commissioner for Refugees", "acronym"),
    ("d05_aracinovo", "United Nations", [0], "ORG", UN, "United Nations", "name"),
    # the name the state was admitted under: one span, its `Macedonia` not tagged separately
    ("d05_aracinovo", "Former Yugoslav Republic of Macedonia", [0], "COUNTRY", MACEDONIA, "North Macedonia",
     "name"),

    # d06_bahrain (MANAMA, Sitra, `Gulf troops` (a region), `Shiite`/`Sunni` (communities), `the
    # island's`, `state television`, `Foreign Ministry`, White House, Washington, Al Wefaq (a
    # political group), parliament, Pearl Square, `the Sunni Al Khalifa family` (a family), `the king`
    # not tagged; `Bahrain` inside the Defense Force's and the News Agency's names and `Saudi` inside
    # the Press Agency's are not tagged separately)
    ("d06_bahrain", "Bahrain", [0, 1, 2, 4], "COUNTRY", BAHRAIN, "Bahrain", "name"),
    ("d06_bahrain", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d06_bahrain", "Saudi", [0, 2, 3], "COUNTRY", SAUDI, "Saudi Arabia", "demonym"),  # troops, soldier, contingent
    ("d06_bahrain", "Saudi Press Agency", [0], "ORG", None, "Saudi Press Agency", "name"),
    ("d06_bahrain", "Hamad bin Isa Al Khalifa", [0], "OFFICIAL", None, "Hamad bin Isa Al Khalifa", "name"),
    ("d06_bahrain", "Bahrain Defense Force", [0], "ORG", None, "Bahrain Defence Force", "name"),
    # `Field Marshal Sheikh` and `Sheikh` stay outside; two Al Khalifas with near-identical names
    ("d06_bahrain", "Khalifa bin Ahmed Al Khalifa", [0], "OFFICIAL", None, "Khalifa bin Ahmed Al Khalifa", "name"),
    ("d06_bahrain", "United Arab Emirates", [0], "COUNTRY", UAE, "United Arab Emirates", "name"),
    ("d06_bahrain", "Peninsula Shield Force", [0], "ORG", None, "Peninsula Shield Force", "name"),
    ("d06_bahrain", "Gulf Cooperation Council", [0], "ORG", None, "Gulf Cooperation Council", "name"),
    ("d06_bahrain", "GCC", [0], "ORG", None, "Gulf Cooperation Council", "acronym"),  # in a quotation
    ("d06_bahrain", "Khalid bin Ahmed Al Khalifa", [0], "OFFICIAL", None, "Khalid bin Ahmed Al Khalifa", "name"),
    ("d06_bahrain", "Iran", [0], "COUNTRY", IRAN, "Iran", "name"),
    ("d06_bahrain", "Ramin Mehmanparast", [0], "OFFICIAL", None, "Ramin Mehmanparast", "name"),
    ("d06_bahrain", "Jay Carney", [0], "OFFICIAL", None, "Jay Carney", "name"),
    ("d06_bahrain", "Abdul Jalil Khalil", [0], "OFFICIAL", None, "Abdul Jalil Khalil", "name"),  # former MP
    ("d06_bahrain", "U.S. Navy", [0], "ORG", None, "United States Navy", "name"),
    ("d06_bahrain", "5th Fleet", [0], "ORG", None, "United States Fifth Fleet", "name"),
    ("d06_bahrain", "Bahrain News Agency", [0], "ORG", None, "Bahrain News Agency", "name"),

    # d07_aceh (BANDA ACEH, Aceh, Banda Aceh, North Aceh (a province and its places), Tokyo, Geneva,
    # Cot Rambong, Hercules (an aircraft), `Indonesian initials` and `the Indonesian acronym` (the
    # language), `the province`, `the country's` not tagged; `Aceh` inside the group's name is not
    # tagged separately)
    ("d07_aceh", "Indonesia", [0], "COUNTRY", INDONESIA, "Indonesia", "name"),
    ("d07_aceh", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d07_aceh", "Indonesian", [0], "COUNTRY", INDONESIA, "Indonesia", "demonym"),  # Indonesian troops
    ("d07_aceh", "East Timor", [0], "COUNTRY", TIMOR_LESTE, "Timor-Leste", "name"),  # independent since 2002
    ("d07_aceh", "Megawati Sukarnoputri", [0], "OFFICIAL", None, "Megawati Sukarnoputri", "name"),
    ("d07_aceh", "Endriartono Sutarto", [0], "OFFICIAL", None, "Endriartono Sutarto", "name"),
    ("d07_aceh", "Free Aceh Movement", [0], "GROUP", None, "Free Aceh Movement", "name"),
    ("d07_aceh", "GAM", "all", "GROUP", None, "Free Aceh Movement", "acronym"),
    ("d07_aceh", "Kostrad", [0], "ORG", None, "Kostrad", "name"),  # the army's strategic reserve command
    ("d07_aceh", "Ahmad Yani Basuki", [0], "OFFICIAL", None, "Ahmad Yani Basuki", "name"),
    ("d07_aceh", "Sofyan Dawood", [0], "OFFICIAL", None, "Sofyan Dawood", "name"),
    ("d07_aceh", "TNI", [0], "ORG", None, "Indonesian National Armed Forces", "acronym"),
    ("d07_aceh", "Dawood", [1], "OFFICIAL", None, "Sofyan Dawood", "surname"),
    ("d07_aceh", "Daud", [0], "OFFICIAL", None, "Sofyan Dawood", "surname"),  # the other spelling, one person
    ("d07_aceh", "Susilo Bambang Yudhoyono", [0], "OFFICIAL", None, "Susilo Bambang Yudhoyono", "name"),
    ("d07_aceh", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("d07_aceh", "Japan", [0], "COUNTRY", JAPAN, "Japan", "name"),
    ("d07_aceh", "European Union", [0], "ORG", EU, "European Union", "name"),
    ("d07_aceh", "World Bank", [0], "ORG", WORLD_BANK, "World Bank", "name"),
    ("d07_aceh", "Swedish", [0], "COUNTRY", SWEDEN, "Sweden", "demonym"),  # Swedish-based
    ("d07_aceh", "Hasan di Tiro", [0], "OFFICIAL", None, "Hasan di Tiro", "name"),

    # d08_liberia (press release; `EXECUTIVE SECRETARIAT`, `The Executive Secretariat`, `The
    # Secretariat` (the organisation's secretariat, named by function), `its Monitoring Group`
    # (blind17's `Its Commission`), Abuja, Monrovia, Roberts International Airport, Tubmanburg,
    # `government forces`, `The Executive Secretary`, `The Force Commander`, `The Chairman` (titles) not
    # tagged; `ECOWAS` and `Liberia` inside `ECOWAS Mission in Liberia`, `Sierra Leone` inside
    # UNAMSIL's name, `Liberians` and `Liberia` inside the groups' names are not tagged separately)
    ("d08_liberia", "ECONOMIC COMMUNITY OF WEST AFRICAN STATES", [0], "ORG", None,
     "Economic Community of West African States", "name"),
    ("d08_liberia", "ECOMIL", "all", "ORG", None, "ECOWAS Mission in Liberia", "acronym"),
    ("d08_liberia", "Economic Community of West African States", [0], "ORG", None,
     "Economic Community of West African States", "name"),
    ("d08_liberia", "ECOWAS", [0, 2, 3, 4], "ORG", None, "Economic Community of West African States", "acronym"),
    ("d08_liberia", "ECOWAS Mission in Liberia", [0], "ORG", None, "ECOWAS Mission in Liberia", "name"),
    ("d08_liberia", "Nigerian", [0], "COUNTRY", NIGERIA, "Nigeria", "demonym"),
    ("d08_liberia", "United Nations Mission in Sierra Leone", [0], "ORG", None,
     "United Nations Mission in Sierra Leone", "name"),
    ("d08_liberia", "UNAMSIL", [0], "ORG", None, "United Nations Mission in Sierra Leone", "acronym"),
    ("d08_liberia", "Festus Okonkwo", [0], "OFFICIAL", None, "Festus Okonkwo", "name"),  # `Brigadier-General`
    ("d08_liberia", "Nigeria", "all", "COUNTRY", NIGERIA, "Nigeria", "name"),  # `(Nigeria)`, `of Nigeria`
    ("d08_liberia", "Ghana", "all", "COUNTRY", GHANA, "Ghana", "name"),
    ("d08_liberia", "Mali", [0], "COUNTRY", MALI, "Mali", "name"),
    ("d08_liberia", "Senegal", [0], "COUNTRY", SENEGAL, "Senegal", "name"),
    ("d08_liberia", "Togo", [0], "COUNTRY", TOGO, "Togo", "name"),
    ("d08_liberia", "Gambia", [0], "COUNTRY", GAMBIA, "The Gambia", "name"),  # `The` outside (blind17)
    ("d08_liberia", "Mohamed Ibn Chambas", [0], "OFFICIAL", None, "Mohamed Ibn Chambas", "name"),  # `Dr` outside
    ("d08_liberia", "Liberia", [1, 3], "COUNTRY", LIBERIA, "Liberia", "name"),  # people of Liberia, in 1990
    ("d08_liberia", "Liberians United for Reconciliation and Democracy", [0], "GROUP", None,
     "Liberians United for Reconciliation and Democracy", "name"),
    ("d08_liberia", "LURD", [0], "GROUP", None, "Liberians United for Reconciliation and Democracy", "acronym"),
    ("d08_liberia", "MODEL", [0], "GROUP", None, "Movement for Democracy in Liberia", "acronym"),
    ("d08_liberia", "Movement for Democracy in Liberia", [0], "GROUP", None, "Movement for Democracy in Liberia",
     "name"),
    ("d08_liberia", "United States", [0], "COUNTRY", USA, "United States", "name"),  # the Embassy is not tagged
    ("d08_liberia", "Charles Taylor", [0], "OFFICIAL", None, "Charles Taylor", "name"),
    ("d08_liberia", "Olusegun Obasanjo", [0], "OFFICIAL", None, "Olusegun Obasanjo", "name"),
    ("d08_liberia", "John Agyekum Kufuor", [0], "OFFICIAL", None, "John Agyekum Kufuor", "name"),
    ("d08_liberia", "United Nations Security Council", [0], "ORG", UNSC, "United Nations Security Council", "name"),
    ("d08_liberia", "UN", "all", "ORG", UN, "United Nations", "acronym"),  # stabilisation force, Secretary-General
    ("d08_liberia", "Kofi Annan", [0], "OFFICIAL", None, "Kofi Annan", "name"),
    ("d08_liberia", "Jacques Paul Klein", [0], "OFFICIAL", None, "Jacques Paul Klein", "name"),
    ("d08_liberia", "ECOMOG", [0], "ORG", None, "ECOWAS Monitoring Group", "acronym"),
    ("d08_liberia", "Liberians", [1], "COUNTRY", LIBERIA, "Liberia", "demonym"),  # 0 is inside LURD's name
]

# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# --------------------------------------------------------------------------------------------
DATES = [
    # d01_omagh, document date 1998-08-16 (Sunday, 1998-W33): a Sunday paper, `yesterday` = Saturday.
    # `Good Friday` inside the agreement's name is not a date.
    ("d01_omagh", "yesterday afternoon", 0, "TIME", "1998-08-15TAF", "document"),
    ("d01_omagh", "30 years", 0, "DURATION", "P30Y", "absolute"),
    ("d01_omagh", "3.10pm", 0, "TIME", "1998-08-15T15:10", "document"),
    ("d01_omagh", "about 40 minutes", 0, "DURATION", "PT40M", "absolute"),  # about 40 minutes after
    ("d01_omagh", "last night", 0, "TIME", "1998-08-15TNI", "document"),
    ("d01_omagh", "last autumn", 0, "DATE", "1997-FA", "document"),
    ("d01_omagh", "last night", 1, "TIME", "1998-08-15TNI", "document"),
    ("d01_omagh", "tomorrow", 0, "DATE", "1998-08-17", "document"),
    ("d01_omagh", "the first three hours", 0, "DURATION", "PT3H", "absolute"),
    ("d01_omagh", "four months", 0, "DURATION", "P4M", "absolute"),  # four months after
    ("d01_omagh", "10 April", 0, "DATE", "1998-04-10", "document"),
    ("d01_omagh", "less than three months", 0, "DURATION", "P3M", "absolute"),
    ("d01_omagh", "22 May", 0, "DATE", "1998-05-22", "document"),

    # d02_bougainville, document date 1997-03-18 (Tuesday, 1997-W12)
    ("d02_bougainville", "MARCH 18", 0, "DATE", "1997-03-18", "document"),
    ("d02_bougainville", "TUESDAY", 0, "DATE", "1997-03-18", "document"),
    ("d02_bougainville", "A DAY", 0, "DURATION", "P1D", "absolute"),  # A DAY AFTER (blind17's `a day after`)
    ("d02_bougainville", "LATE MONDAY", 0, "DATE", "1997-03-17", "document"),
    ("d02_bougainville", "JANUARY", 0, "DATE", "1997-01", "document"),
    ("d02_bougainville", "1989", 0, "DATE", "1989", "absolute"),  # SINCE 1989
    ("d02_bougainville", "MONDAY", 1, "DATE", "1997-03-17", "document"),  # SINCE MONDAY (0 is in LATE MONDAY)
    ("d02_bougainville", "14 DAYS", 0, "DURATION", "P14D", "absolute"),
    ("d02_bougainville", "EIGHT YEARS", 0, "DURATION", "P8Y", "absolute"),
    ("d02_bougainville", "LAST SEPTEMBER", 0, "DATE", "1996-09", "document"),

    # d03_conakry, document date 2009-09-29 (Tuesday, 2009-W40); `the 28 September stadium` is a
    # name (the stadium is named for the date of the 1958 referendum), not a date; `45` is an age
    ("d03_conakry", "29 September 2009", 0, "DATE", "2009-09-29", "absolute"),
    ("d03_conakry", "Tuesday", 0, "DATE", "2009-09-29", "document"),
    ("d03_conakry", "last December", 0, "DATE", "2008-12", "document"),
    ("d03_conakry", "Monday", 0, "DATE", "2009-09-28", "document"),
    ("d03_conakry", "January", 0, "DATE", "2010-01", "document"),  # an election due in January
    ("d03_conakry", "two days", 0, "DURATION", "P2D", "absolute"),
    ("d03_conakry", "Wednesday", 0, "DATE", "2009-09-30", "document"),
    ("d03_conakry", "Tuesday", 1, "DATE", "2009-09-29", "document"),
    ("d03_conakry", "hours", 0, "DURATION", "PTXH", "absolute"),  # hours after
    ("d03_conakry", "December", 1, "DATE", "2008-12", "document"),  # died in December (0 is `last December`)
    ("d03_conakry", "24 years", 0, "DURATION", "P24Y", "absolute"),
    ("d03_conakry", "1958", 0, "DATE", "1958", "absolute"),  # a year as modifier

    # d04_barajas, document date 2006-12-30 (Saturday, 2006-W52); `nine-month-old` is an -old
    # adjective, not a date; `Terminal 4` a name
    ("d04_barajas", "Dec 30", 0, "DATE", "2006-12-30", "document"),
    ("d04_barajas", "Saturday", 0, "DATE", "2006-12-30", "document"),
    ("d04_barajas", "9 a.m.", 0, "TIME", "2006-12-30T09:00", "document"),
    ("d04_barajas", "0800 GMT", 0, "TIME", "2006-12-30T08:00", "document"),
    ("d04_barajas", "Friday", 0, "DATE", "2006-12-29", "document"),
    ("d04_barajas", "a year", 0, "DURATION", "P1Y", "absolute"),  # within a year
    ("d04_barajas", "hours", 0, "DURATION", "PTXH", "absolute"),  # hours after the attack
    ("d04_barajas", "about an hour", 0, "DURATION", "PT1H", "absolute"),  # about an hour before
    ("d04_barajas", "nearly 40 years", 0, "DURATION", "P40Y", "absolute"),
    ("d04_barajas", "March", 0, "DATE", "2006-03", "document"),
    ("d04_barajas", "May 2003", 0, "DATE", "2003-05", "absolute"),
    ("d04_barajas", "Tuesday", 0, "DATE", "2007-01-02", "document"),  # the Tuesday after Saturday 30 December
    ("d04_barajas", "Friday night", 0, "TIME", "2006-12-29TNI", "document"),

    # d05_aracinovo, no input date; byline `Tuesday, 26 June 2001` (2001-W26). `52-year-old` is an age
    ("d05_aracinovo", "two weeks", 0, "DURATION", "P2W", "absolute"),  # headline
    ("d05_aracinovo", "Tuesday, 26 June 2001", 0, "DATE", "2001-06-26", "absolute"),
    # a clock time followed directly by its day is one TIME (blind17); `shortly after` is a signal
    ("d05_aracinovo", "8 p.m. Monday", 0, "TIME", "2001-06-25T20:00", "document"),
    ("d05_aracinovo", "two weeks", 1, "DURATION", "P2W", "absolute"),
    ("d05_aracinovo", "hours", 0, "DURATION", "PTXH", "absolute"),  # Within hours
    ("d05_aracinovo", "June 12", 0, "DATE", "2001-06-12", "document"),
    ("d05_aracinovo", "Friday", 0, "DATE", "2001-06-22", "document"),
    ("d05_aracinovo", "hours", 1, "DURATION", "PTXH", "absolute"),  # hours away, in a quotation
    ("d05_aracinovo", "13 days", 0, "DURATION", "P13D", "absolute"),
    ("d05_aracinovo", "Every night", 0, "SET", "XXXX-XX-XXTNI", "absolute"),
    ("d05_aracinovo", "February", 0, "DATE", "2001-02", "document"),
    ("d05_aracinovo", "1991", 0, "DATE", "1991", "absolute"),
    ("d05_aracinovo", "1993", 0, "DATE", "1993", "absolute"),

    # d06_bahrain, document date 2011-03-15 (Tuesday, 2011-W11); `six-nation` is not a date
    ("d06_bahrain", "three months", 0, "DURATION", "P3M", "absolute"),
    ("d06_bahrain", "Tuesday", 0, "DATE", "2011-03-15", "document"),
    ("d06_bahrain", "a day", 0, "DURATION", "P1D", "absolute"),  # a day after
    ("d06_bahrain", "around 7 a.m.", 0, "TIME", "2011-03-15T07:00", "document"),
    ("d06_bahrain", "more than five hours", 0, "DURATION", "PT5H", "absolute"),
    ("d06_bahrain", "Monday", 0, "DATE", "2011-03-14", "document"),
    ("d06_bahrain", "last month", 0, "DATE", "2011-02", "document"),
    ("d06_bahrain", "Feb. 14", 0, "DATE", "2011-02-14", "document"),
    ("d06_bahrain", "every Friday", 0, "SET", "XXXX-WXX-5", "absolute"),
    ("d06_bahrain", "February", 0, "DATE", "2011-02", "document"),
    ("d06_bahrain", "Feb. 17", 0, "DATE", "2011-02-17", "document"),
    ("d06_bahrain", "more than two centuries", 0, "DURATION", "P2CE", "absolute"),
    ("d06_bahrain", "Tuesday", 1, "DATE", "2011-03-15", "document"),
    ("d06_bahrain", "later this week", 0, "DATE", "2011-W11", "document"),

    # d07_aceh, document date 2003-05-20 (Tuesday, 2003-W21); `the second day` is not a date
    ("d07_aceh", "May 20", 0, "DATE", "2003-05-20", "document"),
    ("d07_aceh", "Tuesday", 0, "DATE", "2003-05-20", "document"),
    ("d07_aceh", "1975", 0, "DATE", "1975", "absolute"),  # its 1975 invasion
    ("d07_aceh", "Monday", 0, "DATE", "2003-05-19", "document"),
    ("d07_aceh", "Sunday", 0, "DATE", "2003-05-18", "document"),
    ("d07_aceh", "six months", 0, "DURATION", "P6M", "absolute"),
    ("d07_aceh", "Monday", 1, "DATE", "2003-05-19", "document"),  # On Monday, 458 paratroopers
    ("d07_aceh", "about 7 a.m.", 0, "TIME", "2003-05-19T07:00", "document"),  # that Monday
    ("d07_aceh", "Monday", 2, "DATE", "2003-05-19", "document"),  # since Monday
    ("d07_aceh", "Monday", 3, "DATE", "2003-05-19", "document"),  # since Monday (schools)
    ("d07_aceh", "Monday night", 0, "TIME", "2003-05-19TNI", "document"),
    ("d07_aceh", "twice a day", 0, "SET", "P1D", "absolute"),
    ("d07_aceh", "last December", 0, "DATE", "2002-12", "document"),
    ("d07_aceh", "the 1970s", 0, "DATE", "197", "absolute"),  # since the 1970s
    ("d07_aceh", "1976", 0, "DATE", "1976", "absolute"),

    # d08_liberia, document date 2003-08-05 (Tuesday, 2003-W32), the press release's own date.
    # Not dates: `087/2003` (a release number), `resolution 1497 (2003)` (the resolution's
    # designation), `too long`
    ("d08_liberia", "5 August 2003", 0, "DATE", "2003-08-05", "absolute"),
    ("d08_liberia", "Monday, 4 August 2003", 0, "DATE", "2003-08-04", "absolute"),
    ("d08_liberia", "14:30 hours GMT", 0, "TIME", "2003-08-04T14:30", "absolute"),
    ("d08_liberia", "72 hours", 0, "DURATION", "PT72H", "absolute"),  # within 72 hours
    ("d08_liberia", "the end of the month", 0, "DATE", "2003-08", "document"),
    ("d08_liberia", "19 July", 0, "DATE", "2003-07-19", "document"),
    ("d08_liberia", "21 July", 0, "DATE", "2003-07-21", "document"),
    ("d08_liberia", "11 August 2003", 0, "DATE", "2003-08-11", "absolute"),
    ("d08_liberia", "1 August 2003", 0, "DATE", "2003-08-01", "absolute"),
    ("d08_liberia", "1 October 2003", 0, "DATE", "2003-10-01", "absolute"),
    ("d08_liberia", "1990", 0, "DATE", "1990", "absolute"),
    ("d08_liberia", "The past 14 years", 0, "DURATION", "P14Y", "absolute"),
]

# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, surface, occurrence, label, min, max, approximate, negated, victims)
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    # d01_omagh (`treated 108 casualties` mixes killed and injured: not annotated)
    ("d01_omagh", "kills 28", 0, "KILLED", 28, 28, False, False, None),  # headline
    ("d01_omagh", "killing 28 people", 0, "KILLED", 28, 28, False, False, "people"),
    ("d01_omagh", "injuring more than 200", 0, "INJURED", 200, None, False, False, None),
    ("d01_omagh", "nine children were among the dead", 0, "KILLED", 9, 9, False, False, "children"),
    ("d01_omagh", "one woman was still unaccounted for", 0, "MISSING", 1, 1, False, False, "woman"),
    ("d01_omagh", "Two Spanish visitors, a schoolboy and the young woman who led his exchange group, were also killed",
     0, "KILLED", 2, 2, False, False, "Spanish visitors"),

    # d02_bougainville (`THOUSANDS OF PROTESTERS`, `ABOUT 70 SANDLINE CONTRACTORS` (confined),
    # `DETAINED THE MERCENARIES' COMMANDER` (an arrest) are not casualties)
    ("d02_bougainville", "NO ONE WAS HURT", 0, "INJURED", 0, 0, False, True, None),
    ("d02_bougainville", "KILLED BETWEEN 10,000 AND 15,000 PEOPLE", 0, "KILLED", 10000, 15000, True, False,
     "PEOPLE"),
    ("d02_bougainville", "KILLED 12 SOLDIERS", 0, "KILLED", 12, 12, False, False, "SOLDIERS"),
    ("d02_bougainville", "TOOK FIVE OTHERS HOSTAGE", 0, "KIDNAPPED", 5, 5, False, False, None),

    # d03_conakry (`tens of thousands of people` (the crowd), `assaulted women` (no count), `They
    # wanted to kill us`, `a bloodless coup` and Conte's natural death are not casualties)
    ("d03_conakry", "the killing of at least 157 opposition supporters", 0, "KILLED", 157, None, False, False,
     "opposition supporters"),
    ("d03_conakry", "157 people had been killed", 0, "KILLED", 157, 157, False, False, "people"),
    ("d03_conakry", "more than 1,200 wounded", 0, "INJURED", 1200, None, False, False, None),
    ("d03_conakry", "the toll at 57 dead", 0, "KILLED", 57, 57, False, False, None),
    ("d03_conakry", "Two former prime ministers who lead opposition parties, Cellou Dalein Diallo and Sidya Toure, "
     "were beaten", 0, "INJURED", 2, 2, False, False, "former prime ministers"),
    ("d03_conakry", "Dozens of people were still missing", 0, "MISSING", 24, 99, True, False, "people"),

    # d04_barajas (`three calls`, `roughly 400,000 Ecuadoreans`, `three men seen leaving the van` are
    # not casualties; the two missing men are stated twice)
    ("d04_barajas", "injuring at least 19 people", 0, "INJURED", 19, None, False, False, "people"),
    ("d04_barajas", "leaving two Ecuadorean men missing", 0, "MISSING", 2, 2, False, False, "Ecuadorean men"),
    ("d04_barajas", "the two missing men", 0, "MISSING", 2, 2, False, False, "men"),
    ("d04_barajas", "killed more than 800 people", 0, "KILLED", 800, None, False, False, "people"),
    ("d04_barajas", "killed two policemen", 0, "KILLED", 2, 2, False, False, "policemen"),

    # d05_aracinovo (`several hundred fighters`, `thousands of ethnic Macedonian protesters`, `10,000
    # residents`, `displaced more than 70,000` are not casualties)
    ("d05_aracinovo", "Two journalists were injured", 0, "INJURED", 2, 2, False, False, "journalists"),
    ("d05_aracinovo", "five members of the security forces had been wounded", 0, "INJURED", 5, 5, False, False,
     "members of the security forces"),
    ("d05_aracinovo", "one police reservist killed", 0, "KILLED", 1, 1, False, False, "police reservist"),
    ("d05_aracinovo", "killed at least a dozen civilians", 0, "KILLED", 12, None, True, False, "civilians"),
    ("d05_aracinovo", "killed dozens of people", 0, "KILLED", 24, 99, True, False, "people"),

    # d06_bahrain (`more than 1,000 Saudi troops`, `about 500 police`, `its 18 members` are not
    # casualties; `Seven people were killed …, four of them when …` is one statement)
    ("d06_bahrain", "3 dead", 0, "KILLED", 3, 3, False, False, None),  # headline
    ("d06_bahrain", "At least two protesters were killed", 0, "KILLED", 2, None, False, False, "protesters"),
    ("d06_bahrain", "more than 200 people were wounded", 0, "INJURED", 200, None, False, False, "people"),
    ("d06_bahrain", "a Saudi soldier was shot dead", 0, "KILLED", 1, 1, False, False, "Saudi soldier"),
    ("d06_bahrain", "Seven people were killed", 0, "KILLED", 7, 7, False, False, "people"),

    # d07_aceh (`458 paratroopers` and `the more than 150 schools burned` are not casualties)
    ("d07_aceh", "shot dead 19 rebels", 0, "KILLED", 19, 19, False, False, "rebels"),
    ("d07_aceh", "lost one soldier", 0, "KILLED", 1, 1, False, False, "soldier"),
    ("d07_aceh", "three others wounded", 0, "INJURED", 3, 3, False, False, None),
    ("d07_aceh", "lost only four men", 0, "KILLED", 4, 4, False, False, "men"),
    ("d07_aceh", "killing 12 civilians", 0, "KILLED", 12, 12, False, False, "civilians"),
    # an enumeration: one village chief + his son = 2
    ("d07_aceh", "a village chief and his son had been abducted", 0, "KIDNAPPED", 2, 2, False, False,
     "village chief and his son"),
    ("d07_aceh", "More than 10,000 people, most of them civilians, have been killed", 0, "KILLED", 10000, None,
     False, False, "people"),

    # d08_liberia (`ECOMIL recorded no casualties` mixes killed and injured: not annotated; `336
    # Nigerian soldiers`, `about 3,250 troops`, `stop the killing`, `displaced hundreds of thousands`
    # are not casualties)
    ("d08_liberia", "claimed the lives of more than 1,000 civilians", 0, "KILLED", 1000, None, False, False,
     "civilians"),
    ("d08_liberia", "killed at least 25 displaced persons", 0, "KILLED", 25, None, False, False, "displaced persons"),
    ("d08_liberia", "Some 40 displaced persons have been missing", 0, "MISSING", 40, 40, True, False,
     "displaced persons"),
]


# --------------------------------------------------------------------------------------------
# QUOTES: (doc, exact quotation with its marks, occurrence, closed, (speaker surface, occurrence
# or None for the nearest), speaker entity or None, (cue surface, occurrence or None))
# --------------------------------------------------------------------------------------------
def off(name):
    return (None, name, "officials")


QUOTES = [
    # d01_omagh (curly single quotes among curly apostrophes: Ireland’s)
    ("d01_omagh", "\u2018They were herding people down the street to what they thought was safety,\u2019", 0, True,
     ("Michael Doherty", 0), None, ("said", None)),
    ("d01_omagh", "\u2018Then the whole street just lifted.\u2019", 0, True, ("Michael Doherty", 0), None,
     ("said", 0)),
    ("d01_omagh", "\u2018deliberately misleading\u2019", 0, True, ("Ronnie Flanagan", 0), off("Ronnie Flanagan"),
     ("said", 1)),
    ("d01_omagh", "\u2018an appalling act of savagery and evil\u2019", 0, True, ("Tony Blair", 0), off("Tony Blair"),
     ("called", 0)),
    ("d01_omagh", "\u2018totally horrified\u2019", 0, True, ("Gerry Adams", 0), off("Gerry Adams"), ("said", None)),
    ("d01_omagh", "\u2018I condemn this action without any equivocation whatsoever.\u2019", 0, True, ("He", 0),
     off("Gerry Adams"), ("added", 0)),
    ("d01_omagh", "\u2018pursue these people with every resource the state has\u2019", 0, True, ("Bertie Ahern", 0),
     off("Bertie Ahern"), ("said", None)),

    # d02_bougainville (ALL CAPS, straight double quotes)
    ("d02_bougainville", "\"FOREIGN SOLDIERS OF FORTUNE.\"", 0, True, ("JERRY SINGIROK", 0), off("Jerry Singirok"),
     ("SAID", 0)),
    ("d02_bougainville", "\"I AM NOT STAGING A COUP,\"", 0, True, ("SINGIROK", 1), off("Jerry Singirok"),
     ("SAID", 1)),
    ("d02_bougainville", "\"I AM ASKING THE PRIME MINISTER TO STEP ASIDE.\"", 0, True, ("SINGIROK", 1),
     off("Jerry Singirok"), ("SAID", 1)),
    ("d02_bougainville", "\"TANTAMOUNT TO MUTINY\"", 0, True, ("CHAN", 3), off("Julius Chan"), ("CALLED", 0)),
    ("d02_bougainville", "\"DEEPLY CONCERNED.\"", 0, True, ("ALEXANDER DOWNER", 0), off("Alexander Downer"),
     ("SAID", None)),
    ("d02_bougainville", "\"THE PEOPLE OF BOUGAINVILLE WERE RIGHT.\"", 0, True, ("FRANCIS ONA", 0),
     off("Francis Ona"), ("SAID", None)),
    ("d02_bougainville", "\"WE WILL WATCH AND WAIT,\"", 0, True, ("HE", None), off("Sam Kauona"), ("SAID", None)),

    # d03_conakry (straight double quotes; British punctuation outside partial quotations)
    # a headline's partial quotation: the role noun `junta chief` is the speaker, linked to Camara
    ("d03_conakry", "\"uncontrolled\"", 0, True, ("junta chief", 0), off("Moussa Dadis Camara"), ("blames", 0)),
    ("d03_conakry", "\"uncontrolled elements\"", 0, True, ("Moussa Dadis Camara", 0), off("Moussa Dadis Camara"),
     ("blamed", 0)),
    # a ministry speaks: tagged as it stands, unlinked (blind17's `Azerbaijan's foreign ministry`)
    ("d03_conakry", "\"trampled in the crush\"", 0, True, ("interior ministry", 0), None, ("put", 0)),
    ("d03_conakry", "\"They wanted to kill us,\"", 0, True, ("Diallo", 1), off("Cellou Dalein Diallo"),
     ("told", 0)),
    ("d03_conakry", "\"Those who did this are uncontrolled elements of the army,\"", 0, True, ("Camara", 2),
     off("Moussa Dadis Camara"), ("told", 1)),
    ("d03_conakry", "\"Even I, as head of state, cannot claim to control every soldier.\"", 0, True, ("Camara", 2),
     off("Moussa Dadis Camara"), ("told", 1)),
    ("d03_conakry", "\"savage\"", 0, True, ("Bernard Kouchner", 0), off("Bernard Kouchner"), ("called", 0)),
    ("d03_conakry", "\"deeply shocked\"", 0, True, ("Jean Ping", 0), off("Jean Ping"), ("said", None)),

    # d04_barajas (curly double quotes)
    ("d04_barajas", "\u201cI have ordered the suspension of all initiatives to develop the dialogue,\u201d", 0, True,
     ("Zapatero", 2), off("José Luis Rodríguez Zapatero"), ("said", None)),
    ("d04_barajas", "\u201cAn attack like this is the opposite of what is needed.\u201d", 0, True, ("Zapatero", 2),
     off("José Luis Rodríguez Zapatero"), ("said", None)),
    ("d04_barajas", "\u201cWe have not found them yet. We are working, but the rubble is enormous,\u201d", 0, True,
     ("minister", 0), off("Alfredo Pérez Rubalcaba"), ("said", None)),
    # the group's own words: the group is the speaker, linked
    ("d04_barajas", "\u201cpermanent ceasefire\u201d", 0, True, ("ETA", 2), (None, "ETA", "groups"),
     ("declared", 0)),
    ("d04_barajas", "\u201cThe government must end this process now,\u201d", 0, True, ("Mariano Rajoy", 0),
     off("Mariano Rajoy"), ("said", None)),

    # d05_aracinovo (curly double quotes; British punctuation outside; a quotation continued into the
    # next paragraph: the first part has no closing mark and is its own, unclosed, quotation)
    ("d05_aracinovo", "\u201csaved lives and saved the peace process\u201d", 0, True, ("Robertson", 0),
     off("George Robertson"), ("said", None)),
    ("d05_aracinovo", "\u201cOur forces were hours away from finishing the job,\u201d", 0, True, ("Georgievski", 1),
     off("Ljubčo Georgievski"), ("said", None)),
    ("d05_aracinovo", "\u201cInstead, the terrorists are being driven home in American buses, with NATO holding the door.",
     0, False, ("Georgievski", 1), off("Ljubčo Georgievski"), ("said", 4)),
    # the quotation's second paragraph keeps the attribution of its first
    ("d05_aracinovo", "\u201cThe people of Macedonia will not forgive this.\u201d", 0, True, ("Georgievski", 1),
     off("Ljubčo Georgievski"), ("said", 4)),
    ("d05_aracinovo", "\u201cto give diplomacy a chance\u201d", 0, True, ("Ali Ahmeti", 0), off("Ali Ahmeti"),
     ("said", None)),
    ("d05_aracinovo", "\u201cWe have slept on a school floor for 13 days,\u201d", 0, True, ("Fatmir", 0), None,
     ("said", None)),
    ("d05_aracinovo", "\u201cEvery night we hear the guns.\u201d", 0, True, ("Fatmir", 0), None, ("said", None)),

    # d06_bahrain (straight double quotes; American punctuation inside)
    ("d06_bahrain", "\"The GCC forces are here to protect vital facilities, not to confront the people,\"", 0, True,
     ("Khalid bin Ahmed Al Khalifa", 0), off("Khalid bin Ahmed Al Khalifa"), ("told", 0)),
    ("d06_bahrain", "\"unacceptable\"", 0, True, ("Ramin Mehmanparast", 0), off("Ramin Mehmanparast"),
     ("called", 0)),
    ("d06_bahrain", "\"complicate\"", 0, True, ("Ramin Mehmanparast", 0), off("Ramin Mehmanparast"),
     ("said", None)),
    ("d06_bahrain", "\"maximum restraint.\"", 0, True, ("Jay Carney", 0), off("Jay Carney"), ("urged", 0)),
    ("d06_bahrain", "\"This is an occupation,\"", 0, True, ("Abdul Jalil Khalil", 0), off("Abdul Jalil Khalil"),
     ("said", None)),
    ("d06_bahrain", "\"We ask the world to protect us.\"", 0, True, ("Abdul Jalil Khalil", 0),
     off("Abdul Jalil Khalil"), ("said", None)),

    # d07_aceh (straight double quotes; pronoun speakers)
    ("d07_aceh", "\"We are hunting them in the hills and villages,\"", 0, True, ("he", None),
     off("Ahmad Yani Basuki"), ("told", 0)),
    ("d07_aceh", "\"If they surrender, they will be treated well.\"", 0, True, ("he", None),
     off("Ahmad Yani Basuki"), ("told", 0)),
    ("d07_aceh", "\"The TNI is shooting farmers and calling them rebels,\"", 0, True, ("he", None),
     off("Sofyan Dawood"), ("said", None)),

    # d08_liberia (straight double quotes; the title `Executive Secretary` is the speaker, linked)
    ("d08_liberia", "\"The people of Liberia have suffered for too long. ECOMIL is here to stop the killing,\"", 0,
     True, ("Executive Secretary", 1), off("Mohamed Ibn Chambas"), ("said", None)),
]

if __name__ == "__main__":
    run("blind18", ENTITIES, DATES, CASUALTIES, QUOTES)
