//! Every word list the casualty extractor uses, in one place. Code never names a word that is
//! not in this file. All entries are lowercase; matching lowercases the text (a copy).

use crate::model::Count;

/// The four casualty labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    Killed,
    Injured,
    Kidnapped,
    Missing,
}

impl Label {
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Killed => "KILLED",
            Label::Injured => "INJURED",
            Label::Kidnapped => "KIDNAPPED",
            Label::Missing => "MISSING",
        }
    }
}

/// Words whose presence (as a substring, ASCII case-insensitive) makes a sentence worth a look.
/// Sentences without any of them cost one automaton pass and nothing else.
pub const PREFILTER: &[&str] = &[
    "kill",
    "dead",
    "death",
    "died",
    "perish",
    "slain",
    "slew",
    "murder",
    "assassin",
    "massacr",
    "execut",
    "martyr",
    "injur",
    "wound",
    "hurt",
    "maim",
    "harm",
    "gunned",
    "kidnap",
    "abduct",
    "hostage",
    "captive",
    "prisoner",
    "drown",
    "missing",
    "unaccounted",
    "casualt",
    "fatalit",
    "homicide",
    "lives",
    "life",
    "toll",
    "bodies",
    "corpses",
    "disappear",
    "taken",
    "behead",
    "lynch",
    "hospitali",
    "treated for",
    "hospital with",
    "suffered",
    "sustained",
    "seized",
    "captured",
    "held",
    "lost",
    "losing",
    "dragged away",
    "carried off",
    // Captives freed ("frees 12 crew", `FREED_PEOPLE`) and people not found ("are yet to be
    // traced", `UNFOUND_VERBS`).
    "free",
    "releas",
    "accounted",
    "traced",
    "located",
    "found",
    // South Asian official prose ("embraced shahadat") and French/African security usage
    // ("the attackers were neutralised"); "martyr" already covers "embraced martyrdom".
    "shahadat",
    "neutrali",
];

/// The normative count table of the guidelines (Casualties): vague quantity words and their
/// documented ranges. Longest phrases first (the matcher takes the first that fits).
/// `(phrase, min, max, approximate)`.
pub const VAGUE: &[(&str, u64, u64, bool)] = &[
    ("hundreds of thousands of", 200_000, 999_999, true),
    ("hundreds of thousands", 200_000, 999_999, true),
    ("tens of thousands of", 20_000, 99_999, true),
    ("scores of thousands of", 40_000, 99_999, true),
    ("tens of thousands", 20_000, 99_999, true),
    ("a couple of", 2, 2, true),
    ("a handful of", 2, 5, true),
    ("millions of", 2_000_000, 9_999_999, true),
    ("thousands of", 2_000, 9_999, true),
    ("hundreds of", 200, 999, true),
    ("dozens of", 24, 99, true),
    ("scores of", 40, 99, true),
    ("tens of", 20, 99, true),
    ("a couple", 2, 2, true),
    ("a few", 2, 5, true),
    ("a dozen", 12, 12, true),
    ("several", 3, 9, true),
    ("dozens", 24, 99, true),
    ("scores", 40, 99, true),
    ("hundreds", 200, 999, true),
    ("thousands", 2_000, 9_999, true),
    ("millions", 2_000_000, 9_999_999, true),
];

/// Words that give an exact figure without a number.
pub const EXACT_WORDS: &[(&str, u64)] = &[("both", 2)];

/// Quantity words that give no figure: the guidelines say such statements are not annotated.
/// They still stop the matcher from reading a later word as the count.
pub const NO_FIGURE: &[&str] = &[
    "a number of",
    "a large number of",
    "an unknown number of",
    "an undetermined number of",
    "a significant number of",
    "many",
    "numerous",
    "multiple",
    "countless",
    "some of",
    "him",
    "he",
];

/// How a modifier changes a count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Modifier {
    /// "at least 21": min 21, max open.
    AtLeast,
    /// "about 21": min = max = 21, approximate.
    About,
    /// "up to 21": 1..21, approximate.
    UpTo,
    /// "fewer than 21": 1..20, approximate.
    FewerThan,
    /// "all four": the figure as it stands.
    Exact,
}

/// Modifiers before a number, longest first.
pub const MODIFIERS: &[(&str, Modifier)] = &[
    ("no fewer than", Modifier::AtLeast),
    ("no less than", Modifier::AtLeast),
    ("not less than", Modifier::AtLeast),
    ("in excess of", Modifier::AtLeast),
    ("a minimum of", Modifier::AtLeast),
    ("upwards of", Modifier::AtLeast),
    ("at least", Modifier::AtLeast),
    ("more than", Modifier::AtLeast),
    ("over", Modifier::AtLeast),
    ("as many as", Modifier::About),
    ("an estimated", Modifier::About),
    ("approximately", Modifier::About),
    ("roughly", Modifier::About),
    ("around", Modifier::About),
    ("about", Modifier::About),
    ("some", Modifier::About),
    ("nearly", Modifier::About),
    ("almost", Modifier::About),
    ("close to", Modifier::About),
    ("estimated", Modifier::About),
    ("up to", Modifier::UpTo),
    ("fewer than", Modifier::FewerThan),
    ("all of the", Modifier::Exact),
    ("another", Modifier::Exact),
    ("only", Modifier::Exact),
    ("all", Modifier::Exact),
    ("less than", Modifier::FewerThan),
];

/// Words after a number that make it a lower bound ("21 or more").
pub const OR_MORE: &[&str] = &["or more", "and more", "or so", "plus"];

