#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind24.

Texts: tests/fixtures/blind24/news.jsonl (eight original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors (the table layout
follows scripts/make_blind23_gold.py; the offsets, checks and writer are scripts/goldlib.py).

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, that spans of one type do not overlap, that every document of news.jsonl is
in every output file, and writes tests/fixtures/gold/blind24.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind24_gold.py [--show]   (--show prints every span in context)
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
NZ, AUSTRALIA, BANGLADESH, ALGERIA, LIBYA, MAURITANIA = ("Q664", "Q408", "Q902", "Q262", "Q1016", "Q1025")
FRANCE, MALI, NORWAY, JAPAN, UK, USA = ("Q142", "Q912", "Q20", "Q17", "Q145", "Q30")
AFGHANISTAN, IRAQ, SYRIA, BOSNIA, SERBIA, NETHERLANDS = ("Q889", "Q796", "Q858", "Q225", "Q403", "Q55")
RUSSIA, KENYA, SOMALIA, NIGERIA, PANAMA, IVORY_COAST = ("Q159", "Q114", "Q1045", "Q1033", "Q804", "Q1008")
GHANA, INDIA, SAO_TOME = ("Q117", "Q668", "Q1039")
UN, UNSC, NATO = ("Q1065", "Q37470", "Q7184")
REUTERS, AP = ("Q130879", "Q40469")

ENTITIES = [
    # d01_christchurch (live blog; Christchurch, Wellington, Hagley Park, Deans Avenue, the Al Noor
    # mosque / Masjid Al Noor, Christchurch Hospital, `NZDT`, the Bangladesh Cricket Board (a
    # sports body: its `Bangladesh` is part of the untagged name) and its spokesman Jalal Yunus (no
    # official) not tagged; the `New Zealand` inside the Defence Force's, the police's and Radio
    # New Zealand's names and the `Australian` inside the Australian Federal Police are part of them)
    ("d01_christchurch", "Jacinda Ardern", [0], "OFFICIAL", None, "Jacinda Ardern", "name"),
    ("d01_christchurch", "Ardern", [1, 2], "OFFICIAL", None, "Jacinda Ardern", "surname"),  # 0 is the full name
    ("d01_christchurch", "Australian", [0, 1], "COUNTRY", AUSTRALIA, "Australia", "demonym"),  # PM, -born; 2 AFP's
    ("d01_christchurch", "Scott Morrison", [0], "OFFICIAL", None, "Scott Morrison", "name"),
    ("d01_christchurch", "Morrison", [1], "OFFICIAL", None, "Scott Morrison", "surname"),
    ("d01_christchurch", "Australian Federal Police", [0], "ORG", None, "Australian Federal Police", "name"),
    # New Zealand: 0 counterparts, 2 New Zealand's darkest days, 3 their home, 4 the Test against;
    # 1 the Defence Force's, 5 the police's, 6 the radio's
    ("d01_christchurch", "New Zealand", [0, 2, 3, 4], "COUNTRY", NZ, "New Zealand", "name"),
    ("d01_christchurch", "Mike Bush", [0], "OFFICIAL", None, "Mike Bush", "name"),
    ("d01_christchurch", "Bush", [1], "OFFICIAL", None, "Mike Bush", "surname"),
    ("d01_christchurch", "New Zealand Defence Force", [0], "ORG", None, "New Zealand Defence Force", "name"),
    ("d01_christchurch", "Bangladesh", [0], "COUNTRY", BANGLADESH, "Bangladesh", "name"),  # the national team
    ("d01_christchurch", "New Zealand Police", [0], "ORG", None, "New Zealand Police", "name"),
    ("d01_christchurch", "Radio New Zealand", [0], "ORG", None, "Radio New Zealand", "name"),

    # d02_inamenas (ALGIERS, In Amenas, the Interior Ministry, the State Department, the companies
    # Statoil, BP, Sonatrach and JGC, the byline and credit-line journalists, the victim Frederick
    # Buttaccio, `Islamist` not tagged)
    ("d02_inamenas", "Algeria", "all", "COUNTRY", ALGERIA, "Algeria", "name"),  # headline, Algeria's firm
    ("d02_inamenas", "Reuters", "all", "ORG", REUTERS, "Reuters", "name"),  # dateline, told Reuters
    ("d02_inamenas", "Algerian", "all", "COUNTRY", ALGERIA, "Algeria", "demonym"),  # forces, workers, PM
    ("d02_inamenas", "APS", [0], "ORG", None, "Alg\u00e9rie Presse Service", "acronym"),
    ("d02_inamenas", "Libya", [0], "COUNTRY", LIBYA, "Libya", "name"),
    ("d02_inamenas", "Mohamed Said", [0], "OFFICIAL", None, "Mohamed Said", "name"),
    ("d02_inamenas", "Signed-in-Blood Battalion", [0], "GROUP", None, "Signed-in-Blood Battalion", "name"),
    ("d02_inamenas", "Mokhtar Belmokhtar", [0], "OFFICIAL", None, "Mokhtar Belmokhtar", "name"),
    ("d02_inamenas", "al Qaeda in the Islamic Maghreb", [0], "GROUP", None, "Al-Qaeda in the Islamic Maghreb",
     "name"),
    ("d02_inamenas", "AQIM", [0], "GROUP", None, "Al-Qaeda in the Islamic Maghreb", "acronym"),
    ("d02_inamenas", "Mauritanian", [0], "COUNTRY", MAURITANIA, "Mauritania", "demonym"),
    ("d02_inamenas", "ANI", [0], "ORG", None, "Agence Nouakchott d'Information", "acronym"),
    ("d02_inamenas", "French", [0], "COUNTRY", FRANCE, "France", "demonym"),
    ("d02_inamenas", "Mali", [0], "COUNTRY", MALI, "Mali", "name"),
    ("d02_inamenas", "Norway", [0], "COUNTRY", NORWAY, "Norway", "name"),  # Norway's Statoil
    ("d02_inamenas", "Norwegian", [0], "COUNTRY", NORWAY, "Norway", "demonym"),
    ("d02_inamenas", "Japan", [0], "COUNTRY", JAPAN, "Japan", "name"),  # Japan's spokesman
    ("d02_inamenas", "Yoshihide Suga", [0], "OFFICIAL", None, "Yoshihide Suga", "name"),
    ("d02_inamenas", "Japanese", [0], "COUNTRY", JAPAN, "Japan", "demonym"),
    ("d02_inamenas", "British", [0], "COUNTRY", UK, "United Kingdom", "demonym"),
    ("d02_inamenas", "David Cameron", [0], "OFFICIAL", None, "David Cameron", "name"),
    ("d02_inamenas", "Britons", [0], "COUNTRY", UK, "United Kingdom", "demonym"),
    ("d02_inamenas", "U.S.", [0], "COUNTRY", USA, "United States", "acronym"),
    ("d02_inamenas", "American", [0], "COUNTRY", USA, "United States", "demonym"),
    ("d02_inamenas", "Abdelmalek Sellal", [0], "OFFICIAL", None, "Abdelmalek Sellal", "name"),

    # d03_kunduz (Q&A transcript; Kunduz, Kabul, Washington, the Senate, Medecins Sans Frontieres /
    # MSF (an NGO) and its staff Sara Lindqvist / LINDQVIST, Christopher Stokes and Joanne Liu (no
    # officials), the Geneva Conventions, the programme title not tagged; `Afghan` before the
    # Interior Ministry is tagged as the guideline's `Kazakh Defense Ministry`)
    ("d03_kunduz", "Afghanistan", "all", "COUNTRY", AFGHANISTAN, "Afghanistan", "name"),  # ×2
    ("d03_kunduz", "U.S.", "all", "COUNTRY", USA, "United States", "acronym"),  # military, troops
    ("d03_kunduz", "John Campbell", [0], "OFFICIAL", None, "John F. Campbell", "name"),
    ("d03_kunduz", "NATO", [0], "ORG", NATO, "NATO", "acronym"),
    ("d03_kunduz", "Afghan", "all", "COUNTRY", AFGHANISTAN, "Afghanistan", "demonym"),  # forces, officials, ministry
    ("d03_kunduz", "Taliban", [0], "GROUP", None, "Taliban", "name"),
    ("d03_kunduz", "Sediq Sediqqi", [0], "OFFICIAL", None, "Sediq Sediqqi", "name"),
    ("d03_kunduz", "International Humanitarian Fact-Finding Commission", [0], "ORG", None,
     "International Humanitarian Fact-Finding Commission", "name"),
    ("d03_kunduz", "Barack Obama", [0], "OFFICIAL", None, "Barack Obama", "name"),

    # d04_sinjar (Xinhua style; BAGHDAD, Baghdad's, Sinjar, Mount Sinjar, Mosul ×2, Erbil,
    # Kadhimiya, `Kurdish`, the Kurdistan region (no state), `Yazidi(s)` (a people, no state) not
    # tagged; the `United Nations` and `Iraq` inside UNICEF's and UNAMI's names are part of them)
    ("d04_sinjar", "Iraqi", "all", "COUNTRY", IRAQ, "Iraq", "demonym"),  # headline, Minister, the Iraqi side
    ("d04_sinjar", "IS", "all", "GROUP", None, "Islamic State", "acronym"),  # headline, (IS), of IS, IS militants
    ("d04_sinjar", "Xinhua", "all", "ORG", None, "Xinhua News Agency", "name"),  # ×3
    ("d04_sinjar", "Mohammed Shia' al-Sudani", [0], "OFFICIAL", None, "Mohammed Shia' al-Sudani", "name"),
    ("d04_sinjar", "Islamic State", [0], "GROUP", None, "Islamic State", "name"),
    ("d04_sinjar", "al-Sudani", [1], "OFFICIAL", None, "Mohammed Shia' al-Sudani", "surname"),  # 0 in the full name
    ("d04_sinjar", "Iraqiya TV", [0], "ORG", None, "Al Iraqiya", "name"),
    ("d04_sinjar", "United Nations Children's Fund", [0], "ORG", None, "UNICEF", "name"),
    ("d04_sinjar", "UNICEF", [0], "ORG", None, "UNICEF", "acronym"),
    ("d04_sinjar", "Peshmerga", "all", "ORG", None, "Peshmerga", "name"),  # forces, a Peshmerga officer
    ("d04_sinjar", "U.S.", "all", "COUNTRY", USA, "United States", "acronym"),  # airstrikes, crews, President
    ("d04_sinjar", "Syrian", [0], "COUNTRY", SYRIA, "Syria", "demonym"),
    ("d04_sinjar", "Barack Obama", [0], "OFFICIAL", None, "Barack Obama", "name"),
    ("d04_sinjar", "American", [0], "COUNTRY", USA, "United States", "demonym"),
    ("d04_sinjar", "Masoud Barzani", [0], "OFFICIAL", None, "Masoud Barzani", "name"),
    ("d04_sinjar", "Iraq", [0, 1, 3], "COUNTRY", IRAQ, "Iraq", "name"),  # 2 is in UNAMI's name
    ("d04_sinjar", "Nickolay Mladenov", [0], "OFFICIAL", None, "Nickolay Mladenov", "name"),
    ("d04_sinjar", "UN", "all", "ORG", UN, "United Nations", "acronym"),  # UN envoy, UN Secretary-General
    ("d04_sinjar", "United Nations Assistance Mission for Iraq", [0], "ORG", None,
     "United Nations Assistance Mission for Iraq", "name"),
    ("d04_sinjar", "UNAMI", [0], "ORG", None, "United Nations Assistance Mission for Iraq", "acronym"),
    ("d04_sinjar", "Ban Ki-moon", [0], "OFFICIAL", None, "Ban Ki-moon", "name"),

    # d05_srebrenica (magazine; Europe, Srebrenica / SREBRENICA, Potočari, The Hague ×2, Moscow’s
    # (seat of government), Republika Srpska (an entity of Bosnia, no state), `Serb(s)` and `Muslim`
    # (peoples), the court, the survivor Senad Mujić not tagged. `Bosnian` in `Bosnian Serb(s)`
    # names the state's people: tagged)
    ("d05_srebrenica", "Bosnia", [0], "COUNTRY", BOSNIA, "Bosnia and Herzegovina", "name"),  # section line
    ("d05_srebrenica", "Aleksandar Vu\u010di\u0107", [0], "OFFICIAL", None, "Aleksandar Vu\u010di\u0107", "name"),
    ("d05_srebrenica", "Serbia", [0], "COUNTRY", SERBIA, "Serbia", "name"),  # Serbia’s
    ("d05_srebrenica", "Vu\u010di\u0107", [1], "OFFICIAL", None, "Aleksandar Vu\u010di\u0107", "surname"),
    ("d05_srebrenica", "Neboj\u0161a Stefanovi\u0107", [0], "OFFICIAL", None, "Neboj\u0161a Stefanovi\u0107", "name"),
    ("d05_srebrenica", "Bosnian", "all", "COUNTRY", BOSNIA, "Bosnia and Herzegovina", "demonym"),  # ×2
    ("d05_srebrenica", "Ratko Mladi\u0107", [0], "OFFICIAL", None, "Ratko Mladi\u0107", "name"),
    ("d05_srebrenica", "UN", [0], "ORG", UN, "United Nations", "acronym"),  # safe area; 1 is in UN Security Council
    ("d05_srebrenica", "Dutch", [0], "COUNTRY", NETHERLANDS, "Netherlands", "demonym"),
    ("d05_srebrenica", "Dutchbat", [0], "ORG", None, "Dutchbat", "name"),
    ("d05_srebrenica", "Netherlands", [0], "COUNTRY", NETHERLANDS, "Netherlands", "name"),
    ("d05_srebrenica", "Russia", [0], "COUNTRY", RUSSIA, "Russia", "name"),
    ("d05_srebrenica", "British", [0], "COUNTRY", UK, "United Kingdom", "demonym"),
    ("d05_srebrenica", "UN Security Council", [0], "ORG", UNSC, "United Nations Security Council", "name"),
    ("d05_srebrenica", "Vitaly Churkin", [0], "OFFICIAL", None, "Vitaly Churkin", "name"),
    ("d05_srebrenica", "Milorad Dodik", [0], "OFFICIAL", None, "Milorad Dodik", "name"),
    ("d05_srebrenica", "Bill Clinton", [0], "OFFICIAL", None, "Bill Clinton", "name"),
    ("d05_srebrenica", "NATO", [0], "ORG", NATO, "NATO", "acronym"),
    ("d05_srebrenica", "Mladi\u0107", [1], "OFFICIAL", None, "Ratko Mladi\u0107", "surname"),
    ("d05_srebrenica", "Radovan Karad\u017ei\u0107", [0], "OFFICIAL", None, "Radovan Karad\u017ei\u0107", "name"),

    # d06_garissa (press release; the ministry's letterhead name, `the Ministry`, `the Government`,
    # Nairobi, Garissa (town and university college), Wajir, Mandera, Tana River, Eldoret, the
    # honours `EGH, MGH`, the aliases `Dulyadin` / `Gamadhere` (no separate entity) not tagged; the
    # `Kenya` inside the Kenya Defence Forces is part of it)
    ("d06_garissa", "REPUBLIC OF KENYA", [0], "COUNTRY", KENYA, "Kenya", "name"),  # the official name
    ("d06_garissa", "JOSEPH NKAISSERY", "all", "OFFICIAL", None, "Joseph Nkaissery", "name"),  # title, signature
    ("d06_garissa", "National Police Service", [0], "ORG", None, "National Police Service", "name"),
    ("d06_garissa", "General Service Unit", [0], "ORG", None, "General Service Unit", "name"),
    ("d06_garissa", "GSU", [0], "ORG", None, "General Service Unit", "acronym"),
    ("d06_garissa", "Kenya Defence Forces", [0], "ORG", None, "Kenya Defence Forces", "name"),
    ("d06_garissa", "KDF", [0], "ORG", None, "Kenya Defence Forces", "acronym"),
    ("d06_garissa", "Al-Shabaab", "all", "GROUP", None, "Al-Shabaab", "name"),  # ×2
    ("d06_garissa", "Somalia", [0], "COUNTRY", SOMALIA, "Somalia", "name"),
    ("d06_garissa", "Mohamed Mohamud", [0], "OFFICIAL", None, "Mohamed Mohamud", "name"),  # an Al-Shabaab commander
    ("d06_garissa", "Kenya", [1], "COUNTRY", KENYA, "Kenya", "name"),  # Kenya's; 0 is in the KDF's name
    ("d06_garissa", "Joseph Boinnet", [0], "OFFICIAL", None, "Joseph Boinnet", "name"),
    ("d06_garissa", "Uhuru Kenyatta", [0], "OFFICIAL", None, "Uhuru Kenyatta", "name"),
    ("d06_garissa", "Kenyan", [0], "COUNTRY", KENYA, "Kenya", "demonym"),

    # d07_utoya (OSLO, Oslo ×2, Utoya, the Labour Party, the suspect Anders Behring Breivik /
    # Breivik, `Second World War` not tagged)
    ("d07_utoya", "NORWAY", [0], "COUNTRY", NORWAY, "Norway", "name"),  # headline
    ("d07_utoya", "Norwegian", "all", "COUNTRY", NORWAY, "Norway", "demonym"),  # police, the gunman
    ("d07_utoya", "Norway", "all", "COUNTRY", NORWAY, "Norway", "name"),  # attacks in, being (quote), had not seen
    ("d07_utoya", "NRK", [0], "ORG", None, "NRK", "acronym"),
    ("d07_utoya", "Delta", [0], "ORG", None, "Delta (Norwegian police unit)", "name"),
    ("d07_utoya", "Jens Stoltenberg", [0], "OFFICIAL", None, "Jens Stoltenberg", "name"),  # Jens Stoltenberg's
    ("d07_utoya", "Stoltenberg", [1, 2], "OFFICIAL", None, "Jens Stoltenberg", "surname"),  # 0 is the full name
    ("d07_utoya", "Sveinung Sponheim", [0], "OFFICIAL", None, "Sveinung Sponheim", "name"),
    ("d07_utoya", "Sponheim", [1], "OFFICIAL", None, "Sveinung Sponheim", "surname"),
    ("d07_utoya", "al Qaeda", [0], "GROUP", None, "Al-Qaeda", "name"),
    ("d07_utoya", "Police Security Service", [0], "ORG", None, "Norwegian Police Security Service", "name"),
    ("d07_utoya", "PST", [0], "ORG", None, "Norwegian Police Security Service", "acronym"),
    ("d07_utoya", "U.S.", [0], "COUNTRY", USA, "United States", "acronym"),
    ("d07_utoya", "Barack Obama", [0], "OFFICIAL", None, "Barack Obama", "name"),
    ("d07_utoya", "NATO", [0], "ORG", NATO, "NATO", "acronym"),
    ("d07_utoya", "Anders Fogh Rasmussen", [0], "OFFICIAL", None, "Anders Fogh Rasmussen", "name"),

    # d08_guineagulf (AP; LAGOS, Abidjan, the ship names MT Maximus / NNS Okpabana, the
    # International Maritime Bureau (an industry body) and its director Pottengal Mukundan, the
    # credit-line writer, `the navy` not tagged; the `Guinea` of the Gulf of Guinea and the `Niger`
    # of the Niger Delta are no states; the `Nigerian` inside the Nigerian Navy and the `West
    # African` inside ECOWAS's name are part of them. The headline's lower-case `Nigerian navy` is a
    # demonym and a generic noun)
    ("d08_guineagulf", "Nigerian", [0, 2], "COUNTRY", NIGERIA, "Nigeria", "demonym"),  # headline, official
    ("d08_guineagulf", "Nigeria", "all", "COUNTRY", NIGERIA, "Nigeria", "name"),  # dateline, Nigeria's, thanked
    ("d08_guineagulf", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d08_guineagulf", "Sao Tome and Principe", [0], "COUNTRY", SAO_TOME, "S\u00e3o Tom\u00e9 and Pr\u00edncipe",
     "name"),
    ("d08_guineagulf", "Panama", [0], "COUNTRY", PANAMA, "Panama", "name"),  # Panama-flagged
    ("d08_guineagulf", "Ivory Coast", [0], "COUNTRY", IVORY_COAST, "Ivory Coast", "name"),  # Ivory Coast's
    ("d08_guineagulf", "Chris Ezekobe", [0], "OFFICIAL", None, "Chris Ezekobe", "name"),
    ("d08_guineagulf", "Nigerian Navy", [0], "ORG", None, "Nigerian Navy", "name"),
    ("d08_guineagulf", "Ezekobe", [1], "OFFICIAL", None, "Chris Ezekobe", "surname"),
    ("d08_guineagulf", "Ghanaian", [0], "COUNTRY", GHANA, "Ghana", "demonym"),
    ("d08_guineagulf", "Indian", [0], "COUNTRY", INDIA, "India", "demonym"),
    ("d08_guineagulf", "Ibok-Ete Ibas", [0], "OFFICIAL", None, "Ibok-Ete Ibas", "name"),
    ("d08_guineagulf", "Ivorian", [0], "COUNTRY", IVORY_COAST, "Ivory Coast", "demonym"),
    ("d08_guineagulf", "Sao Tome", [1], "COUNTRY", SAO_TOME, "S\u00e3o Tom\u00e9 and Pr\u00edncipe", "alias"),  # 0 in full
    ("d08_guineagulf", "Economic Community of West African States", [0], "ORG", None,
     "Economic Community of West African States", "name"),
    ("d08_guineagulf", "ECOWAS", [0], "ORG", None, "Economic Community of West African States", "acronym"),
    ("d08_guineagulf", "Interpol", [0], "ORG", None, "Interpol", "name"),
    ("d08_guineagulf", "Somalia", [0], "COUNTRY", SOMALIA, "Somalia", "name"),
    ("d08_guineagulf", "Associated Press", [0], "ORG", AP, "Associated Press", "name"),
]


# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# Clock times keep the reading as written; a GMT time gets its own reading, the zone is not
# encoded (`6.35pm (1635 GMT)` → T18:35 and T16:35).
# --------------------------------------------------------------------------------------------
DATES = [
    # d01_christchurch, document date 2019-03-15 (Friday, 2019-W11); entry times are that day's.
    # Not dates: `late 20s` (an age), `third Test`, `49`, `48`, `at least 10 bodies`
    ("d01_christchurch", "8.12pm", 0, "TIME", "2019-03-15T20:12", "document"),
    ("d01_christchurch", "now", 0, "DATE", "PRESENT_REF", "document"),  # can now only be described (quote)
    ("d01_christchurch", "7.30pm", 0, "TIME", "2019-03-15T19:30", "document"),
    ("d01_christchurch", "6.40pm", 0, "TIME", "2019-03-15T18:40", "document"),
    ("d01_christchurch", "Saturday morning", 0, "TIME", "2019-03-16TMO", "document"),
    ("d01_christchurch", "4.10pm", 0, "TIME", "2019-03-15T16:10", "document"),
    ("d01_christchurch", "3.15pm", 0, "TIME", "2019-03-15T15:15", "document"),
    ("d01_christchurch", "Saturday", 1, "DATE", "2019-03-16", "document"),  # due to start; 0 is Saturday morning
    ("d01_christchurch", "2.20pm", 0, "TIME", "2019-03-15T14:20", "document"),
    ("d01_christchurch", "every Friday", 0, "SET", "XXXX-WXX-5", "absolute"),
    ("d01_christchurch", "next week", 0, "DATE", "2019-W12", "document"),
    ("d01_christchurch", "more than three hours", 0, "DURATION", "PT3H", "absolute"),
    ("d01_christchurch", "1.52pm", 0, "TIME", "2019-03-15T13:52", "document"),
    ("d01_christchurch", "about 1.40pm", 0, "TIME", "2019-03-15T13:40", "document"),

    # d02_inamenas, document date 2013-01-19 (Saturday, 2013-W03). Not dates: `685`, `107`, `132`,
    # `six vehicles`, `17`, `10 Japanese workers`
    ("d02_inamenas", "Saturday", 0, "DATE", "2013-01-19", "document"),
    ("d02_inamenas", "four-day", 0, "DURATION", "P4D", "absolute"),
    ("d02_inamenas", "Wednesday", 0, "DATE", "2013-01-16", "document"),
    ("d02_inamenas", "around 1130 GMT", 0, "TIME", "2013-01-19T11:30", "document"),
    ("d02_inamenas", "late last year", 0, "DATE", "2012", "document"),
    ("d02_inamenas", "Jan. 11", 0, "DATE", "2013-01-11", "document"),
    ("d02_inamenas", "Thursday", 0, "DATE", "2013-01-17", "document"),
    ("d02_inamenas", "Wednesday", 1, "DATE", "2013-01-16", "document"),  # since Wednesday (quote)
    ("d02_inamenas", "Monday", 0, "DATE", "2013-01-21", "document"),  # expected to: the coming Monday

    # d03_kunduz, document date 2015-10-07 (Wednesday, 2015-W41), also in the transcript header.
    # Not dates: `Four times`, `several times`, `22,000 patients`, the programme title
    ("d03_kunduz", "7 October 2015", 0, "DATE", "2015-10-07", "absolute"),
    ("d03_kunduz", "Saturday morning", 0, "TIME", "2015-10-03TMO", "document"),
    ("d03_kunduz", "2.08am", 0, "TIME", "2015-10-03T02:08", "document"),
    ("d03_kunduz", "more than an hour", 0, "DURATION", "PT1H", "absolute"),
    ("d03_kunduz", "about 3.15am", 0, "TIME", "2015-10-03T03:15", "document"),
    ("d03_kunduz", "minutes", 0, "DURATION", "PTXM", "absolute"),  # within minutes: the length only
    ("d03_kunduz", "Tuesday", 0, "DATE", "2015-10-06", "document"),
    ("d03_kunduz", "now", 0, "DATE", "PRESENT_REF", "document"),  # What do you want now?
    ("d03_kunduz", "1991", 0, "DATE", "1991", "absolute"),
    ("d03_kunduz", "today", 0, "DATE", "2015-10-07", "document"),
    ("d03_kunduz", "Sunday", 0, "DATE", "2015-10-04", "document"),
    ("d03_kunduz", "four years", 0, "DURATION", "P4Y", "absolute"),
    ("d03_kunduz", "last year", 0, "DATE", "2014", "document"),

    # d04_sinjar, document date 2014-08-10 (Sunday, 2014-W32). Not dates: `120 km`, `second
    # largest`, `Enditem`
    ("d04_sinjar", "Aug. 10", 0, "DATE", "2014-08-10", "document"),
    ("d04_sinjar", "Sunday", 0, "DATE", "2014-08-10", "document"),  # said on Sunday; 1 is Sunday afternoon
    ("d04_sinjar", "Aug. 3", 0, "DATE", "2014-08-03", "document"),
    ("d04_sinjar", "Friday", 0, "DATE", "2014-08-08", "document"),
    ("d04_sinjar", "Thursday night", 0, "TIME", "2014-08-07TNI", "document"),
    ("d04_sinjar", "Saturday", 0, "DATE", "2014-08-09", "document"),
    ("d04_sinjar", "Sunday afternoon", 0, "TIME", "2014-08-10TAF", "document"),
    ("d04_sinjar", "early June", 0, "DATE", "2014-06", "document"),

    # d05_srebrenica, no `date` field: the date line `July 18th 2015` (Saturday, 2015-W29) is the
    # document date. Not dates: `136 coffins`, the ages `14` and `73`, `the war`, `wartime`
    ("d05_srebrenica", "Twenty years", 0, "DURATION", "P20Y", "absolute"),  # Twenty years after: the length only
    ("d05_srebrenica", "July 18th 2015", 0, "DATE", "2015-07-18", "absolute"),
    ("d05_srebrenica", "July 11th", 0, "DATE", "2015-07-11", "document"),
    ("d05_srebrenica", "hours", 0, "DURATION", "PTXH", "absolute"),  # quiet for hours
    ("d05_srebrenica", "seconds", 0, "DURATION", "PTXS", "absolute"),  # Within seconds: the length only
    ("d05_srebrenica", "the evening", 0, "TIME", "2015-07-11TEV", "document"),
    ("d05_srebrenica", "1995", 0, "DATE", "1995", "absolute"),  # in a quotation
    ("d05_srebrenica", "the following days", 0, "DURATION", "PXD", "absolute"),
    ("d05_srebrenica", "last year", 0, "DATE", "2014", "document"),
    ("d05_srebrenica", "Three days", 0, "DURATION", "P3D", "absolute"),  # Three days before: the length only
    ("d05_srebrenica", "2017", 0, "DATE", "2017", "absolute"),
    ("d05_srebrenica", "months", 0, "DURATION", "PXM", "absolute"),  # within months

    # d06_garissa, document date 2015-04-03 (Friday, 2015-W14), the release's own dd/mm/yyyy date.
    # Not dates: `KSh 20 million`, `999`, `112`, the paragraph numbers
    ("d06_garissa", "03/04/2015", 0, "DATE", "2015-04-03", "absolute"),
    ("d06_garissa", "approximately 0530 hours", 0, "TIME", "2015-04-02T05:30", "document"),
    ("d06_garissa", "Thursday, 02/04/2015", 0, "DATE", "2015-04-02", "absolute"),
    ("d06_garissa", "minutes", 0, "DURATION", "PTXM", "absolute"),  # within minutes
    ("d06_garissa", "about 1900 hours", 0, "TIME", "2015-04-02T19:00", "document"),
    ("d06_garissa", "the next 14 days", 0, "DURATION", "P14D", "absolute"),
    ("d06_garissa", "three days", 0, "DURATION", "P3D", "absolute"),
    ("d06_garissa", "Saturday, 04/04/2015", 0, "DATE", "2015-04-04", "absolute"),
    ("d06_garissa", "every day", 0, "SET", "P1D", "absolute"),

    # d07_utoya, no `date` field: the dateline's dotted `23.07.2011` (Saturday, 2011-W29) is the
    # document date. Not dates: `32-year-old`, `Second World War`, `Earlier`
    ("d07_utoya", "23.07.2011", 0, "DATE", "2011-07-23", "absolute"),
    ("d07_utoya", "1245 GMT", 0, "TIME", "2011-07-23T12:45", "document"),
    ("d07_utoya", "Saturday", 0, "DATE", "2011-07-23", "document"),  # 1 is in Saturday morning
    ("d07_utoya", "about 6.35pm", 0, "TIME", "2011-07-22T18:35", "document"),
    ("d07_utoya", "1635 GMT", 0, "TIME", "2011-07-22T16:35", "document"),
    ("d07_utoya", "22/07/2011", 0, "DATE", "2011-07-22", "absolute"),
    ("d07_utoya", "roughly 90 minutes", 0, "DURATION", "PT90M", "absolute"),
    ("d07_utoya", "3.30am", 0, "TIME", "2011-07-23T03:30", "document"),
    ("d07_utoya", "0130 GMT", 0, "TIME", "2011-07-23T01:30", "document"),
    ("d07_utoya", "Saturday morning", 0, "TIME", "2011-07-23TMO", "document"),
    ("d07_utoya", "3.26pm", 0, "TIME", "2011-07-22T15:26", "document"),
    ("d07_utoya", "Friday", 0, "DATE", "2011-07-22", "document"),
    ("d07_utoya", "2011-07-25", 0, "DATE", "2011-07-25", "absolute"),

    # d08_guineagulf, document date 2016-02-22 (Monday, 2016-W08). Not dates: `4,700 tons`, `MT
    # Maximus`, `NNS Okpabana`, `44`, the headline's `18` and `2`
    ("d08_guineagulf", "Sunday", 0, "DATE", "2016-02-21", "document"),
    ("d08_guineagulf", "10 days", 0, "DURATION", "P10D", "absolute"),
    ("d08_guineagulf", "Monday", 0, "DATE", "2016-02-22", "document"),
    ("d08_guineagulf", "Feb. 11", 0, "DATE", "2016-02-11", "document"),
    ("d08_guineagulf", "hours", 0, "DURATION", "PTXH", "absolute"),  # within hours
    ("d08_guineagulf", "about 5 a.m.", 0, "TIME", "2016-02-21T05:00", "document"),
    ("d08_guineagulf", "recent years", 0, "DATE", "PAST_REF", "document"),
    ("d08_guineagulf", "last year", 0, "DATE", "2015", "document"),
    ("d08_guineagulf", "last month", 0, "DATE", "2016-01", "document"),
    ("d08_guineagulf", "a week", 0, "DURATION", "P1W", "absolute"),  # after a week: the length only
    ("d08_guineagulf", "Every week", 0, "SET", "P1W", "absolute"),  # in a quotation
]


# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, surface, occurrence, label, min, max, approximate, negated, victims)
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    # d01_christchurch (`four people are in custody, three men and a woman` (arrests), `Two
    # improvised explosive devices`, `the only attacker` are not casualties)
    ("d01_christchurch", "death toll has risen to 49", 0, "KILLED", 49, 49, False, False, None),
    ("d01_christchurch", "48 people, among them young children, are being treated at Christchurch Hospital for "
     "gunshot wounds", 0, "INJURED", 48, 48, False, False, "people"),
    ("d01_christchurch", "No one in the squad was hurt", 0, "INJURED", 0, 0, False, True, "squad"),
    ("d01_christchurch", "at least 10 bodies", 0, "KILLED", 10, None, False, False, None),

    # d02_inamenas (`the kidnappers`, `a convoy of six vehicles`, `the 132 foreigners at the site`
    # (a head count, inside the freed statement) are not separate casualties)
    ("d02_inamenas", "at least 23 hostages dead", 0, "KILLED", 23, None, False, False, "hostages"),  # headline
    # a lower bound on one part makes the sum a lower bound: 23 + 32
    ("d02_inamenas", "at least 23 hostages and 32 militants were killed", 0, "KILLED", 55, None, False, False,
     "hostages and 32 militants"),
    # freed hostages: KIDNAPPED; 685 + 107
    ("d02_inamenas", "685 Algerian workers and 107 of the 132 foreigners at the site had been freed", 0,
     "KIDNAPPED", 792, 792, False, False, "Algerian workers and 107 of the 132 foreigners"),
    ("d02_inamenas", "Between 10 and 20 foreigners were still unaccounted for", 0, "MISSING", 10, 20, True, False,
     "foreigners"),
    ("d02_inamenas", "five of its 17 Norwegian employees were still missing", 0, "MISSING", 5, 5, False, False,
     "Norwegian employees"),
    ("d02_inamenas", "10 Japanese workers of the engineering firm JGC had not been accounted for", 0, "MISSING", 10,
     10, False, False, "Japanese workers"),
    ("d02_inamenas", "three Britons were dead", 0, "KILLED", 3, 3, False, False, "Britons"),
    ("d02_inamenas", "three more were believed killed", 0, "KILLED", 3, 3, False, False, None),
    ("d02_inamenas", "one American, Frederick Buttaccio, had died", 0, "KILLED", 1, 1, False, False, "American"),

    # d03_kunduz (`22,000 patients` (treated), `no armed men inside` are not casualties)
    # 12 + at least 10 = at least 22; `three of them children` is part of it
    ("d03_kunduz", "Twelve of our staff and at least ten patients, three of them children, were killed", 0,
     "KILLED", 22, None, False, False, "staff and at least ten patients"),
    ("d03_kunduz", "Thirty-seven people were injured", 0, "INJURED", 37, 37, False, False, "people"),
    ("d03_kunduz", "Two of our surgeons are still missing", 0, "MISSING", 2, 2, False, False, "surgeons"),

    # d04_sinjar (`Tens of thousands of Yazidis remain trapped` (no label), `No casualties were
    # reported among the U.S. crews` ("casualties" mixes killed and injured), `burying some of the
    # victims alive` (no count) are not annotated)
    ("d04_sinjar", "kill 500 Yazidis", 0, "KILLED", 500, 500, False, False, "Yazidis"),  # headline
    ("d04_sinjar", "killed at least 500 Yazidis", 0, "KILLED", 500, None, False, False, "Yazidis"),
    ("d04_sinjar", "some 300 Yazidi women had been abducted", 0, "KIDNAPPED", 300, 300, True, False,
     "Yazidi women"),
    ("d04_sinjar", "at least 40 children have died", 0, "KILLED", 40, None, False, False, "children"),
    ("d04_sinjar", "killing four people", 0, "KILLED", 4, 4, False, False, "people"),
    ("d04_sinjar", "wounding 13 others", 0, "INJURED", 13, 13, False, False, "others"),

    # d05_srebrenica (`136 coffins`, `The 400 or so Dutch peacekeepers`, `a group of young men` are
    # not casualties)
    ("d05_srebrenica", "Some 8,000 Muslim men and boys were killed", 0, "KILLED", 8000, 8000, True, False,
     "Muslim men and boys"),
    ("d05_srebrenica", "about 1,000 are still missing", 0, "MISSING", 1000, 1000, True, False, None),
    ("d05_srebrenica", "the deaths of some 300 men", 0, "KILLED", 300, 300, True, False, "men"),

    # d06_garissa (`four heavily armed terrorists stormed` (attackers), `587 students have been
    # evacuated`, `KSh 20 million` are not casualties; the toll's enumeration after the colon is its
    # parts: one statement)
    ("d06_garissa", "Two security guards at the main gate were killed", 0, "KILLED", 2, 2, False, False,
     "security guards"),
    ("d06_garissa", "all four terrorists were killed", 0, "KILLED", 4, 4, False, False, "terrorists"),
    ("d06_garissa", "147 people lost their lives", 0, "KILLED", 147, 147, False, False, "people"),
    ("d06_garissa", "79 persons sustained injuries", 0, "INJURED", 79, 79, False, False, "persons"),
    ("d06_garissa", "43 others are yet to be traced", 0, "MISSING", 43, 43, False, False, "others"),

    # d07_utoya (`no shots were fired`, `such bloodshed` are not casualties)
    ("d07_utoya", "death toll rises to at least 84", 0, "KILLED", 84, None, False, False, None),  # headline
    ("d07_utoya", "at least 84 people, most of them teenagers, had been shot dead", 0, "KILLED", 84, None, False,
     False, "people"),
    ("d07_utoya", "raising the toll from the twin attacks in Norway to at least 91", 0, "KILLED", 91, None, False,
     False, None),
    ("d07_utoya", "no officers were hurt", 0, "INJURED", 0, 0, False, True, "officers"),
    ("d07_utoya", "around 10 people were dead", 0, "KILLED", 10, 10, True, False, "people"),
    ("d07_utoya", "death toll was raised to at least 80", 0, "KILLED", 80, None, False, False, None),
    ("d07_utoya", "Four or five people are still missing", 0, "MISSING", 4, 5, True, False, "people"),
    ("d07_utoya", "killing seven people", 0, "KILLED", 7, 7, False, False, "people"),
    ("d07_utoya", "wounding between 10 and 15", 0, "INJURED", 10, 15, True, False, None),

    # d08_guineagulf (`Three pirates were arrested`, `They were released after a week` (no count of
    # its own), `4,700 tons` are not casualties)
    ("d08_guineagulf", "frees 18 crew", 0, "KIDNAPPED", 18, 18, False, False, "crew"),  # headline: freed hostages
    ("d08_guineagulf", "2 sailors still held", 0, "KIDNAPPED", 2, 2, False, False, "sailors"),  # headline
    ("d08_guineagulf", "killing one pirate", 0, "KILLED", 1, 1, False, False, "pirate"),
    ("d08_guineagulf", "freeing 18 of the 20 crew members", 0, "KIDNAPPED", 18, 18, False, False, "crew members"),
    ("d08_guineagulf", "none of the rescued crew was injured", 0, "INJURED", 0, 0, False, True, "rescued crew"),
    ("d08_guineagulf", "Two crew members, a Ghanaian and an Indian, were taken ashore by the fleeing pirates in a "
     "speedboat and are still being held", 0, "KIDNAPPED", 2, 2, False, False, "crew members"),
    ("d08_guineagulf", "kidnapped 44 seafarers", 0, "KIDNAPPED", 44, 44, False, False, "seafarers"),
    ("d08_guineagulf", "at least four were killed", 0, "KILLED", 4, None, False, False, None),
    ("d08_guineagulf", "kidnapped five sailors", 0, "KIDNAPPED", 5, 5, False, False, "sailors"),
]


