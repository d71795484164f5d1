#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind19.

Texts: tests/fixtures/blind19/news.jsonl (eight original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors (the table layout
follows scripts/make_blind18_gold.py; the offsets, checks and writer are scripts/goldlib.py).

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, that spans of one type do not overlap, that every document of news.jsonl is
in every output file, and writes tests/fixtures/gold/blind19.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind19_gold.py [--show]   (--show prints every span in context)
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
PERU, JAPAN, RUSSIA, GEORGIA, SRI_LANKA, INDIA, USA, IVORY_COAST = (
    "Q419", "Q17", "Q159", "Q230", "Q854", "Q668", "Q30", "Q1008")
FRANCE, KENYA, GHANA, YEMEN, GERMANY, ALGERIA, ANGOLA, PORTUGAL = (
    "Q142", "Q114", "Q117", "Q805", "Q183", "Q262", "Q916", "Q45")
UN, AU, REUTERS, AP, AFP = ("Q1065", "Q7159", "Q130879", "Q40469", "Q40464")

ENTITIES = [
    # d01_lima (ALL CAPS; LIMA, TOKYO, `THE SUPREME COURT`, `THE ARMY` ×2, `THE GOVERNMENT`, the
    # INTERNATIONAL COMMITTEE OF THE RED CROSS (an NGO) and its delegate MICHEL MINNIG (NGO staff),
    # `THE GROUP'S FOUNDER` (unnamed) not tagged; the `TUPAC AMARU` inside the movement's full name is
    # not tagged separately)
    ("d01_lima", "PERUVIAN", "all", "COUNTRY", PERU, "Peru", "demonym"),  # commandos ×2, people
    ("d01_lima", "JAPANESE", "all", "COUNTRY", JAPAN, "Japan", "demonym"),  # envoy, ambassador, emperor
    ("d01_lima", "PERU", "all", "COUNTRY", PERU, "Peru", "name"),  # dateline, quotation, PERU'S
    ("d01_lima", "UPI", [0], "ORG", None, "United Press International", "acronym"),
    ("d01_lima", "TUPAC AMARU", [0], "GROUP", None, "Túpac Amaru Revolutionary Movement", "alias"),
    ("d01_lima", "CARLOS GIUSTI", [0], "OFFICIAL", None, "Carlos Giusti Acuña", "name"),  # a judge
    ("d01_lima", "FRANCISCO TUDELA", [0], "OFFICIAL", None, "Francisco Tudela", "name"),
    ("d01_lima", "ALBERTO FUJIMORI", [0], "OFFICIAL", None, "Alberto Fujimori", "name"),
    ("d01_lima", "FUJIMORI", [1], "OFFICIAL", None, "Alberto Fujimori", "surname"),
    ("d01_lima", "TUPAC AMARU REVOLUTIONARY MOVEMENT", [0], "GROUP", None, "Túpac Amaru Revolutionary Movement",
     "name"),
    ("d01_lima", "MRTA", "all", "GROUP", None, "Túpac Amaru Revolutionary Movement", "acronym"),
    ("d01_lima", "NESTOR CERPA CARTOLINI", [0], "OFFICIAL", None, "Néstor Cerpa Cartolini", "name"),
    ("d01_lima", "CERPA", [1], "OFFICIAL", None, "Néstor Cerpa Cartolini", "surname"),
    ("d01_lima", "RYUTARO HASHIMOTO", [0], "OFFICIAL", None, "Ryutaro Hashimoto", "name"),
    ("d01_lima", "JAPAN", [0], "COUNTRY", JAPAN, "Japan", "name"),
    ("d01_lima", "MORIHISA AOKI", [0], "OFFICIAL", None, "Morihisa Aoki", "name"),  # `AMBASSADOR` outside
    ("d01_lima", "SHINING PATH", [0], "GROUP", None, "Shining Path", "name"),

    # d02_budyonnovsk (Budyonnovsk ×3, `Chechen` ×3 and Chechnya (a Russian republic), the Kremlin,
    # the Duma ×3 (a legislature), Halifax, Nova Scotia, `Abkhaz` (a people), `the Prime Minister` ×2
    # and `the Interior Minister` as titles, the byline's Anna Hartley not tagged; Basayev and Basaev
    # are two spellings of one person)
    ("d02_budyonnovsk", "Shamil Basayev", "all", "OFFICIAL", None, "Shamil Basayev", "name"),  # lead, quotation
    ("d02_budyonnovsk", "Russian", "all", "COUNTRY", RUSSIA, "Russia", "demonym"),  # town, television, planes
    ("d02_budyonnovsk", "Alpha", [0], "ORG", None, "Alpha Group", "alias"),  # the FSK's anti-terrorist unit
    ("d02_budyonnovsk", "Viktor Chernomyrdin", [0], "OFFICIAL", None, "Viktor Chernomyrdin", "name"),
    ("d02_budyonnovsk", "Basayev", [1], "OFFICIAL", None, "Shamil Basayev", "surname"),  # 0, 2 in full names
    ("d02_budyonnovsk", "Chernomyrdin", [1], "OFFICIAL", None, "Viktor Chernomyrdin", "surname"),  # `Mr` outside
    ("d02_budyonnovsk", "Boris Yeltsin", [0], "OFFICIAL", None, "Boris Yeltsin", "name"),
    ("d02_budyonnovsk", "G7", [0], "ORG", None, "Group of Seven", "acronym"),  # blind17's G8
    ("d02_budyonnovsk", "Basaev", [0], "OFFICIAL", None, "Shamil Basayev", "surname"),  # the other spelling
    ("d02_budyonnovsk", "Georgia", [0], "COUNTRY", GEORGIA, "Georgia", "name"),
    ("d02_budyonnovsk", "Sergei Kovalyov", [0], "OFFICIAL", None, "Sergei Kovalyov", "name"),  # Duma deputy
    ("d02_budyonnovsk", "Kovalyov", [1], "OFFICIAL", None, "Sergei Kovalyov", "surname"),
    ("d02_budyonnovsk", "Federal Counter-Intelligence Service", [0], "ORG", None,
     "Federal Counter-Intelligence Service", "name"),
    ("d02_budyonnovsk", "FSK", [0], "ORG", None, "Federal Counter-Intelligence Service", "acronym"),
    ("d02_budyonnovsk", "Sergei Stepashin", [0], "OFFICIAL", None, "Sergei Stepashin", "name"),
    ("d02_budyonnovsk", "Viktor Yerin", [0], "OFFICIAL", None, "Viktor Yerin", "name"),

    # d03_colombo (COLOMBO, Colombo, the `Central Bank` (named by its function, like a ministry:
    # blind18's `Foreign Ministry`; `Sri Lanka’s` before it is tagged), Janadhipathi Mawatha, `the
    # presidential secretariat`, Jaffna ×2, `the Foreign Ministry`, `Tamil` (a people; the one inside
    # the LTTE's name is part of it), London not tagged)
    ("d03_colombo", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d03_colombo", "Sri Lanka", [0], "COUNTRY", SRI_LANKA, "Sri Lanka", "name"),
    ("d03_colombo", "Special Task Force", [0], "ORG", None, "Special Task Force", "name"),  # police commando unit
    ("d03_colombo", "W.B. Rajaguru", [0], "OFFICIAL", None, "W. B. Rajaguru", "name"),
    ("d03_colombo", "Anuruddha Ratwatte", [0], "OFFICIAL", None, "Anuruddha Ratwatte", "name"),
    ("d03_colombo", "Liberation Tigers of Tamil Eelam", [0], "GROUP", None, "Liberation Tigers of Tamil Eelam",
     "name"),
    ("d03_colombo", "LTTE", "all", "GROUP", None, "Liberation Tigers of Tamil Eelam", "acronym"),
    ("d03_colombo", "Tigers", [1], "GROUP", None, "Liberation Tigers of Tamil Eelam", "alias"),  # in a quotation
    ("d03_colombo", "Ratwatte", [1], "OFFICIAL", None, "Anuruddha Ratwatte", "surname"),
    ("d03_colombo", "Chandrika Kumaratunga", [0], "OFFICIAL", None, "Chandrika Kumaratunga", "name"),
    ("d03_colombo", "Japanese", [0], "COUNTRY", JAPAN, "Japan", "demonym"),
    ("d03_colombo", "Americans", [0], "COUNTRY", USA, "United States", "demonym"),
    ("d03_colombo", "Lakshman Kadirgamar", [0], "OFFICIAL", None, "Lakshman Kadirgamar", "name"),
    ("d03_colombo", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("d03_colombo", "India", [0], "COUNTRY", INDIA, "India", "name"),
    ("d03_colombo", "Velupillai Prabhakaran", [0], "OFFICIAL", None, "Velupillai Prabhakaran", "name"),

    # d04_abidjan (ABIDJAN, `West African` (a region), the Golf Hotel ×2, the Elysee Palace (a seat of
    # government), Washington, Duekoue, the International Committee of the Red Cross (an NGO), the
    # Novotel (a company), Cocody, `his wife` not tagged; the `Côte d'Ivoire` inside the FRCI's name
    # is not tagged separately; `Pro-Gbagbo` is tagged (blind15's `anti-India`))
    ("d04_abidjan", "Ivory Coast", "all", "COUNTRY", IVORY_COAST, "Côte d'Ivoire", "name"),  # headline, dateline, lead
    ("d04_abidjan", "Gbagbo", [0, 2, 3, 4, 5, 6], "OFFICIAL", None, "Laurent Gbagbo", "surname"),
    ("d04_abidjan", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d04_abidjan", "Alassane Ouattara", [0], "OFFICIAL", None, "Alassane Ouattara", "name"),
    ("d04_abidjan", "Laurent Gbagbo", [0], "OFFICIAL", None, "Laurent Gbagbo", "name"),
    ("d04_abidjan", "Ouattara", [1, 2, 3], "OFFICIAL", None, "Alassane Ouattara", "surname"),
    ("d04_abidjan", "U.N.", "all", "ORG", UN, "United Nations", "acronym"),  # peacekeepers ×2, gunships, mission, …
    ("d04_abidjan", "Republican Forces of Côte d'Ivoire", [0], "ORG", None, "Republican Forces of Côte d'Ivoire",
     "name"),
    ("d04_abidjan", "FRCI", [0], "ORG", None, "Republican Forces of Côte d'Ivoire", "acronym"),
    ("d04_abidjan", "French", "all", "COUNTRY", FRANCE, "France", "demonym"),  # helicopters ×2, President, citizens
    ("d04_abidjan", "Licorne", "all", "ORG", None, "Opération Licorne", "alias"),  # the French force's name
    ("d04_abidjan", "Ahoua Don Mello", [0], "OFFICIAL", None, "Ahoua Don Mello", "name"),  # Gbagbo's spokesman
    ("d04_abidjan", "France", [0], "COUNTRY", FRANCE, "France", "name"),  # in a quotation
    ("d04_abidjan", "Ivorians", [0], "COUNTRY", IVORY_COAST, "Côte d'Ivoire", "demonym"),
    ("d04_abidjan", "Hamadoun Toure", [0], "OFFICIAL", None, "Hamadoun Touré", "name"),
    ("d04_abidjan", "UNOCI", [0], "ORG", None, "United Nations Operation in Côte d'Ivoire", "acronym"),
    ("d04_abidjan", "Ivorian", [0], "COUNTRY", IVORY_COAST, "Côte d'Ivoire", "demonym"),  # in a quotation
    ("d04_abidjan", "Associated Press", [0], "ORG", AP, "Associated Press", "name"),  # `The` outside
    ("d04_abidjan", "Ban Ki-moon", [0], "OFFICIAL", None, "Ban Ki-moon", "name"),
    ("d04_abidjan", "Nicolas Sarkozy", [0], "OFFICIAL", None, "Nicolas Sarkozy", "name"),
    ("d04_abidjan", "Hillary Rodham Clinton", [0], "OFFICIAL", None, "Hillary Clinton", "name"),
    ("d04_abidjan", "Guillaume Soro", [0], "OFFICIAL", None, "Guillaume Soro", "name"),

    # d05_eldoret (no `date` field; KIAMBAA, the Kenya Assemblies of God (a church: its `Kenya` is part
    # of the church's name), Kikuyu (a community), the Moi Teaching and Referral Hospital, Eldoret,
    # Nairobi ×2, the Rift Valley ×2, Burnt Forest, the Orange Democratic Movement (a party), the Red
    # Cross (an NGO), `Archbishop Desmond Tutu` (a churchman), the byline's Grace Wanjiru and the
    # survivor Jane Wambui not tagged; Raila Odinga is a legislator)
    ("d05_eldoret", "Kenya", [0], "COUNTRY", KENYA, "Kenya", "name"),  # dateline
    ("d05_eldoret", "Mwai Kibaki", [0], "OFFICIAL", None, "Mwai Kibaki", "name"),
    ("d05_eldoret", "Raila Odinga", [0], "OFFICIAL", None, "Raila Odinga", "name"),
    ("d05_eldoret", "Eric Kiraithe", [0], "OFFICIAL", None, "Eric Kiraithe", "name"),
    ("d05_eldoret", "Alfred Mutua", [0], "OFFICIAL", None, "Alfred Mutua", "name"),
    ("d05_eldoret", "Odinga", [1], "OFFICIAL", None, "Raila Odinga", "surname"),  # `Odinga’s`
    ("d05_eldoret", "African Union", [0], "ORG", AU, "African Union", "name"),
    ("d05_eldoret", "Ghana", [0], "COUNTRY", GHANA, "Ghana", "name"),
    ("d05_eldoret", "John Kufuor", [0], "OFFICIAL", None, "John Agyekum Kufuor", "name"),
    ("d05_eldoret", "U.S.", [0], "COUNTRY", USA, "United States", "acronym"),
    ("d05_eldoret", "Jendayi Frazer", [0], "OFFICIAL", None, "Jendayi Frazer", "name"),

    # d06_cole (press release; the OFFICE OF THE ASSISTANT SECRETARY OF DEFENSE and the Department of
    # Defense (named by function), `USS COLE`/`USS Cole`/`the Cole` ×2 (a ship), Aden ×2, the
    # Landstuhl Regional Medical Center, `the Middle East`, Norfolk, Va. not tagged; `U.S.` inside the
    # Navy's name and `Aden` inside the group's name are not tagged separately)
    ("d06_cole", "U.S. Navy", [0], "ORG", None, "United States Navy", "name"),
    ("d06_cole", "Yemen", [0], "COUNTRY", YEMEN, "Yemen", "name"),
    ("d06_cole", "Germany", [0], "COUNTRY", GERMANY, "Germany", "name"),
    ("d06_cole", "Kirk Lippold", [0], "OFFICIAL", None, "Kirk Lippold", "name"),  # `Cmdr.` outside
    ("d06_cole", "William S. Cohen", [0], "OFFICIAL", None, "William Cohen", "name"),
    ("d06_cole", "U.S.", [1], "COUNTRY", USA, "United States", "acronym"),  # U.S. forces
    ("d06_cole", "Clinton", [0], "OFFICIAL", None, "Bill Clinton", "surname"),  # `President` outside
    ("d06_cole", "Vern Clark", [0], "OFFICIAL", None, "Vern Clark", "name"),
    ("d06_cole", "Joint Chiefs of Staff", [0], "ORG", None, "Joint Chiefs of Staff", "name"),
    ("d06_cole", "Henry H. Shelton", [0], "OFFICIAL", None, "Hugh Shelton", "name"),
    ("d06_cole", "Federal Bureau of Investigation", [0], "ORG", None, "Federal Bureau of Investigation", "name"),
    ("d06_cole", "FBI", [0], "ORG", None, "Federal Bureau of Investigation", "acronym"),
    ("d06_cole", "Naval Criminal Investigative Service", [0], "ORG", None, "Naval Criminal Investigative Service",
     "name"),
    ("d06_cole", "NCIS", [0], "ORG", None, "Naval Criminal Investigative Service", "acronym"),
    ("d06_cole", "Yemeni", "all", "COUNTRY", YEMEN, "Yemen", "demonym"),  # President, authorities
    ("d06_cole", "Ali Abdullah Saleh", [0], "OFFICIAL", None, "Ali Abdullah Saleh", "name"),
    ("d06_cole", "Islamic Army of Aden", [0], "GROUP", None, "Islamic Army of Aden", "name"),
    ("d06_cole", "Osama bin Laden", [0], "OFFICIAL", None, "Osama bin Laden", "name"),  # al Qaeda's leader
    ("d06_cole", "al Qaeda", [0], "GROUP", None, "Al-Qaeda", "name"),  # `Osama bin Laden's` before it

    # d07_bentalha (ALGIERS, Algiers ×2 (`Algiers rejects` is the capital for the government),
    # Bentalha, Rais, the baker Ahmed, `the army` ×2, `the Interior Ministry`, the banned Islamic
    # Salvation Front and `FIS` ×2 (a party), `the capital` not tagged)
    ("d07_bentalha", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d07_bentalha", "Algeria", [0], "COUNTRY", ALGERIA, "Algeria", "name"),  # `Algeria's`
    ("d07_bentalha", "Ahmed Ouyahia", [0], "OFFICIAL", None, "Ahmed Ouyahia", "name"),
    ("d07_bentalha", "Armed Islamic Group", [0], "GROUP", None, "Armed Islamic Group", "name"),
    ("d07_bentalha", "GIA", "all", "GROUP", None, "Armed Islamic Group", "acronym"),
    ("d07_bentalha", "Antar Zouabri", [0], "OFFICIAL", None, "Antar Zouabri", "name"),
    ("d07_bentalha", "Islamic Salvation Army", [0], "GROUP", None, "Islamic Salvation Army", "name"),
    ("d07_bentalha", "AIS", [0], "GROUP", None, "Islamic Salvation Army", "acronym"),
    ("d07_bentalha", "Madani Mezrag", [0], "OFFICIAL", None, "Madani Mezrag", "name"),
    ("d07_bentalha", "Liamine Zeroual", [0], "OFFICIAL", None, "Liamine Zeroual", "name"),
    ("d07_bentalha", "U.N.", [0], "ORG", UN, "United Nations", "acronym"),
    ("d07_bentalha", "Kofi Annan", [0], "OFFICIAL", None, "Kofi Annan", "name"),
    ("d07_bentalha", "Algerians", [0], "COUNTRY", ALGERIA, "Algeria", "demonym"),
    ("d07_bentalha", "France", [0], "COUNTRY", FRANCE, "France", "name"),

    # d08_savimbi (LUANDA, Moxico, `Africa's` (a continent), the Luvuei river, Luena, Lisbon ×2, the
    # State Department, Washington, the Lusaka Protocol, New York, Bie province, the MPLA (the ruling
    # party) not tagged; `Angola` inside TPA's name and `Angolan` inside the FAA's name are not tagged
    # separately)
    ("d08_savimbi", "Savimbi", [0, 2, 3, 4, 5], "OFFICIAL", None, "Jonas Savimbi", "surname"),
    ("d08_savimbi", "Angola", [0], "COUNTRY", ANGOLA, "Angola", "name"),  # headline
    ("d08_savimbi", "AFP", [0], "ORG", AFP, "Agence France-Presse", "acronym"),
    ("d08_savimbi", "Angolan", [0], "COUNTRY", ANGOLA, "Angola", "demonym"),  # Angolan troops
    ("d08_savimbi", "UNITA", "all", "GROUP", None, "UNITA", "acronym"),
    ("d08_savimbi", "Jonas Savimbi", [0], "OFFICIAL", None, "Jonas Savimbi", "name"),
    ("d08_savimbi", "Televisão Pública de Angola", [0], "ORG", None, "Televisão Pública de Angola", "name"),
    ("d08_savimbi", "TPA", [0], "ORG", None, "Televisão Pública de Angola", "acronym"),
    ("d08_savimbi", "Angolan Armed Forces", [0], "ORG", None, "Angolan Armed Forces", "name"),
    ("d08_savimbi", "FAA", [0], "ORG", None, "Angolan Armed Forces", "acronym"),
    ("d08_savimbi", "Armando da Cruz Neto", [0], "OFFICIAL", None, "Armando da Cruz Neto", "name"),  # `General`
    ("d08_savimbi", "Cruz Neto", [1], "OFFICIAL", None, "Armando da Cruz Neto", "surname"),
    ("d08_savimbi", "José Eduardo dos Santos", [0], "OFFICIAL", None, "José Eduardo dos Santos", "name"),
    ("d08_savimbi", "Portugal", "all", "COUNTRY", PORTUGAL, "Portugal", "name"),
    ("d08_savimbi", "Dos Santos", [0], "OFFICIAL", None, "José Eduardo dos Santos", "surname"),  # sentence-initial
    ("d08_savimbi", "Paulo Lukamba Gato", [0], "OFFICIAL", None, "Paulo Lukamba Gato", "name"),
    ("d08_savimbi", "Alcides Sakala", [0], "OFFICIAL", None, "Alcides Sakala", "name"),  # UNITA's representative
    ("d08_savimbi", "United Nations", [0], "ORG", UN, "United Nations", "name"),
    ("d08_savimbi", "U.S.", [0], "COUNTRY", USA, "United States", "acronym"),
    ("d08_savimbi", "Richard Boucher", [0], "OFFICIAL", None, "Richard Boucher", "name"),
    ("d08_savimbi", "U.N.", [0], "ORG", UN, "United Nations", "acronym"),
    ("d08_savimbi", "Kofi Annan", [0], "OFFICIAL", None, "Kofi Annan", "name"),
]

# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# --------------------------------------------------------------------------------------------
DATES = [
    # d01_lima, document date 1997-04-22 (Tuesday, 1997-W17). `THE JAPANESE EMPEROR'S BIRTHDAY` (the
    # occasion of the reception, not its date) is not tagged
    ("d01_lima", "APRIL 22", 0, "DATE", "1997-04-22", "document"),
    ("d01_lima", "TUESDAY", 0, "DATE", "1997-04-22", "document"),
    ("d01_lima", "126 DAYS", 0, "DURATION", "P126D", "absolute"),
    ("d01_lima", "ABOUT 3:20 P.M.", 0, "TIME", "1997-04-22T15:20", "document"),
    ("d01_lima", "2020 GMT", 0, "TIME", "1997-04-22T20:20", "document"),  # the bracketed GMT equivalent
    ("d01_lima", "40 MINUTES", 0, "DURATION", "PT40M", "absolute"),  # WITHIN 40 MINUTES
    ("d01_lima", "AN HOUR", 0, "DURATION", "PT1H", "absolute"),  # AN HOUR LATER: the length only
    ("d01_lima", "DEC. 17", 0, "DATE", "1996-12-17", "document"),
    ("d01_lima", "TWO WEEKS", 0, "DURATION", "P2W", "absolute"),  # WITHIN TWO WEEKS
    ("d01_lima", "LAST MONTH", 0, "DATE", "1997-03", "document"),
    ("d01_lima", "DECEMBER", 0, "DATE", "1996-12", "document"),  # SINCE DECEMBER
    ("d01_lima", "1984", 0, "DATE", "1984", "absolute"),

    # d02_budyonnovsk, document date 1995-06-20 (Tuesday, 1995-W25): a daily paper, `yesterday` =
    # Monday 19 June. `30` (an age) and `G7` are not dates
    ("d02_budyonnovsk", "yesterday", 0, "DATE", "1995-06-19", "document"),
    ("d02_budyonnovsk", "five-day", 0, "DURATION", "P5D", "absolute"),
    ("d02_budyonnovsk", "Wednesday, 14 June", 0, "DATE", "1995-06-14", "document"),
    ("d02_budyonnovsk", "last night", 0, "TIME", "1995-06-19TNI", "document"),
    ("d02_budyonnovsk", "dawn", 0, "TIME", "1995-06-17TMO", "document"),  # at dawn on Saturday (blind14)
    ("d02_budyonnovsk", "Saturday", 0, "DATE", "1995-06-17", "document"),
    ("d02_budyonnovsk", "four hours", 0, "DURATION", "PT4H", "absolute"),
    ("d02_budyonnovsk", "Sunday", 0, "DATE", "1995-06-18", "document"),
    ("d02_budyonnovsk", "17 June", 0, "DATE", "1995-06-17", "document"),
    ("d02_budyonnovsk", "Every day", 0, "SET", "P1D", "absolute"),  # in a quotation
    ("d02_budyonnovsk", "1993", 0, "DATE", "1993", "absolute"),
    ("d02_budyonnovsk", "today", 0, "DATE", "1995-06-20", "document"),
    ("d02_budyonnovsk", "yesterday", 1, "DATE", "1995-06-19", "document"),

    # d03_colombo, document date 1996-01-31 (Wednesday, 1996-W05). `overnight` in `an overnight
    # curfew` names the kind of curfew (blind16's `dusk-to-dawn`) and is not tagged
    ("d03_colombo", "Jan 31", 0, "DATE", "1996-01-31", "document"),
    ("d03_colombo", "Wednesday", 0, "DATE", "1996-01-31", "document"),
    ("d03_colombo", "11 a.m.", 0, "TIME", "1996-01-31T11:00", "document"),  # `shortly before` is a signal
    ("d03_colombo", "0530 GMT", 0, "TIME", "1996-01-31T05:30", "document"),
    ("d03_colombo", "seconds", 0, "DURATION", "PTXS", "absolute"),  # seconds before
    ("d03_colombo", "December", 0, "DATE", "1995-12", "document"),
    ("d03_colombo", "seven-week", 0, "DURATION", "P7W", "absolute"),
    ("d03_colombo", "late Wednesday", 0, "DATE", "1996-01-31", "document"),
    ("d03_colombo", "late Wednesday", 1, "DATE", "1996-01-31", "document"),
    ("d03_colombo", "Thursday", 0, "DATE", "1996-02-01", "document"),
    ("d03_colombo", "1983", 0, "DATE", "1983", "absolute"),

    # d04_abidjan, document date 2011-04-11 (Monday, 2011-W15)
    ("d04_abidjan", "four-month", 0, "DURATION", "P4M", "absolute"),  # headline
    ("d04_abidjan", "Monday", 0, "DATE", "2011-04-11", "document"),
    ("d04_abidjan", "four-month", 1, "DURATION", "P4M", "absolute"),
    ("d04_abidjan", "Nov. 28", 0, "DATE", "2010-11-28", "document"),
    ("d04_abidjan", "days", 0, "DURATION", "PXD", "absolute"),  # for days
    ("d04_abidjan", "Monday night", 0, "TIME", "2011-04-11TNI", "document"),
    ("d04_abidjan", "a single day", 0, "DURATION", "P1D", "absolute"),
    ("d04_abidjan", "last month", 0, "DATE", "2011-03", "document"),
    ("d04_abidjan", "April 4", 0, "DATE", "2011-04-04", "document"),
    ("d04_abidjan", "Monday", 2, "DATE", "2011-04-11", "document"),  # unknown Monday (1 is in `Monday night`)
    ("d04_abidjan", "the weekend", 0, "DATE", "2011-W14-WE", "document"),  # over the weekend
    ("d04_abidjan", "Sunday", 0, "DATE", "2011-04-10", "document"),

    # d05_eldoret, no input date; byline `Thursday, 3 January 2008` (2008-W01). `42` is an age, `a
    # second term` is not a date
    ("d05_eldoret", "Thursday, 3 January 2008", 0, "DATE", "2008-01-03", "absolute"),
    ("d05_eldoret", "New Year’s Day", 0, "DATE", "2008-01-01", "document"),
    ("d05_eldoret", "last Thursday", 0, "DATE", "2007-12-27", "document"),  # `last Thursday’s election`
    ("d05_eldoret", "This morning", 0, "TIME", "2008-01-03TMO", "document"),  # in a quotation
    ("d05_eldoret", "an hour", 0, "DURATION", "PT1H", "absolute"),  # within an hour
    ("d05_eldoret", "three days", 0, "DURATION", "P3D", "absolute"),  # three days later: the length only
    ("d05_eldoret", "Wednesday", 0, "DATE", "2008-01-02", "document"),
    ("d05_eldoret", "next week", 0, "DATE", "2008-W02", "document"),
    ("d05_eldoret", "Friday", 0, "DATE", "2008-01-04", "document"),

    # d06_cole, document date 2000-10-13 (Friday, 2000-W41), the release's own date. Not dates: `No.
    # 612-00` (a release number), `40-by-40-foot`
    ("d06_cole", "October 13, 2000", 0, "DATE", "2000-10-13", "absolute"),
    ("d06_cole", "today", 0, "DATE", "2000-10-13", "document"),
    ("d06_cole", "Thursday", 0, "DATE", "2000-10-12", "document"),  # `Thursday's attack`
    ("d06_cole", "Thursday night", 0, "TIME", "2000-10-12TNI", "document"),
    ("d06_cole", "about 11:18 a.m. local time", 0, "TIME", "2000-10-12T11:18", "document"),  # (blind14)
    ("d06_cole", "0818 GMT", 0, "TIME", "2000-10-12T08:18", "document"),
    ("d06_cole", "more than 12 hours", 0, "DURATION", "PT12H", "absolute"),
    ("d06_cole", "Thursday", 2, "DATE", "2000-10-12", "document"),  # Clinton said Thursday

    # d07_bentalha, document date 1997-09-23 (Tuesday, 1997-W39). `35-year-old` is an age
    ("d07_bentalha", "Sept 23", 0, "DATE", "1997-09-23", "document"),
    ("d07_bentalha", "overnight", 0, "TIME", "1997-09-22TNI", "document"),  # the night before (blind15)
    ("d07_bentalha", "Tuesday", 0, "DATE", "1997-09-23", "document"),
    ("d07_bentalha", "nearly five hours", 0, "DURATION", "PT5H", "absolute"),
    ("d07_bentalha", "about 11:30 p.m.", 0, "TIME", "1997-09-22T23:30", "document"),  # the Monday night
    ("d07_bentalha", "morning", 0, "TIME", "1997-09-23TMO", "document"),  # until morning, in a quotation
    ("d07_bentalha", "the summer", 0, "DATE", "1997-SU", "document"),  # since the summer
    ("d07_bentalha", "Aug. 29", 0, "DATE", "1997-08-29", "document"),
    ("d07_bentalha", "Sunday", 0, "DATE", "1997-09-21", "document"),
    ("d07_bentalha", "Oct. 1", 0, "DATE", "1997-10-01", "document"),
    ("d07_bentalha", "this month", 0, "DATE", "1997-09", "document"),
    ("d07_bentalha", "1992", 0, "DATE", "1992", "absolute"),

    # d08_savimbi, document date 2002-02-23 (Saturday, 2002-W08). `15 times` is not a date
    ("d08_savimbi", "Feb 23", 0, "DATE", "2002-02-23", "document"),
    ("d08_savimbi", "Friday", 0, "DATE", "2002-02-22", "document"),
    ("d08_savimbi", "around 3 p.m.", 0, "TIME", "2002-02-22T15:00", "document"),  # that Friday
    ("d08_savimbi", "weeks", 0, "DURATION", "PXW", "absolute"),  # lasted weeks
    ("d08_savimbi", "1979", 0, "DATE", "1979", "absolute"),  # since 1979
    ("d08_savimbi", "Last month", 0, "DATE", "2002-01", "document"),
    ("d08_savimbi", "1994", 0, "DATE", "1994", "absolute"),  # the 1994 peace deal (a year as modifier)
    ("d08_savimbi", "four years", 0, "DURATION", "P4Y", "absolute"),  # four years later: the length only
    ("d08_savimbi", "1975", 0, "DATE", "1975", "absolute"),
]

# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, surface, occurrence, label, min, max, approximate, negated, victims)
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    # d01_lima (`ABOUT 140 SOLDIERS`, `ABOUT 400 JAILED COMRADES`, `CALLED THE DEATHS` (no count) are
    # not casualties; freed hostages are KIDNAPPED with the count freed)
    ("d01_lima", "FREE 71 HOSTAGES", 0, "KIDNAPPED", 71, 71, False, False, "HOSTAGES"),  # headline
    ("d01_lima", "FREEING 71 HOSTAGES", 0, "KIDNAPPED", 71, 71, False, False, "HOSTAGES"),
    ("d01_lima", "KILLING ALL 14 TUPAC AMARU REBELS", 0, "KILLED", 14, 14, False, False, "TUPAC AMARU REBELS"),
    # one hostage, named, who died of a gunshot wound (blind11's `died of his wounds`)
    ("d01_lima", "ONE HOSTAGE, SUPREME COURT JUSTICE CARLOS GIUSTI, DIED", 0, "KILLED", 1, 1, False, False,
     "HOSTAGE"),
    ("d01_lima", "TWO ARMY OFFICERS WERE KILLED", 0, "KILLED", 2, 2, False, False, "ARMY OFFICERS"),
    ("d01_lima", "AT LEAST 25 PEOPLE WERE WOUNDED", 0, "INJURED", 25, None, False, False, "PEOPLE"),
    ("d01_lima", "TOOK HUNDREDS OF GUESTS HOSTAGE", 0, "KIDNAPPED", 200, 999, True, False, "GUESTS"),
    ("d01_lima", "CERPA WAS AMONG THE DEAD", 0, "KILLED", 1, 1, False, False, "CERPA"),  # a named person: 1
    ("d01_lima", "KILLED MORE THAN 25,000 PEOPLE", 0, "KILLED", 25000, None, False, False, "PEOPLE"),

    # d02_budyonnovsk (`shooting policemen` (no count), `several Duma deputies` (guarantors), `the
    # hostages would be freed` (no count) are not casualties)
    ("d02_budyonnovsk", "taking about 120 volunteer hostages", 0, "KIDNAPPED", 120, 120, True, False,
     "volunteer hostages"),
    ("d02_budyonnovsk", "taking more than 1,500 people hostage", 0, "KIDNAPPED", 1500, None, False, False, "people"),
    ("d02_budyonnovsk", "at least 100 civilians had been killed", 0, "KILLED", 100, None, False, False, "civilians"),
    ("d02_budyonnovsk", "more than 200 wounded", 0, "INJURED", 200, None, False, False, None),
    ("d02_budyonnovsk", "Eighteen policemen were among the dead", 0, "KILLED", 18, 18, False, False, "policemen"),
    ("d02_budyonnovsk", "some 40 townspeople were still missing", 0, "MISSING", 40, 40, True, False, "townspeople"),
    ("d02_budyonnovsk", "at least 30 hostages died", 0, "KILLED", 30, None, False, False, "hostages"),

    # d03_colombo (`A third was arrested` is not a casualty; `including a Japanese businessman and two
    # Americans` belongs to its total)
    ("d03_colombo", "killing at least 53 people", 0, "KILLED", 53, None, False, False, "people"),
    ("d03_colombo", "wounding more than 1,400", 0, "INJURED", 1400, None, False, False, None),
    ("d03_colombo", "shot dead two of the attackers", 0, "KILLED", 2, 2, False, False, "attackers"),
    ("d03_colombo", "Six foreigners, including a Japanese businessman and two Americans, were among the injured",
     0, "INJURED", 6, 6, False, False, "foreigners"),
    ("d03_colombo", "Dozens of bank employees were still unaccounted for", 0, "MISSING", 24, 99, True, False,
     "bank employees"),
    ("d03_colombo", "More than 50,000 people have been killed", 0, "KILLED", 50000, None, False, False, "people"),

    # d04_abidjan (`about 50 members of his entourage were taken` (arrested) is not a casualty)
    ("d04_abidjan", "At least 1,500 people have been killed", 0, "KILLED", 1500, None, False, False, "people"),
    ("d04_abidjan", "at least 800 people were killed", 0, "KILLED", 800, None, False, False, "people"),
    ("d04_abidjan", "kidnapped four people", 0, "KIDNAPPED", 4, 4, False, False, "people"),
    ("d04_abidjan", "Four U.N. peacekeepers were wounded", 0, "INJURED", 4, 4, False, False, "U.N. peacekeepers"),
    ("d04_abidjan", "no one was hurt", 0, "INJURED", 0, 0, False, True, None),

    # d05_eldoret (`about 200 people sheltered inside`, `Eleven suspects have been arrested`, `more
    # than 70,000 people had fled`, `Anyone who climbed out was cut down` and `most of the deaths` (no
    # count) are not casualties)
    ("d05_eldoret", "at least 35 people died", 0, "KILLED", 35, None, False, False, "people"),
    ("d05_eldoret", "Dozens more were treated for burns", 0, "INJURED", 24, 99, True, False, None),
    ("d05_eldoret", "more than 300 people had been killed", 0, "KILLED", 300, None, False, False, "people"),
    ("d05_eldoret", "two of its volunteers were missing", 0, "MISSING", 2, 2, False, False, "volunteers"),

    # d06_cole (`11 of the most seriously hurt were flown` is the state of part of the 39 already
    # counted (blind16): not annotated; `several dock workers` (detained) and `paid the ultimate
    # price` (no count) are not casualties)
    ("d06_cole", "Seven sailors have been confirmed dead", 0, "KILLED", 7, 7, False, False, "sailors"),
    ("d06_cole", "10 remain missing", 0, "MISSING", 10, 10, False, False, None),
    ("d06_cole", "Thirty-nine sailors were injured", 0, "INJURED", 39, 39, False, False, "sailors"),
    ("d06_cole", "two men aboard the boat were killed", 0, "KILLED", 2, 2, False, False, "men aboard the boat"),

    # d07_bentalha (`cut the throats of babies` and `a wave of village massacres` give no count)
    ("d07_bentalha", "killed at least 85 people", 0, "KILLED", 85, None, False, False, "people"),
    ("d07_bentalha", "the toll at more than 200 dead", 0, "KILLED", 200, None, False, False, None),
    ("d07_bentalha", "At least 120 people were wounded", 0, "INJURED", 120, None, False, False, "people"),
    ("d07_bentalha", "dragged away about 20 young women", 0, "KIDNAPPED", 20, 20, True, False, "young women"),
    ("d07_bentalha", "lost four children", 0, "KILLED", 4, 4, False, False, "children"),  # blind18's `lost`
    ("d07_bentalha", "killed 12 of the assailants", 0, "KILLED", 12, 12, False, False, "assailants"),
    ("d07_bentalha", "At least 98 people were killed", 0, "KILLED", 98, None, False, False, "people"),
    ("d07_bentalha", "More than 60,000 people have been killed", 0, "KILLED", 60000, None, False, False, "people"),

    # d08_savimbi (`hit 15 times`, `uprooted 4 million`, `rebels who surrendered` and the figurative
    # `the death of UNITA` are not casualties; a named person killed counts 1 (blind15))
    ("d08_savimbi", "Savimbi's death", 0, "KILLED", 1, 1, False, False, "Savimbi"),  # headline
    # an enumeration: the leader + 21 bodyguards = 22
    ("d08_savimbi", "killed UNITA rebel leader Jonas Savimbi and 21 of his bodyguards", 0, "KILLED", 22, 22, False,
     False, "UNITA rebel leader Jonas Savimbi and 21 of his bodyguards"),
    ("d08_savimbi", "Savimbi is dead", 0, "KILLED", 1, 1, False, False, "Savimbi"),  # in a quotation
    ("d08_savimbi", "Several senior commanders were also killed", 0, "KILLED", 3, 9, True, False,
     "senior commanders"),
    ("d08_savimbi", "two of Savimbi's wives were wounded", 0, "INJURED", 2, 2, False, False, "Savimbi's wives"),
    ("d08_savimbi", "The death of our leader", 0, "KILLED", 1, 1, False, False, "our leader"),  # in a quotation
    ("d08_savimbi", "abducted 14 civilians", 0, "KIDNAPPED", 14, 14, False, False, "civilians"),
    ("d08_savimbi", "killed up to 1 million people", 0, "KILLED", 1, 1000000, True, False, "people"),
]


# --------------------------------------------------------------------------------------------
# QUOTES: (doc, exact quotation with its marks, occurrence, closed, (speaker surface, occurrence
# or None for the nearest), speaker entity or None, (cue surface, occurrence or None))
# --------------------------------------------------------------------------------------------
def off(name):
    return (None, name, "officials")


QUOTES = [
    # d01_lima (ALL CAPS, straight double quotes, American punctuation inside)
    ("d01_lima", "\"PERU HAS GIVEN A LESSON TO TERRORISTS EVERYWHERE,\"", 0, True, ("FUJIMORI", 1),
     off("Alberto Fujimori"), ("TOLD", 0)),
    ("d01_lima", "\"WE DID NOT GIVE IN TO BLACKMAIL.\"", 0, True, ("FUJIMORI", 1), off("Alberto Fujimori"),
     ("TOLD", 0)),
    ("d01_lima", "\"REGRETTABLE.\"", 0, True, ("RYUTARO HASHIMOTO", 0), off("Ryutaro Hashimoto"), ("CALLED", 0)),
    ("d01_lima", "\"THE TROUBLE CAUSED TO THE PERUVIAN PEOPLE.\"", 0, True, ("MORIHISA AOKI", 0),
     off("Morihisa Aoki"), ("APOLOGIZED", 0)),
    # an NGO delegate: the speaker is tagged, unlinked
    ("d01_lima", "\"WE ARE SHOCKED THAT IT ENDED LIKE THIS,\"", 0, True, ("MINNIG", 1), None, ("SAID", 4)),

    # d02_budyonnovsk (curly single quotes beside curly apostrophes: Basayev’s; British punctuation
    # outside a partial quotation)
    ("d02_budyonnovsk", "\u2018Shamil Basayev, speak louder,\u2019", 0, True, ("Chernomyrdin", 1),
     off("Viktor Chernomyrdin"), ("said", 3)),
    ("d02_budyonnovsk", "\u2018an act of unprecedented cynicism and cruelty\u2019", 0, True, ("Boris Yeltsin", 0),
     off("Boris Yeltsin"), ("called", 1)),  # 0 is `called off`
    # the speaker under his second spelling, linked to the same person
    ("d02_budyonnovsk", "\u2018We did not come here to die. We came to stop the war,\u2019", 0, True, ("Basaev", 0),
     off("Shamil Basayev"), ("told", 0)),
    ("d02_budyonnovsk", "\u2018Every day Russian planes bomb our villages.\u2019", 0, True, ("Basaev", 0),
     off("Shamil Basayev"), ("told", 0)),

    # d03_colombo (curly double quotes)
    ("d03_colombo", "\u201cThis is the work of the Tigers. They have lost Jaffna, so now they want to destroy our "
     "economy,\u201d", 0, True, ("Ratwatte", 1), off("Anuruddha Ratwatte"), ("told", 0)),
    ("d03_colombo", "\u201cWe will not be intimidated,\u201d", 0, True, ("she", 0), off("Chandrika Kumaratunga"),
     ("said", 2)),
    ("d03_colombo", "\u201cThe offer of peace remains, but the war against terrorism will go on.\u201d", 0, True,
     ("she", 0), off("Chandrika Kumaratunga"), ("said", 2)),
    ("d03_colombo", "\u201can act of barbarism\u201d", 0, True, ("Lakshman Kadirgamar", 0),
     off("Lakshman Kadirgamar"), ("called", 0)),
    # an unnamed man at the group's office: the noun as it stands, unlinked
    ("d03_colombo", "\u201cno information\u201d", 0, True, ("man", 0), None, ("said", 5)),

    # d04_abidjan (straight double quotes; American punctuation inside)
    ("d04_abidjan", "\"a coup d'etat by France.\"", 0, True, ("Ahoua Don Mello", 0), off("Ahoua Don Mello"),
     ("called", 0)),
    ("d04_abidjan", "\"The nightmare is over,\"", 0, True, ("Ouattara", 2), off("Alassane Ouattara"), ("said", 0)),
    ("d04_abidjan", "\"I ask all Ivorians to abstain from reprisals and from all forms of violence.\"", 0, True,
     ("Ouattara", 2), off("Alassane Ouattara"), ("said", 0)),
    ("d04_abidjan", "\"We did not arrest Mr. Gbagbo. The Ivorian forces did,\"", 0, True, ("he", 0),
     off("Hamadoun Touré"), ("told", 0)),
    ("d04_abidjan", "\"sends a strong signal to dictators and tyrants.\"", 0, True, ("Hillary Rodham Clinton", 0),
     off("Hillary Clinton"), ("said", 3)),

    # d05_eldoret (a headline quotation with no attribution; a quotation continued into the next
    # paragraph: the first part has no closing mark and is its own, unclosed, quotation)
    ("d05_eldoret", "\u2018They locked the doors and set it alight\u2019", 0, True, None, None, None),
    ("d05_eldoret", "\u201cWe ran to the church because it is the house of God,\u201d", 0, True, ("Jane Wambui", 0),
     None, ("said", 1)),
    ("d05_eldoret", "\u201cThey locked the doors and set it alight. Anyone who climbed out was cut down with pangas.",
     0, False, ("Jane Wambui", 0), None, ("said", 1)),
    # the quotation's second paragraph keeps the attribution of its first
    ("d05_eldoret", "\u201cMy sister was inside. This morning we buried what we could find of her.\u201d", 0, True,
     ("Jane Wambui", 0), None, ("said", 1)),
    ("d05_eldoret", "\u201cethnic cleansing\u201d", 0, True, ("Alfred Mutua", 0), off("Alfred Mutua"),
     ("accused", 0)),

    # d06_cole (straight double quotes; the speaker before the quotation with `said,` and `said
    # Thursday:`)
    ("d06_cole", "\"We will find the people who did this and we will hold them accountable.\"", 0, True,
     ("William S. Cohen", 0), off("William Cohen"), ("said", 0)),
    ("d06_cole", "\"The men and women of the Cole were doing their duty, and they paid the ultimate price,\"", 0,
     True, ("he", 0), off("William Cohen"), ("said", 1)),
    ("d06_cole", "\"If their intention was to deter us from our mission of promoting peace and security in the "
     "Middle East, they will fail utterly.\"", 0, True, ("Clinton", 0), off("Bill Clinton"), ("said", 2)),

    # d07_bentalha (straight and curly quotes mixed in one story, as copy from several desks is)
    ("d07_bentalha", "\"They came with lists of names. They cut the throats of babies in front of their mothers,\"",
     0, True, ("Ahmed", 0), None, ("said", 3)),
    ("d07_bentalha", "\u201cWhere was the army? The barracks is one kilometre away,\u201d", 0, True, ("survivor", 0),
     None, ("said", 4)),
    ("d07_bentalha", "\u201cWe screamed until morning and nobody came.\u201d", 0, True, ("survivor", 0), None,
     ("said", 4)),
    # a ministry speaks: tagged as it stands, unlinked (blind18's `interior ministry`)
    ("d07_bentalha", "\"terrorist criminals\"", 0, True, ("Interior Ministry", 0), None, ("blamed", 0)),
    ("d07_bentalha", "\u2018join the truce\u2019", 0, True, ("Madani Mezrag", 0), off("Madani Mezrag"),
     ("urged", 0)),
    ("d07_bentalha", "\"residual terrorism,\"", 0, True, ("Liamine Zeroual", 0), off("Liamine Zeroual"),
     ("says", 0)),
    ("d07_bentalha", "\"to their fate\"", 0, True, ("Kofi Annan", 0), off("Kofi Annan"), ("said", 7)),
    # a state speaks: the country is the speaker, linked (blind17's `Britain`)
    ("d07_bentalha", "\"horrified.\"", 0, True, ("France", 0), (FRANCE, "France", "countries"), ("said", 8)),

    # d08_savimbi (straight double quotes; American punctuation inside)
    ("d08_savimbi", "\"Savimbi is dead. The war is over for those who want peace,\"", 0, True, ("Cruz Neto", 1),
     off("Armando da Cruz Neto"), ("told", 0)),
    ("d08_savimbi", "\"the main obstacle to peace.\"", 0, True, ("Dos Santos", 0), off("José Eduardo dos Santos"),
     ("called", 0)),
    ("d08_savimbi", "\"The death of our leader does not mean the death of UNITA,\"", 0, True, ("he", 0),
     off("Paulo Lukamba Gato"), ("said", 5)),
    ("d08_savimbi", "\"propaganda\"", 0, True, ("Alcides Sakala", 0), off("Alcides Sakala"), ("said", 6)),
    ("d08_savimbi", "\"seize this opportunity.\"", 0, True, ("Kofi Annan", 0), off("Kofi Annan"), ("urged", 0)),
]

if __name__ == "__main__":
    run("blind19", ENTITIES, DATES, CASUALTIES, QUOTES)