/// Number words.
pub const UNITS: &[(&str, u64)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Multipliers after a number ("three hundred", "1.2 million", "two dozen").
pub const SCALES: &[(&str, u64)] = &[
    ("hundred", 100),
    ("thousand", 1_000),
    ("million", 1_000_000),
    ("billion", 1_000_000_000),
];

/// "dozen" after a number multiplies by twelve and makes the count approximate.
pub const DOZEN: &str = "dozen";

/// Articles that count one person when a person noun follows ("a policeman was killed").
pub const ARTICLES: &[&str] = &["a", "an"];

/// Fractions of a scale word: "half a million" (500,000), "a quarter of a million" (250,000),
/// "a third of a million". The divisor of the scale.
pub const FRACTIONS: &[(&str, u64)] = &[("half", 2), ("quarter", 4), ("third", 3)];

/// Possessive determiners that count one person in an enumeration ("and their local driver").
pub const POSSESSIVES: &[&str] = &["their", "his", "her", "its", "our", "your", "the"];

/// Subject pronouns that add one person to an enumerated subject ("she and eight others").
pub const PRONOUNS: &[&str] = &["he", "she"];

/// Negative quantifiers: the statement says nobody was harmed.
pub const NEGATORS: &[&str] = &[
    "no one",
    "no-one",
    "nobody",
    "none",
    "no",
    // "Not one soldier was hurt", "not a single civilian was killed".
    "not one",
    "not a single",
];

/// Verb forms that take the victims as object: "killed two engineers", "injuring 15".
pub const ACTIVE: &[(&str, Label)] = &[
    ("kill", Label::Killed),
    ("kills", Label::Killed),
    ("killed", Label::Killed),
    ("killing", Label::Killed),
    ("slay", Label::Killed),
    ("slays", Label::Killed),
    ("slew", Label::Killed),
    ("murder", Label::Killed),
    ("murders", Label::Killed),
    ("murdered", Label::Killed),
    ("murdering", Label::Killed),
    ("assassinated", Label::Killed),
    ("massacred", Label::Killed),
    // "militants executed three hostages": the victims must be people (`PEOPLE_ONLY_VERBS`).
    ("executed", Label::Killed),
    // "troops neutralised three terrorists": security usage for killing, people only
    // (`PEOPLE_ONLY_VERBS`: not "neutralised two explosive devices").
    ("neutralised", Label::Killed),
    ("neutralized", Label::Killed),
    ("injure", Label::Injured),
    ("injures", Label::Injured),
    ("injured", Label::Injured),
    ("injuring", Label::Injured),
    ("wound", Label::Injured),
    ("wounds", Label::Injured),
    ("wounded", Label::Injured),
    ("wounding", Label::Injured),
    ("hurt", Label::Injured),
    ("hurts", Label::Injured),
    ("hurting", Label::Injured),
    ("maim", Label::Injured),
    ("maims", Label::Injured),
    ("maimed", Label::Injured),
    ("maiming", Label::Injured),
    ("abduct", Label::Kidnapped),
    ("abducts", Label::Kidnapped),
    ("abducted", Label::Kidnapped),
    ("abducting", Label::Kidnapped),
    ("kidnap", Label::Kidnapped),
    ("kidnaps", Label::Kidnapped),
    ("kidnapped", Label::Kidnapped),
    ("kidnaped", Label::Kidnapped),
    ("kidnapping", Label::Kidnapped),
    ("kidnaping", Label::Kidnapped),
];

/// Multi-word active verbs: the first word, the words that must follow, the label.
pub const ACTIVE_PHRASES: &[(&str, &[&str], Label)] = &[
    ("shot", &["dead"], Label::Killed),
    ("gunned", &["down"], Label::Killed),
    // "the raiders dragged away about 20 young women"
    ("dragged", &["away"], Label::Kidnapped),
    ("carried", &["off"], Label::Kidnapped),
];

/// Verbs of losing people: "lost one soldier", "had lost only four men", "lost four children"
/// (killed). Only with a force's members ([`FORCE_MEMBERS`]) or kin ([`KIN_NOUNS`],
/// [`KIN_PLURALS`]) as the object:
/// "lost 12 seats", "lost two engineers to a rival firm" are no deaths.
pub const LOSS_VERBS: &[&str] = &["lost", "losing"];

/// Members of a fighting force, the people a side "loses" in fighting.
pub const FORCE_MEMBERS: &[&str] = &[
    "soldier",
    "soldiers",
    "men",
    "troops",
    "troopers",
    "policemen",
    "policeman",
    "officers",
    "fighters",
    "marines",
    "personnel",
    "commandos",
    "sailors",
    "airmen",
    "guardsmen",
    "peacekeepers",
    "militiamen",
    "rebels",
    "comrades",
];

/// A country's people it "loses" in an attack abroad ("France, which lost three of its
/// nationals"): deaths like a force's members.
pub const LOSS_PEOPLE: &[&str] = &["nationals", "citizens", "compatriots"];

/// Kin (plural; the singular are [`KIN_NOUNS`]) a person "loses" to violence ("a woman who
/// lost four children", "lost two sons in the attack"): with a figure, deaths like a force's
/// members.
pub const KIN_PLURALS: &[&str] = &[
    "children",
    "sons",
    "daughters",
    "brothers",
    "sisters",
    "relatives",
    "grandchildren",
    "nephews",
    "nieces",
    "cousins",
    "husbands",
    "wives",
    "parents",
    "siblings",
];

/// Base forms of the active verbs: after a modal or "to" they state intent, not an event.
pub const BASE_FORMS: &[&str] = &[
    "kill", "slay", "murder", "injure", "wound", "hurt", "maim", "abduct", "kidnap",
];

/// Words after the victims (and an optional auxiliary) that state their fate:
/// "five soldiers were killed", "12 dead", "three people died", "two remain missing".
pub const FATES: &[(&str, Label)] = &[
    ("killed", Label::Killed),
    ("slain", Label::Killed),
    ("murdered", Label::Killed),
    ("assassinated", Label::Killed),
    ("massacred", Label::Killed),
    ("executed", Label::Killed),
    // Pakistani and Middle Eastern official prose: "12 soldiers were martyred".
    ("martyred", Label::Killed),
    // "the three attackers were neutralised" (people only, `PEOPLE_ONLY_VERBS`).
    ("neutralised", Label::Killed),
    ("neutralized", Label::Killed),
    ("dead", Label::Killed),
    ("died", Label::Killed),
    ("perished", Label::Killed),
    ("drowned", Label::Killed),
    ("deaths", Label::Killed),
    ("fatalities", Label::Killed),
    ("homicides", Label::Killed),
    ("killings", Label::Killed),
    ("murders", Label::Killed),
    // "three charred bodies", "nearly 3,000 bodies": the dead, counted (see `BODY_NOUNS`).
    ("bodies", Label::Killed),
    ("corpses", Label::Killed),
    ("injured", Label::Injured),
    ("wounded", Label::Injured),
    ("hurt", Label::Injured),
    ("maimed", Label::Injured),
    ("harmed", Label::Injured),
    ("injuries", Label::Injured),
    ("hospitalised", Label::Injured),
    ("hospitalized", Label::Injured),
    ("abducted", Label::Kidnapped),
    ("kidnapped", Label::Kidnapped),
    ("kidnaped", Label::Kidnapped),
    ("missing", Label::Missing),
];

/// Multi-word fates: the first word, the words that must follow, the label.
pub const FATE_PHRASES: &[(&str, &[&str], Label)] = &[
    ("lost", &["their", "lives"], Label::Killed),
    ("lost", &["his", "life"], Label::Killed),
    ("lost", &["her", "life"], Label::Killed),
    ("taken", &["hostage"], Label::Kidnapped),
    ("held", &["hostage"], Label::Kidnapped),
    ("taken", &["captive"], Label::Kidnapped),
    // "At least 20 young women were carried off": the passive of the active phrases.
    ("carried", &["off"], Label::Kidnapped),
    ("dragged", &["away"], Label::Kidnapped),
    ("unaccounted", &["for"], Label::Missing),
    ("stabbed", &["to", "death"], Label::Killed),
    ("beaten", &["to", "death"], Label::Killed),
    ("burned", &["to", "death"], Label::Killed),
    ("burnt", &["to", "death"], Label::Killed),
    ("hacked", &["to", "death"], Label::Killed),
    ("crushed", &["to", "death"], Label::Killed),
    ("trampled", &["to", "death"], Label::Killed),
    ("shot", &["to", "death"], Label::Killed),
    ("tortured", &["to", "death"], Label::Killed),
    ("bludgeoned", &["to", "death"], Label::Killed),
    ("clubbed", &["to", "death"], Label::Killed),
    ("stoned", &["to", "death"], Label::Killed),
    ("lynched", &[], Label::Killed),
    // South Asian official prose: "70 persons embraced shahadat" (martyrdom).
    ("embraced", &["shahadat"], Label::Killed),
    ("embraced", &["martyrdom"], Label::Killed),
    // "280 civilians held as human shields": held by captors, like "held hostage".
    ("held", &["as", "human", "shields"], Label::Kidnapped),
    ("beheaded", &[], Label::Killed),
];

/// Killing verbs that take things as well as people ("executed three hostages", "executed 12
/// search warrants"): the victims must be people.
pub const PEOPLE_ONLY_VERBS: &[&str] = &["executed", "neutralised", "neutralized"];

/// Euphemisms for killing that security prose puts in scare quotes ("were \"neutralised\""):
/// the opening mark is dropped by the tokenizer so the subject is read, the closing one stays
/// in the span.
pub const QUOTED_FATES: &[&str] = &["neutralised", "neutralized"];
/// Glosses that make "neutralised" a mix of fates ("the word means killed or captured").
pub const MIXED_GLOSSES: &[&str] = &[
    "or captured",
    "captured or",
    "or surrendered",
    "or arrested",
    "arrested or",
];

/// The first words of [`FATE_PHRASES`] that take goods as well as people ("carried off").
pub const CARRIED_AWAY: &[&str] = &["carried", "dragged"];

/// Fates that are nouns and only count after "no": "no deaths were reported". Not "casualties":
/// they mix killed and injured, which match no label, so the guidelines leave them out, with a
/// figure or denied ("No casualties were reported among the crews" is no statement).
pub const NEGATED_NOUNS: &[(&str, Label)] = &[
    ("deaths", Label::Killed),
    ("fatalities", Label::Killed),
    ("injuries", Label::Injured),
];

/// Injury stated by a verb and a noun, with at most `INJURY_GAP` adjectives between: "were
/// treated for minor injuries", "suffered gunshot wounds", "sustained serious injuries".
pub const INJURY_VERBS: &[&[&str]] = &[
    &["treated", "for"],
    &["admitted", "to", "hospital", "with"],
    &["taken", "to", "hospital", "with"],
    &["rushed", "to", "hospital", "with"],
    &["suffered"],
    &["sustained"],
];
pub const INJURY_NOUNS: &[&str] = &["injuries", "injury", "wounds", "wound", "burns"];
pub const INJURY_GAP: usize = 3;

/// Fate participles used as adjectives before the victims: "30 wounded people", "five dead
/// soldiers".
pub const ATTRIBUTIVE_FATES: &[&str] = &["wounded", "injured", "dead", "kidnapped", "abducted"];

/// After "no", words that deny information rather than casualties: "No casualty figures were
/// available", "no immediate word on casualties" are not negated statements.
pub const NO_INFORMATION: &[&str] = &[
    "word",
    "figures",
    "figure",
    "details",
    "information",
    "confirmation",
    "estimate",
    "estimates",
    "count",
    "numbers",
    "breakdown",
    "data",
];

/// Dashes that open and close an aside between a subject and its verb.
pub const DASHES: &[&str] = &["\u{2014}", "\u{2013}"];
/// The longest relative clause between a subject and its fate: "one man who tried to flee the
/// checkpoint was shot dead".
pub const RELATIVE_WINDOW: usize = 14;

/// Links of a chain of place or `of` phrases after a subject's people head ("aid workers
/// [from] a Catholic mission [near] the town"), and how many words the chain may span.
pub const PLACE_LINKS: &[&str] = &[
    "of", "from", "at", "in", "on", "aboard", "inside", "near", "outside", "with",
];
pub const PLACE_CHAIN: usize = 14;

/// "died of their wounds": the dying verbs and the wound nouns of a cause phrase that stays in
/// the statement's span (`cause_of_death_end`).
pub const DYING_VERBS: &[&str] = &["died", "die", "dies", "dying"];
pub const WOUND_NOUNS: &[&str] = &["wounds", "injuries", "wound", "injury"];

/// How many words the singular person phrase before "and N other(s)" may have ("The U.S.
/// ambassador to Libya and three other Americans": five after the article).
pub const OTHER_PHRASE: usize = 8;

/// How many words before "and were killed" the first verb of a coordinated predicate and its
/// subject are looked for ("Several insurgents presented an immediate threat to the combined
/// force and were killed").
pub const COORDINATED_WINDOW: usize = 14;

/// Plural person nouns without an -s: the head that ends "30 wounded people".
pub const PLURAL_PEOPLE: &[&str] = &[
    "people",
    "children",
    "persons",
    "carabinieri",
    "men",
    "women",
];

/// Collective heads of a victims phrase that an `of` phrase or a coordination may extend
/// ("13 members of the security services", "10 of its staff").
pub const COLLECTIVE_PEOPLE: &[&str] = &["members", "staff", "personnel", "troops", "crew"];

/// "three of them died", "four of whom were wounded": a count of people already named.
pub const OF_THEM: &[&str] = &["them", "whom"];

/// The participle before "dead" that makes it a violent death for a named subject ("Nijjar
/// was shot dead"; "X is dead" alone may be a natural death).
pub const SHOT: &[&str] = &["shot"];

/// Fates that make a named subject a casualty ("Mahmood was killed"). Not "hurt", "harmed",
/// "missing" or "died" ("Iran was hurt by sanctions", "the file was missing", obituaries), and
/// not "injured"/"wounded": named injuries are mostly sport ("Vickery was injured").
pub const NAMED_FATES: &[&str] = &[
    "killed",
    "slain",
    "murdered",
    "assassinated",
    "kidnapped",
    "kidnaped",
    "abducted",
];

/// Fates that are plural nouns ("70 deaths", "30,000 homicides"): they do not enumerate
/// backwards ("10,500 offences and 70 deaths").
pub const NOUN_FATES: &[&str] = &[
    "deaths",
    "bodies",
    "corpses",
    "fatalities",
    "homicides",
    "killings",
    "murders",
    "injuries",
];

/// Nouns of [`NOUN_FATES`] that count the dead by their remains: a figure right before them, or
/// one of [`BODY_STATES`] between ("three charred bodies"); not "12 governing bodies", "two
/// security bodies".
pub const BODY_NOUNS: &[&str] = &["bodies", "corpses"];

/// The words between a figure and a [`BODY_NOUNS`] noun that keep it a count of the dead.
pub const BODY_STATES: &[&str] = &[
    "charred",
    "burned",
    "burnt",
    "mutilated",
    "decomposed",
    "decomposing",
    "headless",
    "decapitated",
    "dismembered",
    "unidentified",
    "bullet-riddled",
    "bloated",
    "dead",
];

/// Words before a count of [`BODY_NOUNS`] that make it definite: bodies counted before, or
/// institutions ("the two bodies agreed"). Not "that" ("said that 3,000 bodies had been
/// collected").
pub const BODY_DEFINITE: &[&str] = &[
    "the", "these", "those", "both", "its", "their", "his", "her", "our", "all",
];

/// Fates that are verbs without an object: a following noun phrase does not make them active
/// (nor does it after a [`NOUN_FATES`] noun).
pub const INTRANSITIVE: &[&str] = &["dead", "died", "perished", "drowned", "missing"];

/// Nouns followed by "of" and the victims: "the death of five nationals", "abduction of 11".
pub const OF_NOUNS: &[(&str, Label)] = &[
    ("death", Label::Killed),
    ("deaths", Label::Killed),
    ("killing", Label::Killed),
    ("killings", Label::Killed),
    ("murder", Label::Killed),
    ("murders", Label::Killed),
    ("assassination", Label::Killed),
    ("assassinations", Label::Killed),
    ("massacre", Label::Killed),
    ("martyrdom", Label::Killed),
    // "the bodies of 18 migrants were recovered": the dead, counted (a count must follow;
    // see `OF_PEOPLE_ONLY`).
    ("bodies", Label::Killed),
    ("injuring", Label::Injured),
    ("wounding", Label::Injured),
    ("kidnapping", Label::Kidnapped),
    ("kidnappings", Label::Kidnapped),
    ("abduction", Label::Kidnapped),
    ("abductions", Label::Kidnapped),
    ("disappearance", Label::Missing),
];

/// Linking verbs between "or" and a second fate that makes a statement mixed ("died or went
/// missing", "were killed or are missing"): such a count matches no one label.
pub const MIXED_LINK_VERBS: &[&str] = &[
    "went", "gone", "go", "were", "was", "are", "is", "remain", "remained", "remains",
];

/// Nouns of `OF_NOUNS` whose victims must name people or a person ("the bodies of 18
/// migrants", not "the governing bodies of 12 federations").
pub const OF_PEOPLE_ONLY: &[&str] = &["bodies"];

/// Verbs that leave victims in a state: "left 9 people injured", "leaving 12 dead".
pub const LEAVE_VERBS: &[&str] = &["left", "leaving", "leaves", "leave"];

/// The state words after "left … ".
pub const LEFT_STATES: &[(&str, Label)] = &[
    ("dead", Label::Killed),
    ("injured", Label::Injured),
    ("wounded", Label::Injured),
    ("hurt", Label::Injured),
    ("missing", Label::Missing),
];

/// Verbs that take hostages: "took 5 workers hostage", "seized 12 hostages".
pub const HOSTAGE_VERBS: &[&str] = &[
    "took", "take", "takes", "taking", "taken", "seized", "seizing", "held", "holding", "holds",
    "hold",
];

/// Verbs and nouns of freeing: the hostages freed were kidnapped, and the statement counts
/// them ("freeing 71 hostages", "secured the release of 26 hostages"); only with a hostage word
/// as the head ("released 300 prisoners" is no kidnapping).
pub const RELEASE_WORDS: &[&str] = &[
    "freed",
    "freeing",
    "frees",
    "free",
    "released",
    "releasing",
    "releases",
    "release",
    "rescued",
    "rescuing",
    "rescues",
    "rescue",
    // "tricked the guerrillas into handing over 15 hostages".
    "handed",
    "handing",
];

/// Words after hostages counted before them that free them: "Five hostages were freed",
/// "Four hostages, two of them resort workers, escaped" (the hostages were kidnapped; the
/// statement counts them, like [`RELEASE_WORDS`] before a count).
pub const FREED_AFTER: &[&str] = &["freed", "released", "rescued", "escaped"];

/// People freed or still held who were captives when the document is about an abduction
/// (`freed_people`, `ABDUCTION_STEMS`): "freeing 15 of the 17 crew members", "600 workers had
/// been freed", "two sailors are still being held". Two annotators count them as kidnapped, like
/// freed hostages. Not prisoners, detainees or suspects (an arrest and its end): those words are
/// simply absent, and a victims phrase holding one of `FREED_NOT_CAPTIVES` is none.
pub const FREED_PEOPLE: &[&str] = &[
    "crew",
    "crews",
    "crewmen",
    "crewman",
    "crewmembers",
    "sailor",
    "sailors",
    "seafarer",
    "seafarers",
    "seamen",
    "seaman",
    "fishermen",
    "fisherman",
    "worker",
    "workers",
    "employee",
    "employees",
    "staff",
    "passenger",
    "passengers",
    "foreigner",
    "foreigners",
    "tourist",
    "tourists",
    "engineer",
    "engineers",
    "expatriates",
    "missionary",
    "missionaries",
    "nun",
    "nuns",
    "priest",
    "priests",
    "journalist",
    "journalists",
    "schoolgirls",
    "schoolchildren",
    "pupils",
    "students",
    "villagers",
    "nationals",
    "people",
];
/// Words in a victims phrase that make the freed people no captives: "released 30 workers and
/// 12 prisoners" is an amnesty, not an abduction's end.
pub const FREED_NOT_CAPTIVES: &[&str] = &[
    "prisoner",
    "prisoners",
    "detainee",
    "detainees",
    "suspect",
    "suspects",
    "inmates",
    "convicts",
    "protesters",
    "demonstrators",
    "activists",
    "soldiers",
    "troops",
    "rebels",
];
/// Before "held": "still held", "still being held" (captivity now, not a past detention).
pub const STILL_WORDS: &[&str] = &["still"];
/// Verbs that free, before or after the count of the freed people. Not "escaped" (from prison
/// as often as from captors) nor "rescued" (from the sea or the rubble: "27 people had been
/// rescued" from a migrant boat, blind11).
pub const FREEING_VERBS: &[&str] = &[
    "freed",
    "freeing",
    "frees",
    "free",
    "released",
    "releasing",
    "releases",
];
/// Lower-case stems whose presence in a document makes it about an abduction, so people freed
/// in it were captives.
pub const ABDUCTION_STEMS: &[&str] = &[
    "kidnap", "abduct", "hostage", "hijack", "pirate", "captive", "captor", "ransom",
];

/// People not found (MISSING): the participle, the words it needs after it, and the
/// negated or pending forms before it ("had not been accounted for", "are yet to be traced",
/// "have still not been found"). Never "were accounted for", "were found dead".
pub const UNFOUND_VERBS: &[(&str, &[&str])] = &[
    ("accounted", &["for"]),
    ("traced", &[]),
    ("located", &[]),
    ("found", &[]),
];
/// The words before an `UNFOUND_VERBS` participle that make it not yet done.
pub const UNFOUND_BEFORE: &[&[&str]] = &[
    &["not", "been"],
    &["not", "yet", "been"],
    &["never", "been"],
    &["yet", "to", "be"],
];

/// The words that make the object of a hostage verb a kidnapping.
pub const HOSTAGE_WORDS: &[&str] = &["hostage", "hostages", "captive", "captives"];
/// After the object of a hostage verb only ("had taken two soldiers prisoner"): "took 300
/// prisoners" names no victims.
pub const PRISONER_WORDS: &[&str] = &["prisoner", "prisoners"];

/// "were taken" is a kidnapping when the sentence is about an abduction: "at least five women were
/// taken", "were taken by gunmen"; not "taken to hospital", "taken into custody", "taken over".
pub const TAKEN: &str = "taken";
/// After "taken"/"seized", a place or time phrase of at most `TAKEN_PHRASE` words may come
/// before the perpetrator: "seized at a checkpoint by militants", "taken in a raid by gunmen".
pub const TAKEN_PREPOSITIONS: &[&str] = &["at", "in", "near", "on", "during", "outside", "from"];
pub const TAKEN_PHRASE: usize = 6;
/// In the phrase after "seized"/"taken" (no agent): a noun naming an attack makes it a
/// kidnapping ("12 villagers were seized in the raid") ...
pub const TAKEN_ATTACK_NOUNS: &[&str] = &[
    "raid",
    "raids",
    "attack",
    "attacks",
    "assault",
    "ambush",
    "incursion",
    "rampage",
];
/// ... unless the phrase or the subject names an arrest ("seized in a police raid", "two
/// suspects were seized").
pub const TAKEN_ARREST_WORDS: &[&str] = &[
    "police",
    "troops",
    "army",
    "soldiers",
    "forces",
    "authorities",
    "officers",
    "agents",
    "customs",
    "security",
    "suspects",
    "suspect",
];
/// The auxiliaries one of which must come right before a "taken"-like word (after adverbs) for
/// it to be a kidnapping: "were taken", "had been seized".
pub const TAKEN_AUXILIARIES: &[&str] = &["was", "were", "been", "being"];

/// Participles read like "taken": "eight villagers were seized by armed men".
pub const TAKEN_LIKE: &[&str] = &["taken", "seized", "captured"];
/// "captured" is also an arrest or a battlefield capture ("police captured two suspects",
/// "troops captured the town"), so it is a kidnapping only with a perpetrator named as its
/// agent ("were captured by militants") or as its subject ("its fighters had captured two
/// soldiers", `CAPTOR_GAP` words back at most), never with a perpetrator as its object.
pub const CAPTURED: &str = "captured";
pub const CAPTOR_GAP: usize = 4;
/// Verbs of holding people: with a perpetrator as their subject (`captor_subject`) and people
/// as their object, a kidnapping ("Gunmen briefly held three aid workers at a roadblock"); not
/// "police held three suspects" (no perpetrator), "rebels held 20 seats" (no people).
pub const HELD_VERBS: &[&str] = &["held", "holding", "hold", "holds"];
/// Before "taken", a word that ties the clause to an abduction told just before: "A teacher
/// was also taken."
pub const TAKEN_ALSO: &[&str] = &["also"];
/// What may follow "taken" for it to be a kidnapping: the end of the clause, or one of these.
pub const TAKEN_NEXT: &[&str] = &[
    ".", ",", ";", ":", "", "and", "by", "from", "at", "away", "ashore", "-", "—",
];
/// Adverbs of carrying off between "taken" and its agent: "taken away by", "taken ashore by the
/// pirates".
pub const TAKEN_AWAY: &[&str] = &["away", "ashore"];
/// After "taken away"/"taken at", the word that must follow ("taken away by", "at gunpoint").
pub const TAKEN_NEXT2: &[(&str, &str)] = &[
    ("away", "by"),
    ("ashore", "by"),
    ("away", "."),
    ("away", ","),
    ("at", "gunpoint"),
];
/// Who kidnaps: a perpetrator after "taken by" ("by armed men"; words listed in `TAKEN_BY_SKIP`
/// are skipped first), and with `ABDUCTION_WORDS` the words that make a sentence about an
/// abduction.
pub const PERPETRATORS: &[&str] = &[
    "gunmen",
    "gunman",
    "kidnappers",
    "kidnapper",
    "abductors",
    "abductor",
    "captors",
    "militants",
    "militant",
    "rebels",
    "insurgents",
    "pirates",
    "bandits",
    "jihadists",
    "extremists",
    "terrorists",
    "attackers",
    "assailants",
    "raiders",
    "men",
    "fighters",
    "militiamen",
    "militias",
    "militia",
    "guerrillas",
];
/// Verbs that take a perpetrator as object ("Police arrested three gunmen and held …").
pub const CAPTOR_OBJECT_VERBS: &[&str] = &[
    "arrested",
    "arrest",
    "arrests",
    "arresting",
    "detained",
    "detaining",
    "captured",
    "capturing",
    "killed",
    "caught",
    "seized",
    "shot",
    "wounded",
    "surrounded",
    "disarmed",
];
/// How far back from a perpetrator noun a verb taking it as object may stand ("arrested
/// three armed gunmen"): the noun phrase's determiner, number and modifiers.
pub const CAPTOR_OBJECT_GAP: usize = 3;
/// What people are held for in a detention, not an abduction ("held 20 people for
/// questioning"), whoever holds them.
pub const DETENTION_PURPOSES: &[&str] = &["questioning", "interrogation"];
/// How far after a holding verb "for questioning" may stand ("held about 170 guests and
/// staff for questioning").
pub const DETENTION_WINDOW: usize = 10;
/// Quotation marks as the casualty tokenizer lower-cases them ("’" reads as "'").
pub const QUOTE_MARKS: &[&str] = &["\"", "\u{201c}", "\u{201d}", "'", "\u{2018}"];

/// Words that make a sentence about an abduction, besides `PERPETRATORS`.
pub const ABDUCTION_WORDS: &[&str] = &[
    "kidnap",
    "kidnapped",
    "kidnapping",
    "abducted",
    "abduction",
    "ransom",
    "hostage",
    "hostages",
    "gunpoint",
    "raid",
    "stormed",
    "seized",
];
pub const TAKEN_BY_SKIP: &[&str] = &[
    "armed",
    "unknown",
    "unidentified",
    "suspected",
    "masked",
    "heavily",
    "the",
    "islamist",
];

/// Inverted clauses: the fate first, then "were"/"was" and the victims ("Also killed in the raid
/// were a dozen insurgents", "Among the dead were seven former fighters"). The words allowed
/// before the fate word at the start of the clause, and the verbs that link it to the victims.
pub const INVERTED_LEAD: &[&str] = &["also", "among", "the", "those", "them"];
/// "Among the dead are six Russians": the present tense of a report ("is", "are") too.
pub const INVERTED_VERBS: &[&str] = &[
    "were", "was", "are", "is", "included", "include", "includes",
];
/// Fate words that may open an inverted clause.
pub const INVERTED_FATES: &[&str] = &[
    "killed",
    "slain",
    "murdered",
    "dead",
    "wounded",
    "injured",
    "hurt",
    "missing",
    "kidnapped",
    "kidnaped",
    "abducted",
];
/// What may follow the fate word of an inverted clause, besides the linking verb: a comma or a
/// preposition opening an adverbial ("Killed in the attack were …"), never a noun ("Injured
/// Rio Ferdinand and Sol Campbell were left out", "The injured passengers were taken").
pub const INVERTED_NEXT: &[&str] = &[
    ",",
    "in",
    "on",
    "at",
    "during",
    "by",
    "near",
    "when",
    "while",
    "after",
    "since",
    "from",
    "inside",
    "outside",
    "across",
    "as",
    "last",
    "overnight",
    "yesterday",
    "today",
    "earlier",
    "along",
    "with",
    "alongside",
    "over",
    "under",
    "before",
    "outright",
    "instantly",
];
/// How far (in tokens) the linking verb may follow the fate word.
pub const INVERTED_WINDOW: usize = 14;

/// "brings to 21 the number of guerrillas killed": verbs that set a count before "the number of".
pub const RAISE_VERBS: &[&str] = &[
    "brings", "bring", "brought", "bringing", "raises", "raise", "raised", "raising", "puts",
    "put", "putting", "pushes", "pushed", "pushing", "lifts", "lifted", "lifting",
];

/// Verbs and nouns before "N lives": "claimed 40 lives", "the loss of at least 21 lives".
pub const LIVES_VERBS: &[&str] = &[
    "claimed", "claiming", "claims", "claim", "cost", "costing", "costs", "took", "taking",
    "takes", "loss", "lost",
];

/// "death toll" and what links it to the figure: "the death toll rose to 40".
pub const TOLL_HEADS: &[&str] = &["toll"];
pub const TOLL_QUALIFIERS: &[&str] = &["death", "casualty", "fatality"];
/// A toll's state, which makes a bare toll a death toll like a qualifier: "(initial toll:
/// 25)", "the latest toll rose to 40". Not "new" (a road's new toll).
pub const TOLL_STATES: &[&str] = &[
    "initial",
    "provisional",
    "preliminary",
    "latest",
    "official",
    "final",
    "overall",
    "updated",
    "revised",
];
/// Nouns of injury that take their victims after "to": "injuries to 18 others".
pub const INJURIES_TO: &[&str] = &["injuries", "injury"];
/// Marks a label word is read through in report lists: "Killed: 12".
pub const LABEL_COLON: &str = ":";
pub const TOLL_LINKS: &[&str] = &[
    "to",
    "at",
    "of",
    "reached",
    "hit",
    "topped",
    "passed",
    "exceeded",
    "is",
    "was",
    "surpassed",
    "hits",
    "reaches",
    "tops",
    "passes",
    "exceeds",
    "surpasses",
    ":",
];

/// Verbs a headline's toll moves by before its link ("toll rises to 40").
pub const TOLL_MOVES: &[&str] = &["rises", "rose", "climbs", "climbed", "jumps", "mounts"];

/// Events whose toll is a death toll in a headline with no article ("Quake toll rises to 40").
pub const TOLL_EVENT_NOUNS: &[&str] = &[
    "massacre",
    "quake",
    "earthquake",
    "blast",
    "bombing",
    "bombings",
    "attack",
    "attacks",
    "siege",
    "flood",
    "floods",
    "crash",
    "storm",
    "riot",
    "riots",
    "clashes",
    "violence",
    "war",
    "fighting",
    "explosion",
    "fire",
    "stampede",
    "cyclone",
    "typhoon",
    "hurricane",
    "landslide",
];

/// Toll links that put the figure as a floor: "the death toll passed 300" is more than 300.
pub const TOLL_FLOOR_LINKS: &[&str] = &[
    "topped",
    "passed",
    "exceeded",
    "surpassed",
    "tops",
    "passes",
    "exceeds",
    "surpasses",
];

/// "the number of dead rose to 70": "number of" and the fate words it takes.
pub const NUMBER_OF_FATES: &[(&str, Label)] = &[
    ("dead", Label::Killed),
    ("deaths", Label::Killed),
    ("killed", Label::Killed),
    ("fatalities", Label::Killed),
    ("injured", Label::Injured),
    ("wounded", Label::Injured),
    ("missing", Label::Missing),
];

/// Auxiliaries and linking verbs between the victims and their fate.
pub const AUXILIARIES: &[&str] = &[
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "got",
    "get",
    "remain",
    "remains",
    "remained",
    "remaining",
    "are",
    "went",
    "go",
    "reportedly",
    "also",
    "all",
    "both",
    "later",
    "since",
    "subsequently",
    "still",
];

/// Relative pronouns between the victims and an auxiliary ("two soldiers who were killed");
/// without an auxiliary they introduce an active clause ("charges that injured two").
pub const RELATIVES: &[&str] = &["who", "that", "which"];

/// Reporting participles before "to have"/"to be" in a hedged passive: "more than 100 people
/// are believed to have been killed", "five are thought to have died", "two were reported to be
/// missing".
pub const HEDGED_INFINITIVE: &[&str] = &[
    "believed",
    "thought",
    "reported",
    "said",
    "feared",
    "presumed",
    "estimated",
    "understood",
    "known",
    "confirmed",
    "alleged",
];

/// Adverbs that make an injury a death: "was fatally wounded", "were mortally injured".
pub const FATAL_ADVERBS: &[&str] = &["fatally", "mortally"];

/// Words between the auxiliary and the fate: "were shot dead", "were confirmed killed".
pub const FATE_ADVERBS: &[&str] = &[
    "reported",
    "reportedly",
    "confirmed",
    "found",
    "shot",
    "feared",
    "believed",
    "presumed",
    "allegedly",
    "critically",
    "seriously",
    "badly",
    "slightly",
    "lightly",
    "severely",
    "fatally",
    "mortally",
    "gravely",
    "also",
    "later",
    "all",
    "both",
    "then",
    "instantly",
    "immediately",
    "either",
    "now",
    "still",
    "apparently",
];

/// Words before a statement that make it hypothetical or intended: "could kill thousands".
pub const MODALS: &[&str] = &[
    "could",
    "would",
    "might",
    "may",
    "can",
    "cannot",
    "will",
    "shall",
    "should",
    "must",
    "'d",
    "'ll",
    "if",
    "unless",
    "whether",
    "attempted",
];

/// Words that open a conditional or intent before a base-form verb.
pub const INFINITIVE: &str = "to";

/// Connectors that chain victims: "five workers and their driver".
/// ", and" (the serial comma) comes before the bare comma.
pub const ENUM_LINKS: &[&[&str]] = &[
    &["and"],
    &[",", "and"],
    &[","],
    &["along", "with"],
    &["as", "well", "as"],
];

/// Relatives (singular), people like [`PERSON_NOUNS`]; one who "died" ("his grandmother died")
/// died as often of age as of violence.
pub const KIN_NOUNS: &[&str] = &[
    "father",
    "mother",
    "son",
    "daughter",
    "brother",
    "sister",
    "wife",
    "husband",
    "nephew",
    "niece",
    "cousin",
    "uncle",
    "aunt",
    "grandson",
    "granddaughter",
    "grandfather",
    "grandmother",
    "grandparent",
    "parent",
];

/// Perfect auxiliaries right before a fate verb: an active perfect ("has hurt the community"),
/// not a passive fate.
pub const PERFECT_AUXILIARIES: &[&str] = &["has", "have", "had"];

/// Words after "died" that make an obituary ("has died at the age of 89"), not a casualty.
pub const OBITUARY_AGE: &[&str] = &["at", "the", "age", "of"];

/// Prepositions of a place or an origin after the people head of a subject: "three nurses
/// [from] the hospital were kidnapped", "two workers [at] the plant were wounded".
pub const SUBJECT_PLACE_PREPOSITIONS: &[&str] = &["from", "at", "in", "on", "aboard", "inside"];

/// Words that split "killed and wounded" into a mixed statement with one count.
pub const COORDINATORS: &[&str] = &["and", "or", "and/or"];

/// Words that never belong to the victims phrase.
pub const NP_STOP: &[&str] = &[
    "ago",
    "elsewhere",
    "overnight",
    "plus",
    "will",
    "would",
    "could",
    "may",
    "might",
    "can",
    "should",
    "must",
    "shall",
    "and",
    "or",
    "but",
    "in",
    "on",
    "at",
    "during",
    "near",
    "from",
    "by",
    "with",
    "after",
    "before",
    "for",
    "since",
    "as",
    "while",
    "when",
    "who",
    "which",
    "that",
    "whom",
    "whose",
    "including",
    "among",
    "into",
    "across",
    "inside",
    "outside",
    "over",
    "under",
    "amid",
    "against",
    "to",
    "of",
    "the",
    "a",
    "an",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "this",
    "last",
    "early",
    "late",
    "yesterday",
    "today",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "there",
    "it",
    "they",
    "he",
    "she",
    "we",
    "them",
    "him",
    "her",
    "his",
    "their",
    "its",
    "our",
    "not",
    "no",
    "said",
    "says",
    "say",
    "according",
    "reported",
    "dead",
    "missing",
    "lives",
    "life",
    "more",
    "than",
    "least",
    "per",
    "percent",
    "later",
    "earlier",
    "then",
    "also",
    "each",
    "every",
    "inside",
    "along",
    "via",
    "through",
    "between",
    "toward",
    "towards",
    "within",
    "without",
    "about",
    "around",
    "where",
    "because",
    "despite",
    "if",
    "so",
];

/// Heads of a victims phrase that are not people: the statement is not a casualty count
/// (animals, things, units, rates).
pub const NOT_PEOPLE: &[&str] = &[
    "percent",
    "per",
    "cent",
    "percentage",
    "times",
    "hours",
    "hour",
    "minutes",
    "minute",
    "days",
    "day",
    "weeks",
    "week",
    "months",
    "month",
    "years",
    "year",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "animals",
    "animal",
    "sheep",
    "cattle",
    "cows",
    "cow",
    "goats",
    "goat",
    "dogs",
    "dog",
    "cats",
    "birds",
    "bird",
    "chickens",
    "poultry",
    "livestock",
    "horses",
    "camels",
    "pigs",
    "fish",
    "elephants",
    "rhinos",
    "rats",
    "mosquitoes",
    "deer",
    "wolves",
    "bears",
    "bills",
    "bill",
    "deals",
    "deal",
    "proposals",
    "projects",
    "plans",
    "jobs",
    "trees",
    "plants",
    "crops",
    "vehicles",
    "cars",
    "tanks",
    "weapons",
    "rifles",
    "buildings",
    "houses",
    "homes",
    "shops",
    "acres",
    "hectares",
    "tons",
    "tonnes",
    "dollars",
    "rupees",
    "euros",
    "points",
    "seats",
    "votes",
    "goals",
    "runs",
    "wickets",
    "games",
    "matches",
    "times",
];

/// Singular nouns for people: "a"/"an" before one of them counts one person.
pub const PERSON_NOUNS: &[&str] = &[
    "attendant",
    "signatory",
    "combatant",
    "auxiliary",
    "person",
    "man",
    "woman",
    "boy",
    "girl",
    "child",
    "baby",
    "infant",
    "teenager",
    "youth",
    "civilian",
    "resident",
    "villager",
    "passer-by",
    "passerby",
    "bystander",
    "pedestrian",
    // hotel sieges: "held about 170 guests and staff"
    "guest",
    "student",
    "teacher",
    "doctor",
    "nurse",
    "worker",
    "engineer",
    "labourer",
    "laborer",
    "driver",
    "passenger",
    "pilot",
    "farmer",
    "shopkeeper",
    "trader",
    "businessman",
    "journalist",
    "reporter",
    "photographer",
    "cameraman",
    "aid worker",
    "tourist",
    "national",
    "citizen",
    "foreigner",
    "contractor",
    "guard",
    "policeman",
    "policewoman",
    "police officer",
    "officer",
    "constable",
    "soldier",
    "trooper",
    "marine",
    "sailor",
    "airman",
    "serviceman",
    "servicemember",
    "service member",
    "paratrooper",
    "commando",
    "sergeant",
    "corporal",
    "private",
    "lieutenant",
    "captain",
    "major",
    "colonel",
    "general",
    "commander",
    "sub-commander",
    "subcommander",
    "leader",
    "chief",
    "official",
    "officer",
    "militant",
    "insurgent",
    "fighter",
    "gunman",
    "attacker",
    "bomber",
    "suicide bomber",
    "terrorist",
    "rebel",
    "extremist",
    "jihadist",
    "suspect",
    "facilitator",
    "member",
    "operative",
    "financier",
    "recruiter",
    "emir",
    "cleric",
    "imam",
    "mullah",
    "elder",
    "tribal elder",
    "politician",
    "lawmaker",
    "legislator",
    "minister",
    "governor",
    "mayor",
    "judge",
    "lawyer",
    "diplomat",
    "ambassador",
    "envoy",
    "consul",
    "attache",
    "senator",
    "congressman",
    "congresswoman",
    "councillor",
    "councilor",
    "prefect",
    "president",
    "archbishop",
    "bishop",
    "cardinal",
    "pastor",
    "spokesman",
    "spokeswoman",
    "employee",
    "staffer",
    "volunteer",
    "peacekeeper",
    "militiaman",
    "cadet",
    "recruit",
    "veteran",
    "prisoner",
    "detainee",
    "inmate",
    "hostage",
    "pilgrim",
    "worshipper",
    "protester",
    "demonstrator",
    "migrant",
    "refugee",
    "relative",
    "grandchild",
    "stepson",
    "stepdaughter",
    "fiance",
    "fiancé",
    "fiancée",
    "member",
    "technician",
    "mechanic",
    "interpreter",
    "translator",
    "security guard",
    "bodyguard",
    "ranger",
    "agent",
    "medic",
    "paramedic",
    "firefighter",
    "rescuer",
    "miner",
    "fisherman",
    "herder",
    "shepherd",
    "priest",
    "monk",
    "nun",
    "missionary",
    "individual",
    "associate",
    "subordinate",
    "deputy",
    "accomplice",
    "male",
    "expert",
    "adviser",
    "advisor",
    "consultant",
    "contractor",
    "crew member",
    "crewman",
    "seafarer",
    "seaman",
    "crewmember",
    "fisher",
    "hiker",
    "climber",
    "swimmer",
    "diver",
    "activist",
    "trekker",
    "camper",
    "mountaineer",
    "surveyor",
    "geologist",
    "researcher",
    "scientist",
    "academic",
    "professor",
    "businesswoman",
    "executive",
    "manager",
    "guide",
    "porter",
    "cook",
    // service and trade workers (cas23: "a waiter was missing")
    "waiter",
    "waitress",
    "bartender",
    "chef",
    "cleaner",
    "housekeeper",
    "caretaker",
    "gardener",
    "janitor",
    "maid",
    "nanny",
    "baker",
    "butcher",
    "barber",
    "tailor",
    "plumber",
    "boatman",
    "deckhand",
    "skipper",
    "conscript",
    "rifleman",
    "gunner",
    "briton",
    "gendarme",
    "carabiniere",
    "paramilitary",
    "coastguard",
    "rancher",
    "farmhand",
    "neighbour",
    "neighbor",
    "schoolboy",
    "schoolgirl",
    "toddler",
    "vendor",
    "hawker",
    "settler",
    "nomad",
    "patrolman",
    "warden",
    "jailer",
    "prison guard",
    "sentry",
];

/// Endings of singular nouns for people not in `PERSON_NOUNS` ("fisherwoman", "journalist",
/// "guardian", "volunteer"), for words of at least `PERSON_SUFFIX_MIN` bytes. `NOT_PERSON_ENDINGS`
/// are the exceptions ("checklist").
pub const PERSON_SUFFIXES: &[&str] = &["man", "woman", "ist", "ian", "eer", "ster"];
pub const PERSON_SUFFIX_MIN: usize = 6;
pub const NOT_PERSON_ENDINGS: &[&str] = &[
    "list", "mist", "twist", "wrist", "fist", "median", "meridian", "career", "veneer", "register",
    "canister", "blister", "cluster", "monster", "roster", "toaster", "holster", "lobster",
    "oyster", "hamster", "caiman", "ottoman", "superman",
];

/// Heads that name a group, not a person, in all-caps text where a name cannot be told by its
/// capitals ("KILLED GOVERNMENT TROOPS" is not a name); plurals of `PERSON_NOUNS` count too.
pub const GROUP_HEADS: &[&str] = &[
    "union",
    "movement",
    "party",
    "front",
    "government",
    "battalion",
    "battalions",
    "brigade",
    "brigades",
    "organization",
    "organisation",
    "jesuits",
    "candidates",
    "tycoons",
    "beings",
    "body",
    "home",
    "house",
    "car",
    "office",
    "people",
    "persons",
    "children",
    "men",
    "women",
    "troops",
    "police",
    "personnel",
    "forces",
    "staff",
    "crew",
    "guerrillas",
    "guerrilla",
    "peasants",
    "peasant",
    "population",
    "army",
    "unit",
    "patrol",
    "family",
    "families",
    "group",
    "members",
    "everyone",
    "everybody",
    "others",
    "civilians",
    "youths",
    "campesinos",
    "citizens",
    "inhabitants",
];

/// Endings of plural nouns for people ("POLICEMEN", "SALVADORANS"), in all-caps text.
pub const PLURAL_ENDINGS: &[&str] = &["men", "ans"];
/// Words never part of a name in all-caps text: determiners and common verbs that follow a
/// trigger noun ("THE MURDER TOOK PLACE", "THOSE KILLED INCLUDE").
pub const NOT_NAME_WORDS: &[&str] = &[
    "those",
    "these",
    "other",
    "others",
    "another",
    "all",
    "some",
    "this",
    "that",
    "took",
    "take",
    "takes",
    "went",
    "became",
    "become",
    "shows",
    "show",
    "sought",
    "found",
    "known",
    "include",
    "includes",
    "included",
    "continue",
    "continues",
    "occurred",
    "caused",
    "set",
    "fled",
    "left",
    "stole",
    "threw",
    "blew",
    "shot",
    "hit",
    "made",
    "ran",
    "got",
    "gave",
    "put",
    "sent",
    "held",
    "kept",
    "began",
    "broke",
    "brought",
    "tore",
    "then",
    "later",
    "remains",
    "remain",
    "case",
    "cases",
    "victims",
    "victim",
];
/// Lower-case words after which a name opens its clause ("police said Ahmed Ali and …", "when
/// Hassan and his brother were killed").
pub const BEFORE_A_SUBJECT: &[&str] = &["said", "says", "that", "and", "but", "when", "after"];

/// Capitalized words that open a phrase but no name: "In Kabul", "The Taliban", "Last March".
pub const NOT_NAME_START: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "for", "from", "by", "with", "of", "to", "as", "after",
    "before", "during", "since", "while", "when", "last", "this", "next", "both", "all",
];

