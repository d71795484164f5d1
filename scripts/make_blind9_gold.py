#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind9.

Texts: tests/fixtures/blind9/news.jsonl (eight original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors (the table layout and
helper functions follow scripts/make_blind8_gold.py).

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, that spans of one type do not overlap, that every document of news.jsonl is
in every output file, and writes tests/fixtures/gold/blind9.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind9_gold.py [--show]   (--show prints every span in context)
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
UGANDA, DRC, KENYA, SOMALIA, NIGER, MALI, BURKINA, FRANCE, RUSSIA, USA = (
    "Q1036", "Q974", "Q114", "Q1045", "Q1032", "Q912", "Q965", "Q142", "Q159", "Q30")
INDONESIA, NETHERLANDS, NZ, PERU, BIH, SERBIA, TOGO, NEPAL, INDIA = (
    "Q252", "Q55", "Q664", "Q419", "Q225", "Q403", "Q945", "Q837", "Q668")
UN, EU, AU, REUTERS, AP, AFP = ("Q1065", "Q458", "Q7159", "Q130879", "Q40469", "Q40464")

ENTITIES = [
    # d01_uganda (Kampala, Kasese, Kyabarungira, Bwera, Mpondwe, X, the operation name Shujaa and
    # the community leader Moses Bwambale are not tagged)
    ("d01_uganda", "Reuters", "all", "ORG", REUTERS, "Reuters", "name"),
    ("d01_uganda", "Allied Democratic Forces", [0], "GROUP", None, "Allied Democratic Forces", "name"),
    ("d01_uganda", "ADF", "all", "GROUP", None, "Allied Democratic Forces", "acronym"),
    ("d01_uganda", "Uganda", [0, 1], "COUNTRY", UGANDA, "Uganda", "name"),  # 2 is in UPDF's name
    ("d01_uganda", "Democratic Republic of Congo", [0], "COUNTRY", DRC, "Democratic Republic of the Congo", "name"),
    ("d01_uganda", "Congo", [1, 2, 3], "COUNTRY", DRC, "Democratic Republic of the Congo", "name"),  # 0 in the full name
    ("d01_uganda", "Ronald Ainebyona", [0], "OFFICIAL", None, "Ronald Ainebyona", "name"),  # army spokesman
    ("d01_uganda", "Ainebyona", [1], "OFFICIAL", None, "Ronald Ainebyona", "surname"),
    ("d01_uganda", "Ugandan", [0], "COUNTRY", UGANDA, "Uganda", "demonym"),
    ("d01_uganda", "Islamic State", "all", "GROUP", None, "Islamic State", "name"),
    ("d01_uganda", "Amaq", [0], "ORG", None, "Amaq News Agency", "name"),  # a news agency (IS's)
    ("d01_uganda", "Yoweri Museveni", [0], "OFFICIAL", None, "Yoweri Museveni", "name"),
    ("d01_uganda", "Uganda People's Defence Forces", [0], "ORG", None, "Uganda People's Defence Forces", "name"),
    ("d01_uganda", "UPDF", [0], "ORG", None, "Uganda People's Defence Forces", "acronym"),
    # d02_kenya (Nairobi, Mandera, Elwak, Kotulo, Wajir, Garissa, Lamu and the shopkeeper are not tagged)
    ("d02_kenya", "Kenyan", "all", "COUNTRY", KENYA, "Kenya", "demonym"),
    ("d02_kenya", "Somali", [0], "COUNTRY", SOMALIA, "Somalia", "demonym"),
    ("d02_kenya", "Kenya", "all", "COUNTRY", KENYA, "Kenya", "name"),
    ("d02_kenya", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d02_kenya", "Somalia", [0, 1, 3], "COUNTRY", SOMALIA, "Somalia", "name"),  # 2 is in AUSSOM's name
    ("d02_kenya", "al-Shabab", [0], "GROUP", None, "al-Shabaab", "name"),
    ("d02_kenya", "Al-Shabab", [0], "GROUP", None, "al-Shabaab", "name"),
    ("d02_kenya", "al-Qaida", [0], "GROUP", None, "Al-Qaeda", "name"),
    ("d02_kenya", "Samuel Onyango", [0], "OFFICIAL", None, "Samuel Onyango", "name"),  # county police commander
    ("d02_kenya", "Kipchumba Murkomen", [0], "OFFICIAL", None, "Kipchumba Murkomen", "name"),
    ("d02_kenya", "Murkomen", [1], "OFFICIAL", None, "Kipchumba Murkomen", "surname"),
    ("d02_kenya", "African Union Support and Stabilization Mission in Somalia", [0], "ORG", None,
     "African Union Support and Stabilization Mission in Somalia", "name"),
    ("d02_kenya", "AUSSOM", [0], "ORG", None, "African Union Support and Stabilization Mission in Somalia",
     "acronym"),
    ("d02_kenya", "AU", [0], "ORG", AU, "African Union", "acronym"),
    ("d02_kenya", "William Ruto", [0], "OFFICIAL", None, "William Ruto", "name"),
    # d03_niger (Niamey, Fambita, Tillaberi, Agadez, "Western", the interior ministry not tagged)
    ("d03_niger", "Niger", "all", "COUNTRY", NIGER, "Niger", "name"),
    ("d03_niger", "Tiani", [0, 2, 3], "OFFICIAL", None, "Abdourahamane Tiani", "surname"),  # 1 in the full name
    ("d03_niger", "AFP", [0], "ORG", AFP, "Agence France-Presse", "acronym"),
    ("d03_niger", "Abdourahamane Tiani", [0], "OFFICIAL", None, "Abdourahamane Tiani", "name"),
    ("d03_niger", "Islamic State Sahel Province", [0], "GROUP", None, "Islamic State Sahel Province", "name"),
    ("d03_niger", "ISSP", [0], "GROUP", None, "Islamic State Sahel Province", "acronym"),
    ("d03_niger", "Tele Sahel", "all", "ORG", None, "Tele Sahel", "name"),
    ("d03_niger", "Mohamed Bazoum", [0], "OFFICIAL", None, "Mohamed Bazoum", "name"),
    ("d03_niger", "Economic Community of West African States", [0], "ORG", None,
     "Economic Community of West African States", "name"),
    ("d03_niger", "ECOWAS", [0], "ORG", None, "Economic Community of West African States", "acronym"),
    ("d03_niger", "Mali", "all", "COUNTRY", MALI, "Mali", "name"),
    ("d03_niger", "Burkina Faso", "all", "COUNTRY", BURKINA, "Burkina Faso", "name"),
    ("d03_niger", "Alliance of Sahel States", [0], "ORG", None, "Alliance of Sahel States", "name"),
    ("d03_niger", "AES", "all", "ORG", None, "Alliance of Sahel States", "acronym"),
    ("d03_niger", "French", [0], "COUNTRY", FRANCE, "France", "demonym"),
    ("d03_niger", "Russia", [0], "COUNTRY", RUSSIA, "Russia", "name"),
    ("d03_niger", "US", [0], "COUNTRY", USA, "United States", "acronym"),
    # d04_papua (Papua, "Papuan", Jayapura, Yahukimo, Sulawesi, Java, Dekai, Jakarta, Nduga, the
    # reporter Rina Hartono and the freed pilot Phillip Mehrtens are not tagged)
    ("d04_papua", "Indonesia", "all", "COUNTRY", INDONESIA, "Indonesia", "name"),
    ("d04_papua", "West Papua National Liberation Army", [0], "GROUP", None, "West Papua National Liberation Army",
     "name"),
    ("d04_papua", "TPNPB", "all", "GROUP", None, "West Papua National Liberation Army", "acronym"),
    ("d04_papua", "Free Papua Movement", [0], "GROUP", None, "Free Papua Movement", "name"),
    ("d04_papua", "OPM", [0], "GROUP", None, "Free Papua Movement", "acronym"),
    ("d04_papua", "Sebby Sambom", [0], "OFFICIAL", None, "Sebby Sambom", "name"),  # TPNPB spokesman
    ("d04_papua", "Andreas Wenda", [0], "OFFICIAL", None, "Andreas Wenda", "name"),  # police spokesman (invented)
    ("d04_papua", "TNI", "all", "ORG", None, "Indonesian National Armed Forces", "acronym"),
    ("d04_papua", "Agus Subiyanto", [0], "OFFICIAL", None, "Agus Subiyanto", "name"),
    ("d04_papua", "Prabowo Subianto", [0], "OFFICIAL", None, "Prabowo Subianto", "name"),
    ("d04_papua", "Dutch", [0], "COUNTRY", NETHERLANDS, "Netherlands", "demonym"),
    ("d04_papua", "UN", [0], "ORG", UN, "United Nations", "acronym"),  # in "UN-backed"
    ("d04_papua", "New Zealand", [0], "COUNTRY", NZ, "New Zealand", "name"),
    # d05_peru (Lima, the VRAEM, Pichari, Washington, El Comercio, "Spanish" not tagged)
    ("d05_peru", "Peru", [0, 1, 3], "COUNTRY", PERU, "Peru", "name"),  # 2 is in the MPCP's name
    ("d05_peru", "Peruvian", [0], "COUNTRY", PERU, "Peru", "demonym"),
    ("d05_peru", "Shining Path", "all", "GROUP", None, "Shining Path", "name"),
    ("d05_peru", "Joint Command of the Armed Forces", [0], "ORG", None, "Joint Command of the Armed Forces of Peru",
     "name"),
    ("d05_peru", "Walter Astudillo", [0], "OFFICIAL", None, "Walter Astudillo", "name"),
    ("d05_peru", "Militarized Communist Party of Peru", [0], "GROUP", None, "Militarized Communist Party of Peru",
     "name"),
    ("d05_peru", "MPCP", [0], "GROUP", None, "Militarized Communist Party of Peru", "acronym"),
    ("d05_peru", "Víctor Quispe Palomino", [0], "OFFICIAL", None, "Víctor Quispe Palomino", "name"),
    ("d05_peru", "Comrade José", [0], "OFFICIAL", None, "Víctor Quispe Palomino", "alias"),
    ("d05_peru", "Quispe Palomino", [1], "OFFICIAL", None, "Víctor Quispe Palomino", "surname"),  # 0 in full name
    ("d05_peru", "Dina Boluarte", [0], "OFFICIAL", None, "Dina Boluarte", "name"),
    ("d05_peru", "Abimael Guzmán", [0], "OFFICIAL", None, "Abimael Guzmán", "name"),  # the group's founder
    ("d05_peru", "Truth and Reconciliation Commission", [0], "ORG", None, "Truth and Reconciliation Commission",
     "name"),
    # d06_bosnia (Sarajevo, Banja Luka, Belgrade, Republika Srpska, the Bosniak-Croat Federation,
    # "Serb", "the West", the state court not tagged)
    ("d06_bosnia", "Bosnia", "all", "COUNTRY", BIH, "Bosnia and Herzegovina", "name"),
    ("d06_bosnia", "Dodik", [0, 2, 3, 4, 5], "OFFICIAL", None, "Milorad Dodik", "surname"),  # 1 in the full name
    ("d06_bosnia", "Milorad Dodik", [0], "OFFICIAL", None, "Milorad Dodik", "name"),
    ("d06_bosnia", "Radovan Višković", [0], "OFFICIAL", None, "Radovan Višković", "name"),
    ("d06_bosnia", "Nenad Stevandić", [0], "OFFICIAL", None, "Nenad Stevandić", "name"),
    ("d06_bosnia", "State Investigation and Protection Agency", [0], "ORG", None,
     "State Investigation and Protection Agency", "name"),
    ("d06_bosnia", "SIPA", "all", "ORG", None, "State Investigation and Protection Agency", "acronym"),
    ("d06_bosnia", "EU", [0], "ORG", EU, "European Union", "acronym"),
    ("d06_bosnia", "EUFOR", [0], "ORG", None, "EUFOR", "acronym"),
    ("d06_bosnia", "Christian Schmidt", [0], "OFFICIAL", None, "Christian Schmidt", "name"),
    ("d06_bosnia", "Bosnian", "all", "COUNTRY", BIH, "Bosnia and Herzegovina", "demonym"),  # "Bosnian Serb(s)"
    ("d06_bosnia", "Serbian", [0], "COUNTRY", SERBIA, "Serbia", "demonym"),
    ("d06_bosnia", "Aleksandar Vučić", [0], "OFFICIAL", None, "Aleksandar Vučić", "name"),
    ("d06_bosnia", "Russia", [0], "COUNTRY", RUSSIA, "Russia", "name"),
    ("d06_bosnia", "Igor Kalabukhov", [0], "OFFICIAL", None, "Igor Kalabukhov", "name"),
    # d07_togo (LOME, KPINKANKANDI, SAVANES, DAPAONG, GULF OF GUINEA, WEST AFRICA'S not tagged)
    ("d07_togo", "TOGO", "all", "COUNTRY", TOGO, "Togo", "name"),
    ("d07_togo", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d07_togo", "TOGOLESE", "all", "COUNTRY", TOGO, "Togo", "demonym"),
    ("d07_togo", "BURKINA FASO", "all", "COUNTRY", BURKINA, "Burkina Faso", "name"),
    ("d07_togo", "TVT", [0], "ORG", None, "Télévision Togolaise", "acronym"),
    ("d07_togo", "AL QAEDA", [0], "GROUP", None, "Al-Qaeda", "name"),  # in "AL QAEDA-LINKED"
    ("d07_togo", "JNIM", [0], "GROUP", None, "Jama'at Nusrat al-Islam wal-Muslimin", "acronym"),
    ("d07_togo", "FAURE GNASSINGBE", [0], "OFFICIAL", None, "Faure Gnassingbé", "name"),
    ("d07_togo", "GNASSINGBE", [1], "OFFICIAL", None, "Faure Gnassingbé", "surname"),
    # d08_nepal (Kathmandu, the Kathmandu Valley, Facebook, YouTube, the Supreme Court, parliament and
    # the student Sujata Rai not tagged)
    ("d08_nepal", "Nepal", [0, 2, 3], "COUNTRY", NEPAL, "Nepal", "name"),  # 1 is in "Nepal Army"
    ("d08_nepal", "Oli", [0, 2, 3], "OFFICIAL", None, "K. P. Sharma Oli", "surname"),  # 1 in the full name
    ("d08_nepal", "K.P. Sharma Oli", [0], "OFFICIAL", None, "K. P. Sharma Oli", "name"),
    ("d08_nepal", "Nepal Army", [0], "ORG", None, "Nepal Army", "name"),
    ("d08_nepal", "Ashok Raj Sigdel", [0], "OFFICIAL", None, "Ashok Raj Sigdel", "name"),
    ("d08_nepal", "Ramesh Lekhak", [0], "OFFICIAL", None, "Ramesh Lekhak", "name"),
    ("d08_nepal", "Ram Chandra Poudel", [0], "OFFICIAL", None, "Ram Chandra Poudel", "name"),
    ("d08_nepal", "United Nations", [0], "ORG", UN, "United Nations", "name"),  # "United Nations human rights office"
    ("d08_nepal", "India", [0], "COUNTRY", INDIA, "India", "name"),
]

# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# --------------------------------------------------------------------------------------------
DATES = [
    # d01_uganda, document date 2025-03-04 (Tuesday, 2025-W10)
    ("d01_uganda", "March 4", 0, "DATE", "2025-03-04", "document"),
    ("d01_uganda", "Tuesday", 0, "DATE", "2025-03-04", "document"),
    ("d01_uganda", "Monday", 0, "DATE", "2025-03-03", "document"),  # "early on Monday"
    ("d01_uganda", "about 0200 GMT", 0, "TIME", "2025-03-03T02:00", "document"),
    ("d01_uganda", "the 1990s", 0, "DATE", "199", "absolute"),
    ("d01_uganda", "more than two decades", 0, "DURATION", "P20Y", "absolute"),
    ("d01_uganda", "2019", 0, "DATE", "2019", "absolute"),  # "since 2019"
    ("d01_uganda", "late 2021", 0, "DATE", "2021", "absolute"),
    ("d01_uganda", "Monday evening", 0, "TIME", "2025-03-03TEV", "document"),
    ("d01_uganda", "next month", 0, "DATE", "2025-04", "document"),
    ("d01_uganda", "June 2023", 0, "DATE", "2023-06", "absolute"),
    # d02_kenya, document date 2025-07-15 (Tuesday, 2025-W29)
    ("d02_kenya", "Monday", 0, "DATE", "2025-07-14", "document"),
    ("d02_kenya", "about 10 a.m.", 0, "TIME", "2025-07-14T10:00", "document"),
    ("d02_kenya", "Tuesday", 0, "DATE", "2025-07-15", "document"),
    ("d02_kenya", "October 2011", 0, "DATE", "2011-10", "absolute"),
    ("d02_kenya", "Jan. 1", 0, "DATE", "2025-01-01", "document"),
    ("d02_kenya", "June", 0, "DATE", "2025-06", "document"),
    ("d02_kenya", "last week", 0, "DATE", "2025-W28", "document"),
    ("d02_kenya", "2011", 1, "DATE", "2011", "absolute"),  # "since 2011"; 0 is in "October 2011"
    ("d02_kenya", "May", 0, "DATE", "2025-05", "document"),
    ("d02_kenya", "Every week", 0, "SET", "P1W", "absolute"),  # in a quotation
    # d03_niger, document date 2025-03-28 (Friday, 2025-W13)
    ("d03_niger", "five-year", 0, "DURATION", "P5Y", "absolute"),  # headline
    ("d03_niger", "28 March 2025", 0, "DATE", "2025-03-28", "absolute"),
    ("d03_niger", "Wednesday", 0, "DATE", "2025-03-26", "document"),
    ("d03_niger", "five-year", 1, "DURATION", "P5Y", "absolute"),
    ("d03_niger", "days", 0, "DURATION", "PXD", "absolute"),  # "days after jihadists killed"
    ("d03_niger", "February", 0, "DATE", "2025-02", "document"),
    ("d03_niger", "26 July 2023", 0, "DATE", "2023-07-26", "absolute"),
    ("d03_niger", "21 March", 0, "DATE", "2025-03-21", "document"),
    ("d03_niger", "three days", 0, "DURATION", "P3D", "absolute"),
    ("d03_niger", "20 months", 0, "DURATION", "P20M", "absolute"),
    ("d03_niger", "January", 0, "DATE", "2025-01", "document"),
    ("d03_niger", "August last year", 0, "DATE", "2024-08", "document"),
    ("d03_niger", "the coming weeks", 0, "DATE", "FUTURE_REF", "absolute"),  # in a partial quotation
    ("d03_niger", "now", 0, "DATE", "PRESENT_REF", "absolute"),
    # d04_papua, no JSONL date; the byline date Wednesday, 9 April 2025 (2025-W15)
    ("d04_papua", "Wednesday, 9 April 2025", 0, "DATE", "2025-04-09", "absolute"),
    ("d04_papua", "Sunday", 0, "DATE", "2025-04-06", "document"),
    ("d04_papua", "two days later", 0, "DATE", "2025-04-08", "document"),  # two days after that Sunday
    ("d04_papua", "January", 0, "DATE", "2025-01", "document"),
    ("d04_papua", "Thursday", 0, "DATE", "2025-04-10", "document"),
    ("d04_papua", "last October", 0, "DATE", "2024-10", "document"),
    ("d04_papua", "1969", 0, "DATE", "1969", "absolute"),
    ("d04_papua", "the 1960s", 0, "DATE", "196", "absolute"),
    ("d04_papua", "2018", 0, "DATE", "2018", "absolute"),  # "since 2018"
    ("d04_papua", "February 2023", 0, "DATE", "2023-02", "absolute"),
    ("d04_papua", "19 months later", 0, "DATE", "2024-09", "document"),  # 19 months after February 2023
    # d05_peru, document date 2025-05-14 (Wednesday, 2025-W20)
    ("d05_peru", "Wednesday", 0, "DATE", "2025-05-14", "document"),
    ("d05_peru", "Tuesday afternoon", 0, "TIME", "2025-05-13TAF", "document"),
    ("d05_peru", "three days", 0, "DURATION", "P3D", "absolute"),
    ("d05_peru", "another 60 days", 0, "DURATION", "P60D", "absolute"),
    ("d05_peru", "1980", 0, "DATE", "1980", "absolute"),
    ("d05_peru", "September 1992", 0, "DATE", "1992-09", "absolute"),
    ("d05_peru", "1980", 1, "DATE", "1980", "absolute"),  # "between 1980 and 2000"
    ("d05_peru", "2000", 0, "DATE", "2000", "absolute"),
    ("d05_peru", "2008", 0, "DATE", "2008", "absolute"),  # "Since 2008"
    ("d05_peru", "March 2024", 0, "DATE", "2024-03", "absolute"),
    # d06_bosnia, document date 2025-03-20 (Thursday, 2025-W12)
    ("d06_bosnia", "Wednesday", 0, "DATE", "2025-03-19", "document"),
    ("d06_bosnia", "the 1990s", 0, "DATE", "199", "absolute"),
    ("d06_bosnia", "26 February", 0, "DATE", "2025-02-26", "document"),
    ("d06_bosnia", "one year", 0, "DURATION", "P1Y", "absolute"),
    ("d06_bosnia", "six years", 0, "DURATION", "P6Y", "absolute"),
    ("d06_bosnia", "Tuesday evening", 0, "TIME", "2025-03-18TEV", "document"),
    ("d06_bosnia", "Thursday", 0, "DATE", "2025-03-20", "document"),
    ("d06_bosnia", "earlier this month", 0, "DATE", "2025-03", "document"),
    ("d06_bosnia", "Wednesday night", 0, "TIME", "2025-03-19TNI", "document"),
    ("d06_bosnia", "2006", 0, "DATE", "2006", "absolute"),  # "since 2006"
    # d07_togo, document date 2025-04-22 (Tuesday, 2025-W17)
    ("d07_togo", "APRIL 22", 0, "DATE", "2025-04-22", "document"),
    ("d07_togo", "MONDAY", 0, "DATE", "2025-04-21", "document"),  # "SAID MONDAY"
    ("d07_togo", "EARLY SUNDAY", 0, "DATE", "2025-04-20", "document"),
    ("d07_togo", "ABOUT THREE HOURS", 0, "DURATION", "PT3H", "absolute"),
    ("d07_togo", "LATE MONDAY", 0, "DATE", "2025-04-21", "document"),
    ("d07_togo", "2005", 0, "DATE", "2005", "absolute"),
    ("d07_togo", "TWO DAYS", 0, "DURATION", "P2D", "absolute"),
    ("d07_togo", "NOVEMBER 2021", 0, "DATE", "2021-11", "absolute"),
    ("d07_togo", "JUNE 2022", 0, "DATE", "2022-06", "absolute"),
    ("d07_togo", "NEXT WEEK", 0, "DATE", "2025-W18", "document"),
    # d08_nepal, document date 2025-09-10 (Wednesday, 2025-W37)
    ("d08_nepal", "Sept 10", 0, "DATE", "2025-09-10", "document"),
    ("d08_nepal", "Wednesday", 0, "DATE", "2025-09-10", "document"),
    ("d08_nepal", "two days", 0, "DURATION", "P2D", "absolute"),
    ("d08_nepal", "10 p.m.", 0, "TIME", "2025-09-09T22:00", "document"),
    ("d08_nepal", "Tuesday", 0, "DATE", "2025-09-09", "document"),  # "from 10 p.m. on Tuesday"
    ("d08_nepal", "Monday", 0, "DATE", "2025-09-08", "document"),
    ("d08_nepal", "that day", 0, "DATE", "2025-09-08", "document"),
    ("d08_nepal", "that evening", 0, "TIME", "2025-09-08TEV", "document"),
    ("d08_nepal", "Tuesday afternoon", 0, "TIME", "2025-09-09TAF", "document"),
    ("d08_nepal", "Tuesday", 2, "DATE", "2025-09-09", "document"),  # "killed on Tuesday"; 1 is in "Tuesday afternoon"
    ("d08_nepal", "July 2024", 0, "DATE", "2024-07", "absolute"),
    ("d08_nepal", "hours", 0, "DURATION", "PTXH", "absolute"),  # "within hours"
    ("d08_nepal", "2021", 0, "DATE", "2021", "absolute"),
    ("d08_nepal", "The previous year", 0, "DATE", "2020", "document"),  # the year before 2021
    ("d08_nepal", "Monday", 1, "DATE", "2025-09-08", "document"),  # "joined the march on Monday"
    ("d08_nepal", "Now", 0, "DATE", "PRESENT_REF", "absolute"),  # in a quotation
    ("d08_nepal", "2008", 0, "DATE", "2008", "absolute"),
]

# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, surface, occurrence, label, min, max, approximate, negated, victims)
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    # d01_uganda
    ("d01_uganda", "killed at least 23 villagers", 0, "KILLED", 23, None, False, False, "villagers"),
    ("d01_uganda", "Nine people were wounded", 0, "INJURED", 9, 9, False, False, "people"),
    ("d01_uganda", "four others, including a nurse, were abducted", 0, "KIDNAPPED", 4, 4, False, False, "others"),
    ("d01_uganda", "No soldiers were killed", 0, "KILLED", 0, 0, False, True, "soldiers"),
    ("d01_uganda", "killed 42 people", 0, "KILLED", 42, 42, False, False, "people"),
    # d02_kenya
    ("d02_kenya", "kills 5 Kenyan police officers", 0, "KILLED", 5, 5, False, False, "Kenyan police officers"),
    ("d02_kenya", "killed five police officers", 0, "KILLED", 5, 5, False, False, "police officers"),
    ("d02_kenya", "wounded two others", 0, "INJURED", 2, 2, False, False, "others"),
    ("d02_kenya", "at least eight people were killed", 0, "KILLED", 8, None, False, False, "people"),
    ("d02_kenya", "No one was hurt", 0, "INJURED", 0, 0, False, True, None),
    # d03_niger
    ("d03_niger", "killed 44 civilians", 0, "KILLED", 44, 44, False, False, "civilians"),
    ("d03_niger", "At least 44 people were killed", 0, "KILLED", 44, None, False, False, "people"),
    ("d03_niger", "13 wounded", 0, "INJURED", 13, 13, False, False, None),
    ("d03_niger", "more than 1,500 civilians have been killed", 0, "KILLED", 1500, None, False, False, "civilians"),
    # d04_papua
    ("d04_papua", "killing at least 11 gold miners", 0, "KILLED", 11, None, False, False, "gold miners"),
    ("d04_papua", "Seven more miners are missing", 0, "MISSING", 7, 7, False, False, "miners"),
    ("d04_papua", "two were wounded", 0, "INJURED", 2, 2, False, False, None),
    ("d04_papua", "killed 19 road workers", 0, "KILLED", 19, 19, False, False, "road workers"),
    ("d04_papua", "took a New Zealand pilot, Phillip Mehrtens, hostage", 0, "KIDNAPPED", 1, 1, False, False,
     "New Zealand pilot"),
    # d05_peru
    ("d05_peru", "Four soldiers killed", 0, "KILLED", 4, 4, False, False, "soldiers"),  # headline
    ("d05_peru", "Four Peruvian soldiers were killed", 0, "KILLED", 4, 4, False, False, "Peruvian soldiers"),
    ("d05_peru", "six wounded", 0, "INJURED", 6, 6, False, False, None),
    ("d05_peru", "A fifth soldier is missing", 0, "MISSING", 1, 1, False, False, "soldier"),
    ("d05_peru", "About 69,000 people died", 0, "KILLED", 69000, 69000, True, False, "people"),
    ("d05_peru", "at least 90 members of the security forces have been killed", 0, "KILLED", 90, None, False, False,
     "members of the security forces"),
    ("d05_peru", "left three soldiers dead", 0, "KILLED", 3, 3, False, False, "soldiers"),
    # d06_bosnia
    ("d06_bosnia", "no one was injured", 0, "INJURED", 0, 0, False, True, None),
    ("d06_bosnia", "killed some 100,000 people", 0, "KILLED", 100000, 100000, True, False, "people"),
    # d07_togo
    ("d07_togo", "KILLED EIGHT TOGOLESE SOLDIERS AND TWO CIVILIANS", 0, "KILLED", 10, 10, False, False,
     "TOGOLESE SOLDIERS AND TWO CIVILIANS"),
    ("d07_togo", "AT LEAST 13 SOLDIERS WERE WOUNDED", 0, "INJURED", 13, None, False, False, "SOLDIERS"),
    ("d07_togo", "TAKEN TWO SOLDIERS PRISONER", 0, "KIDNAPPED", 2, 2, False, False, "SOLDIERS"),
    ("d07_togo", "SEVERAL VILLAGERS WERE MISSING", 0, "MISSING", 3, 9, True, False, "VILLAGERS"),
    # d08_nepal
    ("d08_nepal", "killed at least 25 people", 0, "KILLED", 25, None, False, False, "people"),
    ("d08_nepal", "Nineteen people were killed", 0, "KILLED", 19, 19, False, False, "people"),
    ("d08_nepal", "more than 400 injured", 0, "INJURED", 400, None, False, False, None),
    ("d08_nepal", "Three police officers were among at least six people killed", 0, "KILLED", 6, None, False, False,
     "people"),
]

# --------------------------------------------------------------------------------------------
# QUOTES: (doc, surface incl. marks, occurrence, closed, speaker (surface, occurrence or None for
# the nearest), speaker entity (qid, name, gazetteer) or None, cue (surface, occurrence or None))
# --------------------------------------------------------------------------------------------
AINEBYONA = (None, "Ronald Ainebyona", "officials")
MUSEVENI = (None, "Yoweri Museveni", "officials")
MURKOMEN = (None, "Kipchumba Murkomen", "officials")
RUTO = (None, "William Ruto", "officials")
TIANI = (None, "Abdourahamane Tiani", "officials")
TPNPB = (None, "West Papua National Liberation Army", "groups")
SAMBOM = (None, "Sebby Sambom", "officials")
WENDA = (None, "Andreas Wenda", "officials")
SUBIYANTO = (None, "Agus Subiyanto", "officials")
ASTUDILLO = (None, "Walter Astudillo", "officials")
DODIK = (None, "Milorad Dodik", "officials")
SCHMIDT = (None, "Christian Schmidt", "officials")
VUCIC = (None, "Aleksandar Vučić", "officials")
KALABUKHOV = (None, "Igor Kalabukhov", "officials")
GNASSINGBE = (None, "Faure Gnassingbé", "officials")
SIGDEL = (None, "Ashok Raj Sigdel", "officials")
OLI = (None, "K. P. Sharma Oli", "officials")
INDIA_SP = (INDIA, "India", "countries")

QUOTES = [
    # d01_uganda
    ("d01_uganda", "\"The attackers crossed from Congo and went back the same way,\"", 0, True,
     ("Ainebyona", 1), AINEBYONA, ("told", 0)),
    ("d01_uganda", "\"Our forces are pursuing them.\"", 0, True, ("Ainebyona", 1), AINEBYONA, ("told", 0)),
    ("d01_uganda", "\"finish the job\"", 0, True, ("Yoweri Museveni", 0), MUSEVENI, ("said", 3)),
    ("d01_uganda", "\"People are sleeping in the school compound. We need food and blankets,\"", 0, True,
     ("he", None), None, ("said", None)),  # Moses Bwambale, not an entity
    # d02_kenya
    ("d02_kenya", "“surrender a single inch”", 0, True, ("Kipchumba Murkomen", 0), MURKOMEN, ("said", 2)),
    ("d02_kenya", "“These cowards plant bombs and run back across the border,”", 0, True, ("Murkomen", 1),
     MURKOMEN, ("said", 3)),
    ("d02_kenya", "“We will follow them.”", 0, True, ("Murkomen", 1), MURKOMEN, ("said", 3)),
    ("d02_kenya", "“until it is safe.”", 0, True, ("William Ruto", 0), RUTO, ("said", None)),
    ("d02_kenya", "“Every week there is something,”", 0, True, ("he", None), None, ("said", None)),
    ("d02_kenya", "“People no longer go out after dark.”", 0, True, ("he", None), None, ("said", None)),
    # d03_niger ("national refoundation" names the charter: a scare quote, not a quotation)
    ("d03_niger", "\"The terrorists have no religion,\"", 0, True, ("ministry", 1), None, ("said", None)),
    ("d03_niger", "\"Our sovereignty is not for sale,\"", 0, True, ("Tiani", 3), TIANI, ("told", 0)),
    ("d03_niger", "\"in the coming weeks\"", 0, True, ("he", None), TIANI, ("said", None)),
    ("d03_niger", "\"whole districts\"", 0, True, ("diplomat", 0), None, ("said", None)),
    ("d03_niger", "\"The army holds the towns. The jihadists hold the roads,\"", 0, True, ("diplomat", 1), None,
     ("said", None)),
    # d04_papua
    ("d04_papua", "‘soldiers in disguise’", 0, True, ("rebels", 0), TPNPB, ("say", 0)),  # headline
    ("d04_papua", "‘They were not miners. They were soldiers in disguise,’", 0, True, ("Sebby Sambom", 0), SAMBOM,
     ("said", None)),
    ("d04_papua", "‘a lie to cover a massacre’", 0, True, ("Andreas Wenda", 0), WENDA, ("called", 0)),
    ("d04_papua", "\"hunt down every perpetrator\"", 0, True, ("Agus Subiyanto", 0), SUBIYANTO, ("told", 0)),
    # d05_peru ("Comrade José." is an alias in quotation marks, not a quotation)
    ("d05_peru", "\"They are not revolutionaries, they are the armed wing of drug trafficking,\"", 0, True,
     ("minister", 0), ASTUDILLO, ("told", 0)),
    ("d05_peru", "\"We will not rest until we capture them.\"", 0, True, ("minister", 0), ASTUDILLO, ("told", 0)),
    # d06_bosnia
    ("d06_bosnia", "“I will not go to Sarajevo to be humiliated,”", 0, True, ("he", None), DODIK, ("told", 0)),
    ("d06_bosnia", "“They can come and get me.”", 0, True, ("he", None), DODIK, ("told", 0)),
    ("d06_bosnia", "“in line with the law”", 0, True, ("spokesperson", 0), None, ("said", None)),
    ("d06_bosnia", "“an attack on the constitutional order”", 0, True, ("Christian Schmidt", 0), SCHMIDT,
     ("called", 0)),
    ("d06_bosnia", "“not abandon”", 0, True, ("Aleksandar Vučić", 0), VUCIC, ("said", None)),
    ("d06_bosnia", "“meddling”", 0, True, ("Igor Kalabukhov", 0), KALABUKHOV, ("accused", 0)),
    # d07_togo
    ("d07_togo", "\"NEUTRALIZED,\"", 0, True, ("IT", None), None, ("SAID", None)),  # the government statement
    ("d07_togo", "\"WE HAVE LOST BRAVE MEN, BUT THE REPUBLIC STANDS,\"", 0, True, ("FAURE GNASSINGBE", 0),
     GNASSINGBE, ("SAID", None)),
    ("d07_togo", "\"PEOPLE RAN INTO THE BUSH AND SOME HAVE NOT COME BACK,\"", 0, True, ("HE", None), None,
     ("SAID", None)),  # an unnamed local official
    # d08_nepal (‘Gen Z’ in the headline is a scare-quoted term, not a quotation)
    ("d08_nepal", "“return home and choose dialogue”", 0, True, ("Ashok Raj Sigdel", 0), SIGDEL, ("urged", 0)),
    ("d08_nepal", "“to pave the way for a constitutional solution”", 0, True, ("Oli", 2), OLI, ("said", None)),
    ("d08_nepal", "“We came with flags and water bottles. We came because they shut down the only place where we "
     "could speak,”", 0, True, ("she", None), None, ("said", None)),
    ("d08_nepal", "“Nobody thought the government would shoot at children. Now nobody wants to go home until "
     "someone is held responsible.”", 0, True, ("she", None), None, ("said", None)),
    ("d08_nepal", "“closely monitoring”", 0, True, ("India", 0), INDIA_SP, ("said", None)),
]


if __name__ == "__main__":
    run("blind9", ENTITIES, DATES, CASUALTIES, QUOTES)
