#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind20.

Texts: tests/fixtures/blind20/news.jsonl (eight original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors (the table layout
follows scripts/make_blind19_gold.py; the offsets, checks and writer are scripts/goldlib.py).

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, that spans of one type do not overlap, that every document of news.jsonl is
in every output file, and writes tests/fixtures/gold/blind20.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind20_gold.py [--show]   (--show prints every span in context)
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
SIERRA_LEONE, NIGERIA, GUINEA, AUSTRALIA, EAST_TIMOR, INDONESIA, NEPAL, USA = (
    "Q1044", "Q1033", "Q1006", "Q408", "Q574", "Q252", "Q837", "Q30")
UK, INDIA, RUSSIA, GEORGIA, FRANCE, MALI, ALGERIA, IVORY_COAST = (
    "Q145", "Q668", "Q159", "Q230", "Q142", "Q912", "Q262", "Q1008")
BURKINA_FASO, KENYA, SOMALIA, CANADA, AFGHANISTAN = ("Q965", "Q114", "Q1045", "Q16", "Q889")
UN, UNSC, AU, NATO, EU, REUTERS, AP, AFP, BBC = (
    "Q1065", "Q37470", "Q7159", "Q7184", "Q458", "Q130879", "Q40469", "Q40464", "Q9531")

ENTITIES = [
    # d01_freetown (ALL CAPS; FREETOWN ×3, `WEST AFRICAN` (a region), PADEMBA ROAD PRISON, STATE
    # HOUSE (a seat of government), the NATIONAL STADIUM, CONNAUGHT HOSPITAL, the RED CROSS (an NGO),
    # the Roman Catholic archbishop JOSEPH GANDA (a churchman), ABUJA, CONAKRY, `THE GOVERNMENT` not
    # tagged)
    ("d01_freetown", "REUTER", [0], "ORG", REUTERS, "Reuters", "alias"),  # the old wire's `(REUTER)`
    ("d01_freetown", "NIGERIAN", "all", "COUNTRY", NIGERIA, "Nigeria", "demonym"),  # NIGERIAN-LED, SOLDIERS
    ("d01_freetown", "REVOLUTIONARY UNITED FRONT", [0], "GROUP", None, "Revolutionary United Front", "name"),
    ("d01_freetown", "RUF", "all", "GROUP", None, "Revolutionary United Front", "acronym"),  # (RUF), RUF'S, RUF
    ("d01_freetown", "ARMED FORCES REVOLUTIONARY COUNCIL", [0], "GROUP", None,
     "Armed Forces Revolutionary Council", "name"),  # the ousted junta, by 1999 a rebel force
    ("d01_freetown", "AFRC", [0], "GROUP", None, "Armed Forces Revolutionary Council", "acronym"),
    ("d01_freetown", "ECOMOG", "all", "ORG", None, "ECOMOG", "acronym"),  # SPOKESMAN, COMMANDER
    ("d01_freetown", "CHRIS OLUKOLADE", [0], "OFFICIAL", None, "Chris Olukolade", "name"),  # `COLONEL` outside
    ("d01_freetown", "TIMOTHY SHELPIDI", [0], "OFFICIAL", None, "Timothy Shelpidi", "name"),
    ("d01_freetown", "AHMAD TEJAN KABBAH", [0], "OFFICIAL", None, "Ahmad Tejan Kabbah", "name"),
    ("d01_freetown", "SIERRA LEONEAN", [0], "COUNTRY", SIERRA_LEONE, "Sierra Leone", "demonym"),  # in a quotation
    ("d01_freetown", "SAM BOCKARIE", [0], "OFFICIAL", None, "Sam Bockarie", "name"),  # the RUF's field commander
    ("d01_freetown", "BBC", [0], "ORG", BBC, "BBC", "acronym"),
    ("d01_freetown", "FODAY SANKOH", [0], "OFFICIAL", None, "Foday Sankoh", "name"),
    ("d01_freetown", "KAMAJORS", [0], "GROUP", None, "Kamajors", "name"),  # a pro-government militia
    ("d01_freetown", "SAM HINGA NORMAN", [0], "OFFICIAL", None, "Sam Hinga Norman", "name"),
    ("d01_freetown", "NIGERIA", "all", "COUNTRY", NIGERIA, "Nigeria", "name"),  # NIGERIA'S, NIGERIA WOULD
    ("d01_freetown", "ABDULSALAMI ABUBAKAR", [0], "OFFICIAL", None, "Abdulsalami Abubakar", "name"),
    ("d01_freetown", "SIERRA LEONE", [0], "COUNTRY", SIERRA_LEONE, "Sierra Leone", "name"),
    ("d01_freetown", "U.N.", [0], "ORG", UN, "United Nations", "acronym"),
    ("d01_freetown", "KOFI ANNAN", [0], "OFFICIAL", None, "Kofi Annan", "name"),
    ("d01_freetown", "FRANCIS OKELO", [0], "OFFICIAL", None, "Francis Okelo", "name"),  # the UN envoy
    ("d01_freetown", "GUINEA", [0], "COUNTRY", GUINEA, "Guinea", "name"),  # `CONAKRY, GUINEA`

    # d02_dili (Dili ×4, `pro-Jakarta` and Jakarta ×2, West Timor (a province), Canberra, parliament,
    # New York, the byline's Helen Carr and the teacher Maria Soares not tagged. East Timor, in 1999 a
    # territory whose annexation the UN never recognised, is tagged and linked to Timor-Leste)
    ("d02_dili", "Australian", "all", "COUNTRY", AUSTRALIA, "Australia", "demonym"),  # Australian-led, soldier
    ("d02_dili", "East Timor", [0], "COUNTRY", EAST_TIMOR, "Timor-Leste", "name"),
    ("d02_dili", "Interfet", [0], "ORG", None, "International Force East Timor", "acronym"),
    ("d02_dili", "Peter Cosgrove", [0], "OFFICIAL", None, "Peter Cosgrove", "name"),  # `Major General` outside
    ("d02_dili", "United Nations", [0], "ORG", UN, "United Nations", "name"),
    ("d02_dili", "Indonesia", [0], "COUNTRY", INDONESIA, "Indonesia", "name"),
    ("d02_dili", "Aitarak", [0], "GROUP", None, "Aitarak", "name"),
    ("d02_dili", "Eurico Guterres", [0], "OFFICIAL", None, "Eurico Guterres", "name"),  # a militia leader
    ("d02_dili", "Besi Merah Putih", [0], "GROUP", None, "Besi Merah Putih", "name"),
    ("d02_dili", "Indonesian", [0], "COUNTRY", INDONESIA, "Indonesia", "demonym"),
    ("d02_dili", "UN", "all", "ORG", UN, "United Nations", "acronym"),  # UN mission, UN Secretary-General
    ("d02_dili", "Unamet", [0], "ORG", None, "United Nations Mission in East Timor", "acronym"),
    ("d02_dili", "B.J. Habibie", [0], "OFFICIAL", None, "B. J. Habibie", "name"),
    ("d02_dili", "Wiranto", [0], "OFFICIAL", None, "Wiranto", "name"),  # one name; `General` outside
    ("d02_dili", "Xanana Gusm\u00e3o", [0], "OFFICIAL", None, "Xanana Gusm\u00e3o", "name"),  # Falintil's leader
    ("d02_dili", "Falintil", [0], "GROUP", None, "Falintil", "name"),
    ("d02_dili", "John Howard", [0], "OFFICIAL", None, "John Howard", "name"),
    ("d02_dili", "Alexander Downer", [0], "OFFICIAL", None, "Alexander Downer", "name"),
    ("d02_dili", "Kofi Annan", [0], "OFFICIAL", None, "Kofi Annan", "name"),
    ("d02_dili", "East Timorese", [0], "COUNTRY", EAST_TIMOR, "Timor-Leste", "demonym"),

    # d03_mangalsen (no `date` field; Mangalsen, Achham ×2, Sanphebagar, Kathmandu ×2, the
    # Agricultural Development Bank (a state-owned bank), parliament, `Human rights groups` and the
    # byline's Anil Shrestha not tagged; the `Nepal` inside the army's and the movement's names is
    # not tagged separately; `Maoist(s)` names the movement, as blind19's `TUPAC AMARU REBELS`)
    ("d03_mangalsen", "Maoists", "all", "GROUP", None, "Communist Party of Nepal (Maoist)", "alias"),  # headline,
    ("d03_mangalsen", "Maoist", [0], "GROUP", None, "Communist Party of Nepal (Maoist)", "alias"),  # chairman
    ("d03_mangalsen", "Nepal", [0, 3], "COUNTRY", NEPAL, "Nepal", "name"),  # Nepal’s, border with Nepal
    ("d03_mangalsen", "Royal Nepal Army", [0], "ORG", None, "Royal Nepal Army", "name"),
    ("d03_mangalsen", "Khum Bahadur Khadka", [0], "OFFICIAL", None, "Khum Bahadur Khadka", "name"),
    ("d03_mangalsen", "Communist Party of Nepal (Maoist)", [0], "GROUP", None, "Communist Party of Nepal (Maoist)",
     "name"),
    ("d03_mangalsen", "Sher Bahadur Deuba", [0], "OFFICIAL", None, "Sher Bahadur Deuba", "name"),
    ("d03_mangalsen", "Pushpa Kamal Dahal", [0], "OFFICIAL", None, "Pushpa Kamal Dahal", "name"),
    ("d03_mangalsen", "Prachanda", [0], "OFFICIAL", None, "Pushpa Kamal Dahal", "alias"),  # his nom de guerre
    ("d03_mangalsen", "Gyanendra", [0], "OFFICIAL", None, "Gyanendra of Nepal", "name"),  # `King` outside
    ("d03_mangalsen", "Prajwalla Shumsher Rana", [0], "OFFICIAL", None, "Prajwalla Shumsher Rana", "name"),
    ("d03_mangalsen", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("d03_mangalsen", "Colin Powell", [0], "OFFICIAL", None, "Colin Powell", "name"),
    ("d03_mangalsen", "Britain", [0], "COUNTRY", UK, "United Kingdom", "name"),
    ("d03_mangalsen", "India", [0], "COUNTRY", INDIA, "India", "name"),

    # d04_beslan (Beslan ×3, Ingushetia, North Ossetia (Russian republics), `Chechen`, `London-based`,
    # `School No. 1`, the town hospital and the mother Zalina Gagieva not tagged)
    ("d04_beslan", "Russia", [0], "COUNTRY", RUSSIA, "Russia", "name"),  # dateline
    ("d04_beslan", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d04_beslan", "Russian", [0], "COUNTRY", RUSSIA, "Russia", "demonym"),
    ("d04_beslan", "Sergei Fridinsky", [0], "OFFICIAL", None, "Sergei Fridinsky", "name"),
    ("d04_beslan", "Ruslan Aushev", [0], "OFFICIAL", None, "Ruslan Aushev", "name"),  # a former president
    ("d04_beslan", "FSB", "all", "ORG", None, "Federal Security Service", "acronym"),
    ("d04_beslan", "Alfa", [0], "ORG", None, "Alpha Group", "alias"),
    ("d04_beslan", "Vympel", [0], "ORG", None, "Vympel", "name"),
    ("d04_beslan", "Nikolai Patrushev", [0], "OFFICIAL", None, "Nikolai Patrushev", "name"),
    ("d04_beslan", "Vladimir Putin", [0], "OFFICIAL", None, "Vladimir Putin", "name"),
    ("d04_beslan", "Putin", [1], "OFFICIAL", None, "Vladimir Putin", "surname"),
    ("d04_beslan", "Alexander Dzasokhov", [0], "OFFICIAL", None, "Alexander Dzasokhov", "name"),
    ("d04_beslan", "Shamil Basayev", [0], "OFFICIAL", None, "Shamil Basayev", "name"),
    ("d04_beslan", "Akhmed Zakayev", [0], "OFFICIAL", None, "Akhmed Zakayev", "name"),  # the rebels' envoy
    ("d04_beslan", "Aslan Maskhadov", [0], "OFFICIAL", None, "Aslan Maskhadov", "name"),
    ("d04_beslan", "Maskhadov", [1], "OFFICIAL", None, "Aslan Maskhadov", "surname"),
    ("d04_beslan", "U.N. Security Council", [0], "ORG", UNSC, "United Nations Security Council", "name"),
    ("d04_beslan", "U.S.", [0], "COUNTRY", USA, "United States", "acronym"),
    ("d04_beslan", "George W. Bush", [0], "OFFICIAL", None, "George W. Bush", "name"),

    # d05_tskhinvali (TBILISI, Tbilisi ×2, Moscow ×2 (seats of government), South Ossetia ×4 and
    # `South Ossetian` (a breakaway region), Tskhinvali ×2, Vaziani ×2, Poti, the Black Sea, the Roki
    # tunnel, Beijing, Vladikavkaz, the Olympic Games, the Interior Ministry not tagged)
    ("d05_tskhinvali", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d05_tskhinvali", "Russian", "all", "COUNTRY", RUSSIA, "Russia", "demonym"),  # tanks, jets, aircraft ×2, FM
    ("d05_tskhinvali", "Georgia", "all", "COUNTRY", GEORGIA, "Georgia", "name"),  # Georgia's ×1, Georgia ×2
    ("d05_tskhinvali", "Mikheil Saakashvili", [0], "OFFICIAL", None, "Mikheil Saakashvili", "name"),
    ("d05_tskhinvali", "Georgian", "all", "COUNTRY", GEORGIA, "Georgia", "demonym"),
    ("d05_tskhinvali", "Russia", "all", "COUNTRY", RUSSIA, "Russia", "name"),  # Russia, (quote), Russia's, Russia
    ("d05_tskhinvali", "Eduard Kokoity", [0], "OFFICIAL", None, "Eduard Kokoity", "name"),  # separatist leader
    ("d05_tskhinvali", "Shota Utiashvili", [0], "OFFICIAL", None, "Shota Utiashvili", "name"),  # a spokesman
    ("d05_tskhinvali", "Saakashvili", [1], "OFFICIAL", None, "Mikheil Saakashvili", "surname"),
    ("d05_tskhinvali", "58th Army", [0], "ORG", None, "58th Army", "name"),
    ("d05_tskhinvali", "Dmitry Medvedev", [0], "OFFICIAL", None, "Dmitry Medvedev", "name"),
    ("d05_tskhinvali", "Vladimir Putin", [0], "OFFICIAL", None, "Vladimir Putin", "name"),
    ("d05_tskhinvali", "Sergei Lavrov", [0], "OFFICIAL", None, "Sergei Lavrov", "name"),
    ("d05_tskhinvali", "U.N. Security Council", [0], "ORG", UNSC, "United Nations Security Council", "name"),
    ("d05_tskhinvali", "U.S.", [0], "COUNTRY", USA, "United States", "acronym"),
    ("d05_tskhinvali", "Condoleezza Rice", [0], "OFFICIAL", None, "Condoleezza Rice", "name"),
    ("d05_tskhinvali", "European Union", [0], "ORG", EU, "European Union", "name"),
    ("d05_tskhinvali", "Organization for Security and Co-operation in Europe", [0], "ORG", None,
     "Organization for Security and Co-operation in Europe", "name"),
    ("d05_tskhinvali", "OSCE", [0], "ORG", None, "Organization for Security and Co-operation in Europe", "acronym"),
    ("d05_tskhinvali", "French", [0], "COUNTRY", FRANCE, "France", "demonym"),
    ("d05_tskhinvali", "Bernard Kouchner", [0], "OFFICIAL", None, "Bernard Kouchner", "name"),
    ("d05_tskhinvali", "EU", [0], "ORG", EU, "European Union", "acronym"),
    ("d05_tskhinvali", "NATO", [0], "ORG", NATO, "NATO", "acronym"),

    # d06_timbuktu (BAMAKO, `Tuareg` (a people), Azawad ×2 (the proclaimed, unrecognised state), Kidal,
    # Gao ×2, Timbuktu ×2, `Western`, the Sahara, Paris, the Algerian consulate, the Foreign Ministry,
    # `the junta` not tagged; the `West Africa(n)` inside MUJAO's and ECOWAS's names is part of them)
    ("d06_timbuktu", "AFP", "all", "ORG", AFP, "Agence France-Presse", "acronym"),  # dateline, `told AFP`
    ("d06_timbuktu", "National Movement for the Liberation of Azawad", [0], "GROUP", None,
     "National Movement for the Liberation of Azawad", "name"),
    ("d06_timbuktu", "MNLA", "all", "GROUP", None, "National Movement for the Liberation of Azawad", "acronym"),
    ("d06_timbuktu", "Mali", "all", "COUNTRY", MALI, "Mali", "name"),  # northern Mali, integrity of Mali
    ("d06_timbuktu", "Bilal Ag Acherif", [0], "OFFICIAL", None, "Bilal Ag Acherif", "name"),
    ("d06_timbuktu", "African Union", [0], "ORG", AU, "African Union", "name"),
    ("d06_timbuktu", "France", [0], "COUNTRY", FRANCE, "France", "name"),
    ("d06_timbuktu", "Ansar Dine", "all", "GROUP", None, "Ansar Dine", "name"),  # the second in a quotation
    ("d06_timbuktu", "Iyad Ag Ghaly", [0], "OFFICIAL", None, "Iyad Ag Ghaly", "name"),
    ("d06_timbuktu", "al Qaeda in the Islamic Maghreb", [0], "GROUP", None, "Al-Qaeda in the Islamic Maghreb",
     "name"),
    ("d06_timbuktu", "AQIM", "all", "GROUP", None, "Al-Qaeda in the Islamic Maghreb", "acronym"),
    ("d06_timbuktu", "Mokhtar Belmokhtar", [0], "OFFICIAL", None, "Mokhtar Belmokhtar", "name"),
    ("d06_timbuktu", "Abou Zeid", [0], "OFFICIAL", None, "Abdelhamid Abou Zeid", "name"),
    ("d06_timbuktu", "Moussa Ag Assarid", [0], "OFFICIAL", None, "Moussa Ag Assarid", "name"),  # MNLA spokesman
    ("d06_timbuktu", "Movement for Oneness and Jihad in West Africa", [0], "GROUP", None,
     "Movement for Oneness and Jihad in West Africa", "name"),
    ("d06_timbuktu", "MUJAO", [0], "GROUP", None, "Movement for Oneness and Jihad in West Africa", "acronym"),
    ("d06_timbuktu", "Algerian", "all", "COUNTRY", ALGERIA, "Algeria", "demonym"),  # consulate, Foreign Ministry
    ("d06_timbuktu", "Malian", [0], "COUNTRY", MALI, "Mali", "demonym"),
    ("d06_timbuktu", "Amadou Sanogo", [0], "OFFICIAL", None, "Amadou Sanogo", "name"),  # the junta's leader
    ("d06_timbuktu", "Amadou Toumani Toure", [0], "OFFICIAL", None, "Amadou Toumani Tour\u00e9", "name"),
    ("d06_timbuktu", "U.N.", [0], "ORG", UN, "United Nations", "acronym"),
    ("d06_timbuktu", "UNHCR", [0], "ORG", None, "United Nations High Commissioner for Refugees", "acronym"),
    ("d06_timbuktu", "Economic Community of West African States", [0], "ORG", None,
     "Economic Community of West African States", "name"),
    ("d06_timbuktu", "ECOWAS", "all", "ORG", None, "Economic Community of West African States", "acronym"),
    ("d06_timbuktu", "Ivorian", [0], "COUNTRY", IVORY_COAST, "C\u00f4te d'Ivoire", "demonym"),
    ("d06_timbuktu", "Alassane Ouattara", [0], "OFFICIAL", None, "Alassane Ouattara", "name"),
    ("d06_timbuktu", "French", [0], "COUNTRY", FRANCE, "France", "demonym"),
    ("d06_timbuktu", "Alain Juppe", [0], "OFFICIAL", None, "Alain Jupp\u00e9", "name"),
    ("d06_timbuktu", "Blaise Compaore", [0], "OFFICIAL", None, "Blaise Compaor\u00e9", "name"),
    ("d06_timbuktu", "Burkina Faso", [0], "COUNTRY", BURKINA_FASO, "Burkina Faso", "name"),

    # d07_westgate (NAIROBI, Nairobi, Westgate ×2, the Kenya Red Cross (an NGO: its `Kenya` is part of
    # that name), the shopper Priya Shah, Kenyatta's relatives, `the Prophet` not tagged; the `Kenya`
    # inside the KDF's name is not tagged separately; `Ali Dhere` is the spokesman's other name)
    ("d07_westgate", "Kenyan", "all", "COUNTRY", KENYA, "Kenya", "demonym"),  # headline, forces, troops
    ("d07_westgate", "al-Shabaab", [0], "GROUP", None, "Al-Shabaab", "name"),
    ("d07_westgate", "Joseph Ole Lenku", [0], "OFFICIAL", None, "Joseph Ole Lenku", "name"),
    ("d07_westgate", "Uhuru Kenyatta", [0], "OFFICIAL", None, "Uhuru Kenyatta", "name"),
    ("d07_westgate", "Kenya", [1, 2, 3], "COUNTRY", KENYA, "Kenya", "name"),  # Kenya had, Kenya's, (quote)
    ("d07_westgate", "Britain", [0], "COUNTRY", UK, "United Kingdom", "name"),
    ("d07_westgate", "Britons", [0], "COUNTRY", UK, "United Kingdom", "demonym"),
    ("d07_westgate", "Canada", [0], "COUNTRY", CANADA, "Canada", "name"),
    ("d07_westgate", "Al-Shabaab", [0], "GROUP", None, "Al-Shabaab", "name"),
    ("d07_westgate", "Somali", [0], "COUNTRY", SOMALIA, "Somalia", "demonym"),  # the Somali Islamist group
    ("d07_westgate", "al Qaeda", [0], "GROUP", None, "Al-Qaeda", "name"),
    ("d07_westgate", "Somalia", [0], "COUNTRY", SOMALIA, "Somalia", "name"),
    ("d07_westgate", "African Union", [0], "ORG", AU, "African Union", "name"),
    ("d07_westgate", "AMISOM", [0], "ORG", None, "African Union Mission to Somalia", "acronym"),
    ("d07_westgate", "Ali Mohamud Rage", [0], "OFFICIAL", None, "Ali Mohamud Rage", "name"),  # `Sheikh` outside
    ("d07_westgate", "Rage", [1], "OFFICIAL", None, "Ali Mohamud Rage", "surname"),
    ("d07_westgate", "Ali Dhere", "all", "OFFICIAL", None, "Ali Mohamud Rage", "alias"),
    ("d07_westgate", "Kenya Defence Forces", [0], "ORG", None, "Kenya Defence Forces", "name"),
    ("d07_westgate", "KDF", [0], "ORG", None, "Kenya Defence Forces", "acronym"),
    ("d07_westgate", "Julius Karangi", [0], "OFFICIAL", None, "Julius Karangi", "name"),

    # d08_peshawar (press release; Rawalpindi, Peshawar ×5, Warsak Road, the Army Public School, the
    # Combined Military Hospital and Lady Reading Hospital, Kabul, North Waziristan ×2, Khyber
    # Pakhtunkhwa, the Governor House, Operation Zarb-e-Azb, `the army`, `the COAS` ×2 (a title) not
    # tagged; the `Pakistan` inside TTP's name and the Pakistan Army's is not tagged separately)
    ("d08_peshawar", "INTER SERVICES PUBLIC RELATIONS", [0], "ORG", None, "Inter-Services Public Relations", "name"),
    ("d08_peshawar", "Special Services Group", [0], "ORG", None, "Special Service Group", "name"),
    ("d08_peshawar", "SSG", "all", "ORG", None, "Special Service Group", "acronym"),  # (SSG), SSG personnel
    ("d08_peshawar", "ISPR", [0], "ORG", None, "Inter-Services Public Relations", "acronym"),
    ("d08_peshawar", "Raheel Sharif", [0], "OFFICIAL", None, "Raheel Sharif", "name"),
    ("d08_peshawar", "Tehreek-e-Taliban Pakistan", [0], "GROUP", None, "Tehrik-i-Taliban Pakistan", "name"),
    ("d08_peshawar", "TTP", "all", "GROUP", None, "Tehrik-i-Taliban Pakistan", "acronym"),
    ("d08_peshawar", "Muhammad Umar Khorasani", [0], "OFFICIAL", None, "Muhammad Umar Khorasani", "name"),
    ("d08_peshawar", "Ashraf Ghani", [0], "OFFICIAL", None, "Ashraf Ghani", "name"),
    ("d08_peshawar", "International Security Assistance Force", [0], "ORG", None,
     "International Security Assistance Force", "name"),
    ("d08_peshawar", "ISAF", [0], "ORG", None, "International Security Assistance Force", "acronym"),
    ("d08_peshawar", "John Campbell", [0], "OFFICIAL", None, "John F. Campbell", "name"),
    ("d08_peshawar", "Afghan", [0], "COUNTRY", AFGHANISTAN, "Afghanistan", "demonym"),  # Afghan soil
    ("d08_peshawar", "Fazlullah", [0], "OFFICIAL", None, "Maulana Fazlullah", "name"),  # `Mullah` outside
    ("d08_peshawar", "Muhammad Nawaz Sharif", [0], "OFFICIAL", None, "Nawaz Sharif", "name"),
    ("d08_peshawar", "Pervez Khattak", [0], "OFFICIAL", None, "Pervez Khattak", "name"),
    ("d08_peshawar", "Hidayat ur Rehman", [0], "OFFICIAL", None, "Hidayat ur Rehman", "name"),  # corps commander
    ("d08_peshawar", "Pakistan Army", [0], "ORG", None, "Pakistan Army", "name"),
    ("d08_peshawar", "United Nations", [0], "ORG", UN, "United Nations", "name"),
    ("d08_peshawar", "Ban Ki-moon", [0], "OFFICIAL", None, "Ban Ki-moon", "name"),
    ("d08_peshawar", "Indian", [0], "COUNTRY", INDIA, "India", "demonym"),
    ("d08_peshawar", "Narendra Modi", [0], "OFFICIAL", None, "Narendra Modi", "name"),
]

# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# --------------------------------------------------------------------------------------------
DATES = [
    # d01_freetown, document date 1999-01-11 (Monday, 1999-W02). `300` (headline), `2,000` are not
    # dates
    ("d01_freetown", "JAN 11", 0, "DATE", "1999-01-11", "document"),
    ("d01_freetown", "MONDAY", 0, "DATE", "1999-01-11", "document"),
    ("d01_freetown", "SIX DAYS", 0, "DURATION", "P6D", "absolute"),
    ("d01_freetown", "DAWN", 0, "TIME", "1999-01-06TMO", "document"),  # BEFORE DAWN LAST WEDNESDAY (blind19)
    ("d01_freetown", "LAST WEDNESDAY", 0, "DATE", "1999-01-06", "document"),
    ("d01_freetown", "WEDNESDAY", 1, "DATE", "1999-01-06", "document"),  # SINCE WEDNESDAY
    ("d01_freetown", "SATURDAY", 0, "DATE", "1999-01-09", "document"),  # SINCE SATURDAY
    ("d01_freetown", "SATURDAY", 1, "DATE", "1999-01-09", "document"),  # SEIZED ... ON SATURDAY
    ("d01_freetown", "SUNDAY", 0, "DATE", "1999-01-10", "document"),
    ("d01_freetown", "OCTOBER", 0, "DATE", "1998-10", "document"),  # sentenced in October 1998
    ("d01_freetown", "FRIDAY", 0, "DATE", "1999-01-08", "document"),

    # d02_dili, document date 1999-09-21 (Tuesday, 1999-W38): a daily paper, `yesterday` = Monday
    # 20 September. `78.5 per cent` is not a date
    ("d02_dili", "yesterday morning", 0, "TIME", "1999-09-20TMO", "document"),
    ("d02_dili", "16 days", 0, "DURATION", "P16D", "absolute"),  # 16 days after: the length only
    ("d02_dili", "last night", 0, "TIME", "1999-09-20TNI", "document"),  # by last night
    ("d02_dili", "4 September", 0, "DATE", "1999-09-04", "document"),
    ("d02_dili", "30 August", 0, "DATE", "1999-08-30", "document"),
    ("d02_dili", "yesterday", 1, "DATE", "1999-09-20", "document"),  # 0 is inside `yesterday morning`
    ("d02_dili", "12 September", 0, "DATE", "1999-09-12", "document"),
    ("d02_dili", "a week", 0, "DURATION", "P1W", "absolute"),  # within a week
    ("d02_dili", "7 September", 0, "DATE", "1999-09-07", "document"),
    ("d02_dili", "many months", 0, "DURATION", "PXM", "absolute"),  # in a quotation
    ("d02_dili", "Thursday", 0, "DATE", "1999-09-23", "document"),

    # d03_mangalsen, no input date; byline `19 February 2002` (Tuesday, 2002-W08)
    ("d03_mangalsen", "19 February 2002", 0, "DATE", "2002-02-19", "absolute"),
    ("d03_mangalsen", "dawn", 0, "TIME", "2002-02-17TMO", "document"),  # before dawn on Sunday
    ("d03_mangalsen", "Sunday", 0, "DATE", "2002-02-17", "document"),
    ("d03_mangalsen", "yesterday", 0, "DATE", "2002-02-18", "document"),
    ("d03_mangalsen", "about 11 p.m.", 0, "TIME", "2002-02-16T23:00", "document"),  # on Saturday
    ("d03_mangalsen", "Saturday", 0, "DATE", "2002-02-16", "document"),
    ("d03_mangalsen", "about six hours", 0, "DURATION", "PT6H", "absolute"),
    ("d03_mangalsen", "1996", 0, "DATE", "1996", "absolute"),  # since 1996
    ("d03_mangalsen", "four-month", 0, "DURATION", "P4M", "absolute"),
    ("d03_mangalsen", "November", 0, "DATE", "2001-11", "document"),
    ("d03_mangalsen", "three days", 0, "DURATION", "P3D", "absolute"),  # three days later: the length only
    ("d03_mangalsen", "last June", 0, "DATE", "2001-06", "document"),
    ("d03_mangalsen", "Monday", 0, "DATE", "2002-02-18", "document"),
    ("d03_mangalsen", "last month", 0, "DATE", "2002-01", "document"),
    ("d03_mangalsen", "six-year", 0, "DURATION", "P6Y", "absolute"),

    # d04_beslan, document date 2004-09-04 (Saturday, 2004-W36). `School No. 1`, `41` (an age) and
    # `later` are not tagged
    ("d04_beslan", "Saturday", 0, "DATE", "2004-09-04", "document"),
    ("d04_beslan", "three-day", 0, "DURATION", "P3D", "absolute"),
    ("d04_beslan", "Wednesday morning", 0, "TIME", "2004-09-01TMO", "document"),
    ("d04_beslan", "Thursday", 0, "DATE", "2004-09-02", "document"),
    ("d04_beslan", "Friday", 0, "DATE", "2004-09-03", "document"),
    ("d04_beslan", "1 p.m.", 0, "TIME", "2004-09-03T13:00", "document"),  # `shortly after` is a signal
    ("d04_beslan", "dawn", 0, "TIME", "2004-09-04TMO", "document"),  # before dawn Saturday
    ("d04_beslan", "Saturday", 1, "DATE", "2004-09-04", "document"),
    ("d04_beslan", "two days", 0, "DURATION", "P2D", "absolute"),  # two days of mourning
    ("d04_beslan", "late Friday", 0, "DATE", "2004-09-03", "document"),

    # d05_tskhinvali, document date 2008-08-09 (Saturday, 2008-W32). `58th`, `third time` are not dates
    ("d05_tskhinvali", "Aug 9", 0, "DATE", "2008-08-09", "document"),
    ("d05_tskhinvali", "Saturday", 0, "DATE", "2008-08-09", "document"),
    ("d05_tskhinvali", "late Thursday", 0, "DATE", "2008-08-07", "document"),
    ("d05_tskhinvali", "1992", 0, "DATE", "1992", "absolute"),  # a 1992 ceasefire deal
    ("d05_tskhinvali", "24 hours", 0, "DURATION", "PT24H", "absolute"),  # in 24 hours
    ("d05_tskhinvali", "Sunday", 0, "DATE", "2008-08-10", "document"),

    # d06_timbuktu, document date 2012-04-06 (Friday, 2012-W14)
    ("d06_timbuktu", "April 6", 0, "DATE", "2012-04-06", "document"),
    ("d06_timbuktu", "Friday", 0, "DATE", "2012-04-06", "document"),
    ("d06_timbuktu", "a week", 0, "DURATION", "P1W", "absolute"),  # a week after: the length only
    ("d06_timbuktu", "Sunday", 0, "DATE", "2012-04-01", "document"),
    ("d06_timbuktu", "Monday", 0, "DATE", "2012-04-02", "document"),  # by Monday
    ("d06_timbuktu", "Thursday", 0, "DATE", "2012-04-05", "document"),
    ("d06_timbuktu", "March 22", 0, "DATE", "2012-03-22", "document"),
    ("d06_timbuktu", "days", 0, "DURATION", "PXD", "absolute"),  # within days (blind19's `for days`)

    # d07_westgate, document date 2013-09-23 (Monday, 2013-W39). `34` is an age
    ("d07_westgate", "Sept 23", 0, "DATE", "2013-09-23", "document"),
    ("d07_westgate", "Monday", 0, "DATE", "2013-09-23", "document"),
    ("d07_westgate", "two days", 0, "DURATION", "P2D", "absolute"),  # two days after: the length only
    ("d07_westgate", "noon", 0, "TIME", "2013-09-21T12:00", "document"),  # `shortly after` is a signal
    ("d07_westgate", "Saturday", 0, "DATE", "2013-09-21", "document"),
    ("d07_westgate", "six hours", 0, "DURATION", "PT6H", "absolute"),
    ("d07_westgate", "Sunday night", 0, "TIME", "2013-09-22TNI", "document"),
    ("d07_westgate", "October 2011", 0, "DATE", "2011-10", "absolute"),

    # d08_peshawar, document date 2014-12-16 (Tuesday, 2014-W51), the release's own date. Not dates:
    # `PR No. 421/2014` (a release number)
    ("d08_peshawar", "December 16, 2014", 0, "DATE", "2014-12-16", "absolute"),
    ("d08_peshawar", "about 1030 hours", 0, "TIME", "2014-12-16T10:30", "document"),
    ("d08_peshawar", "15 minutes", 0, "DURATION", "PT15M", "absolute"),  # within 15 minutes
    ("d08_peshawar", "about eight hours", 0, "DURATION", "PT8H", "absolute"),
    ("d08_peshawar", "tomorrow", 0, "DATE", "2014-12-17", "document"),
    ("d08_peshawar", "this evening", 0, "TIME", "2014-12-16TEV", "document"),
    ("d08_peshawar", "three days", 0, "DURATION", "P3D", "absolute"),  # three days of national mourning
    ("d08_peshawar", "15 June", 0, "DATE", "2014-06-15", "document"),
]

# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, surface, occurrence, label, min, max, approximate, negated, victims)
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    # d01_freetown (`THOUSANDS OF RESIDENTS FLED`, `ABOUT 2,000 FIGHTERS`, `THOSE WHO BURN CHILDREN`
    # and `FIGHT TO THE LAST MAN` (no count), `SENTENCED TO DEATH` (a sentence, not a death) are not
    # casualties)
    ("d01_freetown", "DEATH TOLL PASSES 300", 0, "KILLED", 300, None, False, False, None),  # headline: > 300
    ("d01_freetown", "KILLED AT LEAST 300 CIVILIANS", 0, "KILLED", 300, None, False, False, "CIVILIANS"),
    ("d01_freetown", "11 NIGERIAN SOLDIERS HAD BEEN KILLED", 0, "KILLED", 11, 11, False, False, "NIGERIAN SOLDIERS"),
    ("d01_freetown", "ABOUT 40 WOUNDED", 0, "INJURED", 40, 40, True, False, None),
    ("d01_freetown", "MORE THAN 150 WOUNDED CIVILIANS", 0, "INJURED", 150, None, False, False, "CIVILIANS"),
    ("d01_freetown", "SEVERAL OF ITS VOLUNTEERS WERE MISSING", 0, "MISSING", 3, 9, True, False, "VOLUNTEERS"),
    ("d01_freetown", "ABDUCTED DOZENS OF CHILDREN", 0, "KIDNAPPED", 24, 99, True, False, "CHILDREN"),
    # a named person seized counts 1 (blind19's `CERPA WAS AMONG THE DEAD`)
    ("d01_freetown", "JOSEPH GANDA, WAS SEIZED", 0, "KIDNAPPED", 1, 1, False, False, "JOSEPH GANDA"),

    # d02_dili (`More than 200,000 have fled`, `about 1,500 troops`, `without a shot being fired` and
    # `They burned everything` are not casualties)
    ("d02_dili", "hundreds of people were killed", 0, "KILLED", 200, 999, True, False, "people"),
    ("d02_dili", "14 of its local staff were missing", 0, "MISSING", 14, 14, False, False, "local staff"),
    ("d02_dili", "two had been found dead", 0, "KILLED", 2, 2, False, False, None),
    ("d02_dili", "An Australian soldier was slightly injured", 0, "INJURED", 1, 1, False, False, "Australian soldier"),

    # d03_mangalsen (`as many as 3,000 guerrillas` (attackers), the `palace massacre` and `summary
    # executions` (no count) are not casualties; `among them 57 policemen and 48 soldiers` are parts of
    # the total of 129, one statement)
    ("d03_mangalsen", "killing scores", 0, "KILLED", 40, 99, True, False, None),  # headline
    ("d03_mangalsen", "killing at least 129 people", 0, "KILLED", 129, None, False, False, "people"),
    # an enumeration: the manager + two of his staff = 3
    ("d03_mangalsen", "abducted the bank\u2019s manager and two of his staff", 0, "KIDNAPPED", 3, 3, False, False,
     "bank\u2019s manager and two of his staff"),
    ("d03_mangalsen", "killed five policemen", 0, "KILLED", 5, 5, False, False, "policemen"),
    ("d03_mangalsen", "23 policemen were still missing", 0, "MISSING", 23, 23, False, False, "policemen"),
    ("d03_mangalsen", "about 60 people had been wounded", 0, "INJURED", 60, 60, True, False, "people"),
    ("d03_mangalsen", "cost more than 2,500 lives", 0, "KILLED", 2500, None, False, False, None),

    # d04_beslan (`three captured` (attackers arrested), `visited the wounded` (no count) and the
    # daughter `not on any list` (no count) are not casualties; `155 of them children` is part of its
    # total)
    ("d04_beslan", "More than 300 dead", 0, "KILLED", 300, None, False, False, None),  # headline
    ("d04_beslan", "at least 322 people, 155 of them children, were killed", 0, "KILLED", 322, None, False, False,
     "people"),
    ("d04_beslan", "More than 700 people were wounded", 0, "INJURED", 700, None, False, False, "people"),
    ("d04_beslan", "about 200 hostages remained unaccounted for", 0, "MISSING", 200, 200, True, False, "hostages"),
    ("d04_beslan", "26 of the 32 attackers had been killed", 0, "KILLED", 26, 26, False, False, "attackers"),
    ("d04_beslan", "taking more than 1,100 pupils, parents and teachers hostage", 0, "KIDNAPPED", 1100, None, False,
     False, "pupils, parents and teachers"),
    # hostages freed: KIDNAPPED with the count freed (blind19's `FREEING 71 HOSTAGES`)
    ("d04_beslan", "secured the release of 26 hostages", 0, "KIDNAPPED", 26, 26, False, False, "hostages"),

    # d05_tskhinvali (the bombing of targets and bases with no count of people is not a casualty)
    ("d05_tskhinvali", "12 of its peacekeepers had been killed", 0, "KILLED", 12, 12, False, False, "peacekeepers"),
    ("d05_tskhinvali", "more than 150 wounded", 0, "INJURED", 150, None, False, False, None),
    ("d05_tskhinvali", "about 1,400 civilians had died", 0, "KILLED", 1400, 1400, True, False, "civilians"),
    ("d05_tskhinvali", "30 Georgian soldiers had been killed", 0, "KILLED", 30, 30, False, False, "Georgian soldiers"),
    ("d05_tskhinvali", "dozens wounded", 0, "INJURED", 24, 99, True, False, None),
    ("d05_tskhinvali", "no one was hurt", 0, "INJURED", 0, 0, False, True, None),

    # d06_timbuktu (`More than 200,000 people have fled` is displacement, not a casualty)
    ("d06_timbuktu", "holding at least 13 Western hostages", 0, "KIDNAPPED", 13, None, False, False,
     "Western hostages"),
    ("d06_timbuktu", "At least 11 people were killed", 0, "KILLED", 11, None, False, False, "people"),
    # an enumeration: the consul + six of his staff = 7
    ("d06_timbuktu", "kidnapped the consul and six of his staff", 0, "KIDNAPPED", 7, 7, False, False,
     "consul and six of his staff"),

    # d07_westgate (`rescued most of the remaining hostages` and `Most of the hostages have been
    # evacuated` give no count; `firing at anyone who moved` gives none either)
    ("d07_westgate", "killing at least 62 people", 0, "KILLED", 62, None, False, False, "people"),
    ("d07_westgate", "three of the attackers had been killed", 0, "KILLED", 3, 3, False, False, "attackers"),
    ("d07_westgate", "11 soldiers wounded", 0, "INJURED", 11, 11, False, False, "soldiers"),
    ("d07_westgate", "175 people had been injured", 0, "INJURED", 175, 175, False, False, "people"),
    ("d07_westgate", "63 people reported missing", 0, "MISSING", 63, 63, False, False, "people"),
    # an enumeration of two named relatives among the dead (a statement of its own, blind19's Cerpa)
    ("d07_westgate", "nephew and his fiancee were among the dead", 0, "KILLED", 2, 2, False, False,
     "nephew and his fiancee"),
    ("d07_westgate", "at least three Britons had been killed", 0, "KILLED", 3, None, False, False, "Britons"),
    ("d07_westgate", "one of its diplomats was among the dead", 0, "KILLED", 1, 1, False, False, "diplomats"),

    # d08_peshawar (`Seven terrorists attacked` (attackers), `Some 960 students and staff were evacuated
    # safely` are not casualties; `including 132 children` and `including two officers` are parts of
    # their totals)
    ("d08_peshawar", "All seven terrorists, wearing suicide vests, were killed", 0, "KILLED", 7, 7, False, False,
     "terrorists"),
    ("d08_peshawar", "martyrdom of 141 persons", 0, "KILLED", 141, 141, False, False, "persons"),
    ("d08_peshawar", "Another 124 persons, mostly students, were injured", 0, "INJURED", 124, 124, False, False,
     "persons"),
    ("d08_peshawar", "Seven SSG personnel, including two officers, were also injured", 0, "INJURED", 7, 7, False,
     False, "SSG personnel"),
]


# --------------------------------------------------------------------------------------------
# QUOTES: (doc, exact quotation with its marks, occurrence, closed, (speaker surface, occurrence
# or None for the nearest), speaker entity or None, (cue surface, occurrence or None))
# --------------------------------------------------------------------------------------------
def off(name):
    return (None, name, "officials")


QUOTES = [
    # d01_freetown (ALL CAPS, straight double quotes; `"SAFE ZONE"` is a term in scare quotes that
    # nobody is reported as saying: not a quotation)
    ("d01_freetown", "\"WE HAVE CLEARED THE CITY CENTRE AND STATE HOUSE IS SECURE,\"", 0, True,
     ("CHRIS OLUKOLADE", 0), off("Chris Olukolade"), ("TOLD", 0)),
    ("d01_freetown", "\"THE REBELS ARE RUNNING TOWARDS THE HILLS, AND WE ARE BEHIND THEM.\"", 0, True,
     ("CHRIS OLUKOLADE", 0), off("Chris Olukolade"), ("TOLD", 0)),
    ("d01_freetown", "\"A CRIME AGAINST EVERY SIERRA LEONEAN\"", 0, True, ("AHMAD TEJAN KABBAH", 0),
     off("Ahmad Tejan Kabbah"), ("CALLED", 0)),
    # `AND SAID HE WOULD NOT …`: the subject of SAID is Kabbah; `HE` belongs to the reported clause
    ("d01_freetown", "\"THOSE WHO BURN CHILDREN.\"", 0, True, ("AHMAD TEJAN KABBAH", 0), off("Ahmad Tejan Kabbah"),
     ("SAID", None)),
    ("d01_freetown", "\"FIGHT TO THE LAST MAN\"", 0, True, ("SAM BOCKARIE", 0), off("Sam Bockarie"), ("TOLD", 1)),
    ("d01_freetown", "\"FOR AS LONG AS IT TAKES.\"", 0, True, ("ABDULSALAMI ABUBAKAR", 0),
     off("Abdulsalami Abubakar"), ("SAID", None)),

    # d02_dili (curly double quotes; British punctuation outside a partial quotation)
    ("d02_dili", "\u201cWe are here to restore peace and security, and we will do it firmly,\u201d", 0, True,
     ("he", None), off("Peter Cosgrove"), ("said", None)),
    ("d02_dili", "\u201cAnyone who points a weapon at my soldiers will regret it.\u201d", 0, True, ("he", None),
     off("Peter Cosgrove"), ("said", None)),  # the attribution between the two parts
    ("d02_dili", "\u201cin an orderly manner\u201d", 0, True, ("Wiranto", 0), off("Wiranto"), ("said", None)),
    ("d02_dili", "\u201cDo not give the militias the war they want,\u201d", 0, True, ("he", None),
     off("Xanana Gusm\u00e3o"), ("said", None)),  # read out by an aide: the words are his
    ("d02_dili", "\u201cmany months\u201d", 0, True, ("John Howard", 0), off("John Howard"), ("told", 0)),
    ("d02_dili", "\u201cThey burned everything, even the church,\u201d", 0, True, ("Maria Soares", 0), None,
     ("said", None)),

    # d03_mangalsen (curly double quotes and curly apostrophes; a speaker named two ways)
    ("d03_mangalsen", "\u201ca fitting reply to the royal army\u2019s terror\u201d", 0, True, ("Pushpa Kamal Dahal", 0),
     off("Pushpa Kamal Dahal"), ("said", None)),
    ("d03_mangalsen", "\u201cThe old regime cannot protect itself with helicopters,\u201d", 0, True, ("Prachanda", 0),
     off("Pushpa Kamal Dahal"), ("said", None)),
    ("d03_mangalsen", "\u201cIts days are numbered.\u201d", 0, True, ("Prachanda", 0), off("Pushpa Kamal Dahal"),
     ("said", None)),

    # d04_beslan (straight double quotes; American punctuation inside)
    ("d04_beslan", "\"We did not plan an assault. It was the explosions that forced our hand,\"", 0, True,
     ("Nikolai Patrushev", 0), off("Nikolai Patrushev"), ("told", 0)),
    ("d04_beslan", "\"We showed weakness, and the weak are beaten,\"", 0, True, ("Putin", 1), off("Vladimir Putin"),
     ("said", None)),
    ("d04_beslan", "\"had nothing to do with this crime\"", 0, True, ("Akhmed Zakayev", 0), off("Akhmed Zakayev"),
     ("said", None)),
    ("d04_beslan", "\"another reminder of the lengths to which terrorists will go.\"", 0, True,
     ("George W. Bush", 0), off("George W. Bush"), ("called", 0)),
    ("d04_beslan", "\"My daughter is not on any list,\"", 0, True, ("Zalina Gagieva", 0), None, ("said", None)),
    ("d04_beslan", "\"Nobody can tell me where she is.\"", 0, True, ("Zalina Gagieva", 0), None, ("said", None)),

    # d05_tskhinvali (straight double, curly double and curly single quotes in one story)
    ("d05_tskhinvali", "\"under full-scale military invasion.\"", 0, True, ("Mikheil Saakashvili", 0),
     off("Mikheil Saakashvili"), ("said", None)),
    ("d05_tskhinvali", "\u201cRussia has started a war on Georgian territory,\u201d", 0, True, ("Saakashvili", 1),
     off("Mikheil Saakashvili"), ("said", 5)),  # 4 (`he said`) ends the paragraph before
    ("d05_tskhinvali", "\u201cWe will not give up.\u201d", 0, True, ("Saakashvili", 1), off("Mikheil Saakashvili"),
     ("said", 5)),
    ("d05_tskhinvali", "\"protect the lives and dignity of our citizens, wherever they are.\"", 0, True,
     ("Dmitry Medvedev", 0), off("Dmitry Medvedev"), ("said", None)),
    ("d05_tskhinvali", "\u201cwar has started\u201d", 0, True, ("Vladimir Putin", 0), off("Vladimir Putin"),
     ("said", None)),
    ("d05_tskhinvali", "\u2018ethnic cleansing\u2019", 0, True, ("Sergei Lavrov", 0), off("Sergei Lavrov"),
     ("accused", 0)),
    ("d05_tskhinvali", "\"cease attacks by Russian aircraft and missiles on Georgian territory\"", 0, True,
     ("Condoleezza Rice", 0), off("Condoleezza Rice"), ("called on", 0)),
    # an alliance speaks: tagged as it stands, linked to the organisation (blind19's `France`)
    ("d05_tskhinvali", "\"seriously concerned.\"", 0, True, ("NATO", 0), (NATO, "NATO", "orgs"), ("said", None)),

    # d06_timbuktu (straight double quotes)
    ("d06_timbuktu", "\"We solemnly proclaim the irrevocable independence of the State of Azawad,\"", 0, True,
     ("Bilal Ag Acherif", 0), off("Bilal Ag Acherif"), ("said", None)),
    # an organisation speaks: `rejected … as` attributes the words to the African Union
    ("d06_timbuktu", "\"null and of no value\"", 0, True, ("African Union", 0), (AU, "African Union", "orgs"),
     ("rejected", 0)),
    ("d06_timbuktu", "\"We have nothing to do with Ansar Dine. Our struggle is secular,\"", 0, True,
     ("Moussa Ag Assarid", 0), off("Moussa Ag Assarid"), ("told", 0)),
    ("d06_timbuktu", "\"The territorial integrity of Mali is not negotiable,\"", 0, True, ("Alassane Ouattara", 0),
     off("Alassane Ouattara"), ("said", None)),
    ("d06_timbuktu", "\"a base for terrorism\"", 0, True, ("Alain Juppe", 0), off("Alain Juppe"), ("said", None)),

    # d07_westgate (a headline quotation with no attribution; straight double quotes in the body; a
    # quotation continued into the next paragraph: the first part has no closing mark and is its own,
    # unclosed, quotation; a speaker named two ways)
    ("d07_westgate", "\u2018in control\u2019", 0, True, None, None, None),
    ("d07_westgate", "\"Most of the hostages have been evacuated and we are in control of the building,\"", 0, True,
     ("Joseph Ole Lenku", 0), off("Joseph Ole Lenku"), ("told", 0)),
    ("d07_westgate", "\"They walked through the shop, firing at anyone who moved,\"", 0, True, ("Priya Shah", 0),
     None, ("said", None)),
    ("d07_westgate", "\"I held my girls' mouths shut so they would not cry.", 0, False, ("Priya Shah", 0), None,
     ("said", 3)),
    # the quotation's second paragraph keeps the attribution of its first
    ("d07_westgate", "\"When the soldiers came, I could not believe we were still alive.\"", 0, True,
     ("Priya Shah", 0), None, ("said", 3)),
    ("d07_westgate", "\"faced down such attacks before.\"", 0, True, ("Uhuru Kenyatta", 0), off("Uhuru Kenyatta"),
     ("said", 4)),  # 5 (`Britain said`) follows closer
    ("d07_westgate", "\"Kenya has invaded our land, and we have brought the war to Nairobi,\"", 0, True,
     ("Ali Mohamud Rage", 0), off("Ali Mohamud Rage"), ("said", None)),
    ("d07_westgate", "\"The mujahideen will stay in the mall until the end,\"", 0, True, ("Ali Dhere", 1),
     off("Ali Mohamud Rage"), ("said", None)),
    ("d07_westgate", "\"from different countries.\"", 0, True, ("Julius Karangi", 0), off("Julius Karangi"),
     ("said", None)),

    # d08_peshawar (press release, straight double quotes; the role noun `COAS` is the speaker)
    ("d08_peshawar", "\"These animals have attacked the soft heart of our nation, but they cannot shake our "
     "resolve,\"", 0, True, ("COAS", 0), off("Raheel Sharif"), ("said", None)),
    ("d08_peshawar", "\"We will pursue them and their facilitators till the end.\"", 0, True, ("COAS", 0),
     off("Raheel Sharif"), ("said", None)),
    ("d08_peshawar", "\"because the army targets our families\"", 0, True, ("Muhammad Umar Khorasani", 0),
     off("Muhammad Umar Khorasani"), ("told", 0)),
]

if __name__ == "__main__":
    run("blind20", ENTITIES, DATES, CASUALTIES, QUOTES)