/// Endings of a first word that make it a verb, not a name, in all-caps text.
pub const VERB_ENDINGS: &[&str] = &["ed", "ing"];
/// Triggers whose victims are never one named person: "the massacre of Srebrenica" is a place.
pub const NO_NAME_TRIGGERS: &[&str] = &["massacre", "massacres", "massacred"];
/// Words before a trigger that make it a noun or an adjective ("THE MURDER", "THOSE KILLED").
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "another",
    "our", "whose",
];

/// Words before a four-digit number that make it a year ("in 2019"), not a count.
pub const YEAR_CUES: &[&str] = &[
    "in", "since", "by", "until", "till", "from", "during", "of", "early", "late", "mid", "the",
    "before", "after", "year", "fiscal", "through", "to",
];

/// A count built from the table and a modifier.
pub fn apply_modifier(
    modifier: Option<Modifier>,
    min: u64,
    max: u64,
    approx: bool,
) -> (Count, bool) {
    match modifier {
        None | Some(Modifier::Exact) => (
            Count {
                min,
                max: Some(max),
            },
            approx,
        ),
        Some(Modifier::AtLeast) => (Count { min, max: None }, approx),
        Some(Modifier::About) => (
            Count {
                min,
                max: Some(max),
            },
            true,
        ),
        Some(Modifier::UpTo) => (
            Count {
                min: 1.min(max),
                max: Some(max),
            },
            true,
        ),
        Some(Modifier::FewerThan) => (
            Count {
                min: 1.min(max.saturating_sub(1)),
                max: Some(max.saturating_sub(1)),
            },
            true,
        ),
    }
}

