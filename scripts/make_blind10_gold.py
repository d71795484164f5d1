#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind10.

Texts: tests/fixtures/blind10/news.jsonl (eight original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors (the table layout and
helper functions follow scripts/make_blind9_gold.py).

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, that spans of one type do not overlap, that every document of news.jsonl is
in every output file, and writes tests/fixtures/gold/blind10.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind10_gold.py [--show]   (--show prints every span in context)
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
IRAN, IRAQ, BURUNDI, RWANDA, DRC, MOROCCO, WSAHARA, ALGERIA, USA, ISRAEL, PALESTINE = (
    "Q794", "Q796", "Q967", "Q1037", "Q974", "Q1028", "Q6250", "Q262", "Q30", "Q801", "Q219060")
NICARAGUA, GUATEMALA, AZERBAIJAN, ARMENIA, EGYPT, GBISSAU, SENEGAL, GHANA, PORTUGAL, BURKINA = (
    "Q811", "Q774", "Q227", "Q399", "Q79", "Q1007", "Q1041", "Q117", "Q45", "Q965")
UN, REUTERS, AP, AFP = ("Q1065", "Q130879", "Q40469", "Q40464")

ENTITIES = [
    # d01_kurdistan (Erbil, Koya, "Kurdistan region", Baghdad, Tehran, "the Guards", the Foreign
    # Ministry, "Kurdish" and the farmer Karwan Ahmed are not tagged)
    ("d01_kurdistan", "Iraq", "all", "COUNTRY", IRAQ, "Iraq", "name"),  # incl. one inside a quotation
    ("d01_kurdistan", "Reuters", "all", "ORG", REUTERS, "Reuters", "name"),
    ("d01_kurdistan", "Iranian", "all", "COUNTRY", IRAN, "Iran", "demonym"),  # incl. "Iranian Kurdish groups"
    ("d01_kurdistan", "Kurdistan Democratic Party of Iran", [0], "GROUP", None, "Kurdistan Democratic Party of Iran",
     "name"),
    ("d01_kurdistan", "KDPI", "all", "GROUP", None, "Kurdistan Democratic Party of Iran", "acronym"),
    ("d01_kurdistan", "Soran Hawrami", [0], "OFFICIAL", None, "Soran Hawrami", "name"),  # KDPI spokesman (invented)
    ("d01_kurdistan", "Iran", [1, 2, 3], "COUNTRY", IRAN, "Iran", "name"),  # 0 is in the KDPI's name
    ("d01_kurdistan", "Islamic Revolutionary Guard Corps", [0], "ORG", None, "Islamic Revolutionary Guard Corps",
     "name"),
    ("d01_kurdistan", "IRGC", [0], "ORG", None, "Islamic Revolutionary Guard Corps", "acronym"),
    ("d01_kurdistan", "IRNA", [0], "ORG", None, "Islamic Republic News Agency", "acronym"),
    ("d01_kurdistan", "Masrour Barzani", [0], "OFFICIAL", None, "Masrour Barzani", "name"),
    ("d01_kurdistan", "Iraqi", [0], "COUNTRY", IRAQ, "Iraq", "demonym"),
    ("d01_kurdistan", "Mohammed Shia al-Sudani", [0], "OFFICIAL", None, "Mohammed Shia al-Sudani", "name"),
    ("d01_kurdistan", "Sudani", [1], "OFFICIAL", None, "Mohammed Shia al-Sudani", "surname"),  # 0 in "al-Sudani"
    # d02_burundi (Kigali, Bujumbura, Vugizo, South Kivu, X, "Hutu", the interior ministry not tagged)
    ("d02_burundi", "Burundi", "all", "COUNTRY", BURUNDI, "Burundi", "name"),
    ("d02_burundi", "Rwanda", [0, 1, 2, 3], "COUNTRY", RWANDA, "Rwanda", "name"),  # 4 is in the FDLR's name
    ("d02_burundi", "Rwandan", "all", "COUNTRY", RWANDA, "Rwanda", "demonym"),
    ("d02_burundi", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d02_burundi", "RED-Tabara", "all", "GROUP", None, "RED-Tabara", "name"),
    ("d02_burundi", "Martin Niteretse", [0], "OFFICIAL", None, "Martin Niteretse", "name"),
    ("d02_burundi", "Congo", "all", "COUNTRY", DRC, "Democratic Republic of the Congo", "name"),
    ("d02_burundi", "Évariste Ndayishimiye", [0], "OFFICIAL", None, "Évariste Ndayishimiye", "name"),
    ("d02_burundi", "Ndayishimiye", [1], "OFFICIAL", None, "Évariste Ndayishimiye", "surname"),
    ("d02_burundi", "Paul Kagame", [0], "OFFICIAL", None, "Paul Kagame", "name"),
    ("d02_burundi", "Yolande Makolo", [0], "OFFICIAL", None, "Yolande Makolo", "name"),
    ("d02_burundi", "Democratic Forces for the Liberation of Rwanda", [0], "GROUP", None,
     "Democratic Forces for the Liberation of Rwanda", "name"),
    ("d02_burundi", "FDLR", [0], "GROUP", None, "Democratic Forces for the Liberation of Rwanda", "acronym"),
    ("d02_burundi", "East African Community", [0], "ORG", None, "East African Community", "name"),
    # d03_sahara (Rabat, Smara, "the berm" not tagged; Western Sahara counts as a widely recognised
    # territory)
    ("d03_sahara", "Morocco", "all", "COUNTRY", MOROCCO, "Morocco", "name"),
    ("d03_sahara", "Polisario", [0, 2, 3, 4], "GROUP", None, "Polisario Front", "alias"),  # 1 in "Polisario Front"
    ("d03_sahara", "Polisario Front", [0], "GROUP", None, "Polisario Front", "name"),
    ("d03_sahara", "AFP", "all", "ORG", AFP, "Agence France-Presse", "acronym"),
    ("d03_sahara", "Moroccan", "all", "COUNTRY", MOROCCO, "Morocco", "demonym"),  # incl. "-controlled", "-held"
    ("d03_sahara", "Western Sahara", "all", "COUNTRY", WSAHARA, "Western Sahara", "name"),
    ("d03_sahara", "Algerian", [0], "COUNTRY", ALGERIA, "Algeria", "demonym"),
    ("d03_sahara", "Brahim Ghali", [0], "OFFICIAL", None, "Brahim Ghali", "name"),
    ("d03_sahara", "UN", [0, 1], "ORG", UN, "United Nations", "acronym"),  # 2 is in "UN Security Council"
    ("d03_sahara", "MINURSO", "all", "ORG", None, "MINURSO", "acronym"),
    ("d03_sahara", "Antonio Guterres", [0], "OFFICIAL", None, "António Guterres", "name"),
    ("d03_sahara", "Stephane Dujarric", [0], "OFFICIAL", None, "Stéphane Dujarric", "name"),
    ("d03_sahara", "UN Security Council", [0], "ORG", None, "United Nations Security Council", "name"),
    ("d03_sahara", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("d03_sahara", "Algeria", [0], "COUNTRY", ALGERIA, "Algeria", "name"),
    # d04_jenin (Jenin, the West Bank, the Middle East, Telegram, the reporter Claire Whitfield and the
    # resident Amal Zubeidi not tagged; "Palestinian(s)" is tagged as the State of Palestine)
    ("d04_jenin", "Israeli", "all", "COUNTRY", ISRAEL, "Israel", "demonym"),
    ("d04_jenin", "Palestinians", "all", "COUNTRY", PALESTINE, "State of Palestine", "demonym"),
    ("d04_jenin", "Palestinian", "all", "COUNTRY", PALESTINE, "State of Palestine", "demonym"),
    ("d04_jenin", "Israel Defense Forces", [0], "ORG", None, "Israel Defense Forces", "name"),
    ("d04_jenin", "IDF", [0], "ORG", None, "Israel Defense Forces", "acronym"),
    ("d04_jenin", "Hamas", [0], "GROUP", None, "Hamas", "name"),
    ("d04_jenin", "Islamic Jihad", [0], "GROUP", None, "Palestinian Islamic Jihad", "alias"),
    ("d04_jenin", "Benjamin Netanyahu", [0], "OFFICIAL", None, "Benjamin Netanyahu", "name"),
    ("d04_jenin", "Israel", [1, 2, 3], "COUNTRY", ISRAEL, "Israel", "name"),  # 0 is in the IDF's name
    ("d04_jenin", "Mahmoud Abbas", [0], "OFFICIAL", None, "Mahmoud Abbas", "name"),
    ("d04_jenin", "UN", [0], "ORG", UN, "United Nations", "acronym"),
    ("d04_jenin", "Antonio Guterres", [0], "OFFICIAL", None, "António Guterres", "name"),
    ("d04_jenin", "Jenin Brigade", [0], "GROUP", None, "Jenin Brigade", "name"),
    # d05_nicaragua (Managua, Texas, Guatemala City and the "Guatemala" in it, "Catholic" not tagged)
    ("d05_nicaragua", "Nicaragua", "all", "COUNTRY", NICARAGUA, "Nicaragua", "name"),
    ("d05_nicaragua", "Guatemala", [0, 1], "COUNTRY", GUATEMALA, "Guatemala", "name"),  # 2 in "Guatemala City"
    ("d05_nicaragua", "EFE", [0], "ORG", None, "EFE", "name"),
    ("d05_nicaragua", "United States", "all", "COUNTRY", USA, "United States", "name"),
    ("d05_nicaragua", "U.S.", "all", "COUNTRY", USA, "United States", "acronym"),
    ("d05_nicaragua", "Daniel Ortega", [0], "OFFICIAL", None, "Daniel Ortega", "name"),
    ("d05_nicaragua", "Rosario Murillo", [0], "OFFICIAL", None, "Rosario Murillo", "name"),
    ("d05_nicaragua", "Nicaraguan", [0], "COUNTRY", NICARAGUA, "Nicaragua", "demonym"),
    ("d05_nicaragua", "Murillo", [1], "OFFICIAL", None, "Rosario Murillo", "surname"),
    ("d05_nicaragua", "Antony Blinken", [0], "OFFICIAL", None, "Antony Blinken", "name"),
    ("d05_nicaragua", "Guatemalan", [0], "COUNTRY", GUATEMALA, "Guatemala", "demonym"),
    ("d05_nicaragua", "Bernardo Arévalo", [0], "OFFICIAL", None, "Bernardo Arévalo", "name"),
    ("d05_nicaragua", "Ortega", [1], "OFFICIAL", None, "Daniel Ortega", "surname"),
    ("d05_nicaragua", "Inter-American Commission on Human Rights", [0], "ORG", None,
     "Inter-American Commission on Human Rights", "name"),
    ("d05_nicaragua", "UN", [0], "ORG", UN, "United Nations", "acronym"),
    # d06_azerbaijan (Baku, Yerevan, Kalbajar, Karabakh, X, the victim Rauf Mammadov and the ethnic
    # "Armenian forces" / "ethnic Armenians" not tagged)
    ("d06_azerbaijan", "Azerbaijan", [0, 1, 3], "COUNTRY", AZERBAIJAN, "Azerbaijan", "name"),  # 2 in ANAMA's name
    ("d06_azerbaijan", "Azerbaijani", "all", "COUNTRY", AZERBAIJAN, "Azerbaijan", "demonym"),
    ("d06_azerbaijan", "Mine Action Agency of the Republic of Azerbaijan", [0], "ORG", None,
     "Mine Action Agency of the Republic of Azerbaijan", "name"),
    ("d06_azerbaijan", "ANAMA", "all", "ORG", None, "Mine Action Agency of the Republic of Azerbaijan", "acronym"),
    ("d06_azerbaijan", "Azertac", [0], "ORG", None, "Azertac", "name"),
    ("d06_azerbaijan", "Armenia", "all", "COUNTRY", ARMENIA, "Armenia", "name"),
    ("d06_azerbaijan", "Hikmet Hajiyev", [0], "OFFICIAL", None, "Hikmet Hajiyev", "name"),
    ("d06_azerbaijan", "Ilham Aliyev", [0], "OFFICIAL", None, "Ilham Aliyev", "name"),
    ("d06_azerbaijan", "Aliyev", [1, 2], "OFFICIAL", None, "Ilham Aliyev", "surname"),
    ("d06_azerbaijan", "Armenian", [1], "COUNTRY", ARMENIA, "Armenia", "demonym"),  # 0 is "ethnic Armenian forces"
    ("d06_azerbaijan", "Nikol Pashinyan", [0], "OFFICIAL", None, "Nikol Pashinyan", "name"),
    # d07_sinai (EL-ARISH, SINAI, RAFAH, the GAZA STRIP, "ISLAMIST" not tagged)
    ("d07_sinai", "EGYPT", "all", "COUNTRY", EGYPT, "Egypt", "name"),
    ("d07_sinai", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d07_sinai", "ISLAMIC STATE", "all", "GROUP", None, "Islamic State", "name"),
    ("d07_sinai", "TAMER EL-RIFAI", [0], "OFFICIAL", None, "Tamer el-Rifai", "name"),
    ("d07_sinai", "ANSAR BEIT AL-MAQDIS", [0], "GROUP", None, "Islamic State – Sinai Province", "alias"),
    ("d07_sinai", "AMAQ NEWS AGENCY", [0], "ORG", None, "Amaq News Agency", "name"),
    ("d07_sinai", "ABDEL-FATTAH EL-SISSI", [0], "OFFICIAL", None, "Abdel Fattah el-Sisi", "name"),
    ("d07_sinai", "MOHAMED MORSI", [0], "OFFICIAL", None, "Mohamed Morsi", "name"),  # former president
    ("d07_sinai", "UNITED STATES", [0], "COUNTRY", USA, "United States", "name"),
    ("d07_sinai", "ISRAEL", [0], "COUNTRY", ISRAEL, "Israel", "name"),
    # d08_guineabissau (Dakar, Bissau, West Africa, "West African" not tagged)
    ("d08_guineabissau", "Guinea-Bissau", "all", "COUNTRY", GBISSAU, "Guinea-Bissau", "name"),
    ("d08_guineabissau", "Senegal", [0], "COUNTRY", SENEGAL, "Senegal", "name"),
    ("d08_guineabissau", "Umaro Sissoco Embaló", [0], "OFFICIAL", None, "Umaro Sissoco Embaló", "name"),
    ("d08_guineabissau", "Embaló", [1, 2], "OFFICIAL", None, "Umaro Sissoco Embaló", "surname"),  # 0 in full name
    ("d08_guineabissau", "Nuno Gomes Nabiam", [0], "OFFICIAL", None, "Nuno Gomes Nabiam", "name"),
    ("d08_guineabissau", "ECOWAS", [0], "ORG", None, "Economic Community of West African States", "acronym"),
    ("d08_guineabissau", "Ghana", [0], "COUNTRY", GHANA, "Ghana", "name"),
    ("d08_guineabissau", "Nana Akufo-Addo", [0], "OFFICIAL", None, "Nana Akufo-Addo", "name"),
    ("d08_guineabissau", "African Union Commission", [0], "ORG", None, "African Union Commission", "name"),
    ("d08_guineabissau", "Moussa Faki Mahamat", [0], "OFFICIAL", None, "Moussa Faki Mahamat", "name"),
    ("d08_guineabissau", "Portugal", [0], "COUNTRY", PORTUGAL, "Portugal", "name"),
    ("d08_guineabissau", "Burkina Faso", [0], "COUNTRY", BURKINA, "Burkina Faso", "name"),
]

# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# --------------------------------------------------------------------------------------------
DATES = [
    # d01_kurdistan, document date 2025-03-11 (Tuesday, 2025-W11)
    ("d01_kurdistan", "March 11", 0, "DATE", "2025-03-11", "document"),
    ("d01_kurdistan", "early Tuesday", 0, "DATE", "2025-03-11", "document"),
    ("d01_kurdistan", "about 0300 GMT", 0, "TIME", "2025-03-11T03:00", "document"),
    ("d01_kurdistan", "2022", 0, "DATE", "2022", "absolute"),  # "since 2022"
    ("d01_kurdistan", "March 2023", 0, "DATE", "2023-03", "absolute"),
    ("d01_kurdistan", "last month", 0, "DATE", "2025-02", "document"),
    ("d01_kurdistan", "about 20 minutes", 0, "DURATION", "PT20M", "absolute"),  # "about 20 minutes apart"
    ("d01_kurdistan", "1979", 0, "DATE", "1979", "absolute"),
    ("d01_kurdistan", "years", 0, "DURATION", "PXY", "absolute"),  # "for years"
    # d02_burundi, document date 2024-01-12 (Friday, 2024-W02)
    ("d02_burundi", "Thursday", 0, "DATE", "2024-01-11", "document"),
    ("d02_burundi", "last month", 0, "DATE", "2023-12", "document"),
    ("d02_burundi", "Dec. 22", 0, "DATE", "2023-12-22", "document"),  # year-less: the December before
    ("d02_burundi", "last month", 1, "DATE", "2023-12", "document"),
    ("d02_burundi", "Dec. 29", 0, "DATE", "2023-12-29", "document"),
    ("d02_burundi", "2020", 0, "DATE", "2020", "absolute"),  # "since 2020"
    ("d02_burundi", "years", 0, "DURATION", "PXY", "absolute"),  # "after years of tension"
    ("d02_burundi", "May 2015", 0, "DATE", "2015-05", "absolute"),
    ("d02_burundi", "1994", 0, "DATE", "1994", "absolute"),  # "the 1994 genocide"
    # d03_sahara, document date 2023-10-30 (Monday, 2023-W44)
    ("d03_sahara", "30 October 2023", 0, "DATE", "2023-10-30", "absolute"),
    ("d03_sahara", "Saturday night", 0, "TIME", "2023-10-28TNI", "document"),
    ("d03_sahara", "Sunday", 0, "DATE", "2023-10-29", "document"),
    ("d03_sahara", "November 2020", 0, "DATE", "2020-11", "absolute"),
    ("d03_sahara", "1991", 0, "DATE", "1991", "absolute"),  # "a 1991 ceasefire"
    ("d03_sahara", "Monday", 0, "DATE", "2023-10-30", "document"),  # "expected on Monday" = the document day
    ("d03_sahara", "one year", 0, "DURATION", "P1Y", "absolute"),
    ("d03_sahara", "August 2021", 0, "DATE", "2021-08", "absolute"),
    # d04_jenin, no JSONL date; the byline date Wednesday, 5 July 2023 (2023-W27)
    ("d04_jenin", "two-day", 0, "DURATION", "P2D", "absolute"),  # headline
    ("d04_jenin", "Wednesday, 5 July 2023", 0, "DATE", "2023-07-05", "absolute"),
    ("d04_jenin", "Wednesday", 1, "DATE", "2023-07-05", "document"),  # 0 is in the byline date
    ("d04_jenin", "two-day", 1, "DURATION", "P2D", "absolute"),
    ("d04_jenin", "two decades", 0, "DURATION", "P20Y", "absolute"),
    ("d04_jenin", "Tuesday", 0, "DATE", "2023-07-04", "document"),
    ("d04_jenin", "Wednesday", 2, "DATE", "2023-07-05", "document"),
    ("d04_jenin", "1967", 0, "DATE", "1967", "absolute"),
    ("d04_jenin", "early 2022", 0, "DATE", "2022", "absolute"),
    # d05_nicaragua, document date 2024-09-06 (Friday, 2024-W36)
    ("d05_nicaragua", "Sept. 6, 2024", 0, "DATE", "2024-09-06", "absolute"),
    ("d05_nicaragua", "Thursday", 0, "DATE", "2024-09-05", "document"),
    ("d05_nicaragua", "hours", 0, "DURATION", "PTXH", "absolute"),  # "hours after they landed"
    ("d05_nicaragua", "Friday", 0, "DATE", "2024-09-06", "document"),
    ("d05_nicaragua", "April 2018", 0, "DATE", "2018-04", "absolute"),
    ("d05_nicaragua", "February 2023", 0, "DATE", "2023-02", "absolute"),
    ("d05_nicaragua", "February", 1, "DATE", "2024-02", "document"),  # 0 is in "February 2023"
    # d06_azerbaijan, document date 2025-04-15 (Tuesday, 2025-W16)
    ("d06_azerbaijan", "15 April 2025", 0, "DATE", "2025-04-15", "absolute"),
    ("d06_azerbaijan", "Monday", 0, "DATE", "2025-04-14", "document"),
    ("d06_azerbaijan", "2020", 0, "DATE", "2020", "absolute"),
    ("d06_azerbaijan", "2020", 1, "DATE", "2020", "absolute"),  # "the 2020 war"
    ("d06_azerbaijan", "at least a decade", 0, "DURATION", "P10Y", "absolute"),
    ("d06_azerbaijan", "last month", 0, "DATE", "2025-03", "document"),
    ("d06_azerbaijan", "almost four decades", 0, "DURATION", "P40Y", "absolute"),
    ("d06_azerbaijan", "September 2023", 0, "DATE", "2023-09", "absolute"),
    # d07_sinai, document date 2017-07-08 (Saturday, 2017-W27)
    ("d07_sinai", "JULY 8", 0, "DATE", "2017-07-08", "document"),
    ("d07_sinai", "FRIDAY", 0, "DATE", "2017-07-07", "document"),
    ("d07_sinai", "YEARS", 0, "DURATION", "PXY", "absolute"),  # "IN YEARS"
    ("d07_sinai", "AROUND 6 A.M.", 0, "TIME", "2017-07-07T06:00", "document"),
    ("d07_sinai", "FRIDAY NIGHT", 0, "TIME", "2017-07-07TNI", "document"),
    ("d07_sinai", "THREE DAYS", 0, "DURATION", "P3D", "absolute"),
    ("d07_sinai", "2013", 0, "DATE", "2013", "absolute"),  # "SINCE 2013"; "SINCE THEN" is not tagged
    # d08_guineabissau, document date 2022-02-02 (Wednesday, 2022-W05)
    ("d08_guineabissau", "hours", 0, "DURATION", "PTXH", "absolute"),  # headline "after hours of gunfire"
    ("d08_guineabissau", "Wednesday", 0, "DATE", "2022-02-02", "document"),
    ("d08_guineabissau", "about five hours", 0, "DURATION", "PT5H", "absolute"),
    ("d08_guineabissau", "late Tuesday", 0, "DATE", "2022-02-01", "document"),
    ("d08_guineabissau", "Wednesday", 1, "DATE", "2022-02-02", "document"),
    ("d08_guineabissau", "1974", 0, "DATE", "1974", "absolute"),
    ("d08_guineabissau", "a week", 0, "DURATION", "P1W", "absolute"),  # "a week after soldiers seized power"
    ("d08_guineabissau", "2020", 0, "DATE", "2020", "absolute"),
]

# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, surface, occurrence, label, min, max, approximate, negated, victims)
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    # d01_kurdistan ("his nephew was among the wounded" has no count: not annotated)
    ("d01_kurdistan", "killing three people", 0, "KILLED", 3, 3, False, False, "people"),
    ("d01_kurdistan", "wounding at least seven", 0, "INJURED", 7, None, False, False, None),
    ("d01_kurdistan", "Three of our comrades were killed", 0, "KILLED", 3, 3, False, False, "comrades"),  # quoted
    ("d01_kurdistan", "No one was reported missing", 0, "MISSING", 0, 0, False, True, None),
    # d02_burundi (a total and its "including" part: one statement)
    ("d02_burundi", "killed 20 people, including 12 children", 0, "KILLED", 20, 20, False, False, "people"),
    ("d02_burundi", "Nine people were wounded", 0, "INJURED", 9, 9, False, False, "people"),
    ("d02_burundi", "two police officers are still missing", 0, "MISSING", 2, 2, False, False, "police officers"),
    # d03_sahara ("The man ... died of his injuries" restates the one death by a definite reference:
    # not a new count, not annotated)
    ("d03_sahara", "killing one man", 0, "KILLED", 1, 1, False, False, "man"),
    ("d03_sahara", "wounding three other people", 0, "INJURED", 3, 3, False, False, "people"),
    # d04_jenin ("Thousands of residents fled" is displacement, not a label; "some of the dead" has no count)
    ("d04_jenin", "killed 12 Palestinians", 0, "KILLED", 12, 12, False, False, "Palestinians"),
    ("d04_jenin", "more than 100 people were wounded", 0, "INJURED", 100, None, False, False, "people"),
    ("d04_jenin", "An Israeli soldier was also killed", 0, "KILLED", 1, 1, False, False, "Israeli soldier"),
    # d05_nicaragua (prisoners released or "in detention" are not KIDNAPPED)
    ("d05_nicaragua", "killed more than 300 people", 0, "KILLED", 300, None, False, False, "people"),
    ("d05_nicaragua", "at least 11 are missing", 0, "MISSING", 11, None, False, False, None),
    # d06_azerbaijan ("at least 390 people have been killed or injured" mixes labels: not annotated;
    # "100,000 ethnic Armenians fled" is displacement)
    ("d06_azerbaijan", "kills two", 0, "KILLED", 2, 2, False, False, None),  # headline
    ("d06_azerbaijan", "Two Azerbaijani civilians were killed", 0, "KILLED", 2, 2, False, False,
     "Azerbaijani civilians"),
    ("d06_azerbaijan", "one was seriously injured", 0, "INJURED", 1, 1, False, False, None),
    # d07_sinai (the senior officer is a separate statement, though part of the 23; killed attackers count)
    ("d07_sinai", "KILLING AT LEAST 23 SOLDIERS", 0, "KILLED", 23, None, False, False, "SOLDIERS"),
    ("d07_sinai", "26 SOLDIERS WERE WOUNDED", 0, "INJURED", 26, 26, False, False, "SOLDIERS"),
    ("d07_sinai", "A SENIOR OFFICER WAS AMONG THE DEAD", 0, "KILLED", 1, 1, False, False, "SENIOR OFFICER"),
    ("d07_sinai", "KILLED 40 OF THE ATTACKERS", 0, "KILLED", 40, 40, False, False, "ATTACKERS"),
    ("d07_sinai", "HUNDREDS OF SOLDIERS AND POLICEMEN HAVE BEEN KILLED", 0, "KILLED", 200, 999, True, False,
     "SOLDIERS AND POLICEMEN"),
    # d08_guineabissau ("Many have died" has no figure; "Two of the attackers were captured" is an arrest)
    ("d08_guineabissau", "11 people, most of them members of the security forces, were killed", 0, "KILLED", 11, 11,
     False, False, "people"),
]

# --------------------------------------------------------------------------------------------
# QUOTES: (doc, surface incl. marks, occurrence, closed, speaker (surface, occurrence or None for
# the nearest), speaker entity (qid, name, gazetteer) or None, cue (surface, occurrence or None))
# --------------------------------------------------------------------------------------------
HAWRAMI = (None, "Soran Hawrami", "officials")
IRGC = (None, "Islamic Revolutionary Guard Corps", "orgs")
BARZANI = (None, "Masrour Barzani", "officials")
NITERETSE = (None, "Martin Niteretse", "officials")
REDTABARA = (None, "RED-Tabara", "groups")
NDAYISHIMIYE = (None, "Évariste Ndayishimiye", "officials")
MAKOLO = (None, "Yolande Makolo", "officials")
GHALI = (None, "Brahim Ghali", "officials")
DUJARRIC = (None, "Stéphane Dujarric", "officials")
NETANYAHU = (None, "Benjamin Netanyahu", "officials")
ABBAS = (None, "Mahmoud Abbas", "officials")
GUTERRES = (None, "António Guterres", "officials")
JENIN_BRIGADE = (None, "Jenin Brigade", "groups")
MURILLO = (None, "Rosario Murillo", "officials")
BLINKEN = (None, "Antony Blinken", "officials")
AREVALO = (None, "Bernardo Arévalo", "officials")
HAJIYEV = (None, "Hikmet Hajiyev", "officials")
RIFAI = (None, "Tamer el-Rifai", "officials")
SISSI = (None, "Abdel Fattah el-Sisi", "officials")
EMBALO = (None, "Umaro Sissoco Embaló", "officials")
ECOWAS_SP = (None, "Economic Community of West African States", "orgs")
AKUFO_ADDO = (None, "Nana Akufo-Addo", "officials")

QUOTES = [
    # d01_kurdistan
    ("d01_kurdistan", "\"Three of our comrades were killed in their sleep,\"", 0, True, ("he", None), HAWRAMI,
     ("told", 0)),
    ("d01_kurdistan", "\"This was a cowardly attack on refugees.\"", 0, True, ("he", None), HAWRAMI, ("told", 0)),
    ("d01_kurdistan", "\"headquarters of separatist terrorist groups\"", 0, True,
     ("Islamic Revolutionary Guard Corps", 0), IRGC, ("said", None)),
    ("d01_kurdistan", "\"a flagrant violation of Iraq's sovereignty\"", 0, True, ("Masrour Barzani", 0), BARZANI,
     ("condemned", 0)),
    ("d01_kurdistan", "\"We have nothing to do with any party,\"", 0, True, ("he", None), None,
     ("said", None)),  # the farmer Karwan Ahmed, not an entity
    # d02_burundi
    ("d02_burundi", "“until further notice.”", 0, True, ("Martin Niteretse", 0), NITERETSE, ("said", None)),
    ("d02_burundi", "“a lie.”", 0, True, ("It", None), REDTABARA, ("said", None)),
    ("d02_burundi", "“We have a neighbor who wants to destabilize us,”", 0, True, ("Ndayishimiye", 1),
     NDAYISHIMIYE, ("said", None)),
    ("d02_burundi", "“We will not accept it.”", 0, True, ("Ndayishimiye", 1), NDAYISHIMIYE, ("said", None)),
    ("d02_burundi", "“unfortunate”", 0, True, ("Yolande Makolo", 0), MAKOLO, ("called", 0)),
    # d03_sahara
    ("d03_sahara", "\"intensify the armed struggle\"", 0, True, ("Brahim Ghali", 0), GHALI, ("said", None)),
    ("d03_sahara", "\"deeply concerned\"", 0, True, ("Stephane Dujarric", 0), DUJARRIC, ("said", None)),
    ("d03_sahara", "\"We call on all parties to exercise maximum restraint.\"", 0, True, ("Stephane Dujarric", 0),
     DUJARRIC, ("adding", 0)),
    # d04_jenin
    ("d04_jenin", "‘We’ve finished this operation, but it is not a one-off,’", 0, True, ("Benjamin Netanyahu", 0),
     NETANYAHU, ("said", None)),
    ("d04_jenin", "‘as often as necessary’", 0, True, ("He", None), NETANYAHU, ("said", None)),
    ("d04_jenin", "“They destroyed everything, the water, the electricity,”", 0, True, ("Amal Zubeidi", 0), None,
     ("said", None)),
    ("d04_jenin", "“Where is the world?”", 0, True, ("Amal Zubeidi", 0), None, ("said", None)),
    ("d04_jenin", "“war crime”", 0, True, ("Mahmoud Abbas", 0), ABBAS, ("called", 0)),
    ("d04_jenin", "“deeply concerned”", 0, True, ("Antonio Guterres", 0), GUTERRES, ("said", None)),
    ("d04_jenin", "“taught the occupation a lesson.”", 0, True, ("Jenin Brigade", 0), JENIN_BRIGADE, ("said", None)),
    # d05_nicaragua
    ("d05_nicaragua", "\"They are criminals who betrayed the homeland,\"", 0, True, ("Murillo", 1), MURILLO,
     ("said", None)),
    ("d05_nicaragua", "\"No one should be imprisoned for exercising their fundamental freedoms,\"", 0, True,
     ("he", None), BLINKEN, ("said", None)),
    ("d05_nicaragua", "\"for humanitarian reasons\"", 0, True, ("Bernardo Arévalo", 0), AREVALO, ("said", None)),
    # d06_azerbaijan
    ("d06_azerbaijan", "\"Every mine left in this land is a crime that continues,\"", 0, True,
     ("Hikmet Hajiyev", 0), HAJIYEV, ("wrote", 0)),
    # d07_sinai
    ("d07_sinai", "\"OUR HEROES STOOD THEIR GROUND,\"", 0, True, ("HE", None), RIFAI, ("SAID", None)),
    ("d07_sinai", "\"THE BLOOD OF OUR MARTYRS WILL NOT BE WASTED,\"", 0, True, ("HE", None), SISSI, ("SAID", None)),
    # d08_guineabissau
    ("d08_guineabissau", "\"It was not just a coup. It was an attempt to kill the president, the prime minister and "
     "all the cabinet,\"", 0, True, ("Embaló", 1), EMBALO, ("told", 0)),
    ("d08_guineabissau", "\"Many have died.\"", 0, True, ("Embaló", 1), EMBALO, ("told", 0)),
    ("d08_guineabissau", "\"people involved in narcotics.\"", 0, True, ("Embaló", 2), EMBALO, ("saying", 0)),
    ("d08_guineabissau", "\"a coup attempt\"", 0, True, ("ECOWAS", 0), ECOWAS_SP, ("called", 0)),
    ("d08_guineabissau", "\"unconstitutional changes of government.\"", 0, True, ("Nana Akufo-Addo", 0), AKUFO_ADDO,
     ("said", None)),
]


if __name__ == "__main__":
    run("blind10", ENTITIES, DATES, CASUALTIES, QUOTES)
