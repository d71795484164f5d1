#!/usr/bin/env python3
"""Independent held-out ("blind") gold set for sitrep: 14 original wire-style articles.

Writes tests/fixtures/blind/news.jsonl (the input) and
tests/fixtures/gold/blind.{entity,date,casualty,quote}.jsonl (gold, sitrep/1 docs shape).

The articles are original text written for this fixture (no corpus text copied). Annotations
follow /work/shared/spec/guidelines.md and are held below as readable tables; this script only
computes offsets (code points and UTF-8 bytes) and asserts every surface string is found.

Run: python3 scripts/make_blind_gold.py
"""

import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# --------------------------------------------------------------------------------------------
# Documents: (id, date or None, text)
# --------------------------------------------------------------------------------------------
DOCS = [
    ("b01_somalia", "2025-03-04", """MOGADISHU, March 4 (Reuters) - Al-Shabaab fighters stormed a military base in Somalia's Middle Shabelle region on Monday, killing at least 17 soldiers and wounding 25 others, officials said, in one of the deadliest attacks on government forces this year.

The al Qaeda-linked group, which has fought for more than 15 years to topple the federal government in Mogadishu, claimed responsibility in a statement carried by its media outlets.

"The enemy attacked our positions with car bombs and heavy weapons. Our forces repelled them but we lost brave men," army commander Colonel Ahmed Hassan told Reuters by telephone from the nearby town of Balcad.

President Hassan Sheikh Mohamud condemned the assault and vowed to continue what he has called "total war" against the militants. Mohamud ordered reinforcements to the area on Monday night.

The African Union Support and Stabilization Mission in Somalia (AUSSOM), which replaced a previous African Union force in January, said its troops were not involved in the fighting. Two Ugandan peacekeepers were reported missing after a separate ambush near Afgoye last week, Uganda's military spokesman Brigadier General Felix Kulayigye said.

Residents said several civilians were also hurt when a mortar shell struck a market. No casualty figures for the civilians were available.

The United States, which carries out regular air strikes against al-Shabaab, said on Tuesday it had conducted a strike on Feb. 28 that killed two militants near Jilib. U.S. Africa Command (AFRICOM) said no civilians were injured.

(Reporting by Abdi Sheikh; Writing by George Obulutsa; Editing by Alison Williams)"""),
    ("b02_armenia", "2024-05-16", """YEREVAN, Armenia (AP) — Armenian Prime Minister Nikol Pashinyan said Thursday that his government would press ahead with handing four border villages to Azerbaijan, despite protests that have drawn thousands of people to the streets of the capital for nearly two weeks.

“We are drawing a border so that we do not have a war,” Pashinyan told lawmakers. “If we do not, the next war will come to us.”

Opposition leaders accuse the government of giving away land without getting anything in return. Archbishop Bagrat Galstanyan, a senior cleric who leads the protest movement, told a rally on Wednesday evening that the deal was a “capitulation.”

Police said 151 people were detained during scuffles outside parliament on May 9. Several officers were treated for minor injuries, the Interior Ministry said.

Azerbaijani President Ilham Aliyev has said a peace treaty could be signed by the end of the year. Azerbaijan regained control of the Karabakh region in a lightning offensive in September 2023 that killed about 200 Armenian fighters and prompted more than 100,000 people to flee.

The Collective Security Treaty Organization, a Russia-led military alliance, has been criticized by Pashinyan for failing to defend Armenia. Armenia froze its participation in the bloc in February.

Russia’s Foreign Ministry spokeswoman Maria Zakharova said on Tuesday that Armenia was “making a historic mistake” by turning to the West. The European Union has deployed a civilian monitoring mission, EUMA, along the border since 2023.

Associated Press writer Aida Sultanova in London contributed to this report."""),
    ("b03_philippines", None, """Philippine troops killed four suspected Islamist militants in a clash on the southern island of Mindanao, the military said Sunday, after a bombing at a Catholic Mass in December that left four worshippers dead.

The gunmen belonged to Dawlah Islamiyah, a local group that has pledged allegiance to the Islamic State group, Lieutenant General William Gonzales, head of the army's Western Mindanao Command, told AFP.

"This is a big blow to the terrorists. We will not stop until the remnants are neutralised," Gonzales said.

One soldier was slightly wounded in the firefight near the town of Piagapo in Lanao del Sur province, he added.

President Ferdinand Marcos Jr. blamed "foreign terrorists" for the December bombing at Mindanao State University in Marawi, which also injured around 50 people.

The Armed Forces of the Philippines said the dead militants included a bomb-maker linked to the attack. Police arrested two other suspects.

Marawi was devastated in 2017 when militants loyal to IS seized the city, triggering a five-month siege that killed more than 1,100 people, most of them militants.

The government signed a peace deal in 2014 with the Moro Islamic Liberation Front, the largest rebel group in the south, which now runs an autonomous region. But smaller factions, including Abu Sayyaf and splinters of the Bangsamoro Islamic Freedom Fighters (BIFF), have rejected the accord.

Defence Secretary Gilberto Teodoro said the government would spend 2.5 percent more on counterterrorism. "We have the upper hand," Teodoro told reporters in Manila on Monday, adding that the military remained "on high alert"."""),
    ("b04_kosovo", "2023-09-25", """PRISTINA, Sept 25 (Reuters) - Kosovo police said on Monday they had recovered a large cache of weapons after a gunfight with a group of heavily armed Serb gunmen at a monastery in the north that left one officer and three attackers dead.

Kosovo Prime Minister Albin Kurti accused Serbia of backing the assault, calling it "a terrorist attack orchestrated by official Serbia". Serbian President Aleksandar Vucic rejected the charge and declared Wednesday a day of mourning for the dead gunmen.

"Those people were Serbs from Kosovo who did not want to put up with Kurti's terror anymore," Vucic said in a televised address on Sunday night.

Interior Minister Xhelal Svecla said two other officers were wounded and that six suspects had been detained. Some 30 attackers were believed to have escaped.

The NATO-led peacekeeping force KFOR, which has around 4,500 troops in Kosovo, said it was ready to respond. NATO Secretary General Jens Stoltenberg urged both sides to calm tensions.

EU foreign policy chief Josep Borrell called the attack "hideous" and said those responsible must face justice.

Kosovo declared independence from Serbia in 2008. Serbia does not recognise it.

Relations have been tense since May, when dozens of KFOR soldiers were hurt in clashes with Serb protesters in Zvecan.

(Reporting by Fatos Bytyci; Editing by Mark Heinrich)"""),
    ("b05_colombia_feature", "2025-01-25", """By the time the shooting stopped in the Catatumbo region, more than 80 people were dead and tens of thousands had fled their homes.

For residents of Tibú, a town of farmers and coca growers near the Venezuelan border, the violence that erupted on Jan. 16 was the worst they could remember. Fighters of the National Liberation Army, the guerrilla group known by its Spanish initials ELN, went door to door looking for people they accused of links to a rival faction of the former Revolutionary Armed Forces of Colombia (FARC).

“They came with lists of names,” said a 46-year-old woman who fled with her three children to the city of Cúcuta and asked not to be named for fear of reprisals. “My neighbour was taken away. We have not heard from him since.”

The ombudsman's office said at least five peace signatories — former FARC fighters who laid down their arms under a 2016 accord — were among the dead. Dozens of people were missing, it said.

President Gustavo Petro, a former guerrilla who took office in August 2022 promising “total peace”, suspended talks with the ELN on Friday, saying the group had chosen “the path of war”. On Monday he declared a state of internal commotion, a form of emergency rule, for 90 days.

“The ELN has no will for peace,” Petro wrote on X. Defence Minister Iván Velásquez said 5,000 troops had been sent to the region.

The ELN's commander, Antonio García, rejected the accusations in a statement on the group's website, saying its fighters were protecting civilians from FARC dissident factions. “We are not at war with the people,” he said.

Venezuelan authorities said some 1,500 Colombians had crossed the border. The United Nations said the displacement was the largest recorded in Colombia in more than two decades.

The crisis is a severe test for Petro, whose term ends in 2026. Analysts say his strategy of negotiating with all armed groups at once has allowed them to expand. “The state has lost the initiative,” said Elizabeth Dickinson, a senior analyst at the International Crisis Group. “Every week without a plan costs lives.”

For the woman in Cúcuta, the politics matter less than the question of when she can go home. “Maybe in a few months,” she said, then paused. “Maybe never.”"""),
    ("b06_drc", "2024-02-20", """GOMA, Democratic Republic of Congo

At least 12 civilians were killed and dozens wounded on Monday when shells fell on a camp for displaced people outside Goma, the main city in eastern Congo, local officials and aid workers said.

The Congolese army blamed the M23 rebels, who have seized swathes of North Kivu province since they took up arms again in late 2021. The group's spokesman, Lawrence Kanyuka, denied responsibility and accused government forces and allied militias known as "Wazalendo" of firing indiscriminately.

Congo has long accused neighbouring Rwanda of backing the M23, a charge supported by United Nations experts but denied by the Rwandan government. "Rwanda is not the problem; the problem is in Congo," Rwandan President Paul Kagame told a news conference in Kigali two weeks ago.

President Felix Tshisekedi, who was sworn in for a second term last month, has called Kagame a threat to the whole region and threatened to declare war.

The Southern African Development Community deployed troops in December to help the Armed Forces of the Democratic Republic of Congo (FARDC). Two South African soldiers were killed and three wounded when a mortar bomb hit their base on Feb. 14, the South African National Defence Force said.

The UN peacekeeping mission, MONUSCO, which began withdrawing from the country last month, said the humanitarian situation was "catastrophic". More than 7 million people are displaced across Congo, according to the International Organization for Migration.

Medecins Sans Frontieres said its teams in Goma had treated 2,000 wounded people since the start of the year, a 40 percent increase on the same period of 2023."""),
    ("b07_yemen_tass", "2024-01-12", """DUBAI, January 12. /TASS/. The United States and the United Kingdom struck more than 60 targets in Yemen on Thursday night in response to attacks by the Ansar Allah movement on merchant ships in the Red Sea, the Houthi-run Al Masirah TV channel reported on Friday.

According to the channel, five people were killed and six others were wounded in the strikes on Sanaa, Hodeidah, Taiz and Saada. Houthi military spokesman Yahya Saree said in a televised address that the "American and British aggression will not go unpunished."

Abdul-Malik al-Houthi, the leader of the movement, had warned on Thursday that any strike on Yemen would meet a response "bigger than the attack itself".

US President Joe Biden said the strikes were "a clear message" and that he would not hesitate to order further measures. British Prime Minister Rishi Sunak called the action "limited, necessary and proportionate."

Russia has requested an urgent meeting of the UN Security Council. Russian Foreign Ministry spokeswoman Maria Zakharova described the strikes as a "blatant violation" of international law.

The Houthis, also known as Ansarullah, have launched dozens of drones and missiles at vessels since November, saying they act in support of Hamas. Nobody was hurt in the attacks, according to the Pentagon. Oil prices rose by 4% on the news.

The Saudi-led coalition, which has fought the Houthis since March 2015, called for restraint. Oman, which mediates between Saudi Arabia and the rebels, expressed concern."""),
    ("b08_nigeria", None, """MAIDUGURI, Nigeria (AP) — Suspected Islamic extremists abducted more than 280 students from a school in northwestern Nigeria, residents and officials said, the latest in a string of mass kidnappings that have plagued Africa's most populous nation.

The gunmen arrived on motorcycles around 8 a.m. as classes were starting at the school in Kuriga, Kaduna state, said Sani Abdullahi, a teacher who escaped. "They surrounded the school and forced the children into the bush. We could do nothing," he said.

A teacher was also taken, and one man who tried to resist was shot dead, residents said.

No group claimed responsibility. Bandit gangs seeking ransom are blamed for most such abductions in the northwest, while the jihadist group Boko Haram and its offshoot, the Islamic State West Africa Province, or ISWAP, operate in the northeast.

President Bola Tinubu ordered security agencies to ensure the students' swift return, his spokesman Ajuri Ngelale said in a statement. Kaduna Governor Uba Sani said the military and police were combing the forest.

The kidnapping evoked memories of the 2014 abduction of 276 schoolgirls from Chibok by Boko Haram, which sparked the global "Bring Back Our Girls" campaign. Nearly 100 of the Chibok girls are still missing a decade later.

The United Nations Children's Fund, UNICEF, said at least 1,400 students have been abducted from Nigerian schools since 2014. "Schools should be safe havens," UNICEF's representative in Nigeria, Cristian Munduate, said."""),
    ("b09_kyrgyz_tajik", "2022-09-17", """BISHKEK, Sept 17 (Reuters) - Kyrgyzstan said on Saturday that 24 of its citizens had been killed and 87 injured in two days of fighting with Tajik forces along their disputed border, the worst flare-up between the two Central Asian neighbours in decades.

Tajikistan's government said 35 people had died on its side, without saying how many were civilians. Both sides accused each other of using tanks, mortars and drones against villages.

Kyrgyz President Sadyr Japarov and Tajik leader Emomali Rahmon agreed a ceasefire on Friday on the sidelines of a Shanghai Cooperation Organisation summit in Samarkand, Uzbekistan, but sporadic shooting continued.

"We are ready to resolve all disputes through negotiations, but we will defend every metre of our land," Japarov said in a video address posted on his Facebook page.

Kyrgyzstan's State Committee for National Security (GKNB) said it had evacuated more than 136,000 people from the Batken region. Several Kyrgyz border guards were missing, a spokesman for the border service said.

Russian President Vladimir Putin urged both leaders to prevent further escalation, the Kremlin said. Russia has military bases in both countries, which are members of the Russia-led Collective Security Treaty Organisation (CSTO).

About a third of the 970-km frontier is not demarcated. A similar clash in April 2021 killed about 50 people and was dubbed the "water war" by local media because it began over a dispute about a water intake facility."""),
    ("b10_ethiopia", "2023-08-11", """Addis Ababa (AFP) - Ethiopia's government on Thursday said it had regained control of several towns in the Amhara region after a week of clashes with Fano militiamen, as the United Nations warned of a rising civilian toll.

The Ethiopian National Defence Force (ENDF) said in a statement carried by the state broadcaster EBC that “peace and order” had been restored in Gondar and Lalibela. Flights to the two cities resumed on Wednesday.

The UN human rights office said on Friday that at least 183 people had been killed since fighting erupted in July, many of them in drone strikes. Spokeswoman Marta Hurtado said authorities had also arrested more than 1,000 people under a six-month state of emergency declared on August 4.

Prime Minister Abiy Ahmed, who won the Nobel Peace Prize in 2019 for ending two decades of hostility with Eritrea, has vowed to disarm regional forces. Fano, a loosely organised volunteer militia, fought alongside federal troops against the Tigray People's Liberation Front (TPLF) during the two-year war in Tigray that ended with a truce signed in Pretoria in November 2022.

“The government betrayed us,” a Fano commander who gave his name only as Abebe told AFP by phone. “We helped them win and now they want to take our guns.”

Abiy's spokeswoman Billene Seyoum did not respond to a request for comment.

The African Union, headquartered in Addis Ababa, called for an immediate end to hostilities. A hospital official in Bahir Dar said 26 wounded were admitted on Monday and three of them later died."""),
    ("b11_myanmar", None, """Myanmar's ruling military said on Tuesday that an alliance of ethnic armed groups had seized a key border town near China, in the biggest battlefield setback for the generals since they took power in a coup in February 2021.

The Three Brotherhood Alliance, made up of the Myanmar National Democratic Alliance Army (MNDAA), the Ta'ang National Liberation Army (TNLA) and the Arakan Army, launched what it calls “Operation 1027” in late October, named after the date it began.

Junta spokesman Major General Zaw Min Tun acknowledged the loss of Laukkaing and said “the terrorists” had used drones to attack police stations. He said 14 security personnel were killed and dozens of family members of soldiers were taken hostage.

The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said more than 500,000 people have been displaced in northern Shan state. “Civilians are paying the heaviest price,” said UN resident coordinator Marcoluigi Corsi.

Senior General Min Aung Hlaing, the junta chief, warned that the country risked splitting apart if the offensive was not stopped. China, Myanmar's largest neighbour, has urged all sides to cease fire and brokered talks in Kunming in December.

The National Unity Government, set up by ousted lawmakers, said the People's Defence Force had captured an army battalion base and “several hundred” weapons. No independent verification was possible because internet access in the region is cut.

The Association of Southeast Asian Nations (ASEAN) has barred Myanmar's generals from its summits."""),
    ("b12_ukraine", "2024-03-02", """Russian drone strike on Odesa apartment block kills 10, including infant

A Russian drone hit a nine-storey apartment building in the southern Ukrainian port city of Odesa on Saturday, killing at least 10 people, including a four-month-old baby, regional governor Oleh Kiper said.

The strike came at about 1 a.m. local time (2300 GMT), when most residents were asleep. Eight people were injured and rescuers were searching the rubble for up to five people feared missing, the State Emergency Service said.

"Russia is killing our children," President Volodymyr Zelensky said in a video address. "Ukraine needs more air defence, and it needs it now."

The Ukrainian Air Force said it had shot down 31 of 39 Shahed drones launched in the attack. The Russian Defence Ministry said its forces had struck "military-industrial facilities" but did not mention Odesa.

Kremlin spokesman Dmitry Peskov told reporters that the talks proposed by Turkish President Recep Tayyip Erdogan were "not on the agenda".

Odesa has been targeted repeatedly since Russia pulled out of a Black Sea grain deal in July 2023. The attacks have become a weekly routine, one resident told Ukrinform.

The International Atomic Energy Agency, whose experts are stationed at the Zaporizhzhia nuclear plant, said on Friday that mines had been laid around the site for the second time in three months. IAEA chief Rafael Grossi said the situation was "very fragile".

Ukraine's military intelligence agency (HUR) said a strike on Crimea had killed "dozens" of Russian servicemen, a claim Russia did not confirm."""),
    ("b13_ecuador", None, """QUITO, Ecuador — Ecuador's President Daniel Noboa declared an "internal armed conflict" on Tuesday and ordered the military to "neutralize" 22 criminal gangs, shortly after masked gunmen burst into a television studio in the port city of Guayaquil during a live broadcast.

The gunmen, armed with pistols and explosives, held journalists and staff of TC Television at gunpoint for about 15 minutes before police stormed the building. Thirteen suspects were arrested and no one was killed, national police commander César Zapata said.

At least 10 people were killed in a wave of violence across the country, including two police officers in Nobol, and at least seven officers were kidnapped, police said. Inmates held more than 130 prison guards and administrative staff hostage at several prisons.

The unrest began after Adolfo Macías, alias "Fito", the leader of the Los Choneros gang, was discovered missing from his cell on Sunday. Authorities later said a second gang leader, Fabricio Colón Pico of Los Lobos, had also escaped.

Noboa, 36, who took office in November, addressed the nation on Wednesday night. He said:

"We will not negotiate with terrorists. This is a war we did not start, but we will win it.

"Every Ecuadorian must know that the state is here to protect them."

"We are living a nightmare, a resident of Guayaquil told local radio station Radio Centro.

Peru sent police to its border and Colombia's President Gustavo Petro offered help. The United States said it was "deeply concerned" by the violence and that its envoy Chris Dodd would travel to Quito. The Organization of American States called an emergency session."""),
    ("b14_sudan", "2024-06-06", """Published June 6, 2024

RSF attack on Sudan village kills over 100, say activists

KHARTOUM: Paramilitary fighters killed more than 100 people, including 35 children, in an attack on a village in Sudan's central Gezira state, pro-democracy activists said on Thursday, in one of the deadliest incidents of the country's 14-month war.

The Wad Madani Resistance Committee said the Rapid Support Forces (RSF) shelled Wad al-Noura twice on Wednesday before fighters stormed it. Videos posted online showed rows of bodies wrapped in white shrouds.

The RSF, led by Mohamed Hamdan Dagalo, widely known as Hemedti, said in a statement that it had attacked three army camps in the area and denied targeting civilians.

The Sudanese Armed Forces, headed by General Abdel Fattah al-Burhan, called the killings a “massacre”.

UN Secretary-General António Guterres said he was “horrified” and called for a thorough investigation. UNICEF said it had received reports that at least 35 children were killed.

The war, which erupted in April 2023, has killed tens of thousands of people and uprooted more than 9 million. The Intergovernmental Authority on Development (IGAD) and the United States have tried in vain to broker a ceasefire.

Hemedti's forces have besieged El Fasher, the capital of North Darfur, for weeks. Medecins Sans Frontieres said the hospital it supports there had treated more than 1,300 wounded people between May 10 and June 6, and 226 of them had died."""),
]