/// Finite verbs (besides triggers, auxiliaries and "-ed" forms taking an object) that make the
/// people before them the subject of a clause of their own, so no item of a list of victims:
/// "killed three guards and [two policemen fled]", "… and a policeman said".
pub const CLAUSE_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "fled", "flee", "flees", "shot", "took", "take",
    "takes", "went", "ran", "left", "made", "gave", "held", "sent", "threw", "hit", "began",
    "broke", "brought", "got", "kept", "put", "set", "fought", "caught", "saw", "found", "fired",
    "opened", "arrested", "escaped", "returned", "managed", "tried", "were", "was", "are", "is",
    "have", "has", "had", "will", "would", "could", "can", "may", "might", "remain", "remains",
    "remained",
];

/// Words after a verb form that show it is a participle modifying the noun before it
/// ("soldiers stationed nearby", "people, hit by glass,", "the massacre … carried out by"), not
/// a finite verb.
pub const PARTICIPLE_NEXT: &[&str] = &[
    "nearby", "there", "here", "abroad", "overseas", "locally", "by", "out",
];

/// Plural heads that end a list item's victims before a verb of its own ("two men fled").
pub const GENDERED_PLURALS: &[&str] = &["men", "women"];

/// Verbs of taking people to hospital between a count and its injuries: "17 people had been
/// [brought] in with gunshot wounds", "three were [treated] for burns".
pub const HOSPITAL_VERBS: &[&str] = &[
    "brought",
    "admitted",
    "taken",
    "rushed",
    "treated",
    "hospitalised",
    "hospitalized",
    "airlifted",
    "evacuated",
];

/// Ordinals that stand for one more person after an article: "a fourth was wounded".
pub const ORDINALS: &[&str] = &[
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// Whether `w` is a singular noun for a person ("soldier", "nephew").
pub fn is_person_noun(w: &str) -> bool {
    PERSON_NOUNS.contains(&w) || KIN_NOUNS.contains(&w)
}
