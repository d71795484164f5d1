#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind14.

Texts: tests/fixtures/blind14/news.jsonl (eight original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors (the table layout and
helper functions follow scripts/make_blind13_gold.py).

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, that spans of one type do not overlap, that every document of news.jsonl is
in every output file, and writes tests/fixtures/gold/blind14.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind14_gold.py [--show]   (--show prints every span in context)
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
EL_SALVADOR, USA, PARAGUAY, ARGENTINA, RUSSIA, ISRAEL, SENEGAL, MAURITANIA, GAMBIA = (
    "Q792", "Q30", "Q733", "Q414", "Q159", "Q801", "Q1041", "Q1025", "Q1005")
POLAND, BELARUS, ALGERIA, AFGHANISTAN, MALI, NIGER, CHAD, VIETNAM, CHINA, PHILIPPINES = (
    "Q36", "Q184", "Q262", "Q889", "Q912", "Q1032", "Q657", "Q881", "Q148", "Q928")
LAOS = "Q819"
EU, REUTERS, AP, AFP = ("Q458", "Q130879", "Q40469", "Q40464")

ENTITIES = [
    # d01_elsalvador (SAN SALVADOR, La Libertad, the Legislative Assembly (a legislature), Twitter,
    # Amnesty International (an NGO), "the U.S. Embassy" (only U.S. tagged) not tagged)
    ("d01_elsalvador", "El Salvador", "all", "COUNTRY", EL_SALVADOR, "El Salvador", "name"),  # headline, dateline
    ("d01_elsalvador", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d01_elsalvador", "Salvadoran", "all", "COUNTRY", EL_SALVADOR, "El Salvador", "demonym"),
    ("d01_elsalvador", "Nayib Bukele", [0], "OFFICIAL", None, "Nayib Bukele", "name"),
    ("d01_elsalvador", "Bukele", [1, 2], "OFFICIAL", None, "Nayib Bukele", "surname"),
    ("d01_elsalvador", "Mara Salvatrucha", [0], "GROUP", None, "Mara Salvatrucha", "name"),
    ("d01_elsalvador", "MS-13", "all", "GROUP", None, "Mara Salvatrucha", "acronym"),
    ("d01_elsalvador", "Gustavo Villatoro", [0], "OFFICIAL", None, "Gustavo Villatoro", "name"),
    ("d01_elsalvador", "Barrio 18", [0], "GROUP", None, "Barrio 18", "name"),
    ("d01_elsalvador", "Villatoro", [1], "OFFICIAL", None, "Gustavo Villatoro", "surname"),
    ("d01_elsalvador", "National Civil Police", [0], "ORG", None, "National Civil Police (El Salvador)", "name"),
    ("d01_elsalvador", "Mauricio Arriaza Chicas", [0], "OFFICIAL", None, "Mauricio Arriaza Chicas", "name"),
    ("d01_elsalvador", "Ren\u00e9 Merino Monroy", [0], "OFFICIAL", None, "Ren\u00e9 Merino Monroy", "name"),
    ("d01_elsalvador", "Ernesto Castro", [0], "OFFICIAL", None, "Ernesto Castro", "name"),  # Assembly president
    ("d01_elsalvador", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("d01_elsalvador", "U.S.", [0], "COUNTRY", USA, "United States", "acronym"),  # "The U.S. Embassy"
    # d02_paraguay (ASUNCION/Asuncion, Concepcion, Yby Yau, the Interior Ministry; the farmhand Adelio
    # Mendoza and the abducted police officer Edelio Morinigo (victims) and "the Denis family" not tagged)
    ("d02_paraguay", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d02_paraguay", "Paraguayan", [0], "COUNTRY", PARAGUAY, "Paraguay", "demonym"),  # 1 is in the EPP's name
    ("d02_paraguay", "Oscar Denis", [0], "OFFICIAL", None, "Oscar Denis", "name"),  # former vice president
    ("d02_paraguay", "Paraguayan People's Army", [0], "GROUP", None, "Paraguayan People's Army", "name"),
    ("d02_paraguay", "EPP", "all", "GROUP", None, "Paraguayan People's Army", "acronym"),
    ("d02_paraguay", "Denis", [1, 3, 4], "OFFICIAL", None, "Oscar Denis", "surname"),  # 3 = "the Denis ranch"
    ("d02_paraguay", "Mario Abdo Benitez", [0], "OFFICIAL", None, "Mario Abdo Ben\u00edtez", "name"),
    ("d02_paraguay", "Euclides Acevedo", [0], "OFFICIAL", None, "Euclides Acevedo", "name"),
    ("d02_paraguay", "Nelson Benitez", [0], "OFFICIAL", None, "Nelson Benitez", "name"),  # invented FTC spokesman
    ("d02_paraguay", "Joint Task Force", [0], "ORG", None, "Joint Task Force (Paraguay)", "name"),
    ("d02_paraguay", "FTC", "all", "ORG", None, "Joint Task Force (Paraguay)", "acronym"),
    ("d02_paraguay", "Argentine", [0], "COUNTRY", ARGENTINA, "Argentina", "demonym"),
    ("d02_paraguay", "Argentina", [0], "COUNTRY", ARGENTINA, "Argentina", "name"),
    ("d02_paraguay", "Paraguay", [0], "COUNTRY", PARAGUAY, "Paraguay", "name"),
    ("d02_paraguay", "Abdo", [1], "OFFICIAL", None, "Mario Abdo Ben\u00edtez", "surname"),  # 0 in the full name
    # d03_dagestan (MOSCOW, Moscow, Dagestan (a region), Derbent, Makhachkala, Sergokala, the Kremlin,
    # Crocus City Hall, "Russia" inside the party name "United Russia" not tagged)
    ("d03_dagestan", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d03_dagestan", "Russia", [0], "COUNTRY", RUSSIA, "Russia", "name"),  # 1 is in "United Russia"
    ("d03_dagestan", "National Anti-Terrorism Committee", [0], "ORG", None, "National Anti-Terrorism Committee", "name"),
    ("d03_dagestan", "Sergei Melikov", [0], "OFFICIAL", None, "Sergei Melikov", "name"),
    ("d03_dagestan", "Investigative Committee", [0], "ORG", None, "Investigative Committee of Russia", "alias"),
    ("d03_dagestan", "Magomed Omarov", [0], "OFFICIAL", None, "Magomed Omarov", "name"),  # district head
    ("d03_dagestan", "Dmitry Peskov", [0], "OFFICIAL", None, "Dmitry Peskov", "name"),
    ("d03_dagestan", "Vladimir Putin", [0], "OFFICIAL", None, "Vladimir Putin", "name"),
    ("d03_dagestan", "Federal Security Service", [0], "ORG", None, "Federal Security Service", "name"),
    ("d03_dagestan", "FSB", [0], "ORG", None, "Federal Security Service", "acronym"),
    ("d03_dagestan", "Peskov", [1], "OFFICIAL", None, "Dmitry Peskov", "surname"),
    ("d03_dagestan", "Caucasus Emirate", [0], "GROUP", None, "Caucasus Emirate", "name"),
    ("d03_dagestan", "Islamic State", "all", "GROUP", None, "Islamic State", "name"),  # 0 in "Islamic State-linked"
    ("d03_dagestan", "Sergey Melikov", [0], "OFFICIAL", None, "Sergei Melikov", "alias"),  # second transliteration
    ("d03_dagestan", "Israel", [0], "COUNTRY", ISRAEL, "Israel", "name"),
    ("d03_dagestan", "Russian Federation", [0], "COUNTRY", RUSSIA, "Russia", "name"),
    # d04_senegal (DIAMNIADIO, Dakar, Ziguinchor, Africa/West Africa (continent), the byline reporter,
    # the Constitutional Council (a court), parliament not tagged)
    ("d04_senegal", "Senegal", "all", "COUNTRY", SENEGAL, "Senegal", "name"),
    ("d04_senegal", "Faye", [0, 2, 3, 4, 5, 6], "OFFICIAL", None, "Bassirou Diomaye Faye", "surname"),  # 0 headline
    ("d04_senegal", "Bassirou Diomaye Faye", [0], "OFFICIAL", None, "Bassirou Diomaye Faye", "name"),
    ("d04_senegal", "Mauritania", [0], "COUNTRY", MAURITANIA, "Mauritania", "name"),
    ("d04_senegal", "Mohamed Ould Ghazouani", [0], "OFFICIAL", None, "Mohamed Ould Ghazouani", "name"),
    ("d04_senegal", "Gambia", [0], "COUNTRY", GAMBIA, "The Gambia", "name"),
    ("d04_senegal", "Adama Barrow", [0], "OFFICIAL", None, "Adama Barrow", "name"),
    ("d04_senegal", "Senegalese", [0], "COUNTRY", SENEGAL, "Senegal", "demonym"),  # in a quotation
    ("d04_senegal", "Macky Sall", [0], "OFFICIAL", None, "Macky Sall", "name"),
    ("d04_senegal", "Ousmane Sonko", [0], "OFFICIAL", None, "Ousmane Sonko", "name"),  # former MP and mayor
    ("d04_senegal", "Sonko", [1], "OFFICIAL", None, "Ousmane Sonko", "surname"),
    ("d04_senegal", "Sall", [1, 2], "OFFICIAL", None, "Macky Sall", "surname"),
    ("d04_senegal", "Amadou Ba", [0], "OFFICIAL", None, "Amadou Ba", "name"),  # former prime minister
    ("d04_senegal", "Economic Community of West African States", [0], "ORG", None,
     "Economic Community of West African States", "name"),
    ("d04_senegal", "ECOWAS", [0], "ORG", None, "Economic Community of West African States", "acronym"),
    ("d04_senegal", "Omar Alieu Touray", [0], "OFFICIAL", None, "Omar Alieu Touray", "name"),
    # d05_poland (Warsaw, Dubicze Cerkiewne, X, "the army", "the interior ministry" not tagged)
    ("d05_poland", "Polish", "all", "COUNTRY", POLAND, "Poland", "demonym"),
    ("d05_poland", "Belarus", "all", "COUNTRY", BELARUS, "Belarus", "name"),
    ("d05_poland", "Tusk", [0, 2], "OFFICIAL", None, "Donald Tusk", "surname"),  # 0 in the subheadline
    ("d05_poland", "Poland", "all", "COUNTRY", POLAND, "Poland", "name"),  # 0 in a quotation
    ("d05_poland", "Donald Tusk", [0], "OFFICIAL", None, "Donald Tusk", "name"),
    ("d05_poland", "W\u0142adys\u0142aw Kosiniak-Kamysz", [0], "OFFICIAL", None,
     "W\u0142adys\u0142aw Kosiniak-Kamysz", "name"),
    ("d05_poland", "Border Guard", [0], "ORG", None, "Border Guard (Poland)", "name"),
    ("d05_poland", "Kosiniak-Kamysz", [1], "OFFICIAL", None, "W\u0142adys\u0142aw Kosiniak-Kamysz", "surname"),
    ("d05_poland", "TVN24", [0], "ORG", None, "TVN24", "name"),
    ("d05_poland", "Russia", [0], "COUNTRY", RUSSIA, "Russia", "name"),
    ("d05_poland", "EU", [0], "ORG", EU, "European Union", "acronym"),
    ("d05_poland", "Belarusian", [0], "COUNTRY", BELARUS, "Belarus", "demonym"),
    ("d05_poland", "Alexander Lukashenko", [0], "OFFICIAL", None, "Alexander Lukashenko", "name"),
    ("d05_poland", "State Border Committee", [0], "ORG", None, "State Border Committee of Belarus", "name"),
    # d06_mauritania (NOUAKCHOTT, LEMGHEITY, SAHARA, FRENCH (a language), EUROPEAN (the continent),
    # "HIS SECURITY COUNCIL" (generic), FLINTLOCK 2005 (an exercise), "THE U.S. EMBASSY" (only U.S.))
    ("d06_mauritania", "ALGERIAN", "all", "COUNTRY", ALGERIA, "Algeria", "demonym"),
    ("d06_mauritania", "MAURITANIAN", [0], "COUNTRY", MAURITANIA, "Mauritania", "demonym"),
    ("d06_mauritania", "MAURITANIA", "all", "COUNTRY", MAURITANIA, "Mauritania", "name"),  # dateline included
    ("d06_mauritania", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d06_mauritania", "MOHAMED OULD CHEIKH", [0], "OFFICIAL", None, "Mohamed Ould Cheikh", "name"),  # invented
    ("d06_mauritania", "ALGERIA", "all", "COUNTRY", ALGERIA, "Algeria", "name"),  # quotation, ALGERIA-BASED, list
    ("d06_mauritania", "ASSOCIATED PRESS", [0], "ORG", AP, "Associated Press", "name"),
    ("d06_mauritania", "SALAFIST GROUP FOR PREACHING AND COMBAT", [0], "GROUP", None,
     "Salafist Group for Preaching and Combat", "name"),
    ("d06_mauritania", "GSPC", "all", "GROUP", None, "Salafist Group for Preaching and Combat", "acronym"),
    ("d06_mauritania", "AMERICANS", [0], "COUNTRY", USA, "United States", "demonym"),  # in a quotation
    ("d06_mauritania", "MAAOUYA OULD SID'AHMED TAYA", [0], "OFFICIAL", None, "Maaouya Ould Sid'Ahmed Taya", "name"),
    ("d06_mauritania", "TAYA", [1], "OFFICIAL", None, "Maaouya Ould Sid'Ahmed Taya", "surname"),
    ("d06_mauritania", "MOKHTAR BELMOKHTAR", [0], "OFFICIAL", None, "Mokhtar Belmokhtar", "name"),
    ("d06_mauritania", "AFGHANISTAN", [0], "COUNTRY", AFGHANISTAN, "Afghanistan", "name"),
    ("d06_mauritania", "BELMOKTAR", [0], "OFFICIAL", None, "Mokhtar Belmokhtar", "surname"),  # variant spelling
    ("d06_mauritania", "U.S.", "all", "COUNTRY", USA, "United States", "acronym"),  # U.S.-LED, U.S. EMBASSY
    ("d06_mauritania", "AMERICAN", [0], "COUNTRY", USA, "United States", "demonym"),
    ("d06_mauritania", "MALI", [0], "COUNTRY", MALI, "Mali", "name"),
    ("d06_mauritania", "NIGER", [0], "COUNTRY", NIGER, "Niger", "name"),
    ("d06_mauritania", "CHAD", [0], "COUNTRY", CHAD, "Chad", "name"),
    ("d06_mauritania", "SENEGAL", [0], "COUNTRY", SENEGAL, "Senegal", "name"),
    # d07_vietnam (HANOI, Beijing (capital), the Paracel Islands/Paracels, Hoang Sa, Xisha, the Second
    # Thomas Shoal, Vientiane, the South China Sea, "Southeast Asian", the boat's registration not tagged)
    ("d07_vietnam", "AFP", [0], "ORG", AFP, "Agence France-Presse", "acronym"),
    ("d07_vietnam", "Vietnam", [0, 1, 2], "COUNTRY", VIETNAM, "Vietnam", "name"),  # 3 is in "South Vietnam"
    ("d07_vietnam", "Chinese", "all", "COUNTRY", CHINA, "China", "demonym"),
    ("d07_vietnam", "Vietnamese", "all", "COUNTRY", VIETNAM, "Vietnam", "demonym"),
    ("d07_vietnam", "China", [0, 1, 3], "COUNTRY", CHINA, "China", "name"),  # 2 in the coast guard, 4 in the sea
    ("d07_vietnam", "Pham Thu Hang", [0], "OFFICIAL", None, "Pham Thu Hang", "name"),
    ("d07_vietnam", "Hang", [1], "OFFICIAL", None, "Pham Thu Hang", "surname"),  # the wires' short form
    ("d07_vietnam", "Lin Jian", [0], "OFFICIAL", None, "Lin Jian", "name"),
    ("d07_vietnam", "China Coast Guard", [0], "ORG", None, "China Coast Guard", "name"),
    ("d07_vietnam", "Lin", [1], "OFFICIAL", None, "Lin Jian", "surname"),
    ("d07_vietnam", "South Vietnam", [0], "COUNTRY", "Q180573", "South Vietnam", "name"),  # a former state
    ("d07_vietnam", "Philippine", [0], "COUNTRY", PHILIPPINES, "Philippines", "demonym"),
    ("d07_vietnam", "Association of Southeast Asian Nations", [0], "ORG", None,
     "Association of Southeast Asian Nations", "name"),
    ("d07_vietnam", "ASEAN", [0], "ORG", None, "Association of Southeast Asian Nations", "acronym"),
    # d08_laos (VIENTIANE, Xieng Khouang, Kham district, Washington (capital) not tagged)
    ("d08_laos", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d08_laos", "U.S.", "all", "COUNTRY", USA, "United States", "acronym"),  # "U.S. bombing", "U.S. Ambassador"
    ("d08_laos", "Laos", "all", "COUNTRY", LAOS, "Laos", "name"),
    ("d08_laos", "KPL", [0], "ORG", None, "Khaosan Pathet Lao", "acronym"),
    ("d08_laos", "Khamphone Vongsa", [0], "OFFICIAL", None, "Khamphone Vongsa", "name"),  # invented district governor
    ("d08_laos", "UXO Lao", [0], "ORG", None, "UXO Lao", "name"),
    ("d08_laos", "Khamphone", [1], "OFFICIAL", None, "Khamphone Vongsa", "surname"),  # Lao short form (given name)
    ("d08_laos", "United States", "all", "COUNTRY", USA, "United States", "name"),
    ("d08_laos", "North Vietnamese", [0], "COUNTRY", "Q172640", "North Vietnam", "demonym"),  # a former state
    ("d08_laos", "National Regulatory Authority for UXO/Mine Action", [0], "ORG", None,
     "National Regulatory Authority for UXO/Mine Action", "name"),
    ("d08_laos", "Heather Variava", [0], "OFFICIAL", None, "Heather Variava", "name"),
]

# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# --------------------------------------------------------------------------------------------
DATES = [
    # d01_elsalvador, document date 2022-03-28 (Monday); the killings Friday 25 and Saturday 26 March
    ("d01_elsalvador", "30-day", 0, "DURATION", "P30D", "absolute"),
    ("d01_elsalvador", "early Sunday", 0, "DATE", "2022-03-27", "document"),
    ("d01_elsalvador", "Saturday", 0, "DATE", "2022-03-26", "document"),
    ("d01_elsalvador", "2 a.m.", 0, "TIME", "2022-03-27T02:00", "document"),  # "shortly after 2 a.m."
    ("d01_elsalvador", "15 days", 0, "DURATION", "P15D", "absolute"),
    ("d01_elsalvador", "72 hours", 0, "DURATION", "PT72H", "absolute"),
    ("d01_elsalvador", "Friday", 0, "DATE", "2022-03-25", "document"),
    ("d01_elsalvador", "Saturday", 1, "DATE", "2022-03-26", "document"),
    ("d01_elsalvador", "Saturday", 2, "DATE", "2022-03-26", "document"),  # "Saturday's victims"
    ("d01_elsalvador", "Monday", 0, "DATE", "2022-03-28", "document"),  # "by Monday"
    ("d01_elsalvador", "June 2019", 0, "DATE", "2019-06", "absolute"),  # "since June 2019"
    ("d01_elsalvador", "2020", 0, "DATE", "2020", "absolute"),
    ("d01_elsalvador", "March 26, 2022", 0, "DATE", "2022-03-26", "absolute"),
    # d02_paraguay, document date 2020-09-12 (Saturday); the kidnapping Wednesday 2020-09-09
    ("d02_paraguay", "Sept 12", 0, "DATE", "2020-09-12", "document"),
    ("d02_paraguay", "Saturday", 0, "DATE", "2020-09-12", "document"),
    ("d02_paraguay", "Wednesday evening", 0, "TIME", "2020-09-09TEV", "document"),
    ("d02_paraguay", "about 1900 local time", 0, "TIME", "2020-09-09T19:00", "document"),
    ("d02_paraguay", "2300 GMT", 0, "TIME", "2020-09-09T23:00", "document"),
    ("d02_paraguay", "Thursday", 0, "DATE", "2020-09-10", "document"),
    ("d02_paraguay", "72 hours", 0, "DURATION", "PT72H", "absolute"),  # "within 72 hours"
    ("d02_paraguay", "Friday", 0, "DATE", "2020-09-11", "document"),
    ("d02_paraguay", "July 2014", 0, "DATE", "2014-07", "absolute"),  # "missing since July 2014"
    ("d02_paraguay", "Friday", 1, "DATE", "2020-09-11", "document"),
    ("d02_paraguay", "10 days", 0, "DURATION", "P10D", "absolute"),  # "10 days after an FTC raid"
    ("d02_paraguay", "2008", 0, "DATE", "2008", "absolute"),
    ("d02_paraguay", "2012", 0, "DATE", "2012", "absolute"),
    ("d02_paraguay", "2013", 0, "DATE", "2013", "absolute"),
    # d03_dagestan, document date 2024-06-24 (Monday); the attacks Sunday 2024-06-23
    ("d03_dagestan", "June 24", 0, "DATE", "2024-06-24", "document"),
    ("d03_dagestan", "Monday", 0, "DATE", "2024-06-24", "document"),
    ("d03_dagestan", "three days", 0, "DURATION", "P3D", "absolute"),
    ("d03_dagestan", "about 1500 GMT", 0, "TIME", "2024-06-23T15:00", "document"),
    ("d03_dagestan", "Sunday", 0, "DATE", "2024-06-23", "document"),
    ("d03_dagestan", "Monday", 1, "DATE", "2024-06-24", "document"),
    ("d03_dagestan", "the past", 0, "DATE", "PAST_REF", "absolute"),  # in a quotation (blind12's "now")
    ("d03_dagestan", "the late 2000s", 0, "DATE", "200", "absolute"),
    ("d03_dagestan", "Monday", 2, "DATE", "2024-06-24", "document"),  # "later on Monday": the preposition splits
    ("d03_dagestan", "three months", 0, "DURATION", "P3M", "absolute"),  # "three months after"
    ("d03_dagestan", "March 22", 0, "DATE", "2024-03-22", "document"),
    # d04_senegal, no JSONL date; the byline date Tuesday, 2 April 2024 (2024-W14)
    ("d04_senegal", "Tuesday, 2 April 2024", 0, "DATE", "2024-04-02", "absolute"),
    ("d04_senegal", "Tuesday", 1, "DATE", "2024-04-02", "document"),
    ("d04_senegal", "less than three weeks", 0, "DURATION", "P3W", "absolute"),
    ("d04_senegal", "two months", 0, "DURATION", "P2M", "absolute"),
    ("d04_senegal", "11am", 0, "TIME", "2024-04-02T11:00", "document"),  # "shortly after 11am"
    ("d04_senegal", "the past", 0, "DATE", "PAST_REF", "absolute"),  # in a quotation (blind12's "now")
    ("d04_senegal", "3 February", 0, "DATE", "2024-02-03", "document"),
    ("d04_senegal", "25 February", 0, "DATE", "2024-02-25", "document"),  # "the 25 February election"
    ("d04_senegal", "hours", 0, "DURATION", "PTXH", "absolute"),  # "hours before campaigning"
    ("d04_senegal", "Two days later", 0, "DATE", "2024-02-05", "document"),
    ("d04_senegal", "15 December", 0, "DATE", "2024-12-15", "document"),
    ("d04_senegal", "15 February", 0, "DATE", "2024-02-15", "document"),
    ("d04_senegal", "24 March", 0, "DATE", "2024-03-24", "document"),
    ("d04_senegal", "April 2023", 0, "DATE", "2023-04", "absolute"),
    ("d04_senegal", "three months later", 0, "DATE", "2023-07", "document"),
    ("d04_senegal", "14 March", 0, "DATE", "2024-03-14", "document"),
    ("d04_senegal", "the previous week", 0, "DATE", "2024-W10", "document"),  # before Thursday 14 March
    ("d04_senegal", "Late Tuesday", 0, "DATE", "2024-04-02", "document"),
    ("d04_senegal", "2012", 0, "DATE", "2012", "absolute"),  # "since 2012"
    ("d04_senegal", "25 March", 0, "DATE", "2024-03-25", "document"),
    ("d04_senegal", "a day", 0, "DURATION", "P1D", "absolute"),  # "a day after the vote"
    ("d04_senegal", "2021", 0, "DATE", "2021", "absolute"),  # "since 2021"
    ("d04_senegal", "five-year", 0, "DURATION", "P5Y", "absolute"),
    ("d04_senegal", "every Wednesday", 0, "SET", "XXXX-WXX-3", "absolute"),
    ("d04_senegal", "next year", 0, "DATE", "2025", "document"),
    # d05_poland, document date 2024-06-07 (Friday, 2024-W23); the soldier died Thursday 2024-06-06
    ("d05_poland", "Thursday", 0, "DATE", "2024-06-06", "document"),
    ("d05_poland", "28th May", 0, "DATE", "2024-05-28", "document"),
    ("d05_poland", "Thursday morning", 0, "TIME", "2024-06-06TMO", "document"),
    ("d05_poland", "nine days later", 0, "DATE", "2024-06-06", "document"),
    ("d05_poland", "10.30pm", 0, "TIME", "2024-06-06T22:30", "document"),  # "until 10.30pm on Thursday"
    ("d05_poland", "Thursday", 2, "DATE", "2024-06-06", "document"),
    ("d05_poland", "March", 0, "DATE", "2024-03", "document"),  # "since March"
    ("d05_poland", "this year", 0, "DATE", "2024", "document"),
    ("d05_poland", "13th June", 0, "DATE", "2024-06-13", "document"),
    ("d05_poland", "90 days", 0, "DURATION", "P90D", "absolute"),
    ("d05_poland", "2021", 0, "DATE", "2021", "absolute"),  # "since 2021"
    ("d05_poland", "Wednesday", 0, "DATE", "2024-06-05", "document"),
    ("d05_poland", "March", 1, "DATE", "2024-03", "document"),  # "detained in March"
    # d06_mauritania, document date 2005-06-05 (Sunday); the attack Saturday 2005-06-04
    ("d06_mauritania", "JUNE 5", 0, "DATE", "2005-06-05", "document"),
    ("d06_mauritania", "DAWN", 0, "TIME", "2005-06-04TMO", "document"),  # "BEFORE DAWN SATURDAY"
    ("d06_mauritania", "SATURDAY", 0, "DATE", "2005-06-04", "document"),
    ("d06_mauritania", "SUNDAY", 0, "DATE", "2005-06-05", "document"),
    ("d06_mauritania", "ABOUT 0300 GMT", 0, "TIME", "2005-06-04T03:00", "document"),
    ("d06_mauritania", "SEVERAL HOURS", 0, "DURATION", "PTXH", "absolute"),
    ("d06_mauritania", "1984", 0, "DATE", "1984", "absolute"),  # "SINCE 1984"
    ("d06_mauritania", "LATE SATURDAY", 0, "DATE", "2005-06-04", "document"),
    ("d06_mauritania", "APRIL", 0, "DATE", "2005-04", "document"),  # "SINCE APRIL"
    ("d06_mauritania", "2003", 0, "DATE", "2003", "absolute"),
    ("d06_mauritania", "TWO DAYS", 0, "DURATION", "P2D", "absolute"),  # "TWO DAYS BEFORE THE START"
    # d07_vietnam, document date 2024-10-03 (Thursday, 2024-W40)
    ("d07_vietnam", "3 October 2024", 0, "DATE", "2024-10-03", "absolute"),
    ("d07_vietnam", "29 September", 0, "DATE", "2024-09-29", "document"),
    ("d07_vietnam", "Wednesday", 0, "DATE", "2024-10-02", "document"),
    ("d07_vietnam", "about two hours", 0, "DURATION", "PT2H", "absolute"),
    ("d07_vietnam", "1974", 0, "DATE", "1974", "absolute"),
    ("d07_vietnam", "every year", 0, "SET", "P1Y", "absolute"),
    ("d07_vietnam", "2019", 0, "DATE", "2019", "absolute"),  # "since 2019"
    ("d07_vietnam", "months", 0, "DURATION", "PXM", "absolute"),  # "months of confrontations"
    ("d07_vietnam", "next week", 0, "DATE", "2024-W41", "document"),
    # d08_laos, document date 2024-02-20 (Tuesday); the explosion Monday 2024-02-19
    ("d08_laos", "Feb 20", 0, "DATE", "2024-02-20", "document"),
    ("d08_laos", "Monday", 0, "DATE", "2024-02-19", "document"),
    ("d08_laos", "Tuesday", 0, "DATE", "2024-02-20", "document"),
    ("d08_laos", "hours", 0, "DURATION", "PTXH", "absolute"),  # "within hours"
    ("d08_laos", "every week", 0, "SET", "P1W", "absolute"),  # in a quotation
    ("d08_laos", "1964", 0, "DATE", "1964", "absolute"),
    ("d08_laos", "1973", 0, "DATE", "1973", "absolute"),
    ("d08_laos", "nine-year", 0, "DURATION", "P9Y", "absolute"),
    ("d08_laos", "Last year", 0, "DATE", "2023", "document"),
    ("d08_laos", "1995", 0, "DATE", "1995", "absolute"),  # "since 1995"
]

# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, surface, occurrence, label, min, max, approximate, negated, victims or None)
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    # d01_elsalvador (576 detained suspects and the headline's "gang killings" are not counts of victims)
    ("d01_elsalvador", "killed 62 people", 0, "KILLED", 62, 62, False, False, "people"),
    ("d01_elsalvador", "14 people were killed", 0, "KILLED", 14, 14, False, False, "people"),
    ("d01_elsalvador", "three men shot dead", 0, "KILLED", 3, 3, False, False, "men"),  # a separate statement
    ("d01_elsalvador", "At least six others were wounded", 0, "INJURED", 6, None, False, False, "others"),
    # d02_paraguay
    ("d02_paraguay", "Oscar Denis, who was kidnapped", 0, "KIDNAPPED", 1, 1, False, False, "Oscar Denis"),
    ("d02_paraguay", "Denis, 74, and a farmhand, Adelio Mendoza, were abducted", 0, "KIDNAPPED", 2, 2, False, False,
     "Denis, 74, and a farmhand, Adelio Mendoza"),
    ("d02_paraguay", "police officer Edelio Morinigo, who has been missing", 0, "MISSING", 1, 1, False, False,
     "police officer Edelio Morinigo"),
    ("d02_paraguay", "A soldier was wounded", 0, "INJURED", 1, 1, False, False, "soldier"),
    ("d02_paraguay", "No one else was hurt", 0, "INJURED", 0, 0, False, True, None),
    ("d02_paraguay", "two girls, both Argentine citizens, were killed", 0, "KILLED", 2, 2, False, False, "girls"),
    ("d02_paraguay", "has killed more than 60 people", 0, "KILLED", 60, None, False, False, "people"),
    ("d02_paraguay", "kidnapped at least a dozen ranchers and their workers", 0, "KIDNAPPED", 12, None, True, False,
     "ranchers and their workers"),
    # d03_dagestan ("no worshippers were inside" is no casualty statement; "13 of them seriously" is part
    # of the 46)
    ("d03_dagestan", "killed 15 police officers and at least four civilians", 0, "KILLED", 19, None, False, False,
     "police officers and at least four civilians"),
    ("d03_dagestan", "Five of the attackers were shot dead", 0, "KILLED", 5, 5, False, False, "the attackers"),
    ("d03_dagestan", "46 people had been wounded", 0, "INJURED", 46, 46, False, False, "people"),
    ("d03_dagestan", "killed 145 people", 0, "KILLED", 145, 145, False, False, "people"),
    # d04_senegal
    ("d04_senegal", "at least three people were killed", 0, "KILLED", 3, None, False, False, "people"),
    ("d04_senegal", "about 60 people have been killed", 0, "KILLED", 60, 60, True, False, "people"),
    # d05_poland (the three soldiers detained in March are not casualties)
    ("d05_poland", "Polish soldier stabbed at Belarus border dies", 0, "KILLED", 1, 1, False, False,
     "Polish soldier"),  # headline
    ("d05_poland", "A Polish soldier stabbed at the border with Belarus has died", 0, "KILLED", 1, 1, False, False,
     "Polish soldier"),
    ("d05_poland", "three soldiers had been injured", 0, "INJURED", 3, 3, False, False, "soldiers"),
    ("d05_poland", "18 of its officers had been hurt", 0, "INJURED", 18, 18, False, False, "its officers"),
    # d06_mauritania (ABOUT 150 ATTACKERS, ARRESTED DOZENS OF SUSPECTED ISLAMISTS are not casualties)
    ("d06_mauritania", "KILL 15 MAURITANIAN SOLDIERS", 0, "KILLED", 15, 15, False, False, "MAURITANIAN SOLDIERS"),
    ("d06_mauritania", "KILLING 15 SOLDIERS", 0, "KILLED", 15, 15, False, False, "SOLDIERS"),
    ("d06_mauritania", "WOUNDING 17", 0, "INJURED", 17, 17, False, False, None),
    ("d06_mauritania", "TWO SOLDIERS WERE MISSING", 0, "MISSING", 2, 2, False, False, "SOLDIERS"),
    ("d06_mauritania", "FIVE OF THE ATTACKERS WERE KILLED", 0, "KILLED", 5, 5, False, False, "THE ATTACKERS"),
    ("d06_mauritania", "KIDNAPPED 32 EUROPEAN TOURISTS", 0, "KIDNAPPED", 32, 32, False, False, "EUROPEAN TOURISTS"),
    # d07_vietnam
    ("d07_vietnam", "injuring four of the 10 crew members", 0, "INJURED", 4, 4, False, False, "crew members"),
    ("d07_vietnam", "no injuries were found", 0, "INJURED", 0, 0, False, True, None),  # China's denial, quoted
    # d08_laos ("More than 20,000 people have been killed or injured" mixes labels: not annotated)
    ("d08_laos", "Three children were killed", 0, "KILLED", 3, 3, False, False, "children"),
    ("d08_laos", "two others injured", 0, "INJURED", 2, 2, False, False, "others"),
    ("d08_laos", "12 people were killed", 0, "KILLED", 12, 12, False, False, "people"),
    ("d08_laos", "36 wounded", 0, "INJURED", 36, 36, False, False, None),
]


# --------------------------------------------------------------------------------------------
# QUOTES: (doc, surface incl. marks, occurrence, closed, speaker (surface, occurrence or None for
# the nearest), speaker entity (qid, name, gazetteer) or None, cue (surface, occurrence or None))
# --------------------------------------------------------------------------------------------
def off(name):
    return (None, name, "officials")


QUOTES = [
    # d01_elsalvador (curly double quotes)
    ("d01_elsalvador", "\u201cWe ask the population to stay calm and continue with their activities,\u201d", 0, True,
     ("Bukele", 1), off("Nayib Bukele"), ("wrote", 0)),
    ("d01_elsalvador", "\u201cThe streets are ours.\u201d", 0, True, ("Bukele", 1), off("Nayib Bukele"), ("wrote", 0)),
    ("d01_elsalvador", "\u201cno step back.\u201d", 0, True, ("He", None), off("Nayib Bukele"), ("told", 0)),
    ("d01_elsalvador", "\u201cThere will be no rest for these criminals,\u201d", 0, True, ("Villatoro", 1),
     off("Gustavo Villatoro"), ("said", 2)),
    ("d01_elsalvador", "\u201ca necessary step.\u201d", 0, True, ("Ernesto Castro", 0), off("Ernesto Castro"),
     ("called", 0)),
    # d02_paraguay (straight double quotes)
    ("d02_paraguay", "\"We are not going to negotiate with criminals,\"", 0, True, ("Mario Abdo Benitez", 0),
     off("Mario Abdo Ben\u00edtez"), ("told", 0)),
    ("d02_paraguay", "\"The state will not be blackmailed.\"", 0, True, ("Mario Abdo Benitez", 0),
     off("Mario Abdo Ben\u00edtez"), ("told", 0)),
    ("d02_paraguay", "\"a successful operation\"", 0, True, ("Abdo", 1), off("Mario Abdo Ben\u00edtez"), ("called", 0)),
    ("d02_paraguay", "\"criminal group.\"", 0, True, ("Abdo", 1), off("Mario Abdo Ben\u00edtez"), ("called", 0)),
    # d03_dagestan (straight double quotes)
    ("d03_dagestan", "\"These are people who were preparing in advance, and they had help from abroad,\"", 0, True,
     ("Sergei Melikov", 0), off("Sergei Melikov"), ("said", 2)),
    ("d03_dagestan", "\"There is no question of a return to the situation of the past,\"", 0, True, ("Peskov", 1),
     off("Dmitry Peskov"), ("told", 0)),
    ("d03_dagestan", "\"sleeper cells\"", 0, True, ("Sergey Melikov", 0), off("Sergei Melikov"), ("said", 6)),
    ("d03_dagestan", "\"not be intimidated\"", 0, True, ("Sergey Melikov", 0), off("Sergei Melikov"), ("said", 6)),
    # d04_senegal (curly single quotes; the closing mark is also the apostrophe)
    ("d04_senegal", "\u2018I will govern with humility and transparency,\u2019", 0, True, ("Faye", 3),
     off("Bassirou Diomaye Faye"), ("said", 0)),
    ("d04_senegal", "\u2018The Senegalese people have chosen a break with the past.\u2019", 0, True, ("Faye", 3),
     off("Bassirou Diomaye Faye"), ("said", 0)),
    ("d04_senegal", "\u2018a country at peace\u2019", 0, True, ("Sall", 1), off("Macky Sall"), ("said", 1)),
    # d05_poland (curly single quotes, British punctuation)
    ("d05_poland", "\u2018no tolerance\u2019", 0, True, ("Tusk", 0), off("Donald Tusk"), ("vows", 0)),
    ("d05_poland", "\u2018Poland has lost a soldier who was defending its border,\u2019", 0, True, ("Donald Tusk", 0),
     off("Donald Tusk"), ("wrote", 0)),
    ("d05_poland", "\u2018His sacrifice will not be forgotten.\u2019", 0, True, ("Donald Tusk", 0), off("Donald Tusk"),
     ("wrote", 0)),
    ("d05_poland", "\u2018We will not allow our soldiers to become targets,\u2019", 0, True, ("Kosiniak-Kamysz", 1),
     off("W\u0142adys\u0142aw Kosiniak-Kamysz"), ("told", 0)),
    ("d05_poland", "\u2018a mistake\u2019", 0, True, ("Tusk", 2), off("Donald Tusk"), ("called", 0)),
    # d06_mauritania (ALL CAPS, straight double quotes)
    ("d06_mauritania", "\"THEY CAME FROM ALGERIA IN ABOUT 20 VEHICLES,\"", 0, True, ("HE", 1), off("Mohamed Ould Cheikh"),
     ("TOLD", 0)),
    ("d06_mauritania", "\"AND A WARNING TO ALL WHO SERVE THE AMERICANS.\"", 0, True, ("IT", 0),
     (None, "Salafist Group for Preaching and Combat", "groups"), ("CALLED", 0)),
    ("d06_mauritania", "\"A COWARDLY ACT.\"", 0, True, ("U.S. EMBASSY", 0), None, ("CALLED", 1)),
    # d07_vietnam (straight double quotes, punctuation outside the closing mark)
    ("d07_vietnam", "\"brutal\"", 0, True, ("Vietnam", 0), (VIETNAM, "Vietnam", "countries"), ("demanded", 0)),
    ("d07_vietnam", "\"Vietnam is deeply concerned and strongly protests China's acts of violence against Vietnamese "
     "fishermen\"", 0, True, ("Hang", 1), off("Pham Thu Hang"), ("said", 1)),
    ("d07_vietnam", "\"professionally and with restraint\"", 0, True, ("Lin Jian", 0), off("Lin Jian"), ("said", 2)),
    ("d07_vietnam", "\"no injuries were found\"", 0, True, ("Lin Jian", 0), off("Lin Jian"), ("said", 2)),
    # d08_laos (straight double quotes)
    ("d08_laos", "\"We tell them every week not to touch metal objects, but scrap pays,\"", 0, True, ("Khamphone", 1),
     off("Khamphone Vongsa"), ("said", 1)),
    ("d08_laos", "\"Every bomb removed from the ground is a life saved,\"", 0, True, ("Heather Variava", 0),
     off("Heather Variava"), ("said", 2)),
    ("d08_laos", "\"for as long as it takes\"", 0, True, ("Heather Variava", 0), off("Heather Variava"), ("adding", 0)),
]


if __name__ == "__main__":
    run("blind14", ENTITIES, DATES, CASUALTIES, QUOTES)