# --------------------------------------------------------------------------------------------
# Entities. Per doc: (surface, occ, LABEL, qid, name, gazetteer, form)
# occ=None: every whole-word occurrence (overlaps with longer tagged names are dropped:
# longest name wins). occ=int: that whole-word occurrence only.
# --------------------------------------------------------------------------------------------
C, G, O, P = "COUNTRY", "GROUP", "ORG", "OFFICIAL"
cg, gg, og, pg = "countries", "groups", "orgs", "officials"


def ctry(s, qid, name, form="name", occ=None):
    return (s, occ, C, qid, name, cg, form)


def grp(s, qid, name, form="name", occ=None):
    return (s, occ, G, qid, name, gg, form)


def org(s, qid, name, form="name", occ=None):
    return (s, occ, O, qid, name, og, form)


def off(s, name, form="name", qid=None, occ=None):
    return (s, occ, P, qid, name, pg, form)


ENTITIES = {
    "b01_somalia": [
        org("Reuters", "Q130879", "Reuters"),
        grp("Al-Shabaab", None, "al-Shabaab"),
        grp("al-Shabaab", None, "al-Shabaab"),
        ctry("Somalia", "Q1045", "Somalia"),
        grp("al Qaeda", "Q34490", "al-Qaeda", "alias"),
        off("Ahmed Hassan", "Ahmed Hassan"),
        off("Hassan Sheikh Mohamud", "Hassan Sheikh Mohamud"),
        off("Mohamud", "Hassan Sheikh Mohamud", "surname"),
        org("African Union Support and Stabilization Mission in Somalia", None, "AUSSOM"),
        org("AUSSOM", None, "AUSSOM", "acronym"),
        org("African Union", "Q7159", "African Union"),
        ctry("Ugandan", "Q1036", "Uganda", "demonym"),
        ctry("Uganda", "Q1036", "Uganda"),
        off("Felix Kulayigye", "Felix Kulayigye"),
        ctry("United States", "Q30", "United States"),
        org("U.S. Africa Command", None, "United States Africa Command"),
        org("AFRICOM", None, "United States Africa Command", "acronym"),
    ],
    "b02_armenia": [
        ctry("Armenia", "Q399", "Armenia"),
        org("AP", "Q40469", "Associated Press", "acronym"),
        org("Associated Press", "Q40469", "Associated Press"),
        ctry("Armenian", "Q399", "Armenia", "demonym"),
        off("Nikol Pashinyan", "Nikol Pashinyan"),
        off("Pashinyan", "Nikol Pashinyan", "surname"),
        ctry("Azerbaijan", "Q227", "Azerbaijan"),
        ctry("Azerbaijani", "Q227", "Azerbaijan", "demonym"),
        off("Ilham Aliyev", "Ilham Aliyev"),
        org("Collective Security Treaty Organization", None, "CSTO"),
        ctry("Russia", "Q159", "Russia"),
        off("Maria Zakharova", "Maria Zakharova"),
        org("European Union", "Q458", "European Union"),
        org("EUMA", None, "European Union Mission in Armenia", "acronym"),
    ],
    "b03_philippines": [
        ctry("Philippine", "Q928", "Philippines", "demonym"),
        grp("Dawlah Islamiyah", None, "Dawlah Islamiyah"),
        grp("Islamic State", "Q2429253", "Islamic State"),
        off("William Gonzales", "William Gonzales"),
        org("Western Mindanao Command", None, "Western Mindanao Command"),
        org("AFP", "Q40464", "Agence France-Presse", "acronym"),
        off("Gonzales", "William Gonzales", "surname"),
        off("Ferdinand Marcos Jr.", "Ferdinand Marcos Jr."),
        org("Armed Forces of the Philippines", None, "Armed Forces of the Philippines"),
        grp("IS", "Q2429253", "Islamic State", "acronym"),
        grp("Moro Islamic Liberation Front", None, "Moro Islamic Liberation Front"),
        grp("Abu Sayyaf", None, "Abu Sayyaf"),
        grp("Bangsamoro Islamic Freedom Fighters", None, "Bangsamoro Islamic Freedom Fighters"),
        grp("BIFF", None, "Bangsamoro Islamic Freedom Fighters", "acronym"),
        off("Gilberto Teodoro", "Gilberto Teodoro"),
        off("Teodoro", "Gilberto Teodoro", "surname"),
    ],
    "b04_kosovo": [
        org("Reuters", "Q130879", "Reuters"),
        ctry("Kosovo", "Q1246", "Kosovo"),
        ctry("Serb", "Q403", "Serbia", "demonym"),
        ctry("Serbs", "Q403", "Serbia", "demonym"),
        ctry("Serbia", "Q403", "Serbia"),
        ctry("Serbian", "Q403", "Serbia", "demonym"),
        off("Albin Kurti", "Albin Kurti"),
        off("Kurti", "Albin Kurti", "surname"),
        off("Aleksandar Vucic", "Aleksandar Vucic"),
        off("Vucic", "Aleksandar Vucic", "surname"),
        off("Xhelal Svecla", "Xhelal Svecla"),
        org("NATO", "Q7184", "NATO", "acronym"),
        org("KFOR", None, "Kosovo Force", "acronym"),
        off("Jens Stoltenberg", "Jens Stoltenberg"),
        org("EU", "Q458", "European Union", "acronym"),
        off("Josep Borrell", "Josep Borrell"),
    ],
    "b05_colombia_feature": [
        ctry("Venezuelan", "Q717", "Venezuela", "demonym"),
        grp("National Liberation Army", None, "National Liberation Army (Colombia)"),
        grp("ELN", None, "National Liberation Army (Colombia)", "acronym"),
        grp("Revolutionary Armed Forces of Colombia", None, "FARC"),
        grp("FARC", None, "FARC", "acronym"),
        off("Gustavo Petro", "Gustavo Petro"),
        off("Petro", "Gustavo Petro", "surname"),
        off("Iván Velásquez", "Iván Velásquez"),
        off("Antonio García", "Antonio García"),
        ctry("Colombians", "Q739", "Colombia", "demonym"),
        org("United Nations", "Q1065", "United Nations"),
        ctry("Colombia", "Q739", "Colombia"),
    ],
    "b06_drc": [
        ctry("Democratic Republic of Congo", "Q974", "Democratic Republic of the Congo"),
        ctry("Congo", "Q974", "Democratic Republic of the Congo", "alias"),
        ctry("Congolese", "Q974", "Democratic Republic of the Congo", "demonym"),
        grp("M23", None, "M23"),
        off("Lawrence Kanyuka", "Lawrence Kanyuka"),
        grp("Wazalendo", None, "Wazalendo"),
        ctry("Rwanda", "Q1037", "Rwanda"),
        ctry("Rwandan", "Q1037", "Rwanda", "demonym"),
        org("United Nations", "Q1065", "United Nations"),
        off("Paul Kagame", "Paul Kagame"),
        off("Kagame", "Paul Kagame", "surname"),
        off("Felix Tshisekedi", "Felix Tshisekedi"),
        org("Southern African Development Community", None, "Southern African Development Community"),
        org("Armed Forces of the Democratic Republic of Congo", None, "FARDC"),
        org("FARDC", None, "FARDC", "acronym"),
        ctry("South African", "Q258", "South Africa", "demonym"),
        org("South African National Defence Force", None, "South African National Defence Force"),
        org("UN", "Q1065", "United Nations", "acronym"),
        org("MONUSCO", None, "MONUSCO", "acronym"),
        org("International Organization for Migration", None, "International Organization for Migration"),
    ],
    "b07_yemen_tass": [
        org("TASS", None, "TASS"),
        ctry("United States", "Q30", "United States"),
        ctry("United Kingdom", "Q145", "United Kingdom"),
        ctry("Yemen", "Q805", "Yemen"),
        grp("Ansar Allah", None, "Houthis", "alias"),
        grp("Houthi", None, "Houthis", "alias"),
        org("Al Masirah", None, "Al Masirah"),
        off("Yahya Saree", "Yahya Saree"),
        ctry("American", "Q30", "United States", "demonym"),
        ctry("British", "Q145", "United Kingdom", "demonym"),
        off("Abdul-Malik al-Houthi", "Abdul-Malik al-Houthi"),
        ctry("US", "Q30", "United States", "acronym"),
        off("Joe Biden", "Joe Biden"),
        off("Rishi Sunak", "Rishi Sunak"),
        ctry("Russia", "Q159", "Russia"),
        org("UN Security Council", "Q37470", "United Nations Security Council"),
        ctry("Russian", "Q159", "Russia", "demonym"),
        off("Maria Zakharova", "Maria Zakharova"),
        grp("Houthis", None, "Houthis"),
        grp("Ansarullah", None, "Houthis", "alias"),
        grp("Hamas", None, "Hamas"),
        ctry("Saudi", "Q851", "Saudi Arabia", "demonym"),
        ctry("Oman", "Q842", "Oman"),
        ctry("Saudi Arabia", "Q851", "Saudi Arabia"),
    ],
    "b08_nigeria": [
        ctry("Nigeria", "Q1033", "Nigeria"),
        org("AP", "Q40469", "Associated Press", "acronym"),
        grp("Boko Haram", None, "Boko Haram"),
        grp("Islamic State West Africa Province", None, "ISWAP"),
        grp("ISWAP", None, "ISWAP", "acronym"),
        off("Bola Tinubu", "Bola Tinubu"),
        off("Ajuri Ngelale", "Ajuri Ngelale"),
        off("Uba Sani", "Uba Sani"),
        org("United Nations Children's Fund", None, "UNICEF"),
        org("UNICEF", None, "UNICEF", "acronym"),
        ctry("Nigerian", "Q1033", "Nigeria", "demonym"),
        off("Cristian Munduate", "Cristian Munduate"),
    ],
    "b09_kyrgyz_tajik": [
        org("Reuters", "Q130879", "Reuters"),
        ctry("Kyrgyzstan", "Q813", "Kyrgyzstan"),
        ctry("Tajik", "Q863", "Tajikistan", "demonym"),
        ctry("Tajikistan", "Q863", "Tajikistan"),
        ctry("Kyrgyz", "Q813", "Kyrgyzstan", "demonym"),
        off("Sadyr Japarov", "Sadyr Japarov"),
        off("Japarov", "Sadyr Japarov", "surname"),
        off("Emomali Rahmon", "Emomali Rahmon"),
        org("Shanghai Cooperation Organisation", None, "SCO"),
        ctry("Uzbekistan", "Q265", "Uzbekistan"),
        org("State Committee for National Security", None, "GKNB"),
        org("GKNB", None, "GKNB", "acronym"),
        ctry("Russian", "Q159", "Russia", "demonym"),
        off("Vladimir Putin", "Vladimir Putin", qid="Q7747"),
        ctry("Russia", "Q159", "Russia"),
        org("Collective Security Treaty Organisation", None, "CSTO"),
        org("CSTO", None, "CSTO", "acronym"),
    ],
    "b10_ethiopia": [
        org("AFP", "Q40464", "Agence France-Presse", "acronym"),
        ctry("Ethiopia", "Q115", "Ethiopia"),
        grp("Fano", None, "Fano"),
        org("United Nations", "Q1065", "United Nations"),
        org("Ethiopian National Defence Force", None, "Ethiopian National Defense Force"),
        org("ENDF", None, "Ethiopian National Defense Force", "acronym"),
        org("EBC", None, "Ethiopian Broadcasting Corporation", "acronym"),
        org("UN", "Q1065", "United Nations", "acronym"),
        off("Marta Hurtado", "Marta Hurtado"),
        off("Abiy Ahmed", "Abiy Ahmed"),
        off("Abiy", "Abiy Ahmed", "surname"),
        ctry("Eritrea", "Q986", "Eritrea"),
        grp("Tigray People's Liberation Front", None, "TPLF"),
        grp("TPLF", None, "TPLF", "acronym"),
        off("Abebe", "Abebe"),
        off("Billene Seyoum", "Billene Seyoum"),
        org("African Union", "Q7159", "African Union"),
    ],
    "b11_myanmar": [
        ctry("Myanmar", "Q836", "Myanmar"),
        ctry("China", "Q148", "China"),
        grp("Three Brotherhood Alliance", None, "Three Brotherhood Alliance"),
        grp("Myanmar National Democratic Alliance Army", None, "MNDAA"),
        grp("MNDAA", None, "MNDAA", "acronym"),
        grp("Ta'ang National Liberation Army", None, "TNLA"),
        grp("TNLA", None, "TNLA", "acronym"),
        grp("Arakan Army", None, "Arakan Army"),
        off("Zaw Min Tun", "Zaw Min Tun"),
        org("United Nations Office for the Coordination of Humanitarian Affairs", None, "OCHA"),
        org("OCHA", None, "OCHA", "acronym"),
        org("UN", "Q1065", "United Nations", "acronym"),
        off("Marcoluigi Corsi", "Marcoluigi Corsi"),
        off("Min Aung Hlaing", "Min Aung Hlaing"),
        grp("People's Defence Force", None, "People's Defence Force"),
        org("Association of Southeast Asian Nations", "Q7768", "ASEAN"),
        org("ASEAN", "Q7768", "ASEAN", "acronym"),
    ],
    "b12_ukraine": [
        ctry("Russian", "Q159", "Russia", "demonym"),
        ctry("Ukrainian", "Q212", "Ukraine", "demonym"),
        off("Oleh Kiper", "Oleh Kiper"),
        org("State Emergency Service", None, "State Emergency Service of Ukraine"),
        ctry("Russia", "Q159", "Russia"),
        off("Volodymyr Zelensky", "Volodymyr Zelensky"),
        ctry("Ukraine", "Q212", "Ukraine"),
        org("Ukrainian Air Force", None, "Ukrainian Air Force"),
        off("Dmitry Peskov", "Dmitry Peskov"),
        ctry("Turkish", "Q43", "Turkey", "demonym"),
        off("Recep Tayyip Erdogan", "Recep Tayyip Erdogan"),
        org("Ukrinform", None, "Ukrinform"),
        org("International Atomic Energy Agency", None, "IAEA"),
        org("IAEA", None, "IAEA", "acronym"),
        off("Rafael Grossi", "Rafael Grossi"),
        org("HUR", None, "Main Directorate of Intelligence (Ukraine)", "acronym"),
    ],
    "b13_ecuador": [
        ctry("Ecuador", "Q736", "Ecuador"),
        off("Daniel Noboa", "Daniel Noboa"),
        off("Noboa", "Daniel Noboa", "surname"),
        org("TC Television", None, "TC Televisión"),
        off("César Zapata", "César Zapata"),
        off("Adolfo Macías", "Adolfo Macías"),
        off("Fito", "Adolfo Macías", "alias"),
        grp("Los Choneros", None, "Los Choneros"),
        off("Fabricio Colón Pico", "Fabricio Colón Pico"),
        grp("Los Lobos", None, "Los Lobos"),
        ctry("Ecuadorian", "Q736", "Ecuador", "demonym"),
        org("Radio Centro", None, "Radio Centro"),
        ctry("Peru", "Q419", "Peru"),
        ctry("Colombia", "Q739", "Colombia"),
        off("Gustavo Petro", "Gustavo Petro"),
        ctry("United States", "Q30", "United States"),
        off("Chris Dodd", "Chris Dodd"),
        org("Organization of American States", "Q123759", "Organization of American States"),
    ],
    "b14_sudan": [
        grp("RSF", None, "Rapid Support Forces", "acronym"),
        ctry("Sudan", "Q1049", "Sudan"),
        grp("Rapid Support Forces", None, "Rapid Support Forces"),
        off("Mohamed Hamdan Dagalo", "Mohamed Hamdan Dagalo"),
        off("Hemedti", "Mohamed Hamdan Dagalo", "alias"),
        org("Sudanese Armed Forces", None, "Sudanese Armed Forces"),
        off("Abdel Fattah al-Burhan", "Abdel Fattah al-Burhan"),
        org("UN", "Q1065", "United Nations", "acronym"),
        off("António Guterres", "António Guterres"),
        org("UNICEF", None, "UNICEF", "acronym"),
        org("Intergovernmental Authority on Development", None, "IGAD"),
        org("IGAD", None, "IGAD", "acronym"),
        ctry("United States", "Q30", "United States"),
    ],
}