# --------------------------------------------------------------------------------------------
# QUOTES: (doc, exact quotation with its marks, occurrence, closed, (speaker surface, occurrence
# or None for the nearest), speaker entity or None, (cue surface, occurrence or None))
# --------------------------------------------------------------------------------------------
def off(name):
    return (None, name, "officials")


QUOTES = [
    # d01_christchurch (curly double quotes beside a curly apostrophe inside one (`Zealand’s`); an
    # organisation as speaker)
    ("d01_christchurch", "\u201cIt is clear that this can now only be described as a terrorist attack,\u201d", 0,
     True, ("Ardern", 1), off("Jacinda Ardern"), ("told", 0)),
    ("d01_christchurch", "\u201can extremist, right-wing, violent terrorist\u201d", 0, True, ("Scott Morrison", 0),
     off("Scott Morrison"), ("calls", 0)),
    ("d01_christchurch", "\u201cWe are not assuming this is the only attacker,\u201d", 0, True, ("Bush", 1),
     off("Mike Bush"), ("warned", 0)),
    ("d01_christchurch", "\u201cStay indoors.\u201d", 0, True, ("Bush", 1), off("Mike Bush"), ("warned", 0)),
    ("d01_christchurch", "\u201cThis is one of New Zealand\u2019s darkest days,\u201d", 0, True, ("Ardern", 2),
     off("Jacinda Ardern"), ("says", None)),
    ("d01_christchurch", "\u201cMany of those affected will be migrants, they may even be refugees. They have chosen "
     "to make New Zealand their home, and it is their home. They are us.\u201d", 0, True, ("Ardern", 2),
     off("Jacinda Ardern"), ("says", None)),  # the attribution between the two parts
    ("d01_christchurch", "\u201cAll the members of the team are safe,\u201d", 0, True, ("Jalal Yunus", 0), None,
     ("said", None)),
    ("d01_christchurch", "\u201cuntil further notice\u201d", 0, True, ("New Zealand Police", 0),
     (None, "New Zealand Police", "orgs"), ("asked", 0)),

    # d02_inamenas (straight double quotes; a quotation broken by its attribution; a group as speaker)
    ("d02_inamenas", "\"The terrorists wanted to blow up the whole installation,\"", 0, True, ("Mohamed Said", 0),
     off("Mohamed Said"), ("told", None)),
    ("d02_inamenas", "\"The army had no choice.\"", 0, True, ("Mohamed Said", 0), off("Mohamed Said"),
     ("told", None)),
    ("d02_inamenas", "\"against all countries that took part in the crusade\"", 0, True, ("the group", 0),
     (None, "Signed-in-Blood Battalion", "groups"), ("warned", 0)),
    ("d02_inamenas", "\"Our thoughts are with the families,\"", 0, True, ("he", None), off("David Cameron"),
     ("said", None)),
    ("d02_inamenas", "\"who have been waiting for news since Wednesday.\"", 0, True, ("he", None),
     off("David Cameron"), ("said", None)),

    # d03_kunduz (the interview's own turns are not in quotation marks: not quotations; the
    # programme title in single quotes is a title; the U.S. military as `it`; a non-official speaker)
    ("d03_kunduz", "\"individuals threatening the force\"", 0, True, ("it", None), None, ("said", None)),
    ("d03_kunduz", "\"requested air support\"", 0, True, ("John Campbell", 0), off("John F. Campbell"),
     ("told", 0)),
    ("d03_kunduz", "\"Their description of the attack keeps changing.\"", 0, True, ("Christopher Stokes", 0), None,
     ("put it", 0)),

    # d04_sinjar (straight double quotes, full stop inside partial quotations; `said:` before a
    # quotation)
    ("d04_sinjar", "\"The terrorist gangs of IS have committed a genocide against the Yazidi people,\"", 0, True,
     ("al-Sudani", 1), off("Mohammed Shia' al-Sudani"), ("said", None)),
    ("d04_sinjar", "\"a potential act of genocide.\"", 0, True, ("he", None), off("Barack Obama"), ("called", 0)),
    ("d04_sinjar", "\"defend our people to the last drop of blood.\"", 0, True, ("Masoud Barzani", 0),
     off("Masoud Barzani"), ("said", None)),
    ("d04_sinjar", "\"A humanitarian tragedy is unfolding in Sinjar. Those who are responsible will be held "
     "accountable.\"", 0, True, ("Nickolay Mladenov", 0), off("Nickolay Mladenov"), ("said", None)),
    ("d04_sinjar", "\"the protection of all civilians\"", 0, True, ("Ban Ki-moon", 0), off("Ban Ki-moon"),
     ("called on", 0)),

    # d05_srebrenica (curly double quotes; a quotation nested in a quotation: the outer one only
    # (spans of one type do not overlap); `“safe area”` is a term in scare quotes; pronoun speakers)
    ("d05_srebrenica", "\u201cto bow my head\u201d", 0, True, ("he", None), off("Aleksandar Vu\u010di\u0107"),
     ("said", 0)),
    ("d05_srebrenica", "\u201can organised attempt on the life of the prime minister\u201d", 0, True,
     ("Neboj\u0161a Stefanovi\u0107", 0), off("Neboj\u0161a Stefanovi\u0107"), ("calling", 0)),
    ("d05_srebrenica", "\u201cMy father told me in 1995, \u2018Nobody will come for us,\u2019 and nobody did,\u201d", 0,
     True, ("Senad Muji\u0107", 0), None, ("says", None)),
    ("d05_srebrenica", "\u201cconfrontational and politically motivated\u201d", 0, True, ("Vitaly Churkin", 0),
     off("Vitaly Churkin"), ("dismissed", 0)),
    ("d05_srebrenica", "\u201ca terrible crime, but not genocide\u201d", 0, True, ("he", None), off("Milorad Dodik"),
     ("told", None)),
    ("d05_srebrenica", "\u201cnever stopped asking\u201d", 0, True, ("Bill Clinton", 0), off("Bill Clinton"),
     ("told", None)),
    ("d05_srebrenica", "\u201cJustice,\u201d", 0, True, ("Muji\u0107", 1), None, ("says", None)),
    ("d05_srebrenica", "\u201cis something my children will see, perhaps. Not me.\u201d", 0, True, ("Muji\u0107", 1),
     None, ("says", None)),  # the attribution between the two parts

    # d06_garissa (straight double quotes; the aliases in quotation marks are names, not quotations;
    # a role-noun speaker)
    ("d06_garissa", "\"Kenya's security agencies will hunt down every person involved in this heinous act,\"", 0,
     True, ("the Cabinet Secretary", 0), off("Joseph Nkaissery"), ("said", None)),
    ("d06_garissa", "\"We shall not be intimidated.\"", 0, True, ("the Cabinet Secretary", 0),
     off("Joseph Nkaissery"), ("said", None)),

    # d07_utoya (straight single quotes beside apostrophes `Stoltenberg's`)
    ("d07_utoya", "'Nobody will bomb us to silence, nobody will shoot us to silence, nobody will ever scare us away "
     "from being Norway,'", 0, True, ("Stoltenberg", 1), off("Jens Stoltenberg"), ("told", 0)),
    ("d07_utoya", "'This is a national tragedy.'", 0, True, ("Stoltenberg", 1), off("Jens Stoltenberg"),
     ("told", 0)),
    ("d07_utoya", "'admitted to the facts'", 0, True, ("Sveinung Sponheim", 0), off("Sveinung Sponheim"),
     ("said", None)),
    ("d07_utoya", "'He has been cooperative,'", 0, True, ("Sponheim", 1), off("Sveinung Sponheim"),
     ("said", None)),
    ("d07_utoya", "'but we still do not know whether he acted alone.'", 0, True, ("Sponheim", 1),
     off("Sveinung Sponheim"), ("said", None)),  # the attribution between the two parts
    ("d07_utoya", "'these heinous acts'", 0, True, ("Anders Fogh Rasmussen", 0), off("Anders Fogh Rasmussen"),
     ("condemned", 0)),

    # d08_guineagulf (straight double quotes; a non-official speaker after the quotation)
    ("d08_guineagulf", "\"The pirates opened fire on our men and we responded,\"", 0, True, ("Ezekobe", 1),
     off("Chris Ezekobe"), ("said", None)),
    ("d08_guineagulf", "\"a textbook operation\"", 0, True, ("he", 1), off("Ibok-Ete Ibas"), ("called", 0)),
    ("d08_guineagulf", "\"not allow our waters to become a haven for criminals.\"", 0, True, ("Ibok-Ete Ibas", 0),
     off("Ibok-Ete Ibas"), ("said", None)),
    ("d08_guineagulf", "\"Seafarers are being treated as a commodity,\"", 0, True, ("Pottengal Mukundan", 0), None,
     ("said", None)),
    ("d08_guineagulf", "\"Every week we hear of another attack.\"", 0, True, ("Pottengal Mukundan", 0), None,
     ("said", None)),
]

if __name__ == "__main__":
    run("blind24", ENTITIES, DATES, CASUALTIES, QUOTES)
