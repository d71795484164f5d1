#!/usr/bin/env python3
"""Gold annotations for the independent evaluation set blind22.

Texts: tests/fixtures/blind22/news.jsonl (eight original articles written for this set).
Annotated by hand from ../shared/spec/guidelines.md and ../shared/spec/annotations.md only,
without running sitrep on the texts and without looking at the extractors (the table layout
follows scripts/make_blind21_gold.py; the offsets, checks and writer are scripts/goldlib.py).

Each table row names a span by (doc id, surface string, occurrence index). The occurrence index
counts whole-word, case-sensitive occurrences of the surface in the document (0-based; a match
must not be preceded or followed by a letter or digit). The script computes code-point offsets
(`start`/`end`) and UTF-8 byte offsets (`byte_start`/`byte_end`), asserts that every span's text
equals both slices, that spans of one type do not overlap, that every document of news.jsonl is
in every output file, and writes tests/fixtures/gold/blind22.{entity,date,casualty,quote}.jsonl,
one line per document (every document in every file).

Usage: python3 scripts/make_blind22_gold.py [--show]   (--show prints every span in context)
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
EGYPT, JAPAN, SWITZERLAND, UK, GERMANY, USA, INDONESIA, AUSTRALIA = (
    "Q79", "Q17", "Q39", "Q145", "Q183", "Q30", "Q252", "Q408")
UGANDA, SUDAN, MALI, CHAD, SOMALIA, FRANCE, RUSSIA, IVORY_COAST = (
    "Q1036", "Q1049", "Q912", "Q657", "Q1045", "Q142", "Q159", "Q1008")
SOUTH_AFRICA, NIGERIA, KENYA, TANZANIA, ISRAEL, ZAMBIA = ("Q258", "Q1033", "Q114", "Q924", "Q801", "Q953")
UN, UNSC, AU, ECOWAS, UNICEF = ("Q1065", "Q37470", "Q7159", "Q161549", "Q740308")
REUTERS, AP, AFP, FBI = ("Q130879", "Q40469", "Q40464", "Q8333")

ENTITIES = [
    # d01_luxor (ALL CAPS; CAIRO ×2, LUXOR ×3, the NILE, DEIR EL-BAHARI, the TEMPLE OF HATSHEPSUT, the
    # EGYPTIAN MUSEUM (a museum: its `EGYPTIAN` is part of that untagged name), LONDON, TOKYO, the
    # Swiss guide URS BRUNNER (a witness) and `INTERIOR MINISTER` (a title) not tagged. Omar
    # Abdel-Rahman, the group's jailed spiritual leader, is an official: he leads an armed group)
    ("d01_luxor", "EGYPT", "all", "COUNTRY", EGYPT, "Egypt", "name"),  # headline, lead, tourism
    ("d01_luxor", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d01_luxor", "EGYPTIANS", [0], "COUNTRY", EGYPT, "Egypt", "demonym"),
    ("d01_luxor", "JAPANESE", [0], "COUNTRY", JAPAN, "Japan", "demonym"),
    ("d01_luxor", "SWISS", "all", "COUNTRY", SWITZERLAND, "Switzerland", "demonym"),  # guide, PRESIDENT
    ("d01_luxor", "ISLAMIC GROUP", [0], "GROUP", None, "al-Gama'a al-Islamiyya", "name"),
    ("d01_luxor", "GAMAA ISLAMIYA", [0], "GROUP", None, "al-Gama'a al-Islamiyya", "alias"),
    ("d01_luxor", "OMAR ABDEL-RAHMAN", [0], "OFFICIAL", None, "Omar Abdel-Rahman", "name"),  # `SHEIK` outside
    ("d01_luxor", "UNITED STATES", [0], "COUNTRY", USA, "United States", "name"),
    ("d01_luxor", "RIFAI TAHA", [0], "OFFICIAL", None, "Rifai Ahmed Taha", "name"),
    ("d01_luxor", "HOSNI MUBARAK", [0], "OFFICIAL", None, "Hosni Mubarak", "name"),
    ("d01_luxor", "MUBARAK", [1], "OFFICIAL", None, "Hosni Mubarak", "surname"),
    ("d01_luxor", "HASSAN AL-ALFI", [0], "OFFICIAL", None, "Hassan al-Alfi", "name"),
    ("d01_luxor", "HABIB AL-ADLY", [0], "OFFICIAL", None, "Habib al-Adly", "name"),
    ("d01_luxor", "STATE SECURITY INVESTIGATIONS SERVICE", [0], "ORG", None, "State Security Investigations Service",
     "name"),
    ("d01_luxor", "MIDDLE EAST NEWS AGENCY", [0], "ORG", None, "Middle East News Agency", "name"),
    ("d01_luxor", "SWITZERLAND", [0], "COUNTRY", SWITZERLAND, "Switzerland", "name"),
    ("d01_luxor", "ARNOLD KOLLER", [0], "OFFICIAL", None, "Arnold Koller", "name"),
    ("d01_luxor", "JAPAN", [0], "COUNTRY", JAPAN, "Japan", "name"),
    ("d01_luxor", "BRITISH", [0], "COUNTRY", UK, "United Kingdom", "demonym"),
    ("d01_luxor", "ROBIN COOK", [0], "OFFICIAL", None, "Robin Cook", "name"),
    ("d01_luxor", "BRITONS", [0], "COUNTRY", UK, "United Kingdom", "demonym"),
    ("d01_luxor", "GERMAN", [0], "COUNTRY", GERMANY, "Germany", "demonym"),
    ("d01_luxor", "EGYPTIAN", [0], "COUNTRY", EGYPT, "Egypt", "demonym"),  # the driver; 1 is the museum's

    # d02_bali (Jakarta ×2 (headline; a seat of government), Kuta ×2, Paddy’s Bar, the Sari Club ×2,
    # Legian Street, Denpasar, Central Java, Washington, Canberra ×2, London, `Western`, the byline's
    # Helen Marsh not tagged; the `Australian` inside the Australian Federal Police's name is not
    # tagged separately. Abu Bakar Ba’asyir is tagged as the leader of an armed group, the role the
    # text gives him although he denies it)
    ("d02_bali", "Jemaah Islamiyah", "all", "GROUP", None, "Jemaah Islamiyah", "name"),  # headline, lead
    ("d02_bali", "Indonesia", "all", "COUNTRY", INDONESIA, "Indonesia", "name"),  # Indonesia’s, leave Indonesia
    ("d02_bali", "Australian", [0], "COUNTRY", AUSTRALIA, "Australia", "demonym"),  # officials
    ("d02_bali", "United States", [0], "COUNTRY", USA, "United States", "name"),
    ("d02_bali", "Australians", [0], "COUNTRY", AUSTRALIA, "Australia", "demonym"),
    ("d02_bali", "Britons", "all", "COUNTRY", UK, "United Kingdom", "demonym"),
    ("d02_bali", "al-Qaeda", [0], "GROUP", None, "Al-Qaeda", "name"),  # in a quotation
    ("d02_bali", "Matori Abdul Djalil", [0], "OFFICIAL", None, "Matori Abdul Djalil", "name"),
    ("d02_bali", "Susilo Bambang Yudhoyono", [0], "OFFICIAL", None, "Susilo Bambang Yudhoyono", "name"),
    ("d02_bali", "Da\u2019i Bachtiar", [0], "OFFICIAL", None, "Da'i Bachtiar", "name"),
    ("d02_bali", "Australian Federal Police", [0], "ORG", None, "Australian Federal Police", "name"),
    ("d02_bali", "FBI", [0], "ORG", FBI, "Federal Bureau of Investigation", "acronym"),
    ("d02_bali", "Abu Bakar Ba\u2019asyir", [0], "OFFICIAL", None, "Abu Bakar Ba'asyir", "name"),
    ("d02_bali", "Megawati Sukarnoputri", [0], "OFFICIAL", None, "Megawati Sukarnoputri", "name"),
    ("d02_bali", "John Howard", [0], "OFFICIAL", None, "John Howard", "name"),
    ("d02_bali", "Jack Straw", [0], "OFFICIAL", None, "Jack Straw", "name"),
    ("d02_bali", "UN Security Council", [0], "ORG", UNSC, "United Nations Security Council", "name"),

    # d03_barlonyo (no `date` field; Barlonyo ×3, Lira ×6, `the Acholi north`, Kampala (a seat of
    # government), the International Criminal Court (a court), the witness Alice Apio and the byline's
    # Grace Akello not tagged; the `Uganda` inside the UPDF's name is not tagged separately)
    ("d03_barlonyo", "Lord's Resistance Army", [0], "GROUP", None, "Lord's Resistance Army", "name"),
    ("d03_barlonyo", "LRA", "all", "GROUP", None, "Lord's Resistance Army", "acronym"),  # (LRA), The LRA, the LRA
    ("d03_barlonyo", "Shaban Bantariza", [0], "OFFICIAL", None, "Shaban Bantariza", "name"),  # `Major` outside
    ("d03_barlonyo", "Okot Odhiambo", [0], "OFFICIAL", None, "Okot Odhiambo", "name"),
    ("d03_barlonyo", "Uganda People's Defence Force", [0], "ORG", None, "Uganda People's Defence Force", "name"),
    ("d03_barlonyo", "Bantariza", [1], "OFFICIAL", None, "Shaban Bantariza", "surname"),
    ("d03_barlonyo", "Yoweri Museveni", [0], "OFFICIAL", None, "Yoweri Museveni", "name"),
    ("d03_barlonyo", "Amama Mbabazi", [0], "OFFICIAL", None, "Amama Mbabazi", "name"),
    ("d03_barlonyo", "Joseph Kony", [0], "OFFICIAL", None, "Joseph Kony", "name"),
    ("d03_barlonyo", "Uganda", [1], "COUNTRY", UGANDA, "Uganda", "name"),  # northern Uganda; 0 is inside the UPDF
    ("d03_barlonyo", "Sudan", [0], "COUNTRY", SUDAN, "Sudan", "name"),  # southern Sudan (the state's south)
    ("d03_barlonyo", "UN", [0], "ORG", UN, "United Nations", "acronym"),  # the UN's
    ("d03_barlonyo", "Jan Egeland", [0], "OFFICIAL", None, "Jan Egeland", "name"),
    ("d03_barlonyo", "UNICEF", [0], "ORG", UNICEF, "UNICEF", "acronym"),

    # d04_serval (press release; the letterhead's MINISTRY OF DEFENCE and `Ministry of Defence press
    # office` (a ministry), Paris, `Operation Serval` (an operation's name), Mopti, Konna ×2,
    # N’Djamena, the Sahel, `the Chief of the Defence Staff` ×2 (a title), the killed pilot Damien
    # Boiteux (`Lieutenant`, a victim, no commander) and `Boiteux` in the quotation not tagged; the
    # `West Africa` and `Mali` inside MUJAO's and AFISMA's names are not tagged separately)
    ("d04_serval", "Mali", [0, 2, 3], "COUNTRY", MALI, "Mali", "name"),  # title, quote, in Mali; 1 Republic, 4 AFISMA
    ("d04_serval", "Somalia", "all", "COUNTRY", SOMALIA, "Somalia", "name"),  # title, body
    ("d04_serval", "Republic of Mali", [0], "COUNTRY", MALI, "Mali", "name"),
    ("d04_serval", "Dioncounda Traor\u00e9", [0], "OFFICIAL", None, "Dioncounda Traor\u00e9", "name"),
    ("d04_serval", "United Nations Security Council", [0], "ORG", UNSC, "United Nations Security Council", "name"),
    ("d04_serval", "Fran\u00e7ois Hollande", [0], "OFFICIAL", None, "Fran\u00e7ois Hollande", "name"),
    ("d04_serval", "French", "all", "COUNTRY", FRANCE, "France", "demonym"),  # forces ×2, nationals, soldier
    ("d04_serval", "Malian", "all", "COUNTRY", MALI, "Mali", "demonym"),  # troops, forces, army
    ("d04_serval", "Special Operations Command", [0], "ORG", None, "Special Operations Command", "name"),
    ("d04_serval", "Chad", [0], "COUNTRY", CHAD, "Chad", "name"),
    ("d04_serval", "Ansar Dine", "all", "GROUP", None, "Ansar Dine", "name"),
    ("d04_serval", "Al-Qaeda in the Islamic Maghreb", [0], "GROUP", None, "Al-Qaeda in the Islamic Maghreb", "name"),
    ("d04_serval", "AQIM", [0], "GROUP", None, "Al-Qaeda in the Islamic Maghreb", "acronym"),
    ("d04_serval", "Movement for Oneness and Jihad in West Africa", [0], "GROUP", None,
     "Movement for Oneness and Jihad in West Africa", "name"),
    ("d04_serval", "MUJAO", [0], "GROUP", None, "Movement for Oneness and Jihad in West Africa", "acronym"),
    ("d04_serval", "4th Special Forces Helicopter Regiment", [0], "ORG", None,
     "4th Special Forces Helicopter Regiment", "name"),
    ("d04_serval", "Jean-Yves Le Drian", [0], "OFFICIAL", None, "Jean-Yves Le Drian", "name"),
    ("d04_serval", "France", "all", "COUNTRY", FRANCE, "France", "name"),  # quote ×2, France has
    ("d04_serval", "DGSE", [0], "ORG", None, "Directorate-General for External Security", "acronym"),
    ("d04_serval", "al-Shabaab", [0], "GROUP", None, "al-Shabaab", "name"),
    ("d04_serval", "Shabaab", [1], "GROUP", None, "al-Shabaab", "alias"),  # Shabaab fighters; 0 is inside
    ("d04_serval", "\u00c9douard Guillaud", [0], "OFFICIAL", None, "\u00c9douard Guillaud", "name"),
    ("d04_serval", "African-led International Support Mission to Mali", [0], "ORG", None,
     "African-led International Support Mission to Mali", "name"),
    ("d04_serval", "AFISMA", [0], "ORG", None, "African-led International Support Mission to Mali", "acronym"),
    ("d04_serval", "ECOWAS", [0], "ORG", ECOWAS, "Economic Community of West African States", "acronym"),
    ("d04_serval", "Iyad Ag Ghaly", [0], "OFFICIAL", None, "Iyad Ag Ghaly", "name"),
    ("d04_serval", "Thierry Burkhard", [0], "OFFICIAL", None, "Thierry Burkhard", "name"),

    # d05_dubrovka (Moscow ×5, `Chechen` and Chechnya (a republic of Russia, not a state), the House
    # of Culture, Dubrovka Street, `"Nord-Ost"` (a musical), the Kremlin, Hospital No. 13, the State
    # Department, `the city health department`, the witness Natalia Kuznetsova not tagged; Movsar
    # Barayev was born Movsar Salamov: one person, `Salamov` his surname)
    ("d05_dubrovka", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d05_dubrovka", "Russian", [0], "COUNTRY", RUSSIA, "Russia", "demonym"),
    ("d05_dubrovka", "Vladimir Vasilyev", [0], "OFFICIAL", None, "Vladimir Vasilyev", "name"),
    ("d05_dubrovka", "Vasilyev", [1], "OFFICIAL", None, "Vladimir Vasilyev", "surname"),
    ("d05_dubrovka", "Russia", "all", "COUNTRY", RUSSIA, "Russia", "name"),  # demanded that Russia, across Russia
    ("d05_dubrovka", "Movsar Barayev", [0], "OFFICIAL", None, "Movsar Barayev", "name"),
    ("d05_dubrovka", "NTV", [0], "ORG", None, "NTV", "acronym"),
    ("d05_dubrovka", "Movsar Salamov", [0], "OFFICIAL", None, "Movsar Barayev", "name"),  # his birth name
    ("d05_dubrovka", "Salamov", [1], "OFFICIAL", None, "Movsar Barayev", "surname"),  # 0 is inside
    ("d05_dubrovka", "Federal Security Service", [0], "ORG", None, "Federal Security Service", "name"),
    ("d05_dubrovka", "Alpha", [0], "ORG", None, "Alpha Group", "name"),
    ("d05_dubrovka", "Vympel", [0], "ORG", None, "Vympel", "name"),
    ("d05_dubrovka", "FSB", [0], "ORG", None, "Federal Security Service", "acronym"),
    ("d05_dubrovka", "Vladimir Putin", [0], "OFFICIAL", None, "Vladimir Putin", "name"),
    ("d05_dubrovka", "Putin", [1], "OFFICIAL", None, "Vladimir Putin", "surname"),
    ("d05_dubrovka", "Aslan Maskhadov", [0], "OFFICIAL", None, "Aslan Maskhadov", "name"),
    ("d05_dubrovka", "Akhmed Zakayev", [0], "OFFICIAL", None, "Akhmed Zakayev", "name"),
    ("d05_dubrovka", "Americans", [0], "COUNTRY", USA, "United States", "demonym"),
    ("d05_dubrovka", "Britons", [0], "COUNTRY", UK, "United Kingdom", "demonym"),
    ("d05_dubrovka", "Germans", [0], "COUNTRY", GERMANY, "Germany", "demonym"),
    ("d05_dubrovka", "Colin Powell", [0], "OFFICIAL", None, "Colin Powell", "name"),
    ("d05_dubrovka", "Igor Ivanov", [0], "OFFICIAL", None, "Igor Ivanov", "name"),
    ("d05_dubrovka", "Yuri Luzhkov", [0], "OFFICIAL", None, "Yuri Luzhkov", "name"),

    # d06_bouake (ABIDJAN, Abidjan ×3, Bouake ×2, Yamoussoukro, Korhogo, Paris, Cocody, `Sukhoi` and
    # `Sukhoi-25` (aircraft), the French Defence Ministry (a ministry: only its `French` is tagged)
    # not tagged)
    ("d06_bouake", "Reuters", [0], "ORG", REUTERS, "Reuters", "name"),
    ("d06_bouake", "France", "all", "COUNTRY", FRANCE, "France", "name"),  # lead, quotation
    ("d06_bouake", "Ivory Coast", [0], "COUNTRY", IVORY_COAST, "C\u00f4te d'Ivoire", "name"),
    ("d06_bouake", "Ivorian", "all", "COUNTRY", IVORY_COAST, "C\u00f4te d'Ivoire", "demonym"),  # jets, army, nation
    ("d06_bouake", "French", "all", "COUNTRY", FRANCE, "France", "demonym"),  # ×11
    ("d06_bouake", "American", [0], "COUNTRY", USA, "United States", "demonym"),
    ("d06_bouake", "Jacques Chirac", [0], "OFFICIAL", None, "Jacques Chirac", "name"),
    ("d06_bouake", "Michele Alliot-Marie", [0], "OFFICIAL", None, "Mich\u00e8le Alliot-Marie", "name"),
    ("d06_bouake", "Jules Yao Yao", [0], "OFFICIAL", None, "Jules Yao Yao", "name"),
    ("d06_bouake", "Laurent Gbagbo", [0], "OFFICIAL", None, "Laurent Gbagbo", "name"),
    ("d06_bouake", "New Forces", [0], "GROUP", None, "New Forces", "name"),
    ("d06_bouake", "Guillaume Soro", [0], "OFFICIAL", None, "Guillaume Soro", "name"),
    ("d06_bouake", "Licorne", [0], "ORG", None, "Licorne force", "name"),
    ("d06_bouake", "U.N.", [0, 1], "ORG", UN, "United Nations", "acronym"),  # mission, Secretary-General
    ("d06_bouake", "UNOCI", [0], "ORG", None, "United Nations Operation in C\u00f4te d'Ivoire", "acronym"),
    ("d06_bouake", "Kofi Annan", [0], "OFFICIAL", None, "Kofi Annan", "name"),
    ("d06_bouake", "Gbagbo", [1, 2], "OFFICIAL", None, "Laurent Gbagbo", "surname"),  # 0 is inside
    ("d06_bouake", "U.N. Security Council", [0], "ORG", UNSC, "United Nations Security Council", "name"),
    ("d06_bouake", "African Union", [0], "ORG", AU, "African Union", "name"),
    ("d06_bouake", "South African", [0], "COUNTRY", SOUTH_AFRICA, "South Africa", "demonym"),
    ("d06_bouake", "Thabo Mbeki", [0], "OFFICIAL", None, "Thabo Mbeki", "name"),
    ("d06_bouake", "RTI", [0], "ORG", None, "Radiodiffusion T\u00e9l\u00e9vision Ivoirienne", "acronym"),

    # d07_chibok (MAIDUGURI, Chibok ×3, the Government Girls Secondary School, Borno ×2, the Sambisa
    # forest, Abuja ×2, Nyanya, Amnesty International (an NGO), Washington, the State Department,
    # `the air force` (generic) and the principal Asabe Kwambura / Kwambura ×2 (no office) not tagged)
    ("d07_chibok", "Nigeria", "all", "COUNTRY", NIGERIA, "Nigeria", "name"),  # dateline, Nigeria's, help Nigeria
    ("d07_chibok", "AFP", "all", "ORG", AFP, "Agence France-Presse", "acronym"),  # dateline, told AFP
    ("d07_chibok", "Boko Haram", "all", "GROUP", None, "Boko Haram", "name"),
    ("d07_chibok", "Defence Headquarters", [0], "ORG", None, "Defence Headquarters (Nigeria)", "name"),
    ("d07_chibok", "Chris Olukolade", [0], "OFFICIAL", None, "Chris Olukolade", "name"),
    ("d07_chibok", "Kashim Shettima", [0], "OFFICIAL", None, "Kashim Shettima", "name"),
    ("d07_chibok", "Ahmed Zanna", [0], "OFFICIAL", None, "Ahmed Zanna", "name"),
    ("d07_chibok", "Goodluck Jonathan", [0], "OFFICIAL", None, "Goodluck Jonathan", "name"),
    ("d07_chibok", "Labaran Maku", [0], "OFFICIAL", None, "Labaran Maku", "name"),
    ("d07_chibok", "7th Division", [0], "ORG", None, "7th Division (Nigeria)", "name"),
    ("d07_chibok", "Abubakar Shekau", [0], "OFFICIAL", None, "Abubakar Shekau", "name"),
    ("d07_chibok", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", [0], "GROUP", None, "Boko Haram", "name"),
    ("d07_chibok", "Jen Psaki", [0], "OFFICIAL", None, "Jen Psaki", "name"),
    ("d07_chibok", "United States", [0], "COUNTRY", USA, "United States", "name"),

    # d08_nairobi (NAIROBI, Dar es Salaam, Washington, Paris, the State Department, `the embassy` /
    # `U.S. Embassy` (only the `U.S.` is tagged), the Kenya Red Cross (an NGO: its `Kenya` is part of
    # that untagged name), the Ufundi Co-operative House, Kenyatta National Hospital, `Marine` (a
    # service, no unit), `Muslims` and the byline's Daniel Ochieng not tagged. Prudence Bushnell is an
    # official (the ambassador) although she is among the injured)
    ("d08_nairobi", "Associated Press", [0], "ORG", AP, "Associated Press", "name"),  # byline
    ("d08_nairobi", "Kenya", [0], "COUNTRY", KENYA, "Kenya", "name"),  # dateline; 1 is the Kenya Red Cross's
    ("d08_nairobi", "AP", [0], "ORG", AP, "Associated Press", "acronym"),
    ("d08_nairobi", "U.S.", "all", "COUNTRY", USA, "United States", "acronym"),  # Embassy ×2, officials
    ("d08_nairobi", "Kenyan", "all", "COUNTRY", KENYA, "Kenya", "demonym"),  # hospitals, President
    ("d08_nairobi", "Americans", "all", "COUNTRY", USA, "United States", "demonym"),  # ×3
    ("d08_nairobi", "Prudence Bushnell", [0], "OFFICIAL", None, "Prudence Bushnell", "name"),
    ("d08_nairobi", "Tanzania", [0], "COUNTRY", TANZANIA, "Tanzania", "name"),
    ("d08_nairobi", "Tanzanians", [0], "COUNTRY", TANZANIA, "Tanzania", "demonym"),
    ("d08_nairobi", "Israeli", [0], "COUNTRY", ISRAEL, "Israel", "demonym"),
    ("d08_nairobi", "Home Front Command", [0], "ORG", None, "Home Front Command", "name"),
    ("d08_nairobi", "Clinton", [0], "OFFICIAL", None, "Bill Clinton", "surname"),  # `President` outside
    ("d08_nairobi", "Madeleine Albright", [0], "OFFICIAL", None, "Madeleine Albright", "name"),
    ("d08_nairobi", "FBI", [0], "ORG", FBI, "Federal Bureau of Investigation", "acronym"),
    ("d08_nairobi", "Islamic Army for the Liberation of the Holy Places", [0], "GROUP", None,
     "Islamic Army for the Liberation of the Holy Places", "name"),
    ("d08_nairobi", "Osama bin Laden", [0], "OFFICIAL", None, "Osama bin Laden", "name"),
    ("d08_nairobi", "Daniel arap Moi", [0], "OFFICIAL", None, "Daniel arap Moi", "name"),
    ("d08_nairobi", "Tanzanian", [0], "COUNTRY", TANZANIA, "Tanzania", "demonym"),
    ("d08_nairobi", "Benjamin Mkapa", [0], "OFFICIAL", None, "Benjamin Mkapa", "name"),
    ("d08_nairobi", "Zambia", [0], "COUNTRY", ZAMBIA, "Zambia", "name"),
    ("d08_nairobi", "Peter Kimanthi", [0], "OFFICIAL", None, "Peter Kimanthi", "name"),  # police spokesman
]

# --------------------------------------------------------------------------------------------
# DATES: (doc, surface, occurrence, TIMEX3 type, value, anchor)
# --------------------------------------------------------------------------------------------
DATES = [
    # d01_luxor, document date 1997-11-18 (Tuesday, 1997-W47). Not dates: `A LIFE SENTENCE`, `$3
    # BILLION`, `TOLL REACHES 62`
    ("d01_luxor", "NOV 18", 0, "DATE", "1997-11-18", "document"),
    ("d01_luxor", "TUESDAY", 0, "DATE", "1997-11-18", "document"),
    ("d01_luxor", "MONDAY MORNING", 0, "TIME", "1997-11-17TMO", "document"),
    ("d01_luxor", "ABOUT 45 MINUTES", 0, "DURATION", "PT45M", "absolute"),
    ("d01_luxor", "LATE TUESDAY", 0, "DATE", "1997-11-18", "document"),
    ("d01_luxor", "JULY", 0, "DATE", "1997-07", "document"),
    ("d01_luxor", "TUESDAY", 2, "DATE", "1997-11-18", "document"),  # 1 is inside LATE TUESDAY
    ("d01_luxor", "THAT EVENING", 0, "TIME", "1997-11-18TEV", "document"),
    ("d01_luxor", "1992", 0, "DATE", "1992", "absolute"),
    ("d01_luxor", "SEPTEMBER", 0, "DATE", "1997-09", "document"),
    ("d01_luxor", "LAST YEAR", 0, "DATE", "1996", "document"),
    ("d01_luxor", "THE WEEKEND", 0, "DATE", "1997-W47-WE", "document"),  # BY THE WEEKEND: the coming one

    # d02_bali, document date 2002-10-15 (Tuesday, 2002-W42): a daily paper, `yesterday` = Monday
    # 14 October
    ("d02_bali", "yesterday", 0, "DATE", "2002-10-14", "document"),
    ("d02_bali", "Saturday", 0, "DATE", "2002-10-12", "document"),  # Saturday’s bombings
    ("d02_bali", "11.05pm", 0, "TIME", "2002-10-12T23:05", "document"),
    ("d02_bali", "12 October", 0, "DATE", "2002-10-12", "document"),
    ("d02_bali", "weeks", 0, "DURATION", "PXW", "absolute"),  # could take weeks
    ("d02_bali", "Monday", 0, "DATE", "2002-10-14", "document"),
    ("d02_bali", "Sunday", 0, "DATE", "2002-10-13", "document"),  # toured … on Sunday
    ("d02_bali", "months", 0, "DURATION", "PXM", "absolute"),  # months of pressure
    ("d02_bali", "yesterday", 1, "DATE", "2002-10-14", "document"),
    ("d02_bali", "18 October", 0, "DATE", "2002-10-18", "document"),  # by 18 October: the future
    ("d02_bali", "Sunday", 1, "DATE", "2002-10-20", "document"),  # until Sunday: the coming Sunday

    # d03_barlonyo, no input date; byline `24.02.2004` (Tuesday, 2004-W09). Not dates: `26
    # kilometres`, `18-year` is a duration
    ("d03_barlonyo", "24.02.2004", 0, "DATE", "2004-02-24", "absolute"),
    ("d03_barlonyo", "Saturday evening", 0, "TIME", "2004-02-21TEV", "document"),
    ("d03_barlonyo", "half past five", 0, "TIME", "2004-02-21T17:30", "document"),  # that evening, in a quotation
    ("d03_barlonyo", "Sunday", 0, "DATE", "2004-02-22", "document"),
    ("d03_barlonyo", "yesterday", 0, "DATE", "2004-02-23", "document"),
    ("d03_barlonyo", "this year", 0, "DATE", "2004", "document"),  # in a quotation
    ("d03_barlonyo", "tomorrow", 0, "DATE", "2004-02-25", "document"),
    ("d03_barlonyo", "Monday", 0, "DATE", "2004-02-23", "document"),
    ("d03_barlonyo", "18-year", 0, "DURATION", "P18Y", "absolute"),
    ("d03_barlonyo", "January", 0, "DATE", "2004-01", "document"),
    ("d03_barlonyo", "last November", 0, "DATE", "2003-11", "document"),
    ("d03_barlonyo", "Sunday morning", 0, "TIME", "2004-02-22TMO", "document"),

    # d04_serval, document date 2013-01-12 (Saturday, 2013-W02), the release's own date. Not dates:
    # `resolution 2085` (a resolution number), `Mirage 2000D` (an aircraft), the telephone number
    ("d04_serval", "12 January 2013", 0, "DATE", "2013-01-12", "absolute"),
    ("d04_serval", "Friday 11 January", 0, "DATE", "2013-01-11", "document"),  # one expression
    ("d04_serval", "16:00", 0, "TIME", "2013-01-11T16:00", "document"),
    ("d04_serval", "Friday", 1, "DATE", "2013-01-11", "document"),  # Since 16:00 on Friday; 0 is inside
    ("d04_serval", "the afternoon of 11 January", 0, "TIME", "2013-01-11TAF", "document"),
    ("d04_serval", "this morning", 0, "TIME", "2013-01-12TMO", "document"),
    ("d04_serval", "Last night", 0, "TIME", "2013-01-11TNI", "document"),
    ("d04_serval", "14 July 2009", 0, "DATE", "2009-07-14", "absolute"),
    ("d04_serval", "the coming days", 0, "DATE", "FUTURE_REF", "document"),
    ("d04_serval", "tomorrow morning", 0, "TIME", "2013-01-13TMO", "document"),

    # d05_dubrovka, document date 2002-10-26 (Saturday, 2002-W43); the dateline carries no date. Not
    # dates: `23` (an age), `Hospital No. 13`
    ("d05_dubrovka", "early Saturday", 0, "DATE", "2002-10-26", "document"),
    ("d05_dubrovka", "Wednesday night", 0, "TIME", "2002-10-23TNI", "document"),
    ("d05_dubrovka", "a week", 0, "DURATION", "P1W", "absolute"),  # within a week
    ("d05_dubrovka", "Thursday", 0, "DATE", "2002-10-24", "document"),
    ("d05_dubrovka", "last year", 0, "DATE", "2001", "document"),
    ("d05_dubrovka", "Saturday evening", 0, "TIME", "2002-10-26TEV", "document"),
    ("d05_dubrovka", "Monday", 0, "DATE", "2002-10-28", "document"),  # flags lowered on Monday: the future
    ("d05_dubrovka", "September", 0, "DATE", "2002-09", "document"),
    ("d05_dubrovka", "at least two months", 0, "DURATION", "P2M", "absolute"),

    # d06_bouake, document date 2004-11-07 (Sunday, 2004-W45). Not dates: `Sukhoi-25`, `4,000`,
    # `6,000`, `1,300`
    ("d06_bouake", "Nov 7", 0, "DATE", "2004-11-07", "document"),
    ("d06_bouake", "Saturday", 0, "DATE", "2004-11-06", "document"),
    ("d06_bouake", "Saturday night", 0, "TIME", "2004-11-06TNI", "document"),
    ("d06_bouake", "last Thursday", 0, "DATE", "2004-11-04", "document"),
    ("d06_bouake", "18-month", 0, "DURATION", "P18M", "absolute"),
    ("d06_bouake", "September 2002", 0, "DATE", "2002-09", "absolute"),
    ("d06_bouake", "Sunday", 0, "DATE", "2004-11-07", "document"),  # Soro said on Sunday
    ("d06_bouake", "Saturday evening", 0, "TIME", "2004-11-06TEV", "document"),
    ("d06_bouake", "Tuesday", 0, "DATE", "2004-11-09", "document"),  # would travel … on Tuesday: the future
    ("d06_bouake", "late Sunday", 0, "DATE", "2004-11-07", "document"),

    # d07_chibok, document date 2014-04-19 (Saturday, 2014-W16). Not dates: `50 million naira`
    ("d07_chibok", "April 19", 0, "DATE", "2014-04-19", "document"),
    ("d07_chibok", "Saturday", 0, "DATE", "2014-04-19", "document"),
    ("d07_chibok", "late last Monday", 0, "DATE", "2014-04-14", "document"),
    ("d07_chibok", "Wednesday", 0, "DATE", "2014-04-16", "document"),
    ("d07_chibok", "Three days", 0, "DURATION", "P3D", "absolute"),  # Three days after the abduction
    ("d07_chibok", "Saturday", 1, "DATE", "2014-04-19", "document"),  # Mrs Kwambura said on Saturday
    ("d07_chibok", "Friday", 0, "DATE", "2014-04-18", "document"),
    ("d07_chibok", "Thursday", 0, "DATE", "2014-04-17", "document"),
    ("d07_chibok", "the morning of April 14", 0, "TIME", "2014-04-14TMO", "document"),
    ("d07_chibok", "Saturday", 2, "DATE", "2014-04-19", "document"),  # a video released on Saturday
    ("d07_chibok", "this year", 0, "DATE", "2014", "document"),

    # d08_nairobi, document date 1998-08-08 (Saturday, 1998-W32); neither dateline nor byline carries a
    # date. Not dates: `seven-storey`, `150`
    ("d08_nairobi", "Saturday", 0, "DATE", "1998-08-08", "document"),
    ("d08_nairobi", "10:35 a.m.", 0, "TIME", "1998-08-07T10:35", "document"),
    ("d08_nairobi", "Friday", 0, "DATE", "1998-08-07", "document"),
    ("d08_nairobi", "Nine minutes", 0, "DURATION", "PT9M", "absolute"),  # Nine minutes later: the length only
    ("d08_nairobi", "Saturday morning", 0, "TIME", "1998-08-08TMO", "document"),
    ("d08_nairobi", "Saturday", 2, "DATE", "1998-08-08", "document"),  # arrived on Saturday; 1 is inside
    ("d08_nairobi", "February", 0, "DATE", "1998-02", "document"),
    ("d08_nairobi", "Monday", 0, "DATE", "1998-08-10", "document"),  # would be given over: the future
]

# --------------------------------------------------------------------------------------------
# CASUALTIES: (doc, surface, occurrence, label, min, max, approximate, negated, victims)
# --------------------------------------------------------------------------------------------
CASUALTIES = [
    # d01_luxor (`SIX GUNMEN`, `HUNTED VISITORS`, `THEY SHOT THE PEOPLE` (no count), `ITS DEAD`,
    # `THE KILLINGS` and `THEIR CLIENTS` are not casualties)
    ("d01_luxor", "TOLL REACHES 62", 0, "KILLED", 62, 62, False, False, None),  # headline
    # an enumeration with a lower bound: at least 58 + 4 = at least 62
    ("d01_luxor", "KILLED AT LEAST 58 FOREIGNERS AND FOUR EGYPTIANS", 0, "KILLED", 62, None, False, False,
     "FOREIGNERS AND FOUR EGYPTIANS"),
    ("d01_luxor", "ALL SIX ATTACKERS WERE KILLED", 0, "KILLED", 6, 6, False, False, "ATTACKERS"),
    ("d01_luxor", "ABOUT 26 PEOPLE WERE WOUNDED", 0, "INJURED", 26, 26, True, False, "PEOPLE"),
    ("d01_luxor", "TWO JAPANESE TOURISTS WERE STILL MISSING", 0, "MISSING", 2, 2, False, False, "JAPANESE TOURISTS"),
    # parts of the toll in sentences of their own: separate statements
    ("d01_luxor", "LOST 36 CITIZENS", 0, "KILLED", 36, 36, False, False, "CITIZENS"),
    ("d01_luxor", "10 OF ITS NATIONALS DIED", 0, "KILLED", 10, 10, False, False, "NATIONALS"),
    ("d01_luxor", "SIX BRITONS WERE KILLED", 0, "KILLED", 6, 6, False, False, "BRITONS"),
    # an enumeration: nine tourists + their driver = 10
    ("d01_luxor", "NINE GERMAN TOURISTS AND THEIR EGYPTIAN DRIVER WERE KILLED", 0, "KILLED", 10, 10, False, False,
     "GERMAN TOURISTS AND THEIR EGYPTIAN DRIVER"),

    # d02_bali (`two men seen near the van` (questioned), `identify the dead`, `Some bodies` (no
    # count) are not casualties)
    ("d02_bali", "toll passes 180", 0, "KILLED", 180, None, False, False, None),  # headline: passes = more than
    ("d02_bali", "toll rose to at least 183 people", 0, "KILLED", 183, None, False, False, "people"),
    ("d02_bali", "More than 300 people were injured", 0, "INJURED", 300, None, False, False, "people"),
    ("d02_bali", "220 of their citizens remained unaccounted for", 0, "MISSING", 220, 220, False, False, "citizens"),
    ("d02_bali", "no one was hurt", 0, "INJURED", 0, 0, False, True, None),
    # an enumeration: 14 + 4 = 18
    ("d02_bali", "Among the dead were 14 Australians and four Britons", 0, "KILLED", 18, 18, False, False,
     "Australians and four Britons"),

    # d03_barlonyo (`a handful of soldiers guarding the camp`, `families inside`, `crowds of young
    # men` and `the burial of the dead` are not casualties)
    ("d03_barlonyo", "more than 200 people died", 0, "KILLED", 200, None, False, False, "people"),
    ("d03_barlonyo", "puts the toll at 84", 0, "KILLED", 84, 84, False, False, None),
    ("d03_barlonyo", "at least 60 wounded", 0, "INJURED", 60, None, False, False, None),
    ("d03_barlonyo", "abducted dozens of children", 0, "KIDNAPPED", 24, 99, True, False, "children"),
    # an enumeration: her husband + two daughters = 3
    ("d03_barlonyo", "lost her husband and two daughters", 0, "KILLED", 3, 3, False, False,
     "husband and two daughters"),
    ("d03_barlonyo", "killed 12 rebels", 0, "KILLED", 12, 12, False, False, "rebels"),
    ("d03_barlonyo", "one man was beaten to death", 0, "KILLED", 1, 1, False, False, "man"),
    ("d03_barlonyo", "no one else was seriously hurt", 0, "INJURED", 0, 0, False, True, None),
    # `an estimated` is a vague modifier like `about`
    ("d03_barlonyo", "abducted an estimated 20,000 children", 0, "KIDNAPPED", 20000, 20000, True, False, "children"),

    # d04_serval (`the terrorist groups advancing`, `columns of Ansar Dine`, `the commandos` and
    # `lay down arms` are not casualties)
    ("d04_serval", "a helicopter pilot was fatally wounded", 0, "KILLED", 1, 1, False, False, "helicopter pilot"),
    ("d04_serval", "11 of its soldiers killed", 0, "KILLED", 11, 11, False, False, "soldiers"),
    ("d04_serval", "around 60 wounded", 0, "INJURED", 60, 60, True, False, None),
    ("d04_serval", "about 100 terrorists killed", 0, "KILLED", 100, 100, True, False, "terrorists"),
    ("d04_serval", "No French nationals in Mali have been hurt", 0, "INJURED", 0, 0, False, True, "French nationals"),
    ("d04_serval", "a DGSE agent held hostage", 0, "KIDNAPPED", 1, 1, False, False, "DGSE agent"),
    ("d04_serval", "One French soldier was killed", 0, "KILLED", 1, 1, False, False, "French soldier"),
    ("d04_serval", "another is missing", 0, "MISSING", 1, 1, False, False, None),  # another (soldier) = 1
    ("d04_serval", "Seventeen Shabaab fighters were killed", 0, "KILLED", 17, 17, False, False, "Shabaab fighters"),
    # the agent of the earlier sentence, in a sentence of its own: a separate statement
    ("d04_serval", "the hostage was executed", 0, "KILLED", 1, 1, False, False, "hostage"),
    ("d04_serval", "eight other nationals held hostage", 0, "KIDNAPPED", 8, 8, False, False, "nationals"),

    # d05_dubrovka (`three were captured` (an arrest), `citizens of at least a dozen countries` (a
    # count of countries), `the freed hostages` (no count) and `the funerals` are not casualties;
    # `45 of them in grave condition` is part of its total of more than 300)
    ("d05_dubrovka", "at least 67 hostages dead", 0, "KILLED", 67, None, False, False, "hostages"),  # headline
    ("d05_dubrovka", "had held some 750 hostages", 0, "KIDNAPPED", 750, 750, True, False, "hostages"),
    ("d05_dubrovka", "At least 67 hostages died", 0, "KILLED", 67, None, False, False, "hostages"),
    ("d05_dubrovka", "50 hostage-takers, among them 18 women wearing explosive belts, were killed", 0, "KILLED", 50,
     50, False, False, "hostage-takers"),
    ("d05_dubrovka", "treating more than 300 former hostages for gas poisoning", 0, "INJURED", 300, None, False,
     False, "former hostages"),
    ("d05_dubrovka", "Two of the dead were foreigners", 0, "KILLED", 2, 2, False, False, "foreigners"),
    ("d05_dubrovka", "Salamov was shot dead", 0, "KILLED", 1, 1, False, False, "Salamov"),  # a named attacker
    ("d05_dubrovka", "no soldiers were killed", 0, "KILLED", 0, 0, False, True, "soldiers"),

    # d06_bouake (`two Ivorian Sukhoi jets`, `about 4,000 troops`, `6,000 soldiers`, `about 1,300
    # foreigners took refuge` and `Supporters … rampaged` are not casualties)
    # an enumeration: nine soldiers + an aid worker = 10
    ("d06_bouake", "killing nine French soldiers and an American aid worker", 0, "KILLED", 10, 10, False, False,
     "French soldiers and an American aid worker"),
    ("d06_bouake", "Thirty-eight soldiers were wounded", 0, "INJURED", 38, 38, False, False, "soldiers"),
    ("d06_bouake", "at least 30 people were injured", 0, "INJURED", 30, None, False, False, "people"),
    ("d06_bouake", "No one was killed", 0, "KILLED", 0, 0, False, True, None),
    ("d06_bouake", "killed at least 85 civilians", 0, "KILLED", 85, None, False, False, "civilians"),
    ("d06_bouake", "two French nationals were missing", 0, "MISSING", 2, 2, False, False, "French nationals"),

    # d07_chibok (`most of the girls had been freed` (no count), `every girl`, `Not one of my girls
    # has been brought back` (a negated rescue, not a casualty) and `Gunmen` are not casualties)
    # an enumeration: a soldier + a police officer = 2
    ("d07_chibok", "killing a soldier and a police officer", 0, "KILLED", 2, 2, False, False,
     "soldier and a police officer"),
    ("d07_chibok", "abducting 129 students", 0, "KIDNAPPED", 129, 129, False, False, "students"),
    # hostages who escaped: KIDNAPPED with the count (blind21's `Four hostages … escaped`)
    ("d07_chibok", "At least 14 of the girls escaped", 0, "KIDNAPPED", 14, None, False, False, "girls"),
    ("d07_chibok", "About 115 girls are still missing", 0, "MISSING", 115, 115, True, False, "girls"),
    ("d07_chibok", "more than 200 missing girls", 0, "MISSING", 200, None, False, False, "girls"),
    ("d07_chibok", "killed at least 75 people", 0, "KILLED", 75, None, False, False, "people"),
    ("d07_chibok", "wounded 141", 0, "INJURED", 141, 141, False, False, None),
    ("d07_chibok", "killed more than 1,500 people", 0, "KILLED", 1500, None, False, False, "people"),

    # d08_nairobi (`survivors`, `A woman was pulled out alive`, `150 Israeli soldiers`, `visited the
    # wounded` (no count), `kill Americans` (a call, no count) and `detained several people` (an
    # arrest) are not casualties; the headline's `toll rises` gives no count)
    ("d08_nairobi", "killed at least 82 people", 0, "KILLED", 82, None, False, False, "people"),
    ("d08_nairobi", "more than 1,600 people were wounded", 0, "INJURED", 1600, None, False, False, "people"),
    ("d08_nairobi", "Among the dead were 11 Americans", 0, "KILLED", 11, 11, False, False, "Americans"),
    ("d08_nairobi", "Prudence Bushnell, was slightly injured", 0, "INJURED", 1, 1, False, False, "Prudence Bushnell"),
    ("d08_nairobi", "killed 10 people", 0, "KILLED", 10, 10, False, False, "people"),
    ("d08_nairobi", "wounded 72", 0, "INJURED", 72, 72, False, False, None),
    ("d08_nairobi", "No Americans were hurt", 0, "INJURED", 0, 0, False, True, "Americans"),
    ("d08_nairobi", "about 30 people were still missing", 0, "MISSING", 30, 30, True, False, "people"),
]


# --------------------------------------------------------------------------------------------
# QUOTES: (doc, exact quotation with its marks, occurrence, closed, (speaker surface, occurrence
# or None for the nearest), speaker entity or None, (cue surface, occurrence or None))
# --------------------------------------------------------------------------------------------
def off(name):
    return (None, name, "officials")


QUOTES = [
    # d01_luxor (ALL CAPS, straight double quotes; the guide URS BRUNNER is no official)
    ("d01_luxor", "\"THEY SHOT THE PEOPLE ON THE GROUND AGAIN AND AGAIN,\"", 0, True, ("URS BRUNNER", 0), None,
     ("SAID", None)),
    ("d01_luxor", "\"I COUNTED THE SHOTS UNTIL I COULD NOT COUNT ANY MORE.\"", 0, True, ("URS BRUNNER", 0), None,
     ("SAID", None)),  # the attribution between the two parts
    ("d01_luxor", "\"WHERE WERE THE GUARDS?\"", 0, True, ("HE", None), off("Hosni Mubarak"), ("ASKED", 0)),
    ("d01_luxor", "\"A CRIME AGAINST HUMANITY ITSELF.\"", 0, True, ("ARNOLD KOLLER", 0), off("Arnold Koller"),
     ("CALLED", 0)),

    # d02_bali (curly single quotes, British style, beside curly apostrophes `Indonesia’s`, `Da’i`,
    # `Ba’asyir`, `network’s`)
    ("d02_bali", "\u2018We are convinced that this bombing is linked to al-Qaeda,\u2019", 0, True,
     ("Matori Abdul Djalil", 0), off("Matori Abdul Djalil"), ("told", 0)),
    ("d02_bali", "\u2018The network has cells here that work with local people.\u2019", 0, True,
     ("Matori Abdul Djalil", 0), off("Matori Abdul Djalil"), ("told", 0)),
    ("d02_bali", "\u2018a fabrication of the West\u2019", 0, True, ("Abu Bakar Ba\u2019asyir", 0),
     off("Abu Bakar Ba'asyir"), ("calling", 0)),
    ("d02_bali", "\u2018brought terrorism to our doorstep\u2019", 0, True, ("John Howard", 0), off("John Howard"),
     ("said", None)),

    # d03_barlonyo (straight double quotes; the widow Alice Apio is no official)
    ("d03_barlonyo", "\"They came from three sides at half past five,\"", 0, True, ("Alice Apio", 0), None,
     ("said", None)),
    ("d03_barlonyo", "\"We ran to the soldiers, but the soldiers were already running.\"", 0, True, ("Alice Apio", 0),
     None, ("said", 0)),  # the attribution between the two parts
    ("d03_barlonyo", "\"a real defence, not a token one\"", 0, True, ("Yoweri Museveni", 0), off("Yoweri Museveni"),
     ("promised", 0)),
    ("d03_barlonyo", "\"finished within this year.\"", 0, True, ("Yoweri Museveni", 0), off("Yoweri Museveni"),
     ("said", None)),  # the same sentence's second verb
    ("d03_barlonyo", "\"the biggest neglected humanitarian emergency in the world.\"", 0, True, ("Jan Egeland", 0),
     off("Jan Egeland"), ("called", 0)),

    # d04_serval (press release, straight double quotes; `said:` before a full quotation)
    ("d04_serval", "\"France salutes Lieutenant Boiteux. France will not leave Mali alone in the face of "
     "terrorism.\"", 0, True, ("Jean-Yves Le Drian", 0), off("Jean-Yves Le Drian"), ("said", None)),
    ("d04_serval", "\"exceptional courage.\"", 0, True, ("\u00c9douard Guillaud", 0), off("\u00c9douard Guillaud"),
     ("said", None)),

    # d05_dubrovka (straight double quotes; `"Nord-Ost"` is the title of a work: not a quotation; the
    # speaker named two ways is Movsar Barayev / Movsar Salamov; Natalia Kuznetsova is no official)
    ("d05_dubrovka", "\"We have come to Moscow to die.\"", 0, True, ("Movsar Barayev", 0), off("Movsar Barayev"),
     ("told", 0)),
    ("d05_dubrovka", "\"We could not save everyone. Forgive us,\"", 0, True, ("Vladimir Putin", 0),
     off("Vladimir Putin"), ("said", None)),
    ("d05_dubrovka", "\"a desperate act that we do not support.\"", 0, True, ("Akhmed Zakayev", 0),
     off("Akhmed Zakayev"), ("called", 0)),
    ("d05_dubrovka", "\"Nobody tells us anything,\"", 0, True, ("Natalia Kuznetsova", 0), None, ("said", None)),

    # d06_bouake (curly double quotes, then straight ones)
    ("d06_bouake", "\u201cThis was a deliberate attack on French soldiers, and we have responded,\u201d", 0, True,
     ("Michele Alliot-Marie", 0), off("Mich\u00e8le Alliot-Marie"), ("told", 0)),
    ("d06_bouake", "\u201cWe will not be intimidated.\u201d", 0, True, ("Michele Alliot-Marie", 0),
     off("Mich\u00e8le Alliot-Marie"), ("told", 0)),  # the attribution between the two parts
    ("d06_bouake", "\"an error\"", 0, True, ("Jules Yao Yao", 0), off("Jules Yao Yao"), ("said", None)),
    ("d06_bouake", "\"dead.\"", 0, True, ("Guillaume Soro", 0), off("Guillaume Soro"), ("said", None)),
    ("d06_bouake", "\"immediately and without conditions.\"", 0, True, ("Kofi Annan", 0), off("Kofi Annan"),
     ("called on", 0)),
    ("d06_bouake", "\"The Ivorian nation is not at war with France,\"", 0, True, ("he", None), off("Laurent Gbagbo"),
     ("said", None)),

    # d07_chibok (straight double quotes; a quotation continued into the next paragraph: the first
    # paragraph's part has no closing mark and is its own, unclosed, quotation; the next paragraph's
    # part has no attribution of its own and takes the spokesman's, in the adjacent sentence; the
    # principal is named two ways, `Asabe Kwambura` / `Mrs Kwambura`, and is no official)
    ("d07_chibok", "\"The number of students still held is not yet known, and the earlier statement is withdrawn.",
     0, False, ("Chris Olukolade", 0), off("Chris Olukolade"), ("said", 1)),
    ("d07_chibok", "\"Our troops are in pursuit of the terrorists and will not relent until every girl is found.\"",
     0, True, ("Chris Olukolade", 0), off("Chris Olukolade"), ("said", 1)),
    ("d07_chibok", "\"Not one of my girls has been brought back by soldiers,\"", 0, True, ("Kwambura", 2), None,
     ("said", None)),  # `Mrs` outside
    ("d07_chibok", "\"combing every forest.\"", 0, True, ("Labaran Maku", 0), off("Labaran Maku"), ("said", None)),
    ("d07_chibok", "\"deeply concerned\"", 0, True, ("Jen Psaki", 0), off("Jen Psaki"), ("said", None)),

    # d08_nairobi (straight double quotes)
    ("d08_nairobi", "\"I heard the blast, and then the ceiling came down on us,\"", 0, True, ("she", None),
     off("Prudence Bushnell"), ("said", None)),
    ("d08_nairobi", "\"We will use all the means at our disposal to bring those responsible to justice, no matter "
     "how long it takes,\"", 0, True, ("Clinton", 0), off("Bill Clinton"), ("said", None)),
]

if __name__ == "__main__":
    run("blind22", ENTITIES, DATES, CASUALTIES, QUOTES)