# --------------------------------------------------------------------------------------------
# Dates: (surface, occ, LABEL, value, anchor)
# --------------------------------------------------------------------------------------------
D, T, DU, S = "DATE", "TIME", "DURATION", "SET"
ABS, DOC, UNR = "absolute", "document", "unresolved"
DATES = {
    "b01_somalia": [
        ("March 4", 0, D, "2025-03-04", DOC),
        ("Monday", 0, D, "2025-03-03", DOC),
        ("this year", 0, D, "2025", DOC),
        ("more than 15 years", 0, DU, "P15Y", ABS),
        ("Monday night", 0, T, "2025-03-03TNI", DOC),
        ("January", 0, D, "2025-01", DOC),
        ("last week", 0, D, "2025-W09", DOC),
        ("Tuesday", 0, D, "2025-03-04", DOC),
        ("Feb. 28", 0, D, "2025-02-28", DOC),
    ],
    "b02_armenia": [
        ("Thursday", 0, D, "2024-05-16", DOC),
        ("nearly two weeks", 0, DU, "P2W", ABS),
        ("Wednesday evening", 0, T, "2024-05-15TEV", DOC),
        ("May 9", 0, D, "2024-05-09", DOC),
        ("the end of the year", 0, D, "2024", DOC),
        ("September 2023", 0, D, "2023-09", ABS),
        ("February", 0, D, "2024-02", DOC),
        ("Tuesday", 0, D, "2024-05-14", DOC),
        ("2023", 1, D, "2023", ABS),
    ],
    "b03_philippines": [
        ("Sunday", 0, D, "XXXX-WXX-7", UNR),
        ("December", 0, D, "XXXX-12", UNR),
        ("December", 1, D, "XXXX-12", UNR),
        ("2017", 0, D, "2017", ABS),
        ("five-month", 0, DU, "P5M", ABS),
        ("2014", 0, D, "2014", ABS),
        ("now", 0, D, "PRESENT_REF", UNR),
        ("Monday", 0, D, "XXXX-WXX-1", UNR),
    ],
    "b04_kosovo": [
        ("Sept 25", 0, D, "2023-09-25", DOC),
        ("Monday", 0, D, "2023-09-25", DOC),
        ("Wednesday", 0, D, "2023-09-27", DOC),
        ("Sunday night", 0, T, "2023-09-24TNI", DOC),
        ("2008", 0, D, "2008", ABS),
        ("May", 0, D, "2023-05", DOC),
    ],
    "b05_colombia_feature": [
        ("Jan. 16", 0, D, "2025-01-16", DOC),
        ("2016", 0, D, "2016", ABS),
        ("August 2022", 0, D, "2022-08", ABS),
        ("Friday", 0, D, "2025-01-24", DOC),
        ("Monday", 0, D, "2025-01-20", DOC),
        ("90 days", 0, DU, "P90D", ABS),
        ("more than two decades", 0, DU, "P2DE", ABS),
        ("2026", 0, D, "2026", ABS),
        ("Every week", 0, S, "P1W", ABS),
        ("a few months", 0, DU, "PXM", UNR),
    ],
    "b06_drc": [
        ("Monday", 0, D, "2024-02-19", DOC),
        ("late 2021", 0, D, "2021", ABS),
        ("two weeks ago", 0, D, "2024-W06", DOC),
        ("last month", 0, D, "2024-01", DOC),
        ("December", 0, D, "2023-12", DOC),
        ("Feb. 14", 0, D, "2024-02-14", DOC),
        ("last month", 1, D, "2024-01", DOC),
        ("the start of the year", 0, D, "2024", DOC),
        ("2023", 0, D, "2023", ABS),
    ],
    "b07_yemen_tass": [
        ("January 12", 0, D, "2024-01-12", DOC),
        ("Thursday night", 0, T, "2024-01-11TNI", DOC),
        ("Friday", 0, D, "2024-01-12", DOC),
        ("Thursday", 1, D, "2024-01-11", DOC),
        ("November", 0, D, "2023-11", DOC),
        ("March 2015", 0, D, "2015-03", ABS),
    ],
    "b08_nigeria": [
        ("around 8 a.m.", 0, T, "XXXX-XX-XXT08:00", UNR),
        ("2014", 0, D, "2014", ABS),
        ("a decade", 0, DU, "P1DE", ABS),
        ("2014", 1, D, "2014", ABS),
    ],
    "b09_kyrgyz_tajik": [
        ("Sept 17", 0, D, "2022-09-17", DOC),
        ("Saturday", 0, D, "2022-09-17", DOC),
        ("two days", 0, DU, "P2D", ABS),
        ("decades", 0, DU, "PXDE", UNR),
        ("Friday", 0, D, "2022-09-16", DOC),
        ("April 2021", 0, D, "2021-04", ABS),
    ],
    "b10_ethiopia": [
        ("Thursday", 0, D, "2023-08-10", DOC),
        ("a week", 0, DU, "P1W", ABS),
        ("Wednesday", 0, D, "2023-08-09", DOC),
        ("Friday", 0, D, "2023-08-11", DOC),
        ("July", 0, D, "2023-07", DOC),
        ("six-month", 0, DU, "P6M", ABS),
        ("August 4", 0, D, "2023-08-04", DOC),
        ("2019", 0, D, "2019", ABS),
        ("two decades", 0, DU, "P2DE", ABS),
        ("two-year", 0, DU, "P2Y", ABS),
        ("now", 0, D, "PRESENT_REF", UNR),
        ("November 2022", 0, D, "2022-11", ABS),
        ("Monday", 0, D, "2023-08-07", DOC),
    ],
    "b11_myanmar": [
        ("Tuesday", 0, D, "XXXX-WXX-2", UNR),
        ("February 2021", 0, D, "2021-02", ABS),
        ("late October", 0, D, "XXXX-10", UNR),
        ("December", 0, D, "XXXX-12", UNR),
    ],
    "b12_ukraine": [
        ("Saturday", 0, D, "2024-03-02", DOC),
        ("about 1 a.m.", 0, T, "2024-03-02T01:00", DOC),
        ("now", 0, D, "PRESENT_REF", UNR),
        ("2300 GMT", 0, T, "2024-03-01T23:00", DOC),
        ("July 2023", 0, D, "2023-07", ABS),
        ("weekly", 0, S, "P1W", ABS),
        ("Friday", 0, D, "2024-03-01", DOC),
        ("three months", 0, DU, "P3M", ABS),
    ],
    "b13_ecuador": [
        ("Tuesday", 0, D, "XXXX-WXX-2", UNR),
        ("about 15 minutes", 0, DU, "PT15M", ABS),
        ("Sunday", 0, D, "XXXX-WXX-7", UNR),
        ("November", 0, D, "XXXX-11", UNR),
        ("Wednesday night", 0, T, "XXXX-WXX-3TNI", UNR),
    ],
    "b14_sudan": [
        ("June 6, 2024", 0, D, "2024-06-06", ABS),
        ("Thursday", 0, D, "2024-06-06", DOC),
        ("14-month", 0, DU, "P14M", ABS),
        ("Wednesday", 0, D, "2024-06-05", DOC),
        ("April 2023", 0, D, "2023-04", ABS),
        ("weeks", 0, DU, "PXW", UNR),
        ("May 10", 0, D, "2024-05-10", DOC),
        ("June 6", 1, D, "2024-06-06", DOC),
    ],
}

