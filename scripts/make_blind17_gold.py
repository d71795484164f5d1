#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind17.

Texts: tests/fixtures/blind17/news.jsonl (eight original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors (the table layout and
helper functions follow scripts/make_blind16_gold.py and scripts/make_blind15_gold.py).

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, that spans of one type do not overlap, that every document of news.jsonl is
in every output file, and writes tests/fixtures/gold/blind17.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind17_gold.py [--show]   (--show prints every span in context)
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
IRAN, UK, SAUDI, SWEDEN, INDIA, RUSSIA, LATVIA, PHILIPPINES, USA, GIBRALTAR = (
    "Q794", "Q145", "Q851", "Q34", "Q668", "Q159", "Q211", "Q928", "Q30", "Q1410")
TURKEY, LIBERIA, AZERBAIJAN, GABON, NIGERIA, STP, CAMEROON, EQ_GUINEA = (
    "Q43", "Q1014", "Q227", "Q1000", "Q1033", "Q1039", "Q1009", "Q983")
FIJI, AUSTRALIA, NEW_ZEALAND, GAMBIA, SENEGAL, CUBA, MEXICO, USSR = (
    "Q712", "Q408", "Q664", "Q1005", "Q1041", "Q241", "Q96", "Q15180")
OMAN, CHINA, ITALY, COMOROS, TANZANIA, SUDAN, FRANCE = (
    "Q842", "Q148", "Q38", "Q970", "Q924", "Q1049", "Q142")
UN, REUTERS, AP, AFP, BBC, AU, COMMONWEALTH = (
    "Q1065", "Q130879", "Q40469", "Q40464", "Q9531", "Q7159", "Q7785")

ENTITIES = [
    # d01_hormuz (DUBAI/LONDON, Tehran, London, Washington, Bandar Abbas, the Strait of Hormuz, the
    # Gulf, the White House, Twitter, the ship names, Stena Bulk (a company) and its chief executive
    # Erik Hanell (a business person) not tagged; `Gibraltar` in `Strait of Gibraltar` is part of a
    # strait's name; the other `Gibraltar` (a UN-listed non-self-governing territory with its own ISO
    # code, as blind15's New Caledonia) is tagged)
    ("d01_hormuz", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d01_hormuz", "Iran", [0], "COUNTRY", IRAN, "Iran", "name"),
    ("d01_hormuz", "Revolutionary Guards", [0], "ORG", None, "Islamic Revolutionary Guard Corps", "alias"),
    ("d01_hormuz", "British", "all", "COUNTRY", UK, "United Kingdom", "demonym"),  # British-flagged, British Royal Marines
    ("d01_hormuz", "Britain", "all", "COUNTRY", UK, "United Kingdom", "alias"),
    ("d01_hormuz", "Saudi Arabia", [0], "COUNTRY", SAUDI, "Saudi Arabia", "name"),
    ("d01_hormuz", "Swedish", [0], "COUNTRY", SWEDEN, "Sweden", "demonym"),
    ("d01_hormuz", "Indian", [0], "COUNTRY", INDIA, "India", "demonym"),
    ("d01_hormuz", "Russian", [0], "COUNTRY", RUSSIA, "Russia", "demonym"),
    ("d01_hormuz", "Latvian", [0], "COUNTRY", LATVIA, "Latvia", "demonym"),
    ("d01_hormuz", "Filipino", [0], "COUNTRY", PHILIPPINES, "Philippines", "demonym"),
    ("d01_hormuz", "Islamic Revolutionary Guard Corps", [0], "ORG", None, "Islamic Revolutionary Guard Corps",
     "name"),
    # `Fars News Agency` is the agency's proper name; the lower-case wire spelling is tagged whole
    ("d01_hormuz", "Fars news agency", [0], "ORG", None, "Fars News Agency", "name"),
    ("d01_hormuz", "Jeremy Hunt", [0], "OFFICIAL", None, "Jeremy Hunt", "name"),
    ("d01_hormuz", "Iranian", "all", "COUNTRY", IRAN, "Iran", "demonym"),
    ("d01_hormuz", "Mohammad Javad Zarif", [0], "OFFICIAL", None, "Mohammad Javad Zarif", "name"),
    ("d01_hormuz", "Zarif", [1], "OFFICIAL", None, "Mohammad Javad Zarif", "surname"),
    ("d01_hormuz", "Penny Mordaunt", [0], "OFFICIAL", None, "Penny Mordaunt", "name"),
    ("d01_hormuz", "Theresa May", [0], "OFFICIAL", None, "Theresa May", "name"),
    ("d01_hormuz", "Royal Marines", [0], "ORG", None, "Royal Marines", "name"),
    ("d01_hormuz", "Gibraltar", [0], "COUNTRY", GIBRALTAR, "Gibraltar", "name"),
    ("d01_hormuz", "U.S.", [0], "COUNTRY", USA, "United States", "acronym"),
    ("d01_hormuz", "Donald Trump", [0], "OFFICIAL", None, "Donald Trump", "name"),
    ("d01_hormuz", "UK", [0], "COUNTRY", UK, "United Kingdom", "acronym"),  # inside a partial quotation
    ("d01_hormuz", "Ali Rabiei", [0], "OFFICIAL", None, "Ali Rabiei", "name"),

    # d02_mozart (ISTANBUL, Ankara, Port-Gentil, Bioko, `West Africa`, `the Gulf of Guinea`, the first
    # `Niger Delta` (a region), `Sao Tome` as the island/capital the ship was near, the owner Boden Denizcilik (a
    # company), `Azerbaijan's foreign ministry` (only the name), the International Maritime Bureau (a
    # division of the International Chamber of Commerce, a business body, not intergovernmental) not
    # tagged; `Nigerian` is inside the Nigerian Navy's name)
    ("d02_mozart", "Turkish", "all", "COUNTRY", TURKEY, "Turkey", "demonym"),  # headline, Turkish-owned, officials, deckhand
    ("d02_mozart", "AFP", [0], "ORG", AFP, "Agence France-Presse", "acronym"),
    ("d02_mozart", "Liberian", [0], "COUNTRY", LIBERIA, "Liberia", "demonym"),
    ("d02_mozart", "Azerbaijani", [0], "COUNTRY", AZERBAIJAN, "Azerbaijan", "demonym"),
    ("d02_mozart", "Gabon", "all", "COUNTRY", GABON, "Gabon", "name"),
    ("d02_mozart", "Mevlut Cavusoglu", [0], "OFFICIAL", None, "Mevl\u00fct \u00c7avu\u015fo\u011flu", "name"),
    ("d02_mozart", "Nigeria", [0], "COUNTRY", NIGERIA, "Nigeria", "name"),
    ("d02_mozart", "Sao Tome and Principe", [0], "COUNTRY", STP, "S\u00e3o Tom\u00e9 and Pr\u00edncipe", "name"),
    ("d02_mozart", "Recep Tayyip Erdogan", [0], "OFFICIAL", None, "Recep Tayyip Erdo\u011fan", "name"),
    ("d02_mozart", "Azerbaijan", [0], "COUNTRY", AZERBAIJAN, "Azerbaijan", "name"),
    ("d02_mozart", "Nigerian Navy", [0], "ORG", None, "Nigerian Navy", "name"),
    # `Niger Delta` inside the group's name is not tagged separately (longest name wins)
    ("d02_mozart", "Movement for the Emancipation of the Niger Delta", [0], "GROUP", None,
     "Movement for the Emancipation of the Niger Delta", "name"),
    ("d02_mozart", "MEND", [0], "GROUP", None, "Movement for the Emancipation of the Niger Delta", "acronym"),
    ("d02_mozart", "Cameroon", [0], "COUNTRY", CAMEROON, "Cameroon", "name"),
    ("d02_mozart", "Equatorial Guinea", "all", "COUNTRY", EQ_GUINEA, "Equatorial Guinea", "name"),

    # d03_fiji (ALL CAPS; SUVA, WELLINGTON, PARLIAMENT, `THE SOUTH PACIFIC`, `THE ARMY`, `INDIGENOUS
    # FIJIANS` (an ethnic community, as blind15's Kanak), `INDIAN` ×3 (`OF INDIAN DESCENT`,
    # `INDIAN-OWNED`, `INDIAN-DOMINATED`: the Indo-Fijian community, not the state of India) not
    # tagged; George Speight led the armed men who took Parliament: an armed group's leader)
    ("d03_fiji", "FIJI", "all", "COUNTRY", FIJI, "Fiji", "name"),  # headline, dateline, quotation, body ×2
    ("d03_fiji", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d03_fiji", "GEORGE SPEIGHT", [0], "OFFICIAL", None, "George Speight", "name"),
    ("d03_fiji", "SPEIGHT", [1, 2], "OFFICIAL", None, "George Speight", "surname"),
    ("d03_fiji", "MAHENDRA CHAUDHRY", [0], "OFFICIAL", None, "Mahendra Chaudhry", "name"),
    ("d03_fiji", "CHAUDHRY", [1], "OFFICIAL", None, "Mahendra Chaudhry", "surname"),
    # `RATU` (a chiefly title) and `SIR` stay outside
    ("d03_fiji", "KAMISESE MARA", [0], "OFFICIAL", None, "Kamisese Mara", "name"),
    ("d03_fiji", "MARA", [1], "OFFICIAL", None, "Kamisese Mara", "surname"),
    ("d03_fiji", "ISIKIA SAVUA", [0], "OFFICIAL", None, "Isikia Savua", "name"),
    ("d03_fiji", "FRANK BAINIMARAMA", [0], "OFFICIAL", None, "Frank Bainimarama", "name"),
    ("d03_fiji", "AUSTRALIAN", [0], "COUNTRY", AUSTRALIA, "Australia", "demonym"),
    ("d03_fiji", "JOHN HOWARD", [0], "OFFICIAL", None, "John Howard", "name"),
    ("d03_fiji", "NEW ZEALAND", [0], "COUNTRY", NEW_ZEALAND, "New Zealand", "name"),
    ("d03_fiji", "HELEN CLARK", [0], "OFFICIAL", None, "Helen Clark", "name"),
    ("d03_fiji", "COMMONWEALTH", [0], "ORG", COMMONWEALTH, "Commonwealth of Nations", "name"),
    ("d03_fiji", "DON MCKINNON", [0], "OFFICIAL", None, "Don McKinnon", "name"),
    ("d03_fiji", "SITIVENI RABUKA", [0], "OFFICIAL", None, "Sitiveni Rabuka", "name"),
    ("d03_fiji", "RABUKA", [1], "OFFICIAL", None, "Sitiveni Rabuka", "surname"),
    ("d03_fiji", "BRITISH", [0], "COUNTRY", UK, "United Kingdom", "demonym"),  # THE BRITISH CROWN

    # d04_gambia (no `date` field; byline date. BANJUL, State House, `the country`, `the bloc`, `military
    # intelligence` (generic), `Its Commission` (unnamed), the byline's Lamin Jatta not tagged. `The
    # Gambia`: the article stays outside, as in `the United States`)
    ("d04_gambia", "GRTS", [0], "ORG", None, "Gambia Radio and Television Services", "acronym"),
    ("d04_gambia", "Adama Barrow", [0], "OFFICIAL", None, "Adama Barrow", "name"),
    ("d04_gambia", "Barrow", [1, 2], "OFFICIAL", None, "Adama Barrow", "surname"),
    ("d04_gambia", "Ebrima G. Sankareh", [0], "OFFICIAL", None, "Ebrima G. Sankareh", "name"),
    ("d04_gambia", "Sankareh", [1], "OFFICIAL", None, "Ebrima G. Sankareh", "surname"),
    ("d04_gambia", "Economic Community of West African States", [0], "ORG", None,
     "Economic Community of West African States", "name"),
    ("d04_gambia", "ECOWAS", "all", "ORG", None, "Economic Community of West African States", "acronym"),
    ("d04_gambia", "Omar Alieu Touray", [0], "OFFICIAL", None, "Omar Alieu Touray", "name"),
    ("d04_gambia", "Gambian", [0], "COUNTRY", GAMBIA, "The Gambia", "demonym"),
    ("d04_gambia", "Senegal", "all", "COUNTRY", SENEGAL, "Senegal", "name"),
    ("d04_gambia", "ECOMIG", [0], "ORG", None, "ECOWAS Mission in The Gambia", "acronym"),
    ("d04_gambia", "Gambia", [0], "COUNTRY", GAMBIA, "The Gambia", "name"),
    ("d04_gambia", "Dawda Jawara", [0], "OFFICIAL", None, "Dawda Jawara", "name"),  # `Sir` outside
    ("d04_gambia", "Jawara", [1], "OFFICIAL", None, "Dawda Jawara", "surname"),
    # a confederation of two states (1982-1989), dissolved: tagged as a former state (blind16's Soviet Union)
    ("d04_gambia", "Senegambia Confederation", [0], "COUNTRY", None, "Senegambia Confederation", "name"),
    ("d04_gambia", "Yahya Jammeh", [0], "OFFICIAL", None, "Yahya Jammeh", "name"),
    ("d04_gambia", "Jammeh", [1], "OFFICIAL", None, "Yahya Jammeh", "surname"),
    ("d04_gambia", "Equatorial Guinea", [0], "COUNTRY", EQ_GUINEA, "Equatorial Guinea", "name"),

    # d05_cuba (HAVANA, Havana, La G\u00fcinera, San Antonio de los Ba\u00f1os, Florida, Washington, the
    # Interior Ministry, the Communist Party, `the island` not tagged; `Maleconazo` is a name)
    ("d05_cuba", "Cuba", [0], "COUNTRY", CUBA, "Cuba", "name"),
    ("d05_cuba", "US", [0], "COUNTRY", USA, "United States", "acronym"),
    ("d05_cuba", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d05_cuba", "Cuban", "all", "COUNTRY", CUBA, "Cuba", "demonym"),
    ("d05_cuba", "Miguel D\u00edaz-Canel", [0], "OFFICIAL", None, "Miguel D\u00edaz-Canel", "name"),
    ("d05_cuba", "D\u00edaz-Canel", [1, 2], "OFFICIAL", None, "Miguel D\u00edaz-Canel", "surname"),
    ("d05_cuba", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("d05_cuba", "Cubans", "all", "COUNTRY", CUBA, "Cuba", "demonym"),
    ("d05_cuba", "U.S.", "all", "COUNTRY", USA, "United States", "acronym"),
    ("d05_cuba", "Joe Biden", [0], "OFFICIAL", None, "Joe Biden", "name"),
    ("d05_cuba", "Antony Blinken", [0], "OFFICIAL", None, "Antony Blinken", "name"),
    ("d05_cuba", "Bruno Rodr\u00edguez", [0], "OFFICIAL", None, "Bruno Rodr\u00edguez Parrilla", "name"),
    ("d05_cuba", "Mexican", [0], "COUNTRY", MEXICO, "Mexico", "demonym"),
    ("d05_cuba", "Andr\u00e9s Manuel L\u00f3pez Obrador", [0], "OFFICIAL", None,
     "Andr\u00e9s Manuel L\u00f3pez Obrador", "name"),
    ("d05_cuba", "Soviet Union", [0], "COUNTRY", USSR, "Soviet Union", "name"),
    ("d05_cuba", "Fidel Castro", [0], "OFFICIAL", None, "Fidel Castro", "name"),
    ("d05_cuba", "Castro", [1], "OFFICIAL", None, "Fidel Castro", "surname"),  # `Castro died in 2016`
    ("d05_cuba", "Ra\u00fal Castro", [0], "OFFICIAL", None, "Ra\u00fal Castro", "name"),

    # d06_oman (press release; Muscat, the Ministry of Foreign Affairs (by function), `the
    # Sultanate` alone (as blind16's `the kingdom`), `the Middle East`, the Joint Comprehensive Plan
    # of Action (an agreement) not tagged; `Oman`/`Iran`/`United States` inside the official long
    # names are not tagged separately; honorifics `His Majesty Sultan`, `H.E.`, `Dr.`, `Sayyid` stay
    # outside)
    ("d06_oman", "Sultanate of Oman", "all", "COUNTRY", OMAN, "Oman", "name"),
    ("d06_oman", "Oman", [1, 3, 4], "COUNTRY", OMAN, "Oman", "name"),
    ("d06_oman", "Islamic Republic of Iran", "all", "COUNTRY", IRAN, "Iran", "name"),
    ("d06_oman", "United States of America", "all", "COUNTRY", USA, "United States", "name"),
    ("d06_oman", "United States", [2, 3], "COUNTRY", USA, "United States", "name"),
    ("d06_oman", "Haitham bin Tarik", [0], "OFFICIAL", None, "Haitham bin Tarik", "name"),
    ("d06_oman", "Abbas Araghchi", [0], "OFFICIAL", None, "Abbas Araghchi", "name"),
    ("d06_oman", "Steve Witkoff", [0], "OFFICIAL", None, "Steve Witkoff", "name"),
    ("d06_oman", "Badr bin Hamad Albusaidi", [0], "OFFICIAL", None, "Badr bin Hamad Albusaidi", "name"),
    ("d06_oman", "Omani", [0], "COUNTRY", OMAN, "Oman", "demonym"),

    # d07_urumqi (Xinjiang (a region), Urumqi, Erdaoqiao, Beijing, Tiananmen Square, `Uighur(s)` and
    # `Han Chinese` ×2 (ethnic communities), the World Uighur Congress (an exile advocacy body, not an
    # armed group), Beijing, its leader Rebiya Kadeer and the resident Rukiye (not officials), `the foreign
    # ministry` ×2 not tagged; Li Zhi, the city's party chief, is its top official)
    ("d07_urumqi", "China", "all", "COUNTRY", CHINA, "China", "name"),
    ("d07_urumqi", "Chinese", [0], "COUNTRY", CHINA, "China", "demonym"),
    ("d07_urumqi", "Xinhua news agency", [0], "ORG", None, "Xinhua News Agency", "name"),
    ("d07_urumqi", "Li Zhi", [0], "OFFICIAL", None, "Li Zhi", "name"),
    ("d07_urumqi", "Nur Bekri", [0], "OFFICIAL", None, "Nur Bekri", "name"),
    ("d07_urumqi", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("d07_urumqi", "BBC", [0], "ORG", BBC, "BBC", "acronym"),
    ("d07_urumqi", "Hu Jintao", [0], "OFFICIAL", None, "Hu Jintao", "name"),
    ("d07_urumqi", "Italy", [0], "COUNTRY", ITALY, "Italy", "name"),
    ("d07_urumqi", "G8", [0], "ORG", None, "G8", "acronym"),  # an intergovernmental forum (blind15's G20)
    ("d07_urumqi", "Qin Gang", [0], "OFFICIAL", None, "Qin Gang", "name"),
    ("d07_urumqi", "East Turkestan Islamic Movement", [0], "GROUP", None, "East Turkestan Islamic Movement", "name"),
    ("d07_urumqi", "ETIM", [0], "GROUP", None, "East Turkestan Islamic Movement", "acronym"),
    ("d07_urumqi", "UN", [0], "ORG", UN, "United Nations", "acronym"),
    ("d07_urumqi", "Ban Ki-moon", [0], "OFFICIAL", None, "Ban Ki-moon", "name"),

    # d08_comoros (MORONI, Anjouan, Mutsamudu, Moheli, Mayotte (a French department-to-be, not a
    # UN-listed territory), `the federal government`, `the Comorian army` (the demonym only) not
    # tagged; Mohamed Bacar ran the island and its armed men; the army spokesman is invented)
    ("d08_comoros", "Reuters", "all", "ORG", REUTERS, "Reuters", "name"),
    ("d08_comoros", "Comorian", "all", "COUNTRY", COMOROS, "Comoros", "demonym"),
    ("d08_comoros", "Comoran", [0], "COUNTRY", COMOROS, "Comoros", "demonym"),  # spelling variant, in a quotation
    ("d08_comoros", "African Union", "all", "ORG", AU, "African Union", "name"),
    ("d08_comoros", "AU", [0], "ORG", AU, "African Union", "acronym"),
    # the African Union Commission, the bloc's named executive body: one span (longest name wins)
    ("d08_comoros", "AU Commission", [0], "ORG", None, "African Union Commission", "alias"),
    ("d08_comoros", "Mohamed Bacar", [0], "OFFICIAL", None, "Mohamed Bacar", "name"),
    ("d08_comoros", "Bacar", [1, 2, 3], "OFFICIAL", None, "Mohamed Bacar", "surname"),
    ("d08_comoros", "Comoros", "all", "COUNTRY", COMOROS, "Comoros", "name"),
    ("d08_comoros", "Tanzania", [0], "COUNTRY", TANZANIA, "Tanzania", "name"),
    ("d08_comoros", "Sudan", [0], "COUNTRY", SUDAN, "Sudan", "name"),
    ("d08_comoros", "Youssouf Ali", [0], "OFFICIAL", None, "Youssouf Ali", "name"),  # `Captain` outside
    ("d08_comoros", "Ahmed Abdallah Sambi", [0], "OFFICIAL", None, "Ahmed Abdallah Sambi", "name"),
    ("d08_comoros", "Alpha Oumar Konare", [0], "OFFICIAL", None, "Alpha Oumar Konar\u00e9", "name"),
    ("d08_comoros", "France", "all", "COUNTRY", FRANCE, "France", "name"),
    ("d08_comoros", "French", [0], "COUNTRY", FRANCE, "France", "demonym"),
]

# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# --------------------------------------------------------------------------------------------
DATES = [
    # d01_hormuz, document date 2019-07-20 (Saturday, 2019-W29)
    ("d01_hormuz", "July 20", 0, "DATE", "2019-07-20", "document"),
    ("d01_hormuz", "Saturday", 0, "DATE", "2019-07-20", "document"),
    ("d01_hormuz", "1500 GMT", 0, "TIME", "2019-07-19T15:00", "document"),  # `shortly after` is a signal
    ("d01_hormuz", "Friday", 0, "DATE", "2019-07-19", "document"),
    ("d01_hormuz", "July 4", 0, "DATE", "2019-07-04", "document"),
    ("d01_hormuz", "weeks", 0, "DURATION", "PXW", "absolute"),  # could take weeks
    ("d01_hormuz", "a day", 0, "DURATION", "P1D", "absolute"),  # within a day
    ("d01_hormuz", "May", 1, "DATE", "2019-05", "document"),  # since May (0 is Theresa May)
    ("d01_hormuz", "two months", 0, "DURATION", "P2M", "absolute"),

    # d02_mozart, document date 2021-01-25 (Monday, 2021-W04)
    ("d02_mozart", "25 January 2021", 0, "DATE", "2021-01-25", "absolute"),
    ("d02_mozart", "Monday", 0, "DATE", "2021-01-25", "document"),
    ("d02_mozart", "years", 0, "DURATION", "PXY", "absolute"),  # in years
    ("d02_mozart", "Saturday, 23 January", 0, "DATE", "2021-01-23", "document"),
    ("d02_mozart", "six hours", 0, "DURATION", "PT6H", "absolute"),
    ("d02_mozart", "Sunday", 0, "DATE", "2021-01-24", "document"),
    ("d02_mozart", "2009", 0, "DATE", "2009", "absolute"),  # an amnesty in 2009
    ("d02_mozart", "last year", 0, "DATE", "2020", "document"),
    ("d02_mozart", "1 January", 0, "DATE", "2021-01-01", "document"),  # since 1 January
    ("d02_mozart", "18 January", 0, "DATE", "2021-01-18", "document"),

    # d03_fiji, document date 2000-05-20 (Saturday, 2000-W20)
    ("d03_fiji", "MAY 20", 0, "DATE", "2000-05-20", "document"),
    ("d03_fiji", "SATURDAY", 0, "DATE", "2000-05-20", "document"),  # `A SECOND DAY` is not a date
    # a clock time followed directly by its day (no preposition between) is one TIMEX
    ("d03_fiji", "AROUND 10:40 A.M. FRIDAY", 0, "TIME", "2000-05-19T10:40", "document"),
    ("d03_fiji", "ONE YEAR", 0, "DURATION", "P1Y", "absolute"),  # ONE YEAR TO THE DAY AFTER
    ("d03_fiji", "MAY 1987", 0, "DATE", "1987-05", "absolute"),
    ("d03_fiji", "FOUR MONTHS", 0, "DURATION", "P4M", "absolute"),  # FOUR MONTHS LATER
    ("d03_fiji", "1992", 0, "DATE", "1992", "absolute"),
    ("d03_fiji", "1999", 0, "DATE", "1999", "absolute"),

    # d04_gambia, no input date; byline `Thursday, 22 December 2022` (2022-W51)
    ("d04_gambia", "Thursday, 22 December 2022", 0, "DATE", "2022-12-22", "absolute"),
    ("d04_gambia", "Wednesday night", 0, "TIME", "2022-12-21TNI", "document"),
    ("d04_gambia", "Tuesday, 20 December", 0, "DATE", "2022-12-20", "document"),
    ("d04_gambia", "Thursday", 1, "DATE", "2022-12-22", "document"),
    ("d04_gambia", "January 2017", 0, "DATE", "2017-01", "absolute"),  # since January 2017
    ("d04_gambia", "July 1981", 0, "DATE", "1981-07", "absolute"),
    ("d04_gambia", "1989", 0, "DATE", "1989", "absolute"),
    ("d04_gambia", "July 1994", 0, "DATE", "1994-07", "absolute"),
    ("d04_gambia", "22 years", 0, "DURATION", "P22Y", "absolute"),
    ("d04_gambia", "30 December 2014", 0, "DATE", "2014-12-30", "absolute"),
    ("d04_gambia", "January 2017", 1, "DATE", "2017-01", "absolute"),
    ("d04_gambia", "a week", 0, "DURATION", "P1W", "absolute"),  # a week later (blind16's `an hour later`)

    # d05_cuba, document date 2021-07-13 (Tuesday, 2021-W28)
    ("d05_cuba", "Tuesday", 0, "DATE", "2021-07-13", "document"),
    ("d05_cuba", "decades", 0, "DURATION", "PXDE", "absolute"),  # in decades
    ("d05_cuba", "a day", 0, "DURATION", "P1D", "absolute"),  # a day after (blind12/13)
    ("d05_cuba", "Monday night", 0, "TIME", "2021-07-12TNI", "document"),
    ("d05_cuba", "the previous year", 0, "DATE", "2020", "document"),
    ("d05_cuba", "last week", 0, "DATE", "2021-W27", "document"),
    ("d05_cuba", "about 11 a.m. Sunday", 0, "TIME", "2021-07-11T11:00", "document"),
    ("d05_cuba", "hours", 0, "DURATION", "PTXH", "absolute"),  # within hours
    ("d05_cuba", "daily", 0, "SET", "P1D", "absolute"),  # daily blackouts
    ("d05_cuba", "Sunday evening", 0, "TIME", "2021-07-11TEV", "document"),
    ("d05_cuba", "Tuesday morning", 0, "TIME", "2021-07-13TMO", "document"),
    ("d05_cuba", "four hours", 0, "DURATION", "PT4H", "absolute"),
    ("d05_cuba", "Monday", 1, "DATE", "2021-07-12", "document"),
    ("d05_cuba", "next week", 0, "DATE", "2021-W29", "document"),
    ("d05_cuba", "Aug. 5, 1994", 0, "DATE", "1994-08-05", "absolute"),
    ("d05_cuba", "weeks", 0, "DURATION", "PXW", "absolute"),  # weeks later
    ("d05_cuba", "2016", 0, "DATE", "2016", "absolute"),
    ("d05_cuba", "April", 0, "DATE", "2021-04", "document"),
    ("d05_cuba", "2018", 0, "DATE", "2018", "absolute"),  # since 2018

    # d06_oman, document date 2025-04-12 (Saturday, 2025-W15); `in due course` is not tagged
    ("d06_oman", "12 April 2025", 0, "DATE", "2025-04-12", "absolute"),
    ("d06_oman", "today", 0, "DATE", "2025-04-12", "document"),
    ("d06_oman", "more than two and a half hours", 0, "DURATION", "PT2H30M", "absolute"),
    ("d06_oman", "a few minutes", 0, "DURATION", "PTXM", "absolute"),
    ("d06_oman", "next Saturday", 0, "DATE", "2025-04-19", "document"),
    ("d06_oman", "November 2013", 0, "DATE", "2013-11", "absolute"),
    ("d06_oman", "July 2015", 0, "DATE", "2015-07", "absolute"),
    ("d06_oman", "May 2018", 0, "DATE", "2018-05", "absolute"),

    # d07_urumqi, document date 2009-07-08 (Wednesday, 2009-W28)
    ("d07_urumqi", "1989", 0, "DATE", "1989", "absolute"),
    ("d07_urumqi", "Wednesday", 0, "DATE", "2009-07-08", "document"),
    ("d07_urumqi", "Sunday", 0, "DATE", "2009-07-05", "document"),  # Sunday's riots
    ("d07_urumqi", "Tuesday", 0, "DATE", "2009-07-07", "document"),
    ("d07_urumqi", "Sunday", 1, "DATE", "2009-07-05", "document"),  # inside the quotation
    ("d07_urumqi", "Tuesday evening", 0, "TIME", "2009-07-07TEV", "document"),
    ("d07_urumqi", "2100 local time", 0, "TIME", "2009-07-07T21:00", "document"),
    ("d07_urumqi", "1300 GMT", 0, "TIME", "2009-07-07T13:00", "document"),

    # d08_comoros, document date 2008-03-25 (Tuesday, 2008-W13)
    ("d08_comoros", "March 25", 0, "DATE", "2008-03-25", "document"),
    ("d08_comoros", "Tuesday", 0, "DATE", "2008-03-25", "document"),
    ("d08_comoros", "about 0300 GMT", 0, "TIME", "2008-03-25T03:00", "document"),
    ("d08_comoros", "0600 local", 0, "TIME", "2008-03-25T06:00", "document"),
    ("d08_comoros", "Today", 0, "DATE", "2008-03-25", "document"),  # inside the quotation
    ("d08_comoros", "2001", 0, "DATE", "2001", "absolute"),  # since 2001
    ("d08_comoros", "last June", 0, "DATE", "2007-06", "document"),
    ("d08_comoros", "February", 0, "DATE", "2008-02", "document"),
    ("d08_comoros", "1975", 0, "DATE", "1975", "absolute"),
    ("d08_comoros", "1997", 0, "DATE", "1997", "absolute"),
    ("d08_comoros", "1974", 0, "DATE", "1974", "absolute"),  # a 1974 referendum
]

# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, surface, occurrence, label, min, max, approximate, negated, victims)
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    # d01_hormuz (the ship's `23 crew` held by a state are not stated as kidnapped; `six tankers were
    # attacked` counts ships, not people)
    ("d01_hormuz", "no reported injuries among the crew", 0, "INJURED", 0, 0, False, True, "crew"),

    # d02_mozart (`the killing` in `called the killing “a cowardly act”` has no count; `repatriate the
    # body` repeats the engineer's death without a statement of it)
    ("d02_mozart", "kill sailor", 0, "KILLED", 1, 1, False, False, "sailor"),  # headline
    ("d02_mozart", "kidnap 15", 0, "KIDNAPPED", 15, 15, False, False, None),  # headline
    ("d02_mozart", "killed one crew member", 0, "KILLED", 1, 1, False, False, "crew member"),
    ("d02_mozart", "kidnapped 15 others", 0, "KIDNAPPED", 15, 15, False, False, None),
    ("d02_mozart", "An Azerbaijani engineer was shot dead", 0, "KILLED", 1, 1, False, False, "Azerbaijani engineer"),
    ("d02_mozart", "two were wounded, one of them in the leg", 0, "INJURED", 2, 2, False, False, None),
    ("d02_mozart", "A Turkish deckhand who had been outside when the attack began was still missing", 0,
     "MISSING", 1, 1, False, False, "Turkish deckhand"),
    # the captain is one of the 15, but this is its own statement about one person taken
    ("d02_mozart", "the captain, who was among those taken", 0, "KIDNAPPED", 1, 1, False, False, "captain"),
    ("d02_mozart", "130 crew members were kidnapped", 0, "KIDNAPPED", 130, 130, False, False, "crew members"),
    ("d02_mozart", "at least a dozen more have been seized", 0, "KIDNAPPED", 12, None, True, False, None),
    ("d02_mozart", "a fishing trawler's cook was killed", 0, "KILLED", 1, 1, False, False, "fishing trawler's cook"),
    ("d02_mozart", "four fishermen were injured", 0, "INJURED", 4, 4, False, False, "fishermen"),

    # d03_fiji (`ABOUT SEVEN GUNMEN`, `HUNDREDS OF YOUTHS` are not casualties)
    # `MORE THAN 30 OTHER LAWMAKERS` plus the named prime minister: 30 + 1, open-ended
    ("d03_fiji", "HELD PRIME MINISTER MAHENDRA CHAUDHRY AND MORE THAN 30 OTHER LAWMAKERS HOSTAGE", 0,
     "KIDNAPPED", 31, None, False, False, "PRIME MINISTER MAHENDRA CHAUDHRY AND MORE THAN 30 OTHER LAWMAKERS"),
    ("d03_fiji", "12 PEOPLE WERE TREATED IN HOSPITAL FOR INJURIES", 0, "INJURED", 12, 12, False, False, "PEOPLE"),
    ("d03_fiji", "ONE POLICE OFFICER WAS MISSING", 0, "MISSING", 1, 1, False, False, "POLICE OFFICER"),
    ("d03_fiji", "NO ONE WAS KILLED", 0, "KILLED", 0, 0, False, True, None),

    # d04_gambia (`four soldiers have been arrested`, `three others are on the run` (fugitives, not
    # missing), `a bloodless coup` not annotated)
    ("d04_gambia", "no one was hurt", 0, "INJURED", 0, 0, False, True, None),
    ("d04_gambia", "hundreds of people were killed", 0, "KILLED", 200, 999, True, False, "people"),
    ("d04_gambia", "at least three attackers were killed", 0, "KILLED", 3, None, False, False, "attackers"),

    # d05_cuba (`more than a dozen people were detained` are arrests; `hundreds of people rioted`,
    # `about 35,000 Cubans set off`, `millions of dollars` are not casualties)
    ("d05_cuba", "1 dead", 0, "KILLED", 1, 1, False, False, None),  # headline
    ("d05_cuba", "the first death", 0, "KILLED", 1, 1, False, False, None),  # an ordinal: one death
    ("d05_cuba", "a 36-year-old man died", 0, "KILLED", 1, 1, False, False, "36-year-old man"),
    ("d05_cuba", "several police officers were injured", 0, "INJURED", 3, 9, True, False, "police officers"),

    # d06_oman: none

    # d07_urumqi (`more than 1,400 people have been detained` are arrests; the headline's toll, the
    # lead's figures and Xinhua's 1,080 are separate statements)
    ("d07_urumqi", "death toll rises to 156", 0, "KILLED", 156, 156, False, False, None),
    ("d07_urumqi", "156 people have been killed", 0, "KILLED", 156, 156, False, False, "people"),
    ("d07_urumqi", "more than 1,000 injured", 0, "INJURED", 1000, None, False, False, None),
    ("d07_urumqi", "1,080 people had been injured", 0, "INJURED", 1080, 1080, False, False, "people"),
    ("d07_urumqi", "her son, 19, had been missing", 0, "MISSING", 1, 1, False, False, "her son"),

    # d08_comoros (`About 1,500 soldiers`, `dozens of Bacar loyalists had been rounded up` (arrests),
    # `about 20 coups` are not casualties)
    ("d08_comoros", "one government soldier had been killed", 0, "KILLED", 1, 1, False, False, "government soldier"),
    ("d08_comoros", "two wounded", 0, "INJURED", 2, 2, False, False, None),
    ("d08_comoros", "six civilians had been wounded", 0, "INJURED", 6, 6, False, False, "civilians"),
]


# --------------------------------------------------------------------------------------------
# QUOTES: (doc, exact quotation with its marks, occurrence, closed, (speaker surface, occurrence
# or None for the nearest), speaker entity or None, (cue surface, occurrence or None))
# --------------------------------------------------------------------------------------------
def off(name):
    return (None, name, "officials")


QUOTES = [
    # d01_hormuz (straight double quotes; British punctuation outside partial quotations)
    ("d01_hormuz", "\"serious consequences\"", 0, True, ("Britain", 0), (UK, "United Kingdom", "countries"),
     ("warned", 0)),
    ("d01_hormuz", "\"violating international maritime rules\"", 0, True,
     ("Islamic Revolutionary Guard Corps", 0), (None, "Islamic Revolutionary Guard Corps", "orgs"), ("said", 3)),
    ("d01_hormuz", "\"We are very concerned,\"", 0, True, ("Jeremy Hunt", 0), off("Jeremy Hunt"), ("told", 0)),
    ("d01_hormuz", "\"Our reaction will be considered and robust.\"", 0, True, ("Jeremy Hunt", 0),
     off("Jeremy Hunt"), ("told", 0)),
    ("d01_hormuz", "\"a hostile act\"", 0, True, ("Penny Mordaunt", 0), off("Penny Mordaunt"), ("called", 0)),
    ("d01_hormuz", "\"Unlike the piracy in the Strait of Gibraltar, our action is to uphold international maritime rules,\"",
     0, True, ("he", 1), off("Mohammad Javad Zarif"), ("wrote", 0)),
    ("d01_hormuz", "\"work with the UK\"", 0, True, ("Donald Trump", 0), off("Donald Trump"), ("told", 1)),
    ("d01_hormuz", "\"in good health\"", 0, True, ("Ali Rabiei", 0), off("Ali Rabiei"), ("said", 6)),

    # d02_mozart (curly double quotes)
    ("d02_mozart", "\u201cWe will do everything to bring our sailors home,\u201d", 0, True, ("Mevlut Cavusoglu", 0),
     off("Mevl\u00fct \u00c7avu\u015fo\u011flu"), ("told", 0)),
    ("d02_mozart", "\u201cWe are in contact with Nigeria, Gabon and Sao Tome and Principe.\u201d", 0, True,
     ("Mevlut Cavusoglu", 0), off("Mevl\u00fct \u00c7avu\u015fo\u011flu"), ("told", 0)),
    # a ministry speaks: tagged as it stands, unlinked (blind15's `Azerbaijani foreign ministry`)
    ("d02_mozart", "\u201ca cowardly act\u201d", 0, True, ("Azerbaijan's foreign ministry", 0), None,
     ("called", 0)),

    # d03_fiji (ALL CAPS, straight double quotes)
    ("d03_fiji", "\"WE DID NOT COME HERE TO HURT ANYONE,\"", 0, True, ("SPEIGHT", 2), off("George Speight"),
     ("TOLD", 0)),
    ("d03_fiji", "\"WE CAME TO GIVE FIJI BACK TO ITS PEOPLE.\"", 0, True, ("SPEIGHT", 2), off("George Speight"),
     ("TOLD", 0)),
    ("d03_fiji", "\"DEALT WITH ACCORDING TO THE LAW.\"", 0, True, ("MARA", 1), off("Kamisese Mara"), ("SAID", 2)),
    ("d03_fiji", "\"A GRAVE BLOW TO DEMOCRACY IN THE SOUTH PACIFIC,\"", 0, True, ("JOHN HOWARD", 0),
     off("John Howard"), ("CALLED", 0)),

    # d04_gambia (straight single quotes among apostrophes: Gov't, soldiers')
    ("d04_gambia", "'before they could act'", 0, True, ("Ebrima G. Sankareh", 0), off("Ebrima G. Sankareh"),
     ("said", 0)),
    ("d04_gambia", "'The situation is under control,'", 0, True, ("he", 0), off("Ebrima G. Sankareh"),
     ("said", 1)),
    ("d04_gambia", "'Citizens should go about their normal business.'", 0, True, ("he", 0),
     off("Ebrima G. Sankareh"), ("said", 1)),
    ("d04_gambia", "'not tolerate any unconstitutional change of government'", 0, True, ("Omar Alieu Touray", 0),
     off("Omar Alieu Touray"), ("said", 3)),

    # d05_cuba (curly double quotes; `“Maleconazo,”` is a name, not a quotation)
    ("d05_cuba", "\u201cThe streets belong to the revolutionaries,\u201d", 0, True, ("D\u00edaz-Canel", 1),
     off("Miguel D\u00edaz-Canel"), ("said", 2)),
    ("d05_cuba", "\u201cpolicy of economic suffocation\u201d", 0, True, ("He", 0), off("Miguel D\u00edaz-Canel"),
     ("accused", 0)),
    ("d05_cuba", "\u201ca clarion call for freedom,\u201d", 0, True, ("Joe Biden", 0), off("Joe Biden"),
     ("called", 0)),
    ("d05_cuba", "\u201cmillions of dollars\u201d", 0, True, ("Bruno Rodr\u00edguez", 0),
     off("Bruno Rodr\u00edguez Parrilla"), ("said", 4)),

    # d06_oman (curly double quotes; the role noun `Minister` is the speaker, linked to Albusaidi)
    ("d06_oman", "\u201cThese talks took place in a friendly atmosphere conducive to bringing points of view closer,\u201d",
     0, True, ("Minister", 2), off("Badr bin Hamad Albusaidi"), ("said", 0)),
    ("d06_oman", "\u201cOman will continue to work for peace, security and stability in the region and the world.\u201d",
     0, True, ("Minister", 2), off("Badr bin Hamad Albusaidi"), ("said", 0)),

    # d07_urumqi (straight double quotes; two quotations whose speaker is named only in the next sentence)
    ("d07_urumqi", "\"My son went to work on Sunday and has not come back.\"", 0, True, ("Rukiye", 0), None,
     ("said", 1)),
    ("d07_urumqi", "\"Those who committed the crimes will be punished severely.\"", 0, True, ("Li Zhi", 0),
     off("Li Zhi"), ("made the pledge", 0)),
    ("d07_urumqi", "\"masterminded\"", 0, True, ("Nur Bekri", 0), off("Nur Bekri"), ("said", 2)),
    ("d07_urumqi", "\"I have never called for violence,\"", 0, True, ("she", 0), None, ("told", 0)),  # Rebiya Kadeer
    ("d07_urumqi", "\"not an ethnic issue or a religious issue\"", 0, True, ("Qin Gang", 0), off("Qin Gang"),
     ("told", 1)),

    # d08_comoros (straight double quotes)
    ("d08_comoros", "\"Mutsamudu is under our control. Bacar's men have thrown away their uniforms,\"", 0, True,
     ("he", 0), off("Youssouf Ali"), ("said", 2)),
    ("d08_comoros", "\"Today the Comoros has been reunited,\"", 0, True, ("Ahmed Abdallah Sambi", 0),
     off("Ahmed Abdallah Sambi"), ("said", 4)),
    ("d08_comoros", "\"No Comoran will be punished for the past, only those who took up arms against the state.\"", 0,
     True, ("Ahmed Abdallah Sambi", 0), off("Ahmed Abdallah Sambi"), ("said", 4)),
    ("d08_comoros", "\"a victory for the unity of the Comoros\"", 0, True, ("Alpha Oumar Konare", 0),
     off("Alpha Oumar Konar\u00e9"), ("called", 0)),
]

if __name__ == "__main__":
    run("blind17", ENTITIES, DATES, CASUALTIES, QUOTES)