# --------------------------------------------------------------------------------------------
# Casualties: (surface, occ, LABEL, min, max, approximate, negated, victims-surface-or-None)
# --------------------------------------------------------------------------------------------
K, I, KD, M = "KILLED", "INJURED", "KIDNAPPED", "MISSING"
CASUALTIES = {
    "b01_somalia": [
        ("killing at least 17 soldiers", 0, K, 17, None, False, False, "soldiers"),
        ("wounding 25 others", 0, I, 25, 25, False, False, "others"),
        ("Two Ugandan peacekeepers were reported missing", 0, M, 2, 2, False, False, "Ugandan peacekeepers"),
        ("several civilians were also hurt", 0, I, 3, 9, True, False, "civilians"),
        ("killed two militants", 0, K, 2, 2, False, False, "militants"),
        ("no civilians were injured", 0, I, 0, 0, False, True, "civilians"),
    ],
    "b02_armenia": [
        ("Several officers were treated for minor injuries", 0, I, 3, 9, True, False, "officers"),
        ("killed about 200 Armenian fighters", 0, K, 200, 200, True, False, "Armenian fighters"),
    ],
    "b03_philippines": [
        ("killed four suspected Islamist militants", 0, K, 4, 4, False, False, "suspected Islamist militants"),
        ("left four worshippers dead", 0, K, 4, 4, False, False, "worshippers"),
        ("One soldier was slightly wounded", 0, I, 1, 1, False, False, "soldier"),
        ("injured around 50 people", 0, I, 50, 50, True, False, "people"),
        ("killed more than 1,100 people", 0, K, 1100, None, False, False, "people"),
    ],
    "b04_kosovo": [
        ("left one officer and three attackers dead", 0, K, 4, 4, False, False, "one officer and three attackers"),
        ("two other officers were wounded", 0, I, 2, 2, False, False, "officers"),
        ("dozens of KFOR soldiers were hurt", 0, I, 24, 99, True, False, "KFOR soldiers"),
    ],
    "b05_colombia_feature": [
        ("more than 80 people were dead", 0, K, 80, None, False, False, "people"),
        ("at least five peace signatories — former FARC fighters who laid down their arms under a 2016 accord — were among the dead",
         0, K, 5, None, False, False, "peace signatories"),
        ("Dozens of people were missing", 0, M, 24, 99, True, False, "people"),
    ],
    "b06_drc": [
        ("At least 12 civilians were killed", 0, K, 12, None, False, False, "civilians"),
        ("dozens wounded", 0, I, 24, 99, True, False, None),
        ("Two South African soldiers were killed", 0, K, 2, 2, False, False, "South African soldiers"),
        ("three wounded", 0, I, 3, 3, False, False, None),
        ("2,000 wounded people", 0, I, 2000, 2000, False, False, "people"),
    ],
    "b07_yemen_tass": [
        ("five people were killed", 0, K, 5, 5, False, False, "people"),
        ("six others were wounded", 0, I, 6, 6, False, False, "others"),
        ("Nobody was hurt", 0, I, 0, 0, False, True, None),
    ],
    "b08_nigeria": [
        ("abducted more than 280 students", 0, KD, 280, None, False, False, "students"),
        ("A teacher was also taken", 0, KD, 1, 1, False, False, "teacher"),
        ("one man who tried to resist was shot dead", 0, K, 1, 1, False, False, "man"),
        ("abduction of 276 schoolgirls", 0, KD, 276, 276, False, False, "schoolgirls"),
        ("Nearly 100 of the Chibok girls are still missing", 0, M, 100, 100, True, False, "Chibok girls"),
        ("at least 1,400 students have been abducted", 0, KD, 1400, None, False, False, "students"),
    ],
    "b09_kyrgyz_tajik": [
        ("24 of its citizens had been killed", 0, K, 24, 24, False, False, "its citizens"),
        ("87 injured", 0, I, 87, 87, False, False, None),
        ("35 people had died", 0, K, 35, 35, False, False, "people"),
        ("Several Kyrgyz border guards were missing", 0, M, 3, 9, True, False, "Kyrgyz border guards"),
        ("killed about 50 people", 0, K, 50, 50, True, False, "people"),
    ],
    "b10_ethiopia": [
        ("at least 183 people had been killed", 0, K, 183, None, False, False, "people"),
        ("26 wounded", 0, I, 26, 26, False, False, None),
        ("three of them later died", 0, K, 3, 3, False, False, None),
    ],
    "b11_myanmar": [
        ("14 security personnel were killed", 0, K, 14, 14, False, False, "security personnel"),
        ("dozens of family members of soldiers were taken hostage", 0, KD, 24, 99, True, False,
         "family members of soldiers"),
    ],
    "b12_ukraine": [
        ("kills 10", 0, K, 10, 10, False, False, None),
        ("killing at least 10 people", 0, K, 10, None, False, False, "people"),
        ("Eight people were injured", 0, I, 8, 8, False, False, "people"),
        ("up to five people feared missing", 0, M, 1, 5, True, False, "people"),
        ('killed "dozens" of Russian servicemen', 0, K, 24, 99, True, False, "Russian servicemen"),
    ],
    "b13_ecuador": [
        ("no one was killed", 0, K, 0, 0, False, True, None),
        ("At least 10 people were killed", 0, K, 10, None, False, False, "people"),
        ("at least seven officers were kidnapped", 0, KD, 7, None, False, False, "officers"),
        ("held more than 130 prison guards and administrative staff hostage", 0, KD, 130, None, False, False,
         "prison guards and administrative staff"),
    ],
    "b14_sudan": [
        ("kills over 100", 0, K, 100, None, False, False, None),
        ("killed more than 100 people", 0, K, 100, None, False, False, "people"),
        ("at least 35 children were killed", 0, K, 35, None, False, False, "children"),
        ("killed tens of thousands of people", 0, K, 20000, 99999, True, False, "people"),
        ("more than 1,300 wounded people", 0, I, 1300, None, False, False, "people"),
        ("226 of them had died", 0, K, 226, 226, False, False, None),
    ],
}

# --------------------------------------------------------------------------------------------
# Quotes: (quote surface incl. marks, occ, speaker, speaker_dir, cue, cue_dir)
# speaker/cue: nearest whole-word occurrence after the quote ('>') or before it ('<');
# None = no speaker / no cue. Content = inside the marks (an unclosed quote has no closing mark).
# --------------------------------------------------------------------------------------------
QUOTES = {
    "b01_somalia": [
        ('"The enemy attacked our positions with car bombs and heavy weapons. Our forces repelled them but we lost brave men,"',
         0, "Ahmed Hassan", ">", "told", ">"),
        ('"total war"', 0, "he", "<", "has called", "<"),
    ],
    "b02_armenia": [
        ("“We are drawing a border so that we do not have a war,”", 0, "Pashinyan", ">", "told", ">"),
        ("“If we do not, the next war will come to us.”", 0, "Pashinyan", "<", "told", "<"),
        ("“capitulation.”", 0, "Bagrat Galstanyan", "<", "told", "<"),
        ("“making a historic mistake”", 0, "Maria Zakharova", "<", "said", "<"),
    ],
    "b03_philippines": [
        ('"This is a big blow to the terrorists. We will not stop until the remnants are neutralised,"',
         0, "Gonzales", ">", "said", ">"),
        ('"foreign terrorists"', 0, "Ferdinand Marcos Jr.", "<", "blamed", "<"),
        ('"We have the upper hand,"', 0, "Teodoro", ">", "told", ">"),
        ('"on high alert"', 0, "Teodoro", "<", "adding", "<"),
    ],
    "b04_kosovo": [
        ('"a terrorist attack orchestrated by official Serbia"', 0, "Albin Kurti", "<", "calling", "<"),
        ('"Those people were Serbs from Kosovo who did not want to put up with Kurti\'s terror anymore,"',
         0, "Vucic", ">", "said", ">"),
        ('"hideous"', 0, "Josep Borrell", "<", "called", "<"),
    ],
    "b05_colombia_feature": [
        ("“They came with lists of names,”", 0, "a 46-year-old woman", ">", "said", ">"),
        ("“My neighbour was taken away. We have not heard from him since.”", 0, "a 46-year-old woman", "<", "said", "<"),
        ("“the path of war”", 0, "Gustavo Petro", "<", "saying", "<"),
        ("“The ELN has no will for peace,”", 0, "Petro", ">", "wrote", ">"),
        ("“We are not at war with the people,”", 0, "he", ">", "said", ">"),
        ("“The state has lost the initiative,”", 0, "Elizabeth Dickinson", ">", "said", ">"),
        ("“Every week without a plan costs lives.”", 0, "Elizabeth Dickinson", "<", "said", "<"),
        ("“Maybe in a few months,”", 0, "she", ">", "said", ">"),
        ("“Maybe never.”", 0, "she", "<", "said", "<"),
    ],
    "b06_drc": [
        ('"Rwanda is not the problem; the problem is in Congo,"', 0, "Paul Kagame", ">", "told", ">"),
        ('"catastrophic"', 0, "MONUSCO", "<", "said", "<"),
    ],
    "b07_yemen_tass": [
        ('"American and British aggression will not go unpunished."', 0, "Yahya Saree", "<", "said", "<"),
        ('"bigger than the attack itself"', 0, "Abdul-Malik al-Houthi", "<", "had warned", "<"),
        ('"a clear message"', 0, "Joe Biden", "<", "said", "<"),
        ('"limited, necessary and proportionate."', 0, "Rishi Sunak", "<", "called", "<"),
        ('"blatant violation"', 0, "Maria Zakharova", "<", "described", "<"),
    ],
    "b08_nigeria": [
        ('"They surrounded the school and forced the children into the bush. We could do nothing,"',
         0, "he", ">", "said", ">"),
        ('"Schools should be safe havens,"', 0, "Cristian Munduate", ">", "said", ">"),
    ],
    "b09_kyrgyz_tajik": [
        ('"We are ready to resolve all disputes through negotiations, but we will defend every metre of our land,"',
         0, "Japarov", ">", "said", ">"),
    ],
    "b10_ethiopia": [
        ("“peace and order”", 0, "Ethiopian National Defence Force", "<", "said", "<"),
        ("“The government betrayed us,”", 0, "a Fano commander", ">", "told", ">"),
        ("“We helped them win and now they want to take our guns.”", 0, "a Fano commander", "<", "told", "<"),
    ],
    "b11_myanmar": [
        ("“the terrorists”", 0, "Zaw Min Tun", "<", "said", "<"),
        ("“Civilians are paying the heaviest price,”", 0, "Marcoluigi Corsi", ">", "said", ">"),
        ("“several hundred”", 0, "National Unity Government", "<", "said", "<"),
    ],
    "b12_ukraine": [
        ('"Russia is killing our children,"', 0, "Volodymyr Zelensky", ">", "said", ">"),
        ('"Ukraine needs more air defence, and it needs it now."', 0, "Volodymyr Zelensky", "<", "said", "<"),
        ('"military-industrial facilities"', 0, "Russian Defence Ministry", "<", "said", "<"),
        ('"not on the agenda"', 0, "Dmitry Peskov", "<", "told", "<"),
        ('"very fragile"', 0, "Rafael Grossi", "<", "said", "<"),
        ('"dozens"', 0, "Ukraine's military intelligence agency", "<", "said", "<"),
    ],
    "b13_ecuador": [
        ('"internal armed conflict"', 0, "Daniel Noboa", "<", "declared", "<"),
        ('"neutralize"', 0, "Daniel Noboa", "<", "ordered", "<"),
        # multi-paragraph quote: the first paragraph has no closing mark and the next opens with
        # one, so per issue 6's news convention the quotation continues: one quotation
        # (changed by the lead after the first scoring; the annotator had two, see README).
        ('"We will not negotiate with terrorists. This is a war we did not start, but we will win it.'
         '\n\n"Every Ecuadorian must know that the state is here to protect them."',
         0, "He", "<", "said", "<"),
        # unclosed mark: most plausible extent ends at the comma before the attribution
        ('"We are living a nightmare,', 0, "a resident of Guayaquil", ">", "told", ">"),
        ('"deeply concerned"', 0, "United States", "<", "said", "<"),
    ],
    "b14_sudan": [
        ("“massacre”", 0, "Sudanese Armed Forces", "<", "called", "<"),
        ("“horrified”", 0, "António Guterres", "<", "said", "<"),
    ],
}

OPEN_MARKS = "\"“‘«"
CLOSE_MARKS = "\"”’»"


def word_re(s):
    return re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")


def occurrences(text, s):
    return [m.start() for m in word_re(s).finditer(text)]


def nth(text, s, occ, doc_id):
    occs = occurrences(text, s)
    if occ >= len(occs):
        sys.exit(f"{doc_id}: surface {s!r} occurrence {occ} not found ({len(occs)} found)")
    return occs[occ]


def span(text, start, end):
    bstart = len(text[:start].encode("utf-8"))
    bend = bstart + len(text[start:end].encode("utf-8"))
    return {"start": start, "end": end, "byte_start": bstart, "byte_end": bend, "text": text[start:end]}


def nearest(text, s, qstart, qend, direction, doc_id):
    occs = occurrences(text, s)
    if direction == ">":
        cand = [o for o in occs if o >= qend]
        if not cand:
            sys.exit(f"{doc_id}: {s!r} not found after {qend}")
        return cand[0]
    cand = [o for o in occs if o + len(s) <= qstart]
    if not cand:
        sys.exit(f"{doc_id}: {s!r} not found before {qstart}")
    return cand[-1]


def build_entities(doc_id, text):
    cands = []
    for (s, occ, label, qid, name, gaz, form) in ENTITIES.get(doc_id, []):
        starts = occurrences(text, s) if occ is None else [nth(text, s, occ, doc_id)]
        if not starts:
            sys.exit(f"{doc_id}: entity {s!r} not found")
        for st in starts:
            cands.append((st, st + len(s), label, qid, name, gaz, form))
    # longest name wins: accept longer spans first, drop anything overlapping
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken = []
    out = []
    for c in cands:
        if any(c[0] < e and s < c[1] for (s, e) in taken):
            continue
        taken.append((c[0], c[1]))
        st, en, label, qid, name, gaz, form = c
        a = {"type": "entity", "label": label, **span(text, st, en),
             "entity": {"id": qid, "name": name, "gazetteer": gaz, "form": form}}
        out.append(a)
    return out


def build_dates(doc_id, text):
    out = []
    for (s, occ, label, value, anchor) in DATES.get(doc_id, []):
        st = nth(text, s, occ, doc_id)
        out.append({"type": "date", "label": label, **span(text, st, st + len(s)),
                    "value": value, "anchor": anchor})
    return out


def build_casualties(doc_id, text):
    out = []
    for (s, occ, label, mn, mx, approx, neg, victims) in CASUALTIES.get(doc_id, []):
        st = nth(text, s, occ, doc_id)
        a = {"type": "casualty", "label": label, **span(text, st, st + len(s)),
             "count": {"min": mn, "max": mx}, "approximate": approx, "negated": neg}
        if victims is not None:
            rel = s.find(victims)
            if rel < 0:
                sys.exit(f"{doc_id}: victims {victims!r} not inside {s!r}")
            a["victims"] = span(text, st + rel, st + rel + len(victims))
        out.append(a)
    return out


def build_quotes(doc_id, text):
    out = []
    for (s, occ, spk, sdir, cue, cdir) in QUOTES.get(doc_id, []):
        st = text.find(s)
        for _ in range(occ):
            st = text.find(s, st + 1)
        if st < 0:
            sys.exit(f"{doc_id}: quote {s!r} not found")
        en = st + len(s)
        assert s[0] in OPEN_MARKS, s
        cend = en - 1 if s[-1] in CLOSE_MARKS and len(s) > 1 else en
        a = {"type": "quote", "label": "QUOTE", **span(text, st, en),
             "content": span(text, st + 1, cend)}
        if spk is None:
            a["speaker"] = None
        else:
            p = nearest(text, spk, st, en, sdir, doc_id)
            a["speaker"] = span(text, p, p + len(spk))
        if cue is None:
            a["cue"] = None
        else:
            p = nearest(text, cue, st, en, cdir, doc_id)
            a["cue"] = span(text, p, p + len(cue))
        out.append(a)
    return out


def main():
    ids = [d[0] for d in DOCS]
    assert len(set(ids)) == len(ids)
    for table in (ENTITIES, DATES, CASUALTIES, QUOTES):
        for k in table:
            assert k in ids, k
    os.makedirs(os.path.join(ROOT, "tests/fixtures/blind"), exist_ok=True)
    with open(os.path.join(ROOT, "tests/fixtures/blind/news.jsonl"), "w", encoding="utf-8") as f:
        for doc_id, date, text in DOCS:
            rec = {"id": doc_id, "text": text}
            if date:
                rec["date"] = date
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    builders = {"entity": build_entities, "date": build_dates,
                "casualty": build_casualties, "quote": build_quotes}
    words = 0
    for typ, fn in builders.items():
        n = 0
        path = os.path.join(ROOT, f"tests/fixtures/gold/blind.{typ}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for doc_id, date, text in DOCS:
                anns = sorted(fn(doc_id, text), key=lambda a: (a["start"], a["end"]))
                for i, a in enumerate(anns):
                    a["id"] = f"a{i + 1}"
                    b = text.encode("utf-8")
                    assert text[a["start"]:a["end"]] == a["text"]
                    assert b[a["byte_start"]:a["byte_end"]].decode("utf-8") == a["text"]
                n += len(anns)
                f.write(json.dumps({"schema": "sitrep/1", "id": doc_id, "annotations": anns,
                                    "errors": []}, ensure_ascii=False) + "\n")
        print(f"{typ}: {n} annotations -> {os.path.relpath(path, ROOT)}")
    for doc_id, date, text in DOCS:
        w = len(text.split())
        words += w
        print(f"  {doc_id}: {w} words")
    print(f"total words: {words}")


if __name__ == "__main__":
    main()
